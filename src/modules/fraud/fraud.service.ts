import { randomUUID } from 'node:crypto';
import { inTransaction, type RequestContext, Role } from '../../common/context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { CountedConnection } from '../../common/graphql/types';
import { toConnection, toPageRequest, type PageArgs } from '../../common/pagination';
import { AuditKind, type AuditService } from '../audit';
import { isStaff, requireViewer } from '../customers';
import { NotificationKind } from '../notifications';
import type { NotificationFact } from '../notifications/notification.model';
import {
  type FlaggedForCase,
  type FraudCaseRow,
  FraudCaseSource,
  FraudCaseState,
  FraudDecision,
} from './fraud.model';
import type { FraudRepository } from './fraud.repository';
import {
  computeWindowedFeatures,
  scoreSupervised,
  toWindowedInputs,
  type SupervisedModel,
  type SupervisedScore,
} from '../insights/fraud-model';

export interface FraudSettings {
  /** A flagged transaction whose anomaly score reaches this opens a case (FRAUD_CASE_THRESHOLD, default 0.6). */
  caseThreshold: number;
}

/** The newest stored supervised fraud model (the insight model store's FRAUD_SUPERVISED version), or null. */
export type SupervisedModelSource = (
  ctx: RequestContext,
) => Promise<{ version: string; params: SupervisedModel } | null>;

/** A case's transaction as the newest supervised model scores it. */
export interface SupervisedCaseScore extends SupervisedScore {
  modelVersion: string;
}

const DAY_MS = 86_400_000;

/** Delivers notices (the notifications module's `notify`: stored once per fact, pushed over graphql-ws). */
export type Notify = (ctx: RequestContext, facts: NotificationFact[]) => Promise<unknown>;

const TRANSACTION_ID = /^[1-9]\d{0,17}$/;

/**
 * Fraud cases: opened by the anomaly scan for transactions scored at or above the threshold, or by the customer's
 * "not me" report; resolved by staff. One case per transaction (the database's unique key decides), every change
 * audited in its own transaction, the customer told once about a newly flagged transaction.
 */
export class FraudService {
  constructor(
    private readonly repository: FraudRepository,
    private readonly audit: AuditService,
    private readonly notify: Notify,
    private readonly settings: FraudSettings,
    private readonly supervisedModel: SupervisedModelSource = async () => null,
  ) {}

  /**
   * Each case's transaction scored by the newest supervised model (labels of resolved cases → refit job), beside
   * the anomaly score the scan opened it with; null for every case while no version is stored. One statement for
   * the history of all the cases' customers and merchants: the customer windows end at the transaction, the
   * merchant's fraud share ends the model's delay before it (the features it was fitted on).
   */
  async supervisedScores(
    ctx: RequestContext,
    cases: readonly Pick<
      FraudCaseRow,
      'transactionId' | 'customerId' | 'merchantName' | 'amount' | 'occurredAt'
    >[],
  ): Promise<(SupervisedCaseScore | null)[]> {
    if (cases.length === 0) return [];
    const model = await this.supervisedModel(ctx);
    if (!model) return cases.map(() => null);
    const { windows } = model.params;
    const reach = (Math.max(...windows.windowsDays) + windows.delayDays + 1) * DAY_MS;
    const times = cases.map((c) => c.occurredAt.getTime());
    const history = toWindowedInputs(
      await this.repository.purchasesAround(
        ctx,
        [...new Set(cases.map((c) => c.customerId))],
        [...new Set(cases.map((c) => c.merchantName))],
        new Date(Math.min(...times) - reach),
        new Date(Math.max(...times) + 1),
      ),
    );
    const targets = toWindowedInputs(
      cases.map((c) => ({
        id: c.transactionId,
        customerId: c.customerId,
        merchantName: c.merchantName,
        amount: Number(c.amount),
        occurredAt: c.occurredAt,
        fraud: null,
      })),
    );
    return computeWindowedFeatures(history, targets, windows).map((vector) => ({
      ...scoreSupervised(model.params, vector),
      modelVersion: model.version,
    }));
  }

  get caseThreshold(): number {
    return this.settings.caseThreshold;
  }

  /**
   * Opens a case for each flagged transaction at or above the threshold that has none (system or staff); the
   * customer hears of each new one once (FLAGGED_TRANSACTION notice, the same fact key the notification scan uses;
   * the scan itself passes `notify: false`, as it stores the same facts right after and counts them).
   */
  async openFlagged(
    ctx: RequestContext,
    flagged: FlaggedForCase[],
    options: { notify: boolean } = { notify: true },
  ): Promise<FraudCaseRow[]> {
    const viewer = requireViewer(ctx);
    if (!isStaff(viewer)) throw forbidden('Opening fraud cases is for staff and jobs');
    const due = flagged.filter((f) => f.score >= this.settings.caseThreshold);
    if (due.length === 0) return [];
    const opened = await inTransaction(ctx, async (tx) => {
      const ids = await this.repository.insertNew(
        tx,
        due.map((f) => ({
          id: randomUUID(),
          transactionId: f.transactionId,
          customerId: f.customerId,
          source: FraudCaseSource.ANOMALY,
          score: Math.min(1, Math.max(0, f.score)),
          note: null,
        })),
        tx.now(),
      );
      const rows: FraudCaseRow[] = [];
      for (const id of ids) {
        const row = (await this.repository.byId(tx, id))!;
        await this.audit.record(tx, {
          kind: AuditKind.FRAUD_CASE,
          subjectType: 'FraudCase',
          subjectId: id,
          customerId: row.customerId,
          data: { action: 'OPENED', source: row.source, transactionId: row.transactionId, score: row.score },
        });
        rows.push(row);
      }
      return rows;
    });
    if (!options.notify) return opened;
    const facts: NotificationFact[] = [];
    for (const row of opened) {
      const userId = await this.repository.customerUser(ctx, row.customerId);
      if (userId) facts.push(flaggedFact(userId, row));
    }
    if (facts.length > 0) await this.notify(ctx, facts);
    return opened;
  }

  /**
   * The customer's "not me" on one of their own card purchases: opens a case (source CUSTOMER_REPORT) or notes the
   * report on the existing one (a dismissed case opens again). Repeating it changes nothing more.
   */
  async reportNotMine(
    ctx: RequestContext,
    transactionId: string,
    note: string | null,
  ): Promise<FraudCaseRow> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.CUSTOMER || !viewer.customerId)
      throw forbidden('Only the card holder (a CUSTOMER) can report a transaction as not theirs');
    if (!TRANSACTION_ID.test(transactionId)) throw badInput('transactionId', 'must be a card transaction id');
    const text = note?.trim() || null;
    if (text !== null && text.length > 500) throw badInput('note', 'at most 500 characters');
    return inTransaction(ctx, async (tx) => {
      const owner = await this.repository.transactionOwner(tx, transactionId);
      // Someone else's transaction reads as missing (no existence oracle).
      if (owner !== viewer.customerId) throw notFound('Card transaction');
      const existing = await this.repository.byTransaction(tx, transactionId, true);
      if (existing) {
        const unchanged =
          existing.customerReportedAt !== null &&
          (text === null || text === existing.customerNote) &&
          existing.state !== FraudCaseState.DISMISSED;
        if (unchanged) return existing;
        await this.repository.markReported(tx, existing.id, text, tx.now());
        await this.audit.record(tx, {
          kind: AuditKind.FRAUD_CASE,
          subjectType: 'FraudCase',
          subjectId: existing.id,
          customerId: existing.customerId,
          data: {
            action: 'CUSTOMER_REPORT',
            transactionId,
            note: text,
            reopened: existing.state === FraudCaseState.DISMISSED,
          },
        });
        return (await this.repository.byId(tx, existing.id))!;
      }
      const [id] = await this.repository.insertNew(
        tx,
        [
          {
            id: randomUUID(),
            transactionId,
            customerId: owner,
            source: FraudCaseSource.CUSTOMER_REPORT,
            score: null,
            note: text,
          },
        ],
        tx.now(),
      );
      await this.audit.record(tx, {
        kind: AuditKind.FRAUD_CASE,
        subjectType: 'FraudCase',
        subjectId: id,
        customerId: owner,
        data: { action: 'OPENED', source: FraudCaseSource.CUSTOMER_REPORT, transactionId, note: text },
      });
      return (await this.repository.byId(tx, id))!;
    });
  }

  /** Staff confirm or dismiss an open case with a reason. The same decision again is a no-op; a different one conflicts. */
  async resolve(
    ctx: RequestContext,
    id: string,
    decision: FraudDecision,
    reason: string,
  ): Promise<FraudCaseRow> {
    const viewer = requireViewer(ctx);
    if (!isStaff(viewer)) throw forbidden('Resolving fraud cases is for analysts and admins');
    const why = reason.trim();
    if (why.length < 3 || why.length > 500) throw badInput('reason', 'must be 3 to 500 characters');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badInput('id', 'is not a fraud case id');
    const state =
      decision === FraudDecision.CONFIRMED_FRAUD ? FraudCaseState.CONFIRMED_FRAUD : FraudCaseState.DISMISSED;
    return inTransaction(ctx, async (tx) => {
      const current = await this.repository.byId(tx, id, true);
      if (!current) throw notFound('Fraud case');
      if (current.state === state) return current;
      if (current.state !== FraudCaseState.OPEN)
        throw conflict(`The case is already ${current.state}; only an OPEN case can be resolved`);
      await this.repository.resolve(
        tx,
        id,
        state,
        why,
        /^[0-9a-f-]{36}$/i.test(viewer.userId) ? viewer.userId : null,
        tx.now(),
      );
      await this.audit.record(tx, {
        kind: AuditKind.FRAUD_CASE,
        subjectType: 'FraudCase',
        subjectId: id,
        customerId: current.customerId,
        data: { action: state, transactionId: current.transactionId, reason: why },
      });
      return (await this.repository.byId(tx, id))!;
    });
  }

  /** Cases newest first (ANALYST/ADMIN), optionally in one state. */
  async list(
    ctx: RequestContext,
    page: PageArgs,
    state: FraudCaseState | null,
  ): Promise<CountedConnection<FraudCaseRow>> {
    const viewer = requireViewer(ctx);
    if (!isStaff(viewer)) throw forbidden('Fraud cases are for analysts and admins');
    const request = toPageRequest(page);
    if (request.cursor) {
      const [at, id] = request.cursor;
      if (
        typeof at !== 'string' ||
        Number.isNaN(Date.parse(at)) ||
        typeof id !== 'string' ||
        !/^[0-9a-f-]{36}$/i.test(id)
      )
        throw badInput(page.after != null ? 'after' : 'before', 'is not a cursor of this list');
    }
    const rows = await this.repository.page(ctx, request, state);
    return {
      ...toConnection(
        rows,
        request,
        (r) => [r.openedAt.toISOString(), r.id],
        (r) => r,
      ),
      totalCount: () => this.repository.count(ctx, state),
    };
  }
}

function flaggedFact(userId: string, row: FraudCaseRow): NotificationFact {
  return {
    userId,
    kind: NotificationKind.FLAGGED_TRANSACTION,
    // The notification scan's key for the same transaction: whichever comes first, the customer hears it once.
    factKey: `${NotificationKind.FLAGGED_TRANSACTION}:${row.transactionId}`,
    subjectId: null,
    data: {
      transactionId: row.transactionId,
      merchantName: row.merchantName,
      amount: row.amount,
      currency: 'KRW',
      occurredAt: row.occurredAt.toISOString(),
      score: row.score === null ? null : Math.round(row.score * 1000) / 1000,
    },
  };
}
