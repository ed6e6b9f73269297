import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { createRng, randomUuid, Rng } from '../src/common/random';
import { toGlobalId } from '../src/common/global-id';
import { DEMO, startTestApp, TestApp } from './support/app';

// Schema fuzz test (issue #12, must-show 2): the schema is introspected, and every query and mutation field
// gets generated bad values for its arguments — wrong types, null for non-null (as a variable and as a
// defaulted variable, which only fails at execution), NUL and control characters, huge strings, out-of-range
// dates, quarters and numbers, negative and over-long money, forged and ill-formed global ids, unknown enum
// values — sent to a real server as a customer and as an admin. No answer may be INTERNAL_SERVER_ERROR (or an
// HTTP 5xx). The PRNG is seeded (FUZZ_SEED overrides it) so a failure reproduces; the case count per field
// is bounded (FUZZ_CASES_PER_FIELD) so a mode runs in well under a minute.

const SEED = process.env.FUZZ_SEED ?? 'fingraph-fuzz-1';
const CASES_PER_FIELD = Number(process.env.FUZZ_CASES_PER_FIELD ?? 10);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Case {
  field: string;
  what: string;
  query: string;
  variables: Record<string, Json>;
}

const NODE_TYPES = [
  'Customer',
  'Loan',
  'RefinanceProduct',
  'RefinanceApplication',
  'Import',
  'Card',
  'Conversation',
  'ChatMessage',
];

/** Known-good ids of this database, by global-id type, so baselines reach the deeper code paths. */
type IdPool = Record<string, string[]>;

class Generator {
  constructor(
    private readonly rng: Rng,
    private readonly ids: IdPool,
  ) {}

  private anyId(): string {
    const all = Object.values(this.ids).flat();
    return all.length > 0 ? this.rng.pick(all) : toGlobalId('Customer', randomUuid(this.rng));
  }

  private idFor(name: string): string {
    const lower = name.toLowerCase();
    const type =
      NODE_TYPES.find((t) => lower.includes(t.toLowerCase())) ??
      (lower.includes('application') ? 'RefinanceApplication' : undefined) ??
      (lower.includes('product') ? 'RefinanceProduct' : undefined) ??
      (lower.includes('message') ? 'ChatMessage' : undefined);
    const pool = type ? this.ids[type] : undefined;
    return pool && pool.length > 0 && this.rng.chance(0.8) ? this.rng.pick(pool) : this.anyId();
  }

  /** A plausible value (valid-looking) for a type: the baseline the bad values replace one at a time. */
  plausible(type: GraphQLInputType, name: string, depth = 0): Json {
    if (isNonNullType(type)) return this.plausible(type.ofType, name, depth);
    if (isListType(type)) return depth > 3 ? [] : [this.plausible(type.ofType, name, depth + 1)];
    if (isEnumType(type)) return this.rng.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const out: Record<string, Json> = {};
      for (const f of Object.values(type.getFields())) {
        if (isNonNullType(f.type) || this.rng.chance(0.5))
          out[f.name] = this.plausible(f.type, f.name, depth + 1);
      }
      return out;
    }
    const lower = name.toLowerCase();
    switch (getNamedType(type).name) {
      case 'ID':
        return this.idFor(name);
      case 'Int':
        return this.rng.int(0, 24);
      case 'Float':
        return Math.round(this.rng.float() * 100) / 100;
      case 'Boolean':
        return this.rng.chance(0.5);
      case 'Decimal':
        return lower.includes('rate') ? '0.045' : String(this.rng.int(1, 50) * 100_000);
      case 'LocalDate':
        return '2025-06-30';
      case 'DateTimeISO':
        return '2025-06-30T00:00:00.000Z';
      default:
        if (lower.includes('quarter') || lower === 'q' || lower === 'upto') return '2025Q2';
        if (lower.includes('email')) return 'fuzz@example.com';
        if (lower.includes('password')) return 'fuzz-password-1234';
        if (lower === 'asof') return '2025-06-30';
        if (lower.includes('series') || lower === 'code') return 'BASE_RATE';
        return 'fuzz';
    }
  }

  /** Bad values for a leaf or input type: each is a (label, value) pair. */
  bad(type: GraphQLInputType, name: string): [string, Json][] {
    const nonNull = isNonNullType(type);
    const inner = nonNull ? type.ofType : type;
    const out: [string, Json][] = [];
    if (nonNull) out.push(['null for non-null', null]);
    if (isListType(inner)) {
      out.push(['scalar for list', 'x'], ['list of nulls', [null]]);
      return out;
    }
    if (isEnumType(inner)) {
      out.push(['unknown enum value', 'NOPE_NOT_A_VALUE'], ['number for enum', 7]);
      return out;
    }
    if (isInputObjectType(inner)) {
      out.push(['string for object', 'x'], ['empty object', {}], ['unknown field', { nope: 1 }]);
      return out;
    }
    const huge = 'x'.repeat(60_000);
    const nul = 'a\u0000b';
    switch (getNamedType(inner).name) {
      case 'ID':
        out.push(
          ['non-uuid local id', toGlobalId(this.rng.pick(NODE_TYPES), 'not-a-uuid')],
          ['forged type', toGlobalId('Secret', randomUuid(this.rng))],
          ['wrong node type', toGlobalId(this.rng.pick(NODE_TYPES), randomUuid(this.rng))],
          ['raw uuid', randomUuid(this.rng)],
          ['garbage', '%%%'],
          ['huge id', huge],
          ['NUL id', toGlobalId('Loan', nul)],
          ['empty', ''],
          ['number', 42],
        );
        break;
      case 'Int':
        out.push(
          ['max int', 2_147_483_647],
          ['min int', -2_147_483_648],
          ['negative', -1],
          ['overflow', 1e12],
          ['string', '1'],
          ['float', 1.5],
        );
        break;
      case 'Float':
        out.push(['huge float', 1e308], ['negative huge', -1e308], ['tiny', 5e-324], ['string', 'x']);
        break;
      case 'Boolean':
        out.push(['string', 'true'], ['number', 1]);
        break;
      case 'Decimal':
        out.push(
          ['negative money', '-1000000'],
          ['zero', '0'],
          ['huge money', '9'.repeat(30)],
          ['over-long decimal', '9'.repeat(5_000)],
          ['many places', '0.' + '1'.repeat(30)],
          ['number', 1000],
          ['not a number', 'abc'],
          ['NUL', nul],
        );
        break;
      case 'LocalDate':
        out.push(
          ['year 9999', '9999-12-31'],
          ['year 1', '0001-01-01'],
          ['not a date', '2025-02-30'],
          ['garbage', 'x'],
          ['NUL', nul],
        );
        break;
      case 'DateTimeISO':
        out.push(
          ['year 9999', '9999-12-31T23:59:59Z'],
          ['year 1', '0001-01-01T00:00:00Z'],
          ['garbage', 'x'],
          ['number', 1],
        );
        break;
      default: {
        const lower = name.toLowerCase();
        out.push(
          ['NUL', nul],
          ['control chars', 'a\u0007\u001bb'],
          ['huge string', huge],
          ['number', 12],
          ['object', { a: 1 }],
        );
        if (lower.includes('quarter') || lower === 'q' || lower === 'upto')
          out.push(['quarter 9999Q4', '9999Q4'], ['quarter 0000Q1', '0000Q1'], ['quarter Q5', '2025Q5']);
        if (lower === 'asof') out.push(['date 9999', '9999-12-31']);
        if (lower === 'after' || lower === 'before') {
          // Well-formed cursors (base64url JSON arrays) of keys no list has: they reached SQL before round 28.
          const cursor = (keys: Json[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');
          out.push(
            ['forged cursor ["x"]', cursor(['x'])],
            ['forged cursor [1e20]', cursor([1e20])],
            ['forged cursor [instant, "x"]', cursor(['2025-06-30T00:00:00.000Z', 'x'])],
            ['forged cursor ["x", "y", "z"]', cursor(['x', 'y', 'z'])],
          );
        }
        if (lower.includes('email'))
          out.push(['bad email', 'no-at-sign'], ['huge email', `${'a'.repeat(5_000)}@x.io`]);
        out.push(['empty', ''], ['whitespace', '   ']);
      }
    }
    return out;
  }
}

/** Every path to a leaf or input under an argument: (path, type) pairs. */
function paths(
  type: GraphQLInputType,
  prefix: string[],
  depth = 0,
): { path: string[]; type: GraphQLInputType }[] {
  const out = [{ path: prefix, type }];
  const named = getNamedType(type);
  if (depth < 3 && isInputObjectType(named)) {
    const listOf = isListType(isNonNullType(type) ? type.ofType : type);
    for (const f of Object.values(named.getFields()))
      out.push(...paths(f.type, [...prefix, ...(listOf ? ['0'] : []), f.name], depth + 1));
  }
  return out;
}

function setPath(root: Record<string, Json>, path: string[], value: Json): Record<string, Json> {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, Json>;
  let node: Json = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const container = node as Record<string, Json>;
    if (container[key] === undefined || container[key] === null || typeof container[key] !== 'object')
      container[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
    node = container[key];
  }
  (node as Record<string, Json>)[path[path.length - 1]] = value;
  return copy;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** A GraphQL literal of a value, for a variable's default (`$x: T = <literal>`). */
function literal(value: Json, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => literal(v, isListType(type) ? type.ofType : isNonNullType(type) && isListType(type.ofType) ? type.ofType.ofType : named)).join(', ')}]`;
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    return `{ ${Object.entries(value)
      .filter(([k]) => fields[k])
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(', ')} }`;
  }
  if (isEnumType(named)) return String(value);
  return JSON.stringify(value);
}

function typeName(type: GraphQLInputType, nullable: boolean): string {
  const s = String(type);
  return nullable && s.endsWith('!') ? s.slice(0, -1) : s;
}

function casesFor(schema: GraphQLSchema, rng: Rng, ids: IdPool): Case[] {
  const out: Case[] = [];
  const roots = [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const;
  for (const [kind, root] of roots) {
    for (const field of Object.values(root.getFields())) {
      const gen = new Generator(rng.fork(field.name), ids);
      const baseline: Record<string, Json> = {};
      for (const arg of field.args) baseline[arg.name] = gen.plausible(arg.type, arg.name);
      const candidates: Case[] = [];
      const op = (
        args: readonly GraphQLArgument[],
        variables: Record<string, Json>,
        what: string,
        defaulted?: string,
      ) => {
        const decls = args
          .map((a) =>
            a.name === defaulted
              ? `$${a.name}: ${typeName(a.type, true)} = ${literal(baseline[a.name], a.type)}`
              : `$${a.name}: ${String(a.type)}`,
          )
          .join(', ');
        const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        candidates.push({
          field: `${root.name}.${field.name}`,
          what,
          query: `${kind} Fuzz${decls ? `(${decls})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field)} }`,
          variables,
        });
      };
      for (const arg of field.args) {
        for (const { path, type } of paths(arg.type, [arg.name])) {
          for (const [label, value] of gen.bad(type, path[path.length - 1])) {
            op(field.args, setPath(baseline, path, value), `${path.join('.')}: ${label}`);
          }
        }
        // A nullable variable with a default, sent as null, into a non-null argument: fails only at execution.
        if (isNonNullType(arg.type))
          op(
            field.args,
            { ...baseline, [arg.name]: null },
            `${arg.name}: null via defaulted variable`,
            arg.name,
          );
      }
      if (field.args.length === 0) op([], {}, 'no arguments');
      // Bounded: a seeded sample of the field's candidates (the defaulted-null cases always run).
      const always = candidates.filter((c) => c.what.endsWith('defaulted variable'));
      const rest = candidates.filter((c) => !always.includes(c));
      const sample: Case[] = [];
      while (sample.length < CASES_PER_FIELD && rest.length > 0)
        sample.push(rest.splice(rng.int(0, rest.length - 1), 1)[0]);
      out.push(...always, ...sample);
    }
  }
  return out;
}

describe('schema fuzz: no INTERNAL_SERVER_ERROR from bad input', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let tokens: { admin: string; customer: string };
  let ids: IdPool;

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.demoSession();
    tokens = { admin: session.admin, customer: session.customer };
    const introspection = await t.request<IntrospectionQuery>(getIntrospectionQuery(), {}, tokens.admin);
    schema = buildClientSchema(introspection.data!);
    const pool = await t.request<{
      loans: { edges: { node: { id: string } }[] };
      refinanceProducts: { edges: { node: { id: string } }[] };
    }>(
      '{ loans(first: 3) { edges { node { id } } } refinanceProducts(first: 3) { edges { node { id } } } }',
      {},
      tokens.admin,
    );
    ids = {
      Customer: [session.ownCustomerId, session.otherCustomerId],
      Loan: pool.data!.loans.edges.map((e) => e.node.id),
      RefinanceProduct: pool.data!.refinanceProducts.edges.map((e) => e.node.id),
    };
  });
  afterAll(() => t?.stop());

  const REFUSED = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND']);
  for (const role of ['customer', 'admin'] as const) {
    it(`as ${role}: every query and mutation field, seeded bad arguments`, async () => {
      const rng = createRng(`${SEED}:${role}`);
      const cases = casesFor(schema, rng, ids);
      const fields = new Set(cases.map((c) => c.field));
      expect(fields.size).toBe(
        Object.keys(schema.getQueryType()!.getFields()).length +
          Object.keys(schema.getMutationType()!.getFields()).length,
      );
      const failures: string[] = [];
      let refused = 0;
      for (const c of cases) {
        let res = await t.request(c.query, c.variables, tokens[role]);
        // A fuzzed logout/revocation may have ended this role's session: sign in again and retry, so every later
        // field is still fuzzed with a live session instead of being answered UNAUTHENTICATED.
        if ((res.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          tokens[role] = await t.login(role === 'admin' ? DEMO.admin : DEMO.customer);
          res = await t.request(c.query, c.variables, tokens[role]);
        }
        const internal =
          res.status >= 500 || (res.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (internal)
          failures.push(`${c.field} [${c.what}] → ${res.status} ${JSON.stringify(res.errors).slice(0, 300)}`);
        if ((res.errors ?? []).some((e) => REFUSED.has(String(e.extensions?.code)))) refused++;
        // Every error carries a code from the fixed list and never echoes a long input.
        for (const e of res.errors ?? []) {
          if (typeof e.extensions?.code !== 'string') failures.push(`${c.field} [${c.what}] → no code`);
          if (e.message.length > 501)
            failures.push(`${c.field} [${c.what}] → a ${e.message.length}-char message`);
        }
      }
      expect(failures).toEqual([]);
      // The fuzz is not vacuous: most cases are refused (as bad input, or first by the role or a missing object).
      expect(refused).toBeGreaterThan(cases.length / 2);
    });
  }
});
