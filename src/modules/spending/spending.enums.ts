// Stored codes of the spending tables (CHECK constraints in migrations/1764000000000-spending.ts).

export enum CardType {
  CREDIT = 'CREDIT',
  CHECK = 'CHECK',
}

export enum TransactionKind {
  PURCHASE = 'PURCHASE',
  /** A refund or cancellation: its own row, with a negative amount. */
  REFUND = 'REFUND',
}

export enum Channel {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}

export enum Locality {
  DOMESTIC = 'DOMESTIC',
  OVERSEAS = 'OVERSEAS',
}

/** Which days of the week a spending figure counts (KST; public holidays are not told apart). */
export enum SpendingDays {
  /** Saturdays and Sundays. */
  WEEKENDS = 'WEEKENDS',
  /** Monday to Friday. */
  WEEKDAYS = 'WEEKDAYS',
}

export enum QuarterSource {
  /** Materialised from card transactions by `recomputeQuarter`. */
  COMPUTED = 'COMPUTED',
  /** Loaded as a quarterly aggregate; recompute leaves it alone. */
  IMPORTED = 'IMPORTED',
}
