import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Role, Viewer } from '../../common/context';
import { ErrorResult } from '../../common/graphql/types';
import { CustomerType, EmailAddressConflictError } from '../customers';

@ObjectType('User', { description: 'A login principal: a customer or a member of staff.' })
export class UserType {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;

  localId!: string;
  customerLocalId!: string | null;
  /** Set on the user of a new session, whose request carried no token yet: fields resolve as that user. */
  sessionViewer?: Viewer;

  @Field({ description: 'Login e-mail address.' })
  email!: string;

  @Field(() => Role, { description: 'What this user may do.' })
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'Last successful login.' })
  lastLoginAt!: Date | null;

  @Field({ description: 'When the login was created.' })
  createdAt!: Date;
}

@ObjectType('AuthPayload', {
  description: 'A new session: a short-lived access token and a rotating refresh token.',
})
export class AuthPayload {
  @Field({
    description:
      'JWT (HS256) for the Authorization header: `Bearer <token>`, and for graphql-ws connectionParams.',
  })
  accessToken!: string;

  @Field({ description: 'When the access token stops working.' })
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Single-use token for `refreshToken`; each use returns a new one.' })
  refreshToken!: string;

  @Field({ description: 'When the refresh token expires.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => UserType, { description: 'The logged-in user.' })
  user!: UserType;
}

@ObjectType('InvalidCredentialsError', {
  implements: ErrorResult,
  description: 'Unknown e-mail address or wrong password (deliberately indistinguishable).',
})
export class InvalidCredentialsError implements ErrorResult {
  @Field({ description: 'INVALID_CREDENTIALS' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;
}

@ObjectType('InvalidRefreshTokenError', {
  implements: ErrorResult,
  description:
    'The refresh token cannot be used: REFRESH_TOKEN_INVALID, _EXPIRED or _REUSED (family revoked).',
})
export class InvalidRefreshTokenError implements ErrorResult {
  @Field({ description: 'REFRESH_TOKEN_INVALID, REFRESH_TOKEN_EXPIRED or REFRESH_TOKEN_REUSED.' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;
}

@ObjectType('RateLimitedError', {
  implements: ErrorResult,
  description:
    'Too many failed logins for this account from this address, or from this address in total: nothing was ' +
    'checked. Wait `retryAfterSeconds` (successful logins do not count against the limits).',
})
export class RateLimitedError implements ErrorResult {
  @Field({ description: 'RATE_LIMITED' })
  code!: string;

  @Field({ description: 'Explanation, with the wait.' })
  message!: string;

  @Field(() => Int, { description: 'Seconds to wait before the next attempt (at least 1).' })
  retryAfterSeconds!: number;
}

@ObjectType('LogoutPayload', { description: 'Result of logout.' })
export class LogoutPayload {
  @Field({ description: 'Number of refresh tokens revoked.' })
  revokedSessions!: number;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  description: 'A session, or why none was opened.',
  types: () => [AuthPayload, InvalidCredentialsError, RateLimitedError] as const,
  resolveType: (v) =>
    'retryAfterSeconds' in v ? RateLimitedError : 'code' in v ? InvalidCredentialsError : AuthPayload,
});

export const RegisterResult = createUnionType({
  name: 'RegisterResult',
  description: 'A session for the new customer, or why registration failed.',
  types: () => [AuthPayload, EmailAddressConflictError] as const,
  resolveType: (v) => ('code' in v ? EmailAddressConflictError : AuthPayload),
});

export const RefreshTokenResult = createUnionType({
  name: 'RefreshTokenResult',
  description: 'A rotated session, or why the refresh token was refused.',
  types: () => [AuthPayload, InvalidRefreshTokenError] as const,
  resolveType: (v) => ('code' in v ? InvalidRefreshTokenError : AuthPayload),
});

export { CustomerType };
