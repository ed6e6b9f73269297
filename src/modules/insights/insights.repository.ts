import type { RequestContext } from '../../common/context';
import type { AnomalyTransaction } from './anomaly';
import type { ModelKind } from './models/model-kinds';

// All insight SQL, always on ctx.manager (a transaction opened by the caller reaches every statement).
// Portfolio reads for the refit (customer ids, a sample of card transactions) read the spending tables
// directly, as the scenarios' threshold computation does: one set-based statement instead of N service calls.

export interface ModelVersionRow {
  id: string;
  kind: ModelKind;
  version: string;
  number: number;
  fittedAt: Date;
  training: Record<string, unknown>;
  params: unknown;
}

export interface FeedbackRow {
  id: string;
  customerId: string;
  stage: string;
  comment: string | null;
  quarter: string | null;
  features: Record<string, unknown> | null;
  inferredStage: string | null;
  submittedBy: string;
  submittedRole: string;
  submittedAt: Date;
}

export interface RecommendationLogRow {
  id: string;
  customerId: string;
  productCode: string;
  productKind: string;
  score: number;
  ruleScore: number;
  clusterScore: number;
  reasons: unknown;
  quarter: string;
  modelVersion: string | null;
  servedAt: Date;
  servedTo: string | null;
  outcome: string | null;
  outcomeAt: Date | null;
  outcomeBy: string | null;
}

export interface AcceptanceRow {
  productCode: string;
  productKind: string;
  served: number;
  accepted: number;
  dismissed: number;
  converted: number;
  customers: number;
}

export interface CustomerVectorRow {
  customerId: string;
  cluster: number;
  distance: number;
  z: number[];
}

const FEEDBACK_COLUMNS = `id, customer_id AS "customerId", stage, comment, quarter, features,
  inferred_stage AS "inferredStage", submitted_by AS "submittedBy", submitted_role AS "submittedRole",
  submitted_at AS "submittedAt"`;

const LOG_COLUMNS = `id, customer_id AS "customerId", product_code AS "productCode", product_kind AS "productKind",
  score, rule_score AS "ruleScore", cluster_score AS "clusterScore", reasons, quarter,
  model_version AS "modelVersion", served_at AS "servedAt", served_to AS "servedTo", outcome,
  outcome_at AS "outcomeAt", outcome_by AS "outcomeBy"`;

const VERSION_COLUMNS = `id::text AS id, kind, version, number, fitted_at AS "fittedAt", training`;

export class InsightsRepository {
  /** The newest version id of every kind (one small statement; params are read separately and cached). */
  async latestVersions(ctx: RequestContext): Promise<Omit<ModelVersionRow, 'params'>[]> {
    return ctx.manager.query(
      `SELECT DISTINCT ON (kind) ${VERSION_COLUMNS} FROM insight_model_version ORDER BY kind, number DESC`,
    );
  }

  async versionParams(ctx: RequestContext, id: string): Promise<unknown> {
    const rows: { params: unknown }[] = await ctx.manager.query(
      `SELECT params FROM insight_model_version WHERE id = $1`,
      [id],
    );
    return rows[0]?.params ?? null;
  }

  async listVersions(ctx: RequestContext, kind: ModelKind | null, limit: number): Promise<ModelVersionRow[]> {
    return ctx.manager.query(
      `SELECT ${VERSION_COLUMNS}, NULL AS params FROM insight_model_version
       WHERE $1::text IS NULL OR kind = $1 ORDER BY id DESC LIMIT $2`,
      [kind, limit],
    );
  }

  async nextNumber(ctx: RequestContext, kind: ModelKind): Promise<number> {
    // Serialises concurrent refits of one kind (the number is unique per kind).
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('insight_model_version:' || $1))`, [kind]);
    const [row] = (await ctx.manager.query(
      `SELECT coalesce(max(number), 0) + 1 AS n FROM insight_model_version WHERE kind = $1`,
      [kind],
    )) as { n: number }[];
    return Number(row.n);
  }

  async insertVersion(
    ctx: RequestContext,
    v: {
      kind: ModelKind;
      version: string;
      number: number;
      fittedAt: Date;
      training: unknown;
      params: unknown;
    },
  ): Promise<string> {
    const [row] = (await ctx.manager.query(
      `INSERT INTO insight_model_version (kind, version, number, fitted_at, training, params)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::json) RETURNING id::text AS id`,
      [v.kind, v.version, v.number, v.fittedAt, JSON.stringify(v.training), JSON.stringify(v.params)],
    )) as { id: string }[];
    return row.id;
  }

  async insertVectors(
    ctx: RequestContext,
    modelId: string,
    rows: readonly CustomerVectorRow[],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await ctx.manager.query(
        `INSERT INTO insight_customer_vector (model_id, customer_id, cluster, distance, z)
         SELECT $1::bigint, r.customer_id, r.cluster, r.distance,
           ARRAY(SELECT jsonb_array_elements_text(r.z)::float8)
         FROM jsonb_to_recordset($2::jsonb) AS r(customer_id uuid, cluster smallint, distance float8, z jsonb)`,
        [
          modelId,
          JSON.stringify(
            chunk.map((c) => ({
              customer_id: c.customerId,
              cluster: c.cluster,
              distance: c.distance,
              z: c.z,
            })),
          ),
        ],
      );
    }
  }

  async vectors(ctx: RequestContext, modelId: string): Promise<CustomerVectorRow[]> {
    const rows: { customerId: string; cluster: number; distance: number; z: number[] }[] =
      await ctx.manager.query(
        `SELECT customer_id AS "customerId", cluster, distance, z FROM insight_customer_vector
         WHERE model_id = $1 ORDER BY customer_id`,
        [modelId],
      );
    return rows.map((r) => ({ ...r, z: r.z.map(Number), distance: Number(r.distance) }));
  }

  /** Customers with at least one stored quarter starting on or before `asOf`. */
  async customersWithQuarters(ctx: RequestContext, asOf: string): Promise<string[]> {
    const rows: { id: string }[] = await ctx.manager.query(
      `SELECT DISTINCT customer_id AS id FROM customer_quarter WHERE quarter_start <= $1::date ORDER BY 1`,
      [asOf],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Purchases (amount > 0) in [from, to) of up to `maxCustomers` customers chosen by a hash of their id
   * (a stable pseudo-random sample), ordered by customer and time — the forest's training rows and history.
   */
  async transactionSample(
    ctx: RequestContext,
    from: Date,
    to: Date,
    maxCustomers: number,
  ): Promise<AnomalyTransaction[]> {
    const rows: RawTx[] = await ctx.manager.query(
      `WITH sample AS (
         SELECT customer_id FROM (SELECT DISTINCT customer_id FROM card_transaction
           WHERE occurred_at >= $1 AND occurred_at < $2) c
         ORDER BY md5(customer_id::text) LIMIT $3)
       SELECT ${TX_COLUMNS} FROM card_transaction t JOIN sample s USING (customer_id)
       WHERE t.occurred_at >= $1 AND t.occurred_at < $2 AND t.amount > 0
       ORDER BY t.customer_id, t.occurred_at, t.id`,
      [from, to, maxCustomers],
    );
    return rows.map(toAnomalyTx);
  }

  /** Purchases of the given customers in [from, to), by customer and time (one statement for a page). */
  async transactionsOf(
    ctx: RequestContext,
    customerIds: readonly string[],
    from: Date,
    to: Date,
  ): Promise<AnomalyTransaction[]> {
    const rows: RawTx[] = await ctx.manager.query(
      `SELECT ${TX_COLUMNS} FROM card_transaction t
       WHERE t.customer_id = ANY($1::uuid[]) AND t.occurred_at >= $2 AND t.occurred_at < $3 AND t.amount > 0
       ORDER BY t.customer_id, t.occurred_at, t.id`,
      [customerIds, from, to],
    );
    return rows.map(toAnomalyTx);
  }

  async merchantsOf(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, MerchantRow>> {
    const rows: MerchantRow[] = await ctx.manager.query(
      `SELECT id::text AS id, card_id AS "cardId", merchant_name AS "merchantName", amount::text AS amount,
         occurred_at AS "occurredAt", category_code AS "categoryCode"
       FROM card_transaction WHERE id = ANY($1::bigint[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  async insertFeedback(ctx: RequestContext, row: FeedbackRow): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO life_stage_feedback (id, customer_id, stage, comment, quarter, features, inferred_stage,
         submitted_by, submitted_role, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)`,
      [
        row.id,
        row.customerId,
        row.stage,
        row.comment,
        row.quarter,
        row.features === null ? null : JSON.stringify(row.features),
        row.inferredStage,
        row.submittedBy,
        row.submittedRole,
        row.submittedAt,
      ],
    );
  }

  /** Feedback of the given customers, oldest first (the latest is the one that applies). */
  async feedbackOf(ctx: RequestContext, customerIds: readonly string[]): Promise<FeedbackRow[]> {
    return ctx.manager.query(
      `SELECT ${FEEDBACK_COLUMNS} FROM life_stage_feedback WHERE customer_id = ANY($1::uuid[])
       ORDER BY customer_id, submitted_at, id`,
      [customerIds],
    );
  }

  /** Every customer's latest feedback (the refit's labels). */
  async latestFeedback(ctx: RequestContext): Promise<FeedbackRow[]> {
    return ctx.manager.query(
      `SELECT DISTINCT ON (customer_id) ${FEEDBACK_COLUMNS} FROM life_stage_feedback
       ORDER BY customer_id, submitted_at DESC, id DESC`,
    );
  }

  async insertRecommendations(ctx: RequestContext, rows: readonly RecommendationLogRow[]): Promise<void> {
    if (rows.length === 0) return;
    await ctx.manager.query(
      `INSERT INTO recommendation_log (id, customer_id, product_code, product_kind, score, rule_score,
         cluster_score, reasons, quarter, model_version, served_at, served_to)
       SELECT r.id, r.customer_id, r.product_code, r.product_kind, r.score, r.rule_score, r.cluster_score,
         r.reasons, r.quarter, r.model_version, r.served_at, r.served_to
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, customer_id uuid, product_code text, product_kind text,
         score float8, rule_score float8, cluster_score float8, reasons jsonb, quarter text,
         model_version text, served_at timestamptz, served_to uuid)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            customer_id: r.customerId,
            product_code: r.productCode,
            product_kind: r.productKind,
            score: r.score,
            rule_score: r.ruleScore,
            cluster_score: r.clusterScore,
            reasons: r.reasons,
            quarter: r.quarter,
            model_version: r.modelVersion,
            served_at: r.servedAt.toISOString(),
            served_to: r.servedTo,
          })),
        ),
      ],
    );
  }

  async recommendation(ctx: RequestContext, id: string, lock = false): Promise<RecommendationLogRow | null> {
    const rows: RecommendationLogRow[] = await ctx.manager.query(
      `SELECT ${LOG_COLUMNS} FROM recommendation_log WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setOutcome(ctx: RequestContext, id: string, outcome: string, at: Date, by: string): Promise<void> {
    await ctx.manager.query(
      `UPDATE recommendation_log SET outcome = $2, outcome_at = $3, outcome_by = $4 WHERE id = $1`,
      [id, outcome, at, by],
    );
  }

  /** Products each customer converted (held products: never recommended again). */
  async convertedProducts(
    ctx: RequestContext,
    customerIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { customerId: string; productCode: string }[] = await ctx.manager.query(
      `SELECT DISTINCT customer_id AS "customerId", product_code AS "productCode" FROM recommendation_log
       WHERE customer_id = ANY($1::uuid[]) AND outcome = 'CONVERTED' ORDER BY 1, 2`,
      [customerIds],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.customerId, [...(out.get(r.customerId) ?? []), r.productCode]);
    return out;
  }

  async acceptance(ctx: RequestContext, from: Date | null, to: Date | null): Promise<AcceptanceRow[]> {
    const rows: AcceptanceRow[] = await ctx.manager.query(
      `SELECT product_code AS "productCode", min(product_kind) AS "productKind", count(*)::int AS served,
         count(*) FILTER (WHERE outcome IN ('ACCEPTED', 'CONVERTED'))::int AS accepted,
         count(*) FILTER (WHERE outcome = 'DISMISSED')::int AS dismissed,
         count(*) FILTER (WHERE outcome = 'CONVERTED')::int AS converted,
         count(DISTINCT customer_id)::int AS customers
       FROM recommendation_log
       WHERE ($1::timestamptz IS NULL OR served_at >= $1) AND ($2::timestamptz IS NULL OR served_at < $2)
       GROUP BY product_code ORDER BY product_code`,
      [from, to],
    );
    return rows;
  }
}

export interface MerchantRow {
  id: string;
  cardId: string;
  merchantName: string;
  amount: string;
  occurredAt: Date;
  categoryCode: string;
}

interface RawTx {
  id: string;
  customerId: string;
  amount: string;
  occurredAt: Date;
  category: string;
  channel: 'ONLINE' | 'OFFLINE';
  locality: string;
}

const TX_COLUMNS = `t.id::text AS id, t.customer_id AS "customerId", t.amount::text AS amount,
  t.occurred_at AS "occurredAt", t.category_code AS category, t.channel, t.locality`;

function toAnomalyTx(r: RawTx): AnomalyTransaction {
  return {
    id: r.id,
    customerId: r.customerId,
    amount: Number(r.amount),
    occurredAt: new Date(r.occurredAt),
    category: r.category,
    channel: r.channel,
    overseas: r.locality === 'OVERSEAS',
  };
}
