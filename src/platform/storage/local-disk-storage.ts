import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentStorage, ObjectTooLargeError, StagedObject } from './document-storage';

// Segments start with a letter or digit (no "..", no ".staging"); dots inside allow file names like model.onnx.
const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;
const HEAD_BYTES = 16;

// Local-disk storage: objects are files under `root`; staging files live in `root/.staging` on the same
// filesystem, so commit is one rename(2) — a reader sees the whole file or nothing. One shared volume
// serves several replicas (the rename is atomic on any POSIX filesystem, NFS included).
export class LocalDiskStorage implements DocumentStorage {
  private readonly staging: string;

  constructor(private readonly root: string) {
    this.staging = path.join(root, '.staging');
  }

  private pathOf(key: string): string {
    if (!KEY.test(key) || key.length > 300) throw new Error(`invalid storage key "${key}"`);
    return path.join(this.root, ...key.split('/'));
  }

  async stage(key: string, source: Readable, opts: { maxBytes: number }): Promise<StagedObject> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(this.staging, { recursive: true });
    const temp = path.join(this.staging, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > opts.maxBytes) return done(new ObjectTooLargeError(opts.maxBytes));
        if (head.length < HEAD_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const discard = () => fs.promises.rm(temp, { force: true });
    // Opened before streaming: a stream that opened its file lazily could create it after a failed write's
    // clean-up had already run, leaving a partial file behind.
    const handle = await fs.promises.open(temp, 'wx', 0o600);
    const sink = handle.createWriteStream();
    try {
      await pipeline(source, meter, sink);
    } catch (error) {
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await discard();
      throw error;
    }
    return {
      size,
      sha256: hash.digest('hex'),
      head,
      read: () => fs.promises.readFile(temp),
      async commit() {
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        await fs.promises.rename(temp, target);
      },
      discard,
    };
  }

  async open(key: string): Promise<Readable | null> {
    const file = this.pathOf(key);
    try {
      const handle = await fs.promises.open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises
      .access(this.pathOf(key))
      .then(() => true)
      .catch(() => false);
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
