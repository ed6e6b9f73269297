// What other modules and the composition root may use from the scenarios module.
export { ScenariosService, COMPUTE_THRESHOLDS_JOB, DEFAULT_MIN_GROUP_SIZE } from './scenarios.service';
export type { ComputeThresholdsJob, ThresholdSetSummary } from './scenarios.service';
export { ScenariosRepository } from './scenarios.repository';
export { evaluateScenarios, DEFAULT_THRESHOLDS, SCENARIO_LABELS } from './engine/scenario-engine';
export type { ScenarioEvaluation, ScenarioMetrics, ScenarioThresholds } from './engine/scenario-engine';
export { ScenarioResolver, CustomerScenarioFieldResolver } from './scenario.resolver';
export { activeLoans, annualDebtService, metricsFromFigures } from './engine/customer-metrics';
export type { CustomerFigures, LoanFigures, QuarterFigures } from './engine/customer-metrics';
