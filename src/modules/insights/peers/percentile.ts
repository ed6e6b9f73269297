import { reason, Reason } from '../explain';

// Peer comparison: a customer's percentile for each metric within their peer group (age band × region ×
// life stage). Percentile rank is the mid-rank ("Hazen") definition:
//   PR(x) = 100 × (B + ½E) ÷ N
// B = peers strictly below x, E = peers equal to x (the customer included), N = group size. Ties share
// one value; the mean PR over a group is always 50. If the group is smaller than `minGroupSize`, the
// comparison widens to age band × region, then age band alone, and says so.

export function percentileRank(value: number, values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('percentile of an empty group');
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (100 * (below + equal / 2)) / values.length;
}

/** Ten-year age bands: '20s' = 20–29; under 20 → '<20', 70 and over → '70+'. */
export function ageBand(age: number): string {
  if (age < 20) return '<20';
  if (age >= 70) return '70+';
  return `${Math.floor(age / 10) * 10}s`;
}

export interface PeerMember {
  customerId: string;
  age: number;
  region: string;
  lifeStage: string;
  metrics: Record<string, number>;
}

export interface PeerComparison {
  customerId: string;
  group: {
    level: 'AGE_REGION_STAGE' | 'AGE_REGION' | 'AGE';
    ageBand: string;
    region: string | null;
    lifeStage: string | null;
    size: number;
  };
  percentiles: { metric: string; value: number; percentile: number; groupMedian: number }[];
  reasons: Reason[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function comparePeers(
  target: PeerMember,
  population: readonly PeerMember[],
  { minGroupSize = 30 } = {},
): PeerComparison {
  const band = ageBand(target.age);
  const withTarget = population.some((p) => p.customerId === target.customerId)
    ? population
    : [...population, target];
  const levels = [
    {
      level: 'AGE_REGION_STAGE' as const,
      match: (p: PeerMember) => p.region === target.region && p.lifeStage === target.lifeStage,
    },
    { level: 'AGE_REGION' as const, match: (p: PeerMember) => p.region === target.region },
    { level: 'AGE' as const, match: () => true },
  ];
  const reasons: Reason[] = [];
  let group: PeerMember[] = [];
  let level: PeerComparison['group']['level'] = 'AGE';
  for (const l of levels) {
    group = withTarget.filter((p) => ageBand(p.age) === band && l.match(p));
    level = l.level;
    if (group.length >= minGroupSize) break;
    if (l.level !== 'AGE') {
      reasons.push(
        reason(
          'PEER_GROUP_WIDENED',
          `Only ${group.length} peers at ${l.level} (< ${minGroupSize}): widened`,
          `${l.level} 비교집단 ${group.length}명 (< ${minGroupSize}): 범위 확대`,
          { level: l.level, size: group.length, minGroupSize },
        ),
      );
    }
  }
  const percentiles = Object.keys(target.metrics).map((metric) => {
    const values = group
      .map((p) => p.metrics[metric])
      .filter((v) => typeof v === 'number' && Number.isFinite(v));
    const value = target.metrics[metric];
    return {
      metric,
      value,
      percentile: Math.round(percentileRank(value, values) * 10) / 10,
      groupMedian: median(values),
    };
  });
  for (const p of percentiles) {
    reasons.push(
      reason(
        `PERCENTILE_${p.metric}`,
        `${p.metric}: ${p.percentile}th percentile among ${group.length} peers`,
        `${p.metric}: 비교집단 ${group.length}명 중 ${p.percentile} 백분위`,
        { value: p.value, percentile: p.percentile, groupMedian: p.groupMedian },
      ),
    );
  }
  return {
    customerId: target.customerId,
    group: {
      level,
      ageBand: band,
      region: level === 'AGE' ? null : target.region,
      lifeStage: level === 'AGE_REGION_STAGE' ? target.lifeStage : null,
      size: group.length,
    },
    percentiles,
    reasons,
  };
}
