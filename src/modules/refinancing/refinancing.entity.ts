import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LoanKind } from '../loans';
import type { RefinanceApplicationStatus, RefinanceLenderType, RefinanceRateType } from './refinancing.enums';
import type { Role } from '../../common/context';

// Storage only; the API shapes are in refinancing.type.ts. Amounts are whole KRW and rates decimals, as strings.
@Entity('refinance_product')
export class RefinanceProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_no', type: 'integer', insert: false, update: false })
  productNo!: number;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  lender!: string;

  @Column({ name: 'lender_type', type: 'text' })
  lenderType!: RefinanceLenderType;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'rate_type', type: 'text' })
  rateType!: RefinanceRateType;

  @Column({ name: 'fixed_period_months', type: 'integer', nullable: true })
  fixedPeriodMonths!: number | null;

  @Column({ name: 'fee_fixed', type: 'numeric', precision: 18, scale: 0 })
  feeFixed!: string;

  @Column({ name: 'fee_rate', type: 'numeric', precision: 8, scale: 6 })
  feeRate!: string;

  @Column({ name: 'min_term_months', type: 'integer' })
  minTermMonths!: number;

  @Column({ name: 'max_term_months', type: 'integer' })
  maxTermMonths!: number;

  @Column({ name: 'max_amount', type: 'numeric', precision: 18, scale: 0 })
  maxAmount!: string;

  @Column({ name: 'eligible_kinds', type: 'text', array: true })
  eligibleKinds!: LoanKind[];

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'integer', insert: false })
  version!: number;

  @Column({ name: 'retired_on', type: 'date', nullable: true, insert: false })
  retiredOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}

@Entity('refinance_rate_band')
export class RefinanceRateBandEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'product_no', type: 'integer' })
  productNo!: number;

  @Column({ name: 'min_score', type: 'integer' })
  minScore!: number;

  @Column({ name: 'max_score', type: 'integer' })
  maxScore!: number;

  @Column({ name: 'annual_rate', type: 'numeric', precision: 8, scale: 6 })
  annualRate!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;
}

@Entity('refinance_application')
export class RefinanceApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'loan_id', type: 'uuid' })
  loanId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'text' })
  status!: RefinanceApplicationStatus;

  @Column({ name: 'requested_amount', type: 'numeric', precision: 18, scale: 0 })
  requestedAmount!: string;

  @Column({ name: 'term_months', type: 'integer' })
  termMonths!: number;

  @Column({ name: 'offered_rate', type: 'numeric', precision: 8, scale: 6 })
  offeredRate!: string;

  @Column({ name: 'credit_score', type: 'integer' })
  creditScore!: number;

  @Column({ name: 'new_loan_id', type: 'uuid', nullable: true })
  newLoanId!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('refinance_application_event')
export class RefinanceApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: RefinanceApplicationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: RefinanceApplicationStatus;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: Role;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}

@Entity('refinance_document')
export class RefinanceDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  /** bigint comes back from pg as a string. */
  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  /** The document-quality verdict of the bytes (images only; null for PDFs or with scoring off). */
  @Column({ name: 'image_assessment_id', type: 'uuid', nullable: true })
  imageAssessmentId!: string | null;
}
