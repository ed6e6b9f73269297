import { quarter } from '../quarter.fixture';
import { PRODUCT_CATALOGUE } from './catalogue';
import { recommendProducts, RecommendationContext } from './recommend';

// Fixture quarter: spend 6,000,000 (FOOD 1,500,000 = 25 %, GROCERY 20 %, SHOPPING 15 %, OTHER 40 %),
// income 15,000,000, savings 20,000,000 = 20,000,000 ÷ 2,000,000 = 10 months, no debt (DSR 0).
const base = (over: Partial<RecommendationContext> = {}): RecommendationContext => ({
  features: quarter({ age: 30, onlineShare: 0.45 }),
  lifeStage: 'EARLY_CAREER',
  healthBand: 'HEALTHY',
  loanRiskBand: 'LOW',
  ...over,
});

describe('PRODUCT_CATALOGUE', () => {
  it('has unique ids and cards, savings and loans', () => {
    const ids = PRODUCT_CATALOGUE.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(PRODUCT_CATALOGUE.map((p) => p.kind))).toEqual(new Set(['CARD', 'SAVINGS', 'LOAN']));
  });
});

describe('recommendProducts — score = 0.7 × rule + 0.3 × cluster', () => {
  it('by rules: hand-scored ranking with reasons', () => {
    // online 45 % → 70 → 49; dining 25 % → 60 → 42; youth savings (early career, 30) → 60 → 42;
    // 10 months of savings → term deposit 50 → 35; low risk + DSR 0 + healthy → credit loan 30 → 21
    const r = recommendProducts(base());
    expect(r.map((x) => [x.productId, x.score])).toEqual([
      ['CARD_ONLINE_CASHBACK', 49],
      ['CARD_DINING', 42],
      ['SAVINGS_YOUTH', 42],
      ['DEPOSIT_12M', 35],
      ['LOAN_CREDIT', 21],
    ]);
    expect(r[0].reasons[0]).toMatchObject({ code: 'HIGH_ONLINE_SHARE', figures: { onlineShare: 0.45 } });
  });

  it('by cluster: popular products in the customer’s cluster rise or appear', () => {
    // travel card: rule 0, 80 of 100 hold it → 0.3 × 80 = 24 (shown); dining: 42 + 0.3 × 10 = 45
    const r = recommendProducts(
      base({ cluster: { id: 2, size: 100, holders: { CARD_TRAVEL: 80, CARD_DINING: 10 } } }),
      { first: 10 },
    );
    const byId = Object.fromEntries(r.map((x) => [x.productId, x]));
    expect(byId.CARD_TRAVEL.score).toBe(24);
    expect(byId.CARD_TRAVEL.reasons[0]).toMatchObject({
      code: 'POPULAR_IN_CLUSTER',
      figures: { cluster: 2, holders: 80, clusterSize: 100 },
    });
    expect(byId.CARD_DINING.score).toBe(45);
  });

  it('ignores clusters smaller than 20, held products and ineligible credit', () => {
    const r = recommendProducts(
      base({
        healthBand: 'VULNERABLE',
        heldProductIds: ['CARD_ONLINE_CASHBACK'],
        cluster: { id: 1, size: 10, holders: { CARD_TRAVEL: 10 } },
      }),
      { first: 10 },
    );
    const ids = r.map((x) => x.productId);
    expect(ids).not.toContain('CARD_ONLINE_CASHBACK');
    expect(ids).not.toContain('LOAN_CREDIT');
    expect(ids).not.toContain('CARD_TRAVEL');
  });

  it('age limits: no youth savings at 38; refinancing for a DSR of 40 %', () => {
    const r = recommendProducts(
      base({ features: quarter({ age: 38, annualDebtService: '24000000', loanBalance: '150000000' }) }),
      { first: 20 },
    );
    const ids = r.map((x) => x.productId);
    expect(ids).not.toContain('SAVINGS_YOUTH');
    // DSR 24,000,000 ÷ (15,000,000 × 4) = 0.4 ≥ 0.3 → 70 → 49
    expect(r.find((x) => x.productId === 'LOAN_REFINANCE')?.score).toBe(49);
  });
});
