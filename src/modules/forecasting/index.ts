// What other modules and the composition root may use from the forecasting module.
export { ForecastEntity, IndicatorObservationEntity, IndicatorSeriesEntity } from './indicator.entity';
export { IndicatorRepository } from './indicator.repository';
export { ForecastingService, MAX_HORIZON } from './forecasting.service';
export { CustomerForecastFieldResolver, ForecastingResolver } from './forecasting.resolver';
export { INDICATORS, indicatorName } from './indicator-files';
export { forecast } from './engine/forecast';
export { capOneOffs } from './engine/one-off';
export type { ForecastResult, ForecastPoint } from './engine/forecast';
