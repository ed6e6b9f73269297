import { startTestApp, TestApp } from './support/app';

// Queries run on graphql-js the first time a document is executed and compiled by graphql-jit from the second
// time on (src/app/executor.ts): every answer — data, errors, their codes, locations and paths, the HTTP status —
// must be the same bytes either way, for every role.
const SCHEDULE = `dueDate principal { amount currency } interest { amount } payment { amount } remainingBalance { amount } paid`;

describe('compiled queries (graphql-jit) answer byte for byte as graphql-js', () => {
  let t: TestApp;
  let session: Awaited<ReturnType<TestApp['demoSession']>>;

  beforeAll(async () => {
    t = await startTestApp();
    session = await t.demoSession();
  });
  afterAll(() => t.stop());

  const raw = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return `${res.status} ${await res.text()}`;
  };

  /** The first answer (graphql-js), then two more (compiled): all equal; returns the first. */
  const sameEveryTime = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const first = await raw(query, variables, token);
    expect(await raw(query, variables, token)).toBe(first);
    expect(await raw(query, variables, token)).toBe(first);
    return first;
  };

  it('pages with nested lists, cursors, aliases, fragments, directives and __typename', async () => {
    const page = await sameEveryTime(
      `query ($first: Int!, $with: Boolean!) { customers(first: $first) { pageInfo { hasNextPage endCursor }
         edges { cursor node { __typename id name ...Loans } } } }
       fragment Loans on Customer { loans { id kind balance { amount } principal @include(if: $with) { amount }
         next: nextPayment { dueDate paid } later: schedule(first: 3) @skip(if: $with) { edges { node { dueDate } } }
         schedule(first: 12) { totalCount pageInfo { hasNextPage } edges { cursor node { ${SCHEDULE} } } } } }`,
      { first: 20, with: true },
      session.analyst,
    );
    expect(page).toMatch(/^200 \{"data":\{"customers":/);
    expect(page).toContain('"remainingBalance"');
    expect(page).not.toContain('"later"');
  });

  it('skip/include on fragment spreads and inline fragments, and fields merged from several fragments', async () => {
    for (const flags of [
      { a: true, b: false },
      { a: false, b: true },
      { a: true, b: true },
      { a: false, b: false },
    ]) {
      const answer = await sameEveryTime(
        // A comment per case: a new document text, so each case's first answer is graphql-js's.
        `# ${JSON.stringify(flags)}
         query ($a: Boolean!, $b: Boolean!) { customers(first: 5) { edges { node { id
           ...Names @include(if: $a) ...Loans @skip(if: $b) ... on Customer @include(if: $b) { loans { id kind } }
           loans { balance { amount } ...More @include(if: $a) } } } } }
         fragment Names on Customer { name }
         fragment Loans on Customer { loans { id schedule(first: 2) { edges { node { dueDate } } } } }
         fragment More on Loan { status schedule(first: 2) @skip(if: $b) { totalCount } }`,
        flags,
        session.analyst,
      );
      expect(answer).toMatch(/^200 \{"data":\{"customers":/);
    }
  });

  it('domain errors keep their codes: a bad cursor, a bad id, out-of-range arguments, another customer', async () => {
    const cases: [string, Record<string, unknown>, string | undefined, string][] = [
      [
        `query ($after: String) { customers(first: 2, after: $after) { edges { node { id } } } }`,
        { after: 'nonsense' },
        session.analyst,
        'BAD_USER_INPUT',
      ],
      [`query ($id: ID!) { loan(id: $id) { id } }`, { id: 'garbage' }, session.analyst, 'BAD_USER_INPUT'],
      [
        `query ($first: Int!) { customers(first: $first) { edges { node { id } } } }`,
        { first: 1000 },
        session.analyst,
        'BAD_USER_INPUT',
      ],
      [
        `query { customers(first: 3) { edges { node { loans { schedule(first: -1) { edges { node { dueDate } } } } } } } }`,
        {},
        session.analyst,
        'BAD_USER_INPUT',
      ],
      [
        `query ($id: ID!) { customer(id: $id) { id name } }`,
        { id: session.otherCustomerId },
        session.customer,
        'NOT_FOUND',
      ],
      [`query { loanStats { __typename } }`, {}, session.customer, 'FORBIDDEN'],
      [
        `query ($first: Int!) { customers(first: $first) { edges { node { id } } } }`,
        { first: 'x' },
        session.analyst,
        'BAD_USER_INPUT',
      ],
      [`query { customers(first: 1) { edges { node { id } } } }`, {}, undefined, 'UNAUTHENTICATED'],
    ];
    for (const [query, variables, token, code] of cases) {
      const answer = await sameEveryTime(query, variables, token);
      expect(answer).toContain(`"code":"${code}"`);
      expect(answer).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  // A replica on the same database: real PostgreSQL only (PGlite's socket serves one process's connections).
  (process.env.DATABASE_URL ? it : it.skip)(
    'GRAPHQL_JIT=false serves everything with graphql-js, answering as the compiled queries do',
    async () => {
      const plain = await startTestApp({ GRAPHQL_JIT: 'false' }, { replicaOf: t });
      try {
        const query = `query ($first: Int!) { customers(first: $first) { edges { node { id name loans { id
        balance { amount } schedule(first: 12) { pageInfo { endCursor } edges { node { ${SCHEDULE} } } } } } } } }`;
        const compiled = await sameEveryTime(query, { first: 30 }, session.analyst);
        const res = await fetch(plain.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.analyst}` },
          body: JSON.stringify({ query, variables: { first: 30 } }),
        });
        expect(`${res.status} ${await res.text()}`).toBe(compiled);
      } finally {
        await plain.stop();
      }
    },
  );

  it('abstract types whose resolveType is async stay on graphql-js and answer the same', async () => {
    const answer = await sameEveryTime(
      `query ($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } }`,
      { id: session.ownCustomerId },
      session.customer,
    );
    expect(answer).toContain('"__typename":"Customer"');
  });

  it('input fields with custom-scalar defaults: variables graphql-jit refuses run on graphql-js, same answer', async () => {
    // ScenarioMetricsInput.overdueAmount defaults to the Decimal '0'; graphql-jit's own variable coercion refused
    // it on the compiled run (INTERNAL_SERVER_ERROR where graphql-js answered): now graphql-js answers instead.
    const query = `query ($metrics: ScenarioMetricsInput!) { evaluateScenario(metrics: $metrics) {
      thresholdVersion scenarios { label probability keyMetrics { name value threshold triggered } } } }`;
    const ok = await sameEveryTime(query, { metrics: { dsr: 0.5, spendToIncome: 0.5 } }, session.customer);
    expect(ok).toMatch(/^200 \{"data":\{"evaluateScenario":\{"thresholdVersion"/);
    const bad = await sameEveryTime(query, { metrics: { dsr: -1, spendToIncome: 0.5 } }, session.customer);
    expect(bad).toContain('"code":"BAD_USER_INPUT"');
    expect(bad).toContain('"field":"metrics.dsr"');
  });
});
