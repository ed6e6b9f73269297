import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionTypes, Money, Node } from '../../common/graphql/types';
import { DecimalScalar } from '../../common/graphql/scalars';
import { CardType, Channel, Locality, QuarterSource, SpendingDays, TransactionKind } from './spending.enums';
import { SpendingPeriodKind } from './spending-period';
import type { QuarterView, SpendingSummaryArgs } from './spending.service';

registerEnumType(CardType, {
  name: 'CardType',
  valuesConfig: {
    CHECK: { description: '체크카드: a debit card drawing on a deposit account.' },
    CREDIT: { description: '신용카드: a credit card billed monthly.' },
  },
  description: 'CREDIT (신용카드) or CHECK (체크카드, debit).',
});
registerEnumType(TransactionKind, {
  name: 'CardTransactionKind',
  valuesConfig: {
    PURCHASE: { description: 'A purchase (positive amount).' },
    REFUND: { description: 'A refund or cancellation: its own transaction with a negative amount.' },
  },
  description: 'PURCHASE, or REFUND (a refund or cancellation: its own transaction with a negative amount).',
});
registerEnumType(Channel, {
  name: 'SalesChannel',
  valuesConfig: {
    OFFLINE: { description: 'Card present (in a shop).' },
    ONLINE: { description: 'Card not present (online).' },
  },
  description: 'ONLINE (card not present) or OFFLINE.',
});
registerEnumType(SpendingPeriodKind, {
  name: 'SpendingPeriod',
  description: 'A calendar period in KST, as customers name it; a running period counts up to today.',
  valuesConfig: {
    TODAY: { description: 'Today so far (오늘).' },
    YESTERDAY: { description: 'Yesterday (어제).' },
    THIS_WEEK: { description: 'This week, Monday to date (이번 주).' },
    LAST_WEEK: { description: 'The previous week, Monday to Sunday (지난주).' },
    THIS_MONTH: { description: 'This calendar month to date (이번 달).' },
    LAST_MONTH: { description: 'The previous calendar month (지난달).' },
    THIS_QUARTER: { description: 'This calendar quarter to date (이번 분기).' },
    LAST_QUARTER: { description: 'The previous calendar quarter (지난 분기).' },
    THIS_YEAR: { description: 'This calendar year to date (올해).' },
    LAST_YEAR: { description: 'The previous calendar year (작년).' },
    LAST_N_MONTHS: { description: 'The last `months` months up to and including today (최근 N개월).' },
    MONTHS_AGO: {
      description:
        'The whole calendar month `months` months back: 1 = last month, 2 = the month before last (지지난달).',
    },
    FIRST_HALF: { description: 'January to June of this year (상반기), to date while it runs.' },
    SECOND_HALF: {
      description:
        "July to December (하반기): this year's from July on (to date), before July last year's — the latest begun.",
    },
    DATES: {
      description:
        'The days from `from` through `through` (both included, KST; `through` defaults to today), at most 24 months (11월 1일부터 오늘까지, 최근 7일).',
    },
  },
});
registerEnumType(Locality, {
  name: 'Locality',
  valuesConfig: {
    DOMESTIC: { description: 'A merchant in Korea.' },
    OVERSEAS: { description: 'A merchant abroad.' },
  },
  description: 'DOMESTIC or OVERSEAS merchant.',
});
registerEnumType(SpendingDays, {
  name: 'SpendingDays',
  valuesConfig: {
    WEEKENDS: { description: 'Saturdays and Sundays (KST).' },
    WEEKDAYS: { description: 'Monday to Friday (KST; public holidays count as the weekday they fall on).' },
  },
  description: 'Which days of the week a spending figure counts.',
});
registerEnumType(QuarterSource, {
  name: 'QuarterSource',
  valuesConfig: {
    COMPUTED: { description: 'Computed from card transactions.' },
    IMPORTED: { description: 'Imported as a quarterly aggregate (never overwritten by a recompute).' },
  },
  description: 'COMPUTED from card transactions, or IMPORTED as a quarterly aggregate (imported wins).',
});

@ObjectType('SpendingCategory', { description: 'A merchant-category (업종) group of the spending taxonomy.' })
export class SpendingCategoryType {
  @Field({ description: 'Stable code, e.g. FOOD.' })
  code!: string;

  @Field({ description: 'Korean name, e.g. 식비/외식.' })
  nameKo!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;
}

@ObjectType('MccRange', { description: 'ISO 18245 merchant category codes mapped to a spending category.' })
export class MccRangeType {
  @Field(() => Int, { description: 'First MCC of the range.' })
  from!: number;

  @Field(() => Int, { description: 'Last MCC of the range (inclusive).' })
  to!: number;

  @Field({ description: 'What the range covers.' })
  description!: string;
}

@ObjectType('SpendingCategoryMapping', {
  description: 'A category with the MCC ranges that map to it (the narrowest range holding an MCC wins).',
})
export class SpendingCategoryMappingType {
  @Field(() => SpendingCategoryType, { description: 'The category.' })
  category!: SpendingCategoryType;

  @Field(() => [MccRangeType], { description: 'MCC ranges mapped to the category.' })
  mccRanges!: MccRangeType[];
}

@ObjectType('CardIssuer', { description: 'A card company.' })
export class CardIssuerType {
  @Field({ description: 'Issuer code, e.g. SHINHAN.' })
  code!: string;

  @Field({ description: 'Korean name, e.g. 신한카드.' })
  nameKo!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;
}

@ObjectType('Card', { implements: Node, description: "A customer's credit or check card." })
export class CardGqlType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  localId!: string;
  customerLocalId!: string;

  @Field(() => CardIssuerType, { description: 'The card company.' })
  issuer!: CardIssuerType;

  @Field({ description: 'Product name, e.g. 신한 Deep Dream.' })
  productName!: string;

  @Field(() => CardType, { description: 'Credit or check card.' })
  cardType!: CardType;

  @Field(() => LocalDateResolver, { description: 'Issue date.' })
  issuedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Closing date, if closed.' })
  closedOn!: string | null;
}

@ObjectType('CardTransaction', {
  description: 'A card purchase, or a refund/cancellation (negative amount).',
})
export class CardTransactionType {
  @Field(() => ID, { description: 'Transaction id.' })
  id!: string;

  @Field(() => TransactionKind, { description: 'Purchase or refund.' })
  kind!: TransactionKind;

  @Field(() => Money, { description: 'Amount in whole won; negative for refunds and cancellations.' })
  amount!: Money;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field({ description: 'Merchant (가맹점) name.' })
  merchantName!: string;

  @Field(() => Int, { nullable: true, description: 'ISO 18245 merchant category code, when known.' })
  mcc!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The issuer's own 업종 code, when the source gave one.",
  })
  issuerCategoryCode!: string | null;

  @Field(() => SpendingCategoryType, { description: 'Spending category (업종 group).' })
  category!: SpendingCategoryType;

  @Field(() => Channel, { description: 'Online or offline.' })
  channel!: Channel;

  @Field(() => Locality, { description: 'Domestic or overseas merchant.' })
  locality!: Locality;

  @Field(() => Int, { description: 'Instalment months: 0 = lump sum (일시불), 2–36 = 할부.' })
  instalmentMonths!: number;
}

export const { ConnectionType: CardTransactionConnection } = connectionTypes(
  'CardTransaction',
  CardTransactionType,
);

@ObjectType('CategorySpending', { description: 'Spending of one quarter in one category.' })
export class CategorySpendingType {
  @Field(() => SpendingCategoryType, { description: 'The category.' })
  category!: SpendingCategoryType;

  @Field(() => Money, { description: 'Net amount (refunds deducted).' })
  amount!: Money;

  @Field(() => Int, { description: 'Purchases in the category.' })
  count!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Share of the quarter's net total (6 decimals); null when the total is not positive.",
  })
  share!: string | null;
}

@ObjectType('QuarterChange', { description: 'Change against the previous calendar quarter.' })
export class QuarterChangeType {
  @Field({ description: 'The previous quarter, e.g. 2025Q2.' })
  previousQuarter!: string;

  @Field(() => Money, { description: 'This total minus the previous total (negative when spending fell).' })
  amount!: Money;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Change ÷ previous total (6 decimals, "0.125000" = +12.5 %); null when the previous total ≤ 0.',
  })
  ratio!: string | null;
}

@ObjectType('QuarterBalances', { description: 'Balances at the end of the quarter (imported).' })
export class QuarterBalancesType {
  @Field(() => Money, { nullable: true, description: 'Deposits (예금) balance.' })
  deposits!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Loans outstanding.' })
  loans!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Card debt (카드 이용잔액) outstanding.' })
  cardDebt!: Money | null;
}

@ObjectType('CustomerQuarter', { description: "A customer's spending in one calendar quarter (KST)." })
export class CustomerQuarterType {
  view!: QuarterView;

  @Field({ description: 'Quarter label, e.g. 2025Q3.' })
  quarter!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the quarter.' })
  startsOn!: string;

  @Field({ description: 'Whether the quarter has ended (otherwise the figures are quarter-to-date).' })
  complete!: boolean;

  @Field(() => QuarterSource, { description: 'Computed from transactions or imported.' })
  source!: QuarterSource;

  @Field(() => Money, { description: 'Net spending (purchases minus refunds).' })
  total!: Money;

  @Field(() => Int, { description: 'Number of purchases (refunds not counted).' })
  transactionCount!: number;

  @Field(() => Money, {
    nullable: true,
    description: 'Gross purchases ÷ purchases, whole won; null without purchases.',
  })
  averageTicket!: Money | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Online share of gross purchase amount (0–1).' })
  onlineShare!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Overseas share of gross purchase amount (0–1).',
  })
  overseasShare!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Share of gross purchase amount spent 22:00–06:00 Korean time (0–1).',
  })
  nightShare!: string | null;

  @Field(() => QuarterChangeType, {
    nullable: true,
    description: 'Change from the previous calendar quarter; null when that quarter is not stored.',
  })
  changeFromPreviousQuarter!: QuarterChangeType | null;

  @Field(() => Money, { nullable: true, description: 'Income of the quarter (imported), if known.' })
  income!: Money | null;

  @Field(() => QuarterBalancesType, {
    nullable: true,
    description: 'Balances of the quarter (imported), if known.',
  })
  balances!: QuarterBalancesType | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the figures were last computed from transactions.',
  })
  computedAt!: Date | null;
}

@ObjectType('RecomputeQuarterPayload', { description: 'What a recompute of customer quarters wrote.' })
export class RecomputeQuarterPayload {
  @Field({ description: 'The quarter recomputed.' })
  quarter!: string;

  @Field(() => Int, { description: 'Customer quarters written from transactions.' })
  computed!: number;

  @Field(() => Int, { description: 'Computed quarters zeroed because their transactions are gone.' })
  zeroed!: number;
}

@ObjectType('SpendingSummary', {
  description:
    'Net card spending (refunds deducted) in a named period, by category — what the counsellor quotes.',
})
export class SpendingSummaryType {
  @Field(() => SpendingPeriodKind, { description: 'The period asked for.' })
  period!: SpendingPeriodKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Months of a LAST_N_MONTHS period, months back of a MONTHS_AGO one, else null.',
  })
  months!: number | null;

  @Field(() => LocalDateResolver, { description: 'First day of the period (KST).' })
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day counted (KST): today for a running period.' })
  through!: string;

  @Field({ description: 'Whether the period ended before today.' })
  complete!: boolean;

  @Field(() => String, { nullable: true, description: 'The category code it was narrowed to, if any.' })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The merchant filter it was narrowed to ("스타벅스", "coupang"), if any.',
  })
  merchant!: string | null;

  @Field(() => Locality, { nullable: true, description: 'The locality it was narrowed to, if any.' })
  locality!: Locality | null;

  @Field(() => Channel, { nullable: true, description: 'The channel it was narrowed to, if any.' })
  channel!: Channel | null;

  @Field(() => SpendingDays, {
    nullable: true,
    description: 'The days of the week it was narrowed to, if any.',
  })
  days!: SpendingDays | null;

  @Field(() => Money, {
    description: 'Net spending in the period (and category, merchant, locality, channel or days).',
  })
  total!: Money;

  @Field(() => Int, { description: 'Purchases counted (refunds excluded).' })
  purchaseCount!: number;

  @Field(() => [CategorySpendingType], { description: 'By category, largest first.' })
  byCategory!: CategorySpendingType[];

  /** Not in the schema: whose spending and what was asked, for `byMerchant`. */
  scope!: { customerId: string; args: SpendingSummaryArgs };
}

@ObjectType('MerchantSpending', { description: 'Net spending at one merchant in a period.' })
export class MerchantSpendingType {
  @Field({ description: 'The merchant, as most of its transactions name it.' })
  merchant!: string;

  @Field(() => Money, { description: 'Net amount (refunds deducted).' })
  amount!: Money;

  @Field(() => Int, { description: 'Purchases at the merchant (refunds excluded).' })
  count!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Share of the period's net total (6 decimals); null when the total is not positive.",
  })
  share!: string | null;
}

@ObjectType('RecurringCharge', {
  description:
    'A purchase repeated every month (a phone bill, a subscription): one category and amount charged once a month ' +
    'in at least 3 of the last 6 months, on nearly the same day, under whatever merchant names.',
})
export class RecurringChargeType {
  @Field(() => SpendingCategoryType, { description: 'The category.' })
  category!: SpendingCategoryType;

  @Field(() => Money, { description: 'The amount charged each month.' })
  amount!: Money;

  @Field(() => Int, { description: 'Months of the last six it was charged in.' })
  months!: number;

  @Field(() => LocalDateResolver, { description: 'The latest charge (KST).' })
  lastChargedOn!: string;

  @Field(() => Int, { description: 'The day of the month it is usually charged on.' })
  usualDay!: number;

  @Field(() => [String], { description: 'The merchant names it was charged under.' })
  merchants!: string[];
}
