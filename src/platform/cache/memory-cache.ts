import { Cache } from './cache';
import { ExpiringMap } from './expiring-map';

export interface MemoryCacheOptions {
  /** Clock in ms; tests inject one to expire keys without waiting. */
  now?: () => number;
  sweepIntervalMs?: number;
}

/** In-process cache for the embedded mode. Values are stored as JSON text, exactly as in Redis. */
export class MemoryCache implements Cache {
  private readonly entries: ExpiringMap<string>;

  constructor(options: MemoryCacheOptions = {}) {
    this.entries = new ExpiringMap(options.now, options.sweepIntervalMs);
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const text = this.entries.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
    this.entries.set(key, JSON.stringify(value), ttlSeconds === undefined ? undefined : ttlSeconds * 1000);
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number, by = 1): Promise<number> {
    const slot = this.entries.slot(key) ?? this.entries.set(key, '0');
    const current: unknown = JSON.parse(slot.value);
    // Same failure as Redis INCRBY on a non-integer value.
    if (!Number.isSafeInteger(current)) throw new Error(`cache value at ${key} is not an integer`);
    const next = (current as number) + by;
    slot.value = String(next);
    // Like EXPIRE NX: only a key without a TTL gets one, so a window is not extended by later increments.
    slot.expiresAt ??= this.entries.now() + ttlSeconds * 1000;
    return next;
  }

  async ttl(key: string): Promise<number | undefined> {
    const ms = this.entries.ttlMs(key);
    return ms === undefined ? undefined : Math.ceil(ms / 1000);
  }

  async close(): Promise<void> {
    this.entries.close();
  }
}
