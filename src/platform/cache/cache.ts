// Key-value cache with TTL and atomic counters (rate limits, answer caches, statistics).
// Values are JSON-serialisable; they cross Redis as JSON, so dates come back as ISO strings.
export interface Cache {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Atomically adds `by` (default 1) and returns the new value; the TTL is set when the key is created. */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
  /** Remaining TTL in seconds, or undefined when the key is absent or has no TTL. */
  ttl(key: string): Promise<number | undefined>;
  close(): Promise<void>;
}
