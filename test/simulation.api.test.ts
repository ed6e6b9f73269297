import { startTestApp, TestApp } from './support/app';
import { CreateLoanDocument, SimulateLoanLimitDocument } from './generated/operations';

const fiftyYearLevelPayment = (annualRate: string) =>
  ({
    kind: 'MORTGAGE',
    termMonths: 600,
    repaymentMethod: 'LEVEL_PAYMENT',
    rateType: 'FIXED',
    annualRate,
    purpose: 'OTHER',
  }) as const;

describe('future loan-limit simulation', () => {
  let t: TestApp;
  let analyst: string;
  let customer: string;
  let admin: string;
  let ownId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ analyst, customer, admin, ownCustomerId: ownId, otherCustomerId: otherId } = await t.demoSession());
  });
  afterAll(() => t.stop());

  it('matches the published reference: income 50,000,000, 40 % cap, 50-year level payment', async () => {
    for (const [rate, expected] of [
      ['0.045', 397402798n],
      ['0.055', 340243354n],
    ] as const) {
      const res = await t.execute(
        SimulateLoanLimitDocument,
        {
          input: {
            annualIncome: '50000000',
            region: 'BUSAN',
            lenderType: 'BANK',
            evaluationDate: '2023-06-01',
            existingLoans: [],
            newLoan: fiftyYearLevelPayment(rate),
          },
        },
        analyst,
      );
      expect(res.errors).toBeUndefined();
      if (res.data!.simulateLoanLimit.__typename !== 'LoanLimitSimulation') throw new Error('no simulation');
      const limit = BigInt(res.data!.simulateLoanLimit.maxLoan.amount);
      // Within a won of the reference: the calculator truncates below the won, the reference rounds.
      expect(limit >= expected - 1n && limit <= expected).toBe(true);
      expect(res.data!.simulateLoanLimit.ruleSet.id).toBe('KR-DSR-2022-07');
    }
  });

  it("counts a customer's stored loans, runs what-ifs and gives advice with the numbers", async () => {
    const newLoan = { ...fiftyYearLevelPayment('0.045'), termMonths: 360, rateType: 'VARIABLE' } as const;
    const simulate = (extra: Record<string, unknown> = {}) =>
      t.execute(
        SimulateLoanLimitDocument,
        {
          input: {
            annualIncome: '60000000',
            lenderType: 'BANK',
            evaluationDate: '2026-11-21',
            newLoan,
            ...extra,
          },
        },
        customer,
      );
    // The demo customer may hold seeded loans: the one booked here adds one line of debt service.
    const before = (await simulate()).data!.simulateLoanLimit;
    if (before.__typename !== 'LoanLimitSimulation') throw new Error('no simulation');
    const credit = await t.execute(
      CreateLoanDocument,
      {
        input: {
          customerId: ownId,
          kind: 'CREDIT',
          repaymentMethod: 'LEVEL_PAYMENT',
          rateType: 'FIXED',
          interestConvention: 'MONTHLY',
          lender: '우리은행',
          lenderType: 'BANK',
          principal: '30000000',
          annualRate: '0.06',
          termMonths: 60,
          graceMonths: 0,
          disbursedOn: '2026-06-10',
        },
      },
      admin,
    );
    const loanId = credit.data!.createLoan.id;
    const res = await simulate({
      scenarios: [
        { id: 'repay', loanRepayments: [{ loanId }] },
        { id: 'raise', incomeChangeRatio: '0.10' },
      ],
      advice: [{ goal: 'REPAY_LOAN', loanId, targetLimit: '600000000' }],
    });
    expect(res.errors).toBeUndefined();
    const sim = res.data!.simulateLoanLimit;
    if (sim.__typename !== 'LoanLimitSimulation') throw new Error('no simulation');
    expect(sim.debtService).toHaveLength(before.debtService.length + 1);
    expect(sim.debtService.find((d) => d.sourceId === loanId)).toMatchObject({
      kind: 'CREDIT',
      basis: 'PROVIDED',
    });
    // 30,000,000 over 60 months at 6 %: 6,959,808 a year on top of what was there.
    expect(
      BigInt(sim.existingAnnualDebtService.amount) - BigInt(before.existingAnnualDebtService.amount),
    ).toBeGreaterThan(6000000n);
    expect(Number(sim.stress.stressedAnnualRate)).toBeGreaterThan(0.045);
    const [repay, raise] = sim.scenarios;
    expect(BigInt(repay.changeVsBaseline.amount)).toBeGreaterThan(0n);
    expect(BigInt(raise.changeVsBaseline.amount)).toBeGreaterThan(0n);
    expect(sim.advice[0].messageEn).toMatch(/₩[\d,]+/);
  });

  it('keeps customers to their own data and reports a missing income as a result', async () => {
    const denied = await t.execute(
      SimulateLoanLimitDocument,
      { input: { customerId: otherId, lenderType: 'BANK', newLoan: fiftyYearLevelPayment('0.045') } },
      customer,
    );
    expect(denied.errors![0].extensions!.code).toBe('NOT_FOUND');
    const staff = await t.execute(
      SimulateLoanLimitDocument,
      { input: { customerId: otherId, lenderType: 'BANK', newLoan: fiftyYearLevelPayment('0.045') } },
      analyst,
    );
    expect(staff.errors).toBeUndefined();
    const noIncome = await t.execute(
      SimulateLoanLimitDocument,
      {
        input: {
          annualIncome: '0',
          region: 'SEOUL',
          lenderType: 'BANK',
          existingLoans: [],
          newLoan: fiftyYearLevelPayment('0.045'),
        },
      },
      analyst,
    );
    expect(noIncome.data!.simulateLoanLimit).toMatchObject({
      __typename: 'MissingIncomeError',
      code: 'MISSING_INCOME',
    });
  });
});
