import { performance } from 'node:perf_hooks';
import { analyseEmotionText, emotionModel } from '../src/modules/emotion';
import { KO_EMOTION } from '../src/modules/emotion/training/ko-emotion';
import { classifyOffline, classifyTopicText, topicModel } from '../src/modules/topics';
import { KO_FINANCE } from '../src/modules/topics/training/ko-finance';
import { machineNotes, round, updateReadmeSection, writeResults } from './lib/harness';

// Messages classified per second after the models are loaded, beside a floor in the same run: a plain keyword
// regex matcher (one finance regex + one emotion regex, no scores, no intents). `npm run bench:nlp`. Needs no
// database and no ../shared/data: the messages are the project's own lines plus general chat written here.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

const GENERAL = [
  '오늘 점심 뭐 먹지',
  '주말에 영화 보러 갈까',
  '요즘 너무 피곤해',
  '날씨 진짜 좋다',
  'what time is it in london',
  'tell me a joke',
  '친구랑 싸웠어',
  '운동 시작하고 싶어',
];
const MESSAGES = [
  ...Object.values(KO_FINANCE).flatMap((lines) => lines.slice(0, 4)),
  ...Object.values(KO_EMOTION).flatMap((lines) => (lines ?? []).slice(0, 4)),
  ...GENERAL,
];

const FINANCE_RE = /대출|연체|상환|대환|한도|카드|적금|저축|지출|금리|업로드|loan|card|rate|spend|sav/i;
const EMOTION_RE = /(불안|걱정|무서|worr)|(짜증|화나|angry)|(슬프|우울|힘들|sad)|(다행|감사|좋아|thank)/i;

function floor(text: string): { finance: boolean; emotion: number } {
  const m = EMOTION_RE.exec(text);
  return { finance: FINANCE_RE.test(text), emotion: m ? m.slice(1).findIndex((g) => g !== undefined) : -1 };
}

function messagesPerSecond(fn: (text: string) => unknown, seconds = SECONDS): number {
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (const m of MESSAGES) fn(m);
    n += MESSAGES.length;
  }
  return n / seconds;
}

async function main(): Promise<void> {
  const at = new Date();
  const t0 = performance.now();
  const versions = `${topicModel().version}+${emotionModel().version}`;
  const loadMs = performance.now() - t0;
  const cases: { name: string; ours: (t: string) => unknown }[] = [
    { name: 'topic + intent', ours: classifyTopicText },
    { name: 'emotion', ours: analyseEmotionText },
    { name: 'classifyMessage (topic + intent + emotion + language)', ours: classifyOffline },
  ];
  const results = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const c of cases) {
    messagesPerSecond(c.ours, 0.5);
    messagesPerSecond(floor, 0.5);
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2 === 0) {
        ours.push(messagesPerSecond(c.ours));
        base.push(messagesPerSecond(floor));
      } else {
        base.push(messagesPerSecond(floor));
        ours.push(messagesPerSecond(c.ours));
      }
    }
    const row = {
      name: c.name,
      oursPerSecond: round(median(ours), 0),
      microsecondsPerMessage: round(1e6 / median(ours), 1),
      floorPerSecond: round(median(base), 0),
      slowdown: round(median(base) / median(ours), 0),
    };
    results.push(row);
    process.stdout.write(
      `[bench:nlp] ${row.name}: ${row.oursPerSecond}/s (${row.microsecondsPerMessage} µs) vs regex floor ${row.floorPerSecond}/s (×${row.slowdown})\n`,
    );
  }
  const machine = machineNotes();
  const avgChars = round(MESSAGES.reduce((s, m) => s + m.length, 0) / MESSAGES.length, 1);
  await writeResults('nlp', at, {
    at: at.toISOString(),
    command: 'npm run bench:nlp',
    rounds: ROUNDS,
    secondsPerRound: SECONDS,
    messages: MESSAGES.length,
    avgChars,
    modelVersions: versions,
    loadMs: round(loadMs, 1),
    machine,
    results,
  });
  const table = results
    .map(
      (r) =>
        `| ${r.name} | ${r.oursPerSecond.toLocaleString('en-US')} | ${r.microsecondsPerMessage} | ${r.floorPerSecond.toLocaleString('en-US')} | ×${r.slowdown} |`,
    )
    .join('\n');
  await updateReadmeSection(
    'nlp',
    `## nlp — chat messages classified per second (topic + emotion)

**What it measures.** The offline counselling classifiers on one core after the models are loaded (once per
process; loading both took ${round(loadMs, 0)} ms in this run): topic + intent (hashed char 1–4-gram logistic
regression + keyword boosts), emotion (logistic regression + finance cues, negation, intensity), and the whole
\`classifyMessage\` payload. ${MESSAGES.length} messages (Korean finance, emotional and general lines, a few English;
${avgChars} characters on average) cycled for 2 s per round, median of ${ROUNDS} interleaved rounds. The floor is a
plain keyword regex matcher (one finance regex, one emotion regex: no probabilities, no intents, no negation).
Models: \`${versions}\`.

**Run it:** \`npm run bench:nlp\` (no database, no ../shared/data needed).

**Machine notes.** ${machine.cpus} shared vCPUs (${machine.cpuModel}), Node ${machine.node}. Read the ratios.

### Latest run — ${at.toISOString()}

| case | messages per second | µs each | regex floor per second | ours is slower by |
|---|--:|--:|--:|--:|
${table}

Well under a millisecond per message: classification is never the slow step of a chat turn (the database and the
LLM stream are).`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
