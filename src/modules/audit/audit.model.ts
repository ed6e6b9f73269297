// The compliance trail's vocabulary. Advice lives in advice_audit (written by the chat module); every other audited
// action is an audit_event row written in the transaction of the action itself.

export enum AuditKind {
  ADVICE = 'ADVICE',
  REFINANCE_TRANSITION = 'REFINANCE_TRANSITION',
  ROLE_CHANGE = 'ROLE_CHANGE',
  OIDC_LOGIN = 'OIDC_LOGIN',
  OIDC_LINK = 'OIDC_LINK',
  OIDC_UNLINK = 'OIDC_UNLINK',
  FRAUD_CASE = 'FRAUD_CASE',
  PRODUCT_CHANGE = 'PRODUCT_CHANGE',
  FAQ_CHANGE = 'FAQ_CHANGE',
  INTENT_PHRASE_CHANGE = 'INTENT_PHRASE_CHANGE',
}

/** An action to record. The actor defaults to the request's viewer. */
export interface AuditEventInput {
  kind: Exclude<AuditKind, AuditKind.ADVICE>;
  subjectType: string;
  subjectId: string;
  customerId?: string | null;
  actor?: { userId: string; role: string } | null;
  /** Ids, codes and figures; customer-facing text exactly as it was shown. */
  data: Record<string, unknown>;
}

export interface AuditFilter {
  kinds?: AuditKind[];
  customerId?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
}

/** One entry of the trail, from either table. */
export interface AuditRow {
  source: 'advice_audit' | 'audit_event';
  id: string;
  at: Date;
  /** The database's exact rendering of `at` (keyset cursor). */
  atText: string;
  kind: AuditKind;
  actorUserId: string | null;
  actorRole: string | null;
  customerId: string | null;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  chainSeq: string;
  rowHash: string;
}

export const CHAINED_TABLES = ['advice_audit', 'audit_event'] as const;
export type ChainedTable = (typeof CHAINED_TABLES)[number];
