import Decimal from 'decimal.js';
import { addMonths } from '../../common/dates';
import { DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule } from '../../common/money';
import { accruedInterest, buildSchedule, Installment } from './calc/amortization';
import { InterestConvention } from './loan.enums';
import type { LoanEntity, LoanRateChangeEntity } from './loan.entity';
import { partialPrincipal } from './repayment-allocation';

// A loan's schedule as it stands: the contractual instalments already paid, then the rest of the contract —
// re-amortised over the remaining term when prepayments have lowered the balance below the contract's.

export function contractualSchedule(
  loan: LoanEntity,
  rateChanges: readonly LoanRateChangeEntity[],
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
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
    { rounding },
  ).installments;
}

/** The rate the next instalment accrues at: the contract rate, or the latest change in force. */
export function currentRate(loan: LoanEntity, rateChanges: readonly LoanRateChangeEntity[]): string {
  const next = loan.paidInstallments + 1;
  return rateChanges.filter((r) => r.fromInstallment <= next).at(-1)?.annualRate ?? loan.annualRate;
}

export function currentSchedule(
  loan: LoanEntity,
  rateChanges: readonly LoanRateChangeEntity[],
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
): Installment[] {
  const contract = contractualSchedule(loan, rateChanges, rounding);
  const paid = loan.paidInstallments;
  if (paid >= contract.length) return contract;
  const state = { paidInstallments: paid, partialCredit: loan.partialCredit };
  // Principal owed at the start of the instalment in progress (what this instalment's interest accrues on).
  const openingBalance = new Decimal(loan.outstandingPrincipal).plus(partialPrincipal(contract, state));
  const contractOpening =
    paid === 0 ? new Decimal(loan.principal) : new Decimal(contract[paid - 1].balanceAfter);
  if (openingBalance.eq(contractOpening)) return contract;
  if (openingBalance.isZero()) return contract.slice(0, paid);
  const rest = buildSchedule(
    {
      principal: openingBalance.toFixed(0),
      annualRate: currentRate(loan, rateChanges),
      termMonths: loan.termMonths - paid,
      graceMonths: Math.max(0, loan.graceMonths - paid),
      method: loan.repaymentMethod,
      disbursedOn: paid === 0 ? loan.disbursedOn : contract[paid - 1].dueDate,
      convention: loan.interestConvention,
    },
    { rounding },
  ).installments.map((row) => ({
    ...row,
    number: row.number + paid,
    dueDate: addMonths(loan.disbursedOn, row.number + paid),
  }));
  return [...contract.slice(0, paid), ...rest];
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
