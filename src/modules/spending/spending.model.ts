import type { SpendingPeriodKind, SpendingPeriodRange } from './spending-period';
import type {
  CardType,
  Channel,
  Locality,
  QuarterSource,
  SpendingDays,
  TransactionKind,
} from './spending.enums';

// Rows as the spending repository returns them (raw SQL with joins; dates as YYYY-MM-DD strings).

export interface CategoryRow {
  code: string;
  nameKo: string;
  nameEn: string;
  sortOrder: number;
}

export interface MccRangeRow {
  mccFrom: number;
  mccTo: number;
  categoryCode: string;
  description: string;
}

export interface CardRow {
  id: string;
  customerId: string;
  issuer: string;
  issuerNameKo: string;
  issuerNameEn: string;
  productName: string;
  cardType: CardType;
  issuedOn: string;
  closedOn: string | null;
}

export interface TransactionRow {
  id: string;
  cardId: string;
  customerId: string;
  kind: TransactionKind;
  amount: string;
  occurredAt: Date;
  merchantName: string;
  mcc: number | null;
  issuerCategoryCode: string | null;
  categoryCode: string;
  channel: Channel;
  locality: Locality;
  instalmentMonths: number;
}

export interface QuarterRow {
  customerId: string;
  quarterStart: string;
  source: QuarterSource;
  totalAmount: string;
  transactionCount: number;
  refundCount: number;
  averageTicket: string | null;
  onlineShare: string | null;
  overseasShare: string | null;
  nightShare: string | null;
  income: string | null;
  depositBalance: string | null;
  loanBalance: string | null;
  cardBalance: string | null;
  computedAt: Date | null;
}

export interface QuarterCategoryRow {
  customerId: string;
  quarterStart: string;
  categoryCode: string;
  amount: string;
  transactionCount: number;
}

export interface TransactionFilter {
  /** Instants bounding a quarter in KST. */
  from?: Date;
  to?: Date;
  categoryCode?: string;
}

/** Net spending of a named period (spendingSummary). Amounts are whole won as digit strings. */
export interface SpendingSummary extends SpendingPeriodRange {
  period: SpendingPeriodKind;
  /** The month count of a LAST_N_MONTHS period, else null. */
  months: number | null;
  category: string | null;
  /** The merchant filter as given (matched case- and space-insensitively inside the name), else null. */
  merchant: string | null;
  /** The locality (home / abroad) it was narrowed to, else null. */
  locality: Locality | null;
  /** The channel (online / in store) it was narrowed to, else null. */
  channel: Channel | null;
  /** The days of the week (weekends / weekdays) it was narrowed to, else null. */
  days: SpendingDays | null;
  total: string;
  purchaseCount: number;
  byCategory: { categoryCode: string; category: CategoryRow | undefined; amount: string; count: number }[];
}

/** A purchase repeated monthly (SpendingRepository.recurringCharges). */
export interface RecurringChargeRow {
  categoryCode: string;
  /** Whole won, as a digit string. */
  amount: string;
  /** Months it was charged in (once each). */
  months: number;
  lastChargedOn: string;
  /** The day of the month it is usually charged on. */
  usualDay: number;
  /** The merchant names it was charged under. */
  merchants: string[];
}
