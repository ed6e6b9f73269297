import type { Cache } from '../../platform/cache/cache';
import type { PubSub } from '../../platform/pubsub/pubsub';
import type { Role } from '../../common/context';

/** What the database says about a login right now: the role and active flag are never taken from a token. */
export interface UserAccess {
  role: Role;
  disabled: boolean;
  customerId: string | null;
}

export interface SessionsRevokedEvent {
  sessionIds: string[];
}

export const SESSIONS_REVOKED_TOPIC = 'auth.sessionsRevoked';

export interface SessionGuardSettings {
  /** A revoked session stays on the deny list this long: the longest an access token of it can still live. */
  accessTokenTtlSeconds: number;
  /** How long a user's role/active flag is cached before the database is asked again. */
  userAccessCacheSeconds: number;
}

// The session deny list and the user-access cache, both in the shared cache adapter (Redis in services mode, so
// every replica sees a logout at once; in-memory embedded). Revocations are also broadcast so each replica closes
// the sockets of the revoked sessions; the broadcast is at-most-once, which is why every socket operation checks
// the deny list too.
export class SessionGuard {
  constructor(
    private readonly cache: Cache,
    private readonly pubsub: PubSub,
    private readonly settings: SessionGuardSettings,
  ) {}

  private revokedKey(sessionId: string) {
    return `session:revoked:${sessionId}`;
  }

  private accessKey(userId: string) {
    return `user:access:${userId}`;
  }

  async revoke(sessionIds: readonly string[]): Promise<void> {
    const unique = [...new Set(sessionIds)];
    if (unique.length === 0) return;
    // +1: a token issued in the same second as the revocation must not outlive its entry.
    const ttl = this.settings.accessTokenTtlSeconds + 1;
    await Promise.all(unique.map((id) => this.cache.set(this.revokedKey(id), 1, ttl)));
    const event: SessionsRevokedEvent = { sessionIds: unique };
    this.pubsub.publish(SESSIONS_REVOKED_TOPIC, event);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.cache.get(this.revokedKey(sessionId))) !== undefined;
  }

  /** Calls `listener` with the session ids revoked on any replica, until the pub/sub closes. */
  onRevoked(listener: (sessionIds: string[]) => void): void {
    void (async () => {
      for await (const event of this.pubsub.subscribe(SESSIONS_REVOKED_TOPIC)) {
        const ids = (event as Partial<SessionsRevokedEvent>)?.sessionIds;
        if (Array.isArray(ids)) listener(ids.filter((id): id is string => typeof id === 'string'));
      }
    })().catch(() => undefined);
  }

  async cachedAccess(userId: string): Promise<UserAccess | undefined> {
    return this.cache.get<UserAccess>(this.accessKey(userId));
  }

  async rememberAccess(userId: string, access: UserAccess): Promise<void> {
    await this.cache.set(this.accessKey(userId), access, this.settings.userAccessCacheSeconds);
  }

  /** Call after changing a user's role or active flag: the next request reads the database. */
  async forgetAccess(userId: string): Promise<void> {
    await this.cache.delete(this.accessKey(userId));
  }
}
