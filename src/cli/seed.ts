import 'reflect-metadata';
import { DatabaseError, type PoolClient } from 'pg';
import { Presets, SingleBar } from 'cli-progress';
import { type Config, ConfigError, loadConfig } from '../app/config';
import { startDatabase } from '../app/database';
import {
  type ProgressReporter,
  SEED_USAGE,
  type SeedArgs,
  type SeedPart,
  SeedUsageError,
  detectBulkMethod,
  parseSeedArgs,
  runSeedInTransaction,
  silentProgress,
} from '../common/seed';
import { CustomerNumbersTakenError, customersSeedPart } from '../modules/customers';
import { spendingSeedPart } from '../modules/spending';
import { createLogger } from '../platform/observability/logger';

// `npm run seed -- --customers N --seed S --now YYYY-MM-DD`: a deterministic synthetic population, written
// in one transaction (all or nothing). Re-running into a database that already holds the generated customer
// numbers stops before writing anything, with a clear message: seeding never merges into existing data.

/** Every part of the synthetic world; runSeed orders them by dependsOn. Later domains add theirs here. */
const SEED_PARTS: readonly SeedPart[] = [customersSeedPart, spendingSeedPart];

/** A progress bar per part on stderr when it is a terminal; nothing otherwise (CI logs, pipes). */
function createProgress(stream: NodeJS.WriteStream): ProgressReporter {
  if (!stream.isTTY) return silentProgress;
  let bar: SingleBar | undefined;
  return {
    start(task, total) {
      bar = new SingleBar(
        {
          stream,
          format:
            '{task} [{bar}] {percentage}% | {value}/{total} rows | {duration_formatted} | ETA {eta_formatted}',
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(total, 0, { task });
    },
    update(done) {
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

/** An instant as Korean local time, e.g. 2025-11-21T00:00:00+09:00 (what --now means). */
function kstTimestamp(at: Date): string {
  return new Date(at.getTime() + 9 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+09:00');
}

/** A message for the operator: expected failures without a stack trace. */
function describeFailure(error: unknown): string {
  if (error instanceof CustomerNumbersTakenError) return error.message;
  if (error instanceof DatabaseError && error.code === '23505') {
    return (
      `Seeding stopped: ${error.message}${error.detail ? ` (${error.detail})` : ''}. ` +
      'Nothing was written; seed into an empty database.'
    );
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<number> {
  let args: SeedArgs;
  let config: Config;
  try {
    args = parseSeedArgs(process.argv.slice(2), new Date()); // the seed's only clock read
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof SeedUsageError || error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n${error instanceof SeedUsageError ? `\n${SEED_USAGE}\n` : ''}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${SEED_USAGE}\n`);
    return 0;
  }

  const db = await startDatabase(config, createLogger(config.logLevel));
  const runner = db.dataSource.createQueryRunner();
  const progress = createProgress(process.stderr);
  try {
    // The DataSource's own connection: PGlite serves only one, so a second pool could not connect.
    const client = (await runner.connect()) as PoolClient;
    const report = await runSeedInTransaction(SEED_PARTS, {
      client,
      options: args,
      bulkMethod: await detectBulkMethod(client),
      progress,
    });
    const seconds = report.ms / 1000;
    const rate = Math.round(report.totalRows / seconds).toLocaleString('en');
    process.stdout.write(
      `Seeded ${args.customers.toLocaleString('en')} customers (${report.totalRows.toLocaleString('en')} rows) ` +
        `in ${seconds.toFixed(2)} s, ${rate} rows/s (seed "${args.seed}", now ${kstTimestamp(args.now)})\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${describeFailure(error)}\n`);
    return 1;
  } finally {
    await runner.release();
    await db.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeFailure(error)}\n`);
    process.exitCode = 1;
  },
);
