import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/context';
import { isValidIsoDate, koreanDate } from '../../common/dates';
import { badInput, forbidden } from '../../common/errors';
import type { CountedConnection } from '../../common/graphql/types';
import { toConnection, toPageRequest, type PageArgs } from '../../common/pagination';
import { parseQuarter, QuarterError } from '../../common/quarters';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { requireViewer } from '../customers';
import {
  type ComparisonGroup,
  defaultSettings,
  type NotificationFact,
  NotificationKind,
  type NotificationRow,
  type SettingsLanguage,
  type UserSettings,
} from './notification.model';
import type { NotificationRepository } from './notification.repository';

const sleep = (ms: number) =>
  new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());

/** Pub/sub topic of new notifications; the dynamic id is the user's id (each user hears only their own). */
export const NOTIFICATION_ADDED = 'NOTIFICATION_ADDED';
/** The job that turns the data's facts into notifications (also run after transactions are loaded). */
export const NOTIFICATIONS_SCAN_JOB = 'notifications.scan';
export interface NotificationsScanJob {
  /** Date (YYYY-MM-DD) the scan reads the data as of; default today in Korea. */
  asOf?: string;
  /** Only these customers (default all with a login). */
  customerIds?: string[];
  /** Only these kinds (default every kind a scan finds: payment due, delinquency, flagged transactions). */
  kinds?: NotificationKind[];
}

/** A flagged card transaction as the anomaly insight reports it. */
export interface FlaggedTransaction {
  transactionId: string;
  merchantName: string | null;
  amount: string;
  occurredAt: Date;
  score: number;
}

export interface NotificationSources {
  /** Flagged transactions of a customer in the quarter of `asOf` (a system context reads any customer). */
  flagged(ctx: RequestContext, customerId: string): Promise<FlaggedTransaction[]>;
  /** Global id of a loan, for the notification's subject. */
  loanGlobalId(localId: string): string;
  /** Global id of a refinance application, for the notification's subject. */
  applicationGlobalId(localId: string): string;
}

/** A refinance application's transition, as the refinancing module reports it. */
export interface ApplicationStatusFact {
  applicationId: string;
  customerId: string;
  version: number;
  fromStatus: string | null;
  toStatus: string;
}

export interface ScanSummary {
  asOf: string;
  created: number;
  byKind: { kind: NotificationKind; count: number }[];
}

export interface SettingsPatch {
  language?: SettingsLanguage | null;
  comparisonGroup?: ComparisonGroup | null;
  defaultQuarter?: string | null;
  paymentDueDays?: number | null;
  mutedKinds?: NotificationKind[] | null;
}

const SCANNED_KINDS = [
  NotificationKind.PAYMENT_DUE,
  NotificationKind.DELINQUENCY,
  NotificationKind.FLAGGED_TRANSACTION,
] as const;

/**
 * Notifications per user: stored once per fact (the database's unique key decides, so scans may repeat and run
 * on several replicas), published on pub/sub to the user's `notificationAdded` subscriptions when first stored.
 */
export class NotificationService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly pubsub: PubSub,
    private readonly sources: NotificationSources,
    private readonly options: { pollSeconds: number },
  ) {}

  async list(
    ctx: RequestContext,
    page: PageArgs,
    unreadOnly: boolean,
  ): Promise<CountedConnection<NotificationRow>> {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(page, undefined, ['instant', 'uuid']);
    const rows = await this.repository.page(ctx, viewer.userId, request, unreadOnly);
    return {
      ...toConnection(
        rows,
        request,
        (r) => [r.createdAt.toISOString(), r.id],
        (r) => r,
      ),
      totalCount: () => this.repository.count(ctx, viewer.userId, unreadOnly),
    };
  }

  /** One of the viewer's notifications (someone else's reads as absent). */
  async get(ctx: RequestContext, id: string): Promise<NotificationRow | null> {
    return this.repository.byId(ctx, requireViewer(ctx).userId, id);
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    return this.repository.count(ctx, requireViewer(ctx).userId, true);
  }

  /** Marks the given notifications (or, with `all`, every unread one) read. Someone else's id is refused. */
  async markRead(
    ctx: RequestContext,
    ids: string[] | null,
    all: boolean,
  ): Promise<{ updated: number; unreadCount: number }> {
    const viewer = requireViewer(ctx);
    if (all === (ids !== null && ids.length > 0))
      throw badInput('ids', all ? 'must be empty when all is true' : 'give at least one id, or all: true');
    if (ids) {
      if (ids.length > 100) throw badInput('ids', 'at most 100 at a time');
      const foreign = await this.repository.foreignIds(ctx, viewer.userId, ids);
      // Said at the list item (`input.ids[2]`), as every list problem is.
      if (foreign.length > 0)
        throw badInput(
          `ids[${ids.findIndex((id) => id.toLowerCase() === foreign[0])}]`,
          'is not one of your notifications',
        );
    }
    const updated = await this.repository.markRead(ctx, viewer.userId, all ? null : ids, ctx.now());
    return { updated, unreadCount: await this.repository.count(ctx, viewer.userId, true) };
  }

  /**
   * The viewer's notifications created from now on, each once. Pub/sub delivers them at once but at most once (a
   * message published while the subscription is still being set up, or while Redis reconnects, is lost), so the
   * stored rows are also read every `pollSeconds` from the subscription's start: nothing stored is missed.
   */
  async *follow(ctx: RequestContext): AsyncGenerator<NotificationRow> {
    const viewer = requireViewer(ctx);
    const events = (
      this.pubsub.subscribe(NOTIFICATION_ADDED, viewer.userId) as AsyncIterable<
        Omit<NotificationRow, 'createdAt' | 'readAt'> & { createdAt: string; readAt: string | null }
      >
    )[Symbol.asyncIterator]();
    let pending = events.next();
    let since = ctx.now();
    // Ids already sent, with their time, forgotten once older than the catch-up watermark.
    const sent = new Map<string, number>();
    const fresh = (row: NotificationRow) => {
      if (sent.has(row.id)) return false;
      sent.set(row.id, row.createdAt.getTime());
      return true;
    };
    try {
      for (;;) {
        const r = await Promise.race([pending, sleep(this.options.pollSeconds * 1000)]);
        if (r?.done) return;
        if (r) {
          pending = events.next();
          const row = { ...r.value, createdAt: new Date(r.value.createdAt), readAt: null };
          if (fresh(row)) yield row;
          continue;
        }
        for (const row of await this.repository.createdSince({ ...ctx }, viewer.userId, since)) {
          if (fresh(row)) yield row;
          if (row.createdAt > since) since = row.createdAt;
        }
        for (const [id, at] of sent) if (at < since.getTime()) sent.delete(id);
      }
    } finally {
      await events.return?.();
    }
  }

  /** Stores the facts not stored before and publishes those; returns the new rows. */
  async notify(ctx: RequestContext, facts: NotificationFact[]): Promise<NotificationRow[]> {
    const created = await this.repository.insertNew(
      ctx,
      facts.map((f) => ({ ...f, id: randomUUID() })),
      ctx.now(),
    );
    for (const row of created) this.pubsub.publish(NOTIFICATION_ADDED, row.userId, row);
    return created;
  }

  /**
   * APPLICATION_STATUS: one notification per transition (fact key application + version, so a retried or
   * replayed transition never notifies twice) for each login of the applying customer. Stored in the caller's
   * transaction — it commits with the transition or not at all; the returned function publishes after commit.
   */
  async applicationStatusChanged(tx: RequestContext, change: ApplicationStatusFact): Promise<() => void> {
    const logins = await this.repository.customerLogins(tx, [change.customerId]);
    const subjectId = this.sources.applicationGlobalId(change.applicationId);
    const created = await this.repository.insertNew(
      tx,
      logins.map((login) => ({
        id: randomUUID(),
        userId: login.userId,
        kind: NotificationKind.APPLICATION_STATUS,
        factKey: `${NotificationKind.APPLICATION_STATUS}:${change.applicationId}:${change.version}`,
        subjectId,
        data: {
          applicationId: subjectId,
          version: change.version,
          fromStatus: change.fromStatus,
          toStatus: change.toStatus,
        },
      })),
      tx.now(),
    );
    return () => {
      for (const row of created) this.pubsub.publish(NOTIFICATION_ADDED, row.userId, row);
    };
  }

  /** Finds due payments, arrears and flagged transactions as of a date and notifies the new ones (ADMIN or job). */
  async scan(ctx: RequestContext, job: NotificationsScanJob = {}): Promise<ScanSummary> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only an ADMIN may run a notification scan');
    const asOf = job.asOf ?? koreanDate(ctx.now());
    if (!isValidIsoDate(asOf)) throw badInput('asOf', 'must be a date YYYY-MM-DD');
    if (job.customerIds && job.customerIds.length > 10_000) throw badInput('customerIds', 'at most 10,000');
    const kinds = new Set(job.kinds ?? SCANNED_KINDS);
    const only = job.customerIds ?? null;
    const facts: NotificationFact[] = [];
    for (const overdue of [false, true]) {
      const kind = overdue ? NotificationKind.DELINQUENCY : NotificationKind.PAYMENT_DUE;
      if (!kinds.has(kind)) continue;
      for (const r of await this.repository.nextInstallments(ctx, asOf, overdue, only))
        facts.push({
          userId: r.userId,
          kind,
          // One notice per instalment: the due reminder and, if it is missed, one arrears notice.
          factKey: `${kind}:${r.loanId}:${r.number}`,
          subjectId: this.sources.loanGlobalId(r.loanId),
          data: {
            loanNumber: r.loanNumber,
            installment: r.number,
            dueDate: r.dueDate,
            amount: r.amountDue,
            currency: 'KRW',
          },
        });
    }
    if (kinds.has(NotificationKind.FLAGGED_TRANSACTION)) {
      for (const login of await this.repository.customerLogins(ctx, only)) {
        for (const t of await this.sources.flagged(ctx, login.customerId))
          facts.push({
            userId: login.userId,
            kind: NotificationKind.FLAGGED_TRANSACTION,
            factKey: `${NotificationKind.FLAGGED_TRANSACTION}:${t.transactionId}`,
            subjectId: null,
            data: {
              transactionId: t.transactionId,
              merchantName: t.merchantName,
              amount: t.amount,
              currency: 'KRW',
              occurredAt: t.occurredAt.toISOString(),
              score: Math.round(t.score * 1000) / 1000,
            },
          });
      }
    }
    const created = await this.notify(ctx, facts);
    const counts = new Map<NotificationKind, number>();
    for (const row of created) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
    return {
      asOf,
      created: created.length,
      byKind: [...counts].map(([kind, count]) => ({ kind, count })),
    };
  }

  // ——— settings ———

  async settings(ctx: RequestContext): Promise<UserSettings> {
    const viewer = requireViewer(ctx);
    return (await this.repository.settings(ctx, viewer.userId)) ?? defaultSettings(viewer.userId);
  }

  /** Settings of any user, for other modules (peers, insights): defaults when none are stored. */
  async settingsOf(ctx: RequestContext, userId: string): Promise<UserSettings> {
    return (await this.repository.settings(ctx, userId)) ?? defaultSettings(userId);
  }

  /** Changes the fields given (null clears one back to its default). */
  async updateSettings(ctx: RequestContext, patch: SettingsPatch): Promise<UserSettings> {
    const current = await this.settings(ctx);
    if (patch.defaultQuarter) {
      try {
        parseQuarter(patch.defaultQuarter);
      } catch (e) {
        if (e instanceof QuarterError) throw badInput('defaultQuarter', e.message);
        throw e;
      }
    }
    const next: UserSettings & { updatedAt: Date } = {
      ...current,
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.comparisonGroup !== undefined && { comparisonGroup: patch.comparisonGroup }),
      ...(patch.defaultQuarter !== undefined && { defaultQuarter: patch.defaultQuarter }),
      ...(patch.paymentDueDays !== undefined && {
        paymentDueDays: patch.paymentDueDays ?? defaultSettings(current.userId).paymentDueDays,
      }),
      ...(patch.mutedKinds !== undefined && { mutedKinds: [...new Set(patch.mutedKinds ?? [])].sort() }),
      updatedAt: ctx.now(),
    };
    await this.repository.saveSettings(ctx, next);
    return next;
  }
}
