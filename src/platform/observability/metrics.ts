import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// Prometheus metrics of one process (one registry per application instance, so tests can run several in one
// process). Every label value comes from a closed set — configuration, the schema, or a fixed list in code — never
// from raw user input: `fold` maps anything else to "other". Per replica; Prometheus aggregates them.

/** The label values a metric may take, by label; anything else is folded to "other". */
export type LabelSets = Record<string, ReadonlySet<string>>;

export const OTHER = 'other';

export function fold(value: string | undefined | null, allowed: ReadonlySet<string>): string {
  return value !== undefined && value !== null && allowed.has(value) ? value : OTHER;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'fingraph_http_request_duration_seconds',
    help: 'HTTP requests by method, route (a fixed list) and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'fingraph_graphql_operation_duration_seconds',
    help:
      'GraphQL operations (HTTP and graphql-ws) by operation name (known names; "unnamed" and "other" folded), ' +
      'type and transport.',
    labelNames: ['operation', 'type', 'transport'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'fingraph_graphql_errors_total',
    help: 'GraphQL errors by operation (folded) and extensions.code (a fixed list).',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  readonly sqlStatements = new Counter({
    name: 'fingraph_sql_statements_total',
    help: 'SQL statements sent to the database (transaction control excluded).',
    registers: [this.registry],
  });

  readonly poolConnections = new Gauge({
    name: 'fingraph_db_pool_connections',
    help: 'Database pool connections: total, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  readonly wsConnections = new Gauge({
    name: 'fingraph_ws_connections',
    help: 'Open graphql-ws connections.',
    registers: [this.registry],
  });

  readonly wsSubscriptions = new Gauge({
    name: 'fingraph_ws_active_subscriptions',
    help: 'Active graphql-ws operations by root field (the schema’s subscription fields; others folded).',
    labelNames: ['field'] as const,
    registers: [this.registry],
  });

  readonly chatFirstToken = new Histogram({
    name: 'fingraph_chat_time_to_first_token_seconds',
    help: 'From the start of an answer to its first streamed token, by provider (offline or llm).',
    labelNames: ['provider'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
    registers: [this.registry],
  });

  readonly chatTokens = new Counter({
    name: 'fingraph_chat_tokens_streamed_total',
    help: 'Tokens (deltas) appended to chat streams, by provider.',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });

  readonly chatAnswers = new Counter({
    name: 'fingraph_chat_answers_total',
    help: 'Finished chat answers by provider and final status.',
    labelNames: ['provider', 'status'] as const,
    registers: [this.registry],
  });

  readonly llmRetries = new Counter({
    name: 'fingraph_llm_retries_total',
    help: 'LLM requests retried before the first token.',
    registers: [this.registry],
  });

  readonly llmFailures = new Counter({
    name: 'fingraph_llm_failures_total',
    help: 'LLM answers that failed (after retries), by reason.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly chatFallbacks = new Counter({
    name: 'fingraph_chat_fallbacks_total',
    help: 'Answers the offline counsellor finished after an LLM failure.',
    registers: [this.registry],
  });

  readonly jobQueueDepth = new Gauge({
    name: 'fingraph_job_queue_depth',
    help: 'Jobs waiting or running, by queue (the registered job names).',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'fingraph_job_failures_total',
    help: 'Job runs that threw, by queue.',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly importRows = new Counter({
    name: 'fingraph_import_rows_total',
    help: 'Rows read by dataset imports (rate() of it is rows per second across imports).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly importRowsPerSecond = new Histogram({
    name: 'fingraph_import_rows_per_second',
    help: 'Throughput of each finished import (rows read / wall-clock seconds).',
    buckets: [10, 100, 500, 1_000, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000],
    registers: [this.registry],
  });

  readonly oidcCallbacks = new Counter({
    name: 'fingraph_oidc_callbacks_total',
    help: 'OIDC callbacks by provider (configured ids) and outcome (OK or a fixed refusal code).',
    labelNames: ['provider', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly collectors: (() => void | Promise<void>)[] = [];

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics !== false)
      collectDefaultMetrics({ register: this.registry, prefix: 'fingraph_' });
  }

  /** A callback run before each scrape (pool and queue gauges read their source then). */
  onCollect(collect: () => void | Promise<void>): void {
    this.collectors.push(collect);
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    await Promise.all(this.collectors.map(async (c) => c()));
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** A do-nothing metrics object for code paths built without a registry (CLIs, unit tests). */
export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  return new Metrics(opts);
}
