// What other modules and the composition root may use from the spending module.
export {
  CardEntity,
  CardTransactionEntity,
  CustomerQuarterCategoryEntity,
  CustomerQuarterEntity,
  MccCategoryRangeEntity,
  SpendingCategoryEntity,
} from './spending.entity';
export * from './spending.enums';
export { recomputeQuarterSql } from './quarter-aggregation';
export type { RecomputeResult, SqlExecutor } from './quarter-aggregation';
