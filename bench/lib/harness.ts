import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createClient } from 'redis';
import { DEMO_PASSWORD } from '../../src/app/demo-data';

// Shared plumbing for the benchmarks in bench/: a throw-away database, HTTP probes, autocannon runs off the
// main thread, and the results files. Nothing here knows about a particular query.

export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** Creates `fg_bench_<random>` on the server behind `adminUrl`; `drop()` removes it even with open sessions. */
export async function createBenchDatabase(adminUrl: string, prefix = 'fg_bench'): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    drop() {
      dropped ??= withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      );
      return dropped;
    },
  };
}

async function withAdmin<T>(adminUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Deletes every Redis key under `prefix` (the app's REDIS_PREFIX of this run); returns how many. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    let deleted = 0;
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) deleted += await client.del(keys);
    }
    return deleted;
  } finally {
    client.destroy();
  }
}

export interface GraphQLHttpResult {
  status: number;
  headers: Headers;
  /** The raw body, exactly as autocannon will see it. */
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: unknown }[] };
}

export async function postGraphQL(
  url: string,
  payload: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphQLHttpResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
  const text = await res.text();
  let body: GraphQLHttpResult['body'];
  try {
    body = JSON.parse(text) as GraphQLHttpResult['body'];
  } catch {
    body = { errors: [{ message: `non-JSON response (${res.status}): ${text.slice(0, 300)}` }] };
  }
  return { status: res.status, headers: res.headers, text, body };
}

const LOGIN_MUTATION = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { ... on AuthPayload { accessToken } } }`;

/** Logs a demo user in (the demo password) and returns the access token; fails loudly otherwise. */
export async function loginDemo(url: string, email: string): Promise<string> {
  const res = await postGraphQL(url, {
    query: LOGIN_MUTATION,
    variables: { email, password: DEMO_PASSWORD },
  });
  const token = (res.body.data?.login as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`login as ${email} failed: HTTP ${res.status} ${res.text.slice(0, 500)}`);
  return token;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Every response must be byte-identical to this (autocannon counts the others as mismatches). */
  expectBody?: string;
}

export interface LoadFigures {
  requestsPerSecond: number;
  requestsTotal: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  durationSeconds: number;
}

/**
 * One autocannon run. The load generator runs in a worker thread so it does not share the event loop of the
 * servers, which live on the main thread of this process.
 */
export async function runLoad(opts: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: opts.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: opts.body,
    connections: opts.connections,
    pipelining: 1,
    duration: opts.durationSeconds,
    workers: 1,
    expectBody: opts.expectBody,
  });
  return {
    requestsPerSecond: result.requests.average,
    requestsTotal: result.requests.total,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      mean: result.latency.average,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    durationSeconds: result.duration,
  };
}

export interface MachineNotes {
  cpus: number;
  cpuModel: string;
  totalMemoryGb: number;
  node: string;
  platform: string;
  postgres?: string;
}

export function machineNotes(postgres?: string): MachineNotes {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    postgres,
  };
}

/** Writes `<name>-<timestamp>.json` and `<name>-latest.json` under bench/results/; returns both paths. */
export async function writeResults(name: string, at: Date, data: unknown): Promise<string[]> {
  const dir = path.join(__dirname, '..', 'results');
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const files = [path.join(dir, `${name}-${stamp}.json`), path.join(dir, `${name}-latest.json`)];
  for (const file of files) await writeFile(file, json);
  return files;
}

const README_INTRO = `# Benchmarks

Benchmarks live here, never in the test suite (DESIGN §7). Each one starts what it measures itself, prints its
figures and writes JSON to \`bench/results/\` (\`<name>-<timestamp>.json\` plus \`<name>-latest.json\`).
Each benchmark owns one section below and rewrites it with the figures of its latest run.
`;

/** Replaces this benchmark's section of bench/README.md (between markers), keeping the other sections. */
export async function updateReadmeSection(name: string, section: string): Promise<string> {
  const file = path.join(__dirname, '..', 'README.md');
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${begin}\n${section.trim()}\n${end}`;
  let current = '';
  try {
    current = await readFile(file, 'utf8');
  } catch {
    current = README_INTRO;
  }
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${block}${current.slice(to + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(file, next);
  return file;
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
