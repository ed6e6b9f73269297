import 'reflect-metadata';
import path from 'node:path';
import { createCleanups, runBenchMain, startBenchApp } from './lib/bench-app';
import { LOANS_PAGE_SCHEDULE_FIELDS, loansProfileAppOptions } from './lib/loans-profile-app';

// `AB_BASE_DIR=<another checkout> npx ts-node --transpile-only bench/profile-loans-ab.ts` — server CPU ms per
// request of this checkout ("head") and of another one ("base", e.g. `git archive <commit> | tar -x -C dir`
// with a node_modules link), both running at the same time on their own copy of the demo portfolio, requests
// alternated in blocks between the two. On a shared 2-vCPU machine one process's CPU time per request moves by
// ±30 % with the neighbours' load (hyper-threads, caches); paired blocks see the same load, so their ratio is
// what a change was worth. Same queries as bench/profile-loans.ts (first = 50, one request at a time).

const BASE_DIR = process.env.AB_BASE_DIR;
const BLOCKS = Number(process.env.AB_BLOCKS ?? 12);
const PER_BLOCK = Number(process.env.AB_PER_BLOCK ?? 10);
const log = (message: string) => process.stderr.write(`[profile:loans-ab] ${message}\n`);

const VARIANTS: [string, string][] = [
  ['customers only (id name)', `customers(first: $first) { edges { node { id name } } }`],
  [
    'the bench:loans page',
    `customers(first: $first) { edges { node { id name loans { id balance { amount } schedule(first: 12) { edges { node { ${LOANS_PAGE_SCHEDULE_FIELDS} } } } } } } }`,
  ],
];

async function main(): Promise<number> {
  if (!BASE_DIR) throw new Error('AB_BASE_DIR: a checkout of the baseline (with node_modules) is required');
  const cleanups = createCleanups(log);
  try {
    // The baseline's own bench library (CommonJS, compiled by ts-node like this file), which starts its app.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const baseLib = require(path.resolve(BASE_DIR, 'bench/lib/bench-app')) as {
      startBenchApp: typeof startBenchApp;
    };
    const options = loansProfileAppOptions({ log, cleanups, nodeEnv: 'production' });
    const apps = {
      base: await baseLib.startBenchApp(options),
      head: await startBenchApp(options),
    };
    for (const app of Object.values(apps)) await app.sql.query('ANALYZE');
    const cpuUs = async (app: typeof apps.head) => {
      const { userUs, systemUs } = await app.child!.call<{ userUs: number; systemUs: number }>('cpu');
      return userUs + systemUs;
    };
    const run = async (app: typeof apps.head, query: string, n: number) => {
      const before = await cpuUs(app);
      for (let i = 0; i < n; i++) {
        const res = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...app.analystHeaders },
          body: JSON.stringify({ query: `query ($first: Int!) { ${query} }`, variables: { first: 50 } }),
        });
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      }
      return ((await cpuUs(app)) - before) / 1e3;
    };
    console.log(
      `\n| variant (first = 50, ${BLOCKS} paired blocks of ${PER_BLOCK}) | base CPU ms / request | head CPU ms / request | head / base (median of blocks) |\n|---|--:|--:|--:|`,
    );
    for (const [label, query] of VARIANTS) {
      await run(apps.base, query, 20); // warm-up (and graphql-jit's compile on the head)
      await run(apps.head, query, 20);
      const totals = { base: 0, head: 0 };
      const ratios: number[] = [];
      for (let b = 0; b < BLOCKS; b++) {
        // Alternate which side goes first, so a trend in the machine's load favours neither.
        const order = b % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
        const ms = { base: 0, head: 0 };
        for (const side of order) ms[side] = await run(apps[side], query, PER_BLOCK);
        totals.base += ms.base;
        totals.head += ms.head;
        ratios.push(ms.head / ms.base);
      }
      ratios.sort((a, b) => a - b);
      const n = BLOCKS * PER_BLOCK;
      console.log(
        `| ${label} | ${(totals.base / n).toFixed(2)} | ${(totals.head / n).toFixed(2)} | ${ratios[Math.floor(ratios.length / 2)].toFixed(2)} |`,
      );
    }
    return 0;
  } finally {
    await cleanups.run();
  }
}

runBenchMain(main, log);
