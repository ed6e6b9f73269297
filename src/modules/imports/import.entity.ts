import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportQuality, ImportSummary } from './import.model';

// Storage only: the API shapes are in import.type.ts, mapped in import.mapper.ts.

@Entity('upload')
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType!: string | null;

  @Column({ type: 'text' })
  format!: string;

  /** bigint arrives as a string. */
  @Column({ type: 'bigint' })
  bytes!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  path!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('data_import')
export class ImportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'upload_id', type: 'uuid' })
  uploadId!: string;

  /** The uploaded file's name at import time (UTF-8). */
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  target!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'jsonb' })
  mapping!: { column: string; field: string }[];

  @Column({ name: 'mapping_key', type: 'text' })
  mappingKey!: string;

  @Column({ type: 'jsonb' })
  options!: Record<string, unknown>;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  phase!: string;

  @Column({ name: 'rows_read', type: 'integer' })
  rowsRead!: number;

  @Column({ name: 'rows_valid', type: 'integer' })
  rowsValid!: number;

  @Column({ name: 'rows_bad', type: 'integer' })
  rowsBad!: number;

  @Column({ name: 'rows_inserted', type: 'integer' })
  rowsInserted!: number;

  @Column({ name: 'rows_duplicate', type: 'integer' })
  rowsDuplicate!: number;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  quality!: ImportQuality | null;

  @Column({ type: 'jsonb', nullable: true })
  summary!: ImportSummary | null;

  /** Milliseconds per phase: parse (read, validate and COPY into staging), merge, analyse. */
  @Column({ type: 'jsonb', nullable: true })
  /** stageWorkers (not in the API): worker threads that staged the file, 0 for the stream path; absent before. */
  timings!: { parseMs: number; mergeMs: number; analyseMs: number; stageWorkers?: number } | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

@Entity('import_error')
export class ImportErrorEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @Column({ type: 'integer', nullable: true })
  line!: number | null;

  @Column({ type: 'text', nullable: true })
  column!: string | null;

  @Column({ type: 'text', nullable: true })
  value!: string | null;

  @Column({ type: 'text' })
  reason!: string;
}
