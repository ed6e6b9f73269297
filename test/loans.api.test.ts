import { startTestApp, TestApp } from './support/app';
import {
  CreateLoanDocument,
  CustomerLoansDocument,
  LoanDelinquencyDocument,
  LoanDocument,
  LoansDocument,
  LoanStatsDocument,
} from './generated/operations';

const mortgage = {
  kind: 'MORTGAGE',
  repaymentMethod: 'LEVEL_PAYMENT',
  rateType: 'MIXED',
  fixedPeriodMonths: 60,
  interestConvention: 'MONTHLY',
  lender: '테스트은행', // no seeded loan has this lender: the test's own loans are told apart by it
  lenderType: 'BANK',
  principal: '300000000',
  annualRate: '0.0400',
  termMonths: 360,
  graceMonths: 0,
  disbursedOn: '2025-01-31',
  collateralValue: '600000000',
} as const;

describe('loans API', () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let customer: string;
  let ownCustomerId: string;
  let otherCustomerId: string;
  // The demo portfolio comes with seeded loans: assertions are about what the tests add to it.
  let statsBefore: NonNullable<Awaited<ReturnType<typeof stats>>['data']>['loanStats'];
  let ownLoanId: string;
  let otherLoanId: string;
  const stats = () => t.execute(LoanStatsDocument, {}, analyst);
  const mineOnly = { lender: mortgage.lender };

  beforeAll(async () => {
    t = await startTestApp();
    ({ admin, analyst, customer, ownCustomerId, otherCustomerId } = await t.demoSession());
  });
  afterAll(() => t.stop());

  it('books loans (ADMIN) with a maturity date and lists them with filters, search and order', async () => {
    statsBefore = (await stats()).data!.loanStats;
    const allBefore = await t.execute(LoansDocument, { first: 1 }, analyst);
    const overdueBefore = await t.execute(LoansDocument, { first: 1, filter: { delinquent: true } }, analyst);
    const own = await t.execute(
      CreateLoanDocument,
      { input: { ...mortgage, customerId: ownCustomerId } },
      admin,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.createLoan).toMatchObject({
      kind: 'MORTGAGE',
      status: 'ACTIVE',
      maturityOn: '2055-01-31',
      principal: { amount: '300000000' },
    });
    expect(own.data!.createLoan.loanNumber).toMatch(/^L\d{9}$/);
    const credit = await t.execute(
      CreateLoanDocument,
      {
        input: {
          ...mortgage,
          customerId: otherCustomerId,
          kind: 'CREDIT',
          rateType: 'FIXED',
          fixedPeriodMonths: null,
          principal: '30000000',
          annualRate: '0.0650',
          termMonths: 60,
          collateralValue: null,
        },
      },
      admin,
    );
    expect(credit.errors).toBeUndefined();
    ownLoanId = own.data!.createLoan.id;
    otherLoanId = credit.data!.createLoan.id;

    const all = await t.execute(LoansDocument, { first: 10 }, analyst);
    expect(all.data!.loans.totalCount).toBe(allBefore.data!.loans.totalCount + 2);
    const ours = await t.execute(LoansDocument, { first: 10, filter: mineOnly }, analyst);
    expect(ours.data!.loans.totalCount).toBe(2);
    const credits = await t.execute(
      LoansDocument,
      { first: 10, filter: { ...mineOnly, kinds: ['CREDIT'] } },
      analyst,
    );
    expect(credits.data!.loans.edges.map((e) => e.node.kind)).toEqual(['CREDIT']);
    const byNumber = await t.execute(
      LoansDocument,
      { first: 10, search: own.data!.createLoan.loanNumber },
      analyst,
    );
    expect(byNumber.data!.loans.totalCount).toBe(1);
    const biggestFirst = await t.execute(
      LoansDocument,
      { first: 1, filter: mineOnly, orderBy: { field: 'PRINCIPAL', direction: 'DESC' } },
      analyst,
    );
    expect(biggestFirst.data!.loans.edges[0].node.principal.amount).toBe('300000000');
    const next = await t.execute(
      LoansDocument,
      {
        first: 1,
        filter: mineOnly,
        after: biggestFirst.data!.loans.pageInfo.endCursor,
        orderBy: { field: 'PRINCIPAL', direction: 'DESC' },
      },
      analyst,
    );
    expect(next.data!.loans.edges[0].node.principal.amount).toBe('30000000');
    // Both were disbursed in January 2025 and nothing has been repaid: every instalment since is overdue.
    const overdue = await t.execute(LoansDocument, { first: 10, filter: { delinquent: true } }, analyst);
    expect(overdue.data!.loans.totalCount).toBe(overdueBefore.data!.loans.totalCount + 2);
    const ourOverdue = await t.execute(
      LoansDocument,
      { first: 10, filter: { ...mineOnly, delinquent: true } },
      analyst,
    );
    expect(ourOverdue.data!.loans.totalCount).toBe(2);
  });

  it('lets a CUSTOMER see only their own loans', async () => {
    const mine = await t.execute(LoansDocument, { first: 100 }, customer);
    const mineIds = mine.data!.loans.edges.map((e) => e.node.id);
    expect(mineIds).toContain(ownLoanId);
    expect(mineIds).not.toContain(otherLoanId);
    const ours = await t.execute(LoansDocument, { first: 10, filter: mineOnly }, customer);
    expect(ours.data!.loans.edges.map((e) => e.node.kind)).toEqual(['MORTGAGE']);
    // Every loan the customer sees is theirs: the staff view of the customer's loans is the same set.
    const staffView = await t.execute(CustomerLoansDocument, { id: ownCustomerId }, analyst);
    expect(staffView.data!.customer.loans.map((l) => l.id).sort()).toEqual([...mineIds].sort());
    const denied = await t.execute(LoanDocument, { id: otherLoanId }, customer);
    expect(denied.errors![0].extensions!.code).toBe('NOT_FOUND');
    const viaCustomer = await t.execute(CustomerLoansDocument, { id: ownCustomerId }, customer);
    expect(viaCustomer.data!.customer.loans).toHaveLength(mineIds.length);
    const createDenied = await t.execute(
      CreateLoanDocument,
      { input: { ...mortgage, customerId: ownCustomerId } },
      customer,
    );
    expect(createDenied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('computes portfolio statistics in SQL for staff only', async () => {
    const after = (await stats()).data!.loanStats;
    const before = statsBefore.total;
    const count = before.count + 2;
    const principal = BigInt(before.totalPrincipal.amount) + 330000000n;
    const active = statsBefore.byStatus.find((g) => g.key === 'ACTIVE')?.count ?? 0;
    const delinquent = before.delinquentCount + 2;
    // round(delinquent / active, 4), half away from zero as PostgreSQL's round(numeric) does.
    const rate = (BigInt(delinquent) * 20000n + BigInt(active + 2)) / (BigInt(active + 2) * 2n);
    expect(after.total).toMatchObject({
      count,
      totalPrincipal: { amount: principal.toString() },
      averagePrincipal: { amount: (principal / BigInt(count)).toString() },
      delinquentCount: delinquent,
      delinquencyRate: (Number(rate) / 10000).toFixed(4),
    });
    const kindCounts = (rows: typeof after.byKind) => Object.fromEntries(rows.map((g) => [g.key, g.count]));
    const kindsBefore = kindCounts(statsBefore.byKind);
    expect(kindCounts(after.byKind)).toEqual({
      ...kindsBefore,
      CREDIT: (kindsBefore.CREDIT ?? 0) + 1,
      MORTGAGE: (kindsBefore.MORTGAGE ?? 0) + 1,
    });
    const denied = await t.execute(LoanStatsDocument, {}, customer);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('rejects inconsistent terms naming the field, writing nothing', async () => {
    const before = await t.execute(LoansDocument, { first: 1 }, analyst);
    const cases: [Record<string, unknown>, string][] = [
      [{ fixedPeriodMonths: null }, 'input.fixedPeriodMonths'],
      [{ principal: '-5' }, 'input.principal'],
      [{ principal: '0' }, 'input.principal'],
      [{ annualRate: '4.5' }, 'input.annualRate'],
      // 이자제한법: at most 20 % a year for contracts from 2021-07-07 (24 % before, from 2018-02-08).
      [{ annualRate: '0.999999' }, 'input.annualRate'],
      [{ annualRate: '0.2001' }, 'input.annualRate'],
      [{ annualRate: '0.23', disbursedOn: '2021-07-07' }, 'input.annualRate'],
      [{ graceMonths: 400 }, 'input.graceMonths'],
      [{ creditLimit: '1000' }, 'input.creditLimit'],
      // Not a date at all: graphql-js's coercion — named by the same argument path as class-validator's and the
      // service's own rules.
      [{ disbursedOn: '2025-02-30' }, 'input.disbursedOn'],
    ];
    for (const [change, field] of cases) {
      const res = await t.execute(
        CreateLoanDocument,
        { input: { ...mortgage, customerId: ownCustomerId, ...change } },
        admin,
      );
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toContain(field);
    }
    const after = await t.execute(LoansDocument, { first: 1 }, analyst);
    expect(after.data!.loans.totalCount).toBe(before.data!.loans.totalCount);
  });

  it('classifies arrears by configured buckets, per loan and per customer', async () => {
    const id = ownLoanId;
    // Seeded loans are paid on their due dates up to the demo's "now", so before then only this one is late.
    // Disbursed 2025-01-31: the first instalment fell due 2025-02-28; on 2025-03-31 it is 31 days late.
    const early = await t.execute(LoanDelinquencyDocument, { id, asOf: '2025-03-31' }, customer);
    expect(early.errors).toBeUndefined();
    const firstPayment = early.data!.loan.schedule.edges[0].node.payment.amount;
    expect(early.data!.loan.delinquency).toEqual({
      asOf: '2025-03-31',
      overdueAmount: { amount: firstPayment },
      overdueInstallments: 1,
      oldestUnpaidDueDate: '2025-02-28',
      daysPastDue: 31,
      assetClass: 'PRECAUTIONARY',
      flags: ['SHORT_TERM'],
      // 4 % + 3 %p: the instalment × 0.07 × 31 ÷ 365, truncated to the won.
      penaltyRate: '0.07',
      penaltyInterest: { amount: String((BigInt(firstPayment) * 7n * 31n) / 36500n) },
    });
    expect(early.data!.loan.customer.delinquencySummary).toMatchObject({
      delinquentLoans: 1,
      maxDaysPastDue: 31,
      worstAssetClass: 'PRECAUTIONARY',
    });
    const onTime = await t.execute(LoanDelinquencyDocument, { id, asOf: '2025-02-28' }, customer);
    expect(onTime.data!.loan.delinquency).toMatchObject({ daysPastDue: 0, assetClass: 'NORMAL', flags: [] });
    const late = await t.execute(LoanDelinquencyDocument, { id, asOf: '2026-03-01' }, customer); // 366 days
    expect(late.data!.loan.delinquency).toMatchObject({
      assetClass: 'ESTIMATED_LOSS',
      flags: ['SHORT_TERM', 'LONG_TERM'],
    });
  });

  it('serves customers → loans → schedule with a constant number of SQL statements', async () => {
    const customers = await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 12) { edges { node { id } } } }',
      {},
      analyst,
    );
    for (const { node } of customers.data!.customers.edges.slice(0, 10)) {
      const res = await t.execute(
        CreateLoanDocument,
        {
          input: {
            ...mortgage,
            rateType: 'FIXED',
            fixedPeriodMonths: null,
            customerId: node.id,
            termMonths: 24,
          },
        },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
    const statements = async (first: number) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({
          query: `{ customers(first: ${first}) { edges { node { id loans { id balance { amount } delinquency { daysPastDue }
            schedule(first: 12) { edges { node { number payment { amount } } } } } } } } }`,
        }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    // customers page + loans by customer + stored instalment rows (schedule) + rate changes + repayments
    // (delinquency replays the value-dated ledger): per level, not per row.
    const counts = [await statements(2), await statements(6), await statements(12)];
    expect(counts).toEqual([5, 5, 5]);
    // The schedule alone reads the stored rows: customers, loans, instalments.
    const scheduleOnly = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
      body: JSON.stringify({
        query: `{ customers(first: 6) { edges { node { loans { nextPayment { number } schedule(first: 12) {
          edges { node { number payment { amount } paid } } } } } } } }`,
      }),
    });
    expect(((await scheduleOnly.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(Number(scheduleOnly.headers.get('x-sql-statements'))).toBe(4);
  });

  it('accepts the legal maximum rate of the contract date (20 % from 2021-07-07, 24 % the day before)', async () => {
    for (const [annualRate, disbursedOn] of [
      ['0.20', '2025-01-31'],
      ['0.24', '2021-07-06'],
    ]) {
      const res = await t.execute(
        CreateLoanDocument,
        {
          input: {
            ...mortgage,
            customerId: otherCustomerId,
            lender: '최고금리시험',
            annualRate,
            disbursedOn,
          },
        },
        admin,
      );
      expect(res.errors).toBeUndefined();
    }
  });
});
