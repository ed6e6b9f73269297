import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createLogger } from '../observability/logger';
import { createJobRunner, InProcessJobRunner, JobInfo, JobRunner, JobState, PgBossJobRunner } from './index';

const DATABASE_URL = process.env.DATABASE_URL;
const logger = createLogger('silent');

/** Polls get() until the job reaches one of the states (jobs run asynchronously, on pg-boss after a poll). */
async function settle(runner: JobRunner, id: string, states: JobState[]): Promise<JobInfo> {
  for (;;) {
    const info = await runner.get(id);
    if (info && states.includes(info.state)) return info;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

function describeJobRunnerContract(newRunner: () => JobRunner, stopTimeoutMs: number): void {
  let runner: JobRunner;
  let jobs = 0;
  let name: string;
  beforeEach(() => {
    runner = newRunner();
    name = `job-${++jobs}`;
  });
  afterEach(() => runner.stop(stopTimeoutMs));

  it('runs a job with its payload and context', async () => {
    const calls: unknown[] = [];
    runner.register<{ n: number }>(name, async (payload, ctx) => {
      calls.push({ payload, attempt: ctx.attempt, id: ctx.id, aborted: ctx.signal.aborted });
    });
    await runner.start();
    const id = await runner.enqueue(name, { n: 1 });
    expect(await settle(runner, id, ['completed', 'failed'])).toEqual({
      id,
      name,
      state: 'completed',
      attempts: 1,
    });
    expect(calls).toEqual([{ payload: { n: 1 }, attempt: 1, id, aborted: false }]);
  });

  it('keeps a job queued until a worker starts', async () => {
    const id = await runner.enqueue(name, { n: 1 });
    expect(await runner.get(id)).toMatchObject({ state: 'queued', attempts: 0 });
    runner.register(name, async () => undefined);
    await runner.start();
    expect((await settle(runner, id, ['completed'])).state).toBe('completed');
  });

  it('retries a failing job, then succeeds', async () => {
    const attempts: number[] = [];
    runner.register(name, async (_payload, ctx) => {
      attempts.push(ctx.attempt);
      if (ctx.attempt < 3) throw new Error(`attempt ${ctx.attempt} failed`);
    });
    await runner.start();
    // With a singletonKey too: a retried job keeps its key (the unique index must not trip on retries).
    const id = await runner.enqueue(name, {}, { retryLimit: 3, retryDelaySeconds: 0, singletonKey: 'k' });
    expect(await settle(runner, id, ['completed', 'failed'])).toMatchObject({
      state: 'completed',
      attempts: 3,
    });
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('fails a job once the retry limit is used up', async () => {
    let calls = 0;
    runner.register(name, async () => {
      calls += 1;
      throw new Error('boom');
    });
    await runner.start();
    const id = await runner.enqueue(name, {}, { retryLimit: 1, singletonKey: 'k' });
    expect(await settle(runner, id, ['completed', 'failed'])).toEqual({
      id,
      name,
      state: 'failed',
      attempts: 2,
      lastError: 'boom',
    });
    expect(calls).toBe(2);
    // A failed job no longer holds its singletonKey.
    expect(await runner.enqueue(name, {}, { singletonKey: 'k' })).not.toBe(id);
  });

  it('dedupes by singletonKey while a job is queued or running, not after', async () => {
    const release = gate();
    const started = gate();
    runner.register(name, async () => {
      started.open();
      await release.opened;
    });
    const first = await runner.enqueue(name, { n: 1 }, { singletonKey: 'customer-7' });
    expect(await runner.enqueue(name, { n: 2 }, { singletonKey: 'customer-7' })).toBe(first);
    const other = await runner.enqueue(name, { n: 3 }, { singletonKey: 'customer-8' });
    expect(other).not.toBe(first);
    await runner.start();
    await started.opened;
    expect(await runner.enqueue(name, { n: 4 }, { singletonKey: 'customer-7' })).toBe(first);
    release.open();
    await settle(runner, first, ['completed']);
    const again = await runner.enqueue(name, { n: 5 }, { singletonKey: 'customer-7' });
    expect(again).not.toBe(first);
    await settle(runner, again, ['completed']);
  });

  it('holds a job back until startAfterSeconds', async () => {
    runner.register(name, async () => undefined);
    await runner.start();
    const later = await runner.enqueue(name, {}, { startAfterSeconds: 3600 });
    const now = await runner.enqueue(name, {});
    await settle(runner, now, ['completed']);
    expect((await runner.get(later))?.state).toBe('queued');
  });

  it('runs up to `concurrency` jobs of a queue at once', async () => {
    const bothRunning = gate();
    let running = 0;
    runner.register(
      name,
      async () => {
        running += 1;
        if (running === 2) bothRunning.open();
        await bothRunning.opened;
      },
      { concurrency: 2 },
    );
    await runner.start();
    const ids = [await runner.enqueue(name, {}), await runner.enqueue(name, {})];
    for (const id of ids) expect((await settle(runner, id, ['completed', 'failed'])).state).toBe('completed');
  });

  it('finds jobs by id, with or without the name', async () => {
    const id = await runner.enqueue(name, {});
    expect((await runner.get(id, name))?.id).toBe(id);
    expect(await runner.get(id, `${name}-other`)).toBeUndefined();
    expect(await runner.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await runner.get('not-an-id')).toBeUndefined();
  });

  it('waits for running jobs on stop', async () => {
    const started = gate();
    let finished = false;
    runner.register(name, async () => {
      started.open();
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished = true;
    });
    await runner.start();
    await runner.enqueue(name, {});
    await started.opened;
    await runner.stop(30_000);
    expect(finished).toBe(true);
  });

  it('aborts the signal of jobs still running when the stop timeout passes', async () => {
    const started = gate();
    let signal: AbortSignal | undefined;
    runner.register(name, async (_payload, ctx) => {
      signal = ctx.signal;
      started.open();
      await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
    });
    await runner.start();
    await runner.enqueue(name, {});
    await started.opened;
    await runner.stop(stopTimeoutMs);
    expect(signal?.aborted).toBe(true);
  });
}

describe('InProcessJobRunner', () => {
  describeJobRunnerContract(() => new InProcessJobRunner({ logger }), 100);
});

(DATABASE_URL ? describe : describe.skip)(
  `PgBossJobRunner${DATABASE_URL ? '' : ' (skipped: DATABASE_URL not set)'}`,
  () => {
    // A database of its own per run: pg-boss installs its schema there and nothing is left behind.
    const database = `fg_jobs_test_${randomBytes(6).toString('hex')}`;
    const url = new URL(DATABASE_URL ?? 'postgres://localhost');
    url.pathname = `/${database}`;

    async function admin(sql: string): Promise<void> {
      const client = new Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    }

    beforeAll(() => admin(`CREATE DATABASE ${database}`));
    afterAll(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));

    // pg-boss's stop timeout is at least 1 s; 0.5 s is its shortest polling interval.
    describeJobRunnerContract(
      () => new PgBossJobRunner({ connectionString: url.toString(), logger, pollingIntervalSeconds: 0.5 }),
      1_000,
    );

    it('works as created by the factory (default polling)', async () => {
      const runner = createJobRunner({ mode: 'pgboss', databaseUrl: url.toString(), logger });
      try {
        runner.register('factory', async () => undefined);
        await runner.start();
        const id = await runner.enqueue('factory', {});
        expect((await settle(runner, id, ['completed', 'failed'])).state).toBe('completed');
      } finally {
        await runner.stop();
      }
    });

    it('keeps jobs across runner instances (durable)', async () => {
      const api = new PgBossJobRunner({ connectionString: url.toString(), logger });
      const worker = new PgBossJobRunner({
        connectionString: url.toString(),
        logger,
        pollingIntervalSeconds: 0.5,
      });
      try {
        const id = await api.enqueue('durable', { n: 1 });
        const seen: unknown[] = [];
        worker.register('durable', async (payload) => void seen.push(payload));
        await worker.start();
        await settle(api, id, ['completed']);
        expect(seen).toEqual([{ n: 1 }]);
      } finally {
        await Promise.all([api.stop(), worker.stop()]);
      }
    });
  },
);

describe('createJobRunner', () => {
  it('runs in-process when asked, and needs a database for pg-boss', () => {
    expect(createJobRunner({ mode: 'inprocess', logger })).toBeInstanceOf(InProcessJobRunner);
    expect(() => createJobRunner({ mode: 'pgboss' })).toThrow(/database URL/);
  });
});
