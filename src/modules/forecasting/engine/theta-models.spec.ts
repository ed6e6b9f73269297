import { forecast } from './forecast';
import {
  fitThetaModel,
  leastSquaresLine,
  runThetaModel,
  thetaModelMean,
  thetaModelVariance,
  type ThetaModelFit,
} from './theta-models';

// Reference values computed by hand from the recursions of Fiorucci et al. (2016) (see theta-models.ts),
// y = 10, 12, 11, 13, 12; α = 0.5, θ = 2 (w = 1 − 1/θ = ½), ℓ₀ = 5; errors count from t = 4 (3-step burn-in).
const y = [10, 12, 11, 13, 12];

describe('theta models (OTM / DOTM)', () => {
  it('least-squares line over t = 1…n: y = 1, 3, 2, 5 → A = 0, B = 1.1', () => {
    // mean 2.75; Σ(t − 2.5)(y − 2.75) = 5.5, Σ(t − 2.5)² = 5 → B = 1.1; A = 2.75 − 2.5·1.1 = 0
    const { a, b } = leastSquaresLine([1, 3, 2, 5]);
    expect(b).toBeCloseTo(1.1, 12);
    expect(a).toBeCloseTo(0, 12);
  });

  it('static line (OTM recursions): one-step errors and final states by hand', () => {
    // Line of all five points: A = 10.1, B = 0.5.
    // μ₄ = ℓ₃ + ½(⅛·10.1 + (1 − 1/16)/½·0.5) = 10.375 + 1.1 = 11.475 → e₄ = 1.525
    // μ₅ = ℓ₄ + ½(1/16·10.1 + (1 − 1/32)/½·0.5) = 11.6875 + 0.8 = 12.4875 → e₅ = −0.4875
    const r = runThetaModel(y, false, 0.5, 2, 5);
    expect(r.count).toBe(2);
    expect(r.sse).toBeCloseTo(1.525 ** 2 + 0.4875 ** 2, 12);
    expect(r.level).toBeCloseTo(11.84375, 12);
    expect(r.a).toBeCloseTo(10.1, 12);
    expect(r.b).toBeCloseTo(0.5, 12);
    // ŷ₆ = ℓ₅ + ½((½)⁵·10.1 + (1 − (½)⁶)/½·0.5) = 11.84375 + 0.65
    const fit: ThetaModelFit = {
      dynamic: false,
      alpha: 0.5,
      theta: 2,
      level0: 5,
      level: r.level,
      a: r.a,
      b: r.b,
      n: 5,
      sigma2: 1,
      mse: 1,
    };
    expect(thetaModelMean(fit, 1)).toBeCloseTo(12.49375, 12);
    // each further step adds w·B = 0.25
    expect(thetaModelMean(fit, 3)).toBeCloseTo(12.99375, 12);
    // ETS(A,N,N) variance: σ²(1 + (h − 1)α²)
    expect(thetaModelVariance(fit, 3)).toBeCloseTo(1.5, 12);
  });

  it('dynamic line (DOTM recursions): A_t, B_t are the least-squares line of y₁…y_t; errors by hand', () => {
    // t = 2: B = 6(12 − 10)/2/3 = 2, A = 11 − 1.5·2 = 8;  t = 3: B = 0.5, A = 10;  t = 4: B = 0.8, A = 9.5
    // μ₄ = 10.375 + ½(⅛·10 + (15/16)/½·0.5) = 11.46875 → e₄ = 1.53125
    // μ₅ = 11.6875 + ½(1/16·9.5 + (31/32)/½·0.8) = 12.759375 → e₅ = −0.759375
    const r = runThetaModel(y, true, 0.5, 2, 5);
    expect(r.sse).toBeCloseTo(1.53125 ** 2 + 0.759375 ** 2, 12);
    expect(r.a).toBeCloseTo(10.1, 12);
    expect(r.b).toBeCloseTo(0.5, 12);
    const noisy = Array.from({ length: 30 }, (_, t) => 50 + 1.7 * t + (((t * 7919) % 11) - 5));
    for (const n of [2, 7, 19, 30]) {
      const line = leastSquaresLine(noisy.slice(0, n));
      const run = runThetaModel(noisy.slice(0, n), true, 0.3, 2, 25);
      expect(run.b).toBeCloseTo(line.b, 9);
      expect(run.a).toBeCloseTo(line.a, 9);
    }
  });

  it('fitted DOTM follows an exact line (θ grows so that the drift is the whole slope)', () => {
    const line = Array.from({ length: 48 }, (_, t) => 100 + 2.5 * t);
    const fit = fitThetaModel(line, { dynamic: true });
    expect(fit.theta).toBeGreaterThan(5);
    // next values 220, 222.5, …: within 1 % of the slope per step
    for (const h of [1, 6, 12]) expect(thetaModelMean(fit, h)).toBeCloseTo(100 + 2.5 * (47 + h), 0);
    expect(() => fitThetaModel([1, 2, 3], { dynamic: true })).toThrow(RangeError);
  });

  it('forecast(): OTM, DOTM and the default COMBINATION (mean of SES, THETA and DOTM) with nested intervals', () => {
    const series = Array.from(
      { length: 60 },
      (_, t) => (200 + 1.5 * t) * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 12)) + (((t * 37) % 9) - 4),
    );
    const byMethod = (method: 'SES' | 'THETA' | 'DOTM') =>
      forecast(series, { horizon: 6, period: 12, method });
    const combination = forecast(series, { horizon: 6, period: 12 });
    expect(combination.method).toBe('COMBINATION');
    const members = [byMethod('SES'), byMethod('THETA'), byMethod('DOTM')];
    combination.points.forEach((p, i) => {
      expect(p.mean).toBeCloseTo(members.reduce((s, m) => s + m.points[i].mean, 0) / 3, 8);
      expect(p.lower95).toBeLessThanOrEqual(p.lower80);
      expect(p.lower80).toBeLessThanOrEqual(p.mean);
      expect(p.mean).toBeLessThanOrEqual(p.upper80);
      expect(p.upper80).toBeLessThanOrEqual(p.upper95);
    });
    expect(forecast(series, { horizon: 3, period: 12, method: 'OTM' }).points).toHaveLength(3);
    // Three points: DOTM (and so the default) falls back to the standard Theta method instead of failing.
    const short = forecast([5, 6, 7], { horizon: 2, period: 1 });
    expect(short.points.map((p) => Number.isFinite(p.mean))).toEqual([true, true]);
  });
});
