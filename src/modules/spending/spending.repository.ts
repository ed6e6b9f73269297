import type { RequestContext } from '../../common/context';
import { quarterIncomeSql } from '../customers';
import type { PageRequest } from '../../common/pagination';
import type { Channel, Locality, SpendingDays } from './spending.enums';
import type { MerchantMatch } from './spending.service';
import type {
  CardRow,
  CategoryRow,
  MccRangeRow,
  QuarterCategoryRow,
  QuarterRow,
  RecurringChargeRow,
  TransactionFilter,
  TransactionRow,
} from './spending.model';

// All spending SQL, always on ctx.manager. Raw SQL because most reads join or window; every column is aliased
// to the row interfaces' camelCase and dates come back as text (the pg driver would make them Dates).

const CARD_COLUMNS = `c.id, c.customer_id AS "customerId", c.issuer, i.name_ko AS "issuerNameKo",
  i.name_en AS "issuerNameEn", c.product_name AS "productName", c.card_type AS "cardType",
  c.issued_on::text AS "issuedOn", c.closed_on::text AS "closedOn"`;

const TX_COLUMNS = `t.id::text AS id, t.card_id AS "cardId", t.customer_id AS "customerId", t.kind, t.amount::text AS amount,
  t.occurred_at AS "occurredAt", t.merchant_name AS "merchantName", t.mcc,
  t.issuer_category_code AS "issuerCategoryCode", t.category_code AS "categoryCode", t.channel, t.locality,
  t.instalment_months AS "instalmentMonths"`;

const QUARTER_COLUMNS = `q.customer_id AS "customerId", q.quarter_start::text AS "quarterStart", q.source,
  q.total_amount::text AS "totalAmount", q.transaction_count AS "transactionCount", q.refund_count AS "refundCount",
  q.average_ticket::text AS "averageTicket", q.online_share::text AS "onlineShare",
  q.overseas_share::text AS "overseasShare", q.night_share::text AS "nightShare", (${quarterIncomeSql('q', 'cu')})::text AS income,
  q.deposit_balance::text AS "depositBalance", q.loan_balance::text AS "loanBalance",
  q.card_balance::text AS "cardBalance", q.computed_at AS "computedAt"`;

/** What a spending summary is narrowed to besides its days. */
export interface SpendingFilter {
  category: string | null;
  /** The merchant filter's needles and shadows (merchantMatch); a name matches when it holds a needle outside them. */
  merchant?: MerchantMatch | null;
  locality?: Locality | null;
  channel?: Channel | null;
  /** Only Saturdays and Sundays, or only Monday to Friday (KST). */
  days?: SpendingDays | null;
}

/** How spendingGrouped groups a scope's spending, and the row of each grouping. */
export type SpendingGrouping = keyof SpendingGroupRow;
export interface SpendingGroupRow {
  MERCHANT: { merchant: string; amount: string; count: number };
  DAY: { day: string; amount: string; count: number; largestMerchant: string; largestAmount: string };
}

/**
 * One customer's card transactions on the KST days [$2, $3), narrowed by category ($4), merchant texts ($5: lower
 * case without spaces, any of them inside the name once other merchants' names holding them, $8, are taken out),
 * locality ($6), channel ($7) and days of the week ($9: WEEKENDS or WEEKDAYS, KST) when given. merchantMatches is the
 * same rule in TypeScript.
 */
const SPENDING_SCOPE = `t.customer_id = $1::uuid
         AND t.occurred_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul')
         AND t.occurred_at < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
         AND ($4::text IS NULL OR t.category_code = $4::text)
         AND ($5::text[] IS NULL OR EXISTS (
               SELECT 1 FROM unnest($5::text[]) AS n(needle)
               WHERE strpos(CASE WHEN $8::text IS NULL THEN lower(replace(t.merchant_name, ' ', ''))
                                 ELSE regexp_replace(lower(replace(t.merchant_name, ' ', '')), $8::text, ' ', 'g') END,
                            n.needle) > 0))
         AND ($6::text IS NULL OR t.locality = $6::text)
         AND ($7::text IS NULL OR t.channel = $7::text)
         AND ($9::text IS NULL
              OR (extract(isodow FROM t.occurred_at AT TIME ZONE 'Asia/Seoul') >= 6) = ($9::text = 'WEEKENDS'))`;

function spendingScopeParams(customerId: string, from: string, to: string, filter: SpendingFilter) {
  return [
    customerId,
    from,
    to,
    filter.category,
    filter.merchant?.needles ?? null,
    filter.locality ?? null,
    filter.channel ?? null,
    shadowPattern(filter.merchant?.shadows ?? []),
    filter.days ?? null,
  ];
}

/** Shadows as one PostgreSQL regular expression (each character that is not a letter or digit escaped), or null. */
function shadowPattern(shadows: readonly string[]): string | null {
  return shadows.length ? shadows.map((s) => s.replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`)).join('|') : null;
}

export class SpendingRepository {
  categories(ctx: RequestContext): Promise<CategoryRow[]> {
    return ctx.manager.query(
      `SELECT code, name_ko AS "nameKo", name_en AS "nameEn", sort_order AS "sortOrder"
       FROM spending_category ORDER BY sort_order`,
    );
  }

  mccRanges(ctx: RequestContext): Promise<MccRangeRow[]> {
    return ctx.manager.query(
      `SELECT mcc_from AS "mccFrom", mcc_to AS "mccTo", category_code AS "categoryCode", description
       FROM mcc_category_range ORDER BY mcc_from, mcc_to`,
    );
  }

  cardsByIds(ctx: RequestContext, ids: readonly string[]): Promise<CardRow[]> {
    return ctx.manager.query(
      `SELECT ${CARD_COLUMNS} FROM card c JOIN card_issuer i ON i.code = c.issuer WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  cardsByCustomerIds(ctx: RequestContext, customerIds: readonly string[]): Promise<CardRow[]> {
    return ctx.manager.query(
      `SELECT ${CARD_COLUMNS} FROM card c JOIN card_issuer i ON i.code = c.issuer
       WHERE c.customer_id = ANY($1::uuid[]) ORDER BY c.issued_on, c.id`,
      [customerIds],
    );
  }

  /** A card's rows through the customer's (customer_id, occurred_at) index: a customer has few cards. */
  private transactionWhere(
    card: { id: string; customerId: string },
    filter: TransactionFilter,
    params: unknown[],
  ): string {
    params.push(card.customerId, card.id);
    const where = [`t.customer_id = $${params.length - 1}::uuid`, `t.card_id = $${params.length}::uuid`];
    if (filter.from) {
      params.push(filter.from);
      where.push(`t.occurred_at >= $${params.length}::timestamptz`);
    }
    if (filter.to) {
      params.push(filter.to);
      where.push(`t.occurred_at < $${params.length}::timestamptz`);
    }
    if (filter.categoryCode) {
      params.push(filter.categoryCode);
      where.push(`t.category_code = $${params.length}`);
    }
    return where.join(' AND ');
  }

  /** Newest first, keyset (occurred_at, id); `limit + 1` rows in the request's direction. */
  transactionsPage(
    ctx: RequestContext,
    card: { id: string; customerId: string },
    filter: TransactionFilter,
    request: PageRequest,
  ): Promise<TransactionRow[]> {
    const params: unknown[] = [];
    let where = this.transactionWhere(card, filter, params);
    const forward = request.direction === 'forward';
    if (request.cursor) {
      params.push(new Date(String(request.cursor[0])), String(request.cursor[1]));
      const a = `$${params.length - 1}::timestamptz`;
      const b = `$${params.length}::bigint`;
      where += forward
        ? ` AND (t.occurred_at, t.id) < (${a}, ${b})`
        : ` AND (t.occurred_at, t.id) > (${a}, ${b})`;
    }
    params.push(request.limit + 1);
    const order = forward ? 'DESC' : 'ASC';
    return ctx.manager.query(
      `SELECT ${TX_COLUMNS} FROM card_transaction t WHERE ${where}
       ORDER BY t.occurred_at ${order}, t.id ${order} LIMIT $${params.length}`,
      params,
    );
  }

  async countTransactions(
    ctx: RequestContext,
    card: { id: string; customerId: string },
    filter: TransactionFilter,
  ): Promise<number> {
    const params: unknown[] = [];
    const where = this.transactionWhere(card, filter, params);
    const rows: { n: number }[] = await ctx.manager.query(
      `SELECT count(*)::int AS n FROM card_transaction t WHERE ${where}`,
      params,
    );
    return rows[0].n;
  }

  /** Each customer's `limit` newest quarters starting on or before `upTo` (YYYY-MM-DD), newest first. */
  latestQuarters(
    ctx: RequestContext,
    customerIds: readonly string[],
    upTo: string,
    limit: number,
  ): Promise<QuarterRow[]> {
    return ctx.manager.query(
      `SELECT ${QUARTER_COLUMNS}
       FROM unnest($1::uuid[]) AS c(id)
       CROSS JOIN LATERAL (
         SELECT * FROM customer_quarter x WHERE x.customer_id = c.id AND x.quarter_start <= $2::date
         ORDER BY x.quarter_start DESC LIMIT $3) q
       JOIN customer cu ON cu.id = q.customer_id
       ORDER BY q.customer_id, q.quarter_start DESC`,
      [customerIds, upTo, limit],
    );
  }

  /** Quarters by (customer, quarter start) pairs. */
  quartersByKeys(ctx: RequestContext, keys: readonly { customerId: string; quarterStart: string }[]) {
    return ctx.manager.query(
      `SELECT ${QUARTER_COLUMNS} FROM customer_quarter q JOIN customer cu ON cu.id = q.customer_id
       WHERE (q.customer_id, q.quarter_start) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`,
      [keys.map((k) => k.customerId), keys.map((k) => k.quarterStart)],
    ) as Promise<QuarterRow[]>;
  }

  quarterCategories(
    ctx: RequestContext,
    keys: readonly { customerId: string; quarterStart: string }[],
  ): Promise<QuarterCategoryRow[]> {
    return ctx.manager.query(
      `SELECT c.customer_id AS "customerId", c.quarter_start::text AS "quarterStart",
              c.category_code AS "categoryCode", c.amount::text AS amount, c.transaction_count AS "transactionCount"
       FROM customer_quarter_category c
       WHERE (c.customer_id, c.quarter_start) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))
       ORDER BY c.amount DESC, c.category_code`,
      [keys.map((k) => k.customerId), keys.map((k) => k.quarterStart)],
    );
  }

  /**
   * Net card spending per calendar month in Korea, from the customer's first transaction to the month before
   * `untilMonth` (YYYY-MM-01, exclusive); months without transactions are 0.
   */
  /**
   * Net card spending (refunds deducted) of one customer on the KST days [from, to), by category, largest first;
   * `category` narrows it to one. Purchases are counted (refunds are not).
   */
  spendingByCategory(
    ctx: RequestContext,
    customerId: string,
    from: string,
    to: string,
    filter: SpendingFilter,
  ): Promise<{ categoryCode: string; amount: string; count: number }[]> {
    return ctx.manager.query(
      `SELECT t.category_code AS "categoryCode", sum(t.amount)::text AS amount,
              (count(*) FILTER (WHERE t.amount > 0))::int AS count
       FROM card_transaction t
       WHERE ${SPENDING_SCOPE}
       GROUP BY t.category_code
       ORDER BY sum(t.amount) DESC, t.category_code`,
      spendingScopeParams(customerId, from, to, filter),
    );
  }

  /**
   * Net card spending of the same scope grouped, largest first, at most `limit` groups (null: all); DAY groups with
   * nothing spent net are left out (MERCHANT groups are kept: the service merges brands before it ranks them).
   * MERCHANT: names that differ only in case and spaces are one merchant, shown by the spelling used most (order
   * COUNT: most purchases first, then largest). DAY: KST days, each with its largest purchase.
   */
  spendingGrouped<G extends SpendingGrouping>(
    ctx: RequestContext,
    customerId: string,
    from: string,
    to: string,
    filter: SpendingFilter,
    grouping: G,
    limit: number | null,
    order: 'AMOUNT' | 'COUNT' = 'AMOUNT',
  ): Promise<SpendingGroupRow[G][]> {
    const purchases = '(count(*) FILTER (WHERE t.amount > 0))';
    const [group, key, extra] =
      grouping === 'MERCHANT'
        ? ([
            "lower(replace(t.merchant_name, ' ', ''))",
            'mode() WITHIN GROUP (ORDER BY t.merchant_name) AS merchant',
            '',
          ] as const)
        : ([
            "(t.occurred_at AT TIME ZONE 'Asia/Seoul')::date",
            "(t.occurred_at AT TIME ZONE 'Asia/Seoul')::date::text AS day",
            `, (array_agg(t.merchant_name ORDER BY t.amount DESC, t.id))[1] AS "largestMerchant",
              max(t.amount)::text AS "largestAmount"`,
          ] as const);
    return ctx.manager.query(
      `SELECT ${key}, sum(t.amount)::text AS amount, ${purchases}::int AS count${extra}
       FROM card_transaction t
       WHERE ${SPENDING_SCOPE}
       GROUP BY ${group}
       ${grouping === 'DAY' ? 'HAVING sum(t.amount) > 0' : ''}
       ORDER BY ${order === 'COUNT' ? `${purchases} DESC, ` : ''}sum(t.amount) DESC, 1
       LIMIT $10`,
      [...spendingScopeParams(customerId, from, to, filter), limit],
    );
  }

  async monthlySpending(
    ctx: RequestContext,
    customerId: string,
    untilMonth: string,
  ): Promise<{ period: string; amount: string }[]> {
    return (await ctx.manager.query(
      `WITH months AS (
         SELECT generate_series(
                  date_trunc('month', min(occurred_at AT TIME ZONE 'Asia/Seoul')),
                  $2::date - interval '1 month',
                  interval '1 month')::date AS period
         FROM card_transaction WHERE customer_id = $1
       )
       SELECT m.period::text AS period, coalesce(sum(t.amount), 0)::text AS amount
       FROM months m
       LEFT JOIN card_transaction t
         ON t.customer_id = $1
        AND t.occurred_at >= (m.period::timestamp AT TIME ZONE 'Asia/Seoul')
        AND t.occurred_at < ((m.period + interval '1 month')::timestamp AT TIME ZONE 'Asia/Seoul')
       GROUP BY m.period ORDER BY m.period`,
      [customerId, untilMonth],
    )) as { period: string; amount: string }[];
  }

  /**
   * Purchases repeated monthly on the KST days [from, to): one category and one amount charged at most once a month,
   * in at least `minMonths` months, on days of the month at most `maxDaySpread` apart — a phone bill, a
   * subscription — whatever the merchant is called each time (telecoms bill under changing names). Largest first.
   */
  recurringCharges(
    ctx: RequestContext,
    customerId: string,
    from: string,
    to: string,
    minMonths: number,
    maxDaySpread: number,
  ): Promise<RecurringChargeRow[]> {
    return ctx.manager.query(
      `WITH p AS (
         SELECT t.category_code, t.amount, t.merchant_name, (t.occurred_at AT TIME ZONE 'Asia/Seoul') AS local_at
         FROM card_transaction t
         WHERE t.customer_id = $1::uuid AND t.kind = 'PURCHASE' AND t.amount > 0
           AND t.occurred_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul')
           AND t.occurred_at < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')
       )
       SELECT category_code AS "categoryCode", amount::text AS amount,
              count(*)::int AS months, max(local_at)::date::text AS "lastChargedOn",
              round(avg(extract(day FROM local_at)))::int AS "usualDay",
              array_agg(DISTINCT merchant_name ORDER BY merchant_name) AS merchants
       FROM p
       GROUP BY category_code, amount
       HAVING count(*) = count(DISTINCT date_trunc('month', local_at)) AND count(*) >= $4::int
          AND max(extract(day FROM local_at)) - min(extract(day FROM local_at)) <= $5::int
       ORDER BY amount DESC, category_code`,
      [customerId, from, to, minMonths, maxDaySpread],
    );
  }

  /**
   * Deposit balance at each quarter end from the customer's quarter aggregates, for the quarters before
   * `untilQuarter` (YYYY-MM-01, first day of a quarter, exclusive) that have one, oldest first.
   */
  async quarterlyDepositBalance(
    ctx: RequestContext,
    customerId: string,
    untilQuarter: string,
  ): Promise<{ period: string; amount: string }[]> {
    return (await ctx.manager.query(
      `SELECT quarter_start::text AS period, deposit_balance::text AS amount
       FROM customer_quarter
       WHERE customer_id = $1 AND quarter_start < $2::date AND deposit_balance IS NOT NULL
       ORDER BY quarter_start`,
      [customerId, untilQuarter],
    )) as { period: string; amount: string }[];
  }

  /**
   * The customer's instalment purchases (2–36 months) made on or after `since`, newest first — without those a
   * refund of the same amount at the same merchant on the same card cancelled (a refund carries the purchase's plan).
   */
  async instalmentPurchases(ctx: RequestContext, customerId: string, since: Date): Promise<TransactionRow[]> {
    return ctx.manager.query(
      `SELECT ${TX_COLUMNS}
       FROM card_transaction t
       WHERE t.customer_id = $1 AND t.kind = 'PURCHASE' AND t.instalment_months >= 2 AND t.occurred_at >= $2
         AND NOT EXISTS (SELECT 1 FROM card_transaction r
                         WHERE r.customer_id = $1 AND r.card_id = t.card_id AND r.kind = 'REFUND'
                           AND r.amount = -t.amount AND r.merchant_name = t.merchant_name
                           AND r.occurred_at >= t.occurred_at)
       ORDER BY t.occurred_at DESC, t.id DESC`,
      [customerId, since],
    );
  }

  /** The distinct merchant names on one customer's card transactions since `since` (most used first, at most `limit`). */
  merchantNames(
    ctx: RequestContext,
    customerId: string,
    since: Date,
    limit: number,
  ): Promise<{ name: string }[]> {
    return ctx.manager.query(
      `SELECT t.merchant_name AS name FROM card_transaction t
       WHERE t.customer_id = $1::uuid AND t.occurred_at >= $2::timestamptz
       GROUP BY t.merchant_name ORDER BY count(*) DESC, t.merchant_name LIMIT $3`,
      [customerId, since, limit],
    );
  }
}
