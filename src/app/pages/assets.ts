import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Request, Response, Router } from 'express';
import { bundleBrowserScript } from './bundle';

const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Where an asset's bytes come from: a file inside an installed npm package, text of our own (CSS), or a
 * browser entry point bundled by esbuild on first use (path without extension).
 */
export type AssetSource =
  { readonly pkg: string; readonly file: string } | { readonly text: string } | { readonly bundle: string };

interface LoadedAsset {
  readonly body: Buffer;
  readonly etag: string;
  /** The path segment of the asset's URL: fixed for package files and text, the content hash for bundles. */
  readonly version: string;
  readonly gzipped: Promise<Buffer | undefined>;
}

interface Asset {
  readonly contentType: string;
  /** Package files and texts: their URL is known without loading them. */
  readonly shared: boolean;
  readonly load: () => Promise<LoadedAsset>;
}

export interface AssetServer {
  /** The asset's URL (`<prefix>/<version>/<name>`); a bundle is built on the first call. */
  url(name: string): Promise<string>;
  /** GET `<prefix>/:version/:name` for the registered names only, with immutable caching, ETag and gzip. */
  readonly router: Router;
}

function packageDir(pkg: string): string {
  // Every package here exports ./package.json; their umd/ folders are not in "exports", so resolve the root.
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string })
    .version;
}

const hashOf = (body: Buffer) => createHash('sha256').update(body).digest();

function loaded(body: Buffer, version: string): LoadedAsset {
  const etag = `"${hashOf(body).toString('base64url').slice(0, 27)}"`;
  // Compressed once, on first use (graphiql.min.js is ~3.5 MB, ~0.7 MB gzipped); plain bytes if that fails.
  const gzipped = gzipAsync(body).then(
    (b) => b,
    () => undefined,
  );
  return { body, etag, version, gzipped };
}

/** A load that is done once and kept; a failed one is retried by the next caller. */
function once(load: () => Promise<LoadedAsset>): () => Promise<LoadedAsset> {
  let cached: Promise<LoadedAsset> | undefined;
  return () => {
    if (!cached) {
      cached = load();
      cached.catch(() => (cached = undefined));
    }
    return cached;
  };
}

/**
 * Serves a fixed allow-list of assets under `prefix` (no directory mapping, so no path traversal). Package
 * files and texts share one version: a fingerprint of the package versions and texts, so new code gets new
 * URLs and every asset can be cached forever; files that reference each other relatively (a bundle and its
 * source map) stay side by side. A bundle's version is its own content hash.
 */
export function createAssetServer(
  prefix: string,
  sources: Readonly<Record<string, AssetSource>>,
): AssetServer {
  const assets = new Map<string, Asset>();
  const fingerprint = createHash('sha256');
  let sharedVersion = '';
  for (const [name, source] of Object.entries(sources)) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType) throw new Error(`Asset ${name}: unknown content type`);
    if ('text' in source) {
      const body = Buffer.from(source.text, 'utf8');
      fingerprint.update(`${name}\0`).update(body);
      assets.set(name, { contentType, shared: true, load: once(async () => loaded(body, sharedVersion)) });
    } else if ('pkg' in source) {
      // Resolved now so that a missing package fails at startup, not on the first page view.
      const file = path.join(packageDir(source.pkg), source.file);
      fingerprint.update(`${name}\0${source.pkg}@${packageVersion(source.pkg)}\0`);
      accessSync(file, constants.R_OK);
      assets.set(name, {
        contentType,
        shared: true,
        load: once(async () => loaded(await readFile(file), sharedVersion)),
      });
    } else {
      const entry = source.bundle;
      assets.set(name, {
        contentType,
        shared: false,
        load: once(async () => {
          const body = await bundleBrowserScript(entry);
          return loaded(body, hashOf(body).toString('hex').slice(0, 12));
        }),
      });
    }
  }
  sharedVersion = fingerprint.digest('hex').slice(0, 12);

  const router = Router();
  router.get(`${prefix}/:version/:name`, async (req: Request, res: Response, next) => {
    const { version, name } = req.params as { version: string; name: string };
    const asset = assets.get(name);
    if (!asset || !/^[0-9a-f]{12}$/.test(version)) {
      res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
      return;
    }
    let file: LoadedAsset;
    try {
      file = await asset.load();
    } catch (error) {
      return next(error);
    }
    if (file.version !== version) {
      res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
      return;
    }
    res.set({
      'Content-Type': asset.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: file.etag,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      Vary: 'Accept-Encoding',
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const compressed = req.acceptsEncodings('gzip', 'identity') === 'gzip' ? await file.gzipped : undefined;
    if (compressed && compressed.length < file.body.length) {
      res.set('Content-Encoding', 'gzip');
      res.send(compressed);
    } else {
      res.send(file.body);
    }
  });

  return {
    router,
    async url(name) {
      const asset = assets.get(name);
      if (!asset) throw new Error(`No asset named ${name}`);
      const version = asset.shared ? sharedVersion : (await asset.load()).version;
      return `${prefix}/${version}/${name}`;
    },
  };
}
