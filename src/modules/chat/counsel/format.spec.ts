import { groupDigits } from '../../../common/money';
import { formatKrw, formatPercent, formatRate } from './format';

describe('KRW and percentage formatting', () => {
  it('writes exact whole won with separators', () => {
    expect(formatKrw('1234567')).toBe('1,234,567원');
    expect(formatKrw('1234567', 'en')).toBe('₩1,234,567');
    expect(formatKrw(0)).toBe('0원');
    expect(formatKrw('999')).toBe('999원');
    expect(formatKrw('1000')).toBe('1,000원');
    // Half-up to the won; far beyond float precision stays exact.
    expect(formatKrw('1234567.5')).toBe('1,234,568원');
    expect(formatKrw('1234567.49')).toBe('1,234,567원');
    expect(formatKrw('-1109928')).toBe('-1,109,928원');
    expect(formatKrw('12345678901234567890')).toBe('12,345,678,901,234,567,890원');
  });

  it('groups digits of decimals and writes ratios as percentages', () => {
    expect(groupDigits('4542.13')).toBe('4,542.13');
    expect(groupDigits('-0')).toBe('0');
    expect(formatPercent(0.4123)).toBe('41.2%');
    expect(formatPercent('0.570802', 1)).toBe('57.1%');
    expect(formatPercent(0.7, 0)).toBe('70%');
    expect(formatPercent(null)).toBe('—');
    expect(formatRate('0.0520')).toBe('5.2%');
    expect(formatRate('0.069')).toBe('6.9%');
  });
});
