import { createLogger, Logger } from '../observability/logger';
import { createRedisClient, RedisTimeouts } from '../redis/redis-client';
import { Cache } from './cache';
import { MemoryCache } from './memory-cache';
import { RedisCache } from './redis-cache';

export type { Cache } from './cache';
export { MemoryCache, type MemoryCacheOptions } from './memory-cache';
export { RedisCache } from './redis-cache';

export interface CacheOptions {
  /** Without it, the cache is in-process (one replica). */
  redisUrl?: string;
  /** Key prefix in Redis; default `fg:`. */
  prefix?: string;
  logger?: Logger;
  /** Fail-fast settings of the Redis connections (defaults: DEFAULT_REDIS_TIMEOUTS). */
  timeouts?: Partial<RedisTimeouts>;
}

export async function createCache(options: CacheOptions = {}): Promise<Cache> {
  if (!options.redisUrl) return new MemoryCache();
  const client = await createRedisClient(options.redisUrl, {
    name: 'cache',
    logger: options.logger ?? createLogger('info'),
    timeouts: options.timeouts,
  });
  return new RedisCache(client, options.prefix ?? 'fg:');
}
