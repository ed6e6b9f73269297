import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO, DEMO_PASSWORD, startTestApp, TestApp } from './support/app';
import { send, streamAll } from './support/chat';
import { AuditTrailDocument } from './generated/operations';
import { createRequestContext } from '../src/app/context';
import { purgeAuditTrail, verifyAuditTrail } from '../src/app/audit-trail';
import { loadConfig } from '../src/app/config';
import { Role } from '../src/common/context';

// The compliance trail: advice and other audited actions, readable by ADMIN and AUDITOR only, filterable, exported
// as streamed CSV; every row hash-chained so `npm run audit:verify` names a changed or deleted row.

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

let t: TestApp;
let admin: string;
let auditor: string;
let customer: string;
let customerId: string;
let adviceText: string;

async function verify(cli = false) {
  // `npm run audit:verify`'s script against real PostgreSQL (slow to start: only where it matters); embedded (one
  // PGlite session, held by the app) and otherwise the same code in-process.
  if (cli && t.db.kind === 'postgres') {
    const result = await run(process.execPath, ['-r', 'ts-node/register', 'src/cli/audit-verify.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_TRANSPILE_ONLY: 'true',
        DATABASE_URL: t.db.url,
        NODE_ENV: 'test',
        JWT_SECRET: 'x'.repeat(32),
      },
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    return result;
  }
  const { problems, rows } = await verifyAuditTrail(t.app.config, t.app.database.dataSource, t.app.logger);
  return {
    code: problems.length ? 1 : 0,
    out: problems.length
      ? problems.map((p) => `TAMPERED ${p.kind} ${p.message}\n`).join('')
      : `intact: ${rows} rows`,
  };
}

beforeAll(async () => {
  t = await startTestApp({ CHAT_OFFLINE_TOKEN_DELAY_MS: '0' });
  const session = await t.demoSession();
  admin = session.admin;
  customer = session.customer;
  customerId = session.ownCustomerId;
  // An auditor login (no other staff rights) and a role change, both through the services.
  const system = createRequestContext(t.app.container, { viewer: { userId: 'system', role: Role.ADMIN } });
  await t.app.container.services.auth.createUser(system, {
    email: 'auditor@fingraph.dev',
    password: DEMO_PASSWORD,
    role: Role.AUDITOR,
  });
  auditor = await t.login('auditor@fingraph.dev');
  const [{ id: analystId }] = (await t.app.database.dataSource.query(
    'SELECT id FROM app_user WHERE email = $1',
    [DEMO.analyst],
  )) as { id: string }[];
  const adminCtx = createRequestContext(t.app.container, {
    viewer: {
      userId: (
        await t.app.database.dataSource.query('SELECT id FROM app_user WHERE email = $1', [DEMO.admin])
      )[0].id,
      role: Role.ADMIN,
    },
  });
  await t.app.container.services.auth.changeUserAccess(adminCtx, analystId, { disabled: true });
  await t.app.container.services.auth.changeUserAccess(adminCtx, analystId, { disabled: false });
  // Two pieces of advice, streamed to the end.
  for (const text of ['대출 금리가 얼마예요?', '이번 달 카드값이 걱정돼요']) {
    const sent = await send(t, customer, text);
    const events = await streamAll(t.ws(customer), sent.assistantMessage.id);
    adviceText = events[events.length - 1].message!.text;
  }
});
afterAll(async () => {
  await t?.stop();
});

test('ADMIN and AUDITOR read the trail; nobody else does, and AUDITOR has no other staff rights', async () => {
  const all = await t.execute(AuditTrailDocument, { first: 50 }, auditor);
  expect(all.errors).toBeUndefined();
  const kinds = all.data!.auditTrail.edges.map((e) => e.node.kind);
  expect(kinds.filter((k) => k === 'ADVICE')).toHaveLength(2);
  expect(kinds.filter((k) => k === 'ROLE_CHANGE')).toHaveLength(2);
  expect(all.data!.auditTrail.totalCount).toBe(kinds.length);
  expect((await t.execute(AuditTrailDocument, { first: 1 }, admin)).errors).toBeUndefined();
  for (const token of [customer, await t.login(DEMO.analyst)]) {
    const refused = await t.execute(AuditTrailDocument, { first: 1 }, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  const customers = await t.request('{ customers(first: 5) { edges { node { id } } } }', {}, auditor);
  expect((customers.data as { customers: { edges: unknown[] } }).customers.edges).toEqual([]);
});

test('advice keeps the text as it was sent; filters by kind, customer, actor and date; pages newest first', async () => {
  const advice = await t.execute(
    AuditTrailDocument,
    { filter: { kinds: ['ADVICE'], customerId }, first: 1 },
    admin,
  );
  const first = advice.data!.auditTrail.edges[0].node;
  expect(first.customerId).toBe(customerId);
  expect(first.actorRole).toBe('CUSTOMER');
  expect(first.sentText).toBe(adviceText);
  expect(first.sentText!.length).toBeGreaterThan(10);
  expect(advice.data!.auditTrail.pageInfo.hasNextPage).toBe(true);
  const next = await t.execute(
    AuditTrailDocument,
    {
      filter: { kinds: ['ADVICE'], customerId },
      first: 5,
      after: advice.data!.auditTrail.pageInfo.endCursor,
    },
    admin,
  );
  expect(next.data!.auditTrail.edges).toHaveLength(1);
  expect(new Date(next.data!.auditTrail.edges[0].node.at) <= new Date(first.at)).toBe(true);

  const roleChanges = await t.execute(
    AuditTrailDocument,
    { filter: { kinds: ['ROLE_CHANGE'] }, first: 5 },
    admin,
  );
  const details = roleChanges.data!.auditTrail.edges.map(
    (e) => JSON.parse(e.node.detailsJson) as { disabled: boolean },
  );
  expect(details.map((d) => d.disabled)).toEqual([false, true]);
  const actor = roleChanges.data!.auditTrail.edges[0].node.actorId!;
  const byActor = await t.execute(AuditTrailDocument, { filter: { actorId: actor }, first: 50 }, admin);
  expect(byActor.data!.auditTrail.edges.every((e) => e.node.actorId === actor)).toBe(true);
  expect(byActor.data!.auditTrail.totalCount).toBe(2);
  const future = await t.execute(
    AuditTrailDocument,
    { filter: { from: new Date(Date.now() + 86_400_000).toISOString() }, first: 5 },
    admin,
  );
  expect(future.data!.auditTrail.totalCount).toBe(0);
  const bad = await t.execute(
    AuditTrailDocument,
    { filter: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, first: 5 },
    admin,
  );
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('CSV export streams every matching row (RFC 4180) and refuses other roles', async () => {
  const base = `${new URL(t.url).origin}/audit/export.csv`;
  const res = await fetch(`${base}?kinds=ADVICE,ROLE_CHANGE`, {
    headers: { authorization: `Bearer ${auditor}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const text = await res.text();
  const lines = text
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .filter((l) => l !== '');
  expect(lines[0]).toBe(
    'id,kind,at,actor_id,actor_role,customer_id,subject_type,subject_id,details_json,sent_text,chain_seq,row_hash',
  );
  // Quoted cells may hold line breaks: count records by their kind column instead of lines.
  expect((text.match(/,ADVICE,/g) ?? []).length).toBe(2);
  expect((text.match(/,ROLE_CHANGE,/g) ?? []).length).toBe(2);
  expect(text).toContain(adviceText.slice(0, 15));
  expect((await fetch(base, { headers: { authorization: `Bearer ${customer}` } })).status).toBe(403);
  expect((await fetch(base)).status).toBe(401);
  expect((await fetch(`${base}?kinds=NOPE`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(
    400,
  );
});

test('audit:verify passes an intact trail and names a changed row, a deleted row and a deleted last row', async () => {
  const intact = await verify(true);
  expect(intact.out).toMatch(/intact/);
  expect(intact.code).toBe(0);
  const ds = t.app.database.dataSource;

  // Change the text of the first piece of advice.
  const [advice] = (await ds.query('SELECT id FROM advice_audit ORDER BY chain_seq LIMIT 1')) as {
    id: string;
  }[];
  await ds.query(`UPDATE advice_audit SET sent_text = sent_text || ' (edited)' WHERE id = $1`, [advice.id]);
  const changed = await verify(true);
  expect(changed.code).toBe(1);
  expect(changed.out).toContain(`advice_audit row id=${advice.id} (chain #1) was changed`);
  await ds.query(`UPDATE advice_audit SET sent_text = left(sent_text, length(sent_text) - 9) WHERE id = $1`, [
    advice.id,
  ]);
  expect((await verify()).code).toBe(0);

  // Delete an event from the middle of the chain, then the last one.
  const events = (await ds.query('SELECT id, chain_seq FROM audit_event ORDER BY chain_seq')) as {
    id: string;
    chain_seq: string;
  }[];
  expect(events.length).toBeGreaterThanOrEqual(2);
  await ds.query('DELETE FROM audit_event WHERE id = $1', [events[0].id]);
  const deleted = await verify();
  expect(deleted.code).toBe(1);
  expect(deleted.out).toContain(
    `audit_event chain row(s) #${events[0].chain_seq} deleted before row id=${events[1].id}`,
  );
  await ds.query('DELETE FROM audit_event WHERE id = $1', [events[events.length - 1].id]);
  expect((await verify()).out).toContain(`#${events[events.length - 1].chain_seq} deleted at the end`);
}, 180_000);

test('retention purges a prefix of each chain and leaves it verifiable', async () => {
  const ds = t.app.database.dataSource;
  // Put the chains back in order first (the previous test broke audit_event): rebuild from the advice chain only.
  await ds.query('DELETE FROM audit_event');
  await ds.query(`UPDATE audit_chain SET last_seq = 0, last_hash = repeat('0', 64), anchor_seq = 1, anchor_hash = repeat('0', 64)
                   WHERE table_name = 'audit_event'`);
  const before = (await ds.query('SELECT count(*)::int AS n FROM advice_audit')) as { n: number }[];
  expect(before[0].n).toBe(2);
  const config = loadConfig({ AUDIT_RETENTION_DAYS: '1' });
  const later = () => new Date(Date.now() + 2 * 86_400_000);
  expect(await purgeAuditTrail(config, ds, t.app.logger, later)).toBe(2);
  const { problems } = await verifyAuditTrail(config, ds, t.app.logger);
  expect(problems).toEqual([]);
  // New advice chains on after the purged prefix.
  const sent = await send(t, customer, '적금 추천해 주세요');
  await streamAll(t.ws(customer), sent.assistantMessage.id);
  expect((await verifyAuditTrail(config, ds, t.app.logger)).problems).toEqual([]);
  const [{ chain_seq }] = (await ds.query('SELECT chain_seq::int FROM advice_audit')) as {
    chain_seq: number;
  }[];
  expect(chain_seq).toBe(3);
});
