import { DEMO, DEMO_PASSWORD, GraphQLResponse, startTestApp, TestApp } from './support/app';

// Login and registration abuse behind one load balancer (TRUST_PROXY=1): the client address is the one the
// proxy appended, whatever the client wrote into X-Forwarded-For; no lockout of someone else's account;
// registration rate-limited; income and credit score not self-declared.

const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { __typename } }';
const REGISTER =
  'mutation ($i: RegisterInput!) { register(input: $i) { __typename ... on AuthPayload { accessToken } ... on ErrorResult { code } } }';
const profile = {
  name: '박지훈',
  birthDate: '1990-04-12',
  gender: 'MALE',
  region: 'SEOUL',
  householdSize: 2,
  employment: 'SALARIED',
};

describe('login and registration abuse behind TRUST_PROXY=1', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(() => t.stop());

  /** A request as the load balancer forwards it: the client's own X-Forwarded-For, then the address it saw. */
  async function via<T>(
    clientAddress: string,
    query: string,
    variables: Record<string, unknown>,
    spoofed?: string,
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': spoofed ? `${spoofed}, ${clientAddress}` : clientAddress,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, 'status'>) };
  }

  it('a rotating spoofed X-Forwarded-For does not void the per-IP limit (60 attempts, 50 allowed)', async () => {
    const codes: string[] = [];
    for (let k = 0; k < 60; k++) {
      const res = await via<{ login: { __typename: string } }>(
        '203.0.113.10',
        LOGIN,
        { i: { email: `victim${k}@example.com`, password: 'guess-123' } },
        `10.0.${k}.${k}`,
      );
      codes.push(res.data?.login.__typename ?? String(res.errors?.[0]?.extensions?.code));
    }
    expect(codes.filter((c) => c === 'InvalidCredentialsError')).toHaveLength(50);
    expect(codes.slice(50)).toEqual(Array(10).fill('RateLimitedError'));
    // Another client address behind the same proxy is not affected.
    const other = await via<{ login: { __typename: string } }>('203.0.113.11', LOGIN, {
      i: { email: 'victim0@example.com', password: 'guess-123' },
    });
    expect(other.data!.login.__typename).toBe('InvalidCredentialsError');
  });

  it('successful logins do not count against the per-IP limit', async () => {
    for (let k = 0; k < 52; k++) {
      const res = await via<{ login: { __typename: string } }>('203.0.113.20', LOGIN, {
        i: { email: DEMO.analyst, password: DEMO_PASSWORD },
      });
      expect(res.data!.login.__typename).toBe('AuthPayload');
    }
    const wrong = await via<{ login: { __typename: string } }>('203.0.113.20', LOGIN, {
      i: { email: 'someone@example.com', password: 'guess-123' },
    });
    expect(wrong.data!.login.__typename).toBe('InvalidCredentialsError');
  });

  it("failing against an account slows the attacker's address only: the owner logs in at once (even ADMIN)", async () => {
    const attacker = '198.51.100.66';
    const answers: string[] = [];
    for (let k = 0; k < 8; k++) {
      const res = await via<{ login: { __typename: string } }>(attacker, LOGIN, {
        i: { email: DEMO.admin, password: `guess-${k}` },
      });
      answers.push(res.data?.login.__typename ?? String(res.errors?.[0]?.extensions?.code));
    }
    // 6 checked (5 free, the 6th failure starts a delay), then refused while the delay runs.
    expect(answers.slice(0, 6)).toEqual(Array(6).fill('InvalidCredentialsError'));
    expect(answers.slice(6)).toEqual(['RateLimitedError', 'RateLimitedError']);
    const owner = await via<{ login: { __typename: string } }>('192.0.2.5', LOGIN, {
      i: { email: DEMO.admin, password: DEMO_PASSWORD },
    });
    expect(owner.data!.login.__typename).toBe('AuthPayload');
  });

  it('limits registrations per address, every alias counted', async () => {
    const from = '203.0.113.30';
    const results: string[] = [];
    for (let k = 0; k < 6; k++) {
      const res = await via<{ register: { __typename: string } }>(from, REGISTER, {
        i: { email: `new${k}@example.com`, password: 'a-long-password-1', profile },
      });
      results.push(res.data?.register?.__typename ?? String(res.errors?.[0]?.extensions?.code));
    }
    expect(results).toEqual([...Array(5).fill('AuthPayload'), 'RATE_LIMITED']);

    const aliases = Array.from(
      { length: 7 },
      (_, k) =>
        `r${k}: register(input: { email: "alias${k}@example.com", password: $p, profile: $profile }) { __typename }`,
    ).join(' ');
    const batch = await via<Record<string, { __typename: string } | null>>(
      '203.0.113.31',
      `mutation ($p: String!, $profile: RegisterProfileInput!) { ${aliases} }`,
      { p: 'a-long-password-1', profile },
    );
    expect(batch.errors![0]).toMatchObject({ path: ['r5'], extensions: { code: 'RATE_LIMITED' } });
    const created = await t.app.container.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email LIKE 'alias%@example.com'`,
    );
    expect(created[0].n).toBe(5);
  });

  it('an existing e-mail costs a registration attempt and creates nothing', async () => {
    const from = '203.0.113.32';
    const before = await t.app.container.dataSource.query('SELECT count(*)::int AS n FROM customer');
    const res = await via<{ register: { __typename: string; code: string } }>(from, REGISTER, {
      i: { email: DEMO.customer, password: 'a-long-password-1', profile },
    });
    expect(res.data!.register).toMatchObject({ __typename: 'EmailAddressConflictError' });
    const after = await t.app.container.dataSource.query('SELECT count(*)::int AS n FROM customer');
    expect(after[0].n).toBe(before[0].n);
  });

  it('a registrant cannot declare a credit score of 1000 or an income of 999,999,999,999', async () => {
    const from = '203.0.113.40';
    const declared = await via(from, REGISTER, {
      i: {
        email: 'rich@example.com',
        password: 'a-long-password-1',
        profile: { ...profile, creditScore: 1000, annualIncome: '999999999999' },
      },
    });
    expect(declared.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(declared.errors![0].message).toMatch(/creditScore|annualIncome/);

    const ok = await via<{ register: { __typename: string; accessToken: string } }>(from, REGISTER, {
      i: { email: 'rich@example.com', password: 'a-long-password-1', profile },
    });
    expect(ok.data!.register.__typename).toBe('AuthPayload');
    const token = ok.data!.register.accessToken;
    const me = await via<{
      me: { customer: { id: string; creditScore: number; annualIncome: { amount: string } } };
    }>(from, '{ me { customer { id creditScore annualIncome { amount } } } }', {}, undefined, token);
    const customer = me.data!.me.customer;
    // Unverified until staff set them: no income, no bureau score.
    expect(customer).toMatchObject({ creditScore: 0, annualIncome: { amount: '0' } });
    // Nor can they set them afterwards.
    const update = await via(
      from,
      'mutation ($id: ID!) { updateCustomer(input: { id: $id, annualIncome: "999999999999" }) { __typename } }',
      { id: customer.id },
      undefined,
      token,
    );
    expect(update.errors![0].extensions!.code).toBe('FORBIDDEN');
    // The stored figures give no limit: the simulation asks for a verified income.
    const limit = await via<{ simulateLoanLimit: { __typename: string } }>(
      from,
      `query { simulateLoanLimit(input: { lenderType: BANK, evaluationDate: "2026-11-21",
         newLoan: { kind: MORTGAGE, annualRate: "0.045", termMonths: 600, repaymentMethod: LEVEL_PAYMENT, rateType: FIXED, purpose: OTHER } }) { __typename } }`,
      {},
      undefined,
      token,
    );
    expect(limit.errors).toBeUndefined();
    expect(limit.data!.simulateLoanLimit.__typename).toBe('MissingIncomeError');
  });
});
