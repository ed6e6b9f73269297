import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InsightModelRefType, LifeStageSourceEnum } from './insight-models.type';

export enum HealthBandEnum {
  HEALTHY = 'HEALTHY',
  COPING = 'COPING',
  VULNERABLE = 'VULNERABLE',
}
registerEnumType(HealthBandEnum, {
  name: 'HealthBand',
  description: 'Financial health band of a score (docs/insights.md).',
  valuesConfig: {
    HEALTHY: { description: 'Score 80–100.' },
    COPING: { description: 'Score 40–79.' },
    VULNERABLE: { description: 'Score 0–39.' },
  },
});

export enum LoanRiskBandEnum {
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
  VERY_HIGH = 'VERY_HIGH',
}
registerEnumType(LoanRiskBandEnum, {
  name: 'LoanRiskBand',
  description: 'Band of a loan-risk probability (docs/insights.md).',
  valuesConfig: {
    LOW: { description: 'Probability below 10 %.' },
    MODERATE: { description: 'Probability 10 % to below 25 %.' },
    HIGH: { description: 'Probability 25 % to below 50 %.' },
    VERY_HIGH: { description: 'Probability 50 % or more.' },
  },
});

export enum InsightLanguageEnum {
  KO = 'KO',
  EN = 'EN',
}
registerEnumType(InsightLanguageEnum, {
  name: 'InsightLanguage',
  description: 'Language of an insight text.',
  valuesConfig: { KO: { description: 'Korean.' }, EN: { description: 'English.' } },
});

@ObjectType('HealthComponent', { description: 'One indicator of the financial health score.' })
export class HealthComponentType {
  @Field({ description: 'Pillar of the indicator: SPEND, SAVE, BORROW or PLAN.' })
  pillar!: string;

  @Field({ description: 'Indicator code, e.g. SPEND_VS_INCOME, LIQUID_SAVINGS, DEBT_SERVICE.' })
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Measured value (ratio, months, days or flag); null when missing.',
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Indicator score 0–100; null when excluded for missing data.',
  })
  score!: number | null;

  @Field(() => Float, { description: 'Nominal weight (all indicators sum to 1).' })
  weight!: number;

  @Field(() => Float, { description: 'Weight actually used after renormalising over indicators with data.' })
  usedWeight!: number;

  @Field({ description: 'Why the indicator scored as it did (English).' })
  note!: string;
}

@ObjectType('HealthScore', {
  description: "A customer quarter's financial health score (FinHealth-style, 0–100).",
})
export class HealthScoreType {
  @Field(() => Int, { nullable: true, description: 'Score 0–100; null when no indicator had data.' })
  score!: number | null;

  @Field(() => HealthBandEnum, {
    nullable: true,
    description: 'Band of the score; null when there is no score.',
  })
  band!: HealthBandEnum | null;

  @Field({ description: 'The quarter scored, e.g. 2025Q3.' })
  quarter!: string;

  @Field(() => Float, { description: 'Share of the nominal weight that had data (1 = complete).' })
  coverage!: number;

  @Field(() => [HealthComponentType], { description: 'The indicators, with values, scores and weights.' })
  components!: HealthComponentType[];

  @Field({ description: 'How the score was reached (English sentences).' })
  explanation!: string;
}

@ObjectType('LifeStageInference', { description: "The customer's inferred life stage for a quarter." })
export class LifeStageType {
  @Field({ description: 'Life stage code, e.g. EARLY_CAREER, CHILD_RAISING, RETIRED.' })
  stage!: string;

  @Field(() => Float, { description: 'Confidence in [0, 1].' })
  confidence!: number;

  @Field(() => [String], { description: 'The reasons that produced the stage (English).' })
  reasons!: string[];

  @Field({ description: 'The quarter the stage was inferred from, e.g. 2025Q3.' })
  quarter!: string;

  @Field(() => LifeStageSourceEnum, {
    description: 'INFERRED by the rules, or FEEDBACK (a stored correction).',
  })
  source!: LifeStageSourceEnum;

  @Field({ description: 'What the rules alone say (equal to stage unless feedback overrode it).' })
  inferredStage!: string;

  @Field(() => Date, { nullable: true, description: 'When the feedback that set the stage was given.' })
  feedbackAt!: Date | null;

  @Field(() => InsightModelRefType, { description: 'The life-stage thresholds version used.' })
  model!: InsightModelRefType;
}

@ObjectType('LoanRiskFactor', { description: 'One factor of the loan-risk scorecard.' })
export class LoanRiskFactorType {
  @Field({ description: 'Feature name, e.g. delinquencyMonths, dsr, spendGrowth.' })
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The feature value; null when unknown (the mean is assumed).',
  })
  value!: number | null;

  @Field(() => Float, { description: 'Contribution to the log-odds.' })
  contribution!: number;
}

@ObjectType('LoanRisk', { description: 'Scorecard probability that the customer falls into arrears.' })
export class LoanRiskType {
  @Field(() => Float, { description: 'Probability in [0, 1].' })
  probability!: number;

  @Field(() => LoanRiskBandEnum, { description: 'Band of the probability.' })
  band!: LoanRiskBandEnum;

  @Field({ description: 'The quarter scored, e.g. 2025Q3.' })
  quarter!: string;

  @Field({ description: 'Scorecard model version.' })
  modelVersion!: string;

  @Field(() => [LoanRiskFactorType], { description: 'Factors and their log-odds contributions.' })
  factors!: LoanRiskFactorType[];
}
