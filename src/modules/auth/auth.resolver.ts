import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PublicAuth } from '../../common/graphql/public-auth';
import { EmailAddressConflict, EmailAddressConflictError } from '../customers';
import { LoginInput, LogoutInput, RefreshTokenInput, RegisterInput } from './auth.inputs';
import { InvalidCredentials, LoginRateLimited } from './auth.errors';
import { toAuthPayload, toUserType } from './auth.mapper';
import { AuthService } from './auth.service';
import {
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  LoginResult,
  RateLimitedError,
  LogoutPayload,
  RefreshTokenResult,
  RegisterResult,
  UserType,
} from './auth.type';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => UserType, { nullable: true, description: 'The logged-in user, or null without a token.' })
  async me(@Ctx() ctx: RequestContext): Promise<UserType | null> {
    const user = await this.auth.me(ctx);
    return user && toUserType(user);
  }

  @PublicAuth()
  @Mutation(() => RegisterResult, {
    description:
      'Creates a customer with an online-banking login and opens a session. Limited per address and in total; ' +
      'income and credit score start unverified.',
  })
  async register(
    @Arg('input', () => RegisterInput, { description: 'Email, password and profile of the new customer.' })
    input: RegisterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof RegisterResult> {
    const result = await this.auth.register(ctx, input);
    return result instanceof EmailAddressConflict
      ? Object.assign(new EmailAddressConflictError(), result)
      : toAuthPayload(result);
  }

  @PublicAuth()
  @Mutation(() => LoginResult, {
    description:
      'Opens a session. Failed attempts slow down per account and address (progressive delay, no lockout) and are ' +
      'limited per address: a RateLimitedError says how long to wait. Runs even with an expired Authorization header.',
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'Email and password.' }) input: LoginInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof LoginResult> {
    const result = await this.auth.login(ctx, input.email, input.password);
    if (result instanceof LoginRateLimited) return Object.assign(new RateLimitedError(), result);
    return result instanceof InvalidCredentials
      ? Object.assign(new InvalidCredentialsError(), result)
      : toAuthPayload(result);
  }

  @PublicAuth()
  @Mutation(() => RefreshTokenResult, {
    description: 'Exchanges a refresh token for a new session. Reusing a token revokes its whole family.',
  })
  async refreshToken(
    @Arg('input', () => RefreshTokenInput, { description: 'The refresh token to exchange (single use).' })
    input: RefreshTokenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof RefreshTokenResult> {
    const result = await this.auth.refresh(ctx, input.refreshToken);
    return 'accessToken' in result
      ? toAuthPayload(result)
      : Object.assign(new InvalidRefreshTokenError(), result);
  }

  @PublicAuth()
  @Mutation(() => LogoutPayload, {
    description:
      "Ends a session (or all of the user's): its refresh tokens are revoked, its access tokens are refused at once " +
      'and its graphql-ws sockets close with 4401, on every replica.',
  })
  async logout(
    @Arg('input', () => LogoutInput, { description: 'The session to end, or all of them.' })
    input: LogoutInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LogoutPayload> {
    return { revokedSessions: await this.auth.logout(ctx, input.refreshToken, input.allDevices) };
  }
}
