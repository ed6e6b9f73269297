import type { LoanKind } from '../loans';
import type { RefinanceLenderType, RefinanceRateType } from './refinancing.enums';

// Refinance product administration (ADMIN): what a change carries and what is kept of it.

export enum ProductChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  RETIRED = 'RETIRED',
  BAND_ADDED = 'BAND_ADDED',
  BAND_CLOSED = 'BAND_CLOSED',
}

export interface ProductTerms {
  lender: string;
  lenderType: RefinanceLenderType;
  name: string;
  rateType: RefinanceRateType;
  fixedPeriodMonths: number | null;
  feeFixed: string;
  feeRate: string;
  minTermMonths: number;
  maxTermMonths: number;
  maxAmount: string;
  eligibleKinds: LoanKind[];
}

export interface NewRateBand {
  minScore: number;
  maxScore: number;
  annualRate: string;
  validFrom: string;
  validTo: string | null;
}

export interface ProductChange {
  id: string;
  productId: string;
  version: number;
  kind: ProductChangeKind;
  actorUserId: string | null;
  at: Date;
  reason: string | null;
  /** The product and its bands as they stood after the change. */
  snapshot: Record<string, unknown>;
}
