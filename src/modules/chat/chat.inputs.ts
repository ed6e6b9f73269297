import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new user message; without conversationId a new conversation is started.' })
export class SendChatMessageInput {
  @Field(() => ID, { nullable: true, description: 'Global id of one of your conversations.' })
  conversationId?: string | null;

  @Field({ description: 'The message text (not empty; at most CHAT_MAX_MESSAGE_CHARS characters).' })
  text!: string;
}

@InputType({ description: 'The assistant message to stop.' })
export class CancelChatMessageInput {
  @Field(() => ID, { description: 'Global id of a STREAMING assistant message.' })
  messageId!: string;
}

@InputType({ description: 'The FAILED or CANCELLED assistant message to answer again.' })
export class RetryChatMessageInput {
  @Field(() => ID, { description: 'Global id of the assistant message.' })
  messageId!: string;
}

@InputType({ description: 'A new title for a conversation.' })
export class RenameConversationInput {
  @Field(() => ID, { description: 'Global id of the conversation.' })
  id!: string;

  @Field({ description: 'The title (1–200 characters after trimming).' })
  title!: string;
}

@InputType({ description: 'The conversation to delete.' })
export class DeleteConversationInput {
  @Field(() => ID, { description: 'Global id of the conversation.' })
  id!: string;
}
