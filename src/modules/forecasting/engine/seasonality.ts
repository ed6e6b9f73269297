// Seasonality test and classical decomposition, as in the M4 competition's benchmark code (Makridakis et al.,
// 2018): a series is seasonal when its autocorrelation at the seasonal lag exceeds the 90 % limit
// 1.645/√n · √(1 + 2 Σ_{k<m} r_k²); it is then adjusted by classical multiplicative decomposition (centred 2×m
// moving average). Series with zero or negative values use the additive variant.

export function autocorrelations(y: readonly number[], maxLag: number): number[] {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const denominator = y.reduce((a, v) => a + (v - mean) ** 2, 0);
  const acf: number[] = [];
  for (let k = 1; k <= maxLag; k++) {
    let s = 0;
    for (let t = k; t < n; t++) s += (y[t] - mean) * (y[t - k] - mean);
    acf.push(denominator === 0 ? 0 : s / denominator);
  }
  return acf;
}

export function isSeasonal(y: readonly number[], period: number): boolean {
  if (period <= 1 || y.length < 3 * period) return false;
  const acf = autocorrelations(y, period);
  let sum = 1;
  for (let k = 0; k < period - 1; k++) sum += 2 * acf[k] ** 2;
  const limit = (1.645 / Math.sqrt(y.length)) * Math.sqrt(sum);
  return Math.abs(acf[period - 1]) > limit;
}

export type SeasonalKind = 'MULTIPLICATIVE' | 'ADDITIVE';

export interface SeasonalIndices {
  kind: SeasonalKind;
  period: number;
  /** index[t mod period] for observation t (t = 0 is the first observation). */
  index: number[];
}

/** Classical decomposition's seasonal indices (normalised to mean 1, or to sum 0 when additive). */
export function seasonalIndices(y: readonly number[], period: number): SeasonalIndices {
  const kind: SeasonalKind = y.every((v) => v > 0) ? 'MULTIPLICATIVE' : 'ADDITIVE';
  const n = y.length;
  const half = Math.floor(period / 2);
  const sums = new Array<number>(period).fill(0);
  const counts = new Array<number>(period).fill(0);
  for (let t = half; t < n - half; t++) {
    let trend: number;
    if (period % 2 === 0) {
      let s = 0.5 * (y[t - half] + y[t + half]);
      for (let k = t - half + 1; k < t + half; k++) s += y[k];
      trend = s / period;
    } else {
      let s = 0;
      for (let k = t - half; k <= t + half; k++) s += y[k];
      trend = s / period;
    }
    const ratio = kind === 'MULTIPLICATIVE' ? y[t] / trend : y[t] - trend;
    sums[t % period] += ratio;
    counts[t % period]++;
  }
  const raw = sums.map((s, i) => (counts[i] ? s / counts[i] : kind === 'MULTIPLICATIVE' ? 1 : 0));
  const mean = raw.reduce((a, b) => a + b, 0) / period;
  const index = raw.map((v) => (kind === 'MULTIPLICATIVE' ? v / mean : v - mean));
  return { kind, period, index };
}

export function deseasonalize(y: readonly number[], s: SeasonalIndices): number[] {
  return y.map((v, t) =>
    s.kind === 'MULTIPLICATIVE' ? v / s.index[t % s.period] : v - s.index[t % s.period],
  );
}

/** Puts the season back on a value forecast for observation t (t counted from the first observation). */
export function reseasonalize(value: number, t: number, s: SeasonalIndices): number {
  return s.kind === 'MULTIPLICATIVE' ? value * s.index[t % s.period] : value + s.index[t % s.period];
}
