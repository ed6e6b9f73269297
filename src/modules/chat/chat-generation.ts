import { setTimeout as sleep } from 'node:timers/promises';
import { inTransaction, RequestContext } from '../../common/context';
import type { ChatMessage as LlmMessage, LlmProvider, ToolCall } from '../../platform/llm';
import { LlmError } from '../../platform/llm';
import type { Logger } from '../../platform/observability/logger';
import type { TokenStreams } from '../../platform/streams/token-stream';
import type { ChatMessageEntity, ConversationEntity } from './chat.entity';
import { ChatMessageStatus } from './chat.enums';
import type { CachedAnswer, ChatMemory } from './chat-memory';
import { streamKey } from './chat.model';
import type { ChatRepository, MessageFinish } from './chat.repository';
import { maskPii, tokenize } from './chat-text';
import type { Counsellor, PreparedTurn } from './counsel/counsellor';

// The generation runner: one background task per assistant message on the replica that received the send.
// prepare → (answer cache | LLM with tool rounds | offline reply at its pace) → each delta appended to the token
// stream `chat:<id>` → the message and its audit row written in one transaction → the final `{done, status}`
// entry → stream TTL. The stored text is always the concatenation of the generated deltas (all of them appended,
// unless the stream store failed under one: then the final entry brings the whole text).

export interface GenerationOptions {
  offlineTokenDelayMs: number;
  streamTtlSeconds: number;
  maxToolRounds: number;
  /** After an LLM failure: continue with the offline counsellor (flagged), or end the message FAILED. */
  fallback: 'offline' | 'fail';
}

/** The rows a turn writes before it is answered (ChatService.send / retry). */
export interface TurnRows {
  conversation: ConversationEntity;
  userMessage: ChatMessageEntity;
  assistant: ChatMessageEntity;
}

export interface GenerationJob {
  /** The generation's own context (ChatService.jobContext): its logger already carries `messageId`. */
  ctx: RequestContext;
  assistantId: string;
  /** Whose data the answer may use and the role it is written for: known before the rows are. */
  customerId: string | null;
  ownerRole: string;
  /** The user's question (the turn is prepared from it when `prepared` is not given). */
  text: string;
  /**
   * The turn's rows. Already written (a retry, a send prepared late), or the send's transaction still running:
   * the model is asked meanwhile and its deltas are held until the rows are committed. `null` — the send was
   * refused after all (a concurrent-answer limit reached in a race): the model request is stopped, nothing was
   * streamed and nothing is written.
   */
  rows: Promise<TurnRows | null>;
  history: LlmMessage[];
  /** QA round 24 (mood24). The latest finance turn's thread, read on demand (CounselInput.financeThread). */
  financeThread?: () => Promise<readonly string[]>;
  /** The turn, when the send already started preparing it (ChatService.send); otherwise prepared here. */
  prepared?: Promise<PreparedTurn>;
}

interface Running {
  controller: AbortController;
  /** Why it was stopped: a cancel (CANCELLED) or the process shutting down (FAILED "shutdown"). */
  reason?: 'cancel' | 'shutdown';
  done: Promise<void>;
}

interface Outcome {
  status: ChatMessageStatus;
  provider: string | null;
  fallback: boolean;
  failureReason: string | null;
  toolsUsed: string[];
  reviewFlags: string[];
}

/** After a delta the token stream refused, how long the next ones skip it (then it is tried again). */
const STREAM_PAUSE_MS = 1_000;

/** Separates a cut LLM answer from the offline reply that continues it, and an answer from its appendix. */
const PARAGRAPH = '\n\n';

export class ChatGenerator {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly repository: ChatRepository,
    private readonly counsellor: Counsellor,
    private readonly streams: TokenStreams,
    private readonly memory: ChatMemory,
    private readonly llm: LlmProvider | null,
    private readonly options: GenerationOptions,
    private readonly logger: Logger,
  ) {}

  /**
   * Starts generating in the background. The promise returned resolves once the model has been asked for the
   * answer, or at once when no model will be (none configured, the turn failed to prepare); it never rejects.
   */
  start(job: GenerationJob): Promise<void> {
    const controller = new AbortController();
    const entry: Running = { controller, done: Promise.resolve() };
    this.running.set(job.assistantId, entry);
    let asked!: () => void;
    const modelAsked = new Promise<void>((resolve) => (asked = resolve));
    if (!this.llm) asked();
    entry.done = this.generate(job, entry, asked)
      .catch((err: unknown) =>
        this.logger.error({ err, messageId: job.assistantId }, 'chat generation crashed'),
      )
      .finally(() => {
        asked();
        this.running.delete(job.assistantId);
      });
    return modelAsked;
  }

  /** The counsellor's turn for a message of this conversation (what `start` would prepare itself). */
  prepare(
    ctx: RequestContext,
    conversation: Pick<ConversationEntity, 'customerId' | 'ownerRole'>,
    text: string,
    history: LlmMessage[],
    financeThread?: () => Promise<readonly string[]>,
  ): Promise<PreparedTurn> {
    return this.counsellor.prepare(ctx, {
      customerId: conversation.customerId,
      viewerRole: conversation.ownerRole as 'CUSTOMER' | 'ANALYST' | 'ADMIN',
      text,
      history,
      ...(financeThread ? { financeThread } : {}),
    });
  }

  /** Stops a generation running on this replica; false when it does not run here. */
  cancelLocal(messageId: string): boolean {
    const entry = this.running.get(messageId);
    if (!entry) return false;
    entry.reason ??= 'cancel';
    entry.controller.abort();
    return true;
  }

  /** Waits until a local generation has ended (no-op when it does not run here). */
  async settled(messageId: string): Promise<void> {
    await this.running.get(messageId)?.done;
  }

  get activeCount(): number {
    return this.running.size;
  }

  /** Process shutdown: every running generation ends FAILED ("shutdown") rather than staying STREAMING. */
  async shutdown(): Promise<void> {
    const entries = [...this.running.values()];
    for (const entry of entries) {
      entry.reason ??= 'shutdown';
      entry.controller.abort();
    }
    await Promise.allSettled(entries.map((e) => e.done));
  }

  private async generate(job: GenerationJob, entry: Running, asked: () => void): Promise<void> {
    const signal = entry.controller.signal;
    const key = streamKey(job.assistantId);
    // The job's context already logs with the message id (ChatService.jobContext): a second child would write
    // `messageId` twice on every line.
    const log = job.ctx.logger;
    // Undefined while the send's transaction runs; a refused send stops the model request at once.
    let rows: TurnRows | null | undefined;
    const committed = job.rows.then(
      (written) => (rows = written),
      () => (rows = null),
    );
    void committed.then((written) => written ?? entry.controller.abort());
    const deltas: string[] = [];
    // A delta the token stream would not take (a Redis command timeout, a restart) is left out of the stream, not
    // out of the answer: the text stays whole, followers get it in the final event from PostgreSQL, and the next
    // STREAM_PAUSE_MS of deltas skip the store rather than each wait out its timeout (docs/security.md).
    let streamPausedUntil = 0;
    let unstreamed = 0;
    const emit = async (delta: string) => {
      if (!delta || signal.aborted) return;
      // Nothing is streamed for a message whose row is not committed yet (nobody could follow it anyway).
      if (rows === undefined) await committed;
      if (!rows || signal.aborted) return;
      deltas.push(delta);
      if (Date.now() < streamPausedUntil) {
        unstreamed += 1;
        return;
      }
      try {
        await this.streams.append(key, { delta });
      } catch (err) {
        unstreamed += 1;
        streamPausedUntil = Date.now() + STREAM_PAUSE_MS;
        log.warn({ err, unstreamed }, 'token not streamed; the answer goes on and ends with its whole text');
      }
    };
    let turn: PreparedTurn | null = null;
    let outcome: Outcome = {
      status: ChatMessageStatus.COMPLETE,
      provider: null,
      fallback: false,
      failureReason: null,
      toolsUsed: [],
      reviewFlags: [],
    };
    let cacheKey: string | null = null;
    try {
      turn = await (job.prepared ??
        this.prepare(
          job.ctx,
          { customerId: job.customerId, ownerRole: job.ownerRole },
          job.text,
          job.history,
          job.financeThread,
        ));
      outcome.toolsUsed = [...turn.toolsUsed];
      const scope = job.customerId ?? `role:${job.ownerRole}`;
      const key = (cacheKey = this.memory.answerKey(job.text, turn, scope));
      const readCache = () => (signal.aborted ? Promise.resolve(undefined) : this.memory.cachedAnswer(key));
      if (this.llm) {
        outcome = {
          ...outcome,
          ...(await this.cacheOrLlm(job, turn, readCache, signal, emit, deltas, log, asked)),
        };
      } else {
        const cached = await readCache();
        if (cached) {
          outcome.provider = 'cache';
          for (const token of tokenize(cached.text)) await emit(token);
        } else {
          // The cached text already carries it.
          if (turn.preface) for (const token of tokenize(`${turn.preface}\n\n`)) await emit(token);
          outcome.provider = 'offline';
          await this.offline(turn.offlineReply, signal, emit);
        }
      }
    } catch (err) {
      log.error({ err, question: maskPii(job.text) }, 'chat turn failed');
      outcome.status = ChatMessageStatus.FAILED;
      outcome.failureReason = `internal error: ${(err as Error)?.message ?? String(err)}`;
    }
    // No model asked (the turn failed before it): the send may write its rows now.
    asked();
    const written = rows === undefined ? await committed : rows;
    // A refused send: no row to finish, nothing was streamed.
    if (!written) return;
    if (signal.aborted) {
      outcome.status = entry.reason === 'shutdown' ? ChatMessageStatus.FAILED : ChatMessageStatus.CANCELLED;
      outcome.failureReason = entry.reason === 'shutdown' ? 'shutdown' : null;
    }
    await this.finish(job, written, turn, outcome, deltas, cacheKey, log);
  }

  /**
   * The cached answer, or the model's. The model is asked first and the answer cache read while it thinks (issue
   * 15: the read is off the time to first token, and it starts a macrotask after the model request is asked):
   * nothing of its answer is streamed before the cache has said "miss" (and the preface, if any, is out); a hit
   * stops the request at once and streams the cached text instead.
   * **Decision:** a hit costs one model request aborted before its first token, against a cache round trip on
   * every miss (hits are repeats of a question on unchanged data: the rarer case).
   */
  private async cacheOrLlm(
    job: GenerationJob,
    turn: PreparedTurn,
    readCache: () => Promise<CachedAnswer | undefined>,
    signal: AbortSignal,
    emit: (delta: string) => Promise<void>,
    deltas: readonly string[],
    log: Logger,
    asked: () => void,
  ): Promise<Partial<Outcome>> {
    const stopModel = new AbortController();
    // Read a macrotask from now: the model request is built and handed to its socket in the microtasks before, so
    // the cache's command is not encoded and written ahead of it.
    const cachedRead = new Promise<void>((resolve) => setImmediate(resolve)).then(readCache);
    // Resolves true once the model's deltas may be streamed (a miss, the preface out), false on a hit.
    const decided = cachedRead.then(async (cached) => {
      if (cached) {
        stopModel.abort();
        return false;
      }
      if (turn.preface) for (const token of tokenize(`${turn.preface}\n\n`)) await emit(token);
      return true;
    });
    const answered = this.fromLlm(
      job,
      turn,
      AbortSignal.any([signal, stopModel.signal]),
      async (delta) => {
        if (await decided.catch(() => false)) await emit(delta);
      },
      deltas,
      log,
    );
    // fromLlm ran up to the model request's first await: the request is on its way.
    asked();
    let useModel: boolean;
    try {
      useModel = await decided;
    } catch (err) {
      // The cache could not be read: the turn fails as it did when the read came first.
      stopModel.abort();
      await answered.catch(() => undefined);
      throw err;
    }
    if (useModel) return answered;
    await answered.catch(() => undefined);
    const cached = (await cachedRead)!;
    for (const token of tokenize(cached.text)) await emit(token);
    return { provider: 'cache', toolsUsed: [...turn.toolsUsed] };
  }

  /** The model's answer with tool rounds; on failure the offline reply (flagged) or FAILED. */
  private async fromLlm(
    job: GenerationJob,
    turn: PreparedTurn,
    signal: AbortSignal,
    emit: (delta: string) => Promise<void>,
    deltas: readonly string[],
    log: Logger,
  ): Promise<Partial<Outcome>> {
    const llm = this.llm!;
    const provider = `${llm.name}:${llm.model}`;
    const messages: LlmMessage[] = [...turn.llmMessages];
    const toolsUsed = new Set(turn.toolsUsed);
    let answer = '';
    try {
      for (let round = 0; ; round += 1) {
        const offerTools = round < this.options.maxToolRounds && turn.tools.length > 0;
        const calls: ToolCall[] = [];
        let roundText = '';
        for await (const delta of llm.stream(messages, {
          tools: offerTools ? turn.tools : undefined,
          signal,
        })) {
          if (delta.type === 'text') {
            await emit(delta.text);
            roundText += delta.text;
          } else if (delta.type === 'tool_call') calls.push(delta.call);
        }
        answer += roundText;
        if (signal.aborted || calls.length === 0 || !offerTools) break;
        messages.push({ role: 'assistant', content: roundText, toolCalls: calls });
        for (const call of calls) {
          const result = await this.counsellor.runTool(job.ctx, turn, job.customerId, call);
          if (result.allowed) toolsUsed.add(call.name);
          else log.warn({ tool: call.name }, 'model tool call refused');
          messages.push({ role: 'tool', content: result.content, toolCallId: call.id });
        }
      }
    } catch (err) {
      if (signal.aborted) return { provider, toolsUsed: [...toolsUsed] };
      const reason =
        err instanceof LlmError ? `${err.kind}: ${err.message}` : `llm error: ${(err as Error).message}`;
      log.warn({ reason, afterOutput: deltas.length > 0 }, 'llm answer failed');
      if (this.options.fallback === 'fail')
        return {
          provider,
          status: ChatMessageStatus.FAILED,
          failureReason: reason,
          toolsUsed: [...toolsUsed],
        };
      // The deltas already streamed are never taken back: the offline reply continues after a paragraph break.
      await this.offline((deltas.length > 0 ? PARAGRAPH : '') + turn.offlineReply, signal, emit);
      return { provider: 'offline', fallback: true, toolsUsed: [...toolsUsed] };
    }
    if (signal.aborted) return { provider, toolsUsed: [...toolsUsed] };
    const review = this.counsellor.review(turn, answer);
    if (review.appendix) {
      const appendix = /^\s/u.test(review.appendix) ? review.appendix : PARAGRAPH + review.appendix;
      for (const token of tokenize(appendix)) await emit(token);
    }
    return { provider, toolsUsed: [...toolsUsed], reviewFlags: review.flags };
  }

  /** Streams a complete reply token by token at the configured pace. */
  private async offline(text: string, signal: AbortSignal, emit: (delta: string) => Promise<void>) {
    for (const token of tokenize(text)) {
      if (signal.aborted) return;
      await emit(token);
      if (this.options.offlineTokenDelayMs > 0)
        await sleep(this.options.offlineTokenDelayMs, undefined, { signal }).catch(() => undefined);
    }
  }

  /** Message + audit row in one transaction, then the final stream entry, the TTL and the caches. */
  private async finish(
    job: GenerationJob,
    { assistant, conversation, userMessage }: TurnRows,
    turn: PreparedTurn | null,
    outcome: Outcome,
    deltas: readonly string[],
    cacheKey: string | null,
    log: Logger,
  ): Promise<void> {
    const { ctx } = job;
    const now = ctx.now();
    const annotations = {
      language: turn?.language ?? null,
      topic: turn?.topic.topic ?? null,
      intent: turn?.understanding?.intent ?? turn?.topic.intent?.label ?? null,
      topicConfidence: turn?.topic.confidence ?? null,
      emotionLabel: turn?.emotion?.label ?? null,
      emotionIntensity: turn?.emotion?.intensity ?? null,
    };
    const finish: MessageFinish = {
      ...annotations,
      status: outcome.status,
      text: deltas.join(''),
      tokenCount: deltas.length,
      scenario: turn?.scenario ?? null,
      toolsUsed: outcome.toolsUsed,
      citations: turn?.citations ?? [],
      provider: outcome.provider,
      fallback: outcome.fallback,
      failureReason: outcome.status === ChatMessageStatus.FAILED ? outcome.failureReason : null,
      completedAt: now,
    };
    let status: ChatMessageStatus = outcome.status;
    try {
      status = await inTransaction(ctx, async (tx) => {
        const written = await this.repository.finishMessage(tx, assistant.id, finish);
        if (written === null) return outcome.status;
        if (turn) {
          await this.repository.annotateUserMessage(tx, userMessage.id, annotations);
          await this.repository.insertAudit(tx, {
            at: now,
            userId: conversation.ownerUserId,
            userRole: conversation.ownerRole,
            conversationId: conversation.id,
            messageId: assistant.id,
            customerId: conversation.customerId,
            status: written,
            answerKind: turn.answerKind,
            scenarioLabel: turn.scenario?.label ?? null,
            scenarioProbability: turn.scenario?.probability ?? null,
            thresholdVersion: turn.scenario?.thresholdVersion ?? null,
            toolsUsed: outcome.toolsUsed,
            auditData: turn.auditData,
            reviewFlags: outcome.reviewFlags,
            provider: outcome.provider,
            fallback: outcome.fallback,
            // The compliance trail keeps the customer-facing text exactly as it was sent.
            sentText: finish.text,
          });
        }
        await this.repository.touchConversation(tx, conversation.id, now);
        return written;
      });
    } catch (err) {
      log.error({ err }, 'could not persist the end of a chat message');
      status = ChatMessageStatus.FAILED;
    }
    const text = finish.text;
    // The hot history window takes the turn before the stream says done: a client that sends its follow-up the moment
    // it sees done ("no fee?" after the payoff) must find this turn in the history it is read against (it was added
    // after, and under load a follow-up was read without it).
    if (status === ChatMessageStatus.COMPLETE)
      await this.memory
        .remember(conversation.id, userMessage, { ...assistant, text, status })
        .catch((err: unknown) => log.warn({ err }, 'history cache not updated'));
    const key = streamKey(assistant.id);
    // Subscribers wait for this entry: a transient store error must not lose it.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.streams.append(key, { done: true, status });
        break;
      } catch (err) {
        if (attempt >= 3) throw err;
        log.warn({ err, attempt }, 'final stream entry not written; retrying');
        await sleep(100 * attempt);
      }
    }
    await this.streams.expire(key, this.options.streamTtlSeconds);
    log.info(
      { status, provider: outcome.provider, fallback: outcome.fallback, tokens: deltas.length },
      'chat message ended',
    );
    if (status !== ChatMessageStatus.COMPLETE) return;
    if (cacheKey && outcome.provider !== 'cache' && !outcome.fallback)
      await this.memory
        .storeAnswer(cacheKey, { text, provider: outcome.provider ?? 'offline' })
        .catch((err: unknown) => log.warn({ err }, 'answer cache not updated'));
  }
}
