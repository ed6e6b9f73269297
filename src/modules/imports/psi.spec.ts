import { populationStabilityIndex, previousQuarter, psiBand, quarterOf, quarterRange } from './psi';

describe('population stability index', () => {
  it('is 0 for identical shares whatever the totals', () => {
    expect(populationStabilityIndex([10, 20, 30, 40], [1, 2, 3, 4])).toBeCloseTo(0, 12);
  });

  it('matches a hand computation', () => {
    // expected shares 0.5/0.5, actual 0.25/0.75:
    // (0.25−0.5)·ln(0.25/0.5) + (0.75−0.5)·ln(0.75/0.5) = 0.25·ln2 + 0.25·ln1.5 = 0.173286795 + 0.101366277
    expect(populationStabilityIndex([50, 50], [25, 75])).toBeCloseTo(0.274653072, 8);
    expect(psiBand(0.274653072)).toBe('SIGNIFICANT');
  });

  it('floors empty bins at epsilon: (0.0001−0.5)·ln(0.0001/0.5) + (1−0.5)·ln(1/0.5)', () => {
    const expected = (0.0001 - 0.5) * Math.log(0.0001 / 0.5) + 0.5 * Math.log(2);
    expect(populationStabilityIndex([1, 1], [0, 7])).toBeCloseTo(expected, 12);
  });

  it('refuses an empty distribution or different bins', () => {
    expect(() => populationStabilityIndex([0, 0], [1, 1])).toThrow('empty');
    expect(() => populationStabilityIndex([1], [1, 1])).toThrow('bins');
  });
});

describe('quarters', () => {
  it('labels, steps back and ranges', () => {
    expect(quarterOf('2011-01-09T15:13:00+09:00')).toBe('2011Q1');
    expect(quarterOf('2010-12-01')).toBe('2010Q4');
    expect(previousQuarter('2011Q1')).toBe('2010Q4');
    expect(previousQuarter('2025Q3')).toBe('2025Q2');
    expect(quarterRange('2010Q4')).toEqual(['2010-10-01', '2011-01-01']);
    expect(quarterRange('2025Q1')).toEqual(['2025-01-01', '2025-04-01']);
  });
});
