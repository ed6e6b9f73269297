// Measures the understanding layer on labelled questions: intent accuracy and slot micro-F1 (precision/recall
// of slot=value pairs) per language, the confusion of the errors, and follow-up turns. Pure apart from the model
// it is given; `npm run eval:intents` prints it for the dev split, and the chat's eval:counsel reuses it.
import { detectLanguage } from '../../../common/text/features';
import type { CounselIntent, CounselSlots, MessageUnderstanding } from '../counsel-intents';
import type { FollowUp, QuestionSet } from './data/format';
import { DEV, DEV_FOLLOW_UPS } from './data/dev';
import { slotPairs } from './slots';

export type EvalLanguage = 'KO' | 'EN';

export interface LabelledQuestion {
  text: string;
  intent: CounselIntent;
  slots: CounselSlots;
  /** KO for Hangul and mixed text, EN for Latin text. */
  language: EvalLanguage;
}

export const languageOf = (text: string): EvalLanguage => (detectLanguage(text) === 'EN' ? 'EN' : 'KO');

/** A question set as a flat list. */
export function questionsOf(set: QuestionSet): LabelledQuestion[] {
  return (Object.entries(set) as [CounselIntent, QuestionSet[CounselIntent]][]).flatMap(([intent, rows]) =>
    rows.map(([text, slots]) => ({ text, intent, slots: slots ?? {}, language: languageOf(text) })),
  );
}

/** The dev questions (never trained on), for evaluations built on top of this one. */
export function devQuestions(): LabelledQuestion[] {
  return questionsOf(DEV);
}

export interface LanguageFigures {
  n: number;
  intentAccuracy: number;
  slotPrecision: number;
  slotRecall: number;
  slotF1: number;
}

export interface IntentError {
  text: string;
  language: EvalLanguage;
  gold: CounselIntent;
  predicted: CounselIntent;
}

export interface SlotError {
  text: string;
  missing: string[];
  spurious: string[];
}

export interface IntentEvaluation {
  byLanguage: Record<EvalLanguage, LanguageFigures>;
  /** "gold → predicted" with counts, most frequent first. */
  confusion: { gold: CounselIntent; predicted: CounselIntent; count: number }[];
  intentErrors: IntentError[];
  slotErrors: SlotError[];
  followUps: { n: number; intentAccuracy: number; exact: number; failures: string[] };
}

type Understand = (
  text: string,
  previous?: Pick<MessageUnderstanding, 'intent' | 'slots'> | null,
) => MessageUnderstanding;

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Evaluates `understand` on labelled questions (default: the dev split and its follow-ups). */
export function evaluateIntents(
  understand: Understand,
  questions: LabelledQuestion[] = devQuestions(),
  followUps: readonly FollowUp[] = DEV_FOLLOW_UPS,
): IntentEvaluation {
  const acc = {
    KO: { n: 0, correct: 0, tp: 0, fp: 0, fn: 0 },
    EN: { n: 0, correct: 0, tp: 0, fp: 0, fn: 0 },
  };
  const confusion = new Map<string, number>();
  const intentErrors: IntentError[] = [];
  const slotErrors: SlotError[] = [];
  for (const q of questions) {
    const u = understand(q.text);
    const a = acc[q.language];
    a.n++;
    if (u.intent === q.intent) a.correct++;
    else {
      intentErrors.push({ text: q.text, language: q.language, gold: q.intent, predicted: u.intent });
      const key = `${q.intent}\u0000${u.intent}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    const gold = new Set(slotPairs(q.slots));
    const got = new Set(slotPairs(u.slots));
    const missing = [...gold].filter((p) => !got.has(p));
    const spurious = [...got].filter((p) => !gold.has(p));
    a.tp += gold.size - missing.length;
    a.fn += missing.length;
    a.fp += spurious.length;
    if (missing.length || spurious.length) slotErrors.push({ text: q.text, missing, spurious });
  }
  const figures = (l: EvalLanguage): LanguageFigures => {
    const a = acc[l];
    const precision = ratio(a.tp, a.tp + a.fp);
    const recall = ratio(a.tp, a.tp + a.fn);
    return {
      n: a.n,
      intentAccuracy: ratio(a.correct, a.n),
      slotPrecision: precision,
      slotRecall: recall,
      slotF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  };
  let fuIntent = 0;
  let fuExact = 0;
  const failures: string[] = [];
  for (const f of followUps) {
    const u = understand(f.text, f.previous);
    const intentOk = u.intent === f.intent;
    const slotsOk = slotPairs(u.slots).join('|') === slotPairs(f.slots).join('|');
    const inheritedOk = [...u.inherited].sort().join('|') === [...f.inherited].sort().join('|');
    if (intentOk) fuIntent++;
    if (intentOk && slotsOk && inheritedOk) fuExact++;
    else
      failures.push(
        `${f.previous.intent} → "${f.text}": got ${u.intent} {${slotPairs(u.slots).join(', ')}} inherited [${u.inherited.join(', ')}]`,
      );
  }
  return {
    byLanguage: { KO: figures('KO'), EN: figures('EN') },
    confusion: [...confusion.entries()]
      .map(([k, count]) => {
        const [gold, predicted] = k.split('\u0000') as [CounselIntent, CounselIntent];
        return { gold, predicted, count };
      })
      .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold)),
    intentErrors,
    slotErrors,
    followUps: {
      n: followUps.length,
      intentAccuracy: ratio(fuIntent, followUps.length),
      exact: ratio(fuExact, followUps.length),
      failures,
    },
  };
}

const f4 = (x: number) => x.toFixed(4);

/** A printable report: figures per language, the confusion of the errors, and every failing line. */
export function formatIntentEvaluation(e: IntentEvaluation, verbose = true): string {
  const lines = ['language     n  intent-acc  slot-P  slot-R  slot-F1'];
  for (const l of ['KO', 'EN'] as const) {
    const f = e.byLanguage[l];
    lines.push(
      `${l.padEnd(8)} ${String(f.n).padStart(5)}  ${f4(f.intentAccuracy).padStart(10)}  ${f4(f.slotPrecision)}  ${f4(f.slotRecall)}  ${f4(f.slotF1).padStart(7)}`,
    );
  }
  lines.push(
    `follow-ups ${e.followUps.n}: intent ${f4(e.followUps.intentAccuracy)}, exact (intent + slots + inherited) ${f4(e.followUps.exact)}`,
  );
  lines.push('', 'confusion of the errors (gold → predicted):');
  for (const c of e.confusion) lines.push(`  ${c.gold} → ${c.predicted}: ${c.count}`);
  if (verbose) {
    lines.push('', 'intent errors:');
    for (const x of e.intentErrors) lines.push(`  [${x.language}] ${x.gold} → ${x.predicted}: ${x.text}`);
    lines.push('', 'slot errors:');
    for (const x of e.slotErrors)
      lines.push(`  ${x.text}  missing [${x.missing.join(', ')}] spurious [${x.spurious.join(', ')}]`);
    lines.push('', 'follow-up failures:');
    for (const x of e.followUps.failures) lines.push(`  ${x}`);
  }
  return lines.join('\n');
}
