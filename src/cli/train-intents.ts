// `npm run train:intents`: builds src/modules/topics/model/intent-model.json from the project's own labelled
// counsel questions (topics/understanding/data/train.ts). Deterministic: fixed seeds, index-based folds, no
// clock. Hyper-parameters (L2 λ and the keyword-cue boost) are chosen by 5-fold cross-validation on the
// training split only; the dev split is measured once, for the record, after the choice.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hashFeatures, logTfL2 } from '../common/text/features';
import { contentHash, serialiseModel, trainLogistic, type Example } from '../common/text/linear';
import { COUNSEL_INTENTS, type CounselIntent } from '../modules/topics/counsel-intents';
import { TRAIN, TRAIN_FOLLOW_UPS } from '../modules/topics/understanding/data/train';
import {
  evaluateIntents,
  formatIntentEvaluation,
  questionsOf,
  type LabelledQuestion,
} from '../modules/topics/understanding/eval';
import {
  loadIntentModel,
  modelText,
  type IntentArtefact,
  type LoadedIntentModel,
} from '../modules/topics/understanding/intent-model';
import { understandWith } from '../modules/topics/understanding/understand';

const MIN_N = 1;
const MAX_N = 4;
const BUCKETS = 1 << 13;
const EPOCHS = 40;
const ETA0 = 0.5;
const LAMBDAS = [1e-5, 1e-4];
const BOOSTS = [0, 1, 2, 3, 4, 5];
const FOLDS = 5;
const LABELS: CounselIntent[] = [...COUNSEL_INTENTS];

/** Each question, plus its 띄어쓰기-free variant for Korean (the same fold as its original). */
function examples(questions: LabelledQuestion[]): Example[] {
  const out: Example[] = [];
  for (const q of questions) {
    const y = LABELS.indexOf(q.intent);
    const text = modelText(q.text);
    out.push({ x: logTfL2(hashFeatures(text, BUCKETS, MIN_N, MAX_N)), y });
    const compact = text.replace(/ /g, '');
    if (q.language === 'KO' && compact !== text)
      out.push({ x: logTfL2(hashFeatures(compact, BUCKETS, MIN_N, MAX_N)), y });
  }
  return out;
}

function train(questions: LabelledQuestion[], lambda: number, boost: number): LoadedIntentModel {
  const model = trainLogistic(examples(questions), LABELS, BUCKETS, {
    epochs: EPOCHS,
    eta0: ETA0,
    lambda,
    seed: 'counsel-intents',
  });
  return { version: 'candidate', minN: MIN_N, maxN: MAX_N, model, cueBoost: boost };
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = path.resolve(values.out ?? 'src/modules/topics/model/intent-model.json');
  const all = questionsOf(TRAIN);
  console.log(
    `training questions: ${all.length} (KO ${all.filter((q) => q.language === 'KO').length}, EN ${all.filter((q) => q.language === 'EN').length})`,
  );

  // ---- 5-fold cross-validation on train: λ × cue boost
  let best = { lambda: LAMBDAS[0], boost: BOOSTS[0], accuracy: -1, slotF1: 0 };
  for (const lambda of LAMBDAS) {
    const folds = Array.from({ length: FOLDS }, (_, k) => {
      const model = train(
        all.filter((_, i) => i % FOLDS !== k),
        lambda,
        0,
      );
      return { model, held: all.filter((_, i) => i % FOLDS === k) };
    });
    for (const boost of BOOSTS) {
      let correct = 0;
      let f1 = 0;
      for (const { model, held } of folds) {
        const m = { ...model, cueBoost: boost };
        const e = evaluateIntents((t, p) => understandWith(m, t, p, { topicGate: false }), held, []);
        correct += (['KO', 'EN'] as const).reduce(
          (s, l) => s + e.byLanguage[l].intentAccuracy * e.byLanguage[l].n,
          0,
        );
        f1 += (e.byLanguage.KO.slotF1 + e.byLanguage.EN.slotF1) / 2 / FOLDS;
      }
      const accuracy = correct / all.length;
      console.log(
        `cv λ=${lambda} boost=${boost}: intent accuracy ${accuracy.toFixed(4)}, slot F1 ${f1.toFixed(4)}`,
      );
      if (accuracy > best.accuracy + 1e-9) best = { lambda, boost, accuracy, slotF1: f1 };
    }
  }
  console.log(`chosen: λ=${best.lambda} boost=${best.boost} (cv accuracy ${best.accuracy.toFixed(4)})`);

  // ---- final model on all of train; dev measured once for the record
  const final = train(all, best.lambda, best.boost);
  const trainFollowUps = evaluateIntents((t, p) => understandWith(final, t, p), [], TRAIN_FOLLOW_UPS);
  const dev = evaluateIntents((t, p) => understandWith(final, t, p));
  console.log(`\ntrain follow-ups: exact ${trainFollowUps.followUps.exact.toFixed(4)}`);
  console.log(`\ndev split:\n${formatIntentEvaluation(dev, false)}`);

  const model = serialiseModel(final.model);
  const round = (x: number) => Number(x.toFixed(4));
  const body = {
    format: 'fingraph-intents/1' as const,
    features: { minN: MIN_N, maxN: MAX_N },
    model,
    cueBoost: best.boost,
    figures: {
      cv: {
        lambda: best.lambda,
        boost: best.boost,
        accuracy: round(best.accuracy),
        slotF1: round(best.slotF1),
      },
      dev: Object.fromEntries(
        (['KO', 'EN'] as const).map((l) => [
          l,
          {
            n: dev.byLanguage[l].n,
            intentAccuracy: round(dev.byLanguage[l].intentAccuracy),
            slotF1: round(dev.byLanguage[l].slotF1),
          },
        ]),
      ),
    },
    attribution: [
      'fingraph project-written counsel questions (src/modules/topics/understanding/data/train.ts), CC BY 4.0',
    ],
  };
  const artefact: IntentArtefact = { ...body, version: `intents-${contentHash([model, best.boost])}` };
  loadIntentModel(artefact); // round-trip check
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(artefact) + '\n');
  console.log(
    `\nwrote ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} kB), version ${artefact.version}`,
  );
}

main();
