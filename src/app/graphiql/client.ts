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

  // The page's session: a Login (or refreshToken) result run in any tab is kept in this browser and sent by
  // every tab whose Headers carry no Authorization of their own; it is refreshed a minute before it expires
  // (on use and on a timer), and a logout of it forgets it. A tab's own Authorization header always wins.
  var SESSION_KEY = config.storageNamespace + ':session';
  var REFRESH_MARGIN_MS = 60000;
  var REFRESH =
    'mutation GraphiQLRefresh($token: String!) { refreshToken(input: { refreshToken: $token }) { ' +
    '... on AuthPayload { accessToken refreshToken user { email } } } }';
  function loadSession() {
    try {
      return JSON.parse(window.localStorage.getItem(SESSION_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }
  function saveSession(session) {
    if (session) window.localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else window.localStorage.removeItem(SESSION_KEY);
    document.documentElement.dataset.session = session ? session.email || 'signed-in' : '';
  }
  function expiresAt(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(window.atob(part)).exp * 1000;
    } catch (e) {
      return 0;
    }
  }
  var refreshing = null;
  function sessionToken() {
    var session = loadSession();
    if (!session || !session.accessToken) return Promise.resolve(undefined);
    if (expiresAt(session.accessToken) - Date.now() > REFRESH_MARGIN_MS) return Promise.resolve(session.accessToken);
    if (!session.refreshToken) return Promise.resolve(undefined);
    refreshing =
      refreshing ||
      window
        .fetch(httpUrl.href, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: REFRESH, variables: { token: session.refreshToken } }),
        })
        .then(function (res) {
          return res.json();
        })
        .then(function (body) {
          var payload = body && body.data && body.data.refreshToken;
          if (payload && payload.accessToken) {
            saveSession({ accessToken: payload.accessToken, refreshToken: payload.refreshToken, email: session.email });
            return payload.accessToken;
          }
          saveSession(null); // refused: the refresh token was used, revoked or expired
          return undefined;
        })
        .catch(function () {
          return undefined; // offline: keep the session, try again on the next request
        })
        .finally(function () {
          refreshing = null;
        });
    return refreshing;
  }
  window.setInterval(sessionToken, 30000);
  saveSession(loadSession());

  /** Keeps the session from a login/refresh result; forgets it after its logout. */
  function observe(result, usedSessionToken) {
    var data = result && result.data;
    if (!data) return;
    var auth = (data.login && data.login.accessToken && data.login) || (data.refreshToken && data.refreshToken.accessToken && data.refreshToken);
    if (auth)
      saveSession({
        accessToken: auth.accessToken,
        refreshToken: auth.refreshToken,
        email: auth.user && auth.user.email,
      });
    else if (data.logout && usedSessionToken) saveSession(null);
  }

  /** A result, or (GraphiQL's streaming HTTP fetcher, graphql-ws) an async iterable of them, observed as they pass. */
  function watch(value, usedSessionToken) {
    if (!value || typeof value[Symbol.asyncIterator] !== 'function') {
      observe(value, usedSessionToken);
      return value;
    }
    var iterator = value[Symbol.asyncIterator]();
    var observed = {
      next: function () {
        return iterator.next().then(function (step) {
          if (!step.done) observe(step.value, usedSessionToken);
          return step;
        });
      },
      return: function (v) {
        return iterator.return ? iterator.return(v) : Promise.resolve({ done: true, value: v });
      },
    };
    observed[Symbol.asyncIterator] = function () {
      return observed;
    };
    return observed;
  }

  /**
   * GraphiQL can send the operation name of the tab run before (switching tabs does not always reset it): a name
   * the document does not define makes the server answer "Unknown operation named …". Such a name is dropped,
   * so a one-operation tab simply runs.
   */
  function withOwnOperationName(params) {
    var name = params && params.operationName;
    if (!name || typeof params.query !== 'string') return params;
    var defined = new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(params.query);
    return defined ? params : Object.assign({}, params, { operationName: undefined });
  }

  function fetcher(params, opts) {
    params = withOwnOperationName(params);
    var split = splitHeaders(opts && opts.headers);
    var own = split.authorization;
    return (own ? Promise.resolve(undefined) : sessionToken()).then(function (token) {
      var authorization = own || (token ? 'Bearer ' + token : undefined);
      var headers = Object.assign({}, split.headers);
      if (authorization) headers.Authorization = authorization;
      var result = fetcherFor(authorization)(params, Object.assign({}, opts, { headers: headers }));
      return Promise.resolve(result).then(function (value) {
        return watch(value, !own);
      });
    });
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
