import { RequestContext, RequestScope } from '../../common/context';
import { koreanDate } from '../../common/dates';
import { badInput, forbidden } from '../../common/errors';
import {
  formatQuarter,
  firstDay,
  lastDay,
  parseQuarter,
  QuarterError,
  quarterOfDate,
} from '../../common/quarters';
import type { Cache } from '../../platform/cache/cache';
import { isStaff, requireViewer } from '../customers';
import { InsightsService, LIFE_STAGES, type HealthBand, type LifeStage } from '../insights';
import type { PortfolioInsights, PortfolioSpending } from './portfolio.model';
import { PortfolioRepository } from './portfolio.repository';

export const MAX_PORTFOLIO_QUARTERS = 40;
/** Customers evaluated together: one set of DataLoaders, so each batch costs a constant number of statements. */
export const INSIGHTS_BATCH_SIZE = 250;
const HEALTH_BAND_ORDER: readonly HealthBand[] = ['HEALTHY', 'COPING', 'VULNERABLE'];

export interface PortfolioOptions {
  insightsMaxCustomers: number;
  insightsCacheSeconds: number;
}

function quarterStartOf(label: string): string {
  try {
    return firstDay(parseQuarter(label));
  } catch (error) {
    if (error instanceof QuarterError) throw badInput('quarter', 'must be a quarter like 2025Q3');
    throw error;
  }
}

/**
 * Portfolio-wide figures for the analysts' dashboard (ANALYST or ADMIN): spending by quarter and category in
 * SQL, and the distribution of the insight engines' health scores and life stages over a quarter's customers.
 */
export class PortfolioService {
  /** Computations in flight in this process, so concurrent first requests share one. */
  private readonly inFlight = new Map<string, Promise<PortfolioInsights>>();

  constructor(
    private readonly repository: PortfolioRepository,
    private readonly insights: InsightsService,
    private readonly cache: Cache,
    private readonly options: PortfolioOptions,
  ) {}

  private requireStaff(ctx: RequestContext): void {
    if (!isStaff(requireViewer(ctx))) throw forbidden('Only analysts and admins can read portfolio figures');
  }

  /** Totals of the `quarters` newest stored quarters (oldest first) by category. */
  async spending(ctx: RequestContext, quarters: number): Promise<PortfolioSpending> {
    this.requireStaff(ctx);
    if (!Number.isInteger(quarters) || quarters < 1 || quarters > MAX_PORTFOLIO_QUARTERS)
      throw badInput('quarters', `must be between 1 and ${MAX_PORTFOLIO_QUARTERS}`);
    const rows = await this.repository.spendingByQuarter(ctx, quarters);
    const today = koreanDate(ctx.now());
    const codes = new Set<string>();
    for (const r of rows) for (const c of r.spending.byCategory) codes.add(c.categoryCode);
    return {
      quarters: rows.map((r) => {
        const quarter = quarterOfDate(r.quarterStart);
        return { quarter: formatQuarter(quarter), complete: lastDay(quarter) < today, ...r.spending };
      }),
      categories: await this.repository.categoryNames(ctx, [...codes]),
    };
  }

  /**
   * Health-score bands, a score histogram and life-stage counts over the customers of `quarter` (default: the
   * newest stored quarter), computed by the insights module per customer in batches and cached by data version
   * (the inputs' fingerprint and the day in Korea, since arrears depend on the date).
   */
  async insightsDistribution(ctx: RequestContext, quarter: string | null): Promise<PortfolioInsights> {
    this.requireStaff(ctx);
    const quarterStart =
      quarter !== null ? quarterStartOf(quarter) : await this.repository.latestQuarterStart(ctx);
    if (quarterStart === null) return emptyInsights(null, 0, '', ctx.now());
    const label = formatQuarter(quarterOfDate(quarterStart));
    const { population, version } = await this.repository.insightsFingerprint(ctx, quarterStart);
    const dataVersion = `${koreanDate(ctx.now())}:${version}:${this.options.insightsMaxCustomers}`;
    const key = `portfolio:insights:v1:${label}:${dataVersion}`;
    const cached = await this.cache.get<PortfolioInsights>(key);
    if (cached) return cached;
    let running = this.inFlight.get(key);
    if (!running) {
      running = this.compute(ctx, quarterStart, label, population, dataVersion)
        .then(async (result) => {
          await this.cache.set(key, result, this.options.insightsCacheSeconds);
          return result;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, running);
    }
    return running;
  }

  private async compute(
    ctx: RequestContext,
    quarterStart: string,
    label: string,
    population: number,
    dataVersion: string,
  ): Promise<PortfolioInsights> {
    const ids = await this.repository.customerIdsOfQuarter(
      ctx,
      quarterStart,
      this.options.insightsMaxCustomers,
    );
    const result = emptyInsights(label, population, dataVersion, ctx.now());
    const bands = new Map<HealthBand, number>();
    const stages = new Map<LifeStage, number>();
    let scoreSum = 0;
    let scored = 0;
    for (let i = 0; i < ids.length; i += INSIGHTS_BATCH_SIZE) {
      // A fresh loader scope per batch: memory stays bounded by the batch, not the portfolio.
      const batchCtx: RequestContext = { ...ctx, scope: new RequestScope() };
      const batch = await Promise.all(
        ids.slice(i, i + INSIGHTS_BATCH_SIZE).map((id) => this.insights.forCustomer(batchCtx, id, label)),
      );
      for (const insight of batch) {
        if (!insight) continue;
        result.evaluated++;
        stages.set(insight.lifeStage.stage, (stages.get(insight.lifeStage.stage) ?? 0) + 1);
        const { score, band } = insight.health;
        if (score === null || band === null) {
          result.unscored++;
          continue;
        }
        scored++;
        scoreSum += score;
        bands.set(band, (bands.get(band) ?? 0) + 1);
        result.scoreHistogram[Math.min(9, Math.floor(score / 10))].count++;
      }
    }
    result.averageHealthScore = scored > 0 ? Math.round((scoreSum / scored) * 10) / 10 : null;
    result.healthBands = HEALTH_BAND_ORDER.map((key) => ({ key, count: bands.get(key) ?? 0 }));
    result.lifeStages = LIFE_STAGES.map((key) => ({ key, count: stages.get(key) ?? 0 }));
    return result;
  }
}

function emptyInsights(
  quarter: string | null,
  population: number,
  dataVersion: string,
  now: Date,
): PortfolioInsights {
  return {
    quarter,
    population,
    evaluated: 0,
    unscored: 0,
    averageHealthScore: null,
    healthBands: HEALTH_BAND_ORDER.map((key) => ({ key, count: 0 })),
    scoreHistogram: Array.from({ length: 10 }, (_, i) => ({
      from: i * 10,
      to: i === 9 ? 100 : i * 10 + 9,
      count: 0,
    })),
    lifeStages: LIFE_STAGES.map((key) => ({ key, count: 0 })),
    dataVersion,
    computedAt: now.toISOString(),
  };
}
