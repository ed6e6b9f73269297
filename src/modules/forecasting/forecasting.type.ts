import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DecimalScalar } from '../../common/graphql/scalars';
import { connectionTypes, Money } from '../../common/graphql/types';
import { METHOD_NAMES, type MethodName } from './engine/methods';

/** The engine's method names as a GraphQL enum (one list: engine/methods.ts). */
export const ForecastMethod = Object.fromEntries(METHOD_NAMES.map((m) => [m, m])) as { [K in MethodName]: K };
export type ForecastMethod = MethodName;

registerEnumType(ForecastMethod, {
  name: 'ForecastMethod',
  description: 'Forecasting method (docs/forecasting.md has their accuracy on M3 monthly).',
  valuesConfig: {
    NAIVE: { description: 'Last value.' },
    SEASONAL_NAIVE: { description: 'Same period last year.' },
    NAIVE2: { description: 'Last value of the seasonally adjusted series, season put back.' },
    SES: { description: 'Simple exponential smoothing, ETS(A,N,N).' },
    HOLT: { description: "Holt's linear trend, ETS(A,A,N)." },
    DAMPED: { description: 'Damped trend, ETS(A,Ad,N).' },
    ETS: { description: 'SES, Holt or damped, whichever has the lowest AICc.' },
    THETA: { description: 'The standard Theta method (SES with half the linear trend as drift).' },
    OTM: { description: 'Optimised Theta model (Fiorucci et al. 2016): θ, α and the initial level fitted.' },
    DOTM: {
      description: 'Dynamic optimised Theta model: OTM whose trend line is updated as the data arrive.',
    },
    COMBINATION: {
      description:
        'Equal-weight mean of SES, Theta and DOTM (the default: beats Theta at 6 of 7 M3 monthly origins).',
    },
  },
});

export enum IndicatorFrequencyType {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
}

registerEnumType(IndicatorFrequencyType, {
  name: 'IndicatorFrequency',
  valuesConfig: {
    MONTHLY: { description: 'One observation per month.' },
    QUARTERLY: { description: 'One observation per quarter.' },
  },
  description: 'How often a series is observed.',
});

@ObjectType('IndicatorObservation', { description: 'One observation of an indicator series.' })
export class IndicatorObservationType {
  @Field(() => LocalDateResolver, { description: 'First day of the period (month or quarter).' })
  period!: string;

  @Field(() => DecimalScalar, { description: 'The value as published.' })
  value!: string;
}

@ObjectType('IndicatorSeries', { description: 'A financial indicator series (rates, credit, prices …).' })
export class IndicatorSeriesType {
  /** Internal id for loaders; not exposed. */
  id!: string;

  @Field({ description: 'Stable code, e.g. BOK_BASE_RATE or FRED_FEDFUNDS.' })
  code!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'Unit of the values.' })
  unit!: string;

  @Field(() => IndicatorFrequencyType, { description: 'Observation frequency.' })
  frequency!: IndicatorFrequencyType;

  @Field({ description: 'Where the data come from.' })
  source!: string;

  @Field({ description: 'Terms the data are used under.' })
  licence!: string;

  @Field(() => Int, { description: 'Version of the observations; forecasts are fitted once per version.' })
  version!: number;

  @Field({ description: 'When the observations last changed.' })
  updatedAt!: Date;
}

export const { ConnectionType: IndicatorSeriesConnection } = connectionTypes(
  'IndicatorSeries',
  IndicatorSeriesType,
);

@ObjectType('ForecastPoint', { description: 'A forecast for one future period with prediction intervals.' })
export class ForecastPointType {
  @Field(() => LocalDateResolver, { description: 'First day of the forecast period.' })
  period!: string;

  @Field(() => Float, { description: 'Point forecast.' })
  mean!: number;

  @Field(() => Float, { description: 'Lower bound of the 80 % prediction interval.' })
  lower80!: number;

  @Field(() => Float, { description: 'Upper bound of the 80 % prediction interval.' })
  upper80!: number;

  @Field(() => Float, { description: 'Lower bound of the 95 % prediction interval.' })
  lower95!: number;

  @Field(() => Float, { description: 'Upper bound of the 95 % prediction interval.' })
  upper95!: number;
}

@ObjectType('ForecastParameter', { description: 'A fitted parameter or model detail, for the explanation.' })
export class ForecastParameterType {
  @Field({ description: 'Name, e.g. alpha, model, aicc.' })
  name!: string;

  @Field({ description: 'Value as text.' })
  value!: string;
}

@ObjectType('Forecast', {
  description: 'Where an indicator is heading: points with 80 % and 95 % intervals.',
})
export class ForecastType {
  @Field(() => IndicatorSeriesType, { description: 'The series forecast.' })
  series!: IndicatorSeriesType;

  @Field(() => ForecastMethod, { description: 'The method that produced the points.' })
  method!: ForecastMethod;

  @Field(() => Int, { description: 'Periods ahead.' })
  horizon!: number;

  @Field({ description: 'Whether seasonal adjustment was applied (the series passed the seasonality test).' })
  seasonal!: boolean;

  @Field(() => LocalDateResolver, { description: 'The last observed period the forecast starts from.' })
  lastObservedPeriod!: string;

  @Field(() => Int, { description: 'Observations the method was fitted on.' })
  observationCount!: number;

  @Field(() => [ForecastPointType], { description: 'One point per future period.' })
  points!: ForecastPointType[];

  @Field(() => [ForecastParameterType], { description: 'Fitted parameters and model details.' })
  parameters!: ForecastParameterType[];

  @Field({ description: 'When the forecast was fitted.' })
  fittedAt!: Date;

  @Field({ description: 'True when read back from storage (fitted earlier for this series version).' })
  cached!: boolean;
}

export enum CustomerSeriesMetricType {
  SPENDING = 'SPENDING',
  DEBT = 'DEBT',
  BALANCE = 'BALANCE',
}

registerEnumType(CustomerSeriesMetricType, {
  name: 'CustomerSeriesMetric',
  description: "A customer's own series (monthly, or quarterly where only quarter data exists).",
  valuesConfig: {
    SPENDING: { description: 'Net card spending per calendar month (KST), refunds netted.' },
    DEBT: { description: 'Outstanding loan principal at each month end.' },
    BALANCE: {
      description:
        'Deposit balance at each quarter end, from the quarter aggregates (QUARTERLY: there is no monthly balance data).',
    },
  },
});

@ObjectType('CustomerForecastPoint', {
  description: 'A forecast period (month or quarter) of a customer series, whole won.',
})
export class CustomerForecastPointType {
  @Field(() => LocalDateResolver, {
    description: 'First day of the month (or quarter, for a QUARTERLY series).',
  })
  period!: string;

  @Field(() => Money, { description: 'Point forecast.' })
  mean!: Money;

  @Field(() => Money, { description: 'Lower bound of the 80 % prediction interval.' })
  lower80!: Money;

  @Field(() => Money, { description: 'Upper bound of the 80 % prediction interval.' })
  upper80!: Money;

  @Field(() => Money, { description: 'Lower bound of the 95 % prediction interval.' })
  lower95!: Money;

  @Field(() => Money, { description: 'Upper bound of the 95 % prediction interval.' })
  upper95!: Money;
}

@ObjectType('CustomerForecast', {
  description: "Where a customer's monthly spending or debt, or quarterly deposit balance, is heading.",
})
export class CustomerForecastType {
  @Field(() => CustomerSeriesMetricType, { description: 'The series forecast.' })
  metric!: CustomerSeriesMetricType;

  @Field(() => IndicatorFrequencyType, {
    description: 'Frequency of the observations and points: MONTHLY (SPENDING, DEBT) or QUARTERLY (BALANCE).',
  })
  frequency!: IndicatorFrequencyType;

  @Field(() => ForecastMethod, { description: 'The method that produced the points.' })
  method!: ForecastMethod;

  @Field(() => Int, { description: 'Periods ahead (months, or quarters for a QUARTERLY series).' })
  horizon!: number;

  @Field({ description: 'Whether seasonal adjustment was applied.' })
  seasonal!: boolean;

  @Field(() => LocalDateResolver, { description: 'The last complete month (or quarter) observed.' })
  lastObservedPeriod!: string;

  @Field(() => Int, { description: 'Periods (months or quarters) the method was fitted on.' })
  observationCount!: number;

  @Field(() => [CustomerForecastPointType], { description: 'One point per future period.' })
  points!: CustomerForecastPointType[];

  @Field(() => [ForecastParameterType], { description: 'Fitted parameters and model details.' })
  parameters!: ForecastParameterType[];

  @Field(() => [LocalDateResolver], {
    description:
      'SPENDING: months far above the usual (a trip, a large purchase) — more than 3 scaled median absolute deviations above the median month (Hampel identifier) — capped at oneOffCap before the fit, so one such month is not read as a trend. Empty for DEBT and BALANCE.',
  })
  oneOffMonths!: string[];

  @Field(() => Money, {
    nullable: true,
    description: 'The cap the one-off months were fitted at; null when none was capped.',
  })
  oneOffCap!: Money | null;

  @Field({ description: 'True when served from the cache (same series content, method and horizon).' })
  cached!: boolean;
}
