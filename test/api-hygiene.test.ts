import { DEMO, startTestApp, TestApp } from './support/app';

const customersWithLogin = (first: number) =>
  `{ customers(first: ${first}) { totalCount edges { node { id name login { email role } } } } }`;

describe('API hygiene', () => {
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_CUSTOMERS: '120' });
    analyst = await t.login(DEMO.analyst);
  });
  afterAll(() => t.stop());

  async function statements(query: string): Promise<number> {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    return Number(res.headers.get('x-sql-statements'));
  }

  it('runs the same number of SQL statements whatever the page size (DataLoader, no N+1)', async () => {
    const counts = await Promise.all([5, 50, 100].map((n) => statements(customersWithLogin(n))));
    // page + count + one batched login query
    expect(counts).toEqual([3, 3, 3]);
  });

  it('costs a constant number of SQL statements for customers → cards and quarterly spending by category', async () => {
    // Two stored quarters with two categories for every demo customer (written directly: reads are under test).
    const sql = (text: string) => t.app.container.dataSource.query(text);
    await sql(`INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on)
      SELECT id, 'KB', 'KB 노리', 'CHECK', '2024-01-01' FROM customer`);
    await sql(`INSERT INTO customer_quarter (customer_id, quarter_start, source, total_amount, transaction_count)
      SELECT c.id, q, 'IMPORTED', 300000, 10 FROM customer c, unnest(ARRAY['2025-04-01', '2025-07-01']::date[]) q`);
    await sql(`INSERT INTO customer_quarter_category (customer_id, quarter_start, category_code, amount, transaction_count)
      SELECT customer_id, quarter_start, cat, 150000, 5 FROM customer_quarter, unnest(ARRAY['FOOD', 'FUEL']) cat`);
    const query = (n: number) => `{ customers(first: ${n}) { edges { node { id cards { id }
      quarterlySpending(last: 4) { quarter byCategory { share category { code } } changeFromPreviousQuarter { ratio } } } } } }`;
    const counts = await Promise.all([5, 25, 50].map((n) => statements(query(n))));
    // page + cards + quarters + quarter categories + category names
    expect(counts).toEqual([5, 5, 5]);
  });

  it('answers health and readiness probes and echoes a request id', async () => {
    const base = t.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: Record<string, boolean> };
    expect(body.checks.database).toBe(true);
    if (process.env.REDIS_URL) expect(body.checks.redis).toBe(true);
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
  });

  it('rejects a malformed token with a coded error and no internals', async () => {
    const res = await t.request('{ customers(first: 1) { edges { node { id } } } }', {}, 'not.a.jwt');
    expect(res.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(res)).not.toMatch(/stack|jsonwebtoken|at Object/);
  });
});

describe('production switches', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ INTROSPECTION: 'false', GRAPHIQL: 'false', SEED_DEMO: 'false' });
  });
  afterAll(() => t.stop());

  it('turns introspection and GraphiQL off', async () => {
    const res = await t.request('{ __schema { types { name } } }');
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/introspection/i);
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});
