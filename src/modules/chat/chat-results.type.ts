import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionTypes, ErrorResult } from '../../common/graphql/types';
import { ChatMessageType, ConversationType } from './chat.type';

@ObjectType('SendChatMessagePayload', {
  description: 'The user message and the assistant message now streaming.',
})
export class SendChatMessagePayload {
  @Field(() => ConversationType, { description: 'The conversation (new or existing).' })
  conversation!: ConversationType;

  @Field(() => ChatMessageType, { description: 'The user message.' })
  userMessage!: ChatMessageType;

  @Field(() => ChatMessageType, {
    description: 'The assistant message, STREAMING: follow it with chatMessageStream(messageId).',
  })
  assistantMessage!: ChatMessageType;
}

@ObjectType('ChatLimitError', {
  implements: ErrorResult,
  description: 'A per-user chat limit was hit: concurrent streams, messages per minute or message size.',
})
export class ChatLimitError implements ErrorResult {
  @Field({ description: 'CHAT_LIMIT' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field({ description: 'Which limit: CONCURRENT_STREAMS, MESSAGES_PER_MINUTE or MESSAGE_SIZE.' })
  limit!: string;

  @Field(() => Int, { nullable: true, description: 'When to try again (per-minute limit).' })
  retryAfterSeconds!: number | null;
}

@ObjectType('ChatMessageRejectedError', {
  implements: ErrorResult,
  description: 'The message cannot be sent or retried as it is (e.g. empty text).',
})
export class ChatMessageRejectedError implements ErrorResult {
  @Field({ description: 'EMPTY_MESSAGE or NOT_RETRYABLE.' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field({
    description:
      'The argument path at fault (input.text, input.messageId), as BAD_USER_INPUT errors name their fields.',
  })
  field!: string;
}

export const SendChatMessageResult = createUnionType({
  name: 'SendChatMessageResult',
  description: 'The streaming assistant message, or why none was started.',
  types: () => [SendChatMessagePayload, ChatLimitError, ChatMessageRejectedError] as const,
  resolveType: (value) =>
    'limit' in value ? ChatLimitError : 'field' in value ? ChatMessageRejectedError : SendChatMessagePayload,
});

@ObjectType('DeleteConversationPayload', { description: 'The deleted conversation.' })
export class DeleteConversationPayload {
  @Field(() => ID, { description: 'Global id of the deleted conversation.' })
  deletedId!: string;
}

export const { ConnectionType: ConversationConnection } = connectionTypes('Conversation', ConversationType);
export const { ConnectionType: ChatMessageConnection } = connectionTypes('ChatMessage', ChatMessageType);
