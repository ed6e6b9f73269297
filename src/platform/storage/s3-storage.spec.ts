import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { ObjectTooLargeError, S3Storage, signV4 } from './index';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const CREDENTIALS = {
  region: 'us-east-1',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

describe('S3Storage', () => {
  it('signs like AWS: the "GET Object" example of the SigV4 documentation', () => {
    // https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html (Example: GET Object)
    expect(
      signV4({
        method: 'GET',
        path: '/test.txt',
        headers: {
          host: 'examplebucket.s3.amazonaws.com',
          range: 'bytes=0-9',
          'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          'x-amz-date': '20130524T000000Z',
        },
        ...CREDENTIALS,
      }),
    ).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  describe('against an S3-compatible server', () => {
    const objects = new Map<string, Buffer>();
    const seen: { method: string; url: string; signed: boolean }[] = [];
    let server: http.Server;
    let storage: S3Storage;
    beforeAll(async () => {
      // A minimal path-style S3: checks each request's signature with the signer verified above.
      server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = {
            host: req.headers.host!,
            'x-amz-content-sha256': String(req.headers['x-amz-content-sha256']),
            'x-amz-date': String(req.headers['x-amz-date']),
          };
          const expected = signV4({ method: req.method!, path: req.url!, headers, ...CREDENTIALS });
          const signed =
            req.headers.authorization === expected &&
            headers['x-amz-content-sha256'] === createHash('sha256').update(body).digest('hex');
          seen.push({ method: req.method!, url: req.url!, signed });
          if (!signed) return res.writeHead(403).end('SignatureDoesNotMatch');
          const key = req.url!;
          if (req.method === 'PUT') objects.set(key, body);
          if (req.method === 'DELETE') objects.delete(key);
          if (req.method === 'PUT' || req.method === 'DELETE') return res.writeHead(200).end();
          const found = objects.get(key);
          if (!found) return res.writeHead(404).end('NoSuchKey');
          res.writeHead(200, { 'content-length': found.length });
          res.end(req.method === 'HEAD' ? undefined : found);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      storage = new S3Storage({
        endpoint: `http://127.0.0.1:${port}`,
        bucket: 'models',
        prefix: 'fg',
        ...CREDENTIALS,
      });
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('stages in memory, PUTs on commit, reads back, deletes', async () => {
      const bytes = Buffer.from('{"name":"document-quality"}');
      const staged = await storage.stage('document-quality/1.0.0/manifest.json', Readable.from([bytes]), {
        maxBytes: 1000,
      });
      expect(staged.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(await storage.exists('document-quality/1.0.0/manifest.json')).toBe(false);
      await staged.commit();
      expect(await storage.exists('document-quality/1.0.0/manifest.json')).toBe(true);
      expect(
        (await readAll((await storage.open('document-quality/1.0.0/manifest.json'))!)).equals(bytes),
      ).toBe(true);
      expect(objects.has('/models/fg/document-quality/1.0.0/manifest.json')).toBe(true);
      await storage.delete('document-quality/1.0.0/manifest.json');
      expect(await storage.open('document-quality/1.0.0/manifest.json')).toBeNull();
      expect(seen.every((r) => r.signed)).toBe(true);
    });

    it('refuses more than maxBytes and keys outside its shape', async () => {
      await expect(
        storage.stage('a/big', Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 }),
      ).rejects.toBeInstanceOf(ObjectTooLargeError);
      await expect(storage.exists('../etc/passwd')).rejects.toThrow('invalid storage key');
    });
  });
});
