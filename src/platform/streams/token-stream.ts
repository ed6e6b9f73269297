// Append-only per-key logs readable from an index (chat token streams, DESIGN §5).
// Index is 0-based and assigned by append; read(after = -1) starts at the beginning.
export interface StreamEntry<T = Record<string, unknown>> {
  index: number;
  data: T;
}

export interface TokenStreams {
  append(key: string, data: Record<string, unknown>): Promise<number>;
  /** Entries with index > after, at most `limit`; waits up to `blockMs` for the first one when none is there yet. */
  read(key: string, after: number, opts?: { limit?: number; blockMs?: number }): Promise<StreamEntry[]>;
  /** Async iteration from `after` until an entry satisfying `isLast` (inclusive) or until the signal aborts. */
  follow(
    key: string,
    after: number,
    opts: { isLast: (entry: StreamEntry) => boolean; signal?: AbortSignal },
  ): AsyncIterable<StreamEntry>;
  /** Keep the stream for ttlSeconds more, then drop it. */
  expire(key: string, ttlSeconds: number): Promise<void>;
  length(key: string): Promise<number>;
  close(): Promise<void>;
  /** Blocking connections held for this process's followers, where the store has them (Redis: 0 or 1). */
  readonly readerConnections?: number;
}
