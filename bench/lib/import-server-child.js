// The measured process of `npm run bench:imports`: the compiled application (dist/, built by the bench) serving
// the import API, with no TypeScript toolchain loaded. Prints "READY <url>"; on the line "REPORT" on stdin it
// prints "RESULT <json>" with its peak RSS (sampled every 50 ms, and the kernel's maxRSS) and stops.
require('reflect-metadata');
const path = require('node:path');
const readline = require('node:readline');
const { setInterval, clearInterval } = require('node:timers');
const dist = path.join(__dirname, '../../dist/src');
const { startApplication } = require(path.join(dist, 'app/application'));
const { loadConfig } = require(path.join(dist, 'app/config'));

async function main() {
  let peak = process.memoryUsage().rss;
  let atPeak = process.memoryUsage();
  const trace = process.env.BENCH_MEM_TRACE
    ? require('node:fs').createWriteStream(process.env.BENCH_MEM_TRACE)
    : null;
  const t0 = Date.now();
  let ticks = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peak) {
      peak = m.rss;
      atPeak = m;
    }
    if (trace && ticks++ % 10 === 0)
      trace.write(
        `${Date.now() - t0} ${[m.rss, m.heapTotal, m.heapUsed, m.external, m.arrayBuffers].map((b) => Math.round(b / 2 ** 20)).join(' ')}\n`,
      );
  }, 50);
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: process.env.BENCH_JWT_SECRET,
    DATABASE_URL: process.env.BENCH_DB_URL,
    JOBS_MODE: 'inprocess',
    JOBS_IN_API: 'true',
    // No demo logins: argon2 hashing would set the RSS high-water mark before the import starts.
    SEED_DEMO: 'false',
    IMPORTS_DIR: process.env.BENCH_IMPORTS_DIR,
    IMPORT_MAX_BYTES: String(4 * 1024 ** 3),
    // IMPORT_STAGE_WORKERS=0 npm run bench:imports measures the stream path (the base of the parallel staging).
    ...(process.env.IMPORT_STAGE_WORKERS !== undefined
      ? { IMPORT_STAGE_WORKERS: process.env.IMPORT_STAGE_WORKERS }
      : {}),
  });
  const app = await startApplication(config, { port: 0, host: '127.0.0.1' });
  const readyRss = process.memoryUsage().rss;
  const readyCpu = process.cpuUsage();
  process.stdout.write(`READY ${app.server.url.replace('localhost', '127.0.0.1')}\n`);
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() !== 'REPORT') continue;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const mb = (b) => Math.round((b / 2 ** 20) * 10) / 10;
    process.stdout.write(
      `RESULT ${JSON.stringify({
        readyRssMb: mb(readyRss),
        stageWorkers: config.imports.stageWorkers,
        // CPU of the whole process (every thread) from ready to the report: the upload, the staging, the job.
        cpuSeconds: (({ user, system }) => Math.round((user + system) / 1e4) / 100)(
          process.cpuUsage(readyCpu),
        ),
        peakRssSampledMb: mb(peak),
        maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
        // Where the peak was: V8 heap (total and live), memory outside it (Buffers, native).
        atPeakMb: Object.fromEntries(Object.entries(atPeak).map(([k, v]) => [k, mb(v)])),
      })}\n`,
    );
    break;
  }
  await app.stop();
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
