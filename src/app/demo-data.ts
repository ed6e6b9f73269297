import type { PoolClient } from 'pg';
import { RequestScope, Role } from '../common/context';
import { detectBulkMethod, runSeed } from '../common/seed';
import { customersSeedPart } from '../modules/customers';
import type { Container } from './container';

export const DEMO_PASSWORD = 'fingraph-demo-2026';
export const DEMO_SEED = 'fingraph-demo';
/** The demo world's "today": fixed, so every laptop gets the very same people and histories. */
export const DEMO_NOW = new Date('2026-01-01T00:00:00Z');

export const DEMO_USERS = [
  { email: 'customer@fingraph.dev', role: Role.CUSTOMER },
  { email: 'analyst@fingraph.dev', role: Role.ANALYST },
  { email: 'admin@fingraph.dev', role: Role.ADMIN },
] as const;

export interface DemoData {
  users: { email: string; password: string; role: string }[];
}

// First start only: a small deterministic portfolio (same seed → same people) and one login per role.
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
    const report = await runSeed([customersSeedPart], {
      client,
      options: { customers: config.demoCustomers, seed: DEMO_SEED, now: DEMO_NOW },
      bulkMethod: await detectBulkMethod(client),
    });
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
    return demo;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
