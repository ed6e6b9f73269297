import type { ForecastModel } from './forecasting.service';
import { ForecastType, IndicatorFrequencyType, IndicatorSeriesType } from './forecasting.type';
import type { IndicatorSeriesEntity } from './indicator.entity';

export function toIndicatorSeriesType(s: IndicatorSeriesEntity): IndicatorSeriesType {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    unit: s.unit,
    frequency: s.frequency as IndicatorFrequencyType,
    source: s.source,
    licence: s.licence,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

export function toForecastType(f: ForecastModel): ForecastType {
  return {
    series: toIndicatorSeriesType(f.series),
    method: f.method,
    horizon: f.horizon,
    seasonal: f.seasonal,
    lastObservedPeriod: f.lastObservedPeriod,
    observationCount: f.observations,
    points: f.points,
    parameters: Object.entries(f.detail).map(([name, value]) => ({
      name,
      value: typeof value === 'number' ? String(+value.toPrecision(6)) : value,
    })),
    fittedAt: f.fittedAt,
    cached: f.cached,
  };
}
