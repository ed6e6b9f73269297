import { MigrationInterface, QueryRunner } from 'typeorm';

// Document-image quality (issue 18). `image_assessment` is the content-hash cache: one row per (bytes, model
// version), so the same bytes are scored once. Refinance documents point at the assessment of their bytes;
// staff uploads to the analyzeImage route are recorded in `image_analysis` (no bytes kept, only the result).
export class ImageAssessments1767600000000 implements MigrationInterface {
  name = 'ImageAssessments1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE image_assessment (
        id uuid PRIMARY KEY,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        model_name text NOT NULL,
        model_version text NOT NULL,
        label text NOT NULL,
        usable boolean NOT NULL,
        confidences jsonb NOT NULL,
        latency_ms double precision NOT NULL CHECK (latency_ms >= 0),
        format text NOT NULL,
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        created_at timestamptz NOT NULL,
        UNIQUE (sha256, model_name, model_version)
      )`);
    await q.query(
      `CREATE INDEX image_assessment_label ON image_assessment (model_name, model_version, label)`,
    );
    await q.query(`
      CREATE TABLE image_analysis (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES image_assessment (id),
        file_name text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        uploaded_by uuid,
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX image_analysis_uploaded_at ON image_analysis (uploaded_at DESC, id DESC)`);
    await q.query(
      `ALTER TABLE refinance_document ADD COLUMN image_assessment_id uuid REFERENCES image_assessment (id)`,
    );
    await q.query(
      `CREATE INDEX refinance_document_image_assessment ON refinance_document (image_assessment_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refinance_document DROP COLUMN image_assessment_id`);
    await q.query(`DROP TABLE image_analysis`);
    await q.query(`DROP TABLE image_assessment`);
  }
}
