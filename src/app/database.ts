import type { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { autoPrepare } from '../platform/database/auto-prepare';
import { createDataSource, poolOf } from '../platform/database/data-source';
import { startEmbeddedPostgres } from '../platform/database/embedded-postgres';
import type { Logger } from '../platform/observability/logger';
import { SqlLogger } from '../platform/observability/sql-stats';
import type { Config } from './config';
import { entities } from './entities';

export interface Database {
  readonly url: string;
  readonly embedded: boolean;
  readonly dataSource: DataSource;
  stop(): Promise<void>;
}

const MIGRATION_LOCK = 7_415_726_101; // pg_advisory_lock key shared by every replica

/** Applies pending migrations; with several replicas starting at once, one migrates while the others wait. */
export async function migrate(dataSource: DataSource, logger: Logger, useLock: boolean): Promise<void> {
  // With a single connection (PGlite) the lock would hold the only session: there is nobody to exclude anyway.
  const lock = useLock ? dataSource.createQueryRunner() : undefined;
  try {
    await lock?.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } finally {
    await lock?.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock?.release();
  }
}

// Embedded PGlite when no DATABASE_URL is given, the configured PostgreSQL otherwise; migrations run here.
export async function startDatabase(
  config: Config,
  logger: Logger,
  opts: { migrate?: boolean; onStatement?: () => void } = {},
): Promise<Database> {
  const embedded = config.database.url
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.database.dataDir, logger });
  const url = config.database.url ?? embedded!.url;
  const poolMax = embedded ? embedded.maxConnections : config.database.poolMax;
  const dataSource = createDataSource({
    url,
    entities,
    migrations,
    poolMax,
    statementTimeoutMs: config.database.statementTimeoutMs,
    connectionTimeoutMs: config.database.connectionTimeoutMs,
    idleTimeoutMs: config.database.idleTimeoutMs,
    // The embedded database lives in this process: a deadline would only cut its long statements (the seed).
    ...(embedded
      ? {}
      : {
          queryTimeoutMs: config.database.queryTimeoutMs,
          keepAliveInitialDelayMs: config.database.keepAliveInitialDelayMs,
        }),
    embedded: Boolean(embedded),
    logger: new SqlLogger(logger, opts.onStatement),
  });
  try {
    await dataSource.initialize();
    if (config.database.autoPrepare) autoPrepare(poolOf(dataSource)!);
    if (opts.migrate ?? true) await migrate(dataSource, logger, poolMax > 1);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    url,
    embedded: Boolean(embedded),
    dataSource,
    async stop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
