import { createReadStream, existsSync, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import {
  type AnomalyTransaction,
  DEFAULT_FEATURE_CONFIG,
  DEFAULT_COMBINE_CONFIG,
  DEFAULT_RULE_CONFIG,
  type ExtractedFeatures,
  FEATURE_NAMES,
  RECOMMENDED_FOREST_FEATURES,
  averagePrecision,
  buildFeatureReference,
  evaluateRules,
  extractFeatures,
  fitAnomalyModel,
  type RuleConfig,
  rocAuc,
  scoreExtracted,
  varyingFeatures,
} from '../modules/insights/anomaly';
import {
  type FeatureGroup,
  type SupervisedModel,
  type WindowConfig,
  DEFAULT_WINDOW_CONFIG,
  computeWindowedFeatures,
  fitSupervised,
  scoreSupervised,
  windowedFeatureNames,
} from '../modules/insights/fraud-model';
import { createRng } from '../common/random';

// `npm run eval:anomaly -- --format sparkov|handbook FILE [--train-share 0.5] [--seed S] [--trees 100]`
//
// Evaluates the anomaly insight on a labelled fraud file. The CSV is streamed and parsed (csv-parse), rows are put
// in time order and each customer's history is built as the rows go by, so every transaction's features see only
// earlier transactions. The isolation forest is fitted — without labels — on the first `train-share` of the rows
// in time (and the category baselines come from the same rows); the remaining rows are scored by the forest
// alone, the rules alone and the combination. Prints ROC-AUC and PR-AUC (average precision) for each and the row
// counts; the last line is one JSON object.
//
// The files' timestamps are local wall-clock times, so hours are read as they are written (UTC offset 0).
// Labels are used by the forest only to compute the metrics. The supervised model (logistic regression + gradient-
// boosted trees on windowed features, src/modules/insights/fraud-model) is fitted on the training rows' labels and
// scored on the same test rows. With the time split, the test rows start `--delay-days` (7) after the training
// rows end — the Fraud Detection Handbook's feedback delay — and the terminal-risk windows only read labels of
// transactions at least that old. `--no-ablation` skips refitting without each feature group.

type Format = 'sparkov' | 'handbook';

interface Args {
  readonly format: Format;
  readonly file: string;
  readonly trainShare: number;
  readonly seed: string;
  readonly trees: number;
  readonly split: 'time' | 'random';
  readonly noTime: boolean;
  readonly features: readonly string[] | null;
  readonly dev: boolean;
  readonly forestWeight: number;
  readonly delayDays: number;
  readonly ablation: boolean;
}

const USAGE =
  'usage: npm run eval:anomaly -- --format sparkov|handbook FILE [--split time|random] [--train-share 0.5] ' +
  '[--seed fingraph] [--trees 100] [--no-time] [--features a,b,…|all] [--forest-weight 0.5] [--dev] ' +
  '[--delay-days 7] [--no-ablation]';

class UsageError extends Error {}

/** Features that depend on when transactions happen; `--no-time` leaves them out of the forest. */
const TIME_FEATURES: ReadonlySet<string> = new Set([
  'log_history_count',
  'count_1h',
  'count_24h',
  'count_7d',
  'log_amount_1h',
  'log_amount_24h',
  'log_amount_7d',
  'hour',
  'hour_deviation',
  'night',
  'log_seconds_since_previous',
]);

function parseArgs(argv: readonly string[]): Args {
  let format: string | undefined;
  let file: string | undefined;
  let trainShare = 0.5;
  let seed = 'fingraph';
  let trees = 100;
  let split: string | undefined;
  let noTime = false;
  let dev = false;
  let forestWeight = DEFAULT_COMBINE_CONFIG.forestWeight;
  let delayDays = DEFAULT_WINDOW_CONFIG.delayDays;
  let ablation = true;
  let features: string[] | null = [...RECOMMENDED_FOREST_FEATURES];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format') format = value();
    else if (a === '--train-share') trainShare = Number(value());
    else if (a === '--seed') seed = value();
    else if (a === '--trees') trees = Number(value());
    else if (a === '--split') split = value();
    else if (a === '--no-time') noTime = true;
    else if (a === '--dev') dev = true;
    else if (a === '--no-ablation') ablation = false;
    else if (a === '--delay-days') delayDays = Number(value());
    else if (a === '--forest-weight') forestWeight = Number(value());
    else if (a === '--features') {
      const list = value();
      features = list === 'all' ? null : list.split(',').filter(Boolean);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (format !== 'sparkov' && format !== 'handbook')
    throw new UsageError('--format must be sparkov or handbook');
  if (!file) throw new UsageError('FILE is required');
  if (!(trainShare > 0 && trainShare < 1)) throw new UsageError('--train-share must be between 0 and 1');
  if (!(forestWeight >= 0 && forestWeight <= 1)) throw new UsageError('--forest-weight must be within 0..1');
  if (!Number.isInteger(trees) || trees < 1) throw new UsageError('--trees must be a positive integer');
  if (!Number.isInteger(delayDays) || delayDays < 0)
    throw new UsageError('--delay-days must be a whole number ≥ 0');
  // The Sparkov sample is not homogeneous in time (see README): its default split is random, not by time.
  split ??= format === 'sparkov' ? 'random' : 'time';
  if (split !== 'time' && split !== 'random') throw new UsageError('--split must be time or random');
  const unknown = (features ?? []).filter((f) => !(FEATURE_NAMES as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new UsageError(`unknown feature(s) ${unknown.join(', ')}; known: ${FEATURE_NAMES.join(', ')}`);
  return {
    format,
    file,
    trainShare,
    seed,
    trees,
    split,
    noTime,
    features,
    dev,
    forestWeight,
    delayDays,
    ablation,
  };
}

interface LabelledTransaction {
  readonly tx: AnomalyTransaction;
  readonly fraud: boolean;
  readonly line: number;
}

/** "2020-06-21 12:14:25" as wall-clock time (stored as UTC; hours are read with offset 0). */
function wallClock(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return new Date(NaN);
  const [, y, mo, d, h, mi, s] = m.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

function num(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

const REQUIRED: Record<Format, readonly string[]> = {
  sparkov: ['trans_date_trans_time', 'cc_num', 'category', 'amt', 'trans_num', 'is_fraud'],
  handbook: ['TRANSACTION_ID', 'TX_DATETIME', 'CUSTOMER_ID', 'TERMINAL_ID', 'TX_AMOUNT', 'TX_FRAUD'],
};

/** One CSV record as a transaction, or the reason it cannot be one. */
function mapRecord(format: Format, r: Record<string, string>, line: number): LabelledTransaction | string {
  if (format === 'sparkov') {
    const amount = num(r.amt);
    const occurredAt = wallClock(r.trans_date_trans_time);
    if (amount === null || amount < 0) return `amt: not an amount (${r.amt})`;
    if (Number.isNaN(occurredAt.getTime()))
      return `trans_date_trans_time: not a date (${r.trans_date_trans_time})`;
    if (r.is_fraud !== '0' && r.is_fraud !== '1') return `is_fraud: expected 0 or 1 (${r.is_fraud})`;
    // Sparkov's categories end in _net (card not present) or _pos (at a terminal); the rest is unknown.
    const channel = r.category.endsWith('_net') ? 'ONLINE' : r.category.endsWith('_pos') ? 'OFFLINE' : null;
    return {
      line,
      fraud: r.is_fraud === '1',
      tx: {
        id: r.trans_num,
        customerId: r.cc_num,
        amount,
        occurredAt,
        category: r.category || null,
        channel,
        overseas: null,
        merchantId: r.merchant || null,
        customerLat: num(r.lat),
        customerLon: num(r.long),
        merchantLat: num(r.merch_lat),
        merchantLon: num(r.merch_long),
      },
    };
  }
  const amount = num(r.TX_AMOUNT);
  const occurredAt = wallClock(r.TX_DATETIME);
  if (amount === null || amount < 0) return `TX_AMOUNT: not an amount (${r.TX_AMOUNT})`;
  if (Number.isNaN(occurredAt.getTime())) return `TX_DATETIME: not a date (${r.TX_DATETIME})`;
  if (r.TX_FRAUD !== '0' && r.TX_FRAUD !== '1') return `TX_FRAUD: expected 0 or 1 (${r.TX_FRAUD})`;
  return {
    line,
    fraud: r.TX_FRAUD === '1',
    tx: {
      id: r.TRANSACTION_ID,
      customerId: r.CUSTOMER_ID,
      amount,
      occurredAt,
      category: null,
      channel: null,
      overseas: null,
      merchantId: r.TERMINAL_ID || null,
    },
  };
}

async function readFile(
  args: Args,
): Promise<{ rows: LabelledTransaction[]; bad: string[]; badCount: number }> {
  const rows: LabelledTransaction[] = [];
  const bad: string[] = [];
  let badCount = 0;
  const parser = createReadStream(args.file).pipe(
    parse({ columns: true, skip_empty_lines: true, relax_column_count: false, info: true }),
  );
  let checkedHeader = false;
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    if (!checkedHeader) {
      const missing = REQUIRED[args.format].filter((c) => !(c in record));
      if (missing.length > 0) {
        throw new UsageError(
          `${args.file} is not a ${args.format} file: missing column(s) ${missing.join(', ')}`,
        );
      }
      checkedHeader = true;
    }
    const mapped = mapRecord(args.format, record, info.lines);
    if (typeof mapped === 'string') {
      badCount++;
      if (bad.length < 5) bad.push(`line ${info.lines}: ${mapped}`);
    } else rows.push(mapped);
  }
  return { rows, bad, badCount };
}

function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`eval:anomaly: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (!existsSync(args.file) || !statSync(args.file).isFile()) {
    process.stderr.write(
      `eval:anomaly: ${args.file} not found. The labelled fraud sets live outside the repository, in ` +
        `../shared/data/ (see its README); this evaluation is optional and nothing else needs them.\n`,
    );
    return 2;
  }

  const started = process.hrtime.bigint();
  const { rows, bad, badCount } = await readFile(args);
  if (rows.length < 10) {
    process.stderr.write(`eval:anomaly: only ${rows.length} usable rows in ${args.file}\n`);
    return 2;
  }
  // Time order; rows at the same instant keep file order (Array.prototype.sort is stable).
  rows.sort((a, b) => a.tx.occurredAt.getTime() - b.tx.occurredAt.getTime());
  // Which rows the forest is fitted on (labels unused); features always come from each customer's earlier rows.
  // --dev: only the fitting portion is used, itself split in two the same way (fit / score), so that choices
  // (features, thresholds) can be made on labels that the reported test rows never contribute to.
  const inTraining = new Array<boolean>(rows.length).fill(false);
  const excluded = new Array<boolean>(rows.length).fill(false);
  let delayRows = 0;
  if (args.split === 'time') {
    const cut = Math.floor(rows.length * args.trainShare);
    const cutTime = rows[cut].tx.occurredAt.getTime();
    let trainEnd = cut;
    while (trainEnd > 0 && rows[trainEnd - 1].tx.occurredAt.getTime() === cutTime) trainEnd--; // no instant split
    for (let i = 0; i < trainEnd; i++) inTraining[i] = true;
    // The feedback delay: rows within `delayDays` after the cut are neither fitted on nor scored.
    const testStart = cutTime + args.delayDays * 86_400_000;
    for (let i = trainEnd; i < rows.length && rows[i].tx.occurredAt.getTime() < testStart; i++) {
      excluded[i] = true;
      if (!args.dev) delayRows++;
    }
    if (args.dev) {
      const devEnd = Math.floor(trainEnd / 2);
      for (let i = devEnd; i < rows.length; i++) {
        excluded[i] = i >= trainEnd;
        inTraining[i] = false;
      }
    }
  } else {
    const rng = createRng(`eval-anomaly/split/${args.seed}`);
    const devRng = createRng(`eval-anomaly/dev-split/${args.seed}`);
    for (let i = 0; i < rows.length; i++) {
      inTraining[i] = rng.chance(args.trainShare);
      if (args.dev) {
        excluded[i] = !inTraining[i];
        if (inTraining[i]) inTraining[i] = devRng.chance(0.5);
      }
    }
  }
  const training = rows.filter((_, i) => inTraining[i]);
  const testing = rows.filter((_, i) => !inTraining[i] && !excluded[i]);

  const featureConfig = { ...DEFAULT_FEATURE_CONFIG, utcOffsetMinutes: 0 };
  const rules: RuleConfig = args.noTime
    ? {
        ...DEFAULT_RULE_CONFIG,
        currency: 'USD',
        velocity: { ...DEFAULT_RULE_CONFIG.velocity, weight: 0 },
        night: { ...DEFAULT_RULE_CONFIG.night, weight: 0 },
      }
    : { ...DEFAULT_RULE_CONFIG, currency: 'USD' };
  const reference = buildFeatureReference(training.map((r) => r.tx));

  // Every row's features from its customer's earlier rows (training rows are history for test rows too).
  const histories = new Map<string, AnomalyTransaction[]>();
  const extracted: ExtractedFeatures[] = [];
  for (const row of rows) {
    let history = histories.get(row.tx.customerId);
    if (!history) histories.set(row.tx.customerId, (history = []));
    extracted.push(extractFeatures(history, row.tx, featureConfig, reference));
    history.push(row.tx);
  }

  const trainingFeatures = extracted.filter((_, i) => inTraining[i]);
  const testingFeatures = extracted.filter((_, i) => !inTraining[i] && !excluded[i]);
  const featureNames = varyingFeatures(trainingFeatures).filter(
    (f) => !(args.noTime && TIME_FEATURES.has(f)) && (args.features === null || args.features.includes(f)),
  );
  const model = fitAnomalyModel(trainingFeatures, {
    featureNames,
    seed: args.seed,
    trees: args.trees,
    featureConfig,
    reference,
    rules,
    combine: { ...DEFAULT_COMBINE_CONFIG, forestWeight: args.forestWeight },
  });

  const labels = testing.map((r) => r.fraud);
  const forest: number[] = [];
  const ruleScores: number[] = [];
  const combined: number[] = [];
  const ruleFires = new Map<string, number>();
  testing.forEach((row, k) => {
    const anomaly = scoreExtracted(model, row.tx.id, testingFeatures[k]);
    forest.push(anomaly.forestScore);
    ruleScores.push(evaluateRules(testingFeatures[k].facts, rules).score);
    combined.push(anomaly.score);
    for (const hit of anomaly.reasons) ruleFires.set(hit.rule, (ruleFires.get(hit.rule) ?? 0) + 1);
  });

  // The supervised model: windowed features over every row (labels as known `delayDays` later), fitted on the
  // training rows' labels.
  const windows: WindowConfig = { ...DEFAULT_WINDOW_CONFIG, delayDays: args.delayDays, utcOffsetMinutes: 0 };
  const windowed = rows.map((r) => ({
    id: r.tx.id,
    customerId: r.tx.customerId,
    terminalId: r.tx.merchantId ?? null,
    amount: r.tx.amount,
    occurredAt: r.tx.occurredAt,
    fraud: r.fraud,
  }));
  const vectors = computeWindowedFeatures(windowed, windowed, windows);
  const trainVectors = vectors.filter((_, i) => inTraining[i]);
  const trainLabels = training.map((r) => r.fraud);
  const testVectors = vectors.filter((_, i) => !inTraining[i] && !excluded[i]);
  // Without both labels among the training rows there is nothing to learn: the supervised lines are left out.
  const canFit = trainLabels.some(Boolean) && !trainLabels.every(Boolean);
  const fitAndScore = (features?: readonly string[]) => {
    if (!canFit) return testVectors.map(() => ({ logistic: 0, gbdt: 0, score: 0 }));
    const m: SupervisedModel = fitSupervised(trainVectors, trainLabels, { windows, features });
    return testVectors.map((v) => scoreSupervised(m, v));
  };
  const supervised = fitAndScore();
  // Beside the forest: a rank average over the test rows (ranks need no labels), the supervised model weighted.
  const ranks = (scores: number[]): number[] => {
    const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
    const r = new Array<number>(scores.length);
    order.forEach((idx, k) => (r[idx] = k / Math.max(1, scores.length - 1)));
    return r;
  };
  const supervisedRanks = ranks(supervised.map((s) => s.score));
  const forestRanks = ranks(forest);
  const withForest = supervisedRanks.map((r, k) => 0.8 * r + 0.2 * forestRanks[k]);
  const groups: FeatureGroup[] = ['amount', 'calendar', 'customer_windows', 'terminal_windows'];
  const allWindowed = windowedFeatureNames(windows);

  const metric = (scores: number[]) => ({
    rocAuc: round(rocAuc(labels, scores)),
    prAuc: round(averagePrecision(labels, scores)),
  });
  const result = {
    format: args.format,
    file: args.file,
    rows: rows.length + badCount,
    badRows: badCount,
    customers: histories.size,
    split:
      (args.split === 'time'
        ? `fit on the first ${Math.round(args.trainShare * 100)}% of rows in time, score the rest after a ` +
          `${args.delayDays}-day feedback delay`
        : `fit on a seeded random ${Math.round(args.trainShare * 100)}% of rows, score the rest`) +
      (args.dev ? ' — DEV: that fitting portion alone, split again in two; test rows unused' : ''),
    noTime: args.noTime,
    forestWeight: args.forestWeight,
    dev: args.dev,
    trainRows: training.length,
    trainFrauds: training.filter((r) => r.fraud).length,
    testRows: testing.length,
    testFrauds: labels.filter(Boolean).length,
    fraudRate: round(labels.filter(Boolean).length / labels.length),
    modelVersion: model.version,
    features: model.forest.featureNames,
    trees: model.forest.trees.length,
    sampleSize: model.forest.sampleSize,
    forest: metric(forest),
    rules: metric(ruleScores),
    combined: metric(combined),
    logistic: canFit ? metric(supervised.map((s) => s.logistic)) : null,
    gbdt: canFit ? metric(supervised.map((s) => s.gbdt)) : null,
    supervised: canFit ? metric(supervised.map((s) => s.score)) : null,
    supervisedAndForest: canFit ? metric(withForest) : null,
    delayDays: args.delayDays,
    delayRows,
    ablation:
      canFit && args.ablation
        ? Object.fromEntries(
            groups.map((g) => [
              `without_${g}`,
              metric(
                fitAndScore(allWindowed.filter((f) => f.group !== g).map((f) => f.name)).map((s) => s.score),
              ),
            ]),
          )
        : null,
    ruleFires: Object.fromEntries([...ruleFires].sort()),
    seconds: round(Number(process.hrtime.bigint() - started) / 1e9, 1),
  };

  const out = process.stdout;
  out.write(`eval:anomaly ${args.format} ${args.file}\n`);
  out.write(`rows ${result.rows} (bad ${badCount}), customers ${result.customers}\n`);
  for (const b of bad) out.write(`  skipped ${b}\n`);
  out.write(
    `${result.split}: fit on ${result.trainRows} rows (${result.trainFrauds} frauds, labels unused); ` +
      `scored ${result.testRows} rows (${result.testFrauds} frauds, rate ${result.fraudRate})\n`,
  );
  out.write(
    `model ${model.version}: ${result.trees} trees, ψ=${result.sampleSize}, features ${result.features.join(', ')}\n`,
  );
  out.write(`               ROC-AUC   PR-AUC\n`);
  for (const [name, m] of [
    ['forest', result.forest],
    ['rules', result.rules],
    ['combined', result.combined],
    ['logistic', result.logistic],
    ['gbdt', result.gbdt],
    ['supervised', result.supervised],
    ['sup+forest', result.supervisedAndForest],
    ...Object.entries(result.ablation ?? {}).map(([k, m]) => [`supervised ${k}`, m] as const),
  ] as const) {
    if (m === null) continue;
    out.write(`  ${name.padEnd(10)}  ${m.rocAuc.toFixed(4)}   ${m.prAuc.toFixed(4)}\n`);
  }
  out.write(`rule fires on test rows: ${JSON.stringify(result.ruleFires)}\n`);
  out.write(`${JSON.stringify(result)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`eval:anomaly: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
