/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The assistant message to stop. */
export type CancelChatMessageInput = {
  /** Global id of a STREAMING assistant message. */
  messageId: string | number;
};

/** STREAMING while tokens are generated, then COMPLETE, FAILED (see failureReason) or CANCELLED (text so far kept). */
export type ChatMessageStatus =
  | 'CANCELLED'
  | 'COMPLETE'
  | 'FAILED'
  | 'STREAMING';

/** Who wrote a chat message: the USER or the ASSISTANT (the counsellor). */
export type ChatRole =
  | 'ASSISTANT'
  | 'USER';

/** Financial health band of a score (docs/insights.md). */
export type HealthBand =
  /** Score 40–79. */
  | 'COPING'
  /** Score 80–100. */
  | 'HEALTHY'
  /** Score 0–39. */
  | 'VULNERABLE';

/** Where a scored image came from: REFINANCE_DOCUMENT (attached to an application) or STAFF_ANALYSIS (the analyzeImage route). */
export type ImageSource =
  | 'REFINANCE_DOCUMENT'
  | 'STAFF_ANALYSIS';

/** Step of a running import: PARSING (and staging), MERGING, ANALYSING, then DONE. */
export type ImportPhase =
  | 'ANALYSING'
  | 'DONE'
  | 'MERGING'
  | 'PARSING'
  | 'QUEUED';

/** QUEUED → RUNNING → SUCCEEDED | FAILED. */
export type ImportStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** What an import loads: CUSTOMERS, SALES (generic sales lines), TRANSACTIONS (card transactions) or CUSTOMER_QUARTERS (quarterly aggregates). */
export type ImportTarget =
  | 'CUSTOMERS'
  | 'CUSTOMER_QUARTERS'
  | 'SALES'
  | 'TRANSACTIONS';

/** Credentials. */
export type LoginInput = {
  /** Login e-mail address. */
  email: string;
  /** Password. */
  password: string;
};

/** A refresh token to rotate. */
export type RefreshTokenInput = {
  /** The refresh token from the last AuthPayload. */
  refreshToken: string;
};

/** What a principal may do: CUSTOMER (own data), ANALYST (read all), ADMIN. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'CUSTOMER';

/** A new user message; without conversationId a new conversation is started. */
export type SendChatMessageInput = {
  /** Global id of one of your conversations. */
  conversationId?: string | number | null | undefined;
  /** The message text (not empty; at most CHAT_MAX_MESSAGE_CHARS characters). */
  text: string;
};

export type WidgetMessageFragment = { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, topic: { topic: string, intent: string | null } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number } | null, citations: Array<{ source: string, label: string }> };

export type WidgetConversationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WidgetConversationsQuery = { conversations: { totalCount: number, edges: Array<{ node: { id: string, title: string, updatedAt: string } }> } };

export type WidgetConversationQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
}>;


export type WidgetConversationQuery = { conversation: { id: string, title: string, messages: { edges: Array<{ node: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, topic: { topic: string, intent: string | null } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number } | null, citations: Array<{ source: string, label: string }> } }> } } | null };

export type WidgetSendMessageMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type WidgetSendMessageMutation = { sendChatMessage:
    | { __typename: 'ChatLimitError', code: string, message: string, limit: string, retryAfterSeconds: number | null }
    | { __typename: 'ChatMessageRejectedError', code: string, message: string, field: string }
    | { __typename: 'SendChatMessagePayload', conversation: { id: string, title: string, updatedAt: string }, userMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, topic: { topic: string, intent: string | null } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number } | null, citations: Array<{ source: string, label: string }> }, assistantMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, topic: { topic: string, intent: string | null } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number } | null, citations: Array<{ source: string, label: string }> } }
   };

export type WidgetMessageStreamSubscriptionVariables = Exact<{
  messageId: string | number;
  after?: number | null | undefined;
}>;


export type WidgetMessageStreamSubscription = { chatMessageStream: { index: number, delta: string | null, done: boolean, message: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, topic: { topic: string, intent: string | null } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number } | null, citations: Array<{ source: string, label: string }> } | null } };

export type WidgetCancelMessageMutationVariables = Exact<{
  input: CancelChatMessageInput;
}>;


export type WidgetCancelMessageMutation = { cancelChatMessage: { id: string, status: ChatMessageStatus } };

export type PageLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type PageLoginMutation = { login:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { email: string, role: Role } }
    | { __typename: 'InvalidCredentialsError', code: string, message: string }
   };

export type PageRefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type PageRefreshTokenMutation = { refreshToken:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { email: string, role: Role } }
    | { __typename: 'InvalidRefreshTokenError', code: string, message: string }
   };

export type DashboardImportsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardImportsQuery = { imports: { totalCount: number, edges: Array<{ node: { id: string, fileName: string, target: ImportTarget, status: ImportStatus, phase: ImportPhase, createdAt: string, finishedAt: string | null, rowsRead: number, rowsValid: number, rowsBad: number, rowsInserted: number, rowsDuplicate: number, failureReason: string | null, quality: { rows: number, columns: Array<{ column: string, missing: number }>, outOfRange: Array<{ name: string, count: number }>, shift: { quarter: string, previousQuarter: string, value: number | null, band: string | null } | null } | null } }> } };

export type DashboardSpendingQueryVariables = Exact<{
  quarters?: number | null | undefined;
}>;


export type DashboardSpendingQuery = { portfolioSpending: { quarters: Array<{ quarter: string, complete: boolean, customers: number, total: { amount: string }, byCategory: Array<{ categoryCode: string, amount: { amount: string } }> }>, categories: Array<{ code: string, nameKo: string, nameEn: string }> } };

export type DashboardInsightsQueryVariables = Exact<{
  quarter?: string | null | undefined;
}>;


export type DashboardInsightsQuery = { portfolioInsights: { quarter: string | null, population: number, evaluated: number, sampled: boolean, unscored: number, averageHealthScore: number | null, computedAt: string, healthBands: Array<{ band: HealthBand, count: number }>, healthScoreHistogram: Array<{ from: number, to: number, count: number }>, lifeStages: Array<{ stage: string, nameKo: string, nameEn: string, count: number }> } };

export type DashboardImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardImagesQuery = { imageQualityStatistics: { enabled: boolean, modelName: string | null, modelVersion: string | null, usable: number, reupload: number, counts: Array<{ source: ImageSource, label: string, usable: boolean, count: number }> } };

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
export const WidgetMessageFragmentDoc = new TypedDocumentString(`
    fragment WidgetMessage on ChatMessage {
  id
  conversationId
  role
  status
  text
  language
  topic {
    topic
    intent
  }
  emotion {
    label
    intensity
  }
  scenario {
    label
    probability
  }
  citations {
    source
    label
  }
  provider
  fallback
  failureReason
  tokenCount
  createdAt
}
    `, {"fragmentName":"WidgetMessage"}) as unknown as TypedDocumentString<WidgetMessageFragment, unknown>;
export const WidgetConversationsDocument = new TypedDocumentString(`
    query WidgetConversations($first: Int, $after: String) {
  conversations(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        title
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WidgetConversationsQuery, WidgetConversationsQueryVariables>;
export const WidgetConversationDocument = new TypedDocumentString(`
    query WidgetConversation($id: ID!, $last: Int) {
  conversation(id: $id) {
    id
    title
    messages(last: $last) {
      edges {
        node {
          ...WidgetMessage
        }
      }
    }
  }
}
    fragment WidgetMessage on ChatMessage {
  id
  conversationId
  role
  status
  text
  language
  topic {
    topic
    intent
  }
  emotion {
    label
    intensity
  }
  scenario {
    label
    probability
  }
  citations {
    source
    label
  }
  provider
  fallback
  failureReason
  tokenCount
  createdAt
}`) as unknown as TypedDocumentString<WidgetConversationQuery, WidgetConversationQueryVariables>;
export const WidgetSendMessageDocument = new TypedDocumentString(`
    mutation WidgetSendMessage($input: SendChatMessageInput!) {
  sendChatMessage(input: $input) {
    __typename
    ... on SendChatMessagePayload {
      conversation {
        id
        title
        updatedAt
      }
      userMessage {
        ...WidgetMessage
      }
      assistantMessage {
        ...WidgetMessage
      }
    }
    ... on ChatLimitError {
      code
      message
      limit
      retryAfterSeconds
    }
    ... on ChatMessageRejectedError {
      code
      message
      field
    }
  }
}
    fragment WidgetMessage on ChatMessage {
  id
  conversationId
  role
  status
  text
  language
  topic {
    topic
    intent
  }
  emotion {
    label
    intensity
  }
  scenario {
    label
    probability
  }
  citations {
    source
    label
  }
  provider
  fallback
  failureReason
  tokenCount
  createdAt
}`) as unknown as TypedDocumentString<WidgetSendMessageMutation, WidgetSendMessageMutationVariables>;
export const WidgetMessageStreamDocument = new TypedDocumentString(`
    subscription WidgetMessageStream($messageId: ID!, $after: Int) {
  chatMessageStream(messageId: $messageId, after: $after) {
    index
    delta
    done
    message {
      ...WidgetMessage
    }
  }
}
    fragment WidgetMessage on ChatMessage {
  id
  conversationId
  role
  status
  text
  language
  topic {
    topic
    intent
  }
  emotion {
    label
    intensity
  }
  scenario {
    label
    probability
  }
  citations {
    source
    label
  }
  provider
  fallback
  failureReason
  tokenCount
  createdAt
}`) as unknown as TypedDocumentString<WidgetMessageStreamSubscription, WidgetMessageStreamSubscriptionVariables>;
export const WidgetCancelMessageDocument = new TypedDocumentString(`
    mutation WidgetCancelMessage($input: CancelChatMessageInput!) {
  cancelChatMessage(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WidgetCancelMessageMutation, WidgetCancelMessageMutationVariables>;
export const PageLoginDocument = new TypedDocumentString(`
    mutation PageLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload {
      accessToken
      refreshToken
      user {
        email
        role
      }
    }
    ... on InvalidCredentialsError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PageLoginMutation, PageLoginMutationVariables>;
export const PageRefreshTokenDocument = new TypedDocumentString(`
    mutation PageRefreshToken($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    __typename
    ... on AuthPayload {
      accessToken
      refreshToken
      user {
        email
        role
      }
    }
    ... on InvalidRefreshTokenError {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PageRefreshTokenMutation, PageRefreshTokenMutationVariables>;
export const DashboardImportsDocument = new TypedDocumentString(`
    query DashboardImports($first: Int) {
  imports(first: $first) {
    totalCount
    edges {
      node {
        id
        fileName
        target
        status
        phase
        createdAt
        finishedAt
        rowsRead
        rowsValid
        rowsBad
        rowsInserted
        rowsDuplicate
        failureReason
        quality {
          rows
          columns {
            column
            missing
          }
          outOfRange {
            name
            count
          }
          shift {
            quarter
            previousQuarter
            value
            band
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardImportsQuery, DashboardImportsQueryVariables>;
export const DashboardSpendingDocument = new TypedDocumentString(`
    query DashboardSpending($quarters: Int) {
  portfolioSpending(quarters: $quarters) {
    quarters {
      quarter
      complete
      total {
        amount
      }
      customers
      byCategory {
        categoryCode
        amount {
          amount
        }
      }
    }
    categories {
      code
      nameKo
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSpendingQuery, DashboardSpendingQueryVariables>;
export const DashboardInsightsDocument = new TypedDocumentString(`
    query DashboardInsights($quarter: String) {
  portfolioInsights(quarter: $quarter) {
    quarter
    population
    evaluated
    sampled
    unscored
    averageHealthScore
    healthBands {
      band
      count
    }
    healthScoreHistogram {
      from
      to
      count
    }
    lifeStages {
      stage
      nameKo
      nameEn
      count
    }
    computedAt
  }
}
    `) as unknown as TypedDocumentString<DashboardInsightsQuery, DashboardInsightsQueryVariables>;
export const DashboardImagesDocument = new TypedDocumentString(`
    query DashboardImages {
  imageQualityStatistics {
    enabled
    modelName
    modelVersion
    usable
    reupload
    counts {
      source
      label
      usable
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardImagesQuery, DashboardImagesQueryVariables>;