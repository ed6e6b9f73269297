import { randomUUID } from 'node:crypto';
import { createLogger } from '../observability/logger';
import { createRedisClient, RedisClient } from '../redis/redis-client';
import { ExpiringMap } from './expiring-map';
import { Cache, createCache, MemoryCache, RedisCache } from './index';

const REDIS_URL = process.env.REDIS_URL;
const logger = createLogger('silent');
// Every key of this run starts with RUN, so runs never collide and afterAll can remove them.
const RUN = `fg-test:${randomUUID()}:`;
let prefixes = 0;

interface CacheHarness {
  cache: Cache;
  /** Lets `seconds` pass for TTL purposes: a fake clock in memory, real time on Redis. */
  elapse(seconds: number): Promise<void>;
}

function describeCacheContract(open: () => Promise<CacheHarness>): void {
  let h: CacheHarness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(() => h.cache.close());

  it('returns undefined for a missing key and round-trips values as JSON', async () => {
    expect(await h.cache.get('missing')).toBeUndefined();
    const value = { n: 1, s: 'x', nested: [1, { deep: true }], at: new Date('2025-01-02T03:04:05.000Z') };
    await h.cache.set('k', value);
    expect(await h.cache.get('k')).toEqual({ ...value, at: '2025-01-02T03:04:05.000Z' });
  });

  it('hands out copies, not the stored object', async () => {
    const value = { list: [1] };
    await h.cache.set('k', value);
    value.list.push(2);
    const read = await h.cache.get<{ list: number[] }>('k');
    read!.list.push(3);
    expect(await h.cache.get('k')).toEqual({ list: [1] });
  });

  it('deletes', async () => {
    await h.cache.set('k', 1);
    await h.cache.delete('k');
    expect(await h.cache.get('k')).toBeUndefined();
  });

  it('reports the TTL only for keys that have one', async () => {
    await h.cache.set('forever', 1);
    await h.cache.set('timed', 1, 60);
    expect(await h.cache.ttl('forever')).toBeUndefined();
    expect(await h.cache.ttl('absent')).toBeUndefined();
    const ttl = await h.cache.ttl('timed');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('expires a value after its TTL', async () => {
    await h.cache.set('k', 'v', 1);
    expect(await h.cache.get('k')).toBe('v');
    await h.elapse(1);
    expect(await h.cache.get('k')).toBeUndefined();
    expect(await h.cache.ttl('k')).toBeUndefined();
  });

  it('increments from zero, by a step, and sets the TTL only when the key is created', async () => {
    expect(await h.cache.increment('c', 10)).toBe(1);
    expect(await h.cache.increment('c', 100, 5)).toBe(6);
    expect(await h.cache.ttl('c')).toBeLessThanOrEqual(10);
    expect(await h.cache.get('c')).toBe(6);
  });

  it('gives an existing counter without TTL one (EXPIRE NX)', async () => {
    await h.cache.set('c', 3);
    expect(await h.cache.increment('c', 30)).toBe(4);
    expect(await h.cache.ttl('c')).toBeGreaterThan(0);
  });

  it('restarts a counter once its window has expired', async () => {
    await h.cache.increment('c', 1);
    await h.cache.increment('c', 1);
    await h.elapse(1);
    expect(await h.cache.increment('c', 1)).toBe(1);
  });

  it('counts 50 concurrent increments exactly', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => h.cache.increment('hits', 60)));
    expect(await h.cache.get('hits')).toBe(50);
    expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('refuses to increment a non-integer value', async () => {
    await h.cache.set('s', 'text');
    await expect(h.cache.increment('s', 10)).rejects.toThrow();
  });
}

describe('MemoryCache', () => {
  describeCacheContract(async () => {
    let now = 1_000_000;
    const cache = new MemoryCache({ now: () => now });
    return { cache, elapse: async (seconds) => void (now += seconds * 1000) };
  });
});

describe('ExpiringMap', () => {
  it('drops expired entries in the periodic sweep without them being read', () => {
    jest.useFakeTimers();
    const map = new ExpiringMap<number>(Date.now, 1_000);
    try {
      map.set('short', 1, 500);
      map.set('long', 2, 5_000);
      map.set('forever', 3);
      jest.advanceTimersByTime(1_000);
      expect(map.size).toBe(2);
      expect(map.get('long')).toBe(2);
    } finally {
      map.close();
      jest.useRealTimers();
    }
  });
});

(REDIS_URL ? describe : describe.skip)(
  `RedisCache${REDIS_URL ? '' : ' (skipped: REDIS_URL not set)'}`,
  () => {
    let admin: RedisClient;
    beforeAll(async () => {
      admin = await createRedisClient(REDIS_URL!, { name: 'cache-test-admin', logger });
    });
    afterAll(async () => {
      for await (const keys of admin.scanIterator({ MATCH: `${RUN}*`, COUNT: 500 }))
        if (keys.length) await admin.del(keys);
      await admin.close();
    });

    describeCacheContract(async () => {
      const client = await createRedisClient(REDIS_URL!, { name: 'cache-test', logger });
      const cache = new RedisCache(client, `${RUN}${++prefixes}:`);
      // Redis expires keys to the millisecond when they are read; the margin only covers timer jitter.
      return {
        cache,
        elapse: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100)),
      };
    });

    it('shares counters between two instances (replicas)', async () => {
      const prefix = `${RUN}${++prefixes}:`;
      const [a, b] = await Promise.all([
        createCache({ redisUrl: REDIS_URL, prefix, logger }),
        createCache({ redisUrl: REDIS_URL, prefix, logger }),
      ]);
      try {
        await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).increment('shared', 60)));
        expect(await a.get('shared')).toBe(50);
        expect(await b.get('shared')).toBe(50);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  },
);

describe('createCache', () => {
  it('is in-memory without a Redis URL', async () => {
    const cache = await createCache();
    expect(cache).toBeInstanceOf(MemoryCache);
    await cache.close();
  });
});
