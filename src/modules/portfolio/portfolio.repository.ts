import type { RequestContext } from '../../common/context';
import type { CategoryAmount, QuarterSpending, SpendingCategoryName } from './portfolio.model';

interface SpendingRow {
  quarter_start: string;
  total: string;
  customers: number;
  transactions: number;
  category_code: string | null;
  amount: string | null;
  category_transactions: number | null;
  name_ko: string | null;
  name_en: string | null;
}

/** Portfolio-wide reads over the customer_quarter tables, always on ctx.manager. */
export class PortfolioRepository {
  /**
   * Totals of the `quarters` newest stored quarters, by category: ONE statement. The quarter list comes from
   * the (quarter_start, customer_id) index; both sums read only those quarters.
   */
  async spendingByQuarter(
    ctx: RequestContext,
    quarters: number,
  ): Promise<{ quarterStart: string; spending: Omit<QuarterSpending, 'quarter' | 'complete'> }[]> {
    const rows = (await ctx.manager.query(
      `WITH qs AS (
         SELECT DISTINCT quarter_start FROM customer_quarter ORDER BY quarter_start DESC LIMIT $1
       ), totals AS (
         SELECT q.quarter_start, sum(q.total_amount) AS total, count(*)::int AS customers,
                sum(q.transaction_count)::int AS transactions
         FROM customer_quarter q JOIN qs USING (quarter_start) GROUP BY 1
       ), cats AS (
         SELECT c.quarter_start, c.category_code, sum(c.amount) AS amount,
                sum(c.transaction_count)::int AS category_transactions
         FROM customer_quarter_category c JOIN qs USING (quarter_start) GROUP BY 1, 2
       )
       SELECT t.quarter_start::text AS quarter_start, t.total::text AS total, t.customers, t.transactions,
              c.category_code, c.amount::text AS amount, c.category_transactions, s.name_ko, s.name_en
       FROM totals t
       LEFT JOIN cats c USING (quarter_start)
       LEFT JOIN spending_category s ON s.code = c.category_code
       ORDER BY t.quarter_start, s.sort_order NULLS LAST, c.category_code`,
      [quarters],
    )) as SpendingRow[];
    const byQuarter = new Map<string, Omit<QuarterSpending, 'quarter' | 'complete'>>();
    for (const r of rows) {
      let q = byQuarter.get(r.quarter_start);
      if (!q) {
        q = { total: r.total, customers: r.customers, transactionCount: r.transactions, byCategory: [] };
        byQuarter.set(r.quarter_start, q);
      }
      if (r.category_code !== null) {
        const c: CategoryAmount = {
          categoryCode: r.category_code,
          amount: r.amount ?? '0',
          transactionCount: r.category_transactions ?? 0,
        };
        q.byCategory.push(c);
      }
    }
    return [...byQuarter].map(([quarterStart, spending]) => ({ quarterStart, spending }));
  }

  /** Names of the given category codes, in display order (codes outside the taxonomy keep their code). */
  async categoryNames(ctx: RequestContext, codes: readonly string[]): Promise<SpendingCategoryName[]> {
    if (codes.length === 0) return [];
    const rows = (await ctx.manager.query(
      `SELECT code, name_ko AS "nameKo", name_en AS "nameEn" FROM spending_category
       WHERE code = ANY($1::text[]) ORDER BY sort_order, code`,
      [codes],
    )) as SpendingCategoryName[];
    const known = new Set(rows.map((r) => r.code));
    return [
      ...rows,
      ...codes.filter((c) => !known.has(c)).map((code) => ({ code, nameKo: code, nameEn: code })),
    ];
  }

  /** The newest stored quarter's first day, or null (read from the quarter index). */
  async latestQuarterStart(ctx: RequestContext): Promise<string | null> {
    const [row] = (await ctx.manager.query(`SELECT max(quarter_start)::text AS q FROM customer_quarter`)) as {
      q: string | null;
    }[];
    return row?.q ?? null;
  }

  /**
   * A fingerprint of everything the insight engines read for a quarter: its customer quarters and categories,
   * the customers (age, household, income) and their loans (balances, status, repayments move updated_at).
   * One statement; changes whenever an import, a recompute, a customer or a loan write changes the inputs.
   */
  async insightsFingerprint(
    ctx: RequestContext,
    quarterStart: string,
  ): Promise<{ population: number; version: string }> {
    const [row] = (await ctx.manager.query(
      `SELECT q.n AS population,
              md5(concat_ws('|', q.n, q.updated, q.total, c.n, c.total, cu.n, cu.updated, l.n, l.updated)) AS version
       FROM (SELECT count(*)::int AS n, max(updated_at) AS updated, sum(total_amount) AS total
               FROM customer_quarter WHERE quarter_start = $1) q,
            (SELECT count(*)::int AS n, sum(amount) AS total
               FROM customer_quarter_category WHERE quarter_start = $1) c,
            (SELECT count(*)::int AS n, max(updated_at) AS updated FROM customer) cu,
            (SELECT count(*)::int AS n, max(updated_at) AS updated FROM loan) l`,
      [quarterStart],
    )) as { population: number; version: string }[];
    return row;
  }

  /**
   * Customers with a stored quarter: all of them when at most `limit`, else a deterministic sample (ordered by
   * a hash of the id, so the same data gives the same sample).
   */
  async customerIdsOfQuarter(ctx: RequestContext, quarterStart: string, limit: number): Promise<string[]> {
    const rows = (await ctx.manager.query(
      `SELECT customer_id AS id FROM customer_quarter WHERE quarter_start = $1
       ORDER BY md5(customer_id::text), customer_id LIMIT $2`,
      [quarterStart, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}
