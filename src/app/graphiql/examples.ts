import { DEMO_LOGINS, SIGN_IN_OPERATIONS } from './readme-examples';
import { README_TABS } from './readme-tabs.generated';

/** One preloaded GraphiQL tab (GraphiQL 3 `defaultTabs`). */
export interface ExampleTab {
  readonly query: string;
  readonly variables?: string;
  readonly headers?: string;
}

export const DEMO_ANALYST = DEMO_LOGINS.ANALYST;

/**
 * Prefilled in every tab's headers editor: none — the page sends its session's token (see client.ts). A tab may
 * set its own `Authorization`; an unfilled `Bearer <…>` placeholder (as older versions prefilled) is ignored.
 */
export const DEFAULT_HEADERS = '{}';

const readmeLogin = README_TABS.find((tab) => tab.name === SIGN_IN_OPERATIONS.ANALYST)!;
/** The README's Login operation as written (its tab's first line is where it comes from). */
const readmeLoginOperation = readmeLogin.query.slice(readmeLogin.query.indexOf('\n') + 1);

/** The README's Login for another role: the same selection (the page keeps the session from it), its login. */
function signIn(role: 'CUSTOMER' | 'ADMIN'): string {
  return readmeLoginOperation
    .replace(`mutation ${SIGN_IN_OPERATIONS.ANALYST} `, `mutation ${SIGN_IN_OPERATIONS[role]} `)
    .replace(`"${DEMO_LOGINS.ANALYST}"`, `"${DEMO_LOGINS[role]}"`);
}

const roles = ['ANALYST', 'CUSTOMER', 'ADMIN'] as const;
const width = Math.max(...roles.map((role) => SIGN_IN_OPERATIONS[role].length));

// The first tab: how the page works, then the README's Login (the analyst).
const login = `# Welcome to fingraph! Each tab is an example: this
# Login and two more sign-ins, the README's examples
# in its order, then two more.
# Run one with Ctrl-Enter or the ▶ button.
#
# Sign in first: the page keeps the session in this
# browser and every tab sends its access token (HTTP and
# graphql-ws), refreshed before it expires. Each tab says
# whom it runs as and which sign-in tab to run first:
${roles.map((role) => `#   ${SIGN_IN_OPERATIONS[role].padEnd(width)}  ${role} tabs (${DEMO_LOGINS[role]})`).join('\n')}
# A tab run as another role than the last sign-in answers
# for that user: as staff, MyLoans' me.customer is null.
# A tab with its own "Authorization" header in Headers
# uses that instead (e.g. another user's token).
${readmeLoginOperation}`;

/** The sign-in tab of another role, next to the Login tab. */
const signInTab = (
  role: 'CUSTOMER' | 'ADMIN',
) => `# Signs this page in as ${DEMO_LOGINS[role]} (${role}): run it
# before the tabs that say they run as ${role}${role === 'CUSTOMER' ? ' (MyLoans …:\n# as staff, me.customer is null)' : ''}.
${signIn(role)}`;

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

/** Login (with a welcome), the customer's and the administrator's sign-ins, every other README example in README order, then Me and Spending. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { query: login },
  { query: signInTab('CUSTOMER') },
  { query: signInTab('ADMIN') },
  ...README_TABS.filter((tab) => tab !== readmeLogin).map(({ query, variables }) => ({
    query,
    ...(variables ? { variables } : {}),
  })),
  { query: me },
  { query: spending },
];
