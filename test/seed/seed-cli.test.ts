import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../support/database';

// `npm run seed` end to end: the real CLI process against a fresh migrated database.
const ROOT = path.resolve(__dirname, '../..');

function seed(db: TestDatabase, args: string[]) {
  return spawnSync(process.execPath, ['-r', 'ts-node/register', 'src/cli/seed.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      TS_NODE_TRANSPILE_ONLY: 'true',
      DATABASE_URL: db.url,
      DB_POOL_MAX: String(db.poolMax),
      LOG_LEVEL: 'warn',
    },
  });
}

describe('npm run seed', () => {
  jest.setTimeout(120_000);
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.stop());

  it('writes N deterministic customers with their spending, refuses to seed twice and rejects bad arguments', async () => {
    // Few customers: the spending part adds ~500 transactions each (slow on PGlite's INSERT fallback).
    const run = seed(db, ['--customers', '30', '--seed', 'cli-test', '--now', '2026-01-01']);
    expect(run.status).toBe(0);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number; first: string }>(
        `SELECT count(*)::int AS n, min(customer_number) AS first FROM customer`,
      );
      expect(rows[0]).toEqual({ n: 30, first: 'C00000001' });
      const spending = await client.query<{ tx: number; quarters: number }>(
        `SELECT (SELECT count(*)::int FROM card_transaction) AS tx, (SELECT count(DISTINCT quarter_start)::int FROM customer_quarter) AS quarters`,
      );
      expect(spending.rows[0].tx).toBeGreaterThan(1000);
      // 2023Q1–2025Q4; 2026Q1 begins at --now itself, so nothing has been spent in it yet
      expect(spending.rows[0].quarters).toBe(8);
    } finally {
      await client.end();
    }
    const again = seed(db, ['--customers', '10', '--seed', 'cli-test', '--now', '2026-01-01']);
    expect(again.status).toBe(1);
    expect(again.stderr + again.stdout).toMatch(/already exists/);
    const bad = seed(db, ['--customers', '-5']);
    expect(bad.status).toBe(2);
    expect(bad.stderr + bad.stdout).toMatch(/--customers/);
  });
});
