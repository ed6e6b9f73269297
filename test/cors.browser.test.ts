import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser } from './support/browser';

// A page served on another origin (its own ephemeral port) calls /graphql from Chromium: the listed origin may,
// the other is refused by the browser (no CORS headers). CSRF prevention lets GET queries without a content type
// through (urql's and Relay's defaults) and refuses simple-request POSTs.

async function servePage(): Promise<{ origin: string; server: http.Server }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>another origin</title><p>app</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { __typename ... on AuthPayload { accessToken } }
}`;

interface Outcome {
  ok: boolean;
  status?: number;
  body?: unknown;
  error?: string;
}

describe('CORS and CSRF prevention over HTTP', () => {
  let t: TestApp;
  const allowed = 'https://app.example.com';

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: `${allowed},http://localhost:5173`, CORS_MAX_AGE_SECONDS: '900' });
  });
  afterAll(() => t?.stop());

  const preflight = (origin: string, path = '/graphql') =>
    fetch(new URL(path, t.url), {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it('answers a listed origin’s preflight with credentials, the allowed headers and a cached max-age', async () => {
    for (const path of ['/graphql', '/uploads', '/uploads/refinance-applications/x/documents']) {
      const res = await preflight(allowed, path);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/);
      expect(res.headers.get('access-control-max-age')).toBe('900');
      expect(res.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('gives a refused origin no CORS header at all, on preflights and on requests', async () => {
    const res = await preflight('https://evil.example.net');
    expect(res.status).toBe(204);
    for (const [name] of res.headers) expect(name).not.toMatch(/^access-control-/);
    const post = await fetch(t.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example.net', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    for (const [name] of post.headers) expect(name).not.toMatch(/^access-control-/);
    expect(post.headers.get('vary')).toMatch(/origin/i);
  });

  it('runs GET queries without a content type (urql/Relay defaults) and never a mutation over GET', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json, application/graphql+json, application/json' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const mutation = await fetch(
      `${t.url}?query=${encodeURIComponent(LOGIN)}&variables=${encodeURIComponent(
        JSON.stringify({ email: DEMO.customer, password: DEMO_PASSWORD }),
      )}`,
      { headers: { accept: 'application/json' } },
    );
    expect(mutation.status).toBe(405);
    const body = (await mutation.json()) as { data?: unknown; errors: unknown[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
  });

  it('refuses simple-request POSTs (text/plain, form, none) and accepts JSON or a preflight header', async () => {
    const payload = JSON.stringify({
      query: LOGIN,
      variables: { email: DEMO.customer, password: DEMO_PASSWORD },
    });
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      undefined,
    ]) {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: contentType ? { 'content-type': contentType } : {},
        body: payload,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { reason: string } }[] };
      expect(body.errors[0].extensions.reason).toBe('CSRF_BLOCKED');
    }
    const json = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: payload,
    });
    expect(json.status).toBe(200);
    expect(((await json.json()) as { data: { login: { __typename: string } } }).data.login.__typename).toBe(
      'AuthPayload',
    );
  });
});

describeWithBrowser('CORS from a page on another origin (Chromium)', () => {
  let t: TestApp;
  let listed: { origin: string; server: http.Server };
  let other: { origin: string; server: http.Server };
  let browser: Browser;

  beforeAll(async () => {
    listed = await servePage();
    other = await servePage();
    t = await startTestApp({ CORS_ORIGINS: listed.origin });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    for (const s of [listed, other]) await new Promise((resolve) => s?.server.close(resolve));
  });

  // Runs in the page: a login POST (JSON → preflighted), then a GET query with the Bearer token, urql-style
  // (no content type), then a text/plain POST that needs no preflight (what a CSRF attack would send).
  async function callFrom(origin: string) {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/`);
      return await page.evaluate(
        async ({ api, login, email, password }) => {
          const attempt = async (run: () => Promise<Response>): Promise<Outcome> => {
            try {
              const res = await run();
              return { ok: true, status: res.status, body: await res.json() };
            } catch (error) {
              return { ok: false, error: String(error) };
            }
          };
          const loggedIn = await attempt(() =>
            fetch(api, {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: login, variables: { email, password } }),
            }),
          );
          const token =
            (loggedIn.body as { data?: { login?: { accessToken?: string } } } | undefined)?.data?.login
              ?.accessToken ?? 'none';
          const me = await attempt(() =>
            fetch(`${api}?query=${encodeURIComponent('query Me { me { email } }')}&operationName=Me`, {
              credentials: 'include',
              headers: {
                accept: 'application/graphql-response+json, application/json',
                authorization: `Bearer ${token}`,
              },
            }),
          );
          const simplePost = await attempt(() =>
            fetch(api, {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'text/plain' },
              body: JSON.stringify({ query: login, variables: { email, password } }),
            }),
          );
          return { loggedIn, me, simplePost };
        },
        { api: t.url, login: LOGIN, email: DEMO.customer, password: DEMO_PASSWORD },
      );
    } finally {
      await page.close();
    }
  }

  it('lets the listed origin log in and query with its token', async () => {
    const { loggedIn, me, simplePost } = await callFrom(listed.origin);
    expect(loggedIn.ok).toBe(true);
    expect(loggedIn.status).toBe(200);
    expect(me).toEqual({ ok: true, status: 200, body: { data: { me: { email: DEMO.customer } } } });
    // Even from a listed origin, a simple-request POST is refused by CSRF prevention (readable 400).
    expect(simplePost.ok).toBe(true);
    expect(simplePost.status).toBe(400);
    expect(JSON.stringify(simplePost.body)).toContain('CSRF_BLOCKED');
  });

  it('refuses every call from an origin that is not listed', async () => {
    const { loggedIn, me, simplePost } = await callFrom(other.origin);
    for (const outcome of [loggedIn, me, simplePost]) {
      expect(outcome.ok).toBe(false);
      expect(outcome.error).toMatch(/TypeError: Failed to fetch/);
    }
  });
});
