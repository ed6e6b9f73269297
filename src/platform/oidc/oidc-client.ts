import type { Configuration } from 'openid-client';

// OpenID Connect relying party over openid-client 6 (authorization code + PKCE, state, nonce). openid-client is
// ESM-only: it is loaded with import() on first use (Node 20.19+ runs it from CommonJS; jest transforms it).

export interface OidcProviderSettings {
  readonly id: string;
  readonly name: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  readonly scopes: readonly string[];
}

export interface OidcClientSettings {
  readonly providers: readonly OidcProviderSettings[];
  /** Public origin; the redirect URI of provider X is <publicUrl>/auth/oidc/X/callback. */
  readonly publicUrl: string | undefined;
  readonly allowInsecureIssuers: boolean;
}

/** What a started login must remember server-side until the callback. */
export interface OidcChecks {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** The verified identity the provider vouched for. */
export interface OidcIdentity {
  readonly subject: string;
  readonly email: string | undefined;
  readonly emailVerified: boolean;
  readonly name: string | undefined;
}

export type OidcFailure =
  'PROVIDER_UNAVAILABLE' | 'PROVIDER_DENIED' | 'CODE_REJECTED' | 'NONCE_MISMATCH' | 'ID_TOKEN_INVALID';

export class OidcFlowError extends Error {
  constructor(
    readonly reason: OidcFailure,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'OidcFlowError';
  }
}

type Lib = typeof import('openid-client');
let lib: Promise<Lib> | undefined;
const loadLib = (): Promise<Lib> => (lib ??= import('openid-client'));

export class OidcClient {
  private readonly configurations = new Map<string, Promise<Configuration>>();

  constructor(private readonly settings: OidcClientSettings) {}

  providers(): readonly OidcProviderSettings[] {
    return this.settings.providers;
  }

  provider(id: string): OidcProviderSettings | undefined {
    return this.settings.providers.find((p) => p.id === id);
  }

  redirectUri(providerId: string): string {
    return `${this.settings.publicUrl}/auth/oidc/${providerId}/callback`;
  }

  /** A fresh state, nonce and PKCE verifier, and the provider URL the browser goes to. */
  async authorizationUrl(providerId: string): Promise<{ url: string; checks: OidcChecks }> {
    const client = await loadLib();
    const config = await this.configuration(providerId);
    const provider = this.provider(providerId)!;
    const checks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(providerId),
      scope: provider.scopes.join(' '),
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, checks };
  }

  /**
   * Redeems the callback's code (with the PKCE verifier), verifies the ID token (signature, issuer, audience,
   * expiry, nonce) and returns the identity. The e-mail's verification comes from the ID token or, when the ID
   * token does not say (Kakao), from the UserInfo endpoint.
   */
  async finish(providerId: string, callbackUrl: URL, checks: OidcChecks): Promise<OidcIdentity> {
    const client = await loadLib();
    const config = await this.configuration(providerId);
    let tokens: Awaited<ReturnType<Lib['authorizationCodeGrant']>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw classify(error);
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcFlowError('ID_TOKEN_INVALID', 'no ID token');
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let verified = claims.email_verified;
    if (verified === undefined && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : email;
        verified = info.email_verified;
      } catch (error) {
        throw classify(error);
      }
    }
    return {
      subject: claims.sub,
      email,
      emailVerified: verified === true || verified === 'true',
      name: typeof claims.name === 'string' ? claims.name : (claims.nickname as string | undefined),
    };
  }

  private configuration(providerId: string): Promise<Configuration> {
    const provider = this.provider(providerId);
    if (!provider) return Promise.reject(new Error(`unknown OIDC provider ${providerId}`));
    let pending = this.configurations.get(providerId);
    if (!pending) {
      pending = (async () => {
        const client = await loadLib();
        try {
          return await client.discovery(
            new URL(provider.issuer),
            provider.clientId,
            provider.clientSecret,
            provider.clientSecret ? client.ClientSecretPost(provider.clientSecret) : client.None(),
            this.settings.allowInsecureIssuers ? { execute: [client.allowInsecureRequests] } : undefined,
          );
        } catch (error) {
          throw new OidcFlowError('PROVIDER_UNAVAILABLE', (error as Error).message);
        }
      })();
      // A failed discovery is retried on the next login, not cached.
      pending.catch(() => this.configurations.delete(providerId));
      this.configurations.set(providerId, pending);
    }
    return pending;
  }
}

function classify(error: unknown): OidcFlowError {
  if (error instanceof OidcFlowError) return error;
  const e = error as { name?: string; code?: string; message?: string; error?: string; cause?: unknown };
  const message = e.message ?? String(error);
  if (e.name === 'AuthorizationResponseError') return new OidcFlowError('PROVIDER_DENIED', message);
  if (e.name === 'ResponseBodyError') return new OidcFlowError('CODE_REJECTED', `${e.error}: ${message}`);
  // openid-client wraps oauth4webapi's error, whose own cause names the claim that did not match.
  const inner = e.cause as { message?: string; cause?: { claim?: string } } | undefined;
  if (
    e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' &&
    (inner?.cause?.claim === 'nonce' || /nonce/i.test(inner?.message ?? message))
  )
    return new OidcFlowError('NONCE_MISMATCH', inner?.message ?? message);
  if (typeof e.code === 'string' && e.code.startsWith('OAUTH_'))
    return new OidcFlowError('ID_TOKEN_INVALID', `${e.code}: ${message}`);
  return new OidcFlowError('PROVIDER_UNAVAILABLE', message);
}
