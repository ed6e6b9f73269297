import { ExpiringMap } from '../cache/expiring-map';
import { followStream, FOLLOW_BLOCK_MS } from './follow-stream';
import { StreamEntry, TokenStreams } from './token-stream';

export interface MemoryTokenStreamsOptions {
  /** Clock in ms; tests inject one to expire streams without waiting. */
  now?: () => number;
}

/** In-process token streams for the embedded mode (one replica). Data is cloned through JSON, as in Redis. */
export class MemoryTokenStreams implements TokenStreams {
  private readonly logs: ExpiringMap<StreamEntry[]>;
  /** Wake-ups for reads waiting on a key, called by append. */
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly closed = new AbortController();

  constructor(options: MemoryTokenStreamsOptions = {}) {
    this.logs = new ExpiringMap(options.now);
  }

  async append(key: string, data: Record<string, unknown>): Promise<number> {
    const log = (this.logs.slot(key) ?? this.logs.set(key, [])).value;
    const index = log.length;
    log.push({ index, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown> });
    for (const wake of [...(this.waiters.get(key) ?? [])]) wake();
    return index;
  }

  read(key: string, after: number, opts: { limit?: number; blockMs?: number } = {}): Promise<StreamEntry[]> {
    return this.readAfter(key, after, opts.limit, opts.blockMs ?? 0, this.closed.signal);
  }

  follow(
    key: string,
    after: number,
    opts: { isLast: (entry: StreamEntry) => boolean; signal?: AbortSignal },
  ): AsyncIterable<StreamEntry> {
    const readAfter = (cursor: number, signal: AbortSignal) =>
      this.readAfter(key, cursor, undefined, FOLLOW_BLOCK_MS, signal);
    return followStream(readAfter, after, opts, this.closed.signal);
  }

  async expire(key: string, ttlSeconds: number): Promise<void> {
    const slot = this.logs.slot(key);
    if (slot) slot.expiresAt = this.logs.now() + ttlSeconds * 1000;
  }

  async length(key: string): Promise<number> {
    return this.logs.get(key)?.length ?? 0;
  }

  async close(): Promise<void> {
    this.closed.abort();
    this.logs.close();
  }

  private async readAfter(
    key: string,
    after: number,
    limit: number | undefined,
    blockMs: number,
    signal: AbortSignal,
  ): Promise<StreamEntry[]> {
    const found = this.slice(key, after, limit);
    if (found.length > 0 || blockMs <= 0) return found;
    await this.nextAppend(key, blockMs, signal);
    return this.slice(key, after, limit);
  }

  private slice(key: string, after: number, limit?: number): StreamEntry[] {
    const start = Math.max(after + 1, 0);
    return (this.logs.get(key) ?? []).slice(start, limit === undefined ? undefined : start + limit);
  }

  /** Resolves on the next append to key, after ms, or when signal aborts, whichever comes first. */
  private nextAppend(key: string, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const waiters = this.waiters.get(key) ?? new Set();
      this.waiters.set(key, waiters);
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        waiters.delete(done);
        if (waiters.size === 0) this.waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
      waiters.add(done);
    });
  }
}
