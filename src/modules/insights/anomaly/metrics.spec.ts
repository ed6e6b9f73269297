import { averagePrecision, rocAuc } from './metrics';

describe('rocAuc', () => {
  it("matches scikit-learn's documented example (roc_auc_score → 0.75)", () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
  });

  it('is the share of positive–negative pairs ranked correctly (hand-counted: 3 of 6)', () => {
    // positives 0.9, 0.7, 0.5; negatives 0.8, 0.6 → 0.9 beats 2, 0.7 beats 1, 0.5 beats 0.
    expect(rocAuc([1, 0, 1, 0, 1], [0.9, 0.8, 0.7, 0.6, 0.5])).toBeCloseTo(0.5, 12);
  });

  it('counts ties as one half', () => {
    expect(rocAuc([0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
    // pairs: (0.6 vs 0.2) 1, (0.6 vs 0.6) ½, (0.4 vs 0.2) 1, (0.4 vs 0.6) 0 → 2.5 / 4
    expect(rocAuc([1, 0, 1, 0], [0.6, 0.2, 0.4, 0.6])).toBeCloseTo(0.625, 12);
  });

  it('is 1 for a perfect and 0 for a reversed ranking; accepts booleans', () => {
    expect(rocAuc([false, false, true], [1, 2, 3])).toBe(1);
    expect(rocAuc([1, 1, 0], [1, 2, 3])).toBe(0);
  });

  it('refuses a single class or mismatched lengths', () => {
    expect(() => rocAuc([1, 1], [0.2, 0.3])).toThrow(/both positive and negative/);
    expect(() => rocAuc([1, 0], [0.2])).toThrow(/differ in length/);
  });
});

describe('averagePrecision', () => {
  it("matches scikit-learn's documented example (average_precision_score → 0.8333…)", () => {
    expect(averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(5 / 6, 12);
  });

  it('sums precision at each recall step (hand-computed: (1 + 2/3 + 3/5) / 3 = 34/45)', () => {
    expect(averagePrecision([1, 0, 1, 0, 1], [0.9, 0.8, 0.7, 0.6, 0.5])).toBeCloseTo(34 / 45, 12);
  });

  it('takes tied scores together (all tied → the positive rate)', () => {
    expect(averagePrecision([1, 0, 0, 0], [0.5, 0.5, 0.5, 0.5])).toBeCloseTo(0.25, 12);
    // thresholds 0.9 {1} then 0.4 {0, 1}: 1·½ + (2/3)·½ = 5/6
    expect(averagePrecision([1, 0, 1], [0.9, 0.4, 0.4])).toBeCloseTo(5 / 6, 12);
  });

  it('refuses labels without a positive', () => {
    expect(() => averagePrecision([0, 0], [0.1, 0.2])).toThrow(/at least one positive/);
  });
});
