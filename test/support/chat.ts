import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import {
  ChatMessageStreamDocument,
  type ChatMessageStreamSubscription,
  SendChatMessageDocument,
  type SendChatMessageMutation,
} from '../generated/operations';
import { subscribe, TestApp } from './app';

// Helpers of the chat API tests.

export type StreamEvent = ChatMessageStreamSubscription['chatMessageStream'];
export type SentPayload = Extract<
  SendChatMessageMutation['sendChatMessage'],
  { __typename: 'SendChatMessagePayload' }
>;
export const STREAM = print(ChatMessageStreamDocument);

/** Every event of a message stream from `after` until the final one. */
export async function streamAll(client: Client, messageId: string, after?: number): Promise<StreamEvent[]> {
  const sub = subscribe<ChatMessageStreamSubscription>(client, STREAM, { messageId, after });
  await sub.done;
  if (sub.errors.length > 0) throw new Error(JSON.stringify(sub.errors));
  return sub.results.map((r) => r.chatMessageStream);
}

export async function send(
  t: TestApp,
  token: string,
  text: string,
  conversationId?: string,
): Promise<SentPayload> {
  const res = await t.execute(SendChatMessageDocument, { input: { text, conversationId } }, token);
  const result = res.data?.sendChatMessage;
  if (result?.__typename !== 'SendChatMessagePayload') throw new Error(JSON.stringify(res));
  return result;
}
