import { createRng } from '../../../common/random';
import {
  type IsolationForestModel,
  averagePathLength,
  explainIsolationForest,
  fitIsolationForest,
  loadIsolationForest,
  modelVersion,
  scoreIsolationForest,
} from './isolation-forest';

/** 500 points from a 2-D standard normal (seeded). */
function normalCloud(seed: string, n = 500): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => [rng.normal(), rng.normal()]);
}

describe('averagePathLength c(n)', () => {
  it('matches the values from Liu et al.: c(256) ≈ 10.2448, c(2) = 1, c(1) = 0', () => {
    expect(averagePathLength(256)).toBeCloseTo(10.2448, 4);
    expect(averagePathLength(2)).toBe(1);
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(0)).toBe(0);
  });

  it('is 2H(n−1) − 2(n−1)/n with H(i) ≈ ln i + γ (hand-computed c(3), c(4))', () => {
    expect(averagePathLength(3)).toBeCloseTo(2 * (Math.log(2) + 0.5772156649) - 4 / 3, 10); // 1.207392…
    expect(averagePathLength(4)).toBeCloseTo(1.851655, 5);
  });
});

describe('isolation forest', () => {
  it('follows the paper: ψ = 256, 100 trees, height limit ceil(log2 ψ) = 8', () => {
    const model = fitIsolationForest(normalCloud('shape'), ['x', 'y'], { seed: 's' });
    expect(model.trees).toHaveLength(100);
    expect(model.sampleSize).toBe(256);
    expect(model.heightLimit).toBe(8);
    expect(model.trainingRows).toBe(500);
    // every tree holds exactly ψ rows in its leaves
    for (const tree of model.trees) {
      const leafRows = tree.size.filter((_, i) => tree.feature[i] === -1).reduce((s, v) => s + v, 0);
      expect(leafRows).toBe(256);
    }
  });

  it('uses all rows when there are fewer than ψ', () => {
    const model = fitIsolationForest(normalCloud('small', 40), ['x', 'y'], { seed: 's', trees: 10 });
    expect(model.sampleSize).toBe(40);
    expect(model.heightLimit).toBe(6);
  });

  it('scores an obvious outlier above 0.6 and the inliers around 0.5 or below', () => {
    const rows = normalCloud('cloud');
    const model = fitIsolationForest(rows, ['x', 'y'], { seed: 'seed-1' });
    expect(scoreIsolationForest(model, [8, 8])).toBeGreaterThan(0.6);
    expect(scoreIsolationForest(model, [0, 0])).toBeLessThan(0.5);
    const inlierScores = rows.map((r) => scoreIsolationForest(model, r)).sort((a, b) => a - b);
    expect(inlierScores[inlierScores.length >>> 1]).toBeLessThan(0.5); // median inlier
    expect(inlierScores[Math.floor(inlierScores.length * 0.9)]).toBeLessThan(0.6);
  });

  it('gives the same model for the same seed and a different one for another seed', () => {
    const rows = normalCloud('det');
    const a = fitIsolationForest(rows, ['x', 'y'], { seed: 'same' });
    const b = fitIsolationForest(rows, ['x', 'y'], { seed: 'same' });
    const c = fitIsolationForest(rows, ['x', 'y'], { seed: 'other' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('round-trips through JSON with identical scores, and refuses a tampered model', () => {
    const model = fitIsolationForest(normalCloud('json'), ['x', 'y'], { seed: 'j', trees: 20 });
    const loaded = loadIsolationForest(JSON.parse(JSON.stringify(model)));
    for (const x of [
      [0, 0],
      [3, -2],
      [10, 10],
    ]) {
      expect(scoreIsolationForest(loaded, x)).toBe(scoreIsolationForest(model, x));
    }
    const tampered = JSON.parse(JSON.stringify(model));
    tampered.trees[0].threshold[0] += 0.1;
    expect(() => loadIsolationForest(tampered)).toThrow(/version hash/);
    expect(() => loadIsolationForest({ ...model, formatVersion: 2 })).toThrow(/formatVersion/);
  });

  it('keeps training statistics per feature', () => {
    const model = fitIsolationForest(
      [
        [1, 10],
        [2, 10],
        [3, 10],
        [4, 10],
      ],
      ['a', 'b'],
      { seed: 's', trees: 5 },
    );
    expect(model.trainingStats.a).toEqual({ mean: 2.5, sd: Math.sqrt(5 / 3), min: 1, max: 4, median: 2.5 });
    // a constant feature is never split on
    for (const tree of model.trees) expect(tree.feature.filter((f) => f === 1)).toHaveLength(0);
  });

  it('computes E[h(x)] with the c(size) correction and s = 2^(−E[h]/c(ψ)) (hand-built tree)', () => {
    // root: feature 0 < 0.5 → leaf of 1 row; else → leaf of 3 rows (unsplit, height limit). ψ = 4.
    const body = {
      format: 'fingraph.isolation-forest' as const,
      formatVersion: 1 as const,
      seed: 'hand',
      featureNames: ['a'],
      sampleSize: 4,
      heightLimit: 1,
      trainingRows: 4,
      trainingStats: { a: { mean: 0.75, sd: 0.5, min: 0, max: 1, median: 1 } },
      trees: [
        {
          feature: [0, -1, -1],
          threshold: [0.5, 0, 0],
          left: [1, -1, -1],
          right: [2, -1, -1],
          size: [4, 1, 3],
        },
      ],
    };
    const model: IsolationForestModel = loadIsolationForest({ ...body, version: modelVersion(body) });
    const c4 = averagePathLength(4); // 1.851655
    const lone = explainIsolationForest(model, [0]);
    expect(lone.meanPathLength).toBe(1); // depth 1 + c(1) = 0
    expect(lone.score).toBeCloseTo(2 ** (-1 / c4), 12); // 0.6876
    const crowd = explainIsolationForest(model, [1]);
    expect(crowd.meanPathLength).toBeCloseTo(1 + averagePathLength(3), 12); // 2.207393
    expect(crowd.score).toBeCloseTo(0.4375, 3);
    expect(lone.contributions).toEqual([1]);
  });

  it('rejects rows of the wrong width or with non-finite values', () => {
    expect(() => fitIsolationForest([[1], [2, 3]], ['a'], { seed: 's' })).toThrow(/row 1 has 2 values/);
    expect(() => fitIsolationForest([[1], [NaN]], ['a'], { seed: 's' })).toThrow(/not finite/);
    const model = fitIsolationForest(normalCloud('w', 20), ['x', 'y'], { seed: 's', trees: 2 });
    expect(() => scoreIsolationForest(model, [1])).toThrow(/expected 2 feature values/);
  });
});
