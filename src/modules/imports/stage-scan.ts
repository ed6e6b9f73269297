import type { PoolClient } from 'pg';
import { quoteName } from '../../common/seed';
import type { ImportTarget } from './targets';

// The quality report's and summary's scan of the staged rows, as a queue of statements that two connections can
// share: on PostgreSQL a second connection starts on it while the merge writes the target, and the merge's own
// connection takes the statements still waiting once the merge is done — the job then ends when the work does,
// not when the slower connection does (a million sales lines: the scan alone took 2.4 s beside a 1.9 s merge,
// bench/README.md imports seventh round). The counts come first: the distribution shift needs their latest day.
// The staged rows no longer change once the scan starts, so every statement sees the same rows on either connection.

/** Aggregates of the staged rows: counts, distinct counts (d0, d1…), totals, latest day. */
export type StageScanRow = Record<string, number> & Record<string, string | null>;

export interface StageScan {
  r: StageScanRow;
  /** Fields counted distinct, in the order of the d0, d1… columns of `r`. */
  distinctFields: string[];
  breakdown: { key: string; rows: number; amount: string | null; quantity: string | null }[];
}

interface ScanStatement {
  key: 'counts' | 'distinct' | 'breakdown';
  sql: string;
}

export const mappedFields = (target: ImportTarget, mapping: { column: string; field: string }[]) =>
  target.fields.map((f, i) => ({ f, i, m: mapping.find((x) => x.field === f.name) })).filter((x) => x.m);

/**
 * The statements of one scan: one for the counts, the out-of-range checks, the summary's totals and the latest day;
 * one for the distinct counts of every column, which are also the summary's distinct customers and invoices; the
 * summary's breakdown.
 */
function scanStatements(
  stage: string,
  target: ImportTarget,
  mapping: { column: string; field: string }[],
): { statements: ScanStatement[]; distinctFields: string[] } {
  const mapped = mappedFields(target, mapping);
  const sql = target.summary(stage);
  // Columns counted distinct: the mapped ones and the summary's customer and invoice fields (mapped or not).
  const distinctFields = [
    ...new Set([
      ...mapped.map((x) => x.f.name),
      sql.customerField,
      ...(sql.invoices ? [sql.invoices.field] : []),
    ]),
  ];
  const selects = [
    'count(*)::int AS rows',
    ...mapped.map((x, k) => `count(${quoteName(x.f.name)})::int AS n${k}`),
    ...target.qualityChecks.map((q, k) => `count(*) FILTER (WHERE ${q.condition})::int AS q${k}`),
    `${sql.totals.amount} AS total_amount`,
    `${sql.totals.quantity ?? 'NULL::text'} AS total_quantity`,
    `${sql.totals.cancellations ?? 'NULL::int'} AS row_cancellations`,
    target.shift
      ? `to_char(max(${target.shift.timeColumn}) AT TIME ZONE 'UTC' + interval '9 hours', 'YYYY-MM-DD') AS shift_day`
      : 'NULL::text AS shift_day',
  ];
  // Distinct values of every column in one scan: hash aggregation by grouping sets, one hash table per column
  // (count(DISTINCT) sorts every column instead, about 2.5 times slower; a GROUP BY per column scans the table
  // once per column: 1.27 s against 1.0 s at a million sales lines). GROUPING(c) = 0 marks column c's groups.
  const columns = distinctFields.map(quoteName);
  const counted = distinctFields.map((field, k) => {
    const invoices = sql.invoices?.field === field && sql.invoices.cancelledWhen;
    return (
      `count(*) FILTER (WHERE g${k} = 0 AND ${columns[k]} IS NOT NULL)::int AS d${k}` +
      (invoices
        ? `, count(*) FILTER (WHERE g${k} = 0 AND ${sql.invoices!.cancelledWhen})::int AS invoice_cancellations`
        : '')
    );
  });
  const distincts: ScanStatement = {
    key: 'distinct',
    sql: `SELECT ${counted.join(', ')}
          FROM (SELECT ${columns.map((c, k) => `GROUPING(${c}) AS g${k}, ${c}`).join(', ')}
                FROM ${stage} GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(', ')})) v`,
  };
  return {
    statements: [
      { key: 'counts', sql: `SELECT ${selects.join(', ')} FROM ${stage}` },
      distincts,
      ...(sql.breakdown ? [{ key: 'breakdown' as const, sql: sql.breakdown.sql }] : []),
    ],
    distinctFields,
  };
}

/** One scan's statements, taken in turn by whichever connection asks next (`drain`). */
export class StageScanQueue {
  private readonly waiting: ScanStatement[];
  private readonly distinctFields: string[];
  private readonly rows: StageScanRow = {} as StageScanRow;
  private breakdown: StageScan['breakdown'] = [];
  private settle!: { resolve: (row: StageScanRow) => void; reject: (error: unknown) => void };
  /** The counts' row (the latest day for the shift), as soon as a connection has it. */
  readonly counts = new Promise<StageScanRow>((resolve, reject) => {
    this.settle = { resolve, reject };
  });

  constructor(stage: string, target: ImportTarget, mapping: { column: string; field: string }[]) {
    const { statements, distinctFields } = scanStatements(stage, target, mapping);
    this.waiting = statements;
    this.distinctFields = distinctFields;
    // Awaited by the merge's connection; a scan that fails first must not leave it unhandled.
    this.counts.catch(() => undefined);
  }

  /** Runs waiting statements on `client` until none is left (another connection may be taking them too). */
  async drain(client: PoolClient): Promise<void> {
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) await this.run(client, next);
  }

  /** The counts' row: run on `client` if no connection has taken them yet, else awaited from the one that has. */
  async countsOn(client: PoolClient): Promise<StageScanRow> {
    if (this.waiting[0]?.key === 'counts') await this.run(client, this.waiting.shift()!);
    return this.counts;
  }

  private async run(client: PoolClient, statement: ScanStatement): Promise<void> {
    try {
      const { rows } = await client.query<Record<string, unknown>>(statement.sql);
      if (statement.key === 'breakdown') this.breakdown = rows as StageScan['breakdown'];
      else Object.assign(this.rows, rows[0]);
      if (statement.key === 'counts') this.settle.resolve(this.rows);
    } catch (error) {
      if (statement.key === 'counts') this.settle.reject(error);
      throw error;
    }
  }

  /** The whole scan, once every connection draining it is done. */
  result(): StageScan {
    return { r: this.rows, distinctFields: this.distinctFields, breakdown: this.breakdown };
  }
}
