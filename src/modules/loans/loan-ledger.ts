import Decimal from 'decimal.js';
import { monthsBetween as calendarMonths } from '../../common/dates';
import { DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule, toDecimal } from '../../common/money';
import { accruedInterest, Installment } from './calc/amortization';
import { assessDelinquency, DelinquencyConfig, DelinquencyStatus } from './calc/delinquency';
import type { LoanRateChangeEntity } from './loan.entity';
import { InterestConvention, RepaymentKind } from './loan.enums';
import { contractualSchedule, rateFor, reamortise, ScheduleTerms } from './loan-schedule';

// A loan's ledger replayed from its value-dated transactions (Apache Fineract's model, computed rather than
// stored): instalments come due, penalty interest (연체이자) accrues on what is overdue, and each payment is
// allocated in the order of 여신거래기본약관 제13조 — costs (비용), then penalty interest (연체이자), then
// interest (이자), then principal (원금) — instalments overdue or due on the value date before the current one.
// A prepayment collects the interest accrued on the prepaid principal up to its value date and re-amortises
// the rest. An "as of" view replays only the transactions valued on or before that day. Pure: no I/O, no clock.

/** What the replay needs of a recorded transaction. */
export interface LedgerEntry {
  kind: RepaymentKind;
  /** Value date. */
  paidOn: string;
  principalAmount: string;
  interestAmount: string;
  /** Penalty interest collected (absent on rows recorded before it was collected: 0). */
  penaltyAmount?: string;
  /** Costs (the prepayment fee); absent: 0. */
  feeAmount?: string;
}

/** Which part of a transaction an allocation row is. */
export type AllocationPart = 'FEE' | 'PENALTY' | 'INTEREST' | 'PRINCIPAL';

/**
 * One allocation of a transaction: a part, and the instalment it settled — or none for costs, penalty interest
 * (accrued on the overdue total) and principal prepaid or paid off beyond the instalments' open principal.
 */
export interface Allocation {
  /** Index of the transaction in the list given to replayLedger (recording order). */
  entry: number;
  installmentNumber: number | null;
  part: AllocationPart;
  amount: string;
}

export type LedgerTerms = ScheduleTerms;

export interface LedgerState {
  /** The schedule as it stands (re-amortised after prepayments). */
  schedule: Installment[];
  /** Paid toward each instalment (index = number − 1). */
  interestPaid: Decimal[];
  principalPaid: Decimal[];
  outstanding: Decimal;
  penaltyCollected: Decimal;
  /** Interest + principal received toward instalments, by value date (the arrears timeline). */
  instalmentPayments: { paidOn: string; amount: string }[];
  /** Settled by a FULL repayment. */
  closed: boolean;
  /** Value date of the last transaction replayed, or null. */
  lastValueDate: string | null;
  disbursedOn: string;
  /** Each replayed transaction's allocation rows, in value-date order; Σ per transaction = its amount. */
  allocations: Allocation[];
}

const zero = () => toDecimal(0);

/** Upper bound on the number of instalments due by `day` (k is due k months after disbursement). */
function monthsBetween(from: string, to: string): number {
  return Math.max(0, calendarMonths(from, to));
}

function openOf(state: LedgerState, i: number): { interest: Decimal; principal: Decimal } {
  const row = state.schedule[i];
  return {
    interest: Decimal.max(0, toDecimal(row.interest).minus(state.interestPaid[i])),
    principal: Decimal.max(0, toDecimal(row.principal).minus(state.principalPaid[i])),
  };
}

const isOpen = (state: LedgerState, i: number) => {
  const o = openOf(state, i);
  return !o.interest.isZero() || !o.principal.isZero();
};

/**
 * Instalments due on or before `day` with anything open, and the current one: the instalment whose period has
 * begun before `day` and ends after it (paying it before its due date is paying the running month; the period
 * that only starts on `day` — the next month's — is not due).
 */
function positions(state: LedgerState, day: string): { due: number[]; current: number | null } {
  const due: number[] = [];
  let current: number | null = null;
  for (let i = 0; i < state.schedule.length; i++) {
    if (state.schedule[i].dueDate <= day) {
      if (isOpen(state, i)) due.push(i);
    } else {
      const start = i === 0 ? state.disbursedOn : state.schedule[i - 1].dueDate;
      current = isOpen(state, i) && start < day ? i : null;
      break;
    }
  }
  return { due, current };
}

/**
 * Allocates `amount` to instalments: interest of those due on or before `day` (oldest first), then their
 * principal, then the current instalment's interest and principal. What is left over is returned (a recorded
 * legacy overpayment keeps settling later instalments in order; new ones are refused before they get here).
 */
function allocateToInstalments(
  state: LedgerState,
  amount: Decimal,
  day: string,
  legacyOverflow: boolean,
  sink?: (number: number, part: 'INTEREST' | 'PRINCIPAL', amount: Decimal) => void,
): { interest: Decimal; principal: Decimal; left: Decimal } {
  let left = amount;
  let interest = zero();
  let principal = zero();
  const take = (i: number, part: 'interest' | 'principal') => {
    if (left.isZero()) return;
    const open = openOf(state, i)[part];
    const paid = Decimal.min(left, open);
    if (paid.isZero()) return;
    left = left.minus(paid);
    sink?.(state.schedule[i].number, part === 'interest' ? 'INTEREST' : 'PRINCIPAL', paid);
    if (part === 'interest') {
      state.interestPaid[i] = state.interestPaid[i].plus(paid);
      interest = interest.plus(paid);
    } else {
      state.principalPaid[i] = state.principalPaid[i].plus(paid);
      principal = principal.plus(paid);
    }
  };
  const { due, current } = positions(state, day);
  for (const i of due) take(i, 'interest');
  for (const i of due) take(i, 'principal');
  if (current !== null) {
    take(current, 'interest');
    take(current, 'principal');
  }
  if (legacyOverflow) {
    for (let i = 0; i < state.schedule.length && !left.isZero(); i++) {
      take(i, 'interest');
      take(i, 'principal');
    }
  }
  return { interest, principal, left };
}

/** Index of the first instalment not fully paid, or the schedule length. */
function firstOpen(state: LedgerState): number {
  let i = 0;
  while (i < state.schedule.length && !isOpen(state, i)) i++;
  return i;
}

function resize(state: LedgerState): void {
  while (state.interestPaid.length < state.schedule.length) {
    state.interestPaid.push(zero());
    state.principalPaid.push(zero());
  }
  state.interestPaid.length = state.schedule.length;
  state.principalPaid.length = state.schedule.length;
}

/** Re-amortises from the first open instalment; what was paid toward open instalments is re-applied, interest first. */
function reamortiseOpen(
  loan: LedgerTerms,
  rateChanges: readonly LoanRateChangeEntity[],
  state: LedgerState,
  rounding: RoundingRule,
  through: number | undefined,
): void {
  const p = firstOpen(state);
  let credit = zero();
  let principalCredit = zero();
  for (let i = p; i < state.schedule.length; i++) {
    credit = credit.plus(state.interestPaid[i]).plus(state.principalPaid[i]);
    principalCredit = principalCredit.plus(state.principalPaid[i]);
  }
  // reamortise() opens the rest at outstanding + principal already paid toward the instalment in progress.
  const inProgress = state.schedule[p];
  const partialCredit = inProgress ? toDecimal(inProgress.interest).plus(principalCredit) : zero();
  state.schedule = reamortise(
    loan,
    state.schedule,
    rateChanges,
    { paidInstallments: p, partialCredit: principalCredit.isZero() ? '0' : partialCredit.toFixed(0) },
    state.outstanding,
    rounding,
    through,
  );
  resize(state);
  for (let i = p; i < state.schedule.length; i++) {
    state.interestPaid[i] = zero();
    state.principalPaid[i] = zero();
  }
  for (let i = p; i < state.schedule.length && !credit.isZero(); i++) {
    const row = state.schedule[i];
    const toInterest = Decimal.min(credit, row.interest);
    state.interestPaid[i] = toInterest;
    credit = credit.minus(toInterest);
    const toPrincipal = Decimal.min(credit, row.principal);
    state.principalPaid[i] = toPrincipal;
    credit = credit.minus(toPrincipal);
  }
}

export interface ReplayOptions {
  /** Compute at least instalments 1…through (a page); the replay extends it to what the transactions touch. */
  through?: number;
  /** Replay only transactions valued on or before this day. */
  asOf?: string;
}

/** The loan's ledger after its transactions, in value-date order (recording order within a day). */
export function replayLedger(
  loan: LedgerTerms,
  rateChanges: readonly LoanRateChangeEntity[],
  entries: readonly LedgerEntry[],
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
  options: ReplayOptions = {},
): LedgerState {
  const sorted = entries
    .map((entry, i) => ({ entry, i }))
    .filter(({ entry }) => options.asOf === undefined || entry.paidOn <= options.asOf)
    .sort((a, b) => (a.entry.paidOn < b.entry.paidOn ? -1 : a.entry.paidOn > b.entry.paidOn ? 1 : a.i - b.i));
  const lastValueDate = sorted.at(-1)?.entry.paidOn ?? null;
  const through =
    options.through === undefined
      ? undefined
      : Math.max(options.through, lastValueDate ? monthsBetween(loan.disbursedOn, lastValueDate) + 2 : 0);
  const state: LedgerState = {
    schedule: contractualSchedule(loan, rateChanges, rounding, through),
    interestPaid: [],
    principalPaid: [],
    outstanding: toDecimal(loan.principal),
    penaltyCollected: zero(),
    instalmentPayments: [],
    closed: false,
    lastValueDate,
    disbursedOn: loan.disbursedOn,
    allocations: [],
  };
  resize(state);
  for (const { entry, i } of sorted) {
    const record = (installmentNumber: number | null, part: AllocationPart, amount: Decimal.Value) => {
      if (!toDecimal(amount).isZero())
        state.allocations.push({ entry: i, installmentNumber, part, amount: toDecimal(amount).toFixed(0) });
    };
    record(null, 'FEE', entry.feeAmount ?? 0);
    record(null, 'PENALTY', entry.penaltyAmount ?? 0);
    state.penaltyCollected = state.penaltyCollected.plus(entry.penaltyAmount ?? 0);
    if (entry.kind === RepaymentKind.REGULAR || entry.kind === RepaymentKind.PARTIAL) {
      const amount = toDecimal(entry.principalAmount).plus(entry.interestAmount);
      const a = allocateToInstalments(state, amount, entry.paidOn, true, record);
      state.outstanding = state.outstanding.minus(a.principal);
      state.instalmentPayments.push({ paidOn: entry.paidOn, amount: amount.minus(a.left).toFixed(0) });
      // Only a legacy row could leave something over (more than the whole schedule): kept visible, unallocated.
      record(null, 'PRINCIPAL', a.left);
    } else if (entry.kind === RepaymentKind.PREPAYMENT) {
      // The prepaid principal's interest belongs to the instalment in progress; the principal reduces the balance.
      const p = firstOpen(state);
      record(p < state.schedule.length ? state.schedule[p].number : null, 'INTEREST', entry.interestAmount);
      record(null, 'PRINCIPAL', entry.principalAmount);
      state.outstanding = state.outstanding.minus(entry.principalAmount);
      reamortiseOpen(loan, rateChanges, state, rounding, through);
    } else {
      allocatePayoff(state, entry, record);
      state.outstanding = zero();
      state.closed = true;
      break; // FULL pays the loan off: nothing after it reshapes the schedule
    }
  }
  return state;
}

/**
 * A payoff's interest and principal by instalment: the open interest of instalments due on its day (oldest
 * first), the rest to the instalment in progress (interest accrued to the day); principal to each instalment's open
 * principal in order, any remainder (none on a consistent ledger) unassigned.
 */
function allocatePayoff(
  state: LedgerState,
  entry: LedgerEntry,
  record: (n: number | null, part: AllocationPart, amount: Decimal.Value) => void,
): void {
  let interest = toDecimal(entry.interestAmount);
  let i = 0;
  for (; i < state.schedule.length && state.schedule[i].dueDate <= entry.paidOn; i++) {
    const take = Decimal.min(interest, openOf(state, i).interest);
    record(state.schedule[i].number, 'INTEREST', take);
    interest = interest.minus(take);
  }
  const running = i < state.schedule.length ? state.schedule[i].number : null;
  record(running, 'INTEREST', interest);
  let principal = toDecimal(entry.principalAmount);
  for (let j = 0; j < state.schedule.length && !principal.isZero(); j++) {
    const take = Decimal.min(principal, openOf(state, j).principal);
    record(state.schedule[j].number, 'PRINCIPAL', take);
    principal = principal.minus(take);
  }
  record(null, 'PRINCIPAL', principal);
}

/** Instalments fully paid from the first on, and what was paid toward the next one. */
export function paidPrefix(state: LedgerState): { paidInstallments: number; partialCredit: string } {
  const p = firstOpen(state);
  const credit = p < state.schedule.length ? state.interestPaid[p].plus(state.principalPaid[p]) : zero();
  return { paidInstallments: p, partialCredit: credit.toFixed(0) };
}

// ---------------------------------------------------------------------------------------------------------
// Accrual inside an instalment period, under the loan's convention.

/**
 * Interest accrued on `balance` from `from` (counted) to `to` (not counted) inside the period of `row`, unrounded.
 * MONTHLY: the period's monthly interest pro rata to the days elapsed (balance × rate ÷ 12 × days ÷ days in the
 * period), so a whole period gives exactly the schedule's figure. DAILY_ACTUAL_365: day by day (365/366).
 */
export function accrueWithin(
  row: Installment,
  balance: Decimal,
  from: string,
  to: string,
  convention: InterestConvention,
): Decimal {
  if (to <= from) return zero();
  const rate = toDecimal(row.annualRate);
  if (convention === InterestConvention.MONTHLY) {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    return balance
      .times(rate)
      .times(days)
      .div(12 * row.days);
  }
  return accruedInterest(balance, rate, from, to, InterestConvention.DAILY_ACTUAL_365);
}

const periodStart = (loan: LedgerTerms, state: LedgerState, i: number) =>
  i === 0 ? loan.disbursedOn : state.schedule[i - 1].dueDate;

// ---------------------------------------------------------------------------------------------------------
// Arrears and penalty interest.

export interface ArrearsInput {
  loan: LedgerTerms & { annualRate: string };
  rateChanges: readonly LoanRateChangeEntity[];
  state: LedgerState;
  config: DelinquencyConfig;
}

/** The penalty rate's base: the rate of the instalment in progress. */
function baseRate({ loan, rateChanges, state }: ArrearsInput): string {
  return rateFor(loan, rateChanges, paidPrefix(state).paidInstallments + 1);
}

/** Arrears as of `asOf` (the state must be replayed with asOf); penaltyInterest is accrued and not collected. */
export function arrearsOf(
  input: ArrearsInput,
  asOf: string,
): DelinquencyStatus & { penaltyAccrued: string; penaltyCollected: string } {
  const { state, config } = input;
  const status = assessDelinquency(
    {
      dues: state.schedule.map((row) => ({ dueDate: row.dueDate, amount: row.payment })),
      repayments: state.instalmentPayments,
      asOf,
      annualRate: baseRate(input),
    },
    config,
  );
  const accrued = toDecimal(status.penaltyInterest);
  return {
    ...status,
    penaltyInterest: Decimal.max(0, accrued.minus(state.penaltyCollected)).toFixed(0),
    penaltyAccrued: accrued.toFixed(0),
    penaltyCollected: state.penaltyCollected.toFixed(0),
  };
}

/**
 * Penalty interest a payment valued on `day` must settle first: accrued up to and including that day (it runs
 * until the day the overdue amount is paid), not yet collected — what `delinquency(asOf: day)` shows as owed.
 */
export function penaltyDue(input: ArrearsInput, day: string): Decimal {
  if (input.state.schedule.length === 0) return zero();
  return toDecimal(arrearsOf(input, day).penaltyInterest);
}

// ---------------------------------------------------------------------------------------------------------
// What a payment on a day may settle, and how it is allocated.

export interface DueOn {
  penalty: Decimal;
  /** Open interest + principal of instalments due on or before the day. */
  due: Decimal;
  /** Open amount of the current instalment (its period runs over the day). */
  current: Decimal;
  /** Open amount of the oldest open instalment. */
  oldest: Decimal;
}

export function dueOn(state: LedgerState, day: string, penalty: Decimal): DueOn {
  const { due, current } = positions(state, day);
  const amountOf = (i: number) => {
    const o = openOf(state, i);
    return o.interest.plus(o.principal);
  };
  const first = firstOpen(state);
  return {
    penalty,
    due: due.reduce((sum, i) => sum.plus(amountOf(i)), zero()),
    current: current === null ? zero() : amountOf(current),
    oldest: first < state.schedule.length ? amountOf(first) : zero(),
  };
}

export interface PaymentAllocation {
  penalty: Decimal;
  interest: Decimal;
  principal: Decimal;
}

/**
 * A REGULAR / PARTIAL payment: penalty interest first, then the instalments (see allocateToInstalments).
 * Mutates the state; the caller has checked the amount against dueOn().
 */
export function allocatePayment(
  state: LedgerState,
  amount: Decimal,
  day: string,
  penalty: Decimal,
): PaymentAllocation {
  const toPenalty = Decimal.min(amount, penalty);
  const a = allocateToInstalments(state, amount.minus(toPenalty), day, false);
  if (!a.left.isZero()) throw new RangeError(`${a.left.toFixed(0)} won exceed what is due on ${day}`);
  state.outstanding = state.outstanding.minus(a.principal);
  state.penaltyCollected = state.penaltyCollected.plus(toPenalty);
  return { penalty: toPenalty, interest: a.interest, principal: a.principal };
}

/**
 * Whether something was paid toward the instalment in progress, or toward one not yet due on `day`. A
 * prepayment then is refused: that payment already charged the prepaid principal's interest to the due date,
 * and re-amortising under it would turn interest received into principal (a later transaction rewritten).
 */
export function paidAhead(state: LedgerState, day: string): boolean {
  const p = firstOpen(state);
  for (let i = 0; i < state.schedule.length; i++) {
    const paid = state.interestPaid[i].plus(state.principalPaid[i]);
    if (paid.isZero()) continue;
    if (i === p || state.schedule[i].dueDate > day) return true;
  }
  return false;
}

/**
 * Interest a prepayment of `prepaid` principal valued on `day` collects: accrued on that principal from the
 * start of the instalment in progress to the value date (the rest of the period accrues on what remains and is
 * charged with the re-amortised instalment). Zero when that instalment was already paid ahead.
 */
export function prepaymentInterest(
  loan: LedgerTerms,
  state: LedgerState,
  prepaid: Decimal,
  day: string,
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
): Decimal {
  const p = firstOpen(state);
  if (p >= state.schedule.length) return zero();
  const row = state.schedule[p];
  const from = periodStart(loan, state, p);
  const to = day < row.dueDate ? day : row.dueDate;
  return roundMoney(accrueWithin(row, prepaid, from, to, loan.interestConvention), rounding);
}

export interface Payoff {
  principal: Decimal;
  /** Interest of instalments due by the day and not paid, plus the current period's accrual to the day. */
  interest: Decimal;
  penalty: Decimal;
}

/**
 * Paying off on `day` (before any prepayment fee): all outstanding principal, the open interest of instalments
 * due on or before the day, the current period's interest accrued to the day on its opening balance under the
 * loan's convention (less what was paid toward it), and the penalty interest not yet collected.
 */
export function payoff(
  loan: LedgerTerms,
  state: LedgerState,
  day: string,
  penalty: Decimal,
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
): Payoff {
  let interest = zero();
  let i = 0;
  for (; i < state.schedule.length && state.schedule[i].dueDate <= day; i++) {
    interest = interest.plus(openOf(state, i).interest);
  }
  if (i < state.schedule.length) {
    const row = state.schedule[i];
    const opening = toDecimal(row.balanceAfter).plus(row.principal);
    const accrued = roundMoney(
      accrueWithin(row, opening, periodStart(loan, state, i), day, loan.interestConvention),
      rounding,
    );
    // Interest paid ahead for days not yet run is not refunded here (see docs/loan-ledger.md).
    interest = interest.plus(Decimal.max(0, accrued.minus(state.interestPaid[i])));
  }
  return { principal: state.outstanding, interest, penalty };
}

/** The schedule as it stands after the transactions (see replayLedger). */
export function currentSchedule(
  loan: LedgerTerms,
  rateChanges: readonly LoanRateChangeEntity[],
  entries: readonly LedgerEntry[],
  rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
  through?: number,
): Installment[] {
  const schedule = replayLedger(loan, rateChanges, entries, rounding, { through }).schedule;
  return through === undefined ? schedule : schedule.slice(0, through);
}

/** A stored instalment row (table loan_installment): the schedule as it stands with what was paid toward it. */
export interface InstallmentRow {
  loanId: string;
  number: number;
  dueDate: string;
  days: number;
  annualRate: string;
  principal: string;
  interest: string;
  payment: string;
  balanceAfter: string;
  principalPaid: string;
  interestPaid: string;
}

/** The rows to store for a loan's ledger state (a FULL payoff leaves them as they stood, the loan closed). */
export function installmentRows(loanId: string, state: LedgerState): InstallmentRow[] {
  return state.schedule.map((row, i) => ({
    loanId,
    number: row.number,
    dueDate: row.dueDate,
    days: row.days,
    annualRate: row.annualRate,
    principal: row.principal,
    interest: row.interest,
    payment: row.payment,
    balanceAfter: row.balanceAfter,
    principalPaid: state.principalPaid[i].toFixed(0),
    interestPaid: state.interestPaid[i].toFixed(0),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Back-dated transactions: the later ones are reprocessed (Apache Fineract's model).

/** A later REGULAR / PARTIAL transaction as reprocessing re-allocated it (its amount never changes). */
export interface Reallocation {
  /** Index into the `later` list given to reprocessLater. */
  index: number;
  penalty: Decimal;
  interest: Decimal;
  principal: Decimal;
  /** Outstanding principal after it. */
  balanceAfter: Decimal;
}

/**
 * Re-allocates the transactions valued after a back-dated one, in value-date order, on the ledger that now
 * includes it: each keeps its amount (the money received) and is allocated again penalty → interest →
 * principal under the rules of its own value date. `state` is the ledger after the back-dated transaction and
 * is advanced in place. Returns the index of the first later transaction that no longer fits (more than is then
 * due on its day) instead, with that maximum: the caller refuses the back-dated transaction.
 */
export function reprocessLater(
  input: Omit<ArrearsInput, 'state'> & { state: LedgerState },
  later: readonly (LedgerEntry & { amount: string })[],
): { reallocations: Reallocation[] } | { conflict: number; maxAmount: Decimal } {
  const { state } = input;
  const reallocations: Reallocation[] = [];
  for (let index = 0; index < later.length; index++) {
    const entry = later[index];
    if (entry.kind !== RepaymentKind.REGULAR && entry.kind !== RepaymentKind.PARTIAL) {
      throw new RangeError(`${entry.kind} transactions are not reprocessed`);
    }
    const day = entry.paidOn;
    const penalty = penaltyDue(input, day);
    const due = dueOn(state, day, penalty);
    const max = penalty.plus(due.due).plus(due.current);
    const amount = toDecimal(entry.amount);
    if (amount.gt(max)) return { conflict: index, maxAmount: max };
    const a = allocatePayment(state, amount, day, penalty);
    state.instalmentPayments.push({ paidOn: day, amount: a.interest.plus(a.principal).toFixed(0) });
    state.lastValueDate = day;
    reallocations.push({ index, ...a, balanceAfter: state.outstanding });
  }
  return { reallocations };
}
