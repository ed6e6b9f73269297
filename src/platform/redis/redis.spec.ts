import { Writable } from 'node:stream';
import pino from 'pino';
import { createRedisClient, duplicateRedisClient, pingRedis } from './index';

const REDIS_URL = process.env.REDIS_URL;

/** A real pino logger whose lines are kept for assertions. */
function capturingLogger() {
  const lines: Array<{ msg: string; redis?: string }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string; redis?: string });
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, sink), lines };
}

describe('createRedisClient', () => {
  it('logs connection errors instead of crashing, and gives up after connectTimeoutMs', async () => {
    const { logger, lines } = capturingLogger();
    // Port 1: nothing listens there, so every connection attempt is refused.
    await expect(
      createRedisClient('redis://127.0.0.1:1', { name: 'unreachable', logger, connectTimeoutMs: 300 }),
    ).rejects.toThrow(/timed out/);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ msg: 'redis connection error', redis: 'unreachable' });
  });
});

(REDIS_URL ? describe : describe.skip)(
  `Redis clients${REDIS_URL ? '' : ' (skipped: REDIS_URL not set)'}`,
  () => {
    it('connects, names the connection, and answers the readiness probe until closed', async () => {
      const { logger } = capturingLogger();
      const client = await createRedisClient(REDIS_URL!, { name: 'probe', logger });
      const second = await duplicateRedisClient(client, { name: 'probe-2', logger });
      try {
        expect(await pingRedis(client)).toBe(true);
        expect(await pingRedis(second)).toBe(true);
        expect(await client.clientGetName()).toBe('fingraph-probe');
        expect(await second.clientGetName()).toBe('fingraph-probe-2');
      } finally {
        await Promise.all([client.close(), second.close()]);
      }
      expect(await pingRedis(client)).toBe(false);
    });
  },
);
