// `npm run eval:emotion -- --format kote|goemotions FILE`: FILE in the data set's own TSV layout (KOTE: id, text,
// label indices; GoEmotions: text, label indices, id), label indices resolved with its labels.txt (--labels FILE,
// default the one in ../shared/data) and mapped onto ours (src/modules/emotion/emotion-mapping.ts). Prints
// per-class precision/recall/F1 and macro-F1 of the shipped emotion engine (model + offsets + finance cues); last
// line JSON. KOTE rows the shipped model saw are left out: train:emotion trains and calibrates on
// ../shared/data/ko_kote/val.tsv minus its dev hold-out (isKoteDev), so passing that file measures the hold-out
// only, and another KOTE file (its test split, say) is scored on every row whose text is not among those seen.
// Without the shared val.tsv to tell, the hash rule alone decides (the hold-out share of any file). --all scores
// every row (on val.tsv, 80 % trained on: not a measure of anything but fit).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { classificationReport, formatReport } from '../common/text/metrics';
import { analyseEmotionText, emotionModel } from '../modules/emotion/emotion-classifier';
import { GOEMOTIONS_MAP, KOTE_MAP, toSingleLabel } from '../modules/emotion/emotion-mapping';
import { EMOTION_LABELS } from '../modules/emotion/emotion.enums';
import { DEFAULT_DATA_DIR, readGoEmotionsTsv, readKoteTsv, unseenKoteRows } from './nlp-data';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, labels: { type: 'string' }, all: { type: 'boolean' } },
  });
  const format = values.format;
  const file = positionals[0];
  if ((format !== 'kote' && format !== 'goemotions') || !file) {
    console.error(
      'usage: npm run eval:emotion -- --format kote|goemotions FILE [--labels labels.txt] [--all]',
    );
    process.exit(2);
  }
  const labelsFile =
    values.labels ??
    path.join(DEFAULT_DATA_DIR, format === 'kote' ? 'ko_kote/labels.txt' : 'en_goemotions/labels.txt');
  for (const f of [file, labelsFile]) {
    if (!fs.existsSync(f)) {
      console.error(
        `eval:emotion: ${f} not found (KOTE/GoEmotions live in ../shared/data; npm run train:emotion writes .data/nlp-dev/kote-dev.tsv)`,
      );
      process.exit(2);
    }
  }
  const names = fs
    .readFileSync(labelsFile, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const read = format === 'kote' ? readKoteTsv(file) : readGoEmotionsTsv(file);
  const trainingFile = path.join(DEFAULT_DATA_DIR, 'ko_kote/val.tsv');
  const scoped = format === 'kote' && !values.all;
  const training = !scoped
    ? undefined
    : path.resolve(file) === path.resolve(trainingFile)
      ? read
      : fs.existsSync(trainingFile)
        ? readKoteTsv(trainingFile)
        : undefined;
  const rows = scoped ? unseenKoteRows(read, training) : read;
  if (read.length === 0) {
    console.error(
      `eval:emotion: no ${format} rows in ${file} (KOTE: id<TAB>text<TAB>label indices; GoEmotions: text<TAB>label indices<TAB>id)`,
    );
    process.exit(2);
  }
  if (rows.length === 0) {
    console.error(
      `eval:emotion: no row of ${file} is left to score (every one was trained or calibrated on)`,
    );
    process.exit(2);
  }
  const map = format === 'kote' ? KOTE_MAP : GOEMOTIONS_MAP;
  const gold = rows.map((r) =>
    toSingleLabel(
      r.labels.map((i) => names[i]),
      map,
    ),
  );
  const pred = rows.map((r) => analyseEmotionText(r.text).label);
  const rep = classificationReport(gold, pred, [...EMOTION_LABELS]);
  const scope =
    rows.length === read.length
      ? ''
      : training
        ? ` (rows never trained or calibrated on: ${rows.length} of ${read.length})`
        : ` (KOTE dev hold-out by text hash, ../shared/data/ko_kote/val.tsv not found: ${rows.length} of ${read.length} rows)`;
  console.log(`model ${emotionModel().version}, ${format} ${file}${scope}`);
  console.log(formatReport(rep));
  console.log(JSON.stringify({ accuracy: round(rep.accuracy), macroF1: round(rep.macroF1), n: rep.n }));
}

const round = (x: number) => Number(x.toFixed(4));
main();
