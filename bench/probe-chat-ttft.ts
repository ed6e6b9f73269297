import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startFakeOpenAi } from '../test/support/fake-openai';
import { createBenchDatabase, deleteRedisKeys, loginDemo, postGraphQL } from './lib/harness';
import { startAppProcess } from './lib/processes';

// Where the time to first token goes: per sample, when the mutation returns, when the LLM request reaches the fake
// (same process, same clock) and when the first delta arrives — with a kept-open socket and a lazy one.
const SAMPLES = Number(process.env.PROBE_SAMPLES ?? 40);
const REDIS_URL = 'redis://127.0.0.1:6379';
const SEND = `mutation ($text: String!) { sendChatMessage(input: { text: $text }) { __typename ... on SendChatMessagePayload { assistantMessage { id } } } }`;
const STREAM = `subscription ($id: ID!) { chatMessageStream(messageId: $id) { index delta done } }`;
const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function main() {
  const fake = await startFakeOpenAi();
  const arrivals: number[] = [];
  fake.route = () => {
    arrivals.push(performance.now());
    return { kind: 'text', tokens: ['a', ' b', ' c'], delayMs: 25 };
  };
  const db = await createBenchDatabase('postgres://postgres@127.0.0.1:5432/postgres');
  const prefix = `fgprobe:${randomBytes(4).toString('hex')}:`;
  const app = await startAppProcess({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.PROBE_LOG_LEVEL ?? 'warn',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.PROBE_NO_REDIS ? '' : REDIS_URL,
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    JOBS_MODE: 'inprocess',
    SEED_DEMO: 'true',
    DEMO_CUSTOMERS: '200',
    LLM_BASE_URL: fake.baseUrl,
    LLM_API_KEY: 'probe',
    LLM_MODEL: 'fake-model',
    CHAT_MESSAGES_PER_MINUTE: '10000',
  });
  try {
    const token = await loginDemo(app.url, 'customer@fingraph.dev');
    for (const lazy of [false, true]) {
      const client = createClient({
        url: app.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy,
        retryAttempts: 0,
      });
      // A widget keeps its socket open: connect once (an eager client connects at creation).
      if (!lazy) await new Promise<void>((resolve) => client.on('connected', () => resolve()));
      const mut: number[] = [];
      const llm: number[] = [];
      const first: number[] = [];
      const starts: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const before = arrivals.length;
        const t0 = performance.now();
        const res = await postGraphQL(
          app.url,
          {
            query: SEND,
            variables: { text: `대출 상환 계획이 궁금해요 ${i} ${randomBytes(3).toString('hex')}` },
          },
          { authorization: `Bearer ${token}` },
        );
        const tMut = performance.now() - t0;
        const id = (res.body as { data: { sendChatMessage: { assistantMessage: { id: string } } } }).data
          .sendChatMessage.assistantMessage.id;
        const tFirst = await new Promise<number>((resolve, reject) => {
          let got = false;
          client.subscribe(
            { query: STREAM, variables: { id } },
            {
              next: (r) => {
                const d = (r.data as { chatMessageStream: { delta: string | null } } | undefined)
                  ?.chatMessageStream;
                if (!got && d?.delta) {
                  got = true;
                  resolve(performance.now() - t0);
                }
              },
              error: reject,
              complete: () => (got ? undefined : reject(new Error('no delta'))),
            },
          );
        });
        // wait for the stream to finish so runs don't overlap
        await new Promise((r) => setTimeout(r, 120));
        starts.push(performance.timeOrigin + t0);
        mut.push(tMut);
        llm.push(arrivals[before] - t0);
        first.push(tFirst);
      }
      console.log(
        `${lazy ? 'lazy socket' : 'open socket'}: mutation returns ${med(mut).toFixed(1)} ms, LLM request arrives ${med(llm).toFixed(1)} ms, first delta ${med(first).toFixed(1)} ms (medians of ${SAMPLES})`,
      );
      // The slowest samples, with their wall-clock start (to lay beside a server-side trace).
      const slow = first
        .map((f, i) => i)
        .sort((x, y) => first[y] - first[x])
        .slice(0, 6);
      for (const i of slow)
        console.log(
          `  slow #${i} at ${starts[i].toFixed(1)}: mutation ${mut[i].toFixed(1)}, LLM ${llm[i].toFixed(1)}, first ${first[i].toFixed(1)} ms`,
        );
      await client.dispose();
    }
  } finally {
    await app.stop();
    await fake.stop();
    await db.drop();
    await deleteRedisKeys(REDIS_URL, prefix);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
