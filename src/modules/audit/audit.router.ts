import { once } from 'node:events';
import { Router, type Request, type Response } from 'express';
import type { RequestContext } from '../../common/context';
import { AppError, ErrorCode, badInput } from '../../common/errors';
import { AuditKind } from './audit.model';
import { toAuditEntryType, toAuditFilter } from './audit.mapper';
import type { AuditService } from './audit.service';
import type { AuditFilterInput } from './audit.inputs';

// GET /audit/export.csv?kinds=ADVICE,ROLE_CHANGE&customerId=…&actorId=…&from=…&to=… — the compliance trail as
// CSV (RFC 4180, UTF-8 with BOM for spreadsheets), newest first, streamed batch by batch with backpressure: the
// export never holds the whole trail. Bearer auth, ADMIN or AUDITOR.

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

export const AUDIT_CSV_COLUMNS = [
  'id',
  'kind',
  'at',
  'actor_id',
  'actor_role',
  'customer_id',
  'subject_type',
  'subject_id',
  'details_json',
  'sent_text',
  'chain_seq',
  'row_hash',
] as const;

export function csvCell(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function query(req: Request, name: string): string | undefined {
  const v = req.query[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function instant(req: Request, name: string): Date | undefined {
  const raw = query(req, name);
  if (raw === undefined) return undefined;
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw badInput(name, 'is not an ISO 8601 instant');
  return d;
}

function filterOf(req: Request): AuditFilterInput {
  const kinds = query(req, 'kinds')
    ?.split(',')
    .map((k) => k.trim());
  const bad = kinds?.filter((k) => !(k in AuditKind));
  if (bad?.length) throw badInput('kinds', `unknown kind(s): ${bad.join(', ')}`);
  return {
    kinds: kinds as AuditKind[] | undefined,
    customerId: query(req, 'customerId'),
    actorId: query(req, 'actorId'),
    from: instant(req, 'from'),
    to: instant(req, 'to'),
  };
}

export function auditRouter(opts: {
  service: AuditService;
  context: (req: Request, res: Response) => Promise<RequestContext>;
}): Router {
  const router = Router();
  router.get('/audit/export.csv', async (req, res) => {
    let rows: AsyncGenerator<Parameters<typeof toAuditEntryType>[0]>;
    let first: IteratorResult<Parameters<typeof toAuditEntryType>[0]>;
    let ctx: RequestContext;
    try {
      ctx = await opts.context(req, res);
      rows = opts.service.export(ctx, toAuditFilter(filterOf(req)));
      first = await rows.next(); // authorisation and filter errors surface here, before any byte is sent
    } catch (error) {
      const code = error instanceof AppError ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
      const status = STATUS[code] ?? 500;
      const message = status === 500 ? 'Internal server error' : (error as Error).message;
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
      return;
    }
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="audit-trail.csv"');
    res.setHeader('cache-control', 'no-store');
    let closed = false;
    res.on('close', () => (closed = true));
    const write = async (line: string) => {
      if (!res.write(line)) await once(res, 'drain');
    };
    try {
      await write(`\ufeff${AUDIT_CSV_COLUMNS.join(',')}\r\n`);
      for (let next = first; !next.done && !closed; next = await rows.next()) {
        const e = toAuditEntryType(next.value);
        const cells = [
          e.id,
          e.kind,
          e.at.toISOString(),
          e.actorId,
          e.actorRole,
          e.customerId,
          e.subjectType,
          e.subjectId,
          e.detailsJson,
          e.sentText,
          e.chainSeq,
          e.rowHash,
        ];
        await write(`${cells.map(csvCell).join(',')}\r\n`);
      }
      res.end();
    } catch (error) {
      // Headers are gone: cut the response so the client sees a truncated download, not a complete file.
      ctx.logger.error({ err: error }, 'audit export failed');
      res.destroy(error as Error);
    }
  });
  return router;
}
