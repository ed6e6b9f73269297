import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startTestApp, TestApp } from './support/app';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { startOidcProvider, TestProvider } from './support/oidc';

// /chat in Chromium: the login form offers the configured provider; signing in there for the first time asks for
// the customer profile, then the widget opens as the new customer. No token ever appears in an address.

const ARTIFACTS = path.join(__dirname, '.artifacts');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describeWithBrowser('/chat sign-in with an OpenID provider', () => {
  let provider: TestProvider;
  let t: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // The browser follows real redirects, so PUBLIC_URL must be the app's own address: pick the port first.
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      redirectUris: [`${origin}/auth/oidc/test/callback`],
      accounts: { 'first-timer': { email: 'seoyeon.park@example.kr', email_verified: true, name: '박서연' } },
    });
    t = await startTestApp(
      {
        OIDC_PROVIDERS: JSON.stringify([
          {
            id: 'test',
            name: 'Test ID',
            issuer: provider.issuer,
            clientId: provider.clientId,
            scopes: ['openid', 'email', 'profile'],
          },
        ]),
        OIDC_TEST_CLIENT_SECRET: provider.clientSecret,
        OIDC_ALLOW_INSECURE_ISSUERS: 'true',
        PUBLIC_URL: origin,
        CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
      },
      { port },
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await provider?.stop();
  });

  it('offers the provider, asks a first-time customer for the profile, and opens the widget', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 800 }, locale: 'ko-KR' });
    p.setDefaultTimeout(20_000);
    const addresses: string[] = [];
    p.on('framenavigated', (frame) => {
      if (frame === p.mainFrame()) addresses.push(frame.url());
    });
    await p.goto(`${origin}/chat`);
    const button = p.locator('#login-providers a.provider');
    await button.waitFor();
    expect(await button.textContent()).toBe('Test ID 계정으로 로그인');
    await button.click();
    // oidc-provider's development login and consent forms.
    await p.waitForURL(`${provider.issuer}/**`);
    await p.fill('input[name="login"]', 'first-timer');
    await p.fill('input[name="password"]', 'any');
    await p.click('button[type="submit"]');
    await p.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
    await p.click('button[type="submit"]');

    // Back on /chat: the profile form, with the provider's name prefilled.
    await p.waitForSelector('#profile-form');
    expect(p.url()).toBe(`${origin}/chat`); // the one-time code was dropped from the address at once
    expect(await p.inputValue('#profile-name')).toBe('박서연');
    await p.fill('#profile-birth', '1993-05-20');
    await p.selectOption('#profile-region', 'BUSAN');
    await p.selectOption('#profile-employment', 'FREELANCER');
    await p.click('#profile-submit');
    await p.waitForSelector('#app:not([hidden])');
    expect(await p.textContent('#whoami')).toContain('seoyeon.park@example.kr');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await p.screenshot({ path: path.join(ARTIFACTS, 'oidc-chat-signed-in.png') });

    const [customer] = (await t.app.database.dataSource.query(
      `SELECT c.name, c.region, c.employment, i.provider FROM customer c JOIN app_user u ON u.customer_id = c.id
         JOIN user_identity i ON i.user_id = u.id WHERE u.email = $1`,
      ['seoyeon.park@example.kr'],
    )) as { name: string; region: string; employment: string; provider: string }[];
    expect(customer).toEqual({ name: '박서연', region: 'BUSAN', employment: 'FREELANCER', provider: 'test' });
    // Only the hand-off code ever travelled in an address (in the fragment), never a token.
    expect(addresses.some((a) => /oidc_code=/.test(a))).toBe(true);
    expect(addresses.every((a) => !/access_token|refresh_token|eyJ/.test(a))).toBe(true);
  });
});
