import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inTransaction, RequestContext } from '../../common/context';
import { addMonths, koreanDate } from '../../common/dates';
import type { Cache } from '../../platform/cache/cache';
import { badInput, notFound } from '../../common/errors';
import { PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import { requireViewer } from '../customers';
import { forecast as runForecast, DEFAULT_METHOD } from './engine/forecast';
import { capOneOffs } from './engine/one-off';
import type { MethodName } from './engine/methods';
import type { IndicatorObservationEntity, IndicatorSeriesEntity } from './indicator.entity';
import { IndicatorDefinition, INDICATORS, Observation, parseIndicatorFile } from './indicator-files';
import { IndicatorRepository } from './indicator.repository';

export const MAX_HORIZON = 60;
/** Shipped series (public domain) live beside the code. */
export const BUNDLED_INDICATOR_DIR = path.join(__dirname, 'data', 'fred');

export interface ForecastPointModel {
  period: string;
  mean: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export interface ForecastModel {
  series: IndicatorSeriesEntity;
  method: MethodName;
  horizon: number;
  seasonal: boolean;
  lastObservedPeriod: string;
  observations: number;
  points: ForecastPointModel[];
  detail: Record<string, number | string>;
  fittedAt: Date;
  /** Read back from storage rather than fitted by this request. */
  cached: boolean;
}

export interface LoadReport {
  code: string;
  observations: number;
  version: number;
  changed: boolean;
}

const hashOf = (observations: readonly Observation[]) =>
  createHash('sha256')
    .update(observations.map((o) => `${o.period}=${o.value}`).join('\n'))
    .digest('hex');

const stepMonths = (series: IndicatorSeriesEntity) => (series.frequency === 'MONTHLY' ? 1 : 3);

export type CustomerSeriesMetric = 'SPENDING' | 'DEBT' | 'BALANCE';
export type SeriesFrequency = 'MONTHLY' | 'QUARTERLY';

/** Where a customer's own series come from (the spending and loans services, through their index.ts). */
export interface CustomerSeriesSources {
  monthlySpending(ctx: RequestContext, customerId: string): Promise<{ period: string; amount: string }[]>;
  monthlyDebt(
    ctx: RequestContext,
    customerId: string,
    untilMonth: string,
  ): Promise<{ period: string; amount: string }[]>;
  /** Deposit balance at quarter ends (the latest unbroken run of complete quarters). */
  quarterlyDepositBalance(
    ctx: RequestContext,
    customerId: string,
  ): Promise<{ period: string; amount: string }[]>;
}

export interface CustomerForecastModel {
  metric: CustomerSeriesMetric;
  /** Of the observations and the points (periods are first days of months or quarters). */
  frequency: SeriesFrequency;
  method: MethodName;
  horizon: number;
  seasonal: boolean;
  lastObservedPeriod: string;
  observations: number;
  points: ForecastPointModel[];
  detail: Record<string, number | string>;
  /**
   * SPENDING: the months far above the customer's usual (a trip, a large purchase), first days, capped at `oneOffCap`
   * (whole won) before the fit so one such month is not read as a trend (engine/one-off.ts); none for DEBT and BALANCE.
   */
  oneOffMonths: string[];
  oneOffCap: number | null;
  cached: boolean;
}

/** A customer's monthly series must cover this many months before it is forecast. */
export const MIN_CUSTOMER_MONTHS = 6;
/** A customer's quarterly series (deposit balance) must cover this many quarters before it is forecast. */
export const MIN_CUSTOMER_QUARTERS = 4;
const CUSTOMER_FORECAST_TTL_SECONDS = 86_400;

// Indicator series and their forecasts: fitted once per (series version, method, horizon), then read back.
// A customer's own series (monthly card spending and loan debt, quarterly deposit balance) are forecast the same
// way; their fits are cached by the series' content hash (a new month, repayment or quarter is a new version) in
// the cache adapter.
export class ForecastingService {
  constructor(
    private readonly repository: IndicatorRepository,
    private readonly customerSeries?: { sources: CustomerSeriesSources; cache: Cache },
  ) {}

  /**
   * Loads indicator files: the bundled ones from BUNDLED_INDICATOR_DIR, the others from `dataDir` when given
   * (e.g. ../shared/data). A series whose observations changed gets a new version (its old forecasts stop
   * being used); an unchanged one is left alone. Each series is one transaction.
   */
  async loadIndicators(
    ctx: RequestContext,
    opts: { dataDir?: string; definitions?: readonly IndicatorDefinition[] } = {},
  ): Promise<{ loaded: LoadReport[]; missing: string[] }> {
    const loaded: LoadReport[] = [];
    const missing: string[] = [];
    for (const definition of opts.definitions ?? INDICATORS) {
      const file = definition.bundled
        ? path.join(BUNDLED_INDICATOR_DIR, definition.file)
        : opts.dataDir && path.join(opts.dataDir, definition.file);
      if (!file || !fs.existsSync(file)) {
        if (!definition.bundled && !opts.dataDir) continue;
        missing.push(`${definition.code} (${file})`);
        continue;
      }
      const observations = parseIndicatorFile(definition, fs.readFileSync(file, 'utf8'));
      loaded.push(await this.store(ctx, definition, observations));
    }
    return { loaded, missing };
  }

  private async store(
    ctx: RequestContext,
    definition: IndicatorDefinition,
    observations: Observation[],
  ): Promise<LoadReport> {
    const contentHash = hashOf(observations);
    // Every start loads the bundled series: an unchanged one is one read, no lock and no transaction.
    const current = await this.repository.findByCode(ctx, definition.code);
    if (current?.contentHash === contentHash)
      return {
        code: definition.code,
        observations: observations.length,
        version: current.version,
        changed: false,
      };
    return inTransaction(ctx, async (tx): Promise<LoadReport> => {
      const { series, created } = await this.repository.lockOrCreate(tx, definition, contentHash, tx.now());
      const changed = created || series.contentHash !== contentHash;
      const version = created ? series.version : changed ? series.version + 1 : series.version;
      if (changed) {
        await this.repository.replaceObservations(tx, series.id, observations);
        await this.repository.updateSeries(tx, series.id, {
          name: definition.name,
          unit: definition.unit,
          source: definition.source,
          licence: definition.licence,
          contentHash,
          version,
          updatedAt: tx.now(),
        });
      }
      return { code: definition.code, observations: observations.length, version, changed };
    });
  }

  async list(ctx: RequestContext, page: PageArgs) {
    requireViewer(ctx);
    const request = toPageRequest(page, undefined, ['text']);
    const rows = await this.repository.page(ctx, request);
    return {
      ...toConnection(
        rows,
        request,
        (s) => [s.code],
        (s) => s,
      ),
      totalCount: () => this.repository.count(ctx),
    };
  }

  async getSeries(ctx: RequestContext, code: string): Promise<IndicatorSeriesEntity> {
    requireViewer(ctx);
    const series = await this.repository.findByCode(ctx, code);
    if (!series) throw notFound(`Indicator series "${code}"`);
    return series;
  }

  async forecast(
    ctx: RequestContext,
    input: { series: string; horizon: number; method?: MethodName },
  ): Promise<ForecastModel> {
    if (!Number.isInteger(input.horizon) || input.horizon < 1 || input.horizon > MAX_HORIZON)
      throw badInput('horizon', `must be a whole number of periods from 1 to ${MAX_HORIZON}`);
    const series = await this.getSeries(ctx, input.series);
    const method = input.method ?? DEFAULT_METHOD;
    const key = { seriesId: series.id, seriesVersion: series.version, method, horizon: input.horizon };
    const stored = await this.repository.findForecast(ctx, key);
    if (stored) {
      const result = stored.result as Omit<ForecastModel, 'series' | 'cached' | 'fittedAt'>;
      return { ...result, series, fittedAt: stored.createdAt, cached: true };
    }
    const observations = await this.repository.observations(ctx, series.id);
    const model = this.fit(series, observations, method, input.horizon);
    await this.repository.saveForecast(ctx, { ...key, result: model, createdAt: ctx.now() });
    return { ...model, series, fittedAt: ctx.now(), cached: false };
  }

  /**
   * Forecast of one customer's monthly card spending or loan debt (null with fewer than MIN_CUSTOMER_MONTHS
   * months of history), or quarterly deposit balance (null with fewer than MIN_CUSTOMER_QUARTERS quarters; seasonal
   * period 4). The horizon counts periods of the series' frequency.
   */
  async customerForecast(
    ctx: RequestContext,
    input: { customerId: string; metric: CustomerSeriesMetric; horizon: number; method?: MethodName },
  ): Promise<CustomerForecastModel | null> {
    if (!this.customerSeries) throw new Error('customer series sources are not wired');
    if (!Number.isInteger(input.horizon) || input.horizon < 1 || input.horizon > MAX_HORIZON)
      throw badInput('horizon', `must be a whole number of periods from 1 to ${MAX_HORIZON}`);
    const { sources, cache } = this.customerSeries;
    const untilMonth = `${koreanDate(ctx.now()).slice(0, 7)}-01`;
    const frequency: SeriesFrequency = input.metric === 'BALANCE' ? 'QUARTERLY' : 'MONTHLY';
    const series =
      input.metric === 'SPENDING'
        ? await sources.monthlySpending(ctx, input.customerId)
        : input.metric === 'DEBT'
          ? await sources.monthlyDebt(ctx, input.customerId, untilMonth)
          : await sources.quarterlyDepositBalance(ctx, input.customerId);
    if (series.length < (frequency === 'QUARTERLY' ? MIN_CUSTOMER_QUARTERS : MIN_CUSTOMER_MONTHS))
      return null;
    const step = frequency === 'QUARTERLY' ? 3 : 1;
    const method = input.method ?? DEFAULT_METHOD;
    // Version 2 of the fit: spending's one-off months capped (a fit cached before is not reused).
    const key = `forecast:customer:v2:${input.customerId}:${input.metric}:${hashOf(
      series.map((o) => ({ period: o.period, value: o.amount })),
    ).slice(0, 16)}:${method}:${input.horizon}`;
    const stored = await cache.get<
      Omit<CustomerForecastModel, 'cached' | 'frequency'> & { frequency?: SeriesFrequency }
    >(key);
    // Entries written before `frequency` existed are monthly.
    if (stored) return { frequency, ...stored, cached: true };
    const last = series[series.length - 1].period;
    // Spending is a flow: a month far above the usual (the October trip) is capped, not extrapolated. Debt and a
    // balance are stocks, whose jumps (a new loan) are real levels.
    const values = series.map((o) => Number(o.amount));
    const oneOff =
      input.metric === 'SPENDING' ? capOneOffs(values) : { values, capped: [] as number[], cap: null };
    const result = runForecast(oneOff.values, { horizon: input.horizon, period: 12 / step, method });
    // Amounts are whole won: a forecast of money is rounded like money (intervals may go below 0 for spending
    // with refunds or an overdrawn balance; they are not clipped).
    const won = (v: number) => Math.round(v);
    const model: Omit<CustomerForecastModel, 'cached'> = {
      metric: input.metric,
      frequency,
      method,
      horizon: input.horizon,
      seasonal: result.seasonal,
      lastObservedPeriod: last,
      observations: series.length,
      points: result.points.map((p) => ({
        period: addMonths(last, p.step * step),
        mean: won(p.mean),
        lower80: won(p.lower80),
        upper80: won(p.upper80),
        lower95: won(p.lower95),
        upper95: won(p.upper95),
      })),
      detail: result.detail,
      oneOffMonths: oneOff.capped.map((i) => series[i].period),
      oneOffCap: oneOff.capped.length > 0 && oneOff.cap !== null ? won(oneOff.cap) : null,
    };
    await cache.set(key, model, CUSTOMER_FORECAST_TTL_SECONDS);
    return { ...model, cached: false };
  }

  private fit(
    series: IndicatorSeriesEntity,
    observations: IndicatorObservationEntity[],
    method: MethodName,
    horizon: number,
  ): Omit<ForecastModel, 'series' | 'cached' | 'fittedAt'> {
    const step = stepMonths(series);
    const last = observations[observations.length - 1].period;
    const result = runForecast(
      observations.map((o) => Number(o.value)),
      { horizon, period: 12 / step, method },
    );
    return {
      method,
      horizon,
      seasonal: result.seasonal,
      lastObservedPeriod: last,
      observations: observations.length,
      points: result.points.map((p) => ({
        period: addMonths(last, p.step * step),
        mean: p.mean,
        lower80: p.lower80,
        upper80: p.upper80,
        lower95: p.lower95,
        upper95: p.upper95,
      })),
      detail: result.detail,
    };
  }
}
