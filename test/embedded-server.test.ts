import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { subscribe } from './support/app';

// Boots the real `npm start` entry point (src/main.ts) with no environment — embedded PGlite, in-memory
// adapters — from a fresh DATA_DIR, and talks to it over HTTP and graphql-ws like a user would.

const ROOT = path.resolve(__dirname, '..');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function cleanEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NODE_ENV', 'SEED_DEMO', 'JOBS_MODE'])
    delete env[name];
  return env;
}

function startMain(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...cleanEnv(dataDir), TS_NODE_TRANSPILE_ONLY: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /GraphQL \+ GraphiQL:\s+(http:\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve({ child, url: m[1].replace('localhost', '127.0.0.1'), output: () => out });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.once('exit', (code) => r(code)));
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = async (url: string, email: string) =>
  (
    await gql<{ login: { accessToken: string } }>(
      url,
      'mutation ($e: String!) { login(input: { email: $e, password: "fingraph-demo-2026" }) { ... on AuthPayload { accessToken } } }',
      { e: email },
    )
  ).login.accessToken;

describe('embedded mode (npm start with no environment)', () => {
  jest.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-embedded-'));
  let server: Started | undefined;

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await exitCode(server.child);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts from a fresh DATA_DIR, prints the demo logins and answers over HTTP and graphql-ws', async () => {
    server = await startMain(dataDir);
    expect(server.output()).toContain('analyst@fingraph.dev');
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(true);

    const health = await fetch(server.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const ready = (await (await fetch(server.url.replace('/graphql', '/readyz'))).json()) as {
      checks: unknown;
    };
    expect(ready.checks).toEqual({ database: true });

    const analyst = await login(server.url, 'analyst@fingraph.dev');
    const admin = await login(server.url, 'admin@fingraph.dev');
    const data = await gql<{
      customers: { totalCount: number; edges: { node: { id: string; name: string } }[] };
    }>(server.url, '{ customers(first: 5) { totalCount edges { node { id name } } } }', {}, analyst);
    expect(data.customers.totalCount).toBe(200);
    expect(data.customers.edges).toHaveLength(5);
    expect(data.customers.edges[0].node.name).toMatch(/^[가-힣]{2,4}$/);

    const id = data.customers.edges[0].node.id;
    const client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${analyst}` },
      retryAttempts: 0,
    });
    const sub = subscribe<{ customerUpdated: { id: string; householdSize: number } }>(
      client,
      'subscription ($id: ID!) { customerUpdated(id: $id) { id householdSize } }',
      { id },
    );
    await new Promise((r) => setTimeout(r, 300));
    await gql(
      server.url,
      'mutation ($id: ID!) { updateCustomer(input: { id: $id, householdSize: 4 }) { __typename } }',
      { id },
      admin,
    );
    const [event] = await sub.next(1);
    expect(event.customerUpdated).toEqual({ id, householdSize: 4 });
    sub.dispose();
    await client.dispose();
  });

  it('refuses a second process on the same DATA_DIR with a clear message', async () => {
    await expect(startMain(dataDir)).rejects.toThrow(
      /exited with 2:[\s\S]*in use by another fingraph process/,
    );
  });

  it('drains and exits 0 on SIGTERM, then restarts on the same data without reseeding', async () => {
    server!.child.kill('SIGTERM');
    expect(await exitCode(server!.child)).toBe(0);
    server = await startMain(dataDir);
    const analyst = await login(server.url, 'analyst@fingraph.dev');
    const data = await gql<{
      customers: { totalCount: number; edges: { node: { householdSize: number } }[] };
    }>(server.url, '{ customers(first: 1) { totalCount edges { node { householdSize } } } }', {}, analyst);
    expect(data.customers.totalCount).toBe(200);
    expect(data.customers.edges[0].node.householdSize).toBe(4);
    server.child.kill('SIGTERM');
    expect(await exitCode(server.child)).toBe(0);
  });
});
