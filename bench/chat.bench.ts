import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import OpenAI from 'openai';
import { Client as SqlClient } from 'pg';
import { createClient as createRedisClient } from 'redis';
import WebSocket from 'ws';
import { AccessTokens } from '../src/platform/auth';
import { createCleanups, runBenchMain, type Log } from './lib/bench-app';
import {
  createBenchDatabase,
  deleteRedisKeys,
  loginDemo,
  machineNotes,
  postGraphQL,
  round,
  updateReadmeSection,
  writeResults,
} from './lib/harness';
import { startAppProcess, startFakeLlmProcess, type BenchProcess } from './lib/processes';

// The streaming chat under load (issue 6, must-show 3), each figure beside its floor in the same run:
//  1. time to first token added by fingraph over calling the same fake LLM directly (p50/p99);
//  2. N concurrent streams on one API process: the event-loop delay p99 of that process, and no lost tokens;
//  3. the same with the streams sent on one process and read on another, through Redis.
// The API runs in child processes (bench/lib/app-process.ts) so the load generator's work is not on the event
// loop being measured; the fake LLM (test/support/fake-openai.ts) runs in its own child too.

const log: Log = (message) => process.stdout.write(`[bench:chat] ${message}\n`);
const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const ADMIN_URL = env('BENCH_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres');
const REDIS_URL = env('BENCH_REDIS_URL', 'redis://127.0.0.1:6379');
const TTFT_SAMPLES = Number(env('BENCH_TTFT_SAMPLES', '100'));
/** Samples of each kind sent first and not counted (the first send compiles code paths and plans on both sides). */
const TTFT_WARMUP = Number(env('BENCH_TTFT_WARMUP', '5'));
const STREAMS = Number(env('BENCH_STREAMS', '1000'));
const TOKENS = Number(env('BENCH_TOKENS', '40'));
const TOKEN_DELAY_MS = Number(env('BENCH_TOKEN_DELAY_MS', '25'));
// The concurrent runs' answers are slow on purpose: a stream must outlast the sending of all the others for
// STREAMS of them to be open at once.
const STREAM_TOKEN_DELAY_MS = Number(env('BENCH_STREAM_TOKEN_DELAY_MS', '800'));
const SLOW_MARKER = '#느린답변';
const SEND_CONCURRENCY = Number(env('BENCH_SEND_CONCURRENCY', '50'));
const USERS = Number(env('BENCH_USERS', '100'));
const MODEL = 'fake-model';

const SEND = `mutation ($text: String!) {
  sendChatMessage(input: { text: $text }) {
    __typename
    ... on SendChatMessagePayload { assistantMessage { id } }
    ... on ErrorResult { code message }
  }
}`;
const STREAM = `subscription ($id: ID!, $after: Int) {
  chatMessageStream(messageId: $id, after: $after) { index delta done message { status text provider } }
}`;

interface StreamEvent {
  index: number;
  delta: string | null;
  done: boolean;
  message: { status: string; text: string; provider: string | null } | null;
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const stats = (values: number[]) => ({
  p50: round(quantile(values, 0.5)),
  p99: round(quantile(values, 0.99)),
  mean: round(values.reduce((a, b) => a + b, 0) / values.length),
});

const expectedTokens = Array.from({ length: TOKENS }, (_, i) => (i === 0 ? `토큰${i}` : ` 토큰${i}`));

function wsClient(url: string, token: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: 0,
  });
}

/**
 * `USERS` demo customers with a login each (rows added to app_user, the demo password's hash copied) and an access
 * token per login, signed with the run's JWT secret: streams are spread over many customers as in production
 * (per-user limits and locks are per customer), without paying for thousands of password checks.
 */
async function customerTokens(databaseUrl: string, jwtSecret: string): Promise<string[]> {
  const sql = new SqlClient({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ id: string; role: string; customer_id: string }>(
      `WITH demo AS (SELECT password_hash FROM app_user WHERE email = 'customer@fingraph.dev'),
            added AS (
              INSERT INTO app_user (email, password_hash, role, customer_id)
              SELECT 'bench-' || c.id || '@fingraph.dev', demo.password_hash, 'CUSTOMER', c.id
                FROM customer c CROSS JOIN demo
               WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.customer_id = c.id)
               ORDER BY c.id LIMIT $1
              RETURNING id, role, customer_id)
       SELECT * FROM added`,
      [USERS],
    );
    if (rows.length < USERS)
      throw new Error(`only ${rows.length} customers without a login (wanted ${USERS})`);
    const tokens = new AccessTokens(jwtSecret, 'fingraph', 7200);
    return rows.map(
      (r) =>
        tokens.sign(
          { userId: r.id, role: r.role, customerId: r.customer_id, sessionId: randomUUID() },
          new Date(),
        ).token,
    );
  } finally {
    await sql.end();
  }
}

async function send(url: string, token: string, text: string): Promise<string> {
  const res = await postGraphQL(
    url,
    { query: SEND, variables: { text } },
    { authorization: `Bearer ${token}` },
  );
  const payload = res.body.data?.sendChatMessage as
    { __typename: string; assistantMessage?: { id: string }; code?: string; message?: string } | undefined;
  if (!payload?.assistantMessage) throw new Error(`sendChatMessage failed: ${res.text.slice(0, 300)}`);
  return payload.assistantMessage.id;
}

/** Follows one message's stream to its end; records the arrival time of the first delta. */
function follow(client: Client, id: string): Promise<{ events: StreamEvent[]; firstDeltaAt: number | null }> {
  const events: StreamEvent[] = [];
  let firstDeltaAt: number | null = null;
  return new Promise((resolve, reject) => {
    client.subscribe<{ chatMessageStream: StreamEvent }>(
      { query: STREAM, variables: { id } },
      {
        next: (result) => {
          if (result.errors?.length) return reject(new Error(result.errors[0].message));
          const event = result.data?.chatMessageStream;
          if (!event) return;
          if (firstDeltaAt === null && event.delta) firstDeltaAt = performance.now();
          events.push(event);
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve({ events, firstDeltaAt }),
      },
    );
  });
}

interface StreamCheck {
  complete: number;
  failed: number;
  lostTokens: number;
  duplicatedTokens: number;
  outOfOrder: number;
  textMismatches: number;
}

/** Every delta exactly once, in order, and the final message equal to their concatenation and to the LLM's text. */
function check(results: { events: StreamEvent[] }[]): StreamCheck {
  const c: StreamCheck = {
    complete: 0,
    failed: 0,
    lostTokens: 0,
    duplicatedTokens: 0,
    outOfOrder: 0,
    textMismatches: 0,
  };
  const expectedText = expectedTokens.join('');
  for (const { events } of results) {
    const last = events[events.length - 1];
    if (!last?.done || last.message?.status !== 'COMPLETE') c.failed++;
    else c.complete++;
    const deltas = events.filter((e) => !e.done);
    const seen = new Set<number>();
    let previous = -1;
    for (const e of deltas) {
      if (seen.has(e.index)) c.duplicatedTokens++;
      if (e.index <= previous) c.outOfOrder++;
      seen.add(e.index);
      previous = Math.max(previous, e.index);
    }
    const received = deltas.map((e) => e.delta ?? '').join('');
    c.lostTokens += Math.max(0, expectedTokens.length - seen.size);
    if (received !== expectedText || last?.message?.text !== received) c.textMismatches++;
  }
  return c;
}

/** Runs `count` tasks with at most `width` in flight. */
async function pool<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}

async function ttft(api: BenchProcess, llmUrl: string, token: string) {
  const openai = new OpenAI({ baseURL: llmUrl, apiKey: 'bench', maxRetries: 0 });
  const client = wsClient(api.url, token);
  const direct: number[] = [];
  const through: number[] = [];
  const throughDone: number[] = [];
  try {
    for (let i = -TTFT_WARMUP; i < TTFT_SAMPLES; i++) {
      // Alternate which goes first so drifting load hits both alike.
      const order = i % 2 === 0 ? ['direct', 'through'] : ['through', 'direct'];
      for (const which of order) {
        const question = `대출 상환 계획이 궁금해요 (${i}-${randomBytes(3).toString('hex')})`;
        const t0 = performance.now();
        if (which === 'direct') {
          const stream = await openai.chat.completions.create({
            model: MODEL,
            stream: true,
            messages: [{ role: 'user', content: question }],
          });
          for await (const chunk of stream) {
            if (chunk.choices[0]?.delta?.content) {
              if (i >= 0) direct.push(performance.now() - t0);
              break;
            }
          }
        } else {
          const id = await send(api.url, token, question);
          const { firstDeltaAt } = await follow(client, id);
          if (firstDeltaAt === null) throw new Error(`message ${id} streamed no delta`);
          if (i < 0) continue;
          through.push(firstDeltaAt - t0);
          throughDone.push(performance.now() - t0);
        }
      }
    }
  } finally {
    await client.dispose();
  }
  const d = stats(direct);
  const t = stats(through);
  return {
    samples: TTFT_SAMPLES,
    warmup: TTFT_WARMUP,
    directMs: d,
    throughFingraphMs: t,
    addedMs: { p50: round(t.p50 - d.p50), p99: round(t.p99 - d.p99) },
    throughFingraphToDoneMs: stats(throughDone),
    // Every sample in the order taken (the sample's index = its position), so a tail can be traced to its moment.
    samplesMs: { direct: direct.map((v) => round(v)), through: through.map((v) => round(v)) },
  };
}

/** `STREAMS` messages sent on `sendTo`, each followed over its own WebSocket on `readFrom`. */
async function concurrent(
  sendTo: BenchProcess,
  readFrom: BenchProcess,
  accessTokens: string[],
  watch: BenchProcess[],
) {
  for (const p of watch) await p.call('eld-reset');
  const token = (i: number) => accessTokens[i % accessTokens.length];
  const clients = Array.from({ length: STREAMS }, (_, i) => wsClient(readFrom.url, token(i)));
  const started = performance.now();
  const connections = await watchStreamConnections();
  try {
    // Sends are paced (SEND_CONCURRENCY in flight); each stream is followed from the moment its send returns
    // and does not hold a send slot, so all STREAMS run at once.
    let inFlight = 0;
    let peakInFlight = 0;
    const follows: Promise<{ events: StreamEvent[] }>[] = [];
    await pool(STREAMS, SEND_CONCURRENCY, async (i) => {
      const id = await send(
        sendTo.url,
        token(i),
        `이번 달 지출이 걱정돼요 ${SLOW_MARKER} ${i}-${randomBytes(3).toString('hex')}`,
      );
      peakInFlight = Math.max(peakInFlight, ++inFlight);
      follows.push(follow(clients[i], id).finally(() => inFlight--));
    });
    const results = await Promise.all(follows);
    const wallMs = performance.now() - started;
    const eventLoop = [];
    for (const p of watch) eventLoop.push(await p.call<Record<string, number>>('eld'));
    const tokens = results.reduce((n, r) => n + r.events.filter((e) => !e.done).length, 0);
    return {
      streams: STREAMS,
      customers: accessTokens.length,
      peakConcurrentStreams: peakInFlight,
      tokensPerStream: TOKENS,
      wallSeconds: round(wallMs / 1000),
      tokensDelivered: tokens,
      tokensPerSecond: round(tokens / (wallMs / 1000)),
      eventLoopDelayMs: eventLoop.map(({ id: _id, ...rest }) => rest),
      peakStreamReadConnections: connections.peak(),
      check: check(results),
    };
  } finally {
    connections.stop();
    await Promise.all(clients.map((c) => c.dispose()));
  }
}

/**
 * Polls CLIENT LIST (every 250 ms) for the connections the API processes hold to wait on token streams: the
 * multiplexed reader (`fingraph-streams-reader`, one per process) or, before issue 15, one
 * `fingraph-streams-blocking` per follower. Counts every such connection on this Redis (other processes' too).
 */
async function watchStreamConnections(): Promise<{ peak(): number; stop(): void }> {
  const redis = createRedisClient({ url: REDIS_URL });
  await redis.connect();
  let peak = 0;
  let stopped = false;
  const poll = async () => {
    while (!stopped) {
      const list = await redis.sendCommand<string>(['CLIENT', 'LIST', 'TYPE', 'normal']);
      const open = list.split('\n').filter((l) => /name=fingraph-streams-(reader|blocking) /.test(l)).length;
      peak = Math.max(peak, open);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const polling = poll().catch(() => undefined);
  return {
    peak: () => peak,
    stop: () => {
      stopped = true;
      void polling.finally(() => redis.destroy());
    },
  };
}

async function main(): Promise<number> {
  const cleanups = createCleanups(log);
  const at = new Date();
  const wall = performance.now();
  try {
    const db = await createBenchDatabase(ADMIN_URL);
    cleanups.push(`drop database ${db.name}`, () => db.drop());
    const redisPrefix = `fgbench:${randomBytes(4).toString('hex')}:`;
    cleanups.push('delete Redis keys', () => deleteRedisKeys(REDIS_URL, redisPrefix));

    const llm = await startFakeLlmProcess(
      { kind: 'text', tokens: expectedTokens, delayMs: TOKEN_DELAY_MS },
      {
        marker: SLOW_MARKER,
        script: { kind: 'text', tokens: expectedTokens, delayMs: STREAM_TOKEN_DELAY_MS },
      },
    );
    cleanups.push('stop fake LLM', () => llm.stop());
    const jwtSecret = randomBytes(32).toString('hex');
    const appEnv: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      JWT_SECRET: jwtSecret,
      ACCESS_TOKEN_TTL_SECONDS: '7200',
      JOBS_MODE: 'inprocess',
      SEED_DEMO: 'true',
      DEMO_CUSTOMERS: '200',
      LLM_BASE_URL: llm.url,
      LLM_API_KEY: 'bench',
      LLM_MODEL: MODEL,
      // Each customer drives STREAMS / USERS streams at once: lift the per-user limits above that load.
      CHAT_MAX_CONCURRENT_STREAMS: String(STREAMS * 2),
      CHAT_MESSAGES_PER_MINUTE: String(Math.max(STREAMS, TTFT_SAMPLES) * 10),
      DB_POOL_MAX: '10',
      // One WebSocket per stream, all from this process's address.
      WS_MAX_CONNECTIONS_PER_IP: String(STREAMS * 2 + 100),
      // On a saturated shared machine a pool connection or the demo seed can take longer than the defaults; the
      // bench counts lost and failed streams, it must not manufacture them with timeouts.
      DB_CONNECTION_TIMEOUT_MS: '60000',
      DB_STATEMENT_TIMEOUT_MS: '120000',
    };
    log('starting API process A (migrations + demo data)');
    const a = await startAppProcess(appEnv);
    cleanups.push('stop API A', () => a.stop());
    log(`A at ${a.url}`);
    const token = await loginDemo(a.url, 'customer@fingraph.dev');
    const tokens = await customerTokens(db.url, jwtSecret);

    log(`time to first token: ${TTFT_SAMPLES} samples each, direct vs through fingraph`);
    const firstToken = await ttft(a, llm.url, token);
    log(JSON.stringify(firstToken));

    log(`${STREAMS} concurrent streams on one process`);
    const oneProcess = await concurrent(a, a, tokens, [a]);
    log(JSON.stringify(oneProcess));

    // B starts only now: a second process starting up (its own compile, models and collections) beside the
    // samples above would be a neighbour's work on the same 2 cores, not part of A's path.
    log('starting API process B on the same PostgreSQL and Redis');
    const b = await startAppProcess({ ...appEnv, SEED_DEMO: 'false' });
    cleanups.push('stop API B', () => b.stop());
    log(`${STREAMS} concurrent streams sent on A, read on B (Redis)`);
    const twoProcesses = await concurrent(a, b, tokens, [a, b]);
    log(JSON.stringify(twoProcesses));

    const figures = {
      at: at.toISOString(),
      wallSeconds: round((performance.now() - wall) / 1000, 1),
      machine: machineNotes(),
      settings: {
        TTFT_SAMPLES,
        STREAMS,
        USERS,
        TOKENS,
        TOKEN_DELAY_MS,
        STREAM_TOKEN_DELAY_MS,
        SEND_CONCURRENCY,
      },
      firstToken,
      oneProcess,
      twoProcesses,
    };
    await writeResults('chat', at, figures);
    await updateReadmeSection('chat', renderSection(figures));
    const ok = [oneProcess, twoProcesses].every(
      (r) =>
        r.check.failed === 0 &&
        r.check.lostTokens === 0 &&
        r.check.duplicatedTokens === 0 &&
        r.check.outOfOrder === 0 &&
        r.check.textMismatches === 0,
    );
    log(ok ? 'PASS: every stream complete, no token lost, duplicated or out of order' : 'FAIL: see figures');
    for (const line of targets(figures)) log(line);
    return ok ? 0 : 1;
  } finally {
    await cleanups.run();
  }
}

type Figures = {
  at: string;
  wallSeconds: number;
  machine: ReturnType<typeof machineNotes>;
  firstToken: Awaited<ReturnType<typeof ttft>>;
  oneProcess: Awaited<ReturnType<typeof concurrent>>;
  twoProcesses: Awaited<ReturnType<typeof concurrent>>;
};

/** The issue's targets, each with this run's figure (a benchmark reports them; tests never time anything). */
function targets(f: Figures): string[] {
  const t = f.firstToken.addedMs;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const runs = [f.oneProcess, f.twoProcesses];
  const worstEld = Math.max(...runs.flatMap((r) => r.eventLoopDelayMs.map((e) => e.p99Ms)));
  const lost = runs.reduce((n, r) => n + r.check.lostTokens + r.check.failed, 0);
  const perProcessReaders = Math.max(
    ...runs.flatMap((r) => r.eventLoopDelayMs.map((e) => Number(e.streamReaderConnections ?? 0))),
  );
  return [
    `added time to first token p50 ≤ 10 ms: ${t.p50} ms — ${mark(t.p50 <= 10)}`,
    `added time to first token p99 ≤ 25 ms: ${t.p99} ms — ${mark(t.p99 <= 25)}`,
    `${f.oneProcess.streams} concurrent streams, event-loop delay p99 < 50 ms on every API process: worst ${worstEld} ms — ${mark(worstEld < 50)}`,
    `nothing lost (tokens lost + streams not complete): ${lost} — ${mark(lost === 0)}`,
    `one Redis connection per process waits on streams, not one per follower: peak per process ${perProcessReaders} — ${mark(perProcessReaders <= 1)}`,
  ];
}

function renderSection(f: Figures): string {
  const eld = (r: Figures['oneProcess']) =>
    r.eventLoopDelayMs
      .map((e, i) => `${['A', 'B'][i]}: p50 ${e.p50Ms} / p99 ${e.p99Ms} / max ${e.maxMs}`)
      .join('; ');
  const row = (name: string, r: Figures['oneProcess']) =>
    `| ${name} | ${r.streams} | ${r.peakConcurrentStreams} | ${r.check.complete} | ${r.tokensDelivered} | ${r.check.lostTokens} | ${r.check.duplicatedTokens} | ${r.check.outOfOrder} | ${r.check.textMismatches} | ${r.wallSeconds} | ${r.tokensPerSecond} | ${eld(r)} | ${r.peakStreamReadConnections} |`;
  const t = f.firstToken;
  return `## chat — time to first token, concurrent streams, two processes through Redis

**What it measures** (issue 6, must-show 3). A fake OpenAI-compatible server (\`test/support/fake-openai.ts\`, in its
own process) answers with ${TOKENS} tokens, ${TOKEN_DELAY_MS} ms apart (${STREAM_TOKEN_DELAY_MS} ms apart in the concurrent runs, so
that every stream is still open when the last one is sent). The fingraph API runs in child
processes (\`bench/lib/app-process.ts\`: the real application over a fresh PostgreSQL database and Redis, demo data,
\`LLM_BASE_URL\` pointing at the fake), each reporting its own event-loop delay (\`monitorEventLoopDelay\`, 5 ms
resolution). The load generator (HTTP mutations + one graphql-ws socket per stream) is this process, compiled by
swc like the children (not ts-node: the TypeScript compiler's heap made its own major collections 24–35 ms, and they
landed in samples). API process B starts only for the two-process run, so its start-up is not beside A's samples.

1. **Time to first token.** The floor: the \`openai\` package streaming from the fake directly. Ours: \`sendChatMessage\`
   over HTTP, then \`chatMessageStream\` over graphql-ws until the first delta — so it includes the whole pipeline
   (topic, emotion, scenario SQL, context tools, prompt) before the LLM call. A finance question, a fresh text each
   time (no answer-cache hits); ${t.samples} samples each, alternating, after ${t.warmup} of each not counted.
2. **Concurrent streams, one process.** ${f.oneProcess.streams} messages from ${f.oneProcess.customers} customers
   (each with a login and its own access token) sent (${SEND_CONCURRENCY} sends in flight), each followed on its
   own WebSocket from the moment its send returns ("peak concurrent" = streams open at once, as seen by the
   client); every delta must arrive exactly once and in order, and each final message must equal both the
   concatenated deltas and the LLM's text.
3. **Two processes.** The same, sent on A and followed on B (token streams in Redis Streams).

**Run it:** \`npm run bench:chat\` (PostgreSQL and Redis on 127.0.0.1). Options: \`BENCH_STREAMS\`, \`BENCH_TOKENS\`,
\`BENCH_TOKEN_DELAY_MS\`, \`BENCH_STREAM_TOKEN_DELAY_MS\`, \`BENCH_TTFT_SAMPLES\`, \`BENCH_TTFT_WARMUP\`, \`BENCH_SEND_CONCURRENCY\`, \`BENCH_USERS\`, \`BENCH_DATABASE_URL\`, \`BENCH_REDIS_URL\`.

### Latest run — ${f.at} (${f.wallSeconds} s wall)

Machine: ${f.machine.cpus} × ${f.machine.cpuModel}, ${f.machine.totalMemoryGb} GB, Node ${f.machine.node}; load
generator, fake LLM, API processes, PostgreSQL and Redis share the cores.

| time to first token (ms) | p50 | p99 | mean |
|---|--:|--:|--:|
| fake LLM directly (\`openai\` package) | ${t.directMs.p50} | ${t.directMs.p99} | ${t.directMs.mean} |
| through fingraph (mutation → first delta on graphql-ws) | ${t.throughFingraphMs.p50} | ${t.throughFingraphMs.p99} | ${t.throughFingraphMs.mean} |
| **added by fingraph** | **${t.addedMs.p50}** | **${t.addedMs.p99}** | |

Through fingraph to the final \`done\` event: p50 ${t.throughFingraphToDoneMs.p50} ms, p99 ${t.throughFingraphToDoneMs.p99} ms.

| run | streams | peak concurrent | complete | deltas delivered | lost | duplicated | out of order | text mismatches | wall s | deltas/s | event-loop delay ms | Redis connections waiting on streams (peak, CLIENT LIST, all processes on this Redis) |
|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|
${row('one process (A → A)', f.oneProcess)}
${row('two processes (send A → read B, Redis)', f.twoProcesses)}

Targets of issue 15 in this run:

${targets(f)
  .map((t) => `- ${t}`)
  .join('\n')}

Raw figures: \`bench/results/chat-latest.json\`.`;
}

runBenchMain(main, log);
