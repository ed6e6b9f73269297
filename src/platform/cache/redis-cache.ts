import { RedisClient } from '../redis/redis-client';
import { Cache } from './cache';

/** Cache on Redis, shared by all replicas. Takes ownership of the client. Keys are stored as `<prefix><key>`. */
export class RedisCache implements Cache {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const text = await this.client.get(this.prefix + key);
    return text === null ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
    const text = JSON.stringify(value);
    await this.client.set(this.prefix + key, text, ttlSeconds === undefined ? undefined : { EX: ttlSeconds });
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const k = this.prefix + key;
    // MULTI makes the pair atomic: no window where the counter exists without a TTL. NX keeps an existing TTL.
    const [value] = await this.client.multi().incrBy(k, by).expire(k, ttlSeconds, 'NX').exec();
    return Number(value);
  }

  async ttl(key: string): Promise<number | undefined> {
    const seconds = await this.client.ttl(this.prefix + key);
    // -2: no such key, -1: no TTL.
    return seconds < 0 ? undefined : seconds;
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
