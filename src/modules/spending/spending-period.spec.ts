import { SpendingDatesError, SpendingPeriodKind as K, spendingPeriodRange } from './spending-period';

describe('spendingPeriodRange', () => {
  const today = '2026-11-22';
  it.each([
    [K.THIS_MONTH, '2026-11-01', '2026-11-22', false],
    [K.LAST_MONTH, '2026-10-01', '2026-10-31', true],
    [K.THIS_QUARTER, '2026-10-01', '2026-11-22', false],
    [K.LAST_QUARTER, '2026-07-01', '2026-09-30', true],
    [K.THIS_YEAR, '2026-01-01', '2026-11-22', false],
    [K.LAST_YEAR, '2025-01-01', '2025-12-31', true],
    [K.FIRST_HALF, '2026-01-01', '2026-06-30', true],
    [K.SECOND_HALF, '2026-07-01', '2026-11-22', false],
  ])('%s as of 2026-11-22 → %s … %s', (kind, from, through, complete) => {
    expect(spendingPeriodRange(kind, today)).toEqual({
      from,
      through,
      until: new Date(Date.parse(`${through}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      complete,
    });
  });

  it('the last N months end today and start the day after the same day N months ago', () => {
    expect(spendingPeriodRange(K.LAST_N_MONTHS, today, 3)).toMatchObject({
      from: '2026-08-23',
      through: '2026-11-22',
      complete: false,
    });
    // 31 May − 3 months clamps to 28 Feb (2026 is not a leap year).
    expect(spendingPeriodRange(K.LAST_N_MONTHS, '2026-05-31', 3).from).toBe('2026-03-01');
  });

  it('today is today so far, yesterday the whole day before (across a year)', () => {
    expect(spendingPeriodRange(K.TODAY, '2026-11-25')).toEqual({
      from: '2026-11-25',
      through: '2026-11-25',
      until: '2026-11-26',
      complete: false,
    });
    expect(spendingPeriodRange(K.YESTERDAY, '2027-01-01')).toEqual({
      from: '2026-12-31',
      through: '2026-12-31',
      until: '2027-01-01',
      complete: true,
    });
  });

  it('weeks run Monday to Sunday: this one to date, the last one whole, across a month and a year', () => {
    // 2026-11-25 is a Wednesday.
    expect(spendingPeriodRange(K.THIS_WEEK, '2026-11-25')).toEqual({
      from: '2026-11-23',
      through: '2026-11-25',
      until: '2026-11-26',
      complete: false,
    });
    expect(spendingPeriodRange(K.LAST_WEEK, '2026-11-25')).toEqual({
      from: '2026-11-16',
      through: '2026-11-22',
      until: '2026-11-23',
      complete: true,
    });
    // On a Monday this week is today alone; on a Sunday it is the whole week.
    expect(spendingPeriodRange(K.THIS_WEEK, '2026-11-23')).toMatchObject({
      from: '2026-11-23',
      through: '2026-11-23',
    });
    expect(spendingPeriodRange(K.LAST_WEEK, '2026-11-23')).toMatchObject({
      from: '2026-11-16',
      through: '2026-11-22',
    });
    expect(spendingPeriodRange(K.THIS_WEEK, '2026-11-29')).toMatchObject({
      from: '2026-11-23',
      through: '2026-11-29',
    });
    expect(spendingPeriodRange(K.LAST_WEEK, '2026-12-02')).toMatchObject({
      from: '2026-11-23',
      through: '2026-11-29',
    });
    // 2027-01-01 is a Friday: its week began on Monday 2026-12-28.
    expect(spendingPeriodRange(K.THIS_WEEK, '2027-01-01')).toMatchObject({
      from: '2026-12-28',
      through: '2027-01-01',
    });
    expect(spendingPeriodRange(K.LAST_WEEK, '2027-01-01')).toMatchObject({
      from: '2026-12-21',
      through: '2026-12-27',
    });
  });

  it("a half is the latest begun: before July, 하반기 is last year's and 상반기 runs to date", () => {
    expect(spendingPeriodRange(K.SECOND_HALF, '2026-03-10')).toEqual({
      from: '2025-07-01',
      through: '2025-12-31',
      until: '2026-01-01',
      complete: true,
    });
    expect(spendingPeriodRange(K.FIRST_HALF, '2026-03-10')).toMatchObject({
      from: '2026-01-01',
      through: '2026-03-10',
      complete: false,
    });
    expect(spendingPeriodRange(K.SECOND_HALF, '2026-07-01')).toMatchObject({
      from: '2026-07-01',
      through: '2026-07-01',
    });
  });

  it('crosses the year at January', () => {
    expect(spendingPeriodRange(K.LAST_MONTH, '2026-01-15')).toMatchObject({
      from: '2025-12-01',
      through: '2025-12-31',
    });
    expect(spendingPeriodRange(K.LAST_QUARTER, '2026-02-01')).toMatchObject({
      from: '2025-10-01',
      through: '2025-12-31',
    });
  });

  it('a month N months back is that whole calendar month, across the year', () => {
    expect(spendingPeriodRange(K.MONTHS_AGO, today, 1)).toEqual(spendingPeriodRange(K.LAST_MONTH, today));
    expect(spendingPeriodRange(K.MONTHS_AGO, today, 2)).toEqual({
      from: '2026-09-01',
      through: '2026-09-30',
      until: '2026-10-01',
      complete: true,
    });
    expect(spendingPeriodRange(K.MONTHS_AGO, '2026-02-28', 3)).toMatchObject({
      from: '2025-11-01',
      through: '2025-11-30',
    });
  });

  it('refuses a month count out of range', () => {
    expect(() => spendingPeriodRange(K.LAST_N_MONTHS, today, 0)).toThrow(RangeError);
    expect(() => spendingPeriodRange(K.LAST_N_MONTHS, today, 25)).toThrow(RangeError);
    expect(() => spendingPeriodRange(K.MONTHS_AGO, today, 0)).toThrow(RangeError);
    expect(() => spendingPeriodRange(K.MONTHS_AGO, today, 25)).toThrow(RangeError);
  });

  it('DATES: from `from` through `through` (today when absent, a running end stops today), checked', () => {
    const today = '2026-11-27';
    expect(spendingPeriodRange(K.DATES, today, 3, { from: '2026-11-01' })).toEqual({
      from: '2026-11-01',
      through: '2026-11-27',
      until: '2026-11-28',
      complete: false,
    });
    expect(spendingPeriodRange(K.DATES, today, 3, { from: '2026-10-15', through: '2026-11-14' })).toEqual({
      from: '2026-10-15',
      through: '2026-11-14',
      until: '2026-11-15',
      complete: true,
    });
    // An end after today counts to today, like a running period.
    expect(
      spendingPeriodRange(K.DATES, today, 3, { from: '2026-11-20', through: '2026-12-31' }).through,
    ).toBe('2026-11-27');
    const fieldOf = (dates: { from: string; through?: string }) => {
      try {
        spendingPeriodRange(K.DATES, today, 3, dates);
      } catch (e) {
        return e instanceof SpendingDatesError ? e.field : 'other';
      }
      return null;
    };
    expect(fieldOf({ from: '' })).toBe('from');
    expect(fieldOf({ from: '2026-02-30' })).toBe('from');
    expect(fieldOf({ from: '2026-11-10', through: '2026-11-09' })).toBe('through');
    expect(fieldOf({ from: '2026-11-28' })).toBe('from');
    // At most 24 months: 2024-11-28 … 2026-11-27 is the longest.
    expect(fieldOf({ from: '2024-11-28' })).toBeNull();
    expect(fieldOf({ from: '2024-11-27' })).toBe('from');
  });
});
