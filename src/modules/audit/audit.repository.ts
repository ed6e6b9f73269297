import type { RequestContext } from '../../common/context';
import type { ChainHead, ChainRow } from './audit-chain';
import type { AuditEventInput, AuditFilter, AuditKind, AuditRow, ChainedTable } from './audit.model';

// Both tables seen as one trail. Filters are pushed into each branch of the UNION ALL by PostgreSQL.
const TRAIL = `
  SELECT 'advice_audit' AS source, a.id, a.at, 'ADVICE' AS kind, a.user_id AS actor_user_id,
         a.user_role AS actor_role, a.customer_id, 'ChatMessage' AS subject_type, a.message_id::text AS subject_id,
         jsonb_build_object(
           'conversationId', a.conversation_id, 'status', a.status, 'answerKind', a.answer_kind,
           'scenarioLabel', a.scenario_label, 'scenarioProbability', a.scenario_probability,
           'thresholdVersion', a.threshold_version, 'toolsUsed', a.tools_used, 'auditData', a.audit_data,
           'reviewFlags', a.review_flags, 'provider', a.provider, 'fallback', a.fallback,
           'sentText', a.sent_text) AS data,
         a.chain_seq, a.row_hash
    FROM advice_audit a
  UNION ALL
  SELECT 'audit_event', e.id, e.at, e.kind, e.actor_user_id, e.actor_role, e.customer_id, e.subject_type,
         e.subject_id, e.data, e.chain_seq, e.row_hash
    FROM audit_event e`;

interface RawRow {
  source: AuditRow['source'];
  id: string;
  at: Date;
  at_text: string;
  kind: AuditKind;
  actor_user_id: string | null;
  actor_role: string | null;
  customer_id: string | null;
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown>;
  chain_seq: string;
  row_hash: string;
}

export class AuditRepository {
  async insertEvent(ctx: RequestContext, at: Date, e: AuditEventInput): Promise<void> {
    // chain_seq, prev_hash and row_hash are set by the table's trigger.
    await ctx.manager.query(
      `INSERT INTO audit_event (at, kind, actor_user_id, actor_role, customer_id, subject_type, subject_id, data,
                                chain_seq, prev_hash, row_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, '', '')`,
      [
        at,
        e.kind,
        e.actor?.userId ?? null,
        e.actor?.role ?? null,
        e.customerId ?? null,
        e.subjectType,
        e.subjectId,
        JSON.stringify(e.data),
      ],
    );
  }

  /** Newest first; `after` is the keyset (at text, source, id) of the last row already seen. */
  async search(
    ctx: RequestContext,
    filter: AuditFilter,
    limit: number,
    after?: [string, string, string],
  ): Promise<AuditRow[]> {
    const params: unknown[] = [];
    const where = this.conditions(filter, params);
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      where.push(`(t.at, t.source, t.id) < ($${n - 2}::timestamptz, $${n - 1}::text, $${n}::bigint)`);
    }
    params.push(limit);
    const rows = (await ctx.manager.query(
      `SELECT t.*, t.at::text AS at_text FROM (${TRAIL}) t
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY t.at DESC, t.source DESC, t.id DESC
        LIMIT $${params.length}`,
      params,
    )) as RawRow[];
    return rows.map(toRow);
  }

  async count(ctx: RequestContext, filter: AuditFilter): Promise<number> {
    const params: unknown[] = [];
    const where = this.conditions(filter, params);
    const [row] = (await ctx.manager.query(
      `SELECT count(*)::int AS n FROM (${TRAIL}) t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    )) as { n: number }[];
    return row.n;
  }

  async chainHead(ctx: RequestContext, table: ChainedTable): Promise<ChainHead> {
    const [row] = (await ctx.manager.query(
      `SELECT last_seq::text, last_hash, anchor_seq::text, anchor_hash FROM audit_chain WHERE table_name = $1`,
      [table],
    )) as { last_seq: string; last_hash: string; anchor_seq: string; anchor_hash: string }[];
    return {
      lastSeq: row.last_seq,
      lastHash: row.last_hash,
      anchorSeq: row.anchor_seq,
      anchorHash: row.anchor_hash,
    };
  }

  async chainRows(
    ctx: RequestContext,
    table: ChainedTable,
    afterSeq: string,
    limit: number,
  ): Promise<ChainRow[]> {
    const rows = (await ctx.manager.query(
      `SELECT id::text, chain_seq::text, prev_hash, row_hash, expected FROM fg_audit_rows($1, $2, $3)`,
      [table, afterSeq, limit],
    )) as { id: string; chain_seq: string; prev_hash: string; row_hash: string; expected: string }[];
    return rows.map((r) => ({
      id: r.id,
      chainSeq: r.chain_seq,
      prevHash: r.prev_hash,
      rowHash: r.row_hash,
      expected: r.expected,
    }));
  }

  /**
   * Deletes the chain's prefix older than `before` and moves the anchor to the first kept row, under the head's
   * row lock (no insert interleaves). Returns the rows deleted.
   */
  async purgeBefore(ctx: RequestContext, table: ChainedTable, before: Date): Promise<number> {
    await ctx.manager.query(`SELECT 1 FROM audit_chain WHERE table_name = $1 FOR UPDATE`, [table]);
    // The prefix ends at the first row that is still within the retention period.
    const [cut] = (await ctx.manager.query(
      `SELECT max(chain_seq)::text AS seq FROM ${table}
        WHERE chain_seq < coalesce((SELECT min(chain_seq) FROM ${table} WHERE at >= $1), 9223372036854775807)`,
      [before],
    )) as { seq: string | null }[];
    if (cut.seq === null) return 0;
    const [last] = (await ctx.manager.query(`SELECT row_hash FROM ${table} WHERE chain_seq = $1`, [
      cut.seq,
    ])) as {
      row_hash: string;
    }[];
    // TypeORM answers a DELETE with [rows, affected].
    const [, deleted] = (await ctx.manager.query(`DELETE FROM ${table} WHERE chain_seq <= $1`, [
      cut.seq,
    ])) as [unknown[], number];
    await ctx.manager.query(
      `UPDATE audit_chain SET anchor_seq = $2::bigint + 1, anchor_hash = $3 WHERE table_name = $1`,
      [table, cut.seq, last.row_hash],
    );
    return deleted;
  }

  private conditions(filter: AuditFilter, params: unknown[]): string[] {
    const where: string[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.kinds?.length) add((n) => `t.kind = ANY($${n}::text[])`, filter.kinds);
    if (filter.customerId) add((n) => `t.customer_id = $${n}::uuid`, filter.customerId);
    if (filter.actorUserId) add((n) => `t.actor_user_id = $${n}::uuid`, filter.actorUserId);
    if (filter.from) add((n) => `t.at >= $${n}::timestamptz`, filter.from);
    if (filter.to) add((n) => `t.at < $${n}::timestamptz`, filter.to);
    return where;
  }
}

function toRow(r: RawRow): AuditRow {
  return {
    source: r.source,
    id: String(r.id),
    at: r.at,
    atText: r.at_text,
    kind: r.kind,
    actorUserId: r.actor_user_id,
    actorRole: r.actor_role,
    customerId: r.customer_id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    data: r.data,
    chainSeq: String(r.chain_seq),
    rowHash: r.row_hash,
  };
}
