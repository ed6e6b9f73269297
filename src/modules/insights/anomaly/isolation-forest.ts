import { createHash } from 'node:crypto';
import { createRng } from '../../../common/random';

// Isolation forest (Liu, Ting & Zhou, "Isolation Forest", ICDM 2008; TKDD 2012), written here rather than taken
// from npm: the two packages there have no seed (Math.random) and no model export, and one grows its trees on the
// whole set rather than a ψ-subsample; a fitted model must be reproducible, versioned data. See
// docs/architecture.md ("Anomaly detection").
//
// Fit: t trees, each grown on a subsample of ψ rows drawn without replacement; a node splits on a random
// attribute at a uniform random value between that attribute's min and max in the node, until the node holds
// one row or the depth reaches l = ceil(log2 ψ). Score: s(x) = 2^(−E[h(x)] / c(ψ)), where h(x) is the depth
// at which x lands plus c(size) for the rows the height limit left unsplit.

const EULER_GAMMA = 0.5772156649015329;

/** Average path length of an unsuccessful BST search among n points: c(n) = 2H(n−1) − 2(n−1)/n. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  const harmonic = Math.log(n - 1) + EULER_GAMMA;
  return 2 * harmonic - (2 * (n - 1)) / n;
}

/** One tree as parallel arrays; node 0 is the root, `feature[i] === -1` marks a leaf holding `size[i]` rows. */
export interface IsolationTree {
  readonly feature: number[];
  readonly threshold: number[];
  readonly left: number[];
  readonly right: number[];
  readonly size: number[];
}

export interface FeatureStats {
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly median: number;
}

export interface IsolationForestModel {
  readonly format: 'fingraph.isolation-forest';
  readonly formatVersion: 1;
  /** sha256 (first 16 hex) of everything else in the model: equal versions ⇔ identical models. */
  readonly version: string;
  readonly seed: string;
  readonly featureNames: readonly string[];
  readonly sampleSize: number;
  readonly heightLimit: number;
  readonly trainingRows: number;
  readonly trainingStats: Readonly<Record<string, FeatureStats>>;
  readonly trees: readonly IsolationTree[];
}

export interface IsolationForestOptions {
  readonly trees?: number;
  readonly sampleSize?: number;
  readonly seed: string;
}

function columnStats(rows: readonly (readonly number[])[], j: number): FeatureStats {
  const values = rows.map((r) => r[j]).sort((a, b) => a - b);
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, n - 1);
  const mid = n >>> 1;
  return {
    mean,
    sd: Math.sqrt(variance),
    min: values[0],
    max: values[n - 1],
    median: n % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2,
  };
}

/** Deterministic JSON (sorted keys) for hashing. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function modelVersion(model: Omit<IsolationForestModel, 'version'>): string {
  const { version: _ignored, ...rest } = model as IsolationForestModel;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex').slice(0, 16);
}

/** Fits a forest on `rows` (each row the values of `featureNames`, in order). */
export function fitIsolationForest(
  rows: readonly (readonly number[])[],
  featureNames: readonly string[],
  options: IsolationForestOptions,
): IsolationForestModel {
  const treeCount = options.trees ?? 100;
  const requested = options.sampleSize ?? 256;
  if (rows.length < 2) throw new RangeError('an isolation forest needs at least 2 training rows');
  if (!Number.isInteger(treeCount) || treeCount < 1)
    throw new RangeError(`trees must be >= 1, got ${treeCount}`);
  if (!Number.isInteger(requested) || requested < 2) throw new RangeError(`sampleSize must be >= 2`);
  const width = featureNames.length;
  rows.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`row ${i} has ${row.length} values, expected ${width}`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v))
        throw new RangeError(`row ${i}, feature ${featureNames[j]}: ${v} is not finite`);
    });
  });

  const psi = Math.min(requested, rows.length);
  const heightLimit = Math.ceil(Math.log2(psi));
  const rng = createRng(`isolation-forest/${options.seed}`);
  const indices = rows.map((_, i) => i);
  const trees: IsolationTree[] = [];

  for (let t = 0; t < treeCount; t++) {
    // Subsample without replacement: a partial Fisher–Yates shuffle of the index array.
    for (let i = 0; i < psi; i++) {
      const j = rng.int(i, indices.length - 1);
      [indices[i], indices[j]] = [indices[j], indices[i]];
    }
    const sample = indices.slice(0, psi);
    const tree: IsolationTree = { feature: [], threshold: [], left: [], right: [], size: [] };
    const grow = (members: number[], depth: number): number => {
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.size.push(members.length);
      if (depth >= heightLimit || members.length <= 1) return node;
      // Attributes that still vary in this node; a split on a constant one could isolate nothing.
      const candidates: { j: number; min: number; max: number }[] = [];
      for (let j = 0; j < width; j++) {
        let min = Infinity;
        let max = -Infinity;
        for (const m of members) {
          const v = rows[m][j];
          if (v < min) min = v;
          if (v > max) max = v;
        }
        if (max > min) candidates.push({ j, min, max });
      }
      if (candidates.length === 0) return node;
      const { j, min, max } = rng.pick(candidates);
      let p = min + rng.float() * (max - min);
      if (p <= min) p = (min + max) / 2; // float() can be 0: keep both sides non-empty
      const leftMembers = members.filter((m) => rows[m][j] < p);
      const rightMembers = members.filter((m) => rows[m][j] >= p);
      tree.feature[node] = j;
      tree.threshold[node] = p;
      tree.left[node] = grow(leftMembers, depth + 1);
      tree.right[node] = grow(rightMembers, depth + 1);
      return node;
    };
    grow(sample, 0);
    trees.push(tree);
  }

  const trainingStats: Record<string, FeatureStats> = {};
  featureNames.forEach((name, j) => (trainingStats[name] = columnStats(rows, j)));
  const unversioned = {
    format: 'fingraph.isolation-forest' as const,
    formatVersion: 1 as const,
    seed: options.seed,
    featureNames: [...featureNames],
    sampleSize: psi,
    heightLimit,
    trainingRows: rows.length,
    trainingStats,
    trees,
  };
  return { ...unversioned, version: modelVersion(unversioned) };
}

export interface PathResult {
  /** E[h(x)] over the trees. */
  readonly meanPathLength: number;
  readonly score: number;
  /**
   * Per feature, its share of the isolating splits on x's paths, each split weighted by 1/h(x) of its tree so
   * that trees isolating x early count more. Sums to 1 (all zeros when no tree split at all).
   */
  readonly contributions: number[];
}

function checkRow(model: IsolationForestModel, x: readonly number[]): void {
  if (x.length !== model.featureNames.length) {
    throw new RangeError(`expected ${model.featureNames.length} feature values, got ${x.length}`);
  }
}

export function explainIsolationForest(model: IsolationForestModel, x: readonly number[]): PathResult {
  checkRow(model, x);
  const contributions = new Array<number>(model.featureNames.length).fill(0);
  let total = 0;
  for (const tree of model.trees) {
    let node = 0;
    let depth = 0;
    const used: number[] = [];
    while (tree.feature[node] !== -1) {
      const j = tree.feature[node];
      used.push(j);
      node = x[j] < tree.threshold[node] ? tree.left[node] : tree.right[node];
      depth++;
    }
    const h = depth + averagePathLength(tree.size[node]);
    total += h;
    for (const j of used) contributions[j] += 1 / Math.max(h, 1);
  }
  const meanPathLength = total / model.trees.length;
  const sum = contributions.reduce((s, v) => s + v, 0);
  return {
    meanPathLength,
    score: 2 ** (-meanPathLength / averagePathLength(model.sampleSize)),
    contributions: sum > 0 ? contributions.map((c) => c / sum) : contributions,
  };
}

/** Anomaly score in (0, 1]: ≈1 clearly anomalous, ≤0.5 ordinary (Liu et al. §2). */
export function scoreIsolationForest(model: IsolationForestModel, x: readonly number[]): number {
  return explainIsolationForest(model, x).score;
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Loads a model from parsed JSON, checking its shape and that its version hash matches its content. */
export function loadIsolationForest(json: unknown): IsolationForestModel {
  const m = json as Partial<IsolationForestModel> | null;
  const fail = (why: string): never => {
    throw new RangeError(`not a fingraph isolation forest: ${why}`);
  };
  if (m === null || typeof m !== 'object') return fail('not an object');
  if (m.format !== 'fingraph.isolation-forest') fail('format');
  if (m.formatVersion !== 1) fail(`unsupported formatVersion ${String(m.formatVersion)}`);
  if (!Array.isArray(m.featureNames) || !m.featureNames.every((n) => typeof n === 'string'))
    fail('featureNames');
  if (typeof m.sampleSize !== 'number' || m.sampleSize < 2) fail('sampleSize');
  if (!Array.isArray(m.trees) || m.trees.length === 0) fail('trees');
  const width = m.featureNames!.length;
  m.trees!.forEach((tree, i) => {
    const parts = [tree.feature, tree.threshold, tree.left, tree.right, tree.size];
    if (!parts.every(isNumberArray) || !parts.every((p) => p.length === tree.feature.length)) {
      fail(`tree ${i} arrays`);
    }
    tree.feature.forEach((f, k) => {
      if (f === -1) return;
      const bad = (c: number) => !Number.isInteger(c) || c <= k || c >= tree.feature.length;
      if (!Number.isInteger(f) || f < 0 || f >= width || bad(tree.left[k]) || bad(tree.right[k])) {
        fail(`tree ${i} node ${k}`);
      }
    });
  });
  const model = m as IsolationForestModel;
  if (modelVersion(model) !== model.version) fail('version hash does not match the content');
  return model;
}
