import { LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { KR_BANK_PREPAYMENT_FEES_2025_REFORM, KR_BANK_PREPAYMENT_FEES_PRE_2025 } from './prepayment-fee';
import { compareRefinance, CurrentLoanInput, RefinanceInput } from './refinance';

// A bullet mortgage keeps the arithmetic by hand: interest is balance × rate ÷ 12 every month.
const bulletMortgage: CurrentLoanInput = {
  balance: '120000000',
  annualRate: '0.06',
  remainingMonths: 24,
  method: RepaymentMethod.BULLET,
  disbursedOn: '2024-03-01',
  kind: LoanKind.MORTGAGE,
  rateType: RateType.FIXED,
};

describe('compareRefinance — bullet mortgage, hand-checked', () => {
  const input: RefinanceInput = {
    current: bulletMortgage,
    switchOffer: { annualRate: '0.048', termMonths: 24, fees: '500000' },
    stayOffer: { annualRate: '0.054' },
    asOf: '2025-03-01',
  };

  it('one year in, the prepayment fee makes staying at a smaller cut the better deal', () => {
    // current: 120,000,000 × 6 % ÷ 12 = 600,000 a month; 24 months → 14,400,000 interest
    // switch:  120,000,000 × 4.8 % ÷ 12 = 480,000 → saving 120,000 a month
    //   prepayment fee (pre-reform, fixed 1.4 %): 2024-03-01 → 2025-03-01 = 365 days, 730 left
    //   120,000,000 × 1.4 % × 730 ÷ 1,095 = 1,680,000 × 2/3 = 1,120,000; + fees 500,000 = 1,620,000
    //   break-even: 120,000 × m ≥ 1,620,000 → m ≥ 13.5 → month 14
    //   lifetime: 24 × 120,000 − 1,620,000 = 1,260,000
    // stay:    5.4 % → 540,000 → saving 60,000; no cost → break-even month 1; lifetime 24 × 60,000 = 1,440,000
    const result = compareRefinance(input);
    expect(result.current).toEqual({
      payment: '600000',
      totalPayments: '134400000',
      totalInterest: '14400000',
      remainingMonths: 24,
    });
    expect(result.switchLender).toEqual({
      choice: 'SWITCH_LENDER',
      annualRate: '0.048',
      termMonths: 24,
      method: RepaymentMethod.BULLET,
      newPayment: '480000',
      monthlySaving: '120000',
      upfrontFees: '500000',
      prepaymentFee: {
        ruleSetId: KR_BANK_PREPAYMENT_FEES_PRE_2025.id,
        status: 'WITHIN_WINDOW',
        feeRate: '0.014',
        windowDays: 1095,
        daysElapsed: 365,
        remainingDays: 730,
        fee: '1120000',
      },
      totalCost: '1620000',
      breakEvenMonth: 14,
      totalPayments: '131520000',
      totalInterest: '11520000',
      lifetimeSaving: '1260000',
    });
    expect(result.stayReducedRate).toMatchObject({
      choice: 'STAY_REDUCED_RATE',
      newPayment: '540000',
      monthlySaving: '60000',
      prepaymentFee: null,
      totalCost: '0',
      breakEvenMonth: 1,
      lifetimeSaving: '1440000',
    });
    expect(result.best).toBe('STAY_REDUCED_RATE');
  });

  it('after the 3-year window the fee is gone and switching wins', () => {
    // 2024-03-01 + 1,095 days = 2027-03-01: fee 0. Cost 500,000 → break-even 120,000 × 5 ≥ 500,000 → month 5
    // lifetime 2,880,000 − 500,000 = 2,380,000 > 1,440,000
    const result = compareRefinance({ ...input, asOf: '2027-03-01' });
    expect(result.switchLender.prepaymentFee).toMatchObject({ status: 'WINDOW_ELAPSED', fee: '0' });
    expect(result.switchLender).toMatchObject({
      totalCost: '500000',
      breakEvenMonth: 5,
      lifetimeSaving: '2380000',
    });
    expect(result.best).toBe('SWITCH_LENDER');
  });

  it('keeps the current loan when no option saves money', () => {
    // 5.9 %: saving 10,000 a month × 24 = 240,000 < 1,620,000; cumulative never reaches the cost → null
    const result = compareRefinance({
      ...input,
      switchOffer: { annualRate: '0.059', termMonths: 24, fees: '500000' },
      stayOffer: undefined,
    });
    expect(result.switchLender).toMatchObject({
      monthlySaving: '10000',
      breakEvenMonth: null,
      lifetimeSaving: '-1380000',
    });
    expect(result.stayReducedRate).toBeNull();
    expect(result.best).toBe('KEEP_CURRENT');
  });

  it('a tie goes to staying (no new lender, no paperwork)', () => {
    // switch 4.8 % with costs 1,620,000 saves 1,260,000; staying at 5.475 % saves 52,500 × 24 = 1,260,000
    const result = compareRefinance({ ...input, stayOffer: { annualRate: '0.05475' } });
    expect(result.stayReducedRate?.lifetimeSaving).toBe('1260000');
    expect(result.best).toBe('STAY_REDUCED_RATE');
  });
});

describe('compareRefinance — level-payment credit loan after the reform', () => {
  it('a short loan cannot earn back its costs by switching; a cheap re-loan can', () => {
    // current: 12,000,000 at 6 % over 12 months → 1,032,797 a month, 393,561 interest (see amortization.spec)
    // prepayment fee (reform, variable credit 0.11 %): 2025-02-01 → 2025-05-12 = 100 days, 995 left
    //   12,000,000 × 0.11 % × 995 ÷ 1,095 = 13,200 × 0.908675… = 11,994.52 → 11,994
    // switch 4.8 %: 1.004^12 = 1.049070207535; 48,000 × 1.04907… ÷ 0.04907… = 1,026,190.28 → 1,026,190
    //   saving 6,607 a month; costs 100,000 + 11,994 = 111,994 — more than the 79,283 interest saved
    //   (393,561 − 314,278), so lifetime −32,711 and no break-even.
    // stay 5.4 % with a 20,000 fee: 1.0045^12 = 1.055356751950 → 1,029,490.76 → 1,029,490; saving 3,307;
    //   break-even 3,307 × 7 = 23,149 ≥ 20,000 (6 × 3,307 = 19,842 is not); lifetime 393,561 − 353,884 − 20,000
    const result = compareRefinance({
      current: {
        balance: '12000000',
        annualRate: '0.06',
        remainingMonths: 12,
        method: RepaymentMethod.LEVEL_PAYMENT,
        disbursedOn: '2025-02-01',
        kind: LoanKind.CREDIT,
        rateType: RateType.VARIABLE,
      },
      switchOffer: { annualRate: '0.048', termMonths: 12, fees: '100000' },
      stayOffer: { annualRate: '0.054', fee: '20000' },
      asOf: '2025-05-12',
    });
    expect(result.current).toMatchObject({ payment: '1032797', totalInterest: '393561' });
    expect(result.switchLender).toMatchObject({
      newPayment: '1026190',
      monthlySaving: '6607',
      prepaymentFee: { ruleSetId: KR_BANK_PREPAYMENT_FEES_2025_REFORM.id, fee: '11994' },
      totalCost: '111994',
      totalInterest: '314278',
      breakEvenMonth: null,
      lifetimeSaving: '-32711',
    });
    expect(result.stayReducedRate).toMatchObject({
      newPayment: '1029490',
      monthlySaving: '3307',
      totalCost: '20000',
      breakEvenMonth: 7,
      totalInterest: '353884',
      lifetimeSaving: '19677',
    });
    expect(result.best).toBe('STAY_REDUCED_RATE');
  });

  it('a longer new term lowers the payment but counts every extra month in the lifetime figure', () => {
    const result = compareRefinance({
      current: { ...bulletMortgage, method: RepaymentMethod.LEVEL_PAYMENT, disbursedOn: '2020-01-01' },
      switchOffer: { annualRate: '0.05', termMonths: 60, fees: '0' },
      asOf: '2025-03-01',
    });
    expect(result.switchLender.prepaymentFee?.fee).toBe('0');
    expect(Number(result.switchLender.monthlySaving)).toBeGreaterThan(0); // lower payment…
    expect(Number(result.switchLender.lifetimeSaving)).toBeLessThan(0); // …but more interest in total
    expect(result.best).toBe('KEEP_CURRENT');
  });

  it('rejects bad offers naming the field', () => {
    const bad = { current: bulletMortgage, asOf: '2025-03-01' };
    expect(() =>
      compareRefinance({ ...bad, switchOffer: { annualRate: '4.8', termMonths: 24, fees: '0' } }),
    ).toThrow(/switchOffer\.annualRate/);
    expect(() =>
      compareRefinance({
        ...bad,
        switchOffer: { annualRate: '0.048', termMonths: 24, fees: '0' },
        stayOffer: { annualRate: '0.05', termMonths: 0 },
      }),
    ).toThrow(/stayOffer\.termMonths/);
    expect(() =>
      compareRefinance({
        ...bad,
        asOf: '2024-01-01',
        switchOffer: { annualRate: '0.048', termMonths: 24, fees: '0' },
      }),
    ).toThrow(/asOf/);
  });
});

describe('compareRefinance — the prepayment fee follows the rounding rule (MONEY_ROUNDING_*)', () => {
  it('11,994.52 with 100-won half-up rounding is 12,000, as the FULL repayment charges it', () => {
    // Same loan as above: 12,000,000 × 0.11 % × 995 ÷ 1,095 = 11,994.52…
    const result = compareRefinance(
      {
        current: {
          balance: '12000000',
          annualRate: '0.06',
          remainingMonths: 12,
          method: RepaymentMethod.LEVEL_PAYMENT,
          disbursedOn: '2025-02-01',
          kind: LoanKind.CREDIT,
          rateType: RateType.VARIABLE,
        },
        switchOffer: { annualRate: '0.048', termMonths: 12, fees: '100000' },
        asOf: '2025-05-12',
      },
      { rounding: { unit: 100, mode: 'ROUND_HALF_UP' } },
    );
    expect(result.switchLender.prepaymentFee?.fee).toBe('12000');
    expect(result.switchLender.totalCost).toBe('112000');
  });
});
