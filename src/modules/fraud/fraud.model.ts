// Fraud cases: one per card transaction, opened by the anomaly scan or by the customer's "not me" report, resolved
// by staff. Plain shapes; nothing here knows about GraphQL or SQL.

export enum FraudCaseState {
  OPEN = 'OPEN',
  CONFIRMED_FRAUD = 'CONFIRMED_FRAUD',
  DISMISSED = 'DISMISSED',
}

export enum FraudCaseSource {
  ANOMALY = 'ANOMALY',
  CUSTOMER_REPORT = 'CUSTOMER_REPORT',
}

export enum FraudDecision {
  CONFIRMED_FRAUD = 'CONFIRMED_FRAUD',
  DISMISSED = 'DISMISSED',
}

export interface FraudCaseRow {
  id: string;
  transactionId: string;
  customerId: string;
  state: FraudCaseState;
  source: FraudCaseSource;
  score: number | null;
  customerReportedAt: Date | null;
  customerNote: string | null;
  openedAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  reason: string | null;
  /** From the card transaction. */
  amount: string;
  merchantName: string;
  occurredAt: Date;
}

/** A transaction the anomaly scan scored at or above the case threshold. */
export interface FlaggedForCase {
  transactionId: string;
  customerId: string;
  score: number;
}

/** A labelled card transaction for the supervised model (label from a resolved case). */
export interface LabelledCardTransaction {
  id: string;
  customerId: string;
  merchantName: string;
  amount: number;
  occurredAt: Date;
  fraud: boolean | null;
}
