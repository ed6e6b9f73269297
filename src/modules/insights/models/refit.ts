import {
  buildFeatureReference,
  extractFeatures,
  fitAnomalyModel,
  RECOMMENDED_FOREST_FEATURES,
  type AnomalyModel,
  type AnomalyTransaction,
  type ExtractedFeatures,
} from '../anomaly';
import { assignCluster, ClusterModel, fitClusterModel, standardise } from '../clusters/kmeans';
import { CLUSTER_FEATURES, clusterFeatureVector } from '../clusters/cluster-features';
import { categoryShare, QuarterFeatures } from '../features';
import {
  fitLifeStageThresholds,
  inferLifeStage,
  LifeStage,
  LifeStageCorrection,
  LifeStageCorrectionSample,
  LifeStageThresholds,
} from '../life-stage/life-stage';
import { ClustersParams, LifeStageThresholdsParams, PEER_METRICS, peerMetrics } from './model-kinds';
import { fitPeerModel, PeerModel } from './peer-model';

// The refit as a pure function: everything read from the database goes in, every new model comes out (the
// service stores them). No clock: `seed` and the data fix the result, so the same inputs give the same
// versions.

export interface FeedbackLabel {
  customerId: string;
  stage: LifeStage;
  /** The features at submission (null when the customer had no stored quarter then: not a training label). */
  features: QuarterFeatures | null;
  /** Quarter label used to order corrections (latest wins). */
  quarter: string;
}

export interface RefitInput {
  /** Each customer's latest quarter as of the refit date. */
  features: readonly QuarterFeatures[];
  /** Every customer's latest life-stage feedback. */
  feedback: readonly FeedbackLabel[];
  /** The thresholds in use now (stored version or defaults): the fit moves them a bounded step. */
  currentThresholds: LifeStageThresholds;
  /** Products each customer converted (recommendation outcomes), for the clusters' adoption counts. */
  converted: ReadonlyMap<string, readonly string[]>;
  /** Purchases in the training window, ordered by customer and time. */
  transactions: readonly AnomalyTransaction[];
  seed: string;
  quarter: string | null;
  minPeerGroupSize?: number;
  kMax?: number;
}

export interface RefitOutput {
  lifeStage: { params: LifeStageThresholdsParams; training: Record<string, unknown> };
  clusters: {
    params: ClustersParams;
    training: Record<string, unknown>;
    vectors: { customerId: string; cluster: number; distance: number; z: number[] }[];
  } | null;
  peers: { params: PeerModel; training: Record<string, unknown> } | null;
  forest: { params: AnomalyModel; training: Record<string, unknown> } | null;
  skipped: string[];
}

/** Smallest training sets worth a model (below them the previous version, or the default, stays). */
export const MIN_CLUSTER_ROWS = 10;
export const MIN_FOREST_TRANSACTIONS = 256;

export function correctionSample(stage: LifeStage, q: QuarterFeatures): LifeStageCorrectionSample {
  return {
    stage,
    age: q.age,
    householdSize: q.householdSize,
    childcareShare: categoryShare(q, 'CHILDCARE'),
    educationShare: categoryShare(q, 'EDUCATION'),
  };
}

/** A readable name for each cluster: its two most distinctive centroid features (|z| largest). */
export function clusterLabels(model: ClusterModel): string[] {
  return model.centroids.map((c) =>
    c
      .map((z, j) => ({ feature: model.features[j], z }))
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.feature < b.feature ? -1 : 1))
      .slice(0, 2)
      .map((f) => `${f.z >= 0 ? 'high' : 'low'} ${f.feature}`)
      .join(', '),
  );
}

export function refitModels(input: RefitInput): RefitOutput {
  const skipped: string[] = [];
  // 1. Life-stage thresholds from feedback labels (features at submission).
  const samples = input.feedback
    .filter((f) => f.features !== null)
    .map((f) => correctionSample(f.stage, f.features!));
  const fitted = fitLifeStageThresholds(samples, input.currentThresholds);
  const lifeStage = {
    params: { thresholds: fitted.thresholds, changes: fitted.changes },
    training: { feedbackLabels: samples.length, changes: fitted.changes.length },
  };
  const corrections: LifeStageCorrection[] = input.feedback.map((f) => ({
    customerId: f.customerId,
    stage: f.stage,
    quarter: f.quarter,
  }));

  // 2. Clusters on standardised quarterly features.
  const rows = input.features.map((q) => clusterFeatureVector(q));
  let clusters: RefitOutput['clusters'] = null;
  if (rows.length >= MIN_CLUSTER_ROWS) {
    const model = fitClusterModel(rows, CLUSTER_FEATURES, {
      seed: `${input.seed}/clusters`,
      quarter: input.quarter,
      kMax: input.kMax ?? 8,
    });
    const holders: Record<string, Record<string, number>> = {};
    const vectors = input.features.map((q, i) => {
      const a = assignCluster(model, rows[i]);
      for (const product of input.converted.get(q.customerId) ?? []) {
        const h = (holders[String(a.cluster)] ??= {});
        h[product] = (h[product] ?? 0) + 1;
      }
      return {
        customerId: q.customerId,
        cluster: a.cluster,
        distance: Math.round(a.distance * 1e9) / 1e9,
        z: standardise(model.scaler, rows[i]).map((v) => Math.round(v * 1e9) / 1e9),
      };
    });
    clusters = {
      params: { model, holders, labels: clusterLabels(model) },
      training: { customers: rows.length, k: model.k, silhouette: model.silhouette, quarter: input.quarter },
      vectors,
    };
  } else skipped.push(`CLUSTERS: ${rows.length} customers (< ${MIN_CLUSTER_ROWS})`);

  // 3. Peer percentiles: life stage with the new thresholds and the feedback.
  let peers: RefitOutput['peers'] = null;
  if (input.features.length > 0) {
    const members = input.features.map((q) => ({
      customerId: q.customerId,
      age: q.age,
      region: q.region,
      lifeStage: inferLifeStage(q, { thresholds: fitted.thresholds, corrections }).stage,
      metrics: peerMetrics(q),
    }));
    const params = fitPeerModel(members, PEER_METRICS, {
      minGroupSize: input.minPeerGroupSize ?? 30,
      quarter: input.quarter,
    });
    peers = {
      params,
      training: {
        customers: members.length,
        groups: Object.keys(params.groups).length,
        quarter: input.quarter,
      },
    };
  } else skipped.push('PEER_PERCENTILES: no customer quarters');

  // 4. Isolation forest on purchase features (each from the customer's earlier purchases only).
  let forest: RefitOutput['forest'] = null;
  if (input.transactions.length >= MIN_FOREST_TRANSACTIONS) {
    const reference = buildFeatureReference(input.transactions);
    const extracted: ExtractedFeatures[] = [];
    let history: AnomalyTransaction[] = [];
    let customer: string | null = null;
    for (const tx of input.transactions) {
      if (tx.customerId !== customer) {
        customer = tx.customerId;
        history = [];
      }
      extracted.push(extractFeatures(history, tx, undefined, reference));
      history.push(tx);
    }
    const model = fitAnomalyModel(extracted, {
      featureNames: RECOMMENDED_FOREST_FEATURES,
      seed: `${input.seed}/forest`,
      reference,
    });
    forest = {
      params: model,
      training: {
        transactions: input.transactions.length,
        customers: new Set(input.transactions.map((t) => t.customerId)).size,
        features: model.forest.featureNames,
      },
    };
  } else
    skipped.push(`ISOLATION_FOREST: ${input.transactions.length} purchases (< ${MIN_FOREST_TRANSACTIONS})`);

  return { lifeStage, clusters, peers, forest, skipped };
}
