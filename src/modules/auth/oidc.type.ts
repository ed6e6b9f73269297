import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorResult } from '../../common/graphql/types';
import { EmailAddressConflictError } from '../customers';
import { AuthPayload } from './auth.type';

@ObjectType('OidcProvider', {
  description: 'An OpenID Connect provider users can sign in with (Kakao, Google, …).',
})
export class OidcProviderType {
  @Field({ description: 'Provider id used in URLs, e.g. "kakao".' })
  id!: string;

  @Field({ description: 'Name to show on the sign-in button.' })
  name!: string;

  @Field({
    description:
      'Browser route that starts the sign-in (add ?return_to=/chat or /dashboard). It ends on that page with ' +
      '#oidc_code=… for exchangeOidcCode, or #oidc_error=<code>.',
  })
  loginPath!: string;
}

@ObjectType('LinkedIdentity', { description: 'A provider account linked to the signed-in login.' })
export class LinkedIdentityType {
  @Field({ description: 'Provider id, e.g. "kakao".' })
  provider!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address the provider reported when linking.' })
  email!: string | null;

  @Field({ description: 'When it was linked.' })
  linkedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last sign-in through it.' })
  lastLoginAt!: Date | null;
}

@ObjectType('InvalidOidcCodeError', {
  implements: ErrorResult,
  description: 'The one-time sign-in code is unknown, already used or expired.',
})
export class InvalidOidcCodeError implements ErrorResult {
  @Field({ description: 'OIDC_CODE_INVALID' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;
}

@ObjectType('OidcProfileRequiredError', {
  implements: ErrorResult,
  description:
    'A first sign-in: send exchangeOidcCode again with the same code and a profile to create the customer.',
})
export class OidcProfileRequiredError implements ErrorResult {
  @Field({ description: 'OIDC_PROFILE_REQUIRED' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field({ description: 'The verified e-mail address the new login will have.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Name the provider reported, to prefill the form.' })
  suggestedName!: string | null;
}

@ObjectType('OidcUnlinkRefusedError', {
  implements: ErrorResult,
  description: 'The provider is not linked, or it is the only way left to sign in.',
})
export class OidcUnlinkRefusedError implements ErrorResult {
  @Field({ description: 'OIDC_UNLINK_REFUSED' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;
}

@ObjectType('StartOidcLinkPayload', { description: 'Where to send the browser to link a provider account.' })
export class StartOidcLinkPayload {
  @Field({ description: "The provider's authorization URL (state, nonce and PKCE challenge included)." })
  authorizationUrl!: string;
}

@ObjectType('UnlinkOidcIdentityPayload', { description: 'The identities still linked after unlinking.' })
export class UnlinkOidcIdentityPayload {
  @Field(() => [LinkedIdentityType], { description: 'Remaining linked identities.' })
  identities!: LinkedIdentityType[];
}

export const ExchangeOidcCodeResult = createUnionType({
  name: 'ExchangeOidcCodeResult',
  description: 'A session, a request for the new customer’s profile, or why the code was refused.',
  types: () =>
    [AuthPayload, InvalidOidcCodeError, OidcProfileRequiredError, EmailAddressConflictError] as const,
  resolveType: (v) =>
    !('code' in v)
      ? AuthPayload
      : v.code === 'OIDC_PROFILE_REQUIRED'
        ? OidcProfileRequiredError
        : v.code === 'OIDC_CODE_INVALID'
          ? InvalidOidcCodeError
          : EmailAddressConflictError,
});

export const UnlinkOidcIdentityResult = createUnionType({
  name: 'UnlinkOidcIdentityResult',
  description: 'The remaining identities, or why unlinking was refused.',
  types: () => [UnlinkOidcIdentityPayload, OidcUnlinkRefusedError] as const,
  resolveType: (v) => ('code' in v ? OidcUnlinkRefusedError : UnlinkOidcIdentityPayload),
});
