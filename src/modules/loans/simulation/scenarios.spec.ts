import { Rng } from '../../../common/random';
import {
  BindingConstraint,
  ExistingLoanInput,
  LenderType,
  LoanKind,
  LoanLimitSimulation,
  LoanLimitSimulationInput,
  LoanPurpose,
  RateType,
  Region,
  RepaymentMethod,
  simulateLoanLimit,
  WhatIfScenarioInput,
} from './index';

const LOANS: ExistingLoanInput[] = [
  {
    id: 'credit',
    kind: LoanKind.CREDIT,
    balance: '30000000',
    annualRate: '0.06',
    repaymentMethod: RepaymentMethod.BULLET,
  },
  {
    id: 'mortgage',
    label: '기존 주담대',
    kind: LoanKind.MORTGAGE,
    balance: '80000000',
    annualRate: '0.042',
    repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
    remainingMonths: 300,
    securedByCollateral: true,
  },
  {
    id: 'auto',
    kind: LoanKind.AUTO,
    balance: '12000000',
    annualRate: '0.055',
    repaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL,
    remainingMonths: 40,
  },
  {
    id: 'overdraft',
    kind: LoanKind.OVERDRAFT,
    balance: '10000000',
    annualRate: '0.07',
    repaymentMethod: RepaymentMethod.BULLET,
  },
  {
    id: 'card-loan',
    kind: LoanKind.CARD_LOAN,
    balance: '5000000',
    annualRate: '0.14',
    repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
    annualDebtService: '2100000',
    remainingMonths: 30,
  },
  {
    id: 'jeonse',
    kind: LoanKind.JEONSE,
    balance: '150000000',
    annualRate: '0.038',
    repaymentMethod: RepaymentMethod.BULLET,
    remainingMonths: 18,
  },
];

function input(over: Partial<LoanLimitSimulationInput> = {}): LoanLimitSimulationInput {
  return {
    evaluationDate: '2025-11-01',
    annualIncome: '90000000',
    lenderType: LenderType.BANK,
    region: Region.SEOUL,
    existingLoans: LOANS,
    cardDebt: { revolvingBalance: '4000000', annualRate: '0.18' },
    newLoan: {
      kind: LoanKind.MORTGAGE,
      termMonths: 360,
      repaymentMethod: RepaymentMethod.LEVEL_PAYMENT,
      rateType: RateType.MIXED,
      fixedPeriodMonths: 60,
      annualRate: '0.041',
      purpose: LoanPurpose.PURCHASE,
    },
    ...over,
  };
}

function sim(i: LoanLimitSimulationInput): LoanLimitSimulation {
  const r = simulateLoanLimit(i);
  if (r.type !== 'LoanLimitSimulation') throw new Error(r.message);
  return r;
}

const CONFIGS: [string, Partial<LoanLimitSimulationInput>][] = [
  ['bank capital purchase mortgage (10·15 floor)', {}],
  ['non-bank outside the capital region', { lenderType: LenderType.NON_BANK, region: Region.NON_CAPITAL }],
  ['with collateral (LTV may bind)', { collateral: { value: '700000000', ltvRatio: '0.5' } }],
  [
    'new credit loan around the ₩100,000,000 stress threshold',
    {
      annualIncome: '120000000',
      newLoan: {
        kind: LoanKind.CREDIT,
        termMonths: 12,
        repaymentMethod: RepaymentMethod.BULLET,
        rateType: RateType.VARIABLE,
        annualRate: '0.05',
      },
    },
  ],
  [
    'equal-principal periodic-reset mortgage in phase 2, rounded to ₩10,000',
    {
      evaluationDate: '2024-10-01',
      roundingUnit: '10000',
      newLoan: {
        kind: LoanKind.MORTGAGE,
        termMonths: 480,
        repaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL,
        rateType: RateType.PERIODIC_RESET,
        fixedPeriodMonths: 120,
        annualRate: '0.039',
      },
    },
  ],
];

describe('what-if scenarios', () => {
  it('runs the design’s what-ifs in one call, each against the baseline', () => {
    const scenarios: WhatIfScenarioInput[] = [
      { id: 'income+10', incomeChangeRatio: '0.10' },
      { id: 'card-repaid', cardDebtRepayment: {} },
      { id: 'rate-1', newLoanRateDelta: '-0.01' },
      {
        id: 'credit-20m',
        label: '신용대출 일부 상환',
        loanRepayments: [{ loanId: 'credit', amount: '20000000' }],
      },
      {
        id: 'all',
        incomeChangeRatio: '0.10',
        cardDebtRepayment: {},
        newLoanRateDelta: '-0.01',
        loanRepayments: [{ loanId: 'credit' }],
      },
    ];
    const r = sim(input({ scenarios }));
    expect(r.scenarios.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    for (const s of r.scenarios) {
      expect(BigInt(s.changeVsBaseline)).toBe(BigInt(s.maxLoan) - BigInt(r.maxLoan));
      expect(BigInt(s.changeVsBaseline) > 0n).toBe(true);
      expect(Object.values(BindingConstraint)).toContain(s.bindingConstraint);
    }
    const [income, , rate, credit, all] = r.scenarios;
    expect(income.annualIncome).toBe('99000000');
    expect(income.dsrCapAmount).toBe('39600000');
    expect(rate.newLoanAnnualRate).toBe('0.031');
    expect(credit.label).toBe('신용대출 일부 상환');
    // ₩20,000,000 of a 5-year-deemed credit loan at 6 % frees 4,000,000 + 1,200,000 of debt service.
    expect(BigInt(r.existingAnnualDebtService) - BigInt(credit.existingAnnualDebtService)).toBe(5_200_000n);
    // The combination does at least as well as each of its parts.
    for (const s of r.scenarios.slice(0, 4)) expect(BigInt(all.maxLoan) >= BigInt(s.maxLoan)).toBe(true);
    expect(all.messageEn).toContain('the credit loan repaid in full');
    expect(all.messageEn).toContain('income up 10%');
    expect(all.messageEn).toContain("the new loan's rate 1%p lower");
    expect(all.messageKo).toContain('신용대출 전액 상환');
    expect(all.messageKo).toContain('신규 대출 금리 1%p 인하');
    expect(credit.messageKo).toContain('신용대출 20,000,000원 상환');
    expect(credit.messageEn).toMatch(
      /^With ₩20,000,000 of the credit loan repaid, your limit would be ₩[\d,]+ \(\+₩/,
    );
  });

  it('reports a lower limit for an income fall and an unchanged one for no change', () => {
    const r = sim(input({ scenarios: [{ id: 'down', incomeChangeRatio: '-0.2' }, { id: 'none' }] }));
    expect(BigInt(r.scenarios[0].changeVsBaseline) < 0n).toBe(true);
    expect(r.scenarios[0].messageKo).toContain('줄어듭니다');
    expect(r.scenarios[1].changeVsBaseline).toBe('0');
    expect(r.scenarios[1].messageKo).toContain('현재와 같습니다');
  });

  it('names the loan by its label and rejects unknown loans and over-repayment', () => {
    const r = sim(
      input({ scenarios: [{ id: 'm', loanRepayments: [{ loanId: 'mortgage', amount: '1000000' }] }] }),
    );
    expect(r.scenarios[0].messageKo).toContain('기존 주담대 1,000,000원 상환');
    expect(() => sim(input({ scenarios: [{ id: 'x', loanRepayments: [{ loanId: 'nope' }] }] }))).toThrow(
      /nope/,
    );
    expect(() =>
      sim(input({ scenarios: [{ id: 'x', loanRepayments: [{ loanId: 'credit', amount: '30000001' }] }] })),
    ).toThrow(/exceeds/);
    expect(() => sim(input({ cardDebt: null, scenarios: [{ id: 'x', cardDebtRepayment: {} }] }))).toThrow(
      /card debt/,
    );
  });

  it('repaying a loan secured on the collateral also frees LTV room', () => {
    const r = sim(
      input({
        collateral: { value: '400000000', ltvRatio: '0.5' },
        scenarios: [{ id: 'm', loanRepayments: [{ loanId: 'mortgage', amount: '30000000' }] }],
      }),
    );
    expect(r.ltvLimit).toBe('120000000');
    expect(r.scenarios[0].ltvLimit).toBe('150000000');
  });
});

describe.each(CONFIGS)('monotonicity — %s', (_name, config) => {
  const baseline = sim(input(config));

  it('repaying any debt never lowers the limit', () => {
    const balances: [string, bigint][] = LOANS.map((l) => [l.id, BigInt(l.balance)]);
    for (const [loanId, balance] of balances) {
      const amounts = [0n, 1n, balance / 10n, balance / 3n, balance / 2n, balance - 1n, balance];
      const scenarios = amounts.map((a, i) => ({
        id: `${loanId}-${i}`,
        loanRepayments: [{ loanId, amount: a.toString() }],
      }));
      const limits = sim(input({ ...config, scenarios })).scenarios.map((s) => BigInt(s.maxLoan));
      expect(limits[0]).toBe(BigInt(baseline.maxLoan));
      for (let i = 1; i < limits.length; i++) expect(limits[i] >= limits[i - 1]).toBe(true);
    }
    const card = [0n, 1n, 1_000_000n, 3_999_999n, 4_000_000n].map((a, i) => ({
      id: `card-${i}`,
      cardDebtRepayment: { amount: a.toString() },
    }));
    const cardLimits = sim(input({ ...config, scenarios: card })).scenarios.map((s) => BigInt(s.maxLoan));
    for (let i = 1; i < cardLimits.length; i++) expect(cardLimits[i] >= cardLimits[i - 1]).toBe(true);
  });

  it('a higher rate never raises the limit', () => {
    const deltas = ['-0.03', '-0.02', '-0.01', '-0.0001', '0', '0.0001', '0.005', '0.01', '0.03', '0.1'];
    const limits = sim(
      input({ ...config, scenarios: deltas.map((d) => ({ id: d, newLoanRateDelta: d })) }),
    ).scenarios.map((s) => BigInt(s.maxLoan));
    for (let i = 1; i < limits.length; i++) expect(limits[i] <= limits[i - 1]).toBe(true);
  });

  it('more income never lowers the limit', () => {
    const ratios = ['-0.5', '-0.1', '0', '0.01', '0.1', '0.5', '2'];
    const limits = sim(
      input({ ...config, scenarios: ratios.map((g) => ({ id: g, incomeChangeRatio: g })) }),
    ).scenarios.map((s) => BigInt(s.maxLoan));
    for (let i = 1; i < limits.length; i++) expect(limits[i] >= limits[i - 1]).toBe(true);
  });
});

describe('monotonicity on random positions', () => {
  it('holds for 60 seeded random borrowers', () => {
    const rng = new Rng('loan-limit-simulation-monotonicity');
    let raised = 0;
    let lowered = 0;
    const kinds = [LoanKind.CREDIT, LoanKind.MORTGAGE, LoanKind.AUTO, LoanKind.OVERDRAFT, LoanKind.CARD_LOAN];
    const methods = Object.values(RepaymentMethod);
    for (let n = 0; n < 60; n++) {
      const loans: ExistingLoanInput[] = Array.from({ length: rng.int(1, 4) }, (_, i) => ({
        id: `l${i}`,
        kind: rng.pick(kinds),
        balance: String(rng.int(1, 200) * 1_000_000 + rng.int(0, 999_999)),
        annualRate: (rng.int(20, 150) / 1000).toString(),
        repaymentMethod: rng.pick(methods),
        remainingMonths: rng.int(1, 480),
      }));
      const config: Partial<LoanLimitSimulationInput> = {
        evaluationDate: rng.pick(['2024-01-01', '2024-03-01', '2024-10-01', '2025-08-01', '2025-12-01']),
        annualIncome: String(rng.int(20, 200) * 1_000_000),
        lenderType: rng.pick(Object.values(LenderType)),
        region: rng.pick(Object.values(Region)),
        existingLoans: loans,
        cardDebt: { revolvingBalance: String(rng.int(0, 10) * 500_000 + 1) },
        newLoan: {
          kind: rng.pick([LoanKind.MORTGAGE, LoanKind.CREDIT, LoanKind.AUTO]),
          termMonths: rng.int(12, 600),
          repaymentMethod: rng.pick(methods),
          rateType: rng.pick(Object.values(RateType)),
          fixedPeriodMonths: rng.int(12, 240),
          annualRate: (rng.int(20, 120) / 1000).toString(),
          purpose: rng.pick(Object.values(LoanPurpose)),
        },
        collateral: rng.chance(0.4)
          ? { value: String(rng.int(100, 1500) * 1_000_000), ltvRatio: '0.6' }
          : null,
      };
      const target = loans[rng.int(0, loans.length - 1)];
      const part = (BigInt(target.balance) * BigInt(rng.int(1, 99))) / 100n;
      const r = sim(
        input({
          ...config,
          scenarios: [
            { id: 'part', loanRepayments: [{ loanId: target.id, amount: part.toString() }] },
            { id: 'full', loanRepayments: [{ loanId: target.id }] },
            { id: 'rate+', newLoanRateDelta: '0.0025' },
            { id: 'card', cardDebtRepayment: {} },
          ],
        }),
      );
      const [partR, fullR, rateR, cardR] = r.scenarios.map((s) => BigInt(s.maxLoan));
      const base = BigInt(r.maxLoan);
      expect(partR >= base).toBe(true);
      expect(fullR >= partR).toBe(true);
      expect(rateR <= base).toBe(true);
      expect(cardR >= base).toBe(true);
      if (fullR > base) raised++;
      if (rateR < base) lowered++;
    }
    // The property is not vacuous: most borrowers see a strict change.
    expect(raised).toBeGreaterThan(30);
    expect(lowered).toBeGreaterThan(20);
  });
});
