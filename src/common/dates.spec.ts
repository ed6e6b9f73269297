import { ageOn, isValidIsoDate, koreanDate } from './dates';

describe('dates', () => {
  it('takes the Korean calendar date (UTC+9)', () => {
    expect(koreanDate(new Date('2025-12-31T14:59:59Z'))).toBe('2025-12-31');
    expect(koreanDate(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01');
  });

  it('counts age in whole years (만 나이), birthday inclusive', () => {
    expect(ageOn('1990-06-15', '2025-06-14')).toBe(34);
    expect(ageOn('1990-06-15', '2025-06-15')).toBe(35);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });

  it('rejects impossible dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('25-01-01')).toBe(false);
  });
});
