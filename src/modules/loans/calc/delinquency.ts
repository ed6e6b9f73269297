import Decimal from 'decimal.js';
import { addDays, addMonths, businessDaysBetween, daysBetween, nextBusinessDay } from '../../../common/dates';
import { badInput } from '../../../common/errors';
import { DecimalKrw, DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule, toDecimal } from '../../../common/money';
import { InterestConvention } from '../loan.enums';
import { accruedInterest, type AmortizationSchedule } from './amortization';
import { parseAmount, parseDate, parseInteger, parseRate } from './parse';

// Delinquency as of a date, from what was due and what was paid. Pure: `asOf` and the holiday calendar are
// inputs. Repayments settle the oldest installment first, so only their running total (up to asOf) matters.
//
// Day counting: an installment is past due from the day after its due date; paying on the due date is on
// time. Days past due = asOf − oldest unpaid due date (the day after a due date is day 1). Business days
// count the same way with weekends and the given holidays left out.
//
// Due dates on a weekend or holiday move to the next business day (민법 제161조: a period ending on a day off
// ends the next day), so paying on the Monday after a Saturday due date is on time; days past due then count from
// the moved date. Penalty interest (연체이자) accrues day by day (actual/365, 366 in leap years) on the overdue
// amount at the loan's rate plus an add-on, capped (the 2018 rule: add-on at most 3 %p; the 20 % legal maximum).

/** 자산건전성 분류 (Korean asset classification) by days past due. */
export type AssetClass =
  | 'NORMAL' // 정상
  | 'PRECAUTIONARY' // 요주의
  | 'SUBSTANDARD' // 고정
  | 'DOUBTFUL' // 회수의문
  | 'ESTIMATED_LOSS'; // 추정손실

/** Credit-bureau delinquency registrations (단기연체 / 장기연체). */
export type CreditBureauFlag = 'SHORT_TERM' | 'LONG_TERM';

/** The first day-past-due count of each class; below the first is NORMAL. */
export interface AssetClassBoundaries {
  precautionaryFromDays: number;
  substandardFromDays: number;
  doubtfulFromDays: number;
  estimatedLossFromDays: number;
}

export const DEFAULT_ASSET_CLASS_BOUNDARIES: Readonly<AssetClassBoundaries> = Object.freeze({
  precautionaryFromDays: 30, // 1 month
  substandardFromDays: 90, // 3 months
  doubtfulFromDays: 180,
  estimatedLossFromDays: 360, // about 12 months
});

export interface CreditBureauRules {
  /** SHORT_TERM: at least this much overdue (whole won) … */
  shortTermMinAmount: string;
  /** … continuously for at least this many business days. */
  shortTermMinBusinessDays: number;
  /** LONG_TERM: the oldest unpaid installment is this many calendar months past its due date. */
  longTermMonths: number;
}

export const DEFAULT_CREDIT_BUREAU_RULES: Readonly<CreditBureauRules> = Object.freeze({
  shortTermMinAmount: '100000',
  shortTermMinBusinessDays: 5,
  longTermMonths: 3,
});

/** 연체이자율 = min(the loan's rate + addOnRate, maxRate). */
export interface PenaltyRule {
  addOnRate: string;
  maxRate: string;
}

export const DEFAULT_PENALTY_RULE: Readonly<PenaltyRule> = Object.freeze({
  addOnRate: '0.03',
  maxRate: '0.20',
});

export interface DelinquencyConfig {
  penalty?: Partial<PenaltyRule>;
  /** Move due dates on weekends and holidays to the next business day. Default true. */
  shiftDueDates?: boolean;
  /** Rounding of the penalty interest; default whole won, truncated. */
  rounding?: RoundingRule;
  assetClass?: Partial<AssetClassBoundaries>;
  creditBureau?: Partial<CreditBureauRules>;
  /** Non-weekend days off (YYYY-MM-DD), e.g. Korean public holidays; they do not count as business days. */
  holidays?: readonly string[];
}

export interface AmountDue {
  dueDate: string;
  /** Whole won. */
  amount: string;
}

export interface Repayment {
  paidOn: string;
  amount: string;
}

export interface DelinquencyInput {
  dues: readonly AmountDue[];
  repayments: readonly Repayment[];
  asOf: string;
  /** The loan's annual rate; without it no penalty interest is computed. */
  annualRate?: string;
}

export interface DelinquencyStatus {
  asOf: string;
  /** Σ installments whose due date is before asOf. */
  pastDueTotal: string;
  /** Σ repayments made on or before asOf. */
  paidTotal: string;
  overdueAmount: string;
  /** Past-due installments not fully paid. */
  overdueInstallments: number;
  oldestUnpaidDueDate: string | null;
  daysPastDue: number;
  businessDaysPastDue: number;
  assetClass: AssetClass;
  flags: CreditBureauFlag[];
  /** First day of the current unbroken stretch with at least shortTermMinAmount overdue. */
  shortTermOverdueSince: string | null;
  /** The day LONG_TERM applies (or applied) if the oldest unpaid installment stays unpaid. */
  longTermFlagDate: string | null;
  /** The penalty rate (null without the loan's rate). */
  penaltyRate: string | null;
  /** Penalty interest accrued on overdue amounts up to and including asOf, whole won. */
  penaltyInterest: string;
}

/** The amounts a schedule asks for, by due date. */
export function duesFromSchedule(schedule: AmortizationSchedule): AmountDue[] {
  return schedule.installments.map((i) => ({ dueDate: i.dueDate, amount: i.payment }));
}

function boundariesFrom(config: DelinquencyConfig): AssetClassBoundaries {
  const b = { ...DEFAULT_ASSET_CLASS_BOUNDARIES, ...config.assetClass };
  const order: (keyof AssetClassBoundaries)[] = [
    'precautionaryFromDays',
    'substandardFromDays',
    'doubtfulFromDays',
    'estimatedLossFromDays',
  ];
  order.forEach((key, i) => {
    parseInteger(`assetClass.${key}`, b[key], i === 0 ? 1 : b[order[i - 1]] + 1, 100_000);
  });
  return b;
}

/** The asset class for a number of days past due. */
export function classifyAsset(
  daysPastDue: number,
  boundaries: Partial<AssetClassBoundaries> = DEFAULT_ASSET_CLASS_BOUNDARIES,
): AssetClass {
  const b = boundariesFrom({ assetClass: boundaries });
  if (daysPastDue >= b.estimatedLossFromDays) return 'ESTIMATED_LOSS';
  if (daysPastDue >= b.doubtfulFromDays) return 'DOUBTFUL';
  if (daysPastDue >= b.substandardFromDays) return 'SUBSTANDARD';
  if (daysPastDue >= b.precautionaryFromDays) return 'PRECAUTIONARY';
  return 'NORMAL';
}

type Due = { dueDate: string; amount: Decimal };
type Paid = { paidOn: string; amount: Decimal };

/**
 * Overdue on day d = Σ due before d − Σ paid on or before d (never below 0). It only changes on the day after a
 * due date and on repayment days: the change days up to asOf, each with the overdue amount from that day on.
 */
function overdueTimeline(dues: readonly Due[], repayments: readonly Paid[], asOf: string) {
  const change = new Map<string, Decimal>(); // day → net change of (due − paid)
  const add = (day: string, delta: Decimal) => change.set(day, (change.get(day) ?? toDecimal(0)).plus(delta));
  for (const due of dues) add(addDays(due.dueDate, 1), due.amount);
  for (const repayment of repayments) add(repayment.paidOn, repayment.amount.neg());
  const changes = [...change.entries()].filter(([day]) => day <= asOf).sort(([a], [b]) => (a < b ? -1 : 1));
  let net = toDecimal(0);
  const overdueFrom = changes.map(([day, delta]) => {
    net = net.plus(delta);
    return { day, overdue: DecimalKrw.max(net, 0) };
  });
  return overdueFrom;
}

/** The first day of the unbroken stretch, ending on asOf, during which at least `threshold` was overdue, or null. */
function overdueAtLeastSince(
  dues: readonly Due[],
  repayments: readonly Paid[],
  asOf: string,
  threshold: Decimal,
): string | null {
  const overdueFrom = overdueTimeline(dues, repayments, asOf);
  let since: string | null = null;
  for (let i = overdueFrom.length - 1; i >= 0; i--) {
    const { day, overdue } = overdueFrom[i];
    if (overdue.isZero() || overdue.lessThan(threshold)) break;
    since = day;
  }
  return since;
}

/**
 * Σ over days up to asOf of (overdue at the start of that day) × rate ÷ days in the year, unrounded: penalty
 * interest runs from the day after the due date up to and including the day it is paid (지연손해금: "변제기 다음
 * 날부터 다 갚는 날까지"), so a payment stops it from the next day — paid the day after the due date, one day.
 */
function penaltyOn(dues: readonly Due[], repayments: readonly Paid[], asOf: string, rate: Decimal): Decimal {
  const paidBy = repayments.map((r) => ({ paidOn: addDays(r.paidOn, 1), amount: r.amount }));
  const timeline = overdueTimeline(dues, paidBy, asOf);
  return timeline.reduce((sum, { day, overdue }, i) => {
    const until = i + 1 < timeline.length ? timeline[i + 1].day : addDays(asOf, 1);
    return sum.plus(accruedInterest(overdue, rate, day, until, InterestConvention.DAILY_ACTUAL_365));
  }, toDecimal(0));
}

/**
 * 연체이자율 = min(rate + add-on, cap), but never below the contract rate itself: a delinquent borrower never pays
 * less than the contract interest (a cap configured under the rate would otherwise reward the delay).
 */
export function penaltyRateFor(annualRate: string, rule: Partial<PenaltyRule> = {}): Decimal {
  const r = { ...DEFAULT_PENALTY_RULE, ...rule };
  const rate = parseRate('annualRate', annualRate);
  return DecimalKrw.max(
    rate,
    DecimalKrw.min(
      rate.plus(parseRate('penalty.addOnRate', r.addOnRate)),
      parseRate('penalty.maxRate', r.maxRate),
    ),
  );
}

export function assessDelinquency(
  input: DelinquencyInput,
  config: DelinquencyConfig = {},
): DelinquencyStatus {
  const asOf = parseDate('asOf', input.asOf);
  const boundaries = boundariesFrom(config);
  const rules = { ...DEFAULT_CREDIT_BUREAU_RULES, ...config.creditBureau };
  const minAmount = parseAmount('creditBureau.shortTermMinAmount', rules.shortTermMinAmount);
  parseInteger('creditBureau.shortTermMinBusinessDays', rules.shortTermMinBusinessDays, 1, 366);
  parseInteger('creditBureau.longTermMonths', rules.longTermMonths, 1, 120);
  const holidays = (config.holidays ?? []).map((day, i) => parseDate(`holidays[${i}]`, day));
  const daysOff = new Set(holidays);
  const shift = config.shiftDueDates ?? true;
  const penaltyRule = { ...DEFAULT_PENALTY_RULE, ...config.penalty };
  const penaltyRate = input.annualRate === undefined ? null : penaltyRateFor(input.annualRate, penaltyRule);

  const dues = input.dues
    .map((due, i) => {
      const dueDate = parseDate(`dues[${i}].dueDate`, due.dueDate);
      return {
        dueDate: shift ? nextBusinessDay(dueDate, daysOff) : dueDate,
        amount: parseAmount(`dues[${i}].amount`, due.amount),
      };
    })
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const repayments = input.repayments
    .map((repayment, i) => ({
      paidOn: parseDate(`repayments[${i}].paidOn`, repayment.paidOn),
      amount: parseAmount(`repayments[${i}].amount`, repayment.amount),
    }))
    .filter((repayment) => repayment.paidOn <= asOf); // later payments have not happened yet as of asOf
  if (dues.length === 0) throw badInput('dues', 'at least one installment is needed');

  const paidTotal = repayments.reduce((sum, r) => sum.plus(r.amount), toDecimal(0));
  let pastDueTotal = toDecimal(0);
  let oldestUnpaidDueDate: string | null = null;
  let overdueInstallments = 0;
  for (const due of dues) {
    if (due.dueDate >= asOf) break; // due today or later: not late yet
    pastDueTotal = pastDueTotal.plus(due.amount);
    // Oldest first: this installment is settled when everything due up to it has been paid.
    if (pastDueTotal.greaterThan(paidTotal)) {
      oldestUnpaidDueDate ??= due.dueDate;
      overdueInstallments++;
    }
  }
  const overdueAmount = DecimalKrw.max(pastDueTotal.minus(paidTotal), 0);
  const daysPastDue = oldestUnpaidDueDate ? daysBetween(oldestUnpaidDueDate, asOf) : 0;
  const businessDaysPastDue = oldestUnpaidDueDate
    ? businessDaysBetween(oldestUnpaidDueDate, asOf, holidays)
    : 0;

  const flags: CreditBureauFlag[] = [];
  const shortTermOverdueSince = overdueAtLeastSince(dues, repayments, asOf, minAmount);
  if (
    shortTermOverdueSince &&
    businessDaysBetween(addDays(shortTermOverdueSince, -1), asOf, holidays) >= rules.shortTermMinBusinessDays
  ) {
    flags.push('SHORT_TERM');
  }
  const longTermFlagDate = oldestUnpaidDueDate ? addMonths(oldestUnpaidDueDate, rules.longTermMonths) : null;
  if (longTermFlagDate && asOf >= longTermFlagDate) flags.push('LONG_TERM');

  return {
    asOf,
    pastDueTotal: pastDueTotal.toFixed(0),
    paidTotal: paidTotal.toFixed(0),
    overdueAmount: overdueAmount.toFixed(0),
    overdueInstallments,
    oldestUnpaidDueDate,
    daysPastDue,
    businessDaysPastDue,
    assetClass: classifyAsset(daysPastDue, boundaries),
    flags,
    shortTermOverdueSince,
    longTermFlagDate,
    penaltyRate: penaltyRate?.toString() ?? null,
    penaltyInterest: penaltyRate
      ? roundMoney(
          penaltyOn(dues, repayments, asOf, penaltyRate),
          config.rounding ?? DEFAULT_KRW_ROUNDING,
        ).toFixed(0)
      : '0',
  };
}

/** When an instalment left unpaid becomes late under the delinquency rules (arrearsDatesFor). */
export interface ArrearsDates {
  /** The last day it can be paid on time: the due date, or the next business day when that is a weekend or holiday. */
  owedOn: string;
  /** The first day penalty interest runs (the day after owedOn). */
  penaltyFrom: string;
  /**
   * The first day it is shared with the credit bureaus as short-term arrears if still unpaid — the
   * shortTermMinBusinessDays-th business day after owedOn (weekends and holidays left out) — when the amount is at
   * least shortTermMinAmount; null below it.
   */
  shortTermFrom: string | null;
  /** The first day it is registered as long-term arrears if still unpaid (longTermMonths after owedOn). */
  longTermFrom: string;
}

/**
 * QA round 24 (loan24). The days an unpaid instalment of `amount` due on `dueDate` crosses each line, by the same
 * rules as assessDelinquency: owed on the (shifted) due date, penalty interest from the next day, SHORT_TERM once it
 * has been overdue for shortTermMinBusinessDays business days, LONG_TERM longTermMonths after it was owed. Pure.
 */
export function arrearsDatesFor(
  dueDate: string,
  amount: string,
  config: DelinquencyConfig = {},
): ArrearsDates {
  const due = parseDate('dueDate', dueDate);
  const rules = { ...DEFAULT_CREDIT_BUREAU_RULES, ...config.creditBureau };
  const holidays = (config.holidays ?? []).map((day, i) => parseDate(`holidays[${i}]`, day));
  const daysOff = new Set(holidays);
  const owedOn = (config.shiftDueDates ?? true) ? nextBusinessDay(due, daysOff) : due;
  let shortTermFrom: string | null = null;
  if (
    !parseAmount('amount', amount).lessThan(
      parseAmount('creditBureau.shortTermMinAmount', rules.shortTermMinAmount),
    )
  ) {
    let day = owedOn;
    while (businessDaysBetween(owedOn, day, holidays) < rules.shortTermMinBusinessDays) day = addDays(day, 1);
    shortTermFrom = day;
  }
  return {
    owedOn,
    penaltyFrom: addDays(owedOn, 1),
    shortTermFrom,
    longTermFrom: addMonths(owedOn, rules.longTermMonths),
  };
}
