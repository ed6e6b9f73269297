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

// `npm run bench:imports` — a generated 1,000,000-row sales CSV (BENCH_ROWS) imported through the real API
// (HTTP upload + startImport, job in-process) against real PostgreSQL, in a child process whose peak RSS is
// measured (sampled every 50 ms and the kernel's maxRSS); beside it, raw `psql \copy` of the same file into a
// table of the same columns and types as our staging table. Needs PostgreSQL (BENCH_DATABASE_URL, an admin URL)
// and psql on PATH.

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RSS_LIMIT_MB = 300;
/**
 * V8 flags of the measured server: none by default, so the figure is what a deployment without a heap cap sees
 * (BENCH_SERVER_FLAGS="--max-old-space-size=…" to try one).
 */
const SERVER_FLAGS = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
const COMMAND = 'npm run bench:imports';
const HEADER =
  'invoice_no,item_code,description,quantity,unit_price,currency,customer_ref,occurred_at,country';
const COUNTRIES = ['Korea', 'Japan', 'United Kingdom', 'Germany', 'France', 'EIRE', 'Spain', 'Netherlands'];
const PRICES = ['1.25', '2.55', '3.39', '0.85', '12.75', '4.95', '7.65', '1.69', '0.42', '19.95'];
const STAGE_COLUMNS =
  'invoice_no text, item_code text, description text, quantity integer, unit_price numeric(18,4), currency text, ' +
  'customer_ref text, occurred_at timestamptz, country text';

async function generate(file: string, rows: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const start = Date.UTC(2025, 0, 1);
  const span = 180 * 86_400_000; // 2025Q1 and Q2
  let chunk = `${HEADER}\n`;
  for (let i = 0; i < rows; i++) {
    const invoice = 600_000 + Math.floor(i / 4);
    const cancelled = invoice % 50 === 0;
    const qty = ((i * 7) % 24) + 1;
    const t = new Date(start + Math.floor((i / rows) * span));
    const stamp = t.toISOString().slice(0, 16).replace('T', ' ');
    const item = 20_000 + ((i * 31) % 4000);
    chunk +=
      `${cancelled ? 'C' : ''}${invoice},${item},"ITEM ${item}, BOXED",${cancelled ? -qty : qty},` +
      `${PRICES[i % PRICES.length]},GBP,${10_000 + ((i * 7919) % 50_000)},${stamp},${COUNTRIES[i % COUNTRIES.length]}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

async function parent(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-bench-imports-'));
  const file = path.join(tmp, 'sales.csv');
  const db = await createBenchDatabase(ADMIN_URL, 'fg_bench_imports');
  try {
    process.stdout.write(`generating ${ROWS.toLocaleString('en-US')} rows…\n`);
    const g0 = performance.now();
    await generate(file, ROWS);
    const bytes = fs.statSync(file).size;
    process.stdout.write(
      `  ${round(bytes / 2 ** 20, 1)} MiB in ${round((performance.now() - g0) / 1000, 1)} s\n`,
    );

    process.stdout.write('building dist/ (the measured server runs compiled JavaScript)…\n');
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
      cwd: path.join(__dirname, '..'),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);

    process.stdout.write('importing through the API (server in a child process)…\n');
    const secret = randomBytes(32).toString('hex');
    const server = spawn(
      process.execPath,
      [...SERVER_FLAGS, path.join(__dirname, 'lib/import-server-child.js')],
      {
        env: {
          ...process.env,
          BENCH_DB_URL: db.url,
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
    const url = await nextLine('READY ');
    // An analyst's access token signed with the server's secret (imports check the role only).
    const token = new AccessTokens(secret, 'fingraph', 3600).sign(
      { userId: randomUUID(), role: Role.ANALYST },
      new Date(),
    ).token;
    const loadBefore = os.loadavg()[0];
    const u0 = performance.now();
    const uploadId = await uploadFile(url, token, file);
    const uploadMs = performance.now() - u0;
    const imp = await runImport(url, token, { uploadId, target: 'SALES', preset: 'sales' });
    const loadAfter = os.loadavg()[0];
    server.stdin!.write('REPORT\n');
    const rss = JSON.parse(await nextLine('RESULT ')) as {
      readyRssMb: number;
      peakRssSampledMb: number;
      maxRssMb: number;
      atPeakMb: { heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
    };
    await once(server, 'exit');
    if (imp.status !== 'SUCCEEDED' || !imp.timings || !imp.durationMs)
      throw new Error(`import ${imp.status}: ${imp.failureReason}`);
    const ours = {
      ...rss,
      uploadMs,
      durationMs: imp.durationMs,
      timings: imp.timings,
      rowsInserted: imp.rowsInserted,
      summary: imp.summary,
    };

    process.stdout.write('psql \\copy of the same file into the same staging columns…\n');
    const script = path.join(tmp, 'copy.sql');
    fs.writeFileSync(
      script,
      `CREATE UNLOGGED TABLE bench_stage (${STAGE_COLUMNS});\n` +
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
      rowsInserted: ours.rowsInserted,
      serverFlags: SERVER_FLAGS.join(' '),
      loadAverage: [round(loadBefore, 1), round(loadAfter, 1)],
    };
    const at = new Date();
    const machine = machineNotes(version);
    await writeResults('imports', at, {
      at: at.toISOString(),
      command: COMMAND,
      machine,
      figures,
      child: ours,
    });
    const section = `## Imports (\`${COMMAND}\`)

${at.toISOString()} — ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryGb} GB, Node ${machine.node}, PostgreSQL ${version};
load average ${figures.loadAverage[0]} before the import, ${figures.loadAverage[1]} after (other work shares the 2 cores: read the ratios).
A generated ${ROWS.toLocaleString('en-US')}-row sales CSV (${figures.fileMiB} MiB) uploaded over HTTP and imported with
\`startImport(target: SALES, preset: "sales")\` by the real application in a child process (job in-process, real
PostgreSQL): streaming csv-parse → validation/normalisation → COPY into an UNLOGGED staging table → one-transaction
merge into \`sales_line\` (lines already there skipped by anti-join on the natural key; merges of a target
serialised by an advisory lock) → quality report (missing/duplicates per column by hash aggregation, out-of-range
checks, PSI against the previous quarter) and summary in SQL.

| step | seconds | rows/s |
|---|---:|---:|
| upload (multipart, sha256, to disk) | ${figures.uploadSeconds} | |
| parse + validate + COPY to staging | ${figures.parseAndStageSeconds} | ${figures.stageRowsPerSecond.toLocaleString('en-US')} |
| merge into sales_line (one transaction) | ${figures.mergeSeconds} | |
| quality report + summary | ${figures.analyseSeconds} | |
| **whole import job** | **${figures.importSeconds}** | **${figures.importRowsPerSecond.toLocaleString('en-US')}** |
| raw \`psql \\copy\` of the same file into the same staging columns | ${figures.psqlCopySeconds} | ${figures.psqlCopyRowsPerSecond.toLocaleString('en-US')} |

Ratio to \`psql \\copy\` (its time ÷ ours): staging ${figures.stageVsPsqlCopy}, whole import ${figures.importVsPsqlCopy}.
Peak RSS of the server process (compiled API + in-process import job, node ${figures.serverFlags || 'without flags (no heap cap)'}; ready at ${ours.readyRssMb} MB): **${figures.maxRssMb} MB** (kernel maxRSS; sampled peak
${figures.peakRssSampledMb} MB) — limit ${RSS_LIMIT_MB} MB: ${figures.underRssLimit ? 'met' : '**NOT met**'}. At the sampled peak: V8 heap ${ours.atPeakMb.heapTotal} MB
(${ours.atPeakMb.heapUsed} MB used), outside it ${ours.atPeakMb.external} MB (Buffers ${ours.atPeakMb.arrayBuffers} MB).

Why it stays flat: the file is one stream pipeline with backpressure (file → csv-parse → validate/normalise +
COPY text encoding into a reused byte buffer → \`COPY … FROM STDIN\`), so only a few 64–256 KiB chunks are ever in
flight and every per-row object dies young; row errors are kept up to \`IMPORT_MAX_STORED_ERRORS\`; distinct counts,
duplicates, out-of-range checks, PSI and the summary are SQL over the staging table (hash aggregates), never JS
sets. Before (csv-parse's per-record \`info\` objects, a promise per row through four async generators) V8's old
space filled with promoted garbage between collections and the same run peaked at 326–332 MB without a heap cap;
the ratios to \`psql \\copy\` were 0.062–0.068 (staging) and 0.027–0.03 (whole import), the merge (ON CONFLICT,
speculative insertion per row) 15–28 s.
`;
    await updateReadmeSection('imports', section);
    process.stdout.write(`${section}\n${JSON.stringify(figures)}\n`);
  } finally {
    await db.drop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

parent().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
