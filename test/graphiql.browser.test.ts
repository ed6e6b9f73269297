import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser, openWatchedPage } from './support/browser';
import { README_TABS } from '../src/app/graphiql/readme-tabs.generated';

const ARTIFACTS = path.join(__dirname, '.artifacts');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GraphiQL page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  async function page(): Promise<{ res: Response; html: string }> {
    const res = await fetch(t.url, { headers: { accept: BROWSER_ACCEPT } });
    return { res, html: await res.text() };
  }

  const assetUrls = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

  describe('over HTTP', () => {
    it('serves GraphiQL to browsers on GET /graphql, under a CSP without inline or remote scripts', async () => {
      const { res, html } = await page();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('vary')).toMatch(/accept/i);
      const csp = Object.fromEntries(
        res.headers
          .get('content-security-policy')!
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(csp['default-src']).toEqual(["'none'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['connect-src']).toContain("'self'");
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(html).toContain('id="graphiql"');
      // Every script and stylesheet is one of ours; the only inline <script> is inert JSON.
      for (const url of assetUrls(html))
        expect(url).toMatch(/^(\/graphiql\/assets\/[0-9a-f]+\/[\w.-]+|data:,)$/);
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
      expect(inlineScripts).toEqual([' id="graphiql-config" type="application/json"']);
      expect(html).not.toMatch(/https?:\/\//);
    });

    it('leaves every other GET /graphql to Apollo', async () => {
      const url = `${t.url}?query=${encodeURIComponent('{ __typename }')}`;
      for (const accept of ['application/json', 'application/graphql-response+json', '*/*', undefined]) {
        const res = await fetch(url, {
          headers: { 'apollo-require-preflight': 'true', ...(accept ? { accept } : {}) },
        });
        expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
        expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
      }
      const post = await t.request('{ __typename }');
      expect(post.data).toEqual({ __typename: 'Query' });
    });

    it('serves a fixed allow-list of assets with long-lived caching and nothing else', async () => {
      const { html } = await page();
      const urls = assetUrls(html).filter((u) => u.startsWith('/graphiql/'));
      expect(urls.map((u) => path.basename(u)).sort()).toEqual(
        [
          'fingraph-graphiql.css',
          'fingraph-graphiql.js',
          'graphiql.min.css',
          'graphiql.min.js',
          'graphql-ws.min.js',
          'react-dom.production.min.js',
          'react.production.min.js',
        ].sort(),
      );
      const origin = new URL(t.url).origin;
      for (const url of urls) {
        const res = await fetch(origin + url, { headers: { 'accept-encoding': 'gzip' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(
          url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
        );
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
        // fetch() adds "Cache-Control: no-cache" to conditional requests unless one is given.
        const again = await fetch(origin + url, {
          headers: { 'if-none-match': res.headers.get('etag')!, 'cache-control': 'max-age=0' },
        });
        expect(again.status).toBe(304);
      }
      const map = await fetch(`${origin}${path.dirname(urls[0])}/graphiql.min.js.map`);
      expect(map.headers.get('content-type')).toBe('application/json; charset=utf-8');

      const build = path.dirname(urls[0]);
      for (const bad of [
        `${build}/package.json`,
        `${build}/..%2F..%2Fpackage.json`,
        `${build}/graphiql.js`,
        `${build}/__proto__`,
        '/graphiql/assets/000000000000/graphiql.min.js',
      ]) {
        const res = await fetch(origin + bad);
        expect([bad, res.status]).toEqual([bad, 404]);
      }
    });
  });

  describeWithBrowser('in Chromium', () => {
    let browser: Browser;
    let context: BrowserContext;
    let p: Page;
    const requests: string[] = [];
    const problems: string[] = [];
    const sentFrames: string[] = [];

    beforeAll(async () => {
      browser = await launchBrowser();
      ({ context, page: p } = await openWatchedPage(browser, {
        width: 1400,
        height: 900,
        problems,
        warnings: true,
        requests,
        sentFrames,
      }));
      p.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
    });

    const editor = (selector: string) => p.locator(selector).locator('.CodeMirror').first();
    const queryEditor = () => editor('section.graphiql-query-editor');
    const toolEditor = () => editor('section.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    const valueOf = (locator: ReturnType<typeof editor>) =>
      locator.evaluate((el) =>
        (el as HTMLElement & { CodeMirror: { getValue(): string } }).CodeMirror.getValue(),
      );

    /** Replaces an editor's text the way a user pastes: focus, select all, insert. */
    async function paste(locator: ReturnType<typeof editor>, text: string): Promise<void> {
      await locator.click();
      await p.keyboard.press('ControlOrMeta+A');
      await p.keyboard.insertText(text);
      expect(await valueOf(locator)).toBe(text);
    }

    async function openTab(name: string): Promise<void> {
      await p.locator('.graphiql-tab-button', { hasText: new RegExp(`^${name}$`) }).click();
      await p.waitForFunction((op) => {
        const el = document.querySelector('section.graphiql-query-editor .CodeMirror') as
          (Element & { CodeMirror: { getValue(): string } }) | null;
        return new RegExp(`^(query|mutation|subscription) ${op}\\b`, 'm').test(
          el?.CodeMirror.getValue() ?? '',
        );
      }, name);
    }

    /** Runs a sign-in tab: Login (the README's, the analyst), LoginAsCustomer or LoginAsAdmin. */
    async function signInWith(tab: string): Promise<void> {
      await openTab(tab);
      await p.locator('.graphiql-execute-button').click();
    }

    async function waitForResult(contains: string, timeout = 20_000): Promise<string> {
      const handle = await p.waitForFunction(
        (text) => {
          const el = document.querySelector('section.result-window .CodeMirror') as
            (Element & { CodeMirror: { getValue(): string } }) | null;
          const value = el?.CodeMirror.getValue() ?? '';
          return value.includes(text) ? value : false;
        },
        contains,
        { timeout },
      );
      return (await handle.jsonValue()) as string;
    }

    function expectSameOriginOnly(): void {
      const origin = new URL(t.url);
      expect(requests.length).toBeGreaterThan(0);
      const foreign = requests.filter((u) => {
        const url = new URL(u);
        // data: URLs (the inlined fonts) are not network requests.
        return url.protocol !== 'data:' && url.host !== origin.host;
      });
      expect(foreign).toEqual([]);
      expect(requests.every((u) => u.startsWith('data:') || new URL(u).hostname === '127.0.0.1')).toBe(true);
    }

    it('loads GraphiQL from the API alone and runs the preloaded Customers query with a pasted token', async () => {
      const res = await p.goto(t.url);
      expect(res?.status()).toBe(200);
      await queryEditor().waitFor();
      // Login first, then every README example in README order (test/readme-examples.test.ts), then Me and Spending.
      expect(await p.locator('.graphiql-tab-button').allTextContents()).toEqual([
        'Login',
        'LoginAsCustomer',
        'LoginAsAdmin',
        ...README_TABS.map((tab) => tab.name).filter((name) => name !== 'Login'),
        'Me',
        'Spending',
      ]);
      expect(await valueOf(queryEditor())).toContain('mutation Login');
      expect(JSON.parse(await valueOf(toolEditor()))).toEqual({});

      await openTab('Customers');
      const token = await t.login(DEMO.analyst);
      await paste(toolEditor(), JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));
      await p.locator('.graphiql-execute-button').click();
      const result = JSON.parse(await waitForResult('"totalCount"')) as {
        data: { customers: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
        errors?: unknown;
      };
      expect(result.errors).toBeUndefined();
      // The README's Customers example: customers in Seoul or Gyeonggi aged 30 or more, first page of 5.
      expect(result.data.customers.totalCount).toBeGreaterThan(0);
      expect(result.data.customers.edges.length).toBe(Math.min(5, result.data.customers.totalCount));

      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });

      expectSameOriginOnly();
      expect(problems).toEqual([]);
    });

    it('runs the preloaded subscription over graphql-ws with the tab’s Authorization header', async () => {
      const analyst = await t.login(DEMO.analyst);
      const admin = await t.login(DEMO.admin);
      const first = await t.request<{ customers: { edges: { node: { id: string } }[] } }>(
        '{ customers(first: 1) { edges { node { id } } } }',
        {},
        analyst,
      );
      const id = first.data!.customers.edges[0].node.id;

      await openTab('WatchCustomer');
      await paste(toolEditor(), JSON.stringify({ Authorization: `Bearer ${analyst}` }));
      await p.locator('.graphiql-editor-tools button', { hasText: 'Variables' }).click();
      await paste(toolEditor(), JSON.stringify({ id }, null, 2));

      const socket = p.waitForEvent('websocket');
      await p.locator('.graphiql-execute-button').click();
      const ws = await socket;
      expect(ws.url()).toBe(t.wsUrl);
      for (let i = 0; i < 100 && !sentFrames.some((f) => f.includes('"type":"subscribe"')); i++)
        await p.waitForTimeout(100);
      const init = JSON.parse(sentFrames.find((f) => f.includes('"type":"connection_init"'))!) as {
        payload: Record<string, string>;
      };
      expect(init.payload).toEqual({ authorization: `Bearer ${analyst}` });

      // The server subscribes asynchronously after the frame: retry the update until an event shows up.
      let seen = '';
      for (let attempt = 1; attempt <= 5 && !seen; attempt++) {
        const name = `GraphiQL Watcher ${'ABCDE'[attempt - 1]}`;
        const update = await t.request<{ updateCustomer: { __typename: string } }>(
          'mutation ($id: ID!, $name: String!) { updateCustomer(input: { id: $id, name: $name }) { __typename } }',
          { id, name },
          admin,
        );
        expect([update.data?.updateCustomer.__typename, update.errors]).toEqual(['Customer', undefined]);
        seen = await waitForResult(name, 3_000).catch(() => '');
      }
      expect(seen).toContain('"customerUpdated"');
      await p.screenshot({ path: path.join(ARTIFACTS, 'graphiql-subscription.png') });

      expectSameOriginOnly();
      expect(problems).toEqual([]);
    });

    it('signs every tab in from the Login tab, keeps the session across reloads and refreshes it before expiry', async () => {
      const graphql: string[] = [];
      p.on('request', (r) => {
        if (r.url() === t.url && r.method() === 'POST') graphql.push(String(r.postDataJSON()?.query ?? ''));
      });
      await signInWith('Login');
      await waitForResult('"accessToken"');
      expect(await p.locator('html').getAttribute('data-session')).toBe(DEMO.analyst);

      // The Customers tab carries no Authorization of its own: the page's session is sent.
      await openTab('Customers');
      await paste(toolEditor(), '{}');
      const before = graphql.length;
      await p.locator('.graphiql-execute-button').click();
      const result = JSON.parse(await waitForResult('"totalCount"')) as {
        data: { customers: { totalCount: number } };
        errors?: unknown;
      };
      expect(result.errors).toBeUndefined();
      expect(result.data.customers.totalCount).toBeGreaterThan(0);
      expect(graphql.slice(before).some((q) => q.includes('refreshToken'))).toBe(false);

      // A reload keeps the session; 14.5 minutes on (the access token lives 15), the page refreshes it first.
      await p.clock.install();
      await p.reload();
      await queryEditor().waitFor();
      expect(await p.locator('html').getAttribute('data-session')).toBe(DEMO.analyst);
      const session = () =>
        p.evaluate(
          () => JSON.parse(localStorage.getItem('fingraph-graphiql:session')!) as { accessToken: string },
        );
      const old = (await session()).accessToken;
      await p.clock.fastForward('14:30');
      await openTab('Me');
      await p.locator('.graphiql-execute-button').click();
      const me = JSON.parse(await waitForResult('"role"')) as { data: { me: { email: string } } };
      expect(me.data.me.email).toBe(DEMO.analyst);
      expect(graphql.some((q) => q.includes('GraphiQLRefresh'))).toBe(true);
      expect((await session()).accessToken).not.toBe(old);
      expect(problems).toEqual([]);
    });

    it('QA round 28 (api28): the LoginAsCustomer tab signs in as the demo customer for the tabs that need one (MyLoans)', async () => {
      // Before: the Login tab signed in as the analyst only, and MyLoans — "log in as customer@… first" — answered
      // { me: { customer: null } } with no word why. Every tab now says whom it runs as and which sign-in to run.
      await p.evaluate(() => localStorage.removeItem('fingraph-graphiql:session'));
      await p.reload();
      await queryEditor().waitFor();
      await openTab('MyLoans');
      expect(await valueOf(queryEditor())).toContain('Run the LoginAsCustomer tab\n# first');
      await signInWith('LoginAsCustomer');
      await waitForResult('"accessToken"');
      expect(await p.locator('html').getAttribute('data-session')).toBe(DEMO.customer);
      await openTab('MyLoans');
      await paste(toolEditor(), '{}');
      await p.locator('.graphiql-execute-button').click();
      const result = JSON.parse(await waitForResult('"loanNumber"')) as {
        data: { me: { customer: { loans: { loanNumber: string }[] } | null } };
      };
      expect(result.data.me.customer?.loans.length).toBeGreaterThan(0);
      // And back to the analyst with the README's own Login.
      await signInWith('Login');
      await p.waitForFunction((email) => document.documentElement.dataset.session === email, DEMO.analyst);
      expect(problems).toEqual([]);
    });
  });
});
