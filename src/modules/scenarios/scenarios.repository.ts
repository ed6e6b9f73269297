import type { RequestContext } from '../../common/context';
import { quarterIncomeSql } from '../customers';
import type { ThresholdRow, ThresholdSet } from './engine/thresholds';

// All scenario SQL, always on ctx.manager. The threshold computation is one INSERT … SELECT: per-customer
// metrics as of a date from customer_quarter (latest quarter starting on or before it and the one before),
// customer and loan, then percentile_cont per peer group (age band × region) and for everyone (GROUPING SETS).

const ROW_COLUMNS = `age_band AS "ageBand", region, sample_size AS "sampleSize",
  spend_to_income_p80 AS "spendToIncomeP80", spend_qoq_change_p80 AS "spendQoqChangeP80", dsr_p90 AS "dsrP90",
  liquidity_months_p20 AS "liquidityMonthsP20", weighted_loan_rate_p75 AS "weightedLoanRateP75",
  income_change_p10 AS "incomeChangeP10"`;

/**
 * Annual debt service of one active loan over the next 12 months, from its terms (r = annual rate ÷ 12,
 * n = instalments left): level payment P·r ÷ (1 − (1 + r)^−n); equal principal P ÷ n + P·r; bullet P·r (plus
 * P when it matures within the year). An approximation of the schedule (no grace, no rate changes); the
 * per-customer evaluation uses the actual schedule.
 */
const ANNUAL_SERVICE = `CASE l.repayment_method
    WHEN 'LEVEL_PAYMENT' THEN least(n, 12) * CASE WHEN r = 0 THEN p / n ELSE p * r / (1 - power(1 + r, -n)) END
    WHEN 'EQUAL_PRINCIPAL' THEN least(n, 12) * p / n + 12 * p * r
    ELSE least(n, 12) * p * r + CASE WHEN n <= 12 THEN p ELSE 0 END
  END`;

export const COMPUTE_THRESHOLDS_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (q.customer_id) q.customer_id, q.quarter_start, q.source, q.total_amount, q.income, q.deposit_balance
  FROM customer_quarter q
  WHERE q.quarter_start <= $2::date
  ORDER BY q.customer_id, q.quarter_start DESC
), cust AS (
  SELECT c.id, c.region, c.annual_income::float8 AS annual_income,
    extract(year FROM age($2::date, c.birth_date))::int AS age,
    la.total_amount::float8 AS spend, (${quarterIncomeSql('la', 'c')})::float8 AS income,
    la.deposit_balance::float8 AS deposit,
    pr.total_amount::float8 AS prev_spend, (${quarterIncomeSql('pr', 'c')})::float8 AS prev_income
  FROM customer c
  JOIN latest la ON la.customer_id = c.id
  LEFT JOIN customer_quarter pr ON pr.customer_id = c.id AND pr.quarter_start = (la.quarter_start - interval '3 months')::date
), loans AS (
  SELECT l.customer_id, l.repayment_method, l.outstanding_principal::float8 AS p,
    l.annual_rate::float8 AS rate, l.annual_rate::float8 / 12 AS r,
    greatest(l.term_months - l.paid_installments, 1) AS n
  FROM loan l
  WHERE l.status = 'ACTIVE' AND l.outstanding_principal > 0 AND l.disbursed_on <= $2::date
), debt AS (
  SELECT l.customer_id, sum(l.p) AS balance, sum(l.p * l.rate) AS rate_weighted, sum(${ANNUAL_SERVICE}) AS service
  FROM loans l GROUP BY l.customer_id
), m AS (
  SELECT
    CASE WHEN age < 20 THEN '<20' WHEN age >= 70 THEN '70+' ELSE (age / 10 * 10)::text || 's' END AS age_band,
    region,
    CASE WHEN income > 0 THEN spend / income END AS spend_to_income,
    CASE WHEN prev_spend > 0 THEN spend / prev_spend - 1 END AS spend_qoq,
    CASE WHEN annual_income > 0 THEN coalesce(d.service, 0) / annual_income END AS dsr_all,
    d.balance,
    CASE WHEN spend > 0 THEN deposit / (spend / 3) END AS liquidity,
    CASE WHEN d.balance > 0 THEN d.rate_weighted / d.balance END AS rate,
    CASE WHEN prev_income > 0 THEN income / prev_income - 1 END AS income_change
  FROM cust LEFT JOIN debt d ON d.customer_id = cust.id
)
INSERT INTO scenario_threshold (version, age_band, region, sample_size, spend_to_income_p80, spend_qoq_change_p80,
  dsr_p90, liquidity_months_p20, weighted_loan_rate_p75, income_change_p10)
SELECT $1, CASE WHEN grouping(age_band, region) = 3 THEN '*' ELSE age_band END,
  CASE WHEN grouping(age_band, region) = 3 THEN '*' ELSE region END,
  count(*),
  percentile_cont(0.8) WITHIN GROUP (ORDER BY spend_to_income),
  percentile_cont(0.8) WITHIN GROUP (ORDER BY spend_qoq),
  percentile_cont(0.9) WITHIN GROUP (ORDER BY dsr_all) FILTER (WHERE balance > 0),
  percentile_cont(0.2) WITHIN GROUP (ORDER BY liquidity),
  percentile_cont(0.75) WITHIN GROUP (ORDER BY rate),
  percentile_cont(0.1) WITHIN GROUP (ORDER BY income_change)
FROM m
GROUP BY GROUPING SETS ((age_band, region), ())
HAVING grouping(age_band, region) = 3 OR count(*) >= $3
RETURNING sample_size AS "sampleSize", age_band AS "ageBand"`;

export class ScenariosRepository {
  async nextSetNumber(ctx: RequestContext): Promise<number> {
    const [row] = await ctx.manager.query(`SELECT nextval('scenario_threshold_set_seq')::int AS n`);
    return row.n;
  }

  async insertSet(ctx: RequestContext, version: string, number: number, asOf: string, minGroupSize: number) {
    await ctx.manager.query(
      `INSERT INTO scenario_threshold_set (version, number, as_of, customer_count, min_group_size) VALUES ($1, $2, $3, 0, $4)`,
      [version, number, asOf, minGroupSize],
    );
  }

  /** Computes and stores the rows; returns how many customers the everyone row counted and the groups. */
  async computeRows(ctx: RequestContext, version: string, asOf: string, minGroupSize: number) {
    const rows: { sampleSize: number; ageBand: string }[] = await ctx.manager.query(COMPUTE_THRESHOLDS_SQL, [
      version,
      asOf,
      minGroupSize,
    ]);
    const all = rows.find((r) => r.ageBand === '*');
    const customers = all?.sampleSize ?? 0;
    await ctx.manager.query(`UPDATE scenario_threshold_set SET customer_count = $2 WHERE version = $1`, [
      version,
      customers,
    ]);
    return { customers, groups: rows.length - 1 };
  }

  /** The newest set with its rows (one statement), or null when none was computed yet. */
  async latestSet(ctx: RequestContext): Promise<ThresholdSet | null> {
    const rows: (ThresholdRow & { version: string })[] = await ctx.manager.query(
      `SELECT t.version, ${ROW_COLUMNS} FROM scenario_threshold t
       WHERE t.version = (SELECT version FROM scenario_threshold_set ORDER BY number DESC LIMIT 1)`,
    );
    if (rows.length === 0) return null;
    return { version: rows[0].version, rows: rows.map(({ version: _v, ...r }) => r) };
  }

  async setRows(ctx: RequestContext, version: string): Promise<ThresholdRow[]> {
    return ctx.manager.query(
      `SELECT ${ROW_COLUMNS} FROM scenario_threshold WHERE version = $1 ORDER BY age_band, region`,
      [version],
    );
  }
}
