import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// Each test file gets its own migrated database (DESIGN §7):
//  - with DATABASE_URL (real PostgreSQL): CREATE DATABASE … TEMPLATE <migrated template> — milliseconds;
//  - without it: a copy of a migrated PGlite data folder, served by its own pglite-socket process.
// The templates are made once per run by global-setup.ts.

export const ROOT = path.resolve(__dirname, '../..');
export const testStateFile = () =>
  path.join(os.tmpdir(), `fingraph-jest-${process.env.FINGRAPH_TEST_RUN}.json`);

export interface TestState {
  kind: 'postgres' | 'pglite';
  /** postgres: the template database's name; pglite: the template data folder. */
  template: string;
  adminUrl?: string;
}

export interface TestDatabase {
  kind: 'postgres' | 'pglite';
  url: string;
  /** PGlite serves one session at a time. */
  poolMax: number;
  stop(): Promise<void>;
}

export function readState(): TestState {
  return JSON.parse(fs.readFileSync(testStateFile(), 'utf8')) as TestState;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function spawnPglite(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', path.join(__dirname, 'pglite-server.ts'), dataDir],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`pglite-server exited with ${code}: ${err}`)));
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const state = readState();
  const name = `fg_test_${randomBytes(6).toString('hex')}`;
  if (state.kind === 'postgres') {
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${state.template}`);
    } finally {
      await admin.end();
    }
    return {
      kind: 'postgres',
      url: withDatabase(state.adminUrl!, name),
      poolMax: 5,
      async stop() {
        const c = new Client({ connectionString: state.adminUrl });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  fs.cpSync(state.template, dataDir, { recursive: true });
  const { url, child } = await spawnPglite(dataDir);
  return {
    kind: 'pglite',
    url,
    poolMax: 1,
    async stop() {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
