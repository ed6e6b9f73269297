import Decimal from 'decimal.js';

// Money is decimal end to end. KRW has no minor unit: amounts are whole won.
export const DecimalKrw = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_DOWN });

export type Currency = 'KRW' | 'USD';

export const CURRENCY_SCALE: Record<Currency, number> = { KRW: 0, USD: 2 };

export interface MoneyValue {
  amount: string;
  currency: Currency;
}

export function toDecimal(value: Decimal.Value): Decimal {
  return new DecimalKrw(value);
}

/**
 * Thousands separators on a decimal's exact digits ("-1234567.5" → "-1,234,567.5"); rounding is the caller's
 * (pass the already rounded value). No locale data, no floats.
 */
export function groupDigits(value: Decimal.Value): string {
  const d = new Decimal(value);
  const [int, frac] = d.abs().toFixed().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.isNegative() && !d.isZero() ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** A whole number already written the way toFixed(0) writes it (no sign on zero, no leading zeros). */
const CANONICAL_INTEGER = /^(?:0|-?[1-9]\d{0,39})$/;

export function money(amount: Decimal.Value, currency: Currency = 'KRW'): MoneyValue {
  // Whole-won amounts read from numeric(…, 0) columns are already their own toFixed(0): no Decimal needed.
  if (typeof amount === 'string' && CURRENCY_SCALE[currency] === 0 && CANONICAL_INTEGER.test(amount))
    return { amount, currency };
  return { amount: new DecimalKrw(amount).toFixed(CURRENCY_SCALE[currency]), currency };
}

const DECIMAL_PATTERN = /^-?\d{1,30}(\.\d{1,20})?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/**
 * How an amount becomes payable money: to a multiple of `unit` won, in direction `mode`. Korean lenders
 * truncate below the won (원 미만 절사) by default; some round to 10 or 100 won. TRUNCATE goes toward zero,
 * CEIL toward +∞, ROUND_HALF_UP to the nearest with halves away from zero.
 */
export type RoundingMode = 'TRUNCATE' | 'ROUND_HALF_UP' | 'CEIL';

export interface RoundingRule {
  unit: 1 | 10 | 100;
  mode: RoundingMode;
}

export const DEFAULT_KRW_ROUNDING: Readonly<RoundingRule> = Object.freeze({ unit: 1, mode: 'TRUNCATE' });

const DECIMAL_ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  TRUNCATE: Decimal.ROUND_DOWN,
  ROUND_HALF_UP: Decimal.ROUND_HALF_UP,
  CEIL: Decimal.ROUND_CEIL,
};

/** The one place an amount is rounded to money (every calculator goes through here). */
export function roundMoney(
  value: Decimal.Value,
  rule: Readonly<RoundingRule> = DEFAULT_KRW_ROUNDING,
): Decimal {
  const mode = DECIMAL_ROUNDING[rule.mode];
  if (![1, 10, 100].includes(rule.unit) || mode === undefined) {
    throw new RangeError(`unsupported rounding rule ${JSON.stringify(rule)}`);
  }
  return new DecimalKrw(value).div(rule.unit).toDecimalPlaces(0, mode).times(rule.unit);
}
