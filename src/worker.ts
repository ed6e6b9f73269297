import 'reflect-metadata';
import { ConfigError, loadConfig } from './app/config';
import { createContainer } from './app/container';
import { startDatabase } from './app/database';
import { createLogger } from './platform/observability/logger';

// Entry point of a job worker (`npm run worker`): services mode only; the embedded mode runs jobs in the API.
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.mode !== 'services') {
    throw new ConfigError(['The worker needs DATABASE_URL; in embedded mode jobs run inside `npm start`']);
  }
  const logger = createLogger(config.logLevel, { role: 'worker' });
  const database = await startDatabase(config, logger, { migrate: false });
  const container = await createContainer({ config, logger, dataSource: database.dataSource });
  await container.jobs.start();
  container.startSchedules();
  logger.info({ jobs: config.jobs.mode }, 'worker started');

  let exiting = false;
  const shutdown = async (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, 'worker shutting down');
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
