import { DEMO_PASSWORD } from '../demo-data';

/** One preloaded GraphiQL tab (GraphiQL 3 `defaultTabs`). */
export interface ExampleTab {
  readonly query: string;
  readonly variables?: string;
  readonly headers?: string;
}

export const DEMO_ANALYST = 'analyst@fingraph.dev';

/**
 * Prefilled in every tab's headers editor: none — the page sends its session's token (see client.ts). A tab may
 * set its own `Authorization`; an unfilled `Bearer <…>` placeholder (as older versions prefilled) is ignored.
 */
export const DEFAULT_HEADERS = '{}';

const login = `# Welcome to fingraph! Each tab is an example:
# run it with Ctrl-Enter or the ▶ button.
#
# Run this mutation first: the page keeps the session in
# this browser and every tab sends its access token
# (HTTP and graphql-ws), refreshed before it expires.
# A tab with its own "Authorization" header in Headers
# uses that instead (e.g. another user's token).
mutation Login {
  login(input: { email: "${DEMO_ANALYST}", password: "${DEMO_PASSWORD}" }) {
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
`;

const customers = `# First page of customers (staff only): run the Login
# tab first.
query Customers {
  customers(first: 5) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        age
        regionName
        annualIncome {
          amount
          currency
        }
        creditScore
        login {
          email
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`;

const me = `# Who am I? (null without an Authorization header)
query Me {
  me {
    email
    role
    customer {
      name
    }
  }
}
`;

const watchCustomer = `# Live updates over graphql-ws (same path, ws/wss).
# 1. Run the Login tab, put a customer id from the
#    Customers tab into Variables, and run this.
# 2. In another tab, run this mutation as the admin
#    (log in as admin@fingraph.dev: analysts are
#    read-only) and watch the result pane here:
#
# mutation UpdateCustomer($id: ID!) {
#   updateCustomer(input: { id: $id, annualIncome: "52000000" }) {
#     __typename
#     ... on Customer {
#       id
#       name
#       annualIncome {
#         amount
#       }
#       updatedAt
#     }
#     ... on EmailAddressConflictError {
#       code
#       message
#     }
#   }
# }
subscription WatchCustomer($id: ID!) {
  customerUpdated(id: $id) {
    id
    name
    annualIncome {
      amount
    }
    updatedAt
  }
}
`;

const spending = `# Card spending: the 업종 taxonomy (staff) and each
# customer's newest quarters with spending by category
# and the change from the quarter before (the demo start
# loads 9 quarters; \`npm run seed\` for more customers).
query Spending {
  spendingCategories {
    category { code nameKo nameEn }
    mccRanges { from to description }
  }
  customers(first: 5) {
    edges {
      node {
        name
        cards { issuer { nameKo } productName cardType }
        quarterlySpending(last: 4) {
          quarter
          total { amount }
          onlineShare
          nightShare
          byCategory { category { nameKo } amount { amount } share }
          changeFromPreviousQuarter { amount { amount } ratio }
        }
      }
    }
  }
}
`;

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { query: login },
  { query: customers },
  { query: me },
  { query: spending },
  {
    query: watchCustomer,
    variables: JSON.stringify({ id: '<paste a customer id from the Customers tab>' }, null, 2),
  },
];
