// A stored customer's ScenarioMetrics from what the other modules return (latest quarter and the one before,
// loans with their schedules, arrears). Pure: the as-of date is a parameter.

export interface QuarterFigures {
  totalAmount: string;
  income: string | null;
  depositBalance: string | null;
  cardBalance: string | null;
  onlineShare: string | null;
  overseasShare: string | null;
  nightShare: string | null;
}

export interface LoanFigures {
  active: boolean;
  outstandingPrincipal: string;
  annualRate: string;
  /** Instalments still to come: due date (YYYY-MM-DD) and payment (whole won). */
  schedule: { dueDate: string; payment: string }[];
}

export interface CustomerFigures {
  annualIncome: string;
  latest: QuarterFigures | null;
  previous: QuarterFigures | null;
  loans: LoanFigures[];
  maxDaysPastDue: number;
  overdueAmount: string;
}

import type { ScenarioMetrics } from './scenario-engine';

const num = (v: string | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);

/** The date one year after `asOf` (YYYY-MM-DD; 29 February → 28 February is not needed: < comparison). */
function oneYearAfter(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) + 1}${asOf.slice(4)}`;
}

/**
 * DSR = payments due in the year after `asOf` (principal + interest, every active loan's schedule) ÷ annual
 * income; weighted rate = Σ balance·rate ÷ Σ balance; liquidity months = deposits ÷ (quarter spending ÷ 3).
 */
/** Active loans with a balance left (the ones DSR, balance and weighted rate count). */
export function activeLoans(loans: readonly LoanFigures[]): LoanFigures[] {
  return loans.filter((l) => l.active && Number(l.outstandingPrincipal) > 0);
}

/** Principal + interest due in the year after `asOf` (exclusive) on every active loan, whole won. */
export function annualDebtService(loans: readonly LoanFigures[], asOf: string): number {
  const end = oneYearAfter(asOf);
  return activeLoans(loans).reduce(
    (s, l) =>
      s +
      l.schedule
        .filter((i) => i.dueDate > asOf && i.dueDate <= end)
        .reduce((a, i) => a + Number(i.payment), 0),
    0,
  );
}

export function metricsFromFigures(f: CustomerFigures, asOf: string): ScenarioMetrics {
  const active = activeLoans(f.loans);
  const balance = active.reduce((s, l) => s + Number(l.outstandingPrincipal), 0);
  const service = annualDebtService(f.loans, asOf);
  const income = Number(f.annualIncome);
  const spend = num(f.latest?.totalAmount);
  const qIncome = num(f.latest?.income);
  const prevSpend = num(f.previous?.totalAmount);
  const prevIncome = num(f.previous?.income);
  const deposit = num(f.latest?.depositBalance);
  return {
    cardUtilisation: null,
    maxDaysPastDue: f.maxDaysPastDue,
    overdueAmount: Number(f.overdueAmount),
    loanBalance: balance,
    weightedLoanRate:
      balance > 0
        ? active.reduce((s, l) => s + Number(l.outstandingPrincipal) * Number(l.annualRate), 0) / balance
        : null,
    // no debt service → 0 whatever the income; debt service without income → unknown
    dsr: service === 0 ? 0 : income > 0 ? service / income : null,
    spendQoqChange: spend !== null && prevSpend !== null && prevSpend > 0 ? spend / prevSpend - 1 : null,
    spendToIncome: spend !== null && qIncome !== null && qIncome > 0 ? spend / qIncome : null,
    nightShare: num(f.latest?.nightShare),
    overseasShare: num(f.latest?.overseasShare),
    onlineShare: num(f.latest?.onlineShare),
    incomeChange: qIncome !== null && prevIncome !== null && prevIncome > 0 ? qIncome / prevIncome - 1 : null,
    savingsBalance: deposit,
    liquidityMonths: deposit !== null && spend !== null && spend > 0 ? deposit / (spend / 3) : null,
  };
}
