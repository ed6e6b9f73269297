// Background jobs. Embedded mode runs them in-process; services mode on pg-boss (durable, PostgreSQL).
export interface JobContext {
  id: string;
  attempt: number;
  signal: AbortSignal;
}

export type JobHandler<P = unknown> = (payload: P, ctx: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /** Same key while a job is queued or running → no second job; returns the existing id. */
  singletonKey?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  startAfterSeconds?: number;
}

export type JobState = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface JobInfo {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  lastError?: string;
}

export interface JobRunner {
  register<P>(name: string, handler: JobHandler<P>, opts?: { concurrency?: number }): void;
  enqueue<P>(name: string, payload: P, opts?: EnqueueOptions): Promise<string>;
  get(id: string, name?: string): Promise<JobInfo | undefined>;
  /** Starts processing registered queues (a worker does this; an API-only replica may only enqueue). */
  start(): Promise<void>;
  /** Stops taking work and waits for running jobs (bounded by timeoutMs). */
  stop(timeoutMs?: number): Promise<void>;
  /** Jobs waiting (and, in-process, running) per registered queue: the metrics' queue depth. */
  depth(): Promise<Record<string, number>>;
}

/** Applied by both runners when EnqueueOptions / stop() leave them out (the first two are pg-boss's own). */
export const JOB_DEFAULTS = { retryLimit: 2, retryDelaySeconds: 0, stopTimeoutMs: 10_000 } as const;
