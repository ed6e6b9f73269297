import { minimize } from './nelder-mead';

// The theta models of Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler, "Models for optimising the theta
// method and their relationship to state space models" (IJF 32(4), 2016), for one (seasonally adjusted) series.
// With t = 1…n, ℓ the simple-exponential-smoothing level of y and A_t, B_t the intercept and slope of the least
// squares line through y_1…y_t:
//
//   μ_t = ℓ_{t−1} + (1 − 1/θ)·[(1 − α)^{t−1}·A_{t−1} + (1 − (1 − α)^t)/α · B_{t−1}]      (one-step forecast)
//   ℓ_t = α·y_t + (1 − α)·ℓ_{t−1}
//   Ȳ_t = ((t − 1)·Ȳ_{t−1} + y_t)/t,  B_t = ((t − 2)·B_{t−1} + 6·(y_t − Ȳ_{t−1})/t)/(t + 1),  A_t = Ȳ_t − (t + 1)/2·B_t
//
// OTM (optimised theta model) uses the line of the whole sample for every t (A_n, B_n fixed); DOTM (dynamic
// optimised) updates it as the data arrive, so the model is a proper state space model whose trend adapts.
// θ ≥ 1, α and ℓ_0 minimise the mean squared one-step error (the paper's estimator) after a 3-step burn-in
// (the dynamic line needs three points to mean anything). θ = 2 with the static line is the standard Theta method.
// h-step forecast (paper, eq. 7 and §3.2): ŷ_{n+h} = ℓ_n + (1 − 1/θ)·[(1 − α)^n·A_n + ((h − 1) + (1 − (1 − α)^{n+1})/α)·B_n].
// Prediction variance: the model is ETS(A,N,N) plus a deterministic drift, so σ²·(1 + (h − 1)·α²).

export interface ThetaModelFit {
  dynamic: boolean;
  alpha: number;
  theta: number;
  level0: number;
  /** Final states ℓ_n, A_n, B_n. */
  level: number;
  a: number;
  b: number;
  n: number;
  /** Residual variance of the one-step errors after the burn-in (divided by n_eff − parameters). */
  sigma2: number;
  mse: number;
}

const BURN_IN = 3;
/** Observations a theta model needs: the burn-in and one error. */
export const THETA_MODEL_MIN_LENGTH = BURN_IN + 1;
const ALPHA_MIN = 0.01;
const ALPHA_RANGE = 0.98;
const logistic = (u: number) => 1 / (1 + Math.exp(-u));
const logit = (p: number) => Math.log(p / (1 - p));

interface RunResult {
  sse: number;
  count: number;
  level: number;
  a: number;
  b: number;
}

/** Least-squares line of y over t = 1…n: intercept A and slope B. */
export function leastSquaresLine(y: readonly number[]): { a: number; b: number } {
  const n = y.length;
  let sy = 0;
  let sty = 0;
  for (let t = 0; t < n; t++) {
    sy += y[t];
    sty += (t + 1) * y[t];
  }
  const mean = sy / n;
  const b = n > 1 ? (6 * ((2 * sty) / n - (n + 1) * mean)) / (n * n - 1) : 0;
  return { a: mean - ((n + 1) / 2) * b, b };
}

/** One pass of the model's recursions; returns the sum of squared one-step errors after the burn-in. */
export function runThetaModel(
  y: readonly number[],
  dynamic: boolean,
  alpha: number,
  theta: number,
  level0: number,
): RunResult {
  const n = y.length;
  const w = 1 - 1 / theta;
  const line = dynamic ? { a: y[0], b: 0 } : leastSquaresLine(y);
  let a = line.a;
  let b = line.b;
  let level = level0;
  let mean = 0;
  let decay = 1; // (1 − α)^{t−1}
  let sse = 0;
  let count = 0;
  for (let t = 1; t <= n; t++) {
    const value = y[t - 1];
    if (t > 1 || !dynamic) {
      const mu = level + w * (decay * a + ((1 - decay * (1 - alpha)) / alpha) * b);
      if (t > BURN_IN) {
        const e = value - mu;
        sse += e * e;
        count++;
      }
    }
    level = alpha * value + (1 - alpha) * level;
    decay *= 1 - alpha;
    if (dynamic) {
      if (t === 1) {
        mean = value;
        a = value;
        b = 0;
      } else {
        b = ((t - 2) * b + (6 * (value - mean)) / t) / (t + 1);
        mean = ((t - 1) * mean + value) / t;
        a = mean - ((t + 1) / 2) * b;
      }
    }
  }
  return { sse, count, level, a, b };
}

/**
 * Fits OTM (dynamic = false) or DOTM (dynamic = true); `theta` fixed gives STM / DSTM (θ = 2 is standard Theta).
 * Needs at least 4 observations (3 of burn-in and one error).
 */
export function fitThetaModel(
  y: readonly number[],
  options: { dynamic: boolean; theta?: number },
): ThetaModelFit {
  const n = y.length;
  if (n < THETA_MODEL_MIN_LENGTH)
    throw new RangeError(`a theta model needs at least ${THETA_MODEL_MIN_LENGTH} observations`);
  const scale = Math.max(1e-9, y.reduce((s, v) => s + Math.abs(v), 0) / n);
  const fixedTheta = options.theta;
  const decode = (u: readonly number[]) => ({
    alpha: ALPHA_MIN + ALPHA_RANGE * logistic(u[0]),
    level0: u[1] * scale,
    theta: fixedTheta ?? 1 + Math.exp(u[2]),
  });
  const objective = (u: readonly number[]) => {
    const p = decode(u);
    return runThetaModel(y, options.dynamic, p.alpha, p.theta, p.level0).sse;
  };
  // ℓ₀ starts at y₁/2: with θ = 2 the first one-step forecasts are ℓ + ½·(line), so ℓ₀ ≈ y₁/2 fits them.
  const start = [logit((0.5 - ALPHA_MIN) / ALPHA_RANGE), y[0] / 2 / scale, ...(fixedTheta ? [] : [0])];
  const steps = [0.5, 0.1, ...(fixedTheta ? [] : [0.5])];
  let best = minimize(objective, start, { steps, maxIterations: 1000 });
  best = minimize(objective, best.x, { steps, maxIterations: 1000 });
  const p = decode(best.x);
  const final = runThetaModel(y, options.dynamic, p.alpha, p.theta, p.level0);
  const k = fixedTheta ? 2 : 3;
  return {
    dynamic: options.dynamic,
    alpha: p.alpha,
    theta: p.theta,
    level0: p.level0,
    level: final.level,
    a: final.a,
    b: final.b,
    n,
    sigma2: final.sse / Math.max(1, final.count - k),
    mse: final.sse / Math.max(1, final.count),
  };
}

export function thetaModelMean(fit: ThetaModelFit, h: number): number {
  const { alpha, theta, n } = fit;
  const w = 1 - 1 / theta;
  return fit.level + w * ((1 - alpha) ** n * fit.a + (h - 1 + (1 - (1 - alpha) ** (n + 1)) / alpha) * fit.b);
}

export function thetaModelVariance(fit: ThetaModelFit, h: number): number {
  return fit.sigma2 * (1 + (h - 1) * fit.alpha * fit.alpha);
}
