import type { RequestContext } from '../../common/context';

// Server-side OIDC state (shared by every replica through the database) and linked identities.

export interface StoredLoginState {
  provider: string;
  nonce: string;
  codeVerifier: string;
  purpose: 'LOGIN' | 'LINK';
  userId: string | null;
  returnTo: string;
  expiresAt: Date;
}

export interface StoredHandoff {
  kind: 'LOGIN' | 'REGISTER';
  provider: string;
  userId: string | null;
  subject: string | null;
  email: string | null;
  name: string | null;
  expiresAt: Date;
}

export interface LinkedIdentity {
  provider: string;
  subject: string;
  userId: string;
  email: string | null;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export class OidcRepository {
  async insertState(ctx: RequestContext, stateHash: string, s: StoredLoginState): Promise<void> {
    // Abandoned logins are swept by the next one.
    await ctx.manager.query(`DELETE FROM oidc_login_state WHERE expires_at < $1`, [ctx.now()]);
    await ctx.manager.query(
      `INSERT INTO oidc_login_state
         (state_hash, provider, nonce, code_verifier, purpose, user_id, return_to, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        stateHash,
        s.provider,
        s.nonce,
        s.codeVerifier,
        s.purpose,
        s.userId,
        s.returnTo,
        ctx.now(),
        s.expiresAt,
      ],
    );
  }

  /** Single use: the row is gone once read, whatever happens next. */
  async takeState(ctx: RequestContext, stateHash: string): Promise<StoredLoginState | null> {
    const rows = (await ctx.manager.query(
      `DELETE FROM oidc_login_state WHERE state_hash = $1
       RETURNING provider, nonce, code_verifier, purpose, user_id, return_to, expires_at`,
      [stateHash],
    )) as [
      {
        provider: string;
        nonce: string;
        code_verifier: string;
        purpose: 'LOGIN' | 'LINK';
        user_id: string | null;
        return_to: string;
        expires_at: Date;
      }[],
      number,
    ];
    const row = rows[0][0];
    return row
      ? {
          provider: row.provider,
          nonce: row.nonce,
          codeVerifier: row.code_verifier,
          purpose: row.purpose,
          userId: row.user_id,
          returnTo: row.return_to,
          expiresAt: new Date(row.expires_at),
        }
      : null;
  }

  async insertHandoff(ctx: RequestContext, codeHash: string, h: StoredHandoff): Promise<void> {
    await ctx.manager.query(`DELETE FROM oidc_handoff WHERE expires_at < $1`, [ctx.now()]);
    await ctx.manager.query(
      `INSERT INTO oidc_handoff (code_hash, kind, provider, user_id, subject, email, name, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [codeHash, h.kind, h.provider, h.userId, h.subject, h.email, h.name, ctx.now(), h.expiresAt],
    );
  }

  /** Locks the code's row (two exchanges of one code cannot both succeed). */
  async findHandoffForUpdate(ctx: RequestContext, codeHash: string): Promise<StoredHandoff | null> {
    const [row] = (await ctx.manager.query(
      `SELECT kind, provider, user_id, subject, email, name, expires_at FROM oidc_handoff
        WHERE code_hash = $1 FOR UPDATE`,
      [codeHash],
    )) as {
      kind: 'LOGIN' | 'REGISTER';
      provider: string;
      user_id: string | null;
      subject: string | null;
      email: string | null;
      name: string | null;
      expires_at: Date;
    }[];
    return row
      ? {
          kind: row.kind,
          provider: row.provider,
          userId: row.user_id,
          subject: row.subject,
          email: row.email,
          name: row.name,
          expiresAt: new Date(row.expires_at),
        }
      : null;
  }

  async deleteHandoff(ctx: RequestContext, codeHash: string): Promise<void> {
    await ctx.manager.query(`DELETE FROM oidc_handoff WHERE code_hash = $1`, [codeHash]);
  }

  async findIdentity(ctx: RequestContext, provider: string, subject: string): Promise<LinkedIdentity | null> {
    const [row] = await this.identities(ctx, `provider = $1 AND subject = $2`, [provider, subject]);
    return row ?? null;
  }

  identitiesOfUser(ctx: RequestContext, userId: string): Promise<LinkedIdentity[]> {
    return this.identities(ctx, `user_id = $1`, [userId]);
  }

  async insertIdentity(
    ctx: RequestContext,
    i: { userId: string; provider: string; subject: string; email: string | null },
  ): Promise<void> {
    await ctx.manager.query(
      `INSERT INTO user_identity (user_id, provider, subject, email, created_at, last_login_at)
       VALUES ($1, $2, $3, $4, $5, NULL)`,
      [i.userId, i.provider, i.subject, i.email, ctx.now()],
    );
  }

  async touchIdentity(ctx: RequestContext, provider: string, subject: string): Promise<void> {
    await ctx.manager.query(
      `UPDATE user_identity SET last_login_at = $3 WHERE provider = $1 AND subject = $2`,
      [provider, subject, ctx.now()],
    );
  }

  async deleteIdentity(
    ctx: RequestContext,
    userId: string,
    provider: string,
  ): Promise<LinkedIdentity | null> {
    const [rows] = (await ctx.manager.query(
      `DELETE FROM user_identity WHERE user_id = $1 AND provider = $2 RETURNING subject`,
      [userId, provider],
    )) as [{ subject: string }[], number];
    return rows[0]
      ? { provider, subject: rows[0].subject, userId, email: null, createdAt: ctx.now(), lastLoginAt: null }
      : null;
  }

  private async identities(ctx: RequestContext, where: string, params: unknown[]): Promise<LinkedIdentity[]> {
    const rows = (await ctx.manager.query(
      `SELECT provider, subject, user_id, email, created_at, last_login_at FROM user_identity
        WHERE ${where} ORDER BY provider`,
      params,
    )) as {
      provider: string;
      subject: string;
      user_id: string;
      email: string | null;
      created_at: Date;
      last_login_at: Date | null;
    }[];
    return rows.map((r) => ({
      provider: r.provider,
      subject: r.subject,
      userId: r.user_id,
      email: r.email,
      createdAt: r.created_at,
      lastLoginAt: r.last_login_at,
    }));
  }
}
