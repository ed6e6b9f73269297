export { PasswordHasher } from './passwords';
export { AccessTokens, InvalidAccessTokenError } from './access-tokens';
export type { AccessClaims, VerifiedAccess } from './access-tokens';
