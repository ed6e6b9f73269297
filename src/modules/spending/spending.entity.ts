import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CardType, Channel, Locality, QuarterSource, TransactionKind } from './spending.enums';

// Storage only; API shapes are in spending.type.ts. Amounts are whole KRW as strings.

@Entity('spending_category')
export class SpendingCategoryEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'name_ko', type: 'text' })
  nameKo!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder!: number;
}

@Entity('mcc_category_range')
export class MccCategoryRangeEntity {
  @PrimaryColumn({ name: 'mcc_from', type: 'smallint' })
  mccFrom!: number;

  @PrimaryColumn({ name: 'mcc_to', type: 'smallint' })
  mccTo!: number;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  @Column({ type: 'text' })
  description!: string;
}

@Entity('card')
export class CardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  issuer!: string;

  @Column({ name: 'product_name', type: 'text' })
  productName!: string;

  @Column({ name: 'card_type', type: 'text' })
  cardType!: CardType;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', update: false })
  createdAt!: Date;
}

@Entity('card_transaction')
export class CardTransactionEntity {
  /** bigint identity, as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'BY DEFAULT' })
  id!: string;

  @Column({ name: 'card_id', type: 'uuid' })
  cardId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  kind!: TransactionKind;

  /** Negative for refunds and cancellations. */
  @Column({ type: 'numeric', precision: 18, scale: 0 })
  amount!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'merchant_name', type: 'text' })
  merchantName!: string;

  @Column({ type: 'smallint', nullable: true })
  mcc!: number | null;

  @Column({ name: 'issuer_category_code', type: 'text', nullable: true })
  issuerCategoryCode!: string | null;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text' })
  locality!: Locality;

  @Column({ name: 'instalment_months', type: 'smallint' })
  instalmentMonths!: number;

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId!: string | null;
}

@Entity('customer_quarter')
export class CustomerQuarterEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** First day of the quarter, YYYY-MM-DD. */
  @PrimaryColumn({ name: 'quarter_start', type: 'date' })
  quarterStart!: string;

  @Column({ type: 'text' })
  source!: QuarterSource;

  @Column({ name: 'total_amount', type: 'numeric', precision: 18, scale: 0 })
  totalAmount!: string;

  @Column({ name: 'transaction_count', type: 'integer' })
  transactionCount!: number;

  @Column({ name: 'refund_count', type: 'integer' })
  refundCount!: number;

  @Column({ name: 'average_ticket', type: 'numeric', precision: 18, scale: 0, nullable: true })
  averageTicket!: string | null;

  @Column({ name: 'online_share', type: 'numeric', precision: 7, scale: 6, nullable: true })
  onlineShare!: string | null;

  @Column({ name: 'overseas_share', type: 'numeric', precision: 7, scale: 6, nullable: true })
  overseasShare!: string | null;

  @Column({ name: 'night_share', type: 'numeric', precision: 7, scale: 6, nullable: true })
  nightShare!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 0, nullable: true })
  income!: string | null;

  @Column({ name: 'deposit_balance', type: 'numeric', precision: 18, scale: 0, nullable: true })
  depositBalance!: string | null;

  @Column({ name: 'loan_balance', type: 'numeric', precision: 18, scale: 0, nullable: true })
  loanBalance!: string | null;

  @Column({ name: 'card_balance', type: 'numeric', precision: 18, scale: 0, nullable: true })
  cardBalance!: string | null;

  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId!: string | null;

  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('customer_quarter_category')
export class CustomerQuarterCategoryEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ name: 'quarter_start', type: 'date' })
  quarterStart!: string;

  @PrimaryColumn({ name: 'category_code', type: 'text' })
  categoryCode!: string;

  @Column({ type: 'numeric', precision: 18, scale: 0 })
  amount!: string;

  @Column({ name: 'transaction_count', type: 'integer' })
  transactionCount!: number;
}
