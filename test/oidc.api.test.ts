import { DEMO, startTestApp, TestApp } from './support/app';
import { CookieBrowser, startOidcProvider, TestProvider } from './support/oidc';
import {
  AuditTrailDocument,
  ExchangeOidcCodeDocument,
  LinkedIdentitiesDocument,
  OidcProvidersDocument,
  StartOidcLinkDocument,
  UnlinkOidcIdentityDocument,
} from './generated/operations';

// OIDC sign-in against a real OpenID provider (oidc-provider) on an ephemeral port: the whole redirect flow, then
// every refusal — with nothing created (no user, customer, identity, hand-off code or audit row).

const PUBLIC_URL = 'http://fingraph.test';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/test/callback`;
const PROFILE = {
  name: '김민준',
  birthDate: '1990-04-12',
  gender: 'MALE',
  region: 'SEOUL',
  householdSize: 2,
  employment: 'SALARIED',
} as const;

let provider: TestProvider;
let api: TestApp;

beforeAll(async () => {
  provider = await startOidcProvider({
    redirectUris: [CALLBACK],
    accounts: {
      'kakao-new': { email: 'minjun.kim@example.kr', email_verified: true, name: '김민준' },
      'kakao-unverified': { email: 'unverified@example.kr', email_verified: false },
      'kakao-noemail': {},
      'kakao-taken': { email: DEMO.analyst, email_verified: true },
      'kakao-link': { email: 'other-address@example.kr', email_verified: true },
    },
  });
  api = await startTestApp({
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
    PUBLIC_URL,
  });
});

afterAll(async () => {
  await api?.stop();
  await provider?.stop();
});

/** The app's real address for a URL the provider built from PUBLIC_URL. */
const toApp = (url: string) => url.replace(PUBLIC_URL, new URL(api.url).origin);

async function counts() {
  const [row] = (await api.app.database.dataSource.query(
    `SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM customer)::int AS customers,
            (SELECT count(*) FROM user_identity)::int AS identities,
            (SELECT count(*) FROM oidc_handoff)::int AS handoffs,
            (SELECT count(*) FROM refresh_token)::int AS sessions,
            (SELECT count(*) FROM audit_event)::int AS audit`,
  )) as Record<string, number>[];
  return row;
}

/** GET /auth/oidc/test/login → the provider's URL. */
async function startLogin(browser: CookieBrowser, returnTo = '/chat'): Promise<string> {
  const res = await browser.request(`${new URL(api.url).origin}/auth/oidc/test/login?return_to=${returnTo}`);
  expect(res.status).toBe(303);
  return res.location!;
}

/** The app's callback answer: where it sends the browser and the fragment's parameters. */
async function callback(url: string) {
  const res = await new CookieBrowser().request(toApp(url));
  expect(res.status).toBe(303);
  const location = new URL(res.location!);
  return { path: location.pathname, params: new URLSearchParams(location.hash.slice(1)) };
}

async function signIn(login: string, returnTo = '/chat') {
  const browser = new CookieBrowser();
  const authUrl = await startLogin(browser, returnTo);
  const back = await browser.authorize(authUrl, login, CALLBACK);
  return { back, result: await callback(back) };
}

test('the configured provider is listed with its login route', async () => {
  const res = await api.execute(OidcProvidersDocument, {});
  expect(res.data!.oidcProviders).toEqual([
    { id: 'test', name: 'Test ID', loginPath: '/auth/oidc/test/login' },
  ]);
});

test('the login route sends the browser to the provider with state, nonce and a PKCE S256 challenge', async () => {
  const url = new URL(await startLogin(new CookieBrowser()));
  expect(url.origin).toBe(provider.issuer);
  expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  for (const p of ['state', 'nonce', 'code_challenge'])
    expect(url.searchParams.get(p)?.length).toBeGreaterThan(20);
  const open = await new CookieBrowser().request(
    `${new URL(api.url).origin}/auth/oidc/test/login?return_to=//evil.example`,
  );
  expect(open.status).toBe(400);
});

test('first sign-in: verified e-mail → profile → a new CUSTOMER with the identity linked; then a plain sign-in', async () => {
  const before = await counts();
  const { result } = await signIn('kakao-new');
  expect(result.path).toBe('/chat');
  const code = result.params.get('oidc_code')!;
  expect(code).toBeTruthy();
  expect(result.params.get('oidc_error')).toBeNull();
  // Nothing exists yet: the page must send the profile the provider does not give.
  const ask = await api.execute(ExchangeOidcCodeDocument, { input: { code } });
  expect(ask.data!.exchangeOidcCode).toMatchObject({
    __typename: 'OidcProfileRequiredError',
    email: 'minjun.kim@example.kr',
    suggestedName: '김민준',
  });
  expect(await counts()).toMatchObject({ users: before.users, customers: before.customers, identities: 0 });

  const done = await api.execute(ExchangeOidcCodeDocument, { input: { code, profile: PROFILE } });
  if (!done.data) throw new Error(JSON.stringify(done));
  const payload = done.data.exchangeOidcCode;
  if (payload.__typename !== 'AuthPayload') throw new Error(JSON.stringify(done));
  expect(payload.user).toMatchObject({ email: 'minjun.kim@example.kr', role: 'CUSTOMER' });
  const me = await api.request<{ me: { email: string; customer: { name: string } } }>(
    '{ me { email customer { name } } }',
    {},
    payload.accessToken,
  );
  expect(me.data!.me).toEqual({ email: 'minjun.kim@example.kr', customer: { name: '김민준' } });
  expect(await counts()).toMatchObject({
    users: before.users + 1,
    customers: before.customers + 1,
    identities: 1,
    handoffs: 0,
  });
  // The code was single use.
  const again = await api.execute(ExchangeOidcCodeDocument, { input: { code, profile: PROFILE } });
  expect(again.data!.exchangeOidcCode.__typename).toBe('InvalidOidcCodeError');

  // Signing in again with the same subject opens a session for the same login, no profile asked.
  const second = await signIn('kakao-new', '/dashboard');
  expect(second.result.path).toBe('/dashboard');
  const session = await api.execute(ExchangeOidcCodeDocument, {
    input: { code: second.result.params.get('oidc_code')! },
  });
  expect(session.data!.exchangeOidcCode).toMatchObject({
    __typename: 'AuthPayload',
    user: { id: payload.user.id },
  });
  expect((await counts()).users).toBe(before.users + 1);

  // Both sign-ins are in the compliance trail.
  const admin = await api.login(DEMO.admin);
  const trail = await api.execute(
    AuditTrailDocument,
    { filter: { kinds: ['OIDC_LOGIN'] }, first: 10 },
    admin,
  );
  const details = trail.data!.auditTrail.edges.map(
    (e) => JSON.parse(e.node.detailsJson) as { created: boolean },
  );
  expect(details.map((d) => d.created)).toEqual([false, true]);
  expect(trail.data!.auditTrail.edges.every((e) => e.node.actorId === payload.user.id)).toBe(true);
});

describe('refused callbacks create nothing', () => {
  let before: Record<string, number>;
  beforeEach(async () => {
    before = await counts();
  });
  afterEach(async () => {
    expect(await counts()).toEqual(before);
  });

  test('a wrong state', async () => {
    const browser = new CookieBrowser();
    const back = await browser.authorize(await startLogin(browser), 'kakao-new', CALLBACK);
    const forged = new URL(back);
    forged.searchParams.set('state', 'forged-state-value-0123456789');
    const { params } = await callback(forged.href);
    expect(params.get('oidc_error')).toBe('STATE_INVALID');
    expect(params.get('oidc_code')).toBeNull();
  });

  test('a replayed callback (same code and state) and a replayed code under a fresh state', async () => {
    const browser = new CookieBrowser();
    const back = await browser.authorize(await startLogin(browser), 'kakao-new', CALLBACK);
    const first = await callback(back);
    const code = first.params.get('oidc_code')!;
    expect(code).toBeTruthy();
    // Redeem it so the hand-off table is back where it was (a LOGIN code for the linked subject).
    const redeemed = await api.execute(ExchangeOidcCodeDocument, { input: { code } });
    expect(redeemed.data!.exchangeOidcCode.__typename).toBe('AuthPayload');
    before = await counts();

    expect((await callback(back)).params.get('oidc_error')).toBe('STATE_INVALID');
    // The provider's code with the state (and PKCE verifier) of a new login: the provider refuses the code.
    const fresh = new URL(await startLogin(new CookieBrowser()));
    const replay = new URL(back);
    replay.searchParams.set('state', fresh.searchParams.get('state')!);
    expect((await callback(replay.href)).params.get('oidc_error')).toBe('CODE_REJECTED');
  });

  test('a wrong nonce', async () => {
    const browser = new CookieBrowser();
    const authUrl = new URL(await startLogin(browser));
    authUrl.searchParams.set('nonce', 'a-nonce-this-login-never-sent-0123');
    const back = await browser.authorize(authUrl.href, 'kakao-new', CALLBACK);
    expect((await callback(back)).params.get('oidc_error')).toBe('NONCE_MISMATCH');
  });

  test('an unverified e-mail', async () => {
    expect((await signIn('kakao-unverified')).result.params.get('oidc_error')).toBe('EMAIL_NOT_VERIFIED');
  });

  test('an unlinked subject the provider gives no e-mail for', async () => {
    expect((await signIn('kakao-noemail')).result.params.get('oidc_error')).toBe('NOT_LINKED');
  });

  test("an unlinked subject with an existing login's e-mail (no takeover by e-mail)", async () => {
    expect((await signIn('kakao-taken')).result.params.get('oidc_error')).toBe('EMAIL_IN_USE');
  });
});

test('a signed-in user links a provider account, signs in with it, and unlinks it', async () => {
  const token = await api.login(DEMO.customer);
  const start = await api.execute(
    StartOidcLinkDocument,
    { input: { provider: 'test', returnTo: '/chat' } },
    token,
  );
  const browser = new CookieBrowser();
  const back = await browser.authorize(start.data!.startOidcLink.authorizationUrl, 'kakao-link', CALLBACK);
  expect((await callback(back)).params.get('oidc_linked')).toBe('test');
  const linked = await api.execute(LinkedIdentitiesDocument, {}, token);
  expect(linked.data!.linkedIdentities).toMatchObject([
    { provider: 'test', email: 'other-address@example.kr' },
  ]);

  const { result } = await signIn('kakao-link');
  const session = await api.execute(ExchangeOidcCodeDocument, {
    input: { code: result.params.get('oidc_code')! },
  });
  expect(session.data!.exchangeOidcCode).toMatchObject({
    __typename: 'AuthPayload',
    user: { email: DEMO.customer },
  });

  // Another login cannot take the same provider account.
  const analyst = await api.login(DEMO.analyst);
  const steal = await api.execute(
    StartOidcLinkDocument,
    { input: { provider: 'test', returnTo: '/dashboard' } },
    analyst,
  );
  const stolen = await new CookieBrowser().authorize(
    steal.data!.startOidcLink.authorizationUrl,
    'kakao-link',
    CALLBACK,
  );
  expect((await callback(stolen)).params.get('oidc_error')).toBe('ALREADY_LINKED');

  const unlinked = await api.execute(UnlinkOidcIdentityDocument, { input: { provider: 'test' } }, token);
  expect(unlinked.data!.unlinkOidcIdentity).toEqual({
    __typename: 'UnlinkOidcIdentityPayload',
    identities: [],
  });
  // Unlinked, the subject is a stranger again: a first sign-in (asks for a profile).
  const after = await signIn('kakao-link');
  const code = after.result.params.get('oidc_code')!;
  const ask = await api.execute(ExchangeOidcCodeDocument, { input: { code } });
  expect(ask.data!.exchangeOidcCode.__typename).toBe('OidcProfileRequiredError');
});
