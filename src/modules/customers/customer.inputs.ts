import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../common/graphql/scalars';
import { IsCalendarDate, IsWholeWon } from '../../common/validation';
import { Employment, Gender, Region } from './customer.enums';

const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u;

@InputType({ description: 'A new customer.' })
export class CreateCustomerInput {
  @Field({ description: 'Full name, 1–100 letters.' })
  @Length(1, 100)
  @Matches(NAME_PATTERN, { message: 'name must contain letters only (spaces, dots, hyphens allowed)' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string | null;

  @Field(() => LocalDateResolver, { description: 'Date of birth (YYYY-MM-DD); customers are 14 or older.' })
  @IsCalendarDate()
  birthDate!: string;

  @Field(() => Gender, { description: 'Gender.' })
  @IsEnum(Gender)
  gender!: Gender;

  @Field(() => Region, { description: 'Region of residence.' })
  @IsEnum(Region)
  region!: Region;

  @Field(() => Int, { description: 'People in the household (1–20).' })
  @IsInt()
  @Min(1)
  @Max(20)
  householdSize!: number;

  @Field(() => Employment, { description: 'Employment status.' })
  @IsEnum(Employment)
  employment!: Employment;

  @Field(() => DecimalScalar, { description: 'Annual income before tax, whole KRW (e.g. "42000000").' })
  @IsWholeWon()
  annualIncome!: string;

  @Field(() => Int, { description: 'Credit score on the 1–1000 scale.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  creditScore!: number;
}

@InputType({
  description:
    'The profile a customer declares when registering. Income and credit score are not self-declared: they start ' +
    'unverified (income 0, score 0) and only staff set them, so nothing a registrant types feeds offers or limits.',
})
export class RegisterProfileInput {
  @Field({ description: 'Full name, 1–100 letters.' })
  @Length(1, 100)
  @Matches(NAME_PATTERN, { message: 'name must contain letters only (spaces, dots, hyphens allowed)' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'Date of birth (YYYY-MM-DD); customers are 14 or older.' })
  @IsCalendarDate()
  birthDate!: string;

  @Field(() => Gender, { description: 'Gender.' })
  @IsEnum(Gender)
  gender!: Gender;

  @Field(() => Region, { description: 'Region of residence.' })
  @IsEnum(Region)
  region!: Region;

  @Field(() => Int, { description: 'People in the household (1–20).' })
  @IsInt()
  @Min(1)
  @Max(20)
  householdSize!: number;

  @Field(() => Employment, { description: 'Employment status.' })
  @IsEnum(Employment)
  employment!: Employment;
}

@InputType({ description: 'Changes to a customer; omitted fields stay as they are.' })
export class UpdateCustomerInput {
  @Field(() => ID, { description: 'Global id of the customer.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(1, 100)
  @Matches(NAME_PATTERN, { message: 'name must contain letters only (spaces, dots, hyphens allowed)' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email?: string;

  @Field(() => Region, { nullable: true, description: 'Region of residence.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => Int, { nullable: true, description: 'People in the household (1–20).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  householdSize?: number;

  @Field(() => Employment, { nullable: true, description: 'Employment status.' })
  @IsOptional()
  @IsEnum(Employment)
  employment?: Employment;

  @Field(() => DecimalScalar, { nullable: true, description: 'Annual income before tax, whole KRW.' })
  @IsOptional()
  @IsWholeWon()
  annualIncome?: string;

  @Field(() => Int, { nullable: true, description: 'Credit score (staff only).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  creditScore?: number;
}

@InputType({ description: 'Filters for the customer list; all given conditions must hold.' })
export class CustomerFilterInput {
  @Field(() => [Region], { nullable: true, description: 'Any of these regions.' })
  @IsOptional()
  @ArrayMaxSize(17)
  @IsEnum(Region, { each: true })
  regions?: Region[];

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => [Employment], { nullable: true, description: 'Any of these employment statuses.' })
  @IsOptional()
  @ArrayMaxSize(8)
  @IsEnum(Employment, { each: true })
  employments?: Employment[];

  @Field(() => Int, { nullable: true, description: 'Minimum age in years.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: 'Maximum age in years.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  maxAge?: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Minimum annual income, whole KRW.' })
  @IsOptional()
  @IsWholeWon()
  minAnnualIncome?: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Maximum annual income, whole KRW.' })
  @IsOptional()
  @IsWholeWon()
  maxAnnualIncome?: string;

  @Field(() => Int, { nullable: true, description: 'Minimum credit score.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  minCreditScore?: number;

  @Field(() => Int, { nullable: true, description: 'Maximum credit score.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  maxCreditScore?: number;
}
