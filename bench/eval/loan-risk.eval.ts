import {
  brierScore,
  calibrationTable,
  fitLogistic,
  rocAuc,
} from '../../src/modules/insights/loan-risk/logistic';
import {
  capLoanRiskFeatures,
  LOAN_RISK_FEATURES,
  LOAN_RISK_MODEL,
  LoanRiskFeatures,
  scoreLoanRiskFeatures,
} from '../../src/modules/insights/loan-risk/loan-risk';
import { loadTaiwanCredit, round6 } from './taiwan-credit';

// `npm run eval:loan-risk [-- --fit] [FILE]`: validates the loan-risk scorecard on the UCI "default of
// credit card clients" data (CC BY 4.0, ../shared/data/credit_default_taiwan; evaluation only, not shipped).
// Split by ID: train = ID mod 5 ≠ 0 (24,000), holdout = ID mod 5 = 0 (6,000). `--fit` refits the
// coefficients on train and prints them (paste into LOAN_RISK_MODEL). Last line: JSON.

const { fit, file, rows } = loadTaiwanCredit(process.argv.slice(2));

/** One Taiwan row in the scorecard's terms (see docs/insights.md "Loan risk" for the mapping). */
function toFeatures(c: Record<string, number>): LoanRiskFeatures {
  const bill = (i: number) => c[`BILL_AMT${i}`];
  const pay = (i: number) => c[`PAY_AMT${i}`];
  const recentBills = bill(1) + bill(2) + bill(3);
  const olderBills = bill(4) + bill(5) + bill(6);
  const billed = bill(2) + bill(3) + bill(4); // PAY_AMTi repays the statement of the month before
  return capLoanRiskFeatures({
    delinquencyMonths: Math.max(0, c.PAY_0),
    utilisation: c.LIMIT_BAL > 0 ? Math.max(0, bill(1)) / c.LIMIT_BAL : null,
    repaymentRatio: billed > 0 ? (pay(1) + pay(2) + pay(3)) / billed : 1,
    spendGrowth: olderBills > 0 ? recentBills / olderBills - 1 : 0,
    dsr: null,
    spendToIncome: null,
  });
}

const data = rows.map((r) => ({ id: r.id, y: r.y, f: toFeatures(r.c) }));
const train = data.filter((d) => d.id % 5 !== 0);
const holdout = data.filter((d) => d.id % 5 === 0);

let model = LOAN_RISK_MODEL;
if (fit) {
  const x = train.map((d) => LOAN_RISK_FEATURES.map((k) => d.f[k] as number));
  const result = fitLogistic(
    x,
    train.map((d) => d.y),
    { ridge: 1e-6 },
  );
  const [b0, ...b] = result.coefficients;
  const mean = (k: number) => x.reduce((s, r) => s + r[k], 0) / x.length;
  model = {
    ...LOAN_RISK_MODEL,
    intercept: round6(b0),
    coefficients: Object.fromEntries(
      LOAN_RISK_FEATURES.map((k, i) => [k, round6(b[i])]),
    ) as typeof model.coefficients,
    means: Object.fromEntries(LOAN_RISK_FEATURES.map((k, i) => [k, round6(mean(i))])) as typeof model.means,
  };
  console.log(`fitted on ${train.length} rows in ${result.iterations} Newton steps:`);
  console.log(
    JSON.stringify(
      { intercept: model.intercept, coefficients: model.coefficients, means: model.means },
      null,
      2,
    ),
  );
}

function evaluate(set: typeof data) {
  const p = set.map((d) => scoreLoanRiskFeatures(d.f, model).probability);
  const y = set.map((d) => d.y);
  return {
    n: set.length,
    defaultRate: y.reduce((a, b) => a + b, 0) / y.length,
    auc: rocAuc(p, y),
    brier: brierScore(p, y),
    calibration: calibrationTable(p, y, 10),
  };
}

const r4 = (v: number) => Math.round(v * 10000) / 10000;
const trainEval = evaluate(train);
const holdEval = evaluate(holdout);
console.log(`model ${model.version}  file ${file}`);
console.log(
  `train   n=${trainEval.n}  default rate ${r4(trainEval.defaultRate)}  ROC-AUC ${r4(trainEval.auc)}  Brier ${r4(trainEval.brier)}`,
);
console.log(
  `holdout n=${holdEval.n}  default rate ${r4(holdEval.defaultRate)}  ROC-AUC ${r4(holdEval.auc)}  Brier ${r4(holdEval.brier)}`,
);
console.log('holdout calibration (deciles of predicted probability):');
console.log('decile      n  mean predicted  observed');
for (const b of holdEval.calibration) {
  console.log(
    `${String(b.bin).padStart(6)} ${String(b.n).padStart(6)}  ${r4(b.meanPredicted).toFixed(4).padStart(14)}  ${r4(b.observedRate).toFixed(4).padStart(8)}`,
  );
}
console.log(
  JSON.stringify({
    evaluated: true,
    model: model.version,
    refit: fit,
    train: { n: trainEval.n, rocAuc: r4(trainEval.auc), brier: r4(trainEval.brier) },
    holdout: {
      n: holdEval.n,
      rocAuc: r4(holdEval.auc),
      brier: r4(holdEval.brier),
      calibration: holdEval.calibration.map((b) => ({
        bin: b.bin,
        n: b.n,
        predicted: r4(b.meanPredicted),
        observed: r4(b.observedRate),
      })),
    },
  }),
);
