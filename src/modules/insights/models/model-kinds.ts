import { createHash } from 'node:crypto';
import type { AnomalyModel } from '../anomaly';
import type { ClusterModel } from '../clusters/kmeans';
import { computeHealthScore } from '../health/health-score';
import { QuarterFeatures } from '../features';
import {
  DEFAULT_LIFE_STAGE_THRESHOLDS,
  LifeStageThresholds,
  ThresholdChange,
} from '../life-stage/life-stage';
import { toDecimal } from '../../../common/money';
import type { PeerModel } from './peer-model';
import type { SupervisedModel } from '../fraud-model';

// The kinds of stored insight model and what each version's `params` hold. A version is written whole by the
// refit job (`insights.refit`, `npm run refit`) and never changed; requests read the newest of each kind.

export const MODEL_KINDS = [
  'LIFE_STAGE_THRESHOLDS',
  'CLUSTERS',
  'ISOLATION_FOREST',
  'PEER_PERCENTILES',
  'FRAUD_SUPERVISED',
] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface LifeStageThresholdsParams {
  thresholds: LifeStageThresholds;
  changes: ThresholdChange[];
}

/** Cluster centroids and scaler; each customer's standardised vector is stored beside it (for neighbours). */
export interface ClustersParams {
  model: ClusterModel;
  /** Customers per cluster holding each product (CONVERTED recommendations), for the cluster score. */
  holders: Record<string, Record<string, number>>;
  labels: string[];
}

export interface ParamsOf {
  LIFE_STAGE_THRESHOLDS: LifeStageThresholdsParams;
  CLUSTERS: ClustersParams;
  ISOLATION_FOREST: AnomalyModel;
  PEER_PERCENTILES: PeerModel;
  FRAUD_SUPERVISED: SupervisedModel;
}

/** A stored version as requests see it (params parsed once per process). */
export interface ModelVersion<K extends ModelKind = ModelKind> {
  id: string;
  kind: K;
  version: string;
  number: number;
  fittedAt: Date;
  training: Record<string, unknown>;
  params: ParamsOf[K];
}

/** What a result says about the model it used: the version, or the documented default when none is stored. */
export interface ModelRef {
  kind: ModelKind;
  /** e.g. CLUSTERS-v3-1a2b3c4d5e6f7a8b; `default` when no version is stored. */
  version: string;
  fittedAt: Date | null;
  fallback: boolean;
}

export const refOf = (kind: ModelKind, v: ModelVersion | null): ModelRef =>
  v
    ? { kind, version: v.version, fittedAt: v.fittedAt, fallback: false }
    : { kind, version: 'default', fittedAt: null, fallback: true };

/** `KIND-v<n>-<first 12 hex of sha256(params)>`: the number orders versions, the hash names the content. */
export function modelVersionName(kind: ModelKind, number: number, params: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 12);
  return `${kind}-v${number}-${hash}`;
}

/** Life-stage thresholds when no version is stored (docs/insights.md: the rule defaults). */
export const DEFAULT_THRESHOLDS_PARAMS: LifeStageThresholdsParams = {
  thresholds: DEFAULT_LIFE_STAGE_THRESHOLDS,
  changes: [],
};

/** Metrics compared with peers, from a customer quarter's features. */
export const PEER_METRICS = [
  'TOTAL_SPEND',
  'AVERAGE_TICKET',
  'TRANSACTION_COUNT',
  'ONLINE_SHARE',
  'OVERSEAS_SHARE',
  'NIGHT_SHARE',
  'SPEND_TO_INCOME',
  'HEALTH_SCORE',
] as const;

export function peerMetrics(q: QuarterFeatures): Record<string, number> {
  const out: Record<string, number> = {
    TOTAL_SPEND: toDecimal(q.totalSpend).toNumber(),
    AVERAGE_TICKET: toDecimal(q.averageTicket).toNumber(),
    TRANSACTION_COUNT: q.transactionCount,
    ONLINE_SHARE: q.onlineShare,
    OVERSEAS_SHARE: q.overseasShare,
    NIGHT_SHARE: q.nightShare,
  };
  if (q.income !== null && toDecimal(q.income).gt(0))
    out.SPEND_TO_INCOME = toDecimal(q.totalSpend).div(q.income).toDecimalPlaces(6).toNumber();
  const health = computeHealthScore(q).score;
  if (health !== null) out.HEALTH_SCORE = health;
  return out;
}
