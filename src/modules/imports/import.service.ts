import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import type { RequestContext, Viewer } from '../../common/context';
import { AppError, ErrorCode, forbidden, notFound, unauthenticated } from '../../common/errors';
import type { CountedConnection } from '../../common/graphql/types';
import { PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import type { Cache } from '../../platform/cache/cache';
import type { JobRunner } from '../../platform/jobs/job-runner';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { isStaff } from '../customers';
import type { ImportEntity, ImportErrorEntity, UploadEntity } from './import.entity';
import { FileFormat, ImportPhase, ImportStatus, isFinished } from './import.enums';
import type {
  ColumnMapping,
  ImportOptions,
  ImportPreset,
  ImportProgress,
  ImportSummary,
} from './import.model';
import { importCursorKeys, ImportListFilter, ImportRepository } from './import.repository';
import {
  IMPORT_JOB,
  IMPORT_PROGRESS,
  ImportRunner,
  latestSummaryCacheKey,
  summaryCacheKey,
} from './import.runner';
import { formatOf } from './readers';
import { IMPORT_TARGETS, importTarget } from './targets';

// Uploads, starting imports (idempotent per file + target + mapping), reading them, following their progress.
// Imports are staff-only: ANALYST or ADMIN.

export interface ImportServiceOptions {
  dir: string;
  maxBytes: number;
  maxBadRowShare: number;
  summaryCacheSeconds: number;
}

export interface StartImportCommand {
  uploadId: string;
  target: string;
  preset?: string | null;
  mapping?: ColumnMapping[] | null;
  options?: ImportOptions | null;
}

/** Expected outcomes of startImport besides the new import. */
export class DuplicateImport {
  readonly code = 'DUPLICATE_IMPORT';
  constructor(
    readonly message: string,
    readonly existing: ImportEntity,
  ) {}
}

export class InvalidMapping {
  readonly code = 'INVALID_MAPPING';
  constructor(
    readonly message: string,
    readonly problems: string[],
  ) {}
}

export class UploadTooLarge extends Error {}

export function requireStaff(viewer: Viewer | undefined): Viewer {
  if (!viewer) throw unauthenticated();
  if (!isStaff(viewer)) throw forbidden('Imports need the ANALYST or ADMIN role');
  return viewer;
}

export class ImportService {
  constructor(
    private readonly repository: ImportRepository,
    private readonly runner: ImportRunner,
    private readonly jobs: JobRunner,
    private readonly pubsub: PubSub,
    private readonly cache: Cache,
    private readonly options: ImportServiceOptions,
  ) {}

  /** Registers the import job handler (API process in embedded mode, workers in services mode). */
  /** `afterRun` hears every import job once the runner is done with it (its rows committed, or failed). */
  registerJobs(afterRun?: (importId: string) => Promise<void>): void {
    this.jobs.register<{ importId: string }>(IMPORT_JOB, async (payload) => {
      await this.runner.run(payload.importId);
      await afterRun?.(payload.importId);
    });
  }

  /** Streams an uploaded file to disk, hashing it on the way; the size limit aborts the upload early. */
  async saveUpload(
    ctx: RequestContext,
    file: { fileName: string; contentType?: string; stream: Readable },
  ): Promise<UploadEntity> {
    const viewer = requireStaff(ctx.viewer);
    await fs.promises.mkdir(this.options.dir, { recursive: true });
    const id = randomUUID();
    const finalPath = path.join(this.options.dir, `${id}.upload`);
    const partPath = `${finalPath}.part`;
    const hash = createHash('sha256');
    let bytes = 0;
    let head = Buffer.alloc(0);
    const maxBytes = this.options.maxBytes;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > maxBytes) return done(new UploadTooLarge(`The file is larger than ${maxBytes} bytes`));
        if (head.length < 8) head = Buffer.concat([head, chunk.subarray(0, 8)]);
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(file.stream, meter, fs.createWriteStream(partPath));
      await fs.promises.rename(partPath, finalPath);
    } catch (error) {
      await fs.promises.rm(partPath, { force: true });
      throw error;
    }
    return this.repository.insertUpload(
      ctx,
      {
        fileName: file.fileName.slice(0, 255),
        contentType: file.contentType ?? null,
        format: formatOf(file.fileName, head),
        bytes: String(bytes),
        sha256: hash.digest('hex'),
        path: finalPath,
        uploadedBy: viewer.userId,
      },
      ctx.now(),
    );
  }

  async start(
    ctx: RequestContext,
    cmd: StartImportCommand,
  ): Promise<ImportEntity | DuplicateImport | InvalidMapping> {
    const viewer = requireStaff(ctx.viewer);
    const target = importTarget(cmd.target);
    if (!target) throw new AppError(ErrorCode.BAD_USER_INPUT, `target: unknown import target ${cmd.target}`);
    const upload = await this.repository.findUpload(ctx, cmd.uploadId);
    if (!upload) throw notFound('Upload');

    const problems: string[] = [];
    let mapping: ColumnMapping[] = [];
    if ((cmd.preset == null) === (cmd.mapping == null)) {
      problems.push('give exactly one of preset and mapping');
    } else if (cmd.preset != null) {
      const preset = target.presets[cmd.preset];
      if (!preset)
        problems.push(
          `preset "${cmd.preset}" does not exist for ${target.name} (presets: ${Object.keys(target.presets).join(', ')})`,
        );
      else mapping = preset.map((m) => ({ ...m }));
    } else {
      mapping = cmd.mapping!.map((m) => ({ column: m.column.trim(), field: m.field.trim() }));
    }
    const fieldNames = new Set(target.fields.map((f) => f.name));
    for (const m of mapping) {
      if (!fieldNames.has(m.field)) problems.push(`field "${m.field}" is not a field of ${target.name}`);
      if (m.column === '') problems.push(`field "${m.field}" is mapped from an empty column name`);
    }
    const seen = new Set<string>();
    for (const m of mapping) {
      if (seen.has(m.field)) problems.push(`field "${m.field}" is mapped twice`);
      seen.add(m.field);
    }
    if (mapping.length > 0) {
      for (const f of target.fields)
        if (f.required && !seen.has(f.name)) problems.push(`required field "${f.name}" is not mapped`);
    }
    const options = this.checkOptions(cmd.options ?? {}, problems);
    if (cmd.preset != null) options.preset = cmd.preset;
    if (problems.length > 0)
      return new InvalidMapping(`The mapping or options are invalid: ${problems.join('; ')}`, problems);

    const mappingKey = createHash('sha256')
      .update(JSON.stringify([...mapping].sort((a, b) => (a.field < b.field ? -1 : 1))))
      .digest('hex');
    const existing = await this.repository.findLive(ctx, upload.sha256, target.name, mappingKey);
    if (existing) return duplicate(existing);
    const id = randomUUID();
    const inserted = await this.repository.insertImport(ctx, {
      id,
      uploadId: upload.id,
      fileName: upload.fileName,
      target: target.name,
      sha256: upload.sha256,
      mapping,
      mappingKey,
      options: options as Record<string, unknown>,
      createdBy: viewer.userId,
      createdAt: ctx.now(),
    });
    if (!inserted) {
      // Lost a race with an identical start: report the winner.
      const winner = await this.repository.findLive(ctx, upload.sha256, target.name, mappingKey);
      if (winner) return duplicate(winner);
      throw new AppError(ErrorCode.CONFLICT, 'The import could not be recorded; try again');
    }
    await this.jobs.enqueue(IMPORT_JOB, { importId: id }, { singletonKey: id, retryLimit: 0 });
    return (await this.repository.findById(ctx, id))!;
  }

  private checkOptions(o: ImportOptions, problems: string[]): ImportOptions {
    const out: ImportOptions = {};
    if (o.delimiter != null) {
      const d = o.delimiter === '\\t' ? '\t' : o.delimiter;
      if (d.length !== 1 || /["\r\n]/.test(d))
        problems.push('options.delimiter must be one character (not a quote)');
      out.delimiter = d;
    }
    if (o.sheet != null) out.sheet = o.sheet;
    if (o.dateOrder != null) out.dateOrder = o.dateOrder;
    if (o.currency != null) {
      if (!/^[A-Z]{3}$/.test(o.currency)) problems.push('options.currency must be an ISO 4217 code like KRW');
      out.currency = o.currency;
    }
    const share = o.maxBadRowShare ?? this.options.maxBadRowShare;
    if (!(share >= 0 && share <= 1)) problems.push('options.maxBadRowShare must be between 0 and 1');
    out.maxBadRowShare = share;
    return out;
  }

  /** The named column mappings of every target (or one), with the type and meaning of each mapped field. */
  presets(ctx: RequestContext, targetName?: string | null): ImportPreset[] {
    requireStaff(ctx.viewer);
    const targets = [...IMPORT_TARGETS.values()].filter((t) => !targetName || t.name === targetName);
    return targets.flatMap((target) =>
      Object.entries(target.presets).map(([name, mapping]) => ({
        target: target.name,
        name,
        columns: mapping.map(({ column, field }) => {
          const f = target.fields.find((candidate) => candidate.name === field)!;
          return { column, field, type: f.pgType, required: f.required, description: f.description };
        }),
      })),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<ImportEntity> {
    requireStaff(ctx.viewer);
    const imp = await this.repository.findById(ctx, id);
    if (!imp) throw notFound('Import');
    return imp;
  }

  async list(
    ctx: RequestContext,
    args: PageArgs & { filter?: ImportListFilter | null },
  ): Promise<CountedConnection<ImportEntity>> {
    requireStaff(ctx.viewer);
    const request = toPageRequest(args, undefined, ['instant', 'uuid']);
    const filter = args.filter ?? {};
    const rows = await this.repository.page(ctx, filter, request);
    return {
      ...toConnection(rows, request, importCursorKeys, (r) => r),
      totalCount: () => this.repository.count(ctx, filter),
    };
  }

  errors(ctx: RequestContext, importId: string, first: number): Promise<ImportErrorEntity[]> {
    requireStaff(ctx.viewer);
    return this.repository.errors(ctx, importId, Math.min(Math.max(first, 0), 1000));
  }

  /** The import's summary statistics: from the cache, else from the stored report (and cached again). */
  async summaryOf(ctx: RequestContext, importId: string): Promise<ImportSummary | null> {
    requireStaff(ctx.viewer);
    const cached = await this.cache.get<ImportSummary>(summaryCacheKey(importId)).catch(() => undefined);
    if (cached) return cached;
    const imp = await this.repository.findById(ctx, importId);
    if (!imp || imp.status !== ImportStatus.SUCCEEDED) return null;
    if (imp.summary)
      await this.cache
        .set(summaryCacheKey(imp.id), imp.summary, this.options.summaryCacheSeconds)
        .catch(() => undefined);
    return imp.summary;
  }

  /** Summary of the latest successful import of a target, cached for the dashboard. */
  async latestSummary(
    ctx: RequestContext,
    target: string,
  ): Promise<{ importId: string; summary: ImportSummary } | null> {
    requireStaff(ctx.viewer);
    const key = latestSummaryCacheKey(target);
    const cached = await this.cache
      .get<{ importId: string; summary: ImportSummary }>(key)
      .catch(() => undefined);
    if (cached) return cached;
    const latest = await this.repository.latestSucceeded(ctx, target);
    if (!latest?.summary) return null;
    const value = { importId: latest.id, summary: latest.summary };
    await this.cache.set(key, value, this.options.summaryCacheSeconds).catch(() => undefined);
    return value;
  }

  /**
   * Progress events of one import until it finishes: the stored state first (a snapshot), then each change, never
   * going backwards. Subscribes before reading the state, so an event published meanwhile is not lost; events
   * older than the snapshot (or than an event already sent) are dropped, and a percentage never decreases. The
   * state is re-read every second so a lost event cannot leave the subscriber hanging.
   */
  async *follow(ctx: RequestContext, id: string): AsyncGenerator<ImportProgress> {
    requireStaff(ctx.viewer);
    const stream = this.pubsub.subscribe(IMPORT_PROGRESS, id) as AsyncIterable<ImportProgress>;
    const events = stream[Symbol.asyncIterator]();
    let pending = events.next();
    try {
      let current = await this.repository.findById(ctx, id);
      if (!current) throw notFound('Import');
      const progress = new MonotonicProgress();
      yield progress.accept(toProgress(current))!;
      if (isFinished(current.status)) return;
      for (;;) {
        const r = await Promise.race([pending, tick(1000)]);
        if (r && !r.done) {
          pending = events.next();
          const event = progress.accept(r.value);
          if (event) yield event;
          if (isFinished(r.value.status)) return;
          continue;
        }
        if (r?.done) return;
        current = await this.repository.findById({ ...ctx }, id);
        if (current && isFinished(current.status)) {
          yield progress.accept(toProgress(current))!;
          return;
        }
      }
    } finally {
      void events.return?.();
    }
  }
}

const PHASE_ORDER: Record<string, number> = {
  [ImportPhase.QUEUED]: 0,
  [ImportPhase.PARSING]: 1,
  [ImportPhase.MERGING]: 2,
  [ImportPhase.ANALYSING]: 3,
  [ImportPhase.DONE]: 4,
};

/**
 * Keeps a subscriber's view of an import moving forward: an event from an earlier phase or with fewer rows read
 * than one already sent is stale (it was published before the snapshot was read) and dropped; the percentage is
 * never lower than one already sent. A finished event always passes.
 */
export class MonotonicProgress {
  private last: ImportProgress | undefined;

  accept(event: ImportProgress): ImportProgress | undefined {
    const last = this.last;
    if (last && !isFinished(event.status)) {
      if (isFinished(last.status)) return undefined;
      if (PHASE_ORDER[event.phase] < PHASE_ORDER[last.phase] || event.rowsRead < last.rowsRead)
        return undefined;
    }
    const next = last ? { ...event, percent: Math.max(event.percent, last.percent) } : event;
    this.last = next;
    return next;
  }
}

function tick(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

function duplicate(existing: ImportEntity): DuplicateImport {
  return new DuplicateImport(
    `This file (sha256 ${existing.sha256.slice(0, 12)}…) was already imported into ${existing.target} with the same mapping`,
    existing,
  );
}

export function toProgress(imp: ImportEntity): ImportProgress {
  return {
    importId: imp.id,
    status: imp.status,
    phase: imp.phase,
    rowsRead: imp.rowsRead,
    rowsValid: imp.rowsValid,
    rowsBad: imp.rowsBad,
    percent: isFinished(imp.status) ? 100 : 0,
    failureReason: imp.failureReason,
  };
}

export { FileFormat };
