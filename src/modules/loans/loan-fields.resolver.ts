import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root, createUnionType } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import { money } from '../../common/money';
import { toConnection, toPageRequest } from '../../common/pagination';
import type { LoanArrears, StoredInstallment } from './loan.service';
import { LocalDateResolver } from 'graphql-scalars';
import { AssetClass, CreditBureauFlag, LoanDelinquencyType } from './delinquency.type';
import type { RepaymentEntity } from './loan.entity';
import { RecordRepaymentInput } from './loan.inputs';
import { LoanService } from './loan.service';
import { currentRate } from './loan-schedule';
import { DecimalScalar } from '../../common/graphql/scalars';
import { LoanType } from './loan.type';
import { DuplicateRepayment, RepaymentRefused } from './repayment.errors';
import { RepaymentService } from './repayment.service';
import {
  DuplicateRepaymentError,
  InstallmentConnection,
  InstallmentType,
  LoanNotActiveError,
  PayoffQuoteType,
  PrepaymentAfterEarlyPaymentError,
  PrepaymentWhileOverdueError,
  RecordRepaymentPayload,
  RepaymentBackdatedError,
  RepaymentExceedsDueError,
  RepaymentTooSmallError,
  AllocationPart,
  RepaymentAllocationType,
  RepaymentType,
} from './schedule.type';
import { Money } from '../../common/graphql/types';

function toInstallment(row: StoredInstallment, paidInstallments: number): InstallmentType {
  return {
    number: row.number,
    dueDate: row.dueDate,
    principal: money(row.principal),
    interest: money(row.interest),
    payment: money(row.payment),
    remainingBalance: money(row.balanceAfter),
    paid: row.settled || row.number <= paidInstallments,
  };
}

export function toRepaymentType(r: RepaymentEntity): RepaymentType {
  return {
    id: r.id,
    idempotencyKey: r.idempotencyKey,
    kind: r.kind,
    paidOn: r.paidOn,
    amount: money(r.amount),
    principal: money(r.principalAmount),
    interest: money(r.interestAmount),
    fee: money(r.feeAmount),
    penalty: money(r.penaltyAmount),
    feeRuleSet: r.feeRuleSet,
    balanceAfter: money(r.balanceAfter),
    createdAt: r.createdAt,
    revision: r.revision,
  };
}

export function toDelinquencyType(d: LoanArrears): LoanDelinquencyType {
  return {
    asOf: d.asOf,
    overdueAmount: money(d.overdueAmount),
    overdueInstallments: d.overdueInstallments,
    oldestUnpaidDueDate: d.oldestUnpaidDueDate,
    daysPastDue: d.daysPastDue,
    businessDaysPastDue: d.businessDaysPastDue,
    assetClass: d.assetClass as AssetClass,
    flags: d.flags as CreditBureauFlag[],
    longTermFlagDate: d.longTermFlagDate,
    penaltyRate: d.penaltyRate,
    penaltyInterest: money(d.penaltyInterest),
    penaltyCollected: money(d.penaltyCollected),
  };
}

/** The union member of a refusal, with its figures. */
function toRefusal(r: RepaymentRefused) {
  const base = { code: r.code, message: r.message };
  switch (r.code) {
    case 'LOAN_NOT_ACTIVE':
      return Object.assign(new LoanNotActiveError(), base);
    case 'REPAYMENT_TOO_SMALL':
      return Object.assign(new RepaymentTooSmallError(), base);
    case 'REPAYMENT_EXCEEDS_DUE':
      return Object.assign(new RepaymentExceedsDueError(), base, {
        maxAmount: r.details.maxAmount === undefined ? null : money(r.details.maxAmount),
        suggestedKind: r.details.suggestedKind ?? null,
      });
    case 'PREPAYMENT_WHILE_OVERDUE':
      return Object.assign(new PrepaymentWhileOverdueError(), base, {
        overdueAmount: money(r.details.overdueAmount ?? '0'),
      });
    case 'PREPAYMENT_AFTER_EARLY_PAYMENT':
      return Object.assign(new PrepaymentAfterEarlyPaymentError(), base);
    case 'REPAYMENT_BACKDATED':
      return Object.assign(new RepaymentBackdatedError(), base, {
        latestValueDate: r.details.latestValueDate ?? '',
      });
  }
}

export const RecordRepaymentResult = createUnionType({
  name: 'RecordRepaymentResult',
  description:
    'The recorded repayment (or, for a repeated idempotency key, the first one), or why nothing was recorded.',
  types: () =>
    [
      RecordRepaymentPayload,
      DuplicateRepaymentError,
      LoanNotActiveError,
      RepaymentTooSmallError,
      RepaymentExceedsDueError,
      PrepaymentWhileOverdueError,
      PrepaymentAfterEarlyPaymentError,
      RepaymentBackdatedError,
    ] as const,
});

// Loan fields computed from the schedule and repayments, batched per request through the loan loaders.
@Resolver(() => LoanType)
export class LoanFieldsResolver {
  constructor(
    private readonly loans: LoanService,
    private readonly repayments: RepaymentService,
  ) {}

  private async schedule(ctx: RequestContext, loan: LoanType, through?: number, asOf?: string) {
    const entity = await this.loans.getById(ctx, loan.localId);
    return { entity, rows: await this.loans.scheduleOf(ctx, entity, through, asOf) };
  }

  @FieldResolver(() => InstallmentConnection, {
    name: 'schedule',
    description:
      'Instalments as they stand (re-amortised after prepayments), with their paid state; with asOf, as they stood on that day.',
  })
  async scheduleField(
    @Root() loan: LoanType,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description:
        'The schedule as it stood on this day: only transactions valued on or before it (never changed by a later-dated one).',
    })
    asOf?: string,
  ): Promise<InstanceType<typeof InstallmentConnection>> {
    const request = toPageRequest(page, 12, ['int']);
    const cursor = request.cursor ? Number(request.cursor[0]) : undefined;
    // A forward page needs the instalments up to its end (+1 to know there is a next page); a backward one
    // from the end needs them all.
    const through =
      request.direction === 'forward'
        ? (cursor ?? 0) + request.limit + 1
        : cursor !== undefined
          ? cursor - 1
          : undefined;
    const { entity, rows } = await this.schedule(ctx, loan, through, asOf);
    const slice =
      request.direction === 'forward'
        ? rows.filter((r) => cursor === undefined || r.number > cursor).slice(0, request.limit + 1)
        : rows
            .filter((r) => cursor === undefined || r.number < cursor)
            .reverse()
            .slice(0, request.limit + 1);
    const connection = toConnection(
      slice,
      request,
      (r) => [r.number],
      (r) => r,
    );
    return InstallmentConnection.from(
      {
        ...connection,
        totalCount: async () => (await this.loans.scheduleOf(ctx, entity, undefined, asOf)).length,
      },
      (r) => toInstallment(r, asOf === undefined ? entity.paidInstallments : 0),
    );
  }

  @FieldResolver(() => InstallmentType, {
    nullable: true,
    description: 'The next instalment not yet fully paid.',
  })
  async nextPayment(@Root() loan: LoanType, @Ctx() ctx: RequestContext): Promise<InstallmentType | null> {
    const entity = await this.loans.getById(ctx, loan.localId);
    if (entity.status !== 'ACTIVE') return null;
    const next = await this.loans.nextInstallmentOf(ctx, entity);
    return next && toInstallment(next, entity.paidInstallments);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Annual rate the next instalment accrues at (after rate resets).',
  })
  async currentAnnualRate(@Root() loan: LoanType, @Ctx() ctx: RequestContext): Promise<string> {
    const entity = await this.loans.getById(ctx, loan.localId);
    return currentRate(entity, await this.loans.loadersOf(ctx).rateChanges.load(loan.localId));
  }

  @FieldResolver(() => Money, { description: 'Principal outstanding.' })
  async balance(@Root() loan: LoanType, @Ctx() ctx: RequestContext): Promise<Money> {
    return money((await this.loans.getById(ctx, loan.localId)).outstandingPrincipal);
  }

  @FieldResolver(() => LoanDelinquencyType, { description: 'Arrears as of a date (default today in Korea).' })
  async delinquency(
    @Root() loan: LoanType,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Date to assess.' })
    asOf: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanDelinquencyType> {
    return toDelinquencyType(await this.loans.delinquency(ctx, loan.localId, asOf));
  }

  @FieldResolver(() => PayoffQuoteType, {
    nullable: true,
    description:
      'What paying the loan off on a date takes (default today in Korea), from the transactions valued on or before it; null once the loan is closed, and for an asOf before the disbursement (nothing is owed yet).',
  })
  async payoffQuote(
    @Root() loan: LoanType,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Value date of the payoff.' })
    asOf: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<PayoffQuoteType | null> {
    const entity = await this.loans.getById(ctx, loan.localId);
    const q = await this.repayments.payoffQuote(ctx, this.loans, entity, asOf);
    return (
      q && {
        asOf: q.asOf,
        principal: money(q.principal),
        interest: money(q.interest),
        penaltyInterest: money(q.penalty),
        prepaymentFee: money(q.fee),
        prepaymentFeeRuleSet: q.feeRuleSet,
        prepaymentFeeEndsOn: q.feeEndsOn,
        total: money(q.total),
      }
    );
  }

  @FieldResolver(() => [RepaymentType], { description: 'Repayments, oldest first.' })
  async repaymentHistory(@Root() loan: LoanType, @Ctx() ctx: RequestContext): Promise<RepaymentType[]> {
    await this.loans.getById(ctx, loan.localId);
    return (await this.loans.loadersOf(ctx).repayments.load(loan.localId)).map(toRepaymentType);
  }

  @Mutation(() => RecordRepaymentResult, {
    description:
      'Records a repayment (ADMIN, or the borrowing customer), allocated 비용 → 연체이자 → 이자 → 원금, overdue ' +
      'instalments before the current one: REGULAR (at least the oldest open instalment, at most what is due up to ' +
      'the current one), PARTIAL, PREPAYMENT (principal plus the interest accrued on it to the value date; refused ' +
      'while anything is overdue; the rest is re-amortised) or FULL (exactly payoffQuote.total). ' +
      'A REGULAR or PARTIAL payment may be back-dated: the later ones are re-allocated (reprocessed) in the same ' +
      'transaction and listed in `reprocessed`. Repeating an idempotency key returns the first result.',
  })
  async recordRepayment(
    @Arg('input', () => RecordRepaymentInput, {
      description: 'The repayment: loan, idempotency key, kind, amount and value date.',
    })
    input: RecordRepaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof RecordRepaymentResult> {
    const result = await this.repayments.record(ctx, input);
    if (result instanceof DuplicateRepayment) {
      return Object.assign(new DuplicateRepaymentError(), {
        code: result.code,
        message: result.message,
        existing: toRepaymentType(result.existing),
      });
    }
    if (result instanceof RepaymentRefused) return toRefusal(result);
    return Object.assign(new RecordRepaymentPayload(), {
      repayment: toRepaymentType(result.repayment),
      balance: money(result.replayed ? result.repayment.balanceAfter : result.loan.outstandingPrincipal),
      paidInstallments: result.loan.paidInstallments,
      replayed: result.replayed,
      reprocessed: result.reprocessed.map(({ before, after }) => ({
        repayment: toRepaymentType(after),
        previousPrincipal: money(before.principalAmount),
        previousInterest: money(before.interestAmount),
        previousPenalty: money(before.penaltyAmount),
        previousBalanceAfter: money(before.balanceAfter),
      })),
    });
  }
}

// Fields of a repayment read from the ledger's stored rows, batched per request.
@Resolver(() => RepaymentType)
export class RepaymentFieldsResolver {
  constructor(private readonly loans: LoanService) {}

  @FieldResolver(() => [RepaymentAllocationType], {
    description:
      'Its allocation rows (fee, penalty interest, then interest and principal by instalment); they add up to amount.',
  })
  async allocations(
    @Root() repayment: RepaymentType,
    @Ctx() ctx: RequestContext,
  ): Promise<RepaymentAllocationType[]> {
    const rows = await this.loans.loadersOf(ctx).allocations.load(repayment.id);
    return rows.map((a) => ({
      part: a.part as AllocationPart,
      installmentNumber: a.installmentNumber,
      amount: money(a.amount),
    }));
  }
}
