import type { PoolClient } from 'pg';
import type { Rng } from '../random';
import type { RowSource } from './bulk-write';
import { orderSeedParts, runSeed, runSeedInTransaction } from './run-seed';
import type { ProgressReporter, SeedContext, SeedPart } from './seed-part';
import { SeedRegistry, registryKey } from './seed-registry';

const options = { customers: 10, seed: 'spec', now: new Date('2025-11-21T00:00:00Z') };

/** A client that records its SQL and answers every query with no rows. */
function fakeClient(failOn?: string): PoolClient & { sql: string[] } {
  const sql: string[] = [];
  const client = {
    sql,
    async query(text: string) {
      sql.push(text);
      if (failOn && text.startsWith(failOn)) throw new Error(`failed: ${text}`);
      return { rows: [], rowCount: 0 };
    },
  };
  return client as unknown as PoolClient & { sql: string[] };
}

const part = (name: string, dependsOn?: string[], run?: (ctx: SeedContext) => Promise<void>): SeedPart => ({
  name,
  dependsOn,
  async run(ctx) {
    await run?.(ctx);
    return { rows: { [name]: 1 } };
  },
});

const names = (parts: SeedPart[]): string[] => parts.map((p) => p.name);

describe('orderSeedParts', () => {
  it('puts dependencies first and keeps the given order otherwise', () => {
    const ordered = orderSeedParts([
      part('loans', ['customers']),
      part('customers'),
      part('faq'),
      part('cards', ['customers']),
    ]);
    expect(names(ordered)).toEqual(['customers', 'loans', 'faq', 'cards']);
  });

  it('rejects duplicates, unknown dependencies and cycles with the names involved', () => {
    expect(() => orderSeedParts([part('a'), part('a')])).toThrow('Two seed parts are named "a"');
    expect(() => orderSeedParts([part('a', ['b'])])).toThrow('"a" depends on "b", which is not in the run');
    expect(() => orderSeedParts([part('a', ['b']), part('b', ['a']), part('c')])).toThrow('cycle: a, b');
  });
});

describe('runSeed', () => {
  it('gives each part its own stream, independent of the other parts in the run', async () => {
    const firstDraws = new Map<string, number>();
    const record = (ctx: SeedContext, name: string): Promise<void> => {
      firstDraws.set(name, (ctx.rng as Rng).uint32());
      return Promise.resolve();
    };
    await runSeed([part('customers', [], (ctx) => record(ctx, 'alone'))], {
      client: fakeClient(),
      options,
      bulkMethod: 'copy',
    });
    await runSeed(
      [
        part('cards', [], (ctx) => record(ctx, 'cards')),
        part('customers', [], (ctx) => record(ctx, 'with cards')),
      ],
      { client: fakeClient(), options, bulkMethod: 'copy' },
    );
    expect(firstDraws.get('with cards')).toBe(firstDraws.get('alone'));
    expect(firstDraws.get('cards')).not.toBe(firstDraws.get('alone'));
  });

  it('shares the registry from earlier parts to later ones and reports rows per part', async () => {
    const IDS = registryKey<string[]>('ids');
    let seen: string[] = [];
    const report = await runSeed(
      [
        part('reader', ['writer'], async (ctx) => {
          seen = ctx.registry.get(IDS);
        }),
        part('writer', [], async (ctx) => ctx.registry.set(IDS, ['a', 'b'])),
      ],
      { client: fakeClient(), options, bulkMethod: 'copy' },
    );
    expect(seen).toEqual(['a', 'b']);
    expect(report.parts.map((p) => [p.name, p.rows])).toEqual([
      ['writer', { writer: 1 }],
      ['reader', { reader: 1 }],
    ]);
    expect(report.totalRows).toBe(2);
  });

  it('hands parts a writeRows bound to the run client and method', async () => {
    const client = fakeClient();
    const rows: RowSource = [
      ['1', 'a'],
      ['2', null],
    ];
    let written = -1;
    await runSeed(
      [part('t', [], async (ctx) => void (written = await ctx.writeRows('t', ['x', 'y'], rows)))],
      {
        client,
        options,
        bulkMethod: 'insert',
      },
    );
    expect(client.sql).toEqual([expect.stringMatching(/^INSERT INTO "t" \("x", "y"\) SELECT/)]);
    expect(written).toBe(0); // the fake client reports no rows
  });

  it('stops the progress reporter after every part, also when one fails', async () => {
    const calls: string[] = [];
    const progress: ProgressReporter = {
      start: (task) => calls.push(`start ${task}`),
      update: () => undefined,
      stop: () => calls.push('stop'),
    };
    const failing = part('b', [], async (ctx) => {
      ctx.progress.start('b', 1);
      throw new Error('boom');
    });
    await expect(
      runSeed([part('a'), failing], { client: fakeClient(), options, bulkMethod: 'copy', progress }),
    ).rejects.toThrow('boom');
    expect(calls).toEqual(['stop', 'start b', 'stop']);
  });
});

describe('runSeedInTransaction', () => {
  it('commits after the parts', async () => {
    const client = fakeClient();
    await runSeedInTransaction([part('a')], { client, options, bulkMethod: 'copy' });
    expect(client.sql).toEqual(['BEGIN', 'SET LOCAL statement_timeout = 0', 'COMMIT']);
  });

  it('rolls back and rethrows the original error when a part fails', async () => {
    const client = fakeClient();
    const failing = part('a', [], async () => {
      throw new Error('generator broke');
    });
    await expect(runSeedInTransaction([failing], { client, options, bulkMethod: 'copy' })).rejects.toThrow(
      'generator broke',
    );
    expect(client.sql).toEqual(['BEGIN', 'SET LOCAL statement_timeout = 0', 'ROLLBACK']);
  });
});

describe('SeedRegistry', () => {
  it('is written once per key and explains a missing entry', () => {
    const registry = new SeedRegistry();
    const KEY = registryKey<number>('answer');
    expect(registry.has(KEY)).toBe(false);
    expect(() => registry.get(KEY)).toThrow(
      /no "answer" yet: name the part that records it in this part's dependsOn/,
    );
    registry.set(KEY, 42);
    expect(registry.get(KEY)).toBe(42);
    expect(() => registry.set(KEY, 43)).toThrow('already holds "answer"');
  });
});
