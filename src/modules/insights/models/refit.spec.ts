import { assignCluster } from '../clusters/kmeans';
import { clusterFeatureVector } from '../clusters/cluster-features';
import { DEFAULT_LIFE_STAGE_THRESHOLDS } from '../life-stage/life-stage';
import { quarter } from '../quarter.fixture';
import type { AnomalyTransaction } from '../anomaly';
import { modelVersionName } from './model-kinds';
import { MIN_FOREST_TRANSACTIONS, refitModels, RefitInput } from './refit';

// The refit as a pure function: feedback moves the life-stage thresholds (bounded), the clusters' stored
// vectors agree with assigning each customer, the same inputs give the same versions, and too little data
// skips a kind instead of storing a poor model.

function portfolio(n: number) {
  return Array.from({ length: n }, (_, i) =>
    quarter({
      customerId: `c${String(i).padStart(3, '0')}`,
      age: 22 + (i % 45),
      householdSize: 1 + (i % 4),
      region: i % 3 === 0 ? 'BUSAN' : 'SEOUL',
      totalSpend: String(1_000_000 + ((i * 7919) % 50) * 100_000),
      transactionCount: 20 + ((i * 13) % 90),
      averageTicket: String(20_000 + ((i * 31) % 40) * 1_000),
      onlineShare: ((i * 17) % 10) / 10,
      nightShare: ((i * 3) % 5) / 20,
      spendByCategory:
        i % 2 === 0
          ? { FOOD: '500000', GROCERY: '400000', OTHER: '100000' }
          : { TRAVEL: '600000', SHOPPING: '300000', OTHER: '100000' },
    }),
  );
}

function purchases(customers: number, perCustomer: number): AnomalyTransaction[] {
  const out: AnomalyTransaction[] = [];
  for (let c = 0; c < customers; c++)
    for (let k = 0; k < perCustomer; k++)
      out.push({
        id: `${c}-${k}`,
        customerId: `c${String(c).padStart(3, '0')}`,
        amount: 10_000 + ((c * 131 + k * 977) % 90) * 1_000,
        occurredAt: new Date(Date.UTC(2025, 6, 1) + (k * 86_400_000 * 90) / perCustomer + c * 60_000),
        category: k % 3 === 0 ? 'FOOD' : 'GROCERY',
        channel: 'OFFLINE',
        overseas: false,
      });
  return out;
}

const input = (overrides: Partial<RefitInput> = {}): RefitInput => ({
  features: portfolio(60),
  feedback: [],
  currentThresholds: DEFAULT_LIFE_STAGE_THRESHOLDS,
  converted: new Map(),
  transactions: purchases(12, 30),
  seed: 'spec',
  quarter: '2025Q3',
  ...overrides,
});

describe('refitModels', () => {
  it('moves studentMaxAge when five customers aged 27 say they are students (max 3 years a refit)', () => {
    const feedback = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      customerId: id,
      stage: 'STUDENT' as const,
      features: quarter({ customerId: id, age: 27, householdSize: 1 }),
      quarter: '2025Q3',
    }));
    const out = refitModels(input({ feedback }));
    expect(out.lifeStage.params.thresholds.studentMaxAge).toBe(27);
    expect(out.lifeStage.params.changes).toEqual([
      expect.objectContaining({
        threshold: 'studentMaxAge',
        from: 25,
        to: 27,
        samples: 5,
        errorsBefore: 5,
        errorsAfter: 0,
      }),
    ]);
    expect(out.lifeStage.training).toEqual({ feedbackLabels: 5, changes: 1 });
    // ages 35 → the step is capped at +3 from the current 25
    const far = refitModels(
      input({ feedback: feedback.map((f) => ({ ...f, features: { ...f.features, age: 35 } })) }),
    );
    expect(far.lifeStage.params.thresholds.studentMaxAge).toBe(28);
    // without feedback nothing moves
    expect(refitModels(input()).lifeStage.params.thresholds).toEqual(DEFAULT_LIFE_STAGE_THRESHOLDS);
  });

  it('stores each customer’s vector with the cluster assignCluster gives it, and counts converted products', () => {
    const features = portfolio(60);
    const out = refitModels(input({ features, converted: new Map([['c000', ['CARD_TRAVEL']]]) }));
    const model = out.clusters!.params.model;
    for (const [i, v] of out.clusters!.vectors.entries()) {
      const a = assignCluster(model, clusterFeatureVector(features[i]));
      expect(v.customerId).toBe(features[i].customerId);
      expect(v.cluster).toBe(a.cluster);
      expect(v.distance).toBeCloseTo(a.distance, 8);
    }
    const c0 = out.clusters!.vectors[0].cluster;
    expect(out.clusters!.params.holders).toEqual({ [String(c0)]: { CARD_TRAVEL: 1 } });
    expect(out.clusters!.params.labels).toHaveLength(model.k);
    expect(out.peers!.training).toMatchObject({ customers: 60, quarter: '2025Q3' });
    expect(out.forest!.training).toMatchObject({ transactions: 360, customers: 12 });
  });

  it('gives the same versions for the same inputs', () => {
    const a = refitModels(input());
    const b = refitModels(input());
    for (const kind of ['clusters', 'peers', 'forest'] as const)
      expect(modelVersionName('CLUSTERS', 1, a[kind]!.params)).toBe(
        modelVersionName('CLUSTERS', 1, b[kind]!.params),
      );
    expect(modelVersionName('CLUSTERS', 1, a.clusters!.params)).not.toBe(
      modelVersionName(
        'CLUSTERS',
        1,
        refitModels(input({ seed: 'other', features: portfolio(61) })).clusters!.params,
      ),
    );
  });

  it('skips kinds without enough data (the previous version or the default stays)', () => {
    const out = refitModels(
      input({ features: portfolio(5), transactions: purchases(1, MIN_FOREST_TRANSACTIONS - 1) }),
    );
    expect(out.clusters).toBeNull();
    expect(out.forest).toBeNull();
    expect(out.peers).not.toBeNull();
    expect(out.skipped).toEqual([
      'CLUSTERS: 5 customers (< 10)',
      `ISOLATION_FOREST: ${MIN_FOREST_TRANSACTIONS - 1} purchases (< ${MIN_FOREST_TRANSACTIONS})`,
    ]);
  });
});
