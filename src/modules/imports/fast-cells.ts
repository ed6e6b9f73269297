import { validYmd } from './normalize';

// Byte-level readers of canonical cells for the staging fast lane (fast-slice.ts). Each reads one trimmed,
// non-blank cell of a UTF-8 CSV slice — bytes `from`..`to` of `src`, already known to hold no control character and
// no backslash — and either writes the staged value as COPY text at `out.used` (room reserved by the caller) and
// returns true, or returns false: the cell is not in the one canonical form the reader knows, and the whole slice
// goes through the general path (csv-records.ts + the field's `parse`), which decides what the cell means or why it
// is bad. So a reader never has to be right about an odd cell, only about the canonical ones: for those it must
// write exactly what `parse` + the COPY encoder write (fast-slice.spec.ts compares the two paths byte for byte).

/** Where a reader writes: the COPY buffer and its fill (stage-rows.ts CopyBytes). */
export interface FastOut {
  buffer: Buffer;
  used: number;
}

/** Reads one canonical cell into `out` (true) or declines it (false). */
export type FastCell = (src: Buffer, from: number, to: number, out: FastOut) => boolean;

/** Copies bytes `from`..`to` of `src` to `out`. */
function put(src: Buffer, from: number, to: number, out: FastOut): void {
  if (to - from > 24) src.copy(out.buffer, out.used, from, to);
  else {
    const b = out.buffer;
    let u = out.used;
    for (let i = from; i < to; i++) b[u++] = src[i];
  }
  out.used += to - from;
}

/** UTF-16 code units of the UTF-8 text in bytes `from`..`to` (String#length of the decoded text). */
function utf16Length(src: Buffer, from: number, to: number): number {
  let units = 0;
  for (let i = from; i < to; i++) {
    const b = src[i];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}

/**
 * Free text (parseText): at most `max` characters. `upper`: upper-cased (ASCII only; other text declined).
 * `decline`: a test of the cell's bytes for values the field's parser changes (declined, left to it).
 */
export function fastText(
  max: number,
  opts: { upper?: boolean; decline?: (src: Buffer, from: number, to: number) => boolean } = {},
): FastCell {
  const { upper, decline } = opts;
  return (src, from, to, out) => {
    if (to - from > max && utf16Length(src, from, to) > max) return false;
    if (decline?.(src, from, to)) return false;
    if (!upper) {
      put(src, from, to, out);
      return true;
    }
    const b = out.buffer;
    let u = out.used;
    for (let i = from; i < to; i++) {
      const c = src[i];
      if (c >= 0x80) return false;
      b[u++] = c >= 97 && c <= 122 ? c - 32 : c;
    }
    out.used = u;
    return true;
  };
}

/** The cell's bytes as they are, when `accepts` says they already are the staged value (codes, ids). */
export function fastVerbatim(accepts: (src: Buffer, from: number, to: number) => boolean): FastCell {
  return (src, from, to, out) => {
    if (!accepts(src, from, to)) return false;
    put(src, from, to, out);
    return true;
  };
}

/** Bytes `from`..`to` equal one of `codes` (ASCII). */
export function isOneOf(codes: readonly string[]): (src: Buffer, from: number, to: number) => boolean {
  const bytes = codes.map((c) => Buffer.from(c, 'latin1'));
  return (src, from, to) => {
    const n = to - from;
    for (const code of bytes) {
      if (code.length !== n) continue;
      let i = 0;
      while (i < n && src[from + i] === code[i]) i++;
      if (i === n) return true;
    }
    return false;
  };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The canonical number: an optional minus, then 0 or digits without a leading zero, then optionally a point and
 * digits. Returns the end of the whole part, or -1 when the bytes are anything else (a plus sign, separators,
 * currency words, leading zeros, "1.", ".5"…).
 */
function canonicalNumber(src: Buffer, from: number, to: number): number {
  let i = from;
  if (src[i] === 45) i++;
  if (i >= to || !isDigit(src[i])) return -1;
  if (src[i] === 48 && i + 1 < to && isDigit(src[i + 1])) return -1;
  while (i < to && isDigit(src[i])) i++;
  const whole = i;
  if (i === to) return whole;
  if (src[i] !== 46 || i + 1 === to) return -1;
  for (i++; i < to; i++) if (!isDigit(src[i])) return -1;
  return whole;
}

/**
 * An integer within [min, max] (parseInteger), `except` declined (a value the field refuses): canonical digits
 * of at most 15 places, no fraction.
 */
export function fastInteger(min: number, max: number, except?: number): FastCell {
  return (src, from, to, out) => {
    const whole = canonicalNumber(src, from, to);
    if (whole !== to) return false;
    const negative = src[from] === 45;
    if (to - from - (negative ? 1 : 0) > 15) return false;
    let n = 0;
    for (let i = negative ? from + 1 : from; i < to; i++) n = n * 10 + (src[i] - 48);
    if (negative) {
      if (n === 0) return false; // "-0": String(-0) is "0"
      n = -n;
    }
    if (n < min || n > max || n === except) return false;
    put(src, from, to, out);
    return true;
  };
}

/**
 * An exact decimal (parseAmount) of at most `scale` decimal places: the fraction's trailing zeros dropped (and the
 * point with them), as parseAmount writes it. `nonNegative` / `nonZero` decline what the field refuses.
 */
export function fastAmount(scale: number, opts: { nonNegative?: boolean; nonZero?: boolean } = {}): FastCell {
  return (src, from, to, out) => {
    const whole = canonicalNumber(src, from, to);
    if (whole < 0) return false;
    const negative = src[from] === 45;
    if (negative && opts.nonNegative) return false;
    let end = to;
    if (whole < to) {
      while (end > whole + 1 && src[end - 1] === 48) end--;
      if (end === whole + 1) end = whole; // only zeros after the point
      if (end - whole - 1 > scale) return false;
    }
    const zero = whole - from === (negative ? 2 : 1) && src[whole - 1] === 48 && end === whole;
    if (zero && (negative || opts.nonZero)) return false; // "-0.00" would be written "0"
    put(src, from, end, out);
    return true;
  };
}

const twoDigits = (src: Buffer, i: number): number =>
  isDigit(src[i]) && isDigit(src[i + 1]) ? (src[i] - 48) * 10 + (src[i + 1] - 48) : -1;

const KST = Buffer.from('+09:00', 'latin1');

/**
 * parseDateTime's commonest form, "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS" (space or T, no zone: Korean time),
 * written as ISO 8601 with +09:00; an impossible date or time is declined (the general path reports it).
 */
export const fastDateTime: FastCell = (src, from, to, out) => {
  const n = to - from;
  if ((n !== 16 && n !== 19) || src[from + 4] !== 45 || src[from + 7] !== 45) return false;
  const sep = src[from + 10];
  if ((sep !== 32 && sep !== 84) || src[from + 13] !== 58 || (n === 19 && src[from + 16] !== 58))
    return false;
  const y1 = twoDigits(src, from);
  const y2 = twoDigits(src, from + 2);
  const mo = twoDigits(src, from + 5);
  const d = twoDigits(src, from + 8);
  const h = twoDigits(src, from + 11);
  const mi = twoDigits(src, from + 14);
  const s = n === 19 ? twoDigits(src, from + 17) : 0;
  if (y1 < 0 || y2 < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return false;
  if (!validYmd(y1 * 100 + y2, mo, d)) return false; // mo or d -1 (not digits) fails there too
  const b = out.buffer;
  let u = out.used;
  for (let i = from; i < from + 10; i++) b[u++] = src[i];
  b[u++] = 84; // T
  for (let i = from + 11; i < from + 16; i++) b[u++] = src[i];
  b[u++] = 58;
  if (n === 19) {
    b[u++] = src[from + 17];
    b[u++] = src[from + 18];
  } else {
    b[u++] = 48;
    b[u++] = 48;
  }
  for (let i = 0; i < KST.length; i++) b[u++] = KST[i];
  out.used = u;
  return true;
};

/** Code points String#trim removes beyond ASCII (U+00A0, U+1680, U+2000–200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF). */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** The code point of the (valid) UTF-8 sequence starting at `i`. */
function codePointAt(src: Buffer, i: number): number {
  const b = src[i];
  if (b < 0xe0) return ((b & 0x1f) << 6) | (src[i + 1] & 0x3f);
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((src[i + 1] & 0x3f) << 6) | (src[i + 2] & 0x3f);
  return -1; // four bytes: beyond the spaces
}

/**
 * Bytes `from`..`to` (non-empty, valid UTF-8, no control character) neither start nor end with what String#trim
 * removes: the cell is already trimmed.
 */
export function isTrimmed(src: Buffer, from: number, to: number): boolean {
  const first = src[from];
  if (first === 32) return false;
  if (first >= 0x80 && isUnicodeSpace(codePointAt(src, from))) return false;
  let last = to - 1;
  if (src[last] === 32) return false;
  if (src[last] >= 0x80) {
    while (last > from && (src[last] & 0xc0) === 0x80) last--;
    if (isUnicodeSpace(codePointAt(src, last))) return false;
  }
  return true;
}
