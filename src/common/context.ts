import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';

// The per-request (per-operation for subscriptions) context every service method takes first.

export enum Role {
  CUSTOMER = 'CUSTOMER',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
  /** Reads the compliance trail and nothing else. */
  AUDITOR = 'AUDITOR',
}

export interface Viewer {
  userId: string;
  role: Role;
  /** Set for CUSTOMER principals: the only customer record they may see. */
  customerId?: string;
  /** The login session (refresh-token family) of an access token; absent for system contexts. */
  sessionId?: string;
}

/** Lazily created, request-scoped objects (DataLoaders) keyed by their factory. Never shared between requests. */
export class RequestScope {
  private readonly items = new Map<unknown, unknown>();

  get<T>(factory: (ctx: RequestContext) => T, ctx: RequestContext): T {
    if (!this.items.has(factory)) this.items.set(factory, factory(ctx));
    return this.items.get(factory) as T;
  }
}

export interface RequestContext {
  readonly requestId: string;
  readonly viewer?: Viewer;
  /** The manager every repository must use: the data source's, or the open transaction's. */
  readonly manager: EntityManager;
  readonly scope: RequestScope;
  readonly ip?: string;
  readonly logger: Logger;
  /** The clock: services take the time from here, never from `new Date()`. */
  readonly now: () => Date;
}

/** Runs `work` in one transaction; nested calls join the open one. */
export async function inTransaction<T>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<T>,
): Promise<T> {
  if (ctx.manager.queryRunner?.isTransactionActive) return work(ctx);
  return ctx.manager.transaction((manager) => work({ ...ctx, manager, scope: new RequestScope() }));
}

export function loaders<T>(ctx: RequestContext, factory: (ctx: RequestContext) => T): T {
  return ctx.scope.get(factory, ctx);
}
