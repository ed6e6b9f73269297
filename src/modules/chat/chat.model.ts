import type { ChatMessageEntity, ConversationEntity } from './chat.entity';

// Domain results of the chat service (no GraphQL here).

/** One event of chatMessageStream: a delta, or the final event with the persisted message. */
export type ChatStreamEvent =
  { index: number; done: false; delta: string } | { index: number; done: true; message: ChatMessageEntity };

/** Token stream key of an assistant message. */
export const streamKey = (messageId: string) => `chat:${messageId}`;

/** Data of a token-stream entry: a delta, or the final entry. */
export type StreamEntryData = { delta: string } | { done: true; status: string };

export interface SentTurn {
  conversation: ConversationEntity;
  userMessage: ChatMessageEntity;
  assistantMessage: ChatMessageEntity;
}

/** Expected outcomes of send/retry besides a started turn. */
export class ChatLimit {
  readonly code = 'CHAT_LIMIT';
  constructor(
    readonly limit: 'CONCURRENT_STREAMS' | 'MESSAGES_PER_MINUTE' | 'MESSAGE_SIZE',
    readonly message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {}
}

export class ChatMessageRejected {
  constructor(
    readonly code: 'EMPTY_MESSAGE' | 'NOT_RETRYABLE',
    readonly message: string,
    readonly field: string,
  ) {}
}
