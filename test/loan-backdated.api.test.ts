import { createRng } from '../src/common/random';
import { startTestApp, TestApp } from './support/app';

// Issue 13, "history is stable": a REGULAR or PARTIAL payment valued before recorded ones is accepted and the later
// ones are reprocessed — re-allocated in value-date order in the same database transaction, recorded as such
// (revision, `reprocessed`) — as Apache Fineract does. An "as of" view never changes when a later-dated
// transaction is recorded, and the ledger does not depend on the order payments were recorded in. Every
// repayment's stored allocation rows add up to its amount.

type Obj = Record<string, unknown>;

const CREATE = `mutation ($input: CreateLoanInput!) { createLoan(input: $input) { id } }`;
const REPAYMENT = `id kind paidOn revision amount { amount } principal { amount } interest { amount }
  penalty { amount } fee { amount } balanceAfter { amount }
  allocations { part installmentNumber amount { amount } }`;
const PAY = `mutation ($input: RecordRepaymentInput!) { recordRepayment(input: $input) {
  __typename
  ... on ErrorResult { code message }
  ... on RecordRepaymentPayload { balance { amount } paidInstallments repayment { ${REPAYMENT} }
    reprocessed { repayment { ${REPAYMENT} } previousPrincipal { amount } previousInterest { amount }
      previousPenalty { amount } previousBalanceAfter { amount } } }
  ... on RepaymentBackdatedError { latestValueDate }
} }`;
const LEDGER = `query ($id: ID!, $asOf: LocalDate) { loan(id: $id) { status balance { amount }
  delinquency(asOf: $asOf) { overdueAmount { amount } overdueInstallments daysPastDue penaltyInterest { amount }
    penaltyCollected { amount } }
  payoffQuote(asOf: $asOf) { total { amount } }
  asOfSchedule: schedule(first: 8, asOf: $asOf) { edges { node { number principal { amount } interest { amount } paid } } }
  schedule(first: 24) { edges { node { number principal { amount } interest { amount } paid } } }
  repaymentHistory { ${REPAYMENT} } } }`;

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

type Repayment = {
  id: string;
  kind: string;
  paidOn: string;
  revision: number;
  amount: string;
  principal: string;
  interest: string;
  penalty: string;
  fee: string;
  balanceAfter: string;
  allocations: { part: string; installmentNumber: number | null; amount: string }[];
};

/** Σ allocation rows = amount, and by part = the repayment's parts. */
function expectAllocated(r: Repayment): void {
  const sum = (part?: string) =>
    r.allocations.filter((a) => !part || a.part === part).reduce((s, a) => s + BigInt(a.amount), 0n);
  expect(sum()).toBe(BigInt(r.amount));
  expect(sum('PRINCIPAL')).toBe(BigInt(r.principal));
  expect(sum('INTEREST')).toBe(BigInt(r.interest));
  expect(sum('PENALTY')).toBe(BigInt(r.penalty));
  expect(sum('FEE')).toBe(BigInt(r.fee));
}

/** A repayment without what depends on when and how it was recorded (ids, revisions). */
const parts = ({ id: _id, revision: _revision, ...rest }: Repayment) => rest;

describe('back-dated repayments reprocess the later ones (issue 13)', () => {
  let t: TestApp;
  let admin: string;
  let customerId: string;
  let n = 0;

  const create = async (terms: Obj = {}) => {
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
          disbursedOn: '2025-01-10',
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
      { input: { loanId, idempotencyKey: `b-${++n}`, ...input } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    return amounts(res.data!.recordRepayment) as Obj & {
      repayment: Repayment;
      reprocessed: (Obj & { repayment: Repayment })[];
    };
  };
  const ledger = async (id: string, asOf?: string) => {
    const res = await t.request<{ loan: Obj }>(LEDGER, { id, asOf }, admin);
    expect(res.errors).toBeUndefined();
    return amounts(res.data!.loan) as Obj & { repaymentHistory: Repayment[]; delinquency: Obj };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const s = await t.demoSession();
    admin = s.admin;
    customerId = s.otherCustomerId;
  });
  afterAll(() => t.stop());

  it('accepts a back-dated PARTIAL, re-allocates the later payment and leaves earlier views as they were', async () => {
    // 300,000,000 at 4 %, 360 months, disbursed 2025-01-10 (instalment 1,432,245): nothing paid until a PARTIAL of
    // 3,000,000 on 2025-07-10 is recorded; then a PARTIAL of 1,000,000 valued 2025-06-11 arrives.
    const id = await create();
    const july = await pay(id, { kind: 'PARTIAL', amount: '3000000', paidOn: '2025-07-10' });
    expect(july.__typename).toBe('RecordRepaymentPayload');
    const before = await ledger(id, '2025-06-10');
    const back = await pay(id, { kind: 'PARTIAL', amount: '1000000', paidOn: '2025-06-11' });
    expect(back).toMatchObject({ __typename: 'RecordRepaymentPayload' });
    // Allocated on the ledger of 2025-06-11: penalty interest accrued up to and including 06-11 first — 1,432,245 ×
    // 7 % over 121 + 93 + 62 + 30 + 1 = 307 instalment-days (due 02-10, 03-10, 04-10, 05-12, 06-10; each from the
    // day after) ÷ 365 = 84,325.88 → 84,325 — then instalment 1's interest (1,000,000): 915,675.
    expect(back.repayment).toMatchObject({
      penalty: '84325',
      interest: '915675',
      principal: '0',
      revision: 0,
    });
    expect(back.repayment.allocations).toEqual([
      { part: 'PENALTY', installmentNumber: null, amount: '84325' },
      { part: 'INTEREST', installmentNumber: 1, amount: '915675' },
    ]);
    // The July payment is reprocessed: same amount, re-allocated (less penalty now), revision 1, before kept.
    expect(back.reprocessed).toHaveLength(1);
    const re = back.reprocessed[0];
    expect(re.repayment).toMatchObject({ id: july.repayment.id, amount: '3000000', revision: 1 });
    expect(re).toMatchObject({
      previousPenalty: july.repayment.penalty,
      previousInterest: july.repayment.interest,
      previousPrincipal: july.repayment.principal,
    });
    expect(BigInt(re.repayment.penalty)).toBeLessThan(BigInt(july.repayment.penalty));
    expectAllocated(back.repayment);
    expectAllocated(re.repayment);
    // A view as of a day before the back-dated value date did not move.
    expect(await ledger(id, '2025-06-10')).toMatchObject({
      delinquency: before.delinquency,
      payoffQuote: before.payoffQuote,
      asOfSchedule: before.asOfSchedule,
    });
    // The stored history agrees with the payload.
    const now = await ledger(id);
    expect(now.repaymentHistory.map((r) => r.id)).toEqual([july.repayment.id, back.repayment.id]);
    expect(now.repaymentHistory[0]).toEqual(re.repayment);
  });

  it('arrears read again in the same process follow each new repayment (the arrears memo keys on every row)', async () => {
    // Nothing paid on the 1,432,245 instalments due 10 Feb … 10 Aug 2025: seven overdue on 20 Aug. The arrears are
    // remembered across requests by a digest of the loan, its repayments and its rate changes (issue 15): a
    // repayment, and the reprocessing a back-dated one causes, must show at once in the next read.
    const id = await create();
    const arrears = async () => (await ledger(id, '2025-08-20')).delinquency as Record<string, string>;
    const first = await arrears();
    expect(first).toMatchObject({ overdueInstallments: 7, overdueAmount: String(7 * 1432245) });
    expect(Number(first.penaltyInterest)).toBeGreaterThan(0);
    expect(await arrears()).toEqual(first); // the same inputs: the same answer

    await pay(id, { kind: 'PARTIAL', amount: '3000000', paidOn: '2025-08-12' });
    const second = await arrears();
    expect(second.overdueInstallments).toBeLessThan(7);
    expect(BigInt(second.overdueAmount)).toBeLessThan(BigInt(first.overdueAmount));
    expect(BigInt(second.penaltyCollected)).toBeGreaterThan(0n);

    // A back-dated payment re-allocates the August one (its revision changes): the view moves again.
    await pay(id, { kind: 'PARTIAL', amount: '1000000', paidOn: '2025-03-11' });
    const third = await arrears();
    expect(BigInt(third.overdueAmount)).toBeLessThan(BigInt(second.overdueAmount));
    expect(third.penaltyInterest).not.toEqual(second.penaltyInterest);
  });

  it('refuses what cannot be reprocessed: back-dated PREPAYMENT or FULL, payments before a PREPAYMENT, conflicts', async () => {
    const id = await create({ disbursedOn: '2026-01-10' });
    // REGULAR pays instalment 1 on its due date (1,432,245: 1,000,000 interest + 432,245 principal).
    const regular = await pay(id, { kind: 'REGULAR', amount: '1432245', paidOn: '2026-02-10' });
    expect(regular.__typename).toBe('RecordRepaymentPayload');
    for (const kind of ['PREPAYMENT', 'FULL']) {
      expect(await pay(id, { kind, amount: '1000000', paidOn: '2026-01-20' })).toMatchObject({
        __typename: 'RepaymentBackdatedError',
        latestValueDate: '2026-02-10',
      });
    }
    // Paying instalment 1 again on 2026-01-20 would leave nothing for the REGULAR of 02-10 to settle on its day.
    const clash = await pay(id, { kind: 'PARTIAL', amount: '1432245', paidOn: '2026-01-20' });
    expect(clash).toMatchObject({ __typename: 'RepaymentBackdatedError', latestValueDate: '2026-02-10' });
    expect(clash.message).toContain('nothing was recorded');
    // A PREPAYMENT (priced on its day's ledger) stops back-dating before it.
    const prepaid = await pay(id, { kind: 'PREPAYMENT', amount: '10000000', paidOn: '2026-02-20' });
    expect(prepaid.__typename).toBe('RecordRepaymentPayload');
    expect(await pay(id, { kind: 'PARTIAL', amount: '1000', paidOn: '2026-02-15' })).toMatchObject({
      __typename: 'RepaymentBackdatedError',
      latestValueDate: '2026-02-20',
    });
    const after = await ledger(id);
    expect(after.repaymentHistory.map((r) => [r.kind, r.revision])).toEqual([
      ['REGULAR', 0],
      ['PREPAYMENT', 0],
    ]);
    for (const r of after.repaymentHistory) expectAllocated(r);
  });

  it('property: recorded in any order, the ledger equals the one recorded in value-date order, and as-of views never move', async () => {
    const rng = createRng('issue-13-backdated');
    for (let loanNo = 0; loanNo < 2; loanNo++) {
      // Five PARTIAL payments, each some days after an instalment's due date and at most one instalment.
      const payments = Array.from({ length: 5 }, (_x, k) => {
        const due = new Date(Date.UTC(2025, 1 + k, 10 + rng.int(1, 15)));
        return {
          kind: 'PARTIAL',
          paidOn: due.toISOString().slice(0, 10),
          amount: String(rng.int(700_000, 1_432_245)),
        };
      });
      const shuffled = [...payments];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      const inOrder = await create();
      for (const p of payments) expect((await pay(inOrder, p)).__typename).toBe('RecordRepaymentPayload');
      const outOfOrder = await create();
      const views = new Map<string, unknown>();
      const days = ['2025-02-28', ...payments.map((p) => p.paidOn), '2025-07-31'];
      for (const p of shuffled) {
        const res = await pay(outOfOrder, p);
        expect(res.__typename).toBe('RecordRepaymentPayload');
        // Every view as of a day before this value date is what it was before this payment was recorded.
        for (const day of days) {
          const view = await ledger(outOfOrder, day);
          const seen = {
            delinquency: view.delinquency,
            payoffQuote: view.payoffQuote,
            asOfSchedule: view.asOfSchedule,
          };
          if (day < p.paidOn && views.has(day)) expect(seen).toEqual(views.get(day));
          views.set(day, seen);
        }
      }
      const a = await ledger(inOrder);
      const b = await ledger(outOfOrder);
      const byDate = (rows: Repayment[]) =>
        [...rows].sort((x, y) => (x.paidOn < y.paidOn ? -1 : 1)).map(parts);
      expect(byDate(b.repaymentHistory)).toEqual(byDate(a.repaymentHistory));
      expect(b.schedule).toEqual(a.schedule);
      expect(b.balance).toEqual(a.balance);
      for (const r of b.repaymentHistory) expectAllocated(r);
    }
  });
});
