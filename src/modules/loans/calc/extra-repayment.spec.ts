import { LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { extraRepaymentEffect } from './extra-repayment';

// References, computed here in floating point from the published annuity formulas (not from the code under test):
// - the level payment P = B·i / (1 − (1 + i)^−n), i = annual ÷ 12: 100,000,000 at 4 % over 360 months is
//   477,415.35 → 477,415원 (every Korean mortgage calculator's figure, 원 미만 절사);
// - the number of payments of A that repay B (Excel's NPER): N = −ln(1 − i·B / A) ÷ ln(1 + i), rounded up;
// - the balance after m payments of A: B·(1 + i)^m − A·((1 + i)^m − 1) ÷ i, so the interest paid in all is
//   A·(N − 1) + the last payment (the balance after N − 1 payments plus its month's interest) − B.
// Interest is truncated to the won each month, so the figures may fall short of the exact ones by < 1 won a month.
const base = {
  balance: '100000000',
  annualRate: '0.04',
  remainingMonths: 360,
  method: RepaymentMethod.LEVEL_PAYMENT,
  disbursedOn: '2020-01-10',
  kind: LoanKind.MORTGAGE,
  rateType: RateType.VARIABLE,
};

function annuity(B: number, annual: number, A: number) {
  const i = annual / 12;
  const N = Math.ceil(-Math.log(1 - (i * B) / A) / Math.log(1 + i));
  const balanceAfter = (m: number) => B * (1 + i) ** m - (A * ((1 + i) ** m - 1)) / i;
  const last = balanceAfter(N - 1) * (1 + i);
  return { N, interest: A * (N - 1) + last - B, last };
}

describe('extraRepaymentEffect', () => {
  it('level payment: 477,415 + 500,000 a month repays 100 M at 4 % in NPER months, with the annuity interest', () => {
    const e = extraRepaymentEffect({ current: base, monthlyExtra: '500000', asOf: '2026-11-22' });
    expect(e.paymentBefore).toBe('477415');
    expect(e.paymentWithExtra).toBe('977415');
    const ref = annuity(100_000_000, 0.04, 977_415);
    expect(e.monthsAfter).toBe(ref.N);
    expect(e.monthsBefore).toBe(360);
    expect(e.monthsSaved).toBe(360 - ref.N);
    expect(e.lastDueDateBefore).toBe('2056-11-22');
    expect(e.lastDueDateAfter).toBe(new Date(Date.UTC(2026, 10 + ref.N, 22)).toISOString().slice(0, 10));
    expect(Number(e.interestAfter)).toBeLessThanOrEqual(Math.ceil(ref.interest));
    expect(Number(e.interestAfter)).toBeGreaterThan(ref.interest - ref.N);
    // Without the extras: 477,415 × 360 − 100 M ≈ 71.87 M of interest.
    const none = annuity(100_000_000, 0.04, 477_415.35);
    expect(Math.abs(Number(e.interestBefore) - none.interest)).toBeLessThan(360 + 360 * 0.35);
    expect(Number(e.interestSaved)).toBe(Number(e.interestBefore) - Number(e.interestAfter));
    // The extras and the scheduled principal repay the balance exactly.
    expect(Number(e.extraTotal)).toBeLessThanOrEqual(500_000 * ref.N);
    expect(Math.abs(Number(e.lastPaymentAfter) - ref.last)).toBeLessThan(ref.N);
    // Disbursed 2020: the fee window (3 years) has passed.
    expect(e.prepaymentFees).toBe('0');
    expect(e.netSaving).toBe(e.interestSaved);
  });

  it('bullet: interest only on a balance falling by the extra each month; the rest at maturity', () => {
    // 169,000,000 at 3.77 % with 16 instalments left, 500,000 extra a month: interest of month k is on
    // 169,000,000 − 500,000·(k − 1); the 15 extras come off the sum due at maturity.
    const current = {
      ...base,
      balance: '169000000',
      annualRate: '0.0377',
      remainingMonths: 16,
      method: RepaymentMethod.BULLET,
      kind: LoanKind.JEONSE,
    };
    const e = extraRepaymentEffect({ current, monthlyExtra: '500000', asOf: '2026-11-27' });
    expect(e.paymentBefore).toBe('530941'); // 169,000,000 × 0.0377 ÷ 12 = 530,941.67
    expect(e.paymentWithExtra).toBe(String(530_941 + 500_000));
    expect(e.monthsAfter).toBe(16);
    expect(e.monthsSaved).toBe(0);
    expect(e.lastDueDateAfter).toBe('2028-03-27');
    const exact = (0.0377 / 12) * (16 * 169_000_000 - 500_000 * 120);
    expect(Number(e.interestAfter)).toBeLessThanOrEqual(Math.ceil(exact));
    expect(Number(e.interestAfter)).toBeGreaterThan(exact - 16);
    expect(e.extraTotal).toBe(String(15 * 500_000));
    expect(Number(e.lastPaymentAfter) - 161_500_000).toBeGreaterThan(0); // 169 M − 7.5 M + the last interest
    expect(Number(e.lastPaymentAfter) - 161_500_000).toBeLessThan(600_000);
    expect(e.prepaymentFees).toBe('0'); // no fee rate configured for jeonse loans
  });

  it("falls on the loan's own due dates when its paid instalments are given", () => {
    // Disbursed 2024-03-19 over 48 months, 32 paid: the next due 2026-12-19, the maturity 2028-03-19.
    const current = {
      ...base,
      balance: '169000000',
      annualRate: '0.0377',
      remainingMonths: 16,
      method: RepaymentMethod.BULLET,
      disbursedOn: '2024-03-19',
      kind: LoanKind.JEONSE,
    };
    const e = extraRepaymentEffect({
      current,
      monthlyExtra: '500000',
      asOf: '2026-11-27',
      paidInstallments: 32,
    });
    expect(e.lastDueDateBefore).toBe('2028-03-19');
    expect(e.lastDueDateAfter).toBe('2028-03-19');
    // Monthly convention: the same figures as from asOf.
    const fromToday = extraRepaymentEffect({ current, monthlyExtra: '500000', asOf: '2026-11-27' });
    expect(e.interestAfter).toBe(fromToday.interestAfter);
    expect(e.lastPaymentAfter).toBe(fromToday.lastPaymentAfter);
    expect(() =>
      extraRepaymentEffect({ current, monthlyExtra: '500000', asOf: '2026-11-27', paidInstallments: -1 }),
    ).toThrow(/paidInstallments/);
  });

  it('bullet: extras reaching the balance end the loan before maturity', () => {
    const current = { ...base, balance: '3000000', remainingMonths: 12, method: RepaymentMethod.BULLET };
    const e = extraRepaymentEffect({ current, monthlyExtra: '1000000', asOf: '2026-11-27' });
    expect(e.monthsAfter).toBe(3);
    expect(e.monthsSaved).toBe(9);
    expect(e.lastDueDateAfter).toBe('2027-02-27');
    expect(e.extraTotal).toBe('3000000');
  });

  it('equal principal: the principal part plus the extra; ends after ⌈B ÷ (p + x)⌉ months', () => {
    const current = {
      ...base,
      balance: '120000000',
      remainingMonths: 120,
      method: RepaymentMethod.EQUAL_PRINCIPAL,
    };
    const e = extraRepaymentEffect({ current, monthlyExtra: '1000000', asOf: '2026-11-27' });
    // p = 1,000,000; 2,000,000 a month of principal: 60 months.
    expect(e.monthsAfter).toBe(60);
    // Interest: i × (120 M + 118 M + … + 2 M) = 0.04/12 × 2 M × (1 + … + 60) = 12,200,000.
    expect(Number(e.interestAfter)).toBeLessThanOrEqual(12_200_000);
    expect(Number(e.interestAfter)).toBeGreaterThan(12_200_000 - 60);
    // Without: 0.04/12 × 1 M × (1 + … + 120) = 24,200,000.
    expect(Number(e.interestBefore)).toBeGreaterThan(24_200_000 - 120);
    expect(Number(e.interestBefore)).toBeLessThanOrEqual(24_200_000);
  });

  it('charges each extra the dated prepayment fee on its due date', () => {
    // Disbursed 2026-01-10, variable-rate mortgage: 0.5 % × extra × remaining days of the 1,095-day window.
    const current = { ...base, disbursedOn: '2026-01-10' };
    const e = extraRepaymentEffect({ current, monthlyExtra: '1000000', asOf: '2026-11-22' });
    let expected = 0;
    for (let k = 1; k <= e.monthsAfter; k++) {
      const due = new Date(Date.UTC(2026, 10 + k, 22));
      const elapsed = Math.round((due.getTime() - Date.UTC(2026, 0, 10)) / 86_400_000);
      const left = Math.max(0, 1095 - elapsed);
      expected += Math.floor((1_000_000 * 0.005 * left) / 1095);
    }
    expect(Number(e.prepaymentFees)).toBe(expected);
    expect(Number(e.netSaving)).toBe(Number(e.interestSaved) - expected);
  });

  it('reads a monthly payment in all as the instalment plus the extra', () => {
    const e = extraRepaymentEffect({ current: base, monthlyPayment: '977415', asOf: '2026-11-22' });
    expect(e.monthlyExtra).toBe('500000');
    expect(e.monthsAfter).toBe(annuity(100_000_000, 0.04, 977_415).N);
    expect(() =>
      extraRepaymentEffect({ current: base, monthlyPayment: '477415', asOf: '2026-11-22' }),
    ).toThrow(/monthlyPayment.*not more than the instalment due now \(477415 won\)/);
    expect(() =>
      extraRepaymentEffect({
        current: base,
        monthlyExtra: '1',
        monthlyPayment: '977415',
        asOf: '2026-11-22',
      }),
    ).toThrow(/not both/);
  });

  it('refuses an extra of the whole balance and a zero extra, naming the field', () => {
    expect(() =>
      extraRepaymentEffect({ current: base, monthlyExtra: '100000000', asOf: '2026-11-22' }),
    ).toThrow(/payoff/);
    expect(() => extraRepaymentEffect({ current: base, monthlyExtra: '0', asOf: '2026-11-22' })).toThrow(
      /monthlyExtra/,
    );
  });
});
