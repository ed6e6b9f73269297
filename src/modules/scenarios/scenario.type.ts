import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum ScenarioLabelEnum {
  DELINQUENCY_RISK = 'DELINQUENCY_RISK',
  DEBT_BURDEN = 'DEBT_BURDEN',
  LIQUIDITY_SHORTFALL = 'LIQUIDITY_SHORTFALL',
  INCOME_DROP = 'INCOME_DROP',
  OVERSPENDING = 'OVERSPENDING',
  HIGH_INTEREST_REFINANCE = 'HIGH_INTEREST_REFINANCE',
  STABLE_SAVER = 'STABLE_SAVER',
}
registerEnumType(ScenarioLabelEnum, {
  name: 'ScenarioLabel',
  description: 'A counselling scenario (see docs/counselling.md).',
  valuesConfig: {
    DELINQUENCY_RISK: {
      description: 'Risk of (further) delinquency; probability calibrated on labelled data.',
    },
    DEBT_BURDEN: { description: 'Debt service is high against income (DSR above the threshold).' },
    LIQUIDITY_SHORTFALL: { description: 'Savings cover few months of spending.' },
    INCOME_DROP: { description: 'Income fell against the previous quarter.' },
    OVERSPENDING: { description: 'Spending is high against income or grew fast.' },
    HIGH_INTEREST_REFINANCE: { description: 'Opportunity: loans carry a high rate; refinancing may pay.' },
    STABLE_SAVER: { description: 'Healthy: ample savings, low debt service, moderate spending.' },
  },
});

export enum MetricDirectionEnum {
  ABOVE = 'ABOVE',
  BELOW = 'BELOW',
}
registerEnumType(MetricDirectionEnum, {
  name: 'MetricDirection',
  description: 'Which side of the threshold triggers the metric.',
  valuesConfig: {
    ABOVE: { description: 'Triggered when the value is above the threshold.' },
    BELOW: { description: 'Triggered when the value is below the threshold.' },
  },
});

@ObjectType('ScenarioKeyMetric', { description: 'One metric behind a scenario, with its threshold.' })
export class ScenarioKeyMetricType {
  @Field({ description: 'Metric name, e.g. dsr, spendToIncome, maxDaysPastDue.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'The value (null when unknown).' })
  value!: number | null;

  @Field(() => Float, { description: 'The threshold from the threshold set named in thresholdVersion.' })
  threshold!: number;

  @Field(() => MetricDirectionEnum, { description: 'Which side of the threshold triggers.' })
  direction!: MetricDirectionEnum;

  @Field({ description: 'Value known and on the triggering side of the threshold.' })
  triggered!: boolean;
}

@ObjectType('Scenario', { description: 'A counselling scenario with its probability and key metrics.' })
export class ScenarioType {
  @Field(() => ScenarioLabelEnum, { description: 'The scenario.' })
  label!: ScenarioLabelEnum;

  @Field(() => Float, { description: 'Probability 0–1.' })
  probability!: number;

  @Field({
    description:
      'True when the probability is calibrated on labelled data (DELINQUENCY_RISK); false for the documented margin mapping of rule-based scenarios.',
  })
  calibrated!: boolean;

  @Field(() => [ScenarioKeyMetricType], { description: 'The metrics behind the scenario.' })
  keyMetrics!: ScenarioKeyMetricType[];

  @Field({ description: 'Version of the threshold set used, e.g. v3-2026-01-01 or default-2026-11-21.' })
  thresholdVersion!: string;
}

@ObjectType('ScenarioEvaluation', {
  description: 'All scenarios of one evaluation, highest probability first.',
})
export class ScenarioEvaluationType {
  @Field(() => ScenarioType, { nullable: true, description: 'The scenario with the highest probability.' })
  primary!: ScenarioType | null;

  @Field(() => [ScenarioType], { description: 'Every scenario with enough data, highest probability first.' })
  scenarios!: ScenarioType[];

  @Field({ description: 'Version of the threshold set used.' })
  thresholdVersion!: string;
}
