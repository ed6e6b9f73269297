// Check of a finished LLM answer: promises of an approval or a rate, and KRW figures that are not in the turn's
// context (a made-up number). Pure.
import type { ChatLanguage } from './counsellor';

export type ReviewFlag = 'PROMISED_APPROVAL' | 'PROMISED_RATE' | 'UNGROUNDED_FIGURE';

const APPROVAL_PROMISES: readonly RegExp[] = [
  /승인(이|은)?\s*(확실|보장|확정)/,
  /승인\s*(됩니다|될\s*거|될\s*것|해\s*드릴|해드릴|해\s*드리겠|해드리겠|나옵니다|받으실\s*수\s*있습니다)/,
  /(무조건|반드시|100\s*%|틀림없이)\s*[^.!?\n]{0,15}(승인|대출\s*(됩니다|가능합니다|나옵니다)|통과)/,
  /(대출|한도)(이|가)?\s*(확실히|무조건|반드시)\s*(나옵니다|됩니다|가능합니다)/,
  /\b(guaranteed|certain|assured)\s+(approval|to be approved|acceptance)\b/i,
  /\b(you\s*(will|'ll)\s*(definitely|certainly|surely)?\s*(be|get)\s*approved)\b/i,
  /\b(approval\s*is\s*(guaranteed|certain|assured))\b/i,
  /\b(we|i)\s*(will|'ll|can)\s*approve\b/i,
];

const RATE_PROMISES: readonly RegExp[] = [
  /금리\s*(를|은|는)?\s*\d+(\.\d+)?\s*%\s*(로|으로)?\s*(해\s*드릴|해드릴|해\s*드리겠|해드리겠|보장|확정|약속|적용해\s*드|드리겠|받으실\s*수\s*있습니다|됩니다)/,
  /\d+(\.\d+)?\s*%\s*(의\s*)?(금리|이자)(를|로|으로)?\s*(보장|확정|약속|해\s*드|해드|드리겠|적용해\s*드)/,
  /(금리|이자)[^.!?\n]{0,10}(보장|확정)\s*(합니다|해\s*드|해드|됩니다)/,
  /\b(guarantee|promise|lock in|we can offer|i can offer|you will get)\b[^.!?\n]{0,30}\b\d+(\.\d+)?\s*%\s*(rate|interest|apr)?/i,
  /\b(rate|interest|apr)\s*(of\s*)?\d+(\.\d+)?\s*%\s*(is\s*)?(guaranteed|locked|assured)\b/i,
];

/** KRW figures in a text: "1,234,567원", "1234567 원", "₩1,234,567", "KRW 1,234,567", "1,234,567 won". */
const KRW_FIGURE =
  /(?:₩|KRW\s?)\s?(\d{1,3}(?:,\d{3})+|\d{4,})|(\d{1,3}(?:,\d{3})+|\d{4,})\s?(?:원|won\b|KRW\b)/gi;
/** Korean unit amounts: "350만원", "1억 2천만 원" are converted to won. */
const KO_UNIT_FIGURE =
  /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(억|천만|백만|만)\s*(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(천만|백만|만))?\s*원/g;
const UNIT: Record<string, number> = { 억: 1e8, 천만: 1e7, 백만: 1e6, 만: 1e4 };

const NEGATION_AFTER = /^[^.!?\n]{0,12}(않|아니|없|못|어렵|not\b|n't|never|cannot)/i;
const NEGATION_BEFORE = /(no|not|never|cannot|can't|won't|isn't|없|않)\s*[^.!?\n]{0,6}$/i;

/** True when one of the patterns matches somewhere that is not negated ("승인이 보장되지 않습니다" is fine). */
export function promises(patterns: readonly RegExp[], text: string): boolean {
  for (const re of patterns) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) {
      const end = (m.index ?? 0) + m[0].length;
      const after = text.slice(end, end + 14);
      const before = text.slice(Math.max(0, (m.index ?? 0) - 10), m.index);
      if (!NEGATION_AFTER.test(after) && !NEGATION_BEFORE.test(before)) return true;
    }
  }
  return false;
}

/** Every KRW figure of a text as whole-won digit strings. */
export function krwFigures(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(KRW_FIGURE))
    out.push((m[1] ?? m[2]).replace(/,/g, '').replace(/^0+(?=\d)/, ''));
  for (const m of text.matchAll(KO_UNIT_FIGURE)) {
    const n = (v: string) => Number(v.replace(/,/g, ''));
    let won = n(m[1]) * UNIT[m[2]];
    if (m[3] && m[4]) won += n(m[3]) * UNIT[m[4]];
    out.push(String(Math.round(won)));
  }
  return out;
}

/** Every integer in a context text (digits with or without thousands separators), as digit strings. */
export function contextNumbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g))
    out.add(m[0].replace(/,/g, '').replace(/^0+(?=\d)/, ''));
  return out;
}

export const REVIEW_APPENDIX: Record<ChatLanguage, string> = {
  ko: '\n\n※ 정정 안내: 위 답변의 일부 표현이나 금액은 확정된 내용이 아닙니다. 대출 승인 여부와 금리·한도는 심사 결과에 따라 달라질 수 있으며, 정확한 금액은 고객님의 대출 조회 화면에서 확인해 주세요.',
  en: '\n\nCorrection: parts of the answer above are not confirmed. Approval, rates and limits depend on the lender’s review, and exact amounts should be checked on your loan pages.',
};

/** Flags of one answer against the numbers of its context (the context JSON and the offline reply). */
export function reviewAnswer(
  answer: string,
  context: string,
  language: ChatLanguage,
): { flags: ReviewFlag[]; appendix: string | null; ungrounded: string[] } {
  const flags: ReviewFlag[] = [];
  if (promises(APPROVAL_PROMISES, answer)) flags.push('PROMISED_APPROVAL');
  if (promises(RATE_PROMISES, answer)) flags.push('PROMISED_RATE');
  const known = contextNumbers(context);
  const ungrounded = [...new Set(krwFigures(answer))].filter((f) => !known.has(f));
  if (ungrounded.length > 0) flags.push('UNGROUNDED_FIGURE');
  return { flags, appendix: flags.length > 0 ? REVIEW_APPENDIX[language] : null, ungrounded };
}
