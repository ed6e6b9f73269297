import { randomUUID } from 'node:crypto';
import { inTransaction, RequestContext, RequestScope, Role } from '../../common/context';
import { isValidIsoDate, koreanDate } from '../../common/dates';
import { badInput, forbidden, notFound } from '../../common/errors';
import {
  addQuarters,
  firstDay,
  formatQuarter,
  parseQuarter,
  quarterBounds,
  quarterOfDate,
  quarterOfInstant,
  QuarterError,
} from '../../common/quarters';
import type { JobRunner } from '../../platform/jobs/job-runner';
import { CustomerEntity, CustomerService, isStaff, requireViewer } from '../customers';
import {
  DEFAULT_COMBINE_CONFIG,
  DEFAULT_FEATURE_CONFIG,
  DEFAULT_RULE_CONFIG,
  EMPTY_REFERENCE,
  evaluateRules,
  extractFeatures,
  scoreExtracted,
  type AnomalyTransaction,
  type FeatureContribution,
  type RuleHit,
} from './anomaly';
import { refitSupervised, type StoredPurchase } from './fraud-model';
import { assignCluster, squaredDistance, standardise } from './clusters/kmeans';
import { clusterFeatureVector } from './clusters/cluster-features';
import type { Reason } from './explain';
import { InsightsService } from './insights.service';
import { DEFAULT_LIFE_STAGE_THRESHOLDS, LIFE_STAGES, LifeStage } from './life-stage/life-stage';
import { windowKey } from './insights.loaders';
import { ModelKind, modelVersionName, ModelRef, peerMetrics, refOf } from './models/model-kinds';
import { comparePeersWithModel, type PeerLevel, StoredPeerComparison } from './models/peer-model';
import { FeedbackLabel, refitModels } from './models/refit';
import { PRODUCT_CATALOGUE, type ProductKind } from './recommend/catalogue';
import { recommendProducts } from './recommend/recommend';
import type { AcceptanceRow, ModelVersionRow, RecommendationLogRow } from './insights.repository';
import type { QuarterFeatures } from './features';
import type { HealthBand } from './health/health-score';
import type { LoanRiskBand } from './loan-risk/loan-risk';

/** The job that fits and stores new insight model versions (also `npm run refit`). */
export const INSIGHTS_REFIT_JOB = 'insights.refit';
export interface InsightsRefitJob {
  /** Date (YYYY-MM-DD) the data is read as of; default today in Korea. */
  asOf?: string;
}

export interface RefitSummary {
  asOf: string;
  quarter: string;
  versions: { kind: ModelKind; version: string; training: Record<string, unknown> }[];
  skipped: string[];
}

export interface ClusterView {
  model: ModelRef;
  quarter: string;
  cluster: number;
  label: string;
  distance: number;
  size: number;
  distinctive: { feature: string; z: number }[];
}

export interface SimilarView {
  model: ModelRef;
  /** Staff see who the neighbours are; a customer sees anonymised peers only (customer = null). */
  neighbours: { rank: number; distance: number; cluster: number; customer: CustomerEntity | null }[];
}

export interface PeerView extends StoredPeerComparison {
  model: ModelRef;
  quarter: string;
}

export interface ViewerPreferences {
  defaultQuarter: string | null;
  comparisonGroup: PeerLevel | null;
}

export interface AnomalyView {
  transactionId: string;
  cardId: string | null;
  merchantName: string | null;
  amount: string;
  occurredAt: Date;
  category: string | null;
  score: number;
  forestScore: number | null;
  ruleScore: number;
  flagged: boolean;
  reasons: readonly RuleHit[];
  topFeatures: readonly FeatureContribution[];
}

export interface AnomaliesView {
  model: ModelRef;
  quarter: string;
  /** Purchases scored in the quarter. */
  scanned: number;
  flaggedCount: number;
  items: AnomalyView[];
  /** Cursor of the last item (pass as `after` for the next page); null when the page is empty. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface RecommendationView extends RecommendationLogRow {
  reasonsList: Reason[];
  model: ModelRef;
}

export const RECOMMENDATION_OUTCOMES = ['ACCEPTED', 'DISMISSED', 'CONVERTED'] as const;
export type RecommendationOutcome = (typeof RECOMMENDATION_OUTCOMES)[number];

/** Days of earlier purchases read as history for a quarter's anomaly features (the engine's 90-day window). */
const HISTORY_DAYS = 90;
/** Training window of the forest and how many customers' purchases it samples. */
const FOREST_WINDOW_DAYS = 180;
const FOREST_MAX_CUSTOMERS = 2_000;
const DAY_MS = 86_400_000;

function quarterArg(label: string | null | undefined, field = 'quarter'): string | null {
  if (label === null || label === undefined) return null;
  try {
    return formatQuarter(parseQuarter(label));
  } catch (e) {
    if (e instanceof QuarterError) throw badInput(field, 'must look like 2025Q3');
    throw e;
  }
}

/**
 * The stored-model side of the insights: the refit (fits every kind and stores new versions), and the
 * per-customer reads that use the newest versions — cluster, similar customers, peers, anomalies,
 * recommendations (logged) — plus life-stage feedback and recommendation outcomes.
 */
export class InsightModelsService {
  constructor(
    private readonly insights: InsightsService,
    private readonly customers: CustomerService,
    private readonly jobs?: JobRunner,
    /** The viewer's own defaults (user settings): quarter shown when none is asked for, peer level to start at. */
    private readonly preferences?: (ctx: RequestContext) => Promise<ViewerPreferences>,
    /** Purchases in a window with their fraud-case labels (the fraud module's), for the supervised model. */
    private readonly labelledPurchases?: (
      ctx: RequestContext,
      from: Date,
      to: Date,
    ) => Promise<StoredPurchase[]>,
  ) {}

  /** The quarter asked for, else the viewer's default quarter, else null (the latest). */
  private async quarterFor(ctx: RequestContext, quarter: string | null | undefined): Promise<string | null> {
    if (quarter !== null && quarter !== undefined) return quarterArg(quarter);
    return quarterArg((await this.preferences?.(ctx))?.defaultQuarter ?? null);
  }

  /** Enqueues `insights.refit` (ADMIN); one queued refit at a time. Returns the job id. */
  async requestRefit(ctx: RequestContext, asOf?: string | null): Promise<string> {
    if (requireViewer(ctx).role !== Role.ADMIN) throw forbidden('Refitting insight models is for admins');
    if (asOf != null && !isValidIsoDate(asOf)) throw badInput('asOf', 'must be a date like 2026-01-01');
    if (!this.jobs) throw new Error('no job runner');
    return this.jobs.enqueue<InsightsRefitJob>(INSIGHTS_REFIT_JOB, asOf ? { asOf } : {}, {
      singletonKey: 'insights-refit',
      retryLimit: 0,
    });
  }

  private get repository() {
    return this.insights.repository;
  }

  private get models() {
    return this.insights.models;
  }

  // ——— refit ———

  /**
   * Fits new versions of every model kind from the stored data as of `asOf` and stores them in one
   * transaction (staff or system only). Training quarter = the last complete quarter before `asOf`.
   */
  async refit(ctx: RequestContext, asOf?: string, seed = 'fingraph-insights'): Promise<RefitSummary> {
    const viewer = requireViewer(ctx);
    if (!isStaff(viewer)) throw forbidden('Refitting insight models is for staff');
    const day = asOf ?? koreanDate(ctx.now());
    if (!isValidIsoDate(day)) throw badInput('asOf', 'must be a date like 2026-01-01');
    const quarter = addQuarters(quarterOfDate(day), -1);
    const label = formatQuarter(quarter);
    const fittedAt = ctx.now();

    // Reads first (outside the write transaction: PGlite has one connection and these are many statements).
    const ids = await this.repository.customersWithQuarters(ctx, firstDay(quarter));
    const features: QuarterFeatures[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      // A fresh request scope per chunk keeps the loaders' caches bounded.
      const chunkCtx: RequestContext = { ...ctx, scope: new RequestScope() };
      const chunk = await Promise.all(
        ids.slice(i, i + 500).map((id) => this.insights.features(chunkCtx, id, label)),
      );
      for (const f of chunk) if (f) features.push(f);
    }
    const byCustomer = new Map(features.map((f) => [f.customerId, f]));
    const feedbackRows = await this.repository.latestFeedback(ctx);
    const feedback: FeedbackLabel[] = feedbackRows
      .filter((f) => (LIFE_STAGES as readonly string[]).includes(f.stage))
      .map((f) => ({
        customerId: f.customerId,
        stage: f.stage as LifeStage,
        features: (f.features as QuarterFeatures | null) ?? byCustomer.get(f.customerId) ?? null,
        quarter: f.quarter ?? label,
      }));
    const current = await this.models.active(ctx, 'LIFE_STAGE_THRESHOLDS');
    const converted = await this.repository.convertedProducts(ctx, ids);
    const end = new Date(`${day}T00:00:00+09:00`);
    const transactions = await this.repository.transactionSample(
      ctx,
      new Date(end.getTime() - FOREST_WINDOW_DAYS * DAY_MS),
      end,
      FOREST_MAX_CUSTOMERS,
    );
    // The supervised fraud model: every purchase of the window with its case label (confirmed / dismissed).
    const labelled = this.labelledPurchases
      ? await this.labelledPurchases(ctx, new Date(end.getTime() - FOREST_WINDOW_DAYS * DAY_MS), end)
      : [];
    const supervised = refitSupervised(labelled, seed);
    const out = refitModels({
      features,
      feedback,
      currentThresholds: current?.params.thresholds ?? DEFAULT_LIFE_STAGE_THRESHOLDS,
      converted,
      transactions,
      seed,
      quarter: label,
    });

    const versions = await inTransaction(ctx, async (tx) => {
      const stored: RefitSummary['versions'] = [];
      const put = async (kind: ModelKind, params: unknown, training: Record<string, unknown>) => {
        const number = await this.repository.nextNumber(tx, kind);
        const version = modelVersionName(kind, number, params);
        const id = await this.repository.insertVersion(tx, {
          kind,
          version,
          number,
          fittedAt,
          training: { asOf: day, ...training },
          params,
        });
        stored.push({ kind, version, training });
        return id;
      };
      await put('LIFE_STAGE_THRESHOLDS', out.lifeStage.params, out.lifeStage.training);
      if (out.clusters) {
        const id = await put('CLUSTERS', out.clusters.params, out.clusters.training);
        await this.repository.insertVectors(tx, id, out.clusters.vectors);
      }
      if (out.peers) await put('PEER_PERCENTILES', out.peers.params, out.peers.training);
      if (out.forest) await put('ISOLATION_FOREST', out.forest.params, out.forest.training);
      if (typeof supervised !== 'string')
        await put('FRAUD_SUPERVISED', supervised.params, supervised.training);
      return stored;
    });
    this.models.invalidate();
    const skipped = typeof supervised === 'string' ? [...out.skipped, supervised] : out.skipped;
    ctx.logger.info({ versions: versions.map((v) => v.version), skipped }, 'insight models refit');
    return { asOf: day, quarter: label, versions, skipped };
  }

  /** Stored versions, newest first (staff only); `active` = the newest of its kind. */
  async modelVersions(
    ctx: RequestContext,
    kind: ModelKind | null,
    first: number,
  ): Promise<(Omit<ModelVersionRow, 'params'> & { active: boolean })[]> {
    if (!isStaff(requireViewer(ctx))) throw forbidden('Model versions are for staff');
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw badInput('first', 'must be between 1 and 100');
    const [rows, latest] = await Promise.all([
      this.repository.listVersions(ctx, kind, first),
      this.repository.latestVersions(ctx),
    ]);
    const active = new Set(latest.map((l) => l.id));
    return rows.map(({ params: _p, ...r }) => ({ ...r, active: active.has(r.id) }));
  }

  // ——— cluster, neighbours, peers ———

  async cluster(
    ctx: RequestContext,
    customerId: string,
    quarter?: string | null,
  ): Promise<ClusterView | null> {
    const label = await this.quarterFor(ctx, quarter);
    const [insights, model] = await Promise.all([
      this.insights.forCustomer(ctx, customerId, label),
      this.models.active(ctx, 'CLUSTERS'),
    ]);
    if (!insights || !model) return null;
    const a = assignCluster(model.params.model, clusterFeatureVector(insights.features));
    return {
      model: refOf('CLUSTERS', model),
      quarter: insights.features.quarter,
      cluster: a.cluster,
      label: model.params.labels[a.cluster] ?? `cluster ${a.cluster}`,
      distance: Math.round(a.distance * 1e6) / 1e6,
      size: model.params.model.sizes[a.cluster] ?? 0,
      distinctive: a.distinctive,
    };
  }

  async similarCustomers(
    ctx: RequestContext,
    customerId: string,
    first: number,
  ): Promise<SimilarView | null> {
    if (!Number.isInteger(first) || first < 1 || first > 50)
      throw badInput('first', 'must be between 1 and 50');
    const viewer = requireViewer(ctx);
    const [insights, model] = await Promise.all([
      this.insights.forCustomer(ctx, customerId, null),
      this.models.active(ctx, 'CLUSTERS'),
    ]);
    if (!insights || !model) return null;
    const vectors = await this.models.vectors(ctx, model.id);
    const own = vectors.find((v) => v.customerId === customerId);
    const target = own?.z ?? standardise(model.params.model.scaler, clusterFeatureVector(insights.features));
    const ranked = vectors
      .filter((v) => v.customerId !== customerId)
      .map((v) => ({ v, d: Math.sqrt(squaredDistance(target, v.z)) }))
      .sort((a, b) => a.d - b.d || (a.v.customerId < b.v.customerId ? -1 : 1))
      .slice(0, first);
    const staff = isStaff(viewer);
    const people = staff
      ? await Promise.all(ranked.map((r) => this.customers.getById(ctx, r.v.customerId).catch(() => null)))
      : ranked.map(() => null);
    return {
      model: refOf('CLUSTERS', model),
      neighbours: ranked.map((r, i) => ({
        rank: i + 1,
        distance: Math.round(r.d * 1e6) / 1e6,
        cluster: r.v.cluster,
        customer: people[i],
      })),
    };
  }

  async peerComparison(
    ctx: RequestContext,
    customerId: string,
    quarter?: string | null,
  ): Promise<PeerView | null> {
    const label = await this.quarterFor(ctx, quarter);
    const [insights, model, prefs] = await Promise.all([
      this.insights.forCustomer(ctx, customerId, label),
      this.models.active(ctx, 'PEER_PERCENTILES'),
      this.preferences?.(ctx),
    ]);
    if (!insights || !model) return null;
    const f = insights.features;
    const result = comparePeersWithModel(
      model.params,
      { age: f.age, region: f.region, lifeStage: insights.lifeStage.stage, metrics: peerMetrics(f) },
      model.params.quarter === f.quarter,
      prefs?.comparisonGroup ?? undefined,
    );
    return { ...result, model: refOf('PEER_PERCENTILES', model), quarter: f.quarter };
  }

  // ——— anomalies ———

  async anomalies(
    ctx: RequestContext,
    customerId: string,
    args: { quarter?: string | null; first: number; flaggedOnly: boolean; after?: string | null },
  ): Promise<AnomaliesView> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100)
      throw badInput('first', 'must be between 1 and 100');
    await this.customers.getById(ctx, customerId); // ownership checked there
    const q = args.quarter ? parseQuarter(quarterArg(args.quarter)!) : quarterOfInstant(ctx.now());
    const { start, end } = quarterBounds(q);
    const model = await this.models.active(ctx, 'ISOLATION_FOREST');
    const loaders = this.insights.loaders(ctx);
    const purchases = await loaders.purchases.load(
      windowKey(customerId, new Date(start.getTime() - HISTORY_DAYS * DAY_MS), end),
    );
    const scored: Omit<AnomalyView, 'cardId' | 'merchantName'>[] = [];
    const history: AnomalyTransaction[] = [];
    for (const tx of purchases) {
      if (tx.occurredAt >= start) {
        if (model) {
          const a = scoreExtracted(
            model.params,
            tx.id,
            extractFeatures(history, tx, model.params.featureConfig, model.params.reference),
          );
          scored.push({ ...base(tx), ...a, forestScore: a.forestScore });
        } else {
          // Documented fallback: rules only, at the default weights and alert threshold.
          const rules = evaluateRules(
            extractFeatures(history, tx, DEFAULT_FEATURE_CONFIG, EMPTY_REFERENCE).facts,
            DEFAULT_RULE_CONFIG,
          );
          scored.push({
            ...base(tx),
            score: rules.score,
            forestScore: null,
            ruleScore: rules.score,
            flagged: rules.score >= DEFAULT_COMBINE_CONFIG.alertThreshold,
            reasons: rules.hits,
            topFeatures: [],
          });
        }
      }
      history.push(tx);
    }
    const flaggedCount = scored.filter((s) => s.flagged).length;
    const label = formatQuarter(q);
    const ordered = scored
      .filter((s) => !args.flaggedOnly || s.flagged)
      .sort((a, b) => b.score - a.score || (a.transactionId < b.transactionId ? -1 : 1));
    let from = 0;
    if (args.after) {
      // Cursor = the quarter and the last transaction seen, in this (score, id) order.
      const [cursorQuarter, lastId] = Buffer.from(args.after, 'base64url').toString('utf8').split('|');
      const at = ordered.findIndex((s) => s.transactionId === lastId);
      if (cursorQuarter !== label || at < 0) throw badInput('after', 'is not a cursor of this list');
      from = at + 1;
    }
    const chosen = ordered.slice(from, from + args.first);
    const merchants = await Promise.all(chosen.map((c) => loaders.merchants.load(c.transactionId)));
    return {
      model: refOf('ISOLATION_FOREST', model),
      quarter: label,
      scanned: scored.length,
      flaggedCount,
      endCursor:
        chosen.length > 0
          ? Buffer.from(`${label}|${chosen[chosen.length - 1].transactionId}`).toString('base64url')
          : null,
      hasNextPage: from + chosen.length < ordered.length,
      items: chosen.map((c, i) => ({
        ...c,
        cardId: merchants[i]?.cardId ?? null,
        merchantName: merchants[i]?.merchantName ?? null,
      })),
    };
  }

  // ——— recommendations ———

  /** Recommendations for the customer's latest (or given) quarter; every one served is logged. */
  async recommendations(
    ctx: RequestContext,
    customerId: string,
    args: { quarter?: string | null; first: number; kind?: ProductKind | null },
  ): Promise<RecommendationView[]> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > 20)
      throw badInput('first', 'must be between 1 and 20');
    const label = await this.quarterFor(ctx, args.quarter);
    const loaders = this.insights.loaders(ctx);
    const [insights, model, held] = await Promise.all([
      this.insights.forCustomer(ctx, customerId, label),
      this.models.active(ctx, 'CLUSTERS'),
      loaders.converted.load(customerId),
    ]);
    if (!insights) return [];
    let cluster: { id: number; size: number; holders: Record<string, number> } | null = null;
    if (model) {
      const a = assignCluster(model.params.model, clusterFeatureVector(insights.features));
      cluster = {
        id: a.cluster,
        size: model.params.model.sizes[a.cluster] ?? 0,
        holders: model.params.holders[String(a.cluster)] ?? {},
      };
    }
    const recs = recommendProducts(
      {
        features: insights.features,
        lifeStage: insights.lifeStage.stage,
        healthBand: insights.health.band as HealthBand | null,
        loanRiskBand: insights.loanRisk.band as LoanRiskBand,
        heldProductIds: held,
        cluster,
      },
      {
        first: args.first,
        // Only the kind asked (the counsellor's "적금 추천해주세요"): nothing else is served, nor logged as served.
        ...(args.kind ? { catalogue: PRODUCT_CATALOGUE.filter((p) => p.kind === args.kind) } : {}),
      },
    );
    const ref = refOf('CLUSTERS', model);
    const servedAt = ctx.now();
    const rows: RecommendationLogRow[] = recs.map((r) => ({
      id: randomUUID(),
      customerId,
      productCode: r.productId,
      productKind: r.kind,
      score: r.score,
      ruleScore: r.ruleScore,
      clusterScore: r.clusterScore,
      reasons: r.reasons,
      quarter: insights.features.quarter,
      modelVersion: model ? ref.version : null,
      servedAt,
      servedTo: ctx.viewer?.userId ?? null,
      outcome: null,
      outcomeAt: null,
      outcomeBy: null,
    }));
    await Promise.all(rows.map((r) => loaders.logRecommendations.load(r)));
    return rows.map((r, i) => ({ ...r, reasonsList: recs[i].reasons, model: ref }));
  }

  async recordRecommendationOutcome(
    ctx: RequestContext,
    recommendationId: string,
    outcome: RecommendationOutcome,
  ): Promise<RecommendationView> {
    const viewer = requireViewer(ctx);
    if (!/^[0-9a-f-]{36}$/i.test(recommendationId)) throw badInput('recommendationId', 'is not a valid id');
    if (!(RECOMMENDATION_OUTCOMES as readonly string[]).includes(outcome))
      throw badInput('outcome', 'must be ACCEPTED, DISMISSED or CONVERTED');
    return inTransaction(ctx, async (tx) => {
      const row = await this.repository.recommendation(tx, recommendationId, true);
      if (!row || (!isStaff(viewer) && viewer.customerId !== row.customerId))
        throw notFound('Recommendation');
      const at = tx.now();
      await this.repository.setOutcome(tx, row.id, outcome, at, viewer.userId);
      const updated = { ...row, outcome, outcomeAt: at, outcomeBy: viewer.userId };
      return {
        ...updated,
        reasonsList: row.reasons as Reason[],
        model: row.modelVersion
          ? { kind: 'CLUSTERS', version: row.modelVersion, fittedAt: null, fallback: false }
          : refOf('CLUSTERS', null),
      };
    });
  }

  /** Served, accepted, dismissed and converted per product (staff only). */
  async recommendationAcceptance(
    ctx: RequestContext,
    from: Date | null,
    to: Date | null,
  ): Promise<
    (AcceptanceRow & { acceptanceRate: number | null; conversionRate: number | null; name: string })[]
  > {
    if (!isStaff(requireViewer(ctx))) throw forbidden('Recommendation statistics are for staff');
    if (from && to && from >= to) throw badInput('to', 'must be after from');
    const rows = await this.repository.acceptance(ctx, from, to);
    const names = new Map(PRODUCT_CATALOGUE.map((p) => [p.id, p.name.en]));
    return rows.map((r) => ({
      ...r,
      name: names.get(r.productCode) ?? r.productCode,
      acceptanceRate: r.served > 0 ? Math.round((r.accepted / r.served) * 1e4) / 1e4 : null,
      conversionRate: r.served > 0 ? Math.round((r.converted / r.served) * 1e4) / 1e4 : null,
    }));
  }

  // ——— life-stage feedback ———

  /** Stores a correction (staff, or the customer for themselves) with the features it was given against. */
  async submitLifeStageFeedback(
    ctx: RequestContext,
    input: { customerId: string; lifeStage: string; comment?: string | null },
  ): Promise<{
    id: string;
    customer: CustomerEntity;
    lifeStage: string;
    submittedAt: Date;
    submittedRole: Role;
  }> {
    const viewer = requireViewer(ctx);
    if (!(LIFE_STAGES as readonly string[]).includes(input.lifeStage))
      throw badInput('lifeStage', `must be one of ${LIFE_STAGES.join(', ')}`);
    const comment = input.comment?.trim() || null;
    if (comment && comment.length > 1000) throw badInput('comment', 'must be at most 1000 characters');
    // Global id in, ownership checked there (staff, or the customer themselves).
    const customer = await this.customers.getByGlobalId(ctx, input.customerId, 'customerId');
    const customerId = customer.id;
    const insights = await this.insights.forCustomer(ctx, customerId, null);
    const id = randomUUID();
    const submittedAt = ctx.now();
    await this.repository.insertFeedback(ctx, {
      id,
      customerId,
      stage: input.lifeStage,
      comment,
      quarter: insights?.features.quarter ?? formatQuarter(quarterOfInstant(submittedAt)),
      features: (insights?.features as unknown as Record<string, unknown>) ?? null,
      inferredStage: insights?.lifeStage.inferred.stage ?? null,
      submittedBy: viewer.userId,
      submittedRole: viewer.role,
      submittedAt,
    });
    // This request's memo would still answer with the old stage.
    this.insights.loaders(ctx).feedback.clear(customerId);
    this.insights.forget(ctx, customerId);
    return { id, customer, lifeStage: input.lifeStage, submittedAt, submittedRole: viewer.role };
  }
}

function base(tx: AnomalyTransaction) {
  return {
    transactionId: tx.id,
    amount: String(tx.amount),
    occurredAt: tx.occurredAt,
    category: tx.category ?? null,
  };
}
