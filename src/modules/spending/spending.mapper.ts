import { toGlobalId } from '../../common/global-id';
import { money } from '../../common/money';
import { formatQuarter, previousQuarter } from '../../common/quarters';
import { quarterChange } from './quarter-change';
import type { CardRow, CategoryRow, TransactionRow } from './spending.model';
import { CARD_TYPE, QuarterView } from './spending.service';
import type {
  CardGqlType,
  CardTransactionType,
  CustomerQuarterType,
  SpendingCategoryType,
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
