import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import { toDecimal } from '../../common/money';
import { CustomerType } from '../customers';
import { CardTransactionFilterInput, RecomputeQuarterInput } from './spending.inputs';
import { Channel, Locality, SpendingDays } from './spending.enums';
import {
  toCardType,
  toCategorySpending,
  toCategoryType,
  toQuarterType,
  toMerchantSpending,
  toRecurringChargeType,
  toSpendingSummaryType,
  toTransactionType,
} from './spending.mapper';
import { SpendingService } from './spending.service';
import {
  CardGqlType,
  CardTransactionConnection,
  CategorySpendingType,
  CustomerQuarterType,
  MerchantSpendingType,
  RecomputeQuarterPayload,
  RecurringChargeType,
  SpendingCategoryMappingType,
  SpendingSummaryType,
} from './spending.type';
import { SpendingPeriodKind } from './spending-period';

@Resolver()
export class SpendingResolver {
  constructor(private readonly service: SpendingService) {}

  @Query(() => [SpendingCategoryMappingType], {
    description: 'The spending taxonomy: 업종 groups and the ISO 18245 MCC ranges mapped to each (staff).',
  })
  async spendingCategories(@Ctx() ctx: RequestContext): Promise<SpendingCategoryMappingType[]> {
    const { categories, mccRanges } = await this.service.taxonomy(ctx);
    return categories.map((category) => ({
      category: toCategoryType(category, category.code),
      mccRanges: mccRanges
        .filter((r) => r.categoryCode === category.code)
        .map((r) => ({ from: r.mccFrom, to: r.mccTo, description: r.description })),
    }));
  }

  @Mutation(() => RecomputeQuarterPayload, {
    description:
      'Recomputes customer quarters from card transactions in SQL (ADMIN); imported quarters are kept.',
  })
  async recomputeSpendingQuarter(
    @Arg('input', () => RecomputeQuarterInput, { description: 'The quarter to recompute.' })
    input: RecomputeQuarterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecomputeQuarterPayload> {
    return this.service.recomputeQuarterByLabel(ctx, input.quarter, input.customerIds);
  }
}

@Resolver(() => CustomerType)
export class CustomerSpendingFieldResolver {
  constructor(private readonly service: SpendingService) {}

  @FieldResolver(() => [CardGqlType], {
    description: "The customer's cards, oldest first (batched per request).",
  })
  async cards(@Root() customer: CustomerType, @Ctx() ctx: RequestContext): Promise<CardGqlType[]> {
    return (await this.service.cardsOf(ctx, customer.localId)).map(toCardType);
  }

  @FieldResolver(() => [CustomerQuarterType], {
    description: 'The newest stored quarters, newest first, up to the current quarter (batched per request).',
  })
  async quarterlySpending(
    @Root() customer: CustomerType,
    @Arg('last', () => Int, { defaultValue: 4, description: 'How many quarters (1–40).' }) last: number,
    @Arg('upTo', () => String, {
      nullable: true,
      description: 'Newest quarter to include, e.g. 2025Q3 (default: the current quarter).',
    })
    upTo: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerQuarterType[]> {
    return (await this.service.quarterlySpending(ctx, customer.localId, last, upTo)).map(toQuarterType);
  }

  @FieldResolver(() => SpendingSummaryType, {
    description:
      'Net card spending in a named period ("지난달", "last 3 months"), optionally in one category, by category.',
  })
  async spendingSummary(
    @Root() customer: CustomerType,
    @Arg('period', () => SpendingPeriodKind, { description: 'The period.' }) period: SpendingPeriodKind,
    @Arg('months', () => Int, {
      nullable: true,
      description:
        'For LAST_N_MONTHS: how many months (1–24, default 3); for MONTHS_AGO: how many months back (1–24).',
    })
    months: number | undefined,
    @Arg('category', () => String, {
      nullable: true,
      description: 'A category code (see spendingCategories), e.g. FOOD.',
    })
    category: string | undefined,
    @Arg('merchant', () => String, {
      nullable: true,
      description:
        'Only purchases at merchants whose name contains this text (case and spaces ignored, 1–60 characters), e.g. "스타벅스"; a known brand also matches its other spelling ("STARBUCKS COFFEE"), and not another merchant whose name holds it ("이마트" is not "롯데하이마트"); "카페", "커피" or "coffee" is every café (the coffee chains and any name with 카페/커피/cafe/coffee).',
    })
    merchant: string | undefined,
    @Arg('locality', () => Locality, {
      nullable: true,
      description: 'Only purchases at home (DOMESTIC) or abroad and on foreign websites (OVERSEAS).',
    })
    locality: Locality | undefined,
    @Arg('channel', () => Channel, {
      nullable: true,
      description: 'Only online (card-not-present) or in-store (OFFLINE) purchases.',
    })
    channel: Channel | undefined,
    @Arg('days', () => SpendingDays, {
      nullable: true,
      description: 'Only purchases on weekends (Saturday and Sunday) or on weekdays, in Korea time.',
    })
    days: SpendingDays | undefined,
    @Arg('from', () => LocalDateResolver, {
      nullable: true,
      description: 'For DATES: the first day (KST), e.g. 2026-11-01.',
    })
    from: string | undefined,
    @Arg('through', () => LocalDateResolver, {
      nullable: true,
      description: 'For DATES: the last day included (KST); today when omitted.',
    })
    through: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<SpendingSummaryType> {
    const args = { period, months, category, merchant, locality, channel, days, from, through };
    return toSpendingSummaryType(await this.service.spendingSummary(ctx, customer.localId, args), {
      customerId: customer.localId,
      args,
    });
  }

  @FieldResolver(() => [RecurringChargeType], {
    description:
      'Purchases repeated every month ("구독료", "정기결제"): one category and amount charged once a month in at ' +
      'least 3 of the last 6 months (this one included) on nearly the same day, largest first.',
  })
  async recurringCharges(
    @Root() customer: CustomerType,
    @Ctx() ctx: RequestContext,
  ): Promise<RecurringChargeType[]> {
    const [rows, categories] = await Promise.all([
      this.service.recurringCharges(ctx, customer.localId),
      this.service.categoryMap(ctx),
    ]);
    return rows.map((r) => toRecurringChargeType(r, categories.get(r.categoryCode)));
  }

  @FieldResolver(() => CustomerQuarterType, {
    nullable: true,
    description: 'One quarter, e.g. quarter(q: "2025Q3"); null when nothing is stored for it.',
  })
  async quarter(
    @Root() customer: CustomerType,
    @Arg('q', () => String, { description: 'Quarter label, e.g. 2025Q3.' }) q: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerQuarterType | null> {
    const view = await this.service.quarter(ctx, customer.localId, q);
    return view && toQuarterType(view);
  }
}

@Resolver(() => CustomerQuarterType)
export class CustomerQuarterFieldResolver {
  constructor(private readonly service: SpendingService) {}

  @FieldResolver(() => [CategorySpendingType], {
    description: 'Spending by category, largest first (batched per request).',
  })
  async byCategory(
    @Root() quarter: CustomerQuarterType,
    @Ctx() ctx: RequestContext,
  ): Promise<CategorySpendingType[]> {
    const [rows, categories] = await Promise.all([
      this.service.categoriesOf(ctx, quarter.view.row),
      this.service.categoryMap(ctx),
    ]);
    const total = toDecimal(quarter.view.row.totalAmount);
    return rows.map((r) =>
      toCategorySpending(
        toCategoryType(categories.get(r.categoryCode), r.categoryCode),
        r.amount,
        r.transactionCount,
        total,
      ),
    );
  }
}

@Resolver(() => SpendingSummaryType)
export class SpendingSummaryFieldResolver {
  constructor(private readonly service: SpendingService) {}

  @FieldResolver(() => [MerchantSpendingType], {
    description:
      'By merchant, largest first (names differing only in case and spaces are one merchant); merchants with ' +
      'nothing spent net are left out. Read only when asked for.',
  })
  async byMerchant(
    @Root() summary: SpendingSummaryType,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many merchants (1–20).' }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MerchantSpendingType[]> {
    const rows = await this.service.groupedSpending(
      ctx,
      summary.scope.customerId,
      summary.scope.args,
      'MERCHANT',
      first,
    );
    const total = toDecimal(summary.total.amount);
    return rows.map((r) => toMerchantSpending(r, total));
  }
}

@Resolver(() => CardGqlType)
export class CardFieldsResolver {
  constructor(private readonly service: SpendingService) {}

  @FieldResolver(() => CardTransactionConnection, {
    description: 'Transactions on the card, newest first, optionally one quarter and/or one category.',
  })
  async transactions(
    @Root() card: CardGqlType,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => CardTransactionFilterInput, {
      nullable: true,
      description: 'Only transactions matching every given criterion.',
    })
    filter: CardTransactionFilterInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof CardTransactionConnection>> {
    const [connection, categories] = await Promise.all([
      this.service.transactions(ctx, card.localId, { ...page, ...filter }),
      this.service.categoryMap(ctx),
    ]);
    return CardTransactionConnection.from(connection, (t) => toTransactionType(t, categories));
  }
}
