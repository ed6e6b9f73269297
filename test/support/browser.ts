import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium (`apt-get install -y chromium`), driven by playwright-core: `npx playwright install`
// cannot download browsers here. CHROMIUM_PATH points elsewhere if needed.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const hasChromium = fs.existsSync(CHROMIUM_PATH);
export const noChromiumReason = `skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

/** `describe` when Chromium is installed; otherwise `describe.skip`, with the reason in the title and on stderr. */
export function describeWithBrowser(name: string, fn: () => void): void {
  if (hasChromium) {
    describe(name, fn);
  } else {
    console.warn(`${name}: ${noChromiumReason}`);
    describe.skip(`${name} (${noChromiumReason})`, fn);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 30_000,
  });
}

export interface WatchedPageOptions {
  width: number;
  height: number;
  locale?: string;
  /** Console errors and uncaught page errors land here (and console warnings too with `warnings`). */
  problems: string[];
  warnings?: boolean;
  /** Every request URL (and WebSocket URL) the page makes. */
  requests?: string[];
  /** Every frame the page sends on its WebSockets (their URLs then join `requests`). */
  sentFrames?: string[];
}

/**
 * A fresh context and page with the pages' common watch: Content-Security-Policy violations logged as console
 * errors, console errors and page errors collected in `problems`, requests and WebSocket frames recorded when asked.
 */
export async function openWatchedPage(
  browser: Browser,
  o: WatchedPageOptions,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: o.width, height: o.height },
    ...(o.locale ? { locale: o.locale } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const requests = o.requests;
  const sentFrames = o.sentFrames;
  if (requests) page.on('request', (r) => requests.push(r.url()));
  if (sentFrames)
    page.on('websocket', (ws) => {
      requests?.push(ws.url());
      ws.on('framesent', (f) => sentFrames.push(String(f.payload)));
    });
  page.on('console', (m) => {
    if (m.type() === 'error' || (o.warnings && m.type() === 'warning'))
      o.problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => o.problems.push(`page error: ${e.message}`));
  return { context, page };
}

/** Opens one of the signed-in pages (`/loans`, …) at `url` and signs in through its login form. */
export async function openSignedInPage(
  browser: Browser,
  url: string,
  email: string,
  password: string,
  o: WatchedPageOptions,
): Promise<Page> {
  const { page } = await openWatchedPage(browser, o);
  const res = await page.goto(url);
  if (res?.status() !== 200) throw new Error(`${url} answered ${res?.status()}`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('#login-submit').click();
  await page.waitForSelector('body[data-state="ready"]');
  return page;
}

/**
 * What does not fit the viewport: the page's scroll width against its width, and every element whose content
 * sticks out of its own box (scrollWidth > clientWidth without a scrolling or clipping overflow) or whose box
 * sticks out of its parent's. Elements inside a deliberate horizontal scroller (overflow-x auto/scroll) are
 * allowed to be wider than it.
 */
export async function layoutOverflow(
  p: Page,
): Promise<{ scrollWidth: number; innerWidth: number; overflowing: string[] }> {
  return p.evaluate(() => {
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
    const scrolls = (e: Element) =>
      ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
    const inScroller = (e: Element) => {
      for (let a = e.parentElement; a; a = a.parentElement)
        if (scrolls(a) && a !== document.body) return true;
      return false;
    };
    const overflowing: string[] = [];
    for (const e of document.querySelectorAll('body *')) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (inScroller(e)) continue;
      const box = e.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const el = e as HTMLElement;
      if (el.clientWidth > 0 && !scrolls(e) && el.scrollWidth > el.clientWidth + 1)
        overflowing.push(`${name(e)} content ${el.scrollWidth} > ${el.clientWidth}`);
      const parent = e.parentElement;
      if (parent && parent !== document.body.parentElement) {
        const outer = parent.getBoundingClientRect();
        if (box.right > outer.right + 1 || box.left < outer.left - 1)
          overflowing.push(
            `${name(e)} ${Math.round(box.left)}–${Math.round(box.right)} outside ${name(parent)}`,
          );
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      overflowing,
    };
  });
}
