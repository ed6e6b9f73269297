import {
  execute,
  getNamedType,
  getVariableValues,
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayLoadResult = Awaited<ReturnType<Gateway['load']>>;
type Executor = NonNullable<GatewayLoadResult['executor']>;
type GatewayRequestContext = Parameters<Executor>[0];

/** What one operation of one document runs with: its compiled form, or graphql-js (`null`). */
type Plan = CompiledQuery | null;

interface DocumentPlans {
  /** Executions seen; an operation is compiled on its second execution, never for a one-off document. */
  seen: Map<string, number>;
  plans: Map<string, Plan>;
}

/**
 * Executes queries with graphql-jit (issue 13): the query compiled once per parsed document into a function
 * that reads plain-object results, without graphql-js's per-field argument coercion (`getArgumentValues` on
 * every field of every row) and its null-prototype result objects (slow to build and to `JSON.stringify`).
 * The same resolvers run — type-graphql's middlewares, `@Authorized`, validation, the input policy, DataLoaders
 * — and the result's errors go through Apollo's `formatError` like any other; validation and the document
 * limits ran before (Apollo, on the parsed document).
 *
 * graphql-js still executes:
 * - mutations and subscriptions (serial execution order, rarely repeated documents);
 * - a document the first time it is executed (Apollo's document store hands back the same parsed document for
 *   the same text: compiling costs more than executing once, so a stream of one-off documents never compiles);
 * - operations whose selection reaches an abstract type with an asynchronous `resolveType` (type-graphql's
 *   unions with a `resolveType` option — graphql-jit does not await it), introspection, and anything
 *   graphql-jit refuses to compile;
 * - requests whose variables do not coerce: graphql-js's own errors for them, word for word.
 */
export function createJitExecutor(schema: GraphQLSchema): Executor {
  const byDocument = new WeakMap<DocumentNode, DocumentPlans>();

  const planFor = (document: DocumentNode, operation: OperationDefinitionNode, key: string): Plan => {
    let entry = byDocument.get(document);
    if (!entry) byDocument.set(document, (entry = { seen: new Map(), plans: new Map() }));
    const known = entry.plans.get(key);
    if (known !== undefined) return known;
    const seen = (entry.seen.get(key) ?? 0) + 1;
    entry.seen.set(key, seen);
    if (seen < 2) return null;
    const plan = compile(schema, document, operation);
    entry.plans.set(key, plan);
    entry.seen.delete(key);
    return plan;
  };

  return async (rc: GatewayRequestContext): Promise<ExecutionResult> => {
    const { document, request, context } = rc;
    // No operation when the document has none of the requested name, or several and no name: graphql-js says so
    // (a coded BAD_USER_INPUT), never a TypeError here.
    const operation = rc.operation as OperationDefinitionNode | undefined;
    if (operation?.operation === 'query') {
      const key = operation.name?.value ?? '';
      const plan = planFor(document, operation, key);
      if (plan) {
        const variables = request.variables ?? {};
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
        if (!coerced.errors) {
          const result = await plan.query(undefined, context, variables);
          if (result.data !== undefined || !result.errors) return asGraphqlJsResult(result);
          // graphql-jit coerces the variables again with its own code, which refuses some that graphql-js
          // accepted (an input field's custom-scalar default, e.g. ScenarioMetricsInput.overdueAmount = '0', is
          // parsed a second time): nothing has been resolved yet, so graphql-js runs the operation, and runs this
          // document's operation from now on.
          byDocument.get(document)?.plans.set(key, null);
        }
      }
    }
    return execute({
      schema,
      document,
      operationName: request.operationName,
      variableValues: request.variables,
      contextValue: context,
    });
  };
}

/**
 * graphql-jit's errors are its own GraphQLError lookalikes (no `extensions` object when the thrown error has
 * none: Apollo's error formatting reads `extensions.code` and would fail). Each becomes the error graphql-js
 * would have given for the same failure — `locatedError`'s: the thrown error itself when it already carries a
 * path, else a GraphQLError with the same message, locations, path, original error and its extensions.
 */
function asGraphqlJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  return { ...result, errors: result.errors.map(asGraphqlJsError) };
}

function asGraphqlJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const original = error.originalError ?? undefined;
  if (original instanceof GraphQLError && Array.isArray(original.path)) return original;
  const located = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: error.extensions ?? undefined,
  });
  (located as { locations: GraphQLError['locations'] }).locations = error.locations;
  return located;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Plan {
  if (!jitSafe(schema, document)) return null;
  try {
    const compiled = compileQuery(schema, document, operation.name?.value, {
      customJSONSerializer: false,
      disableLeafSerialization: false,
    });
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/** No introspection and no abstract type whose `resolveType` returns a promise, anywhere in the document. */
function jitSafe(schema: GraphQLSchema, document: DocumentNode): boolean {
  let safe = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value.startsWith('__') && node.name.value !== '__typename') {
          safe = false;
          return BREAK;
        }
        const type = getNamedType(typeInfo.getType());
        if (type && isAbstractType(type) && type.resolveType?.constructor.name === 'AsyncFunction') {
          safe = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return safe;
}

/**
 * A fixed-schema Apollo "gateway" whose only job is to hand Apollo the executor above: Apollo Server 5 has no
 * other hook for the executor. Parsing, validation (with the document limits), plugins, the context function
 * and error formatting are Apollo's, unchanged.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const callback of listeners) callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: createJitExecutor(schema) };
    },
    async stop() {},
  };
}
