// Expected outcomes of authentication (returned, not thrown).
export class InvalidCredentials {
  readonly code = 'INVALID_CREDENTIALS';
  // One message for unknown user, wrong password and disabled account: nothing to enumerate accounts with.
  readonly message = 'Invalid e-mail address or password';
}

export type RefreshFailure = 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_EXPIRED' | 'REFRESH_TOKEN_REUSED';

export class InvalidRefreshToken {
  readonly message: string;
  constructor(readonly code: RefreshFailure) {
    this.message = {
      REFRESH_TOKEN_INVALID: 'The refresh token is not valid',
      REFRESH_TOKEN_EXPIRED: 'The refresh token has expired; log in again',
      REFRESH_TOKEN_REUSED:
        'The refresh token was already used; every session continued from this sign-in was signed out (sign in again)',
    }[code];
  }
}

/** Too many failed logins from this address or for this account: wait `retryAfterSeconds` before trying again. */
export class LoginRateLimited {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly message: string,
    readonly retryAfterSeconds: number,
  ) {}
}
