import { DecimalKrw, money } from './money';

// money() skips decimal.js for canonical whole-won strings (stored amounts): the result must be exactly what the
// decimal path prints, and anything else still goes through it.
describe('money', () => {
  const viaDecimal = (v: string) => new DecimalKrw(v).toFixed(0);

  it('returns canonical whole-won strings as they are, equal to the decimal path', () => {
    for (const v of ['0', '1', '1432245', '-5', '999999999999999999', '300000000']) {
      expect(money(v)).toEqual({ amount: viaDecimal(v), currency: 'KRW' });
    }
  });

  it('normalises everything else through decimal.js (truncating to whole won)', () => {
    expect(money('007')).toEqual({ amount: '7', currency: 'KRW' });
    expect(money('-0')).toEqual({ amount: '0', currency: 'KRW' });
    expect(money('1432245.99')).toEqual({ amount: '1432245', currency: 'KRW' });
    expect(money('1e3')).toEqual({ amount: '1000', currency: 'KRW' });
    expect(money(12.5)).toEqual({ amount: '12', currency: 'KRW' });
    expect(money('12', 'USD')).toEqual({ amount: '12.00', currency: 'USD' });
  });
});
