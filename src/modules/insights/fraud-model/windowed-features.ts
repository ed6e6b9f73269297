// Windowed transaction features for the supervised fraud model, as in the Fraud Detection Handbook
// ("Reproducible Machine Learning for Credit Card Fraud Detection", ch. 3.4 "Baseline feature transformation"):
// the amount, weekend and night flags, the customer's count and mean amount over the last 1/7/30 days (the
// transaction itself included, as in the handbook), and the terminal's transaction count and fraud share over
// 1/7/30-day windows that end `delayDays` before the transaction — labels arrive late (a case is confirmed days
// after the fact), so the risk windows only use transactions whose outcome was known at scoring time.
// Pure: rows in, vectors out; the same function serves evaluation, the refit job and live scoring.

const DAY_MS = 86_400_000;

/** One transaction with its label when known (`null` = never reported: counted as genuine, as the handbook does). */
export interface WindowedInput {
  readonly id: string;
  readonly customerId: string;
  /** Terminal or merchant; null when the source has none (its risk features are then 0). */
  readonly terminalId: string | null;
  readonly amount: number;
  readonly occurredAt: Date;
  readonly fraud: boolean | null;
}

export interface WindowConfig {
  readonly windowsDays: readonly number[];
  /** Feedback delay: the terminal windows end this many days before the scored transaction. */
  readonly delayDays: number;
  /** Local clock offset from UTC for weekend/night (KST = +540). */
  readonly utcOffsetMinutes: number;
  /** Night is local hours [0, nightEndHour), as the handbook's 0:00–6:00. */
  readonly nightEndHour: number;
}

export const DEFAULT_WINDOW_CONFIG: WindowConfig = {
  windowsDays: [1, 7, 30],
  delayDays: 7,
  utcOffsetMinutes: 540,
  nightEndHour: 6,
};

/** Feature groups, for the ablation: each name belongs to exactly one group. */
export type FeatureGroup = 'amount' | 'calendar' | 'customer_windows' | 'terminal_windows';

export interface WindowedFeatureInfo {
  readonly name: string;
  readonly group: FeatureGroup;
}

export function windowedFeatureNames(config: WindowConfig = DEFAULT_WINDOW_CONFIG): WindowedFeatureInfo[] {
  const out: WindowedFeatureInfo[] = [
    { name: 'amount', group: 'amount' },
    { name: 'weekend', group: 'calendar' },
    { name: 'night', group: 'calendar' },
  ];
  for (const w of config.windowsDays) {
    out.push({ name: `customer_count_${w}d`, group: 'customer_windows' });
    out.push({ name: `customer_mean_amount_${w}d`, group: 'customer_windows' });
  }
  for (const w of config.windowsDays)
    out.push({ name: `amount_to_customer_mean_${w}d`, group: 'customer_windows' });
  for (const w of config.windowsDays) {
    out.push({ name: `terminal_count_${w}d`, group: 'terminal_windows' });
    out.push({ name: `terminal_risk_${w}d`, group: 'terminal_windows' });
  }
  return out;
}

/** Index of the first element of sorted `xs` greater than `x`. */
function upperBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Series {
  times: Float64Array;
  /** prefix[i] = sum of the first i values. */
  prefixAmount: Float64Array;
  prefixFraud: Float64Array;
}

function buildSeries(rows: readonly WindowedInput[]): Series {
  const sorted = [...rows].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const times = new Float64Array(sorted.length);
  const prefixAmount = new Float64Array(sorted.length + 1);
  const prefixFraud = new Float64Array(sorted.length + 1);
  sorted.forEach((r, i) => {
    times[i] = r.occurredAt.getTime();
    prefixAmount[i + 1] = prefixAmount[i] + r.amount;
    prefixFraud[i + 1] = prefixFraud[i] + (r.fraud ? 1 : 0);
  });
  return { times, prefixAmount, prefixFraud };
}

function groupBy(
  rows: readonly WindowedInput[],
  key: (r: WindowedInput) => string | null,
): Map<string, Series> {
  const groups = new Map<string, WindowedInput[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  const out = new Map<string, Series>();
  for (const [k, g] of groups) out.set(k, buildSeries(g));
  return out;
}

/**
 * Feature vectors (in `windowedFeatureNames` order) for `targets`, computed from `history` — every known
 * transaction, targets included. A customer window is (t − w, t]; a terminal window is (t − d − w, t − d], its
 * risk the share of labelled frauds in it (0 when empty).
 */
export function computeWindowedFeatures(
  history: readonly WindowedInput[],
  targets: readonly WindowedInput[],
  config: WindowConfig = DEFAULT_WINDOW_CONFIG,
): number[][] {
  const customers = groupBy(history, (r) => r.customerId);
  const terminals = groupBy(history, (r) => r.terminalId);
  const offsetMs = config.utcOffsetMinutes * 60_000;
  const delayMs = config.delayDays * DAY_MS;
  return targets.map((tx) => {
    const t = tx.occurredAt.getTime();
    const local = new Date(t + offsetMs);
    const day = local.getUTCDay();
    const v: number[] = [
      tx.amount,
      day === 0 || day === 6 ? 1 : 0,
      local.getUTCHours() < config.nightEndHour ? 1 : 0,
    ];
    const c = customers.get(tx.customerId);
    const means: number[] = [];
    for (const w of config.windowsDays) {
      let n = 1;
      let mean = tx.amount;
      if (c) {
        const hi = upperBound(c.times, t);
        const lo = upperBound(c.times, t - w * DAY_MS);
        n = hi - lo;
        if (n > 0) mean = (c.prefixAmount[hi] - c.prefixAmount[lo]) / n;
      }
      v.push(n, mean);
      means.push(mean);
    }
    for (const mean of means) v.push(mean > 0 ? tx.amount / mean : 1);
    const term = tx.terminalId === null ? undefined : terminals.get(tx.terminalId);
    for (const w of config.windowsDays) {
      if (!term) {
        v.push(0, 0);
        continue;
      }
      const hi = upperBound(term.times, t - delayMs);
      const lo = upperBound(term.times, t - delayMs - w * DAY_MS);
      const n = hi - lo;
      v.push(n, n > 0 ? (term.prefixFraud[hi] - term.prefixFraud[lo]) / n : 0);
    }
    return v;
  });
}
