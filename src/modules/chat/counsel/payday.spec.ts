import { daysToPayday } from './tools';

describe('daysToPayday: from an instalment owed to the payday of that month', () => {
  it.each([
    ['2026-12-18', 25, 7],
    ['2026-12-18', 18, 0],
    // Paid before the instalment falls due: nothing needs to be late.
    ['2026-12-18', 10, 0],
    // A payday past the month's end is its last day.
    ['2027-02-15', 31, 13],
  ])('owed %s, payday %d → %d days', (due, payday, days) => {
    expect(daysToPayday(due, payday)).toBe(days);
  });
});
