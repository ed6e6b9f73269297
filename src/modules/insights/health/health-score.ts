import Decimal from 'decimal.js';
import { toDecimal } from '../../../common/money';
import { reason, Reason } from '../explain';
import { categorySpend, QuarterFeatures, r4, spendChange, validateQuarterFeatures } from '../features';
import { Curve, scoreOnCurve } from '../piecewise';

// Financial health score 0–100, modelled on the Financial Health Network's FinHealth Score®: four pillars
// (Spend, Save, Borrow, Plan) with equal weight, each built from indicators scored 0–100. We score the
// indicators our quarter data can observe (docs/insights.md lists them, their curves and sources).
// Missing data is explicit: an indicator without data is excluded and the remaining weights renormalised.

export type HealthPillar = 'SPEND' | 'SAVE' | 'BORROW' | 'PLAN';
export type HealthBand = 'HEALTHY' | 'COPING' | 'VULNERABLE';
export type HealthIndicator =
  'SPEND_VS_INCOME' | 'BILLS_ON_TIME' | 'LIQUID_SAVINGS' | 'DEBT_SERVICE' | 'INSURANCE' | 'SPEND_STABILITY';

export interface HealthComponent {
  indicator: HealthIndicator;
  pillar: HealthPillar;
  /** The measured value (a ratio, months or days; see `unit`); null when the data is missing. */
  value: number | null;
  unit: 'ratio' | 'months' | 'days' | 'flag';
  /** 0–100, or null when excluded. */
  score: number | null;
  /** Nominal weight (sums to 1 over all indicators). */
  weight: number;
  /** Weight actually used after renormalising over the indicators with data (0 when excluded). */
  effectiveWeight: number;
  reason: Reason;
}

export interface HealthScoreResult {
  customerId: string;
  quarter: string;
  /** 0–100 (integer), null when no indicator had data. */
  score: number | null;
  band: HealthBand | null;
  /** Share of the nominal weight that had data (1 = complete). */
  coverage: number;
  components: HealthComponent[];
  reasons: Reason[];
}

export const HEALTH_BANDS = { healthyMin: 80, copingMin: 40 } as const;

/** Indicator weights: the four pillars weigh 0.25 each, split evenly between a pillar's indicators. */
export const HEALTH_WEIGHTS: Record<HealthIndicator, number> = {
  SPEND_VS_INCOME: 0.125,
  BILLS_ON_TIME: 0.125,
  LIQUID_SAVINGS: 0.25,
  DEBT_SERVICE: 0.25,
  INSURANCE: 0.125,
  SPEND_STABILITY: 0.125,
};

/** Scoring curves (value → score), documented in docs/insights.md. */
export const HEALTH_CURVES = {
  /** Card spend ÷ income of the quarter. */
  SPEND_VS_INCOME: [
    [0.7, 100],
    [0.9, 75],
    [1.0, 50],
    [1.2, 0],
  ],
  /** Months of card spending covered by savings and deposits. */
  LIQUID_SAVINGS: [
    [0, 0],
    [1, 50],
    [3, 75],
    [6, 100],
  ],
  /** DSR: annual debt service ÷ annual income (Korean bank DSR cap is 40 %). */
  DEBT_SERVICE: [
    [0.2, 100],
    [0.4, 50],
    [0.6, 0],
  ],
  /** |quarter-over-quarter spend change|. */
  SPEND_STABILITY: [
    [0.1, 100],
    [0.5, 0],
  ],
} as const satisfies Record<string, Curve>;

const PILLAR: Record<HealthIndicator, HealthPillar> = {
  SPEND_VS_INCOME: 'SPEND',
  BILLS_ON_TIME: 'SPEND',
  LIQUID_SAVINGS: 'SAVE',
  DEBT_SERVICE: 'BORROW',
  INSURANCE: 'PLAN',
  SPEND_STABILITY: 'PLAN',
};

export function healthBand(score: number): HealthBand {
  if (score >= HEALTH_BANDS.healthyMin) return 'HEALTHY';
  if (score >= HEALTH_BANDS.copingMin) return 'COPING';
  return 'VULNERABLE';
}

/** Days past due → score: on time 100, 1–29 days 60, 30–89 days 20, 90+ days (default) 0. */
export function billsOnTimeScore(days: number): number {
  if (days === 0) return 100;
  if (days < 30) return 60;
  if (days < 90) return 20;
  return 0;
}

type Measured = { value: number | null; unit: HealthComponent['unit']; score: number | null; reason: Reason };

function missing(
  indicator: HealthIndicator,
  unit: HealthComponent['unit'],
  what: string,
  ko: string,
): Measured {
  return {
    value: null,
    unit,
    score: null,
    reason: reason(
      `${indicator}_MISSING`,
      `${what} unknown: indicator excluded`,
      `${ko} 정보 없음: 지표 제외`,
    ),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function spendVsIncome(q: QuarterFeatures): Measured {
  if (q.income === null) return missing('SPEND_VS_INCOME', 'ratio', 'Income', '소득');
  const income = toDecimal(q.income);
  const spend = toDecimal(q.totalSpend);
  if (income.isZero()) {
    if (spend.isZero()) return missing('SPEND_VS_INCOME', 'ratio', 'Income and spend (both 0)', '소득·지출');
    return {
      value: null,
      unit: 'ratio',
      score: 0,
      reason: reason('SPEND_NO_INCOME', 'Spending with no income this quarter', '이번 분기 소득 없이 지출', {
        totalSpend: q.totalSpend,
        income: q.income,
      }),
    };
  }
  const ratio = spend.div(income).toNumber();
  const score = scoreOnCurve(HEALTH_CURVES.SPEND_VS_INCOME, ratio);
  return {
    value: r4(ratio),
    unit: 'ratio',
    score,
    reason: reason(
      'SPEND_VS_INCOME',
      `Card spending is ${round1(ratio * 100)}% of income`,
      `카드 지출이 소득의 ${round1(ratio * 100)}%`,
      { totalSpend: q.totalSpend, income: q.income, ratio: r4(ratio) },
    ),
  };
}

function billsOnTime(q: QuarterFeatures): Measured {
  if (q.maxDaysPastDue === null || q.maxDaysPastDue === undefined) {
    return missing('BILLS_ON_TIME', 'days', 'Repayment record', '상환 이력');
  }
  const days = q.maxDaysPastDue;
  return {
    value: days,
    unit: 'days',
    score: billsOnTimeScore(days),
    reason:
      days === 0
        ? reason('BILLS_ON_TIME', 'All loan payments on time', '대출 상환 연체 없음', { maxDaysPastDue: 0 })
        : reason('BILLS_LATE', `Worst arrears ${days} days`, `최장 연체 ${days}일`, { maxDaysPastDue: days }),
  };
}

function liquidSavings(q: QuarterFeatures): Measured {
  if (q.savingsBalance === null) return missing('LIQUID_SAVINGS', 'months', 'Savings balance', '예적금 잔액');
  const savings = toDecimal(q.savingsBalance);
  const monthlySpend = toDecimal(q.totalSpend).div(3);
  if (monthlySpend.isZero()) {
    return {
      value: null,
      unit: 'months',
      score: savings.isZero() ? 0 : 100,
      reason: reason('SAVINGS_NO_SPEND', 'No spending this quarter to measure savings against', '지출 없음', {
        savingsBalance: q.savingsBalance,
      }),
    };
  }
  const months = savings.div(monthlySpend).toNumber();
  return {
    value: r4(months),
    unit: 'months',
    score: scoreOnCurve(HEALTH_CURVES.LIQUID_SAVINGS, months),
    reason: reason(
      'LIQUID_SAVINGS',
      `Savings cover ${round1(months)} months of card spending`,
      `예적금으로 카드 지출 ${round1(months)}개월분 충당 가능`,
      { savingsBalance: q.savingsBalance, monthlySpend: monthlySpend.toFixed(0), months: r4(months) },
    ),
  };
}

function debtService(q: QuarterFeatures): Measured {
  const noLoan = q.loanBalance !== null && toDecimal(q.loanBalance).isZero();
  const noService = q.annualDebtService === null || toDecimal(q.annualDebtService).isZero();
  if (noLoan && noService) {
    return {
      value: 0,
      unit: 'ratio',
      score: 100,
      reason: reason('NO_DEBT', 'No loans outstanding', '대출 없음', { loanBalance: '0' }),
    };
  }
  if (q.annualDebtService === null) return missing('DEBT_SERVICE', 'ratio', 'Debt service', '원리금 상환액');
  if (q.income === null) return missing('DEBT_SERVICE', 'ratio', 'Income for DSR', 'DSR 산정 소득');
  const annualIncome = toDecimal(q.income).times(4);
  const service = toDecimal(q.annualDebtService);
  if (annualIncome.isZero()) {
    return {
      value: null,
      unit: 'ratio',
      score: 0,
      reason: reason('DSR_NO_INCOME', 'Debt payments due with no income', '소득 없이 원리금 상환 부담', {
        annualDebtService: q.annualDebtService,
      }),
    };
  }
  const dsr = service.div(annualIncome).toNumber();
  return {
    value: r4(dsr),
    unit: 'ratio',
    score: scoreOnCurve(HEALTH_CURVES.DEBT_SERVICE, dsr),
    reason: reason(
      'DEBT_SERVICE',
      `DSR ${round1(dsr * 100)}% (annual debt service ÷ annual income; bank cap 40%)`,
      `DSR ${round1(dsr * 100)}% (연간 원리금 ÷ 연소득, 은행권 한도 40%)`,
      { annualDebtService: q.annualDebtService, annualIncome: annualIncome.toFixed(0), dsr: r4(dsr) },
    ),
  };
}

function insurance(q: QuarterFeatures): Measured {
  const premiums: Decimal = categorySpend(q, 'INSURANCE');
  const insured = premiums.greaterThan(0);
  return {
    value: insured ? 1 : 0,
    unit: 'flag',
    score: insured ? 100 : 40,
    reason: insured
      ? reason('INSURED', 'Pays insurance premiums by card', '카드로 보험료 납부', {
          insurance: premiums.toFixed(0),
        })
      : reason(
          'NO_INSURANCE_SEEN',
          'No insurance premiums seen on cards (they may be paid by transfer)',
          '카드 보험료 납부 내역 없음 (계좌이체 가능성)',
          { insurance: '0' },
        ),
  };
}

function spendStability(q: QuarterFeatures): Measured {
  const change = spendChange(q);
  if (change === null) return missing('SPEND_STABILITY', 'ratio', 'Previous quarter', '전 분기 지출');
  const abs = Math.abs(change);
  return {
    value: r4(change),
    unit: 'ratio',
    score: scoreOnCurve(HEALTH_CURVES.SPEND_STABILITY, abs),
    reason: reason(
      'SPEND_STABILITY',
      `Spending changed ${change >= 0 ? '+' : ''}${round1(change * 100)}% on the previous quarter`,
      `전 분기 대비 지출 ${change >= 0 ? '+' : ''}${round1(change * 100)}%`,
      { totalSpend: q.totalSpend, previousTotalSpend: q.previousTotalSpend, change: r4(change) },
    ),
  };
}

const MEASURES: Record<HealthIndicator, (q: QuarterFeatures) => Measured> = {
  SPEND_VS_INCOME: spendVsIncome,
  BILLS_ON_TIME: billsOnTime,
  LIQUID_SAVINGS: liquidSavings,
  DEBT_SERVICE: debtService,
  INSURANCE: insurance,
  SPEND_STABILITY: spendStability,
};

export function computeHealthScore(q: QuarterFeatures): HealthScoreResult {
  validateQuarterFeatures(q);
  const measured = (Object.keys(MEASURES) as HealthIndicator[]).map((indicator) => ({
    indicator,
    ...MEASURES[indicator](q),
  }));
  const usedWeight = measured.reduce((s, m) => s + (m.score === null ? 0 : HEALTH_WEIGHTS[m.indicator]), 0);
  const components: HealthComponent[] = measured.map((m) => ({
    indicator: m.indicator,
    pillar: PILLAR[m.indicator],
    value: m.value,
    unit: m.unit,
    score: m.score === null ? null : Math.round(m.score * 100) / 100,
    weight: HEALTH_WEIGHTS[m.indicator],
    effectiveWeight: m.score === null || usedWeight === 0 ? 0 : r4(HEALTH_WEIGHTS[m.indicator] / usedWeight),
    reason: m.reason,
  }));
  const reasons: Reason[] = [];
  const excluded = components.filter((c) => c.score === null).map((c) => c.indicator);
  if (usedWeight === 0) {
    reasons.push(reason('INSUFFICIENT_DATA', 'No indicator had data', '점수 산정에 필요한 데이터 없음'));
    return {
      customerId: q.customerId,
      quarter: q.quarter,
      score: null,
      band: null,
      coverage: 0,
      components,
      reasons,
    };
  }
  const weighted = measured.reduce(
    (s, m) => s + (m.score === null ? 0 : (m.score * HEALTH_WEIGHTS[m.indicator]) / usedWeight),
    0,
  );
  const score = Math.round(weighted);
  const band = healthBand(score);
  reasons.push(
    reason(
      'HEALTH_SCORE',
      `Score ${score} (${band}): Σ weight × indicator score over the indicators with data`,
      `점수 ${score} (${band}): 데이터가 있는 지표의 가중 평균`,
      { score, band, unweighted: Math.round(weighted * 100) / 100 },
    ),
  );
  if (excluded.length > 0) {
    reasons.push(
      reason(
        'WEIGHTS_RENORMALISED',
        `Excluded for missing data: ${excluded.join(', ')}; the other weights were scaled by 1 ÷ ${r4(usedWeight)}`,
        `데이터 없음으로 제외: ${excluded.join(', ')}; 나머지 가중치를 1 ÷ ${r4(usedWeight)} 배로 재조정`,
        { excluded: excluded.join(','), coverage: r4(usedWeight) },
      ),
    );
  }
  // The weakest scored indicators are what the customer can act on first.
  const weakest = components
    .filter((c) => c.score !== null && c.score < 50)
    .sort((a, b) => (a.score as number) - (b.score as number));
  for (const c of weakest) reasons.push(c.reason);
  return {
    customerId: q.customerId,
    quarter: q.quarter,
    score,
    band,
    coverage: r4(usedWeight),
    components,
    reasons,
  };
}

/** One indicator that can still raise the score: the points it gives at full marks, and the value that scores 100. */
export interface HealthLever {
  indicator: HealthIndicator;
  /** The measured value now (as `HealthComponent.value`). */
  value: number | null;
  /** Its score, 0–100. */
  score: number;
  /** Points of the 0–100 score gained if the indicator scored 100: (100 − score) × its effective weight. */
  gain: number;
  /** The same rounded to the point (what a sentence says). */
  points: number;
  /** The value at which the indicator scores 100 (a curve's full-marks point), null for a flag or a day count. */
  fullAt: number | null;
  /** The DSR's: the monthly debt service now and at `fullAt` (whole won; its reason's annual figures ÷ 12). */
  monthlyService?: { now: string; at: string };
}

/** The value at which a curve reaches 100. */
function fullMarksAt(curve: Curve): number | null {
  return curve.find(([, y]) => y === 100)?.[0] ?? null;
}

const FULL_AT: Record<HealthIndicator, number | null> = {
  SPEND_VS_INCOME: fullMarksAt(HEALTH_CURVES.SPEND_VS_INCOME),
  BILLS_ON_TIME: null,
  LIQUID_SAVINGS: fullMarksAt(HEALTH_CURVES.LIQUID_SAVINGS),
  DEBT_SERVICE: fullMarksAt(HEALTH_CURVES.DEBT_SERVICE),
  INSURANCE: null,
  SPEND_STABILITY: fullMarksAt(HEALTH_CURVES.SPEND_STABILITY),
};

/**
 * QA round 25 (left25a, left25b). What can raise the score ("어떻게 하면 점수 올라가요", "how do i get it to 80"): each
 * scored indicator below 100 with the points it would add at full marks, most points first (the DSR's also as a monthly
 * repayment now and at full marks), and the exact (unrounded) score they add to.
 */
export function healthLevers(components: readonly HealthComponent[]): {
  exact: number;
  levers: HealthLever[];
} {
  const scored = components.filter((c) => c.score !== null && c.effectiveWeight > 0);
  const exact = scored.reduce((s, c) => s + (c.score as number) * c.effectiveWeight, 0);
  const levers = scored
    .filter((c) => (c.score as number) < 100)
    .map((c): HealthLever => {
      const raw = (100 - (c.score as number)) * c.effectiveWeight;
      const fullAt = FULL_AT[c.indicator];
      const f = c.reason.figures;
      const service =
        c.indicator === 'DEBT_SERVICE' &&
        fullAt !== null &&
        f.annualDebtService != null &&
        f.annualIncome != null
          ? {
              now: new Decimal(String(f.annualDebtService)).div(12).toDecimalPlaces(0).toFixed(0),
              at: new Decimal(String(f.annualIncome)).times(fullAt).div(12).floor().toFixed(0),
            }
          : undefined;
      return {
        indicator: c.indicator,
        value: c.value,
        score: c.score as number,
        gain: Math.round(raw * 100) / 100,
        points: Math.round(raw),
        fullAt,
        ...(service ? { monthlyService: service } : {}),
      };
    })
    .sort((a, b) => b.gain - a.gain);
  return { exact: Math.round(exact * 100) / 100, levers };
}

/**
 * The fewest levers, most points first, that take the score from `exact` to `target` once rounded (the score is the
 * rounded weighted mean); all of them when even together they fall short.
 */
export function leversToReach(
  exact: number,
  levers: readonly HealthLever[],
  target: number,
): { chosen: HealthLever[]; reached: number } {
  const chosen: HealthLever[] = [];
  let total = exact;
  for (const l of levers) {
    if (Math.round(total) >= target) break;
    chosen.push(l);
    total += l.gain;
  }
  return { chosen, reached: Math.min(100, Math.round(total)) };
}
