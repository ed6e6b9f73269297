import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { inTransaction, RequestContext, Role, Viewer } from '../../common/context';
import { forbidden, unauthenticated } from '../../common/errors';
import type { AccessTokens } from '../../platform/auth/access-tokens';
import type { PasswordHasher } from '../../platform/auth/passwords';
import { CustomerService, EmailAddressConflict, NewCustomer, requireViewer } from '../customers';
import { AuditKind, type AuditService } from '../audit';
import { AuthRepository } from './auth.repository';
import { InvalidCredentials, InvalidRefreshToken, LoginRateLimited } from './auth.errors';
import type { LoginThrottle, RegistrationThrottle } from './login-throttle';
import type { SessionGuard, UserAccess } from './session-guard';
import type { UserEntity } from './user.entity';

export interface AuthSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

/** What a registrant declares: no income, no credit score (those are verified figures). */
export type SelfDeclaredProfile = Omit<NewCustomer, 'email' | 'annualIncome' | 'creditScore'>;

/** A self-registered customer's income and score until staff verify them: no income, no bureau score. */
export const UNVERIFIED_INCOME = '0';
export const UNVERIFIED_CREDIT_SCORE = 0;

export interface AuthSettings {
  refreshTokenTtlSeconds: number;
  registrationOpen: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    private readonly customers: CustomerService,
    private readonly passwords: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly registrations: RegistrationThrottle,
    private readonly sessions: SessionGuard,
    private readonly settings: AuthSettings,
    private readonly audit: AuditService,
  ) {}

  /**
   * Maps an access token to a viewer (HTTP requests and every graphql-ws operation). The signature and expiry
   * come from the token; whether its session was ended (deny list) and the user's role and active flag come from
   * the shared cache and the database, so a logout or a role change bites before the token expires.
   * Throws InvalidAccessTokenError (bad/expired token) or UNAUTHENTICATED (session ended, login disabled).
   */
  async viewerFromToken(
    ctx: RequestContext,
    token: string,
    now: Date,
  ): Promise<Viewer & { expiresAt: Date; sessionId: string }> {
    const claims = this.accessTokens.verify(token, now);
    // Both checks at once (one round trip to the shared cache instead of two); either one refuses.
    const [revoked, access] = await Promise.all([
      this.sessions.isRevoked(claims.sessionId),
      this.userAccess(ctx, claims.userId),
    ]);
    if (revoked) throw unauthenticated('Session ended');
    if (!access || access.disabled) throw unauthenticated('Session ended');
    return {
      userId: claims.userId,
      role: access.role,
      customerId: access.customerId ?? undefined,
      sessionId: claims.sessionId,
      expiresAt: claims.expiresAt,
    };
  }

  /**
   * The viewer of a connected socket as it stands now (checked before each socket operation): null when the
   * session ended or the login was disabled; the role and customer from the database otherwise.
   */
  async currentViewer<V extends Viewer>(ctx: RequestContext, viewer: V): Promise<V | null> {
    if (!viewer.sessionId) return null;
    const [revoked, access] = await Promise.all([
      this.sessions.isRevoked(viewer.sessionId),
      this.userAccess(ctx, viewer.userId),
    ]);
    if (revoked || !access || access.disabled) return null;
    return { ...viewer, role: access.role, customerId: access.customerId ?? undefined };
  }

  /** Sessions revoked on any replica (logout, refresh-token reuse): the server closes their sockets. */
  onSessionsRevoked(listener: (sessionIds: string[]) => void): void {
    this.sessions.onRevoked(listener);
  }

  private async userAccess(ctx: RequestContext, userId: string): Promise<UserAccess | null> {
    const cached = await this.sessions.cachedAccess(userId);
    if (cached) return cached;
    const user = await this.repository.findUserById(ctx, userId);
    if (!user) return null;
    const access: UserAccess = { role: user.role, disabled: user.disabled, customerId: user.customerId };
    await this.sessions.rememberAccess(userId, access);
    return access;
  }

  /**
   * Self-registration. Rate-limited per address and in total (every alias counts). The password is hashed before
   * the e-mail is looked up, so a taken address costs the same hashing as a new one. Income and credit score start unverified (0): only staff set them.
   */
  async register(
    ctx: RequestContext,
    input: { email: string; password: string; profile: SelfDeclaredProfile },
  ): Promise<AuthSession | EmailAddressConflict> {
    if (!this.settings.registrationOpen) throw forbidden('Self-registration is closed');
    await this.registrations.registerAttempt(ctx.ip);
    const passwordHash = await this.passwords.hash(input.password);
    return inTransaction(ctx, async (tx) => {
      if (await this.repository.findUserByEmail(tx, input.email))
        return new EmailAddressConflict(input.email);
      const customer = await this.customers.insert(
        tx,
        {
          ...input.profile,
          email: input.email,
          annualIncome: UNVERIFIED_INCOME,
          creditScore: UNVERIFIED_CREDIT_SCORE,
        },
        'profile.birthDate',
      );
      if (customer instanceof EmailAddressConflict) return customer;
      const user = await this.repository.insertUser(tx, {
        email: input.email.trim(),
        passwordHash,
        role: Role.CUSTOMER,
        customerId: customer.id,
        createdAt: tx.now(),
      });
      return this.openSession(tx, user, randomUUID());
    });
  }

  /** Creates a staff or customer login without a session (demo data, administration). */
  async createUser(
    ctx: RequestContext,
    input: { email: string; password: string; role: Role; customerId?: string },
  ): Promise<UserEntity> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.repository.insertUser(ctx, {
      email: input.email,
      passwordHash,
      role: input.role,
      customerId: input.customerId ?? null,
      createdAt: ctx.now(),
    });
  }

  async login(
    ctx: RequestContext,
    email: string,
    password: string,
  ): Promise<AuthSession | InvalidCredentials | LoginRateLimited> {
    const limited = await this.throttle.registerAttempt(email, ctx.ip);
    if (limited) return limited;
    const user = await this.repository.findUserByEmail(ctx, email);
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabled) {
      await this.throttle.failed(email, ctx.ip);
      return new InvalidCredentials();
    }
    await this.throttle.succeeded(email, ctx.ip);
    return inTransaction(ctx, async (tx) => {
      await this.repository.touchLogin(tx, user.id, tx.now());
      return this.openSession(tx, user, randomUUID());
    });
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<AuthSession | InvalidRefreshToken> {
    const revoked: string[] = [];
    const result = await inTransaction(ctx, async (tx) => {
      const now = tx.now();
      const stored = await this.repository.findRefreshTokenForUpdate(tx, sha256(refreshToken));
      if (!stored) return new InvalidRefreshToken('REFRESH_TOKEN_INVALID');
      if (stored.usedAt || stored.revokedAt) {
        // Someone holds a token that was already rotated: assume theft and end every session of the family.
        await this.repository.revokeFamily(tx, stored.familyId, now, 'reuse-detected');
        revoked.push(stored.familyId);
        tx.logger.warn({ userId: stored.userId, familyId: stored.familyId }, 'refresh token reuse detected');
        return new InvalidRefreshToken('REFRESH_TOKEN_REUSED');
      }
      if (stored.expiresAt <= now) return new InvalidRefreshToken('REFRESH_TOKEN_EXPIRED');
      const user = await this.repository.findUserById(tx, stored.userId);
      if (!user || user.disabled) {
        await this.repository.revokeFamily(tx, stored.familyId, now, 'user-disabled');
        revoked.push(stored.familyId);
        return new InvalidRefreshToken('REFRESH_TOKEN_INVALID');
      }
      await this.repository.markUsed(tx, stored.id, now);
      return this.openSession(tx, user, stored.familyId);
    });
    // After the commit: the family's access tokens stop working and its sockets close, on every replica.
    await this.sessions.revoke(revoked);
    return result;
  }

  /**
   * Ends the session the refresh token belongs to; without one, the session of the access token the request
   * carries; with allDevices, every session of the viewer. The ended sessions' access tokens are refused from
   * now on and their open sockets close (4401) on every replica.
   */
  async logout(ctx: RequestContext, refreshToken: string | undefined, allDevices: boolean): Promise<number> {
    const ended: string[] = [];
    const count = await inTransaction(ctx, async (tx) => {
      const now = tx.now();
      if (allDevices) {
        const viewer = requireViewer(tx);
        const revoked = await this.repository.revokeAllForUser(tx, viewer.userId, now, 'logout-all');
        ended.push(...revoked.sessionIds, ...(viewer.sessionId ? [viewer.sessionId] : []));
        return revoked.tokens;
      }
      if (!refreshToken) {
        const sessionId = tx.viewer?.sessionId;
        if (!sessionId) return 0;
        ended.push(sessionId);
        return this.repository.revokeFamily(tx, sessionId, now, 'logout');
      }
      const stored = await this.repository.findRefreshTokenForUpdate(tx, sha256(refreshToken));
      if (!stored) return 0;
      if (tx.viewer && tx.viewer.userId !== stored.userId)
        throw forbidden('That session belongs to another user');
      ended.push(stored.familyId);
      return this.repository.revokeFamily(tx, stored.familyId, now, 'logout');
    });
    await this.sessions.revoke(ended);
    return count;
  }

  /**
   * Changes a login's role or active flag (administration, tooling). The cached access is forgotten at once on
   * every replica (shared cache); disabling also ends every session of the login and closes its sockets.
   */
  async changeUserAccess(
    ctx: RequestContext,
    userId: string,
    change: { role?: Role; disabled?: boolean },
  ): Promise<void> {
    const ended = await inTransaction(ctx, async (tx) => {
      const before = await this.repository.findUserById(tx, userId);
      await this.repository.updateUserAccess(tx, userId, change);
      if (before)
        await this.audit.record(tx, {
          kind: AuditKind.ROLE_CHANGE,
          subjectType: 'User',
          subjectId: userId,
          customerId: before.customerId,
          data: {
            fromRole: before.role,
            toRole: change.role ?? before.role,
            wasDisabled: before.disabled,
            disabled: change.disabled ?? before.disabled,
          },
        });
      if (!change.disabled) return [];
      return (await this.repository.revokeAllForUser(tx, userId, tx.now(), 'user-disabled')).sessionIds;
    });
    await this.sessions.forgetAccess(userId);
    await this.sessions.revoke(ended);
  }

  async me(ctx: RequestContext): Promise<UserEntity | null> {
    if (!ctx.viewer) return null;
    return this.repository.findUserById(ctx, ctx.viewer.userId);
  }

  /** A new session (refresh-token family) for a user who proved who they are another way (OIDC). */
  startSession(ctx: RequestContext, user: UserEntity): Promise<AuthSession> {
    return this.openSession(ctx, user, randomUUID());
  }

  private async openSession(ctx: RequestContext, user: UserEntity, familyId: string): Promise<AuthSession> {
    const now = ctx.now();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(now.getTime() + this.settings.refreshTokenTtlSeconds * 1000);
    await this.repository.insertRefreshToken(ctx, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      createdAt: now,
      expiresAt: refreshTokenExpiresAt,
    });
    // The session's first requests need no user lookup.
    await this.sessions.rememberAccess(user.id, {
      role: user.role,
      disabled: user.disabled,
      customerId: user.customerId,
    });
    const access = this.accessTokens.sign(
      { userId: user.id, role: user.role, customerId: user.customerId ?? undefined, sessionId: familyId },
      now,
    );
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      user,
    };
  }
}
