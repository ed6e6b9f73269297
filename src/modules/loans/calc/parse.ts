import Decimal from 'decimal.js';
import { isValidIsoDate } from '../../../common/dates';
import { badInput } from '../../../common/errors';
import { isDecimalString, toDecimal } from '../../../common/money';

// Boundary checks shared by the calculators: inputs arrive as strings (amounts, rates) and plain integers
// (months, days). A bad value is the caller's bug or the user's typo, so it fails as BAD_USER_INPUT naming
// the field, never as a NaN travelling through a schedule.

export function parseAmount(field: string, value: string, { allowZero = true } = {}): Decimal {
  if (typeof value !== 'string' || !/^\d{1,18}$/.test(value)) {
    throw badInput(field, 'must be a whole number of won as a string, e.g. "12000000"');
  }
  const amount = toDecimal(value);
  if (!allowZero && amount.isZero()) throw badInput(field, 'must be greater than zero');
  return amount;
}

/** An annual rate as a decimal fraction ("0.045" = 4.5 %), 0 ≤ rate ≤ 1. */
export function parseRate(field: string, value: string): Decimal {
  if (typeof value !== 'string' || !isDecimalString(value)) {
    throw badInput(field, 'must be a decimal string such as "0.045"');
  }
  const rate = toDecimal(value);
  if (rate.isNegative() || rate.greaterThan(1)) throw badInput(field, 'must be between 0 and 1 (a fraction)');
  return rate;
}

export function parseInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function parseDate(field: string, value: string): string {
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    throw badInput(field, 'must be a calendar date YYYY-MM-DD');
  }
  return value;
}

export function parseEnum<T extends string>(field: string, value: T, allowed: Record<string, T>): T {
  const values = Object.values(allowed);
  if (!values.includes(value)) throw badInput(field, `must be one of ${values.join(', ')}`);
  return value;
}
