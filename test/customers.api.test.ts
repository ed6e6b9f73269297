import { DEMO, startTestApp, TestApp } from './support/app';
import {
  CreateCustomerDocument,
  CustomerDocument,
  CustomersDocument,
  NodeDocument,
  UpdateCustomerDocument,
} from './generated/operations';

const newCustomer = {
  name: '홍길동',
  email: 'gildong.hong@example.com',
  birthDate: '1988-03-14',
  gender: 'MALE',
  region: 'SEOUL',
  householdSize: 3,
  employment: 'SALARIED',
  annualIncome: '52000000',
  creditScore: 812,
} as const;

describe('customers API', () => {
  let t: TestApp;
  let analyst: string;
  let admin: string;
  let customer: string;

  beforeAll(async () => {
    t = await startTestApp();
    [analyst, admin, customer] = await Promise.all([
      t.login(DEMO.analyst),
      t.login(DEMO.admin),
      t.login(DEMO.customer),
    ]);
  });
  afterAll(() => t.stop());

  it('lists the demo portfolio for staff as a Relay connection with totalCount', async () => {
    const res = await t.execute(CustomersDocument, { first: 5 }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data!.customers.totalCount).toBe(30);
    expect(res.data!.customers.edges).toHaveLength(5);
    expect(res.data!.customers.pageInfo.hasNextPage).toBe(true);
    for (const { node } of res.data!.customers.edges) {
      expect(node.annualIncome.currency).toBe('KRW');
      expect(node.annualIncome.amount).toMatch(/^\d+$/);
    }
  });

  it('pages forward and backward over the same order without gaps or repeats', async () => {
    const all = await t.execute(CustomersDocument, { first: 30 }, analyst);
    const ids = all.data!.customers.edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await t.execute(CustomersDocument, { first: 7, after }, analyst);
      seen.push(...page.data!.customers.edges.map((e) => e.node.id));
      if (!page.data!.customers.pageInfo.hasNextPage) break;
      after = page.data!.customers.pageInfo.endCursor!;
    }
    expect(seen).toEqual(ids);
    const back = await t.execute(
      CustomersDocument,
      { last: 5, before: all.data!.customers.edges[10].cursor },
      analyst,
    );
    expect(back.data!.customers.edges.map((e) => e.node.id)).toEqual(ids.slice(5, 10));
    expect(back.data!.customers.pageInfo.hasPreviousPage).toBe(true);
  });

  it('filters and searches in SQL, with totalCount matching the filter', async () => {
    const all = await t.execute(CustomersDocument, { first: 30 }, analyst);
    const seoul = all.data!.customers.edges.filter((e) => e.node.region === 'SEOUL').length;
    const filtered = await t.execute(
      CustomersDocument,
      { first: 30, filter: { regions: ['SEOUL'] } },
      analyst,
    );
    expect(filtered.data!.customers.totalCount).toBe(seoul);
    const older = await t.execute(CustomersDocument, { first: 30, filter: { minAge: 50 } }, analyst);
    expect(older.data!.customers.edges.every((e) => e.node.age >= 50)).toBe(true);
    const target = all.data!.customers.edges[3].node;
    const byNumber = await t.execute(CustomersDocument, { first: 5, search: target.customerNumber }, analyst);
    expect(byNumber.data!.customers.edges.map((e) => e.node.id)).toEqual([target.id]);
  });

  it('lets a CUSTOMER read only their own record (customer, customers, node)', async () => {
    const me = await t.request<{ me: { customer: { id: string } } }>(
      '{ me { customer { id } } }',
      {},
      customer,
    );
    const ownId = me.data!.me.customer.id;
    const list = await t.execute(CustomersDocument, { first: 50 }, customer);
    expect(list.data!.customers.totalCount).toBe(1);
    expect(list.data!.customers.edges.map((e) => e.node.id)).toEqual([ownId]);

    const others = await t.execute(CustomersDocument, { first: 2 }, analyst);
    const otherId = others.data!.customers.edges.map((e) => e.node.id).find((id) => id !== ownId)!;
    const byId = await t.execute(CustomerDocument, { id: otherId }, customer);
    expect(byId.data).toBeNull();
    expect(byId.errors![0].extensions!.code).toBe('NOT_FOUND');
    const byNode = await t.execute(NodeDocument, { id: otherId }, customer);
    expect(byNode.data?.node ?? null).toBeNull();
    expect(byNode.errors![0].extensions!.code).toBe('NOT_FOUND');
    const search = await t.execute(
      CustomersDocument,
      { first: 5, search: others.data!.customers.edges[1].node.customerNumber },
      customer,
    );
    expect(search.data!.customers.totalCount).toBe(0);

    const own = await t.execute(NodeDocument, { id: ownId }, customer);
    expect(own.data!.node).toMatchObject({ __typename: 'Customer', id: ownId });
  });

  it('requires authentication and rejects a forged token', async () => {
    const anon = await t.execute(CustomersDocument, { first: 1 });
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const forged = await t.execute(CustomersDocument, { first: 1 }, `${analyst.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('creates a customer (ADMIN only) and reports an e-mail conflict as a result, writing nothing', async () => {
    const denied = await t.execute(CreateCustomerDocument, { input: newCustomer }, analyst);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');

    const created = await t.execute(CreateCustomerDocument, { input: newCustomer }, admin);
    expect(created.data!.createCustomer).toMatchObject({
      __typename: 'Customer',
      name: '홍길동',
      annualIncome: { amount: '52000000' },
    });
    if (created.data!.createCustomer.__typename !== 'Customer') throw new Error('expected a customer');
    expect(created.data!.createCustomer.customerNumber).toMatch(/^A\d{8}$/);

    const before = await t.execute(CustomersDocument, { first: 1 }, analyst);
    const dup = await t.execute(
      CreateCustomerDocument,
      { input: { ...newCustomer, email: 'GILDONG.HONG@example.com' } },
      admin,
    );
    expect(dup.data!.createCustomer).toMatchObject({
      __typename: 'EmailAddressConflictError',
      code: 'EMAIL_ADDRESS_CONFLICT',
    });
    const after = await t.execute(CustomersDocument, { first: 1 }, analyst);
    expect(after.data!.customers.totalCount).toBe(before.data!.customers.totalCount);
  });

  it('lets a customer update their own profile but not their verified income or credit score', async () => {
    const me = await t.request<{ me: { customer: { id: string } } }>(
      '{ me { customer { id } } }',
      {},
      customer,
    );
    const id = me.data!.me.customer.id;
    const ok = await t.execute(UpdateCustomerDocument, { input: { id, name: '이민준' } }, customer);
    expect(ok.data!.updateCustomer).toMatchObject({ __typename: 'Customer', name: '이민준' });
    const income = await t.execute(
      UpdateCustomerDocument,
      { input: { id, annualIncome: '61000000' } },
      customer,
    );
    expect(income.errors![0].extensions!.code).toBe('FORBIDDEN');
    const denied = await t.execute(UpdateCustomerDocument, { input: { id, creditScore: 999 } }, customer);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const analystDenied = await t.execute(UpdateCustomerDocument, { input: { id, name: '김철수' } }, analyst);
    expect(analystDenied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  describe('bad input gets a coded error naming the field', () => {
    const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      (res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);

    it('invalid e-mail', async () => {
      const res = await t.execute(
        CreateCustomerDocument,
        { input: { ...newCustomer, email: 'not-an-email' } },
        admin,
      );
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['input.email']);
      expect(res.errors![0].message).toContain('email');
    });

    it('negative income', async () => {
      const res = await t.execute(
        CreateCustomerDocument,
        { input: { ...newCustomer, email: null, annualIncome: '-5' } },
        admin,
      );
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['input.annualIncome']);
    });

    it('unknown enum value', async () => {
      const res = await t.request(
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename } }',
        { input: { ...newCustomer, email: null, region: 'ATLANTIS' } },
        admin,
      );
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toContain('region');
      // The argument path ($input is passed as `input`), as for the same value written inline (round 26).
      expect(fieldsOf(res)).toEqual(['input.region']);
    });

    it('impossible date and invalid cursor and id', async () => {
      const date = await t.execute(
        CreateCustomerDocument,
        { input: { ...newCustomer, email: null, birthDate: '1990-02-30' } },
        admin,
      );
      expect(date.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const cursor = await t.execute(CustomersDocument, { first: 2, after: 'nonsense' }, analyst);
      expect(cursor.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'after' }],
      });
      const id = await t.execute(CustomerDocument, { id: 'bm9wZQ' }, analyst);
      expect(id.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
      const size = await t.execute(CustomersDocument, { first: 1000 }, analyst);
      expect(size.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('malformed JSON and oversized bodies', async () => {
      const malformed = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ me { email } }"',
      });
      expect(malformed.status).toBe(400);
      expect(
        ((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions
          .code,
      ).toBe('BAD_USER_INPUT');
      const huge = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ me { email } }`, variables: { pad: 'x'.repeat(2_000_000) } }),
      });
      expect(huge.status).toBe(413);
      expect(
        ((await huge.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason,
      ).toBe('PAYLOAD_TOO_LARGE');
    });

    it('a failed write changes nothing', async () => {
      const before = await t.execute(CustomersDocument, { first: 1 }, analyst);
      await t.execute(
        CreateCustomerDocument,
        { input: { ...newCustomer, email: 'x@y.z', creditScore: 5000 } },
        admin,
      );
      const after = await t.execute(CustomersDocument, { first: 1 }, analyst);
      expect(after.data!.customers.totalCount).toBe(before.data!.customers.totalCount);
    });
  });
});
