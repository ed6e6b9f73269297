// Calendar periods a customer names when asking about their spending ("오늘", "어제", "이번 주", "이번 달", "지난 분기", "올해",
// "상반기", "last 3 months"), as KST day ranges. Pure: "today" is a parameter. A period that is still running ends today (to date).
// Weeks run Monday to Sunday, as Korean calendars and card statements count them.
export enum SpendingPeriodKind {
  TODAY = 'TODAY',
  YESTERDAY = 'YESTERDAY',
  THIS_WEEK = 'THIS_WEEK',
  LAST_WEEK = 'LAST_WEEK',
  THIS_MONTH = 'THIS_MONTH',
  LAST_MONTH = 'LAST_MONTH',
  THIS_QUARTER = 'THIS_QUARTER',
  LAST_QUARTER = 'LAST_QUARTER',
  THIS_YEAR = 'THIS_YEAR',
  LAST_YEAR = 'LAST_YEAR',
  LAST_N_MONTHS = 'LAST_N_MONTHS',
  /** The calendar month `months` months before this one: 1 = last month, 2 = the month before last (지지난달). */
  MONTHS_AGO = 'MONTHS_AGO',
  /** January to June (상반기): this year's, to date while it runs. */
  FIRST_HALF = 'FIRST_HALF',
  /** July to December (하반기): this year's from July on, to date; before July, last year's (the latest one begun). */
  SECOND_HALF = 'SECOND_HALF',
  /** The days from `from` through `through` (both included; `through` defaults to today): "11월 1일부터 오늘까지". */
  DATES = 'DATES',
}

/** The two ends of a DATES period (YYYY-MM-DD, KST, both included). */
export interface SpendingDates {
  from: string;
  through?: string | null;
}

export interface SpendingPeriodRange {
  /** First day (YYYY-MM-DD, KST). */
  from: string;
  /** Last day included (YYYY-MM-DD, KST). */
  through: string;
  /** The day after `through`: the exclusive end a query uses. */
  until: string;
  /** Whether the period has ended before today. */
  complete: boolean;
}

/** Longest LAST_N_MONTHS period, and the furthest month back MONTHS_AGO reaches. */
export const MAX_PERIOD_MONTHS = 24;

function checkMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1 || months > MAX_PERIOD_MONTHS)
    throw new RangeError(`must be between 1 and ${MAX_PERIOD_MONTHS}`);
}

/** A DATES period's ends that make no sense: which argument is wrong, and why (the API names it). */
export class SpendingDatesError extends RangeError {
  constructor(
    readonly field: 'from' | 'through',
    message: string,
  ) {
    super(message);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A DATES period's first day and exclusive end: `from` ≤ `through` (default today), at most MAX_PERIOD_MONTHS long. */
function checkDates(dates: SpendingDates | undefined, today: string): { from: string; until: string } {
  if (!dates?.from) throw new SpendingDatesError('from', 'is required with period DATES');
  const through = dates.through ?? today;
  for (const [field, day] of [
    ['from', dates.from],
    ['through', through],
  ] as const)
    if (!DAY.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day)
      throw new SpendingDatesError(field, `must be a date (YYYY-MM-DD), got ${day.slice(0, 20)}`);
  if (dates.from > today) throw new SpendingDatesError('from', `must not be after today (${today})`);
  if (dates.from > through)
    throw new SpendingDatesError('through', `must not be before from (${dates.from})`);
  if (dates.from < addDays(monthsBefore(through, MAX_PERIOD_MONTHS), 1))
    throw new SpendingDatesError('from', `must be at most ${MAX_PERIOD_MONTHS} months before through`);
  return { from: dates.from, until: addDays(through, 1) };
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return iso(y, m - 1, d + n);
}

/** The same day `n` months earlier, clamped to the month's last day (03-31 − 1 month → 02-28). */
function monthsBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 - n + 1, 0)).getUTCDate();
  return iso(y, m - 1 - n, Math.min(d, lastDay));
}

/**
 * The day range of a period relative to `today` (YYYY-MM-DD, KST). LAST_N_MONTHS covers the `months` months up
 * to and including today (today − N months + 1 day … today); MONTHS_AGO the whole calendar month `months` back.
 */
export function spendingPeriodRange(
  kind: SpendingPeriodKind,
  today: string,
  months = 3,
  dates?: SpendingDates,
): SpendingPeriodRange {
  const [y, m] = today.split('-').map(Number);
  const q0 = Math.floor((m - 1) / 3) * 3; // first month of this quarter, 0-based
  const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  let from: string;
  let until: string;
  switch (kind) {
    case SpendingPeriodKind.TODAY:
      from = today;
      until = addDays(today, 1);
      break;
    case SpendingPeriodKind.YESTERDAY:
      from = addDays(today, -1);
      until = today;
      break;
    case SpendingPeriodKind.THIS_WEEK:
      from = monday;
      until = addDays(monday, 7);
      break;
    case SpendingPeriodKind.LAST_WEEK:
      from = addDays(monday, -7);
      until = monday;
      break;
    case SpendingPeriodKind.THIS_MONTH:
      from = iso(y, m - 1, 1);
      until = iso(y, m, 1);
      break;
    case SpendingPeriodKind.LAST_MONTH:
      from = iso(y, m - 2, 1);
      until = iso(y, m - 1, 1);
      break;
    case SpendingPeriodKind.THIS_QUARTER:
      from = iso(y, q0, 1);
      until = iso(y, q0 + 3, 1);
      break;
    case SpendingPeriodKind.LAST_QUARTER:
      from = iso(y, q0 - 3, 1);
      until = iso(y, q0, 1);
      break;
    case SpendingPeriodKind.THIS_YEAR:
      from = iso(y, 0, 1);
      until = iso(y + 1, 0, 1);
      break;
    case SpendingPeriodKind.LAST_YEAR:
      from = iso(y - 1, 0, 1);
      until = iso(y, 0, 1);
      break;
    case SpendingPeriodKind.LAST_N_MONTHS:
      checkMonths(months);
      from = addDays(monthsBefore(today, months), 1);
      until = addDays(today, 1);
      break;
    case SpendingPeriodKind.MONTHS_AGO:
      checkMonths(months);
      from = iso(y, m - 1 - months, 1);
      until = iso(y, m - months, 1);
      break;
    case SpendingPeriodKind.FIRST_HALF:
      from = iso(y, 0, 1);
      until = iso(y, 6, 1);
      break;
    case SpendingPeriodKind.SECOND_HALF: {
      const year = m >= 7 ? y : y - 1;
      from = iso(year, 6, 1);
      until = iso(year + 1, 0, 1);
      break;
    }
    case SpendingPeriodKind.DATES:
      ({ from, until } = checkDates(dates, today));
      break;
  }
  const complete = kind !== SpendingPeriodKind.LAST_N_MONTHS && until <= today;
  const tomorrow = addDays(today, 1);
  if (until > tomorrow) until = tomorrow; // a running period ends today
  return { from, through: addDays(until, -1), until, complete };
}
