import { MigrationInterface, QueryRunner } from 'typeorm';

// Indicator series (base rate, lending rates, FRED series …) with their observations, and forecasts stored per
// series version: a forecast is fitted once per (series, version, method, horizon) and read back afterwards.
export class Forecasting1764100000000 implements MigrationInterface {
  name = 'Forecasting1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,64}$'),
        name text NOT NULL,
        unit text NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('MONTHLY', 'QUARTERLY')),
        source text NOT NULL,
        licence text NOT NULL,
        -- Bumped whenever the observations change; forecasts are keyed by it.
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        content_hash text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE indicator_observation (
        series_id uuid NOT NULL REFERENCES indicator_series (id) ON DELETE CASCADE,
        period date NOT NULL CHECK (extract(day FROM period) = 1),
        value numeric NOT NULL,
        PRIMARY KEY (series_id, period)
      )`);
    await q.query(`
      CREATE TABLE forecast (
        series_id uuid NOT NULL REFERENCES indicator_series (id) ON DELETE CASCADE,
        series_version integer NOT NULL,
        method text NOT NULL,
        horizon integer NOT NULL CHECK (horizon BETWEEN 1 AND 120),
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (series_id, series_version, method, horizon)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE forecast`);
    await q.query(`DROP TABLE indicator_observation`);
    await q.query(`DROP TABLE indicator_series`);
  }
}
