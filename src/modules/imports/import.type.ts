import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../common/graphql/scalars';
import { Node } from '../../common/graphql/types';
import { ImportPhase, ImportStatus, ImportTargetName } from './import.enums';

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  valuesConfig: {
    QUEUED: { description: 'Started, waiting for a worker.' },
    RUNNING: { description: 'Being processed (see phase).' },
    SUCCEEDED: { description: 'Finished: the valid rows landed.' },
    FAILED: { description: 'Finished without landing anything (see failureReason).' },
  },
  description: 'QUEUED → RUNNING → SUCCEEDED | FAILED.',
});
registerEnumType(ImportPhase, {
  name: 'ImportPhase',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    PARSING: { description: 'Reading, validating and staging the rows.' },
    MERGING: { description: 'Merging the valid rows into the tables in one transaction.' },
    ANALYSING: { description: 'Computing the quality report and the summary.' },
    DONE: { description: 'Finished (SUCCEEDED or FAILED).' },
  },
  description: 'Step of a running import: PARSING (and staging), MERGING, ANALYSING, then DONE.',
});
registerEnumType(ImportTargetName, {
  name: 'ImportTarget',
  valuesConfig: {
    CUSTOMERS: { description: 'Customer profiles.' },
    CUSTOMER_QUARTERS: { description: 'Quarterly spending aggregates per customer (stored as IMPORTED).' },
    SALES: { description: 'Generic sales lines (e.g. UCI Online Retail).' },
    TRANSACTIONS: { description: 'Card transactions.' },
  },
  description:
    'What an import loads: CUSTOMERS, SALES (generic sales lines), TRANSACTIONS (card transactions) or CUSTOMER_QUARTERS (quarterly aggregates).',
});

@ObjectType('ColumnMapping', { description: 'One column of the file mapped onto one field of the target.' })
export class ColumnMappingType {
  @Field({ description: 'Header of the column in the file.' })
  column!: string;

  @Field({ description: 'Target field it fills.' })
  field!: string;
}

@ObjectType('ImportRowError', { description: 'Why a row (or a cell of it) was rejected.' })
export class ImportRowErrorType {
  @Field(() => Int, {
    nullable: true,
    description: 'Line (CSV) or row (XLSX) number in the file, header = 1.',
  })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'Column header of the bad cell.' })
  column!: string | null;

  @Field(() => String, { nullable: true, description: 'The cell as read (at most 200 characters).' })
  value!: string | null;

  @Field({ description: 'What is wrong.' })
  reason!: string;
}

@ObjectType('ColumnQuality', { description: 'Missing values and duplicates of one mapped column.' })
export class ColumnQualityType {
  @Field({ description: 'Column header in the file.' })
  column!: string;

  @Field({ description: 'Target field.' })
  field!: string;

  @Field(() => Int, { description: 'Blank cells over all data rows.' })
  missing!: number;

  @Field(() => Int, { description: 'Distinct values among the valid rows.' })
  distinct!: number;

  @Field(() => Int, { description: 'Valid rows repeating a value already seen in this column.' })
  duplicates!: number;
}

@ObjectType('QualityCheck', { description: 'An out-of-range check and how many valid rows it flagged.' })
export class QualityCheckType {
  @Field({ description: 'Check name, e.g. negative_quantity_not_cancelled.' })
  name!: string;

  @Field({ description: 'What the check looks for.' })
  description!: string;

  @Field(() => Int, { description: 'Rows flagged.' })
  count!: number;
}

@ObjectType('DistributionShift', {
  description:
    'Population stability index (PSI) of amounts: the latest quarter of the file against the previous one.',
})
export class DistributionShiftType {
  @Field({ description: 'Statistic used: PSI.' })
  statistic!: string;

  @Field({ description: 'The measured quantity, e.g. amount.' })
  metric!: string;

  @Field({ description: 'Latest quarter in the file, e.g. 2011Q1.' })
  quarter!: string;

  @Field({ description: 'The quarter compared against.' })
  previousQuarter!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'PSI value; null when the previous quarter has no rows.',
  })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'STABLE (< 0.1), MODERATE (≤ 0.25) or SIGNIFICANT.' })
  band!: string | null;

  @Field(() => Int, { description: 'Rows in the latest quarter.' })
  currentRows!: number;

  @Field(() => Int, { description: 'Rows in the previous quarter.' })
  previousRows!: number;

  @Field({ description: 'How the statistic was computed.' })
  note!: string;
}

@ObjectType('ImportQuality', { description: 'Data-quality report of an import.' })
export class ImportQualityType {
  @Field(() => Int, { description: 'Valid rows analysed.' })
  rows!: number;

  @Field(() => [ColumnQualityType], { description: 'Per mapped column.' })
  columns!: ColumnQualityType[];

  @Field(() => [QualityCheckType], { description: 'Out-of-range checks of the target.' })
  outOfRange!: QualityCheckType[];

  @Field(() => DistributionShiftType, { nullable: true, description: 'Shift against the previous quarter.' })
  shift!: DistributionShiftType | null;
}

@ObjectType('SummaryBucket', { description: 'Totals of one category (country, region…).' })
export class SummaryBucketType {
  @Field({ description: 'Category value.' })
  key!: string;

  @Field(() => Int, { description: 'Rows.' })
  rows!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Amount total.' })
  amount!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Quantity total.' })
  quantity!: string | null;
}

@ObjectType('ImportSummary', {
  description: 'Summary statistics of the valid rows of an import (computed in SQL).',
})
export class ImportSummaryType {
  @Field(() => Int, { description: 'Valid rows.' })
  rows!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Total amount (sales: Σ quantity × unit price; customers: Σ annual income).',
  })
  totalAmount!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Total quantity (sales).' })
  totalQuantity!: string | null;

  @Field(() => Int, { description: 'Distinct customers.' })
  distinctCustomers!: number;

  @Field(() => Int, { nullable: true, description: 'Distinct invoices (sales).' })
  invoices!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Distinct cancellation invoices (sales: number starts with C).',
  })
  cancellations!: number | null;

  @Field(() => String, { nullable: true, description: 'What the breakdown is by (country, region).' })
  breakdownBy!: string | null;

  @Field(() => [SummaryBucketType], { description: 'Top 20 categories.' })
  breakdown!: SummaryBucketType[];
}

@ObjectType('ImportTimings', { description: 'Where the time of a successful import went.' })
export class ImportTimingsType {
  @Field(() => Int, { description: 'Reading, validating and COPYing the rows into staging (ms).' })
  parseMs!: number;

  @Field(() => Int, { description: 'Merging staging into the target (ms).' })
  mergeMs!: number;

  @Field(() => Int, { description: 'Quality report and summary statistics (ms).' })
  analyseMs!: number;
}

@ObjectType('Import', {
  implements: Node,
  description: 'A file import: status, counts, errors, quality and summary.',
})
export class ImportType implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  /** Local UUID, for field resolvers. */
  localId!: string;

  @Field({ description: 'Id of the uploaded file (from POST /uploads/imports).' })
  uploadId!: string;

  @Field({ description: 'Name of the uploaded file, as sent (UTF-8, e.g. 고객.csv).' })
  fileName!: string;

  @Field(() => ImportTargetName, { description: 'What the import loads.' })
  target!: ImportTargetName;

  @Field(() => ImportStatus, { description: 'Status.' })
  status!: ImportStatus;

  @Field(() => ImportPhase, { description: 'Current or last phase.' })
  phase!: ImportPhase;

  @Field({ description: 'SHA-256 of the file (hex).' })
  sha256!: string;

  @Field(() => [ColumnMappingType], { description: 'The column mapping used.' })
  mapping!: ColumnMappingType[];

  @Field(() => Int, { description: 'Data rows read.' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows that passed validation.' })
  rowsValid!: number;

  @Field(() => Int, { description: 'Rows rejected (see errors).' })
  rowsBad!: number;

  @Field(() => Int, { description: 'Rows added to the target.' })
  rowsInserted!: number;

  @Field(() => Int, { description: 'Valid rows skipped because their natural key was already present.' })
  rowsDuplicate!: number;

  @Field(() => Float, { description: 'Share of bad rows allowed before the import fails.' })
  maxBadRowShare!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the import failed (file-level error or too many bad rows).',
  })
  failureReason!: string | null;

  @Field({ description: 'When the import was started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the job began.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the job ended.' })
  finishedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Job run time in milliseconds.' })
  durationMs!: number | null;

  @Field(() => ImportTimingsType, { nullable: true, description: 'Time per phase (successful imports).' })
  timings!: ImportTimingsType | null;

  @Field(() => ImportQualityType, {
    nullable: true,
    description: 'Data-quality report (successful imports).',
  })
  quality!: ImportQualityType | null;
}

@ObjectType('ImportProgress', { description: 'A progress event of a running import.' })
export class ImportProgressType {
  @Field(() => ID, { description: 'Global id of the import.' })
  importId!: string;

  @Field(() => ImportStatus, { description: 'Status.' })
  status!: ImportStatus;

  @Field(() => ImportPhase, { description: 'Phase.' })
  phase!: ImportPhase;

  @Field(() => Int, { description: 'Data rows read so far.' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Valid rows so far.' })
  rowsValid!: number;

  @Field(() => Int, { description: 'Bad rows so far.' })
  rowsBad!: number;

  @Field(() => Int, { description: 'Share of the file read, 0–100.' })
  percent!: number;

  @Field(() => String, { nullable: true, description: 'Why it failed, on the FAILED event.' })
  failureReason!: string | null;
}

@ObjectType('LatestImportSummary', { description: 'Summary of the latest successful import of a target.' })
export class LatestImportSummaryType {
  @Field(() => ID, { description: 'Global id of that import.' })
  importId!: string;

  @Field(() => ImportSummaryType, { description: 'Its summary statistics.' })
  summary!: ImportSummaryType;
}

@ObjectType('ImportPresetColumn', {
  description: 'One column of a preset: the file column and the field it fills.',
})
export class ImportPresetColumnType {
  @Field({ description: 'Column name expected in the header row of the file.' })
  column!: string;

  @Field({ description: 'Target field the column fills (use it in a custom `mapping`).' })
  field!: string;

  @Field({ description: 'PostgreSQL type the cell is parsed into, e.g. numeric, date, timestamptz, text.' })
  type!: string;

  @Field({ description: 'Whether every row must have a value in this column.' })
  required!: boolean;

  @Field({ description: 'What the field means and which values it accepts.' })
  description!: string;
}

@ObjectType('ImportPreset', {
  description: 'A named column mapping of an import target: pass `name` as `startImport(input: { preset })`.',
})
export class ImportPresetType {
  @Field(() => ImportTargetName, { description: 'The target the preset loads.' })
  target!: ImportTargetName;

  @Field({ description: 'Preset name, e.g. uci-online-retail.' })
  name!: string;

  @Field(() => [ImportPresetColumnType], { description: 'The columns the file must (or may) have.' })
  columns!: ImportPresetColumnType[];
}
