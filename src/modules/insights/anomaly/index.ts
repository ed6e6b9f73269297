// The anomaly insight's public surface: pure engines (features, rules, isolation forest, combined detector)
// and the evaluation metrics. Other modules and CLIs import from here only.
export type { AnomalyTransaction } from './anomaly.types';
export {
  DEFAULT_FEATURE_CONFIG,
  EMPTY_REFERENCE,
  FEATURE_NAMES,
  buildFeatureReference,
  extractFeatures,
  haversineKm,
  toVector,
  type ExtractedFeatures,
  type FeatureConfig,
  type FeatureName,
  type FeatureReference,
  type FeatureVector,
  type TransactionFacts,
} from './features';
export {
  averagePathLength,
  explainIsolationForest,
  fitIsolationForest,
  loadIsolationForest,
  scoreIsolationForest,
  type IsolationForestModel,
  type IsolationForestOptions,
} from './isolation-forest';
export {
  DEFAULT_RULE_CONFIG,
  evaluateRules,
  formatMoney,
  type AnomalyRuleCode,
  type RuleConfig,
  type RuleEvaluation,
  type RuleHit,
} from './rules';
export {
  DEFAULT_COMBINE_CONFIG,
  RECOMMENDED_FOREST_FEATURES,
  fitAnomalyModel,
  loadAnomalyModel,
  scoreExtracted,
  scoreTransaction,
  varyingFeatures,
  type Anomaly,
  type AnomalyModel,
  type CombineConfig,
  type FeatureContribution,
  type FitAnomalyModelOptions,
} from './detector';
export { averagePrecision, rocAuc } from './metrics';
