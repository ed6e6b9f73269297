// What other modules may use from the insight engines (pure calculators: no database, no GraphQL, no clock).
// The anomaly engine lives in ./anomaly and is exported from there by its own owner.
export * from './features';
export * from './explain';
export {
  computeHealthScore,
  healthBand,
  billsOnTimeScore,
  HEALTH_BANDS,
  HEALTH_WEIGHTS,
  HEALTH_CURVES,
  healthLevers,
  leversToReach,
} from './health/health-score';
export type {
  HealthBand,
  HealthComponent,
  HealthIndicator,
  HealthLever,
  HealthPillar,
  HealthScoreResult,
} from './health/health-score';
export {
  inferLifeStage,
  fitLifeStageThresholds,
  fitCut,
  LIFE_STAGES,
  LIFE_STAGE_NAMES,
  DEFAULT_LIFE_STAGE_THRESHOLDS,
} from './life-stage/life-stage';
export type {
  LifeStage,
  LifeStageCorrection,
  LifeStageCorrectionSample,
  LifeStageResult,
  LifeStageThresholds,
  FittedThresholds,
} from './life-stage/life-stage';
export {
  scoreLoanRisk,
  scoreLoanRiskFeatures,
  loanRiskFeatures,
  loanRiskBand,
  LOAN_RISK_MODEL,
  LOAN_RISK_FEATURES,
} from './loan-risk/loan-risk';
export type { LoanRiskBand, LoanRiskFactor, LoanRiskModel, LoanRiskResult } from './loan-risk/loan-risk';
export { fitLogistic, rocAuc, calibrationTable, brierScore, sigmoid } from './loan-risk/logistic';
export type { CalibrationBin } from './loan-risk/logistic';
export {
  fitClusterModel,
  parseClusterModel,
  assignCluster,
  similarCustomers,
  kmeans,
  silhouette,
  fitScaler,
  standardise,
} from './clusters/kmeans';
export type { ClusterAssignment, ClusterModel, Neighbour, Scaler } from './clusters/kmeans';
export { CLUSTER_FEATURES, clusterFeatureVector } from './clusters/cluster-features';
export { percentileRank, ageBand, comparePeers } from './peers/percentile';
export type { PeerComparison, PeerMember } from './peers/percentile';
export { PRODUCT_CATALOGUE } from './recommend/catalogue';
export type { Product, ProductKind } from './recommend/catalogue';
export { recommendProducts, RECOMMENDATION_RULES, RECOMMENDATION_WEIGHTS } from './recommend/recommend';
export type { Recommendation, RecommendationContext } from './recommend/recommend';
export { quarterSummary, formatWonEn, formatWonKo } from './summary/quarter-summary';
export type { QuarterSummary, QuarterSummaryInput } from './summary/quarter-summary';
