// Recognises errors that mean "a backing service (PostgreSQL, Redis) is down, frozen, overloaded or cut off"
// — retryable — as opposed to bugs. Pure: looks only at the error's shape (name, code, message), following the
// wrappers TypeORM (driverError), graphql-js (originalError), Error.cause and AggregateError put around them.

/** Socket-level failures (node:net, dns). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception) and 57P0x (server shut down / starting), 53300 (too many
 * connections), 57014 (statement timeout or cancel: the server is too slow right now).
 */
function isRetryableSqlState(code: string): boolean {
  return code.startsWith('08') || /^57P0[1-5]$/.test(code) || code === '53300' || code === '57014';
}

/** Messages of node-pg and pg-pool for a dead, frozen or exhausted connection. */
const PG_MESSAGES = [
  'Query read timeout', // query_timeout: no answer in time (frozen server, dropped packets)
  'timeout exceeded when trying to connect', // pool exhausted, or connect took longer than connectionTimeoutMillis
  'Connection terminated', // "… unexpectedly", "… due to connection timeout"
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

/** node-redis 6 error classes (they keep the default `name`, so the constructor name is what identifies them). */
const REDIS_ERRORS = new Set([
  'ClientClosedError',
  'ClientOfflineError',
  'ConnectionTimeoutError',
  'SocketClosedUnexpectedlyError',
  'SocketTimeoutError',
  'TimeoutError',
  'ReconnectStrategyError',
  'DisconnectsClientError',
  'RedisCommandTimeoutError',
]);

const REDIS_MESSAGES = ['The client is closed', 'The client is offline', 'The queue is full'];

/** Errors wrapped around `error`, innermost last. */
function* chain(error: unknown, depth = 0): Generator<unknown> {
  if (error === null || error === undefined || depth > 8) return;
  yield error;
  if (typeof error !== 'object') return;
  const e = error as {
    driverError?: unknown;
    originalError?: unknown;
    cause?: unknown;
    thrownValue?: unknown;
    errors?: unknown;
  };
  // thrownValue: graphql-js's NonErrorThrown around a rejection that was not an Error (node-redis can reject
  // with a bare socket error object).
  for (const inner of [e.driverError, e.originalError, e.cause, e.thrownValue])
    if (inner && inner !== error) yield* chain(inner, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* chain(inner, depth + 1);
}

/** Which service an outage error comes from, or null when it is not an outage. */
export function connectivityFailure(error: unknown): 'database' | 'redis' | 'network' | null {
  for (const e of chain(error)) {
    if (typeof e !== 'object' || e === null) continue; // (not instanceof: errors from node's own realm under jest)
    const { code, message } = e as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    const ctor = (e as object).constructor?.name ?? '';
    if (REDIS_ERRORS.has(ctor) || REDIS_MESSAGES.some((m) => text.startsWith(m))) return 'redis';
    if (/^redis .* timed out after/.test(text)) return 'redis';
    if (PG_MESSAGES.some((m) => text.includes(m))) return 'database';
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && isRetryableSqlState(code))
      return 'database';
    if (typeof code === 'string' && SOCKET_CODES.has(code)) return 'network';
  }
  return null;
}
