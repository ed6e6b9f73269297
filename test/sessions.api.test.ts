import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import type { Client } from 'graphql-ws';
import { createRequestContext } from '../src/app/context';
import { Role } from '../src/common/context';
import { DEMO, DEMO_PASSWORD, startTestApp, subscribe, TestApp } from './support/app';

// Revocation that bites: a logout ends the session's access tokens at once (HTTP and graphql-ws) and closes its
// sockets; other sessions of the same login keep working; the role comes from the database, not the token.

const LOGIN =
  'mutation ($i: LoginInput!) { login(input: $i) { __typename ... on AuthPayload { accessToken refreshToken } } }';
const LOGOUT = 'mutation ($i: LogoutInput!) { logout(input: $i) { revokedSessions } }';
const REFRESH =
  'mutation ($i: RefreshTokenInput!) { refreshToken(input: $i) { __typename ... on AuthPayload { accessToken refreshToken } } }';
const ME = '{ me { email role } }';
// A subscription that stays open (no event is ever published for this id).
const OPEN_SUBSCRIPTION =
  'subscription { customerUpdated(id: "Q3VzdG9tZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { id } }';

interface Session {
  accessToken: string;
  refreshToken: string;
}

async function openSession(t: TestApp, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await t.request<{ login: Session & { __typename: string } }>(LOGIN, { i: { email, password } });
  if (res.data?.login.__typename !== 'AuthPayload') throw new Error(`login failed: ${JSON.stringify(res)}`);
  return res.data.login;
}

/** A graphql-ws client with one open subscription, connected and acknowledged; records the close code. */
async function liveSocket(t: TestApp, token: string) {
  const state: { closedWith?: number; client?: Client } = {};
  const client = t.ws(token, { onClosed: (code) => (state.closedWith ??= code) });
  const sub = subscribe(client, OPEN_SUBSCRIPTION);
  // A query on the same (lazy) connection proves it is open and acknowledged.
  const probe = subscribe<{ me: { email: string } }>(client, ME);
  await probe.next(1);
  if (probe.results.length !== 1) throw new Error(`socket not ready: ${JSON.stringify(probe.errors)}`);
  return { client, sub, state };
}

async function waitFor(condition: () => boolean, what: string, deadlineMs = 15_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code;

describe('logout and revocation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('refuses the access token of a logged-out session at once over HTTP; the other session keeps working', async () => {
    const a = await openSession(t, DEMO.analyst);
    const b = await openSession(t, DEMO.analyst);
    expect((await t.request(ME, {}, a.accessToken)).data).toEqual({
      me: { email: DEMO.analyst, role: 'ANALYST' },
    });

    const out = await t.request<{ logout: { revokedSessions: number } }>(
      LOGOUT,
      { i: { refreshToken: a.refreshToken } },
      a.accessToken,
    );
    expect(out.data!.logout.revokedSessions).toBe(1);

    const after = await t.request(ME, {}, a.accessToken);
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect((await t.request(ME, {}, b.accessToken)).data).toEqual({
      me: { email: DEMO.analyst, role: 'ANALYST' },
    });
  });

  it('logout with only the access token ends that session', async () => {
    const a = await openSession(t, DEMO.analyst);
    const out = await t.request<{ logout: { revokedSessions: number } }>(LOGOUT, { i: {} }, a.accessToken);
    expect(out.data!.logout.revokedSessions).toBe(1);
    expect(codeOf(await t.request(ME, {}, a.accessToken))).toBe('UNAUTHENTICATED');
    const refresh = await t.request<{ refreshToken: { __typename: string } }>(REFRESH, {
      i: { refreshToken: a.refreshToken },
    });
    expect(refresh.data!.refreshToken.__typename).toBe('InvalidRefreshTokenError');
  });

  it("closes the logged-out session's open subscription socket (4401); another session's socket stays", async () => {
    const a = await openSession(t, DEMO.analyst);
    const b = await openSession(t, DEMO.analyst);
    const sa = await liveSocket(t, a.accessToken);
    const sb = await liveSocket(t, b.accessToken);

    await t.request(LOGOUT, { i: { refreshToken: a.refreshToken } }, a.accessToken);
    await sa.sub.done;
    expect(sa.state.closedWith).toBe(4401);

    // b's socket is still open and answers.
    expect(sb.state.closedWith).toBeUndefined();
    const probe = subscribe<{ me: { email: string } }>(sb.client, ME);
    expect(await probe.next(1)).toEqual([{ me: { email: DEMO.analyst, role: 'ANALYST' } }]);
    sb.sub.dispose();
  });

  it('refuses a socket operation of an ended session even without the broadcast', async () => {
    const a = await openSession(t, DEMO.analyst);
    let closedWith: number | undefined;
    const client = t.ws(a.accessToken, { onClosed: (code) => (closedWith ??= code) });
    const first = subscribe(client, OPEN_SUBSCRIPTION);
    const probe = subscribe<{ me: { email: string } }>(client, ME);
    await probe.next(1);
    // The deny list entry alone (as when a replica missed the pub/sub message): the next operation is refused.
    const stored = await t.app.container.dataSource.query(
      'SELECT family_id FROM refresh_token WHERE token_hash = $1',
      [createHash('sha256').update(a.refreshToken).digest('hex')],
    );
    expect(stored).toHaveLength(1);
    await t.app.container.cache.set(`session:revoked:${stored[0].family_id}`, 1, 60);
    const next = subscribe(client, ME);
    await next.done;
    expect(next.results).toHaveLength(0);
    expect(JSON.stringify(next.errors)).toContain('UNAUTHENTICATED');
    await first.done;
    expect(closedWith).toBe(4401);
  });

  it('logout on all devices ends every session of the login, sockets included', async () => {
    const a = await openSession(t, DEMO.analyst);
    const b = await openSession(t, DEMO.analyst);
    const sb = await liveSocket(t, b.accessToken);
    const out = await t.request<{ logout: { revokedSessions: number } }>(
      LOGOUT,
      { i: { allDevices: true } },
      a.accessToken,
    );
    expect(out.data!.logout.revokedSessions).toBeGreaterThanOrEqual(2);
    expect(codeOf(await t.request(ME, {}, a.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.request(ME, {}, b.accessToken))).toBe('UNAUTHENTICATED');
    await sb.sub.done;
    expect(sb.state.closedWith).toBe(4401);
  });

  it('a reused refresh token ends the access tokens of its whole family', async () => {
    const first = await openSession(t, DEMO.customer);
    const rotated = await t.request<{ refreshToken: Session }>(REFRESH, {
      i: { refreshToken: first.refreshToken },
    });
    const current = rotated.data!.refreshToken;
    expect((await t.request(ME, {}, current.accessToken)).data).toMatchObject({
      me: { email: DEMO.customer },
    });
    const reuse = await t.request<{ refreshToken: { __typename: string } }>(REFRESH, {
      i: { refreshToken: first.refreshToken },
    });
    expect(reuse.data!.refreshToken.__typename).toBe('InvalidRefreshTokenError');
    expect(codeOf(await t.request(ME, {}, current.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.request(ME, {}, first.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('takes the role from the database: a demoted admin token loses admin rights before it expires', async () => {
    const admin = await openSession(t, DEMO.admin);
    const [{ id }] = await t.app.container.dataSource.query('SELECT id FROM app_user WHERE email = $1', [
      DEMO.admin,
    ]);
    const me = await t.request(ME, {}, admin.accessToken);
    expect(me.data).toEqual({ me: { email: DEMO.admin, role: 'ADMIN' } });
    const ctx = createRequestContext(t.app.container, { viewer: { userId: 'system', role: Role.ADMIN } });
    await t.app.container.services.auth.changeUserAccess(ctx, id, { role: Role.ANALYST });
    const createCustomer = await t.request(
      `mutation { createCustomer(input: { name: "권한시험", birthDate: "1990-01-01", gender: FEMALE, region: SEOUL,
         householdSize: 1, employment: SALARIED, annualIncome: "30000000", creditScore: 700 }) { __typename } }`,
      {},
      admin.accessToken,
    );
    expect(codeOf(createCustomer)).toBe('FORBIDDEN');
    // Disabling the login ends its sessions at once.
    await t.app.container.services.auth.changeUserAccess(ctx, id, { role: Role.ADMIN, disabled: true });
    expect(codeOf(await t.request(ME, {}, admin.accessToken))).toBe('UNAUTHENTICATED');
    await t.app.container.services.auth.changeUserAccess(ctx, id, { disabled: false });
  });
});

describe('graphql-ws limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: '1',
      WS_MAX_BUFFERED_BYTES: String(256 * 1024),
      WS_MAX_OPERATIONS: '3',
      WS_MAX_CONNECTIONS_PER_IP: '3',
      WS_INIT_TIMEOUT_MS: '300',
      WS_ANONYMOUS_IDLE_SECONDS: '1',
    });
  });
  afterAll(() => t.stop());

  /** A raw graphql-transport-ws socket (optionally from a forwarded client address), acknowledged. */
  async function rawSocket(token?: string, forwardedFor?: string) {
    const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws', {
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });
    const messages: { id?: string; type: string; payload?: unknown }[] = [];
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }),
    );
    await waitFor(() => messages.some((m) => m.type === 'connection_ack'), 'connection_ack');
    return { socket, messages, closed };
  }

  it('cuts a socket that stops reading while another connection keeps receiving', async () => {
    const analyst = await t.login(DEMO.analyst);
    const healthy = await liveSocket(t, analyst);
    const slow = await rawSocket(analyst);
    const before = t.app.server.openSockets();
    // Stop reading: the TCP receive window fills, then the server's socket buffer.
    (slow.socket as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    // A large answer with no database work: the schema's types with their descriptions.
    const big =
      '{ __schema { types { name description fields { name description args { name description } } } } }';
    let sent = 0;
    while (t.app.server.openSockets() === before && sent < 5_000) {
      for (let k = 0; k < 20; k++)
        slow.socket.send(JSON.stringify({ id: `q${sent++}`, type: 'subscribe', payload: { query: big } }));
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitFor(() => t.app.server.openSockets() === before - 1, 'the slow reader to be cut');
    // The other connection still answers.
    expect(healthy.state.closedWith).toBeUndefined();
    const probe = subscribe<{ me: { email: string } }>(healthy.client, ME);
    expect(await probe.next(1)).toEqual([{ me: { email: DEMO.analyst, role: 'ANALYST' } }]);
    // Once it reads again, the slow client finds its connection gone (1013 if the close frame got through).
    (slow.socket as unknown as { _socket: { resume(): void } })._socket.resume();
    expect([1006, 1013]).toContain(await slow.closed);
    const answered = slow.messages.filter((m) => m.type === 'next').length;
    expect(answered).toBeLessThan(sent);
    healthy.sub.dispose();
  });

  it('answers an operation over the per-connection cap with an error for that operation, not the socket', async () => {
    const analyst = await t.login(DEMO.analyst);
    const { socket, messages, closed } = await rawSocket(analyst);
    for (let k = 0; k < 4; k++)
      socket.send(JSON.stringify({ id: `s${k}`, type: 'subscribe', payload: { query: OPEN_SUBSCRIPTION } }));
    await waitFor(() => messages.some((m) => m.id === 's3'), 'the 4th operation to be answered');
    const refused = messages.find((m) => m.id === 's3')!;
    expect(refused.type).toBe('error');
    expect(JSON.stringify(refused.payload)).toContain('RATE_LIMITED');
    expect(messages.filter((m) => m.id !== 's3' && m.type === 'error')).toHaveLength(0);
    // Ending one frees a slot: a query on the same socket is answered.
    socket.send(JSON.stringify({ id: 's0', type: 'complete' }));
    socket.send(JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: ME } }));
    await waitFor(
      () => messages.some((m) => m.id === 'q' && m.type === 'next'),
      'the query after a slot freed',
    );
    socket.close(1000);
    expect(await closed).toBe(1000);
  });

  it('refuses a connection over the per-address cap with HTTP 429 at the upgrade', async () => {
    const from = '203.0.113.77';
    const open = await Promise.all([1, 2, 3].map(() => rawSocket(undefined, `198.51.100.1, ${from}`)));
    const status = await new Promise<number>((resolve) => {
      const extra = new WebSocket(t.wsUrl, 'graphql-transport-ws', {
        headers: { 'x-forwarded-for': `198.51.100.2, ${from}` },
      });
      extra.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      extra.once('open', () => resolve(101));
      extra.once('error', () => undefined);
    });
    expect(status).toBe(429);
    // Another address is not affected.
    const other = await rawSocket(undefined, `198.51.100.1, 203.0.113.78`);
    other.socket.close(1000);
    for (const s of open) s.socket.close(1000);
  });

  it('closes a socket that never sends connection_init (4408)', async () => {
    const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)));
    expect(code).toBe(4408);
  });

  it('closes an unauthenticated connection that stays idle (4408); an authenticated one stays', async () => {
    const anonymous = await rawSocket();
    const analyst = await rawSocket(await t.login(DEMO.analyst));
    expect(await anonymous.closed).toBe(4408);
    expect(analyst.socket.readyState).toBe(WebSocket.OPEN);
    analyst.socket.close(1000);
  });
});
