import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode, FieldProblem } from '../common/errors';
import type { Logger } from '../platform/observability/logger';

// One place that turns any error into what clients see (HTTP and graphql-ws alike): codes from one list
// (DESIGN §4), field names on validation errors, internals masked and logged.

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const PASSTHROUGH_CODES = new Set<string>(Object.values(ErrorCode));

// Apollo's and graphql-js's own codes for documents that never ran, mapped onto ours with the detail kept.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** graphql-js names the offending input path of a variable that does not coerce: `… at "input.region"; …`. */
function coercionFields(message: string): FieldProblem[] | undefined {
  const match =
    /got invalid value .* at "([^"]+)"; (.*)$/s.exec(message) ??
    /^Variable "\$(\w+)" of required type/.exec(message);
  if (!match) return undefined;
  const field =
    match[1]
      .split('.')
      .slice(match[2] ? 1 : 0)
      .join('.') || match[1];
  return [{ field, message: match[2] ?? message }];
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  requestId?: string,
): GraphQLFormattedError {
  const { message, locations, path } = formatted;
  const base = { locations, path };
  const original = unwrap(error);

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.details.fields ? { fields: original.details.fields } : {}),
        ...(original.details.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: original.details.retryAfterSeconds }
          : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flatten(original.extensions.validationErrors as ValidationError[]);
    return {
      ...base,
      message: `Invalid input: ${fields.map((f) => f.message).join('; ')}`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || (code === 'BAD_USER_INPUT' && !path))) {
    const fields = coercionFields(message);
    return {
      ...base,
      message,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: code === 'BAD_USER_INPUT' ? 'INVALID_VARIABLES' : code,
        ...(fields ? { fields } : {}),
      },
    };
  }
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, message, extensions: { code } };
  }
  if (original instanceof GraphQLError && !original.path && !code) {
    // A graphql-js validation or coercion error raised before execution (e.g. over graphql-ws).
    return {
      ...base,
      message,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  logger.error({ err: original, requestId, path }, 'unexpected error');
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}
