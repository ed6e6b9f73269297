import { GraphQLSchema, Kind, parse, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { PUBLIC_AUTH_EXTENSION } from '../common/graphql/public-auth';

/**
 * Root fields marked `@Extensions({ publicAuth: true })` (login, register, refreshToken, logout) and
 * introspection work without a session: a stale `Authorization` header must not stop them, or a client's auth
 * link could never refresh the very token it carries.
 */
const INTROSPECTION = new Set(['__typename', '__schema', '__type']);

/** Whether every root field the request would run is public. False for anything unparsable or unknown. */
export function isPublicOperation(
  schema: GraphQLSchema,
  query: unknown,
  operationName: unknown,
  maxTokens: number,
): boolean {
  if (typeof query !== 'string') return false;
  let operation: OperationDefinitionNode | undefined;
  try {
    const document = parse(query, { maxTokens, noLocation: true });
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    operation =
      typeof operationName === 'string' && operationName !== ''
        ? operations.find((o) => o.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
  } catch {
    return false;
  }
  if (!operation || operation.operation === 'subscription') return false;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return false;
  const fields = root.getFields();
  const publicSelection = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD)
        return (
          INTROSPECTION.has(s.name.value) ||
          fields[s.name.value]?.extensions?.[PUBLIC_AUTH_EXTENSION] === true
        );
      if (s.kind === Kind.INLINE_FRAGMENT) return publicSelection(s.selectionSet);
      return false; // named fragments on the root: not worth resolving here
    });
  return publicSelection(operation.selectionSet);
}
