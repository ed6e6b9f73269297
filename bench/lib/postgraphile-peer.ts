import { spawn } from 'node:child_process';
import path from 'node:path';

// Starts bench/lib/postgraphile-peer.mjs in a child process and waits for its "listening" line.

export interface PostGraphilePeer {
  url: string;
  /** SQL statements the peer has sent so far (read before and after a request to count one). */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

export async function startPostGraphilePeer(opts: {
  databaseUrl: string;
  poolMax: number;
  /** The child's process environment on top of ours (the benchmark gives both servers NODE_ENV=production). */
  processEnv?: Record<string, string>;
}): Promise<PostGraphilePeer> {
  const child = spawn(
    process.execPath,
    [path.join(__dirname, 'postgraphile-peer.mjs'), opts.databaseUrl, String(opts.poolMax)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.processEnv } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [url, statsUrl] = await new Promise<[string, string]>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`PostGraphile did not start in 60 s: ${stderr}`)),
      60_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /listening (\S+) (\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve([m[1], m[2]]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostGraphile exited with code ${code}: ${stderr.slice(-4000)}`));
    });
  });
  return {
    url,
    async statements() {
      const res = await fetch(statsUrl);
      return ((await res.json()) as { statements: number }).statements;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
