import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/app/config';
import { createContainer } from '../src/app/container';
import { createRequestContext } from '../src/app/context';
import { startDatabase } from '../src/app/database';
import { Role } from '../src/common/context';
import { createLogger } from '../src/platform/observability/logger';
import { createBenchDatabase, machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';

// `npm run bench:scenarios` — scenario evaluations per second for N customers (default 100,000) read from SQL,
// against real PostgreSQL: a fresh bench database, customers with two quarters each and a loan for every
// third one written with generate_series; then (1) one threshold computation over everyone (percentile_cont
// per peer group) and (2) ScenariosService.forCustomer for every customer in pages of PAGE (one request
// context per page, as `customers(first: PAGE) { scenarios }` would: the other modules' loaders batch the reads).

const int = (raw: string | undefined, fallback: number) =>
  raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CUSTOMERS = int(process.env.BENCH_CUSTOMERS, 100_000);
const PAGE = int(process.env.BENCH_PAGE, 500);
const COMMAND = 'npm run bench:scenarios';

const REGIONS = `ARRAY['SEOUL','BUSAN','DAEGU','INCHEON','GWANGJU','DAEJEON','ULSAN','SEJONG','GYEONGGI','GANGWON','CHUNGBUK','CHUNGNAM','JEONBUK','JEONNAM','GYEONGBUK','GYEONGNAM','JEJU']`;

async function main(): Promise<void> {
  const db = await createBenchDatabase(ADMIN_URL, 'fg_bench_scen');
  const logger = createLogger('warn');
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    JWT_SECRET: 'x'.repeat(40),
    SEED_DEMO: 'false',
    JOBS_MODE: 'inprocess',
  });
  const database = await startDatabase(config, logger);
  const container = await createContainer({ config, logger, dataSource: database.dataSource });
  const q = (sql: string, params: unknown[] = []) => database.dataSource.query(sql, params);
  try {
    const t0 = performance.now();
    await q(
      `INSERT INTO customer (name, birth_date, gender, region, household_size, employment, annual_income, credit_score)
       SELECT 'bench ' || i, date '1950-01-01' + ((i * 7919) % 18000)::int, CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
         (${REGIONS})[(1 + (i * 31) % 17)::int], 1 + i % 4, 'SALARIED', 20000000 + (i * 104729) % 80000000, 500 + i % 400
       FROM generate_series(1::bigint, $1::bigint) AS i`,
      [CUSTOMERS],
    );
    await q(
      `INSERT INTO customer_quarter (customer_id, quarter_start, source, total_amount, transaction_count, income, deposit_balance)
       SELECT c.id, qs, 'IMPORTED', 1000000 + (abs(hashtext(c.id::text || qs::text)) % 9000000), 30,
         annual_income / 4 * (90 + abs(hashtext(c.id::text)) % 20) / 100, abs(hashtext(qs::text || c.id::text)) % 50000000
       FROM customer c CROSS JOIN (VALUES (date '2025-07-01'), (date '2025-10-01')) AS v(qs)`,
    );
    await q(
      `INSERT INTO loan (customer_id, kind, repayment_method, rate_type, lender, lender_type, principal, annual_rate,
         term_months, disbursed_on, maturity_on, outstanding_principal)
       SELECT c.id, 'CREDIT', 'LEVEL_PAYMENT', 'FIXED', 'bench', 'BANK', 30000000, 0.04 + (abs(hashtext(c.id::text)) % 80) / 1000.0,
         60, date '2026-11-01', date '2031-11-01', 30000000
       FROM customer c WHERE abs(hashtext(c.id::text)) % 3 = 0`,
    );
    const [{ loans }] = await q(`SELECT count(*)::int AS loans FROM loan`);
    const setupSeconds = (performance.now() - t0) / 1000;

    const admin = { userId: 'bench', role: Role.ADMIN };
    const t1 = performance.now();
    const set = await container.services.scenarios.computeThresholds(
      createRequestContext(container, { viewer: admin }),
    );
    const thresholdSeconds = (performance.now() - t1) / 1000;

    const ids: string[] = (await q(`SELECT id FROM customer ORDER BY id`)).map((r: { id: string }) => r.id);
    const counts = new Map<string, number>();
    const t2 = performance.now();
    for (let i = 0; i < ids.length; i += PAGE) {
      const ctx = createRequestContext(container, { viewer: admin });
      const page = await Promise.all(
        ids.slice(i, i + PAGE).map((id) => container.services.scenarios.forCustomer(ctx, id)),
      );
      for (const e of page) {
        const label = e.primary?.label ?? 'NONE';
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    }
    const evalSeconds = (performance.now() - t2) / 1000;
    const perSecond = round(ids.length / evalSeconds, 0);
    const at = new Date();
    const data = {
      command: COMMAND,
      at: at.toISOString(),
      machine: machineNotes((await q('SHOW server_version'))[0].server_version),
      customers: ids.length,
      loans,
      page: PAGE,
      setupSeconds: round(setupSeconds),
      thresholds: { version: set.version, groups: set.groups, seconds: round(thresholdSeconds) },
      evaluations: { seconds: round(evalSeconds), perSecond },
      primaryLabels: Object.fromEntries([...counts.entries()].sort()),
    };
    await writeResults('scenarios', at, data);
    await updateReadmeSection(
      'scenarios',
      `## scenarios — scenario evaluations per second from SQL

\`${COMMAND}\` (env: BENCH_CUSTOMERS, BENCH_PAGE, BENCH_DATABASE_URL). Fresh PostgreSQL database; ${ids.length.toLocaleString('en')}
customers with two quarters each and ${loans.toLocaleString('en')} level-payment loans (generate_series); evaluation through
\`ScenariosService.forCustomer\` in pages of ${PAGE} per request context (the path of \`customers { scenarios }\`).

### Latest run — ${at.toISOString()}

| step | figure |
|---|---|
| threshold set over everyone (${set.groups} peer groups, ${set.version}) | ${round(thresholdSeconds)} s |
| evaluations | ${perSecond.toLocaleString('en')} customers/s (${round(evalSeconds)} s for ${ids.length.toLocaleString('en')}) |

Primary scenarios: ${[...counts.entries()]
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}. Node ${process.version}, PostgreSQL ${data.machine.postgres}, 2 shared cores.`,
    );
    console.log(JSON.stringify(data));
  } finally {
    await container.close();
    await database.stop();
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
