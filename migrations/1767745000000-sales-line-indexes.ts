import { MigrationInterface, QueryRunner } from 'typeorm';

// sales_line kept four B-trees — the surrogate id, the natural key (invoice_no, line_no), occurred_at and
// import_id — and each costs a WAL record and a B-tree insert per line. Measured on a million-line merge
// (EXPLAIN (ANALYZE, WAL), bench/README.md "Imports", issue 15 target 2): heap alone 1.6 s, + the natural key
// 1.1 s, + the occurred_at B-tree 3.4 s more, + the id 0.25 s. Only the natural key is needed by a rule (the
// merge's anti-join, uniqueness against any writer): it becomes the primary key, and the surrogate id, which no
// query, API or other table uses, goes. occurred_at is only read by quarter ranges (the import's PSI): lines are
// appended import after import, mostly in file order, so BRIN (min/max per 128 pages) serves those ranges with a
// few index pages at a fraction of a B-tree's cost; autosummarize lets autovacuum summarise the page ranges an
// import appended. import_id (lineage: which import wrote a line) is read by no query and loses its index (a
// B-tree on one value per import cost 1.15 s per million lines at load 6, a BRIN still 0.37 s); a lookup by import
// is a scan until a query needs more.
export class SalesLineIndexes1767745000000 implements MigrationInterface {
  name = 'SalesLineIndexes1767745000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS sales_line_occurred_idx`);
    await q.query(`DROP INDEX IF EXISTS sales_line_import_idx`);
    await q.query(`ALTER TABLE sales_line DROP CONSTRAINT sales_line_pkey`);
    await q.query(`ALTER TABLE sales_line DROP COLUMN id`);
    await q.query(
      `ALTER TABLE sales_line ADD CONSTRAINT sales_line_pkey PRIMARY KEY USING INDEX sales_line_natural_uq`,
    );
    await q.query(
      `CREATE INDEX sales_line_occurred_brin ON sales_line USING brin (occurred_at) WITH (autosummarize = on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS sales_line_occurred_brin`);
    await q.query(`ALTER TABLE sales_line DROP CONSTRAINT sales_line_pkey`);
    await q.query(`CREATE UNIQUE INDEX sales_line_natural_uq ON sales_line (invoice_no, line_no)`);
    await q.query(`ALTER TABLE sales_line ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`);
    await q.query(`CREATE INDEX sales_line_occurred_idx ON sales_line (occurred_at)`);
    await q.query(`CREATE INDEX sales_line_import_idx ON sales_line (import_id)`);
  }
}
