// Plain logistic-regression tools for the loan-risk scorecard: fitting (Newton–Raphson / IRLS), ROC-AUC
// (Mann–Whitney, ties count half) and a calibration table. Pure and deterministic; numbers are floats
// (probabilities, not money).

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solve A x = b by Gaussian elimination with partial pivoting (A small and square). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < 1e-12) throw new RangeError('singular matrix');
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/**
 * Maximum-likelihood logistic regression with an intercept: returns [b0, b1, …]. `ridge` adds a small
 * L2 penalty on the slopes (not the intercept) to keep Newton steps finite on separable data.
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  { maxIter = 50, tolerance = 1e-10, ridge = 0 } = {},
): { coefficients: number[]; iterations: number; logLikelihood: number } {
  const p = (x[0]?.length ?? 0) + 1;
  let beta = new Array<number>(p).fill(0);
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    const grad = new Array<number>(p).fill(0);
    const hess = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < x.length; i++) {
      const row = [1, ...x[i]];
      const mu = sigmoid(row.reduce((s, v, j) => s + v * beta[j], 0));
      const w = mu * (1 - mu);
      for (let j = 0; j < p; j++) {
        grad[j] += (y[i] - mu) * row[j];
        for (let k = 0; k <= j; k++) hess[j][k] += w * row[j] * row[k];
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hess[k][j] = hess[j][k];
      if (j > 0) {
        grad[j] -= ridge * beta[j];
        hess[j][j] += ridge;
      }
    }
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b + step[j]);
    if (Math.max(...step.map(Math.abs)) < tolerance) {
      iterations++;
      break;
    }
  }
  let ll = 0;
  for (let i = 0; i < x.length; i++) {
    const mu = sigmoid([1, ...x[i]].reduce((s, v, j) => s + v * beta[j], 0));
    ll += y[i] ? Math.log(mu) : Math.log(1 - mu);
  }
  return { coefficients: beta, iterations, logLikelihood: ll };
}

/** ROC-AUC as the Mann–Whitney U statistic ÷ (positives × negatives), tied scores counting ½. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const midRank = (i + j) / 2 + 1; // average 1-based rank of the tie group
    for (let k = i; k <= j; k++)
      if (labels[idx[k]]) {
        rankSumPos += midRank;
        pos++;
      }
    i = j + 1;
  }
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) throw new RangeError('ROC-AUC needs both classes');
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface CalibrationBin {
  bin: number;
  n: number;
  meanPredicted: number;
  observedRate: number;
}

/** Equal-count bins by predicted probability (ties in sort order broken by index): predicted vs observed. */
export function calibrationTable(
  predicted: readonly number[],
  labels: readonly number[],
  bins = 10,
): CalibrationBin[] {
  const idx = predicted.map((_, i) => i).sort((a, b) => predicted[a] - predicted[b] || a - b);
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * idx.length) / bins);
    const to = Math.floor(((b + 1) * idx.length) / bins);
    if (to <= from) continue;
    let sp = 0;
    let sy = 0;
    for (let k = from; k < to; k++) {
      sp += predicted[idx[k]];
      sy += labels[idx[k]];
    }
    out.push({ bin: b + 1, n: to - from, meanPredicted: sp / (to - from), observedRate: sy / (to - from) });
  }
  return out;
}

/** Mean squared error of the probabilities (Brier score). */
export function brierScore(predicted: readonly number[], labels: readonly number[]): number {
  return predicted.reduce((s, p, i) => s + (p - labels[i]) ** 2, 0) / predicted.length;
}
