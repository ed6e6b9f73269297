import { CustomerEntity } from '../modules/customers';
import { RefreshTokenEntity, UserEntity } from '../modules/auth';
import { LoanEntity, LoanInstallmentEntity, LoanRateChangeEntity, RepaymentEntity } from '../modules/loans';
import { ForecastEntity, IndicatorObservationEntity, IndicatorSeriesEntity } from '../modules/forecasting';
import {
  RefinanceApplicationEntity,
  RefinanceApplicationEventEntity,
  RefinanceDocumentEntity,
  RefinanceProductEntity,
  RefinanceRateBandEntity,
} from '../modules/refinancing';
import { ImportEntity, ImportErrorEntity, UploadEntity } from '../modules/imports';
import {
  CardEntity,
  CardTransactionEntity,
  CustomerQuarterCategoryEntity,
  CustomerQuarterEntity,
  MccCategoryRangeEntity,
  SpendingCategoryEntity,
} from '../modules/spending';
import { AdviceAuditEntity, ChatMessageEntity, ConversationEntity } from '../modules/chat';
import { ImageAnalysisEntity, ImageAssessmentEntity } from '../modules/images';

// Every TypeORM entity of every module: the one list the API, the worker, the CLI and ormconfig.ts use.
export const entities = [
  CustomerEntity,
  UserEntity,
  RefreshTokenEntity,
  LoanEntity,
  LoanRateChangeEntity,
  LoanInstallmentEntity,
  RepaymentEntity,
  IndicatorSeriesEntity,
  IndicatorObservationEntity,
  ForecastEntity,
  RefinanceProductEntity,
  RefinanceRateBandEntity,
  RefinanceApplicationEntity,
  RefinanceApplicationEventEntity,
  RefinanceDocumentEntity,
  ImageAssessmentEntity,
  ImageAnalysisEntity,
  UploadEntity,
  ImportEntity,
  ImportErrorEntity,
  SpendingCategoryEntity,
  MccCategoryRangeEntity,
  CardEntity,
  CardTransactionEntity,
  CustomerQuarterEntity,
  CustomerQuarterCategoryEntity,
  ConversationEntity,
  ChatMessageEntity,
  AdviceAuditEntity,
];
