/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** STREAMING while tokens are generated, then COMPLETE, FAILED (see failureReason) or CANCELLED (text so far kept). */
export type ChatMessageStatus =
  /** Cancelled by the user; the text so far is kept. */
  | 'CANCELLED'
  /** The answer is finished. */
  | 'COMPLETE'
  /** The answer ended with an error (see failureReason). */
  | 'FAILED'
  /** Tokens are still being generated. */
  | 'STREAMING';

/** Credentials. */
export type LoginInput = {
  /** Login e-mail address. */
  email: string;
  /** Password. */
  password: string;
};

/** Which sessions to end. */
export type LogoutInput = {
  /** End every session of the logged-in user. */
  allDevices?: boolean;
  /** The refresh token of the session to end; without it, the session of the request's access token. */
  refreshToken?: string | null | undefined;
};

/** A refresh token to rotate. */
export type RefreshTokenInput = {
  /** The refresh token from the last AuthPayload. */
  refreshToken: string;
};

/** What a principal may do: CUSTOMER (own data), ANALYST (read all), ADMIN. */
export type Role =
  /** Everything, including writes to other customers and access changes. */
  | 'ADMIN'
  /** Reads every customer's data (staff). */
  | 'ANALYST'
  /** Reads and changes only their own data. */
  | 'CUSTOMER';

export type ClientSessionFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, role: Role } };

export type ClientLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ClientLoginMutation = { login:
    | { __typename: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, role: Role } }
    | { __typename: 'InvalidCredentialsError', code: string, message: string }
    | { __typename: 'RateLimitedError', code: string, message: string, retryAfterSeconds: number }
   };

export type ClientRefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type ClientRefreshTokenMutation = { refreshToken:
    | { __typename: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, role: Role } }
    | { __typename: 'InvalidRefreshTokenError', code: string, message: string }
   };

export type ClientLogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type ClientLogoutMutation = { logout: { revokedSessions: number } };

export type ClientChatMessageStreamSubscriptionVariables = Exact<{
  messageId: string | number;
  after?: number | null | undefined;
}>;


export type ClientChatMessageStreamSubscription = { chatMessageStream: { index: number, delta: string | null, done: boolean, message: { id: string, status: ChatMessageStatus, text: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ClientSessionFragmentDoc = new TypedDocumentString(`
    fragment ClientSession on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    email
    role
  }
}
    `, {"fragmentName":"ClientSession"}) as unknown as TypedDocumentString<ClientSessionFragment, unknown>;
export const ClientLoginDocument = new TypedDocumentString(`
    mutation ClientLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ...ClientSession
    ... on ErrorResult {
      code
      message
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
  }
}
    fragment ClientSession on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    email
    role
  }
}`) as unknown as TypedDocumentString<ClientLoginMutation, ClientLoginMutationVariables>;
export const ClientRefreshTokenDocument = new TypedDocumentString(`
    mutation ClientRefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    __typename
    ...ClientSession
    ... on ErrorResult {
      code
      message
    }
  }
}
    fragment ClientSession on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    email
    role
  }
}`) as unknown as TypedDocumentString<ClientRefreshTokenMutation, ClientRefreshTokenMutationVariables>;
export const ClientLogoutDocument = new TypedDocumentString(`
    mutation ClientLogout($input: LogoutInput!) {
  logout(input: $input) {
    revokedSessions
  }
}
    `) as unknown as TypedDocumentString<ClientLogoutMutation, ClientLogoutMutationVariables>;
export const ClientChatMessageStreamDocument = new TypedDocumentString(`
    subscription ClientChatMessageStream($messageId: ID!, $after: Int) {
  chatMessageStream(messageId: $messageId, after: $after) {
    index
    delta
    done
    message {
      id
      status
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ClientChatMessageStreamSubscription, ClientChatMessageStreamSubscriptionVariables>;