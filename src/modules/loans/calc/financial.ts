import Decimal from 'decimal.js';
import { toDecimal } from '../../../common/money';

// Time-value-of-money functions with numpy-financial's formulas and sign conventions (cash paid out is
// negative: borrowing +200,000 gives a payment of −1,854.02), on decimal.js at 40 significant digits so
// that KRW schedules never meet a binary float. `when` = 'end' (ordinary annuity, the default) or 'begin'.
//
// Every function solves   fv + pv·(1+r)^n + pmt·(1 + r·w)/r·((1+r)^n − 1) = 0   (w = 1 for 'begin'),
// or, when r = 0,         fv + pv + pmt·n = 0.

/** Rates, amounts: Decimal or a decimal string, never a float. Period counts may also be plain integers. */
export type DecimalInput = Decimal | string;
export type PeriodInput = Decimal | string | number;
export type When = 'end' | 'begin';

const whenFactor = (when: When): number => (when === 'begin' ? 1 : 0);

/** (1 + r·w)·((1+r)^n − 1)/r, or n when r = 0: the value of a unit annuity at the end of n periods. */
function annuityFactor(r: Decimal, n: Decimal, w: number, growth: Decimal): Decimal {
  return r.isZero() ? n : r.times(w).plus(1).times(growth.minus(1)).div(r);
}

/** Future value after `periods` payments of `payment` on a starting value `presentValue`. */
export function fv(
  rate: DecimalInput,
  periods: PeriodInput,
  payment: DecimalInput,
  presentValue: DecimalInput,
  when: When = 'end',
): Decimal {
  const r = toDecimal(rate);
  const n = toDecimal(periods);
  const growth = r.plus(1).pow(n);
  return toDecimal(presentValue)
    .times(growth)
    .plus(toDecimal(payment).times(annuityFactor(r, n, whenFactor(when), growth)))
    .neg();
}

/** The level payment (principal + interest) per period that takes presentValue to futureValue. */
export function pmt(
  rate: DecimalInput,
  periods: PeriodInput,
  presentValue: DecimalInput,
  futureValue: DecimalInput = '0',
  when: When = 'end',
): Decimal {
  const r = toDecimal(rate);
  const n = toDecimal(periods);
  const growth = r.plus(1).pow(n);
  return toDecimal(futureValue)
    .plus(toDecimal(presentValue).times(growth))
    .neg()
    .div(annuityFactor(r, n, whenFactor(when), growth));
}

/** Present value of `periods` payments of `payment` plus a final `futureValue`. */
export function pv(
  rate: DecimalInput,
  periods: PeriodInput,
  payment: DecimalInput,
  futureValue: DecimalInput = '0',
  when: When = 'end',
): Decimal {
  const r = toDecimal(rate);
  const n = toDecimal(periods);
  const growth = r.plus(1).pow(n);
  return toDecimal(futureValue)
    .plus(toDecimal(payment).times(annuityFactor(r, n, whenFactor(when), growth)))
    .neg()
    .div(growth);
}

/**
 * Number of periods (fractional) for `payment` to take presentValue to futureValue. Like numpy-financial: Infinity when r = 0
 * and pmt = 0, NaN when the payment never repays the loan (it does not even cover the interest).
 */
export function nper(
  rate: DecimalInput,
  payment: DecimalInput,
  presentValue: DecimalInput,
  futureValue: DecimalInput = '0',
  when: When = 'end',
): Decimal {
  const r = toDecimal(rate);
  const p = toDecimal(payment);
  const v = toDecimal(presentValue);
  const f = toDecimal(futureValue);
  if (r.isZero()) return f.plus(v).neg().div(p);
  const z = p.times(r.times(whenFactor(when)).plus(1)).div(r);
  return f.neg().plus(z).div(v.plus(z)).ln().div(r.plus(1).ln());
}

/**
 * Interest part of payment number `per` (1-based). numpy-financial's rules: NaN before period 1; with
 * 'begin' the first payment carries no interest and later ones are discounted by one period.
 */
export function ipmt(
  rate: DecimalInput,
  per: PeriodInput,
  periods: PeriodInput,
  presentValue: DecimalInput,
  futureValue: DecimalInput = '0',
  when: When = 'end',
): Decimal {
  const r = toDecimal(rate);
  const k = toDecimal(per);
  if (k.lessThan(1)) return toDecimal(NaN);
  if (when === 'begin' && k.equals(1)) return toDecimal(0);
  const total = pmt(r, periods, presentValue, futureValue, when);
  // Interest on the balance left after per − 1 payments.
  const interest = fv(r, k.minus(1), total, presentValue, when).times(r);
  return when === 'begin' ? interest.div(r.plus(1)) : interest;
}

/** Principal part of payment number `per`: pmt − ipmt. */
export function ppmt(
  rate: DecimalInput,
  per: PeriodInput,
  periods: PeriodInput,
  presentValue: DecimalInput,
  futureValue: DecimalInput = '0',
  when: When = 'end',
): Decimal {
  return pmt(rate, periods, presentValue, futureValue, when).minus(
    ipmt(rate, per, periods, presentValue, futureValue, when),
  );
}
