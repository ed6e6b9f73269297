import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { createCleanups, runBenchMain, startBenchApp } from './lib/bench-app';
import { ADD_LOGINS_SQL, CUSTOMERS_QUERY } from './lib/customers-query';
import { postGraphQL, runLoad } from './lib/harness';
import { startPlainCustomersPeer } from './lib/plain-customers-peer';
import { summariseProfile, type CpuProfile } from './lib/cpuprofile-top';

// `npx ts-node --transpile-only bench/profile-customers.ts` — where does a customers(50) request spend its CPU? Starts the server(s) of
// bench:customers, loads one with autocannon (in a worker thread) and records a V8 CPU profile of this process's
// main thread — the server's — during the load only (the inspector's Profiler, what `node --cpu-prof` uses),
// then prints the functions with the most self time and the time by package. The .cpuprofile opens in Chrome
// DevTools (Performance → Load profile) or speedscope for a flame graph.
//
// BENCH_PROFILE_TARGET=ours|peer (default ours), BENCH_PROFILE_SECONDS (10), BENCH_CONNECTIONS (10),
// BENCH_PROFILE_TOP (30), BENCH_PROFILE_DIR (bench/.profiles).

const TARGET = process.env.BENCH_PROFILE_TARGET === 'peer' ? 'peer' : 'ours';
const SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? '10');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? '10');
const TOP = Number(process.env.BENCH_PROFILE_TOP ?? '30');
const DIR = process.env.BENCH_PROFILE_DIR ?? path.join(__dirname, '.profiles');
const log = (message: string) => process.stderr.write(`[profile:customers] ${message}\n`);

async function main(): Promise<number> {
  const cleanups = createCleanups(log);
  try {
    const bench = await startBenchApp({
      adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      poolMax: 10,
      demoCustomers: 1000,
      log,
      cleanups,
      env: { DB_STATEMENT_TIMEOUT_MS: '300000' },
    });
    await bench.sql.query(ADD_LOGINS_SQL);
    await bench.sql.query('ANALYZE');
    let url = bench.url;
    let headers = bench.analystHeaders;
    if (TARGET === 'peer') {
      const peer = await startPlainCustomersPeer({ databaseUrl: bench.db.url, poolMax: 10 });
      cleanups.push('stop peer', () => peer.stop());
      url = peer.url;
      headers = {};
    }
    const body = JSON.stringify({ query: CUSTOMERS_QUERY, variables: { first: 50 } });
    const sample = await postGraphQL(url, { query: CUSTOMERS_QUERY, variables: { first: 50 } }, headers);
    if (sample.status !== 200 || sample.body.errors)
      throw new Error(`probe failed: ${sample.text.slice(0, 500)}`);
    log(`${TARGET}: warm-up 3 s`);
    await runLoad({ url, body, headers, connections: CONNECTIONS, durationSeconds: 3 });

    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const load = await runLoad({
      url,
      body,
      headers,
      connections: CONNECTIONS,
      durationSeconds: SECONDS,
      expectBody: sample.text,
    });
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();
    log(
      `${TARGET}: ${load.requestsPerSecond.toFixed(1)} req/s, p50 ${load.latencyMs.p50} ms, ` +
        `mismatches ${load.mismatches}, non-2xx ${load.non2xx}`,
    );
    await mkdir(DIR, { recursive: true });
    const file = path.join(
      DIR,
      `customers-${TARGET}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`,
    );
    await writeFile(file, JSON.stringify(profile));
    log(`profile written to ${file}`);
    process.stdout.write(`${summariseProfile(profile, { top: TOP, requests: load.requestsTotal })}\n`);
    return 0;
  } finally {
    await cleanups.run();
  }
}

runBenchMain(main, log);
