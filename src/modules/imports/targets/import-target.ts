import type { FastCell } from '../fast-cells';
import type { Cell, DateOrder, Parsed } from '../normalize';

// An import target: the fields a file maps onto, how each cell is parsed, the staging table, and the SQL that
// merges staged rows into the real table, skipping (or updating) rows already there by their natural key — an
// anti-join or ON CONFLICT; the runner serialises the merges of a target. New targets (card transactions,
// customer quarters) implement this and are added to the registry in targets/index.ts.

export interface FieldContext {
  dateOrder: DateOrder;
}

export interface TargetField {
  /** Field name used in mappings, also the staging column name. */
  name: string;
  description: string;
  required: boolean;
  /** PostgreSQL type of the staging column. */
  pgType: string;
  /** Normalises one non-blank cell. Blank cells of optional fields become NULL without calling this. */
  parse(cell: Cell, ctx: FieldContext): Parsed<string | number | null>;
  /**
   * The staging fast lane's reader of this field's canonical cells (fast-cells.ts): what `parse` writes for them,
   * read from the file's bytes; any other cell is declined and `parse` decides. Without it, files mapping the field
   * stage on the general path only.
   */
  fast?: FastCell;
}

/** A value for an unmapped optional field, from the import options (e.g. the currency of a sales file). */
export interface TargetDefaults {
  currency?: string;
}

export interface QualityCheck {
  /** Stable name, e.g. "negative_quantity". */
  name: string;
  description: string;
  /** SQL boolean expression over the staging columns (alias-free); `now()` is the import's clock. */
  condition: string;
}

/** A set-wise reference check on the staged rows (alias `s`): matching rows become bad rows. */
export interface ReferenceCheck {
  /** Field whose column is reported. */
  field: string;
  reason: string;
  condition: string;
}

export interface SummarySql {
  /**
   * Aggregates over the staged rows (SQL expressions, alias-free), computed in the same scan as the quality
   * report's counts: the total amount (text), the total quantity (text) and the cancellations (int) where the
   * target has them (null otherwise).
   */
  totals: { amount: string; quantity?: string; cancellations?: string };
  /** Field whose distinct non-null values are the distinct customers (the quality report's distinct count of it). */
  customerField: string;
  /** Field whose distinct values are the invoices, and the SQL condition over it marking a cancelled one. */
  invoices?: { field: string; cancelledWhen?: string };
  /** Rows: key, rows, amount (nullable), quantity (nullable) — the breakdown shown as "by category/country". */
  breakdown?: { label: string; sql: string };
}

export interface ImportTarget {
  /** GraphQL enum value, e.g. SALES. */
  readonly name: string;
  readonly description: string;
  readonly fields: readonly TargetField[];
  /** Named column mappings (column in the file → field). */
  readonly presets: Readonly<Record<string, readonly { column: string; field: string }[]>>;
  readonly qualityChecks: readonly QualityCheck[];
  /** Checks against other tables (unknown customers, cards…), run after staging. */
  readonly referenceChecks?: readonly ReferenceCheck[];
  /** Staged row check across fields; returns the bad field and reason, or undefined. */
  rowCheck?(row: Record<string, string | number | null>): { field: string; reason: string } | undefined;
  defaults?(options: TargetDefaults): Record<string, string | number | null>;
  /**
   * Rows numbered within runs of equal `field` values while the file streams (the n-th line of an invoice), staged
   * in the integer column `column` (run-numbering.ts). The numbers hold only when every value came as one run and
   * no staged row was removed afterwards; the runner then passes `numbered: true` to mergeSql, which may read them
   * instead of numbering in SQL (a window over a sort of every staged row).
   */
  readonly numbering?: { field: string; column: string };
  /**
   * The target table whose indexes a large merge into it may drop and build again (index-rebuild.ts). Only for a
   * table no request reads: the rebuild holds an ACCESS EXCLUSIVE lock on it until the import commits.
   */
  readonly rebuildIndexes?: { table: string };
  /** INSERT … SELECT from `stage` into the target; the inserted count is the statement's row count. */
  mergeSql(stage: string, numbered?: boolean): string;
  /**
   * Summary statistics over `stage` (the import's valid rows): folded into the quality report's scans, so the
   * distinct customers and invoices are not counted twice.
   */
  summary(stage: string): SummarySql;
  /** Distribution shift: the amount expression and the timestamp column of staged rows, when the target has one. */
  shift?: {
    amountSql: string;
    timeColumn: string;
    table: string;
    tableAmountSql: string;
    tableTimeColumn: string;
  };
}
