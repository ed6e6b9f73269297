import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser, openSignedInPage } from './support/browser';

// /loans (issue 17, seed 004's main screen): stats cards from loanStats, a searchable and filterable list of loans
// 50 per page with cursors, and a detail panel — driven in Chromium at 1440 and 390 px, checked against GraphQL.

const ARTIFACTS = path.join(__dirname, '.artifacts');

describe('/loans', () => {
  let t: TestApp;
  let origin: string;
  let analyst: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO_CUSTOMERS: '200' });
    origin = new URL(t.url).origin;
    analyst = await t.login(DEMO.analyst);
  }, 120_000);
  afterAll(() => t?.stop());

  it('serves the page under the pages CSP with its own bundle', async () => {
    const res = await fetch(`${origin}/loans`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toMatch(/\/pages\/assets\/[0-9a-f]{12}\/loans\.js/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  describeWithBrowser('in Chromium', () => {
    let browser: Browser;
    const problems: string[] = [];

    beforeAll(async () => {
      browser = await launchBrowser();
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
    });

    function open(width: number): Promise<Page> {
      return openSignedInPage(browser, `${origin}/loans`, DEMO.analyst, DEMO_PASSWORD, {
        width,
        height: 900,
        locale: 'ko-KR',
        problems,
      });
    }

    const overflow = (p: Page) =>
      p.evaluate(() => {
        const wide = document.documentElement.scrollWidth > window.innerWidth;
        const boxes = [...document.querySelectorAll<HTMLElement>('.loan-card, .kpi, .card, .filters')].filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto',
        );
        return { wide, boxes: boxes.map((b) => b.className) };
      });

    it('shows the stats, 50 loans a page with cursors, search, filters and a loan’s detail (1440 px)', async () => {
      const stats = await t.request<{
        loanStats: { total: { count: number }; byStatus: { key: string; count: number }[] };
        customers: { totalCount: number };
      }>(
        `{ loanStats { total { count } byStatus { key count } } customers(first: 0) { totalCount } }`,
        {},
        analyst,
      );
      const p = await open(1440);
      const total = stats.data!.loanStats.total.count;
      expect(total).toBeGreaterThan(50);
      expect(await p.locator('#kpi-loans').textContent()).toBe(total.toLocaleString('en-US'));
      expect(await p.locator('#kpi-customers').textContent()).toBe(
        stats.data!.customers.totalCount.toLocaleString('en-US'),
      );
      const active = stats.data!.loanStats.byStatus.find((s) => s.key === 'ACTIVE')!.count;
      expect(await p.locator('#kpi-active').textContent()).toBe(active.toLocaleString('en-US'));
      expect(await p.locator('#kpi-average').textContent()).toMatch(/^[\d,]+원$/);

      // Page 1 and 2 are the API's first two pages of 50.
      const api = await t.request<{
        loans: { edges: { node: { loanNumber: string } }[]; pageInfo: { endCursor: string } };
      }>(`{ loans(first: 50) { edges { node { loanNumber } } pageInfo { endCursor } } }`, {}, analyst);
      const first = api.data!.loans.edges.map((e) => e.node.loanNumber);
      expect(await p.locator('.loan-card').count()).toBe(50);
      expect(
        await p.locator('.loan-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-loan'))),
      ).toEqual(first);
      expect(await p.locator('#loans-count').textContent()).toBe(`${total}건 중 1–50`);
      await p.screenshot({ path: path.join(ARTIFACTS, 'loans-1440.png'), fullPage: true });
      await p.locator('#page-next').click();
      await p.waitForFunction(
        (n) => document.querySelector('.loan-card')?.getAttribute('data-loan') !== n,
        first[0],
      );
      const second = await t.request<{ loans: { edges: { node: { loanNumber: string } }[] } }>(
        `query($a: String) { loans(first: 50, after: $a) { edges { node { loanNumber } } } }`,
        { a: api.data!.loans.pageInfo.endCursor },
        analyst,
      );
      expect(await p.locator('.loan-card').first().getAttribute('data-loan')).toBe(
        second.data!.loans.edges[0].node.loanNumber,
      );
      await p.locator('#page-prev').click();
      await p.waitForFunction(
        (n) => document.querySelector('.loan-card')?.getAttribute('data-loan') === n,
        first[0],
      );
      expect(await p.locator('.loan-card').count()).toBe(50);

      // Filters: delinquent mortgages, as the API counts them.
      const filtered = await t.request<{ loans: { totalCount: number } }>(
        `{ loans(filter: { kinds: [MORTGAGE], delinquent: true }) { totalCount } }`,
        {},
        analyst,
      );
      await p.locator('#f-kind').selectOption('MORTGAGE');
      await p.locator('#f-delinquent').check();
      await p.locator('#f-apply').click();
      await p.waitForFunction(
        (n) => document.querySelector('#loans-count')?.textContent?.startsWith(`${n}건`),
        filtered.data!.loans.totalCount,
      );
      const badges = await p.locator('.loan-card .badge').allTextContents();
      expect(badges.every((b) => /^연체 \d+일$/.test(b))).toBe(true);
      await p.locator('#f-kind').selectOption('');
      // The checkbox keeps its size and its label stays on one line (at width 100% it read "연 / 체 / 만").
      const box = (await p.locator('#f-delinquent').boundingBox())!;
      const label = (await p.locator('label.check span').boundingBox())!;
      expect(box.width).toBeLessThan(30);
      expect(label.height).toBeLessThan(30);

      // A delinquent loan's detail: the schedule starts at its next instalment due (not at instalment 1), and
      // its overdue instalments say 연체, not 예정.
      await p.locator('#f-apply').click();
      await p.waitForFunction(() => document.querySelectorAll('.loan-card .badge.overdue').length > 0);
      const overdueLoan = (await p.locator('.loan-card').first().getAttribute('data-loan'))!;
      const due = await t.request<{
        loans: {
          edges: {
            node: { nextPayment: { number: number }; delinquency: { overdueInstallments: number } };
          }[];
        };
      }>(
        `query($s: String) { loans(first: 1, search: $s) { edges { node {
          nextPayment { number } delinquency { overdueInstallments } } } } }`,
        { s: overdueLoan },
        analyst,
      );
      const { nextPayment, delinquency } = due.data!.loans.edges[0].node;
      // The schedule's start is a cursor the API returned (pageInfo.endCursor), never one the page made up (it
      // base64-encoded its own guess of the internal key before round 28).
      const exchanges: { query: string; variables: Record<string, unknown>; body: string }[] = [];
      const watch = async (r: import('playwright-core').Response) => {
        const req = r.request();
        if (req.method() !== 'POST' || !req.url().endsWith('/graphql')) return;
        const sent = req.postDataJSON() as { query: string; variables: Record<string, unknown> };
        exchanges.push({ ...sent, body: await r.text() });
      };
      p.on('response', watch);
      await p.locator('.loan-card button[data-open]').first().click();
      await p.locator('#loan-detail').waitFor({ state: 'visible' });
      await p.waitForFunction(() => document.querySelectorAll('#detail-schedule tbody tr').length > 0);
      p.off('response', watch);
      const detail = exchanges.find((e) => e.query.includes('query LoansPageDetail'))!;
      const returned = exchanges
        .filter((e) => e.query.includes('query LoansPageScheduleCursor'))
        .map(
          (e) =>
            (JSON.parse(e.body) as { data: { node: { schedule: { pageInfo: { endCursor: string } } } } }).data
              .node.schedule.pageInfo.endCursor,
        );
      expect(nextPayment.number).toBeGreaterThan(1);
      expect(detail.variables.scheduleAfter).toBe(returned[returned.length - 1]);
      const rows = await p
        .locator('#detail-schedule tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(rows[0][0]).toBe(String(nextPayment.number));
      expect(delinquency.overdueInstallments).toBeGreaterThan(0);
      expect(rows.map((r) => r[6])).toEqual(
        rows.map((_, i) => (i < delinquency.overdueInstallments ? '연체' : '예정')),
      );
      await p.locator('#detail-close').click();
      // Closing goes back to the card it was opened from.
      expect(await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.open)).toBe(
        await p.locator('.loan-card button[data-open]').first().getAttribute('data-open'),
      );
      await p.locator('#f-delinquent').uncheck();

      // Search by a customer's name: the API's answer, then the detail of its first loan.
      const someone = await t.request<{
        loans: { edges: { node: { loanNumber: string; customer: { name: string } } }[] };
      }>(`{ loans(first: 1) { edges { node { loanNumber customer { name } } } } }`, {}, analyst);
      const { name } = someone.data!.loans.edges[0].node.customer;
      const found = await t.request<{ loans: { totalCount: number } }>(
        `query($s: String) { loans(search: $s) { totalCount } }`,
        { s: name },
        analyst,
      );
      await p.locator('#f-search').fill(name);
      await p.locator('#f-apply').click();
      await p.waitForFunction(
        (n) => document.querySelector('#loans-count')?.textContent?.startsWith(`${n}건`),
        found.data!.loans.totalCount,
      );
      const names = await p.locator('.loan-head strong').allTextContents();
      expect(names.length).toBe(found.data!.loans.totalCount);
      expect(names.every((n) => n === name)).toBe(true);
      await p.locator('.loan-card button[data-open]').first().click();
      await p.locator('#loan-detail').waitFor({ state: 'visible' });
      const loanNumber = await p.locator('.loan-card').first().getAttribute('data-loan');
      expect(await p.locator('#detail-title').textContent()).toContain(loanNumber!);
      expect(await p.locator('#detail-schedule tbody tr').count()).toBeGreaterThan(0);
      expect(await p.locator('#detail-facts dd').first().textContent()).toContain(name);
      await p.screenshot({ path: path.join(ARTIFACTS, 'loans-detail-1440.png'), fullPage: true });
      expect(await overflow(p)).toEqual({ wide: false, boxes: [] });

      // English labels.
      await p.locator('#lang-toggle').click();
      expect(await p.locator('#loans-title').textContent()).toBe('Loans');
      await p.context().close();
      expect(problems).toEqual([]);
    });

    it('fits a 390 px phone: cards, filters and the detail without sideways scrolling', async () => {
      const p = await open(390);
      expect(await p.locator('.loan-card').count()).toBe(50);
      expect(await overflow(p)).toEqual({ wide: false, boxes: [] });
      await p.locator('.loan-card button[data-open]').first().click();
      await p.locator('#loan-detail').waitFor({ state: 'visible' });
      expect(await overflow(p)).toEqual({ wide: false, boxes: [] });
      await p.screenshot({ path: path.join(ARTIFACTS, 'loans-390.png'), fullPage: true });
      await p.context().close();
      expect(problems).toEqual([]);
    });
  });
});
