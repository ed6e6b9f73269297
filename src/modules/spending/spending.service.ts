import type Decimal from 'decimal.js';
import { inTransaction, RequestContext, Role } from '../../common/context';
import { badInput, forbidden, notFound } from '../../common/errors';
import { addDays, addMonths, koreanDate } from '../../common/dates';
import { localIdOf } from '../../common/global-id';
import { toDecimal } from '../../common/money';
import { escapeRegExp } from '../../common/text/regexp';
import type { CountedConnection } from '../../common/graphql/types';
import { PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import {
  type Quarter,
  QuarterError,
  firstDay,
  formatQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterBounds,
  quarterOfDate,
  quarterOfInstant,
} from '../../common/quarters';
import { assertCanReadCustomer, CUSTOMER_TYPE, isStaff, requireViewer } from '../customers';
import { MERCHANTS } from '../topics';
import {
  instalmentStatus,
  statementInstalments,
  type InstalmentStatus,
  type StatementInstalments,
} from './card-instalments';
import { recomputeQuarterSql, RecomputeResult } from './quarter-aggregation';
import { latestKey, quarterKey, spendingLoaders } from './spending.loaders';
import type {
  CardRow,
  CategoryRow,
  MccRangeRow,
  QuarterCategoryRow,
  QuarterRow,
  RecurringChargeRow,
  SpendingSummary,
  TransactionFilter,
  TransactionRow,
} from './spending.model';
import {
  SpendingDatesError,
  SpendingPeriodKind,
  spendingPeriodRange,
  type SpendingPeriodRange,
} from './spending-period';
import {
  SpendingRepository,
  type SpendingFilter,
  type SpendingGrouping,
  type SpendingGroupRow,
} from './spending.repository';
import type { Channel, Locality, SpendingDays } from './spending.enums';

export const CARD_TYPE = 'Card';
export const MAX_QUARTERS = 40;
/** Months (this one included) searched for charges repeated monthly. */
export const RECURRING_WINDOW_MONTHS = 6;
/** Months a charge must recur in to count as recurring. */
export const RECURRING_MIN_MONTHS = 3;
/** Most days of the month apart its charges may fall (a bill moved by a weekend stays one bill). */
export const RECURRING_DAY_SPREAD = 5;

/** Most merchants a by-merchant breakdown lists. */
export const MAX_MERCHANTS = 20;

/** What a spending summary is asked for: a named period, optionally narrowed. */
export interface SpendingSummaryArgs {
  period: SpendingPeriodKind;
  months?: number | null;
  category?: string | null;
  merchant?: string | null;
  locality?: Locality | null;
  channel?: Channel | null;
  days?: SpendingDays | null;
  /** For DATES: the first day (YYYY-MM-DD, KST). */
  from?: string | null;
  /** For DATES: the last day included (YYYY-MM-DD, KST); today when absent. */
  through?: string | null;
}

/** Longest merchant filter accepted (card networks' merchant names are shorter). */
export const MAX_MERCHANT_FILTER = 60;

/** A merchant name as compared: lower case without spaces ("스타벅스 강남점" and "스타벅스강남점" are one merchant). */
export function merchantKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

/**
 * The merchant filter as matched: lower case without spaces, so "Star bucks", "STARBUCKS" and "스타 벅스" find
 * "스타벅스 강남R점" and "STARBUCKS COFFEE". Empty or overlong text is bad input naming the argument.
 */
export function merchantNeedle(merchant: string): string {
  const needle = merchantKey(merchant);
  if (needle === '') throw badInput('merchant', 'must not be empty');
  if ([...merchant.trim()].length > MAX_MERCHANT_FILTER)
    throw badInput('merchant', `must be at most ${MAX_MERCHANT_FILTER} characters`);
  return needle;
}

/**
 * What a merchant filter matches: its needles — its own, and where it names a known brand as such ("스타벅스",
 * "Starbucks", "스벅") both spellings card networks use ("스타벅스 강남R점", "STARBUCKS COFFEE"); a branch ("스타벅스
 * 강남점") only itself — and the other merchants' names that hold the brand's and do not count ("이마트" is not
 * "롯데하이마트").
 */
export interface MerchantMatch {
  /** Lower case without spaces; a name matches when it holds any of them outside a shadow. */
  needles: string[];
  /** Other merchants' names holding a needle (lower case without spaces), taken out of a name before matching. */
  shadows: string[];
}

export function merchantMatch(merchant: string): MerchantMatch {
  const needle = merchantNeedle(merchant);
  const brand = MERCHANTS.find((m) => m.alias.test(merchant));
  const whole =
    brand &&
    (needle === merchantKey(brand.name) ||
      needle === merchantKey(brand.en) ||
      new RegExp(`^(?:${brand.alias.source})$`, 'i').test(needle));
  return {
    needles: whole
      ? [...new Set([needle, merchantKey(brand.name), merchantKey(brand.en), ...(brand.group ?? [])])]
      : [needle],
    shadows: [...(brand?.shadows ?? [])],
  };
}

/** Whether a merchant name is one a filter matches (the same rule as the SQL of spendingSummary). */
export function merchantMatches(name: string, match: MerchantMatch): boolean {
  let key = merchantKey(name);
  for (const shadow of match.shadows) key = key.split(shadow).join(' '); // keys hold no spaces
  return match.needles.some((n) => key.includes(n));
}

/** How far back, and how many of a customer's merchant names, a question is matched against (merchantNamedIn). */
export const NAMED_MERCHANT_MONTHS = 24;
export const NAMED_MERCHANT_NAMES = 2_000;

/**
 * The merchant of the customer's own card transactions that a question names, as a merchant filter: "Why was I
 * charged by DUTY FREE?" → "DUTY FREE", "하나투어 결제 내역" → "하나투어", "hilton charge" → "HILTON" (the first word of
 * "HILTON HOTELS", five letters or more). Latin names match as whole words (case and spaces ignored: "CU" is not in
 * "cute"); Hangul names of two syllables or more anywhere, spaces ignored. The longest match wins; else a known brand
 * named in either script that one of the names is ("메리어트" → "MARRIOTT"); none → undefined.
 */
export function merchantNamedIn(text: string, names: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const compact = merchantKey(text);
  let best: { value: string; length: number } | undefined;
  const consider = (value: string, length: number) => {
    if (!best || length > best.length) best = { value, length };
  };
  for (const name of names) {
    const key = merchantKey(name);
    if (/[a-z]/.test(key)) {
      const words = name.toLowerCase().trim().split(/\s+/);
      const whole = new RegExp(`(?<![a-z0-9])${words.map(escapeRegExp).join('\\s*')}(?![a-z0-9])`);
      if (key.length >= 2 && whole.test(lower)) consider(name.trim(), key.length);
      else if (
        words.length > 1 &&
        /^[a-z]{5,}$/.test(words[0]) &&
        new RegExp(`(?<![a-z0-9])${words[0]}(?![a-z0-9])`).test(lower)
      )
        consider(name.trim().split(/\s+/)[0], words[0].length);
    } else if ([...key].length >= 2 && /[가-힣]/.test(key) && compact.includes(key))
      consider(name.trim(), key.length);
  }
  if (best) return best.value;
  // A brand named in the other script ("메리어트 결제 이거 뭐예요?" for "MARRIOTT"): the brand, when any of theirs is it.
  const brand = MERCHANTS.find((m) => m.alias.test(text));
  const match = brand && merchantMatch(brand.name);
  return match && names.some((name) => merchantMatches(name, match)) ? brand.name : undefined;
}

/** Each known brand's match (merchantMatch of its name), built once. */
let brandMatches: { name: string; match: MerchantMatch }[] | undefined;

/** The known brand a merchant name is (the merchant filter's rule), if any. */
export function brandOf(name: string): string | undefined {
  brandMatches ??= MERCHANTS.filter((m) => !m.group).map((m) => ({
    name: m.name,
    match: merchantMatch(m.name),
  }));
  return brandMatches.find((b) => merchantMatches(name, b.match))?.name;
}

/**
 * Merchant groups merged by brand ("STARBUCKS" and "스타벅스" are one), each shown by its spelling with the most
 * purchases; those with nothing spent net left out; ranked by amount (COUNT: purchases first), at most `first`.
 */
export function byBrand(
  rows: readonly SpendingGroupRow['MERCHANT'][],
  first: number,
  order: 'AMOUNT' | 'COUNT',
): SpendingGroupRow['MERCHANT'][] {
  const groups = new Map<string, { merchant: string; top: number; amount: Decimal; count: number }>();
  for (const r of rows) {
    const key = brandOf(r.merchant) ?? `\u0000${merchantKey(r.merchant)}`;
    const g = groups.get(key);
    if (!g)
      groups.set(key, { merchant: r.merchant, top: r.count, amount: toDecimal(r.amount), count: r.count });
    else {
      if (r.count > g.top) [g.merchant, g.top] = [r.merchant, r.count];
      g.amount = g.amount.plus(r.amount);
      g.count += r.count;
    }
  }
  return [...groups.values()]
    .filter((g) => g.amount.gt(0))
    .sort(
      (a, b) =>
        (order === 'COUNT' ? b.count - a.count : 0) ||
        b.amount.cmp(a.amount) ||
        (a.merchant < b.merchant ? -1 : a.merchant > b.merchant ? 1 : 0),
    )
    .slice(0, first)
    .map((g) => ({ merchant: g.merchant, amount: g.amount.toFixed(0), count: g.count }));
}

/** A stored quarter with the one before it (for the quarter-over-quarter change). */
export interface QuarterView {
  row: QuarterRow;
  quarter: Quarter;
  previous: QuarterRow | null;
  /** The quarter ended before the request's "now" (KST). */
  complete: boolean;
}

function parseLabel(label: string, field: string): Quarter {
  try {
    return parseQuarter(label);
  } catch (error) {
    if (error instanceof QuarterError) throw badInput(field, 'must be a quarter like 2025Q3');
    throw error;
  }
}

/** The longest card instalment plan (할부), in months. */
export const MAX_INSTALMENT_MONTHS = 36;

/** Card instalment plans still being billed, as of a KST day (amounts: whole won as digit strings). */
export interface CardInstalments {
  asOf: string;
  plans: { transaction: TransactionRow; status: InstalmentStatus }[];
  /** Principal of every plan's instalments not billed yet. */
  remainingPrincipal: string;
  /** Principal of every plan's next instalment (next month's statement). */
  nextInstalments: string;
}

export class SpendingService {
  readonly loadersOf: ReturnType<typeof spendingLoaders>;

  constructor(private readonly repository: SpendingRepository) {
    this.loadersOf = spendingLoaders(repository);
  }

  /** The 업종 groups by code (every signed-in viewer: they label transactions). */
  async categoryMap(ctx: RequestContext): Promise<Map<string, CategoryRow>> {
    requireViewer(ctx);
    return this.loadersOf(ctx).categories.load('all');
  }

  /** The taxonomy with its MCC ranges (staff). */
  async taxonomy(ctx: RequestContext): Promise<{ categories: CategoryRow[]; mccRanges: MccRangeRow[] }> {
    const viewer = requireViewer(ctx);
    if (!isStaff(viewer)) throw forbidden('Only staff can read the category taxonomy');
    const categories = [...(await this.loadersOf(ctx).categories.load('all')).values()];
    return { categories, mccRanges: await this.repository.mccRanges(ctx) };
  }

  /**
   * Net card spending (refunds deducted) in a named period (KST days, to date for a running one), by category,
   * largest first; `category` narrows it to one category code.
   */
  async spendingSummary(
    ctx: RequestContext,
    customerId: string,
    args: SpendingSummaryArgs,
  ): Promise<SpendingSummary> {
    const { range, months, counted, filter } = await this.summaryScope(ctx, customerId, args);
    const rows = await this.repository.spendingByCategory(ctx, customerId, range.from, range.until, filter);
    let total = toDecimal(0);
    let count = 0;
    for (const r of rows) {
      total = total.plus(r.amount);
      count += r.count;
    }
    const categories = await this.categoryMap(ctx);
    return {
      period: args.period,
      months: counted ? months : null,
      ...range,
      category: args.category ?? null,
      merchant: args.merchant == null ? null : args.merchant.trim(),
      locality: args.locality ?? null,
      channel: args.channel ?? null,
      days: args.days ?? null,
      total: total.toFixed(0),
      purchaseCount: count,
      byCategory: rows.map((r) => ({ ...r, category: categories.get(r.categoryCode) })),
    };
  }

  /**
   * The same period's net spending grouped, largest first (at most `first`, 1–20): by merchant ("가장 돈 많이 쓴 가게
   * 어디야?"; one known brand is one merchant whatever its spelling — STARBUCKS and 스타벅스, as the merchant filter
   * counts them — and other names differing only in case and spaces are one; order COUNT: paid most often first) or
   * by KST day, each day with its largest purchase ("제일 많이 쓴 날").
   */
  async groupedSpending<G extends SpendingGrouping>(
    ctx: RequestContext,
    customerId: string,
    args: SpendingSummaryArgs,
    grouping: G,
    first: number,
    order: 'AMOUNT' | 'COUNT' = 'AMOUNT',
  ): Promise<SpendingGroupRow[G][]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MERCHANTS)
      throw badInput('first', `must be a whole number from 1 to ${MAX_MERCHANTS}`);
    const { range, filter } = await this.summaryScope(ctx, customerId, args);
    const read = (limit: number | null) =>
      this.repository.spendingGrouped(
        ctx,
        customerId,
        range.from,
        range.until,
        filter,
        grouping,
        limit,
        order,
      );
    if (grouping !== 'MERCHANT') return read(first);
    // Every name of the scope (one customer's merchants), brands merged before ranking.
    return byBrand(
      (await read(null)) as SpendingGroupRow['MERCHANT'][],
      first,
      order,
    ) as SpendingGroupRow[G][];
  }

  /** The days and filters of a spending summary, checked: bad input names the argument. */
  private async summaryScope(ctx: RequestContext, customerId: string, args: SpendingSummaryArgs) {
    assertCanReadCustomer(ctx.viewer, customerId);
    let range: SpendingPeriodRange;
    const counted =
      args.period === SpendingPeriodKind.LAST_N_MONTHS || args.period === SpendingPeriodKind.MONTHS_AGO;
    // Default: the last 3 months; a month back without a count is last month.
    const months = args.months ?? (args.period === SpendingPeriodKind.MONTHS_AGO ? 1 : 3);
    if (args.period !== SpendingPeriodKind.DATES)
      for (const field of ['from', 'through'] as const)
        if (args[field] != null) throw badInput(field, 'is only read with period DATES');
    try {
      range = spendingPeriodRange(args.period, koreanDate(ctx.now()), months, {
        from: args.from ?? '',
        through: args.through,
      });
    } catch (error) {
      if (error instanceof SpendingDatesError) throw badInput(error.field, error.message);
      if (error instanceof RangeError) throw badInput('months', error.message);
      throw error;
    }
    if (args.category && !(await this.categoryMap(ctx)).has(args.category))
      throw badInput('category', `unknown category code ${args.category.slice(0, 40)}`);
    const filter: SpendingFilter = {
      category: args.category ?? null,
      merchant: args.merchant == null ? null : merchantMatch(args.merchant),
      locality: args.locality ?? null,
      channel: args.channel ?? null,
      days: args.days ?? null,
    };
    return { range, months, counted, filter };
  }

  /** Net card spending per month (KST) up to the last complete month before ctx.now(), gaps as 0. */
  async monthlySpending(
    ctx: RequestContext,
    customerId: string,
  ): Promise<{ period: string; amount: string }[]> {
    assertCanReadCustomer(ctx.viewer, customerId);
    return this.repository.monthlySpending(ctx, customerId, `${koreanDate(ctx.now()).slice(0, 7)}-01`);
  }

  /**
   * Deposit balance at quarter end (customer_quarter.deposit_balance, imported: there is no monthly balance data)
   * for the latest unbroken run of complete quarters before ctx.now() (KST): a quarter without a balance ends the
   * run, since a balance is a stock and cannot be taken as 0.
   */
  async quarterlyDepositBalance(
    ctx: RequestContext,
    customerId: string,
  ): Promise<{ period: string; amount: string }[]> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const rows = await this.repository.quarterlyDepositBalance(
      ctx,
      customerId,
      firstDay(quarterOfInstant(ctx.now())),
    );
    let from = rows.length - 1;
    while (from > 0 && firstDay(nextQuarter(quarterOfDate(rows[from - 1].period))) === rows[from].period)
      from--;
    return rows.slice(Math.max(0, from));
  }

  /**
   * Card instalment plans (할부) still being billed, newest purchase first, with where each stands today
   * (card-instalments.ts: principal only, the issuer's fee not included).
   */
  /**
   * Charges repeated every month ("구독료 매달 얼마 나가?", "what subscriptions am I paying for?"): over the last
   * RECURRING_WINDOW_MONTHS calendar months to today, one category and amount charged once a month in at least
   * RECURRING_MIN_MONTHS of them, on days at most RECURRING_DAY_SPREAD apart. Largest first.
   */
  async recurringCharges(ctx: RequestContext, customerId: string): Promise<RecurringChargeRow[]> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const today = koreanDate(ctx.now());
    const from = addMonths(`${today.slice(0, 7)}-01`, -(RECURRING_WINDOW_MONTHS - 1));
    return this.repository.recurringCharges(
      ctx,
      customerId,
      from,
      addDays(today, 1),
      RECURRING_MIN_MONTHS,
      RECURRING_DAY_SPREAD,
    );
  }

  /**
   * The merchant of this customer's card transactions (the last NAMED_MERCHANT_MONTHS months) that a question names,
   * or undefined: "Why was I charged by DUTY FREE?" finds their "DUTY FREE" rows (merchantNamedIn).
   */
  async merchantNamedIn(ctx: RequestContext, customerId: string, text: string): Promise<string | undefined> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const today = koreanDate(ctx.now());
    const since = new Date(`${addMonths(`${today.slice(0, 7)}-01`, -NAMED_MERCHANT_MONTHS)}T00:00:00+09:00`);
    const rows = await this.repository.merchantNames(ctx, customerId, since, NAMED_MERCHANT_NAMES);
    return merchantNamedIn(
      text,
      rows.map((r) => r.name),
    );
  }

  async cardInstalments(ctx: RequestContext, customerId: string): Promise<CardInstalments> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const today = koreanDate(ctx.now());
    // A plan runs at most 36 months: older purchases are all billed.
    const since = new Date(`${addMonths(`${today.slice(0, 7)}-01`, -MAX_INSTALMENT_MONTHS)}T00:00:00+09:00`);
    const rows = await this.repository.instalmentPurchases(ctx, customerId, since);
    const plans = rows
      .map((transaction) => ({
        transaction,
        status: instalmentStatus(
          transaction.amount,
          transaction.instalmentMonths,
          koreanDate(transaction.occurredAt),
          today,
        ),
      }))
      .filter((p) => p.status.remaining > 0);
    const sum = (pick: (p: (typeof plans)[number]) => string | null) =>
      plans.reduce((a, p) => a.plus(pick(p) ?? 0), toDecimal(0)).toFixed(0);
    return {
      asOf: today,
      plans,
      remainingPrincipal: sum((p) => p.status.remainingPrincipal),
      nextInstalments: sum((p) => p.status.nextInstalment),
    };
  }

  /**
   * What instalment purchases put on the statement of `monthsAhead` months from this one (0: the bill due this month,
   * for last month's use; 1: next month's): each plan's instalment, and the instalment purchases of the month billed
   * (in its spending in full, on its statement in part). Refunded purchases are left out, as in cardInstalments.
   */
  async statementInstalments(
    ctx: RequestContext,
    customerId: string,
    monthsAhead: -1 | 0 | 1,
  ): Promise<StatementInstalments> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const month = addMonths(`${koreanDate(ctx.now()).slice(0, 7)}-01`, monthsAhead);
    const since = new Date(`${addMonths(month, -MAX_INSTALMENT_MONTHS - 1)}T00:00:00+09:00`);
    const rows = await this.repository.instalmentPurchases(ctx, customerId, since);
    return statementInstalments(
      rows.map((r) => ({
        amount: r.amount,
        months: r.instalmentMonths,
        purchasedOn: koreanDate(r.occurredAt),
        merchant: r.merchantName,
      })),
      month.slice(0, 7),
    );
  }

  async cardsOf(ctx: RequestContext, customerId: string): Promise<CardRow[]> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const cards = await this.loadersOf(ctx).cardsByCustomer.load(customerId);
    for (const card of cards) this.loadersOf(ctx).cardById.prime(card.id, card);
    return cards;
  }

  async card(ctx: RequestContext, id: string): Promise<CardRow> {
    requireViewer(ctx);
    const card = await this.loadersOf(ctx).cardById.load(id);
    if (!card) throw notFound('Card');
    assertCanReadCustomer(ctx.viewer, card.customerId, 'Card');
    return card;
  }

  cardByGlobalId(ctx: RequestContext, globalId: string, field = 'id'): Promise<CardRow> {
    return this.card(ctx, localIdOf(CARD_TYPE, globalId, field));
  }

  async transactions(
    ctx: RequestContext,
    cardId: string,
    args: PageArgs & { quarter?: string | null; category?: string | null },
  ): Promise<CountedConnection<TransactionRow>> {
    const card = await this.card(ctx, cardId);
    const request = toPageRequest(args);
    // A transaction cursor is [occurredAt ISO string, bigint id].
    const [at, id] = request.cursor ?? [];
    if (
      request.cursor &&
      (request.cursor.length !== 2 || Number.isNaN(Date.parse(String(at))) || !/^\d{1,19}$/.test(String(id)))
    )
      throw badInput(args.after != null ? 'after' : 'before', 'is not a valid cursor');
    const filter: TransactionFilter = {};
    if (args.quarter) {
      const { start, end } = quarterBounds(parseLabel(args.quarter, 'filter.quarter'));
      Object.assign(filter, { from: start, to: end });
    }
    if (args.category) {
      if (!(await this.categoryMap(ctx)).has(args.category))
        throw badInput('filter.category', `unknown category code ${args.category}`);
      filter.categoryCode = args.category;
    }
    const rows = await this.repository.transactionsPage(ctx, card, filter, request);
    return {
      ...toConnection(
        rows,
        request,
        (t) => [t.occurredAt.toISOString(), t.id],
        (t) => t,
      ),
      totalCount: () => this.repository.countTransactions(ctx, card, filter),
    };
  }

  /**
   * The customer's `last` newest stored quarters up to `upTo` (default: the current quarter in KST), newest
   * first. One extra quarter is read so the oldest one shown still gets its change from the quarter before.
   */
  async quarterlySpending(
    ctx: RequestContext,
    customerId: string,
    last: number,
    upTo?: string | null,
  ): Promise<QuarterView[]> {
    assertCanReadCustomer(ctx.viewer, customerId);
    if (!Number.isInteger(last) || last < 1 || last > MAX_QUARTERS)
      throw badInput('last', `must be between 1 and ${MAX_QUARTERS}`);
    const now = ctx.now();
    const until = upTo ? parseLabel(upTo, 'upTo') : quarterOfInstant(now);
    const rows = await this.loadersOf(ctx).latestQuarters.load(
      latestKey(customerId, last + 1, firstDay(until)),
    );
    return rows.slice(0, last).map((row, i) => this.view(row, rows[i + 1] ?? null, now));
  }

  /** One quarter of a customer (null when nothing is stored for it). */
  async quarter(ctx: RequestContext, customerId: string, label: string): Promise<QuarterView | null> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const quarter = parseLabel(label, 'q');
    const loader = this.loadersOf(ctx).quarter;
    const [row, previous] = await Promise.all([
      loader.load(quarterKey(customerId, firstDay(quarter))),
      loader.load(quarterKey(customerId, firstDay(previousQuarter(quarter)))),
    ]);
    return row ? this.view(row, previous, ctx.now()) : null;
  }

  private view(row: QuarterRow, before: QuarterRow | null, now: Date): QuarterView {
    const quarter = quarterOfDate(row.quarterStart);
    const previousStart = firstDay(previousQuarter(quarter));
    return {
      row,
      quarter,
      previous: before && before.quarterStart === previousStart ? before : null,
      complete: quarterBounds(quarter).end.getTime() <= now.getTime(),
    };
  }

  categoriesOf(ctx: RequestContext, row: QuarterRow): Promise<QuarterCategoryRow[]> {
    assertCanReadCustomer(ctx.viewer, row.customerId);
    return this.loadersOf(ctx).quarterCategories.load(quarterKey(row.customerId, row.quarterStart));
  }

  /** Recomputes COMPUTED customer quarters from transactions (ADMIN): one set-based SQL pass, in one transaction. */
  async recomputeQuarter(
    ctx: RequestContext,
    quarter: Quarter,
    customerIds?: readonly string[] | null,
  ): Promise<RecomputeResult & { quarter: string }> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only administrators can recompute quarters');
    const result = await inTransaction(ctx, (tx) =>
      recomputeQuarterSql(
        (text, params) => tx.manager.query(text, params),
        quarter,
        tx.now(),
        customerIds ?? undefined,
      ),
    );
    return { ...result, quarter: formatQuarter(quarter) };
  }

  /** The API's form: a quarter label and customers' global ids. */
  recomputeQuarterByLabel(
    ctx: RequestContext,
    label: string,
    customerGlobalIds?: readonly string[] | null,
  ): Promise<RecomputeResult & { quarter: string }> {
    const quarter = parseLabel(label, 'quarter');
    const ids = customerGlobalIds?.map((id, i) => localIdOf(CUSTOMER_TYPE, id, `customerIds[${i}]`));
    return this.recomputeQuarter(ctx, quarter, ids);
  }
}

/** Job name and payload of the background recompute (registered on the job runner at the composition root). */
export const RECOMPUTE_QUARTER_JOB = 'spending.recomputeQuarter';
export interface RecomputeQuarterJob {
  quarter: string;
  /** Local customer ids; all customers when absent. */
  customerIds?: string[];
}
