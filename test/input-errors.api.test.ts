import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../src/common/global-id';
import { STRING_LIMITS } from '../src/app/input-policy';
import { DemoSession, GraphQLResponse, startTestApp, TestApp } from './support/app';

// Issue #12 items 3, 6, 10 and 11 (second half): bad input is a coded BAD_USER_INPUT naming the argument,
// never an INTERNAL_SERVER_ERROR, over HTTP and graphql-ws alike; errors echo no long input and reveal no
// schema names in production; another customer's object is NOT_FOUND exactly like a missing one.

type Errors = NonNullable<GraphQLResponse['errors']>;

/** The same operation over HTTP and over graphql-ws: the errors of each. */
async function both(t: TestApp, query: string, variables: Record<string, unknown>, token?: string) {
  const http = await t.request(query, variables, token);
  const client = t.ws(token);
  const ws = await new Promise<GraphQLResponse>((resolve) => {
    let last: GraphQLResponse = { status: 0 };
    client.subscribe(
      { query, variables },
      {
        next: (v) => (last = { status: 0, ...(v as Omit<GraphQLResponse, 'status'>) }),
        error: (e) => resolve({ status: 0, errors: (Array.isArray(e) ? e : [e]) as Errors }),
        complete: () => resolve(last),
      },
    );
  });
  await client.dispose();
  return { http, ws };
}

function codes(res: GraphQLResponse): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}

function fieldsOf(res: GraphQLResponse): string[] {
  return (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field),
  );
}

describe('bad input → BAD_USER_INPUT (HTTP and graphql-ws)', () => {
  let t: TestApp;
  let s: DemoSession;
  let otherLoanId: string;
  let ownLoanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await t.demoSession();
    const own = await t.request<{ loans: { edges: { node: { id: string } }[] } }>(
      '{ loans(first: 1) { edges { node { id } } } }',
      {},
      s.customer,
    );
    ownLoanId = own.data!.loans.edges[0].node.id;
    const all = await t.request<{ loans: { edges: { node: { id: string; customer: { id: string } } }[] } }>(
      '{ loans(first: 50) { edges { node { id customer { id } } } } }',
      {},
      s.admin,
    );
    otherLoanId = all.data!.loans.edges.find((e) => e.node.customer.id !== s.ownCustomerId)!.node.id;
  });
  afterAll(() => t.stop());

  const NUL = 'a\u0000b';
  // Ten string arguments of different kinds that reached SQL or a parser with a NUL byte.
  const nulCases: [string, string, Record<string, unknown>, string][] = [
    ['customers.search', 'query ($v: String) { customers(search: $v) { totalCount } }', { v: NUL }, 'search'],
    ['loans.search', 'query ($v: String) { loans(search: $v) { totalCount } }', { v: NUL }, 'search'],
    [
      'loans.filter.lender',
      'query ($v: String) { loans(filter: { lender: $v }) { totalCount } }',
      { v: NUL },
      'filter.lender',
    ],
    ['indicator.code', 'query ($v: String!) { indicator(code: $v) { code } }', { v: NUL }, 'code'],
    [
      'forecast.series',
      'query ($v: String!) { forecast(series: $v, horizon: 2) { series { code } } }',
      { v: NUL },
      'series',
    ],
    [
      'classifyMessage.text',
      'query ($v: String!) { classifyMessage(text: $v) { topic } }',
      { v: NUL },
      'text',
    ],
    [
      'portfolioInsights.quarter',
      'query ($v: String) { portfolioInsights(quarter: $v) { quarter } }',
      { v: NUL },
      'quarter',
    ],
    [
      'sendChatMessage.text',
      'mutation ($v: String!) { sendChatMessage(input: { text: $v }) { __typename } }',
      { v: NUL },
      'input.text',
    ],
    [
      'login.email',
      'mutation ($v: String!) { login(input: { email: $v, password: "whatever-1234" }) { __typename } }',
      { v: NUL },
      'input.email',
    ],
    [
      'customers.after',
      'query ($v: String) { customers(first: 1, after: $v) { totalCount } }',
      { v: NUL },
      'after',
    ],
  ];

  it.each(nulCases)('a NUL byte in %s', async (_name, query, variables, field) => {
    const { http, ws } = await both(t, query, variables, s.admin);
    for (const res of [http, ws]) {
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(res)).toEqual([field]);
    }
  });

  it('a 50 KB search is refused at once, naming the argument and echoing none of it', async () => {
    const search = 'ㄱ'.repeat(50_000);
    const { http, ws } = await both(
      t,
      'query ($v: String) { customers(search: $v) { totalCount } }',
      { v: search },
      s.admin,
    );
    for (const res of [http, ws]) {
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].message).toBe(`search: must be at most ${STRING_LIMITS.search} characters`);
    }
  });

  it('quarter "9999Q4" is BAD_USER_INPUT naming the argument in every place that takes a quarter', async () => {
    const cases: [string, string][] = [
      ['{ portfolioInsights(quarter: "9999Q4") { quarter } }', 'quarter'],
      ['mutation { recomputeSpendingQuarter(input: { quarter: "9999Q4" }) { quarter } }', 'input.quarter'],
      [`{ customer(id: "${s.ownCustomerId}") { quarter(q: "9999Q4") { quarter } } }`, 'q'],
      [
        `{ customer(id: "${s.ownCustomerId}") { quarterlySpending(last: 2, upTo: "9999Q4") { quarter } } }`,
        'upTo',
      ],
      [`{ customer(id: "${s.ownCustomerId}") { healthScore(quarter: "9999Q4") { __typename } } }`, 'quarter'],
      [`{ customer(id: "${s.ownCustomerId}") { lifeStage(quarter: "9999Q4") { __typename } } }`, 'quarter'],
      [`{ customer(id: "${s.ownCustomerId}") { loanRisk(quarter: "9999Q4") { __typename } } }`, 'quarter'],
      [
        `{ customer(id: "${s.ownCustomerId}") { anomalies(first: 1, flaggedOnly: false, quarter: "9999Q4") { __typename } } }`,
        'quarter',
      ],
      [`{ customer(id: "${s.ownCustomerId}") { cluster(quarter: "9999Q4") { __typename } } }`, 'quarter'],
      [
        `{ customer(id: "${s.ownCustomerId}") { peerComparison(quarter: "9999Q4") { __typename } } }`,
        'quarter',
      ],
      [
        `{ customer(id: "${s.ownCustomerId}") { recommendations(first: 1, quarter: "9999Q4") { __typename } } }`,
        'quarter',
      ],
    ];
    for (const [query, field] of cases) {
      const { http, ws } = await both(t, query, {}, s.admin);
      for (const res of [http, ws]) {
        expect([query, codes(res)]).toEqual([query, ['BAD_USER_INPUT']]);
        expect(fieldsOf(res)).toEqual([field]);
        expect(res.errors![0].message).toContain('1900Q1 to 2100Q4');
      }
    }
  });

  it('dates outside 1900-01-01..2100-12-31 are refused before any arrears are computed', async () => {
    for (const query of [
      `{ loan(id: "${ownLoanId}") { delinquency(asOf: "9999-12-31") { daysPastDue } } }`,
      `{ customer(id: "${s.ownCustomerId}") { delinquencySummary(asOf: "9999-12-31") { __typename } } }`,
    ]) {
      const { http, ws } = await both(t, query, {}, s.customer);
      for (const res of [http, ws]) {
        expect(codes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(res)).toEqual(['asOf']);
      }
    }
  });

  it('a null variable for a non-null argument is BAD_USER_INPUT, declared non-null or defaulted', async () => {
    for (const query of [
      'query ($id: ID!) { loan(id: $id) { id } }',
      'query ($id: ID = "x") { loan(id: $id) { id } }',
    ]) {
      const { http, ws } = await both(t, query, { id: null }, s.admin);
      for (const res of [http, ws]) expect([query, codes(res)]).toEqual([query, ['BAD_USER_INPUT']]);
    }
  });

  it('node(id): a non-UUID local id of every node type is BAD_USER_INPUT for that id only', async () => {
    const types = [
      'Customer',
      'Loan',
      'RefinanceProduct',
      'RefinanceApplication',
      'Import',
      'Card',
      'Conversation',
      'ChatMessage',
    ];
    for (const type of types) {
      const bad = toGlobalId(type, 'not-a-uuid');
      const query = `{ good: node(id: "${ownLoanId}") { id } bad: node(id: "${bad}") { id } }`;
      const { http, ws } = await both(t, query, {}, s.admin);
      for (const res of [http, ws]) {
        expect((res.data as { good: { id: string } }).good.id).toBe(ownLoanId);
        expect([type, codes(res)]).toEqual([type, ['BAD_USER_INPUT']]);
        expect(res.errors![0].path).toEqual(['bad']);
      }
    }
    // An unknown type is the same clean error, and its name is not echoed back at length.
    const forged = toGlobalId('X'.repeat(5_000), randomUUID());
    const res = await t.request(`{ node(id: "${forged}") { id } }`, {}, s.admin);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].message.length).toBeLessThan(100);
  });

  it("another customer's loan is NOT_FOUND exactly like a missing one (no existence oracle)", async () => {
    const missing = toGlobalId('Loan', randomUUID());
    const ask = (id: string) =>
      both(t, 'query ($id: ID!) { loan(id: $id) { id } }', { id }, s.customer).then((r) => [r.http, r.ws]);
    const pay = (id: string) =>
      t.request(
        `mutation ($id: ID!) { recordRepayment(input: { loanId: $id, amount: "1000", kind: PARTIAL,
          paidOn: "2025-06-30", idempotencyKey: "oracle-${id.slice(0, 8)}" }) { __typename } }`,
        { id },
        s.customer,
      );
    const strip = (res: GraphQLResponse) => res.errors!.map((e) => [e.message, e.extensions?.code]);
    const [otherHttp, otherWs] = await ask(otherLoanId);
    const [missingHttp, missingWs] = await ask(missing);
    expect(strip(otherHttp)).toEqual([['Loan not found', 'NOT_FOUND']]);
    for (const res of [otherWs, missingHttp, missingWs]) expect(strip(res)).toEqual(strip(otherHttp));
    expect(strip(await pay(otherLoanId))).toEqual(strip(await pay(missing)));
    // node() and the customer record answer the same way.
    const node = await t.request(`{ node(id: "${otherLoanId}") { id } }`, {}, s.customer);
    expect(strip(node)).toEqual([['Loan not found', 'NOT_FOUND']]);
    const other = await t.request(`{ customer(id: "${s.otherCustomerId}") { id } }`, {}, s.customer);
    const absent = await t.request(
      `{ customer(id: "${toGlobalId('Customer', randomUUID())}") { id } }`,
      {},
      s.customer,
    );
    expect(strip(other)).toEqual([['Customer not found', 'NOT_FOUND']]);
    expect(strip(absent)).toEqual(strip(other));
  });

  it('NOT_FOUND and validation messages repeat at most a short prefix of the input', async () => {
    const code = 'Z'.repeat(STRING_LIMITS.series);
    const res = await t.request('query ($c: String!) { indicator(code: $c) { code } }', { c: code }, s.admin);
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(res.errors![0].message).toBe(`Indicator series "${'Z'.repeat(40)}…" not found`);
    const field = 'f'.repeat(1_500);
    const invalid = await t.request(`{ ${field} }`, {}, s.admin);
    expect(codes(invalid)).toEqual(['BAD_USER_INPUT']);
    expect(invalid.errors![0].message.length).toBeLessThan(120);
  });

  it('a page too costly is said as the cost limit with what to lower, not as a syntax error (both transports)', async () => {
    const { http, ws } = await both(t, '{ customers(first: 100000) { totalCount } }', {}, s.admin);
    for (const res of [http, ws]) {
      expect(codes(res)).toContain('BAD_USER_INPUT');
      const cost = res.errors!.find((e) => /Query Cost limit/.test(e.message));
      expect(cost?.message).toMatch(
        /^Query Cost limit of \d+ exceeded, found \d+\. Ask for fewer items \(a smaller `first`/,
      );
      expect(res.errors!.map((e) => e.message).join(' ')).not.toContain('Syntax Error');
    }
  });

  it('an amount or a rate out of range is told the range it must fall in', async () => {
    const res = await t.request(
      `mutation ($id: ID!) { recordRepayment(input: { loanId: $id, amount: "99999999999999999999999999999",
        kind: PREPAYMENT, paidOn: "2025-06-30", idempotencyKey: "range-1" }) { __typename } }`,
      { id: ownLoanId },
      s.customer,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual(['amount']);
    expect(JSON.stringify(res.errors)).toContain('from 1 to 999999999999999 (at most 15 digits');
  });

  it('development keeps "Did you mean" suggestions (production strips them, below)', async () => {
    const res = await t.request('{ loans(first: 1) { edges { node { principl } } } }', {}, s.admin);
    expect(res.errors![0].message).toContain('Did you mean');
  });
});

describe('schema details in production (HTTP and graphql-ws)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', SEED_DEMO: 'false' });
  });
  afterAll(() => t.stop());

  it('no "Did you mean" in validation or coercion errors', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['{ loans(first: 1) { edges { node { principl } } } }', {}],
      ['{ loanz }', {}],
      ['query ($t: ImportTarget!) { latestImportSummary(target: $t) { __typename } }', { t: 'CUSTOMER' }],
      ['{ latestImportSummary(target: CUSTOMER) { __typename } }', {}],
    ];
    for (const [query, variables] of cases) {
      const { http, ws } = await both(t, query, variables);
      for (const res of [http, ws]) {
        expect([query, codes(res)]).toEqual([query, ['BAD_USER_INPUT']]);
        expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|CUSTOMERS/);
      }
    }
  });
});
