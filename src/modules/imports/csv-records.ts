import { Transform, type TransformCallback } from 'node:stream';
import type { SourceRecord } from './readers';
import { chunkDecoder, type ChunkDecoder, type CsvTextEncoding } from './text-encoding';

// The CSV tokenizer of imports: bytes in, batches of records out (one batch per chunk of the file), each record
// numbered by the line it starts on. It replaced csv-parse on the import path, which took a third of the staging
// CPU at a million rows (a profile is in bench/README.md): RFC 4180 fields ("" escapes a quote, quoted fields may
// hold delimiters and line breaks), a quote inside an unquoted field is kept as text (csv-parse's relax_quotes),
// rows may have any number of fields (relax_column_count), LF, CRLF or CR line ends, a UTF-8 BOM is dropped, empty
// lines are skipped but counted. Errors carry a CSV_… code like csv-parse's, which the reader turns into FileErrors.

/** A record longer than this (an unclosed quote swallowing the file) is a file-level error. */
export const MAX_RECORD_CHARS = 1_048_576;

/**
 * Bytes of a CSV file per read (and per batch of records). 32 KiB: the chunk's decoded string (up to 64 KB as UTF-16,
 * Korean text) stays a regular young-generation object; 256 KiB chunks became large-object-space strings, allocated
 * straight into the old generation: a million-row import peaked at 340–360 MB RSS with them, 242 MB without
 * (bench:imports), and its staging ran 25 % faster with less garbage collection.
 */
export const CSV_CHUNK_BYTES = 32 * 1024;

export class CsvSyntaxError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * The file's line ends from its first line break: 'cr' when it is a CR not followed by LF (classic Mac files), else
 * 'lf' (LF or CRLF); undefined while `text` (the file's start) has no line break yet and more may follow.
 */
export function lineEndsOf(text: string, final: boolean): 'lf' | 'cr' | undefined {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) {
    if (cr + 1 >= text.length && !final) return undefined;
    return text.charCodeAt(cr + 1) !== LF ? 'cr' : 'lf';
  }
  return lf < 0 && !final ? undefined : 'lf';
}

export interface CsvRecordOptions {
  delimiter: string;
  /** Records starting before this line are skipped (2: the header line was read separately). */
  fromLine: number;
  /** The file's text encoding (text-encoding.ts); UTF-8 when not given. */
  encoding?: CsvTextEncoding;
}

/**
 * The tokenizer itself, synchronous: `write` each Buffer chunk of the file (in order), `end` once; each call appends
 * the records it completed to `out`. CsvRecords streams through it; the parallel staging's workers (parallel-stage.ts)
 * run one per slice of the file, started on the slice's first line with its line ends already known.
 */
export class CsvRecordParser {
  private readonly decoder: ChunkDecoder;
  private readonly delimiter: number;
  private readonly fromLine: number;
  /** Text of the record in progress (not yet ended) carried over to the next chunk. */
  private rest = '';
  /** The line the next record starts on. */
  private line: number;
  private first = true;
  /** Line ends are CR alone (classic Mac files); decided at the file's first line break. */
  private crOnly = false;
  private eolKnown = false;

  /**
   * @param opts.startLine the line the first byte is on (a slice of a file: its first record's line).
   * @param opts.crOnly the line ends when already known (a slice of a file), else decided at the first line break.
   * @param opts.bom false for a slice that does not start the file (a leading U+FEFF is then data).
   */
  constructor(opts: CsvRecordOptions & { startLine?: number; crOnly?: boolean; bom?: boolean }) {
    if (opts.delimiter.length !== 1) throw new RangeError('the delimiter must be one character');
    this.delimiter = opts.delimiter.charCodeAt(0);
    this.fromLine = opts.fromLine;
    this.decoder = chunkDecoder(opts.encoding ?? 'utf-8');
    this.line = opts.startLine ?? 1;
    this.first = opts.bom ?? true;
    if (opts.crOnly !== undefined) {
      this.crOnly = opts.crOnly;
      this.eolKnown = true;
    }
  }

  /** The line the next record starts on. */
  get nextLine(): number {
    return this.line;
  }

  /** Text of a record not yet ended is waiting for the next chunk. */
  get hasRest(): boolean {
    return this.rest.length > 0;
  }

  /** Parses the records `chunk` completes into `out`; throws a CsvSyntaxError on bad syntax. */
  write(chunk: Buffer, out: SourceRecord[]): void {
    let text = this.decoder.write(chunk);
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    text = this.rest + text;
    if (!this.eolKnown && !this.decideEol(text, false)) {
      this.rest = text; // no line end seen yet: wait for more
      if (text.length > MAX_RECORD_CHARS) throw this.tooLong();
      return;
    }
    this.consume(text, false, out);
  }

  /** The end of the file: the last record (without a final line end) into `out`. */
  end(out: SourceRecord[]): void {
    const text = this.rest + this.decoder.end();
    if (!this.eolKnown) this.decideEol(text, true);
    this.consume(text, true, out);
  }

  private decideEol(text: string, final: boolean): boolean {
    const ends = lineEndsOf(text, final);
    if (ends === undefined) return false;
    this.crOnly = ends === 'cr';
    this.eolKnown = true;
    return true;
  }

  private consume(text: string, final: boolean, out: SourceRecord[]): void {
    const used = this.parse(text, final, out);
    this.rest = used < text.length ? text.slice(used) : '';
    if (this.rest.length > MAX_RECORD_CHARS) throw this.tooLong();
  }

  private tooLong(): CsvSyntaxError {
    return new CsvSyntaxError(
      'CSV_MAX_RECORD_SIZE',
      `The record starting on line ${this.line} is longer than ${MAX_RECORD_CHARS} characters (an unclosed quote?)`,
    );
  }

  /** Parses whole records from `text` into `out`; returns how many characters were consumed. */
  private parse(text: string, final: boolean, out: SourceRecord[]): number {
    const d = this.delimiter;
    const n = text.length;
    const crOnly = this.crOnly;
    // The line end: LF (a CR right before it is dropped, so CRLF works and a lone CR stays data), or CR alone.
    const eol = crOnly ? CR : LF;
    const eolText = crOnly ? '\r' : '\n';
    let pos = 0;
    while (pos < n) {
      const start = pos;
      const startLine = this.line;
      let breaks = 0; // line breaks inside quoted fields of this record
      const cells: string[] = [];
      for (;;) {
        if (text.charCodeAt(pos) === QUOTE) {
          // Quoted field: up to the quote that is not doubled.
          let value = '';
          let from = pos + 1;
          let closed = -1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q < 0) break;
            if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            if (q + 1 >= n && !final) break; // a doubled quote may follow in the next chunk
            value += text.slice(from, q);
            closed = q;
            break;
          }
          if (closed < 0) {
            if (!final) return start;
            throw new CsvSyntaxError(
              'CSV_QUOTE_NOT_CLOSED',
              `Quote not closed: the field opened on line ${startLine + breaks} runs to the end of the file`,
            );
          }
          for (let i = value.indexOf(eolText); i >= 0; i = value.indexOf(eolText, i + 1)) breaks++;
          cells.push(value);
          pos = closed + 1;
          if (pos >= n) break; // end of the file (final: see above)
          let c = text.charCodeAt(pos);
          if (c === d) {
            pos++;
            continue;
          }
          if (c === CR && !crOnly) {
            if (pos + 1 >= n) {
              if (!final) return start;
              pos++;
              break;
            }
            if (text.charCodeAt(pos + 1) === LF) {
              pos++;
              c = LF;
            }
          }
          if (c === eol) {
            pos++;
            break;
          }
          throw new CsvSyntaxError(
            'CSV_INVALID_CLOSING_QUOTE',
            `Invalid closing quote on line ${startLine + breaks}: ${JSON.stringify(text[pos])} follows a quoted ` +
              'field instead of the delimiter or a line end',
          );
        }
        // Unquoted field: up to the delimiter or the line end (a quote inside is kept as text).
        let i = pos;
        let c = 0;
        while (i < n) {
          c = text.charCodeAt(i);
          if (c === d || c === eol) break;
          i++;
        }
        if (i >= n) {
          if (!final) return start;
          let end = n;
          if (!crOnly && end > pos && text.charCodeAt(end - 1) === CR) end--;
          cells.push(text.slice(pos, end));
          pos = n;
          break;
        }
        if (c === d) {
          cells.push(text.slice(pos, i));
          pos = i + 1;
          continue;
        }
        let end = i;
        if (!crOnly && end > pos && text.charCodeAt(end - 1) === CR) end--;
        cells.push(text.slice(pos, end));
        pos = i + 1;
        break;
      }
      this.line = startLine + 1 + breaks;
      if (startLine < this.fromLine) continue;
      if (cells.length === 1 && cells[0] === '') continue; // an empty line
      out.push({ line: startLine, cells });
    }
    return pos;
  }
}

/** Transform: Buffer chunks of a CSV file → arrays of SourceRecord (object mode), backpressure kept. */
export class CsvRecords extends Transform {
  private readonly parser: CsvRecordParser;

  constructor(opts: CsvRecordOptions) {
    super({ readableObjectMode: true, readableHighWaterMark: 16 });
    this.parser = new CsvRecordParser(opts);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.step((out) => this.parser.write(chunk, out), done);
  }

  override _flush(done: TransformCallback): void {
    this.step((out) => this.parser.end(out), done);
  }

  /** One batch per chunk (none when the chunk completed no record). */
  private step(parse: (out: SourceRecord[]) => void, done: TransformCallback): void {
    const batch: SourceRecord[] = [];
    try {
      parse(batch);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (batch.length > 0) this.push(batch);
    done();
  }
}
