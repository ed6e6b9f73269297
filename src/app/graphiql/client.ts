// The page's own browser code, served as static assets (no inline script: the CSP allows scripts from 'self'
// only). Kept as strings so that `tsc` output (dist/) carries them: tsc copies no non-TS files.
// It runs after the UMD bundles, which define the globals React, ReactDOM, graphqlWs and GraphiQL.

export const BOOTSTRAP_JS = String.raw`/* fingraph GraphiQL bootstrap */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var httpUrl = new URL(config.endpoint, window.location.href);
  var wsUrl = new URL(httpUrl.href);
  wsUrl.protocol = httpUrl.protocol === 'https:' ? 'wss:' : 'ws:';

  // "Bearer <paste accessToken from login>" (or a bare "Bearer") is the unfilled placeholder: send no header.
  var PLACEHOLDER = /^\s*(Bearer\s*)?(<[^>]*>)?\s*$/i;

  function splitHeaders(headers) {
    var clean = {};
    var authorization;
    Object.keys(headers || {}).forEach(function (name) {
      var value = headers[name];
      if (name.toLowerCase() === 'authorization') {
        if (typeof value !== 'string' || PLACEHOLDER.test(value)) return;
        authorization = value.trim();
      }
      clean[name] = value;
    });
    return { headers: clean, authorization: authorization };
  }

  // graphql-ws sends connectionParams once per socket, so there is one client per distinct Authorization
  // value, created on first use. Clients are lazy: a socket is open only while a subscription runs on it.
  var MAX_CLIENTS = 8;
  var clients = new Map();
  function fetcherFor(authorization) {
    var key = authorization || '';
    var entry = clients.get(key);
    if (entry) {
      clients.delete(key);
      clients.set(key, entry);
      return entry.fetcher;
    }
    var wsClient = graphqlWs.createClient({
      url: wsUrl.href,
      lazy: true,
      retryAttempts: 2,
      connectionParams: authorization ? { authorization: authorization } : {},
    });
    entry = { wsClient: wsClient, fetcher: GraphiQL.createFetcher({ url: httpUrl.href, wsClient: wsClient }) };
    clients.set(key, entry);
    if (clients.size > MAX_CLIENTS) {
      var oldest = clients.keys().next().value;
      clients.get(oldest).wsClient.dispose();
      clients.delete(oldest);
    }
    return entry.fetcher;
  }

  function fetcher(params, opts) {
    var split = splitHeaders(opts && opts.headers);
    return fetcherFor(split.authorization)(params, Object.assign({}, opts, { headers: split.headers }));
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(
      GraphiQL,
      {
        fetcher: fetcher,
        defaultTabs: config.tabs,
        defaultHeaders: config.headers,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: true,
        defaultEditorToolsVisibility: 'headers',
        storage: GraphiQL.createLocalStorage({ namespace: config.storageNamespace }),
      },
      React.createElement(GraphiQL.Logo, null, config.title),
    ),
  );
})();
`;

// No overflow:hidden on body: react-remove-scroll-bar (GraphiQL's dialogs) logs an error when it finds one.
export const PAGE_CSS = `html,
body {
  height: 100%;
  margin: 0;
}
#graphiql {
  height: 100vh;
}
.fingraph-loading {
  font-family: system-ui, sans-serif;
  padding: 2rem;
  color: #555;
}
`;
