import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type IndicatorFrequency = 'MONTHLY' | 'QUARTERLY';

@Entity('indicator_series')
export class IndicatorSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  frequency!: IndicatorFrequency;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  licence!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('indicator_observation')
export class IndicatorObservationEntity {
  @PrimaryColumn({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @PrimaryColumn({ type: 'date' })
  period!: string;

  @Column({ type: 'numeric' })
  value!: string;
}

@Entity('forecast')
export class ForecastEntity {
  @PrimaryColumn({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @PrimaryColumn({ name: 'series_version', type: 'integer' })
  seriesVersion!: number;

  @PrimaryColumn({ type: 'text' })
  method!: string;

  @PrimaryColumn({ type: 'integer' })
  horizon!: number;

  @Column({ type: 'jsonb' })
  result!: object;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
