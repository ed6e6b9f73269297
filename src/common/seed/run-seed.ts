import { performance } from 'node:perf_hooks';
import type { PoolClient } from 'pg';
import { createRng } from '../random';
import { type BulkMethod, writeRows } from './bulk-write';
import { type ProgressReporter, type SeedOptions, type SeedPart, silentProgress } from './seed-part';
import { SeedRegistry } from './seed-registry';

export interface SeedRunInput {
  readonly client: PoolClient;
  readonly options: SeedOptions;
  /** 'copy' on PostgreSQL; see detectBulkMethod. */
  readonly bulkMethod: BulkMethod;
  readonly progress?: ProgressReporter;
  readonly registry?: SeedRegistry;
}

export interface SeedPartReport {
  readonly name: string;
  readonly rows: Readonly<Record<string, number>>;
  readonly ms: number;
}

export interface SeedRunReport {
  readonly parts: readonly SeedPartReport[];
  readonly totalRows: number;
  readonly ms: number;
}

/** Dependencies first; otherwise the given order (a stable topological sort). */
export function orderSeedParts(parts: readonly SeedPart[]): SeedPart[] {
  const byName = new Map<string, SeedPart>();
  for (const part of parts) {
    if (byName.has(part.name)) throw new Error(`Two seed parts are named "${part.name}"`);
    byName.set(part.name, part);
  }
  for (const part of parts) {
    for (const dep of part.dependsOn ?? []) {
      if (!byName.has(dep))
        throw new Error(`Seed part "${part.name}" depends on "${dep}", which is not in the run`);
    }
  }
  const ordered: SeedPart[] = [];
  const done = new Set<string>();
  while (ordered.length < parts.length) {
    const next = parts.find((p) => !done.has(p.name) && (p.dependsOn ?? []).every((d) => done.has(d)));
    if (!next) {
      const stuck = parts.filter((p) => !done.has(p.name)).map((p) => p.name);
      throw new Error(`Seed parts depend on each other in a cycle: ${stuck.join(', ')}`);
    }
    ordered.push(next);
    done.add(next.name);
  }
  return ordered;
}

/** Runs the parts in dependency order on the caller's client (and transaction). */
export async function runSeed(parts: readonly SeedPart[], input: SeedRunInput): Promise<SeedRunReport> {
  const ordered = orderSeedParts(parts);
  const root = createRng(input.options.seed);
  const registry = input.registry ?? new SeedRegistry();
  const progress = input.progress ?? silentProgress;
  const reports: SeedPartReport[] = [];
  const started = performance.now();
  for (const part of ordered) {
    const partStarted = performance.now();
    try {
      const result = await part.run({
        client: input.client,
        options: input.options,
        rng: root.fork(part.name),
        progress,
        registry,
        writeRows: (table, columns, rows, opts) =>
          writeRows(input.client, input.bulkMethod, table, columns, rows, opts),
      });
      reports.push({ name: part.name, rows: result.rows, ms: performance.now() - partStarted });
    } finally {
      progress.stop();
    }
  }
  const totalRows = reports.reduce((sum, r) => sum + Object.values(r.rows).reduce((a, b) => a + b, 0), 0);
  return { parts: reports, totalRows, ms: performance.now() - started };
}

/** runSeed inside one transaction: a failure anywhere leaves nothing half-written. */
export async function runSeedInTransaction(
  parts: readonly SeedPart[],
  input: SeedRunInput,
): Promise<SeedRunReport> {
  await input.client.query('BEGIN');
  try {
    // A bulk load may outlive the API's statement timeout, which the pool sets on every session.
    await input.client.query('SET LOCAL statement_timeout = 0');
    const report = await runSeed(parts, input);
    await input.client.query('COMMIT');
    return report;
  } catch (error) {
    await input.client.query('ROLLBACK').catch(() => undefined); // the original error is the one to report
    throw error;
  }
}
