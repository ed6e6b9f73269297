import type { PoolClient } from 'pg';
import type { Rng } from '../random';
import type { BulkWriteOptions, RowSource } from './bulk-write';
import type { SeedRegistry } from './seed-registry';

// The contract between the seeding runner and each domain's seed part.

export interface SeedOptions {
  /** How many customers to generate; other parts scale from it. */
  readonly customers: number;
  /** The seed string: the same seed, options and code give the same rows. */
  readonly seed: string;
  /** "Now" for the generated world (ages, account opening dates…). Generators never read the clock. */
  readonly now: Date;
}

/** Progress of the running part; the CLI draws a bar, tests pass `silentProgress`. */
export interface ProgressReporter {
  /** A part begins a task of `total` units (usually rows). */
  start(task: string, total: number): void;
  /** Units done so far in the current task. */
  update(done: number): void;
  /** The current task is over; runSeed calls it after every part, whether it succeeded or not. */
  stop(): void;
}

export const silentProgress: ProgressReporter = {
  start() {},
  update() {},
  stop() {},
};

export interface SeedContext {
  /** Inside the caller's transaction: every part commits or rolls back together. */
  readonly client: PoolClient;
  readonly options: SeedOptions;
  /** This part's own stream, forked from the seed by the part's name. */
  readonly rng: Rng;
  readonly progress: ProgressReporter;
  readonly registry: SeedRegistry;
  /** Bulk-loads rows with the fastest method this server supports (COPY, or batched INSERT on PGlite). */
  writeRows(
    table: string,
    columns: readonly string[],
    rows: RowSource,
    opts?: BulkWriteOptions,
  ): Promise<number>;
}

export interface SeedPartResult {
  /** Rows written, by table. */
  readonly rows: Readonly<Record<string, number>>;
}

export interface SeedPart {
  /** Unique; also the label of the part's random stream, so renaming a part changes its output. */
  readonly name: string;
  /** Parts that must run first (their registry entries are read by this one). */
  readonly dependsOn?: readonly string[];
  run(ctx: SeedContext): Promise<SeedPartResult>;
}
