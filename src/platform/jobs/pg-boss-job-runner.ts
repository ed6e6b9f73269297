import PgBoss from 'pg-boss';
import { createLogger, Logger } from '../observability/logger';
import { EnqueueOptions, JOB_DEFAULTS, JobHandler, JobInfo, JobRunner, JobState } from './job-runner';
import { RunningJobs } from './running-jobs';

export interface PgBossJobRunnerOptions {
  connectionString: string;
  logger?: Logger;
  /** PostgreSQL schema pg-boss installs itself in; default `pgboss`. */
  schema?: string;
  /** How often an idle worker polls for jobs; pg-boss's default is 2 s, its minimum 0.5 s. */
  pollingIntervalSeconds?: number;
}

const STATES: Record<PgBoss.JobWithMetadata['state'], JobState> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'completed',
  cancelled: 'cancelled',
  failed: 'failed',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Durable jobs on PostgreSQL via pg-boss 10. Enqueue and get work without start() (an API replica only
 * enqueues); start() adds the workers. Payloads must be JSON objects (stored as jsonb).
 */
export class PgBossJobRunner implements JobRunner {
  private readonly boss: PgBoss;
  private readonly schema: string;
  private readonly handlers = new Map<string, { handler: JobHandler<unknown>; concurrency: number }>();
  private readonly running: RunningJobs;
  private readonly logger: Logger;
  /** pg-boss 10 needs createQueue before send/work; once per name and process. */
  private queues = new Map<string, Promise<void>>();
  /** createQueue calls run one at a time: concurrent ones (two handlers at start) deadlock in pg-boss 10. */
  private queueChain: Promise<unknown> = Promise.resolve();
  private booted?: Promise<void>;
  private working = false;

  constructor(private readonly options: PgBossJobRunnerOptions) {
    this.schema = options.schema ?? 'pgboss';
    this.logger = options.logger ?? createLogger('info');
    this.running = new RunningJobs(this.logger);
    // No cron schedules here, so no timekeeper (it would poll the clock for nothing).
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: this.schema,
      schedule: false,
    });
    // Without a listener pg-boss's errors (e.g. a lost connection while polling) would crash the process.
    this.boss.on('error', (err) => this.logger.error({ err }, 'pg-boss error'));
  }

  register<P>(name: string, handler: JobHandler<P>, opts: { concurrency?: number } = {}): void {
    if (this.handlers.has(name)) throw new Error(`job ${name} already has a handler`);
    this.handlers.set(name, { handler: handler as JobHandler<unknown>, concurrency: opts.concurrency ?? 1 });
    if (this.working) {
      this.work(name).catch((err: unknown) => this.logger.error({ err, job: name }, 'pg-boss work failed'));
    }
  }

  async enqueue<P>(name: string, payload: P, opts: EnqueueOptions = {}): Promise<string> {
    await this.queue(name);
    const sendOptions: PgBoss.SendOptions = {
      retryLimit: opts.retryLimit ?? JOB_DEFAULTS.retryLimit,
      retryDelay: opts.retryDelaySeconds ?? JOB_DEFAULTS.retryDelaySeconds,
      ...(opts.singletonKey !== undefined && { singletonKey: opts.singletonKey }),
      ...(opts.startAfterSeconds !== undefined && { startAfter: opts.startAfterSeconds }),
    };
    // send() returns null when the singleton index rejects the job: return the holder's id. If the holder finished
    // between the two statements, the key is free again, so send once more.
    for (let tries = 0; tries < 3; tries += 1) {
      const id = await this.boss.send(name, payload as object, sendOptions);
      if (id) return id;
      if (opts.singletonKey === undefined) break;
      const holder = await this.singletonHolder(name, opts.singletonKey);
      if (holder) return holder;
    }
    throw new Error(`pg-boss did not accept a ${name} job`);
  }

  async get(id: string, name?: string): Promise<JobInfo | undefined> {
    // Ids are uuids; anything else would be an SQL error rather than "no such job".
    if (!UUID.test(id)) return undefined;
    await this.boot();
    const queue = name ?? (await this.queueOf(id));
    if (queue === undefined) return undefined;
    const job = await this.boss.getJobById<unknown>(queue, id, { includeArchive: true });
    return job ? toInfo(job) : undefined;
  }

  /** Jobs not yet active per registered queue (pg-boss's getQueueSize: created and retry states). */
  async depth(): Promise<Record<string, number>> {
    // A scrape never starts pg-boss: before the first enqueue or start (and after stop) there is nothing to count.
    if (!this.booted) return {};
    await this.booted;
    const names = [...this.handlers.keys()];
    const sizes = await Promise.all(names.map((name) => this.boss.getQueueSize(name).catch(() => 0)));
    return Object.fromEntries(names.map((name, i) => [name, sizes[i]]));
  }

  async start(): Promise<void> {
    await this.boot();
    this.working = true;
    await Promise.all([...this.handlers.keys()].map((name) => this.work(name)));
  }

  async stop(timeoutMs: number = JOB_DEFAULTS.stopTimeoutMs): Promise<void> {
    this.working = false;
    if (!this.booted) return;
    await this.booted.catch(() => undefined);
    // pg-boss stops polling, waits for active jobs up to the timeout, fails those still active, closes its pool.
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    // Handlers that outlived the timeout: their jobs are failed already; tell them to give up.
    this.running.abortAll();
    this.booted = undefined;
    this.queues = new Map();
  }

  private boot(): Promise<void> {
    this.booted ??= (async () => {
      await this.boss.start();
      await this.boss.getDb().executeSql(singletonIndexSql(this.schema), []);
    })().catch((err: unknown) => {
      this.booted = undefined;
      throw err;
    });
    return this.booted;
  }

  private queue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.queueChain
        .catch(() => undefined)
        .then(() => this.boot())
        .then(() => this.boss.createQueue(name));
      this.queueChain = created;
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }

  private async work(name: string): Promise<void> {
    const { handler, concurrency } = this.handlers.get(name)!;
    await this.queue(name);
    const { pollingIntervalSeconds } = this.options;
    // Only when set: pg-boss validates the key if present, even as undefined.
    const options = {
      batchSize: 1,
      includeMetadata: true as const,
      ...(pollingIntervalSeconds !== undefined && { pollingIntervalSeconds }),
    };
    // pg-boss 10 has no per-worker concurrency: each work() is one poller running one job at a time.
    for (let i = 0; i < concurrency; i += 1) {
      await this.boss.work<unknown>(name, options, async ([job]) => {
        await this.running.run(handler, job.data, { id: job.id, name, attempt: job.retryCount + 1 });
      });
    }
  }

  private async singletonHolder(name: string, singletonKey: string): Promise<string | undefined> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT id FROM ${this.schema}.job WHERE name = $1 AND singleton_key = $2 AND state <= 'active' LIMIT 1`,
        [name, singletonKey],
      );
    return (rows[0] as { id: string } | undefined)?.id;
  }

  /** The queue of a job when the caller did not say; scans every queue's partition, so pass the name when known. */
  private async queueOf(id: string): Promise<string | undefined> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `SELECT name FROM ${this.schema}.job WHERE id = $1 UNION ALL SELECT name FROM ${this.schema}.archive WHERE id = $1 LIMIT 1`,
        [id],
      );
    return (rows[0] as { name: string } | undefined)?.name;
  }
}

/**
 * Our singletonKey contract is "no second job while one is queued or running". pg-boss 10 dedupes by key only per
 * queue policy (one *created* job, one *active*, or one per state), never across queued+running, and a policy
 * applies to keyless jobs too. This partial unique index gives the exact rule: pg-boss's insert is
 * ON CONFLICT DO NOTHING, so send() returns null for a duplicate. On the partitioned job table it also covers
 * queues created later. The advisory lock serialises replicas booting at once.
 */
function singletonIndexSql(schema: string): string {
  return `
    DO $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('fingraph.job_singleton'));
      CREATE UNIQUE INDEX IF NOT EXISTS fingraph_job_singleton ON ${schema}.job (name, singleton_key)
        WHERE singleton_key IS NOT NULL AND state <= 'active';
    END
    $$`;
}

function toInfo(job: PgBoss.JobWithMetadata<unknown>): JobInfo {
  const state = STATES[job.state];
  const info: JobInfo = {
    id: job.id,
    name: job.name,
    state,
    // retryCount goes up when a retried job is fetched again, so started attempts = retryCount + 1.
    attempts: job.startedOn ? job.retryCount + 1 : 0,
  };
  const lastError = errorMessage(job.output);
  if ((job.state === 'retry' || job.state === 'failed') && lastError !== undefined)
    info.lastError = lastError;
  return info;
}

/** pg-boss stores a thrown Error via serialize-error ({ message, … }) and a plain string as { value }. */
function errorMessage(output: unknown): string | undefined {
  if (!output || typeof output !== 'object') return undefined;
  const { message, value } = output as { message?: unknown; value?: unknown };
  if (typeof message === 'string') return message;
  return typeof value === 'string' ? value : undefined;
}
