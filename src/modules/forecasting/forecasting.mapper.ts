import { money } from '../../common/money';
import type { CustomerForecastModel, ForecastModel } from './forecasting.service';
import {
  CustomerForecastType,
  CustomerSeriesMetricType,
  ForecastType,
  IndicatorFrequencyType,
  IndicatorSeriesType,
} from './forecasting.type';
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
    parameters: toParameters(f.detail),
    fittedAt: f.fittedAt,
    cached: f.cached,
  };
}

function toParameters(detail: Record<string, number | string>) {
  return Object.entries(detail).map(([name, value]) => ({
    name,
    value: typeof value === 'number' ? String(+value.toPrecision(6)) : value,
  }));
}

export function toCustomerForecastType(f: CustomerForecastModel): CustomerForecastType {
  return {
    metric: f.metric as CustomerSeriesMetricType,
    frequency: f.frequency as IndicatorFrequencyType,
    method: f.method,
    horizon: f.horizon,
    seasonal: f.seasonal,
    lastObservedPeriod: f.lastObservedPeriod,
    observationCount: f.observations,
    points: f.points.map((p) => ({
      period: p.period,
      mean: money(p.mean),
      lower80: money(p.lower80),
      upper80: money(p.upper80),
      lower95: money(p.lower95),
      upper95: money(p.upper95),
    })),
    parameters: toParameters(f.detail),
    oneOffMonths: f.oneOffMonths ?? [],
    oneOffCap: f.oneOffCap === null || f.oneOffCap === undefined ? null : money(f.oneOffCap),
    cached: f.cached,
  };
}
