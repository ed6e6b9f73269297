// `npm run eval:topic -- FILE`: FILE is a CSV with header `text,label`, label `finance` or `general`. Classifies
// every text with the shipped topic model and prints precision, recall and F1 per class; the last line is JSON
// {"accuracy":…,"macroF1":…}. Dev CSVs are written by `npm run train:topic` into .data/nlp-dev/.
import fs from 'node:fs';
import { classificationReport, formatReport } from '../common/text/metrics';
import { classifyTopicText, topicModel } from '../modules/topics/topic-classifier';
import { parseCsv } from './nlp-data';

function main(): void {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npm run eval:topic -- FILE   (CSV text,label with label finance|general)');
    process.exit(2);
  }
  if (!fs.existsSync(file)) {
    console.error(
      `eval:topic: ${file} not found (run npm run train:topic to write the dev CSVs into .data/nlp-dev/)`,
    );
    process.exit(2);
  }
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  const ti = header.indexOf('text');
  const li = header.indexOf('label');
  if (ti < 0 || li < 0) {
    console.error(`eval:topic: ${file} needs a header with columns text,label`);
    process.exit(2);
  }
  const gold: string[] = [];
  const pred: string[] = [];
  rows.forEach((r, i) => {
    const label = (r[li] ?? '').trim().toLowerCase();
    if (label !== 'finance' && label !== 'general') {
      console.error(`eval:topic: line ${i + 2}: label must be finance or general, got "${r[li]}"`);
      process.exit(2);
    }
    gold.push(label);
    pred.push(classifyTopicText(r[ti] ?? '').topic.toLowerCase());
  });
  const rep = classificationReport(gold, pred, ['finance', 'general']);
  console.log(`model ${topicModel().version}, ${file}`);
  console.log(formatReport(rep));
  console.log(JSON.stringify({ accuracy: round(rep.accuracy), macroF1: round(rep.macroF1), n: rep.n }));
}

const round = (x: number) => Number(x.toFixed(4));
main();
