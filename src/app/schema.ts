import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  GraphQLInputObjectType,
  GraphQLSchema,
  isInputObjectType,
  isObjectType,
  isScalarType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import {
  ArgumentValidationError,
  buildSchema,
  ContainerType,
  getMetadataStorage,
  type ResolverData,
} from 'type-graphql';
import { validate, ValidationError, type ValidatorOptions } from 'class-validator';
import { AppError, ErrorCode, type FieldProblem, saidFieldProblems } from '../common/errors';
import type { PubSub } from '../platform/pubsub/pubsub';
import { resolverClasses } from './container';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema/schema.graphql');

export async function buildAppSchema(
  opts: { container?: ContainerType; pubSub?: PubSub } = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolverClasses] as [Function, ...Function[]],
    container: opts.container ?? {
      get: (cls: Function) => {
        throw new Error(`No resolver instance for ${cls.name}: this schema was built for printing only`);
      },
    },
    pubSub: opts.pubSub ?? { publish: () => undefined, subscribe: () => (async function* () {})() },
    validate: { forbidUnknownValues: false },
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
  describeRootTypes(schema);
  useDefaultResolversForPlainFields(schema);
  rememberValidLocalDates(schema);
  nameServiceProblemsByArgumentPath(schema);
  return schema;
}

const isValidatedArgument = (value: unknown): value is object => value !== null && typeof value === 'object';

const validatorOptions = (): ValidatorOptions => ({
  forbidUnknownValues: false,
  skipMissingProperties: true,
});

/**
 * class-validator on every object argument (input types, `@Args` classes), exactly as type-graphql's own
 * `validate: { forbidUnknownValues: false }` does it (skipMissingProperties on, the errors wrapped in its
 * ArgumentValidationError) — but with class-validator imported once: type-graphql's validateArg runs
 * `await import('class-validator')`, compiled to a `require()` that resolves the module's path again on every
 * validated argument (≈ 2 % of the loans page's CPU: one `schedule(first:)` per loan). Scalars pass as before.
 *
 * The problems are said at the argument they belong to, in the same notation as a GraphQL type error on the same
 * value (errors.ts): `input.amount`, `input.bands[1].validFrom`, `items[2].code` — the argument's name and a list
 * item's index lead the path; an `@Args` class's fields are arguments themselves (`first`).
 */
async function validateArgument(value: unknown, type: unknown, data: ResolverData): Promise<void> {
  if (!isValidatedArgument(value)) return;
  let errors: ValidationError[];
  if (Array.isArray(value)) {
    const items = await Promise.all(
      value.map(async (item: unknown, i) => {
        if (!isValidatedArgument(item)) return undefined;
        const problems = await validate(item, validatorOptions());
        return problems.length ? wrap(String(i), item, problems) : undefined;
      }),
    );
    errors = items.filter((e): e is ValidationError => e !== undefined);
  } else errors = await validate(value, validatorOptions());
  if (errors.length === 0) return;
  const argument = argumentNameOf(value, type, data);
  throw new ArgumentValidationError(argument ? [wrap(argument, value, errors)] : errors);
}

function wrap(property: string, value: unknown, children: ValidationError[]): ValidationError {
  return Object.assign(new ValidationError(), { property, value, children, constraints: undefined });
}

/**
 * The name of the argument a validated value came from: the one argument of the field whose input type is the
 * value's class (or, when several are, the one holding the same fields); none for an `@Args` class.
 */
function argumentNameOf(value: object, type: unknown, data: ResolverData): string | undefined {
  const storage = getMetadataStorage();
  const typeName = storage.inputTypes.find((t) => t.target === type)?.name;
  if (!typeName) return undefined;
  const field = data.info.parentType.getFields()[data.info.fieldName];
  const candidates = (field?.args ?? []).filter((a) => getNamedType(a.type).name === typeName);
  if (candidates.length <= 1) return candidates[0]?.name;
  const sameFields = (raw: unknown, converted: unknown): boolean =>
    Array.isArray(raw) && Array.isArray(converted)
      ? raw.length === converted.length
      : isValidatedArgument(raw) &&
        isValidatedArgument(converted) &&
        Object.entries(raw).every(
          ([k, v]) => (converted as Record<string, unknown>)[k] === v || isValidatedArgument(v),
        );
  const args = data.args as Record<string, unknown>;
  return (candidates.find((a) => sameFields(args[a.name], value)) ?? candidates[0]).name;
}

/** The head of a field path: `amount` of `amount`, `newLoan` of `newLoan.kind`, `bands` of `bands[1].validFrom`. */
const headOf = (path: string) => /^[^.[]*/.exec(path)![0];

/**
 * A service's BAD_USER_INPUT names the input's own field (`badInput('graceMonths', …)`: services do not know the
 * argument their input came in): on a field whose one input-object argument has that field, the problem is said
 * at its argument path (`input.graceMonths`), as class-validator's and GraphQL's own errors on the same value are —
 * one way for a client to map every error to its form field. A path that already starts with an argument name
 * (`id`, `after`, `filter.to`) is left as it is. Only fields with an input-object argument are wrapped.
 */
function nameServiceProblemsByArgumentPath(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const inputs = field.args.filter((a) => isInputObjectType(getNamedType(a.type)));
      if (inputs.length !== 1 || !field.resolve) continue;
      const argument = inputs[0];
      const inputFields = (getNamedType(argument.type) as GraphQLInputObjectType).getFields();
      const argumentNames = new Set(field.args.map((a) => a.name));
      const at = (problem: FieldProblem): FieldProblem => {
        const head = headOf(problem.field);
        return argumentNames.has(head) || !(head in inputFields)
          ? problem
          : { ...problem, field: `${argument.name}.${problem.field}` };
      };
      const rename = (error: unknown): never => {
        if (!(error instanceof AppError) || error.code !== ErrorCode.BAD_USER_INPUT || !error.details.fields)
          throw error;
        const fields = error.details.fields.map(at);
        // badInputs' own message (`field: message; …`) says the same paths; any other message stays as written.
        const message =
          error.message === saidFieldProblems(error.details.fields)
            ? saidFieldProblems(fields)
            : error.message;
        throw new AppError(error.code, message, { ...error.details, fields });
      };
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => {
        try {
          const result = resolve(source, args, context, info);
          return isPromiseLike(result) ? Promise.resolve(result).catch(rename) : result;
        } catch (error) {
          return rename(error);
        }
      };
    }
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';

const MAX_REMEMBERED_DATES = 50_000;
/** The scalar object is graphql-scalars' own, shared by every schema built in this process: wrapped once. */
const rememberingDates = new WeakSet<object>();

/**
 * graphql-scalars' LocalDate checks every date it serialises with a regular expression, a Date and an ISO
 * string round trip (≈ 2 % of the loans page's CPU: one dueDate per instalment row). The strings it has accepted
 * are remembered (a bounded set; dates repeat: due dates, report days), so each distinct one is checked once per
 * process; anything else still goes through its check and its error.
 */
function rememberValidLocalDates(schema: GraphQLSchema): void {
  const type = schema.getType('LocalDate');
  if (!type || !isScalarType(type) || rememberingDates.has(type)) return;
  rememberingDates.add(type);
  const check = type.serialize.bind(type);
  const valid = new Set<string>();
  type.serialize = (value: unknown) => {
    if (typeof value === 'string' && valid.has(value)) return value;
    const serialised = check(value);
    if (typeof value === 'string' && serialised === value) {
      if (valid.size >= MAX_REMEMBERED_DATES) valid.clear();
      valid.add(value);
    }
    return serialised;
  };
}

/**
 * type-graphql gives every plain property field (`@Field() amount!: string`) a resolver of its own that builds a
 * resolver-data object and runs the middleware chain (empty here: no global middlewares, no `@UseMiddleware`,
 * no `@Authorized`) before it reads `root[name]` — on every field of every row. Where that is all it does, the
 * field gets graphql-js's default resolver instead, which reads the same property (issue 13: the loans page
 * resolves ≈ 4,000 such fields per request). A field is left alone when it has a field resolver, middlewares or
 * roles, or a property name that differs from its schema name.
 */
function useDefaultResolversForPlainFields(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const fieldsByTarget = new Map<Function, typeof storage.fields>();
  for (const field of storage.fields) {
    const list = fieldsByTarget.get(field.target) ?? [];
    list.push(field);
    fieldsByTarget.set(field.target, list);
  }
  const classesOf = (typeName: string): Function[] => {
    const chain: Function[] = [];
    for (const meta of storage.objectTypes.filter((o) => o.name === typeName)) {
      for (let c: Function | null = meta.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c))
        chain.push(c);
    }
    return chain;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const chain = classesOf(type.name);
    if (chain.length === 0) continue;
    const inChain = (target: Function | undefined) => target !== undefined && chain.includes(target);
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || !isTypeGraphqlPropertyResolver(field.resolve)) continue;
      const meta = chain.flatMap((c) => fieldsByTarget.get(c) ?? []).find((f) => f.schemaName === field.name);
      if (!meta || meta.name !== meta.schemaName) continue;
      if ((meta.middlewares?.length ?? 0) > 0 || meta.roles !== undefined) continue;
      const resolved = storage.fieldResolvers.some(
        (r) =>
          (r.methodName === meta.name || r.schemaName === meta.schemaName) &&
          inChain(r.getObjectType?.() as Function | undefined),
      );
      if (resolved) continue;
      field.resolve = undefined;
    }
  }
}

/** type-graphql's `createBasicFieldResolver` (the property read behind the middleware chain), by its code. */
const isTypeGraphqlPropertyResolver = (resolve: Function): boolean =>
  resolve.toString().includes('root[fieldMetadata.name]');

// type-graphql has no option for the root types' descriptions (GraphiQL's docs explorer opens on them), so they
// are set on the built schema.
const ROOT_DESCRIPTIONS = {
  query: 'Reads: the signed-in viewer, customers, loans, spending, insights, forecasts, chat and imports.',
  mutation: 'Writes. Each returns a payload or a result union whose expected failures implement ErrorResult.',
  subscription:
    'Live events over graphql-ws on /graphql (chat token streams, customer changes, import progress).',
} as const;

function describeRootTypes(schema: GraphQLSchema): void {
  schema.getQueryType()!.description = ROOT_DESCRIPTIONS.query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = ROOT_DESCRIPTIONS.subscription;
}

/** The contract: the schema's SDL with types and fields sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function emitSchema(file = SCHEMA_FILE): Promise<string> {
  const sdl = printSortedSchema(await buildAppSchema());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, sdl);
  return sdl;
}
