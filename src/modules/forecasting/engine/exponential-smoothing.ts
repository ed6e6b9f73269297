import { minimize } from './nelder-mead';

// Non-seasonal exponential smoothing in state-space form with additive errors (Hyndman, Koehler, Ord & Snyder,
// "Forecasting with Exponential Smoothing", 2008): ETS(A,N,N) simple, ETS(A,A,N) Holt's linear trend and
// ETS(A,Ad,N) damped trend. Seasonality is handled outside (seasonal adjustment, see seasonality.ts).
//
//   ŷ_t = ℓ_{t−1} + φ b_{t−1},  e_t = y_t − ŷ_t,  ℓ_t = ℓ_{t−1} + φ b_{t−1} + α e_t,  b_t = φ b_{t−1} + β e_t
//
// Parameters and initial states are estimated by maximum likelihood (with Gaussian additive errors that is
// least squares); models are compared by AICc with k = parameters + initial states + 1 (the variance), as the
// R forecast package's ets() counts them. Prediction variances are the closed forms of class-1 models (ibid.,
// Table 6.1).

export type Trend = 'N' | 'A' | 'Ad';

export interface EtsFit {
  model: `A,${Trend},N`;
  trend: Trend;
  alpha: number;
  beta: number;
  phi: number;
  level: number;
  slope: number;
  sigma2: number;
  sse: number;
  logLik: number;
  aicc: number;
  n: number;
}

const logistic = (u: number) => 1 / (1 + Math.exp(-u));
const logit = (p: number) => Math.log(p / (1 - p));
// φ is kept in [0.8, 0.98] like forecast::ets; α, β away from 0 and 1 for numerical stability.
const PHI_MIN = 0.8;
const PHI_RANGE = 0.18;
const EPS = 1e-4;

export interface EtsParams {
  alpha: number;
  beta: number;
  phi: number;
  level0: number;
  slope0: number;
}

function decode(trend: Trend, u: readonly number[], scale: number): EtsParams {
  const alpha = EPS + (1 - 2 * EPS) * logistic(u[0]);
  const level0 = u[1] * scale;
  if (trend === 'N') return { alpha, beta: 0, phi: 1, level0, slope0: 0 };
  const beta = EPS + (alpha - 2 * EPS) * logistic(u[2]);
  const slope0 = u[3] * scale;
  const phi = trend === 'Ad' ? PHI_MIN + PHI_RANGE * logistic(u[4]) : 1;
  return { alpha, beta, phi, level0, slope0 };
}

/** Sum of squared one-step errors, and the final states (exported for the hand-computed spec). */
export function runEts(y: readonly number[], p: EtsParams): { sse: number; level: number; slope: number } {
  let level = p.level0;
  let slope = p.slope0;
  let sse = 0;
  for (const value of y) {
    const forecast = level + p.phi * slope;
    const error = value - forecast;
    sse += error * error;
    level = forecast + p.alpha * error;
    slope = p.phi * slope + p.beta * error;
  }
  return { sse, level, slope };
}

export function fitEts(y: readonly number[], trend: Trend): EtsFit {
  const n = y.length;
  if (n < 3) throw new RangeError('exponential smoothing needs at least 3 observations');
  const scale = Math.max(1e-9, y.reduce((a, v) => a + Math.abs(v), 0) / n);
  const firstYear = y.slice(0, Math.min(n, 12));
  const level0 = firstYear.reduce((a, b) => a + b, 0) / firstYear.length;
  const slope0 = n >= 2 ? (y[Math.min(n, 12) - 1] - y[0]) / Math.max(1, Math.min(n, 12) - 1) : 0;
  const start =
    trend === 'N'
      ? [logit(0.3), level0 / scale]
      : [
          logit(0.3),
          level0 / scale,
          logit(0.1 / 0.3),
          slope0 / scale,
          ...(trend === 'Ad' ? [logit(0.5)] : []),
        ];
  const steps = start.map((_, i) => (i === 1 ? 0.1 : i === 3 ? 0.01 : 0.5));
  const objective = (u: readonly number[]) => runEts(y, decode(trend, u, scale)).sse;
  // Two restarts from the first optimum: Nelder–Mead can stall on flat ridges.
  let best = minimize(objective, start, { steps, maxIterations: 2000 });
  best = minimize(objective, best.x, { steps, maxIterations: 2000 });
  const p = decode(trend, best.x, scale);
  const final = runEts(y, p);
  const sigma2 = final.sse / n;
  const k = (trend === 'N' ? 2 : trend === 'A' ? 4 : 5) + 1;
  const logLik = -0.5 * n * (Math.log(2 * Math.PI * Math.max(sigma2, 1e-300)) + 1);
  const aicc = n - k - 1 > 0 ? -2 * logLik + 2 * k + (2 * k * (k + 1)) / (n - k - 1) : Infinity;
  return {
    model: `A,${trend},N`,
    trend,
    alpha: p.alpha,
    beta: p.beta,
    phi: p.phi,
    level: final.level,
    slope: final.slope,
    sigma2: final.sse / Math.max(1, n - k + 1), // unbiased residual variance for intervals
    sse: final.sse,
    logLik,
    aicc,
    n,
  };
}

/** Point forecast h steps ahead: ℓ_n + (φ + φ² + … + φ^h) b_n. */
export function etsMean(fit: EtsFit, h: number): number {
  if (fit.trend === 'N') return fit.level;
  let damp = 0;
  let power = 1;
  for (let i = 1; i <= h; i++) {
    power *= fit.phi;
    damp += power;
  }
  return fit.level + damp * fit.slope;
}

/** Forecast variance h steps ahead (class-1 closed forms). */
export function etsVariance(fit: EtsFit, h: number): number {
  const { alpha: a, beta: b, phi, sigma2 } = fit;
  if (fit.trend === 'N') return sigma2 * (1 + a * a * (h - 1));
  if (fit.trend === 'A') return sigma2 * (1 + (h - 1) * (a * a + a * b * h + (b * b * h * (2 * h - 1)) / 6));
  const p = phi;
  const ph = p ** h;
  return (
    sigma2 *
    (1 +
      a * a * (h - 1) +
      ((b * p * h) / (1 - p) ** 2) * (2 * a * (1 - p) + b * p) -
      ((b * p * (1 - ph)) / ((1 - p) ** 2 * (1 - p * p))) * (2 * a * (1 - p * p) + b * p * (1 + 2 * p - ph)))
  );
}
