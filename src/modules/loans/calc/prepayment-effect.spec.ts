import { LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { prepaymentEffect } from './prepayment-effect';

// Reference: the level (annuity) payment P = B·r / (1 − (1 + r)^−n), r = 4 % ÷ 12 — 100,000,000 over 360 months
// is 477,415.35 (the figure every Korean mortgage calculator prints as 477,415원, 원 미만 절사), and 50,000,000 over
// the same 360 months is exactly half, 238,707.68 → 238,707원. Fee: the 2025-reform rate for a variable-rate
// mortgage (0.5 %, KR-BANK-PREPAYMENT-FEE-2025-01-13) × amount × remaining days ÷ the 1,095-day window.
const current = {
  balance: '100000000',
  annualRate: '0.04',
  remainingMonths: 360,
  method: RepaymentMethod.LEVEL_PAYMENT,
  disbursedOn: '2026-01-10',
  kind: LoanKind.MORTGAGE,
  rateType: RateType.VARIABLE,
};

describe('prepaymentEffect', () => {
  it('re-amortises the smaller balance over the same term: 477,415 → 238,707 for half of 100 M at 4 %', () => {
    const e = prepaymentEffect({ current, amount: '50000000', asOf: '2026-11-22' });
    expect(e.paymentBefore).toBe('477415');
    expect(e.paymentAfter).toBe('238707');
    expect(e.monthlySaving).toBe('238708');
    expect(e.balanceAfter).toBe('50000000');
    // Interest left roughly halves too (72 M of interest over 30 years on 100 M at 4 %).
    expect(Number(e.interestBefore)).toBeGreaterThan(71_800_000);
    expect(Number(e.interestBefore)).toBeLessThan(71_900_000);
    expect(Math.abs(Number(e.interestSaved) - Number(e.interestBefore) / 2)).toBeLessThan(1_000);
  });

  it('charges the dated prepayment fee on the amount and nets it off', () => {
    const e = prepaymentEffect({ current, amount: '10000000', asOf: '2026-11-22' });
    // 316 days elapsed of 1,095: 10,000,000 × 0.005 × 779 ÷ 1,095 = 35,570.77 → 35,570원.
    const fee = e.prepaymentFee;
    expect(fee.feeRate).toBe('0.005');
    expect(fee.fee).toBe('35570');
    expect(fee.daysElapsed).toBe(316);
    expect(fee.remainingDays).toBe(1095 - 316);
    const expected = Math.floor((10_000_000 * Number(fee.feeRate) * fee.remainingDays) / 1095);
    expect(Number(fee.fee)).toBe(expected);
    expect(Number(e.netSaving)).toBe(Number(e.interestSaved) - expected);
  });

  it('refuses the whole balance (a payoff) and a zero amount with field-named errors', () => {
    expect(() => prepaymentEffect({ current, amount: '100000000', asOf: '2026-11-22' })).toThrow(/payoff/);
    expect(() => prepaymentEffect({ current, amount: '0', asOf: '2026-11-22' })).toThrow();
  });
});
