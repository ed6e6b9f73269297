import { Transform, type TransformCallback } from 'node:stream';
// bulk-write itself, not the seed module's index: the staging workers load this file and stay light.
import { encodeCopyField, type Row } from '../../common/seed/bulk-write';
import type { RowError } from './import.model';
import { cellText, isBlank } from './normalize';
import type { SourceRecord } from './readers';
import type { RunNumbering } from './run-numbering';
import type { FieldContext, ImportTarget, TargetField } from './targets/import-target';

// The staging side of the import job, record by record: a file's record → its staging row (validated and
// normalised by the target's fields) or a bad row with its errors, and the COPY text encoder the rows stream
// through. Synchronous and free of I/O: the runner pipes the reader's batches through CopyEncoder into COPY.

/** What the rows read so far came to; the runner reports it (progress, the import's counts, row errors). */
export interface StageCounters {
  read: number;
  valid: number;
  bad: number;
  /** Blank cells per field (by index in the target's fields). */
  missing: number[];
  errors: RowError[];
}

/** Counters for a target with `fieldCount` fields, all at zero. */
export function newStageCounters(fieldCount: number): StageCounters {
  return { read: 0, valid: 0, bad: 0, missing: new Array<number>(fieldCount).fill(0), errors: [] };
}

export interface RowStagerOptions {
  fields: readonly TargetField[];
  /** The mapping entry of each field (by index), undefined when the field is unmapped. */
  fieldColumn: readonly ({ column: string; field: string } | undefined)[];
  /** The record's cell index of each field (-1 when unmapped). */
  cellIndex: readonly number[];
  /** Values of unmapped fields and of blank optional cells (the import's options). */
  defaults: Record<string, string | number | null>;
  /** Row errors kept at most (the counts go on). */
  maxErrors: number;
  fieldCtx: FieldContext;
  /** The line within its key, counted as the rows stream: staged after the fields. */
  numbering?: RunNumbering;
  /** Index of the numbering's key among the fields. */
  numberedBy: number;
  /** Called once per record read, with the count so far (progress). */
  onRead?: (read: number) => void;
}

/**
 * rowStager options for a file whose header names the mapping's columns exactly (benchmarks and tests; the
 * runner resolves the mapping itself, with its file-level errors): unmapped fields and missing columns stay
 * unmapped, defaults are the target's for no options, dates read month first.
 */
export function headerStagerOptions(
  target: ImportTarget,
  header: readonly string[],
  mapping: readonly { column: string; field: string }[],
  maxErrors: number,
  numbering?: RunNumbering,
): RowStagerOptions {
  const index = new Map(header.map((h, i) => [h, i]));
  const fieldColumn = target.fields.map((f) =>
    mapping.find((m) => m.field === f.name && index.has(m.column)),
  );
  return {
    fields: target.fields,
    fieldColumn,
    cellIndex: fieldColumn.map((m) => (m ? index.get(m.column)! : -1)),
    defaults: target.defaults?.({}) ?? {},
    maxErrors,
    fieldCtx: { dateOrder: 'MDY' },
    numbering,
    numberedBy: target.numbering ? target.fields.findIndex((f) => f.name === target.numbering!.field) : -1,
  };
}

/**
 * One record → its staging row (source line first, then the fields, then the line number within its key when
 * numbered), or null for a bad row (counted, its errors kept up to maxErrors).
 */
export function rowStager(o: RowStagerOptions, c: StageCounters): (record: SourceRecord) => Row | null {
  const { fields, fieldColumn, cellIndex, defaults, maxErrors, fieldCtx, numbering, numberedBy, onRead } = o;
  return (record) => {
    c.read++;
    const row: (string | number | null)[] = [record.line];
    let rowBad = false;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const mapped = fieldColumn[i];
      if (!mapped) {
        row.push(defaults[field.name] ?? null);
        continue;
      }
      const cell = record.cells[cellIndex[i]];
      // A text cell is trimmed once here: every field parser trims first (cellText), so it gets the same answer.
      const text = typeof cell === 'string' ? cell.trim() : cell;
      if (typeof text === 'string' ? text === '' : isBlank(text)) {
        c.missing[i]++;
        if (field.required) {
          rowBad = true;
          if (c.errors.length < maxErrors)
            c.errors.push({
              line: record.line,
              column: mapped.column,
              value: null,
              reason: `${field.name} is required`,
            });
        }
        // A blank optional cell takes the import's default where the target has one (a sales line's currency:
        // the file's currency), as an unmapped column does; counted as missing all the same.
        row.push(field.required ? null : (defaults[field.name] ?? null));
        continue;
      }
      const parsed = field.parse(text, fieldCtx);
      if (parsed.ok) row.push(parsed.value);
      else {
        rowBad = true;
        if (c.errors.length < maxErrors)
          c.errors.push({
            line: record.line,
            column: mapped.column,
            value: cellText(cell).slice(0, 200),
            reason: `${field.name} ${parsed.reason}`,
          });
        row.push(null);
      }
    }
    onRead?.(c.read);
    if (rowBad) {
      c.bad++;
      return null;
    }
    c.valid++;
    if (numbering) {
      const key = row[1 + numberedBy];
      row.push(numbering.next(key === null ? null : String(key)));
    }
    return row;
  };
}

/**
 * The staging row's columns whose values never need COPY escaping (CopyEncoder's `plain`): the source line, the
 * line number, and the fields of a non-text type without a default from the import's options — their values are
 * what the target's parsers write (numbers, decimal digits, ISO dates, uuids), never a backslash or a control
 * character.
 */
export function plainColumns(
  fields: readonly TargetField[],
  defaults: Record<string, unknown>,
  numbered: boolean,
): boolean[] {
  return [
    true,
    ...fields.map((f) => !/^(text|varchar|character|char)\b/i.test(f.pgType) && !(f.name in defaults)),
    ...(numbered ? [true] : []),
  ];
}

/** Bytes of COPY text per chunk handed to the connection (a few chunks in flight at most). */
const COPY_CHUNK_BYTES = 256 * 1024;
/** Characters of COPY text per string written into the byte buffer: small enough to die in the young generation. */
const COPY_TEXT_CHARS = 16 * 1024;

/**
 * COPY text encoded into one reusable byte buffer, grown when a text does not fit. Strings go in at most
 * COPY_TEXT_CHARS at a time (encodeRecords), so only short-lived strings exist: they die in the young generation
 * instead of piling up as long concatenation chains in the old one.
 */
export class CopyBytes {
  buffer: Buffer;
  used = 0;

  constructor(size: number) {
    // A buffer of its own (not a slice of Node's pool), so a worker can transfer it.
    this.buffer = Buffer.allocUnsafeSlow(size);
  }

  /** Room for `chars` characters of text (3 UTF-8 bytes per UTF-16 unit at most) without growing. */
  fits(chars: number): boolean {
    return this.used + chars * 3 <= this.buffer.length;
  }

  /** Room for `bytes` more bytes at `used`: the buffer grown (its bytes kept at their offsets) when short. */
  reserve(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const bigger = Buffer.from(new ArrayBuffer(Math.max(this.buffer.length * 2, this.used + bytes)));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  write(text: string): void {
    // Room for the text's worst case instead of counting its bytes first: one pass over the text rather than two.
    this.reserve(text.length * 3);
    this.used += this.buffer.write(text, this.used);
  }
}

/**
 * The COPY lines of a batch's kept rows, handed to `write` every COPY_TEXT_CHARS: a rope flattened into a string
 * over ~128 KB would land in V8's large-object space, i.e. straight into the old generation.
 */
export function encodeRecords(
  records: readonly SourceRecord[],
  toRow: (record: SourceRecord) => Row | null,
  plain: readonly boolean[],
  write: (text: string) => void,
): void {
  let text = '';
  for (const record of records) {
    const row = toRow(record);
    if (row === null) continue;
    text += copyLine(row, plain);
    if (text.length >= COPY_TEXT_CHARS) {
      write(text);
      text = '';
    }
  }
  if (text.length > 0) write(text);
}

/**
 * Batches of records in (object mode), COPY text-format Buffers out: each batch's rows encoded into one
 * reusable byte buffer (CopyBytes), flushed as a copy of it every COPY_CHUNK_BYTES.
 */
export class CopyEncoder extends Transform {
  private readonly bytes = new CopyBytes(COPY_CHUNK_BYTES * 2);

  /**
   * @param plain Columns (by index in the row) whose values never need COPY escaping: the source line, numbers,
   * and the non-text columns, whose values the target's parsers write themselves (digits, dates, uuids; see
   * TargetField.pgType). Their escape test is skipped.
   */
  constructor(
    private readonly toRow: (record: SourceRecord) => Row | null,
    private readonly plain: readonly boolean[] = [],
  ) {
    super({ writableObjectMode: true, writableHighWaterMark: 4 });
  }

  override _transform(records: SourceRecord[], _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      encodeRecords(records, this.toRow, this.plain, (text) => this.write_(text));
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  }

  private write_(text: string): void {
    if (!this.bytes.fits(text.length)) this.flushBuffer();
    this.bytes.write(text);
    if (this.bytes.used >= COPY_CHUNK_BYTES) this.flushBuffer();
  }

  override _flush(done: TransformCallback): void {
    this.flushBuffer();
    done();
  }

  private flushBuffer(): void {
    if (this.bytes.used === 0) return;
    this.push(Buffer.from(this.bytes.buffer.subarray(0, this.bytes.used)));
    this.bytes.used = 0;
  }
}

const COPY_SPECIAL = /[\\\t\n\r\0]/;

/**
 * encodeCopyRow for the values toRow produces (strings, finite numbers, null): one regular-expression test per
 * field on the common path instead of a type switch, a NUL scan and an escape test (a third of the encoding CPU
 * at a million rows). Anything unusual goes through encodeCopyRow's field encoder, which also refuses NUL.
 */
function copyLine(row: Row, plain: readonly boolean[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const text = copyValue(row[i], plain[i]);
    line += i === 0 ? text : `\t${text}`;
  }
  return `${line}\n`;
}

/** One value of a staging row as COPY text (`plain`: a column whose values never need escaping). */
export function copyValue(v: Row[number], plain: boolean): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return plain || !COPY_SPECIAL.test(v) ? v : encodeCopyField(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return encodeCopyField(v);
}
