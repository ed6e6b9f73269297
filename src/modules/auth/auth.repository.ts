import { IsNull } from 'typeorm';
import type { RequestContext } from '../../common/context';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export class AuthRepository {
  findUserByEmail(ctx: RequestContext, email: string): Promise<UserEntity | null> {
    return ctx.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  findUserById(ctx: RequestContext, id: string): Promise<UserEntity | null> {
    return ctx.manager.getRepository(UserEntity).findOneBy({ id });
  }

  /** Plain SQL, rows shaped as UserEntity: the loader behind every list of customers with their logins. */
  findUsersByCustomerIds(ctx: RequestContext, customerIds: readonly string[]): Promise<UserEntity[]> {
    return ctx.manager.query<UserEntity[]>(
      `SELECT u.id, u.email, u.password_hash AS "passwordHash", u.role, u.customer_id AS "customerId", u.disabled,
              u.created_at AS "createdAt", u.last_login_at AS "lastLoginAt"
         FROM app_user u WHERE u.customer_id = ANY($1)`,
      [customerIds],
    );
  }

  async insertUser(
    ctx: RequestContext,
    user: Omit<UserEntity, 'id' | 'lastLoginAt' | 'disabled'>,
  ): Promise<UserEntity> {
    const repo = ctx.manager.getRepository(UserEntity);
    return repo.save(repo.create({ ...user, disabled: false, lastLoginAt: null }));
  }

  async updateUserAccess(
    ctx: RequestContext,
    userId: string,
    change: Partial<Pick<UserEntity, 'role' | 'disabled'>>,
  ): Promise<void> {
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    if (Object.keys(defined).length > 0)
      await ctx.manager.getRepository(UserEntity).update({ id: userId }, defined);
  }

  async touchLogin(ctx: RequestContext, userId: string, at: Date): Promise<void> {
    await ctx.manager.getRepository(UserEntity).update({ id: userId }, { lastLoginAt: at });
  }

  /** Locks the token row so two concurrent refreshes with one token cannot both succeed. */
  findRefreshTokenForUpdate(ctx: RequestContext, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return ctx.manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .getOne();
  }

  async insertRefreshToken(
    ctx: RequestContext,
    token: Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'tokenHash' | 'createdAt' | 'expiresAt'>,
  ): Promise<void> {
    await ctx.manager.getRepository(RefreshTokenEntity).insert({ ...token, usedAt: null, revokedAt: null });
  }

  async markUsed(ctx: RequestContext, id: string, at: Date): Promise<void> {
    await ctx.manager.getRepository(RefreshTokenEntity).update({ id }, { usedAt: at });
  }

  async revokeFamily(ctx: RequestContext, familyId: string, at: Date, reason: string): Promise<number> {
    const result = await ctx.manager
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
    return result.affected ?? 0;
  }

  /** Revokes every live refresh token of the user; returns the distinct sessions (families) they belonged to. */
  async revokeAllForUser(
    ctx: RequestContext,
    userId: string,
    at: Date,
    reason: string,
  ): Promise<{ tokens: number; sessionIds: string[] }> {
    const result = await ctx.manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: at, revokedReason: reason })
      .where({ userId, revokedAt: IsNull() })
      .returning('family_id')
      .execute();
    const rows = result.raw as { family_id: string }[];
    return { tokens: rows.length, sessionIds: [...new Set(rows.map((r) => r.family_id))] };
  }
}
