import { DEMO_PASSWORD } from '../demo-data';

/** One preloaded GraphiQL tab (GraphiQL 3 `defaultTabs`). */
export interface ExampleTab {
  readonly query: string;
  readonly variables?: string;
  readonly headers?: string;
}

export const DEMO_ANALYST = 'analyst@fingraph.dev';

/** Prefilled in every tab's headers editor; the page drops the header while it still holds this placeholder. */
export const DEFAULT_HEADERS = JSON.stringify(
  { Authorization: 'Bearer <paste accessToken from login>' },
  null,
  2,
);

const login = `# Welcome to fingraph! Each tab is an example:
# run it with Ctrl-Enter or the ▶ button.
#
# 1. Run this mutation: it logs in the demo analyst.
# 2. Copy "accessToken" from the result into the
#    Headers editor (below) of the tab to run next:
#      { "Authorization": "Bearer eyJ..." }
#    Headers belong to a tab and are kept in this
#    browser. Subscriptions send the same header as
#    graphql-ws connectionParams.authorization.
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

const customers = `# First page of customers (staff only): paste the
# accessToken from the Login tab into Headers first.
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
# 1. Paste the accessToken into Headers and a customer
#    id from the Customers tab into Variables; run this.
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
