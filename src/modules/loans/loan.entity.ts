import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  InterestConvention,
  LenderType,
  LoanKind,
  LoanStatus,
  RateType,
  RepaymentKind,
  RepaymentMethod,
} from './loan.enums';

// Storage only; the API shape is LoanType. Amounts are whole KRW and rates decimals, both as strings.
@Entity('loan')
export class LoanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'loan_number', type: 'text', insert: false, update: false })
  loanNumber!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: LoanKind;

  @Column({ name: 'repayment_method', type: 'text' })
  repaymentMethod!: RepaymentMethod;

  @Column({ name: 'rate_type', type: 'text' })
  rateType!: RateType;

  @Column({ name: 'fixed_period_months', type: 'integer', nullable: true })
  fixedPeriodMonths!: number | null;

  @Column({ name: 'interest_convention', type: 'text' })
  interestConvention!: InterestConvention;

  @Column({ type: 'text' })
  lender!: string;

  @Column({ name: 'lender_type', type: 'text' })
  lenderType!: LenderType;

  @Column({ type: 'numeric', precision: 18, scale: 0 })
  principal!: string;

  @Column({ name: 'credit_limit', type: 'numeric', precision: 18, scale: 0, nullable: true })
  creditLimit!: string | null;

  @Column({ name: 'annual_rate', type: 'numeric', precision: 8, scale: 6 })
  annualRate!: string;

  @Column({ name: 'term_months', type: 'integer' })
  termMonths!: number;

  @Column({ name: 'grace_months', type: 'integer' })
  graceMonths!: number;

  @Column({ name: 'disbursed_on', type: 'date' })
  disbursedOn!: string;

  @Column({ name: 'maturity_on', type: 'date' })
  maturityOn!: string;

  @Column({ name: 'collateral_value', type: 'numeric', precision: 18, scale: 0, nullable: true })
  collateralValue!: string | null;

  @Column({ name: 'outstanding_principal', type: 'numeric', precision: 18, scale: 0 })
  outstandingPrincipal!: string;

  @Column({ name: 'paid_installments', type: 'integer' })
  paidInstallments!: number;

  @Column({ name: 'partial_credit', type: 'numeric', precision: 18, scale: 0 })
  partialCredit!: string;

  @Column({ type: 'text' })
  status!: LoanStatus;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('loan_rate_change')
export class LoanRateChangeEntity {
  @Column({ name: 'loan_id', type: 'uuid', primary: true })
  loanId!: string;

  @Column({ name: 'from_installment', type: 'integer', primary: true })
  fromInstallment!: number;

  @Column({ name: 'annual_rate', type: 'numeric', precision: 8, scale: 6 })
  annualRate!: string;
}

@Entity('repayment')
export class RepaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'loan_id', type: 'uuid' })
  loanId!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'text' })
  kind!: RepaymentKind;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ type: 'numeric', precision: 18, scale: 0 })
  amount!: string;

  @Column({ name: 'principal_amount', type: 'numeric', precision: 18, scale: 0 })
  principalAmount!: string;

  @Column({ name: 'interest_amount', type: 'numeric', precision: 18, scale: 0 })
  interestAmount!: string;

  @Column({ name: 'fee_amount', type: 'numeric', precision: 18, scale: 0 })
  feeAmount!: string;

  /** Penalty interest (연체이자) collected, settled before any interest or principal. */
  @Column({ name: 'penalty_amount', type: 'numeric', precision: 18, scale: 0 })
  penaltyAmount!: string;

  @Column({ name: 'fee_rule_set', type: 'text', nullable: true })
  feeRuleSet!: string | null;

  @Column({ name: 'balance_after', type: 'numeric', precision: 18, scale: 0 })
  balanceAfter!: string;

  /** 0 as recorded; +1 each time a back-dated transaction re-allocated it (repayment_reprocessing keeps why). */
  @Column({ type: 'integer', insert: false })
  revision!: number;

  /** Recording order (identity column): settlement and schedule replay follow it. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt!: Date;
}

/** One instalment of the stored schedule as it stands (rewritten with every event that changes it). */
@Entity('loan_installment')
export class LoanInstallmentEntity {
  @Column({ name: 'loan_id', type: 'uuid', primary: true })
  loanId!: string;

  @Column({ type: 'integer', primary: true })
  number!: number;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ name: 'annual_rate', type: 'numeric', precision: 8, scale: 6 })
  annualRate!: string;

  @Column({ type: 'numeric', precision: 18, scale: 0 })
  principal!: string;

  @Column({ type: 'numeric', precision: 18, scale: 0 })
  interest!: string;

  @Column({ type: 'numeric', precision: 18, scale: 0 })
  payment!: string;

  @Column({ name: 'balance_after', type: 'numeric', precision: 18, scale: 0 })
  balanceAfter!: string;

  @Column({ name: 'principal_paid', type: 'numeric', precision: 18, scale: 0 })
  principalPaid!: string;

  @Column({ name: 'interest_paid', type: 'numeric', precision: 18, scale: 0 })
  interestPaid!: string;
}
