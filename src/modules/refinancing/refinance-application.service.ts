import { inTransaction, RequestContext, Role } from '../../common/context';
import { AuditKind, type AuditService } from '../audit';
import { addMonths, koreanDate } from '../../common/dates';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { localIdOf, toGlobalId } from '../../common/global-id';
import type { CountedConnection } from '../../common/graphql/types';
import { PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import { toDecimal } from '../../common/money';
import { assertCanReadCustomer, CustomerService, isStaff, requireViewer } from '../customers';
import {
  InterestConvention,
  LenderType,
  LoanEntity,
  LoanKind,
  LoanRepository,
  LoanService,
  LoanStatus,
  LOAN_TYPE,
  RateType,
  RepaymentKind,
  RepaymentService,
} from '../loans';
import { bandFor, ineligibility, switchTerm } from './catalogue';
import type { RefinanceApplicationEntity, RefinanceProductEntity } from './refinancing.entity';
import { RefinanceApplicationStatus as S, RefinanceLenderType } from './refinancing.enums';
import {
  IllegalRefinanceTransition,
  RefinanceApplicationExists,
  RefinanceNotEligible,
  RefinanceVersionConflict,
} from './refinancing.errors';
import type { ApplicationFilter } from './refinancing.model';
import { REFINANCE_APPLICATION_TYPE, REFINANCE_PRODUCT_TYPE } from './refinancing.mapper';
import type { RefinanceOfferService } from './refinance-offer.service';
import { RefinancingRepository } from './refinancing.repository';
import { checkTransition } from './state-machine';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface ApplyInput {
  loanId: string;
  productId: string;
  requestedAmount?: string | null;
  termMonths?: number | null;
}

export interface TransitionInput {
  applicationId: string;
  to: S;
  reason: string;
  expectedVersion?: number | null;
}

/** One state transition of an application (submission included: from null to SUBMITTED). */
export interface ApplicationStatusChange {
  applicationId: string;
  customerId: string;
  /** The application's version after the transition: (applicationId, version) names the fact. */
  version: number;
  fromStatus: S | null;
  toStatus: S;
  at: Date;
}

/**
 * Told of every transition inside its transaction (so what it stores commits with the transition or not at all);
 * the function it returns runs after the commit (e.g. to publish).
 */
export type ApplicationStatusListener = (
  tx: RequestContext,
  change: ApplicationStatusChange,
) => Promise<(() => void) | void>;

/** Thrown inside the transaction to roll it back; turned into the result outside. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super('rollback');
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

// Refinance applications: eligibility at submission, the state machine with its role rules, the event log and
// the optimistic lock, and the disbursement that closes the old loan and books the new one — one transaction.
export class RefinanceApplicationService {
  constructor(
    private readonly repository: RefinancingRepository,
    private readonly offers: RefinanceOfferService,
    private readonly loans: LoanService,
    private readonly loanRepository: LoanRepository,
    private readonly repayments: RepaymentService,
    private readonly customers: CustomerService,
    private readonly audit: AuditService,
  ) {}

  private readonly listeners: ApplicationStatusListener[] = [];

  /** Adds a listener of status changes (the composition root wires notifications here). */
  onStatusChange(listener: ApplicationStatusListener): void {
    this.listeners.push(listener);
  }

  /** Tells the listeners in the transaction; returns what to run after it commits. */
  private async statusChanged(tx: RequestContext, change: ApplicationStatusChange): Promise<() => void> {
    const after: (() => void)[] = [];
    for (const listener of this.listeners) {
      const then = await listener(tx, change);
      if (then) after.push(then);
    }
    return () => after.forEach((f) => f());
  }

  private get loadersOf() {
    return this.offers.loadersOf;
  }

  /** An application the viewer may read (staff, or the applying customer). */
  async getById(ctx: RequestContext, id: string): Promise<RefinanceApplicationEntity> {
    requireViewer(ctx);
    const application = await this.loadersOf(ctx).applications.load(id);
    if (!application) throw notFound('Refinance application');
    assertCanReadCustomer(ctx.viewer, application.customerId, 'Refinance application');
    return application;
  }

  getByGlobalId(ctx: RequestContext, globalId: string, field = 'id') {
    return this.getById(ctx, localIdOf(REFINANCE_APPLICATION_TYPE, globalId, field));
  }

  async list(
    ctx: RequestContext,
    args: PageArgs & { filter?: ApplicationFilter | null },
  ): Promise<CountedConnection<RefinanceApplicationEntity>> {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(args, undefined, ['instant', 'uuid']);
    const filter = args.filter ?? {};
    // A customer's list is their own applications only; staff see every one.
    const customerId = isStaff(viewer) ? undefined : (viewer.customerId ?? NIL_UUID);
    const rows = await this.repository.pageApplications(ctx, filter, request, customerId);
    for (const row of rows) this.loadersOf(ctx).applications.prime(row.id, row);
    return {
      ...toConnection(
        rows,
        request,
        (a) => [a.createdAt.toISOString(), a.id],
        (a) => a,
      ),
      totalCount: () => this.repository.countApplications(ctx, filter, customerId),
    };
  }

  async forLoan(ctx: RequestContext, loanId: string): Promise<RefinanceApplicationEntity[]> {
    await this.loans.getById(ctx, loanId);
    const rows = await this.loadersOf(ctx).applicationsByLoan.load(loanId);
    for (const row of rows) this.loadersOf(ctx).applications.prime(row.id, row);
    return rows;
  }

  events(ctx: RequestContext, application: RefinanceApplicationEntity) {
    return this.loadersOf(ctx).events.load(application.id);
  }

  documents(ctx: RequestContext, application: RefinanceApplicationEntity) {
    return this.loadersOf(ctx).documents.load(application.id);
  }

  async product(ctx: RequestContext, productId: string): Promise<RefinanceProductEntity> {
    const product = await this.loadersOf(ctx).products.load(productId);
    if (!product) throw notFound('Refinance product');
    return product;
  }

  async apply(
    ctx: RequestContext,
    input: ApplyInput,
  ): Promise<RefinanceApplicationEntity | RefinanceNotEligible | RefinanceApplicationExists> {
    const viewer = requireViewer(ctx);
    if (viewer.role === Role.ANALYST) throw forbidden('Analysts review applications; they do not file them');
    const loanId = localIdOf(LOAN_TYPE, input.loanId, 'loanId');
    const productId = localIdOf(REFINANCE_PRODUCT_TYPE, input.productId, 'productId');
    let published: (() => void) | undefined;
    try {
      const result = await inTransaction(ctx, async (tx) => {
        // Ownership first (FORBIDDEN for another customer's loan), then the row lock: one application at a time.
        await this.loans.getById(tx, loanId);
        const loan = (await this.loanRepository.findByIdForUpdate(tx, loanId))!;
        const product = await this.repository.productsByIds(tx, [productId]).then((r) => r[0]);
        if (!product) throw notFound('Refinance product');
        const existing = await this.repository.openApplicationFor(tx, loanId);
        if (existing) return new RefinanceApplicationExists(existing);

        const terms = await this.checkEligibility(tx, loan, product, input);
        if (terms instanceof RefinanceNotEligible) return terms;
        const now = tx.now();
        const application = await this.repository.insertApplication(tx, {
          loanId,
          customerId: loan.customerId,
          productId,
          status: S.SUBMITTED,
          requestedAmount: terms.amount,
          termMonths: terms.termMonths,
          offeredRate: terms.rate,
          creditScore: terms.creditScore,
          newLoanId: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        await this.repository.insertEvent(tx, {
          applicationId: application.id,
          version: 1,
          fromStatus: null,
          toStatus: S.SUBMITTED,
          actorUserId: viewer.userId,
          actorRole: viewer.role,
          reason: 'Application submitted',
          at: now,
        });
        published = await this.statusChanged(tx, {
          applicationId: application.id,
          customerId: loan.customerId,
          version: 1,
          fromStatus: null,
          toStatus: S.SUBMITTED,
          at: now,
        });
        return application;
      });
      published?.();
      return result;
    } catch (error) {
      // Two submissions raced past the check: the partial unique index let only one in.
      if (isUniqueViolation(error)) {
        const existing = await this.repository.openApplicationFor(ctx, loanId);
        if (existing) return new RefinanceApplicationExists(existing);
      }
      throw error;
    }
  }

  private async checkEligibility(
    ctx: RequestContext,
    loan: LoanEntity,
    product: RefinanceProductEntity,
    input: ApplyInput,
  ): Promise<
    RefinanceNotEligible | { amount: string; termMonths: number; rate: string; creditScore: number }
  > {
    if (loan.status !== LoanStatus.ACTIVE || toDecimal(loan.outstandingPrincipal).lte(0)) {
      return new RefinanceNotEligible('LOAN_NOT_ACTIVE', `Loan ${loan.loanNumber} has nothing to refinance`);
    }
    const asOf = koreanDate(ctx.now());
    const customer = await this.customers.getById(ctx, loan.customerId);
    const bands = await this.loadersOf(ctx).bands.load(product.productNo);
    const amount = input.requestedAmount ?? loan.outstandingPrincipal;
    const why = ineligibility({ ...product, bands }, { kind: loan.kind, amount }, customer.creditScore, asOf);
    const messages = {
      PRODUCT_INACTIVE: `${product.name} is no longer offered`,
      LOAN_KIND_NOT_ELIGIBLE: `${product.name} does not refinance ${loan.kind} loans (only ${product.eligibleKinds.join(', ')})`,
      AMOUNT_ABOVE_MAXIMUM: `${product.name} lends at most ₩${product.maxAmount}; requested ₩${amount}`,
      NO_RATE_FOR_CREDIT_SCORE: `${product.name} has no rate for credit score ${customer.creditScore} on ${asOf}`,
    };
    if (why) return new RefinanceNotEligible(why, messages[why]);
    if (toDecimal(amount).lt(loan.outstandingPrincipal)) {
      return new RefinanceNotEligible(
        'AMOUNT_BELOW_BALANCE',
        `The new loan must repay the old one: ₩${amount} is below the balance of ₩${loan.outstandingPrincipal}`,
      );
    }
    const remaining = loan.termMonths - loan.paidInstallments;
    const termMonths = input.termMonths ?? switchTerm(product, remaining);
    if (termMonths < product.minTermMonths || termMonths > product.maxTermMonths) {
      return new RefinanceNotEligible(
        'TERM_OUT_OF_RANGE',
        `${product.name} runs ${product.minTermMonths}–${product.maxTermMonths} months; asked ${termMonths}`,
      );
    }
    const band = bandFor(bands, customer.creditScore, asOf)!;
    return { amount, termMonths, rate: band.annualRate, creditScore: customer.creditScore };
  }

  async transition(
    ctx: RequestContext,
    input: TransitionInput,
  ): Promise<RefinanceApplicationEntity | IllegalRefinanceTransition | RefinanceVersionConflict> {
    const viewer = requireViewer(ctx);
    const id = localIdOf(REFINANCE_APPLICATION_TYPE, input.applicationId, 'applicationId');
    const reason = input.reason.trim();
    if (!reason) throw badInput('reason', 'must not be blank');
    let published: (() => void) | undefined;
    try {
      const result = await inTransaction(ctx, async (tx) => {
        const application = await this.repository.findApplication(tx, id);
        if (!application) throw notFound('Refinance application');
        assertCanReadCustomer(viewer, application.customerId, 'Refinance application');
        if (input.expectedVersion != null && input.expectedVersion !== application.version) {
          return new RefinanceVersionConflict(input.expectedVersion, application.version, application.status);
        }
        const check = checkTransition(application.status, input.to, viewer.role);
        if (!check.ok && check.reason === 'ILLEGAL') {
          return new IllegalRefinanceTransition(application.status, input.to, check.allowed);
        }
        if (!check.ok) {
          throw forbidden(
            `A ${viewer.role} cannot move an application to ${input.to}` +
              (check.allowed.length ? `; you may move it to ${check.allowed.join(', ')}` : ''),
          );
        }
        const now = tx.now();
        const newLoanId = input.to === S.DISBURSED ? await this.disburse(tx, application) : undefined;
        const moved = await this.repository.updateStatusIfVersion(tx, id, application.version, {
          status: input.to,
          newLoanId,
          updatedAt: now,
        });
        if (!moved) {
          // Someone else's transition committed after our read: undo our loan changes too.
          const current = (await this.repository.findApplication(tx, id))!;
          throw new Rollback(
            new RefinanceVersionConflict(application.version, current.version, current.status),
          );
        }
        await this.repository.insertEvent(tx, {
          applicationId: id,
          version: application.version + 1,
          fromStatus: application.status,
          toStatus: input.to,
          actorUserId: viewer.userId,
          actorRole: viewer.role,
          reason,
          at: now,
        });
        // The compliance trail: the same transition, hash-chained, in the same transaction.
        await this.audit.record(tx, {
          kind: AuditKind.REFINANCE_TRANSITION,
          subjectType: 'RefinanceApplication',
          subjectId: id,
          customerId: application.customerId,
          data: {
            fromStatus: application.status,
            toStatus: input.to,
            version: application.version + 1,
            reason: reason ?? null,
            newLoanId: newLoanId ?? null,
          },
        });
        published = await this.statusChanged(tx, {
          applicationId: id,
          customerId: application.customerId,
          version: application.version + 1,
          fromStatus: application.status,
          toStatus: input.to,
          at: now,
        });
        return (await this.repository.findApplication(tx, id))!;
      });
      published?.();
      return result;
    } catch (error) {
      if (error instanceof Rollback) return error.result as RefinanceVersionConflict;
      throw error;
    }
  }

  /**
   * Disbursement: the new lender repays the old loan (a FULL repayment of principal, accrued interest and the
   * prepayment fee, which closes it) and the new loan is booked with the product's terms. Runs inside the
   * transition's transaction.
   */
  private async disburse(tx: RequestContext, application: RefinanceApplicationEntity): Promise<string> {
    const old = await this.loanRepository.findByIdForUpdate(tx, application.loanId);
    if (!old || old.status !== LoanStatus.ACTIVE) {
      throw badInput(
        'applicationId',
        'the loan being refinanced is no longer active: cancel the application',
      );
    }
    if (toDecimal(application.requestedAmount).lt(old.outstandingPrincipal)) {
      throw badInput('applicationId', 'the approved amount no longer covers the old loan');
    }
    const product = (await this.repository.productsByIds(tx, [application.productId]))[0];
    const today = koreanDate(tx.now());
    const now = tx.now();
    // The payoff goes through the loans module's own FULL repayment of exactly its payoff quote: principal,
    // interest accrued to today, penalty interest and the dated prepayment fee; it closes the loan in this
    // transaction. Read on the transaction's manager (PGlite: another connection would deadlock).
    const [rateChanges, recorded] = await Promise.all([
      this.loanRepository.rateChangesFor(tx, [old.id]),
      this.loanRepository.repaymentsFor(tx, [old.id]),
    ]);
    const quote = this.repayments.quote(old, rateChanges, recorded, today);
    if (!quote) throw badInput('applicationId', 'the loan being refinanced has nothing to pay off');
    const paid = await this.repayments.record(tx, {
      loanId: toGlobalId(LOAN_TYPE, old.id),
      idempotencyKey: `refinance:${application.id}`,
      kind: RepaymentKind.FULL,
      amount: quote.total,
      paidOn: today,
    });
    if (!('repayment' in paid)) {
      throw conflict(`The old loan could not be paid off: ${paid.message}`);
    }
    const rateType = product.rateType as unknown as RateType;
    const created = await this.loanRepository.insertLoan(tx, {
      customerId: old.customerId,
      // A refinanced overdraft line becomes an amortising credit loan (the switch repays the drawn balance).
      kind: old.kind === LoanKind.OVERDRAFT ? LoanKind.CREDIT : old.kind,
      repaymentMethod: old.repaymentMethod,
      rateType,
      fixedPeriodMonths: product.fixedPeriodMonths,
      interestConvention: InterestConvention.MONTHLY,
      lender: product.lender,
      lenderType:
        product.lenderType === RefinanceLenderType.BANK ||
        product.lenderType === RefinanceLenderType.INTERNET_BANK
          ? LenderType.BANK
          : LenderType.NON_BANK,
      principal: application.requestedAmount,
      creditLimit: null,
      annualRate: application.offeredRate,
      termMonths: application.termMonths,
      graceMonths: 0,
      disbursedOn: today,
      maturityOn: addMonths(today, application.termMonths),
      collateralValue: old.collateralValue,
      outstandingPrincipal: application.requestedAmount,
      paidInstallments: 0,
      partialCredit: '0',
      status: LoanStatus.ACTIVE,
      closedOn: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.loans.writeSchedule(tx, created);
    return created.id;
  }
}
