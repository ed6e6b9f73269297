import { DEMO, startTestApp, TestApp } from './support/app';
import {
  CreateLoanDocument,
  LoanDelinquencyDocument,
  LoanScheduleDocument,
  RecordRepaymentDocument,
  ResetLoanRateDocument,
} from './generated/operations';

const sum = (values: string[]) => values.reduce((a, v) => a + BigInt(v), 0n);

describe('loan schedules and repayments', () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let customer: string;
  let loanId: string;
  let otherLoanId: string;

  async function schedule(id: string, token = analyst) {
    const rows = [];
    let after: string | undefined;
    for (;;) {
      const res = await t.execute(LoanScheduleDocument, { id, first: 100, after }, token);
      expect(res.errors).toBeUndefined();
      rows.push(...res.data!.loan.schedule.edges.map((e) => e.node));
      if (!res.data!.loan.schedule.pageInfo.hasNextPage) return { loan: res.data!.loan, rows };
      after = res.data!.loan.schedule.pageInfo.endCursor!;
    }
  }
  const pay = (input: Record<string, unknown>, token = admin) =>
    t.execute(RecordRepaymentDocument, { input: { loanId, paidOn: '2026-03-01', ...input } as never }, token);

  beforeAll(async () => {
    t = await startTestApp();
    let ownCustomerId: string;
    let otherCustomer: string;
    ({ admin, analyst, customer, ownCustomerId, otherCustomerId: otherCustomer } = await t.demoSession());
    const terms = {
      kind: 'MORTGAGE',
      repaymentMethod: 'LEVEL_PAYMENT',
      rateType: 'FIXED',
      interestConvention: 'MONTHLY',
      lender: '신한은행',
      lenderType: 'BANK',
      principal: '300000000',
      annualRate: '0.04',
      termMonths: 360,
      graceMonths: 0,
      disbursedOn: '2026-01-15',
    } as const;
    const own = await t.execute(
      CreateLoanDocument,
      { input: { ...terms, customerId: ownCustomerId } },
      admin,
    );
    loanId = own.data!.createLoan.id;
    const other = await t.execute(
      CreateLoanDocument,
      { input: { ...terms, customerId: otherCustomer } },
      admin,
    );
    otherLoanId = other.data!.createLoan.id;
  });
  afterAll(() => t.stop());

  it('serves the schedule as a connection: interest = balance × rate ÷ 12 (dividing last), principal sums exactly', async () => {
    const { loan, rows } = await schedule(loanId);
    expect(rows).toHaveLength(360);
    // 300,000,000 × 0.04 ÷ 12 = 1,000,000 exactly (dividing first would lose a won).
    expect(rows[0]).toMatchObject({
      number: 1,
      dueDate: '2026-02-15',
      interest: { amount: '1000000' },
      paid: false,
    });
    expect(sum(rows.map((r) => r.principal.amount))).toBe(300000000n);
    expect(rows.at(-1)!.remainingBalance.amount).toBe('0');
    for (const r of rows)
      expect(BigInt(r.principal.amount) + BigInt(r.interest.amount)).toBe(BigInt(r.payment.amount));
    expect(loan.nextPayment).toMatchObject({ number: 1, payment: { amount: rows[0].payment.amount } });
    expect(loan.balance.amount).toBe('300000000');
  });

  it('records a regular instalment once per idempotency key', async () => {
    const { rows } = await schedule(loanId);
    const first = rows[0];
    const ok = await pay(
      { idempotencyKey: 'pay-1', kind: 'REGULAR', amount: first.payment.amount, paidOn: '2026-02-15' },
      customer,
    );
    expect(ok.data!.recordRepayment).toMatchObject({
      __typename: 'RecordRepaymentPayload',
      paidInstallments: 1,
      balance: { amount: first.remainingBalance.amount },
      repayment: { principal: { amount: first.principal.amount }, interest: { amount: '1000000' } },
    });
    const again = await pay(
      { idempotencyKey: 'pay-1', kind: 'REGULAR', amount: first.payment.amount },
      customer,
    );
    expect(again.data!.recordRepayment).toMatchObject({
      __typename: 'DuplicateRepaymentError',
      code: 'DUPLICATE_IDEMPOTENCY_KEY',
    });
    const after = await schedule(loanId);
    expect(after.loan.repaymentHistory).toHaveLength(1);
    expect(after.rows[0].paid).toBe(true);
  });

  it('refuses bad repayments with coded errors and changes nothing', async () => {
    const before = await schedule(loanId);
    const tooSmall = await pay({ idempotencyKey: 'small', kind: 'REGULAR', amount: '1000' });
    expect(tooSmall.data!.recordRepayment).toMatchObject({
      __typename: 'RepaymentTooSmallError',
      code: 'REPAYMENT_TOO_SMALL',
    });
    const negative = await pay({ idempotencyKey: 'neg', kind: 'PARTIAL', amount: '-5' });
    expect(negative.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.amount' }],
    });
    const tooBig = await pay({ idempotencyKey: 'big', kind: 'PREPAYMENT', amount: '999999999999' });
    expect(tooBig.data!.recordRepayment).toMatchObject({ __typename: 'RepaymentExceedsDueError' });
    const analystPay = await pay({ idempotencyKey: 'analyst', kind: 'PARTIAL', amount: '1000' }, analyst);
    expect(analystPay.errors![0].extensions!.code).toBe('FORBIDDEN');
    const othersLoan = await t.execute(
      RecordRepaymentDocument,
      {
        input: {
          loanId: otherLoanId,
          idempotencyKey: 'x',
          kind: 'PARTIAL',
          amount: '1000',
          paidOn: '2026-03-01',
        },
      },
      customer,
    );
    expect(othersLoan.errors![0].extensions!.code).toBe('NOT_FOUND');
    const after = await schedule(loanId);
    expect(after.loan.balance).toEqual(before.loan.balance);
    expect(after.loan.repaymentHistory).toHaveLength(before.loan.repaymentHistory.length);
  });

  it('re-amortises the rest of the schedule after a prepayment', async () => {
    const before = await schedule(loanId);
    const res = await pay({ idempotencyKey: 'pre-1', kind: 'PREPAYMENT', amount: '100000000' });
    expect(res.data!.recordRepayment).toMatchObject({
      __typename: 'RecordRepaymentPayload',
      paidInstallments: 1,
    });
    const after = await schedule(loanId);
    const balance = BigInt(after.loan.balance.amount);
    expect(balance).toBe(BigInt(before.loan.balance.amount) - 100000000n);
    const open = after.rows.filter((r) => !r.paid);
    expect(open).toHaveLength(359);
    expect(sum(open.map((r) => r.principal.amount))).toBe(balance);
    expect(BigInt(open[0].payment.amount)).toBeLessThan(BigInt(before.rows[1].payment.amount));
  });

  it('keeps paid instalments at the amounts they were paid at: paying the re-amortised ones after a prepayment is not arrears', async () => {
    const onOther = (input: Record<string, unknown>) =>
      t.execute(RecordRepaymentDocument, { input: { loanId: otherLoanId, ...input } as never }, admin);
    const contract = await schedule(otherLoanId);
    const first = await onOther({
      idempotencyKey: 'o-1',
      kind: 'REGULAR',
      amount: contract.rows[0].payment.amount,
      paidOn: '2026-02-15',
    });
    expect(first.data!.recordRepayment.__typename).toBe('RecordRepaymentPayload');
    const prepaid = await onOther({
      idempotencyKey: 'o-pre',
      kind: 'PREPAYMENT',
      amount: '150000000',
      paidOn: '2026-02-20',
    });
    expect(prepaid.data!.recordRepayment.__typename).toBe('RecordRepaymentPayload');
    const reamortised = await schedule(otherLoanId);
    for (const [n, paidOn] of [
      [2, '2026-03-15'],
      [3, '2026-04-15'],
    ] as const) {
      const res = await onOther({
        idempotencyKey: `o-${n}`,
        kind: 'REGULAR',
        amount: reamortised.rows[n - 1].payment.amount,
        paidOn,
      });
      expect(res.data!.recordRepayment).toMatchObject({ paidInstallments: n });
    }
    const after = await schedule(otherLoanId);
    // Instalment 1 keeps the contract amount, 2 and 3 the re-amortised ones they were paid at.
    expect(after.rows[0].payment).toEqual(contract.rows[0].payment);
    expect(after.rows[1].payment).toEqual(reamortised.rows[1].payment);
    expect(BigInt(after.rows[1].payment.amount)).toBeLessThan(BigInt(contract.rows[1].payment.amount));
    expect(after.rows.slice(0, 3).every((r) => r.paid)).toBe(true);
    // The rows repay the principal less the prepayment (which is not an instalment).
    expect(sum(after.rows.map((r) => r.principal.amount))).toBe(300000000n - 150000000n);
    expect(after.rows.at(-1)!.remainingBalance.amount).toBe('0');
    const arrears = await t.execute(LoanDelinquencyDocument, { id: otherLoanId, asOf: '2026-05-01' }, admin);
    expect(arrears.errors).toBeUndefined();
    expect(arrears.data!.loan.delinquency).toMatchObject({
      overdueAmount: { amount: '0' },
      overdueInstallments: 0,
      daysPastDue: 0,
      assetClass: 'NORMAL',
      flags: [],
    });
  });

  it('pays off with the exact payoff amount, then refuses further payments on the closed loan', async () => {
    const wrong = await pay({
      idempotencyKey: 'full-wrong',
      kind: 'FULL',
      amount: '1',
      paidOn: '2026-03-01',
    });
    expect(wrong.data!.recordRepayment.__typename).toBe('RepaymentTooSmallError');
    if (wrong.data!.recordRepayment.__typename !== 'RepaymentTooSmallError') return;
    const exact = /takes exactly ₩([\d,]+)/.exec(wrong.data!.recordRepayment.message)![1].replace(/,/g, '');
    const full = await pay({ idempotencyKey: 'full', kind: 'FULL', amount: exact, paidOn: '2026-03-01' });
    expect(full.data!.recordRepayment).toMatchObject({
      __typename: 'RecordRepaymentPayload',
      balance: { amount: '0' },
    });
    const { loan } = await schedule(loanId);
    expect(loan.status).toBe('CLOSED');
    const arrears = await t.request<{ loan: { delinquency: { assetClass: string; daysPastDue: number } } }>(
      'query ($id: ID!) { loan(id: $id) { delinquency { assetClass daysPastDue } } }',
      { id: loanId },
      admin,
    );
    expect(arrears.errors).toBeUndefined();
    expect(arrears.data!.loan.delinquency).toEqual({ assetClass: 'NORMAL', daysPastDue: 0 });
    expect(loan.nextPayment).toBeNull();
    const closed = await pay({ idempotencyKey: 'late', kind: 'PARTIAL', amount: '1000' });
    expect(closed.data!.recordRepayment).toMatchObject({
      __typename: 'LoanNotActiveError',
      code: 'LOAN_NOT_ACTIVE',
    });
  });
});

describe('configurable rounding rule', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      MONEY_ROUNDING_UNIT: '100',
      MONEY_ROUNDING_MODE: 'ROUND_HALF_UP',
      DEMO_CUSTOMERS: '3',
    });
  });
  afterAll(() => t.stop());

  it('rounds every instalment to 100 won and still repays the principal exactly', async () => {
    const admin = await t.login(DEMO.admin);
    const analyst = await t.login(DEMO.analyst);
    const list = await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 1) { edges { node { id } } } }',
      {},
      analyst,
    );
    const created = await t.execute(
      CreateLoanDocument,
      {
        input: {
          customerId: list.data!.customers.edges[0].node.id,
          kind: 'AUTO',
          repaymentMethod: 'EQUAL_PRINCIPAL',
          rateType: 'FIXED',
          interestConvention: 'DAILY_ACTUAL_365',
          lender: '현대캐피탈',
          lenderType: 'NON_BANK',
          principal: '23456789',
          annualRate: '0.0589',
          termMonths: 36,
          graceMonths: 0,
          disbursedOn: '2026-02-28',
        },
      },
      admin,
    );
    const res = await t.execute(
      LoanScheduleDocument,
      { id: created.data!.createLoan.id, first: 100 },
      analyst,
    );
    const rows = res.data!.loan.schedule.edges.map((e) => e.node);
    expect(rows).toHaveLength(36);
    for (const r of rows.slice(0, -1)) expect(BigInt(r.interest.amount) % 100n).toBe(0n);
    expect(sum(rows.map((r) => r.principal.amount))).toBe(23456789n);
    expect(rows.at(-1)!.remainingBalance.amount).toBe('0');
  });
});

describe('rate resets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_CUSTOMERS: '3' });
  });
  afterAll(() => t.stop());

  it('re-amortises a variable loan from the reset instalment on, leaving earlier rows alone', async () => {
    const admin = await t.login(DEMO.admin);
    const list = await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 1) { edges { node { id } } } }',
      {},
      admin,
    );
    const base = {
      customerId: list.data!.customers.edges[0].node.id,
      kind: 'CREDIT',
      repaymentMethod: 'LEVEL_PAYMENT',
      interestConvention: 'MONTHLY',
      lender: '하나은행',
      lenderType: 'BANK',
      principal: '12000000',
      annualRate: '0.06',
      termMonths: 12,
      graceMonths: 0,
      disbursedOn: '2026-01-10',
    } as const;
    const variable = await t.execute(CreateLoanDocument, { input: { ...base, rateType: 'VARIABLE' } }, admin);
    const id = variable.data!.createLoan.id;
    const before = await t.execute(LoanScheduleDocument, { id, first: 12 }, admin);
    const reset = await t.execute(
      ResetLoanRateDocument,
      { input: { loanId: id, annualRate: '0.08', fromInstallment: 7 } },
      admin,
    );
    expect(reset.data!.resetLoanRate).toMatchObject({
      annualRate: '0.060000',
      currentAnnualRate: '0.060000',
    });
    const after = await t.execute(LoanScheduleDocument, { id, first: 12 }, admin);
    const rowsBefore = before.data!.loan.schedule.edges.map((e) => e.node);
    const rowsAfter = after.data!.loan.schedule.edges.map((e) => e.node);
    expect(rowsAfter.slice(0, 6)).toEqual(rowsBefore.slice(0, 6));
    expect(BigInt(rowsAfter[6].payment.amount)).toBeGreaterThan(BigInt(rowsBefore[6].payment.amount));
    expect(sum(rowsAfter.map((r) => r.principal.amount))).toBe(12000000n);

    const fixed = await t.execute(CreateLoanDocument, { input: { ...base, rateType: 'FIXED' } }, admin);
    const refused = await t.execute(
      ResetLoanRateDocument,
      { input: { loanId: fixed.data!.createLoan.id, annualRate: '0.08' } },
      admin,
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.loanId' }],
    });
  });
});
