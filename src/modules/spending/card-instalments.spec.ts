import Decimal from 'decimal.js';
import { instalmentStatus } from './card-instalments';

describe('instalmentStatus (card 할부, principal only)', () => {
  it('splits the principal equally, the won left over on the first instalment, and the parts add up', () => {
    // 1,000,000 over 3 months: 333,333 × 3 = 999,999, so the first instalment is 333,334.
    const s = instalmentStatus('1000000', 3, '2026-10-05', '2026-10-31');
    expect(s).toMatchObject({ perInstalment: '333333', firstInstalment: '333334', billed: 0, remaining: 3 });
    expect(s.remainingPrincipal).toBe('1000000');
    expect(s.nextInstalment).toBe('333334');
    expect(s.lastMonth).toBe('2027-01');
    for (const [amount, months] of [
      ['570400', 6],
      ['99999', 7],
      ['12000000', 36],
      ['2', 2],
    ] as const) {
      const x = instalmentStatus(amount, months, '2026-01-15', '2026-01-20');
      expect(
        new Decimal(x.firstInstalment).plus(new Decimal(x.perInstalment).times(months - 1)).toFixed(0),
      ).toBe(amount);
    }
  });

  it('counts the statements since the purchase month, this month included, and what they leave', () => {
    // Bought 1 Oct 2026, 6 months: November's statement carries the first instalment.
    const nov = instalmentStatus('570400', 6, '2026-10-01', '2026-11-25');
    expect(nov).toMatchObject({ billed: 1, remaining: 5, perInstalment: '95066', firstInstalment: '95070' });
    expect(nov.remainingPrincipal).toBe('475330'); // 5 × 95,066
    expect(nov.nextInstalment).toBe('95066');
    expect(nov.lastMonth).toBe('2027-04');
    // Across a year end, and once every instalment is billed.
    expect(instalmentStatus('570400', 6, '2026-10-01', '2027-02-01')).toMatchObject({
      billed: 4,
      remaining: 2,
    });
    const done = instalmentStatus('570400', 6, '2026-10-01', '2027-09-01');
    expect(done).toMatchObject({ billed: 6, remaining: 0, remainingPrincipal: '0', nextInstalment: null });
  });

  it('refuses amounts and months no card plan has', () => {
    expect(() => instalmentStatus('0', 3, '2026-10-01', '2026-11-01')).toThrow(RangeError);
    expect(() => instalmentStatus('100.5', 3, '2026-10-01', '2026-11-01')).toThrow(RangeError);
    expect(() => instalmentStatus('100000', 1, '2026-10-01', '2026-11-01')).toThrow(RangeError);
    expect(() => instalmentStatus('100000', 37, '2026-10-01', '2026-11-01')).toThrow(RangeError);
  });
});
