import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isDecimalString } from '../money';

/** Longest Decimal a client may send: 15 integer digits of won or a rate with a few places fit well inside. */
const MAX_DECIMAL_CHARS = 40;

/** A refused Decimal; a literal's error carries its node, so the error names the argument it was written in. */
function parseDecimal(value: unknown, node?: ValueNode): string {
  if (typeof value === 'string' && value.length <= MAX_DECIMAL_CHARS && isDecimalString(value)) return value;
  throw new GraphQLError(
    `Decimal must be a string of at most ${MAX_DECIMAL_CHARS} digits like "1250000" or "0.0520"`,
    { nodes: node, extensions: { code: 'BAD_USER_INPUT' } },
  );
}

// Exact decimal numbers as strings: money amounts and rates never pass through a float.
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250000" (KRW) or "0.0520" (a rate).',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && value !== null && 'toFixed' in value) return String(value);
    throw new GraphQLError('Decimal cannot represent a non-decimal value');
  },
  parseValue: (value) => parseDecimal(value),
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parseDecimal(ast.value, ast);
    throw new GraphQLError('Decimal literals must be strings, e.g. "1250000"', {
      nodes: ast,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});
