import { Field, Float, InputType, Int } from 'type-graphql';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { DecimalScalar } from '../../common/graphql/scalars';
import { IsWholeWon } from '../../common/validation';

// What-if metrics. Ratios are fractions (0.4 = 40 %); unknown metrics are left out (null).
@InputType('ScenarioMetricsInput', {
  description: 'Metrics for a what-if scenario evaluation (no stored customer).',
})
export class ScenarioMetricsInput {
  @Field(() => Float, { nullable: true, description: 'Card balance ÷ card limit (0–5).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(5)
  cardUtilisation?: number | null;

  @Field(() => Int, { defaultValue: 0, description: 'Largest days past due over the loans (0–3650).' })
  @IsInt()
  @Min(0)
  @Max(3650)
  maxDaysPastDue!: number;

  @Field(() => DecimalScalar, { defaultValue: '0', description: 'Overdue amount, whole KRW (≥ 0).' })
  @IsWholeWon()
  overdueAmount!: string;

  @Field(() => DecimalScalar, {
    defaultValue: '0',
    description: 'Outstanding loan balance, whole KRW (≥ 0).',
  })
  @IsWholeWon()
  loanBalance!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Balance-weighted annual loan rate (0.052 = 5.2 %, 0–1).',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  weightedLoanRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'Debt-service ratio (0–20).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(20)
  dsr?: number | null;

  @Field(() => Float, { nullable: true, description: 'Spending change vs the previous quarter (−1–100).' })
  @IsOptional()
  @IsNumber()
  @Min(-1)
  @Max(100)
  spendQoqChange?: number | null;

  @Field(() => Float, { nullable: true, description: 'Quarter spending ÷ quarter income (0–100).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  spendToIncome?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of spending at night (0–1).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  nightShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of spending abroad (0–1).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  overseasShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of spending online (0–1).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  onlineShare?: number | null;

  @Field(() => Float, { nullable: true, description: 'Income change vs the previous quarter (−1–100).' })
  @IsOptional()
  @IsNumber()
  @Min(-1)
  @Max(100)
  incomeChange?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Savings (deposit) balance, whole KRW (≥ 0).' })
  @IsOptional()
  @IsWholeWon()
  savingsBalance?: string | null;

  @Field(() => Float, { nullable: true, description: 'Savings ÷ monthly spending, in months (0–1200).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1200)
  liquidityMonths?: number | null;
}
