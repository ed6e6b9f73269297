import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../common/graphql/scalars';
import type { RequestContext } from '../../common/context';
import { money } from '../../common/money';
import { ImageQualityAssessmentType, ImageQualityService, toAssessmentType } from '../images';
import { LoanService, LoanType, toLoanType } from '../loans';
import { RateBandArgs } from './refinancing.inputs';
import { RefinanceApplicationService } from './refinance-application.service';
import { RefinanceCatalogueService } from './refinance-catalogue.service';
import { RefinanceOfferService } from './refinance-offer.service';
import {
  toApplicationType,
  toDocumentType,
  toEventType,
  toOptionType,
  toExtraRepaymentEffectType,
  toPrepaymentEffectType,
  toProductType,
  toRateBandType,
} from './refinancing.mapper';
import {
  LoanExtraRepaymentEffectType,
  LoanPrepaymentEffectType,
  LoanRefinanceOffersType,
  LoanRefinanceQuoteType,
  RefinanceApplicationEventType,
  RefinanceApplicationType,
  RefinanceCurrentLoanType,
  RefinanceDocumentType,
  RefinanceOffersUnavailableReason,
  RefinanceProductType,
  RefinanceRateBandType,
  RefinanceRecommendation,
} from './refinancing.type';

/** The rest of the current loan, the baseline of a comparison, as the API shows it. */
function toCurrentLoanType(c: {
  balance: string;
  annualRate: string;
  remainingMonths: number;
  payment: string;
  totalPayments: string;
  totalInterest: string;
}): RefinanceCurrentLoanType {
  return {
    balance: money(c.balance),
    annualRate: c.annualRate,
    remainingMonths: c.remainingMonths,
    payment: money(c.payment),
    totalPayments: money(c.totalPayments),
    totalInterest: money(c.totalInterest),
  };
}

// Loan fields owned by the refinancing module (the loans module knows nothing of refinancing).
@Resolver(() => LoanType)
export class LoanRefinanceFieldsResolver {
  constructor(
    private readonly offers: RefinanceOfferService,
    private readonly applications: RefinanceApplicationService,
    private readonly stayRateCut: string,
  ) {}

  @FieldResolver(() => LoanPrepaymentEffectType, {
    nullable: true,
    description:
      'What prepaying `amount` today would do (maturity kept, instalment re-amortised): instalment before and ' +
      'after, interest saved, prepayment fee, net saving. With `afterInstallments`, the same prepayment made later, ' +
      'on the due day of that many more instalments (the loan as its schedule leaves it then). Null for a loan ' +
      'with nothing to prepay (then).',
  })
  async prepaymentEffect(
    @Root() loan: LoanType,
    @Arg('amount', () => DecimalScalar, { description: 'Whole won to prepay, less than the balance.' })
    amount: string,
    @Ctx() ctx: RequestContext,
    @Arg('afterInstallments', () => Int, {
      nullable: true,
      description:
        'Prepay later instead of today: on the due day of the n-th instalment from now (0–120; 6 = "in six months" ' +
        'for a monthly loan), with the balance, the term left and the fee of that day.',
    })
    afterInstallments?: number | null,
  ): Promise<LoanPrepaymentEffectType | null> {
    const effect = await this.offers.prepaymentEffect(ctx, loan.localId, amount, afterInstallments ?? 0);
    return effect && toPrepaymentEffectType(effect);
  }

  @FieldResolver(() => LoanExtraRepaymentEffectType, {
    nullable: true,
    description:
      'What repaying `monthlyExtra` every month on top of the instalment — or paying `monthlyPayment` each month in ' +
      'all — would do (instalment kept, the loan ends early): months saved, the new last due date, interest saved, ' +
      'prepayment fees on the extras. Give exactly one of the two. Null for a loan with nothing to repay.',
  })
  async extraRepaymentEffect(
    @Root() loan: LoanType,
    @Arg('monthlyExtra', () => DecimalScalar, {
      nullable: true,
      description: 'Whole won repaid every month on top of the instalment, less than the balance.',
    })
    monthlyExtra: string | null | undefined,
    @Arg('monthlyPayment', () => DecimalScalar, {
      nullable: true,
      description:
        'Or whole won paid each month in all, more than the instalment due now (the extra is the rest).',
    })
    monthlyPayment: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanExtraRepaymentEffectType | null> {
    const effect = await this.offers.extraRepaymentEffect(ctx, loan.localId, {
      monthlyExtra: monthlyExtra ?? undefined,
      monthlyPayment: monthlyPayment ?? undefined,
    });
    return effect && toExtraRepaymentEffectType(effect);
  }

  @FieldResolver(() => LoanRefinanceOffersType, {
    description:
      "Refinance offers as of today for the customer's credit score: each eligible product's new rate, payment, " +
      'prepayment fee, total cost, monthly saving, break-even month and lifetime saving, against staying with ' +
      'the current lender at a reduced rate.',
  })
  async refinanceOffers(
    @Root() loan: LoanType,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanRefinanceOffersType> {
    const r = await this.offers.forLoan(ctx, loan.localId);
    return {
      asOf: r.asOf,
      creditScore: r.creditScore,
      unavailableReason: r.unavailableReason as RefinanceOffersUnavailableReason | null,
      current: r.current && toCurrentLoanType(r.current),
      stayRateCut: this.stayRateCut,
      stayWithCurrentLender: r.stayReducedRate && toOptionType(r.stayReducedRate),
      offers: r.offers.map((o) => ({
        product: toProductType(o.product),
        switchLender: toOptionType(o.switchLender),
        best: o.best as RefinanceRecommendation,
        advantageOverStay: money(o.advantageOverStay),
      })),
      best: r.best.choice as RefinanceRecommendation,
      bestProduct: r.best.product && toProductType(r.best.product),
    };
  }

  @FieldResolver(() => LoanRefinanceQuoteType, {
    nullable: true,
    description:
      'Switching this loan to another lender at a rate the customer was quoted ("토스에서 3.5%로 해준대요"), over ' +
      "its remaining term with the same method: the new payment, monthly saving, the old lender's prepayment fee " +
      'and the break-even month, against staying with the current lender at a reduced rate. Null for a loan with ' +
      'nothing to refinance.',
  })
  async refinanceAtRate(
    @Root() loan: LoanType,
    @Arg('annualRate', () => DecimalScalar, {
      description: 'The quoted annual rate, e.g. "0.035" (0 < rate ≤ 0.2).',
    })
    annualRate: string,
    @Arg('upfrontFees', () => DecimalScalar, {
      defaultValue: '0',
      description: "The new loan's up-front fees in whole won, if known (stamp duty, guarantee fee …).",
    })
    upfrontFees: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanRefinanceQuoteType | null> {
    const q = await this.offers.atQuotedRate(ctx, loan.localId, annualRate, upfrontFees);
    return (
      q && {
        asOf: q.asOf,
        current: toCurrentLoanType(q.current),
        switchLender: toOptionType(q.switchLender),
        stayWithCurrentLender: q.stayReducedRate && toOptionType(q.stayReducedRate),
      }
    );
  }

  @FieldResolver(() => [RefinanceApplicationType], {
    description: 'Refinance applications for this loan, oldest first.',
  })
  async refinanceApplications(
    @Root() loan: LoanType,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceApplicationType[]> {
    return (await this.applications.forLoan(ctx, loan.localId)).map(toApplicationType);
  }
}

@Resolver(() => RefinanceProductType)
export class RefinanceProductFieldsResolver {
  constructor(private readonly catalogue: RefinanceCatalogueService) {}

  @FieldResolver(() => [RefinanceRateBandType], {
    description: 'Rate by credit-score band: those in force today, or all with includeHistory.',
  })
  async rateBands(
    @Root() product: RefinanceProductType,
    @Args(() => RateBandArgs) args: RateBandArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceRateBandType[]> {
    return (await this.catalogue.bands(ctx, product.productNo, args.includeHistory)).map(toRateBandType);
  }
}

@Resolver(() => RefinanceApplicationType)
export class RefinanceApplicationFieldsResolver {
  constructor(
    private readonly applications: RefinanceApplicationService,
    private readonly loans: LoanService,
  ) {}

  private async entity(ctx: RequestContext, application: RefinanceApplicationType) {
    return this.applications.getById(ctx, application.localId);
  }

  @FieldResolver(() => LoanType, { description: 'The loan being refinanced.' })
  async loan(@Root() application: RefinanceApplicationType, @Ctx() ctx: RequestContext): Promise<LoanType> {
    return toLoanType(await this.loans.getById(ctx, application.loanLocalId));
  }

  @FieldResolver(() => LoanType, { nullable: true, description: 'The new loan, once DISBURSED.' })
  async newLoan(
    @Root() application: RefinanceApplicationType,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanType | null> {
    return application.newLoanLocalId
      ? toLoanType(await this.loans.getById(ctx, application.newLoanLocalId))
      : null;
  }

  @FieldResolver(() => RefinanceProductType, { description: 'The product applied for.' })
  async product(
    @Root() application: RefinanceApplicationType,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceProductType> {
    return toProductType(await this.applications.product(ctx, application.productLocalId));
  }

  @FieldResolver(() => [RefinanceApplicationEventType], {
    description: 'Every transition, oldest first: from, to, who (user and role), when and why.',
  })
  async events(
    @Root() application: RefinanceApplicationType,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceApplicationEventType[]> {
    return (await this.applications.events(ctx, await this.entity(ctx, application))).map(toEventType);
  }

  @FieldResolver(() => [RefinanceDocumentType], {
    description:
      'Documents attached (upload: POST multipart to /uploads/refinance-applications/:id/documents).',
  })
  async documents(
    @Root() application: RefinanceApplicationType,
    @Ctx() ctx: RequestContext,
  ): Promise<RefinanceDocumentType[]> {
    return (await this.applications.documents(ctx, await this.entity(ctx, application))).map(toDocumentType);
  }
}

// The quality verdict of a document's bytes, owned here so that the images module knows nothing of refinancing.
@Resolver(() => RefinanceDocumentType)
export class RefinanceDocumentFieldsResolver {
  constructor(private readonly images: ImageQualityService) {}

  @FieldResolver(() => ImageQualityAssessmentType, {
    nullable: true,
    description:
      'Whether the image is usable as a document (label, confidences, model version), scored at upload; ' +
      'null for PDFs or when image scoring is off. Its verdict reads "re-upload: blurred" when it should be sent again.',
  })
  async quality(
    @Root() document: RefinanceDocumentType,
    @Ctx() ctx: RequestContext,
  ): Promise<ImageQualityAssessmentType | null> {
    if (!document.imageAssessmentId) return null;
    const assessment = await this.images.assessment(ctx, document.imageAssessmentId);
    return assessment ? toAssessmentType(assessment) : null;
  }
}
