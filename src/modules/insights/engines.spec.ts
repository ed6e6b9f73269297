import { createRng } from '../../common/random';
import {
  assignCluster,
  clusterFeatureVector,
  CLUSTER_FEATURES,
  comparePeers,
  computeHealthScore,
  fitClusterModel,
  inferLifeStage,
  QuarterFeatures,
  quarterSummary,
  recommendProducts,
  scoreLoanRisk,
  similarCustomers,
} from './engines';
import { quarter } from './quarter.fixture';

// The engines together over a small seeded population (three behaviours: families spending ~5,000,000 with
// childcare, young online shoppers ~2,000,000, older customers ~3,000,000 with medical spend), as the refit job and the resolvers will use them.
function population(n: number): QuarterFeatures[] {
  const rng = createRng('insights-population');
  return Array.from({ length: n }, (_, i) => {
    const family = i % 3 === 0;
    const online = i % 3 === 1;
    const spend = Math.round(rng.logNormal(family ? 5000000 : online ? 2000000 : 3000000, 0.1));
    const childcare = family ? Math.round(spend * 0.12) : 0;
    const onlineShopping = online ? Math.round(spend * 0.4) : Math.round(spend * 0.05);
    const medical = !family && !online ? Math.round(spend * 0.1) : 0;
    return quarter({
      customerId: `c${i}`,
      age: family ? 34 : online ? 27 : 58,
      householdSize: family ? 4 : online ? 1 : 2,
      totalSpend: String(spend),
      spendByCategory: {
        CHILDCARE: String(childcare),
        ONLINE_SHOPPING: String(onlineShopping),
        MEDICAL: String(medical),
        OTHER: String(spend - childcare - onlineShopping - medical),
      },
      onlineShare: online ? 0.6 : 0.1,
      averageTicket: String(Math.round(spend / 60)),
      transactionCount: 60,
    });
  });
}

describe('insight engines together', () => {
  const people = population(60);
  const rows = people.map(clusterFeatureVector);
  const model = fitClusterModel(rows, [...CLUSTER_FEATURES], {
    kMin: 2,
    kMax: 5,
    seed: 'pop',
    quarter: '2025Q3',
  });

  it('clusters the three seeded behaviours apart', () => {
    expect(model.k).toBe(3);
    const clusterOf = people.map((p, i) => assignCluster(model, rows[i]).cluster);
    for (let g = 0; g < 3; g++) {
      expect(new Set(clusterOf.filter((_, i) => i % 3 === g)).size).toBe(1);
    }
    expect(new Set(clusterOf.slice(0, 3)).size).toBe(3);
  });

  it('neighbours of a family customer are family customers', () => {
    const near = similarCustomers(
      model.scaler,
      { customerId: 'c0', row: rows[0] },
      people.map((p, i) => ({ customerId: p.customerId, row: rows[i] })),
      5,
    );
    expect(near.every((n) => Number(n.customerId.slice(1)) % 3 === 0)).toBe(true);
    expect(near.every((n) => Number.isFinite(n.distance))).toBe(true);
  });

  it('health, life stage, loan risk, peers, recommendations and summary agree on one customer', () => {
    const me = people[1];
    const health = computeHealthScore(me);
    const stage = inferLifeStage(me);
    const risk = scoreLoanRisk(me);
    expect(stage.stage).toBe('EARLY_CAREER');
    const peers = comparePeers(
      {
        customerId: me.customerId,
        age: me.age,
        region: me.region,
        lifeStage: stage.stage,
        metrics: { health: health.score ?? 0 },
      },
      people.map((p) => ({
        customerId: p.customerId,
        age: p.age,
        region: p.region,
        lifeStage: inferLifeStage(p).stage,
        metrics: { health: computeHealthScore(p).score ?? 0 },
      })),
      { minGroupSize: 10 },
    );
    expect(peers.group).toMatchObject({ level: 'AGE_REGION_STAGE', size: 20 });
    const recs = recommendProducts({
      features: me,
      lifeStage: stage.stage,
      healthBand: health.band,
      loanRiskBand: risk.band,
    });
    expect(recs[0].productId).toBe('CARD_ONLINE_CASHBACK');
    const summary = quarterSummary({ features: me, health, lifeStage: stage.stage });
    expect(summary.ko).toContain('사회초년생');
    expect(summary.en).toContain(`Financial health: ${health.score}/100`);
  });
});
