import { RequestContext, Role, Viewer } from '../../common/context';
import { isDateInRange } from '../../common/dates';
import { badInput, forbidden, unauthenticated } from '../../common/errors';
import { encodeCursor, toPageRequest, type PageArgs } from '../../common/pagination';
import type { CountedConnection } from '../../common/graphql/types';
import { ChainVerifier, type ChainProblem } from './audit-chain';
import { CHAINED_TABLES, type AuditEventInput, type AuditFilter, type AuditRow } from './audit.model';
import { AuditRepository } from './audit.repository';

const READERS: readonly Role[] = [Role.ADMIN, Role.AUDITOR];
const EXPORT_BATCH = 500;
const VERIFY_BATCH = 2_000;

export interface AuditSettings {
  retentionDays: number;
}

export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly settings: AuditSettings,
  ) {}

  /**
   * Records an audited action in the caller's transaction: the row commits (and joins the hash chain) with the
   * action or not at all.
   */
  async record(ctx: RequestContext, event: AuditEventInput): Promise<void> {
    const actor =
      event.actor === undefined
        ? ctx.viewer && { userId: ctx.viewer.userId, role: ctx.viewer.role }
        : event.actor;
    // System contexts (jobs, CLIs) have no user id that is a uuid: they are recorded as actor-less.
    const actorOk = actor && /^[0-9a-f-]{36}$/i.test(actor.userId) ? actor : null;
    await this.repository.insertEvent(ctx, ctx.now(), {
      ...event,
      actor: actorOk,
      data: actor && !actorOk ? { ...event.data, systemActor: actor.userId } : event.data,
    });
  }

  async search(
    ctx: RequestContext,
    filter: AuditFilter,
    page: PageArgs,
  ): Promise<CountedConnection<AuditRow>> {
    this.requireReader(ctx);
    checkFilter(filter);
    const request = toPageRequest(page);
    if (request.direction === 'backward')
      throw badInput('last', 'the audit trail pages forward only (newest first): use first/after');
    const after = request.cursor as [string, string, string] | undefined;
    if (after && !isAuditCursor(after)) throw badInput('after', 'is not a cursor of this list');
    const rows = await this.repository.search(ctx, filter, request.limit + 1, after);
    const hasNextPage = rows.length > request.limit;
    const edges = rows.slice(0, request.limit).map((node) => ({ cursor: cursorOf(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: after !== undefined,
        startCursor: edges[0]?.cursor,
        endCursor: edges[edges.length - 1]?.cursor,
      },
      totalCount: () => this.repository.count(ctx, filter),
    };
  }

  /** Every matching row, newest first, in batches (the CSV export streams these without holding them all). */
  async *export(ctx: RequestContext, filter: AuditFilter): AsyncGenerator<AuditRow> {
    this.requireReader(ctx);
    checkFilter(filter);
    let after: [string, string, string] | undefined;
    for (;;) {
      const rows = await this.repository.search(ctx, filter, EXPORT_BATCH, after);
      for (const row of rows) yield row;
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1];
      after = [last.atText, last.source, last.id];
    }
  }

  /** Recomputes every chained row's hash and checks the links: [] when the trail is intact. */
  async verify(ctx: RequestContext): Promise<{ rows: number; problems: ChainProblem[] }> {
    let rows = 0;
    const problems: ChainProblem[] = [];
    for (const table of CHAINED_TABLES) {
      const verifier = new ChainVerifier(table, await this.repository.chainHead(ctx, table));
      let afterSeq = '0';
      for (;;) {
        const batch = await this.repository.chainRows(ctx, table, afterSeq, VERIFY_BATCH);
        batch.forEach((row) => verifier.feed(row));
        if (batch.length < VERIFY_BATCH) break;
        afterSeq = batch[batch.length - 1].chainSeq;
      }
      problems.push(...verifier.end());
      rows += verifier.rows;
    }
    return { rows, problems };
  }

  /** Deletes what is older than the retention period (AUDIT_RETENTION_DAYS), keeping each chain verifiable. */
  async purgeExpired(ctx: RequestContext): Promise<number> {
    const before = new Date(ctx.now().getTime() - this.settings.retentionDays * 86_400_000);
    let deleted = 0;
    for (const table of CHAINED_TABLES)
      deleted += await ctx.manager.transaction((manager) =>
        this.repository.purgeBefore({ ...ctx, manager }, table, before),
      );
    return deleted;
  }

  private requireReader(ctx: RequestContext): Viewer {
    const viewer = ctx.viewer;
    if (!viewer) throw unauthenticated();
    if (!READERS.includes(viewer.role))
      throw forbidden('The compliance trail is for administrators and auditors');
    return viewer;
  }
}

function checkFilter(filter: AuditFilter): void {
  if (filter.from && filter.to && filter.from > filter.to)
    throw badInput('filter.to', 'must not be before from');
}

/**
 * A cursor of the trail: PostgreSQL's text of the row's instant, its table and its bigint id. Checked whole before
 * SQL casts it (a made-up `["x","y","z"]` was a 500).
 */
function isAuditCursor(keys: readonly unknown[]): boolean {
  const [at, source, id] = keys;
  return (
    keys.length === 3 &&
    typeof at === 'string' &&
    /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/.test(at) &&
    isDateInRange(at.slice(0, 10)) &&
    (CHAINED_TABLES as readonly unknown[]).includes(source) &&
    typeof id === 'string' &&
    /^\d{1,18}$/.test(id)
  );
}

function cursorOf(row: AuditRow): string {
  return encodeCursor([row.atText, row.source, row.id]);
}
