import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { inTransaction, RequestContext, Role, Viewer } from '../../common/context';
import { forbidden } from '../../common/errors';
import type { AccessTokens } from '../../platform/auth/access-tokens';
import type { PasswordHasher } from '../../platform/auth/passwords';
import { CustomerService, EmailAddressConflict, NewCustomer, requireViewer } from '../customers';
import { AuthRepository } from './auth.repository';
import { InvalidCredentials, InvalidRefreshToken } from './auth.errors';
import type { LoginThrottle } from './login-throttle';
import type { UserEntity } from './user.entity';

export interface AuthSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

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
    private readonly settings: AuthSettings,
  ) {}

  /** Maps a verified access token to a viewer (used by HTTP and graphql-ws context builders). */
  viewerFromToken(token: string, now: Date): Viewer & { expiresAt: Date } {
    const claims = this.accessTokens.verify(token, now);
    if (!Object.values(Role).includes(claims.role as Role)) throw forbidden('Unknown role in token');
    return {
      userId: claims.userId,
      role: claims.role as Role,
      customerId: claims.customerId,
      expiresAt: claims.expiresAt,
    };
  }

  async register(
    ctx: RequestContext,
    input: { email: string; password: string; profile: NewCustomer },
  ): Promise<AuthSession | EmailAddressConflict> {
    if (!this.settings.registrationOpen) throw forbidden('Self-registration is closed');
    const passwordHash = await this.passwords.hash(input.password);
    return inTransaction(ctx, async (tx) => {
      if (await this.repository.findUserByEmail(tx, input.email))
        return new EmailAddressConflict(input.email);
      const customer = await this.customers.insert(tx, { ...input.profile, email: input.email });
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
  ): Promise<AuthSession | InvalidCredentials> {
    await this.throttle.registerAttempt(email, ctx.ip);
    const user = await this.repository.findUserByEmail(ctx, email);
    const valid = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabled) return new InvalidCredentials();
    await this.throttle.succeeded(email);
    return inTransaction(ctx, async (tx) => {
      await this.repository.touchLogin(tx, user.id, tx.now());
      return this.openSession(tx, user, randomUUID());
    });
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<AuthSession | InvalidRefreshToken> {
    return inTransaction(ctx, async (tx) => {
      const now = tx.now();
      const stored = await this.repository.findRefreshTokenForUpdate(tx, sha256(refreshToken));
      if (!stored) return new InvalidRefreshToken('REFRESH_TOKEN_INVALID');
      if (stored.usedAt || stored.revokedAt) {
        // Someone holds a token that was already rotated: assume theft and end every session of the family.
        await this.repository.revokeFamily(tx, stored.familyId, now, 'reuse-detected');
        tx.logger.warn({ userId: stored.userId, familyId: stored.familyId }, 'refresh token reuse detected');
        return new InvalidRefreshToken('REFRESH_TOKEN_REUSED');
      }
      if (stored.expiresAt <= now) return new InvalidRefreshToken('REFRESH_TOKEN_EXPIRED');
      const user = await this.repository.findUserById(tx, stored.userId);
      if (!user || user.disabled) {
        await this.repository.revokeFamily(tx, stored.familyId, now, 'user-disabled');
        return new InvalidRefreshToken('REFRESH_TOKEN_INVALID');
      }
      await this.repository.markUsed(tx, stored.id, now);
      return this.openSession(tx, user, stored.familyId);
    });
  }

  /** Ends the session the refresh token belongs to, or every session of the viewer with allDevices. */
  async logout(ctx: RequestContext, refreshToken: string | undefined, allDevices: boolean): Promise<number> {
    return inTransaction(ctx, async (tx) => {
      const now = tx.now();
      if (allDevices) {
        const viewer = requireViewer(tx);
        return this.repository.revokeAllForUser(tx, viewer.userId, now, 'logout-all');
      }
      if (!refreshToken) return 0;
      const stored = await this.repository.findRefreshTokenForUpdate(tx, sha256(refreshToken));
      if (!stored) return 0;
      if (tx.viewer && tx.viewer.userId !== stored.userId)
        throw forbidden('That session belongs to another user');
      return this.repository.revokeFamily(tx, stored.familyId, now, 'logout');
    });
  }

  async me(ctx: RequestContext): Promise<UserEntity | null> {
    if (!ctx.viewer) return null;
    return this.repository.findUserById(ctx, ctx.viewer.userId);
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
    const access = this.accessTokens.sign(
      { userId: user.id, role: user.role, customerId: user.customerId ?? undefined },
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
