import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Money } from '../../common/graphql/types';
import { CustomerType } from '../customers';
import { LIFE_STAGES } from './life-stage/life-stage';

export enum InsightModelKindEnum {
  LIFE_STAGE_THRESHOLDS = 'LIFE_STAGE_THRESHOLDS',
  CLUSTERS = 'CLUSTERS',
  ISOLATION_FOREST = 'ISOLATION_FOREST',
  PEER_PERCENTILES = 'PEER_PERCENTILES',
  FRAUD_SUPERVISED = 'FRAUD_SUPERVISED',
}
registerEnumType(InsightModelKindEnum, {
  name: 'InsightModelKind',
  description: 'Kind of stored insight model (refit by the insights.refit job, docs/insights.md).',
  valuesConfig: {
    LIFE_STAGE_THRESHOLDS: { description: 'Life-stage rule thresholds, adjusted by feedback.' },
    CLUSTERS: { description: 'k-means centroids and scaler over quarterly spending features.' },
    ISOLATION_FOREST: { description: 'Transaction anomaly model (isolation forest + rule settings).' },
    PEER_PERCENTILES: { description: 'Peer-group value distributions (age band × region × life stage).' },
    FRAUD_SUPERVISED: {
      description:
        'Supervised fraud model (logistic regression + boosted trees on windowed features), trained on resolved fraud cases.',
    },
  },
});

export enum LifeStageSourceEnum {
  INFERRED = 'INFERRED',
  FEEDBACK = 'FEEDBACK',
}
registerEnumType(LifeStageSourceEnum, {
  name: 'LifeStageSource',
  description: 'Where a life stage comes from.',
  valuesConfig: {
    INFERRED: { description: 'Inferred by the rules (with the stored thresholds).' },
    FEEDBACK: { description: 'From the latest life-stage feedback (a correction or confirmation).' },
  },
});

export enum PeerGroupLevelEnum {
  AGE_REGION_STAGE = 'AGE_REGION_STAGE',
  AGE_REGION = 'AGE_REGION',
  AGE = 'AGE',
}
registerEnumType(PeerGroupLevelEnum, {
  name: 'PeerGroupLevel',
  description: 'How narrow the peer group is (it widens when too small).',
  valuesConfig: {
    AGE_REGION_STAGE: { description: 'Same 10-year age band, region and life stage.' },
    AGE_REGION: { description: 'Same age band and region.' },
    AGE: { description: 'Same age band.' },
  },
});

export enum RecommendationOutcomeEnum {
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
  CONVERTED = 'CONVERTED',
}
registerEnumType(RecommendationOutcomeEnum, {
  name: 'RecommendationOutcome',
  description: 'What became of a served recommendation.',
  valuesConfig: {
    ACCEPTED: { description: 'The customer showed interest (clicked, started an application).' },
    DISMISSED: { description: 'The customer dismissed it.' },
    CONVERTED: { description: 'The customer took the product (it then counts as held).' },
  },
});

@ObjectType('InsightModelRef', { description: 'The stored model version a result used.' })
export class InsightModelRefType {
  @Field(() => InsightModelKindEnum, { description: 'Kind of model.' })
  kind!: InsightModelKindEnum;

  @Field({ description: 'Version name, e.g. CLUSTERS-v3-1a2b3c4d5e6f; "default" when none is stored.' })
  version!: string;

  @Field(() => Date, { nullable: true, description: 'When the version was fitted; null for the default.' })
  fittedAt!: Date | null;

  @Field({ description: 'True when no version is stored and the documented default was used.' })
  fallback!: boolean;
}

@ObjectType('InsightModelVersion', { description: 'A stored insight model version (staff).' })
export class InsightModelVersionType {
  @Field(() => InsightModelKindEnum, { description: 'Kind of model.' })
  kind!: InsightModelKindEnum;

  @Field({ description: 'Version name.' })
  version!: string;

  @Field(() => Int, { description: 'Number of the version within its kind (the highest is active).' })
  number!: number;

  @Field({ description: 'When it was fitted.' })
  fittedAt!: Date;

  @Field({ description: 'Training summary as JSON text (quarter, customers, transactions, feedback…).' })
  training!: string;

  @Field({ description: 'Whether it is the active (newest) version of its kind.' })
  active!: boolean;
}

@ObjectType('ClusterFeature', { description: 'A standardised feature value (z-score) of a customer.' })
export class ClusterFeatureType {
  @Field({ description: 'Feature name, e.g. onlineShare, logTotalSpend.' })
  feature!: string;

  @Field(() => Float, { description: 'Standard deviations from the portfolio mean.' })
  z!: number;
}

@ObjectType('CustomerCluster', {
  description: "The customer's spending cluster in the stored cluster model.",
})
export class CustomerClusterType {
  // `number`, not `id`: it repeats across model versions and the object holds this customer's distance, so an
  // `id` would make normalising caches merge different customers' clusters.
  @Field(() => Int, { name: 'number', description: 'Cluster number (0-based) within the model version.' })
  id!: number;

  @Field({ description: "Label from the cluster centre's most distinctive features." })
  label!: string;

  @Field(() => Float, { description: 'Euclidean distance to the cluster centre in the standardised space.' })
  distance!: number;

  @Field(() => Int, { description: 'Customers in the cluster when the model was fitted.' })
  size!: number;

  @Field({ description: 'Quarter of the features assigned, e.g. 2025Q3.' })
  quarter!: string;

  @Field(() => [ClusterFeatureType], { description: "The customer's three most distinctive features." })
  distinctive!: ClusterFeatureType[];

  @Field(() => InsightModelRefType, { description: 'The cluster model version used.' })
  model!: InsightModelRefType;
}

@ObjectType('SimilarCustomer', {
  description: 'A nearest neighbour. Customers see anonymised peers (customer null); staff see who it is.',
})
export class SimilarCustomerType {
  @Field(() => Int, { description: '1 = nearest.' })
  rank!: number;

  @Field(() => Float, { description: 'Euclidean distance in the cluster model’s standardised space.' })
  distance!: number;

  @Field(() => Int, { description: "The neighbour's cluster." })
  cluster!: number;

  @Field(() => CustomerType, {
    nullable: true,
    description: 'The neighbour (staff only; null for customers).',
  })
  customer!: CustomerType | null;
}

@ObjectType('SimilarCustomers', { description: 'Nearest neighbours in the stored cluster model.' })
export class SimilarCustomersType {
  @Field(() => [SimilarCustomerType], { description: 'Neighbours, nearest first (ties by id).' })
  neighbours!: SimilarCustomerType[];

  @Field({ description: 'True when the viewer is a customer: neighbours are anonymised.' })
  anonymised!: boolean;

  @Field(() => InsightModelRefType, { description: 'The cluster model version used.' })
  model!: InsightModelRefType;
}

@ObjectType('PeerPercentile', { description: "The customer's percentile for one metric in the peer group." })
export class PeerPercentileType {
  @Field({ description: 'Metric, e.g. TOTAL_SPEND, ONLINE_SHARE, SPEND_TO_INCOME, HEALTH_SCORE.' })
  metric!: string;

  @Field(() => Float, { description: "The customer's value (won for amounts, fractions for shares)." })
  value!: number;

  @Field(() => Float, { description: 'Mid-rank percentile 0–100 (ties share one value).' })
  percentile!: number;

  @Field(() => Float, { nullable: true, description: "The group's median (without the customer)." })
  groupMedian!: number | null;

  @Field(() => Int, { description: 'Peers with this metric, the customer included.' })
  groupSize!: number;
}

@ObjectType('PeerComparison', { description: 'Percentiles within age band × region × life stage.' })
export class PeerComparisonType {
  @Field({ description: 'Quarter compared, e.g. 2025Q3.' })
  quarter!: string;

  @Field(() => PeerGroupLevelEnum, { description: 'Level of the group used.' })
  level!: PeerGroupLevelEnum;

  @Field({ description: "Age band, e.g. '30s'." })
  ageBand!: string;

  @Field(() => String, { nullable: true, description: 'Region (null at level AGE).' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'Life stage (only at level AGE_REGION_STAGE).' })
  lifeStage!: string | null;

  @Field(() => Int, { description: 'Customers in the group, the customer included.' })
  groupSize!: number;

  @Field({ description: 'True when the narrowest group was too small and a wider one was used.' })
  widened!: boolean;

  @Field(() => [PeerPercentileType], { description: 'One percentile per metric.' })
  metrics!: PeerPercentileType[];

  @Field(() => [String], { description: 'Explanations (English).' })
  reasons!: string[];

  @Field(() => InsightModelRefType, { description: 'The peer model version used.' })
  model!: InsightModelRefType;
}

@ObjectType('AnomalyReason', { description: 'A rule that fired on a transaction.' })
export class AnomalyReasonType {
  @Field({ description: 'Rule: VELOCITY, AMOUNT_SPIKE, NEW_CATEGORY, NIGHT_TIME or OVERSEAS.' })
  rule!: string;

  @Field(() => Float, { description: 'Severity 0–1.' })
  severity!: number;

  @Field({ description: 'What the rule saw (English).' })
  message!: string;
}

@ObjectType('AnomalyFeature', { description: 'A feature that helped isolate the transaction in the forest.' })
export class AnomalyFeatureType {
  @Field({ description: 'Feature name, e.g. amount, ratio_to_median.' })
  feature!: string;

  @Field(() => Float, { description: 'Its value for the transaction.' })
  value!: number;

  @Field(() => Float, { description: 'Share 0–1 of the isolating splits that used it.' })
  contribution!: number;
}

@ObjectType('TransactionAnomaly', { description: 'A scored card purchase.' })
export class TransactionAnomalyType {
  @Field(() => ID, { description: 'Card transaction id (as in Card.transactions).' })
  transactionId!: string;

  @Field(() => String, { nullable: true, description: 'Merchant name.' })
  merchantName!: string | null;

  @Field(() => Money, { description: 'Purchase amount.' })
  amount!: Money;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Spending category code.' })
  category!: string | null;

  @Field(() => Float, { description: 'Combined score 0–1 (forest and rules).' })
  score!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Isolation-forest score 0–1; null without a stored forest.',
  })
  forestScore!: number | null;

  @Field(() => Float, { description: 'Rule score 0–1 (noisy-or of the rules that fired).' })
  ruleScore!: number;

  @Field({ description: 'Whether the score reaches the alert threshold.' })
  flagged!: boolean;

  @Field(() => [AnomalyReasonType], { description: 'Rules that fired, with what they saw.' })
  reasons!: AnomalyReasonType[];

  @Field(() => [AnomalyFeatureType], { description: 'Features that isolated it (empty without a forest).' })
  topFeatures!: AnomalyFeatureType[];
}

@ObjectType('TransactionAnomalies', { description: "Anomaly scores of a quarter's card purchases." })
export class TransactionAnomaliesType {
  @Field({ description: 'Quarter scanned, e.g. 2025Q3.' })
  quarter!: string;

  @Field(() => Int, { description: 'Purchases scored.' })
  scanned!: number;

  @Field(() => Int, { description: 'Purchases flagged.' })
  flaggedCount!: number;

  @Field(() => [TransactionAnomalyType], { description: 'Highest scores first.' })
  items!: TransactionAnomalyType[];

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass as `after` for more.' })
  endCursor!: string | null;

  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => InsightModelRefType, {
    description: 'The forest version used; fallback = rules only (no forest stored yet).',
  })
  model!: InsightModelRefType;
}

@ObjectType('ProductRecommendation', { description: 'A product recommended to the customer (logged).' })
export class ProductRecommendationType {
  @Field(() => ID, { description: 'Log id: pass it to recordRecommendationOutcome.' })
  id!: string;

  @Field({ description: 'Product code, e.g. CARD_TRAVEL.' })
  productCode!: string;

  @Field({ description: 'CARD, SAVINGS or LOAN.' })
  kind!: string;

  @Field({ description: 'Product name (English).' })
  name!: string;

  @Field({ description: 'Product name (Korean).' })
  nameKo!: string;

  @Field({ description: 'The main benefit (English).' })
  benefit!: string;

  @Field(() => Float, { description: 'Score 0–100 = 0.7 × rule score + 0.3 × cluster score.' })
  score!: number;

  @Field(() => Float, { description: 'Rule score 0–100.' })
  ruleScore!: number;

  @Field(() => Float, { description: 'Cluster score 0–100 (share of the cluster holding it).' })
  clusterScore!: number;

  @Field(() => [String], { description: 'Why (English).' })
  reasons!: string[];

  @Field({ description: 'Quarter the recommendation is based on.' })
  quarter!: string;

  @Field({ description: 'When it was served (logged).' })
  servedAt!: Date;

  @Field(() => RecommendationOutcomeEnum, { nullable: true, description: 'Outcome recorded so far.' })
  outcome!: RecommendationOutcomeEnum | null;

  @Field(() => InsightModelRefType, { description: 'The cluster model version used (fallback: rules only).' })
  model!: InsightModelRefType;
}

@ObjectType('RecommendationAcceptance', { description: 'Outcomes of served recommendations of one product.' })
export class RecommendationAcceptanceType {
  @Field({ description: 'Product code.' })
  productCode!: string;

  @Field({ description: 'CARD, SAVINGS or LOAN.' })
  kind!: string;

  @Field({ description: 'Product name (English).' })
  name!: string;

  @Field(() => Int, { description: 'Recommendations served.' })
  served!: number;

  @Field(() => Int, { description: 'Distinct customers served.' })
  customers!: number;

  @Field(() => Int, { description: 'Outcomes ACCEPTED or CONVERTED.' })
  accepted!: number;

  @Field(() => Int, { description: 'Outcomes DISMISSED.' })
  dismissed!: number;

  @Field(() => Int, { description: 'Outcomes CONVERTED.' })
  converted!: number;

  @Field(() => Float, { nullable: true, description: 'Share accepted: accepted ÷ served (4 decimals).' })
  acceptanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share converted: converted ÷ served (4 decimals).' })
  conversionRate!: number | null;
}

@ObjectType('LifeStageFeedback', { description: 'A stored life-stage correction.' })
export class LifeStageFeedbackType {
  @Field(() => ID, { description: 'Feedback id.' })
  id!: string;

  @Field(() => CustomerType, { description: 'The customer it is about.' })
  customer!: CustomerType;

  @Field({ description: 'The life stage given.' })
  lifeStage!: string;

  @Field({ description: 'When it was submitted.' })
  submittedAt!: Date;

  @Field({ description: 'Role of the submitter: CUSTOMER, ANALYST or ADMIN.' })
  submittedRole!: string;
}

@InputType('SubmitLifeStageFeedbackInput', { description: 'A correction (or confirmation) of a life stage.' })
export class SubmitLifeStageFeedbackInput {
  @Field(() => ID, { description: 'Global id of the customer.' })
  customerId!: string;

  @Field({ description: `The right life stage: ${LIFE_STAGES.join(', ')}.` })
  @IsIn([...LIFE_STAGES], { message: `lifeStage must be one of ${LIFE_STAGES.join(', ')}` })
  lifeStage!: string;

  @Field(() => String, { nullable: true, description: 'Free text (≤ 1000 characters).' })
  @IsOptional()
  @MaxLength(1000)
  comment?: string | null;
}

@InputType('RecordRecommendationOutcomeInput', { description: 'The outcome of a served recommendation.' })
export class RecordRecommendationOutcomeInput {
  @Field(() => ID, { description: 'ProductRecommendation.id.' })
  @IsUUID()
  recommendationId!: string;

  @Field(() => RecommendationOutcomeEnum, { description: 'What happened.' })
  outcome!: RecommendationOutcomeEnum;
}

@InputType('RefitInsightModelsInput', { description: 'When to read the data as of.' })
export class RefitInsightModelsInput {
  @Field(() => String, { nullable: true, description: 'Date YYYY-MM-DD; default today in Korea.' })
  @IsOptional()
  asOf?: string | null;
}

@ObjectType('RefitInsightModelsPayload', { description: 'The enqueued refit job.' })
export class RefitInsightModelsPayload {
  @Field(() => ID, { description: 'Job id (insights.refit); new versions appear in insightModelVersions.' })
  jobId!: string;
}
