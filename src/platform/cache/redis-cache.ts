import { bounded, RedisClient } from '../redis/redis-client';
import { Cache } from './cache';

/**
 * Cache on Redis, shared by all replicas. Takes ownership of the client. Keys are stored as `<prefix><key>`.
 * Every command fails fast (no offline queue, bounded reply): callers decide whether to fail closed or degrade.
 */
export class RedisCache implements Cache {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const text = await bounded(this.client, this.client.get(this.prefix + key), 'GET');
    return text === null ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
    const text = JSON.stringify(value);
    await bounded(
      this.client,
      this.client.set(this.prefix + key, text, ttlSeconds === undefined ? undefined : { EX: ttlSeconds }),
      'SET',
    );
  }

  async delete(key: string): Promise<void> {
    await bounded(this.client, this.client.del(this.prefix + key), 'DEL');
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const k = this.prefix + key;
    // MULTI makes the pair atomic: no window where the counter exists without a TTL. NX keeps an existing TTL.
    const [value] = await bounded(
      this.client,
      this.client.multi().incrBy(k, by).expire(k, ttlSeconds, 'NX').exec(),
      'INCRBY',
    );
    return Number(value);
  }

  async ttl(key: string): Promise<number | undefined> {
    const seconds = await bounded(this.client, this.client.ttl(this.prefix + key), 'TTL');
    // -2: no such key, -1: no TTL.
    return seconds < 0 ? undefined : seconds;
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
