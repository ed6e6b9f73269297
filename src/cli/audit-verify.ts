import 'reflect-metadata';
import { verifyAuditTrail } from '../app/audit-trail';
import { ConfigError, loadConfig } from '../app/config';
import { startDatabase } from '../app/database';
import { createLogger } from '../platform/observability/logger';

// `npm run audit:verify`: recomputes the hash of every compliance-trail row (advice_audit, audit_event) and checks
// each row's link to the one before it. Prints every changed or deleted row by table and id; exits 1 if any,
// 0 when the trail is intact. Runs against DATABASE_URL (or the embedded database when the API is stopped).
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const db = await startDatabase(config, logger, { migrate: false });
  try {
    const { rows, problems } = await verifyAuditTrail(config, db.dataSource, logger);
    for (const p of problems) process.stdout.write(`TAMPERED ${p.kind} ${p.message}\n`);
    process.stdout.write(
      problems.length === 0
        ? `audit trail intact: ${rows} rows verified\n`
        : `audit trail BROKEN: ${problems.length} problem(s) in ${rows} rows\n`,
    );
    process.exitCode = problems.length === 0 ? 0 : 1;
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(error instanceof ConfigError ? 2 : 3);
});
