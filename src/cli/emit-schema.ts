import 'reflect-metadata';
import { emitSchema, SCHEMA_FILE } from '../app/schema';

// `npm run schema:emit`: rewrites schema/schema.graphql from the resolvers (then run `npm run codegen`).
emitSchema()
  .then(() => {
    process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
