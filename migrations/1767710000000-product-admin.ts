import { MigrationInterface, QueryRunner } from 'typeorm';

// Refinance products administered through the API (issue 17): a version per change, a dated retirement, and
// every change kept with a snapshot of the product and its bands as they stood after it.
export class ProductAdmin1767710000000 implements MigrationInterface {
  name = 'ProductAdmin1767710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE refinance_product ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`,
    );
    // The first day the product is no longer on sale (its bands end the same day); NULL = on sale.
    await q.query(`ALTER TABLE refinance_product ADD COLUMN retired_on date`);
    await q.query(`
      CREATE TABLE refinance_product_change (
        id uuid PRIMARY KEY,
        product_id uuid NOT NULL REFERENCES refinance_product (id) ON DELETE CASCADE,
        version integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'RETIRED', 'BAND_ADDED', 'BAND_CLOSED')),
        actor_user_id uuid,
        at timestamptz NOT NULL,
        reason text CHECK (length(reason) <= 500),
        snapshot jsonb NOT NULL,
        UNIQUE (product_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refinance_product_change`);
    await q.query(`ALTER TABLE refinance_product DROP COLUMN retired_on`);
    await q.query(`ALTER TABLE refinance_product DROP COLUMN version`);
  }
}
