import Decimal from 'decimal.js';
import { inTransaction, RequestContext, Role } from '../../common/context';
import { badInput, forbidden, notFound } from '../../common/errors';
import { addDays, koreanDate } from '../../common/dates';
import { localIdOf } from '../../common/global-id';
import { DEFAULT_KRW_ROUNDING, groupDigits, RoundingRule } from '../../common/money';
import { assertCanReadCustomer, requireViewer } from '../customers';
import type { DelinquencyConfig } from './calc/delinquency';
import { prepaymentFee } from './calc/prepayment-fee';
import type { LoanEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
import { LoanStatus, RepaymentKind } from './loan.enums';
import {
  allocatePayment,
  arrearsOf,
  dueOn,
  installmentRows,
  LedgerState,
  paidAhead,
  paidPrefix,
  payoff,
  penaltyDue,
  prepaymentInterest,
  Reallocation,
  replayLedger,
  reprocessLater,
} from './loan-ledger';
import { LOAN_TYPE } from './loan.mapper';
import { LoanRepository } from './loan.repository';
import type { LoanService } from './loan.service';
import { DuplicateRepayment, RepaymentRefused } from './repayment.errors';

export interface RepaymentRequest {
  loanId: string;
  idempotencyKey: string;
  kind: RepaymentKind;
  amount: string;
  paidOn: string;
}

export interface RecordedRepayment {
  repayment: RepaymentEntity;
  loan: LoanEntity;
  /** The key was used before for the same payment: this is the first result, nothing was recorded again. */
  replayed: boolean;
  /** Later transactions this back-dated one re-allocated (empty otherwise). */
  reprocessed: ReprocessedRepayment[];
}

/** A later repayment as it stood, and after a back-dated one reprocessed it. */
export interface ReprocessedRepayment {
  before: RepaymentEntity;
  after: RepaymentEntity;
}

/** Paying a loan off on a day: every part and the total a FULL repayment must be. */
export interface PayoffQuote {
  asOf: string;
  principal: string;
  interest: string;
  penalty: string;
  fee: string;
  feeRuleSet: string;
  /**
   * The first day a prepayment carries no fee (the disbursement date + the rule set's window, 3 years); null when
   * the rule set has no fee rate for the loan's kind and rate type (no fee at any time).
   */
  feeEndsOn: string | null;
  total: string;
}

/** Computes what settling a payment would change; the service persists it. */
interface Settlement {
  principal: Decimal;
  interest: Decimal;
  penalty: Decimal;
  fee: Decimal;
  feeRuleSet: string | null;
  changes: Pick<
    LoanEntity,
    'outstandingPrincipal' | 'paidInstallments' | 'partialCredit' | 'status' | 'closedOn'
  >;
}

const won = (value: Decimal | string) => `₩${groupDigits(new Decimal(value).toFixed(0))}`;

/** The amount a request is compared by on an idempotent replay: the total paid, or the principal prepaid. */
const requestedAmount = (r: RepaymentEntity) =>
  r.kind === RepaymentKind.PREPAYMENT ? r.principalAmount : r.amount;

// Recording repayments: one at a time per loan (row lock), idempotent per key, all or nothing. The rules and the
// arithmetic are the pure ledger's (loan-ledger.ts); this class loads, checks, and writes.
export class RepaymentService {
  constructor(
    private readonly repository: LoanRepository,
    private readonly rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
    private readonly delinquencyConfig: DelinquencyConfig = {},
  ) {}

  async record(
    ctx: RequestContext,
    input: RepaymentRequest,
  ): Promise<RecordedRepayment | DuplicateRepayment | RepaymentRefused> {
    const viewer = requireViewer(ctx);
    if (viewer.role === Role.ANALYST) throw forbidden('Analysts have read-only access');
    const loanId = localIdOf(LOAN_TYPE, input.loanId, 'loanId');
    // A repayment is money received: its value date is the day it was paid, never one to come (a future-dated row
    // would show the loan paid ahead, its arrears cleared, before any won arrived). Checked before the loan is locked.
    const today = koreanDate(ctx.now());
    if (input.paidOn > today)
      throw badInput(
        'paidOn',
        `must not be after today (${today}, Korean time): record a payment once it is made`,
      );
    return inTransaction(ctx, async (tx) => {
      const loan = await this.repository.findByIdForUpdate(tx, loanId);
      if (!loan) throw notFound('Loan');
      assertCanReadCustomer(tx.viewer, loan.customerId, 'Loan');
      const existing = await this.repository.findRepaymentByKey(tx, loanId, input.idempotencyKey);
      if (existing) {
        // The schema's promise: repeating a key returns the first result. A different payment under the same
        // key is a client bug, reported as such.
        const same =
          existing.kind === input.kind &&
          existing.paidOn === input.paidOn &&
          new Decimal(requestedAmount(existing)).eq(input.amount);
        return same
          ? { repayment: existing, loan, replayed: true, reprocessed: [] }
          : new DuplicateRepayment(existing);
      }
      if (input.paidOn < loan.disbursedOn)
        throw badInput('paidOn', `must not be before the disbursement date ${loan.disbursedOn}`);
      if (loan.status !== LoanStatus.ACTIVE) {
        return new RepaymentRefused(
          'LOAN_NOT_ACTIVE',
          `Loan ${loan.loanNumber} is ${loan.status.toLowerCase()}: nothing is due`,
        );
      }
      const [rateChanges, recorded] = await Promise.all([
        this.repository.rateChangesFor(tx, [loan.id]),
        this.repository.repaymentsFor(tx, [loan.id]),
      ]);
      // A back-dated transaction (valued before recorded ones) is settled on the ledger of its value date; the
      // later ones are then reprocessed (docs/loan-ledger.md, "Back-dated transactions").
      const prior = recorded.filter((r) => r.paidOn <= input.paidOn);
      const later = recorded
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.paidOn > input.paidOn)
        .sort((a, b) => (a.r.paidOn < b.r.paidOn ? -1 : a.r.paidOn > b.r.paidOn ? 1 : a.i - b.i))
        .map(({ r }) => r);
      const refusal = this.backdatingRefusal(input, later);
      if (refusal) return refusal;
      const settlement = this.settle(loan, rateChanges, prior, input);
      if (settlement instanceof RepaymentRefused) return settlement;
      const newEntry = {
        kind: input.kind,
        paidOn: input.paidOn,
        principalAmount: settlement.principal.toFixed(0),
        interestAmount: settlement.interest.toFixed(0),
        penaltyAmount: settlement.penalty.toFixed(0),
        feeAmount: settlement.fee.toFixed(0),
      };
      let changes = settlement.changes;
      let reallocations: Reallocation[] = [];
      if (later.length > 0) {
        const state = replayLedger(loan, rateChanges, [...prior, newEntry], this.rounding);
        const result = reprocessLater(
          { loan, rateChanges, state, config: this.delinquencyConfig },
          later.map((r) => ({ ...r, amount: new Decimal(r.amount).minus(r.feeAmount).toFixed(0) })),
        );
        if ('conflict' in result) {
          const clash = later[result.conflict];
          return new RepaymentRefused(
            'REPAYMENT_BACKDATED',
            `Recorded on ${input.paidOn}, this payment would leave the ${clash.kind} payment of ${won(clash.amount)} ` +
              `valued ${clash.paidOn} more than is due that day (${won(result.maxAmount)}): nothing was recorded`,
            { latestValueDate: clash.paidOn },
          );
        }
        reallocations = result.reallocations;
        const prefix = paidPrefix(state);
        const done = state.outstanding.isZero() && prefix.paidInstallments >= loan.termMonths;
        changes = {
          outstandingPrincipal: state.outstanding.toFixed(0),
          paidInstallments: prefix.paidInstallments,
          partialCredit: prefix.partialCredit,
          status: done ? LoanStatus.CLOSED : LoanStatus.ACTIVE,
          closedOn: done ? (later.at(-1)?.paidOn ?? input.paidOn) : null,
        };
      }
      const repayment = await this.repository.insertRepayment(tx, {
        loanId,
        idempotencyKey: input.idempotencyKey,
        kind: input.kind,
        paidOn: input.paidOn,
        amount: settlement.principal
          .plus(settlement.interest)
          .plus(settlement.fee)
          .plus(settlement.penalty)
          .toFixed(0),
        principalAmount: newEntry.principalAmount,
        interestAmount: newEntry.interestAmount,
        feeAmount: newEntry.feeAmount,
        penaltyAmount: newEntry.penaltyAmount,
        feeRuleSet: settlement.feeRuleSet,
        balanceAfter: settlement.changes.outstandingPrincipal,
        recordedBy: tx.viewer?.userId ?? null,
        createdAt: tx.now(),
      });
      // Reprocessed later transactions: new parts, revision + 1, and what changed kept in repayment_reprocessing.
      const reprocessed: ReprocessedRepayment[] = [];
      for (const a of reallocations) {
        const before = later[a.index];
        const after: RepaymentEntity = {
          ...before,
          principalAmount: a.principal.toFixed(0),
          interestAmount: a.interest.toFixed(0),
          penaltyAmount: a.penalty.toFixed(0),
          balanceAfter: a.balanceAfter.toFixed(0),
        };
        const unchanged =
          after.principalAmount === before.principalAmount &&
          after.interestAmount === before.interestAmount &&
          after.penaltyAmount === before.penaltyAmount &&
          after.balanceAfter === before.balanceAfter;
        if (unchanged) continue;
        after.revision = before.revision + 1;
        reprocessed.push({ before, after });
        recorded[recorded.indexOf(before)] = after;
        await this.repository.reallocateRepayment(tx, before.id, after);
      }
      await this.repository.insertReprocessing(
        tx,
        reprocessed.map(({ before, after }) => ({
          loanId,
          repaymentId: before.id,
          triggeredBy: repayment.id,
          revision: after.revision,
          before: {
            principal: before.principalAmount,
            interest: before.interestAmount,
            penalty: before.penaltyAmount,
            balanceAfter: before.balanceAfter,
          },
          after: {
            principal: after.principalAmount,
            interest: after.interestAmount,
            penalty: after.penaltyAmount,
            balanceAfter: after.balanceAfter,
          },
          createdAt: tx.now(),
        })),
      );
      await this.repository.updateLoan(tx, loanId, { ...changes, updatedAt: tx.now() });
      // The stored schedule and the allocation rows of every transaction this one wrote or changed, from the
      // replay of the whole ledger (reads serve these rows).
      const entries = [...recorded, repayment];
      const state = replayLedger(loan, rateChanges, entries, this.rounding);
      await this.repository.replaceInstallments(tx, loanId, installmentRows(loanId, state));
      const touched = new Set([repayment.id, ...reprocessed.map((r) => r.after.id)]);
      await this.repository.replaceAllocations(
        tx,
        [...touched],
        state.allocations
          .filter((a) => touched.has(entries[a.entry].id))
          .map((a) => ({
            repaymentId: entries[a.entry].id,
            loanId,
            installmentNumber: a.installmentNumber,
            part: a.part,
            amount: a.amount,
          })),
      );
      return { repayment, loan: { ...loan, ...changes }, replayed: false, reprocessed };
    });
  }

  /**
   * Which back-dated transactions are accepted: REGULAR and PARTIAL, and only over later REGULAR / PARTIAL ones.
   * A PREPAYMENT or FULL is priced on the ledger of its day (interest to the day, fee, re-amortisation or payoff):
   * it is never back-dated, and nothing is back-dated before one.
   */
  private backdatingRefusal(
    input: RepaymentRequest,
    later: readonly RepaymentEntity[],
  ): RepaymentRefused | null {
    if (later.length === 0) return null;
    const latest = later.at(-1)!.paidOn;
    if (input.kind === RepaymentKind.PREPAYMENT || input.kind === RepaymentKind.FULL) {
      return new RepaymentRefused(
        'REPAYMENT_BACKDATED',
        `A ${input.kind} is priced on the ledger of its value date and may not be back-dated: a repayment valued ` +
          `${latest} is already recorded`,
        { latestValueDate: latest },
      );
    }
    const priced = later
      .filter((r) => r.kind === RepaymentKind.PREPAYMENT || r.kind === RepaymentKind.FULL)
      .at(-1);
    if (priced) {
      return new RepaymentRefused(
        'REPAYMENT_BACKDATED',
        `A ${priced.kind} valued ${priced.paidOn} is recorded and was priced on the ledger of its day: payments may ` +
          'not be back-dated before it',
        { latestValueDate: priced.paidOn },
      );
    }
    return null;
  }

  /**
   * What paying the loan off on `asOf` takes, from the transactions valued on or before it; null when the loan is
   * closed (or written off) by then or not yet disbursed.
   */
  /** payoffQuote for one loan as of a date (default today in Korea), loading what it needs through the loaders. */
  async payoffQuote(
    ctx: RequestContext,
    loans: LoanService,
    loan: LoanEntity,
    asOf?: string,
  ): Promise<PayoffQuote | null> {
    const loaders = loans.loadersOf(ctx);
    const [rateChanges, repayments] = await Promise.all([
      loaders.rateChanges.load(loan.id),
      loaders.repayments.load(loan.id),
    ]);
    return this.quote(loan, rateChanges, repayments, asOf ?? koreanDate(ctx.now()));
  }

  quote(
    loan: LoanEntity,
    rateChanges: readonly LoanRateChangeEntity[],
    repayments: readonly RepaymentEntity[],
    asOf: string,
  ): PayoffQuote | null {
    if (asOf < loan.disbursedOn) return null;
    if (loan.status !== LoanStatus.ACTIVE && (loan.closedOn === null || loan.closedOn <= asOf)) return null;
    const state = replayLedger(loan, rateChanges, repayments, this.rounding, { asOf });
    if (state.closed) return null;
    return this.quoteFrom(loan, rateChanges, state, asOf);
  }

  private quoteFrom(
    loan: LoanEntity,
    rateChanges: readonly LoanRateChangeEntity[],
    state: LedgerState,
    day: string,
  ): PayoffQuote {
    const penalty = penaltyDue({ loan, rateChanges, state, config: this.delinquencyConfig }, day);
    const parts = payoff(loan, state, day, penalty, this.rounding);
    const fee = this.prepaymentFee(loan, parts.principal, day);
    return {
      asOf: day,
      principal: parts.principal.toFixed(0),
      interest: parts.interest.toFixed(0),
      penalty: parts.penalty.toFixed(0),
      fee: fee.fee,
      feeRuleSet: fee.ruleSetId,
      feeEndsOn: fee.status === 'NO_RATE_CONFIGURED' ? null : addDays(loan.disbursedOn, fee.windowDays),
      total: parts.principal.plus(parts.interest).plus(parts.penalty).plus(fee.fee).toFixed(0),
    };
  }

  private settle(
    loan: LoanEntity,
    rateChanges: readonly LoanRateChangeEntity[],
    recorded: readonly RepaymentEntity[],
    input: RepaymentRequest,
  ): Settlement | RepaymentRefused {
    const day = input.paidOn;
    const state = replayLedger(loan, rateChanges, recorded, this.rounding);
    const arrears = { loan, rateChanges, state, config: this.delinquencyConfig };
    const penalty = penaltyDue(arrears, day);
    const amount = new Decimal(input.amount);
    const keep = { status: LoanStatus.ACTIVE, closedOn: null };

    if (input.kind === RepaymentKind.REGULAR || input.kind === RepaymentKind.PARTIAL) {
      const due = dueOn(state, day, penalty);
      const max = penalty.plus(due.due).plus(due.current);
      if (amount.gt(max)) {
        // Never booked as interest that has not accrued: what is beyond the instalments is principal, prepaid.
        return new RepaymentRefused(
          'REPAYMENT_EXCEEDS_DUE',
          `On ${day} at most ${won(max)} is due (penalty interest ${won(penalty)}, instalments due ${won(due.due)}, ` +
            `the current instalment ${won(due.current)}); pay principal beyond that as a PREPAYMENT, or FULL to pay off`,
          { maxAmount: max.toFixed(0), suggestedKind: RepaymentKind.PREPAYMENT },
        );
      }
      const min = penalty.plus(due.oldest);
      if (input.kind === RepaymentKind.REGULAR && amount.lt(min)) {
        return new RepaymentRefused(
          'REPAYMENT_TOO_SMALL',
          `The next instalment needs ${won(min)}` +
            (penalty.isZero() ? '' : ` (penalty interest ${won(penalty)} first)`) +
            '; use PARTIAL for less',
        );
      }
      const a = allocatePayment(state, amount, day, penalty);
      const prefix = paidPrefix(state);
      const done = state.outstanding.isZero() && prefix.paidInstallments >= loan.termMonths;
      return {
        principal: a.principal,
        interest: a.interest,
        penalty: a.penalty,
        fee: new Decimal(0),
        feeRuleSet: null,
        changes: {
          outstandingPrincipal: state.outstanding.toFixed(0),
          paidInstallments: prefix.paidInstallments,
          partialCredit: prefix.partialCredit,
          ...(done ? { status: LoanStatus.CLOSED, closedOn: day } : keep),
        },
      };
    }

    if (input.kind === RepaymentKind.PREPAYMENT) {
      // Arrears first: a prepayment while instalments are overdue would re-amortise the overdue ones away.
      const status = arrearsOf(arrears, day);
      const overdue = new Decimal(status.overdueAmount).plus(penalty);
      if (!overdue.isZero()) {
        return new RepaymentRefused(
          'PREPAYMENT_WHILE_OVERDUE',
          `${won(status.overdueAmount)} of instalments and ${won(penalty)} of penalty interest are overdue on ${day}: ` +
            'pay them (REGULAR or PARTIAL) before prepaying, or pay the loan off (FULL)',
          { overdueAmount: overdue.toFixed(0) },
        );
      }
      if (paidAhead(state, day)) {
        return new RepaymentRefused(
          'PREPAYMENT_AFTER_EARLY_PAYMENT',
          `The instalment in progress on ${day} has already received a payment (its interest runs to its due date on ` +
            'the balance before the prepayment): prepay after its due date, or pay the loan off (FULL)',
        );
      }
      if (amount.gte(state.outstanding)) {
        return new RepaymentRefused(
          'REPAYMENT_EXCEEDS_DUE',
          `A prepayment must be less than the outstanding principal ${won(state.outstanding)}; use FULL to pay off the loan`,
          { maxAmount: state.outstanding.minus(1).toFixed(0), suggestedKind: RepaymentKind.FULL },
        );
      }
      // The prepaid principal's interest up to the value date (the rest of the period accrues on what remains).
      const interest = prepaymentInterest(loan, state, amount, day, this.rounding);
      const fee = this.prepaymentFee(loan, amount, day);
      const prefix = paidPrefix(state);
      return {
        principal: amount,
        interest,
        penalty: new Decimal(0),
        fee: new Decimal(fee.fee),
        feeRuleSet: fee.ruleSetId,
        changes: {
          outstandingPrincipal: state.outstanding.minus(amount).toFixed(0),
          paidInstallments: prefix.paidInstallments,
          partialCredit: prefix.partialCredit,
          ...keep,
        },
      };
    }

    // FULL: exactly the payoff quote of the day.
    const quote = this.quoteFrom(loan, rateChanges, state, day);
    if (!amount.eq(quote.total)) {
      return new RepaymentRefused(
        amount.lt(quote.total) ? 'REPAYMENT_TOO_SMALL' : 'REPAYMENT_EXCEEDS_DUE',
        `Paying off on ${day} takes exactly ${won(quote.total)} (principal ${won(quote.principal)} + interest ${won(quote.interest)} + penalty interest ${won(quote.penalty)} + prepayment fee ${won(quote.fee)}, rule set ${quote.feeRuleSet}); loan.payoffQuote(asOf) shows it`,
        { maxAmount: quote.total },
      );
    }
    return {
      principal: new Decimal(quote.principal),
      interest: new Decimal(quote.interest),
      penalty: new Decimal(quote.penalty),
      fee: new Decimal(quote.fee),
      feeRuleSet: quote.feeRuleSet,
      changes: {
        outstandingPrincipal: '0',
        paidInstallments: paidPrefix(state).paidInstallments,
        partialCredit: '0',
        status: LoanStatus.CLOSED,
        closedOn: day,
      },
    };
  }

  /** The prepayment fee (중도상환수수료) under the dated rule set of the loan's contract date. */
  private prepaymentFee(loan: LoanEntity, amount: Decimal, on: string) {
    return prepaymentFee(
      {
        prepaidAmount: amount.toFixed(0),
        disbursedOn: loan.disbursedOn,
        prepaidOn: on,
        kind: loan.kind,
        rateType: loan.rateType,
      },
      undefined,
      this.rounding,
    );
  }
}
