import { Logger } from '../observability/logger';
import { bounded, RedisClient } from '../redis/redis-client';
import { followStream, FOLLOW_BLOCK_MS } from './follow-stream';
import { FIELD, RedisStreamReader, StreamSubscription, toId, toIndex } from './redis-stream-reader';
import { StreamEntry, TokenStreams } from './token-stream';

export interface RedisTokenStreamsOptions {
  /** Keys are `<prefix>stream:<key>`. */
  prefix: string;
  logger: Logger;
  /** Connection name of the blocking reader (CLIENT LIST shows `fingraph-<name>`); default `streams-reader`. */
  readerName?: string;
}

/**
 * Token streams on Redis Streams, shared by all replicas. Takes ownership of the command client. Every blocking
 * read of the process — each follow() and each read with blockMs — goes through one RedisStreamReader: one
 * extra connection in all, whatever the number of followers (XREAD BLOCK would stall every command queued behind
 * it on the shared command connection, hence that one extra).
 */
export class RedisTokenStreams implements TokenStreams {
  private readonly closed = new AbortController();
  private readonly reader: RedisStreamReader;

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisTokenStreamsOptions,
  ) {
    this.reader = new RedisStreamReader(client, {
      prefix: options.prefix,
      logger: options.logger,
      name: options.readerName,
    });
  }

  /** Blocking Redis connections held by this process's followers (0 or 1). */
  get readerConnections(): number {
    return this.reader.connections;
  }

  async append(key: string, data: Record<string, unknown>): Promise<number> {
    // `0-*` makes Redis assign the next sequence number atomically, so concurrent writers never collide.
    const id = await bounded(
      this.client,
      this.client.xAdd(this.key(key), '0-*', { [FIELD]: JSON.stringify(data) }),
      'XADD',
    );
    return toIndex(id);
  }

  async read(
    key: string,
    after: number,
    opts: { limit?: number; blockMs?: number } = {},
  ): Promise<StreamEntry[]> {
    const now = await this.xRead(key, after, opts.limit);
    if (now.length > 0 || !opts.blockMs || this.closed.signal.aborted) return now;
    const subscription = this.reader.subscribe(this.key(key), after);
    try {
      const entries = await subscription.next(after, this.closed.signal, opts.blockMs);
      return opts.limit === undefined ? entries : entries.slice(0, opts.limit);
    } finally {
      subscription.close();
    }
  }

  follow(
    key: string,
    after: number,
    opts: { isLast: (entry: StreamEntry) => boolean; signal?: AbortSignal },
  ): AsyncIterable<StreamEntry> {
    let subscription: StreamSubscription | undefined;
    const readAfter = async (cursor: number, signal: AbortSignal) => {
      if (!subscription) {
        // What is already there comes straight from the command connection (a late joiner catches up at once);
        // then one subscription for the rest of the follow, ended with it (followStream aborts `signal`).
        const existing = await this.xRead(key, cursor);
        if (existing.length > 0 || signal.aborted) return existing;
        const own = (subscription = this.reader.subscribe(this.key(key), cursor));
        signal.addEventListener('abort', () => own.close(), { once: true });
      }
      return subscription.next(cursor, signal, FOLLOW_BLOCK_MS);
    };
    return followStream(readAfter, after, opts, this.closed.signal);
  }

  async expire(key: string, ttlSeconds: number): Promise<void> {
    await bounded(this.client, this.client.expire(this.key(key), ttlSeconds), 'EXPIRE');
  }

  async length(key: string): Promise<number> {
    return bounded(this.client, this.client.xLen(this.key(key)), 'XLEN');
  }

  async close(): Promise<void> {
    if (this.closed.signal.aborted) return;
    // Followers waiting on the reader get [] and end; the reader's connection is dropped.
    this.closed.abort();
    await this.reader.close();
    await this.client.close();
  }

  private key(key: string): string {
    return `${this.options.prefix}stream:${key}`;
  }

  private async xRead(key: string, after: number, limit?: number): Promise<StreamEntry[]> {
    const reply = await bounded(
      this.client,
      this.client.xRead({ key: this.key(key), id: toId(after) }, { COUNT: limit }),
      'XREAD',
    );
    if (!reply) return [];
    // node-redis types the RESP3 reply's messages as any; this is their runtime shape.
    const messages = reply[0].messages as Array<{ id: string; message: Record<string, string> }>;
    return messages.map(({ id, message }) => ({
      index: toIndex(id),
      data: JSON.parse(message[FIELD]) as Record<string, unknown>,
    }));
  }
}
