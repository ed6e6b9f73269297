import { createRequestContext } from '../src/app/context';
import { Role } from '../src/common/context';
import { addMonths, koreanDate } from '../src/common/dates';
import { fromGlobalId } from '../src/common/global-id';
import { RECOMPUTE_QUARTER_JOB, type RecomputeQuarterJob } from '../src/modules/spending';
import { startTestApp, TestApp } from './support/app';
import {
  CardTransactionsDocument,
  CustomerQuarterDocument,
  CustomerSpendingDocument,
  RecomputeSpendingQuarterDocument,
  SpendingCategoriesDocument,
} from './generated/operations';

// Cards, transactions and customer quarters through the API: recompute in SQL, read newest first with the
// quarter-over-quarter change, page a card's transactions, and ownership (a customer sees only their own).

describe('spending API', () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let customer: string;
  let ownCustomerId: string;
  let otherCustomerId: string;
  let ownCardId: string;
  let otherCardId: string;
  const sql = (text: string, params: unknown[] = []) => t.app.container.dataSource.query(text, params);

  async function card(customerGlobalId: string, product: string): Promise<string> {
    const [row] = (await sql(
      `INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on)
       VALUES ($1, 'SHINHAN', $2, 'CREDIT', '2023-01-15') RETURNING id`,
      [fromGlobalId(customerGlobalId).id, product],
    )) as { id: string }[];
    return row.id;
  }

  async function tx(
    cardId: string,
    customerGlobalId: string,
    amount: number,
    at: string,
    category: string,
    mcc: number,
    online = false,
  ) {
    await sql(
      `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc, category_code, channel, locality)
       VALUES ($1, $2, $3, $4, $5, '가맹점', $6, $7, $8, 'DOMESTIC')`,
      [
        cardId,
        fromGlobalId(customerGlobalId).id,
        amount > 0 ? 'PURCHASE' : 'REFUND',
        amount,
        at,
        mcc,
        category,
        online ? 'ONLINE' : 'OFFLINE',
      ],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    ({ admin, analyst, customer, ownCustomerId, otherCustomerId } = await t.demoSession());
    ownCardId = await card(ownCustomerId, '신한 Deep Dream');
    otherCardId = await card(otherCustomerId, '신한 Mr.Life');
    // 2025Q2: 200,000 (FOOD 120,000 + GROCERY 80,000)
    await tx(ownCardId, ownCustomerId, 120_000, '2025-05-10T12:00:00+09:00', 'FOOD', 5812);
    await tx(ownCardId, ownCustomerId, 80_000, '2025-06-30T23:30:00+09:00', 'GROCERY', 5411);
    // 2025Q3: 250,000 net (FOOD 150,000, ONLINE_SHOPPING 130,000 − 30,000 refund)
    await tx(ownCardId, ownCustomerId, 150_000, '2025-07-01T00:10:00+09:00', 'FOOD', 5812);
    await tx(ownCardId, ownCustomerId, 130_000, '2025-08-20T14:00:00+09:00', 'ONLINE_SHOPPING', 5964, true);
    await tx(ownCardId, ownCustomerId, -30_000, '2025-08-22T09:00:00+09:00', 'ONLINE_SHOPPING', 5964, true);
    await tx(otherCardId, otherCustomerId, 55_000, '2025-08-01T12:00:00+09:00', 'FUEL', 5541);
    for (const quarter of ['2025Q2', '2025Q3']) {
      const res = await t.execute(RecomputeSpendingQuarterDocument, { input: { quarter } }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recomputeSpendingQuarter).toMatchObject({ quarter, zeroed: 0 });
    }
    // A balance of 2025Q3 beside computed spending (a computed quarter's income is the customer's annual income ÷ 4,
    // the one income rule of src/modules/customers/income.ts; a stored income is read only on IMPORTED quarters).
    await sql(
      `UPDATE customer_quarter SET income = 12000000, deposit_balance = 3500000 WHERE customer_id = $1 AND quarter_start = '2025-07-01'`,
      [fromGlobalId(ownCustomerId).id],
    );
  });
  afterAll(() => t.stop());

  it('reads quarters newest first with categories, shares and the change from the previous quarter', async () => {
    const res = await t.execute(CustomerSpendingDocument, { id: ownCustomerId, last: 4 }, customer);
    expect(res.errors).toBeUndefined();
    const c = res.data!.customer;
    const [{ quarterIncome }] = (await sql(
      `SELECT trunc(annual_income / 4)::text AS "quarterIncome" FROM customer WHERE id = $1`,
      [fromGlobalId(ownCustomerId).id],
    )) as { quarterIncome: string }[];
    expect(c.cards).toEqual([
      {
        id: ownCardId && expect.any(String),
        issuer: { code: 'SHINHAN', nameKo: '신한카드' },
        productName: '신한 Deep Dream',
        cardType: 'CREDIT',
        issuedOn: '2023-01-15',
      },
    ]);
    expect(c.quarterlySpending.map((q) => q.quarter)).toEqual(['2025Q3', '2025Q2']);
    const [q3, q2] = c.quarterlySpending;
    expect(q3).toMatchObject({
      startsOn: '2025-07-01',
      complete: true,
      source: 'COMPUTED',
      total: { amount: '250000' },
      transactionCount: 2,
      averageTicket: { amount: '140000' }, // (150,000 + 130,000) / 2
      onlineShare: '0.464286', // 130,000 / 280,000
      overseasShare: '0.000000',
      nightShare: '0.535714', // 150,000 at 00:10 KST / 280,000
      changeFromPreviousQuarter: {
        previousQuarter: '2025Q2',
        amount: { amount: '50000' },
        ratio: '0.250000',
      },
      income: { amount: quarterIncome },
      balances: { deposits: { amount: '3500000' }, loans: null, cardDebt: null },
    });
    expect(q3.byCategory).toEqual([
      {
        category: { code: 'FOOD', nameKo: '식비/외식', nameEn: 'Dining out' },
        amount: { amount: '150000' },
        count: 1,
        share: '0.600000',
      },
      {
        category: { code: 'ONLINE_SHOPPING', nameKo: '온라인쇼핑', nameEn: 'Online shopping' },
        amount: { amount: '100000' },
        count: 1,
        share: '0.400000',
      },
    ]);
    // 2025Q1 is not stored: no change for 2025Q2
    expect(q2).toMatchObject({
      total: { amount: '200000' },
      nightShare: '0.400000',
      changeFromPreviousQuarter: null,
      income: { amount: quarterIncome },
      balances: null,
    });

    const one = await t.execute(
      CustomerSpendingDocument,
      { id: ownCustomerId, last: 1, upTo: '2025Q2' },
      analyst,
    );
    expect(one.data!.customer.quarterlySpending.map((q) => q.quarter)).toEqual(['2025Q2']);
  });

  it('reads one quarter by label', async () => {
    const res = await t.execute(CustomerQuarterDocument, { id: ownCustomerId, q: '2025Q3' }, customer);
    expect(res.data!.customer.quarter).toMatchObject({
      quarter: '2025Q3',
      total: { amount: '250000' },
      changeFromPreviousQuarter: { ratio: '0.250000' },
    });
    const none = await t.execute(CustomerQuarterDocument, { id: ownCustomerId, q: '2024Q1' }, customer);
    expect(none.data!.customer.quarter).toBeNull();
    const bad = await t.execute(CustomerQuarterDocument, { id: ownCustomerId, q: '2025-Q3' }, customer);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'q' }] });
  });

  it("pages a card's transactions newest first, filtered by quarter and category", async () => {
    const cardGlobalId = (await t.execute(CustomerSpendingDocument, { id: ownCustomerId, last: 1 }, customer))
      .data!.customer.cards[0].id;
    const page1 = await t.execute(CardTransactionsDocument, { id: cardGlobalId, first: 2 }, customer);
    expect(page1.errors).toBeUndefined();
    const conn1 = page1.data!.node as Extract<typeof page1.data, object>['node'] & {
      transactions: {
        totalCount: number;
        edges: { node: { amount: { amount: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor?: string | null };
      };
    };
    expect(conn1.transactions.totalCount).toBe(5);
    expect(conn1.transactions.edges.map((e) => e.node.amount.amount)).toEqual(['-30000', '130000']);
    expect(conn1.transactions.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.execute(
      CardTransactionsDocument,
      { id: cardGlobalId, first: 10, after: conn1.transactions.pageInfo.endCursor },
      customer,
    );
    const conn2 = page2.data!.node as typeof conn1;
    expect(conn2.transactions.edges.map((e) => e.node.amount.amount)).toEqual(['150000', '80000', '120000']);

    const q3Food = await t.execute(
      CardTransactionsDocument,
      { id: cardGlobalId, first: 10, filter: { quarter: '2025Q3', category: 'FOOD' } },
      customer,
    );
    const conn3 = q3Food.data!.node as typeof conn1;
    expect(conn3.transactions.totalCount).toBe(1);
    expect(conn3.transactions.edges[0].node).toMatchObject({
      kind: 'PURCHASE',
      mcc: 5812,
      category: { code: 'FOOD' },
      channel: 'OFFLINE',
      locality: 'DOMESTIC',
      instalmentMonths: 0,
    });

    const badCategory = await t.execute(
      CardTransactionsDocument,
      { id: cardGlobalId, first: 1, filter: { category: 'NOPE' } },
      customer,
    );
    expect(badCategory.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.execute(
      CardTransactionsDocument,
      { id: cardGlobalId, first: 1, after: Buffer.from('["yesterday", "x"]').toString('base64url') },
      customer,
    );
    expect(badCursor.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('lets a customer see only their own cards, transactions and quarters; staff see all', async () => {
    const others = await t.execute(CustomerSpendingDocument, { id: otherCustomerId, last: 4 }, customer);
    expect(others.errors![0].extensions!.code).toBe('NOT_FOUND');
    const [{ id: otherCard }] = (
      await t.execute(CustomerSpendingDocument, { id: otherCustomerId, last: 4 }, analyst)
    ).data!.customer.cards;
    const foreign = await t.execute(CardTransactionsDocument, { id: otherCard, first: 5 }, customer);
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    const staff = await t.execute(CustomerSpendingDocument, { id: otherCustomerId, last: 4 }, analyst);
    expect(staff.data!.customer.quarterlySpending).toMatchObject([
      {
        quarter: '2025Q3',
        total: { amount: '55000' },
        byCategory: [{ category: { code: 'FUEL' }, share: '1.000000' }],
      },
    ]);
    expect(otherCardId).toBeDefined();
  });

  it('lists the card instalment plans still being billed: refunded and finished ones left out, principal only', async () => {
    const own = fromGlobalId(ownCustomerId).id;
    const [card] = (await sql(
      `INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on)
       VALUES ($1, 'SHINHAN', '할부 카드', 'CREDIT', '2020-01-01') RETURNING id`,
      [own],
    )) as { id: string }[];
    const today = koreanDate(new Date());
    const monthStart = `${today.slice(0, 7)}-01`;
    const plan = (amount: number, months: number, monthsAgo: number, merchant: string, kind = 'PURCHASE') =>
      sql(
        `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, category_code,
                                       channel, locality, instalment_months)
         VALUES ($1, $2, $3, $4, ($5 || 'T12:00:00+09:00')::timestamptz, $6, 'SHOPPING', 'OFFLINE', 'DOMESTIC', $7)`,
        [card.id, own, kind, amount, addMonths(monthStart, -monthsAgo), merchant, months],
      );
    await plan(1_000_000, 3, 0, '가전마트'); // bought this month: nothing billed yet
    await plan(570_400, 6, 2, '항공권'); // two statements so far
    await plan(300_000, 3, 5, '옷가게'); // all billed
    await plan(240_000, 12, 1, '환불된 가게'); // refunded below: no plan left
    await plan(-240_000, 12, 0, '환불된 가게', 'REFUND');
    const ctx = createRequestContext(t.app.container, {
      viewer: { userId: 'instalments-test', role: Role.CUSTOMER, customerId: own },
    });
    const v = await t.app.container.services.spending.cardInstalments(ctx, own);
    const merchants = v.plans.map((p) => p.transaction.merchantName);
    expect(merchants).toEqual(expect.arrayContaining(['가전마트', '항공권']));
    expect(merchants).not.toContain('옷가게');
    expect(merchants).not.toContain('환불된 가게');
    const byName = (m: string) => v.plans.find((p) => p.transaction.merchantName === m)!.status;
    // 1,000,000 ÷ 3: 333,334 first, then 333,333 twice.
    expect(byName('가전마트')).toMatchObject({
      billed: 0,
      remaining: 3,
      remainingPrincipal: '1000000',
      nextInstalment: '333334',
    });
    // 570,400 ÷ 6 = 95,066 (the 4 won left over went on the first): 4 × 95,066 left.
    expect(byName('항공권')).toMatchObject({
      billed: 2,
      remaining: 4,
      remainingPrincipal: '380264',
      nextInstalment: '95066',
    });
    const mine = v.plans.filter((p) => ['가전마트', '항공권'].includes(p.transaction.merchantName));
    expect(mine).toHaveLength(2);
    // Another customer's plans are not the customer's to read.
    const other = fromGlobalId(otherCustomerId).id;
    await expect(t.app.container.services.spending.cardInstalments(ctx, other)).rejects.toThrow();
  });

  it('recomputes a quarter as a background job', async () => {
    const other = fromGlobalId(otherCustomerId).id;
    await sql(`DELETE FROM customer_quarter WHERE customer_id = $1`, [other]);
    const { jobs } = t.app.container;
    const id = await jobs.enqueue<RecomputeQuarterJob>(RECOMPUTE_QUARTER_JOB, {
      quarter: '2025Q3',
      customerIds: [other],
    });
    let state = (await jobs.get(id, RECOMPUTE_QUARTER_JOB))?.state;
    while (state === 'queued' || state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = (await jobs.get(id, RECOMPUTE_QUARTER_JOB))?.state;
    }
    expect(state).toBe('completed');
    const rows = (await sql(
      `SELECT quarter_start::text AS q, total_amount FROM customer_quarter WHERE customer_id = $1`,
      [other],
    )) as { q: string; total_amount: string }[];
    expect(rows).toEqual([{ q: '2025-07-01', total_amount: '55000' }]);
  });

  it('shows the taxonomy to staff only and lets only ADMIN recompute', async () => {
    const staff = await t.execute(SpendingCategoriesDocument, {}, analyst);
    expect(staff.data!.spendingCategories.map((c) => c.category.code)).toEqual([
      'FOOD',
      'GROCERY',
      'TRANSPORT',
      'FUEL',
      'SHOPPING',
      'ONLINE_SHOPPING',
      'MEDICAL',
      'EDUCATION',
      'TRAVEL',
      'LEISURE',
      'TELECOM',
      'INSURANCE',
      'UTILITIES',
      'OTHER',
    ]);
    expect(staff.data!.spendingCategories.find((c) => c.category.code === 'FUEL')!.mccRanges).toContainEqual({
      from: 5541,
      to: 5542,
      description: expect.any(String),
    });
    expect((await t.execute(SpendingCategoriesDocument, {}, customer)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const refused = await t.execute(
      RecomputeSpendingQuarterDocument,
      { input: { quarter: '2025Q3' } },
      analyst,
    );
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await t.execute(RecomputeSpendingQuarterDocument, { input: { quarter: '2025Q9' } }, admin);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('spendingSummary: byMerchant counts a brand once whatever its spelling (as the merchant filter does), and days narrows to weekends or weekdays (KST)', async () => {
    // Last month's days, by their weekday in Korea.
    const first = `${addMonths(koreanDate(new Date()), -1).slice(0, 7)}-01`;
    const days = Array.from(
      { length: 28 },
      (_, i) => addMonths(first, 0).slice(0, 8) + String(i + 1).padStart(2, '0'),
    );
    const dow = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
    const saturday = days.find((d) => dow(d) === 6)!;
    const sunday = days.find((d) => dow(d) === 0)!;
    const [monday, tuesday, wednesday] = [1, 2, 3].map((n) => days.find((d) => dow(d) === n)!);
    const cardId = await card(ownCustomerId, '신한 Brand Test');
    // Rows of one category no other test writes, so that the figures are theirs alone.
    const rows: [string, number, string][] = [
      ['STARBUCKS COFFEE', 5_000, `${saturday}T10:00:00+09:00`],
      ['스타벅스 강남점', 6_000, `${monday}T08:30:00+09:00`],
      ['스타벅스 강남점', 6_000, `${wednesday}T08:30:00+09:00`],
      ['Starbucks', -1_000, `${tuesday}T09:00:00+09:00`],
      ['이마트', 50_000, `${sunday}T23:30:00+09:00`],
      ['롯데하이마트', 9_000, `${tuesday}T19:00:00+09:00`],
    ];
    for (const [merchant, amount, at] of rows)
      await sql(
        `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc, category_code, channel, locality)
         VALUES ($1, $2, $3, $4, $5, $6, 8299, 'EDUCATION', 'OFFLINE', 'DOMESTIC')`,
        [cardId, fromGlobalId(ownCustomerId).id, amount > 0 ? 'PURCHASE' : 'REFUND', amount, at, merchant],
      );
    type Summary = {
      total: { amount: string };
      days: string | null;
      byMerchant: { merchant: string; amount: { amount: string }; count: number }[];
    };
    const summary = async (args: string) => {
      const res = await t.request<{ node: { spendingSummary: Summary } }>(
        `query ($id: ID!) { node(id: $id) { ... on Customer { spendingSummary(period: MONTHS_AGO, months: 1, category: "EDUCATION"${args}) {
           total { amount } days byMerchant(first: 5) { merchant amount { amount } count } } } } }`,
        { id: ownCustomerId },
        customer,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.node.spendingSummary;
    };
    const all = await summary('');
    // One Starbucks (three spellings, the refund netted), shown by the spelling paid most; 이마트 is not 롯데하이마트.
    expect(all.byMerchant.map((m) => [m.merchant, m.amount.amount, m.count])).toEqual([
      ['이마트', '50000', 1],
      ['스타벅스 강남점', '16000', 3],
      ['롯데하이마트', '9000', 1],
    ]);
    expect((await summary(', merchant: "스타벅스"')).total.amount).toBe('16000');
    const weekends = await summary(', days: WEEKENDS');
    expect(weekends).toMatchObject({ total: { amount: '55000' }, days: 'WEEKENDS' });
    const weekdays = await summary(', days: WEEKDAYS');
    expect(weekdays.total.amount).toBe('20000');
    expect(BigInt(weekends.total.amount) + BigInt(weekdays.total.amount)).toBe(BigInt(all.total.amount));
    expect(weekdays.byMerchant.map((m) => [m.merchant, m.amount.amount])).toEqual([
      ['스타벅스 강남점', '11000'],
      ['롯데하이마트', '9000'],
    ]);
    const bad = await t.request(
      '{ me { customer { spendingSummary(period: LAST_MONTH, days: FRIDAYS) { total { amount } } } } }',
      {},
      customer,
    );
    expect(bad.errors![0].message).toMatch(/FRIDAYS/);
  });
});
