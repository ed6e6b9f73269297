import fs from 'node:fs';
import { Client } from 'pg';
import { TestState, testStateFile } from './database';

export default async function globalTeardown(): Promise<void> {
  const stateFile = testStateFile();
  if (!fs.existsSync(stateFile)) return;
  const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as TestState;
  if (state.kind === 'postgres') {
    const admin = new Client({ connectionString: state.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${state.template} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  } else {
    fs.rmSync(state.template, { recursive: true, force: true });
  }
  fs.rmSync(stateFile, { force: true });
}
