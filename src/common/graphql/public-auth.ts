import { Extensions } from 'type-graphql';

/** The field extension that marks a root field as usable without a session (see app/public-operations.ts). */
export const PUBLIC_AUTH_EXTENSION = 'publicAuth';

/**
 * Marks a root query or mutation as public: it runs even when the request carries an expired or invalid
 * `Authorization` header (as anonymous). For login, registration, refresh and logout.
 */
export const PublicAuth = (): MethodDecorator & ClassDecorator & PropertyDecorator =>
  Extensions({ [PUBLIC_AUTH_EXTENSION]: true });
