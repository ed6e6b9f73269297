import { etsMean, etsVariance, fitEts, Trend } from './exponential-smoothing';
import { fitThetaModel, THETA_MODEL_MIN_LENGTH, thetaModelMean, thetaModelVariance } from './theta-models';
import { deseasonalize, isSeasonal, reseasonalize, SeasonalIndices, seasonalIndices } from './seasonality';

// Forecasting methods over one series. Each returns, for steps 1…h, the mean and the forecast variance on the
// seasonally adjusted scale; `forecast.ts` puts the season back and turns variances into intervals.

export const METHOD_NAMES = [
  'NAIVE',
  'SEASONAL_NAIVE',
  'NAIVE2',
  'SES',
  'HOLT',
  'DAMPED',
  'ETS',
  'THETA',
  'OTM',
  'DOTM',
  'COMBINATION',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export interface MethodOutput {
  /** Adjusted-scale means and variances per step. */
  mean: number[];
  variance: number[];
  /** What was fitted, for the explanation (model, parameters, AICc …). */
  detail: Record<string, number | string>;
}

export interface Prepared {
  y: readonly number[];
  period: number;
  seasonal: SeasonalIndices | null;
  /** The seasonally adjusted series (y itself when not seasonal). */
  adjusted: number[];
}

export function prepare(y: readonly number[], period: number): Prepared {
  const seasonal = period > 1 && isSeasonal(y, period) ? seasonalIndices(y, period) : null;
  return { y, period, seasonal, adjusted: seasonal ? deseasonalize(y, seasonal) : y.slice() };
}

const steps = (h: number) => Array.from({ length: h }, (_, i) => i + 1);

function residualVariance(errors: number[]): number {
  return errors.length ? errors.reduce((a, e) => a + e * e, 0) / errors.length : 0;
}

/** Random walk on the adjusted series (Naive2 of the M competitions when seasonal adjustment applied). */
function naive(p: Prepared, h: number): MethodOutput {
  const y = p.adjusted;
  const s2 = residualVariance(y.slice(1).map((v, i) => v - y[i]));
  const last = y[y.length - 1];
  return { mean: steps(h).map(() => last), variance: steps(h).map((k) => s2 * k), detail: { sigma2: s2 } };
}

/** Last year's value for the same month, on the raw series (no adjustment). */
function seasonalNaive(p: Prepared, h: number): MethodOutput {
  const m = Math.min(p.period, p.y.length);
  const y = p.y;
  const s2 = residualVariance(y.slice(m).map((v, i) => v - y[i]));
  return {
    mean: steps(h).map((k) => y[y.length - m + ((k - 1) % m)]),
    variance: steps(h).map((k) => s2 * (Math.floor((k - 1) / m) + 1)),
    detail: { sigma2: s2 },
  };
}

function ets(p: Prepared, h: number, trend: Trend): MethodOutput {
  const fit = fitEts(p.adjusted, trend);
  return {
    mean: steps(h).map((k) => etsMean(fit, k)),
    variance: steps(h).map((k) => etsVariance(fit, k)),
    detail: { model: fit.model, alpha: fit.alpha, beta: fit.beta, phi: fit.phi, aicc: fit.aicc },
  };
}

/** ETS(A,N,N), (A,A,N), (A,Ad,N) on the adjusted series; the lowest AICc wins. */
function etsByAicc(p: Prepared, h: number): MethodOutput {
  const fits = (['N', 'A', 'Ad'] as const).map((t) => fitEts(p.adjusted, t));
  const best = fits.reduce((a, b) => (b.aicc < a.aicc ? b : a));
  return {
    mean: steps(h).map((k) => etsMean(best, k)),
    variance: steps(h).map((k) => etsVariance(best, k)),
    detail: {
      model: best.model,
      alpha: best.alpha,
      beta: best.beta,
      phi: best.phi,
      aicc: best.aicc,
      candidates: fits.map((f) => `${f.model}:${f.aicc.toFixed(1)}`).join(' '),
    },
  };
}

/**
 * The Theta method (Assimakopoulos & Nikolopoulos, 2000) in Hyndman & Billah's (2003) form: simple exponential
 * smoothing with drift equal to half the slope of the linear trend of the adjusted series:
 * ŷ_{n+h} = ℓ_n + (b/2)·((h − 1) + (1 − (1 − α)^n)/α). Intervals: those of SES.
 */
function theta(p: Prepared, h: number): MethodOutput {
  const y = p.adjusted;
  const n = y.length;
  const fit = fitEts(y, 'N');
  const tMean = (n - 1) / 2;
  const yMean = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  y.forEach((v, t) => {
    sxy += (t - tMean) * (v - yMean);
    sxx += (t - tMean) ** 2;
  });
  const slope = sxx ? sxy / sxx : 0;
  const a = fit.alpha;
  const drift = (k: number) => (slope / 2) * (k - 1 + (1 - (1 - a) ** n) / a);
  return {
    mean: steps(h).map((k) => fit.level + drift(k)),
    variance: steps(h).map((k) => etsVariance(fit, k)),
    detail: { alpha: a, slope },
  };
}

/** OTM / DOTM (Fiorucci et al. 2016): θ, α and ℓ₀ by least squares; see theta-models.ts. */
function thetaModel(p: Prepared, h: number, dynamic: boolean): MethodOutput {
  // Three observations leave no error after the burn-in: the standard Theta method stands in.
  if (p.adjusted.length < THETA_MODEL_MIN_LENGTH) {
    const standard = theta(p, h);
    return { ...standard, detail: { ...standard.detail, fallback: 'THETA (fewer than 4 observations)' } };
  }
  const fit = fitThetaModel(p.adjusted, { dynamic });
  return {
    mean: steps(h).map((k) => thetaModelMean(fit, k)),
    variance: steps(h).map((k) => thetaModelVariance(fit, k)),
    detail: { alpha: fit.alpha, theta: fit.theta, dynamic: String(dynamic) },
  };
}

/** Equal-weight combination; its variance is that of the mean of perfectly correlated errors (mean of σ). */
function combine(outputs: MethodOutput[], names: string[]): MethodOutput {
  const h = outputs[0].mean.length;
  const avg = (pick: (o: MethodOutput, i: number) => number) =>
    steps(h).map((_, i) => outputs.reduce((s, o) => s + pick(o, i), 0) / outputs.length);
  const sd = avg((o, i) => Math.sqrt(Math.max(0, o.variance[i])));
  return {
    mean: avg((o, i) => o.mean[i]),
    variance: sd.map((s) => s * s),
    // The members' own parameters, prefixed (SES.alpha, THETA.slope, DOTM.theta …), so the fit stays explained.
    detail: Object.assign(
      { members: names.join('+') },
      ...outputs.map((o, i) =>
        Object.fromEntries(Object.entries(o.detail).map(([k, v]) => [`${names[i]}.${k}`, v])),
      ),
    ) as Record<string, number | string>,
  };
}

/**
 * The members of COMBINATION: the three most accurate single methods on the M3 monthly development hold-out,
 * equally weighted (no fitted weights); docs/forecasting.md has the rolling-origin comparison.
 */
export const COMBINATION_MEMBERS: readonly MethodName[] = ['SES', 'THETA', 'DOTM'];

export function runMethod(method: MethodName, p: Prepared, h: number): MethodOutput {
  switch (method) {
    case 'NAIVE':
    case 'NAIVE2':
      return naive(method === 'NAIVE' ? { ...p, seasonal: null, adjusted: p.y.slice() } : p, h);
    case 'SEASONAL_NAIVE':
      return seasonalNaive(p, h);
    case 'SES':
      return ets(p, h, 'N');
    case 'HOLT':
      return ets(p, h, 'A');
    case 'DAMPED':
      return ets(p, h, 'Ad');
    case 'ETS':
      return etsByAicc(p, h);
    case 'THETA':
      return theta(p, h);
    case 'OTM':
      return thetaModel(p, h, false);
    case 'DOTM':
      return thetaModel(p, h, true);
    case 'COMBINATION':
      return combine(
        COMBINATION_MEMBERS.map((m) => runMethod(m, p, h)),
        [...COMBINATION_MEMBERS],
      );
  }
}

/** Whether a method's output is on the adjusted scale (needs the season put back). */
export function isAdjustedScale(method: MethodName): boolean {
  return method !== 'SEASONAL_NAIVE' && method !== 'NAIVE';
}

export { reseasonalize };
