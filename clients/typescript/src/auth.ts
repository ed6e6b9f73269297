import {
  ClientLoginDocument,
  ClientLogoutDocument,
  ClientRefreshTokenDocument,
  type ClientSessionFragment,
} from './generated/operations';
import { FingraphError, postOperation, type FetchFn } from './http';

/** The tokens of a signed-in session (what `login` and every `refresh` return). */
export type Session = ClientSessionFragment;

/** Where the session is kept between page loads (e.g. sessionStorage); in memory when omitted. */
export interface SessionStore {
  load(): Session | undefined;
  save(session: Session | undefined): void;
}

export type LoginOutcome =
  | { ok: true; session: Session }
  | { ok: false; code: 'INVALID_CREDENTIALS'; message: string }
  | { ok: false; code: 'RATE_LIMITED'; message: string; retryAfterSeconds: number };

export interface AuthOptions {
  /** The /graphql endpoint (http or https). */
  url: string;
  /** Refresh this many seconds before the access token expires (default 60, capped at half its lifetime). */
  refreshMarginSeconds?: number;
  store?: SessionStore;
  fetch?: FetchFn;
  /** The clock (tests). */
  now?: () => number;
  /** Called when the session ends (logout, or a refresh token that was refused). */
  onSignedOut?: (reason: 'logout' | 'refresh-refused') => void;
}

export interface Auth {
  readonly session: Session | undefined;
  login(email: string, password: string): Promise<LoginOutcome>;
  /**
   * A valid access token: refreshed first (once, however many callers ask at the same time) when it expires
   * within the margin or `force` is set. Undefined when signed out or the refresh token was refused.
   */
  accessToken(opts?: { force?: boolean }): Promise<string | undefined>;
  /** Rotates the refresh token now; false (and signed out) when the server refuses it. */
  refresh(): Promise<boolean>;
  /** Ends this session on the server (its sockets close) and forgets it here. */
  logout(): Promise<void>;
}

function memoryStore(): SessionStore {
  let session: Session | undefined;
  return { load: () => session, save: (s) => (session = s) };
}

/**
 * Login, refresh-token rotation and logout against fingraph. Refresh tokens are single-use: every refresh
 * stores the new one, and concurrent callers share one refresh (a second use of the same token would be taken
 * for theft and end every session of the login).
 */
export function createAuth(opts: AuthOptions): Auth {
  const store = opts.store ?? memoryStore();
  const now = opts.now ?? Date.now;
  const margin = (opts.refreshMarginSeconds ?? 60) * 1000;
  let refreshing: Promise<boolean> | undefined;
  const post = <R, V>(doc: Parameters<typeof postOperation<R, V>>[1], variables: V, token?: string) =>
    postOperation(opts.url, doc, variables, { token, fetch: opts.fetch });

  const expiresSoon = (s: Session) => {
    const expires = Date.parse(s.accessTokenExpiresAt);
    // Never more than half the token's remaining life early: short test lifetimes still get used.
    return expires - now() <= Math.min(margin, Math.max(0, (expires - now()) / 2)) || expires <= now();
  };

  const auth: Auth = {
    get session() {
      return store.load();
    },

    async login(email, password) {
      const { login } = await post(ClientLoginDocument, { input: { email, password } });
      if (login.__typename === 'AuthPayload') {
        const { __typename: _t, ...session } = login;
        store.save(session);
        return { ok: true, session };
      }
      if (login.__typename === 'RateLimitedError')
        return {
          ok: false,
          code: 'RATE_LIMITED',
          message: login.message,
          retryAfterSeconds: login.retryAfterSeconds,
        };
      return { ok: false, code: 'INVALID_CREDENTIALS', message: login.message };
    },

    refresh() {
      refreshing ??= (async () => {
        const current = store.load();
        if (!current) return false;
        try {
          const { refreshToken } = await post(ClientRefreshTokenDocument, {
            input: { refreshToken: current.refreshToken },
          });
          if (refreshToken.__typename !== 'AuthPayload') {
            store.save(undefined);
            opts.onSignedOut?.('refresh-refused');
            return false;
          }
          const { __typename: _t, ...session } = refreshToken;
          store.save(session);
          return true;
        } catch (error) {
          // A network failure keeps the session: the next call tries again.
          if (error instanceof FingraphError || error instanceof TypeError) return false;
          throw error;
        }
      })().finally(() => (refreshing = undefined));
      return refreshing;
    },

    async accessToken({ force = false } = {}) {
      const current = store.load();
      if (!current) return undefined;
      if (force || expiresSoon(current)) {
        if (!(await auth.refresh())) return undefined;
      }
      return store.load()?.accessToken;
    },

    async logout() {
      const current = store.load();
      store.save(undefined);
      if (current)
        await post(ClientLogoutDocument, { input: { refreshToken: current.refreshToken } }).catch(
          () => undefined,
        );
      opts.onSignedOut?.('logout');
    },
  };
  return auth;
}
