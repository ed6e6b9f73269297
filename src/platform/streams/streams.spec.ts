import { randomUUID } from 'node:crypto';
import { setImmediate as tick } from 'node:timers/promises';
import { meterChatStreams } from '../../app/metered';
import { createLogger } from '../observability/logger';
import { createMetrics } from '../observability/metrics';
import { createRedisClient, RedisClient } from '../redis/redis-client';
import {
  createTokenStreams,
  MemoryTokenStreams,
  RedisTokenStreams,
  StreamEntry,
  TokenStreams,
} from './index';

const REDIS_URL = process.env.REDIS_URL;
const logger = createLogger('silent');
const RUN = `fg-test:${randomUUID()}:`;
let prefixes = 0;

interface StreamsHarness {
  /** Another replica on the same store (in memory there is only one, so the same instance). */
  replica(): Promise<TokenStreams>;
  /** Lets `seconds` pass for TTL purposes: a fake clock in memory, real time on Redis. */
  elapse(seconds: number): Promise<void>;
  close(): Promise<void>;
}

const isLast = (entry: StreamEntry) => entry.data.last === true;

async function collect(iterable: AsyncIterable<StreamEntry>): Promise<StreamEntry[]> {
  const entries: StreamEntry[] = [];
  for await (const entry of iterable) entries.push(entry);
  return entries;
}

const indexes = (entries: StreamEntry[]) => entries.map((e) => e.index);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function describeTokenStreamsContract(open: () => Promise<StreamsHarness>): void {
  let h: StreamsHarness;
  let streams: TokenStreams;
  beforeEach(async () => {
    h = await open();
    streams = await h.replica();
  });
  afterEach(() => h.close());

  async function write(key: string, count: number, lastToo = true): Promise<void> {
    for (let i = 0; i < count; i += 1)
      await streams.append(key, { t: `tok${i}`, last: lastToo && i === count - 1 });
  }

  it('assigns consecutive indexes from 0 and counts entries', async () => {
    expect(await streams.length('s')).toBe(0);
    expect(await streams.append('s', { t: 'a' })).toBe(0);
    expect(await streams.append('s', { t: 'b' })).toBe(1);
    expect(await streams.length('s')).toBe(2);
  });

  it('reads after an index, with a limit, and round-trips data as JSON', async () => {
    await streams.append('s', { at: new Date('2025-01-02T03:04:05.000Z'), n: [1, 2] });
    await write('s', 4, false);
    expect(await streams.read('s', -1, { limit: 1 })).toEqual([
      { index: 0, data: { at: '2025-01-02T03:04:05.000Z', n: [1, 2] } },
    ]);
    expect(indexes(await streams.read('s', -1))).toEqual([0, 1, 2, 3, 4]);
    expect(indexes(await streams.read('s', 2))).toEqual([3, 4]);
    expect(indexes(await streams.read('s', 0, { limit: 2 }))).toEqual([1, 2]);
    expect(await streams.read('s', 4)).toEqual([]);
    expect(await streams.read('nothing', -1)).toEqual([]);
  });

  it('wakes a blocking read on append', async () => {
    await write('s', 2, false);
    const pending = streams.read('s', 1, { blockMs: 30_000 });
    await streams.append('s', { t: 'late' });
    expect(await pending).toEqual([{ index: 2, data: { t: 'late' } }]);
  });

  it('returns nothing when a blocking read times out', async () => {
    expect(await streams.read('s', -1, { blockMs: 50 })).toEqual([]);
  });

  it('keeps serving other commands while a read blocks', async () => {
    const order: string[] = [];
    const blocked = streams.read('quiet', -1, { blockMs: 30_000 }).then(() => order.push('blocked read'));
    await streams.append('busy', { t: 'x' });
    expect(await streams.length('busy')).toBe(1);
    order.push('other commands');
    await streams.append('quiet', { t: 'release' });
    await blocked;
    expect(order).toEqual(['other commands', 'blocked read']);
  });

  it('gives a late joiner every entry from the start and ends on the last one', async () => {
    await write('s', 5);
    await streams.append('s', { t: 'after the end' });
    const entries = await collect(streams.follow('s', -1, { isLast }));
    expect(indexes(entries)).toEqual(range(0, 4));
    expect(entries[4].data).toEqual({ t: 'tok4', last: true });
  });

  it('resumes after a given index', async () => {
    await write('s', 6);
    expect(indexes(await collect(streams.follow('s', 3, { isLast })))).toEqual([4, 5]);
  });

  it('delivers every entry exactly once and in order while a producer appends', async () => {
    const total = 120;
    const early = collect(streams.follow('live', -1, { isLast }));
    const producer = (async () => {
      for (let i = 0; i < total; i += 1) {
        await streams.append('live', { i, last: i === total - 1 });
        if (i % 7 === 0) await tick();
      }
    })();
    while ((await streams.length('live')) < 30) await tick();
    const midway = collect(streams.follow('live', -1, { isLast }));
    const resumed = collect(streams.follow('live', 10, { isLast }));
    await producer;
    for (const [entries, from] of [
      [await early, 0],
      [await midway, 0],
      [await resumed, 11],
    ] as const) {
      expect(indexes(entries)).toEqual(range(from, total - 1));
      expect(entries.map((e) => e.data.i)).toEqual(range(from, total - 1));
    }
  });

  it('lets a follower on one replica see entries appended on another', async () => {
    const other = await h.replica();
    const following = collect(other.follow('shared', -1, { isLast }));
    await write('shared', 10);
    expect(indexes(await following)).toEqual(range(0, 9));
  });

  it('assigns unique consecutive indexes to concurrent appends from two replicas', async () => {
    const other = await h.replica();
    const assigned = await Promise.all(
      range(0, 39).map((i) => (i % 2 ? other : streams).append('race', { i })),
    );
    expect([...assigned].sort((a, b) => a - b)).toEqual(range(0, 39));
    const stored = await streams.read('race', -1);
    expect(stored.map((e) => assigned.indexOf(e.index))).toEqual(stored.map((e) => e.data.i));
  });

  it('ends a follow when its signal aborts, and when the consumer stops early', async () => {
    await write('s', 2, false);
    const controller = new AbortController();
    const seen: number[] = [];
    const following = (async () => {
      for await (const entry of streams.follow('s', -1, { isLast, signal: controller.signal })) {
        seen.push(entry.index);
        if (entry.index === 1) controller.abort();
      }
    })();
    await following;
    expect(seen).toEqual([0, 1]);

    for await (const entry of streams.follow('s', -1, { isLast })) {
      expect(entry.index).toBe(0);
      break;
    }
    // Still usable afterwards: the waits those followers held are gone.
    await streams.append('s', { t: 'more' });
    expect(indexes(await streams.read('s', 1, { blockMs: 1_000 }))).toEqual([2]);
  });

  it('ends followers and blocking reads on close', async () => {
    const following = collect(streams.follow('idle', -1, { isLast }));
    const reading = streams.read('idle', -1, { blockMs: 30_000 });
    await tick();
    await h.close();
    expect(await following).toEqual([]);
    expect(await reading).toEqual([]);
  });

  it('drops a stream after expire', async () => {
    await write('s', 3);
    await streams.expire('s', 1);
    expect(await streams.length('s')).toBe(3);
    await h.elapse(1);
    expect(await streams.length('s')).toBe(0);
    expect(await streams.read('s', -1)).toEqual([]);
  });
}

describe('MemoryTokenStreams', () => {
  describeTokenStreamsContract(async () => {
    let now = 1_000_000;
    const streams = new MemoryTokenStreams({ now: () => now });
    return {
      replica: async () => streams,
      elapse: async (seconds) => void (now += seconds * 1000),
      close: () => streams.close(),
    };
  });
});

(REDIS_URL ? describe : describe.skip)(
  `RedisTokenStreams${REDIS_URL ? '' : ' (skipped: REDIS_URL not set)'}`,
  () => {
    let admin: RedisClient;
    beforeAll(async () => {
      admin = await createRedisClient(REDIS_URL!, { name: 'streams-test-admin', logger });
    });
    afterAll(async () => {
      for await (const keys of admin.scanIterator({ MATCH: `${RUN}*`, COUNT: 500 }))
        if (keys.length) await admin.del(keys);
      await admin.close();
    });

    describeTokenStreamsContract(async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const replicas: TokenStreams[] = [];
      return {
        replica: async () => {
          const client = await createRedisClient(REDIS_URL!, { name: 'streams-test', logger });
          const replica = new RedisTokenStreams(client, { prefix, logger });
          replicas.push(replica);
          return replica;
        },
        // Redis expires keys to the millisecond when they are read; the margin only covers timer jitter.
        elapse: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100)),
        close: async () => void (await Promise.all(replicas.splice(0).map((r) => r.close()))),
      };
    });

    it('follows many streams with many followers over one reader connection, losing nothing', async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const readerName = `streams-test-reader-${randomUUID()}`;
      const client = await createRedisClient(REDIS_URL!, { name: 'streams-test', logger });
      const streams = new RedisTokenStreams(client, { prefix, logger, readerName });
      const readerConnections = async () =>
        (await admin.sendCommand<string>(['CLIENT', 'LIST', 'TYPE', 'normal']))
          .split('\n')
          .filter((line) => line.includes(`name=fingraph-${readerName} `)).length;
      try {
        const keys = range(0, 49).map((i) => `many:${i}`);
        const entries = 8;
        // 250 followers at once, five per stream, before anything is written.
        const following = keys.flatMap((key) =>
          range(0, 4).map(() => collect(streams.follow(key, -1, { isLast }))),
        );
        // Every follower waits: a wake-up per new stream at most, no connection per follower.
        while (streams.readerConnections === 0) await tick();
        expect(await readerConnections()).toBe(1);
        // The application's metered wrapper reports the same count (what bench:chat reads per process).
        expect(meterChatStreams(createMetrics(), streams, 'llm').streams.readerConnections).toBe(1);
        for (let i = 0; i < entries; i += 1)
          await Promise.all(keys.map((key) => streams.append(key, { key, i, last: i === entries - 1 })));
        const results = await Promise.all(following);
        expect(results).toHaveLength(250);
        for (const [n, received] of results.entries()) {
          expect(indexes(received)).toEqual(range(0, entries - 1));
          expect(received.every((e) => e.data.key === keys[Math.floor(n / 5)])).toBe(true);
        }
        expect(await readerConnections()).toBeLessThanOrEqual(1);
      } finally {
        await streams.close();
      }
      expect(await readerConnections()).toBe(0);
    });

    it('stores entries with ids 0-<index + 1>', async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const streams = await createTokenStreams({ redisUrl: REDIS_URL, prefix, logger });
      try {
        await streams.append('ids', { t: 'a' });
        await streams.append('ids', { t: 'b' });
        const raw = (await admin.xRange(`${prefix}stream:ids`, '-', '+')) ?? [];
        expect(raw.map((e) => e.id)).toEqual(['0-1', '0-2']);
        expect(raw[1].message).toEqual({ d: JSON.stringify({ t: 'b' }) });
      } finally {
        await streams.close();
      }
    });
  },
);

describe('createTokenStreams', () => {
  it('is in-memory without a Redis URL', async () => {
    const streams = await createTokenStreams();
    expect(streams).toBeInstanceOf(MemoryTokenStreams);
    await streams.close();
  });
});
