import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser, layoutOverflow, openWatchedPage } from './support/browser';
import { seedDemoSpending } from './support/spending';
import { ImportDocument, StartImportDocument } from './generated/operations';

// /dashboard: served by the API under a strict CSP with its esbuild bundle (chart.js inside), then driven in
// Chromium: a bad login, an analyst's charts fed by GraphQL (canvases with data, drawn pixels), English
// labels, a customer refused, and a rate-limited login shown as such.

const ARTIFACTS = path.join(__dirname, '.artifacts');
/** Queries /dashboard sends on each load (spending, insights, imports, image verdicts). */
const DASHBOARD_QUERIES = 4;
const FIXTURE = path.join(__dirname, 'fixtures/imports/online_retail_sample.csv');

function cspOf(res: Response | { headers: { get(name: string): string | null } }): Record<string, string[]> {
  return Object.fromEntries(
    res.headers
      .get('content-security-policy')!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe('/dashboard', () => {
  let t: TestApp;
  let origin: string;
  let analyst: string;
  let clockOffsetMs = 0; // moved forward to expire access tokens

  async function importFile(
    content: string | Buffer,
    fileName: string,
    target: 'SALES' | 'CUSTOMERS',
    preset: string,
  ) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
      fileName,
    );
    const res = await fetch(`${origin}/uploads/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}` },
      body: form,
    });
    expect(res.status).toBe(201);
    const { uploadId } = (await res.json()) as { uploadId: string };
    const started = await t.execute(StartImportDocument, { input: { uploadId, target, preset } }, analyst);
    const imp = started.data!.startImport;
    if (imp.__typename !== 'Import') throw new Error(JSON.stringify(started));
    for (let i = 0; i < 600; i++) {
      const now = (await t.execute(ImportDocument, { id: imp.id }, analyst)).data!.import;
      if (now.status === 'SUCCEEDED' || now.status === 'FAILED') return now;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  beforeAll(async () => {
    // One free login attempt, so the progressive delay (1, 2, 4 … s) shows the rate-limit message at once.
    t = await startTestApp(
      { LOGIN_FREE_ATTEMPTS: '1' },
      { clock: () => new Date(Date.now() + clockOffsetMs) },
    );
    origin = new URL(t.url).origin;
    await seedDemoSpending(t);
    analyst = await t.login(DEMO.analyst);
    expect(
      (await importFile(fs.readFileSync(FIXTURE), 'online_retail_sample.csv', 'SALES', 'uci-online-retail'))
        .status,
    ).toBe('SUCCEEDED');
    // A semicolon file for a comma preset: refused as a whole (wrong delimiter), shown as FAILED.
    expect(
      (
        await importFile(
          'customer_number;name;email\nX-1;a;b\n',
          'wrong-delimiter.csv',
          'CUSTOMERS',
          'customers',
        )
      ).status,
    ).toBe('FAILED');
  });
  afterAll(() => t?.stop());

  describe('over HTTP', () => {
    it('serves the page under a CSP without inline or remote scripts, with its bundle and stylesheet', async () => {
      const res = await fetch(`${origin}/dashboard`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = cspOf(res);
      expect(csp['default-src']).toEqual(["'none'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['style-src']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      const html = await res.text();
      expect(html).not.toMatch(/https?:\/\//);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
      expect(inline).toEqual([' id="page-config" type="application/json"']);
      expect(html).not.toMatch(/\sstyle=/);
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((u) => u !== 'data:,');
      expect(urls.map((u) => path.basename(u)).sort()).toEqual(['dashboard.js', 'pages.css']);
      for (const url of urls) {
        expect(url).toMatch(/^\/pages\/assets\/[0-9a-f]{12}\/[\w.-]+$/);
        const asset = await fetch(origin + url, { headers: { 'accept-encoding': 'gzip' } });
        expect(asset.status).toBe(200);
        expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        const body = await asset.text();
        if (url.endsWith('.js')) {
          expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
          expect(body).toContain('Chart.js'); // chart.js is inside the bundle (its licence banner)
          expect(body).not.toMatch(/\brequire\(/);
        }
        const again = await fetch(origin + url, {
          headers: { 'if-none-match': asset.headers.get('etag')!, 'cache-control': 'max-age=0' },
        });
        expect(again.status).toBe(304);
      }
      const dir = path.dirname(urls[0]);
      for (const bad of [
        `${dir}/graphiql.min.js`,
        `${dir}/..%2Fpackage.json`,
        '/pages/assets/000000000000/dashboard.js',
      ])
        expect([bad, (await fetch(origin + bad)).status]).toEqual([bad, 404]);
      // The demo analyst login is prefilled while the demo data is on.
      expect(html).toContain('"demo":{"email":"analyst@fingraph.dev"');
    });
  });

  describeWithBrowser('in Chromium', () => {
    let browser: Browser;
    let context: BrowserContext;
    let p: Page;
    const requests: string[] = [];
    const problems: string[] = [];

    beforeAll(async () => {
      browser = await launchBrowser();
      // A refused login is a 200 with an error body; the browser logs nothing for it.
      ({ context, page: p } = await openWatchedPage(browser, {
        width: 1400,
        height: 1100,
        locale: 'ko-KR',
        problems,
        warnings: true,
        requests,
      }));
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
    });

    async function signIn(email: string, password: string): Promise<void> {
      await p.locator('#login-email').fill(email);
      await p.locator('#login-password').fill(password);
      await p.locator('#login-submit').click();
    }

    /** Non-transparent pixels drawn on a canvas. */
    const inkOf = (id: string) =>
      p.evaluate((canvasId) => {
        const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
        return ink;
      }, id);

    it('refuses a wrong password with a message, then shows the analyst the charts fed by GraphQL (refreshing an expired token)', async () => {
      expect((await p.goto(`${origin}/dashboard`))?.status()).toBe(200);
      await p.locator('#login-form').waitFor();
      expect(await p.locator('html').getAttribute('lang')).toBe('ko');
      expect(await p.locator('#login-email').inputValue()).toBe(DEMO.analyst);

      await signIn(DEMO.analyst, 'wrong-password');
      await p.locator('#alert').waitFor({ state: 'visible' });
      expect(await p.locator('#alert').textContent()).toBe('이메일 또는 비밀번호가 올바르지 않습니다.');

      const graphql: string[] = [];
      p.on('request', (r) => {
        if (r.url().endsWith('/graphql')) graphql.push(String(r.postDataJSON()?.query ?? ''));
      });
      await signIn(DEMO.analyst, 'fingraph-demo-2026');
      // Until the first figures come, the KPIs say they are loading (not a bare '–' with blank charts).
      await p.waitForSelector('body[data-state="loading"], body[data-state="ready"]');
      if ((await p.locator('body').getAttribute('data-state')) === 'loading') {
        expect(await p.locator('#kpi-health').textContent()).toMatch(/^(불러오는 중…|[\d.]+)$/);
      }
      await p.waitForSelector('body[data-state="ready"]');
      expect(await p.locator('.kpi-value[data-loading]').count()).toBe(0);
      expect(await p.locator('#alert').isHidden()).toBe(true);
      expect(graphql.some((q) => q.includes('portfolioSpending'))).toBe(true);
      expect(graphql.some((q) => q.includes('portfolioInsights'))).toBe(true);
      expect(graphql.some((q) => q.includes('imports('))).toBe(true);

      for (const id of ['chart-spending', 'chart-health', 'chart-stages', 'chart-imports']) {
        const points = Number(await p.locator(`#${id}`).getAttribute('data-points'));
        expect([id, points > 0]).toEqual([id, true]);
        expect([id, (await inkOf(id)) > 1000]).toEqual([id, true]);
      }
      // 8 quarters × several categories in the stacked bars
      expect(Number(await p.locator('#chart-spending').getAttribute('data-points'))).toBeGreaterThan(8 * 4);
      expect(await p.locator('#health-bands li').count()).toBe(3);
      expect(Number(await p.locator('#kpi-customers').textContent())).toBeGreaterThan(0);

      // the import history: newest first, the failed one with its reason
      const rows = p.locator('#imports-rows tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).locator('td').nth(3).textContent()).toBe('실패');
      expect(await rows.nth(0).locator('td').nth(2).textContent()).toBe('wrong-delimiter.csv');
      expect(await rows.nth(1).locator('td').nth(1).textContent()).toBe('SALES');
      expect(await rows.nth(1).locator('td').nth(2).textContent()).toBe('online_retail_sample.csv');
      expect(await rows.nth(1).locator('td').nth(6).textContent()).toBe('200');
      expect(await rows.nth(1).locator('td').nth(8).textContent()).toMatch(
        /^빈 칸 [\d,]+ · 범위 밖 [\d,]+PSI 2011Q1 대 2010Q4: \d\.\d{3} \(\w+\)$/,
      );

      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });

      await p.locator('#lang-toggle').click();
      expect(await p.locator('html').getAttribute('lang')).toBe('en');
      expect(await p.locator('h1').textContent()).toBe('Portfolio dashboard');
      expect(await p.locator('#spending-title').textContent()).toBe('Card spending by quarter and category');
      expect(await rows.nth(0).locator('td').nth(3).textContent()).toBe('Failed');
      expect(Number(await p.locator('#chart-spending').getAttribute('data-points'))).toBeGreaterThan(8 * 4);
      await p.screenshot({ path: path.join(ARTIFACTS, 'dashboard-en.png'), fullPage: true });

      // 20 minutes later the access token (15 min) has expired: the page refreshes it once and carries on.
      const tokenOf = () =>
        p.evaluate(
          () =>
            (JSON.parse(sessionStorage.getItem('fingraph-dashboard-session')!) as { accessToken: string })
              .accessToken,
        );
      const before = await tokenOf();
      const logged = problems.length;
      clockOffsetMs += 20 * 60_000;
      await p.locator('#refresh').click();
      await p.waitForSelector('body[data-state="ready"]');
      expect(await tokenOf()).not.toBe(before);
      expect(graphql.some((q) => q.includes('refreshToken('))).toBe(true);
      expect(await p.locator('#alert').isHidden()).toBe(true);
      // Chromium logs each refused request (the page's queries sent with the expired token), nothing else.
      const refused = problems.splice(logged);
      expect(refused.length).toBeLessThanOrEqual(DASHBOARD_QUERIES);
      for (const line of refused) expect(line).toMatch(/status of 401 \(Unauthorized\)$/);

      const origin_ = new URL(origin);
      expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).host !== origin_.host)).toEqual([]);
      expect(problems).toEqual([]);
    });

    it('fits a 390 px phone and a 1440 px desktop, and marks the quarter still running as such', async () => {
      // The demo spending ends today, so the newest quarter is partial unless today is its last day.
      const today = new Date(Date.now() + clockOffsetMs + 9 * 3_600_000).toISOString().slice(0, 10);
      const quarterEnd = (label: string) => {
        const [year, q] = label.split('Q').map(Number);
        return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
      };
      // the page's own token: the first test moved the clock past the beforeAll login's expiry
      const token = await p.evaluate(
        () =>
          (JSON.parse(sessionStorage.getItem('fingraph-dashboard-session')!) as { accessToken: string })
            .accessToken,
      );
      const spending = await t.request<{
        portfolioSpending: { quarters: { quarter: string; complete: boolean }[] };
      }>('{ portfolioSpending(quarters: 8) { quarters { quarter complete } } }', {}, token);
      const quarters = spending.data!.portfolioSpending.quarters;
      expect(quarters.map((q) => q.complete)).toEqual(quarters.map((q) => quarterEnd(q.quarter) < today));
      const running = quarters.find((q) => !q.complete);

      for (const width of [390, 1440]) {
        await p.setViewportSize({ width, height: 900 });
        await p.reload();
        await p.waitForSelector('body[data-state="ready"]');
        const titleLines = await p.evaluate(() => {
          const h1 = document.querySelector('h1')!;
          const lineHeight =
            parseFloat(getComputedStyle(h1).lineHeight) || 1.2 * parseFloat(getComputedStyle(h1).fontSize);
          return Math.round(h1.getBoundingClientRect().height / lineHeight);
        });
        // Nothing wider than the viewport, and no element sticking out of its container (tables scroll in theirs).
        const layout = { ...(await layoutOverflow(p)), titleLines };
        expect([width, layout.scrollWidth]).toEqual([width, layout.innerWidth]);
        expect([width, layout.overflowing]).toEqual([width, []]);
        expect(layout.titleLines).toBeLessThanOrEqual(2);
        if (running) {
          expect(await p.locator('#spending-partial').isVisible()).toBe(true);
          expect(await p.locator('#spending-partial').textContent()).toContain(running.quarter);
          // the KPI shows the latest whole quarter, never the one to date
          expect(await p.locator('#kpi-spending').textContent()).not.toContain(running.quarter);
        }
        await p.screenshot({ path: path.join(ARTIFACTS, `dashboard-${width}.png`), fullPage: true });
      }
      await p.setViewportSize({ width: 1400, height: 1100 });
      expect(problems).toEqual([]);
    });

    it('tells a customer they may not see it, and shows a rate-limited login as such', async () => {
      await p.locator('#sign-out').click();
      await p.locator('#login-form').waitFor();
      await signIn(DEMO.customer, 'fingraph-demo-2026');
      await p.locator('#alert').waitFor({ state: 'visible' });
      expect(await p.locator('#alert').textContent()).toBe('You are not allowed to see this page.');
      expect(await p.locator('#app').isHidden()).toBe(true);

      // LOGIN_FREE_ATTEMPTS=1: every failure after the first starts a growing delay; an attempt inside it is refused unchecked.
      for (let i = 0; i < 4; i++) {
        await signIn('nobody@fingraph.dev', `guess-${i}`);
        await p.waitForFunction(
          () => !(document.getElementById('login-submit') as HTMLButtonElement).disabled,
        );
      }
      expect(await p.locator('#alert').textContent()).toMatch(/^Too many attempts\. Try again in \d+ s\.$/);
      expect(problems).toEqual([]);
    });
  });
});
