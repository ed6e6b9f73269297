import type { AnomalyTransaction } from './anomaly.types';
import {
  DEFAULT_FEATURE_CONFIG,
  type ExtractedFeatures,
  type FeatureConfig,
  type FeatureName,
  type FeatureReference,
  FEATURE_NAMES,
  extractFeatures,
  toVector,
} from './features';
import {
  type IsolationForestModel,
  explainIsolationForest,
  fitIsolationForest,
  loadIsolationForest,
  modelVersion,
} from './isolation-forest';
import { DEFAULT_RULE_CONFIG, type RuleConfig, type RuleHit, evaluateRules } from './rules';

// The anomaly insight: the isolation forest and the rules over the same transaction, combined into one score
// with its reasons. The fitted model (forest + feature config + category baselines + rule thresholds + combination
// weights) is one versioned JSON document, refit by a job and loaded for scoring — never recomputed per request.

export interface CombineConfig {
  /** combined = forestWeight · forest + (1 − forestWeight) · rules. */
  readonly forestWeight: number;
  /** A transaction at or above this combined score is flagged as an anomaly. */
  readonly alertThreshold: number;
  /** How many contributing features to report. */
  readonly topFeatures: number;
}

/**
 * The forest's features chosen on the evaluation sets' DEV portions (README "Anomaly detection"): the linear
 * amount and the linear ratio to the customer's own median. With every feature, irrelevant dimensions (hours,
 * counts) dilute the isolation and the log scales make unusually SMALL amounts look as anomalous as large ones.
 */
export const RECOMMENDED_FOREST_FEATURES: readonly FeatureName[] = ['amount', 'ratio_to_median'];

/** forestWeight 0.8 was chosen on the DEV portions of both fraud sets (0.5, 0.7, 0.8 tried; README). */
export const DEFAULT_COMBINE_CONFIG: CombineConfig = {
  forestWeight: 0.8,
  alertThreshold: 0.6,
  topFeatures: 3,
};

export interface AnomalyModel {
  readonly format: 'fingraph.anomaly-model';
  readonly formatVersion: 1;
  readonly version: string;
  readonly featureConfig: FeatureConfig;
  readonly reference: FeatureReference;
  readonly rules: RuleConfig;
  readonly combine: CombineConfig;
  readonly forest: IsolationForestModel;
}

export interface FitAnomalyModelOptions {
  /** The forest's features; default every feature that varies in the training rows. */
  readonly featureNames?: readonly FeatureName[];
  readonly seed: string;
  readonly trees?: number;
  readonly sampleSize?: number;
  readonly featureConfig?: FeatureConfig;
  readonly reference: FeatureReference;
  readonly rules?: RuleConfig;
  readonly combine?: CombineConfig;
}

/** Features that take more than one value in the rows (a constant one can never isolate anything). */
export function varyingFeatures(rows: readonly ExtractedFeatures[]): FeatureName[] {
  return FEATURE_NAMES.filter((name) => rows.some((r) => r.features[name] !== rows[0].features[name]));
}

/** Fits the model on training transactions' features (extracted with the same featureConfig and reference). */
export function fitAnomalyModel(
  training: readonly ExtractedFeatures[],
  options: FitAnomalyModelOptions,
): AnomalyModel {
  const featureNames = options.featureNames ?? varyingFeatures(training);
  if (featureNames.length === 0) throw new RangeError('no feature varies in the training rows');
  const forest = fitIsolationForest(
    training.map((r) => toVector(r.features, featureNames)),
    featureNames,
    { seed: options.seed, trees: options.trees, sampleSize: options.sampleSize },
  );
  const body = {
    format: 'fingraph.anomaly-model' as const,
    formatVersion: 1 as const,
    featureConfig: options.featureConfig ?? DEFAULT_FEATURE_CONFIG,
    reference: options.reference,
    rules: options.rules ?? DEFAULT_RULE_CONFIG,
    combine: options.combine ?? DEFAULT_COMBINE_CONFIG,
    forest,
  };
  return { ...body, version: modelVersion(body as never) };
}

/** Loads a model from parsed JSON (shape and version hash checked; the forest checked in depth). */
export function loadAnomalyModel(json: unknown): AnomalyModel {
  const m = json as Partial<AnomalyModel> | null;
  if (m === null || typeof m !== 'object' || m.format !== 'fingraph.anomaly-model' || m.formatVersion !== 1) {
    throw new RangeError('not a fingraph anomaly model (format/formatVersion)');
  }
  if (!m.featureConfig || !m.reference || !m.rules || !m.combine) {
    throw new RangeError('anomaly model: featureConfig, reference, rules and combine are required');
  }
  loadIsolationForest(m.forest);
  for (const name of m.forest!.featureNames) {
    if (!(FEATURE_NAMES as readonly string[]).includes(name))
      throw new RangeError(`anomaly model: unknown feature ${name}`);
  }
  const model = m as AnomalyModel;
  if (modelVersion(model as never) !== model.version) {
    throw new RangeError('anomaly model: version hash does not match the content');
  }
  return model;
}

export interface FeatureContribution {
  readonly feature: FeatureName;
  readonly value: number;
  /** Share (0..1) of the isolating splits on this transaction's paths that used the feature. */
  readonly contribution: number;
  /** The feature's median in the training rows, for comparison. */
  readonly trainingMedian: number;
}

export interface Anomaly {
  readonly transactionId: string;
  readonly modelVersion: string;
  /** Combined score 0..1. */
  readonly score: number;
  readonly forestScore: number;
  readonly ruleScore: number;
  readonly flagged: boolean;
  readonly reasons: readonly RuleHit[];
  readonly topFeatures: readonly FeatureContribution[];
}

/** Scores a transaction whose features are already extracted (with the model's featureConfig and reference). */
export function scoreExtracted(
  model: AnomalyModel,
  transactionId: string,
  extracted: ExtractedFeatures,
): Anomaly {
  const names = model.forest.featureNames as readonly FeatureName[];
  const x = toVector(extracted.features, names);
  const path = explainIsolationForest(model.forest, x);
  const rules = evaluateRules(extracted.facts, model.rules);
  const w = model.combine.forestWeight;
  const score = w * path.score + (1 - w) * rules.score;
  const topFeatures = names
    .map((feature, j) => ({
      feature,
      value: x[j],
      contribution: path.contributions[j],
      trainingMedian: model.forest.trainingStats[feature].median,
    }))
    .sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : 1))
    .slice(0, model.combine.topFeatures);
  return {
    transactionId,
    modelVersion: model.version,
    score,
    forestScore: path.score,
    ruleScore: rules.score,
    flagged: score >= model.combine.alertThreshold,
    reasons: [...rules.hits].sort((a, b) => b.severity - a.severity),
    topFeatures,
  };
}

/** Scores `tx` against the customer's history (sorted by time; later entries are ignored). */
export function scoreTransaction(
  model: AnomalyModel,
  history: readonly AnomalyTransaction[],
  tx: AnomalyTransaction,
): Anomaly {
  return scoreExtracted(model, tx.id, extractFeatures(history, tx, model.featureConfig, model.reference));
}
