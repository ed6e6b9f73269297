// Figures as the counsellor writes them: exact whole-won KRW with thousands separators (decimal.js, never
// floats), percentages with one decimal. Pure.
import Decimal from 'decimal.js';
import { groupDigits } from '../../../common/money';
import type { ChatLanguage } from './counsellor';

/** Whole won, rounded half-up: "1,234,567원" (ko) or "KRW 1,234,567" (en). */
export function formatKrw(value: Decimal.Value, language: ChatLanguage = 'ko'): string {
  const won = groupDigits(new Decimal(value).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
  return language === 'ko' ? `${won}원` : `KRW ${won}`;
}

/** A ratio as a percentage with one decimal: 0.4123 → "41.2%". */
export function formatPercent(ratio: number | string | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || ratio === '') return '—';
  return `${new Decimal(ratio).times(100).toFixed(digits)}%`;
}

/** An annual rate given as a decimal string ("0.0520") → "5.20%". */
export function formatRate(rate: string | number): string {
  return `${new Decimal(rate).times(100).toFixed(2)}%`;
}
