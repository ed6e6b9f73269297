import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { forecast } from '../src/modules/forecasting/engine/forecast';
import type { MethodName } from '../src/modules/forecasting/engine/methods';
import { machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';

// Forecasts per second on M3-sized monthly series (the M3 monthly training series, 48–126 observations,
// horizon 18), one core, beside a floor in the same run: seasonal naive (no fitting, the cheapest forecast with
// intervals). `npm run bench:forecasts` (BENCH_M3=path to m3_monthly_train.csv; without the file, 1,428 synthetic
// seasonal series of the same lengths are used and the README says so).

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const M3 = process.env.BENCH_M3 ?? '../shared/data/m3_monthly/m3_monthly_train.csv';
const HORIZON = 18;
const METHODS: MethodName[] = ['THETA', 'SES', 'DOTM', 'ETS', 'COMBINATION'];

function loadSeries(): { series: number[][]; source: string } {
  if (fs.existsSync(M3)) {
    const rows = fs.readFileSync(M3, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    const series = rows.map((r) =>
      r
        .split(',')
        .slice(1)
        .filter((v) => v.trim() !== '')
        .map(Number),
    );
    return { series, source: `the ${series.length} M3 monthly training series (${M3})` };
  }
  const series = Array.from({ length: 1428 }, (_, i) =>
    Array.from(
      { length: 48 + (i % 79) },
      (_, t) =>
        (1000 + 5 * t + (i % 17) * 40) * (1 + 0.15 * Math.sin((2 * Math.PI * t) / 12)) +
        ((t * 7919 + i) % 50),
    ),
  );
  return { series, source: '1,428 synthetic seasonal series of 48–126 points (M3 file not found)' };
}

function perSecond(series: number[][], method: MethodName, seconds: number): number {
  let n = 0;
  const end = performance.now() + seconds * 1000;
  let i = 0;
  while (performance.now() < end) {
    forecast(series[i % series.length], { horizon: HORIZON, period: 12, method });
    i++;
    n++;
  }
  return n / seconds;
}

async function main(): Promise<void> {
  const at = new Date();
  const { series, source } = loadSeries();
  const meanLength = round(series.reduce((s, y) => s + y.length, 0) / series.length, 1);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const results = [];
  for (const method of METHODS) {
    perSecond(series, method, 0.5);
    perSecond(series, 'SEASONAL_NAIVE', 0.5);
    const ours: number[] = [];
    const base: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        ours.push(perSecond(series, method, SECONDS));
        base.push(perSecond(series, 'SEASONAL_NAIVE', SECONDS));
      } else {
        base.push(perSecond(series, 'SEASONAL_NAIVE', SECONDS));
        ours.push(perSecond(series, method, SECONDS));
      }
    }
    const row = {
      method,
      perSecond: round(median(ours), 0),
      msEach: round(1000 / median(ours), 3),
      floorPerSecond: round(median(base), 0),
      slowdown: round(median(base) / median(ours), 0),
    };
    results.push(row);
    process.stdout.write(
      `[bench:forecasts] ${method}: ${row.perSecond}/s (${row.msEach} ms) vs seasonal naive ${row.floorPerSecond}/s (×${row.slowdown})\n`,
    );
  }
  const machine = machineNotes();
  await writeResults('forecasts', at, {
    at: at.toISOString(),
    command: 'npm run bench:forecasts',
    source,
    meanLength,
    horizon: HORIZON,
    rounds: ROUNDS,
    secondsPerRound: SECONDS,
    machine,
    results,
  });
  const table = results
    .map(
      (r) =>
        `| ${r.method} | ${r.perSecond.toLocaleString('en-US')} | ${r.msEach} | ${r.floorPerSecond.toLocaleString('en-US')} | ×${r.slowdown} |`,
    )
    .join('\n');
  await updateReadmeSection(
    'forecasts',
    `## forecasts — forecasts per second for M3-sized series

**What it measures.** \`forecast(series, { horizon: 18, period: 12, method })\` of the pure engine on one core,
cycling through ${source} (${meanLength} observations on average): seasonality test, classical decomposition,
fitting (Nelder–Mead), 18 points with 80 % and 95 % intervals. Median of ${ROUNDS} interleaved rounds of ${SECONDS} s.
The floor is SEASONAL_NAIVE through the same function (no fitting). COMBINATION fits SES, Theta and DOTM.

**Run it:** \`npm run bench:forecasts\` (no database; \`BENCH_M3\` names the M3 file, default \`../shared/data/m3_monthly/m3_monthly_train.csv\`).

**Machine notes.** ${machine.cpus} shared vCPUs (${machine.cpuModel}), Node ${machine.node}. Read the ratios.

### Latest run — ${at.toISOString()}

| method | forecasts per second | ms each | seasonal-naive floor per second | ours is slower by |
|---|--:|--:|--:|--:|
${table}

A fit is cached per series version, so a request pays this at most once per series and method.`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
