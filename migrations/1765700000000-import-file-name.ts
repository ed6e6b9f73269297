import { MigrationInterface, QueryRunner } from 'typeorm';

// An import keeps the name of the file it loaded (as uploaded, UTF-8), so the history tells two imports of one
// target apart without a join to `upload` on every list read; imports made before this copy their upload's name.
export class ImportFileName1765700000000 implements MigrationInterface {
  name = 'ImportFileName1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE data_import ADD COLUMN file_name text`);
    await q.query(`UPDATE data_import d SET file_name = u.file_name FROM upload u WHERE u.id = d.upload_id`);
    await q.query(`UPDATE data_import SET file_name = 'upload' WHERE file_name IS NULL`);
    await q.query(`ALTER TABLE data_import ALTER COLUMN file_name SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE data_import DROP COLUMN file_name`);
  }
}
