import { merchantMatch } from '../../spending';
import { amountNear, nearestInAmount, tripOf } from './tools';

// A charge quoted by its amount ("메리어트 73만원", "it was like 735k"): exactly, or within a round figure's rounding.
describe('amountNear', () => {
  it('takes a round figure as the charges it rounds or cuts to', () => {
    expect(amountNear('735100', '730000', false)).toBe(true); // "73만원": 725,000–739,999
    expect(amountNear('-735100', '730000', false)).toBe(true); // its refund too
    expect(amountNear('724999', '730000', false)).toBe(false);
    expect(amountNear('740000', '730000', false)).toBe(false);
    expect(amountNear('735100', '735000', false)).toBe(true); // "735k": 734,500–735,999
    expect(amountNear('736000', '735000', false)).toBe(false);
    // At most a tenth of the figure: "100만원" is 950,000–1,099,999.
    expect(amountNear('1099999', '1000000', false)).toBe(true);
    expect(amountNear('1500000', '1000000', false)).toBe(false);
    expect(amountNear('949999', '1000000', false)).toBe(false);
  });

  it('takes a figure with fewer than three trailing zeros, or any figure a charge equals, exactly', () => {
    expect(amountNear('68500', '68500', false)).toBe(true);
    expect(amountNear('68600', '68500', false)).toBe(false);
    expect(amountNear('735100', '730000', true)).toBe(false);
    expect(amountNear('730000', '730000', true)).toBe(true);
  });
});

// QA round 25 (left25c). A charge asked about: the nearest when none is of that amount, and the trip it was paid in.
describe('nearestInAmount and tripOf', () => {
  const row = (
    merchantName: string,
    amount: string,
    at: string,
    locality = 'OVERSEAS',
    channel = 'OFFLINE',
  ) => ({
    merchantName,
    amount,
    occurredAt: new Date(at),
    locality,
    channel,
    kind: 'PURCHASE',
  });
  const rows = [
    row('DUTY FREE', '33700', '2026-10-17T06:57:35Z'),
    row('DUTY FREE', '427600', '2026-10-13T10:00:15Z'),
    row('MARRIOTT', '735100', '2026-10-12T14:29:15Z'),
    row('AMAZON.COM', '19700', '2026-10-20T12:35:43Z', 'OVERSEAS', 'ONLINE'),
    row('이마트', '450000', '2026-10-14T01:00:00Z', 'DOMESTIC'),
    row('STARBUCKS', '5000', '2026-09-03T01:00:00Z'),
  ];
  it('"면세점 46만원": the merchant’s nearest first; no merchant, all purchases', () => {
    expect(nearestInAmount(rows, merchantMatch('면세점'), '460000').map((r) => r.amount)).toEqual([
      '427600',
      '33700',
    ]);
    expect(nearestInAmount(rows, undefined, '460000').map((r) => r.amount)).toEqual([
      '450000',
      '427600',
      '735100',
    ]);
  });
  it('a trip is the month’s purchases abroad in person (KST); none for one at home or online', () => {
    expect(tripOf(rows, rows[1])).toEqual({
      from: '2026-10-12',
      through: '2026-10-17',
      count: 3,
      total: '1196400',
    });
    expect(tripOf(rows, rows[3])).toBeUndefined();
    expect(tripOf(rows, rows[4])).toBeUndefined();
  });
});
