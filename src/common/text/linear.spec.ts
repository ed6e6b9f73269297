import type { SparseVector } from './features';
import {
  averageModels,
  deserialiseModel,
  nbLogCountRatios,
  scores,
  serialiseModel,
  softmax,
  trainLogistic,
  trainNaiveBayes,
  trainOneVsRest,
  type LinearModel,
} from './linear';

const vec = (dense: number[]): SparseVector => {
  const idx = dense.map((_, i) => i).filter((i) => dense[i] !== 0);
  return { index: Int32Array.from(idx), value: Float32Array.from(idx.map((i) => dense[i])) };
};

describe('softmax', () => {
  it('normalises exp scores and is shift-invariant', () => {
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
    const q = softmax([1000, 1000 + Math.log(3)]);
    expect(q[1]).toBeCloseTo(0.75, 12);
  });
});

describe('multinomial naive Bayes', () => {
  // Vocabulary of 2 terms. Class 0: one doc [2,0]; class 1: docs [0,1] and [1,1]. α = 1.
  // Counts: c0 = (2,0), N0 = 2; c1 = (1,2), N1 = 3. P(t|c0) = (3/4, 1/4); P(t|c1) = (2/5, 3/5); priors 1/3, 2/3.
  const model = trainNaiveBayes(
    [
      { x: vec([2, 0]), y: 0 },
      { x: vec([0, 1]), y: 1 },
      { x: vec([1, 1]), y: 1 },
    ],
    ['A', 'B'],
    2,
    { alpha: 1 },
  );

  it('estimates smoothed log term probabilities and log priors', () => {
    expect(model.weights[0]).toBeCloseTo(Math.log(3 / 4), 6);
    expect(model.weights[1]).toBeCloseTo(Math.log(1 / 4), 6);
    expect(model.weights[2]).toBeCloseTo(Math.log(2 / 5), 6);
    expect(model.weights[3]).toBeCloseTo(Math.log(3 / 5), 6);
    expect(model.bias[0]).toBeCloseTo(Math.log(1 / 3), 6);
    expect(model.bias[1]).toBeCloseTo(Math.log(2 / 3), 6);
  });

  it('gives the hand-computed posterior for [1,1]: 0.16 / (0.16 + 1/16) = 0.719101', () => {
    const p = softmax(scores(model, vec([1, 1])));
    expect(p[1]).toBeCloseTo(0.16 / (0.16 + 0.0625), 6);
  });

  it('uniform priors drop the class-frequency term', () => {
    const u = trainNaiveBayes(
      [
        { x: vec([1, 0]), y: 0 },
        { x: vec([0, 1]), y: 1 },
        { x: vec([0, 1]), y: 1 },
      ],
      ['A', 'B'],
      2,
      {
        classPrior: 'uniform',
      },
    );
    expect(u.bias[0]).toBeCloseTo(Math.log(0.5), 6);
    expect(u.bias[1]).toBeCloseTo(Math.log(0.5), 6);
  });
});

describe('logistic regression (SGD)', () => {
  it('takes the hand-computed first step: w_c += η (y_c − p_c) x with p = (½, ½)', () => {
    const m = trainLogistic([{ x: vec([1, 0]), y: 1 }], ['A', 'B'], 2, { epochs: 1, eta0: 0.5, lambda: 0 });
    expect(Array.from(m.weights)).toEqual([-0.25, 0, 0.25, 0]);
    expect(Array.from(m.bias)).toEqual([-0.25, 0.25]);
  });

  it('applies the example weight to the gradient', () => {
    const m = trainLogistic([{ x: vec([1, 0]), y: 1, weight: 2 }], ['A', 'B'], 2, {
      epochs: 1,
      eta0: 0.5,
      lambda: 0,
    });
    expect(m.weights[2]).toBeCloseTo(0.5, 12);
  });

  it('separates a separable toy set and is deterministic for a seed', () => {
    const data = [
      { x: vec([1, 0]), y: 0 },
      { x: vec([0, 1]), y: 1 },
      { x: vec([1, 0.2]), y: 0 },
      { x: vec([0.1, 1]), y: 1 },
    ];
    const a = trainLogistic(data, ['A', 'B'], 2, { epochs: 50, seed: 's' });
    const b = trainLogistic(data, ['A', 'B'], 2, { epochs: 50, seed: 's' });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(softmax(scores(a, vec([1, 0])))[0]).toBeGreaterThan(0.9);
    expect(softmax(scores(a, vec([0, 1])))[1]).toBeGreaterThan(0.9);
  });
});

describe('averageModels', () => {
  const model = (w: number[], b: number[]): LinearModel => ({
    kind: 'logistic',
    labels: ['A', 'B'],
    buckets: 2,
    input: 'logtf-l2',
    weights: Float32Array.from(w),
    bias: Float32Array.from(b),
  });

  it('is the element-wise mean, so its scores are the mean of the scores', () => {
    const a = model([1, 2, 3, 4], [0.5, -0.5]);
    const b = model([3, 0, -1, 4], [-0.5, 1.5]);
    const m = averageModels([a, b]);
    expect([...m.weights]).toEqual([2, 1, 1, 4]);
    expect([...m.bias]).toEqual([0, 0.5]);
    const x = vec([1, 2]);
    const mean = [...scores(a, x)].map((s, i) => (s + scores(b, x)[i]) / 2);
    [...scores(m, x)].forEach((s, i) => expect(s).toBeCloseTo(mean[i], 6));
  });

  it('refuses models that do not fit together, and an empty list', () => {
    expect(() => averageModels([])).toThrow(/no models/);
    expect(() =>
      averageModels([model([1, 2, 3, 4], [0, 0]), { ...model([1, 2, 3, 4], [0, 0]), labels: ['A', 'C'] }]),
    ).toThrow(/differ/);
  });
});

describe('serialisation', () => {
  it('round-trips with 16-bit quantisation error at most half a step', () => {
    const m = trainNaiveBayes(
      [
        { x: vec([3, 1, 0, 2]), y: 0 },
        { x: vec([0, 1, 4, 0]), y: 1 },
      ],
      ['A', 'B'],
      4,
    );
    const s = serialiseModel(m);
    const back = deserialiseModel(s);
    for (let j = 0; j < m.weights.length; j++) {
      expect(Math.abs(back.weights[j] - m.weights[j])).toBeLessThanOrEqual(s.scale / 2 + 1e-7);
    }
    expect(() => deserialiseModel({ ...s, buckets: 8 })).toThrow(/expected 16 int16 values/);
  });
});

describe('NB log-count ratios (NBSVM)', () => {
  // Same data as the naive Bayes case, α = 1. Class 1 vs rest: p = (1+1, 2+1) / (3+2) = (2/5, 3/5); q = the class-0
  // doc: (2+1, 0+1) / (2+2) = (3/4, 1/4). r_1 = ln(p/q) = (ln 8/15, ln 12/5); r_0 = −r_1 (two classes).
  const r = nbLogCountRatios(
    [
      { x: vec([2, 0]), y: 0 },
      { x: vec([0, 1]), y: 1 },
      { x: vec([1, 1]), y: 1 },
    ],
    2,
    2,
    1,
  );
  it('is ln(p_c/‖p_c‖₁) − ln(q_c/‖q_c‖₁) per class and feature', () => {
    expect(r[2]).toBeCloseTo(Math.log(8 / 15), 6);
    expect(r[3]).toBeCloseTo(Math.log(12 / 5), 6);
    expect(r[0]).toBeCloseTo(-Math.log(8 / 15), 6);
    expect(r[1]).toBeCloseTo(-Math.log(12 / 5), 6);
  });
});

describe('one-vs-rest logistic regression', () => {
  const ex = [
    { x: vec([1, 0, 0]), y: 0 },
    { x: vec([0, 1, 0]), y: 1 },
    { x: vec([0, 0, 1]), y: 2 },
  ];
  it('scores each class by its own binary log-odds and separates separable data', () => {
    const m = trainOneVsRest([...ex, ...ex, ...ex], ['A', 'B', 'C'], 3, { epochs: 30, eta0: 0.5 });
    for (const e of ex) {
      const s = scores(m, e.x);
      expect(s.indexOf(Math.max(...s))).toBe(e.y);
      expect(s[e.y]).toBeGreaterThan(0);
    }
  });
  it('folds NB-scaled weights back so the model scores raw features', () => {
    const all = [...ex, ...ex];
    const ratios = nbLogCountRatios(all, 3, 3, 1);
    const m = trainOneVsRest(all, ['A', 'B', 'C'], 3, { epochs: 30, eta0: 0.5, ratios });
    for (const e of ex) {
      const s = scores(m, e.x);
      expect(s.indexOf(Math.max(...s))).toBe(e.y);
    }
  });
});
