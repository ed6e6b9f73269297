import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';

const QUARTER = /^\d{4}Q[1-4]$/;

@InputType({ description: "Which of a card's transactions to list." })
export class CardTransactionFilterInput {
  @Field(() => String, { nullable: true, description: 'Only this quarter (KST), e.g. 2025Q3.' })
  @IsOptional()
  @Matches(QUARTER, { message: 'quarter must look like 2025Q3' })
  quarter?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this spending category code, e.g. FOOD.' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z_]{0,39}$/, { message: 'category must be a category code like FOOD' })
  category?: string | null;
}

@InputType({ description: 'Recompute customer quarters from card transactions.' })
export class RecomputeQuarterInput {
  @Field({ description: 'The quarter, e.g. 2025Q3.' })
  @Matches(QUARTER, { message: 'quarter must look like 2025Q3' })
  quarter!: string;

  @Field(() => [ID], { nullable: true, description: 'Only these customers (default: every customer).' })
  @IsOptional()
  @ArrayMaxSize(10_000)
  customerIds?: string[] | null;
}
