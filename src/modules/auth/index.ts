// What other modules and the composition root may use from the auth module.
export { UserEntity } from './user.entity';
export { RefreshTokenEntity } from './refresh-token.entity';
export { AuthService } from './auth.service';
export type { AuthSession } from './auth.service';
export { AuthRepository } from './auth.repository';
export { AuthResolver } from './auth.resolver';
export { CustomerLoginFieldResolver, UserFieldResolver } from './auth-fields.resolver';
export { LoginThrottle, RegistrationThrottle } from './login-throttle';
export { SessionGuard } from './session-guard';
export { toUserType, USER_TYPE } from './auth.mapper';
export { OidcService } from './oidc.service';
export { OidcRepository } from './oidc.repository';
export { OidcResolver } from './oidc.resolver';
export { oidcRouter } from './oidc.router';
