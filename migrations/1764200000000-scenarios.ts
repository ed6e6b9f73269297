import { MigrationInterface, QueryRunner } from 'typeorm';

// Scenario thresholds computed from the data (percentiles per peer group), versioned: a set is written whole
// by `npm run thresholds` / the compute-thresholds job and never changed afterwards; every scenario evaluation
// names the version it used. Peer group = age band × region; the row with age_band = region = '*' is everyone
// (the fallback for groups below the minimum size, which get no row).
export class Scenarios1764200000000 implements MigrationInterface {
  name = 'Scenarios1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE scenario_threshold_set_seq`);
    await q.query(`
      CREATE TABLE scenario_threshold_set (
        version text PRIMARY KEY CHECK (version ~ '^v[0-9]+-[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        -- From scenario_threshold_set_seq; the newest set is the one with the highest number.
        number integer NOT NULL UNIQUE,
        -- The date the customers' data was read as of (latest quarter starting on or before it).
        as_of date NOT NULL,
        customer_count integer NOT NULL CHECK (customer_count >= 0),
        min_group_size integer NOT NULL CHECK (min_group_size > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE scenario_threshold (
        version text NOT NULL REFERENCES scenario_threshold_set (version) ON DELETE CASCADE,
        age_band text NOT NULL,
        region text NOT NULL,
        sample_size integer NOT NULL CHECK (sample_size >= 0),
        -- Null when no member of the group had the metric (the evaluation then falls back to '*', then default).
        spend_to_income_p80 double precision,
        spend_qoq_change_p80 double precision,
        dsr_p90 double precision,
        liquidity_months_p20 double precision,
        weighted_loan_rate_p75 double precision,
        income_change_p10 double precision,
        PRIMARY KEY (version, age_band, region)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scenario_threshold`);
    await q.query(`DROP TABLE scenario_threshold_set`);
    await q.query(`DROP SEQUENCE scenario_threshold_set_seq`);
  }
}
