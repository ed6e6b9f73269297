import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
