import { AppError } from '../../../common/errors';
import { scoreOnCurve } from '../piecewise';
import { quarter } from '../quarter.fixture';
import { computeHealthScore, healthBand } from './health-score';

describe('scoreOnCurve', () => {
  it('interpolates linearly and clamps at both ends', () => {
    const curve = [
      [0.7, 100],
      [0.9, 75],
      [1.0, 50],
    ] as const;
    expect(scoreOnCurve(curve, 0.5)).toBe(100);
    expect(scoreOnCurve(curve, 0.8)).toBeCloseTo(87.5, 10);
    expect(scoreOnCurve(curve, 0.95)).toBeCloseTo(62.5, 10);
    expect(scoreOnCurve(curve, 3)).toBe(50);
  });
});

describe('healthBand — healthy ≥ 80, coping 40–79, vulnerable < 40', () => {
  it.each([
    [100, 'HEALTHY'],
    [80, 'HEALTHY'],
    [79, 'COPING'],
    [40, 'COPING'],
    [39, 'VULNERABLE'],
    [0, 'VULNERABLE'],
  ])('%i → %s', (score, band) => expect(healthBand(score)).toBe(band));
});

describe('computeHealthScore — hand-computed', () => {
  it('complete data, healthy customer', () => {
    // spend/income 8,000,000 ÷ 10,000,000 = 0.8 → between (0.7,100) and (0.9,75): 87.5
    // on time → 100; savings 16,000,000 ÷ (8,000,000 ÷ 3) = 6 months → 100;
    // DSR 8,000,000 ÷ (10,000,000 × 4) = 0.2 → 100; insurance paid → 100; QoQ 0 % → 100
    // score = 0.125 × 87.5 + 0.875 × 100 = 98.4375 → 98
    const r = computeHealthScore(
      quarter({
        totalSpend: '8000000',
        spendByCategory: { INSURANCE: '300000', OTHER: '7700000' },
        income: '10000000',
        maxDaysPastDue: 0,
        savingsBalance: '16000000',
        loanBalance: '50000000',
        annualDebtService: '8000000',
        previousTotalSpend: '8000000',
      }),
    );
    expect(r.score).toBe(98);
    expect(r.band).toBe('HEALTHY');
    expect(r.coverage).toBe(1);
    const byCode = Object.fromEntries(r.components.map((c) => [c.indicator, [c.value, c.score, c.weight]]));
    expect(byCode).toEqual({
      SPEND_VS_INCOME: [0.8, 87.5, 0.125],
      BILLS_ON_TIME: [0, 100, 0.125],
      LIQUID_SAVINGS: [6, 100, 0.25],
      DEBT_SERVICE: [0.2, 100, 0.25],
      INSURANCE: [1, 100, 0.125],
      SPEND_STABILITY: [0, 100, 0.125],
    });
  });

  it('missing income, loans and repayment record: excluded and weights renormalised', () => {
    // savings 8,000,000 ÷ (6,000,000 ÷ 3) = 4 months → 75 + 25 × (1 ÷ 3) = 83.33…
    // no insurance seen → 40; QoQ (6,000,000 − 5,000,000) ÷ 5,000,000 = 0.2 → 100 − 100 × 0.1 ÷ 0.4 = 75
    // used weight 0.25 + 0.125 + 0.125 = 0.5
    // score = (0.25 × 83.33… + 0.125 × 40 + 0.125 × 75) ÷ 0.5 = 70.4166… → 70
    const r = computeHealthScore(
      quarter({
        income: null,
        savingsBalance: '8000000',
        loanBalance: null,
        annualDebtService: null,
        previousTotalSpend: '5000000',
      }),
    );
    expect(r.score).toBe(70);
    expect(r.band).toBe('COPING');
    expect(r.coverage).toBe(0.5);
    const excluded = r.components.filter((c) => c.score === null).map((c) => c.indicator);
    expect(excluded).toEqual(['SPEND_VS_INCOME', 'BILLS_ON_TIME', 'DEBT_SERVICE']);
    expect(r.components.find((c) => c.indicator === 'LIQUID_SAVINGS')?.effectiveWeight).toBe(0.5);
    expect(r.components.find((c) => c.indicator === 'INSURANCE')?.effectiveWeight).toBe(0.25);
    const renorm = r.reasons.find((x) => x.code === 'WEIGHTS_RENORMALISED');
    expect(renorm?.figures).toEqual({
      excluded: 'SPEND_VS_INCOME,BILLS_ON_TIME,DEBT_SERVICE',
      coverage: 0.5,
    });
  });

  it('vulnerable customer: overspending, arrears, no savings, high DSR', () => {
    // spend/income 7,200,000 ÷ 6,000,000 = 1.2 → 0; 45 days past due → 20; savings 0 → 0;
    // DSR 12,000,000 ÷ 24,000,000 = 0.5 → 25; no insurance → 40; QoQ +50 % → 0
    // score = 0.125 × 20 + 0.25 × 25 + 0.125 × 40 = 13.75 → 14
    const r = computeHealthScore(
      quarter({
        totalSpend: '7200000',
        spendByCategory: { OTHER: '7200000' },
        income: '6000000',
        maxDaysPastDue: 45,
        savingsBalance: '0',
        loanBalance: '30000000',
        annualDebtService: '12000000',
        previousTotalSpend: '4800000',
      }),
    );
    expect(r.score).toBe(14);
    expect(r.band).toBe('VULNERABLE');
    // the weakest indicators are explained, worst first
    expect(r.reasons.slice(1).map((x) => x.code)).toEqual([
      'SPEND_VS_INCOME',
      'LIQUID_SAVINGS',
      'SPEND_STABILITY',
      'BILLS_LATE',
      'DEBT_SERVICE',
      'NO_INSURANCE_SEEN',
    ]);
  });

  it('rejects a float amount, naming the field', () => {
    expect(() => computeHealthScore(quarter({ totalSpend: '12.5' }))).toThrow(AppError);
    expect(() => computeHealthScore(quarter({ totalSpend: '12.5' }))).toThrow(/totalSpend/);
    expect(() => computeHealthScore(quarter({ onlineShare: 1.5 }))).toThrow(/onlineShare/);
  });
});
