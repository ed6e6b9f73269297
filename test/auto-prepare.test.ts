import type { Pool, PoolClient } from 'pg';
import { poolOf } from '../src/platform/database/data-source';
import { startTestApp, TestApp } from './support/app';

// Issue 15: statements the API runs repeatedly are prepared (named) once per connection instead of parsed on every
// execution (src/platform/database/auto-prepare.ts). On real PostgreSQL and on PGlite, whose socket server keeps
// one session for every connection: the answers are the unnamed ones', a statement survives a dropped connection,
// a failed statement leaves the next one working, and a table changed underneath is re-planned.

describe('automatic prepared statements', () => {
  let t: TestApp;
  let pool: Pool;
  const SQL =
    'SELECT loan_number AS "loanNumber", principal::text FROM loan WHERE customer_id = $1 ORDER BY loan_number';

  beforeAll(async () => {
    t = await startTestApp();
    pool = poolOf(t.app.container.dataSource)!;
  });
  afterAll(() => t.stop());

  async function connectAgain(p: Pool): Promise<PoolClient> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await p.connect();
      } catch (error) {
        if (attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  const prepared = async (client: PoolClient) =>
    (await client.query(`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'fg\\_%'`))
      .rows as {
      name: string;
      statement: string;
    }[];

  it('names a statement on its third run, and it answers as the unnamed statement did', async () => {
    const [{ id }] = (await t.app.container.dataSource.query(
      'SELECT customer_id AS id FROM loan GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1',
    )) as { id: string }[];
    const client = await pool.connect();
    try {
      const runs = [];
      for (let i = 0; i < 4; i++) runs.push((await client.query(SQL, [id])).rows);
      expect(runs[0].length).toBeGreaterThan(0);
      for (const rows of runs) expect(rows).toEqual(runs[0]);
      expect((await prepared(client)).filter((p) => p.statement === SQL)).toHaveLength(1);
      // Without parameters (transaction control, scripts) nothing is named.
      for (let i = 0; i < 3; i++) await client.query('SELECT 1 AS one');
      expect((await prepared(client)).some((p) => p.statement === 'SELECT 1 AS one')).toBe(false);
    } finally {
      client.release();
    }
  });

  it('a new connection runs a statement named on a dropped one (PGlite keeps the session)', async () => {
    const text = 'SELECT count(*)::int AS n FROM customer WHERE created_at < $1';
    const first = await pool.connect();
    for (let i = 0; i < 3; i++) await first.query(text, [new Date()]);
    const before = await prepared(first);
    expect(before.some((p) => p.statement === text)).toBe(true);
    first.release(true); // closes the connection
    // pglite-socket takes the next connection once it has seen the last one close.
    const second = await connectAgain(pool);
    try {
      const { rows } = await second.query(text, [new Date()]);
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      second.release();
    }
  });

  it('a failed execution of a named statement leaves the next one working, in and out of a transaction', async () => {
    const text = 'SELECT 100 / $1::int AS q';
    const client = await pool.connect();
    try {
      for (const d of [1, 2, 4]) expect((await client.query(text, [d])).rows[0].q).toBe(100 / d);
      await expect(client.query(text, [0])).rejects.toMatchObject({ code: '22012' });
      expect((await client.query(text, [5])).rows[0].q).toBe(20);
      await client.query('BEGIN');
      await expect(client.query(text, [0])).rejects.toMatchObject({ code: '22012' });
      await client.query('ROLLBACK');
      expect((await client.query(text, [10])).rows[0].q).toBe(10);
    } finally {
      client.release();
    }
  });

  it('a statement whose table was changed underneath is planned again', async () => {
    const client = await pool.connect();
    try {
      await client.query('CREATE TABLE auto_prepare_probe (id int PRIMARY KEY, note text)');
      await client.query("INSERT INTO auto_prepare_probe VALUES (1, 'a'), (2, 'b')");
      const text = 'SELECT count(*)::int AS n FROM auto_prepare_probe WHERE id >= $1';
      for (let i = 0; i < 3; i++) expect((await client.query(text, [1])).rows[0].n).toBe(2);
      await client.query('CREATE INDEX ON auto_prepare_probe (note)');
      await client.query("INSERT INTO auto_prepare_probe VALUES (3, 'c')");
      expect((await client.query(text, [1])).rows[0].n).toBe(3);
    } finally {
      await client.query('DROP TABLE IF EXISTS auto_prepare_probe');
      client.release();
    }
  });

  it('a SELECT * whose table gained a column runs unnamed from then on, retried at once outside a transaction', async () => {
    const client = await pool.connect();
    try {
      await client.query('CREATE TABLE auto_prepare_wide (id int PRIMARY KEY)');
      await client.query('INSERT INTO auto_prepare_wide VALUES (1), (2)');
      const text = 'SELECT * FROM auto_prepare_wide WHERE id >= $1 ORDER BY id';
      for (let i = 0; i < 3; i++)
        expect((await client.query(text, [1])).rows).toEqual([{ id: 1 }, { id: 2 }]);
      expect((await prepared(client)).some((p) => p.statement === text)).toBe(true);
      await client.query("ALTER TABLE auto_prepare_wide ADD COLUMN note text DEFAULT 'x'");
      expect((await client.query(text, [2])).rows).toEqual([{ id: 2, note: 'x' }]);

      const inTx = 'SELECT * FROM auto_prepare_wide WHERE id <= $1 ORDER BY id';
      for (let i = 0; i < 3; i++) await client.query(inTx, [1]);
      await client.query('ALTER TABLE auto_prepare_wide ADD COLUMN extra int DEFAULT 7');
      await client.query('BEGIN');
      await expect(client.query(inTx, [1])).rejects.toMatchObject({ code: '0A000' });
      await client.query('ROLLBACK');
      expect((await client.query(inTx, [1])).rows).toEqual([{ id: 1, note: 'x', extra: 7 }]);
    } finally {
      await client.query('DROP TABLE IF EXISTS auto_prepare_wide');
      client.release();
    }
  });
});
