import { quarter } from '../quarter.fixture';
import { calibrationTable, fitLogistic, rocAuc, sigmoid, solve } from './logistic';
import { loanRiskBand, scoreLoanRisk } from './loan-risk';

describe('logistic tools', () => {
  it('solve: 2 × 2 system', () => {
    // 2x + y = 5, x + 3y = 10 → x = 1, y = 3
    const [x, y] = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [5, 10],
    );
    expect(x).toBeCloseTo(1, 12);
    expect(y).toBeCloseTo(3, 12);
  });

  it('fitLogistic reproduces the closed-form MLE of one binary feature', () => {
    // x = 0: 2 of 10 default → b0 = ln(0.2 ÷ 0.8) = ln 0.25 = −1.386294…
    // x = 1: 6 of 10 default → b0 + b1 = ln(0.6 ÷ 0.4) = ln 1.5 → b1 = ln 6 = 1.791759…
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 10; i++) {
      x.push([0]);
      y.push(i < 2 ? 1 : 0);
      x.push([1]);
      y.push(i < 6 ? 1 : 0);
    }
    const { coefficients } = fitLogistic(x, y);
    expect(coefficients[0]).toBeCloseTo(Math.log(0.25), 8);
    expect(coefficients[1]).toBeCloseTo(Math.log(6), 8);
  });

  it('rocAuc counts tied pairs as ½ (Mann–Whitney)', () => {
    // positives 0.9, 0.6, 0.5; negatives 0.6, 0.3. Pairs won: 0.9>0.6, 0.9>0.3, 0.6=0.6 (½), 0.6>0.3,
    // 0.5<0.6 (0), 0.5>0.3 → 4.5 of 6 = 0.75
    expect(rocAuc([0.9, 0.6, 0.5, 0.6, 0.3], [1, 1, 1, 0, 0])).toBe(0.75);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
  });

  it('calibrationTable: equal-count bins of predicted vs observed', () => {
    expect(calibrationTable([0.4, 0.1, 0.3, 0.2], [1, 0, 1, 0], 2)).toEqual([
      { bin: 1, n: 2, meanPredicted: expect.closeTo(0.15, 12), observedRate: 0 },
      { bin: 2, n: 2, meanPredicted: expect.closeTo(0.35, 12), observedRate: 1 },
    ]);
    expect(sigmoid(0)).toBe(0.5);
  });
});

describe('scoreLoanRisk — the documented scorecard', () => {
  // At the training means the log-odds are the intercept plus Σ b·mean:
  // −1.77269 + 1.17529 × 0.34825 + 0.097988 × 0.421714 − 0.174006 × 0.395275 − 0.070692 × 0.284999
  // = −1.4109997
  it('no repayment data: the missing features are assumed at the mean and said so', () => {
    // only spend growth is observed (0 % → −0.070692 × (0 − 0.284999) = +0.0201473):
    // log-odds −1.3908526 → p = 1 ÷ (1 + e^1.3908526) = 0.199272
    const r = scoreLoanRisk(quarter());
    expect(r.logOdds).toBe(-1.3909);
    expect(r.probability).toBe(0.1993);
    expect(r.band).toBe('MODERATE');
    expect(r.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['DELINQUENCYMONTHS_ASSUMED', 'UTILISATION_ASSUMED', 'REPAYMENTRATIO_ASSUMED']),
    );
  });

  it('arrears, high utilisation, little repaid and DSR 50 %: very high, arrears first', () => {
    // delinquency 65 days → 2 months: 1.17529 × (2 − 0.34825) = +1.9412853
    // utilisation (6,000,000 ÷ 3) ÷ 3,000,000 = 0.6667: 0.097988 × (0.6667 − 0.421714) = +0.0240
    // repaid 0.2: −0.174006 × (0.2 − 0.395275) = +0.0340; growth 0: +0.0201
    // DSR 30,000,000 ÷ (15,000,000 × 4) = 0.5 → overlay 2 × (0.5 − 0.4) = +0.2
    // log-odds = −1.4109997 + 2.2194138 = 0.8084141 → p = 0.691771
    const r = scoreLoanRisk(
      quarter({
        maxDaysPastDue: 65,
        creditLimit: '3000000',
        repaymentRatio: 0.2,
        loanBalance: '100000000',
        annualDebtService: '30000000',
      }),
    );
    expect(r.logOdds).toBe(0.8084);
    expect(r.probability).toBe(0.6918);
    expect(r.band).toBe('VERY_HIGH');
    expect(r.factors[0]).toEqual({
      feature: 'delinquencyMonths',
      value: 2,
      coefficient: 1.17529,
      logOdds: 1.9413,
      assumed: false,
    });
    expect(r.factors.find((f) => f.feature === 'dsr')?.logOdds).toBe(0.2);
  });

  it('bands: < 10 % low, < 25 % moderate, < 50 % high, else very high', () => {
    expect([0.05, 0.1, 0.249, 0.25, 0.5].map((p) => loanRiskBand(p))).toEqual([
      'LOW',
      'MODERATE',
      'MODERATE',
      'HIGH',
      'VERY_HIGH',
    ]);
  });
});
