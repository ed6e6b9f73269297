import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CSV_CHUNK_BYTES, CsvSyntaxError, MAX_RECORD_CHARS } from './csv-records';
import type { CsvHead } from './readers';
import type { RunNumbering } from './run-numbering';
import type { SliceResult, SliceTask, StageJob } from './stage-slice';
import type { StageCounters } from './stage-rows';

// Parallel staging of a large CSV import (PostgreSQL COPY only): the Node side of staging — tokenizer, validation,
// COPY encoding, ≈1.6 µs of CPU a row in one thread — was the bottleneck beside PostgreSQL's COPY (≈0.7 µs), so it
// runs on worker threads. The main thread only cuts the file into slices of whole records (RecordCutter: the
// tokenizer's quote rules, indexOf over the bytes), gives each slice its first line, and writes the workers' COPY
// text to the connection in file order, joining the line numbers within a key across slices (RunNumbering.join).
// The output is the single-threaded path's byte for byte: same COPY text, row errors, counters and line numbers
// (bench/stage-cpu.ts STAGE_PARALLEL compares the digests; parallel-stage.spec.ts the outputs).

const QUOTE = 34;
const LF = 10;
/**
 * Bytes per slice (one read each): a slice's COPY text is ~1.3 times that, a few slices are in flight. 128 KiB,
 * 256 KiB, 512 KiB and 1 MiB measured the same CPU and peak RSS within noise (bench/README.md, fifth round); the
 * larger, the fewer messages.
 */
export const SLICE_BYTES = 512 * 1024;
/**
 * A worker's young generation (MB; V8's default is 48 at this heap size): each worker isolate's RSS is mostly
 * its young generation, and every per-row object dies young anyway. 8 MB: the peak RSS of a million-row staging
 * ~40 MB lower than the default with two workers, the CPU the same within noise (48, 16 and 8 measured).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * Bytes of a record in progress after which it is certainly over MAX_RECORD_CHARS characters (a UTF-16 unit takes
 * at most 3 bytes, an undecodable byte sequence of up to 3 bytes becomes one U+FFFD) with a read boundary after the
 * limit: sent to a worker as it is, whose tokenizer then fails it exactly as the single-threaded reader would.
 */
const LONGEST_PENDING = 3 * (MAX_RECORD_CHARS + 1) + 4 * CSV_CHUNK_BYTES;
/** Slices queued or being staged per worker. */
const IN_FLIGHT_PER_WORKER = 2;

/** Delimiters whose byte is never part of a multi-byte character in UTF-8 or CP949 (trail bytes 0x41–0xFE). */
const SAFE_DELIMITERS = new Set([',', ';', '\t', '|']);

/**
 * Whether a CSV file can be staged in parallel: LF or CRLF line ends (CR-only files keep the stream path),
 * UTF-8 or EUC-KR/CP949 text (ASCII-safe: `"`, LF and the delimiter bytes never occur inside a character) and a
 * delimiter from the sniffed set.
 */
export function parallelStageUsable(head: CsvHead): boolean {
  return head.lineEnds === 'lf' && SAFE_DELIMITERS.has(head.delimiter);
}

/**
 * Finds record ends in a CSV file's bytes with the tokenizer's quote rules: a quote opens a quoted field only at a
 * field's start (the record's start or right after the delimiter), `""` inside one is a quote, a quote inside an
 * unquoted field is text; a record ends at an LF outside quotes (a CRLF's CR is the record's). Fed the same growing
 * buffer read by read; `shift` when its first bytes were taken away.
 */
export class RecordCutter {
  /** Scanned up to here. */
  private p = 0;
  private quoted = false;
  /** The next LF at or after `p` when known (-1: look again). */
  private nextLf = -1;

  /**
   * @param delimiter the delimiter's byte.
   * @param start where the data starts in the first buffer (after a byte order mark): a quote there opens a field.
   */
  constructor(
    private readonly delimiter: number,
    private start = 0,
  ) {}

  /** Scans `b` (all of it: the bytes read so far) further; returns the offset after its last record end, 0 if none. */
  scan(b: Buffer): number {
    const n = b.length;
    const d = this.delimiter;
    let p = this.p;
    /** The last stretch outside quotes holding an LF ends here: the cut is after its last LF. */
    let cutLimit = 0;
    for (;;) {
      const q = b.indexOf(QUOTE, p);
      if (this.quoted) {
        if (q < 0) {
          p = n;
          break;
        }
        if (q + 1 >= n) {
          p = q; // whether a second quote follows is in the next read
          break;
        }
        if (b[q + 1] === QUOTE) p = q + 2;
        else {
          this.quoted = false;
          p = q + 1;
        }
        continue;
      }
      const limit = q < 0 ? n : q;
      // Is there an LF in [p, limit)? The first LF at or after p, searched once for the stretches before it.
      if (this.nextLf < p) {
        const lf = b.indexOf(LF, p);
        this.nextLf = lf < 0 ? n : lf;
      }
      if (this.nextLf < limit) cutLimit = limit;
      if (q < 0) {
        p = n;
        break;
      }
      const prev = q > this.start ? b[q - 1] : LF;
      if (prev === d || prev === LF) this.quoted = true;
      p = q + 1;
    }
    this.p = p;
    if (this.nextLf >= n) this.nextLf = -1; // none yet: look again in the longer buffer
    return cutLimit === 0 ? 0 : b.lastIndexOf(LF, cutLimit - 1) + 1;
  }

  /** The first `cut` bytes of the buffer were taken away (cut at a record end). */
  shift(cut: number): void {
    this.p -= cut;
    if (this.nextLf >= 0) this.nextLf -= cut;
    this.start = 0;
  }
}

/** LF bytes in `b` (each is one line: inside quoted fields too, as the tokenizer counts them). */
export function countLineFeeds(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(LF); i >= 0; i = b.indexOf(LF, i + 1)) n++;
  return n;
}

/** The bytes of a source file, offered slice by slice (the file; tests give byte arrays). */
export interface SliceSource {
  read(into: Buffer, at: number, length: number, position: number): Promise<number>;
  close(): Promise<void>;
}

export async function fileSliceSource(file: string): Promise<SliceSource> {
  const fh = await fs.promises.open(file, 'r');
  return {
    read: async (into, at, length, position) => (await fh.read(into, at, length, position)).bytesRead,
    close: () => fh.close(),
  };
}

export interface ParallelStageOptions {
  source: SliceSource;
  head: Pick<CsvHead, 'delimiter' | 'bom'>;
  job: StageJob;
  workers: number;
  counters: StageCounters;
  /** The import's line numbering (joined across slices), when the target has one. */
  numbering?: RunNumbering;
  /** Called after each slice's rows were counted, with the bytes of the file staged so far. */
  onProgress?: (bytes: number) => void;
  /** Bytes per slice (tests cut small files into many). */
  sliceBytes?: number;
}

/**
 * The COPY text of a CSV file staged by worker threads, in file order (pipe it into COPY … FROM STDIN). The
 * counters, row errors (first maxErrors) and numbering are updated as each slice's turn comes. A syntax error or a
 * worker's failure ends the stream with that error; the workers are stopped whichever way it ends.
 */
export async function* stageInParallel(o: ParallelStageOptions): AsyncGenerator<Buffer> {
  const pool = new StagePool(o.workers, o.job);
  const sliceBytes = o.sliceBytes ?? SLICE_BYTES;
  const cutter = new RecordCutter(o.head.delimiter.charCodeAt(0), o.head.bom ? 3 : 0);
  const queue: { result: Promise<SliceResult>; end: number }[] = [];
  const maxInFlight = o.workers * IN_FLIGHT_PER_WORKER;
  async function* next(): AsyncGenerator<Buffer> {
    const { result, end } = queue.shift()!;
    yield* applySlice(await result, o);
    o.onProgress?.(end);
  }
  try {
    let seq = 0;
    let offset = 0; // of buf[0] in the file
    let line = 1;
    let buf = Buffer.allocUnsafeSlow(sliceBytes * 2);
    let n = 0;
    let eof = false;
    while (!eof) {
      if (buf.length - n < sliceBytes) {
        const bigger = Buffer.allocUnsafeSlow(n + sliceBytes * 2);
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = await o.source.read(buf, n, sliceBytes, offset + n);
      n += got;
      eof = got === 0;
      let cut = eof ? n : cutter.scan(buf.subarray(0, n));
      // A record in progress that long fails in the tokenizer: the worker reports how.
      if (cut === 0 && n >= LONGEST_PENDING) cut = n;
      if (cut === 0) continue;
      const lines = countLineFeeds(buf.subarray(0, cut));
      const rest = Buffer.allocUnsafeSlow(n - cut + sliceBytes * 2);
      buf.copy(rest, 0, cut, n);
      const task: SliceTask = {
        seq: seq++,
        bytes: buf.buffer as ArrayBuffer,
        length: cut,
        offset,
        startLine: line,
        last: eof,
      };
      const result = pool.run(task);
      result.catch(() => undefined); // awaited in its turn
      offset += cut;
      line += lines;
      n -= cut;
      buf = rest;
      cutter.shift(cut);
      queue.push({ result, end: offset });
      while (queue.length >= maxInFlight) yield* next();
    }
    while (queue.length > 0) yield* next();
  } finally {
    await pool.terminate();
    await o.source.close().catch(() => undefined);
  }
}

/** A slice's result in its turn: counters and errors added, its COPY text out (the first run renumbered). */
function* applySlice(r: SliceResult, o: ParallelStageOptions): Generator<Buffer> {
  if (r.error) {
    if (r.error.code && /^CSV_/.test(r.error.code)) throw new CsvSyntaxError(r.error.code, r.error.message);
    throw Object.assign(new Error(r.error.message), { name: r.error.name });
  }
  const c = o.counters;
  const s = r.counters;
  c.read += s.read;
  c.valid += s.valid;
  c.bad += s.bad;
  for (let i = 0; i < s.missing.length; i++) c.missing[i] += s.missing[i];
  for (const e of s.errors) {
    if (c.errors.length >= o.job.maxErrors) break;
    c.errors.push(e);
  }
  let copy = Buffer.from(r.copy!, 0, r.copyLength);
  if (o.numbering && r.numbering) {
    const raise = o.numbering.join(r.numbering);
    if (raise > 0) {
      yield renumber(copy.subarray(0, r.numbering.firstBytes), raise);
      copy = copy.subarray(r.numbering.firstBytes);
    }
  }
  if (copy.length > 0) yield copy;
}

/** COPY lines whose last column (the line within the key) is raised by `raise`. */
export function renumber(lines: Buffer, raise: number): Buffer {
  const text = lines.toString('utf8');
  let out = '';
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const tab = text.lastIndexOf('\t', end);
    out += `${text.slice(start, tab + 1)}${Number(text.slice(tab + 1, end)) + raise}\n`;
    start = end + 1;
  }
  return Buffer.from(out);
}

/** Where the worker's code is, and how to start it: compiled JavaScript as it is, TypeScript through swc. */
function workerScript(): { script: string; eval: boolean } {
  const ext = path.extname(__filename);
  const entry = path.join(__dirname, `stage-worker${ext}`);
  if (ext !== '.ts') return { script: entry, eval: false };
  const register = path.join(__dirname, '../../platform/swc-register.js');
  return { script: `require(${JSON.stringify(register)}); require(${JSON.stringify(entry)});`, eval: true };
}

/** The import's staging workers; each runs its slices in the order given. */
class StagePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: SliceResult) => void; reject: (e: Error) => void }
  >();
  private failed?: Error;

  constructor(size: number, job: StageJob) {
    const { script, eval: isEval } = workerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, {
        eval: isEval,
        workerData: job,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      worker.unref(); // never keeps the process alive; terminated when the import's staging ends
      worker.on('message', (r: SliceResult) => {
        const w = this.waiting.get(r.seq);
        this.waiting.delete(r.seq);
        w?.resolve(r);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.terminating) this.fail(new Error(`an import staging worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  private terminating = false;

  private fail(error: Error): void {
    this.failed ??= error;
    for (const w of this.waiting.values()) w.reject(this.failed);
    this.waiting.clear();
  }

  run(task: SliceTask): Promise<SliceResult> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.set(task.seq, { resolve, reject });
      this.workers[task.seq % this.workers.length].postMessage(task, [task.bytes]);
    });
  }

  async terminate(): Promise<void> {
    this.terminating = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
