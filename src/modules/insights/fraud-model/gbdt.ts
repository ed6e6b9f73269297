// A small gradient-boosted decision-tree learner for binary labels (log-loss, Newton leaf values, L2 on leaves),
// on histogram bins: each feature is cut at up to `bins − 1` training quantiles and a split is a cut. Trees grow
// depth-wise to `maxDepth`; each round fits on a seeded row subsample. Deterministic for a seed; a model is plain
// JSON (thresholds, not bin numbers, so scoring needs no binning). Pure.
import { createRng } from '../../../common/random';

export interface GbdtOptions {
  readonly trees: number;
  readonly maxDepth: number;
  readonly learningRate: number;
  readonly bins: number;
  /** Least hessian weight (≈ rows × p(1−p)) a leaf may hold. */
  readonly minChildWeight: number;
  readonly minLeafRows: number;
  readonly l2: number;
  readonly subsample: number;
  readonly seed: string;
}

export const DEFAULT_GBDT_OPTIONS: GbdtOptions = {
  trees: 200,
  maxDepth: 3,
  learningRate: 0.05,
  bins: 64,
  minChildWeight: 1,
  minLeafRows: 100,
  l2: 1,
  subsample: 0.8,
  seed: 'fingraph/gbdt',
};

/** A tree as flat arrays: node i splits on feature[i] at threshold[i] (x ≤ t → left[i]), or is a leaf (feature −1). */
export interface GbdtTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface GbdtModel {
  readonly kind: 'gbdt';
  readonly baseScore: number;
  readonly learningRate: number;
  readonly trees: GbdtTree[];
}

function cutPoints(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / bins)];
    if (cuts.length === 0 || v > cuts[cuts.length - 1]) cuts.push(v);
  }
  // a cut equal to the maximum splits nothing off
  while (cuts.length > 0 && cuts[cuts.length - 1] >= sorted[sorted.length - 1]) cuts.pop();
  return cuts;
}

/** Bin of x: the number of cuts strictly below it (x ≤ cuts[b] ⇔ bin ≤ b). */
function binOf(cuts: number[], x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function fitGbdt(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  options: GbdtOptions = DEFAULT_GBDT_OPTIONS,
): GbdtModel {
  const n = rows.length;
  if (n === 0) throw new RangeError('gradient boosting needs rows');
  const d = rows[0].length;
  const cuts = Array.from({ length: d }, (_, j) =>
    cutPoints(
      rows.map((r) => r[j]),
      options.bins,
    ),
  );
  const binned = Array.from({ length: d }, (_, j) => {
    const col = new Uint8Array(n);
    for (let i = 0; i < n; i++) col[i] = binOf(cuts[j], rows[i][j]);
    return col;
  });
  const y = Float64Array.from(labels, (l) => (l ? 1 : 0));
  const positives = y.reduce((s, v) => s + v, 0);
  const prior = Math.min(Math.max(positives / n, 1e-6), 1 - 1e-6);
  const baseScore = Math.log(prior / (1 - prior));
  const margin = new Float64Array(n).fill(baseScore);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const rng = createRng(options.seed);
  const trees: GbdtTree[] = [];
  const maxBins = options.bins;
  const gh = new Float64Array(maxBins);
  const hh = new Float64Array(maxBins);
  const ch = new Uint32Array(maxBins);

  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]));
      grad[i] = p - y[i];
      hess[i] = Math.max(p * (1 - p), 1e-12);
    }
    let sample: number[] = [];
    for (let i = 0; i < n; i++) if (options.subsample >= 1 || rng.float() < options.subsample) sample.push(i);
    if (sample.length === 0) sample = Array.from({ length: n }, (_, i) => i);

    const tree: GbdtTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (idx: number[], depth: number): number => {
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let gTotal = 0;
      let hTotal = 0;
      for (const i of idx) {
        gTotal += grad[i];
        hTotal += hess[i];
      }
      let best = { gain: 0, feature: -1, bin: -1 };
      if (depth < options.maxDepth && idx.length >= 2 * options.minLeafRows) {
        const parent = (gTotal * gTotal) / (hTotal + options.l2);
        for (let j = 0; j < d; j++) {
          const nb = cuts[j].length + 1;
          if (nb < 2) continue;
          gh.fill(0, 0, nb);
          hh.fill(0, 0, nb);
          ch.fill(0, 0, nb);
          const col = binned[j];
          for (const i of idx) {
            const b = col[i];
            gh[b] += grad[i];
            hh[b] += hess[i];
            ch[b]++;
          }
          let gl = 0;
          let hl = 0;
          let cl = 0;
          for (let b = 0; b < nb - 1; b++) {
            gl += gh[b];
            hl += hh[b];
            cl += ch[b];
            const cr = idx.length - cl;
            const hr = hTotal - hl;
            if (cl < options.minLeafRows || cr < options.minLeafRows) continue;
            if (hl < options.minChildWeight || hr < options.minChildWeight) continue;
            const gr = gTotal - gl;
            const gain = (gl * gl) / (hl + options.l2) + (gr * gr) / (hr + options.l2) - parent;
            if (gain > best.gain + 1e-12) best = { gain, feature: j, bin: b };
          }
        }
      }
      if (best.feature < 0) {
        tree.value[node] = -gTotal / (hTotal + options.l2);
        return node;
      }
      const col = binned[best.feature];
      const leftIdx: number[] = [];
      const rightIdx: number[] = [];
      for (const i of idx) (col[i] <= best.bin ? leftIdx : rightIdx).push(i);
      tree.feature[node] = best.feature;
      tree.threshold[node] = cuts[best.feature][best.bin];
      const l = grow(leftIdx, depth + 1);
      const r = grow(rightIdx, depth + 1);
      tree.left[node] = l;
      tree.right[node] = r;
      return node;
    };
    grow(sample, 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) margin[i] += options.learningRate * treeValue(tree, rows[i]);
  }
  return { kind: 'gbdt', baseScore, learningRate: options.learningRate, trees };
}

function treeValue(tree: GbdtTree, row: readonly number[]): number {
  let node = 0;
  while (tree.feature[node] >= 0) {
    node = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  }
  return tree.value[node];
}

/** Probability of fraud for one feature vector. */
export function scoreGbdt(model: GbdtModel, row: readonly number[]): number {
  let m = model.baseScore;
  for (const tree of model.trees) m += model.learningRate * treeValue(tree, row);
  return 1 / (1 + Math.exp(-m));
}
