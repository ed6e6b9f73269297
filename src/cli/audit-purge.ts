import 'reflect-metadata';
import { purgeAuditTrail } from '../app/audit-trail';
import { ConfigError, loadConfig } from '../app/config';
import { startDatabase } from '../app/database';
import { createLogger } from '../platform/observability/logger';

// `npm run audit:purge`: deletes compliance-trail rows older than AUDIT_RETENTION_DAYS (the process running jobs
// also does this every AUDIT_PURGE_INTERVAL_HOURS). The chains stay verifiable: their anchors move.
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const db = await startDatabase(config, logger, { migrate: false });
  try {
    const deleted = await purgeAuditTrail(config, db.dataSource, logger);
    process.stdout.write(`${deleted} audit rows older than ${config.audit.retentionDays} days deleted\n`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
