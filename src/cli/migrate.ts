import 'reflect-metadata';
import { ConfigError, loadConfig } from '../app/config';
import { migrate, startDatabase } from '../app/database';
import { createLogger } from '../platform/observability/logger';

// `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'info');
  const db = await startDatabase(config, logger, { migrate: false });
  try {
    const pending = await db.dataSource.showMigrations();
    await migrate(db.dataSource, logger, !db.embedded && config.database.poolMax > 1);
    process.stdout.write(pending ? 'Migrations applied.\n' : 'Database is up to date.\n');
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
