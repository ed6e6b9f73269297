import 'reflect-metadata';
import { createCleanups, runBenchMain, startBenchApp } from './lib/bench-app';
import { machineNotes, postGraphQL, round, updateReadmeSection, writeResults } from './lib/harness';
import { startPostGraphilePeer } from './lib/postgraphile-peer';
import { failures, fmt, interleavedRounds, ratio, type ServerLoad, summarize } from './lib/rounds';

// `npm run bench:loans` — customers(first: n) → loans → schedule(first: 12) on real PostgreSQL: the real
// fingraph app in a child process beside PostGraphile v5 (from npm, in a child process too, both with
// NODE_ENV=production) over the same database and pool size. Reports req/s, p50/p99, SQL statements per request for first = 10/50/100 (must not grow with n)
// and the ours/peer ratios. Both read the same stored instalment rows (table loan_installment, issue 13).

const int = (raw: string | undefined, fallback: number) =>
  raw && /^\d+$/.test(raw) ? Number(raw) : fallback;

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECTIONS = int(process.env.BENCH_CONNECTIONS, 10);
const WARMUP_SECONDS = int(process.env.BENCH_WARMUP_SECONDS, 5);
const DURATION_SECONDS = int(process.env.BENCH_DURATION_SECONDS, 15);
const ROUNDS = Math.max(1, int(process.env.BENCH_ROUNDS, 3));
const ROUND_SECONDS = Math.max(1, Math.round(DURATION_SECONDS / ROUNDS));
const CUSTOMERS = int(process.env.BENCH_CUSTOMERS, 1000);
const POOL_MAX = 10;
const LOAD_FIRST = 50;
const PROBE_FIRSTS: readonly number[] = [10, 50, 100];
const COMMAND = 'npm run bench:loans';
/**
 * Both servers' process environment: production mode for the libraries (graphql-js's development-mode type checks
 * off, as in the README's production section). Our app's own configuration stays the benchmark's (demo data, the
 * x-sql-statements header), which a production configuration refuses.
 */
const SERVER_PROCESS_ENV = { NODE_ENV: process.env.BENCH_SERVER_NODE_ENV ?? 'production' };
/** The demo world's day: fixed, so every run seeds the same loans and repayments. */
const CLOCK = new Date('2026-11-21T03:00:00Z');

const OURS_QUERY = `query ($first: Int!) { customers(first: $first) { edges { node { id name loans { id balance { amount } schedule(first: 12) { edges { node { dueDate principal { amount } interest { amount } payment { amount } remainingBalance { amount } paid } } } } } } } }`;

const PEER_QUERY = `query ($first: Int!) { allCustomers(first: $first, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { edges { node { id name loansByCustomerId(orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { id outstandingPrincipal loanInstallmentsByLoanId(first: 12, orderBy: [NUMBER_ASC]) { edges { node { dueDate principal interest payment balanceAfter principalPaid interestPaid } } } } } } } } }`;

type ServerKey = 'ours' | 'peer';

interface Probe {
  first: number;
  sqlStatements: number;
  customers: number;
  loans: number;
  rows: number;
  errors: string[];
  text: string;
}

const log = (message: string) => process.stderr.write(`[bench:loans] ${message}\n`);

interface OursData {
  customers: { edges: { node: { loans: { schedule: { edges: unknown[] } }[] } }[] };
}
interface PeerData {
  allCustomers: {
    edges: { node: { loansByCustomerId: { nodes: { loanInstallmentsByLoanId: { edges: unknown[] } }[] } } }[];
  };
}

async function probe(
  key: ServerKey,
  url: string,
  first: number,
  headers: Record<string, string>,
  statements: () => Promise<number | null>,
): Promise<Probe> {
  const before = await statements();
  const res = await postGraphQL(
    url,
    { query: key === 'ours' ? OURS_QUERY : PEER_QUERY, variables: { first } },
    headers,
  );
  const after = await statements();
  const errors = (res.body.errors ?? []).map((e) => `${e.message} ${JSON.stringify(e.extensions ?? {})}`);
  if (res.status !== 200) errors.unshift(`HTTP ${res.status}`);
  let customers = 0;
  let loans = 0;
  let rows = 0;
  if (key === 'ours') {
    const data = res.body.data as OursData | undefined;
    for (const e of data?.customers.edges ?? []) {
      customers++;
      for (const l of e.node.loans) {
        loans++;
        rows += l.schedule.edges.length;
      }
    }
  } else {
    const data = res.body.data as PeerData | undefined;
    for (const e of data?.allCustomers.edges ?? []) {
      customers++;
      for (const l of e.node.loansByCustomerId.nodes) {
        loans++;
        rows += l.loanInstallmentsByLoanId.edges.length;
      }
    }
  }
  if (customers !== first) errors.push(`expected ${first} customers, got ${customers}`);
  const header = res.headers.get('x-sql-statements');
  const sqlStatements = key === 'ours' ? Number(header) : (after ?? 0) - (before ?? 0);
  return { first, sqlStatements, customers, loans, rows, errors, text: res.text };
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const cleanups = createCleanups(log);
  try {
    // 1. Fresh database, the real app on it: migrations + the demo portfolio (customers with loans and
    //    repayments from the seed parts, paid up to the fixed CLOCK day).
    const bench = await startBenchApp({
      adminUrl: ADMIN_URL,
      redisUrl: REDIS_URL,
      poolMax: POOL_MAX,
      demoCustomers: CUSTOMERS,
      log,
      cleanups,
      clock: () => CLOCK,
      // A loaded shared machine must not fail the seed on the default statement timeouts.
      env: { DB_STATEMENT_TIMEOUT_MS: '300000', DB_QUERY_TIMEOUT_MS: '310000' },
      // Its own process, as PostGraphile has, with the same process environment.
      childProcess: { processEnv: SERVER_PROCESS_ENV },
    });
    const counts = (
      await bench.sql.query<{ customers: number; loans: number; repayments: number; installments: number }>(
        `SELECT (SELECT count(*)::int FROM customer) AS customers, (SELECT count(*)::int FROM loan) AS loans,
                (SELECT count(*)::int FROM repayment) AS repayments,
                (SELECT count(*)::int FROM loan_installment) AS installments`,
      )
    ).rows[0];
    await bench.sql.query('ANALYZE');
    log(
      `${counts.customers} customers, ${counts.loans} loans, ${counts.repayments} repayments, ${counts.installments} instalment rows`,
    );

    // 2. PostGraphile v5 over the same database, same pool size.
    const t = Date.now();
    const peer = await startPostGraphilePeer({
      databaseUrl: bench.db.url,
      poolMax: POOL_MAX,
      processEnv: SERVER_PROCESS_ENV,
    });
    cleanups.push('stop PostGraphile', () => peer.stop());
    log(`PostGraphile started in ${Date.now() - t} ms at ${peer.url}`);

    const servers: Record<ServerKey, { label: string; url: string; headers: Record<string, string> }> = {
      ours: {
        label: 'fingraph (ours): stored instalment rows',
        url: bench.url,
        headers: bench.analystHeaders,
      },
      peer: { label: 'PostGraphile 5: the same stored instalment rows', url: peer.url, headers: {} },
    };
    const statementsOf = (key: ServerKey) => (key === 'ours' ? async () => null : () => peer.statements());

    // 3. Correctness and SQL statements per request for first = 10, 50, 100.
    const probes = { ours: [] as Probe[], peer: [] as Probe[] };
    for (const key of ['ours', 'peer'] as const)
      for (const first of PROBE_FIRSTS)
        probes[key].push(await probe(key, servers[key].url, first, servers[key].headers, statementsOf(key)));
    const problems = (['ours', 'peer'] as const).flatMap((key) =>
      probes[key].flatMap((p) => p.errors.map((e) => `${key} first=${p.first}: ${e}`)),
    );
    if (problems.length > 0) {
      for (const p of problems) log(`PROBLEM ${p}`);
      throw new Error(`the query failed before the load run (${problems.length} problem(s), see above)`);
    }
    const statements = (key: ServerKey) => probes[key].map((p) => p.sqlStatements);
    const oursConstant = new Set(statements('ours')).size === 1;
    const sameLoans = PROBE_FIRSTS.every((_, i) => probes.ours[i].loans === probes.peer[i].loans);
    log(
      `SQL statements per request, first=${PROBE_FIRSTS.join('/')}: ours ${statements('ours').join('/')}, peer ${statements('peer').join('/')}`,
    );

    // 4. Load: warm-ups, then interleaved rounds; every response must equal the probed one byte for byte.
    const loadOptions = (key: ServerKey) => ({
      url: servers[key].url,
      body: JSON.stringify({
        query: key === 'ours' ? OURS_QUERY : PEER_QUERY,
        variables: { first: LOAD_FIRST },
      }),
      headers: servers[key].headers,
      connections: CONNECTIONS,
      expectBody: probes[key][PROBE_FIRSTS.indexOf(LOAD_FIRST)].text,
    });
    const { warmups, rounds } = await interleavedRounds(
      ['ours', 'peer'] as const,
      loadOptions,
      { warmupSeconds: WARMUP_SECONDS, rounds: ROUNDS, roundSeconds: ROUND_SECONDS },
      log,
      (key) => servers[key].label,
    );
    const load = {} as Record<ServerKey, ServerLoad>;
    for (const key of ['ours', 'peer'] as const) load[key] = summarize(rounds[key], warmups[key]);
    const clean =
      failures(load.ours) === 0 &&
      failures(load.peer) === 0 &&
      failures(warmups.ours) === 0 &&
      failures(warmups.peer) === 0;
    const ratios = {
      requestsPerSecond: ratio(load.ours.requestsPerSecond, load.peer.requestsPerSecond),
      p50: ratio(load.ours.latencyMs.p50, load.peer.latencyMs.p50),
      p99: ratio(load.ours.latencyMs.p99, load.peer.latencyMs.p99),
      requestsPerSecondPerRound: rounds.ours.map((f, i) =>
        ratio(f.requestsPerSecond, rounds.peer[i].requestsPerSecond),
      ),
    };

    // 5. Report.
    const loadProbe = (key: ServerKey) => probes[key][PROBE_FIRSTS.indexOf(LOAD_FIRST)];
    const rows = (['ours', 'peer'] as const).map((key) => {
      const f = load[key];
      return `| ${servers[key].label} | ${fmt(f.requestsPerSecond, 1)} | ${fmt(f.latencyMs.p50, 0)} | ${fmt(f.latencyMs.p99, 0)} | ${f.non2xx} | ${f.errors + f.timeouts} | ${f.mismatches} | ${loadProbe(key).loans} loans, ${loadProbe(key).rows} rows | ${statements(key).join(' / ')} |`;
    });
    const table = [
      `| server (first=${LOAD_FIRST}, ${CONNECTIONS} connections, ${ROUNDS} × ${ROUND_SECONDS} s) | req/s (mean) | p50 ms | p99 ms | non-2xx | errors | body mismatches | page (first=${LOAD_FIRST}) | SQL statements, first=10 / 50 / 100 |`,
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
      ...rows,
      `| **ratio ours / PostGraphile** | **${fmt(ratios.requestsPerSecond, 2)}** | **${fmt(ratios.p50, 2)}** | **${fmt(ratios.p99, 2)}** | | | | | |`,
    ].join('\n');
    const checkLines = [
      `${oursConstant ? 'PASS' : 'FAIL'}: ours runs a constant number of SQL statements per request as first grows (${statements('ours').join(' / ')} for first=${PROBE_FIRSTS.join(' / ')})`,
      `${clean ? 'PASS' : 'FAIL'}: no non-2xx responses, connection errors, timeouts or mismatched bodies (measured rounds and warm-ups)`,
      `${sameLoans ? 'PASS' : 'FAIL'}: both return the same number of loans for first=${PROBE_FIRSTS.join(' / ')} (${probes.ours.map((p) => p.loans).join(' / ')})`,
    ];
    const perRound = (key: ServerKey) => rounds[key].map((f) => fmt(f.requestsPerSecond, 1)).join(' / ');
    const detail = `Per round (${ROUNDS} × ${ROUND_SECONDS} s): req/s ours ${perRound('ours')}, PostGraphile ${perRound('peer')} (ratio ${ratios.requestsPerSecondPerRound.map((r) => fmt(r, 2)).join(' / ')}).`;
    process.stdout.write(`\n${table}\n\n${detail}\n\n${checkLines.join('\n')}\n\n`);

    const machine = machineNotes(bench.postgresVersion);
    const results = {
      benchmark: 'loans',
      date: startedAt.toISOString(),
      command: COMMAND,
      queries: { ours: OURS_QUERY, peer: PEER_QUERY },
      settings: {
        first: LOAD_FIRST,
        connections: CONNECTIONS,
        warmupSeconds: WARMUP_SECONDS,
        rounds: ROUNDS,
        roundSeconds: ROUND_SECONDS,
        poolMax: POOL_MAX,
        demoNow: CLOCK.toISOString(),
        ...counts,
        oursAuth: 'Bearer access token of analyst@fingraph.dev',
        peerAuth: 'none',
      },
      machine,
      servers: Object.fromEntries(
        (['ours', 'peer'] as const).map((key) => [
          key,
          {
            label: servers[key].label,
            load: load[key],
            sqlStatements: Object.fromEntries(probes[key].map((p) => [p.first, p.sqlStatements])),
            page: Object.fromEntries(probes[key].map((p) => [p.first, { loans: p.loans, rows: p.rows }])),
          },
        ]),
      ),
      ratiosOursOverPeer: ratios,
      checks: { oursSqlStatementsConstant: oursConstant, clean, sameLoans },
      wallSeconds: round((Date.now() - startedAt.getTime()) / 1000, 1),
    };
    const files = await writeResults('loans', startedAt, results);
    const readme = await updateReadmeSection('loans', readmeSection(results, table, detail, checkLines));
    log(`wrote ${files.join(', ')} and ${readme}`);
    return oursConstant && clean ? 0 : 1;
  } finally {
    await cleanups.run();
  }
}

function readmeSection(
  r: {
    date: string;
    settings: { customers: number; loans: number; repayments: number; installments: number };
    machine: ReturnType<typeof machineNotes>;
    wallSeconds: number;
  },
  table: string,
  detail: string,
  checks: string[],
): string {
  const m = r.machine;
  return `## loans — \`customers → loans → schedule(first: 12)\` beside PostGraphile 5

**What it measures.** A back-office page of customers with each one's loans and their next twelve instalments:

\`\`\`graphql
${OURS_QUERY}
\`\`\`

- **ours**: the real fingraph application, in its own process (\`bench/lib/app-process.ts\`, TypeScript compiled by swc
  at load, as \`npm start\` runs compiled JavaScript) with \`NODE_ENV=${SERVER_PROCESS_ENV.NODE_ENV}\` in its process
  environment — the libraries' production mode; the app's own configuration stays the benchmark's (demo data, the
  \`x-sql-statements\` header), which a production configuration refuses — over a fresh PostgreSQL database holding the demo portfolio: ${r.settings.customers}
  customers, ${r.settings.loans} loans, ${r.settings.repayments} repayments and ${r.settings.installments} stored instalment rows from the seed parts
  (\`DEMO_CUSTOMERS=${CUSTOMERS}\`, the demo's "now" fixed at ${CLOCK.toISOString().slice(0, 10)}). Called as \`analyst@fingraph.dev\`. Each loan's
  schedule is read from its stored instalment rows (\`loan_installment\`, written in the transaction of every event
  since issue 13), one batched query per level, paged to 12 rows; \`paid\` is derived from the paid columns.
- **peer**: PostGraphile 5.1.5 (\`postgraphile\` from npm, Amber preset, \`bench/lib/postgraphile-peer.mjs\` in a child
  process with the same process environment — it is ESM and wants Node 22; \`Promise.withResolvers\` is polyfilled on Node 20), same database and pool size
  (${POOL_MAX}), no auth:

  \`\`\`graphql
  ${PEER_QUERY}
  \`\`\`

  **What is compared:** both read each loan's first 12 rows of the same \`loan_installment\` table. Same customers (by
  \`created_at, id\`), same loans (checked: equal counts per page), same rows. The ratio says what our layers (auth,
  limits, type-graphql, TypeORM entities, DataLoader, Money objects) cost beside a server that compiles the whole
  query to one SQL statement.
- **SQL statements per request**: ours from the \`x-sql-statements\` header; PostGraphile's counted by wrapping its pg
  pool's and clients' \`query\` (every statement sent, transaction control included), read before and after each probe.
- **Load**: autocannon, \`first=${LOAD_FIRST}\`, ${CONNECTIONS} connections, a ${WARMUP_SECONDS} s warm-up per server, then ${ROUNDS} interleaved rounds of
  ${ROUND_SECONDS} s per server; req/s = all measured requests / all measured seconds, p50/p99 = median of the rounds.
  Every response must be byte-identical to the one probed before the run.

**Run it** (PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379): \`${COMMAND}\`. Optional: \`BENCH_CUSTOMERS\`,
\`BENCH_CONNECTIONS\`, \`BENCH_WARMUP_SECONDS\`, \`BENCH_DURATION_SECONDS\`, \`BENCH_ROUNDS\`, \`BENCH_DATABASE_URL\`, \`BENCH_REDIS_URL\`,
\`BENCH_SERVER_NODE_ENV\` (both servers' NODE_ENV, default production).

**Machine notes.** ${m.cpus} shared vCPUs (${m.cpuModel}), ${m.totalMemoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres}. Load
generator, both servers and PostgreSQL share those cores: read the ratio, not the req/s.

### Latest run — ${r.date} (${r.wallSeconds} s wall)

${table}

${detail}

${checks.map((c) => `- ${c}`).join('\n')}

Raw figures: \`bench/results/loans-latest.json\` (and one timestamped file per run).`;
}

runBenchMain(main, log);
