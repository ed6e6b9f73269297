import type { Config } from './config';
import { createContainer, Container } from './container';
import { createRequestContext } from './context';
import { startDatabase, Database } from './database';
import { assertNoDemoLogins, loadDemoData } from './demo-data';
import { startServer, RunningServer } from './server';
import { createLogger, Logger } from '../platform/observability/logger';
import type { Counsellor } from '../modules/chat';

export interface Application {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: Database;
  readonly container: Container;
  readonly server: RunningServer;
  /** Demo credentials when demo data was loaded on this start. */
  readonly demo?: { users: { email: string; password: string; role: string }[] };
  stop(): Promise<void>;
}

// Starts everything in order (database → migrations → adapters → demo data → jobs → HTTP/WS) and stops it in reverse.
export async function startApplication(
  config: Config,
  opts: { logger?: Logger; clock?: () => Date; port?: number; host?: string; counsellor?: Counsellor } = {},
): Promise<Application> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const database = await startDatabase(config, logger);
  let container: Container | undefined;
  try {
    container = await createContainer({
      config,
      logger,
      dataSource: database.dataSource,
      clock: opts.clock,
      counsellor: opts.counsellor,
    });
    // Production never serves the published demo logins (config already refuses SEED_DEMO there).
    if (config.env === 'production') await assertNoDemoLogins(container);
    const demo = config.seedDemo ? await loadDemoData(container) : undefined;
    if (config.loadBundledIndicators) {
      const { loaded } = await container.services.forecasting.loadIndicators(
        createRequestContext(container, { requestId: 'startup-indicators' }),
      );
      const changed = loaded.filter((l) => l.changed).map((l) => l.code);
      if (changed.length > 0) logger.info({ series: changed }, 'indicator series loaded');
    }
    if (config.jobs.runInApi) {
      await container.jobs.start();
      container.startSchedules();
    }
    const server = await startServer(container, { port: opts.port, host: opts.host });
    const running = container;
    let stopping: Promise<void> | undefined;
    return {
      config,
      logger,
      database,
      container: running,
      server,
      demo,
      stop() {
        stopping ??= (async () => {
          await server.stop();
          logger.debug('http and websocket servers drained');
          await running.close();
          logger.debug('adapters closed');
          await database.stop();
          logger.debug('database stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    await container?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
}
