import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsEmail, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { RegisterProfileInput } from '../customers';

@InputType({ description: 'Credentials.' })
export class LoginInput {
  @Field({ description: 'Login e-mail address.' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @Field({ description: 'Password.' })
  @Length(1, 128)
  password!: string;
}

@InputType({ description: 'A new online-banking customer and their login.' })
export class RegisterInput {
  @Field({ description: 'Login e-mail address (also the contact address).' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @Field({ description: 'Password, 10–128 characters.' })
  @Length(10, 128, { message: 'password must be 10 to 128 characters long' })
  password!: string;

  @Field(() => RegisterProfileInput, {
    description: 'Customer profile (without income and credit score: those are verified by staff).',
  })
  @ValidateNested()
  profile!: RegisterProfileInput;
}

@InputType({ description: 'A refresh token to rotate.' })
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from the last AuthPayload.' })
  @Length(1, 200)
  refreshToken!: string;
}

@InputType({ description: 'Which sessions to end.' })
export class LogoutInput {
  @Field(() => String, {
    nullable: true,
    description:
      "The refresh token of the session to end; without it, the session of the request's access token.",
  })
  @IsOptional()
  @Length(1, 200)
  refreshToken?: string;

  @Field({ defaultValue: false, description: 'End every session of the logged-in user.' })
  @IsBoolean()
  allDevices!: boolean;
}

@InputType({ description: 'The one-time code the OIDC callback handed the page (#oidc_code=…).' })
export class ExchangeOidcCodeInput {
  @Field({ description: 'The code; valid once, for a minute (OIDC_HANDOFF_TTL_SECONDS).' })
  @Length(20, 100)
  code!: string;

  @Field(() => RegisterProfileInput, {
    nullable: true,
    description: 'First sign-in only (after OidcProfileRequiredError): the new customer’s profile.',
  })
  @IsOptional()
  @ValidateNested()
  profile?: RegisterProfileInput;
}

@InputType({ description: 'Link a provider account to the signed-in login.' })
export class StartOidcLinkInput {
  @Field({ description: 'Provider id, e.g. "kakao".' })
  @MaxLength(32)
  provider!: string;

  @Field({ defaultValue: '/chat', description: 'Page to come back to: /chat or /dashboard.' })
  @MaxLength(20)
  returnTo!: string;
}

@InputType({ description: 'Unlink a provider account from the signed-in login.' })
export class UnlinkOidcIdentityInput {
  @Field({ description: 'Provider id, e.g. "kakao".' })
  @MaxLength(32)
  provider!: string;
}
