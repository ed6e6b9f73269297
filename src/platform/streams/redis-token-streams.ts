import { Logger } from '../observability/logger';
import { bounded, duplicateRedisClient, RedisClient } from '../redis/redis-client';
import { followStream, FOLLOW_BLOCK_MS } from './follow-stream';
import { StreamEntry, TokenStreams } from './token-stream';

/** The one field each stream entry has: the data as JSON. */
const FIELD = 'd';

export interface RedisTokenStreamsOptions {
  /** Keys are `<prefix>stream:<key>`. */
  prefix: string;
  logger: Logger;
  /** Blocking connections kept open between reads; more are opened on demand. */
  maxIdleBlockingClients?: number;
}

// Entry ids are `0-<index + 1>`, so an index maps to an id without a lookup and XREAD `0-<after + 1>` resumes
// right after `after`.
const toId = (index: number) => `0-${index + 1}`;
const toIndex = (id: string) => Number(id.slice(id.indexOf('-') + 1)) - 1;

/**
 * Token streams on Redis Streams, shared by all replicas. Takes ownership of the command client. Blocking reads
 * (read with blockMs, follow) run on separate connections: XREAD BLOCK would stall every command queued behind
 * it on a shared one. Those connections are pooled; one aborted mid-read is destroyed, not reused.
 */
export class RedisTokenStreams implements TokenStreams {
  private readonly idle: RedisClient[] = [];
  private readonly closed = new AbortController();

  constructor(
    private readonly client: RedisClient,
    private readonly options: RedisTokenStreamsOptions,
  ) {}

  async append(key: string, data: Record<string, unknown>): Promise<number> {
    // `0-*` makes Redis assign the next sequence number atomically, so concurrent writers never collide.
    const id = await bounded(
      this.client,
      this.client.xAdd(this.key(key), '0-*', { [FIELD]: JSON.stringify(data) }),
      'XADD',
    );
    return toIndex(id);
  }

  read(key: string, after: number, opts: { limit?: number; blockMs?: number } = {}): Promise<StreamEntry[]> {
    if (!opts.blockMs) return this.xRead(this.client, key, after, opts.limit);
    return this.blockingRead(key, after, opts.limit, opts.blockMs, this.closed.signal);
  }

  follow(
    key: string,
    after: number,
    opts: { isLast: (entry: StreamEntry) => boolean; signal?: AbortSignal },
  ): AsyncIterable<StreamEntry> {
    const readAfter = (cursor: number, signal: AbortSignal) =>
      this.blockingRead(key, cursor, undefined, FOLLOW_BLOCK_MS, signal);
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
    // Aborting destroys the connections of reads in flight; those reads return [] and followers end.
    this.closed.abort();
    for (const connection of this.idle.splice(0)) connection.destroy();
    await this.client.close();
  }

  private key(key: string): string {
    return `${this.options.prefix}stream:${key}`;
  }

  private async xRead(
    connection: RedisClient,
    key: string,
    after: number,
    limit?: number,
    blockMs?: number,
  ): Promise<StreamEntry[]> {
    // A blocking read may take its BLOCK time on top of the command timeout.
    const reply = await bounded(
      connection,
      connection.xRead({ key: this.key(key), id: toId(after) }, { COUNT: limit, BLOCK: blockMs }),
      'XREAD',
      blockMs ?? 0,
    );
    if (!reply) return [];
    // node-redis types the RESP3 reply's messages as any; this is their runtime shape.
    const messages = reply[0].messages as Array<{ id: string; message: Record<string, string> }>;
    return messages.map(({ id, message }) => ({
      index: toIndex(id),
      data: JSON.parse(message[FIELD]) as Record<string, unknown>,
    }));
  }

  private async blockingRead(
    key: string,
    after: number,
    limit: number | undefined,
    blockMs: number,
    signal: AbortSignal,
  ): Promise<StreamEntry[]> {
    if (signal.aborted) return [];
    const connection = this.idle.pop() ?? (await this.connect());
    // A blocked XREAD cannot be cancelled on its connection; dropping the connection ends it.
    const onAbort = () => connection.destroy();
    signal.addEventListener('abort', onAbort);
    let reusable = false;
    try {
      if (signal.aborted) return [];
      const entries = await this.xRead(connection, key, after, limit, blockMs);
      reusable = true;
      return entries;
    } catch (err) {
      if (signal.aborted) return [];
      // A read that timed out (Redis frozen) leaves its connection blocked: it is destroyed below, not reused.
      throw err;
    } finally {
      signal.removeEventListener('abort', onAbort);
      this.release(connection, reusable && !signal.aborted);
    }
  }

  private connect(): Promise<RedisClient> {
    return duplicateRedisClient(this.client, { name: 'streams-blocking', logger: this.options.logger });
  }

  private release(connection: RedisClient, reusable: boolean): void {
    const maxIdle = this.options.maxIdleBlockingClients ?? 4;
    if (reusable && !this.closed.signal.aborted && this.idle.length < maxIdle) this.idle.push(connection);
    else if (connection.isOpen) connection.destroy();
  }
}
