// Notifications and user settings as the service sees them (no GraphQL, no TypeORM).

export enum NotificationKind {
  /** An instalment falls due within the user's `paymentDueDays`. */
  PAYMENT_DUE = 'PAYMENT_DUE',
  /** An instalment is past due and unpaid. */
  DELINQUENCY = 'DELINQUENCY',
  /** A card transaction was flagged by the anomaly model. */
  FLAGGED_TRANSACTION = 'FLAGGED_TRANSACTION',
  /** An import the user started has finished (succeeded or failed). */
  IMPORT_FINISHED = 'IMPORT_FINISHED',
  /** A refinance application of the user changed status. */
  APPLICATION_STATUS = 'APPLICATION_STATUS',
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

export enum SettingsLanguage {
  KO = 'KO',
  EN = 'EN',
}

/** Peer comparison group to start from (the narrowest first; widened when too small — see insights/peers). */
export enum ComparisonGroup {
  AGE_REGION_STAGE = 'AGE_REGION_STAGE',
  AGE_REGION = 'AGE_REGION',
  AGE = 'AGE',
}

/** One fact that deserves a notification; `factKey` is unique per user (the same fact never notifies twice). */
export interface NotificationFact {
  userId: string;
  kind: NotificationKind;
  factKey: string;
  /** Global id of what the notification is about (loan, transaction, import, application), when there is one. */
  subjectId: string | null;
  /** Figures for the client to render (amounts as exact decimal strings, dates as YYYY-MM-DD). */
  data: Record<string, string | number | null>;
}

export interface NotificationRow extends NotificationFact {
  id: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface UserSettings {
  userId: string;
  language: SettingsLanguage | null;
  comparisonGroup: ComparisonGroup | null;
  defaultQuarter: string | null;
  paymentDueDays: number;
  mutedKinds: NotificationKind[];
  updatedAt: Date | null;
}

export const DEFAULT_PAYMENT_DUE_DAYS = 3;

export function defaultSettings(userId: string): UserSettings {
  return {
    userId,
    language: null,
    comparisonGroup: null,
    defaultQuarter: null,
    paymentDueDays: DEFAULT_PAYMENT_DUE_DAYS,
    mutedKinds: [],
    updatedAt: null,
  };
}
