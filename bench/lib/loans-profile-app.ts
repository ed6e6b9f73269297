import type { startBenchApp } from './bench-app';

// What bench/profile-loans.ts and bench/profile-loans-ab.ts start: the bench:loans portfolio (1,000 demo
// customers, the demo's "now" fixed) in its own process, PostgreSQL and Redis from BENCH_DATABASE_URL /
// BENCH_REDIS_URL.

type BenchAppOptions = Parameters<typeof startBenchApp>[0];

/** The instalment fields the bench:loans page reads for each of a loan's next twelve instalments. */
export const LOANS_PAGE_SCHEDULE_FIELDS = `dueDate principal { amount } interest { amount } payment { amount } remainingBalance { amount } paid`;

export function loansProfileAppOptions(
  opts: Pick<BenchAppOptions, 'log' | 'cleanups'> & { nodeEnv: string },
): BenchAppOptions {
  const clock = new Date('2026-11-21T03:00:00Z');
  return {
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    poolMax: 10,
    demoCustomers: 1000,
    log: opts.log,
    cleanups: opts.cleanups,
    clock: () => clock,
    // The machine is shared: a loaded start must not hit the default statement timeout.
    env: { DB_STATEMENT_TIMEOUT_MS: '300000', DB_QUERY_TIMEOUT_MS: '310000' },
    childProcess: { processEnv: { NODE_ENV: opts.nodeEnv } },
  };
}
