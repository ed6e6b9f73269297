// Figures as the counsellor writes them — kept for the callers of the first counsellor; the rules live in the
// rendering layer (render/, common/text/render). Pure.
import type Decimal from 'decimal.js';
import { formatPercent as percent, formatPercentShort, formatWon } from '../../../common/text/render';
import type { ChatLanguage } from './counsellor';

/** Whole won, rounded half-up: "1,234,567원" (ko) or "₩1,234,567" (en). */
export function formatKrw(value: Decimal.Value, language: ChatLanguage = 'ko'): string {
  return formatWon(value, language);
}

/** A ratio as a percentage with one decimal: 0.4123 → "41.2%". */
export function formatPercent(ratio: number | string | null | undefined, digits = 1): string {
  return percent(ratio, digits);
}

/** An annual rate given as a decimal string ("0.0520") as a bare percentage "5.2%" (use formatAnnualRate for "연 5.2%"). */
export function formatRate(rate: string | number): string {
  return formatPercentShort(rate);
}
