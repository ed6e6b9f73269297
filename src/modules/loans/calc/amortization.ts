import Decimal from 'decimal.js';
import { addMonths, daysBetween, isLeapYear } from '../../../common/dates';
import { badInput } from '../../../common/errors';
import { DecimalKrw, DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule, toDecimal } from '../../../common/money';
import { InterestConvention, RepaymentMethod } from '../loan.enums';
import { pmt } from './financial';
import { parseAmount, parseDate, parseEnum, parseInteger, parseRate } from './parse';

// Repayment schedules for KRW loans. Pure: the disbursement date is an input, amounts are decimal.js, and
// every amount that becomes money passes through roundMoney (one rounding rule per schedule).
//
// Conventions, stated once:
// - Installment k is due k months after disbursement on the same day of the month, clamped to the month's
//   end (disbursed 01-31 → due 02-28, 03-31, 04-30 …: always stepped from the disbursement date).
// - termMonths counts every installment, grace included: "3년 거치 17년 분할" is termMonths 240, grace 36.
//   Grace installments pay interest only.
// - Interest for an installment accrues from the previous due date (or the disbursement) to its due date on
//   the balance outstanding in that period, and is rounded by the rule.
// - LEVEL_PAYMENT (원리금균등): the payment is computed once with the monthly rate (annual ÷ 12) — and again
//   when a rate change takes effect — and rounded by the rule; principal = payment − interest.
//   EQUAL_PRINCIPAL (원금균등): principal ÷ amortising installments, rounded once. BULLET (만기일시): interest
//   only, all principal with the last installment. In every method the LAST installment repays whatever
//   balance is left, so the principal parts add up to the principal exactly and the balance ends at 0.

export interface RateChange {
  /** The first installment whose interest accrues at the new rate (1-based). */
  fromInstallment: number;
  annualRate: string;
}

export interface LoanTermsInput {
  /** Whole won, e.g. "300000000". */
  principal: string;
  /** Annual rate as a fraction: "0.045" = 4.5 %. */
  annualRate: string;
  /** Number of monthly installments, grace months included. */
  termMonths: number;
  /** Interest-only installments at the start (거치기간). Default 0. */
  graceMonths?: number;
  method: RepaymentMethod;
  /** YYYY-MM-DD; the first installment is due one month later. */
  disbursedOn: string;
  /** Default MONTHLY. */
  convention?: InterestConvention;
  /** Variable or mixed-rate loans: the rate from an installment on (level payments are re-amortised). */
  rateChanges?: readonly RateChange[];
  /**
   * The rest of a loan re-amortised after `offsetMonths` instalments: installment k is due k + offsetMonths months
   * after disbursedOn (so month-end clamping follows the original loan's dates, not a clamped restart date) and
   * the first period starts at the offset's due date. Default 0.
   */
  offsetMonths?: number;
}

export interface ScheduleRules {
  /** Default: whole won, truncated (원 미만 절사). */
  rounding?: RoundingRule;
  /**
   * Compute installments 1…through only (a page of a long schedule). Each installment depends only on the ones
   * before it, so the rows computed are exactly those of the full schedule; totals then cover those rows only.
   */
  through?: number;
}

export interface Installment {
  number: number;
  dueDate: string;
  /** Days of interest in this installment (the period since the previous due date). */
  days: number;
  /** The annual rate the installment's interest accrued at. */
  annualRate: string;
  principal: string;
  interest: string;
  payment: string;
  balanceAfter: string;
}

export interface AmortizationSchedule {
  principal: string;
  method: RepaymentMethod;
  convention: InterestConvention;
  termMonths: number;
  graceMonths: number;
  disbursedOn: string;
  rounding: RoundingRule;
  installments: Installment[];
  totals: { principal: string; interest: string; payment: string };
}

export const MAX_TERM_MONTHS = 600; // 50-year mortgages exist (50년 만기 주담대); nothing longer.

/**
 * Interest accrued on `balance` over the days from `from` (counted) to `to` (not counted), unrounded.
 * Multiply first, divide last — 300,000,000 × 0.04 ÷ 12 is exactly 1,000,000, whereas ÷ 12 first leaves
 * 0.00333… and a truncated 999,999.
 */
export function accruedInterest(
  balance: Decimal,
  annualRate: Decimal,
  from: string,
  to: string,
  convention: InterestConvention,
): Decimal {
  if (convention === InterestConvention.MONTHLY) return balance.times(annualRate).div(12);
  // DAILY_ACTUAL_365: each day counts 1/365 of a year's interest, or 1/366 when it falls in a leap year,
  // so a period that straddles 31 December is split at the year boundary. The days of each kind are counted
  // first and divided once — d365 ÷ 365 + d366 ÷ 366 = (d365 × 366 + d366 × 365) ÷ 133,590 — because dividing each
  // part on its own leaves recurring decimals whose sum falls short of a whole year (11,999,999.99… → 11,999,999).
  let days365 = 0;
  let days366 = 0;
  let cursor = from;
  while (cursor < to) {
    const year = +cursor.slice(0, 4);
    const nextYear = `${String(year + 1).padStart(4, '0')}-01-01`;
    const segmentEnd = nextYear < to ? nextYear : to;
    if (isLeapYear(year)) days366 += daysBetween(cursor, segmentEnd);
    else days365 += daysBetween(cursor, segmentEnd);
    cursor = segmentEnd;
  }
  if (days366 === 0) return balance.times(annualRate).times(days365).div(365);
  if (days365 === 0) return balance.times(annualRate).times(days366).div(366);
  return balance
    .times(annualRate)
    .times(days365 * 366 + days366 * 365)
    .div(365 * 366);
}

interface ParsedTerms {
  principal: Decimal;
  rate: Decimal;
  term: number;
  grace: number;
  method: RepaymentMethod;
  disbursedOn: string;
  convention: InterestConvention;
  rateFrom: Map<number, Decimal>;
}

function parseTerms(loan: LoanTermsInput): ParsedTerms {
  const term = parseInteger('termMonths', loan.termMonths, 1, MAX_TERM_MONTHS);
  const grace = parseInteger('graceMonths', loan.graceMonths ?? 0, 0, term - 1);
  const convention = parseEnum(
    'convention',
    loan.convention ?? InterestConvention.MONTHLY,
    InterestConvention,
  );
  const rateFrom = new Map<number, Decimal>();
  (loan.rateChanges ?? []).forEach((change, i) => {
    const at = parseInteger(`rateChanges[${i}].fromInstallment`, change.fromInstallment, 1, term);
    if (rateFrom.has(at)) throw badInput(`rateChanges[${i}].fromInstallment`, `installment ${at} repeats`);
    rateFrom.set(at, parseRate(`rateChanges[${i}].annualRate`, change.annualRate));
  });
  return {
    principal: parseAmount('principal', loan.principal, { allowZero: false }),
    rate: parseRate('annualRate', loan.annualRate),
    term,
    grace,
    method: parseEnum('method', loan.method, RepaymentMethod),
    disbursedOn: parseDate('disbursedOn', loan.disbursedOn),
    convention,
    rateFrom,
  };
}

// DecimalKrw's statics, not Decimal's: results keep the 40-digit configuration.
const clamp = (value: Decimal, min: Decimal, max: Decimal): Decimal =>
  DecimalKrw.max(min, DecimalKrw.min(value, max));

/** The full repayment schedule of a loan. */
export function buildSchedule(loan: LoanTermsInput, rules: ScheduleRules = {}): AmortizationSchedule {
  const terms = parseTerms(loan);
  const rounding = rules.rounding ?? DEFAULT_KRW_ROUNDING;
  const round = (value: Decimal) => roundMoney(value, rounding);
  const zero = toDecimal(0);

  const installments: Installment[] = [];
  let balance = terms.principal;
  let rate = terms.rate;
  let levelPayment: Decimal | null = null; // LEVEL_PAYMENT: set at the first amortising installment / rate change
  let equalPrincipal: Decimal | null = null; // EQUAL_PRINCIPAL: set at the first amortising installment
  const offset = loan.offsetMonths ?? 0;
  let previousDue = addMonths(terms.disbursedOn, offset);
  let totalInterest = zero;

  const last = Math.min(terms.term, rules.through ?? terms.term);
  for (let k = 1; k <= last; k++) {
    const newRate = terms.rateFrom.get(k);
    if (newRate) {
      rate = newRate;
      levelPayment = null; // re-amortise what is left over what is left
    }
    const dueDate = addMonths(terms.disbursedOn, k + offset);
    const interest = round(accruedInterest(balance, rate, previousDue, dueDate, terms.convention));
    const remaining = terms.term - k + 1; // installments left, this one included
    const isLast = k === terms.term;
    const amortising = terms.method !== RepaymentMethod.BULLET && k > terms.grace;

    let principalPart = zero;
    if (isLast) {
      principalPart = balance;
    } else if (amortising && terms.method === RepaymentMethod.LEVEL_PAYMENT) {
      levelPayment ??= round(pmt(rate.div(12), remaining, balance).neg());
      // Clamped: with coarse rounding (CEIL to 100 won on a tiny loan) the payment can outrun the balance.
      principalPart = clamp(levelPayment.minus(interest), zero, balance);
    } else if (amortising) {
      equalPrincipal ??= round(balance.div(remaining));
      principalPart = DecimalKrw.min(equalPrincipal, balance);
    }

    balance = balance.minus(principalPart);
    totalInterest = totalInterest.plus(interest);
    installments.push({
      number: k,
      dueDate,
      days: daysBetween(previousDue, dueDate),
      annualRate: rate.toString(),
      principal: principalPart.toFixed(0),
      interest: interest.toFixed(0),
      payment: principalPart.plus(interest).toFixed(0),
      balanceAfter: balance.toFixed(0),
    });
    previousDue = dueDate;
  }

  return {
    principal: terms.principal.toFixed(0),
    method: terms.method,
    convention: terms.convention,
    termMonths: terms.term,
    graceMonths: terms.grace,
    disbursedOn: terms.disbursedOn,
    rounding: { ...rounding },
    installments,
    totals: {
      principal: terms.principal.toFixed(0),
      interest: totalInterest.toFixed(0),
      payment: terms.principal.plus(totalInterest).toFixed(0),
    },
  };
}

/** Balance outstanding after installment n (0 → the principal; past the last installment → 0). */
export function remainingBalanceAfter(schedule: AmortizationSchedule, n: number): string {
  parseInteger('n', n, 0, Number.MAX_SAFE_INTEGER);
  if (n === 0) return schedule.principal;
  if (n >= schedule.installments.length) return '0';
  return schedule.installments[n - 1].balanceAfter;
}
