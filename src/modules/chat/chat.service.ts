import { randomUUID } from 'node:crypto';
import { inTransaction, RequestContext, RequestScope, Viewer } from '../../common/context';
import { AppError, badInput, ErrorCode, notFound, unauthenticated } from '../../common/errors';
import type { CountedConnection } from '../../common/graphql/types';
import { Connection, PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import type { Cache } from '../../platform/cache/cache';
import type { PubSub } from '../../platform/pubsub/pubsub';
import type { TokenStreams } from '../../platform/streams/token-stream';
import type { ChatMessageEntity, ConversationEntity } from './chat.entity';
import { ChatMessageStatus, ChatRole } from './chat.enums';
import type { ChatGenerator } from './chat-generation';
import type { ChatMessage as LlmMessage } from '../../platform/llm';
import type { PreparedTurn } from './counsel/counsellor';
import type { ChatMemory } from './chat-memory';
import {
  ChatLimit,
  ChatMessageRejected,
  ChatStreamEvent,
  SentTurn,
  StreamEntryData,
  streamKey,
} from './chat.model';
import type { ChatRepository } from './chat.repository';
import { maskPii } from './chat-text';

// Conversations and messages of the viewer (only ever their own: another user's is NOT_FOUND), sending with the
// per-user limits, cancel (local or on another replica through pub/sub), retry, and the resumable token stream.

export const CHAT_CANCEL_TOPIC = 'CHAT_CANCEL';

export interface ChatLimits {
  maxMessageChars: number;
  maxConcurrentStreams: number;
  messagesPerMinute: number;
}

export interface ChatServiceOptions extends ChatLimits {
  /** How long cancel waits for the running replica to write the end before writing it itself. */
  cancelWaitMs: number;
  /** Running messages older than this are ended FAILED at start (crash recovery); 0 = all of them. */
  staleStreamSeconds: number;
  streamTtlSeconds: number;
  /** A live follower checks the stored message after this long without a stream entry. */
  streamCheckMs?: number;
  /** How long a follower whose stream was lost waits for the stored end before UNAVAILABLE. */
  streamLostWaitMs?: number;
}

const TITLE_MAX = 60;
const STREAM_CHECK_MS = 2_000;
const STREAM_LOST_WAIT_MS = 30_000;

/** The promise's value, or null when ms pass first (the promise stays pending for the next race). */
async function raceTimer<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** The title of a new conversation: its first message on one line, truncated. */
export function titleFrom(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const chars = [...line];
  return chars.length <= TITLE_MAX ? line : `${chars.slice(0, TITLE_MAX - 1).join('')}…`;
}

export class ChatService {
  constructor(
    private readonly repository: ChatRepository,
    private readonly generator: ChatGenerator,
    private readonly memory: ChatMemory,
    private readonly streams: TokenStreams,
    private readonly cache: Cache,
    private readonly pubsub: PubSub,
    private readonly options: ChatServiceOptions,
  ) {}

  /** Follows cancel broadcasts from every replica; ends with the pub/sub. */
  listenForCancels(): void {
    void (async () => {
      for await (const event of this.pubsub.subscribe(CHAT_CANCEL_TOPIC)) {
        const messageId = (event as { messageId?: string })?.messageId;
        if (messageId) this.generator.cancelLocal(messageId);
      }
    })().catch(() => undefined);
  }

  async conversation(ctx: RequestContext, id: string): Promise<ConversationEntity | null> {
    const viewer = requireViewer(ctx);
    const c = await this.repository.findConversation(ctx, id);
    return c && c.ownerUserId === viewer.userId ? c : null;
  }

  private async ownConversation(ctx: RequestContext, id: string): Promise<ConversationEntity> {
    const c = await this.conversation(ctx, id);
    if (!c) throw notFound('Conversation');
    return c;
  }

  async conversations(ctx: RequestContext, page: PageArgs): Promise<CountedConnection<ConversationEntity>> {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(page, undefined, ['instant', 'uuid']);
    const rows = await this.repository.listConversations(ctx, viewer.userId, request);
    return {
      ...toConnection(
        rows,
        request,
        (c) => [c.updatedAt.toISOString(), c.id],
        (c) => c,
      ),
      totalCount: () => this.repository.countConversations(ctx, viewer.userId),
    };
  }

  /** The viewer's own message (null otherwise), with the text so far while it streams. */
  async message(ctx: RequestContext, id: string): Promise<ChatMessageEntity | null> {
    const viewer = requireViewer(ctx);
    const m = await this.repository.findOwnMessage(ctx, id, viewer.userId);
    return m && this.withLiveText(m);
  }

  private async ownMessage(ctx: RequestContext, id: string): Promise<ChatMessageEntity> {
    const m = await this.message(ctx, id);
    if (!m) throw notFound('Chat message');
    return m;
  }

  /** A running message's text and token count are the stream's deltas so far. */
  async withLiveText(m: ChatMessageEntity): Promise<ChatMessageEntity> {
    if (m.completedAt !== null || m.role !== ChatRole.ASSISTANT) return m;
    const entries = await this.streams.read(streamKey(m.id), -1);
    const deltas = entries.map((e) => (e.data as { delta?: string }).delta).filter((d) => d !== undefined);
    return { ...m, text: deltas.join(''), tokenCount: deltas.length };
  }

  /** Pages of messages (oldest first) of several of the viewer's conversations: one statement. */
  async messagePages(
    ctx: RequestContext,
    conversationIds: readonly string[],
    page: PageArgs,
  ): Promise<Map<string, Connection<ChatMessageEntity>>> {
    const request = toPageRequest(page, 50, ['bigint']);
    const pages = await this.repository.messagePages(ctx, conversationIds, request);
    const out = new Map<string, Connection<ChatMessageEntity>>();
    for (const [id, rows] of pages) {
      const live = await Promise.all(rows.map((m) => this.withLiveText(m)));
      out.set(
        id,
        toConnection(
          live,
          request,
          (m) => [m.seq],
          (m) => m,
        ),
      );
    }
    return out;
  }

  countMessages(ctx: RequestContext, conversationIds: readonly string[]): Promise<Map<string, number>> {
    return this.repository.countMessages(ctx, conversationIds);
  }

  async send(
    ctx: RequestContext,
    input: { conversationId?: string | null; text: string },
  ): Promise<SentTurn | ChatLimit | ChatMessageRejected> {
    const viewer = requireViewer(ctx);
    const now = ctx.now();
    const conversationId = input.conversationId ? null : randomUUID();
    const assistantId = randomUUID();
    // The answer's context (history, guardrails, the customer's figures, the prompt) does not depend on the rows
    // this send writes, and neither does the model's answer: the turn is prepared and the model asked while the rows
    // are written, and the deltas are held until they are committed (issue 15: the transaction is off the time to
    // first token). A send refused by the rate limit, the length check or the concurrent-answer pre-check never
    // reaches a model; one refused inside the transaction (the same limit, lost in a race) stops the request
    // before anything is streamed.
    const jobCtx = this.jobContext(ctx, assistantId);
    const prepared = this.prepareEarly(ctx, jobCtx, viewer, input, conversationId);
    const [refused, busy] = await Promise.all([
      this.checkMessage(viewer, input.text),
      this.checkConcurrent(ctx, viewer),
    ]);
    if (refused) return refused;
    if (busy) return busy;
    const userMessageId = randomUUID();
    const early = await prepared.catch(() => null);
    // The rows are written once the model has been asked: the transaction's statements would otherwise share the
    // thread with the turn's reads, on the time to first token; the deltas wait for the commit anyway.
    let rowsWritten: ((turn: Promise<SentTurn | ChatLimit | ChatMessageRejected>) => void) | undefined;
    if (early) {
      const rows = new Promise<SentTurn | ChatLimit | ChatMessageRejected>(
        (resolve) => (rowsWritten = resolve),
      );
      await this.startEarly(jobCtx, assistantId, input.text, early, rows);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const written = inTransaction(ctx, async (tx) => {
      await this.repository.lockUser(tx, viewer.userId);
      const existing = input.conversationId ? await this.ownConversation(tx, input.conversationId) : null;
      const limit = await this.checkConcurrent(tx, viewer);
      if (limit) return limit;
      const conversation =
        existing ??
        (await this.repository.insertConversation(tx, {
          id: conversationId!,
          ownerUserId: viewer.userId,
          ownerRole: viewer.role,
          customerId: viewer.customerId ?? null,
          title: titleFrom(input.text),
          deleted: false,
          createdAt: now,
          updatedAt: now,
        }));
      const userMessage = await this.repository.insertMessage(tx, {
        ...blankMessage(conversation.id, ChatRole.USER, ChatMessageStatus.COMPLETE, now),
        id: userMessageId,
        text: input.text,
        completedAt: now,
      });
      const assistantMessage = await this.repository.insertMessage(tx, {
        ...blankMessage(conversation.id, ChatRole.ASSISTANT, ChatMessageStatus.STREAMING, now),
        id: assistantId,
        replyToId: userMessage.id,
      });
      // A conversation created just now already carries `now`.
      if (existing) await this.repository.touchConversation(tx, conversation.id, now);
      return { conversation: { ...conversation, updatedAt: now }, userMessage, assistantMessage };
    });
    rowsWritten?.(written);
    const started = await written;
    if (!('conversation' in started)) return started;
    ctx.logger.info(
      { conversationId: started.conversation.id, text: maskPii(input.text) },
      'chat message received',
    );
    if (!early || !sameOwner(early.conversation, started.conversation))
      await this.launch(ctx, started, undefined);
    return started;
  }

  /** Starts the answer before the send's rows are committed; they arrive (or the send is refused) through `rows`. */
  private startEarly(
    jobCtx: RequestContext,
    assistantId: string,
    text: string,
    early: {
      conversation: Pick<ConversationEntity, 'customerId' | 'ownerRole'>;
      history: LlmMessage[];
      turn: Promise<PreparedTurn>;
    },
    written: Promise<SentTurn | ChatLimit | ChatMessageRejected>,
  ): Promise<void> {
    return this.generator.start({
      ctx: jobCtx,
      assistantId,
      customerId: early.conversation.customerId,
      ownerRole: early.conversation.ownerRole,
      text,
      history: early.history,
      prepared: early.turn,
      rows: written.then(
        (turn) =>
          'conversation' in turn && sameOwner(early.conversation, turn.conversation)
            ? {
                conversation: turn.conversation,
                userMessage: turn.userMessage,
                assistant: turn.assistantMessage,
              }
            : null,
        () => null,
      ),
    });
  }

  /** A generation's own context: it outlives the request (the data source's manager, fresh loaders, own log id). */
  private jobContext(ctx: RequestContext, assistantId: string): RequestContext {
    return {
      ...ctx,
      manager: ctx.manager.connection.manager,
      requestId: `chat:${assistantId}`,
      scope: new RequestScope(),
      logger: ctx.logger.child({ messageId: assistantId }),
    };
  }

  /**
   * History and the prepared turn of a send, started before its rows are written. Resolves once the history is
   * read (the turn itself keeps preparing); null when the conversation is not the viewer's (the send will say so).
   */
  private async prepareEarly(
    ctx: RequestContext,
    jobCtx: RequestContext,
    viewer: Viewer,
    input: { conversationId?: string | null; text: string },
    newConversationId: string | null,
  ): Promise<{
    conversation: Pick<ConversationEntity, 'customerId' | 'ownerRole'>;
    history: LlmMessage[];
    turn: Promise<PreparedTurn>;
  } | null> {
    const existing = input.conversationId ? await this.conversation(ctx, input.conversationId) : null;
    if (!existing && !newConversationId) return null;
    const conversation = existing ?? { customerId: viewer.customerId ?? null, ownerRole: viewer.role };
    // A new conversation has no history: nothing to read.
    const history = existing ? await this.readHistory(ctx, existing.id, undefined) : [];
    const turn = this.generator.prepare(
      jobCtx,
      conversation,
      input.text,
      history,
      existing ? this.financeThread(jobCtx, existing.id, undefined) : undefined,
    );
    turn.catch(() => undefined); // awaited (and reported) by the generation, or dropped with a refused send
    return { conversation, history, turn };
  }

  /** QA round 24 (mood24). The latest finance turn's thread, on demand; none when it cannot be read. */
  private financeThread(ctx: RequestContext, conversationId: string, beforeSeq: string | undefined) {
    return () =>
      this.memory.financeThread(ctx, conversationId, beforeSeq).catch((err: unknown) => {
        ctx.logger.warn({ err, conversationId }, 'chat thread unavailable; answering without');
        return [] as string[];
      });
  }

  private readHistory(ctx: RequestContext, conversationId: string, beforeSeq: string | undefined) {
    // A history that cannot be read (cache or database trouble) must not leave the message without a runner.
    return this.memory.history(ctx, conversationId, beforeSeq).catch((err: unknown) => {
      ctx.logger.warn({ err, conversationId }, 'chat history unavailable; answering without');
      return [] as LlmMessage[];
    });
  }

  async retry(ctx: RequestContext, messageId: string): Promise<SentTurn | ChatLimit | ChatMessageRejected> {
    const viewer = requireViewer(ctx);
    const previous = await this.ownMessage(ctx, messageId);
    if (
      previous.role !== ChatRole.ASSISTANT ||
      !previous.replyToId ||
      previous.completedAt === null ||
      (previous.status !== ChatMessageStatus.FAILED && previous.status !== ChatMessageStatus.CANCELLED)
    )
      return new ChatMessageRejected(
        'NOT_RETRYABLE',
        'Only a FAILED or CANCELLED assistant message can be retried',
        'messageId',
      );
    const perMinute = await this.checkRate(viewer);
    if (perMinute) return perMinute;
    const now = ctx.now();
    const started = await inTransaction(ctx, async (tx) => {
      await this.repository.lockUser(tx, viewer.userId);
      const limit = await this.checkConcurrent(tx, viewer);
      if (limit) return limit;
      const conversation = await this.ownConversation(tx, previous.conversationId);
      const userMessage = (await this.repository.findMessage(tx, previous.replyToId!))!;
      const assistantMessage = await this.repository.insertMessage(tx, {
        ...blankMessage(conversation.id, ChatRole.ASSISTANT, ChatMessageStatus.STREAMING, now),
        replyToId: userMessage.id,
      });
      await this.repository.touchConversation(tx, conversation.id, now);
      return { conversation: { ...conversation, updatedAt: now }, userMessage, assistantMessage };
    });
    if (!('conversation' in started)) return started;
    await this.launch(ctx, started, started.userMessage.seq);
    return started;
  }

  private async launch(ctx: RequestContext, turn: SentTurn, beforeSeq: string | undefined): Promise<void> {
    const { conversation, assistantMessage } = turn;
    const history = await this.readHistory(ctx, conversation.id, beforeSeq);
    this.generator.start({
      ctx: this.jobContext(ctx, assistantMessage.id),
      assistantId: assistantMessage.id,
      customerId: conversation.customerId,
      ownerRole: conversation.ownerRole,
      text: turn.userMessage.text,
      rows: Promise.resolve({ conversation, userMessage: turn.userMessage, assistant: assistantMessage }),
      history,
      financeThread: this.financeThread(ctx, conversation.id, beforeSeq),
    });
  }

  /**
   * Stops a running answer (status CANCELLED, the text so far kept). Marks it in PostgreSQL, stops it here or
   * broadcasts to the replica running it, and waits for that replica to write the end; a replica that died is
   * replaced here (the text is rebuilt from the stream).
   */
  async cancel(ctx: RequestContext, messageId: string): Promise<ChatMessageEntity> {
    const message = await this.ownMessage(ctx, messageId);
    if (message.role !== ChatRole.ASSISTANT) throw badInput('messageId', 'is not an assistant message');
    if (message.completedAt !== null) return message;
    await this.repository.requestCancel(ctx, message.id);
    if (this.generator.cancelLocal(message.id)) await this.generator.settled(message.id);
    else {
      this.pubsub.publish(CHAT_CANCEL_TOPIC, { messageId: message.id });
      const ended = await this.waitForEnd(message.id, this.options.cancelWaitMs);
      if (!ended) await this.endOrphan(ctx, message.id, ChatMessageStatus.CANCELLED, null);
    }
    return this.ownMessage(ctx, messageId);
  }

  private async waitForEnd(messageId: string, ms: number): Promise<boolean> {
    const signal = AbortSignal.timeout(ms);
    const isLast = (e: { data: Record<string, unknown> }) => e.data.done === true;
    for await (const entry of this.streams.follow(streamKey(messageId), -1, { isLast, signal }))
      if (isLast(entry)) return true;
    return false;
  }

  /** Ends a message whose runner is gone: text from the stream, the end written once, then `done`. */
  private async endOrphan(
    ctx: RequestContext,
    messageId: string,
    status: ChatMessageStatus,
    reason: string | null,
  ): Promise<void> {
    const key = streamKey(messageId);
    const entries = await this.streams.read(key, -1);
    if (entries.some((e) => e.data.done === true)) return;
    const deltas = entries.map((e) => (e.data as { delta?: string }).delta).filter((d) => d !== undefined);
    const m = (await this.repository.findMessage(ctx, messageId))!;
    const written = await this.repository.finishMessage(ctx, messageId, {
      status,
      text: deltas.join(''),
      tokenCount: deltas.length,
      language: m.language,
      topic: m.topic,
      intent: m.intent,
      topicConfidence: m.topicConfidence,
      emotionLabel: m.emotionLabel,
      emotionIntensity: m.emotionIntensity,
      scenario: m.scenario,
      toolsUsed: m.toolsUsed,
      citations: m.citations,
      provider: m.provider,
      fallback: m.fallback,
      failureReason: reason,
      completedAt: ctx.now(),
    });
    if (written === null) return;
    await this.streams.append(key, { done: true, status: written });
    await this.streams.expire(key, this.options.streamTtlSeconds);
  }

  /** Crash recovery at start: messages left running by a process that died end FAILED. */
  async recoverStale(ctx: RequestContext): Promise<number> {
    const before = new Date(ctx.now().getTime() - this.options.staleStreamSeconds * 1000);
    const stale = await this.repository.staleRunning(ctx, before);
    for (const m of stale)
      await this.endOrphan(ctx, m.id, ChatMessageStatus.FAILED, 'interrupted: the server stopped');
    if (stale.length > 0) ctx.logger.warn({ count: stale.length }, 'ended chat messages left streaming');
    return stale.length;
  }

  async rename(ctx: RequestContext, id: string, title: string): Promise<ConversationEntity> {
    const clean = title.replace(/\s+/gu, ' ').trim();
    if (clean.length === 0 || [...clean].length > 200) throw badInput('title', 'must be 1–200 characters');
    const c = await this.ownConversation(ctx, id);
    const now = ctx.now();
    await this.repository.renameConversation(ctx, c.id, clean, now);
    return { ...c, title: clean, updatedAt: now };
  }

  /**
   * Soft delete (the rows stay for the audit trail; the conversation disappears from every query). Answers still
   * streaming in it are cancelled, without waiting for them.
   */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const c = await this.ownConversation(ctx, id);
    const running = await inTransaction(ctx, async (tx) => {
      await this.repository.deleteConversation(tx, c.id, ctx.now());
      const ids = await this.repository.runningIn(tx, c.id);
      for (const messageId of ids) await this.repository.requestCancel(tx, messageId);
      return ids;
    });
    for (const messageId of running)
      if (!this.generator.cancelLocal(messageId)) this.pubsub.publish(CHAT_CANCEL_TOPIC, { messageId });
    await this.memory.forget(c.id);
    return c.id;
  }

  /**
   * The token stream of one of the viewer's messages from index `after + 1`: every delta exactly once and in
   * order (replayed, then followed live on any replica), then the final event with the persisted message.
   *
   * PostgreSQL is the truth when the stream store (Redis) lost or cannot serve the stream: a finished message
   * whose stream is gone or incomplete ends with its stored final state; a live follower checks every
   * `streamCheckMs` without an entry whether the message ended (→ the stored end) or its stream shrank below
   * what it read (Redis lost its data: it waits for the stored end up to `streamLostWaitMs`, then UNAVAILABLE);
   * a stream read that fails ends with the stored end when there is one, else the (UNAVAILABLE) error.
   */
  async *stream(ctx: RequestContext, messageId: string, after: number): AsyncGenerator<ChatStreamEvent> {
    // The stored row only: a running message's text so far is what the stream itself replays.
    const message = await this.repository.findOwnMessage(ctx, messageId, requireViewer(ctx).userId);
    if (!message) throw notFound('Chat message');
    if (message.role !== ChatRole.ASSISTANT) {
      yield { index: 0, done: true, message };
      return;
    }
    const key = streamKey(message.id);
    const final = (m: ChatMessageEntity): ChatStreamEvent => ({
      index: m.tokenCount,
      done: true,
      message: m,
    });
    if (message.completedAt !== null) {
      // Already over: replay what is left, or (stream expired or lost, or nothing after `after`) just the end.
      // (A store that cannot answer counts as lost: the stored message does not need it.) Every delta but not yet
      // the final entry is the generator's window between committing the end and appending it: followed too (the
      // final entry follows within moments; without it the check below ends with the stored message) — it was ended
      // at once, and a subscriber that came in that window got the final text with no deltas.
      const length = after >= message.tokenCount ? 0 : await this.streams.length(key).catch(() => 0);
      if (length !== message.tokenCount + 1 && (length !== message.tokenCount || length === 0)) {
        yield final(message);
        return;
      }
    }
    const isLast = (e: { data: Record<string, unknown> }) => e.data.done === true;
    // An `after` beyond what exists so far must not skip the final entry: follow from the stream's current end
    // and drop the deltas at or before `after`.
    const from = after < 0 ? -1 : Math.min(after, (await this.streams.length(key)) - 1);
    const iterator = this.streams.follow(key, from, { isLast })[Symbol.asyncIterator]();
    let read = from; // highest stream index received from the store
    let lostChecks = 0;
    const checkMs = this.options.streamCheckMs ?? STREAM_CHECK_MS;
    const lostWaitMs = this.options.streamLostWaitMs ?? STREAM_LOST_WAIT_MS;
    try {
      let pending = iterator.next();
      for (;;) {
        const step = await raceTimer(pending, checkMs);
        if (step === null) {
          // Nothing for a while: has the message ended, or did the store lose the stream?
          const stored = (await this.repository.findMessage(ctx, message.id))!;
          const length = await this.streams.length(key);
          if (stored.completedAt !== null) {
            if (read >= stored.tokenCount - 1 || length < stored.tokenCount + 1) {
              yield final(stored);
              return;
            }
          } else if (length <= read && (lostChecks += 1) * checkMs >= lostWaitMs) {
            throw new AppError(
              ErrorCode.UNAVAILABLE,
              'The token stream of this message was lost; read it with chatMessage(id) or subscribe again later',
              { retryAfterSeconds: Math.max(1, Math.ceil(checkMs / 1000)) },
            );
          } else if (length > read) lostChecks = 0;
          continue;
        }
        if (step.done) return;
        pending = iterator.next();
        const entry = step.value;
        read = Math.max(read, entry.index);
        const data = entry.data as StreamEntryData;
        if ('done' in data) {
          yield final((await this.repository.findMessage(ctx, message.id))!);
          return;
        }
        if (entry.index > after) yield { index: entry.index, done: false, delta: data.delta };
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      // The stream store failed under us: the stored end, when there is one, is still the answer.
      const stored = await this.repository.findMessage(ctx, message.id).catch(() => null);
      if (stored?.completedAt) {
        yield final(stored);
        return;
      }
      throw err;
    } finally {
      void iterator.return?.();
    }
  }

  private async checkMessage(viewer: Viewer, text: string): Promise<ChatLimit | ChatMessageRejected | null> {
    if (text.trim().length === 0)
      return new ChatMessageRejected('EMPTY_MESSAGE', 'input.text: must not be empty', 'text');
    const max = this.options.maxMessageChars;
    if ([...text].length > max)
      return new ChatLimit('MESSAGE_SIZE', `input.text: at most ${max} characters per message`);
    return this.checkRate(viewer);
  }

  /** Messages per minute, counted in the cache adapter (shared by all replicas), fixed one-minute windows. */
  private async checkRate(viewer: Viewer): Promise<ChatLimit | null> {
    const count = await this.cache.increment(`chat:rate:${viewer.userId}`, 60);
    if (count <= this.options.messagesPerMinute) return null;
    const retry = (await this.cache.ttl(`chat:rate:${viewer.userId}`)) ?? 60;
    return new ChatLimit(
      'MESSAGES_PER_MINUTE',
      `At most ${this.options.messagesPerMinute} messages per minute`,
      Math.max(1, retry),
    );
  }

  /** Concurrent answers per user, counted in PostgreSQL under the user's advisory lock (exact across replicas). */
  private async checkConcurrent(tx: RequestContext, viewer: Viewer): Promise<ChatLimit | null> {
    const running = await this.repository.countRunning(tx, viewer.userId);
    if (running < this.options.maxConcurrentStreams) return null;
    return new ChatLimit(
      'CONCURRENT_STREAMS',
      `At most ${this.options.maxConcurrentStreams} answers may stream at once; wait or cancel one`,
    );
  }
}

function blankMessage(
  conversationId: string,
  role: ChatRole,
  status: ChatMessageStatus,
  now: Date,
): Omit<ChatMessageEntity, 'seq'> {
  return {
    id: randomUUID(),
    conversationId,
    role,
    status,
    replyToId: null,
    text: '',
    language: null,
    topic: null,
    intent: null,
    topicConfidence: null,
    emotionLabel: null,
    emotionIntensity: null,
    scenario: null,
    toolsUsed: [],
    citations: [],
    provider: null,
    fallback: false,
    failureReason: null,
    tokenCount: 0,
    createdAt: now,
    completedAt: null,
  };
}

/** Whether a turn prepared for `a` (the send's viewer or conversation) may answer in conversation `b`. */
function sameOwner(
  a: Pick<ConversationEntity, 'customerId' | 'ownerRole'>,
  b: Pick<ConversationEntity, 'customerId' | 'ownerRole'>,
): boolean {
  return a.customerId === b.customerId && a.ownerRole === b.ownerRole;
}
