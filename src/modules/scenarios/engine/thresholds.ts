// Threshold sets (the chatbot's `thresholds` / `compute_thresholds`): which stored row applies to a customer,
// how a version is named, and how a row becomes the engine's ScenarioThresholds. Pure.
import { DEFAULT_THRESHOLDS, ScenarioThresholds } from './scenario-engine';

/** One stored percentile row (age_band = region = '*' is everyone). Null = no member had the metric. */
export interface ThresholdRow {
  ageBand: string;
  region: string;
  sampleSize: number;
  spendToIncomeP80: number | null;
  spendQoqChangeP80: number | null;
  dsrP90: number | null;
  liquidityMonthsP20: number | null;
  weightedLoanRateP75: number | null;
  incomeChangeP10: number | null;
}

export interface ThresholdSet {
  version: string;
  rows: ThresholdRow[];
}

export const ALL_GROUP = '*';
/** An income drop smaller than 5 % is never a counselling scenario, whatever the peers' P10 says. */
export const MAX_INCOME_DROP_THRESHOLD = -0.05;

/** `v<number>-<as-of date>`, e.g. v3-2026-01-01. */
export function thresholdVersionName(number: number, asOf: string): string {
  return `v${number}-${asOf}`;
}

/** Age band as the insights peers use it: <20, 20s … 60s, 70+. */
export function ageBandOf(age: number): string {
  if (age < 20) return '<20';
  if (age >= 70) return '70+';
  return `${Math.floor(age / 10) * 10}s`;
}

/**
 * The thresholds for one customer: the peer group's row (age band × region) when the set has one (groups
 * below the minimum size were not stored), else the everyone row; metric by metric, a null falls back to the
 * everyone row and then to the built-in default. No set at all → the built-in default set.
 */
export function resolveThresholds(
  set: ThresholdSet | null,
  ageBand: string | null,
  region: string | null,
): ScenarioThresholds {
  if (!set) return DEFAULT_THRESHOLDS;
  const all = set.rows.find((r) => r.ageBand === ALL_GROUP && r.region === ALL_GROUP);
  const group = set.rows.find((r) => r.ageBand === ageBand && r.region === region);
  const pick = (k: keyof Omit<ThresholdRow, 'ageBand' | 'region' | 'sampleSize'>, fallback: number) =>
    group?.[k] ?? all?.[k] ?? fallback;
  const d = DEFAULT_THRESHOLDS;
  return {
    ...d,
    version: set.version,
    spendToIncome: pick('spendToIncomeP80', d.spendToIncome),
    spendQoqChange: pick('spendQoqChangeP80', d.spendQoqChange),
    dsr: pick('dsrP90', d.dsr),
    liquidityMonths: pick('liquidityMonthsP20', d.liquidityMonths),
    weightedLoanRate: pick('weightedLoanRateP75', d.weightedLoanRate),
    incomeChange: Math.min(MAX_INCOME_DROP_THRESHOLD, pick('incomeChangeP10', d.incomeChange)),
  };
}
