import { buildAppSchema } from './schema';
import { applyInputPolicy, STRING_KINDS, STRING_LIMITS, stringCoordinates } from './input-policy';
import { AppError } from '../common/errors';
import { graphql, GraphQLSchema } from 'graphql';

// The schema walk: every String and ID argument or input field, at any depth, has a finite bound, and the
// kinds table names only coordinates that exist.

describe('input policy over the whole schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = applyInputPolicy(await buildAppSchema());
  });

  it('bounds every String/ID argument and input field', () => {
    const all = stringCoordinates(schema);
    expect(all.length).toBeGreaterThan(90);
    for (const { coordinate, max } of all) {
      expect([coordinate, Number.isFinite(max) && max > 0 && max <= 100_000]).toEqual([coordinate, true]);
    }
    // Free text people type is never left to the default.
    const kinds = Object.fromEntries(all.map((c) => [c.coordinate, c.kind]));
    expect(kinds['Query.customers.search']).toBe('search');
    expect(kinds['CreateLoanInput.lender']).toBe('lender');
    expect(kinds['RecordRepaymentInput.idempotencyKey']).toBe('idempotencyKey');
    expect(kinds['SubmitLifeStageFeedbackInput.comment']).toBe('comment');
    expect(kinds['Query.customers.after']).toBe('cursor');
    expect(kinds['Query.node.id']).toBe('id');
  });

  it('names no coordinate that is not in the schema (the table cannot go stale)', () => {
    const existing = new Set(stringCoordinates(schema).map((c) => c.coordinate));
    expect(Object.keys(STRING_KINDS).filter((c) => !existing.has(c))).toEqual([]);
  });

  it('refuses NUL, over-long strings and out-of-range quarters before the resolver runs', async () => {
    const run = async (source: string) => {
      const res = await graphql({ schema, source, contextValue: {} });
      const original = res.errors?.[0]?.originalError;
      return original instanceof AppError ? original.message : `unexpected: ${String(res.errors?.[0])}`;
    };
    expect(await run('{ customers(search: "a\\u0000b") { totalCount } }')).toBe(
      'search: must not contain NUL or other control characters',
    );
    expect(await run(`{ customers(search: "${'x'.repeat(STRING_LIMITS.search + 1)}") { totalCount } }`)).toBe(
      `search: must be at most ${STRING_LIMITS.search} characters`,
    );
    expect(await run('{ portfolioInsights(quarter: "9999Q4") { quarter } }')).toBe(
      'quarter: must be a quarter from 1900Q1 to 2100Q4, like 2025Q3',
    );
    expect(await run('mutation { renameConversation(input: { id: "x", title: "a\\u0007" }) { id } }')).toBe(
      'input.title: must not contain NUL or other control characters',
    );
  });
});
