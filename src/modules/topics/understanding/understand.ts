import Decimal from 'decimal.js';
// understandMessage: one chat message (and the previous turn's understanding) → intent, slots and what was
// inherited. Pure and fast: the intent artefact is read once per process; slots come from the rule-based
// extractors (slots.ts). A follow-up ("그럼 전세대출은요?", "and last quarter?") keeps the previous intent unless
// it has a clear one of its own, and takes over the previous slots it does not restate.
import fs from 'node:fs';
import path from 'node:path';
import { addDays, addMonths, dayOfMonth } from '../../../common/dates';
import { latestHolidayBreak } from '../../../common/korean-holidays';
import type {
  CounselIntent,
  CounselSlots,
  DayRange,
  DaySlot,
  MessageUnderstanding,
  MonthDay,
  PeriodSlot,
} from '../counsel-intents';
import { classifyTopicText } from '../topic-classifier';
import { cueIntents, decisiveIntent } from './cues';
import { loadIntentModel, rankIntents, type IntentArtefact, type LoadedIntentModel } from './intent-model';
import {
  extractAmount,
  extractPayday,
  extractPaydayInDays,
  extractTermMonths,
  yearOutOfRange,
  ILLNESS_SAID,
  medicalOnCardAsked,
  MEDICAL_PILING,
  CREDIT_COUNSELING_ASKED,
  FAMILY_CARE,
  FORECAST_SPAN_SLOTS,
  NEXT_STEPS,
  PEER_GAP,
  extractLoanRef,
  extractMerchant,
  extractCategory,
  extractCategoryCut,
  extractCutOnly,
  PAY_EARLY,
  COSTLIEST_LOAN,
  PAY_OFF_EARLY,
  extractPeriod,
  interestAlreadyPaid,
  extractCreditEffect,
  extractDay,
  extractDaySpan,
  extractHardship,
  BREAK_EVEN,
  NET_OF_COSTS,
  HIGHEST_RATE,
  LIFE_STAGE_ASKED,
  LUMP_SUM_OWED,
  INSTALMENT_PREPAY,
  SCORE_WHY,
  extractSlots,
  EXTENSION_WORD,
  BEFORE_PAYDAY,
  CATEGORY_BREAKDOWN,
  CATEGORY_SHARE,
  spanMonth,
  FRAUD_REFUND,
  REISSUE,
  INTENT_SLOTS,
  INCOME_NEEDED,
  N,
  partOfPrevious,
  extractMonthsAhead,
  YEAR_AGO,
  SCAM_ACTED,
  smallNumber,
  INSTALMENTS_LEFT,
  CHEAPER_MONTH,
  TRIP_ABROAD,
  withoutIncome,
  HELD_BURDEN,
  RAISE_IT,
  RATE_CUT_PLEA,
  MINIMUM_PAYMENT,
  DEPOSIT_TAKEN,
  HELPLINE_ASKED,
  UNEMPLOYMENT_BENEFIT,
  WHO_TO_CALL,
  FIRST_STEP,
  PAY_FIRST,
  SINCE_THE_START,
  RUNWAY_ASKED,
  CLICKED_IT,
  SCAM_REFUND,
  HOW_LONG_ASKED,
  OWN_CHARGE,
  OTHERS_ASKED,
  STOP_ASKED,
  DUE_BY_WHEN,
  SURE_ASKED,
  TEXT_ASKED,
  extractExtraCardSpend,
  extractTargetBalance,
  INTEREST_LEFT,
  cardBillBeyondReach,
  CONVERSION_MAX_MONTHS,
  extractQuotedRate,
  extractImplausibleRate,
  extractRateRise,
} from './slots';

export const INTENT_MODEL_FILE = path.join(__dirname, '..', 'model', 'intent-model.json');

let cached: LoadedIntentModel | undefined;

/**
 * "그 전 달은요?", "and the month before?": the period one step back from the previous turn's, not a period of its
 * own ("전 달" alone would read as last month).
 */
const STEP_BACK =
  /그\s*(?:전|이전)\s*(?:달|월|분기|해|년|주)|그\s*(?:전|이전)(?:에는|엔|은|는)?\s*[?？]?\s*$|(?:^|\s)전\s?달(?:은|는)?요?\s*[?？]?\s*$|\b(?:the\s+)?(?:month|quarter|year|week|day|one)\s+before(?!\s+(?:last|yesterday))\b|\bbefore that\b|\bthe previous one\b/i;

/**
 * A named month ("10월", "October") as the latest such month up to `today` (YYYY-MM-DD, KST): this month is THIS_MONTH,
 * an earlier one MONTHS_AGO with the month kept for the answer's wording. Other slots are returned as they are.
 */
export function resolveNamedMonth<U extends Pick<MessageUnderstanding, 'slots'>>(
  understanding: U,
  today: string,
): U {
  const named = resolveMonthNamed(understanding, today);
  // QA round 21 (loan21). "if i pay 10m by march": the prepayment after the instalments due up to that month.
  const ahead = named.slots.monthAhead;
  const resolved =
    'intent' in named && named.intent === 'PREPAYMENT_EFFECT' && ahead !== undefined
      ? (() => {
          const { monthAhead: _ahead, ...slots } = named.slots;
          return { ...named, slots: ahead > 0 ? { ...slots, prepayAfter: ahead } : slots };
        })()
      : named;
  // QA round 21 (card21). "12월 카드값 예상" in November, "11월 카드값 얼마 나올까?": a card bill forecast for a month whose
  // bill is known — next month's (this month's spending so far) or this month's — is that bill, not the forecast.
  const u = resolved as U & Partial<Pick<MessageUnderstanding, 'intent'>>;
  if (u.intent === 'FORECAST' && u.slots.cardBill && !u.slots.changeWhy && (u.slots.monthAhead ?? 2) <= 1) {
    const slots: CounselSlots =
      u.slots.monthAhead === 1 ? { period: { kind: 'THIS_MONTH' }, nextBill: true } : { cardBill: true };
    return { ...u, intent: 'SPENDING', slots };
  }
  // QA round 23 (card23). "1월 카드값" (no 예상) in November — the month after next, a bill still to come: that bill's
  // forecast, as "1월 카드값 예상" (was January 2026's 0원, before the card's first record).
  const np = resolved.slots.period;
  if (
    u.intent === 'SPENDING' &&
    resolved.slots.cardBill &&
    np?.kind === 'MONTHS_AGO' &&
    np.months === 10 &&
    np.year === undefined &&
    !resolved.slots.category &&
    !resolved.slots.merchant
  )
    return {
      ...u,
      intent: 'FORECAST',
      slots: { forecastSubject: 'SPENDING', cardBill: true, monthAhead: 2 },
    };
  // "12월에 나갈 돈 총 얼마야" in November: the card bill due that month is read as "이번 달 카드값" (the bill due, last
  // month's use) or "다음 달 카드값" (this month's use so far); further ahead no bill is known yet.
  const s = resolved.slots;
  if (!s.outgoings) return resolved;
  const bill =
    s.monthAhead === 0
      ? { cardBill: true }
      : s.monthAhead === 1
        ? { nextBill: true, period: { kind: 'THIS_MONTH' } as const }
        : {};
  return { ...resolved, slots: { ...s, ...bill } };
}

function resolveMonthNamed<U extends Pick<MessageUnderstanding, 'slots'>>(
  understanding: U,
  today: string,
): U {
  // QA round 21 (care21). "내년 6월까지 500만원": the months from this one to the deadline month (June in November: 7).
  const goalMonth = understanding.slots.goalMonth;
  if (goalMonth !== undefined && understanding.slots.months === undefined)
    understanding = {
      ...understanding,
      slots: { ...understanding.slots, months: (goalMonth - Number(today.slice(5, 7)) + 12) % 12 || 12 },
    };
  const p = understanding.slots.period;
  const named = understanding.slots.forecastMonth;
  // "forecast for december": a forecast looks ahead — the next such month, counted from this one.
  if (named !== undefined) {
    const { forecastMonth: _named, ...slots } = understanding.slots;
    return {
      ...understanding,
      slots: { ...slots, monthAhead: (named - Number(today.slice(5, 7)) + 12) % 12 },
    };
  }
  // "최근 7일", "11월 1일부터 오늘까지": the days themselves, on the day of the turn.
  if (p?.kind === 'LAST_N_DAYS' || p?.kind === 'DATES')
    return {
      ...understanding,
      slots: { ...understanding.slots, period: { ...p, range: dayRange(p, today) } },
    };
  // QA round 24 (spend24). The other month of a sum, on the day of the turn as the period.
  const sumWith = understanding.slots.sumWith;
  if (sumWith?.kind === 'NAMED_MONTH') {
    const other = monthOnDay(sumWith, today);
    if (other) understanding = { ...understanding, slots: { ...understanding.slots, sumWith: other } };
  }
  // QA round 28 (helper en28). The month compared with, on the day of the turn as the period.
  const comparedWith = understanding.slots.comparedWith;
  if (comparedWith?.kind === 'NAMED_MONTH') {
    const other = monthOnDay(comparedWith, today);
    const { comparedWith: _c, ...rest } = understanding.slots;
    understanding = { ...understanding, slots: other ? { ...rest, comparedWith: other } : rest };
  }
  // QA round 24 (spend24). Two years compared: the later one's days (to today, this year) as the period.
  const years = understanding.slots.yearsCompared;
  if (years) {
    const y = Number(today.slice(0, 4));
    const [later, earlier] = years.map((v) => (v <= 0 ? y + v : v));
    if (later <= y)
      return {
        ...understanding,
        slots: { ...understanding.slots, yearsCompared: [later, earlier], period: yearPeriod(later, today) },
      };
  }
  if (p?.kind !== 'NAMED_MONTH') return understanding;
  // QA round 24 (spend24). "2026년 1월에 얼마 썼어요?": the month of the year said — a past one back that many months
  // (the card23 bill forecast below is for a January said without its year); one more than a year ahead is out of
  // range; one within the coming year reads as the month said without its year.
  if (p.year !== undefined) {
    const at = monthOnDay(p, today);
    if (at) return { ...understanding, slots: { ...understanding.slots, period: at } };
    const ahead = (p.year - Number(today.slice(0, 4))) * 12 + p.month - Number(today.slice(5, 7));
    if (ahead > 12) {
      const { period: _p, ...slots } = understanding.slots;
      return { ...understanding, slots: { ...slots, yearOutOfRange: p.year } };
    }
  }
  const back = (Number(today.slice(5, 7)) - p.month + 12) % 12;
  // "12월 카드값 얼마나 나올까요?" in November: next month's bill (this month's spending so far), not last December's.
  if (back === 11 && understanding.slots.cardBill) {
    const { cardBill: _bill, ...slots } = understanding.slots;
    return { ...understanding, slots: { ...slots, period: { kind: 'THIS_MONTH' }, nextBill: true } };
  }
  // "그 다음 달은?" after this month's spending: next month has not come — said so, with this month to date.
  if (back === 11 && p.after)
    return {
      ...understanding,
      slots: { ...understanding.slots, period: { kind: 'THIS_MONTH' }, monthNotYet: p.month },
    };
  const period: PeriodSlot =
    back === 0 ? { kind: 'THIS_MONTH' } : { kind: 'MONTHS_AGO', months: back, month: p.month };
  // "12월에 얼마 썼어?" in November: this year's December has not come — said so before last year's (QA round 20: last
  // December's 0원 alone).
  if (back === 11)
    return { ...understanding, slots: { ...understanding.slots, period, monthNotYet: p.month } };
  return { ...understanding, slots: { ...understanding.slots, period } };
}

/** QA round 24 (spend24). A calendar year's days as a DATES period (this year's to `today`). */
export function yearPeriod(year: number, today: string): PeriodSlot {
  const end = `${year}-12-31`;
  return {
    kind: 'DATES',
    from: { year, month: 1, day: 1 },
    through: { year, month: 12, day: 31 },
    range: { from: `${year}-01-01`, through: end < today ? end : today },
  };
}

/** A named month as THIS_MONTH or MONTHS_AGO on `today` (the latest such; that year's when said); none ahead. */
function monthOnDay(p: Extract<PeriodSlot, { kind: 'NAMED_MONTH' }>, today: string): PeriodSlot | undefined {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const back = p.year !== undefined ? (y - p.year) * 12 + m - p.month : (m - p.month + 12) % 12;
  if (back < 0) return undefined;
  return back === 0
    ? { kind: 'THIS_MONTH' }
    : { kind: 'MONTHS_AGO', months: back, month: p.month, ...(p.year !== undefined ? { year: p.year } : {}) };
}

/**
 * The days of a LAST_N_DAYS or DATES period on `today` (YYYY-MM-DD, KST): the last n days to today; or `from` the
 * latest such date up to today (a day without its month: this month's, else last month's) and `through` the first
 * such date from `from` on (today when not said). A date that does not exist ("2월 30일") is the month's last day.
 */
export function dayRange(p: Extract<PeriodSlot, { kind: 'LAST_N_DAYS' | 'DATES' }>, today: string): DayRange {
  if (p.kind === 'LAST_N_DAYS') return { from: addDays(today, 1 - Math.max(1, p.days)), through: today };
  // "추석 때": the latest break begun by today (this month, when the calendar holds none); "추석 전주": the seven days
  // before it, "the week after chuseok" the seven after.
  if (p.holiday) {
    const found = latestHolidayBreak(p.holiday, today);
    if (!found) return { from: `${today.slice(0, 8)}01`, through: today };
    if (p.holidayWeek === 'BEFORE')
      return { from: addDays(found.from, -7), through: addDays(found.from, -1) };
    if (p.holidayWeek === 'AFTER')
      return { from: addDays(found.through, 1), through: addDays(found.through, 7) };
    return found;
  }
  // "그저께": that day; "지지난주", "2 weeks ago": Monday to Sunday of that calendar week.
  if (p.ago) {
    if (p.ago.unit === 'DAY') {
      const day = addDays(today, -p.ago.n);
      return { from: day, through: day };
    }
    const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) - 7 * p.ago.n);
    return { from: monday, through: addDays(monday, 6) };
  }
  // "지난달 둘째주": days of the month counted back from this one.
  const back = (d: MonthDay) =>
    dayOfMonth(addMonths(`${today.slice(0, 7)}-01`, -d.monthsBack!).slice(0, 7), d.day);
  if (p.from.monthsBack !== undefined) {
    const through = p.through
      ? back({ ...p.through, monthsBack: p.through.monthsBack ?? p.from.monthsBack })
      : today;
    return tail(p, { from: back(p.from), through });
  }
  const on = (d: MonthDay & { year: number }) =>
    dayOfMonth(`${d.year}-${pad2(d.month ?? Number(today.slice(5, 7)))}`, d.day);
  if (p.from.year !== undefined) {
    const from = on({ ...p.from, year: p.from.year });
    const year = p.through?.year ?? p.from.year;
    return { from, through: p.through ? on({ ...p.through, year }) : today };
  }
  const from = latestOnOrBefore(p.from, today);
  if (!p.through) return { from, through: today };
  const month = p.through.month ?? Number(from.slice(5, 7));
  const through = dayOfMonth(`${from.slice(0, 4)}-${pad2(month)}`, p.through.day);
  if (through >= from) return tail(p, { from, through });
  // "12월 20일부터 1월 10일까지", "25일부터 5일까지": the end falls in the next year (or month).
  return {
    from,
    through:
      p.through.month === undefined
        ? dayOfMonth(addMonths(`${from.slice(0, 7)}-01`, 1), p.through.day)
        : dayOfMonth(`${Number(from.slice(0, 4)) + 1}-${pad2(month)}`, p.through.day),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "10월 마지막 2주": the last `tailDays` days of the range (its end kept). */
function tail(p: Extract<PeriodSlot, { kind: 'DATES' }>, range: DayRange): DayRange {
  if (!p.tailDays) return range;
  const from = addDays(range.through, 1 - p.tailDays);
  return { from: from > range.from ? from : range.from, through: range.through };
}

/** The latest date up to `limit` with that month and day (this month's or last month's when no month is said). */
function latestOnOrBefore(d: MonthDay, limit: string): string {
  const month = d.month ?? Number(limit.slice(5, 7));
  const same = dayOfMonth(`${limit.slice(0, 4)}-${pad2(month)}`, d.day);
  if (same <= limit) return same;
  return d.month === undefined
    ? dayOfMonth(addMonths(`${limit.slice(0, 7)}-01`, -1), d.day)
    : dayOfMonth(`${Number(limit.slice(0, 4)) - 1}-${pad2(month)}`, d.day);
}

/**
 * A day slot as a date on or after `today` (YYYY-MM-DD, KST): a calendar date this year, or next year once it has
 * passed; a day of the month this month, or next month once it has passed; a month's last day; days ahead. A date
 * that does not exist ("2월 30일") is the month's last day.
 */
export function resolveDay(slot: DaySlot, today: string): string {
  const year = Number(today.slice(0, 4));
  const monthStart = `${today.slice(0, 7)}-01`;
  const clamp = (y: number, m: number, d: number) => dayOfMonth(`${y}-${String(m).padStart(2, '0')}`, d);
  switch (slot.kind) {
    case 'DATE': {
      const d = clamp(year, slot.month, slot.day);
      return d >= today ? d : clamp(year + 1, slot.month, slot.day);
    }
    case 'DAY_OF_MONTH': {
      const m = Number(today.slice(5, 7));
      const d = clamp(year, m, slot.day);
      if (d >= today) return d;
      const next = addMonths(monthStart, 1);
      return clamp(Number(next.slice(0, 4)), Number(next.slice(5, 7)), slot.day);
    }
    case 'NEXT_MONTH_DAY': {
      const next = addMonths(monthStart, 1);
      return clamp(Number(next.slice(0, 4)), Number(next.slice(5, 7)), slot.day);
    }
    case 'MONTH_END':
      return addDays(addMonths(monthStart, slot.monthsAhead + 1), -1);
    case 'DAYS_AHEAD':
      return addDays(today, slot.days);
    case 'MONTHS_AHEAD':
      return addMonths(today, slot.months);
    case 'WEEKDAY': {
      const isoToday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const next = addDays(today, (slot.weekday - isoToday + 7) % 7);
      if (slot.weeksAhead === undefined) return next;
      const inWeek = addDays(today, slot.weekday - isoToday + 7 * slot.weeksAhead);
      // "이번 주 월요일" said on a Thursday has passed: the coming Monday is meant.
      return inWeek >= today ? inWeek : next;
    }
  }
}

/** The period one step before another, where the API can express it. */
export function stepBack(p: PeriodSlot): PeriodSlot | undefined {
  switch (p.kind) {
    case 'TODAY':
      return { kind: 'YESTERDAY' };
    case 'THIS_WEEK':
      return { kind: 'LAST_WEEK' };
    case 'LAST_WEEK':
      return { kind: 'DATES', from: { day: 1 }, ago: { unit: 'WEEK', n: 2 } };
    case 'YESTERDAY':
      return { kind: 'DATES', from: { day: 1 }, ago: { unit: 'DAY', n: 2 } };
    case 'THIS_MONTH':
      return { kind: 'LAST_MONTH' };
    case 'LAST_MONTH':
      return { kind: 'MONTHS_AGO', months: 2 };
    case 'MONTHS_AGO':
      return p.months < MAX_MONTHS_BACK ? { kind: 'MONTHS_AGO', months: p.months + 1 } : undefined;
    // "10월은? … 그 전 달은?": the month before the one named.
    case 'NAMED_MONTH':
      return { kind: 'NAMED_MONTH', month: p.month === 1 ? 12 : p.month - 1 };
    // "지지난주 … 그 전주는요?": the week (or day) before that one.
    case 'DATES':
      return p.ago ? { kind: 'DATES', from: p.from, ago: { ...p.ago, n: p.ago.n + 1 } } : quarterBefore(p);
    case 'THIS_QUARTER':
      return { kind: 'LAST_QUARTER' };
    case 'THIS_YEAR':
      return { kind: 'LAST_YEAR' };
    default:
      return undefined;
  }
}

/**
 * "3분기에 얼마 썼어? … 그 전 분기는?": the quarter before a whole quarter named (2분기); from the first quarter, the
 * last of the year before only when the year was said (without it, "10월–12월" would read as this year's).
 */
function quarterBefore(p: Extract<PeriodSlot, { kind: 'DATES' }>): PeriodSlot | undefined {
  const { from, through } = p;
  if (
    p.holiday ||
    p.tailDays ||
    !through ||
    from.day !== 1 ||
    from.monthsBack ||
    !from.month ||
    !through.month
  )
    return undefined;
  if (through.month !== from.month + 2 || (from.month - 1) % 3 !== 0) return undefined;
  if (from.month === 1 && from.year === undefined) return undefined;
  const first = from.month === 1 ? 10 : from.month - 3;
  const year = from.year === undefined ? {} : { year: from.month === 1 ? from.year - 1 : from.year };
  return {
    kind: 'DATES',
    from: { ...year, month: first, day: 1 },
    through: { ...year, month: first + 2, day: QUARTER_LAST_DAY[(first - 1) / 3] },
  };
}
const QUARTER_LAST_DAY = [31, 30, 30, 31];

/** "그 다음 달은?", "and the month after?": the month one step after the previous turn's (said alone). */
const STEP_FORWARD =
  /^\s*(?:그럼\s?|그러면\s?)?(?:그\s?)?다음\s?달(?:은|는|에는|엔)?요?\s*[?？]?\s*$|^\s*(?:and|what about|how about)?\s*(?:the\s+)?(?:month after(?: that)?|following month|next one)\s*[?？]?\s*$/i;

/** The month after a month asked about: a month back one nearer (to this month), a month named the one after it. */
function stepForward(p: PeriodSlot): PeriodSlot | undefined {
  switch (p.kind) {
    case 'LAST_MONTH':
      return { kind: 'THIS_MONTH' };
    case 'MONTHS_AGO':
      return p.months <= 1
        ? { kind: 'THIS_MONTH' }
        : p.months === 2
          ? { kind: 'LAST_MONTH' }
          : { kind: 'MONTHS_AGO', months: p.months - 1 };
    // The month after, named (resolved on the turn's day by resolveNamedMonth; after this month itself it has not come:
    // `monthNotYet`, not the same month a year back).
    case 'NAMED_MONTH':
      return { kind: 'NAMED_MONTH', month: p.month === 12 ? 1 : p.month + 1, after: true };
    default:
      return undefined;
  }
}

/**
 * The month after a forecast's ("and the month after?"): after a month named, the next named; after a month ahead, one
 * more; after a span of months (this month first), the month after its last. None after a year or a quarter.
 */
function forecastStep(s: CounselSlots): CounselSlots | undefined {
  if (s.forecastMonth !== undefined)
    return { forecastMonth: s.forecastMonth === 12 ? 1 : s.forecastMonth + 1 };
  if (s.monthAhead !== undefined) return { monthAhead: s.monthAhead + 1 };
  if (s.months !== undefined) return { monthAhead: s.months };
  return undefined;
}

/**
 * QA round 21 (card21). A month ahead said alone after a forecast: "그럼 다음달은?", "다다음달은요?", "3개월 뒤는요?",
 * "1월은?", "what about dec", "in 2 months?" — not "그 다음 달은?" (the month after the one just forecast: forecastStep).
 */
const FORECAST_MONTH_ALONE = new RegExp(
  String.raw`^\s*(?:그럼\s?|그러면\s?|and\s|what about\s|how about\s)?(?:(?:다다음|다음|담)\s?달|(?<!\d)(?:1[0-2]|0?[1-9])\s?월(?:\s?달)?|${N}\s?(?:개월|달)\s?(?:뒤|후)|in\s(?:${N}|a|one)\s(?:months?)|(?:the\s)?next month|(?:the\s)?month after next|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s?(?:은|는|에는|엔|이면|면)?\s?(?:요)?\s*[?？]?\s*$`,
  'i',
);

/** QA round 21 (card21). The next quarter said alone: "그럼 다음분기는?", "what about next quarter". */
const NEXT_QUARTER_ALONE =
  /^\s*(?:그럼\s?|그러면\s?|and\s|what about\s|how about\s)?(?:the\s)?(?:다음\s?분기|next quarter)(?:은|는|에는|엔)?\s?(?:요)?\s*[?？]?\s*$/i;

/** The month a forecast follow-up names (FORECAST_MONTH_ALONE): some months ahead, or a month named. */
function forecastSpanSaid(text: string): CounselSlots | undefined {
  const ahead = extractMonthsAhead(text);
  if (ahead !== undefined) return ahead <= 12 ? { monthAhead: ahead } : undefined;
  const said = extractSlots(text, 'FORECAST');
  if (said.monthAhead !== undefined) return { monthAhead: said.monthAhead };
  if (said.forecastMonth !== undefined) return { forecastMonth: said.forecastMonth };
  return undefined;
}

/**
 * QA round 25 (fixko2). Next month's outgoings said beside this month's: "이번달이랑 다음달에 빠져나갈 돈", "이번 달
 * 다음 달 나갈 돈 정리", "what goes out this month and next".
 */
const TWO_MONTHS_OUTGOINGS =
  /다음\s?달\S{0,3}\s?(?:에\s?|까지\s?)?(?:빠져\s?나갈|빠져\s?나가는|나갈|나가는|빠질|빠지는|내야\s?할|낼)\s?(?:돈|것|거|금액|게)|\bgo(?:es)? out this month and next\b|\b(?:due|going out) this month and next\b/i;

/**
 * QA round 25 (fixko2). The whole spent asked in a follow-up's own words: "카드 총액", "쓴거", "얼마 썼어", "지출",
 * "total", "spent" — with a period of its own, all the card's spending then, not the category or shop before.
 */
const OWN_TOTAL =
  /총액|합계|전체|전부|통틀어|다\s?합|쓴\s?(?:거|것|돈|게|금액)|썼|씀|카드\s?(?:값|총|사용|지출|내역)|지출|소비|\btotal\b|\bin all\b|\bspen[dt]\b|\beverything\b/i;
/** The filters a spending question narrows to: a category or shop (and the others beside them). */
const SPENDING_FILTERS = [
  'category',
  'merchant',
  'alsoCategory',
  'alsoMerchant',
  'moreCategories',
  'moreMerchants',
] as const;

/** Furthest month back a spending question reaches (the spending module's MAX_PERIOD_MONTHS). */
const MAX_MONTHS_BACK = 24;

/** Slots that answer the same question: one read from the message drops the other's inherited value. */
const EXCLUSIVE_SLOTS: Partial<Record<keyof CounselSlots, (keyof CounselSlots)[]>> = {
  months: ['monthAhead', 'yearEnd', 'forecastMonth', 'nextYear', 'nextQuarter'],
  monthAhead: ['months', 'yearEnd', 'forecastMonth', 'nextYear', 'nextQuarter'],
  forecastMonth: ['months', 'monthAhead', 'yearEnd', 'nextYear', 'nextQuarter'],
  yearEnd: ['months', 'monthAhead', 'forecastMonth', 'nextYear', 'nextQuarter'],
  nextYear: ['months', 'monthAhead', 'forecastMonth', 'yearEnd', 'nextQuarter'],
  nextQuarter: ['months', 'monthAhead', 'forecastMonth', 'yearEnd', 'nextYear'],
  // "그럼 스벅은요?" after a category question, and "식비는요?" after a merchant one.
  category: ['merchant'],
  merchant: ['category'],
  // "교통비는요?" after two categories: that one alone.
  alsoCategory: ['merchant', 'category'],
  // "그럼 쿠팡은?" after two shops together: that one alone.
  alsoMerchant: ['merchant', 'category'],
  moreMerchants: ['merchant', 'category'],
  moreCategories: ['merchant', 'category'],
  // "and how much more until the end?" after the interest paid so far: what is left, not what was paid.
  interestLeft: ['interestPaid'],
  // "숙박비 빼면요?" after a category's spending: the whole less that one, not that one.
  without: ['category'],
  // QA round 27 (lead): "원금은 얼마나 갚았어?" after the interest paid is the principal repaid, not the interest again.
  interestPaid: ['interestLeft', 'repaidSoFar'],
  // "온라인은?" after a question about spending abroad: online instead, not online abroad.
  online: ['overseas'],
  overseas: ['online'],
  // "그럼 1%p 오르면요?" after "금리 몇 프로예요?": the what-if, not the rate again.
  rateRise: ['currentRate', 'rateTo'],
  currentRate: ['rateRise'],
  // "0.5%p 떨어지면?" after "금리 5%가 되면?": a change by points now, not the rate named before; and the other way round.
  rateTo: ['rateRise'],
  // "3.5%가 되면?" after "4.5%랑 3.9% 차이": the new rate on its own, not weighed against the earlier pair's first.
  rateFrom: ['rateTo', 'rateRise'],
  // "어디서 줄이면 좋을까?" after this month's spending: where a usual month goes (three months), not this month so far.
  period: ['reduce', 'noSuchDate'],
  // "what should i cut?" after "why is my spending so high?": where to cut, not the comparison again.
  compare: ['reduce', 'without'],
  changeWhy: ['reduce', 'without'],
};

/** The shipped intent model, read on first use and kept for the life of the process. */
export function intentModel(): LoadedIntentModel {
  cached ??= loadIntentModel(JSON.parse(fs.readFileSync(INTENT_MODEL_FILE, 'utf8')) as IntentArtefact);
  return cached;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Openers and endings that mark a message as continuing the previous question. */
const FOLLOW_UP_MARKER =
  /^\s*(?:그럼\s?|그러면\s?)?[\d일이삼사오육칠팔구십백천만억년개월달.,%\s]{1,10}(?:이면|면|으로\s?하면|로\s?하면)(?:\s|$)|^\s*(?:and |so |ok(?:ay)?,? )?(?:when|where|how much|what time|how many times)\b[^.?!]{0,25}\b(?:was|were|is|did)\s(?:it|that|this|they)\b|(?:뭘|뭐를|뭐)\s?(?:해야|하면)\s?(?:올라|오르|높아|좋아)\S*\s*[?？]?\s*$|뭐부터\s?(?:해야|하면)\s?\S*\s*[?？]?\s*$|^\s*(?:그럼|그러면|그럼요|그리고|그건|그거는|그렇다면|또|and\b|what about|how about|also\b|same for|then\b|ok(?:ay)?,? (?:and|so)\b)|(?:은|는|이면|면|도)요?\s*[?？]?\s*$|\b(?:too|instead|then|in that case)\s*[?？.]?\s*$|^\s*(?:so |ok(?:ay)?,? |then |and |but )?(?:what (?:other )?(?:options|choices) (?:do i have|are there|have i got)|what (?:can|should|do) i do(?: now| then| about it| next)?|뭐부터\s?해야\s?(?:돼|되|할까|하나|해요|하죠)\S*|how (?:do|can) i get (?:it|that|this) (?:up|higher|down|lower)|(?:그럼\s?)?어떻게\s?(?:해야|하면)\s?(?:돼|되|할까|하나|좋을까)\S*|(?:다른\s?)?방법(?:이|은)?\s?(?:있|뭐)\S*|(?:그럼\s?)?(?:어떻게|어떡하면)\s?(?:하면|해야)?\s?(?:더\s?|좀\s?)?(?:올릴|높일|낮출|줄일|늘릴|내릴|갚을|모을|아낄|올라갈|높아질)\s?수\s?(?:있|있을)\S*|how (?:can|do|could|should) i (?:raise|improve|increase|lower|reduce|boost|fix|cut) (?:it|that|this|them)(?: quickly| fast)?)\s*[?？]?\s*$/i;

/**
 * A message that opens by pointing back at what was just discussed ("이거 언제까지 갚아야 돼?", "그 대출 금리는?",
 * "그중에 제일 큰 결제 뭐였어?", "this one…"): a follow-up whose slots it does not name are inherited, though its intent stays its own.
 */
const POINTS_BACK =
  /\bwhat does (?:that|it|this) mean\b|그게\s?(?:무슨\s?(?:뜻|의미)|(?:저|나)한테\s?(?:어떤|무슨))|\b(?:break|split) (?:it|that|this|them) (?:down|up)\b|^\s*(?:이거|이건|그거|그건|저거|이\s?대출|그\s?대출|그\s?중(?:에|에서)?|(?:this|that) (?:one|loan)\b|of (?:those|these|them)\b)|\b(?:most|the bulk|the rest) of (?:it|that|them|those)\b|\b(?:would|will|does|could|can) (?:that|it|this) (?:save|cost|change|take)\b/i;

/** Whether a rate just given is high or fair, said alone: "그거 높은 편이에요?", "비싼 거예요?", "is that high?", "is it a good rate?". */
const RATE_JUDGED_ALONE =
  /^\s*(?:그럼\s?|그러면\s?)?(?:그거|이거|그게|이게|그\s?금리|이\s?금리|그\s?정도|이\s?정도)?\s?(?:면|이면|은|는|이|가)?\s?(?:너무\s?|좀\s?|많이\s?)?(?:높|비싸|비싼|괜찮|적당|적정|싼|낮)[^.?!]{0,10}[?？]?\s*$|^\s*(?:and\s|so\s)?(?:is|was|'?s)\s(?:that|it|this)\s(?:too\s|very\s|a bit\s|kind of\s)?(?:a\s)?(?:high|good|bad|ok(?:ay)?|fair|expensive|competitive|reasonable|normal|low|cheap|decent)(?:\s(?:rate|one|number))?\s*[?？]?\s*$/i;

/** A comparison with another period asked about the figure just given: "지난달보다 얼마나 줄었어?", "more than last month?". */
const COMPARED_BACK =
  /^\s*(?:그럼\s?|그러면\s?)?\S{0,8}보다\s?(?:얼마나\s?|더\s?|덜\s?|많이\s?|적게\s?)*(?:줄었|늘었|썼|많|적|나갔)[^.?!]{0,6}[?？]?\s*$|^\s*(?:and\s|so\s)?(?:is (?:that|it) |was (?:that|it) )?(?:more|less|higher|lower|up|down) (?:than|compared (?:to|with)) (?:last|the previous|the month before)\b[^.?!]{0,12}[?？]?\s*$|^\s*(?:and\s|so\s|ok(?:ay)?,?\s)?how (?:does|did|do|is|would) (?:that|it|this) (?:compare|stack up|look) (?:to|with|against|next to) (?:last|the previous|the month before)\b[^.?!]{0,12}[?？]?\s*$/i;
/**
 * How much they may spend, asked ("12월에 얼마 쓰면 돼요?", "한 달에 얼마까지 써도 돼요?", "how much can i spend in
 * december?", "how much should i spend a month?") — a budget, not a look-up of spending. A day's (leftThisMonth) and
 * a purchase's are their own.
 */
const SPEND_ALLOWANCE =
  /^(?![^]*(?:하루|매일|\b(?:a|per|each) day\b))(?:[^]*?)(?:얼마|얼마나|얼마\s?정도)\s?(?:까지\s?|씩\s?)?(?:만\s?|더\s?)?(?:쓰면|써도|써야|쓸\s?수\s?있|쓰는\s?게\s?(?:좋|적당|맞))\S{0,2}\s?(?:돼|되|될|괜찮|좋|적당|있|할까|하나|해요)|\bhow much (?:can|should|could|may) i (?:spend|use)(?: on my card)?(?: in (?:december|january|february|march|april|june|july|august|september|october|november)| next month| (?:a|per|each) month| monthly)\b|\bhow much (?:am i allowed|is ok(?:ay)?|is safe) to spend\b/i;

/** A budget asked to be made: "예산 좀 짜주세요", "가계부 어떻게 써요", "help me make a budget". */
const BUDGET_ASKED =
  /예산\S{0,3}\s?(?:좀\s?)?(?:짜|세워|세우|만들|잡아|잡|도와)|가계부|\bhelp me (?:make|set up|plan|with) (?:a |my )?budget\b|\bhelp me budget\b|\bhelp (?:me )?with budgeting\b|\bmake (?:me )?a budget\b/i;
/** How one payment splits: "원금은 얼마고 이자는 얼마예요?", "그중에 원금은?", "how much of it is interest?". */
const PAYMENT_SPLIT =
  /원금\S{0,3}\s?(?:은|는|이|만)?\s?(?:얼마|몇)|이자\S{0,3}\s?(?:은|는|만)\s?(?:얼마|몇)|원금(?:이랑|과|하고)\s?이자|\bhow much (?:of (?:it|that) )?is (?:the )?(?:principal|interest)\b|\bprincipal (?:and|vs\.?|versus) interest\b|\b(?:the )?split\b|\bis (?:that|it|this) all interest\b|\b(?:only|just) (?:the )?interest\b|이자만\s?(?:있|내|나가|인|이)/i;

/** QA round 27 (helper en27). "how much do i have left", "what's left?" — the month's money asked again. */
const MONEY_LEFT_AGAIN =
  /\b(?:how much|what)(?: money| cash)? (?:do i have|have i got|is|'s|s|am i) (?:left|remaining)\b|\bwhat'?s left\b|얼마\s?남/i;
/** QA round 27 (helper en27). "what would i save", "how much could i save" — a refinance's saving asked. */
const SAVE_AGAIN =
  /\b(?:what|how much) (?:would|will|could|do|can|might) i (?:save|get back)\b|얼마\s?(?:아껴|아낄|절약)/i;
/** QA round 27 (helper en27). The card deduction's threshold asked after it: "how much more to hit the threshold". */
const DEDUCTION_THRESHOLD =
  /\bthreshold\b|\bhow much more\b[^.?!]{0,30}\b(?:spend|use|put on)\b|\b(?:hit|reach|pass|clear) (?:the |that )?(?:25 ?%|minimum|bar)\b|문턱|(?:얼마|얼마나)\s?더\s?(?:써야|쓰면|채워)/i;

/** QA round 27 (helper en27). A month asked why it was high: "why was october so high?", "why did i spend so much in october". */
const WHY_MONTH_HIGH =
  /\b(?:why|how come)\b[^.?!]{0,40}\b(?:so |that |this )?(?:high|much|big|expensive|huge|crazy|insane)\b(?![^.?!]*\b(?:than|compared|vs)\b)|왜\s?(?:이렇게|이리|그렇게|일케|이케|케|캐)\s?(?:많이|마니|많)/i;

/** QA round 27 (helper en27b). Helping family with money asked: "can i afford to help (my mom)?", "엄마 도와드릴 여유 있어요?". */
const AFFORD_HELP =
  /\b(?:can|could) i afford to (?:help|support|give|lend|send)\b|\bdo i have (?:enough |the money |room )?to help\b|(?:도와\s?(?:드릴|드리)|보태\s?(?:드릴|줄)|보내\s?드릴)\S{0,2}\s?(?:여유|돈\s?(?:이\s?)?있|형편)/i;
/** QA round 27 (helper en27b). A sum put in place of the one just weighed: "what if it's like 2 million", "200만원이면?". */
const WHAT_IF_SUM =
  /\bwhat (?:if|about)\b|\bhow about\b|\band (?:if|for)\b|(?:이면|라면|면)\s?(?:요|어때|어떡|어떻게)?\s*[?？]*\s*$|정도면|은요|는요/i;

/** QA round 27 (helper en27b). Their own use asked: "do i have any", "am i using", "리볼빙 쓰고 있어요?", "받은 거 있어요?". */
const OWN_CARD_USE =
  /\b(?:do|did) i (?:have|use|take|owe)\b|\bam i (?:using|on|paying|in)\b|\bhave i (?:got|used|taken|been using)\b|\bis (?:my|there) (?:any )?(?:revolving|cash advance)|\bany (?:revolving|cash advance)s?\b[^.?!]{0,20}\b(?:on|in) my\b|(?:쓰고|쓰는\s?중|이용\s?중|이용하고|하고|받고|걸려)\s?있|(?:받은|쓴|이용한|한)\s?(?:거|게|것|적)\s?(?:이\s?|가\s?)?있|(?:되어|돼)\s?있/i;

/** QA round 27 (helper en27b). A card loan named: "card loan", "카드론", "카드대출". */
const CARD_LOAN_SAID = /카드\s?론|카드\s?대출|\bcard\s?loans?\b/i;

/** QA round 27 (helper en27). Every recurring charge cancelled: "if i cancel all of them", "다 해지하면". */
const CANCEL_ALL =
  /\b(?:cancel|stop|drop|ditch|unsubscribe from|get rid of)\b[^.?!]{0,20}\b(?:all|them|everything|every one|those|these)\b|(?:다|전부|모두|싹)\s?(?:해지|끊|취소)/i;

/** QA round 27 (helper en27). The cuts a monthly saving takes: "what would i have to cut to save 500k a month". */
const CUT_TO_SAVE =
  /\b(?:cut|cut back|cut down|give up|reduce|spend less)\b[^.?!]{0,30}\bsav(?:e|ing)\b|(?:줄여야|아껴야|덜\s?써야)/i;

/** Short enough to be a fragment rather than a question of its own. */
function isShort(text: string): boolean {
  const compact = text.replace(/[\s?？!.~]/g, '');
  const words = text.trim().split(/\s+/).length;
  return /[가-힣]/.test(text) ? compact.length <= 9 : words <= 4;
}

/** A question of a few words (a follow-up's length, though it names a thing or two of its own). */
function isBrief(text: string): boolean {
  const compact = text.replace(/[\s?？!.~]/g, '');
  return /[가-힣]/.test(text) ? compact.length <= 16 : text.trim().split(/\s+/).length <= 8;
}

/**
 * Topic-model confidence from which a message without any finance cue is chit-chat whatever the intent model
 * says (docs/counselling.md has the trade-off: 0.5 turns more general chat into GENERAL_CHAT and a few more
 * Korean finance questions too).
 */
export const GENERAL_GATE = 0.8;

/** Probability above which an intent that has its own cue counts as the message's own, clear intent. */
const OWN_INTENT_PROBABILITY = 0.5;

/**
 * Understanding of one message with the shipped model. `exampleIntent`, when given, is the intent of an
 * ADMIN-managed example phrase the message equals (faq module): it decides the intent with confidence 1, before
 * the model, the follow-up rule and the topic gate; slots are still extracted for it.
 */
export function understandMessage(
  text: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
  exampleIntent?: CounselIntent | null,
): MessageUnderstanding {
  return understandWith(intentModel(), text, previous, { exampleIntent });
}

/** "둘 중에 뭐가 나아요?", "which is better?", "어느 쪽이 나아요?": between the options just given. */
const WHICH_BETTER =
  /둘\s?중(?:에)?|어느\s?(?:쪽|게|것|거)|뭐가\s?(?:더\s?)?(?:나아|낫|좋|유리)|\bwhich (?:one |option )?(?:is|would be|'?s) (?:the )?(?:better|best|cheaper|cheapest)\b|\bwhich (?:is|would be) (?:better|best|cheaper)\b|\bwhich should i (?:pick|choose|go (?:for|with)|take)\b|\bstay(?:ing)? or switch(?:ing)?\b/i;
/** "can i lower it?", "줄일 수 있어요?": the payment just given, made smaller — the rate cut and the switch. */
const LOWER_IT =
  /\b(?:lower|reduce|cut|bring down|decrease) (?:it|that|this|them)\b|\b(?:make|get) (?:it|that|this|them) cheaper\b|\bcheaper\s*[?？]*\s*$|(?:더\s?)?싸게\s?(?:할|하는|해)|(?:줄일|낮출|낮추|깎을)\s?(?:수|방법)|줄이려면|낮추려면/i;
/** "그 돈 없으면 어떡해요", "what if I don't have it then": the sum due at maturity, not there. */
const SUM_NOT_THERE =
  /(?:그\s?돈|그거|그만큼|그\s?금액|돈)\S{0,2}\s?(?:이\s?|가\s?)?(?:없|모자라|부족)|못\s?(?:갚|내|구하)|\b(?:can'?t|cannot|won'?t be able to) (?:pay|repay|afford|find) (?:it|that|this)\b|\b(?:don'?t|do not|won'?t) have (?:it|that|the money|enough)\b/i;
/** "how much is the penalty exactly", "연체이자 정확히 얼마예요": the penalty just described. */
const PENALTY_ASKED = /\bthe penalty\b|연체\s?이자|지연\s?이자|\bpenalty (?:interest|rate|fee|charge)\b/i;
/** What is left of something just listed: "how much is left on the korean air one", "대한항공 건 얼마 남았어요?". */
const LEFT_ON_ONE = /\b(?:left|remaining|to go)\b|남(?:은|았|아)/i;

/** The answer just given was about the card bill: the bill, next month's, its payment day, or revolving on it. */
function cardBillBefore(previous: Pick<MessageUnderstanding, 'slots'>): boolean {
  const s = previous.slots;
  return !!(s.cardBill || s.nextBill || s.request === 'CARD_DUE_DAY' || s.productTopic === 'REVOLVING');
}

/**
 * A follow-up bound to the answer just given, and the intent it continues: a what-if income after a limit or a budget,
 * a choice between the options just given, lowering the payment just given (the rate cut and the switch), the sum due
 * at maturity not there (the extension), the penalty after arrears, what is left on a card instalment. Null: none.
 */
function answerBound(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
  guessed: CounselIntent,
): { intent: CounselIntent; slots?: CounselSlots } | null {
  const p = previous.intent;
  // A question of its own (another intent's cue: "월급 300인데 다음 달 못 낼 것 같아요") is not bound by a figure in it.
  const ownQuestion = cueIntents(text).some((c) => c !== p && c !== 'GENERAL_CHAT');
  // QA round 21 (care21). After a hardship or arrears answer, one thing asked of it: the jeonse deposit, whom to call,
  // what first, what 1397 is, the unemployment benefit, by when (were the savings answer, small talk or a product
  // question); "진짜요? 확실해요?" after "nothing overdue" is that record confirmed; "그 문자 뭐에요?" the text.
  const afterHardship = p === 'HARDSHIP' || p === 'ARREARS';
  // QA round 26. "can i pay it today instead?", "오늘 미리 내도 돼요?" after the next payment: that instalment paid early
  // (was today's card transactions, a prepayment example or small talk).
  if (
    p === 'NEXT_PAYMENT' &&
    isBrief(text) &&
    PAY_EARLY.test(text) &&
    !extractAmount(text) &&
    !/원금|중도\s?상환|\bprincipal\b/i.test(text)
  )
    return {
      intent: 'NEXT_PAYMENT',
      slots: { ...(previous.slots.loan ? { loan: previous.slots.loan } : {}), payEarly: true },
    };
  // QA round 26. "can i pay it off earlier?", "더 빨리 갚을 수 있어요?" after the loan's facts: today's payoff (was a
  // ₩10,000,000 prepayment example, or the hardship answer).
  if (
    ['LOAN_BALANCE', 'NEXT_PAYMENT', 'REPAYMENT_SCHEDULE', 'LOANS_OVERVIEW'].includes(p) &&
    isBrief(text) &&
    PAY_OFF_EARLY.test(text) &&
    !/\d/.test(text)
  )
    return { intent: 'PAYOFF_QUOTE', slots: {} };
  // QA round 26. "금리 4%짜리 적금이면요?", "what if the savings account pays 5%?" after repaying against saving: that
  // deposit's rate weighed (was the month's room to save).
  if (p === 'PREPAYMENT_EFFECT' && previous.slots.versusSaving && isBrief(text)) {
    const m = /(?<![\d.])(\d{1,2}(?:\.\d{1,3})?)\s?(?:%|퍼센트|프로|percent)(?!\s?p\b|\s?포인트)/i.exec(text);
    const rate = m ? Number(m[1]) : NaN;
    if (rate > 0 && rate <= 20)
      return {
        intent: 'PREPAYMENT_EFFECT',
        slots: {
          ...(previous.slots.loan ? { loan: previous.slots.loan } : {}),
          versusSaving: true,
          savingRate: rate,
        },
      };
  }
  // QA round 26. "카드 많이 쓰면 떨어져요?", "will using my card a lot lower it?" after the credit score: that action's
  // effect on the score (was this month's card spending) — read as if the score were named.
  if (
    previous.slots.scoreKind === 'CREDIT' &&
    isBrief(text) &&
    !/신용\s?점수|\bcredit (?:score|rating)\b/i.test(text) &&
    /떨어|내려|깎|올라|오르|\b(?:lower|drop|hurt|affect|raise|help|ding|damage)\b/i.test(text)
  ) {
    const said = text.replace(/[\s?？!.~]+$/, '');
    const effect = extractCreditEffect(`${said} ${/[가-힣]/.test(text) ? '신용점수' : 'credit score'}`);
    if (effect && effect !== 'RAISE')
      return { intent: 'HEALTH_SCORE', slots: { scoreKind: 'CREDIT', creditEffect: effect } };
  }
  // QA round 26. "제일 이자 비싼 거 뭐예요?" after their loans: the costliest of theirs (was the products on offer).
  if ((p === 'LOANS_OVERVIEW' || p === 'LOAN_BALANCE') && isBrief(text) && COSTLIEST_LOAN.test(text))
    return { intent: 'LOANS_OVERVIEW', slots: { currentRate: true } };
  // QA round 26. "그거 빼면 얼마예요?", "without that?" after where the money went most: the rest (was the same answer).
  if (
    p === 'SPENDING' &&
    previous.slots.top &&
    isBrief(text) &&
    /(?:그거|그건|그걸|그것|그\s?(?:업종|카테고리|거|건|돈))\S{0,2}\s?(?:을\s?|를\s?|은\s?|는\s?)?(?:빼면|빼고|제외하면|제외하고)|\b(?:without|excluding|minus|not counting|leaving out) (?:that|it|this|those)\b/i.test(
      text,
    )
  )
    return {
      intent: 'SPENDING',
      slots: { ...(previous.slots.period ? { period: previous.slots.period } : {}), withoutTop: true },
    };
  // QA round 26. "how can i cut it by 100k", "10만원 줄이려면?" after one category's spending: that category cut by (or
  // to) the amount (was a loan limit of ₩100,000 or the flagged charges).
  // QA round 28 (lead). "and in total since i took the loan?", "그럼 지금까지는요?" after the interest paid in a year: every
  // repayment's interest since the loans began (was the year again).
  if (previous.slots.interestPaid && isBrief(text) && SINCE_THE_START.test(text) && !/\d/.test(text))
    return { intent: 'LOAN_BALANCE', slots: { ...loanOf(previous.slots), interestPaid: 'ALL' } };
  // QA round 28 (lead). "그거 줄이려면 어떻게 해요?", "how do i cut that down" after "지난달에 뭐에 제일 많이 썼어요?":
  // the largest category of the period asked before (was this month's so far — the phone bill — or all spending),
  // cut over the usual months.
  if (
    p === 'SPENDING' &&
    previous.slots.top &&
    !previous.slots.category &&
    isBrief(text) &&
    LOWER_IT.test(text) &&
    !extractCategory(text)
  )
    return {
      intent: 'SPENDING',
      slots: {
        reduce: true,
        top: true,
        ...(previous.slots.period ? { topPeriod: previous.slots.period } : {}),
      },
    };
  if (p === 'SPENDING' && previous.slots.category && !extractCategory(text) && isBrief(text)) {
    const cut = extractCutOnly(text);
    if (cut) return { intent: 'SPENDING', slots: { category: previous.slots.category, categoryCut: cut } };
    // "왜 이렇게 비싸요?", "싸게 바꾸는 방법 있어요?", "why so expensive?" after one category's amount: how to pay less for
    // it (was small talk, or the loan's arrears).
    if (
      !extractAmount(text) &&
      /왜\s?(?:이렇게\s?|이리\s?|케\s?|일케\s?)?(?:비싸|비쌈|많이\s?나와)|싸게|저렴하게|줄이는\s?(?:법|방법)|줄일\s?(?:수|방법)|아낄\s?(?:수|방법)|\bwhy (?:is it |is that )?so (?:expensive|high)\b|\bcheaper\b|\b(?:cut|bring) (?:it|this|that) down\b|\breduce (?:it|this|that)\b/i.test(
        text,
      )
    )
      return { intent: 'SPENDING', slots: { category: previous.slots.category, reduce: true } };
  }
  // QA round 25 (fixko1). "정리하면 지금 제일 먼저 뭘 하면 좋을까요" after the loan's facts (its balance, maturity, next
  // payment), which have no steps of their own: what can be done about the loan, steps first — the rate cut (or the
  // switch) with its saving.
  if (
    ['LOAN_BALANCE', 'LOANS_OVERVIEW', 'NEXT_PAYMENT', 'REPAYMENT_SCHEDULE'].includes(p) &&
    !ownQuestion &&
    WHAT_FIRST.test(text) &&
    NEXT_STEPS.test(text)
  )
    return { intent: 'REFINANCE', slots: { nextSteps: true } };
  // QA round 22 (spendfu). "ugh where did it all go", "다 어디로 갔지" after a spending figure: the same period by
  // merchant (was small talk).
  if (
    p === 'SPENDING' &&
    isBrief(text) &&
    /\bwhere (?:did|has|have|does) (?:it|all|the money|my money|that|everything)(?: all)? (?:go|gone|went)\b|\bwhere(?:'d| did) (?:it|all that) (?:all )?go\b|(?:다|돈이?|그\s?돈)\s?어디(?:로|에|다)?\s?(?:다\s?)?(?:갔|간|쓴|썼|새)/i.test(
      text,
    )
  )
    return { intent: 'SPENDING', slots: { topMerchant: true } };
  // QA round 22 (spendfu). "why so low lol", "왜 이렇게 적어요?" after this month's card bill and spending: this month
  // against last month, with the places that made last month's (was small talk); after the money left this month: what
  // makes the bill leaving the account (was the same answer).
  const whyLow =
    isBrief(text) &&
    /\bwhy (?:so|is it so|is that so|it'?s so|such a) (?:low|little|small)\b|\bhow come (?:it'?s |that'?s )?so (?:low|little)\b|왜\s?(?:이렇게|이리|일케|케|캐|그렇게|요렇게)?\s?(?:적|작|조금|낮|없)/i.test(
      text,
    );
  if (whyLow && p === 'SPENDING' && previous.slots.cardBill && previous.slots.period?.kind === 'THIS_MONTH')
    return { intent: 'SPENDING', slots: { changeWhy: true, compare: true, period: { kind: 'THIS_MONTH' } } };
  if (whyLow && p === 'SAVINGS' && previous.slots.leftThisMonth)
    return {
      intent: 'SPENDING',
      slots: { cardBill: true, topMerchant: true, period: { kind: 'THIS_MONTH' } },
    };
  // QA round 22 (spendfu). "카드값은 언제 나가요?", "when's the card bill due?" after a money-short or hardship answer:
  // the card's payment day (was the money-short sentence again).
  if (
    afterHardship &&
    isBrief(text) &&
    /카드\s?(?:값|대금|결제\s?(?:금액|대금))|\bcard (?:bill|payment)s?\b/i.test(text) &&
    /언제|며칠|결제일|빠져\s?나가|\bwhen\b|\bdue\b|\bwhat day\b/i.test(text) &&
    !/대출|\bloans?\b/i.test(text)
  )
    return { intent: 'NEXT_PAYMENT', slots: { request: 'CARD_DUE_DAY' } };
  // QA round 27 (helper ko27). "그럼 지금 쓰는거에서 뭘 줄여야돼" after a savings goal: where the spending can be cut
  // (was the goal's answer again).
  if (
    p === 'SAVINGS' &&
    isBrief(text) &&
    /(?:뭘|뭐|뭐를|무엇을|어디서|어디를|어떤\s?(?:걸|거|것을|지출))\s?(?:좀\s?|먼저\s?|더\s?)?(?:줄여|줄이|줄일|아껴|아끼|아낄)|\bwhat (?:should|can|do) i (?:cut|spend less on)\b|\bwhere (?:should|can|do) i cut\b/i.test(
      text,
    ) &&
    !/대출|이자|\bloans?\b|\binterest\b/i.test(text)
  )
    return { intent: 'SPENDING', slots: { reduce: true } };
  // QA round 22 (spendfu). "지금 쓰는거 기준으로는요?", "at my current rate?" after a savings goal: the goal at what the
  // month leaves now (was this month's card spending).
  if (
    p === 'SAVINGS' &&
    previous.slots.amount &&
    isBrief(text) &&
    /지금\s?(?:쓰는|쓰던|처럼|대로|속도|페이스|이대로|상태)|현재\s?(?:지출|속도|페이스|기준)|이대로|\b(?:at|with) (?:my|this|the) (?:current )?(?:rate|pace|spending)\b|\bif i keep (?:spending|going|saving)\b|\bas things (?:are|stand)\b|\bthe way i(?:'m| am) (?:spending|going)\b/i.test(
      text,
    )
  )
    return { intent: 'SAVINGS', slots: { goalAtPace: true } };
  if (afterHardship && DEPOSIT_TAKEN.test(text))
    return { intent: 'HARDSHIP', slots: { hardshipAsk: 'DEPOSIT' } };
  if (HELPLINE_ASKED.test(text)) return { intent: 'HARDSHIP', slots: { hardshipAsk: 'HELPLINE' } };
  if (UNEMPLOYMENT_BENEFIT.test(text) && (afterHardship || !ownQuestion))
    return { intent: 'HARDSHIP', slots: { hardship: 'LOST_JOB', hardshipAsk: 'BENEFIT' } };
  if (afterHardship && isBrief(text) && WHO_TO_CALL.test(text))
    return { intent: 'HARDSHIP', slots: { hardshipAsk: 'WHO_TO_CALL' } };
  // QA round 22 (carefu). After a scam answer: a link clicked said bare (the phone first, not the money-sent steps),
  // whom to call, the money back, how long that takes (were the sent-money steps again, small talk, the loan balance).
  const ps = previous.slots;
  if (p === 'SUSPECTED_FRAUD' && ps.scam) {
    const keep = { scam: ps.scam, ...(ps.scamKind ? { scamKind: ps.scamKind } : {}) };
    if (isBrief(text) && CLICKED_IT.test(text) && !/보냈|송금|이체|\b(?:sent|paid|transferred)\b/i.test(text))
      return { intent: 'SUSPECTED_FRAUD', slots: { scam: 'VICTIM', scamKind: 'LINK' } };
    if (isBrief(text) && WHO_TO_CALL.test(text))
      return { intent: 'SUSPECTED_FRAUD', slots: { ...keep, scamAsk: 'WHO_TO_CALL' } };
    if (ps.scam === 'VICTIM' && isBrief(text) && HOW_LONG_ASKED.test(text))
      return { intent: 'SUSPECTED_FRAUD', slots: { ...keep, scamAsk: 'HOW_LONG' } };
    if (ps.scam === 'VICTIM' && isBrief(text) && SCAM_REFUND.test(text))
      return { intent: 'SUSPECTED_FRAUD', slots: { ...keep, scamAsk: 'REFUND' } };
  }
  // QA round 22 (carefu). After the flagged card charges: one said to be the customer's own, the others asked about,
  // whether to stop the card (were the same list and the stop-your-card script, small talk, the how-to of stopping).
  // QA round 24 (merge of en24a and en24b): "how do i block my card rn" between the charge and "nvm it was my hotel"
  // is the card-suspension answer (CARD_TRANSACTIONS), and the charge is still the one talked about.
  if (
    (p === 'SUSPECTED_FRAUD' && !ps.scam) ||
    (p === 'CARD_TRANSACTIONS' && (ps.clearedMerchant || ps.request === 'CARD_SUSPEND'))
  ) {
    // QA round 26. "the marriott one was me": the shop named is the one cleared.
    const named = OWN_CHARGE.test(text) && !clearedKindOf(text) ? extractMerchant(text) : undefined;
    const cleared = named ?? ps.clearedMerchant ?? (ps.merchant ? ps.merchant : undefined);
    if (OWN_CHARGE.test(text)) {
      // QA round 24 (en24b). No merchant kept ("how do i block my card" came between): the kind of charge said.
      const kind = cleared ? undefined : clearedKindOf(text);
      return {
        intent: 'SUSPECTED_FRAUD',
        slots: {
          ownCharge: true,
          ...(OTHERS_ASKED.test(text) ? { othersAsked: true } : {}),
          ...(cleared ? { clearedMerchant: cleared } : {}),
          ...(kind ? { clearedKind: kind } : {}),
        },
      };
    }
    if (isBrief(text) && OTHERS_ASKED.test(text))
      return {
        intent: 'SUSPECTED_FRAUD',
        slots: { othersAsked: true, ...(cleared ? { clearedMerchant: cleared } : {}) },
      };
    if (isBrief(text) && STOP_ASKED.test(text))
      return {
        intent: 'SUSPECTED_FRAUD',
        slots: { stopAsked: true, ...(cleared ? { clearedMerchant: cleared } : {}) },
      };
    // QA round 27 (lead). "ok how do i block it", "정지 어떻게 해요?" after the flagged charges or a stolen card: how to
    // stop the card (were this month's spending, or the same list again).
    if (isBrief(text) && HOW_TO_STOP.test(text))
      return { intent: 'CARD_TRANSACTIONS', slots: { request: 'CARD_SUSPEND' } };
  }
  // QA round 27 (lead). "when does it change", "언제 바뀌어요?" after their rate or its kind: the loan's next rate reset
  // (was small talk).
  if (
    ((p === 'PRODUCT_QUESTION' && previous.slots.ownLoan && previous.slots.productTopic === 'RATE_TYPES') ||
      previous.slots.currentRate) &&
    isBrief(text) &&
    RATE_CHANGE_WHEN.test(text)
  )
    return { intent: 'LOAN_BALANCE', slots: { currentRate: true, nextReset: true, rateChange: true } };
  // QA round 27 (lead). "why that one", "왜 그거예요?" after a recommendation: its reasons first (was small talk).
  if (previous.slots.recommend && isBrief(text) && WHY_THAT_ONE.test(text.trim()))
    return {
      intent: p,
      slots: {
        recommend: previous.slots.recommend,
        recommendWhy: true,
        ...(previous.slots.product ? { product: previous.slots.product } : {}),
      },
    };
  // QA round 27 (lead). "what's the catch", "how long until i break even", "손해 보는 건 없어요?" after the refinance
  // options: what switching costs and when it pays back (were small talk).
  if (p === 'REFINANCE' && isBrief(text) && (REFINANCE_CATCH.test(text) || BREAK_EVEN.test(text)))
    return {
      intent: 'REFINANCE',
      slots: { switchCost: true, ...(previous.slots.loan ? { loan: previous.slots.loan } : {}) },
    };
  // "total?", "다 합치면?" after the next instalments listed: those instalments summed (was small talk).
  if (p === 'REPAYMENT_SCHEDULE' && isBrief(text) && SUM_ASKED.test(text) && !extractAmount(text))
    return {
      intent: 'REPAYMENT_SCHEDULE',
      slots: {
        yearTotal: true,
        ...(previous.slots.count ? { count: previous.slots.count } : {}),
        ...(previous.slots.loan ? { loan: previous.slots.loan } : {}),
      },
    };
  // "is that bad", "그거 높은 거예요?" after their DSR: a judgement of it first (was the same answer again).
  if (
    p === 'PRODUCT_QUESTION' &&
    (previous.slots.productTopic === 'DSR' || previous.slots.productTopic === 'LENDING_RATIOS') &&
    isBrief(text) &&
    RATIO_JUDGED.test(text)
  )
    return { intent: 'PRODUCT_QUESTION', slots: { productTopic: 'DSR', costJudged: true } };
  // QA round 22 (carefu). "몇달이나 버텨요?", "how long can i last" after a hardship answer (were the first answer again,
  // or the credit-bureau rule): the month's outgoings against what is on file.
  if (afterHardship && isBrief(text) && RUNWAY_ASKED.test(text))
    return { intent: 'HARDSHIP', slots: { hardshipAsk: 'RUNWAY' } };
  // QA round 21 (late21). "and on the card?", "카드는요?" after the loans owed: everything owed with the card.
  if (p === 'LOANS_OVERVIEW' && isBrief(text) && CARD_TOO.test(text))
    return { intent: 'LOANS_OVERVIEW', slots: { debtWithCard: true, cardBill: true } };
  // QA round 21 (late21). "모자라면 어떡해요?", "what if it's not enough?" after a money-short answer: what to do first
  // (a card bill that cannot be paid keeps its own answer, the bill first).
  if (afterHardship && !previous.slots.cardBill && isBrief(text) && SHORT_WHAT_IF.test(text))
    return { intent: 'HARDSHIP', slots: { hardshipAsk: 'FIRST_STEP' } };
  // QA round 28 (lead). "뭐부터 내야 돼요?" after a hardship answer (the card bill and the loan both short): which to pay
  // first, with what each costs if late (was small talk).
  if (afterHardship && isBrief(text) && PAY_FIRST.test(text))
    return {
      intent: 'HARDSHIP',
      slots: {
        hardship: previous.slots.hardship ?? 'CANT_PAY',
        ...(previous.slots.cardBill ? { cardBill: true } : {}),
        hardshipAsk: 'PAY_FIRST',
      },
    };
  if (isBrief(text) && FIRST_STEP.test(text)) {
    if (previous.slots.cardBill || previous.slots.nextBill)
      return {
        intent: 'HARDSHIP',
        slots: { hardship: 'CANT_PAY', cardBill: true, hardshipAsk: 'FIRST_STEP' },
      };
    if (afterHardship) return { intent: 'HARDSHIP', slots: { hardshipAsk: 'FIRST_STEP' } };
    if (p === 'HEALTH_SCORE') return { intent: 'HEALTH_SCORE', slots: { nextSteps: true } };
  }
  if (p === 'HARDSHIP' && !previous.slots.cardBill && isBrief(text) && DUE_BY_WHEN.test(text))
    return { intent: 'HARDSHIP', slots: { hardshipAsk: 'DUE_WHEN' } };
  if (p === 'ARREARS' && SURE_ASKED.test(text.trim()))
    return { intent: 'ARREARS', slots: { lastPayment: true, confirmed: true } };
  if (p === 'ARREARS' && TEXT_ASKED.test(text)) return { intent: 'ARREARS', slots: { textMessage: 'ASKED' } };
  // QA round 21 (care21). "한달에 얼마씩 모아야돼요?" after a goal (with its deadline): the goal's monthly need; "왜요?"
  // after an emergency fund's size: why one is needed.
  if (
    p === 'SAVINGS' &&
    previous.slots.amount &&
    isBrief(text) &&
    /한\s?달에\s?얼마|매달\s?얼마|월\s?얼마|\bhow much (?:a|per|each|every) month\b|\bmonthly\b|\bper month\b/i.test(
      text,
    )
  )
    return {
      intent: 'SAVINGS',
      slots: {
        amount: previous.slots.amount,
        ...(previous.slots.goalMonth ? { goalMonth: previous.slots.goalMonth } : {}),
        ...(previous.slots.months ? { months: previous.slots.months } : {}),
      },
    };
  if (
    previous.slots.emergencyFund &&
    /^(?:그럼\s?|근데\s?)?왜(?:요|죠|지|인가요|예요|에요)?\s*[?？]*$|^(?:but |and )?why(?: is that| so)?\s*[?？]*$|^how come\s*[?？]*$/i.test(
      text.trim(),
    )
  )
    return { intent: 'SAVINGS', slots: { emergencyFund: true, fundWhy: true } };
  if (!ownQuestion && extractSlots(text, p).statedIncome && ['LOAN_LIMIT', 'SAVINGS'].includes(p))
    return { intent: p };
  if (WHICH_BETTER.test(text) && isShort(text.replace(WHICH_BETTER, '')) && p !== 'GENERAL_CHAT')
    return { intent: p };
  if (LOWER_IT.test(text) && ['NEXT_PAYMENT', 'LOAN_BALANCE', 'REPAYMENT_SCHEDULE'].includes(p))
    return { intent: 'REFINANCE' };
  // QA round 19. "how much more would i pay if it went up 1%?" after their rate or its kind: the rise on their loans
  // (was a prepayment example).
  if (
    (previous.slots.currentRate || previous.slots.rateRise || previous.slots.productTopic === 'RATE_TYPES') &&
    extractSlots(text, 'LOANS_OVERVIEW').rateRise !== undefined &&
    extractAmount(text) === undefined
  )
    return { intent: 'LOANS_OVERVIEW' };
  // "whats mine?", "제 건요?" after what DSR / LTV / DTI is: their own figures against the term (was small talk).
  if (
    p === 'PRODUCT_QUESTION' &&
    ['DSR', 'LTV', 'DTI', 'LENDING_RATIOS'].includes(previous.slots.productTopic ?? '') &&
    isShort(text) &&
    /\bmine\b|\bmy (?:dsr|ltv|dti|ratio)\b|(?:제|내)\s?(?:꺼|거|것|건)|저는|나는|제\s?(?:dsr|ltv|dti)|내\s?(?:dsr|ltv|dti)/i.test(
      text,
    )
  )
    return {
      intent: 'PRODUCT_QUESTION',
      slots: {
        productTopic: previous.slots.productTopic === 'DSR' ? 'DSR' : 'LENDING_RATIOS',
        ownLoan: true,
      },
    };
  if ((previous.slots.maturity || previous.slots.lumpSum) && SUM_NOT_THERE.test(text))
    return { intent: 'LOAN_BALANCE', slots: { request: 'EXTENSION', extensionRefused: true } };
  if (
    p === 'ARREARS' &&
    PENALTY_ASKED.test(text) &&
    guessed !== 'ARREARS' &&
    !/중도|조기|\bearly\b|\bprepay|\bpay(?:ing)? (?:it )?off\b/i.test(text)
  )
    return { intent: 'ARREARS' };
  if (previous.slots.instalments && LEFT_ON_ONE.test(text) && !/대출|\bloan|\bmortgage/i.test(text))
    return { intent: p };
  // QA round 21 (left20). "그거 한번에 갚을 수 있어?", "can i pay it off early?" after the card instalments: those
  // instalments paid early (was the jeonse loan's payoff).
  // QA round 27 (helper ko27). "그거 다 갚으려면 얼마야" after the instalment fee (which names the instalments held): the
  // same (was the jeonse loan's payoff).
  if (
    ((p === 'CARD_TRANSACTIONS' && previous.slots.instalments) ||
      (p === 'PRODUCT_QUESTION' && previous.slots.productTopic === 'INSTALMENT_FEE')) &&
    isBrief(text) &&
    INSTALMENT_PREPAY.test(text) &&
    !/대출|\bloans?\b|\bmortgage/i.test(text)
  )
    return { intent: 'CARD_TRANSACTIONS', slots: { instalments: true, instalmentPrepay: true } };
  // "며칠까지 봐줘요?" after arrears or a payment one cannot make: how late before it is reported (QA round 16: the
  // document-quality answer).
  if (
    (p === 'ARREARS' || p === 'HARDSHIP') &&
    /며칠|몇\s?일|how many days|how long/i.test(text) &&
    // "how long before it hits my credit?" (QA round 19: the credit-loan limit) is brief, not short.
    isBrief(text)
  )
    return { intent: 'ARREARS', slots: { scoreKind: 'CREDIT' } };
  // "얼마나?" / "by how much?" after a comparison of spending: the same comparison, its difference leading.
  if (
    p === 'SPENDING' &&
    previous.slots.compare &&
    /^(?:그럼\s?)?(?:얼마나|얼만큼|by how much|how much)\s*[?？]*$/i.test(text.trim())
  )
    return { intent: 'SPENDING' };
  // "연봉 얼마면 돼요?" after a limit with an amount: the income that amount needs.
  if (p === 'LOAN_LIMIT' && previous.slots.amount && INCOME_NEEDED.test(text))
    return { intent: 'LOAN_LIMIT', slots: { incomeNeeded: true } };
  // "금리는요?" / "and the rate?" after a limit: the rate the limit assumed (QA round 16: a base-rate outlook).
  if (
    p === 'LOAN_LIMIT' &&
    /^(?:그럼\s?)?(?:금리|이자율|이율)(?:는|은)?\s?(?:요|몇\s?(?:프로|%)(?:예요|에요|야)?)?\s*[?？]*$|^(?:and )?(?:what(?:'s| is| about) )?(?:the )?(?:interest )?rate\s*[?？]*$/i.test(
      text.trim(),
    )
  )
    return { intent: 'LOAN_LIMIT', slots: { rateAssumed: true } };
  // "얼마 나갔는데요?" after "이번달 대출 이자 나갔어요?": the payment just asked about.
  if (previous.slots.lastPayment && /얼마|\bhow much\b/i.test(text) && isShort(text)) return { intent: p };
  // "what if i do 600k?" after a saving pace: the new pace (the slots below keep the goal), not a prepayment.
  if (
    previous.slots.saveMonthly &&
    !ownQuestion &&
    extractAmount(text) !== undefined &&
    !/대출|갚|상환|\bloans?\b|\brepay|\bprepay|\bpay (?:off|back|down)\b/i.test(text)
  )
    return { intent: 'SAVINGS' };
  // QA round 21 (card21). "how much is the bill again", "카드값 얼마라고 했죠?" after the card bill, or revolving on it:
  // the bill due this month (was the loan's balance).
  if (
    cardBillBefore(previous) &&
    isBrief(text) &&
    /\bhow much\b|얼마/i.test(text) &&
    /\b(?:the|my|that) (?:card )?bill\b|카드\s?값|청구/i.test(text) &&
    !/대출|\bloans?\b|\bmortgage/i.test(text)
  )
    return { intent: 'SPENDING', slots: { cardBill: true } };
  // QA round 23 (late23a). "얼마 나가요?", "how much is it" after the card's payment day: the bill that day takes, as
  // "이번달 카드값 얼마에요?" answers (was the payment-day answer again).
  if (
    previous.slots.request === 'CARD_DUE_DAY' &&
    isBrief(text) &&
    /얼마|\bhow much\b/i.test(text) &&
    !/대출|\bloans?\b|\bmortgage|며칠|언제|\bwhen\b|\bdays?\b/i.test(text)
  )
    return { intent: 'SPENDING', slots: { cardBill: true } };
  // QA round 23 (late23a). "and the loan?", "대출은요?" after the card's payment day: the loan's next due date and
  // amount, the "when" kept (was the loan's balance).
  if (
    previous.slots.request === 'CARD_DUE_DAY' &&
    isBrief(text) &&
    /(?:^|[\s.,!])(?:and|what about|how about)\s(?:the\s|my\s)?(?:loans?|mortgage)\s*[?？]*\s*$|^\s*(?:그럼\s?|그리고\s?)?대출(?:은|는|도)\s?(?:요|언제(?:야|예요|에요)?)?\s*[?？]*\s*$/i.test(
      text,
    )
  )
    return { intent: 'NEXT_PAYMENT', slots: {} };
  // "when is it due", "언제 빠져나가요?", "when do i have to pay it?" after the card bill: the card's payment day, not the
  // loan's (QA round 19: "when do i have to pay it?" was the savings answer). QA round 21 (card21): also after
  // revolving on that bill ("ok when is it due" was the loan's next payment).
  if (
    cardBillBefore(previous) &&
    isBrief(text) &&
    /\bwhen\b|\bdue\b|언제|며칠|결제일|빠져\s?나가/i.test(text) &&
    !/대출|\bloans?\b/i.test(text)
  )
    return { intent: 'NEXT_PAYMENT', slots: { request: 'CARD_DUE_DAY' } };
  // "can i pay just the minimum?", "최소금액만 내도 돼?" after the card bill: the minimum payment and what revolving costs
  // (QA round 19: the loan's hardship answer).
  if (
    (previous.slots.cardBill || previous.slots.nextBill || previous.slots.request === 'CARD_DUE_DAY') &&
    isBrief(text) &&
    (MINIMUM_PAYMENT.test(text) ||
      /\b(?:just|only) (?:pay )?(?:the )?minimum\b|\bthe minimum\b|최소\S{0,4}만|최소\s?(?:로\s?|한\s?)?(?:얼마|금액)|일부만|\bpay (?:only |just )?(?:a )?(?:part|half|some|portion) of (?:it|that|the bill)\b|\bpay (?:it )?in part\b/i.test(
        text,
      ))
  )
    // QA round 26: the usual minimum on their bill first ("what's the minimum?" was only "this app does not hold it").
    return {
      intent: 'PRODUCT_QUESTION',
      slots: { productTopic: 'REVOLVING', cardBill: true, minimumIfPaid: true },
    };
  // QA round 20. "is that a lot?", "그게 많은 거예요?" after revolving's cost on their bill: that cost judged (was
  // chit-chat, or the cost again).
  if (
    previous.slots.revolvingCost &&
    isBrief(text) &&
    /많|비싸|큰\s?(?:거|건|편|돈)|커요|적당|괜찮|심한|\ba lot\b|\b(?:too )?much\b|\bexpensive\b|\bhigh\b|\breasonable\b|\bnormal\b|\bbad\b|\bworth it\b/i.test(
      text,
    )
  )
    return {
      intent: 'PRODUCT_QUESTION',
      slots: { productTopic: 'REVOLVING', cardBill: true, revolvingCost: true, costJudged: true },
    };
  // "what if i cant?", "+what if i cant pay it?", "못 내면요?" after the card bill: the card bill that cannot be paid (was
  // the loan's next payment or its hardship answer).
  if (
    (previous.slots.cardBill || previous.slots.nextBill || previous.slots.request === 'CARD_DUE_DAY') &&
    !previous.slots.revolvingCost &&
    isBrief(text) &&
    /\b(?:can'?t|cannot|couldn'?t|unable to|don'?t|do not|won'?t)(?: (?:pay|afford|make))?\b|\bskip\b|\bmiss\b|못\s?(?:내|낼|갚)|안\s?(?:내|내면)|연체/i.test(
      text,
    ) &&
    !/대출|\bloans?\b|\bmortgage/i.test(text)
  )
    return { intent: 'HARDSHIP', slots: { hardship: 'CANT_PAY', cardBill: true } };
  // "how much would it cost me?", "그럼 나는 얼마 들어?" after what revolving is: its cost on their own bill (QA round 19:
  // the explanation again).
  if (
    previous.slots.productTopic === 'REVOLVING' &&
    isBrief(text) &&
    /얼마|\bhow much\b|\bcost\b|\bwhat would i pay\b/i.test(text) &&
    !/대출|\bloans?\b|\bmortgage/i.test(text)
  )
    return {
      intent: 'PRODUCT_QUESTION',
      slots: { productTopic: 'REVOLVING', cardBill: true, revolvingCost: true },
    };
  // "how much per month?", "when does it finish?", "한 달에 얼마씩이에요?", "언제 끝나요?" after the card's instalments: the
  // same instalments (their answer gives next month's part and each one's last month; QA round 19: this month's spending).
  if (
    p === 'CARD_TRANSACTIONS' &&
    previous.slots.instalments &&
    isBrief(text) &&
    /\bper month\b|\ba month\b|\bmonthly\b|\beach month\b|\bwhen\b[^.?!]{0,20}\b(?:finish|end|done|over|paid off|last)\b|\bhow (?:many|much) (?:is )?left\b|한\s?달에|매달|월\s?(?:얼마|몇)|언제\s?(?:끝|다\s?갚|마지막)|몇\s?(?:번|개월|달)\s?남/i.test(
      text,
    )
  )
    return {
      intent: 'CARD_TRANSACTIONS',
      slots: { instalments: true, ...(INSTALMENTS_LEFT.test(text) ? { instalmentsLeft: true } : {}) },
    };
  // QA round 21 (card21). "6개월로", "12개월이면요?" after converting the card bill into instalments: that many months of
  // the same conversion (was six months of spending).
  const conversionSpan = previous.slots.conversionMonths !== undefined ? SPAN_ALONE.exec(text) : null;
  if (conversionSpan && !/년|year/i.test(conversionSpan[2])) {
    const months = smallNumber(conversionSpan[1]) ?? 0;
    if (months >= 2 && months <= 36)
      return {
        intent: 'PRODUCT_QUESTION',
        slots: { productTopic: 'INSTALMENT_CONVERSION', cardBill: true, conversionMonths: months },
      };
  }
  // QA round 22 (cardif). "99개월로", "1개월로" after converting the card bill (or after what converting it is: "이번달
  // 카드값 할부로 바꾸면?"): months a card does not allow — said so, with the usual terms' figures (was small talk); "6개월로"
  // after the general answer: that conversion.
  const afterConversion =
    previous.slots.conversionMonths !== undefined ||
    (previous.slots.productTopic === 'INSTALMENT_CONVERSION' && !!previous.slots.cardBill);
  const conversionSaid = afterConversion ? SPAN_ALONE.exec(text) : null;
  if (conversionSaid) {
    const months = (smallNumber(conversionSaid[1]) ?? 0) * (/년|year/i.test(conversionSaid[2]) ? 12 : 1);
    return {
      intent: 'PRODUCT_QUESTION',
      slots: {
        productTopic: 'INSTALMENT_CONVERSION',
        cardBill: true,
        ...(months >= 2 && months <= CONVERSION_MAX_MONTHS
          ? { conversionMonths: months }
          : { conversionMonths: 0, conversionOutOfRange: months }),
      },
    };
  }
  // QA round 21 (card21). "how much did they spend?", "얼마 썼어요?" after a card lost or stolen: the flagged transactions
  // and their total (was this month's spending).
  if (
    p === 'SUSPECTED_FRAUD' &&
    previous.slots.cardLost &&
    isBrief(text) &&
    /\bhow much\b[^.?!]{0,20}\b(?:spen[dt]|take|taken|charged?|use[d]?)\b|얼마\s?(?:나\s?)?(?:썼|쓴|긁|결제|빠져|나갔)/i.test(
      text,
    ) &&
    !/대출|\bloans?\b|\bmortgage/i.test(text)
  )
    return { intent: 'SUSPECTED_FRAUD', slots: { fraudSpent: true } };
  // "이 점수면 대출 잘 나와요?" after the credit score: the limit, with the score on file.
  if (
    previous.slots.scoreKind === 'CREDIT' &&
    /대출|\bloans?\b|\bborrow|\bmortgage/i.test(text) &&
    /잘|나와|나올|받을|가능|될까|돼요|\bqualify|\bget\b|\bapproved?\b|\bcan i\b/i.test(text)
  )
    return { intent: 'LOAN_LIMIT', slots: { scoreKind: 'CREDIT' } };
  // "and how much more will i pay in total until the end" after the interest paid so far: what is still to pay.
  if (
    previous.slots.interestPaid &&
    /\bmore\b[^.?!]{0,30}\b(?:until|till|to) the end\b|\bleft to pay\b|앞으로\s?(?:더\s?)?(?:낼|내야)|남은\s?이자/i.test(
      text,
    )
  )
    return { intent: 'LOAN_BALANCE', slots: { interestLeft: true } };
  // "재발급은 얼마나 걸려요?", "will i get my money back?" after a lost card or a charge they did not make.
  if (
    (p === 'SUSPECTED_FRAUD' || p === 'CARD_TRANSACTIONS') &&
    (REISSUE.test(text) || FRAUD_REFUND.test(text)) &&
    !/대출|\bloan|\bmortgage/i.test(text)
  )
    return { intent: 'SUSPECTED_FRAUD' };
  return null;
}

/** QA round 21 (loan21). "더 싸게는?", "cheaper?", "더 싼 건 없어요?", "anything cheaper?": the cheapest option. */
const CHEAPER_ASKED =
  /^\s*(?:그럼\s?|그러면\s?|근데\s?)?(?:더\s?)?(?:싸게|싼\s?(?:거|건|것|데)|저렴하게|저렴한\s?(?:거|건|것|데)|낮게|아낄)\S{0,3}\s?(?:는|은|요|방법)?\s?(?:요|있어요|없어요|있나요|없나요|는요|은요)?\s*[?？]*\s*$|^\s*(?:and |so |but |any(?:thing)? |something |is there (?:anything |something )?)?(?:even )?cheaper(?: (?:option|one|way|deal))?s?\s*[?？]*\s*$|^\s*(?:can i|could i|is there a way to) (?:get|go|make it) (?:even )?cheaper\s*[?？]*\s*$/i;

/** QA round 21 (loan21). A prepayment's monthly asked: "does my monthly go down?", "and the monthly after that?". */
const PREPAY_MONTHLY =
  /\bmonthly\b|\b(?:each|a|per) month\b|\bmonthly payments?\b|월\s?(?:납입|상환)|한\s?달에?\s?(?:내는|얼마|납입)|매달\s?(?:내는|얼마)|월\s?얼마/i;

/** QA round 21 (loan21). A later prepayment set against now: "지금 하는거랑 뭐가 달라요?", "what if i do it now?". */
const VERSUS_NOW =
  /지금\s?(?:바로\s?)?(?:하는|갚는|상환하는|내는)\s?(?:거|것|게)?\S{0,2}\s?(?:랑|이랑|과|와|하고|보다)|(?:뭐가|어떻게|얼마나)\s?(?:더\s?)?(?:달라|다르|차이)|차이\S{0,2}\s?(?:가\s?)?(?:뭐|얼마|있)|\b(?:vs\.?|versus|compared (?:to|with)|than) (?:doing it |paying (?:it )?)?(?:now|today|right away)\b|\bwhat(?:'s| is) the difference\b|\bwhat if i (?:do|pay) it (?:now|today)\b/i;

/** QA round 21 (loan21). A saving asked for a year: "how much would i save a year", "1년이면 얼마 아껴요?". */
const YEAR_SAVING =
  /(?:\b(?:a|per|each|one|1) year\b|\byearly\b|\bannual(?:ly)?\b|1\s?년|일\s?년|한\s?해|연간)[^]*(?:save|saving|아껴|아낄|절약|줄어|덜)|(?:save|saving|아껴|아낄|절약|줄어|덜)[^]*(?:\b(?:a|per|each|one|1) year\b|\byearly\b|\bannual(?:ly)?\b|1\s?년|일\s?년|한\s?해|연간)/i;

/** QA round 21 (loan21). How much, alone: "얼마나요?", "how much?", "by how much?". */
const HOW_MUCH_ALONE =
  /^\s*(?:그럼\s?|그러면\s?)?(?:얼마나|얼만큼|얼마(?:나)?\s?(?:아껴|줄어|내려|낮아|깎아)\S*)\s?요?\s*[?？]*\s*$|^\s*(?:and |so )?(?:by )?how much(?: would (?:it|that|i) (?:save|be))?\s*[?？]*\s*$/i;

/** QA round 21 (loan21). "그럼 얼마까지 괜찮아요?", "how much could i get?": the limit itself. */
const LIMIT_ITSELF =
  /얼마까지|최대\s?얼마|\bhow much (?:can|could) i (?:get|borrow|take)\b|\bup to how much\b|\bwhat(?:'s| is) the (?:max|maximum|limit)\b/i;

/** QA round 21 (loan21). "can i extend it", "연장 되나요?", "연장 가능해요?": the extension. */
const EXTEND_IT =
  /\b(?:can|could|may) i (?:extend|renew) (?:it|that|the loan|my loan)\b|\bextend(?:ing)? it\b|\bis it extendable\b|연장\s?(?:이\s?)?(?:되|돼|될까|가능|할\s?수|해\s?주|받을\s?수)/i;

/** QA round 21 (loan21). When the loan ends, asked loosely: "ok and when does the whole thing end", "언제 다 끝나요?". */
const WHOLE_THING_ENDS =
  /\bwhen (?:does|will|is) (?:the whole thing|it all|everything|the loan|it)\b[^.?!]{0,10}\b(?:end|finish|over|done|mature)\b|언제\s?(?:다\s?)?(?:끝나|끝날|만기)/i;

/** Loan intents after which a rate-cut plea or an extension asked alone is about that loan. */
const LOAN_TALK: readonly CounselIntent[] = [
  'NEXT_PAYMENT',
  'LOAN_BALANCE',
  'LOANS_OVERVIEW',
  'REPAYMENT_SCHEDULE',
  'REFINANCE',
  'PREPAYMENT_EFFECT',
  'PAYOFF_QUOTE',
];

/** QA round 23 (date23). A calendar date said as a deadline: "12월 21일 전에", "12월 21일까지", "by dec 21". */
const DATE_DEADLINE =
  /(\d{1,2})\s?월\s?(\d{1,2})\s?일\s?(?:전에|전까지|이전에|까지)|\b(?:by|before) (?:the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b/i;
/** Money to have ready ("얼마 준비", "얼마 있어야", "얼마 나가", "how much do i need"). */
const MONEY_NEEDED = /얼마|준비|필요|나가|빠져|내야|갚아야|\bhow much\b|\bneed\b|\bdue\b|\bowe\b|\bpay\b/i;
/** What falls due within the week: "what's due this week", "이번 주 나갈 돈", "이번주에 빠져나가는 거 있어?". */
const DUE_THIS_WEEK =
  /\bwhat(?:'s| is| are)? (?:due|coming out|going out)\b[^.?!]{0,12}\b(?:this|next 7 days|the next week|in the next week)\b|\b(?:anything|something|payments?|bills?) (?:due|coming out|going out) this week\b|\bdue this week\b|이번\s?주\S{0,2}\s?(?:에\s?)?(?:나갈|나가는|빠져\s?나갈|빠져\s?나가는|빠지는|내야\s?(?:할|하는)|갚아야\s?할|납부할|낼)\s?(?:돈|거|것|게|금액)?/i;
/** D-day or a count of days: "디데이", "d-day", "며칠 남았", "how many days". */
const D_DAY = /디\s?-?\s?데이|\bd\s?-\s?day\b|\bdday\b/i;
const DAYS_COUNT =
  /며칠|몇\s?일\s?(?:남|이나|이에|이야|인가|이죠)|\bhow many days\b|\bdays (?:until|till|left|to go|from (?:now|today))\b/i;
/** The maturity named: "만기", "maturity", "mature". */
const MATURITY_WORD = /만기|\bmatur(?:ity|es?|ing)\b|\bpaid off\b/i;
/** Setting aside each month for the maturity: "매달 얼마 모아야 만기때 한번에 갚아요?", "save monthly to pay off at maturity". */
const SAVE_FOR_MATURITY =
  /(?:매달|매월|한\s?달에?|월)\s?(?:얼마|몇)[^.?!]{0,10}(?:모아|저축|적립|모으|준비)[^.?!]{0,20}(?:만기|한\s?번에|한꺼번에)|(?:만기|한\s?번에|한꺼번에)[^.?!]{0,20}(?:매달|매월|한\s?달에?)\s?(?:얼마|몇)[^.?!]{0,6}(?:모아|저축|적립|모으|준비)|\bhow much\b[^.?!]{0,25}\bsave\b[^.?!]{0,15}\b(?:monthly|a month|each month|every month|per month)\b[^.?!]{0,40}\b(?:maturity|pay (?:it |the \w+ )?off|repay)\b|\bsave\b[^.?!]{0,20}\b(?:monthly|a month|each month|per month)\b[^.?!]{0,30}\bmaturity\b/i;
/** A lump sum at the date just given: "그때 한번에 다 갚아야 돼요?", "do i pay it all then?". */
const ALL_AT_ONCE_THEN =
  /(?:그때|그\s?날|만기\s?(?:때|에|날))\S{0,2}\s?(?:한\s?번에|한꺼번에|일시\S{0,2}|다|전부)\s?(?:다\s?)?(?:갚|상환|내|줘|돌려)|\b(?:pay|repay) (?:it )?all (?:back )?(?:at once|then|in one go)\b|\ball at once\b/i;
/** Loan balance and this month's card spending in one message ("대출 잔액이랑 이번달 카드 쓴거 같이 알려줘"). */
const LOAN_AND_SPENDING =
  /(?:대출|빚)\s?(?:잔액|잔고|남은\s?(?:돈|금액|원금)|얼마)[^.?!]{0,6}(?:이랑|랑|하고|와|과|,|및)\s?[^.?!]{0,8}(?:카드\s?(?:쓴|사용|지출|값|결제)|쓴\s?(?:거|돈)|지출)|(?:카드\s?(?:쓴|사용|지출)|쓴\s?(?:거|돈)|지출)[^.?!]{0,12}(?:이랑|랑|하고|와|과|,|및)\s?(?:대출|빚)\s?(?:잔액|잔고|남은)|\bloan balance\b[^.?!]{0,10}\band\b[^.?!]{0,20}\b(?:card )?(?:spending|spent)\b|\b(?:spending|spent)\b[^.?!]{0,25}\band\b[^.?!]{0,10}\bloan balance\b/i;
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The loan a follow-up keeps from the turn before (its slot), and the slots it inherits with it. */
const loanOf = (s?: CounselSlots): CounselSlots => (s?.loan ? { loan: s.loan } : {});
const loanInherited = (s?: CounselSlots): (keyof CounselSlots)[] => (s?.loan ? ['loan'] : []);

/**
 * QA round 23 (date23). Dates, day counts and two subjects read before the loan follow-ups: a date said as a deadline
 * ("12월 21일 전에 얼마 준비해야돼요?" was "21 days ago"), the week's dues ("what's due this week" was small talk), the
 * weekday of that date ("그날 주말이에요?"), D-days ("디데이로 알려줘", "d-day for my loan maturity?", "how many days is
 * that"), the lump sum at maturity ("그때 한번에 다 갚아야 돼요?" was today's payoff), saving monthly for it, and the loan
 * with this month's card spending.
 */
function date23Rule(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): { intent: CounselIntent; slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  const card = /카드|\bcards?\b/i.test(text);
  const deadline = DATE_DEADLINE.exec(text);
  if (
    deadline &&
    MONEY_NEEDED.test(text) &&
    // Spending by a date, or paying the loan off by then, is asked elsewhere.
    !/썼|쓴|써|쓰|지출|갚으(?:면|려면)|상환하(?:면|려면)|완납|\bspen[dt]\b|\bpay (?:it |the loan |my loan )?off\b/i.test(
      text,
    )
  ) {
    const month = deadline[1]
      ? Number(deadline[1])
      : EN_MONTHS.indexOf(deadline[3].slice(0, 3).toLowerCase()) + 1;
    const day = Number(deadline[1] ? deadline[2] : deadline[4]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return { intent: 'NEXT_PAYMENT', slots: { dueBy: { kind: 'DATE', month, day } }, inherited: [] };
  }
  if (DUE_THIS_WEEK.test(text) && !/썼|쓴|지출|\bspen[dt]\b/i.test(text))
    return { intent: 'NEXT_PAYMENT', slots: { dueBy: { kind: 'DAYS_AHEAD', days: 7 } }, inherited: [] };
  if (SAVE_FOR_MATURITY.test(text) && !card)
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...loanOf(previous?.slots), maturity: true, saveForMaturity: true },
      inherited: loanInherited(previous?.slots),
    };
  if (LOAN_AND_SPENDING.test(text))
    return { intent: 'LOAN_BALANCE', slots: { alsoSpending: true }, inherited: [] };
  const ps = previous?.slots;
  const p = previous?.intent;
  const onMaturity =
    !!ps && (ps.maturity || ps.lumpSum || ps.maturityDays || ps.saveForMaturity || ps.endsWhen === true);
  // "그날 주말이에요?" after a date: that date's weekday.
  const dated = ps?.dueBy?.kind === 'DATE' ? ps.dueBy : ps?.dueDateAsked;
  if (
    dated &&
    /주말|평일|무슨\s?요일|몇\s?요일|요일|휴일|공휴일|빨간\s?날|\bweekend\b|\bweekday\b|\bholiday\b|\bwhat day of the week\b/i.test(
      text,
    )
  )
    return { intent: 'NEXT_PAYMENT', slots: { weekdayOf: dated }, inherited: [] };
  // QA round 28 (lead). "그날 주말이에요?", "is that a weekend?" after the next payment (no date of its own): a yes/no
  // about the due date, not the rule for days off (a conditional "…이면 어떻게 돼요?" keeps the rule first).
  if (
    p === 'NEXT_PAYMENT' &&
    !/(?:이|이라)?면|\bif\b|\bwhat happens\b/i.test(text) &&
    /^(?:그날|그\s날|그때|그\s?납입일|납입일)?\s?(?:이|은|는)?\s?(?:주말|휴일|공휴일|토요일|일요일|평일)(?:이에요|인가요|이죠|이지|이야|예요|인지|이에여|임|이냐|이요)?\s*[?？]?$|^(?:is|does) (?:that|it|the due date|that day) (?:fall on |land on |on )?(?:a )?(?:weekend|saturday|sunday|holiday|weekday|business day)\b/i.test(
      text.trim(),
    )
  )
    return {
      intent: 'NEXT_PAYMENT',
      slots: { ...loanOf(ps), debitDay: true, weekendAsked: true },
      inherited: loanInherited(ps),
    };
  // QA round 23 (late23a). "그날 얼마 빠져?", "how much is it that day?" after the days to the next payment: the amount
  // debited that day, the plain next payment (was the D-day again).
  if (
    ps?.daysUntil &&
    previous?.intent === 'NEXT_PAYMENT' &&
    !card &&
    isBrief(text) &&
    /얼마|\bhow much\b/i.test(text) &&
    !D_DAY.test(text) &&
    !DAYS_COUNT.test(text)
  )
    return { intent: 'NEXT_PAYMENT', slots: loanOf(ps), inherited: loanInherited(ps) };
  const count = D_DAY.test(text) || DAYS_COUNT.test(text);
  if (count && !card && !/늦|밀리|밀려|연체|봐\s?주|봐\s?줘|괜찮|여유|\blate\b|\boverdue\b/i.test(text)) {
    const payment = /납입|납부|상환일|이자\s?(?:날|내는)|\bpayments?\b|\binstal?ments?\b/i.test(text);
    if (MATURITY_WORD.test(text) && !payment)
      return {
        intent: 'LOAN_BALANCE',
        slots: { ...loanOf(ps), maturity: true, maturityDays: true },
        inherited: loanInherited(ps),
      };
    if (payment && /다음|\bnext\b|d-?day|디데이/i.test(text))
      return {
        intent: 'NEXT_PAYMENT',
        slots: { ...loanOf(ps), daysUntil: true },
        inherited: loanInherited(ps),
      };
    // "how many days is that (from today)", "and how many days until then?", "디데이로 알려줘" after the maturity or
    // the next payment: those days.
    const bare =
      isBrief(text) ||
      /\b(?:is that|until then|till then|from today|from now)\b|그때까지|그날까지|디데이로/i.test(text);
    if (bare && onMaturity)
      return {
        intent: 'LOAN_BALANCE',
        slots: { ...loanOf(ps), maturity: true, maturityDays: true },
        inherited: loanInherited(ps),
      };
    if (bare && p === 'NEXT_PAYMENT' && !ps?.dueBy)
      return {
        intent: 'NEXT_PAYMENT',
        slots: { ...loanOf(ps), daysUntil: true },
        inherited: loanInherited(ps),
      };
    // "디데이로 알려줘" first in its conversation: the maturity's D-day, with the next payment's.
    if (D_DAY.test(text) && !previous && /알려|뭐|언제|\?|로$|\bwhat\b|\bmy\b/i.test(text))
      return { intent: 'LOAN_BALANCE', slots: { maturity: true, maturityDays: true }, inherited: [] };
  }
  // "그때 한번에 다 갚아야 돼요?" after the maturity: yes or no for a lump sum at maturity (was today's payoff).
  if (onMaturity && ALL_AT_ONCE_THEN.test(text))
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...loanOf(ps), maturity: true, lumpSum: true },
      inherited: loanInherited(ps),
    };
  return null;
}

/** A choice weighed: "나아요?", "나을까요", "유리해요?", "is it better", "worth it". */
const BETTER_ASKED =
  /나아요|나을까|나은\s?(?:가|거|건|지)|낫(?:나요|지|겠|냐|다고)|유리(?:해|할|한)|이득(?:이에요|일까|인가|이야)|\b(?:is it|would it be|better to|better off)\b[^.?!]{0,30}\bbetter\b|\bbetter (?:to|off|idea)\b|\bworth it\b/i;

/**
 * QA round 25 (left25a). "카카오뱅크에 깎아달라고 하는게 나아요?", "is it better to ask kakao for a rate cut?": a rate
 * cut pleaded for and weighed (BETTER_ASKED) — after a loan or refinance answer, or asked alone — is staying at the
 * reduced rate against switching, yes or no first; a rate quoted in the turn before is the switch's rate. Null: not
 * that.
 */
function cutOrSwitchRule(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): { intent: CounselIntent; slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  if (!RATE_CUT_PLEA.test(text) || !BETTER_ASKED.test(text)) return null;
  if (previous && !LOAN_TALK.includes(previous.intent)) return null;
  const ps = previous?.slots ?? {};
  const named = extractSlots(text, 'REFINANCE').loan;
  const inherited = (['loan', 'quotedRate'] as const).filter(
    (k) => ps[k] !== undefined && !(k === 'loan' && named),
  );
  const loan = named ?? ps.loan;
  return {
    intent: 'REFINANCE',
    slots: {
      ...(loan ? { loan } : {}),
      ...(ps.quotedRate !== undefined ? { quotedRate: ps.quotedRate } : {}),
      refinanceLead: 'CUT_OR_SWITCH',
    },
    inherited: [...inherited],
  };
}

/**
 * QA round 21 (loan21). A follow-up on a loan's answer read before the cues and the model: after a prepayment, its
 * monthly payment ("does my monthly go down?"), another amount ("what about 50 million"), now against later ("지금
 * 하는거랑 뭐가 달라요?") or a cheaper way ("더 싸게는?": the refinance offers); after the offers, the best saving ("얼마나
 * 아껴요?"), a year of it, or a cheaper one; a rate cut pleaded for; after a limit, its assumed rate, the monthly
 * payment of the amount, or (a car loan) the loans held and the limit itself; after the maturity, the extension and
 * when to apply; the month before a payment asked as on time. Null: none.
 */
function loanFollowUp(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): { intent: CounselIntent; slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  const p = previous.intent;
  const ps = previous.slots;
  if (!isBrief(text)) return null;
  const kept = (names: (keyof CounselSlots)[]) => names.filter((k) => ps[k] !== undefined);
  const pick = (names: (keyof CounselSlots)[]) =>
    Object.fromEntries(kept(names).map((k) => [k, ps[k]])) as CounselSlots;
  const loan = kept(['loan']);
  const foreign = cueIntents(text).filter((c) => !LOAN_TALK.includes(c) && c !== 'GENERAL_CHAT');
  if (p === 'PREPAYMENT_EFFECT' && (ps.amount || ps.share) && !ps.everyMonth) {
    // (A month named, "by march", is kept as said: the turn makes it prepayAfter, resolveNamedMonth.)
    const base: (keyof CounselSlots)[] = ['loan', 'amount', 'share', 'prepayAfter', 'forecastMonth'];
    if (CHEAPER_ASKED.test(text))
      return { intent: 'REFINANCE', slots: { ...pick(loan), refinanceLead: 'CHEAPER' }, inherited: loan };
    if (ps.prepayAfter && VERSUS_NOW.test(text))
      return {
        intent: 'PREPAYMENT_EFFECT',
        slots: { ...pick(base), prepayLead: 'VERSUS_NOW' },
        inherited: kept(base),
      };
    if (PREPAY_MONTHLY.test(text) && !extractAmount(text))
      return {
        intent: 'PREPAYMENT_EFFECT',
        slots: {
          ...pick(base),
          prepayLead: /\b(?:does|do|will|would|is|did)\b|줄어|줄어드|낮아지|내려가|줄까|줄지|줄긴/i.test(text)
            ? 'MONTHLY_DOWN'
            : 'MONTHLY',
        },
        inherited: kept(base),
      };
    // "what about 50 million", "how about 30m?": the same prepayment of that amount.
    // ("1년 뒤에 2000만원이면?" is the same prepayment later: read below, with its months.)
    const amount =
      foreign.length === 0 && extractMonthsAhead(text) === undefined ? extractAmount(text) : undefined;
    if (
      amount &&
      /^\s*(?:(?:and |so |but )?(?:what|how) about\b|and\b|what if\b|then\b|그럼|그러면)|(?:이면|면)\s?요?\s*[?？]*\s*$|\binstead\s*[?？]*\s*$/i.test(
        text,
      )
    ) {
      const keep: (keyof CounselSlots)[] = ['loan', 'prepayAfter', 'forecastMonth'];
      return { intent: 'PREPAYMENT_EFFECT', slots: { ...pick(keep), amount }, inherited: kept(keep) };
    }
  }
  if (p === 'REFINANCE') {
    const lead = CHEAPER_ASKED.test(text)
      ? 'CHEAPER'
      : YEAR_SAVING.test(text)
        ? 'YEAR'
        : SAVING_ASKED.test(text) ||
            (HOW_MUCH_ALONE.test(text) && (ps.productTopic === 'RATE_CUT_RIGHT' || ps.refinanceLead))
          ? 'SAVING'
          : undefined;
    if (lead) return { intent: 'REFINANCE', slots: { ...pick(loan), refinanceLead: lead }, inherited: loan };
  }
  // "+깎아달라고 하면 깎아줘요?" after the interest: the rate-cut right, not guaranteed.
  if (LOAN_TALK.includes(p) && RATE_CUT_PLEA.test(text))
    return {
      intent: 'REFINANCE',
      slots: { ...pick(loan), productTopic: 'RATE_CUT_RIGHT', refinanceLead: 'WILL_CUT' },
      inherited: loan,
    };
  if (p === 'LOAN_LIMIT') {
    const limitKept: (keyof CounselSlots)[] = [
      'loanKind',
      'termMonths',
      'amount',
      'statedIncome',
      'monthlyPay',
    ];
    // "+금리는 몇 프로 정도?": the rate the limit assumed (was the jeonse loan's own rate).
    if (/금리|이율|이자율|\brate\b/i.test(text) && /몇|얼마|어느|\bwhat\b|\bhow much\b/i.test(text))
      return {
        intent: 'LOAN_LIMIT',
        slots: { ...pick(limitKept), rateAssumed: true },
        inherited: kept(limitKept),
      };
    // "+한달에 얼마 갚아요?": the payment of the amount asked, or of the limit (was this month's card spending).
    if (PAYMENT_ASKED_ALONE.test(text) && !extractAmount(text)) {
      // "5년이면 한달에 얼마 갚아야 돼요": a term said now replaces the one before.
      const term = extractSlots(text, 'LOAN_LIMIT').termMonths;
      return {
        intent: 'LOAN_LIMIT',
        slots: {
          ...pick(limitKept),
          ...(term ? { termMonths: term } : {}),
          ...(ps.amount ? {} : { paymentAsked: true }),
        },
        inherited: kept(limitKept).filter((k) => !(term && k === 'termMonths')),
      };
    }
    if (ps.loanKind === 'AUTO' || ps.monthlyPay) {
      const auto: (keyof CounselSlots)[] = ['loanKind', 'termMonths', 'monthlyPay'];
      // "+전세대출 있는데도요?": the loans held weighed on the car loan (was the jeonse loan's limit).
      if (HELD_BURDEN.test(text) || /있는데도|있어도|\beven with\b|\bdespite\b/i.test(text))
        return {
          intent: 'LOAN_LIMIT',
          slots: { ...pick(auto), heldBurden: true },
          inherited: kept(auto),
        };
      // "+그럼 얼마까지 괜찮아요?": the car loan's limit and its payment.
      if (LIMIT_ITSELF.test(text))
        return {
          intent: 'LOAN_LIMIT',
          slots: { ...pick(['loanKind', 'termMonths']), ...(ps.monthlyPay ? { paymentAsked: true } : {}) },
          inherited: kept(['loanKind', 'termMonths']),
        };
    }
  }
  // "+can i extend it" after the maturity (was a deferral of the next payment), "+그럼 언제까지 신청해야돼요?" after the
  // extension.
  if (p === 'LOAN_BALANCE' && (ps.request === 'EXTENSION' || ps.request === 'JEONSE_RENEWAL')) {
    if (
      /언제|\bwhen\b|\bhow (?:early|soon|far)\b|\bdeadline\b/i.test(text) &&
      /신청|해야|하면|\bapply|\bask\b|\bdo\b|\bstart\b|\bearly\b|\bsoon\b|\bdeadline\b/i.test(text)
    )
      return {
        intent: 'LOAN_BALANCE',
        slots: { ...pick(loan), request: ps.request, applyWhen: true },
        inherited: [...loan, 'request'],
      };
  }
  if (
    LOAN_TALK.includes(p) &&
    (ps.maturity || ps.lumpSum || ps.request === 'JEONSE_MATURITY' || ps.request === 'DEPOSIT_BACK') &&
    EXTEND_IT.test(text) &&
    foreign.length === 0
  )
    return { intent: 'LOAN_BALANCE', slots: { ...pick(loan), request: 'EXTENSION' }, inherited: loan };
  // "ok and when does the whole thing end" after a rise on the rate: the maturity (was the rise again).
  if (LOAN_TALK.includes(p) && !ps.maturity && WHOLE_THING_ENDS.test(text) && foreign.length === 0)
    return { intent: 'LOAN_BALANCE', slots: { ...pick(loan), maturity: true }, inherited: loan };
  // "+and before that?" after whether last month's was paid on time: the month before.
  if (ps.onTimeMonthsBack !== undefined && STEP_BACK.test(text))
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...pick(loan), lastPayment: true, onTimeMonthsBack: Math.max(ps.onTimeMonthsBack, 1) + 1 },
      inherited: loan,
    };
  return null;
}

/**
 * QA round 22 (loanfu). A payoff month named alone: "그럼 내년3월에 갚으면?", "what if i pay it off in march" — that
 * month's first day (the answer states the date). Undefined: no month.
 */
function payoffMonthAlone(text: string): DaySlot | undefined {
  const ko =
    /(?<![\d.])(1[0-2]|0?[1-9])(?!\d)\s?월\s?(?:에|에는|쯤|중에?|달에)?\s?(?:갚|상환|하면|내면|이면|으?로)/.exec(
      text,
    );
  const en =
    /\b(?:in|by|on|at|for) (?:early )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i.exec(
      text,
    );
  const month = ko ? Number(ko[1]) : en ? EN_MONTH_NUMBER(en[1]) : 0;
  return month >= 1 && month <= 12 ? { kind: 'DATE', month, day: 1 } : undefined;
}

/** QA round 22 (loanfu). "왜이렇게많아요ㅠ", "why so much?" after a loan's payment: why it is that much. */
const PAYMENT_WHY_SO_MUCH =
  /^\s*(?:근데\s?|그럼\s?|아니\s?)?왜\s?(?:이렇게|이케|일케|이리|케|그렇게|저렇게)?\s?(?:많|비싸|커|큰|높)\S*\s*[?？!.ㅠㅜ]*\s*$|^\s*(?:but |and |so )?why (?:is (?:it|that) )?(?:so |that )(?:much|high|expensive|big)\s*[?？!.]*\s*$/i;
/** QA round 22 (loanfu). The principal asked after a payment: "원금은요?", "원금은 얼마씩 줄어요?", "and the principal?". */
const PRINCIPAL_ASKED =
  /^\s*(?:그럼\s?|근데\s?)?원금(?:은|는)?\s?(?:요|얼마(?:예요|에요|야|요)?|언제\s?(?:갚|내)\S*)?\s*[?？]*\s*$|원금\S{0,2}\s?(?:은\s?|이\s?|도\s?)?(?:얼마씩|매달|한\s?달에|언제)\s?(?:줄|갚|나가|빠져)|^\s*(?:and |what about |how about )?(?:the )?principal\s*[?？]*\s*$|\bhow much (?:of (?:it|that) )?(?:is|goes to) (?:the )?principal\b|\bprincipal\b[^.?!]{0,20}\b(?:go(?:es)? down|decreas\w*|each month|per month|a month)\b|\b(?:principal|interest) or (?:just |only )?(?:interest|principal)\b|\bwhy (?:is there )?(?:no|zero|0) principal\b|\bno principal\b|원금\S{0,3}\s?(?:아니면|이에요\s?|인가요\s?)?이자(?:만|예요|에요|인가요)|왜\s?원금\S{0,2}\s?(?:없|0원|안\s?(?:나가|빠져|들어))/i;
/** QA round 22 (loanfu). "why hasnt it gone down at all??", "왜 안 줄어요?" after the balance: the balance not falling. */
const NOT_GONE_DOWN =
  /\bwhy\b[^.?!]{0,12}\b(?:is ?n'?t|isnt|does ?n'?t|doesnt|has ?n'?t|hasnt|has not|is not|does not|not)\b[^.?!]{0,20}\b(?:go(?:ing|ne)? down|decreas\w*|drop\w*|shrink\w*|shrunk|chang\w*|mov\w*|reduc\w*|lower\w*)|\bwhy\b[^.?!]{0,20}\bstill the same\b|왜[^.?!]{0,8}(?:안\s?줄|줄지\s?(?:않|안)|그대로|똑같|안\s?바뀌)|(?:하나도|전혀|계속)\s?(?:안\s?줄|줄지\s?(?:않|안)|그대로)/i;
/** QA round 22 (loanfu). A prepayment's monthly asked with a particle: "한달에는 얼마 줄어요?", "월에는?". */
const PREPAY_MONTHLY_TOO =
  /한\s?달(?:에는|엔|에)|매\s?달|매월|월\s?(?:납입|얼마|에는)|\b(?:per|a|each) month\b|\bmonthly\b/i;
/**
 * QA round 23 (loan23). What a month's outgoings are made of: "뭐뭐 나가요?", "뭐가 나가요?", "내역은요?", "what makes
 * that up", "break it down", and the reactions "헐 생각보다 많네", "왜 이렇게 많아요?", "that's a lot".
 */
const OUTGOINGS_PARTS =
  /뭐\s?뭐|뭐가\s?(?:나가|있|빠져|들어)|어떤\s?(?:거|게|것)|어디\s?어디|내역|구성|자세히|(?:생각보다|너무|엄청|왜\s?이렇게|왜\s?그렇게)\s?많|많(?:네|다|군|구나|아요|네요|음)|\bwhat makes (?:that|it|this) up\b|\bbreak (?:it|that) down\b|\bbreakdown\b|\bmade up of\b|\bwhat(?:'s| is| are)? (?:in|included in) (?:it|that)\b|\bwhich (?:payments|ones|bills)\b|\bwhat are they\b|\bthat'?s a lot\b|\bso much\b|\bwhy so (?:much|high)\b/i;

/**
 * QA round 23 (loan23). A follow-up on a month's outgoings asking what they are made of ("뭐뭐 나가요?" was the loan's
 * next payment; "헐 생각보다 많네" compared the card spending, its bill read without the instalment: 799,547 → 704,481원),
 * "그게 다예요?", "왜요?": the same month's outgoings, each part named first (`outgoingsParts`).
 */
function outgoingsFollowUp(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): { slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  const ps = previous.slots;
  if (previous.intent !== 'SPENDING' || !ps.outgoings || !isBrief(text)) return null;
  const all = BARE_ALL.test(text);
  // "지난달보다 많아요?": a comparison asked, not the parts.
  if (/(?<!생각)보다|\bthan\b/i.test(text)) return null;
  if (!all && !WHY_ALONE.test(text) && !OUTGOINGS_PARTS.test(text)) return null;
  const kept = (['outgoings', 'monthAhead', 'forecastMonth', 'nextYear'] as (keyof CounselSlots)[]).filter(
    (k) => ps[k] !== undefined,
  );
  const slots = Object.fromEntries(kept.map((k) => [k, ps[k]])) as CounselSlots;
  return {
    slots: { ...slots, outgoingsParts: true, ...(all ? { bareAsk: 'ALL' as const } : {}) },
    inherited: kept,
  };
}

/** QA round 23 (late23b). Surprise at a figure: "헉 많네", "헐 많이 나왔네", "wow that's a lot", "omg so much". */
const BILL_SURPRISE =
  /^\s*(?:(?:헉|헐|허걱|와|우와|으악|ㄷㄷ|ㅎㄷㄷ|대박|미쳤다|wow|whoa|omg|yikes|oof|jeez|damn|geez)[\s,.!~ㅋㅎㅠㅜ]*)*(?:(?:생각보다|너무|엄청|진짜|꽤)\s?)?(?:많(?:네|다|군|구나|네요|이\s?나왔(?:네|다|네요)|이\s?썼(?:네|다|네요))|that'?s (?:a lot|so much|a ton|huge|insane)|(?:so|that) much)[\s.!~ㅋㅎㅠㅜ]*$/i;
/**
 * QA round 23 (late23b). A resolve to spend less: "ㅋㅋ 다음달은 좀 줄여야지", "다음달엔 아껴야겠다", "gotta cut back next
 * month" — not a question (no "어떻게", "?").
 */
const CUT_RESOLVE =
  /^(?![^?？]*(?:어떻게|어디|뭘|뭐를|방법|how|where|what)[^?？]*$)[^?？]*(?:(?:줄여야|아껴야|절약해야)(?:지|겠|겠다|겠어|겠네|할\s?듯|할게|해야지)|(?:줄일|아낄)(?:게|래)|\b(?:gotta|got to|have to|need to|should|will|i'?ll|going to|gonna) (?:cut (?:back|down)|spend less|save more)\b)[^?？]*$/;

/** QA round 24 (spend24b). The payday and what leaves the account before it: "월급 25일에 들어오는데 그 전에 빠져나가는 거". */
const PAYDAY_DAY = /(?:월급|급여)(?:날|일)?\S{0,2}\s?(?:은\s?|이\s?)?(?:매달\s?)?(\d{1,2})\s?일/;
const DUE_BEFORE_PAYDAY =
  /(?:그\s?)?(?:전에|전까지|전엔|들어오기\s?전)[^.?!]{0,12}(?:빠져\s?나가|나가|나갈|출금|결제|내야)[^.?!]{0,10}(?:거|것|게|돈)?\S{0,2}\s?(?:뭐|얼마|있)/;
/** QA round 24 (spend24b). Spending abroad asked as a sum: "지난달 해외에서 쓴거 얼마야" (was the latest payments). */
const ABROAD_SUM = /(?:해외|외국)[^.?!]{0,10}(?:쓴|썼|결제|사용|긁은)[^.?!]{0,8}(?:얼마|총|합)/;
/** QA round 24 (spend24b). Next year's card bill asked without "예상": "내년에 카드값 얼마나 나올까". */
const NEXT_YEAR_BILL =
  /(?:내년|다음\s?해)\S{0,2}\s?(?:에\s?)?(?:카드\s?값|카드\s?대금|카드)\S{0,2}\s?(?:이\s?|은\s?)?(?:얼마|몇)[^.?!]{0,6}(?:나올|나오|될|쓸|들)/;
/** QA round 24 (spend24b). The month's small use set against the bill: "이번달 17만원밖에 안썼는데". */
const SPENT_LITTLE =
  /(?:이번\s?달|이달)\S{0,2}\s?(?:은\s?|엔\s?)?[^.?!]{0,12}(?:밖에|만)\s?(?:안\s?)?(?:썼|쓴|사용)|(?:이번\s?달|이달)[^.?!]{0,8}(?:별로|얼마)\s?안\s?(?:썼|쓴)/;

/**
 * QA round 24 (spend24b). Card spending and forecast questions the model read elsewhere:
 * - "카테고리별로 보여줘" (after a month, or with one): that month's spending by category (was the latest payments);
 * - "지난달 해외에서 쓴거 얼마야": the sum abroad (was the latest payments);
 * - "내년에 카드값 얼마나 나올까": next year's spending forecast (was this month's bill);
 * - "월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?": what falls due up to the payday (was the loan alone);
 * - "왜 그렇게 많이 나와? 이번달 17만원밖에 안썼는데" after the bill: what made it (was this month's use again).
 */
function spend24bRule(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): { intent: CounselIntent; slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  if (CATEGORY_BREAKDOWN.test(text) && !/대출|이자|상환|납입|\bloans?\b/i.test(text)) {
    const said = extractSlots(text, 'SPENDING');
    const spendingBefore = previous?.intent === 'SPENDING' || previous?.intent === 'CARD_TRANSACTIONS';
    const period = said.period ?? (spendingBefore ? previous?.slots.period : undefined);
    if (said.period || spendingBefore || /썼|쓴|지출|소비|카드|\bspen[dt]\b/i.test(text))
      return {
        intent: 'SPENDING',
        slots: { ...said, ...(period ? { period } : {}), categoryBreakdown: true },
        inherited: !said.period && period ? ['period'] : [],
      };
  }
  // QA round 26 (helper en1). "what share of october was travel", "10월에 여행 비중이 얼마나 돼요?": one category's share of the
  // period's card spending (was a share-price refusal, or the category's total alone).
  if (
    CATEGORY_SHARE.test(text) &&
    !/대출|이자|상환|납입|\bloans?\b|\bincome\b|\bsalary\b|소득|월급/i.test(text)
  ) {
    const said = extractSlots(text, 'SPENDING');
    const spendingBefore = previous?.intent === 'SPENDING' || previous?.intent === 'CARD_TRANSACTIONS';
    const period = said.period ?? (spendingBefore ? previous?.slots.period : undefined);
    if (said.category && !said.merchant)
      return {
        intent: 'SPENDING',
        slots: { ...said, ...(period ? { period } : {}), categoryShare: true },
        inherited: !said.period && period ? ['period'] : [],
      };
  }
  if (ABROAD_SUM.test(text) && !/수수료|환율|\bfees?\b/i.test(text)) {
    const said = extractSlots(text, 'SPENDING');
    if (said.overseas && !said.merchant)
      return {
        intent: 'SPENDING',
        slots: { ...said, period: said.period ?? { kind: 'LAST_N_MONTHS', months: 12 } },
        inherited: [],
      };
  }
  if (NEXT_YEAR_BILL.test(text))
    return {
      intent: 'FORECAST',
      slots: {
        ...extractSlots(text, 'FORECAST'),
        forecastSubject: 'SPENDING',
        nextYear: true,
        cardBill: true,
      },
      inherited: [],
    };
  const payday = PAYDAY_DAY.exec(text);
  if (payday && DUE_BEFORE_PAYDAY.test(text) && !BEFORE_PAYDAY.test(text)) {
    const day = Number(payday[1]);
    if (day >= 1 && day <= 31)
      return {
        intent: 'NEXT_PAYMENT',
        slots: { dueBy: { kind: 'DAY_OF_MONTH', day }, paydayDue: true },
        inherited: [],
      };
  }
  if (previous?.intent === 'SPENDING' && previous.slots.cardBill && SPENT_LITTLE.test(text)) {
    const ask = text.split(/[?？]/)[0] + '?';
    if (WHY_ALONE.test(ask) || WHY_HIGH.test(ask) || /왜/.test(ask))
      return {
        intent: 'SPENDING',
        slots: { period: { kind: 'THIS_MONTH' }, cardBill: true, topMerchant: true, spentLittle: true },
        inherited: ['cardBill'],
      };
  }
  return null;
}

/**
 * QA round 23 (late23b). A reaction to the card bill just given: "헉 많네" (was SAD, a lecture on money worries) — the
 * bill again, acknowledged, with what made it (`billSurprise`); "ㅋㅋ 다음달은 좀 줄여야지" (was small talk) —
 * encouragement with one tip from the bill's largest category (`cutResolve`).
 */
function cardBillReaction(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): { slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  if (previous?.intent !== 'SPENDING' || !isBrief(text)) return null;
  // QA round 27 (helper ko27). "너무 많이 썼네" after a period's spending (not the bill): the same figure, met as it is.
  if (!previous.slots.cardBill) {
    // A plain period's figure only: outgoings, charges and the like have reactions of their own.
    const plain = ['period', 'weekend', 'category', 'merchant', 'overseas', 'online', 'billSurprise'];
    if (!BILL_SURPRISE.test(text) || !Object.keys(previous.slots).every((k) => plain.includes(k)))
      return null;
    const same = (
      ['period', 'weekend', 'category', 'merchant', 'overseas', 'online'] as (keyof CounselSlots)[]
    ).filter((k) => previous.slots[k] !== undefined);
    const kept = Object.fromEntries(same.map((k) => [k, previous.slots[k]])) as CounselSlots;
    return { slots: { ...kept, billSurprise: true }, inherited: same };
  }
  const flag = BILL_SURPRISE.test(text) ? 'billSurprise' : CUT_RESOLVE.test(text) ? 'cutResolve' : null;
  if (!flag) return null;
  const kept = (['cardBill', 'period'] as (keyof CounselSlots)[]).filter(
    (k) => previous.slots[k] !== undefined,
  );
  const slots = Object.fromEntries(kept.map((k) => [k, previous.slots[k]])) as CounselSlots;
  return { slots: { ...slots, [flag]: true }, inherited: kept };
}

/** QA round 22 (loanfu). Saving more on the loan: "더 많이 아끼는 방법은?", "how can i save more?". */
const SAVE_MORE =
  /더\s?(?:많이\s?)?(?:아끼|아낄|아껴|줄이|줄일|절약)\S*\s?(?:방법|법|수|려면)|\b(?:save|saving) (?:even )?more\b|\bother ways? to save\b|\bhow (?:else )?(?:can|could|do) i save\b/i;
/** QA round 22 (loanfu). A prepayment after the next instalment: "if i wait til after the next payment", "다음 납입 끝나고 하면?". */
const AFTER_NEXT_PAYMENT =
  /\bafter (?:the |my |this )?(?:next|coming|december|dec) (?:one|payment|instal?ment)\b|\bwait (?:un)?til+ after\b|(?:다음|이번|12월)\s?(?:납입|납부|회차|이자)\S{0,2}\s?(?:을\s?|를\s?)?(?:내고|하고|끝나고|지나고|후에|뒤에|다음에)/i;
/** QA round 22 (loanfu). The month after a month's payment: "when do i pay the loan after the december one", "12월 다음은?". */
const AFTER_MONTH_ONE =
  /\bafter (?:the )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) (?:one|payment|instal?ment)\b|(\d{1,2})\s?월\s?(?:납입|납부|거|꺼|것)?\s?(?:다음|그\s?다음|이후)\s?(?:납입|납부|회차|거|꺼|건|은|는)/i;
const EN_MONTH_NUMBER = (t: string): number => {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(
    t.replace(/^[^]*?\bafter (?:the )?/i, ''),
  );
  return m
    ? ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
        m[1].toLowerCase(),
      ) + 1
    : 0;
};
/** QA round 22 (loanfu). "what about next month, does it change already" after a rate rise: not yet. */
const RISE_NEXT_MONTH =
  /\bnext month\b|\balready\b|\bright away\b|\bstraight away\b|\bimmediately\b|\bnext payment\b|다음\s?달|담달|바로|당장|이번\s?(?:납입|달)|다음\s?(?:납입|회차)/i;
/** QA round 22 (loanfu). A late deposit at the lease's end: "if the landlord needs a new tenant first and its late". */
const DEPOSIT_LATE =
  /\blandlord\b[^.?!]{0,40}\b(?:new tenant|late|delay\w*|can'?t pay|doesn'?t pay|won'?t pay|slow)\b|\b(?:deposit|money)\b[^.?!]{0,20}\b(?:late|delayed|not back|doesn'?t come back)\b|\b(?:new tenant|next tenant)\b|(?:집주인|임대인)[^.?!]{0,30}(?:새\s?세입자|다음\s?세입자|늦|못\s?주|안\s?주)|(?:보증금|전세금)\S{0,2}\s?(?:이\s?|가\s?)?(?:늦게|늦어|안\s?나오|제때)|새\s?세입자/i;
/** QA round 22 (loanfu). How a jeonse loan is repaid at the lease's end: "does the deposit just pay off the loan". */
const DEPOSIT_PAYS_LOAN =
  /\b(?:deposit|jeonse money)\b[^.?!]{0,40}\b(?:pay(?:s)? (?:off|back)|repay\w*|clear\w*|cover\w*|go(?:es)? (?:to|straight to))\b[^.?!]{0,20}\b(?:the |my )?loan\b|\b(?:jeonse|lease|contract)\b[^.?!]{0,10}\bends?\b[^.?!]{0,40}\b(?:loan|deposit)\b[^.?!]{0,30}\b(?:pay|repay|automatic\w*|how)\b|보증금\S{0,2}\s?(?:으로\s?|로\s?)?(?:대출|빚)\S{0,2}\s?(?:이\s?|을\s?|를\s?)?(?:자동|알아서|바로)?\s?(?:갚|상환)/i;
/** QA round 22 (loanfu). Whether the jeonse deposit is safe: "is my jeonse deposit safe", "보증금 안전해요?". */
const DEPOSIT_SAFE =
  /\b(?:is|will) (?:my |our |the )?jeonse deposit (?:be )?(?:safe|ok|okay|secure|protected|at risk)\b|\bjeonse deposit\b[^.?!]{0,20}\b(?:safe|at risk|protected|secure)\b|(?:전세\s?)?보증금\S{0,2}\s?(?:은\s?|이\s?)?(?:안전|괜찮|위험)/i;
/** QA round 22 (loanfu). The deposit-return guarantee asked: "보증보험 들어야돼요?", "should i get deposit insurance". */
const DEPOSIT_GUARANTEE_ASKED =
  /(?:전세\s?)?보증\s?보험|반환\s?보증|\bdeposit (?:return )?(?:insurance|guarantee)\b|\bjeonse (?:insurance|guarantee)\b/i;

/**
 * QA round 22 (loanfu). Follow-ups on a loan's answer (and a few loan questions of their own) read before loanFollowUp:
 * why the payment is that much, the principal, the balance not falling, a prepayment's monthly or one after the next
 * instalment, saving more, the instalment after a month's, a rate rise not applying yet, a missed-months count, the
 * jeonse deposit at the lease's end (repaid from it, returned late, safe, its guarantee). Null: none.
 */
function loanfuFollowUp(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): { intent: CounselIntent; slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  const card = /카드|\bcards?\b/i.test(text);
  // Missed months counted: "what if i cant pay for 3 months", "3달 못 내면?" — that many instalments missed.
  const months =
    /(\d{1,2}|두|세|네|다섯|여섯|two|three|four|five|six)\s?(?:달|개월|months?)\s?(?:동안\s?|간\s?|in a row\s?)?(?:연속\s?(?:으로\s?)?)?(?:못\s?(?:내|갚|납부|납입)|안\s?(?:내|갚)|연체|밀리|밀려|미납)/i.exec(
      text,
    ) ??
    /\b(?:can'?t|cannot|couldn'?t|don'?t|do not|won'?t be able to|unable to) (?:pay|paying|make (?:the )?payments?)(?: (?:it|them|anything|the loan))? for (\d{1,2}|two|three|four|five|six) months\b|\bmiss(?:ed|ing)? (\d{1,2}|two|three|four|five|six) months\b/i.exec(
      text,
    );
  const missed = months ? smallNumber(months.slice(1).find((g) => g !== undefined) ?? '') : null;
  if (missed && missed >= 2 && missed <= 12 && !card)
    return {
      intent: 'ARREARS',
      slots: { ...loanOf(previous?.slots), missedPayments: missed },
      inherited: loanInherited(previous?.slots),
    };
  // "is my jeonse deposit safe" (was a savings answer): the deposit's protection, as "전세보증금 떼일까봐 걱정돼요" gets.
  if (DEPOSIT_SAFE.test(text) && !DEPOSIT_GUARANTEE_ASKED.test(text))
    return {
      intent: 'LOAN_BALANCE',
      slots: { loan: { kind: 'JEONSE' }, request: 'DEPOSIT_NOT_RETURNED' },
      inherited: [],
    };
  // "when my jeonse ends does the deposit just automatically pay off the loan" (was a payoff today): the lease's end.
  if (DEPOSIT_PAYS_LOAN.test(text) && !DEPOSIT_LATE.test(text))
    return {
      intent: 'LOAN_BALANCE',
      slots: { loan: { kind: 'JEONSE' }, request: 'JEONSE_MATURITY' },
      inherited: [],
    };
  // "when do i pay the loan after the december one" (was December's): the month after the one named.
  const afterMonth = AFTER_MONTH_ONE.exec(text);
  if (
    afterMonth &&
    !card &&
    (/대출|납입|납부|이자|\bloan|\bmortgage|\bpay/i.test(text) || previous?.intent === 'NEXT_PAYMENT')
  ) {
    const named = afterMonth[1] ? Number(afterMonth[1]) : EN_MONTH_NUMBER(afterMonth[0]);
    if (named >= 1 && named <= 12)
      return {
        intent: 'NEXT_PAYMENT',
        slots: { ...loanOf(previous?.slots), dueMonth: (named % 12) + 1 },
        inherited: loanInherited(previous?.slots),
      };
  }
  if (!previous) return null;
  const p = previous.intent;
  const ps = previous.slots;
  const onLoan = LOAN_TALK.includes(p) || p === 'ARREARS' || p === 'HARDSHIP';
  const onDeposit0 =
    ps.request === 'DEPOSIT_NOT_RETURNED' ||
    ps.request === 'JEONSE_MATURITY' ||
    ps.request === 'DEPOSIT_BACK';
  // "and if the landlord needs a new tenant first and its late" after the lease's end: the late-deposit route.
  if ((onDeposit0 || ps.loan?.kind === 'JEONSE' || p === 'PAYOFF_QUOTE') && onLoan && DEPOSIT_LATE.test(text))
    return {
      intent: 'LOAN_BALANCE',
      slots: { loan: { kind: 'JEONSE' }, request: 'DEPOSIT_NOT_RETURNED' },
      inherited: [],
    };
  // "and if i wait til after the next payment to do it" after a prepayment: the same one after one instalment.
  if (
    p === 'PREPAYMENT_EFFECT' &&
    (ps.amount || ps.share) &&
    !ps.everyMonth &&
    AFTER_NEXT_PAYMENT.test(text)
  ) {
    const kept = (['loan', 'amount', 'share'] as (keyof CounselSlots)[]).filter((k) => ps[k] !== undefined);
    const pick = Object.fromEntries(kept.map((k) => [k, ps[k]])) as CounselSlots;
    return { intent: 'PREPAYMENT_EFFECT', slots: { ...pick, prepayAfter: 1 }, inherited: kept };
  }
  if (!isBrief(text)) return null;
  const onDeposit =
    ps.request === 'DEPOSIT_NOT_RETURNED' ||
    ps.request === 'JEONSE_MATURITY' ||
    ps.request === 'DEPOSIT_BACK' ||
    ps.request === 'EXTENSION' ||
    ps.request === 'JEONSE_RENEWAL';
  // "보증보험 들어야돼요?" after the deposit (was insurance card spending): the deposit-return guarantee.
  if (onDeposit && DEPOSIT_GUARANTEE_ASKED.test(text))
    return { intent: 'PRODUCT_QUESTION', slots: { productTopic: 'JEONSE_DEPOSIT_GUARANTEE' }, inherited: [] };
  if (!onLoan || card) return null;
  if (p === 'NEXT_PAYMENT' && PAYMENT_WHY_SO_MUCH.test(text))
    return {
      intent: 'NEXT_PAYMENT',
      slots: { ...loanOf(ps), interestWhy: true },
      inherited: loanInherited(ps),
    };
  if (
    ['NEXT_PAYMENT', 'LOAN_BALANCE', 'LOANS_OVERVIEW', 'REPAYMENT_SCHEDULE'].includes(p) &&
    (PRINCIPAL_ASKED.test(text) || NOT_GONE_DOWN.test(text))
  )
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...loanOf(ps), request: 'BALANCE_FLAT' },
      inherited: loanInherited(ps),
    };
  if (p === 'PREPAYMENT_EFFECT' && (ps.amount || ps.share) && !ps.everyMonth) {
    const base: (keyof CounselSlots)[] = ['loan', 'amount', 'share', 'prepayAfter', 'forecastMonth'];
    const kept = base.filter((k) => ps[k] !== undefined);
    const pick = Object.fromEntries(kept.map((k) => [k, ps[k]])) as CounselSlots;
    if (
      !PREPAY_MONTHLY.test(text) &&
      PREPAY_MONTHLY_TOO.test(text) &&
      !extractAmount(text) &&
      /얼마|줄|\bhow much\b|\bless\b|\bsave|[?？]/i.test(text)
    )
      return {
        intent: 'PREPAYMENT_EFFECT',
        slots: { ...pick, prepayLead: /얼마|\bhow much\b/i.test(text) ? 'MONTHLY' : 'MONTHLY_DOWN' },
        inherited: kept,
      };
  }
  // QA round 23 (loan23). After a prepayment of an amount: a larger prepayment first, then the other routes.
  if (p === 'PREPAYMENT_EFFECT' && ps.amount && !ps.everyMonth && SAVE_MORE.test(text))
    return {
      intent: 'PREPAYMENT_EFFECT',
      slots: { ...loanOf(ps), amount: ps.amount, saveMore: true },
      inherited: [...loanInherited(ps), 'amount'],
    };
  if ((p === 'PREPAYMENT_EFFECT' || p === 'REFINANCE') && SAVE_MORE.test(text))
    return { intent: 'REFINANCE', slots: loanOf(ps), inherited: loanInherited(ps) };
  // "per month?", "한달에는?" after a rate rise: the rise a month; "what about next month, does it change already": not yet.
  if (ps.rateRise && (p === 'LOAN_BALANCE' || p === 'LOANS_OVERVIEW')) {
    const rise: CounselSlots = { ...loanOf(ps), rateRise: ps.rateRise };
    if (RISE_NEXT_MONTH.test(text))
      return {
        intent: 'LOAN_BALANCE',
        slots: { ...rise, nextReset: true },
        inherited: [...loanInherited(ps), 'rateRise'],
      };
    if (PREPAY_MONTHLY_TOO.test(text) && !extractAmount(text))
      return { intent: p, slots: rise, inherited: [...loanInherited(ps), 'rateRise'] };
  }
  // "한달에는?" after switching to a fixed rate or the offers: the monthly saving first.
  if (p === 'REFINANCE' && PREPAY_MONTHLY_TOO.test(text) && !extractAmount(text) && !ps.quotedRate)
    return {
      intent: 'REFINANCE',
      slots: { ...loanOf(ps), refinanceLead: 'SAVING' },
      inherited: loanInherited(ps),
    };
  return null;
}

/** QA round 21 (loan21). "한달에 얼마 갚아요?", "how much a month?": the monthly payment asked alone. */
const PAYMENT_ASKED_ALONE =
  /한\s?달에?\s?(?:얼마|몇)|매달\s?(?:얼마|몇)|매월\s?(?:얼마|몇)|월\s?(?:납입|상환)(?:액|금)?\S{0,2}\s?(?:은|는)?\s?(?:얼마|몇)|월\s?얼마|\bhow much (?:a|per|each) month\b|\bmonthly (?:payment|instal?ment)s?\b|\bper month\b/i;

/** Tax asked of an amount just given: "세금 떼고요?", "세후로는?", "after tax?", "net of tax". */
const TAX_ASKED =
  /세금\s?(?:떼|빼|제외|공제)|세후|세전|이자\s?소득세|\b(?:after|before|net of|minus) (?:the )?tax(?:es)?\b|\bpost-tax\b/i;

/** Words of an import question: a file, its rows or columns, an upload or a mapping. */
const IMPORT_WORDS =
  /업로드|올리|파일|엑셀|csv|xlsx|시트|컬럼|칼럼|열\s?(?:이름|매핑)|행|임포트|가져오기|매핑|데이터|\bimports?\b|\bupload|\bfiles?\b|\bcolumns?\b|\brows?\b|\bsheets?\b|\bmapping\b|\bdata\b/i;

/** An amount said a month: "한달에 50만원씩", "매달 50만원", "월 50만원", "500k a month", "per month". */
const PER_MONTH_SAID =
  /한\s?달에|매\s?달|매월|(?:^|\s)월\s?\d|씩|\ba month\b|\bper month\b|\bmonthly\b|\beach month\b|\bevery month\b/i;

/** Below this the model's top intent is a guess: a short follow-up then continues the previous question. */
const UNSURE_PROBABILITY = 0.35;
/** Below this a loan limit guessed with no loan, limit or amount word is not taken (understandWith). */
const UNSURE_LIMIT_PROBABILITY = 0.6;
/** A question about "it" or a bare when / how much / why: "그거 얼마야?", "언제 내야 돼?", "When does it end?". */
const DEICTIC_QUESTION =
  /그거|그건|그게|이거|이건|거기|저거|\b(?:it|that|this|they|them)\b|^\s*(?:그럼\s?|그러면\s?)?(?:언제|얼마|몇|왜|어떻게)|^\s*(?:and\s|so\s)?(?:when|how much|how many|why|what happens)\b/i;
/** A sentence ranked alone (after a greeting) is taken from this probability. */
const QUESTION_ALONE_PROBABILITY = 0.3;

/**
 * QA round 25 (fixko1). Thanks before a question of its own ("고마워 근데 솔직히 나 망한거야?", "네 감사합니다. 정리하면
 * 지금 제일 먼저 뭘 하면 좋을까요"): the question is read, not the thanks ("천만에요!").
 */
const THANKS_LEAD =
  /^\s*(?:네\s?|아\s?|오\s?)?(?:감사합니다|감사해요|감사|고마워요|고마워|고맙습니다|고맙네요|thanks?(?: you)?|thx|ty)[\s,.!~ㅎㅋ]*(?:근데|그런데|그럼|그러면|but|and|so)?[\s,]*(?=\S[^]{3,})/i;

/** "6개월로 보면?", "what about 6 months?", "1년이면?": a span said alone (months), its number read like every span's. */
const SPAN_ALONE = new RegExp(
  String.raw`^\s*(?:그럼\s?|그러면\s?|and\s|what about\s|how about\s)?(?:최근\s?|지난\s?|the\s(?:last|past)\s)?${N}\s?(개월|달|년|months?|years?)\s?(?:치|간|동안|로|으로|이면|면|은|는)?\s?(?:보면|하면|따지면|치면)?\s?(?:요|은요|는요)?\s*[?？]?\s*$`,
  'i',
);
/** "2%p면?", "what about 2 points?", "0.5%는요?": a size of a rate rise said alone. */
const RISE_ALONE =
  /^\s*(?:그럼\s?|그러면\s?|and\s|what about\s|how about\s|and if it'?s\s)?(\d{1,2}(?:\.\d{1,2})?)\s?(?:%\s?p|%\s?포인트|%|퍼센트\s?포인트|퍼센트|프로|percentage points?|points?|percent)\s?(?:정도\s?)?(?:면|이면|라면|는|은|오르면|올라가면|올라도|인상되면|떨어지면|내리면|내려가면|인하되면|떨어져도|(?:up|down|higher|lower))?\s?(?:요)?\s*[?？]?\s*$/i;
/** QA round 23 (late23b). The lead of a correction before a rate change said alone: "no wait,", "oh sorry", "아 아니". */
const RISE_CORRECTION_LEAD =
  /^\s*(?:(?:no+|nope|nah|sorry|oops|oh|wait|actually|아|아니|아니요|아뇨|잠깐|잠시만|앗)(?![a-z])[\s,.!]*){1,3}/i;
/** An acknowledgement alone: "네", "알겠어요", "그렇군요", "좋아요", "ㅇㅋ", "ok", "got it", "sounds good" (no question mark). */
export const ACKNOWLEDGEMENT =
  /^\s*(?:(?:아|아하|오|음|네|넵|넹|예|응|웅|ㅇㅇ|ㅇㅋ|오케이|okay|ok)[\s,.!~]*)*(?:네|넵|넹|예|응|웅|ㅇㅇ|ㅇㅋ|오케이|좋아요|좋네요|좋아|좋습니다|알겠어요|알겠습니다|알겠어|알았어요|알았어|알겠네요|그렇군요|그렇구나|그렇네요|그래요|그래|아하|괜찮아요|괜찮습니다|확인했어요|확인했습니다|이해했어요|이해했습니다|ok(?:ay)?|got it|i see|alright|all right|sure|cool|great|nice|fine|understood|sounds good|makes sense|noted|perfect)[\s.!~ㅎㅋ^]*$/i;

/**
 * QA round 23 (chat23). Said, not asked, and needing no figure: thanks in short forms ("ㄱㅅ", "ㄳ", "ty", "알겠어요
 * 고마워요"), a closing ("오늘은 여기까지 할게요 좋은 하루 되세요"), relief ("다행이네요 휴", "…but it went through"), feeling
 * silly for a worry ("lol i feel so dumb for panicking"). Read alone the models gave the hardship ladder or a spending
 * total; they are met in a line (templates' general replies).
 */
export const SOCIAL_SAID =
  /^\s*(?:(?:네|넵|예|아|아하|오|ㅇㅋ|ㅇㅇ|알겠어요|알겠습니다|알겠어|알았어요|확인했어요|ok(?:ay)?|got it)[\s,.!~]*)?(?:ㄱㅅ|ㄳ|ㄱㅅㄱㅅ|ㄱㅅㅇ|감사(?:합니다|해요|요|드려요)?|고마워(?:요)?|고맙습니다|고마워용|ty|tysm|thx|thanks?(?: you)?(?: so much| a lot)?)[\s.!~ㅎㅋ^♡]*$|여기까지\s?(?:할게|하겠|할래|만\s?할)|좋은\s?(?:하루|밤|저녁|주말)\s?(?:되세요|보내세요)|수고하세요|수고하셨습니다|\bthat'?s all for (?:now|today)\b|\bhave a (?:good|nice|great) (?:day|night|one|weekend)\b|^\s*(?:휴|후|phew)[\s~.!ㅠㅜ]*$|다행이(?:네요|네|다|에요|야|군요)|다행(?:입니다|이다)|안심이?\s?(?:되네요|돼요|됐어요|되네)|\bit went through\b|\bwhat a relief\b|\b(?:so |really )?relieved\b|\bphew\b|\bfeel (?:so |really |kinda |kind of )?(?:dumb|stupid|silly) (?:for|about) (?:panick\w*|worr\w*|freak\w* out|overreact\w*|that)\b|괜히\s?(?:걱정|놀랐|쫄았)|민망하네/i;

/** Whether a message is only social (SOCIAL_SAID, asking nothing, naming no other subject than the chat). */
function socialOnly(text: string): boolean {
  return SOCIAL_SAID.test(text) && asksNothing(text);
}

/**
 * QA round 23 (chat23). What the assistant can do, asked as a newcomer: "what can i ask you?", "이 앱에서 뭘 물어볼 수
 * 있어요?", "처음 써보는데 어떻게 쓰는거에요?" (was the small-talk line, or this month's spending for "쓰는"). Not when a
 * subject is named ("대출 관련해서는 뭘 물어볼 수 있어요?" is about the loans).
 */
export const CAPABILITY_ASKED =
  /처음\s?(?:써|쓰|사용|이용)|(?:앱|어플|이거|여기)\S{0,3}\s?(?:어떻게\s?(?:써|쓰|사용|이용)|사용법|이용\s?방법)|(?:뭘|뭐|무엇을|어떤\s?(?:걸|것을|질문을?))\s?(?:물어|질문|여쭤)|\bwhat (?:can|should|could) i ask\b|\bwhat (?:kind of |sort of )?(?:questions|things) can i ask\b|\bhow do i use (?:this|you|the app|it)\b|\bhow does this (?:app |thing )?work\b/i;

/** A subject named beside a capability question ("대출 관련해서는 뭘 물어볼 수 있어요?" is about the loans). */
const SUBJECT_NAMED =
  /대출|카드|이자|지출|소비|신용|금리|\b(?:loans?|cards?|spending|interest|credit|rates?)\b/i;
/** The loan added to the bill just given: "그럼 대출이자까지 하면?", "대출이랑 합치면?", "plus the loan?". */
const LOAN_ADDED =
  /^\s*(?:그럼\s?|그러면\s?|and\s|what about\s)?(?:대출\s?)?(?:이자|대출|납입)\S{0,2}\s?(?:까지|도|랑|이랑|하고|을|를)?\s?(?:다\s?)?(?:하면|치면|합치면|더하면|포함하면|넣으면|합하면)\s?(?:요|얼마(?:야|예요|에요)?)?\s*[?？]?\s*$|^\s*(?:and\s)?(?:plus|with|adding|add|including)\s(?:the\s|my\s)?(?:loan|interest|loan payment|loan interest)(?:\s(?:payment|too|as well))?\s*[?？]?\s*$/i;
/** Whether payments abroad are in a figure: "일본에서 쓴 것도 포함이야?", "해외 결제도 들어가 있어요?" (QA round 24, fu24). */
const ABROAD_INCLUDED =
  /(?:해외|외국|국외|일본|미국|유럽|중국|베트남|태국|대만|홍콩|오사카|도쿄|여행)\S{0,4}\s?(?:에서\s?)?(?:쓴|결제한|긁은|산)?\s?(?:것|거|건|금액|결제)?\S{0,2}\s?(?:도\s?)?(?:포함|들어가|들어간|들어있|들어\s?있|합친|더한)|\b(?:does|is) (?:that|this|it) (?:include|including|counting)\b[^.?!]{0,30}\b(?:abroad|overseas|japan|foreign|trip)\b|\b(?:abroad|overseas|japan)\b[^.?!]{0,20}\b(?:included|counted)\b/i;

/** Money held said with whether it lasts: "통장에 지금 60만원 있는데 버틸 수 있을까" (QA round 24, fu24). */
const MONEY_HELD_LASTS =
  /(?:통장|잔고|잔액|계좌|현금|수중)\S{0,3}\s?(?:에\s?)?(?:지금\s?|현재\s?)?[^.?!]{0,4}?\d[\d,.]*\s?(?:만\s?원|만|천\s?원|원)\s?(?:정도\s?|쯤\s?)?(?:있는데|있어요|있거든|남았는데|남아\s?있는데|뿐인데|밖에\s?없는데)[^.?!]{0,25}(?:버틸|버티|버텨|괜찮|될까|되나|돼요|충분|모자라|부족|살\s?수)|\b(?:i(?:'ve| have)?|i've got|i got) (?:only )?[₩]?\d[\d,.]*\s?(?:k|m|won)?\b[^.?!]{0,25}\b(?:in (?:my|the) (?:account|bank))\b[^.?!]{0,30}\b(?:enough|last|make it|get by|survive)\b/i;

function moneyHeldAsked(text: string): CounselSlots | undefined {
  if (!MONEY_HELD_LASTS.test(text)) return undefined;
  const amount = extractAmount(text);
  if (!amount) return undefined;
  const payday = extractPayday(text);
  return {
    moneyOnHand: amount,
    ...(payday !== undefined ? { dueBy: { kind: 'DAY_OF_MONTH', day: payday } } : {}),
  };
}

/** Two figures just given asked as one sum: "둘이 합치면 얼마예요?", "다 합하면?", "both together?" (QA round 24, fu24). */
const BOTH_SUMMED =
  /^\s*(?:그럼\s?|그러면\s?)?(?:둘\s?(?:이|을|다)?|두\s?개\s?(?:를|다)?|다|전부|모두)\s?(?:합치면|합하면|더하면|합쳐서|합쳐|더해서|합계)\s?(?:는|은)?\s?(?:얼마(?:야|예요|에요|임|죠|지)?)?\s*[?？]*\s*$|^\s*(?:and\s)?(?:both|the two|them)\s(?:together|combined|added up|in total)\s*[?？]*\s*$|^\s*(?:how much|what)(?:'s| is| are)? (?:both|the two|them) (?:together|combined|in total)\s*[?？]*\s*$/i;
/** QA round 23 (chat23). Anger at the bank's rate: "3.77% is robbery", "your bank is a ripoff", "이자 장난하나". */
export const RATE_ANGER =
  /\b(?:rip ?-?off|(?:daylight |highway )?robbery)\b[^.?!\n]{0,30}(?:\d%|\b(?:rates?|interest|bank|loan)\b)|(?:\d%|\b(?:rates?|interest|bank|loan)\b)[^.?!\n]{0,30}\b(?:rip ?-?off|(?:daylight |highway )?robbery)\b|(?:은행|이자|금리)[^.?!\n]{0,15}(?:최악|장난하|장난치|날강도|도둑)|(?:최악|장난하|장난치|날강도|도둑)[^.?!\n]{0,15}(?:은행|이자|금리)/i;
/** QA round 23 (chat23). Sarcasm at a bill: "oh great, another bill. love that for me", "just what i needed, a bill". */
export const BILL_SARCASM =
  /(?:\blove that for me\b|\bjust what i needed\b|\boh great\b|\byay\b)[^\n]{0,40}\b(?:bills?|card)\b|\b(?:bills?|card)\b[^\n]{0,40}(?:\blove that for me\b|\bjust what i needed\b)/i;
/** "이자는?", "이자는요?", "and the interest?" alone. */
const INTEREST_ALONE =
  /^\s*(?:그럼\s?|그러면\s?)?(?:대출\s?)?이자(?:는|은)?\s?(?:요|얼마(?:야|예요|에요)?)?\s*[?？]+\s*$|^\s*(?:and |what about )?(?:the )?interest\s*[?？]+\s*$/i;
/** "대출 얼마", "대출은 얼마야?" alone: the loan's balance. */
const LOAN_HOW_MUCH =
  /^\s*(?:내\s?|제\s?)?대출\s?(?:은|이)?\s?얼마(?:야|예요|에요|임|인가요|죠)?\s*[?？]?\s*$/;

/**
 * A person asked for instead of the assistant: "상담원 연결해 주세요", "챗봇 말고 사람이랑 얘기하고 싶어요", "can I talk to a
 * human?" — answered with where to reach one, not with a figure.
 */
export const HUMAN_ASKED =
  /(?:상담원|상담사)\S{0,2}\s?(?:연결|바꿔|통화|얘기|이야기|불러|원해|요청|하고\s?싶)|(?:상담원|상담사)(?:이랑|랑|과|와|하고|한테|에게)\s|(?:사람|직원)(?:이랑|과|하고|한테|에게)?\s?(?:얘기|이야기|통화|상담|연결|바꿔)|(?:직원|사람)\s?(?:연결|바꿔)|\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:human|person|real person|agent|live agent|advisor|adviser|representative|someone real)\b|\b(?:human|live) agent\b/i;

/**
 * A message that says how things are without asking anything: "빚 생각에 잠이 안와요", "요즘 돈 때문에 너무 힘들어요",
 * "I'm so stressed about money". No question mark, no question word (얼마, 언제, 어떻게, 어떡…, how, what, can I…),
 * no question or request ending (…까요, …나요, …죠, 알려 주세요, tell me…). The counsellor meets such a message
 * before its figures.
 */
const ASKING =
  /[?？]|얼마|언제|어떻게|어떡|어쩌|어째|어떤|어떨|어때|어디|무엇|뭐|뭘|뭔|왜|몇|누가|무슨|방법|알려|가르쳐|궁금|해\s?줘|해\s?주세요|해\s?주실|보여\s?줘|보여\s?주세요|봐\s?줘|봐\s?주세요|할까|될까|있을까|없을까|까요|나요|가요|는지|을지|죠\s*$|니\s*$|냐\s*$|래\s*$|\b(?:how|what|when|where|why|which|who|whats|can i|could i|should i|do i|does|did i|is it|is my|am i|are my|will i|would|tell me|show me|help me|explain|let me know)\b/i;

export function asksNothing(text: string): boolean {
  return !ASKING.test(text);
}

/** A saving asked about: "how much would i save (per month)?", "얼마나 아껴요?", "한 달에 얼마 줄어요?". */
const SAVING_ASKED =
  /\bhow much (?:would|will|could|can|do|does) (?:i|that|it) save\b|\b(?:what|how much) (?:is|are|would be) (?:the |my )?savings?\b|얼마나?\s?(?:아낄|아껴|절약|줄어|덜\s?내)/i;

/** A score's move asked about: "지난 분기보다 나아졌어요?", "has it gone up?", "is it better than last quarter?". */
/** QA round 21 (late21). "what was it last quarter", "지난 분기는요?" after a score: that score a quarter back. */
const SCORE_LAST_QUARTER = /지난\s?분기|저번\s?분기|전\s?분기|\b(?:last|previous|the) quarter(?: before)?\b/i;

const SCORE_MOVED =
  /나아졌|좋아졌|올랐|떨어졌|내려갔|낮아졌|높아졌|개선됐|\b(?:better|worse|improved|gone (?:up|down)|went (?:up|down)|dropped|risen|rose|changed) (?:than|since|from|compared)\b|\b(?:has|did) (?:it|that|my score) (?:improve|go up|go down|drop|change|get better|get worse)\b/i;

/** The instalments left counted: "how many payments are left?", "몇 회 남았어요?", "몇 번 더 내야 돼요?". */
const PAYMENTS_LEFT =
  /\bhow many (?:more )?(?:payments|instal?lments|months)\b[^.?!]{0,20}\b(?:left|remaining|to go)\b|몇\s?(?:회|번|개월|달)\s?(?:차\s?)?(?:남|더\s?(?:내|갚))/i;
/** The dates themselves asked for: "언제언제 내는지 보여줘", "show me when", "list the dates". */
const SCHEDULE_ASKED = /언제|보여|일정|목록|\bwhen\b|\bshow\b|\blist\b|\bdates?\b/i;
/** Said of what is done: "which category was the biggest", "제일 많이 쓴 게 뭐였어". */
const PAST_TENSE = /\b(?:was|were|did)\b|었|였/i;

/** Whether a goal can be met: "가능할까요?", "될까요?", "is that doable?", "can i do it?". */
const GOAL_DOABLE =
  /가능|될까|되나요|될\s?수|할\s?수\s?있|모을\s?수|\bcan i (?:do|make|manage|reach|afford)\b|\b(?:possible|doable|realistic|feasible|achievable)\b|\bis (?:that|it) enough\b/i;

/** A total spent asked: "how much did i spend (on my card)", "얼마 썼어". */
const SPENT_HOW_MUCH =
  /\bhow much (?:did|have|do) i (?:spend|spent|use|used)\b|얼마(?:나)?\s?(?:썼|쓴|긁었)/i;
/** Purchases counted: "how many purchases did I make", "몇 건 결제했어", "결제 몇 번 했어". */
const PURCHASES_COUNTED =
  /\bhow many (?:purchases|transactions|payments|card payments|times)\b|몇\s?(?:건|번)\s?(?:결제|샀|긁|썼)|결제\S{0,2}\s?몇\s?(?:건|번)/i;

/** A count or a sum asked: "몇 번", "얼마", "how many", "how much". */
const HOW_MANY_OR_MUCH = /몇|얼마|\bhow (?:many|much)\b/i;
/** One month named ("지난달 이자 냈지?": that month's payment, not the year's interest). */
const ONE_MONTH_NAMED = /지난\s?달|이번\s?달|\d{1,2}\s?월|\b(?:last|this) month\b/i;

/** Common English misspellings of the words questions turn on ("next pymnt dte", "whats my balence"). */
const TYPOS: [RegExp, string][] = [
  [/\b(?:pymnt|pmnt|pmt|paymnt|paymet|payemnt|payement)(s?)\b/gi, 'payment$1'],
  [/\b(?:dte|dat)\b/gi, 'date'],
  [/\b(?:nxt|nex)\b/gi, 'next'],
  [/\bwen\b/gi, 'when'],
  [/\b(?:balence|ballance|balanse|blance|balnce)\b/gi, 'balance'],
  [/\b(?:intrest|interst|intrst|insterest)\b/gi, 'interest'],
  [/\b(?:morgage|mortage|mortgauge|morgtage)\b/gi, 'mortgage'],
  [/\b(?:loane|laon)\b/gi, 'loan'],
  [/\b(?:whats)\b/gi, "what's"],
  [/\bwhat r\b/gi, 'what are'],
  [/\br u\b/gi, 'are you'],
  [/\b(would|could|can|do|did|will|should|are|thank) u\b/gi, '$1 you'],
  [/\bur\b/gi, 'your'],
  [/\b(?:scroe|socre|scor|scoer)(s?)\b/gi, 'score$1'],
  [/\b(?:mnth|mth|mnt|montn|moth)(s?)\b/gi, 'month$1'],
  [/\b(?:purchse|purcahse|purhcase|purchace|purchas)(s?)\b/gi, 'purchase$1'],
  [/\b(?:recomend|reccomend|reccommend)(s?|ed|ing)?\b/gi, 'recommend$1'],
  [/\b(?:transacton|transction|trasaction)(s?)\b/gi, 'transaction$1'],
  [/\b(?:spnd|spen)\b/gi, 'spend'],
  [/\b(?:spnt|spet)\b/gi, 'spent'],
  [/\bhw\b/gi, 'how'],
  [/\b(pay|charg|cost|ow)in\b/gi, '$1ing'],
  [/\b(?:qtr|quater|quartr|qrtr)(s?)\b/gi, 'quarter$1'],
  [/\b(?:yr|yer)(s?)\b/gi, 'year$1'],
  [/\b(?:coffe|cofee|cofffee|coffie)\b/gi, 'coffee'],
  [/\b(?:grocerys|grocries|grocceries|grocery's)\b/gi, 'groceries'],
  [/\b(?:restraunt|resturant|restaraunt)(s?)\b/gi, 'restaurant$1'],
];

/** Korean slips of the keyboard seen in QA ("대츨 이자 얼마에요" read as hardship). */
const KO_TYPOS: [RegExp, string][] = [
  [/대츨/g, '대출'],
  [/이쟈/g, '이자'],
  // QA round 23 (date23): "카드값 언제 빠저나가여" (빠져나가요) lost the "when".
  [/빠저\s?나/g, '빠져나'],
  [/나가여(?=$|[\s?.!])/g, '나가요'],
  // QA round 23 (chat23). Initials and clipped words: "ㄷㅊ 얼마" (대출), "ㅇㅈ는?" (이자 — not "ㅇㅈ" alone, 인정), "카값".
  [/ㄷㅊ/g, '대출'],
  [/ㅇㅈ(?=\s?(?:는|은|율|얼마|몇|[?？]))/g, '이자'],
  [/카값/g, '카드값'],
];

function fixTypos(text: string): string {
  const ko = /[가-힣ㄱ-ㅎ]/.test(text) ? KO_TYPOS.reduce((t, [re, to]) => t.replace(re, to), text) : text;
  return /[a-z]/i.test(ko) ? TYPOS.reduce((t, [re, to]) => t.replace(re, to), ko) : ko;
}

/** An amount repaid, not the whole loan: "2천 갚으면", "1천만원 중도상환하면" — not "다 갚으면", nor a loan taken. */
function partialRepayment(text: string): boolean {
  return (
    /(?:갚|상환하)(?:으면|면|는다면|을\s?경우)|미리\s?갚|중도\s?상환/.test(text) &&
    !/다\s?갚|전액|전부|완납|모두\s?갚|한\s?번에|대출\s?받|빌리|빌려|연봉|월급|소득|수입/.test(text) &&
    extractAmount(withoutIncome(text)) !== undefined
  );
}

/**
 * What fingraph cannot answer or do, asked plainly: exchange rates, share and coin prices, a transfer to be made
 * ("오늘 달러 환율 얼마예요?", "삼성전자 주식 지금 사도 될까요?", "Can you transfer 500k won to my mom?"). Read alone,
 * the models guessed a payoff, a forecast or a loan limit; the reply says so honestly (templates' general replies).
 */
export const OUT_OF_SCOPE = {
  FX: /환율|달러\s?(?:가격|시세)|엔화\s?(?:가격|시세|얼마)|\bexchange rates?\b|\busd\s?\/?\s?krw\b|\bforex\b/i,
  MARKETS:
    /주식|(?<![가-힣])주가(?!\s?(?:는|은)?\s?(?:데|니까|서|면))|코인|비트코인|이더리움|\bstocks?\b|(?<!\b(?:what|which|a|the|my)\s)\bshares? (?:of|in)\b|\bcrypto(?:currency)?\b|\bbitcoin\b|\bshould i (?:buy|sell|invest)\b/i,
  TRANSFER:
    /(?:송금|이체)\s?(?:좀\s?)?(?:해\s?줘|해\s?주세요|해\s?줄\s?수|해\s?주실|하고\s?싶|해\s?줄래)|(?:돈|원)\S{0,2}\s?(?:좀\s?)?보내\s?(?:줘|주세요|줄\s?수|주실|줄래)|\bcan you (?:please )?(?:transfer|send|wire)\b|\b(?:transfer|send|wire) (?:\S+ ){0,4}to (?:my|his|her|their)\b/i,
} as const;

export function outOfScope(text: string): keyof typeof OUT_OF_SCOPE | undefined {
  return (Object.keys(OUT_OF_SCOPE) as (keyof typeof OUT_OF_SCOPE)[]).find((k) => OUT_OF_SCOPE[k].test(text));
}

/** Whether the score just given is good, said alone: "괜찮은 편이에요?", "그 정도면 높은 거예요?", "Is that good?". */
const SCORE_GOOD_ASKED =
  /^\s*(?:그럼\s?|그러면\s?)?(?:그거|이거|그게|이게|그\s?점수|이\s?점수|그\s?정도|이\s?정도|\d{2,4}\s?점)?\s?(?:면|이면|은|는|이|가)?\s?(?:괜찮|좋|높|낮|나쁘|평균|보통|양호)[^.?!]{0,12}[?？]?\s*$|^\s*(?:and\s|so\s)?(?:is|was|'?s)\s(?:that|it|this)\s(?:a\s)?(?:good|bad|ok(?:ay)?|high|low|decent|normal|average|fine)(?:\s(?:score|one|number))?(?:\s(?:for (?:my|someone my|a person my) age|for (?:a|someone) (?:\d{2}|my)[- ]?(?:year[- ]old|yo)?|for my age group))?\s*[?？]?\s*$/i;

/**
 * The score is asked about as something that may be harmed ("그럼 신용점수 떨어지나요?", "신용에 불이익 있어요?", "will
 * that hurt my credit score?"): after a hardship or arrears question, what that does to the score.
 */
const SCORE_HARM =
  /(?:신용|점수)[^.?!]{0,8}(?:떨어|내려|깎|낮아|나빠|하락|영향|불이익|타격|문제)|\b(?:hurt|hurts|affect|affects|damage|damages|ruin|ruins|lower|lowers|drop|hit|wreck|wrecks|mess up|messes up|tank|tanks|kill|kills|screw up|destroy|destroys|trash|ding)\b[^.?!]{0,12}\bcredit\b|\bcredit (?:score|rating)s?\b[^.?!]{0,12}\b(?:drop|go down|fall|suffer|take a hit)\b/i;

/** A total asked alone: "총 얼마였어요?", "다 합치면 얼마야?", "how much in total?", "what's the total?". */
const TOTAL_ALONE =
  /^\s*(?:그럼\s?|그러면\s?|그래서\s?)?(?:총|전부|모두|다\s?합치면|다\s?합쳐서|다\s?해서|합계는?|총액은?)\s?(?:얼마|금액은?|몇)?\S{0,6}\s*[?？]?\s*$|^\s*(?:and\s|so\s)?(?:how much (?:is that |was that |did (?:that|it|they) come to )?(?:in total|altogether|all together|total)|what(?:'s| is| was) the total|(?:the\s)?total)\s*[?？]?\s*$/i;
/** "왜요?", "왜 그런 거예요?", "why?", "how come?": a why said alone about the answer just given. */
/** "1년이면 얼마야?", "1년 치면요?", "for a year?", "how much a year?": a monthly figure asked for a year. */
const YEAR_ALONE =
  /^\s*(?:그럼\s?|그러면\s?)?(?:그거\s?|이거\s?|그건\s?|이건\s?|그게\s?)?(?:1\s?년|일\s?년|한\s?해|연간|1년\s?치)\S{0,3}\s?(?:으로\s?|으론\s?|이면\s?|면\s?|치면\s?|동안\s?|에\s?)?(?:는\s?|은\s?)?(?:얼마|총|다\s?해서|합치면)?[^.?!]{0,10}[?？]?\s*$|^\s*(?:and\s|so\s)?(?:how much\s)?(?:for|over|in|per|a)\s(?:a\s|one\s|the\s)?(?:year|12 months)(?:\s(?:in total|altogether))?\s*[?？]?\s*$|^\s*(?:and\s)?(?:how much\s)?(?:is that\s)?(?:a|per) year\s*[?？]?\s*$|^\s*(?:and\s)?yearly\s*[?？]?\s*$|^\s*(?:and\s|so\s|ok(?:ay)?,?\s)?how much (?:(?:is|would be) (?:that|it|this) )?(?:a|per|in a|over a) year(?: is (?:that|it|this))?(?: then)?\s*[?？]?\s*$/i;
/** Whether their rate can rise, asked after it: "앞으로 오를 수도 있어요?", "올라갈 수도 있나요", "could it go up?". */
const RATE_MAY_RISE =
  /(?:오를|올라갈|인상될)\s?(?:수도|수|가능성|일도)|오르(?:나요|나|는\s?거|기도)|\b(?:could|can|will|might|may|would) (?:it|the rate|my rate|that|the interest) (?:ever |also )?(?:go up|rise|increase|get higher)\b/i;

/** A rate's move carried to their own loan: "how would that affect my loan?", "제 대출 이자도 오르나요?". */
const RATE_REACHES_LOAN =
  /\b(?:affect|impact|change|mean for)\b[^.?!]{0,15}\b(?:my|the) (?:\w+ )?(?:loan|mortgage|payments?|interest)\b|(?:제|내|저의|나의)\s?\S{0,6}(?:대출|이자|납입)[^.?!]{0,10}(?:오르|올라|영향|늘어|바뀌)|(?:대출|이자)\S{0,2}\s?(?:도|는)\s?(?:오르|올라|영향|늘어)/i;

/** A fee asked alone: "수수료 있어?", "수수료는요?", "위약금은?", "any fee?", "is there a penalty?". */
const FEE_ALONE =
  /^\s*(?:and |so |but )?(?:is there |are there )?any (?:other )?(?:fees?|penalt(?:y|ies)|charges?)(?: on top(?: of (?:that|it|this))?| too| as well| to pay)?\s*[?？]?\s*$|^\s*(?:그럼\s?|그러면\s?|and\s)?(?:(?:중도\s?상환\s?)?수수료|위약금)\S{0,3}\s?(?:는|은|도)?\s?(?:얼마(?:나|정도|쯤)?\s?)?(?:있어|있나요|있어요|있나|있음|얼마|나와|붙어|내야|없어|들어)?\S{0,4}\s*[?？]?\s*$|^\s*(?:and\s|so\s)?(?:is there |are there |what(?:'s| is| are| would be) the |how much (?:is|are|would be) the )?(?:any |a )?(?:fees?|penalt(?:y|ies))(?: too| then)?(?: for (?:that|it|this|doing (?:that|it|so)|paying (?:it |that )?(?:off|early)))?\s*[?？]?\s*$/i;
const WHY_ALONE =
  /^\s*(?:그럼\s?|근데\s?|그런데\s?|and\s|but\s)?(?:왜|왜요|왜죠|왜지|왜\s?그래요|왜\s?그런\s?(?:거예요|거죠|건가요|거야)|왜\s?그렇게\s?(?:많아|많이\s?나왔어|높아)\S*|왜\s?(?:이렇게\s?|그렇게\s?)?(?:많이\s?)?(?:늘었|늘어났|썼|나왔|많아졌|올랐)\S*|왜\s?(?:이렇게\s?|그렇게\s?)?(?:많이\s?)?차이\S*|차이가\s?왜\s?(?:나|생기|이렇게)?\S*|이유가\s?뭐\S*|why|why so(?: much| high| many)?|why is that|why (?:is|was) it so (?:high|much|low)|why (?:the|such a|so much of a) (?:big )?difference|why did (?:it|that|i spend so much|my spending)(?: go up| increase| jump| rise| spike| shoot up| go up so much| jump so much)?|why (?:the|such a|that) (?:big )?(?:jump|spike|increase|rise)|what (?:caused|made) (?:the|that|this|it) (?:jump|spike|increase|rise|difference)|how come)\s*[?？!.~]*\s*$/i;

/**
 * QA round 21 (card21). A figure questioned alone as high or rising: "왜 늘어요?", "왜 이렇게 많아요?", "why that high",
 * "why is it so much" (WHY_ALONE's wording misses these).
 */
const WHY_HIGH =
  /^\s*(?:그럼\s?|근데\s?|그런데\s?)?왜\s?(?:이렇게\s?|그렇게\s?|이리\s?)?(?:많이\s?)?(?:늘|올라|오르|많|높|비싸|커|크|나와|나오)\S*\s*[?？!.~]*\s*$|^\s*(?:and\s|but\s|so\s)?why(?:\s(?:is|was|would|will))?(?:\s(?:it|that|this|the bill))?(?:\s(?:be|so|that))?\s(?:high|much|big|expensive|large)\s*[?？!.~]*\s*$/i;

/** "왜 이렇게 낮아요?", "why is it so low?", "what's stopping it from being higher?": a low figure questioned alone. */
const WHY_SO_LOW =
  /^\s*(?:그럼\s?|근데\s?)?(?:왜\s?)?(?:이렇게\s?|그렇게\s?)?(?:낮|적|안\s?좋|나빠)\S{0,6}\s*[?？]?\s*$|^\s*(?:왜\s?)(?:이것밖에|이거밖에|이렇게\s?(?:낮|적))\S*\s*[?？]?\s*$|^\s*(?:and |so |but )?(?:why (?:is (?:it|that|mine) )?so (?:low|small|bad)|what(?:'s| is) (?:stopping|limiting|holding (?:back)?) (?:it|that|me)(?: from being (?:higher|bigger))?|why (?:can'?t|couldn'?t) i (?:borrow|get) more)\s*[?？]?\s*$/i;

/** "is that a lot?", "평소보다 많은 거 맞아요?", "그거 많은 편이에요?": a spending figure judged alone. */
const SPENDING_JUDGED_ALONE =
  /^\s*(?:and |so |but )?(?:is|was) (?:that|it|this) (?:a lot|too much|high|normal|bad|more than usual|a lot more than usual)\s*[?？]?\s*$|^\s*(?:그거\s?|이거\s?|그게\s?|이게\s?)?(?:평소보다\s?)?(?:많은|많이\s?쓴|너무\s?많은)\s?(?:거|편)\S*(?:\s?맞\S*)?\s*[?？]?\s*$/i;

/**
 * QA round 21 (spend21). "mostly on what", "on what?", "what was it on", "주로 뭐에요?", "뭐에 썼어요?", "어디에 썼는데요?"
 * after a spending figure: where that money went (the period's largest categories), said alone.
 */
const MOSTLY_ON_WHAT =
  /^\s*(?:and |so |ok(?:ay)?,? |but )?(?:(?:mostly|mainly) )?(?:on|for) what(?: mostly| mainly)?\s*[?？]?\s*$|^\s*(?:and |so |ok(?:ay)?,? |but )?what (?:was (?:it|that)|did i spend (?:it|that|the money)) (?:mostly |mainly )?on\s*[?？]?\s*$|^\s*(?:and |so )?(?:mostly|mainly) what\s*[?？]?\s*$|^\s*(?:그럼\s?|근데\s?)?(?:주로\s?|대부분\s?)?(?:뭐|무엇)(?:에|에다|로)?\s?(?:주로\s?|대부분\s?)?(?:썼|쓴|쓰|나갔|나간)\S{0,6}\s*[?？]?\s*$|^\s*(?:그럼\s?|근데\s?)?(?:주로|대부분)\s?(?:뭐|무엇|어디)\S{0,4}\s*[?？]?\s*$/i;

/** "그럼 3천은?", "5백이면요?": a bare amount in 천/백(만원) or 억, said alone. */
const BARE_AMOUNT_ALONE =
  /^\s*(?:그럼\s?|그러면\s?)?(\d+(?:\.\d+)?)\s?(천|백|억)\s?(?:만\s?원?)?\s?(?:은|는|이면|면|으로|로|정도|쯤)?\s?(?:요|은요|는요|이면요|면요)?\s*[?？]?\s*$/;

/** QA round 27 (helper ko27). A sum said again alone: "아니 500이요", "그럼 200은?", "150만원이면요?". */
const PURCHASE_AGAIN =
  /^\s*(?:(?:아니|아뇨|아|그럼|그러면|음)\s?,?\s?)*(\d[\d,]*)\s?(만\s?원?|억|천\s?만?\s?원?|원)?\s?(?:이요|요|은요|는요|이면요|면요|이면|면|은|는|정도|쯤|짜리)?\s*[?？.!]?\s*$/;

/** "so what should i do?", "ok what do i do now", "그럼 이제 뭘 해야 돼요?", "how much is it exactly": the answer again. */
const WHAT_NOW =
  /^\s*(?:so |ok(?:ay)?,? (?:so )?|then |and )?(?:what now|now what|what do (?:you|u) (?:recommend|suggest|think i should do)|what would (?:you|u) (?:do|recommend|suggest))\s*[?？]?\s*$|^\s*(?:so |ok(?:ay)?,? |then |and |but )?what (?:should|can|do) i do(?: now| then| next| about it)?\s*[?？]?\s*$|^\s*(?:정리하면\s?|그럼\s?|그러면\s?|결국\s?)?(?:지금\s?)?(?:제일\s?먼저\s?|가장\s?먼저\s?|먼저\s?)?(?:이제\s?)?(?:어떻게|뭘|뭐부터|뭐를|뭐)\s?(?:하면\s?좋을까요|하면\s?좋아요|해야\s?(?:돼|되|할까|하나|해요|하죠|돼요|되나요)|해요|하죠|하나요|할까요|하면\s?(?:돼|되)|신청해요|신청하나요|신청하면\s?(?:돼|되))\S*\s*[?？]?\s*$|^\s*(?:so |ok(?:ay)?,? |then |and )?how (?:do|can|would) i (?:do that|do it|apply|get (?:it|that)|go about (?:it|that))\s*[?？]?\s*$|^\s*(?:and |so )?how much (?:is|was) (?:it|that)(?: exactly| again| in total)?\s*[?？]?\s*$|^\s*(?:so |ok(?:ay)?,? |then |and |but )?(?:what are|what're|whats|what's) (?:my|the) (?:options|choices)(?: realistically| now| here| then)?\s*[?？]?\s*$|^\s*(?:그럼\s?|그러면\s?)?(?:방법|선택지)\S{0,2}\s?(?:이\s?|은\s?|는\s?)?(?:뭐가\s?있|있나|있을까|뭐)\S*\s*[?？]?\s*$/i;

/** "and on the card?", "what about the card", "카드는요?", "카드값도요?": the card beside what was just said. */
const CARD_TOO =
  /^\s*(?:and |so |ok(?:ay)?,? |but )?(?:what about |how about |plus |and )?(?:on |for |with )?(?:the |my )?(?:credit )?cards?(?: bill| debt| too| as well)?\s*[?？]*\s*$|^\s*(?:그럼\s?|그리고\s?)?카드(?:값|빚|대금)?\s?(?:은|는|도|까지)?\s?(?:요|는요|은요)?\s*[?？]*\s*$/i;

/** "모자라면 어떡해요?", "부족하면 어떻게 해야돼요?", "what if it's not enough?": the money falling short of a payment. */
const SHORT_WHAT_IF =
  /(?:모자라|부족하|안\s?되|못\s?내)(?:면|다면)\s?(?:어떡|어떻게|어쩌|뭘|뭐)|\bwhat if (?:it['’]?s|it is|that['’]?s|that is|i['’]?m|i am|the money is) (?:not enough|short)\b|\bwhat if i (?:don['’]?t have enough)\b|\bwhat if (?:it|that) (?:isn['’]?t|is not|doesn['’]?t|does not) (?:enough|cover)/i;

/** "so should i do it?", "할까요 말까요?", "그럼 하는 게 나아요?": the choice just computed, asked to be weighed. */
const SHOULD_I_ALONE =
  /^\s*(?:so |ok(?:ay)?,? |then |and |but )?(?:so )?(?:should|would) i (?:do it|do that|go for it|go ahead|do this)(?: then| now)?\s*[?？]?\s*$|^\s*(?:그럼\s?|그러면\s?)?(?:하는\s?게|그렇게\s?하는\s?게)\s?(?:나아|낫|좋아|이득)\S*\s*[?？]?\s*$|^\s*(?:그럼\s?)?할까요\s?말까요\s*[?？]?\s*$/i;

/** "그럼 대출은 어떻게 돼요?", "what happens to my loan then?": the loan asked about alone, after its case was named. */
const LOAN_ASKED_ALONE =
  /^\s*(?:그럼\s?|그러면\s?|근데\s?|그런데\s?)?(?:아까\s?(?:말한|말했던|얘기한|말씀하신)\s?(?:거|건|그)?\s?)?(?:제\s?|내\s?|저의\s?)?(?:전세\s?)?(?:대출|빚)\S{0,2}\s?(?:은|는|이|가)?\s?(?:어떻게|어떡|어찌)\s?(?:돼|되|하)\S{0,6}\s*[?？]?\s*$|^\s*(?:and |so |but )?what (?:about|happens to|will happen to) (?:my |the )?(?:\w+ )?loan(?: then)?\s*[?？]?\s*$/i;

/**
 * A slot of the previous question said again alone with a new value — the span of a spending question ("6개월로
 * 보면?" → the last 6 months), the size of a rate rise ("2%p면?") — or null.
 */
function restatedSlot(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): Partial<CounselSlots> | null {
  const slots = INTENT_SLOTS[previous.intent];
  // "합치면?", "total of both?" / "어디가 더 많아?", "which one was more?" after two shops or categories: the same two,
  // summed first or which took more first.
  if (
    previous.intent === 'SPENDING' &&
    (previous.slots.alsoMerchant || previous.slots.alsoCategory) &&
    isShort(text)
  ) {
    if (/합치|합하|더하면|다\s?합|총\s?얼마|\btotal\b|\bsum\b|\bcombined\b|\btogether\b|\bboth\b/i.test(text))
      return { together: true };
    if (/어디가?\s?더|뭐가\s?더|어느\s?(?:쪽|게|곳|거)|\bwhich\b|\bmore\b/i.test(text))
      return { together: false };
  }
  // "1년이면 얼마야?" after the monthly charges: the same charges for a year (not a 12-month span of spending).
  if (previous.slots.recurring && YEAR_ALONE.test(text)) return { recurring: true, yearly: true };
  // QA round 27 (helper en27). "how much would i save if i cancel all of them" after the monthly charges: what
  // cancelling them all saves (was the savings answer).
  if (previous.slots.recurring && CANCEL_ALL.test(text)) return { recurring: true, cancelAll: true };
  // QA round 27 (helper en27). "how do i cancel netflix" after the monthly charges: that merchant among them (was small
  // talk).
  if (previous.slots.recurring && /\bcancel|\bunsubscribe|\bstop paying\b|해지|끊/i.test(text)) {
    const merchant = extractSlots(text, 'SPENDING').merchant;
    if (merchant) return { recurring: true, merchant };
  }
  // QA round 21 (spend21). "how much a year is that" after how to cut a category ("phone bill seems high, cheaper
  // options?"): that category's month × 12.
  if (
    previous.intent === 'SPENDING' &&
    previous.slots.reduce &&
    previous.slots.category &&
    YEAR_ALONE.test(text)
  )
    return { reduce: true, yearly: true };
  // "그럼 대출은 어떻게 돼요?" after the deposit at risk or a move: the same loan's case, asked again.
  if (previous.intent === 'LOAN_BALANCE' && previous.slots.request && LOAN_ASKED_ALONE.test(text))
    return { request: previous.slots.request };
  // QA round 22 (spendfu). "한 달로 치면요?", "per month?" after a total over months: its month's average, not a
  // one-month span.
  if (
    previous.intent === 'SPENDING' &&
    slots.includes('monthlyAverage') &&
    extractSlots(text, 'SPENDING').monthlyAverage
  )
    return { monthlyAverage: true };
  const span = SPAN_ALONE.exec(text);
  if (span && slots.includes('period')) {
    const n = smallNumber(span[1]) ?? 0;
    const months = /년|year/i.test(span[2]) ? n * 12 : n;
    if (months >= 1 && months <= 24) return { period: { kind: 'LAST_N_MONTHS', months } };
  }
  // "이미 50만원 보냈어요", "I also typed my bank password" after a scam: money or details have gone — the victim's
  // steps (never a prepayment of the amount named).
  if (previous.intent === 'SUSPECTED_FRAUD' && previous.slots.scam && SCAM_ACTED.test(text))
    return { scam: 'VICTIM', ...(previous.slots.scamKind === 'MESSENGER' ? { scamKind: 'MESSENGER' } : {}) };
  // "어디서 제일 차이나요?", "where's the biggest difference?" after the comparison with similar customers: the measures
  // furthest from theirs; after two periods compared: where the rise came from.
  if (previous.intent === 'SPENDING' && PEER_GAP.test(text) && isShort(text)) {
    if (previous.slots.peers) return { peers: true, peerGap: true };
    if (previous.slots.compare) return { changeWhy: true, compare: true, categoryRise: true };
  }
  // "mostly on what", "주로 뭐에요?" after a spending figure: the same period's largest categories.
  if (previous.intent === 'SPENDING' && MOSTLY_ON_WHAT.test(text)) return { top: true };
  // QA round 22 (spendfu). "왜 차이나요?", "why the difference?" after "이번달 식비" then "지난달은?": the two months just
  // asked, this month against last month (was last month against the month before).
  if (
    previous.intent === 'SPENDING' &&
    previous.slots.period?.kind === 'LAST_MONTH' &&
    !previous.slots.compare &&
    slots.includes('changeWhy') &&
    isShort(text) &&
    /차이|달라|다르|\bdifferen(?:ce|t)\b/i.test(text)
  )
    return { changeWhy: true, compare: true, period: { kind: 'LAST_MONTH' } };
  // "왜요?" after a spending figure: what moved it (against the period before); after a payment or a balance: how
  // its interest is worked out.
  if (WHY_ALONE.test(text)) {
    // Last month's figure is explained against the month before it (MONTHS_AGO 1 compares so), not this month's.
    // After a comparison ("이번달 쓴거 지난달이랑 비교해주세요" → "왜 이렇게 차이나요?") the same two periods.
    // QA round 21 (spend21): "why did it jump" after the comparison itself: where the rise came from (categoryRise).
    if (slots.includes('changeWhy'))
      return {
        changeWhy: true,
        compare: true,
        ...(previous.intent === 'SPENDING' && previous.slots.compare && !previous.slots.changeWhy
          ? { categoryRise: true }
          : {}),
        ...(previous.slots.period?.kind === 'LAST_MONTH' && !previous.slots.compare
          ? { period: { kind: 'MONTHS_AGO', months: 1 } }
          : {}),
      };
    if (slots.includes('interestWhy')) return { interestWhy: true };
  }
  // "왜 이렇게 낮아요?", "why so low?" after the score; "what's stopping it from being higher?" after a limit: the
  // same answer, which says what moved the score or what binds the limit.
  if (
    (previous.intent === 'HEALTH_SCORE' || previous.intent === 'LOAN_LIMIT') &&
    (WHY_ALONE.test(text) || WHY_SO_LOW.test(text))
  )
    return {};
  // QA round 27 (helper ko27). "아니 500이요", "그럼 200은?" after a sum weighed against this month ("300만원 써도 돼?"):
  // that sum corrected — a bare figure is said in 만원, as the sum before it was (was a prepayment of 10,000,000원).
  const sumAgain = PURCHASE_AGAIN.exec(text);
  if (sumAgain && previous.intent === 'SAVINGS' && previous.slots.purchase) {
    const said = sumAgain[2]
      ? extractAmount(text)
      : new Decimal(sumAgain[1].replace(/,/g, '')).times(1e4).toFixed(0);
    if (said && new Decimal(said).gt(0)) return { purchase: said };
  }
  // "그럼 3천은?" after a prepayment: 3천만원 repaid instead (a bare 천/백 is said in 만원, as money is).
  const bare = BARE_AMOUNT_ALONE.exec(text);
  if (bare && previous.intent === 'PREPAYMENT_EFFECT')
    return {
      amount: new Decimal(bare[1]).times(bare[2] === '천' ? 1e7 : bare[2] === '백' ? 1e6 : 1e8).toFixed(0),
    };
  // "is that a lot?", "그거 많은 편이에요?" after a spending figure: against the period before (last month's against the
  // month before it).
  if (previous.intent === 'SPENDING' && SPENDING_JUDGED_ALONE.test(text))
    return {
      compare: true,
      ...(previous.slots.period?.kind === 'LAST_MONTH' ? { period: { kind: 'MONTHS_AGO', months: 1 } } : {}),
    };
  // "so what should i do?", "ok what do i do now", "그럼 이제 뭘 해야 돼요?", "그럼 어떻게 해요?", "how much is it
  // exactly": the answer just given, asked again for its next steps (first, when it has them) or figure.
  if (WHAT_NOW.test(text)) return NEXT_STEPS.test(text) ? { nextSteps: true } : {};
  // "so should i do it?" after a prepayment's effect: repaying weighed against keeping the money (the answer's
  // versusSaving); after any other answer, that answer again (it ends with its recommendation).
  if (SHOULD_I_ALONE.test(text)) return previous.intent === 'PREPAYMENT_EFFECT' ? { versusSaving: true } : {};
  // "it was like 735k at some hotel", "73만원짜리요" after a charge they do not recognise: the charges of that amount.
  if (previous.intent === 'SUSPECTED_FRAUD' && !previous.slots.scam) {
    const amount = extractAmount(text);
    if (amount) return { amount };
  }
  // "수수료 있어?" after a prepayment or a payoff: that repayment's fee (the answer leads with it).
  if ((previous.intent === 'PREPAYMENT_EFFECT' || previous.intent === 'PAYOFF_QUOTE') && FEE_ALONE.test(text))
    return { productTopic: 'PREPAYMENT_FEE' };
  // "반대로 내리면요?", "and the other way round?" after a rise of 2 points: a cut of 2 points (and back).
  if (
    previous.slots.rateRise !== undefined &&
    /반대로|거꾸로|\bthe other way(?: round| around)?\b|\bthe opposite\b|\bin reverse\b/i.test(text)
  )
    return { rateRise: -previous.slots.rateRise };
  // QA round 23 (late23b). "no wait, down 1%", "아 아니 1%p 내리면": a correction's lead before the size said alone.
  // "down 1%", "up by 0.5%": the direction said before the size (the sign below reads it).
  const rise = RISE_ALONE.exec(
    text.replace(RISE_CORRECTION_LEAD, '').replace(/^\s*(?:down|up)(?: by)?\s+(?=\d)/i, ''),
  );
  if (
    rise &&
    (previous.slots.rateRise !== undefined ||
      previous.slots.rateTo !== undefined ||
      previous.slots.rateUnchanged)
  ) {
    const v = Number(rise[1]);
    // "1%p면요?" after a cut asks about a larger cut; "오르면" turns it into a rise, "떨어지면" into a cut.
    const sign = /떨어|내리|내려|인하|down|lower/i.test(text)
      ? -1
      : /오르|올라|인상|up|higher/i.test(text)
        ? 1
        : (previous.slots.rateRise ?? 1) < 0
          ? -1
          : 1;
    if (v > 0 && v <= 10)
      return previous.slots.rateUnchanged
        ? { rateUnchanged: undefined, rateRise: sign * v }
        : { rateRise: sign * v };
    // QA round 25 (left25a). "0%면요?" after a rise: a change of 0 %p — the rate as it is (a rate of 0 % is no loan's).
    if (v === 0 && previous.slots.rateRise !== undefined) return { rateRise: undefined, rateUnchanged: true };
  }
  return null;
}

/**
 * The model's ranking of a message; a greeting or a remark before the question ("Hi, I don't read Korean well. What
 * kind of loan do I have?") does not make it chit-chat: when the whole reads as general chat, the last sentence
 * that asks something is ranked alone, and taken when it reads as a finance question.
 */
function questionRanking(
  model: LoadedIntentModel,
  text: string,
): { ranked: ReturnType<typeof rankIntents>; asked: string } {
  const ranked = rankIntents(model, text);
  const whole = { ranked, asked: text };
  if (ranked[0].intent !== 'GENERAL_CHAT') return whole;
  // "안녕하세요, 대출이 얼마나 남았는지 알려주실 수 있을까요?": a greeting, or a clause before the question, set off by a
  // comma rather than a full stop.
  const bySentence = text.split(/(?<=[.!?？。])\s+/).filter((x) => x.trim() !== '');
  const sentences =
    bySentence.length >= 2 ? bySentence : text.split(/(?<=[,，~])\s*/).filter((x) => x.trim().length >= 4);
  if (sentences.length < 2) return whole;
  const last = [...sentences].reverse().find((x) => /[?？]/.test(x)) ?? sentences[sentences.length - 1];
  const alone = rankIntents(model, last);
  return alone[0].intent !== 'GENERAL_CHAT' && alone[0].probability >= QUESTION_ALONE_PROBABILITY
    ? { ranked: alone, asked: last }
    : whole;
}

/**
 * "일본여행에서 카드 얼마 긁었지?", "해외에서 쓴 카드값 얼마예요?" with no period named or inherited: the last twelve months,
 * not this month (payments abroad come in trips; this month usually has none). A trip's spending is what was paid
 * there, in shops: not an overseas website's order from home (online false). Changes and returns `slots`.
 */
function abroadDefaults(slots: CounselSlots, intent: CounselIntent, clean: string): CounselSlots {
  // QA round 20 (spend): "일본 여행 쓴 거 카드값으로 언제 얼마 나가요?": the bill due this month, its part abroad.
  if (slots.overseas && slots.cardBill && !slots.period && intent === 'SPENDING')
    slots.period = { kind: 'THIS_MONTH' };
  if (
    slots.overseas &&
    !slots.period &&
    INTENT_SLOTS[intent].includes('period') &&
    (TRIP_ABROAD.test(clean) || intent === 'SPENDING')
  )
    slots.period = { kind: 'LAST_N_MONTHS', months: 12 };
  if (
    slots.overseas &&
    slots.online === undefined &&
    intent === 'SPENDING' &&
    TRIP_ABROAD.test(clean) &&
    !slots.withFlights
  )
    slots.online = false;
  return slots;
}

/**
 * An action's effect on the credit score asked with the score as "it" ("will it drop if i use revolving?", "리볼빙 쓰면
 * 떨어져요?"), read after the score was asked: the score put in for the pronoun. Not whether it is good, nor raising it.
 */
function creditEffectOfIt(text: string): CounselSlots['creditEffect'] {
  if (extractCreditEffect(text)) return undefined;
  const effect =
    extractCreditEffect(text.replace(/\b(?:it|that|mine|my score|the score)\b/i, 'my credit score')) ??
    extractCreditEffect(`신용점수 ${text.replace(/^\s*(?:그럼|그러면|근데)\s*/, '')}`);
  return effect && effect !== 'GOOD_SCORE' && effect !== 'RAISE' ? effect : undefined;
}

/**
 * What a question asked of its answer, not what it is about: not kept by the follow-up after it ("언제 끝나?" after "그거
 * 한번에 갚을 수 있어?" is when the instalments end, not their prepayment again).
 */
// QA round 21 (loan21): what an answer led with (a prepayment's or a refinance's lead, the burden held) is asked once too.
const ASKED_NOT_KEPT: (keyof CounselSlots)[] = [
  'topPeriod',
  'instalmentPrepay',
  'prepayLead',
  'refinanceLead',
  'heldBurden',
  // QA round 22 (verdict): "과소비예요?" asked once; its follow-up asks a new thing of the spending.
  'spendVerdict',
  // QA round 22 (loanleft): the split of a payment, why a limit is low, a payment made twice — asked once.
  'splitAsked',
  'limitWhy',
  'paidTwice',
  // QA round 24 (spend24b): the month's use asked beside the bill, the categories, the bill against a small month.
  'spentAsked',
  'loanPaymentToo',
  'categoryBreakdown',
  'spentLittle',
  'paydayDue',
  // QA round 28 (helper en28): a month named to compare with, a loan paid off first, the list's largest, asked once.
  'comparedWith',
  'repaidFirst',
  'biggestOfList',
  'dsrLower',
  'loanAfterDeath',
  'figureJudged',
  'itemNoPrice',
];

/**
 * QA round 26 (helper en1). The figures of a what-if or a loan fact — an amount prepaid, borrowed or saved, a rate quoted,
 * a term, a prepayment's month — belong to the question that stated them: a follow-up of the same intent keeps them
 * ("and over 10 years?" after "if I repay 10 million"), one of another intent does not ("and how much can I borrow?"
 * after "if I repay 10 million" was a ₩10,000,000 loan limit, "and card transactions?" the charges of ₩10,000,000). A
 * rule that means to carry one across (answerBound: "그럼 천만원만 갚으면요?" after a payoff) sets it itself. A rate-rise
 * what-if stays carried: every loan answer reads it the same way.
 */
const NOT_CARRIED: (keyof CounselSlots)[] = ['amount', 'quotedRate', 'termMonths', 'prepayAfter'];

/** "그게 다예요?", "이게 전부야?", "is that all?", "that's it?", "anything else?": whether the answer is the whole of it. */
const BARE_ALL =
  /^\s*(?:그럼\s?)?(?:그게|이게|그거|이거|그건|이건)\s?(?:다|전부|끝)(?:예요|에요|이에요|인가요|이야|야|임|이죠|죠|입니까|이니|니|이에여|에여)?\s*[?？!]*\s*$|^\s*(?:다|전부)(?:예요|에요|이에요|인가요|이야|야|임|죠)?\s*[?？]+\s*$|^\s*(?:and\s|so\s)?(?:is\s)?(?:that|it|this)(?:'s|\sis)?\s(?:all|it)\s*[?？!]*\s*$|^\s*(?:and\s)?(?:nothing|anything)\selse\s*[?？]*\s*$/i;
/** "그럼요?", "그래서요?", "and?", "so?": what comes after the answer. */
const BARE_AND =
  /^\s*(?:그럼요|그래서요|그리고요|그럼|그래서|그리고|그\s?다음엔?요?)\s*[?？]+\s*$|^\s*(?:and|and then|so|then|so what|and so|then what|what then)\s*[?？.…]*\s*$/i;
/** "언제요?", "언제야?", "when?", "when is that?": the date of the figure just given. */
const BARE_WHEN =
  /^\s*(?:그럼\s?|그래서\s?)?언제(?:요|예요|에요|야|죠|인가요|쯤이요|쯤|쯤요)?\s*[?？!]*\s*$|^\s*(?:and\s|so\s|but\s)?when(?:\s(?:is|was)\s(?:that|it))?\s*[?？!]*\s*$/i;

/**
 * QA round 25 (fixko1). The answer just given complained of, with no question of its own: "그래서 어쩌라는 거예요",
 * "답변이 하나도 도움이 안 되네", "장난하나", "진작 이렇게 알려주지", "lol thanks for nothing", "that's it? 13k? ok sure".
 */
const ANSWER_COMPLAINT =
  /어쩌라는|어쩌라고|도움이?\s?(?:하나도\s?|전혀\s?|1도\s?)?안\s?(?:되|돼)|장난(?:하나|하냐|해요|하세요|치나|치냐|치세요)|진작\s?(?:이렇게\s?|좀\s?|좀\s?이렇게\s?)?(?:알려|말해|얘기|설명)|\bthanks? for nothing\b|\b(?:that'?s|that is|is that) (?:it|all)\s*[?？][^.!]{0,20}\b(?:ok(?:ay)? sure|sure|great|wow|lol)\b|\b(?:not|wasn'?t|isn'?t) (?:very |at all |remotely )?helpful\b|\b(?:doesn'?t|didn'?t) help(?: at all)?\b/i;
/** What to do first, asked: "제일 먼저 뭘 하면 좋을까요", "뭐부터 해야 돼요", "what should i do first". */
const WHAT_FIRST = /(?:제일|가장)\s?먼저|뭐부터|\bfirst\s*[?？]?\s*$/i;
/** The answer that came too late: "진작 이렇게 알려주지", "진작 말해주지". */
const LATE_ANSWER =
  /진작|\b(?:could(?:n'?t| not| have)|should(?:n'?t| have)) (?:you )?(?:have )?(?:said|told me) (?:that|this|so)\b/i;
/** A figure quoted back in a complaint of the answer ("13k?", "1만3천원?"): the figure just given, not an amount asked. */
const FIGURE_QUOTED = /\d(?:[\d,.]*)\s?(?:k|m|만|천|원)?\s*[?？]/i;

/** What a question asked of the answer sets, not kept by a bare follow-up after it. */
const BARE_DROPPED: (keyof CounselSlots)[] = [
  'interestWhy',
  'changeWhy',
  'nextSteps',
  'bareAsk',
  'topMerchant',
  'largest',
  'costJudged',
  'endsWhen',
  'maturity',
];

/**
 * A bare follow-up on the answer just given (QA round 21: the generic follow-up repeated the whole answer) — its
 * intent and slots, or null where another rule answers it: "왜요?" where the intent has a reason of its own (the
 * interest's working, a spending change, a score's reasons, the card bill's shops) or "언제요?" after the card bill (its
 * payment day). "언제요?" after the instalments is when they end; after a balance, the maturity.
 */
function bareAskOf(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): { intent: CounselIntent; slots: CounselSlots } | null {
  if (previous.intent === 'GENERAL_CHAT') return null;
  const complained = answerComplainedOf(text, previous);
  if (complained) return complained;
  const kind = WHY_ALONE.test(text)
    ? 'WHY'
    : BARE_ALL.test(text)
      ? 'ALL'
      : BARE_AND.test(text)
        ? 'AND'
        : BARE_WHEN.test(text)
          ? 'WHEN'
          : null;
  if (!kind) return null;
  const p = previous.slots;
  if (kind === 'WHY' && (previous.intent === 'SPENDING' || restatedSlot(text, previous) !== null))
    return null;
  // QA round 23 (card23). "why?", "왜요?" after a spending (or card-bill) forecast: what the forecast is made of, the
  // forecast's own reason (the changeWhy rule below), not the forecast again.
  if (
    kind === 'WHY' &&
    previous.intent === 'FORECAST' &&
    (p.forecastSubject ?? 'SPENDING') === 'SPENDING' &&
    !p.extraSpend &&
    p.beyondReach === undefined
  )
    return null;
  // QA round 21 (care21). "왜요?" after an emergency fund's size: why one is needed (the reason of its own).
  if (kind === 'WHY' && p.emergencyFund)
    return { intent: 'SAVINGS', slots: { emergencyFund: true, fundWhy: true } };
  if (kind === 'WHEN' && (p.cardBill || p.nextBill || p.request === 'CARD_DUE_DAY')) return null;
  const kept = Object.fromEntries(
    Object.entries(p).filter(
      ([k]) =>
        !BARE_DROPPED.includes(k as keyof CounselSlots) && !ASKED_NOT_KEPT.includes(k as keyof CounselSlots),
    ),
  ) as CounselSlots;
  if (kind === 'WHEN' && previous.intent === 'CARD_TRANSACTIONS' && p.instalments)
    return { intent: 'CARD_TRANSACTIONS', slots: { ...kept, endsWhen: true } };
  if (
    kind === 'WHEN' &&
    (previous.intent === 'LOAN_BALANCE' || previous.intent === 'LOANS_OVERVIEW') &&
    !p.request &&
    !p.balanceAfter
  )
    return { intent: 'LOAN_BALANCE', slots: { ...(p.loan ? { loan: p.loan } : {}), maturity: true } };
  return { intent: previous.intent, slots: { ...kept, bareAsk: kind } };
}

/**
 * QA round 25 (fixko1). A complaint of the answer just given (ANSWER_COMPLAINT, no other question in it): that
 * subject's answer again, flagged (`answerComplaint`) so that one sentence owns it first. After their rate ("그래서
 * 어쩌라는 거예요" after "3.77% 그대로"), what they can do about it: the rate cut and the switch. A spending figure quoted
 * back ("that's it? 13k?"): what that figure is made of, by place — not a loan of 13,000원.
 */
function answerComplainedOf(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): { intent: CounselIntent; slots: CounselSlots } | null {
  if (!ANSWER_COMPLAINT.test(text) || text.length > 80) return null;
  const p = previous.slots;
  const answerComplaint = LATE_ANSWER.test(text) ? 'LATE' : 'UNHELPFUL';
  const kept = Object.fromEntries(
    Object.entries(p).filter(
      ([k]) =>
        !BARE_DROPPED.includes(k as keyof CounselSlots) && !ASKED_NOT_KEPT.includes(k as keyof CounselSlots),
    ),
  ) as CounselSlots;
  if (
    (previous.intent === 'LOAN_BALANCE' || previous.intent === 'LOANS_OVERVIEW') &&
    (p.currentRate || p.rateChange)
  )
    return { intent: 'REFINANCE', slots: { ...(p.loan ? { loan: p.loan } : {}), answerComplaint } };
  if (previous.intent === 'SPENDING' && FIGURE_QUOTED.test(text))
    return { intent: 'SPENDING', slots: { ...kept, topMerchant: true, answerComplaint } };
  return { intent: previous.intent, slots: { ...kept, answerComplaint } };
}

/** Slots a follow-up on spending (spendingFollowUp) does not keep from the question before: it asks a new thing of it. */
const SPEND_FOLLOW_UP_DROPPED: (keyof CounselSlots)[] = [
  'compare',
  'changeWhy',
  'categoryRise',
  'moreAsked',
  'top',
  'topMerchant',
  'frequentMerchant',
  'largest',
  'monthlyAverage',
  'howMany',
  'usual',
  'yearAgo',
  'spendVerdict',
  'categoryBreakdown',
];

/** "어느 가게요?", "which store?", "where?", "제일 많이 쓴 데는?": the places of the spending just given. */
const WHICH_STORE =
  /^\s*(?:그럼\s?|그러면\s?)?(?:어느|어떤|무슨)\s?(?:가게|매장|곳|데|상점|브랜드)|^\s*(?:그럼\s?|그러면\s?)?(?:주로\s?)?어디(?:서|에서|에)?\s?(?:요|썼|쓴|였|인지|예요|에요)?\s*[?？]?\s*$|(?:가게|매장|사용처)\S{0,2}\s?(?:는|은)?\s?(?:어디|뭐)|(?:제일|가장|젤)\s?많이\s?(?:쓴|결제한|나간)\s?(?:데|곳|가게|매장)|\b(?:which|what) (?:stores?|shops?|merchants?|places?)\b|^\s*(?:and\s|so\s)?where(?:\s(?:was|were|did)\s(?:it|that|they|i spend(?: it)?))?\s*[?？]?\s*$|\bwhere did (?:i|it|that) (?:spend|go)\b|\bwhere did i spend (?:the )?most\b/i;

/** "what was the biggest one?", "제일 큰 건 뭐였어?": the largest payments of the spending just given. */
const BIGGEST_ONE =
  /\b(?:the )?(?:biggest|largest|most expensive) (?:one|purchase|payment|charge|transaction|expense|item)s?\b|(?:제일|가장|젤)\s?(?:큰|비싼)\s?(?:거|건|것|결제|지출|금액)/i;

/**
 * The slots a brief follow-up on spending asks for (null: none of these): the merchants ("어느 가게요?"), the largest
 * payments ("what was the biggest one?"), or, after the card bill, what made it ("why?": the bill's merchants).
 */
function spendingFollowUp(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): CounselSlots | null {
  if (previous.slots.merchant && !previous.slots.alsoMerchant && WHICH_STORE.test(text)) return null;
  if (BIGGEST_ONE.test(text)) return { largest: true };
  if (WHICH_STORE.test(text)) return { topMerchant: true };
  if (previous.slots.cardBill && (WHY_ALONE.test(text) || WHY_HIGH.test(text))) return { topMerchant: true };
  return null;
}

/** Department stores of their own, by brand, and the words that name each alone in a follow-up ("+and lotte?"). */
const DEPARTMENT_STORES: Record<string, true> = {
  현대백화점: true,
  롯데백화점: true,
  신세계백화점: true,
  갤러리아: true,
  백화점: true,
};
function storeNamed(text: string): string | undefined {
  if (/현대|hyundai/i.test(text)) return '현대백화점';
  if (/롯데|lotte/i.test(text) && !/마트|mart|시네마|cinema|월드|world/i.test(text)) return '롯데백화점';
  if (/신세계|shinsegae/i.test(text)) return '신세계백화점';
  if (/갤러리아|galleria/i.test(text)) return '갤러리아';
  return undefined;
}

/** The loan intents after which "rate?" or "int nxt month?" is the loan's (QA round 23, mix23). */
const LOAN_ANSWERS: readonly CounselIntent[] = [
  'LOAN_BALANCE',
  'NEXT_PAYMENT',
  'LOANS_OVERVIEW',
  'REPAYMENT_SCHEDULE',
  'PAYOFF_QUOTE',
];
/** "rate?", "and the rate?", "what rate", "금리는?", "이자율은?" alone. */
const RATE_ALONE =
  /^\s*(?:and\s|so\s)?(?:what(?:'s| is|s)?\s|the\s)?(?:(?:the|its|my)\s)?(?:interest\s)?rate\s*[?？]*\s*$|^\s*(?:그럼\s?)?(?:금리|이자율|이율)\s?(?:는|은)?\s?(?:요|몇\s?(?:프로|%)(?:야|예요|에요)?)?\s*[?？]*\s*$/i;
/** "int nxt month?", "interest next month?", "다음달 이자는?", "이자는?" alone: the next payment's interest. */
const INTEREST_NEXT_ALONE =
  /^\s*(?:and\s|so\s)?(?:(?:the|my)\s)?(?:int|interest)(?:\s(?:for\s|in\s)?(?:nxt|next)\s(?:mo|mth|mnth|month))?\s*[?？]*\s*$|^\s*(?:and\s)?(?:nxt|next)\s(?:mo|mth|mnth|month)(?:'?s)?\s(?:int|interest)\s*[?？]*\s*$|^\s*(?:그럼\s?)?(?:다음\s?달|담달)?\s?이자(?!율)\s?(?:는|은)?\s?(?:요|얼마(?:야|예요|에요)?)?\s*[?？]*\s*$/i;
/** A purchase paid in instalments: "할부로 사면요?", "what if i pay it in 12 installments", "12개월 할부로". */
const SPREAD_ASKED =
  /할부|\binstal?l?ments?\b|\bin (?:\d{1,2}|two|three|six|twelve) (?:monthly )?payments\b|\b(?:pay|paid|spread) (?:it |that |this )?(?:over|across) (?:\d{1,2}|two|three|six|twelve|twenty[- ]four) months\b/i;
/** The amount changed in a what-if: "make that 1 million", "100만원이면요?", "what about 1m instead". */
const AMOUNT_INSTEAD =
  /\bmake (?:that|it)\b|\binstead\b|\bwhat about\b|\bhow about\b|\bwhat if (?:it'?s|it was)\b|(?:이면|라면|으로\s?하면|로\s?하면|면)\s?(?:요|은요|는요)?\s*[?？]*\s*$|^\s*(?:아니\s?|그럼\s?)?\d[\d,.]*\s?(?:만\s?원?|천\s?원?|원|k|m|mil|million)\s*[?？]*\s*$/i;

/** "아니 24개월이요", "24개월로요", "12개월 말고 24개월": the months alone, said again. */
const MONTHS_CORRECTED =
  /^\s*(?:아니\s?|아뇨\s?|아니요\s?|그럼\s?|no\s?,?\s?)?(?:\d{1,2}\s?개월\s?(?:말고|아니고|아니라)\s?)?(\d{1,2})\s?(?:개월|months?)\s?(?:이요|이에요|예요|요|으로요|로요|으로|로|이면요|이면|할부(?:로요|로|요)?)?\s*[?？.!]*\s*$/i;
/** "200 말고 150", "200만원 아니고 150만원", "150 말고 200": the price corrected (a bare figure in 만원, as said). */
const AMOUNT_CORRECTED =
  /(\d[\d,.]*)\s?(억|만\s?원?|천\s?만\s?원?|원)?\s?(?:말고|아니고|아니라|대신)\s?(\d[\d,.]*)\s?(억|만\s?원?|천\s?만\s?원?|원)?/;

/**
 * QA round 26 (ko3). A purchase weighed ("노트북 200만원 12개월 할부로 사려는데 괜찮을까요?") corrected in the next
 * turn: the months ("아니 24개월이요") or the price ("200 말고 150" — a bare figure is read in the unit of the one it
 * replaces, or in 만원 when that one times 10,000 is the price weighed).
 */
function purchaseCorrection(text: string, price: string): { months?: number; amount?: string } {
  const m = MONTHS_CORRECTED.exec(text);
  if (m) {
    const months = Number(m[1]);
    return months >= 2 && months <= CONVERSION_MAX_MONTHS ? { months } : { months: 0 };
  }
  const a = AMOUNT_CORRECTED.exec(text);
  if (!a) return {};
  const unit = a[4] ?? a[2];
  const figure = a[3].replace(/,/g, '');
  let amount: string | undefined;
  if (unit) amount = extractAmount(`${figure}${unit.replace(/\s/g, '')}`);
  else if (new Decimal(a[1].replace(/,/g, '')).times(10_000).eq(price) || new Decimal(figure).lt(10_000))
    amount = new Decimal(figure).times(10_000).toFixed(0);
  else amount = new Decimal(figure).toFixed(0);
  return amount && new Decimal(amount).gte(10_000) ? { amount } : {};
}

/**
 * QA round 23 (mix23). Follow-ups that lost their subject:
 * - after an affordability check of a purchase ("50만원짜리 폰 사도 대출 갚을 수 있을까요?", `extraSpend`): "할부로
 *   사면요?", "what if i pay it in 12 installments" — the same purchase in instalments (`spreadMonths`; was the card's
 *   instalments already held, or the loan's 12-instalment schedule); "nah make that 1 million" — the same check with that
 *   amount (was small talk);
 * - after a loan's answer ("loan bal?"): "rate?" — the loan's rate; "int nxt month?" — the next payment and its
 *   interest (both were the spending forecast);
 * - after the rate: "아니 전세대출 말고 신용대출", "i meant my credit loan" — that loan's rate (none held: said so, the
 *   loans they have; was the jeonse balance).
 */
function mix23FollowUp(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  const ps = previous.slots;
  // QA round 26. "what if I pay it over 24 months" after "can i afford a 1.2 million phone?" (this month's room for a
  // purchase): the same purchase weighed on instalments (was a ₩10,000,000 prepayment example).
  if (
    previous.intent === 'SAVINGS' &&
    ps.purchase &&
    ps.carInstalment === undefined &&
    isBrief(text) &&
    SPREAD_ASKED.test(text) &&
    !/대출|\bloans?\b|\bmortgage\b/i.test(text)
  ) {
    const m = /(\d{1,2})\s?(?:개월|달|months?|instal?l?ments?|(?:monthly )?payments)/i.exec(text);
    const months = m ? Number(m[1]) : 0;
    return {
      intent: 'FORECAST',
      slots: {
        extraSpend: ps.purchase,
        forecastSubject: 'SPENDING',
        monthAhead: 0,
        affordAsked: true,
        spreadMonths: months >= 2 && months <= CONVERSION_MAX_MONTHS ? months : 0,
      },
      inherited: [],
    };
  }
  if (previous.intent === 'FORECAST' && ps.extraSpend && isBrief(text)) {
    const kept = (Object.keys(ps) as (keyof CounselSlots)[]).filter((k) => k !== 'spreadMonths');
    const base = Object.fromEntries(kept.map((k) => [k, ps[k]])) as CounselSlots;
    if (SPREAD_ASKED.test(text) && !/대출|\bloans?\b|\bmortgage\b/i.test(text)) {
      const m = /(\d{1,2})\s?(?:개월|달|months?|instal?l?ments?|(?:monthly )?payments)/i.exec(text);
      const months = m ? Number(m[1]) : 0;
      return {
        intent: 'FORECAST',
        slots: { ...base, spreadMonths: months >= 2 && months <= CONVERSION_MAX_MONTHS ? months : 0 },
        inherited: kept,
      };
    }
    // QA round 26 (ko3). The purchase's months or price corrected: "아니 24개월이요", "200 말고 150".
    const corrected = purchaseCorrection(text, ps.extraSpend);
    if (corrected.months !== undefined && ps.spreadMonths !== undefined)
      return {
        intent: 'FORECAST',
        slots: { ...base, spreadMonths: corrected.months },
        inherited: kept,
      };
    if (corrected.amount)
      return {
        intent: 'FORECAST',
        slots: {
          ...base,
          extraSpend: corrected.amount,
          ...(ps.spreadMonths !== undefined ? { spreadMonths: ps.spreadMonths } : {}),
        },
        inherited: kept.filter((k) => k !== 'extraSpend'),
      };
    const amount = extractAmount(text);
    if (amount && new Decimal(amount).gte(10_000) && AMOUNT_INSTEAD.test(text))
      return {
        intent: 'FORECAST',
        slots: {
          ...base,
          extraSpend: amount,
          ...(ps.spreadMonths !== undefined ? { spreadMonths: ps.spreadMonths } : {}),
        },
        inherited: kept.filter((k) => k !== 'extraSpend'),
      };
  }
  // "다음달 대출 이자 얼마에요?" → "아 아니 카드값 말한거에요", "sorry i meant my card bill": next month's card bill.
  if (
    previous.intent === 'NEXT_PAYMENT' &&
    ps.nextMonthSaid &&
    isBrief(text) &&
    /카드\s?값|카드\s?대금|카드\s?결제|\bcard (?:bill|payment|statement)\b/i.test(text) &&
    /아니|말고|말한|\bmeant\b|\bmean\b|\bnot\b|\bsorry\b|\bno\b/i.test(text)
  )
    return {
      intent: 'SPENDING',
      slots: { cardBill: true, nextBill: true, period: { kind: 'THIS_MONTH' } },
      inherited: [],
    };
  const loan = ps.loan ? { loan: ps.loan } : {};
  if (LOAN_ANSWERS.includes(previous.intent) && RATE_ALONE.test(text))
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...loan, currentRate: true },
      inherited: ps.loan ? ['loan'] : [],
    };
  if (LOAN_ANSWERS.includes(previous.intent) && INTEREST_NEXT_ALONE.test(text))
    return { intent: 'NEXT_PAYMENT', slots: { ...loan }, inherited: ps.loan ? ['loan'] : [] };
  if (ps.currentRate && isBrief(text) && /말고|아니|\bmeant\b|\bmean\b|\bnot\b|\binstead\b/i.test(text)) {
    const ref = extractLoanRef(text);
    if (ref)
      return { intent: 'LOAN_BALANCE', slots: { loan: ref, currentRate: true }, inherited: ['currentRate'] };
  }
  return null;
}

/** "no i meant", "sorry, i meant", "oh wait i meant": the words before "i meant" of a correction (QA round 23, mix23). */
const MEANT_LEAD = /^\s*(?:(?:no+|nope|nah|sorry|oops|oh|wait|ah)\b[\s,.!]*){1,3}(?=i (?:meant|mean)\b)/i;

/** A loan named: 대출, 전세대출, 주담대, loan, mortgage. */
const LOAN_WORD = /대출|주담대|\b(?:loans?|mortgage)\b/i;
/** A card or its bill named (the card's instalments are not the loan's). */
const CARD_WORD = /카드|할부|\b(?:card|credit card|bill)\b/i;
/** The loans' answers a count of payments left can follow. */
const LOAN_INTENTS: ReadonlySet<CounselIntent> = new Set<CounselIntent>([
  'LOAN_BALANCE',
  'LOANS_OVERVIEW',
  'NEXT_PAYMENT',
  'REPAYMENT_SCHEDULE',
]);
/** A prepayment said: "100만원 더 갚으면", "if i pay 1m extra", "repay 1m early". */
const PAY_EXTRA =
  /더\s?(?:갚|내|상환)|미리\s?(?:갚|상환)|중도\s?상환|추가로\s?(?:갚|내|상환)|\b(?:pay|repay|put)\b[^.?!]{0,20}\b(?:extra|more|early|ahead|off)\b|\bprepay/i;
/** The due date asked to move: "납입일 바뀌어요?", "does my due date change". */
const DUE_DATE_MOVES =
  /(?:납입|결제|상환|이체)\s?(?:일|날짜)\S{0,2}\s?(?:도\s?)?(?:바뀌|바꿔|바뀔|달라|변경|당겨|앞당|미뤄|늦춰)|\b(?:due|payment) (?:date|day)s?\b[^.?!]{0,20}\b(?:change|move|shift|different|same)|\b(?:change|move|shift)s?\b[^.?!]{0,20}\b(?:due|payment) (?:date|day)/i;
/** Why (of a fact just given): "why no principal??", "왜 원금은 안 갚아요?", "how come". */
const WHY_ASKED = /왜|어째서|이유|\bwhy\b|\bhow come\b/i;
/** Until when a payment is not late: "며칠까지 봐줘요?", "언제까지 기다려줘요?", "is there a grace period". */
const GRACE_ASKED =
  /(?:며칠|몇\s?일|언제)\s?까지\s?(?:봐|기다려|유예|괜찮|안\s?늦|연체\s?안)|며칠\s?(?:봐|기다려|유예)|유예\s?(?:기간|며칠)|\bgrace period\b|\bhow (?:late|long) can i (?:pay|leave it|wait)\b|\bwhen (?:does|is) it (?:count as )?late\b/i;
/** A big card spend said: "이번달 카드 많이 썼는데", "카드값 많이 나왔는데", "i spent a lot on my card". */
const CARD_SPENT_MUCH =
  /카드\S{0,3}\s?(?:를\s?|을\s?)?(?:많이|엄청|너무|왕창|좀\s?많이)\s?(?:썼|긁|나왔|나와|나올)|\b(?:spent|used|put) (?:a lot|so much|too much|loads)\b[^.?!]{0,20}\bcard|\bcard bill\b[^.?!]{0,20}\b(?:big|huge|high|massive)\b/i;
/** The loan payment asked to be affordable: "대출이자 낼 수 있을까?", "can i still pay my loan". */
const LOAN_PAYABLE =
  /(?:대출|이자|납입)\S{0,4}\s?(?:낼|갚을|내도|감당|막을)\s?(?:수|돼|될|되|할|있)|\b(?:afford|cover|make|pay)\b[^.?!]{0,25}\b(?:loan|interest)\b/i;
/** A figure checked: "right?", "맞죠?", "맞아요?", "correct?", "isn't it". */
const CHECKED =
  /\bright\s*[?？]|\bcorrect\s*[?？]|\bisn'?t it\b|\bam i right\b|맞(?:죠|지|아요|아|나요|나|습니까|을까요|죠\?)\s*[?？]?|(?:이|이었|였)죠\s*[?？]/i;
/** An amount to borrow, repay, prepay or afford beside a loan: another question than a balance checked. */
const NOT_A_BALANCE =
  /받|빌리|빌려|빌릴|한도|갚|상환|가능|될까|되나|\b(?:borrow|limit|get|qualify|afford|repay|prepay|pay off|pay)\b/i;
/** The loan's instalments left counted: "how many payments left", "몇 회 남았어요", "몇회차 남았어요" (not months). */
const PAYMENTS_COUNT =
  /\bhow many (?:more )?(?:payments|instal?lments)\b[^.?!]{0,20}\b(?:left|remaining|to go)\b|몇\s?(?:회|번)\s?(?:차\s?)?(?:남|더\s?(?:내|갚))/i;

/**
 * QA round 24 (loan24). Loan questions the model read as another: the instalments left counted (was the overview), what
 * can be asked about the loan (was the overview or hardship), whether a prepayment moves the due date (was the next
 * payment), why an interest-only loan repays no principal after the fact was given (was the same answer), until when a
 * payment is not late after the next payment (was its D-day), whether the loan payment survives a big card bill (was
 * the month's spending) and a loan balance and card bill checked together (was the bill alone).
 */
function loan24Rule(
  clean: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  const loanOf = (): Pick<CounselSlots, 'loan'> => {
    const loan = extractSlots(clean, 'LOAN_BALANCE').loan;
    return loan ? { loan } : previous?.slots.loan ? { loan: previous.slots.loan } : {};
  };
  const inheritedLoan = (): (keyof CounselSlots)[] =>
    !extractSlots(clean, 'LOAN_BALANCE').loan && previous?.slots.loan ? ['loan'] : [];
  // "대출 관련해서는 뭘 물어볼 수 있어요?", "what can I ask about my loan?".
  if (CAPABILITY_ASKED.test(clean) && LOAN_WORD.test(clean) && !CARD_WORD.test(clean))
    return { intent: 'LOANS_OVERVIEW', slots: { loanQuestions: true }, inherited: [] };
  // "대출 몇회차 남았어요", "how many payments left on my loan" (or after a loan answer, not the card's instalments).
  if (
    PAYMENTS_COUNT.test(clean) &&
    !CARD_WORD.test(clean) &&
    !SCHEDULE_ASKED.test(clean) &&
    (LOAN_WORD.test(clean) ||
      (previous && LOAN_INTENTS.has(previous.intent as CounselIntent) && !previous.slots.instalments))
  )
    return { intent: 'LOAN_BALANCE', slots: { ...loanOf(), paymentsLeft: true }, inherited: inheritedLoan() };
  // "100만원 더 갚으면 납입일 바뀌어요?", "if i pay 1m extra on my loan this month does my due date change".
  const amount = extractAmount(clean);
  if (amount && PAY_EXTRA.test(clean) && DUE_DATE_MOVES.test(clean) && !CARD_WORD.test(clean))
    return {
      intent: 'PREPAYMENT_EFFECT',
      slots: { ...loanOf(), amount, dueDateKept: true },
      inherited: inheritedLoan(),
    };
  // "why no principal??" after "is that principal or just interest?" (the interest-only loan): why it is so.
  if (
    previous?.intent === 'LOAN_BALANCE' &&
    previous.slots.request === 'BALANCE_FLAT' &&
    WHY_ASKED.test(clean) &&
    isBrief(clean)
  )
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...loanOf(), request: 'BALANCE_FLAT', flatWhy: true },
      inherited: ['request', ...inheritedLoan()],
    };
  // "며칠까지 봐줘요?" after the next payment: until when it is not late, then penalty interest and the credit bureaus.
  if (
    previous &&
    (previous.intent === 'NEXT_PAYMENT' || previous.intent === 'REPAYMENT_SCHEDULE') &&
    GRACE_ASKED.test(clean) &&
    isBrief(clean)
  )
    return { intent: 'ARREARS', slots: { ...loanOf(), graceUntil: true }, inherited: inheritedLoan() };
  // "이번달 카드 많이 썼는데 대출이자 낼 수 있을까?": the income on file against the card bill and the loan payment.
  if (CARD_SPENT_MUCH.test(clean) && LOAN_PAYABLE.test(clean))
    return { intent: 'SPENDING', slots: { cardBill: true, loanAfterCard: true }, inherited: [] };
  // "ok so the loan is 169m right? and card bill like 1.8m?": each figure said, confirmed or corrected.
  const check = figuresChecked(clean);
  if (check)
    return check.bill
      ? { intent: 'SPENDING', slots: { cardBill: true, figuresCheck: check }, inherited: [] }
      : { intent: 'LOAN_BALANCE', slots: { ...loanOf(), figuresCheck: check }, inherited: inheritedLoan() };
  return null;
}

/**
 * The loan balance and the card bill said to be checked ("ok so the loan is 169m right? and card bill like 1.8m?",
 * "대출 1억6900 맞죠? 카드값은 180만원쯤이고?"): the amount said after each subject, up to the other; undefined unless
 * a loan amount is said with a check ("right?", "맞죠") — a card bill alone is the bill's own question.
 */
function figuresChecked(text: string): CounselSlots['figuresCheck'] | undefined {
  if (!CHECKED.test(text) || NOT_A_BALANCE.test(text)) return undefined;
  const loanAt = text.search(LOAN_WORD);
  const billAt = text.search(/카드\s?값|카드\s?대금|카드\s?결제|\bcard bill\b|\bcard\b/i);
  if (loanAt < 0) return undefined;
  const loanPart = billAt > loanAt ? text.slice(loanAt, billAt) : text.slice(loanAt);
  const billPart = billAt < 0 ? '' : billAt > loanAt ? text.slice(billAt) : text.slice(billAt, loanAt);
  const loan = extractAmount(loanPart);
  if (!loan) return undefined;
  const bill = billPart ? extractAmount(billPart) : undefined;
  return { loan, ...(bill ? { bill } : {}) };
}

/** "how do i get it to 80", "80점 되려면": the score the customer wants to reach (1–100). */
const SCORE_TARGET =
  /\b(?:get|bring|push|raise|take|boost|improve|lift)\s(?:it|that|this|my (?:financial )?(?:health )?score|the score)\s(?:up\s)?to\s(\d{1,3})\b|\b(?:reach|hit|get to|make it)\s(\d{1,3})(?:\s?(?:points?|pts))?\b|(\d{1,3})\s?점\s?(?:까지|으로|로|이\s?되|되려면|되게|만들|넘)/i;
/** "can i cancel it", "how do i stop it", "해지할 수 있어요?": a charge just talked about, stopped. */
const CANCEL_IT =
  /\b(?:cancel|unsubscribe|stop (?:paying|it|that|this|the (?:charge|payment|plan))|end (?:it|that|the (?:plan|contract)))\b|해지|해약|끊(?:을|으려면|고\s?싶|어도|으면)|그만\s?(?:내|나가|빠져)/i;
/** "one small thing i can do this week", "이번 주에 할 수 있는 거 하나만": one step from their own spending. */
const ONE_STEP =
  /\b(?:one|1|a|some) (?:small |little |easy |simple |quick |concrete )?(?:thing|step|change)s?\b[^.?!]{0,25}\b(?:i (?:can|could|should) (?:do|try|change)|to (?:do|try|start))\b|(?:이번\s?주|오늘|당장)[^.?!]{0,12}(?:할\s?수\s?있는|해\s?볼\s?(?:수\s?있는|만한))\s?(?:작은\s?)?(?:거|것|일|한\s?가지|하나)|(?:작은|쉬운)\s?(?:거|것|일)\s?(?:하나|한\s?가지)\s?(?:만\s?)?(?:추천|알려)/i;
/** "can i still afford …", "낼 수 있을까요": whether a payment can still be paid. */
const AFFORD_ASKED =
  /\bcan i (?:still )?(?:afford|pay|cover|manage)\b|\bwill i (?:still )?be able to (?:pay|afford|cover)\b|\bis (?:it|that) (?:still )?affordable\b|감당|(?:낼|갚을|내도)\s?수\s?있|버틸\s?수\s?있/i;
/** What a new loan does to the credit score: "how would that affect my credit score", "신용점수에 영향 있어요?". */
const CREDIT_SCORE_HIT =
  /\b(?:affect|hurt|impact|lower|damage|drop|ding|change|do to)\b[^.?!]{0,20}\bcredit (?:score|rating)\b|\bcredit (?:score|rating)\b[^.?!]{0,20}\b(?:go down|drop|fall|affected|hurt)\b|신용\s?(?:점수|등급)\S{0,3}\s?(?:에\s?)?(?:영향|떨어|내려|깎|어떻게)/i;
/** "what happens when my jeonse loan matures", "what do i do at maturity": the sum due, then how it is repaid. */
// QA round 26 (helper en1): "how do I repay my jeonse loan when the lease ends?", "(전세) 계약 끝나면 전세대출 어떻게
// 갚아요?" — how the sum due at maturity is repaid (was the balance alone).
const MATURITY_WHAT =
  /\bwhat (?:happens|will happen|would happen|do i do|should i do|then)\b[^.?!]{0,40}\b(?:matur\w*|(?:loan|term|lease) ends?)\b|\bhow (?:do|will|can|should|would) i (?:repay|pay back|pay off|pay|clear)\b[^.?!]{0,40}\b(?:matur\w*|(?:loan|term|lease|contract|tenancy) (?:ends?|is up|expires?|runs out)|end of (?:the|my) (?:lease|term|contract))\b|(?:만기|계약\s?(?:이\s?)?(?:끝나|종료|만료))\S{0,4}\s?(?:때\s?|되면\s?|하면\s?)?(?:전세\s?)?(?:대출\S{0,2}\s?)?(?:은\s?|는\s?)?어떻게\s?갚/i;
/** "is that principal or just interest?": the payment's split asked (only an instalment has one). */
const SPLIT_ASKED =
  /\b(?:principal|interest) or (?:just |only )?(?:the )?(?:interest|principal)\b|원금\S{0,3}\s?(?:아니면|이에요\s?|인가요\s?)?이자(?:만|예요|에요|인가요)/i;

/** QA round 28 (ko28). An uneven income: "프리랜서라", "수입이 들쭉날쭉", "소득이 불규칙", "수입이 일정하지 않아". */
const IRREGULAR_INCOME =
  /프리랜서|(?:수입|소득|월급|벌이)\S{0,2}\s?(?:이\s?|가\s?)?(?:들쭉날쭉|들쑥날쑥|불규칙|불안정|일정하지\s?않|일정치\s?않|매달\s?달라|달마다\s?달라)/;
/** QA round 28 (ko28). The loans' payments or a worry about them beside it. */
const REPAY_WORRY = /대출|갚|상환|납입|이자|원리금|빚|걱정|불안|괜찮|어떡|어떻게/;
/** QA round 28 (ko28). A credit bureau named: KCB (올크레딧) or NICE (나이스지키미). */
const BUREAU_KCB = /\bkcb\b|케이씨비|올\s?크레딧/i;
const BUREAU_NICE = /나이스(?!하)|\bnice\b(?=[^.?!]{0,15}(?:점수|score))/i;
/** QA round 28 (ko28). The bureau set aside: "나이스 말고 kcb요" — the one before 말고 is not the one asked. */
const BUREAU_NOT = /(?:\bkcb\b|케이씨비|올\s?크레딧|나이스|\bnice\b)\s?(?:말고|아니고|아니라)/i;
/** QA round 28 (ko28). Both card kinds named and one of them asked for: "신용카드랑 체크카드 중에 뭐가 나아?". */
const CREDIT_CARD_SAID = /신용\s?카드|\bcredit cards?\b/i;
const DEBIT_CARD_SAID = /체크\s?카드|\b(?:debit|check) cards?\b/i;
const EITHER_ASKED =
  /중에|중\s|뭐가|뭘로|어느|어떤\s?(?:게|거|걸)|아니면|나아|낫|유리|좋아|좋을|\bor\b|\bvs\.?\b|\bwhich\b|\bbetter\b/i;
/** QA round 28 (ko28). Asked to lend money: "빌려달라는데", "빌려줘도 될까요", "꿔달래요", "돈 빌려줄까". */
const LEND_ASKED =
  /빌려\s?(?:달라|달래|달란|줘도|줄까|주면|줘야|주려|드려도|드릴까|드리면|드려야|드리려)|꿔\s?(?:달라|달래|줘도|줄까|주면)|빌려\s?주(?:는|기|려)/;
/** QA round 28 (ko28). This month's living money short: "이번 달 생활비 너무 부족해요" (was this month's card spending). */
const MONTH_SHORT =
  /(?:이번\s?달|이달)[^.?!]{0,6}(?:생활비|돈)\S{0,2}\s?(?:가\s?|이\s?)?(?:너무\s?|좀\s?|많이\s?|진짜\s?)?(?:부족|모자|빠듯)/;
/** QA round 28 (ko28). The card bill above the pay: "카드값이 월급보다 많이 나와요 어떡해요" (was this month against last). */
const CARD_OVER_PAY =
  /카드\s?(?:값|대금)\S{0,2}\s?(?:이\s?|가\s?)?(?:월급|급여|수입|소득|버는\s?(?:돈|것|거))\S{0,2}\s?보다\s?(?:더\s?)?(?:많|커|크|높)/;
/** QA round 28 (ko28). Cancelling insurance: "보험 해지하면 돈이 좀 생길까요", "보험 깨면 얼마 받아요?". */
const INSURANCE_CANCEL = /보험\S{0,3}\s?(?:을\s?|를\s?|좀\s?)?(?:해지|해약|깨|정리)/;
/** QA round 28 (ko28). What to do when the loan matures: "만기 되면 어떻게 해야 돼요?", "만기 때 뭘 해야 돼요?". */
const MATURITY_WHAT_TO_DO =
  /어떻게\s?(?:해야|하면|하나|하죠|해요|돼|되|하지)|뭘\s?해야|뭐\s?해야|뭐\s?하면|어떡/;
/** QA round 28 (ko28). Lasting to payday or the month's end asked: "월급날까지 버틸 수 있을까요", "이번 달 버틸 수 있어요?". */
const LAST_TO_PAYDAY =
  /(?:월급날?|급여일|이번\s?달|월말|이달)\S{0,3}\s?(?:까지\s?)?(?:는\s?)?(?:버틸|버티|버텨|견딜|견뎌|살\s?수\s?있|살\s?만\s?해|생활\s?(?:할|가능))/;

/**
 * QA round 28 (ko28). A worried Korean customer's questions the model or an earlier rule read as another:
 * - "프리랜서라 수입이 들쭉날쭉해서 대출 갚는 게 걱정돼요" (a prepayment example): the loans' monthly payments and how many
 *   months of them a usual month leaves over (`irregularIncome`);
 * - "아니 kcb 점수요", "kcb 점수 알려줘", "나이스 말고 kcb요" after a score (the health score again, or the hardship
 *   ladder): the credit score with the bureau named (`bureau`);
 * - "연말정산 신용카드랑 체크카드중에 뭐가 나아?" (led "네,"): the comparison (`debitOrCredit`);
 * - "동생이 300만원 빌려달라는데 빌려줘도 될까요" (a loan limit for the customer): the month's room, said of money lent
 *   (`lendTo`);
 * - "월급날까지 버틸 수 있을까요" (the hardship ladder), "이번 달 생활비 너무 부족해요" (this month's card spending),
 *   "카드값이 월급보다 많이 나와요 어떡해요" (this month against last): the month's money (`leftThisMonth`);
 * - "다음 달엔 얼마 나와요?" after this month's card bill (the loan's next payment): next month's bill;
 * - "만기 되면 어떻게 해야 돼요?" (the maturity date again): where the sum due then comes from (`sumFrom`);
 * - "보험 해지하면 돈이 좀 생길까요" (the hardship ladder): what cancelling returns and costs (`insuranceCancel`).
 */
function ko28Rule(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  if (!/[가-힣]/.test(text)) return null;
  if (IRREGULAR_INCOME.test(text) && REPAY_WORRY.test(text) && !TWO_MONTHS_OUTGOINGS.test(text))
    return { intent: 'HARDSHIP', slots: { irregularIncome: true }, inherited: [] };
  const named = text.replace(new RegExp(BUREAU_NOT.source, 'gi'), ' ');
  const bureau = BUREAU_KCB.test(named) ? 'KCB' : BUREAU_NICE.test(named) ? 'NICE' : undefined;
  if (bureau && (/점수|신용|등급/.test(text) || (previous?.intent === 'HEALTH_SCORE' && isBrief(text))))
    return { intent: 'HEALTH_SCORE', slots: { scoreKind: 'CREDIT', bureau }, inherited: [] };
  if (
    CREDIT_CARD_SAID.test(text) &&
    DEBIT_CARD_SAID.test(text) &&
    EITHER_ASKED.test(text) &&
    (/연말\s?정산|공제|세금|환급/.test(text) || previous?.slots.cardDeduction)
  )
    return {
      intent: 'PRODUCT_QUESTION',
      slots: {
        cardDeduction: true,
        debitBetter: true,
        debitOrCredit: true,
        productTopic: 'TAX_DEDUCTION',
        period: { kind: 'THIS_YEAR' },
      },
      inherited: [],
    };
  if (INSURANCE_CANCEL.test(text) && !/자동차|車|\bcar\b/i.test(text))
    return {
      intent: 'SPENDING',
      slots: { category: 'INSURANCE', period: { kind: 'LAST_N_MONTHS', months: 12 }, insuranceCancel: true },
      inherited: [],
    };
  if (LEND_ASKED.test(text) && !/대출|한도|은행|카드론|\bloan/i.test(text)) {
    const sum = extractAmount(text);
    return {
      intent: 'SAVINGS',
      slots: { leftThisMonth: true, lendTo: true, ...(sum ? { purchase: sum } : {}) },
      inherited: [],
    };
  }
  if (
    /만기/.test(text) &&
    MATURITY_WHAT_TO_DO.test(text) &&
    // Not what happens if it cannot be repaid or the deposit does not come back (their own answers).
    !/적금|예금|보험|이자|금리|연장|이사|못|없|안\s?(?:돌려|되|갚)|집주인|연체|늦|\d/.test(text)
  )
    return {
      intent: 'LOAN_BALANCE',
      slots: { maturity: true, request: 'EXTENSION', sumFrom: true },
      inherited: [],
    };
  if (
    (LAST_TO_PAYDAY.test(text) || MONTH_SHORT.test(text) || CARD_OVER_PAY.test(text)) &&
    extractAmount(text) === undefined &&
    !/몇\s?달|몇\s?개월/.test(text)
  )
    return { intent: 'SAVINGS', slots: { leftThisMonth: true }, inherited: [] };
  if (
    previous?.intent === 'SPENDING' &&
    previous.slots.cardBill &&
    !previous.slots.nextBill &&
    isBrief(text) &&
    /다음\s?달/.test(text) &&
    /얼마|나와|나올|청구/.test(text) &&
    !/대출|이자|납입|\bloan/i.test(text)
  )
    return {
      intent: 'SPENDING',
      slots: { cardBill: true, nextBill: true, period: { kind: 'THIS_MONTH' } },
      inherited: ['cardBill'],
    };
  return null;
}

/**
 * QA round 25 (left25b). English questions answered beside the point or as small talk:
 * - "how do i get it to 80" after the health score → the points missing and the factors that give them (`scoreTarget`);
 * - "can i cancel it" after a recurring card charge → how to stop it, not the fraud steps (`cancelCharge`);
 * - "one small thing i can do this week" → one step from this month's largest spending (`oneStep`; was small talk);
 * - "i got a 20% pay cut, can i still afford my jeonse loan interest?" → yes or no first (`affordAfterCut`);
 * - "how would that affect my credit score" after a car loan → what that loan does to the score and the DSR (NEW_LOAN);
 * - "what happens when my jeonse loan matures" → the sum due, then the returned deposit or the extension (`maturityWhat`);
 * - "is that principal or just interest?" asked first → the next payment's split (the interest-only loan), not the
 *   balance.
 */
function left25bRule(
  clean: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  const p = previous?.intent;
  const ps = previous?.slots ?? {};
  const target = SCORE_TARGET.exec(clean);
  const goal = target ? Number(target[1] ?? target[2] ?? target[3]) : NaN;
  if (
    goal > 0 &&
    goal <= 100 &&
    ((p === 'HEALTH_SCORE' && ps.scoreKind !== 'CREDIT') || /health score|건강\s?점수/i.test(clean)) &&
    !/credit|신용/i.test(clean)
  )
    return { intent: 'HEALTH_SCORE', slots: { creditEffect: 'RAISE', scoreTarget: goal }, inherited: [] };
  if (
    p === 'SUSPECTED_FRAUD' &&
    !ps.scam &&
    (ps.amount !== undefined || ps.merchant !== undefined) &&
    isBrief(clean) &&
    CANCEL_IT.test(clean) &&
    !CARD_WORD.test(clean)
  ) {
    const kept = {
      ...(ps.amount !== undefined ? { amount: ps.amount } : {}),
      ...(ps.merchant !== undefined ? { merchant: ps.merchant } : {}),
    };
    return {
      intent: 'SUSPECTED_FRAUD',
      slots: { ...kept, cancelCharge: true },
      inherited: Object.keys(kept) as (keyof CounselSlots)[],
    };
  }
  if (ONE_STEP.test(clean) && !LOAN_WORD.test(clean))
    return { intent: 'SPENDING', slots: { oneStep: true, period: { kind: 'THIS_MONTH' } }, inherited: [] };
  if (AFFORD_ASKED.test(clean) && /이자|대출|\b(?:interest|loan|mortgage|payments?)\b/i.test(clean)) {
    const hardship = extractSlots(clean, 'HARDSHIP');
    if (hardship.incomeChange && new Decimal(hardship.incomeChange).lt(0))
      return { intent: 'HARDSHIP', slots: { ...hardship, affordAfterCut: true }, inherited: [] };
  }
  if (p === 'LOAN_LIMIT' && ps.amount && CREDIT_SCORE_HIT.test(clean) && isBrief(clean))
    return {
      intent: 'LOAN_LIMIT',
      slots: {
        ...(ps.loanKind ? { loanKind: ps.loanKind } : {}),
        amount: ps.amount,
        ...(ps.termMonths ? { termMonths: ps.termMonths } : {}),
        creditEffect: 'NEW_LOAN',
        scoreKind: 'CREDIT',
      },
      inherited: [
        'amount',
        ...(ps.loanKind ? (['loanKind'] as const) : []),
        ...(ps.termMonths ? (['termMonths'] as const) : []),
      ],
    };
  if (MATURITY_WHAT.test(clean) && LOAN_WORD.test(clean) && !EXTENSION_WORD.test(clean)) {
    const loan = extractSlots(clean, 'LOAN_BALANCE').loan;
    return {
      intent: 'LOAN_BALANCE',
      slots: { ...(loan ? { loan } : {}), maturity: true, maturityWhat: true },
      inherited: [],
    };
  }
  if ((!previous || p === 'GENERAL_CHAT') && SPLIT_ASKED.test(clean) && isBrief(clean))
    return { intent: 'LOAN_BALANCE', slots: { request: 'BALANCE_FLAT' }, inherited: [] };
  return null;
}

/** Understanding of one message with a given model (training and evaluation pass candidates). */
/** QA round 28 (helper en28). The customer's death said: "if i die", "when i pass away", "제가 죽으면", "사망하면". */
const DEATH_SAID =
  /\bif i (?:die|died|pass away|passed away|was to die|were to die)\b|\bwhen i (?:die|pass away)\b|\b(?:after|upon|on) my death\b|\bif something happens to me\b|(?:제가\s?|내가\s?)?(?:죽으면|죽게\s?되면|사망하면|세상을\s?떠나면)/i;
/** A family member taking a loan over: "can my wife take over my loan", "아내가 대출 이어받을 수 있어요?". */
const TAKEOVER_ASKED =
  /\b(?:wife|husband|spouse|partner|son|daughter|kids?|children|family|parents?|mom|dad|mother|father)\b[^.?!]{0,30}\b(?:take over|takes over|taking over|inherit|assume|continue paying|keep paying|transfer)\b|\b(?:transfer|hand over|pass)\b[^.?!]{0,20}\bloans?\b[^.?!]{0,20}\bto (?:my )?(?:wife|husband|spouse|partner|son|daughter|family)\b|(?:아내|남편|배우자|와이프|자녀|아들|딸|가족)\S{0,2}\s?[^.?!]{0,15}(?:이어\s?받|넘겨\s?받|승계|인수|대신\s?갚)/i;
const DEBT_WORD = /\bloans?\b|\bdebts?\b|\bmortgage\b|대출|빚|채무/i;
/** "and if i pay off the jeonse loan first", "what if i repay my loan first": a loan cleared before the new one. */
const PAID_OFF_FIRST =
  /\b(?:pay|paid|paying) (?:off|back|down)\b|\brepa(?:y|id|ying)\b|\bclear(?:ed|ing)?\b|갚(?:고|으면|는다면|았|은)|상환(?:하고|하면)/i;
/** Another month named to compare with: "than august", "vs september", "8월보다". */
const OTHER_MONTH_COMPARED =
  /\b(?:than|vs\.?|versus|with|to|and)\s+(?:in\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|(\d{1,2})\s?월\s?(?:보다|이랑|과|와|대비|에\s?비해)/i;
/** The month a message compares its month with ("than august", "8월보다"), 1–12. */
function comparedMonth(text: string): number | undefined {
  const m = OTHER_MONTH_COMPARED.exec(text);
  if (!m) return undefined;
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[2]) : undefined;
  return EN_MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1 || undefined;
}
/** The landlord raising the deposit: "my landlord wants to raise the deposit by 20 million", "집주인이 보증금 2천 올려달래요". */
const LANDLORD_RAISE =
  /\blandlord\b[^.?!]{0,40}\b(?:raise|raising|increase|increasing|put(?:ting)? up|up|more)\b|\b(?:raise|raising|increase|increasing|put(?:ting)? up)\b[^.?!]{0,20}\b(?:the |my )?(?:jeonse )?deposit\b|\bdeposit\b[^.?!]{0,20}\b(?:go(?:es|ing)? up|rais(?:ed|ing)|increas(?:ed|ing))\b|(?:집주인|주인)\S{0,2}\s?[^.?!]{0,15}(?:보증금|전세금)[^.?!]{0,15}(?:올려|올린|올리|인상)/i;
const RENEWAL_SAID = /\brenew|\bextend|\bextension\b|연장|갱신/i;
/** "how do i lower it", "how can i bring it down", "어떻게 낮춰요": lowering the figure just given. */
const LOWER_HOW =
  /\bhow (?:do|can|could|would|should) i (?:lower|reduce|cut|bring down|decrease|get down|improve)\b|\b(?:lower|reduce|bring down|decrease) (?:it|that|this|my dsr)\b|\bways? to (?:lower|reduce)\b|(?:어떻게|어떡해야)\s?(?:하면\s?)?(?:낮|줄|내리)|(?:낮추|줄이|내리)(?:려면|는\s?방법)/i;
/** "which one is the biggest", "which is the largest", "제일 큰 건 뭐예요": the largest of the list just given. */
const WHICH_BIGGEST =
  /\bwhich (?:one |of (?:them|these|those) )?(?:is|was|'s) (?:the )?(?:biggest|largest|highest|most expensive|priciest)\b|\bwhat(?:'s| is) the (?:biggest|largest|highest) one\b|^\s*(?:and |so )?(?:the )?(?:biggest|largest|highest) (?:one)?\s*[?？]*\s*$|(?:어떤|어느|뭐|무엇)\S{0,2}\s?(?:게|가)?\s?(?:제일|가장|젤)\s?(?:커|큰|많|비싼)|(?:제일|가장|젤)\s?(?:큰|비싼|많은)\s?(?:건|게|거)/i;

/** "in a year", "a year", "per year", "yearly", "1년에", "일 년에", "연간": a year's worth asked. */
const A_YEAR_OF =
  /\b(?:in|per|a|each|every|over a|for a) year\b|\byearly\b|\bannually\b|\bannual\b|(?:1|일|한)\s?년(?:에|간|\s?동안)|연간/i;
/** "can i afford a new tv", "could i afford the laptop": a thing to buy, its price not said. */
const AFFORD_ITEM = /\b(?:can|could) i (?:really )?afford (?:to buy )?(?:a|an|the|a new|my)\s+\w+/i;
/** Not a thing bought: the loans, their payments, rent, bills, a trip. */
const AFFORD_NOT_ITEM =
  /\bloans?\b|\bmortgage\b|\bpayments?\b|\brent\b|\bbills?\b|\bdebts?\b|\bcard\b|\btrip\b|\bholiday\b|\bvacation\b|\bwedding\b|\bcar\b|\bhouse\b|\bhome\b|\bflat\b|\bapartment\b/i;
/** "hmm and my tv?", "what about the sofa?": another thing, after a purchase weighed on the month. */
const ITEM_TOO =
  /^\s*(?:(?:hmm+|um+|ok(?:ay)?|oh|so|well)[\s,.]*)?(?:and|what about|how about)\s+(?:my|the|a|a new|an)\s+[a-z][a-z ]{0,20}\s*[?？]*\s*$/i;

/**
 * QA round 28 (helper en28). A worried customer's questions answered beside the point: their loans at their death or
 * taken over by their spouse (were the loans' overview), a limit's what-ifs that keep the loan asked of (the car loan
 * with a raised salary; a loan paid off first), the landlord's raised deposit (the jeonse loan's top-up, was a savings
 * goal), how to lower the DSR (was spending cuts), a month compared with the one named (was the month before it), the
 * largest of a list just given, and the card deduction meant after the tax deduction (was the flagged charges).
 */
function en28Rule(
  clean: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  const p = previous?.intent;
  const ps = previous?.slots ?? {};
  if (DEATH_SAID.test(clean) && (DEBT_WORD.test(clean) || p === 'LOANS_OVERVIEW' || p === 'LOAN_BALANCE'))
    return { intent: 'LOANS_OVERVIEW', slots: { loanAfterDeath: 'DEATH' }, inherited: [] };
  if (TAKEOVER_ASKED.test(clean) && (DEBT_WORD.test(clean) || /\bit\b|그거|이거/i.test(clean)))
    return { intent: 'LOANS_OVERVIEW', slots: { loanAfterDeath: 'TAKEOVER' }, inherited: [] };
  // "my landlord wants to raise the deposit by 20 million": the jeonse loan's top-up for that rise (a renewal's
  // extension asked with it stays the renewal's answer).
  const raise = LANDLORD_RAISE.test(clean) && !RENEWAL_SAID.test(clean) ? extractAmount(clean) : undefined;
  if (raise)
    return {
      intent: 'LOAN_LIMIT',
      slots: { loanKind: 'JEONSE', jeonseTopUp: true, depositRaise: raise },
      inherited: [],
    };
  if (p === 'LOAN_LIMIT' && clean.trim().split(/\s+/).length <= 12) {
    const said = extractSlots(clean, 'LOAN_LIMIT');
    const keep = (['loanKind', 'termMonths', 'nonBank'] as const).filter(
      (k) => ps[k] !== undefined && said[k] === undefined,
    );
    const kept = Object.fromEntries(keep.map((k) => [k, ps[k]])) as CounselSlots;
    // "what if my salary goes up 10%" after the car loan's limit: the car loan's, on the raised income.
    if ((said.incomeChange || said.statedIncome) && keep.includes('loanKind') && isBrief(clean))
      return { intent: 'LOAN_LIMIT', slots: { ...said, ...kept }, inherited: [...keep] };
    // "and if i pay off the jeonse loan first": the limit with that loan's repayments out of the DSR.
    const loan = extractLoanRef(clean);
    if (loan && PAID_OFF_FIRST.test(clean) && /\b(?:if|first|then|after)\b|먼저|하고|면/i.test(clean))
      return { intent: 'LOAN_LIMIT', slots: { ...kept, repaidFirst: loan }, inherited: [...keep] };
  }
  // "how do i lower it" after their DSR: its levers (was the spending's cuts).
  if (
    p === 'PRODUCT_QUESTION' &&
    (ps.productTopic === 'DSR' || ps.productTopic === 'LENDING_RATIOS') &&
    isBrief(clean) &&
    LOWER_HOW.test(clean)
  )
    return {
      intent: 'PRODUCT_QUESTION',
      slots: { productTopic: 'DSR', dsrLower: true },
      inherited: ['productTopic'],
    };
  if (/\bmy dsr\b|\bdsr\b/i.test(clean) && LOWER_HOW.test(clean))
    return { intent: 'PRODUCT_QUESTION', slots: { productTopic: 'DSR', dsrLower: true }, inherited: [] };
  // "which one is the biggest" after a loan's schedule or the card instalments' fee: that list's largest.
  if (isBrief(clean) && WHICH_BIGGEST.test(clean)) {
    if (p === 'REPAYMENT_SCHEDULE')
      return {
        intent: 'REPAYMENT_SCHEDULE',
        slots: { ...loanOf(ps), biggestOfList: true },
        inherited: loanInherited(ps),
      };
    if (p === 'PRODUCT_QUESTION' && ps.productTopic === 'INSTALMENT_FEE')
      return {
        intent: 'CARD_TRANSACTIONS',
        slots: { instalments: true, biggestOfList: true },
        inherited: [],
      };
  }
  // "is that a lot" after a category's or a shop's spending over a quarter or more: that figure against the whole
  // card spending of the same period (was against the year before it).
  const span = ps.period;
  const long =
    (span?.kind === 'LAST_N_MONTHS' && span.months >= 3) ||
    (span !== undefined &&
      ['THIS_YEAR', 'LAST_YEAR', 'FIRST_HALF', 'SECOND_HALF', 'THIS_QUARTER', 'LAST_QUARTER'].includes(
        span.kind,
      ));
  if (p === 'SPENDING' && long && (ps.category || ps.merchant) && SPENDING_JUDGED_ALONE.test(clean)) {
    const keep = (['period', 'category', 'merchant'] as const).filter((k) => ps[k] !== undefined);
    const kept = Object.fromEntries(keep.map((k) => [k, ps[k]])) as CounselSlots;
    return { intent: 'SPENDING', slots: { ...kept, figureJudged: true }, inherited: [...keep] };
  }
  // "can i afford a new tv" (no price) and "hmm and my tv?" after a purchase weighed on the month: what this month
  // allows (were the hardship options and small talk).
  const item =
    (AFFORD_ITEM.test(clean) && !AFFORD_NOT_ITEM.test(clean)) ||
    (p === 'SAVINGS' && ps.leftThisMonth && ps.purchase !== undefined && ITEM_TOO.test(clean));
  if (item && extractAmount(clean) === undefined)
    return { intent: 'SAVINGS', slots: { leftThisMonth: true, itemNoPrice: true }, inherited: [] };
  // "no i meant the credit card one" after the tax deduction of their loans: the card deduction.
  if (
    p === 'PRODUCT_QUESTION' &&
    ps.productTopic === 'TAX_DEDUCTION' &&
    isBrief(clean) &&
    /\b(?:credit |debit |check )?cards?\b|카드/i.test(clean)
  )
    return {
      intent: 'PRODUCT_QUESTION',
      slots: { cardDeduction: true, period: { kind: 'THIS_YEAR' } },
      inherited: [],
    };
  return null;
}

function understandWithCore(
  model: LoadedIntentModel,
  text: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
  options: { topicGate?: boolean; exampleIntent?: CounselIntent | null } = {},
): MessageUnderstanding {
  // QA round 23 (mix23). "no i meant last month", "sorry i meant …" after an answer: read as "i meant last month" (was
  // small talk; "no, last month" and "i meant last month" already worked).
  const clean = fixTypos(text.replace(CONTROL, ' '))
    .replace(previous ? MEANT_LEAD : /(?!)/, '')
    .replace(THANKS_LEAD, '');
  const { ranked, asked } = questionRanking(model, clean);
  /** A rule's reading: certain, with the model's other intents as the alternatives. */
  const byRule = (
    reading: Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> & Partial<MessageUnderstanding>,
  ): MessageUnderstanding => ({
    ...reading,
    confidence: 1,
    alternatives: ranked.filter((r) => r.intent !== reading.intent).slice(0, 3),
  });
  // QA round 23 (chat23). Thanks, a closing, relief or a newcomer's "what can I ask?": the chat, before any rule.
  if (
    !options.exampleIntent &&
    (socialOnly(clean) || (CAPABILITY_ASKED.test(clean) && !SUBJECT_NAMED.test(clean)))
  )
    return byRule({
      intent: 'GENERAL_CHAT',
      slots: {},
      inherited: [],
    });
  // QA round 24 (loan24). The loans' own questions the model read as another (loan24Rule).
  const onLoan24 = options.exampleIntent ? null : loan24Rule(clean, previous);
  if (onLoan24) return byRule(onLoan24);
  // QA round 25 (left25b). English questions answered beside the point or as small talk (left25bRule).
  const onLeft25b = options.exampleIntent ? null : left25bRule(clean, previous);
  if (onLeft25b) return byRule(onLeft25b);
  // QA round 28 (ko28). A worried Korean customer's questions read as another (ko28Rule).
  const onKo28 = options.exampleIntent ? null : ko28Rule(clean, previous);
  if (onKo28) return byRule(onKo28);
  // QA round 28 (helper en28). A worried customer's questions answered beside the point (en28Rule).
  const onEn28 = options.exampleIntent ? null : en28Rule(clean, previous);
  if (onEn28) return byRule(onEn28);
  // QA round 23 (chat23). "그럼 대출이자까지 하면?" after the card bill: the bill and the loan payment together, the
  // month's outgoings (was the loans' overview or the bill again).
  if (
    !options.exampleIntent &&
    previous?.intent === 'SPENDING' &&
    previous.slots.cardBill &&
    !previous.slots.outgoings &&
    LOAN_ADDED.test(clean)
  )
    return byRule({
      intent: 'SPENDING',
      slots: { outgoings: true, monthAhead: previous.slots.monthAhead ?? (previous.slots.nextBill ? 1 : 0) },
      inherited: ['monthAhead'],
      fragment: true,
    });
  // QA round 24 (fu24). "둘이 합치면 얼마예요?", "both together?" after the loan's next payment (the card asked before
  // it): the month's outgoings, the card bill and the loan payment together (was the loans' overview alone).
  if (
    !options.exampleIntent &&
    previous?.intent === 'NEXT_PAYMENT' &&
    !previous.slots.outgoings &&
    BOTH_SUMMED.test(clean)
  )
    return byRule({
      intent: 'SPENDING',
      slots: { outgoings: true, monthAhead: 1 },
      inherited: [],
      fragment: true,
    });
  // QA round 24 (fu24). "일본에서 쓴 것도 포함이야?", "does that include what i spent abroad?" after a spending figure:
  // that spending's part abroad (was small talk).
  if (
    !options.exampleIntent &&
    previous?.intent === 'SPENDING' &&
    !previous.slots.outgoings &&
    !previous.slots.recurring &&
    ABROAD_INCLUDED.test(clean)
  ) {
    const { overseas: _o, compare: _c, ...kept } = previous.slots;
    return byRule({
      intent: 'SPENDING',
      slots: { ...kept, overseas: true, overseasIncluded: true },
      inherited: Object.keys(kept) as (keyof CounselSlots)[],
      fragment: true,
    });
  }
  // QA round 24 (fu24). "통장에 지금 60만원 있는데 버틸 수 있을까", "i have 600k in my account, will it last till payday?":
  // that money against what falls due before payday (the payday said, or stated earlier: withStatedFigures) — was small
  // talk.
  const held = options.exampleIntent ? undefined : moneyHeldAsked(clean);
  if (held)
    return byRule({
      intent: 'NEXT_PAYMENT',
      slots: held,
      inherited: [],
    });
  // QA round 23 (chat23). Anger at the rate ("your bank is a ripoff, 3.77% is robbery", "이 은행 진짜 최악이다 이자
  // 장난하나"): what a rate cut or a switch would do (was the small-talk line); sarcasm at a bill ("oh great, another
  // bill. love that for me"): the bill (answers open with an acknowledgement, FRUSTRATED).
  if (!options.exampleIntent && RATE_ANGER.test(clean))
    return byRule({
      intent: 'REFINANCE',
      // The rate named in anger is their own, not a rate offered elsewhere.
      slots: extractSlots(clean.replace(/\d+(?:\.\d+)?\s?%/g, ' '), 'REFINANCE'),
      inherited: [],
    });
  if (!options.exampleIntent && BILL_SARCASM.test(clean))
    return byRule({
      intent: 'SPENDING',
      slots: { ...extractSlots(clean, 'SPENDING'), cardBill: true },
      inherited: [],
    });
  // QA round 23 (chat23). "이자는?", "ㅇㅈ는?" after the loan's balance: the interest of its next payment (was the
  // balance again).
  if (
    !options.exampleIntent &&
    (previous?.intent === 'LOAN_BALANCE' || previous?.intent === 'LOANS_OVERVIEW') &&
    !previous.slots.request &&
    INTEREST_ALONE.test(clean)
  )
    return byRule({
      intent: 'NEXT_PAYMENT',
      slots: previous.slots.loan ? { loan: previous.slots.loan } : {},
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // QA round 23 (chat23). "대출 얼마", "ㄷㅊ 얼마": what is owed on the loan (the model read a limit).
  if (!options.exampleIntent && LOAN_HOW_MUCH.test(clean))
    return byRule({
      intent: 'LOAN_BALANCE',
      slots: extractSlots(clean, 'LOAN_BALANCE'),
      inherited: [],
    });
  // QA round 25 (fixko2). "전세대출 1.5억으로 줄이려면 얼마 갚아야 돼요?": the prepayment that brings the loan's principal
  // down to that balance (was the balance alone); a monthly payment or spending brought down is not read here.
  const target = options.exampleIntent ? undefined : extractTargetBalance(clean);
  if (
    target &&
    (/대출|잔액|원금|빚|\bloans?\b|\bbalance\b|\bmortgage\b/i.test(clean) ||
      (previous && LOAN_TALK.includes(previous.intent))) &&
    !/납입|이자|할부|카드|지출|소비|식비|생활비|\bmonthly\b|\bpayments?\b|\binterest\b|\bspend/i.test(clean)
  ) {
    const loan = extractSlots(clean, 'PREPAYMENT_EFFECT').loan ?? previous?.slots.loan;
    return byRule({
      intent: 'PREPAYMENT_EFFECT',
      slots: { targetBalance: target, ...(loan ? { loan } : {}) },
      inherited: !extractSlots(clean, 'PREPAYMENT_EFFECT').loan && loan ? ['loan'] : [],
    });
  }
  // QA round 25 (fixko2). "프리랜서라 수입이 들쭉날쭉해요. 이번달이랑 다음달에 빠져나갈 돈 정리해주세요": both months'
  // outgoings listed, loan payments and card bills (was the debt-workout answer, or the loan's next payment alone).
  if (
    !options.exampleIntent &&
    TWO_MONTHS_OUTGOINGS.test(clean) &&
    /이번\s?달|이달|\bthis month\b/i.test(clean)
  )
    return byRule({
      intent: 'SPENDING',
      slots: { outgoings: true, monthAhead: 0, outgoingsNext: true },
      inherited: [],
    });
  // QA round 25 (fixko2). "앞으로 만기까지 이자 총 얼마 내는 거예요?": the loan's interest still to pay to maturity (was
  // a card-spending forecast, "앞으로" read as one).
  if (
    !options.exampleIntent &&
    INTEREST_LEFT.test(clean) &&
    /만기|끝까지|다\s?갚을\s?때까지|\bmaturity\b|\bthe end\b/i.test(clean) &&
    !/카드|지출|소비|\bcard\b|\bspend/i.test(clean)
  )
    return byRule({
      intent: 'LOAN_BALANCE',
      slots: extractSlots(clean, 'LOAN_BALANCE'),
      inherited: [],
    });
  // QA round 24 (en24a). English follow-ups that continue the subject, and English questions misread (en24Rule).
  const onEn24 = options.exampleIntent ? null : en24Rule(clean.replace(FIRST_QUESTION_LEAD, ''), previous);
  if (onEn24)
    return byRule({
      ...onEn24,
      fragment: !!previous && onEn24.inherited.length > 0,
    });
  // QA round 24 (plan24). Big purchases, hardship in its own words, the newlyweds' jeonse switch, the two scores.
  const plan24 = options.exampleIntent ? null : plan24Rule(clean, previous);
  if (plan24) return byRule(plan24);
  const allShown = options.exampleIntent ? null : allOfPeriodRule(clean);
  if (allShown) return byRule(allShown);
  const ruled = options.exampleIntent ?? decisiveIntent(clean);
  // "how much did i spend on my card in october" (the card rules' list): a total asked is the spending answer.
  const decided =
    !options.exampleIntent &&
    ruled === 'CARD_TRANSACTIONS' &&
    (SPENT_HOW_MUCH.test(clean) ||
      // QA round 20 (spend): "해외에서 쓴 거 이번달 결제금액 얼마야": the bill asked, not the list.
      (/얼마|\bhow much\b/i.test(clean) && extractSlots(clean, 'SPENDING').cardBill === true)) &&
    !/보여|목록|내역|\blist\b|\bshow\b|\bwhich\b|\bwhat did i buy\b|뭐\s?샀|뭘\s?샀|무엇을/i.test(clean)
      ? 'SPENDING'
      : ruled;
  // QA round 22 (cardif). "다음달에 100만원 더 쓰면 카드값?", "12월에 여행가면 100만원 정도 쓸 것 같은데 감당될까요?", "can
  // I afford a 1m trip in december?": the bill that spending lands on (the month after it is spent), the forecast bill
  // plus the amount — and with "감당될까요" whether the month's income covers it (was this month's bill, a prepayment, or
  // this month's money left). "99개월 후 카드값": further than the forecast reaches, said so (was this month's bill).
  const extraSpend = options.exampleIntent ? undefined : extractExtraCardSpend(clean);
  const beyondReach = options.exampleIntent || extraSpend ? undefined : cardBillBeyondReach(clean);
  if (extraSpend || beyondReach !== undefined)
    return byRule({
      intent: 'FORECAST',
      slots: extraSpend ?? { forecastSubject: 'SPENDING', beyondReach },
      inherited: [],
    });
  // QA round 23 (care23). "300만원 할부로 하면 한달에 얼마예요?", "3000000 won in instalments, how much a month?": a
  // purchase of that amount split into monthly instalments (was the instalments on file, the amount read as a count).
  const plan = options.exampleIntent ? undefined : instalmentPlanOf(clean);
  if (plan)
    return byRule({
      intent: 'CARD_TRANSACTIONS',
      slots: plan,
      inherited: [],
    });
  // QA round 23 (care23). "수술때문에 두달 쉬어야 하는데 카드값이랑 대출 어떻게해요?", "i need 2 months off for surgery,
  // what about my card bills and loan?": the customer's illness with months off work and the card bills is hardship
  // (was this month's card bill): what falls due in those months, card bills and loan payments.
  const off =
    options.exampleIntent || !ILLNESS_SAID.test(clean) ? undefined : extractSlots(clean, 'HARDSHIP');
  if (off?.offCardBills)
    return byRule({
      intent: 'HARDSHIP',
      slots: off,
      inherited: [],
    });
  // QA round 26 (helper en1). "what is 신용회복위원회?", "what's the credit counseling committee": what it is and when each
  // programme applies (was the hardship answer, in Korean).
  if (!options.exampleIntent && CREDIT_COUNSELING_ASKED.test(clean))
    return byRule({
      intent: 'PRODUCT_QUESTION',
      slots: { productTopic: 'CREDIT_COUNSELING' },
      inherited: [],
    });
  // QA round 26 (helper en1). "my hospital bills are piling up": the month's room and the ways to ease it (was fraud).
  if (!options.exampleIntent && MEDICAL_PILING.test(clean) && !FAMILY_CARE.test(clean))
    return byRule({
      intent: 'SPENDING',
      slots: { medicalPiling: true, cardBill: true },
      inherited: [],
    });
  // QA round 23 (care23). "병원비 카드로 긁어도 될까요": whether to, from this month's card bill (was the medical spending).
  if (!options.exampleIntent && medicalOnCardAsked(clean))
    return byRule({
      intent: 'SPENDING',
      slots: { medicalOnCard: true, cardBill: true },
      inherited: [],
    });
  // QA round 23 (mix23). Follow-ups of an affordability check and of a loan's answer (mix23FollowUp).
  const mix23 = previous && !options.exampleIntent ? mix23FollowUp(clean, previous) : null;
  if (mix23)
    return byRule({
      ...mix23,
      fragment: true,
    });
  // QA round 26 (helper en1). "interest rate?", "금리는?" alone, after a prepayment, a refinance or arrears, after a turn
  // on something else or first: the customer's own rate (was the rate outlook, the rate said in its second sentence).
  // After the outlook itself it stays the outlook's follow-up.
  if (!options.exampleIntent && RATE_ALONE.test(clean) && previous?.intent !== 'FORECAST') {
    const keep =
      previous?.slots.loan && previous.intent !== 'GENERAL_CHAT' ? { loan: previous.slots.loan } : {};
    return byRule({
      intent: 'LOAN_BALANCE',
      slots: { ...keep, currentRate: true },
      inherited: keep.loan ? ['loan'] : [],
      fragment: !!previous,
    });
  }
  // A comparison asked about the spending just given continues it (below), its category kept.
  // "작년 이맘때랑 비교하면?", "compared to this time last year?" after a period's spending: that period, a year back.
  const yearBack = previous?.intent === 'SPENDING' && YEAR_AGO.test(clean);
  const continues =
    decided === 'SPENDING' && previous?.intent === 'SPENDING' && (COMPARED_BACK.test(clean) || yearBack);
  // QA round 21 (left20). "왜요?", "그게 다예요?", "그럼요?", "언제요?" (and "why?", "is that all?", "and?", "when?")
  // after an answer that has no reason or next figure of its own: a short answer (bareAsk), not the answer again.
  const bare = previous && !options.exampleIntent ? bareAskOf(clean, previous) : null;
  if (bare && previous)
    return byRule({
      intent: bare.intent,
      slots: bare.slots,
      inherited: (Object.keys(bare.slots) as (keyof CounselSlots)[]).filter(
        (k) => k !== 'bareAsk' && k !== 'maturity' && k !== 'endsWhen' && k !== 'answerComplaint',
      ),
      fragment: true,
    });
  // "how much would that be on january 20?", "3개월 뒤면요?" after a payoff: the payoff on that day, the loan kept (QA
  // round 16: that day's card spending, or a spending forecast).
  const payoffOn =
    previous?.intent === 'PAYOFF_QUOTE' &&
    !options.exampleIntent &&
    (decided === null || decided === 'SPENDING' || decided === 'FORECAST' || decided === 'PAYOFF_QUOTE') &&
    !/썼|쓴|지출|spen[dt]|카드|\bcard\b/i.test(clean)
      ? // "and if i pay it next month instead?", "다음 달에 갚으면요?": the same day next month (QA round 19: today's again).
        (extractDay(clean) ??
        (/(?:다음|담)\s?달\s?(?:에|에는|쯤)|\bnext month\b/i.test(clean)
          ? { kind: 'MONTHS_AHEAD' as const, months: 1 }
          : payoffMonthAlone(clean)))
      : undefined;
  if (payoffOn && previous)
    return byRule({
      intent: 'PAYOFF_QUOTE',
      slots: { ...(previous.slots.loan ? { loan: previous.slots.loan } : {}), payoffOn },
      inherited: previous.slots.loan ? ['loan'] : [],
    });
  // QA round 21 (card21). "그럼 다음달은?", "다다음달은요?", "3개월 뒤는요?", "1월은?", "what about dec" after a forecast (of
  // the card bill or of spending): that month's forecast, its subject kept (was this month's bill again, or the loan's
  // instalment after next). "그 다음 달은?" steps from the month just forecast (below).
  const forecastMonth =
    previous?.intent === 'FORECAST' && !options.exampleIntent && FORECAST_MONTH_ALONE.test(clean)
      ? forecastSpanSaid(clean)
      : undefined;
  // QA round 23 (card23). "5m less?", "-5m more", "200만원이면?", "200만원 덜 쓰면?" after more spent on the card: that
  // amount instead, the month kept — less or a minus is less spent (a negative `extraSpend`), never more.
  const otherSpend =
    previous?.intent === 'FORECAST' && previous.slots.extraSpend && !options.exampleIntent && isBrief(clean)
      ? extractAmount(clean)
      : undefined;
  if (
    previous &&
    otherSpend &&
    new Decimal(otherSpend).gte(10_000) &&
    !/대출|이자|상환|갚|\bloans?\b|\binterest\b|\brepay|\bprepay/i.test(clean)
  ) {
    const less = /덜|줄이|\bless\b|\bcut\b|(?:^|[\s(])[-−–]\s?(?:₩\s?)?\d/i.test(clean);
    return byRule({
      intent: 'FORECAST',
      slots: {
        ...previous.slots,
        extraSpend: less ? new Decimal(otherSpend).negated().toFixed() : otherSpend,
      },
      inherited: (Object.keys(previous.slots) as (keyof CounselSlots)[]).filter((k) => k !== 'extraSpend'),
      fragment: true,
    });
  }
  // QA round 21 (card21). "왜 늘어요?", "why that high" after a spending or card-bill forecast: why the forecast is what it
  // is (its trend, the one-off months, the instalments), the month kept (was last month's jump, or small talk).
  if (
    previous?.intent === 'FORECAST' &&
    (previous.slots.forecastSubject ?? 'SPENDING') === 'SPENDING' &&
    !options.exampleIntent &&
    (WHY_ALONE.test(clean) || WHY_HIGH.test(clean))
  )
    return byRule({
      intent: 'FORECAST',
      slots: { ...previous.slots, forecastSubject: 'SPENDING', changeWhy: true },
      inherited: Object.keys(previous.slots) as (keyof CounselSlots)[],
      fragment: true,
    });
  // QA round 21 (card21). "그럼 다음분기는?", "what about next quarter" after a quarter's spending or a forecast: the next
  // quarter's spending forecast (was the current quarter again); "cheaper month coming?" after either: the month ahead
  // forecast lowest.
  const quarterAhead =
    (previous?.intent === 'SPENDING' || previous?.intent === 'FORECAST') &&
    (previous.slots.forecastSubject ?? 'SPENDING') === 'SPENDING' &&
    !options.exampleIntent &&
    isBrief(clean)
      ? NEXT_QUARTER_ALONE.test(clean)
        ? { nextQuarter: true }
        : CHEAPER_MONTH.test(clean) && !/대출|이자|\bloans?\b|\binterest\b/i.test(clean)
          ? { lowestAhead: true, months: 3 }
          : undefined
      : undefined;
  if (quarterAhead && previous)
    return byRule({
      intent: 'FORECAST',
      slots: {
        forecastSubject: 'SPENDING',
        ...(previous.intent === 'FORECAST' && previous.slots.cardBill ? { cardBill: true } : {}),
        ...quarterAhead,
      },
      inherited: ['forecastSubject'],
      fragment: true,
    });
  if (forecastMonth && previous) {
    const kept = (Object.keys(previous.slots) as (keyof CounselSlots)[]).filter(
      (k) => !FORECAST_SPAN_SLOTS.includes(k) && k !== 'changeWhy',
    );
    return byRule({
      intent: 'FORECAST',
      slots: { ...Object.fromEntries(kept.map((k) => [k, previous.slots[k]])), ...forecastMonth },
      inherited: kept,
      fragment: true,
    });
  }
  // QA round 24 (spend24b). Card spending and forecast questions read elsewhere (spend24bRule).
  const onSpend24b = !options.exampleIntent ? spend24bRule(clean, previous) : null;
  if (onSpend24b)
    return byRule({
      ...onSpend24b,
      fragment: !!previous && onSpend24b.inherited.length > 0,
    });
  // QA round 23 (date23). Dates as deadlines, D-days, the lump sum at maturity, two subjects (date23Rule).
  const onDate23 = !options.exampleIntent ? date23Rule(clean, previous) : null;
  if (onDate23)
    return byRule({
      ...onDate23,
      fragment: !!previous,
    });
  // QA round 27 (helper ko27). The payday asked with no day said: none is on file (paydayAsked).
  if (
    PAYDAY_ASKED.test(clean) &&
    extractPayday(clean) === undefined &&
    extractPaydayInDays(clean) === undefined
  )
    return byRule({ intent: 'SAVINGS', slots: { paydayAsked: true }, inherited: [] });
  // QA round 27 (helper ko27). "넷플릭스 해지할까", "구독 끊을까": the monthly charges, that one's first (was small talk).
  if (SUBSCRIPTION_CANCEL.test(clean) && !/대출|적금|예금|보험|\bloans?\b/i.test(clean)) {
    const merchant = extractMerchant(clean);
    if (merchant || /구독|정기\s?결제|멤버십|\bsubscriptions?\b/i.test(clean))
      return byRule({
        intent: 'SPENDING',
        slots: { recurring: true, ...(merchant ? { merchant } : {}) },
        inherited: [],
      });
  }
  // QA round 27 (helper ko27). Wedding and funeral gifts: cash or transfers, on no card category (giftMoney).
  if (GIFT_MONEY.test(clean) && !/대출|\bloans?\b|적금|모으|모아|저축/i.test(clean)) {
    const period = extractPeriod(clean);
    return byRule({
      intent: 'SPENDING',
      slots: { giftMoney: true, ...(period ? { period } : {}) },
      inherited: [],
    });
  }
  // QA round 23 (late23b). A reaction to the card bill just given (cardBillReaction).
  const onBill = !options.exampleIntent ? cardBillReaction(clean, previous) : null;
  if (onBill)
    return byRule({
      intent: 'SPENDING',
      slots: onBill.slots,
      inherited: onBill.inherited,
      fragment: true,
    });
  // QA round 23 (loan23). What a month's outgoings are made of, asked of them (outgoingsFollowUp).
  const parts = previous && !options.exampleIntent ? outgoingsFollowUp(clean, previous) : null;
  if (parts)
    return byRule({
      intent: 'SPENDING',
      slots: parts.slots,
      inherited: parts.inherited,
      fragment: true,
    });
  // QA round 25 (left25a). "카카오뱅크에 깎아달라고 하는게 나아요?": a rate cut weighed against switching (cutOrSwitch).
  const cutOrSwitch = !options.exampleIntent ? cutOrSwitchRule(clean, previous) : null;
  if (cutOrSwitch)
    return byRule({
      ...cutOrSwitch,
      fragment: !!previous,
    });
  // QA round 22 (loanfu). Loan follow-ups read before loanFollowUp (loanfuFollowUp).
  const onLoan22 = !options.exampleIntent ? loanfuFollowUp(clean, previous) : null;
  if (onLoan22)
    return byRule({
      ...onLoan22,
      fragment: true,
    });
  // QA round 21 (loan21). A loan's follow-up read before the cues and the model (loanFollowUp).
  const onLoan = previous && !options.exampleIntent ? loanFollowUp(clean, previous) : null;
  if (onLoan)
    return byRule({
      ...onLoan,
      fragment: true,
    });
  // "how much will i spend next month? … and the month after?", "12월 지출 예상 … 그 다음 달은?": the forecast of the month
  // after the one (or the months) just forecast, its subject kept (QA round 20: the same month again).
  const forecastNext =
    previous?.intent === 'FORECAST' && !options.exampleIntent && STEP_FORWARD.test(clean) && isBrief(clean)
      ? forecastStep(previous.slots)
      : undefined;
  if (forecastNext && previous) {
    const kept = (Object.keys(previous.slots) as (keyof CounselSlots)[]).filter(
      (k) => !FORECAST_SPAN_SLOTS.includes(k) && k !== 'changeWhy',
    );
    return byRule({
      intent: 'FORECAST',
      slots: { ...Object.fromEntries(kept.map((k) => [k, previous.slots[k]])), ...forecastNext },
      inherited: kept,
      fragment: true,
    });
  }
  // "9월에 얼마 썼어? … 그 다음 달은?", "and the month after?": the month after the one asked, its other slots kept
  // (QA round 19: the instalment after next).
  const after =
    previous?.intent === 'SPENDING' &&
    previous.slots.period &&
    !options.exampleIntent &&
    STEP_FORWARD.test(clean)
      ? stepForward(previous.slots.period)
      : undefined;
  if (after && previous)
    return byRule({
      intent: 'SPENDING',
      slots: { ...previous.slots, period: after },
      inherited: (Object.keys(previous.slots) as (keyof CounselSlots)[]).filter((k) => k !== 'period'),
      fragment: true,
    });
  // "그럼 6개월 뒤엔?", "what about 3 months later?" after the balance: the balance that many instalments ahead (QA
  // round 18: small talk, a forecast of spending, or three months late), the loan kept. "그럼 6개월 뒤에 갚으면?",
  // "what if i do it in 6 months?" after a prepayment what-if: the same prepayment then (an amount said replaces it).
  const ahead = previous && !options.exampleIntent && isBrief(clean) ? extractMonthsAhead(clean) : undefined;
  if (ahead && previous?.intent === 'LOAN_BALANCE' && !/\d\s*(?:만|억|천)?\s*원/.test(clean))
    return byRule({
      intent: 'LOAN_BALANCE',
      slots: { ...(previous.slots.loan ? { loan: previous.slots.loan } : {}), balanceAfter: ahead },
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // "그럼 6개월 뒤엔?", "and in 6 months?" after the next payment: the payment that many instalments later (QA round 20:
  // small talk).
  if (
    ahead &&
    previous?.intent === 'NEXT_PAYMENT' &&
    !previous.slots.request &&
    !previous.slots.lastPayment &&
    !/\d\s*(?:만|억|천)?\s*원/.test(clean)
  )
    return byRule({
      intent: 'NEXT_PAYMENT',
      slots: { ...(previous.slots.loan ? { loan: previous.slots.loan } : {}), paymentAhead: ahead },
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  if (
    ahead &&
    previous?.intent === 'PREPAYMENT_EFFECT' &&
    !previous.slots.everyMonth &&
    !previous.slots.productTopic &&
    (previous.slots.amount || previous.slots.share) &&
    ahead <= 120
  ) {
    const said = extractSlots(clean, 'PREPAYMENT_EFFECT');
    // An amount or a share said now replaces the one before; the loan is kept unless another is named.
    const keep = said.amount || said.share ? (['loan'] as const) : (['loan', 'amount', 'share'] as const);
    const inherited = keep.filter((k) => previous.slots[k] !== undefined && said[k] === undefined);
    return byRule({
      intent: 'PREPAYMENT_EFFECT',
      slots: {
        ...Object.fromEntries(inherited.map((k) => [k, previous.slots[k]])),
        ...(said.amount ? { amount: said.amount } : {}),
        ...(said.share ? { share: said.share } : {}),
        ...(said.loan ? { loan: said.loan } : {}),
        prepayAfter: ahead,
      },
      inherited: [...inherited],
      fragment: true,
    });
  }
  // QA round 20. "will it drop if i use revolving?", "리볼빙 쓰면 떨어져요?" after their credit score: what that does to the
  // score (was what revolving is).
  const effectOnScore =
    previous?.slots.scoreKind === 'CREDIT' && !options.exampleIntent ? creditEffectOfIt(clean) : undefined;
  if (effectOnScore)
    return byRule({
      intent: 'HEALTH_SCORE',
      slots: { scoreKind: 'CREDIT', creditEffect: effectOnScore },
      inherited: ['scoreKind'],
      fragment: true,
    });
  // QA round 25 (left25a). "어떻게 하면 점수 올라가요" after a score: raising the score just given (the bureau's after the
  // credit score, else ours) — was the score again.
  // QA round 27 (lead). "what's dragging it down the most", "if i fix that what would my score be", "제일 깎아먹는 게
  // 뭐예요?" after the health score: the factor worth most points first (were small talk and the score again).
  if (
    previous?.intent === 'HEALTH_SCORE' &&
    !options.exampleIntent &&
    !/신용|건강|credit|health/i.test(clean) &&
    (RAISE_IT.test(clean) || (previous.slots.scoreKind !== 'CREDIT' && SCORE_DRAG.test(clean)))
  )
    return byRule({
      intent: 'HEALTH_SCORE',
      slots: {
        ...(previous.slots.scoreKind === 'CREDIT' ? { scoreKind: 'CREDIT' as const } : {}),
        creditEffect: 'RAISE',
      },
      inherited: previous.slots.scoreKind === 'CREDIT' ? ['scoreKind'] : [],
      fragment: true,
    });
  if (decided && !(continues && !options.exampleIntent)) {
    const intent = decided;
    return byRule({
      intent,
      slots: abroadDefaults(extractSlots(clean, intent), intent, clean),
      inherited: [],
    });
  }
  // "네 알겠어요", "좋아요", "ok got it": an acknowledgement, not a question (read alone, the models guessed hardship
  // or fraud and answered with a wall of text); an exchange rate, a share price or a transfer: not ours to answer.
  if (ACKNOWLEDGEMENT.test(clean) || outOfScope(clean) || HUMAN_ASKED.test(clean))
    return byRule({
      intent: 'GENERAL_CHAT',
      slots: {},
      inherited: [],
    });
  // "Is that good?", "괜찮은 편이에요?" after a score: whether that score is good — for the credit bureau's, what counts
  // as good and where theirs stands (creditEffect GOOD_SCORE); for fingraph's own, its answer (with its band) again.
  if (previous?.intent === 'HEALTH_SCORE' && SCORE_GOOD_ASKED.test(clean))
    return byRule({
      intent: 'HEALTH_SCORE',
      slots:
        previous.slots.scoreKind === 'CREDIT'
          ? { scoreKind: 'CREDIT', creditEffect: 'GOOD_SCORE' }
          : { ...previous.slots },
      inherited: previous.slots.scoreKind ? ['scoreKind'] : [],
      fragment: true,
    });
  // "is that high?", "그거 높은 편이에요?" after their rate: whether it is high — their rate against the offers for that
  // loan (REFINANCE, rateHigh), the loan inherited.
  if (previous?.slots.currentRate && RATE_JUDGED_ALONE.test(clean))
    return byRule({
      intent: 'REFINANCE',
      slots: { rateHigh: true, ...(previous.slots.loan ? { loan: previous.slots.loan } : {}) },
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // "변동이면 앞으로 오를 수도 있는 거예요?", "could it go up?" after their rate: yes — what a rise of one point does to
  // that loan's payment (the what-if of a rise, LOANS_OVERVIEW rateRise), the loan inherited.
  // "how would that affect my loan?", "그럼 제 전세대출 이자도 오르나요?" after a rate outlook: a 1-point rise on their loans.
  const rateOutlookBefore =
    previous?.intent === 'FORECAST' &&
    (previous.slots.forecastSubject === 'BASE_RATE' || previous.slots.forecastSubject === 'LENDING_RATE') &&
    isBrief(clean) &&
    RATE_REACHES_LOAN.test(clean);
  const loanNamed = extractLoanRef(clean);
  if (
    previous &&
    ((previous.slots.currentRate && RATE_MAY_RISE.test(clean) && !/\d/.test(clean)) ||
      (rateOutlookBefore && !/\d/.test(clean)))
  )
    return byRule({
      intent: 'LOANS_OVERVIEW',
      slots: {
        rateRise: 1,
        ...(loanNamed ? { loan: loanNamed } : previous.slots.loan ? { loan: previous.slots.loan } : {}),
      },
      inherited: !loanNamed && previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // QA round 19. "how about 200 million?", "2억이면요?" after a jeonse limit on a deposit: the limit on that deposit (was
  // read as a loan of that amount); "2% 오르면요?" after their rate: that rise on their loans (was their rate again).
  const depositSaid = previous && isBrief(clean) ? extractAmount(clean) : undefined;
  const foreign = cueIntents(clean).some((c) => c !== 'LOAN_LIMIT' && c !== 'GENERAL_CHAT');
  // QA round 20 (loans). "보증금 3억이면요?" after "전세 보증금 올려달래요 얼마까지 대출 더 돼요?": the raised deposit's
  // share less the jeonse loan held (was the question again).
  const topUp = previous?.intent === 'LOAN_LIMIT' && previous.slots.jeonseTopUp === true;
  if ((previous?.slots.jeonseDeposit || topUp) && depositSaid !== undefined && !foreign)
    return byRule({
      intent: 'LOAN_LIMIT',
      slots: { loanKind: 'JEONSE', jeonseDeposit: depositSaid, ...(topUp ? { jeonseTopUp: true } : {}) },
      inherited: topUp ? ['loanKind', 'jeonseTopUp'] : ['loanKind'],
      fragment: true,
    });
  // QA round 20 (loans). "+is that a lot?", "+그거 높은 거예요?" after the DSR of an amount: that DSR against the cap.
  if (
    previous?.intent === 'LOAN_LIMIT' &&
    previous.slots.dsrAsked &&
    isBrief(clean) &&
    /(?:많은|높은|큰|심한|위험한)\s?(?:거|건|편)|괜찮(?:은|아|나)|\bis (?:that|it|this) (?:a lot|too (?:much|high)|high|bad|ok(?:ay)?|dangerous|risky)\b|\btoo (?:much|high)\b/i.test(
      clean,
    )
  )
    return byRule({
      intent: 'LOAN_LIMIT',
      slots: { ...previous.slots, dsrJudged: true },
      inherited: Object.keys(previous.slots) as (keyof CounselSlots)[],
      fragment: true,
    });
  // QA round 20 (loans). "+what if i cant?", "+못 돌려받으면요?" after whether the deposit comes back: the landlord not
  // returning it (was the same answer again).
  if (
    previous?.intent === 'LOAN_BALANCE' &&
    previous.slots.request === 'DEPOSIT_BACK' &&
    isBrief(clean) &&
    /\bwhat if (?:i|we|he|she|they|the landlord) (?:can'?t|cannot|don'?t|doesn'?t|won'?t)\b|\bwhat if (?:not|it doesn'?t|it isn'?t)\b|\bif not\b|못\s?(?:받|돌려)|안\s?(?:돌려|주|줘)/i.test(
      clean,
    )
  )
    return byRule({
      intent: 'LOAN_BALANCE',
      slots: {
        ...(previous.slots.loan ? { loan: previous.slots.loan } : {}),
        request: 'DEPOSIT_NOT_RETURNED',
      },
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // QA round 20 (loans). "+how much extra do i owe now?", "+지금 더 내야 할 돈 있어요?" after paying late: what is overdue
  // now (nothing, or the arrears) and what a day late costs — not a prepayment example.
  if (
    previous?.intent === 'ARREARS' &&
    isBrief(clean) &&
    /\b(?:owe|overdue|behind)\b[^.?!]{0,15}\bnow\b|\bhow much (?:extra |more )?(?:do|would) i owe\b|지금\s?(?:더\s?)?(?:내야|낼)\s?(?:할\s?)?(?:돈|거|게|금액)|지금\s?(?:연체|밀린)/i.test(
      clean,
    )
  )
    return byRule({
      intent: 'ARREARS',
      slots: previous.slots.loan ? { loan: previous.slots.loan } : {},
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // QA round 27 (helper en27). Short follow-ups that kept their subject: "how much do i have left" after the month's
  // money (was the loan's balance), "what would i save" after a refinance (was the savings plan) and "how much more do
  // i need to spend to hit the threshold" after the card deduction (was the year's spending).
  if (
    previous?.intent === 'SAVINGS' &&
    previous.slots.leftThisMonth &&
    isBrief(clean) &&
    MONEY_LEFT_AGAIN.test(clean)
  )
    return byRule({
      intent: 'SAVINGS',
      slots: { leftThisMonth: true },
      inherited: ['leftThisMonth'],
      fragment: true,
    });
  if (
    (previous?.intent === 'REFINANCE' ||
      (previous?.intent === 'FORECAST' &&
        (previous.slots.forecastSubject === 'BASE_RATE' ||
          previous.slots.forecastSubject === 'LENDING_RATE'))) &&
    isBrief(clean) &&
    SAVE_AGAIN.test(clean)
  )
    return byRule({
      intent: 'REFINANCE',
      slots: { ...(previous.slots.loan ? { loan: previous.slots.loan } : {}), refinanceLead: 'SAVING' },
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  if (previous?.slots.cardDeduction && DEDUCTION_THRESHOLD.test(clean))
    return byRule({
      intent: previous.intent,
      slots: previous.slots,
      inherited: Object.keys(previous.slots) as (keyof CounselSlots)[],
      fragment: true,
    });
  const risePct =
    previous && (previous.slots.currentRate || previous.slots.productTopic === 'RATE_TYPES')
      ? /^\s*(?:그럼\s?|그러면\s?|만약\s?)?(\d(?:\.\d+)?)\s?(?:%\s?p?|%\s?포인트|프로|퍼센트(?:\s?포인트)?)\S{0,2}\s?(?:정도\s?)?(?:더\s?)?(?:오르|올라|오를|인상|상승)/.exec(
          clean,
        )
      : null;
  if (previous && risePct)
    return byRule({
      intent: 'LOANS_OVERVIEW',
      slots: {
        rateRise: Number(risePct[1]),
        ...(previous.slots.loan ? { loan: previous.slots.loan } : {}),
      },
      inherited: previous.slots.loan ? ['loan'] : [],
      fragment: true,
    });
  // QA round 21 (spend21). "그럼 12월에 얼마 쓰면 돼요?", "how much can i spend in december?": how much to spend — a
  // month's budget from their income and outgoings (this month: what is left of it), not that month's spending looked up.
  if (SPEND_ALLOWANCE.test(clean) && !extractCategory(clean)) {
    const thisMonth = /이번\s?달|이달|\bthis month\b/i.test(clean);
    return byRule({
      intent: 'SAVINGS',
      slots: thisMonth ? { leftThisMonth: true } : { budget: true },
      inherited: [],
      ...(previous ? { fragment: true } : {}),
    });
  }
  const top = ranked[0];
  let intent = top.intent;
  let confidence = top.probability;

  const marker = FOLLOW_UP_MARKER.test(clean);
  // A slot of the previous question said again ("6개월로 보면?", "이미 50만원 보냈어요" after a scam) makes a follow-up
  // whatever its length.
  const restatement = previous && previous.intent !== 'GENERAL_CHAT' ? restatedSlot(clean, previous) : null;
  const restates = restatement !== null;
  // "그럼 신용점수 떨어지나요?", "will that hurt my credit score?" after a hardship or arrears question (a score
  // question naming an action of its own — "대출 받으면…", "갈아타면…" — is that action's, extractCreditEffect).
  const scoreHarm =
    !!previous &&
    (previous.intent === 'HARDSHIP' || previous.intent === 'ARREARS') &&
    SCORE_HARM.test(clean) &&
    !extractCreditEffect(clean);
  // "지난달보다 얼마나 줄었어?" after a category's spending: the same category, compared.
  const comparedBack = previous?.intent === 'SPENDING' && (COMPARED_BACK.test(clean) || yearBack);
  const followUp =
    !!previous &&
    previous.intent !== 'GENERAL_CHAT' &&
    (marker || isShort(clean) || restates || scoreHarm || comparedBack || POINTS_BACK.test(clean));
  let fromPrevious = false;
  if (followUp && previous) {
    const statesPreviousSlot = Object.keys(extractSlots(clean, previous.intent)).length > 0;
    // "그럼 천만원만 갚으면요?" after a payoff question, "그럼 1%p 오르면요?" after a product one: the message states a
    // slot the previous question has no place for and the model's intent has — a new question, not a repeat.
    const statesNewSlot =
      !statesPreviousSlot &&
      top.intent !== previous.intent &&
      Object.keys(extractSlots(clean, top.intent)).some(
        (k) => !INTENT_SLOTS[previous.intent].includes(k as keyof CounselSlots),
      );
    const ownIntent =
      statesNewSlot || (top.probability >= OWN_INTENT_PROBABILITY && cueIntents(clean).includes(top.intent));
    const chit = top.intent === 'GENERAL_CHAT' && !marker && !statesPreviousSlot;
    // "언제 내야 돼?", "그거 얼마야?", "When does it end?": a short question the model is unsure of, naming nothing
    // of its own, asks about what was just discussed.
    const unsure =
      top.probability < UNSURE_PROBABILITY &&
      DEICTIC_QUESTION.test(clean) &&
      !cueIntents(clean).some((c) => c !== previous.intent && c !== 'GENERAL_CHAT');
    // A follow-up continues the previous question — also when the model already agrees with it, so the topic gate
    // below cannot turn "그럼 스벅은요?" after a spending question into chit-chat.
    if (
      (!ownIntent || restates) &&
      (!chit || unsure || restates) &&
      (marker || statesPreviousSlot || restates || unsure)
    ) {
      if (top.intent !== previous.intent) {
        intent = previous.intent;
        confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
      }
      fromPrevious = true;
    }
  }

  // Follow-ups that only make sense against the answer just given (QA round 14), whatever the model guessed.
  // Bound by their words, so also when longer than a fragment ("with a salary of 60 million?").
  // Taken as a plain follow-up already, only a rule that also sets slots re-reads it ("그럼 나는 얼마 들어?" after what
  // revolving is: its cost on their bill, not the explanation again).
  const bound =
    previous && previous.intent !== 'GENERAL_CHAT' ? answerBound(clean, previous, top.intent) : null;
  const against = bound && (!fromPrevious || bound.slots) ? bound : null;
  if (against) {
    intent = against.intent;
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }

  // "1년이면 총 얼마?" after a loan's payment or balance: a year of its schedule, summed.
  const yearOfPayments =
    followUp &&
    previous &&
    ['NEXT_PAYMENT', 'LOAN_BALANCE', 'LOANS_OVERVIEW', 'REPAYMENT_SCHEDULE'].includes(previous.intent) &&
    !previous.slots.recurring &&
    YEAR_ALONE.test(clean);
  if (yearOfPayments) {
    intent = 'REPAYMENT_SCHEDULE';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }

  // "세금 떼고요?", "after tax?" after the interest a saving earns: the same saving (its answer gives the interest
  // after the 15.4 % tax in the first sentence).
  if (followUp && previous?.slots.depositInterest && TAX_ASKED.test(clean)) {
    intent = previous.intent;
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }

  // "그럼 신용점수 떨어지나요?" after "다음 달에 못 낼 것 같아요" or an arrears question: what paying late (or asking
  // for relief) does to the credit score — the previous question, its answer led by the score (slot scoreKind).
  if (scoreHarm && previous && intent === 'HEALTH_SCORE') {
    intent = previous.intent;
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }

  // "총 얼마였어요?", "how much in total?" after a list of transactions: those transactions' total — a spending
  // question with the list's merchant, abroad/online and period; "recent" (no period) is the last 12 months.
  let totalOfList = false;
  if (followUp && previous?.intent === 'CARD_TRANSACTIONS' && TOTAL_ALONE.test(clean)) {
    intent = 'SPENDING';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
    totalOfList = !previous.slots.period;
  }

  // QA round 19: the intent model's guess for a question it does not know is often the loan limit ("how much would it
  // cost me?" after revolving, "can you cancel netflix for me?", "what if i cant?"): an unasked borrowing offer. A limit
  // the model is unsure of, with nothing of a loan, a limit or an amount in the message, continues the question before
  // (its subject kept), or is chit-chat, whose reply says what can be asked.
  if (
    intent === 'LOAN_LIMIT' &&
    !fromPrevious &&
    confidence < UNSURE_LIMIT_PROBABILITY &&
    !cueIntents(clean).includes('LOAN_LIMIT') &&
    Object.keys(extractSlots(clean, 'LOAN_LIMIT')).length === 0 &&
    !/대출|빌리|빌릴|한도|융자|\bborrow|\bloans?\b|\blimit|\bmortgage|\blend|\bcredit line\b/i.test(clean)
  ) {
    if (previous && previous.intent !== 'GENERAL_CHAT' && previous.intent !== 'LOAN_LIMIT') {
      intent = previous.intent;
      fromPrevious = true;
    } else intent = 'GENERAL_CHAT';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }

  // QA round 20: "더 싸게 할 방법 없어요?" was guessed the staff's import FAQ and a customer got the staff-only refusal. An
  // import question names an import, a file or its rows: without such a word it continues the question before or is
  // chit-chat.
  if (
    intent === 'IMPORT_FAQ' &&
    !(fromPrevious && previous?.intent === 'IMPORT_FAQ') &&
    !cueIntents(clean).includes('IMPORT_FAQ') &&
    !IMPORT_WORDS.test(clean)
  ) {
    if (previous && previous.intent !== 'GENERAL_CHAT' && previous.intent !== 'IMPORT_FAQ') {
      intent = previous.intent;
      fromPrevious = true;
    } else intent = 'GENERAL_CHAT';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }

  // Topic gate: the intent model has seen a few dozen chit-chat lines, the topic model thousands. A message the
  // topic model calls GENERAL with confidence ≥ GENERAL_GATE and no finance cue claims is chit-chat ("빚이 너무
  // 많아서…" keeps its HARDSHIP cue).
  if ((options.topicGate ?? true) && !fromPrevious && intent !== 'GENERAL_CHAT') {
    const financeCue = cueIntents(asked).some((c) => c !== 'GENERAL_CHAT');
    if (!financeCue) {
      const t = classifyTopicText(asked);
      if (t.topic === 'GENERAL' && t.confidence >= GENERAL_GATE) {
        intent = 'GENERAL_CHAT';
        confidence = Math.max(t.confidence, ranked.find((r) => r.intent === intent)?.probability ?? 0);
      }
    }
  }

  // "how much at starbucks vs ediya this year" (chit-chat to the models): a shop named with how much or how many is
  // its spending; "how much did i spend on my card in october" (read as the transaction list) is a total;
  // "how many purchases did I make this month" (read as a charge not made) is a count.
  if (
    ((intent === 'GENERAL_CHAT' && !fromPrevious && extractMerchant(clean)) ||
      ((intent === 'CARD_TRANSACTIONS' || intent === 'SUSPECTED_FRAUD') &&
        // QA round 21 (card21): "얼마 썼어요?" after a stolen card is what was spent with it, not this month's spending.
        !against?.slots?.fraudSpent &&
        (SPENT_HOW_MUCH.test(clean) || PURCHASES_COUNTED.test(clean)) &&
        (!cueIntents(clean).includes('SUSPECTED_FRAUD') ||
          (PURCHASES_COUNTED.test(clean) &&
            !/n[’']?t\b|\bnot\b|\bnever\b|모르는|안\s?(?:한|쓴|했)|아닌/i.test(clean))))) &&
    HOW_MANY_OR_MUCH.test(clean)
  ) {
    intent = 'SPENDING';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // "지난 주말 쿠팡", "그제 쓴거", "어제랑 오늘 쓴거 합쳐서" (chit-chat to the models): a period said with a shop, a
  // category or spending itself is that period's spending.
  if (
    intent === 'GENERAL_CHAT' &&
    !fromPrevious &&
    extractPeriod(clean) &&
    (extractMerchant(clean) ||
      extractCategory(clean) ||
      /쓴\s?(?:거|것|돈)|썼|지출|카드\s?(?:값|내역)|\bspen[dt]\b|\bspending\b/i.test(clean)) &&
    !/대출|이자|원금|\bloans?\b|\binterest\b/i.test(clean)
  ) {
    intent = 'SPENDING';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // "월 예산 좀 짜주세요.. 막막하네요": a budget asked for, the worry word beside it does not make it hardship.
  // "가계부 쓰는 거 도와줄 수 있어요?" (read as this month's spending): the budget, not a total.
  if (
    ((intent === 'HARDSHIP' && !extractHardship(clean)) ||
      (intent === 'SPENDING' && Object.keys(extractSlots(clean, 'SPENDING')).length === 0)) &&
    BUDGET_ASKED.test(clean)
  ) {
    intent = 'SAVINGS';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // A follow-up, or a longer question about "it" ("how much of it is interest?", "how long till it breaks even?").
  const aboutPrevious = followUp || DEICTIC_QUESTION.test(clean);
  // "그거 원금은 얼마고 이자는 얼마예요?", "how much of it is interest?" after the next payment: that payment's split.
  if (
    aboutPrevious &&
    previous?.intent === 'NEXT_PAYMENT' &&
    PAYMENT_SPLIT.test(clean) &&
    intent !== 'NEXT_PAYMENT'
  ) {
    intent = 'NEXT_PAYMENT';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // "how long till it breaks even?", "몇 달이면 본전이에요?" after a refinance answer: that switch's break-even;
  // "수수료는 얼마나 나와요?" after a refinance answer: what the switch costs (its fee first).
  // "how much would i save per month?" after a refinance answer: that switch's saving (not a savings plan).
  if (
    previous?.intent === 'REFINANCE' &&
    (BREAK_EVEN.test(clean) ||
      FEE_ALONE.test(clean) ||
      (isBrief(clean) && SAVING_ASKED.test(clean) && !/\bif\b|(?:으|하)?면/.test(clean)))
  ) {
    intent = 'REFINANCE';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }
  // "any of those from abroad?" after a list of card transactions: the list narrowed, not a charge they did not make.
  if (
    previous?.intent === 'CARD_TRANSACTIONS' &&
    intent === 'SUSPECTED_FRAUD' &&
    isBrief(clean) &&
    !cueIntents(clean).includes('SUSPECTED_FRAUD')
  ) {
    intent = 'CARD_TRANSACTIONS';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }
  // "do i have to pay it all back at once?" (read as the loans overview): whether the principal falls due in one sum.
  if (
    (intent === 'LOANS_OVERVIEW' || intent === 'NEXT_PAYMENT' || intent === 'REPAYMENT_SCHEDULE') &&
    LUMP_SUM_OWED.test(clean)
  ) {
    intent = 'LOAN_BALANCE';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // "how many payments are left?" after the maturity: the instalments left, with the balance.
  if (intent === 'REPAYMENT_SCHEDULE' && PAYMENTS_LEFT.test(clean) && !SCHEDULE_ASKED.test(clean)) {
    intent = 'LOAN_BALANCE';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = !!previous && previous.intent === 'LOAN_BALANCE';
  }
  // "which category was the biggest?" after last month's spending: that month's categories, not this one's.
  if (
    previous?.intent === 'SPENDING' &&
    intent === 'SPENDING' &&
    previous.slots.period &&
    isBrief(clean) &&
    PAST_TENSE.test(clean)
  )
    fromPrevious = true;
  // "제 지출로 가능할까요?", "is that doable?" after a savings goal: that goal against what a month leaves.
  if (
    previous?.intent === 'SAVINGS' &&
    previous.slots.amount &&
    intent !== 'SAVINGS' &&
    isBrief(clean) &&
    GOAL_DOABLE.test(clean)
  ) {
    intent = 'SAVINGS';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }
  // "금리 높은 걸로요", "the one with the best rate?" after a recommendation: the same products, the highest rate first —
  // not a rate outlook.
  if (previous?.slots.recommend && isBrief(clean) && HIGHEST_RATE.test(clean) && intent !== previous.intent) {
    intent = previous.intent;
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }
  // "왜 그렇게 나와요?", "why is it that number?", "지난 분기보다 나아졌어요?" after a score: that score's reasons or its
  // move since the quarter before — not chit-chat, not a spending comparison.
  if (
    (followUp || isBrief(clean)) &&
    previous?.intent === 'HEALTH_SCORE' &&
    intent !== 'HEALTH_SCORE' &&
    (SCORE_WHY.test(clean) || SCORE_MOVED.test(clean) || SCORE_LAST_QUARTER.test(clean))
  ) {
    intent = 'HEALTH_SCORE';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }
  // "2천 갚으면 한달 얼마 내게 돼요?": an amount repaid, not the whole loan — the prepayment's effect, not a payoff.
  if (intent === 'PAYOFF_QUOTE' && partialRepayment(clean)) {
    intent = 'PREPAYMENT_EFFECT';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // "이자 몇 번 냈어요?": the interest already paid (its payments counted), not the next payment.
  if (
    (intent === 'NEXT_PAYMENT' ||
      intent === 'REPAYMENT_SCHEDULE' ||
      (intent === 'HARDSHIP' && !extractHardship(clean)) ||
      // "이자는 지금까지 총 얼마 냈어요?" after the balance (QA round 16: this month's card spending).
      ((intent === 'SPENDING' || intent === 'GENERAL_CHAT') && !/카드|\bcard\b/i.test(clean))) &&
    interestAlreadyPaid(clean) &&
    HOW_MANY_OR_MUCH.test(clean) &&
    !ONE_MONTH_NAMED.test(clean)
  ) {
    intent = 'LOAN_BALANCE';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
  }
  // QA round 20 (spend). A follow-up on the spending just given that names nothing of its own: "어느 가게요?", "which
  // store?", "제일 많이 쓴 데는?" → the merchants of that spending (its period, category, abroad kept); "what was the
  // biggest one?" → its largest payments; "왜요?", "why?" after the card bill → what made the bill (was small talk, a
  // document's quality, the loan's next payment, or this month against last).
  const spendFollowUp =
    previous?.intent === 'SPENDING' && !previous.slots.outgoings && isBrief(clean)
      ? spendingFollowUp(clean, previous)
      : null;
  // QA round 20 (spend). "식비 20만원으로 줄이면 얼마 아껴?", "if i cut food to 200k won a month how much do i save?": a
  // category's cut and what it saves (was this month's spending, a prepayment or a savings goal); "그럼 1년이면요?" after
  // it: the same cut, a year of it.
  const cutYear =
    previous?.slots.categoryCut &&
    isBrief(clean) &&
    /1\s?년|일\s?년|한\s?해|연간|\b(?:a|per|one|1) year\b|\byearly\b|\bannual/i.test(clean) &&
    !extractCategory(clean)
      ? { ...previous.slots.categoryCut, year: true }
      : undefined;
  const categoryCut = extractCategoryCut(clean) ?? cutYear;
  if (categoryCut) {
    intent = 'SPENDING';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = !!cutYear;
  }
  if (spendFollowUp) {
    intent = 'SPENDING';
    confidence = ranked.find((r) => r.intent === intent)?.probability ?? 0;
    fromPrevious = true;
  }
  const slots: CounselSlots = { ...extractSlots(clean, intent), ...against?.slots };
  if (yearOfPayments) Object.assign(slots, { yearTotal: true, count: 12 });
  if (intent === 'HEALTH_SCORE' && previous?.intent === 'HEALTH_SCORE' && SCORE_LAST_QUARTER.test(clean))
    slots.compare = true;
  if (totalOfList && !slots.period) slots.period = { kind: 'LAST_N_MONTHS', months: 12 };
  const inherited: (keyof CounselSlots)[] = [];
  const before =
    followUp && previous?.slots.period && STEP_BACK.test(clean) ? stepBack(previous.slots.period) : undefined;
  if (before && INTENT_SLOTS[intent].includes('period')) slots.period = before;
  // "and the second half?" after the first half of October: that month's other half (or week, "둘째 주는요?").
  const part = followUp && previous?.slots.period ? partOfPrevious(clean, previous.slots.period) : undefined;
  if (part && INTENT_SLOTS[intent].includes('period')) slots.period = part;
  if ((followUp || fromPrevious) && previous) {
    for (const name of INTENT_SLOTS[intent]) {
      if (slots[name] !== undefined || previous.slots[name] === undefined) continue;
      if (ASKED_NOT_KEPT.includes(name)) continue;
      if (NOT_CARRIED.includes(name) && intent !== previous.intent) continue;
      // A span read now replaces an inherited month, and the other way round ("다음 달은요?" after "3개월").
      if (EXCLUSIVE_SLOTS[name]?.some((other) => slots[other] !== undefined && !inherited.includes(other)))
        continue;
      (slots as Record<string, unknown>)[name] = previous.slots[name];
      inherited.push(name);
    }
  }
  // QA round 28 (lead). "평균은요?" after a month's spending (at a shop, on a category): the usual month's average, not
  // that one month over itself.
  if (
    slots.monthlyAverage &&
    inherited.includes('period') &&
    slots.period &&
    ['THIS_MONTH', 'LAST_MONTH', 'MONTHS_AGO', 'THIS_WEEK', 'LAST_WEEK', 'TODAY', 'YESTERDAY'].includes(
      slots.period.kind,
    )
  ) {
    delete slots.period;
    inherited.splice(inherited.indexOf('period'), 1);
  }
  // QA round 25 (fixko2). "올해 카드 총액", "지난주에 쓴거", "그럼 이번달은 지금까지 얼마 썼어?" after a category's or a
  // shop's spending: a period of its own with the whole spent asked is all the card's spending then — the category,
  // shop and monthly average before are dropped (were the phone bills, 0원 of them, or the shop again). A bare period
  // ("그럼 지난달은?", "올해는?") still asks of the same category or shop.
  if (
    intent === 'SPENDING' &&
    slots.period &&
    !inherited.includes('period') &&
    OWN_TOTAL.test(clean) &&
    SPENDING_FILTERS.some((name) => inherited.includes(name))
  )
    for (const name of [...SPENDING_FILTERS, 'monthlyAverage', 'dailyAverage', 'weeklyAverage'] as const)
      if (inherited.includes(name)) {
        delete slots[name];
        inherited.splice(inherited.indexOf(name), 1);
      }
  // QA round 22 (spendfu). "why so low lol" after this month's card bill: this month's spending against last month's,
  // not the bill again.
  if (
    against?.slots?.changeWhy &&
    against.slots.period?.kind === 'THIS_MONTH' &&
    inherited.includes('cardBill')
  ) {
    delete slots.cardBill;
    inherited.splice(inherited.indexOf('cardBill'), 1);
  }
  // QA round 22 (spendfu). "where did it all go" after a comparison: the period's places, not the comparison again.
  if (against?.slots?.topMerchant && Object.keys(against.slots).length === 1)
    for (const name of ['compare', 'changeWhy', 'categoryRise'] as const)
      if (inherited.includes(name)) {
        delete slots[name];
        inherited.splice(inherited.indexOf(name), 1);
      }
  // QA round 22 (spendfu). "일본여행때 얼마씀?" after last month's largest places: the trip's total with its flights,
  // first (was the largest place abroad).
  if (
    intent === 'SPENDING' &&
    slots.overseas &&
    TRIP_ABROAD.test(clean) &&
    /얼마|\bhow much\b/i.test(clean) &&
    (inherited.includes('top') || inherited.includes('topMerchant'))
  ) {
    for (const name of ['top', 'topMerchant'] as const)
      if (inherited.includes(name)) {
        delete slots[name];
        inherited.splice(inherited.indexOf(name), 1);
      }
    slots.withFlights = true;
  }
  // QA round 22 (spendfu). "what about last month" after this month's "why so low": last month against the month
  // before it (as "지난달에 왜 많이 썼어?"), not the same two months again.
  if (
    inherited.includes('changeWhy') &&
    slots.period?.kind === 'LAST_MONTH' &&
    !inherited.includes('period') &&
    previous?.slots.period?.kind === 'THIS_MONTH'
  )
    slots.period = { kind: 'MONTHS_AGO', months: 1 };
  // QA round 23 (late23a). "and the loan?" after the card's payment day: the loan's next payment, not the card's day.
  if (
    inherited.includes('request') &&
    slots.request === 'CARD_DUE_DAY' &&
    /대출|\bloans?\b|\bmortgage/i.test(clean)
  ) {
    delete slots.request;
    inherited.splice(inherited.indexOf('request'), 1);
  }
  // "다음 달은?" after a month's outgoings, "6월까지는?" after the interest to March: the month said now, else the one
  // asked before.
  if (previous && (inherited.includes('outgoings') || inherited.includes('interestTo')))
    spanMonth(clean, slots, {
      monthAhead: previous.slots.monthAhead,
      forecastMonth: previous.slots.forecastMonth,
      nextYear: previous.slots.nextYear,
    });
  abroadDefaults(slots, intent, clean);
  // "6개월로 보면?" / "2%p면?": the restated span or size replaces the inherited one.
  const restated = followUp && previous && intent === previous.intent ? restatement : null;
  if (restated) {
    Object.assign(slots, restated);
    for (const k of Object.keys(restated) as (keyof CounselSlots)[]) {
      if (inherited.includes(k)) inherited.splice(inherited.indexOf(k), 1);
      // A slot restated as undefined is dropped ("0%면요?" after a rise: no rise).
      if (restated[k] === undefined) delete slots[k];
    }
  }
  // "ok so whats my average per month" after September's total: a month's average over one month says nothing — the
  // inherited single month gives way to the average's own span (the last three months).
  const single = [
    'NAMED_MONTH',
    'MONTHS_AGO',
    'LAST_MONTH',
    'THIS_MONTH',
    'TODAY',
    'YESTERDAY',
    'THIS_WEEK',
    'LAST_WEEK',
  ];
  if (slots.monthlyAverage && inherited.includes('period') && single.includes(slots.period!.kind)) {
    delete slots.period;
    inherited.splice(inherited.indexOf('period'), 1);
  }
  // "what if 700k?" after "if I save 500k a month, how long until 10 million": a smaller amount said alone is the new
  // pace towards the same goal, not a goal of its own.
  if (
    inherited.includes('saveMonthly') &&
    !inherited.includes('amount') &&
    slots.amount &&
    previous?.slots.amount &&
    new Decimal(slots.amount).lt(previous.slots.amount)
  ) {
    slots.saveMonthly = slots.amount;
    slots.amount = previous.slots.amount;
    inherited.splice(inherited.indexOf('saveMonthly'), 1, 'amount');
  }
  // "한달에 50만원씩이면?" after a goal alone ("1000만원 모으려면 얼마나 걸려?"): a smaller amount said a month is the pace
  // towards that goal (QA round 20: the instalment savings' interest on 500,000원, the goal lost).
  if (
    intent === 'SAVINGS' &&
    (followUp ||
      fromPrevious ||
      /^\s*(?:what if|and if|how about|what about|then|그럼|그러면)(?:\s|$)/i.test(clean)) &&
    previous?.intent === 'SAVINGS' &&
    previous.slots.amount &&
    !previous.slots.saveMonthly &&
    !previous.slots.depositInterest &&
    slots.amount &&
    !slots.saveMonthly &&
    PER_MONTH_SAID.test(clean) &&
    new Decimal(slots.amount).lt(previous.slots.amount)
  ) {
    slots.saveMonthly = slots.amount;
    slots.amount = previous.slots.amount;
    inherited.push('amount');
  }
  // "50만원씩이면요?" after a goal at a pace: the new pace, not the instalment savings of it.
  if (slots.saveMonthly && slots.amount) delete slots.depositInterest;
  // "일주일이면요?" after "하루 늦게 내면 연체이자 얼마예요?": the span said alone is the new number of days late.
  if (inherited.includes('lateDays')) {
    const days = extractDaySpan(clean);
    if (days) {
      slots.lateDays = days;
      inherited.splice(inherited.indexOf('lateDays'), 1);
    }
  }
  if (categoryCut) {
    // The cut is the question: its category (said, or the one before for "1년이면요?"), no period, amount or other ask.
    const category = extractCategory(clean) ?? previous?.slots.category;
    for (const k of Object.keys(slots) as (keyof CounselSlots)[]) delete slots[k];
    inherited.length = 0;
    Object.assign(slots, { categoryCut, ...(category ? { category } : {}) });
    if (cutYear && category) inherited.push('category', 'categoryCut');
    // QA round 23 (spend23). "배달 줄이면요?", "what if i cut eating out" after a savings goal ("1000만원 모으려면 얼마나
    // 걸려요?"), or after such a cut: the goal kept, its new time led with (the cut added to what a month leaves).
    const ps = previous?.slots;
    const goal =
      !cutYear && ps
        ? previous?.intent === 'SAVINGS' && ps.amount && !ps.saveMonthly && !ps.depositInterest && !ps.budget
          ? {
              amount: ps.amount,
              ...(ps.months ? { months: ps.months } : {}),
              ...(ps.statedIncome && !ps.statedIncome.whatIf ? { statedIncome: ps.statedIncome } : {}),
            }
          : previous?.intent === 'SPENDING'
            ? ps.cutGoal
            : undefined
        : undefined;
    if (goal) slots.cutGoal = goal;
  }
  if (spendFollowUp && previous) {
    for (const k of SPEND_FOLLOW_UP_DROPPED) {
      if (inherited.includes(k)) inherited.splice(inherited.indexOf(k), 1);
      delete slots[k];
    }
    Object.assign(slots, spendFollowUp);
  }
  // "+and lotte?", "+롯데는?" after a department store of its own: that brand's store, not Lotte Mart or the group.
  // QA round 21 (care21). "그럼 그 문자 뭐에요?" after "진짜요?": the text, not the last payment again.
  if (slots.textMessage === 'ASKED' && inherited.includes('lastPayment')) {
    delete slots.lastPayment;
    inherited.splice(inherited.indexOf('lastPayment'), 1);
  }
  const store =
    previous?.slots.merchant && DEPARTMENT_STORES[previous.slots.merchant] ? storeNamed(clean) : undefined;
  if (store && followUp && intent === 'SPENDING' && (!slots.merchant || inherited.includes('merchant')))
    slots.merchant = store;
  return {
    intent,
    confidence,
    slots,
    inherited,
    alternatives: ranked.filter((r) => r.intent !== intent).slice(0, 3),
    // Short, and it took the previous question's intent or slots: a fragment, not a question of its own.
    ...(followUp && isShort(clean) && (fromPrevious || inherited.length > 0) ? { fragment: true } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// QA round 22 (shortfu). Short follow-ups inside a finance conversation: the subject of the turn before is kept and
// the new angle answered (was the small-talk reply, or the same answer again).

/** Laughter and fillers at a message's end ("why so low lol", "ㅋㅋ"): not words the follow-up rules read. */
const LAUGH_TAIL =
  /(?:\s*(?:\b(?:lol+|lmao|lmfao|haha+|hehe+|rofl)\b|ㅋ{2,}|ㅎ{2,}|😂|🤣|😅))+\s*[?？!.~]*\s*$/iu;

/** The answer asked again, shorter: "say it again but shorter", "tl;dr", "summarise it", "요약해줘", "짧게 말해줘". */
const SHORTER_ASKED =
  /^\s*(?:(?:can|could) (?:you|u) |pls |please )?(?:say|put|tell me|explain|give me) (?:it|that|this)(?: again| once more)?(?:,? but|,? and)? (?:shorter|simpler|more simply|briefly|in short|in (?:a|one) (?:line|sentence)|in fewer words|short)\b[^.?!]{0,12}[?？!.]*\s*$|^\s*(?:but |a bit |much |even |make it |keep it )?(?:shorter|simpler|briefer|in short|tl;?dr|(?:the )?short version)(?: please| pls| plz)?\s*[?？!.]*\s*$|^\s*(?:(?:can|could) (?:you|u) )?(?:summari[sz]e|sum up)(?: (?:it|that|this))?(?: for me)?(?: please| pls)?\s*[?？!.]*\s*$|^\s*(?:그냥\s?|좀\s?|다시\s?)*(?:짧게|간단히|간단하게|간략하게|간략히|요약|한\s?줄로|한\s?마디로|핵심만)(?:해서)?\s?(?:다시\s?)?(?:좀\s?)?(?:말|얘기|설명|정리|요약)?\s?(?:해\s?줘요?|해\s?주세요|해\s?줄래요?|해\s?주실래요|해요|해|좀|요|해\s?봐요?)?\s*[?？!.]*\s*$/i;

/** The answer asked again: "say it again", "repeat that", "come again?", "다시 말해줘", "한 번 더 설명해 주세요". */
const AGAIN_ASKED =
  /^\s*(?:sorry,?\s?|huh,?\s?|what\??,?\s?)?(?:(?:can|could) (?:you|u) |pls |please )?(?:say|tell me|explain) (?:it|that|this) (?:again|once more|one more time)(?: please| pls)?\s*[?？!.]*\s*$|^\s*(?:(?:can|could) (?:you|u) )?repeat (?:it|that|this)(?: (?:please|pls|again))?\s*[?？!.]*\s*$|^\s*(?:come again|say what|what did (?:you|u) (?:just )?say|one more time)\s*[?？!.]*\s*$|^\s*(?:네\??\s?|뭐라고요\??\s?|잘\s?못\s?들었어요\.?\s?)?(?:다시\s?(?:한\s?번\s?)?|한\s?번\s?(?:만\s?)?더\s?)(?:말|얘기|설명)(?:해\s?(?:줘요?|주세요|줄래요?|주실래요|주시겠어요|봐요?)|씀\s?(?:해\s?)?주세요|해요)\s*[?？!.]*\s*$|^\s*(?:다시요|뭐라고요|뭐라구요)\s*[?？!.]*\s*$/i;

/** A rate someone offered, said as theirs: "toss said they'd do 3.2%", "토스에서 3.2%해준다던데", "got offered 3.5%". */
const RATE_OFFERED =
  /해\s?준|준대|준다|된대|된다던|제안|받았|나온대|나온다|라던데|래요|\b(?:offer\w*|quot\w*|said|says|told me|would do|'d do|can do|could do|will do|gave me|give me|do it for)\b/i;

/** How long until a switch pays for itself: "how long til it pays off", "when does it pay for itself", "몇 달이면 본전이에요?". */
const PAYS_BACK =
  /\bhow long (?:til|till|until|before|to|will it take (?:to|til|until))\b[^.?!]{0,20}\b(?:pays? (?:for )?(?:itself|off|back)|breaks? even|(?:is )?worth it)\b|\bwhen (?:does|will|would|do) (?:it|that|this|i) (?:pay (?:for )?(?:itself|off|back)|break even|start saving)\b|\bpays? for itself\b|몇\s?(?:달|개월)\s?(?:이면|만에|지나야|뒤에?|있어야)\s?(?:이득|본전|회수|남)|언제\s?(?:부터\s?)?(?:이득|본전|회수|남는)|(?:이득|본전|회수)\S{0,3}\s?(?:까지\s?)?(?:얼마나|언제|몇)/i;

/** "no fee?", "so no penalty at all?", "zero fees?" after a payoff or a prepayment: its fee, yes or no first. */
const NO_FEE =
  /^\s*(?:so |and |but |wait,? |oh,? )?(?:there'?s |there is |so )?(?:no|zero|0) (?:prepayment |early(?:[- ]repayment)? |exit )?(?:fees?|penalt(?:y|ies)|charges?)(?: at all| then| either| for (?:that|it|this)| on (?:that|it|this))?\s*[?？!.]*\s*$|^\s*(?:(?:and|so) )?(?:without|no) any (?:fees?|penalty)\s*[?？!.]*\s*$|^\s*(?:(?:and|so) )?(?:is it|it'?s) (?:fee|penalty)[- ]free\s*[?？!.]*\s*$/i;

/** Whether a score is good enough: "is that good enough to get a better rate", "이 정도면 충분해요?". */
const GOOD_ENOUGH =
  /\bgood enough\b|\b(?:is|'s) (?:that|it|this) (?:good|high|decent|ok(?:ay)?|strong) enough\b|\bcan i get a (?:better|lower|good) rate with (?:that|it|this)\b|\bis (?:that|it|this) (?:a )?(?:good|decent|strong|high) (?:score|number)\b|이\s?정도면\s?(?:괜찮|충분|좋|높)|(?:그\s?정도|그\s?점수|이\s?점수)(?:면|로)\s?(?:충분|괜찮|좋)|충분(?:해요|한가요|한\s?편|할까요)/i;

/** The limit just given, asked by its amount alone: "얼마나요?", "how much?", "how much could i get". */
const HOW_MUCH_BARE =
  /^\s*(?:그럼\s?|그래서\s?|근데\s?)?(?:얼마(?:나|까지|정도|쯤)?(?:요|예요|에요|인데요|인가요|야|죠|나\s?돼요|까지요)?|최대\s?얼마(?:요|예요|까지요)?|몇\s?(?:만\s?)?원(?:이요|요)?)\s*[?？!.]*\s*$|^\s*(?:and |so |ok,? |but )?how much(?: (?:is (?:it|that)|then|exactly|could i get|can i get|more|max|at most))?\s*[?？!.]*\s*$/i;

/** What an extension takes: "what do i need for that", "what documents", "필요한 서류 뭐예요?", "뭐가 필요해요?". */
const NEEDS_ASKED =
  /\bwhat (?:do|would|will|should) i (?:need|bring|prepare)\b|\bwhat (?:documents|papers|paperwork|do they need)\b|\bwhat(?:'s| is| are) (?:needed|required|the requirements?|the conditions?)\b|\bany (?:documents|requirements|conditions)\b|\brequirements?\b|\bwhat (?:does it|would it) take\b|필요한\s?(?:서류|거|게|것|건)|뭐(?:가|가\s?좀|\s?좀)?\s?필요|뭘\s?(?:준비|챙겨)|무엇이\s?필요|서류\S{0,3}\s?(?:뭐|뭘|어떤|필요)|준비물|준비(?:할|해야\s?할)\s?(?:거|게|것)|조건\S{0,2}\s?(?:이\s?)?(?:뭐|있)/i;

/** A forecast judged against the usual month: "is that more than usual", "평소보다 많은 거예요?", "is that a lot". */
const USUAL_ASKED =
  /\b(?:more|higher|bigger|less|lower|smaller) than (?:usual|normal|average|i usually (?:spend|do)|my usual|typical|normal)\b|\b(?:is|'s) (?:that|it|this) (?:a lot|normal|usual|high|typical|unusual|too much)\b|\babove (?:usual|normal|average)\b|평소(?:보다|랑|와|에\s?비해)|보통보다|많은\s?(?:편|거)|(?:원래|평소)\s?(?:이|그)?\s?정도|\busual(?:ly)?\b/i;

/** How sure a forecast is: "how sure are u about that", "how accurate is that", "얼마나 정확해요?", "확실해요?". */
const FORECAST_SURE =
  /\bhow (?:sure|confident|accurate|reliable|certain|precise)\b|\b(?:are|r) (?:you|u) sure\b|\bcan i (?:trust|count on|rely on) (?:that|it|this)\b|\bhow (?:far )?off could (?:it|that|you) be\b|얼마나\s?(?:정확|확실|믿을|맞)|정확(?:해요|한가요|한\s?거|도)|확실(?:해요|한가요|한\s?거|해)|믿어도|맞을까요|오차/i;

/** Whether a message is said within a few words (a fragment's length, with room for a name or a rate). */
function shortSaid(text: string): boolean {
  const compact = text.replace(/[\s?？!.~]/g, '');
  return /[가-힣]/.test(text) ? compact.length <= 24 : text.trim().split(/\s+/).length <= 12;
}

/** The previous turn's slots without the angle it asked (an angle is asked once). */
function withoutAngle(slots: CounselSlots): CounselSlots {
  const { angle: _angle, bareAsk: _bare, ...rest } = slots;
  return rest;
}

/**
 * QA round 22 (shortfu). The new angle of a short follow-up on the turn before, its subject kept — or null: the answer
 * again ("say it again", "다시 말해줘"; shorter: its first sentence), a quoted rate after a refinance ("toss said
 * they'd do 3.2%"), the break-even after a refinance, "no fee?" after a payoff, whether a score is good, the limit's
 * amount ("얼마나요?") after a limit, what an extension needs, a forecast against the usual month or how sure it is.
 */
function shortFollowUp(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
  core: MessageUnderstanding,
): { intent: CounselIntent; slots: CounselSlots } | null {
  const p = previous.intent;
  const ps = previous.slots;
  if (p === 'GENERAL_CHAT') return null;
  const loan = ps.loan ? { loan: ps.loan } : {};
  const shorter = SHORTER_ASKED.test(text);
  if (shorter || AGAIN_ASKED.test(text))
    return { intent: p, slots: { ...withoutAngle(ps), angle: shorter ? 'SHORTER' : 'AGAIN' } };
  if (!shortSaid(text)) return null;
  const noRise =
    extractRateRise(text) === undefined &&
    !/%\s?p\b|포인트|\bpoints?\b|오르|올라|내리|내려|인하|\bif (?:rates?|it) (?:go|goes|rise|fall)/i.test(
      text,
    );
  // QA round 23 (loan23). "99%는요?", "0%면요?", "a lender quoted me 99%" after a refinance: a rate no lender can quote,
  // said so (was the offers again, small talk or the loans).
  const implausible = extractImplausibleRate(text);
  if (
    implausible !== undefined &&
    (p === 'REFINANCE' || ps.currentRate || ps.quotedRate !== undefined) &&
    noRise &&
    !/수수료|\bfees?\b|세금|\btax\b|할인|\bdiscount|적금|예금|저축|\bsavings?\b|\bdeposit/i.test(text)
  )
    return { intent: 'REFINANCE', slots: { ...loan, rateImplausible: implausible } };
  // QA round 23 (loan23). "몇 달이면 본전이에요?", "when does it break even" after a quoted rate: that rate's payback.
  if (p === 'REFINANCE' && ps.quotedRate !== undefined && (PAYS_BACK.test(text) || BREAK_EVEN.test(text)))
    return { intent: 'REFINANCE', slots: { ...loan, quotedRate: ps.quotedRate, angle: 'PAYBACK' } };
  // "toss said they'd do 3.2% for me", "토스에서 3.2%해준다던데" after a refinance (or their rate): the switch at that rate.
  const quoted = extractQuotedRate(text);
  if (
    quoted !== undefined &&
    (p === 'REFINANCE' || ps.currentRate) &&
    extractRateRise(text) === undefined &&
    !/%\s?p\b|포인트|\bpoints?\b|오르|올라|내리|내려|인하|\bif (?:rates?|it) (?:go|goes|rise|fall)/i.test(
      text,
    ) &&
    (core.intent === 'GENERAL_CHAT' || RATE_OFFERED.test(text)) &&
    !(core.intent === 'REFINANCE' && core.slots.quotedRate !== undefined)
  )
    return { intent: 'REFINANCE', slots: { ...loan, quotedRate: quoted } };
  // QA round 26. "수수료 빼고도 이득이에요?", "worth it after the fees?" after the offers: the saving net of the costs.
  if (p === 'REFINANCE' && NET_OF_COSTS.test(text))
    return {
      intent: 'REFINANCE',
      slots: { ...loan, ...(ps.quotedRate !== undefined ? { quotedRate: ps.quotedRate } : {}), angle: 'NET' },
    };
  if (p === 'REFINANCE' && PAYS_BACK.test(text) && !BREAK_EVEN.test(text))
    return {
      intent: 'REFINANCE',
      slots: {
        ...loan,
        ...(ps.quotedRate !== undefined ? { quotedRate: ps.quotedRate } : {}),
        angle: 'PAYBACK',
      },
    };
  if ((p === 'PAYOFF_QUOTE' || p === 'PREPAYMENT_EFFECT') && NO_FEE.test(text))
    return { intent: p, slots: { ...withoutAngle(ps), productTopic: 'PREPAYMENT_FEE' } };
  if (
    p === 'HEALTH_SCORE' &&
    !ps.creditEffect &&
    core.intent !== 'LOAN_LIMIT' &&
    (GOOD_ENOUGH.test(text) || SCORE_GOOD_ASKED.test(text))
  )
    return ps.scoreKind === 'CREDIT'
      ? {
          intent: 'HEALTH_SCORE',
          slots: { scoreKind: 'CREDIT', creditEffect: 'GOOD_SCORE', angle: 'VERDICT' },
        }
      : { intent: 'HEALTH_SCORE', slots: { ...withoutAngle(ps), angle: 'VERDICT' } };
  if (p === 'LOAN_LIMIT' && HOW_MUCH_BARE.test(text) && core.intent !== 'LOAN_LIMIT')
    return {
      intent: 'LOAN_LIMIT',
      slots: Object.fromEntries(
        Object.entries(withoutAngle(ps)).filter(([k]) => k !== 'canBorrow'),
      ) as CounselSlots,
    };
  if (
    p === 'LOAN_BALANCE' &&
    (ps.request === 'EXTENSION' || ps.request === 'JEONSE_RENEWAL') &&
    NEEDS_ASKED.test(text)
  )
    return { intent: 'LOAN_BALANCE', slots: { ...loan, request: 'EXTENSION', angle: 'NEEDS' } };
  if (p === 'FORECAST' && (ps.forecastSubject ?? 'SPENDING') === 'SPENDING') {
    const kept = Object.fromEntries(
      Object.entries(withoutAngle(ps)).filter(([k]) => k !== 'changeWhy'),
    ) as CounselSlots;
    if (FORECAST_SURE.test(text) || SURE_ASKED.test(text.trim()))
      return { intent: 'FORECAST', slots: { ...kept, angle: 'SURE' } };
    if (USUAL_ASKED.test(text)) return { intent: 'FORECAST', slots: { ...kept, angle: 'USUAL' } };
  }
  return null;
}

/**
 * QA round 22 (shortfu). A quoted rate carries on: "그럼 한달에 얼마 아껴요?" after "토스에서 3.2프로로 갈아타준대요" is the
 * saving at 3.2 % (was the best offer's). Not when the follow-up asks for the offers or the rate-cut request instead.
 */
function quotedRateKept(
  core: MessageUnderstanding,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'>,
  text: string,
): MessageUnderstanding {
  if (
    core.intent !== 'REFINANCE' ||
    previous.intent !== 'REFINANCE' ||
    previous.slots.quotedRate === undefined ||
    core.slots.quotedRate !== undefined ||
    core.slots.rateTo !== undefined ||
    core.slots.productTopic === 'RATE_CUT_RIGHT' ||
    core.slots.refinanceLead === 'WILL_CUT' ||
    core.slots.refinanceLead === 'CHEAPER' ||
    !shortSaid(text) ||
    /말고|대신|다른|\binstead\b|\bother\b|\bnot that\b|\bforget\b/i.test(text)
  )
    return core;
  return {
    ...core,
    slots: { ...core.slots, quotedRate: previous.slots.quotedRate },
    inherited: [...core.inherited, 'quotedRate'],
  };
}

/**
 * Understanding of one message with a given model (the follow-up rules of understandWithCore, then QA round 22's
 * short follow-ups, shortFollowUp and quotedRateKept).
 */
export function understandWith(
  model: LoadedIntentModel,
  text: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
  options: { topicGate?: boolean; exampleIntent?: CounselIntent | null } = {},
): MessageUnderstanding {
  const u = chargeQuestion(
    text,
    previous,
    spend24Months(text, previous, understandWithFollowUps(model, text, previous, options)),
  );
  // QA round 28 (helper en28). "why was october higher than august", "10월이 8월보다 왜 많아요": that month against the
  // month named (`comparedWith`), not the month before it.
  const other =
    u.intent === 'SPENDING' && u.slots.period?.kind === 'NAMED_MONTH' ? comparedMonth(text) : undefined;
  if (other !== undefined && u.slots.period?.kind === 'NAMED_MONTH' && other !== u.slots.period.month)
    return {
      ...u,
      slots: { ...u.slots, compare: true, comparedWith: { kind: 'NAMED_MONTH', month: other } },
    };
  // QA round 28 (helper en28). "how much do i spend on cafes in a year", "카페에 1년에 얼마 써요?": a category's or a
  // shop's last 12 months (was this month's, with the year beside it only when the month had none).
  if (
    u.intent === 'SPENDING' &&
    !u.slots.period &&
    (u.slots.category || u.slots.merchant) &&
    !u.slots.categoryCut &&
    !u.slots.reduce &&
    !u.slots.compare &&
    A_YEAR_OF.test(text) &&
    extractAmount(text) === undefined
  )
    return { ...u, slots: { ...u.slots, period: { kind: 'LAST_N_MONTHS', months: 12 } } };
  // QA round 28 (helper en28). "+what if it's like 2 million" after their hospital spending: a bill of that sum weighed
  // on this month's money, as after "can i afford to help" (was small talk).
  if (
    previous?.intent === 'SPENDING' &&
    previous.slots.category === 'MEDICAL' &&
    isBrief(text) &&
    WHAT_IF_SUM.test(text) &&
    (u.intent === 'GENERAL_CHAT' || u.intent === 'SPENDING' || u.intent === 'SAVINGS')
  ) {
    const sum = extractAmount(text);
    if (sum !== undefined)
      return {
        ...u,
        intent: 'SAVINGS',
        confidence: 1,
        slots: { leftThisMonth: true, purchase: sum },
        fragment: true,
      };
  }
  // QA round 23 (mix23). "다음달 대출 이자 얼마에요?": next month said of the loan's payment, kept for a correction to
  // the card bill ("아 아니 카드값 말한거에요": next month's bill, not this month's).
  // QA round 27 (helper en27). "why was october so high?": that month against a usual month (the three before it) and
  // what made it (its trip abroad) — was against the month before alone. QA round 27 (helper en27b): Korean too,
  // "10월에 왜 이렇게 많이 썼어?", "10월 지출이 왜 이렇게 많아요?" (a month said beside it — "9월보다" — stays that comparison).
  if (
    u.intent === 'SPENDING' &&
    u.slots.changeWhy &&
    u.slots.period?.kind === 'NAMED_MONTH' &&
    !u.slots.category &&
    !u.slots.merchant &&
    !u.slots.usual &&
    WHY_MONTH_HIGH.test(text) &&
    !/보다|비해|대비|비교/.test(text)
  )
    return { ...u, slots: { ...u.slots, compare: true, usual: true } };
  // QA round 27 (helper en27b). "my mom is in hospital, can i afford to help?": what this month allows (the month's
  // money: income against the card bill and the loan payments) — was the loan's next payment.
  if (AFFORD_HELP.test(text) && !u.slots.purchase && extractAmount(text) === undefined)
    return {
      ...u,
      intent: 'SAVINGS',
      confidence: Math.max(u.confidence, OWN_INTENT_PROBABILITY),
      slots: { leftThisMonth: true, ...(u.slots.familyCare ? { familyCare: true } : {}) },
    };
  // "+what if it's like 2 million" after it (or after a purchase weighed on the month): that sum on the same month.
  if (
    previous?.intent === 'SAVINGS' &&
    previous.slots.leftThisMonth &&
    isBrief(text) &&
    WHAT_IF_SUM.test(text) &&
    (u.intent === 'GENERAL_CHAT' || u.intent === 'SAVINGS')
  ) {
    const sum = extractAmount(text);
    if (sum !== undefined)
      return {
        ...u,
        intent: 'SAVINGS',
        confidence: 1,
        slots: {
          leftThisMonth: true,
          purchase: sum,
          ...(previous.slots.familyCare ? { familyCare: true } : {}),
          // QA round 28 (ko28). "+200만원이면?" after money asked to be lent: still lent.
          ...(previous.slots.lendTo ? { lendTo: true } : {}),
        },
        fragment: true,
      };
  }
  // QA round 27 (helper en27b). "do i have any revolving credit", "am i using cash advance?": their own card records
  // first (the last 12 months), then what it is — was the explanation alone.
  if (
    u.intent === 'PRODUCT_QUESTION' &&
    (u.slots.productTopic === 'REVOLVING' || u.slots.productTopic === 'CASH_ADVANCE') &&
    !u.slots.period &&
    OWN_CARD_USE.test(text)
  )
    return {
      ...u,
      slots: { ...u.slots, ownCardUse: true, period: { kind: 'LAST_N_MONTHS', months: 12 } },
    };
  // QA round 27 (helper en27b). "how much do i owe on my card loan": the card loan named (its absence said first), then
  // the debts owed — was the debts alone.
  if (u.slots.debtWithCard && !u.slots.loan && CARD_LOAN_SAID.test(text))
    return { ...u, slots: { ...u.slots, loan: { kind: 'CARD_LOAN' } } };
  if (
    u.intent === 'SAVINGS' &&
    u.slots.depositInterest === 'INSTALMENT' &&
    u.slots.amount !== undefined &&
    CUT_TO_SAVE.test(text)
  )
    return { ...u, slots: { ...u.slots, cutToSave: true } };
  return u.intent === 'NEXT_PAYMENT' &&
    u.slots.dueMonth === undefined &&
    NEXT_MONTH_SAID.test(text) &&
    !/카드|\bcard\b/i.test(text)
    ? { ...u, slots: { ...u.slots, nextMonthSaid: true } }
    : u;
}

/**
 * QA round 25 (left25c). A charge asked what it is: "이거 뭐예요", "뭐지", "무슨 결제", "what is this … charge", "what's
 * the duty free charge", "₩19,700 charge what is it".
 */
const CHARGE_WHAT =
  /(?:뭐|뭔|무엇)\s?(?:예요|에요|야|지|죠|가요|니|임|이에요|인가요|인지|였|결제|돈)|무슨\s?(?:결제|돈|거|건)|정체|\bwhat(?:'s|s| is| was| are| were)\s(?:this|that|it|these|those)\b|\bwhat(?:'s|s| is| was| are| were)\b[^?!]{0,40}\b(?:charges?|payments?|transactions?)\b/i;
/** Not a plain "what is it": a charge they did not make, a loan, a refund or a sum (their own answers). */
const CHARGE_NOT_WHAT =
  /모르는|안\s?(?:한|쓴|했)|않은|않았|도용|사기|해킹|환불|취소|대출|이자|금리|얼마\s?(?:썼|쓴|나왔|나갔)|\bnot (?:me|mine)\b|n['’]?t (?:make|made|buy|bought|do|authori[sz]e|recogni[sz]e)|\bnever\b|\bunknown\b|\bfraud|\bscam|\brefund|\bloans?\b|\binterest\b|\bmortgage\b|\bhow much\b/i;
/** "언제 또 나가요?", "다음 결제 언제예요", "when is the next one", "when will it be charged again". */
const NEXT_CHARGE =
  /언제\s?(?:또|다시)|또\s?(?:언제|나가|빠져|결제|청구)|다음\s?(?:결제|번|거|건|달)\S{0,3}\s?(?:은|는)?\s?언제|\bnext (?:one|charge|payment|time)\b|\bwhen(?:'s| is| will| does)\b[^.?!]{0,30}\b(?:next|again)\b|\bcharged again\b/i;

/**
 * QA round 25 (left25c). A card charge asked what it is, by its merchant or amount ("AMAZON.COM 19700원 이거 뭐예요?",
 * "what is this 68,500 charge every month", "면세점 46만원 이거 뭐예요"), or said bare as merchant and amount
 * ("AMAZON.COM 19700원", was the loan limit for ₩19,700): the card-charge question (`chargeAsked`), its merchant and
 * amount — were the product answer, the next loan payment or the flagged list. After it, "이거 제가 쓴 거 맞아요" /
 * "that one's mine" is that charge acknowledged (ownCharge) and "언제 또 나가요?" / "when is the next one" its next
 * charge (nextCharge), the charge kept.
 */
function chargeQuestion(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
  u: MessageUnderstanding,
): MessageUnderstanding {
  const clean = text.replace(CONTROL, ' ').trim();
  const ps = previous?.slots;
  if (previous?.intent === 'SUSPECTED_FRAUD' && ps?.chargeAsked && isBrief(clean)) {
    const kept = {
      chargeAsked: true,
      ...(ps.merchant ? { merchant: ps.merchant } : {}),
      ...(ps.amount ? { amount: ps.amount } : {}),
    };
    const inherited = Object.keys(kept).filter((k) => k !== 'chargeAsked') as (keyof CounselSlots)[];
    const follow = OWN_CHARGE.test(clean) ? 'ownCharge' : NEXT_CHARGE.test(clean) ? 'nextCharge' : null;
    if (follow)
      return {
        ...u,
        intent: 'SUSPECTED_FRAUD',
        confidence: 1,
        slots: { ...kept, [follow]: true },
        inherited,
      };
  }
  if (CHARGE_NOT_WHAT.test(clean)) return u;
  // The card-charge slots of the message ("68,500", "68.5k", "19700원", "6만8500원"; a brand or a merchant named).
  const said = extractSlots(clean, 'SUSPECTED_FRAUD');
  const merchant = said.merchant ?? (u.inherited.includes('merchant') ? undefined : u.slots.merchant);
  const amount = said.amount;
  if (!merchant && !amount) return u;
  // Read as something else of its own ("갈아타기 비용 338,000원이 뭐에요?": the switching cost): that stays.
  const own = Object.keys(u.slots).filter((k) => !['amount', 'merchant', 'period', 'overseas'].includes(k));
  if (own.length > 0 && u.intent !== 'SUSPECTED_FRAUD' && u.intent !== 'CARD_TRANSACTIONS') return u;
  // "AMAZON.COM 19700원", "면세점 46만원?": the merchant and the amount, and a word or so besides.
  const bare =
    !!merchant &&
    !!amount &&
    clean
      .replace(/[?？!.~]/g, ' ')
      .trim()
      .split(/\s+/).length <= 3;
  if (!bare && !CHARGE_WHAT.test(clean)) return u;
  return {
    ...u,
    intent: 'SUSPECTED_FRAUD',
    confidence: 1,
    slots: {
      chargeAsked: true,
      ...(merchant ? { merchant } : {}),
      ...(amount ? { amount } : {}),
      ...(said.period ? { period: said.period } : {}),
    },
    inherited: [],
  };
}

/** "그럼 그 두달 합치면?", "두 달 다 합하면", "and both together?", "combined?": two months just asked, as one sum. */
const TWO_MONTHS_SUMMED =
  /(?:두\s?달|2\s?달|2\s?개월|둘|두\s?개)\s?(?:을|를|다|이|은|는)?\s?(?:다\s?)?(?:합치|합하|합쳐|더하|더해|합계|총)|^\s*(?:그럼\s?|그러면\s?|근데\s?)?(?:그거\s?)?(?:다\s?)?(?:합치면|합하면|더하면|합쳐서|합쳐\s?보면|합계는?)|\bboth (?:months )?(?:together|combined)\b|^\s*(?:and |so |ok |okay )?(?:what about |how about )?(?:both |the two |them |those |these )?(?:months )?(?:together|combined|in total|altogether)\s*\??\s*$/i;
/** "지난달이랑 그 전달", "last month and the month before": two months in a row named, the later first. */
const LAST_AND_BEFORE =
  /(?:지난\s?달|저번\s?달|전\s?달)\s?(?:이랑|하고|과|와|랑|,)\s?(?:그\s?(?:전|이전)\s?(?:달|월)|지지난\s?달|전전\s?달|저저번\s?달)|\blast month and (?:the (?:month|one) )?before(?: that)?\b|\blast month and the month before\b/i;

const TRIP_SAID = /여행|해외\s?(?:가서|갔다|나가서)|\btrip\b|\btravel(?:l?ing)?\b|\bvacation\b|\bholiday\b/i;
const TRIP_REGRET =
  /부끄|창피|민망|후회|너무\s?많이\s?(?:썼|쓴|써)|과소비|펑펑|흥청망청|\bashamed\b|\bembarrass|\bregret|\b(?:spent|spend|blew) (?:way )?too much\b|\boverspent\b|\bwent overboard\b/i;
/** A loan or its rate talked of (a year said beside it is not a spending period). */
const LOAN_OR_RATE = /대출|이자|금리|\bloans?\b|\binterest\b|\brates?\b|mortgage|주담대|전세/i;
const COMPARE_WORD = /비교|대비|보다|차이|\bvs\.?|\bversus\b|\bcompare|\bthan\b|\bdifference\b/i;

/**
 * QA round 24 (spend24). Two calendar years set against each other: "2025년이랑 2024년 비교해줘", "2025 vs 2024" (the
 * later first), "작년 … 재작년이랑 비교" (-1, -2).
 */
function yearsComparedIn(text: string): [number, number] | undefined {
  if (!COMPARE_WORD.test(text)) return undefined;
  const said = [...text.matchAll(/(?<![\d.,])(20\d\d)\s?(?:년|\b)(?!\s?\d{1,2}\s?월)/g)].map((m) =>
    Number(m[1]),
  );
  if (said.length === 2 && said[0] !== said[1])
    return said[0] > said[1] ? [said[0], said[1]] : [said[1], said[0]];
  if (
    /재작년|지지난\s?해|\bthe year before last\b|\btwo years ago\b/i.test(text) &&
    /(?<!재)작년|지난\s?해|\blast year\b/i.test(text)
  )
    return [-1, -2];
  return undefined;
}

/** A period of one calendar month (as said or resolved). */
function oneMonth(p: PeriodSlot | undefined): boolean {
  return (
    p?.kind === 'NAMED_MONTH' ||
    p?.kind === 'MONTHS_AGO' ||
    p?.kind === 'LAST_MONTH' ||
    p?.kind === 'THIS_MONTH'
  );
}

/** The month before a month (named months stay named). */
function monthBeforeOf(p: PeriodSlot): PeriodSlot | undefined {
  if (p.kind === 'NAMED_MONTH')
    return {
      kind: 'NAMED_MONTH',
      month: p.month === 1 ? 12 : p.month - 1,
      ...(p.year !== undefined ? { year: p.month === 1 ? p.year - 1 : p.year } : {}),
    };
  if (p.kind === 'MONTHS_AGO')
    return {
      kind: 'MONTHS_AGO',
      months: p.months + 1,
      ...(p.month ? { month: p.month === 1 ? 12 : p.month - 1 } : {}),
    };
  if (p.kind === 'LAST_MONTH') return { kind: 'MONTHS_AGO', months: 2 };
  if (p.kind === 'THIS_MONTH') return { kind: 'LAST_MONTH' };
  return undefined;
}

/**
 * QA round 24 (spend24). Two months asked one after the other or side by side, then summed: "지난달이랑 그 전달 얼마
 * 썼어요?" is last month against the month before (was last month alone); "10월은?" after "9월에 얼마 썼어?" keeps 9월
 * (`monthBefore`); "그럼 그 두달 합치면?" / "and both together?" after either is their sum (`sumWith`), then each month
 * (was the later month again).
 */
function spend24Months(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
  u: MessageUnderstanding,
): MessageUnderstanding {
  const prev = previous?.intent === 'SPENDING' ? previous.slots : undefined;
  if (prev && oneMonth(prev.period) && isBrief(text) && TWO_MONTHS_SUMMED.test(text)) {
    const other = prev.monthBefore ?? (prev.compare ? monthBeforeOf(prev.period!) : undefined);
    if (other)
      return {
        ...u,
        intent: 'SPENDING',
        confidence: 1,
        slots: {
          period: prev.period,
          sumWith: other,
          ...(prev.category ? { category: prev.category } : {}),
          ...(prev.merchant ? { merchant: prev.merchant } : {}),
        },
        inherited: [
          'period',
          ...(prev.category ? (['category'] as const) : []),
          ...(prev.merchant ? (['merchant'] as const) : []),
        ],
        fragment: true,
      };
  }
  // "3000년 1월 카드값", "9999년 12월 21일까지 얼마 준비해야 돼요?": a year out of reach, said so (whatever was asked).
  const farYear = yearOutOfRange(text);
  if (farYear !== undefined && u.intent !== 'GENERAL_CHAT')
    return { ...u, slots: { ...u.slots, yearOutOfRange: farYear } };
  // "2025년이랑 2024년 (카드 지출) 비교해줘" (was a savings question), "작년 카드 지출 재작년이랑 비교하면?" (was this year
  // against last): the two calendar years' card spending.
  const years = yearsComparedIn(text);
  if (years && (u.intent === 'SPENDING' || !LOAN_OR_RATE.test(text)))
    return {
      ...u,
      intent: 'SPENDING',
      confidence: 1,
      slots: {
        yearsCompared: years,
        compare: true,
        ...(u.intent === 'SPENDING' && u.slots.category ? { category: u.slots.category } : {}),
      },
    };
  // "부끄럽네요 여행가서 너무 많이 썼어요", "so embarrassed, i spent way too much on my trip": comfort, then the latest
  // trip (pipeline `latestTrip`) — was this month's travel, 0원.
  if (
    (u.intent === 'SPENDING' || u.intent === 'GENERAL_CHAT') &&
    TRIP_SAID.test(text) &&
    TRIP_REGRET.test(text) &&
    !u.slots.period &&
    !u.slots.merchant
  )
    return { ...u, intent: 'SPENDING', slots: { tripRegret: true } };
  if (u.intent !== 'SPENDING') return u;
  if (LAST_AND_BEFORE.test(text) && (!u.slots.period || u.slots.period.kind === 'LAST_MONTH'))
    return { ...u, slots: { ...u.slots, period: { kind: 'MONTHS_AGO', months: 1 }, compare: true } };
  // "10월은?" after "9월에 얼마 썼어?": another single month, the one before kept for a sum asked next.
  if (
    prev &&
    oneMonth(prev.period) &&
    !prev.compare &&
    // Months named by their number ("10월은?", "and october?"), not one counted back ("the month before?").
    u.slots.period?.kind === 'NAMED_MONTH' &&
    (prev.period!.kind === 'NAMED_MONTH' ||
      (prev.period!.kind === 'MONTHS_AGO' && prev.period!.month !== undefined)) &&
    !u.slots.compare &&
    !u.slots.sumWith &&
    JSON.stringify(prev.period) !== JSON.stringify(u.slots.period)
  )
    return { ...u, slots: { ...u.slots, monthBefore: prev.period } };
  return u;
}

/** "다음 달", "담달", "next month" (QA round 23, mix23). */
const NEXT_MONTH_SAID = /다음\s?달|담달|\bne?xt (?:mo|mth|mnth|month)\b/i;

function understandWithFollowUps(
  model: LoadedIntentModel,
  text: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
  options: { topicGate?: boolean; exampleIntent?: CounselIntent | null } = {},
): MessageUnderstanding {
  if (!previous || options.exampleIntent || previous.intent === 'GENERAL_CHAT')
    return understandWithCore(model, text, previous, options);
  // "why so low lol": read without the laughter (the mood is read from the whole message elsewhere).
  const plain = text.replace(CONTROL, ' ').replace(LAUGH_TAIL, '').trim();
  const said = plain.length > 0 ? plain : text;
  const core = understandWithCore(model, said, previous, options);
  const angle = shortFollowUp(said, previous, core);
  if (!angle) return quotedRateKept(core, previous, said);
  return {
    intent: angle.intent,
    confidence: 1,
    slots: angle.slots,
    inherited: (Object.keys(angle.slots) as (keyof CounselSlots)[]).filter(
      (k) => k !== 'angle' && previous.slots[k] !== undefined,
    ),
    alternatives: core.alternatives.filter((r) => r.intent !== angle.intent).slice(0, 3),
    fragment: true,
  };
}

/**
 * QA round 23 (care23). An amount asked of as monthly instalments ("300만원 할부로 하면 한달에 얼마예요?", "6개월 할부면
 * 월 얼마?", "how much a month if i put 3m on instalments"): the amount and the months said (0: none, the usual terms).
 * Not the card bill converted ("카드값 할부로 돌리면", the conversion answer) nor more spending ("더 쓰면").
 */
function instalmentPlanOf(
  text: string,
): Pick<CounselSlots, 'instalmentPlan' | 'instalmentPlanMonths'> | undefined {
  if (!/할부|instal?ments?/i.test(text)) return undefined;
  if (
    !/(?:한\s?달|월|매달|달마다)\s?(?:에\s?)?(?:얼마|몇)|얼마씩|\b(?:a|per|each) month\b|\bmonthly\b/i.test(
      text,
    )
  )
    return undefined;
  if (/카드\s?값|명세서|청구서|card bill|돌리|전환|convert|남은|left\b/i.test(text)) return undefined;
  const amount = extractAmount(text);
  if (!amount || new Decimal(amount).lt(10_000)) return undefined;
  // A car bought on instalments ("자동차 할부 3천 60개월") or a loan is a loan's payment, not a card's.
  if (/자동차|차량|\b(?:car|auto|vehicle)\b|대출|\bloans?\b|주담대|전세|\bmortgage\b/i.test(text))
    return undefined;
  const m = extractTermMonths(text);
  if (m !== undefined && m > 36) return undefined;
  // QA round 24 (mood24). "-300만원 할부로 하면 한달에 얼마예요?": the minus kept (was 3,000,000원 split), so the answer
  // can say that a negative amount is not split.
  const minus = /(?:^|[\s(])[-−–]\s?(?:₩\s?)?\d/.test(text);
  return {
    instalmentPlan: minus ? new Decimal(amount).negated().toFixed() : amount,
    instalmentPlanMonths: m !== undefined && m >= 2 ? m : 0,
  };
}

/** QA round 24 (en24b). The kind of charge a customer says was theirs: "it was my hotel", "제 항공권이에요". */
function clearedKindOf(text: string): MessageUnderstanding['slots']['clearedKind'] {
  if (/\b(?:hotel|resort|hostel|airbnb|ryokan|inn)\b|호텔|숙소|숙박|료칸/i.test(text)) return 'HOTEL';
  if (/\b(?:flights?|plane tickets?|airline|air tickets?)\b|항공|비행기/i.test(text)) return 'FLIGHT';
  if (/\bduty[- ]?free\b|면세/i.test(text)) return 'DUTY_FREE';
  return undefined;
}

/** QA round 24 (en24a). "go back to my first question", "back to what i asked first": the thread's first question. */
export const FIRST_QUESTION_BACK =
  /\b(?:go(?:ing)? )?back to (?:my|the) (?:first|1st|original|earlier) (?:question|q)\b|\bback to what i (?:first )?asked(?: first| at the start)?\b/i;
/** The lead of FIRST_QUESTION_BACK with its comma, dropped before the question itself is read. */
const FIRST_QUESTION_LEAD =
  /^\s*(?:ok(?:ay)?,?\s|so,?\s)?(?:go(?:ing)? )?back to (?:my|the) (?:first|1st|original|earlier) (?:question|q)\b[\s,:;.-]*/i;
/** A rate cut asked of the bank: "can i ask the bank for a rate cut", "ask kakaobank for a lower rate". */
const EN_RATE_CUT_ASK =
  /\b(?:ask|request|beg|get)\b[^.?!]{0,30}\bfor an? (?:interest )?(?:rate (?:cut|reduction|decrease)|lower (?:interest )?rate|cut in (?:my |the )?rate)\b|\b(?:ask|request) (?:for )?(?:a )?(?:rate[- ]cut|lower rate)\b/i;
/** What the saving would be, asked after a rate cut or a switch: "how much would i save per month with that". */
const EN_SAVE_HOW_MUCH =
  /\bhow much (?:would|will|could|do|can) i (?:save|save up|get off)\b|\bhow much (?:cheaper|less)\b[^.?!]{0,20}\b(?:a|per|each) month\b/i;
/** A car loan weighed: "car loan on top of my jeonse loan?", "should i take a 25m car loan". */
const EN_CAR_LOAN = /\b(?:car|auto|vehicle) loan\b/i;
/** An extension asked in English: "can i extend it?", "can i extend my jeonse loan when it matures?". */
const EN_EXTEND =
  /\b(?:can|could|may|should|do) i (?:extend|renew|roll over|prolong)\b|\b(?:extend|renew|roll over|prolong) (?:it|that|my (?:\w+ )?loan|the (?:\w+ )?loan)\b/i;
/** QA round 27 (lead). What costs the score most, or the score after it is fixed: "what's dragging it down the most". */
const SCORE_DRAG =
  /\b(?:dragging|pulling|bringing|keeping|holding) (?:it|me|my score|the score) (?:down|back)\b|\b(?:hurting|costing) (?:it|me|my score)(?: the)? most\b|\bwhat(?:'s| is) (?:the )?(?:biggest|worst) (?:factor|problem|drag)\b|\bif i fix (?:that|it|this|them)\b|\bwhat would (?:my|the) score be\b|(?:제일|가장)\s?(?:깎|떨어뜨|끌어\s?내리|발목)|(?:그거|그걸|그것만)\s?(?:고치면|해결하면|바꾸면)|몇\s?점\s?(?:돼|되|올라|이\s?돼)/i;
/** QA round 27 (lead). What a change said means: "does that change anything", "뭐 달라지는 거 있어요?". */
const WHAT_CHANGES =
  /\b(?:does|would|will|could) (?:that|this|it) change (?:anything|something|much|things)\b|\bwhat (?:changes|does that change|would change)\b|(?:뭐|뭔가|무엇이?|뭐가)\s?달라지|달라지는\s?(?:게|거|것)/i;
/** QA round 27 (lead). Why the product just recommended: "why that one", "why do you recommend it", "왜 그거예요?". */
const WHY_THAT_ONE =
  /^(?:but |and |so |ok )?why(?: that| this| the| that one| this one)?(?: one| card| product| account| savings)?\s*[?？]*$|\bwhy (?:that|this) (?:one|card|product|account)\b|\bwhy (?:do|did|would) you (?:suggest|recommend|pick|choose)\b|왜\s?(?:그거|그걸|그게|이거|그\s?상품|그\s?카드|그\s?적금)|(?:그거|그걸|그\s?상품|그\s?카드)\S{0,2}\s?(?:는\s?|은\s?)?왜|추천\s?(?:한\s?)?이유/i;
/** QA round 27 (lead). The refinance's downside asked: "what's the catch", "any downside?", "손해 보는 건 없어요?". */
const REFINANCE_CATCH =
  /\bwhat'?s the catch\b|\b(?:any|the|what are the) (?:catch|downsides?|drawbacks?|risks?)\b|\bdownsides?\b|\btoo good to be true\b|손해\s?(?:보는|볼|는|나는)|단점|함정|리스크|불리한\s?(?:점|거|건)/i;
/** QA round 27 (lead). A list's sum asked: "total?", "in total", "다 합치면?", "합계는?". */
const SUM_ASKED =
  /^(?:and |so |what'?s the |the )?(?:total|sum|in total|all together|altogether)\s*[?？]*$|\b(?:how much|what) (?:is that |does that come to |are they )?(?:in total|altogether|all together)\b|\badd (?:them|those|it) up\b|(?:다\s?)?합치면|합계|합하면|모두\s?(?:얼마|합)|총\s?(?:얼마|합)/i;
/** QA round 27 (lead). A ratio just given, judged: "is that bad", "is it high", "그거 높은 거예요?", "괜찮은 수준이에요?". */
const RATIO_JUDGED =
  /\bis (?:that|it|this|mine) (?:bad|good|ok(?:ay)?|high|too high|low|normal|healthy|dangerous|a problem|fine)\b|\bshould i (?:be )?worr|\bhow bad\b|(?:나쁜|높은|낮은|괜찮은|위험한|정상인?|적당한)\s?(?:거|건|편|수준|정도)|(?:높|나쁘|괜찮|위험하|안\s?좋)(?:아요|은가요|나요|죠|은\s?거|아)\s?[?？]/i;
/** QA round 27 (lead). When the rate changes, asked after the rate: "when does it change", "언제 바뀌어요?". */
const RATE_CHANGE_WHEN =
  /\bwhen (?:does|will|is|do) (?:it|that|the rate|my rate|the interest(?: rate)?) (?:change|reset|adjust|move|go up|next change|get reset)\b|\bwhen(?:'s| is) (?:the |its )?next (?:change|reset)\b|언제\s?(?:바뀌|바껴|변동|변경|조정|오르|달라지)|(?:바뀌|바뀌는|변동되는|변경되는|조정되는)\s?(?:날|때|시기|주기)\S{0,2}\s?(?:언제|이|는)/i;
/** QA round 27 (lead). How to stop the card, asked after the flagged charges: "how do i block it", "정지 어떻게 해요". */
const HOW_TO_STOP =
  /(?:정지|잠금|잠그|잠가|막|멈추|멈춰)\S{0,3}\s?(?:는\s?|은\s?)?(?:어떻게|방법|어디서)|어떻게\s?(?:해야\s?)?(?:정지|잠그|잠가|막|멈추|멈춰)|\bhow (?:do|can|would|should) i (?:block|freeze|lock|suspend|stop|cancel|deactivate) (?:it|that|this|them|my card|the card)\b|\b(?:block|freeze|lock|suspend) it\b/i;
/** QA round 27 (lead). The flagged charges asked for: "which charges look wrong", "어떤 게 이상해요?". */
const WHICH_FLAGGED =
  /\bwhich (?:charges?|payments?|transactions?|ones?)\b[^.?!]{0,20}\b(?:wrong|weird|odd|strange|suspicious|unusual|off|dodgy|sketchy|fishy|flagged)\b|\b(?:show|list|see)\b[^.?!]{0,12}\b(?:suspicious|weird|odd|flagged|unusual|wrong) (?:charges?|payments?|transactions?|ones?)\b|어떤\s?(?:거|게|건|결제|거래)\S{0,3}\s?(?:이상|수상|의심)|(?:뭐가|어떤\s?게|어느\s?게)\s?(?:이상|수상)/i;
/** QA round 27 (lead). "카드 정지 어떻게 해요?", "카드 잠그는 방법": the how-to of stopping the card (read as fraud). */
const KO_BLOCK_CARD =
  /카드\S{0,2}\s?(?:를\s?|을\s?|좀\s?)?(?:일시\s?)?(?:정지|잠금|잠그|잠가|막)\S{0,3}\s?(?:는\s?|은\s?)?(?:어떻게|방법|어디서|하는\s?법)/;
/** The customer's card blocked now: "how do i block my card rn", "freeze my card please". */
const EN_BLOCK_CARD =
  /\b(?:how (?:do|can|would) i|can i|can (?:you|u)|i (?:want|need) to|help me|please|pls|let me)\b[^.?!]{0,12}\b(?:block|freeze|lock|suspend|stop|deactivate) (?:my |the |this )?(?:credit |debit )?card\b/i;
/** Why the monthly loan payment is what it is: "why do i pay 530k every month", "why is my payment so much". */
const EN_PAYMENT_WHY =
  /\bwhy (?:do |am |must )?i (?:pay|paying|have to pay)\b[^.?!]{0,30}\b(?:every|each|a|per) month\b|\bwhy (?:do |am |must )?i (?:pay|paying)\b[^.?!]{0,20}\b(?:on|for) (?:my|the) (?:\w+ )?loan\b|\bwhy is my (?:monthly |loan )?payment so (?:high|much|big)\b/i;
/** "what happens in march 2028", "what happens on 21 march 2028": a month with its year asked of. */
const EN_WHAT_HAPPENS_IN =
  /\bwhat (?:happens|will happen|do i (?:do|pay)|is due)\b[^.?!]{0,12}\b(?:in|on|by|at)\b[^.?!]{0,6}\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s(?:\d{1,2},?\s)?(20\d\d)\b/i;
/** "why so high?? i barely use my card" after a forecast: the forecast questioned, whatever follows. */
const EN_WHY_HIGH_LEAD =
  /^\s*(?:and |but |so |wait |hm+,? )?why (?:is (?:it|that|this) )?(?:so|that|this|this damn|that damn) (?:high|much|big|expensive|large)\b/i;
/** Coffee or cafés named as the subject: "all coffee", "cafes", "coffee shops". */
const EN_COFFEE = /\b(?:all )?(?:coffee(?: shops?| places?)?|caf(?:e|é)s?)\b/i;
/** Online against in-store asked: "was that online or in store", "in-store or online?". */
const EN_ONLINE_OR_STORE =
  /\bonline or (?:in[- ]?store|in[- ]person|offline|in shops?)\b|\b(?:in[- ]?store|in[- ]person|offline) or online\b/i;
/** The largest categories of a spending just given: "what was it mostly on", "what did i spend it on". */
const EN_MOSTLY_ON =
  /\bwhat (?:was|is|were) (?:it|that|all that|the money) (?:mostly |mainly )?(?:on|for|spent on)\b|\bwhat did i (?:mostly |mainly )?spend (?:it|that|all that|the money) on\b|\bmostly on what\b/i;
/** How many purchases, asked of a spending just given: "how many purchases was that". */
const EN_HOW_MANY = /\bhow many (?:purchases|transactions|payments|times|swipes|charges)\b/i;
/** The month's payment asked after the rate: "그럼 다음 달 이자 payment 얼마 나가요?", "next month's payment?". */
const NEXT_MONTH_PAYMENT =
  /(?:다음\s?달|담달|\bnext month'?s?)\s?[^.?!]{0,6}(?:이자|납입|\bpayment|\binterest)[^.?!]{0,10}(?:얼마|\bhow much\b)|\bhow much (?:is|will be) (?:the |my )?(?:payment|interest) next month\b/i;
/** The health score pushed to a target: "how do i get it to 80", "how can i get my score up to 80". */
const EN_SCORE_TO =
  /\b(?:get|raise|bring|push|take|improve|boost)\s(?:it|that|this|my (?:health )?score|the score)\s(?:up\s)?to\s\d{2,3}\b/i;
/** A loan-balance and a month's card spending in one English message. */
const EN_BALANCE_AND_SPENT =
  /\b(?:loan )?balance\b[^.?!]{0,20}\band\b[^.?!]{0,20}\bhow much (?:did|have) i (?:spen[dt]|used?)\b|\bhow much (?:did|have) i (?:spen[dt]|used?)\b[^.?!]{0,30}\band\b[^.?!]{0,20}\bloan balance\b/i;

/** The next loan payment and the health score in one English message. */
const EN_PAYMENT_AND_SCORE =
  /\bnext (?:loan )?payment\b[^.?!]{0,12}\band\b[^.?!]{0,12}\b(?:health )?score\b|\bhealth score\b[^.?!]{0,12}\band\b[^.?!]{0,12}\bnext (?:loan )?payment\b/i;

/**
 * QA round 24 (en24a). English follow-ups that continue the subject, and English questions the model misread: a
 * category or café asked of a spending just given, online against in store, what a month was mostly on, how many
 * purchases; why a forecast is high; a health score to a target; a rate cut asked of the bank and its monthly saving;
 * a car loan on top of the loans; an extension; blocking the card; why the monthly payment is what it is; a month of a
 * year asked of (the maturity's); the loan's balance with a named month's spending; the next payment after the rate.
 * Null: none of these.
 */
function en24Rule(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): { intent: CounselIntent; slots: CounselSlots; inherited: (keyof CounselSlots)[] } | null {
  const p = previous?.intent;
  const ps = previous?.slots ?? {};
  const keep = (keys: (keyof CounselSlots)[]): { slots: CounselSlots; inherited: (keyof CounselSlots)[] } => {
    const kept = keys.filter((k) => ps[k] !== undefined);
    return { slots: Object.fromEntries(kept.map((k) => [k, ps[k]])) as CounselSlots, inherited: kept };
  };
  // After a spending answer.
  if (p === 'SPENDING' && !ps.cardBill && !ps.outgoings) {
    const period = keep(['period']);
    const category = extractCategory(text);
    if (EN_ONLINE_OR_STORE.test(text)) {
      const k = keep(['period', 'category', 'merchant', 'overseas']);
      return { intent: 'SPENDING', slots: { ...k.slots, onlineVsOffline: true }, inherited: k.inherited };
    }
    if (EN_MOSTLY_ON.test(text)) {
      const k = keep(['period', 'overseas', 'online']);
      return { intent: 'SPENDING', slots: { ...k.slots, top: true }, inherited: k.inherited };
    }
    // "wait i meant all coffee not just starbucks": the cafés, the period kept.
    if (ps.merchant && EN_COFFEE.test(text) && /\b(?:all|meant|not just|not only|every)\b/i.test(text))
      return {
        intent: 'SPENDING',
        slots: { ...period.slots, merchant: '카페' },
        inherited: period.inherited,
      };
    // "how much of that was groceries": the category's share of the period just given.
    if (
      category &&
      !extractMerchant(text) &&
      /\bhow much\b/i.test(text) &&
      /\b(?:of (?:that|it|this)|was|were)\b/i.test(text) &&
      !extractPeriod(text)
    )
      return { intent: 'SPENDING', slots: { ...period.slots, category }, inherited: period.inherited };
  }
  // After the balance with a month's spending: how many purchases that month.
  if (p === 'LOAN_BALANCE' && ps.alsoSpending && EN_HOW_MANY.test(text) && !extractPeriod(text)) {
    const period = keep(['period']);
    return { intent: 'SPENDING', slots: { ...period.slots, howMany: true }, inherited: period.inherited };
  }
  if (p === 'FORECAST' && (ps.forecastSubject ?? 'SPENDING') === 'SPENDING' && EN_WHY_HIGH_LEAD.test(text))
    return {
      intent: 'FORECAST',
      slots: { ...ps, forecastSubject: 'SPENDING', changeWhy: true },
      inherited: Object.keys(ps) as (keyof CounselSlots)[],
    };
  if (p === 'HEALTH_SCORE' && EN_SCORE_TO.test(text))
    return ps.scoreKind === 'CREDIT'
      ? {
          intent: 'HEALTH_SCORE',
          slots: { scoreKind: 'CREDIT', creditEffect: 'RAISE' },
          inherited: ['scoreKind'],
        }
      : { intent: 'HEALTH_SCORE', slots: { creditEffect: 'RAISE' }, inherited: [] };
  // "ok how much would i save per month with that exactly" after a rate cut (or a question on it): the saving.
  if (
    (p === 'REFINANCE' || p === 'PRODUCT_QUESTION') &&
    ps.productTopic === 'RATE_CUT_RIGHT' &&
    EN_SAVE_HOW_MUCH.test(text) &&
    !/\b(?:a|per|each|in a|over the) (?:year|yr)\b|\byearly\b|\bannually\b|\bin total\b|\boverall\b/i.test(
      text,
    ) &&
    !extractAmount(text)
  ) {
    const k = keep(['loan', 'quotedRate']);
    return { intent: 'REFINANCE', slots: k.slots, inherited: k.inherited };
  }
  // QA round 27 (lead). "which charges look wrong", "어떤 게 이상해요?": the flagged charges (were this month's spending,
  // or the card suspension again after it).
  if (
    WHICH_FLAGGED.test(text) &&
    (isBrief(text) || /\bcharges?\b|\bpayments?\b|\btransactions?\b|결제|거래/i.test(text)) &&
    !/대출|이자|\bloans?\b|\binterest\b/i.test(text)
  )
    return { intent: 'SUSPECTED_FRAUD', slots: {}, inherited: [] };
  // QA round 27 (lead). "what life stage am i in" (small talk), "내 생애 단계가 뭐예요?" (a product question): the stage
  // the insights inferred — not a recommendation asked by it ("생애 단계에 맞는 상품").
  if (LIFE_STAGE_ASKED.test(text) && !/상품|추천|\bproducts?\b|\brecommend/i.test(text))
    return { intent: 'HEALTH_SCORE', slots: { lifeStageAsked: true }, inherited: [] };
  // QA round 27 (lead). "금리 제일 높은 거" after a savings answer: the savings products, the highest rate first (was the
  // month's room again, or the costliest loan).
  if (p === 'SAVINGS' && isBrief(text) && HIGHEST_RATE.test(text))
    return { intent: 'SAVINGS', slots: { recommend: 'SAVINGS', highestRate: true }, inherited: [] };
  // QA round 27 (lead). "i got a raise to 25 million a year, does that change anything": the limit on that income (was
  // the flagged charges).
  if (WHAT_CHANGES.test(text)) {
    const limit = extractSlots(text, 'LOAN_LIMIT');
    if (limit.statedIncome) return { intent: 'LOAN_LIMIT', slots: limit, inherited: [] };
  }
  // "카드 정지 어떻게 해요?": how to stop the card (read as fraud) — not with a charge disowned, a lost card or abroad.
  if (
    KO_BLOCK_CARD.test(text) &&
    !/모르는|(?<![가-힣])안\s?(?:한|쓴|했|썼|산)|도용|도난|분실|잃어|잃었|해킹|해외/.test(text)
  )
    return { intent: 'CARD_TRANSACTIONS', slots: { request: 'CARD_SUSPEND' }, inherited: [] };
  if (/[가-힣]/.test(text)) {
    // "그럼 다음 달 이자 payment 얼마 나가요?" after the rate: the next payment (was the rate again).
    if ((p === 'LOAN_BALANCE' || p === 'REFINANCE') && ps.currentRate && NEXT_MONTH_PAYMENT.test(text)) {
      const k = keep(['loan']);
      return { intent: 'NEXT_PAYMENT', slots: k.slots, inherited: k.inherited };
    }
    return null;
  }
  if (EN_RATE_CUT_ASK.test(text)) {
    const loan = extractLoanRef(text);
    const k = keep(['loan']);
    return loan
      ? { intent: 'REFINANCE', slots: { loan, productTopic: 'RATE_CUT_RIGHT' }, inherited: [] }
      : {
          intent: 'REFINANCE',
          slots: { ...k.slots, productTopic: 'RATE_CUT_RIGHT' },
          inherited: k.inherited,
        };
  }
  if (EN_CAR_LOAN.test(text)) {
    const amount = extractAmount(text);
    if (amount && new Decimal(amount).gte(1_000_000) && !/\b(?:balance|owe|left|rate|pay ?off)\b/i.test(text))
      return {
        intent: 'LOAN_LIMIT',
        slots: { ...extractSlots(text, 'LOAN_LIMIT'), loanKind: 'AUTO', amount },
        inherited: [],
      };
  }
  if (
    EN_EXTEND.test(text) &&
    !/\bcards?\b|\bdue date\b|\binstal?ments?\b/i.test(text) &&
    // A renewal with a raised deposit, a refused extension: their own readings.
    extractSlots(text, 'LOAN_BALANCE').request === undefined
  ) {
    const named = extractLoanRef(text);
    const onLoan =
      p === 'LOAN_BALANCE' || p === 'NEXT_PAYMENT' || p === 'LOANS_OVERVIEW' || p === 'PAYOFF_QUOTE';
    if (named || (onLoan && /\b(?:it|that)\b/i.test(text)))
      return {
        intent: 'LOAN_BALANCE',
        slots: { ...(named ? { loan: named } : keep(['loan']).slots), request: 'EXTENSION' },
        inherited: named ? [] : keep(['loan']).inherited,
      };
  }
  if (
    EN_BLOCK_CARD.test(text) &&
    // A charge disowned in the same message is the fraud answer (its steps block the card).
    !/\bdid ?n[o'’]?t (?:buy|make|do|order)\b|\bnot me\b|\bdon'?t recogni[sz]e\b|\bstolen\b|\bfraud|\bscam|\bhacked\b/i.test(
      text,
    ) &&
    !/\bshould i\b|\bdo i (?:need|have) to\b|\boverseas\b|\babroad\b|\bforeign\b|\binternational(?:ly)?\b|\bfrom being used\b/i.test(
      text,
    )
  )
    return { intent: 'CARD_TRANSACTIONS', slots: { request: 'CARD_SUSPEND' }, inherited: [] };
  if (EN_PAYMENT_WHY.test(text) && !/\bcard\b|\bbill\b/i.test(text)) {
    const named = extractLoanRef(text);
    const k = keep(['loan']);
    return {
      intent: 'NEXT_PAYMENT',
      slots: { ...(named ? { loan: named } : k.slots), interestWhy: true },
      inherited: named ? [] : k.inherited,
    };
  }
  const happens = EN_WHAT_HAPPENS_IN.exec(text);
  if (happens && !/\bcards?\b|\bspen[dt]\b|\bbill\b/i.test(text)) {
    const named = extractLoanRef(text);
    const k = keep(['loan']);
    return {
      intent: 'NEXT_PAYMENT',
      slots: {
        ...(named ? { loan: named } : k.slots),
        dueMonth: EN_MONTHS.indexOf(happens[1].toLowerCase()) + 1,
        dueYear: Number(happens[2]),
      },
      inherited: named ? [] : k.inherited,
    };
  }
  if (EN_PAYMENT_AND_SCORE.test(text))
    return { intent: 'HEALTH_SCORE', slots: { alsoNextPayment: true }, inherited: [] };
  if (EN_BALANCE_AND_SPENT.test(text)) {
    const period = extractPeriod(text);
    return {
      intent: 'LOAN_BALANCE',
      slots: { alsoSpending: true, ...(period ? { period } : {}) },
      inherited: [],
    };
  }
  return null;
}

// ---------------------------------------------------------------- QA round 24 (plan24)

/** A car named as the thing bought: "차 사려고", "자동차 할부", "중고차", "a car". */
const CAR_BOUGHT =
  /자동차|차량|신차|중고차|(?<![가-힣])차(?=\s?(?:를|도|사|살|구입|구매|할부|뽑|한\s?대|값|로))|\b(?:car|vehicle)\b/i;
/** QA round 27 (helper ko27). The payday asked: "월급날이 언제야", "월급날까지 며칠 남았어", "when is payday". */
const PAYDAY_ASKED =
  /(?:월급|급여)\s?(?:날|일|들어오는\s?날)\S{0,2}\s?(?:이\s?|은\s?|는\s?|가\s?)?(?:언제|며칠|몇\s?일)|(?:월급|급여)\s?(?:날|일)?\s?까지\s?(?:며칠|얼마|몇\s?일)\s?(?:이나\s?)?남|\bwhen(?:'s| is) (?:my )?pay\s?day\b|\bwhen do i get paid\b|\bhow (?:many days|long) (?:until|till|to) (?:my )?pay\s?day\b/i;
/** QA round 27 (helper ko27). A subscription to cancel: "넷플릭스 해지할까", "구독 끊을까", "should i cancel netflix". */
const SUBSCRIPTION_CANCEL =
  /(?:해지|끊|취소|해약)\S{0,3}\s?(?:할까|해야|하는\s?게|할지|하면|해도|하고\s?싶|을까|는\s?게|어야|을지|어도)|\bshould i (?:cancel|drop|unsubscribe)\b|\bcancel (?:my )?(?:\w+ )?subscriptions?\b/i;
/** QA round 27 (helper ko27). Gifts at weddings and funerals: "경조사비", "축의금", "조의금", "부조금", "wedding gifts". */
const GIFT_MONEY =
  /경조사|축의금|조의금|부의금|부조금|\bwedding (?:gifts?|money)\b|\bfuneral (?:gifts?|money)\b/i;
/** QA round 27 (helper ko27). A month's car payment asked as affordable: "할부 한달에 50만원이면 괜찮아?", "월 40씩 감당돼?". */
const CAR_MONTHLY_ASKED =
  /^(?![^]*(?:오토\s?론|대출|\bloans?\b))(?=[^]*(?:할부|리스|렌트))(?=[^]*(?:한\s?달에?|월|매달|매월)\s?\d[\d,]*\s?(?:만\s?원?|원)?\s?(?:씩|이면|정도|짜리|나가|내)?)[^]*(?:괜찮|감당|될까|되나|돼|무리|가능|낼\s?수|버틸|할\s?만)/;
/** Paid over months: card or car instalments, an auto loan. */
const OVER_MONTHS = /할부|오토\s?론|(?:자동)?차\s?대출|\binstal?l?ments?\b|\bfinanc(?:e|ing)\b|\bcar loan\b/i;
/** Bought, or whether to buy: "사도", "사려고", "살까", "구매", "뽑으려고", "buy", "afford". */
const BUYING = /사도|사면|살까|살\s?수|사려|구입|구매|뽑|\bbuy|\bafford/i;
/** Whether it is all right: "긁어도 돼요?", "사도 될까요", "결제해도 괜찮아요?". */
const OK_TO_CHARGE =
  /(?:긁어도|사도|결제해도|써도|질러도|해도|구매해도|구입해도)\s?(?:돼|될까|되나|되요|괜찮|될지)|(?:사려|살려|구매하려|구입하려)(?:는데|고\s?하는데|고\s?해요|구)[^.?!]{0,12}(?:괜찮|될까|되나|돼요|어때|어떨까|무리)|\b(?:can|could|should|may) i (?:buy|get|put|afford|charge|purchase)\b|\bis it ok(?:ay)? (?:to|if i) (?:buy|get|put|charge)\b/i;
/** A wedding (or its costs) saved for: "결혼하는데", "결혼자금", "웨딩", "혼수". */
const WEDDING = /결혼|웨딩|혼수|예식|\bwedding\b/i;
/** Saving asked: "모아야", "모으려면", "얼마씩", "저축". */
const SAVE_ASKED = /모아|모으|모을|저축|얼마씩|\bsave\b|\bsaving\b/i;
/** The season of a deadline: "내년 가을에", "봄까지". */
const SEASON_MONTH: [RegExp, number][] = [
  [/봄|\bspring\b/i, 3],
  [/여름|\bsummer\b/i, 7],
  [/가을|\b(?:autumn|fall)\b/i, 9],
  [/겨울|\bwinter\b/i, 12],
];
/** Shame at the debt: "창피해요", "부끄러워요", "쪽팔려", "embarrassed about my debt". */
const DEBT_SHAME = /창피|부끄럽|부끄러|쪽팔|민망|한심|\bashamed\b|\bembarrass/i;
/** Debt named: "빚", "대출", "부채", "debt", "loan". */
const DEBT_NAMED = /빚|대출|부채|\bdebts?\b|\bloans?\b/i;
/** Telling the family: "부모님한테 말해야 할까요", "엄마한테 얘기할까". */
const TELL_FAMILY =
  /(?:부모님|부모|엄마|아빠|어머니|아버지|가족|남친|여친|남자\s?친구|여자\s?친구|배우자|와이프|남편|아내|애인)\S{0,3}\s?(?:한테|께|에게|한테는|께는)?\s?(?:도\s?)?(?:말|얘기|이야기|알려|털어놓|고백)\S{0,4}\s?(?:해야|할까|하는\s?게|해도|드려야|드릴까|말아야)|\b(?:tell|talk to) my (?:parents|mom|mum|dad|family|partner)\b/i;
/** Never late, asked in the negative: "연체는 한번도 안했죠?", "연체 없죠?". */
const NEVER_LATE =
  /연체\S{0,2}\s?(?:는\s?|도\s?)?(?:한\s?번도|전혀|하나도)\s?(?:안|없|않)|연체\S{0,2}\s?(?:한|된)\s?적\s?(?:은\s?|이\s?)?(?:한\s?번도\s?)?없|\bnever (?:been )?late\b|\bnever missed\b/i;

/** Where the sum due at maturity comes from: "만기때 1억6900 어디서 구해", "그 돈 어떻게 마련해". */
const SUM_FROM_WHERE =
  /(?:어디서|어디에서|어떻게|무슨\s?돈으로|뭘로)\s?(?:다\s?)?(?:구해|구하|구할|마련|메꾸|메워)|\bwhere (?:do|will|would|am) i (?:going to )?(?:get|find)\b/i;
/** The maturity's sum named: "만기", "1억6900", "원금", "the principal". */
const MATURITY_SUM = /만기|원금|목돈|[0-9]\s?억|\bmaturity\b|\bprincipal\b|\blump sum\b/i;
/** The two scores told apart: "신용점수랑 재무건강점수 차이가 뭐에요", "그거랑 이거랑 뭐가 달라". */
const SCORE_DIFF =
  /차이|뭐가\s?(?:달라|다르|틀려)|어떻게\s?(?:달라|다르)|다른\s?(?:거|점|건)|\bdifferen(?:ce|t)\b|\bvs\.?\b/i;
/** What a cost is: "338,000원이 뭐에요?", "무슨 비용이에요", "what is that fee". */
const COST_WHAT =
  /뭐에요|뭐예요|뭐애요|뭔가요|뭔데|뭐야|뭐임|뭐지|무슨\s?(?:비용|돈|금액)|어떤\s?(?:비용|돈)|내역|구성|\bwhat(?:'s| is| are)\b|\bbreakdown\b/i;
/** The switch's cost named: "갈아타기 비용", "대환 비용", "switching cost". */
const SWITCH_COST_NAMED = /(?:갈아타(?:기|는|면)?|대환)\s?(?:비용|수수료)|\bswitch(?:ing)? (?:cost|fee)s?\b/i;
/** Income that fell by an amount: "한달에 50만원 수입이 줄었어요", "월급이 30만원 깎였어요". */
const INCOME_CUT =
  /(?:수입|소득|월급|급여|벌이|월수입|\bincome\b|\bpay\b)\S{0,3}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:\S+\s?){0,2}?(?:줄었|줄어|감소|깎였|깎여|빠졌|떨어졌|\bdropped\b|\bfell\b|\bwent down\b|\bcut\b)|(?:줄었|줄어|감소했|깎였)\S{0,3}[^.?!]{0,6}(?:수입|소득|월급|급여)/i;

/** Every one of them asked for: "전부 보여줘", "내역 전부", "다 보여줘", "show me all of them", "all my transactions". */
const ALL_SHOWN =
  /(?:전부|전체|모두)\s?(?:다\s?)?(?:보여|알려|뽑아|줘|주세요|$)|(?:내역|거래|결제)\S{0,2}\s?(?:전부|전체|모두|다\s?(?:보여|알려))|(?<![가-힣])다\s?(?:보여|알려|뽑아)|\ball (?:of )?(?:my |the |them|its )?(?:transactions|charges|payments|purchases)?\b.*\b(?:show|list)\b|\b(?:show|list)\b.*\ball\b/i;
/** The rows a list of all of them shows at most (get_recent_transactions' maximum). */
export const ALL_ROWS = 20;

/**
 * QA round 26 (ko3). "11월 전부 보여줘", "11월 결제 내역 전부": every card transaction of the period named (was the loans
 * overview, or the latest 5 of the month's 8) — the transactions list with the most rows it shows (`count` ALL_ROWS; the
 * answer says how many when more). Not a total asked ("11월 카드값 전부 얼마"), nor a loan's rows.
 */
function allOfPeriodRule(text: string): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  if (!ALL_SHOWN.test(text)) return null;
  if (
    /얼마|총액|합계|합쳐|몇\s?건|\bhow (?:much|many)\b|\btotal\b|대출|이자|상환|납입|적금|예금|할부|\bloans?\b|\binterest\b|\binstal/i.test(
      text,
    )
  )
    return null;
  const slots = extractSlots(text, 'CARD_TRANSACTIONS');
  if (!slots.period) return null;
  // The period and the rows alone: a brief message, or one naming the card's transactions.
  if (!isBrief(text) && !/내역|거래|결제|카드|\btransactions?\b|\bcharges?\b|\bpayments?\b/i.test(text))
    return null;
  return { intent: 'CARD_TRANSACTIONS', slots: { ...slots, count: ALL_ROWS }, inherited: [] };
}

/**
 * QA round 24 (plan24). Big purchases, hardship in its own words and the jeonse switch (report round24-ko.md):
 * - "차사려고하는데 3천만원짜리 할부로 사도될까요": a car on instalments (`carInstalment`, with `purchase`) — the month's
 *   payment, the income and the DSR after (was this month's money left, which contradicted the bill's shortfall);
 * - "이사비용 300만원 카드로 긁어도 돼요? 할부 6개월로": a card purchase on instalments weighed (the round-23 affordability
 *   check, `extraSpend` with `spreadMonths`; was the instalments already held); "그럼 한달에 얼마씩 나가요" after it;
 * - "내년 가을에 결혼하는데 … 예산은 2천만원이요": a savings goal by next autumn (was 3 months of card spending); "그거
 *   10개월이면 한달에 얼마야" after a goal: the goal over those months;
 * - "신혼부부 전세대출로 갈아탈수있어?": the switch's conditions (`newlywedSwitch`; was the generic refinance offers);
 * - "부업 잘려서 한달에 50만원 수입이 줄었어요": the income cut (`incomeCut`; was a lost job and the restructuring list);
 * - "스무살인데 빚이 1억6천이라니 창피해요" (`debtShame`), "부모님한테 말해야 할까요" (`tellFamily`), "연체는 한번도
 *   안했죠?" (`neverLateAsked`), "만기때 1억6900 어디서 구해" (the sum at maturity: the returned deposit, the extension);
 * - "신용점수랑 재무건강점수 차이가 뭐에요" (`scoreDiff`), "갈아타기 비용 338,000원이 뭐에요?" (`costWhat`).
 */
function plan24Rule(
  text: string,
  previous: Pick<MessageUnderstanding, 'intent' | 'slots'> | null | undefined,
): Pick<MessageUnderstanding, 'intent' | 'slots' | 'inherited'> | null {
  const amount = extractAmount(withoutIncome(text));
  const months = extractTermMonths(text);
  // QA round 27 (helper ko27). "차 할부 한달에 50만원이면 괜찮아?": a car's monthly payment weighed, not its price.
  if (
    CAR_BOUGHT.test(text) &&
    CAR_MONTHLY_ASKED.test(text) &&
    amount &&
    new Decimal(amount).gte(50_000) &&
    new Decimal(amount).lte(5_000_000)
  )
    return { intent: 'SAVINGS', slots: { carInstalment: 0, carMonthly: amount }, inherited: [] };
  if (
    CAR_BOUGHT.test(text) &&
    OVER_MONTHS.test(text) &&
    BUYING.test(text) &&
    amount &&
    new Decimal(amount).gte(1_000_000)
  )
    return {
      intent: 'SAVINGS',
      slots: {
        purchase: amount,
        carInstalment: months !== undefined && months >= 2 && months <= 120 ? months : 0,
      },
      inherited: [],
    };
  if (
    /할부|\binstal?l?ments?\b/i.test(text) &&
    OK_TO_CHARGE.test(text) &&
    amount &&
    new Decimal(amount).gte(10_000) &&
    !CAR_BOUGHT.test(text) &&
    !/카드\s?값|명세서|청구서|돌리|전환|남은|대출|\bloans?\b/i.test(text)
  )
    return {
      intent: 'FORECAST',
      slots: {
        extraSpend: amount,
        forecastSubject: 'SPENDING',
        monthAhead: 0,
        affordAsked: true,
        spreadMonths: months !== undefined && months >= 2 && months <= CONVERSION_MAX_MONTHS ? months : 0,
      },
      inherited: [],
    };
  const ps = previous?.slots;
  if (
    previous?.intent === 'FORECAST' &&
    ps?.extraSpend &&
    ps.spreadMonths !== undefined &&
    isBrief(text) &&
    /한\s?달에?\s?얼마|월\s?얼마|매달\s?얼마|얼마씩|\b(?:a|per) month\b|\bmonthly\b/i.test(text)
  ) {
    // QA round 26 (ko3): the month's payment asked, not whether — answered without the yes/no lead.
    const { affordAsked: _asked, ...kept } = ps;
    return { intent: 'FORECAST', slots: kept, inherited: Object.keys(kept) as (keyof CounselSlots)[] };
  }
  if (WEDDING.test(text) && SAVE_ASKED.test(text) && amount && new Decimal(amount).gte(1_000_000)) {
    const season = SEASON_MONTH.find(([re]) => re.test(text))?.[1];
    const named = /(?<![\d.])(1[0-2]|0?[1-9])\s?월/.exec(text);
    const goalMonth = named ? Number(named[1]) : season;
    return {
      intent: 'SAVINGS',
      slots: {
        amount,
        ...(months !== undefined && months <= 120
          ? { months }
          : goalMonth !== undefined
            ? { goalMonth }
            : {}),
      },
      inherited: [],
    };
  }
  // "아까 말한 2천만원 그거 10개월이면 한달에 얼마야" (the goal said two turns back): the goal over those months.
  if (
    ((previous?.intent === 'SAVINGS' && ps?.amount) ||
      (amount && /아까|모으|모아|저축/.test(text) && !/할부|대출|이자|갚|\bloans?\b/i.test(text))) &&
    (ps?.amount || amount) &&
    // "월 30만원 저축하면 1년에 얼마": a monthly pace saved is the deposit's answer, not a goal.
    !/(?:^|[^가-힣])(?:월|매달|매월)\s?\d|\d[\d,.]*\s?(?:만\s?원?|천\s?원?|원)\s?씩/.test(text) &&
    months !== undefined &&
    months <= 120 &&
    /얼마|\bhow much\b/i.test(text) &&
    !/적금|예금|이자|\binterest\b/i.test(text)
  )
    return {
      intent: 'SAVINGS',
      slots: { amount: amount && new Decimal(amount).gt(months) ? amount : ps!.amount!, months },
      inherited: amount ? [] : ['amount'],
    };
  if (
    /신혼/.test(text) &&
    /전세|버팀목|\bjeonse\b/i.test(text) &&
    /갈아|바꾸|바꿀|대환|전환|옮기|옮길|될까|되나|가능|받을\s?수|\bswitch|\brefinanc/i.test(text)
  )
    return { intent: 'REFINANCE', slots: { loan: { kind: 'JEONSE' }, newlywedSwitch: true }, inherited: [] };
  const cut = INCOME_CUT.test(text) && amount && new Decimal(amount).gte(10_000) ? amount : undefined;
  if (cut && !/오르|올랐|늘었|\brais/i.test(text))
    return { intent: 'HARDSHIP', slots: { hardship: 'INCOME_DROP', incomeCut: cut }, inherited: [] };
  if (DEBT_SHAME.test(text) && (DEBT_NAMED.test(text) || previous?.intent === 'HARDSHIP'))
    return { intent: 'HARDSHIP', slots: { debtShame: true }, inherited: [] };
  if (
    TELL_FAMILY.test(text) &&
    (DEBT_NAMED.test(text) ||
      (previous &&
        ['HARDSHIP', 'ARREARS', 'LOAN_BALANCE', 'LOANS_OVERVIEW', 'NEXT_PAYMENT'].includes(previous.intent)))
  )
    return { intent: 'HARDSHIP', slots: { tellFamily: true }, inherited: [] };
  if (NEVER_LATE.test(text) && !/하면|되면|늦으면|\bif\b/i.test(text))
    return { intent: 'ARREARS', slots: { everLate: true, neverLateAsked: true }, inherited: [] };
  if (SUM_FROM_WHERE.test(text) && (MATURITY_SUM.test(text) || previous?.slots.maturity))
    return {
      intent: 'LOAN_BALANCE',
      slots: { maturity: true, request: 'EXTENSION', sumFrom: true },
      inherited: [],
    };
  const bothScores =
    /신용\s?점수|\bcredit score\b/i.test(text) &&
    (/건강\s?점수|재무|금융\s?건강|\bhealth score\b/i.test(text) ||
      (previous?.intent === 'HEALTH_SCORE' && previous.slots.scoreKind !== 'CREDIT') ||
      /그거랑|이거랑|둘이|두\s?개/.test(text));
  if (bothScores && SCORE_DIFF.test(text))
    return { intent: 'HEALTH_SCORE', slots: { scoreKind: 'CREDIT', scoreDiff: true }, inherited: [] };
  if (
    COST_WHAT.test(text) &&
    (SWITCH_COST_NAMED.test(text) || (previous?.intent === 'REFINANCE' && amount && /원|₩|won/i.test(text)))
  )
    return {
      intent: 'REFINANCE',
      slots: {
        ...(previous?.intent === 'REFINANCE' && ps?.loan ? { loan: ps.loan } : {}),
        switchCost: true,
        costWhat: true,
      },
      inherited: previous?.intent === 'REFINANCE' && ps?.loan ? ['loan'] : [],
    };
  return null;
}
