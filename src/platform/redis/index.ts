export { createRedisClient, duplicateRedisClient, pingRedis } from './redis-client';
export type { RedisClient, RedisClientOptions } from './redis-client';
