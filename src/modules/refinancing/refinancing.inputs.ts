import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { DecimalScalar } from '../../common/graphql/scalars';
import { IsNotBlank, IsPositiveWholeWon } from '../../common/validation';
import { LoanKind } from '../loans';
import { RefinanceApplicationStatus, RefinanceLenderType } from './refinancing.enums';

@InputType({ description: 'Which refinance products to list.' })
export class RefinanceProductFilterInput {
  @Field(() => [RefinanceLenderType], { nullable: true, description: 'Any of these lender types.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(RefinanceLenderType, { each: true })
  lenderTypes?: RefinanceLenderType[];

  @Field(() => LoanKind, { nullable: true, description: 'Only products that refinance this kind of loan.' })
  @IsOptional()
  @IsEnum(LoanKind)
  loanKind?: LoanKind;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Only products on sale (default).',
  })
  @IsOptional()
  activeOnly?: boolean;
}

@InputType({ description: 'Which refinance applications to list.' })
export class RefinanceApplicationFilterInput {
  @Field(() => [RefinanceApplicationStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsEnum(RefinanceApplicationStatus, { each: true })
  statuses?: RefinanceApplicationStatus[];
}

@InputType({ description: 'Apply to refinance a loan with a catalogue product.' })
export class ApplyForRefinanceInput {
  @Field(() => ID, { description: 'Global id of the loan to refinance.' })
  loanId!: string;

  @Field(() => ID, { description: 'Global id of the refinance product.' })
  productId!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Amount to borrow, whole KRW; at least the balance (default: the balance).',
  })
  @IsOptional()
  @IsPositiveWholeWon()
  requestedAmount?: string;

  @Field(() => Int, {
    nullable: true,
    description: "Term in months within the product's limits (default: the remaining term, within them).",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  termMonths?: number;
}

@InputType({ description: 'Move a refinance application to another status.' })
export class TransitionRefinanceApplicationInput {
  @Field(() => ID, { description: 'Global id of the application.' })
  applicationId!: string;

  @Field(() => RefinanceApplicationStatus, { description: 'The status to move to.' })
  @IsEnum(RefinanceApplicationStatus)
  to!: RefinanceApplicationStatus;

  @Field({ description: 'Why (recorded in the event log).' })
  @IsNotBlank()
  @Length(1, 1000)
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you saw; the transition is refused if the application changed since.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@ArgsType()
export class RateBandArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Include bands no longer (or not yet) in force.',
  })
  includeHistory!: boolean;
}
