import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import {
  type ComparisonGroup,
  type NotificationFact,
  type NotificationKind,
  type NotificationRow,
  type SettingsLanguage,
  type UserSettings,
  DEFAULT_PAYMENT_DUE_DAYS,
} from './notification.model';

interface DbNotification {
  id: string;
  user_id: string;
  kind: NotificationKind;
  fact_key: string;
  subject_id: string | null;
  data: Record<string, string | number | null>;
  created_at: Date | string;
  read_at: Date | string | null;
}

const toRow = (r: DbNotification): NotificationRow => ({
  id: r.id,
  userId: r.user_id,
  kind: r.kind,
  factKey: r.fact_key,
  subjectId: r.subject_id,
  data: r.data,
  createdAt: new Date(r.created_at),
  readAt: r.read_at === null ? null : new Date(r.read_at),
});

const COLUMNS = 'id, user_id, kind, fact_key, subject_id, data, created_at, read_at';

/** An instalment that is the next one due of an active loan, with the customer's login. */
export interface InstallmentFactRow {
  userId: string;
  loanId: string;
  loanNumber: string;
  number: number;
  dueDate: string;
  /** What is still owed on the instalment (its payment minus any partial credit), whole won. */
  amountDue: string;
}

export interface CustomerLogin {
  userId: string;
  customerId: string;
}

/** Reads and writes of notifications and user settings, always on ctx.manager. */
export class NotificationRepository {
  /**
   * Inserts the facts not yet stored for their user (ON CONFLICT on (user_id, fact_key)) and not muted by the
   * user's settings: ONE statement, safe under concurrent scans on several replicas. Returns only the new rows.
   */
  async insertNew(ctx: RequestContext, facts: (NotificationFact & { id: string })[], at: Date) {
    if (facts.length === 0) return [];
    const rows = (await ctx.manager.query(
      `INSERT INTO notification (id, user_id, kind, fact_key, subject_id, data, created_at)
       SELECT x.id, x.user_id, x.kind, x.fact_key, x.subject_id, x.data, $2
         FROM jsonb_to_recordset($1::jsonb)
              AS x(id uuid, user_id uuid, kind text, fact_key text, subject_id text, data jsonb)
        WHERE EXISTS (SELECT 1 FROM app_user u WHERE u.id = x.user_id)
          AND NOT EXISTS (SELECT 1 FROM user_settings s WHERE s.user_id = x.user_id AND x.kind = ANY (s.muted_kinds))
       ON CONFLICT (user_id, fact_key) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        JSON.stringify(
          facts.map((f) => ({
            id: f.id,
            user_id: f.userId,
            kind: f.kind,
            fact_key: f.factKey,
            subject_id: f.subjectId,
            data: f.data,
          })),
        ),
        at,
      ],
    )) as DbNotification[];
    return rows.map(toRow);
  }

  /** A page newest first, keyset (created_at, id). */
  async page(ctx: RequestContext, userId: string, request: PageRequest, unreadOnly: boolean) {
    const forward = request.direction === 'forward';
    const params: unknown[] = [userId, request.limit + 1];
    let where = 'user_id = $1';
    if (unreadOnly) where += ' AND read_at IS NULL';
    if (request.cursor) {
      const [createdAt, id] = request.cursor as [string, string];
      params.push(createdAt, id);
      where += forward
        ? ' AND (created_at, id) < ($3::timestamptz, $4::uuid)'
        : ' AND (created_at, id) > ($3::timestamptz, $4::uuid)';
    }
    const order = forward ? 'created_at DESC, id DESC' : 'created_at ASC, id ASC';
    const rows = (await ctx.manager.query(
      `SELECT ${COLUMNS} FROM notification WHERE ${where} ORDER BY ${order} LIMIT $2`,
      params,
    )) as DbNotification[];
    return rows.map(toRow);
  }

  async byId(ctx: RequestContext, userId: string, id: string): Promise<NotificationRow | null> {
    const [row] = (await ctx.manager.query(
      `SELECT ${COLUMNS} FROM notification WHERE id = $1 AND user_id = $2`,
      [id, userId],
    )) as DbNotification[];
    return row ? toRow(row) : null;
  }

  /** The user's notifications created at or after `since`, oldest first (the subscription's catch-up). */
  async createdSince(ctx: RequestContext, userId: string, since: Date): Promise<NotificationRow[]> {
    const rows = (await ctx.manager.query(
      `SELECT ${COLUMNS} FROM notification WHERE user_id = $1 AND created_at >= $2
        ORDER BY created_at, id LIMIT 100`,
      [userId, since],
    )) as DbNotification[];
    return rows.map(toRow);
  }

  async count(ctx: RequestContext, userId: string, unreadOnly: boolean): Promise<number> {
    const [row] = (await ctx.manager.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}`,
      [userId],
    )) as { n: number }[];
    return row.n;
  }

  /** Marks the given (or all) unread notifications of the user read; returns how many changed. */
  async markRead(ctx: RequestContext, userId: string, ids: string[] | null, at: Date): Promise<number> {
    // A CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const [row] = (await ctx.manager.query(
      `WITH changed AS (
         UPDATE notification SET read_at = $2
          WHERE user_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
          RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [userId, at, ids],
    )) as { n: number }[];
    return row.n;
  }

  /** Ids among `ids` that are not the user's notifications. */
  async foreignIds(ctx: RequestContext, userId: string, ids: string[]): Promise<string[]> {
    const rows = (await ctx.manager.query(
      `SELECT x.id::text AS id FROM unnest($2::uuid[]) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.id = x.id AND n.user_id = $1)`,
      [userId, ids],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  // ——— facts ———

  /**
   * The next unpaid instalment of every active loan that falls due within [asOf, asOf + the user's
   * payment_due_days] (or overdue, `overdue`: due before asOf), for customers with an enabled login.
   */
  async nextInstallments(
    ctx: RequestContext,
    asOf: string,
    overdue: boolean,
    customerIds: string[] | null,
  ): Promise<InstallmentFactRow[]> {
    const window = overdue
      ? 'i.due_date < $1::date'
      : `i.due_date >= $1::date AND i.due_date <= $1::date + coalesce(s.payment_due_days, ${DEFAULT_PAYMENT_DUE_DAYS})`;
    return (await ctx.manager.query(
      `SELECT u.id AS "userId", l.id AS "loanId", l.loan_number AS "loanNumber", i.number,
              to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate", greatest(i.payment - l.partial_credit, 0)::text AS "amountDue"
         FROM loan l
         JOIN loan_installment i ON i.loan_id = l.id AND i.number = l.paid_installments + 1
         JOIN app_user u ON u.customer_id = l.customer_id AND NOT u.disabled
         LEFT JOIN user_settings s ON s.user_id = u.id
        WHERE l.status = 'ACTIVE' AND ${window} AND ($2::uuid[] IS NULL OR l.customer_id = ANY ($2::uuid[]))
        ORDER BY i.due_date, l.id`,
      [asOf, customerIds],
    )) as InstallmentFactRow[];
  }

  /** Customers with an enabled login (all, or those given), for the per-customer scans. */
  async customerLogins(ctx: RequestContext, customerIds: string[] | null): Promise<CustomerLogin[]> {
    return (await ctx.manager.query(
      `SELECT u.id AS "userId", u.customer_id AS "customerId" FROM app_user u
        WHERE u.customer_id IS NOT NULL AND NOT u.disabled AND ($1::uuid[] IS NULL OR u.customer_id = ANY ($1::uuid[]))
        ORDER BY u.customer_id`,
      [customerIds],
    )) as CustomerLogin[];
  }

  // ——— settings ———

  async settings(ctx: RequestContext, userId: string): Promise<UserSettings | null> {
    const [row] = (await ctx.manager.query(
      `SELECT user_id, language, comparison_group, default_quarter, payment_due_days, muted_kinds, updated_at
         FROM user_settings WHERE user_id = $1`,
      [userId],
    )) as {
      user_id: string;
      language: SettingsLanguage | null;
      comparison_group: ComparisonGroup | null;
      default_quarter: string | null;
      payment_due_days: number;
      muted_kinds: NotificationKind[];
      updated_at: Date | string;
    }[];
    return row
      ? {
          userId: row.user_id,
          language: row.language,
          comparisonGroup: row.comparison_group,
          defaultQuarter: row.default_quarter,
          paymentDueDays: row.payment_due_days,
          mutedKinds: row.muted_kinds,
          updatedAt: new Date(row.updated_at),
        }
      : null;
  }

  async saveSettings(ctx: RequestContext, s: UserSettings & { updatedAt: Date }): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO user_settings (user_id, language, comparison_group, default_quarter, payment_due_days, muted_kinds, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (user_id) DO UPDATE SET language = $2, comparison_group = $3, default_quarter = $4,
              payment_due_days = $5, muted_kinds = $6, updated_at = $7`,
      [
        s.userId,
        s.language,
        s.comparisonGroup,
        s.defaultQuarter,
        s.paymentDueDays,
        s.mutedKinds,
        s.updatedAt,
      ],
    );
  }
}
