import { DEFAULT_FEATURE_CONFIG, type TransactionFacts } from './features';
import { DEFAULT_RULE_CONFIG, evaluateRules, formatMoney } from './rules';

const quiet: TransactionFacts = {
  amount: 30_000,
  baselineCount: 20,
  baselineMedian: 25_000,
  ratioToMedian: 1.2,
  amountZ: 0.3,
  categoryMedian: null,
  ratioToCategoryMedian: null,
  count1h: 0,
  count24h: 1,
  count7d: 5,
  amount1h: 0,
  amount24h: 12_000,
  amount7d: 90_000,
  category: 'FOOD',
  categorySeenBefore: true,
  priorCount: 40,
  localHour: 13,
  night: false,
  overseas: false,
  overseasShareBefore: 0,
  online: false,
  secondsSincePrevious: 7200,
  distanceKm: null,
};

describe('evaluateRules', () => {
  it('fires nothing for an ordinary transaction', () => {
    expect(evaluateRules(quiet)).toEqual({ score: 0, hits: [] });
    expect(DEFAULT_RULE_CONFIG.baselineDays).toBe(DEFAULT_FEATURE_CONFIG.baselineDays);
  });

  it('explains an amount spike with the numbers', () => {
    const { hits, score } = evaluateRules({
      ...quiet,
      amount: 1_250_000,
      baselineMedian: 150_000,
      ratioToMedian: 1_250_000 / 150_000,
    });
    expect(hits).toHaveLength(1);
    expect(hits[0].rule).toBe('AMOUNT_SPIKE');
    expect(hits[0].reason).toBe('amount ₩1,250,000 is 8.3× your 90-day median ₩150,000');
    // 0.7 · (0.5 + 0.5·log2(8.333/5))
    const expected = 0.7 * (0.5 + 0.5 * Math.log2(1_250_000 / 150_000 / 5));
    expect(hits[0].severity).toBeCloseTo(expected, 12);
    expect(score).toBeCloseTo(expected, 12);
  });

  it('falls back to the category median without own history', () => {
    const { hits } = evaluateRules({
      ...quiet,
      amount: 600_000,
      baselineMedian: null,
      ratioToMedian: null,
      category: 'GAS',
      categoryMedian: 50_000,
      ratioToCategoryMedian: 12,
    });
    expect(hits.map((h) => h.rule)).toEqual(['AMOUNT_SPIKE']);
    expect(hits[0].reason).toBe(
      'amount ₩600,000 is 12.0× the usual GAS amount ₩50,000 (too little own history to compare)',
    );
    expect(hits[0].severity).toBe(0.5); // 12/5 ≥ 2 → full category weight
  });

  it('fires velocity, new category, night time and overseas, combining by noisy-or', () => {
    const { hits, score } = evaluateRules({
      ...quiet,
      count1h: 3,
      amount1h: 90_000,
      categorySeenBefore: false,
      category: 'JEWELRY',
      localHour: 2,
      night: true,
      overseas: true,
      overseasShareBefore: 0,
    });
    const byRule = Object.fromEntries(hits.map((h) => [h.rule, h]));
    expect(Object.keys(byRule).sort()).toEqual(['NEW_CATEGORY', 'NIGHT_TIME', 'OVERSEAS', 'VELOCITY']);
    expect(byRule.VELOCITY.reason).toBe('4th transaction within hour (₩120,000 in total; limit 4)');
    expect(byRule.VELOCITY.severity).toBeCloseTo(0.3, 12); // at the threshold: half the weight 0.6
    expect(byRule.NIGHT_TIME.reason).toBe('made at 02:00, inside the night window 23:00–06:00');
    expect(byRule.NEW_CATEGORY.reason).toBe(
      'first JEWELRY transaction after 40 earlier ones in other categories',
    );
    expect(byRule.OVERSEAS.reason).toBe('overseas transaction; 0% of your 90-day transactions were overseas');
    expect(score).toBeCloseTo(1 - (1 - 0.3) * (1 - 0.2) * (1 - 0.3) * (1 - 0.5), 12);
  });

  it('does not flag overseas for a customer who often pays abroad, and honours disabled rules', () => {
    expect(evaluateRules({ ...quiet, overseas: true, overseasShareBefore: 0.4 }).hits).toEqual([]);
    const noNight = { ...DEFAULT_RULE_CONFIG, night: { ...DEFAULT_RULE_CONFIG.night, weight: 0 } };
    expect(evaluateRules({ ...quiet, localHour: 2, night: true }, noNight).hits).toEqual([]);
  });

  it('formats money per currency', () => {
    expect(formatMoney(1_250_000, 'KRW')).toBe('₩1,250,000');
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(10, 'GBP')).toBe('10.00 GBP');
  });
});
