import { isUtf8 } from 'node:buffer';
import { isTrimmed, type FastCell } from './fast-cells';
import type { RunNumbering } from './run-numbering';
import { copyValue, CopyBytes, type StageCounters } from './stage-rows';
import type { StageJob } from './stage-slice';
import type { ImportTarget } from './targets/import-target';

// The staging fast lane of a slice of a CSV file (stage-slice.ts): when every record of the slice is plain — UTF-8,
// cells without control characters, backslashes, doubled quotes or line breaks, each mapped cell in its field's
// canonical form (fast-cells.ts) — its COPY text is written straight from the file's bytes: no decoded string of
// the slice, no string per cell, no row array, no UTF-8 encoding of the output. The general path (tokenizer,
// rowStager, encodeRecords) spends ~2–3 µs of CPU a sales row on those, most of it the collector's and the
// encoder's (bench/README.md, imports, sixth round). Anything else — a bad or blank required cell, a date in another
// form, an amount with separators, CP949 text — makes the lane give the slice up (undefined) before anything of it
// is kept, and the general path stages the whole slice as before: row errors, their codes and line numbers come
// only from there. The two paths' output is the same byte for byte (fast-slice.spec.ts, bench/stage-cpu.ts
// STAGE_HASH).

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BACKSLASH = 92;
const TAB = 9;
/** Cells a record may have in the lane (a wider record goes the general way). */
const MAX_CELLS = 256;
/** Bytes of one record at most in the lane (a longer record goes the general way). */
const MAX_RECORD_BYTES = 64 * 1024;

/** How each of the target's fields is staged in the lane: a constant (unmapped: its default) or a mapped cell. */
type FastField =
  | { kind: 'constant'; bytes: Buffer; value: string | number | null }
  | {
      kind: 'cell';
      index: number;
      read: FastCell;
      required: boolean;
      /** What a blank cell stages (the import's default for the field, else NULL) and its value. */
      blank: Buffer;
      blankValue: string | number | null;
    };

export interface FastPlan {
  fields: FastField[];
  delimiter: number;
  /** Index of the numbering's key among the fields, -1 when not numbered. */
  numberedBy: number;
  /** Bytes of the constants and blank values of a row at most (reserved per record). */
  constantBytes: number;
  /** Fields read from one cell at most (a mapping may name a column twice): the record's bytes reserved that often. */
  cellUses: number;
}

/**
 * The lane's plan for an import, or undefined when it cannot take the file: not UTF-8, a delimiter that is not one
 * ASCII byte (or is a quote, a line end or a backslash), or a mapped field without a fast reader.
 */
export function fastPlan(job: StageJob, target: ImportTarget): FastPlan | undefined {
  if (job.encoding !== 'utf-8' || job.delimiter.length !== 1) return undefined;
  const delimiter = job.delimiter.charCodeAt(0);
  if (
    delimiter >= 0x80 ||
    delimiter === QUOTE ||
    delimiter === LF ||
    delimiter === CR ||
    delimiter === BACKSLASH
  )
    return undefined;
  const fields: FastField[] = [];
  let constantBytes = 0;
  for (let i = 0; i < target.fields.length; i++) {
    const field = target.fields[i];
    if (!job.fieldColumn[i]) {
      const value = job.defaults[field.name] ?? null;
      const bytes = Buffer.from(copyValue(value, false), 'utf8');
      constantBytes += bytes.length;
      fields.push({ kind: 'constant', bytes, value });
      continue;
    }
    if (!field.fast) return undefined;
    const blankValue = field.required ? null : (job.defaults[field.name] ?? null);
    const blank = Buffer.from(copyValue(blankValue, false), 'utf8');
    constantBytes += blank.length;
    fields.push({
      kind: 'cell',
      index: job.cellIndex[i],
      read: field.fast,
      required: field.required,
      blank,
      blankValue,
    });
  }
  const numberedBy = target.numbering
    ? target.fields.findIndex((f) => f.name === target.numbering!.field)
    : -1;
  const uses = new Map<number, number>();
  for (const f of fields) if (f.kind === 'cell') uses.set(f.index, (uses.get(f.index) ?? 0) + 1);
  const cellUses = Math.max(1, ...uses.values());
  return { fields, delimiter, numberedBy, constantBytes, cellUses };
}

/** Writes the decimal digits of a non-negative integer. */
function putInt(out: CopyBytes, n: number): void {
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  const b = out.buffer;
  for (let i = out.used + digits - 1; i >= out.used; i--) {
    b[i] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
  out.used += digits;
}

/**
 * Stages the slice `bytes` (starting on line `startLine`; `offset` 0: the file's start, a byte order mark is
 * dropped; `last`: the file's end, its last record may lack a line end) into `out`, counting into `counters` and
 * numbering with `numbering`. Returns false — having kept nothing the caller may use: `out`, `counters` and
 * `numbering` must then be thrown away — when the slice is not plain.
 */
export function stageSliceFast(
  plan: FastPlan,
  src: Buffer,
  slice: { startLine: number; offset: number; last: boolean },
  out: CopyBytes,
  counters: StageCounters,
  numbering: RunNumbering | undefined,
): boolean {
  if (!isUtf8(src)) return false;
  const n = src.length;
  const d = plan.delimiter;
  const { fields, numberedBy } = plan;
  const starts = new Int32Array(MAX_CELLS);
  const ends = new Int32Array(MAX_CELLS);
  let pos = slice.offset === 0 && src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf ? 3 : 0;
  let line = slice.startLine;
  // The numbering key of the previous row: its bytes in `out`, and its text (a string made only when it changes).
  let keyFrom = -1;
  let keyTo = -1;
  let key: string | null = null;
  while (pos < n) {
    const recordStart = pos;
    let cells = 0;
    // One record's cells (offsets into src), the general tokenizer's rules for plain records.
    for (;;) {
      if (cells === MAX_CELLS) return false;
      if (src[pos] === QUOTE) {
        const close = src.indexOf(QUOTE, pos + 1);
        if (close < 0 || src[close + 1] === QUOTE) return false;
        for (let i = pos + 1; i < close; i++) {
          const c = src[i];
          if (c < 0x20 || c === BACKSLASH) return false; // a line break, a tab: escaped or counted elsewhere
        }
        starts[cells] = pos + 1;
        ends[cells++] = close;
        pos = close + 1;
        if (pos >= n) {
          if (!slice.last) return false;
          break;
        }
        const c = src[pos];
        if (c === d) {
          pos++;
          continue;
        }
        if (c === LF) {
          pos++;
          break;
        }
        if (c === CR && src[pos + 1] === LF) {
          pos += 2;
          break;
        }
        return false; // a closing quote followed by text: the general path reports it
      }
      let i = pos;
      let c = 0;
      while (i < n) {
        c = src[i];
        if (c === d || c === LF) break;
        if (c < 0x20 || c === BACKSLASH) {
          if (c !== CR || src[i + 1] !== LF) return false; // only a CRLF's CR
        }
        i++;
      }
      if (i >= n) {
        if (!slice.last) return false;
        starts[cells] = pos;
        ends[cells++] = n;
        pos = n;
        break;
      }
      starts[cells] = pos;
      ends[cells++] = c === LF && i > pos && src[i - 1] === CR ? i - 1 : i;
      pos = i + 1;
      if (c === LF) break;
    }
    if (pos - recordStart > MAX_RECORD_BYTES) return false;
    const recordLine = line++;
    if (recordLine < 2) continue; // the header
    if (cells === 1 && starts[0] === ends[0]) continue; // an empty line
    counters.read++;
    // Room for the row: each cell's bytes (a date grows by 9, a blank becomes \N: 16 a field covers it), the
    // constants, the line number and the line within the invoice.
    out.reserve((pos - recordStart) * plan.cellUses + plan.constantBytes + 16 * fields.length + 32);
    putInt(out, recordLine);
    let keyStart = -1;
    let keyEnd = -1;
    let keyNull = false;
    for (let f = 0; f < fields.length; f++) {
      out.buffer[out.used++] = TAB;
      const field = fields[f];
      const valueStart = out.used;
      if (field.kind === 'constant') {
        field.bytes.copy(out.buffer, out.used);
        out.used += field.bytes.length;
      } else {
        const ci = field.index;
        const from = ci < cells ? starts[ci] : 0;
        const to = ci < cells ? ends[ci] : 0;
        if (from === to) {
          if (field.required) return false;
          counters.missing[f]++;
          field.blank.copy(out.buffer, out.used);
          out.used += field.blank.length;
          if (f === numberedBy) {
            if (field.blankValue === null) keyNull = true;
            else {
              keyStart = valueStart;
              keyEnd = out.used;
            }
          }
          continue;
        }
        if (!isTrimmed(src, from, to) || !field.read(src, from, to, out)) return false;
      }
      if (f === numberedBy) {
        keyStart = valueStart;
        keyEnd = out.used;
        if (field.kind === 'constant' && field.value === null) keyNull = true;
      }
    }
    counters.valid++;
    if (numbering) {
      if (keyNull) key = null;
      else if (!sameBytes(out.buffer, keyFrom, keyTo, keyStart, keyEnd) || key === null)
        key = out.buffer.toString('utf8', keyStart, keyEnd);
      keyFrom = keyStart;
      keyTo = keyEnd;
      out.buffer[out.used++] = TAB;
      putInt(out, numbering.next(key));
    }
    out.buffer[out.used++] = LF;
  }
  return true;
}

/** Bytes a..aEnd equal bytes b..bEnd of the same buffer (a < 0: no previous value). */
function sameBytes(buf: Buffer, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (a < 0 || aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
