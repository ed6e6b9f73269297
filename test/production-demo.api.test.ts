import { DEMO, DEMO_PASSWORD, startTestApp } from './support/app';
import { DemoLoginsInProductionError } from '../src/app/demo-data';

// Issue #12 item 1: a production start never serves the README's demo logins.

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) {
    __typename ... on AuthPayload { accessToken } ... on ErrorResult { code } } }`;

describe('demo logins in production', () => {
  it('a production start with no other settings seeds nothing: the demo passwords do not log in (HTTP and graphql-ws)', async () => {
    // SEED_DEMO and DEMO_SPENDING are not passed: production's own defaults apply.
    const t = await startTestApp({ NODE_ENV: 'production', SEED_DEMO: '', DEMO_SPENDING: '' });
    try {
      expect(t.app.config.seedDemo).toBe(false);
      expect(t.app.demo).toBeUndefined();
      const [{ count }] = (await t.app.container.dataSource.query(
        `SELECT count(*)::int AS count FROM app_user`,
      )) as { count: number }[];
      expect(count).toBe(0);
      for (const email of Object.values(DEMO)) {
        const res = await t.request<{ login: { __typename: string; code?: string } }>(LOGIN, {
          email,
          password: DEMO_PASSWORD,
        });
        expect(res.data!.login.__typename).toBe('InvalidCredentialsError');
      }
      const client = t.ws();
      const overWs = await new Promise<{ data?: { login: { __typename: string } } }>((resolve, reject) => {
        let result: { data?: { login: { __typename: string } } } = {};
        client.subscribe(
          { query: LOGIN, variables: { email: DEMO.admin, password: DEMO_PASSWORD } },
          { next: (v) => (result = v as typeof result), error: reject, complete: () => resolve(result) },
        );
      });
      expect(overWs.data!.login.__typename).toBe('InvalidCredentialsError');
    } finally {
      await t.stop();
    }
  });

  it('a production start refuses a database that holds the demo logins', async () => {
    const dev = await startTestApp(); // NODE_ENV=test, SEED_DEMO=true: the demo logins exist
    try {
      expect((await dev.login(DEMO.admin)).length).toBeGreaterThan(0);
      await dev.app.stop();
      // pglite-socket frees its single connection slot only after the closed client is gone.
      await new Promise((r) => setTimeout(r, 1000));
      let error: unknown;
      try {
        const prod = await startTestApp({ NODE_ENV: 'production', SEED_DEMO: 'false' }, { replicaOf: dev });
        await prod.stop();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DemoLoginsInProductionError);
      expect((error as DemoLoginsInProductionError).emails).toEqual(
        [DEMO.admin, DEMO.analyst, DEMO.customer].sort(),
      );
    } finally {
      await dev.db.stop();
    }
  });
});
