import type Decimal from 'decimal.js';
import { toGlobalId } from '../../common/global-id';
import { money, toDecimal } from '../../common/money';
import { formatQuarter, previousQuarter } from '../../common/quarters';
import { quarterChange } from './quarter-change';
import type {
  CardRow,
  CategoryRow,
  RecurringChargeRow,
  SpendingSummary,
  TransactionRow,
} from './spending.model';
import { CARD_TYPE, QuarterView } from './spending.service';
import type {
  CardGqlType,
  CardTransactionType,
  CategorySpendingType,
  CustomerQuarterType,
  SpendingCategoryType,
  SpendingSummaryType,
  MerchantSpendingType,
  RecurringChargeType,
} from './spending.type';

const orNull = (amount: string | null) => (amount === null ? null : money(amount));

export function toCategoryType(row: CategoryRow | undefined, code: string): SpendingCategoryType {
  return row ?? { code, nameKo: code, nameEn: code };
}

export function toCardType(c: CardRow): CardGqlType {
  return {
    id: toGlobalId(CARD_TYPE, c.id),
    localId: c.id,
    customerLocalId: c.customerId,
    issuer: { code: c.issuer, nameKo: c.issuerNameKo, nameEn: c.issuerNameEn },
    productName: c.productName,
    cardType: c.cardType,
    issuedOn: c.issuedOn,
    closedOn: c.closedOn,
  };
}

export function toTransactionType(
  t: TransactionRow,
  categories: Map<string, CategoryRow>,
): CardTransactionType {
  return {
    id: t.id,
    kind: t.kind,
    amount: money(t.amount),
    occurredAt: t.occurredAt,
    merchantName: t.merchantName,
    mcc: t.mcc,
    issuerCategoryCode: t.issuerCategoryCode,
    category: toCategoryType(categories.get(t.categoryCode), t.categoryCode),
    channel: t.channel,
    locality: t.locality,
    instalmentMonths: t.instalmentMonths,
  };
}

export function toQuarterType(view: QuarterView): CustomerQuarterType {
  const { row, previous } = view;
  const balances =
    row.depositBalance === null && row.loanBalance === null && row.cardBalance === null
      ? null
      : {
          deposits: orNull(row.depositBalance),
          loans: orNull(row.loanBalance),
          cardDebt: orNull(row.cardBalance),
        };
  const change = previous ? quarterChange(row.totalAmount, previous.totalAmount) : null;
  return {
    view,
    quarter: formatQuarter(view.quarter),
    startsOn: row.quarterStart,
    complete: view.complete,
    source: row.source,
    total: money(row.totalAmount),
    transactionCount: row.transactionCount,
    averageTicket: orNull(row.averageTicket),
    onlineShare: row.onlineShare,
    overseasShare: row.overseasShare,
    nightShare: row.nightShare,
    changeFromPreviousQuarter: change && {
      previousQuarter: formatQuarter(previousQuarter(view.quarter)),
      amount: money(change.amount),
      ratio: change.ratio,
    },
    income: orNull(row.income),
    balances,
    computedAt: row.computedAt,
  };
}

export function toSpendingSummaryType(
  s: SpendingSummary,
  scope: SpendingSummaryType['scope'],
): SpendingSummaryType {
  const total = toDecimal(s.total);
  return {
    period: s.period,
    months: s.months,
    from: s.from,
    through: s.through,
    complete: s.complete,
    category: s.category,
    merchant: s.merchant,
    locality: s.locality,
    channel: s.channel,
    days: s.days,
    total: money(s.total),
    purchaseCount: s.purchaseCount,
    byCategory: s.byCategory.map((r) =>
      toCategorySpending(toCategoryType(r.category, r.categoryCode), r.amount, r.count, total),
    ),
    scope,
  };
}

/** The share of a positive total (6 decimals), else null. */
function shareOf(amount: string, total: Decimal): string | null {
  return total.gt(0) ? toDecimal(amount).div(total).toDecimalPlaces(6, 4).toFixed(6) : null;
}

/** One merchant's net amount and purchase count, with its share of the period's total. */
export function toMerchantSpending(
  r: { merchant: string; amount: string; count: number },
  total: Decimal,
): MerchantSpendingType {
  return { merchant: r.merchant, amount: money(r.amount), count: r.count, share: shareOf(r.amount, total) };
}

/** One category's net amount and purchase count, with its share of a positive total (6 decimals). */
export function toCategorySpending(
  category: SpendingCategoryType,
  amount: string,
  count: number,
  total: Decimal,
): CategorySpendingType {
  return {
    category,
    amount: money(amount),
    count,
    share: shareOf(amount, total),
  };
}

export function toRecurringChargeType(
  r: RecurringChargeRow,
  category: CategoryRow | undefined,
): RecurringChargeType {
  return {
    category: toCategoryType(category, r.categoryCode),
    amount: money(r.amount),
    months: r.months,
    lastChargedOn: r.lastChargedOn,
    usualDay: r.usualDay,
    merchants: r.merchants,
  };
}
