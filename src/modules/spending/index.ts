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
export { SpendingPeriodKind, spendingPeriodRange, MAX_PERIOD_MONTHS } from './spending-period';
export type { SpendingPeriodRange } from './spending-period';
export type { SpendingSummary } from './spending.model';
export { recomputeQuarterSql } from './quarter-aggregation';
export type { RecomputeResult, SqlExecutor } from './quarter-aggregation';
export { SpendingRepository } from './spending.repository';
export {
  SpendingService,
  CARD_TYPE,
  MAX_MERCHANT_FILTER,
  RECURRING_WINDOW_MONTHS,
  brandOf,
  merchantKey,
  merchantMatch,
  merchantMatches,
  type MerchantMatch,
  RECOMPUTE_QUARTER_JOB,
} from './spending.service';
export type { SpendingSummaryArgs as SpendingSummaryQuery } from './spending.service';
export type { RecomputeQuarterJob, CardInstalments } from './spending.service';
export {
  instalmentStatus,
  statementInstalments,
  type InstalmentStatus,
  type StatementInstalments,
} from './card-instalments';
export {
  CardFieldsResolver,
  CustomerQuarterFieldResolver,
  CustomerSpendingFieldResolver,
  SpendingResolver,
  SpendingSummaryFieldResolver,
} from './spending.resolver';
export { toCardType } from './spending.mapper';
export * from './seed';
