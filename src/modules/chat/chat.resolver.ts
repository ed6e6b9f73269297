import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { loaders, RequestContext } from '../../common/context';
import { localIdOf, toGlobalId } from '../../common/global-id';
import { PageArgsInput } from '../../common/graphql/page.args';
import {
  ChatLimitError,
  ChatMessageConnection,
  ChatMessageRejectedError,
  ConversationConnection,
  DeleteConversationPayload,
  SendChatMessagePayload,
  SendChatMessageResult,
} from './chat-results.type';
import {
  CancelChatMessageInput,
  DeleteConversationInput,
  RenameConversationInput,
  RetryChatMessageInput,
  SendChatMessageInput,
} from './chat.inputs';
import { chatLoaders } from './chat.loaders';
import {
  CHAT_MESSAGE_TYPE,
  CONVERSATION_TYPE,
  toChatMessageType,
  toChatStreamEventType,
  toConversationType,
} from './chat.mapper';
import { ChatLimit, ChatMessageRejected, ChatStreamEvent, SentTurn } from './chat.model';
import type { ChatService } from './chat.service';
import { ChatMessageType, ChatStreamEventType, ConversationType } from './chat.type';

/**
 * The service chatMessageStream follows. type-graphql calls `subscribe` outside the resolver instance, so the
 * composition root's instance registers itself here when it is built (one per process).
 */
let streamSource: ChatService | undefined;

function toSendResult(result: SentTurn | ChatLimit | ChatMessageRejected): typeof SendChatMessageResult {
  if (result instanceof ChatLimit)
    return Object.assign(new ChatLimitError(), {
      code: result.code,
      message: result.message,
      limit: result.limit,
      retryAfterSeconds: result.retryAfterSeconds,
    });
  if (result instanceof ChatMessageRejected)
    return Object.assign(new ChatMessageRejectedError(), {
      code: result.code,
      message: result.message,
      // Said at its argument path, as BAD_USER_INPUT's fields are (both mutations take `input`).
      field: `input.${result.field}`,
    });
  return Object.assign(new SendChatMessagePayload(), {
    conversation: toConversationType(result.conversation),
    userMessage: toChatMessageType(result.userMessage),
    assistantMessage: toChatMessageType(result.assistantMessage),
  });
}

@Resolver(() => ConversationType)
export class ChatResolver {
  private readonly loaderFactory: ReturnType<typeof chatLoaders>;

  constructor(private readonly service: ChatService) {
    streamSource = service;
    this.loaderFactory = chatLoaders(service);
  }

  @Query(() => ConversationConnection, { description: 'Your conversations, most recently active first.' })
  async conversations(
    @Arg('first', () => Int, { nullable: true, description: 'Page size (0–100, default 20).' })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'Return conversations after this cursor.' })
    after: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof ConversationConnection>> {
    return ConversationConnection.from(
      await this.service.conversations(ctx, { first, after }),
      toConversationType,
    );
  }

  @Query(() => ConversationType, {
    nullable: true,
    description: 'One of your conversations (null otherwise).',
  })
  async conversation(
    @Arg('id', () => ID, { description: 'Global id of the conversation.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ConversationType | null> {
    const c = await this.service.conversation(ctx, localIdOf(CONVERSATION_TYPE, id));
    return c && toConversationType(c);
  }

  @Query(() => ChatMessageType, {
    nullable: true,
    description: 'One of your messages (null otherwise); while STREAMING, with the text so far.',
  })
  async chatMessage(
    @Arg('id', () => ID, { description: 'Global id of the message.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChatMessageType | null> {
    const m = await this.service.message(ctx, localIdOf(CHAT_MESSAGE_TYPE, id));
    return m && toChatMessageType(m);
  }

  @Mutation(() => SendChatMessageResult, {
    description:
      'Sends a message and returns at once with the assistant message STREAMING; follow it with ' +
      'chatMessageStream. Limits: message size, messages per minute, concurrent answers.',
  })
  async sendChatMessage(
    @Arg('input', () => SendChatMessageInput, {
      description: 'The message text and, to continue one, its conversation.',
    })
    input: SendChatMessageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof SendChatMessageResult> {
    const conversationId = input.conversationId
      ? localIdOf(CONVERSATION_TYPE, input.conversationId, 'conversationId')
      : null;
    return toSendResult(await this.service.send(ctx, { conversationId, text: input.text }));
  }

  @Mutation(() => ChatMessageType, {
    description:
      'Stops a STREAMING answer (status CANCELLED, the text so far kept), on whichever replica runs it.',
  })
  async cancelChatMessage(
    @Arg('input', () => CancelChatMessageInput, { description: 'The streaming assistant message to cancel.' })
    input: CancelChatMessageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ChatMessageType> {
    return toChatMessageType(
      await this.service.cancel(ctx, localIdOf(CHAT_MESSAGE_TYPE, input.messageId, 'messageId')),
    );
  }

  @Mutation(() => SendChatMessageResult, {
    description: 'Answers the question of a FAILED or CANCELLED assistant message again, as a new message.',
  })
  async retryChatMessage(
    @Arg('input', () => RetryChatMessageInput, {
      description: 'The failed or cancelled assistant message to answer again.',
    })
    input: RetryChatMessageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof SendChatMessageResult> {
    return toSendResult(
      await this.service.retry(ctx, localIdOf(CHAT_MESSAGE_TYPE, input.messageId, 'messageId')),
    );
  }

  @Mutation(() => ConversationType, { description: 'Renames one of your conversations.' })
  async renameConversation(
    @Arg('input', () => RenameConversationInput, { description: 'The conversation and its new title.' })
    input: RenameConversationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConversationType> {
    return toConversationType(
      await this.service.rename(ctx, localIdOf(CONVERSATION_TYPE, input.id), input.title),
    );
  }

  @Mutation(() => DeleteConversationPayload, { description: 'Deletes one of your conversations.' })
  async deleteConversation(
    @Arg('input', () => DeleteConversationInput, { description: 'The conversation to delete.' })
    input: DeleteConversationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DeleteConversationPayload> {
    const id = await this.service.delete(ctx, localIdOf(CONVERSATION_TYPE, input.id));
    return { deletedId: toGlobalId(CONVERSATION_TYPE, id) };
  }

  @Subscription(() => ChatStreamEventType, {
    description:
      'The tokens of one of your assistant messages from index after + 1 (omitted: from the start), each ' +
      'exactly once and in order, then a final event (done) with the persisted message. Resume after a ' +
      'disconnect with after: <last index seen>.',
    subscribe: ({ args, context }) => {
      if (!streamSource) throw new Error('chat is not wired');
      const ctx = context as RequestContext;
      const after = (args.after as number | null | undefined) ?? -1;
      return streamSource.stream(
        ctx,
        localIdOf(CHAT_MESSAGE_TYPE, args.messageId as string, 'messageId'),
        after,
      );
    },
  })
  chatMessageStream(
    @Arg('messageId', () => ID, { description: 'Global id of the assistant message.' }) _messageId: string,
    @Arg('after', () => Int, {
      nullable: true,
      description: 'Last stream index already received (-1 or omitted: from the start).',
    })
    _after: number | undefined,
    @Root() event: ChatStreamEvent,
  ): ChatStreamEventType {
    return toChatStreamEventType(event);
  }

  @FieldResolver(() => ChatMessageConnection, { description: 'Messages of the conversation, oldest first.' })
  async messages(
    @Root() conversation: ConversationType,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof ChatMessageConnection>> {
    const l = loaders(ctx, this.loaderFactory);
    const args = { first: page.first, after: page.after, last: page.last, before: page.before };
    const connection = await l.messagePages.load({ conversationId: conversation.localId, page: args });
    return ChatMessageConnection.from(
      { ...connection, totalCount: () => l.messageCounts.load(conversation.localId) },
      toChatMessageType,
    );
  }
}
