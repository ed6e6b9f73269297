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

export interface CsvRecordOptions {
  delimiter: string;
  /** Records starting before this line are skipped (2: the header line was read separately). */
  fromLine: number;
  /** The file's text encoding (text-encoding.ts); UTF-8 when not given. */
  encoding?: CsvTextEncoding;
}

/** Transform: Buffer chunks of a CSV file → arrays of SourceRecord (object mode), backpressure kept. */
export class CsvRecords extends Transform {
  private readonly decoder: ChunkDecoder;
  private readonly delimiter: number;
  private readonly fromLine: number;
  /** Text of the record in progress (not yet ended) carried over to the next chunk. */
  private rest = '';
  /** The line the next record starts on. */
  private line = 1;
  private first = true;
  /** Line ends are CR alone (classic Mac files); decided at the file's first line break. */
  private crOnly = false;
  private eolKnown = false;

  constructor(opts: CsvRecordOptions) {
    super({ readableObjectMode: true, readableHighWaterMark: 16 });
    if (opts.delimiter.length !== 1) throw new RangeError('the delimiter must be one character');
    this.delimiter = opts.delimiter.charCodeAt(0);
    this.fromLine = opts.fromLine;
    this.decoder = chunkDecoder(opts.encoding ?? 'utf-8');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let text = this.decoder.write(chunk);
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    text = this.rest + text;
    if (!this.eolKnown && !this.decideEol(text, false)) {
      this.rest = text; // no line end seen yet: wait for more
      done(text.length > MAX_RECORD_CHARS ? this.tooLong() : undefined);
      return;
    }
    this.consume(text, false, done);
  }

  override _flush(done: TransformCallback): void {
    const text = this.rest + this.decoder.end();
    if (!this.eolKnown) this.decideEol(text, true);
    this.consume(text, true, done);
  }

  /** Line ends are CR alone when the file's first line break is a CR not followed by LF. */
  private decideEol(text: string, final: boolean): boolean {
    const lf = text.indexOf('\n');
    const cr = text.indexOf('\r');
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      if (cr + 1 >= text.length && !final) return false;
      this.crOnly = text.charCodeAt(cr + 1) !== LF;
    } else if (lf < 0 && !final) return false;
    this.eolKnown = true;
    return true;
  }

  private consume(text: string, final: boolean, done: TransformCallback): void {
    const batch: SourceRecord[] = [];
    let used: number;
    try {
      used = this.parse(text, final, batch);
    } catch (error) {
      done(error as Error);
      return;
    }
    this.rest = used < text.length ? text.slice(used) : '';
    if (this.rest.length > MAX_RECORD_CHARS) {
      done(this.tooLong());
      return;
    }
    if (batch.length > 0) this.push(batch);
    done();
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
