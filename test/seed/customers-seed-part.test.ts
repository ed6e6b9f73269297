import { Pool, type PoolClient } from 'pg';
import { type TestDatabase, createTestDatabase } from '../support/database';
import { createRng } from '../../src/common/random';
import { type SeedPart, SeedRegistry, detectBulkMethod, runSeedInTransaction } from '../../src/common/seed';
import { generateCustomers } from '../../src/modules/customers/seed/customer-generator';
import {
  CustomerNumbersTakenError,
  SEEDED_CUSTOMERS,
  customersSeedPart,
} from '../../src/modules/customers/seed/customers-seed-part';

// The customers part end to end on a migrated database: COPY on PostgreSQL, batched INSERT on PGlite.
describe('customersSeedPart', () => {
  const options = { customers: 2_000, seed: 'spec', now: new Date('2025-11-20T15:00:00Z') };
  let db: TestDatabase;
  let pool: Pool;
  let client: PoolClient;

  const count = async (): Promise<number> =>
    (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM customer')).rows[0].n;
  const seed = async (parts: SeedPart[], registry = new SeedRegistry()) =>
    runSeedInTransaction(parts, { client, options, bulkMethod: await detectBulkMethod(client), registry });

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new Pool({ connectionString: db.url, max: 1 });
    client = await pool.connect();
  });
  afterAll(async () => {
    client?.release();
    await pool?.end();
    await db?.stop();
  });

  it('writes nothing when a later part fails: one transaction', async () => {
    const failing: SeedPart = {
      name: 'cards',
      dependsOn: ['customers'],
      run: async () => {
        throw new Error('cards broke');
      },
    };
    await expect(seed([customersSeedPart, failing])).rejects.toThrow('cards broke');
    expect(await count()).toBe(0);
  });

  it('writes the generated customers exactly and records them for later parts', async () => {
    const registry = new SeedRegistry();
    const report = await seed([customersSeedPart], registry);
    expect(report.parts).toEqual([expect.objectContaining({ name: 'customers', rows: { customer: 2_000 } })]);
    expect(await count()).toBe(2_000);

    // The same stream runSeed hands the part: the seed forked by the part's name.
    const expected = [
      ...generateCustomers(createRng(options.seed).fork('customers'), options.customers, {
        now: options.now,
        startNumber: 1,
      }),
    ];
    const { rows } = await client.query(
      `SELECT id, customer_number, name, email, birth_date::text AS birth_date, gender, region, household_size,
              employment, annual_income, credit_score, created_at, updated_at
         FROM customer ORDER BY customer_number`,
    );
    expect(rows).toEqual(
      expected.map((c) => ({
        id: c.id,
        customer_number: c.customerNumber,
        name: c.name,
        email: c.email,
        birth_date: c.birthDate,
        gender: c.gender,
        region: c.region,
        household_size: c.householdSize,
        employment: c.employment,
        annual_income: String(c.annualIncome),
        credit_score: c.creditScore,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      })),
    );

    const seeded = registry.get(SEEDED_CUSTOMERS);
    expect(seeded).toHaveLength(2_000);
    expect(seeded[41]).toEqual({
      id: expected[41].id,
      customerNumber: 'C00000042',
      birthDate: expected[41].birthDate,
      gender: expected[41].gender,
      region: expected[41].region,
      householdSize: expected[41].householdSize,
      employment: expected[41].employment,
      annualIncome: expected[41].annualIncome,
      creditScore: expected[41].creditScore,
      createdAt: expected[41].createdAt,
    });
  });

  it('refuses to seed again over the same customer numbers, before writing anything', async () => {
    const failure = await seed([customersSeedPart]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CustomerNumbersTakenError);
    expect((failure as Error).message).toMatch(/Customer C00000001 already exists/);
    expect(await count()).toBe(2_000);
  });
});
