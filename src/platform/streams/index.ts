import { createLogger, Logger } from '../observability/logger';
import { createRedisClient, RedisTimeouts } from '../redis/redis-client';
import { MemoryTokenStreams } from './memory-token-streams';
import { RedisTokenStreams } from './redis-token-streams';
import { TokenStreams } from './token-stream';

export type { StreamEntry, TokenStreams } from './token-stream';
export { MemoryTokenStreams, type MemoryTokenStreamsOptions } from './memory-token-streams';
export { RedisTokenStreams, type RedisTokenStreamsOptions } from './redis-token-streams';

export interface TokenStreamsOptions {
  /** Without it, streams are in-process (one replica). */
  redisUrl?: string;
  /** Key prefix in Redis; default `fg:`. */
  prefix?: string;
  logger?: Logger;
  /** Fail-fast settings of the Redis connections (defaults: DEFAULT_REDIS_TIMEOUTS). */
  timeouts?: Partial<RedisTimeouts>;
}

export async function createTokenStreams(options: TokenStreamsOptions = {}): Promise<TokenStreams> {
  if (!options.redisUrl) return new MemoryTokenStreams();
  const logger = options.logger ?? createLogger('info');
  const client = await createRedisClient(options.redisUrl, {
    name: 'streams',
    logger,
    timeouts: options.timeouts,
  });
  return new RedisTokenStreams(client, { prefix: options.prefix ?? 'fg:', logger });
}
