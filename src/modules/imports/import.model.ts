import type { DateOrder } from './normalize';

// Plain shapes of the imports module (no ORM, no GraphQL).

export interface ColumnMapping {
  column: string;
  field: string;
}

export interface ImportOptions {
  delimiter?: string;
  sheet?: string;
  dateOrder?: DateOrder;
  maxBadRowShare?: number;
  currency?: string;
  /** The preset the mapping came from: its optional columns may be absent from the file. */
  preset?: string;
}

export interface ColumnQuality {
  column: string;
  field: string;
  missing: number;
  distinct: number;
  duplicates: number;
}

export interface QualityCheckResult {
  name: string;
  description: string;
  count: number;
}

export interface DistributionShift {
  statistic: 'PSI';
  metric: string;
  quarter: string;
  previousQuarter: string;
  value: number | null;
  band: string | null;
  currentRows: number;
  previousRows: number;
  note: string;
}

export interface ImportQuality {
  rows: number;
  columns: ColumnQuality[];
  outOfRange: QualityCheckResult[];
  shift: DistributionShift | null;
}

export interface SummaryBucket {
  key: string;
  rows: number;
  amount: string | null;
  quantity: string | null;
}

export interface ImportSummary {
  rows: number;
  totalAmount: string | null;
  totalQuantity: string | null;
  distinctCustomers: number;
  invoices: number | null;
  cancellations: number | null;
  breakdownBy: string | null;
  breakdown: SummaryBucket[];
}

export interface RowError {
  line: number | null;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface ImportProgress {
  importId: string;
  status: string;
  phase: string;
  rowsRead: number;
  rowsValid: number;
  rowsBad: number;
  /** 0–100, from bytes read of the file while parsing. */
  percent: number;
  failureReason: string | null;
}

/** One column of a named preset: the file's column, the field it fills, and what that field accepts. */
export interface ImportPresetColumn {
  column: string;
  field: string;
  /** PostgreSQL type of the parsed value, e.g. numeric, date, timestamptz, text. */
  type: string;
  required: boolean;
  description: string;
}

/** A named column mapping of an import target (pass its name as `startImport(input: { preset })`). */
export interface ImportPreset {
  target: string;
  name: string;
  columns: ImportPresetColumn[];
}
