import { reason, Reason } from '../explain';
import { ageBand, PeerMember } from '../peers/percentile';

// Peer percentiles as a stored model: the refit job groups every customer's metrics by age band × region ×
// life stage (and the two wider levels) and keeps each group's sorted values; a request only looks its
// customer up (binary search) — never a scan of the portfolio. Same mid-rank (Hazen) percentile as
// `comparePeers`: PR = 100 × (B + ½E) ÷ N, here with the customer counted in the group (E ≥ 1) whether or
// not they were in the training population.

export type PeerLevel = 'AGE_REGION_STAGE' | 'AGE_REGION' | 'AGE';

export interface PeerGroupValues {
  size: number;
  /** Sorted ascending per metric (finite values only; a member without the metric is left out). */
  values: Record<string, number[]>;
}

export interface PeerModel {
  schema: 1;
  minGroupSize: number;
  metrics: string[];
  quarter: string | null;
  /** Key `level|ageBand|region|lifeStage` (unused parts empty). */
  groups: Record<string, PeerGroupValues>;
}

export function peerGroupKey(level: PeerLevel, band: string, region: string, lifeStage: string): string {
  if (level === 'AGE') return `AGE|${band}||`;
  if (level === 'AGE_REGION') return `AGE_REGION|${band}|${region}|`;
  return `AGE_REGION_STAGE|${band}|${region}|${lifeStage}`;
}

const LEVELS: readonly PeerLevel[] = ['AGE_REGION_STAGE', 'AGE_REGION', 'AGE'];

const round9 = (v: number) => Math.round(v * 1e9) / 1e9;

/** Groups every member at each of the three levels; values rounded to 1e-9 so the JSON is stable. */
export function fitPeerModel(
  members: readonly PeerMember[],
  metrics: readonly string[],
  { minGroupSize = 30, quarter = null as string | null } = {},
): PeerModel {
  const groups: Record<string, PeerGroupValues> = {};
  for (const m of members) {
    const band = ageBand(m.age);
    for (const level of LEVELS) {
      const key = peerGroupKey(level, band, m.region, m.lifeStage);
      const g = (groups[key] ??= { size: 0, values: Object.fromEntries(metrics.map((k) => [k, []])) });
      g.size++;
      for (const k of metrics) {
        const v = m.metrics[k];
        if (typeof v === 'number' && Number.isFinite(v)) g.values[k].push(round9(v));
      }
    }
  }
  const sorted: Record<string, PeerGroupValues> = {};
  for (const key of Object.keys(groups).sort()) {
    const g = groups[key];
    for (const k of metrics) g.values[k].sort((a, b) => a - b);
    sorted[key] = g;
  }
  return { schema: 1, minGroupSize, metrics: [...metrics], quarter, groups: sorted };
}

/** Index of the first value ≥ x (lower = true) or > x (lower = false). */
function bound(values: readonly number[], x: number, lower: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lower ? values[mid] < x : values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface PeerPercentile {
  metric: string;
  value: number;
  percentile: number;
  groupMedian: number | null;
  /** Peers with the metric (the customer included). */
  groupSize: number;
}

export interface StoredPeerComparison {
  level: PeerLevel;
  ageBand: string;
  region: string | null;
  lifeStage: string | null;
  /** Customers in the group (the customer included). */
  size: number;
  /** True when the group was widened because the narrower one (from the start level) was below minGroupSize. */
  widened: boolean;
  percentiles: PeerPercentile[];
  reasons: Reason[];
}

/**
 * The customer's percentile per metric in the narrowest group with at least `minGroupSize` members (widening
 * AGE_REGION_STAGE → AGE_REGION → AGE, each step a `PEER_GROUP_WIDENED` reason). `inModel` says whether the
 * customer was in the training population (then they are already counted once).
 */
export function comparePeersWithModel(
  model: PeerModel,
  target: Omit<PeerMember, 'customerId'>,
  inModel: boolean,
  /** The narrowest level to try (a user's comparison-group setting); wider ones follow as usual. */
  startLevel: PeerLevel = 'AGE_REGION_STAGE',
): StoredPeerComparison {
  const band = ageBand(target.age);
  const reasons: Reason[] = [];
  let chosen: { level: PeerLevel; group: PeerGroupValues | undefined } = { level: 'AGE', group: undefined };
  for (const level of LEVELS.slice(LEVELS.indexOf(startLevel))) {
    const group = model.groups[peerGroupKey(level, band, target.region, target.lifeStage)];
    const size = (group?.size ?? 0) + (inModel ? 0 : 1);
    chosen = { level, group };
    if (size >= model.minGroupSize) break;
    if (level !== 'AGE')
      reasons.push(
        reason(
          'PEER_GROUP_WIDENED',
          `Only ${size} peers at ${level} (< ${model.minGroupSize}): widened`,
          `${level} 비교집단 ${size}명 (< ${model.minGroupSize}): 범위 확대`,
          { level, size, minGroupSize: model.minGroupSize },
        ),
      );
  }
  const { level, group } = chosen;
  const extra = inModel ? 0 : 1;
  const percentiles: PeerPercentile[] = [];
  for (const metric of model.metrics) {
    const value = target.metrics[metric];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const x = round9(value);
    const values = group?.values[metric] ?? [];
    const below = bound(values, x, true);
    const equal = bound(values, x, false) - below + extra;
    const n = values.length + extra;
    const mid = values.length >> 1;
    percentiles.push({
      metric,
      value,
      percentile: Math.round(((100 * (below + equal / 2)) / n) * 10) / 10,
      groupMedian:
        values.length === 0 ? null : values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2,
      groupSize: n,
    });
  }
  for (const p of percentiles)
    reasons.push(
      reason(
        `PERCENTILE_${p.metric}`,
        `${p.metric}: ${p.percentile}th percentile among ${p.groupSize} peers`,
        `${p.metric}: 비교집단 ${p.groupSize}명 중 ${p.percentile} 백분위`,
        { value: p.value, percentile: p.percentile, groupMedian: p.groupMedian },
      ),
    );
  return {
    level,
    ageBand: band,
    region: level === 'AGE' ? null : target.region,
    lifeStage: level === 'AGE_REGION_STAGE' ? target.lifeStage : null,
    size: (group?.size ?? 0) + extra,
    widened: level !== startLevel,
    percentiles,
    reasons,
  };
}
