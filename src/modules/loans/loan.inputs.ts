import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, Length, Max, Min, MaxLength, ArrayMaxSize } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../common/graphql/scalars';
import {
  IsAnnualRate,
  IsCalendarDate,
  IsNotBlank,
  IsPositiveWholeWon,
  IsWholeWon,
} from '../../common/validation';
import {
  InterestConvention,
  LenderType,
  LoanKind,
  LoanStatus,
  RateType,
  RepaymentKind,
  RepaymentMethod,
} from './loan.enums';

@InputType({ description: 'A new loan (staff).' })
export class CreateLoanInput {
  @Field(() => ID, { description: 'Global id of the borrowing customer.' })
  customerId!: string;

  @Field(() => LoanKind, { description: 'Kind of loan.' })
  @IsEnum(LoanKind)
  kind!: LoanKind;

  @Field(() => RepaymentMethod, { description: 'Repayment method.' })
  @IsEnum(RepaymentMethod)
  repaymentMethod!: RepaymentMethod;

  @Field(() => RateType, { description: 'Rate type.' })
  @IsEnum(RateType)
  rateType!: RateType;

  @Field(() => Int, { nullable: true, description: 'Fixed period in months (MIXED, PERIODIC_RESET).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  fixedPeriodMonths?: number;

  @Field(() => InterestConvention, {
    defaultValue: InterestConvention.MONTHLY,
    description: 'Interest convention.',
  })
  @IsEnum(InterestConvention)
  interestConvention!: InterestConvention;

  @Field({ description: 'Lender name.' })
  @IsNotBlank()
  @Length(1, 100)
  lender!: string;

  @Field(() => LenderType, { description: 'Bank or non-bank.' })
  @IsEnum(LenderType)
  lenderType!: LenderType;

  @Field(() => DecimalScalar, { description: 'Amount disbursed, whole KRW.' })
  @IsPositiveWholeWon()
  principal!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Credit line of an overdraft, whole KRW.' })
  @IsOptional()
  @IsWholeWon()
  creditLimit?: string;

  @Field(() => DecimalScalar, { description: 'Annual rate as a decimal, e.g. "0.0450".' })
  @IsAnnualRate()
  annualRate!: string;

  @Field(() => Int, { description: 'Term in months (1–600).' })
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Interest-only months at the start.' })
  @IsInt()
  @Min(0)
  @Max(599)
  graceMonths!: number;

  @Field(() => LocalDateResolver, {
    description: 'Disbursement date, at most 12 months after today (Korean time).',
  })
  @IsCalendarDate()
  disbursedOn!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Collateral value, whole KRW.' })
  @IsOptional()
  @IsWholeWon()
  collateralValue?: string;
}

@InputType({ description: 'A new rate for a variable, mixed or periodic-reset loan from an instalment on.' })
export class ResetLoanRateInput {
  @Field(() => ID, { description: 'Global id of the loan.' })
  loanId!: string;

  @Field(() => DecimalScalar, { description: 'New annual rate as a decimal, e.g. "0.0475".' })
  @IsAnnualRate()
  annualRate!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'First instalment at the new rate (default: the next unpaid one). Paid instalments never change.',
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(600)
  fromInstallment?: number;
}

@InputType({ description: 'A repayment to record against a loan.' })
export class RecordRepaymentInput {
  @Field(() => ID, { description: 'Global id of the loan.' })
  loanId!: string;

  @Field({ description: 'Client-chosen key; repeating it returns the first result instead of paying twice.' })
  @Length(1, 128)
  idempotencyKey!: string;

  @Field(() => RepaymentKind, {
    description: 'REGULAR instalment, PARTIAL, FULL payoff or PREPAYMENT of principal.',
  })
  @IsEnum(RepaymentKind)
  kind!: RepaymentKind;

  @Field(() => DecimalScalar, {
    description:
      'Amount paid, whole KRW. For PREPAYMENT: the principal to prepay (the prepayment fee is added); ' +
      'for FULL: exactly the payoff amount.',
  })
  @IsPositiveWholeWon()
  amount!: string;

  @Field(() => LocalDateResolver, {
    description:
      'Value date: the day it was paid, today (Korean time) or earlier — a day to come is refused.',
  })
  @IsCalendarDate()
  paidOn!: string;
}

export enum LoanOrderField {
  CREATED_AT = 'CREATED_AT',
  PRINCIPAL = 'PRINCIPAL',
  DISBURSED_ON = 'DISBURSED_ON',
}
registerEnumType(LoanOrderField, {
  name: 'LoanOrderField',
  valuesConfig: {
    CREATED_AT: { description: 'When the loan was recorded.' },
    DISBURSED_ON: { description: 'Disbursement date.' },
    PRINCIPAL: { description: 'Original principal.' },
  },
  description: 'Sort keys for the loan list.',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  valuesConfig: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
  description: 'Sort direction.',
});

@InputType({ description: 'Sort order of the loan list.' })
export class LoanOrderInput {
  @Field(() => LoanOrderField, { description: 'Sort key.' })
  @IsEnum(LoanOrderField)
  field!: LoanOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@InputType({ description: 'Filters for the loan list; all given conditions must hold.' })
export class LoanFilterInput {
  @Field(() => [LoanKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(LoanKind, { each: true })
  kinds?: LoanKind[];

  @Field(() => [LoanStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsEnum(LoanStatus, { each: true })
  statuses?: LoanStatus[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only loans with (true) or without (false) an overdue instalment.',
  })
  @IsOptional()
  delinquent?: boolean;

  @Field(() => String, { nullable: true, description: 'Lender name (exact).' })
  @IsOptional()
  @MaxLength(100)
  lender?: string;
}
