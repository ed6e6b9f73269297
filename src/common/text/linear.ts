// Linear text classifiers over hashed features: multinomial naive Bayes and softmax (multinomial logistic)
// regression trained by SGD. Both end as one weight matrix W[class][bucket] + bias, scored as softmax(W·x + b),
// so one predictor and one artefact format serve both. Pure: no I/O, deterministic for a given seed.
import { createHash } from 'node:crypto';
import { createRng } from '../random';
import type { SparseVector } from './features';

export type InputTransform = 'counts' | 'logtf-l2';

export interface LinearModel {
  kind: 'naive-bayes' | 'logistic';
  labels: string[];
  buckets: number;
  input: InputTransform;
  /** Row-major [labels.length × buckets]. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface Example {
  x: SparseVector;
  y: number;
  weight?: number;
}

/** Raw scores W·x + b for every class. */
export function scores(model: LinearModel, x: SparseVector): Float64Array {
  const k = model.labels.length;
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const row = c * model.buckets;
    let s = model.bias[c];
    for (let i = 0; i < x.index.length; i++) s += model.weights[row + x.index[i]] * x.value[i];
    out[c] = s;
  }
  return out;
}

/** Numerically stable softmax. */
export function softmax(z: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i] - max);
    sum += out[i];
  }
  for (let i = 0; i < z.length; i++) out[i] /= sum;
  return out;
}

/**
 * Multinomial naive Bayes with Laplace/Lidstone smoothing α: W[c][j] = ln((N_cj + α) / (N_c + αD)),
 * b[c] = ln(prior_c). `classPrior: 'uniform'` uses equal priors (for imbalanced training sets).
 */
export function trainNaiveBayes(
  examples: Example[],
  labels: string[],
  buckets: number,
  opts: { alpha?: number; classPrior?: 'empirical' | 'uniform' } = {},
): LinearModel {
  const alpha = opts.alpha ?? 1;
  const k = labels.length;
  const counts = new Float64Array(k * buckets);
  const totals = new Float64Array(k);
  const docs = new Float64Array(k);
  for (const e of examples) {
    const w = e.weight ?? 1;
    docs[e.y] += w;
    for (let i = 0; i < e.x.index.length; i++) {
      counts[e.y * buckets + e.x.index[i]] += w * e.x.value[i];
      totals[e.y] += w * e.x.value[i];
    }
  }
  const weights = new Float32Array(k * buckets);
  const bias = new Float32Array(k);
  const allDocs = docs.reduce((a, b) => a + b, 0);
  for (let c = 0; c < k; c++) {
    const denom = Math.log(totals[c] + alpha * buckets);
    for (let j = 0; j < buckets; j++)
      weights[c * buckets + j] = Math.log(counts[c * buckets + j] + alpha) - denom;
    bias[c] = opts.classPrior === 'uniform' ? Math.log(1 / k) : Math.log(docs[c] / allDocs);
  }
  return { kind: 'naive-bayes', labels, buckets, input: 'counts', weights, bias };
}

/**
 * Softmax regression by plain SGD on the weighted cross-entropy with L2 penalty λ, learning rate
 * η_t = η0 / (1 + η0·λ·t) (the Bottou schedule), examples shuffled each epoch by a seeded generator.
 */
export function trainLogistic(
  examples: Example[],
  labels: string[],
  buckets: number,
  opts: { epochs?: number; eta0?: number; lambda?: number; seed?: string } = {},
): LinearModel {
  const epochs = opts.epochs ?? 8;
  const eta0 = opts.eta0 ?? 0.5;
  const lambda = opts.lambda ?? 1e-6;
  const rng = createRng(opts.seed ?? 'logistic');
  const k = labels.length;
  const model: LinearModel = {
    kind: 'logistic',
    labels,
    buckets,
    input: 'logtf-l2',
    weights: new Float32Array(k * buckets),
    bias: new Float32Array(k),
  };
  // Lazy L2 via a global scale factor: w_true = scale · w_stored.
  let scale = 1;
  const order = examples.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.uint32() % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const e = examples[idx];
      const eta = eta0 / (1 + eta0 * lambda * t++);
      const z = new Float64Array(k);
      for (let c = 0; c < k; c++) {
        const row = c * buckets;
        let s = 0;
        for (let i = 0; i < e.x.index.length; i++) s += model.weights[row + e.x.index[i]] * e.x.value[i];
        z[c] = s * scale + model.bias[c];
      }
      const p = softmax(z);
      scale *= 1 - eta * lambda;
      if (scale < 1e-9) {
        for (let j = 0; j < model.weights.length; j++) model.weights[j] *= scale;
        scale = 1;
      }
      const w = e.weight ?? 1;
      for (let c = 0; c < k; c++) {
        const g = w * ((c === e.y ? 1 : 0) - p[c]);
        if (g === 0) continue;
        const row = c * buckets;
        const step = (eta * g) / scale;
        for (let i = 0; i < e.x.index.length; i++) model.weights[row + e.x.index[i]] += step * e.x.value[i];
        model.bias[c] += eta * g;
      }
    }
  }
  for (let j = 0; j < model.weights.length; j++) model.weights[j] *= scale;
  return model;
}

/**
 * The element-wise mean of models with the same labels, buckets and input (e.g. softmax regressions trained with
 * different shuffle seeds): still one linear model, scored at the same cost, with less of the SGD order's variance.
 */
export function averageModels(models: LinearModel[]): LinearModel {
  if (models.length === 0) throw new Error('averageModels: no models');
  const [first] = models;
  for (const m of models)
    if (m.buckets !== first.buckets || m.input !== first.input || m.labels.join() !== first.labels.join())
      throw new Error('averageModels: models differ in labels, buckets or input');
  const weights = new Float32Array(first.weights.length);
  const bias = new Float32Array(first.bias.length);
  for (const m of models) {
    for (let j = 0; j < weights.length; j++) weights[j] += m.weights[j] / models.length;
    for (let c = 0; c < bias.length; c++) bias[c] += m.bias[c] / models.length;
  }
  return { ...first, weights, bias };
}

export interface SerialisedLinearModel {
  kind: LinearModel['kind'];
  labels: string[];
  buckets: number;
  input: InputTransform;
  /** Weights quantised to int16: w ≈ q · scale, little-endian, base64. */
  scale: number;
  weights: string;
  bias: number[];
}

/** Quantises the weights to 16 bits (max error scale/2 ≈ max|w|/65534 per weight) for a small artefact. */
export function serialiseModel(m: LinearModel): SerialisedLinearModel {
  let maxAbs = 0;
  for (const w of m.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767 || 1;
  const q = new Int16Array(m.weights.length);
  for (let j = 0; j < q.length; j++) q[j] = Math.round(m.weights[j] / scale);
  return {
    kind: m.kind,
    labels: m.labels,
    buckets: m.buckets,
    input: m.input,
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    bias: [...m.bias].map((b) => Number(b.toFixed(6))),
  };
}

export function deserialiseModel(s: SerialisedLinearModel): LinearModel {
  const buf = Buffer.from(s.weights, 'base64');
  const expected = s.labels.length * s.buckets;
  if (buf.byteLength !== expected * 2) {
    throw new Error(`model weights: expected ${expected} int16 values, got ${buf.byteLength / 2}`);
  }
  const q = new Int16Array(expected);
  for (let j = 0; j < expected; j++) q[j] = buf.readInt16LE(j * 2);
  return {
    kind: s.kind,
    labels: s.labels,
    buckets: s.buckets,
    input: s.input,
    weights: Float32Array.from(q, (v) => v * s.scale),
    bias: Float32Array.from(s.bias),
  };
}

/** Stable content hash (first 12 hex digits of SHA-256) used as the model version. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/**
 * NB log-count ratios per class (Wang & Manning 2012, "NBSVM"): r_c[j] = ln(p_c[j]/‖p_c‖₁) − ln(q_c[j]/‖q_c‖₁),
 * with p_c (q_c) the α-smoothed weighted feature mass of the examples of class c (of the other classes).
 * Row-major [labels × buckets].
 */
export function nbLogCountRatios(examples: Example[], k: number, buckets: number, alpha = 1): Float32Array {
  const mass = new Float64Array(k * buckets);
  const total = new Float64Array(buckets);
  for (const e of examples) {
    const w = e.weight ?? 1;
    for (let i = 0; i < e.x.index.length; i++) {
      mass[e.y * buckets + e.x.index[i]] += w * e.x.value[i];
      total[e.x.index[i]] += w * e.x.value[i];
    }
  }
  const grand = total.reduce((a, b) => a + b, 0);
  const r = new Float32Array(k * buckets);
  for (let c = 0; c < k; c++) {
    let pc = 0;
    for (let j = 0; j < buckets; j++) pc += mass[c * buckets + j];
    const pNorm = pc + alpha * buckets;
    const qNorm = grand - pc + alpha * buckets;
    for (let j = 0; j < buckets; j++) {
      const p = mass[c * buckets + j] + alpha;
      const q = total[j] - mass[c * buckets + j] + alpha;
      r[c * buckets + j] = Math.log(p / pNorm) - Math.log(q / qNorm);
    }
  }
  return r;
}

/**
 * One-vs-rest logistic regression: for each class a binary softmax regression (trainLogistic, class vs the rest,
 * each example keeping its weight), folded into one linear model whose score for class c is that classifier's
 * log-odds. With `ratios` (nbLogCountRatios) the class-c classifier sees x ⊙ r_c — NBSVM's NB-scaled features — and
 * its weights are multiplied back by r_c, so the result still scores raw x.
 */
export function trainOneVsRest(
  examples: Example[],
  labels: string[],
  buckets: number,
  opts: { epochs?: number; eta0?: number; lambda?: number; seed?: string; ratios?: Float32Array } = {},
): LinearModel {
  const k = labels.length;
  const weights = new Float32Array(k * buckets);
  const bias = new Float32Array(k);
  for (let c = 0; c < k; c++) {
    const r = opts.ratios?.subarray(c * buckets, (c + 1) * buckets);
    const binary = examples.map((e) => ({
      x: r ? { index: e.x.index, value: Float32Array.from(e.x.value, (v, i) => v * r[e.x.index[i]]) } : e.x,
      y: e.y === c ? 1 : 0,
      weight: e.weight,
    }));
    const m = trainLogistic(binary, ['rest', labels[c]], buckets, {
      ...opts,
      seed: `${opts.seed ?? 'ovr'}:${c}`,
    });
    for (let j = 0; j < buckets; j++)
      weights[c * buckets + j] = (m.weights[buckets + j] - m.weights[j]) * (r ? r[j] : 1);
    bias[c] = m.bias[1] - m.bias[0];
  }
  return { kind: 'logistic', labels, buckets, input: 'logtf-l2', weights, bias };
}
