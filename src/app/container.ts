import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AccessTokens, PasswordHasher } from '../platform/auth';
import { createCache } from '../platform/cache';
import type { Cache } from '../platform/cache/cache';
import { createJobRunner } from '../platform/jobs';
import type { JobRunner } from '../platform/jobs/job-runner';
import type { Logger } from '../platform/observability/logger';
import { createPubSub } from '../platform/pubsub';
import type { PubSub } from '../platform/pubsub/pubsub';
import { createTokenStreams } from '../platform/streams';
import type { TokenStreams } from '../platform/streams/token-stream';
import { createRedisClient, pingRedis } from '../platform/redis/redis-client';
import {
  AuthRepository,
  AuthResolver,
  AuthService,
  CustomerLoginFieldResolver,
  LoginThrottle,
  RegistrationThrottle,
  SessionGuard,
  UserFieldResolver,
} from '../modules/auth';
import {
  CUSTOMER_TYPE,
  CustomerRepository,
  CustomerResolver,
  CustomerService,
  toCustomerType,
} from '../modules/customers';
import {
  CustomerLoansFieldResolver,
  LOAN_TYPE,
  LoanRepository,
  LoanFieldsResolver,
  RepaymentFieldsResolver,
  LoanResolver,
  LoanService,
  RepaymentService,
  SimulationResolver,
  SimulationService,
  toLoanType,
} from '../modules/loans';
import {
  CustomerForecastFieldResolver,
  ForecastingResolver,
  ForecastingService,
  IndicatorRepository,
} from '../modules/forecasting';
import {
  IMPORT_TYPE,
  ImportRepository,
  ImportResolver,
  ImportRunner,
  ImportService,
  toImportType,
} from '../modules/imports';
import { NodeRegistry, NodeResolver } from '../modules/node';
import {
  LoanRefinanceFieldsResolver,
  REFINANCE_APPLICATION_TYPE,
  REFINANCE_PRODUCT_TYPE,
  RefinanceApplicationFieldsResolver,
  RefinanceApplicationService,
  RefinanceCatalogueService,
  RefinanceDocumentFieldsResolver,
  RefinanceDocumentService,
  RefinanceOfferService,
  RefinanceProductFieldsResolver,
  RefinancingRepository,
  ProductAdminRepository,
  ProductAdminResolver,
  ProductAdminService,
  RefinancingResolver,
  refinancingLoaders,
  toApplicationType,
  toProductType,
} from '../modules/refinancing';
import { LocalDiskStorage, S3Storage } from '../platform/storage';
import {
  BUNDLED_IMAGE_MODEL_DIR,
  ImageModel,
  type ImageAssessmentEntity,
  ImageQualityResolver,
  ImageQualityService,
  ImagesRepository,
} from '../modules/images';
import {
  CARD_TYPE,
  CardFieldsResolver,
  CustomerQuarterFieldResolver,
  SpendingSummaryFieldResolver,
  CustomerSpendingFieldResolver,
  RECOMPUTE_QUARTER_JOB,
  type RecomputeQuarterJob,
  SpendingRepository,
  SpendingResolver,
  SpendingService,
  toCardType,
} from '../modules/spending';
import {
  COMPUTE_THRESHOLDS_JOB,
  type ComputeThresholdsJob,
  CustomerScenarioFieldResolver,
  ScenarioResolver,
  ScenariosRepository,
  ScenariosService,
} from '../modules/scenarios';
import { CustomerInsightsFieldResolver, InsightsService } from '../modules/insights';
import {
  CustomerInsightModelsFieldResolver,
  INSIGHTS_REFIT_JOB,
  InsightModelsResolver,
  InsightModelsService,
  type InsightsRefitJob,
} from '../modules/insights';
import { type RequestContext, RequestScope, Role } from '../common/context';
import { parseQuarter } from '../common/quarters';
import { TopicResolver, TopicService } from '../modules/topics';
import {
  NOTIFICATION_TYPE,
  NotificationKind,
  NotificationRepository,
  NotificationResolver,
  NotificationService,
  NOTIFICATIONS_SCAN_JOB,
  type NotificationsScanJob,
  settingsLang,
  toNotificationType,
  type UserSettings,
} from '../modules/notifications';
import { FaqCatalogue, FaqRepository, FaqResolver, FaqService } from '../modules/faq';
import { isUuid, toGlobalId } from '../common/global-id';
import {
  CHAT_MESSAGE_TYPE,
  CONVERSATION_TYPE,
  ChatGenerator,
  ChatMemory,
  ChatRepository,
  ChatResolver,
  ChatService,
  createCounsellor,
  type Counsellor,
  type DocumentQualityFigures,
  type DocumentQualitySource,
  toChatMessageType,
  toConversationType,
  chatStreamKey,
} from '../modules/chat';
import { OpenAiProvider } from '../platform/llm';
import { Metrics } from '../platform/observability/metrics';
import { OidcClient } from '../platform/oidc/oidc-client';
import { AuditRepository, AuditResolver, AuditService } from '../modules/audit';
import { FraudCaseFieldsResolver, FraudRepository, FraudResolver, FraudService } from '../modules/fraud';
import { OidcRepository, OidcResolver, OidcService } from '../modules/auth';
import {
  chatOutcomeMeter,
  importProgressMeter,
  meterChatStreams,
  meterJobs,
  meterLlm,
  meterPool,
} from './metered';
import type { Config } from './config';
import { PortfolioRepository, PortfolioResolver, PortfolioService } from '../modules/portfolio';

export interface Services {
  customers: CustomerService;
  auth: AuthService;
  loans: LoanService;
  forecasting: ForecastingService;
  refinanceDocuments: RefinanceDocumentService;
  images: ImageQualityService;
  imports: ImportService;
  spending: SpendingService;
  scenarios: ScenariosService;
  chat: ChatService;
  insightModels: InsightModelsService;
  refinanceOffers: RefinanceOfferService;
  repayments: RepaymentService;
  oidc: OidcService;
  audit: AuditService;
  fraud: FraudService;
  /** FAQ and intent-phrase administration. */
  faq: FaqService;
  /** The per-replica cache of the FAQ catalogue the counsellor reads. */
  faqCatalogue: FaqCatalogue;
}

export interface Container {
  readonly config: Config;
  readonly logger: Logger;
  readonly dataSource: DataSource;
  readonly cache: Cache;
  readonly pubsub: PubSub;
  readonly streams: TokenStreams;
  readonly jobs: JobRunner;
  readonly metrics: Metrics;
  readonly services: Services;
  /** Resolver instances by class, for type-graphql's `container` option. */
  readonly resolvers: Map<Function, object>;
  readonly clock: () => Date;
  ready(): Promise<{ database: boolean; redis?: boolean }>;
  /** Starts periodic work (the notification scan) in a process that runs jobs. */
  startSchedules(): void;
  close(): Promise<void>;
}

/** The promise's outcome, or a rejection after ms (the promise itself is left to settle on its own). */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Embedded mode keeps a generated signing secret beside the data, so sessions survive restarts. */
function jwtSecretFor(config: Config): string {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  if (config.mode === 'services')
    throw new Error('JWT_SECRET is required with DATABASE_URL (every replica must share it)');
  const file = path.join(config.database.dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

// Builds every adapter and service once (constructor injection, no DI framework).
export async function createContainer(opts: {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  clock?: () => Date;
  /** Replaces the counselling pipeline (tests of the chat engine). */
  counsellor?: Counsellor;
  /** This process's metrics registry (a private one when absent: CLIs). */
  metrics?: Metrics;
}): Promise<Container> {
  const { config, logger, dataSource } = opts;
  const metrics = opts.metrics ?? new Metrics({ defaultMetrics: false });
  const clock = opts.clock ?? (() => new Date());
  // The image model first: a manifest that does not match its model refuses the start before anything opens.
  const registry = config.images.s3
    ? new S3Storage(config.images.s3)
    : new LocalDiskStorage(config.images.modelDir ?? BUNDLED_IMAGE_MODEL_DIR);
  const imageModel = config.images.enabled
    ? await ImageModel.load(registry, config.images.model, { threads: config.images.threads })
    : null;
  await imageModel?.warm();
  const redisUrl = config.redisUrl;
  const redisOptions = { redisUrl, prefix: config.redisPrefix, logger, timeouts: config.redis };
  const cache = await createCache(redisOptions);
  const pubsub = await createPubSub(redisOptions);
  const chatStreams = meterChatStreams(
    metrics,
    await createTokenStreams(redisOptions),
    config.llm ? 'llm' : 'offline',
  );
  const streams = chatStreams.streams;
  const jobs = meterJobs(
    metrics,
    await createJobRunner({ databaseUrl: config.database.url, mode: config.jobs.mode, logger }),
  );
  meterPool(metrics, dataSource);
  const redisProbe = redisUrl
    ? await createRedisClient(redisUrl, { name: 'readiness', logger, timeouts: config.redis })
    : undefined;

  const audit = new AuditService(new AuditRepository(), { retentionDays: config.audit.retentionDays });
  const customerRepository = new CustomerRepository();
  const customers = new CustomerService(customerRepository, pubsub);
  const authRepository = new AuthRepository();
  const auth = new AuthService(
    authRepository,
    customers,
    new PasswordHasher(),
    new AccessTokens(jwtSecretFor(config), config.auth.jwtIssuer, config.auth.accessTokenTtlSeconds),
    new LoginThrottle(cache, {
      freeAttempts: config.auth.loginFreeAttempts,
      maxDelaySeconds: config.auth.loginMaxDelaySeconds,
      maxPerAccount: config.auth.loginMaxPerAccount,
      accountMaxDelaySeconds: config.auth.loginAccountMaxDelaySeconds,
      maxPerIp: config.auth.loginMaxPerIp,
      windowSeconds: config.auth.loginWindowSeconds,
    }),
    new RegistrationThrottle(cache, {
      maxPerIp: config.auth.registerMaxPerIp,
      maxPerWindow: config.auth.registerMaxPerWindow,
      windowSeconds: config.auth.registerWindowSeconds,
    }),
    new SessionGuard(cache, pubsub, {
      accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds,
      userAccessCacheSeconds: config.auth.userAccessCacheSeconds,
    }),
    {
      refreshTokenTtlSeconds: config.auth.refreshTokenTtlSeconds,
      registrationOpen: config.auth.registrationOpen,
    },
    audit,
  );

  const oidc = new OidcService(
    new OidcClient(config.oidc),
    new OidcRepository(),
    authRepository,
    auth,
    customers,
    audit,
    new RegistrationThrottle(cache, {
      maxPerIp: config.auth.registerMaxPerIp,
      maxPerWindow: config.auth.registerMaxPerWindow,
      windowSeconds: config.auth.registerWindowSeconds,
    }),
    metrics,
    {
      stateTtlSeconds: config.oidc.stateTtlSeconds,
      handoffTtlSeconds: config.oidc.handoffTtlSeconds,
      registrationOpen: config.auth.registrationOpen,
    },
  );

  const loanRepository = new LoanRepository();
  const { delinquency } = config;
  const loans = new LoanService(
    loanRepository,
    customers,
    {
      assetClass: {
        precautionaryFromDays: delinquency.precautionaryFromDays,
        substandardFromDays: delinquency.substandardFromDays,
        doubtfulFromDays: delinquency.doubtfulFromDays,
        estimatedLossFromDays: delinquency.estimatedLossFromDays,
      },
      creditBureau: {
        shortTermMinAmount: delinquency.shortTermMinAmount,
        shortTermMinBusinessDays: delinquency.shortTermMinBusinessDays,
        longTermMonths: delinquency.longTermMonths,
      },
      penalty: { addOnRate: delinquency.penaltyAddOnRate, maxRate: delinquency.penaltyMaxRate },
      shiftDueDates: delinquency.shiftDueDates,
      holidays: delinquency.holidays,
      rounding: config.moneyRounding,
    },
    config.moneyRounding,
  );
  const repayments = new RepaymentService(loanRepository, config.moneyRounding, loans.delinquencyRules);
  const simulations = new SimulationService(customers, loans);
  const indicatorRepository = new IndicatorRepository();

  const refinancingRepository = new RefinancingRepository();
  const refinancingLoadersOf = refinancingLoaders(refinancingRepository);
  const refinanceCatalogue = new RefinanceCatalogueService(refinancingRepository, refinancingLoadersOf);
  const productAdmin = new ProductAdminService(new ProductAdminRepository(), audit);
  const refinanceOffers = new RefinanceOfferService(refinancingLoadersOf, loans, customers, {
    stayRateCut: config.refinancing.stayRateCut,
    rounding: config.moneyRounding,
  });
  const refinanceApplications = new RefinanceApplicationService(
    refinancingRepository,
    refinanceOffers,
    loans,
    loanRepository,
    repayments,
    customers,
    audit,
  );
  const images = new ImageQualityService(
    new ImagesRepository(),
    imageModel,
    { maxBytes: config.images.maxBytes, maxSide: config.images.maxSide, maxPixels: config.images.maxPixels },
    { maxConcurrent: config.images.maxConcurrent },
  );
  const refinanceDocuments = new RefinanceDocumentService(
    refinancingRepository,
    refinanceApplications,
    new LocalDiskStorage(config.documents.dir),
    config.documents.maxBytes,
    images,
  );

  /** A context for work the system does on its own (jobs, event hooks): ADMIN rights, no request. */
  const systemContext = (requestId: string): RequestContext => ({
    requestId,
    viewer: { userId: 'system', role: Role.ADMIN },
    manager: dataSource.manager,
    scope: new RequestScope(),
    logger: logger.child({ requestId }),
    now: clock,
  });

  const importRunner = new ImportRunner(dataSource, pubsub, cache, logger, clock, {
    maxStoredErrors: config.imports.maxStoredErrors,
    summaryCacheSeconds: config.imports.summaryCacheSeconds,
    xlsx: config.imports.xlsx,
    stageWorkers: config.imports.stageWorkers,
    parallelStageMinBytes: config.imports.parallelStageMinBytes,
    indexRebuildMinRows: config.imports.indexRebuildMinRows,
  });
  // Import throughput from the runner's own progress events.
  const publishProgress = importRunner.publish.bind(importRunner);
  const meterImport = importProgressMeter(metrics);
  importRunner.publish = (progress) => {
    meterImport(progress);
    publishProgress(progress);
  };
  const imports = new ImportService(new ImportRepository(), importRunner, jobs, pubsub, cache, {
    dir: config.imports.dir,
    maxBytes: config.imports.maxBytes,
    maxBadRowShare: config.imports.maxBadRowShare,
    summaryCacheSeconds: config.imports.summaryCacheSeconds,
  });
  // Job handlers are registered in every process; only those that start the runner (worker, or the API in
  // embedded mode) execute them. (The imports' after-run hook is registered with the notifications below.)
  const spending = new SpendingService(new SpendingRepository());
  const forecasting = new ForecastingService(indicatorRepository, {
    sources: {
      monthlySpending: (ctx, customerId) => spending.monthlySpending(ctx, customerId),
      monthlyDebt: (ctx, customerId, untilMonth) => loans.monthlyDebt(ctx, customerId, untilMonth),
      quarterlyDepositBalance: (ctx, customerId) => spending.quarterlyDepositBalance(ctx, customerId),
    },
    cache,
  });
  // Background recompute of customer quarters (imports enqueue it after loading transactions).
  jobs.register<RecomputeQuarterJob>(RECOMPUTE_QUARTER_JOB, async (payload, job) => {
    await spending.recomputeQuarter(
      systemContext(`job:${job.id}`),
      parseQuarter(payload.quarter),
      payload.customerIds,
    );
  });
  const topics = new TopicService();

  const scenarios = new ScenariosService(new ScenariosRepository(), customers, loans, spending);
  const insights = new InsightsService(customers, loans, spending);
  const portfolio = new PortfolioService(new PortfolioRepository(), insights, cache, config.portfolio);
  // A new scenario threshold set from the stored data (also `npm run thresholds`).
  jobs.register<ComputeThresholdsJob>(COMPUTE_THRESHOLDS_JOB, async (payload, job) => {
    await scenarios.computeThresholds(systemContext(`job:${job.id}`), payload.asOf, payload.minGroupSize);
  });

  // The viewer's settings (language, default quarter, peer level), read once per request.
  const viewerSettings = (ctx: RequestContext): Promise<UserSettings> | null =>
    ctx.viewer && isUuid(ctx.viewer.userId) ? notifications.settingsOf(ctx, ctx.viewer.userId) : null;
  const fraudRepository = new FraudRepository();
  const insightModels = new InsightModelsService(
    insights,
    customers,
    jobs,
    async (ctx) => {
      const s = await ctx.scope.get(viewerSettings, ctx);
      return { defaultQuarter: s?.defaultQuarter ?? null, comparisonGroup: s?.comparisonGroup ?? null };
    },
    // Resolved fraud cases label the purchases the supervised model is refit on.
    (ctx, from, to) => fraudRepository.labelledPurchases(ctx, from, to),
  );
  const chatRepository = new ChatRepository();
  // Answers and fallbacks as the generator persists them.
  const finishMessage = chatRepository.finishMessage.bind(chatRepository);
  const meterAnswer = chatOutcomeMeter(metrics);
  chatRepository.finishMessage = async (ctx, id, finish) => {
    const written = await finishMessage(ctx, id, finish);
    if (written !== null) meterAnswer({ ...finish, status: written });
    return written;
  };
  const chatMemory = new ChatMemory(cache, chatRepository, config.chat);
  const llm = config.llm
    ? meterLlm(
        metrics,
        new OpenAiProvider({
          ...config.llm,
          logger: logger.child({ component: 'llm' }),
          onRetry: () => metrics.llmRetries.inc(),
        }),
      )
    : null;
  // FAQ entries and intent phrases: one cache per replica, invalidated over pub/sub when any replica changes them.
  const faqRepository = new FaqRepository();
  const faqCatalogue = new FaqCatalogue(faqRepository, pubsub, { recheckSeconds: 30 });
  const faq = new FaqService(faqRepository, faqCatalogue, audit);
  const chatGenerator = new ChatGenerator(
    chatRepository,
    opts.counsellor ??
      createCounsellor({
        customers,
        loans,
        spending,
        scenarios,
        forecasting,
        imports,
        insights,
        simulations,
        refinanceOffers,
        insightModels,
        repayments,
        documentQuality: documentQualitySource(refinanceDocuments, images),
        faqCatalogue,
        cache,
      }),
    streams,
    chatMemory,
    llm,
    {
      offlineTokenDelayMs: config.chat.offlineTokenDelayMs,
      streamTtlSeconds: config.chat.streamTtlSeconds,
      maxToolRounds: config.llm?.maxToolRounds ?? 0,
      fallback: config.llm?.fallback ?? 'offline',
    },
    logger.child({ component: 'chat' }),
  );
  // Time to first token counts from the start of a generation.
  const startGeneration = chatGenerator.start.bind(chatGenerator);
  chatGenerator.start = (job) => {
    chatStreams.begin(chatStreamKey(job.assistantId));
    return startGeneration(job);
  };
  const chat = new ChatService(
    chatRepository,
    chatGenerator,
    chatMemory,
    streams,
    cache,
    pubsub,
    config.chat,
  );
  chat.listenForCancels();
  await chat.recoverStale({
    requestId: 'startup-chat-recovery',
    viewer: { userId: 'system', role: Role.ADMIN },
    manager: dataSource.manager,
    scope: new RequestScope(),
    logger,
    now: clock,
  });

  // New insight model versions (clusters, peers, forest, life-stage thresholds) — also `npm run refit`.
  jobs.register<InsightsRefitJob>(INSIGHTS_REFIT_JOB, async (payload, job) => {
    await insightModels.refit(systemContext(`job:${job.id}`), payload.asOf);
  });

  // Fraud cases: the notification scan's flagged transactions at or above the case threshold open cases; the
  // customer hears of each once (the scan's FLAGGED_TRANSACTION notice, one per transaction).
  const fraud: FraudService = new FraudService(
    fraudRepository,
    audit,
    (ctx, facts) => notifications.notify(ctx, facts),
    config.fraud,
    (ctx) => insights.models.active(ctx, 'FRAUD_SUPERVISED'),
  );
  const notifications: NotificationService = new NotificationService(
    new NotificationRepository(),
    pubsub,
    {
      flagged: async (ctx, customerId) => {
        const { items } = await insightModels.anomalies(ctx, customerId, { first: 100, flaggedOnly: true });
        // The scan notifies these very facts next (same fact key), so the cases open without a notice of their own.
        await fraud.openFlagged(
          ctx,
          items.map((i) => ({ transactionId: i.transactionId, customerId, score: i.score })),
          { notify: false },
        );
        return items;
      },
      loanGlobalId: (id) => toGlobalId(LOAN_TYPE, id),
      applicationGlobalId: (id) => toGlobalId(REFINANCE_APPLICATION_TYPE, id),
    },
    config.notifications,
  );
  // Every refinance application transition notifies the applicant once (stored in the transition's transaction).
  refinanceApplications.onStatusChange((tx, change) => notifications.applicationStatusChanged(tx, change));
  jobs.register<NotificationsScanJob>(NOTIFICATIONS_SCAN_JOB, async (payload, job) => {
    const summary = await notifications.scan(systemContext(`job:${job.id}`), payload);
    if (summary.created > 0) logger.info(summary, 'notifications created');
  });
  imports.registerJobs(async (importId) => {
    // The one who started it hears it finished; new card transactions may hold flagged ones (scanned idempotently).
    const ctx = systemContext(`import:${importId}`);
    const finished = await imports.get(ctx, importId);
    if (finished.status !== 'SUCCEEDED' && finished.status !== 'FAILED') return;
    await notifications.notify(ctx, [
      {
        userId: finished.createdBy,
        kind: NotificationKind.IMPORT_FINISHED,
        factKey: `${NotificationKind.IMPORT_FINISHED}:${finished.id}`,
        subjectId: toGlobalId(IMPORT_TYPE, finished.id),
        data: { status: finished.status, target: finished.target },
      },
    ]);
    if (finished.status === 'SUCCEEDED' && finished.target === 'TRANSACTIONS')
      await jobs.enqueue<NotificationsScanJob>(NOTIFICATIONS_SCAN_JOB, {
        kinds: [NotificationKind.FLAGGED_TRANSACTION],
      });
  });
  let scanTimer: NodeJS.Timeout | undefined;

  const nodes = new NodeRegistry()
    .register(CUSTOMER_TYPE, async (ctx, id) => toCustomerType(await customers.getById(ctx, id), ctx.now()))
    .register(LOAN_TYPE, async (ctx, id) => toLoanType(await loans.getById(ctx, id)))
    .register(REFINANCE_PRODUCT_TYPE, async (ctx, id) =>
      toProductType(await refinanceCatalogue.getById(ctx, id)),
    )
    .register(REFINANCE_APPLICATION_TYPE, async (ctx, id) =>
      toApplicationType(await refinanceApplications.getById(ctx, id)),
    )
    .register(IMPORT_TYPE, async (ctx, id) => toImportType(await imports.get(ctx, id)))
    .register(CARD_TYPE, async (ctx, id) => toCardType(await spending.card(ctx, id)))
    .register(CONVERSATION_TYPE, async (ctx, id) => {
      const c = await chat.conversation(ctx, id);
      return c && toConversationType(c);
    })
    .register(CHAT_MESSAGE_TYPE, async (ctx, id) => {
      const m = await chat.message(ctx, id);
      return m && toChatMessageType(m);
    })
    .register(NOTIFICATION_TYPE, async (ctx, id) => {
      const [n, settings] = await Promise.all([notifications.get(ctx, id), notifications.settings(ctx)]);
      return n && toNotificationType(n, settingsLang(settings));
    });

  const resolvers = new Map<Function, object>([
    [NodeResolver, new NodeResolver(nodes)],
    [CustomerResolver, new CustomerResolver(customers)],
    [AuthResolver, new AuthResolver(auth)],
    [CustomerLoginFieldResolver, new CustomerLoginFieldResolver(authRepository)],
    [UserFieldResolver, new UserFieldResolver(customers)],
    [LoanResolver, new LoanResolver(loans, customers)],
    [CustomerLoansFieldResolver, new CustomerLoansFieldResolver(loans)],
    [LoanFieldsResolver, new LoanFieldsResolver(loans, repayments)],
    [RepaymentFieldsResolver, new RepaymentFieldsResolver(loans)],
    [SimulationResolver, new SimulationResolver(simulations)],
    [ForecastingResolver, new ForecastingResolver(forecasting, indicatorRepository)],
    [CustomerForecastFieldResolver, new CustomerForecastFieldResolver(forecasting)],
    [RefinancingResolver, new RefinancingResolver(refinanceCatalogue, refinanceApplications)],
    [
      LoanRefinanceFieldsResolver,
      new LoanRefinanceFieldsResolver(refinanceOffers, refinanceApplications, config.refinancing.stayRateCut),
    ],
    [RefinanceProductFieldsResolver, new RefinanceProductFieldsResolver(refinanceCatalogue)],
    [
      RefinanceApplicationFieldsResolver,
      new RefinanceApplicationFieldsResolver(refinanceApplications, loans),
    ],
    [RefinanceDocumentFieldsResolver, new RefinanceDocumentFieldsResolver(images)],
    [ImageQualityResolver, new ImageQualityResolver(images)],
    [ImportResolver, new ImportResolver(imports)],
    [SpendingResolver, new SpendingResolver(spending)],
    [CustomerSpendingFieldResolver, new CustomerSpendingFieldResolver(spending)],
    [ScenarioResolver, new ScenarioResolver(scenarios)],
    [CustomerScenarioFieldResolver, new CustomerScenarioFieldResolver(scenarios)],
    [CustomerInsightsFieldResolver, new CustomerInsightsFieldResolver(insights)],
    [CustomerQuarterFieldResolver, new CustomerQuarterFieldResolver(spending)],
    [SpendingSummaryFieldResolver, new SpendingSummaryFieldResolver(spending)],
    [CardFieldsResolver, new CardFieldsResolver(spending)],
    [TopicResolver, new TopicResolver(topics)],
    [PortfolioResolver, new PortfolioResolver(portfolio)],
    [ChatResolver, new ChatResolver(chat)],
    [CustomerInsightModelsFieldResolver, new CustomerInsightModelsFieldResolver(insightModels)],
    [InsightModelsResolver, new InsightModelsResolver(insightModels)],
    [OidcResolver, new OidcResolver(oidc)],
    [AuditResolver, new AuditResolver(audit)],
    [NotificationResolver, new NotificationResolver(notifications)],
    [ProductAdminResolver, new ProductAdminResolver(productAdmin, refinanceCatalogue)],
    [FraudResolver, new FraudResolver(fraud)],
    [FraudCaseFieldsResolver, new FraudCaseFieldsResolver(fraud)],
    [FaqResolver, new FaqResolver(faq)],
  ]);

  const unwired = resolverClasses.filter((cls) => !resolvers.has(cls));
  if (unwired.length > 0)
    throw new Error(`No resolver instance for ${unwired.map((c) => c.name).join(', ')}`);

  return {
    config,
    logger,
    dataSource,
    cache,
    pubsub,
    streams,
    jobs,
    metrics,
    services: {
      customers,
      auth,
      loans,
      forecasting,
      refinanceDocuments,
      images,
      imports,
      spending,
      scenarios,
      insightModels,
      chat,
      refinanceOffers,
      repayments,
      oidc,
      audit,
      fraud,
      faq,
      faqCatalogue,
    },
    resolvers,
    clock,
    async ready() {
      // Each check has its own short deadline: a frozen PostgreSQL (or an exhausted pool) answers "not ready"
      // within READYZ_TIMEOUT_MS instead of holding the probe.
      const ms = config.availability.readyTimeoutMs;
      const [database, redis] = await Promise.all([
        withDeadline(dataSource.query('SELECT 1'), ms).then(
          () => true,
          () => false,
        ),
        redisProbe ? pingRedis(redisProbe, ms).catch(() => false) : undefined,
      ]);
      return { database, ...(redisProbe ? { redis } : {}) };
    },
    startSchedules() {
      const minutes = config.notifications.scanMinutes;
      if (minutes === 0 || scanTimer) return;
      // One scan per time slot across replicas (singleton key); the facts' unique key makes overlaps harmless.
      const enqueue = () => {
        const slot = Math.floor(clock().getTime() / (minutes * 60_000));
        jobs
          .enqueue<NotificationsScanJob>(
            NOTIFICATIONS_SCAN_JOB,
            {},
            { singletonKey: `notifications:${slot}` },
          )
          .catch((err: unknown) => logger.warn({ err }, 'notification scan not enqueued'));
      };
      // The first scan one interval after start: a restart does not rescan (and tests start many servers).
      scanTimer = setInterval(enqueue, minutes * 60_000);
      scanTimer.unref();
    },
    async close() {
      if (scanTimer) clearInterval(scanTimer);
      // Running answers end FAILED ("shutdown") while the database and streams are still open.
      await chatGenerator.shutdown();
      await jobs.stop(config.shutdownTimeoutMs);
      await Promise.allSettled([cache.close(), pubsub.close(), streams.close(), redisProbe?.quit()]);
      await imageModel?.close();
    },
  };
}

/** The counsellor's view of document-image verdicts: a customer's latest document, staff's latest analysis. */
function documentQualitySource(
  documents: RefinanceDocumentService,
  images: ImageQualityService,
): DocumentQualitySource {
  const figures = (
    source: DocumentQualityFigures['source'],
    id: string,
    fileName: string,
    uploadedAt: Date,
    a: ImageAssessmentEntity,
  ): DocumentQualityFigures => ({
    source,
    id,
    fileName,
    uploadedAt: uploadedAt.toISOString(),
    label: a.label,
    labelText: { ko: images.labelText(a.label, 'ko'), en: images.labelText(a.label, 'en') },
    usable: a.usable,
    confidence: a.confidences.find((c) => c.label === a.label)?.confidence ?? 0,
    modelName: a.modelName,
    modelVersion: a.modelVersion,
  });
  return {
    async latestForCustomer(ctx, customerId) {
      const hit = await documents.latestScored(ctx, customerId);
      return hit
        ? figures(
            'REFINANCE_DOCUMENT',
            hit.document.id,
            hit.document.fileName,
            hit.document.uploadedAt,
            hit.assessment,
          )
        : null;
    },
    async latestStaffAnalysis(ctx) {
      const hit = await images.latestAnalysis(ctx);
      return hit
        ? figures(
            'STAFF_ANALYSIS',
            hit.analysis.id,
            hit.analysis.fileName,
            hit.analysis.uploadedAt,
            hit.assessment,
          )
        : null;
    },
  };
}

/** The resolver classes the schema is built from (order is irrelevant: the emitted SDL is sorted). */
export const resolverClasses = [
  NodeResolver,
  CustomerResolver,
  AuthResolver,
  CustomerLoginFieldResolver,
  UserFieldResolver,
  LoanResolver,
  CustomerLoansFieldResolver,
  LoanFieldsResolver,
  RepaymentFieldsResolver,
  SimulationResolver,
  ForecastingResolver,
  CustomerForecastFieldResolver,
  RefinancingResolver,
  LoanRefinanceFieldsResolver,
  RefinanceProductFieldsResolver,
  RefinanceApplicationFieldsResolver,
  RefinanceDocumentFieldsResolver,
  ImageQualityResolver,
  ImportResolver,
  SpendingResolver,
  CustomerSpendingFieldResolver,
  CustomerQuarterFieldResolver,
  SpendingSummaryFieldResolver,
  CardFieldsResolver,
  TopicResolver,
  ScenarioResolver,
  CustomerScenarioFieldResolver,
  CustomerInsightsFieldResolver,
  PortfolioResolver,
  ChatResolver,
  CustomerInsightModelsFieldResolver,
  InsightModelsResolver,
  OidcResolver,
  AuditResolver,
  NotificationResolver,
  ProductAdminResolver,
  FraudResolver,
  FraudCaseFieldsResolver,
  FaqResolver,
] as const;
