import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import {
  type FraudCaseRow,
  FraudCaseSource,
  FraudCaseState,
  type LabelledCardTransaction,
} from './fraud.model';

interface DbCase {
  id: string;
  transaction_id: string;
  customer_id: string;
  state: FraudCaseState;
  source: FraudCaseSource;
  score: number | null;
  customer_reported_at: Date | string | null;
  customer_note: string | null;
  opened_at: Date | string;
  resolved_at: Date | string | null;
  resolved_by: string | null;
  reason: string | null;
  amount: string;
  merchant_name: string;
  occurred_at: Date | string;
}

const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

const toRow = (r: DbCase): FraudCaseRow => ({
  id: r.id,
  transactionId: String(r.transaction_id),
  customerId: r.customer_id,
  state: r.state,
  source: r.source,
  score: r.score === null ? null : Number(r.score),
  customerReportedAt: date(r.customer_reported_at),
  customerNote: r.customer_note,
  openedAt: new Date(r.opened_at),
  resolvedAt: date(r.resolved_at),
  resolvedBy: r.resolved_by,
  reason: r.reason,
  amount: String(r.amount),
  merchantName: r.merchant_name,
  occurredAt: new Date(r.occurred_at),
});

const SELECT = `SELECT c.id, c.transaction_id::text AS transaction_id, c.customer_id, c.state, c.source, c.score,
    c.customer_reported_at, c.customer_note, c.opened_at, c.resolved_at, c.resolved_by, c.reason,
    t.amount::text AS amount, t.merchant_name, t.occurred_at
  FROM fraud_case c JOIN card_transaction t ON t.id = c.transaction_id`;

/** Reads and writes of fraud cases, always on ctx.manager (the caller's transaction). */
export class FraudRepository {
  async byId(ctx: RequestContext, id: string, lock = false): Promise<FraudCaseRow | null> {
    const rows: DbCase[] = await ctx.manager.query(
      `${SELECT} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  async byTransaction(
    ctx: RequestContext,
    transactionId: string,
    lock = false,
  ): Promise<FraudCaseRow | null> {
    const rows: DbCase[] = await ctx.manager.query(
      `${SELECT} WHERE c.transaction_id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
      [transactionId],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** The customer who owns a card transaction (purchases only), or null. */
  async transactionOwner(ctx: RequestContext, transactionId: string): Promise<string | null> {
    const rows: { customer_id: string }[] = await ctx.manager.query(
      `SELECT customer_id FROM card_transaction WHERE id = $1 AND kind = 'PURCHASE'`,
      [transactionId],
    );
    return rows[0]?.customer_id ?? null;
  }

  /**
   * Opens a case per transaction not yet in one (ON CONFLICT on the transaction: safe on several replicas) and
   * returns only the new rows' ids.
   */
  async insertNew(
    ctx: RequestContext,
    cases: {
      id: string;
      transactionId: string;
      customerId: string;
      source: FraudCaseSource;
      score: number | null;
      note: string | null;
    }[],
    at: Date,
  ): Promise<string[]> {
    if (cases.length === 0) return [];
    const rows: { id: string }[] = await ctx.manager.query(
      `INSERT INTO fraud_case (id, transaction_id, customer_id, state, source, score, customer_reported_at,
                               customer_note, opened_at)
       SELECT x.id, x.transaction_id, x.customer_id, 'OPEN', x.source, x.score,
              CASE WHEN x.source = 'CUSTOMER_REPORT' THEN $2::timestamptz END, x.note, $2
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, transaction_id bigint, customer_id uuid, source text,
                                                   score double precision, note text)
       ON CONFLICT (transaction_id) DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(
          cases.map((c) => ({ ...c, transaction_id: c.transactionId, customer_id: c.customerId })),
        ),
        at,
      ],
    );
    return rows.map((r) => r.id);
  }

  /** The customer's report on an existing case: noted, and a dismissed case is open again. */
  async markReported(ctx: RequestContext, id: string, note: string | null, at: Date): Promise<void> {
    await ctx.manager.query(
      `UPDATE fraud_case
          SET customer_reported_at = coalesce(customer_reported_at, $3), customer_note = coalesce($2, customer_note),
              state = CASE WHEN state = 'DISMISSED' THEN 'OPEN' ELSE state END,
              resolved_at = CASE WHEN state = 'DISMISSED' THEN NULL ELSE resolved_at END,
              resolved_by = CASE WHEN state = 'DISMISSED' THEN NULL ELSE resolved_by END,
              reason = CASE WHEN state = 'DISMISSED' THEN NULL ELSE reason END
        WHERE id = $1`,
      [id, note, at],
    );
  }

  async resolve(
    ctx: RequestContext,
    id: string,
    state: FraudCaseState,
    reason: string,
    by: string | null,
    at: Date,
  ): Promise<void> {
    await ctx.manager.query(
      `UPDATE fraud_case SET state = $2, reason = $3, resolved_by = $4, resolved_at = $5 WHERE id = $1`,
      [id, state, reason, by, at],
    );
  }

  /** Newest first, keyset (opened_at, id); optionally one state. Fetches limit + 1. */
  async page(
    ctx: RequestContext,
    request: PageRequest,
    state: FraudCaseState | null,
  ): Promise<FraudCaseRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (state) {
      params.push(state);
      where.push(`c.state = $${params.length}`);
    }
    const forward = request.direction === 'forward';
    if (request.cursor) {
      const [at, id] = request.cursor as [string, string];
      params.push(at, id);
      where.push(
        `(c.opened_at, c.id) ${forward ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(request.limit + 1);
    const order = forward ? 'DESC' : 'ASC';
    const rows: DbCase[] = await ctx.manager.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.opened_at ${order}, c.id ${order} LIMIT $${params.length}`,
      params,
    );
    return rows.map(toRow);
  }

  async count(ctx: RequestContext, state: FraudCaseState | null): Promise<number> {
    const rows: { n: string }[] = await ctx.manager.query(
      `SELECT count(*) AS n FROM fraud_case ${state ? 'WHERE state = $1' : ''}`,
      state ? [state] : [],
    );
    return Number(rows[0].n);
  }

  /** The login (user id) of a customer, if any. */
  async customerUser(ctx: RequestContext, customerId: string): Promise<string | null> {
    const rows: { id: string }[] = await ctx.manager.query(
      `SELECT id FROM app_user WHERE customer_id = $1 ORDER BY created_at LIMIT 1`,
      [customerId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Purchases since `from`, in time order, with the label of their resolved case (CONFIRMED_FRAUD = fraud,
   * DISMISSED = genuine, none or open = unknown), for the supervised model's refit.
   */
  async labelledPurchases(ctx: RequestContext, from: Date, to: Date): Promise<LabelledCardTransaction[]> {
    return this.purchasesWithLabels(ctx, from, to, '', []);
  }

  /**
   * The labelled purchases of [from, to) made by these customers or at these merchants: the history that the
   * windowed features of their transactions read (customer windows and the merchant's delayed fraud share).
   */
  async purchasesAround(
    ctx: RequestContext,
    customerIds: readonly string[],
    merchantNames: readonly string[],
    from: Date,
    to: Date,
  ): Promise<LabelledCardTransaction[]> {
    return this.purchasesWithLabels(
      ctx,
      from,
      to,
      'AND (t.customer_id = ANY($3::uuid[]) OR t.merchant_name = ANY($4::text[]))',
      [customerIds, merchantNames],
    );
  }

  private async purchasesWithLabels(
    ctx: RequestContext,
    from: Date,
    to: Date,
    filter: string,
    params: unknown[],
  ): Promise<LabelledCardTransaction[]> {
    const rows: {
      id: string;
      customer_id: string;
      merchant_name: string;
      amount: string;
      occurred_at: Date | string;
      state: FraudCaseState | null;
    }[] = await ctx.manager.query(
      `SELECT t.id::text AS id, t.customer_id, t.merchant_name, t.amount::text AS amount, t.occurred_at, c.state
         FROM card_transaction t LEFT JOIN fraud_case c ON c.transaction_id = t.id
        WHERE t.kind = 'PURCHASE' AND t.occurred_at >= $1 AND t.occurred_at < $2 ${filter}
        ORDER BY t.occurred_at, t.id`,
      [from, to, ...params],
    );
    return rows.map((r) => ({
      id: r.id,
      customerId: r.customer_id,
      merchantName: r.merchant_name,
      amount: Number(r.amount),
      occurredAt: new Date(r.occurred_at),
      fraud:
        r.state === FraudCaseState.CONFIRMED_FRAUD
          ? true
          : r.state === FraudCaseState.DISMISSED
            ? false
            : null,
    }));
  }
}
