import { AppError } from '../../../common/errors';
import { assertLegalRate, legalMaxRate } from './legal-rate';

describe('legal maximum rate (이자제한법), dated', () => {
  it('is 20 % from 2021-07-07, 24 % the day before, 25 % before 2018-02-08', () => {
    expect(legalMaxRate('2021-07-07').maxAnnualRate).toBe('0.20');
    expect(legalMaxRate('2026-01-10').maxAnnualRate).toBe('0.20');
    expect(legalMaxRate('2021-07-06').maxAnnualRate).toBe('0.24');
    expect(legalMaxRate('2018-02-08').maxAnnualRate).toBe('0.24');
    expect(legalMaxRate('2018-02-07').maxAnnualRate).toBe('0.25');
  });

  it('refuses 99.9999 % and 20.01 % naming the field; accepts exactly 20 %', () => {
    expect(() => assertLegalRate('annualRate', '0.999999', '2026-01-10')).toThrow(AppError);
    expect(() => assertLegalRate('annualRate', '0.2001', '2026-01-10')).toThrow(/legal maximum of 20 %/);
    expect(() => assertLegalRate('annualRate', '0.20', '2026-01-10')).not.toThrow();
    expect(() => assertLegalRate('annualRate', '0.24', '2021-07-06')).not.toThrow();
  });
});
