// Plain input and output shapes of the anomaly engines. Nothing here knows about GraphQL, TypeORM or files:
// the spending module (card transactions) and the evaluation CLI (CSV files) both map their rows to these.

/** One card transaction as the engines see it. Optional facts the source does not have are left out. */
export interface AnomalyTransaction {
  /** Stable id, used only to exclude the transaction itself from its own history. */
  readonly id: string;
  readonly customerId: string;
  /**
   * Amount in the currency's whole units (won for KRW). A number, not a Decimal: the engines compute
   * statistics (logs, medians, ratios), never balances, and nothing they return is booked.
   */
  readonly amount: number;
  readonly occurredAt: Date;
  /** Merchant category (an 업종 group or any stable code); null when the source has none. */
  readonly category?: string | null;
  readonly channel?: 'ONLINE' | 'OFFLINE' | null;
  readonly overseas?: boolean | null;
  readonly merchantId?: string | null;
  /** Customer's home and the merchant's location, degrees; distance features only when all four exist. */
  readonly customerLat?: number | null;
  readonly customerLon?: number | null;
  readonly merchantLat?: number | null;
  readonly merchantLon?: number | null;
}
