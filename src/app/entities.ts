import { CustomerEntity } from '../modules/customers';
import { RefreshTokenEntity, UserEntity } from '../modules/auth';
import { LoanEntity, LoanRateChangeEntity, RepaymentEntity } from '../modules/loans';
import { ForecastEntity, IndicatorObservationEntity, IndicatorSeriesEntity } from '../modules/forecasting';
import {
  CardEntity,
  CardTransactionEntity,
  CustomerQuarterCategoryEntity,
  CustomerQuarterEntity,
  MccCategoryRangeEntity,
  SpendingCategoryEntity,
} from '../modules/spending';

// Every TypeORM entity of every module: the one list the API, the worker, the CLI and ormconfig.ts use.
export const entities = [
  CustomerEntity,
  UserEntity,
  RefreshTokenEntity,
  LoanEntity,
  LoanRateChangeEntity,
  RepaymentEntity,
  IndicatorSeriesEntity,
  IndicatorObservationEntity,
  ForecastEntity,
  SpendingCategoryEntity,
  MccCategoryRangeEntity,
  CardEntity,
  CardTransactionEntity,
  CustomerQuarterEntity,
  CustomerQuarterCategoryEntity,
];
