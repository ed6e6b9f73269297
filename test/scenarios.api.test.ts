import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { CUSTOMER_TYPE } from '../src/modules/customers';
import { COMPUTE_THRESHOLDS_JOB, type ComputeThresholdsJob } from '../src/modules/scenarios';
import { Role } from '../src/common/context';
import { createRequestContext } from '../src/app/context';
import { startTestApp, TestApp } from './support/app';
import {
  CreateLoanDocument,
  CustomerScenariosDocument,
  EvaluateScenarioDocument,
} from './generated/operations';

// Scenario thresholds computed in SQL on a small world (checked against hand-computed percentile_cont values),
// versioning (default set → v1 → v2 by the job), customer.scenario(s) with ownership, evaluateScenario and
// its validation, and the direction of change after a missed repayment.

describe('scenarios API', () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let customer: string;
  let ownId: string;
  let otherId: string;
  const ids: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => t.app.container.dataSource.query(text, params);

  async function quarter(id: string, start: string, total: number, income: number, deposit: number | null) {
    await sql(
      `INSERT INTO customer_quarter (customer_id, quarter_start, source, total_amount, transaction_count, income, deposit_balance)
       VALUES ($1, $2, 'IMPORTED', $3, 10, $4, $5)`,
      [id, start, total, income, deposit],
    );
  }

  async function bulletLoan(customerGlobalId: string, principal: string, rate: string, termMonths: number) {
    const res = await t.execute(
      CreateLoanDocument,
      {
        input: {
          customerId: customerGlobalId,
          kind: 'CREDIT',
          repaymentMethod: 'BULLET',
          rateType: 'FIXED',
          interestConvention: 'MONTHLY',
          lender: '테스트은행',
          lenderType: 'BANK',
          principal,
          annualRate: rate,
          termMonths,
          graceMonths: 0,
          disbursedOn: '2025-06-30',
        } as never,
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }

  beforeAll(async () => {
    t = await startTestApp();
    ({ admin, analyst, customer, ownCustomerId: ownId, otherCustomerId: otherId } = await t.demoSession());
    // This file builds its own small world: the demo portfolio's seeded loans would enter every percentile.
    await sql(`DELETE FROM repayment`);
    await sql(`DELETE FROM loan`);
    const own = fromGlobalId(ownId).id;
    const other = fromGlobalId(otherId).id;
    const rest = (await sql(
      `SELECT id FROM customer WHERE id <> ALL($1::uuid[]) ORDER BY customer_number LIMIT 3`,
      [[own, other]],
    )) as { id: string }[];
    Object.assign(ids, { A: own, B: other, C: rest[0].id, D: rest[1].id, E: rest[2].id });
    // A, B, C: Seoul, 30s; D, E: Busan, 50s (birth dates far from band edges for the real clock).
    for (const k of ['A', 'B', 'C'])
      await sql(`UPDATE customer SET region = 'SEOUL', birth_date = '1991-06-01' WHERE id = $1`, [ids[k]]);
    for (const k of ['D', 'E'])
      await sql(`UPDATE customer SET region = 'BUSAN', birth_date = '1971-03-01' WHERE id = $1`, [ids[k]]);
    await sql(`UPDATE customer SET annual_income = 40000000 WHERE id = ANY($1::uuid[])`, [[ids.A, ids.D]]);
    await sql(`UPDATE customer SET annual_income = 50000000 WHERE id = $1`, [ids.B]);
    // latest quarter 2025Q4 and the one before
    await quarter(ids.A, '2025-10-01', 3_000_000, 10_000_000, 6_000_000);
    await quarter(ids.A, '2025-07-01', 2_000_000, 10_000_000, null);
    await quarter(ids.B, '2025-10-01', 6_000_000, 10_000_000, 3_000_000);
    await quarter(ids.B, '2025-07-01', 4_000_000, 12_500_000, null);
    await quarter(ids.C, '2025-10-01', 9_000_000, 10_000_000, 30_000_000);
    await quarter(ids.C, '2025-07-01', 9_000_000, 8_000_000, null);
    await quarter(ids.D, '2025-10-01', 2_000_000, 4_000_000, 1_000_000);
    await quarter(ids.D, '2025-07-01', 1_000_000, 5_000_000, null);
    await quarter(ids.E, '2025-10-01', 4_000_000, 5_000_000, 20_000_000);
    // bullet loans: annual service P·rate (term 36) or P·(1 + rate) (maturing within the year)
    const gid = (k: string) => (k === 'A' ? ownId : k === 'B' ? otherId : null);
    await bulletLoan(gid('A')!, '12000000', '0.06', 36); // DSR 720,000 / 40,000,000 = 0.018
    await bulletLoan(gid('B')!, '100000000', '0.05', 36); // 5,000,000 / 50,000,000 = 0.1
    const dGlobal = (
      await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
        '{ customers(first: 100) { edges { node { id } } } }',
        {},
        analyst,
      )
    )
      .data!.customers.edges.map((e) => e.node.id)
      .find((g) => fromGlobalId(g).id === ids.D)!;
    await bulletLoan(dGlobal, '10000000', '0.12', 12); // 11,200,000 / 40,000,000 = 0.28
  });
  afterAll(() => t.stop());

  it('uses the built-in default thresholds until a set is computed', async () => {
    const res = await t.execute(
      EvaluateScenarioDocument,
      { metrics: { dsr: 0.5, maxDaysPastDue: 0 } },
      customer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.evaluateScenario.thresholdVersion).toBe('default-2026-11-21');
    const debt = res.data!.evaluateScenario.scenarios.find((s) => s.label === 'DEBT_BURDEN')!;
    // 0.5 over 0.4: margin 0.25 → σ(1)
    expect(debt.probability).toBeCloseTo(0.7310586, 6);
    expect(debt.calibrated).toBe(false);
    expect(debt.keyMetrics).toEqual([
      { name: 'dsr', value: 0.5, threshold: 0.4, direction: 'ABOVE', triggered: true },
    ]);
  });

  it('rejects bad what-if input naming the field', async () => {
    const res = await t.execute(
      EvaluateScenarioDocument,
      { metrics: { dsr: -1, spendToIncome: 0.5 } },
      customer,
    );
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toContain(
      'metrics.dsr',
    );
    const money = await t.execute(EvaluateScenarioDocument, { metrics: { overdueAmount: '12.5' } }, customer);
    expect(money.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((money.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toContain(
      'metrics.overdueAmount',
    );
    const anon = await t.execute(EvaluateScenarioDocument, { metrics: { dsr: 0.1 } });
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('computes percentile thresholds per peer group in SQL (hand-computed percentile_cont)', async () => {
    const ctx = createRequestContext(t.app.container, { viewer: { userId: 'test', role: Role.ADMIN } });
    const set = await t.app.container.services.scenarios.computeThresholds(ctx, '2026-01-01', 3);
    expect(set.version).toBe('v1-2026-01-01');
    expect(set.customers).toBe(5);
    // Seoul 30s has 3 members (stored); Busan 50s has 2 (< 3: no row, the everyone row applies)
    expect(set.rows.map((r) => `${r.ageBand}|${r.region}|${r.sampleSize}`)).toEqual(['*|*|5', '30s|SEOUL|3']);
    const [all, seoul] = set.rows;
    // everyone: spend/income [.3 .5 .6 .8 .9] P80 → pos 3.2 → 0.82; QoQ [0 .5 .5 1] P80 → pos 2.4 → 0.7
    expect(all.spendToIncomeP80).toBeCloseTo(0.82, 10);
    expect(all.spendQoqChangeP80).toBeCloseTo(0.7, 10);
    // DSR of borrowers [.018 .1 .28] P90 → pos 1.8 → 0.244; rates [.05 .06 .12] P75 → pos 1.5 → 0.09
    expect(all.dsrP90).toBeCloseTo(0.244, 10);
    expect(all.weightedLoanRateP75).toBeCloseTo(0.09, 10);
    // liquidity months [1.5 1.5 6 10 15] P20 → pos 0.8 → 1.5; income change [−.2 −.2 0 .25] P10 → −0.2
    expect(all.liquidityMonthsP20).toBeCloseTo(1.5, 10);
    expect(all.incomeChangeP10).toBeCloseTo(-0.2, 10);
    // Seoul 30s: [.3 .6 .9] P80 → 0.78; QoQ [0 .5 .5] → 0.5; DSR [.018 .1] P90 → 0.0918; rates [.05 .06] P75 → 0.0575
    expect(seoul.spendToIncomeP80).toBeCloseTo(0.78, 10);
    expect(seoul.spendQoqChangeP80).toBeCloseTo(0.5, 10);
    expect(seoul.dsrP90).toBeCloseTo(0.0918, 10);
    expect(seoul.weightedLoanRateP75).toBeCloseTo(0.0575, 10);
    // liquidity [1.5 6 10] P20 → pos 0.4 → 3.3; income change [−.2 0 .25] P10 → pos 0.2 → −0.16
    expect(seoul.liquidityMonthsP20).toBeCloseTo(3.3, 10);
    expect(seoul.incomeChangeP10).toBeCloseTo(-0.16, 10);
  });

  it('names the threshold version in every evaluation and uses the peer group', async () => {
    const res = await t.execute(CustomerScenariosDocument, { id: ownId }, customer);
    expect(res.errors).toBeUndefined();
    const c = res.data!.customer!;
    expect(c.scenarios.thresholdVersion).toBe('v1-2026-01-01');
    expect(c.scenario!.thresholdVersion).toBe('v1-2026-01-01');
    for (const s of c.scenarios.scenarios) expect(s.thresholdVersion).toBe('v1-2026-01-01');
    const over = c.scenarios.scenarios.find((s) => s.label === 'OVERSPENDING')!;
    // A: spend/income 0.3 against Seoul-30s P80 0.78; QoQ +50 % against 0.5 (not above)
    expect(over.keyMetrics).toEqual([
      {
        name: 'spendToIncome',
        value: 0.3,
        threshold: expect.closeTo(0.78, 10),
        direction: 'ABOVE',
        triggered: false,
      },
      {
        name: 'spendQoqChange',
        value: 0.5,
        threshold: expect.closeTo(0.5, 10),
        direction: 'ABOVE',
        triggered: false,
      },
    ]);
    const primary = c.scenarios.scenarios[0];
    expect(c.scenario!.label).toBe(primary.label);
    expect(c.scenarios.primary!.label).toBe(primary.label);
  });

  it('lets a customer see only their own scenarios; staff see all', async () => {
    const denied = await t.execute(CustomerScenariosDocument, { id: otherId }, customer);
    expect(denied.errors![0].extensions!.code).toBe('NOT_FOUND');
    const staff = await t.execute(CustomerScenariosDocument, { id: otherId }, analyst);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.customer!.scenarios.scenarios.length).toBeGreaterThan(0);
  });

  it('raises the delinquency risk after missed repayments (and spending spikes raise overspending)', async () => {
    const cId = toGlobalId(CUSTOMER_TYPE, ids.C);
    const scenarios = async () =>
      (await t.execute(CustomerScenariosDocument, { id: cId }, analyst)).data!.customer!.scenarios.scenarios;
    const risk = async () => (await scenarios()).find((s) => s.label === 'DELINQUENCY_RISK')!;
    const before = await risk();
    expect(before.calibrated).toBe(true);
    expect(before.keyMetrics.find((k) => k.name === 'maxDaysPastDue')!.value).toBe(0);
    // a bullet loan disbursed 2025-06-30 with nothing paid: its monthly interest is months overdue
    await bulletLoan(cId, '5000000', '0.07', 36);
    const after = await risk();
    expect(after.keyMetrics.find((k) => k.name === 'maxDaysPastDue')!.value).toBeGreaterThan(30);
    expect(after.keyMetrics.find((k) => k.name === 'maxDaysPastDue')!.triggered).toBe(true);
    expect(after.probability).toBeGreaterThan(before.probability);

    // C's spending triples in a new quarter (2026Q1) with the same income → OVERSPENDING triggers
    const overBefore = (await scenarios()).find((s) => s.label === 'OVERSPENDING')!;
    await quarter(ids.C, '2026-01-01', 27_000_000, 10_000_000, 30_000_000);
    const overAfter = (await scenarios()).find((s) => s.label === 'OVERSPENDING')!;
    expect(overAfter.probability).toBeGreaterThan(overBefore.probability);
    expect(overAfter.keyMetrics.every((k) => k.triggered)).toBe(true);
  });

  it('writes a new version from the job runner', async () => {
    const { jobs } = t.app.container;
    const id = await jobs.enqueue<ComputeThresholdsJob>(COMPUTE_THRESHOLDS_JOB, {
      asOf: '2026-01-01',
      minGroupSize: 3,
    });
    let state = (await jobs.get(id, COMPUTE_THRESHOLDS_JOB))?.state;
    while (state === 'queued' || state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = (await jobs.get(id, COMPUTE_THRESHOLDS_JOB))?.state;
    }
    expect(state).toBe('completed');
    const res = await t.execute(EvaluateScenarioDocument, { metrics: { maxDaysPastDue: 0 } }, customer);
    expect(res.data!.evaluateScenario.thresholdVersion).toBe('v2-2026-01-01');
  });

  it('costs a constant number of SQL statements for customers { scenario }', async () => {
    const statements = async (first: number) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({
          query: `{ customers(first: ${first}) { edges { node { scenario { label probability } } } } }`,
        }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    const counts = [await statements(5), await statements(30)];
    expect(counts[0]).toBe(counts[1]);
  });
});
