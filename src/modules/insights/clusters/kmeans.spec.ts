import { createRng } from '../../../common/random';
import { quarter } from '../quarter.fixture';
import { CLUSTER_FEATURES, clusterFeatureVector } from './cluster-features';
import {
  assignCluster,
  fitClusterModel,
  fitScaler,
  kmeans,
  parseClusterModel,
  silhouette,
  similarCustomers,
  standardise,
} from './kmeans';

describe('standardisation (z-score, population SD)', () => {
  it('matches scikit-learn StandardScaler’s documented example', () => {
    // scikit-learn docs: data [[0,0],[0,0],[1,1],[1,1]] → mean_ [0.5, 0.5], scale_ [0.5, 0.5];
    // transform([[2, 2]]) → [[3, 3]]
    const scaler = fitScaler([
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 1],
    ]);
    expect(scaler).toEqual({ means: [0.5, 0.5], scales: [0.5, 0.5] });
    expect(standardise(scaler, [2, 2])).toEqual([3, 3]);
  });

  it('a constant feature gets scale 1 (no division by zero)', () => {
    expect(fitScaler([[7], [7]])).toEqual({ means: [7], scales: [1] });
    // 0.1 × 3 ÷ 3 is not exactly 0.1 in floating point: the rounding residue must not count as spread
    expect(fitScaler([[0.1], [0.1], [0.1]]).scales).toEqual([1]);
  });
});

describe('silhouette (Rousseeuw 1987)', () => {
  it('1-D textbook case {0, 1} vs {4, 5}: (7/9 + 5/7) ÷ 2 = 94/126', () => {
    // x=0: a = 1, b = (4 + 5) ÷ 2 = 4.5 → 1 − 1/4.5 = 7/9; x=1: a = 1, b = (3 + 4) ÷ 2 = 3.5 → 5/7; symmetric
    expect(silhouette([[0], [1], [4], [5]], [0, 0, 1, 1])).toBeCloseTo(94 / 126, 12);
  });

  it('a singleton cluster scores 0', () => {
    // {0} alone → 0; x=10: a = 1, b = 10 → 0.9; x=11: a = 1, b = 11 → 10/11; mean = (0.9 + 10/11) ÷ 3
    expect(silhouette([[0], [10], [11]], [0, 1, 1])).toBeCloseTo((0.9 + 10 / 11) / 3, 12);
  });
});

/** Three round blobs in 2-D around (0,0), (10,0), (0,10). */
function blobs(perBlob: number, seed = 'blobs'): number[][] {
  const rng = createRng(seed);
  const centres = [
    [0, 0],
    [10, 0],
    [0, 10],
  ];
  return centres.flatMap(([x, y]) =>
    Array.from({ length: perBlob }, () => [rng.normal(x, 1), rng.normal(y, 1)]),
  );
}

describe('k-means', () => {
  it('separates well-separated blobs, deterministically for a seed', () => {
    const points = blobs(20);
    const a = kmeans(points, 3, { seed: 's1' });
    const b = kmeans(points, 3, { seed: 's1' });
    expect(a).toEqual(b);
    // every blob lands in exactly one cluster
    for (let blob = 0; blob < 3; blob++) {
      expect(new Set(a.assignments.slice(blob * 20, blob * 20 + 20)).size).toBe(1);
    }
    expect(new Set(a.assignments).size).toBe(3);
  });

  it('chooses k by the highest mean silhouette, and the model is versioned JSON', () => {
    const model = fitClusterModel(blobs(15), ['x', 'y'], { kMin: 2, kMax: 5, seed: 'm', quarter: '2025Q3' });
    expect(model.k).toBe(3);
    expect(model.selection.method).toBe('silhouette');
    expect(model.selection.candidates.map((c) => c.k)).toEqual([2, 3, 4, 5]);
    const best = Math.max(...model.selection.candidates.map((c) => c.silhouette));
    expect(model.silhouette).toBe(best);
    expect(model.sizes).toEqual([15, 15, 15]);
    expect(model.sizes.reduce((s, n) => s + n, 0)).toBe(45);
    // same data + seed → same hash; JSON round trip checks the hash; tampering is caught
    expect(
      fitClusterModel(blobs(15), ['x', 'y'], { kMin: 2, kMax: 5, seed: 'm', quarter: '2025Q3' }).versionHash,
    ).toBe(model.versionHash);
    const json = JSON.stringify(model);
    expect(parseClusterModel(json)).toEqual(model);
    const tampered = JSON.parse(json);
    tampered.centroids[0][0] += 1;
    expect(() => parseClusterModel(JSON.stringify(tampered))).toThrow(/hash/);
    // a point near (10, 0) goes to the same cluster as the (10, 0) blob
    const member = assignCluster(model, blobs(15)[15]);
    expect(assignCluster(model, [10.2, -0.1]).cluster).toBe(member.cluster);
  });
});

describe('similarCustomers (Euclidean in standardised space)', () => {
  it('orders by hand-computed distance, ties by id, excluding the customer', () => {
    // scaler means (0, 0), scales (1, 2): a (3,0) → 3; b (0,4) → z (0,2) → 2; c (1,2) → (1,1) → √2;
    // d (−1,−2) → (−1,−1) → √2 (tie with c, id order)
    const scaler = { means: [0, 0], scales: [1, 2] };
    const rows = [
      { customerId: 'a', row: [3, 0] },
      { customerId: 'd', row: [-1, -2] },
      { customerId: 'b', row: [0, 4] },
      { customerId: 'c', row: [1, 2] },
      { customerId: 'me', row: [0, 0] },
    ];
    const out = similarCustomers(scaler, { customerId: 'me', row: [0, 0] }, rows, 3);
    expect(out.map((n) => n.customerId)).toEqual(['c', 'd', 'b']);
    expect(out[0].distance).toBeCloseTo(Math.SQRT2, 12);
    expect(out[2].distance).toBe(2);
  });
});

describe('clusterFeatureVector', () => {
  it('log amounts and shares from a quarter', () => {
    const v = clusterFeatureVector(
      quarter({ totalSpend: '999999', averageTicket: '9999', transactionCount: 99, onlineShare: 0.3 }),
    );
    expect(v).toHaveLength(CLUSTER_FEATURES.length);
    expect(v.slice(0, 4)).toEqual([6, 4, 2, 0.3]);
    // essentials = FOOD 1,500,000 + GROCERY 1,200,000 of 999,999 total in the fixture mix → shares use totalSpend
    expect(v[6]).toBeCloseTo(2700000 / 999999, 12);
  });
});
