import { Repeater } from '@graphql-yoga/subscription';
import { StreamEntry } from './token-stream';

/** How long one wait inside follow() lasts before it waits again; bounds the life of a stale blocking read. */
export const FOLLOW_BLOCK_MS = 10_000;

/** Waits (up to a bound) for entries with index > after; returns [] on timeout or once signal aborts. */
export type ReadAfter = (after: number, signal: AbortSignal) => Promise<StreamEntry[]>;

/**
 * The follow() loop both implementations share: yields each entry once, in order, until isLast matches (inclusive),
 * the caller's signal aborts, `closed` aborts, or the consumer returns. A Repeater rather than an async generator so
 * that return() during a pending wait ends the wait at once instead of after it.
 */
export function followStream(
  readAfter: ReadAfter,
  after: number,
  opts: { isLast: (entry: StreamEntry) => boolean; signal?: AbortSignal },
  closed: AbortSignal,
): AsyncIterable<StreamEntry> {
  return new Repeater<StreamEntry>(async (push, stop) => {
    const stopped = new AbortController();
    void stop.then(() => stopped.abort());
    const signal = AbortSignal.any(
      opts.signal ? [stopped.signal, closed, opts.signal] : [stopped.signal, closed],
    );
    let cursor = after;
    while (!signal.aborted) {
      for (const entry of await readAfter(cursor, signal)) {
        if (signal.aborted) break;
        await push(entry);
        cursor = entry.index;
        if (opts.isLast(entry)) return stop();
      }
    }
    stop();
  });
}
