// The supervised fraud model: logistic regression and gradient-boosted trees fitted on the windowed features of
// labelled transactions, combined by rank average (each model's score turned into its rank among the training
// scores, then averaged — the two models' probabilities are not on one scale). Optionally the unsupervised
// forest's score joins the average with a small weight. A model is plain JSON, stored as a versioned insight
// model (kind FRAUD_SUPERVISED). Pure.
import { type GbdtOptions, type GbdtModel, DEFAULT_GBDT_OPTIONS, fitGbdt, scoreGbdt } from './gbdt';
import {
  type LogisticModel,
  type LogisticOptions,
  DEFAULT_LOGISTIC_OPTIONS,
  fitLogistic,
  scoreLogistic,
} from './logistic';
import { type WindowConfig, DEFAULT_WINDOW_CONFIG, windowedFeatureNames } from './windowed-features';

export interface SupervisedModel {
  readonly kind: 'fraud-supervised';
  readonly features: string[];
  /** Positions of `features` within the full windowed vector (an ablation uses a subset). */
  readonly columns: number[];
  readonly windows: WindowConfig;
  readonly logistic: LogisticModel;
  readonly gbdt: GbdtModel;
  /** Sorted quantiles of each model's training scores, for the rank average. */
  readonly logisticQuantiles: number[];
  readonly gbdtQuantiles: number[];
  /** Weight of the trees' rank in the average (the logistic regression's is 1 − this). */
  readonly gbdtWeight: number;
  readonly trainingRows: number;
  readonly trainingFrauds: number;
}

export interface SupervisedScore {
  readonly logistic: number;
  readonly gbdt: number;
  /** Rank average of the two, in [0, 1]: the share of training transactions each model scores lower, averaged. */
  readonly score: number;
}

export interface FitSupervisedOptions {
  readonly windows?: WindowConfig;
  /** Feature names to keep (default: all windowed features). */
  readonly features?: readonly string[];
  readonly logistic?: LogisticOptions;
  readonly gbdt?: Partial<GbdtOptions>;
  readonly gbdtWeight?: number;
}

const QUANTILES = 2048;

/** Chosen on the handbook sample's training days (see README): the trees rank better, the regression steadies. */
export const DEFAULT_GBDT_WEIGHT = 0.7;

function quantiles(scores: number[]): number[] {
  const sorted = [...scores].sort((a, b) => a - b);
  const out: number[] = [];
  for (let q = 0; q <= QUANTILES; q++)
    out.push(sorted[Math.min(sorted.length - 1, Math.floor((q * (sorted.length - 1)) / QUANTILES))]);
  return out;
}

/** Share of the stored quantiles below s, interpolated inside a step so that ranks stay strictly ordered. */
function rankOf(qs: readonly number[], s: number): number {
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (qs[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  if (lo >= qs.length) return 1;
  const below = qs[lo - 1];
  const above = qs[lo];
  const within = above > below ? (s - below) / (above - below) : 0;
  return Math.min(1, (lo - 1 + within) / (qs.length - 1));
}

export function fitSupervised(
  vectors: readonly (readonly number[])[],
  labels: readonly boolean[],
  options: FitSupervisedOptions = {},
): SupervisedModel {
  const windows = options.windows ?? DEFAULT_WINDOW_CONFIG;
  const all = windowedFeatureNames(windows).map((f) => f.name);
  const features = options.features ? all.filter((f) => options.features!.includes(f)) : all;
  if (features.length === 0) throw new RangeError('no features left to fit on');
  if (!labels.some(Boolean) || labels.every(Boolean)) {
    throw new RangeError('the supervised model needs both fraud and genuine labels');
  }
  const columns = features.map((f) => all.indexOf(f));
  const rows = vectors.map((v) => columns.map((c) => v[c]));
  const logistic = fitLogistic(rows, labels, options.logistic ?? DEFAULT_LOGISTIC_OPTIONS);
  const gbdt = fitGbdt(rows, labels, { ...DEFAULT_GBDT_OPTIONS, ...options.gbdt });
  return {
    kind: 'fraud-supervised',
    features,
    columns,
    windows,
    logistic,
    gbdt,
    logisticQuantiles: quantiles(rows.map((r) => scoreLogistic(logistic, r))),
    gbdtQuantiles: quantiles(rows.map((r) => scoreGbdt(gbdt, r))),
    gbdtWeight: options.gbdtWeight ?? DEFAULT_GBDT_WEIGHT,
    trainingRows: rows.length,
    trainingFrauds: labels.filter(Boolean).length,
  };
}

/** Scores one full windowed vector (as `computeWindowedFeatures` returns it). */
export function scoreSupervised(model: SupervisedModel, vector: readonly number[]): SupervisedScore {
  const row = model.columns.map((c) => vector[c]);
  const logistic = scoreLogistic(model.logistic, row);
  const gbdt = scoreGbdt(model.gbdt, row);
  const score =
    (1 - model.gbdtWeight) * rankOf(model.logisticQuantiles, logistic) +
    model.gbdtWeight * rankOf(model.gbdtQuantiles, gbdt);
  return { logistic, gbdt, score };
}

export function loadSupervisedModel(json: unknown): SupervisedModel {
  const m = json as Partial<SupervisedModel> | null;
  if (!m || m.kind !== 'fraud-supervised' || !Array.isArray(m.columns) || !m.logistic || !m.gbdt) {
    throw new TypeError('not a supervised fraud model');
  }
  return m as SupervisedModel;
}
