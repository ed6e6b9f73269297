import { amountNear } from './tools';

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
