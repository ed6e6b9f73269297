import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { RequestScope, Role, type RequestContext } from '../common/context';
import { AuditRepository, AuditService, type ChainProblem } from '../modules/audit';
import type { Logger } from '../platform/observability/logger';
import type { Config } from './config';

// The compliance trail outside requests: `npm run audit:verify`, `npm run audit:purge` and the periodic purge of
// the process that runs jobs.

function systemContext(dataSource: DataSource, logger: Logger, now: () => Date): RequestContext {
  const requestId = `audit-${randomUUID()}`;
  return {
    requestId,
    viewer: { userId: 'system', role: Role.ADMIN },
    manager: dataSource.manager,
    scope: new RequestScope(),
    logger: logger.child({ requestId }),
    now,
  };
}

export async function verifyAuditTrail(
  config: Config,
  dataSource: DataSource,
  logger: Logger,
): Promise<{ rows: number; problems: ChainProblem[] }> {
  const service = new AuditService(new AuditRepository(), { retentionDays: config.audit.retentionDays });
  return service.verify(systemContext(dataSource, logger, () => new Date()));
}

export async function purgeAuditTrail(
  config: Config,
  dataSource: DataSource,
  logger: Logger,
  now: () => Date = () => new Date(),
): Promise<number> {
  const service = new AuditService(new AuditRepository(), { retentionDays: config.audit.retentionDays });
  return service.purgeExpired(systemContext(dataSource, logger, now));
}

/** Purges expired rows now and every AUDIT_PURGE_INTERVAL_HOURS; returns the stop function. */
export function scheduleAuditPurge(
  config: Config,
  dataSource: DataSource,
  logger: Logger,
  now: () => Date,
): () => void {
  const run = () =>
    purgeAuditTrail(config, dataSource, logger, now).then(
      (deleted) => deleted > 0 && logger.info({ deleted }, 'expired audit rows purged'),
      (err: unknown) => logger.warn({ err }, 'audit purge failed; retried at the next interval'),
    );
  void run();
  const timer = setInterval(run, config.audit.purgeIntervalHours * 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
}
