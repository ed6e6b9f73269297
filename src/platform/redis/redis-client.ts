import { createClient, RedisClientType } from 'redis';
import { createLogger, Logger } from '../observability/logger';

export type RedisClient = RedisClientType;

export interface RedisClientOptions {
  /** Shown in CLIENT LIST and in log lines, e.g. `cache` or `pubsub-sub`. */
  name: string;
  logger?: Logger;
  /** Give up (and throw) when the first connection is not up by then; node-redis would retry forever. */
  connectTimeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** A connected node-redis client. Connection errors are logged; node-redis reconnects on its own. */
export async function createRedisClient(url: string, options: RedisClientOptions): Promise<RedisClient> {
  return connect(createClient({ url, name: clientName(options.name) }), options);
}

/** A second connection with the same settings, for SUBSCRIBE or blocking reads that would stall a shared client. */
export async function duplicateRedisClient(
  client: RedisClient,
  options: RedisClientOptions,
): Promise<RedisClient> {
  return connect(client.duplicate({ name: clientName(options.name) }), options);
}

/** Readiness probe: true when the connection is up and answers PING within timeoutMs. */
export async function pingRedis(client: RedisClient, timeoutMs = 1_000): Promise<boolean> {
  if (!client.isReady) return false;
  try {
    return (await withTimeout(client.ping(), timeoutMs, 'PING')) === 'PONG';
  } catch {
    return false;
  }
}

function clientName(name: string): string {
  return `fingraph-${name}`;
}

async function connect(client: RedisClient, options: RedisClientOptions): Promise<RedisClient> {
  const logger = options.logger ?? createLogger('info');
  // Without an 'error' listener an unreachable Redis would crash the process (EventEmitter semantics).
  client.on('error', (err: unknown) => logger.warn({ err, redis: options.name }, 'redis connection error'));
  try {
    await withTimeout(client.connect(), options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, 'connect');
    return client;
  } catch (err) {
    // Stop node-redis's reconnect loop, or the failed client would keep the process alive.
    client.destroy();
    throw err;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis ${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
