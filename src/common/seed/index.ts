// The generic seeding framework: domain seed parts plug in through SeedPart and share a SeedRegistry.
export type { BulkMethod, BulkWriteOptions, PgValue, Row, RowSource } from './bulk-write';
export {
  copyRows,
  detectBulkMethod,
  encodeCopyField,
  encodeCopyRow,
  insertRows,
  quoteName,
  toPgText,
  writeRows,
} from './bulk-write';
export type { SeedArgs } from './seed-args';
export {
  DEFAULT_SEED,
  DEFAULT_SEED_CUSTOMERS,
  MAX_SEED_CUSTOMERS,
  SEED_USAGE,
  SeedUsageError,
  parseSeedArgs,
} from './seed-args';
export type { SeedPartReport, SeedRunInput, SeedRunReport } from './run-seed';
export { orderSeedParts, runSeed, runSeedInTransaction } from './run-seed';
export type { ProgressReporter, SeedContext, SeedOptions, SeedPart, SeedPartResult } from './seed-part';
export { silentProgress } from './seed-part';
export type { RegistryKey } from './seed-registry';
export { SeedRegistry, registryKey } from './seed-registry';
