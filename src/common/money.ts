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

export function money(amount: Decimal.Value, currency: Currency = 'KRW'): MoneyValue {
  return { amount: new DecimalKrw(amount).toFixed(CURRENCY_SCALE[currency]), currency };
}

const DECIMAL_PATTERN = /^-?\d{1,30}(\.\d{1,20})?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}
