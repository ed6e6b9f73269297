import { createRng } from '../../../common/random';
import type { AnomalyTransaction } from './anomaly.types';
import { fitAnomalyModel, loadAnomalyModel, scoreTransaction, varyingFeatures } from './detector';
import {
  DEFAULT_FEATURE_CONFIG,
  type ExtractedFeatures,
  buildFeatureReference,
  extractFeatures,
} from './features';

/** 20 customers × 60 days of ordinary daytime spending (log-normal around ₩30,000), seeded. */
function population(): Map<string, AnomalyTransaction[]> {
  const rng = createRng('detector-spec');
  const histories = new Map<string, AnomalyTransaction[]>();
  for (let c = 0; c < 20; c++) {
    const list: AnomalyTransaction[] = [];
    for (let d = 0; d < 60; d++) {
      // 10:00–19:59 KST = 01:00–10:59 UTC
      const occurredAt = new Date(Date.UTC(2025, 0, 1 + d, rng.int(1, 10), rng.int(0, 59)));
      list.push({
        id: `c${c}-d${d}`,
        customerId: `c${c}`,
        amount: Math.round(rng.logNormal(30_000, 0.4)),
        occurredAt,
        category: rng.pick(['FOOD', 'GROCERY', 'TRANSPORT']),
        channel: 'OFFLINE',
        overseas: false,
      });
    }
    histories.set(`c${c}`, list);
  }
  return histories;
}

function trainingRows(histories: Map<string, AnomalyTransaction[]>): ExtractedFeatures[] {
  const all = [...histories.values()].flat();
  const reference = buildFeatureReference(all);
  return [...histories.values()].flatMap((list) =>
    list.map((tx) => extractFeatures(list, tx, DEFAULT_FEATURE_CONFIG, reference)),
  );
}

describe('anomaly detector', () => {
  const histories = population();
  const rows = trainingRows(histories);
  const reference = buildFeatureReference([...histories.values()].flat());
  const model = fitAnomalyModel(rows, { seed: 'spec', reference });
  const history = histories.get('c0')!;

  it('fits on the features that vary and leaves constant ones out', () => {
    expect(model.forest.featureNames).toContain('log_amount');
    expect(model.forest.featureNames).not.toContain('overseas'); // always false here
    expect(model.forest.featureNames).not.toContain('log_distance_km'); // no coordinates
    expect(varyingFeatures(rows)).toEqual(model.forest.featureNames);
  });

  it('flags a night-time overseas amount spike in a new category, with reasons and features', () => {
    const fraud: AnomalyTransaction = {
      id: 'fraud',
      customerId: 'c0',
      amount: 2_400_000,
      occurredAt: new Date('2025-03-02T18:10:00Z'), // 03:10 KST
      category: 'JEWELRY',
      channel: 'ONLINE',
      overseas: true,
    };
    const anomaly = scoreTransaction(model, history, fraud);
    expect(anomaly.transactionId).toBe('fraud');
    expect(anomaly.modelVersion).toBe(model.version);
    expect(anomaly.forestScore).toBeGreaterThan(0.6);
    expect(anomaly.flagged).toBe(true);
    expect(anomaly.score).toBeCloseTo(0.8 * anomaly.forestScore + 0.2 * anomaly.ruleScore, 12);
    expect(anomaly.reasons.map((r) => r.rule)).toEqual([
      'AMOUNT_SPIKE',
      'OVERSEAS',
      'NIGHT_TIME',
      'NEW_CATEGORY',
    ]);
    expect(anomaly.reasons[0].reason).toMatch(
      /^amount ₩2,400,000 is \d+(\.\d)?× your 90-day median ₩[\d,]+$/,
    );
    expect(anomaly.topFeatures).toHaveLength(3);
    const shares = anomaly.topFeatures.map((f) => f.contribution);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // the overseas/night facts are constant in training, so the forest isolates it by its amount
    const amountFeatures = ['amount', 'log_amount', 'ratio_to_median', 'log_ratio_to_median', 'amount_z'];
    for (const f of anomaly.topFeatures) expect(amountFeatures).toContain(f.feature);
  });

  it('does not flag an ordinary purchase', () => {
    const ordinary: AnomalyTransaction = {
      id: 'ok',
      customerId: 'c0',
      amount: 31_000,
      occurredAt: new Date('2025-03-02T04:00:00Z'), // 13:00 KST
      category: 'FOOD',
      channel: 'OFFLINE',
      overseas: false,
    };
    const anomaly = scoreTransaction(model, history, ordinary);
    expect(anomaly.reasons).toEqual([]);
    expect(anomaly.forestScore).toBeLessThan(0.55);
    expect(anomaly.flagged).toBe(false);
  });

  it('is versioned data: the same seed gives the same model, and JSON round-trips', () => {
    expect(fitAnomalyModel(rows, { seed: 'spec', reference }).version).toBe(model.version);
    const loaded = loadAnomalyModel(JSON.parse(JSON.stringify(model)));
    const probe = history[59];
    expect(scoreTransaction(loaded, history, probe)).toEqual(scoreTransaction(model, history, probe));
    const tampered = JSON.parse(JSON.stringify(model));
    tampered.combine.alertThreshold = 0.1;
    expect(() => loadAnomalyModel(tampered)).toThrow(/version hash/);
  });
});
