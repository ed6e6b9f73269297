// Enumerations of the imports module.
export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** Where a running import is: parsing+staging rows, merging them into the target, analysing quality. */
export enum ImportPhase {
  QUEUED = 'QUEUED',
  PARSING = 'PARSING',
  MERGING = 'MERGING',
  ANALYSING = 'ANALYSING',
  DONE = 'DONE',
}

export enum FileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** The import targets (keys of the target registry). */
export enum ImportTargetName {
  CUSTOMERS = 'CUSTOMERS',
  SALES = 'SALES',
  TRANSACTIONS = 'TRANSACTIONS',
  CUSTOMER_QUARTERS = 'CUSTOMER_QUARTERS',
}

export const isFinished = (status: ImportStatus | string) =>
  status === ImportStatus.SUCCEEDED || status === ImportStatus.FAILED;
