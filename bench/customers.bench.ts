import 'reflect-metadata';
import { createCleanups, runBenchMain, startBenchApp } from './lib/bench-app';
import {
  GraphQLHttpResult,
  LoadFigures,
  machineNotes,
  postGraphQL,
  round,
  updateReadmeSection,
  writeResults,
} from './lib/harness';
import { ADD_LOGINS_SQL, CUSTOMERS_QUERY } from './lib/customers-query';
import { startPlainCustomersPeer } from './lib/plain-customers-peer';
import { failures, fmt, interleavedRounds, ratio, type ServerLoad, summarize } from './lib/rounds';

// `npm run bench:customers` — customers(first: n) with a DataLoader-backed field (login), against real
// PostgreSQL: the real fingraph app in-process vs a plain Apollo Server 5 + express 5 + pg peer over the same
// database. Reports throughput, latency, SQL statements per request (must not grow with n) and ours/peer ratios.

const int = (raw: string | undefined, fallback: number) =>
  raw && /^\d+$/.test(raw) ? Number(raw) : fallback;

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECTIONS = int(process.env.BENCH_CONNECTIONS, 10);
const WARMUP_SECONDS = int(process.env.BENCH_WARMUP_SECONDS, 5);
const DURATION_SECONDS = int(process.env.BENCH_DURATION_SECONDS, 15);
const ROUNDS = Math.max(1, int(process.env.BENCH_ROUNDS, 3));
const ROUND_SECONDS = Math.max(1, Math.round(DURATION_SECONDS / ROUNDS));
const POOL_MAX = 10;
const DEMO_CUSTOMERS = 1000;
const LOAD_FIRST = 50;
const PROBE_FIRSTS: readonly number[] = [10, 50, 100];
const COMMAND = 'npm run bench:customers';

const QUERY = CUSTOMERS_QUERY;

interface Probe {
  first: number;
  status: number;
  sqlStatements: number | null;
  edges: number;
  totalCount: number | null;
  loginsOnPage: number;
  errors: string[];
  text: string;
}

type ServerKey = 'ours' | 'peer';

const log = (message: string) => process.stderr.write(`[bench:customers] ${message}\n`);

async function probe(url: string, first: number, headers: Record<string, string>): Promise<Probe> {
  const res: GraphQLHttpResult = await postGraphQL(url, { query: QUERY, variables: { first } }, headers);
  const conn = res.body.data?.customers as
    { totalCount: number; edges: { node: { login: unknown } }[] } | undefined;
  const errors = (res.body.errors ?? []).map((e) => `${e.message} ${JSON.stringify(e.extensions ?? {})}`);
  if (res.status !== 200) errors.unshift(`HTTP ${res.status}`);
  if (!conn) errors.push('no data.customers');
  else if (conn.edges.length !== first) errors.push(`expected ${first} edges, got ${conn.edges.length}`);
  const header = res.headers.get('x-sql-statements');
  return {
    first,
    status: res.status,
    sqlStatements: header === null ? null : Number(header),
    edges: conn?.edges.length ?? 0,
    totalCount: conn?.totalCount ?? null,
    loginsOnPage: conn?.edges.filter((e) => e.node.login !== null).length ?? 0,
    errors,
    text: res.text,
  };
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const cleanups = createCleanups(log);

  try {
    // 1. Fresh database, the real app on it (migrations + 1000 demo customers + demo logins).
    const bench = await startBenchApp({
      adminUrl: ADMIN_URL,
      redisUrl: REDIS_URL,
      poolMax: POOL_MAX,
      demoCustomers: DEMO_CUSTOMERS,
      log,
      cleanups,
      // Seeding the demo portfolio on a busy shared machine can outlast the default 15 s statement timeout.
      env: { DB_STATEMENT_TIMEOUT_MS: '300000' },
    });
    const { db, sql } = bench;
    const oursUrl = bench.url;

    // 2. Half of the customers get a login row, so `login` resolves to something for about half the page.
    const added = await sql.query(ADD_LOGINS_SQL);
    const counts = (
      await sql.query<{ customers: number; with_login: number; version: string }>(
        `SELECT (SELECT count(*)::int FROM customer) AS customers,
                (SELECT count(*)::int FROM app_user WHERE customer_id IS NOT NULL) AS with_login,
                current_setting('server_version') AS version`,
      )
    ).rows[0];
    await sql.query('ANALYZE');
    log(
      `${added.rowCount} login rows added: ${counts.with_login} of ${counts.customers} customers have a login`,
    );

    // 3. Token for ours (the peer has no auth).
    const oursHeaders = bench.analystHeaders;

    // 4. The peer over the same database, same pool size.
    const t = Date.now();
    const peer = await startPlainCustomersPeer({ databaseUrl: db.url, poolMax: POOL_MAX });
    cleanups.push('stop peer', () => peer.stop());
    log(`peer started in ${Date.now() - t} ms at ${peer.url}`);

    const servers: Record<ServerKey, { label: string; url: string; headers: Record<string, string> }> = {
      ours: { label: 'fingraph (ours)', url: oursUrl, headers: oursHeaders },
      peer: { label: 'plain Apollo 5 + express 5 + pg', url: peer.url, headers: {} },
    };

    // 5. Correctness and SQL statements per request for first = 10, 50, 100.
    const probes = {} as Record<ServerKey, Probe[]>;
    for (const key of ['ours', 'peer'] as const) {
      probes[key] = [];
      for (const first of PROBE_FIRSTS)
        probes[key].push(await probe(servers[key].url, first, servers[key].headers));
    }
    const problems: string[] = [];
    for (const key of ['ours', 'peer'] as const) {
      for (const p of probes[key]) {
        for (const e of p.errors) problems.push(`${key} first=${p.first}: ${e}`);
        if (p.sqlStatements === null) problems.push(`${key} first=${p.first}: no x-sql-statements header`);
      }
    }
    const sameData = PROBE_FIRSTS.map((first, i) => {
      const a = JSON.parse(probes.ours[i].text) as { data?: unknown };
      const b = JSON.parse(probes.peer[i].text) as { data?: unknown };
      return { first, same: JSON.stringify(a.data) === JSON.stringify(b.data) };
    });
    if (problems.length > 0) {
      for (const p of problems) log(`PROBLEM ${p}`);
      const sample =
        probes.ours.find((p) => p.errors.length > 0) ?? probes.peer.find((p) => p.errors.length > 0);
      if (sample) log(`response body: ${sample.text.slice(0, 2000)}`);
      throw new Error(`the query failed before the load run (${problems.length} problem(s), see above)`);
    }
    const statements = (key: ServerKey) => probes[key].map((p) => p.sqlStatements as number);
    const oursConstant = new Set(statements('ours')).size === 1;
    const peerConstant = new Set(statements('peer')).size === 1;
    const statementLine = `SQL statements per request, first=${PROBE_FIRSTS.join('/')}: ours ${statements('ours').join('/')}, peer ${statements('peer').join('/')}`;
    log(statementLine);
    for (const s of sameData)
      if (!s.same) log(`note: ours and peer return different data for first=${s.first}`);

    // 6. Load: a warm-up per server (discarded), then ROUNDS measured rounds per server, interleaved and in
    //    alternating order (ours/peer, peer/ours, …) so drifting background load on a shared machine hits both
    //    alike. Every response must equal the probed one byte for byte (no errors can hide in a 200).
    const body = JSON.stringify({ query: QUERY, variables: { first: LOAD_FIRST } });
    const loadOptions = (key: ServerKey) => ({
      url: servers[key].url,
      body,
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

    const warmupClean = failures(warmups.ours) === 0 && failures(warmups.peer) === 0;
    const clean = failures(load.ours) === 0 && failures(load.peer) === 0 && warmupClean;
    const ratios = {
      requestsPerSecond: ratio(load.ours.requestsPerSecond, load.peer.requestsPerSecond),
      p50: ratio(load.ours.latencyMs.p50, load.peer.latencyMs.p50),
      p99: ratio(load.ours.latencyMs.p99, load.peer.latencyMs.p99),
      requestsPerSecondPerRound: rounds.ours.map((f, i) =>
        ratio(f.requestsPerSecond, rounds.peer[i].requestsPerSecond),
      ),
    };
    const machine = machineNotes(counts.version);

    // 7. Report.
    const rows = (['ours', 'peer'] as const).map((key) => {
      const f = load[key];
      return `| ${servers[key].label} | ${fmt(f.requestsPerSecond, 1)} | ${fmt(f.latencyMs.p50, 0)} | ${fmt(f.latencyMs.p99, 0)} | ${f.non2xx} | ${f.errors + f.timeouts} | ${f.mismatches} | ${statements(key).join(' / ')} |`;
    });
    const table = [
      `| server (first=${LOAD_FIRST}, ${CONNECTIONS} connections, ${ROUNDS} × ${ROUND_SECONDS} s) | req/s (mean) | p50 ms | p99 ms | non-2xx | errors | body mismatches | SQL statements, first=10 / 50 / 100 |`,
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      ...rows,
      `| **ratio ours / peer** | **${fmt(ratios.requestsPerSecond, 2)}** | **${fmt(ratios.p50, 2)}** | **${fmt(ratios.p99, 2)}** | | | | |`,
    ].join('\n');
    const checkLines = [
      `${oursConstant ? 'PASS' : 'FAIL'}: ours runs a constant number of SQL statements per request as first grows (${statements('ours').join(' / ')} for first=${PROBE_FIRSTS.join(' / ')})`,
      `${clean ? 'PASS' : 'FAIL'}: no non-2xx responses, connection errors, timeouts or mismatched bodies (measured rounds and warm-ups${warmupClean ? '' : ': the warm-ups had some'})`,
      `${sameData.every((s) => s.same) ? 'PASS' : 'FAIL'}: ours and the peer return identical data for first=${PROBE_FIRSTS.join(' / ')}`,
    ];
    const perRound = (key: ServerKey, pick: (f: LoadFigures) => number, digits: number) =>
      rounds[key].map((f) => fmt(pick(f), digits)).join(' / ');
    const detail = [
      `Per round (${ROUNDS} × ${ROUND_SECONDS} s): req/s ours ${perRound('ours', (f) => f.requestsPerSecond, 1)}, peer ${perRound('peer', (f) => f.requestsPerSecond, 1)}`,
      `(ratio ${ratios.requestsPerSecondPerRound.map((r) => fmt(r, 2)).join(' / ')});`,
      `p99 ms ours ${perRound('ours', (f) => f.latencyMs.p99, 0)}, peer ${perRound('peer', (f) => f.latencyMs.p99, 0)}.`,
      `Logins on the page (first=10/50/100): ${probes.ours.map((p) => p.loginsOnPage).join(' / ')}.`,
    ].join(' ');
    process.stdout.write(`\n${table}\n\n${detail}\n\n${checkLines.join('\n')}\n\n`);

    const finishedAt = new Date();
    const results = {
      benchmark: 'customers',
      date: startedAt.toISOString(),
      command: COMMAND,
      query: QUERY,
      settings: {
        first: LOAD_FIRST,
        connections: CONNECTIONS,
        pipelining: 1,
        warmupSeconds: WARMUP_SECONDS,
        rounds: ROUNDS,
        roundSeconds: ROUND_SECONDS,
        measuredSecondsPerServer: ROUNDS * ROUND_SECONDS,
        aggregation: 'req/s = requests of all rounds / their seconds; p50, p99 = median of the rounds',
        poolMax: POOL_MAX,
        customers: counts.customers,
        customersWithLogin: counts.with_login,
        loadGenerator: 'autocannon 8, programmatic, 1 worker thread, same process as both servers',
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
            sqlStatementsConstant: key === 'ours' ? oursConstant : peerConstant,
            loginsOnPage: Object.fromEntries(probes[key].map((p) => [p.first, p.loginsOnPage])),
          },
        ]),
      ),
      ratiosOursOverPeer: ratios,
      checks: { oursSqlStatementsConstant: oursConstant, clean, sameData },
      wallSeconds: round((finishedAt.getTime() - startedAt.getTime()) / 1000, 1),
    };
    const files = await writeResults('customers', startedAt, results);
    const readme = await updateReadmeSection('customers', readmeSection(results, table, detail, checkLines));
    log(`wrote ${files.join(', ')} and ${readme}`);
    return oursConstant && clean ? 0 : 1;
  } finally {
    await cleanups.run();
  }
}

function readmeSection(
  r: {
    date: string;
    settings: { customers: number; customersWithLogin: number };
    machine: ReturnType<typeof machineNotes>;
    wallSeconds: number;
  },
  table: string,
  detail: string,
  checks: string[],
): string {
  const m = r.machine;
  return `## customers — \`customers(first: n)\` with a DataLoader field

**What it measures.** One GraphQL query, the list screen of a back-office app:

\`\`\`graphql
${QUERY}
\`\`\`

\`login\` is a field resolver backed by a per-request DataLoader (\`src/modules/auth/auth-fields.resolver.ts\`), so
the whole page must cost one batched query for the logins, whatever \`first\` is.

- **ours**: the real fingraph application (\`startApplication\`, the same composition root as \`npm start\`) in-process on
  an ephemeral port, over a fresh PostgreSQL database (\`fg_bench_<random>\`, dropped at the end, also on failure; its Redis keys
  live under a random \`REDIS_PREFIX\` and are deleted too):
  migrations, ${r.settings.customers} demo customers (\`DEMO_CUSTOMERS=${DEMO_CUSTOMERS}\`), and a \`CUSTOMER\` login row for
  about half of them (${r.settings.customersWithLogin} in this run). Called as \`analyst@fingraph.dev\` with a Bearer token, so
  every request pays for JWT verification, document limits, the ORM, global ids, Decimal money and error masking.
- **peer**: a plain Apollo Server 5 on express 5 (\`expressMiddleware\`) with hand-written SDL and resolvers straight over a
  \`pg\` Pool (\`bench/lib/plain-customers-peer.ts\`), same pool size (${POOL_MAX}), same database, same response shape:
  customers by \`(created_at, id)\` \`LIMIT first\`, \`count(*)\` for \`totalCount\`, logins in one batched query per
  request, age / region name / money computed inline. No auth. It is the floor: the ratio says what our layers cost.
- **Load**: autocannon (programmatic API, in a worker thread), POST JSON, \`first=${LOAD_FIRST}\`, ${CONNECTIONS} connections,
  pipelining 1, one server at a time: a ${WARMUP_SECONDS} s warm-up per server (discarded), then ${ROUNDS} rounds of ${ROUND_SECONDS} s per
  server, interleaved in alternating order (ours → peer, peer → ours, …) so that drifting background load hits both
  alike. req/s = all measured requests / all measured seconds; p50 and p99 = the median of the rounds' values.
  Every response must be byte-identical to the one sampled before the run (otherwise it counts as a body mismatch),
  so a 200 carrying \`errors\` cannot slip through.
- **SQL statements per request**: ours reports them in the \`x-sql-statements\` response header (outside production);
  the peer counts its own \`pool.query\` calls into the same header. Probed for \`first\` = 10, 50, 100: the count
  must not grow with \`first\` (no N+1).

**Run it** (PostgreSQL on 127.0.0.1:5432 with trust auth, Redis on 127.0.0.1:6379):

\`\`\`sh
${COMMAND}
\`\`\`

Optional: \`BENCH_DATABASE_URL\` (admin connection, default \`postgres://postgres@127.0.0.1:5432/postgres\`),
\`BENCH_REDIS_URL\`, \`BENCH_CONNECTIONS\`, \`BENCH_WARMUP_SECONDS\`, \`BENCH_DURATION_SECONDS\` (measured seconds per server),
\`BENCH_ROUNDS\`. It takes about a minute and exits non-zero if the statement count grows with \`first\` or any measured request fails.

**Machine notes.** ${m.cpus} shared vCPUs (${m.cpuModel}), ${m.totalMemoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres}, ${m.platform}.
The load generator, both servers and PostgreSQL share those ${m.cpus} cores, so absolute numbers are noisy and low:
read the **ratios** (ours / peer), not the req/s, and compare runs on the same machine only.

### Latest run — ${r.date} (${r.wallSeconds} s wall)

${table}

${detail}

${checks.map((c) => `- ${c}`).join('\n')}

Raw figures: \`bench/results/customers-latest.json\` (and one timestamped file per run).`;
}

runBenchMain(main, log);
