import {
  PageLoginDocument,
  PageRefreshTokenDocument,
  type TypedDocumentString,
} from '../generated/operations';
import { ApiError, execute } from './api';
import { safeStorage } from './i18n';

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  email: string;
  role: string;
}

/** The outcome of a sign-in attempt that did not throw. */
export type LoginOutcome =
  | { ok: true; user: SignedIn }
  | { ok: false; code: 'INVALID_CREDENTIALS' }
  | { ok: false; code: 'RATE_LIMITED'; retryAfterSeconds: number };

/**
 * The page's login: tokens kept in sessionStorage (this tab only, gone when it closes), a refresh on the first
 * UNAUTHENTICATED answer, and sign-out when the refresh fails too.
 */
export class Session {
  private current: SignedIn | undefined;
  private refreshing: Promise<boolean> | undefined;
  private readonly signedOutListeners: ((expired: boolean) => void)[] = [];

  constructor(
    readonly endpoint: string,
    private readonly storageKey: string,
  ) {
    const stored = safeStorage(() => sessionStorage.getItem(storageKey));
    if (stored) {
      try {
        this.current = JSON.parse(stored) as SignedIn;
      } catch {
        this.current = undefined;
      }
    }
  }

  get user(): SignedIn | undefined {
    return this.current;
  }

  private save(user: SignedIn | undefined): void {
    this.current = user;
    safeStorage(() =>
      user
        ? sessionStorage.setItem(this.storageKey, JSON.stringify(user))
        : sessionStorage.removeItem(this.storageKey),
    );
  }

  async login(email: string, password: string): Promise<LoginOutcome> {
    const { login } = await execute(this.endpoint, PageLoginDocument, { input: { email, password } });
    if (login.__typename === 'RateLimitedError')
      return { ok: false, code: 'RATE_LIMITED', retryAfterSeconds: login.retryAfterSeconds };
    if (login.__typename !== 'AuthPayload') return { ok: false, code: 'INVALID_CREDENTIALS' };
    const user = {
      accessToken: login.accessToken,
      refreshToken: login.refreshToken,
      email: login.user.email,
      role: login.user.role,
    };
    this.save(user);
    return { ok: true, user };
  }

  signOut(expired = false): void {
    this.save(undefined);
    this.signedOutListeners.forEach((l) => l(expired));
  }

  onSignedOut(listener: (expired: boolean) => void): void {
    this.signedOutListeners.push(listener);
  }

  /** Trades the refresh token for new tokens (once at a time); false when that is refused. */
  refresh(): Promise<boolean> {
    const user = this.current;
    if (!user) return Promise.resolve(false);
    this.refreshing ??= execute(this.endpoint, PageRefreshTokenDocument, {
      input: { refreshToken: user.refreshToken },
    })
      .then(({ refreshToken }) => {
        if (refreshToken.__typename !== 'AuthPayload') return false;
        this.save({
          ...user,
          accessToken: refreshToken.accessToken,
          refreshToken: refreshToken.refreshToken,
        });
        return true;
      })
      .catch(() => false)
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** A signed-in operation; an expired access token is refreshed once, then the user is signed out. */
  async execute<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
    const token = this.current?.accessToken;
    if (!token) throw new ApiError('Not signed in', 'UNAUTHENTICATED');
    try {
      return await execute(this.endpoint, document, variables, token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
      if (await this.refresh()) return execute(this.endpoint, document, variables, this.current!.accessToken);
      this.signOut(true);
      throw error;
    }
  }
}
