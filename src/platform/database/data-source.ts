import type { Pool } from 'pg';
import { DataSource, EntitySchema, Logger, MixedList } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export interface DataSourceOptions {
  url: string;
  entities: MixedList<string | Function | EntitySchema>;
  migrations: MixedList<string | Function>;
  poolMax: number;
  statementTimeoutMs: number;
  connectionTimeoutMs: number;
  idleTimeoutMs: number;
  /**
   * Client-side deadline per query (node-pg `query_timeout`). statement_timeout is enforced by the server, so it
   * never fires when the server is frozen or the network drops packets; this does. Unset → none.
   */
  queryTimeoutMs?: number;
  /** TCP keepalive on every pool connection, first probe after this idle time. Unset → keepalive off. */
  keepAliveInitialDelayMs?: number;
  /** PGlite ignores session settings sent at startup; real PostgreSQL enforces them. */
  embedded?: boolean;
  /** Receives every statement (counting, slow-query and error logs). */
  logger?: Logger;
  slowQueryMs?: number;
}

// One factory for every DataSource (API, worker, CLI, tests): same pool limits and timeouts everywhere.
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: Boolean(opts.logger),
    logger: opts.logger,
    maxQueryExecutionTime: opts.slowQueryMs ?? 1_000,
    applicationName: 'fingraph',
    // Tables use gen_random_uuid() (core since PostgreSQL 13): no extension to install, no superuser needed.
    installExtensions: false,
    extra: {
      max: opts.poolMax,
      connectionTimeoutMillis: opts.connectionTimeoutMs,
      idleTimeoutMillis: opts.idleTimeoutMs,
      ...(opts.queryTimeoutMs ? { query_timeout: opts.queryTimeoutMs } : {}),
      ...(opts.keepAliveInitialDelayMs
        ? { keepAlive: true, keepAliveInitialDelayMillis: opts.keepAliveInitialDelayMs }
        : {}),
      ...(opts.embedded
        ? {}
        : {
            statement_timeout: opts.statementTimeoutMs,
            idle_in_transaction_session_timeout: opts.statementTimeoutMs * 2,
          }),
    },
  });
}

/** node-pg's pool behind an initialised DataSource (undefined before `initialize()`). */
export const poolOf = (dataSource: DataSource): Pool | undefined =>
  (dataSource.driver as PostgresDriver).master as Pool | undefined;
