import {
  defaultFieldResolver,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { badInput } from '../common/errors';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../common/dates';
import { isQuarterInRange, MAX_QUARTER, MIN_QUARTER } from '../common/quarters';

// The one input policy (docs/security.md#input-and-errors): every string that reaches a resolver — argument or
// input-object field, at any depth, over HTTP and graphql-ws alike — is checked here before any resolver,
// class-validator rule or SQL sees it: no NUL or other control characters, a maximum length by kind, and
// dates and quarters inside fixed bounds. Class-validator rules on the inputs stay the finer, per-field rules.

/** Maximum characters by kind of string. Anything not listed below gets `default`. */
export const STRING_LIMITS = {
  default: 256,
  /** Opaque global ids (base64url of "Type:uuid", ~60 chars). */
  id: 200,
  /** Relay cursors. */
  cursor: 200,
  search: 100,
  name: 100,
  email: 254,
  password: 256,
  lender: 100,
  /** Short codes: categories, presets, currencies, life stages, client-chosen ids of what-if rows. */
  code: 64,
  /** Indicator series codes. */
  series: 64,
  title: 200,
  label: 200,
  comment: 1_000,
  idempotencyKey: 128,
  /** Refresh tokens (opaque, 64 chars today). */
  token: 512,
  /** Free text a person writes about a decision (a transition reason). */
  freeText: 1_000,
  /** Text to classify (the classifier's own rule is 1..4000). */
  text: 4_000,
  /** A chat message: the chat's CHAT_MAX_MESSAGE_CHARS (≤ 100,000) answers MESSAGE_SIZE below this bound. */
  message: 100_000,
  /** A YYYYQn label, 1900Q1..2100Q4. */
  quarter: 6,
  /** A YYYY-MM-DD date given as a String, 1900-01-01..2100-12-31. */
  date: 10,
} as const;

export type StringKind = keyof typeof STRING_LIMITS;

/**
 * Kinds by schema coordinate (`Type.field` of an input object, `Type.field.argument` of an argument). Cursor
 * arguments (`after`, `before`) and every `ID` are recognised by name and type; the schema test fails on a
 * coordinate here that no longer exists.
 */
export const STRING_KINDS: Readonly<Record<string, StringKind>> = {
  'Query.customers.search': 'search',
  'Query.loans.search': 'search',
  'Customer.spendingSummary.merchant': 'search',
  'Query.classifyMessage.text': 'text',
  'Query.forecast.series': 'series',
  'Query.indicator.code': 'series',
  'Query.portfolioInsights.quarter': 'quarter',
  'Customer.anomalies.quarter': 'quarter',
  'Customer.cluster.quarter': 'quarter',
  'Customer.healthScore.quarter': 'quarter',
  'Customer.lifeStage.quarter': 'quarter',
  'Customer.loanRisk.quarter': 'quarter',
  'Customer.peerComparison.quarter': 'quarter',
  'Customer.recommendations.quarter': 'quarter',
  'Customer.quarter.q': 'quarter',
  'Customer.quarterlySpending.upTo': 'quarter',
  'CardTransactionFilterInput.category': 'code',
  'CardTransactionFilterInput.quarter': 'quarter',
  'RecomputeQuarterInput.quarter': 'quarter',
  'RefitInsightModelsInput.asOf': 'date',
  'ScanNotificationsInput.asOf': 'date',
  'ColumnMappingInput.column': 'name',
  'ColumnMappingInput.field': 'code',
  'CreateCustomerInput.email': 'email',
  'CreateCustomerInput.name': 'name',
  'UpdateCustomerInput.email': 'email',
  'UpdateCustomerInput.name': 'name',
  'CreateLoanInput.lender': 'lender',
  'LoanFilterInput.lender': 'lender',
  'ImportOptionsInput.currency': 'code',
  'ImportOptionsInput.delimiter': 'code',
  'ImportOptionsInput.sheet': 'name',
  'StartImportInput.preset': 'code',
  'LoanLimitAdviceInput.id': 'code',
  'LoanLimitAdviceInput.loanId': 'code',
  'LoanRepaymentScenarioInput.loanId': 'code',
  'SimulatedExistingLoanInput.id': 'code',
  'SimulatedExistingLoanInput.label': 'label',
  'WhatIfScenarioInput.id': 'code',
  'WhatIfScenarioInput.label': 'label',
  'LoginInput.email': 'email',
  'LoginInput.password': 'password',
  'RegisterInput.email': 'email',
  'RegisterInput.password': 'password',
  'LogoutInput.refreshToken': 'token',
  'RefreshTokenInput.refreshToken': 'token',
  'RecordRepaymentInput.idempotencyKey': 'idempotencyKey',
  'RenameConversationInput.title': 'title',
  'SendChatMessageInput.text': 'message',
  'SubmitLifeStageFeedbackInput.comment': 'comment',
  'SubmitLifeStageFeedbackInput.lifeStage': 'code',
  'TransitionRefinanceApplicationInput.reason': 'freeText',
  // The fraud service's own rule is 500 characters (fraud.service.ts); the policy only bounds it above.
  'Mutation.reportTransactionNotMine.note': 'freeText',
  'Mutation.resolveFraudCase.reason': 'freeText',
};

const STRING_SCALARS = new Set(['String', 'ID']);
// NUL and the C0/C1 controls except tab, line feed and carriage return (which free text may hold).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const MIN_INSTANT = Date.parse(`${MIN_DATE}T00:00:00Z`) - 24 * 3_600_000;
const MAX_INSTANT = Date.parse(`${MAX_DATE}T23:59:59.999Z`) + 24 * 3_600_000;

/** The kind of a string at a coordinate: listed, a cursor or an id by name/type, else the default. */
export function stringKind(coordinate: string, scalar: string): StringKind {
  const listed = STRING_KINDS[coordinate];
  if (listed) return listed;
  if (scalar === 'ID') return 'id';
  if (/\.(after|before)$/.test(coordinate)) return 'cursor';
  return 'default';
}

function checkString(value: string, kind: StringKind, path: string): void {
  const max = STRING_LIMITS[kind];
  if (value.length > max) throw badInput(path, `must be at most ${max} characters`);
  if (CONTROL.test(value)) throw badInput(path, 'must not contain NUL or other control characters');
  if (kind === 'quarter' && !isQuarterInRange(value))
    throw badInput(path, `must be a quarter from ${MIN_QUARTER} to ${MAX_QUARTER}, like 2025Q3`);
  if (kind === 'date' && !isDateInRange(value))
    throw badInput(path, `must be a real date from ${MIN_DATE} to ${MAX_DATE} (YYYY-MM-DD)`);
}

type Check = (value: unknown, path: string) => void;

/** A checker for values of `type` at `coordinate`, or undefined when nothing in it needs checking. */
function checkerFor(type: GraphQLInputType, coordinate: string, seen: Set<string>): Check | undefined {
  if (isNonNullType(type)) return checkerFor(type.ofType, coordinate, seen);
  if (isListType(type)) {
    const item = checkerFor(type.ofType, coordinate, seen);
    if (!item) return undefined;
    return (value, path) => {
      if (Array.isArray(value)) value.forEach((v, i) => item(v, `${path}[${i}]`));
    };
  }
  if (isScalarType(type)) {
    if (STRING_SCALARS.has(type.name)) {
      const kind = stringKind(coordinate, type.name);
      return (value, path) => {
        if (typeof value === 'string') checkString(value, kind, path);
      };
    }
    if (type.name === 'LocalDate')
      return (value, path) => {
        if (typeof value === 'string' && !isDateInRange(value))
          throw badInput(path, `must be a date from ${MIN_DATE} to ${MAX_DATE}`);
      };
    if (type.name === 'DateTimeISO')
      return (value, path) => {
        const ms = value instanceof Date ? value.getTime() : NaN;
        if (!(ms >= MIN_INSTANT && ms <= MAX_INSTANT))
          throw badInput(path, `must be an instant from ${MIN_DATE} to ${MAX_DATE}`);
      };
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return undefined; // recursive inputs: their fields are checked where first met
    const inner = new Set(seen).add(type.name);
    const fields = Object.values(type.getFields()).flatMap((f) => {
      const check = checkerFor(f.type, `${type.name}.${f.name}`, inner);
      return check ? [{ name: f.name, check }] : [];
    });
    if (fields.length === 0) return undefined;
    return (value, path) => {
      if (value === null || typeof value !== 'object') return;
      for (const { name, check } of fields) {
        const v = (value as Record<string, unknown>)[name];
        if (v !== undefined && v !== null) check(v, `${path}.${name}`);
      }
    };
  }
  return undefined; // enums: graphql-js already refused unknown values
}

function argumentsChecker(typeName: string, field: GraphQLField<unknown, unknown>): Check | undefined {
  const checks = field.args.flatMap((arg: GraphQLArgument) => {
    const check = checkerFor(arg.type, `${typeName}.${field.name}.${arg.name}`, new Set());
    return check ? [{ name: arg.name, check }] : [];
  });
  if (checks.length === 0) return undefined;
  return (args) => {
    for (const { name, check } of checks) {
      const v = (args as Record<string, unknown>)[name];
      if (v !== undefined && v !== null) check(v, name);
    }
  };
}

/**
 * Wraps the resolver (and, for subscriptions, the subscribe function) of every field that takes a string,
 * date or instant anywhere in its arguments, so the policy runs before it. Fields without such arguments are
 * left untouched (no cost). The SDL does not change.
 */
export function applyInputPolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = argumentsChecker(type.name, field);
      if (!check) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(args, '');
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe)
        field.subscribe = (source, args, context, info) => {
          check(args, '');
          return subscribe(source, args, context, info);
        };
    }
  }
  return schema;
}

/** Every String/ID argument and input field of the schema with its kind and bound (for the schema test). */
export function stringCoordinates(
  schema: GraphQLSchema,
): { coordinate: string; kind: StringKind; max: number }[] {
  const out: { coordinate: string; kind: StringKind; max: number }[] = [];
  const add = (coordinate: string, type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (isScalarType(named) && STRING_SCALARS.has(named.name)) {
      const kind = stringKind(coordinate, named.name);
      out.push({ coordinate, kind, max: STRING_LIMITS[kind] });
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type))
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) add(`${type.name}.${field.name}.${arg.name}`, arg.type);
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.type);
  }
  return out;
}
