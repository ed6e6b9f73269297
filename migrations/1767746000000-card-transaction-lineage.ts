import { MigrationInterface, QueryRunner } from 'typeorm';

// card_transaction.import_id is lineage (which import wrote a transaction), written by the import merge and read
// by no query. Its partial B-tree held one value per import, a B-tree insert and a WAL record per imported
// transaction: 1.15 s per million rows at load 6 against 1.06 s for the heap itself (issue 15 target 2,
// bench/README.md "Imports"). It goes; a lookup by import is a scan until a query needs more.
export class CardTransactionLineage1767746000000 implements MigrationInterface {
  name = 'CardTransactionLineage1767746000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS card_transaction_import_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX card_transaction_import_idx ON card_transaction (import_id) WHERE import_id IS NOT NULL`,
    );
  }
}
