import { DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule, toDecimal } from '../../common/money';
import type { LoanKind } from '../loans';

// Pure catalogue rules (no I/O, no clock: the date is a parameter): which rate band applies to a credit score
// on a day, what term a switch gets, what it costs up front, and whether a product can refinance a loan.

export interface RateBand {
  minScore: number;
  maxScore: number;
  annualRate: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, exclusive; null = open-ended. */
  validTo: string | null;
}

export interface CatalogueProduct {
  minTermMonths: number;
  maxTermMonths: number;
  maxAmount: string;
  feeFixed: string;
  feeRate: string;
  eligibleKinds: readonly LoanKind[];
  active: boolean;
}

/** Whether a band is in force on `date` (validFrom ≤ date < validTo). */
export function bandInForce(band: RateBand, date: string): boolean {
  return band.validFrom <= date && (band.validTo === null || date < band.validTo);
}

/**
 * The band covering `score` on `date`, or null when none does. The database forbids overlapping bands of
 * one product; should two still match (a catalogue loaded around the constraint) the better rate is taken.
 */
export function bandFor<B extends RateBand>(bands: readonly B[], score: number, date: string): B | null {
  let chosen: B | null = null;
  for (const band of bands) {
    if (!bandInForce(band, date) || score < band.minScore || score > band.maxScore) continue;
    if (!chosen || toDecimal(band.annualRate).lt(chosen.annualRate)) chosen = band;
  }
  return chosen;
}

/** The new term for a switch: the remaining term, brought inside the product's limits. */
export function switchTerm(product: CatalogueProduct, remainingMonths: number): number {
  return Math.min(product.maxTermMonths, Math.max(product.minTermMonths, remainingMonths));
}

/** Up-front fees for borrowing `amount`: fixed part + amount × fee rate, rounded by the money rule. */
export function upfrontFees(
  product: CatalogueProduct,
  amount: string,
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
): string {
  return toDecimal(product.feeFixed)
    .plus(roundMoney(toDecimal(amount).times(product.feeRate), rounding))
    .toFixed(0);
}

export type Ineligibility =
  'PRODUCT_INACTIVE' | 'LOAN_KIND_NOT_ELIGIBLE' | 'AMOUNT_ABOVE_MAXIMUM' | 'NO_RATE_FOR_CREDIT_SCORE';

/** Why `product` cannot refinance this loan for this customer on `date`, or null when it can. */
export function ineligibility(
  product: CatalogueProduct & { bands: readonly RateBand[] },
  loan: { kind: LoanKind; amount: string },
  creditScore: number,
  date: string,
): Ineligibility | null {
  if (!product.active) return 'PRODUCT_INACTIVE';
  if (!product.eligibleKinds.includes(loan.kind)) return 'LOAN_KIND_NOT_ELIGIBLE';
  if (toDecimal(loan.amount).gt(product.maxAmount)) return 'AMOUNT_ABOVE_MAXIMUM';
  if (!bandFor(product.bands, creditScore, date)) return 'NO_RATE_FOR_CREDIT_SCORE';
  return null;
}
