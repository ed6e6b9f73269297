import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../app/config';
import { createContainer } from '../app/container';
import { createRequestContext } from '../app/context';
import { startDatabase } from '../app/database';
import { Role } from '../common/context';
import { createLogger } from '../platform/observability/logger';

// `npm run refit -- [--as-of YYYY-MM-DD] [--seed S]`: fits new versions of the insight models (life-stage
// thresholds from feedback, clusters, peer percentiles, isolation forest) from the stored data and prints
// them. The same work runs as the `insights.refit` job; requests only ever read the stored versions.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' }, seed: { type: 'string' } } });
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const db = await startDatabase(config, logger);
  const container = await createContainer({ config, logger, dataSource: db.dataSource });
  try {
    const started = performance.now();
    const summary = await container.services.insightModels.refit(
      createRequestContext(container, { requestId: 'refit', viewer: { userId: 'system', role: Role.ADMIN } }),
      values['as-of'],
      values.seed,
    );
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`refit as of ${summary.asOf} on ${summary.quarter} in ${ms} ms\n`);
    for (const v of summary.versions)
      process.stdout.write(`  ${v.version.padEnd(44)} ${JSON.stringify(v.training)}\n`);
    for (const s of summary.skipped) process.stdout.write(`  skipped ${s}\n`);
    process.stdout.write(`${JSON.stringify({ ...summary, ms })}\n`);
  } finally {
    await container.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
