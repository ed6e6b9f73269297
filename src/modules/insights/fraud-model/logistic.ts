// Logistic regression on standardised features, fitted by Newton's method (IRLS) with an L2 penalty on the
// weights (not the intercept). Deterministic; a model is plain JSON. Pure.

export interface LogisticModel {
  readonly kind: 'logistic';
  readonly means: number[];
  readonly scales: number[];
  readonly weights: number[];
  readonly intercept: number;
}

export interface LogisticOptions {
  /** L2 penalty λ on the standardised weights (sum over rows of the log-loss + λ/2 ‖w‖²). */
  readonly l2: number;
  readonly maxIterations: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { l2: 1, maxIterations: 30 };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solveSpd(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) l[i][i] = Math.sqrt(Math.max(s, 1e-12));
      else l[i][j] = s / l[j][j];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): LogisticModel {
  if (rows.length === 0) throw new RangeError('logistic regression needs rows');
  const d = rows[0].length;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) means[j] += r[j] / rows.length;
  for (const r of rows) for (let j = 0; j < d; j++) scales[j] += (r[j] - means[j]) ** 2 / rows.length;
  for (let j = 0; j < d; j++) scales[j] = Math.sqrt(scales[j]) || 1;
  const xs = rows.map((r) => [1, ...r.map((x, j) => (x - means[j]) / scales[j])]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < options.maxIterations; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    xs.forEach((x, i) => {
      let z = 0;
      for (let j = 0; j <= d; j++) z += beta[j] * x[j];
      const p = sigmoid(z);
      const g = p - (labels[i] ? 1 : 0);
      const h = Math.max(p * (1 - p), 1e-10);
      for (let j = 0; j <= d; j++) {
        grad[j] += g * x[j];
        const hx = h * x[j];
        for (let k = 0; k <= j; k++) hess[j][k] += hx * x[k];
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[k][j] = hess[j][k];
    for (let j = 1; j <= d; j++) {
      grad[j] += options.l2 * beta[j];
      hess[j][j] += options.l2;
    }
    const step = solveSpd(hess, grad);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      beta[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-8) break;
  }
  return { kind: 'logistic', means, scales, weights: beta.slice(1), intercept: beta[0] };
}

/** Probability of fraud for one feature vector. */
export function scoreLogistic(model: LogisticModel, row: readonly number[]): number {
  let z = model.intercept;
  for (let j = 0; j < model.weights.length; j++)
    z += (model.weights[j] * (row[j] - model.means[j])) / model.scales[j];
  return sigmoid(z);
}
