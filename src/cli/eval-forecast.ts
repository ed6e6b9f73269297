import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { mase, smape } from '../modules/forecasting/engine/accuracy';
import { forecast, Z80, Z95 } from '../modules/forecasting/engine/forecast';
import { METHOD_NAMES, type MethodName } from '../modules/forecasting/engine/methods';

// `npm run eval:forecast -- --train FILE [--test FILE] --info FILE [--methods A,B] [--skip-last N[,M…]]`:
// forecasts every series of an M3-format file (series_id,V1,V2,… one series per row; info: series_id,category,
// …,horizon,frequency) and prints sMAPE, MASE and the 80 %/95 % interval coverage overall (per category for
// the accuracy) for each method, last line JSON. Without --test the last `horizon` observations of each training
// series are held out (the development split: the M3 test horizon is not in ../shared/data); --skip-last moves
// that hold-out back, and a list of offsets is a rolling-origin evaluation.

// Every method but the plain random walk (NAIVE2 is its seasonally adjusted, benchmark form).
const ALL: MethodName[] = METHOD_NAMES.filter((m) => m !== 'NAIVE');

interface Result {
  smape: number;
  mase: number;
  /** Share of the held-out observations inside the 80 % and 95 % intervals. */
  coverage80: number;
  coverage95: number;
  byCategory: Record<string, { smape: number; mase: number; n: number }>;
}

function readRows(file: string): string[][] {
  if (!fs.existsSync(file)) {
    console.error(`eval:forecast: ${file} not found (the M3 data lives in ../shared/data/m3_monthly/)`);
    process.exit(2);
  }
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',').map((c) => c.trim()));
}

function readSeries(file: string): Map<string, number[]> {
  const [, ...rows] = readRows(file);
  return new Map(rows.map(([id, ...values]) => [id, values.filter((v) => v !== '').map(Number)]));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      train: { type: 'string' },
      test: { type: 'string' },
      info: { type: 'string' },
      methods: { type: 'string' },
      'skip-last': { type: 'string' },
      calibrate: { type: 'boolean' },
    },
  });
  if (!values.train || !values.info) {
    console.error('usage: npm run eval:forecast -- --train FILE [--test FILE] --info FILE [--methods A,B]');
    process.exit(2);
  }
  const methods = values.methods ? (values.methods.split(',') as MethodName[]) : ALL;
  const bad = methods.filter((m) => !ALL.includes(m));
  if (bad.length) {
    console.error(`eval:forecast: unknown method(s) ${bad.join(', ')}; known: ${ALL.join(', ')}`);
    process.exit(2);
  }
  const [header, ...infoRows] = readRows(values.info);
  const col = (name: string) => header.indexOf(name);
  const train = readSeries(values.train);
  const test = values.test ? readSeries(values.test) : null;
  // --skip-last N: another development split, the horizon before the last N observations; a comma list
  // (0,6,12,…) runs a rolling-origin evaluation: every split, then each method's mean sMAPE/MASE over them.
  const skips = String(values['skip-last'] ?? '0')
    .split(',')
    .map(Number);
  if (skips.some((k) => !Number.isInteger(k) || k < 0) || (skips.some((k) => k > 0) && test)) {
    console.error('eval:forecast: --skip-last takes whole numbers and is for the hold-out split only');
    process.exit(2);
  }
  const standardised: Record<string, number[]> = {};
  const perSplit = skips.map((skip) => ({ skip, ...evaluateSplit(skip) }));
  if (values.calibrate) {
    // --calibrate: each method's factors c = (empirical quantile of |y − ŷ|/σ) / (normal quantile), pooled over
    // the splits, for engine/calibration.ts.
    const quantile = (v: number[], q: number) => {
      const sorted = [...v].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    };
    const table = Object.fromEntries(
      Object.entries(standardised).map(([m, u]) => [
        m,
        { c80: +(quantile(u, 0.8) / Z80).toFixed(3), c95: +(quantile(u, 0.95) / Z95).toFixed(3) },
      ]),
    );
    console.log(`interval calibration factors over --skip-last ${skips.join(',')}:`);
    console.log(JSON.stringify(table));
    return;
  }
  if (perSplit.length === 1) {
    const { skip, results, count } = perSplit[0];
    printJson(count, test ? 'test' : skip ? `holdout-skip-${skip}` : 'holdout', results);
    return;
  }
  console.log(`\nRolling origins (--skip-last ${skips.join(',')}): sMAPE per origin, then the mean`);
  const origins: Record<
    string,
    {
      smape: number[];
      mase: number[];
      meanSmape: number;
      meanMase: number;
      coverage80: number;
      coverage95: number;
    }
  > = {};
  for (const method of methods) {
    const sm = perSplit.map((p) => p.results[method].smape);
    const ma = perSplit.map((p) => p.results[method].mase);
    const mean = (v: number[]) => +(v.reduce((x, y) => x + y, 0) / v.length).toFixed(3);
    const c80 = mean(perSplit.map((p) => p.results[method].coverage80));
    const c95 = mean(perSplit.map((p) => p.results[method].coverage95));
    origins[method] = {
      smape: sm,
      mase: ma,
      meanSmape: mean(sm),
      meanMase: mean(ma),
      coverage80: c80,
      coverage95: c95,
    };
    console.log(
      `${method.padEnd(15)} ${sm.map((v) => v.toFixed(3).padStart(7)).join(' ')}   mean sMAPE ${mean(sm).toFixed(3)}  MASE ${mean(ma).toFixed(3)}  coverage 80 % ${(100 * c80).toFixed(1)}, 95 % ${(100 * c95).toFixed(1)}`,
    );
  }
  const best = Object.entries(origins).reduce((x, y) => (y[1].meanSmape < x[1].meanSmape ? y : x));
  console.log(
    JSON.stringify({
      series: perSplit.map((p) => p.count),
      split: `holdout-origins-${skips.join('-')}`,
      best: best[0],
      smape: best[1].meanSmape,
      mase: best[1].meanMase,
      methods: origins,
    }),
  );

  function evaluateSplit(skip: number) {
    const series = infoRows.flatMap((r) => {
      const id = r[col('series_id')];
      const horizon = Number(r[col('horizon')]);
      const period = Number(r[col('frequency')] ?? 12) || 12;
      const history = train.get(id);
      if (!history) throw new Error(`series ${id} is in the info file but not in the training file`);
      const usable = skip ? history.slice(0, -skip) : history;
      const insample = test ? history : usable.slice(0, -horizon);
      const actual = test ? test.get(id)!.slice(0, horizon) : usable.slice(-horizon);
      // Too short for this split (needs three observations to fit): left out and counted.
      if (insample.length < 3 || actual.length < horizon) return [];
      return [{ id, category: r[col('category')], horizon, period, insample, actual }];
    });
    console.log(
      `${series.length} of ${infoRows.length} series; ${test ? 'test file' : `hold-out: the last horizon observations of each training series${skip ? ` before its last ${skip}` : ''}`}`,
    );
    const results: Record<string, Result> = {};
    const calibrate = values.calibrate === true;
    for (const method of methods) {
      const started = Date.now();
      const byCategory: Record<string, { smape: number; mase: number; n: number }> = {};
      let totalSmape = 0;
      let totalMase = 0;
      let in80 = 0;
      let in95 = 0;
      let points = 0;
      for (const s of series) {
        const result = forecast(s.insample, {
          horizon: s.horizon,
          period: s.period,
          method,
          intervals: calibrate ? 'model' : 'calibrated',
        }).points;
        const f = result.map((p) => p.mean);
        result.forEach((p, i) => {
          const y = s.actual[i];
          // |y − ŷ| in units of the model's standard deviation (bounds are ŷ ± z·σ, season put back linearly).
          const sd = (p.upper80 - p.lower80) / (2 * Z80);
          if (calibrate && sd > 0) (standardised[method] ??= []).push(Math.abs(y - p.mean) / sd);
          if (y >= p.lower80 && y <= p.upper80) in80++;
          if (y >= p.lower95 && y <= p.upper95) in95++;
          points++;
        });
        const e1 = smape(s.actual, f);
        const e2 = mase(s.insample, s.actual, f, s.period);
        totalSmape += e1;
        totalMase += e2;
        const c = (byCategory[s.category] ??= { smape: 0, mase: 0, n: 0 });
        c.smape += e1;
        c.mase += e2;
        c.n++;
      }
      for (const c of Object.values(byCategory)) {
        c.smape = +(c.smape / c.n).toFixed(3);
        c.mase = +(c.mase / c.n).toFixed(3);
      }
      results[method] = {
        smape: +(totalSmape / series.length).toFixed(3),
        mase: +(totalMase / series.length).toFixed(3),
        coverage80: +(in80 / points).toFixed(3),
        coverage95: +(in95 / points).toFixed(3),
        byCategory,
      };
      const r = results[method];
      console.log(
        `${method.padEnd(15)} sMAPE ${r.smape.toFixed(3).padStart(7)}  MASE ${r.mase.toFixed(3).padStart(6)}  80 % interval coverage ${(100 * r.coverage80).toFixed(1)} %, 95 % ${(100 * r.coverage95).toFixed(1)} %  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      for (const [category, c] of Object.entries(byCategory).sort())
        console.log(
          `    ${category.padEnd(12)} n=${String(c.n).padStart(4)}  sMAPE ${c.smape.toFixed(3).padStart(7)}  MASE ${c.mase.toFixed(3).padStart(6)}`,
        );
    }
    return { results, count: series.length };
  }

  function printJson(count: number, split: string, results: Record<string, Result>) {
    const best = Object.entries(results).reduce((a, b) => (b[1].smape < a[1].smape ? b : a));
    console.log(
      JSON.stringify({
        series: count,
        split,
        best: best[0],
        smape: best[1].smape,
        mase: best[1].mase,
        methods: Object.fromEntries(
          Object.entries(results).map(([m, r]) => [
            m,
            { smape: r.smape, mase: r.mase, coverage80: r.coverage80, coverage95: r.coverage95 },
          ]),
        ),
      }),
    );
  }
}

main();
