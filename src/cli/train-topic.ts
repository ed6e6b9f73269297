// `npm run train:topic [-- --data DIR]`: builds src/modules/topics/model/topic-model.json from the public data
// in ../shared/data plus the project's own Korean finance lines. Deterministic (fixed seeds, hash splits, no
// clock). Trains both multinomial naive Bayes and SGD logistic regression, measures them on held-out dev splits,
// prints both, and ships the one with the higher mean macro-F1. Also writes the dev CSVs for `npm run eval:topic`
// into .data/nlp-dev/ (gitignored: the CLINC/banking77/songys text stays out of the repository).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hashFeatures, logTfL2 } from '../common/text/features';
import {
  contentHash,
  serialiseModel,
  trainLogistic,
  trainNaiveBayes,
  type Example,
  type LinearModel,
} from '../common/text/linear';
import { classificationReport, formatReport } from '../common/text/metrics';
import {
  intentProba,
  loadTopicModel,
  predictProba,
  type LoadedTopicModel,
  type TopicArtefact,
} from '../modules/topics/topic-model';
import { EN_FINANCE_EXTRA, KO_FINANCE, type FinanceIntent } from '../modules/topics/training/ko-finance';
import { TRAIN as COUNSEL_TRAIN } from '../modules/topics/understanding/data/train';
import { questionsOf } from '../modules/topics/understanding/eval';
import {
  banking77,
  clinc150,
  csvField,
  DEFAULT_DATA_DIR,
  isDev,
  requireDataDir,
  songys,
  type Labelled,
} from './nlp-data';

const MIN_N = 1;
const MAX_N = 4;
const TOPIC_BUCKETS = 1 << 16;
const INTENT_BUCKETS = 1 << 14;
const TOPICS = ['GENERAL', 'FINANCE'];
const INTENTS = Object.keys(KO_FINANCE) as FinanceIntent[];

// CLINC150 banking/credit-card intents that map unambiguously onto ours (the rest stay out of the intent layer).
const CLINC_INTENT_MAP: Record<string, FinanceIntent> = {
  pin_change: 'CARD',
  report_fraud: 'CARD',
  replacement_card_duration: 'CARD',
  expiration_date: 'CARD',
  damaged_card: 'CARD',
  report_lost_card: 'CARD',
  card_declined: 'CARD',
  new_card: 'CARD',
  international_fees: 'CARD',
  redeem_rewards: 'CARD',
  rewards_balance: 'CARD',
  credit_limit: 'CARD',
  credit_limit_change: 'CARD',
  spending_history: 'SPENDING',
  transactions: 'SPENDING',
  balance: 'SAVING',
  interest_rate: 'PRODUCT_QUESTION',
  apr: 'PRODUCT_QUESTION',
  routing: 'PRODUCT_QUESTION',
  freeze_account: 'PRODUCT_QUESTION',
  account_blocked: 'PRODUCT_QUESTION',
};

/** The Korean lines with their 띄어쓰기-free variant; every 5th line of each intent is the intent dev split. */
function koFinanceSplit(): { train: Labelled[]; dev: Labelled[] } {
  const train: Labelled[] = [];
  const dev: Labelled[] = [];
  for (const intent of INTENTS) {
    KO_FINANCE[intent].forEach((text, i) => {
      if (i % 5 === 4) dev.push({ text, label: intent });
      else {
        train.push({ text, label: intent });
        const compact = text.replace(/ /g, '');
        if (compact !== text) train.push({ text: compact, label: intent });
      }
    });
    for (const text of EN_FINANCE_EXTRA[intent] ?? []) train.push({ text, label: intent });
  }
  return { train, dev };
}

/**
 * The counsel understanding layer's training questions (never its dev split): finance for every intent but
 * GENERAL_CHAT, with the 띄어쓰기-free variant of the Korean ones. They raise Korean finance recall of the router.
 */
function counselTopicRows(): { finance: string[]; general: string[] } {
  const finance: string[] = [];
  const general: string[] = [];
  for (const q of questionsOf(COUNSEL_TRAIN)) {
    const to = q.intent === 'GENERAL_CHAT' ? general : finance;
    to.push(q.text);
    const compact = q.text.replace(/ /g, '');
    if (q.language === 'KO' && compact !== q.text) to.push(compact);
  }
  return { finance, general };
}

const vec = (text: string, buckets: number) => hashFeatures(text, buckets, MIN_N, MAX_N);

function examples(rows: { text: string; y: number; weight?: number }[], buckets: number): Example[] {
  return rows.map((r) => ({ x: vec(r.text, buckets), y: r.y, weight: r.weight }));
}

function asLogistic(ex: Example[]): Example[] {
  return ex.map((e) => ({ ...e, x: logTfL2(e.x) }));
}

function writeCsv(file: string, rows: Labelled[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    ['text,label', ...rows.map((r) => `${csvField(r.text)},${r.label}`)].join('\n') + '\n',
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      'dev-dir': { type: 'string' },
    },
  });
  const dataDir = path.resolve(values.data ?? DEFAULT_DATA_DIR);
  requireDataDir(dataDir, 'train:topic');
  const out = path.resolve(values.out ?? 'src/modules/topics/model/topic-model.json');
  const devDir = path.resolve(values['dev-dir'] ?? '.data/nlp-dev');

  // ---- data
  const bank = banking77(dataDir);
  const clinc = clinc150(dataDir);
  const chat = songys(dataDir);
  const ko = koFinanceSplit();
  const counsel = counselTopicRows();

  const bankTrain = bank.filter((r) => !isDev(r.text));
  const bankDev = bank.filter((r) => isDev(r.text));
  const chatTrain = chat.filter((t) => !isDev(t));
  const chatDev = chat.filter((t) => isDev(t));
  const topicOf = (intent: string) => (clinc.financeIntents.has(intent) ? 'finance' : 'general');

  const koWeight = Math.max(1, (1.0 * chatTrain.length) / (ko.train.length + counsel.finance.length));
  const topicRows = [
    ...counsel.finance.map((text) => ({ text, y: 1, weight: koWeight })),
    ...counsel.general.map((text) => ({ text, y: 0, weight: koWeight })),
    ...bankTrain.map((r) => ({ text: r.text, y: 1 })),
    ...clinc.train.map((r) => ({ text: r.text, y: topicOf(r.label) === 'finance' ? 1 : 0 })),
    ...clinc.oosTrain.map((text) => ({ text, y: 0 })),
    ...chatTrain.map((text) => ({ text, y: 0 })),
    ...ko.train.map((r) => ({ text: r.text, y: 1, weight: koWeight })),
  ];

  const devSets: Record<string, Labelled[]> = {
    'clinc150-topic-dev': [
      ...clinc.val.map((r) => ({ text: r.text, label: topicOf(r.label) })),
      ...clinc.oosVal.map((text) => ({ text, label: 'general' })),
    ],
    'ko-topic-dev': [
      ...chatDev.map((text) => ({ text, label: 'general' })),
      ...ko.dev.map((r) => ({ text: r.text, label: 'finance' })),
    ],
    'banking77-songys-topic-dev': [
      ...bankDev.map((r) => ({ text: r.text, label: 'finance' })),
      ...chatDev.map((text) => ({ text, label: 'general' })),
    ],
  };
  for (const [name, rows] of Object.entries(devSets)) writeCsv(path.join(devDir, `${name}.csv`), rows);

  console.log(
    `topic training rows: ${topicRows.length} (banking77 ${bankTrain.length}, CLINC150 ${clinc.train.length}` +
      ` + oos ${clinc.oosTrain.length}, songys ${chatTrain.length}, Korean finance ${ko.train.length}` +
      ` + counsel ${counsel.finance.length}/${counsel.general.length} × weight ${koWeight.toFixed(2)})`,
  );

  // ---- topic: both models
  const topicEx = examples(topicRows, TOPIC_BUCKETS);
  const candidates: Record<string, LinearModel> = {
    'naive-bayes': trainNaiveBayes(topicEx, TOPICS, TOPIC_BUCKETS, { alpha: 0.1, classPrior: 'uniform' }),
    logistic: trainLogistic(asLogistic(topicEx), TOPICS, TOPIC_BUCKETS, {
      epochs: 10,
      eta0: 0.5,
      lambda: 1e-6,
      seed: 'topic',
    }),
  };

  // ---- intent: both models, with and without keywords
  const clincIntentRows: Labelled[] = [];
  const perIntent = new Map<string, number>();
  for (const r of clinc.train) {
    const intent = CLINC_INTENT_MAP[r.label];
    if (!intent) continue;
    const n = perIntent.get(r.label) ?? 0;
    if (n >= 20) continue;
    perIntent.set(r.label, n + 1);
    clincIntentRows.push({ text: r.text, label: intent });
  }
  const intentRows = [...ko.train, ...clincIntentRows].map((r) => ({
    text: r.text,
    y: INTENTS.indexOf(r.label as FinanceIntent),
  }));
  const intentEx = examples(intentRows, INTENT_BUCKETS);
  const intentCandidates: Record<string, LinearModel> = {
    'naive-bayes': trainNaiveBayes(intentEx, INTENTS, INTENT_BUCKETS, { alpha: 0.1, classPrior: 'uniform' }),
    logistic: trainLogistic(asLogistic(intentEx), INTENTS, INTENT_BUCKETS, {
      epochs: 30,
      eta0: 0.5,
      lambda: 1e-5,
      seed: 'intent',
    }),
  };

  const dev: Record<string, unknown> = {};
  const topicScore: Record<string, number> = {};
  for (const [name, model] of Object.entries(candidates)) {
    const macro: number[] = [];
    for (const [set, rows] of Object.entries(devSets)) {
      const pred = rows.map((r) =>
        predictProba(model, r.text, MIN_N, MAX_N)[1] >= 0.5 ? 'finance' : 'general',
      );
      const rep = classificationReport(
        rows.map((r) => r.label),
        pred,
        ['finance', 'general'],
      );
      console.log(`\n[topic ${name}] ${set}\n${formatReport(rep)}`);
      dev[`topic.${name}.${set}`] = { accuracy: round(rep.accuracy), macroF1: round(rep.macroF1), n: rep.n };
      macro.push(rep.macroF1);
    }
    topicScore[name] = macro.reduce((a, b) => a + b, 0) / macro.length;
  }
  const intentScore: Record<string, number> = {};
  for (const [name, model] of Object.entries(intentCandidates)) {
    for (const useKeywords of [false, true]) {
      const loaded: LoadedTopicModel = {
        version: 'dev',
        minN: MIN_N,
        maxN: MAX_N,
        topic: candidates.logistic,
        intent: model,
      };
      const pred = ko.dev.map((r) => {
        const p = intentProba(loaded, r.text, useKeywords);
        return INTENTS[p.indexOf(Math.max(...p))];
      });
      const rep = classificationReport(
        ko.dev.map((r) => r.label),
        pred,
        INTENTS,
      );
      const tag = `${name}${useKeywords ? '+keywords' : ''}`;
      console.log(`\n[intent ${tag}] Korean finance dev (every 5th line)\n${formatReport(rep)}`);
      dev[`intent.${tag}`] = { accuracy: round(rep.accuracy), macroF1: round(rep.macroF1), n: rep.n };
      if (useKeywords) intentScore[name] = rep.macroF1;
    }
  }
  const topicChoice = topicScore.logistic >= topicScore['naive-bayes'] ? 'logistic' : 'naive-bayes';
  const intentChoice = intentScore.logistic >= intentScore['naive-bayes'] ? 'logistic' : 'naive-bayes';
  dev.chosen = { topic: topicChoice, intent: `${intentChoice}+keywords` };
  console.log(`\nmean dev macro-F1 topic: ${JSON.stringify(topicScore)} → ${topicChoice}`);
  console.log(`intent dev macro-F1 (hybrid): ${JSON.stringify(intentScore)} → ${intentChoice}+keywords`);

  const topic = serialiseModel(candidates[topicChoice]);
  const intent = serialiseModel(intentCandidates[intentChoice]);
  const body = {
    format: 'fingraph-topic/1' as const,
    features: { minN: MIN_N, maxN: MAX_N },
    topic,
    intent,
    dev,
    attribution: [
      'banking77 (PolyAI, CC BY 4.0): finance training utterances',
      'CLINC150 / oos-eval (Larson et al. 2019, CC BY 3.0): finance (banking, credit_cards) and general training utterances',
      'songys/Chatbot_data (MIT): Korean general chit-chat training utterances',
      'fingraph project-written Korean/English finance lines (src/modules/topics/training/ko-finance.ts)',
      'fingraph project-written counsel questions, training split (src/modules/topics/understanding/data/train.ts), CC BY 4.0',
    ],
  };
  const artefact: TopicArtefact = { ...body, version: `topic-${contentHash([topic, intent])}` };
  loadTopicModel(artefact); // round-trip check
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(artefact) + '\n');
  console.log(
    `\nwrote ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} kB), version ${artefact.version}`,
  );
  console.log(`dev CSVs in ${devDir}: ${Object.keys(devSets).join(', ')}`);
}

const round = (x: number) => Number(x.toFixed(4));

main();
