import Decimal from 'decimal.js';
import { inTransaction, RequestContext, Role } from '../../common/context';
import { badInput, forbidden, notFound } from '../../common/errors';
import { localIdOf } from '../../common/global-id';
import { DEFAULT_KRW_ROUNDING, groupDigits, RoundingRule } from '../../common/money';
import { assertCanReadCustomer, requireViewer } from '../customers';
import { prepaymentFee } from './calc/prepayment-fee';
import type { LoanEntity, RepaymentEntity } from './loan.entity';
import { LoanStatus, RepaymentKind } from './loan.enums';
import { LOAN_TYPE } from './loan.mapper';
import { LoanRepository } from './loan.repository';
import { currentSchedule, payoffQuote } from './loan-schedule';
import { allocatePayment, nextInstallmentDue, OverpaymentError, remainingDue } from './repayment-allocation';
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
}

/** Computes what settling a payment would change; the service persists it. */
interface Settlement {
  principal: Decimal;
  interest: Decimal;
  fee: Decimal;
  feeRuleSet: string | null;
  changes: Pick<
    LoanEntity,
    'outstandingPrincipal' | 'paidInstallments' | 'partialCredit' | 'status' | 'closedOn'
  >;
}

const won = (value: Decimal) => `₩${groupDigits(value.toFixed(0))}`;

// Recording repayments: one at a time per loan (row lock), idempotent per key, all or nothing.
export class RepaymentService {
  constructor(
    private readonly repository: LoanRepository,
    private readonly rounding: RoundingRule = DEFAULT_KRW_ROUNDING,
  ) {}

  async record(
    ctx: RequestContext,
    input: RepaymentRequest,
  ): Promise<RecordedRepayment | DuplicateRepayment | RepaymentRefused> {
    const viewer = requireViewer(ctx);
    if (viewer.role === Role.ANALYST) throw forbidden('Analysts have read-only access');
    const loanId = localIdOf(LOAN_TYPE, input.loanId, 'loanId');
    return inTransaction(ctx, async (tx) => {
      const loan = await this.repository.findByIdForUpdate(tx, loanId);
      if (!loan) throw notFound('Loan');
      assertCanReadCustomer(tx.viewer, loan.customerId, 'Loan');
      const existing = await this.repository.findRepaymentByKey(tx, loanId, input.idempotencyKey);
      if (existing) return new DuplicateRepayment(existing);
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
      const settlement = this.settle(loan, rateChanges, recorded, input);
      if (settlement instanceof RepaymentRefused) return settlement;
      const repayment = await this.repository.insertRepayment(tx, {
        loanId,
        idempotencyKey: input.idempotencyKey,
        kind: input.kind,
        paidOn: input.paidOn,
        amount: settlement.principal.plus(settlement.interest).plus(settlement.fee).toFixed(0),
        principalAmount: settlement.principal.toFixed(0),
        interestAmount: settlement.interest.toFixed(0),
        feeAmount: settlement.fee.toFixed(0),
        feeRuleSet: settlement.feeRuleSet,
        balanceAfter: settlement.changes.outstandingPrincipal,
        recordedBy: tx.viewer?.userId ?? null,
        createdAt: tx.now(),
      });
      await this.repository.updateLoan(tx, loanId, { ...settlement.changes, updatedAt: tx.now() });
      return { repayment, loan: { ...loan, ...settlement.changes } };
    });
  }

  private settle(
    loan: LoanEntity,
    rateChanges: Parameters<typeof currentSchedule>[1],
    recorded: Parameters<typeof currentSchedule>[2],
    input: RepaymentRequest,
  ): Settlement | RepaymentRefused {
    const schedule = currentSchedule(loan, rateChanges, recorded, this.rounding);
    const state = { paidInstallments: loan.paidInstallments, partialCredit: loan.partialCredit };
    const amount = new Decimal(input.amount);
    const outstanding = new Decimal(loan.outstandingPrincipal);
    const keep = { status: LoanStatus.ACTIVE, closedOn: null };

    if (input.kind === RepaymentKind.REGULAR || input.kind === RepaymentKind.PARTIAL) {
      const next = nextInstallmentDue(schedule, state);
      if (input.kind === RepaymentKind.REGULAR && amount.lt(next)) {
        return new RepaymentRefused(
          'REPAYMENT_TOO_SMALL',
          `The next instalment needs ${won(next)}; use PARTIAL for less`,
        );
      }
      try {
        const a = allocatePayment(schedule, state, input.amount);
        const left = outstanding.minus(a.principal);
        const done = left.isZero() && a.state.paidInstallments >= schedule.length;
        return {
          principal: new Decimal(a.principal),
          interest: new Decimal(a.interest),
          fee: new Decimal(0),
          feeRuleSet: null,
          changes: {
            outstandingPrincipal: left.toFixed(0),
            paidInstallments: a.state.paidInstallments,
            partialCredit: a.state.partialCredit,
            ...(done ? { status: LoanStatus.CLOSED, closedOn: input.paidOn } : keep),
          },
        };
      } catch (error) {
        if (!(error instanceof OverpaymentError)) throw error;
        return new RepaymentRefused(
          'REPAYMENT_EXCEEDS_DUE',
          `Only ${won(remainingDue(schedule, state))} is due on the schedule; use FULL to pay off the loan`,
        );
      }
    }

    if (input.kind === RepaymentKind.PREPAYMENT) {
      // Principal only; the remaining instalments are re-amortised over the remaining term.
      if (amount.gte(outstanding)) {
        return new RepaymentRefused(
          'REPAYMENT_EXCEEDS_DUE',
          `A prepayment must be less than the outstanding principal ${won(outstanding)}; use FULL to pay off the loan`,
        );
      }
      const fee = this.prepaymentFee(loan, amount, input.paidOn);
      return {
        principal: amount,
        interest: new Decimal(0),
        fee: new Decimal(fee.fee),
        feeRuleSet: fee.ruleSetId,
        changes: {
          outstandingPrincipal: outstanding.minus(amount).toFixed(0),
          paidInstallments: loan.paidInstallments,
          partialCredit: loan.partialCredit,
          ...keep,
        },
      };
    }

    // FULL: the outstanding principal, interest accrued day by day since the last due date, and the prepayment fee.
    const payoff = this.payoff(loan, rateChanges, schedule, input.paidOn);
    const fee = this.prepaymentFee(loan, outstanding, input.paidOn);
    const total = payoff.total.plus(fee.fee);
    if (!amount.eq(total)) {
      return new RepaymentRefused(
        amount.lt(total) ? 'REPAYMENT_TOO_SMALL' : 'REPAYMENT_EXCEEDS_DUE',
        `Paying off on ${input.paidOn} takes exactly ${won(total)} (principal ${won(outstanding)} + interest ${won(payoff.interest)} + prepayment fee ${won(new Decimal(fee.fee))}, rule set ${fee.ruleSetId})`,
      );
    }
    return {
      principal: outstanding,
      interest: payoff.interest,
      fee: new Decimal(fee.fee),
      feeRuleSet: fee.ruleSetId,
      changes: {
        outstandingPrincipal: '0',
        paidInstallments: loan.paidInstallments,
        partialCredit: '0',
        status: LoanStatus.CLOSED,
        closedOn: input.paidOn,
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

  /** Payoff on a date: principal + interest accrued (actual/365) since the last due date, less interest already paid toward it. */
  payoff(
    loan: LoanEntity,
    rateChanges: Parameters<typeof currentSchedule>[1],
    schedule: ReturnType<typeof currentSchedule>,
    on: string,
  ): { total: Decimal; interest: Decimal } {
    return payoffQuote(loan, rateChanges, schedule, on, this.rounding);
  }
}
