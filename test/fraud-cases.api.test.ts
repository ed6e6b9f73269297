import { RequestScope, Role, type RequestContext } from '../src/common/context';
import { fromGlobalId } from '../src/common/global-id';
import { FraudRepository } from '../src/modules/fraud';
import {
  computeWindowedFeatures,
  DEFAULT_WINDOW_CONFIG,
  loadSupervisedModel,
  scoreSupervised,
  toWindowedInputs,
} from '../src/modules/insights/fraud-model';
import { startTestApp, subscribe, TestApp, waitForModelVersion } from './support/app';
import { insertPurchase } from './support/spending';

// Fraud cases (issue 17): the notification scan's flagged transactions open cases (once, however often it runs),
// the customer hears of a new one exactly once over graphql-ws, reports "not me" on their own purchases, staff
// confirm or dismiss with a reason, and every change lands in the audit trail.

const CASE_FIELDS = `id transactionId customerId state source score customerReportedAt customerNote
  amount { amount currency } merchantName openedAt resolvedAt resolvedBy reason`;

const SCAN = `mutation Scan($input: ScanNotificationsInput!) { scanNotifications(input: $input) { created } }`;
const CASES = `query Cases($state: FraudCaseState, $first: Int, $after: String) {
  fraudCases(state: $state, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${CASE_FIELDS} } }
  }
}`;
const REPORT = `mutation Report($transactionId: ID!, $note: String) {
  reportTransactionNotMine(transactionId: $transactionId, note: $note) { ${CASE_FIELDS} }
}`;
const RESOLVE = `mutation Resolve($id: ID!, $decision: FraudDecision!, $reason: String!) {
  resolveFraudCase(id: $id, decision: $decision, reason: $reason) { ${CASE_FIELDS} }
}`;

interface Case {
  id: string;
  transactionId: string;
  customerId: string;
  state: string;
  source: string;
  score: number | null;
  customerReportedAt: string | null;
  customerNote: string | null;
  amount: { amount: string; currency: string };
  merchantName: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  reason: string | null;
}

describe('fraud cases API', () => {
  let t: TestApp;
  let admin: string;
  let customer: string;
  let analyst: string;
  let own: string;
  let spikeId: string;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.container.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_SPENDING: 'true', DEMO_CUSTOMERS: '12' });
    const s = await t.demoSession();
    ({ admin, customer, analyst } = s);
    own = fromGlobalId(s.ownCustomerId).id;
    // The demo's first refit (a background job) lands before the tests refit themselves and count versions.
    await waitForModelVersion(t, 'LIFE_STAGE_THRESHOLDS');
    spikeId = await insertPurchase(t, own, {
      amount: 48_000_000,
      occurredAt: new Date(t.app.container.clock().getTime() - 60_000),
      merchantName: 'Test Jewellery',
      channel: 'OFFLINE',
      locality: 'OVERSEAS',
    });
  }, 180_000);

  afterAll(async () => {
    await t?.stop();
  });

  const auditCount = async (caseId: string) =>
    Number(
      (
        await sql<{ n: string }>(
          `SELECT count(*) AS n FROM audit_event WHERE kind = 'FRAUD_CASE' AND subject_id = $1`,
          [caseId],
        )
      )[0].n,
    );

  it('a flagged transaction opens one case and one notification over graphql-ws, however often the scan runs', async () => {
    const sub = subscribe<{ notificationAdded: { kind: string; transactionId: string | null } }>(
      t.ws(customer),
      `subscription { notificationAdded { kind transactionId } }`,
    );
    await new Promise((r) => setTimeout(r, 300));
    const input = { kinds: ['FLAGGED_TRANSACTION'] };
    const first = await t.request<{ scanNotifications: { created: number } }>(SCAN, { input }, admin);
    expect(first.errors).toBeUndefined();
    const again = await t.request<{ scanNotifications: { created: number } }>(SCAN, { input }, admin);
    expect(again.data!.scanNotifications.created).toBe(0);

    const rows = await sql<{ id: string; source: string; state: string; score: number }>(
      `SELECT id, source, state, score FROM fraud_case WHERE transaction_id = $1`,
      [spikeId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'ANOMALY', state: 'OPEN' });
    expect(rows[0].score).toBeGreaterThanOrEqual(t.app.container.config.fraud.caseThreshold);
    expect(await auditCount(rows[0].id)).toBe(1);

    await sub.next(1);
    await new Promise((r) => setTimeout(r, 1_000));
    sub.dispose();
    expect(sub.errors).toEqual([]);
    const aboutSpike = sub.results.filter((r) => r.notificationAdded.transactionId === spikeId);
    expect(aboutSpike).toHaveLength(1);
    expect(aboutSpike[0].notificationAdded.kind).toBe('FLAGGED_TRANSACTION');
    const stored = await sql<{ n: string }>(`SELECT count(*) AS n FROM notification WHERE fact_key = $1`, [
      `FLAGGED_TRANSACTION:${spikeId}`,
    ]);
    expect(Number(stored[0].n)).toBe(1);
  });

  it('lists cases for staff only, with paging and a state filter', async () => {
    const denied = await t.request(CASES, {}, customer);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const res = await t.request<{
      fraudCases: { totalCount: number; edges: { node: Case }[] };
    }>(CASES, { state: 'OPEN', first: 50 }, analyst);
    expect(res.errors).toBeUndefined();
    const spike = res.data!.fraudCases.edges.map((e) => e.node).find((c) => c.transactionId === spikeId)!;
    expect(spike).toMatchObject({
      state: 'OPEN',
      source: 'ANOMALY',
      merchantName: 'Test Jewellery',
      amount: { amount: '48000000', currency: 'KRW' },
    });
    expect(fromGlobalId(spike.customerId).id).toBe(own);
    expect(res.data!.fraudCases.totalCount).toBe(res.data!.fraudCases.edges.length);
    const page1 = await t.request<{
      fraudCases: { pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(CASES, { first: 1 }, admin);
    expect(page1.errors).toBeUndefined();
    const bad = await t.request(CASES, { first: 1, after: 'nonsense' }, admin);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const none = await t.request<{ fraudCases: { totalCount: number } }>(
      CASES,
      { state: 'DISMISSED' },
      admin,
    );
    expect(none.data!.fraudCases.totalCount).toBe(0);
  });

  it('the customer reports "not me" on own purchases only; repeating changes nothing', async () => {
    const [anomaly] = await sql<{ id: string }>(`SELECT id FROM fraud_case WHERE transaction_id = $1`, [
      spikeId,
    ]);
    const r1 = await t.request<{ reportTransactionNotMine: Case }>(
      REPORT,
      { transactionId: spikeId, note: '해외에서 쓴 적 없어요' },
      customer,
    );
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.reportTransactionNotMine).toMatchObject({
      id: anomaly.id,
      source: 'ANOMALY',
      state: 'OPEN',
      customerNote: '해외에서 쓴 적 없어요',
    });
    expect(r1.data!.reportTransactionNotMine.customerReportedAt).not.toBeNull();
    const r2 = await t.request<{ reportTransactionNotMine: Case }>(
      REPORT,
      { transactionId: spikeId },
      customer,
    );
    expect(r2.data!.reportTransactionNotMine).toEqual(r1.data!.reportTransactionNotMine);
    expect(await auditCount(anomaly.id)).toBe(2); // opened + the report

    // Another customer's purchase reads as missing; staff cannot report for the card holder; ids are checked.
    const [foreign] = await sql<{ id: string }>(
      `SELECT id::text AS id FROM card_transaction WHERE customer_id <> $1 AND kind = 'PURCHASE' LIMIT 1`,
      [own],
    );
    const notMine = await t.request(REPORT, { transactionId: foreign.id }, customer);
    expect(notMine.errors![0].extensions!.code).toBe('NOT_FOUND');
    const staff = await t.request(REPORT, { transactionId: spikeId }, analyst);
    expect(staff.errors![0].extensions!.code).toBe('FORBIDDEN');
    const badId = await t.request(REPORT, { transactionId: 'abc' }, customer);
    expect(badId.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badId.errors![0])).toContain('transactionId');

    // A purchase the scan did not flag: a new case from the report.
    const [plain] = await sql<{ id: string }>(
      `SELECT t.id::text AS id FROM card_transaction t LEFT JOIN fraud_case c ON c.transaction_id = t.id
        WHERE t.customer_id = $1 AND t.kind = 'PURCHASE' AND c.id IS NULL ORDER BY t.occurred_at DESC LIMIT 1`,
      [own],
    );
    const r3 = await t.request<{ reportTransactionNotMine: Case }>(
      REPORT,
      { transactionId: plain.id },
      customer,
    );
    expect(r3.errors).toBeUndefined();
    expect(r3.data!.reportTransactionNotMine).toMatchObject({
      source: 'CUSTOMER_REPORT',
      state: 'OPEN',
      score: null,
      transactionId: plain.id,
    });
    const again = await t.request<{ reportTransactionNotMine: Case }>(
      REPORT,
      { transactionId: plain.id },
      customer,
    );
    expect(again.data!.reportTransactionNotMine.id).toBe(r3.data!.reportTransactionNotMine.id);
    const count = await sql<{ n: string }>(`SELECT count(*) AS n FROM fraud_case WHERE transaction_id = $1`, [
      plain.id,
    ]);
    expect(Number(count[0].n)).toBe(1);
  });

  it('a note keeps the length the schema promises: 500 characters accepted, 501 refused by field, nothing written', async () => {
    const [tx] = await sql<{ id: string }>(
      `SELECT t.id::text AS id FROM card_transaction t LEFT JOIN fraud_case c ON c.transaction_id = t.id
        WHERE t.customer_id = $1 AND t.kind = 'PURCHASE' AND c.id IS NULL ORDER BY t.occurred_at ASC LIMIT 1`,
      [own],
    );
    const tooLong = await t.request(REPORT, { transactionId: tx.id, note: '가'.repeat(501) }, customer);
    expect(tooLong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(tooLong.errors![0])).toContain('note');
    const none = await sql<{ n: string }>(`SELECT count(*) AS n FROM fraud_case WHERE transaction_id = $1`, [
      tx.id,
    ]);
    expect(Number(none[0].n)).toBe(0);
    const note = '가'.repeat(500);
    const ok = await t.request<{ reportTransactionNotMine: Case }>(
      REPORT,
      { transactionId: tx.id, note },
      customer,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.reportTransactionNotMine.customerNote).toBe(note);
  });

  it('staff confirm or dismiss with a reason; a decided case does not flip; every change is audited', async () => {
    const [c] = await sql<{ id: string }>(`SELECT id FROM fraud_case WHERE transaction_id = $1`, [spikeId]);
    const byCustomer = await t.request(
      RESOLVE,
      { id: c.id, decision: 'DISMISSED', reason: 'mine' },
      customer,
    );
    expect(byCustomer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const short = await t.request(RESOLVE, { id: c.id, decision: 'CONFIRMED_FRAUD', reason: 'x' }, analyst);
    expect(short.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(short.errors![0])).toContain('reason');
    const missing = await t.request(
      RESOLVE,
      { id: '00000000-0000-4000-8000-000000000000', decision: 'DISMISSED', reason: 'no such case' },
      analyst,
    );
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');

    const done = await t.request<{ resolveFraudCase: Case }>(
      RESOLVE,
      { id: c.id, decision: 'CONFIRMED_FRAUD', reason: 'card skimmed abroad; customer confirmed' },
      analyst,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.resolveFraudCase).toMatchObject({
      state: 'CONFIRMED_FRAUD',
      reason: 'card skimmed abroad; customer confirmed',
    });
    expect(done.data!.resolveFraudCase.resolvedAt).not.toBeNull();
    expect(done.data!.resolveFraudCase.resolvedBy).not.toBeNull();
    const same = await t.request<{ resolveFraudCase: Case }>(
      RESOLVE,
      { id: c.id, decision: 'CONFIRMED_FRAUD', reason: 'again' },
      admin,
    );
    expect(same.data!.resolveFraudCase.reason).toBe('card skimmed abroad; customer confirmed');
    const flip = await t.request(
      RESOLVE,
      { id: c.id, decision: 'DISMISSED', reason: 'changed my mind' },
      admin,
    );
    expect(flip.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await auditCount(c.id)).toBe(3); // opened, reported, confirmed

    const trail = await sql<{ data: { action: string; reason?: string } }>(
      `SELECT data FROM audit_event WHERE kind = 'FRAUD_CASE' AND subject_id = $1 ORDER BY chain_seq`,
      [c.id],
    );
    expect(trail.map((r) => r.data.action)).toEqual(['OPENED', 'CUSTOMER_REPORT', 'CONFIRMED_FRAUD']);
  });

  it('a confirmed case trains the next supervised model version: a similar purchase scores higher in it', async () => {
    const c = t.app.container;
    const system = (): RequestContext => ({
      requestId: 'test-fraud-refit',
      viewer: { userId: 'system', role: Role.ADMIN },
      manager: c.dataSource.manager,
      scope: new RequestScope(),
      logger: t.app.logger,
      now: c.clock,
    });
    const now = c.clock();
    const supervisedVersion = async () => {
      // As of tomorrow: the refit reads purchases before the start of its day, today's included.
      const tomorrow = new Date(now.getTime() + 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10);
      const summary = await c.services.insightModels.refit(system(), tomorrow);
      const v = summary.versions.find((x) => x.kind === 'FRAUD_SUPERVISED');
      expect({ v: !!v, skipped: summary.skipped.filter((x) => x.startsWith('FRAUD')) }).toEqual({
        v: true,
        skipped: [],
      });
      return v!;
    };
    // Version n: trained with the confirmed spike (the previous test) as its only fraud.
    const before = await supervisedVersion();
    expect(before.training).toMatchObject({ confirmedFrauds: 1 });

    // A second fraud, of a different kind: 3,100,000 won at an electronics shop, reported and confirmed.
    const insert = (amount: number, merchantName: string, occurredAt: Date) =>
      insertPurchase(t, own, { amount, merchantName, occurredAt });
    const second = await insert(3_100_000, 'Night Electronics', new Date(now.getTime() - 2 * 86_400_000));
    const reported = await t.request<{ reportTransactionNotMine: Case }>(
      REPORT,
      { transactionId: second },
      customer,
    );
    expect(reported.errors).toBeUndefined();
    const confirmed = await t.request<{ resolveFraudCase: Case }>(
      RESOLVE,
      {
        id: reported.data!.reportTransactionNotMine.id,
        decision: 'CONFIRMED_FRAUD',
        reason: 'customer was abroad',
      },
      analyst,
    );
    expect(confirmed.data!.resolveFraudCase.state).toBe('CONFIRMED_FRAUD');

    // Version n + 1 learns from it.
    const after = await supervisedVersion();
    const number = (v: string) => Number(/-v(\d+)-/.exec(v)![1]);
    expect(number(after.version)).toBe(number(before.version) + 1);
    expect(after.training).toMatchObject({ confirmedFrauds: 2 });

    // A new purchase like the confirmed one, scored by both stored versions on the same windowed features.
    const probe = await insert(3_000_000, 'Night Electronics', new Date(now.getTime() - 60_000));
    const params = async (version: string) =>
      loadSupervisedModel(
        (
          await sql<{ params: unknown }>(`SELECT params FROM insight_model_version WHERE version = $1`, [
            version,
          ])
        )[0].params,
      );
    const purchases = toWindowedInputs(
      await new FraudRepository().labelledPurchases(
        system(),
        new Date(now.getTime() - 180 * 86_400_000),
        new Date(now.getTime() + 86_400_000),
      ),
    );
    const target = purchases.find((p) => p.id === probe)!;
    const [vector] = computeWindowedFeatures(purchases, [target], DEFAULT_WINDOW_CONFIG);
    const scoreBefore = scoreSupervised(await params(before.version), vector);
    const scoreAfter = scoreSupervised(await params(after.version), vector);
    // Both learners' fraud probabilities rise (measured: regression 0.17 → 1.00, trees 0.004 → 0.012); the rank
    // average, a rank among each version's own training purchases, already puts it in the top 1 % in both.
    expect(scoreAfter.logistic).toBeGreaterThan(scoreBefore.logistic);
    expect(scoreAfter.gbdt).toBeGreaterThan(scoreBefore.gbdt);
    expect(scoreBefore.score).toBeGreaterThan(0.99);
    expect(scoreAfter.score).toBeGreaterThan(0.99);

    // The API scores every case with the newest version beside the anomaly score: for the confirmed case the same
    // figures as the model applied to the whole stored history (the API reads only its customers' and merchants').
    const listed = await t.request<{
      fraudCases: {
        edges: {
          node: {
            transactionId: string;
            supervisedScore: {
              score: number;
              logisticProbability: number;
              treeProbability: number;
              modelVersion: string;
            } | null;
          };
        }[];
      };
    }>(
      `{ fraudCases(first: 50) { edges { node { transactionId
          supervisedScore { score logisticProbability treeProbability modelVersion } } } } }`,
      {},
      analyst,
    );
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data!.fraudCases.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const n of nodes) expect(n.supervisedScore?.modelVersion).toBe(after.version);
    const secondTarget = purchases.find((p) => p.id === second)!;
    const [secondVector] = computeWindowedFeatures(purchases, [secondTarget], DEFAULT_WINDOW_CONFIG);
    const expected = scoreSupervised(await params(after.version), secondVector);
    const viaApi = nodes.find((n) => n.transactionId === second)!.supervisedScore!;
    expect(viaApi.logisticProbability).toBeCloseTo(expected.logistic, 12);
    expect(viaApi.treeProbability).toBeCloseTo(expected.gbdt, 12);
    expect(viaApi.score).toBeCloseTo(expected.score, 12);
  }, 180_000);
});
