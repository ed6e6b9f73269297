import { randomUUID } from 'node:crypto';
import { RequestContext, RequestScope, Viewer } from '../common/context';
import { unauthenticated } from '../common/errors';
import { InvalidAccessTokenError } from '../platform/auth';
import type { Container } from './container';
import { withoutSqlStats } from '../platform/observability/sql-stats';

/** What a malformed Authorization header is told (HTTP 401 and graphql-ws alike). */
export const BEARER_REQUIRED = 'The Authorization header must be "Bearer <token>"';
/** What a graphql-ws client sending a bare `token` connection param is told (close 4401). */
export const TOKEN_PARAM_REFUSED =
  'Send the access token as connectionParams.authorization: "Bearer <token>"';

/**
 * An Authorization header (or graphql-ws's `authorization` connection param) → its token: no header is anonymous
 * (undefined); "Bearer <token>" the token; anything else — a bare token, another scheme, "Bearer" alone — is
 * UNAUTHENTICATED saying the form, never tried as a token (the scheme is what RFC 6750 and every client of ours send).
 */
export function bearerToken(header: unknown): string | undefined {
  if (header === undefined || header === null || (typeof header === 'string' && header.trim() === ''))
    return undefined;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  if (!match) throw unauthenticated(BEARER_REQUIRED);
  return match[1];
}

const EXPIRED = 'Access token expired';

/** Whether an UNAUTHENTICATED error from `authenticate` is an expired (refreshable) token. */
export const isExpiredToken = (error: Error): boolean => error.message === EXPIRED;

/**
 * Verifies an access token; a missing token is an anonymous viewer; a bad or expired token, an ended session or
 * a disabled login is UNAUTHENTICATED. The role comes from the database (briefly cached), not from the token.
 */
export async function authenticate(
  container: Container,
  token: string | undefined,
): Promise<(Viewer & { expiresAt: Date; sessionId: string }) | undefined> {
  if (!token) return undefined;
  try {
    const ctx = createRequestContext(container, { requestId: 'authenticate' });
    // The user lookup (once per AUTH_USER_CACHE_SECONDS per login) is not counted as the request's statements.
    return await withoutSqlStats(() =>
      container.services.auth.viewerFromToken(ctx, token, container.clock()),
    );
  } catch (error) {
    if (error instanceof InvalidAccessTokenError) {
      throw unauthenticated(error.reason === 'expired' ? EXPIRED : 'Invalid access token');
    }
    throw error;
  }
}

// A fresh context per HTTP request and per graphql-ws operation: own request id, own loaders.
export function createRequestContext(
  container: Container,
  opts: { viewer?: Viewer; ip?: string; requestId?: string },
): RequestContext {
  const requestId = opts.requestId ?? randomUUID();
  // The request's child logger is made when something logs: pino serialises the bindings when a child is
  // created, and most requests (two contexts each: authentication and the operation) never log (issue 13).
  let logger: RequestContext['logger'] | undefined;
  return {
    requestId,
    viewer: opts.viewer,
    ip: opts.ip,
    manager: container.dataSource.manager,
    scope: new RequestScope(),
    get logger() {
      return (logger ??= container.logger.child({ requestId }));
    },
    now: container.clock,
  };
}
