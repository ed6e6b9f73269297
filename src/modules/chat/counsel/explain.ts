// QA round 25 (left25b). A question about the answer just given — "wdym by that last line", "what do you mean by that",
// "what does insurance have to do with it", "그게 무슨 말이에요?", "보험이랑 무슨 상관이에요?" — was small talk. It is
// answered from the previous answer's own text: the line asked about (the last one, or the one naming the word),
// said again in plain words. Pure: no data is read, every figure is one the previous answer already gave.
import type { ChatLanguage } from './counsellor';
import { GLOSSARY } from './glossary';
import { ko as koText } from './render';

type Lang = ChatLanguage;

/** "wdym", "what do you mean (by that)", "그게 무슨 말이에요", "마지막 줄 무슨 뜻": the answer's last line asked about. */
const MEANING_ASKED =
  /\bwdym\b|\bwhat do (?:you|u) mean\b|\bwhat(?:'s| is| does) (?:that|this) (?:last )?(?:line |part |bit |step )?mean\b|\bmeaning of (?:that|this|the last)\b|\bexplain (?:that|this|the) (?:last )?(?:line|part|bit|step)\b|\bi don'?t (?:get|understand) (?:that|this|the last)\b|무슨\s?(?:말|뜻|의미)|뭔\s?(?:말|뜻)|(?:마지막|맨\s?끝)\s?(?:줄|문장|말)/i;

/**
 * QA round 27 (helper en27). Plain confusion at the answer just given: "wait what?", "huh?", "i'm confused", "i don't
 * get it", "네? 뭐라고요?" — its lead said again in plain words (was small talk).
 */
const CONFUSED =
  /^\s*(?:(?:wait|huh|what|um+|uh+|hm+)[\s,.!?]*){1,3}$|^\s*(?:wait,?\s)?i(?:'m|m| am) (?:so |really )?(?:confused|lost)\b[^.?!]{0,20}[.?!]*\s*$|^\s*(?:wait,?\s)?i (?:don'?t|dont|do not) (?:get|understand)(?: (?:it|that|this))?\s*[.?!]*\s*$|^\s*(?:네|예|엥|응)?\s?[?？]*\s?(?:뭐라고요|뭐라구요|무슨\s?소리(?:예요|에요|야)?)\s*[?？!]*\s*$/i;

/** "what does insurance have to do with it", "보험이랑 무슨 상관": the line naming that word asked about. */
const LINK_ASKED_EN =
  /\bwhat (?:does|has|do|did) (?:the |my )?([a-z][a-z -]{1,30}?) (?:have|got) to do with (?:it|this|that|anything|me|my \w+)\b|\bwhy (?:did you|do you) (?:mention|bring up|say) (?:the |my )?([a-z][a-z -]{1,30}?)\b/i;
const LINK_ASKED_KO = /([가-힣A-Za-z]{1,10}?)(?:이랑|랑|하고|과|와|은|는|이|가)?\s?(?:무슨|뭔)\s?상관/;

/** Words of the same thing in either language (the answer may be in the other). */
const SAME_WORD: Record<string, RegExp> = {
  insurance: /insurance|보험/i,
  보험: /insurance|보험/i,
  dsr: /\bdsr\b/i,
};

/** Lines that are no part of what was said: the disclaimer and the step header. */
const NOT_SAID = /^(?:Note: this is guidance|참고: |※|■ (?:Next steps|다음 단계):?$)/;

/** One line explained: the pattern it matches and the plain words for it. */
interface Explainer {
  test: RegExp;
  say: (m: RegExpExecArray, lang: Lang) => string;
}

const EXPLAINERS: Explainer[] = [
  {
    // The health score's insurance factor (a reason or a step).
    test: /No insurance premium|카드 보험료 납부 내역 없음|카드로 내는 보험료가 (?:없|보이지)/i,
    say: (_m, lang) =>
      lang === 'ko'
        ? '보험이 나온 건 금융 건강 점수의 항목 중 하나이기 때문입니다: 점수는 병원비나 사고 비용이 저축을 깎거나 빚이 되지 않도록 보험(실손 등)으로 대비하고 있는지를 봅니다. 그걸 카드로 낸 보험료로 확인하는데 고객님 카드에는 보험료가 보이지 않아 그 항목 점수가 낮게 나왔고, 보험료를 계좌이체로 내고 계시다면 이미 대비가 되어 있는 것이니 그 줄은 신경 쓰지 않으셔도 됩니다.'
        : 'Insurance came up because it is one of the factors of your financial health score: the score checks whether cover such as medical insurance would keep a hospital bill or an accident from eating your savings or turning into debt. It looks for insurance premiums paid by card, saw none on yours, so that factor scored low; if you pay your premiums by bank transfer, you are covered and can ignore that line.',
  },
  {
    // The medical bill's claim line.
    test: /medical insurance \(실손\)|실손보험이 있다면/i,
    say: (_m, lang) =>
      lang === 'ko'
        ? '보험은 병원비를 돌려받는 방법이라 말씀드렸습니다: 실손보험이 있으면 병원·약국에서 낸 돈의 상당 부분을 보험사에 청구해 돌려받을 수 있으니, 카드로 낸 병원비도 영수증과 진료비 세부내역서를 챙겨 보험사 앱에서 청구하시면 됩니다.'
        : 'Insurance came up because it gives you part of a hospital bill back: if you have private medical insurance (실손보험), you can claim much of what you paid the hospital or pharmacy from the insurer, card payments included — keep the receipt and the itemised bill and claim in the insurer’s app.',
  },
  {
    // A key metric against its warning level: "- card spending change (vs previous quarter): 36.3% (above the 30.0%
    // warning level)".
    test: /^-?\s*(.+?):\s*([+-]?[\d.,]+%)\s*\(above the ([\d.]+%) warning level\)/i,
    say: (m, lang) =>
      lang === 'ko'
        ? ''
        : `That last line means your ${m[1]} is ${m[2]}, higher than the ${m[3]} we treat as a warning sign — so it is flagged and counts against your score. Bringing it back under ${m[3]} clears the flag.`,
  },
  {
    test: /^-?\s*(.+?):\s*([+-]?[\d.,]+%)\s*\(주의 기준 ([\d.]+%)보다 높음\)/,
    say: (m) =>
      koText`마지막 줄은 ${m[1].trim()}이/가 ${m[2]}로, 저희가 주의 신호로 보는 ${m[3]}보다 높다는 뜻입니다: 그래서 주의 항목으로 표시되고 점수를 깎습니다. ${m[3]} 아래로 내려오면 표시가 사라집니다.`,
  },
  {
    // The budget's basis: "Monthly income is Q3 2026's income of ₩4,735,000 ÷ 3; card spending is ₩1,329,043 a month:
    // ₩3,987,130 over the last 3 complete months (August to October), ÷ 3."
    test: /^Monthly income is (.+?)'s income of (₩[\d,]+) ÷ 3; card spending is (₩[\d,]+) a month: (₩[\d,]+) over (.+?), ÷ 3\.$/,
    say: (m) =>
      `That last line shows where the budget’s two figures come from: your monthly income is the ${m[2]} of income on file for ${m[1]}, split over its 3 months, and your card spending of ${m[3]} a month is the ${m[4]} you spent over ${m[5]}, divided by 3.`,
  },
  {
    test: /^월 소득은 (.+?) 소득 ([\d,]+원)을 3으로 나눈 금액, 카드 지출은 (.+?) ([\d,]+원)을 3으로 나눈 월 ([\d,]+원)입니다\.$/,
    say: (m) =>
      koText`마지막 줄은 예산의 두 숫자가 어디서 나왔는지 설명한 것입니다: 월 소득은 ${m[1]}에 등록된 소득 ${m[2]}을/를 3개월로 나눈 것이고, 카드 지출 월 ${m[5]}은/는 ${m[3]} 동안 쓰신 ${m[4]}을/를 3으로 나눈 것입니다.`,
  },
  {
    test: /^None of these is guaranteed, but asking before you miss a payment keeps the most doors open\.$/,
    say: () =>
      'I meant that none of those options is promised — the lender or the agency decides — but if you ask before a payment is missed, every one of them is still open to you; once you are behind, some of them close.',
  },
];

/** A line without its list mark ("- ", "1. ") — as said. */
function bare(line: string): string {
  return line.replace(/^(?:-|\d+\.)\s*/, '').trim();
}

/** The word the link question names, if any ("insurance"), lower-cased. */
function linkWord(text: string): string | undefined {
  const en = LINK_ASKED_EN.exec(text);
  if (en) return (en[1] ?? en[2]).trim().toLowerCase();
  const ko = LINK_ASKED_KO.exec(text);
  return ko?.[1];
}

/** The answer pointed at: "that", "this", "the last line", "그게", "마지막 줄". */
const POINTED = /\b(?:that|this|it|the last)\b|그게|그거|그건|이게|이건|마지막|방금/i;

/**
 * Whether the message asks what the answer just given meant, pointing at it ("그게 무슨 말이에요?", "wdym by that") —
 * a short message that a follow-up rule may have read as the previous intent again.
 */
export function asksAboutIt(text: string): boolean {
  return (
    (MEANING_ASKED.test(text) && (POINTED.test(text) || /\bwdym\b/i.test(text)) && text.length <= 40) ||
    CONFUSED.test(text)
  );
}

/** Whether the message asks what a word of the answer has to do with it ("what does insurance have to do with it"). */
export function asksLink(text: string): boolean {
  return linkWord(text) !== undefined;
}

/** Whether the message asks about the answer just given (its last line, or a word it named). */
export function asksAboutAnswer(text: string): boolean {
  return (
    MEANING_ASKED.test(text) || linkWord(text) !== undefined || asksReconcile(text) || CONFUSED.test(text)
  );
}

/** QA round 27 (helper en27). An answer's lead: its first said line. */
function leadOf(answer: string): string | null {
  return (
    answer
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0 && !NOT_SAID.test(l)) ?? null
  );
}

/** The line asked about: the one naming the word, or the answer's last said line. */
function lineAsked(answer: string, text: string): string | null {
  const lines = answer
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !NOT_SAID.test(l));
  if (lines.length === 0) return null;
  const word = linkWord(text);
  if (word && !MEANING_ASKED.test(text)) {
    const same = SAME_WORD[word] ?? new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    // The line that explains the link best: one an explainer knows, else the first naming the word.
    const naming = lines.filter((l) => same.test(l));
    return naming.find((l) => EXPLAINERS.some((e) => e.test.test(l))) ?? naming[0] ?? null;
  }
  return lines[lines.length - 1];
}

/**
 * The answer to "wdym by that last line", "what does insurance have to do with it" and the like, from the previous
 * answer's text; null when the message asks nothing of it or the line asked about is not there (a word it never
 * named).
 */
export function explainPrevious(previous: string | undefined, text: string, lang: Lang): string | null {
  const confused = CONFUSED.test(text);
  if (!previous || !(MEANING_ASKED.test(text) || linkWord(text) !== undefined || confused)) return null;
  const line = confused ? leadOf(previous) : lineAsked(previous, text);
  if (!line) return null;
  // QA round 27 (helper en27). "wait what?": the answer's lead said again, plainly.
  if (confused && !EXPLAINERS.some((e) => e.test.test(line) || e.test.test(bare(line)))) {
    if (!/\d/.test(line)) return null;
    const said = bare(line).replace(/[.。]$/, '');
    return lang === 'ko'
      ? `짧게 말씀드리면: "${said}". 이 중 어떤 숫자가 어떻게 나왔는지 물어보시면 계산 근거를 보여 드릴게요.`
      : `Put simply, what I said was: “${said}”. Ask me about any figure in it and I’ll show how it was worked out.`;
  }
  for (const e of EXPLAINERS) {
    const m = e.test.exec(line) ?? e.test.exec(bare(line));
    const said = m ? e.say(m, lang) : '';
    if (said) return said;
  }
  // A line no explainer knows: said again as it stood, with the term it uses defined where the glossary has it — when it
  // holds a figure (a line of small talk is not explained).
  if (!/\d/.test(line)) return null;
  const dsr = /\bDSR\b/.test(line) ? ` ${GLOSSARY.DSR[0][lang]}` : '';
  const said = bare(line).replace(/[.。]$/, '');
  return lang === 'ko'
    ? `제가 드린 말씀은 "${said}"였습니다.${dsr} 이 중 어떤 숫자가 어떻게 나왔는지 물어보시면 계산 근거를 보여 드릴게요.`
    : `What I said there was: “${said}”.${dsr} Ask me about any figure in it and I’ll show how it was worked out.`;
}

// QA round 27 (helper en27). "you told me a different number", "that's not what you said before", "아까랑 숫자가
// 다르잖아요": was small talk. The two figures are reconciled from the conversation's own answers — the one given
// earlier and the latest, each quoted by its first sentence — and why they differ is said (another period, one
// category against all spending, another kind of figure). Pure: every figure is one an answer already gave.
const FIGURE_DISPUTED =
  /\byou (?:told|gave|showed) me (?:a )?(?:different|another|other|diff)\b|\byou said (?:something else|a different|different|another|otherwise)\b|\b(?:that'?s|thats|that is|this is|it'?s|its) not what you (?:said|told me)\b|\b(?:that|this|it) (?:doesn'?t|does not|dont|don'?t) match (?:what you (?:said|told me)|before|earlier|your (?:last|first|other) (?:answer|number|figure))\b|\b(?:earlier|before) you said\b|\bbut you (?:just )?said\b|\bthe numbers? (?:don'?t|doesn'?t|do not) (?:match|add up)\b|\bwhich (?:number|figure|one) is (?:right|correct)\b|아까(?:는|랑|와|하고)?\s?(?:다른|다르|달라|숫자가\s?다|금액이\s?다|말한\s?거랑\s?(?:다르|달라))|(?:말이|숫자가|금액이)\s?(?:왜\s?)?(?:다르|달라|바뀌)|어느\s?(?:게|숫자가|금액이)\s?맞/i;

/** Whether the message disputes a figure against one given earlier in the conversation. */
export function asksReconcile(text: string): boolean {
  return FIGURE_DISPUTED.test(text) && text.length <= 90;
}

const WON = /₩[\d,]+|[\d,]+원/;
const EN_MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const PERIOD_SAID = new RegExp(
  String.raw`\b(?:this|last|next) (?:month|year|quarter|week)\b|\bthe month before last\b|\bin (?:${EN_MONTH_NAMES})(?: \d{4})?\b|\b(?:a|per|each) month\b|\bso far\b|이번\s?달|지난\s?달|올해|작년|지난\s?분기|이번\s?분기|한\s?달(?:에)?|\d{1,2}월`,
  'i',
);

/** The first sentence of an answer that holds a figure, up to its figure's clause ("…is ₩173,540"), and the figure. */
function headOf(answer: string): { said: string; figure: string } | null {
  const first = answer
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !NOT_SAID.test(l));
  if (!first) return null;
  const figure = WON.exec(first)?.[0];
  if (!figure) return null;
  // The sentence up to the end of its figure's clause: a colon or a full stop after the figure.
  const at = first.indexOf(figure) + figure.length;
  const rest = first.slice(at);
  const stop = rest.search(/[:;]|\.(?:\s|$)| \(/);
  const said = (first.slice(0, at) + (stop >= 0 ? rest.slice(0, stop) : rest)).replace(/[.。]$/, '').trim();
  return { said, figure };
}

/** What a head is about: its period, its category (one category's spending) and the kind of figure. */
function scopeOf(said: string): { period?: string; category?: string; kind: string } {
  const period = PERIOD_SAID.exec(said)?.[0];
  const category =
    /\bspen(?:t|ding) (?:₩[\d,]+ )?on ([a-z][a-z ]*?)(?= (?:this|last|in|so far|is|was)\b|$)/i.exec(
      said,
    )?.[1] ??
    /\bYour ([a-z][a-z ]*?) spending\b/i.exec(said)?.[1]?.replace(/^card$/i, '') ??
    undefined;
  const kind = /principal|balance|잔액|원금/i.test(said)
    ? 'loan'
    : /payment|instal|납입|상환/i.test(said)
      ? 'payment'
      : /left over|left|남/i.test(said)
        ? 'left'
        : 'spending';
  return { period, category: category || undefined, kind };
}

/**
 * The reply to "you told me a different number": the earlier figure and the latest, quoted, and why they differ —
 * from the assistant answers of the conversation, oldest first. Null when no answer gave a figure.
 */
export function reconcileFigures(answers: readonly string[], lang: Lang): string | null {
  const heads = answers.map(headOf).filter((h): h is { said: string; figure: string } => h !== null);
  if (heads.length === 0) return null;
  const latest = heads[heads.length - 1];
  const earlier = [...heads.slice(0, -1)].reverse().find((h) => h.figure !== latest.figure);
  const ko = lang === 'ko';
  if (!earlier) {
    const same = heads.length > 1;
    return ko
      ? `${same ? '이 대화에서 드린 숫자는 계속 같았습니다' : '이 대화에서 드린 숫자는 하나입니다'}: "${latest.said}". 다른 곳(앱 화면, 명세서)에서 다른 숫자를 보셨다면 그 숫자를 알려 주세요. 무엇이 다른지(기간, 포함 항목) 맞춰 보겠습니다.`
      : `${same ? 'I have given you the same figure each time' : 'I have given you one figure in this conversation'}: “${latest.said}”. If you saw a different number somewhere else (the app or a statement), tell me what it was and I’ll work out what it covers differently (the period or what is included).`;
  }
  const a = scopeOf(earlier.said);
  const b = scopeOf(latest.said);
  const reasons: string[] = [];
  if (a.kind !== b.kind)
    reasons.push(
      ko
        ? '서로 다른 종류의 금액입니다'
        : `they are different kinds of figure (${kindName(a.kind)} against ${kindName(b.kind)})`,
    );
  if (a.category !== b.category && a.kind === 'spending' && b.kind === 'spending')
    reasons.push(
      ko
        ? '한쪽은 한 업종만, 다른 쪽은 카드 지출 전체입니다'
        : a.category && !b.category
          ? `the first is ${a.category} only, the second all your card spending (every category, ${a.category} included)`
          : b.category && !a.category
            ? `the first is all your card spending, the second ${b.category} only (part of it)`
            : `the first is ${a.category}, the second ${b.category}`,
    );
  if (a.period && b.period && a.period.toLowerCase() !== b.period.toLowerCase())
    reasons.push(
      ko
        ? `기간이 다릅니다(${a.period}, ${b.period})`
        : `they cover different periods (${a.period}, ${b.period})`,
    );
  const why =
    reasons.length > 0
      ? ko
        ? `두 숫자가 다른 이유: ${reasons.join(', ')}.`
        : `Both are right; they differ because ${reasons.join(', and ')}.`
      : ko
        ? '두 숫자는 각 문장이 말하는 범위(기간, 포함 항목)가 다릅니다.'
        : 'Both come from your data; each covers what its sentence says (its period and what it includes).';
  return ko
    ? `아까 드린 숫자는 "${earlier.said}"였고, 방금 드린 숫자는 "${latest.said}"입니다. ${why} 어느 쪽이든 물어보시면 계산 근거를 보여 드릴게요.`
    : `Earlier I said “${earlier.said}”, and just now “${latest.said}”. ${capital(why)} Ask about either and I’ll show how it was worked out.`;
}

function kindName(kind: string): string {
  return kind === 'loan'
    ? 'a loan balance'
    : kind === 'payment'
      ? 'a payment'
      : kind === 'left'
        ? 'money left over'
        : 'spending';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
