import { Client } from 'pg';
import { type TestDatabase, createTestDatabase } from '../support/database';
import { parseQuarter } from '../../src/common/quarters';
import { recomputeQuarterSql } from '../../src/modules/spending/quarter-aggregation';

// recomputeQuarter's SQL on a real database (PGlite, or PostgreSQL with DATABASE_URL), against aggregates
// computed by hand from the rows below.

const AT = new Date('2025-11-21T00:00:00+09:00');
const Q3 = parseQuarter('2025Q3');

describe('recompute customer quarters in SQL', () => {
  let db: TestDatabase;
  let client: Client;
  let alice: string;
  let bob: string;
  let card: string;
  const run = async (text: string, params: unknown[]) => (await client.query(text, params)).rows;

  async function customer(name: string): Promise<string> {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO customer (name, birth_date, gender, region, household_size, employment, annual_income, credit_score)
       VALUES ($1, '1990-01-01', 'FEMALE', 'SEOUL', 1, 'SALARIED', 40000000, 900) RETURNING id`,
      [name],
    );
    return rows[0].id;
  }

  async function tx(
    customerId: string,
    amount: number,
    at: string,
    category: string,
    opts: { online?: boolean; overseas?: boolean } = {},
  ): Promise<void> {
    await client.query(
      `INSERT INTO card_transaction (card_id, customer_id, kind, amount, occurred_at, merchant_name, category_code, channel, locality)
       VALUES ($1, $2, $3, $4, $5, 'm', $6, $7, $8)`,
      [
        card,
        customerId,
        amount > 0 ? 'PURCHASE' : 'REFUND',
        amount,
        at,
        category,
        opts.online ? 'ONLINE' : 'OFFLINE',
        opts.overseas ? 'OVERSEAS' : 'DOMESTIC',
      ],
    );
  }

  const quarterRow = async (customerId: string, start: string) =>
    (
      await client.query(
        `SELECT source, total_amount, transaction_count, refund_count, average_ticket, online_share, overseas_share,
                night_share, income
         FROM customer_quarter WHERE customer_id = $1 AND quarter_start = $2`,
        [customerId, start],
      )
    ).rows[0];
  const categories = async (customerId: string, start: string) =>
    (
      await client.query(
        `SELECT category_code, amount, transaction_count FROM customer_quarter_category
         WHERE customer_id = $1 AND quarter_start = $2 ORDER BY category_code`,
        [customerId, start],
      )
    ).rows;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    alice = await customer('Alice');
    bob = await customer('Bob');
    card = (
      await client.query<{ id: string }>(
        `INSERT INTO card (customer_id, issuer, product_name, card_type, issued_on) VALUES ($1, 'KB', 'Test', 'CREDIT', '2020-01-01') RETURNING id`,
        [alice],
      )
    ).rows[0].id;
    // Alice, 2025Q3 (KST 2025-07-01 00:00 .. 2025-10-01 00:00):
    await tx(alice, 10_000, '2025-07-01T00:00:00+09:00', 'FOOD'); // first instant of Q3, night (00h KST)
    await tx(alice, 30_000, '2025-07-15T21:59:59+09:00', 'FOOD', { online: true }); // not night
    await tx(alice, 50_000, '2025-08-01T22:00:00+09:00', 'SHOPPING', { online: true, overseas: true }); // night
    await tx(alice, 11_000, '2025-09-30T05:59:59+09:00', 'GROCERY'); // night, last day
    await tx(alice, -30_000, '2025-08-02T12:00:00+09:00', 'FOOD'); // refund of the 30,000 purchase
    await tx(alice, 99_999, '2025-09-30T15:00:00Z', 'FOOD'); // = 2025-10-01 00:00 KST: Q4
    await tx(alice, 77_777, '2025-06-30T14:59:59Z', 'FOOD'); // = 2025-06-30 23:59:59 KST: Q2
    await tx(alice, 6_000, '2025-06-10T06:00:00+09:00', 'TRANSPORT'); // Q2, 06:00 is day
  });
  afterAll(async () => {
    await client?.end();
    await db?.stop();
  });

  it('computes totals, counts, average ticket and shares as hand-computed', async () => {
    const result = await recomputeQuarterSql(run, Q3, AT);
    expect(result).toEqual({ computed: 1, zeroed: 0 });
    // gross purchases 10,000 + 30,000 + 50,000 + 11,000 = 101,000; net 71,000; 4 purchases, 1 refund
    expect(await quarterRow(alice, '2025-07-01')).toEqual({
      source: 'COMPUTED',
      total_amount: '71000',
      transaction_count: 4,
      refund_count: 1,
      average_ticket: '25250', // 101,000 / 4
      online_share: '0.792079', // 80,000 / 101,000 = 0.7920792…
      overseas_share: '0.495050', // 50,000 / 101,000 = 0.4950495…
      night_share: '0.702970', // (10,000 + 50,000 + 11,000) / 101,000 = 0.7029702…
      income: null,
    });
    expect(await categories(alice, '2025-07-01')).toEqual([
      { category_code: 'FOOD', amount: '10000', transaction_count: 2 }, // 10,000 + 30,000 − 30,000
      { category_code: 'GROCERY', amount: '11000', transaction_count: 1 },
      { category_code: 'SHOPPING', amount: '50000', transaction_count: 1 },
    ]);
    expect(await quarterRow(bob, '2025-07-01')).toBeUndefined();
  });

  it('puts boundary instants in the right KST quarter and night bucket', async () => {
    await recomputeQuarterSql(run, parseQuarter('2025Q2'), AT);
    expect(await quarterRow(alice, '2025-04-01')).toMatchObject({
      total_amount: '83777',
      transaction_count: 2,
      night_share: '0.928381', // 77,777 at 23:59:59 KST is night, 6,000 at 06:00:00 is not: 77,777 / 83,777
    });
  });

  it('is idempotent, scoped by customer, and never overwrites an IMPORTED quarter', async () => {
    await client.query(
      `INSERT INTO customer_quarter (customer_id, quarter_start, source, total_amount, transaction_count, income)
       VALUES ($1, '2025-07-01', 'IMPORTED', 123, 1, 9000000)`,
      [bob],
    );
    await client.query(
      `INSERT INTO card_transaction (card_id, customer_id, amount, occurred_at, merchant_name, category_code, channel, locality)
       VALUES ($1, $2, 5000, '2025-08-01T12:00:00+09:00', 'm', 'FOOD', 'OFFLINE', 'DOMESTIC')`,
      [card, bob],
    );
    const before = await quarterRow(alice, '2025-07-01');
    expect(await recomputeQuarterSql(run, Q3, new Date(AT.getTime() + 1000), [alice, bob])).toEqual({
      computed: 1,
      zeroed: 0,
    });
    expect(await quarterRow(alice, '2025-07-01')).toEqual(before);
    expect(await quarterRow(bob, '2025-07-01')).toMatchObject({
      source: 'IMPORTED',
      total_amount: '123',
      income: '9000000',
    });
    expect(await categories(bob, '2025-07-01')).toEqual([]);
  });

  it('zeroes a computed quarter whose transactions are gone but keeps its imported income', async () => {
    await client.query(
      `UPDATE customer_quarter SET income = 5000000 WHERE customer_id = $1 AND quarter_start = '2025-07-01'`,
      [alice],
    );
    await client.query(
      `DELETE FROM card_transaction WHERE customer_id = $1 AND occurred_at >= '2025-07-01T00:00:00+09:00' AND occurred_at < '2025-10-01T00:00:00+09:00'`,
      [alice],
    );
    expect(await recomputeQuarterSql(run, Q3, new Date(AT.getTime() + 2000), [alice])).toEqual({
      computed: 0,
      zeroed: 1,
    });
    expect(await quarterRow(alice, '2025-07-01')).toMatchObject({
      total_amount: '0',
      transaction_count: 0,
      average_ticket: null,
      night_share: null,
      income: '5000000',
    });
    expect(await categories(alice, '2025-07-01')).toEqual([]);
  });

  it('maps MCCs to 업종 groups, the narrowest range first', async () => {
    const of = async (mcc: number) =>
      (await client.query<{ c: string }>('SELECT spending_category_of_mcc($1) AS c', [mcc])).rows[0].c;
    expect(await of(5812)).toBe('FOOD');
    expect(await of(5541)).toBe('FUEL'); // inside 5511–5599 vehicles
    expect(await of(5964)).toBe('ONLINE_SHOPPING'); // inside 5900–5999 misc. retail
    expect(await of(5912)).toBe('MEDICAL');
    expect(await of(5999)).toBe('SHOPPING');
    expect(await of(4121)).toBe('TRANSPORT');
    expect(await of(3058)).toBe('TRAVEL');
    expect(await of(8220)).toBe('EDUCATION');
    expect(await of(1520)).toBe('OTHER');
  });
});
