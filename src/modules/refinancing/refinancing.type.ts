import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Role } from '../../common/context';
import { DecimalScalar } from '../../common/graphql/scalars';
import { connectionTypes, ErrorResult, Money, Node } from '../../common/graphql/types';
import { LoanKind, RepaymentMethod } from '../loans';
import { RefinanceApplicationStatus, RefinanceLenderType, RefinanceRateType } from './refinancing.enums';

export enum RefinanceChoice {
  SWITCH_LENDER = 'SWITCH_LENDER',
  STAY_REDUCED_RATE = 'STAY_REDUCED_RATE',
}

export enum RefinanceRecommendation {
  SWITCH_LENDER = 'SWITCH_LENDER',
  STAY_REDUCED_RATE = 'STAY_REDUCED_RATE',
  KEEP_CURRENT = 'KEEP_CURRENT',
}

export enum PrepaymentFeeStatus {
  WITHIN_WINDOW = 'WITHIN_WINDOW',
  WINDOW_ELAPSED = 'WINDOW_ELAPSED',
  NO_RATE_CONFIGURED = 'NO_RATE_CONFIGURED',
}

export enum RefinanceOffersUnavailableReason {
  LOAN_NOT_ACTIVE = 'LOAN_NOT_ACTIVE',
  NOTHING_OUTSTANDING = 'NOTHING_OUTSTANDING',
  NOT_YET_DISBURSED = 'NOT_YET_DISBURSED',
}

export enum RefinanceNotEligibleReason {
  LOAN_NOT_ACTIVE = 'LOAN_NOT_ACTIVE',
  PRODUCT_INACTIVE = 'PRODUCT_INACTIVE',
  LOAN_KIND_NOT_ELIGIBLE = 'LOAN_KIND_NOT_ELIGIBLE',
  AMOUNT_ABOVE_MAXIMUM = 'AMOUNT_ABOVE_MAXIMUM',
  AMOUNT_BELOW_BALANCE = 'AMOUNT_BELOW_BALANCE',
  TERM_OUT_OF_RANGE = 'TERM_OUT_OF_RANGE',
  NO_RATE_FOR_CREDIT_SCORE = 'NO_RATE_FOR_CREDIT_SCORE',
}

registerEnumType(RefinanceLenderType, {
  name: 'RefinanceLenderType',
  valuesConfig: {
    BANK: { description: '시중은행: a commercial bank.' },
    CAPITAL: { description: '캐피탈: a specialised credit company.' },
    INSURER: { description: '보험사: an insurance company.' },
    INTERNET_BANK: { description: '인터넷은행: an internet-only bank.' },
    SAVINGS_BANK: { description: '저축은행: a savings bank.' },
  },
  description:
    'Kind of lender: BANK 시중은행, INTERNET_BANK 인터넷은행, INSURER 보험사, SAVINGS_BANK 저축은행, CAPITAL 캐피탈.',
});
registerEnumType(RefinanceRateType, {
  name: 'RefinanceRateType',
  valuesConfig: {
    FIXED: { description: 'Fixed rate.' },
    MIXED: { description: 'Fixed for a period, then variable.' },
    VARIABLE: { description: 'Variable rate.' },
  },
  description: 'Rate type of a refinance product.',
});
registerEnumType(RefinanceApplicationStatus, {
  name: 'RefinanceApplicationStatus',
  valuesConfig: {
    SUBMITTED: { description: 'Filed by the customer.' },
    REVIEWING: { description: 'Under review by staff.' },
    APPROVED: { description: 'Approved, waiting for disbursement.' },
    REJECTED: { description: 'Rejected by staff.' },
    DISBURSED: { description: 'The new loan was disbursed and the old one repaid.' },
    WITHDRAWN: { description: 'Withdrawn by the customer before a decision.' },
    CANCELLED: { description: 'Cancelled by staff before disbursement.' },
  },
  description:
    'SUBMITTED → REVIEWING → APPROVED | REJECTED; APPROVED → DISBURSED; WITHDRAWN by the customer before a ' +
    'decision; CANCELLED by staff before disbursement.',
});
registerEnumType(RefinanceChoice, {
  name: 'RefinanceChoice',
  valuesConfig: {
    STAY_REDUCED_RATE: { description: '재대출: stay with the current lender at a lower rate.' },
    SWITCH_LENDER: { description: '대환: another lender repays the loan.' },
  },
  description:
    'SWITCH_LENDER 대환 (another lender repays the loan) or STAY_REDUCED_RATE 재대출 (current lender, lower rate).',
});
registerEnumType(RefinanceRecommendation, {
  name: 'RefinanceRecommendation',
  valuesConfig: {
    KEEP_CURRENT: { description: 'No option saves money: keep the loan as it is.' },
    STAY_REDUCED_RATE: { description: 'Staying with the current lender at a reduced rate saves the most.' },
    SWITCH_LENDER: { description: 'Switching to another lender saves the most.' },
  },
  description: 'The option with the largest positive lifetime saving; KEEP_CURRENT when none saves money.',
});
registerEnumType(PrepaymentFeeStatus, {
  name: 'PrepaymentFeeStatus',
  valuesConfig: {
    NO_RATE_CONFIGURED: { description: 'The rule set has no fee rate for this loan.' },
    WINDOW_ELAPSED: { description: 'Three years have passed since disbursement: no fee.' },
    WITHIN_WINDOW: { description: 'Within the fee window: a fee is due.' },
  },
  description: 'WITHIN_WINDOW (a fee is due), WINDOW_ELAPSED (3 years passed: none), NO_RATE_CONFIGURED.',
});
registerEnumType(RefinanceOffersUnavailableReason, {
  name: 'RefinanceOffersUnavailableReason',
  valuesConfig: {
    LOAN_NOT_ACTIVE: { description: 'The loan is closed or written off.' },
    NOTHING_OUTSTANDING: { description: 'Nothing is left to repay.' },
    NOT_YET_DISBURSED: { description: 'The loan has not been disbursed yet.' },
  },
  description: 'Why a loan has no refinance comparison.',
});
registerEnumType(RefinanceNotEligibleReason, {
  name: 'RefinanceNotEligibleReason',
  valuesConfig: {
    AMOUNT_ABOVE_MAXIMUM: { description: "The balance exceeds the product's maximum amount." },
    AMOUNT_BELOW_BALANCE: { description: 'The product cannot lend the whole balance.' },
    LOAN_KIND_NOT_ELIGIBLE: { description: 'The product does not refinance this kind of loan.' },
    LOAN_NOT_ACTIVE: { description: 'The loan is not active.' },
    NO_RATE_FOR_CREDIT_SCORE: {
      description: "The product has no rate band for the customer's credit score.",
    },
    PRODUCT_INACTIVE: { description: 'The product is no longer offered.' },
    TERM_OUT_OF_RANGE: { description: "The remaining term is outside the product's range." },
  },
  description: 'Why a product cannot refinance a loan.',
});

@ObjectType('RefinanceRateBand', {
  description: 'The rate of a product for a credit-score band, over a period.',
})
export class RefinanceRateBandType {
  @Field(() => ID, { description: 'Opaque global id of the band (closeRefinanceRateBand takes it).' })
  id!: string;

  @Field(() => Int, { description: 'Lowest credit score of the band (inclusive).' })
  minScore!: number;

  @Field(() => Int, { description: 'Highest credit score of the band (inclusive).' })
  maxScore!: number;

  @Field(() => DecimalScalar, { description: 'Annual rate, e.g. "0.0385".' })
  annualRate!: string;

  @Field(() => LocalDateResolver, { description: 'First day the rate applies.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day the rate stops applying (exclusive); null = open.',
  })
  validTo!: string | null;
}

@ObjectType('RefinanceProduct', {
  implements: Node,
  description: 'A loan a lender offers for refinancing (대환).',
})
export class RefinanceProductType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  localId!: string;
  productNo!: number;

  @Field({ description: 'Catalogue code, e.g. KB-MORTGAGE-SWITCH.' })
  code!: string;

  @Field({ description: 'Lender name.' })
  lender!: string;

  @Field(() => RefinanceLenderType, { description: 'Kind of lender.' })
  lenderType!: RefinanceLenderType;

  @Field({ description: 'Product name.' })
  name!: string;

  @Field(() => RefinanceRateType, { description: 'Rate type.' })
  rateType!: RefinanceRateType;

  @Field(() => Int, { nullable: true, description: 'Fixed period of a MIXED product, in months.' })
  fixedPeriodMonths!: number | null;

  @Field(() => Money, {
    description: 'Fixed up-front fee charged to the borrower (e.g. half the stamp duty).',
  })
  feeFixed!: Money;

  @Field(() => DecimalScalar, { description: 'Up-front fee as a fraction of the amount borrowed.' })
  feeRate!: string;

  @Field(() => Int, { description: 'Shortest term, months.' })
  minTermMonths!: number;

  @Field(() => Int, { description: 'Longest term, months.' })
  maxTermMonths!: number;

  @Field(() => Money, { description: 'Largest amount lent.' })
  maxAmount!: Money;

  @Field(() => [LoanKind], { description: 'Kinds of loan the product can refinance.' })
  eligibleLoanKinds!: LoanKind[];

  @Field({ description: 'Whether the product is on sale.' })
  active!: boolean;
}

export const { ConnectionType: RefinanceProductConnection } = connectionTypes(
  'RefinanceProduct',
  RefinanceProductType,
);

@ObjectType('PrepaymentFee', {
  description:
    "A prepayment fee (중도상환수수료) on an amount repaid early: the old lender's when switching, or the loan's own " +
    'on a partial prepayment.',
})
export class PrepaymentFeeType {
  @Field(() => Money, {
    description: 'Fee: amount × rate × remaining days ÷ window days, truncated to the won.',
  })
  amount!: Money;

  @Field({ description: 'The dated rule set used (picked by the contract date).' })
  ruleSetId!: string;

  @Field(() => PrepaymentFeeStatus, { description: 'Whether a fee applies.' })
  status!: PrepaymentFeeStatus;

  @Field(() => DecimalScalar, { description: 'Fee rate, e.g. "0.014".' })
  feeRate!: string;

  @Field(() => Int, { description: 'Length of the fee window in days.' })
  windowDays!: number;

  @Field(() => Int, { description: 'Days since disbursement.' })
  daysElapsed!: number;

  @Field(() => Int, { description: 'Days left in the window.' })
  remainingDays!: number;
}

@ObjectType('RefinanceOption', {
  description: 'One way to refinance, compared with keeping the loan as it is.',
})
export class RefinanceOptionType {
  @Field(() => RefinanceChoice, { description: 'Switch lender or stay with a reduced rate.' })
  choice!: RefinanceChoice;

  @Field(() => DecimalScalar, { description: 'New annual rate.' })
  annualRate!: string;

  @Field(() => Int, { description: 'New term, months from the as-of date.' })
  termMonths!: number;

  @Field(() => RepaymentMethod, { description: 'Repayment method of the new schedule.' })
  repaymentMethod!: RepaymentMethod;

  @Field(() => Money, { description: 'First instalment of the new schedule.' })
  newPayment!: Money;

  @Field(() => Money, {
    description: 'Current first instalment − new first instalment (negative = costs more).',
  })
  monthlySaving!: Money;

  @Field(() => Money, { description: 'Up-front fees of the new loan.' })
  upfrontFees!: Money;

  @Field(() => PrepaymentFeeType, { nullable: true, description: "The old lender's fee (switching only)." })
  prepaymentFee!: PrepaymentFeeType | null;

  @Field(() => Money, { description: 'Up-front fees + prepayment fee.' })
  totalCost!: Money;

  @Field(() => Int, {
    nullable: true,
    description: 'First month whose cumulative saving covers the total cost; null if it never does.',
  })
  breakEvenMonth!: number | null;

  @Field(() => Money, { description: 'Sum of the new instalments.' })
  totalPayments!: Money;

  @Field(() => Money, { description: 'Interest over the new schedule.' })
  totalInterest!: Money;

  @Field(() => Money, {
    description: 'Σ current instalments − Σ new instalments − total cost (undiscounted).',
  })
  lifetimeSaving!: Money;
}

@ObjectType('RefinanceOffer', {
  description: 'An eligible product for this loan and customer, with its numbers.',
})
export class RefinanceOfferType {
  @Field(() => RefinanceProductType, { description: 'The product.' })
  product!: RefinanceProductType;

  @Field(() => RefinanceOptionType, { description: 'Switching to this product.' })
  switchLender!: RefinanceOptionType;

  @Field(() => RefinanceRecommendation, {
    description:
      'Best of: this switch, the reduced-rate re-loan from the current lender, or keeping the loan.',
  })
  best!: RefinanceRecommendation;

  @Field(() => Money, {
    description: "This switch's lifetime saving − staying's (positive: switching beats the re-loan).",
  })
  advantageOverStay!: Money;
}

@ObjectType('RefinanceCurrentLoan', {
  description: 'The rest of the current loan, the baseline of every comparison.',
})
export class RefinanceCurrentLoanType {
  @Field(() => Money, { description: 'Outstanding principal.' })
  balance!: Money;

  @Field(() => DecimalScalar, { description: 'Current annual rate (after resets).' })
  annualRate!: string;

  @Field(() => Int, { description: 'Instalments left.' })
  remainingMonths!: number;

  @Field(() => Money, { description: 'Next instalment of the baseline schedule.' })
  payment!: Money;

  @Field(() => Money, { description: 'Sum of the remaining instalments.' })
  totalPayments!: Money;

  @Field(() => Money, { description: 'Interest still to pay.' })
  totalInterest!: Money;
}

@ObjectType('LoanRefinanceQuote', {
  description:
    'Switching a loan to another lender at a rate the customer was quoted, over its remaining term, against ' +
    'keeping it and against staying with the current lender at a reduced rate.',
})
export class LoanRefinanceQuoteType {
  @Field(() => LocalDateResolver, { description: 'The date of the comparison (today in Korea).' })
  asOf!: string;

  @Field(() => RefinanceCurrentLoanType, { description: 'The rest of the current loan (the baseline).' })
  current!: RefinanceCurrentLoanType;

  @Field(() => RefinanceOptionType, {
    description:
      "Switching at the quoted rate: new payment, monthly saving, the old lender's fee, break-even.",
  })
  switchLender!: RefinanceOptionType;

  @Field(() => RefinanceOptionType, {
    nullable: true,
    description: 'Staying with the current lender at its reduced rate (the same as in refinanceOffers).',
  })
  stayWithCurrentLender!: RefinanceOptionType | null;
}

@ObjectType('LoanRefinanceOffers', {
  description:
    'Refinance offers for a loan as of today: switch lender (대환) vs stay with a reduced rate (재대출).',
})
export class LoanRefinanceOffersType {
  @Field(() => LocalDateResolver, { description: 'The date of the comparison (today in Korea).' })
  asOf!: string;

  @Field(() => Int, { description: "The customer's credit score used to pick rate bands." })
  creditScore!: number;

  @Field(() => RefinanceOffersUnavailableReason, {
    nullable: true,
    description: 'Why nothing can be compared; null when the comparison was made.',
  })
  unavailableReason!: RefinanceOffersUnavailableReason | null;

  @Field(() => RefinanceCurrentLoanType, { nullable: true, description: 'The baseline: keeping the loan.' })
  current!: RefinanceCurrentLoanType | null;

  @Field(() => DecimalScalar, {
    description: 'Rate cut assumed for the current lender (REFINANCE_STAY_RATE_CUT).',
  })
  stayRateCut!: string;

  @Field(() => RefinanceOptionType, {
    nullable: true,
    description: 'Staying with the current lender at the reduced rate (no prepayment fee).',
  })
  stayWithCurrentLender!: RefinanceOptionType | null;

  @Field(() => [RefinanceOfferType], { description: 'Eligible products, largest lifetime saving first.' })
  offers!: RefinanceOfferType[];

  @Field(() => RefinanceRecommendation, { description: 'What saves the most overall.' })
  best!: RefinanceRecommendation;

  @Field(() => RefinanceProductType, { nullable: true, description: 'The product when switching is best.' })
  bestProduct!: RefinanceProductType | null;
}

@ObjectType('RefinanceApplicationEvent', { description: 'One transition of a refinance application.' })
export class RefinanceApplicationEventType {
  @Field(() => Int, { description: 'Version of the application after this event (1 = submission).' })
  version!: number;

  @Field(() => RefinanceApplicationStatus, {
    nullable: true,
    description: 'Status before; null for the submission.',
  })
  from!: RefinanceApplicationStatus | null;

  @Field(() => RefinanceApplicationStatus, { description: 'Status after.' })
  to!: RefinanceApplicationStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the user who acted (null if since deleted).',
  })
  actorUserId!: string | null;

  @Field(() => Role, { description: 'Role the actor acted in.' })
  actorRole!: Role;

  @Field({ description: 'Reason given.' })
  reason!: string;

  @Field({ description: 'When it happened.' })
  at!: Date;
}

@ObjectType('RefinanceDocument', { description: 'A document attached to a refinance application.' })
export class RefinanceDocumentType {
  @Field(() => ID, { description: 'Opaque global id (use it in the download path).' })
  id!: string;

  @Field({ description: 'File name as uploaded (directories and control characters removed).' })
  fileName!: string;

  @Field({ description: 'Content type recognised from the bytes: application/pdf, image/png or image/jpeg.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes!: number;

  @Field({ description: 'Hex SHA-256 of the bytes.' })
  sha256!: string;

  @Field({ description: 'When it was uploaded.' })
  uploadedAt!: Date;

  @Field({ description: 'Relative URL to GET the file with the same Bearer token.' })
  downloadPath!: string;

  /** Local id of the bytes' image assessment (resolved by the `quality` field). */
  imageAssessmentId!: string | null;
}

@ObjectType('RefinanceApplication', { implements: Node, description: 'An application to refinance a loan.' })
export class RefinanceApplicationType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  localId!: string;
  loanLocalId!: string;
  productLocalId!: string;
  newLoanLocalId!: string | null;

  @Field(() => RefinanceApplicationStatus, { description: 'Current status.' })
  status!: RefinanceApplicationStatus;

  @Field(() => Money, { description: 'Amount to borrow (covers the old balance).' })
  requestedAmount!: Money;

  @Field(() => Int, { description: 'Term of the new loan, months.' })
  termMonths!: number;

  @Field(() => DecimalScalar, {
    description: "Rate offered: the product's band rate for the credit score at submission.",
  })
  offeredRate!: string;

  @Field(() => Int, { description: 'Credit score at submission.' })
  creditScore!: number;

  @Field(() => Int, {
    description: 'Optimistic-lock version; pass it as expectedVersion to transition safely.',
  })
  version!: number;

  @Field({ description: 'Submitted at.' })
  createdAt!: Date;

  @Field({ description: 'Last transition at.' })
  updatedAt!: Date;
}

export const { ConnectionType: RefinanceApplicationConnection } = connectionTypes(
  'RefinanceApplication',
  RefinanceApplicationType,
);

@ObjectType('ApplyForRefinancePayload', { description: 'The submitted application.' })
export class ApplyForRefinancePayload {
  @Field(() => RefinanceApplicationType, { description: 'The application, SUBMITTED.' })
  application!: RefinanceApplicationType;
}

@ObjectType('TransitionRefinanceApplicationPayload', { description: 'The application after the transition.' })
export class TransitionRefinanceApplicationPayload {
  @Field(() => RefinanceApplicationType, { description: 'The application in its new status.' })
  application!: RefinanceApplicationType;
}

@ObjectType('RefinanceNotEligibleError', {
  implements: ErrorResult,
  description: 'The product cannot refinance this loan for this customer; nothing was submitted.',
})
export class RefinanceNotEligibleError implements ErrorResult {
  @Field({ description: 'REFINANCE_NOT_ELIGIBLE.' })
  code!: string;

  @Field({ description: 'Explanation with the figures.' })
  message!: string;

  @Field(() => RefinanceNotEligibleReason, { description: 'Which rule refused it.' })
  reason!: RefinanceNotEligibleReason;
}

@ObjectType('RefinanceApplicationExistsError', {
  implements: ErrorResult,
  description: 'The loan already has an open application; nothing was submitted.',
})
export class RefinanceApplicationExistsError implements ErrorResult {
  @Field({ description: 'REFINANCE_APPLICATION_EXISTS.' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => RefinanceApplicationType, { description: 'The open application.' })
  existing!: RefinanceApplicationType;
}

@ObjectType('IllegalRefinanceTransitionError', {
  implements: ErrorResult,
  description: 'The state machine has no such transition; nothing was changed.',
})
export class IllegalRefinanceTransitionError implements ErrorResult {
  @Field({ description: 'ILLEGAL_REFINANCE_TRANSITION.' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => RefinanceApplicationStatus, { description: 'Current status.' })
  from!: RefinanceApplicationStatus;

  @Field(() => RefinanceApplicationStatus, { description: 'Requested status.' })
  to!: RefinanceApplicationStatus;

  @Field(() => [RefinanceApplicationStatus], { description: 'Statuses you may move it to from here.' })
  allowed!: RefinanceApplicationStatus[];
}

@ObjectType('RefinanceVersionConflictError', {
  implements: ErrorResult,
  description: 'Someone else moved the application first (optimistic lock); nothing was changed.',
})
export class RefinanceVersionConflictError implements ErrorResult {
  @Field({ description: 'REFINANCE_VERSION_CONFLICT.' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => Int, { description: 'The version you acted on.' })
  expectedVersion!: number;

  @Field(() => Int, { description: 'The version now.' })
  currentVersion!: number;

  @Field(() => RefinanceApplicationStatus, { description: 'The status now.' })
  currentStatus!: RefinanceApplicationStatus;
}

@ObjectType('LoanExtraRepaymentEffect', {
  description:
    'What repaying the same extra amount every month on top of the instalment does to a loan (매달 추가 상환): the ' +
    'instalment kept, the extra to principal, so the loan ends early (a bullet loan: the sum due at maturity shrinks); ' +
    'each extra pays the dated prepayment fee on its due date. A calculation, not a booking.',
})
export class LoanExtraRepaymentEffectType {
  @Field(() => LocalDateResolver, { description: 'The day it is computed for (today, KST).' })
  asOf!: string;

  @Field(() => Money, { description: 'The extra repaid every month.' })
  monthlyExtra!: Money;

  @Field(() => Money, { description: 'Principal outstanding today.' })
  balance!: Money;

  @Field(() => Money, { description: 'The next instalment as it is.' })
  paymentBefore!: Money;

  @Field(() => Money, { description: 'The next instalment with the extra.' })
  paymentWithExtra!: Money;

  @Field(() => Int, { description: 'Instalments left as it is.' })
  monthsBefore!: number;

  @Field(() => Int, { description: 'Instalments left with the extras.' })
  monthsAfter!: number;

  @Field(() => Int, { description: 'How much earlier the loan ends: monthsBefore − monthsAfter.' })
  monthsSaved!: number;

  @Field(() => LocalDateResolver, { description: 'The last due date as it is (the maturity).' })
  lastDueDateBefore!: string;

  @Field(() => LocalDateResolver, { description: 'The last due date with the extras.' })
  lastDueDateAfter!: string;

  @Field(() => Money, {
    description: "The last instalment as it is (a bullet loan's principal at maturity).",
  })
  lastPaymentBefore!: Money;

  @Field(() => Money, { description: 'The last instalment with the extras.' })
  lastPaymentAfter!: Money;

  @Field(() => Money, { description: 'Interest no longer due over the rest of the loan (nominal).' })
  interestSaved!: Money;

  @Field(() => Money, {
    description: 'The extras repaid in all (the last may be smaller: never more than is left).',
  })
  extraTotal!: Money;

  @Field(() => Money, { description: 'Prepayment fees on the extras, each on its due date.' })
  prepaymentFees!: Money;

  @Field(() => Money, { description: 'Interest saved minus the fees: interestSaved − prepaymentFees.' })
  netSaving!: Money;
}

@ObjectType('LoanPrepaymentEffect', {
  description:
    'What prepaying an amount today does to a loan (중도상환): the maturity is kept and the instalment re-amortised ' +
    '(Korean banks’ default), with the dated prepayment fee. A calculation, not a booking.',
})
export class LoanPrepaymentEffectType {
  @Field(() => LocalDateResolver, {
    description:
      'The day it is computed for (today, KST; with afterInstallments, that instalment’s due day).',
  })
  asOf!: string;

  @Field(() => Money, { description: 'The amount prepaid.' })
  amount!: Money;

  @Field(() => Money, { description: 'Principal outstanding before the prepayment.' })
  balanceBefore!: Money;

  @Field(() => Money, { description: 'Principal outstanding after it.' })
  balanceAfter!: Money;

  @Field(() => Money, { description: 'The next instalment without the prepayment.' })
  paymentBefore!: Money;

  @Field(() => Money, { description: 'The next instalment after it.' })
  paymentAfter!: Money;

  @Field(() => Money, { description: 'The monthly payment saved: paymentBefore − paymentAfter.' })
  monthlySaving!: Money;

  @Field(() => Money, { description: 'Interest no longer due over the remaining term (nominal).' })
  interestSaved!: Money;

  @Field(() => PrepaymentFeeType, { description: 'The prepayment fee on the amount.' })
  prepaymentFee!: PrepaymentFeeType;

  @Field(() => Money, {
    description: 'Interest saved minus the fee: interestSaved − fee (negative when the fee outweighs it).',
  })
  netSaving!: Money;
}
