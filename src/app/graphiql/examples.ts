import { README_TABS } from './readme-tabs.generated';

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

const readmeLogin = README_TABS.find((tab) => tab.name === 'Login')!;

// The first tab: how the page works, then the README's Login example.
const login = `# Welcome to fingraph! Each tab is an example:
# the README's examples in its order, then two more.
# Run one with Ctrl-Enter or the ▶ button.
#
# Run this mutation first: the page keeps the session in
# this browser and every tab sends its access token
# (HTTP and graphql-ws), refreshed before it expires.
# Tabs marked CUSTOMER or ADMIN: log in here as
# customer@fingraph.dev or admin@fingraph.dev (same
# password). A tab with its own "Authorization" header in
# Headers uses that instead (e.g. another user's token).
${readmeLogin.query}`;

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

/** Login (with a welcome), every other README example in README order, then Me and Spending. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { query: login },
  ...README_TABS.filter((tab) => tab !== readmeLogin).map(({ query, variables }) => ({
    query,
    ...(variables ? { variables } : {}),
  })),
  { query: me },
  { query: spending },
];
