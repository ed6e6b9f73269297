import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import readline from 'node:readline';
import { Role } from '../src/common/context';
import { AccessTokens } from '../src/platform/auth';
import { createBenchDatabase, machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';
import { runImport, uploadFile } from './lib/import-client';
import { IMPORT_CASES, psqlRun, stagingColumns, type ImportCase } from './lib/import-cases';

// `npm run bench:imports` — generated 1,000,000-row CSVs (BENCH_ROWS) imported through the real API (HTTP upload +
// startImport, job in-process) against real PostgreSQL, one case per target (bench/lib/import-cases.ts: sales
// lines, card transactions; BENCH_IMPORTS=sales,transactions picks them), each in a fresh database and a fresh
// child process whose peak RSS is measured (sampled every 50 ms and the kernel's maxRSS); beside it, raw
// `psql \copy` of the same file into a table of the same columns and types as our staging table. Needs PostgreSQL
// (BENCH_DATABASE_URL, an admin URL) and psql on PATH.

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RSS_LIMIT_MB = 300;
/**
 * V8 flags of the measured server: none by default, so the figure is what a deployment without a heap cap sees
 * (BENCH_SERVER_FLAGS="--max-old-space-size=…" to try one).
 */
const SERVER_FLAGS = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
const COMMAND = 'npm run bench:imports';
const SELECTED = (process.env.BENCH_IMPORTS ?? IMPORT_CASES.map((c) => c.name).join(','))
  .split(',')
  .map((n) => n.trim())
  .filter(Boolean);

/** Starts the compiled server in a child process; lines of its stdout can be awaited by prefix. */
function startServer(dbUrl: string, tmp: string, secret: string) {
  const server = spawn(
    process.execPath,
    [...SERVER_FLAGS, path.join(__dirname, 'lib/import-server-child.js')],
    {
      env: {
        ...process.env,
        BENCH_DB_URL: dbUrl,
        BENCH_JWT_SECRET: secret,
        BENCH_IMPORTS_DIR: path.join(tmp, 'uploads'),
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: server.stdout! });
  const pending: string[] = [];
  let ended = false;
  let wake: () => void = () => undefined;
  lines.on('line', (line) => {
    pending.push(line);
    wake();
  });
  lines.on('close', () => {
    ended = true;
    wake();
  });
  const nextLine = async (prefix: string): Promise<string> => {
    for (;;) {
      const i = pending.findIndex((l) => l.startsWith(prefix));
      if (i >= 0) return pending.splice(i, 1)[0].slice(prefix.length);
      if (ended) throw new Error(`server child ended before "${prefix}"`);
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { server, nextLine };
}

interface ChildMemory {
  readyRssMb: number;
  /** The server's IMPORT_STAGE_WORKERS (the file is large enough for the parallel path when it is above 0). */
  stageWorkers: number;
  /** CPU of the server process (all threads) from ready to the report. */
  cpuSeconds: number;
  peakRssSampledMb: number;
  maxRssMb: number;
  atPeakMb: { heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
}

/** One case: fresh database and server, generate, upload, import, peak RSS, then psql \copy of the same file. */
async function runCase(c: ImportCase): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `fg-bench-imports-${c.name}-`));
  const file = path.join(tmp, `${c.name}.csv`);
  const db = await createBenchDatabase(ADMIN_URL, 'fg_bench_imports');
  try {
    process.stdout.write(`[${c.name}] generating ${ROWS.toLocaleString('en-US')} rows…\n`);
    const g0 = performance.now();
    await c.generate(file, ROWS);
    const bytes = fs.statSync(file).size;
    process.stdout.write(
      `  ${round(bytes / 2 ** 20, 1)} MiB in ${round((performance.now() - g0) / 1000, 1)} s\n`,
    );
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const header = head.subarray(0, fs.readSync(fd, head)).toString('utf8').split('\n')[0];
    fs.closeSync(fd);

    process.stdout.write(`[${c.name}] importing through the API (server in a child process)…\n`);
    const secret = randomBytes(32).toString('hex');
    const { server, nextLine } = startServer(db.url, tmp, secret);
    const url = await nextLine('READY ');
    // The server has migrated the database: now the rows the file references.
    if (c.setupSql) psqlRun(db.url, c.setupSql);
    // An analyst's access token signed with the server's secret; the role is read from the database, so the
    // analyst exists there.
    const analystId = randomUUID();
    psqlRun(
      db.url,
      `INSERT INTO app_user (id, email, password_hash, role, disabled, created_at)
       VALUES ('${analystId}', 'bench-analyst-${analystId}@example.com', 'x', 'ANALYST', false, now())`,
    );
    const token = new AccessTokens(secret, 'fingraph', 3600).sign(
      { userId: analystId, role: Role.ANALYST, sessionId: randomUUID() },
      new Date(),
    ).token;
    const loadBefore = os.loadavg()[0];
    const u0 = performance.now();
    const uploadId = await uploadFile(url, token, file);
    const uploadMs = performance.now() - u0;
    const imp = await runImport(url, token, { uploadId, target: c.target.name, preset: c.preset });
    const loadAfter = os.loadavg()[0];
    server.stdin!.write('REPORT\n');
    const rss = JSON.parse(await nextLine('RESULT ')) as ChildMemory;
    await once(server, 'exit');
    if (imp.status !== 'SUCCEEDED' || !imp.timings || !imp.durationMs)
      throw new Error(`import ${imp.status}: ${imp.failureReason}`);
    const inTable = c.resultSql ? psqlRun(db.url, c.resultSql) : '';
    const ours = {
      ...rss,
      uploadMs,
      durationMs: imp.durationMs,
      timings: imp.timings,
      rowsValid: imp.rowsValid,
      rowsBad: imp.rowsBad,
      rowsInserted: imp.rowsInserted,
      rowsDuplicate: imp.rowsDuplicate,
      errors: imp.errors,
      summary: imp.summary,
    };

    process.stdout.write(`[${c.name}] psql \\copy of the same file into the same staging columns…\n`);
    const script = path.join(tmp, 'copy.sql');
    fs.writeFileSync(
      script,
      `CREATE UNLOGGED TABLE bench_stage (${stagingColumns(c, header.split(','))});\n` +
        `\\copy bench_stage FROM '${file}' WITH (FORMAT csv, HEADER true)\n`,
    );
    const p0 = performance.now();
    const psql = spawnSync('psql', [db.url, '-v', 'ON_ERROR_STOP=1', '-q', '-f', script], {
      encoding: 'utf8',
    });
    const psqlMs = performance.now() - p0;
    if (psql.status !== 0) throw new Error(`psql failed: ${psql.stderr}`);
    const version = spawnSync('psql', [db.url, '-Atc', 'SHOW server_version'], {
      encoding: 'utf8',
    }).stdout.trim();

    const rps = (ms: number) => Math.round(ROWS / (ms / 1000));
    const figures = {
      rows: ROWS,
      fileMiB: round(bytes / 2 ** 20, 1),
      uploadSeconds: round(ours.uploadMs / 1000, 2),
      parseAndStageSeconds: round(ours.timings.parseMs / 1000, 2),
      mergeSeconds: round(ours.timings.mergeMs / 1000, 2),
      analyseSeconds: round(ours.timings.analyseMs / 1000, 2),
      importSeconds: round(ours.durationMs / 1000, 2),
      stageRowsPerSecond: rps(ours.timings.parseMs),
      importRowsPerSecond: rps(ours.durationMs),
      psqlCopySeconds: round(psqlMs / 1000, 2),
      psqlCopyRowsPerSecond: rps(psqlMs),
      stageVsPsqlCopy: round(psqlMs / ours.timings.parseMs, 3),
      importVsPsqlCopy: round(psqlMs / ours.durationMs, 3),
      peakRssSampledMb: ours.peakRssSampledMb,
      maxRssMb: ours.maxRssMb,
      rssLimitMb: RSS_LIMIT_MB,
      underRssLimit: ours.maxRssMb < RSS_LIMIT_MB,
      rowsBad: ours.rowsBad,
      rowsInserted: ours.rowsInserted,
      rowsDuplicate: ours.rowsDuplicate,
      serverFlags: SERVER_FLAGS.join(' '),
      stageWorkers: ours.stageWorkers,
      serverCpuSeconds: ours.cpuSeconds,
      loadAverage: [round(loadBefore, 1), round(loadAfter, 1)],
      inTable,
    };
    const at = new Date();
    const machine = machineNotes(version);
    const command = c === IMPORT_CASES[0] ? COMMAND : `BENCH_IMPORTS=${c.name} ${COMMAND}`;
    await writeResults(c.section.replace(':', '-'), at, {
      at: at.toISOString(),
      command,
      case: c.name,
      machine,
      figures,
      child: ours,
    });
    const title =
      c === IMPORT_CASES[0]
        ? `## Imports (\`${COMMAND}\`)`
        : `### Imports: ${c.name} (\`${COMMAND}\` runs every case; \`${command}\` this one)`;
    const section = `${title}

${at.toISOString()} — ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGb} GB, Node ${machine.node}, PostgreSQL ${version};
load average ${figures.loadAverage[0]} before the import, ${figures.loadAverage[1]} after (other work shares the 2 cores: read the ratios).
${c.describe({ rows: ROWS, fileMiB: figures.fileMiB })}

| step | seconds | rows/s |
|---|---:|---:|
| upload (multipart, sha256, to disk) | ${figures.uploadSeconds} | |
| parse + validate + COPY to staging | ${figures.parseAndStageSeconds} | ${figures.stageRowsPerSecond.toLocaleString('en-US')} |
| merge into ${c.mergeTable} (one transaction) | ${figures.mergeSeconds} | |
| quality report + summary | ${figures.analyseSeconds} | |
| **whole import job** | **${figures.importSeconds}** | **${figures.importRowsPerSecond.toLocaleString('en-US')}** |
| raw \`psql \\copy\` of the same file into the same staging columns | ${figures.psqlCopySeconds} | ${figures.psqlCopyRowsPerSecond.toLocaleString('en-US')} |

Staging ${
      figures.stageWorkers > 0
        ? `on ${figures.stageWorkers} worker thread${figures.stageWorkers === 1 ? '' : 's'} (parallel-stage.ts; the server thread cuts the file and writes the COPY)`
        : 'in the server thread (the stream path: IMPORT_STAGE_WORKERS=0)'
    }; the server process used ${figures.serverCpuSeconds} s of CPU (all threads) from the upload to the end of the job. Ratio to \`psql \\copy\` (its time ÷ ours): staging ${figures.stageVsPsqlCopy}, whole import ${figures.importVsPsqlCopy}.${
      inTable
        ? ` Rows inserted ${figures.rowsInserted.toLocaleString('en-US')}, bad ${figures.rowsBad}, already present ${figures.rowsDuplicate}` +
          `; ${inTable}.`
        : ''
    }
Peak RSS of the server process (compiled API + in-process import job, node ${figures.serverFlags || 'without flags (no heap cap)'}; ready at ${ours.readyRssMb} MB): **${figures.maxRssMb} MB** (kernel maxRSS; sampled peak
${figures.peakRssSampledMb} MB) — limit ${RSS_LIMIT_MB} MB: ${figures.underRssLimit ? 'met' : '**NOT met**'}. At the sampled peak: V8 heap ${ours.atPeakMb.heapTotal} MB
(${ours.atPeakMb.heapUsed} MB used), outside it ${ours.atPeakMb.external} MB (Buffers ${ours.atPeakMb.arrayBuffers} MB).
${c.notes ? `\n${c.notes}\n` : ''}`;
    await updateReadmeSection(c.section, section);
    process.stdout.write(`${section}\n${JSON.stringify(figures)}\n`);
  } finally {
    await db.drop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const cases = SELECTED.map((name) => {
    const c = IMPORT_CASES.find((k) => k.name === name);
    if (!c) throw new Error(`BENCH_IMPORTS: no case ${name} (${IMPORT_CASES.map((k) => k.name).join(', ')})`);
    return c;
  });
  // `npm run build`, not a bare tsc: the server loads model files (images, topics, emotion, forecasting data) that
  // only the build script copies into dist/.
  process.stdout.write('building dist/ (the measured server runs compiled JavaScript)…\n');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: path.join(__dirname, '..'),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  for (const c of cases) await runCase(c);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
