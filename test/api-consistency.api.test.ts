import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { addDays, addMonths, koreanDate } from '../src/common/dates';
import { DemoSession, GraphQLResponse, startTestApp, TestApp } from './support/app';

// QA round 27 (helper api27): what an app developer maps errors and ids by. Every validation problem names its
// argument path one way (`input.amount`, `input.mapping[1].column`) whoever found it — GraphQL's coercion,
// class-validator or a service's own rule; graphql-ws authenticates one way (`authorization: "Bearer …"`); an id
// argument given a wrong or forged id is a coded error naming the argument.

type Errors = NonNullable<GraphQLResponse['errors']>;

async function overWs(
  t: TestApp,
  query: string,
  token: string,
  operationName?: string,
): Promise<GraphQLResponse> {
  const client = t.ws(token);
  try {
    return await new Promise<GraphQLResponse>((resolve) => {
      let last: GraphQLResponse = { status: 0 };
      client.subscribe(
        { query, operationName },
        {
          next: (v) => (last = { status: 0, ...(v as Omit<GraphQLResponse, 'status'>) }),
          error: (e) => resolve({ status: 0, errors: (Array.isArray(e) ? e : [e]) as Errors }),
          complete: () => resolve(last),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const fieldsOf = (res: GraphQLResponse): string[] =>
  (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field),
  );
const fieldsOfError = (e: Errors[number]): string[] =>
  ((e.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);
const codesOf = (res: GraphQLResponse): string[] => (res.errors ?? []).map((e) => String(e.extensions?.code));

/** How a graphql-ws connection with these params ends: its close code and reason, or 'open' with `me`'s email. */
function connect(t: TestApp, connectionParams: Record<string, unknown>): Promise<[number | string, string]> {
  return new Promise((resolve) => {
    const client = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams,
      on: { closed: (e) => resolve([(e as CloseEvent).code, (e as CloseEvent).reason]) },
    });
    client.subscribe(
      { query: '{ me { email } }' },
      {
        next: (v) => {
          const email = (v.data as { me: { email: string } | null } | undefined)?.me?.email ?? 'anonymous';
          void Promise.resolve(client.dispose()).then(() => resolve(['open', email]));
        },
        error: () => {},
        complete: () => {},
      },
    );
  });
}

describe('QA round 27 (helper api27): one way to map errors and ids', () => {
  let t: TestApp;
  let s: DemoSession;

  beforeAll(async () => {
    t = await startTestApp();
    s = await t.demoSession();
  });
  afterAll(() => t.stop());

  /** Rows in these tables together, read straight from the database (a refused write must leave them as they were). */
  async function rowsIn(...tables: string[]): Promise<number> {
    const sum = tables.map((table) => `(SELECT count(*)::int FROM ${table})`).join(' + ');
    const [row] = (await t.app.container.dataSource.query(`SELECT ${sum} AS n`)) as { n: number }[];
    return row.n;
  }

  /** createLoan with a valid input, changed as given, as the administrator. */
  const createLoan = (change: Record<string, unknown>) =>
    t.request(
      'mutation ($input: CreateLoanInput!) { createLoan(input: $input) { __typename } }',
      {
        input: {
          customerId: s.ownCustomerId,
          annualRate: '0.04',
          disbursedOn: '2026-01-01',
          termMonths: 12,
          kind: 'CREDIT',
          lender: 'X은행',
          lenderType: 'BANK',
          principal: '1000000',
          rateType: 'FIXED',
          repaymentMethod: 'LEVEL_PAYMENT',
          ...change,
        },
      },
      s.admin,
    );

  it('class-validator names the argument path, nested objects and list items included (HTTP and graphql-ws)', async () => {
    const query = `mutation { startImport(input: { uploadId: "not-a-uuid", target: SALES,
      options: { delimiter: "abc", maxBadRowShare: 5 },
      mapping: [{ column: "a", field: "invoice_no" }, { column: "", field: "quantity" }] }) { __typename } }`;
    const expected = [
      'input.uploadId',
      'input.mapping[1].column',
      'input.options.delimiter',
      'input.options.maxBadRowShare',
    ];
    for (const res of [await t.request(query, {}, s.analyst), await overWs(t, query, s.analyst)]) {
      expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(res)).toEqual(expected);
      // class-validator's own words after the path, as every BAD_USER_INPUT says it (round 28: the message named
      // the bare property, "Invalid input: delimiter must be …", while the field said input.options.delimiter).
      expect(res.errors![0].message).toContain(
        'input.options.delimiter: must be shorter than or equal to 2 characters',
      );
    }
    // A query run again runs compiled (graphql-jit, from its second execution): the same path each time.
    for (let i = 0; i < 3; i++)
      expect(
        fieldsOf(
          await t.request(
            '{ loans(first: 1, filter: { kinds: [CREDIT, CREDIT, CREDIT, CREDIT, CREDIT, CREDIT, CREDIT] }) { totalCount } }',
            {},
            s.analyst,
          ),
        ),
      ).toEqual(['filter.kinds']);
    // An @Args class's fields are arguments themselves: no prefix.
    expect(fieldsOf(await t.request('{ loans(first: -1) { totalCount } }', {}, s.analyst))).toEqual([
      'first',
    ]);
  });

  it("a service's own rule on an input field names the same path as class-validator and GraphQL do", async () => {
    const grace = await createLoan({ graceMonths: 12 }); // the service's rule
    expect(grace.errors![0]).toMatchObject({
      message: 'input.graceMonths: must be shorter than the term',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.graceMonths', message: 'must be shorter than the term' }],
      },
    });
    expect(fieldsOf(await createLoan({ termMonths: 0 }))).toEqual(['input.termMonths']); // class-validator's
    expect(fieldsOf(await createLoan({ termMonths: 'x' }))).toEqual(['input.termMonths']); // GraphQL's coercion
    // An id field of an input, refused by the global-id check, is named at its path too (it said `id` before).
    const feedback = await t.request(
      'mutation { submitLifeStageFeedback(input: { customerId: "x", lifeStage: "NEWLY_WED" }) { id } }',
      {},
      s.analyst,
    );
    expect([codesOf(feedback), fieldsOf(feedback)]).toEqual([['BAD_USER_INPUT'], ['input.customerId']]);
    // The result type that names a field says the same path.
    // QA round 28 (api28): its message says the path too (was "text: must not be empty" beside field "input.text").
    const empty = await t.request<{ sendChatMessage: Record<string, unknown> }>(
      'mutation { sendChatMessage(input: { text: "   " }) { __typename ... on ChatMessageRejectedError { field message } } }',
      {},
      s.customer,
    );
    expect(empty.data!.sendChatMessage).toEqual({
      __typename: 'ChatMessageRejectedError',
      field: 'input.text',
      message: 'input.text: must not be empty',
    });
  });

  it('graphql-ws takes the token one way, as the HTTP header: authorization "Bearer <token>"', async () => {
    expect(await connect(t, { authorization: `Bearer ${s.customer}` })).toEqual([
      'open',
      'customer@fingraph.dev',
    ]);
    expect(await connect(t, { Authorization: `bearer ${s.customer}` })).toEqual([
      'open',
      'customer@fingraph.dev',
    ]);
    expect(await connect(t, {})).toEqual(['open', 'anonymous']);
    // A bare token in `authorization`, or a `token` param (accepted before, never documented): 4401 saying the form.
    expect(await connect(t, { authorization: s.customer })).toEqual([
      4401,
      'The Authorization header must be "Bearer <token>"',
    ]);
    expect(await connect(t, { token: s.customer })).toEqual([
      4401,
      'Send the access token as connectionParams.authorization: "Bearer <token>"',
    ]);
  });

  it('an id argument given a wrong or forged id is a coded error naming the argument, never a 500 or a null', async () => {
    const cases: [string, string, string, string[]][] = [
      // Raw ids (FraudCase.id, a card transaction's id: docs/clients.md) …
      [
        s.analyst,
        `mutation { resolveFraudCase(id: "x", decision: CONFIRMED_FRAUD, reason: "abc") { id } }`,
        'BAD_USER_INPUT',
        ['id'],
      ],
      [
        s.analyst,
        `mutation { resolveFraudCase(id: "${s.ownCustomerId}", decision: CONFIRMED_FRAUD, reason: "abc") { id } }`,
        'BAD_USER_INPUT',
        ['id'],
      ],
      [
        s.analyst,
        `mutation { resolveFraudCase(id: "00000000-0000-4000-8000-000000000000", decision: CONFIRMED_FRAUD, reason: "abc") { id } }`,
        'NOT_FOUND',
        [],
      ],
      [
        s.customer,
        `mutation { reportTransactionNotMine(transactionId: "${s.ownCustomerId}") { id } }`,
        'BAD_USER_INPUT',
        ['transactionId'],
      ],
      [
        s.customer,
        'mutation { reportTransactionNotMine(transactionId: "99999999999999999999") { id } }',
        'BAD_USER_INPUT',
        ['transactionId'],
      ],
      // another customer's transaction is NOT_FOUND exactly like a missing one
      [s.customer, 'mutation { reportTransactionNotMine(transactionId: "1") { id } }', 'NOT_FOUND', []],
      // … and global ids of another type or forged.
      [s.customer, `{ loan(id: "${s.ownCustomerId}") { id } }`, 'BAD_USER_INPUT', ['id']],
      [
        s.customer,
        `mutation { recordRepayment(input: { loanId: "${s.ownCustomerId}", idempotencyKey: "k", kind: REGULAR, amount: "1", paidOn: "2026-01-01" }) { __typename } }`,
        'BAD_USER_INPUT',
        ['input.loanId'],
      ],
      [
        s.customer,
        'mutation { renameConversation(input: { id: "x", title: "t" }) { __typename } }',
        'BAD_USER_INPUT',
        ['input.id'],
      ],
      [
        s.customer,
        'mutation { markNotificationsRead(input: { ids: ["x"] }) { updated } }',
        'BAD_USER_INPUT',
        ['input.ids[0]'], // the list item, as every list problem is said (round 28; input.ids before)
      ],
    ];
    for (const [token, query, code, fields] of cases) {
      const res = await t.request(query, {}, token);
      expect([query, res.status, codesOf(res), fieldsOf(res)]).toEqual([query, 200, [code], fields]);
    }
  });

  it('a notification scan as of a far date is refused naming input.asOf, and writes no notice', async () => {
    const count = () => rowsIn('notification');
    const before = await count();
    // Before: accepted (only the YYYY-MM-DD shape was checked), every unpaid instalment "past due" as of 9999.
    for (const asOf of ['9999-01-01', '1800-12-31']) {
      const res = await t.request(
        `mutation { scanNotifications(input: { asOf: "${asOf}" }) { created } }`,
        {},
        s.admin,
      );
      expect([asOf, codesOf(res), fieldsOf(res)]).toEqual([asOf, ['BAD_USER_INPUT'], ['input.asOf']]);
      expect(res.errors![0].message).toBe(
        'input.asOf: must be a real date from 1900-01-01 to 2100-12-31 (YYYY-MM-DD)',
      );
    }
    expect(await count()).toBe(before);
  });

  it('a birth date in the future or under 14 years ago is refused at its path, and no customer or login is written', async () => {
    const count = () => rowsIn('customer', 'app_user');
    const before = await count();
    const today = koreanDate(t.app.container.clock());
    const yearsAgo = (n: number) =>
      `${Number(today.slice(0, 4)) - n}${today.slice(4).replace('-02-29', '-02-28')}`;
    const profile = {
      name: '김하늘',
      gender: 'FEMALE',
      region: 'SEOUL',
      householdSize: 1,
      employment: 'SALARIED',
    };
    // Before: both accepted (a customer born in 2090 had an age of -64).
    for (const birthDate of [yearsAgo(-64), yearsAgo(10)]) {
      const registered = await t.request(
        'mutation ($input: RegisterInput!) { register(input: $input) { __typename } }',
        {
          input: {
            email: `r27-${birthDate}@example.com`,
            password: 'long-enough-pass-1',
            profile: { ...profile, birthDate },
          },
        },
      );
      expect([birthDate, codesOf(registered), fieldsOf(registered)]).toEqual([
        birthDate,
        ['BAD_USER_INPUT'],
        ['input.profile.birthDate'],
      ]);
      const created = await t.request(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename } }',
        { input: { ...profile, birthDate, annualIncome: '30000000', creditScore: 700 } },
        s.admin,
      );
      expect([birthDate, codesOf(created), fieldsOf(created)]).toEqual([
        birthDate,
        ['BAD_USER_INPUT'],
        ['input.birthDate'],
      ]);
    }
    expect(await count()).toBe(before);
    // Exactly 14 today is old enough.
    const fourteen = await t.request<{ createCustomer: { __typename: string } }>(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename } }',
      { input: { ...profile, birthDate: yearsAgo(14), annualIncome: '0', creditScore: 700 } },
      s.admin,
    );
    expect(fourteen.errors).toBeUndefined();
  });

  it('an operationName the document does not hold is a 400 BAD_USER_INPUT, not a 500 (graphql-ws alike)', async () => {
    // Before: 500 INTERNAL_SERVER_ERROR (the query executor read the missing operation).
    const cases: [string, string | undefined, string][] = [
      ['{ me { id } }', 'Nope', 'Unknown operation named "Nope".'],
      [
        'query A { me { id } } query B { me { email } }',
        undefined,
        'Must provide operation name if query contains multiple operations.',
      ],
      [
        'mutation A { logout(input: {}) { __typename } } query B { me { id } }',
        'C',
        'Unknown operation named "C".',
      ],
    ];
    for (const [query, operationName, message] of cases) {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.customer}` },
        body: JSON.stringify({ query, operationName }),
      });
      const body = (await res.json()) as GraphQLResponse;
      expect([query, res.status, body.errors]).toEqual([
        query,
        400,
        [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_RESOLUTION_FAILURE' } }],
      ]);
      // graphql-ws the same (it said only "Unable to identify operation" before).
      const ws = await overWs(t, query, s.customer, operationName);
      expect([query, ws.errors]).toEqual([
        query,
        [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_RESOLUTION_FAILURE' } }],
      ]);
    }
  });

  it('a lender, product name or reason of only spaces is refused naming it, and nothing is written', async () => {
    const count = () => rowsIn('loan', 'refinance_product');
    const before = await count();
    const today = koreanDate(t.app.container.clock());
    // Before: the loan was stored with lender "" (trimmed), the product with lender and name "  ".
    const loan = await t.request(
      'mutation ($input: CreateLoanInput!) { createLoan(input: $input) { __typename } }',
      {
        input: {
          customerId: s.ownCustomerId,
          annualRate: '0.04',
          disbursedOn: '2026-01-01',
          termMonths: 12,
          kind: 'CREDIT',
          lender: '   ',
          lenderType: 'BANK',
          principal: '1000000',
          rateType: 'FIXED',
          repaymentMethod: 'LEVEL_PAYMENT',
        },
      },
      s.admin,
    );
    expect([codesOf(loan), fieldsOf(loan)]).toEqual([['BAD_USER_INPUT'], ['input.lender']]);
    expect(loan.errors![0].message).toBe('input.lender: must not be blank');
    const product = await t.request(
      'mutation ($input: CreateRefinanceProductInput!) { createRefinanceProduct(input: $input) { __typename } }',
      {
        input: {
          code: 'R27-BLANK',
          lender: '  ',
          lenderType: 'BANK',
          name: '    ',
          rateType: 'FIXED',
          minTermMonths: 12,
          maxTermMonths: 120,
          maxAmount: '100000000',
          eligibleLoanKinds: ['CREDIT'],
          bands: [{ minScore: 0, maxScore: 1000, annualRate: '0.05', validFrom: today }],
        },
      },
      s.admin,
    );
    expect([codesOf(product), fieldsOf(product)]).toEqual([
      ['BAD_USER_INPUT'],
      ['input.lender', 'input.name'],
    ]);
    expect(await count()).toBe(before);
  });

  it('simulateLoanLimit: nested problems at their paths, and two scenarios with one id are refused', async () => {
    const newLoan =
      '{ kind: MORTGAGE, termMonths: 360, repaymentMethod: LEVEL_PAYMENT, rateType: FIXED, annualRate: "0.04" }';
    const bad = await t.request(
      `{ simulateLoanLimit(input: { lenderType: BANK, newLoan: { kind: MORTGAGE, termMonths: -1, repaymentMethod: LEVEL_PAYMENT,
        rateType: FIXED, annualRate: "5" }, scenarios: [{ id: "" }] }) { __typename } }`,
      {},
      s.customer,
    );
    expect(fieldsOf(bad)).toEqual([
      'input.newLoan.termMonths',
      'input.newLoan.annualRate',
      'input.scenarios[0].id',
    ]);
    // Before: both answered, keyed "a" twice (results a client cannot tell apart).
    const twice = await t.request(
      `{ simulateLoanLimit(input: { lenderType: BANK, newLoan: ${newLoan},
        scenarios: [{ id: "a", incomeChangeRatio: "0.1" }, { id: "a", incomeChangeRatio: "0.2" }] }) { __typename } }`,
      {},
      s.customer,
    );
    expect(twice.errors![0]).toMatchObject({
      message: 'input.scenarios[1].id: duplicate scenario id a',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.scenarios[1].id' }] },
    });
  });

  describe('QA round 28 (helper api28): one notation in messages, far loan dates, bad inputs', () => {
    it("class-validator's problems are said as path: problem, like every other rule's (HTTP and graphql-ws)", async () => {
      // Before: "Invalid input: principal must be …; termMonths must not be less than 1" beside fields
      // input.principal and input.termMonths — two names for one field.
      const res = await createLoan({ principal: '-5', termMonths: 0 });
      expect(res.errors![0]).toMatchObject({
        message:
          'input.principal: must be a whole number of won from 1 to 999999999999999 (at most 15 digits, no sign or decimals), e.g. "42000000"; ' +
          'input.termMonths: must not be less than 1',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.principal', message: expect.stringMatching(/^must be a whole number of won/) },
            { field: 'input.termMonths', message: 'must not be less than 1' },
          ],
        },
      });
      // Nested and list paths, over graphql-ws too: the message starts with each field's path.
      const query = `mutation { startImport(input: { uploadId: "not-a-uuid", target: SALES,
      options: { delimiter: "abc" }, mapping: [{ column: "", field: "quantity" }] }) { __typename } }`;
      for (const r of [await t.request(query, {}, s.analyst), await overWs(t, query, s.analyst)]) {
        const error = r.errors![0];
        const fields = error.extensions!.fields as { field: string; message: string }[];
        expect(error.message).toBe(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
        expect(fields.map((f) => f.field)).toEqual([
          'input.uploadId',
          'input.mapping[0].column',
          'input.options.delimiter',
        ]);
        for (const f of fields) expect(f.message).not.toMatch(/^(uploadId|column|delimiter) /);
      }
    });

    it("a variable that does not coerce is said at its argument path first, like a literal's error", async () => {
      // Before: 'Variable "$i" got invalid value 1000 at "i.principal"; …' beside field input.principal — the message
      // named the variable's own path, the field the argument's.
      const res = await t.request(
        'mutation ($i: CreateLoanInput!) { createLoan(input: $i) { __typename } }',
        {
          i: {
            customerId: s.ownCustomerId,
            annualRate: '0.04',
            disbursedOn: '2026-01-01',
            termMonths: 12,
            kind: 'CREDIT',
            lender: 'X은행',
            lenderType: 'BANK',
            principal: 1000,
            rateType: 'FIXED',
            repaymentMethod: 'LEVEL_PAYMENT',
          },
        },
        s.admin,
      );
      expect(
        res.errors!.map((e) => [e.extensions!.reason, fieldsOfError(e), e.message.split(': ')[0]]),
      ).toEqual([['INVALID_VARIABLES', ['input.principal'], 'input.principal']]);
      const over = await t.request(
        'query ($n: Int) { customers(first: $n) { totalCount } }',
        { n: 'five' },
        s.analyst,
      );
      expect(over.errors![0].message).toMatch(/^first: Variable "\$n" got invalid value "five"; /);
    });

    it('a loan disbursed more than a year ahead is refused naming input.disbursedOn, and nothing is written', async () => {
      const before = await rowsIn('loan', 'loan_installment');
      const today = koreanDate(t.app.container.clock());
      const latest = addMonths(today, 12);
      // Before: 2099-06-01 was booked — no instalment due for 73 years, a maturity in 2100.
      for (const disbursedOn of ['2099-06-01', addDays(latest, 1)]) {
        const res = await createLoan({ disbursedOn });
        expect([disbursedOn, codesOf(res), fieldsOf(res)]).toEqual([
          disbursedOn,
          ['BAD_USER_INPUT'],
          ['input.disbursedOn'],
        ]);
        expect(res.errors![0].message).toBe(
          `input.disbursedOn: must be at most 12 months after today (${today}, Korean time): ${latest} at the latest`,
        );
      }
      // Beyond every date's range (1900–2100), the format rule says so at the same path.
      const far = await createLoan({ disbursedOn: '9999-01-01' });
      expect(fieldsOf(far)).toEqual(['input.disbursedOn']);
      expect(await rowsIn('loan', 'loan_installment')).toBe(before);
      // The last day of the horizon is still a loan.
      const ok = await createLoan({ disbursedOn: latest });
      expect([ok.errors, (ok.data as { createLoan: { __typename: string } }).createLoan.__typename]).toEqual([
        undefined,
        'Loan',
      ]);
    });

    it('every service rule on a new loan is said at once, not only the first', async () => {
      // Before: a MIXED loan without its fixed period and with a grace as long as the term named fixedPeriodMonths
      // alone; fixing it then met the next refusal.
      const res = await createLoan({ rateType: 'MIXED', graceMonths: 12, disbursedOn: '2099-06-01' });
      expect(fieldsOf(res)).toEqual(['input.disbursedOn', 'input.fixedPeriodMonths', 'input.graceMonths']);
      const fields = res.errors![0].extensions!.fields as { field: string; message: string }[];
      expect(res.errors![0].message).toBe(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
    });

    it("a cursor that is not one of the list's is BAD_USER_INPUT naming it, never a 500", async () => {
      const cursor = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');
      const loans = await t.request<{ loans: { edges: { node: { id: string } }[] } }>(
        '{ loans(first: 1) { edges { node { id } } } }',
        {},
        s.admin,
      );
      const loanId = loans.data!.loans.edges[0].node.id;
      // Well-formed cursors (base64url JSON arrays) whose keys are not the list's: they reached PostgreSQL as a
      // timestamp, an integer or a bigint and answered INTERNAL_SERVER_ERROR.
      const cases: [string, string, string][] = [
        ['customers', `{ customers(first: 2, after: "${cursor(['x'])}") { totalCount } }`, 'after'],
        [
          'customers',
          `{ customers(last: 2, before: "${cursor(['2026-01-01T00:00:00.000Z', 'x'])}") { totalCount } }`,
          'before',
        ],
        ['loans', `{ loans(first: 2, after: "${cursor([1])}") { totalCount } }`, 'after'],
        [
          'loans by principal',
          `{ loans(first: 2, orderBy: { field: PRINCIPAL, direction: ASC }, after: "${cursor(['2026-01-01T00:00:00.000Z', loanId])}") { totalCount } }`,
          'after',
        ],
        [
          'schedule',
          `{ node(id: "${loanId}") { ... on Loan { schedule(first: 2, after: "${cursor(['x'])}") { totalCount } } } }`,
          'after',
        ],
        [
          'schedule',
          `{ node(id: "${loanId}") { ... on Loan { schedule(first: 2, after: "${cursor([1e20])}") { totalCount } } } }`,
          'after',
        ],
        ['imports', `{ imports(first: 2, after: "${cursor(['x', 'y'])}") { totalCount } }`, 'after'],
        [
          'refinanceProducts',
          `{ refinanceProducts(first: 2, after: "${cursor(['x'])}") { totalCount } }`,
          'after',
        ],
        [
          'auditTrail',
          `{ auditTrail(first: 2, after: "${cursor(['x', 'y', 'z'])}") { totalCount } }`,
          'after',
        ],
      ];
      for (const [list, query, field] of cases) {
        const res = await t.request(query, {}, s.admin);
        expect([list, codesOf(res), fieldsOf(res), res.errors![0].message]).toEqual([
          list,
          ['BAD_USER_INPUT'],
          [field],
          `${field}: is not a cursor of this list`,
        ]);
      }
      for (const query of [
        `{ conversations(first: 2, after: "${cursor(['x', 'y'])}") { totalCount } }`,
        `{ refinanceApplications(first: 2, after: "${cursor(['x', 'y'])}") { totalCount } }`,
      ])
        expect(fieldsOf(await t.request(query, {}, s.customer))).toEqual(['after']);
      // The API's own cursors still page: the second page starts after the first one's end, in every order.
      for (const order of ['CREATED_AT', 'PRINCIPAL', 'DISBURSED_ON']) {
        const page = (after?: string) =>
          t.request<{ loans: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } }>(
            `query ($after: String) { loans(first: 3, after: $after, orderBy: { field: ${order}, direction: DESC }) {
            edges { node { id } } pageInfo { endCursor } } }`,
            { after },
            s.admin,
          );
        const first = await page();
        const second = await page(first.data!.loans.pageInfo.endCursor);
        expect([order, second.errors]).toEqual([order, undefined]);
        const seen = new Set(first.data!.loans.edges.map((e) => e.node.id));
        expect(second.data!.loans.edges.length).toBe(3);
        expect(second.data!.loans.edges.filter((e) => seen.has(e.node.id))).toEqual([]);
      }
      const schedule = await t.request<{ node: { schedule: { pageInfo: { endCursor: string } } } }>(
        `{ node(id: "${loanId}") { ... on Loan { schedule(first: 2) { pageInfo { endCursor } } } } }`,
        {},
        s.admin,
      );
      const next = await t.request<{ node: { schedule: { edges: { node: { number: number } }[] } } }>(
        `query ($after: String) { node(id: "${loanId}") { ... on Loan { schedule(first: 1, after: $after) { edges { node { number } } } } } }`,
        { after: schedule.data!.node.schedule.pageInfo.endCursor },
        s.admin,
      );
      expect(next.data!.node.schedule.edges[0].node.number).toBe(3);
    });

    it("markNotificationsRead names the list item at fault, a malformed id or one that is not the viewer's", async () => {
      const notice = Buffer.from('Notification:00000000-0000-4000-8000-000000000000').toString('base64url');
      const own = await t.request<{ notifications: { edges: { node: { id: string } }[] } }>(
        '{ notifications(first: 1) { edges { node { id } } } }',
        {},
        s.customer,
      );
      const ids = [...own.data!.notifications.edges.map((e) => e.node.id), 'x'];
      const bad = await t.request(
        'mutation ($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { updated } }',
        { ids },
        s.customer,
      );
      expect([codesOf(bad), fieldsOf(bad)]).toEqual([['BAD_USER_INPUT'], [`input.ids[${ids.length - 1}]`]]);
      const foreign = await t.request(
        'mutation ($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { updated } }',
        { ids: [...ids.slice(0, -1), notice] },
        s.customer,
      );
      expect(foreign.errors![0]).toMatchObject({
        message: `input.ids[${ids.length - 1}]: is not one of your notifications`,
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: `input.ids[${ids.length - 1}]` }] },
      });
    });
  });
});
