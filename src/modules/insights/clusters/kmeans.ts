import { createHash } from 'node:crypto';
import { createRng, Rng } from '../../../common/random';

// k-means on standardised features. Standardisation is the z-score with the population standard deviation
// (ddof = 0, as scikit-learn's StandardScaler; a constant feature gets scale 1). Initialisation is
// k-means++ (Arthur & Vassilvitskii 2007) drawing from the seeded RNG; Lloyd iterations run until no
// assignment changes. Several seeded restarts keep the lowest inertia. k is chosen by the mean silhouette
// (Rousseeuw 1987). Same input + same seed ⇒ same model, bit for bit.

export type Vector = readonly number[];

export interface Scaler {
  means: number[];
  scales: number[];
}

export function fitScaler(rows: readonly Vector[]): Scaler {
  if (rows.length === 0) throw new RangeError('fitScaler needs at least one row');
  const d = rows[0].length;
  const sums = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) sums[j] += r[j];
  const means = sums.map((s) => s / rows.length);
  const scales = means.map((m, j) => {
    const sd = Math.sqrt(rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / rows.length);
    // A (near-)constant feature: rounding noise must not be blown up to unit variance (scikit-learn
    // likewise treats scales within a few ulps of zero as zero and uses 1).
    return sd > 1e-9 * Math.max(1, Math.abs(m)) ? sd : 1;
  });
  return { means, scales };
}

export function standardise(scaler: Scaler, row: Vector): number[] {
  return row.map((v, j) => (v - scaler.means[j]) / scaler.scales[j]);
}

export function squaredDistance(a: Vector, b: Vector): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] - b[j]) ** 2;
  return s;
}

export function nearest(centroids: readonly Vector[], point: Vector): { index: number; distance2: number } {
  let index = 0;
  let distance2 = Infinity;
  centroids.forEach((c, i) => {
    const d = squaredDistance(c, point);
    if (d < distance2) {
      distance2 = d;
      index = i;
    }
  });
  return { index, distance2 };
}

/** k-means++ seeding: first centre uniform, each next one with probability ∝ D(x)². */
export function kmeansPlusPlus(points: readonly Vector[], k: number, rng: Rng): number[][] {
  const centres: number[][] = [[...points[rng.int(0, points.length - 1)]]];
  const d2 = points.map((p) => squaredDistance(p, centres[0]));
  while (centres.length < k) {
    const total = d2.reduce((a, b) => a + b, 0);
    let chosen: number;
    if (total === 0) chosen = rng.int(0, points.length - 1);
    else {
      let r = rng.float() * total;
      chosen = points.length - 1;
      for (let i = 0; i < points.length; i++) {
        r -= d2[i];
        if (r < 0) {
          chosen = i;
          break;
        }
      }
    }
    centres.push([...points[chosen]]);
    for (let i = 0; i < points.length; i++)
      d2[i] = Math.min(d2[i], squaredDistance(points[i], centres[centres.length - 1]));
  }
  return centres;
}

export interface KMeansResult {
  centroids: number[][];
  assignments: number[];
  inertia: number;
  iterations: number;
}

/** Lloyd's algorithm from k-means++ seeds; `restarts` seeded runs, lowest inertia kept. */
export function kmeans(
  points: readonly Vector[],
  k: number,
  { seed = 'kmeans', restarts = 4, maxIterations = 100 } = {},
): KMeansResult {
  if (!Number.isInteger(k) || k < 1 || k > points.length)
    throw new RangeError(`k must be 1–${points.length}`);
  let best: KMeansResult | null = null;
  for (let run = 0; run < restarts; run++) {
    const rng = createRng(seed).fork(`k${k}/run${run}`);
    const centroids = kmeansPlusPlus(points, k, rng);
    const assignments = new Array<number>(points.length).fill(-1);
    let iterations = 0;
    for (; iterations < maxIterations; iterations++) {
      let changed = false;
      points.forEach((p, i) => {
        const { index } = nearest(centroids, p);
        if (assignments[i] !== index) {
          assignments[i] = index;
          changed = true;
        }
      });
      if (!changed) break;
      const d = points[0].length;
      const sums = centroids.map(() => new Array<number>(d).fill(0));
      const counts = new Array<number>(k).fill(0);
      points.forEach((p, i) => {
        counts[assignments[i]]++;
        for (let j = 0; j < d; j++) sums[assignments[i]][j] += p[j];
      });
      for (let c = 0; c < k; c++) {
        if (counts[c] > 0) centroids[c] = sums[c].map((s) => s / counts[c]);
        else {
          // An empty cluster takes the point farthest from its centre (deterministic: first such point).
          let far = 0;
          let farD = -1;
          points.forEach((p, i) => {
            const dd = squaredDistance(p, centroids[assignments[i]]);
            if (dd > farD) {
              farD = dd;
              far = i;
            }
          });
          centroids[c] = [...points[far]];
        }
      }
    }
    const inertia = points.reduce((s, p, i) => s + squaredDistance(p, centroids[assignments[i]]), 0);
    if (best === null || inertia < best.inertia) best = { centroids, assignments, inertia, iterations };
  }
  return best as KMeansResult;
}

/**
 * Mean silhouette s̄ = mean over points of (b − a) ÷ max(a, b), where a is the mean distance to the other
 * members of its own cluster and b the smallest mean distance to another cluster; a point alone in its
 * cluster scores 0 (Rousseeuw 1987, as scikit-learn). Euclidean distance. O(n²).
 */
export function silhouette(points: readonly Vector[], assignments: readonly number[]): number {
  const k = Math.max(...assignments) + 1;
  const sizes = new Array<number>(k).fill(0);
  for (const a of assignments) sizes[a]++;
  if (sizes.filter((s) => s > 0).length < 2) throw new RangeError('silhouette needs at least two clusters');
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const sums = new Array<number>(k).fill(0);
    for (let j = 0; j < points.length; j++) {
      if (i !== j) sums[assignments[j]] += Math.sqrt(squaredDistance(points[i], points[j]));
    }
    const own = assignments[i];
    if (sizes[own] === 1) continue;
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    total += (b - a) / Math.max(a, b);
  }
  return total / points.length;
}

export interface ClusterModel {
  /** Schema version of this JSON. */
  schema: 1;
  /** sha256 (first 16 hex) of everything else in the model, canonical JSON: changes iff the model does. */
  versionHash: string;
  features: string[];
  scaler: Scaler;
  k: number;
  /** Centroids in the standardised space. */
  centroids: number[][];
  sizes: number[];
  inertia: number;
  silhouette: number | null;
  selection: { method: 'silhouette'; candidates: { k: number; silhouette: number; inertia: number }[] };
  trainedOn: { rows: number; quarter: string | null; seed: string };
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export function modelHash(model: Omit<ClusterModel, 'versionHash'>): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex').slice(0, 16);
}

/**
 * Fit the clustering model: standardise, run k-means for each k in [kMin, kMax], keep the k with the
 * highest mean silhouette (ties → smaller k). The silhouette is computed on at most `silhouetteSample`
 * points drawn with the seeded RNG (it is O(n²)). Numbers are rounded to 1e-9 so the JSON is stable.
 */
export function fitClusterModel(
  rows: readonly Vector[],
  features: readonly string[],
  {
    kMin = 2,
    kMax = 8,
    seed = 'clusters',
    quarter = null as string | null,
    silhouetteSample = 2000,
    restarts = 4,
  } = {},
): ClusterModel {
  if (rows.length < kMin + 1) throw new RangeError(`need more than ${kMin} rows to cluster`);
  if (rows.some((r) => r.length !== features.length))
    throw new RangeError('every row needs one value per feature');
  const scaler = fitScaler(rows);
  const z = rows.map((r) => standardise(scaler, r));
  let sample = z.map((_, i) => i);
  if (z.length > silhouetteSample) {
    const rng = createRng(seed).fork('silhouette-sample');
    for (let i = sample.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [sample[i], sample[j]] = [sample[j], sample[i]];
    }
    sample = sample.slice(0, silhouetteSample).sort((a, b) => a - b);
  }
  const candidates: { k: number; silhouette: number; inertia: number }[] = [];
  let best: { k: number; s: number; result: KMeansResult } | null = null;
  for (let k = kMin; k <= Math.min(kMax, z.length - 1); k++) {
    const result = kmeans(z, k, { seed, restarts });
    const s = silhouette(
      sample.map((i) => z[i]),
      sample.map((i) => result.assignments[i]),
    );
    candidates.push({ k, silhouette: round(s), inertia: round(result.inertia) });
    if (best === null || s > best.s) best = { k, s, result };
  }
  const chosen = best as { k: number; s: number; result: KMeansResult };
  const sizes = new Array<number>(chosen.k).fill(0);
  for (const a of chosen.result.assignments) sizes[a]++;
  const body: Omit<ClusterModel, 'versionHash'> = {
    schema: 1,
    features: [...features],
    scaler: { means: scaler.means.map(round), scales: scaler.scales.map(round) },
    k: chosen.k,
    centroids: chosen.result.centroids.map((c) => c.map(round)),
    sizes,
    inertia: round(chosen.result.inertia),
    silhouette: round(chosen.s),
    selection: { method: 'silhouette', candidates },
    trainedOn: { rows: rows.length, quarter, seed },
  };
  return { versionHash: modelHash(body), ...body };
}

/** Parse a stored model and check its hash (a hand-edited or truncated model fails loudly). */
export function parseClusterModel(json: string): ClusterModel {
  const parsed = JSON.parse(json) as ClusterModel;
  const { versionHash, ...body } = parsed;
  if (parsed.schema !== 1) throw new RangeError(`unsupported cluster model schema ${String(parsed.schema)}`);
  if (modelHash(body) !== versionHash) throw new RangeError('cluster model hash mismatch');
  return parsed;
}

export interface ClusterAssignment {
  cluster: number;
  distance: number;
  modelVersion: string;
  /** Standardised features that pull the customer furthest from the average customer (|z| largest). */
  distinctive: { feature: string; z: number }[];
}

export function assignCluster(model: ClusterModel, row: Vector): ClusterAssignment {
  const z = standardise(model.scaler, row);
  const { index, distance2 } = nearest(model.centroids, z);
  const distinctive = z
    .map((v, j) => ({ feature: model.features[j], z: Math.round(v * 1000) / 1000 }))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z))
    .slice(0, 3);
  return { cluster: index, distance: Math.sqrt(distance2), modelVersion: model.versionHash, distinctive };
}

export interface Neighbour {
  customerId: string;
  distance: number;
}

/**
 * The `first` customers nearest to `target` by Euclidean distance in the model's standardised space
 * (the target itself excluded; ties by customer id).
 */
export function similarCustomers(
  scaler: Scaler,
  target: { customerId: string; row: Vector },
  candidates: readonly { customerId: string; row: Vector }[],
  first: number,
): Neighbour[] {
  const t = standardise(scaler, target.row);
  return candidates
    .filter((c) => c.customerId !== target.customerId)
    .map((c) => ({
      customerId: c.customerId,
      distance: Math.sqrt(squaredDistance(t, standardise(scaler, c.row))),
    }))
    .sort(
      (a, b) =>
        a.distance - b.distance || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
    )
    .slice(0, first);
}
