import { createRng, Rng } from './random';

const draws = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.uint32());

function meanAndSd(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return { mean, sd: Math.sqrt(variance) };
}

describe('createRng', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(draws(createRng('fingraph'), 50)).toEqual(draws(createRng('fingraph'), 50));
    expect(draws(createRng('fingraph'), 50)).not.toEqual(draws(createRng('fingraph2'), 50));
  });

  it('pins the stream so that a generator change is a conscious decision', () => {
    expect(draws(createRng('fingraph'), 3)).toEqual([1154881850, 2249464431, 3324972189]);
  });

  it('forks by label, independently of how much the parent was used', () => {
    const used = createRng('s');
    draws(used, 1000);
    expect(draws(used.fork('customers'), 20)).toEqual(draws(createRng('s').fork('customers'), 20));
    expect(draws(createRng('s').fork('customers'), 20)).not.toEqual(draws(createRng('s').fork('cards'), 20));
    expect(draws(createRng('s').fork('a'), 20)).not.toEqual(draws(createRng('s'), 20));
    expect(createRng('s').fork('a').fork('b').seed).toBe('s/a/b');
  });

  it('keeps float() in [0, 1) with a uniform mean', () => {
    const rng = createRng('float');
    const values = Array.from({ length: 100_000 }, () => rng.float());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(meanAndSd(values).mean).toBeCloseTo(0.5, 2);
  });

  it('int(min, max) covers both bounds and nothing outside', () => {
    const rng = createRng('int');
    const counts = new Map<number, number>();
    for (let i = 0; i < 60_000; i++) {
      const v = rng.int(-2, 3);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    for (const c of counts.values()) expect(c / 60_000).toBeCloseTo(1 / 6, 1);
    expect(rng.int(7, 7)).toBe(7);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.int(0.5, 2)).toThrow(RangeError);
  });

  it('pick() and weighted() follow their weights', () => {
    const rng = createRng('weighted');
    const n = 100_000;
    let a = 0;
    let never = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.weighted([
        ['a', 3],
        ['never', 0],
        ['b', 1],
      ] as const);
      if (v === 'a') a++;
      if (v === 'never') never++;
    }
    expect(a / n).toBeCloseTo(0.75, 2);
    expect(never).toBe(0);
    expect(() => rng.weighted([['x', 0]])).toThrow(RangeError);
    expect(() => rng.weighted([['x', -1]])).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
    const picked = new Set(Array.from({ length: 200 }, () => rng.pick(['x', 'y', 'z'])));
    expect(picked).toEqual(new Set(['x', 'y', 'z']));
  });

  it('normal(mean, sd) has the requested moments', () => {
    const rng = createRng('normal');
    const { mean, sd } = meanAndSd(Array.from({ length: 100_000 }, () => rng.normal(10, 2)));
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('logNormal(median, sigma) has the requested median and log-sd', () => {
    const rng = createRng('lognormal');
    const values = Array.from({ length: 100_000 }, () => rng.logNormal(30_000_000, 0.5)).sort(
      (a, b) => a - b,
    );
    expect(values[0]).toBeGreaterThan(0);
    expect(values[values.length / 2] / 30_000_000).toBeCloseTo(1, 1);
    expect(meanAndSd(values.map(Math.log)).sd).toBeCloseTo(0.5, 1);
    expect(() => rng.logNormal(0, 1)).toThrow(RangeError);
  });

  it('chance(p) hits about p of the time', () => {
    const rng = createRng('chance');
    let hits = 0;
    for (let i = 0; i < 100_000; i++) if (rng.chance(0.3)) hits++;
    expect(hits / 100_000).toBeCloseTo(0.3, 2);
  });
});
