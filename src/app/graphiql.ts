import { Request, Response, Router } from 'express';
import { BOOTSTRAP_JS, PAGE_CSS } from './graphiql/client';
import { DEFAULT_HEADERS, EXAMPLE_TABS } from './graphiql/examples';
import { AssetSource, createAssetServer } from './pages/assets';
import { renderPage } from './pages/html';
import { pageHeaders } from './pages/security';

/** Where the page's scripts and styles are served from: nothing here comes from a CDN. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/assets';

// The fixed allow-list: URL name → a file inside an installed npm package, or the page's own code.
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

/**
 * GraphiQL on GET `endpoint` for browsers (Accept prefers text/html), from assets this router serves itself.
 * Queries and mutations go over HTTP POST to `endpoint`; subscriptions over graphql-ws on the same path.
 * Any other request on `endpoint` falls through to the GraphQL server.
 */
export function graphiqlRouter(opts: { endpoint: string }): Router {
  const assets = createAssetServer(GRAPHIQL_ASSET_PREFIX, ASSET_SOURCES);
  const config = {
    endpoint: opts.endpoint,
    title: 'fingraph',
    storageNamespace: 'fingraph-graphiql',
    headers: DEFAULT_HEADERS,
    tabs: EXAMPLE_TABS,
  };
  let html: Promise<string> | undefined;
  const page = async () =>
    renderPage({
      lang: 'en',
      title: 'fingraph · GraphiQL',
      styles: await Promise.all(STYLES.map((name) => assets.url(name))),
      scripts: await Promise.all(SCRIPTS.map((name) => assets.url(name))),
      config: { id: 'graphiql-config', value: config },
      body: '    <div id="graphiql"><p class="fingraph-loading">Loading GraphiQL…</p></div>',
      noscript: `GraphiQL needs JavaScript. The API itself is at ${opts.endpoint} (POST, or graphql-ws).`,
    });

  const router = Router();
  router.get(opts.endpoint, async (req: Request, res: Response, next) => {
    // The same URL answers JSON or HTML depending on Accept: tell caches.
    res.vary('Accept');
    const wanted = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']);
    if (wanted !== 'text/html') return next();
    // GraphiQL's dialogs (Radix) inject <style> elements and CodeMirror sets style attributes.
    res.set(pageHeaders(req, { inlineStyles: true }));
    res.send(await (html ??= page()));
  });
  router.use(assets.router);
  return router;
}
