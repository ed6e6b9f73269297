import 'reflect-metadata';
import { migrations } from './migrations';
import { loadConfig } from './src/app/config';
import { entities } from './src/app/entities';
import { createDataSource } from './src/platform/database/data-source';

// The one DataSource the TypeORM CLI uses (migration:generate / migration:run). Needs DATABASE_URL.
const config = loadConfig();
if (!config.database.url) {
  throw new Error('The TypeORM CLI needs DATABASE_URL (use `npm run migrate` for the embedded database)');
}

export default createDataSource({
  url: config.database.url,
  entities,
  migrations,
  poolMax: 2,
  statementTimeoutMs: config.database.statementTimeoutMs,
  connectionTimeoutMs: config.database.connectionTimeoutMs,
  idleTimeoutMs: config.database.idleTimeoutMs,
});
