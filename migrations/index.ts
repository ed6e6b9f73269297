import { CustomersAndAuth1763700000000 } from './1763700000000-customers-and-auth';
import { Loans1763800000000 } from './1763800000000-loans';
import { RepaymentOrder1763850000000 } from './1763850000000-repayment-order';
import { Refinancing1763900000000 } from './1763900000000-refinancing';
import { Imports1763950000000 } from './1763950000000-imports';
import { Spending1764000000000 } from './1764000000000-spending';
import { Forecasting1764100000000 } from './1764100000000-forecasting';
import { Scenarios1764200000000 } from './1764200000000-scenarios';
import { Chat1764300000000 } from './1764300000000-chat';
import { InsightModels1764400000000 } from './1764400000000-insight-models';
import { ImportFileName1765700000000 } from './1765700000000-import-file-name';
import { RepaymentPenalty1766000000000 } from './1766000000000-repayment-penalty';
import { LoanInstallments1766100000000 } from './1766100000000-loan-installments';
import { RepaymentAllocations1767000000000 } from './1767000000000-repayment-allocations';
import { SalesLineLineage1767400000000 } from './1767400000000-sales-line-lineage';
import { IdentityAndAuditTrail1767500000000 } from './1767500000000-identity-and-audit-trail';
import { ImageAssessments1767600000000 } from './1767600000000-image-assessments';
import { Notifications1767700000000 } from './1767700000000-notifications';
import { ProductAdmin1767710000000 } from './1767710000000-product-admin';
import { FraudCases1767720000000 } from './1767720000000-fraud-cases';
import { FaqCatalogue1767730000000 } from './1767730000000-faq-catalogue';
import { FaqImportFormats1767740000000 } from './1767740000000-faq-import-formats';
import { FaqHowToUpload1767750000000 } from './1767750000000-faq-how-to-upload';
import { FaqImportHowTo1767760000000 } from './1767760000000-faq-import-howto';
import { FaqImportEncoding1767770000000 } from './1767770000000-faq-import-encoding';
import { SalesLineIndexes1767745000000 } from './1767745000000-sales-line-indexes';
import { CardTransactionLineage1767746000000 } from './1767746000000-card-transaction-lineage';

// Every migration, in order. Listed explicitly (no glob) so ts-node, jest and compiled builds agree.
export const migrations = [
  CustomersAndAuth1763700000000,
  Loans1763800000000,
  RepaymentOrder1763850000000,
  Refinancing1763900000000,
  Imports1763950000000,
  Spending1764000000000,
  Forecasting1764100000000,
  Scenarios1764200000000,
  Chat1764300000000,
  InsightModels1764400000000,
  ImportFileName1765700000000,
  RepaymentPenalty1766000000000,
  LoanInstallments1766100000000,
  RepaymentAllocations1767000000000,
  SalesLineLineage1767400000000,
  IdentityAndAuditTrail1767500000000,
  ImageAssessments1767600000000,
  Notifications1767700000000,
  ProductAdmin1767710000000,
  FraudCases1767720000000,
  FaqCatalogue1767730000000,
  FaqImportFormats1767740000000,
  SalesLineIndexes1767745000000,
  CardTransactionLineage1767746000000,
  FaqHowToUpload1767750000000,
  FaqImportHowTo1767760000000,
  FaqImportEncoding1767770000000,
];
