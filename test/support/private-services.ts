import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Private PostgreSQL clusters and Redis servers for fault tests: their own temp folders and free ports, so a test
// can freeze (SIGSTOP) or stop them without touching the shared services on 5432/6379.

/** The newest installed PostgreSQL's bin folder (Debian layout), or undefined. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : undefined;
}

export function redisServerBinary(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, 'redis-server');
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** initdb refuses root: as root the cluster runs as the `postgres` user (runuser), which must exist. */
function postgresRunner(): { ok: boolean; wrap: (cmd: string[]) => string[]; owner?: string } {
  if (process.getuid?.() !== 0) return { ok: true, wrap: (cmd) => cmd };
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    return { ok: false, wrap: (cmd) => cmd };
  }
  return { ok: true, wrap: (cmd) => ['runuser', '-u', 'postgres', '--', ...cmd], owner: 'postgres' };
}

/** Why the fault tests cannot run here, or undefined when they can. */
export function missingForFaultTests(): string | undefined {
  if (!postgresBinDir()) return 'no PostgreSQL binaries under /usr/lib/postgresql/*/bin';
  if (!redisServerBinary()) return 'no redis-server on PATH';
  if (!postgresRunner().ok) return 'running as root without a postgres user for initdb';
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(cmd: string[]): void {
  execFileSync(cmd[0], cmd.slice(1), { stdio: 'pipe' });
}

/** The pids of a process and all its descendants (Linux /proc). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 is the parent pid; the command (field 2) may contain spaces, so parse after its ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const visit = (pid: number) => {
    out.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return out;
}

function signalTree(root: number, signal: NodeJS.Signals): void {
  for (const pid of processTree(root)) {
    try {
      process.kill(pid, signal);
    } catch {
      // gone already
    }
  }
}

export interface PrivatePostgres {
  readonly url: string;
  /** SIGSTOP the postmaster and every backend: the server holds its connections and answers nothing. */
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir()!;
  const runner = postgresRunner();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-fault-pg-'));
  if (runner.owner) run(['chown', runner.owner, dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  run(
    runner.wrap([
      path.join(bin, 'initdb'),
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]),
  );
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  const pgCtl = (...args: string[]) =>
    run(runner.wrap([path.join(bin, 'pg_ctl'), '-D', data, '-l', path.join(dir, 'log'), ...args]));
  pgCtl('-o', options, '-w', 'start');
  // Whatever happens to the test (a hook timing out, the worker exiting), the cluster does not outlive it.
  const cleanup = () => {
    try {
      signalTree(postmaster(), 'SIGCONT');
      pgCtl('-m', 'immediate', '-w', 'stop');
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', cleanup);
  const postmaster = () => Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let frozen = false;
  const thaw = () => {
    frozen = false;
    signalTree(postmaster(), 'SIGCONT');
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    freeze() {
      frozen = true;
      signalTree(postmaster(), 'SIGSTOP');
    },
    thaw,
    async stop() {
      if (frozen) thaw();
      process.removeListener('exit', cleanup);
      cleanup();
    },
  };
}

export interface PrivateRedis {
  readonly url: string;
  freeze(): void;
  thaw(): void;
  /** Stops the server (SIGKILL: like a crash; nothing is persisted, so its data is gone). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const binary = redisServerBinary()!;
  const port = await freePort();
  let child: ChildProcess | undefined;
  let frozen = false;

  const start = async () => {
    const proc = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    child = proc;
    // Ready when it accepts connections.
    for (let i = 0; i < 200; i += 1) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.end();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      if (up) return;
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
      await sleep(25);
    }
    throw new Error('redis-server did not start');
  };
  const kill = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    if (frozen) {
      proc.kill('SIGCONT');
      frozen = false;
    }
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  };

  await start();
  const cleanup = () => child?.kill('SIGKILL');
  process.once('exit', cleanup);
  return {
    url: `redis://127.0.0.1:${port}`,
    freeze() {
      frozen = true;
      child?.kill('SIGSTOP');
    },
    thaw() {
      frozen = false;
      child?.kill('SIGCONT');
    },
    kill,
    restart: start,
    async stop() {
      process.removeListener('exit', cleanup);
      await kill();
    },
  };
}
