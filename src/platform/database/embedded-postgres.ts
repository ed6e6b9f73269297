import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { Logger } from '../observability/logger';

// Embedded mode: PostgreSQL compiled to WASM (PGlite), persisted under dataDir and served on 127.0.0.1 by
// pglite-socket so that TypeORM and every other client use the ordinary `pg` driver, exactly as in services mode.

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another fingraph process (pid ${pid}). ` +
        `Stop that process, or start this one with another DATA_DIR, or use DATABASE_URL for a shared PostgreSQL.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface EmbeddedPostgres {
  /** postgres:// URL of the local socket server. */
  readonly url: string;
  /** PGlite serves one session at a time: pools must not open more connections than this. */
  readonly maxConnections: number;
  stop(): Promise<void>;
}

const LOCK_FILE = 'fingraph.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock file atomically; a lock left by a dead process is taken over. */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      fs.unlinkSync(lockPath); // stale lock from a process that died
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  logger?: Logger;
  port?: number;
}): Promise<EmbeddedPostgres> {
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const release = acquireDataDirLock(opts.dataDir);
  try {
    const pgDataDir = path.join(opts.dataDir, 'pgdata');
    const fresh = !fs.existsSync(pgDataDir);
    const started = Date.now();
    const db = await PGlite.create({ dataDir: pgDataDir });
    const maxConnections = 1;
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: opts.port ?? 0, maxConnections });
    await server.start();
    const conn = server.getServerConn(); // "127.0.0.1:54321"
    const url = `postgres://postgres@${conn}/postgres`;
    opts.logger?.info(
      { dataDir: opts.dataDir, fresh, ms: Date.now() - started },
      'embedded PostgreSQL (PGlite) started',
    );
    let stopped = false;
    return {
      url,
      maxConnections,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
