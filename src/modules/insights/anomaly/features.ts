import type { AnomalyTransaction } from './anomaly.types';

// Transaction features for anomaly scoring. Pure: a customer's history and one transaction in, numbers out.
// Only transactions strictly BEFORE the scored one count (same id or a later/equal timestamp is ignored), so a
// feature can never see the transaction itself or the future — the same function serves training, evaluation
// and live scoring.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface FeatureConfig {
  /** Trailing window for the customer's own amount baseline (median, z-score, usual hour). */
  readonly baselineDays: number;
  /** Fewer earlier transactions than this in the window: no own baseline (ratio 1, z 0, no spike rule). */
  readonly minHistory: number;
  /** Offset of the local clock from UTC for hour-of-day features; KST = +540 (no daylight saving). */
  readonly utcOffsetMinutes: number;
  /** Night window in local hours, [start, end) wrapping midnight: 23 → 6 means 23:00–05:59. */
  readonly nightStartHour: number;
  readonly nightEndHour: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  baselineDays: 90,
  minHistory: 3,
  utcOffsetMinutes: 540,
  nightStartHour: 23,
  nightEndHour: 6,
};

/** Every feature the extractor produces, in a fixed order (a model stores the subset it was fitted on). */
export const FEATURE_NAMES = [
  'amount',
  'log_amount',
  'log_ratio_to_median',
  'ratio_to_median',
  'amount_z',
  'log_ratio_to_category_median',
  'ratio_to_category_median',
  'log_history_count',
  'count_1h',
  'count_24h',
  'count_7d',
  'log_amount_1h',
  'log_amount_24h',
  'log_amount_7d',
  'new_category',
  'hour',
  'hour_deviation',
  'night',
  'overseas',
  'online',
  'log_seconds_since_previous',
  'log_distance_km',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Readonly<Record<FeatureName, number>>;

/** The raw facts behind the features, in the customer's units — what rules and reasons quote. */
export interface TransactionFacts {
  readonly amount: number;
  /** Earlier transactions inside the baseline window. */
  readonly baselineCount: number;
  /** Median amount of the baseline window; null when it holds fewer than `minHistory` transactions. */
  readonly baselineMedian: number | null;
  readonly ratioToMedian: number | null;
  readonly amountZ: number | null;
  /** Median amount of the transaction's category in the reference period; null when unknown. */
  readonly categoryMedian: number | null;
  readonly ratioToCategoryMedian: number | null;
  readonly count1h: number;
  readonly count24h: number;
  readonly count7d: number;
  readonly amount1h: number;
  readonly amount24h: number;
  readonly amount7d: number;
  readonly category: string | null;
  /** True when the customer has an earlier transaction in this category; null without a category or history. */
  readonly categorySeenBefore: boolean | null;
  readonly priorCount: number;
  readonly localHour: number;
  readonly night: boolean;
  readonly overseas: boolean;
  /** Share of the customer's earlier baseline-window transactions that were overseas (0 without history). */
  readonly overseasShareBefore: number;
  readonly online: boolean;
  readonly secondsSincePrevious: number | null;
  readonly distanceKm: number | null;
}

/**
 * Population baselines learnt from a training period (never from labels): the median amount per category, so
 * that a customer without enough own history can still be compared with what the category usually costs.
 */
export interface FeatureReference {
  readonly categoryMedians: Readonly<Record<string, number>>;
}

export const EMPTY_REFERENCE: FeatureReference = { categoryMedians: {} };

/** Median amount per category over `transactions` (categories with fewer than `minCount` are left out). */
export function buildFeatureReference(
  transactions: Iterable<AnomalyTransaction>,
  minCount = 10,
): FeatureReference {
  const byCategory = new Map<string, number[]>();
  for (const tx of transactions) {
    if (tx.category == null) continue;
    let list = byCategory.get(tx.category);
    if (!list) byCategory.set(tx.category, (list = []));
    list.push(tx.amount);
  }
  const categoryMedians: Record<string, number> = {};
  for (const [category, amounts] of [...byCategory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (amounts.length >= minCount) categoryMedians[category] = median(amounts.sort((a, b) => a - b));
  }
  return { categoryMedians };
}

export interface ExtractedFeatures {
  readonly features: FeatureVector;
  readonly facts: TransactionFacts;
}

/** Index of the first element whose time is >= t (history sorted ascending by occurredAt). */
function lowerBound(history: readonly AnomalyTransaction[], t: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid].occurredAt.getTime() < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function median(sortedValues: readonly number[]): number {
  const n = sortedValues.length;
  if (n === 0) throw new RangeError('median of an empty list');
  const mid = n >>> 1;
  return n % 2 === 1 ? sortedValues[mid] : (sortedValues[mid - 1] + sortedValues[mid]) / 2;
}

/** Great-circle distance in km (haversine, mean Earth radius 6371.0088 km). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function localHour(at: Date, utcOffsetMinutes: number): number {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).getUTCHours();
}

export function isNightHour(hour: number, startHour: number, endHour: number): boolean {
  return startHour <= endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
}

/** Smallest distance between two hours on the 24-hour clock (0..12). */
function hourDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
}

/** Circular mean of hours (0..24), or null for an empty list or when the hours cancel out. */
function circularMeanHour(hours: readonly number[]): number | null {
  let s = 0;
  let c = 0;
  for (const h of hours) {
    const angle = (h / 24) * 2 * Math.PI;
    s += Math.sin(angle);
    c += Math.cos(angle);
  }
  if (hours.length === 0 || Math.hypot(s, c) < 1e-9) return null;
  const angle = Math.atan2(s, c);
  return ((((angle / (2 * Math.PI)) * 24) % 24) + 24) % 24;
}

/**
 * Features of `tx` given the customer's `history`, sorted ascending by `occurredAt` (it may contain `tx` itself
 * and later transactions: they are ignored). History of other customers must not be passed.
 */
export function extractFeatures(
  history: readonly AnomalyTransaction[],
  tx: AnomalyTransaction,
  config: FeatureConfig = DEFAULT_FEATURE_CONFIG,
  reference: FeatureReference = EMPTY_REFERENCE,
): ExtractedFeatures {
  if (!(tx.amount >= 0) || !Number.isFinite(tx.amount)) {
    throw new RangeError(`transaction ${tx.id}: amount must be a finite number >= 0, got ${tx.amount}`);
  }
  const t = tx.occurredAt.getTime();
  if (!Number.isFinite(t)) throw new RangeError(`transaction ${tx.id}: occurredAt is not a valid date`);

  // history[0..end) is strictly earlier; the transaction itself, having time t, is never in it.
  const end = lowerBound(history, t);

  const offset = config.utcOffsetMinutes;
  const hour = localHour(tx.occurredAt, offset);
  const night = isNightHour(hour, config.nightStartHour, config.nightEndHour);

  const baselineStart = lowerBound(history, t - config.baselineDays * DAY_MS);
  const baseline = history.slice(Math.min(baselineStart, end), end);
  const hasBaseline = baseline.length >= config.minHistory;
  let baselineMedian: number | null = null;
  let ratioToMedian: number | null = null;
  let amountZ: number | null = null;
  let hourDeviation = 0;
  let overseasBefore = 0;
  for (const p of baseline) if (p.overseas) overseasBefore++;
  if (hasBaseline) {
    const amounts = baseline.map((p) => p.amount).sort((a, b) => a - b);
    baselineMedian = median(amounts);
    ratioToMedian = tx.amount / Math.max(baselineMedian, 1e-9);
    const logs = amounts.map((a) => Math.log1p(a));
    const mean = logs.reduce((s, v) => s + v, 0) / logs.length;
    const variance = logs.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, logs.length - 1);
    // A floor on the spread: a customer with identical amounts would otherwise give infinite z-scores.
    amountZ = (Math.log1p(tx.amount) - mean) / Math.max(Math.sqrt(variance), 0.1);
    const usual = circularMeanHour(baseline.map((p) => localHour(p.occurredAt, offset)));
    if (usual !== null) hourDeviation = hourDistance(hour, usual);
  }

  let count1h = 0;
  let count24h = 0;
  let count7d = 0;
  let amount1h = 0;
  let amount24h = 0;
  let amount7d = 0;
  for (let i = end - 1; i >= 0; i--) {
    const age = t - history[i].occurredAt.getTime();
    if (age > 7 * DAY_MS) break;
    count7d++;
    amount7d += history[i].amount;
    if (age <= DAY_MS) {
      count24h++;
      amount24h += history[i].amount;
    }
    if (age <= HOUR_MS) {
      count1h++;
      amount1h += history[i].amount;
    }
  }

  const category = tx.category ?? null;
  const categoryMedian =
    category !== null && Object.hasOwn(reference.categoryMedians, category)
      ? reference.categoryMedians[category]
      : null;
  const ratioToCategoryMedian = categoryMedian === null ? null : tx.amount / Math.max(categoryMedian, 1e-9);
  let categorySeenBefore: boolean | null = null;
  if (category !== null && end > 0) {
    categorySeenBefore = false;
    for (let i = end - 1; i >= 0 && !categorySeenBefore; i--)
      categorySeenBefore = history[i].category === category;
  }

  const previous = end > 0 ? history[end - 1] : null;
  const secondsSincePrevious = previous ? (t - previous.occurredAt.getTime()) / 1000 : null;

  let distanceKm: number | null = null;
  if (tx.customerLat != null && tx.customerLon != null && tx.merchantLat != null && tx.merchantLon != null) {
    distanceKm = haversineKm(tx.customerLat, tx.customerLon, tx.merchantLat, tx.merchantLon);
  }

  const overseas = tx.overseas === true;
  const online = tx.channel === 'ONLINE';
  const features: FeatureVector = {
    amount: tx.amount,
    log_amount: Math.log1p(tx.amount),
    log_ratio_to_median: ratioToMedian === null ? 0 : Math.log(Math.max(ratioToMedian, 1e-6)),
    // Linear as well as log: on the linear scale a small amount is crowded near 0 and hard to isolate, so
    // the forest leans towards the side fraud is on (unusually LARGE amounts).
    ratio_to_median: ratioToMedian ?? 1,
    amount_z: amountZ ?? 0,
    ratio_to_category_median: ratioToCategoryMedian ?? 1,
    log_ratio_to_category_median:
      ratioToCategoryMedian === null ? 0 : Math.log(Math.max(ratioToCategoryMedian, 1e-6)),
    log_history_count: Math.log1p(baseline.length),
    count_1h: Math.log1p(count1h),
    count_24h: Math.log1p(count24h),
    count_7d: Math.log1p(count7d),
    log_amount_1h: Math.log1p(amount1h),
    log_amount_24h: Math.log1p(amount24h),
    log_amount_7d: Math.log1p(amount7d),
    new_category: categorySeenBefore === false && end >= config.minHistory ? 1 : 0,
    hour,
    hour_deviation: hourDeviation,
    night: night ? 1 : 0,
    overseas: overseas ? 1 : 0,
    online: online ? 1 : 0,
    // No earlier transaction reads as "a long time ago": the whole baseline window.
    log_seconds_since_previous: Math.log1p(secondsSincePrevious ?? config.baselineDays * 86_400),
    log_distance_km: distanceKm === null ? 0 : Math.log1p(distanceKm),
  };

  return {
    features,
    facts: {
      amount: tx.amount,
      baselineCount: baseline.length,
      baselineMedian,
      ratioToMedian,
      amountZ,
      categoryMedian,
      ratioToCategoryMedian,
      count1h,
      count24h,
      count7d,
      amount1h,
      amount24h,
      amount7d,
      category,
      categorySeenBefore,
      priorCount: end,
      localHour: hour,
      night,
      overseas,
      overseasShareBefore: baseline.length > 0 ? overseasBefore / baseline.length : 0,
      online,
      secondsSincePrevious,
      distanceKm,
    },
  };
}

/** The values of `names`, in that order — the row a model was fitted on. */
export function toVector(features: FeatureVector, names: readonly FeatureName[]): number[] {
  return names.map((n) => features[n]);
}
