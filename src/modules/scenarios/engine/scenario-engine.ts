// Scenario engine (the counselling chatbot's `scenario_engine` + `scenario_rules`): from one customer's metrics
// and a threshold set, pick the counselling scenarios, each with a probability and its key metrics
// (name, value, threshold, direction, triggered). Pure: no I/O, no clock. Numbers are floats (ratios,
// probabilities, days); money amounts arrive as whole won in plain numbers because they are only compared.
import { sigmoid } from '../../insights/engines';
import { DELINQUENCY_MODEL, delinquencyProbability } from './delinquency-model';

export const SCENARIO_LABELS = [
  'DELINQUENCY_RISK',
  'DEBT_BURDEN',
  'LIQUIDITY_SHORTFALL',
  'INCOME_DROP',
  'OVERSPENDING',
  'HIGH_INTEREST_REFINANCE',
  'STABLE_SAVER',
] as const;
/** Also the tie-break order: on equal probability the earlier (more urgent) label is primary. */
export type ScenarioLabel = (typeof SCENARIO_LABELS)[number];

export type MetricDirection = 'ABOVE' | 'BELOW';

/** One customer's situation. `null` = unknown (not enough data); an unknown metric never triggers. */
export interface ScenarioMetrics {
  /** Card balance ÷ card limit (0–…). */
  cardUtilisation: number | null;
  /** Largest days past due over the customer's loans (0 when current). */
  maxDaysPastDue: number;
  /** Overdue amount, whole won. */
  overdueAmount: number;
  /** Outstanding loan balance, whole won. */
  loanBalance: number;
  /** Balance-weighted annual loan rate (0.052 = 5.2 %); null without loans. */
  weightedLoanRate: number | null;
  /** Debt-service ratio: annual debt service ÷ annual income. */
  dsr: number | null;
  /** Card spending change against the previous quarter (0.3 = +30 %). */
  spendQoqChange: number | null;
  /** Quarter card spending ÷ quarter income. */
  spendToIncome: number | null;
  nightShare: number | null;
  overseasShare: number | null;
  onlineShare: number | null;
  /** Income change against the previous quarter (−0.2 = −20 %). */
  incomeChange: number | null;
  /** Deposit (savings) balance, whole won. */
  savingsBalance: number | null;
  /** Savings ÷ monthly spending (months the customer could live on savings). */
  liquidityMonths: number | null;
}

/** The thresholds one evaluation uses; `version` is named in every result. */
export interface ScenarioThresholds {
  version: string;
  /** OVERSPENDING: spend ÷ income above this (peer P80). */
  spendToIncome: number;
  /** OVERSPENDING: quarter-on-quarter spending growth above this (peer P80). */
  spendQoqChange: number;
  /** DEBT_BURDEN: DSR above this (peer P90; regulation caps bank DSR at 40 %). */
  dsr: number;
  /** LIQUIDITY_SHORTFALL: liquidity months below this (peer P20). */
  liquidityMonths: number;
  /** HIGH_INTEREST_REFINANCE: weighted loan rate above this (peer P75). */
  weightedLoanRate: number;
  /** INCOME_DROP: income change below this (peer P10, at most −5 %). */
  incomeChange: number;
  /** DELINQUENCY_RISK key metrics (reported; the probability comes from the fitted model). */
  maxDaysPastDue: number;
  cardUtilisation: number;
  /** STABLE_SAVER: at least this many liquidity months, DSR and spend ÷ income below these. */
  saverLiquidityMonths: number;
  saverDsr: number;
  saverSpendToIncome: number;
}

/**
 * Built-in thresholds used until `npm run thresholds` has stored a computed set. Values and sources are in
 * docs/counselling.md ("Default thresholds").
 */
export const DEFAULT_THRESHOLDS: ScenarioThresholds = {
  version: 'default-2026-11-21',
  spendToIncome: 0.7,
  spendQoqChange: 0.3,
  dsr: 0.4,
  liquidityMonths: 3,
  weightedLoanRate: 0.07,
  incomeChange: -0.15,
  maxDaysPastDue: 30,
  cardUtilisation: 0.8,
  saverLiquidityMonths: 6,
  saverDsr: 0.3,
  saverSpendToIncome: 0.5,
};

export interface KeyMetric {
  name: string;
  value: number | null;
  threshold: number;
  direction: MetricDirection;
  /** value is known and on the wrong (ABOVE: above, BELOW: below) side of the threshold. */
  triggered: boolean;
}

export interface Scenario {
  label: ScenarioLabel;
  /** 0–1. Calibrated on labelled data when `calibrated`; otherwise the documented margin mapping. */
  probability: number;
  calibrated: boolean;
  keyMetrics: KeyMetric[];
}

export interface ScenarioEvaluation {
  primary: Scenario | null;
  /** Every scenario that could be evaluated (at least one known metric), highest probability first. */
  scenarios: Scenario[];
  thresholdVersion: string;
}

/**
 * Steepness of the uncalibrated mapping p = σ(k · m), m = relative margin over the threshold
 * ((value − threshold) / |threshold| for ABOVE, the mirror for BELOW): at the threshold p = 0.5,
 * 25 % past it p = σ(1) ≈ 0.731, 50 % past it ≈ 0.881.
 */
export const MARGIN_STEEPNESS = 4;

function metric(
  name: string,
  value: number | null,
  threshold: number,
  direction: MetricDirection,
): KeyMetric {
  const triggered = value !== null && (direction === 'ABOVE' ? value > threshold : value < threshold);
  return { name, value, threshold, direction, triggered };
}

/** Relative margin past the threshold (positive = triggered side); null when the value is unknown. */
export function relativeMargin(m: KeyMetric): number | null {
  if (m.value === null) return null;
  const scale = Math.abs(m.threshold) > 1e-9 ? Math.abs(m.threshold) : 1;
  return (m.direction === 'ABOVE' ? m.value - m.threshold : m.threshold - m.value) / scale;
}

export function marginProbability(margin: number): number {
  return sigmoid(MARGIN_STEEPNESS * margin);
}

/** Any-of rule: the largest known margin decides. */
function anyOf(label: ScenarioLabel, keyMetrics: KeyMetric[]): Scenario | null {
  const margins = keyMetrics.map(relativeMargin).filter((v): v is number => v !== null);
  if (margins.length === 0) return null;
  return { label, probability: marginProbability(Math.max(...margins)), calibrated: false, keyMetrics };
}

/** All-of rule: every metric must be known, the smallest margin decides. */
function allOf(label: ScenarioLabel, keyMetrics: KeyMetric[]): Scenario | null {
  const margins = keyMetrics.map(relativeMargin);
  if (margins.some((v) => v === null)) return null;
  return {
    label,
    probability: marginProbability(Math.min(...(margins as number[]))),
    calibrated: false,
    keyMetrics,
  };
}

export function evaluateScenarios(
  m: ScenarioMetrics,
  t: ScenarioThresholds = DEFAULT_THRESHOLDS,
): ScenarioEvaluation {
  const found: Scenario[] = [];
  const push = (s: Scenario | null) => {
    if (s) found.push(s);
  };

  // Delinquency risk: the logistic model fitted and calibrated on the Taiwan credit-default data.
  push({
    label: 'DELINQUENCY_RISK',
    probability: delinquencyProbability(
      { maxDaysPastDue: m.maxDaysPastDue, cardUtilisation: m.cardUtilisation },
      DELINQUENCY_MODEL,
    ),
    calibrated: true,
    keyMetrics: [
      metric('maxDaysPastDue', m.maxDaysPastDue, t.maxDaysPastDue, 'ABOVE'),
      metric('overdueAmount', m.overdueAmount, 0, 'ABOVE'),
      metric('cardUtilisation', m.cardUtilisation, t.cardUtilisation, 'ABOVE'),
    ],
  });
  push(anyOf('DEBT_BURDEN', [metric('dsr', m.dsr, t.dsr, 'ABOVE')]));
  push(
    anyOf('LIQUIDITY_SHORTFALL', [metric('liquidityMonths', m.liquidityMonths, t.liquidityMonths, 'BELOW')]),
  );
  push(anyOf('INCOME_DROP', [metric('incomeChange', m.incomeChange, t.incomeChange, 'BELOW')]));
  push(
    anyOf('OVERSPENDING', [
      metric('spendToIncome', m.spendToIncome, t.spendToIncome, 'ABOVE'),
      metric('spendQoqChange', m.spendQoqChange, t.spendQoqChange, 'ABOVE'),
    ]),
  );
  if (m.loanBalance > 0) {
    push(
      anyOf('HIGH_INTEREST_REFINANCE', [
        metric('weightedLoanRate', m.weightedLoanRate, t.weightedLoanRate, 'ABOVE'),
      ]),
    );
  }
  const saver = allOf('STABLE_SAVER', [
    metric('liquidityMonths', m.liquidityMonths, t.saverLiquidityMonths, 'ABOVE'),
    metric('dsr', m.dsr ?? 0, t.saverDsr, 'BELOW'),
    metric('spendToIncome', m.spendToIncome, t.saverSpendToIncome, 'BELOW'),
  ]);
  // A saver is never delinquent: any arrears cap the saver probability at the delinquency complement.
  if (saver && m.maxDaysPastDue > 0) saver.probability = Math.min(saver.probability, 0.05);
  push(saver);

  const order = (l: ScenarioLabel) => SCENARIO_LABELS.indexOf(l);
  found.sort((a, b) => b.probability - a.probability || order(a.label) - order(b.label));
  return { primary: found[0] ?? null, scenarios: found, thresholdVersion: t.version };
}
