import { duplicatePairs, DUPLICATE_WINDOW_HOURS } from './tools';

// "I was charged twice": which card rows read as one purchase charged twice.

const at = (iso: string) => new Date(`${iso}+09:00`);
const row = (id: string, merchantName: string, amount: string, occurredAt: string, kind = 'PURCHASE') => ({
  id,
  merchantName,
  amount,
  occurredAt: at(occurredAt),
  kind,
});

describe('duplicatePairs', () => {
  it('pairs two equal charges at one merchant within the window, newest pair first', () => {
    const rows = [
      row('1', '스타벅스 강남점', '5600', '2026-11-02T09:00:00'),
      row('2', '스타벅스강남점', '5600', '2026-11-02T09:01:00'),
      row('3', 'CU', '14300', '2026-11-10T20:00:00'),
      row('4', 'CU', '14300', '2026-11-12T19:59:00'),
    ];
    expect(duplicatePairs(rows).map((p) => [p.first.id, p.second.id])).toEqual([
      ['3', '4'],
      ['1', '2'],
    ]);
  });

  it(`does not pair charges further apart than ${DUPLICATE_WINDOW_HOURS} hours, of other amounts or merchants`, () => {
    const rows = [
      row('1', 'CU', '14300', '2026-11-10T20:00:00'),
      row('2', 'CU', '14300', '2026-11-13T20:00:01'),
      row('3', 'GS25', '14300', '2026-11-10T20:05:00'),
      row('4', 'CU', '14400', '2026-11-10T20:06:00'),
    ];
    expect(duplicatePairs(rows)).toEqual([]);
  });

  it('leaves out a pair a refund of the amount at the merchant has put right, and uses each charge once', () => {
    const refunded = [
      row('1', '쿠팡', '34500', '2026-11-07T10:00:00'),
      row('2', '쿠팡', '34500', '2026-11-07T10:00:30'),
      row('3', '쿠팡', '-34500', '2026-11-08T09:00:00', 'REFUND'),
    ];
    expect(duplicatePairs(refunded)).toEqual([]);
    const three = [
      row('1', '교촌치킨', '11000', '2026-11-18T19:00:00'),
      row('2', '교촌치킨', '11000', '2026-11-18T19:00:10'),
      row('3', '교촌치킨', '11000', '2026-11-18T19:00:20'),
    ];
    expect(duplicatePairs(three).map((p) => [p.first.id, p.second.id])).toEqual([['1', '2']]);
  });
});
