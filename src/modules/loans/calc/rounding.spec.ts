import { DEFAULT_KRW_ROUNDING, roundMoney } from '../../../common/money';

// roundMoney lives in common/money.ts; the loan calculators are its first users, so its cases live here.
describe('roundMoney — the one KRW rounding rule', () => {
  it('defaults to whole won, truncated (원 미만 절사)', () => {
    expect(DEFAULT_KRW_ROUNDING).toEqual({ unit: 1, mode: 'TRUNCATE' });
    expect(roundMoney('55136.999').toFixed(0)).toBe('55136');
    expect(roundMoney('-0.5').toFixed(0)).toBe('0'); // toward zero
  });

  it('rounds to 1, 10 or 100 won in each mode', () => {
    const table: [string, 1 | 10 | 100, 'TRUNCATE' | 'ROUND_HALF_UP' | 'CEIL', string][] = [
      ['1234.5', 1, 'TRUNCATE', '1234'],
      ['1234.5', 1, 'ROUND_HALF_UP', '1235'],
      ['1234.4', 1, 'ROUND_HALF_UP', '1234'],
      ['1234.01', 1, 'CEIL', '1235'],
      ['1234', 1, 'CEIL', '1234'],
      ['1235', 10, 'TRUNCATE', '1230'],
      ['1235', 10, 'ROUND_HALF_UP', '1240'],
      ['1234.9', 10, 'ROUND_HALF_UP', '1230'],
      ['1201', 100, 'CEIL', '1300'],
      ['1250', 100, 'ROUND_HALF_UP', '1300'],
      ['1299.99', 100, 'TRUNCATE', '1200'],
    ];
    for (const [value, unit, mode, expected] of table) {
      expect([value, unit, mode, roundMoney(value, { unit, mode }).toFixed(0)]).toEqual([
        value,
        unit,
        mode,
        expected,
      ]);
    }
  });

  it('refuses units and modes it does not know', () => {
    expect(() => roundMoney('1', { unit: 5 as 10, mode: 'TRUNCATE' })).toThrow(RangeError);
    expect(() => roundMoney('1', { unit: 1, mode: 'BANKERS' as 'CEIL' })).toThrow(RangeError);
  });
});
