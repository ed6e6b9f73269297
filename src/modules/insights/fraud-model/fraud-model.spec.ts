import { computeWindowedFeatures, windowedFeatureNames, type WindowedInput } from './windowed-features';
import { fitLogistic, scoreLogistic } from './logistic';
import { fitGbdt, scoreGbdt } from './gbdt';
import { fitSupervised, loadSupervisedModel, scoreSupervised } from './supervised';
import { refitSupervised } from './refit-supervised';

const at = (day: number, hour = 12): Date => new Date(Date.UTC(2018, 3, 1 + day, hour));
const tx = (
  id: string,
  customerId: string,
  terminalId: string,
  amount: number,
  day: number,
  fraud: boolean | null,
  hour = 12,
): WindowedInput => ({
  id,
  customerId,
  terminalId,
  amount,
  occurredAt: at(day, hour),
  fraud,
});
const cfg = { windowsDays: [1, 7, 30], delayDays: 7, utcOffsetMinutes: 0, nightEndHour: 6 };

describe('windowed features (hand-checked)', () => {
  const names = windowedFeatureNames(cfg).map((f) => f.name);
  const get = (v: number[], name: string) => v[names.indexOf(name)];

  it('customer windows include the transaction itself; terminal windows end 7 days earlier', () => {
    const history = [
      tx('a', 'c1', 't1', 10, 0, true), // day 0, fraud at t1
      tx('b', 'c2', 't1', 30, 2, false), // day 2 12:00, genuine at t1
      tx('c', 'c1', 't2', 20, 9, false), // day 9
      tx('d', 'c1', 't1', 60, 9, null, 18), // day 9 18:00: scored
      tx('e', 'c3', 't1', 99, 8, true), // day 8 at t1: inside the 7-day delay, not yet known
    ];
    const [v] = computeWindowedFeatures(history, [history[3]], cfg);
    expect(get(v, 'amount')).toBe(60);
    expect(get(v, 'weekend')).toBe(0); // 2018-04-10 was a Tuesday
    expect(get(v, 'night')).toBe(0);
    expect(get(v, 'customer_count_1d')).toBe(2); // c and d (a is 9 days back)
    expect(get(v, 'customer_mean_amount_1d')).toBe(40);
    expect(get(v, 'customer_count_30d')).toBe(3);
    expect(get(v, 'customer_mean_amount_30d')).toBe(30);
    expect(get(v, 'amount_to_customer_mean_30d')).toBe(2);
    // terminal t1, window (day 2 18:00 − w, day 2 18:00]: 1 day → b only; 7 days → a and b, one fraud
    expect(get(v, 'terminal_count_1d')).toBe(1);
    expect(get(v, 'terminal_risk_1d')).toBe(0);
    expect(get(v, 'terminal_count_7d')).toBe(2);
    expect(get(v, 'terminal_risk_7d')).toBe(0.5);
  });

  it('weekend and night follow the local clock', () => {
    // 2018-04-07 (Saturday) 20:00 UTC is Sunday 05:00 in Seoul
    const [v] = computeWindowedFeatures([], [tx('x', 'c', 't', 5, 6, null, 20)], {
      ...cfg,
      utcOffsetMinutes: 540,
    });
    expect(get(v, 'weekend')).toBe(1);
    expect(get(v, 'night')).toBe(1);
    expect(get(v, 'terminal_count_7d')).toBe(0);
  });
});

describe('learners', () => {
  // y = 1 exactly when x0 > 2 (x1 is noise): both learners must rank the positives first
  const rows: number[][] = [];
  const labels: boolean[] = [];
  for (let i = 0; i < 400; i++) {
    const x0 = (i % 40) / 10;
    rows.push([x0, (i * 7919) % 13]);
    labels.push(x0 > 2);
  }

  it('logistic regression puts positive weight on the informative feature and separates the classes', () => {
    const m = fitLogistic(rows, labels, { l2: 1, maxIterations: 50 });
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(m.weights[1])).toBeLessThan(0.5);
    expect(scoreLogistic(m, [3.9, 0])).toBeGreaterThan(0.9);
    expect(scoreLogistic(m, [0.1, 0])).toBeLessThan(0.1);
  });

  it('boosted trees find the threshold between 2.0 and 2.1', () => {
    const m = fitGbdt(rows, labels, {
      trees: 20,
      maxDepth: 2,
      learningRate: 0.3,
      bins: 64,
      minChildWeight: 0,
      minLeafRows: 5,
      l2: 1,
      subsample: 1,
      seed: 's',
    });
    expect(m.trees[0].feature[0]).toBe(0);
    expect(m.trees[0].threshold[0]).toBeCloseTo(2, 5);
    expect(scoreGbdt(m, [2.1, 5])).toBeGreaterThan(0.9);
    expect(scoreGbdt(m, [2.0, 5])).toBeLessThan(0.1);
  });

  it('the rank average is stored as JSON and reloads to the same scores', () => {
    const vectors = rows.map((r) =>
      [r[0], 0, 0, ...new Array<number>(15).fill(0), r[1], 0, 0, 0, 0, 0].slice(0, 21),
    );
    const m = fitSupervised(vectors, labels, { windows: cfg, gbdt: { trees: 10 } });
    const back = loadSupervisedModel(JSON.parse(JSON.stringify(m)));
    const v = vectors[35];
    expect(scoreSupervised(back, v)).toEqual(scoreSupervised(m, v));
    expect(scoreSupervised(m, vectors[35]).score).toBeGreaterThan(scoreSupervised(m, vectors[5]).score);
    expect(() => loadSupervisedModel({ kind: 'other' })).toThrow(/not a supervised fraud model/);
  });
});

describe('refit from stored purchases', () => {
  const purchase = (i: number, fraud: boolean | null) => ({
    id: String(i),
    customerId: `c${i % 5}`,
    merchantName: `m${i % 7}`,
    amount: fraud ? 900_000 : 10_000 + (i % 13) * 1_000,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000),
    fraud,
  });

  it('fits nothing without a confirmed fraud, and says why', () => {
    const out = refitSupervised(
      Array.from({ length: 50 }, (_, i) => purchase(i, i === 3 ? false : null)),
      's',
    );
    expect(out).toBe('FRAUD_SUPERVISED: no confirmed fraud case among 50 purchases');
  });

  it('counts the labels it learned from; unlabelled purchases count as genuine', () => {
    const rows = Array.from({ length: 200 }, (_, i) =>
      purchase(i, i % 50 === 7 ? true : i === 9 ? false : null),
    );
    const out = refitSupervised(rows, 's');
    if (typeof out === 'string') throw new Error(out);
    expect(out.training).toMatchObject({ purchases: 200, confirmedFrauds: 4, dismissed: 1, unlabelled: 195 });
    expect(out.params.trainingFrauds).toBe(4);
  });
});
