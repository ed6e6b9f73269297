import { Kind, OperationDefinitionNode, parse } from 'graphql';

// The README's API examples are the single source of the examples a developer meets: GraphiQL preloads each of
// them as a tab (src/app/graphiql/readme-tabs.json, written by `npm run examples:emit`) and
// test/readme-examples.test.ts runs them in order against a fresh server. A block takes part when the line before
// its fence is a marker:
//
//   <!-- example: as ANALYST -->          (CUSTOMER, ANALYST, ADMIN or nobody: who runs it)
//   ```graphql                            (or ```bash for curl commands against the API)
//
// An operation whose first line says `# as ADMIN` (etc.) runs as that role instead.
// Values the reader fills in are written as "<customer id>"-style placeholders; the test fills them from earlier
// results, GraphiQL leaves them for the reader.

export type ExampleRole = 'CUSTOMER' | 'ANALYST' | 'ADMIN' | 'nobody';

export interface ReadmeExample {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: 'graphql' | 'bash';
  readonly role: ExampleRole;
  /** The nearest heading above the block. */
  readonly section: string;
  readonly text: string;
}

export interface ReadmeOperation {
  readonly example: ReadmeExample;
  readonly name: string;
  readonly kind: 'query' | 'mutation' | 'subscription';
  /** The block's role, or the operation's own when its first line says `# as ADMIN`. */
  readonly role: ExampleRole;
  /** The operation exactly as written (its own lines, comments inside it kept). */
  readonly text: string;
  readonly variables: readonly string[];
}

const MARKER = /^<!--\s*example:\s*as\s+(CUSTOMER|ANALYST|ADMIN|nobody)\s*-->$/;
const FENCE = /^```(\w*)\s*$/;

/** Every fenced block of the README, with its marker's role when it has one. */
export function readmeBlocks(markdown: string): (ReadmeExample & { marked: boolean; rawLang: string })[] {
  const lines = markdown.split('\n');
  const blocks: (ReadmeExample & { marked: boolean; rawLang: string })[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{1,4}\s+(.*)$/.exec(lines[i]);
    if (heading) section = heading[1].trim();
    const fence = FENCE.exec(lines[i]);
    if (!fence) continue;
    const start = i;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    const marker = MARKER.exec(lines[start - 1] ?? '');
    blocks.push({
      line: start + 1,
      rawLang: fence[1],
      lang: fence[1] === 'graphql' ? 'graphql' : 'bash',
      role: (marker?.[1] as ExampleRole | undefined) ?? 'nobody',
      section,
      text: lines.slice(start + 1, end).join('\n'),
      marked: marker !== null,
    });
    i = end;
  }
  return blocks;
}

/** The marked examples, in README order. */
export function readmeExamples(markdown: string): ReadmeExample[] {
  return readmeBlocks(markdown)
    .filter((b) => b.marked)
    .map((b) => ({ line: b.line, lang: b.lang, role: b.role, section: b.section, text: b.text }));
}

/** The operations of the marked GraphQL examples, each cut out of its block as written. */
export function readmeOperations(markdown: string): ReadmeOperation[] {
  const out: ReadmeOperation[] = [];
  for (const example of readmeExamples(markdown)) {
    if (example.lang !== 'graphql') continue;
    const doc = parse(example.text);
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const op = def as OperationDefinitionNode;
      if (!op.name) throw new Error(`README line ${example.line}: every example operation needs a name`);
      // Whole lines: a trailing "# comment" on the operation's last line stays with it.
      const from = example.text.lastIndexOf('\n', op.loc!.start) + 1;
      const lineEnd = example.text.indexOf('\n', op.loc!.end);
      const text = example.text.slice(from, lineEnd === -1 ? undefined : lineEnd).trimEnd();
      const own = /#\s*as\s+(CUSTOMER|ANALYST|ADMIN|nobody)\b/.exec(text.split('\n')[0]);
      out.push({
        example,
        name: op.name.value,
        kind: op.operation,
        role: (own?.[1] as ExampleRole | undefined) ?? example.role,
        text,
        variables: (op.variableDefinitions ?? []).map((v) => v.variable.name.value),
      });
    }
  }
  return out;
}

/** Placeholders ("<loan id>") in an example's text. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/"<([^">]+)>"/g)].map((m) => m[1]))];
}

/** Values GraphiQL prefills in a README tab's Variables: the placeholders a reader replaces. */
const TAB_VARIABLES: Record<string, Record<string, string>> = {
  WatchCustomer: { id: '<customer id>' },
  Offers: { loanId: '<loan id>' },
  ChatMessageStream: { id: '<assistantMessage.id from SendChatMessage>' },
};

/**
 * GraphiQL's sign-in tab (examples.ts) of each role: the README's own Login (the analyst's) and the same mutation
 * for the demo customer and the administrator. The page keeps one session for
 * every tab, so a tab run as another role than the last sign-in answers for that user — `me.customer` is null for
 * staff, which read as "no loans" in MyLoans when every tab said only "log in as … first".
 */
export const SIGN_IN_OPERATIONS: Readonly<Record<Exclude<ExampleRole, 'nobody'>, string>> = {
  CUSTOMER: 'LoginAsCustomer',
  ANALYST: 'Login',
  ADMIN: 'LoginAsAdmin',
};

/** The demo login of each role. */
export const DEMO_LOGINS: Readonly<Record<Exclude<ExampleRole, 'nobody'>, string>> = {
  CUSTOMER: 'customer@fingraph.dev',
  ANALYST: 'analyst@fingraph.dev',
  ADMIN: 'admin@fingraph.dev',
};

/** What a tab that runs as `role` says first: whom it runs as and which sign-in of the Login tab to run. */
function whoRuns(role: ExampleRole): string {
  if (role === 'nobody') return 'no login needed';
  const note = role === 'CUSTOMER' ? 'as staff, `me.customer` is null' : 'as another role, FORBIDDEN';
  return (
    `runs as ${DEMO_LOGINS[role]} (${role}).\n# Signed in as someone else? Run the ${SIGN_IN_OPERATIONS[role]} tab\n` +
    `# first (${note})`
  );
}

/** One GraphiQL tab per README operation: a line saying where it comes from and who runs it, then the operation. */
export function readmeTabs(markdown: string): { name: string; query: string; variables?: string }[] {
  return readmeOperations(markdown).map((op) => {
    const who = whoRuns(op.role);
    const vars = op.variables.length
      ? JSON.stringify(
          Object.fromEntries(op.variables.map((v) => [v, TAB_VARIABLES[op.name]?.[v] ?? null])),
          null,
          2,
        )
      : undefined;
    return {
      name: op.name,
      query: `# README › ${op.example.section}: ${who}.\n${op.text}\n`,
      ...(vars ? { variables: vars } : {}),
    };
  });
}

/** The source of readme-tabs.generated.ts (`npm run examples:emit`). */
export function renderReadmeTabs(markdown: string): string {
  return (
    '// Generated from README.md by `npm run examples:emit` — do not edit. test/readme-examples.test.ts fails when\n' +
    '// it differs from the README.\n' +
    `export const README_TABS: readonly { name: string; query: string; variables?: string }[] = ${JSON.stringify(readmeTabs(markdown), null, 2)};\n`
  );
}
