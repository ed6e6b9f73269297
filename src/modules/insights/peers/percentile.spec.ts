import { ageBand, comparePeers, PeerMember, percentileRank } from './percentile';

describe('percentileRank — mid-rank (Hazen) definition PR = 100 × (B + ½E) ÷ N', () => {
  // Percentile rank as defined e.g. in Wikipedia "Percentile rank": (c_ℓ + 0.5 f_i) ÷ N × 100 %.
  const group = [1, 2, 2, 3, 4];
  it.each([
    [1, 10], // B 0, E 1 → 0.5 ÷ 5
    [2, 40], // B 1, E 2 → 2 ÷ 5 (tied values share one percentile)
    [3, 70], // B 3, E 1 → 3.5 ÷ 5
    [4, 90], // B 4, E 1 → 4.5 ÷ 5
    [2.5, 60], // not in the group: B 3, E 0
  ])('value %d → %d', (value, pr) => expect(percentileRank(value, group)).toBeCloseTo(pr, 12));

  it('the mean percentile over a group is 50, ties included', () => {
    const mean = group.reduce((s, v) => s + percentileRank(v, group), 0) / group.length;
    expect(mean).toBeCloseTo(50, 12);
    expect(percentileRank(7, [7, 7, 7])).toBe(50);
  });
});

describe('ageBand', () => {
  it.each([
    [19, '<20'],
    [20, '20s'],
    [39, '30s'],
    [69, '60s'],
    [70, '70+'],
  ])('%i → %s', (age, band) => expect(ageBand(age)).toBe(band));
});

describe('comparePeers', () => {
  const member = (id: string, age: number, region: string, lifeStage: string, spend: number): PeerMember => ({
    customerId: id,
    age,
    region,
    lifeStage,
    metrics: { totalSpend: spend },
  });
  const population = [
    member('a', 31, 'SEOUL', 'YOUNG_FAMILY', 100),
    member('b', 33, 'SEOUL', 'YOUNG_FAMILY', 200),
    member('c', 35, 'SEOUL', 'YOUNG_FAMILY', 300),
    member('d', 36, 'SEOUL', 'EARLY_CAREER', 400),
    member('e', 37, 'BUSAN', 'YOUNG_FAMILY', 50),
    member('f', 45, 'SEOUL', 'YOUNG_FAMILY', 1000),
  ];

  it('within age band × region × life stage', () => {
    const me = member('me', 34, 'SEOUL', 'YOUNG_FAMILY', 200);
    // group: a 100, b 200, c 300, me 200 → B 1, E 2 → 100 × 2 ÷ 4 = 50
    const r = comparePeers(me, population, { minGroupSize: 3 });
    expect(r.group).toEqual({
      level: 'AGE_REGION_STAGE',
      ageBand: '30s',
      region: 'SEOUL',
      lifeStage: 'YOUNG_FAMILY',
      size: 4,
    });
    expect(r.percentiles).toEqual([{ metric: 'totalSpend', value: 200, percentile: 50, groupMedian: 200 }]);
  });

  it('widens a too-small group and says so', () => {
    const me = member('me', 34, 'BUSAN', 'YOUNG_FAMILY', 60);
    // BUSAN 30s: e 50, me 60 → 2 < 3; 30s overall: a, b, c, d, e, me → B(60) = 1 (e) → 100 × 1.5 ÷ 6 = 25
    const r = comparePeers(me, population, { minGroupSize: 3 });
    expect(r.group.level).toBe('AGE');
    expect(r.group.size).toBe(6);
    expect(r.percentiles[0].percentile).toBe(25);
    expect(r.reasons.filter((x) => x.code === 'PEER_GROUP_WIDENED').map((x) => x.figures.level)).toEqual([
      'AGE_REGION_STAGE',
      'AGE_REGION',
    ]);
  });
});
