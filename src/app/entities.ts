import { CustomerEntity } from '../modules/customers';
import { RefreshTokenEntity, UserEntity } from '../modules/auth';

// Every TypeORM entity of every module: the one list the API, the worker, the CLI and ormconfig.ts use.
export const entities = [CustomerEntity, UserEntity, RefreshTokenEntity];
