import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../app/config';
import { createContainer } from '../app/container';
import { createRequestContext } from '../app/context';
import { startDatabase } from '../app/database';
import { createLogger } from '../platform/observability/logger';

// `npm run seed:indicators -- [--dir ../shared/data]`: loads the bundled FRED series and, from --dir, the Bank
// of Korea series (not redistributed with fingraph: their files stay where they are). Re-running is safe: an
// unchanged series is left alone, a changed one gets a new version (and fresh forecasts).
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const db = await startDatabase(config, logger);
  const container = await createContainer({ config, logger, dataSource: db.dataSource });
  try {
    const { loaded, missing } = await container.services.forecasting.loadIndicators(
      createRequestContext(container, { requestId: 'seed-indicators' }),
      { dataDir: values.dir },
    );
    for (const l of loaded)
      process.stdout.write(
        `${l.code.padEnd(24)} ${String(l.observations).padStart(5)} observations  version ${l.version}${l.changed ? '' : ' (unchanged)'}\n`,
      );
    for (const m of missing) process.stderr.write(`missing: ${m}\n`);
    if (!values.dir) process.stdout.write('Korean series: pass --dir ../shared/data to load them.\n');
  } finally {
    await container.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
