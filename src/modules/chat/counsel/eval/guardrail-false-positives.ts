// How often the user-message guardrail (detectInjection, the text rules without the database check) refuses an
// ordinary message: run over public datasets of real questions and chat, none of which is an attack.
//   npx ts-node --transpile-only src/modules/chat/counsel/eval/guardrail-false-positives.ts ../shared/data
// Prints per dataset: messages, flagged, rate and up to 5 examples; last line JSON.
import fs from 'node:fs';
import path from 'node:path';
import { detectInjection } from '../injection';

function csvColumn(file: string, column: number): string[] {
  const out: string[] = [];
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    // First or second field; quoted fields may hold commas.
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
    const raw = (fields[column] ?? '').replace(/,$/, '');
    out.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return out.filter((s) => s.length > 0);
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(dir)) {
    console.error('usage: guardrail-false-positives.ts <shared data dir>');
    process.exit(2);
  }
  const sets: Record<string, string[]> = {};
  const banking = path.join(dir, 'banking77', 'train.csv');
  if (fs.existsSync(banking)) sets.banking77 = csvColumn(banking, 0);
  const clinc = path.join(dir, 'clinc150', 'data_dev.json');
  if (fs.existsSync(clinc)) {
    const d = JSON.parse(fs.readFileSync(clinc, 'utf8')) as Record<string, [string, string][]>;
    sets.clinc150 = [...d.train, ...d.val, ...d.oos_train, ...d.oos_val].map(([text]) => text);
  }
  const songys = path.join(dir, 'ko_chatbot_songys', 'ChatbotData.csv');
  if (fs.existsSync(songys)) sets.ko_chatbot_songys = csvColumn(songys, 0);
  const kote = path.join(dir, 'ko_kote', 'val.tsv');
  if (fs.existsSync(kote))
    sets.ko_kote = fs
      .readFileSync(kote, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.split('\t')[1] ?? '')
      .filter((s) => s.length > 0);

  const summary: Record<string, { messages: number; flagged: number; rate: number }> = {};
  for (const [name, texts] of Object.entries(sets)) {
    const flagged = texts.filter((t) => detectInjection(t) !== null);
    summary[name] = { messages: texts.length, flagged: flagged.length, rate: flagged.length / texts.length };
    console.log(
      `${name}: ${flagged.length}/${texts.length} flagged (${((100 * flagged.length) / texts.length).toFixed(3)} %)`,
    );
    for (const t of flagged.slice(0, 5)) console.log(`  ${detectInjection(t)!.rule}: ${t.slice(0, 100)}`);
  }
  console.log(JSON.stringify(summary));
}

main();
