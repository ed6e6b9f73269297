import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEMO, startTestApp, subscribe, TestApp } from './support/app';
import { send, streamAll } from './support/chat';
import { ImportDocument, StartImportDocument } from './generated/operations';

// /metrics scraped and parsed as Prometheus text after a scripted session (login, queries, a chat stream, an
// import): the counters and histograms move. And no label can take a value a client chose.

const TOKEN = 'metrics-token-0123456789abcdef';

/** Prometheus text format → samples (name, labels, value); comments skipped. */
export function parseMetrics(
  text: string,
): { name: string; labels: Record<string, string>; value: number }[] {
  const samples: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]] = l[2];
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

let t: TestApp;
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-metrics-'));
  t = await startTestApp({
    METRICS_TOKEN: TOKEN,
    METRICS_PORT: '0',
    METRICS_HOST: '127.0.0.1',
    IMPORTS_DIR: path.join(tmp, 'uploads'),
    CHAT_OFFLINE_TOKEN_DELAY_MS: '0',
    // Client operation names kept as labels, besides the bundled pages' (PageLogin, WidgetSendMessage, …).
    METRICS_KNOWN_OPERATIONS: 'Me,Customers',
  });
});
afterAll(async () => {
  await t?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const origin = () => new URL(t.url).origin;

async function scrape() {
  const res = await fetch(`${origin()}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  return { text, samples: parseMetrics(text) };
}

function sum(
  samples: ReturnType<typeof parseMetrics>,
  name: string,
  labels: Record<string, string> = {},
): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((acc, s) => acc + s.value, 0);
}

test('/metrics needs the bearer token on the API port; METRICS_PORT serves it on its own listener', async () => {
  expect((await fetch(`${origin()}/metrics`)).status).toBe(401);
  const wrong = await fetch(`${origin()}/metrics`, {
    headers: { authorization: 'Bearer nope-nope-nope-nope' },
  });
  expect(wrong.status).toBe(401);
  const port = t.app.metricsPort!;
  const separate = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(separate.status).toBe(200);
  expect(await separate.text()).toContain('fingraph_process_cpu_user_seconds_total');
  expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
});

test('a scripted session moves the counters and histograms', async () => {
  const before = (await scrape()).samples;
  // Login and queries, under names the bundled pages use (known) and under an unknown one.
  const customer = await t.login(DEMO.customer);
  const analyst = await t.login(DEMO.analyst);
  await t.request('query Me { me { email } }', {}, customer);
  await t.request('query Customers { customers(first: 2) { edges { node { id } } } }', {}, analyst);
  await t.request('query NobodyKnowsThisName { me { email } }', {}, customer);
  const bad = await t.request(
    'query Customers { customers(first: 1000) { edges { node { id } } } }',
    {},
    analyst,
  );
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

  // A chat answer streamed over graphql-ws.
  const sent = await send(t, customer, '대출 금리가 얼마예요?');
  const client = t.ws(customer);
  const events = await streamAll(client, sent.assistantMessage.id);
  const deltas = events.filter((e) => e.delta).length;
  expect(deltas).toBeGreaterThan(0);

  // An import: upload, start, wait.
  const rows = [
    'customer_number,name,email,birth_date,gender,region,household_size,employment,annual_income,credit_score',
  ];
  for (let i = 1; i <= 40; i++)
    rows.push(`MT-${i},고객 ${i},mt${i}@example.kr,1990-01-0${(i % 9) + 1},M,SEOUL,2,SALARIED,42000000,700`);
  const form = new FormData();
  form.append('file', new Blob([rows.join('\n') + '\n']), 'customers.csv');
  const up = await fetch(`${origin()}/uploads/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${analyst}` },
    body: form,
  });
  expect(up.status).toBe(201);
  const uploadId = ((await up.json()) as { uploadId: string }).uploadId;
  const started = await t.execute(
    StartImportDocument,
    { input: { uploadId, target: 'CUSTOMERS', preset: 'customers' } },
    analyst,
  );
  const importId = (started.data!.startImport as { id: string }).id;
  let status = 'QUEUED';
  for (let i = 0; i < 300 && status !== 'SUCCEEDED' && status !== 'FAILED'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await t.execute(ImportDocument, { id: importId, errors: 1 }, analyst)).data!.import.status;
  }
  expect(status).toBe('SUCCEEDED');

  const after = (await scrape()).samples;
  const moved = (name: string, labels: Record<string, string> = {}) =>
    sum(after, name, labels) - sum(before, name, labels);

  // HTTP and GraphQL durations, by known operation name; the unknown name is folded.
  expect(
    moved('fingraph_http_request_duration_seconds_count', { route: '/graphql', method: 'POST' }),
  ).toBeGreaterThanOrEqual(6);
  expect(moved('fingraph_http_request_duration_seconds_count', { route: '/uploads' })).toBe(1);
  expect(
    moved('fingraph_graphql_operation_duration_seconds_count', {
      operation: 'Me',
      type: 'query',
      transport: 'http',
    }),
  ).toBe(1);
  expect(
    moved('fingraph_graphql_operation_duration_seconds_count', { operation: 'Customers', type: 'query' }),
  ).toBe(2);
  expect(
    moved('fingraph_graphql_operation_duration_seconds_count', { operation: 'other', type: 'query' }),
  ).toBeGreaterThanOrEqual(1); // NobodyKnowsThisName, and the import polls (Import is not a known name here)
  expect(
    moved('fingraph_graphql_operation_duration_seconds_count', { operation: 'unnamed', type: 'mutation' }),
  ).toBe(2);
  expect(moved('fingraph_graphql_errors_total', { operation: 'Customers', code: 'BAD_USER_INPUT' })).toBe(1);
  // The subscription ran over graphql-ws and has ended.
  expect(
    moved('fingraph_graphql_operation_duration_seconds_count', { type: 'subscription', transport: 'ws' }),
  ).toBe(1);
  expect(sum(after, 'fingraph_ws_active_subscriptions', { field: 'chatMessageStream' })).toBe(0);
  // The lazy client closed once its subscription ended: the gauge follows the server's own count.
  expect(after.some((s) => s.name === 'fingraph_ws_connections')).toBe(true);
  expect(sum(after, 'fingraph_ws_connections')).toBe(t.app.server.openSockets());
  // Chat: first token, tokens, the answer.
  expect(moved('fingraph_chat_time_to_first_token_seconds_count', { provider: 'offline' })).toBe(1);
  expect(moved('fingraph_chat_tokens_streamed_total', { provider: 'offline' })).toBe(deltas);
  expect(moved('fingraph_chat_answers_total', { provider: 'offline', status: 'COMPLETE' })).toBe(1);
  // SQL, pool, jobs, imports.
  expect(moved('fingraph_sql_statements_total')).toBeGreaterThan(10);
  expect(sum(after, 'fingraph_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
  expect(after.some((s) => s.name === 'fingraph_db_pool_connections' && s.labels.state === 'waiting')).toBe(
    true,
  );
  expect(after.some((s) => s.name === 'fingraph_job_queue_depth' && s.labels.queue === 'imports.run')).toBe(
    true,
  );
  expect(moved('fingraph_import_rows_total', { outcome: 'read' })).toBe(40);
  expect(moved('fingraph_import_rows_per_second_count')).toBe(1);
  expect(sum(after, 'fingraph_import_rows_per_second_sum')).toBeGreaterThan(0);
  // Node's default metrics, prefixed.
  expect(after.some((s) => s.name === 'fingraph_nodejs_heap_size_used_bytes')).toBe(true);
});

test('no label value comes from user input: series do not grow with new operation names, paths or fields', async () => {
  const token = await t.login(DEMO.analyst);
  const barrage = async () => {
    const tag = `x${randomBytes(6).toString('hex')}`;
    await t.request(`query ${tag} { me { email } }`, {}, token);
    await t.request(`query ${tag}B { ${tag} }`, {}, token); // unknown field: validation error
    await t.request(`mutation ${tag}C { logout(input: {}) { revokedSessions } }`, {}, token);
    await fetch(`${origin()}/${tag}/deep/path?q=${tag}`);
    await fetch(`${origin()}/auth/oidc/${tag}/login`);
    await fetch(`${origin()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': tag },
      body: '{"query":',
    });
    const sub = subscribe(t.ws(token), `subscription ${tag}D { importProgress(id: "${tag}") { percent } }`);
    await sub.done;
    return tag;
  };
  await barrage();
  const first = await scrape();
  const series = (s: ReturnType<typeof parseMetrics>) =>
    new Set(
      s
        .filter((x) => !x.name.startsWith('fingraph_nodejs_') && !x.name.startsWith('fingraph_process_'))
        .map((x) => `${x.name}${JSON.stringify(x.labels)}`),
    );
  const tags = [await barrage(), await barrage()];
  const second = await scrape();
  for (const tag of tags) expect(second.text).not.toContain(tag);
  const grown = [...series(second.samples)].filter((k) => !series(first.samples).has(k));
  expect(grown).toEqual([]);
});
