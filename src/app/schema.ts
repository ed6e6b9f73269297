import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';
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
    emitSchemaFile: false,
  });
  describeRootTypes(schema);
  return schema;
}

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
