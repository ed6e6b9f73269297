import { Logger } from '../observability/logger';
import { JobHandler } from './job-runner';

interface Running {
  controller: AbortController;
  settled: Promise<void>;
}

/** Runs handler attempts for both runners: one AbortSignal per attempt, failures logged, in-flight set for stop(). */
export class RunningJobs {
  private readonly running = new Set<Running>();

  constructor(private readonly logger: Logger) {}

  get size(): number {
    return this.running.size;
  }

  /** One attempt; rejects with the handler's error so the caller can retry or fail the job. */
  async run<P>(
    handler: JobHandler<P>,
    payload: P,
    job: { id: string; name: string; attempt: number },
  ): Promise<void> {
    const controller = new AbortController();
    // The async wrapper turns a synchronous throw into a rejection like any other failure.
    const done = (async () =>
      handler(payload, { id: job.id, attempt: job.attempt, signal: controller.signal }))();
    const entry: Running = { controller, settled: done.then(noop, noop) };
    this.running.add(entry);
    try {
      await done;
    } catch (err) {
      this.logger.warn({ err, job: job.name, jobId: job.id, attempt: job.attempt }, 'job attempt failed');
      throw err;
    } finally {
      this.running.delete(entry);
    }
  }

  /** Waits for the running attempts up to timeoutMs, then aborts those still running. */
  async drain(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all([...this.running].map((r) => r.settled)), timeout]);
    clearTimeout(timer);
    this.abortAll();
  }

  abortAll(): void {
    for (const { controller } of this.running) controller.abort();
  }
}

function noop(): void {}
