import {
  bounded,
  createRedisClient,
  RedisCommandTimeoutError,
  withTimeout,
  type RedisClient,
} from './redis-client';

const REDIS_URL = process.env.REDIS_URL;

/** Holds the event loop, as a long synchronous stretch in the process (a model refit) or a starved machine does. */
function stall(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    /* busy */
  }
}

describe('withTimeout (the deadline of every Redis command)', () => {
  it('rejects with a RedisCommandTimeoutError naming the command when no reply comes', async () => {
    await expect(withTimeout(new Promise<never>(() => undefined), 30, 'XADD')).rejects.toThrow(
      new RedisCommandTimeoutError('XADD', 30),
    );
  });

  it('still rejects when the process stalled past the deadline and no reply comes (a bounded extension)', async () => {
    const started = Date.now();
    const pending = withTimeout(new Promise<never>(() => undefined), 30, 'GET');
    stall(300);
    await expect(pending).rejects.toThrow(new RedisCommandTimeoutError('GET', 30));
    // 30 ms, the stall, and at most three graces of 30 ms (a grace is at most the timeout itself).
    expect(Date.now() - started).toBeLessThan(300 + 30 + 3 * 30 + 500);
  });

  it('passes the command’s own error through', async () => {
    await expect(withTimeout(Promise.reject(new Error('WRONGTYPE')), 1_000, 'GET')).rejects.toThrow(
      'WRONGTYPE',
    );
  });
});

(REDIS_URL ? describe : describe.skip)(
  `bounded commands while this process stalls${REDIS_URL ? '' : ' (skipped: REDIS_URL not set)'}`,
  () => {
    let client: RedisClient;
    beforeAll(async () => {
      client = await createRedisClient(REDIS_URL!, {
        name: 'stall-test',
        timeouts: { commandTimeoutMs: 200 },
      });
    });
    afterAll(() => client.close());

    // Each case stalls the loop five times the timeout while Redis answers at once: the timer fires late and must
    // not win over the reply (before, all three rejected "redis PING timed out after 200 ms").
    it('keeps a reply when the loop stalls right after the command is issued (not yet written)', async () => {
      const reply = bounded(client, client.ping(), 'PING');
      stall(1_000);
      await expect(reply).resolves.toBe('PONG');
    });

    it('keeps a reply that came while the loop was stalled (written, answered, not yet read)', async () => {
      const reply = bounded(client, client.ping(), 'PING');
      await new Promise((r) => setImmediate(r));
      stall(1_000);
      await expect(reply).resolves.toBe('PONG');
    });

    it('keeps a reply when the stall happens inside a timer callback (due timers run before the sockets are read)', async () => {
      const reply = new Promise<string>((resolve, reject) =>
        setTimeout(() => {
          const pending = bounded(client, client.ping(), 'PING');
          stall(1_000);
          pending.then(resolve, reject);
        }, 0),
      );
      await expect(reply).resolves.toBe('PONG');
    });
  },
);
