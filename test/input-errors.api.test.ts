import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../src/common/global-id';
import { STRING_LIMITS } from '../src/app/input-policy';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { koreanDate } from '../src/common/dates';
import { DEMO, DEMO_PASSWORD, DemoSession, GraphQLResponse, startTestApp, TestApp } from './support/app';

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

/** The demo customer's first loan id, read as the customer would. */
async function firstOwnLoan(t: TestApp, s: DemoSession): Promise<string> {
  const own = await t.request<{ loans: { edges: { node: { id: string } }[] } }>(
    '{ loans(first: 1) { edges { node { id } } } }',
    {},
    s.customer,
  );
  return own.data!.loans.edges[0].node.id;
}

describe('bad input → BAD_USER_INPUT (HTTP and graphql-ws)', () => {
  let t: TestApp;
  let s: DemoSession;
  let otherLoanId: string;
  let ownLoanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await t.demoSession();
    ownLoanId = await firstOwnLoan(t, s);
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
    expect(fieldsOf(res)).toEqual(['input.amount']);
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

describe('round 26 (helper harden): every refusal names its field, refused writes change nothing', () => {
  let t: TestApp;
  let s: DemoSession;
  let loanId: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await t.demoSession();
    loanId = await firstOwnLoan(t, s);
  });
  afterAll(() => t.stop());

  it('an inline literal that is not of its type names its argument path, like the same value as a variable', async () => {
    const pay = (input: string) =>
      `mutation { recordRepayment(input: { loanId: "${loanId}", ${input} }) { __typename } }`;
    const cases: [string, string, string][] = [
      ['{ customers(first: "five") { totalCount } }', 'first', 'Int cannot represent non-integer value'],
      [
        `{ loan(id: "${loanId}") { prepaymentEffect(amount: "abc") { __typename } } }`,
        'amount',
        'Decimal must be a string',
      ],
      [
        pay('amount: "abc", kind: PARTIAL, paidOn: "2025-06-30", idempotencyKey: "r26-a"'),
        'input.amount',
        'Decimal must be a string',
      ],
      [
        pay('amount: 1000, kind: PARTIAL, paidOn: "2025-06-30", idempotencyKey: "r26-b"'),
        'input.amount',
        'Decimal literals must be strings',
      ],
      [
        pay('amount: "1000", kind: PARTIAL, paidOn: "2025-02-30", idempotencyKey: "r26-c"'),
        'input.paidOn',
        'not a valid LocalDate',
      ],
      // A missing input field, an unknown one, a missing argument, a list item: the same path notation.
      [
        pay('kind: PARTIAL, paidOn: "2025-06-30", idempotencyKey: "r26-d"'),
        'input.amount',
        'was not provided',
      ],
      [
        pay('amount: "1000", kind: PARTIAL, paidOn: "2025-06-30", idempotencyKey: "r26-e", note: "x"'),
        'input.note',
        'is not defined',
      ],
      [`{ loan(id: "${loanId}") { prepaymentEffect { __typename } } }`, 'amount', 'is required'],
      ['{ customers(first: 1, filter: { regions: [1] }) { totalCount } }', 'filter.regions[0]', 'Region'],
    ];
    for (const [query, field, says] of cases) {
      const { http, ws } = await both(t, query, {}, s.customer);
      for (const res of [http, ws]) {
        expect([query, codes(res), fieldsOf(res)]).toEqual([query, ['BAD_USER_INPUT'], [field]]);
        expect(res.errors![0].message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: .*${says}`));
      }
    }
    // The same values as variables name the same paths (the variable stands for the argument it is passed as).
    const variables: [string, Record<string, unknown>, string][] = [
      ['query ($n: Int) { customers(first: $n) { totalCount } }', { n: 'five' }, 'first'],
      ['query ($n: Int!) { customers(first: $n) { totalCount } }', {}, 'first'],
      [
        'mutation ($i: RecordRepaymentInput!) { recordRepayment(input: $i) { __typename } }',
        { i: { loanId, amount: 'abc', kind: 'PARTIAL', paidOn: '2025-06-30', idempotencyKey: 'r26-f' } },
        'input.amount',
      ],
    ];
    for (const [query, vars, field] of variables) {
      const { http, ws } = await both(t, query, vars, s.customer);
      for (const res of [http, ws])
        expect([query, codes(res), fieldsOf(res)]).toEqual([query, ['BAD_USER_INPUT'], [field]]);
    }
  });

  it('an input-object variable missing a required field names it, at any depth', async () => {
    const { http, ws } = await both(
      t,
      'mutation ($i: RecordRepaymentInput!) { recordRepayment(input: $i) { __typename } }',
      { i: { loanId, kind: 'PARTIAL', paidOn: '2025-06-30', idempotencyKey: 'r26-g' } },
      s.customer,
    );
    for (const res of [http, ws]) {
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.fields).toEqual([
        { field: 'input.amount', message: 'Field "amount" of required type "Decimal!" was not provided.' },
      ]);
    }
    // Inside a list of input objects: the item's index and the field.
    const nested = await t.request(
      `mutation ($b: [RateBandInput!]!) { addRefinanceRateBands(input: { productId: "${toGlobalId('RefinanceProduct', randomUUID())}", bands: $b }) { id } }`,
      {
        b: [
          { minScore: 0, maxScore: 1000, annualRate: '0.05', validFrom: '2030-01-01' },
          { minScore: 0, maxScore: 1000, validFrom: '2030-01-01' },
        ],
      },
      s.admin,
    );
    expect(codes(nested)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(nested)).toEqual(['input.bands[1].annualRate']);
  });

  it('an Authorization header without the "Bearer " scheme is 401 UNAUTHENTICATED saying the form (HTTP and graphql-ws)', async () => {
    const ask = (authorization: string) =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me { customer { id } } }' }),
      });
    for (const header of [s.customer, `Token ${s.customer}`, 'Bearer', `Bearer ${s.customer} extra`]) {
      const res = await ask(header);
      const body = (await res.json()) as GraphQLResponse;
      expect([header.slice(0, 12), res.status, codes({ ...body, status: res.status })]).toEqual([
        header.slice(0, 12),
        401,
        ['UNAUTHENTICATED'],
      ]);
      expect(body.errors![0].message).toBe('The Authorization header must be "Bearer <token>"');
    }
    // The scheme is case-insensitive (RFC 7235) and the token is the same one.
    const ok = (await (await ask(`bearer ${s.customer}`)).json()) as GraphQLResponse;
    expect(ok.errors).toBeUndefined();
    // login still runs with a malformed header (a stale header must not lock anyone out of signing in).
    const login = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: s.customer },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "${DEMO.customer}", password: "${DEMO_PASSWORD}" }) { __typename } }`,
      }),
    });
    expect(((await login.json()) as { data: { login: { __typename: string } } }).data.login.__typename).toBe(
      'AuthPayload',
    );
    // graphql-ws: the same header in connectionParams closes the socket with the same reason.
    const closed = await new Promise<[number, string]>((resolve) => {
      const client = createClient({
        url: t.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: s.customer },
        on: { closed: (e) => resolve([(e as CloseEvent).code, (e as CloseEvent).reason]) },
      });
      client.subscribe({ query: '{ me { id } }' }, { next: () => {}, error: () => {}, complete: () => {} });
    });
    expect(closed).toEqual([4401, 'The Authorization header must be "Bearer <token>"']);
  });

  it('a refinance product with several invalid fields is refused naming every one at once, and nothing is written', async () => {
    const count = async () =>
      (
        (await t.app.container.dataSource.query('SELECT count(*)::int AS n FROM refinance_product')) as {
          n: number;
        }[]
      )[0].n;
    const before = await count();
    const today = koreanDate(t.app.container.clock());
    const res = await t.request(
      'mutation ($input: CreateRefinanceProductInput!) { createRefinanceProduct(input: $input) { id } }',
      {
        input: {
          code: 'R26-MANY',
          lender: 'X',
          lenderType: 'BANK',
          name: 'many problems',
          rateType: 'FIXED',
          fixedPeriodMonths: 36,
          feeRate: '0.2',
          minTermMonths: 120,
          maxTermMonths: 12,
          maxAmount: '100000000',
          eligibleLoanKinds: [],
          bands: [
            { minScore: 0, maxScore: 700, annualRate: '0.25', validFrom: today },
            { minScore: 600, maxScore: 1000, annualRate: '0.05', validFrom: today },
            { minScore: 900, maxScore: 100, annualRate: '0.05', validFrom: today },
          ],
        },
      },
      s.admin,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(res)).toEqual([
      'input.maxTermMonths',
      'input.fixedPeriodMonths',
      'input.feeRate',
      'input.eligibleLoanKinds',
      'input.bands[0].annualRate',
      'input.bands[1]',
      'input.bands[2].maxScore',
    ]);
    // The message says each in turn.
    expect(res.errors![0].message).toMatch(
      /^input\.maxTermMonths: must be at least minTermMonths; input\.fixedPeriodMonths: .*; input\.bands\[2\]\.maxScore: must be at least minScore$/,
    );
    // Missing required terms are all named too.
    const missing = await t.request(
      'mutation ($input: CreateRefinanceProductInput!) { createRefinanceProduct(input: $input) { id } }',
      {
        input: {
          code: 'R26-MISSING',
          bands: [{ minScore: 0, maxScore: 1000, annualRate: '0.05', validFrom: today }],
        },
      },
      s.admin,
    );
    expect(fieldsOf(missing)).toEqual([
      'input.lender',
      'input.lenderType',
      'input.name',
      'input.rateType',
      'input.minTermMonths',
      'input.maxTermMonths',
      'input.maxAmount',
      'input.eligibleLoanKinds',
    ]);
    expect(await count()).toBe(before);
  });

  it('a repayment valued after today is refused naming paidOn, and the ledger is unchanged', async () => {
    const ledger = async () =>
      (
        await t.request<{ loan: { balance: { amount: string }; repaymentHistory: unknown[] } }>(
          'query ($id: ID!) { loan(id: $id) { balance { amount } repaymentHistory { id revision } } }',
          { id: loanId },
          s.customer,
        )
      ).data!.loan;
    const before = await ledger();
    const today = koreanDate(t.app.container.clock());
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const kind of ['REGULAR', 'PARTIAL', 'PREPAYMENT', 'FULL']) {
      const res = await t.request(
        `mutation ($id: ID!, $on: LocalDate!, $kind: RepaymentKind!) { recordRepayment(input: { loanId: $id,
          amount: "10000", kind: $kind, paidOn: $on, idempotencyKey: "r26-future-${kind}" }) { __typename } }`,
        { id: loanId, on: tomorrow, kind },
        s.customer,
      );
      expect([kind, codes(res)]).toEqual([kind, ['BAD_USER_INPUT']]);
      expect(res.errors![0].extensions!.fields).toEqual([
        {
          field: 'input.paidOn',
          message: `must not be after today (${today}, Korean time): record a payment once it is made`,
        },
      ]);
    }
    expect(await ledger()).toEqual(before);
    // Today itself is a value date like any past day (refused here only by the ledger's own rules, as a result type).
    const todays = await t.request<{ recordRepayment: { __typename: string } }>(
      `mutation ($id: ID!, $on: LocalDate!) { recordRepayment(input: { loanId: $id, amount: "99999999999",
        kind: PARTIAL, paidOn: $on, idempotencyKey: "r26-today" }) { __typename } }`,
      { id: loanId, on: today },
      s.customer,
    );
    expect(todays.errors).toBeUndefined();
  });
});
