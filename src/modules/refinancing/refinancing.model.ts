import type { LoanKind } from '../loans';
import type { RefinanceApplicationStatus, RefinanceLenderType } from './refinancing.enums';
import type { RefinanceProductEntity, RefinanceRateBandEntity } from './refinancing.entity';

export interface ProductFilter {
  lenderTypes?: RefinanceLenderType[] | null;
  loanKind?: LoanKind | null;
  /** Default true: only products on sale. */
  activeOnly?: boolean | null;
}

export interface ApplicationFilter {
  statuses?: RefinanceApplicationStatus[] | null;
}

/** A product with its rate bands (all dates; the pure lookup picks the one in force). */
export type ProductWithBands = RefinanceProductEntity & { bands: RefinanceRateBandEntity[] };
