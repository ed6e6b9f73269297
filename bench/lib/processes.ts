import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

// Child processes for benchmarks: a fingraph API (bench/lib/app-process.ts) or the fake LLM
// (bench/lib/fake-llm-process.ts), each compiled by bench/lib/swc-register.js (lighter than ts-node's in-process compiler) and driven
// over IPC.

export interface BenchProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends a command (with its arguments, if any) and resolves with the child's reply. */
  call<T = Record<string, unknown>>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

function start(script: string, env: Record<string, string>, timeoutMs = 180_000): Promise<BenchProcess> {
  const child = fork(path.join(__dirname, script), [], {
    execArgv: ['-r', path.join(__dirname, 'swc-register.js')],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, (body: Record<string, unknown>) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    child.on('message', (message: { id?: number; ready?: boolean; url?: string; failed?: string }) => {
      if (message.failed) {
        clearTimeout(timer);
        reject(new Error(`${script} failed: ${message.failed}`));
      } else if (message.ready && message.url) {
        clearTimeout(timer);
        let stopped: Promise<void> | undefined;
        const proc: BenchProcess = {
          url: message.url,
          child,
          call: <T>(cmd: string, args?: Record<string, unknown>) =>
            new Promise<T>((done) => {
              const id = ++nextId;
              pending.set(id, done as (body: Record<string, unknown>) => void);
              child.send({ ...args, id, cmd });
            }),
          stop: () =>
            (stopped ??=
              child.exitCode !== null
                ? Promise.resolve()
                : new Promise<void>((done) => {
                    child.once('exit', () => done());
                    child.send({ id: ++nextId, cmd: 'stop' });
                    setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
                  })),
        };
        resolve(proc);
      } else if (message.id !== undefined) {
        pending.get(message.id)?.(message as Record<string, unknown>);
        pending.delete(message.id);
      }
    });
  });
}

/**
 * A fingraph API process with this environment (what `loadConfig` reads). `clock`: the app's fixed "now" (ISO);
 * `processEnv`: the child's own process environment on top of ours (e.g. NODE_ENV=production, which the libraries
 * read at load — graphql-js's development-mode checks — apart from the app's configuration in `env`).
 */
export const startAppProcess = (
  env: Record<string, string>,
  opts: { clock?: Date; processEnv?: Record<string, string> } = {},
) =>
  start('app-process.ts', {
    ...opts.processEnv,
    FG_BENCH_ENV: JSON.stringify(env),
    ...(opts.clock ? { FG_BENCH_CLOCK: opts.clock.toISOString() } : {}),
  });

/** The fake OpenAI-compatible server answering with `script`, or with `marked.script` when a message contains `marked.marker`. */
export const startFakeLlmProcess = (script: unknown, marked?: { marker: string; script: unknown }) =>
  start(
    'fake-llm-process.ts',
    {
      FG_FAKE_SCRIPT: JSON.stringify(script),
      ...(marked
        ? { FG_FAKE_MARKER: marked.marker, FG_FAKE_MARKED_SCRIPT: JSON.stringify(marked.script) }
        : {}),
    },
    30_000,
  );
