import Decimal from 'decimal.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { formatQuarter, quarterOfDate } from '../src/common/quarters';
import { DEMO, startTestApp, TestApp } from './support/app';
import { seedDemoSpending } from './support/spending';
import {
  PortfolioInsightsDocument,
  PortfolioReferenceInsightsDocument,
  PortfolioSpendingDocument,
} from './generated/operations';

// The analysts' portfolio queries behind /dashboard: spending totals by quarter × category against sums computed
// here from the raw customer_quarter rows, the insight distribution against the per-customer Customer fields,
// caching by data version, and access (ANALYST/ADMIN only).

describe('portfolio API', () => {
  let t: TestApp;
  let analyst: string;
  let admin: string;
  let customer: string;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.container.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoSpending(t);
    ({ analyst, admin, customer } = await t.demoSession());
  });
  afterAll(() => t?.stop());

  it('sums spending by quarter and category for the newest quarters, in one statement plus the names', async () => {
    const res = await t.execute(PortfolioSpendingDocument, { quarters: 4 }, analyst);
    expect(res.errors).toBeUndefined();
    const { quarters, categories } = res.data!.portfolioSpending;

    const stored = await sql<{
      q: string;
      customer_id: string;
      total_amount: string;
      transaction_count: number;
    }>(
      `SELECT quarter_start::text AS q, customer_id, total_amount::text AS total_amount, transaction_count
       FROM customer_quarter`,
    );
    const starts = [...new Set(stored.map((r) => r.q))].sort().slice(-4);
    expect(starts).toHaveLength(4);
    expect(quarters.map((q) => q.quarter)).toEqual(starts.map((s) => formatQuarter(quarterOfDate(s))));

    const cats = await sql<{ q: string; category_code: string; amount: string; transaction_count: number }>(
      `SELECT quarter_start::text AS q, category_code, amount::text AS amount, transaction_count
       FROM customer_quarter_category`,
    );
    for (const [i, start] of starts.entries()) {
      const rows = stored.filter((r) => r.q === start);
      const q = quarters[i];
      expect(q.total).toEqual({
        amount: rows.reduce((s, r) => s.plus(r.total_amount), new Decimal(0)).toFixed(0),
        currency: 'KRW',
      });
      expect(q.customers).toBe(rows.length);
      expect(q.transactionCount).toBe(rows.reduce((s, r) => s + r.transaction_count, 0));
      const expected = new Map<string, { amount: Decimal; count: number }>();
      for (const c of cats.filter((c) => c.q === start)) {
        const e = expected.get(c.category_code) ?? { amount: new Decimal(0), count: 0 };
        expected.set(c.category_code, {
          amount: e.amount.plus(c.amount),
          count: e.count + c.transaction_count,
        });
      }
      expect(expected.size).toBeGreaterThan(3);
      expect(
        Object.fromEntries(q.byCategory.map((c) => [c.categoryCode, [c.amount.amount, c.transactionCount]])),
      ).toEqual(Object.fromEntries([...expected].map(([code, e]) => [code, [e.amount.toFixed(0), e.count]])));
    }
    // every category that appears is named, in the taxonomy's display order
    const appearing = new Set(quarters.flatMap((q) => q.byCategory.map((c) => c.categoryCode)));
    expect(new Set(categories.map((c) => c.code))).toEqual(appearing);
    const order = await sql<{ code: string; name_ko: string }>(
      `SELECT code, name_ko FROM spending_category ORDER BY sort_order, code`,
    );
    expect(categories.map((c) => c.code)).toEqual(order.map((o) => o.code).filter((c) => appearing.has(c)));
    expect(categories.find((c) => c.code === order[0].code)?.nameKo ?? order[0].name_ko).toBe(
      order[0].name_ko,
    );

    // SQL statements of the request (x-sql-statements): the totals and the category names.
    const raw = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
      body: JSON.stringify({ query: '{ portfolioSpending(quarters: 8) { quarters { quarter } } }' }),
    });
    expect(raw.headers.get('x-sql-statements')).toBe('2');
  });

  it('counts health bands, score buckets and life stages exactly as the per-customer insight fields say', async () => {
    const res = await t.execute(PortfolioInsightsDocument, {}, analyst);
    expect(res.errors).toBeUndefined();
    const p = res.data!.portfolioInsights;
    const [{ latest }] = await sql<{ latest: string }>(
      `SELECT max(quarter_start)::text AS latest FROM customer_quarter`,
    );
    expect(p.quarter).toBe(formatQuarter(quarterOfDate(latest)));
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM customer_quarter WHERE quarter_start = $1`,
      [latest],
    );
    expect(p.population).toBe(n);
    expect(p.evaluated).toBe(n);
    expect(p.sampled).toBe(false);

    const ref = await t.execute(
      PortfolioReferenceInsightsDocument,
      { first: 100, quarter: p.quarter },
      analyst,
    );
    expect(ref.errors).toBeUndefined();
    const nodes = ref.data!.customers.edges.map((e) => e.node).filter((c) => c.lifeStage !== null);
    expect(nodes).toHaveLength(n);
    const scores = nodes.map((c) => c.healthScore?.score).filter((s): s is number => typeof s === 'number');
    expect(scores.length).toBeGreaterThan(n / 2);
    expect(p.unscored).toBe(n - scores.length);
    expect(p.healthBands).toEqual(
      ['HEALTHY', 'COPING', 'VULNERABLE'].map((band) => ({
        band,
        count: nodes.filter((c) => c.healthScore?.band === band).length,
      })),
    );
    expect(p.healthScoreHistogram.map((b) => [b.from, b.to])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i * 10, i === 9 ? 100 : i * 10 + 9]),
    );
    expect(p.healthScoreHistogram.map((b) => b.count)).toEqual(
      p.healthScoreHistogram.map((b) => scores.filter((s) => s >= b.from && s <= b.to).length),
    );
    expect(p.averageHealthScore).toBe(
      Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
    );
    const stages = p.lifeStages.filter((s) => s.count > 0);
    expect(Object.fromEntries(stages.map((s) => [s.stage, s.count]))).toEqual(
      nodes.reduce<Record<string, number>>((acc, c) => {
        acc[c.lifeStage!.stage] = (acc[c.lifeStage!.stage] ?? 0) + 1;
        return acc;
      }, {}),
    );
    expect(p.lifeStages.find((s) => s.stage === 'RETIRED')).toMatchObject({
      nameKo: expect.any(String),
      nameEn: 'retired',
    });
  });

  it('serves a cached result until the data changes, then recomputes', async () => {
    const first = (await t.execute(PortfolioInsightsDocument, {}, admin)).data!.portfolioInsights;
    const again = (await t.execute(PortfolioInsightsDocument, {}, analyst)).data!.portfolioInsights;
    expect(again.computedAt).toBe(first.computedAt);
    expect(again.dataVersion).toBe(first.dataVersion);

    const [{ latest }] = await sql<{ latest: string }>(
      `SELECT max(quarter_start)::text AS latest FROM customer_quarter`,
    );
    await sql(
      `UPDATE customer_quarter SET total_amount = total_amount + 1, updated_at = now()
       WHERE (customer_id, quarter_start) = (SELECT customer_id, quarter_start FROM customer_quarter WHERE quarter_start = $1 LIMIT 1)`,
      [latest],
    );
    const changed = (await t.execute(PortfolioInsightsDocument, {}, analyst)).data!.portfolioInsights;
    expect(changed.dataVersion).not.toBe(first.dataVersion);
    expect(changed.evaluated).toBe(first.evaluated);
  });

  it('reports an empty quarter as zero counts, and refuses bad arguments by field', async () => {
    const empty = await t.execute(PortfolioInsightsDocument, { quarter: '2001Q1' }, analyst);
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.portfolioInsights).toMatchObject({ quarter: '2001Q1', population: 0, evaluated: 0 });

    const badQuarter = await t.execute(PortfolioInsightsDocument, { quarter: '2025-3' }, analyst);
    expect(badQuarter.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'quarter', message: 'must be a quarter from 1900Q1 to 2100Q4, like 2025Q3' }],
    });
    const badCount = await t.execute(PortfolioSpendingDocument, { quarters: 0 }, analyst);
    expect(badCount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(badCount.errors?.[0].message).toMatch(/^quarters:/);
  });

  it('is for analysts and admins only', async () => {
    for (const doc of [PortfolioSpendingDocument, PortfolioInsightsDocument] as TypedDocumentNode<
      unknown,
      object
    >[]) {
      const asCustomer = await t.execute(doc, {}, customer);
      expect(asCustomer.data).toBeNull();
      expect(asCustomer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.execute(doc, {});
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const asAdmin = await t.execute(PortfolioSpendingDocument, { quarters: 1 }, admin);
    expect(asAdmin.data!.portfolioSpending.quarters).toHaveLength(1);
  });
});

describe('portfolio API with a sample cap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PORTFOLIO_INSIGHTS_MAX_CUSTOMERS: '7' });
    await seedDemoSpending(t);
  });
  afterAll(() => t?.stop());

  it('evaluates a deterministic sample of PORTFOLIO_INSIGHTS_MAX_CUSTOMERS customers and says so', async () => {
    const analyst = await t.login(DEMO.analyst);
    const res = await t.execute(PortfolioInsightsDocument, {}, analyst);
    expect(res.errors).toBeUndefined();
    const p = res.data!.portfolioInsights;
    expect(p.population).toBe(30);
    expect(p).toMatchObject({ evaluated: 7, sampled: true });
    expect(p.lifeStages.reduce((s, x) => s + x.count, 0)).toBe(7);
    expect(p.healthBands.reduce((s, x) => s + x.count, 0) + p.unscored).toBe(7);
    expect(p.healthScoreHistogram.reduce((s, x) => s + x.count, 0) + p.unscored).toBe(7);
  });
});
