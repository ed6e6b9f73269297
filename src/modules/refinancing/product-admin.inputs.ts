import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../common/graphql/scalars';
import {
  IsAnnualRate,
  IsCalendarDate,
  IsNotBlank,
  IsPositiveWholeWon,
  IsWholeWon,
} from '../../common/validation';
import { LoanKind } from '../loans';
import { RefinanceLenderType, RefinanceRateType } from './refinancing.enums';

@InputType({
  description: 'A rate band: the annual rate for credit scores minScore–maxScore from validFrom.',
})
export class RateBandInput {
  @Field(() => Int, { description: 'Lowest credit score (inclusive, 0–1000).' })
  @IsInt()
  @Min(0)
  @Max(1000)
  minScore!: number;

  @Field(() => Int, { description: 'Highest credit score (inclusive, 0–1000).' })
  @IsInt()
  @Min(0)
  @Max(1000)
  maxScore!: number;

  @Field(() => DecimalScalar, {
    description: 'Annual rate, e.g. "0.0385"; at most the legal maximum of validFrom.',
  })
  @IsAnnualRate()
  annualRate!: string;

  @Field({ description: 'First day the rate applies (YYYY-MM-DD).' })
  @IsCalendarDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Day the rate stops applying (exclusive); null = open.',
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

@InputType({
  description: 'The terms of a refinance product (all of them when creating; any when updating).',
})
class ProductTermsInput {
  @Field({ nullable: true, description: 'Lender offering it.' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 100)
  lender?: string;

  @Field(() => RefinanceLenderType, { nullable: true, description: 'Kind of lender.' })
  @IsOptional()
  @IsEnum(RefinanceLenderType)
  lenderType?: RefinanceLenderType;

  @Field({ nullable: true, description: 'Product name as advertised.' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 200)
  name?: string;

  @Field(() => RefinanceRateType, { nullable: true, description: 'How the rate behaves.' })
  @IsOptional()
  @IsEnum(RefinanceRateType)
  rateType?: RefinanceRateType;

  @Field(() => Int, { nullable: true, description: 'Months the rate is fixed (MIXED only).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  fixedPeriodMonths?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Up-front fixed fee, whole KRW.' })
  @IsOptional()
  @IsWholeWon()
  feeFixed?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Up-front fee as a fraction of the amount (< 0.1).',
  })
  @IsOptional()
  @IsAnnualRate()
  feeRate?: string;

  @Field(() => Int, { nullable: true, description: 'Shortest term in months.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  minTermMonths?: number;

  @Field(() => Int, { nullable: true, description: 'Longest term in months.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  maxTermMonths?: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Largest amount, whole KRW.' })
  @IsOptional()
  @IsPositiveWholeWon()
  maxAmount?: string;

  @Field(() => [LoanKind], { nullable: true, description: 'Loan kinds it can refinance.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(LoanKind, { each: true })
  eligibleLoanKinds?: LoanKind[];

  @Field(() => String, { nullable: true, description: 'Why (kept with the change).' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 500)
  reason?: string;
}

@InputType({ description: 'A new refinance product with its first rate bands (ADMIN).' })
export class CreateRefinanceProductInput extends ProductTermsInput {
  @Field({ description: 'Unique code, 3–40 of A–Z, 0–9 and "-".' })
  @Matches(/^[A-Z0-9-]{3,40}$/, { message: 'code must be 3–40 of A–Z, 0–9 and "-"' })
  code!: string;

  @Field(() => [RateBandInput], { description: 'Rate bands (at least one; none may overlap).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  bands!: RateBandInput[];
}

@InputType({ description: 'Changes to a product’s terms (ADMIN); fields left out are kept.' })
export class UpdateRefinanceProductInput extends ProductTermsInput {
  @Field(() => ID, { description: 'Global id of the product.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; refused with CONFLICT if it changed.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType({ description: 'Take a product off sale from a day (ADMIN).' })
export class RetireRefinanceProductInput {
  @Field(() => ID, { description: 'Global id of the product.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'First day off sale (today or later; default today).' })
  @IsOptional()
  @IsCalendarDate()
  retiredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (kept with the change).' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 500)
  reason?: string;
}

@InputType({ description: 'New rate bands for a product (ADMIN).' })
export class AddRefinanceRateBandsInput {
  @Field(() => ID, { description: 'Global id of the product.' })
  productId!: string;

  @Field(() => [RateBandInput], {
    description: 'Bands to add (none may overlap each other or a stored band).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  bands!: RateBandInput[];

  @Field(() => String, { nullable: true, description: 'Why (kept with the change).' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 500)
  reason?: string;
}

@InputType({ description: 'End a rate band on a day (ADMIN).' })
export class CloseRefinanceRateBandInput {
  @Field(() => ID, { description: 'Global id of the band.' })
  bandId!: string;

  @Field({ description: 'Day the rate stops applying (exclusive; today or later).' })
  @IsCalendarDate()
  validTo!: string;

  @Field(() => String, { nullable: true, description: 'Why (kept with the change).' })
  @IsOptional()
  @IsNotBlank()
  @Length(1, 500)
  reason?: string;
}
