import { koreanDate } from '../src/common/dates';
import { startTestApp, TestApp } from './support/app';

// Issue 13: the loan ledger keeps every won. Each case reproduces a reported bug with figures checked by hand
// (the working is in the comments), through the API as a client would. Raw queries, so the same file ran
// against the code before the fix.

type Obj = Record<string, unknown>;

const CREATE = `mutation ($input: CreateLoanInput!) { createLoan(input: $input) { id } }`;
const PAY = `mutation ($input: RecordRepaymentInput!) { recordRepayment(input: $input) {
  __typename
  ... on ErrorResult { code message }
  ... on RecordRepaymentPayload { replayed balance { amount } paidInstallments
    repayment { id amount { amount } principal { amount } interest { amount } fee { amount } penalty { amount } } }
  ... on RepaymentExceedsDueError { maxAmount { amount } suggestedKind }
  ... on PrepaymentWhileOverdueError { overdueAmount { amount } }
  ... on RepaymentBackdatedError { latestValueDate }
} }`;
const ARREARS = `query ($id: ID!, $asOf: LocalDate) { loan(id: $id) { status balance { amount }
  delinquency(asOf: $asOf) { overdueAmount { amount } overdueInstallments daysPastDue assetClass
    penaltyInterest { amount } penaltyCollected { amount } }
  repaymentHistory { id } } }`;
const QUOTE = `query ($id: ID!, $asOf: LocalDate) { loan(id: $id) { payoffQuote(asOf: $asOf) {
  asOf principal { amount } interest { amount } penaltyInterest { amount } prepaymentFee { amount }
  prepaymentFeeRuleSet total { amount } } } }`;
const SCHEDULE = `query ($id: ID!) { loan(id: $id) { schedule(first: 3) { edges { node {
  number dueDate principal { amount } interest { amount } payment { amount } } } } } }`;

const amounts = (o: unknown): unknown =>
  Array.isArray(o)
    ? o.map(amounts)
    : o && typeof o === 'object'
      ? Object.fromEntries(
          Object.entries(o as Obj).map(([k, v]) => [
            k,
            v && typeof v === 'object' && Object.keys(v).join() === 'amount' ? (v as Obj).amount : amounts(v),
          ]),
        )
      : o;

describe('loan ledger (issue 13)', () => {
  let t: TestApp;
  let admin: string;
  let customerId: string;
  let n = 0;

  const create = async (terms: Obj) => {
    const res = await t.request<{ createLoan: { id: string } }>(
      CREATE,
      {
        input: {
          customerId,
          kind: 'MORTGAGE',
          repaymentMethod: 'LEVEL_PAYMENT',
          rateType: 'FIXED',
          interestConvention: 'MONTHLY',
          lender: '원장시험은행',
          lenderType: 'BANK',
          principal: '300000000',
          annualRate: '0.04',
          termMonths: 360,
          graceMonths: 0,
          disbursedOn: '2026-01-10',
          ...terms,
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createLoan.id;
  };
  const pay = async (loanId: string, input: Obj) => {
    const res = await t.request<{ recordRepayment: Obj }>(
      PAY,
      { input: { loanId, idempotencyKey: `k-${++n}`, ...input } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    return amounts(res.data!.recordRepayment) as Obj & { repayment: Obj };
  };
  const arrears = async (id: string, asOf: string) => {
    const res = await t.request<{ loan: Obj }>(ARREARS, { id, asOf }, admin);
    expect(res.errors).toBeUndefined();
    return amounts(res.data!.loan) as Obj & { delinquency: Obj; repaymentHistory: unknown[] };
  };
  const quote = async (id: string, asOf: string) => {
    const res = await t.request<{ loan: { payoffQuote: Obj | null } }>(QUOTE, { id, asOf }, admin);
    expect(res.errors).toBeUndefined();
    return amounts(res.data!.loan.payoffQuote) as Obj | null;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.demoSession();
    admin = s.admin;
    customerId = s.otherCustomerId;
  });
  afterAll(() => t.stop());

  it('a PREPAYMENT collects the interest accrued on the prepaid principal up to its value date', async () => {
    // 300,000,000 at 4 %, 360 months, MONTHLY, disbursed 2026-01-10; 100,000,000 prepaid on 2026-02-09, 30 of the
    // first period's 31 days: 100,000,000 × 0.04 ÷ 12 × 30 ÷ 31 = 322,580.64 → 322,580.
    // Fee (2025 reform, fixed mortgage 0.56 %): 100,000,000 × 0.0056 × (1,095 − 30) ÷ 1,095 = 544,657.53 → 544,657.
    const id = await create({});
    const prepaid = await pay(id, { kind: 'PREPAYMENT', amount: '100000000', paidOn: '2026-02-09' });
    expect(prepaid).toMatchObject({
      __typename: 'RecordRepaymentPayload',
      balance: '200000000',
      repayment: {
        principal: '100000000',
        interest: '322580',
        fee: '544657',
        penalty: '0',
        amount: String(100000000 + 322580 + 544657),
      },
    });
    // Instalment 1 then charges the remaining 200,000,000 for its whole period: × 0.04 ÷ 12 = 666,666.67 → 666,666.
    const res = await t.request<{ loan: { schedule: { edges: { node: Obj }[] } } }>(SCHEDULE, { id }, admin);
    expect(amounts(res.data!.loan.schedule.edges[0].node)).toMatchObject({ number: 1, interest: '666666' });
    // A FULL payoff on the same day of an identical loan charges 300,000,000 × 0.04 ÷ 12 × 30 ÷ 31 = 967,741.93
    // → 967,741: the prepayment charged a third of it, as it should.
    const twin = await create({});
    expect(await quote(twin, '2026-02-09')).toMatchObject({ principal: '300000000', interest: '967741' });
  });

  it('refuses a REGULAR payment beyond what is due, pointing to PREPAYMENT — never booked as interest', async () => {
    const id = await create({});
    const refused = await pay(id, { kind: 'REGULAR', amount: '515608483', paidOn: '2026-02-10' });
    expect(refused).toMatchObject({
      __typename: 'RepaymentExceedsDueError',
      code: 'REPAYMENT_EXCEEDS_DUE',
      suggestedKind: 'PREPAYMENT',
    });
    // At most the first instalment is due on 2026-02-10 (level payment of 300,000,000 at 4 % over 360 months).
    const res = await t.request<{ loan: { schedule: { edges: { node: Obj }[] } } }>(SCHEDULE, { id }, admin);
    const first = amounts(res.data!.loan.schedule.edges[0].node) as Obj;
    expect(refused.maxAmount).toBe(first.payment);
    expect((await arrears(id, '2026-02-10')).repaymentHistory).toHaveLength(0);
    const ok = await pay(id, { kind: 'REGULAR', amount: first.payment, paidOn: '2026-02-10' });
    expect(ok).toMatchObject({ paidInstallments: 1, repayment: { interest: '1000000' } });
  });

  it('allocates 연체이자 → 이자 → 원금, overdue instalments before the current one', async () => {
    // 12,000,000 at 6 %, 12 months, EQUAL_PRINCIPAL, MONTHLY, disbursed 2025-01-10: instalment 1 = 1,000,000 +
    // 60,000 (due 02-10), instalment 2 = 1,000,000 + 55,000 (due 03-10). Both missed; 200,000 paid on 03-20.
    // Penalty (6 % + 3 %p = 9 %), from the day after each due date up to and including the payment day (03-20):
    //   1,060,000 × 0.09 × 38 ÷ 365 (02-11…03-20) + 1,055,000 × 0.09 × 10 ÷ 365 (03-11…03-20)
    //   = 9,932.05 + 2,601.37 = 12,533.42 → 12,533.
    // Then both instalments' interest 115,000, then principal of instalment 1: 200,000 − 12,533 − 115,000 = 72,467.
    const id = await create({
      kind: 'CREDIT',
      repaymentMethod: 'EQUAL_PRINCIPAL',
      principal: '12000000',
      annualRate: '0.06',
      termMonths: 12,
      disbursedOn: '2025-01-10',
    });
    const partial = await pay(id, { kind: 'PARTIAL', amount: '200000', paidOn: '2025-03-20' });
    expect(partial).toMatchObject({
      repayment: { penalty: '12533', interest: '115000', principal: '72467', amount: '200000' },
      balance: String(12000000 - 72467),
    });
    const after = await arrears(id, '2025-03-20');
    expect(after.delinquency).toMatchObject({
      overdueAmount: String(1060000 + 1055000 - 115000 - 72467),
      penaltyCollected: '12533',
    });
  });

  it('collects penalty interest on a FULL payoff: exactly payoffQuote.total, and arrears before it stay visible', async () => {
    // 12,000,000 at 6 %, 12 months, BULLET (interest only, 60,000 a month), MONTHLY, disbursed 2025-01-10.
    // Instalment 1 (due 2025-02-10) missed; paid off on 2025-03-10, the day instalment 2 falls due.
    //   interest: instalments 1 and 2, 120,000 (the current period has not begun)
    //   penalty: 60,000 × 9 % × 28 ÷ 365 (02-11…03-10: up to and including the payoff day) = 414.25 → 414
    //   fee (pre-reform contract, fixed credit 0.8 %): 12,000,000 × 0.008 × (1,095 − 59) ÷ 1,095 = 90,827.39 → 90,827
    //   total 12,000,000 + 120,000 + 414 + 90,827 = 12,211,241
    const id = await create({
      kind: 'CREDIT',
      repaymentMethod: 'BULLET',
      principal: '12000000',
      annualRate: '0.06',
      termMonths: 12,
      disbursedOn: '2025-01-10',
    });
    const q = await quote(id, '2025-03-10');
    expect(q).toEqual({
      asOf: '2025-03-10',
      principal: '12000000',
      interest: '120000',
      penaltyInterest: '414',
      prepaymentFee: '90827',
      prepaymentFeeRuleSet: 'KR-BANK-PREPAYMENT-FEE-PRE-2025',
      total: '12211241',
    });
    const short = await pay(id, { kind: 'FULL', amount: '12210827', paidOn: '2025-03-10' });
    expect(short).toMatchObject({ __typename: 'RepaymentTooSmallError' });
    // What the quote charges is what the arrears show owed that day (accrued through it), before the payment.
    expect((await arrears(id, '2025-03-10')).delinquency).toMatchObject({
      daysPastDue: 28,
      penaltyInterest: '414',
    });
    const full = await pay(id, { kind: 'FULL', amount: '12211241', paidOn: '2025-03-10' });
    expect(full).toMatchObject({
      balance: '0',
      repayment: { principal: '12000000', interest: '120000', penalty: '414', fee: '90827' },
    });
    const before = await arrears(id, '2025-03-09');
    expect(before).toMatchObject({ status: 'CLOSED' });
    expect(before.delinquency).toMatchObject({
      overdueAmount: '60000',
      overdueInstallments: 1,
      daysPastDue: 27,
      penaltyInterest: '399',
      penaltyCollected: '0',
    });
    const after = await arrears(id, '2025-03-10');
    expect(after.delinquency).toMatchObject({
      overdueAmount: '0',
      assetClass: 'NORMAL',
      penaltyInterest: '0',
      penaltyCollected: '414',
    });
    expect(await quote(id, '2025-03-10')).toBeNull();
  });

  it('a loan with 12 missed instalments pays off with its penalty interest, not simple interest', async () => {
    const id = await create({ disbursedOn: '2025-01-10' });
    const q = (await quote(id, '2026-01-20'))!;
    expect(BigInt(q.penaltyInterest as string)).toBeGreaterThan(0n);
    const before = await arrears(id, '2026-01-19');
    expect(before.delinquency).toMatchObject({ overdueInstallments: 12 });
    // The penalty owed on the payoff day equals the quote's (accrued up to and including that day), one day's
    // penalty more than the day before.
    const onTheDay = await arrears(id, '2026-01-20');
    expect(onTheDay.delinquency.penaltyInterest).toBe(q.penaltyInterest);
    expect(BigInt(q.penaltyInterest as string)).toBeGreaterThan(
      BigInt(before.delinquency.penaltyInterest as string),
    );
    const full = await pay(id, { kind: 'FULL', amount: q.total, paidOn: '2026-01-20' });
    expect(full.repayment).toMatchObject({ penalty: q.penaltyInterest, interest: q.interest });
    const after = await arrears(id, '2026-01-20');
    expect(after.delinquency).toMatchObject({
      assetClass: 'NORMAL',
      penaltyCollected: q.penaltyInterest,
    });
    expect((await arrears(id, '2026-01-19')).delinquency).toEqual(before.delinquency);
  });

  it('payoffQuote.prepaymentFeeEndsOn: the disbursement + 1,095 days, the first day the fee is 0; null for a kind without a fee rate', async () => {
    // 12,000,000 fixed credit (pre-reform 0.8 %), BULLET, disbursed 2023-01-10: 2023-01-10 + 1,095 days = 2026-01-09.
    //   2026-01-08: 12,000,000 × 0.008 × 1 ÷ 1,095 = 87.67 → 87 (one day of the window left); 2026-01-09: 0.
    const id = await create({
      kind: 'CREDIT',
      repaymentMethod: 'BULLET',
      principal: '12000000',
      annualRate: '0.06',
      termMonths: 60,
      disbursedOn: '2023-01-10',
    });
    const FEE = `query ($id: ID!, $asOf: LocalDate) { loan(id: $id) { payoffQuote(asOf: $asOf) {
      prepaymentFee { amount } prepaymentFeeEndsOn } } }`;
    const fee = async (loanId: string, asOf: string) => {
      const res = await t.request<{ loan: { payoffQuote: Obj } }>(FEE, { id: loanId, asOf }, admin);
      expect(res.errors).toBeUndefined();
      return amounts(res.data!.loan.payoffQuote);
    };
    expect(await fee(id, '2026-01-08')).toEqual({ prepaymentFee: '87', prepaymentFeeEndsOn: '2026-01-09' });
    expect(await fee(id, '2026-01-09')).toEqual({ prepaymentFee: '0', prepaymentFeeEndsOn: '2026-01-09' });
    // The fee tables have no rate for a jeonse loan: no fee at any time, no end day.
    const jeonse = await create({
      kind: 'JEONSE',
      repaymentMethod: 'BULLET',
      principal: '100000000',
      annualRate: '0.04',
      termMonths: 24,
      disbursedOn: '2025-06-10',
    });
    expect(await fee(jeonse, '2025-07-10')).toEqual({ prepaymentFee: '0', prepaymentFeeEndsOn: null });
  });

  it('refuses a PREPAYMENT while instalments are overdue; delinquency(asOf) ignores later transactions', async () => {
    // Five missed instalments by 2025-06-30 (due 02-10, 03-10, 04-10, 05-10 → 05-12, 06-10).
    const id = await create({ disbursedOn: '2025-01-10' });
    const view = await arrears(id, '2025-06-30');
    // The figures: 5 × 1,432,245 = 7,161,225 overdue; penalty at 4 % + 3 %p on each instalment from the
    // day after its due date (05-10 is a Saturday: 05-12) to 06-30 — 140 + 112 + 81 + 49 + 20 = 402 days:
    // 1,432,245 × 0.07 × 402 ÷ 365 = 110,420.2 → 110,420.
    expect(view.delinquency).toMatchObject({
      overdueInstallments: 5,
      overdueAmount: '7161225',
      penaltyInterest: '110420',
    });
    const prepay = await pay(id, { kind: 'PREPAYMENT', amount: '100000000', paidOn: '2025-07-10' });
    expect(prepay).toMatchObject({
      __typename: 'PrepaymentWhileOverdueError',
      code: 'PREPAYMENT_WHILE_OVERDUE',
    });
    expect(BigInt(prepay.overdueAmount as string)).toBeGreaterThan(
      BigInt(view.delinquency.overdueAmount as string),
    );
    const partial = await pay(id, { kind: 'PARTIAL', amount: '3000000', paidOn: '2025-07-10' });
    expect(partial.__typename).toBe('RecordRepaymentPayload');
    expect((await arrears(id, '2025-06-30')).delinquency).toEqual(view.delinquency);
    // A back-dated payment is accepted and reprocesses the later one (test/loan-backdated.api.test.ts); the view
    // as of a day before it still does not move.
    const back = await pay(id, { kind: 'PARTIAL', amount: '1000', paidOn: '2025-07-01' });
    expect(back.__typename).toBe('RecordRepaymentPayload');
    expect((await arrears(id, '2025-06-30')).delinquency).toEqual(view.delinquency);
  });

  it('repeating an idempotency key returns the first result; reusing it for another payment is an error', async () => {
    const id = await create({});
    const input = { idempotencyKey: 'same-key', kind: 'PARTIAL', amount: '500000', paidOn: '2026-02-01' };
    const first = await pay(id, input);
    const again = await pay(id, input);
    expect(first).toMatchObject({ __typename: 'RecordRepaymentPayload', replayed: false });
    expect(again).toMatchObject({
      __typename: 'RecordRepaymentPayload',
      replayed: true,
      repayment: first.repayment,
      balance: first.balance,
    });
    const other = await pay(id, { ...input, amount: '600000' });
    expect(other).toMatchObject({ __typename: 'DuplicateRepaymentError', code: 'DUPLICATE_IDEMPOTENCY_KEY' });
    expect((await arrears(id, '2026-02-01')).repaymentHistory).toHaveLength(1);
  });

  it("runs the README's loan examples in order on a demo loan and leaves every won accounted for", async () => {
    // README: MyLoans → Payoff → Prepay (today) → NextPayment (re-amortised) → Pay (REGULAR = that instalment,
    // paid early today) → a FULL payoff of the quote (what a refinance disbursement records), every one valued today
    // (a day to come is refused: input-errors.api.test.ts). Every repayment's parts add up to its amount, the
    // principal repaid is the principal lent, and no interest is booked ahead of time.
    const { customer } = await t.demoSession();
    const mine = await t.request<{
      me: {
        customer: {
          loans: { id: string; status: string; principal: { amount: string }; nextPayment: Obj | null }[];
        };
      };
    }>(
      '{ me { customer { loans { id status principal { amount } nextPayment { dueDate payment { amount } } } } } }',
      {},
      customer,
    );
    expect(mine.errors).toBeUndefined();
    let picked: { id: string; principal: string; due: string; payment: string } | null = null;
    for (const l of mine.data!.me.customer.loans) {
      if (l.status !== 'ACTIVE' || !l.nextPayment) continue;
      const next = amounts(l.nextPayment) as { dueDate: string; payment: string };
      const a = await arrears(l.id, next.dueDate);
      if (a.delinquency.overdueAmount !== '0') continue;
      picked = { id: l.id, principal: l.principal.amount, due: next.dueDate, payment: next.payment };
      break;
    }
    expect(picked).not.toBeNull(); // the demo customer has a loan in good standing
    if (!picked) return;
    const today = koreanDate(t.app.container.clock());
    const prepaid = await pay(picked.id, {
      kind: 'PREPAYMENT',
      amount: String(BigInt(picked.principal) / 20n),
      paidOn: today,
    });
    expect(prepaid.__typename).toBe('RecordRepaymentPayload');
    const next = await t.request<{ loan: { nextPayment: { payment: { amount: string } } } }>(
      'query ($id: ID!) { loan(id: $id) { nextPayment { payment { amount } } } }',
      { id: picked.id },
      admin,
    );
    const payment = next.data!.loan.nextPayment.payment.amount;
    expect(BigInt(payment)).toBeLessThan(BigInt(picked.payment)); // re-amortised, maturity kept
    const paid = await pay(picked.id, { kind: 'REGULAR', amount: payment, paidOn: today });
    expect(paid.__typename).toBe('RecordRepaymentPayload');
    const q = (await quote(picked.id, today))!;
    const full = await pay(picked.id, { kind: 'FULL', amount: q.total, paidOn: today });
    expect(full).toMatchObject({ balance: '0' });
    const history = await t.request<{ loan: { repaymentHistory: Obj[] } }>(
      `query ($id: ID!) { loan(id: $id) { repaymentHistory { kind paidOn revision amount { amount } principal { amount }
        interest { amount } penalty { amount } fee { amount } allocations { part installmentNumber amount { amount } } } } }`,
      { id: picked.id },
      admin,
    );
    const rows = amounts(history.data!.loan.repaymentHistory) as (Record<string, string> & {
      allocations: { part: string; amount: string }[];
    })[];
    for (const r of rows) {
      expect(BigInt(r.amount)).toBe(
        BigInt(r.principal) + BigInt(r.interest) + BigInt(r.penalty) + BigInt(r.fee),
      );
      // README's History: the stored allocation rows add up to the amount, part by part.
      for (const part of ['PRINCIPAL', 'INTEREST', 'PENALTY', 'FEE'] as const) {
        const sum = r.allocations.filter((a) => a.part === part).reduce((t, a) => t + BigInt(a.amount), 0n);
        expect(sum).toBe(BigInt(r[part.toLowerCase()]));
      }
    }
    expect(rows.reduce((sum, r) => sum + BigInt(r.principal), 0n)).toBe(BigInt(picked.principal));
    // The prepayment collected the interest on the prepaid principal since the last due date only: at most one
    // month of it at the legal maximum rate (20 %).
    const pre = rows.find((r) => r.kind === 'PREPAYMENT')!;
    expect(BigInt(pre.interest) * 365n).toBeLessThanOrEqual(((BigInt(pre.principal) * 20n) / 100n) * 31n);
  });
});
