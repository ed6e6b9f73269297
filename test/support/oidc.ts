import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

// A real OpenID provider for the OIDC tests (oidc-provider in a child process, see oidc-provider-server.mjs) and a
// tiny cookie-keeping "browser" that walks its development login and consent forms.

export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export async function startOidcProvider(opts: {
  redirectUris: string[];
  accounts: Record<string, ProviderAccount>;
}): Promise<TestProvider> {
  const clientId = 'fingraph-test';
  const clientSecret = 'fingraph-test-secret-0123456789abcdef';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(__dirname, 'oidc-provider-server.mjs'),
      JSON.stringify({ clientId, clientSecret, redirectUris: opts.redirectUris, accounts: opts.accounts }),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code}): ${err}`)));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** fetch without following redirects, keeping cookies per origin (enough for oidc-provider's interactions). */
export class CookieBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin);
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(cookies?.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const eq = pair.indexOf('=');
      if (!this.jar.has(origin)) this.jar.set(origin, new Map());
      this.jar.get(origin)!.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const location = res.headers.get('location');
    return {
      status: res.status,
      location: location ? new URL(location, url).href : null,
      text: () => res.text(),
    };
  }

  /**
   * From the provider's authorization URL to the redirect back to the client (returned, not followed): signs in
   * as `login` on the development form and consents.
   */
  async authorize(authorizationUrl: string, login: string, redirectPrefix: string): Promise<string> {
    let url = authorizationUrl;
    for (let step = 0; step < 20; step++) {
      const res = await this.request(url);
      if (res.location) {
        if (res.location.startsWith(redirectPrefix)) return res.location;
        url = res.location;
        continue;
      }
      const html = await res.text();
      if (res.status !== 200)
        throw new Error(`provider answered ${res.status} at ${url}: ${html.slice(0, 300)}`);
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!prompt) throw new Error(`no interaction form at ${url}: ${html.slice(0, 300)}`);
      const submitted = await this.request(url, {
        method: 'POST',
        form: prompt === 'login' ? { prompt, login, password: 'any' } : { prompt },
      });
      if (!submitted.location)
        throw new Error(`interaction ${prompt} did not redirect (${submitted.status})`);
      if (submitted.location.startsWith(redirectPrefix)) return submitted.location;
      url = submitted.location;
    }
    throw new Error('too many redirects at the provider');
  }
}
