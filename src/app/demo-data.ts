import type { PoolClient } from 'pg';
import { RequestScope, Role } from '../common/context';
import { detectBulkMethod, runSeed } from '../common/seed';
import { withoutQueryDeadline } from '../platform/database/bulk-session';
import { koreanDate } from '../common/dates';
import { customersSeedPart } from '../modules/customers';
import { createLoansSeedPart } from '../modules/loans';
import { spendingSeedPart } from '../modules/spending';
import { INSIGHTS_REFIT_JOB, type InsightsRefitJob } from '../modules/insights';
import type { Container } from './container';

export const DEMO_PASSWORD = 'fingraph-demo-2026';
export const DEMO_SEED = 'fingraph-demo';
/** Seconds between a first start and the demo's first insight-model refit (a background job). */
export const DEMO_REFIT_DELAY_SECONDS = 10;
/**
 * The demo world's "now": midnight in Korea at the start of the day the demo is first loaded. Loans are
 * disbursed before it and paid up to it, so a fresh demo shows a live portfolio (not one years in arrears);
 * the same day gives the very same people, loans and histories on every laptop.
 */
export function demoNow(at: Date): Date {
  return new Date(`${koreanDate(at)}T00:00:00+09:00`);
}

export const DEMO_USERS = [
  { email: 'customer@fingraph.dev', role: Role.CUSTOMER },
  { email: 'analyst@fingraph.dev', role: Role.ANALYST },
  { email: 'admin@fingraph.dev', role: Role.ADMIN },
] as const;

/** Thrown at a production start whose database holds the demo logins (their password is in the README). */
export class DemoLoginsInProductionError extends Error {
  constructor(readonly emails: string[]) {
    super(
      `Refusing to start in production: the database holds the demo logins ${emails.join(', ')}, whose ` +
        'password is published. Delete these accounts (or start the database without demo data) first.',
    );
    this.name = 'DemoLoginsInProductionError';
  }
}

/**
 * A production start refuses a database that holds any demo login (decision: refuse rather than silently
 * disable — an operator must notice that a demo database went live). One indexed statement.
 */
export async function assertNoDemoLogins(container: Container): Promise<void> {
  const rows = (await container.dataSource.query(
    `SELECT lower(email) AS email FROM app_user WHERE lower(email) = ANY($1::text[]) ORDER BY 1`,
    [DEMO_USERS.map((u) => u.email)],
  )) as { email: string }[];
  if (rows.length > 0) throw new DemoLoginsInProductionError(rows.map((r) => r.email));
}

export interface DemoData {
  users: { email: string; password: string; role: string }[];
}

// First start only: a small deterministic portfolio (same seed and day → same people and loans) and one
// login per role.
// Everything is written in one transaction, so an interrupted first start leaves nothing half-written.
export async function loadDemoData(container: Container): Promise<DemoData> {
  const demo = { users: DEMO_USERS.map((u) => ({ email: u.email, password: DEMO_PASSWORD, role: u.role })) };
  const { dataSource, config, logger } = container;
  const [{ count }] = (await dataSource.query(
    `SELECT count(*)::int AS count FROM app_user WHERE lower(email) = $1`,
    [DEMO_USERS[2].email],
  )) as { count: number }[];
  if (count > 0) return demo;

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const client = (await runner.connect()) as PoolClient;
    // A bulk load, not a request: neither the API's statement timeout nor node-pg's deadline applies to it (a busy
    // machine once stretched the demo card transactions' COPY past both and the first start failed).
    await client.query('SET LOCAL statement_timeout = 0');
    const parts = [customersSeedPart, createLoansSeedPart(config.moneyRounding)];
    // Cards, transactions and 9 quarters (8 complete + the current one to date) for insights and charts.
    if (config.demoSpending) parts.push(spendingSeedPart);
    const report = await withoutQueryDeadline(client, async () =>
      runSeed(parts, {
        client,
        options: { customers: config.demoCustomers, seed: DEMO_SEED, now: demoNow(container.clock()) },
        bulkMethod: await detectBulkMethod(client),
      }),
    );
    const [first] = (await runner.query(`SELECT id FROM customer ORDER BY customer_number LIMIT 1`)) as {
      id: string;
    }[];
    const ctx = {
      requestId: 'demo-data',
      manager: runner.manager,
      scope: new RequestScope(),
      logger,
      now: container.clock,
    };
    for (const user of DEMO_USERS) {
      await container.services.auth.createUser(ctx, {
        email: user.email,
        password: DEMO_PASSWORD,
        role: user.role,
        customerId: user.role === Role.CUSTOMER ? first.id : undefined,
      });
    }
    await runner.commitTransaction();
    logger.info({ rows: report.totalRows, ms: Math.round(report.ms) }, 'demo data loaded');
    // Fit the first insight models (clusters, peers, forest…) in the background, DEMO_REFIT_DELAY_SECONDS after
    // the start: run at once, the refit held the event loop and PGlite's only connection for seconds just when
    // the first queries of a fresh start arrive (until it lands, insights use the flagged defaults).
    if (config.demoSpending)
      await container.jobs.enqueue<InsightsRefitJob>(
        INSIGHTS_REFIT_JOB,
        {},
        { singletonKey: 'demo', startAfterSeconds: DEMO_REFIT_DELAY_SECONDS },
      );
    return demo;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
