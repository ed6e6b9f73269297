import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode, FieldProblem } from '../common/errors';
import type { Logger } from '../platform/observability/logger';
import { connectivityFailure } from '../platform/availability';

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

/**
 * graphql-js's own argument coercion errors (values.js: a null or missing value for a non-null argument, an
 * invalid literal), raised at execution with a path but no code: the client's fault, not ours.
 */
const ARGUMENT_ERROR = /^Argument "(\w+)" (?:of (?:non-null|required) type|has invalid value)/;

/** Longest quoted value (a field name, an enum value, an input) a client message repeats before cutting it. */
const MAX_QUOTED_CHARS = 40;
/** Longest message a client gets (a safety net: messages name fields, they do not carry inputs). */
const MAX_MESSAGE_CHARS = 500;
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export interface FormatOptions {
  /** Strip "Did you mean …" suggestions (schema names) from every message, as production does. */
  readonly hideSchemaDetails?: boolean;
  /** Retry hint on UNAVAILABLE (UNAVAILABLE_RETRY_AFTER_SECONDS). */
  readonly retryAfterSeconds?: number;
}

/**
 * What every client-visible message goes through: control characters removed, any quoted value longer than a
 * short prefix cut (graphql-js and our NOT_FOUNDs quote the client's input), the whole message capped, and in
 * production no schema suggestions.
 */
export function clientMessage(message: string, opts: FormatOptions = {}): string {
  // eslint-disable-next-line no-control-regex
  let out = message.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  if (opts.hideSchemaDetails) out = out.replace(SUGGESTION, '');
  out = out.replace(/"([^"]*)"/g, (quoted, inner: string) =>
    inner.length > MAX_QUOTED_CHARS ? `"${inner.slice(0, MAX_QUOTED_CHARS)}…"` : quoted,
  );
  return out.length > MAX_MESSAGE_CHARS ? `${out.slice(0, MAX_MESSAGE_CHARS)}…` : out;
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}

/** Retry hint on UNAVAILABLE when the caller does not pass UNAVAILABLE_RETRY_AFTER_SECONDS. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  requestId?: string,
  opts: FormatOptions = {},
): GraphQLFormattedError {
  const result = formatUnsafe(formatted, error, logger, requestId, opts.retryAfterSeconds);
  const fields = result.extensions?.fields as FieldProblem[] | undefined;
  return {
    ...result,
    message: clientMessage(result.message, opts),
    ...(fields
      ? {
          extensions: {
            ...result.extensions,
            fields: fields.map((f) => ({
              field: clientMessage(f.field, opts),
              message: clientMessage(f.message, opts),
            })),
          },
        }
      : {}),
  };
}

function formatUnsafe(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  requestId?: string,
  retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS,
): GraphQLFormattedError {
  const { message, locations, path } = formatted;
  const base = { locations, path };
  const original = unwrap(error);

  // PostgreSQL or Redis down, frozen, restarting or out of connections: retryable, never INTERNAL_SERVER_ERROR.
  const outage = connectivityFailure(original);
  if (outage) {
    logger.warn({ err: original, requestId, path, outage }, 'backing service unavailable');
    return {
      ...base,
      message: `Service temporarily unavailable (${outage}); retry in ${retryAfterSeconds} s`,
      extensions: { code: ErrorCode.UNAVAILABLE, retryAfterSeconds, ...(requestId ? { requestId } : {}) },
    };
  }

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
  // Apollo stamps INTERNAL_SERVER_ERROR on any error without a code: look at the error's own extensions.
  const argument =
    original instanceof GraphQLError && original.extensions?.code === undefined
      ? ARGUMENT_ERROR.exec(original.message)
      : null;
  if (argument) {
    return {
      ...base,
      message,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'INVALID_ARGUMENT',
        fields: [{ field: argument[1], message }],
      },
    };
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
