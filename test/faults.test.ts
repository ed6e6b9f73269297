import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { Client, createClient as createWsClient } from 'graphql-ws';
import { createClient as createRedisClient } from 'redis';
import { Application, startApplication } from '../src/app/application';
import { loadConfig } from '../src/app/config';
import { DEMO, DEMO_PASSWORD, GraphQLResponse, subscribe } from './support/app';
import { STREAM, StreamEvent } from './support/chat';
import type { ChatMessageStreamSubscription } from './generated/operations';
import {
  missingForFaultTests,
  PrivatePostgres,
  PrivateRedis,
  startPrivatePostgres,
  startPrivateRedis,
} from './support/private-services';

// Fault tests (issue 12, item 7): the app on a private PostgreSQL cluster and a private Redis server that the test
// freezes (SIGSTOP) and kills. Requests must fail fast with a retryable UNAVAILABLE — answered while the outage
// is still on, not after it — and everything must recover by itself. Timeouts are short through the config.
// The shared services (5432, 6379) are never touched, so the file runs the same in both test modes.

const missing = missingForFaultTests();

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) ' +
  '{ __typename ... on AuthPayload { accessToken } } }';
const SEND =
  'mutation ($text: String!) { sendChatMessage(input: { text: $text }) { __typename ' +
  '... on SendChatMessagePayload { assistantMessage { id status } } } }';
const MESSAGE = 'query ($id: ID!) { chatMessage(id: $id) { status text tokenCount } }';
const QUESTION = '대출 상환이 너무 걱정돼요';

type LoginData = { login: { __typename: string; accessToken?: string } };
type SendData = {
  sendChatMessage: { __typename: string; assistantMessage?: { id: string; status: string } };
};
type MessageData = { chatMessage: { status: string; text: string; tokenCount: number } | null };

(missing ? describe.skip : describe)(
  `outages fail fast and recover${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let pg: PrivatePostgres;
    let redis: PrivateRedis;
    let app: Application;
    let url: string;
    const sockets: Client[] = [];

    beforeAll(async () => {
      pg = await startPrivatePostgres();
      redis = await startPrivateRedis();
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        DATABASE_URL: pg.url,
        REDIS_URL: redis.url,
        REDIS_PREFIX: `fgfault:${randomBytes(3).toString('hex')}:`,
        JWT_SECRET: randomBytes(32).toString('hex'),
        SEED_DEMO: 'true',
        DEMO_CUSTOMERS: '5',
        DEMO_SPENDING: 'false',
        LOAD_BUNDLED_INDICATORS: 'false',
        JOBS_MODE: 'inprocess',
        JOBS_IN_API: 'true',
        DB_POOL_MAX: '4',
        DB_STATEMENT_TIMEOUT_MS: '3000',
        DB_QUERY_TIMEOUT_MS: '4000',
        DB_CONNECTION_TIMEOUT_MS: '2000',
        READYZ_TIMEOUT_MS: '1000',
        REDIS_COMMAND_TIMEOUT_MS: '500',
        REDIS_CONNECT_TIMEOUT_MS: '1000',
        REDIS_RECONNECT_MAX_DELAY_MS: '500',
        UNAVAILABLE_RETRY_AFTER_SECONDS: '3',
        CHAT_OFFLINE_TOKEN_DELAY_MS: '40',
      });
      app = await startApplication(config, { port: 0, host: '127.0.0.1' });
      url = app.server.url.replace('localhost', '127.0.0.1');
    }, 120_000);

    afterAll(async () => {
      try {
        await Promise.allSettled(sockets.map((s) => s.dispose()));
        pg?.thaw();
        redis?.thaw();
        // Bounded, so the private services below are stopped even if the app cannot stop.
        await Promise.race([app?.stop().catch(() => undefined), sleep(20_000)]);
      } finally {
        await redis?.stop();
        await pg?.stop();
      }
    }, 60_000);

    async function request<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse<T>;
    }

    const login = () =>
      request<LoginData>(LOGIN, { email: DEMO.customer, password: DEMO_PASSWORD }).then((r) => ({
        ...r,
        token: r.data?.login.accessToken,
      }));
    const send = (token: string) => request<SendData>(SEND, { text: QUESTION }, token);
    const readyz = async () => {
      const res = await fetch(url.replace(/\/graphql$/, '/readyz'));
      return { status: res.status, body: (await res.json()) as { checks: Record<string, boolean> } };
    };
    const ws = (token: string) => {
      const client = createWsClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      sockets.push(client);
      return client;
    };

    /** Retries `attempt` until `ok` (the service came back); bounded so a broken recovery fails the test. */
    async function eventually<T>(attempt: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
      let last: T | undefined;
      for (let i = 0; i < 60; i += 1) {
        last = await attempt().catch(() => undefined as T);
        if (last !== undefined && ok(last)) return last;
        await sleep(500);
      }
      return last as T;
    }

    function expectUnavailable(res: GraphQLResponse<unknown>) {
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 3 });
    }

    /** An outage that ends by itself after `ms` at the latest (so a hanging request cannot hang the test). */
    function outage(end: () => void, ms: number) {
      const state = { over: false };
      const timer = setTimeout(() => {
        state.over = true;
        end();
      }, ms);
      return {
        state,
        end() {
          clearTimeout(timer);
          if (!state.over) end();
          state.over = true;
        },
      };
    }

    it('PostgreSQL frozen (SIGSTOP): HTTP and graphql-ws answer UNAVAILABLE during the outage, /readyz 503; then both recover', async () => {
      const { token } = await login();
      expect(token).toBeDefined();
      const sent = await send(token!);
      const messageId = sent.data!.sendChatMessage.assistantMessage!.id;
      expect((await request<{ me: { email: string } }>('{ me { email } }', {}, token)).data?.me.email).toBe(
        DEMO.customer,
      );
      expect((await readyz()).status).toBe(200);

      pg.freeze();
      // Far beyond the 4 s query timeout: a request still waiting when this fires has hung.
      const down = outage(() => pg.thaw(), 40_000);
      const during = await request('{ me { email } }', {}, token);
      const answeredDuringOutage = !down.state.over;
      const probe = await readyz();
      const sub = subscribe<ChatMessageStreamSubscription>(ws(token!), STREAM, { messageId });
      await sub.done;
      const subscriptionEndedDuringOutage = !down.state.over;
      down.end();

      expect(answeredDuringOutage).toBe(true);
      expectUnavailable(during);
      expect(probe.status).toBe(503);
      expect(probe.body.checks.database).toBe(false);
      expect(subscriptionEndedDuringOutage).toBe(true);
      expect(sub.errors.flat()[0]).toMatchObject({
        extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 3 },
      });

      // Recovery needs no restart: the same process answers again.
      const after = await eventually(
        () => request<{ me: { email: string } }>('{ me { email } }', {}, token),
        (r) => r.data?.me?.email === DEMO.customer,
      );
      expect(after.data?.me.email).toBe(DEMO.customer);
      expect((await eventually(readyz, (r) => r.status === 200)).status).toBe(200);
    });

    it('Redis loses its data under a live follower: the subscription ends with the stored final message', async () => {
      const { token } = await login();
      // A first answer tells the reply's length; FLUSHALL drops it from the answer cache so the second is
      // generated again, token by token, with the same text.
      const first = await send(token!);
      const firstEvents = await streamAll(ws(token!), first.data!.sendChatMessage.assistantMessage!.id);
      const total = firstEvents[firstEvents.length - 1].index;
      expect(total).toBeGreaterThan(5);
      await flushRedis();

      const second = await send(token!);
      const id = second.data!.sendChatMessage.assistantMessage!.id;
      const sub = subscribe<ChatMessageStreamSubscription>(ws(token!), STREAM, { messageId: id });
      // Lose the stream late: what the runner appends afterwards restarts at index 0, below this follower's
      // position, so its final entry never reaches the follower through the stream.
      await sub.next(Math.ceil(total * 0.7));
      await flushRedis();
      await sub.done;

      expect(sub.errors).toEqual([]);
      const last = sub.results[sub.results.length - 1].chatMessageStream;
      const stored = await request<MessageData>(MESSAGE, { id }, token);
      expect(last.done).toBe(true);
      expect(last.message).toMatchObject({ status: 'COMPLETE', text: stored.data!.chatMessage!.text });
      expect(last.index).toBe(stored.data!.chatMessage!.tokenCount);
    });

    it('Redis frozen for a moment while an answer streams: the answer still ends COMPLETE with its whole text', async () => {
      const { token } = await login();
      const first = await send(token!);
      const firstId = first.data!.sendChatMessage.assistantMessage!.id;
      await streamAll(ws(token!), firstId);
      const whole = (await request<MessageData>(MESSAGE, { id: firstId }, token)).data!.chatMessage!;
      // Generated again token by token (no cached answer), then Redis stops answering for longer than the 500 ms
      // command timeout: the XADDs of a few tokens time out under the running answer.
      await flushRedis();
      const second = await send(token!);
      const id = second.data!.sendChatMessage.assistantMessage!.id;
      const sub = subscribe<ChatMessageStreamSubscription>(ws(token!), STREAM, { messageId: id });
      await sub.next(3);
      redis.freeze();
      const frozen = outage(() => redis.thaw(), 1_500);
      await sleep(1_500);
      frozen.end();

      const ended = await eventually(
        () => request<MessageData>(MESSAGE, { id }, token),
        (r) => r.data?.chatMessage?.status !== 'STREAMING',
      );
      expect(ended.data!.chatMessage).toMatchObject({ status: 'COMPLETE', text: whole.text });
      // A stream resumed after the end gets that whole text in its final event.
      const resumed = await streamAll(ws(token!), id);
      expect(resumed[resumed.length - 1]).toMatchObject({
        done: true,
        message: { status: 'COMPLETE', text: whole.text },
      });
      await sub.done;
    });

    it('Redis frozen, then killed: login and sendChatMessage answer UNAVAILABLE during the outage; a restart (empty) recovers them and resumes a finished stream from PostgreSQL', async () => {
      const { token } = await login();
      const before = await send(token!);
      const beforeId = before.data!.sendChatMessage.assistantMessage!.id;
      await streamAll(ws(token!), beforeId);

      redis.freeze();
      const frozen = outage(() => redis.thaw(), 40_000);
      const loginFrozen = await login();
      const sendFrozen = await send(token!);
      const frozenAnswered = !frozen.state.over;
      const probe = await readyz();

      // Now it dies (its data with it) and stays down until the requests below have been answered.
      await redis.kill();
      frozen.end();
      let restarted = false;
      const loginDown = await login();
      const sendDown = await send(token!);
      const downAnswered = !restarted;
      await redis.restart();
      restarted = true;

      expect(frozenAnswered).toBe(true);
      expectUnavailable(loginFrozen);
      expectUnavailable(sendFrozen);
      expect(probe.status).toBe(503);
      expect(probe.body.checks.redis).toBe(false);
      expect(downAnswered).toBe(true);
      expectUnavailable(loginDown);
      expectUnavailable(sendDown);

      // Recovery: login, a new answer streamed to the end, readiness.
      const back = await eventually(login, (r) => r.token !== undefined);
      expect(back.token).toBeDefined();
      const again = await send(back.token!);
      expect(again.data?.sendChatMessage.__typename).toBe('SendChatMessagePayload');
      const events = await streamAll(ws(back.token!), again.data!.sendChatMessage.assistantMessage!.id);
      expect(events[events.length - 1]).toMatchObject({ done: true, message: { status: 'COMPLETE' } });
      expect((await eventually(readyz, (r) => r.status === 200)).status).toBe(200);

      // The message finished before the outage lost its token stream with Redis: a resume gets the stored end.
      const stored = await request<MessageData>(MESSAGE, { id: beforeId }, back.token);
      const resumed = await streamAll(ws(back.token!), beforeId, 2);
      expect(resumed).toEqual([
        expect.objectContaining({
          done: true,
          index: stored.data!.chatMessage!.tokenCount,
          message: expect.objectContaining({ status: 'COMPLETE', text: stored.data!.chatMessage!.text }),
        }),
      ]);
    });

    async function streamAll(client: Client, messageId: string, after?: number): Promise<StreamEvent[]> {
      const sub = subscribe<ChatMessageStreamSubscription>(client, STREAM, { messageId, after });
      await sub.done;
      if (sub.errors.length > 0) throw new Error(JSON.stringify(sub.errors));
      return sub.results.map((r) => r.chatMessageStream);
    }

    async function flushRedis(): Promise<void> {
      const admin = createRedisClient({ url: redis.url });
      await admin.connect();
      try {
        await admin.flushAll();
      } finally {
        admin.destroy();
      }
    }
  },
);
