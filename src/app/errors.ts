import { ASTNode, GraphQLError, GraphQLFormattedError, Kind, parse, ValueNode, visit } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode, FieldProblem, saidFieldProblems } from '../common/errors';
import type { Logger } from '../platform/observability/logger';
import { connectivityFailure } from '../platform/availability';

// One place that turns any error into what clients see (HTTP and graphql-ws alike): codes from one list
// (DESIGN §4), field names on validation errors, internals masked and logged.

/** A path inside an input: `.field` for an input-object field, `[i]` for a list item (graphql-js's own notation). */
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * class-validator's messages start with the bare property (`amount must not be less than 1`, `each value in kinds
 * must be …`); the field path says which field, so the message keeps what is wrong (`must not be less than 1`), as a
 * service's `badInput` problem does, and the error's message says `input.amount: must not be less than 1`.
 */
function withoutOwnName(message: string, property: string): string {
  if (message.startsWith(`${property} `)) return message.slice(property.length + 1);
  if (message.startsWith(`each value in ${property} `))
    return `each value ${message.slice(`each value in ${property} `.length)}`;
  return message;
}

/** class-validator's problems as field paths in graphql-js's notation (`bands[1].validFrom`, as every path here). */
function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = /^\d+$/.test(e.property) ? join(prefix, Number(e.property)) : join(prefix, e.property);
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: withoutOwnName(message, e.property),
    }));
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

/**
 * Every argument value of the document (field and directive arguments) walked down to each value in it, with its
 * argument path (`first`, `input.amount`, `input.bands[0].validFrom`): how an error on an AST node or on a variable
 * is said as the argument the client wrote. The document is parsed again from the error's own source — only when
 * an error is formatted, and it parsed once already under the same limits.
 */
function argumentPaths(
  error: GraphQLError,
): { at: (node: ASTNode) => string | undefined; uses: Map<string, string[]> } | undefined {
  const body = error.source?.body ?? error.nodes?.[0]?.loc?.source.body;
  if (!body) return undefined;
  let document;
  try {
    document = parse(body);
  } catch {
    return undefined;
  }
  const byStart = new Map<string, string>();
  const uses = new Map<string, string[]>();
  const walk = (value: ValueNode, path: string) => {
    if (value.loc) byStart.set(`${value.kind}@${value.loc.start}`, path);
    if (value.kind === Kind.VARIABLE)
      uses.set(value.name.value, [...(uses.get(value.name.value) ?? []), path]);
    if (value.kind === Kind.LIST) value.values.forEach((item, i) => walk(item, join(path, i)));
    if (value.kind === Kind.OBJECT)
      for (const field of value.fields) {
        const at = join(path, field.name.value);
        if (field.loc) byStart.set(`${field.kind}@${field.loc.start}`, at);
        walk(field.value, at);
      }
  };
  visit(document, {
    Argument(node) {
      if (node.loc) byStart.set(`${node.kind}@${node.loc.start}`, node.name.value);
      walk(node.value, node.name.value);
    },
  });
  return { at: (node) => (node.loc ? byStart.get(`${node.kind}@${node.loc.start}`) : undefined), uses };
}

/** The innermost error of a chain (Apollo wraps graphql-js's) that still holds the AST nodes it is about. */
function graphqlErrorOf(error: unknown): GraphQLError | undefined {
  let found: GraphQLError | undefined;
  for (let e = error; e instanceof GraphQLError; e = e.originalError === e ? undefined : e.originalError)
    if (e.nodes?.length) found = e;
  return found;
}

/** An input-object field or an argument a message says is missing or unknown: `Field "T.amount" of required type`. */
const MISSING_OR_UNKNOWN =
  /^Field "(?:\w+\.)?(\w+)" (?:of required type|is not defined by type)|argument "(\w+)" of type "[^"]+" is required/;

/**
 * A literal written in the document that validation refused (a wrong scalar, a missing or unknown input field, a
 * missing argument): the argument path of the value, e.g. `first` or `input.amount` — the same path a variable's
 * error names (below).
 */
function literalFields(error: unknown, message: string): FieldProblem[] | undefined {
  const original = graphqlErrorOf(error);
  const node = original?.nodes?.[0];
  if (!original || !node) return undefined;
  const paths = argumentPaths(original);
  if (!paths) return undefined;
  const named = MISSING_OR_UNKNOWN.exec(message);
  const missing = named?.[2] ?? (node.kind === Kind.OBJECT ? named?.[1] : undefined);
  const base = node.kind === Kind.FIELD || node.kind === Kind.DIRECTIVE ? '' : paths.at(node);
  if (base === undefined) return undefined;
  const field = missing ? join(base, missing) : base;
  return field ? [{ field, message }] : undefined;
}

/**
 * graphql-js's errors for a variable that does not coerce: `Variable "$i" got invalid value … at "i.amount"; …`,
 * `Variable "$i" got invalid value {…}; Field "amount" of required type … was not provided.`, `Variable "$f" of
 * required type "Int!" was not provided.` The field is the argument path the variable stands for when it is used
 * once (`$i` passed as `input` → `input.amount`); else the path inside the variable, as before.
 */
function coercionFields(error: unknown, message: string): FieldProblem[] | undefined {
  const missingVariable = /^Variable "\$(\w+)" of required type/.exec(message);
  const invalid = /^Variable "\$(\w+)" got invalid value /.exec(message);
  const variable = missingVariable?.[1] ?? invalid?.[1];
  if (!variable) return undefined;
  const original = graphqlErrorOf(error);
  const uses = original ? argumentPaths(original)?.uses.get(variable) : undefined;
  const argument = uses?.length === 1 ? uses[0] : undefined;
  if (missingVariable) return [{ field: argument ?? variable, message }];
  // graphql-js writes `<prefix>; <the inner error's message>`: the inner message, when known, splits it safely (the
  // inspected value in the prefix is the client's and may hold anything).
  const inner = original?.originalError?.message;
  const split =
    inner && message.endsWith(`; ${inner}`)
      ? [message.slice(0, -inner.length - 2), inner]
      : /^(.*?); (.*)$/s.exec(message)?.slice(1);
  if (!split) return undefined;
  const [prefix, detail] = split;
  const at = / at "([^"]+)"$/.exec(prefix)?.[1];
  // The path inside the variable (graphql-js starts it with the variable's name).
  let inside = at ? at.slice(variable.length).replace(/^\./, '') : '';
  const named = /^Field "(\w+)" (?:of required type|is not defined by type)/.exec(detail);
  if (named) inside = join(inside, named[1]);
  const field = argument
    ? inside
      ? `${argument}${inside.startsWith('[') ? '' : '.'}${inside}`
      : argument
    : inside || variable;
  return [{ field, message: detail }];
}

/**
 * The fields of a document that never ran: a variable that does not coerce keeps graphql-js's message (it names the
 * variable and the path in it); a refused literal's message is prefixed with its argument path, as `badInput` says
 * an argument (`first: Int cannot represent non-integer value: "five"`).
 */
function requestErrorFields(error: unknown, message: string): { fields?: FieldProblem[]; message: string } {
  // Said like every other refused value: the path first (`input.amount: Variable "$i" got invalid value …`).
  const variable = coercionFields(error, message);
  if (variable) return { fields: variable, message: `${variable[0].field}: ${message}` };
  const literal = literalFields(error, message);
  return literal ? { fields: literal, message: `${literal[0].field}: ${message}` } : { message };
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
      message: saidFieldProblems(fields),
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || (code === 'BAD_USER_INPUT' && !path))) {
    const { fields, message: named } = requestErrorFields(error, message);
    return {
      ...base,
      message: named,
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
    const { fields, message: named } = requestErrorFields(error, message);
    return {
      ...base,
      message: named,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'GRAPHQL_VALIDATION_FAILED',
        ...(fields ? { fields } : {}),
      },
    };
  }
  logger.error({ err: original, requestId, path }, 'unexpected error');
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
  };
}
