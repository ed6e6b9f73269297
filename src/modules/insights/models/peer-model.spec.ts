import { comparePeers, PeerMember } from '../peers/percentile';
import { comparePeersWithModel, fitPeerModel, peerGroupKey } from './peer-model';

// The stored peer model must answer exactly what the direct computation (`comparePeers`, Hazen mid-rank)
// answers over the same population, plus the hand-computed cases below.

const member = (id: string, age: number, region: string, stage: string, spend: number): PeerMember => ({
  customerId: id,
  age,
  region,
  lifeStage: stage,
  metrics: { SPEND: spend },
});

describe('stored peer model', () => {
  it('hand-computed mid-rank percentiles, with and without the customer in the group', () => {
    // group 30s/SEOUL/EARLY_CAREER with SPEND 1, 2, 2, 3; minGroupSize 1 so it is used as is
    const pop = [1, 2, 2, 3].map((v, i) => member(`c${i}`, 31, 'SEOUL', 'EARLY_CAREER', v));
    const model = fitPeerModel(pop, ['SPEND'], { minGroupSize: 1 });
    // in the group (c1 = 2): B = 1, E = 2, N = 4 → 100 × (1 + 1) ÷ 4 = 50
    const inside = comparePeersWithModel(model, pop[1], true);
    expect(inside.percentiles).toEqual([
      { metric: 'SPEND', value: 2, percentile: 50, groupMedian: 2, groupSize: 4 },
    ]);
    expect(inside).toMatchObject({ level: 'AGE_REGION_STAGE', size: 4, widened: false });
    // a newcomer with 2.5: B = 3, E = 1 (itself), N = 5 → 100 × 3.5 ÷ 5 = 70
    const newcomer = comparePeersWithModel(model, member('x', 35, 'SEOUL', 'EARLY_CAREER', 2.5), false);
    expect(newcomer.percentiles[0]).toMatchObject({ percentile: 70, groupSize: 5 });
    expect(newcomer.size).toBe(5);
  });

  it('agrees with comparePeers on a mixed population, including widening', () => {
    const pop: PeerMember[] = [];
    const regions = ['SEOUL', 'BUSAN'];
    const stages = ['EARLY_CAREER', 'NEWLY_WED', 'YOUNG_FAMILY'];
    for (let i = 0; i < 240; i++)
      pop.push(
        member(
          `c${String(i).padStart(3, '0')}`,
          25 + (i % 30),
          regions[i % 2],
          stages[(i * 7) % 3],
          ((i * 37) % 101) * 1000 + (i % 4 === 0 ? 500 : 0),
        ),
      );
    const model = fitPeerModel(pop, ['SPEND'], { minGroupSize: 30 });
    let widened = 0;
    for (const target of pop.filter((_, i) => i % 7 === 0)) {
      const direct = comparePeers(target, pop, { minGroupSize: 30 });
      const stored = comparePeersWithModel(model, target, true);
      expect(stored.level).toBe(direct.group.level);
      expect(stored.size).toBe(direct.group.size);
      expect(stored.percentiles[0].percentile).toBe(direct.percentiles[0].percentile);
      expect(stored.percentiles[0].groupMedian).toBe(direct.percentiles[0].groupMedian);
      expect(stored.reasons.filter((r) => r.code === 'PEER_GROUP_WIDENED').length).toBe(
        direct.reasons.filter((r) => r.code === 'PEER_GROUP_WIDENED').length,
      );
      if (stored.widened) widened++;
    }
    expect(widened).toBeGreaterThan(0); // the population has groups below 30 at the narrowest level
  });

  it('keys groups by level and keeps values sorted', () => {
    const model = fitPeerModel(
      [member('a', 41, 'BUSAN', 'RETIRED', 9), member('b', 45, 'BUSAN', 'RETIRED', 3)],
      ['SPEND'],
    );
    expect(model.groups[peerGroupKey('AGE', '40s', 'BUSAN', 'RETIRED')].values.SPEND).toEqual([3, 9]);
    expect(Object.keys(model.groups)).toEqual([
      'AGE_REGION_STAGE|40s|BUSAN|RETIRED',
      'AGE_REGION|40s|BUSAN|',
      'AGE|40s||',
    ]);
  });
});
