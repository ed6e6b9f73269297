import { MigrationInterface, QueryRunner } from 'typeorm';

// Imports: uploaded files, import runs with their row errors, and the generic sales-line target.
export class Imports1763950000000 implements MigrationInterface {
  name = 'Imports1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        content_type text,
        format text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
        bytes bigint NOT NULL CHECK (bytes >= 0),
        sha256 text NOT NULL,
        path text NOT NULL,
        uploaded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX upload_sha_idx ON upload (sha256)`);
    await q.query(`
      CREATE TABLE data_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        upload_id uuid NOT NULL REFERENCES upload (id),
        target text NOT NULL,
        sha256 text NOT NULL,
        mapping jsonb NOT NULL,
        mapping_key text NOT NULL,
        options jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        phase text NOT NULL,
        rows_read integer NOT NULL DEFAULT 0,
        rows_valid integer NOT NULL DEFAULT 0,
        rows_bad integer NOT NULL DEFAULT 0,
        rows_inserted integer NOT NULL DEFAULT 0,
        rows_duplicate integer NOT NULL DEFAULT 0,
        failure_reason text,
        quality jsonb,
        summary jsonb,
        timings jsonb,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    // Idempotency: one live (queued, running or succeeded) import per file, target and mapping.
    await q.query(`
      CREATE UNIQUE INDEX data_import_once_uq ON data_import (sha256, target, mapping_key)
        WHERE status <> 'FAILED'`);
    await q.query(`CREATE INDEX data_import_created_idx ON data_import (created_at, id)`);
    await q.query(`CREATE INDEX data_import_target_idx ON data_import (target, finished_at)`);
    await q.query(`
      CREATE TABLE import_error (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES data_import (id) ON DELETE CASCADE,
        line integer,
        "column" text,
        value text,
        reason text NOT NULL
      )`);
    await q.query(`CREATE INDEX import_error_import_idx ON import_error (import_id, id)`);
    await q.query(`
      CREATE TABLE sales_line (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        import_id uuid NOT NULL REFERENCES data_import (id),
        invoice_no text NOT NULL,
        line_no integer NOT NULL,
        item_code text,
        description text,
        quantity integer NOT NULL,
        unit_price numeric(18, 4) NOT NULL CHECK (unit_price >= 0),
        amount numeric(22, 4) NOT NULL,
        currency text NOT NULL,
        customer_ref text,
        occurred_at timestamptz NOT NULL,
        country text
      )`);
    // Natural key: the n-th line of an invoice. Re-importing the same lines (another file) adds nothing.
    await q.query(`CREATE UNIQUE INDEX sales_line_natural_uq ON sales_line (invoice_no, line_no)`);
    await q.query(`CREATE INDEX sales_line_occurred_idx ON sales_line (occurred_at)`);
    await q.query(`CREATE INDEX sales_line_import_idx ON sales_line (import_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sales_line`);
    await q.query(`DROP TABLE import_error`);
    await q.query(`DROP TABLE data_import`);
    await q.query(`DROP TABLE upload`);
  }
}
