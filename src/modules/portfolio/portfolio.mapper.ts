import { money } from '../../common/money';
import { HealthBandEnum, LIFE_STAGE_NAMES } from '../insights';
import type { PortfolioInsights, PortfolioSpending } from './portfolio.model';
import type { PortfolioInsightsType, PortfolioSpendingType } from './portfolio.type';

export function toPortfolioSpendingType(s: PortfolioSpending): PortfolioSpendingType {
  return {
    categories: s.categories,
    quarters: s.quarters.map((q) => ({
      quarter: q.quarter,
      complete: q.complete,
      total: money(q.total),
      customers: q.customers,
      transactionCount: q.transactionCount,
      byCategory: q.byCategory.map((c) => ({
        categoryCode: c.categoryCode,
        amount: money(c.amount),
        transactionCount: c.transactionCount,
      })),
    })),
  };
}

export function toPortfolioInsightsType(p: PortfolioInsights): PortfolioInsightsType {
  return {
    quarter: p.quarter,
    population: p.population,
    evaluated: p.evaluated,
    sampled: p.evaluated < p.population,
    unscored: p.unscored,
    averageHealthScore: p.averageHealthScore,
    healthBands: p.healthBands.map((b) => ({ band: HealthBandEnum[b.key], count: b.count })),
    healthScoreHistogram: p.scoreHistogram,
    lifeStages: p.lifeStages.map((s) => ({
      stage: s.key,
      nameKo: LIFE_STAGE_NAMES[s.key].ko,
      nameEn: LIFE_STAGE_NAMES[s.key].en,
      count: s.count,
    })),
    dataVersion: p.dataVersion,
    computedAt: new Date(p.computedAt),
  };
}
