import { createHash } from 'node:crypto';
import Decimal from 'decimal.js';
import { inTransaction, RequestContext, Role } from '../../common/context';
import { addMonths, koreanDate, nextBusinessDay, overdueCutoff } from '../../common/dates';
import {
  badInput,
  badInputs,
  type FieldProblem,
  fieldProblemsOf,
  forbidden,
  notFound,
} from '../../common/errors';
import { localIdOf } from '../../common/global-id';
import type { CountedConnection } from '../../common/graphql/types';
import { CursorKey, PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import { assertCanReadCustomer, CUSTOMER_TYPE, CustomerService, isStaff, requireViewer } from '../customers';
import type { LoanEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
import { LoanKind, LoanStatus, RateType, RepaymentMethod } from './loan.enums';
import {
  arrearsDatesFor,
  ArrearsDates,
  AssetClass,
  DelinquencyConfig,
  DelinquencyStatus,
} from './calc/delinquency';
import { arrearsOf, installmentRows, replayLedger } from './loan-ledger';
import { assertLegalRate } from './calc/legal-rate';
import type { Installment } from './calc/amortization';
import { DEFAULT_KRW_ROUNDING, RoundingRule } from '../../common/money';
import { BoundedMap } from '../../common/bounded-map';
import { loanLoaders } from './loan.loaders';
import { LOAN_TYPE } from './loan.mapper';
import type { LoanFilter, LoanOrderKey, LoanStatsRow } from './loan.model';
import { loanCursorKeys, LoanRepository } from './loan.repository';

/** Arrears remembered across requests (≈ 1 KB each): a few thousand customers' loans. */
const ARREARS_MEMO_MAX = 10_000;

/** Buckets from best to worst. */
const ASSET_CLASS_ORDER: AssetClass[] = [
  'NORMAL',
  'PRECAUTIONARY',
  'SUBSTANDARD',
  'DOUBTFUL',
  'ESTIMATED_LOSS',
];

/** An instalment of the stored schedule, and whether it is fully paid. */
export type StoredInstallment = Installment & { settled: boolean };

/** A stored instalment row as the schedule shows it: its figures, and settled once both parts are paid. */
function storedInstallment(
  r: Installment & { principalPaid: string; interestPaid: string },
): StoredInstallment {
  return {
    number: r.number,
    dueDate: r.dueDate,
    days: r.days,
    annualRate: r.annualRate,
    principal: r.principal,
    interest: r.interest,
    payment: r.payment,
    balanceAfter: r.balanceAfter,
    settled: r.principalPaid === r.principal && r.interestPaid === r.interest,
  };
}

/** A loan's instalments after its paid ones (`LoanService.openInstallmentsOf`). */
export interface OpenInstallments {
  remaining: number;
  /** Their interest, a decimal string. */
  remainingInterest: string;
  /** The first of them; null when none is left. */
  next: StoredInstallment | null;
}

/** Arrears with the penalty interest split into accrued and collected (penaltyInterest: still owed). */
export type LoanArrears = DelinquencyStatus & { penaltyAccrued: string; penaltyCollected: string };

export interface NewLoan {
  customerId: string;
  kind: LoanKind;
  repaymentMethod: RepaymentMethod;
  rateType: RateType;
  fixedPeriodMonths?: number | null;
  interestConvention: LoanEntity['interestConvention'];
  lender: string;
  lenderType: LoanEntity['lenderType'];
  principal: string;
  creditLimit?: string | null;
  annualRate: string;
  termMonths: number;
  graceMonths: number;
  disbursedOn: string;
  collateralValue?: string | null;
}

/**
 * How far ahead a loan may be booked: its disbursement at most a year after today (Korean time). A loan is booked
 * when it is paid out or shortly before (a 전세 loan on the moving day); a date years ahead is a typing error that
 * would show a loan with no instalment due for years and a maturity decades away.
 */
export const MAX_DISBURSEMENT_LEAD_MONTHS = 12;

/** The loan list's cursor keys by its order: the ordered column, then the id (`loanCursorKeys`). */
const LOAN_CURSOR_SHAPES: Readonly<Record<LoanOrderKey, readonly CursorKey[]>> = {
  CREATED_AT: ['instant', 'uuid'],
  PRINCIPAL: ['won', 'uuid'],
  DISBURSED_ON: ['date', 'uuid'],
};

/**
 * Rules a loan's terms must satisfy beyond field formats; each problem names its field, and every one is said at
 * once (`badInputs`), as class-validator's are — it stopped at the first before round 28.
 */
function checkTerms(input: NewLoan, today: string): void {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const latest = addMonths(today, MAX_DISBURSEMENT_LEAD_MONTHS);
  if (input.disbursedOn > latest)
    problem(
      'disbursedOn',
      `must be at most ${MAX_DISBURSEMENT_LEAD_MONTHS} months after today (${today}, Korean time): ${latest} at the latest`,
    );
  // 이자제한법: no contract may charge more than the legal maximum in force on its date (dated rule data).
  problems.push(...fieldProblemsOf(() => assertLegalRate('annualRate', input.annualRate, input.disbursedOn)));
  const periodic = input.rateType === RateType.MIXED || input.rateType === RateType.PERIODIC_RESET;
  if (periodic && !input.fixedPeriodMonths)
    problem('fixedPeriodMonths', `is required for ${input.rateType} loans`);
  if (!periodic && input.fixedPeriodMonths)
    problem('fixedPeriodMonths', `applies only to MIXED or PERIODIC_RESET loans`);
  if (input.graceMonths >= input.termMonths) problem('graceMonths', 'must be shorter than the term');
  else if (input.repaymentMethod === RepaymentMethod.BULLET && input.graceMonths > 0)
    problem('graceMonths', 'does not apply to BULLET loans (they are interest-only until maturity)');
  if (input.kind === LoanKind.OVERDRAFT) {
    if (!input.creditLimit) problem('creditLimit', 'is required for an overdraft line');
    else if (BigInt(input.creditLimit) < BigInt(input.principal))
      problem('creditLimit', 'must cover the drawn principal');
  } else if (input.creditLimit) {
    problem('creditLimit', 'applies only to OVERDRAFT lines');
  }
  if (problems.length) throw badInputs(problems);
}

export class LoanService {
  readonly loadersOf: ReturnType<typeof loanLoaders>;
  /** Arrears worked out, by a digest of their inputs (arrearsAsOf). */
  private readonly arrearsMemo: BoundedMap<string, LoanArrears>;

  private readonly daysOff: ReadonlySet<string>;

  constructor(
    private readonly repository: LoanRepository,
    private readonly customers: CustomerService,
    readonly delinquencyRules: DelinquencyConfig = {},
    readonly rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
  ) {
    this.loadersOf = loanLoaders(repository);
    this.arrearsMemo = new BoundedMap(ARREARS_MEMO_MAX);
    this.daysOff = new Set(delinquencyRules.holidays ?? []);
  }

  /** A loan the viewer may read (staff, or the borrowing customer). */
  async getById(ctx: RequestContext, id: string): Promise<LoanEntity> {
    requireViewer(ctx);
    const loan = await this.loadersOf(ctx).byId.load(id);
    if (!loan) throw notFound('Loan');
    assertCanReadCustomer(ctx.viewer, loan.customerId, 'Loan');
    return loan;
  }

  getByGlobalId(ctx: RequestContext, globalId: string, field = 'id'): Promise<LoanEntity> {
    return this.getById(ctx, localIdOf(LOAN_TYPE, globalId, field));
  }

  async forCustomer(ctx: RequestContext, customerId: string): Promise<LoanEntity[]> {
    assertCanReadCustomer(ctx.viewer, customerId);
    const loans = await this.loadersOf(ctx).byCustomerId.load(customerId);
    for (const loan of loans) this.loadersOf(ctx).byId.prime(loan.id, loan);
    return loans;
  }

  async list(
    ctx: RequestContext,
    args: PageArgs & {
      search?: string | null;
      filter?: LoanFilter | null;
      orderBy?: { field: LoanOrderKey; direction: 'ASC' | 'DESC' } | null;
    },
  ): Promise<CountedConnection<LoanEntity>> {
    const viewer = requireViewer(ctx);
    const order = args.orderBy ?? { field: 'CREATED_AT' as const, direction: 'ASC' as const };
    const request = toPageRequest(args, undefined, LOAN_CURSOR_SHAPES[order.field]);
    const query = {
      search: args.search ?? undefined,
      filter: args.filter ?? undefined,
      order,
      overdueCutoff: this.overdueCutoff(ctx),
      // A customer's list is their own loans only; staff see every loan.
      customerId: isStaff(viewer) ? undefined : (viewer.customerId ?? '00000000-0000-0000-0000-000000000000'),
    };
    const rows = await this.repository.page(ctx, query, request);
    for (const row of rows) this.loadersOf(ctx).byId.prime(row.id, row);
    return {
      ...toConnection(rows, request, loanCursorKeys(order.field), (l) => l),
      totalCount: () => this.repository.count(ctx, query),
    };
  }

  async create(ctx: RequestContext, input: NewLoan): Promise<LoanEntity> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only administrators can book loans');
    const customerId = localIdOf(CUSTOMER_TYPE, input.customerId, 'customerId');
    checkTerms(input, koreanDate(ctx.now()));
    return inTransaction(ctx, async (tx) => {
      await this.customers.getById(tx, customerId);
      const now = tx.now();
      const loan = await this.repository.insertLoan(tx, {
        customerId,
        kind: input.kind,
        repaymentMethod: input.repaymentMethod,
        rateType: input.rateType,
        fixedPeriodMonths: input.fixedPeriodMonths ?? null,
        interestConvention: input.interestConvention,
        lender: input.lender.trim(),
        lenderType: input.lenderType,
        principal: input.principal,
        creditLimit: input.creditLimit ?? null,
        annualRate: input.annualRate,
        termMonths: input.termMonths,
        graceMonths: input.graceMonths,
        disbursedOn: input.disbursedOn,
        maturityOn: addMonths(input.disbursedOn, input.termMonths),
        collateralValue: input.collateralValue ?? null,
        outstandingPrincipal: input.principal,
        paidInstallments: 0,
        partialCredit: '0',
        status: LoanStatus.ACTIVE,
        closedOn: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.writeSchedule(tx, loan);
      return loan;
    });
  }

  /**
   * Rewrites the loan's stored instalment rows from its contract, rate changes and repayments (value-date order).
   * Called in the transaction of every event that changes the schedule; reads then serve the rows.
   */
  async writeSchedule(tx: RequestContext, loan: LoanEntity): Promise<void> {
    const [rateChanges, repayments] = await Promise.all([
      this.repository.rateChangesFor(tx, [loan.id]),
      this.repository.repaymentsFor(tx, [loan.id]),
    ]);
    const state = replayLedger(loan, rateChanges, repayments, this.rounding);
    await this.repository.replaceInstallments(tx, loan.id, installmentRows(loan.id, state));
  }

  /** Applies a rate change (ADMIN) from an unpaid instalment on; the rest of the schedule is re-amortised. */
  async resetRate(
    ctx: RequestContext,
    input: { loanId: string; annualRate: string; fromInstallment?: number | null },
  ): Promise<LoanEntity> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only administrators can change a loan rate');
    const loanId = localIdOf(LOAN_TYPE, input.loanId, 'loanId');
    return inTransaction(ctx, async (tx) => {
      const loan = await this.repository.findByIdForUpdate(tx, loanId);
      if (!loan) throw notFound('Loan');
      if (loan.status !== LoanStatus.ACTIVE)
        throw badInput('loanId', `loan ${loan.loanNumber} is ${loan.status.toLowerCase()}`);
      if (loan.rateType === RateType.FIXED) throw badInput('loanId', 'a FIXED-rate loan keeps its rate');
      assertLegalRate('annualRate', input.annualRate, loan.disbursedOn);
      const from = input.fromInstallment ?? Math.max(2, loan.paidInstallments + 1);
      if (from <= loan.paidInstallments)
        throw badInput('fromInstallment', `instalments up to ${loan.paidInstallments} are paid`);
      if (from > loan.termMonths)
        throw badInput('fromInstallment', `the loan has ${loan.termMonths} instalments`);
      if (loan.rateType === RateType.MIXED && from <= (loan.fixedPeriodMonths ?? 0)) {
        throw badInput(
          'fromInstallment',
          `the rate is fixed for the first ${loan.fixedPeriodMonths} instalments`,
        );
      }
      await this.repository.upsertRateChange(tx, {
        loanId,
        fromInstallment: from,
        annualRate: input.annualRate,
      });
      await this.repository.updateLoan(tx, loanId, { updatedAt: tx.now() });
      const updated = (await this.repository.findById(tx, loanId))!;
      await this.writeSchedule(tx, updated);
      return updated;
    });
  }

  /**
   * The loan's schedule as it stands, read from the stored instalment rows (batched per request: one query per
   * level of a page of loans, whatever its size). With `through`, instalments 1…through only (a page).
   */
  async scheduleOf(
    ctx: RequestContext,
    loan: LoanEntity,
    through?: number,
    asOf?: string,
  ): Promise<StoredInstallment[]> {
    const loaders = this.loadersOf(ctx);
    // As of a day: the schedule as it stood then, replayed from the transactions valued on or before it (a stored
    // row is "as it stands", so a later transaction — back-dated or not — never changes this view).
    const rows = asOf === undefined ? await loaders.installments.load(`${loan.id}|${through ?? ''}`) : [];
    if (rows.length === 0) {
      // A loan written around the writers (bulk SQL, e.g. a benchmark's fixture) has no stored rows: replay it.
      const [rateChanges, repayments] = await Promise.all([
        loaders.rateChanges.load(loan.id),
        loaders.repayments.load(loan.id),
      ]);
      const state = replayLedger(loan, rateChanges, repayments, this.rounding, { through, asOf });
      return installmentRows(loan.id, state)
        .slice(0, through)
        .map((r) => ({ ...r, settled: r.principalPaid === r.principal && r.interestPaid === r.interest }));
    }
    return rows.map(storedInstallment);
  }

  /**
   * The instalments after the loan's paid ones (`number > paidInstallments`), summed up: how many, their
   * interest, and the first of them — one batched statement over the stored rows instead of the whole schedule
   * (the same figures `scheduleOf` gives; a loan without stored rows is replayed as there).
   */
  async openInstallmentsOf(ctx: RequestContext, loan: LoanEntity): Promise<OpenInstallments> {
    const s = await this.loadersOf(ctx).openSummary.load(`${loan.id}|${loan.paidInstallments}`);
    if (s.stored === 0) {
      const open = (await this.scheduleOf(ctx, loan)).filter((row) => row.number > loan.paidInstallments);
      return {
        remaining: open.length,
        remainingInterest: open.reduce((sum, row) => sum.plus(row.interest), new Decimal(0)).toFixed(0),
        next: open[0] ?? null,
      };
    }
    return {
      remaining: s.remaining,
      remainingInterest: s.remainingInterest,
      next:
        s.number === null
          ? null
          : storedInstallment({
              number: s.number,
              dueDate: s.dueDate!,
              days: s.days!,
              annualRate: s.annualRate!,
              principal: s.principal!,
              interest: s.interest!,
              payment: s.payment!,
              balanceAfter: s.balanceAfter!,
              principalPaid: s.principalPaid!,
              interestPaid: s.interestPaid!,
            }),
    };
  }

  /**
   * The next `count` instalments after the loan's paid ones (`number > paidInstallments`), from the stored rows
   * (one batched statement for any number of loans); the same rows as `scheduleOf` from there.
   */
  async openScheduleOf(ctx: RequestContext, loan: LoanEntity, count: number): Promise<StoredInstallment[]> {
    const paid = loan.paidInstallments;
    const rows = await this.loadersOf(ctx).openInstallments.load(`${loan.id}|${paid}|${count}`);
    // None open, or no stored rows (see scheduleOf): as the schedule itself says.
    if (rows.length === 0)
      return (await this.scheduleOf(ctx, loan, paid + count)).filter((r) => r.number > paid).slice(0, count);
    return rows.map(storedInstallment);
  }

  /** The first stored instalment not fully paid (one batched query per request level). */
  async nextInstallmentOf(ctx: RequestContext, loan: LoanEntity): Promise<StoredInstallment | null> {
    const r = await this.loadersOf(ctx).nextInstallment.load(loan.id);
    if (r) return { ...r, settled: false };
    // Nothing open, or no stored rows (see scheduleOf): look in the schedule itself.
    return (await this.scheduleOf(ctx, loan)).find((row) => !row.settled) ?? null;
  }

  /**
   * Arrears of one loan as of a date, from the transactions valued on or before it (a later prepayment or payoff
   * does not rewrite the past): dues from the schedule as it stood, settled by the instalment payments; penalty
   * interest accrued and not yet collected.
   */
  delinquency(ctx: RequestContext, loanId: string, asOf?: string): Promise<LoanArrears> {
    const day = asOf ?? koreanDate(ctx.now());
    const memo = this.loadersOf(ctx).arrears;
    const key = `${loanId}|${day}`;
    let arrears = memo.get(key);
    if (!arrears) {
      arrears = this.arrearsAsOf(ctx, loanId, day);
      memo.set(key, arrears);
      arrears.catch(() => memo.delete(key)); // a failed read is not remembered
    }
    return arrears;
  }

  private async arrearsAsOf(ctx: RequestContext, loanId: string, day: string): Promise<LoanArrears> {
    const loan = await this.getById(ctx, loanId);
    const [rateChanges, repayments] = await Promise.all([
      this.loadersOf(ctx).rateChanges.load(loan.id),
      this.loadersOf(ctx).repayments.load(loan.id),
    ]);
    // The arrears are a pure function of the loan's row, its rate changes, its repayments and the day (the rules
    // and rounding are the service's own): worked out once per distinct input across requests. A chat turn and a
    // loans page replay the ledger of every loan of the customer, ≈ 0.3 ms of CPU each (issue 15, chat time to
    // first token). The key is a digest of every input row, so any write to them (a repayment, its reallocation, a
    // rate change, the loan's status) is a different key; nothing needs invalidating.
    const key = createHash('sha256')
      .update(JSON.stringify([day, loan, rateChanges, repayments]))
      .digest('base64');
    const known = this.arrearsMemo.get(key);
    if (known) return { ...known, flags: [...known.flags] };
    const arrears = this.arrearsFrom(loan, rateChanges, repayments, day);
    this.arrearsMemo.set(key, arrears);
    return { ...arrears, flags: [...arrears.flags] };
  }

  private arrearsFrom(
    loan: LoanEntity,
    rateChanges: readonly LoanRateChangeEntity[],
    repayments: readonly RepaymentEntity[],
    day: string,
  ): LoanArrears {
    const penaltyCollected = repayments
      .filter((r) => r.paidOn <= day)
      .reduce((sum, r) => sum.plus(r.penaltyAmount), new Decimal(0))
      .toFixed(0);
    const settled = loan.status !== LoanStatus.ACTIVE && (loan.closedOn === null || loan.closedOn <= day);
    const state = settled ? null : replayLedger(loan, rateChanges, repayments, this.rounding, { asOf: day });
    if (!state || state.closed) {
      // Nothing is owed on a loan closed (or written off) by then.
      return {
        asOf: day,
        pastDueTotal: '0',
        paidTotal: '0',
        overdueAmount: '0',
        overdueInstallments: 0,
        oldestUnpaidDueDate: null,
        daysPastDue: 0,
        businessDaysPastDue: 0,
        assetClass: 'NORMAL',
        flags: [],
        shortTermOverdueSince: null,
        longTermFlagDate: null,
        penaltyRate: null,
        penaltyInterest: '0',
        penaltyAccrued: penaltyCollected,
        penaltyCollected,
      };
    }
    return arrearsOf({ loan, rateChanges, state, config: this.delinquencyRules }, day);
  }

  /**
   * Outstanding principal over all the customer's loans at the end of each month (Korean calendar), from the
   * first disbursement to the month before `untilMonth` (YYYY-MM-01): principals disbursed by then less the
   * principal repaid by then.
   */
  async monthlyDebt(
    ctx: RequestContext,
    customerId: string,
    untilMonth: string,
  ): Promise<{ period: string; amount: string }[]> {
    const loans = await this.forCustomer(ctx, customerId);
    if (loans.length === 0) return [];
    const repayments = (
      await Promise.all(loans.map((l) => this.loadersOf(ctx).repayments.load(l.id)))
    ).flat();
    const first = loans.map((l) => l.disbursedOn).sort()[0];
    const months: { period: string; amount: string }[] = [];
    for (let period = `${first.slice(0, 7)}-01`; period < untilMonth; period = addMonths(period, 1)) {
      const end = addMonths(period, 1); // exclusive
      const lent = loans
        .filter((l) => l.disbursedOn < end)
        .reduce((sum, l) => sum.plus(l.principal), new Decimal(0));
      const repaid = repayments
        .filter((r) => r.paidOn < end)
        .reduce((sum, r) => sum.plus(r.principalAmount), new Decimal(0));
      months.push({ period, amount: lent.minus(repaid).toFixed(0) });
    }
    return months;
  }

  /** Arrears across a customer's loans: how many, how much, how long, the worst bucket and any flags. */
  async customerDelinquency(ctx: RequestContext, customerId: string, asOf?: string) {
    const loans = await this.forCustomer(ctx, customerId);
    const all = await Promise.all(loans.map((l) => this.delinquency(ctx, l.id, asOf)));
    const overdue = all.filter((d) => d.overdueAmount !== '0');
    const worst = Math.max(0, ...all.map((d) => ASSET_CLASS_ORDER.indexOf(d.assetClass)));
    return {
      asOf: asOf ?? koreanDate(ctx.now()),
      delinquentLoans: overdue.length,
      totalOverdue: overdue.reduce((sum, d) => sum + BigInt(d.overdueAmount), 0n).toString(),
      totalPenaltyInterest: all.reduce((sum, d) => sum + BigInt(d.penaltyInterest), 0n).toString(),
      maxDaysPastDue: Math.max(0, ...all.map((d) => d.daysPastDue)),
      worstAssetClass: ASSET_CLASS_ORDER[worst],
      flags: [...new Set(all.flatMap((d) => d.flags))],
    };
  }

  /**
   * The day an instalment due on `date` is actually owed: the next business day when the due date falls on a weekend
   * or holiday (민법 제161조), the date itself when due dates are not shifted.
   */
  effectiveDueDate(date: string): string {
    return this.delinquencyRules.shiftDueDates === false ? date : nextBusinessDay(date, this.daysOff);
  }

  /**
   * QA round 24 (loan24). When an instalment of `amount` due on `date`, left unpaid, is late, draws penalty interest
   * and is shared as short-term arrears — the delinquency rules with this server's holiday calendar.
   */
  arrearsDates(date: string, amount: string): ArrearsDates {
    return arrearsDatesFor(date, amount, this.delinquencyRules);
  }

  /** The SQL filters' cut-off: the same holiday rule as `assessDelinquency` (a loan due on a Saturday is not yet overdue on Monday). */
  private overdueCutoff(ctx: RequestContext): string {
    const today = koreanDate(ctx.now());
    if (this.delinquencyRules.shiftDueDates === false) return today;
    return overdueCutoff(today, this.daysOff);
  }

  async stats(ctx: RequestContext): Promise<LoanStatsRow[]> {
    const viewer = requireViewer(ctx);
    if (!isStaff(viewer)) throw forbidden('Loan statistics are for staff');
    return this.repository.stats(ctx, this.overdueCutoff(ctx));
  }
}
