// Calendar helpers. Pure: the current time is always a parameter.

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The calendar date in Korea (UTC+9, no DST) at instant `at`, as YYYY-MM-DD. */
let lastKoreanDate: { ms: number; date: string } | undefined;

export function koreanDate(at: Date): string {
  // Mappers ask once per row with the same request clock: remember the last answer.
  const ms = at.getTime();
  if (lastKoreanDate?.ms === ms) return lastKoreanDate.date;
  const date = new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10);
  lastKoreanDate = { ms, date };
  return date;
}

/**
 * Instant `at` as Korean local time in ISO 8601 with its offset (`2026-11-07T00:30:00.000+09:00`): its first ten
 * characters are the day in Korea, which a UTC timestamp's are not between midnight and 09:00 KST.
 */
export function koreanDateTime(at: Date): string {
  return `${new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 23)}+09:00`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The dates a client or a file may name (docs/security.md). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** A real calendar date (YYYY-MM-DD) between MIN_DATE and MAX_DATE. */
export function isDateInRange(value: string): boolean {
  return isValidIsoDate(value) && value >= MIN_DATE && value <= MAX_DATE;
}

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Whole years between birthDate and onDate (both YYYY-MM-DD), the way Korea's 만 나이 counts. */
export function ageOn(birthDate: string, onDate: string): number {
  // YYYY-MM-DD compared as (year, "MM-DD"): no arrays per call (it runs once per customer of a list).
  const by = Number(birthDate.slice(0, -6));
  const y = Number(onDate.slice(0, -6));
  return y - by - (onDate.slice(-5) < birthDate.slice(-5) ? 1 : 0);
}

/** Calendar months from one ISO date's month to another's (to − from; negative when `to` is earlier), days ignored. */
export function monthsBetween(from: string, to: string): number {
  return (
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7))
  );
}

/** Day `day` of the month of `date` (YYYY-MM-…), clamped to the month's last day: ("2027-02-01", 31) → "2027-02-28". */
export function dayOfMonth(date: string, day: number): string {
  const first = `${date.slice(0, 7)}-01`;
  return (
    first.slice(0, 8) +
    String(Math.min(day, Number(addDays(addMonths(first, 1), -1).slice(8)))).padStart(2, '0')
  );
}

/** YYYY-MM-DD plus n calendar months, clamped to the month's last day (like PostgreSQL's date + interval). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

// ——— Day arithmetic on YYYY-MM-DD strings (UTC-based epoch days: no time zone or DST can shift a date) ———

const MS_PER_DAY = 24 * 60 * 60 * 1000;

function epochDay(date: string): number {
  if (!isValidIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / MS_PER_DAY;
}

function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier): nights between, not days inclusive. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

export function isWeekend(date: string): boolean {
  const dow = new Date(epochDay(date) * MS_PER_DAY).getUTCDay();
  return dow === 0 || dow === 6;
}

/** The date itself when it is a business day, otherwise the next one (weekends and the given holidays skipped). */
export function nextBusinessDay(date: string, holidays: ReadonlySet<string> = new Set()): string {
  let day = date;
  while (isWeekend(day) || holidays.has(day)) day = addDays(day, 1);
  return day;
}

/**
 * The first day on which a due date falling before it is overdue: the day after the last business day before
 * `today`. With due dates moved to the next business day (민법 제161조), a due date d is overdue on `today` exactly
 * when some business day b has d ≤ b < today, i.e. d < this cut-off. Lets SQL filter with one comparison.
 */
export function overdueCutoff(today: string, holidays: ReadonlySet<string> = new Set()): string {
  let day = addDays(today, -1);
  while (isWeekend(day) || holidays.has(day)) day = addDays(day, -1);
  return addDays(day, 1);
}

/**
 * Business days d with from < d ≤ to: weekends and the given holidays (YYYY-MM-DD) excluded. "Overdue for N
 * business days" counts this way from the due date, so the day after a Monday due date is business day 1.
 */
export function businessDaysBetween(from: string, to: string, holidays: Iterable<string> = []): number {
  const off = new Set(holidays);
  let count = 0;
  for (let day = epochDay(from) + 1, end = epochDay(to); day <= end; day++) {
    const date = fromEpochDay(day);
    if (!isWeekend(date) && !off.has(date)) count++;
  }
  return count;
}
