import Decimal from 'decimal.js';
import { addMonths } from '../../common/dates';
import { DEFAULT_KRW_ROUNDING, RoundingRule } from '../../common/money';
import { buildSchedule, Installment } from './calc/amortization';
import type { LoanEntity, LoanRateChangeEntity } from './loan.entity';
import { AllocationState, partialPrincipal } from './repayment-allocation';

// Schedule building blocks: the contract, the rate in force, re-amortisation after a prepayment (instalments
// paid before it keep the amounts they were paid at). The replay of transactions is in loan-ledger.ts.
// Pure: no I/O, no clock.

export type ScheduleTerms = Pick<
  LoanEntity,
  | 'principal'
  | 'annualRate'
  | 'termMonths'
  | 'graceMonths'
  | 'repaymentMethod'
  | 'disbursedOn'
  | 'interestConvention'
>;

export function contractualSchedule(
  loan: ScheduleTerms,
  rateChanges: readonly LoanRateChangeEntity[],
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
  through?: number,
): Installment[] {
  return buildSchedule(
    {
      principal: loan.principal,
      annualRate: loan.annualRate,
      termMonths: loan.termMonths,
      graceMonths: loan.graceMonths,
      method: loan.repaymentMethod,
      disbursedOn: loan.disbursedOn,
      convention: loan.interestConvention,
      rateChanges: rateChanges.map((r) => ({ fromInstallment: r.fromInstallment, annualRate: r.annualRate })),
    },
    { rounding, through },
  ).installments;
}

/** The rate instalment `number` accrues at: the contract rate, or the latest change in force by then. */
export function rateFor(
  loan: Pick<LoanEntity, 'annualRate'>,
  rateChanges: readonly LoanRateChangeEntity[],
  number: number,
): string {
  return rateChanges.filter((r) => r.fromInstallment <= number).at(-1)?.annualRate ?? loan.annualRate;
}

/** The rate the next instalment accrues at. */
export function currentRate(loan: LoanEntity, rateChanges: readonly LoanRateChangeEntity[]): string {
  return rateFor(loan, rateChanges, loan.paidInstallments + 1);
}

/**
 * The rest of the schedule re-amortised from the instalment in progress: its opening balance is the principal
 * still owed plus what a partial payment already repaid of it; later rate changes still take effect.
 */
export function reamortise(
  loan: ScheduleTerms,
  schedule: readonly Installment[],
  rateChanges: readonly LoanRateChangeEntity[],
  state: AllocationState,
  outstanding: Decimal,
  rounding: RoundingRule,
  through?: number,
): Installment[] {
  const paid = state.paidInstallments;
  const opening = outstanding.plus(partialPrincipal(schedule, state));
  if (opening.isZero() || paid >= loan.termMonths) return schedule.slice(0, paid);
  const rest = buildSchedule(
    {
      principal: opening.toFixed(0),
      annualRate: rateFor(loan, rateChanges, paid + 1),
      termMonths: loan.termMonths - paid,
      graceMonths: Math.max(0, loan.graceMonths - paid),
      method: loan.repaymentMethod,
      // The loan's own due dates (disbursed 01-31: 02-28, 03-31 …), not ones stepped from a clamped date.
      disbursedOn: loan.disbursedOn,
      offsetMonths: paid,
      convention: loan.interestConvention,
      rateChanges: rateChanges
        .filter((r) => r.fromInstallment > paid + 1)
        .map((r) => ({ fromInstallment: r.fromInstallment - paid, annualRate: r.annualRate })),
    },
    { rounding, through: through === undefined ? undefined : Math.max(0, through - paid) },
  ).installments.map((row) => ({
    ...row,
    number: row.number + paid,
    dueDate: addMonths(loan.disbursedOn, row.number + paid),
  }));
  return [...schedule.slice(0, paid), ...rest];
}
