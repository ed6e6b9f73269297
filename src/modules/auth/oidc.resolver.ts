import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { EmailAddressConflict, EmailAddressConflictError } from '../customers';
import { ExchangeOidcCodeInput, StartOidcLinkInput, UnlinkOidcIdentityInput } from './auth.inputs';
import { toAuthPayload } from './auth.mapper';
import { InvalidOidcCode, OidcProfileRequired, OidcUnlinkRefused } from './oidc.errors';
import type { LinkedIdentity } from './oidc.repository';
import { OidcService } from './oidc.service';
import {
  ExchangeOidcCodeResult,
  InvalidOidcCodeError,
  LinkedIdentityType,
  OidcProfileRequiredError,
  OidcProviderType,
  OidcUnlinkRefusedError,
  StartOidcLinkPayload,
  UnlinkOidcIdentityPayload,
  UnlinkOidcIdentityResult,
} from './oidc.type';

const toIdentity = (i: LinkedIdentity): LinkedIdentityType => ({
  provider: i.provider,
  email: i.email,
  linkedAt: i.createdAt,
  lastLoginAt: i.lastLoginAt,
});

@Resolver()
export class OidcResolver {
  constructor(private readonly oidc: OidcService) {}

  @Query(() => [OidcProviderType], { description: 'The OpenID Connect providers configured for sign-in.' })
  oidcProviders(): OidcProviderType[] {
    return this.oidc.providers().map((p) => ({ ...p, loginPath: `/auth/oidc/${p.id}/login` }));
  }

  @Query(() => [LinkedIdentityType], { description: "The signed-in login's linked provider accounts." })
  async linkedIdentities(@Ctx() ctx: RequestContext): Promise<LinkedIdentityType[]> {
    return (await this.oidc.identities(ctx)).map(toIdentity);
  }

  @Mutation(() => ExchangeOidcCodeResult, {
    description:
      'Exchanges the one-time code from an OIDC sign-in for a session (tokens never travel in a URL). A first ' +
      'sign-in answers OidcProfileRequiredError; the same code with a profile creates the customer.',
  })
  async exchangeOidcCode(
    @Arg('input', () => ExchangeOidcCodeInput, {
      description: 'The code and, on a first sign-in, the profile.',
    })
    input: ExchangeOidcCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof ExchangeOidcCodeResult> {
    const result = await this.oidc.exchange(ctx, input.code, input.profile);
    if (result instanceof InvalidOidcCode) return Object.assign(new InvalidOidcCodeError(), result);
    if (result instanceof OidcProfileRequired) return Object.assign(new OidcProfileRequiredError(), result);
    if (result instanceof EmailAddressConflict) return Object.assign(new EmailAddressConflictError(), result);
    return toAuthPayload(result);
  }

  @Mutation(() => StartOidcLinkPayload, {
    description: 'Starts linking a provider account to the signed-in login: send the browser to the URL.',
  })
  async startOidcLink(
    @Arg('input', () => StartOidcLinkInput, { description: 'Which provider, and where to come back.' })
    input: StartOidcLinkInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StartOidcLinkPayload> {
    return { authorizationUrl: await this.oidc.start(ctx, input.provider, input.returnTo, 'LINK') };
  }

  @Mutation(() => UnlinkOidcIdentityResult, {
    description:
      'Unlinks a provider account from the signed-in login (refused if it is the only way to sign in).',
  })
  async unlinkOidcIdentity(
    @Arg('input', () => UnlinkOidcIdentityInput, { description: 'Which provider to unlink.' })
    input: UnlinkOidcIdentityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof UnlinkOidcIdentityResult> {
    const result = await this.oidc.unlink(ctx, input.provider);
    if (result instanceof OidcUnlinkRefused) return Object.assign(new OidcUnlinkRefusedError(), result);
    return Object.assign(new UnlinkOidcIdentityPayload(), { identities: result.map(toIdentity) });
  }
}
