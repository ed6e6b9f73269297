import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage, ObjectTooLargeError } from './index';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const stagingFiles = () => fs.readdirSync(path.join(root, '.staging'));

  it('hashes while streaming and makes the object visible only on commit', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100_000, 7)]);
    const staged = await storage.stage('a/doc-1', Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), {
      maxBytes: 200_000,
    });
    expect(staged.size).toBe(bytes.length);
    expect(staged.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(staged.head.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await storage.exists('a/doc-1')).toBe(false);
    await staged.commit();
    expect(await storage.exists('a/doc-1')).toBe(true);
    expect(stagingFiles()).toEqual([]);
    expect((await readAll((await storage.open('a/doc-1'))!)).equals(bytes)).toBe(true);
    await storage.delete('a/doc-1');
    expect(await storage.open('a/doc-1')).toBeNull();
  });

  it('refuses more than maxBytes and leaves no file behind', async () => {
    const source = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(storage.stage('a/big', source, { maxBytes: 1000 })).rejects.toBeInstanceOf(
      ObjectTooLargeError,
    );
    expect(stagingFiles()).toEqual([]);
    expect(await storage.exists('a/big')).toBe(false);
  });

  it('discards a staged object', async () => {
    const staged = await storage.stage('a/x', Readable.from([Buffer.from('hello')]), { maxBytes: 10 });
    await staged.discard();
    expect(stagingFiles()).toEqual([]);
    expect(await storage.exists('a/x')).toBe(false);
  });

  it('accepts only its own key shape (no traversal)', async () => {
    for (const key of ['../etc/passwd', 'a/../b', '/abs', 'A/b', 'a//b', '.staging/x']) {
      await expect(storage.exists(key)).rejects.toThrow('invalid storage key');
    }
  });
});
