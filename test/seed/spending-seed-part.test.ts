import { Pool, type PoolClient } from 'pg';
import { type TestDatabase, createTestDatabase } from '../support/database';
import { detectBulkMethod, runSeedInTransaction } from '../../src/common/seed';
import { customersSeedPart } from '../../src/modules/customers';
import { spendingSeedPart } from '../../src/modules/spending';

// The spending part end to end (COPY on PostgreSQL, batched INSERT on PGlite): deterministic rows, and customer
// quarters materialised by SQL that agree with aggregates computed here, in JavaScript, from the raw rows.

const options = { customers: 25, seed: 'spending-spec', now: new Date('2025-11-20T15:00:00Z') }; // 2025-11-21 KST

interface Seeded {
  db: TestDatabase;
  pool: Pool;
  client: PoolClient;
}

async function seedInto(): Promise<Seeded> {
  const db = await createTestDatabase();
  const pool = new Pool({ connectionString: db.url, max: 1 });
  const client = await pool.connect();
  await runSeedInTransaction([customersSeedPart, spendingSeedPart], {
    client,
    options,
    bulkMethod: await detectBulkMethod(client),
  });
  return { db, pool, client };
}

const digest = async (client: PoolClient, sql: string) => (await client.query<{ d: string }>(sql)).rows[0].d;
const TX_DIGEST = `SELECT md5(string_agg(concat_ws('|', id, card_id, customer_id, kind, amount, occurred_at, merchant_name, mcc,
  issuer_category_code, category_code, channel, locality, instalment_months), ',' ORDER BY id)) AS d FROM card_transaction`;
const CARD_DIGEST = `SELECT md5(string_agg(concat_ws('|', id, customer_id, issuer, product_name, card_type, issued_on, closed_on), ','
  ORDER BY id)) AS d FROM card`;
const QUARTER_DIGEST = `SELECT md5(string_agg(concat_ws('|', customer_id, quarter_start, total_amount, transaction_count,
  online_share, night_share, income, card_balance), ',' ORDER BY customer_id, quarter_start)) AS d FROM customer_quarter`;

describe('spendingSeedPart', () => {
  let a: Seeded;

  beforeAll(async () => {
    a = await seedInto();
  });
  afterAll(async () => {
    a?.client.release();
    await a?.pool.end();
    await a?.db.stop();
  });

  it('covers 8 complete quarters before now plus the current one, with cards, refunds and instalments', async () => {
    const { rows } = await a.client.query<{ q: string; n: number }>(
      `SELECT quarter_start::text AS q, count(*)::int AS n FROM customer_quarter GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.map((r) => r.q)).toEqual([
      '2023-10-01',
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
    ]);
    const [facts] = (
      await a.client.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE kind = 'REFUND')::int AS refunds,
                count(*) FILTER (WHERE instalment_months > 0)::int AS instalments,
                count(*) FILTER (WHERE locality = 'OVERSEAS')::int AS overseas,
                max(occurred_at) < '2025-11-20T15:00:00Z' AS before_now,
                bool_and(category_code = spending_category_of_mcc(mcc)) AS mcc_consistent
         FROM card_transaction`,
      )
    ).rows;
    expect(facts.n).toBeGreaterThan(5_000);
    expect(facts.refunds).toBeGreaterThan(0);
    expect(facts.instalments).toBeGreaterThan(0);
    expect(facts.overseas).toBeGreaterThan(0);
    expect(facts.before_now).toBe(true);
    expect(facts.mcc_consistent).toBe(true); // every merchant's MCC maps to the group the row carries
  });

  it('materialises quarters equal to aggregates computed by hand from the raw rows', async () => {
    const [{ customer_id: customerId }] = (
      await a.client.query(
        `SELECT customer_id FROM customer_quarter WHERE quarter_start = '2025-07-01' ORDER BY transaction_count DESC LIMIT 1`,
      )
    ).rows;
    const txs = (
      await a.client.query<{ amount: string; at: Date; channel: string; locality: string; category: string }>(
        `SELECT amount, occurred_at AS at, channel, locality, category_code AS category FROM card_transaction
         WHERE customer_id = $1 AND occurred_at >= '2025-06-30T15:00:00Z' AND occurred_at < '2025-09-30T15:00:00Z'`,
        [customerId],
      )
    ).rows;
    const purchases = txs.filter((t) => Number(t.amount) > 0);
    const gross = purchases.reduce((s, t) => s + Number(t.amount), 0);
    const share = (keep: (t: (typeof txs)[number]) => boolean) =>
      (purchases.filter(keep).reduce((s, t) => s + Number(t.amount), 0) / gross).toFixed(6);
    const kstHour = (at: Date) => (at.getUTCHours() + 9) % 24;
    const byCategory = new Map<string, number>();
    for (const t of txs) byCategory.set(t.category, (byCategory.get(t.category) ?? 0) + Number(t.amount));

    const [row] = (
      await a.client.query(
        `SELECT total_amount, transaction_count, refund_count, average_ticket, online_share, overseas_share, night_share
         FROM customer_quarter WHERE customer_id = $1 AND quarter_start = '2025-07-01'`,
        [customerId],
      )
    ).rows;
    expect(row).toEqual({
      total_amount: String(txs.reduce((s, t) => s + Number(t.amount), 0)),
      transaction_count: purchases.length,
      refund_count: txs.length - purchases.length,
      average_ticket: String(Math.trunc(gross / purchases.length)),
      online_share: share((t) => t.channel === 'ONLINE'),
      overseas_share: share((t) => t.locality === 'OVERSEAS'),
      night_share: share((t) => kstHour(t.at) >= 22 || kstHour(t.at) < 6),
    });
    const categories = (
      await a.client.query<{ category_code: string; amount: string }>(
        `SELECT category_code, amount FROM customer_quarter_category WHERE customer_id = $1 AND quarter_start = '2025-07-01'`,
        [customerId],
      )
    ).rows;
    expect(new Map(categories.map((c) => [c.category_code, Number(c.amount)]))).toEqual(byCategory);
  });

  it('writes byte-identical rows for the same seed and now', async () => {
    const b = await seedInto();
    try {
      for (const sql of [CARD_DIGEST, TX_DIGEST, QUARTER_DIGEST]) {
        expect(await digest(b.client, sql)).toBe(await digest(a.client, sql));
      }
    } finally {
      b.client.release();
      await b.pool.end();
      await b.db.stop();
    }
  });
});
