import Decimal from 'decimal.js';
import { addMonths } from '../../common/dates';
import { DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule } from '../../common/money';
import { accruedInterest, buildSchedule, Installment } from './calc/amortization';
import { InterestConvention } from './loan.enums';
import type { LoanEntity, LoanRateChangeEntity } from './loan.entity';
import { RepaymentKind } from './loan.enums';
import { allocatePayment, AllocationState, partialPrincipal } from './repayment-allocation';

// A loan's schedule as it stands, rebuilt from the contract by replaying the loan's repayments in the order they
// were recorded: instalments settle oldest first, and a prepayment re-amortises what is left over the remaining
// term. Instalments paid before a prepayment keep the amounts they were paid at, so arrears are measured against
// what was actually due when (not against today's re-amortised amounts). Pure: no I/O, no clock.

/** What the replay needs of a recorded repayment (in recording order). */
export interface RecordedPayment {
  kind: RepaymentKind;
  principalAmount: string;
  interestAmount: string;
}

type Terms = Pick<
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
  loan: Terms,
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
  loan: Terms,
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
      disbursedOn: paid === 0 ? loan.disbursedOn : schedule[paid - 1].dueDate,
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

/**
 * `through`: compute instalments 1…through only — exact, since each depends only on earlier ones. It must reach
 * past every instalment the recorded repayments touched (`paidInstallments + 1` of the loan's current state).
 */
export function currentSchedule(
  loan: Terms,
  rateChanges: readonly LoanRateChangeEntity[],
  repayments: readonly RecordedPayment[],
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
  through?: number,
): Installment[] {
  let schedule = contractualSchedule(loan, rateChanges, rounding, through);
  let state: AllocationState = { paidInstallments: 0, partialCredit: '0' };
  let outstanding = new Decimal(loan.principal);
  for (const repayment of repayments) {
    if (repayment.kind === RepaymentKind.REGULAR || repayment.kind === RepaymentKind.PARTIAL) {
      const amount = new Decimal(repayment.principalAmount).plus(repayment.interestAmount).toFixed(0);
      const allocation = allocatePayment(schedule, state, amount);
      state = allocation.state;
      outstanding = outstanding.minus(allocation.principal);
    } else if (repayment.kind === RepaymentKind.PREPAYMENT) {
      outstanding = outstanding.minus(repayment.principalAmount);
      schedule = reamortise(loan, schedule, rateChanges, state, outstanding, rounding, through);
    } else {
      break; // FULL pays the loan off: nothing after it reshapes the schedule
    }
  }
  return schedule;
}

/**
 * Paying off on a date (before any prepayment fee): the outstanding principal plus interest accrued day by day
 * (actual/365) since the last due date, less interest already paid toward the instalment in progress.
 */
export function payoffQuote(
  loan: LoanEntity,
  rateChanges: readonly LoanRateChangeEntity[],
  schedule: readonly Installment[],
  on: string,
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
): { total: Decimal; interest: Decimal } {
  const since = loan.paidInstallments === 0 ? loan.disbursedOn : schedule[loan.paidInstallments - 1].dueDate;
  const next = schedule[loan.paidInstallments];
  const opening = new Decimal(loan.outstandingPrincipal);
  const accrued =
    on > since
      ? roundMoney(
          accruedInterest(
            opening,
            new Decimal(currentRate(loan, rateChanges)),
            since,
            on,
            InterestConvention.DAILY_ACTUAL_365,
          ),
          rounding,
        )
      : new Decimal(0);
  const interestPaid = next ? Decimal.min(loan.partialCredit, next.interest) : new Decimal(0);
  const interest = Decimal.max(0, accrued.minus(interestPaid));
  return { total: opening.plus(interest), interest };
}
