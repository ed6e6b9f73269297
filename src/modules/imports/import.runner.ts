import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { detectBulkMethod, quoteName, writeRows, type BulkMethod, type Row } from '../../common/seed';
import type { Cache } from '../../platform/cache/cache';
import type { PubSub } from '../../platform/pubsub/pubsub';
import type { Logger } from '../../platform/observability/logger';
import { ImportEntity, UploadEntity } from './import.entity';
import { FileFormat, ImportPhase, ImportStatus, isFinished } from './import.enums';
import type {
  ColumnQuality,
  DistributionShift,
  ImportOptions,
  ImportProgress,
  ImportQuality,
  ImportSummary,
  RowError,
} from './import.model';
import { populationStabilityIndex, previousQuarter, psiBand, quarterOf, quarterRange } from './psi';
import { fileSliceSource, parallelStageUsable, stageInParallel } from './parallel-stage';
import {
  csvFileError,
  delimiterName,
  FileError,
  openCsv,
  openXlsx,
  readCsvHead,
  sniffDelimiter,
  type CsvHead,
  type OpenedSource,
  type SourceRecord,
  type XlsxLimits,
} from './readers';
import { RunNumbering } from './run-numbering';
import {
  CopyEncoder,
  plainColumns,
  rowStager,
  type RowStagerOptions,
  type StageCounters,
} from './stage-rows';
import { plannedIndexRebuild } from './index-rebuild';
import { withoutQueryDeadline } from '../../platform/database/bulk-session';
import { mappedFields, StageScanQueue, type StageScan } from './stage-scan';
import { stageJob } from './stage-slice';
import { importTarget, type ImportTarget } from './targets';

// The import job: file → parse + validate (streaming) → COPY into a temporary staging table → merge into the target,
// quality report and summary, all in ONE transaction. Too many bad rows, a file-level error or any failure rolls the
// whole import back: nothing of it lands. Row errors and the final status are written after the outcome is known.

export const IMPORT_PROGRESS = 'IMPORT_PROGRESS';
export const IMPORT_JOB = 'imports.run';
/** Rows per staging INSERT batch where COPY is unavailable (PGlite). */
const STAGE_BATCH_ROWS = 5_000;
/**
 * PostgreSQL work_mem of the merge transaction: a million staged card transactions sort for DISTINCT ON in
 * about 165 MB (quicksort in memory; at 128 MB it spilled to an external merge on disk).
 */
const MERGE_WORK_MEM = '256MB';
export interface ImportRunnerOptions {
  maxStoredErrors: number;
  summaryCacheSeconds: number;
  /** Bounds on XLSX archives (zip bombs), checked before parsing. */
  xlsx?: XlsxLimits;
  /**
   * Worker threads staging a CSV import on PostgreSQL (parallel-stage.ts); 0 or unset: the single-threaded stream
   * path only. Used for files of at least `parallelStageMinBytes` (default 8 MiB) with LF/CRLF line ends.
   */
  stageWorkers?: number;
  parallelStageMinBytes?: number;
  /**
   * Staged rows from which a merge into a target with `rebuildIndexes` drops the table's indexes and builds them
   * again, while the table is not larger than the import (index-rebuild.ts); 0 or unset: never.
   */
  indexRebuildMinRows?: number;
}

/** The file's header and how its records will be read: streamed in this thread, or staged by worker threads. */
type StageSource =
  | { parallel: false; source: OpenedSource }
  | {
      parallel: true;
      head: CsvHead;
      source: Pick<OpenedSource, 'header' | 'delimiter' | 'close' | 'fileError'>;
    };

export const summaryCacheKey = (importId: string) => `imports:summary:${importId}`;
export const latestSummaryCacheKey = (target: string) => `imports:latest:${target}`;

class Failure extends Error {}

interface LoadResult {
  inserted: number;
  quality: ImportQuality;
  summary: ImportSummary;
  /** stageWorkers: the worker threads that staged the file (0: the stream path in this thread). */
  timings: { parseMs: number; mergeMs: number; analyseMs: number; stageWorkers: number };
}

export class ImportRunner {
  private bulkMethod?: BulkMethod;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pubsub: PubSub,
    private readonly cache: Cache,
    private readonly logger: Logger,
    private readonly clock: () => Date,
    private readonly options: ImportRunnerOptions,
  ) {}

  publish(progress: ImportProgress): void {
    this.pubsub.publish(IMPORT_PROGRESS, progress.importId, progress);
  }

  async run(importId: string): Promise<void> {
    const manager = this.dataSource.manager;
    const imp = await manager.findOneBy(ImportEntity, { id: importId });
    // A retried or duplicated job for a finished import does nothing.
    if (!imp || isFinished(imp.status)) return;
    const upload = await manager.findOneByOrFail(UploadEntity, { id: imp.uploadId });
    const target = importTarget(imp.target);
    const counters: StageCounters = { read: 0, valid: 0, bad: 0, missing: [], errors: [] };
    const stage = `import_stage_${importId.replace(/-/g, '')}`;
    let percent = 0;
    const progress = (status: ImportStatus, phase: ImportPhase, failureReason: string | null = null) =>
      this.publish({
        importId,
        status,
        phase,
        rowsRead: counters.read,
        rowsValid: counters.valid,
        rowsBad: counters.bad,
        percent,
        failureReason,
      });
    try {
      await manager.query(
        `UPDATE data_import SET status = 'RUNNING', phase = 'PARSING', started_at = $2 WHERE id = $1`,
        [importId, this.clock()],
      );
      progress(ImportStatus.RUNNING, ImportPhase.PARSING);
      if (!target) throw new Failure(`Unknown import target ${imp.target}`);
      const result = await this.load(
        stage,
        imp,
        upload,
        target,
        counters,
        (p) => {
          percent = p;
          progress(ImportStatus.RUNNING, ImportPhase.PARSING);
        },
        (phase) => progress(ImportStatus.RUNNING, phase),
      );
      percent = 100;
      await this.cacheSummary(imp.target, importId, result.summary);
      progress(ImportStatus.SUCCEEDED, ImportPhase.DONE);
    } catch (error) {
      const known = error instanceof Failure || error instanceof FileError;
      const reason = known ? error.message : `Unexpected error: ${(error as Error).message}`;
      if (!known) this.logger.error({ err: error, importId }, 'import failed unexpectedly');
      await this.withClient((client) => this.fail(client, importId, counters, reason));
      progress(ImportStatus.FAILED, ImportPhase.DONE, reason);
    } finally {
      await manager.query(`DROP TABLE IF EXISTS ${stage}`).catch((err: unknown) => {
        this.logger.warn({ err, importId, stage }, 'could not drop the staging table');
      });
    }
  }

  /**
   * A pooled connection without the API's statement timeout nor its client-side deadline (node-pg
   * `query_timeout`, DB_QUERY_TIMEOUT_MS): COPY and the merge of millions of rows take longer than any request
   * may, and the deadline would cut them with "Query read timeout". Without JIT either (1.9 s of compiling in
   * the card-transactions merge, nothing saved). All are restored before the release.
   */
  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      return await withoutQueryDeadline(client, async () => {
        try {
          // JIT compilation costs seconds on the staging table's big scans and joins and saves nothing on them.
          await client.query('SET statement_timeout = 0; SET jit = off');
          return await work(client);
        } finally {
          await client.query('RESET statement_timeout; RESET jit').catch(() => undefined);
        }
      });
    } finally {
      await runner.release();
    }
  }

  private async fail(client: PoolClient, importId: string, c: StageCounters, reason: string): Promise<void> {
    await client.query('BEGIN');
    try {
      await this.storeErrors(client, importId, c.errors);
      await client.query(
        `UPDATE data_import SET status = 'FAILED', phase = 'DONE', rows_read = $2, rows_valid = $3, rows_bad = $4,
           rows_inserted = 0, rows_duplicate = 0, failure_reason = $5, finished_at = $6 WHERE id = $1`,
        [importId, c.read, c.valid, c.bad, reason, this.clock()],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private async storeErrors(client: PoolClient, importId: string, errors: RowError[]): Promise<void> {
    if (errors.length === 0) return;
    await client.query(
      `INSERT INTO import_error (import_id, line, "column", value, reason)
       SELECT $1, e.line, e.column, e.value, e.reason
       FROM json_to_recordset($2::json) AS e(line integer, "column" text, value text, reason text)`,
      [importId, JSON.stringify(errors)],
    );
  }

  private async open(upload: UploadEntity, options: ImportOptions): Promise<StageSource> {
    if (upload.format === FileFormat.XLSX)
      return {
        parallel: false,
        source: await openXlsx(upload.path, { sheet: options.sheet, limits: this.options.xlsx }),
      };
    const head = await readCsvHead(upload.path, { delimiter: options.delimiter });
    const workers = this.options.stageWorkers ?? 0;
    if (
      this.bulkMethod === 'copy' &&
      workers > 0 &&
      Number(upload.bytes) >= (this.options.parallelStageMinBytes ?? 8 * 1_048_576) &&
      parallelStageUsable(head)
    ) {
      const { header, delimiter } = head;
      return {
        parallel: true,
        head,
        source: { header, delimiter, close: () => undefined, fileError: csvFileError },
      };
    }
    return { parallel: false, source: await openCsv(upload.path, { delimiter: options.delimiter }, head) };
  }

  private async load(
    stage: string,
    imp: ImportEntity,
    upload: UploadEntity,
    target: ImportTarget,
    c: StageCounters,
    onPercent: (percent: number) => void,
    onPhase: (phase: ImportPhase) => void,
  ): Promise<LoadResult> {
    const t0 = performance.now();
    const options = imp.options as ImportOptions;
    const fields = target.fields;
    // The line within its key (invoice), counted as the rows stream: staged after the fields.
    const numbering = target.numbering && new RunNumbering();
    const numberedBy = target.numbering ? fields.findIndex((f) => f.name === target.numbering!.field) : -1;
    // An UNLOGGED table of its own per import (dropped at the end): the rows are staged in autocommit, so the
    // connection is free between batches (PGlite has only one), and only the merge below touches the target.
    await this.dataSource.query(
      `CREATE UNLOGGED TABLE ${stage} (source_line integer NOT NULL, ${fields
        .map((f) => `${quoteName(f.name)} ${f.pgType}`)
        .join(', ')}${target.numbering ? `, ${quoteName(target.numbering.column)} integer` : ''})`,
    );
    this.bulkMethod ??= await this.withClient((client) => detectBulkMethod(client));
    const opened = await this.open(upload, options);
    const source = opened.source;
    let columnIndex: Map<string, number>;
    // A preset names every field; the optional ones whose column the file lacks are left unmapped.
    const present = new Set(source.header.map((h) => h.toLowerCase()));
    const optional = new Set(fields.filter((f) => !f.required).map((f) => f.name));
    const mapping =
      options.preset === undefined
        ? imp.mapping
        : imp.mapping.filter((m) => present.has(m.column.trim().toLowerCase()) || !optional.has(m.field));
    try {
      columnIndex = resolveColumns(source, mapping, upload.format);
    } catch (error) {
      source.close();
      throw error;
    }
    const fieldColumn = fields.map((f) => mapping.find((m) => m.field === f.name));
    const cellIndex = fieldColumn.map((m) => (m ? columnIndex.get(m.column)! : -1));
    const defaults = target.defaults?.(options) ?? {};
    c.missing = fields.map(() => 0);
    const totalBytes = Number(upload.bytes) || 1;
    let lastReport = Date.now();

    const report = (share: number) => {
      if (Date.now() - lastReport < 250) return;
      lastReport = Date.now();
      onPercent(Math.min(99, Math.floor(100 * share)));
    };
    const stager: RowStagerOptions = {
      fields,
      fieldColumn,
      cellIndex,
      defaults,
      maxErrors: this.options.maxStoredErrors,
      fieldCtx: { dateOrder: options.dateOrder ?? 'MDY' },
      numbering,
      numberedBy,
    };
    const toRow = opened.parallel
      ? undefined
      : rowStager(
          {
            ...stager,
            onRead: (read) => {
              if (read % 4096 === 0)
                report(opened.source.fractionRead?.() ?? opened.source.bytesRead() / totalBytes);
            },
          },
          c,
        );

    const columns = [
      'source_line',
      ...fields.map((f) => f.name),
      ...(target.numbering ? [target.numbering.column] : []),
    ];
    try {
      if (this.bulkMethod === 'copy') {
        // file → CSV tokenizer → validate + encode → COPY, one stream pipeline: backpressure end to end, so memory
        // stays constant whatever the file size, and no promise per row.
        const copySql = `COPY ${stage} (${columns.map(quoteName).join(', ')}) FROM STDIN (FORMAT text, FREEZE)`;
        // FREEZE: the rows are written already frozen (allowed because the table is emptied in the same
        // transaction), so the merge's and the reports' dozen scans of them neither set hint bits on every page
        // (dirtying the whole table once more) nor check each row's transaction: ~10 % off each scan
        // (bench/README.md, imports seventh round).
        await this.withClient(async (client) => {
          await client.query('BEGIN');
          try {
            await client.query(`TRUNCATE ${stage}`);
            const sink = client.query(copyFrom(copySql));
            if (opened.parallel) {
              // Large CSV files: tokenizer, validation and COPY encoding on worker threads (parallel-stage.ts),
              // this thread cuts the file and writes their COPY text in file order. Same rows, errors and numbers.
              const { head } = opened;
              const copyText = stageInParallel({
                source: await fileSliceSource(upload.path),
                head,
                job: stageJob(target.name, stager, head),
                workers: this.options.stageWorkers!,
                counters: c,
                numbering,
                onProgress: (bytes) => report(bytes / totalBytes),
              });
              await pipeline(Readable.from(copyText, { objectMode: false }), sink);
            } else {
              await pipeline(
                opened.source.records,
                new CopyEncoder(toRow!, plainColumns(fields, defaults, target.numbering !== undefined)),
                sink,
              );
            }
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
        });
      } else {
        // Batched INSERTs, the connection released between batches so other requests get through.
        let batch: Row[] = [];
        const flush = async () => {
          const rowsOfBatch = batch;
          batch = [];
          if (rowsOfBatch.length > 0)
            await this.withClient((client) => writeRows(client, 'insert', stage, columns, rowsOfBatch));
        };
        if (opened.parallel) throw new Error('parallel staging writes by COPY only'); // open() never chose it here
        for await (const read of opened.source.records as AsyncIterable<SourceRecord[]>) {
          for (const record of read) {
            const row = toRow!(record);
            if (row === null) continue;
            batch.push(row);
            if (batch.length >= STAGE_BATCH_ROWS) await flush();
          }
        }
        await flush();
      }
    } catch (error) {
      throw source.fileError(error);
    } finally {
      source.close();
    }
    onPercent(100);
    const badBeforeChecks = c.bad;
    await this.withClient(async (client) => {
      // Statistics of the staged rows before the reference checks (a sample; well under a second at a million rows
      // on PostgreSQL): without them the planner guessed ~400 card-less rows out of 700,000 and probed two indexes
      // per row for "the customer has no card". Not on PGlite: there it held the only connection for seconds.
      // Only the columns the checks read (`s.<field>`): half the time of the whole table's (0.29 s against 0.6–0.7 s
      // at a million card transactions), and the row count the later plans need is updated all the same.
      const checked = target.fields
        .map((f) => f.name)
        .filter((name) =>
          (target.referenceChecks ?? []).some((check) =>
            new RegExp(`\\bs\\.${name}\\b`).test(check.condition),
          ),
        );
      if (this.bulkMethod === 'copy' && checked.length > 0)
        await client.query(`ANALYZE ${stage} (${checked.map(quoteName).join(', ')})`);
      await this.checkReferences(client, stage, target, mapping, c);
    });
    if (c.read === 0) throw new Failure('The file has a header but no data rows');
    const maxShare = options.maxBadRowShare ?? 0.05;
    if (c.bad / c.read > maxShare) {
      throw new Failure(
        `${c.bad} of ${c.read} rows (${pct(c.bad / c.read)}) are bad, more than the allowed ${pct(maxShare)}: ` +
          'nothing was imported; see the row errors',
      );
    }
    const t1 = performance.now();
    onPhase(ImportPhase.MERGING);
    // The quality report's and summary's scans read only the staging table, which no longer changes: on
    // PostgreSQL a second connection starts on them while the merge writes the target, and the merge's connection
    // takes what is left once it is done (stage-scan.ts). PGlite has one connection: there they follow the merge.
    const scan = new StageScanQueue(stage, target, mapping);
    const concurrentScan =
      this.bulkMethod === 'copy'
        ? this.withClient(async (client) => {
            await client.query('BEGIN READ ONLY');
            try {
              await client.query(`SET LOCAL work_mem = '${MERGE_WORK_MEM}'`);
              // One core for the scan, the other for the merge: with parallel workers the scan's three processes
              // took both cores from the merge (4.8 s instead of 3.1 s at a million sales rows, bench/README.md).
              await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
              await scan.drain(client);
            } finally {
              await client.query('COMMIT').catch(() => undefined);
            }
          })
        : undefined;
    // Awaited below; a failed merge must not leave its rejection unhandled.
    concurrentScan?.catch(() => undefined);
    // ONE transaction: merge, reports, row errors and the SUCCEEDED status land together or not at all.
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        // Room for the merge's sort and the quality report's hash aggregates to stay in memory.
        await client.query(`SET LOCAL work_mem = '${MERGE_WORK_MEM}'`);
        // Merges into one target take turns (until COMMIT), so a merge's NOT EXISTS sees the rows of any merge
        // before it: the targets skip known rows by anti-join instead of ON CONFLICT, whose speculative insertion
        // per row made a million-row merge almost twice as slow.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `fingraph.imports.merge.${target.name}`,
        ]);
        // The streamed line numbers hold if every key came as one run and the reference checks removed nothing.
        const numbered = numbering !== undefined && numbering.usable && c.bad === badBeforeChecks;
        const rebuild =
          target.rebuildIndexes &&
          (await plannedIndexRebuild(
            client,
            target.rebuildIndexes.table,
            stage,
            c.valid,
            this.options.indexRebuildMinRows ?? 0,
          ));
        if (rebuild) {
          // Room for the rebuilt indexes' sorts (the default 64 MB spills a million keys to disk).
          await client.query(`SET LOCAL maintenance_work_mem = '${MERGE_WORK_MEM}'`);
          // One process per index build: the scan's connection is busy on the other core.
          await client.query(`SET LOCAL max_parallel_maintenance_workers = 0`);
          for (const statement of rebuild.drop) await client.query(statement);
        }
        const mergeSql = target.mergeSql(stage, numbered);
        const merged = await client.query(mergeSql, /\$1\b/.test(mergeSql) ? [imp.id] : []);
        const inserted = merged.rowCount ?? 0;
        if (rebuild) for (const statement of rebuild.build) await client.query(statement);
        const t2 = performance.now();
        onPhase(ImportPhase.ANALYSING);
        // The shift first (it reads the target and needs only the counts' latest day; with parallel workers, as
        // the scan's connection is mostly done by now: 0.47 → 0.3 s at a million sales lines), then, on one core
        // like the scan's connection, whatever that connection has not taken yet.
        const shift = await this.shiftOf(client, target, (await scan.countsOn(client)).shift_day);
        if (concurrentScan) await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
        await scan.drain(client);
        await concurrentScan;
        const { quality, summary } = this.report(stage, scan.result(), shift, target, mapping, c);
        const ms = (a: number, b: number) => Math.round(b - a);
        const timings = {
          parseMs: ms(t0, t1),
          mergeMs: ms(t1, t2),
          analyseMs: ms(t2, performance.now()),
          stageWorkers: opened.parallel ? this.options.stageWorkers! : 0,
        };
        await this.storeErrors(client, imp.id, c.errors);
        await client.query(
          `UPDATE data_import SET status = 'SUCCEEDED', phase = 'DONE', rows_read = $2, rows_valid = $3, rows_bad = $4,
             rows_inserted = $5, rows_duplicate = $6, quality = $7, summary = $8, finished_at = $9, timings = $10
           WHERE id = $1`,
          [
            imp.id,
            c.read,
            c.valid,
            c.bad,
            inserted,
            c.valid - inserted,
            JSON.stringify(quality),
            JSON.stringify(summary),
            this.clock(),
            JSON.stringify(timings),
          ],
        );
        await client.query('COMMIT');
        return { inserted, quality, summary, timings };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /** Set-wise checks against other tables: matching staged rows are removed and reported as bad rows. */
  private async checkReferences(
    client: PoolClient,
    stage: string,
    target: ImportTarget,
    mapping: { column: string; field: string }[],
    c: StageCounters,
  ): Promise<void> {
    for (const check of target.referenceChecks ?? []) {
      const column = mapping.find((m) => m.field === check.field)?.column ?? check.field;
      const room = Math.max(0, this.options.maxStoredErrors - c.errors.length);
      const { rows } = await client.query<{
        n: number;
        lines: number[] | null;
        vals: (string | null)[] | null;
      }>(
        // Only the first `room` bad rows are aggregated (a bounded array however many rows fail the check).
        `WITH d AS (DELETE FROM ${stage} s WHERE ${check.condition} RETURNING s.source_line, s.${quoteName(check.field)}::text AS v),
              firsts AS (SELECT source_line, v FROM d ORDER BY source_line LIMIT $1)
         SELECT (SELECT count(*)::int FROM d) AS n,
                (SELECT array_agg(source_line ORDER BY source_line) FROM firsts) AS lines,
                (SELECT array_agg(v ORDER BY source_line) FROM firsts) AS vals`,
        [room],
      );
      const { n, lines, vals } = rows[0];
      if (n === 0) continue;
      c.bad += n;
      c.valid -= n;
      (lines ?? []).forEach((line, i) =>
        c.errors.push({ line, column, value: vals?.[i] ?? null, reason: check.reason }),
      );
    }
  }

  /** The quality report and summary from the stage scan and the distribution shift. */
  private report(
    stage: string,
    scan: StageScan,
    shift: DistributionShift | null,
    target: ImportTarget,
    mapping: { column: string; field: string }[],
    c: StageCounters,
  ): { quality: ImportQuality; summary: ImportSummary } {
    const mapped = mappedFields(target, mapping);
    const sql = target.summary(stage);
    const { r, distinctFields, breakdown } = scan;
    const d = (field: string) => `d${distinctFields.indexOf(field)}`;
    const columns: ColumnQuality[] = mapped.map((x, k) => ({
      column: x.m!.column,
      field: x.f.name,
      missing: c.missing[x.i],
      distinct: r[d(x.f.name)],
      // Valid rows sharing a value with an earlier valid row in this column.
      duplicates: r[`n${k}`] - r[d(x.f.name)],
    }));
    const outOfRange = target.qualityChecks.map((q, k) => ({
      name: q.name,
      description: q.description,
      count: r[`q${k}`],
    }));
    const summary: ImportSummary = {
      rows: r.rows,
      totalAmount: trimDecimal(r.total_amount),
      totalQuantity: r.total_quantity,
      distinctCustomers: r[d(sql.customerField)],
      invoices: sql.invoices ? r[d(sql.invoices.field)] : null,
      cancellations: sql.invoices?.cancelledWhen ? r.invoice_cancellations : (r.row_cancellations ?? null),
      breakdownBy: sql.breakdown?.label ?? null,
      breakdown: breakdown.map((b) => ({ ...b, amount: trimDecimal(b.amount) })),
    };
    return { quality: { rows: r.rows, columns, outOfRange, shift }, summary };
  }

  /** The distribution shift after the merge; a failed statistic must not fail the import (a savepoint). */
  private async shiftOf(
    client: PoolClient,
    target: ImportTarget,
    latestDay: string | null,
  ): Promise<DistributionShift | null> {
    if (!target.shift) return null;
    await client.query('SAVEPOINT shift');
    try {
      const shift = await this.shift(client, latestDay, target.shift);
      await client.query('RELEASE SAVEPOINT shift');
      return shift;
    } catch (err) {
      await client.query('ROLLBACK TO SAVEPOINT shift');
      this.logger.warn({ err }, 'distribution shift not computed');
      return null;
    }
  }

  /**
   * Population stability index of amounts: the latest quarter in the file (its latest KST day, from the quality
   * scan) against the quarter before it, both
   * read from the target table after the merge; bins are the previous quarter's deciles.
   */
  private async shift(
    client: PoolClient,
    latestDay: string | null,
    s: NonNullable<ImportTarget['shift']>,
  ): Promise<DistributionShift | null> {
    if (!latestDay) return null;
    const quarter = quarterOf(latestDay);
    const prev = previousQuarter(quarter);
    const kst = (d: string) => `${d}T00:00:00+09:00`;
    const [cs, ce] = quarterRange(quarter).map(kst);
    const [ps, pe] = quarterRange(prev).map(kst);
    const where = (a: string, b: string) =>
      `${s.tableTimeColumn} >= '${a}'::timestamptz AND ${s.tableTimeColumn} < '${b}'::timestamptz`;
    const base: DistributionShift = {
      statistic: 'PSI',
      metric: s.tableAmountSql,
      quarter,
      previousQuarter: prev,
      value: null,
      band: null,
      currentRows: 0,
      previousRows: 0,
      note: '',
    };
    // Sorted as float8, which the bins compare: the same deciles as numeric (the cast keeps the order) for less.
    const edgesResult = await client.query<{ edges: string[] | null; n: string }>(
      `SELECT percentile_disc(ARRAY[0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9]) WITHIN GROUP (ORDER BY (${s.tableAmountSql})::float8)::text[] AS edges,
              count(*)::text AS n
       FROM ${s.table} WHERE ${where(ps, pe)}`,
    );
    const edges = [...new Set((edgesResult.rows[0]?.edges ?? []).map(Number))].sort((a, b) => a - b);
    base.previousRows = Number(edgesResult.rows[0]?.n ?? 0);
    if (base.previousRows === 0) {
      return { ...base, note: `No ${s.table} rows in ${prev} to compare with` };
    }
    // Both quarters' bins in one scan of the two.
    const expected = new Array<number>(edges.length + 1).fill(0);
    const actual = new Array<number>(edges.length + 1).fill(0);
    const res = await client.query<{ b: number; previous: number; current: number }>(
      `SELECT width_bucket((${s.tableAmountSql})::float8, $1::float8[]) AS b,
              count(*) FILTER (WHERE ${where(ps, pe)})::int AS previous,
              count(*) FILTER (WHERE ${where(cs, ce)})::int AS current
       FROM ${s.table} WHERE (${where(ps, pe)}) OR (${where(cs, ce)}) GROUP BY 1`,
      [edges],
    );
    for (const row of res.rows) {
      expected[row.b] += row.previous;
      actual[row.b] += row.current;
    }
    base.currentRows = actual.reduce((x, y) => x + y, 0);
    const value = populationStabilityIndex(expected, actual);
    return {
      ...base,
      value: Math.round(value * 1e6) / 1e6,
      band: psiBand(value),
      note: `PSI over ${edges.length + 1} bins at the ${prev} deciles of ${s.tableAmountSql}`,
    };
  }

  private async cacheSummary(target: string, importId: string, summary: ImportSummary): Promise<void> {
    const ttl = this.options.summaryCacheSeconds;
    try {
      await this.cache.set(summaryCacheKey(importId), summary, ttl);
      await this.cache.set(latestSummaryCacheKey(target), { importId, summary }, ttl);
    } catch (err) {
      this.logger.warn({ err, importId }, 'could not cache the import summary');
    }
  }
}

function pct(share: number): string {
  return `${(Math.round(share * 10_000) / 100).toString()} %`;
}

function trimDecimal(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** Where each mapped column is in the header; a missing column is a file-level error that names the likely cause. */
function resolveColumns(
  source: Pick<OpenedSource, 'header' | 'delimiter'>,
  mapping: { column: string; field: string }[],
  format: string,
): Map<string, number> {
  const index = new Map<string, number>();
  const exact = new Map(source.header.map((h, i) => [h, i]));
  const loose = new Map(source.header.map((h, i) => [h.toLowerCase(), i]));
  const missing: string[] = [];
  for (const m of mapping) {
    const i = exact.get(m.column) ?? loose.get(m.column.trim().toLowerCase());
    if (i === undefined) missing.push(m.column);
    else index.set(m.column, i);
  }
  if (missing.length === 0) return index;
  const shown = source.header.slice(0, 12).map((h) => JSON.stringify(h.slice(0, 60)));
  let message =
    `Column${missing.length > 1 ? 's' : ''} ${missing.map((m) => JSON.stringify(m)).join(', ')} of the mapping ` +
    `${missing.length > 1 ? 'are' : 'is'} not in the header (line 1), which has ${source.header.length} ` +
    `column${source.header.length === 1 ? '' : 's'}: ${shown.join(', ')}${source.header.length > 12 ? ', …' : ''}`;
  if (format === FileFormat.CSV && source.header.length === 1 && mapping.length > 1) {
    const seen = sniffDelimiter(source.header[0]);
    message +=
      `. Wrong delimiter? The file was read as ${delimiterName(source.delimiter ?? ',')}-separated` +
      (seen !== source.delimiter
        ? ` but its header looks ${delimiterName(seen)}-separated: start the import with options.delimiter "${seen === '\t' ? '\\t' : seen}"`
        : '');
  }
  throw new FileError(message);
}
