import type { PoolClient } from 'pg';
import { detectBulkMethod, runSeedInTransaction, SeedRegistry, type SeedPart } from '../../src/common/seed';
import { SEEDED_CUSTOMERS, type Gender, type Region, type Employment } from '../../src/modules/customers';
import { spendingSeedPart } from '../../src/modules/spending';
import type { TestApp } from './app';

/**
 * Cards, transactions and materialised customer quarters for the test app's demo customers, by the spending
 * seed part (the demo data has customers and loans only). Runs on the app's own connection (PGlite serves
 * one). Does nothing when the database already has cards.
 */
export async function seedDemoSpending(t: TestApp, now: Date = new Date()): Promise<void> {
  const runner = t.app.container.dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    const { rows: cards } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM card');
    if (cards[0].n > 0) return;
    const { rows } = await client.query(
      `SELECT id, customer_number, birth_date::text AS birth_date, gender, region, household_size, employment,
              annual_income::text AS annual_income, credit_score, created_at
       FROM customer ORDER BY customer_number`,
    );
    const registry = new SeedRegistry();
    registry.set(
      SEEDED_CUSTOMERS,
      rows.map((r) => ({
        id: r.id as string,
        customerNumber: r.customer_number as string,
        birthDate: r.birth_date as string,
        gender: r.gender as Gender,
        region: r.region as Region,
        householdSize: r.household_size as number,
        employment: r.employment as Employment,
        annualIncome: Number(r.annual_income),
        creditScore: r.credit_score as number,
        createdAt: r.created_at as Date,
      })),
    );
    // The customers already exist: a stand-in for the customers part that only satisfies the dependency.
    const existingCustomers: SeedPart = { name: 'customers', run: async () => ({ rows: {} }) };
    await runSeedInTransaction([existingCustomers, spendingSeedPart], {
      client,
      options: { customers: rows.length, seed: 'pages-test', now },
      bulkMethod: await detectBulkMethod(client),
      registry,
    });
  } finally {
    await runner.release();
  }
}

/** A card purchase to insert straight into `card_transaction` (as an import would add it). */
export interface TestPurchase {
  amount: number;
  occurredAt: Date;
  merchantName: string;
  channel?: 'ONLINE' | 'OFFLINE';
  locality?: 'DOMESTIC' | 'OVERSEAS';
}

/** Inserts a SHOPPING purchase on the customer's first card; returns the transaction's id. */
export async function insertPurchase(t: TestApp, customerId: string, p: TestPurchase): Promise<string> {
  const query = (text: string, params: unknown[]) =>
    t.app.container.dataSource.query(text, params) as Promise<{ id: string }[]>;
  const [card] = await query(`SELECT id FROM card WHERE customer_id = $1 ORDER BY issued_on LIMIT 1`, [
    customerId,
  ]);
  const [row] = await query(
    `INSERT INTO card_transaction (card_id, customer_id, amount, occurred_at, merchant_name, category_code, channel, locality)
     VALUES ($1, $2, $3, $4, $5, 'SHOPPING', $6, $7) RETURNING id::text AS id`,
    [
      card.id,
      customerId,
      p.amount,
      p.occurredAt,
      p.merchantName,
      p.channel ?? 'ONLINE',
      p.locality ?? 'DOMESTIC',
    ],
  );
  return row.id;
}
