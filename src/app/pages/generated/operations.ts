/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Financial health band of a score (docs/insights.md). */
export type HealthBand =
  /** Score 40–79. */
  | 'COPING'
  /** Score 80–100. */
  | 'HEALTHY'
  /** Score 0–39. */
  | 'VULNERABLE';

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


export type DashboardImportsQuery = { imports: { totalCount: number, edges: Array<{ node: { id: string, target: ImportTarget, status: ImportStatus, phase: ImportPhase, createdAt: string, finishedAt: string | null, rowsRead: number, rowsValid: number, rowsBad: number, rowsInserted: number, rowsDuplicate: number, failureReason: string | null, quality: { rows: number, columns: Array<{ column: string, missing: number }>, outOfRange: Array<{ name: string, count: number }>, shift: { quarter: string, previousQuarter: string, value: number | null, band: string | null } | null } | null } }> } };

export type DashboardSpendingQueryVariables = Exact<{
  quarters?: number | null | undefined;
}>;


export type DashboardSpendingQuery = { portfolioSpending: { quarters: Array<{ quarter: string, customers: number, total: { amount: string }, byCategory: Array<{ categoryCode: string, amount: { amount: string } }> }>, categories: Array<{ code: string, nameKo: string, nameEn: string }> } };

export type DashboardInsightsQueryVariables = Exact<{
  quarter?: string | null | undefined;
}>;


export type DashboardInsightsQuery = { portfolioInsights: { quarter: string | null, population: number, evaluated: number, sampled: boolean, unscored: number, averageHealthScore: number | null, computedAt: string, healthBands: Array<{ band: HealthBand, count: number }>, healthScoreHistogram: Array<{ from: number, to: number, count: number }>, lifeStages: Array<{ stage: string, nameKo: string, nameEn: string, count: number }> } };

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