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
  /** Cancelled by the user; the text so far is kept. */
  | 'CANCELLED'
  /** The answer is finished. */
  | 'COMPLETE'
  /** The answer ended with an error (see failureReason). */
  | 'FAILED'
  /** Tokens are still being generated. */
  | 'STREAMING';

/** Who wrote a chat message: the USER or the ASSISTANT (the counsellor). */
export type ChatRole =
  /** Written by the counsellor (offline counsellor or LLM). */
  | 'ASSISTANT'
  /** Written by the user. */
  | 'USER';

/** Employment status. */
export type Employment =
  /** Freelancer or contract worker (프리랜서). */
  | 'FREELANCER'
  /** Homemaker (주부). */
  | 'HOMEMAKER'
  /** Public servant or public-institution employee (공무원). */
  | 'PUBLIC_SECTOR'
  /** Retired (은퇴). */
  | 'RETIRED'
  /** Salaried employee (직장인). */
  | 'SALARIED'
  /** Self-employed or business owner (자영업). */
  | 'SELF_EMPLOYED'
  /** Student (학생). */
  | 'STUDENT'
  /** Not employed (무직). */
  | 'UNEMPLOYED';

/** The one-time code the OIDC callback handed the page (#oidc_code=…). */
export type ExchangeOidcCodeInput = {
  /** The code; valid once, for a minute (OIDC_HANDOFF_TTL_SECONDS). */
  code: string;
  /** First sign-in only (after OidcProfileRequiredError): the new customer’s profile. */
  profile?: RegisterProfileInput | null | undefined;
};

/** Gender as registered with the bank. */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

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
  /** A document attached to a refinance application. */
  | 'REFINANCE_DOCUMENT'
  /** An image staff sent to the analyzeImage route (bytes not kept). */
  | 'STAFF_ANALYSIS';

/** Step of a running import: PARSING (and staging), MERGING, ANALYSING, then DONE. */
export type ImportPhase =
  /** Computing the quality report and the summary. */
  | 'ANALYSING'
  /** Finished (SUCCEEDED or FAILED). */
  | 'DONE'
  /** Merging the valid rows into the tables in one transaction. */
  | 'MERGING'
  /** Reading, validating and staging the rows. */
  | 'PARSING'
  /** Waiting for a worker. */
  | 'QUEUED';

/** QUEUED → RUNNING → SUCCEEDED | FAILED. */
export type ImportStatus =
  /** Finished without landing anything (see failureReason). */
  | 'FAILED'
  /** Started, waiting for a worker. */
  | 'QUEUED'
  /** Being processed (see phase). */
  | 'RUNNING'
  /** Finished: the valid rows landed. */
  | 'SUCCEEDED';

/** What an import loads: CUSTOMERS, SALES (generic sales lines), TRANSACTIONS (card transactions) or CUSTOMER_QUARTERS (quarterly aggregates). */
export type ImportTarget =
  /** Customer profiles. */
  | 'CUSTOMERS'
  /** Quarterly spending aggregates per customer (stored as IMPORTED). */
  | 'CUSTOMER_QUARTERS'
  /** Generic sales lines (e.g. UCI Online Retail). */
  | 'SALES'
  /** Card transactions. */
  | 'TRANSACTIONS';

/** Filters for the loan list; all given conditions must hold. */
export type LoanFilterInput = {
  /** Only loans with (true) or without (false) an overdue instalment. */
  delinquent?: boolean | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<LoanKind> | null | undefined;
  /** Lender name (exact). */
  lender?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<LoanStatus> | null | undefined;
};

/** Kind of loan (주택담보, 전세, 신용, 마이너스통장, 카드론, 자동차). */
export type LoanKind =
  /** Car loan (자동차 대출). */
  | 'AUTO'
  /** Card loan (카드론). */
  | 'CARD_LOAN'
  /** Unsecured credit loan (신용대출). */
  | 'CREDIT'
  /** Jeonse deposit loan (전세자금대출). */
  | 'JEONSE'
  /** Mortgage (주택담보대출). */
  | 'MORTGAGE'
  /** Overdraft line (마이너스통장). */
  | 'OVERDRAFT';

/** Lifecycle status of a loan. */
export type LoanStatus =
  /** Being repaid. */
  | 'ACTIVE'
  /** Repaid in full or refinanced. */
  | 'CLOSED'
  /** Written off (상각). */
  | 'WRITTEN_OFF';

/** Credentials. */
export type LoginInput = {
  /** Login e-mail address. */
  email: string;
  /** Password. */
  password: string;
};

/** SUBMITTED → REVIEWING → APPROVED | REJECTED; APPROVED → DISBURSED; WITHDRAWN by the customer before a decision; CANCELLED by staff before disbursement. */
export type RefinanceApplicationStatus =
  /** Approved, waiting for disbursement. */
  | 'APPROVED'
  /** Cancelled by staff before disbursement. */
  | 'CANCELLED'
  /** The new loan was disbursed and the old one repaid. */
  | 'DISBURSED'
  /** Rejected by staff. */
  | 'REJECTED'
  /** Under review by staff. */
  | 'REVIEWING'
  /** Filed by the customer. */
  | 'SUBMITTED'
  /** Withdrawn by the customer before a decision. */
  | 'WITHDRAWN';

/** A refresh token to rotate. */
export type RefreshTokenInput = {
  /** The refresh token from the last AuthPayload. */
  refreshToken: string;
};

/** First-level administrative division (시·도) of Korea. */
export type Region =
  /** 부산광역시 (Busan). */
  | 'BUSAN'
  /** 충청북도 (North Chungcheong). */
  | 'CHUNGBUK'
  /** 충청남도 (South Chungcheong). */
  | 'CHUNGNAM'
  /** 대구광역시 (Daegu). */
  | 'DAEGU'
  /** 대전광역시 (Daejeon). */
  | 'DAEJEON'
  /** 강원특별자치도 (Gangwon). */
  | 'GANGWON'
  /** 광주광역시 (Gwangju). */
  | 'GWANGJU'
  /** 경상북도 (North Gyeongsang). */
  | 'GYEONGBUK'
  /** 경기도 (Gyeonggi). */
  | 'GYEONGGI'
  /** 경상남도 (South Gyeongsang). */
  | 'GYEONGNAM'
  /** 인천광역시 (Incheon). */
  | 'INCHEON'
  /** 제주특별자치도 (Jeju). */
  | 'JEJU'
  /** 전북특별자치도 (North Jeolla). */
  | 'JEONBUK'
  /** 전라남도 (South Jeolla). */
  | 'JEONNAM'
  /** 세종특별자치시 (Sejong). */
  | 'SEJONG'
  /** 서울특별시 (Seoul). */
  | 'SEOUL'
  /** 울산광역시 (Ulsan). */
  | 'ULSAN';

/** The profile a customer declares when registering. Income and credit score are not self-declared: they start unverified (income 0, score 0) and only staff set them, so nothing a registrant types feeds offers or limits. */
export type RegisterProfileInput = {
  /** Date of birth (YYYY-MM-DD); customers are 14 or older. */
  birthDate: string;
  /** Employment status. */
  employment: Employment;
  /** Gender. */
  gender: Gender;
  /** People in the household (1–20). */
  householdSize: number;
  /** Full name, 1–100 letters. */
  name: string;
  /** Region of residence. */
  region: Region;
};

/** How a repayment was made. */
export type RepaymentKind =
  /** Pays off the whole loan (principal, interest, penalty and prepayment fee). */
  | 'FULL'
  /** Less than what is due; allocated like a regular payment. */
  | 'PARTIAL'
  /** Principal paid ahead of schedule, with accrued interest and the dated prepayment fee. */
  | 'PREPAYMENT'
  /** The instalment due (never beyond what is due by the value date). */
  | 'REGULAR';

/** LEVEL_PAYMENT 원리금균등, EQUAL_PRINCIPAL 원금균등, BULLET 만기일시. */
export type RepaymentMethod =
  /** 만기일시: interest monthly, principal at maturity. */
  | 'BULLET'
  /** 원금균등: equal principal, interest on the balance. */
  | 'EQUAL_PRINCIPAL'
  /** 원리금균등: equal instalments of principal and interest. */
  | 'LEVEL_PAYMENT';

/** What a principal may do: CUSTOMER (own data), ANALYST (read all), ADMIN, AUDITOR (compliance trail). */
export type Role =
  /** Staff: reads and administers everything, including the compliance trail. */
  | 'ADMIN'
  /** Staff: reads every customer. */
  | 'ANALYST'
  /** Reads the compliance trail (audit entries and their CSV export) and nothing else. */
  | 'AUDITOR'
  /** A customer: sees and changes only their own data. */
  | 'CUSTOMER';

/** A new user message; without conversationId a new conversation is started. */
export type SendChatMessageInput = {
  /** Global id of one of your conversations. */
  conversationId?: string | number | null | undefined;
  /** The message text (not empty; at most CHAT_MAX_MESSAGE_CHARS characters). */
  text: string;
};

/** Changes to an FAQ entry (ADMIN); fields left out keep their value. */
export type UpdateFaqEntryInput = {
  /** New English answer. */
  answerEn?: string | null | undefined;
  /** New Korean answer. */
  answerKo?: string | null | undefined;
  /** The version you edited; a newer stored version is a CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Global id of the entry. */
  id: string | number;
  /** New priority. */
  priority?: number | null | undefined;
  /** New English question variants. */
  questionsEn?: Array<string> | null | undefined;
  /** New Korean question variants. */
  questionsKo?: Array<string> | null | undefined;
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
    | { __typename: 'RateLimitedError', code: string, retryAfterSeconds: number }
   };

export type PageRefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type PageRefreshTokenMutation = { refreshToken:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { email: string, role: Role } }
    | { __typename: 'InvalidRefreshTokenError', code: string, message: string }
   };

export type PageExchangeOidcCodeMutationVariables = Exact<{
  input: ExchangeOidcCodeInput;
}>;


export type PageExchangeOidcCodeMutation = { exchangeOidcCode:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { email: string, role: Role } }
    | { __typename: 'EmailAddressConflictError', code: string }
    | { __typename: 'InvalidOidcCodeError', code: string }
    | { __typename: 'OidcProfileRequiredError', code: string, email: string, suggestedName: string | null }
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

export type LoansPageStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoansPageStatsQuery = { loanStats: { total: { count: number, delinquentCount: number, averagePrincipal: { amount: string }, totalOutstanding: { amount: string } }, byStatus: Array<{ key: string | null, count: number }> }, customers: { totalCount: number } };

export type LoansPageListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  search?: string | null | undefined;
  filter?: LoanFilterInput | null | undefined;
}>;


export type LoansPageListQuery = { loans: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, loanNumber: string, kind: LoanKind, status: LoanStatus, lender: string, balance: { amount: string }, nextPayment: { number: number, dueDate: string, payment: { amount: string } } | null, delinquency: { daysPastDue: number, overdueAmount: { amount: string } }, customer: { id: string, name: string, email: string | null } } }> } };

export type LoansPageScheduleCursorQueryVariables = Exact<{
  id: string | number;
  count: number;
  after?: string | null | undefined;
}>;


export type LoansPageScheduleCursorQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, schedule: { pageInfo: { endCursor: string | null, hasNextPage: boolean } } }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LoansPageDetailQueryVariables = Exact<{
  id: string | number;
  scheduleAfter?: string | null | undefined;
}>;


export type LoansPageDetailQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { loanNumber: string, kind: LoanKind, status: LoanStatus, lender: string, repaymentMethod: RepaymentMethod, annualRate: string, termMonths: number, disbursedOn: string, maturityOn: string, id: string, principal: { amount: string }, balance: { amount: string }, customer: { name: string, email: string | null }, delinquency: { daysPastDue: number, overdueInstallments: number, overdueAmount: { amount: string }, penaltyInterest: { amount: string } }, schedule: { edges: Array<{ node: { number: number, dueDate: string, paid: boolean, payment: { amount: string }, principal: { amount: string }, interest: { amount: string }, remainingBalance: { amount: string } } }> }, repaymentHistory: Array<{ id: string, kind: RepaymentKind, paidOn: string, amount: { amount: string }, principal: { amount: string }, interest: { amount: string }, penalty: { amount: string } }>, refinanceApplications: Array<{ id: string, status: RefinanceApplicationStatus, offeredRate: string, requestedAmount: { amount: string }, product: { name: string, lender: string }, events: Array<{ from: RefinanceApplicationStatus | null, to: RefinanceApplicationStatus, at: string, reason: string }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LoansPageFaqQueryVariables = Exact<{ [key: string]: never; }>;


export type LoansPageFaqQuery = { faqCatalogue: { version: number, entries: Array<{ id: string, key: string, questionsKo: Array<string>, questionsEn: Array<string>, answerKo: string, answerEn: string, version: number }>, placeholders: Array<{ name: string }> } };

export type LoansPageSaveFaqMutationVariables = Exact<{
  input: UpdateFaqEntryInput;
}>;


export type LoansPageSaveFaqMutation = { updateFaqEntry: { id: string, key: string, questionsKo: Array<string>, questionsEn: Array<string>, answerKo: string, answerEn: string, version: number } };

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
    ... on RateLimitedError {
      code
      retryAfterSeconds
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
export const PageExchangeOidcCodeDocument = new TypedDocumentString(`
    mutation PageExchangeOidcCode($input: ExchangeOidcCodeInput!) {
  exchangeOidcCode(input: $input) {
    __typename
    ... on AuthPayload {
      accessToken
      refreshToken
      user {
        email
        role
      }
    }
    ... on OidcProfileRequiredError {
      code
      email
      suggestedName
    }
    ... on InvalidOidcCodeError {
      code
    }
    ... on EmailAddressConflictError {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PageExchangeOidcCodeMutation, PageExchangeOidcCodeMutationVariables>;
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
export const LoansPageStatsDocument = new TypedDocumentString(`
    query LoansPageStats {
  loanStats {
    total {
      count
      delinquentCount
      averagePrincipal {
        amount
      }
      totalOutstanding {
        amount
      }
    }
    byStatus {
      key
      count
    }
  }
  customers(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LoansPageStatsQuery, LoansPageStatsQueryVariables>;
export const LoansPageListDocument = new TypedDocumentString(`
    query LoansPageList($first: Int, $after: String, $last: Int, $before: String, $search: String, $filter: LoanFilterInput) {
  loans(
    first: $first
    after: $after
    last: $last
    before: $before
    search: $search
    filter: $filter
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        loanNumber
        kind
        status
        lender
        balance {
          amount
        }
        nextPayment {
          number
          dueDate
          payment {
            amount
          }
        }
        delinquency {
          daysPastDue
          overdueAmount {
            amount
          }
        }
        customer {
          id
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoansPageListQuery, LoansPageListQueryVariables>;
export const LoansPageScheduleCursorDocument = new TypedDocumentString(`
    query LoansPageScheduleCursor($id: ID!, $count: Int!, $after: String) {
  node(id: $id) {
    id
    ... on Loan {
      schedule(first: $count, after: $after) {
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoansPageScheduleCursorQuery, LoansPageScheduleCursorQueryVariables>;
export const LoansPageDetailDocument = new TypedDocumentString(`
    query LoansPageDetail($id: ID!, $scheduleAfter: String) {
  node(id: $id) {
    id
    ... on Loan {
      loanNumber
      kind
      status
      lender
      repaymentMethod
      annualRate
      termMonths
      disbursedOn
      maturityOn
      principal {
        amount
      }
      balance {
        amount
      }
      customer {
        name
        email
      }
      delinquency {
        daysPastDue
        overdueInstallments
        overdueAmount {
          amount
        }
        penaltyInterest {
          amount
        }
      }
      schedule(first: 12, after: $scheduleAfter) {
        edges {
          node {
            number
            dueDate
            payment {
              amount
            }
            principal {
              amount
            }
            interest {
              amount
            }
            remainingBalance {
              amount
            }
            paid
          }
        }
      }
      repaymentHistory {
        id
        kind
        paidOn
        amount {
          amount
        }
        principal {
          amount
        }
        interest {
          amount
        }
        penalty {
          amount
        }
      }
      refinanceApplications {
        id
        status
        offeredRate
        requestedAmount {
          amount
        }
        product {
          name
          lender
        }
        events {
          from
          to
          at
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoansPageDetailQuery, LoansPageDetailQueryVariables>;
export const LoansPageFaqDocument = new TypedDocumentString(`
    query LoansPageFaq {
  faqCatalogue {
    version
    entries {
      id
      key
      questionsKo
      questionsEn
      answerKo
      answerEn
      version
    }
    placeholders {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LoansPageFaqQuery, LoansPageFaqQueryVariables>;
export const LoansPageSaveFaqDocument = new TypedDocumentString(`
    mutation LoansPageSaveFaq($input: UpdateFaqEntryInput!) {
  updateFaqEntry(input: $input) {
    id
    key
    questionsKo
    questionsEn
    answerKo
    answerEn
    version
  }
}
    `) as unknown as TypedDocumentString<LoansPageSaveFaqMutation, LoansPageSaveFaqMutationVariables>;