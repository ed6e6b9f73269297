import 'reflect-metadata';
import { ConfigError, loadConfig } from './app/config';
import { createContainer } from './app/container';
import { startDatabase } from './app/database';
import { createLogger } from './platform/observability/logger';
import { Metrics } from './platform/observability/metrics';
import { startMetricsServer } from './app/metrics';
import { scheduleAuditPurge } from './app/audit-trail';

// Entry point of a job worker (`npm run worker`): services mode only; the embedded mode runs jobs in the API.
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.mode !== 'services') {
    throw new ConfigError(['The worker needs DATABASE_URL; in embedded mode jobs run inside `npm start`']);
  }
  const logger = createLogger(config.logLevel, { role: 'worker' });
  const metrics = new Metrics();
  const database = await startDatabase(config, logger, {
    migrate: false,
    onStatement: () => metrics.sqlStatements.inc(),
  });
  const container = await createContainer({ config, logger, dataSource: database.dataSource, metrics });
  await container.jobs.start();
  container.startSchedules();
  const stopPurge = scheduleAuditPurge(config, database.dataSource, logger, container.clock);
  // A worker has no API port: its job, import and SQL metrics are scraped from METRICS_PORT.
  const metricsServer =
    config.metrics.port !== undefined
      ? await startMetricsServer(metrics, config.metrics.port, config.metrics.host)
      : undefined;
  logger.info({ jobs: config.jobs.mode }, 'worker started');

  let exiting = false;
  const shutdown = async (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, 'worker shutting down');
    stopPurge();
    await metricsServer?.close();
    await container.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
