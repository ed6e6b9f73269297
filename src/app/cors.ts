import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../common/errors';

/** Request headers a browser app may send cross-origin (anything else fails its preflight). */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollo-client-name',
  'apollo-client-version',
  'graphql-client-name',
  'graphql-client-version',
];
/** Response headers a cross-origin app may read besides the CORS-safelisted ones. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after'];

/**
 * CORS for an allow-list of exact origins (CORS_ORIGINS). A listed origin gets its own origin echoed back with
 * `Access-Control-Allow-Credentials: true` (never `*`, which browsers refuse with credentials), and its preflights
 * are cached for `maxAgeSeconds`. Any other origin gets no CORS header at all, so the browser refuses to hand the
 * response to the page; its preflight is answered 204 without them. Responses vary by Origin for caches.
 */
export function corsMiddleware(opts: { origins: readonly string[]; maxAgeSeconds: number }) {
  const allowed = new Set(opts.origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    const listed = typeof origin === 'string' && allowed.has(origin);
    if (listed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS.join(', '));
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      res.vary('Access-Control-Request-Method').vary('Access-Control-Request-Headers');
      if (listed) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS.join(', '));
        res.setHeader('Access-Control-Max-Age', String(opts.maxAgeSeconds));
      }
      res.status(204).end();
      return;
    }
    next();
  };
}

/** Content types a page may POST cross-site without a preflight (the Fetch standard's CORS-safelisted ones). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
/** Any non-empty one of these makes a request preflighted, whatever its content type (Apollo's convention). */
export const CSRF_PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * CSRF prevention on /graphql, in place of Apollo Server's built-in one (which also refuses GET requests without
 * a content type — every default urql and Relay query). The rule is by method:
 * - GET (and HEAD) run queries only: Apollo answers a mutation over GET with 405, so nothing a cross-site link or
 *   <img> can trigger changes anything. Credentials are `Authorization: Bearer` headers, which a cross-site
 *   request cannot carry, and no cookie is read, so a forged GET runs as nobody.
 * - POST must be preflighted: a content type that is not one of the three simple ones (application/json in
 *   practice), or a non-empty `apollo-require-preflight` / `x-apollo-operation-name` header. A form or
 *   `fetch(…, { mode: 'no-cors' })` POST with text/plain is refused with 400 before it is parsed.
 */
export function csrfGuard() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const contentType = req.headers['content-type'];
    const essence =
      typeof contentType === 'string' ? contentType.split(';')[0].trim().toLowerCase() : undefined;
    const preflighted =
      (essence !== undefined && essence !== '' && !SIMPLE_CONTENT_TYPES.includes(essence)) ||
      CSRF_PREFLIGHT_HEADERS.some((h) => {
        const value = req.headers[h];
        return typeof value === 'string' && value.length > 0;
      });
    if (preflighted) return next();
    res.status(400).json({
      errors: [
        {
          message:
            'This request has been blocked as a potential cross-site request forgery: POST with ' +
            "`Content-Type: application/json` (or send a non-empty 'apollo-require-preflight' header)",
          extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'CSRF_BLOCKED' },
        },
      ],
    });
  };
}
