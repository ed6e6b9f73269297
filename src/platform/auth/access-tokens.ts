import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { BoundedMap } from '../../common/bounded-map';
import jwt from 'jsonwebtoken';

// Short-lived access tokens. The algorithm is pinned on both sides so a token can never pick its own
// ("alg": "none" or an RS/HS confusion).
const ALGORITHM = 'HS256' as const;
const AUDIENCE = 'fingraph-api';

export interface AccessClaims {
  userId: string;
  role: string;
  customerId?: string;
  /** The session (refresh-token family) the token belongs to: what logout and the deny list key on. */
  sessionId: string;
}

export interface VerifiedAccess extends AccessClaims {
  expiresAt: Date;
}

export class InvalidAccessTokenError extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'Access token expired' : 'Invalid access token');
  }
}

/** Verified tokens remembered (their claims, not a verdict: expiry is checked on every use). */
const VERIFIED_CACHE_MAX = 10_000;

export class AccessTokens {
  // A KeyObject made once: given a string, jsonwebtoken first tries to parse it as a public key on every
  // verify (~1 ms each, measured by the customers benchmark).
  private readonly secret: KeyObject;
  /**
   * A token's signature, algorithm, issuer and audience cannot change, so a token string verified once needs only
   * its expiry checked again: the HMAC, base64 and JSON work (≈ 0.4 ms of each API request's CPU in the customers
   * profile, issue 15) is done once per token. Only tokens that verified are kept; insertion-ordered eviction.
   */
  private readonly verified = new BoundedMap<string, Omit<VerifiedAccess, 'expiresAt'> & { exp: number }>(
    VERIFIED_CACHE_MAX,
  );

  constructor(
    secret: string,
    private readonly issuer: string,
    readonly ttlSeconds: number,
  ) {
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  sign(claims: AccessClaims, now: Date): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = jwt.sign(
      {
        role: claims.role,
        sid: claims.sessionId,
        ...(claims.customerId ? { cid: claims.customerId } : {}),
        iat,
        exp,
      },
      this.secret,
      {
        algorithm: ALGORITHM,
        subject: claims.userId,
        issuer: this.issuer,
        audience: AUDIENCE,
        jwtid: randomUUID(),
      },
    );
    return { token, expiresAt: new Date(exp * 1000) };
  }

  verify(token: string, now: Date): VerifiedAccess {
    const known = this.verified.get(token);
    if (known) {
      // jsonwebtoken's rule: expired once the clock (whole seconds) reaches `exp`.
      if (Math.floor(now.getTime() / 1000) >= known.exp) throw new InvalidAccessTokenError('expired');
      const { exp, ...claims } = known;
      return { ...claims, expiresAt: new Date(exp * 1000) };
    }
    try {
      const payload = jwt.verify(token, this.secret, {
        algorithms: [ALGORITHM],
        issuer: this.issuer,
        audience: AUDIENCE,
        clockTimestamp: Math.floor(now.getTime() / 1000),
      }) as jwt.JwtPayload;
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.role !== 'string' ||
        typeof payload.exp !== 'number' ||
        typeof payload.sid !== 'string'
      ) {
        throw new InvalidAccessTokenError('invalid');
      }
      const claims = {
        userId: payload.sub,
        role: payload.role,
        customerId: typeof payload.cid === 'string' ? payload.cid : undefined,
        sessionId: payload.sid,
      };
      // A token with a not-before claim (never ours) is verified every time.
      if (payload.nbf === undefined) {
        this.verified.set(token, { ...claims, exp: payload.exp });
      }
      return { ...claims, expiresAt: new Date(payload.exp * 1000) };
    } catch (error) {
      if (error instanceof InvalidAccessTokenError) throw error;
      throw new InvalidAccessTokenError(error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid');
    }
  }
}
