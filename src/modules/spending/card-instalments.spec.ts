import Decimal from 'decimal.js';
import { instalmentStatus, statementInstalments } from './card-instalments';

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

describe('statementInstalments: what instalment purchases put on one statement', () => {
  // 570,400원 over 6 months bought 2026-10-01: 95,066 × 6 = 570,396, the 4 won left go on the first (95,070);
  // the first is on November's statement (it bills October's use), the sixth on April 2027's.
  const flight = { amount: '570400', months: 6, purchasedOn: '2026-10-01', merchant: '대한항공' };
  const tv = { amount: '1000000', months: 3, purchasedOn: '2026-08-20', merchant: '가전마트' };
  it('bills the k-th instalment on the statement k months after the purchase month', () => {
    const nov = statementInstalments([flight, tv], '2026-11');
    expect(nov.portions).toEqual([
      { merchant: '대한항공', purchasedOn: '2026-10-01', number: 1, months: 6, amount: '95070' },
      // 1,000,000 ÷ 3 = 333,333 (the first carried 333,334); November is its third and last.
      { merchant: '가전마트', purchasedOn: '2026-08-20', number: 3, months: 3, amount: '333333' },
    ]);
    expect(nov.portionTotal).toBe('428403');
    // October's use holds the flight in full: a bill read as October's spending over-counts it.
    expect(nov.deferredTotal).toBe('570400');
    const dec = statementInstalments([flight, tv], '2026-12');
    expect(dec.portions).toEqual([
      { merchant: '대한항공', purchasedOn: '2026-10-01', number: 2, months: 6, amount: '95066' },
    ]);
    expect(dec.deferredTotal).toBe('0');
    expect(statementInstalments([flight], '2027-04').portions[0]).toMatchObject({
      number: 6,
      amount: '95066',
    });
    expect(statementInstalments([flight], '2027-05').portions).toEqual([]);
    // Bought this month: on next month's statement, not this one's.
    expect(statementInstalments([flight], '2026-10')).toEqual({
      month: '2026-10',
      portions: [],
      portionTotal: '0',
      deferredTotal: '0',
    });
  });
  it('adds up to the purchase over its months', () => {
    const months = ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'];
    const sum = months.reduce((a, m) => a + Number(statementInstalments([flight], m).portionTotal), 0);
    expect(sum).toBe(570400);
  });
});
