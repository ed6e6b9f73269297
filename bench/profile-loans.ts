import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCleanups, runBenchMain, startBenchApp } from './lib/bench-app';
import { LOANS_PAGE_SCHEDULE_FIELDS, loansProfileAppOptions } from './lib/loans-profile-app';

// `npx ts-node --transpile-only bench/profile-loans.ts` — where fingraph's time goes on bench:loans' page. Same database and query as
// bench:loans (the demo portfolio of 1000 customers, first = 50), but one request at a time so the figures are
// per request: (1) mean milliseconds per request for the page and for lighter variants of it, which splits the
// cost by layer (customers alone, + loans, + schedule rows, + Money objects); (2) a V8 CPU profile of the page
// only (after warm-up, not the start or the seed), summarised by package and by function, and written to
// bench/results/loans-profile.cpuprofile for a flame view.

const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 150);
const NODE_ENV = process.env.BENCH_SERVER_NODE_ENV ?? 'production';
// Which variant the CPU profile covers (index into VARIANTS; default the page, the last one).
const PROFILED = process.env.PROFILE_VARIANT;
const log = (message: string) => process.stderr.write(`[profile:loans] ${message}\n`);

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
    `customers(first: $first) { edges { node { id name loans { id balance { amount } schedule(first: 12) { edges { node { ${LOANS_PAGE_SCHEDULE_FIELDS} } } } } } } }`,
  ],
];

async function main(): Promise<number> {
  const cleanups = createCleanups(log);
  try {
    // The app in its own process, as bench:loans runs it (NODE_ENV=production unless BENCH_SERVER_NODE_ENV says
    // otherwise), so that the figures are the server's alone: its CPU time from process.cpuUsage() in the child,
    // its profile from the child's inspector.
    const bench = await startBenchApp(loansProfileAppOptions({ log, cleanups, nodeEnv: NODE_ENV }));
    const child = bench.child!;
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
    const serverCpuUs = async () => {
      const { userUs, systemUs } = await child.call<{ userUs: number; systemUs: number }>('cpu');
      return userUs + systemUs;
    };
    // Wall time per request, and the server process's CPU time per request: on a shared machine the CPU figure
    // moves much less with the other processes' load than the wall time.
    const measure = async (query: string, n: number) => {
      const t = process.hrtime.bigint();
      const cpu = await serverCpuUs();
      for (let i = 0; i < n; i++) await post(query);
      const used = (await serverCpuUs()) - cpu;
      return { wallMs: Number(process.hrtime.bigint() - t) / 1e6 / n, cpuMs: used / 1e3 / n };
    };
    for (const [, q] of VARIANTS) await measure(q, 30); // warm-up
    console.log(
      `\n| variant (first = 50, one request at a time, server NODE_ENV=${NODE_ENV}) | ms per request | server CPU ms per request |\n|---|--:|--:|`,
    );
    for (const [label, q] of VARIANTS) {
      const m = await measure(q, REQUESTS);
      console.log(`| ${label} | ${m.wallMs.toFixed(1)} | ${m.cpuMs.toFixed(2)} |`);
    }

    const file = path.resolve('bench/results/loans-profile.cpuprofile');
    await child.call('profile-start');
    const [label, page] = VARIANTS[PROFILED === undefined ? VARIANTS.length - 1 : Number(PROFILED)];
    const m = await measure(page, REQUESTS);
    await child.call('profile-stop', { file });
    console.log(
      `\nprofiled ${REQUESTS} requests of "${label}" in the server process, ${m.wallMs.toFixed(1)} ms and ${m.cpuMs.toFixed(2)} ms of server CPU each (profiler on)`,
    );
    summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
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
