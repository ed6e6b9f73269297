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
  return buildSchema({
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
