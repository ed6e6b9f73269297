// What other modules and the composition root may use from the insights module (the pure engines are in
// ./engines; this file adds the service and the Customer field resolver over stored data).
export * from './engines';
export { InsightsService } from './insights.service';
export type { CustomerInsights } from './insights.service';
export { CustomerInsightsFieldResolver } from './insights.resolver';
export { InsightModelsService, INSIGHTS_REFIT_JOB } from './insight-models.service';
export type { InsightsRefitJob, RefitSummary } from './insight-models.service';
export { CustomerInsightModelsFieldResolver, InsightModelsResolver } from './insight-models.resolver';
export { HealthBandEnum } from './insights.type';
