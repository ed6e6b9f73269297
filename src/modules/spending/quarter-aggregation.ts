import { type Quarter, firstDay, quarterBounds } from '../../common/quarters';

// Materialises customer quarters from card transactions in SQL: set-based statements, no per-row JavaScript.
// Shared by SpendingService.recomputeQuarter (TypeORM manager) and the seed part (pg client), hence the
// executor abstraction. Run it inside one transaction: the four statements leave a consistent quarter.
//
// Rules (docs/architecture.md "Spending"):
// - total = net sum (refunds are negative rows); transactionCount and averageTicket are over purchases;
// - online / overseas / night shares are shares of gross purchase amount; night = 22:00–06:00 in KST;
// - an IMPORTED row wins: recompute never changes it (nor its categories). Income and balances are never
//   derived from transactions, so recompute leaves them alone on every row;
// - a COMPUTED row whose customer has no transactions left in the quarter is zeroed, not deleted (it may
//   carry imported income or balances, and "spent nothing" is information).

export type SqlExecutor = (text: string, params: unknown[]) => Promise<unknown>;

/** Hour of the day in Korea (UTC+9, no DST): the same in every server time zone. */
const KST_HOUR = `extract(hour FROM (t.occurred_at AT TIME ZONE 'UTC') + interval '9 hours')`;
const PURCHASE = 't.amount > 0';
const GROSS = `sum(t.amount) FILTER (WHERE ${PURCHASE})`;
const shareOf = (condition: string) =>
  `round(coalesce(sum(t.amount) FILTER (WHERE ${PURCHASE} AND ${condition}), 0) / nullif(${GROSS}, 0), 6)`;

export interface RecomputeResult {
  /** COMPUTED rows written from transactions (IMPORTED rows are skipped). */
  computed: number;
  /** COMPUTED rows zeroed because their transactions are gone. */
  zeroed: number;
}

export async function recomputeQuarterSql(
  run: SqlExecutor,
  quarter: Quarter,
  at: Date,
  customerIds?: readonly string[],
): Promise<RecomputeResult> {
  const { start, end } = quarterBounds(quarter);
  const params: unknown[] = [start, end, firstDay(quarter), at];
  let scopeTx = '';
  if (customerIds) {
    params.push(customerIds);
    scopeTx = 'AND t.customer_id = ANY($5::uuid[])';
  }
  const range = `t.occurred_at >= $1::timestamptz AND t.occurred_at < $2::timestamptz ${scopeTx}`;

  const upserted = (await run(
    `WITH up AS (
       INSERT INTO customer_quarter AS cq (customer_id, quarter_start, source, total_amount, transaction_count,
         refund_count, average_ticket, online_share, overseas_share, night_share, computed_at, updated_at)
       SELECT t.customer_id, $3::date, 'COMPUTED', sum(t.amount),
         count(*) FILTER (WHERE ${PURCHASE}),
         count(*) FILTER (WHERE t.amount < 0),
         trunc(${GROSS} / nullif(count(*) FILTER (WHERE ${PURCHASE}), 0)),
         ${shareOf(`t.channel = 'ONLINE'`)},
         ${shareOf(`t.locality = 'OVERSEAS'`)},
         ${shareOf(`(${KST_HOUR} >= 22 OR ${KST_HOUR} < 6)`)},
         $4::timestamptz, $4::timestamptz
       FROM card_transaction t
       WHERE ${range}
       GROUP BY t.customer_id
       ON CONFLICT (customer_id, quarter_start) DO UPDATE SET
         total_amount = EXCLUDED.total_amount,
         transaction_count = EXCLUDED.transaction_count,
         refund_count = EXCLUDED.refund_count,
         average_ticket = EXCLUDED.average_ticket,
         online_share = EXCLUDED.online_share,
         overseas_share = EXCLUDED.overseas_share,
         night_share = EXCLUDED.night_share,
         computed_at = EXCLUDED.computed_at,
         updated_at = EXCLUDED.updated_at
       WHERE cq.source = 'COMPUTED'
       RETURNING 1)
     SELECT count(*)::int AS n FROM up`,
    params,
  )) as { n: number }[];

  // Rows the upsert did not touch (computed_at differs) had no transactions in the quarter.
  const zeroed = (await run(
    `WITH z AS (
       UPDATE customer_quarter cq SET total_amount = 0, transaction_count = 0, refund_count = 0,
         average_ticket = NULL, online_share = NULL, overseas_share = NULL, night_share = NULL,
         computed_at = $2::timestamptz, updated_at = $2::timestamptz
       WHERE cq.quarter_start = $1::date AND cq.source = 'COMPUTED'
         AND cq.computed_at IS DISTINCT FROM $2::timestamptz
         ${customerIds ? 'AND cq.customer_id = ANY($3::uuid[])' : ''}
       RETURNING 1)
     SELECT count(*)::int AS n FROM z`,
    customerIds ? [firstDay(quarter), at, customerIds] : [firstDay(quarter), at],
  )) as { n: number }[];

  // Categories of COMPUTED rows: replaced wholesale (a category with no transactions left disappears).
  const childParams: unknown[] = [firstDay(quarter), start, end];
  if (customerIds) childParams.push(customerIds);
  const childScope = customerIds ? 'AND cq.customer_id = ANY($4::uuid[])' : '';
  await run(
    `DELETE FROM customer_quarter_category c USING customer_quarter cq
     WHERE cq.customer_id = c.customer_id AND cq.quarter_start = c.quarter_start
       AND c.quarter_start = $1::date AND cq.source = 'COMPUTED'
       ${customerIds ? 'AND cq.customer_id = ANY($2::uuid[])' : ''}`,
    customerIds ? [childParams[0], customerIds] : [childParams[0]],
  );
  await run(
    `INSERT INTO customer_quarter_category (customer_id, quarter_start, category_code, amount, transaction_count)
     SELECT t.customer_id, $1::date, t.category_code, sum(t.amount), count(*) FILTER (WHERE ${PURCHASE})
     FROM card_transaction t
     JOIN customer_quarter cq ON cq.customer_id = t.customer_id AND cq.quarter_start = $1::date
       AND cq.source = 'COMPUTED'
     WHERE t.occurred_at >= $2::timestamptz AND t.occurred_at < $3::timestamptz ${childScope}
     GROUP BY t.customer_id, t.category_code`,
    childParams,
  );
  return { computed: upserted[0].n, zeroed: zeroed[0].n };
}
