// The enums file itself, not the module's index: the staging workers load this file and must stay light.
import { Region } from '../customers/customer.enums';

// Pure parsers for imported cells: each returns the normalised value or a reason the cell is bad.
// No I/O, no clock. Cells arrive as text (CSV) or as text, numbers and dates (XLSX).

export type Cell = string | number | boolean | Date | null | undefined;
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** How to read day/month order in slashed dates such as 03/04/2025 (ISO-like year-first dates are unambiguous). */
export type DateOrder = 'MDY' | 'DMY';

export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell.trim();
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

export const isBlank = (cell: Cell): boolean => cellText(cell) === '';

const KST_OFFSET = '+09:00';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date of years 1000–9999 (leap years by the Gregorian rule). */
export function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[m - 1] + (leap ? 1 : 0);
}

interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallClockIso(w: WallClock, offset: string): Parsed<string> {
  if (!validYmd(w.y, w.mo, w.d)) return bad(`not a calendar date`);
  if (w.h > 23 || w.mi > 59 || w.s > 59) return bad('not a valid time of day');
  return ok(`${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${offset}`);
}

/** Days since 1899-12-30 (Excel's 1900 date system, leap-year bug included) → wall clock. */
export function excelSerialToWallClock(serial: number): WallClock | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const ms = Math.round(serial * 86_400_000);
  const t = new Date(Date.UTC(1899, 11, 30) + ms);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
  };
}

const YMD =
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const KOREAN = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/;
const SERIAL = /^\d{1,7}(\.\d+)?$/;

/**
 * A date-time: ISO (with or without zone), YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD, 2025년 3월 4일, M/D/YYYY or D/M/YYYY
 * (by `order`), an Excel serial number, or an XLSX date cell. Wall-clock values without a zone are taken as
 * Korean time (KST, UTC+9) and returned as ISO 8601 with the +09:00 offset.
 */
export function parseDateTime(cell: Cell, order: DateOrder = 'MDY'): Parsed<string> {
  if (cell instanceof Date) {
    // XLSX date cells carry the wall clock as UTC fields (no zone in the file).
    if (Number.isNaN(cell.getTime())) return bad('not a date');
    return wallClockIso(
      {
        y: cell.getUTCFullYear(),
        mo: cell.getUTCMonth() + 1,
        d: cell.getUTCDate(),
        h: cell.getUTCHours(),
        mi: cell.getUTCMinutes(),
        s: cell.getUTCSeconds(),
      },
      KST_OFFSET,
    );
  }
  if (typeof cell === 'number') {
    const w = excelSerialToWallClock(cell);
    return w ? wallClockIso(w, KST_OFFSET) : bad(`${cell} is not a date or an Excel serial date`);
  }
  const text = cellText(cell);
  if (text === '') return bad('is empty');
  const fast = isoWallClock(text);
  if (fast !== undefined) return fast;
  let m = YMD.exec(text);
  if (m) {
    const zone =
      m[7] === undefined
        ? KST_OFFSET
        : m[7] === 'Z'
          ? '+00:00'
          : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const r = wallClockIso(
      { y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0) },
      zone,
    );
    return r.ok ? r : bad(`"${text}" is not a valid date`);
  }
  m = COMPACT.exec(text) ?? KOREAN.exec(text);
  if (m) {
    const r = wallClockIso({ y: +m[1], mo: +m[2], d: +m[3], h: 0, mi: 0, s: 0 }, KST_OFFSET);
    return r.ok ? r : bad(`"${text}" is not a valid date`);
  }
  m = SLASHED.exec(text);
  if (m) {
    const [a, b] = [+m[1], +m[2]];
    const [mo, d] = order === 'MDY' ? [a, b] : [b, a];
    const r = wallClockIso(
      { y: +m[3], mo, d, h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0) },
      KST_OFFSET,
    );
    return r.ok
      ? r
      : bad(`"${text}" is not a valid ${order === 'MDY' ? 'month/day/year' : 'day/month/year'} date`);
  }
  if (SERIAL.test(text)) return parseDateTime(Number(text), order);
  return bad(`"${text}" is not a recognised date`);
}

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Two digits at i and i + 1 as a number, or -1. */
const twoDigits = (text: string, i: number): number => {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

/**
 * Fast path of parseDateTime for the commonest form in big files, "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS"
 * (space or T, no zone, no fraction): read digit by digit instead of through the regular expressions, and the
 * result cut from the text itself (its fields are already two digits wide, four for the year). Anything else
 * returns undefined and takes the general path, which gives the same result for these forms.
 */
function isoWallClock(text: string): Parsed<string> | undefined {
  const n = text.length;
  if ((n !== 16 && n !== 19) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const sep = text.charCodeAt(10);
  if ((sep !== 32 && sep !== 84) || text.charCodeAt(13) !== 58 || (n === 19 && text.charCodeAt(16) !== 58))
    return undefined;
  const y1 = twoDigits(text, 0);
  const y2 = twoDigits(text, 2);
  const mo = twoDigits(text, 5);
  const d = twoDigits(text, 8);
  const h = twoDigits(text, 11);
  const mi = twoDigits(text, 14);
  const s = n === 19 ? twoDigits(text, 17) : 0;
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return undefined;
  if (!validYmd(y1 * 100 + y2, mo, d) || h > 23 || mi > 59 || s > 59)
    return bad(`"${text}" is not a valid date`);
  // wallClockIso's `${YYYY}-${MM}-${DD}T${hh}:${mm}:${ss}+09:00`, whose padded fields are these digits.
  return ok(
    `${text.slice(0, 10)}T${text.slice(11, 16)}:${n === 19 ? text.slice(17, 19) : '00'}${KST_OFFSET}`,
  );
}

/** A calendar date (YYYY-MM-DD) from the same inputs as parseDateTime; any time of day is dropped. */
export function parseDate(cell: Cell, order: DateOrder = 'MDY'): Parsed<string> {
  const r = parseDateTime(cell, order);
  return r.ok ? ok(r.value.slice(0, 10)) : r;
}

/**
 * An exact decimal amount as a string: thousands separators (1,234,567), currency signs and words (₩, 원, KRW,
 * $, £, €), spaces and accounting negatives "(1,000)" are accepted; a number cell is taken at up to `scale`
 * decimal places. `scale` 0 means whole units (KRW): a fraction is an error, not silently rounded.
 */
export function parseAmount(cell: Cell, scale: number): Parsed<string> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return bad('is not a number');
    cell = cell.toFixed(Math.max(scale, 0)).replace(/\.?0+$/, (z) => (z.startsWith('.') ? '' : z));
    if (cell === '' || cell === '-') cell = '0';
  }
  let text = cellText(cell);
  if (text === '') return bad('is empty');
  // Fast path (most cells of a big file): plain digits with an optional sign and fraction.
  if (PLAIN_NUMBER.test(text)) return plainAmount(text, scale, cell);
  let negative = false;
  const acct = /^\((.*)\)$/.exec(text);
  if (acct) {
    negative = true;
    text = acct[1];
  }
  text = text.replace(/(KRW|GBP|USD|EUR|원|₩|\$|£|€|\s)/gi, '');
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return bad(`"${cellText(cell)}" is not an amount`);
  text = text.replace(/,/g, '');
  let [whole, frac = ''] = text.split('.');
  frac = frac.replace(/0+$/, '');
  if (frac.length > scale)
    return bad(
      scale === 0
        ? `"${cellText(cell)}" has a fraction; whole units expected`
        : `"${cellText(cell)}" has more than ${scale} decimal places`,
    );
  whole = whole.replace(/^0+(?=\d)/, '');
  const value = frac ? `${whole}.${frac}` : whole;
  return ok(negative && value !== '0' ? `-${value}` : value);
}

const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** parseAmount of a cell whose text is PLAIN_NUMBER: the same result without the normalising passes. */
function plainAmount(text: string, scale: number, cell: Cell): Parsed<string> {
  let negative = false;
  const sign = text.charCodeAt(0);
  if (sign === 45 /* - */ || sign === 43 /* + */) {
    negative = sign === 45;
    text = text.slice(1);
  }
  const dot = text.indexOf('.');
  let whole = dot < 0 ? text : text.slice(0, dot);
  let frac = '';
  if (dot >= 0) {
    let end = text.length;
    while (end > dot + 1 && text.charCodeAt(end - 1) === 48 /* 0 */) end--;
    frac = text.slice(dot + 1, end);
  }
  if (frac.length > scale)
    return bad(
      scale === 0
        ? `"${cellText(cell)}" has a fraction; whole units expected`
        : `"${cellText(cell)}" has more than ${scale} decimal places`,
    );
  if (whole.length > 1 && whole.charCodeAt(0) === 48) whole = whole.replace(/^0+(?=\d)/, '');
  const value = frac ? `${whole}.${frac}` : whole;
  return ok(negative && value !== '0' ? `-${value}` : value);
}

/** An integer within [min, max] (thousands separators allowed). */
export function parseInteger(cell: Cell, min: number, max: number): Parsed<number> {
  const r = parseAmount(cell, 0);
  if (!r.ok) return bad(r.reason.replace('an amount', 'a whole number'));
  const n = Number(r.value);
  if (!Number.isSafeInteger(n) || n < min || n > max) return bad(`${r.value} is outside ${min}..${max}`);
  return ok(n);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(cell: Cell): Parsed<string> {
  const text = cellText(cell).toLowerCase();
  if (text.length > 254 || !EMAIL.test(text)) return bad(`"${cellText(cell)}" is not an e-mail address`);
  return ok(text);
}

// Korean and English names of the 17 시·도, old names included (강원도, 전라북도 before their 2023/2024 renaming).
const REGION_ALIASES: Record<Region, string[]> = {
  [Region.SEOUL]: ['서울', '서울시', '서울특별시', 'seoul'],
  [Region.BUSAN]: ['부산', '부산시', '부산광역시', 'busan'],
  [Region.DAEGU]: ['대구', '대구시', '대구광역시', 'daegu'],
  [Region.INCHEON]: ['인천', '인천시', '인천광역시', 'incheon'],
  [Region.GWANGJU]: ['광주', '광주시', '광주광역시', 'gwangju'],
  [Region.DAEJEON]: ['대전', '대전시', '대전광역시', 'daejeon'],
  [Region.ULSAN]: ['울산', '울산시', '울산광역시', 'ulsan'],
  [Region.SEJONG]: ['세종', '세종시', '세종특별자치시', 'sejong'],
  [Region.GYEONGGI]: ['경기', '경기도', 'gyeonggi', 'gyeonggi-do'],
  [Region.GANGWON]: ['강원', '강원도', '강원특별자치도', 'gangwon', 'gangwon-do'],
  [Region.CHUNGBUK]: ['충북', '충청북도', 'chungbuk', 'chungcheongbuk-do'],
  [Region.CHUNGNAM]: ['충남', '충청남도', 'chungnam', 'chungcheongnam-do'],
  [Region.JEONBUK]: ['전북', '전라북도', '전북특별자치도', 'jeonbuk', 'jeollabuk-do'],
  [Region.JEONNAM]: ['전남', '전라남도', 'jeonnam', 'jeollanam-do'],
  [Region.GYEONGBUK]: ['경북', '경상북도', 'gyeongbuk', 'gyeongsangbuk-do'],
  [Region.GYEONGNAM]: ['경남', '경상남도', 'gyeongnam', 'gyeongsangnam-do'],
  [Region.JEJU]: ['제주', '제주도', '제주특별자치도', 'jeju', 'jeju-do'],
};
const REGION_LOOKUP = new Map<string, Region>();
for (const [region, names] of Object.entries(REGION_ALIASES) as [Region, string[]][]) {
  REGION_LOOKUP.set(region.toLowerCase(), region);
  for (const name of names) REGION_LOOKUP.set(name.toLowerCase(), region);
}

/** A region enum value from its code (SEOUL) or a Korean/English name (서울, 서울특별시, 강원도, Gyeonggi-do). */
export function parseRegion(cell: Cell): Parsed<Region> {
  const text = cellText(cell).replace(/\s+/g, '').toLowerCase();
  const region = REGION_LOOKUP.get(text);
  return region ? ok(region) : bad(`"${cellText(cell)}" is not a Korean region (시·도)`);
}

/** One value of an enum, by its code or an alias (case-insensitive). */
export function parseChoice<T extends string>(
  cell: Cell,
  codes: readonly T[],
  aliases: Record<string, T> = {},
): Parsed<T> {
  const text = cellText(cell);
  const upper = text.toUpperCase();
  // codes.find without a closure per cell (a million cells of a column in a big file).
  let code: T | undefined;
  for (let i = 0; i < codes.length && code === undefined; i++) if (codes[i] === upper) code = codes[i];
  code ??= aliases[text] ?? aliases[text.toLowerCase()];
  return code ? ok(code) : bad(`"${text}" is not one of ${codes.join(', ')}`);
}

/** Free text, trimmed, at most `max` characters. */
export function parseText(cell: Cell, max: number): Parsed<string> {
  const text = cellText(cell);
  if (text.length > max) return bad(`is longer than ${max} characters`);
  if (text.includes('\0')) return bad('contains a NUL character');
  return ok(text);
}
