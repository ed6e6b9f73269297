// The supervised fraud model's public surface: windowed features, the two learners and their rank average.
export {
  DEFAULT_WINDOW_CONFIG,
  computeWindowedFeatures,
  windowedFeatureNames,
  type FeatureGroup,
  type WindowConfig,
  type WindowedFeatureInfo,
  type WindowedInput,
} from './windowed-features';
export {
  DEFAULT_LOGISTIC_OPTIONS,
  fitLogistic,
  scoreLogistic,
  type LogisticModel,
  type LogisticOptions,
} from './logistic';
export {
  DEFAULT_GBDT_OPTIONS,
  fitGbdt,
  scoreGbdt,
  type GbdtModel,
  type GbdtOptions,
  type GbdtTree,
} from './gbdt';
export {
  fitSupervised,
  loadSupervisedModel,
  scoreSupervised,
  type FitSupervisedOptions,
  type SupervisedModel,
  type SupervisedScore,
} from './supervised';
export {
  STORED_GBDT_OPTIONS,
  refitSupervised,
  toWindowedInputs,
  type StoredPurchase,
  type SupervisedRefit,
} from './refit-supervised';
