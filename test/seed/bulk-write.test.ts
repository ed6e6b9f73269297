import { Client, DatabaseError } from 'pg';
import { type TestDatabase, createTestDatabase } from '../support/database';
import {
  type BulkMethod,
  type Row,
  copyRows,
  detectBulkMethod,
  writeRows,
} from '../../src/common/seed/bulk-write';

// Round trips of awkward values through COPY and the batched-INSERT fallback on a real database: both methods
// on PostgreSQL (DATABASE_URL), the fallback alone on PGlite, which has no COPY FROM STDIN over its socket.

const TRICKY: Row[] = [
  ['1', null, null, null, null],
  ['2', '', 0, false, new Date('2025-11-21T00:00:00+09:00')],
  ['3', '\\N', -1, true, null],
  ['4', 'tab\there, newline\nthere, return\r, backslash \\ and \\.', 35_000_000, null, null],
  ['5', `"double" 'single', comma; |pipe| {braces}`, 12345678901234567890n, null, null],
  ['6', '김민준 서울특별시 강남구 🙂', 1, null, null],
];

describe('bulk writes against a database', () => {
  let db: TestDatabase;
  let client: Client;
  let methods: BulkMethod[];

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    methods = (await detectBulkMethod(client)) === 'copy' ? ['copy', 'insert'] : ['insert'];
    expect(methods).toContain(db.kind === 'postgres' ? 'copy' : 'insert');
  });
  afterAll(async () => {
    await client?.end();
    await db?.stop();
  });

  beforeEach(async () => {
    await client.query('DROP TABLE IF EXISTS bulk_spec');
    await client.query(
      'CREATE TABLE bulk_spec (k text PRIMARY KEY, t text, n numeric(20, 0), b boolean, at timestamptz)',
    );
  });

  const COLUMNS = ['k', 't', 'n', 'b', 'at'];
  const read = async (): Promise<unknown[][]> =>
    (await client.query({ text: 'SELECT k, t, n, b, at FROM bulk_spec ORDER BY k', rowMode: 'array' })).rows;

  it('round-trips NULLs, escapes, quotes, big numbers and Korean text with every supported method', async () => {
    for (const method of methods) {
      await client.query('TRUNCATE bulk_spec');
      const progress: number[] = [];
      const written = await writeRows(client, method, 'bulk_spec', COLUMNS, TRICKY, {
        onProgress: (n) => progress.push(n),
      });
      expect(written).toBe(TRICKY.length);
      expect(progress.at(-1)).toBe(TRICKY.length);
      expect(await read()).toEqual(
        TRICKY.map((row) => [
          row[0],
          row[1],
          row[2] === null ? null : String(row[2]),
          row[3],
          row[4] === null ? null : row[4],
        ]),
      );
    }
  });

  it('streams a large lazy source (async too) without materialising it', async () => {
    for (const method of methods) {
      await client.query('TRUNCATE bulk_spec');
      let produced = 0;
      async function* rows(): AsyncGenerator<Row> {
        for (let i = 0; i < 50_000; i++) {
          produced++;
          yield [`k${i}`, `row ${i}`, i, i % 2 === 0, null];
        }
      }
      let producedAtFirstProgress = -1;
      const written = await writeRows(client, method, 'bulk_spec', COLUMNS, rows(), {
        onProgress: () => {
          if (producedAtFirstProgress < 0) producedAtFirstProgress = produced;
        },
      });
      expect(written).toBe(50_000);
      expect(producedAtFirstProgress).toBeLessThan(10_000); // data left before the source was exhausted
    }
  });

  it('reports a constraint violation and leaves the connection usable', async () => {
    for (const method of methods) {
      await client.query('TRUNCATE bulk_spec');
      await client.query('BEGIN');
      const duplicate = [...TRICKY, TRICKY[0]];
      const failure = await writeRows(client, method, 'bulk_spec', COLUMNS, duplicate).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(DatabaseError);
      expect((failure as DatabaseError).code).toBe('23505');
      await client.query('ROLLBACK');
      expect((await client.query('SELECT count(*)::int AS n FROM bulk_spec')).rows[0].n).toBe(0);
    }
  });

  it('aborts COPY when the source fails, with the source error, and the connection recovers', async () => {
    if (!methods.includes('copy')) return;
    await client.query('BEGIN');
    function* rows(): Generator<Row> {
      for (let i = 0; i < 100_000; i++) {
        if (i === 30_000) throw new Error('generator broke');
        yield [`k${i}`, 'x', i, null, null];
      }
    }
    await expect(copyRows(client, 'bulk_spec', COLUMNS, rows())).rejects.toThrow('generator broke');
    await client.query('ROLLBACK');
    expect((await client.query('SELECT count(*)::int AS n FROM bulk_spec')).rows[0].n).toBe(0);
  });

  it('rejects a row whose width does not match the columns', async () => {
    for (const method of methods) {
      await expect(writeRows(client, method, 'bulk_spec', COLUMNS, [['only', 'two']])).rejects.toThrow(
        'bulk_spec row 1 has 2 values for 5 columns',
      );
      expect((await client.query('SELECT 1 AS ok')).rows[0].ok).toBe(1);
    }
  });
});
