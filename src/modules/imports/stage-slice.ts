import { CSV_CHUNK_BYTES, CsvRecordParser } from './csv-records';
import { fastPlan, stageSliceFast } from './fast-slice';
import type { DateOrder } from './normalize';
import type { SourceRecord } from './readers';
import { RunNumbering, type NumberedSlice } from './run-numbering';
import {
  CopyBytes,
  encodeRecords,
  newStageCounters,
  plainColumns,
  rowStager,
  type RowStagerOptions,
  type StageCounters,
} from './stage-rows';
import { importTarget } from './targets';
import type { CsvTextEncoding } from './text-encoding';

// One slice of a CSV file (whole records, cut by parallel-stage.ts) staged on its own: tokenized, validated and
// COPY-encoded by the same code as the single-threaded path (CsvRecordParser, rowStager, encodeRecords). Runs in the
// staging workers (stage-worker.ts); its imports stay light (no TypeORM, no app): the tokenizer, the targets and
// their normalisers.

/** What a staging worker needs to know of the import (plain data: it crosses to the worker as workerData). */
export interface StageJob {
  /** The target by name (targets/index.ts), so its field parsers need not cross threads. */
  target: string;
  fieldColumn: ({ column: string; field: string } | null)[];
  cellIndex: number[];
  defaults: Record<string, string | number | null>;
  maxErrors: number;
  dateOrder: DateOrder;
  delimiter: string;
  encoding: CsvTextEncoding;
}

/** The workers' job from the stream path's rowStager options: one set of options for both paths. */
export function stageJob(
  target: string,
  o: RowStagerOptions,
  head: { delimiter: string; encoding: CsvTextEncoding },
): StageJob {
  return {
    target,
    fieldColumn: o.fieldColumn.map((m) => m ?? null),
    cellIndex: [...o.cellIndex],
    defaults: o.defaults,
    maxErrors: o.maxErrors,
    dateOrder: o.fieldCtx.dateOrder,
    delimiter: head.delimiter,
    encoding: head.encoding,
  };
}

export interface SliceTask {
  seq: number;
  /** The slice's bytes (transferred): the first `length` bytes of the buffer. */
  bytes: ArrayBuffer;
  length: number;
  /** Where the slice starts in the file (the tokenizer's reads are aligned on the file's CSV_CHUNK_BYTES). */
  offset: number;
  /** The line the slice starts on. */
  startLine: number;
  /** The slice ends the file (its last record may have no line end; an open quote is an error). */
  last: boolean;
}

export interface SliceResult {
  seq: number;
  /** COPY text of the kept rows (transferred): the first `copyLength` bytes. */
  copy?: ArrayBuffer;
  copyLength: number;
  counters: StageCounters;
  /** The slice's runs for the line numbers, and the bytes of its first run's COPY lines. */
  numbering?: NumberedSlice & { firstBytes: number };
  /** A syntax error (CSV_… code) or any other failure: the import fails with it when this slice's turn comes. */
  error?: { name: string; message: string; code?: string };
}

/**
 * Stages slices of one import's file. `fastLane: false` (tests): every slice on the general path, never the fast
 * lane's (fast-slice.ts).
 */
export function sliceStager(
  job: StageJob,
  opts: { fastLane?: boolean } = {},
): (task: SliceTask) => SliceResult {
  const target = importTarget(job.target);
  if (!target) throw new Error(`Unknown import target ${job.target}`);
  const fields = target.fields;
  const numberedBy = target.numbering ? fields.findIndex((f) => f.name === target.numbering!.field) : -1;
  const plain = plainColumns(fields, job.defaults, target.numbering !== undefined);
  const fieldColumn = job.fieldColumn.map((m) => m ?? undefined);
  const fast = opts.fastLane === false ? undefined : fastPlan(job, target);
  /** A slice's own counters, numbering (its runs' hashes) and COPY buffer. */
  const fresh = (task: SliceTask) => {
    const hashes: number[] = [];
    return {
      counters: newStageCounters(fields.length),
      hashes,
      numbering: target.numbering ? new RunNumbering(hashes) : undefined,
      out: new CopyBytes(Math.ceil(task.length * 1.5) + 1024),
    };
  };
  return (task) => {
    const bytes = Buffer.from(task.bytes, 0, task.length);
    if (fast) {
      // The fast lane first (fast-slice.ts); what it gives up is staged below from scratch.
      const f = fresh(task);
      if (stageSliceFast(fast, bytes, task, f.out, f.counters, f.numbering))
        return sliceResult(task.seq, f.out, f.counters, f.numbering, f.hashes);
    }
    const { counters, hashes, numbering, out } = fresh(task);
    const toRow = rowStager(
      {
        fields,
        fieldColumn,
        cellIndex: job.cellIndex,
        defaults: job.defaults,
        maxErrors: job.maxErrors,
        fieldCtx: { dateOrder: job.dateOrder },
        numbering,
        numberedBy,
      },
      counters,
    );
    const write = (text: string) => out.write(text);
    const parser = new CsvRecordParser({
      delimiter: job.delimiter,
      fromLine: 2,
      encoding: job.encoding,
      startLine: task.startLine,
      crOnly: false,
      bom: task.offset === 0,
    });
    const batch: SourceRecord[] = [];
    try {
      // Fed in the single-threaded reader's reads (CSV_CHUNK_BYTES, aligned on the file), so an over-long record
      // fails at the same read, with the same message.
      for (let at = 0; at < task.length;) {
        const to = Math.min(
          task.length,
          (Math.floor((task.offset + at) / CSV_CHUNK_BYTES) + 1) * CSV_CHUNK_BYTES - task.offset,
        );
        parser.write(bytes.subarray(at, to), batch);
        encodeRecords(batch, toRow, plain, write);
        batch.length = 0;
        at = to;
      }
      if (task.last) {
        parser.end(batch);
        encodeRecords(batch, toRow, plain, write);
      } else if (parser.hasRest) {
        throw new Error(`a slice of the file ends inside a record (line ${parser.nextLine})`);
      }
    } catch (error) {
      const e = error as Error & { code?: string };
      return {
        seq: task.seq,
        copyLength: 0,
        counters,
        error: { name: e.name, message: e.message, code: e.code },
      };
    }
    return sliceResult(task.seq, out, counters, numbering, hashes);
  };
}

/** A staged slice's result: its COPY text, counters and (numbered) runs. */
function sliceResult(
  seq: number,
  out: CopyBytes,
  counters: StageCounters,
  numbering: RunNumbering | undefined,
  hashes: number[],
): SliceResult {
  const result: SliceResult = {
    seq,
    copy: out.buffer.buffer as ArrayBuffer,
    copyLength: out.used,
    counters,
  };
  if (numbering) {
    const { first, last } = numbering.slice;
    // The first run's COPY lines: up to its rows-th line end (runs are short; the whole text when one run).
    let firstBytes = 0;
    for (let k = 0; k < first.rows; k++) firstBytes = out.buffer.indexOf(10, firstBytes) + 1;
    result.numbering = {
      runs: numbering.runs,
      hashes: Uint32Array.from(hashes),
      first: first.key,
      firstRows: first.rows,
      last: last.key,
      lastRows: last.rows,
      firstBytes,
    };
  }
  return result;
}
