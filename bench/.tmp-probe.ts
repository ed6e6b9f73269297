import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { startApplication } from '../src/app/application';
import { loadConfig } from '../src/app/config';
import { createBenchDatabase, postGraphQL, runLoad } from './lib/harness';
import { startPlainCustomersPeer } from './lib/plain-customers-peer';
const Q = `query ($first: Int!) { customers(first: $first) { totalCount edges { node { id name age regionName annualIncome { amount currency } creditScore login { email role lastLoginAt } } } } }`;
(async () => {
  const db = await createBenchDatabase('postgres://postgres@127.0.0.1:5432/postgres');
  const app = await startApplication(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379', JWT_SECRET: randomBytes(32).toString('hex'), JOBS_MODE: 'inprocess', DEMO_CUSTOMERS: '1000' }), { port: 0, host: '127.0.0.1' });
  const peer = await startPlainCustomersPeer({ databaseUrl: db.url, poolMax: 10 });
  try {
    const tok = (await postGraphQL(app.server.url, { query: `mutation { login(input:{email:"analyst@fingraph.dev", password:"fingraph-demo-2026"}) { ... on AuthPayload { accessToken } } }` })).body.data as any;
    const h = { authorization: `Bearer ${tok.login.accessToken}` };
    const r = await postGraphQL(peer.url, { query: Q, variables: { first: 50 } });
    console.log('peer stmts', r.headers.get('x-sql-statements'));
    for (const [name, url, hd] of [['peer', peer.url, {}], ['ours', app.server.url, h]] as const) {
      for (let i = 0; i < 30; i++) await postGraphQL(url, { query: Q, variables: { first: 50 } }, hd);
      const t = process.hrtime.bigint();
      for (let i = 0; i < 50; i++) await postGraphQL(url, { query: Q, variables: { first: 50 } }, hd);
      console.log(name, 'sequential ms/req', Number(process.hrtime.bigint() - t) / 1e6 / 50);
      const body = JSON.stringify({ query: Q, variables: { first: 50 } });
      for (const c of [1, 10]) {
        const f = await runLoad({ url, body, headers: hd, connections: c, durationSeconds: 4 });
        console.log(name, 'c', c, f.requestsPerSecond, f.latencyMs.p50, f.latencyMs.p99);
      }
    }
  } finally { await peer.stop(); await app.stop(); await db.drop(); }
})();
