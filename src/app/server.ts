import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { NextFunction, Request, Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, GraphQLSchema, parse, specifiedRules, validate, type ExecutionArgs } from 'graphql';
import type { RequestContext, Viewer } from '../common/context';
import { AppError, ErrorCode } from '../common/errors';
import type { Container } from './container';
import { authenticate, bearerToken, createRequestContext } from './context';
import { formatError } from './errors';
import { graphiqlRouter } from './graphiql';
import { pagesRouter } from './pages';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { uploadRouter } from '../modules/imports';
import { documentLimits } from './limits';
import { buildAppSchema } from './schema';
import { sqlStatementCount, sqlStatementsRef, withSqlStats } from '../platform/observability/sql-stats';
import { refinanceDocumentRouter } from '../modules/refinancing';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: http.Server;
  readonly schema: GraphQLSchema;
  stop(): Promise<void>;
}

type WsExtra = { viewer?: Viewer & { expiresAt: Date }; expiryTimer?: NodeJS.Timeout; ip?: string };

function requestError(status: number, message: string, reason: string) {
  return { status, body: { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason } }] } };
}

// express 5 + Apollo Server 5 on /graphql, graphql-ws on the same path, health probes and GraphiQL.
export async function startServer(
  container: Container,
  opts: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  const { config, logger } = container;
  const schema = await buildAppSchema({
    container: { get: (cls) => container.resolvers.get(cls) },
    pubSub: container.pubsub,
  });
  const limits = documentLimits(config);
  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer, the client IP (login throttling, logs) comes from X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  // graphql-ws: token checked once at connection, the same limits and error masking as HTTP.
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: config.graphql.bodyLimitBytes,
  });
  const wsCleanup = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      schema,
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearerToken(params.authorization ?? params.Authorization ?? params.token);
        try {
          const viewer = authenticate(container, token);
          ctx.extra.viewer = viewer;
          ctx.extra.ip = ctx.extra.request.socket.remoteAddress;
          if (viewer) {
            // An access token is only good until it expires: so is the socket it opened.
            const ms = Math.max(0, viewer.expiresAt.getTime() - container.clock().getTime());
            ctx.extra.expiryTimer = setTimeout(
              () => ctx.extra.socket.close(4401, 'Access token expired'),
              ms,
            );
            ctx.extra.expiryTimer.unref();
          }
          return true;
        } catch (error) {
          logger.info({ reason: (error as Error).message }, 'graphql-ws connection refused');
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      onClose: (ctx) => clearTimeout(ctx.extra.expiryTimer),
      onSubscribe: (ctx, _id, payload) => {
        const contextValue = createRequestContext(container, { viewer: ctx.extra.viewer, ip: ctx.extra.ip });
        let document;
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
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return result;
        const rc = args.contextValue as RequestContext;
        return {
          ...result,
          errors: result.errors.map((e) => formatError(e.toJSON(), e, logger, rc.requestId)),
        };
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) => formatError(e.toJSON(), e, logger)) as unknown as readonly GraphQLError[],
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.graphql.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT: drain HTTP + WebSocket, close adapters, stop the database, exit 0.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        // Statements this request ran: how benchmarks and developers spot N+1 queries.
        requestDidStart: async () => ({
          willSendResponse: async ({ response }) => {
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
      demo:
        config.seedDemo && config.env !== 'production'
          ? { dashboard: demoLogin('ANALYST'), chat: demoLogin('CUSTOMER') }
          : null,
    }),
  );

  // Document uploads and downloads of refinance applications: multipart over plain HTTP, same Bearer token.
  app.use(
    refinanceDocumentRouter({
      documents: container.services.refinanceDocuments,
      contextOf: (req, res) =>
        createRequestContext(container, {
          viewer: authenticate(container, bearerToken(req.headers.authorization)),
          ip: req.ip,
          requestId: res.locals.requestId as string,
        }),
    }),
  );

  // File uploads for imports (multipart, streamed to disk); the import itself starts with startImport.
  app.use(
    '/uploads',
    uploadRouter({
      service: container.services.imports,
      maxBytes: config.imports.maxBytes,
      context: (req, res) =>
        createRequestContext(container, {
          viewer: authenticate(container, bearerToken(req.headers.authorization)),
          ip: req.ip,
          requestId: res.locals.requestId as string,
        }),
    }),
  );

  app.use(
    '/graphql',
    express.json({ limit: config.graphql.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        try {
          const viewer = authenticate(container, bearerToken(req.headers.authorization));
          return createRequestContext(container, { viewer, ip: req.ip, requestId });
        } catch (error) {
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
            ? requestError(400, `Malformed JSON body: ${error.message}`, 'MALFORMED_JSON')
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
    stop() {
      stopping ??= (async () => {
        // Closes the sockets (graphql-ws clients get 1001 Going Away) and waits for in-flight requests.
        for (const client of wsServer.clients) client.close(1001, 'Server shutting down');
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
