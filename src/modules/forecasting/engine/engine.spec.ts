import { mase, smape } from './accuracy';
import { etsMean, etsVariance, fitEts, runEts } from './exponential-smoothing';
import { INTERVAL_CALIBRATION } from './calibration';
import { forecast } from './forecast';
import { minimize } from './nelder-mead';
import { autocorrelations, deseasonalize, isSeasonal, seasonalIndices } from './seasonality';

describe('Nelder–Mead', () => {
  it('finds the Rosenbrock minimum (1, 1) from the textbook start (−1.2, 1)', () => {
    const rosenbrock = ([x, y]: readonly number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const result = minimize(rosenbrock, [-1.2, 1], { maxIterations: 5000, tolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
  });
});

describe('accuracy measures', () => {
  it('sMAPE: 200·|y − f| / (|y| + |f|) averaged', () => {
    // (200·10/210 + 200·0/100) / 2 = 4.7619…
    expect(smape([100, 50], [110, 50])).toBeCloseTo(4.761905, 5);
    expect(smape([0], [0])).toBe(0);
  });

  it('MASE: MAE over the in-sample seasonal-naive MAE', () => {
    // In-sample lag-1 differences 2, 2, 2 → scale 2; forecast MAE (1 + 3) / 2 = 2 → MASE 1.
    expect(mase([1, 3, 5, 7], [9, 11], [10, 8], 1)).toBe(1);
  });
});

describe('seasonality', () => {
  const seasonal = Array.from(
    { length: 72 },
    (_, t) => (100 + t) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)),
  );

  it('detects a strong 12-month cycle and not white-ish noise', () => {
    expect(isSeasonal(seasonal, 12)).toBe(true);
    const flat = Array.from({ length: 72 }, (_, t) => 100 + ((t * 7919) % 13) - 6);
    expect(isSeasonal(flat, 12)).toBe(false);
    expect(isSeasonal(seasonal.slice(0, 30), 12)).toBe(false); // fewer than three years
  });

  it('autocorrelation at lag 1 of an alternating series is close to −1', () => {
    const alternating = Array.from({ length: 100 }, (_, t) => (t % 2 ? 1 : -1));
    expect(autocorrelations(alternating, 1)[0]).toBeCloseTo(-0.99, 2);
  });

  it('multiplicative indices average 1 and flatten the cycle', () => {
    const s = seasonalIndices(seasonal, 12);
    expect(s.kind).toBe('MULTIPLICATIVE');
    expect(s.index.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 10);
    expect(s.index[3]).toBeCloseTo(1.3, 1); // sin peaks at t ≡ 3 (mod 12)
    const adjusted = deseasonalize(seasonal, s);
    const ratios = adjusted.slice(12, 60).map((v, i) => v / (112 + i));
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeLessThan(0.05);
  });
});

describe('exponential smoothing', () => {
  it('SES, Holt and damped one-step recursions match a hand computation (y = 12, 11, 13)', () => {
    const y = [12, 11, 13];
    // SES α = ½, ℓ₀ = 10: forecasts 10, 11, 11 → errors 2, 0, 2; final level 12
    const ses = runEts(y, { alpha: 0.5, beta: 0, phi: 1, level0: 10, slope0: 0 });
    expect(ses.sse).toBeCloseTo(8, 12);
    expect(ses.level).toBeCloseTo(12, 12);
    // Holt α = ½, β = 0.1, ℓ₀ = 10, b₀ = 1: forecasts 11, 12.6, 12.74 → errors 1, −1.6, 0.26; ℓ₃ = 12.87, b₃ = 0.966
    const holt = runEts(y, { alpha: 0.5, beta: 0.1, phi: 1, level0: 10, slope0: 1 });
    expect(holt.sse).toBeCloseTo(1 + 2.56 + 0.0676, 12);
    expect(holt.level).toBeCloseTo(12.87, 12);
    expect(holt.slope).toBeCloseTo(0.966, 12);
    // Damped, same with φ = 0.9: forecasts 10.9, 12.359, 12.37529 → errors 1.1, −1.359, 0.62471
    const damped = runEts(y, { alpha: 0.5, beta: 0.1, phi: 0.9, level0: 10, slope0: 1 });
    expect(damped.sse).toBeCloseTo(1.21 + 1.846881 + 0.3902625841, 10);
    expect(damped.level).toBeCloseTo(12.687645, 10);
    expect(damped.slope).toBeCloseTo(0.758261, 10);
  });

  it("Holt's method reproduces an exact line and forecasts it", () => {
    const line = Array.from({ length: 30 }, (_, t) => 50 + 3 * t);
    const fit = fitEts(line, 'A');
    expect(fit.sse).toBeLessThan(1e-6);
    expect(etsMean(fit, 5)).toBeCloseTo(50 + 3 * 34, 3);
  });

  it('class-1 variances: ANN grows by α²σ² per step; damped equals Holt at φ → 1', () => {
    const ann = { trend: 'N', alpha: 0.5, beta: 0, phi: 1, sigma2: 4 } as Parameters<typeof etsVariance>[0];
    expect(etsVariance(ann, 1)).toBe(4);
    expect(etsVariance(ann, 3)).toBe(4 * (1 + 0.25 * 2));
    const holt = { trend: 'A', alpha: 0.5, beta: 0.1, phi: 1, sigma2: 1 } as Parameters<
      typeof etsVariance
    >[0];
    const nearlyHolt = { ...holt, trend: 'Ad', phi: 0.99999 } as Parameters<typeof etsVariance>[0];
    // h = 4: 1 + 3·(0.25 + 0.5·0.1·4 + 0.01·4·7/6) = 2.49
    expect(etsVariance(holt, 4)).toBeCloseTo(2.49, 10);
    expect(etsVariance(nearlyHolt, 4)).toBeCloseTo(2.49, 3);
  });

  it('AICc prefers no trend on a level series with noise', () => {
    const level = Array.from({ length: 60 }, (_, t) => 200 + (((t * 37) % 11) - 5));
    const [n, a] = [fitEts(level, 'N'), fitEts(level, 'A')];
    expect(n.aicc).toBeLessThan(a.aicc);
  });
});

describe('forecast', () => {
  it('Theta on a line forecasts half the trend beyond the SES level (Hyndman & Billah 2003)', () => {
    const line = Array.from({ length: 40 }, (_, t) => 10 + 2 * t);
    const [p1] = forecast(line, { horizon: 1, period: 1, method: 'THETA' }).points;
    // SES follows a line with α → 1 (level ≈ last value 88); drift b/2 · (0 + (1 − (1−α)^n)/α) ≈ 1.
    expect(p1.mean).toBeGreaterThan(88.5);
    expect(p1.mean).toBeLessThan(89.5);
  });

  it('seasonal naive repeats the last year; intervals widen by year and nest 80 % inside 95 %', () => {
    const y = Array.from({ length: 36 }, (_, t) => 100 + (t % 12) * 5 + (t % 5));
    const result = forecast(y, { horizon: 24, period: 12, method: 'SEASONAL_NAIVE' });
    expect(result.points.slice(0, 12).map((p) => p.mean)).toEqual(y.slice(24));
    const width = (i: number) => result.points[i].upper95 - result.points[i].lower95;
    expect(width(12)).toBeCloseTo(width(0) * Math.SQRT2, 6);
    for (const p of result.points) {
      expect(p.lower95).toBeLessThanOrEqual(p.lower80);
      expect(p.upper80).toBeLessThanOrEqual(p.upper95);
    }
  });

  it('puts the season back on adjusted methods and rejects bad input', () => {
    const y = Array.from({ length: 60 }, (_, t) => 1000 * (1 + 0.4 * Math.cos((2 * Math.PI * t) / 12)));
    const result = forecast(y, { horizon: 12, period: 12 });
    expect(result.seasonal).toBe(true);
    expect(result.method).toBe('COMBINATION');
    const high = result.points[11].mean; // t = 71 ≡ 11: 1 + 0.4·cos(2π·11/12) = 1.3464
    const low = result.points[5].mean; // t = 65 ≡ 5: 1 + 0.4·cos(2π·5/12) = 0.6536
    expect(high / low).toBeCloseTo(1.3464 / 0.6536, 2);
    expect(() => forecast([1, 2], { horizon: 3, period: 1 })).toThrow(RangeError);
    expect(() => forecast([1, 2, 3], { horizon: 0, period: 1 })).toThrow(RangeError);
    expect(() => forecast([1, NaN, 3], { horizon: 1, period: 1 })).toThrow(RangeError);
  });

  it('calibrated intervals: the model σ widened by the method factors; "model" keeps the closed form', () => {
    const y = Array.from({ length: 40 }, (_, t) => 100 + 0.5 * t + (((t * 37) % 11) - 5));
    const model = forecast(y, { horizon: 4, period: 1, method: 'THETA', intervals: 'model' }).points;
    const calibrated = forecast(y, { horizon: 4, period: 1, method: 'THETA' }).points;
    const { c80, c95 } = INTERVAL_CALIBRATION.THETA!;
    model.forEach((m, i) => {
      const c = calibrated[i];
      expect(c.mean).toBe(m.mean);
      expect(c.upper80 - c.mean).toBeCloseTo((m.upper80 - m.mean) * c80, 9);
      expect(c.mean - c.lower95).toBeCloseTo((m.mean - m.lower95) * c95, 9);
    });
  });
});
