import 'reflect-metadata';
import { startApplication } from './app/application';
import { ConfigError, loadConfig } from './app/config';
import { DataDirLockedError } from './platform/database/embedded-postgres';

// Entry point: `npm start`. With no environment it runs fully embedded (PGlite + in-memory adapters).
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApplication(config);
  const { logger, server } = app;
  logger.info({ url: server.url, mode: config.mode }, 'fingraph listening');

  const lines = [
    '',
    `  fingraph is running (${config.mode} mode)`,
    config.graphql.graphiql
      ? `  GraphQL + GraphiQL:  ${server.url}`
      : `  GraphQL:            ${server.url}  (GraphiQL off: GRAPHIQL=false)`,
    `  WebSocket:           ${server.url.replace(/^http/, 'ws')}`,
    `  Health:              ${server.url.replace(/\/graphql$/, '/healthz')}`,
    `  Dashboard:           ${server.url.replace(/\/graphql$/, '/dashboard')}`,
    `  Loans (staff):       ${server.url.replace(/\/graphql$/, '/loans')}`,
    `  Chat widget:         ${server.url.replace(/\/graphql$/, '/chat')}`,
  ];
  if (app.demo) {
    lines.push('', '  Demo logins (created on first start; SEED_DEMO=false to skip):');
    for (const u of app.demo.users) lines.push(`    ${u.role.padEnd(8)} ${u.email}  /  ${u.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let exiting = false;
  const shutdown = async (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`fingraph failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
