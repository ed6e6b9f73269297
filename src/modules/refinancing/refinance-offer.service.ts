import type { RequestContext } from '../../common/context';
import { koreanDate } from '../../common/dates';
import { badInput } from '../../common/errors';
import { RoundingRule, toDecimal } from '../../common/money';
import type { CustomerService } from '../customers';
import {
  compareRefinance,
  currentRate,
  prepaymentEffect,
  extraRepaymentEffect,
  type ExtraRepaymentEffect,
  type PrepaymentEffect,
  LoanEntity,
  LoanService,
  LoanStatus,
  RefinanceComparison,
  RefinanceOption,
} from '../loans';
import { bandFor, ineligibility, switchTerm, upfrontFees } from './catalogue';
import type { RefinanceProductEntity } from './refinancing.entity';
import type { refinancingLoaders } from './refinancing.loaders';

export interface ProductOffer {
  product: RefinanceProductEntity;
  /** The switch to this product, against the current loan. */
  switchLender: RefinanceOption;
  /** Which of (this switch, staying with the reduced rate, keeping the loan as is) saves the most. */
  best: RefinanceComparison['best'];
  /** This switch's lifetime saving minus staying's: positive = switching beats staying. */
  advantageOverStay: string;
}

export type OffersUnavailableReason = 'LOAN_NOT_ACTIVE' | 'NOTHING_OUTSTANDING' | 'NOT_YET_DISBURSED';

export interface LoanRefinanceOffers {
  asOf: string;
  creditScore: number;
  unavailableReason: OffersUnavailableReason | null;
  current: (RefinanceComparison['current'] & { balance: string; annualRate: string }) | null;
  /** 금리인하 재약정: the current lender's rate less the configured cut, no prepayment fee. */
  stayReducedRate: RefinanceOption | null;
  /** Eligible products, largest lifetime saving first. */
  offers: ProductOffer[];
  best: { choice: RefinanceComparison['best']; product: RefinanceProductEntity | null };
}

// Offers for one loan as of the request clock: every eligible product from the catalogue, each compared with
// keeping the loan and with the current lender's reduced-rate re-loan — the choice the retention system
// promised its users (대환 vs 재대출). The numbers come from the loans module's pure comparison.
export class RefinanceOfferService {
  constructor(
    readonly loadersOf: ReturnType<typeof refinancingLoaders>,
    private readonly loans: LoanService,
    private readonly customers: CustomerService,
    private readonly options: { stayRateCut: string; rounding: RoundingRule },
  ) {}

  /** The reduced rate the current lender offers: current − cut, never below zero. */
  stayRate(rate: string): string {
    const reduced = toDecimal(rate).minus(this.options.stayRateCut);
    return (reduced.isNegative() ? toDecimal(0) : reduced).toString();
  }

  async forLoan(ctx: RequestContext, loanId: string): Promise<LoanRefinanceOffers> {
    const loan = await this.loans.getById(ctx, loanId);
    const asOf = koreanDate(ctx.now());
    const [customer, rateChanges, catalogue] = await Promise.all([
      this.customers.getById(ctx, loan.customerId),
      this.loans.loadersOf(ctx).rateChanges.load(loan.id),
      this.loadersOf(ctx).activeCatalogue(),
    ]);
    const empty = (reason: OffersUnavailableReason): LoanRefinanceOffers => ({
      asOf,
      creditScore: customer.creditScore,
      unavailableReason: reason,
      current: null,
      stayReducedRate: null,
      offers: [],
      best: { choice: 'KEEP_CURRENT', product: null },
    });
    if (loan.status !== LoanStatus.ACTIVE) return empty('LOAN_NOT_ACTIVE');
    const remainingMonths = loan.termMonths - loan.paidInstallments;
    if (toDecimal(loan.outstandingPrincipal).lte(0) || remainingMonths <= 0)
      return empty('NOTHING_OUTSTANDING');
    if (asOf < loan.disbursedOn) return empty('NOT_YET_DISBURSED');

    const rate = currentRate(loan, rateChanges);
    const compare = (switchOffer: { annualRate: string; termMonths: number; fees: string }) =>
      compareRefinance(
        {
          current: currentLoanInput(loan, rate, remainingMonths),
          switchOffer,
          stayOffer: { annualRate: this.stayRate(rate) },
          asOf,
        },
        { rounding: this.options.rounding },
      );

    const offers: ProductOffer[] = [];
    let baseline: RefinanceComparison | undefined;
    for (const product of catalogue) {
      const amount = loan.outstandingPrincipal;
      if (ineligibility(product, { kind: loan.kind, amount }, customer.creditScore, asOf)) continue;
      const band = bandFor(product.bands, customer.creditScore, asOf)!;
      const comparison = compare({
        annualRate: band.annualRate,
        termMonths: switchTerm(product, remainingMonths),
        fees: upfrontFees(product, amount, this.options.rounding),
      });
      baseline ??= comparison;
      offers.push({
        product,
        switchLender: comparison.switchLender,
        best: comparison.best,
        advantageOverStay: toDecimal(comparison.switchLender.lifetimeSaving)
          .minus(comparison.stayReducedRate!.lifetimeSaving)
          .toFixed(0),
      });
    }
    // With no eligible product the stay option is still worth showing: compare against an unchanged loan.
    baseline ??= compare({ annualRate: rate, termMonths: remainingMonths, fees: '0' });
    offers.sort((a, b) => toDecimal(b.switchLender.lifetimeSaving).cmp(a.switchLender.lifetimeSaving));

    const stay = baseline.stayReducedRate!;
    const top = offers[0];
    const best =
      top && toDecimal(top.switchLender.lifetimeSaving).gt(positivePart(stay.lifetimeSaving))
        ? { choice: 'SWITCH_LENDER' as const, product: top.product }
        : toDecimal(stay.lifetimeSaving).gt(0)
          ? { choice: 'STAY_REDUCED_RATE' as const, product: null }
          : { choice: 'KEEP_CURRENT' as const, product: null };
    return {
      asOf,
      creditScore: customer.creditScore,
      unavailableReason: null,
      current: { ...baseline.current, balance: loan.outstandingPrincipal, annualRate: rate },
      stayReducedRate: stay,
      offers,
      best,
    };
  }

  /**
   * What prepaying `amount` today does to one loan (Korean practice: maturity kept, instalment re-amortised):
   * instalment before and after, interest saved, the dated prepayment fee. Null when nothing can be prepaid.
   */
  /** The loan with something left to repay today, with today (KST) and the instalments left; null otherwise. */
  private async openLoan(
    ctx: RequestContext,
    loanId: string,
  ): Promise<{ loan: LoanEntity; asOf: string; remainingMonths: number } | null> {
    const loan = await this.loans.getById(ctx, loanId);
    const asOf = koreanDate(ctx.now());
    const remainingMonths = loan.termMonths - loan.paidInstallments;
    if (
      loan.status !== LoanStatus.ACTIVE ||
      toDecimal(loan.outstandingPrincipal).lte(0) ||
      remainingMonths <= 0 ||
      asOf < loan.disbursedOn
    )
      return null;
    return { loan, asOf, remainingMonths };
  }

  /**
   * "토스에서 3.5%로 해준다는데 갈아타면 이득이야?": the loan switched to another lender at `annualRate` over its
   * remaining term (same method), with `fees` of the new loan up front and the old lender's prepayment fee, against
   * keeping it and against staying at the current lender's reduced rate. Null for a loan with nothing to refinance.
   */
  async atQuotedRate(
    ctx: RequestContext,
    loanId: string,
    annualRate: string,
    fees = '0',
  ): Promise<QuotedRefinance | null> {
    if (
      !/^0(?:\.\d{1,6})?$/.test(annualRate) ||
      !toDecimal(annualRate).gt(0) ||
      toDecimal(annualRate).gt('0.2')
    )
      throw badInput('annualRate', 'must be an annual rate above 0 and at most 0.2 (20 %), e.g. "0.035"');
    if (!/^(?:0|[1-9]\d{0,15})$/.test(fees))
      throw badInput('upfrontFees', 'must be a whole number of won, 0 or more');
    const open = await this.openLoan(ctx, loanId);
    if (!open) return null;
    const { loan, asOf, remainingMonths } = open;
    const rate = currentRate(loan, await this.loans.loadersOf(ctx).rateChanges.load(loan.id));
    const c = compareRefinance(
      {
        current: currentLoanInput(loan, rate, remainingMonths),
        switchOffer: { annualRate, termMonths: remainingMonths, fees },
        stayOffer: { annualRate: this.stayRate(rate) },
        asOf,
      },
      { rounding: this.options.rounding },
    );
    return {
      asOf,
      current: { ...c.current, annualRate: rate, balance: loan.outstandingPrincipal },
      switchLender: c.switchLender,
      stayReducedRate: c.stayReducedRate,
    };
  }

  async prepaymentEffect(
    ctx: RequestContext,
    loanId: string,
    amount: string,
    afterInstallments = 0,
  ): Promise<PrepaymentEffect | null> {
    if (
      !Number.isInteger(afterInstallments) ||
      afterInstallments < 0 ||
      afterInstallments > MAX_INSTALLMENTS_AHEAD
    )
      throw badInput('afterInstallments', `must be a whole number from 0 to ${MAX_INSTALLMENTS_AHEAD}`);
    const open = await this.openLoan(ctx, loanId);
    if (!open) return null;
    const { loan, remainingMonths } = open;
    if (!/^[1-9]\d{0,17}$/.test(amount)) throw badInput('amount', 'must be a positive whole number of won');
    const rateChanges = await this.loans.loadersOf(ctx).rateChanges.load(loan.id);
    const rate = currentRate(loan, rateChanges);
    // "그럼 6개월 뒤에 갚으면?": the loan as its stored schedule will leave it after that many more instalments — the
    // principal then, the term then left, prepaid on that instalment's due day (that day's fee). None left then: null.
    let asOf = open.asOf;
    let balance = loan.outstandingPrincipal;
    if (afterInstallments > 0) {
      if (afterInstallments >= remainingMonths) return null;
      const rows = await this.loans.openScheduleOf(ctx, loan, afterInstallments);
      const row = rows[afterInstallments - 1];
      if (!row || toDecimal(row.balanceAfter).lte(0)) return null;
      asOf = row.dueDate;
      balance = row.balanceAfter;
    }
    return prepaymentEffect(
      {
        current: currentLoanInput(
          { ...loan, outstandingPrincipal: balance },
          rate,
          remainingMonths - afterInstallments,
        ),
        amount,
        asOf,
      },
      { rounding: this.options.rounding },
    );
  }

  /**
   * "매달 50만원씩 더 갚으면 언제 끝나요?": `monthlyExtra` repaid every month on top of the instalment — or, with
   * `monthlyPayment`, that much paid each month in all ("한 달에 200만원씩 갚으면") — extraRepaymentEffect.
   */
  async extraRepaymentEffect(
    ctx: RequestContext,
    loanId: string,
    asked: { monthlyExtra?: string; monthlyPayment?: string },
  ): Promise<ExtraRepaymentEffect | null> {
    for (const [field, value] of Object.entries(asked))
      if (value !== undefined && !/^[1-9]\d{0,17}$/.test(value))
        throw badInput(field, 'must be a positive whole number of won');
    if ((asked.monthlyExtra === undefined) === (asked.monthlyPayment === undefined))
      throw badInput('monthlyExtra', 'give either monthlyExtra or monthlyPayment, not both');
    const open = await this.openLoan(ctx, loanId);
    if (!open) return null;
    const { loan, asOf, remainingMonths } = open;
    const rateChanges = await this.loans.loadersOf(ctx).rateChanges.load(loan.id);
    return extraRepaymentEffect(
      {
        current: currentLoanInput(loan, currentRate(loan, rateChanges), remainingMonths),
        ...asked,
        asOf,
        paidInstallments: loan.paidInstallments,
      },
      { rounding: this.options.rounding },
    );
  }
}

/** A switch at a rate the customer was quoted, against keeping the loan and against the current lender's re-loan. */
export interface QuotedRefinance {
  asOf: string;
  current: RefinanceComparison['current'] & { annualRate: string; balance: string };
  switchLender: RefinanceComparison['switchLender'];
  stayReducedRate: RefinanceComparison['stayReducedRate'];
}

/** Staying wins a tie (same money, no paperwork): a switch must beat max(stay, 0) strictly. */
function positivePart(value: string) {
  const d = toDecimal(value);
  return d.isNegative() ? toDecimal(0) : d;
}

/** Furthest a prepayment what-if is moved ahead (in instalments): ten years of monthly ones. */
export const MAX_INSTALLMENTS_AHEAD = 120;

export function currentLoanInput(
  loan: Pick<LoanEntity, 'outstandingPrincipal' | 'repaymentMethod' | 'disbursedOn' | 'kind' | 'rateType'>,
  rate: string,
  remainingMonths: number,
) {
  return {
    balance: loan.outstandingPrincipal,
    annualRate: rate,
    remainingMonths,
    method: loan.repaymentMethod,
    disbursedOn: loan.disbursedOn,
    kind: loan.kind,
    rateType: loan.rateType,
  };
}
