import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import { DocumentStorage, ObjectTooLargeError, StagedObject } from './document-storage';

// An S3-compatible object store (AWS S3, MinIO, Ceph RGW, Cloudflare R2 …) behind the DocumentStorage interface,
// over plain HTTPS with AWS Signature Version 4 and path-style URLs (`<endpoint>/<bucket>/<key>`). Staged
// objects are held in memory (at most the stage's maxBytes) and PUT on commit, so an object appears whole or
// not at all, as with the local disk's rename.

export interface S3Options {
  /** e.g. https://s3.ap-northeast-2.amazonaws.com or http://127.0.0.1:9000 (MinIO). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Keys are stored under this prefix (no leading or trailing slash); '' for none. */
  prefix?: string;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;
const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
const encodeSegment = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The SigV4 Authorization header of a request (no query string). `headers` must include host,
 * x-amz-content-sha256 and x-amz-date; every header given is signed.
 */
export function signV4(req: {
  method: string;
  path: string;
  headers: Record<string, string>;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  service?: string;
}): string {
  const service = req.service ?? 's3';
  const names = Object.keys(req.headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((h) => `${h}:${lower[h].trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    req.method,
    req.path,
    '',
    canonicalHeaders,
    signedHeaders,
    lower['x-amz-content-sha256'],
  ].join('\n');
  const amzDate = lower['x-amz-date'];
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${req.region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${req.secretAccessKey}`, day), req.region), service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${req.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

export class S3Storage implements DocumentStorage {
  private readonly endpoint: URL;

  constructor(
    private readonly options: S3Options,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.endpoint = new URL(options.endpoint);
  }

  private pathOf(key: string): string {
    if (!KEY.test(key) || key.length > 300) throw new Error(`invalid storage key "${key}"`);
    const full = this.options.prefix ? `${this.options.prefix}/${key}` : key;
    const base = this.endpoint.pathname.replace(/\/$/, '');
    return `${base}/${encodeSegment(this.options.bucket)}/${full.split('/').map(encodeSegment).join('/')}`;
  }

  private async request(method: string, key: string, body?: Buffer): Promise<Response> {
    const path = this.pathOf(key);
    const amzDate = this.now()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const headers: Record<string, string> = {
      host: this.endpoint.host,
      'x-amz-content-sha256': body ? sha256(body) : EMPTY_SHA256,
      'x-amz-date': amzDate,
    };
    const authorization = signV4({ method, path, headers, ...this.options });
    const { host: _host, ...sent } = headers;
    return fetch(new URL(path, this.endpoint), {
      method,
      headers: { ...sent, authorization },
      body: body ? new Uint8Array(body) : undefined,
    });
  }

  private static async fail(what: string, res: Response): Promise<never> {
    const text = await res.text().catch(() => '');
    throw new Error(`S3 ${what} failed: HTTP ${res.status} ${text.slice(0, 200)}`);
  }

  async stage(key: string, source: Readable, opts: { maxBytes: number }): Promise<StagedObject> {
    this.pathOf(key);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of source) {
      size += (chunk as Buffer).length;
      if (size > opts.maxBytes) throw new ObjectTooLargeError(opts.maxBytes);
      chunks.push(chunk as Buffer);
    }
    let bytes: Buffer | null = Buffer.concat(chunks);
    const head = bytes.subarray(0, 16);
    return {
      size,
      sha256: sha256(bytes),
      head: Buffer.from(head),
      read: async () => {
        if (!bytes) throw new Error('the staged object was discarded');
        return bytes;
      },
      commit: async () => {
        if (!bytes) throw new Error('the staged object was discarded');
        const res = await this.request('PUT', key, bytes);
        if (!res.ok) await S3Storage.fail(`PUT ${key}`, res);
        bytes = null;
      },
      discard: async () => {
        bytes = null;
      },
    };
  }

  async open(key: string): Promise<Readable | null> {
    const res = await this.request('GET', key);
    if (res.status === 404) return null;
    if (!res.ok || !res.body) return S3Storage.fail(`GET ${key}`, res);
    return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream);
  }

  async exists(key: string): Promise<boolean> {
    const res = await this.request('HEAD', key);
    if (res.status === 404) return false;
    if (!res.ok) return S3Storage.fail(`HEAD ${key}`, res);
    return true;
  }

  async delete(key: string): Promise<void> {
    const res = await this.request('DELETE', key);
    if (!res.ok && res.status !== 404) await S3Storage.fail(`DELETE ${key}`, res);
  }
}
