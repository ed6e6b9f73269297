import { Logger } from '../observability/logger';
import { InProcessJobRunner } from './in-process-job-runner';
import { JobRunner } from './job-runner';
import { PgBossJobRunner } from './pg-boss-job-runner';

export type { EnqueueOptions, JobContext, JobHandler, JobInfo, JobRunner, JobState } from './job-runner';
export { JOB_DEFAULTS } from './job-runner';
export { InProcessJobRunner, type InProcessJobRunnerOptions } from './in-process-job-runner';
export { PgBossJobRunner, type PgBossJobRunnerOptions } from './pg-boss-job-runner';

export interface JobRunnerOptions {
  mode: 'inprocess' | 'pgboss';
  /** PostgreSQL connection string; required for `pgboss`. */
  databaseUrl?: string;
  logger?: Logger;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  if (options.mode === 'inprocess') return new InProcessJobRunner({ logger: options.logger });
  if (!options.databaseUrl) throw new Error('the pgboss job mode needs a database URL');
  return new PgBossJobRunner({ connectionString: options.databaseUrl, logger: options.logger });
}
