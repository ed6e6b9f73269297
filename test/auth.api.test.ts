import { DEMO, startTestApp, subscribe, TestApp } from './support/app';
import {
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
  RegisterDocument,
} from './generated/operations';

const profile = {
  name: '이서연',
  birthDate: '1995-07-02',
  gender: 'FEMALE',
  region: 'BUSAN',
  householdSize: 1,
  employment: 'SALARIED',
} as const;

const deepQuery = (depth: number) => {
  // __type(name:) → fields → type → ofType… is recursive: the only way to nest this deep in any schema.
  let inner = 'name';
  for (let i = 0; i < depth - 4; i++) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Customer") { fields { type { ${inner} } } } }`;
};
const aliasedLogins = (n: number) =>
  `mutation ($i: LoginInput!) { ${Array.from({ length: n }, (_, k) => `a${k}: login(input: $i) { __typename }`).join(' ')} }`;

describe('auth API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('registers a customer, who can then log in and see themselves', async () => {
    const email = 'seoyeon.lee@example.com';
    const res = await t.execute(RegisterDocument, {
      input: { email, password: 'correct horse battery', profile },
    });
    expect(res.data!.register).toMatchObject({
      __typename: 'AuthPayload',
      user: { email, role: 'CUSTOMER', customer: { name: '이서연', email } },
    });
    const again = await t.execute(RegisterDocument, {
      input: { email: email.toUpperCase(), password: 'correct horse battery', profile },
    });
    expect(again.data!.register).toMatchObject({
      __typename: 'EmailAddressConflictError',
      code: 'EMAIL_ADDRESS_CONFLICT',
    });

    const login = await t.execute(LoginDocument, { input: { email, password: 'correct horse battery' } });
    if (login.data!.login.__typename !== 'AuthPayload') throw new Error('login failed');
    const me = await t.execute(MeDocument, {}, login.data!.login.accessToken);
    expect(me.data!.me).toMatchObject({ email, role: 'CUSTOMER', customer: { name: '이서연' } });
  });

  it('rejects a short password naming the field, and writes nothing', async () => {
    const res = await t.execute(RegisterDocument, {
      input: { email: 'short@example.com', password: 'short', profile },
    });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.password' }],
    });
    const login = await t.execute(LoginDocument, {
      input: { email: 'short@example.com', password: 'short' },
    });
    expect(login.data!.login.__typename).toBe('InvalidCredentialsError');
  });

  it('gives one generic error for an unknown user and for a wrong password', async () => {
    const unknown = await t.execute(LoginDocument, {
      input: { email: 'nobody@example.com', password: 'whatever-123' },
    });
    const wrong = await t.execute(LoginDocument, { input: { email: DEMO.admin, password: 'whatever-123' } });
    expect(unknown.data!.login).toEqual(wrong.data!.login);
    expect(wrong.data!.login).toMatchObject({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('rotates refresh tokens and revokes the whole family when one is reused', async () => {
    const login = await t.execute(LoginDocument, {
      input: { email: DEMO.analyst, password: 'fingraph-demo-2026' },
    });
    if (login.data!.login.__typename !== 'AuthPayload') throw new Error('login failed');
    const first = login.data!.login.refreshToken;
    const second = await t.execute(RefreshTokenDocument, { input: { refreshToken: first } });
    if (second.data!.refreshToken.__typename !== 'AuthPayload') throw new Error('refresh failed');
    const third = await t.execute(RefreshTokenDocument, {
      input: { refreshToken: second.data!.refreshToken.refreshToken },
    });
    if (third.data!.refreshToken.__typename !== 'AuthPayload') throw new Error('refresh failed');
    const latest = third.data!.refreshToken.refreshToken;

    const reuse = await t.execute(RefreshTokenDocument, { input: { refreshToken: first } });
    expect(reuse.data!.refreshToken).toMatchObject({
      __typename: 'InvalidRefreshTokenError',
      code: 'REFRESH_TOKEN_REUSED',
    });
    // The thief's reuse also ended the legitimate holder's newest session.
    const afterReuse = await t.execute(RefreshTokenDocument, { input: { refreshToken: latest } });
    expect(afterReuse.data!.refreshToken).toMatchObject({ code: 'REFRESH_TOKEN_REUSED' });
    const bogus = await t.execute(RefreshTokenDocument, { input: { refreshToken: 'not-a-token' } });
    expect(bogus.data!.refreshToken).toMatchObject({ code: 'REFRESH_TOKEN_INVALID' });
  });

  it('logout revokes the session', async () => {
    const login = await t.execute(LoginDocument, {
      input: { email: DEMO.analyst, password: 'fingraph-demo-2026' },
    });
    if (login.data!.login.__typename !== 'AuthPayload') throw new Error('login failed');
    const out = await t.execute(LogoutDocument, {
      input: { refreshToken: login.data!.login.refreshToken, allDevices: false },
    });
    expect(out.data!.logout.revokedSessions).toBe(1);
    const refresh = await t.execute(RefreshTokenDocument, {
      input: { refreshToken: login.data!.login.refreshToken },
    });
    expect(refresh.data!.refreshToken.__typename).toBe('InvalidRefreshTokenError');
  });

  it('delays the 7th rapid wrong password for an account from one address (5 free, then 1 s, 2 s, …)', async () => {
    const input = { email: DEMO.customer, password: 'wrong-password' };
    for (let i = 0; i < 6; i++) {
      const res = await t.execute(LoginDocument, { input });
      expect(res.data!.login.__typename).toBe('InvalidCredentialsError');
    }
    // A member of the login result union, not a top-level error: data is there, no errors.
    const seventh = await t.request<{
      login: { __typename: string; code: string; retryAfterSeconds: number };
    }>(
      'mutation ($input: LoginInput!) { login(input: $input) { __typename ... on RateLimitedError { code retryAfterSeconds } } }',
      { input },
    );
    expect(seventh.errors).toBeUndefined();
    expect(seventh.data!.login).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED' });
    expect(seventh.data!.login.retryAfterSeconds).toBeGreaterThan(0);
    // Even the right password waits for the delay from this address (it is not checked while the delay runs).
    const right = await t.execute(LoginDocument, { input: { ...input, password: 'fingraph-demo-2026' } });
    expect(right.data!.login.__typename).toBe('RateLimitedError');
  });

  it('counts every alias of a batched login as an attempt', async () => {
    const i = { email: 'alias-target@example.com', password: 'guess' };
    const res = await t.request(aliasedLogins(12), { i });
    // Aliases a0…a5 fail (the 6th failure starts a 1 s delay); a6 comes within it and is refused.
    const typenames = Object.values(res.data as Record<string, { __typename: string }>).map(
      (r) => r.__typename,
    );
    expect(typenames.slice(0, 6)).toEqual(Array(6).fill('InvalidCredentialsError'));
    expect(typenames[6]).toBe('RateLimitedError');
    const single = await t.execute(LoginDocument, { input: i });
    expect(single.data!.login.__typename).toBe('RateLimitedError');
  });

  describe('document limits apply over HTTP and graphql-ws alike', () => {
    it('rejects a 20-deep query', async () => {
      const http = await t.request(deepQuery(20));
      expect(http.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(http.errors![0].message).toMatch(/depth/i);
      const ws = subscribe(t.ws(), deepQuery(20));
      await ws.done;
      expect(JSON.stringify(ws.errors)).toMatch(/depth/i);
      expect(ws.results).toHaveLength(0);
      // A modest depth passes on both.
      expect((await t.request(deepQuery(8))).errors).toBeUndefined();
    });

    it('rejects a 100-alias login document before any attempt is counted', async () => {
      const vars = { i: { email: DEMO.admin, password: 'wrong' } };
      const http = await t.request(aliasedLogins(100), vars);
      expect(http.data).toBeUndefined();
      expect(http.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(http.errors![0].message).toMatch(/alias/i);
      const ws = subscribe(t.ws(), aliasedLogins(100), vars);
      await ws.done;
      expect(JSON.stringify(ws.errors)).toMatch(/alias/i);
      // Nothing ran: the admin can still log in at once.
      await expect(t.login(DEMO.admin)).resolves.toEqual(expect.any(String));
    });
  });
});

describe('graphql-ws authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '2' });
  });
  afterAll(() => t.stop());

  it('authenticates with connectionParams and delivers an event', async () => {
    const analyst = await t.login(DEMO.analyst);
    const admin = await t.login(DEMO.admin);
    const list = await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 1) { edges { node { id } } } }',
      {},
      analyst,
    );
    const id = list.data!.customers.edges[0].node.id;
    const sub = subscribe<{ customerUpdated: { id: string; annualIncome: { amount: string } } }>(
      t.ws(analyst),
      'subscription ($id: ID!) { customerUpdated(id: $id) { id annualIncome { amount } } }',
      { id },
    );
    // Give the subscription time to register before publishing.
    await new Promise((r) => setTimeout(r, 300));
    await t.request(
      'mutation ($id: ID!) { updateCustomer(input: { id: $id, annualIncome: "77000000" }) { __typename } }',
      { id },
      admin,
    );
    const [event] = await sub.next(1);
    expect(event.customerUpdated).toEqual({ id, annualIncome: { amount: '77000000' } });
    sub.dispose();
  });

  it("refuses another customer's subscription", async () => {
    const customer = await t.login(DEMO.customer);
    const analyst = await t.login(DEMO.analyst);
    const list = await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
      '{ customers(first: 5) { edges { node { id } } } }',
      {},
      analyst,
    );
    const me = await t.request<{ me: { customer: { id: string } } }>(
      '{ me { customer { id } } }',
      {},
      customer,
    );
    const other = list
      .data!.customers.edges.map((e) => e.node.id)
      .find((i) => i !== me.data!.me.customer.id)!;
    const sub = subscribe(t.ws(customer), 'subscription ($id: ID!) { customerUpdated(id: $id) { id } }', {
      id: other,
    });
    await sub.next(1, 3000);
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
    sub.dispose();
  });

  it('refuses a bad token at connection time (4401, fatal) and closes the socket when the token expires (4419)', async () => {
    let closedWith: number | undefined;
    const bad = subscribe(t.ws('garbage', { onClosed: (code) => (closedWith = code) }), '{ me { email } }');
    await bad.done;
    expect(closedWith).toBe(4401);

    const token = await t.login(DEMO.analyst);
    let expiredWith: number | undefined;
    const client = t.ws(token, { onClosed: (code) => (expiredWith = code) });
    const live = subscribe(
      client,
      'subscription { customerUpdated(id: "Q3VzdG9tZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { id } }',
    );
    await live.done; // ends when the server closes the socket at expiry (2 s)
    expect(expiredWith).toBe(4419);
  });
});

describe('login throttling per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_PER_IP: '5', SEED_DEMO: 'false' });
  });
  afterAll(() => t.stop());

  it('limits attempts from one address across different accounts', async () => {
    const q = 'mutation ($i: LoginInput!) { login(input: $i) { __typename } }';
    for (let k = 0; k < 5; k++) {
      const res = await t.request<{ login: { __typename: string } }>(q, {
        i: { email: `user${k}@example.com`, password: 'x' },
      });
      expect(res.data!.login.__typename).toBe('InvalidCredentialsError');
    }
    const sixth = await t.request<{ login: { __typename: string } }>(q, {
      i: { email: 'someone-else@example.com', password: 'x' },
    });
    expect(sixth.data!.login.__typename).toBe('RateLimitedError');
  });
});
