import { RequestScope, Role } from '../src/common/context';
import { fromGlobalId, toGlobalId } from '../src/common/global-id';
import { firstDay, formatQuarter, lastDay, quarterBounds, quarterOfInstant } from '../src/common/quarters';
import { startTestApp, TestApp } from './support/app';
import {
  CustomerAnomaliesDocument,
  CustomerInsightModelsDocument,
  CustomerRecommendationsDocument,
  InsightModelVersionsDocument,
  RefitInsightModelsDocument,
  RecommendationAcceptanceDocument,
  RecordRecommendationOutcomeDocument,
  SubmitLifeStageFeedbackDocument,
} from './generated/operations';

// The stored insight models over the demo portfolio with spending (DEMO_SPENDING): the first refit runs as the
// insights.refit job after the demo loads; every result names the version it used and agrees with the stored
// model (cluster and distance = the stored vector, neighbours = the nearest stored vectors, percentiles = the
// stored group values by hand); feedback is stored, overrides lifeStage and moves the thresholds at the next
// refit; recommendations are logged and take outcomes; without stored versions the defaults are flagged.

const KINDS = ['CLUSTERS', 'ISOLATION_FOREST', 'LIFE_STAGE_THRESHOLDS', 'PEER_PERCENTILES'];

describe('insight models API', () => {
  let t: TestApp;
  let analyst: string;
  let customer: string;
  let ownId: string;
  let otherId: string;
  let own: string;
  let trainingQuarter: string;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.container.dataSource.query(text, params) as Promise<T[]>;

  const activeVersion = async (kind: string) =>
    (
      await sql<{ version: string; id: string }>(
        `SELECT version, id::text AS id FROM insight_model_version WHERE kind = $1 ORDER BY number DESC LIMIT 1`,
        [kind],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp({ DEMO_SPENDING: 'true', DEMO_CUSTOMERS: '60' });
    ({ analyst, customer, ownCustomerId: ownId, otherCustomerId: otherId } = await t.demoSession());
    own = fromGlobalId(ownId).id;
    // The demo enqueued the first refit; wait for its four versions.
    for (let i = 0; i < 300; i++) {
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(DISTINCT kind)::int AS n FROM insight_model_version`,
      );
      if (n === 4) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const versions = await t.execute(InsightModelVersionsDocument, {}, analyst);
    expect(versions.errors).toBeUndefined();
    const list = versions.data!.insightModelVersions;
    expect(list.map((v) => v.kind).sort()).toEqual(KINDS);
    expect(list.every((v) => v.active && v.number === 1)).toBe(true);
    trainingQuarter = (JSON.parse(list.find((v) => v.kind === 'CLUSTERS')!.training) as { quarter: string })
      .quarter;
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM customer_quarter WHERE customer_id = $1`,
      [own],
    );
    expect(n).toBeGreaterThan(0); // the demo customer has cards and quarters
  }, 180_000);

  afterAll(async () => {
    await t?.stop();
  });

  it('loads spending with the demo: cards, transactions and 9 quarters', async () => {
    const [row] = await sql<{ cards: number; tx: number; quarters: number }>(
      `SELECT (SELECT count(*)::int FROM card) AS cards, (SELECT count(*)::int FROM card_transaction) AS tx,
         (SELECT count(DISTINCT quarter_start)::int FROM customer_quarter) AS quarters`,
    );
    expect(row.cards).toBeGreaterThan(50);
    expect(row.tx).toBeGreaterThan(10_000);
    expect(row.quarters).toBe(9);
  });

  it('assigns the cluster of the stored vector and names the version; neighbours are the nearest stored vectors', async () => {
    const clusters = await activeVersion('CLUSTERS');
    const res = await t.execute(
      CustomerInsightModelsDocument,
      { id: ownId, quarter: trainingQuarter, first: 3 },
      analyst,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.customer!;
    const vectors = await sql<{ customer_id: string; cluster: number; distance: number; z: number[] }>(
      `SELECT customer_id, cluster, distance, z FROM insight_customer_vector WHERE model_id = $1`,
      [clusters.id],
    );
    const mine = vectors.find((v) => v.customer_id === own)!;
    expect(c.cluster!.model).toEqual({ kind: 'CLUSTERS', version: clusters.version, fallback: false });
    expect(c.cluster!.number).toBe(mine.cluster);
    expect(c.cluster!.distance).toBeCloseTo(Number(mine.distance), 5);
    expect(c.cluster!.quarter).toBe(trainingQuarter);

    // Nearest neighbours by hand: Euclidean distance between the stored standardised vectors.
    const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, x, j) => s + (x - b[j]) ** 2, 0));
    const expected = vectors
      .filter((v) => v.customer_id !== own)
      .map((v) => ({ id: v.customer_id, d: dist(mine.z.map(Number), v.z.map(Number)) }))
      .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
      .slice(0, 3);
    const similar = c.similarCustomers!;
    expect(similar.anonymised).toBe(false);
    expect(similar.model.version).toBe(clusters.version);
    expect(similar.neighbours.map((n) => fromGlobalId(n.customer!.id).id)).toEqual(expected.map((e) => e.id));
    similar.neighbours.forEach((n, i) => expect(n.distance).toBeCloseTo(expected[i].d, 5));
    expect(c.lifeStage!.model.version).toBe((await activeVersion('LIFE_STAGE_THRESHOLDS')).version);
    expect(c.lifeStage!.quarter).toBe(trainingQuarter);
    expect(c.loanRisk!.quarter).toBe(trainingQuarter);
  });

  it('gives a customer anonymised peers and refuses another customer', async () => {
    const mine = await t.execute(CustomerInsightModelsDocument, { id: ownId, first: 2 }, customer);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.customer!.similarCustomers!.anonymised).toBe(true);
    expect(mine.data!.customer!.similarCustomers!.neighbours.map((n) => n.customer)).toEqual([null, null]);
    const other = await t.execute(CustomerInsightModelsDocument, { id: otherId, first: 2 }, customer);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.execute(CustomerInsightModelsDocument, { id: ownId, first: 0 }, analyst);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('computes peer percentiles from the stored group values (mid-rank, by hand)', async () => {
    const peers = await activeVersion('PEER_PERCENTILES');
    const res = await t.execute(
      CustomerInsightModelsDocument,
      { id: ownId, quarter: trainingQuarter, first: 1 },
      analyst,
    );
    const p = res.data!.customer!.peerComparison!;
    expect(p.model.version).toBe(peers.version);
    expect(p.quarter).toBe(trainingQuarter);
    const key =
      p.level === 'AGE'
        ? `AGE|${p.ageBand}||`
        : p.level === 'AGE_REGION'
          ? `AGE_REGION|${p.ageBand}|${p.region}|`
          : `AGE_REGION_STAGE|${p.ageBand}|${p.region}|${p.lifeStage}`;
    const [{ size, values }] = await sql<{ size: number; values: number[] }>(
      `SELECT (params::jsonb -> 'groups' -> $2 ->> 'size')::int AS size,
         params::jsonb -> 'groups' -> $2 -> 'values' -> 'TRANSACTION_COUNT' AS values
       FROM insight_model_version WHERE version = $1`,
      [peers.version, key],
    );
    expect(p.groupSize).toBe(size); // the customer is in the training quarter's population
    expect(p.widened).toBe(p.level !== 'AGE_REGION_STAGE');
    expect(p.widened).toBe(p.reasons.some((r) => r.includes('widened')));
    const tx = p.metrics.find((m) => m.metric === 'TRANSACTION_COUNT')!;
    const below = values.filter((v) => v < tx.value).length;
    const equal = values.filter((v) => v === tx.value).length;
    expect(tx.percentile).toBeCloseTo(Math.round(((100 * (below + equal / 2)) / values.length) * 10) / 10, 6);
  });

  it('scores purchases with the stored forest and rules: an injected spike comes first with its reasons', async () => {
    const forest = await activeVersion('ISOLATION_FOREST');
    const [card] = await sql<{ id: string }>(
      `SELECT id FROM card WHERE customer_id = $1 ORDER BY issued_on LIMIT 1`,
      [own],
    );
    const now = t.app.container.clock();
    const current = formatQuarter(quarterOfInstant(now));
    const [{ id: spikeId }] = await sql<{ id: string }>(
      `INSERT INTO card_transaction (card_id, customer_id, amount, occurred_at, merchant_name, category_code, channel, locality)
       VALUES ($1, $2, 48000000, $3, 'Test Jewellery', 'SHOPPING', 'OFFLINE', 'OVERSEAS') RETURNING id::text AS id`,
      [card.id, own, new Date(now.getTime() - 60_000)],
    );
    const res = await t.execute(
      CustomerAnomaliesDocument,
      { id: ownId, quarter: current, first: 5, flaggedOnly: false },
      customer,
    );
    expect(res.errors).toBeUndefined();
    const a = res.data!.customer!.anomalies;
    expect(a.model).toEqual({ kind: 'ISOLATION_FOREST', version: forest.version, fallback: false });
    const { start, end } = quarterBounds(quarterOfInstant(now));
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM card_transaction WHERE customer_id = $1 AND amount > 0
         AND occurred_at >= $2 AND occurred_at < $3`,
      [own, start, end],
    );
    expect(a.scanned).toBe(n);
    const top = a.items[0];
    expect(top.transactionId).toBe(spikeId);
    expect(top.flagged).toBe(true);
    expect(top.amount).toEqual({ amount: '48000000', currency: 'KRW' });
    expect(top.merchantName).toBe('Test Jewellery');
    const spike = top.reasons.find((r) => r.rule === 'AMOUNT_SPIKE')!;
    // far beyond twice the 5× threshold: the rule's full weight 0.7, and the amount in the sentence
    expect(spike.severity).toBeCloseTo(0.7, 9);
    expect(spike.message).toContain('₩48,000,000');
    expect(top.forestScore).toBeGreaterThan(0.5);
    expect(top.topFeatures.length).toBeGreaterThan(0);
    for (let i = 1; i < a.items.length; i++)
      expect(a.items[i - 1].score).toBeGreaterThanOrEqual(a.items[i].score);
    expect(a.flaggedCount).toBeGreaterThanOrEqual(1);

    // Pages follow the same (score, id) order without overlap; a foreign cursor is refused.
    const vars = { id: ownId, quarter: current, flaggedOnly: false };
    const four = (await t.execute(CustomerAnomaliesDocument, { ...vars, first: 4 }, customer)).data!.customer!
      .anomalies.items;
    const p1 = (await t.execute(CustomerAnomaliesDocument, { ...vars, first: 2 }, customer)).data!.customer!
      .anomalies;
    expect(p1.hasNextPage).toBe(a.scanned > 2);
    const p2 = (
      await t.execute(CustomerAnomaliesDocument, { ...vars, first: 2, after: p1.endCursor }, customer)
    ).data!.customer!.anomalies;
    expect([...p1.items, ...p2.items].map((i) => i.transactionId)).toEqual(four.map((i) => i.transactionId));
    const bad = await t.execute(CustomerAnomaliesDocument, { ...vars, first: 2, after: 'bm9wZQ' }, customer);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores life-stage feedback, returns it as the stage and learns from it at the next refit', async () => {
    const before = await t.execute(CustomerInsightModelsDocument, { id: ownId, first: 1 }, customer);
    const inferred = before.data!.customer!.lifeStage!;
    expect(inferred.source).toBe('INFERRED');
    // A stage no threshold boundary learns from (one label would not move one anyway: at least 5 are needed).
    const given = inferred.stage === 'NEWLY_WED' ? 'RETIRED' : 'NEWLY_WED';

    const bad = await t.execute(
      SubmitLifeStageFeedbackDocument,
      { input: { customerId: ownId, lifeStage: 'ASTRONAUT' } },
      customer,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await t.execute(
      SubmitLifeStageFeedbackDocument,
      { input: { customerId: otherId, lifeStage: 'RETIRED' } },
      customer,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ n: stored0 }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM life_stage_feedback`);
    expect(stored0).toBe(0); // refused submissions wrote nothing

    const ok = await t.execute(
      SubmitLifeStageFeedbackDocument,
      { input: { customerId: ownId, lifeStage: given, comment: 'moved in with my parents' } },
      customer,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.submitLifeStageFeedback).toMatchObject({ lifeStage: given, submittedRole: 'CUSTOMER' });
    const after = await t.execute(CustomerInsightModelsDocument, { id: ownId, first: 1 }, customer);
    expect(after.data!.customer!.lifeStage).toMatchObject({
      stage: given,
      source: 'FEEDBACK',
      inferredStage: inferred.stage,
    });
    expect(after.data!.customer!.lifeStage!.feedbackAt).toBe(ok.data!.submitLifeStageFeedback.submittedAt);

    // Five analysts' corrections: customers aged 27 at the end of their latest quarter, living alone, are
    // students → the refit moves studentMaxAge from 25 to 27.
    const current = quarterOfInstant(t.app.container.clock());
    const ids = (
      await sql<{ id: string }>(
        `SELECT c.id FROM customer c JOIN customer_quarter q ON q.customer_id = c.id AND q.quarter_start = $2
         WHERE c.id <> $1 ORDER BY c.id LIMIT 5`,
        [own, firstDay(current)],
      )
    ).map((r) => r.id);
    expect(ids).toHaveLength(5);
    await sql(
      `UPDATE customer SET birth_date = $2::date - interval '27 years' - interval '100 days', household_size = 1
       WHERE id = ANY($1::uuid[])`,
      [ids, lastDay(current)],
    );
    for (const id of ids) {
      const r = await t.execute(
        SubmitLifeStageFeedbackDocument,
        { input: { customerId: toGlobalId('Customer', id), lifeStage: 'STUDENT' } },
        analyst,
      );
      expect(r.errors).toBeUndefined();
    }
    const features = await sql<{ age: number }>(
      `SELECT (features ->> 'age')::int AS age FROM life_stage_feedback WHERE customer_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(features.map((f) => f.age)).toEqual([27, 27, 27, 27, 27]);
    const summary = await t.app.container.services.insightModels.refit({
      requestId: 'test-refit',
      viewer: { userId: 'system', role: Role.ADMIN },
      manager: t.app.container.dataSource.manager,
      scope: new RequestScope(),
      logger: t.app.logger,
      now: t.app.container.clock,
    });
    const thresholds = summary.versions.find((v) => v.kind === 'LIFE_STAGE_THRESHOLDS')!;
    expect(thresholds.version).toMatch(/^LIFE_STAGE_THRESHOLDS-v2-/);
    expect(thresholds.training).toMatchObject({ feedbackLabels: 6, changes: 1 });
    const [{ params }] = await sql<{ params: { thresholds: { studentMaxAge: number } } }>(
      `SELECT params FROM insight_model_version WHERE version = $1`,
      [thresholds.version],
    );
    expect(params.thresholds.studentMaxAge).toBe(27);
    // Requests now name the new version.
    const later = await t.execute(CustomerInsightModelsDocument, { id: ownId, first: 1 }, customer);
    expect(later.data!.customer!.lifeStage!.model.version).toBe(thresholds.version);
  });

  it('logs every served recommendation and records outcomes; analysts read acceptance per product', async () => {
    const clusters = await activeVersion('CLUSTERS');
    await sql(`DELETE FROM recommendation_log`);
    const res = await t.execute(CustomerRecommendationsDocument, { id: ownId, first: 5 }, customer);
    expect(res.errors).toBeUndefined();
    const recs = res.data!.customer!.recommendations;
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(r.model).toEqual({ version: clusters.version, fallback: false });
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.score).toBeCloseTo(Math.round((0.7 * r.ruleScore + 0.3 * r.clusterScore) * 10) / 10, 6);
    }
    const logged = await sql<{ id: string; product_code: string; model_version: string; reasons: unknown[] }>(
      `SELECT id, product_code, model_version, reasons FROM recommendation_log ORDER BY score DESC, product_code`,
    );
    expect(logged.map((l) => l.id).sort()).toEqual(recs.map((r) => r.id).sort());
    expect(logged.every((l) => l.model_version === clusters.version && l.reasons.length > 0)).toBe(true);

    const first = recs[0];
    const outcome = await t.execute(
      RecordRecommendationOutcomeDocument,
      { input: { recommendationId: first.id, outcome: 'CONVERTED' } },
      customer,
    );
    expect(outcome.data!.recordRecommendationOutcome).toEqual({
      id: first.id,
      productCode: first.productCode,
      outcome: 'CONVERTED',
    });
    if (recs[1]) {
      await t.execute(
        RecordRecommendationOutcomeDocument,
        { input: { recommendationId: recs[1].id, outcome: 'DISMISSED' } },
        analyst,
      );
    }
    // An unknown (or someone else's) recommendation is not found.
    const notMine = await t.execute(
      RecordRecommendationOutcomeDocument,
      { input: { recommendationId: '00000000-0000-4000-8000-000000000000', outcome: 'ACCEPTED' } },
      customer,
    );
    expect(notMine.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // A converted product is held: not recommended again.
    const again = await t.execute(CustomerRecommendationsDocument, { id: ownId, first: 5 }, customer);
    expect(again.data!.customer!.recommendations.map((r) => r.productCode)).not.toContain(first.productCode);

    const stats = await t.execute(RecommendationAcceptanceDocument, {}, analyst);
    expect(stats.errors).toBeUndefined();
    const row = stats.data!.recommendationAcceptance.find((s) => s.productCode === first.productCode)!;
    // served once in the first call (not again after converting): 1 served, 1 accepted (converted counts)
    expect(row).toMatchObject({
      served: 1,
      accepted: 1,
      converted: 1,
      dismissed: 0,
      acceptanceRate: 1,
      conversionRate: 1,
    });
    const total = stats.data!.recommendationAcceptance.reduce((s, r) => s + r.served, 0);
    expect(total).toBe(recs.length + again.data!.customer!.recommendations.length);
    const refused = await t.execute(RecommendationAcceptanceDocument, {}, customer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps SQL statements per page constant for lifeStage, cluster, peers and recommendations', async () => {
    const statements = async (first: number) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({
          query: `{ customers(first: ${first}) { edges { node { lifeStage { stage model { version } } cluster { number } peerComparison { groupSize } recommendations(first: 2) { id } } } } }`,
        }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    await sql(`DELETE FROM repayment`);
    await sql(`DELETE FROM loan`);
    await statements(20); // warm: the newest versions' params are read once per process
    const counts = [await statements(20), await statements(40), await statements(60)];
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('lets an admin enqueue a refit (a job), which stores the next versions', async () => {
    const refused = await t.execute(RefitInsightModelsDocument, {}, analyst);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await t.login('admin@fingraph.dev');
    const badDate = await t.execute(RefitInsightModelsDocument, { input: { asOf: '2026-13-01' } }, admin);
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const before = Number((await activeVersion('PEER_PERCENTILES')).version.split('-v')[1].split('-')[0]);
    const res = await t.execute(RefitInsightModelsDocument, {}, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.refitInsightModels.jobId).toBeTruthy();
    let number = before;
    for (let i = 0; i < 300 && number === before; i++) {
      await new Promise((r) => setTimeout(r, 200));
      number = Number((await activeVersion('PEER_PERCENTILES')).version.split('-v')[1].split('-')[0]);
    }
    expect(number).toBe(before + 1);
  }, 90_000);

  it('flags the documented defaults when no version is stored', async () => {
    await sql(`DELETE FROM insight_model_version`);
    const res = await t.execute(
      CustomerInsightModelsDocument,
      { id: ownId, quarter: trainingQuarter, first: 1 },
      analyst,
    );
    const c = res.data!.customer!;
    expect(c.lifeStage!.model).toMatchObject({ version: 'default', fallback: true, fittedAt: null });
    expect(c.cluster).toBeNull();
    expect(c.similarCustomers).toBeNull();
    expect(c.peerComparison).toBeNull();
    const current = formatQuarter(quarterOfInstant(t.app.container.clock()));
    const a = await t.execute(
      CustomerAnomaliesDocument,
      { id: ownId, quarter: current, first: 3, flaggedOnly: true },
      analyst,
    );
    const anomalies = a.data!.customer!.anomalies;
    expect(anomalies.model).toEqual({ kind: 'ISOLATION_FOREST', version: 'default', fallback: true });
    // rules only: no forest score, score = noisy-or of the rule severities; the injected spike is flagged
    for (const item of anomalies.items) {
      expect(item.forestScore).toBeNull();
      expect(item.score).toBe(item.ruleScore);
      expect(item.score).toBeCloseTo(1 - item.reasons.reduce((p, r) => p * (1 - r.severity), 1), 9);
    }
    const all = await t.execute(
      CustomerAnomaliesDocument,
      { id: ownId, quarter: current, first: 100, flaggedOnly: true },
      analyst,
    );
    const spike = all.data!.customer!.anomalies.items.find((i) => i.merchantName === 'Test Jewellery')!;
    expect(spike.flagged).toBe(true);
    expect(spike.reasons.map((r) => r.rule)).toContain('AMOUNT_SPIKE');
  });
});
