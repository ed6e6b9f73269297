import { MigrationInterface, QueryRunner } from 'typeorm';

// sales_line.import_id is lineage, written only by the import runner from the import's own row inside the merge
// transaction. Its foreign key made PostgreSQL fire one RI trigger per inserted line (a lookup of the same
// data_import row a million times: 14.6 s of a 40 s merge of a million lines, EXPLAIN ANALYZE in bench/README.md).
// Like card_transaction (no constraints on the fact table for load speed), the column keeps its index and loses
// the constraint; imports are never deleted, so no line can lose its import.
export class SalesLineLineage1767400000000 implements MigrationInterface {
  name = 'SalesLineLineage1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sales_line DROP CONSTRAINT IF EXISTS sales_line_import_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE sales_line ADD CONSTRAINT sales_line_import_id_fkey FOREIGN KEY (import_id) REFERENCES data_import (id)`,
    );
  }
}
