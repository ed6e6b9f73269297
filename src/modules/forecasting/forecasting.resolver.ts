import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import { PageArgsInput } from '../../common/graphql/page.args';
import { ForecastingService } from './forecasting.service';
import { indicatorLoaders } from './forecasting.loaders';
import { CustomerType } from '../customers';
import { toCustomerForecastType, toForecastType, toIndicatorSeriesType } from './forecasting.mapper';
import {
  CustomerForecastType,
  CustomerSeriesMetricType,
  ForecastMethod,
  ForecastType,
  IndicatorObservationType,
  IndicatorSeriesConnection,
  IndicatorSeriesType,
} from './forecasting.type';
import type { IndicatorRepository } from './indicator.repository';

@Resolver(() => IndicatorSeriesType)
export class ForecastingResolver {
  private readonly loadersOf: ReturnType<typeof indicatorLoaders>;

  constructor(
    private readonly service: ForecastingService,
    repository: IndicatorRepository,
  ) {
    this.loadersOf = indicatorLoaders(repository);
  }

  @Query(() => IndicatorSeriesConnection, {
    description: 'The indicator series that can be forecast, by code.',
  })
  async indicatorSeries(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof IndicatorSeriesConnection>> {
    return IndicatorSeriesConnection.from(await this.service.list(ctx, page), toIndicatorSeriesType);
  }

  @Query(() => IndicatorSeriesType, { description: 'One indicator series by code.' })
  async indicator(
    @Arg('code', { description: 'Series code, e.g. FRED_FEDFUNDS (the codes are listed by indicators).' })
    code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorSeriesType> {
    return toIndicatorSeriesType(await this.service.getSeries(ctx, code));
  }

  @Query(() => ForecastType, {
    description:
      'Forecast of an indicator series `horizon` periods ahead with 80 % and 95 % intervals; fitted once per series version and method, then served from storage.',
  })
  async forecast(
    @Arg('series', { description: 'Series code, e.g. FRED_FEDFUNDS (the codes are listed by indicators).' })
    series: string,
    @Arg('horizon', () => Int, { description: 'Periods ahead (1–60).' }) horizon: number,
    @Arg('method', () => ForecastMethod, { nullable: true, description: 'Default COMBINATION.' })
    method: ForecastMethod | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ForecastType> {
    return toForecastType(await this.service.forecast(ctx, { series, horizon, method }));
  }

  @FieldResolver(() => [IndicatorObservationType], { description: 'The latest observations, oldest first.' })
  async observations(
    @Root() series: IndicatorSeriesType,
    @Arg('last', () => Int, { defaultValue: 24, description: 'How many (1–1000).' }) last: number,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorObservationType[]> {
    if (!Number.isInteger(last) || last < 1 || last > 1000)
      throw badInput('last', 'must be between 1 and 1000');
    const rows = await this.loadersOf(ctx).latestObservations(last).load(series.id);
    return rows.map((r) => ({ period: r.period, value: r.value }));
  }
}

@Resolver(() => CustomerType)
export class CustomerForecastFieldResolver {
  constructor(private readonly service: ForecastingService) {}

  @FieldResolver(() => CustomerForecastType, {
    nullable: true,
    description:
      "Forecast of the customer's own monthly card spending or loan debt (from their history up to the last complete month; null with fewer than 6 months), or quarterly deposit balance (from the quarter aggregates up to the last complete quarter; null with fewer than 4 quarters). Cached per series content, method and horizon.",
  })
  async forecast(
    @Root() customer: CustomerType,
    @Arg('metric', () => CustomerSeriesMetricType, {
      description: "Which of the customer's own series to forecast.",
    })
    metric: CustomerSeriesMetricType,
    @Arg('horizon', () => Int, {
      description: "Periods ahead in the series' frequency: months, or quarters for BALANCE (1–60).",
    })
    horizon: number,
    @Arg('method', () => ForecastMethod, { nullable: true, description: 'Default COMBINATION.' })
    method: ForecastMethod | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerForecastType | null> {
    const result = await this.service.customerForecast(ctx, {
      customerId: customer.localId,
      metric,
      horizon,
      method,
    });
    return result && toCustomerForecastType(result);
  }
}
