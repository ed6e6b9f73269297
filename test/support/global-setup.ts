import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrations } from '../../migrations';
import { entities } from '../../src/app/entities';
import { createDataSource } from '../../src/platform/database/data-source';
import { spawnPglite, stopChild, TestState, testStateFile, withDatabase } from './database';

async function migrate(url: string, poolMax: number, embedded: boolean): Promise<void> {
  const ds = createDataSource({
    url,
    entities,
    migrations,
    poolMax,
    statementTimeoutMs: 60_000,
    connectionTimeoutMs: 10_000,
    idleTimeoutMs: 10_000,
    embedded,
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

// Migrations run once per test run into a template; each test file clones it (see database.ts).
export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  process.env.FINGRAPH_TEST_RUN = run;
  let state: TestState;
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const template = `fg_tpl_${run}`.toLowerCase();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${template}`);
    } finally {
      await admin.end();
    }
    await migrate(withDatabase(adminUrl, template), 2, false);
    state = { kind: 'postgres', template, adminUrl };
  } else {
    const template = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-pglite-template-'));
    const { url, child } = await spawnPglite(template);
    try {
      await migrate(url, 1, true);
    } finally {
      await stopChild(child);
    }
    fs.rmSync(path.join(template, 'fingraph.lock'), { force: true });
    state = { kind: 'pglite', template };
  }
  fs.writeFileSync(testStateFile(), JSON.stringify(state));
}
