import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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
