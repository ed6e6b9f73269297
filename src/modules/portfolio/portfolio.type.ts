import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Money } from '../../common/graphql/types';
import { HealthBandEnum } from '../insights';

@ObjectType('PortfolioCategorySpending', {
  description: 'Spending of one category in one quarter, all customers.',
})
export class PortfolioCategorySpendingType {
  @Field({ description: 'Spending category (업종 group) code, e.g. FOOD.' })
  categoryCode!: string;

  @Field(() => Money, { description: 'Net spending of the category in the quarter.' })
  amount!: Money;

  @Field(() => Int, { description: 'Card transactions of the category in the quarter.' })
  transactionCount!: number;
}

@ObjectType('PortfolioQuarterSpending', { description: 'Portfolio spending of one quarter.' })
export class PortfolioQuarterSpendingType {
  @Field({ description: 'Quarter label, e.g. 2025Q3.' })
  quarter!: string;

  @Field({
    description:
      'False while the quarter has not ended yet (Korean time): its figures cover it only to date and are not ' +
      'comparable with whole quarters.',
  })
  complete!: boolean;

  @Field(() => Money, { description: 'Net spending of every customer in the quarter.' })
  total!: Money;

  @Field(() => Int, { description: 'Customers with a stored quarter.' })
  customers!: number;

  @Field(() => Int, { description: 'Card transactions in the quarter.' })
  transactionCount!: number;

  @Field(() => [PortfolioCategorySpendingType], { description: 'Spending by category, in display order.' })
  byCategory!: PortfolioCategorySpendingType[];
}

@ObjectType('PortfolioSpendingCategory', { description: 'A spending category that appears in the figures.' })
export class PortfolioSpendingCategoryType {
  @Field({ description: 'Category code, e.g. FOOD.' })
  code!: string;

  @Field({ description: 'Korean name, e.g. 음식.' })
  nameKo!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;
}

@ObjectType('PortfolioSpending', {
  description: 'Card spending of the whole portfolio by quarter and category (from the customer quarters).',
})
export class PortfolioSpendingType {
  @Field(() => [PortfolioQuarterSpendingType], { description: 'The newest stored quarters, oldest first.' })
  quarters!: PortfolioQuarterSpendingType[];

  @Field(() => [PortfolioSpendingCategoryType], {
    description: 'Every category that appears, in display order.',
  })
  categories!: PortfolioSpendingCategoryType[];
}

@ObjectType('HealthBandCount', { description: 'Customers in one health-score band.' })
export class HealthBandCountType {
  @Field(() => HealthBandEnum, { description: 'The band.' })
  band!: HealthBandEnum;

  @Field(() => Int, { description: 'Customers in the band.' })
  count!: number;
}

@ObjectType('ScoreBucketCount', { description: 'Customers whose score falls in [from, to] (inclusive).' })
export class ScoreBucketCountType {
  @Field(() => Int, { description: 'Lowest score of the bucket.' })
  from!: number;

  @Field(() => Int, { description: 'Highest score of the bucket.' })
  to!: number;

  @Field(() => Int, { description: 'Customers in the bucket.' })
  count!: number;
}

@ObjectType('LifeStageCount', { description: 'Customers inferred to be in one life stage.' })
export class LifeStageCountType {
  @Field({ description: 'Life stage code, e.g. EARLY_CAREER.' })
  stage!: string;

  @Field({ description: 'Korean name, e.g. 사회초년생.' })
  nameKo!: string;

  @Field({ description: 'English name.' })
  nameEn!: string;

  @Field(() => Int, { description: 'Customers in the stage.' })
  count!: number;
}

@ObjectType('PortfolioInsights', {
  description:
    'Distribution of the insight engines over one quarter’s customers: health-score bands and histogram, life stages.',
})
export class PortfolioInsightsType {
  @Field(() => String, {
    nullable: true,
    description: 'Quarter label, e.g. 2025Q3; null without stored quarters.',
  })
  quarter!: string | null;

  @Field(() => Int, { description: 'Customers with a stored quarter.' })
  population!: number;

  @Field(() => Int, {
    description: 'Customers evaluated: all, or a deterministic sample of PORTFOLIO_INSIGHTS_MAX_CUSTOMERS.',
  })
  evaluated!: number;

  @Field({ description: 'Whether the figures come from a sample (evaluated < population).' })
  sampled!: boolean;

  @Field(() => Int, { description: 'Evaluated customers without enough data for a health score.' })
  unscored!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean health score of the scored customers (1 decimal).',
  })
  averageHealthScore!: number | null;

  @Field(() => [HealthBandCountType], {
    description: 'Scored customers per band: HEALTHY, COPING, VULNERABLE.',
  })
  healthBands!: HealthBandCountType[];

  @Field(() => [ScoreBucketCountType], { description: 'Scored customers in ten buckets of ten points.' })
  healthScoreHistogram!: ScoreBucketCountType[];

  @Field(() => [LifeStageCountType], { description: 'Evaluated customers per life stage.' })
  lifeStages!: LifeStageCountType[];

  @Field({ description: 'Fingerprint of the data the figures were computed from (the cache key).' })
  dataVersion!: string;

  @Field(() => Date, { description: 'When the figures were computed (a cached result keeps its time).' })
  computedAt!: Date;
}
