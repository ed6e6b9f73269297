export {
  bounded,
  createRedisClient,
  DEFAULT_REDIS_TIMEOUTS,
  duplicateRedisClient,
  pingRedis,
  RedisCommandTimeoutError,
  redisTimeouts,
} from './redis-client';
export type { RedisClient, RedisClientOptions, RedisTimeouts } from './redis-client';
