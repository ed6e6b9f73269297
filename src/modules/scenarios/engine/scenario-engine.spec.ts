import {
  applyCalibration,
  DELINQUENCY_MODEL,
  delinquencyProbability,
  expectedCalibrationError,
  fitIsotonic,
  rawDelinquencyScore,
} from './delinquency-model';
import {
  DEFAULT_THRESHOLDS,
  evaluateScenarios,
  ScenarioMetrics,
  ScenarioThresholds,
} from './scenario-engine';

const calm: ScenarioMetrics = {
  cardUtilisation: 0.5,
  maxDaysPastDue: 0,
  overdueAmount: 0,
  loanBalance: 0,
  weightedLoanRate: null,
  dsr: null,
  spendQoqChange: null,
  spendToIncome: null,
  nightShare: null,
  overseasShare: null,
  onlineShare: null,
  incomeChange: null,
  savingsBalance: null,
  liquidityMonths: null,
};
const find = (m: ScenarioMetrics, label: string, t: ScenarioThresholds = DEFAULT_THRESHOLDS) =>
  evaluateScenarios(m, t).scenarios.find((s) => s.label === label);

describe('delinquency model (fitted on the Taiwan credit-default data)', () => {
  it('scores by hand: z = b0 + b·[delinquent, months, utilisation], then the isotonic step', () => {
    // no arrears, utilisation 0.5: z = −1.927017 + 0.5·0.203937 = −1.8250485, σ(z) = 0.138829
    expect(rawDelinquencyScore({ maxDaysPastDue: 0, cardUtilisation: 0.5 }, DELINQUENCY_MODEL)).toBeCloseTo(
      0.138829,
      5,
    );
    // 0.127081 ≤ 0.138817 < 0.140652 → first step, y = 0.125839
    expect(delinquencyProbability({ maxDaysPastDue: 0, cardUtilisation: 0.5 }, DELINQUENCY_MODEL)).toBe(
      0.125839,
    );
    // 60 days, utilisation 0.9: z = −1.927017 + 0.459855 + 2·0.893839 + 0.9·0.203937 = 0.5040593, σ = 0.623411
    expect(rawDelinquencyScore({ maxDaysPastDue: 60, cardUtilisation: 0.9 }, DELINQUENCY_MODEL)).toBeCloseTo(
      0.623411,
      5,
    );
    expect(delinquencyProbability({ maxDaysPastDue: 60, cardUtilisation: 0.9 }, DELINQUENCY_MODEL)).toBe(
      0.697279,
    );
  });

  it('unknown utilisation uses the training mean', () => {
    expect(delinquencyProbability({ maxDaysPastDue: 0, cardUtilisation: null }, DELINQUENCY_MODEL)).toBe(
      delinquencyProbability(
        { maxDaysPastDue: 0, cardUtilisation: DELINQUENCY_MODEL.meanUtilisation },
        DELINQUENCY_MODEL,
      ),
    );
  });

  it('isotonic regression pools adjacent violators', () => {
    // labels 0,1,0,1 at scores .1,.2,.3,.4: (.2,1) and (.3,0) pool to 0.5
    expect(fitIsotonic([0.3, 0.1, 0.4, 0.2], [0, 0, 1, 1])).toEqual({
      kind: 'isotonic',
      x: [0.1, 0.2, 0.4],
      y: [0, 0.5, 1],
    });
    expect(applyCalibration(0.05, { kind: 'isotonic', x: [0.1, 0.2, 0.4], y: [0, 0.5, 1] })).toBe(0);
    expect(applyCalibration(0.39, { kind: 'isotonic', x: [0.1, 0.2, 0.4], y: [0, 0.5, 1] })).toBe(0.5);
    expect(applyCalibration(0.3, { kind: 'platt', a: 0, b: 1 })).toBeCloseTo(0.3, 12);
  });

  it('ECE over equal-width bins', () => {
    // bin [0.1,0.2): |0.15 − 0.5|·½ = 0.175; bin [0.8,0.9): |0.85 − 1|·½ = 0.075
    expect(expectedCalibrationError([0.15, 0.15, 0.85, 0.85], [0, 1, 1, 1])).toBeCloseTo(0.25, 12);
  });
});

describe('evaluateScenarios', () => {
  it('maps rule margins through σ(4·m) and marks them uncalibrated', () => {
    // DSR 0.5 over 0.4: m = 0.25 → σ(1) = 0.7310586
    const debt = find({ ...calm, dsr: 0.5 }, 'DEBT_BURDEN');
    expect(debt?.probability).toBeCloseTo(0.7310586, 6);
    expect(debt?.calibrated).toBe(false);
    expect(debt?.keyMetrics).toEqual([
      { name: 'dsr', value: 0.5, threshold: 0.4, direction: 'ABOVE', triggered: true },
    ]);
    // liquidity 1.5 months under 3: m = 0.5 → σ(2) = 0.8807971
    expect(find({ ...calm, liquidityMonths: 1.5 }, 'LIQUIDITY_SHORTFALL')?.probability).toBeCloseTo(
      0.8807971,
      6,
    );
    // overspending: spend/income exactly at 0.7 (m = 0), QoQ +45 % over 30 % (m = 0.5) → the larger margin
    const over = find({ ...calm, spendToIncome: 0.7, spendQoqChange: 0.45 }, 'OVERSPENDING');
    expect(over?.probability).toBeCloseTo(0.8807971, 6);
    expect(over?.keyMetrics.map((k) => k.triggered)).toEqual([false, true]);
    // income −30 % under −15 %: m = 1 → σ(4) = 0.9820138
    expect(find({ ...calm, incomeChange: -0.3 }, 'INCOME_DROP')?.probability).toBeCloseTo(0.9820138, 6);
  });

  it('leaves out scenarios without data and refinance without loans', () => {
    const r = evaluateScenarios(calm);
    expect(r.scenarios.map((s) => s.label)).toEqual(['DELINQUENCY_RISK']);
    expect(r.primary?.calibrated).toBe(true);
    expect(find({ ...calm, weightedLoanRate: 0.12 }, 'HIGH_INTEREST_REFINANCE')).toBeUndefined();
    // 10.5 % over 7 %: m = 0.5 → σ(2)
    expect(
      find({ ...calm, loanBalance: 1e7, weightedLoanRate: 0.105 }, 'HIGH_INTEREST_REFINANCE')?.probability,
    ).toBeCloseTo(0.8807971, 6);
  });

  it('recognises a stable saver (all conditions; smallest margin decides) and picks it as primary', () => {
    // liquidity 12 vs ≥ 6 (m = 1), DSR unknown = 0 vs < 0.3 (m = 1), spend/income 0.25 vs < 0.5 (m = 0.5) → σ(2)
    const r = evaluateScenarios({ ...calm, liquidityMonths: 12, spendToIncome: 0.25, cardUtilisation: 0.1 });
    expect(r.primary?.label).toBe('STABLE_SAVER');
    expect(r.primary?.probability).toBeCloseTo(0.8807971, 6);
    expect(r.thresholdVersion).toBe('default-2026-11-21');
  });

  it('moves in the expected direction when a repayment is missed or spending spikes', () => {
    const before = evaluateScenarios({
      ...calm,
      liquidityMonths: 12,
      spendToIncome: 0.25,
      spendQoqChange: 0,
    });
    const missed = evaluateScenarios({
      ...calm,
      liquidityMonths: 12,
      spendToIncome: 0.25,
      spendQoqChange: 0,
      maxDaysPastDue: 45,
      overdueAmount: 500000,
    });
    expect(before.primary?.label).toBe('STABLE_SAVER');
    expect(missed.primary?.label).toBe('DELINQUENCY_RISK');
    expect(missed.primary!.probability).toBeGreaterThan(find(calm, 'DELINQUENCY_RISK')!.probability);
    const spike = evaluateScenarios({
      ...calm,
      liquidityMonths: 12,
      spendToIncome: 0.9,
      spendQoqChange: 0.8,
    });
    expect(spike.primary?.label).toBe('OVERSPENDING');
  });

  it('names the threshold version it used', () => {
    const t = { ...DEFAULT_THRESHOLDS, version: 'v7-20261121', dsr: 0.6 };
    const r = evaluateScenarios({ ...calm, dsr: 0.5 }, t);
    expect(r.thresholdVersion).toBe('v7-20261121');
    expect(r.scenarios.find((s) => s.label === 'DEBT_BURDEN')?.keyMetrics[0].triggered).toBe(false);
  });
});
