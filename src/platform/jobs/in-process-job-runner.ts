import { randomUUID } from 'node:crypto';
import { createLogger, Logger } from '../observability/logger';
import { EnqueueOptions, JOB_DEFAULTS, JobHandler, JobInfo, JobRunner, JobState } from './job-runner';
import { RunningJobs } from './running-jobs';

interface Job {
  info: JobInfo;
  payload: unknown;
  retryLimit: number;
  retryDelayMs: number;
  /** Clock time (ms) before which the job must not start: startAfter, then the retry delay. */
  runAt: number;
  singleton?: string;
}

interface Queue {
  handler?: JobHandler<unknown>;
  concurrency: number;
  active: number;
  waiting: Job[];
  /** Wakes the queue when its earliest delayed job is due. */
  timer?: NodeJS.Timeout;
}

export interface InProcessJobRunnerOptions {
  logger?: Logger;
  /** Finished jobs kept for get(); older ones are forgotten. */
  keepFinished?: number;
}

/** Jobs in this process, for the embedded mode: nothing survives a restart. Payloads are cloned through JSON. */
export class InProcessJobRunner implements JobRunner {
  private readonly queues = new Map<string, Queue>();
  private readonly jobs = new Map<string, Job>();
  /** `<name>\0<singletonKey>` → id of the queued or running job holding it. */
  private readonly singletons = new Map<string, string>();
  /** Ids of finished jobs, oldest first, for the keepFinished bound. */
  private readonly finished: string[] = [];
  private readonly running: RunningJobs;
  private started = false;

  constructor(private readonly options: InProcessJobRunnerOptions = {}) {
    this.running = new RunningJobs(options.logger ?? createLogger('info'));
  }

  register<P>(name: string, handler: JobHandler<P>, opts: { concurrency?: number } = {}): void {
    const queue = this.queue(name);
    if (queue.handler) throw new Error(`job ${name} already has a handler`);
    queue.handler = handler as JobHandler<unknown>;
    queue.concurrency = opts.concurrency ?? 1;
    this.pump(queue);
  }

  async enqueue<P>(name: string, payload: P, opts: EnqueueOptions = {}): Promise<string> {
    const singleton = opts.singletonKey === undefined ? undefined : `${name}\0${opts.singletonKey}`;
    const holder = singleton === undefined ? undefined : this.singletons.get(singleton);
    if (holder !== undefined) return holder;
    const job: Job = {
      info: { id: randomUUID(), name, state: 'queued', attempts: 0 },
      payload: payload === undefined ? undefined : JSON.parse(JSON.stringify(payload)),
      retryLimit: opts.retryLimit ?? JOB_DEFAULTS.retryLimit,
      retryDelayMs: (opts.retryDelaySeconds ?? JOB_DEFAULTS.retryDelaySeconds) * 1000,
      runAt: Date.now() + (opts.startAfterSeconds ?? 0) * 1000,
      singleton,
    };
    this.jobs.set(job.info.id, job);
    if (singleton !== undefined) this.singletons.set(singleton, job.info.id);
    const queue = this.queue(name);
    queue.waiting.push(job);
    this.pump(queue);
    return job.info.id;
  }

  async get(id: string, name?: string): Promise<JobInfo | undefined> {
    const job = this.jobs.get(id);
    if (!job || (name !== undefined && job.info.name !== name)) return undefined;
    return { ...job.info };
  }

  async depth(): Promise<Record<string, number>> {
    return Object.fromEntries(
      [...this.queues].filter(([, q]) => q.handler).map(([name, q]) => [name, q.waiting.length + q.active]),
    );
  }

  async start(): Promise<void> {
    this.started = true;
    for (const queue of this.queues.values()) this.pump(queue);
  }

  async stop(timeoutMs: number = JOB_DEFAULTS.stopTimeoutMs): Promise<void> {
    // Queued jobs stay queued: a later start() runs them.
    this.started = false;
    for (const queue of this.queues.values()) clearTimeout(queue.timer);
    await this.running.drain(timeoutMs);
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = { concurrency: 1, active: 0, waiting: [] };
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Starts due jobs up to the concurrency, then arms the timer for the next delayed one. */
  private pump(queue: Queue): void {
    clearTimeout(queue.timer);
    if (!this.started || !queue.handler) return;
    const now = Date.now();
    while (queue.active < queue.concurrency) {
      const due = queue.waiting.findIndex((job) => job.runAt <= now);
      if (due < 0) break;
      void this.execute(queue, queue.waiting.splice(due, 1)[0]);
    }
    if (queue.active >= queue.concurrency || queue.waiting.length === 0) return;
    const next = queue.waiting.reduce((earliest, job) => Math.min(earliest, job.runAt), Infinity);
    // unref: delayed jobs alone should not keep a process (or jest) alive; stop() clears it anyway.
    queue.timer = setTimeout(() => this.pump(queue), next - now).unref();
  }

  private async execute(queue: Queue, job: Job): Promise<void> {
    queue.active += 1;
    job.info.state = 'running';
    job.info.attempts += 1;
    try {
      await this.running.run(queue.handler!, job.payload, { ...job.info, attempt: job.info.attempts });
      delete job.info.lastError;
      this.finish(job, 'completed');
    } catch (err) {
      job.info.lastError = err instanceof Error ? err.message : String(err);
      if (job.info.attempts > job.retryLimit) this.finish(job, 'failed');
      else {
        job.info.state = 'queued';
        job.runAt = Date.now() + job.retryDelayMs;
        queue.waiting.push(job);
      }
    } finally {
      queue.active -= 1;
      this.pump(queue);
    }
  }

  private finish(job: Job, state: JobState): void {
    job.info.state = state;
    if (job.singleton !== undefined) this.singletons.delete(job.singleton);
    this.finished.push(job.info.id);
    const keep = this.options.keepFinished ?? 10_000;
    while (this.finished.length > keep) this.jobs.delete(this.finished.shift()!);
  }
}
