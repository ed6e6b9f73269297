import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { NextFunction, Request, Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { WebSocket, WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
} from 'graphql';
import type { RequestContext, Viewer } from '../common/context';
import { AppError, ErrorCode, unauthenticated } from '../common/errors';
import type { Container } from './container';
import {
  authenticate,
  bearerToken,
  createRequestContext,
  isExpiredToken,
  TOKEN_PARAM_REFUSED,
} from './context';
import { clientMessage, formatError } from './errors';
import { corsMiddleware, csrfGuard } from './cors';
import { isPublicOperation } from './public-operations';
import { graphiqlRouter } from './graphiql';
import { pagesRouter } from './pages';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { uploadRouter } from '../modules/imports';
import { documentLimits } from './limits';
import { applyInputPolicy } from './input-policy';
import { buildAppSchema } from './schema';
import { jitGateway } from './executor';
import { sqlStatementCount, sqlStatementsRef, withSqlStats } from '../platform/observability/sql-stats';
import { cleanFileName, refinanceDocumentRouter } from '../modules/refinancing';
import { imageAnalysisRouter } from '../modules/images';
import { oidcRouter } from '../modules/auth';
import { auditRouter } from '../modules/audit';
import { BoundedMap } from '../common/bounded-map';
import {
  httpMetricsMiddleware,
  knownOperationNames,
  metricsEndpoint,
  metricsPlugin,
  wsMetrics,
} from './metrics';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: http.Server;
  readonly schema: GraphQLSchema;
  /** graphql-ws connections open on this process (health and tests). */
  openSockets(): number;
  stop(): Promise<void>;
}

type WsExtra = {
  viewer?: Viewer & { expiresAt: Date };
  expiryTimer?: NodeJS.Timeout;
  idleTimer?: NodeJS.Timeout;
  ip?: string;
};

/**
 * graphql-ws close codes of our own (besides graphql-ws's: 4400 bad request, 4408 no connection_init in time,
 * 4409, 4429, 4500). What a graphql-ws 6 client does with each by default decides the choice (its
 * `shouldRetryConnectOrThrow`: 4400, 4401, 4406, 4409, 4429, 4500 and 1xxx but 1000/1001/1005/1006/1012–1014 are
 * fatal; every other 4xxx is retried, `connectionParams` — when a function — being called again first):
 * - 4419 the access token expired (at connection_init or while connected): **refresh and reconnect**. Retried by
 *   default, so a client whose `connectionParams` is a function that refreshes reconnects with a fresh token;
 *   one with a fixed, expired token gives up after its `retryAttempts` (5 by default) — nothing loops forever;
 * - 4401 the token can never work (bad signature, wrong issuer, session ended by logout or refresh-token reuse,
 *   login disabled): log in again. Fatal by default: no retries with a token that cannot work;
 * - 4408 also an unauthenticated connection idle (no operation) for WS_ANONYMOUS_IDLE_SECONDS;
 * - 1013 (Try Again Later) the client stopped reading: the server's send buffer passed WS_MAX_BUFFERED_BYTES and
 *   the TCP connection was dropped at once (a reader that stopped may never see the close frame).
 * A connection over WS_MAX_CONNECTIONS_PER_IP is refused at the upgrade with HTTP 429.
 */
export const WsCloseCode = {
  TOKEN_EXPIRED: 4419,
  SESSION_ENDED: 4401,
  IDLE: 4408,
  SLOW_READER: 1013,
} as const;

// express's own `proxy-addr` (no typings): the client address of an upgrade request under the same proxy trust.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxyaddr = require('proxy-addr') as (
  req: http.IncomingMessage,
  trust: (address: string, hop: number) => boolean,
) => string;

const MAX_REMEMBERED_DOCUMENTS = 500;
const MAX_REMEMBERED_DOCUMENT_CHARS = 20_000;

function requestError(status: number, message: string, reason: string) {
  return { status, body: { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason } }] } };
}

// express 5 + Apollo Server 5 on /graphql, graphql-ws on the same path, health probes and GraphiQL.
export async function startServer(
  container: Container,
  opts: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  const { config, logger } = container;
  // Every string, date and instant argument passes the one input policy first (HTTP and graphql-ws).
  const schema = applyInputPolicy(
    await buildAppSchema({
      container: { get: (cls) => container.resolvers.get(cls) },
      pubSub: container.pubsub,
    }),
  );
  const limits = documentLimits(config);
  const errorOptions = {
    hideSchemaDetails: config.graphql.hideSchemaDetails,
    retryAfterSeconds: config.availability.retryAfterSeconds,
  };
  const { metrics } = container;
  const knownOperations = knownOperationNames(config.metrics.knownOperations);
  const wsMeter = wsMetrics(metrics, schema, knownOperations);
  const app = express();
  app.disable('x-powered-by');
  // No weak ETag (a SHA-1 of every response body) on API answers that are `no-store` anyway; the static assets set
  // their own ETags (src/app/pages/assets.ts) and still answer 304.
  app.set('etag', false);
  app.use(httpMetricsMiddleware(metrics));
  // Behind a load balancer, the client IP (login throttling, socket caps, logs) comes from X-Forwarded-For, but
  // only the part written by proxies we trust (a hop count or their addresses): the rest is the client's to forge.
  app.set('trust proxy', config.trustProxy);
  if (config.trustProxy === true)
    logger.warn(
      'TRUST_PROXY=true believes any X-Forwarded-For: anyone who reaches this process directly picks their own IP ' +
        "(per-IP limits void). Prefer a hop count or the proxies' addresses.",
    );
  const httpServer = http.createServer(app);
  // Idle keep-alive connections outlive the balancer's (and the client's) idle timeout, so the other end closes
  // them; headers must still arrive within the keep-alive window (Node wants headersTimeout above it).
  httpServer.keepAliveTimeout = config.httpKeepAliveTimeoutMs;
  httpServer.headersTimeout = config.httpKeepAliveTimeoutMs + 1_000;

  // graphql-ws: the token is verified at connection and the session re-checked before every operation; the same
  // limits and error masking as HTTP; bounded send buffers, operations per connection and connections per IP.
  const trustFn = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const clientIp = (req: http.IncomingMessage) => proxyaddr(req, trustFn);
  const connectionsByIp = new Map<string, number>();
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.graphql.bodyLimitBytes,
    verifyClient: (info, done) => {
      const ip = clientIp(info.req);
      const open = connectionsByIp.get(ip) ?? 0;
      if (open >= config.ws.maxConnectionsPerIp) {
        logger.warn({ ip, open }, 'graphql-ws connection refused: too many from this address');
        return done(false, 429, 'Too many connections from this address');
      }
      connectionsByIp.set(ip, open + 1);
      // The TCP socket's close covers every ending: upgrade failed, client left, server cut.
      info.req.socket.once('close', () => {
        const left = (connectionsByIp.get(ip) ?? 1) - 1;
        if (left > 0) connectionsByIp.set(ip, left);
        else connectionsByIp.delete(ip);
      });
      done(true);
    },
  });
  const { auth } = container.services;
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const forgetSocket = (sessionId: string | undefined, socket: WebSocket) => {
    const set = sessionId ? socketsBySession.get(sessionId) : undefined;
    if (!set) return;
    set.delete(socket);
    if (set.size === 0) socketsBySession.delete(sessionId!);
  };
  // A logout or a refresh-token reuse on any replica closes that session's sockets here.
  auth.onSessionsRevoked((sessionIds) => {
    for (const id of sessionIds) {
      for (const socket of socketsBySession.get(id) ?? [])
        socket.close(WsCloseCode.SESSION_ENDED, 'Session ended');
    }
  });
  // A client that stops reading makes every send pile up in this process: cut it, whatever it runs.
  const cutSockets = new WeakSet<WebSocket>();
  const cutIfSlow = (socket: WebSocket): boolean => {
    if (cutSockets.has(socket) || socket.bufferedAmount <= config.ws.maxBufferedBytes) return false;
    cutSockets.add(socket);
    logger.warn({ bufferedBytes: socket.bufferedAmount }, 'graphql-ws slow reader cut');
    socket.close(WsCloseCode.SLOW_READER, 'Send buffer full: read faster');
    socket.terminate();
    return true;
  };
  // Sends still waiting when a socket is cut fail with "write after destroyed"; graphql-ws would log each one as an
  // internal error. For a socket we cut on purpose they are settled quietly instead. (Registered before
  // useServer's own connection listener, so it wraps the socket first.)
  wsServer.on('connection', (socket) => {
    type Done = (err?: Error) => void;
    const send = socket.send.bind(socket) as (data: unknown, options: object, cb: Done) => void;
    (socket as unknown as { send: (data: unknown, a?: object | Done, b?: Done) => void }).send = (
      data,
      a,
      b,
    ) => {
      const cb = typeof a === 'function' ? a : b;
      const options = typeof a === 'object' ? a : {};
      send(data, options, (err) => cb?.(err && cutSockets.has(socket) ? undefined : err));
    };
  });
  // A subscription blocked on a full socket sends nothing more (no onNext to check in): sweep as well.
  const sweep = setInterval(() => {
    for (const socket of wsServer.clients) cutIfSlow(socket);
  }, 1_000);
  sweep.unref();
  const armIdle = (ctx: {
    extra: WsExtra & { socket: WebSocket };
    subscriptions: Record<string, unknown>;
  }) => {
    if (ctx.extra.viewer) return;
    clearTimeout(ctx.extra.idleTimer);
    ctx.extra.idleTimer = setTimeout(() => {
      if (Object.keys(ctx.subscriptions).length > 0) return armIdle(ctx);
      ctx.extra.socket.close(WsCloseCode.IDLE, 'Idle unauthenticated connection');
    }, config.ws.anonymousIdleSeconds * 1000);
    ctx.extra.idleTimer.unref();
  };
  // Documents that parsed and passed every validation rule (limits included), by their text: a chat widget
  // subscribes with the same few documents over and over, as Apollo's documentStore does for HTTP. Bounded in
  // entries and in document size; insertion-ordered eviction.
  const validDocuments = new BoundedMap<string, DocumentNode>(MAX_REMEMBERED_DOCUMENTS);
  const rememberDocument = (query: string, document: DocumentNode) => {
    if (query.length > MAX_REMEMBERED_DOCUMENT_CHARS) return;
    validDocuments.set(query, document);
  };
  const wsCleanup = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      schema,
      connectionInitWaitTimeout: config.ws.initTimeoutMs,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        try {
          // One way, the HTTP header's: `authorization` (any case) is "Bearer <token>", refused in any other form.
          // A bare `token` param (accepted before, never documented) is refused saying the form rather than
          // opening an anonymous socket whose operations would all fail later.
          const header = params.authorization ?? params.Authorization;
          if (header === undefined && params.token !== undefined) throw unauthenticated(TOKEN_PARAM_REFUSED);
          const token = bearerToken(header);
          const viewer = await authenticate(container, token);
          ctx.extra.viewer = viewer;
          ctx.extra.ip = clientIp(ctx.extra.request);
          if (viewer) {
            let sockets = socketsBySession.get(viewer.sessionId);
            if (!sockets) socketsBySession.set(viewer.sessionId, (sockets = new Set()));
            sockets.add(ctx.extra.socket);
            // An access token is only good until it expires: so is the socket it opened.
            const ms = Math.max(0, viewer.expiresAt.getTime() - container.clock().getTime());
            ctx.extra.expiryTimer = setTimeout(
              () => ctx.extra.socket.close(WsCloseCode.TOKEN_EXPIRED, 'Access token expired'),
              ms,
            );
            ctx.extra.expiryTimer.unref();
          } else {
            armIdle(ctx);
          }
          wsMeter.connected();
          return true;
        } catch (error) {
          const reason = (error as Error).message;
          logger.info({ reason }, 'graphql-ws connection refused');
          // Anything but a refused token (an outage): graphql-ws's 4403, which clients retry.
          if (!(error instanceof AppError) || error.code !== ErrorCode.UNAUTHENTICATED) return false;
          // An expired token is worth a refresh and a reconnect; any other refusal is not (fatal for clients).
          ctx.extra.socket.close(
            isExpiredToken(error) ? WsCloseCode.TOKEN_EXPIRED : WsCloseCode.SESSION_ENDED,
            reason,
          );
          return false; // graphql-ws's own 4403 close comes second and is ignored by ws
        }
      },
      onClose: (ctx) => {
        wsMeter.closed(ctx.extra.socket);
        clearTimeout(ctx.extra.expiryTimer);
        clearTimeout(ctx.extra.idleTimer);
        forgetSocket(ctx.extra.viewer?.sessionId, ctx.extra.socket);
      },
      onComplete: (ctx, id) => {
        wsMeter.completed(ctx.extra.socket, id);
        armIdle(ctx);
      },
      onSubscribe: async (ctx, id, payload) => {
        // ctx.subscriptions already holds this operation.
        if (Object.keys(ctx.subscriptions).length > config.ws.maxOperationsPerConnection) {
          return [
            new GraphQLError(
              `At most ${config.ws.maxOperationsPerConnection} operations may run at once on one connection`,
              { extensions: { code: ErrorCode.RATE_LIMITED, reason: 'TOO_MANY_OPERATIONS' } },
            ),
          ];
        }
        armIdle(ctx);
        let viewer: Viewer | undefined = ctx.extra.viewer;
        if (viewer) {
          // The session may have ended (logout on another replica whose broadcast was lost) or the role changed.
          const current = await auth.currentViewer(
            createRequestContext(container, { requestId: 'ws-session-check' }),
            viewer,
          );
          if (!current) {
            // The operation's error goes out first, then the socket closes.
            setImmediate(() => ctx.extra.socket.close(WsCloseCode.SESSION_ENDED, 'Session ended'));
            return [new GraphQLError('Session ended', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
          }
          viewer = current;
        }
        const contextValue = createRequestContext(container, { viewer, ip: ctx.extra.ip });
        let document = validDocuments.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query, limits.parseOptions);
          } catch (error) {
            return [error as GraphQLError];
          }
          const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
          if (errors.length > 0) {
            return errors.map(
              (e) =>
                new GraphQLError(e.message, {
                  nodes: e.nodes,
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
                }),
            );
          }
          rememberDocument(payload.query, document);
        }
        // The operation to run, as HTTP resolves it (same messages, same code): graphql-ws's own refusal said only
        // "Unable to identify operation".
        if (!getOperationAST(document, payload.operationName)) {
          const named = payload.operationName;
          return [
            new GraphQLError(
              named
                ? `Unknown operation named "${named}".`
                : 'Must provide operation name if query contains multiple operations.',
              { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
            ),
          ];
        }
        wsMeter.started(ctx.extra.socket, id, document, payload.operationName);
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
        return args;
      },
      onNext: (ctx, _id, _payload, args, result) => {
        cutIfSlow(ctx.extra.socket);
        if (!result.errors) return result;
        const rc = args.contextValue as RequestContext;
        return {
          ...result,
          errors: result.errors.map((e) => formatError(e.toJSON(), e, logger, rc.requestId, errorOptions)),
        };
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) =>
          formatError(e.toJSON(), e, logger, undefined, errorOptions),
        ) as unknown as readonly GraphQLError[],
    },
    wsServer,
  );

  // Queries run compiled by graphql-jit (executor.ts), everything else on graphql-js; same schema and resolvers.
  // GRAPHQL_JIT=false: graphql-js for everything.
  const executionSource = config.graphql.jit ? { gateway: jitGateway(schema) } : { schema };
  const apollo = new ApolloServer<RequestContext>({
    ...executionSource,
    introspection: config.graphql.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    includeStacktraceInErrorResponses: false,
    // Replaced by csrfGuard (cors.ts): the same rule for POST, while GET queries without a content type (urql's
    // and Relay's defaults) pass — GET never runs a mutation and no cookie is read.
    csrfPrevention: false,
    // No "Did you mean …" in validation errors (formatError strips the coercion errors' suggestions too).
    hideSchemaDetailsFromClientErrors: config.graphql.hideSchemaDetails,
    // main.ts owns SIGTERM/SIGINT: drain HTTP + WebSocket, close adapters, stop the database, exit 0.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger, undefined, errorOptions),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No field of the schema carries a cache hint, so Apollo's default cache-control plugin could only ever
      // answer `no-store` — after wrapping every field resolver of the schema to collect hints (≈ 0.9 ms of CPU
      // per customers(50) request in the profile, issue 15). The header is set below instead, unchanged.
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(metrics, knownOperations),
      {
        // Statements this request ran: how benchmarks and developers spot N+1 queries.
        requestDidStart: async () => ({
          willSendResponse: async ({ response }) => {
            response.http.headers.set('cache-control', 'no-store');
            const count = sqlStatementCount();
            if (config.env !== 'production' && count !== undefined)
              response.http.headers.set('x-sql-statements', String(count));
          },
        }),
      },
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
  });
  await apollo.start();

  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId =
      (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 100)) ||
      randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    withSqlStats(() => {
      const captured = sqlStatementsRef();
      res.on('finish', () => {
        logger.info(
          {
            requestId,
            method: req.method,
            url: req.originalUrl,
            status: res.statusCode,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            sqlStatements: captured.statements,
          },
          'request',
        );
      });
      next();
    });
  });

  // Browser apps on the listed origins (CORS_ORIGINS) may call the API and the upload routes (before
  // every router: express answers OPTIONS itself for any path with a GET route).
  const cors = corsMiddleware(config.cors);
  app.use('/graphql', cors);
  app.use('/uploads', cors);

  // Prometheus: behind METRICS_TOKEN here; METRICS_PORT serves it without a token on its own listener.
  if (config.metrics.token) app.get('/metrics', metricsEndpoint(metrics, config.metrics.token));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await container.ready();
    const ok = Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', checks });
  });
  if (config.graphql.graphiql) app.use(graphiqlRouter({ endpoint: '/graphql' }));
  // /dashboard and /chat; the demo logins are prefilled only while the demo data is on, outside production.
  const demoLogin = (role: string) => ({
    email: DEMO_USERS.find((u) => u.role === role)!.email,
    password: DEMO_PASSWORD,
  });
  app.use(
    pagesRouter({
      endpoint: '/graphql',
      maxMessageChars: config.chat.maxMessageChars,
      oidcProviders: config.oidc.publicUrl ? container.services.oidc.providers() : [],
      demo:
        config.seedDemo && config.env !== 'production'
          ? { dashboard: demoLogin('ANALYST'), chat: demoLogin('CUSTOMER'), loans: demoLogin('ANALYST') }
          : null,
    }),
  );

  const uploadContext = async (req: express.Request, res: express.Response) =>
    createRequestContext(container, {
      viewer: await authenticate(container, bearerToken(req.headers.authorization)),
      ip: req.ip,
      requestId: res.locals.requestId as string,
    });
  // Document uploads and downloads of refinance applications: multipart over plain HTTP, same Bearer token.
  app.use(
    refinanceDocumentRouter({
      documents: container.services.refinanceDocuments,
      images: container.services.images,
      contextOf: uploadContext,
    }),
  );
  // Staff image analysis (Finnect's upload route): scores an image, stores the verdict, not the bytes.
  app.use(
    imageAnalysisRouter({ images: container.services.images, contextOf: uploadContext, cleanFileName }),
  );

  // OIDC sign-in (browser redirects) and the compliance trail's CSV export.
  if (config.oidc.publicUrl && config.oidc.providers.length > 0)
    app.use(
      oidcRouter({
        service: container.services.oidc,
        publicUrl: config.oidc.publicUrl,
        context: (req, res) =>
          createRequestContext(container, { ip: req.ip, requestId: res.locals.requestId as string }),
      }),
    );
  app.use(auditRouter({ service: container.services.audit, context: uploadContext }));

  // File uploads for imports (multipart, streamed to disk); the import itself starts with startImport.
  app.use(
    '/uploads',
    uploadRouter({
      service: container.services.imports,
      maxBytes: config.imports.maxBytes,
      context: async (req, res) =>
        createRequestContext(container, {
          viewer: await authenticate(container, bearerToken(req.headers.authorization)),
          ip: req.ip,
          requestId: res.locals.requestId as string,
        }),
    }),
  );

  app.use(
    '/graphql',
    csrfGuard(),
    express.json({ limit: config.graphql.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        try {
          const viewer = await authenticate(container, bearerToken(req.headers.authorization));
          return createRequestContext(container, { viewer, ip: req.ip, requestId });
        } catch (error) {
          // login, refreshToken, register, logout (and introspection) run as anonymous despite a stale token.
          const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
          if (
            error instanceof AppError &&
            isPublicOperation(schema, params?.query, params?.operationName, config.graphql.maxTokens)
          )
            return createRequestContext(container, { ip: req.ip, requestId });
          if (error instanceof AppError) {
            throw new GraphQLError(error.message, {
              extensions: { code: error.code, http: { status: 401 } },
            });
          }
          throw error;
        }
      },
    }),
  );

  // Body parser failures (malformed JSON, too large) answered in GraphQL's error shape.
  app.use(
    (error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(error);
      const { status, body } =
        error.type === 'entity.too.large'
          ? requestError(
              413,
              `Request body is larger than ${config.graphql.bodyLimitBytes} bytes`,
              'PAYLOAD_TOO_LARGE',
            )
          : error.type === 'entity.parse.failed'
            ? requestError(400, clientMessage(`Malformed JSON body: ${error.message}`), 'MALFORMED_JSON')
            : error.status && error.status < 500
              ? requestError(error.status, error.message, 'BAD_REQUEST')
              : {
                  status: 500,
                  body: {
                    errors: [
                      {
                        message: 'Internal server error',
                        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
                      },
                    ],
                  },
                };
      if (status === 500) logger.error({ err: error }, 'unhandled HTTP error');
      res.status(status).json(body);
    },
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port ?? config.port, opts.host ?? config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = (opts.host ?? config.host) === '0.0.0.0' ? 'localhost' : (opts.host ?? config.host);
  const url = `http://${shownHost}:${port}/graphql`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    httpServer,
    schema,
    openSockets: () => wsServer.clients.size,
    stop() {
      stopping ??= (async () => {
        // Closes the sockets (graphql-ws clients get 1001 Going Away) and waits for in-flight requests.
        clearInterval(sweep);
        for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
