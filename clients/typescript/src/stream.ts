import type { Client } from 'graphql-ws';
import {
  ClientChatMessageStreamDocument,
  type ClientChatMessageStreamSubscription,
} from './generated/operations';
import { CloseCode } from './ws';

export type ChatStreamEvent = ClientChatMessageStreamSubscription['chatMessageStream'];

/** What streamAnswer needs of an event; a source may select more (e.g. the whole final message). */
export interface StreamEventLike {
  index: number;
  done: boolean;
}

/**
 * One subscription of the stream, from any client: graphql-ws's `iterate`, Apollo's or urql's as an iterable,
 * with any selection of `chatMessageStream` (the events' type follows it).
 */
export type ChatStreamSource<E extends StreamEventLike = ChatStreamEvent> = (variables: {
  messageId: string;
  /** Omitted on the first subscription (from the start). */
  after?: number;
}) => AsyncIterable<{
  data?: { chatMessageStream: E } | null;
  errors?: readonly { message: string }[];
}>;

/** The subscription document, for clients that take their own (Apollo's `gql`, urql's `subscription`). */
export const CHAT_STREAM_QUERY = ClientChatMessageStreamDocument.toString();

export interface StreamAnswerOptions {
  /** Resubscriptions after a drop before giving up (default 10); a completed stream never needs one. */
  maxResumes?: number;
  /** Wait before resubscribing after the n-th consecutive drop (default 250 ms × 2^n, at most 5 s). */
  resumeDelayMs?: (attempt: number) => number;
  /** Resume after this index (a reload that already showed some tokens); default: from the start. */
  after?: number;
  signal?: AbortSignal;
  /**
   * Called (and awaited) after each drop, before the wait and the resubscription, with the drops in a row and the close code if
   * the socket closed: show "reconnecting", refresh a token the client does not refresh itself, or throw to stop.
   */
  onResume?: (attempt: number, closeCode: number | undefined) => void | Promise<void>;
}

/** graphql-ws's close event, or an Error wrapping it (Apollo's GraphQLWsLink: "Socket closed with event 4401 …"). */
const closeCode = (v: unknown): number | undefined => {
  if (typeof v === 'object' && v !== null && 'code' in v && typeof v.code === 'number') return v.code;
  const match = v instanceof Error ? /Socket closed with event (\d{4})/.exec(v.message) : null;
  return match ? Number(match[1]) : undefined;
};

/**
 * The tokens of an assistant message, each exactly once, then the final event (`done`, with the message).
 * Whatever ends the subscription early — a dropped socket, a server restart, an expired token (4419: the auth
 * client refreshes on reconnect) — it resubscribes with `after: <last index received>`, so nothing is lost and
 * nothing repeats; events at or below that index are dropped should a server ever resend them. Stops on 4401
 * (session ended) or after `maxResumes` drops in a row. Use a client with `retryAttempts: 0`
 * (createAuthWsClient's default): graphql-ws' own retry would resubscribe with the original `after`.
 */
export async function* streamAnswer<E extends StreamEventLike = ChatStreamEvent>(
  client: Client | ChatStreamSource<E>,
  messageId: string,
  opts: StreamAnswerOptions = {},
): AsyncGenerator<E> {
  const maxResumes = opts.maxResumes ?? 10;
  const delay = opts.resumeDelayMs ?? ((n) => Math.min(5_000, 250 * 2 ** n));
  let last = opts.after ?? -1;
  let drops = 0;
  let closedWith: number | undefined;
  for (;;) {
    opts.signal?.throwIfAborted();
    const variables = last >= 0 ? { messageId, after: last } : { messageId };
    const source =
      typeof client === 'function'
        ? client(variables)
        : (client.iterate<ClientChatMessageStreamSubscription>({
            query: CHAT_STREAM_QUERY,
            variables,
          }) as unknown as ReturnType<ChatStreamSource<E>>);
    const iterator = source[Symbol.asyncIterator]();
    const abort = () => void iterator.return?.();
    opts.signal?.addEventListener('abort', abort, { once: true });
    try {
      for (let step = await iterator.next(); !step.done; step = await iterator.next()) {
        const result = step.value;
        if (result.errors?.length)
          throw Object.assign(new Error(result.errors[0].message), { graphql: result.errors });
        const event = result.data?.chatMessageStream;
        if (!event || event.index <= last) continue;
        last = event.index;
        drops = 0;
        yield event;
        if (event.done) return;
      }
      // Completed without the final event: the server went away cleanly (1000/1001). Resume.
      closedWith = undefined;
    } catch (error) {
      closedWith = closeCode(error);
      // GraphQL errors (NOT_FOUND, FORBIDDEN, session ended …): resuming cannot help.
      if (Array.isArray(error) || (error as { graphql?: unknown }).graphql) throw error;
      if (closeCode(error) === CloseCode.SessionEnded) throw error;
      if (error instanceof Error && /Not signed in/.test(error.message)) throw error;
    } finally {
      opts.signal?.removeEventListener('abort', abort);
      void iterator.return?.()?.catch?.(() => undefined); // unsubscribes (no-op once ended)
    }
    opts.signal?.throwIfAborted();
    if (++drops > maxResumes)
      throw new Error(`Chat stream ${messageId}: gave up after ${maxResumes} resumes`);
    await opts.onResume?.(drops, closedWith);
    await new Promise((resolve) => setTimeout(resolve, delay(drops - 1)));
  }
}
