import { toDecimal } from '../../../common/money';
import { LoanKind, RepaymentMethod } from '../loan.enums';
import { annualDebtService, annuityPresentValue, cardDebtService, levelPaymentFactor } from './debt-service';
import { RULE_SETS } from './rule-sets';
import { DebtServiceBasis } from './types';

const rules = RULE_SETS[RULE_SETS.length - 1].debtService;
const d = toDecimal;

function ds(kind: LoanKind, method: RepaymentMethod, balance: string, rate: string, months: number | null) {
  const r = annualDebtService(
    { kind, method, balance: d(balance), annualRate: d(rate), remainingMonths: months },
    rules,
  );
  return {
    basis: r.basis,
    principal: r.principal.toDecimalPlaces(0, 1).toFixed(0),
    total: r.principal.plus(r.interest).toDecimalPlaces(0, 1).toFixed(0),
  };
}

describe('annuity math', () => {
  it('gives the present value of 600 level payments (reference: ₩20,000,000 a year of debt service)', () => {
    // 20,000,000 ÷ 12 a month over 50 years. Exact values 397,402,798.3978… and 340,243,353.6262….
    const payment = d(20_000_000).div(12);
    expect(annuityPresentValue(payment, d('0.045').div(12), 600).toFixed(4)).toBe('397402798.3978');
    expect(annuityPresentValue(payment, d('0.055').div(12), 600).toFixed(4)).toBe('340243353.6262');
  });

  it('handles a zero rate and rejects a zero term', () => {
    expect(levelPaymentFactor(d(0), 4).toFixed(2)).toBe('0.25');
    expect(() => levelPaymentFactor(d('0.01'), 0)).toThrow(RangeError);
  });

  it('matches the textbook payment: ₩12,000,000 over 12 months at 12 % → ₩1,066,185.46 a month', () => {
    expect(
      d(12_000_000)
        .times(levelPaymentFactor(d('0.01'), 12))
        .toFixed(2),
    ).toBe('1066185.46');
  });
});

describe('annual debt service of existing loans (hand-checked)', () => {
  it('bullet credit loan: ₩30,000,000 at 6 % → 30,000,000 ÷ 5 y + 30,000,000 × 6 % = 6,000,000 + 1,800,000', () => {
    expect(ds(LoanKind.CREDIT, RepaymentMethod.BULLET, '30000000', '0.06', null)).toEqual({
      basis: DebtServiceBasis.DEEMED_MATURITY,
      principal: '6000000',
      total: '7800000',
    });
  });

  it('overdraft: deemed 5-year maturity whatever the method', () => {
    expect(ds(LoanKind.OVERDRAFT, RepaymentMethod.LEVEL_PAYMENT, '10000000', '0.07', 12).total).toBe(
      '2700000',
    );
  });

  it('amortising credit loan uses its real schedule, not the deemed maturity', () => {
    // ₩12,000,000 over 12 months at 12 %: 12 × 1,066,185.4697… = 12,794,225.56…
    expect(ds(LoanKind.CREDIT, RepaymentMethod.LEVEL_PAYMENT, '12000000', '0.12', 12)).toEqual({
      basis: DebtServiceBasis.SCHEDULE,
      principal: '12000000',
      total: '12794225',
    });
  });

  it('level payment longer than a year counts 12 payments, split into principal and interest', () => {
    // ₩100,000,000, 360 months, 4.8 %: payment 524,665.354…; 12 payments = 6,295,984.25…, of which principal
    // B − B((1+i)^360 − (1+i)^12)/((1+i)^360 − 1) = 1,529,338.70… (computed independently).
    expect(ds(LoanKind.MORTGAGE, RepaymentMethod.LEVEL_PAYMENT, '100000000', '0.048', 360)).toEqual({
      basis: DebtServiceBasis.SCHEDULE,
      principal: '1529338',
      total: '6295984',
    });
  });

  it('equal principal: ₩120,000,000 over 120 months at 6 % → 12,000,000 + 6,870,000', () => {
    // interest: Σ_{k=1..12} (120,000,000 − (k−1)·1,000,000) × 0.5 % = 7,200,000 − 5,000 × 66
    expect(ds(LoanKind.MORTGAGE, RepaymentMethod.EQUAL_PRINCIPAL, '120000000', '0.06', 120)).toEqual({
      basis: DebtServiceBasis.SCHEDULE,
      principal: '12000000',
      total: '18870000',
    });
  });

  it('equal principal with fewer than 12 months left repays the whole balance', () => {
    // 6 months of ₩6,000,000 at 12 %: principal 6,000,000; interest 1 % × (6+5+4+3+2+1) × 1,000,000
    expect(ds(LoanKind.AUTO, RepaymentMethod.EQUAL_PRINCIPAL, '6000000', '0.12', 6).total).toBe('6210000');
  });

  it('jeonse loans count interest only', () => {
    expect(ds(LoanKind.JEONSE, RepaymentMethod.BULLET, '200000000', '0.04', 24)).toEqual({
      basis: DebtServiceBasis.INTEREST_ONLY,
      principal: '0',
      total: '8000000',
    });
  });

  it('other bullet loans spread the balance over the remaining term, between 12 and 120 months', () => {
    expect(ds(LoanKind.MORTGAGE, RepaymentMethod.BULLET, '120000000', '0.04', 36).total).toBe('44800000');
    expect(ds(LoanKind.MORTGAGE, RepaymentMethod.BULLET, '120000000', '0.04', 240).total).toBe('16800000');
    // 6 months left: the whole balance plus 6 months of interest.
    expect(ds(LoanKind.AUTO, RepaymentMethod.BULLET, '10000000', '0.06', 6).total).toBe('10300000');
  });

  it('needs remaining months for a schedule', () => {
    expect(() => ds(LoanKind.MORTGAGE, RepaymentMethod.LEVEL_PAYMENT, '1', '0.04', null)).toThrow(RangeError);
  });

  it('a zero balance costs nothing', () => {
    expect(ds(LoanKind.MORTGAGE, RepaymentMethod.LEVEL_PAYMENT, '0', '0.04', 12).total).toBe('0');
  });
});

describe('card debt', () => {
  it('is a credit-type balance over 60 months plus a year of interest: ₩3,000,000 at 17 % → 600,000 + 510,000', () => {
    const r = cardDebtService(d(3_000_000), d('0.17'), rules);
    expect(r.principal.plus(r.interest).toFixed(0)).toBe('1110000');
  });

  it('is excluded when the rule set says so', () => {
    const r = cardDebtService(d(3_000_000), d('0.17'), {
      ...rules,
      cardDebt: { ...rules.cardDebt, included: false },
    });
    expect(r.basis).toBe(DebtServiceBasis.EXCLUDED);
    expect(r.principal.plus(r.interest).toFixed(0)).toBe('0');
  });
});
