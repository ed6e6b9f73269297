// `npm run train:emotion [-- --data DIR]`: builds src/modules/emotion/model/emotion-model.json from KOTE (Korean,
// MIT; 80 % of its val.tsv by text hash, the other 20 % is our dev split) and GoEmotions (English, Apache-2.0;
// train.tsv, with its dev.tsv as dev split), labels mapped onto ours by src/modules/emotion/emotion-mapping.ts.
// Trains naive Bayes and logistic regression, prints both on the dev splits (model alone and with the finance
// cues) and ships the better. Deterministic. Writes .data/nlp-dev/kote-dev.tsv for `npm run eval:emotion`.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fnv1a, hashFeatures, logTfL2 } from '../common/text/features';
import {
  contentHash,
  serialiseModel,
  trainLogistic,
  trainNaiveBayes,
  type Example,
  type LinearModel,
} from '../common/text/linear';
import { classificationReport, formatReport } from '../common/text/metrics';
import { analyseEmotion, loadEmotionModel, type EmotionArtefact } from '../modules/emotion/emotion-model';
import { GOEMOTIONS_MAP, KOTE_MAP, toSingleLabel } from '../modules/emotion/emotion-mapping';
import { EMOTION_LABELS, type EmotionLabel } from '../modules/emotion/emotion.enums';
import { KO_EMOTION } from '../modules/emotion/training/ko-emotion';
import { KO_FINANCE } from '../modules/topics/training/ko-finance';
import {
  DEFAULT_DATA_DIR,
  goEmotionsLabels,
  kote,
  readGoEmotionsTsv,
  requireDataDir,
  songysLabelled,
} from './nlp-data';

// songys chit-chat as weak Korean labels (KOTE has almost no neutral rows): daily → NEUTRAL, breakup → SAD,
// love → HOPEFUL. The project's own finance questions (all intents but repayment trouble) are NEUTRAL, and its own
// emotional counselling lines (src/modules/emotion/training/ko-emotion.ts) carry their label.
const SONGYS_EMOTION = ['NEUTRAL', 'SAD', 'HOPEFUL'] as const;

const MIN_N = 1;
const MAX_N = 4;
const BUCKETS = 1 << 16;
const LABELS = [...EMOTION_LABELS];

export const isKoteDev = (text: string): boolean => fnv1a(`kote:${text}`) % 5 === 0;

function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' }, 'dev-dir': { type: 'string' } },
  });
  const dataDir = path.resolve(values.data ?? DEFAULT_DATA_DIR);
  requireDataDir(dataDir, 'train:emotion');
  const out = path.resolve(values.out ?? 'src/modules/emotion/model/emotion-model.json');
  const devDir = path.resolve(values['dev-dir'] ?? '.data/nlp-dev');

  const k = kote(dataDir);
  const goNames = goEmotionsLabels(dataDir);
  const koteLabel = (ls: number[]) =>
    toSingleLabel(
      ls.map((i) => k.labelNames[i]),
      KOTE_MAP,
    );
  const goLabel = (ls: number[]) =>
    toSingleLabel(
      ls.map((i) => goNames[i]),
      GOEMOTIONS_MAP,
    );

  const koteTrain = k.rows.filter((r) => !isKoteDev(r.text));
  const koteDev = k.rows.filter((r) => isKoteDev(r.text));
  fs.mkdirSync(devDir, { recursive: true });
  fs.writeFileSync(
    path.join(devDir, 'kote-dev.tsv'),
    koteDev.map((r, i) => `${i}\t${r.text}\t${r.labels.join(',')}`).join('\n') + '\n',
  );
  const goTrain = readGoEmotionsTsv(path.join(dataDir, 'en_goemotions/train.tsv'));
  const goDev = readGoEmotionsTsv(path.join(dataDir, 'en_goemotions/dev.tsv'));

  const rows: { text: string; label: EmotionLabel; group: string }[] = [
    ...koteTrain.map((r) => ({ text: r.text, label: koteLabel(r.labels), group: 'ko' })),
    ...goTrain.map((r) => ({ text: r.text, label: goLabel(r.labels), group: 'en' })),
    ...songysLabelled(dataDir).map((r) => ({
      text: r.text,
      label: SONGYS_EMOTION[r.label] ?? 'NEUTRAL',
      group: 'chat',
    })),
    ...Object.entries(KO_FINANCE)
      .filter(([intent]) => intent !== 'REPAYMENT_TROUBLE')
      .flatMap(([, lines]) => lines.map((text) => ({ text, label: 'NEUTRAL' as const, group: 'finance' }))),
    ...Object.entries(KO_EMOTION).flatMap(([label, lines]) =>
      lines.map((text) => ({ text, label: label as EmotionLabel, group: 'finance' })),
    ),
  ];
  // Balance the two languages, then the classes (inverse frequency, capped at 5×).
  const groupWeight = { ko: (0.5 * goTrain.length) / koteTrain.length, en: 1, chat: 0.3, finance: 3 };
  const classMass = new Map<string, number>();
  for (const r of rows)
    classMass.set(r.label, (classMass.get(r.label) ?? 0) + groupWeight[r.group as keyof typeof groupWeight]);
  const total = [...classMass.values()].reduce((a, b) => a + b, 0);
  const classWeight = (l: string) => Math.min(5, total / (LABELS.length * (classMass.get(l) ?? 1)));
  console.log(
    `emotion training rows: KOTE ${koteTrain.length} (weight ${groupWeight.ko.toFixed(2)}), GoEmotions ${goTrain.length}`,
  );
  console.log(
    `class mass: ${JSON.stringify(Object.fromEntries([...classMass].map(([l, m]) => [l, Math.round(m)])))}`,
  );

  const ex: Example[] = rows.map((r) => ({
    x: hashFeatures(r.text, BUCKETS, MIN_N, MAX_N),
    y: LABELS.indexOf(r.label),
    weight: groupWeight[r.group as keyof typeof groupWeight] * classWeight(r.label),
  }));
  const candidates: Record<string, LinearModel> = {
    'naive-bayes': trainNaiveBayes(ex, LABELS, BUCKETS, { alpha: 0.1 }),
    logistic: trainLogistic(
      ex.map((e) => ({ ...e, x: logTfL2(e.x) })),
      LABELS,
      BUCKETS,
      { epochs: 8, eta0: 0.2, lambda: 1e-6, seed: 'emotion' },
    ),
  };
  const devSets = {
    'kote-dev': koteDev.map((r) => ({ text: r.text, label: koteLabel(r.labels) })),
    'goemotions-dev': goDev.map((r) => ({ text: r.text, label: goLabel(r.labels) })),
  };
  const dev: Record<string, unknown> = {};
  const score: Record<string, number> = {};
  for (const [name, model] of Object.entries(candidates)) {
    const loaded = { version: 'dev', minN: MIN_N, maxN: MAX_N, model };
    for (const cues of [false, true]) {
      const macro: number[] = [];
      for (const [set, data] of Object.entries(devSets)) {
        const pred = data.map((d) => analyseEmotion(loaded, d.text, { cues }).label);
        const rep = classificationReport(
          data.map((d) => d.label),
          pred,
          LABELS,
        );
        const tag = `${name}${cues ? '+cues' : ''}`;
        console.log(`\n[emotion ${tag}] ${set}\n${formatReport(rep)}`);
        dev[`${tag}.${set}`] = { accuracy: round(rep.accuracy), macroF1: round(rep.macroF1), n: rep.n };
        macro.push(rep.macroF1);
      }
      if (cues) score[name] = macro.reduce((a, b) => a + b, 0) / macro.length;
    }
  }
  const choice = score.logistic >= score['naive-bayes'] ? 'logistic' : 'naive-bayes';
  dev.chosen = `${choice}+cues`;
  console.log(`\nmean dev macro-F1 with cues: ${JSON.stringify(score)} → ${choice}`);
  const model = serialiseModel(candidates[choice]);
  const artefact: EmotionArtefact = {
    format: 'fingraph-emotion/1',
    version: `emotion-${contentHash(model)}`,
    features: { minN: MIN_N, maxN: MAX_N },
    model,
    dev,
    attribution: [
      'KOTE (searle-j/KOTE, MIT): Korean online comments with 44 emotion labels, val split (80 % used for training)',
      'GoEmotions (Google Research, Apache-2.0): English Reddit comments with 27 emotions + neutral, train split',
    ],
  };
  loadEmotionModel(artefact);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(artefact) + '\n');
  console.log(
    `\nwrote ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} kB), version ${artefact.version}`,
  );
}

const round = (x: number) => Number(x.toFixed(4));
main();
