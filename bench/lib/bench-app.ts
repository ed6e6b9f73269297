import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Application, startApplication } from '../../src/app/application';
import { loadConfig } from '../../src/app/config';
import { createBenchDatabase, deleteRedisKeys, loginDemo, type BenchDatabase } from './harness';
import { startAppProcess, type BenchProcess } from './processes';

// Start-up shared by the benchmarks that drive the real application: a cleanup stack that also runs on
// SIGINT/SIGTERM, a throw-away database, the app over it (migrations + the demo portfolio), a SQL client and
// an analyst's token.

export type Log = (message: string) => void;

export interface Cleanups {
  push(name: string, fn: () => Promise<unknown>): void;
  /** Runs every cleanup once, newest first; failures are logged, not thrown. */
  run(): Promise<void>;
}

export function createCleanups(log: Log): Cleanups {
  const stack: { name: string; fn: () => Promise<unknown> }[] = [];
  let running: Promise<void> | undefined;
  const run = () =>
    (running ??= (async () => {
      for (const { name, fn } of stack.reverse()) {
        try {
          await fn();
        } catch (error) {
          log(`cleanup "${name}" failed: ${(error as Error).message}`);
        }
      }
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void run().finally(() => process.exit(130));
    });
  }
  return { push: (name, fn) => stack.push({ name, fn }), run };
}

export interface BenchAppOptions {
  adminUrl: string;
  redisUrl: string;
  poolMax: number;
  demoCustomers: number;
  log: Log;
  cleanups: Cleanups;
  /** The demo world's clock (loans are paid up to its day); default the real clock. */
  clock?: () => Date;
  /** More configuration (environment variable names), e.g. CHAT_OFFLINE_TOKEN_DELAY_MS. */
  env?: Record<string, string>;
  /**
   * Run the app in its own process (bench/lib/app-process.ts) instead of this one, with this process environment
   * on top of ours — as a peer in a child process runs, and as production runs: NODE_ENV=production, which the
   * libraries read at load (graphql-js drops its development-mode checks), apart from the app's configuration.
   */
  childProcess?: { processEnv: Record<string, string> };
}

export interface BenchApp {
  db: BenchDatabase;
  /** The application, when it runs in this process (not with `childProcess`). */
  app?: Application;
  /** Its process, with `childProcess` (CPU time, profiles: bench/lib/app-process.ts). */
  child?: BenchProcess;
  url: string;
  /** A connection to the bench database, closed by the cleanups. */
  sql: Client;
  /** PostgreSQL's server_version. */
  postgresVersion: string;
  /** Authorization header of analyst@fingraph.dev. */
  analystHeaders: Record<string, string>;
}

/** A fresh `fg_bench_<random>` database with the real app on it (Redis keys under a random prefix). */
export async function startBenchApp(opts: BenchAppOptions): Promise<BenchApp> {
  const { log, cleanups } = opts;
  const db = await createBenchDatabase(opts.adminUrl);
  cleanups.push(`drop database ${db.name}`, () => db.drop());
  log(`database ${db.name} created`);

  const redisPrefix = `fgbench:${randomBytes(4).toString('hex')}:`;
  cleanups.push(`delete Redis keys ${redisPrefix}*`, () => deleteRedisKeys(opts.redisUrl, redisPrefix));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    DB_POOL_MAX: String(opts.poolMax),
    REDIS_URL: opts.redisUrl,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    JOBS_MODE: 'inprocess',
    SEED_DEMO: 'true',
    DEMO_CUSTOMERS: String(opts.demoCustomers),
    ...opts.env,
  };
  // The configuration is checked here first, wherever the app runs.
  const config = loadConfig(env);
  const started = Date.now();
  let app: Application | undefined;
  let child: BenchProcess | undefined;
  let url: string;
  try {
    if (opts.childProcess) {
      child = await startAppProcess(env, {
        clock: opts.clock?.(),
        processEnv: opts.childProcess.processEnv,
      });
      const proc = child;
      cleanups.push('stop fingraph (child process)', () => proc.stop());
      url = child.url;
    } else {
      const inProcess = await startApplication(config, { port: 0, host: '127.0.0.1', clock: opts.clock });
      cleanups.push('stop fingraph', () => inProcess.stop());
      app = inProcess;
      url = inProcess.server.url.replace('localhost', '127.0.0.1');
    }
  } catch (error) {
    log('the fingraph application failed to start');
    throw error;
  }
  log(
    `fingraph started${opts.childProcess ? ' in a child process' : ''} in ${Date.now() - started} ms at ${url}`,
  );

  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  cleanups.push('close SQL client', () => sql.end());
  const version = (await sql.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;

  const token = await loginDemo(url, 'analyst@fingraph.dev');
  return {
    db,
    app,
    child,
    url,
    sql,
    postgresVersion: version,
    analystHeaders: { authorization: `Bearer ${token}` },
  };
}

/**
 * Runs a benchmark's main: its number is the exit code; a failure is logged with its stack. Everything is stopped
 * by then, but if a handle still keeps the process alive, say so and leave anyway.
 */
export function runBenchMain(main: () => Promise<number>, log: Log): void {
  main()
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    })
    .finally(() => {
      setTimeout(() => {
        log('warning: open handles kept the process alive after cleanup; exiting');
        process.exit(process.exitCode ?? 1);
      }, 5_000).unref();
    });
}
