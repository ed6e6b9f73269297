import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One model's verdict on one set of bytes: the content-hash cache (unique per sha256 and model version). */
@Entity('image_assessment')
export class ImageAssessmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'model_version', type: 'text' })
  modelVersion!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'boolean' })
  usable!: boolean;

  /** Every label's probability, in the manifest's label order. */
  @Column({ type: 'jsonb' })
  confidences!: { label: string; confidence: number }[];

  /** Decode + preprocessing + inference of the first (and only) scoring, milliseconds. */
  @Column({ name: 'latency_ms', type: 'double precision' })
  latencyMs!: number;

  @Column({ type: 'text' })
  format!: string;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A staff upload to the analyzeImage route: who sent which file, and the assessment of its bytes. */
@Entity('image_analysis')
export class ImageAnalysisEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** bigint comes back from pg as a string. */
  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: string;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
