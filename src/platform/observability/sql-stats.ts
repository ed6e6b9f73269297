import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';

// Counts SQL statements per request (AsyncLocalStorage), so N+1 regressions show in logs, in the
// x-sql-statements header (outside production) and in the benchmarks; logs slow and failed queries.

interface SqlStats {
  statements: number;
}

const storage = new AsyncLocalStorage<SqlStats>();

export function withSqlStats<T>(fn: () => T): T {
  return storage.run({ statements: 0 }, fn);
}

/**
 * Runs `fn` outside the request's count: for per-request overhead that is not the operation's own work (the
 * session check's occasional user lookup), so the count stays a measure of the query's statements.
 */
export function withoutSqlStats<T>(fn: () => T): T {
  // A throw-away counter rather than storage.exit(): exit() disables and re-enables the store, which toggles
  // V8's promise hooks process-wide on every call (about 0.15 ms per request in the customers profile).
  return storage.run({ statements: 0 }, fn);
}

/** The current request's live counter (read it later, e.g. when the response finishes). */
export function sqlStatementsRef(): { readonly statements: number } {
  return storage.getStore() ?? { statements: 0 };
}

/** Statements run so far in the current request, or undefined outside one. */
export function sqlStatementCount(): number | undefined {
  return storage.getStore()?.statements;
}

const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

export class SqlLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    const stats = storage.getStore();
    if (stats && !TRANSACTION_CONTROL.test(query.trimStart())) stats.statements++;
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.logger.warn({ err: error, query: query.slice(0, 500) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
    else this.logger.debug({ message }, 'typeorm');
  }
}
