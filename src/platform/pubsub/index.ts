import { createLogger, Logger } from '../observability/logger';
import { createRedisClient, duplicateRedisClient, RedisTimeouts } from '../redis/redis-client';
import { MemoryPubSub } from './memory-pub-sub';
import { PubSub } from './pubsub';
import { RedisPubSub } from './redis-pub-sub';

export type { PubSub } from './pubsub';
export { MemoryPubSub } from './memory-pub-sub';
export { RedisPubSub } from './redis-pub-sub';

export interface PubSubOptions {
  /** Without it, pub/sub is in-process (one replica). */
  redisUrl?: string;
  /** Channel name prefix in Redis; default `fg:`. */
  prefix?: string;
  logger?: Logger;
  /** Fail-fast settings of the Redis connections (defaults: DEFAULT_REDIS_TIMEOUTS). */
  timeouts?: Partial<RedisTimeouts>;
}

export async function createPubSub(options: PubSubOptions = {}): Promise<PubSub> {
  if (!options.redisUrl) return new MemoryPubSub();
  const logger = options.logger ?? createLogger('info');
  const publisher = await createRedisClient(options.redisUrl, {
    name: 'pubsub',
    logger,
    timeouts: options.timeouts,
  });
  const subscriber = await duplicateRedisClient(publisher, { name: 'pubsub-sub', logger }).catch(
    async (err) => {
      await publisher.close();
      throw err;
    },
  );
  return new RedisPubSub(publisher, subscriber, { prefix: options.prefix ?? 'fg:', logger });
}
