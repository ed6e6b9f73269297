import type { HealthBand, LifeStage } from '../insights';

// What the portfolio service returns (plain data; the resolver maps it onto GraphQL types).

/** Spending of one category in one quarter, summed over every customer. */
export interface CategoryAmount {
  categoryCode: string;
  /** Whole won, as a decimal string. */
  amount: string;
  transactionCount: number;
}

export interface QuarterSpending {
  /** Label like 2025Q3. */
  quarter: string;
  /** False while the quarter is still running: its figures are to date, not a whole quarter. */
  complete: boolean;
  /** Whole won, as a decimal string. */
  total: string;
  customers: number;
  transactionCount: number;
  byCategory: CategoryAmount[];
}

export interface SpendingCategoryName {
  code: string;
  nameKo: string;
  nameEn: string;
}

export interface PortfolioSpending {
  /** Oldest first. */
  quarters: QuarterSpending[];
  /** Every category that appears, in the taxonomy's display order. */
  categories: SpendingCategoryName[];
}

export interface CountOf<K extends string> {
  key: K;
  count: number;
}

export interface PortfolioInsights {
  /** Label like 2025Q3; null when no customer quarter is stored. */
  quarter: string | null;
  /** Customers with a stored quarter. */
  population: number;
  /** Customers evaluated (all of them, or a deterministic sample of PORTFOLIO_INSIGHTS_MAX_CUSTOMERS). */
  evaluated: number;
  /** Evaluated customers without enough data for a score. */
  unscored: number;
  averageHealthScore: number | null;
  healthBands: CountOf<HealthBand>[];
  /** Ten buckets of ten points: [0,10), [10,20) … [90,100]. */
  scoreHistogram: { from: number; to: number; count: number }[];
  lifeStages: CountOf<LifeStage>[];
  /** Fingerprint of the data the result was computed from (part of the cache key). */
  dataVersion: string;
  /** ISO instant of the computation (a cached result keeps its own). */
  computedAt: string;
}
