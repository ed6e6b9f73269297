// Calendar quarters, the one place for quarter arithmetic. Pure: no clock, dates are parameters.
// A quarter is a calendar quarter in Korea (KST, UTC+9, no daylight saving since 1988): 2025Q3 runs from
// 2025-07-01T00:00+09:00 (inclusive) to 2025-10-01T00:00+09:00 (exclusive).

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const LABEL = /^(\d{4})Q([1-4])$/;

export interface Quarter {
  readonly year: number;
  /** 1–4. */
  readonly q: 1 | 2 | 3 | 4;
}

export class QuarterError extends RangeError {}

function make(year: number, q: number): Quarter {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new QuarterError(`year out of range: ${year}`);
  return { year, q: q as Quarter['q'] };
}

/** The quarters a client or a file may name (docs/security.md): arithmetic beyond them stays possible. */
export const MIN_QUARTER = '1900Q1';
export const MAX_QUARTER = '2100Q4';
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** "2025Q3" → { year: 2025, q: 3 }; anything else, or a year outside 1900–2100, throws QuarterError. */
export function parseQuarter(label: string): Quarter {
  const m = LABEL.exec(label.trim());
  if (!m) throw new QuarterError(`not a quarter label (YYYYQn, e.g. 2025Q3): ${label.slice(0, 20)}`);
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new QuarterError(`quarter out of range ${MIN_QUARTER}..${MAX_QUARTER}: ${m[0]}`);
  return make(year, Number(m[2]));
}

/** A YYYYQn label between MIN_QUARTER and MAX_QUARTER. */
export function isQuarterInRange(label: string): boolean {
  const m = LABEL.exec(label);
  return m !== null && Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR;
}

export function isQuarterLabel(label: string): boolean {
  return LABEL.test(label);
}

export function formatQuarter(quarter: Quarter): string {
  return `${quarter.year}Q${quarter.q}`;
}

/** Quarters since year 0, for ordering and distances. */
export function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + (quarter.q - 1);
}

function fromIndex(index: number): Quarter {
  return make(Math.floor(index / 4), (index % 4) + 1);
}

export function addQuarters(quarter: Quarter, n: number): Quarter {
  return fromIndex(quarterIndex(quarter) + n);
}

export const previousQuarter = (quarter: Quarter): Quarter => addQuarters(quarter, -1);
export const nextQuarter = (quarter: Quarter): Quarter => addQuarters(quarter, 1);

export function compareQuarters(a: Quarter, b: Quarter): number {
  return quarterIndex(a) - quarterIndex(b);
}

/** First calendar day, YYYY-MM-DD. */
export function firstDay(quarter: Quarter): string {
  return `${quarter.year}-${String((quarter.q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last calendar day, YYYY-MM-DD. */
export function lastDay(quarter: Quarter): string {
  const month = quarter.q * 3; // 3, 6, 9, 12
  const day = new Date(Date.UTC(quarter.year, month, 0)).getUTCDate();
  return `${quarter.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The quarter holding a calendar date (YYYY-MM-DD). */
export function quarterOfDate(date: string): Quarter {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!m) throw new QuarterError(`not a date (YYYY-MM-DD): ${date}`);
  return make(Number(m[1]), Math.floor((Number(m[2]) - 1) / 3) + 1);
}

/** The quarter an instant falls in, in Korean time. */
export function quarterOfInstant(at: Date): Quarter {
  return quarterOfDate(new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10));
}

/** Start (inclusive) and end (exclusive) instants of the quarter in KST. */
export function quarterBounds(quarter: Quarter): { start: Date; end: Date } {
  const startOf = (x: Quarter) => new Date(Date.UTC(x.year, (x.q - 1) * 3, 1) - KST_OFFSET_MS);
  return { start: startOf(quarter), end: startOf(nextQuarter(quarter)) };
}

/** Quarters from `from` to `to`, both inclusive, oldest first (empty when from is after to). */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let i = quarterIndex(from); i <= quarterIndex(to); i++) out.push(fromIndex(i));
  return out;
}

/**
 * The n complete quarters before the quarter holding `at` (KST), newest first: on 2025-11-21 the last 2 are
 * 2025Q3, 2025Q2.
 */
export function lastQuartersBefore(at: Date, n: number): Quarter[] {
  if (!Number.isInteger(n) || n < 0) throw new QuarterError(`n must be a non-negative integer: ${n}`);
  const current = quarterOfInstant(at);
  return Array.from({ length: n }, (_, i) => addQuarters(current, -(i + 1)));
}
