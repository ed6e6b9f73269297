import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createCleanups, runBenchMain, startBenchApp } from './lib/bench-app';

// `npx ts-node --transpile-only bench/profile-loans.ts` — where fingraph's time goes on bench:loans' page. Same database and query as
// bench:loans (the demo portfolio of 1000 customers, first = 50), but one request at a time so the figures are
// per request: (1) mean milliseconds per request for the page and for lighter variants of it, which splits the
// cost by layer (customers alone, + loans, + schedule rows, + Money objects); (2) a V8 CPU profile of the page
// only (after warm-up, not the start or the seed), summarised by package and by function, and written to
// bench/results/loans-profile.cpuprofile for a flame view.

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 150);
const CLOCK = new Date('2026-11-21T03:00:00Z');
const log = (message: string) => process.stderr.write(`[profile:loans] ${message}\n`);

const SCHEDULE_FIELDS = `dueDate principal { amount } interest { amount } payment { amount } remainingBalance { amount } paid`;
const VARIANTS: [string, string][] = [
  ['customers only (id name)', `customers(first: $first) { edges { node { id name } } }`],
  [
    '+ loans (id balance)',
    `customers(first: $first) { edges { node { id name loans { id balance { amount } } } } }`,
  ],
  [
    '+ schedule(first: 12) scalars only (dueDate paid)',
    `customers(first: $first) { edges { node { id name loans { id balance { amount } schedule(first: 12) { edges { node { dueDate paid } } } } } } }`,
  ],
  [
    'the bench:loans page (+ 4 Money per row)',
    `customers(first: $first) { edges { node { id name loans { id balance { amount } schedule(first: 12) { edges { node { ${SCHEDULE_FIELDS} } } } } } } }`,
  ],
];

async function main(): Promise<number> {
  const cleanups = createCleanups(log);
  try {
    const bench = await startBenchApp({
      adminUrl: ADMIN_URL,
      redisUrl: REDIS_URL,
      poolMax: 10,
      demoCustomers: 1000,
      log,
      cleanups,
      clock: () => CLOCK,
      // The machine is shared: a loaded start must not hit the default statement timeout.
      env: { DB_STATEMENT_TIMEOUT_MS: '300000', DB_QUERY_TIMEOUT_MS: '310000' },
    });
    await bench.sql.query('ANALYZE');
    const post = async (query: string) => {
      const res = await fetch(bench.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bench.analystHeaders },
        body: JSON.stringify({ query: `query ($first: Int!) { ${query} }`, variables: { first: 50 } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const time = async (query: string, n: number) => {
      const t = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await post(query);
      return Number(process.hrtime.bigint() - t) / 1e6 / n;
    };
    for (const [, q] of VARIANTS) await time(q, 30); // warm-up
    console.log('\n| variant (first = 50, one request at a time) | ms per request |\n|---|--:|');
    for (const [label, q] of VARIANTS) console.log(`| ${label} | ${(await time(q, REQUESTS)).toFixed(1)} |`);

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const page = VARIANTS[VARIANTS.length - 1][1];
    const perRequest = await time(page, REQUESTS);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync('bench/results/loans-profile.cpuprofile', JSON.stringify(profile));
    console.log(`\nprofiled ${REQUESTS} page requests, ${perRequest.toFixed(1)} ms each (profiler on)`);
    summarise(profile as unknown as Profile);
    return 0;
  } finally {
    await cleanups.run();
  }
}

interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by package (or project folder) and by function; idle time left out. */
function summarise(profile: Profile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const group = (url: string, fn: string) => {
    if (!url) return `(${fn || 'native'})`;
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1];
    const own = /\/(src\/.*)\/[^/]*$/.exec(url);
    return own ? own[1] : url.replace(/^.*\//, '');
  };
  const byGroup = new Map<string, number>();
  const byFn = new Map<string, number>();
  let busy = 0;
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    busy += t;
    const g = group(url, functionName);
    byGroup.set(g, (byGroup.get(g) ?? 0) + t);
    const f = `${functionName || '(anonymous)'} — ${g}:${lineNumber + 1}`;
    byFn.set(f, (byFn.get(f) ?? 0) + t);
  }
  const show = (title: string, m: Map<string, number>, n: number) => {
    console.log(`\n| ${title} | share of busy CPU |\n|---|--:|`);
    for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`| ${k} | ${((t / busy) * 100).toFixed(1)} % |`);
  };
  show('self time by package / folder', byGroup, 20);
  show('self time by function', byFn, 25);
}

runBenchMain(main, log);
