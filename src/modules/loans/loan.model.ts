import type { LoanKind, LoanStatus } from './loan.enums';

export interface LoanFilter {
  kinds?: LoanKind[];
  statuses?: LoanStatus[];
  /** true: an instalment is overdue as of today; false: none is. */
  delinquent?: boolean;
  lender?: string;
}

export type LoanOrderKey = 'CREATED_AT' | 'PRINCIPAL' | 'DISBURSED_ON';

export interface LoanQuery {
  search?: string;
  filter?: LoanFilter;
  order: { field: LoanOrderKey; direction: 'ASC' | 'DESC' };
  /** YYYY-MM-DD, for the delinquency filter. */
  /** A due date before this day is overdue (see `overdueCutoff` in common/dates). */
  overdueCutoff: string;
  /** Restricts to one customer's loans (a CUSTOMER principal, or customer.loans). */
  customerId?: string;
}

export interface LoanStatsRow {
  dimension: 'ALL' | 'STATUS' | 'KIND';
  /** The status or kind; null for the ALL row. */
  key: string | null;
  count: number;
  principal: string;
  outstanding: string;
  averagePrincipal: string;
  delinquent: number;
  /** Delinquent ÷ active loans, 4 decimal places. */
  delinquencyRate: string;
}

/** A stored allocation row (table repayment_allocation). */
export interface AllocationRow {
  repaymentId: string;
  loanId: string;
  installmentNumber: number | null;
  part: 'FEE' | 'PENALTY' | 'INTEREST' | 'PRINCIPAL';
  amount: string;
}

/** A later repayment re-allocated by a back-dated one (table repayment_reprocessing). */
export interface ReprocessingRow {
  loanId: string;
  repaymentId: string;
  triggeredBy: string;
  revision: number;
  before: { principal: string; interest: string; penalty: string; balanceAfter: string };
  after: { principal: string; interest: string; penalty: string; balanceAfter: string };
  createdAt: Date;
}
