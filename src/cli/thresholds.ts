import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../app/config';
import { createContainer } from '../app/container';
import { createRequestContext } from '../app/context';
import { startDatabase } from '../app/database';
import { Role } from '../common/context';
import { DEFAULT_MIN_GROUP_SIZE } from '../modules/scenarios';
import { createLogger } from '../platform/observability/logger';

// `npm run thresholds -- [--as-of YYYY-MM-DD] [--min-group N]`: computes a new scenario threshold set from the
// stored customer quarters and loans (percentiles per age band × region, everyone as the fallback) and prints
// its version and rows. The same work runs as the `scenarios.compute-thresholds` job.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'as-of': { type: 'string' }, 'min-group': { type: 'string' } },
  });
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const db = await startDatabase(config, logger);
  const container = await createContainer({ config, logger, dataSource: db.dataSource });
  try {
    const minGroup = values['min-group'] === undefined ? DEFAULT_MIN_GROUP_SIZE : Number(values['min-group']);
    const set = await container.services.scenarios.computeThresholds(
      createRequestContext(container, {
        requestId: 'thresholds',
        viewer: { userId: 'system', role: Role.ADMIN },
      }),
      values['as-of'],
      minGroup,
    );
    process.stdout.write(`version ${set.version}: ${set.customers} customers, ${set.groups} peer groups\n`);
    const f = (v: number | null) => (v === null ? '—' : v.toFixed(4)).padStart(9);
    process.stdout.write(
      'age   region        n     spend/inc  spendQoQ   DSR P90  liq P20   rate P75  inc P10\n',
    );
    for (const r of set.rows)
      process.stdout.write(
        `${r.ageBand.padEnd(5)} ${r.region.padEnd(12)} ${String(r.sampleSize).padStart(5)} ${f(r.spendToIncomeP80)} ${f(r.spendQoqChangeP80)} ${f(r.dsrP90)} ${f(r.liquidityMonthsP20)} ${f(r.weightedLoanRateP75)} ${f(r.incomeChangeP10)}\n`,
      );
    process.stdout.write(
      `${JSON.stringify({ version: set.version, customers: set.customers, groups: set.groups })}\n`,
    );
  } finally {
    await container.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
