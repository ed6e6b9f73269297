import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../common/graphql/scalars';
import { IsAnnualRate, IsCalendarDate, IsPositiveWholeWon, IsWholeWon } from '../../common/validation';
import { Region } from '../customers';
import { LenderType, LoanKind, RateType, RepaymentMethod } from './loan.enums';
import { AdviceGoal, LoanPurpose } from './simulation';

const SIGNED_RATIO = /^-?\d{1,3}(\.\d{1,6})?$/;

@InputType('SimulatedExistingLoanInput', {
  description: 'An existing debt given explicitly (instead of the stored loans).',
})
export class ExistingLoanInputType {
  @Field({ description: 'Your id for the debt (used by scenarios and advice).' })
  @Length(1, 64)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Label used in advice messages.' })
  @IsOptional()
  @Length(1, 100)
  label?: string;

  @Field(() => LoanKind, { description: 'Kind.' })
  @IsEnum(LoanKind)
  kind!: LoanKind;

  @Field(() => DecimalScalar, { description: 'Outstanding balance, whole KRW.' })
  @IsWholeWon()
  balance!: string;

  @Field(() => DecimalScalar, { description: 'Annual rate, e.g. "0.0520".' })
  @IsAnnualRate()
  annualRate!: string;

  @Field(() => RepaymentMethod, { description: 'Repayment method.' })
  @IsEnum(RepaymentMethod)
  repaymentMethod!: RepaymentMethod;

  @Field(() => Int, { nullable: true, description: 'Months left.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  remainingMonths?: number;

  @Field(() => RateType, { nullable: true, description: 'Rate type.' })
  @IsOptional()
  @IsEnum(RateType)
  rateType?: RateType;

  @Field(() => DecimalScalar, { nullable: true, description: 'Actual annual debt service if known.' })
  @IsOptional()
  @IsWholeWon()
  annualDebtService?: string;

  @Field(() => Boolean, { nullable: true, description: 'Secured on the collateral of the new loan (LTV).' })
  @IsOptional()
  @IsBoolean()
  securedByCollateral?: boolean;
}

@InputType('SimulatedNewLoanInput', { description: 'The loan the customer wants.' })
export class NewLoanInputType {
  @Field(() => LoanKind, { description: 'Kind.' })
  @IsEnum(LoanKind)
  kind!: LoanKind;

  @Field(() => Int, { description: 'Term in months.' })
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @Field(() => RepaymentMethod, { description: 'Repayment method.' })
  @IsEnum(RepaymentMethod)
  repaymentMethod!: RepaymentMethod;

  @Field(() => RateType, { description: 'Rate type.' })
  @IsEnum(RateType)
  rateType!: RateType;

  @Field(() => DecimalScalar, { description: 'Annual rate, e.g. "0.0450".' })
  @IsAnnualRate()
  annualRate!: string;

  @Field(() => Int, { nullable: true, description: 'Fixed period (MIXED, PERIODIC_RESET).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  fixedPeriodMonths?: number;

  @Field(() => LoanPurpose, { nullable: true, description: 'Mortgage purpose.' })
  @IsOptional()
  @IsEnum(LoanPurpose)
  purpose?: LoanPurpose;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount wanted (the default advice target).' })
  @IsOptional()
  @IsPositiveWholeWon()
  requestedAmount?: string;
}

@InputType('SimulatedCollateralInput', { description: 'Collateral for an LTV check.' })
export class CollateralInputType {
  @Field(() => DecimalScalar, { description: 'Appraised value, whole KRW.' })
  @IsPositiveWholeWon()
  value!: string;

  @Field(() => DecimalScalar, { description: 'LTV ratio, e.g. "0.70".' })
  @Matches(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, { message: 'ltvRatio must be between 0 and 1, e.g. "0.70"' })
  ltvRatio!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Other senior claims on the collateral.' })
  @IsOptional()
  @IsWholeWon()
  otherSeniorClaims?: string;
}

@InputType('SimulatedCardDebtInput', { description: 'Revolving card debt.' })
export class CardDebtInputType {
  @Field(() => DecimalScalar, { description: 'Revolving balance, whole KRW.' })
  @IsWholeWon()
  revolvingBalance!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Annual rate (default 17 %).' })
  @IsOptional()
  @IsAnnualRate()
  annualRate?: string;
}

@InputType('LoanRepaymentScenarioInput', { description: 'Repay an existing loan in a scenario.' })
export class LoanRepaymentScenarioInput {
  @Field({ description: 'Global id of a stored loan, or the id of an explicit debt.' })
  @Length(1, 200)
  loanId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount repaid (omit to repay in full).' })
  @IsOptional()
  @IsPositiveWholeWon()
  amount?: string;
}

@InputType('CardDebtRepaymentScenarioInput', { description: 'Repay card debt in a scenario.' })
export class CardDebtRepaymentScenarioInput {
  @Field(() => DecimalScalar, { nullable: true, description: 'Amount repaid (omit to repay in full).' })
  @IsOptional()
  @IsPositiveWholeWon()
  amount?: string;
}

@InputType('WhatIfScenarioInput', { description: 'A combination of changes to evaluate.' })
export class WhatIfScenarioInputType {
  @Field({ description: 'Your id for the scenario.' })
  @Length(1, 64)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Label.' })
  @IsOptional()
  @Length(1, 100)
  label?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Income change, e.g. "0.10" for +10 %.' })
  @IsOptional()
  @Matches(SIGNED_RATIO, { message: 'incomeChangeRatio must be a decimal like "0.10" or "-0.05"' })
  incomeChangeRatio?: string;

  @Field(() => [LoanRepaymentScenarioInput], { nullable: true, description: 'Loans repaid.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  loanRepayments?: LoanRepaymentScenarioInput[];

  @Field(() => CardDebtRepaymentScenarioInput, { nullable: true, description: 'Card debt repaid.' })
  @IsOptional()
  @ValidateNested()
  cardDebtRepayment?: CardDebtRepaymentScenarioInput;

  @Field(() => DecimalScalar, { nullable: true, description: 'Change of the new loan rate, e.g. "-0.01".' })
  @IsOptional()
  @Matches(SIGNED_RATIO, { message: 'newLoanRateDelta must be a decimal like "-0.01"' })
  newLoanRateDelta?: string;
}

@InputType('LoanLimitAdviceInput', {
  description: 'Ask for the smallest change that reaches a target limit.',
})
export class AdviceRequestInputType {
  @Field(() => String, { nullable: true, description: 'Your id for the request.' })
  @IsOptional()
  @Length(1, 64)
  id?: string;

  @Field(() => AdviceGoal, { description: 'The lever.' })
  @IsEnum(AdviceGoal)
  goal!: AdviceGoal;

  @Field(() => String, { nullable: true, description: 'Loan to repay (REPAY_LOAN).' })
  @IsOptional()
  @Length(1, 200)
  loanId?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Target limit (default: the requested amount).',
  })
  @IsOptional()
  @IsPositiveWholeWon()
  targetLimit?: string;
}

@InputType({
  description:
    "A loan-limit simulation: a stored customer's data, explicit figures, or both (explicit wins).",
})
export class SimulateLoanLimitInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Customer to simulate for (a CUSTOMER defaults to themselves).',
  })
  @IsOptional()
  customerId?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Annual income, whole KRW (default: the customer's).",
  })
  @IsOptional()
  @IsWholeWon()
  annualIncome?: string;

  @Field(() => Int, { nullable: true, description: "Credit score (default: the customer's)." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  creditScore?: number;

  @Field(() => Region, { nullable: true, description: "Region (default: the customer's)." })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => LenderType, {
    defaultValue: LenderType.BANK,
    description: 'Lender type (DSR cap 40 % bank, 50 % non-bank).',
  })
  @IsEnum(LenderType)
  lenderType!: LenderType;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Date of the rules to apply (default: today in Korea).',
  })
  @IsOptional()
  @IsCalendarDate()
  evaluationDate?: string;

  @Field(() => [ExistingLoanInputType], {
    nullable: true,
    description: "Existing debts (default: the customer's active loans).",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  existingLoans?: ExistingLoanInputType[];

  @Field(() => CardDebtInputType, { nullable: true, description: 'Revolving card debt.' })
  @IsOptional()
  @ValidateNested()
  cardDebt?: CardDebtInputType;

  @Field(() => NewLoanInputType, { description: 'The loan wanted.' })
  @ValidateNested()
  newLoan!: NewLoanInputType;

  @Field(() => CollateralInputType, { nullable: true, description: 'Collateral for an LTV check.' })
  @IsOptional()
  @ValidateNested()
  collateral?: CollateralInputType;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Round the limit down to this unit (default 1 won).',
  })
  @IsOptional()
  @IsPositiveWholeWon()
  roundingUnit?: string;

  @Field(() => [WhatIfScenarioInputType], { nullable: true, description: 'What-if scenarios.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  scenarios?: WhatIfScenarioInputType[];

  @Field(() => [AdviceRequestInputType], { nullable: true, description: 'Advice requests.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  advice?: AdviceRequestInputType[];
}
