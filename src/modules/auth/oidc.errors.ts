// Why an OIDC callback or exchange did not end in a session (expected outcomes: returned, not thrown).

/** Shown to the page as #oidc_error=<code> after the callback. */
export type OidcCallbackFailure =
  /** Unknown, used or expired state (a forged, replayed or stale callback). */
  | 'STATE_INVALID'
  /** The provider answered with an error (the user declined consent, …). */
  | 'PROVIDER_DENIED'
  /** The provider refused the code (replayed, expired, or the PKCE verifier did not match). */
  | 'CODE_REJECTED'
  /** The ID token's nonce is not the one this login sent. */
  | 'NONCE_MISMATCH'
  /** The ID token failed verification (signature, issuer, audience, expiry). */
  | 'ID_TOKEN_INVALID'
  | 'PROVIDER_UNAVAILABLE'
  /** An unlinked account whose provider did not verify its e-mail address: no account is created. */
  | 'EMAIL_NOT_VERIFIED'
  /** An unlinked account and self-registration is closed (or the provider gave no e-mail address). */
  | 'NOT_LINKED'
  /** An unlinked account whose e-mail belongs to an existing login: sign in and link it from there. */
  | 'EMAIL_IN_USE'
  /** Linking: this provider account is already linked to another login (or this login has one already). */
  | 'ALREADY_LINKED'
  | 'LOGIN_DISABLED';

export const OIDC_CALLBACK_FAILURES: readonly OidcCallbackFailure[] = [
  'STATE_INVALID',
  'PROVIDER_DENIED',
  'CODE_REJECTED',
  'NONCE_MISMATCH',
  'ID_TOKEN_INVALID',
  'PROVIDER_UNAVAILABLE',
  'EMAIL_NOT_VERIFIED',
  'NOT_LINKED',
  'EMAIL_IN_USE',
  'ALREADY_LINKED',
  'LOGIN_DISABLED',
];

export class InvalidOidcCode {
  readonly code = 'OIDC_CODE_INVALID';
  readonly message = 'The sign-in code is unknown, used or expired: sign in again';
}

/** A first login: the page must send the customer profile the provider does not give. */
export class OidcProfileRequired {
  readonly code = 'OIDC_PROFILE_REQUIRED';
  readonly message = 'Complete your customer profile to finish registering';
  constructor(
    readonly email: string,
    readonly suggestedName: string | null,
  ) {}
}

export class OidcUnlinkRefused {
  readonly code = 'OIDC_UNLINK_REFUSED';
  constructor(readonly message: string) {}
}
