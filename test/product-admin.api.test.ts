import { verifyAuditTrail } from '../src/app/audit-trail';
import { koreanDate } from '../src/common/dates';
import { fromGlobalId } from '../src/common/global-id';
import { AuditTrailDocument } from './generated/operations';
import { startTestApp, TestApp } from './support/app';

// Refinance product administration (issue 17): an ADMIN creates, updates and retires a product on one replica and
// the customer's offers on another replica follow at once (no restart, no cache); every change is a version with
// its actor and snapshot; bad input is field-named and writes nothing. The second replica needs the services
// (DATABASE_URL and REDIS_URL); on the embedded defaults there is one process, which then serves both roles.
const services = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

const PRODUCT = `id code name version retiredOn active feeFixed { amount }
  rateBands(includeHistory: true) { id minScore maxScore annualRate validFrom validTo }
  changes { version kind actorUserId reason snapshot }`;

const CREATE = `mutation($input: CreateRefinanceProductInput!) { createRefinanceProduct(input: $input) { ${PRODUCT} } }`;

interface Product {
  id: string;
  code: string;
  version: number;
  retiredOn: string | null;
  active: boolean;
  feeFixed: { amount: string };
  rateBands: { id: string; annualRate: string; validFrom: string; validTo: string | null }[];
  changes: {
    version: number;
    kind: string;
    actorUserId: string | null;
    reason: string | null;
    snapshot: string;
  }[];
}

interface Offers {
  node: {
    refinanceOffers: {
      offers: {
        product: { id: string };
        switchLender: { annualRate: string; upfrontFees: { amount: string } };
      }[];
    };
  };
}

describe('refinance product administration', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  let customer: string;
  let loanId: string;
  let today: string;
  const count = async () =>
    (
      (await a.app.container.dataSource.query(`SELECT count(*)::int AS n FROM refinance_product`)) as {
        n: number;
      }[]
    )[0].n;

  beforeAll(async () => {
    a = await startTestApp();
    b = services ? await startTestApp({}, { replicaOf: a }) : a;
    const s = await a.demoSession();
    admin = s.admin;
    customer = s.customer;
    const loans = await a.request<{ customer: { loans: { id: string; kind: string; status: string }[] } }>(
      `query($id: ID!) { customer(id: $id) { loans { id kind status } } }`,
      { id: s.ownCustomerId },
      customer,
    );
    loanId = loans.data!.customer.loans.find((l) => l.status === 'ACTIVE')!.id;
    today = koreanDate(a.app.container.clock());
  }, 120_000);
  afterAll(async () => {
    if (b !== a) await b?.stop();
    await a?.stop();
  });

  const offersOnB = async () => {
    const res = await b.request<Offers>(
      `query($id: ID!) { node(id: $id) { ... on Loan { refinanceOffers { offers {
         product { id } switchLender { annualRate upfrontFees { amount } } } } } } }`,
      { id: loanId },
      customer,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.node.refinanceOffers.offers;
  };

  it('creates, updates and retires a product; a second replica’s offers follow each change', async () => {
    const before = await count();
    const created = await a.request<{ createRefinanceProduct: Product }>(
      CREATE,
      {
        input: {
          code: 'TEST-LOW-RATE',
          lender: '테스트은행',
          lenderType: 'BANK',
          name: '테스트 대환대출',
          rateType: 'FIXED',
          feeFixed: '150000',
          minTermMonths: 12,
          maxTermMonths: 480,
          maxAmount: '2000000000',
          eligibleLoanKinds: ['MORTGAGE', 'JEONSE', 'CREDIT', 'OVERDRAFT', 'CARD_LOAN', 'AUTO'],
          bands: [{ minScore: 0, maxScore: 1000, annualRate: '0.0199', validFrom: today }],
          reason: 'launch',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const p = created.data!.createRefinanceProduct;
    expect(p).toMatchObject({ code: 'TEST-LOW-RATE', version: 1, retiredOn: null, active: true });
    expect(p.changes).toEqual([
      expect.objectContaining({
        version: 1,
        kind: 'CREATED',
        reason: 'launch',
        actorUserId: expect.any(String),
      }),
    ]);
    expect(await count()).toBe(before + 1);

    const offer = (await offersOnB()).find((o) => o.product.id === p.id);
    expect(Number(offer?.switchLender.annualRate)).toBe(0.0199);
    expect(offer?.switchLender.upfrontFees.amount).toBe('150000');

    const updated = await a.request<{ updateRefinanceProduct: Product }>(
      `mutation($input: UpdateRefinanceProductInput!) { updateRefinanceProduct(input: $input) { ${PRODUCT} } }`,
      { input: { id: p.id, expectedVersion: 1, feeFixed: '90000', reason: 'fee cut' } },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateRefinanceProduct.version).toBe(2);
    expect((await offersOnB()).find((o) => o.product.id === p.id)?.switchLender.upfrontFees.amount).toBe(
      '90000',
    );

    // A stale version is refused and changes nothing.
    const stale = await a.request(
      `mutation($input: UpdateRefinanceProductInput!) { updateRefinanceProduct(input: $input) { version } }`,
      { input: { id: p.id, expectedVersion: 1, feeFixed: '1' } },
      admin,
    );
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');

    const retired = await a.request<{ retireRefinanceProduct: Product }>(
      `mutation($input: RetireRefinanceProductInput!) { retireRefinanceProduct(input: $input) { ${PRODUCT} } }`,
      { input: { id: p.id, reason: 'withdrawn' } },
      admin,
    );
    expect(retired.errors).toBeUndefined();
    const r = retired.data!.retireRefinanceProduct;
    expect(r).toMatchObject({ version: 3, retiredOn: today, active: false });
    expect(r.changes.map((c) => c.kind)).toEqual(['CREATED', 'UPDATED', 'RETIRED']);
    const snapshot = JSON.parse(r.changes[1].snapshot) as { feeFixed: string; version: number };
    expect(snapshot).toMatchObject({ feeFixed: '90000', version: 2 });
    expect((await offersOnB()).some((o) => o.product.id === p.id)).toBe(false);

    // Each change is also in the hash-chained compliance trail, with its actor, kind, version and snapshot.
    const trail = await a.execute(
      AuditTrailDocument,
      { filter: { kinds: ['PRODUCT_CHANGE'] }, first: 20 },
      admin,
    );
    expect(trail.errors).toBeUndefined();
    const mine = trail
      .data!.auditTrail.edges.map((e) => e.node)
      .filter((n) => n.subjectType === 'RefinanceProduct' && n.subjectId === fromGlobalId(p.id).id)
      .reverse();
    expect(mine.map((n) => n.actorRole)).toEqual(['ADMIN', 'ADMIN', 'ADMIN']);
    expect(mine.map((n) => JSON.parse(n.detailsJson) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ change: 'CREATED', version: 1, code: 'TEST-LOW-RATE', reason: 'launch' }),
      expect.objectContaining({ change: 'UPDATED', version: 2, reason: 'fee cut' }),
      expect.objectContaining({ change: 'RETIRED', version: 3, reason: 'withdrawn' }),
    ]);
    expect(JSON.parse(mine[1].detailsJson).snapshot).toMatchObject({ feeFixed: '90000', version: 2 });
    const verified = await verifyAuditTrail(a.app.config, a.app.database.dataSource, a.app.logger);
    expect(verified.problems).toEqual([]);
  });

  it('refuses overlapping bands, rates above the legal maximum and inverted dates by field, writing nothing', async () => {
    const before = await count();
    const base = {
      code: 'TEST-BAD',
      lender: 'X',
      lenderType: 'BANK',
      name: 'bad',
      rateType: 'FIXED',
      minTermMonths: 12,
      maxTermMonths: 120,
      maxAmount: '100000000',
      eligibleLoanKinds: ['CREDIT'],
    };
    const cases: [unknown[], string][] = [
      [
        [
          { minScore: 0, maxScore: 700, annualRate: '0.05', validFrom: today },
          { minScore: 600, maxScore: 1000, annualRate: '0.04', validFrom: today },
        ],
        'bands[1]',
      ],
      [[{ minScore: 0, maxScore: 1000, annualRate: '0.25', validFrom: today }], 'bands[0].annualRate'],
      [
        [{ minScore: 0, maxScore: 1000, annualRate: '0.05', validFrom: today, validTo: today }],
        'bands[0].validTo',
      ],
      [[{ minScore: 900, maxScore: 100, annualRate: '0.05', validFrom: today }], 'bands[0].maxScore'],
    ];
    for (const [bands, field] of cases) {
      const res = await a.request(CREATE, { input: { ...base, bands } }, admin);
      expect([field, res.errors?.[0]?.extensions?.code]).toEqual([field, 'BAD_USER_INPUT']);
      expect(res.errors![0].message).toContain(field);
    }
    const inverted = await a.request(
      CREATE,
      {
        input: {
          ...base,
          minTermMonths: 120,
          maxTermMonths: 12,
          bands: [{ minScore: 0, maxScore: 1000, annualRate: '0.05', validFrom: today }],
        },
      },
      admin,
    );
    expect(inverted.errors![0].message).toContain('maxTermMonths');
    const asCustomer = await a.request(
      CREATE,
      { input: { ...base, bands: [{ minScore: 0, maxScore: 1000, annualRate: '0.05', validFrom: today }] } },
      customer,
    );
    expect(asCustomer.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
    // Nothing refused reached the trail.
    const [audited] = (await a.app.container.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE kind = 'PRODUCT_CHANGE' AND data->>'code' = 'TEST-BAD'`,
    )) as { n: number }[];
    expect(audited.n).toBe(0);
  });
});
