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
