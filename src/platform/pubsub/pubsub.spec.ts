import { randomUUID } from 'node:crypto';
import type { PubSub as TypeGraphQLPubSub } from 'type-graphql';
import { createLogger } from '../observability/logger';
import { createRedisClient, duplicateRedisClient, RedisClient } from '../redis/redis-client';
import { createPubSub, MemoryPubSub, PubSub, RedisPubSub } from './index';

const REDIS_URL = process.env.REDIS_URL;
const logger = createLogger('silent');
const RUN = `fg-test:${randomUUID()}:`;
let prefixes = 0;

interface PubSubHarness {
  /** Another replica on the same bus (in memory there is only one, so the same instance). */
  replica(): Promise<PubSub>;
  /** Resolves once `count` replicas listen on topic. Memory listeners attach on the first next(), synchronously. */
  listening(topic: string, count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a subscription (subscribing happens on the first next()) and returns the pending first event. */
function listen(pubsub: PubSub, topic: string, id?: unknown) {
  const it = pubsub.subscribe(topic, id)[Symbol.asyncIterator]();
  return { it, first: it.next() };
}

function describePubSubContract(open: () => Promise<PubSubHarness>): void {
  let h: PubSubHarness;
  let pubsub: PubSub;
  beforeEach(async () => {
    h = await open();
    pubsub = await h.replica();
  });
  afterEach(() => h.close());

  it('can be passed to type-graphql as its pubSub', () => {
    const compatible: TypeGraphQLPubSub = pubsub;
    expect(typeof compatible.subscribe).toBe('function');
  });

  it('delivers a published payload as JSON', async () => {
    const { first } = listen(pubsub, 'NEWS');
    await h.listening('NEWS', 1);
    pubsub.publish('NEWS', { title: 'hi', at: new Date('2025-01-02T03:04:05.000Z') });
    expect(await first).toEqual({ done: false, value: { title: 'hi', at: '2025-01-02T03:04:05.000Z' } });
  });

  it('routes by dynamic topic id', async () => {
    const { first } = listen(pubsub, 'LOAN_UPDATED', 'loan-1');
    await h.listening('LOAN_UPDATED:loan-1', 1);
    pubsub.publish('LOAN_UPDATED', 'loan-2', { id: 'loan-2' });
    pubsub.publish('LOAN_UPDATED', 'loan-1', { id: 'loan-1' });
    expect((await first).value).toEqual({ id: 'loan-1' });
  });

  it('keeps publish order', async () => {
    const { it, first } = listen(pubsub, 'SEQ');
    await h.listening('SEQ', 1);
    for (let n = 0; n < 20; n += 1) pubsub.publish('SEQ', { n });
    const received = [(await first).value];
    while (received.length < 20) received.push((await it.next()).value);
    expect(received).toEqual(Array.from({ length: 20 }, (_, n) => ({ n })));
  });

  it('fans out to every subscriber on every replica, whichever replica publishes', async () => {
    const other = await h.replica();
    const subscribers = [listen(pubsub, 'FAN'), listen(pubsub, 'FAN'), listen(other, 'FAN')];
    await h.listening('FAN', pubsub === other ? 1 : 2);
    other.publish('FAN', { from: 'other' });
    for (const s of subscribers) expect((await s.first).value).toEqual({ from: 'other' });
    const next = subscribers.map((s) => s.it.next());
    pubsub.publish('FAN', { from: 'first' });
    for (const n of next) expect((await n).value).toEqual({ from: 'first' });
  });

  it('stops one subscription without disturbing the others', async () => {
    const leaving = listen(pubsub, 'TOPIC');
    const staying = listen(pubsub, 'TOPIC');
    await h.listening('TOPIC', 1);
    expect(await leaving.it.return!()).toEqual({ done: true, value: undefined });
    expect(await leaving.first).toEqual({ done: true, value: undefined });
    pubsub.publish('TOPIC', { still: true });
    expect((await staying.first).value).toEqual({ still: true });
  });

  it('ends live subscriptions on close', async () => {
    const { first } = listen(pubsub, 'CLOSING');
    await h.listening('CLOSING', 1);
    await h.close();
    expect(await first).toEqual({ done: true, value: undefined });
  });
}

describe('MemoryPubSub', () => {
  describePubSubContract(async () => {
    const pubsub = new MemoryPubSub();
    return { replica: async () => pubsub, listening: async () => undefined, close: () => pubsub.close() };
  });
});

(REDIS_URL ? describe : describe.skip)(
  `RedisPubSub${REDIS_URL ? '' : ' (skipped: REDIS_URL not set)'}`,
  () => {
    let admin: RedisClient;
    beforeAll(async () => {
      admin = await createRedisClient(REDIS_URL!, { name: 'pubsub-test-admin', logger });
    });
    afterAll(() => admin.close());

    /** Polls PUBSUB NUMSUB: the replicas' SUBSCRIBE is asynchronous, and a message published earlier is lost. */
    async function numsub(channel: string, count: number): Promise<void> {
      while ((await admin.pubSubNumSub(channel))[channel] !== count)
        await new Promise((r) => setTimeout(r, 10));
    }

    describePubSubContract(async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const replicas: PubSub[] = [];
      return {
        replica: async () => {
          const publisher = await createRedisClient(REDIS_URL!, { name: 'pubsub-test', logger });
          const subscriber = await duplicateRedisClient(publisher, { name: 'pubsub-test-sub', logger });
          const replica = new RedisPubSub(publisher, subscriber, { prefix, logger });
          replicas.push(replica);
          return replica;
        },
        listening: (topic, count) => numsub(prefix + topic, count),
        close: async () => void (await Promise.all(replicas.splice(0).map((r) => r.close()))),
      };
    });

    it('skips a message that is not JSON and keeps delivering', async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const pubsub = await createPubSub({ redisUrl: REDIS_URL, prefix, logger });
      try {
        const { first } = listen(pubsub, 'T');
        await numsub(`${prefix}T`, 1);
        await admin.publish(`${prefix}T`, 'not json {');
        pubsub.publish('T', { ok: true });
        expect((await first).value).toEqual({ ok: true });
      } finally {
        await pubsub.close();
      }
    });

    it('unsubscribes from Redis when the last local subscriber leaves', async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const pubsub = await createPubSub({ redisUrl: REDIS_URL, prefix, logger });
      try {
        const a = listen(pubsub, 'T');
        const b = listen(pubsub, 'T');
        await numsub(`${prefix}T`, 1);
        await a.it.return!();
        await b.it.return!();
        await numsub(`${prefix}T`, 0);
        await Promise.all([a.first, b.first]);
      } finally {
        await pubsub.close();
      }
    });
  },
);

describe('createPubSub', () => {
  it('is in-memory without a Redis URL', async () => {
    const pubsub = await createPubSub();
    expect(pubsub).toBeInstanceOf(MemoryPubSub);
    await pubsub.close();
  });
});
