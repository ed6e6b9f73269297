import { createHash, randomBytes } from 'node:crypto';
import { inTransaction, RequestContext, Role } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { OidcFlowError, type OidcClient } from '../../platform/oidc/oidc-client';
import type { Metrics } from '../../platform/observability/metrics';
import { AuditKind, type AuditService } from '../audit';
import { CustomerService, EmailAddressConflict, requireViewer } from '../customers';
import { AuthRepository } from './auth.repository';
import {
  AuthService,
  UNVERIFIED_CREDIT_SCORE,
  UNVERIFIED_INCOME,
  type AuthSession,
  type SelfDeclaredProfile,
} from './auth.service';
import {
  InvalidOidcCode,
  OidcProfileRequired,
  OidcUnlinkRefused,
  type OidcCallbackFailure,
} from './oidc.errors';
import { OidcRepository, type LinkedIdentity } from './oidc.repository';
import type { RegistrationThrottle } from './login-throttle';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where a flow may send the browser back to: our own pages only (no open redirect). */
export const OIDC_RETURN_PATHS = ['/chat', '/dashboard'] as const;

export interface OidcSettings {
  stateTtlSeconds: number;
  handoffTtlSeconds: number;
  registrationOpen: boolean;
}

export type CallbackOutcome =
  | { returnTo: string; code: string; purpose: 'LOGIN' }
  | { returnTo: string; linked: string; purpose: 'LINK' }
  | { returnTo: string; error: OidcCallbackFailure };

// Authorization code + PKCE + state + nonce against any configured provider. The state row (nonce, verifier,
// purpose) lives in the database: any replica can receive the callback, and it is deleted on first read. The
// callback never puts tokens in a URL: it hands the page a short-lived one-time code that exchangeOidcCode turns
// into our own session. Refused callbacks create nothing (no user, customer, identity, session or audit row).
export class OidcService {
  constructor(
    private readonly client: OidcClient,
    private readonly repository: OidcRepository,
    private readonly users: AuthRepository,
    private readonly auth: AuthService,
    private readonly customers: CustomerService,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationThrottle,
    private readonly metrics: Metrics,
    private readonly settings: OidcSettings,
  ) {}

  providers(): { id: string; name: string }[] {
    return this.client.providers().map((p) => ({ id: p.id, name: p.name }));
  }

  /** The provider URL a browser goes to; for LINK the signed-in viewer is remembered with the state. */
  async start(
    ctx: RequestContext,
    providerId: string,
    returnTo: string | undefined,
    purpose: 'LOGIN' | 'LINK',
  ): Promise<string> {
    if (!this.client.provider(providerId)) throw notFound(`OIDC provider "${providerId}"`);
    const back = returnTo ?? '/chat';
    if (!(OIDC_RETURN_PATHS as readonly string[]).includes(back))
      throw badInput('returnTo', `must be one of ${OIDC_RETURN_PATHS.join(', ')}`);
    const userId = purpose === 'LINK' ? requireViewer(ctx).userId : null;
    const { url, checks } = await this.client.authorizationUrl(providerId);
    await this.repository.insertState(ctx, sha256(checks.state), {
      provider: providerId,
      nonce: checks.nonce,
      codeVerifier: checks.codeVerifier,
      purpose,
      userId,
      returnTo: back,
      expiresAt: new Date(ctx.now().getTime() + this.settings.stateTtlSeconds * 1000),
    });
    return url;
  }

  /** The provider sent the browser back to <PUBLIC_URL>/auth/oidc/<provider>/callback?code&state. */
  async callback(ctx: RequestContext, providerId: string, callbackUrl: URL): Promise<CallbackOutcome> {
    const outcome = await this.handleCallback(ctx, providerId, callbackUrl);
    const known = this.client.provider(providerId) ? providerId : 'unknown';
    this.metrics.oidcCallbacks.inc({ provider: known, outcome: 'error' in outcome ? outcome.error : 'OK' });
    if ('error' in outcome)
      ctx.logger.info({ provider: known, reason: outcome.error }, 'OIDC callback refused');
    return outcome;
  }

  private async handleCallback(ctx: RequestContext, providerId: string, url: URL): Promise<CallbackOutcome> {
    const refuse = (error: OidcCallbackFailure, returnTo = '/chat'): CallbackOutcome => ({ returnTo, error });
    const state = url.searchParams.get('state');
    if (!state || !this.client.provider(providerId)) return refuse('STATE_INVALID');
    // Taken in its own statement: used once, even when what follows fails.
    const stored = await this.repository.takeState(ctx, sha256(state));
    if (!stored || stored.provider !== providerId || stored.expiresAt <= ctx.now())
      return refuse('STATE_INVALID');
    let identity;
    try {
      identity = await this.client.finish(providerId, url, {
        state,
        nonce: stored.nonce,
        codeVerifier: stored.codeVerifier,
      });
    } catch (error) {
      if (!(error instanceof OidcFlowError)) throw error;
      ctx.logger.info({ provider: providerId, err: error.message }, 'OIDC code exchange refused');
      return refuse(error.reason, stored.returnTo);
    }
    const back = stored.returnTo;

    if (stored.purpose === 'LINK') {
      const userId = stored.userId!;
      return inTransaction(ctx, async (tx): Promise<CallbackOutcome> => {
        const existing = await this.repository.findIdentity(tx, providerId, identity.subject);
        if (existing)
          return existing.userId === userId
            ? { returnTo: back, linked: providerId, purpose: 'LINK' }
            : refuse('ALREADY_LINKED', back);
        const own = await this.repository.identitiesOfUser(tx, userId);
        if (own.some((i) => i.provider === providerId)) return refuse('ALREADY_LINKED', back);
        const user = await this.users.findUserById(tx, userId);
        if (!user || user.disabled) return refuse('LOGIN_DISABLED', back);
        await this.repository.insertIdentity(tx, {
          userId,
          provider: providerId,
          subject: identity.subject,
          email: identity.email ?? null,
        });
        await this.audit.record(tx, {
          kind: AuditKind.OIDC_LINK,
          subjectType: 'User',
          subjectId: userId,
          customerId: user.customerId,
          actor: { userId, role: user.role },
          data: { provider: providerId, subject: identity.subject },
        });
        return { returnTo: back, linked: providerId, purpose: 'LINK' };
      });
    }

    const linked = await this.repository.findIdentity(ctx, providerId, identity.subject);
    const expiresAt = new Date(ctx.now().getTime() + this.settings.handoffTtlSeconds * 1000);
    const code = randomBytes(32).toString('base64url');
    if (linked) {
      const user = await this.users.findUserById(ctx, linked.userId);
      if (!user || user.disabled) return refuse('LOGIN_DISABLED', back);
      await this.repository.insertHandoff(ctx, sha256(code), {
        kind: 'LOGIN',
        provider: providerId,
        userId: user.id,
        subject: identity.subject,
        email: null,
        name: null,
        expiresAt,
      });
      return { returnTo: back, code, purpose: 'LOGIN' };
    }
    // An unlinked subject: a new customer only with open registration and an e-mail the provider verified.
    if (!this.settings.registrationOpen || !identity.email) return refuse('NOT_LINKED', back);
    if (!identity.emailVerified) return refuse('EMAIL_NOT_VERIFIED', back);
    // Never attach a provider account to an existing login by e-mail alone (account takeover): link it from there.
    if (await this.users.findUserByEmail(ctx, identity.email)) return refuse('EMAIL_IN_USE', back);
    await this.repository.insertHandoff(ctx, sha256(code), {
      kind: 'REGISTER',
      provider: providerId,
      userId: null,
      subject: identity.subject,
      email: identity.email,
      name: identity.name ?? null,
      // The profile form takes longer than a redirect.
      expiresAt: new Date(ctx.now().getTime() + this.settings.stateTtlSeconds * 1000),
    });
    return { returnTo: back, code, purpose: 'LOGIN' };
  }

  /**
   * Exchanges the page's one-time code for a session. A first login's code asks for the customer profile
   * (OidcProfileRequired, the code stays valid) and creates customer, login and link in one transaction.
   */
  async exchange(
    ctx: RequestContext,
    code: string,
    profile: SelfDeclaredProfile | undefined,
  ): Promise<AuthSession | InvalidOidcCode | OidcProfileRequired | EmailAddressConflict> {
    const hash = sha256(code);
    const registering = await inTransaction(ctx, async (tx) => {
      const handoff = await this.repository.findHandoffForUpdate(tx, hash);
      return handoff?.kind === 'REGISTER' && profile !== undefined;
    });
    // Registration is limited per address like `register` (counted before the transaction, as there).
    if (registering) await this.registrations.registerAttempt(ctx.ip);
    const result = await inTransaction(ctx, async (tx) => {
      const handoff = await this.repository.findHandoffForUpdate(tx, hash);
      if (!handoff || handoff.expiresAt <= tx.now()) {
        if (handoff) await this.repository.deleteHandoff(tx, hash);
        return new InvalidOidcCode();
      }
      if (handoff.kind === 'LOGIN') {
        await this.repository.deleteHandoff(tx, hash);
        const user = await this.users.findUserById(tx, handoff.userId!);
        if (!user || user.disabled) return new InvalidOidcCode();
        await this.users.touchLogin(tx, user.id, tx.now());
        await this.repository.touchIdentity(tx, handoff.provider, handoff.subject!);
        await this.audit.record(tx, {
          kind: AuditKind.OIDC_LOGIN,
          subjectType: 'User',
          subjectId: user.id,
          customerId: user.customerId,
          actor: { userId: user.id, role: user.role },
          data: { provider: handoff.provider, subject: handoff.subject, created: false },
        });
        return this.auth.startSession(tx, user);
      }
      if (!profile) return new OidcProfileRequired(handoff.email!, handoff.name);
      if (!this.settings.registrationOpen) return new InvalidOidcCode();
      await this.repository.deleteHandoff(tx, hash);
      if (await this.repository.findIdentity(tx, handoff.provider, handoff.subject!))
        return new InvalidOidcCode();
      if (await this.users.findUserByEmail(tx, handoff.email!))
        return new EmailAddressConflict(handoff.email!);
      const customer = await this.customers.insert(
        tx,
        {
          ...profile,
          email: handoff.email!,
          annualIncome: UNVERIFIED_INCOME,
          creditScore: UNVERIFIED_CREDIT_SCORE,
        },
        'profile.birthDate',
      );
      if (customer instanceof EmailAddressConflict) return customer;
      const user = await this.users.insertUser(tx, {
        email: handoff.email!,
        passwordHash: null,
        role: Role.CUSTOMER,
        customerId: customer.id,
        createdAt: tx.now(),
      });
      await this.repository.insertIdentity(tx, {
        userId: user.id,
        provider: handoff.provider,
        subject: handoff.subject!,
        email: handoff.email,
      });
      await this.audit.record(tx, {
        kind: AuditKind.OIDC_LOGIN,
        subjectType: 'User',
        subjectId: user.id,
        customerId: customer.id,
        actor: { userId: user.id, role: user.role },
        data: { provider: handoff.provider, subject: handoff.subject, created: true },
      });
      return this.auth.startSession(tx, user);
    });
    return result;
  }

  identities(ctx: RequestContext): Promise<LinkedIdentity[]> {
    return this.repository.identitiesOfUser(ctx, requireViewer(ctx).userId);
  }

  /** Unlinks a provider from the viewer's login; refused when it is the only way left to sign in. */
  async unlink(ctx: RequestContext, providerId: string): Promise<LinkedIdentity[] | OidcUnlinkRefused> {
    const viewer = requireViewer(ctx);
    return inTransaction(ctx, async (tx) => {
      const user = await this.users.findUserById(tx, viewer.userId);
      const own = await this.repository.identitiesOfUser(tx, viewer.userId);
      if (!own.some((i) => i.provider === providerId))
        return new OidcUnlinkRefused(`No ${providerId} account is linked to this login`);
      if (!user?.passwordHash && own.length === 1)
        return new OidcUnlinkRefused('This is the only way to sign in to this login: link another first');
      const removed = await this.repository.deleteIdentity(tx, viewer.userId, providerId);
      await this.audit.record(tx, {
        kind: AuditKind.OIDC_UNLINK,
        subjectType: 'User',
        subjectId: viewer.userId,
        customerId: user?.customerId ?? null,
        data: { provider: providerId, subject: removed?.subject ?? null },
      });
      return own.filter((i) => i.provider !== providerId);
    });
  }
}
