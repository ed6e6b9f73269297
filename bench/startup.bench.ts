import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';

// `npm run bench:startup` — the README's one command, `npm start`, timed from a fresh clone to the first query
// answered (embedded mode: PGlite, in-memory adapters, demo data), and a restart on the same data folder.
// Side by side in the same run, interleaved run by run:
//  - ours: a `git clone` of this checkout's HEAD, node_modules linked; every fresh run deletes dist/ and DATA_DIR,
//    so it pays the compile step, PGlite's first creation, migrations and the demo data;
//  - before: the same for BENCH_STARTUP_BEFORE (default `main`), i.e. the code before the change;
//  - floors: `node` requiring the compiled application module and nothing else (no database), and PGlite alone
//    (created in a fresh folder; reopened), each in a fresh process.
// "First query answered" = the demo analyst's login mutation and `customers(first: 5) { totalCount }` both
// returned data (the README's first steps). Figures are medians of BENCH_RUNS runs (default 3).

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BEFORE = process.env.BENCH_STARTUP_BEFORE ?? 'main';
const COMMAND = 'npm run bench:startup';

interface StartRun {
  listeningMs: number;
  firstQueryMs: number;
  customers: number;
}

function clone(ref: string, dir: string): void {
  const r = spawnSync('git', ['clone', '--quiet', '--local', '--branch', ref, ROOT, dir], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git clone ${ref}: ${r.stderr}`);
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'));
}

function cleanEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NODE_ENV', 'SEED_DEMO', 'JOBS_MODE'])
    delete env[name];
  return env;
}

async function gql<T>(url: string, query: string, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`query failed: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

/** `npm start` in `cwd` until the first query is answered, then SIGTERM (exec'd node ends with 0). */
async function timeStart(cwd: string, dataDir: string): Promise<StartRun> {
  const t0 = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd,
    env: cleanEnv(dataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /GraphQL \+ GraphiQL:\s+(http:\S+)/.exec(out);
        if (m) {
          clearInterval(timer);
          resolve(m[1].replace('localhost', '127.0.0.1'));
        }
      }, 20);
      void exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`npm start exited with ${code}:\n${out}`));
      });
    });
    const listeningMs = performance.now() - t0;
    const login = await gql<{ login: { accessToken?: string } }>(
      url,
      'mutation { login(input: { email: "analyst@fingraph.dev", password: "fingraph-demo-2026" }) { ... on AuthPayload { accessToken } } }',
    );
    const page = await gql<{ customers: { totalCount: number } }>(
      url,
      '{ customers(first: 5) { totalCount } }',
      login.login.accessToken,
    );
    return { listeningMs, firstQueryMs: performance.now() - t0, customers: page.customers.totalCount };
  } finally {
    child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0 && code !== null)
      process.stderr.write(`npm start ended with ${code}\n${out.slice(-2000)}\n`);
  }
}

/** Wall time of `node -e <script>` in `cwd` (a fresh process each time). */
function timeNode(cwd: string, script: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`floor failed: ${r.stderr}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sec = (ms: number) => round(ms / 1000, 2);

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-bench-startup-'));
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const beforeRev = spawnSync('git', ['rev-parse', '--short', BEFORE], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const variants = [
    {
      name: 'ours',
      label: `fingraph ${head} (npm start: compile changed files with swc, node dist/)`,
      dir: path.join(tmp, 'ours'),
    },
    { name: 'before', label: `${BEFORE} ${beforeRev} (npm start as it was)`, dir: path.join(tmp, 'before') },
  ];
  try {
    process.stdout.write(`cloning HEAD and ${BEFORE} into ${tmp}…\n`);
    const branch = spawnSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).stdout.trim();
    clone(branch, variants[0].dir);
    clone(BEFORE, variants[1].dir);
    const loadBefore = os.loadavg()[0];
    const runs: Record<string, { fresh: StartRun[]; restart: StartRun[] }> = {
      ours: { fresh: [], restart: [] },
      before: { fresh: [], restart: [] },
    };
    const floors = { requireApp: [] as number[], pgliteCreate: [] as number[], pgliteOpen: [] as number[] };
    const pgDir = path.join(tmp, 'pglite-floor');
    const pglite = (dir: string) =>
      `const { PGlite } = require('@electric-sql/pglite'); PGlite.create({ dataDir: ${JSON.stringify(dir)} }).then(async (db) => { await db.query('SELECT 1'); await db.close(); })`;
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const dataDir = path.join(tmp, `data-${v.name}-${i}`);
        fs.rmSync(path.join(v.dir, 'dist'), { recursive: true, force: true });
        process.stdout.write(`[run ${i + 1}/${RUNS}] ${v.name}: fresh…`);
        const fresh = await timeStart(v.dir, dataDir);
        process.stdout.write(` ${sec(fresh.firstQueryMs)} s; restart…`);
        const restart = await timeStart(v.dir, dataDir);
        process.stdout.write(` ${sec(restart.firstQueryMs)} s\n`);
        runs[v.name].fresh.push(fresh);
        runs[v.name].restart.push(restart);
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
      // Floors, in fresh processes of the same run (ours' dist/ is compiled by now).
      floors.requireApp.push(
        timeNode(variants[0].dir, `require('reflect-metadata'); require('./dist/src/app/application');`),
      );
      fs.rmSync(pgDir, { recursive: true, force: true });
      floors.pgliteCreate.push(timeNode(variants[0].dir, pglite(pgDir)));
      floors.pgliteOpen.push(timeNode(variants[0].dir, pglite(pgDir)));
    }
    const loadAfter = os.loadavg()[0];
    const m = (v: string, kind: 'fresh' | 'restart', f: 'listeningMs' | 'firstQueryMs') =>
      median(runs[v][kind].map((r) => r[f]));
    const figures = {
      runs: RUNS,
      ours: {
        freshFirstQuerySeconds: sec(m('ours', 'fresh', 'firstQueryMs')),
        freshListeningSeconds: sec(m('ours', 'fresh', 'listeningMs')),
        restartFirstQuerySeconds: sec(m('ours', 'restart', 'firstQueryMs')),
        restartListeningSeconds: sec(m('ours', 'restart', 'listeningMs')),
      },
      before: {
        freshFirstQuerySeconds: sec(m('before', 'fresh', 'firstQueryMs')),
        freshListeningSeconds: sec(m('before', 'fresh', 'listeningMs')),
        restartFirstQuerySeconds: sec(m('before', 'restart', 'firstQueryMs')),
        restartListeningSeconds: sec(m('before', 'restart', 'listeningMs')),
      },
      floors: {
        requireCompiledAppSeconds: sec(median(floors.requireApp)),
        pgliteCreateSeconds: sec(median(floors.pgliteCreate)),
        pgliteOpenSeconds: sec(median(floors.pgliteOpen)),
      },
      perRun: Object.fromEntries(
        Object.entries(runs).map(([k, v]) => [
          k,
          {
            fresh: v.fresh.map((r) => sec(r.firstQueryMs)),
            restart: v.restart.map((r) => sec(r.firstQueryMs)),
          },
        ]),
      ),
      customers: runs.ours.fresh[0]?.customers,
      loadAverage: [round(loadBefore, 1), round(loadAfter, 1)],
    };
    const freshFloor = figures.floors.requireCompiledAppSeconds + figures.floors.pgliteCreateSeconds;
    const restartFloor = figures.floors.requireCompiledAppSeconds + figures.floors.pgliteOpenSeconds;
    const at = new Date();
    const machine = machineNotes();
    await writeResults('startup', at, { at: at.toISOString(), command: COMMAND, machine, figures });
    const verdict = (value: number, limit: number) => (value <= limit ? 'met' : '**not met**');
    const section = `## startup — \`npm start\`, fresh clone → first query answered, and restart

**What it measures.** The README's one command in embedded mode (no environment: PGlite under \`DATA_DIR\`,
in-memory adapters, demo data on the first start) from spawning \`npm start\` to the first query answered: the demo
analyst's \`login\` and \`customers(first: 5) { totalCount }\` (${figures.customers} customers). *Fresh*: a \`git clone\`
of the commit with no \`dist/\` and no data folder (so it includes compiling, PGlite's first creation, migrations
and the demo data); *restart*: the same clone and data folder again. Side by side in the same run, interleaved:
the code before the change (\`${BEFORE}\`, whose \`npm start\` ran ts-node) and floors — \`node\` requiring the
compiled application module alone (no database), and PGlite alone creating a fresh folder / reopening it.
Median of ${RUNS} runs each.

**Run it:** \`${COMMAND}\` (no services needed; \`BENCH_RUNS\`, \`BENCH_STARTUP_BEFORE\` = the git ref to compare with).

**Machine.** ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGb} GB, Node ${machine.node}; load average ${figures.loadAverage[0]}
before, ${figures.loadAverage[1]} after (the machine is shared by other work: read the comparisons within the run).

### Latest run — ${at.toISOString()}

| start (median of ${RUNS}) | fresh: listening | fresh: first query | restart: listening | restart: first query |
|---|--:|--:|--:|--:|
| ${variants[0].label} | ${figures.ours.freshListeningSeconds} s | **${figures.ours.freshFirstQuerySeconds} s** | ${figures.ours.restartListeningSeconds} s | **${figures.ours.restartFirstQuerySeconds} s** |
| ${variants[1].label} | ${figures.before.freshListeningSeconds} s | ${figures.before.freshFirstQuerySeconds} s | ${figures.before.restartListeningSeconds} s | ${figures.before.restartFirstQuerySeconds} s |
| floor: require the compiled app + PGlite alone | | ${round(freshFloor, 2)} s | | ${round(restartFloor, 2)} s |

Floors: requiring the compiled application ${figures.floors.requireCompiledAppSeconds} s; PGlite creating a fresh folder
${figures.floors.pgliteCreateSeconds} s, reopening it ${figures.floors.pgliteOpenSeconds} s. Per run (first query, s): ours fresh
${figures.perRun.ours.fresh.join(' / ')}, restart ${figures.perRun.ours.restart.join(' / ')}; before fresh
${figures.perRun.before.fresh.join(' / ')}, restart ${figures.perRun.before.restart.join(' / ')}.
Targets (issue 15, absolute): fresh ≤ 10 s — ${verdict(figures.ours.freshFirstQuerySeconds, 10)}; restart ≤ 3 s —
${verdict(figures.ours.restartFirstQuerySeconds, 3)} at this load.

Raw figures: \`bench/results/startup-latest.json\`.`;
    await updateReadmeSection('startup', section);
    process.stdout.write(`${section}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
