import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PoolClient } from 'pg';
import { plannedIndexRebuild } from '../src/modules/imports/index-rebuild';
import { populationStabilityIndex } from '../src/modules/imports/psi';
import { StageScanQueue } from '../src/modules/imports/stage-scan';
import { importTarget } from '../src/modules/imports/targets';
import { startTestApp, TestApp } from './support/app';
import { importClient } from './support/imports';

// A large merge into a small table drops the table's indexes and builds them again in the import's transaction
// (index-rebuild.ts), and the quality scan is one queue two connections share (stage-scan.ts) — on the real
// application and database (PGlite by default, PostgreSQL with DATABASE_URL). IMPORT_INDEX_REBUILD_MIN_ROWS=1 lets
// files of a few hundred lines take the rebuild that the default (100,000 staged rows) keeps for large ones.

const FIXTURE = path.join(__dirname, 'fixtures/imports/online_retail_sample.csv');
interface IndexRow {
  oid: number;
  name: string;
  def: string;
  con: string | null;
  condef: string | null;
}

describe('imports: indexes rebuilt by a large merge into a small table; the shared quality scan', () => {
  let t: TestApp;
  let analyst: string;
  let tmp: string;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.database.dataSource.query(text, params) as Promise<T[]>;
  const { importFile } = importClient(
    () => t,
    () => analyst,
  );
  const indexes = () =>
    sql<IndexRow>(
      `SELECT ic.oid::int AS oid, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def, c.conname AS con,
              pg_get_constraintdef(c.oid) AS condef
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
       WHERE i.indrelid = 'sales_line'::regclass ORDER BY ic.relname`,
    );
  const definitions = (rows: IndexRow[]) => rows.map(({ oid: _oid, ...definition }) => definition);
  const fixture = fs.readFileSync(FIXTURE, 'utf8').trim().split('\n');
  /** The fixture's lines with each invoice number prefixed (new invoices of the same shape). */
  const renamed = (prefix: string) => fixture.slice(1).map((line) => `${prefix}${line}`);
  const sales = (content: string, name: string) =>
    importFile(content, name, { target: 'SALES', preset: 'uci-online-retail', options: { currency: 'GBP' } });

  /** A connection of the app's pool, as the import runner takes one. */
  async function withConnection<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const runner = t.app.database.dataSource.createQueryRunner();
    try {
      return await work((await runner.connect()) as PoolClient);
    } finally {
      await runner.release();
    }
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-imports-bulk-'));
    t = await startTestApp({ IMPORTS_DIR: path.join(tmp, 'uploads'), IMPORT_INDEX_REBUILD_MIN_ROWS: '1' });
    ({ analyst } = await t.demoSession());
  });
  afterAll(async () => {
    await t?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('loads an empty sales table with its indexes rebuilt — new objects, the same definitions, the key still unique — to the reference totals', async () => {
    const before = await indexes();
    expect(before.map((i) => i.name)).toEqual(['sales_line_occurred_brin', 'sales_line_pkey']);
    const imp = await sales(fixture.join('\n'), 'first.csv');
    expect(imp).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 200 });
    // Reference totals computed from the fixture with Python's decimal (test/fixtures/imports/README.md).
    expect(imp.summary).toMatchObject({ rows: 200, totalAmount: '4542.13', invoices: 21, cancellations: 1 });
    const after = await indexes();
    expect(definitions(after)).toEqual(definitions(before));
    expect(after.map((i) => i.oid).filter((oid) => before.some((b) => b.oid === oid))).toEqual([]);
    await expect(
      sql(
        `INSERT INTO sales_line (import_id, invoice_no, line_no, quantity, unit_price, amount, currency, occurred_at)
         SELECT import_id, invoice_no, line_no, 1, 1, 1, 'GBP', now() FROM sales_line LIMIT 1`,
      ),
    ).rejects.toThrow(/duplicate key|unique/i);
  });

  it('reports the distribution shift as the two-scan PSI over numeric deciles did', async () => {
    const imp = await sales([fixture[0], ...renamed('P')].join('\n'), 'shift.csv');
    expect(imp.status).toBe('SUCCEEDED');
    const shift = imp.quality!.shift!;
    expect(shift).toMatchObject({ quarter: '2011Q1', previousQuarter: '2010Q4' });
    // The former statements: deciles sorted as numeric, then one bin count per quarter.
    const range = (q: [string, string]) =>
      `occurred_at >= '${q[0]}T00:00:00+09:00'::timestamptz AND occurred_at < '${q[1]}T00:00:00+09:00'::timestamptz`;
    const previous: [string, string] = ['2010-10-01', '2011-01-01'];
    const current: [string, string] = ['2011-01-01', '2011-04-01'];
    const [{ edges }] = await sql<{ edges: string[] }>(
      `SELECT percentile_disc(ARRAY[0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9]) WITHIN GROUP (ORDER BY amount)::text[] AS edges
       FROM sales_line WHERE ${range(previous)}`,
    );
    const cuts = [...new Set(edges.map(Number))].sort((a, b) => a - b);
    const bins = async (q: [string, string]) => {
      const counts = new Array<number>(cuts.length + 1).fill(0);
      for (const row of await sql<{ b: number; n: number }>(
        `SELECT width_bucket(amount::float8, $1::float8[]) AS b, count(*)::int AS n FROM sales_line
         WHERE ${range(q)} GROUP BY 1`,
        [cuts],
      ))
        counts[row.b] += row.n;
      return counts;
    };
    const expected = await bins(previous);
    const actual = await bins(current);
    expect(shift.previousRows).toBe(expected.reduce((a, b) => a + b, 0));
    expect(shift.currentRows).toBe(actual.reduce((a, b) => a + b, 0));
    expect(shift.currentRows).toBe(100); // 50 of the fixture's lines are in 2011Q1, twice over
    expect(shift.value).toBe(Math.round(populationStabilityIndex(expected, actual) * 1e6) / 1e6);
  });

  it('skips the lines already there when it rebuilds, and keeps the indexes of a table larger than the import', async () => {
    const before = await indexes();
    const [{ n: rowsBefore }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM sales_line');
    expect(rowsBefore).toBe(400);
    // 400 lines already there and 400 new ones: the staged rows outweigh the table, so its indexes are rebuilt.
    const big = [fixture[0], ...fixture.slice(1), ...renamed('P'), ...renamed('Q'), ...renamed('R')].join(
      '\n',
    );
    expect(await sales(big, 'big.csv')).toMatchObject({
      status: 'SUCCEEDED',
      rowsValid: 800,
      rowsInserted: 400,
      rowsDuplicate: 400,
    });
    const rebuilt = await indexes();
    expect(definitions(rebuilt)).toEqual(definitions(before));
    expect(rebuilt.map((i) => i.oid).filter((oid) => before.some((b) => b.oid === oid))).toEqual([]);
    const [{ n, keys }] = await sql<{ n: number; keys: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT (invoice_no, line_no))::int AS keys FROM sales_line`,
    );
    expect({ n, keys }).toEqual({ n: 800, keys: 800 });
    // Ten new lines against 800 already there: inserted index by index, the same index objects.
    const small = [fixture[0], ...renamed('S').slice(0, 10)].join('\n');
    expect(await sales(small, 'small.csv')).toMatchObject({ status: 'SUCCEEDED', rowsInserted: 10 });
    expect((await indexes()).map((i) => i.oid)).toEqual(rebuilt.map((i) => i.oid));
  });

  it('rolls the dropped indexes back with everything else when the merge fails', async () => {
    await sql('TRUNCATE sales_line');
    const before = await indexes();
    await sql(`CREATE FUNCTION refuse_line() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN IF NEW.invoice_no = 'T536365' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await sql(
      `CREATE TRIGGER refuse_line BEFORE INSERT ON sales_line FOR EACH ROW EXECUTE FUNCTION refuse_line()`,
    );
    try {
      const imp = await sales([fixture[0], ...renamed('T')].join('\n'), 'refused.csv');
      expect(imp.status).toBe('FAILED');
      expect(imp.failureReason).toMatch(/refused by the test/);
    } finally {
      await sql('DROP TRIGGER refuse_line ON sales_line');
      await sql('DROP FUNCTION refuse_line()');
    }
    expect(await indexes()).toEqual(before);
    expect(await sql('SELECT 1 FROM sales_line')).toHaveLength(0);
  });

  it('plans a rebuild only from the threshold, for a table no larger than the staged rows, whose key no foreign key needs, with valid indexes', async () => {
    await sql('CREATE TABLE rebuild_parent (id integer PRIMARY KEY, label text)');
    await sql('CREATE INDEX rebuild_parent_label ON rebuild_parent (label) WHERE label IS NOT NULL');
    await sql('CREATE TABLE rebuild_child (parent_id integer REFERENCES rebuild_parent (id))');
    await sql('CREATE TABLE rebuild_stage (x integer, y text)');
    await sql(`INSERT INTO rebuild_stage SELECT g, repeat('y', 50) FROM generate_series(1, 500) g`);
    try {
      await withConnection(async (client) => {
        const plan = (stagedRows: number, minRows: number, table = 'rebuild_parent') =>
          plannedIndexRebuild(client, table, 'rebuild_stage', stagedRows, minRows);
        expect(await plan(500, 1)).toBeNull(); // rebuild_child's foreign key needs the primary key
        await client.query('DROP TABLE rebuild_child');
        expect(await plan(500, 1)).toEqual({
          drop: [
            'DROP INDEX "rebuild_parent_label"',
            'ALTER TABLE "rebuild_parent" DROP CONSTRAINT "rebuild_parent_pkey"',
          ],
          build: [
            'CREATE INDEX rebuild_parent_label ON public.rebuild_parent USING btree (label) WHERE (label IS NOT NULL)',
            'ALTER TABLE "rebuild_parent" ADD CONSTRAINT "rebuild_parent_pkey" PRIMARY KEY (id)',
          ],
        });
        await client.query(
          `UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'rebuild_parent_label'::regclass`,
        );
        expect(await plan(500, 1)).toBeNull(); // an invalid index (a failed CREATE INDEX CONCURRENTLY) stays as it is
        await client.query(
          `UPDATE pg_index SET indisvalid = true WHERE indexrelid = 'rebuild_parent_label'::regclass`,
        );
        expect(await plan(500, 0)).toBeNull(); // 0: never
        expect(await plan(499, 500)).toBeNull(); // under the threshold
        expect(await plan(500, 1, 'rebuild_stage')).toBeNull(); // no index to rebuild
        await client.query(
          `INSERT INTO rebuild_parent SELECT g, repeat('p', 80) FROM generate_series(1, 500) g`,
        );
        expect(await plan(500, 1)).toBeNull(); // the table is now larger than the staged rows
      });
    } finally {
      await sql('DROP TABLE IF EXISTS rebuild_child, rebuild_parent, rebuild_stage');
    }
  });

  it('gives the same quality scan drained by two connections as by one, to counts known by construction', async () => {
    const target = importTarget('SALES')!;
    const stage = 'scan_queue_stage';
    await sql(
      `CREATE TABLE ${stage} (source_line integer, ${target.fields.map((f) => `${f.name} ${f.pgType}`).join(', ')}, line_no integer)`,
    );
    // 60 lines: 12 invoices (every fifth line of invoice C3 cancelled), 7 items, quantity 1..4, 5 customers and a
    // NULL customer on every sixth line, two countries.
    await sql(
      `INSERT INTO ${stage} (source_line, invoice_no, item_code, description, quantity, unit_price, currency,
                             customer_ref, occurred_at, country)
       SELECT g, CASE WHEN g % 12 = 3 THEN 'C3' ELSE 'I' || (g % 12) END, 'ITEM' || (g % 7), 'D' || (g % 7),
              1 + g % 4, 2.5, 'GBP', CASE WHEN g % 6 = 0 THEN NULL ELSE 'K' || (g % 5) END,
              timestamptz '2025-01-01 00:00+09' + g * interval '1 day', CASE WHEN g % 2 = 0 THEN 'Korea' ELSE 'Japan' END
       FROM generate_series(1, 60) g`,
    );
    try {
      const mapping = target.fields.map((f) => ({ column: f.name, field: f.name }));
      const one = new StageScanQueue(stage, target, mapping);
      await withConnection((client) => one.drain(client));
      const two = new StageScanQueue(stage, target, mapping);
      await Promise.all([
        withConnection((client) => two.drain(client)),
        withConnection(async (client) => {
          await two.countsOn(client);
          await two.drain(client);
        }),
      ]);
      expect(two.result()).toEqual(one.result());
      const { r, distinctFields, breakdown } = one.result();
      const distinct = (field: string) => r[`d${distinctFields.indexOf(field)}`];
      expect(r.rows).toBe(60);
      expect(distinct('invoice_no')).toBe(12);
      expect(r.invoice_cancellations).toBe(1);
      expect(distinct('item_code')).toBe(7);
      expect(distinct('quantity')).toBe(4);
      expect(distinct('customer_ref')).toBe(5);
      expect(distinct('unit_price')).toBe(1);
      expect(distinct('occurred_at')).toBe(60);
      expect(r.total_quantity).toBe(String(15 * (1 + 2 + 3 + 4)));
      expect(r.shift_day).toBe('2025-03-02');
      expect(breakdown.map((b) => [b.key, b.rows])).toEqual([
        ['Japan', 30],
        ['Korea', 30],
      ]);
    } finally {
      await sql(`DROP TABLE ${stage}`);
    }
  });
});
