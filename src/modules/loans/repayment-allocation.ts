import Decimal from 'decimal.js';

// How a payment settles a loan's instalments: oldest instalment first, and within one instalment interest
// before principal (the usual Korean 충당 order: 이자 → 원금). Pure: no I/O, no clock.

export interface InstallmentDue {
  number: number;
  dueDate: string;
  principal: string;
  interest: string;
  payment: string;
}

export interface AllocationState {
  /** Instalments fully paid. */
  paidInstallments: number;
  /** Already paid toward instalment paidInstallments + 1. */
  partialCredit: string;
}

export interface Allocation {
  state: AllocationState;
  principal: string;
  interest: string;
  /** Instalments this payment completed. */
  completed: number[];
}

export class OverpaymentError extends Error {
  constructor(readonly due: string) {
    super(`The payment exceeds everything still due on the schedule (${due} won)`);
  }
}

/** What is still owed on the schedule from the current state. */
export function remainingDue(rows: readonly InstallmentDue[], state: AllocationState): Decimal {
  return rows
    .filter((r) => r.number > state.paidInstallments)
    .reduce((sum, r) => sum.plus(r.payment), new Decimal(0))
    .minus(state.partialCredit);
}

/** The amount that settles the next instalment (zero when nothing is left). */
export function nextInstallmentDue(rows: readonly InstallmentDue[], state: AllocationState): Decimal {
  const next = rows.find((r) => r.number === state.paidInstallments + 1);
  return next ? new Decimal(next.payment).minus(state.partialCredit) : new Decimal(0);
}

export function allocatePayment(
  rows: readonly InstallmentDue[],
  state: AllocationState,
  amount: string,
): Allocation {
  let left = new Decimal(amount);
  let paid = state.paidInstallments;
  let credit = new Decimal(state.partialCredit);
  let principal = new Decimal(0);
  let interest = new Decimal(0);
  const completed: number[] = [];
  // Rows are numbered 1…n in order, so the first open one is at index `paid` (schedules are replayed once per
  // repayment: summing what is still due up front would make a replay quadratic).
  for (let i = Math.min(paid, rows.length); i < rows.length; i++) {
    const row = rows[i];
    if (row.number <= paid) continue;
    if (left.isZero()) break;
    // Interest of this instalment not yet covered by earlier partial payments, then its principal.
    const interestOpen = Decimal.max(0, new Decimal(row.interest).minus(credit));
    const open = new Decimal(row.payment).minus(credit);
    const take = Decimal.min(left, open);
    const interestPart = Decimal.min(take, interestOpen);
    interest = interest.plus(interestPart);
    principal = principal.plus(take.minus(interestPart));
    left = left.minus(take);
    if (take.eq(open)) {
      paid = row.number;
      credit = new Decimal(0);
      completed.push(row.number);
    } else {
      credit = credit.plus(take);
    }
  }
  if (!left.isZero()) throw new OverpaymentError(remainingDue(rows, state).toFixed(0));
  return {
    state: { paidInstallments: paid, partialCredit: credit.toFixed(0) },
    principal: principal.toFixed(0),
    interest: interest.toFixed(0),
    completed,
  };
}

/** Principal already received toward the instalment in progress (its interest is settled first). */
export function partialPrincipal(rows: readonly InstallmentDue[], state: AllocationState): Decimal {
  const next = rows.find((r) => r.number === state.paidInstallments + 1);
  if (!next) return new Decimal(0);
  return Decimal.max(0, new Decimal(state.partialCredit).minus(next.interest));
}
