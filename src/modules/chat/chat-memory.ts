import { createHash } from 'node:crypto';
import type { RequestContext } from '../../common/context';
import type { Cache } from '../../platform/cache/cache';
import type { ChatMessage as LlmMessage } from '../../platform/llm';
import type { ChatMessageEntity } from './chat.entity';
import { ChatRole } from './chat.enums';
import type { ChatRepository } from './chat.repository';
import { estimateTokens, normaliseQuestion } from './chat-text';
import type { PreparedTurn } from './counsel/counsellor';

// The chat's memory in the cache adapter (Redis in services mode, so every replica shares it): the hot history
// window of each conversation and the answer cache. PostgreSQL keeps the full log; the cache is only a copy.

export interface ChatMemoryOptions {
  historyTokenBudget: number;
  historyMaxMessages: number;
  historyCacheSeconds: number;
  answerCacheSeconds: number;
}

interface HistoryItem {
  id: string;
  role: 'user' | 'assistant';
  content: string;
}

export interface CachedAnswer {
  text: string;
  /** Who wrote it first (offline or the model). */
  provider: string;
}

/** User turns of the latest finance turn's thread read back (it and the ones before it). */
const FINANCE_THREAD_TURNS = 4;

const historyKey = (conversationId: string) => `chat:history:${conversationId}`;

/** The newest items whose estimated tokens fit the budget, oldest first. Pure. */
export function historyWindow<T extends { content: string }>(items: readonly T[], budget: number): T[] {
  const kept: T[] = [];
  let used = 0;
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const cost = estimateTokens(items[i].content);
    if (used + cost > budget) break;
    used += cost;
    kept.unshift(items[i]);
  }
  return kept;
}

const toItem = (m: ChatMessageEntity): HistoryItem => ({
  id: m.id,
  role: m.role === ChatRole.USER ? 'user' : 'assistant',
  content: m.text,
});

export class ChatMemory {
  constructor(
    private readonly cache: Cache,
    private readonly repository: ChatRepository,
    private readonly options: ChatMemoryOptions,
  ) {}

  /**
   * Earlier turns for the next answer, cut to the token budget. From the cache when it holds the conversation;
   * otherwise (and always for a retry, which answers an older message) from PostgreSQL.
   */
  async history(ctx: RequestContext, conversationId: string, beforeSeq?: string): Promise<LlmMessage[]> {
    let items: HistoryItem[] | undefined;
    if (beforeSeq === undefined) items = await this.cache.get<HistoryItem[]>(historyKey(conversationId));
    if (!items) {
      const rows = await this.repository.historyMessages(
        ctx,
        conversationId,
        this.options.historyMaxMessages,
        beforeSeq,
      );
      items = rows.map(toItem);
      if (beforeSeq === undefined)
        await this.cache.set(historyKey(conversationId), items, this.options.historyCacheSeconds);
    }
    return historyWindow(items, this.options.historyTokenBudget).map((i) => ({
      role: i.role,
      content: i.content,
    }));
  }

  /**
   * QA round 24 (mood24). The user turns of the latest finance turn's thread (it and the three before it), read from
   * PostgreSQL only when the counsellor asks (the window holds no finance turn): the subject a follow-up continues.
   */
  financeThread(ctx: RequestContext, conversationId: string, beforeSeq?: string): Promise<string[]> {
    return this.repository.financeThread(ctx, conversationId, FINANCE_THREAD_TURNS, beforeSeq);
  }

  /** Adds a completed turn to the hot window (when the conversation is cached). */
  async remember(conversationId: string, user: ChatMessageEntity, answer: ChatMessageEntity): Promise<void> {
    const key = historyKey(conversationId);
    const items = await this.cache.get<HistoryItem[]>(key);
    if (!items) return;
    const known = new Set(items.map((i) => i.id));
    const next = [...items, ...[user, answer].filter((m) => !known.has(m.id)).map(toItem)];
    await this.cache.set(key, next.slice(-this.options.historyMaxMessages), this.options.historyCacheSeconds);
  }

  async forget(conversationId: string): Promise<void> {
    await this.cache.delete(historyKey(conversationId));
  }

  /**
   * Answer cache key: the normalised question, the data version the answer depended on, the language — and the
   * asker's scope (their customer id, or the staff role), so one customer's answer never serves another.
   */
  answerKey(question: string, turn: PreparedTurn, scope: string): string {
    const digest = createHash('sha256')
      .update(JSON.stringify([normaliseQuestion(question), turn.dataVersion, turn.language, scope]))
      .digest('base64url');
    return `chat:answer:${digest}`;
  }

  cachedAnswer(key: string): Promise<CachedAnswer | undefined> {
    return this.cache.get<CachedAnswer>(key);
  }

  async storeAnswer(key: string, answer: CachedAnswer): Promise<void> {
    await this.cache.set(key, answer, this.options.answerCacheSeconds);
  }
}
