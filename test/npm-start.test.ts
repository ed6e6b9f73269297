import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// `npm start` is what the README tells people to run, and what process managers stop with SIGTERM: npm must pass
// the signal on to the server (the script `exec`s it, so no shell sits between npm and node), and the whole tree
// must end with exit 0, the port and the DATA_DIR lock released.

const ROOT = path.resolve(__dirname, '..');

function start(dataDir: string): { child: ChildProcess; url: Promise<string>; output: () => string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    LOAD_BUNDLED_INDICATORS: 'false',
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NODE_ENV', 'JOBS_MODE']) delete env[name];
  const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /GraphQL \+ GraphiQL:\s+(http:\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
  return { child, url, output: () => out };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((r) =>
    child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code)),
  );

/** Whether something still accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm start', () => {
  jest.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-npm-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  // The pages' scripts are bundled by esbuild from the compiled dist/ on first request: /chat imports the client
  // package (clients/typescript/src) by relative path, which `npm start`'s compile step did not copy, so /chat
  // answered 500 under `npm start` while every test run from the TypeScript sources passed.
  it('serves the pages and their bundled scripts from the compiled dist/', async () => {
    const run = start(dataDir);
    const url = await run.url;
    try {
      for (const page of ['/chat', '/dashboard', '/loans']) {
        const res = await fetch(new URL(page, url), { headers: { accept: 'text/html' } });
        expect({ page, status: res.status }).toEqual({ page, status: 200 });
        const scripts = [...(await res.text()).matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]);
        expect(scripts.length).toBeGreaterThan(0);
        for (const src of scripts) {
          const script = await fetch(new URL(src, url));
          expect({ src, status: script.status }).toEqual({ src, status: 200 });
          expect(script.headers.get('content-type')).toMatch(/javascript/);
        }
      }
    } finally {
      run.child.kill('SIGTERM');
      await exited(run.child);
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'ends on %s with exit 0, releasing the port and the data lock',
    async (signal) => {
      const run = start(dataDir);
      const url = await run.url;
      const port = Number(new URL(url).port);
      const health = await fetch(new URL('/healthz', url));
      expect(health.status).toBe(200);

      run.child.kill(signal);
      expect(await exited(run.child)).toBe(0);
      expect(await listening(port)).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'fingraph.lock'))).toBe(false);
    },
  );
});
