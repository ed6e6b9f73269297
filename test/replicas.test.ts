import { DEMO, startTestApp, subscribe, TestApp } from './support/app';

// Two API processes' worth of application sharing one PostgreSQL and one Redis: nothing may assume a single
// replica. Needs the services (DATABASE_URL and REDIS_URL); on the embedded defaults there is only one process.
const services = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

(services ? describe : describe.skip)('two replicas on shared PostgreSQL + Redis', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({}, { replicaOf: a });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('delivers a subscription event on one replica for a change made on the other', async () => {
    const analyst = await b.login(DEMO.analyst);
    const admin = await a.login(DEMO.admin);
    const list = await a.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 1) { edges { node { id } } } }',
      {},
      admin,
    );
    const id = list.data!.customers.edges[0].node.id;
    const sub = subscribe<{ customerUpdated: { id: string; householdSize: number } }>(
      b.ws(analyst),
      'subscription ($id: ID!) { customerUpdated(id: $id) { id householdSize } }',
      { id },
    );
    await new Promise((r) => setTimeout(r, 300));
    await a.request(
      'mutation ($id: ID!) { updateCustomer(input: { id: $id, householdSize: 5 }) { __typename } }',
      { id },
      admin,
    );
    const [event] = await sub.next(1);
    expect(event.customerUpdated).toEqual({ id, householdSize: 5 });
    sub.dispose();
  });

  it('shares login throttling and sessions between replicas', async () => {
    const input = { email: 'spread@example.com', password: 'nope' };
    const q = 'mutation ($i: LoginInput!) { login(input: $i) { __typename } }';
    // 6 failures spread over both replicas start the delay for this account and address on both.
    for (let k = 0; k < 6; k++) await (k % 2 ? a : b).request(q, { i: input });
    const seventh = await a.request<{ login: { __typename: string } }>(q, { i: input });
    expect(seventh.data!.login.__typename).toBe('RateLimitedError');
    // A token issued by one replica is accepted by the other.
    const token = await a.login(DEMO.analyst);
    const me = await b.request<{ me: { email: string } }>('{ me { email } }', {}, token);
    expect(me.data!.me.email).toBe(DEMO.analyst);
  });

  it("a logout on one replica refuses the token and closes the session's socket on the other", async () => {
    const login = await a.request<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation { login(input: { email: "analyst@fingraph.dev", password: "fingraph-demo-2026" }) { ... on AuthPayload { accessToken refreshToken } } }',
    );
    const { accessToken, refreshToken } = login.data!.login;
    let closedWith: number | undefined;
    const client = b.ws(accessToken, { onClosed: (code) => (closedWith ??= code) });
    const live = subscribe(
      client,
      'subscription { customerUpdated(id: "Q3VzdG9tZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { id } }',
    );
    const probe = subscribe<{ me: { email: string } }>(client, '{ me { email } }');
    expect(await probe.next(1)).toEqual([{ me: { email: DEMO.analyst } }]);

    await a.request(
      'mutation ($r: String!) { logout(input: { refreshToken: $r }) { revokedSessions } }',
      { r: refreshToken },
      accessToken,
    );
    await live.done;
    expect(closedWith).toBe(4401);
    const me = await b.request('{ me { email } }', {}, accessToken);
    expect(me.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
