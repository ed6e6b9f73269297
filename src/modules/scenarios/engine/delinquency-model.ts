// DELINQUENCY_RISK probability: a logistic model on (delinquent now, months past due, card utilisation)
// fitted with the insights module's IRLS fitter on the UCI "default of credit card clients" data
// (CC BY 4.0) and then calibrated (Platt or isotonic, whichever scored better on held-out data — see
// `npm run eval:scenarios` and docs/counselling.md). Pure.
import { fitLogistic, sigmoid } from '../../insights/engines';

export interface DelinquencyFeatures {
  maxDaysPastDue: number;
  cardUtilisation: number | null;
}

export type Calibration =
  | { kind: 'none' }
  | { kind: 'platt'; a: number; b: number }
  /** Isotonic step function: p = y[i] for the last x[i] ≤ raw score (y[0] below x[0]). */
  | { kind: 'isotonic'; x: number[]; y: number[] };

export interface DelinquencyModel {
  intercept: number;
  /** Coefficients of [delinquent (0/1), months past due (capped at 6), card utilisation (capped at 1.5)]. */
  coefficients: [number, number, number];
  /** Used when utilisation is unknown: the training mean. */
  meanUtilisation: number;
  calibration: Calibration;
}

/** Feature vector; utilisation falls back to `meanUtilisation` when unknown. */
export function delinquencyVector(f: DelinquencyFeatures, meanUtilisation: number): [number, number, number] {
  const dpd = Math.max(0, f.maxDaysPastDue);
  const util = f.cardUtilisation === null ? meanUtilisation : Math.min(1.5, Math.max(0, f.cardUtilisation));
  return [dpd > 0 ? 1 : 0, Math.min(6, dpd / 30), util];
}

export function rawDelinquencyScore(f: DelinquencyFeatures, model: DelinquencyModel): number {
  const v = delinquencyVector(f, model.meanUtilisation);
  return sigmoid(model.intercept + v.reduce((s, x, i) => s + x * model.coefficients[i], 0));
}

export function applyCalibration(raw: number, c: Calibration): number {
  if (c.kind === 'none') return raw;
  if (c.kind === 'platt') {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, raw));
    return sigmoid(c.a + c.b * Math.log(p / (1 - p)));
  }
  let out = c.y[0];
  for (let i = 0; i < c.x.length && c.x[i] <= raw; i++) out = c.y[i];
  return out;
}

export function delinquencyProbability(f: DelinquencyFeatures, model: DelinquencyModel): number {
  return applyCalibration(rawDelinquencyScore(f, model), model.calibration);
}

/** Platt scaling: logistic regression of the label on logit(raw score). */
export function fitPlatt(raw: readonly number[], labels: readonly number[]): Calibration {
  const x = raw.map((p) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return [Math.log(q / (1 - q))];
  });
  const [a, b] = fitLogistic(x, labels).coefficients;
  return { kind: 'platt', a, b };
}

/** Isotonic regression by pool-adjacent-violators; blocks become the step function's (x, y). */
export function fitIsotonic(raw: readonly number[], labels: readonly number[]): Calibration {
  const idx = raw.map((_, i) => i).sort((a, b) => raw[a] - raw[b]);
  const blocks: { x: number; sum: number; n: number }[] = [];
  for (let k = 0; k < idx.length;) {
    // equal scores form one block (a step function cannot split them)
    let j = k;
    let sum = 0;
    while (j < idx.length && raw[idx[j]] === raw[idx[k]]) sum += labels[idx[j++]];
    blocks.push({ x: raw[idx[k]], sum, n: j - k });
    while (
      blocks.length > 1 &&
      blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n >=
        blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n
    ) {
      const last = blocks.pop() as { x: number; sum: number; n: number };
      const prev = blocks[blocks.length - 1];
      prev.sum += last.sum;
      prev.n += last.n;
    }
    k = j;
  }
  return { kind: 'isotonic', x: blocks.map((b) => b.x), y: blocks.map((b) => b.sum / b.n) };
}

/** Expected calibration error over equal-width probability bins: Σ n_b/N · |mean p − observed rate|. */
export function expectedCalibrationError(
  predicted: readonly number[],
  labels: readonly number[],
  bins = 10,
): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  predicted.forEach((p, i) => {
    const b = sums[Math.min(bins - 1, Math.floor(p * bins))];
    b.n++;
    b.p += p;
    b.y += labels[i];
  });
  return sums.reduce((s, b) => (b.n ? s + (b.n / predicted.length) * Math.abs(b.p / b.n - b.y / b.n) : s), 0);
}

/** Fitted by `npm run eval:scenarios -- --fit` (train = ID mod 5 ∈ {1,2,3}, calibration = 4, holdout = 0). */
export const DELINQUENCY_MODEL: DelinquencyModel = {
  intercept: -1.927017,
  coefficients: [0.459855, 0.893839, 0.203937],
  meanUtilisation: 0.422145,
  calibration: {
    kind: 'isotonic',
    x: [
      0.127081, 0.140652, 0.148413, 0.150012, 0.151872, 0.15376, 0.15792, 0.362578, 0.371584, 0.374751,
      0.375561, 0.378161, 0.579515, 0.579725, 0.579792, 0.962056,
    ],
    y: [
      0.125839, 0.152566, 0.155303, 0.161765, 0.217391, 0.25, 0.269767, 0.377049, 0.388889, 0.4, 0.428571,
      0.437247, 0.5, 0.666667, 0.697279, 1,
    ],
  },
};
