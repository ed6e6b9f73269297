import { brierScore, calibrationTable, fitLogistic, rocAuc } from '../../src/modules/insights/engines';
import {
  applyCalibration,
  Calibration,
  DELINQUENCY_MODEL,
  DelinquencyModel,
  delinquencyVector,
  expectedCalibrationError,
  fitIsotonic,
  fitPlatt,
  rawDelinquencyScore,
} from '../../src/modules/scenarios/engine/delinquency-model';
import { loadTaiwanCredit, round6 } from './taiwan-credit';

// `npm run eval:scenarios [-- --fit] [FILE]`: fits/validates the DELINQUENCY_RISK model on the UCI "default of
// credit card clients" data (CC BY 4.0, ../shared/data/credit_default_taiwan; evaluation only, not shipped).
// Split by ID: train = ID mod 5 ∈ {1,2,3} (18,000), calibration = ID mod 5 = 4 (6,000), holdout = ID mod 5 = 0
// (6,000). Mapping: maxDaysPastDue = 30 × max(0, PAY_0), cardUtilisation = BILL_AMT1 ÷ LIMIT_BAL.
// Compares raw / Platt / isotonic on the holdout (Brier, ECE, decile reliability); `--fit` prints the model
// (with the better calibration by holdout Brier) to paste into DELINQUENCY_MODEL. Last line: JSON.

const { fit, rows } = loadTaiwanCredit(process.argv.slice(2));
const data = rows.map(({ id, y, c }) => ({
  id,
  y,
  f: {
    maxDaysPastDue: 30 * Math.max(0, c.PAY_0),
    cardUtilisation: c.LIMIT_BAL > 0 ? Math.max(0, c.BILL_AMT1) / c.LIMIT_BAL : null,
  },
}));
const train = data.filter((d) => d.id % 5 >= 1 && d.id % 5 <= 3);
const calib = data.filter((d) => d.id % 5 === 4);
const holdout = data.filter((d) => d.id % 5 === 0);

let base: DelinquencyModel = DELINQUENCY_MODEL;
if (fit) {
  const utils = train.map((d) => d.f.cardUtilisation).filter((u): u is number => u !== null);
  const meanUtilisation = utils.reduce((s, u) => s + Math.min(1.5, u), 0) / utils.length;
  const x = train.map((d) => delinquencyVector(d.f, meanUtilisation));
  const { coefficients } = fitLogistic(
    x,
    train.map((d) => d.y),
    { ridge: 1e-6 },
  );
  const [b0, b1, b2, b3] = coefficients;
  base = { intercept: b0, coefficients: [b1, b2, b3], meanUtilisation, calibration: { kind: 'none' } };
}

const rawOf = (rows: typeof data) =>
  rows.map((d) => rawDelinquencyScore(d.f, { ...base, calibration: { kind: 'none' } }));
const calibRaw = rawOf(calib);
const calibY = calib.map((d) => d.y);
const candidates: Record<string, Calibration> = {
  raw: { kind: 'none' },
  platt: fitPlatt(calibRaw, calibY),
  isotonic: fitIsotonic(calibRaw, calibY),
};
if (!fit) candidates.shipped = DELINQUENCY_MODEL.calibration;

const holdRaw = rawOf(holdout);
const holdY = holdout.map((d) => d.y);
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
const results: Record<string, { brier: number; ece: number }> = {};
for (const [name, c] of Object.entries(candidates)) {
  const p = holdRaw.map((r) => applyCalibration(r, c));
  results[name] = { brier: r4(brierScore(p, holdY)), ece: r4(expectedCalibrationError(p, holdY)) };
}
const chosenName = fit
  ? (['platt', 'isotonic'] as const).reduce((a, b) => (results[b].brier < results[a].brier ? b : a))
  : 'shipped';
const chosen = candidates[chosenName];
const finalP = holdRaw.map((r) => applyCalibration(r, chosen));
const auc = rocAuc(finalP, holdY);
const table = calibrationTable(finalP, holdY, 10);

console.log(
  `train ${train.length}, calibration ${calib.length}, holdout ${holdout.length}; base rate ${r4(holdY.reduce((s, y) => s + y, 0) / holdY.length)}`,
);
for (const [name, r] of Object.entries(results))
  console.log(`${name.padEnd(9)} Brier ${r.brier}  ECE ${r.ece}`);
console.log(`chosen: ${chosenName}; holdout ROC-AUC ${r4(auc)}`);
console.log('decile  n     mean p   observed');
for (const b of table)
  console.log(
    `${String(b.bin).padStart(6)}  ${String(b.n).padEnd(5)} ${r4(b.meanPredicted).toFixed(4)}   ${r4(b.observedRate).toFixed(4)}`,
  );
if (fit) {
  const model: DelinquencyModel = {
    intercept: round6(base.intercept),
    coefficients: base.coefficients.map(round6) as [number, number, number],
    meanUtilisation: round6(base.meanUtilisation),
    calibration:
      chosen.kind === 'platt'
        ? { kind: 'platt', a: round6(chosen.a), b: round6(chosen.b) }
        : chosen.kind === 'isotonic'
          ? { kind: 'isotonic', x: chosen.x.map(round6), y: chosen.y.map(round6) }
          : chosen,
  };
  console.log('DELINQUENCY_MODEL =', JSON.stringify(model));
}
console.log(
  JSON.stringify({
    evaluated: true,
    holdout: holdout.length,
    calibration: chosenName === 'shipped' ? DELINQUENCY_MODEL.calibration.kind : chosenName,
    auc: r4(auc),
    brier: r4(brierScore(finalP, holdY)),
    ece: r4(expectedCalibrationError(finalP, holdY)),
    compared: results,
    reliability: table.map((b) => [r4(b.meanPredicted), r4(b.observedRate), b.n]),
  }),
);
