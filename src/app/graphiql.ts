import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Request, Response, Router } from 'express';
import { BOOTSTRAP_JS, PAGE_CSS } from './graphiql/client';
import { DEFAULT_HEADERS, EXAMPLE_TABS } from './graphiql/examples';

const gzipAsync = promisify(gzip);

/** Where the page's scripts and styles are served from: nothing here comes from a CDN. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/assets';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

type AssetSource = { readonly pkg: string; readonly file: string } | { readonly text: string };

// The fixed allow-list: URL name → a file inside an installed npm package, or the page's own code.
// Nothing else under the prefix is served (no directory mapping, so no path traversal).
const ASSET_SOURCES: Record<string, AssetSource> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js' },
  'graphql-ws.min.js': { pkg: 'graphql-ws', file: 'umd/graphql-ws.min.js' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js' },
  // Referenced by the bundles' sourceMappingURL comments (relative, so they must sit next to them).
  'graphiql.min.js.map': { pkg: 'graphiql', file: 'graphiql.min.js.map' },
  // Fonts (Roboto, Fira Code) are inlined in this stylesheet as data: URLs.
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css' },
  'graphiql.min.css.map': { pkg: 'graphiql', file: 'graphiql.min.css.map' },
  'fingraph-graphiql.js': { text: BOOTSTRAP_JS },
  'fingraph-graphiql.css': { text: PAGE_CSS },
};

const SCRIPTS = [
  'react.production.min.js',
  'react-dom.production.min.js',
  'graphql-ws.min.js',
  'graphiql.min.js',
  'fingraph-graphiql.js',
];
const STYLES = ['graphiql.min.css', 'fingraph-graphiql.css'];

interface LoadedAsset {
  readonly body: Buffer;
  readonly etag: string;
  readonly gzipped: Promise<Buffer | undefined>;
}

interface Asset {
  readonly contentType: string;
  readonly load: () => Promise<LoadedAsset>;
}

function packageDir(pkg: string): string {
  // Every package here exports ./package.json; their umd/ folders are not in "exports", so resolve the root.
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string })
    .version;
}

function loaded(body: Buffer): LoadedAsset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  // Compressed once, on first use (graphiql.min.js is ~3.5 MB, ~0.7 MB gzipped); plain bytes if that fails.
  const gzipped = gzipAsync(body).then(
    (b) => b,
    () => undefined,
  );
  return { body, etag, gzipped };
}

function buildAssets(): { assets: Map<string, Asset>; buildId: string } {
  const assets = new Map<string, Asset>();
  const fingerprint = createHash('sha256');
  for (const [name, source] of Object.entries(ASSET_SOURCES)) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (!contentType) throw new Error(`GraphiQL asset ${name}: unknown content type`);
    let cached: Promise<LoadedAsset> | undefined;
    if ('text' in source) {
      const body = Buffer.from(source.text, 'utf8');
      fingerprint.update(`${name}\0`).update(body);
      assets.set(name, { contentType, load: () => (cached ??= Promise.resolve(loaded(body))) });
    } else {
      // Resolved now so that a missing package fails at startup, not on the first page view.
      const file = path.join(packageDir(source.pkg), source.file);
      fingerprint.update(`${name}\0${source.pkg}@${packageVersion(source.pkg)}\0`);
      accessSync(file, constants.R_OK);
      assets.set(name, {
        contentType,
        load: () => {
          if (!cached) {
            cached = readFile(file).then(loaded);
            cached.catch(() => (cached = undefined)); // a failed read is retried next time
          }
          return cached;
        },
      });
    }
  }
  // Part of every asset URL: new package versions or page code get new URLs, so assets can be cached forever.
  return { assets, buildId: fingerprint.digest('hex').slice(0, 12) };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside <script type="application/json">: `<` escaped so the data cannot close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function contentSecurityPolicy(req: Request): string {
  // 'self' covers ws:/wss: to the same host in CSP 3 browsers; older ones need the explicit sources.
  // req.host: the Host header, or X-Forwarded-Host behind a trusted proxy; only used if it looks like one.
  const host = req.host;
  const sockets = host && HOST_PATTERN.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    // GraphiQL's dialogs and menus (Radix, react-remove-scroll) inject <style> elements without a settable
    // nonce, and CodeMirror sets style attributes: styles need 'unsafe-inline'. Scripts do not.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * GraphiQL on GET `endpoint` for browsers (Accept prefers text/html), from assets this router serves itself.
 * Queries and mutations go over HTTP POST to `endpoint`; subscriptions over graphql-ws on the same path.
 * Any other request on `endpoint` falls through to the GraphQL server.
 */
export function graphiqlRouter(opts: { endpoint: string }): Router {
  const { assets, buildId } = buildAssets();
  const assetUrl = (name: string) => `${GRAPHIQL_ASSET_PREFIX}/${buildId}/${name}`;
  const config = {
    endpoint: opts.endpoint,
    title: 'fingraph',
    storageNamespace: 'fingraph-graphiql',
    headers: DEFAULT_HEADERS,
    tabs: EXAMPLE_TABS,
  };
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>fingraph · GraphiQL</title>
    <link rel="icon" href="data:," />
${STYLES.map((name) => `    <link rel="stylesheet" href="${escapeHtml(assetUrl(name))}" />`).join('\n')}
  </head>
  <body>
    <div id="graphiql"><p class="fingraph-loading">Loading GraphiQL…</p></div>
    <noscript>GraphiQL needs JavaScript. The API itself is at ${escapeHtml(opts.endpoint)} (POST, or graphql-ws).</noscript>
    <script id="graphiql-config" type="application/json">${scriptJson(config)}</script>
${SCRIPTS.map((name) => `    <script src="${escapeHtml(assetUrl(name))}"></script>`).join('\n')}
  </body>
</html>
`;

  const router = Router();

  router.get(opts.endpoint, (req: Request, res: Response, next) => {
    // The same URL answers JSON or HTML depending on Accept: tell caches.
    res.vary('Accept');
    const wanted = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']);
    if (wanted !== 'text/html') return next();
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': contentSecurityPolicy(req),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    res.send(html);
  });

  router.get(`${GRAPHIQL_ASSET_PREFIX}/:build/:name`, async (req: Request, res: Response) => {
    const { build, name } = req.params as { build: string; name: string };
    const asset = assets.get(name);
    if (!asset || build !== buildId) {
      res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
      return;
    }
    const { body, etag, gzipped } = await asset.load();
    res.set({
      'Content-Type': asset.contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      Vary: 'Accept-Encoding',
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const compressed = req.acceptsEncodings('gzip', 'identity') === 'gzip' ? await gzipped : undefined;
    if (compressed && compressed.length < body.length) {
      res.set('Content-Encoding', 'gzip');
      res.send(compressed);
    } else {
      res.send(body);
    }
  });

  return router;
}
