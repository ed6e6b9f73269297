import type { AnomalyTransaction } from './anomaly.types';
import {
  DEFAULT_FEATURE_CONFIG,
  buildFeatureReference,
  extractFeatures,
  haversineKm,
  isNightHour,
  localHour,
} from './features';

const at = (iso: string) => new Date(iso);
let nextId = 0;
function tx(occurredAt: string, amount: number, extra: Partial<AnomalyTransaction> = {}): AnomalyTransaction {
  return {
    id: `t${nextId++}`,
    customerId: 'c1',
    amount,
    occurredAt: at(occurredAt),
    category: 'FOOD',
    ...extra,
  };
}

describe('extractFeatures', () => {
  const history = [
    tx('2025-01-01T03:00:00Z', 100_000),
    tx('2025-01-10T03:00:00Z', 150_000),
    tx('2025-02-01T03:00:00Z', 200_000),
    tx('2025-03-01T03:00:00Z', 150_000, { category: 'GROCERY' }),
  ];

  it("compares the amount with the customer's own trailing median", () => {
    const current = tx('2025-03-05T03:00:00Z', 1_250_000, { category: 'TRAVEL' });
    const { facts, features } = extractFeatures(history, current);
    expect(facts.baselineCount).toBe(4);
    expect(facts.baselineMedian).toBe(150_000); // median of 100k, 150k, 150k, 200k
    expect(facts.ratioToMedian).toBeCloseTo(8.3333, 4);
    expect(features.log_ratio_to_median).toBeCloseTo(Math.log(1_250_000 / 150_000), 12);
    expect(features.log_amount).toBeCloseTo(Math.log1p(1_250_000), 12);
    expect(facts.amountZ).toBeGreaterThan(3);
    expect(facts.categorySeenBefore).toBe(false);
    expect(features.new_category).toBe(1);
  });

  it('uses only transactions strictly before the scored one (no leakage)', () => {
    const current = tx('2025-03-05T03:00:00Z', 1_250_000, { category: 'TRAVEL' });
    const withFuture = [
      ...history,
      current, // itself
      tx('2025-03-05T03:00:00Z', 9_999_999, { category: 'TRAVEL' }), // same instant
      tx('2025-03-06T03:00:00Z', 5, { category: 'TRAVEL' }), // later
    ];
    expect(extractFeatures(withFuture, current)).toEqual(extractFeatures(history, current));
  });

  it('leaves the baseline neutral with fewer than minHistory earlier transactions', () => {
    const { facts, features } = extractFeatures(history.slice(0, 2), tx('2025-01-20T03:00:00Z', 900_000));
    expect(facts.baselineMedian).toBeNull();
    expect(facts.ratioToMedian).toBeNull();
    expect(features.log_ratio_to_median).toBe(0);
    expect(features.amount_z).toBe(0);
    expect(features.new_category).toBe(0); // too little history to call a category new
  });

  it('drops transactions older than the baseline window from the median', () => {
    const config = { ...DEFAULT_FEATURE_CONFIG, baselineDays: 30, minHistory: 1 };
    const { facts } = extractFeatures(history, tx('2025-03-05T03:00:00Z', 300_000), config);
    expect(facts.baselineCount).toBe(1); // only 2025-03-01 is within 30 days
    expect(facts.baselineMedian).toBe(150_000);
  });

  it('counts velocity over 1 h, 24 h and 7 days (window bounds inclusive)', () => {
    const burst = [
      tx('2025-03-01T00:00:00Z', 10),
      tx('2025-03-07T12:00:00Z', 20),
      tx('2025-03-08T11:00:00Z', 30), // exactly 1 h before
      tx('2025-03-08T11:30:00Z', 40),
      tx('2025-03-08T11:59:00Z', 50),
    ];
    const { facts, features } = extractFeatures(burst, tx('2025-03-08T12:00:00Z', 60));
    expect([facts.count1h, facts.count24h, facts.count7d]).toEqual([3, 4, 4]);
    expect([facts.amount1h, facts.amount24h, facts.amount7d]).toEqual([120, 140, 140]);
    expect(features.count_1h).toBeCloseTo(Math.log1p(3), 12);
    expect(facts.secondsSincePrevious).toBe(60);
    expect(features.log_seconds_since_previous).toBeCloseTo(Math.log1p(60), 12);
  });

  it('reads the hour in KST (UTC+9) and flags night time', () => {
    const { facts, features } = extractFeatures([], tx('2025-03-08T15:30:00Z', 10)); // 00:30 KST
    expect(facts.localHour).toBe(0);
    expect(facts.night).toBe(true);
    expect(features.night).toBe(1);
    expect(localHour(at('2025-03-08T05:00:00Z'), 540)).toBe(14);
    expect(isNightHour(22, 23, 6)).toBe(false);
    expect(isNightHour(23, 23, 6)).toBe(true);
    expect(isNightHour(5, 23, 6)).toBe(true);
    expect(isNightHour(6, 23, 6)).toBe(false);
    expect(isNightHour(2, 1, 5)).toBe(true);
  });

  it('measures how far the hour is from the customer’s usual hour', () => {
    // history at 12:00 KST; scored at 02:00 KST → 10 hours away
    const { features } = extractFeatures(history, tx('2025-03-04T17:00:00Z', 10));
    expect(features.hour_deviation).toBeCloseTo(10, 9);
  });

  it('computes great-circle distance when both coordinates exist', () => {
    // one degree of longitude on the equator = 2π·6371.0088/360 km
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
    const located = tx('2025-03-05T03:00:00Z', 10, {
      customerLat: 0,
      customerLon: 0,
      merchantLat: 0,
      merchantLon: 1,
    });
    const { facts, features } = extractFeatures([], located);
    expect(facts.distanceKm).toBeCloseTo(111.1951, 3);
    expect(features.log_distance_km).toBeCloseTo(Math.log1p(facts.distanceKm!), 12);
    expect(extractFeatures([], tx('2025-03-05T03:00:00Z', 10)).facts.distanceKm).toBeNull();
  });

  it('marks overseas and online, and the overseas share before', () => {
    const abroad = [tx('2025-01-01T03:00:00Z', 1, { overseas: true }), tx('2025-01-02T03:00:00Z', 1)];
    const { facts, features } = extractFeatures(
      abroad,
      tx('2025-01-03T03:00:00Z', 1, { overseas: true, channel: 'ONLINE' }),
    );
    expect(features.overseas).toBe(1);
    expect(features.online).toBe(1);
    expect(facts.overseasShareBefore).toBe(0.5);
  });

  it('compares with the category median of a reference period', () => {
    const reference = buildFeatureReference(
      [10, 20, 30, 40, 50].map((a) => tx('2025-01-01T00:00:00Z', a, { category: 'GAS' })),
      5,
    );
    expect(reference.categoryMedians).toEqual({ GAS: 30 });
    const { facts, features } = extractFeatures(
      [],
      tx('2025-02-01T00:00:00Z', 300, { category: 'GAS' }),
      DEFAULT_FEATURE_CONFIG,
      reference,
    );
    expect(facts.ratioToCategoryMedian).toBe(10);
    expect(features.log_ratio_to_category_median).toBeCloseTo(Math.log(10), 12);
    expect(buildFeatureReference([tx('2025-01-01T00:00:00Z', 1)], 5).categoryMedians).toEqual({});
  });

  it('rejects a negative amount or an invalid date', () => {
    expect(() => extractFeatures([], tx('2025-01-01T00:00:00Z', -1))).toThrow(/amount/);
    expect(() =>
      extractFeatures([], { ...tx('2025-01-01T00:00:00Z', 1), occurredAt: new Date(NaN) }),
    ).toThrow(/date/);
  });
});
