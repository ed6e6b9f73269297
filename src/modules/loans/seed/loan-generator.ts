import Decimal from 'decimal.js';
import { addDays, addMonths, ageOn, daysBetween, koreanDate } from '../../../common/dates';
import { DEFAULT_KRW_ROUNDING, type RoundingRule } from '../../../common/money';
import { type Rng, randomUuid } from '../../../common/random';
import type { PgValue } from '../../../common/seed';
import { Employment, type SeededCustomer } from '../../customers';
import type { Installment } from '../calc/amortization';
import { prepaymentFee } from '../calc/prepayment-fee';
import type { LoanEntity } from '../loan.entity';
import { InterestConvention, LenderType, LoanKind, LoanStatus, RateType, RepaymentKind } from '../loan.enums';
import {
  allocatePayment,
  paidPrefix,
  payoff,
  penaltyDue,
  prepaymentInterest,
  replayLedger,
} from '../loan-ledger';
import {
  AMOUNTS,
  BANKS,
  DAILY_CONVENTION_SHARE,
  DELINQUENT_DAYS,
  DISBURSEMENT_WINDOW_MONTHS,
  FIXED_PERIOD_MONTHS,
  LTV_RANGE,
  MAX_RATE_PERCENT,
  MIN_RATE_PERCENT,
  NON_BANK_LENDERS,
  PARTIAL_SHARE,
  PAYOFF_SHARE,
  PREPAYMENT_FRACTION,
  PREPAYMENT_SHARE,
  RATE_NOISE_SD,
  RATE_TYPES,
  TERMS,
  borrowerShare,
  delinquencyShare,
  expectedRatePercent,
  kindShares,
  nonBankShare,
  regionPriceFactor,
} from './loan-distributions';

// Synthetic loans with their repayment history up to `now`. Pure and deterministic (rng and now are inputs).
//
// Every repayment is replayed the way RepaymentService records it — the schedule is the loans module's own
// `currentSchedule`, a regular instalment pays exactly the instalment, PARTIAL goes through
// the ledger's `allocatePayment`, FULL pays the ledger's `payoff` plus the dated prepayment fee — so the API reads the seeded
// loans exactly as if their repayments had been posted through `recordRepayment`. A seeded PREPAYMENT is the
// last event of a still-active loan (after its latest paid instalment, on or before `now`); the schedule replay
// (`currentSchedule`) would also accept instalments paid after it, which the generator does not make yet.

export type LoanOutcome =
  /** Every instalment due so far paid on its due date. */
  | 'CURRENT'
  /** CURRENT, and part of the principal prepaid since the last instalment. */
  | 'PREPAID'
  /** Stopped paying: the oldest unpaid instalment fell due 10–200 days before now. */
  | 'DELINQUENT'
  /** Paid off early in one FULL payment. */
  | 'PAID_OFF'
  /** Every instalment paid; closed at maturity. */
  | 'MATURED';

export type SeedLoan = Omit<LoanEntity, 'loanNumber'>;

export interface SeedRepayment {
  id: string;
  loanId: string;
  idempotencyKey: string;
  kind: RepaymentKind;
  paidOn: string;
  amount: string;
  principalAmount: string;
  interestAmount: string;
  feeAmount: string;
  penaltyAmount: string;
  feeRuleSet: string | null;
  balanceAfter: string;
  createdAt: Date;
}

export interface GeneratedLoan {
  loan: SeedLoan;
  repayments: SeedRepayment[];
  outcome: LoanOutcome;
}

export interface GenerateLoansOptions {
  readonly now: Date;
  /** The money rounding rule schedules are computed with (the API's MONEY_ROUNDING_*). */
  readonly rounding?: RoundingRule;
}

/** Midnight in Korea at the start of a YYYY-MM-DD day, plus some hours. */
function kstInstant(day: string, hours: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 9 * 3_600_000 + hours * 3_600_000);
}

function roundTo(value: number, step: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value / step) * step));
}

/** The date `years` whole years after a YYYY-MM-DD date (29 Feb → 28 Feb). */
function plusYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

function principalFor(rng: Rng, kind: LoanKind, c: SeededCustomer): { principal: number; limit?: number } {
  const incomeFactor =
    c.annualIncome === 0 ? 0.6 : Math.min(2.5, Math.max(0.5, (c.annualIncome / 40_000_000) ** 0.6));
  switch (kind) {
    case LoanKind.MORTGAGE: {
      const a = AMOUNTS.mortgage;
      const v = rng.logNormal(a.median * regionPriceFactor(c.region) * incomeFactor, a.sigma);
      return { principal: roundTo(v, a.step, a.min, a.max) };
    }
    case LoanKind.JEONSE: {
      const a = AMOUNTS.jeonse;
      const v = rng.logNormal(a.median * regionPriceFactor(c.region), a.sigma);
      return { principal: roundTo(v, a.step, a.min, a.max) };
    }
    case LoanKind.CREDIT: {
      const a = AMOUNTS.credit;
      const median = Math.max(3_000_000, c.annualIncome * a.incomeShare);
      const cap = Math.max(10_000_000, c.annualIncome); // ≤ 1× income (min 10 M for thin files)
      return { principal: roundTo(rng.logNormal(median, a.sigma), a.step, a.min, Math.min(a.max, cap)) };
    }
    case LoanKind.OVERDRAFT: {
      const a = AMOUNTS.overdraft;
      const limit = roundTo(c.annualIncome * (0.3 + 0.7 * rng.float()), a.step, a.min, a.max);
      const drawn = roundTo(limit * (0.1 + 0.8 * rng.float()), 10_000, 10_000, limit);
      return { principal: drawn, limit };
    }
    case LoanKind.CARD_LOAN: {
      const a = AMOUNTS.cardLoan;
      return { principal: roundTo(rng.logNormal(a.median, a.sigma), a.step, a.min, a.max) };
    }
    case LoanKind.AUTO: {
      const a = AMOUNTS.auto;
      return { principal: roundTo(rng.logNormal(a.median, a.sigma), a.step, a.min, a.max) };
    }
  }
}

/** A loan's contract terms, drawn for one customer; null when the customer was too young for it. */
function draftLoan(rng: Rng, kind: LoanKind, c: SeededCustomer, today: string): SeedLoan | null {
  const terms = rng.weighted(TERMS[kind]);
  const rateType = rng.weighted(RATE_TYPES[kind]);
  const nonBank = rng.chance(nonBankShare(kind, c.creditScore, c.annualIncome));
  const lender = nonBank ? rng.weighted(NON_BANK_LENDERS[kind]) : rng.weighted(BANKS);
  const { principal, limit } = principalFor(rng, kind, c);
  // Disbursed 1 day to the window's length before today, never before the 19th birthday.
  // Contracts older than their term + a year have mostly been renewed or replaced: keep a year of matured ones.
  const windowMonths = Math.min(DISBURSEMENT_WINDOW_MONTHS[kind], terms.termMonths + 12);
  const windowDays = Math.round(windowMonths * 30.44);
  const earliest = plusYears(c.birthDate, 19);
  const daysAgo = rng.int(1, windowDays);
  const disbursedOn = addDays(today, -daysAgo);
  const noise = rng.normal(0, RATE_NOISE_SD);
  const daily = rng.chance(DAILY_CONVENTION_SHARE);
  const ltv = LTV_RANGE[0] + (LTV_RANGE[1] - LTV_RANGE[0]) * rng.float();
  const id = randomUuid(rng);
  if (disbursedOn < earliest) return null;

  const year = Number(disbursedOn.slice(0, 4));
  const percent = Math.min(
    MAX_RATE_PERCENT,
    Math.max(MIN_RATE_PERCENT, expectedRatePercent(kind, year, nonBank, c.creditScore) + noise),
  );
  const periodic = rateType === RateType.MIXED || rateType === RateType.PERIODIC_RESET;
  const createdAt = kstInstant(disbursedOn, 9);
  const secured = kind === LoanKind.MORTGAGE;
  return {
    id,
    customerId: c.id,
    kind,
    repaymentMethod: terms.method,
    rateType,
    fixedPeriodMonths: periodic ? Math.min(FIXED_PERIOD_MONTHS, terms.termMonths - 1) : null,
    interestConvention:
      !nonBank && daily && kind !== LoanKind.CARD_LOAN && kind !== LoanKind.AUTO
        ? InterestConvention.DAILY_ACTUAL_365
        : InterestConvention.MONTHLY,
    lender,
    lenderType: nonBank ? LenderType.NON_BANK : LenderType.BANK,
    principal: String(principal),
    creditLimit: limit === undefined ? null : String(limit),
    annualRate: (Math.round(percent * 100) / 10_000).toFixed(4),
    termMonths: terms.termMonths,
    graceMonths: terms.graceMonths,
    disbursedOn,
    maturityOn: addMonths(disbursedOn, terms.termMonths),
    collateralValue: secured ? String(roundTo(principal / ltv, 1_000_000, 1_000_000, 1e13)) : null,
    outstandingPrincipal: String(principal),
    paidInstallments: 0,
    partialCredit: '0',
    status: LoanStatus.ACTIVE,
    closedOn: null,
    createdAt,
    updatedAt: createdAt,
  };
}

/** Posts repayments onto a loan the way RepaymentService would, keeping the loan's state in step. */
class Ledger {
  readonly repayments: SeedRepayment[] = [];
  private schedule: Installment[];

  constructor(
    private readonly rng: Rng,
    readonly loan: SeedLoan,
    private readonly rounding: RoundingRule,
  ) {
    this.schedule = this.currentSchedule();
  }

  private state() {
    return replayLedger(this.loan, [], this.repayments, this.rounding);
  }

  private currentSchedule(): Installment[] {
    return this.state().schedule;
  }

  get rows(): readonly Installment[] {
    return this.schedule;
  }

  private post(
    kind: RepaymentKind,
    key: string,
    paidOn: string,
    parts: {
      principal: Decimal;
      interest: Decimal;
      fee?: Decimal;
      feeRuleSet?: string | null;
      penalty?: Decimal;
    },
  ): void {
    const fee = parts.fee ?? new Decimal(0);
    const penalty = parts.penalty ?? new Decimal(0);
    const createdAt = kstInstant(paidOn, 10);
    this.repayments.push({
      id: randomUuid(this.rng),
      loanId: this.loan.id,
      idempotencyKey: key,
      kind,
      paidOn,
      amount: parts.principal.plus(parts.interest).plus(fee).plus(penalty).toFixed(0),
      principalAmount: parts.principal.toFixed(0),
      interestAmount: parts.interest.toFixed(0),
      feeAmount: fee.toFixed(0),
      penaltyAmount: penalty.toFixed(0),
      feeRuleSet: parts.feeRuleSet ?? null,
      balanceAfter: this.loan.outstandingPrincipal,
      createdAt,
    });
    this.loan.updatedAt = createdAt;
  }

  /** Instalment k, paid in full on its due date (a REGULAR payment of exactly the instalment). */
  payInstallment(): void {
    const row = this.schedule[this.loan.paidInstallments];
    this.loan.outstandingPrincipal = new Decimal(this.loan.outstandingPrincipal)
      .minus(row.principal)
      .toFixed(0);
    this.loan.paidInstallments = row.number;
    if (row.number === this.schedule.length) {
      this.loan.status = LoanStatus.CLOSED;
      this.loan.closedOn = row.dueDate;
    }
    this.post(RepaymentKind.REGULAR, `seed-${row.number}`, row.dueDate, {
      principal: new Decimal(row.principal),
      interest: new Decimal(row.interest),
    });
  }

  /** Part of what is overdue, allocated as RepaymentService does: penalty interest, interest, principal. */
  payPartial(amount: string, paidOn: string): void {
    const state = this.state();
    // The default delinquency rules (no configured holidays): the seeded penalty may differ by a day's worth
    // from a server configured with a holiday calendar.
    const penalty = penaltyDue({ loan: this.loan, rateChanges: [], state, config: {} }, paidOn);
    const a = allocatePayment(state, new Decimal(amount), paidOn, penalty);
    const prefix = paidPrefix(state);
    this.loan.outstandingPrincipal = state.outstanding.toFixed(0);
    this.loan.paidInstallments = prefix.paidInstallments;
    this.loan.partialCredit = prefix.partialCredit;
    this.post(RepaymentKind.PARTIAL, `seed-partial-${this.loan.paidInstallments + 1}`, paidOn, {
      principal: a.principal,
      interest: a.interest,
      penalty: a.penalty,
    });
  }

  /** Principal plus the interest accrued on it to the value date; the unpaid instalments are re-amortised. */
  prepay(amount: Decimal, paidOn: string): void {
    const fee = this.fee(amount, paidOn);
    const interest = prepaymentInterest(this.loan, this.state(), amount, paidOn, this.rounding);
    this.loan.outstandingPrincipal = new Decimal(this.loan.outstandingPrincipal).minus(amount).toFixed(0);
    this.post(RepaymentKind.PREPAYMENT, 'seed-prepayment', paidOn, {
      principal: amount,
      interest,
      fee: new Decimal(fee.fee),
      feeRuleSet: fee.ruleSetId,
    });
    this.schedule = this.currentSchedule();
  }

  /** Pays off: outstanding principal + interest accrued to the day + penalty interest + prepayment fee. */
  payOff(paidOn: string): void {
    const outstanding = new Decimal(this.loan.outstandingPrincipal);
    const state = this.state();
    const penalty = penaltyDue({ loan: this.loan, rateChanges: [], state, config: {} }, paidOn);
    const quote = payoff(this.loan, state, paidOn, penalty, this.rounding);
    const fee = this.fee(outstanding, paidOn);
    this.loan.outstandingPrincipal = '0';
    this.loan.partialCredit = '0';
    this.loan.status = LoanStatus.CLOSED;
    this.loan.closedOn = paidOn;
    this.post(RepaymentKind.FULL, 'seed-payoff', paidOn, {
      principal: outstanding,
      interest: quote.interest,
      penalty: quote.penalty,
      fee: new Decimal(fee.fee),
      feeRuleSet: fee.ruleSetId,
    });
  }

  private fee(amount: Decimal, on: string) {
    return prepaymentFee(
      {
        prepaidAmount: amount.toFixed(0),
        disbursedOn: this.loan.disbursedOn,
        prepaidOn: on,
        kind: this.loan.kind,
        rateType: this.loan.rateType,
      },
      undefined,
      this.rounding,
    );
  }
}

/** Plays out a drafted loan's life up to today; decisions are drawn before any repayment is posted. */
function playOut(rng: Rng, loan: SeedLoan, c: SeededCustomer, today: string, rounding: RoundingRule) {
  const ledger = new Ledger(rng, loan, rounding);
  const rows = ledger.rows;
  const dueSoFar = rows.filter((r) => r.dueDate <= today).length;
  const nonBank = loan.lenderType === LenderType.NON_BANK;

  // Which instalments could be the first missed one: due 10–200 days before today.
  const missable = rows.filter((r) => {
    const late = daysBetween(r.dueDate, today);
    return late >= DELINQUENT_DAYS[0] && late <= DELINQUENT_DAYS[1];
  });
  const delinquent =
    rng.chance(delinquencyShare(loan.kind, nonBank, c.creditScore, c.annualIncome)) && missable.length > 0;
  const payOff = rng.chance(PAYOFF_SHARE[loan.kind]);
  const prepay = rng.chance(PREPAYMENT_SHARE[loan.kind]);
  const u1 = rng.float();
  const u2 = rng.float();
  const u3 = rng.float();

  if (delinquent) {
    const firstMissed = missable[Math.floor(u1 * missable.length)];
    while (loan.paidInstallments < firstMissed.number - 1) ledger.payInstallment();
    if (u2 < PARTIAL_SHARE) {
      // Some of the first missed instalment, paid within a week after it fell due (never after today).
      const part = Math.floor((Number(firstMissed.payment) * (0.2 + 0.5 * u3)) / 1000) * 1000;
      const on = addDays(firstMissed.dueDate, Math.min(7, daysBetween(firstMissed.dueDate, today)));
      if (part > 0) ledger.payPartial(String(part), on);
    }
    return { ledger, outcome: 'DELINQUENT' as const };
  }

  if (payOff && dueSoFar >= 3 && dueSoFar < rows.length) {
    // After instalment m, before the next one falls due (and not after today).
    const m = 2 + Math.floor(u1 * (dueSoFar - 2));
    while (loan.paidInstallments < m) ledger.payInstallment();
    const from = rows[m - 1].dueDate;
    const until = rows[m].dueDate <= today ? addDays(rows[m].dueDate, -1) : today;
    const span = daysBetween(from, until);
    if (span >= 1) {
      ledger.payOff(addDays(from, 1 + Math.floor(u2 * span)));
      return { ledger, outcome: 'PAID_OFF' as const };
    }
  }

  while (loan.paidInstallments < dueSoFar) ledger.payInstallment();
  if (loan.status === LoanStatus.CLOSED) return { ledger, outcome: 'MATURED' as const };

  const lastPaid = loan.paidInstallments === 0 ? loan.disbursedOn : rows[loan.paidInstallments - 1].dueDate;
  const span = daysBetween(lastPaid, today);
  if (prepay && span >= 1) {
    const fraction = PREPAYMENT_FRACTION[0] + (PREPAYMENT_FRACTION[1] - PREPAYMENT_FRACTION[0]) * u1;
    const step = loan.kind === LoanKind.MORTGAGE || loan.kind === LoanKind.JEONSE ? 1_000_000 : 100_000;
    const amount = new Decimal(loan.outstandingPrincipal).times(fraction).div(step).floor().times(step);
    if (amount.gt(0) && amount.lt(loan.outstandingPrincipal)) {
      ledger.prepay(amount, addDays(lastPaid, 1 + Math.floor(u2 * span)));
      return { ledger, outcome: 'PREPAID' as const };
    }
  }
  return { ledger, outcome: 'CURRENT' as const };
}

const KINDS = Object.values(LoanKind);

/** Loans (with repayments) for each customer in order; the first k customers' loans never depend on later ones. */
export function* generateLoans(
  rng: Rng,
  customers: Iterable<SeededCustomer>,
  { now, rounding = DEFAULT_KRW_ROUNDING }: GenerateLoansOptions,
): Generator<GeneratedLoan> {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an invalid date');
  const today = koreanDate(now);
  for (const c of customers) {
    // The order of draws below is part of the output: changing it changes every seeded database.
    const age = ageOn(c.birthDate, today);
    if (!rng.chance(borrowerShare(age))) continue;
    const shares = kindShares({
      age,
      householdSize: c.householdSize,
      annualIncome: c.annualIncome,
      creditScore: c.creditScore,
      salaried: c.employment === Employment.SALARIED || c.employment === Employment.PUBLIC_SECTOR,
    });
    const kinds = KINDS.filter((kind) => rng.chance(shares[kind]));
    if (kinds.length === 0) kinds.push(LoanKind.CREDIT); // a borrower has at least one loan
    if (kinds.includes(LoanKind.MORTGAGE) && kinds.includes(LoanKind.JEONSE))
      kinds.splice(kinds.indexOf(LoanKind.JEONSE), 1);
    for (const kind of kinds) {
      const loan = draftLoan(rng, kind, c, today);
      if (!loan) continue;
      const { ledger, outcome } = playOut(rng, loan, c, today, rounding);
      yield { loan, repayments: ledger.repayments, outcome };
    }
  }
}

/** Columns of `loan` the generator fills (loan_number comes from its sequence), in `loanRow` order. */
export const LOAN_COLUMNS = [
  'id',
  'customer_id',
  'kind',
  'repayment_method',
  'rate_type',
  'fixed_period_months',
  'interest_convention',
  'lender',
  'lender_type',
  'principal',
  'credit_limit',
  'annual_rate',
  'term_months',
  'grace_months',
  'disbursed_on',
  'maturity_on',
  'collateral_value',
  'outstanding_principal',
  'paid_installments',
  'partial_credit',
  'status',
  'closed_on',
  'created_at',
  'updated_at',
] as const;

export function loanRow(l: SeedLoan): PgValue[] {
  return [
    l.id,
    l.customerId,
    l.kind,
    l.repaymentMethod,
    l.rateType,
    l.fixedPeriodMonths,
    l.interestConvention,
    l.lender,
    l.lenderType,
    l.principal,
    l.creditLimit,
    l.annualRate,
    l.termMonths,
    l.graceMonths,
    l.disbursedOn,
    l.maturityOn,
    l.collateralValue,
    l.outstandingPrincipal,
    l.paidInstallments,
    l.partialCredit,
    l.status,
    l.closedOn,
    l.createdAt,
    l.updatedAt,
  ];
}

export const REPAYMENT_COLUMNS = [
  'id',
  'loan_id',
  'idempotency_key',
  'kind',
  'paid_on',
  'amount',
  'principal_amount',
  'interest_amount',
  'fee_amount',
  'penalty_amount',
  'fee_rule_set',
  'balance_after',
  'created_at',
] as const;

export function repaymentRow(r: SeedRepayment): PgValue[] {
  return [
    r.id,
    r.loanId,
    r.idempotencyKey,
    r.kind,
    r.paidOn,
    r.amount,
    r.principalAmount,
    r.interestAmount,
    r.feeAmount,
    r.penaltyAmount,
    r.feeRuleSet,
    r.balanceAfter,
    r.createdAt,
  ];
}
