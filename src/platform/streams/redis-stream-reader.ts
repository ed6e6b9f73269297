import { randomUUID } from 'node:crypto';
import { Logger } from '../observability/logger';
import { bounded, duplicateRedisClient, RedisClient } from '../redis/redis-client';
import { StreamEntry } from './token-stream';

/** The one field each stream entry has: the data as JSON. */
export const FIELD = 'd';

// Entry ids are `0-<index + 1>`, so an index maps to an id without a lookup and XREAD `0-<after + 1>` resumes
// right after `after`.
export const toId = (index: number) => `0-${index + 1}`;
export const toIndex = (id: string) => Number(id.slice(id.indexOf('-') + 1)) - 1;

/** How long one multiplexed XREAD blocks before it is sent again (a wake-up ends it sooner). */
const READ_BLOCK_MS = 10_000;
/** Entries per stream per XREAD. */
const READ_COUNT = 512;
/**
 * After a read that returned entries, the next one waits this long: an XREAD over n streams costs Redis O(n), and
 * sent again after every single token of 1,000 live streams it starved Redis (XADDs of the writing replica timed
 * out in bench:chat). Entries appended meanwhile come back at once with the next read.
 */
const COALESCE_MS = 5;

/** A reader's interest in one stream, from `fetched` on; entries land in `buffer` until the follower takes them. */
export interface StreamSubscription {
  /** Entries with index > after, waiting up to blockMs for the first one; [] on timeout or abort. */
  next(after: number, signal: AbortSignal, blockMs: number): Promise<StreamEntry[]>;
  close(): void;
}

interface Subscriber {
  key: string;
  /** Highest index put into the buffer (or the starting point). */
  fetched: number;
  buffer: StreamEntry[];
  failure?: unknown;
  wake?: () => void;
}

/**
 * One blocking connection per process for every follower of every stream (issue 15): a loop sends
 * `XREAD BLOCK … STREAMS k1 … kn wake id1 … idn id` for all the streams someone follows, each from the lowest
 * position one of its followers still needs, and hands each reply to the followers of its stream. A follower that
 * joins while the read blocks (a new stream, or an older position) wakes it with an XADD to this process's own
 * wake stream, so the next read includes it at once. 1,000 followers are 1 connection, not 1,000.
 */
export class RedisStreamReader {
  private readonly byKey = new Map<string, Set<Subscriber>>();
  private connection: RedisClient | undefined;
  private loop: Promise<void> | undefined;
  /** Positions the blocked XREAD asked for, by key; undefined while no read is in flight. */
  private reading: Map<string, number> | undefined;
  private wakePending = false;
  private readonly wakeKey: string;
  private lastWakeId = '0-0';
  private closed = false;

  constructor(
    private readonly client: RedisClient,
    private readonly options: { prefix: string; logger: Logger; name?: string },
  ) {
    this.wakeKey = `${options.prefix}stream-wake:${randomUUID()}`;
  }

  /** Redis connections this reader holds open (0 or 1). */
  get connections(): number {
    return this.connection?.isOpen ? 1 : 0;
  }

  subscribe(key: string, after: number): StreamSubscription {
    const sub: Subscriber = { key, fetched: after, buffer: [] };
    let closed = false;
    const set = this.byKey.get(key) ?? new Set<Subscriber>();
    this.byKey.set(key, set);
    set.add(sub);
    this.interest(key, after);
    return {
      next: (cursor, signal, blockMs) => this.next(sub, cursor, signal, blockMs),
      close: () => {
        if (closed) return;
        closed = true;
        set.delete(sub);
        if (set.size === 0 && this.byKey.get(key) === set) this.byKey.delete(key);
        sub.wake?.();
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const set of this.byKey.values()) for (const sub of set) sub.wake?.();
    this.byKey.clear();
    const connection = this.connection;
    this.connection = undefined;
    // Ends a blocked read at once; the loop sees `closed` and stops.
    if (connection?.isOpen) connection.destroy();
    await this.loop?.catch(() => undefined);
    await bounded(this.client, this.client.del(this.wakeKey), 'DEL').catch(() => undefined);
  }

  private async next(
    sub: Subscriber,
    after: number,
    signal: AbortSignal,
    blockMs: number,
  ): Promise<StreamEntry[]> {
    for (;;) {
      if (sub.failure !== undefined) {
        const failure = sub.failure;
        sub.failure = undefined;
        throw failure;
      }
      // Drop what the follower already has; hand over the rest.
      while (sub.buffer.length > 0 && sub.buffer[0].index <= after) sub.buffer.shift();
      if (sub.buffer.length > 0) return sub.buffer.splice(0);
      if (signal.aborted || this.closed || blockMs <= 0) return [];
      if (after < sub.fetched) {
        // An older position than this subscription has fetched (a follower that started over): read again.
        sub.fetched = after;
        this.interest(sub.key, after);
      }
      const woken = await new Promise<boolean>((resolve) => {
        const done = (value: boolean) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          sub.wake = undefined;
          resolve(value);
        };
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(false), blockMs);
        signal.addEventListener('abort', onAbort);
        sub.wake = () => done(true);
      });
      if (!woken && sub.buffer.length === 0 && sub.failure === undefined) return [];
    }
  }

  /** Someone needs `key` from `after` on: make sure the running read covers it, or start one. */
  private interest(key: string, after: number): void {
    if (this.closed) return;
    if (!this.loop) {
      this.loop = this.run().finally(() => {
        this.loop = undefined;
        // Followers that arrived while the last read was being handled.
        if (!this.closed && this.byKey.size > 0) this.interest(key, after);
      });
      return;
    }
    const asked = this.reading?.get(key);
    if (this.reading && (asked === undefined || after < asked) && !this.wakePending) {
      this.wakePending = true;
      void this.wake();
    }
  }

  private async wake(): Promise<void> {
    try {
      await bounded(
        this.client,
        this.client.xAdd(this.wakeKey, '*', { w: '1' }, { TRIM: { strategy: 'MAXLEN', threshold: 1 } }),
        'XADD',
      );
      await bounded(this.client, this.client.expire(this.wakeKey, 3_600), 'EXPIRE');
    } catch (err) {
      // The read ends within READ_BLOCK_MS anyway; the follower only waits longer.
      this.options.logger.warn({ err }, 'stream reader wake-up failed');
    }
  }

  private async run(): Promise<void> {
    while (!this.closed && this.byKey.size > 0) {
      let reply;
      try {
        const connection = await this.connect();
        // Positions are taken right before the command is sent: a follower arriving later wakes it.
        const positions = new Map<string, number>();
        for (const [key, set] of this.byKey) {
          let min = Infinity;
          for (const sub of set) min = Math.min(min, sub.fetched);
          positions.set(key, min);
        }
        this.reading = positions;
        this.wakePending = false;
        const streams = [...positions].map(([key, after]) => ({ key, id: toId(after) }));
        streams.push({ key: this.wakeKey, id: this.lastWakeId });
        reply = await bounded(
          connection,
          connection.xRead(streams, { BLOCK: READ_BLOCK_MS, COUNT: READ_COUNT }),
          'XREAD',
          READ_BLOCK_MS,
        );
      } catch (err) {
        this.reading = undefined;
        if (this.closed) return;
        // A read that failed or timed out (Redis frozen) leaves its connection unusable: drop it, and let every
        // follower see the failure (the chat falls back to the stored message).
        this.connection?.destroy();
        this.connection = undefined;
        for (const set of this.byKey.values())
          for (const sub of set) {
            sub.failure = err;
            sub.wake?.();
          }
        this.byKey.clear();
        return;
      }
      this.reading = undefined;
      // node-redis types the RESP3 reply's messages as any; this is their runtime shape.
      for (const stream of (reply ?? []) as {
        name: string;
        messages: { id: string; message: Record<string, string> }[];
      }[]) {
        if (stream.name === this.wakeKey) {
          const last = stream.messages[stream.messages.length - 1];
          if (last) this.lastWakeId = last.id;
          continue;
        }
        const set = this.byKey.get(stream.name);
        if (!set) continue;
        const entries = stream.messages.map(({ id, message }) => ({
          index: toIndex(id),
          data: JSON.parse(message[FIELD]) as Record<string, unknown>,
        }));
        for (const sub of set) {
          let added = false;
          for (const entry of entries)
            if (entry.index > sub.fetched) {
              // Each follower gets its own copy, as a read of its own would.
              sub.buffer.push(set.size > 1 ? structuredClone(entry) : entry);
              sub.fetched = entry.index;
              added = true;
            }
          if (added) sub.wake?.();
        }
      }
      if (reply && !this.closed) await new Promise((resolve) => setTimeout(resolve, COALESCE_MS));
    }
  }

  private async connect(): Promise<RedisClient> {
    if (this.connection?.isOpen) return this.connection;
    this.connection = await duplicateRedisClient(this.client, {
      name: this.options.name ?? 'streams-reader',
      logger: this.options.logger,
    });
    return this.connection;
  }
}
