import { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications stored per user, one per fact (UNIQUE (user_id, fact_key) is what makes "never twice for the same
// fact" hold across replicas and job retries), and per-user settings (issue 17).
export class Notifications1767700000000 implements MigrationInterface {
  name = 'Notifications1767700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PAYMENT_DUE', 'DELINQUENCY', 'FLAGGED_TRANSACTION', 'IMPORT_FINISHED',
                                           'APPLICATION_STATUS')),
        fact_key text NOT NULL CHECK (length(fact_key) BETWEEN 1 AND 200),
        subject_id text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (user_id, fact_key)
      )`);
    await q.query(
      `CREATE INDEX notification_user_page_idx ON notification (user_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_user_unread_idx ON notification (user_id) WHERE read_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE user_settings (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        language text CHECK (language IN ('KO', 'EN')),
        comparison_group text CHECK (comparison_group IN ('AGE_REGION_STAGE', 'AGE_REGION', 'AGE')),
        default_quarter text CHECK (default_quarter ~ '^[0-9]{4}Q[1-4]$'),
        payment_due_days integer NOT NULL DEFAULT 3 CHECK (payment_due_days BETWEEN 0 AND 30),
        muted_kinds text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_settings`);
    await q.query(`DROP TABLE notification`);
  }
}
