// @fingraph/client: typed login/refresh/logout, an auth-aware graphql-ws client and resumable chat streams.
export { createAuth } from './auth';
export type { Auth, AuthOptions, LoginOutcome, Session, SessionStore } from './auth';
export { createAuthWsClient, CloseCode } from './ws';
export type { AuthWsClientOptions } from './ws';
export { CHAT_STREAM_QUERY, streamAnswer } from './stream';
export type { ChatStreamEvent, ChatStreamSource, StreamAnswerOptions, StreamEventLike } from './stream';
export { FingraphError, postOperation } from './http';
export type { FetchFn } from './http';
export * from './generated/operations';
