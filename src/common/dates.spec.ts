import { addMonths, ageOn, isValidIsoDate, koreanDate, koreanDateTime, monthsBetween } from './dates';
import {
  addDays,
  businessDaysBetween,
  daysBetween,
  isLeapYear,
  isWeekend,
  nextBusinessDay,
  overdueCutoff,
} from './dates';

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

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonths('2025-11-15', 14)).toBe('2027-01-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});

describe('day arithmetic', () => {
  it('adds and counts calendar days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2025-03-10', '2025-03-01')).toBe(-9);
    expect(() => daysBetween('2025-02-29', '2025-03-01')).toThrow(RangeError);
  });

  it('knows leap years (Gregorian: centuries only when divisible by 400)', () => {
    expect([2023, 2024, 1900, 2000].map(isLeapYear)).toEqual([false, true, false, true]);
  });

  it('counts business days after a date, skipping weekends and holidays', () => {
    // 2025-03-10 is a Monday.
    expect(isWeekend('2025-03-15')).toBe(true);
    expect(isWeekend('2025-03-16')).toBe(true);
    expect(isWeekend('2025-03-17')).toBe(false);
    expect(businessDaysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(businessDaysBetween('2025-03-10', '2025-03-14')).toBe(4); // Tue–Fri
    expect(businessDaysBetween('2025-03-10', '2025-03-16')).toBe(4); // + the weekend
    expect(businessDaysBetween('2025-03-10', '2025-03-17')).toBe(5);
    expect(businessDaysBetween('2025-03-10', '2025-03-17', ['2025-03-12'])).toBe(4);
  });

  it('puts the overdue cut-off the day after the last business day before today (due dates moved forward)', () => {
    // 2025-02-15 is a Saturday; 2025-01-28..30 is 설날 (Tue–Thu), 2025-01-27 a temporary holiday (Mon).
    expect(overdueCutoff('2025-02-17')).toBe('2025-02-15'); // Monday: Friday was the last business day
    expect(overdueCutoff('2025-02-18')).toBe('2025-02-18'); // Tuesday: Monday was
    const seollal = new Set(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30']);
    expect(overdueCutoff('2025-01-31', seollal)).toBe('2025-01-25'); // after Friday 2025-01-24
    // The cut-off agrees with the day-by-day rule: d is overdue on `today` iff nextBusinessDay(d) < today.
    for (let today = '2025-01-20'; today <= '2025-02-28'; today = addDays(today, 1)) {
      const cutoff = overdueCutoff(today, seollal);
      for (let due = '2025-01-10'; due <= today; due = addDays(due, 1))
        expect([today, due, due < cutoff]).toEqual([today, due, nextBusinessDay(due, seollal) < today]);
    }
  });
});

describe('koreanDateTime', () => {
  it('is the Korean wall-clock time with its offset, naming the same instant', () => {
    expect(koreanDateTime(new Date('2026-11-06T15:30:00Z'))).toBe('2026-11-07T00:30:00.000+09:00');
    expect(koreanDateTime(new Date('2026-11-06T14:59:59.900Z'))).toBe('2026-11-06T23:59:59.900+09:00');
    expect(new Date(koreanDateTime(new Date('2026-03-01T08:00:00.250Z'))).toISOString()).toBe(
      '2026-03-01T08:00:00.250Z',
    );
  });
});

describe('monthsBetween', () => {
  it("counts calendar months between the two dates' months, days ignored, negative backwards", () => {
    expect(monthsBetween('2026-10-31', '2026-11-01')).toBe(1);
    expect(monthsBetween('2026-10-01', '2027-02-28')).toBe(4);
    expect(monthsBetween('2026-11-25', '2026-11-01')).toBe(0);
    expect(monthsBetween('2027-01-15', '2026-12-15')).toBe(-1);
  });
});
