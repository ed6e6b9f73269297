import { toDecimal } from '../../../common/money';
import { reason, Reason } from '../explain';
import { QuarterFeatures, r4, spendChange, validateQuarterFeatures } from '../features';
import { sigmoid } from './logistic';

// Loan (default) risk from spending and repayment behaviour: a transparent logistic scorecard
//   logit p = b0 + Σ bᵢ xᵢ  (+ expert overlays for DSR and spend-to-income, see below)
// Coefficients were fitted on the UCI "default of credit card clients" (Taiwan) data, train split
// (ID mod 5 ≠ 0), with `npm run eval:loan-risk -- --fit`; the held-out split (ID mod 5 = 0) validates
// them (ROC-AUC and calibration in docs/insights.md). A feature we cannot observe takes its training mean,
// so it moves nothing, and the explanation says so.

export type LoanRiskFeature = 'delinquencyMonths' | 'utilisation' | 'repaymentRatio' | 'spendGrowth';

export interface LoanRiskFeatures {
  /** Months in arrears now (0–3, capped): maxDaysPastDue ÷ 30, floored. */
  delinquencyMonths: number | null;
  /** Monthly card spend ÷ credit limit (0–1.5, capped). */
  utilisation: number | null;
  /** Share of the billed amount repaid (0–1). */
  repaymentRatio: number | null;
  /** Quarter-over-quarter spend change (−1 to 2, capped). */
  spendGrowth: number | null;
  /** Overlays: DSR (annual debt service ÷ annual income) and card spend ÷ income of the quarter. */
  dsr: number | null;
  spendToIncome: number | null;
}

export interface LoanRiskModel {
  version: string;
  intercept: number;
  coefficients: Record<LoanRiskFeature, number>;
  /** Training means, used for a missing feature and as the reference point of each contribution. */
  means: Record<LoanRiskFeature, number>;
  /** Expert overlays (not fitted: the calibration data has no income): slope × max(0, value − from). */
  overlays: { dsr: { from: number; slope: number }; spendToIncome: { from: number; slope: number } };
  bands: { lowBelow: number; moderateBelow: number; highBelow: number };
}

/** Fitted by `npm run eval:loan-risk -- --fit` on the Taiwan train split (24,000 rows). */
export const LOAN_RISK_MODEL: LoanRiskModel = {
  version: 'loan-risk-2025.1-taiwan',
  intercept: -1.77269,
  coefficients: {
    delinquencyMonths: 1.17529,
    utilisation: 0.097988,
    repaymentRatio: -0.174006,
    spendGrowth: -0.070692,
  },
  means: {
    delinquencyMonths: 0.34825,
    utilisation: 0.421714,
    repaymentRatio: 0.395275,
    spendGrowth: 0.284999,
  },
  overlays: { dsr: { from: 0.4, slope: 2.0 }, spendToIncome: { from: 1.0, slope: 1.5 } },
  bands: { lowBelow: 0.1, moderateBelow: 0.25, highBelow: 0.5 },
};

export type LoanRiskBand = 'LOW' | 'MODERATE' | 'HIGH' | 'VERY_HIGH';

export interface LoanRiskFactor {
  feature: LoanRiskFeature | 'dsr' | 'spendToIncome';
  value: number | null;
  coefficient: number;
  /** Contribution to the log-odds against the training mean (positive raises the risk). */
  logOdds: number;
  assumed: boolean;
}

export interface LoanRiskResult {
  customerId: string;
  quarter: string;
  modelVersion: string;
  probability: number;
  band: LoanRiskBand;
  logOdds: number;
  /** Ordered by |logOdds|, largest first. */
  factors: LoanRiskFactor[];
  reasons: Reason[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export const LOAN_RISK_FEATURES: readonly LoanRiskFeature[] = [
  'delinquencyMonths',
  'utilisation',
  'repaymentRatio',
  'spendGrowth',
];

/** Bring raw values into the scorecard's ranges (the same caps the fitting used). */
export function capLoanRiskFeatures(f: LoanRiskFeatures): LoanRiskFeatures {
  const cap = (v: number | null, lo: number, hi: number) => (v === null ? null : clamp(v, lo, hi));
  return {
    delinquencyMonths: cap(f.delinquencyMonths === null ? null : Math.floor(f.delinquencyMonths), 0, 3),
    utilisation: cap(f.utilisation, 0, 1.5),
    repaymentRatio: cap(f.repaymentRatio, 0, 1),
    spendGrowth: cap(f.spendGrowth, -1, 2),
    dsr: f.dsr,
    spendToIncome: f.spendToIncome,
  };
}

/** The scorecard's inputs from a customer quarter (null where the data is not there). */
export function loanRiskFeatures(q: QuarterFeatures): LoanRiskFeatures {
  const monthlySpend = toDecimal(q.totalSpend).div(3);
  const limit = q.creditLimit ? toDecimal(q.creditLimit) : null;
  const income = q.income === null ? null : toDecimal(q.income);
  return capLoanRiskFeatures({
    delinquencyMonths:
      q.maxDaysPastDue === null || q.maxDaysPastDue === undefined ? null : Math.floor(q.maxDaysPastDue / 30),
    utilisation: limit && limit.greaterThan(0) ? monthlySpend.div(limit).toNumber() : null,
    repaymentRatio: q.repaymentRatio ?? null,
    spendGrowth: spendChange(q),
    dsr:
      q.annualDebtService !== null && income && income.greaterThan(0)
        ? toDecimal(q.annualDebtService).div(income.times(4)).toNumber()
        : null,
    spendToIncome: income && income.greaterThan(0) ? toDecimal(q.totalSpend).div(income).toNumber() : null,
  });
}

export function loanRiskBand(p: number, model: LoanRiskModel = LOAN_RISK_MODEL): LoanRiskBand {
  if (p < model.bands.lowBelow) return 'LOW';
  if (p < model.bands.moderateBelow) return 'MODERATE';
  if (p < model.bands.highBelow) return 'HIGH';
  return 'VERY_HIGH';
}

const LABEL: Record<LoanRiskFactor['feature'], { en: string; ko: string }> = {
  delinquencyMonths: { en: 'months in arrears', ko: '연체 개월 수' },
  utilisation: { en: 'card limit utilisation', ko: '카드 한도 소진율' },
  repaymentRatio: { en: 'share of bills repaid', ko: '청구액 상환 비율' },
  spendGrowth: { en: 'quarter-over-quarter spend growth', ko: '전 분기 대비 지출 증가율' },
  dsr: { en: 'DSR above 40 %', ko: 'DSR 40% 초과분' },
  spendToIncome: { en: 'spend above income', ko: '소득 초과 지출' },
};

/** Score already-derived features (the evaluation script calls this with the Taiwan rows). */
export function scoreLoanRiskFeatures(
  raw: LoanRiskFeatures,
  model: LoanRiskModel = LOAN_RISK_MODEL,
): { probability: number; logOdds: number; factors: LoanRiskFactor[] } {
  const f = capLoanRiskFeatures(raw);
  const factors: LoanRiskFactor[] = [];
  // The intercept is re-expressed at the training means so each factor reads "against the average".
  let logOdds =
    model.intercept + LOAN_RISK_FEATURES.reduce((s, k) => s + model.coefficients[k] * model.means[k], 0);
  for (const k of LOAN_RISK_FEATURES) {
    const v = f[k];
    const contribution = v === null ? 0 : model.coefficients[k] * (v - model.means[k]);
    logOdds += contribution;
    factors.push({
      feature: k,
      value: v === null ? null : r4(v),
      coefficient: model.coefficients[k],
      logOdds: r4(contribution),
      assumed: v === null,
    });
  }
  for (const k of ['dsr', 'spendToIncome'] as const) {
    const v = f[k];
    const o = model.overlays[k];
    const contribution = v === null ? 0 : o.slope * Math.max(0, v - o.from);
    logOdds += contribution;
    factors.push({
      feature: k,
      value: v === null ? null : r4(v),
      coefficient: o.slope,
      logOdds: r4(contribution),
      assumed: v === null,
    });
  }
  factors.sort((a, b) => Math.abs(b.logOdds) - Math.abs(a.logOdds));
  return { probability: sigmoid(logOdds), logOdds, factors };
}

export function scoreLoanRisk(q: QuarterFeatures, model: LoanRiskModel = LOAN_RISK_MODEL): LoanRiskResult {
  validateQuarterFeatures(q);
  const { probability, logOdds, factors } = scoreLoanRiskFeatures(loanRiskFeatures(q), model);
  const band = loanRiskBand(probability, model);
  const reasons: Reason[] = [
    reason(
      'LOAN_RISK',
      `Estimated default probability ${r4(probability * 100)} % (${band})`,
      `예상 부도 확률 ${r4(probability * 100)}% (${band})`,
      { probability: r4(probability), logOdds: r4(logOdds), modelVersion: model.version },
    ),
  ];
  for (const f of factors) {
    const l = LABEL[f.feature];
    if (f.assumed) {
      reasons.push(
        reason(
          `${f.feature.toUpperCase()}_ASSUMED`,
          `No data for ${l.en}: population average assumed`,
          `${l.ko} 정보 없음: 평균값 가정`,
          { feature: f.feature },
        ),
      );
    } else if (f.logOdds !== 0) {
      const dir = f.logOdds > 0 ? 'raises' : 'lowers';
      reasons.push(
        reason(
          `${f.feature.toUpperCase()}`,
          `${l.en} ${f.value} ${dir} the risk (${f.logOdds > 0 ? '+' : ''}${f.logOdds} log-odds)`,
          `${l.ko} ${f.value}: 위험 ${f.logOdds > 0 ? '상승' : '하락'} (${f.logOdds > 0 ? '+' : ''}${f.logOdds})`,
          { feature: f.feature, value: f.value, coefficient: f.coefficient, logOdds: f.logOdds },
        ),
      );
    }
  }
  return {
    customerId: q.customerId,
    quarter: q.quarter,
    modelVersion: model.version,
    probability: r4(probability),
    band,
    logOdds: r4(logOdds),
    factors,
    reasons,
  };
}
