// Unexpected-failure codes (DESIGN §4). Services throw AppError with one of these; the API layer turns it
// into a GraphQLError with extensions.code. Expected business outcomes are result unions instead.
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Authentication required') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (field: string, message: string) => badInputs([{ field, message }]);
/**
 * How every BAD_USER_INPUT message says its problems, whichever rule found them (a service's `badInputs`,
 * class-validator, the input policy, graphql-js's coercion): `path: what is wrong`, joined by `; `
 * (`input.amount: must not be less than 1; input.bands[1].validFrom: …`).
 */
export const saidFieldProblems = (fields: readonly FieldProblem[]) =>
  fields.map((f) => `${f.field}: ${f.message}`).join('; ');
/** Every invalid field of an input at once (never only the first): `a: …; b: …`, each in `fields`. */
export const badInputs = (fields: FieldProblem[]) =>
  new AppError(ErrorCode.BAD_USER_INPUT, saidFieldProblems(fields), { fields });

/**
 * The field problems of checks written as throwing `badInput` (shared rules such as `assertLegalRate`), collected
 * instead of stopping at the first; any other error is thrown as it is.
 */
export function fieldProblemsOf(check: () => void): FieldProblem[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.BAD_USER_INPUT && error.details.fields)
      return error.details.fields;
    throw error;
  }
}
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
