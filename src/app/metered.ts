import type { DataSource } from 'typeorm';
import { poolOf } from '../platform/database/data-source';
import { fold, Metrics } from '../platform/observability/metrics';
import type { JobHandler, JobRunner } from '../platform/jobs/job-runner';
import { LlmError, type LlmProvider } from '../platform/llm/llm-provider';
import type { TokenStreams } from '../platform/streams/token-stream';

// Metric decorators around adapters and a few service seams, applied once in container.ts: the chat, job and
// import code stays unaware of Prometheus. Every label value comes from a fixed set.

const LLM_FAILURES = new Set([
  'TIMEOUT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'STREAM_CUT',
  'BAD_RESPONSE',
  'REFUSED',
]);
const CHAT_STATUSES = new Set(['COMPLETE', 'FAILED', 'CANCELLED']);
const IMPORT_DONE = new Set(['SUCCEEDED', 'FAILED']);

/** Pool gauges read at scrape time from node-pg's pool (total, idle, waiting). */
export function meterPool(metrics: Metrics, dataSource: DataSource): void {
  metrics.onCollect(() => {
    const pool = poolOf(dataSource);
    if (!pool) return;
    metrics.poolConnections.set({ state: 'total' }, pool.totalCount);
    metrics.poolConnections.set({ state: 'idle' }, pool.idleCount);
    metrics.poolConnections.set({ state: 'waiting' }, pool.waitingCount);
  });
}

/** Queue depth at scrape time; failures counted per queue as handlers throw. */
export function meterJobs(metrics: Metrics, jobs: JobRunner): JobRunner {
  const queues = new Set<string>();
  metrics.onCollect(async () => {
    const depth = await jobs.depth().catch(() => ({}) as Record<string, number>);
    for (const name of queues) metrics.jobQueueDepth.set({ queue: name }, depth[name] ?? 0);
  });
  // Explicit delegation (a prototype wrapper would write the runner's state onto itself).
  return {
    enqueue: (name, payload, opts) => jobs.enqueue(name, payload, opts),
    get: (id, name) => jobs.get(id, name),
    start: () => jobs.start(),
    stop: (timeoutMs) => jobs.stop(timeoutMs),
    depth: () => jobs.depth(),
    register: ((name: string, handler: JobHandler<unknown>, opts?: { concurrency?: number }) => {
      queues.add(name); // job names are constants in code: a bounded set
      jobs.register<unknown>(
        name,
        async (payload, ctx) => {
          try {
            await handler(payload, ctx);
          } catch (error) {
            metrics.jobFailures.inc({ queue: name });
            throw error;
          }
        },
        opts,
      );
    }) as JobRunner['register'],
  };
}

/** LLM failures by kind and retries (the provider reports those through onRetry). */
export function meterLlm(metrics: Metrics, llm: LlmProvider): LlmProvider {
  return {
    name: llm.name,
    model: llm.model,
    async *stream(messages, options) {
      try {
        yield* llm.stream(messages, options);
      } catch (error) {
        metrics.llmFailures.inc({
          reason: fold(error instanceof LlmError ? error.kind : undefined, LLM_FAILURES),
        });
        throw error;
      }
    },
  };
}

/**
 * Chat streams: time from the start of a generation (`begin`) to its first token, and tokens appended. The
 * provider label is the configured mode (llm or offline).
 */
export function meterChatStreams(metrics: Metrics, streams: TokenStreams, mode: 'llm' | 'offline') {
  const started = new Map<string, bigint>();
  const metered: TokenStreams = {
    read: (key, after, opts) => streams.read(key, after, opts),
    follow: (key, after, opts) => streams.follow(key, after, opts),
    expire: (key, ttlSeconds) => streams.expire(key, ttlSeconds),
    length: (key) => streams.length(key),
    close: () => streams.close(),
    get readerConnections() {
      return streams.readerConnections;
    },
    async append(key: string, data: Record<string, unknown>): Promise<number> {
      const index = await streams.append(key, data);
      if (typeof data.delta === 'string') {
        metrics.chatTokens.inc({ provider: mode });
        const t0 = started.get(key);
        if (t0 !== undefined) {
          started.delete(key);
          metrics.chatFirstToken.observe({ provider: mode }, Number(process.hrtime.bigint() - t0) / 1e9);
        }
      } else if (data.done) started.delete(key);
      return index;
    },
  };
  return {
    streams: metered,
    begin(key: string): void {
      started.set(key, process.hrtime.bigint());
    },
  };
}

/** Answers by provider kind and status, and fallbacks, from what the generator persists at the end. */
export function chatOutcomeMeter(metrics: Metrics) {
  return (finish: { status: string; provider: string | null; fallback: boolean }) => {
    const provider =
      finish.provider === null
        ? 'none'
        : ['offline', 'cache'].includes(finish.provider)
          ? finish.provider
          : 'llm';
    metrics.chatAnswers.inc({ provider, status: fold(finish.status, CHAT_STATUSES) });
    if (finish.fallback) metrics.chatFallbacks.inc();
  };
}

/** Import throughput from the runner's progress events: rows counted at the end, rows/s per import. */
export function importProgressMeter(metrics: Metrics) {
  const started = new Map<string, bigint>();
  return (p: { importId: string; status: string; rowsRead: number; rowsBad: number }) => {
    if (p.status === 'RUNNING' && !started.has(p.importId)) started.set(p.importId, process.hrtime.bigint());
    if (!IMPORT_DONE.has(p.status)) return;
    const t0 = started.get(p.importId);
    started.delete(p.importId);
    metrics.importRows.inc({ outcome: p.status === 'SUCCEEDED' ? 'read' : 'failed_import' }, p.rowsRead);
    if (t0 !== undefined && p.rowsRead > 0) {
      const seconds = Math.max(Number(process.hrtime.bigint() - t0) / 1e9, 1e-6);
      metrics.importRowsPerSecond.observe(p.rowsRead / seconds);
    }
  };
}
