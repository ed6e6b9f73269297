import type { RedisClientType } from 'redis';
import { createLogger, Logger } from '../observability/logger';

export type RedisClient = RedisClientType;

/** How every connection fails fast when Redis is down, frozen or unreachable (config: REDIS_*). */
export interface RedisTimeouts {
  /** Longest wait for one command's reply (also bounds waiting in the client's queue). */
  commandTimeoutMs: number;
  /** Longest wait for a (re)connection, TCP and handshake. */
  connectTimeoutMs: number;
  /** Reconnect backoff: 100 ms doubling per attempt up to this, plus jitter. */
  reconnectMaxDelayMs: number;
}

export const DEFAULT_REDIS_TIMEOUTS: RedisTimeouts = {
  commandTimeoutMs: 2_000,
  connectTimeoutMs: 5_000,
  reconnectMaxDelayMs: 5_000,
};

export interface RedisClientOptions {
  /** Shown in CLIENT LIST and in log lines, e.g. `cache` or `pubsub-sub`. */
  name: string;
  logger?: Logger;
  /** Give up (and throw) when the first connection is not up by then; node-redis would retry forever. */
  connectTimeoutMs?: number;
  timeouts?: Partial<RedisTimeouts>;
}

/** A command that got no reply within the command timeout (Redis frozen, overloaded or cut off). */
export class RedisCommandTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`redis ${what} timed out after ${ms} ms`);
    this.name = 'RedisCommandTimeoutError';
  }
}

/** Commands queued while a reply is awaited; beyond it commands fail at once ("The queue is full"). */
const COMMANDS_QUEUE_MAX = 10_000;

const timeoutsByClient = new WeakMap<object, RedisTimeouts>();

/**
 * A connected node-redis client that fails fast: commands are refused while it is disconnected (no offline
 * queue), a reconnection is bounded by connectTimeoutMs and retried with capped exponential backoff, and callers
 * bound each reply with `bounded` (node-redis's own command timeout stops at the socket write, so a frozen
 * server would hold a written command forever). Connection errors are logged; node-redis reconnects on its own.
 */
export async function createRedisClient(url: string, options: RedisClientOptions): Promise<RedisClient> {
  const timeouts = { ...DEFAULT_REDIS_TIMEOUTS, ...options.timeouts };
  // Required here, not at the top: node-redis is ~650 modules, loaded only by processes that use Redis (the
  // embedded mode never does; bench/README.md "startup").
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createClient } = require('redis') as typeof import('redis');
  const client = createClient({
    url,
    name: clientName(options.name),
    disableOfflineQueue: true,
    commandsQueueMaxLength: COMMANDS_QUEUE_MAX,
    commandOptions: { timeout: timeouts.commandTimeoutMs },
    socket: {
      connectTimeout: timeouts.connectTimeoutMs,
      keepAlive: true,
      reconnectStrategy: (retries: number) =>
        Math.min(100 * 2 ** Math.min(retries, 16), timeouts.reconnectMaxDelayMs) +
        Math.floor(Math.random() * 100),
    },
  }) as RedisClient;
  timeoutsByClient.set(client, timeouts);
  return connect(client, {
    ...options,
    connectTimeoutMs: options.connectTimeoutMs ?? timeouts.connectTimeoutMs,
  });
}

/** A second connection with the same settings, for SUBSCRIBE or blocking reads that would stall a shared client. */
export async function duplicateRedisClient(
  client: RedisClient,
  options: RedisClientOptions,
): Promise<RedisClient> {
  const timeouts = redisTimeouts(client);
  const copy = client.duplicate({ name: clientName(options.name) }) as RedisClient;
  timeoutsByClient.set(copy, timeouts);
  return connect(copy, {
    ...options,
    connectTimeoutMs: options.connectTimeoutMs ?? timeouts.connectTimeoutMs,
  });
}

/** The fail-fast settings a client was created with. */
export function redisTimeouts(client: RedisClient): RedisTimeouts {
  return timeoutsByClient.get(client) ?? DEFAULT_REDIS_TIMEOUTS;
}

/**
 * A command's reply within the client's command timeout (plus `extraMs`, e.g. a blocking read's own BLOCK time),
 * else RedisCommandTimeoutError. The command itself stays queued on its connection: when Redis answers later
 * the reply is consumed in order and dropped.
 */
export function bounded<T>(client: RedisClient, command: Promise<T>, what: string, extraMs = 0): Promise<T> {
  return withTimeout(command, redisTimeouts(client).commandTimeoutMs + extraMs, what);
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
    await withTimeout(
      client.connect(),
      options.connectTimeoutMs ?? DEFAULT_REDIS_TIMEOUTS.connectTimeoutMs,
      'connect',
    );
    return client;
  } catch (err) {
    // Stop node-redis's reconnect loop, or the failed client would keep the process alive.
    client.destroy();
    throw err;
  }
}

/** A deadline timer that fires this much after it was due was held up by this process, not by Redis. */
const STALL_MS = 100;
/** How often a stalled deadline is extended (each time by STALL_GRACE_MS, at most the timeout itself). */
const STALL_EXTENSIONS = 3;
const STALL_GRACE_MS = 500;

/**
 * The promise's outcome, or RedisCommandTimeoutError after `ms` — of Redis's time, not of this process's: when the
 * timer fires late, the event loop was held (a long synchronous stretch such as a model refit in the API process,
 * or a starved machine), and Node runs due timers before it reads the sockets, so a reply that came in time — or a
 * command not yet written — would lose to its own timer (the likely cause of a README chat answer that ended FAILED on CI). Such
 * a deadline is extended, a few times at most, by a short grace with the loop free; a Redis that does not answer
 * still fails within ms + STALL_EXTENSIONS × grace.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    let due = performance.now() + ms;
    let extensions = 0;
    const expire = () => {
      const now = performance.now();
      if (now - due > STALL_MS && extensions < STALL_EXTENSIONS) {
        extensions += 1;
        const grace = Math.min(ms, STALL_GRACE_MS);
        due = now + grace;
        timer = setTimeout(expire, grace);
        return;
      }
      reject(new RedisCommandTimeoutError(what, ms));
    };
    timer = setTimeout(expire, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
