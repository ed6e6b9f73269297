import { AppError, ErrorCode } from '../../../common/errors';
import { toDecimal } from '../../../common/money';
import { maxPrincipal } from './engine';
import {
  BindingConstraint,
  DebtServiceBasis,
  LenderType,
  LoanKind,
  LoanLimitSimulation,
  LoanLimitSimulationInput,
  LoanPurpose,
  NewLoanInput,
  RateType,
  Region,
  RepaymentMethod,
  RULE_SETS,
  simulateLoanLimit,
} from './index';

function input(over: Partial<LoanLimitSimulationInput> = {}, newLoan: Partial<NewLoanInput> = {}) {
  const base: LoanLimitSimulationInput = {
    evaluationDate: '2025-11-01',
    annualIncome: '50000000',
    lenderType: LenderType.BANK,
    region: Region.SEOUL,
    newLoan: {
      kind: LoanKind.MORTGAGE,
      termMonths: 600,
      repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
      rateType: RateType.FIXED,
      annualRate: '0.045',
      ...newLoan,
    },
  };
  return { ...base, ...over };
}

function sim(i: LoanLimitSimulationInput): LoanLimitSimulation {
  const r = simulateLoanLimit(i);
  if (r.type !== 'LoanLimitSimulation') throw new Error(`unexpected ${r.type}`);
  return r;
}

function inputError(i: LoanLimitSimulationInput): { field: string; message: string } {
  try {
    simulateLoanLimit(i);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return (e as AppError).details.fields![0];
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('reference values (income ₩50,000,000, 40 % cap, no other debt, 600 level payments, no stress)', () => {
  // Room = ₩20,000,000 a year = ₩1,666,666.67 a month. Exact principals: 397,402,798.398 and 340,243,353.626.
  // We truncate below 1 won (DESIGN §4), so 5.5 % gives ₩340,243,353; the published ≈ ₩340,243,354 is the
  // same figure rounded half-up. Rounding the monthly payment to won first would instead lose ~₩160.
  it('4.5 % → ₩397,402,798', () => {
    const r = sim(input());
    expect(r.maxLoan).toBe('397402798');
    expect(r.dsrCapAmount).toBe('20000000');
    expect(r.dsrRoom).toBe('20000000');
    expect(r.bindingConstraint).toBe(BindingConstraint.DSR);
    expect(r.stress.appliedAddOn).toBe('0');
  });

  it('5.5 % → ₩340,243,353 (≈ 340,243,354 rounded half-up)', () => {
    expect(sim(input({}, { annualRate: '0.055' })).maxLoan).toBe('340243353');
  });

  it('is the same for a variable rate before stress DSR existed', () => {
    const r = sim(input({ evaluationDate: '2024-02-25' }, { rateType: RateType.VARIABLE }));
    expect(r.maxLoan).toBe('397402798');
    expect(r.ruleSet).toEqual({
      id: 'KR-DSR-2022-07',
      effectiveFrom: '2022-07-01',
      title: 'Borrower-level DSR stage 3 (no stress)',
    });
  });

  it('uses the room fully: the loan’s debt service stays within the cap', () => {
    const r = sim(input());
    expect(r.newLoanAnnualDebtService).toBe('19999999');
    expect(r.dsrBefore).toBe('0.000000');
    expect(r.dsrAfter).toBe('0.399999');
  });
});

describe('other hand-checked limits', () => {
  it('non-bank cap 50 %: room ₩25,000,000 → ₩496,753,497', () => {
    const r = sim(input({ lenderType: LenderType.NON_BANK }));
    expect(r.dsrCapRatio).toBe('0.5');
    expect(r.maxLoan).toBe('496753497');
  });

  it('an existing ₩30,000,000 bullet credit loan at 6 % uses ₩7,800,000 of the room → ₩242,415,707', () => {
    const r = sim(
      input({
        existingLoans: [
          {
            id: 'credit',
            kind: LoanKind.CREDIT,
            balance: '30000000',
            annualRate: '0.06',
            repaymentMethod: RepaymentMethod.BULLET,
          },
        ],
      }),
    );
    expect(r.debtService).toEqual([
      {
        sourceId: 'credit',
        kind: LoanKind.CREDIT,
        basis: DebtServiceBasis.DEEMED_MATURITY,
        balance: '30000000',
        principal: '6000000',
        interest: '1800000',
        total: '7800000',
      },
    ]);
    expect(r.existingAnnualDebtService).toBe('7800000');
    expect(r.dsrRoom).toBe('12200000');
    expect(r.dsrBefore).toBe('0.156000');
    expect(r.maxLoan).toBe('242415707'); // 12.2 / 20 × 397,402,798.398 = 242,415,707.02
  });

  it('equal-principal new loan: ₩20,000,000 ÷ (12/360 + 0.375 % × (12 − 66/360)) = ₩257,579,822', () => {
    expect(
      sim(input({}, { termMonths: 360, repaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL })).maxLoan,
    ).toBe('257579822');
  });

  it('bullet new mortgage: ₩20,000,000 ÷ (1/10 + 4.5 %) = ₩137,931,034', () => {
    expect(sim(input({}, { termMonths: 120, repaymentMethod: RepaymentMethod.BULLET })).maxLoan).toBe(
      '137931034',
    );
  });

  it('no room → 0', () => {
    const r = sim(
      input({
        annualIncome: '10000000',
        existingLoans: [
          {
            id: 'c',
            kind: LoanKind.CREDIT,
            balance: '30000000',
            annualRate: '0.06',
            repaymentMethod: RepaymentMethod.BULLET,
          },
        ],
      }),
    );
    expect(r.dsrRoom).toBe('0');
    expect(r.maxLoan).toBe('0');
    expect(r.dsrAfter).toBe(r.dsrBefore);
  });

  it('truncates to the rounding unit', () => {
    const r = sim(input({ roundingUnit: '10000' }));
    expect(r.maxLoan).toBe('397400000');
    expect(r.roundingUnit).toBe('10000');
  });

  it('uses the caller’s annual debt service when given', () => {
    const r = sim(
      input({
        existingLoans: [
          {
            id: 'm',
            kind: LoanKind.MORTGAGE,
            balance: '100000000',
            annualRate: '0.04',
            repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
            annualDebtService: '10000000',
          },
        ],
      }),
    );
    expect(r.debtService[0]).toMatchObject({
      basis: DebtServiceBasis.PROVIDED,
      principal: null,
      total: '10000000',
    });
    expect(r.maxLoan).toBe('198701399'); // half the room: 397,402,798.398 ÷ 2
  });
});

describe('stress DSR in the limit (bank, variable, 600 months at 4.5 %, room ₩20,000,000)', () => {
  const at = (
    date: string,
    region = Region.SEOUL,
    purpose = LoanPurpose.OTHER,
    lenderType = LenderType.BANK,
  ) => sim(input({ evaluationDate: date, region, lenderType }, { rateType: RateType.VARIABLE, purpose }));

  it.each([
    ['2024-02-25', Region.SEOUL, '397402798', '0.045'],
    ['2024-02-26', Region.SEOUL, '373937219', '0.0488'],
    ['2024-08-31', Region.GYEONGGI, '373937219', '0.0488'],
    ['2024-09-01', Region.GYEONGGI, '330443530', '0.057'],
    ['2024-09-01', Region.NON_CAPITAL, '353197828', '0.0525'],
    ['2025-06-30', Region.INCHEON, '330443530', '0.057'],
    ['2025-07-01', Region.INCHEON, '316613124', '0.06'],
    ['2025-07-01', Region.NON_CAPITAL, '353197828', '0.0525'],
  ])('%s in %s → ₩%s at a stressed %s', (date, region, limit, stressed) => {
    const r = at(date, region);
    expect(r.maxLoan).toBe(limit);
    expect(r.stressedAnnualRate).toBe(stressed);
    expect(r.newLoanAnnualRate).toBe('0.045');
  });

  it('10·15: a capital-region purchase is assessed at +3.0 %p from 2025-10-16 → ₩260,321,650', () => {
    expect(at('2025-10-15', Region.SEOUL, LoanPurpose.PURCHASE).maxLoan).toBe('316613124');
    const r = at('2025-10-16', Region.SEOUL, LoanPurpose.PURCHASE);
    expect(r.maxLoan).toBe('260321650');
    expect(r.ruleSet.id).toBe('KR-SDSR-P3-1015-2025-10');
    expect(r.stress).toMatchObject({
      floor: '0.03',
      baseAddOn: '0.03',
      appliedAddOn: '0.03',
      appliedAtLimit: true,
    });
    expect(at('2025-10-16', Region.NON_CAPITAL, LoanPurpose.PURCHASE).maxLoan).toBe('353197828');
  });

  it('non-bank mortgages: unstressed in phase 1, 0.75 %p in phase 2 even in the capital region', () => {
    expect(at('2024-08-31', Region.SEOUL, LoanPurpose.OTHER, LenderType.NON_BANK).stress.appliedAddOn).toBe(
      '0',
    );
    expect(at('2024-09-01', Region.SEOUL, LoanPurpose.OTHER, LenderType.NON_BANK).stress.appliedAddOn).toBe(
      '0.0075',
    );
  });
});

describe('credit-loan stress above the ₩100,000,000 credit threshold (phase 3, bullet credit loan at 5 %)', () => {
  // Per won: unstressed 1/5 + 5 % = 0.25; stressed 1/5 + 6.5 % = 0.265.
  const credit = (income: string, existing: string | null = null) =>
    sim(
      input(
        {
          annualIncome: income,
          existingLoans: existing
            ? [
                {
                  id: 'c',
                  kind: LoanKind.CREDIT,
                  balance: existing,
                  annualRate: '0.06',
                  repaymentMethod: RepaymentMethod.BULLET,
                },
              ]
            : [],
        },
        {
          kind: LoanKind.CREDIT,
          termMonths: 12,
          repaymentMethod: RepaymentMethod.BULLET,
          rateType: RateType.VARIABLE,
          annualRate: '0.05',
        },
      ),
    );

  it('small loans stay unstressed: room ₩12,000,000 → ₩48,000,000', () => {
    const r = credit('30000000');
    expect(r.maxLoan).toBe('48000000');
    expect(r.stress.appliedAtLimit).toBe(false);
    expect(r.stressedAnnualRate).toBe('0.05');
    expect(r.stress.creditBalanceThreshold).toBe('100000000');
  });

  it('large loans are stressed: room ₩80,000,000 → 80,000,000 ÷ 0.265 = ₩301,886,792', () => {
    const r = credit('200000000');
    expect(r.maxLoan).toBe('301886792');
    expect(r.stress.appliedAtLimit).toBe(true);
    expect(r.stressedAnnualRate).toBe('0.065');
  });

  it('stops at the threshold when that beats the stressed amount: room ₩26,000,000 → ₩100,000,000', () => {
    // unstressed 104,000,000 would cross the threshold; stressed allows only 98,113,207.
    const r = credit('65000000');
    expect(r.maxLoan).toBe('100000000');
    expect(r.stress.appliedAtLimit).toBe(false);
  });

  it('counts existing credit balances toward the threshold', () => {
    // E = 30,000,000 → headroom 70,000,000; room 26,000,000 − 7,800,000 = 18,200,000:
    // unstressed 72,800,000 capped at 70,000,000 vs stressed 68,679,245.
    expect(credit('65000000', '30000000').maxLoan).toBe('70000000');
  });
});

describe('LTV', () => {
  const withCollateral = (requestedAmount?: string) =>
    sim(
      input(
        {
          existingLoans: [
            {
              id: 'old-mortgage',
              kind: LoanKind.MORTGAGE,
              balance: '50000000',
              annualRate: '0.04',
              repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
              remainingMonths: 240,
              securedByCollateral: true,
            },
          ],
          collateral: { value: '500000000', ltvRatio: '0.5', otherSeniorClaims: '10000000' },
        },
        { requestedAmount },
      ),
    );

  it('limit = min(DSR limit, value × LTV − existing claims on it) and names LTV when it binds', () => {
    const r = withCollateral();
    expect(r.ltvLimit).toBe('190000000'); // 250,000,000 − 50,000,000 − 10,000,000
    expect(Number(r.dsrLimit)).toBeGreaterThan(190_000_000);
    expect(r.maxLoan).toBe('190000000');
    expect(r.bindingConstraint).toBe(BindingConstraint.LTV);
  });

  it('names DSR when the DSR limit is lower', () => {
    const r = sim(input({ collateral: { value: '2000000000', ltvRatio: '0.7' } }));
    expect(r.ltvLimit).toBe('1400000000');
    expect(r.maxLoan).toBe('397402798');
    expect(r.bindingConstraint).toBe(BindingConstraint.DSR);
  });

  it('names NONE when the requested amount fits under every limit', () => {
    expect(withCollateral('150000000').bindingConstraint).toBe(BindingConstraint.NONE);
    expect(withCollateral('190000000').bindingConstraint).toBe(BindingConstraint.NONE);
    expect(withCollateral('190000001').bindingConstraint).toBe(BindingConstraint.LTV);
  });

  it('has no LTV limit without collateral', () => {
    expect(sim(input()).ltvLimit).toBeNull();
  });
});

describe('maxPrincipal', () => {
  it('returns the largest multiple of the unit whose debt service fits', () => {
    const room = toDecimal(20_000_000);
    for (const unit of [1, 1000, 10000]) {
      const perWon = toDecimal('0.0503270991');
      const p = maxPrincipal(room, perWon, toDecimal(unit));
      expect(p.mod(unit).isZero()).toBe(true);
      expect(p.times(perWon).lte(room)).toBe(true);
      expect(p.plus(unit).times(perWon).gt(room)).toBe(true);
    }
  });

  it('hits an exact quotient without losing a won', () => {
    expect(maxPrincipal(toDecimal(100), toDecimal('0.25'), toDecimal(1)).toFixed(0)).toBe('400');
    expect(maxPrincipal(toDecimal(9), toDecimal('0.3'), toDecimal(1)).toFixed(0)).toBe('30');
    expect(maxPrincipal(toDecimal(9), toDecimal('0.3'), toDecimal(7)).toFixed(0)).toBe('28');
    expect(maxPrincipal(toDecimal(0), toDecimal('0.3'), toDecimal(1)).toFixed(0)).toBe('0');
  });
});

describe('results and errors at the boundary', () => {
  it('returns MissingIncomeError for a missing or non-positive income', () => {
    for (const annualIncome of [undefined, null, '', '0', '-1']) {
      const r = simulateLoanLimit(input({ annualIncome }));
      expect(r).toMatchObject({ type: 'MissingIncomeError', code: 'MISSING_INCOME' });
    }
  });

  it('names the bad field', () => {
    expect(inputError(input({}, { annualRate: '4.5%' })).field).toBe('newLoan.annualRate');
    expect(inputError(input({}, { annualRate: '1.5' })).field).toBe('newLoan.annualRate');
    expect(inputError(input({ annualIncome: '50000000.5' })).field).toBe('annualIncome');
    expect(inputError(input({}, { kind: LoanKind.JEONSE })).field).toBe('newLoan.kind');
    expect(inputError(input({}, { rateType: RateType.MIXED })).field).toBe('newLoan.fixedPeriodMonths');
    expect(inputError(input({}, { termMonths: 601 })).field).toBe('newLoan.termMonths');
    expect(inputError(input({ region: 'BUSAN' as Region })).field).toBe('region');
    expect(inputError(input({ roundingUnit: '0' })).field).toBe('roundingUnit');
    expect(inputError(input({ evaluationDate: '2020-01-01' })).field).toBe('evaluationDate');
    const loan = {
      id: 'a',
      kind: LoanKind.MORTGAGE,
      balance: '1000',
      annualRate: '0.04',
      repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
    };
    expect(inputError(input({ existingLoans: [loan] })).field).toBe('existingLoans[0].remainingMonths');
    expect(
      inputError(
        input({
          existingLoans: [
            { ...loan, remainingMonths: 12 },
            { ...loan, remainingMonths: 12 },
          ],
        }),
      ).field,
    ).toBe('existingLoans[1].id');
  });

  it('states the rule set, its date and the conventions used', () => {
    const r = sim(input({ cardDebt: { revolvingBalance: '1000000' } }));
    expect(r.ruleSet.id).toBe(RULE_SETS[RULE_SETS.length - 1].id);
    expect(r.evaluationDate).toBe('2025-11-01');
    expect(r.assumptions.join(' ')).toContain('assumed 17%');
    expect(r.debtService[0]).toMatchObject({ sourceId: 'CARD_DEBT', total: '370000' }); // 200,000 + 170,000
  });

  it('accepts a custom rule-set list (configuration, not constants)', () => {
    const custom = { ...RULE_SETS[0], id: 'TEST-30', dsrCaps: { BANK: '0.30', NON_BANK: '0.30' } };
    const r = simulateLoanLimit(input(), { ruleSets: [custom] });
    expect(r.type === 'LoanLimitSimulation' && r.ruleSet.id).toBe('TEST-30');
    expect(r.type === 'LoanLimitSimulation' && r.maxLoan).toBe('298052098'); // 0.75 × 397,402,798.398
  });
});
