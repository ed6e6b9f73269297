import type { Config } from './config';
import { createContainer, Container } from './container';
import { createRequestContext } from './context';
import { startDatabase, Database } from './database';
import { assertNoDemoLogins, loadDemoData } from './demo-data';
import { startServer, RunningServer } from './server';
import { createLogger, Logger } from '../platform/observability/logger';
import { Metrics } from '../platform/observability/metrics';
import { startMetricsServer } from './metrics';
import { scheduleAuditPurge } from './audit-trail';
import type { Counsellor } from '../modules/chat';

export interface Application {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: Database;
  readonly container: Container;
  readonly server: RunningServer;
  /** The separate metrics listener (METRICS_PORT), when configured. */
  readonly metricsPort?: number;
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
  const metrics = new Metrics();
  const database = await startDatabase(config, logger, { onStatement: () => metrics.sqlStatements.inc() });
  let container: Container | undefined;
  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  try {
    container = await createContainer({
      metrics,
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
    // Retention of the compliance trail runs where jobs run.
    const stopPurge = config.jobs.runInApi
      ? scheduleAuditPurge(config, database.dataSource, logger, container.clock)
      : () => undefined;
    const server = await startServer(container, { port: opts.port, host: opts.host });
    if (config.metrics.port !== undefined)
      metricsServer = await startMetricsServer(metrics, config.metrics.port, config.metrics.host);
    const running = container;
    let stopping: Promise<void> | undefined;
    return {
      config,
      logger,
      database,
      container: running,
      server,
      metricsPort: metricsServer?.port,
      demo,
      stop() {
        stopping ??= (async () => {
          stopPurge();
          await server.stop();
          await metricsServer?.close();
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
    await metricsServer?.close().catch(() => undefined);
    await container?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
}
