import { MigrationInterface, QueryRunner } from 'typeorm';

// Fraud cases (issue 17): one case per card transaction (UNIQUE (transaction_id) keeps an anomaly scan on several
// replicas and a customer's "not me" report from opening two), OPEN → CONFIRMED_FRAUD | DISMISSED with who, when
// and why. The insight model kinds gain FRAUD_SUPERVISED (the supervised model the confirmed labels train).
export class FraudCases1767720000000 implements MigrationInterface {
  name = 'FraudCases1767720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fraud_case (
        id uuid PRIMARY KEY,
        -- card_transaction has no foreign keys by design (load speed); writers check the row exists.
        transaction_id bigint NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'CONFIRMED_FRAUD', 'DISMISSED')),
        -- Who opened it: the anomaly scan (score above the threshold) or the customer's report.
        source text NOT NULL CHECK (source IN ('ANOMALY', 'CUSTOMER_REPORT')),
        score double precision CHECK (score BETWEEN 0 AND 1),
        customer_reported_at timestamptz,
        customer_note text CHECK (length(customer_note) <= 500),
        opened_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolved_by uuid,
        reason text CHECK (length(reason) BETWEEN 3 AND 500),
        CHECK ((state = 'OPEN') = (resolved_at IS NULL)),
        CHECK (state = 'OPEN' OR reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX fraud_case_page_idx ON fraud_case (opened_at DESC, id DESC)`);
    await q.query(`CREATE INDEX fraud_case_customer_idx ON fraud_case (customer_id)`);
    await q.query(`ALTER TABLE insight_model_version DROP CONSTRAINT insight_model_version_kind_check`);
    await q.query(`
      ALTER TABLE insight_model_version ADD CONSTRAINT insight_model_version_kind_check CHECK (kind IN
        ('LIFE_STAGE_THRESHOLDS', 'CLUSTERS', 'ISOLATION_FOREST', 'PEER_PERCENTILES', 'FRAUD_SUPERVISED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM insight_model_version WHERE kind = 'FRAUD_SUPERVISED'`);
    await q.query(`ALTER TABLE insight_model_version DROP CONSTRAINT insight_model_version_kind_check`);
    await q.query(`
      ALTER TABLE insight_model_version ADD CONSTRAINT insight_model_version_kind_check CHECK (kind IN
        ('LIFE_STAGE_THRESHOLDS', 'CLUSTERS', 'ISOLATION_FOREST', 'PEER_PERCENTILES'))`);
    await q.query(`DROP TABLE fraud_case`);
  }
}
