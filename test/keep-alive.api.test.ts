import http from 'node:http';
import { startTestApp, TestApp } from './support/app';

// Idle keep-alive connections stay open longer than a load balancer's idle timeout (HTTP_KEEP_ALIVE_TIMEOUT_MS,
// 65 s by default), so the balancer or client closes them, never this process under a request in flight. Node's
// own 5 s default did: a connection reused just as the server dropped it failed with ECONNRESET.

/** POSTs a query on the agent's (single) connection; says whether that connection was a reused one. */
function post(
  url: string,
  agent: http.Agent,
): Promise<{ status: number; reused: boolean; keepAlive?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            reused: req.reusedSocket,
            keepAlive: String(res.headers['keep-alive']),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query: '{ __typename }' }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HTTP keep-alive', () => {
  let t: TestApp;
  let short: TestApp | undefined;
  // Both apps start here, outside the tests' own timeouts: an app's start under a loaded CI run took most of a test's
  // 20 s (2026-11-28: the second app's start inside the test ran past it).
  beforeAll(async () => {
    t = await startTestApp();
    short = await startTestApp({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000' });
  }, 120_000);
  afterAll(async () => {
    await short?.stop();
    await t.stop();
  });

  it('keeps an idle connection open past the old 5 s default and says so in Keep-Alive', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await post(t.url, agent);
      expect(first).toMatchObject({ status: 200, reused: false, keepAlive: 'timeout=65' });
      await sleep(5_600);
      expect(await post(t.url, agent)).toMatchObject({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('closes idle connections after HTTP_KEEP_ALIVE_TIMEOUT_MS', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const closed = new Promise<void>((resolve) =>
        agent.once('free', (socket) => socket.once('close', resolve)),
      );
      expect(await post(short!.url, agent)).toMatchObject({ status: 200, keepAlive: 'timeout=1' });
      await closed; // the server ends the idle connection after about a second
      expect(await post(short!.url, agent)).toMatchObject({ status: 200, reused: false });
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
