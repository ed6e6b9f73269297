import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import type { Auth } from './auth';

/**
 * fingraph's graphql-ws close codes (docs/clients.md):
 * - 4419: the access token expired — refresh and reconnect (graphql-ws retries it; our connectionParams refresh);
 * - 4401: the token or session can never work (bad token, logout, reuse, disabled login) — sign in again.
 */
export const CloseCode = { TokenExpired: 4419, SessionEnded: 4401 } as const;

export interface AuthWsClientOptions extends Omit<ClientOptions, 'connectionParams' | 'url'> {
  /** The graphql-ws endpoint (ws:// or wss://…/graphql). */
  url: string;
  auth: Auth;
}

const isClose = (v: unknown): v is { code: number; reason: string } =>
  typeof v === 'object' && v !== null && 'code' in v && 'reason' in v;

/**
 * A graphql-ws client that authenticates every connection with a fresh access token: `connectionParams` is a
 * function, called again on every (re)connect, that refreshes the token when it is about to expire — or
 * unconditionally after the server closed with 4419. After 4401, or when no token can be had, it stops.
 *
 * `retryAttempts` defaults to 0 here: graphql-ws' own retry re-sends every subscription with its **original
 * variables**, which for a resumable stream repeats tokens. Resume through `streamAnswer` (or your own loop with
 * `after`) instead; pass `retryAttempts` only for subscriptions whose variables never change meaning.
 */
export function createAuthWsClient(opts: AuthWsClientOptions): Client {
  const { auth, url, on, ...rest } = opts;
  let forceRefresh = false;
  let lastClose: number | undefined;
  return createClient({
    url,
    lazy: true,
    retryAttempts: 0,
    ...rest,
    connectionParams: async () => {
      const token = await auth.accessToken({ force: forceRefresh });
      forceRefresh = false;
      // No token that could work: fail this connection (the subscription gets the error), never loop on it.
      if (!token) throw new Error('Not signed in: log in again');
      return { authorization: `Bearer ${token}` };
    },
    shouldRetry: (event) => {
      if (!isClose(event)) return true; // a network error
      return event.code !== CloseCode.SessionEnded;
    },
    on: {
      ...on,
      closed: (event) => {
        if (isClose(event)) {
          lastClose = event.code;
          if (lastClose === CloseCode.TokenExpired) forceRefresh = true;
        }
        on?.closed?.(event);
      },
    },
  });
}
