// The offline counsellor's answers to fine-grained questions (docs/counselling.md, "Answer plans"): the first
// sentence answers what was asked with the customer's own figure (a date, an amount in won, a rate, a score);
// then only the context that bears on it, a tone line for the customer's mood, concrete next steps, and the hedge
// where money is promised. Pure: every figure comes from the turn's tool results (./data), every word through
// the rendering layer (./render) — no particle is glued to a raw value, no enum code reaches the customer.
import Decimal from 'decimal.js';
import { formatQuarter as quarterLabelOf, quarterOfDate } from '../../../common/quarters';
import { addDays, addMonths, daysBetween, isWeekend, nextBusinessDay } from '../../../common/dates';
import { KOREAN_PUBLIC_HOLIDAYS } from '../../../common/korean-holidays';
import { formerNiceGrade } from '../../customers';
import { HEALTH_BANDS, leversToReach, type HealthLever } from '../../insights/health/health-score';
import { brandOf, RECURRING_WINDOW_MONTHS, statementInstalments } from '../../spending';
import type { EmotionLabel } from '../../emotion';
import {
  CONVERSION_MAX_MONTHS,
  lenderInEnglish,
  merchantDisplayName,
  resolveDay,
  MERCHANTS,
  type CounselIntent,
  type CounselSlots,
  type MessageUnderstanding,
} from '../../topics';
import type { ChatLanguage, TurnScenario } from './counsellor';
import type {
  AnomaliesData,
  ForecastData,
  InsightsData,
  Krw,
  LoanLine,
  RepaymentLine,
  LatenessData,
  PayoffData,
  PeersData,
  PrepaymentData,
  ProductLine,
  RefinanceChoiceData,
  RecurringData,
  RefinanceData,
  ScheduleData,
  InstalmentsDueData,
  SimulationData,
  SpendingSummaryData,
  TransactionsData,
  TurnData,
} from './data';
import { TRANSACTIONS_SHOWN } from './data';
import {
  formatAnnualRate,
  formatCount,
  formatDate,
  formatList,
  formatMonth,
  formatPercent,
  formatOrdinal,
  formatPercentShort,
  formatQuarter,
  formatWon,
  HARDSHIP_OPTION_PHRASES,
  ko as koText,
  merchantLabel,
  quoteData,
  apiPeriodPhrase,
  periodPhrase,
  phrase,
  bindingConstraintPhrase,
  MONTH_NAMES,
} from './render';
import { GLOSSARY, type GlossaryTopic } from './glossary';
import { lateLoan, planFor } from './plan';
import { forecastWindow } from './forecast-reach';
import {
  composeForecastReply,
  bulletMaturity,
  DISCLAIMER,
  certain,
  forecastTrend,
  LIKELY_SCENARIO_PROBABILITY,
  runningMonthTotal,
  scenarioBlock,
} from './templates';
import { ASSUMED_NEW_LOANS, HARDSHIP_OPTIONS } from './tools';

type Lang = ChatLanguage;

export interface IntentReplyInput {
  language: Lang;
  understanding: Pick<MessageUnderstanding, 'intent' | 'slots'>;
  emotion: { label: EmotionLabel; intensity: number } | null;
  scenario: TurnScenario | null;
  data: TurnData;
  /** The loan the question is about (by its slot, else the intent's default), null when none applies. */
  loan: LoanLine | null;
  /** The customer named a loan they do not have ("그럼 전세대출은요?" without one). */
  loanNotFound: boolean;
  /** The message asks nothing — a feeling or a situation said ("빚 생각에 잠이 안와요"): it is met before the figures. */
  statement?: boolean;
  /**
   * QA round 24 (en24b). Anger at the service itself beside a question ("ur app is useless… still dont get why i pay
   * 530k every month"): one sentence that owns it comes before the answer, in place of the mood's tone line.
   */
  complaint?: boolean;
  /** QA round 24 (mood24). A thing bought ("50만원짜리 폰 사도…", "can i buy a 500k phone…"): said as buying it. */
  purchase?: boolean;
  /** QA round 27 (helper ko27). Which loan costs most asked ("제일 이자 비싼 거 뭐예요?"): one loan is said to be the only one. */
  costliest?: boolean;
  /**
   * QA round 27 (helper ko27). A sum to pay rather than a thing to buy ("병원비로 300만원 나가야되는데", "300만원 써도
   * 돼?", "아니 500이요"): said as paying it.
   */
  paying?: boolean;
  /** QA round 24 (mood24). Sarcastic praise of their own bill ("와 카드값 진짜 대단하네 ^^ 잘했다 나 자신"). */
  sarcasm?: boolean;
}

/** QA round 24 (mood24). Sarcasm at one's own bill, met in one short sentence before the figures (ventHeard). */
const SARCASM_OPENER: Record<Lang, string> = {
  ko: '꽤 많이 나와서 속상하시죠.',
  en: 'That’s a lot, I know — not fun to see.',
};

/** QA round 25 (left25b). Fed up with scam texts ("scam text again, so annoying"): heard before the steps. */
const SCAM_ANNOYED: Record<Lang, string> = {
  ko: '이런 문자가 자꾸 오면 정말 짜증나시죠.',
  en: 'I know — these texts are a real nuisance.',
};

/** A short line after the answer that meets the customer's mood; none for a calm or hopeful question. */
/** The tone when they worried and nothing is overdue. */
const NOTHING_LATE: Record<Lang, string> = {
  // QA round 21 (care21): not "nothing overdue" a second time beside the answer's own, nor "nothing to worry about"
  // (said to a customer who had just lost their job).
  ko: '대출 기록으로 확인한 것이니 그 점은 안심하셔도 됩니다.',
  en: 'That is from your loan records, so you can rest easy on that point.',
};

/** QA round 21 (care21). The tone when they worried about a payment they may miss and nothing is overdue yet. */
const NOT_YET_LATE: Record<Lang, string> = {
  ko: '아직 일어난 일은 아니고, 납입일 전에 먼저 연락하시면 고를 수 있는 방법이 가장 많습니다.',
  en: 'None of this has happened yet, and calling your lender before the due date keeps every option open.',
};

/** QA round 24 (spend24). A regret over a trip's spending, met before its figure. */
const TRIP_REGRET_OPENER: Record<Lang, string> = {
  ko: '여행에서 평소보다 더 쓰게 되는 건 흔한 일이니 너무 자책하지 않으셔도 돼요.',
  en: 'Spending more than usual on a trip happens to most people, so please don’t be too hard on yourself.',
};

const TONE: Record<EmotionLabel, Record<Lang, string> | null> = {
  ANXIOUS: {
    ko: '걱정되시는 마음 이해합니다. 아래 내용을 하나씩 함께 보시면 방법이 있습니다.',
    en: 'I understand this is worrying. Let’s go through it one step at a time — there are options.',
  },
  SAD: {
    ko: '많이 힘드셨겠어요. 지금 할 수 있는 것부터 정리해 드릴게요.',
    en: 'I’m sorry this is hard. Here is what can be done now.',
  },
  FRUSTRATED: {
    ko: '답답하셨을 것 같아요. 핵심만 분명하게 말씀드릴게요.',
    en: 'I know this is frustrating; here are the key facts.',
  },
  NEUTRAL: null,
  HOPEFUL: null,
};

/**
 * Distress said without a question ("빚 생각에 잠이 안와요", "I'm so stressed about my debt"): the first sentence meets
 * the person, then the figures — a worry is not answered with a due date first.
 */
const DISTRESS_OPENER: Record<EmotionLabel, Record<Lang, string> | null> = {
  ANXIOUS: {
    ko: '걱정이 많이 되실 텐데, 먼저 지금 상황부터 말씀드리면',
    en: 'That sounds really stressful — first, where things stand:',
  },
  SAD: {
    ko: '많이 지치고 힘드실 텐데, 먼저 지금 상황부터 말씀드리면',
    en: 'I’m sorry you’re going through this — first, where things stand:',
  },
  FRUSTRATED: {
    ko: '답답하셨을 텐데, 먼저 지금 상황부터 말씀드리면',
    en: 'That sounds exhausting — first, where things stand:',
  },
  NEUTRAL: null,
  HOPEFUL: null,
};

/** QA round 24 (en24b). Sad or ashamed about their own spending: met without promising steps that do not follow. */
const SPENDING_SAD: Record<Lang, string> = {
  ko: '너무 자책하지 마세요. 한 달 많이 쓴 것은 다음 달들에 나눠 충분히 메울 수 있습니다.',
  en: 'Please don’t be too hard on yourself — one heavy month can be evened out over the next few.',
};

/** QA round 27 (lead). Sad about their spending when the figures say it is not too much: reassured first. */
const SPENDING_SAD_NOT_OVER: Record<Lang, string> = {
  ko: '너무 걱정하지 마세요. 지금 숫자로는 많이 쓰신 편이 아닙니다.',
  en: 'Go easy on yourself — by these figures you have not overspent.',
};

/** QA round 24 (en24b). Anger at the service with a question: owned in one sentence, then the answer. */
const COMPLAINT_OPENER: Record<Lang, string> = {
  ko: '답답하게 해 드려 죄송합니다. 바로 답을 드릴게요:',
  en: 'Sorry this has been so frustrating — here is the straight answer:',
};

/** QA round 25 (fixko1). The answer they wanted came late ("진작 이렇게 알려주지"): owned before its first sentence again. */
const LATE_OPENER: Record<Lang, string> = {
  ko: '처음부터 바로 말씀드리지 못해 죄송합니다. 정리하면,',
  en: 'Sorry I didn’t say so straight away. In short:',
};

/** Someone in the family ill or money needed for their care, met before the answer (slot `familyCare`). */
const FAMILY_CARE_OPENER: Record<Lang, string> = {
  ko: '가족분이 아프셔서 마음이 많이 쓰이실 텐데, 필요한 것부터 말씀드릴게요.',
  en: 'I’m sorry someone in your family is unwell; here is what you need to know first.',
};

/** A job lost or about to be, met before the figures of the same sentence. */
const JOB_LOST_OPENER: Record<Lang, string> = {
  ko: '일자리 문제로 많이 막막하실 텐데, 먼저 지금 상황부터 말씀드리면',
  en: 'I’m sorry you’re facing this with your job — first, where things stand:',
};

/** QA round 22 (carefu). The same, as a sentence of its own before a yes ("You should be: …"). */
const ILLNESS_SORRY: Record<Lang, string> = {
  ko: '갑자기 몸이 아프셔서 많이 놀라고 걱정되실 텐데, 치료가 먼저입니다.',
  en: 'I’m sorry you’re facing surgery — your health comes first.',
};

/** QA round 22 (carefu). The customer's own illness or surgery, met before the figures of the same sentence. */
const ILLNESS_OPENER: Record<Lang, string> = {
  ko: '갑자기 몸이 아프셔서 많이 놀라고 걱정되실 텐데, 치료가 먼저이니 대출은 이렇게 정리해 드릴게요:',
  en: 'I’m sorry you’re facing surgery — your health comes first, so here is where the loan stands:',
};

/**
 * Money weighing on mood or sleep ("돈 때문에 우울해요.. 잠도 안와요"): beside the figures, someone to talk to — the
 * 24-hour mental health crisis line (정신건강위기상담전화 1577-0199; crisis.ts keeps the self-harm preface).
 */
const MOOD_SUPPORT: Record<Lang, string> = {
  ko: '돈 걱정으로 마음이 가라앉고 잠까지 설치신다면 혼자 견디지 마세요. 정신건강위기상담전화 ☎ 1577-0199(24시간)에서 언제든 이야기를 들어 드립니다.',
  en: 'If money worries are weighing on your mood or keeping you up at night, you don’t have to carry that alone: the mental health crisis line 1577-0199 (24 hours, in Korea) will listen, any time.',
};

/** After the figures of a distress opener, in place of the tone line: the options that follow. */
const DISTRESS_FOLLOW: Record<Lang, string> = {
  ko: '혼자 떠안지 않으셔도 됩니다. 아래 방법을 하나씩 함께 보시면 길이 있습니다.',
  en: 'You don’t have to sort this out alone; here are the options, one step at a time.',
};

/** The same, where no figures follow (no loan): a sentence of its own. */
const DISTRESS_ALONE: Record<EmotionLabel, Record<Lang, string> | null> = {
  ANXIOUS: {
    ko: '걱정이 많이 되시죠, 혼자 떠안지 않으셔도 됩니다.',
    en: 'That sounds really stressful, and you don’t have to sort it out alone.',
  },
  SAD: {
    ko: '많이 지치고 힘드시죠, 혼자 떠안지 않으셔도 됩니다.',
    en: 'I’m sorry you’re going through this, and you don’t have to sort it out alone.',
  },
  FRUSTRATED: { ko: '답답하고 지치셨을 것 같아요.', en: 'That sounds exhausting.' },
  NEUTRAL: null,
  HOPEFUL: null,
};

/** Distress said without a question and without a situation or request: met before the figures, no scenario lecture. */
function distressSaid(input: IntentReplyInput): boolean {
  const slots = input.understanding.slots;
  return (
    !!input.statement &&
    !!input.emotion &&
    input.understanding.intent === 'HARDSHIP' &&
    !slots.hardship &&
    !slots.request &&
    DISTRESS_OPENER[input.emotion.label] !== null
  );
}

/** The opener and the sentence of figures it leads into, one line: the figures stay in the answer's first line. */
function withOpener(opener: string, line: string, lang: Lang): string {
  return lang === 'ko' ? `${opener} ${line}` : `${opener} ${line.charAt(0).toLowerCase()}${line.slice(1)}`;
}

/** The same tone where nothing follows it (a one-line answer): no "below" that promises more. */
const TONE_CLOSING: Record<EmotionLabel, Record<Lang, string> | null> = {
  ANXIOUS: {
    ko: '걱정되시는 마음 이해합니다. 더 궁금한 점이 있으면 편하게 물어봐 주세요.',
    en: 'I understand this is worrying; ask me anything else about it.',
  },
  SAD: {
    ko: '많이 힘드셨겠어요. 더 도와드릴 일이 있으면 말씀해 주세요.',
    en: 'I’m sorry this is hard; tell me if there is more I can help with.',
  },
  FRUSTRATED: {
    ko: '답답하셨을 것 같아요. 더 확인할 것이 있으면 말씀해 주세요.',
    en: 'I know this is frustrating; tell me if there is more to check.',
  },
  NEUTRAL: null,
  HOPEFUL: null,
};

const HEDGED = new Set(['LOAN_LIMIT', 'REFINANCE', 'PREPAYMENT_EFFECT', 'HARDSHIP', 'PAYOFF_QUOTE']);

/** "카카오뱅크 주택담보대출" / "Kakao Bank mortgage". */
export function loanName(l: Pick<LoanLine, 'lender' | 'kind'>, lang: Lang): string {
  return `${lang === 'en' ? lenderInEnglish(l.lender) : l.lender} ${phrase('loanKind', l.kind, lang)}`;
}

function date(iso: string, data: TurnData, lang: Lang): string {
  return formatDate(iso.slice(0, 10), lang, data.asOf);
}

/** A Korean date without its weekday note ("12월 1일"), for a sentence whose answer is the weekday itself. */
function dateWithoutWeekday(iso: string, data: TurnData): string {
  return date(iso, data, 'ko').replace(/ \([^)]*\)$/u, '');
}

function steps(lang: Lang, items: string[]): string[] {
  if (items.length === 0) return [];
  // An English step starts with a capital, whatever phrase it was built from ("ask the lender about…").
  const first = (s: string) => (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  return [lang === 'ko' ? '■ 다음 단계:' : '■ Next steps:', ...items.map((s, i) => `${i + 1}. ${first(s)}`)];
}

/** The lenders of some loans, each once, in the loans' order. */
function lenderNames(loans: readonly LoanLine[], lang: Lang): string[] {
  return [...new Set(loans.map((l) => (lang === 'en' ? lenderInEnglish(l.lender) : l.lender)))];
}

function activeLoans(data: TurnData): LoanLine[] {
  return (data.loans?.loans ?? []).filter((l) => l.status === 'ACTIVE');
}

function noLoans(lang: Lang): string {
  return lang === 'ko' ? '현재 상환 중인 대출이 없습니다.' : 'You have no active loans.';
}

/**
 * The customer named a loan they do not have: say so first; then answer for the loan the question would otherwise
 * be about, or list the loans they do have.
 */
function notFoundLead(input: IntentReplyInput): string[] {
  const { language: lang, understanding } = input;
  const slot = understanding.slots.loan;
  const asked = slot?.kind
    ? phrase('loanKind', slot.kind, lang)
    : lang === 'ko'
      ? '말씀하신 대출'
      : 'loan like the one you mentioned';
  const own = activeLoans(input.data).map((l) => loanName(l, lang));
  const none =
    lang === 'ko'
      ? koText`고객님 명의로 상환 중인 ${asked}은/는 없습니다.`
      : `You have no active ${asked}${slot?.kind ? ' with us' : ''}.`;
  // QA round 27 (helper en27b). "how much do i owe on my card loan": no card loan, then what is owed (the debts).
  if (understanding.slots.debtWithCard)
    return [
      lang === 'ko'
        ? koText`고객님 명의의 ${asked}은/는 기록에 없습니다. 지금 지고 계신 빚은 다음과 같습니다.`
        : `You have no ${asked} on record; here is what you do owe.`,
    ];
  if (input.loan)
    return [
      none,
      lang === 'ko'
        ? koText`이용 중인 ${loanName(input.loan, lang)}을/를 기준으로 알려 드릴게요.`
        : `Here is the answer for the loan you do have, your ${loanName(input.loan, lang)}.`,
    ];
  return [
    none,
    own.length
      ? lang === 'ko'
        ? `상환 중인 대출: ${formatList(own, lang)}.`
        : `Your active loans: ${formatList(own, lang)}.`
      : noLoans(lang),
  ];
}

// ——— loans ———

function nextPaymentLead(l: LoanLine, data: TurnData, lang: Lang, daysUntil = false): string {
  const n = l.nextPayment!;
  // "며칠 남았어요?": the days from today to the due date, with the date.
  if (daysUntil) {
    const days = daysBetween(data.asOf, n.dueDate);
    const split = `(원금 ${n.principal.text}, 이자 ${n.interest.text})`;
    if (lang === 'en')
      return days < 0
        ? `Your ${loanName(l, lang)} payment of ${n.payment.text} was due ${formatCount(-days, 'day', lang)} ago, on ${date(n.dueDate, data, lang)} (principal ${n.principal.text}, interest ${n.interest.text}).`
        : `${days > 0 ? `D-${days}: y` : 'Y'}our next ${loanName(l, lang)} payment is due ${days === 0 ? 'today' : `in ${formatCount(days, 'day', lang)}`}, on ${date(n.dueDate, data, lang)}: ${n.payment.text} (principal ${n.principal.text}, interest ${n.interest.text}).`;
    return days < 0
      ? `${loanName(l, lang)}의 납입일인 ${date(n.dueDate, data, lang)}에서 ${formatCount(-days, 'day', lang)} 지났고, 그 회차 납입액은 ${n.payment.text}입니다 ${split}.`
      : days === 0
        ? `${loanName(l, lang)}의 다음 납입일은 오늘(${date(n.dueDate, data, lang)})이고, 납입액은 ${n.payment.text}입니다 ${split}.`
        : `D-${days}: ${loanName(l, lang)}의 다음 납입일인 ${date(n.dueDate, data, lang)}까지 오늘부터 ${formatCount(days, 'day', lang)} 남았고, 납입액은 ${n.payment.text}입니다 ${split}.`;
  }
  // A due date on a weekend or holiday: the day it is actually debited beside it, every time (QA round 16: most answers
  // said "12월 20일 (일)" while the weekend follow-up said 12월 21일 (월)).
  const moved = n.debitDate && n.debitDate !== n.dueDate ? n.debitDate : null;
  const off = isWeekend(n.dueDate)
    ? lang === 'ko'
      ? '주말'
      : 'a weekend'
    : lang === 'ko'
      ? '휴일'
      : 'a holiday';
  return lang === 'ko'
    ? `${loanName(l, lang)}의 다음 납입일은 ${date(n.dueDate, data, lang)}, 납입액은 ${n.payment.text}입니다 (원금 ${n.principal.text}, 이자 ${n.interest.text})${moved ? `. ${off}이라 실제 출금은 다음 영업일인 ${date(moved, data, lang)}입니다` : ''}.`
    : `Your next ${loanName(l, lang)} payment is ${n.payment.text}, due ${date(n.dueDate, data, lang)} (principal ${n.principal.text}, interest ${n.interest.text})${moved ? `; as that is ${off}, it is debited on the next business day, ${date(moved, data, lang)}` : ''}.`;
}

/**
 * "다음달 19일이 토요일인데 그럼 언제 빠져나가요?", "when will it actually come out?" (slot debitDay): with a due date on a
 * weekend or holiday, the day it is debited — the next business day, the loans module's rule (민법 제161조,
 * `LoanService.effectiveDueDate`) — and that paying by then is not late; null when the due date is a business day.
 */
function debitDayLead(l: LoanLine, data: TurnData, lang: Lang, weekendAsked = false): string | null {
  const n = l.nextPayment;
  if (!n) return null;
  // QA round 28 (lead). "그날 주말이에요?": yes or no about the due date's weekday first, then when it is debited.
  if (weekendAsked) {
    const wd = new Date(`${n.dueDate}T00:00:00Z`).getUTCDay();
    const off = !!n.debitDate && n.debitDate !== n.dueDate;
    const weekend = isWeekend(n.dueDate);
    const day = dateWithoutWeekday(n.dueDate, data);
    if (!off)
      return lang === 'ko'
        ? koText`아니요, ${day}은/는 ${WEEKDAYS_KO[wd]}요일이라 평일입니다: ${loanName(l, lang)}의 다음 납입액 ${n.payment.text}은/는 그날 그대로 출금됩니다.`
        : `No: ${date(n.dueDate, data, lang)} is a ${WEEKDAYS_EN[wd]}, a weekday, so your next ${loanName(l, lang)} payment of ${n.payment.text} is debited that day.`;
    return lang === 'ko'
      ? koText`네, ${day}은/는 ${weekend ? `${WEEKDAYS_KO[wd]}요일이라 주말` : '공휴일'}입니다: ${loanName(l, lang)}의 다음 납입액 ${n.payment.text}은/는 다음 영업일인 ${date(n.debitDate!, data, lang)}에 출금되고, 그때까지 내시면 연체가 아닙니다.`
      : `Yes: ${date(n.dueDate, data, lang)} is ${weekend ? `a ${WEEKDAYS_EN[wd]}` : 'a public holiday'}, so your next ${loanName(l, lang)} payment of ${n.payment.text} is debited on the next business day, ${date(n.debitDate!, data, lang)}, and is not late then.`;
  }
  // QA round 26. "다음 달 납입일이 주말이면 어떻게 돼요?" with the next due date a business day: the rule, then that day.
  if (!n.debitDate || n.debitDate === n.dueDate)
    return lang === 'ko'
      ? koText`납입일이 주말이나 공휴일이면 다음 영업일에 출금되고, 그날 내셔도 연체가 아닙니다: ${loanName(l, lang)}의 다음 납입액 ${n.payment.text}은/는 영업일인 ${date(n.dueDate, data, lang)}에 그대로 출금됩니다.`
      : `A payment due on a weekend or public holiday is debited on the next business day and is not late then; your next ${loanName(l, lang)} payment of ${n.payment.text} is due on ${date(n.dueDate, data, lang)}, a business day, so it is debited that day.`;
  const weekend = isWeekend(n.dueDate);
  return lang === 'ko'
    ? koText`${loanName(l, lang)} 다음 납입액 ${n.payment.text}은/는 다음 영업일인 ${date(n.debitDate, data, lang)}에 출금됩니다: ${date(n.dueDate, data, lang)} 납입일이 ${weekend ? '주말' : '휴일'}이라, ${date(n.debitDate, data, lang)}까지 내시면 연체가 아닙니다 (원금 ${n.principal.text}, 이자 ${n.interest.text}).`
    : `Your ${loanName(l, lang)} payment of ${n.payment.text} is debited on ${date(n.debitDate, data, lang)}, the next business day: its due date, ${date(n.dueDate, data, lang)}, is ${weekend ? 'on a weekend' : 'a holiday'}, and paying by then is not late (principal ${n.principal.text}, interest ${n.interest.text}).`;
}

/**
 * QA round 26. "오늘 미리 내도 돼요?", "can i pay it today instead?": yes — the instalment can be paid before its due date,
 * and it is then settled; its interest is charged to the due date all the same (the ledger books an early payment so,
 * docs/loan-ledger.md), so paying early saves nothing: interest falls only with principal prepaid. None when nothing
 * is due.
 */
function payEarlyLead(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const n = l.nextPayment;
  if (!n) return [];
  return [
    lang === 'ko'
      ? koText`네, ${loanName(l, lang)}의 ${date(n.dueDate, data, lang)} 납입분 ${n.payment.text}은/는 오늘 미리 내셔도 됩니다: 그 회차는 납부 처리되지만, 이자는 납입일까지로 계산돼 미리 내도 줄지 않습니다 (이자를 줄이려면 원금을 중도상환하셔야 합니다).`
      : `Yes — you can pay the ${n.payment.text} due ${date(n.dueDate, data, lang)} on your ${loanName(l, lang)} today: that instalment is then settled, but its interest is charged to the due date all the same, so paying early saves nothing (only prepaying principal lowers the interest).`,
  ];
}

function overdueLine(l: LoanLine, lang: Lang): string | null {
  const d = l.delinquency;
  if (d.daysPastDue <= 0) return null;
  return lang === 'ko'
    ? koText`${loanName(l, lang)}에 ${d.daysPastDue}일째 연체된 금액 ${d.overdueAmount.text}와/과 연체이자 ${d.penaltyInterest.text}이/가 있습니다. 연체분을 먼저 내셔야 합니다.`
    : `Your ${loanName(l, lang)} is ${d.daysPastDue} days overdue: ${d.overdueAmount.text} overdue plus ${d.penaltyInterest.text} penalty interest, which is settled first.`;
}

/**
 * "납입일 바꿔주세요": the due day is the lender's to move (the loan contract's), so where to ask comes first; the
 * current date stays in force until the lender has changed it.
 */
/** "카드 결제일 바꾸고 싶어요": the card company's setting; what moving it does to the next bill. */
function cardDueDateLead(lang: Lang): string {
  return lang === 'ko'
    ? '카드 결제일 변경은 이 앱에서 대신 할 수 없고, 카드사 앱이나 고객센터에서 신청하실 수 있습니다. 결제일을 옮기면 그 달의 이용 기간이 길어지거나 짧아져 첫 청구 금액이 평소와 달라질 수 있고, 카드사마다 변경 횟수에 제한이 있습니다.'
    : 'I can’t change your card’s payment date from here: the card company does it in its app or at its customer centre. Moving it lengthens or shortens that month’s billing period, so the first bill after the change can differ from usual, and card companies limit how often it can be changed.';
}

function dueDateChangeLead(l: LoanLine, lang: Lang): string {
  return lang === 'ko'
    ? koText`납입일(자동이체일) 변경은 이 앱에서 대신 할 수 없고, 대출을 받은 ${l.lender}에 앱이나 고객센터로 신청하셔야 합니다. 바뀌기 전까지는 지금 납입일이 그대로 적용되고, 바꾸면 그 회차의 이자는 옮긴 날수만큼 다시 계산됩니다.`
    : `I can’t change the payment date from here: ask ${lenderInEnglish(l.lender)}, your lender, in its app or at its customer centre. Until it is changed the current date applies, and the instalment after the change is charged interest for the days it moved.`;
}

/**
 * "자동이체 계좌 바꾸고 싶어요": the lender changes the account a loan is debited from; the other auto-debits (card
 * bills, phone, insurance) move together through KFTC's account switching service.
 */
function autoDebitAccountLead(l: LoanLine, lang: Lang): string {
  return lang === 'ko'
    ? koText`대출 자동이체(출금) 계좌 변경은 이 앱에서 대신 할 수 없고, 대출을 받은 ${l.lender}의 앱·인터넷뱅킹이나 영업점에서 신청하시면 됩니다. 카드대금·통신요금·보험료 같은 다른 자동이체는 금융결제원 계좌이동서비스(페이인포, payinfo.or.kr)에서 새 계좌로 한 번에 옮길 수 있습니다. 바뀌기 전에는 지금 계좌에서 빠져나가니, 납입일 전에 어느 계좌에 돈을 넣어 둘지 확인하세요.`
    : `I can’t change the account from here: ${lenderInEnglish(l.lender)}, your lender, changes the account your loan is debited from in its app, online banking or at a branch. Your other automatic payments (card bills, phone, insurance) can be moved to the new account together through KFTC’s account switching service (payinfo.or.kr). Until the change goes through the current account is debited, so keep the payment there by the due date.`;
}

/**
 * "이자가 왜 이렇게 많이 나와요?", "why is my payment so high?": the reason first — an interest-only instalment (the
 * principal repaid at maturity) keeps the interest where it is; otherwise interest is the principal still owed × the
 * annual rate (÷ 12 a month, or for the days of the period under a daily convention) and shrinks as the principal
 * does — then the next payment it is part of and the two ways to lower it. "이자 계산이 틀린 것 같아요" (`dispute`):
 * the calculation, then how to have it checked — the lender's interest statement, then the FSS (☎ 1332).
 */
function interestWhyLines(l: LoanLine, data: TurnData, lang: Lang, dispute = false): string[] {
  const n = l.nextPayment;
  if (!n) return [];
  const monthly = formatWon(
    new Decimal(l.outstandingPrincipal.amount)
      .mul(l.annualRate)
      .div(12)
      .toDecimalPlaces(0, Decimal.ROUND_DOWN)
      .toFixed(0),
    lang,
  );
  const rate = formatAnnualRate(l.annualRate, lang);
  const same = monthly === n.interest.text;
  const interestOnly = n.principal.amount === '0';
  const daily = l.interestConvention === 'DAILY_ACTUAL_365';
  const how =
    lang === 'ko'
      ? daily
        ? koText`이자는 남은 원금 ${l.outstandingPrincipal.text}에 ${rate}을/를 그 회차의 날수만큼 적용해 계산합니다(원금 × 금리 × 날수 ÷ 365): 한 달이면 약 ${monthly}${same ? '입니다.' : koText`이고, 이번 회차는 날수에 따라 ${n.interest.text}입니다.`}`
        : koText`이자는 남은 원금 ${l.outstandingPrincipal.text} × ${rate} ÷ 12로 계산해 한 달에 ${monthly}${same ? '입니다.' : koText`이고, 이번 회차는 ${n.interest.text}입니다.`}`
      : daily
        ? `Interest is the principal you still owe, ${l.outstandingPrincipal.text}, at ${rate} for the days of the period (principal × rate × days ÷ 365): about ${monthly} for a month${same ? '.' : `; for the days of this instalment it is ${n.interest.text}.`}`
        : `Interest is the principal you still owe, ${l.outstandingPrincipal.text}, × ${rate} ÷ 12: ${monthly} a month${same ? '.' : `; this instalment's is ${n.interest.text}.`}`;
  const reason = interestOnly
    ? lang === 'ko'
      ? koText`${loanName(l, lang)}은/는 원금 ${l.outstandingPrincipal.text}을/를 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚는 방식이라 원금이 줄지 않아, 매달 ${rate} 이자 ${n.interest.text}이/가 그대로 나옵니다.`
      : `Your ${loanName(l, lang)} repays its ${l.outstandingPrincipal.text} of principal in one sum at maturity (${date(l.maturityOn, data, lang)}), so the principal does not go down and each month is the same ${n.interest.text} of interest at ${rate}.`
    : null;
  return [
    ...(reason
      ? [reason, how]
      : [
          how,
          lang === 'ko'
            ? '원금을 갚아 나갈수록 이자도 줄어듭니다.'
            : 'It goes down as the principal is repaid.',
        ]),
    nextPaymentLead(l, data, lang),
    ...(dispute
      ? [
          lang === 'ko'
            ? koText`이 계산과 다르게 나왔다면 ${l.lender}에 이자 계산 내역(이자계산서)을 요청해 회차별 원금·금리·날수를 확인해 보세요. 그래도 해결되지 않으면 금융감독원 민원(☎ 1332, fss.or.kr)으로 이의를 제기하실 수 있습니다.`
            : `If what you were charged differs from this, ask ${lenderInEnglish(l.lender)} for the interest calculation statement (principal, rate and days for each instalment); if that does not settle it, you can complain to the Financial Supervisory Service (☎ 1332, fss.or.kr).`,
        ]
      : []),
    ...steps(lang, [
      lang === 'ko'
        ? '여윳돈으로 원금 일부를 중도상환하면 다음 회차부터 이자가 줄어듭니다 ("1천만원 갚으면 이자 얼마나 줄어요?"처럼 물어보세요).'
        : 'Repaying part of the principal early lowers the interest from the next instalment (ask "what if I repay ₩10,000,000?").',
      lang === 'ko'
        ? '금리가 더 낮은 대출로 갈아타면 금리 차이만큼 줄어듭니다 ("대출 갈아타면 얼마 아껴요?").'
        : 'A loan at a lower rate cuts it by the difference in rate (ask "can I save by refinancing?").',
    ]),
  ];
}

/**
 * "지난번에 낸 대출금 얼마였어요?", "이번 달 자동이체 됐어요?", "did my last payment go through?": the latest recorded
 * repayment of the loan asked about (or of each active loan) — value date, amount and its split — first; then any
 * arrears, and the next payment (said not yet due when it falls later this month). Null when the ledger was not read.
 */
/** A recorded repayment's split, as [label, amount] pairs: principal, interest, then a fee and penalty when charged. */
function repaymentParts(r: RepaymentLine, lang: Lang): [string, string][] {
  return [
    [lang === 'ko' ? '원금' : 'principal', r.principal.text],
    [lang === 'ko' ? '이자' : 'interest', r.interest.text],
    ...(r.fee.amount !== '0' ? [[lang === 'ko' ? '수수료' : 'fee', r.fee.text] as [string, string]] : []),
    ...(r.penalty.amount !== '0'
      ? [[lang === 'ko' ? '연체이자' : 'penalty interest', r.penalty.text] as [string, string]]
      : []),
  ];
}

function lastPaymentLines(input: IntentReplyInput, loans: LoanLine[]): string[] | null {
  const { data, language: lang } = input;
  const ledger = data.lastRepayments;
  if (!ledger) return null;
  const asked = input.loan ? [input.loan] : loans;
  if (asked.length === 0) return [noLoans(lang)];
  const lead = (l: LoanLine): string => {
    const last = ledger.loans.find((x) => x.loanId === l.loanId)?.last;
    if (!last)
      return lang === 'ko'
        ? `${loanName(l, lang)}에는 아직 기록된 납입이 없습니다.`
        : `No payment is recorded on your ${loanName(l, lang)} yet.`;
    const split = repaymentParts(last, lang);
    const on = date(last.paidOn, data, lang);
    return lang === 'ko'
      ? koText`${loanName(l, lang)}의 마지막 납입은 ${on}에 낸 ${last.amount.text}이며, ${split.map(([k, v]) => `${k} ${v}`).join(', ')}으로/로 처리되었습니다.`
      : `Your last ${loanName(l, lang)} payment was ${last.amount.text} on ${on}, recorded as ${split.map(([k, v]) => `${v} ${k}`).join(', ')}.`;
  };
  const month = data.asOf.slice(0, 7);
  const after = (l: LoanLine): string[] => {
    const overdue = overdueLine(l, lang);
    if (overdue) return [overdue];
    const n = l.nextPayment;
    if (!n) return [];
    const laterThisMonth = n.dueDate.startsWith(month) && n.dueDate > data.asOf;
    return [
      lang === 'ko'
        ? `연체된 금액은 없고, 다음 납입은 ${date(n.dueDate, data, lang)} ${n.payment.text}입니다${laterThisMonth ? ' (이번 달 납입일은 아직 오지 않았습니다)' : ''}.`
        : `Nothing is overdue; the next payment is ${n.payment.text} on ${date(n.dueDate, data, lang)}${laterThisMonth ? ' (this month’s due date has not come yet)' : ''}.`,
    ];
  };
  if (asked.length === 1) return [lead(asked[0]), ...after(asked[0])];
  return asked.flatMap((l) => [`- ${lead(l)}`, ...after(l).map((x) => `  ${x}`)]);
}

/** Why a loan of each rate type changes rate. */
const RATE_MOVES_BECAUSE: Record<string, Record<Lang, (l: LoanLine) => string>> = {
  VARIABLE: {
    ko: () =>
      '변동금리 대출이라 기준이 되는 금리(COFIX·금융채 금리 등)에 가산금리를 더해 정해진 주기마다 금리를 다시 정합니다.',
    en: () =>
      'It is a variable-rate loan: its rate is a reference rate (COFIX, bank bonds) plus a margin, set again at each reset.',
  },
  MIXED: {
    ko: (l) =>
      `혼합형 금리라 처음 ${l.fixedPeriodMonths ? `${l.fixedPeriodMonths}개월` : '정해진 기간'} 동안은 고정이고, 그 뒤부터는 기준금리에 따라 정해진 주기마다 다시 정해집니다.`,
    en: (l) =>
      `It has a mixed rate: fixed for the first ${l.fixedPeriodMonths ? `${l.fixedPeriodMonths} months` : 'period'}, then set again from the reference rate at each reset.`,
  },
  PERIODIC_RESET: {
    ko: (l) =>
      `주기형 금리라 ${l.fixedPeriodMonths ? `${l.fixedPeriodMonths}개월` : '정해진 주기'}마다 그때의 기준금리로 다시 정해집니다.`,
    en: (l) =>
      `It has a periodic-reset rate: set again from the reference rate every ${l.fixedPeriodMonths ? `${l.fixedPeriodMonths} months` : 'cycle'}.`,
  },
  FIXED: {
    ko: () => '고정금리라 만기까지 금리가 바뀌지 않습니다.',
    en: () => 'It has a fixed rate, which does not change until maturity.',
  },
};

/**
 * The next instalment's interest against the one before it and why they differ: a rate change, the days the
 * interest ran for (a daily-accrual loan), or principal repaid. Empty for a loan with no instalment before the next.
 */
function interestChangeLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const n = l.nextPayment;
  const p = l.previousPayment;
  if (!n || !p) return [];
  const diff = new Decimal(n.interest.amount).minus(p.interest.amount);
  const gap = formatWon(diff.abs(), lang);
  const nextOn = date(n.dueDate, data, lang);
  const prevOn = date(p.dueDate, data, lang);
  const out = [
    lang === 'ko'
      ? diff.isZero()
        ? koText`다음 회차(${nextOn})의 이자 ${n.interest.text}은/는 지난 회차(${prevOn})와 같습니다.`
        : koText`다음 회차(${nextOn})의 이자 ${n.interest.text}은/는 지난 회차(${prevOn}) ${p.interest.text}보다 ${gap} ${diff.isPositive() ? '많습니다' : '적습니다'}.`
      : diff.isZero()
        ? `The interest of your next instalment (${nextOn}), ${n.interest.text}, is the same as the last one’s (${prevOn}).`
        : `The interest of your next instalment (${nextOn}) is ${n.interest.text}: ${gap} ${diff.isPositive() ? 'more' : 'less'} than the last one (${prevOn}, ${p.interest.text}).`,
  ];
  if (diff.isZero()) return out;
  const rateMoved = !new Decimal(p.annualRate).eq(l.annualRate);
  if (rateMoved) {
    const up = new Decimal(l.annualRate).gt(p.annualRate);
    const from = formatAnnualRate(p.annualRate, lang);
    const to = formatAnnualRate(l.annualRate, lang);
    out.push(
      lang === 'ko'
        ? koText`금리가 ${from}에서 ${to}으로/로 ${up ? '올랐기' : '내렸기'} 때문입니다.`
        : `The rate went ${up ? 'up' : 'down'} from ${from} to ${to}.`,
    );
  }
  const daysApart = n.days - p.days;
  if (l.interestConvention === 'DAILY_ACTUAL_365' && daysApart !== 0)
    out.push(
      lang === 'ko'
        ? `이자는 날수로 계산하는데, 이번 회차는 ${n.days}일로 지난 회차(${p.days}일)보다 ${Math.abs(daysApart)}일 ${daysApart > 0 ? '깁니다' : '짧습니다'}.`
        : `Interest runs by the day, and this instalment covers ${n.days} days against ${p.days} last time.`,
    );
  else if (!rateMoved && diff.isNegative())
    out.push(
      lang === 'ko'
        ? '원금을 갚아 남은 원금이 줄어든 만큼 이자도 줄었습니다.'
        : 'The principal you have repaid since lowers the interest.',
    );
  return out;
}

/**
 * "금리가 왜 올랐어요?", "이자가 왜 늘었죠?", "has my rate changed?": whether and when the rate changed, from what to
 * what (the schedule's rates, a set future change included) and why for a loan of its rate type; when it did not,
 * that first, with the next instalment's interest against the last. Then where to turn.
 */
function rateChangeLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const changed = loans.filter((l) => (l.rateHistory?.length ?? 0) > 1);
  const asked = input.loan ? [input.loan] : changed.length ? changed : loans;
  const rate = (r: string) => formatAnnualRate(r, lang);
  const lead = (l: LoanLine): string => {
    const h = l.rateHistory ?? [];
    if (h.length < 2)
      return lang === 'ko'
        ? koText`${loanName(l, lang)}의 금리는 대출 이후 ${rate(l.annualRate)}(${phrase('rateType', l.rateType, lang)})에서 바뀌지 않았습니다.`
        : `Your ${loanName(l, lang)}’s rate has not changed since the loan began: ${rate(l.annualRate)} (${phrase('rateType', l.rateType, lang)}).`;
    const last = h[h.length - 1];
    const before = h[h.length - 2];
    const up = new Decimal(last.annualRate).gt(before.annualRate);
    const inForce = !l.nextPayment || last.fromInstallment <= l.nextPayment.number;
    const verb =
      lang === 'ko'
        ? inForce
          ? up
            ? '올랐습니다'
            : '내렸습니다'
          : up
            ? '오릅니다'
            : '내립니다'
        : inForce
          ? up
            ? 'went up'
            : 'went down'
          : up
            ? 'goes up'
            : 'goes down';
    return lang === 'ko'
      ? koText`${loanName(l, lang)}의 금리는 ${last.fromInstallment}회차(${date(last.dueDate, data, lang)} 납입분)부터 ${rate(before.annualRate)}에서 ${rate(last.annualRate)}으로/로 ${verb}.`
      : `Your ${loanName(l, lang)}’s rate ${verb} from ${rate(before.annualRate)} to ${rate(last.annualRate)} from instalment ${last.fromInstallment} (due ${date(last.dueDate, data, lang)}).`;
  };
  // "제 대출 금리 언제 바뀌어요?" with several loans: when each changes next.
  if (input.understanding.slots.nextReset && asked.length > 1)
    return [
      lang === 'ko' ? '대출별로 금리가 다음에 바뀌는 때입니다.' : 'When each loan’s rate changes next:',
      ...asked.map((l) => `- ${nextResetLine(l, data, lang)}`),
      ...rateChangeSteps(asked, lang),
    ];
  if (asked.length > 1)
    return [
      lang === 'ko'
        ? changed.length
          ? `금리가 바뀐 대출은 ${formatCount(changed.length, 'loan', lang)}입니다.`
          : `상환 중인 대출 ${formatCount(loans.length, 'loan', lang)}의 금리는 모두 대출 이후 바뀌지 않았습니다.`
        : changed.length
          ? `${formatCount(changed.length, 'loan', lang)} changed rate.`
          : `None of your ${formatCount(loans.length, 'loan', lang)} has changed rate since it began.`,
      ...asked.map((l) => `- ${lead(l)}`),
      ...rateChangeSteps(asked, lang),
    ];
  const l = asked[0];
  // "제 대출 금리 언제 바뀌어요?": when it changes next, first.
  if (input.understanding.slots.nextReset)
    return [nextResetLine(l, data, lang), ...rateChangeSteps(asked, lang)];
  const moved = (l.rateHistory?.length ?? 0) > 1;
  const interest = interestChangeLines(l, data, lang);
  // The rate unchanged but the interest not: what moved the interest (days, principal) is the answer, first.
  const interestFirst = !moved && interest.length > 1;
  return [
    ...(interestFirst ? interest : []),
    lead(l),
    RATE_MOVES_BECAUSE[l.rateType]?.[lang](l) ?? '',
    ...(interestFirst
      ? []
      : interest.length
        ? interest
        : l.nextPayment
          ? [nextPaymentLead(l, data, lang)]
          : []),
    ...(!moved && l.rateType !== 'FIXED'
      ? [
          lang === 'ko'
            ? koText`금리 변경 안내를 받으셨는데 여기 반영되지 않았다면 ${l.lender}에 새 금리와 적용일을 확인해 보세요.`
            : `If ${lenderInEnglish(l.lender)} has told you of a new rate that is not shown here, ask it for the new rate and the date it applies from.`,
        ]
      : []),
    ...rateChangeSteps(asked, lang),
  ].filter(Boolean);
}

/**
 * "제 대출 금리 언제 바뀌어요?", "when does my rate change next?": a fixed rate never (to maturity); a mixed rate at the
 * end of its fixed months (disbursement + months, if still ahead); a periodic reset at the next multiple of its cycle
 * after today; a variable rate on its contract's cycle, which fingraph does not hold — where to see it. Then the rate.
 */
function nextResetLine(l: LoanLine, data: TurnData, lang: Lang): string {
  const name = loanName(l, lang);
  const rate = formatAnnualRate(l.annualRate, lang);
  const months = l.fixedPeriodMonths;
  const nextOf = (): string | null => {
    if (!months) return null;
    if (l.rateType === 'MIXED') {
      const end = addMonths(l.disbursedOn, months);
      return end > data.asOf ? end : null;
    }
    let k = months;
    while (addMonths(l.disbursedOn, k) <= data.asOf) k += months;
    const next = addMonths(l.disbursedOn, k);
    return next <= l.maturityOn ? next : null;
  };
  const next = l.rateType === 'MIXED' || l.rateType === 'PERIODIC_RESET' ? nextOf() : null;
  if (l.rateType === 'FIXED')
    return lang === 'ko'
      ? koText`${name}은/는 고정금리라 만기(${date(l.maturityOn, data, lang)})까지 금리가 ${rate} 그대로입니다.`
      : `Your ${name} has a fixed rate: it stays at ${rate} until maturity (${date(l.maturityOn, data, lang)}).`;
  if (next)
    return lang === 'ko'
      ? koText`${name}의 금리는 ${date(next, data, lang)}에 다시 정해집니다 (${l.rateType === 'MIXED' ? `고정 기간 ${months}개월이 끝나는 날` : `${months}개월마다 재산정`}, 지금 ${rate}).`
      : `Your ${name}'s rate is set again on ${date(next, data, lang)} (${l.rateType === 'MIXED' ? `the end of its ${months}-month fixed period` : `reset every ${months} months`}; ${rate} now).`;
  if (l.rateType === 'MIXED')
    return lang === 'ko'
      ? koText`${name}은/는 고정 기간이 끝나 변동금리로 바뀌었고, 이제 약정서에 정한 주기마다 금리가 다시 정해집니다 (지금 ${rate}). 다음 변경일은 ${l.lender} 앱이나 대출 약정서에서 확인하세요.`
      : `Your ${name}'s fixed period is over: its rate is now reset on its contract's cycle (${rate} now). ${lenderInEnglish(l.lender)}'s app or your loan agreement shows the next date.`;
  return lang === 'ko'
    ? koText`${name}은/는 변동금리라 약정서에 정한 주기(보통 3·6·12개월)마다 금리가 다시 정해지는데, 다음 변경일은 이 앱에 없어 ${l.lender} 앱이나 대출 약정서에서 확인하셔야 합니다 (지금 ${rate}).`
    : `Your ${name} has a variable rate, reset on the cycle in its contract (usually every 3, 6 or 12 months); this app does not hold the next reset date, so check ${lenderInEnglish(l.lender)}'s app or your loan agreement (${rate} now).`;
}

function rateChangeSteps(loans: LoanLine[], lang: Lang): string[] {
  return steps(lang, [
    lang === 'ko'
      ? '대출 뒤 소득이 늘었거나 신용점수가 올랐다면 금리인하요구권으로 금리를 낮춰 달라고 요구할 수 있습니다 ("금리인하요구권 쓸 수 있나요?").'
      : 'If your income or credit score has improved since, you can ask the lender to cut the rate (the right to request a lower rate).',
    ...(loans.some((l) => l.rateType !== 'FIXED')
      ? [
          lang === 'ko'
            ? '더 낮은 금리나 고정금리로 갈아탈 수 있는지는 "갈아타면 얼마 아껴요?"로 확인하실 수 있습니다.'
            : 'To see whether a lower or a fixed rate is on offer, ask "how much would I save by refinancing?".',
        ]
      : []),
  ]);
}

/** When a rate rise reaches a loan of each rate type. */
const RATE_RISE_WHEN: Record<string, Record<Lang, string>> = {
  VARIABLE: { ko: '다음 금리 변경일부터 반영', en: 'from its next rate reset' },
  PERIODIC_RESET: { ko: '정해진 재산정 주기가 돌아올 때 반영', en: 'at its next scheduled reset' },
  MIXED: { ko: '고정 기간이 끝난 뒤부터 반영', en: 'once its fixed period ends' },
};

/**
 * "금리가 5%로 오르면 이자 얼마 내요?", "if my rate goes to 5%": for each loan whose rate can move, a month's interest
 * at that rate against today's — principal still owed × rate ÷ 12, rounded down, an estimate the answer calls one;
 * a fixed-rate loan is said to keep its rate. The first sentence carries the loan asked about, or the total.
 */
function rateToLines(loans: readonly LoanLine[], to: number, lang: Lang, from?: number): string[] {
  if (from !== undefined && loans.length) return ratePairLines(loans, from, to, lang);
  const target = new Decimal(to);
  const rate = formatAnnualRate(target.div(100).toString(), lang);
  const monthly = monthlyInterestAt;
  const won = (v: Decimal) => formatWon(v.abs().toFixed(0), lang);
  const rows = loans.map((l) => {
    const moves = l.rateType !== 'FIXED';
    const now = monthly(l, l.annualRate);
    const then = moves ? monthly(l, target.div(100)) : now;
    return { l, moves, now, then, diff: then.minus(now) };
  });
  const moving = rows.filter((r) => r.moves);
  const line = (r: (typeof rows)[number]) => {
    const name = loanName(r.l, lang);
    const current = formatAnnualRate(r.l.annualRate, lang);
    const up = r.diff.gte(0);
    return lang === 'ko'
      ? koText`${name}의 금리가 지금 ${current}에서 ${rate}이/가 되면 한 달 이자는 약 ${won(r.then)}으로/로, 지금(약 ${won(r.now)})보다 약 ${won(r.diff)} ${up ? '늘어납니다' : '줄어듭니다'}.`
      : `If your ${name} moved from ${current} to ${rate}, a month’s interest would be about ${won(r.then)}, about ${won(r.diff)} ${up ? 'more' : 'less'} than now (about ${won(r.now)}).`;
  };
  const out: string[] = [];
  if (moving.length === 0)
    out.push(
      lang === 'ko'
        ? '지금 상환 중인 대출은 모두 고정금리라 만기까지 금리가 바뀌지 않고, 이자도 그대로입니다.'
        : 'All your loans are at a fixed rate to maturity, so their interest stays the same.',
    );
  else if (rows.length === 1) out.push(line(rows[0]));
  else {
    const total = moving.reduce((a, r) => a.plus(r.diff), new Decimal(0));
    out.push(
      lang === 'ko'
        ? koText`변동되는 대출의 금리가 모두 ${rate}이/가 되면 한 달 이자는 합쳐서 약 ${won(total)} ${total.gte(0) ? '늘어납니다' : '줄어듭니다'}.`
        : `If the rate of each loan that can move became ${rate}, your interest would change by about ${won(total)} a month in total (${total.gte(0) ? 'more' : 'less'}).`,
      ...rows.map(
        (r) =>
          `- ${r.moves ? line(r) : lang === 'ko' ? `${loanName(r.l, lang)}: 고정금리라 그대로입니다.` : `Your ${loanName(r.l, lang)}: fixed rate, unchanged.`}`,
      ),
    );
  }
  out.push(RATE_ESTIMATE_NOTE[lang]);
  return out;
}

/** A month's interest on the principal still owed at an annual rate (a ratio): principal × rate ÷ 12, rounded down. */
const monthlyInterestAt = (l: LoanLine, rate: Decimal.Value) =>
  new Decimal(l.outstandingPrincipal.amount).mul(rate).div(12).toDecimalPlaces(0, Decimal.ROUND_DOWN);

const RATE_ESTIMATE_NOTE: Record<Lang, string> = {
  ko: '남은 원금 × 금리 ÷ 12로 계산한 추정치이며, 원리금을 나눠 갚는 대출은 실제 납입액이 금리 변경일에 다시 계산됩니다.',
  en: 'These are estimates (principal owed × rate ÷ 12); for a loan repaid in instalments the actual payment is recalculated on the rate reset day.',
};

/**
 * "금리 4.5%랑 3.9% 이자 차이 얼마?", "the difference in interest between 4.5% and 3.9%": on the loan asked about (one
 * given), else the largest of them, a month's interest at each rate (monthlyInterestAt, an estimate) and the
 * difference a month and a year; then the loan's own rate for reference.
 */
function ratePairLines(loans: readonly LoanLine[], from: number, to: number, lang: Lang): string[] {
  const l = loans.reduce((a, b) =>
    new Decimal(b.outstandingPrincipal.amount).gt(a.outstandingPrincipal.amount) ? b : a,
  );
  const [rateA, rateB] = [from, to].map((r) => formatAnnualRate(new Decimal(r).div(100).toString(), lang));
  const [a, b] = [from, to].map((r) => monthlyInterestAt(l, new Decimal(r).div(100)));
  const diff = a.minus(b).abs();
  const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const name = loanName(l, lang);
  return [
    lang === 'ko'
      ? koText`${name}(남은 원금 ${l.outstandingPrincipal.text})의 한 달 이자는 ${rateA}일 때 약 ${won(a)}, ${rateB}일 때 약 ${won(b)}으로/로, 차이는 한 달에 약 ${won(diff)}, 1년이면 약 ${won(diff.mul(12))}입니다.`
      : `On your ${name} (${l.outstandingPrincipal.text} owed), a month’s interest is about ${won(a)} at ${rateA} and about ${won(b)} at ${rateB}: a difference of about ${won(diff)} a month, ${won(diff.mul(12))} a year.`,
    lang === 'ko'
      ? koText`지금 이 대출의 금리는 ${formatAnnualRate(l.annualRate, lang)}(${phrase('rateType', l.rateType, lang)})입니다.`
      : `This loan is at ${formatAnnualRate(l.annualRate, lang)} now (${phrase('rateType', l.rateType, lang)}).`,
    RATE_ESTIMATE_NOTE[lang],
  ];
}

/**
 * "금리가 1%p 오르면 이자 얼마나 늘어요?" / "0.5%p 내리면 얼마나 줄어요?": for each active loan whose rate can move,
 * the monthly interest the change adds or takes off — principal still owed × the change ÷ 12, rounded down, an
 * estimate the answer calls one (a cut never below a 0% rate) — and when it would apply; a fixed-rate loan is said
 * to be unaffected. The first sentence carries the total. `points` is signed: negative for a cut.
 */
function rateRiseLines(loans: LoanLine[], points: number, lang: Lang): string[] {
  const cut = points < 0;
  const size = new Decimal(Math.abs(points));
  const p =
    lang === 'ko' ? `${size.toString()}%p` : `${size.toString()} percentage point${size.eq(1) ? '' : 's'}`;
  const rows = loans.map((l) => {
    const moves = l.rateType !== 'FIXED';
    // A cut takes a rate down to 0% at most.
    const by = cut ? Decimal.min(size, new Decimal(l.annualRate).mul(100)) : size;
    const change = moves
      ? new Decimal(l.outstandingPrincipal.amount)
          .mul(by)
          .div(100)
          .div(12)
          .toDecimalPlaces(0, Decimal.ROUND_DOWN)
      : new Decimal(0);
    return { l, moves, change };
  });
  const moving = rows.filter((r) => r.moves);
  const total = moving.reduce((a, r) => a.plus(r.change), new Decimal(0));
  const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const ko = cut
    ? { verb: '내리면', if: '내려도', moves: '줄어듭니다', each: '감소' }
    : { verb: '오르면', if: '올라도', moves: '늘어납니다', each: '증가' };
  const en = cut
    ? { verb: 'fall', noun: 'a cut', moves: 'goes down', each: 'less' }
    : { verb: 'rise', noun: 'a rise', moves: 'goes up', each: 'more' };
  const out: string[] = [
    moving.length === 0
      ? lang === 'ko'
        ? `지금 상환 중인 대출은 모두 고정금리라 금리가 ${p} ${ko.if} 이자는 바뀌지 않습니다.`
        : `All your loans are at a fixed rate, so ${en.noun} of ${p} does not change their interest.`
      : lang === 'ko'
        ? koText`금리가 ${p} ${ko.verb} 대출 이자는 한 달에 약 ${won(total)} ${ko.moves} (남은 원금 × ${p} ÷ 12로 계산한 추정치).`
        : `If rates ${en.verb} by ${p}, your loan interest ${en.moves} by about ${won(total)} a month (principal owed × ${p} ÷ 12, an estimate).`,
  ];
  for (const { l, moves, change } of rows) {
    const kind = phrase('rateType', l.rateType, lang);
    const next = l.nextPayment;
    const then = next ? won(new Decimal(next.payment.amount).plus(cut ? change.neg() : change)) : '';
    if (!moves)
      out.push(
        lang === 'ko'
          ? `- ${loanName(l, lang)} (${kind}): 만기까지 금리가 바뀌지 않아 이자도 그대로입니다.`
          : `- ${loanName(l, lang)} (${kind}): the rate is fixed to maturity, so its interest stays the same.`,
      );
    else
      out.push(
        lang === 'ko'
          ? `- ${loanName(l, lang)} (${kind}, 남은 원금 ${l.outstandingPrincipal.text}): 월 약 ${won(change)} ${ko.each}${next ? ` — 다음 납입 ${next.payment.text} 기준 약 ${then}` : ''}, ${RATE_RISE_WHEN[l.rateType]?.ko ?? RATE_RISE_WHEN.VARIABLE.ko}`
          : `- ${loanName(l, lang)} (${kind}, ${l.outstandingPrincipal.text} owed): about ${won(change)} ${en.each} a month${next ? ` — about ${then} instead of ${next.payment.text}` : ''}, ${RATE_RISE_WHEN[l.rateType]?.en ?? RATE_RISE_WHEN.VARIABLE.en}`,
      );
  }
  if (cut)
    out.push(
      ...steps(lang, [
        moving.length
          ? lang === 'ko'
            ? '변동금리는 시장 금리가 내려도 정해진 재산정일에야 반영되니, 그 전에 신용점수나 소득이 나아졌다면 금리인하요구권을 신청해 보세요.'
            : 'A variable rate follows a cut only at its reset; if your credit score or income has improved, you can ask your lender for a lower rate (금리인하요구권) before that.'
          : lang === 'ko'
            ? '고정금리 대출은 금리가 내려도 그대로이니, 시장 금리가 충분히 내리면 중도상환수수료를 감안해 갈아타기(대환)를 비교해 보세요 ("대출 갈아타면 얼마 아껴요?"처럼 물어보세요).'
            : 'A fixed rate stays as it is when rates fall: if they fall far enough, compare refinancing with the early-repayment fee counted (ask "can I save by refinancing?").',
      ]),
    );
  else if (moving.length)
    out.push(
      ...steps(lang, [
        lang === 'ko'
          ? '금리 상승이 걱정되면 고정금리 대출로 갈아타는 방법이 있습니다 ("대출 갈아타면 얼마 아껴요?"처럼 물어보세요).'
          : 'If rising rates worry you, a fixed-rate loan locks the rate (ask "can I save by refinancing?").',
        lang === 'ko'
          ? '원금을 일부 중도상환하면 금리가 올라도 늘어나는 이자가 줄어듭니다.'
          : 'Repaying part of the principal early shrinks what a rise adds.',
      ]),
    );
  return out;
}

/**
 * QA round 25 (left25a). "0%면요?" after "금리가 1%p 오르면 이자 얼마 늘어요?": **decision** — a change of 0 %p (the
 * what-if's own unit), so the interest does not change and each loan's next payment stays as it is; a rate of 0 % (no
 * lender's) is said in one line after it, interest 0원.
 */
function rateUnchangedLines(loans: LoanLine[], lang: Lang): string[] {
  const ko = lang === 'ko';
  const due = loans.filter((l) => l.nextPayment);
  const each = due.map((l) =>
    ko
      ? koText`${loanName(l, lang)}의 다음 납입은 ${l.nextPayment!.payment.text} 그대로입니다`
      : `your ${loanName(l, lang)}'s next payment stays ${l.nextPayment!.payment.text}`,
  );
  return [
    ko
      ? `금리 변동이 0%p면(금리가 그대로면) 대출 이자는 늘지도 줄지도 않습니다${each.length ? `: ${each.join(', ')}` : ''}.`
      : `With a change of 0 percentage points (rates as they are), your loan interest does not change${each.length ? `: ${each.join(', ')}` : ''}.`,
    ko
      ? '금리 자체가 0%라는 뜻이라면 이자는 0원이겠지만, 이자가 없는 대출 상품은 없습니다.'
      : 'If you meant a rate of 0%, the interest would be ₩0, but no lender offers a loan free of interest.',
  ];
}

/**
 * "내년에 금리 오를까요?", "will my rate go up?": before any outlook, whether a move in rates reaches the customer's
 * own loans — each loan whose rate can move, its rate and when a change applies, and what a 1 %p rise adds a month
 * (rateRiseLines' estimate); all fixed said first. Null without active loans or when rates were not asked about.
 */
function rateOutlookLead(input: IntentReplyInput): string[] | null {
  const subject = input.understanding.slots.forecastSubject;
  if (subject !== 'BASE_RATE' && subject !== 'LENDING_RATE') return null;
  const { language: lang } = input;
  const loans = activeLoans(input.data);
  if (loans.length === 0) return null;
  const moving = loans.filter((l) => l.rateType !== 'FIXED');
  if (moving.length === 0)
    return [
      lang === 'ko'
        ? '고객님 대출은 모두 고정금리라, 시장 금리가 오르거나 내려도 지금 대출의 이자는 바뀌지 않습니다.'
        : 'All your loans are at a fixed rate: whatever market rates do, the interest on them stays the same.',
    ];
  const each = formatList(
    moving.map((l) =>
      lang === 'ko'
        ? `${loanName(l, lang)}(${phrase('rateType', l.rateType, lang)}, 지금 ${formatAnnualRate(l.annualRate, lang)}, ${RATE_RISE_WHEN[l.rateType]?.ko ?? RATE_RISE_WHEN.VARIABLE.ko})`
        : `your ${loanName(l, lang)} (${phrase('rateType', l.rateType, lang)}, ${formatAnnualRate(l.annualRate, lang)} now, ${RATE_RISE_WHEN[l.rateType]?.en ?? RATE_RISE_WHEN.VARIABLE.en})`,
    ),
    lang,
  );
  return [
    lang === 'ko'
      ? koText`금리가 움직이면 이자가 달라지는 고객님 대출은 ${each}입니다.`
      : `A change in rates reaches ${each}.`,
    rateRiseLines(moving, 1, lang)[0],
  ];
}

/**
 * "전세대출 연장할 수 있나요?": the maturity, then how a term extension is decided — the lender's review before
 * maturity (arrears, income and credit checked again; a jeonse loan also needs the renewed lease and the
 * guarantor's extension). Never a promise.
 */
function extensionLines(
  l: LoanLine,
  data: TurnData,
  lang: Lang,
  refused = false,
  landlord = false,
): string[] {
  const jeonse = l.kind === 'JEONSE';
  // QA round 21 (care21). "집주인이 연장 안해준다는데 어떡하죠": the lease refused, not the loan — the tenant's options first
  // (주택임대차보호법 제6조의3: the renewal right, once, for 2 years, asked 6 to 2 months before the end; refused only on
  // the law's grounds), the deposit's return and its guarantee, then the loan due from it.
  if (landlord && jeonse)
    return [
      lang === 'ko'
        ? '집주인이 갱신을 원하지 않아도, 세입자는 주택임대차보호법의 계약갱신청구권을 한 번 써서 전세계약을 2년 더 연장할 수 있습니다: 계약 만료 6개월 전부터 2개월 전까지 요구해야 하고, 집주인은 본인이나 직계가족이 직접 들어와 사는 경우처럼 법이 정한 사유가 있을 때만 거절할 수 있습니다.'
        : 'Even if your landlord does not want to renew, the Housing Lease Protection Act gives you a one-time right to renew the lease for 2 more years: ask between 6 and 2 months before it ends; the landlord can refuse only on the grounds the law sets, such as moving in themselves or a close family member.',
      lang === 'ko'
        ? koText`그래도 나가게 되면 계약이 끝날 때 보증금을 돌려받아 ${loanName(l, lang)} ${l.outstandingPrincipal.text}을/를 만기 ${date(l.maturityOn, data, lang)}에 갚게 되고, 전세보증금반환보증에 가입돼 있다면 집주인이 보증금을 제때 돌려주지 않을 때 보증기관(HUG·HF·SGI)이 대신 돌려줍니다.`
        : `If you do move out, the deposit returned at the end of the lease repays your ${loanName(l, lang)} of ${l.outstandingPrincipal.text}, due at maturity on ${date(l.maturityOn, data, lang)}; with a deposit-return guarantee, the guarantor (HUG, HF or SGI) pays the deposit if the landlord does not on time.`,
      lang === 'ko'
        ? koText`이사할 집이 정해지면 새 전세계약으로 대출을 새로 받거나 옮길 수 있는지 ${l.lender}에 미리 물어보세요.`
        : `Once you have a new place, ask ${lenderInEnglish(l.lender)} early whether the loan can be taken out anew or moved to the new lease.`,
    ];
  // "연장 안 되면 어떡해요?": the principal falls due at maturity; how it can be met.
  const without = refused
    ? [
        lang === 'ko'
          ? koText`연장이 안 되면 ${loanName(l, lang)}의 남은 원금 ${l.outstandingPrincipal.text}을/를 만기일 ${date(l.maturityOn, data, lang)}에 한 번에 갚아야 하고, 갚지 못하면 그날부터 연체가 됩니다. ${jeonse ? '전세대출은 보통 돌려받는 전세보증금으로 갚고, ' : ''}만기 전에 다른 금융회사 대출로 갈아타기(대환)를 알아보실 수 있습니다.`
          : `Without an extension the ${l.outstandingPrincipal.text} left on your ${loanName(l, lang)} falls due in one sum at maturity on ${date(l.maturityOn, data, lang)}, and is in arrears from that day if unpaid. ${jeonse ? 'A jeonse loan is usually repaid from the returned deposit; ' : ''}before maturity you can look at refinancing with another lender.`,
      ]
    : [];
  // QA round 21 (loan21). "대출도 연장 되나요?", "can i extend it": usually yes, first — never for a loan in arrears.
  const yes =
    !refused && l.delinquency.daysPastDue === 0
      ? [
          lang === 'ko'
            ? koText`네, 보통 연장할 수 있습니다: ${loanName(l, lang)}의 만기(${date(l.maturityOn, data, lang)}) 전에 ${l.lender}에 신청하면 심사를 거쳐 연장됩니다${jeonse ? ' (전세계약 갱신과 보증 연장이 필요합니다)' : ''}.`
            : `Usually yes: apply to ${lenderInEnglish(l.lender)} before your ${loanName(l, lang)} matures on ${date(l.maturityOn, data, lang)}, and it can be extended after a review${jeonse ? ' (with the renewed lease and the guarantor’s extension)' : ''}.`,
        ]
      : [];
  return [
    ...without,
    ...yes,
    lang === 'ko'
      ? koText`${loanName(l, lang)}의 만기는 ${date(l.maturityOn, data, lang)}이고, 남은 원금은 ${l.outstandingPrincipal.text}입니다.`
      : `Your ${loanName(l, lang)} matures on ${date(l.maturityOn, data, lang)} with ${l.outstandingPrincipal.text} of principal left.`,
    lang === 'ko'
      ? koText`기한연장은 만기 전에 ${l.lender}에 신청하셔야 하며, 연체 여부와 소득·신용을 다시 심사해 결정됩니다${jeonse ? ' (전세대출은 전세계약 갱신과 보증기관의 보증 연장도 필요합니다)' : ''}. 승인 여부와 연장 금리는 심사 결과에 따라 달라집니다.`
      : `An extension is asked of ${lenderInEnglish(l.lender)} before maturity and decided on a new review of arrears, income and credit${jeonse ? ' (a jeonse loan also needs the renewed lease and the guarantor’s extension)' : ''}; approval and the new rate depend on that review.`,
    // "만기 연장하면 금리 올라가요?": the rate is set again at the extension.
    lang === 'ko'
      ? koText`연장하면 금리는 그때의 기준금리와 신용 상태로 다시 정해져, 지금의 ${formatAnnualRate(l.annualRate, lang)}보다 오르거나 내릴 수 있습니다.`
      : `At an extension the rate is set again from the reference rate and your credit at the time, so it can end up above or below today’s ${formatAnnualRate(l.annualRate, lang)}.`,
    ...(l.delinquency.daysPastDue > 0
      ? [
          lang === 'ko'
            ? '지금 연체가 있으면 연장이 어려울 수 있으니 연체분부터 정리하세요.'
            : 'Arrears make an extension harder: settle the overdue amount first.',
        ]
      : []),
  ];
}

/**
 * QA round 22 (loanleft). **Decision:** "전세대출 연장 안되면 이사가야돼요?", "if they don't extend my jeonse loan do i have
 * to move out?" — not necessarily, first: the loan and the lease are separate contracts, so a refused extension makes the
 * principal due at maturity (with the customer's figures), it does not end the lease. Then how it is met — the returned
 * deposit when they move out, refinancing or their own money when they stay (계약갱신청구권) — then arrears if unpaid.
 */
function moveOutLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const ko = lang === 'ko';
  const maturity = date(l.maturityOn, data, lang);
  return [
    ko
      ? koText`꼭 이사하셔야 하는 것은 아닙니다: 대출과 전세계약은 별개라, 연장이 안 되면 ${loanName(l, lang)}의 남은 원금 ${l.outstandingPrincipal.text}을/를 만기일 ${maturity}까지 갚아야 할 뿐 집을 비워야 하는 것은 아닙니다.`
      : `Not necessarily: the loan and the lease are separate contracts, so without an extension the ${l.outstandingPrincipal.text} left on your ${loanName(l, lang)} falls due at maturity on ${maturity}, but that does not end your lease.`,
    ko
      ? '계약이 끝나 이사하신다면 돌려받는 전세보증금으로 갚는 것이 보통이고, 계속 사신다면(집주인이 원하지 않아도 계약갱신청구권으로 한 번, 2년 더 갱신할 수 있습니다) 만기 전에 다른 금융회사 대출로 갈아타거나(대환) 가진 돈으로 갚으셔야 합니다.'
      : 'If you move out when the lease ends, the returned deposit usually repays it; if you stay (the renewal right, 계약갱신청구권, lets you renew once for 2 more years even if the landlord would rather not), you repay it before maturity by refinancing with another lender or from your own money.',
    ko
      ? koText`만기일까지 갚지 못하면 그날부터 연체이자가 붙으니, 연장이 어렵다는 말을 들으셨다면 만기 2~3개월 전부터 ${l.lender}와/과 다른 은행의 전세대출 갈아타기를 함께 알아보세요.`
      : `Unpaid at maturity, it runs penalty interest from that day, so if you have been told an extension is unlikely, start comparing jeonse-loan refinancing with ${lenderInEnglish(l.lender)} and other banks two to three months before maturity.`,
  ];
}

/**
 * QA round 21 (loan21). "그럼 언제까지 신청해야돼요?" after the extension: usually from one to two months before maturity,
 * and before the maturity day at the latest; a jeonse loan with the renewed lease and the guarantor's extension.
 */
function extensionApplyLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const jeonse = l.kind === 'JEONSE';
  const maturity = date(l.maturityOn, data, lang);
  const from = date(addMonths(l.maturityOn, -2), data, lang);
  const to = date(addMonths(l.maturityOn, -1), data, lang);
  return [
    lang === 'ko'
      ? koText`보통 만기 1~2개월 전, ${from}부터 ${to} 사이에 ${l.lender}에 기한연장을 신청하시면 되고, 늦어도 만기일(${maturity}) 전에는 마쳐야 합니다.`
      : `Usually one to two months before maturity — between ${from} and ${to} — and in any case before the maturity day (${maturity}): apply to ${lenderInEnglish(l.lender)}.`,
    jeonse
      ? lang === 'ko'
        ? '전세대출은 갱신한 전세계약서와 보증기관의 보증 연장이 함께 필요하니, 집주인과 계약 갱신(또는 확정일자)을 먼저 마치고 신청하세요. 정확한 신청 기간은 상품마다 달라 금융회사 앱에서 확인하세요.'
        : 'A jeonse loan needs the renewed lease and the guarantor’s extension too, so settle the renewal with your landlord first; the exact window varies by product, so check it in the lender’s app.'
      : lang === 'ko'
        ? '정확한 신청 기간은 상품마다 달라 금융회사 앱이나 고객센터에서 확인하세요.'
        : 'The exact window varies by product; check it in the lender’s app or with its customer centre.',
  ];
}

/** The jeonse loan a jeonse question is about: the loan named, else the customer's jeonse loan. */
function jeonseLoanOf(input: IntentReplyInput, loans: readonly LoanLine[]): LoanLine | undefined {
  return input.loan?.kind === 'JEONSE' ? input.loan : loans.find((x) => x.kind === 'JEONSE');
}
/**
 * QA round 21 (loan21). "my landlord wants to renew the jeonse next year and raise the deposit by 30 mil, can i extend
 * the loan": usually yes — the loan extended at the renewal and the rise borrowed as a top-up, each on the lender's and
 * the guarantor's review (the top-up within the deposit's share); then when to apply.
 */
function jeonseRenewalLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l = jeonseLoanOf(input, loans);
  const raise = input.understanding.slots.depositRaise;
  if (!l)
    return [
      ko
        ? '지금 상환 중인 전세자금대출이 없어 연장할 대출은 없습니다. 올려 줄 보증금은 새 계약서로 전세대출을 신청할 수 있습니다 ("보증금 3억이면 전세대출 얼마까지 돼요?"처럼 물어보세요).'
        : 'You have no jeonse deposit loan to extend; the raised deposit can be borrowed against with the new lease (ask "how much jeonse loan on a 300 million deposit?").',
    ];
  const name = loanName(l, lang);
  const lender = ko ? l.lender : lenderInEnglish(l.lender);
  const rise = raise ? formatWon(raise, lang) : null;
  return [
    ko
      ? koText`네, 보통 가능합니다: 전세계약을 갱신하면 ${name}(남은 원금 ${l.outstandingPrincipal.text}, 만기 ${date(l.maturityOn, data, lang)})은/는 기한연장을, ${rise ? koText`올려 줄 보증금 ${rise}은/는` : '올려 줄 보증금은'} 증액(추가 대출)을 ${lender}에 신청할 수 있고, 둘 다 ${lender}와 보증기관의 심사로 정해집니다.`
      : `Usually yes: when you renew the lease, your ${name} (${l.outstandingPrincipal.text} left, maturing on ${date(l.maturityOn, data, lang)}) can be extended and ${rise ? `the ${rise} rise` : 'the raised deposit'} borrowed as a top-up from ${lender} — both subject to ${lender}’s and the guarantor’s review.`,
    ko
      ? '증액은 새 보증금의 80% 이내에서 보증기관 한도와 소득 심사 범위 안에서만 되고, 기존 대출과 합쳐 한도를 봅니다. 금리는 연장·증액 때 다시 정해집니다.'
      : 'The top-up is only within 80% of the new deposit, the guarantor’s cap and your income check, counted together with the loan you have; the rate is set again at the extension.',
    ko
      ? '증액된 새 전세계약서(확정일자 포함)를 받은 뒤, 보통 계약 갱신일이나 만기 1~2개월 전에 신청하세요. 증액분을 받을 수 없으면 그만큼은 자기 돈으로 마련해야 합니다.'
      : 'Apply with the new lease (with its fixed-date stamp) usually one to two months before the renewal or maturity; whatever the top-up does not cover comes from your own money.',
  ];
}

/**
 * QA round 21 (loan21). "what if i move to wolse instead of jeonse when it ends": the deposit returned at the lease's end
 * repays the jeonse loan, and the monthly rent replaces the interest — the rent set against the interest paid now, and
 * the tax credit rent earns.
 */
function wolseSwitchLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l = jeonseLoanOf(input, loans);
  if (!l)
    return [
      ko
        ? '지금 상환 중인 전세자금대출이 없어, 월세로 옮기셔도 정리할 전세대출은 없습니다: 월세와 새 보증금을 매달 남는 돈과 비교해 보세요.'
        : 'You have no jeonse deposit loan, so moving to monthly rent settles none: weigh the rent and the new deposit against what your month leaves.',
    ];
  const name = loanName(l, lang);
  const interest = l.nextPayment?.interest.text ?? null;
  return [
    ko
      ? koText`월세로 옮기시면 전세계약이 끝날 때 돌려받는 보증금으로 ${name} ${l.outstandingPrincipal.text}을/를 갚아 대출이 끝나고(만기 ${date(l.maturityOn, data, lang)}), 매달 내던 이자${interest ? koText` ${interest}` : ''} 대신 월세를 내게 됩니다.`
      : `With monthly rent, the deposit returned when the lease ends repays the ${l.outstandingPrincipal.text} of your ${name} (it matures on ${date(l.maturityOn, data, lang)}), and the rent replaces the${interest ? ` ${interest} of` : ''} monthly interest.`,
    ko
      ? koText`그래서 월세가 ${interest ?? '지금 이자'}보다 적으면 매달 부담이 줄고, 많으면 늘어납니다: 보증금에서 대출을 갚고 남는 고객님 돈은 새 월세 보증금이나 저축으로 쓸 수 있고, 월세는 무주택 세대주라면 연말정산 월세 세액공제(소득에 따라 15~17%)를 받을 수 있습니다.`
      : `So if the rent is below ${interest ?? 'the interest you pay now'}, your month gets lighter, and if above, heavier; what is left of the deposit after the loan is yours for the new deposit or savings, and rent can earn the monthly-rent tax credit (15–17% depending on income) if you are a non-homeowning householder.`,
    ko
      ? '다만 월세는 돌려받지 못하는 돈이고 전세 이자는 금리에 따라 바뀌니, 집을 정하기 전에 월세·관리비와 지금 이자를 같은 달 기준으로 비교해 보세요.'
      : 'Rent is money you do not get back, while the jeonse interest moves with the rate: compare the rent and upkeep with the interest for the same month before you choose.',
  ];
}

/**
 * QA round 21 (loan21). "did i pay my loan on time last month?" (+"and before that?"): the month's repayment from the
 * ledger — on time when no penalty interest was paid on it — yes or no first; none recorded that month, said so.
 * Null without the ledger.
 */
function paidOnTimeLines(input: IntentReplyInput, loans: LoanLine[]): string[] | null {
  const { data, language: lang } = input;
  const back = input.understanding.slots.onTimeMonthsBack;
  const ledger = data.lastRepayments;
  if (back === undefined || !ledger) return null;
  const ko = lang === 'ko';
  const month = addMonths(`${data.asOf.slice(0, 7)}-01`, -back).slice(0, 7);
  const asked = input.loan ? [input.loan] : loans;
  const lines = asked.map((l) => {
    const rows = ledger.loans.find((x) => x.loanId === l.loanId)?.recent ?? [];
    const name = loanName(l, lang);
    const paid = back === 0 ? rows[0] : rows.find((r) => r.paidOn.startsWith(month));
    if (!paid)
      return ko
        ? koText`${name}은/는 그달에 기록된 납입이 없습니다.`
        : `No payment on your ${name} is recorded in that month.`;
    const on = date(paid.paidOn, data, lang);
    return paid.penalty.amount === '0'
      ? ko
        ? koText`네, ${name}의 ${on} 납입 ${paid.amount.text}은/는 제때 내셨습니다 (연체이자 0원).`
        : `Yes: your ${name} payment of ${paid.amount.text} on ${on} was on time, with no penalty interest.`
      : ko
        ? koText`아니요, ${name}의 ${on} 납입 ${paid.amount.text}에는 연체이자 ${paid.penalty.text}이/가 붙어 늦게 내신 것으로 기록돼 있습니다.`
        : `No: your ${name} payment of ${paid.amount.text} on ${on} carried ${paid.penalty.text} of penalty interest, so it was late.`;
  });
  const overdue = asked.map((l) => overdueLine(l, lang)).filter((x): x is string => !!x);
  return [
    ...(lines.length === 1 ? lines : lines.map((x) => `- ${x}`)),
    ...(overdue.length ? overdue : [ko ? '지금 연체된 금액은 없습니다.' : 'Nothing is overdue now.']),
  ];
}

/** The loan an extension question is about: the one named, else the active loan that matures first. */
function extensionLoan(input: IntentReplyInput): LoanLine | null {
  if (input.loan) return input.loan;
  const loans = activeLoans(input.data);
  return [...loans].sort((a, b) => a.maturityOn.localeCompare(b.maturityOn))[0] ?? null;
}

/**
 * "이번 달 이자만 내도 되나요?": an instalment with no principal in it is interest only already (a bullet loan, a grace
 * period) — said first; otherwise the principal left unpaid becomes arrears (penalty rate, the credit-bureau
 * threshold), and deferring principal is the lender's decision, asked for before the due date.
 */
function interestOnlyLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const n = l.nextPayment!;
  const on = date(n.dueDate, data, lang);
  if (n.principal.amount === '0')
    return [
      lang === 'ko'
        ? `네, ${loanName(l, lang)}의 다음 납입일 ${on}에는 원래 원금 없이 이자 ${n.interest.text}만 내시면 됩니다.`
        : `Yes: your next ${loanName(l, lang)} payment (${on}) is interest only already, ${n.interest.text} with no principal.`,
      l.repaymentMethod === 'BULLET'
        ? lang === 'ko'
          ? `원금 ${l.outstandingPrincipal.text}은 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚는 방식입니다.`
          : `The principal of ${l.outstandingPrincipal.text} is repaid in one sum at maturity (${date(l.maturityOn, data, lang)}).`
        : lang === 'ko'
          ? '원금 상환은 거치기간이 끝난 뒤부터 시작됩니다.'
          : 'Principal repayments start when the interest-only (grace) period ends.',
    ];
  const rate = l.delinquency.penaltyRate ? formatAnnualRate(l.delinquency.penaltyRate, lang) : null;
  return [
    lang === 'ko'
      ? koText`${loanName(l, lang)}의 다음 납입일 ${on}에 내실 금액은 원금 ${n.principal.text}와/과 이자 ${n.interest.text}입니다. 이자만 내시면 원금 ${n.principal.text}이/가 연체로 잡혀${rate ? ` ${rate}의` : ''} 연체이자가 붙습니다.`
      : `Your next ${loanName(l, lang)} payment (${on}) is ${n.principal.text} of principal and ${n.interest.text} of interest. Paying only the interest leaves the ${n.principal.text} overdue${rate ? `, with penalty interest at ${rate}` : ', with penalty interest'}.`,
    arrearsCreditImpact(lang),
    ...steps(lang, [
      lang === 'ko'
        ? koText`원금 상환을 잠시 미루고 싶으시면 납입일 전에 ${l.lender}에 상환유예(원금 유예)를 신청하세요. 받아들일지는 금융회사가 심사해 정합니다.`
        : `To put principal off for a while, ask ${lenderInEnglish(l.lender)} for a deferral before the due date; the lender decides after a review.`,
      lang === 'ko'
        ? '소득이 줄어 어려우신 거라면 "다음 달에 못 낼 것 같아요"라고 말씀해 주세요. 채무조정 방법까지 안내해 드립니다.'
        : 'If your income has dropped, tell me "I can’t pay next month" and I will go through the debt-relief options.',
    ]),
  ];
}

/**
 * QA round 22 (loanleft). **Decision:** "why so much? its just interest right", "왜 이렇게 많아요? 이자만 내는 거 아니에요?",
 * "이거 다 이자예요?" — whether the next payment is all interest, yes or no first, with its split from the schedule; an
 * interest-only payment is then shown as the interest on the principal left (balance × rate ÷ 12 when the loan charges
 * monthly), and when principal is repaid.
 */
function paymentSplitLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const n = l.nextPayment!;
  const ko = lang === 'ko';
  const on = date(n.dueDate, data, lang);
  const rate = formatAnnualRate(l.annualRate, lang);
  if (n.principal.amount === '0')
    return [
      ko
        ? koText`네, ${loanName(l, lang)}의 다음 납입 ${n.payment.text}(${on})은/는 모두 이자입니다 (원금 ${n.principal.text}, 이자 ${n.interest.text}).`
        : `Yes: your next ${loanName(l, lang)} payment of ${n.payment.text} (${on}) is all interest (principal ${n.principal.text}, interest ${n.interest.text}).`,
      l.interestConvention === 'MONTHLY'
        ? ko
          ? koText`남은 원금 ${l.outstandingPrincipal.text}에 ${rate}을/를 적용해 12로 나눈 금액이라, 원금이 커서 이자만으로도 이만큼 나옵니다.`
          : `It is the interest on the ${l.outstandingPrincipal.text} of principal left at ${rate}, divided by 12: the principal is large, so the interest alone comes to this much.`
        : ko
          ? koText`남은 원금 ${l.outstandingPrincipal.text}에 ${rate}을/를 그 달의 날수만큼 적용한 금액이라, 원금이 커서 이자만으로도 이만큼 나옵니다.`
          : `It is the interest on the ${l.outstandingPrincipal.text} of principal left at ${rate} for the month's days: the principal is large, so the interest alone comes to this much.`,
      l.repaymentMethod === 'BULLET'
        ? ko
          ? koText`원금 ${l.outstandingPrincipal.text}은/는 만기 ${date(l.maturityOn, data, lang)}에 한 번에 갚는 방식이라 매달은 이자만 나갑니다.`
          : `The principal of ${l.outstandingPrincipal.text} is repaid in one sum at maturity (${date(l.maturityOn, data, lang)}), so each month is interest only.`
        : ko
          ? '거치기간이 끝나면 원금 상환이 시작돼 납입액이 늘어납니다.'
          : 'When the interest-only (grace) period ends, principal repayments start and the payment goes up.',
    ];
  return [
    ko
      ? koText`아니요, 이자만이 아닙니다: ${loanName(l, lang)}의 다음 납입 ${n.payment.text}(${on}) 중 원금이 ${n.principal.text}, 이자가 ${n.interest.text}입니다.`
      : `No, not just interest: of your next ${loanName(l, lang)} payment of ${n.payment.text} (${on}), ${n.principal.text} is principal and ${n.interest.text} is interest.`,
    ko
      ? koText`원금 부분은 빚을 줄이는 돈이라, 납입 후 남은 원금이 ${n.principal.text}만큼 줄어듭니다 (지금 ${l.outstandingPrincipal.text}, ${rate}).`
      : `The principal part pays the debt down: after it, the principal left falls by ${n.principal.text} (now ${l.outstandingPrincipal.text}, at ${rate}).`,
  ];
}

/**
 * QA round 22 (loanleft). **Decision:** "help i think i paid the loan twice this month", "이번달 대출 두번 낸 것 같아요" —
 * answered from the repayment record of this month (Korean calendar): yes when two or more repayments of a loan are
 * recorded this month (with their days and amounts), no with the one or none recorded; then what to do — ask the lender
 * to refund the extra payment or apply it as a prepayment (선납). Null without the record.
 */
function paidTwiceLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] | null {
  const { data, language: lang } = input;
  const ledger = data.lastRepayments;
  if (!ledger) return null;
  const ko = lang === 'ko';
  const month = data.asOf.slice(0, 7);
  const monthName = ko
    ? `이번 달(${Number(month.slice(5))}월)`
    : `this month (${MONTH_NAMES[Number(month.slice(5)) - 1]})`;
  const asked = input.loan ? [input.loan] : loans;
  const rows = asked.map((l) => {
    const h = ledger.loans.find((x) => x.loanId === l.loanId);
    const recent = h?.recent ?? (h?.last ? [h.last] : []);
    return { l, paid: recent.filter((r) => r.paidOn.startsWith(month)) };
  });
  const twice = rows.filter((r) => r.paid.length >= 2);
  const list = (paid: RepaymentLine[]) =>
    paid.map((r) => `${date(r.paidOn, data, lang)} ${r.amount.text}`).join(', ');
  const lead = twice.length
    ? ko
      ? koText`네, ${monthName}에 ${twice.map((r) => koText`${loanName(r.l, lang)} 납입이 ${r.paid.length}번(${list(r.paid)})`).join(', ')} 기록돼 있습니다.`
      : `Yes: ${twice.map((r) => `${r.paid.length} repayments of your ${loanName(r.l, lang)} are recorded ${monthName} (${list(r.paid)})`).join('; ')}.`
    : ko
      ? `아니요, ${monthName}에는 ${rows
          .map((r) =>
            r.paid.length
              ? koText`${loanName(r.l, lang)} 납입이 ${list(r.paid)} 한 번만`
              : koText`${loanName(r.l, lang)} 납입이 한 번도`,
          )
          .join(', ')} 기록돼 있습니다.`
      : `No: ${rows
          .map((r) =>
            r.paid.length
              ? `only one repayment of your ${loanName(r.l, lang)} is recorded ${monthName}, ${list(r.paid)}`
              : `no repayment of your ${loanName(r.l, lang)} is recorded ${monthName}`,
          )
          .join('; ')}.`;
  const lender = (twice[0] ?? rows[0])?.l;
  const next = (twice[0] ?? rows[0])?.l.nextPayment;
  return [
    lead,
    twice.length
      ? ko
        ? koText`한 번이 잘못 나간 것이라면 ${lender!.lender}에 연락해 더 낸 금액을 돌려받거나(환불), 원금을 미리 갚은 것(선납·중도상환)으로 처리해 달라고 하실 수 있습니다: 선납으로 처리하면 남은 원금과 다음 이자가 줄어듭니다.`
        : `If one was a mistake, call ${lenderInEnglish(lender!.lender)} and ask for the extra payment back (a refund) or to apply it as a prepayment (선납), which lowers the principal left and the interest after it.`
      : ko
        ? koText`통장에서 두 번 빠져나간 것으로 보이면 그 출금 내역을 들고 ${lender!.lender}에 확인을 요청하세요: 대출 기록에 없는 출금이라면 금융회사가 확인해 돌려주거나 선납(중도상환)으로 처리합니다.`
        : `If your bank account shows two debits, take them to ${lenderInEnglish(lender!.lender)}: a debit the loan record does not show is checked and refunded or applied as a prepayment (선납).`,
    ...(next
      ? [
          ko
            ? koText`다음 납입은 ${date(next.dueDate, data, lang)} ${next.payment.text}입니다.`
            : `Your next payment is ${next.payment.text}, due ${date(next.dueDate, data, lang)}.`,
        ]
      : []),
  ];
}

/**
 * "대출금 일부만 내도 돼요?": the instalment is due in full — what is paid covers penalty interest, interest, then
 * principal, and the rest becomes arrears at the penalty rate, with the credit-bureau thresholds; then the lender's
 * deferral or split payment, asked for before the due date.
 */
function partialPaymentLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const n = l.nextPayment!;
  const rate = l.delinquency.penaltyRate ? formatAnnualRate(l.delinquency.penaltyRate, lang) : null;
  return [
    lang === 'ko'
      ? koText`${loanName(l, lang)}의 다음 납입액은 ${date(n.dueDate, data, lang)}에 ${n.payment.text}이며, 일부만 내시면 낸 돈은 연체이자·이자·원금 순서로 채워지고 모자란 금액은 연체로 잡혀${rate ? ` ${rate}의` : ''} 연체이자가 붙습니다.`
      : `Your next ${loanName(l, lang)} payment is ${n.payment.text}, due ${date(n.dueDate, data, lang)}. If you pay part of it, the money goes to penalty interest, interest and then principal, and the rest is overdue${rate ? ` with penalty interest at ${rate}` : ', with penalty interest'}.`,
    arrearsCreditImpact(lang),
    ...steps(lang, [
      lang === 'ko'
        ? koText`이번 달 전액이 어려우시면 납입일 전에 ${l.lender}에 상환유예나 분할납부를 문의하세요. 받아들일지는 금융회사가 심사해 정합니다.`
        : `If the full amount is hard this month, ask ${lenderInEnglish(l.lender)} about a deferral or a split payment before the due date; the lender decides after a review.`,
      lang === 'ko'
        ? '소득이 줄어 어려우신 거라면 "다음 달에 못 낼 것 같아요"라고 말씀해 주세요. 채무조정 방법까지 안내해 드립니다.'
        : 'If your income has dropped, tell me "I can’t pay next month" and I will go through the debt-relief options.',
    ]),
  ];
}

/**
 * "카드 결제일이 언제예요?": the card's payment day is set with the card company and not held here, said first with
 * where to see it; then the bill it usually takes — last month's card spending — and where to move the date.
 */
function cardDueDayLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  return [
    lang === 'ko'
      ? '카드 결제일(대금 납부일)은 카드를 만들 때 카드사와 정한 날짜라 이 앱에는 등록되어 있지 않습니다. 카드사 앱이나 이용대금 명세서의 결제일에서 확인하실 수 있습니다.'
      : 'Your card’s payment date is the one you chose with the card company, and this app does not hold it: the card company’s app or your statement shows it.',
    ...(s
      ? [
          billWithInstalments(s, data, lang) ??
            (lang === 'ko'
              ? koText`대부분의 카드사는 이번 달 결제일에 지난달 이용액을 청구하며, 지난달 카드 이용액은 ${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}, ${date(s.from, data, lang)} ~ ${date(s.through, data, lang)}).`
              : `Most card companies bill last month’s spending on this month’s payment date: that was ${s.total.text} (${formatCount(s.purchaseCount, 'transaction', lang)}, ${date(s.from, data, lang)} to ${date(s.through, data, lang)}).`),
        ]
      : []),
    lang === 'ko'
      ? '결제일은 카드사 앱이나 고객센터에서 바꿀 수 있습니다.'
      : 'The card company can move the date in its app or at its customer centre.',
  ];
}

/**
 * "낼 대출금 빠져나가는 날이에요?", "is my payment due today?": yes or no for that day first — the loans due then, or
 * that none is (the next payment follows in the lead after it). A due date moved off a weekend counts on its day.
 */
function dueDayLead(loans: readonly LoanLine[], offset: number, data: TurnData, lang: Lang): string {
  const day = addDays(data.asOf, offset);
  const when =
    lang === 'ko'
      ? ['오늘', '내일', '모레'][offset]
      : ['today', 'tomorrow', 'the day after tomorrow'][offset];
  const due = loans.filter((l) => l.nextPayment?.dueDate.slice(0, 10) === day);
  if (due.length > 0)
    return lang === 'ko'
      ? koText`네, ${when} ${date(day, data, lang)}에 ${due.map((l) => `${loanName(l, lang)} ${l.nextPayment!.payment.text}`).join(', ')}이/가 빠져나갑니다.`
      : `Yes: ${when} (${date(day, data, lang)}) is the payment day for ${due.map((l) => `your ${loanName(l, lang)}, ${l.nextPayment!.payment.text}`).join('; ')}.`;
  return lang === 'ko'
    ? `아니요, ${when} ${date(day, data, lang)}에는 빠져나가는 대출 납입이 없습니다.`
    : `No: ${when} (${date(day, data, lang)}) is not a loan payment day.`;
}

/**
 * "다음 달 17일이 이자 내는 날 맞죠?": yes when the day asked is the next due date, or a later one on the same day
 * of the month before maturity (a monthly loan's later instalment); otherwise no, with the real next date.
 */
function dueDateLead(l: LoanLine, asked: string, data: TurnData, lang: Lang): string {
  const due = l.nextPayment!.dueDate.slice(0, 10);
  const monthly = asked > due && asked.slice(8) === due.slice(8) && asked <= l.maturityOn.slice(0, 10);
  if (asked === due || monthly)
    return lang === 'ko'
      ? `네, 맞습니다: ${date(asked, data, lang)}에 ${loanName(l, lang)} 납입이 있습니다.`
      : `Yes: ${date(asked, data, lang)} is a payment day of your ${loanName(l, lang)}.`;
  return lang === 'ko'
    ? `아니요, ${date(asked, data, lang)}에는 대출 납입이 없습니다: ${loanName(l, lang)}의 납입일은 매달 ${Number(due.slice(8))}일이고, 다음은 ${date(due, data, lang)}입니다.`
    : `No: ${date(asked, data, lang)} is not a payment day. Your ${loanName(l, lang)} is due on the ${formatOrdinal(Number(due.slice(8)))} of each month; the next is ${date(due, data, lang)}.`;
}

/**
 * QA round 26 (en2). "I'm getting 3 million severance, how many payments does that cover?": the sum ÷ the loan's
 * monthly payment (its next instalment), whole payments first, then what is left over — not a prepayment of the sum.
 */
function paymentsCoveredLines(sum: string, l: LoanLine, data: TurnData, lang: Lang): string[] {
  const n = l.nextPayment!;
  const pay = new Decimal(n.payment.amount);
  if (pay.lte(0)) return [nextPaymentLead(l, data, lang)];
  const total = new Decimal(sum);
  const count = total.div(pay).floor();
  const left = total.minus(pay.mul(count));
  const ratio = total.div(pay).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
  const sumText = formatWon(total.toFixed(0), lang);
  const leftText = formatWon(left.toFixed(0), lang);
  const name = loanName(l, lang);
  const due = date(n.dueDate, data, lang);
  return [
    lang === 'ko'
      ? koText`${sumText}이면 ${name} 월 납입금 ${n.payment.text}을/를 ${count.toFixed(0)}번 낼 수 있습니다 (${sumText} ÷ ${n.payment.text} = ${ratio}, ${count.toFixed(0)}번 내고 ${leftText}이/가 남습니다).`
      : `${sumText} covers ${count.toFixed(0)} payment${count.eq(1) ? '' : 's'} of ${n.payment.text} on your ${name} (${sumText} ÷ ${n.payment.text} = ${ratio}), with ${leftText} left over.`,
    lang === 'ko'
      ? koText`첫 납입은 ${due}이고, 그 돈으로 생활비도 써야 한다면 납입일 전에 ${l.lender}에 상환유예나 기한연장을 상담해 두세요.`
      : `The first of them is due ${due}; if that money also has to cover living costs, ask ${lenderInEnglish(l.lender)} about a deferral or an extension before then.`,
  ];
}

function nextPayment(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const slots = input.understanding.slots;
  // QA round 25 (left25a). "처음에 물어본 거 중에 제일 큰 게 뭐예요?" after a next payment asked first: the larger part
  // of that payment (principal or interest) first, then the answer again.
  if (slots.largestOfFirst && !slots.dueBy) {
    const rest = nextPayment({
      ...input,
      understanding: { ...input.understanding, slots: { ...slots, largestOfFirst: undefined } },
    });
    const l = input.loan?.nextPayment ? input.loan : activeLoans(data).find((x) => x.nextPayment);
    const n = l?.nextPayment;
    if (!l || !n) return rest;
    const interestMore = new Decimal(n.interest.amount).gte(n.principal.amount);
    const [big, small] = interestMore
      ? [
          lang === 'ko' ? `이자 ${n.interest.text}` : `interest, ${n.interest.text}`,
          lang === 'ko' ? `원금 ${n.principal.text}` : `principal ${n.principal.text}`,
        ]
      : [
          lang === 'ko' ? `원금 ${n.principal.text}` : `principal, ${n.principal.text}`,
          lang === 'ko' ? `이자 ${n.interest.text}` : `interest ${n.interest.text}`,
        ];
    return [
      lang === 'ko'
        ? koText`처음에 물어보신 ${loanName(l, lang)} 다음 납입액 ${n.payment.text} 가운데 가장 큰 것은 ${big}입니다 (${small}).`
        : `Of the ${n.payment.text} next payment on your ${loanName(l, lang)} you first asked about, the largest part is the ${big} (${small}).`,
      ...rest,
    ];
  }
  if (slots.request === 'CARD_DUE_DAY') return cardDueDayLines(input);
  // QA round 23 (date23): what falls due up to a date or in the week; a date's weekday.
  if (slots.dueBy) return dueByLines(input);
  if (slots.weekdayOf) return weekdayOfLines(input);
  const loans = activeLoans(data).filter((l) => l.nextPayment);
  if (loans.length === 0)
    return slots.request === 'CARD_DUE_DATE' ? [cardDueDateLead(lang)] : [noLoans(lang)];
  const l = input.loan?.nextPayment ? input.loan : loans[0];
  if (slots.paymentsCovered) return paymentsCoveredLines(slots.paymentsCovered, l, data, lang);
  if (slots.request === 'INTEREST_ONLY') return interestOnlyLines(l, data, lang);
  if (slots.request === 'PARTIAL_PAYMENT') return partialPaymentLines(l, data, lang);
  // QA round 22 (loanleft). "why so much? its just interest right": the payment's split, yes or no first.
  if (slots.splitAsked) return paymentSplitLines(l, data, lang);
  // QA round 22 (loanleft). "이번달 대출 두번 낸 것 같아요": this month's recorded repayments, yes or no first.
  const twice = slots.paidTwice ? paidTwiceLines(input, loans) : null;
  if (twice) return twice;
  if (slots.rateChange) return rateChangeLines(input, loans);
  const onTime = slots.lastPayment ? paidOnTimeLines(input, loans) : null;
  if (onTime) return onTime;
  const last = slots.lastPayment ? lastPaymentLines(input, loans) : null;
  if (last) return last;
  // "그 다음은요?", "and the one after that?": the open schedule's row after the next.
  const after =
    slots.afterNext && data.schedule?.loanNumber === l.loanNumber ? data.schedule.rows[1] : undefined;
  if (after)
    return [
      lang === 'ko'
        ? `그다음 ${loanName(l, lang)} 납입은 ${date(after.dueDate, data, lang)}, ${after.payment.text}입니다 (원금 ${after.principal.text}, 이자 ${after.interest.text}; ${after.number}회차).`
        : `The ${loanName(l, lang)} payment after that is ${after.payment.text}, due ${date(after.dueDate, data, lang)} (principal ${after.principal.text}, interest ${after.interest.text}; instalment ${after.number}).`,
      nextPaymentLead(l, data, lang),
    ];
  // "그럼 6개월 뒤엔?", "and in 6 months?": the row that many instalments after the next (or the last, ending sooner).
  const ahead = slots.paymentAhead && data.schedule?.loanNumber === l.loanNumber ? data.schedule : undefined;
  if (ahead && ahead.rows.length > 0 && slots.paymentAhead) {
    const months = formatCount(slots.paymentAhead, 'month', lang);
    const row = ahead.rows[slots.paymentAhead];
    const last = ahead.rows[ahead.rows.length - 1];
    if (!row)
      return [
        lang === 'ko'
          ? koText`${loanName(l, lang)}은/는 ${date(last.dueDate, data, lang)} ${last.number}회차 ${last.payment.text}(원금 ${last.principal.text}, 이자 ${last.interest.text})로 끝나, ${months} 뒤에는 낼 납입이 없습니다.`
          : `Your ${loanName(l, lang)} ends with instalment ${last.number} of ${last.payment.text} on ${date(last.dueDate, data, lang)} (principal ${last.principal.text}, interest ${last.interest.text}), so there is no payment ${months} on.`,
      ];
    return [
      lang === 'ko'
        ? `${months} 뒤 ${loanName(l, lang)} 납입은 ${date(row.dueDate, data, lang)}, ${row.payment.text}입니다 (원금 ${row.principal.text}, 이자 ${row.interest.text}; ${row.number}회차).`
        : `${months.charAt(0).toUpperCase()}${months.slice(1)} on, your ${loanName(l, lang)} payment is ${row.payment.text}, due ${date(row.dueDate, data, lang)} (principal ${row.principal.text}, interest ${row.interest.text}; instalment ${row.number}).`,
      nextPaymentLead(l, data, lang),
    ];
  }
  // "1월 납입은요?", "what's my January payment?": the first row of the open schedule due in that month.
  const inMonth =
    slots.dueMonth !== undefined && data.schedule?.loanNumber === l.loanNumber
      ? data.schedule.rows.find(
          (r) =>
            Number(r.dueDate.slice(5, 7)) === slots.dueMonth &&
            (slots.dueYear === undefined || Number(r.dueDate.slice(0, 4)) === slots.dueYear),
        )
      : undefined;
  if (inMonth)
    return [
      lang === 'ko'
        ? `${slots.dueYear !== undefined ? `${slots.dueYear}년 ` : ''}${slots.dueMonth}월 ${loanName(l, lang)} 납입은 ${date(inMonth.dueDate, data, lang)}, ${inMonth.payment.text}입니다 (원금 ${inMonth.principal.text}, 이자 ${inMonth.interest.text}; ${inMonth.number}회차).`
        : `Your ${loanName(l, lang)} payment for ${formatMonth(inMonth.dueDate, lang)} is ${inMonth.payment.text}, due ${date(inMonth.dueDate, data, lang)} (principal ${inMonth.principal.text}, interest ${inMonth.interest.text}; instalment ${inMonth.number}).`,
      // The last instalment holds what is left of the principal ("2028년 3월에 한번에 내야 돼요?"): said so, with how a
      // jeonse loan is usually repaid and the extension to ask for before then.
      ...(inMonth.balance.amount === '0' && new Decimal(inMonth.principal.amount).gt(inMonth.interest.amount)
        ? [
            lang === 'ko'
              ? koText`만기 회차라 남은 원금 ${inMonth.principal.text}을/를 이때 한 번에 갚습니다. ${maturityRoutes(l, lang)}`
              : `It is the last instalment, so the ${inMonth.principal.text} of principal left is repaid then in one sum. ${maturityRoutes(l, lang)}`,
          ]
        : []),
      ...(inMonth.dueDate === l.nextPayment!.dueDate ? [] : [nextPaymentLead(l, data, lang)]),
    ];
  const leads = [
    ...(slots.dueDateAsked ? [dueDateLead(l, resolveDay(slots.dueDateAsked, data.asOf), data, lang)] : []),
    ...(slots.dueDayAsked !== undefined ? [dueDayLead(loans, slots.dueDayAsked, data, lang)] : []),
    ...(slots.request === 'DUE_DATE_CHANGE' ? [dueDateChangeLead(l, lang)] : []),
    ...(slots.request === 'AUTO_DEBIT_ACCOUNT' ? [autoDebitAccountLead(l, lang)] : []),
    ...(slots.request === 'CARD_DUE_DATE' ? [cardDueDateLead(lang)] : []),
    ...(slots.payEarly ? payEarlyLead(l, data, lang) : []),
  ];
  // "이자가 왜 이렇게 많이 나와요?": the reason first; the next payment comes with it.
  if (slots.interestWhy) return [...leads, ...interestWhyLines(l, data, lang, slots.interestDispute)];
  const out = [
    ...leads,
    (slots.debitDay ? debitDayLead(l, data, lang, slots.weekendAsked) : null) ??
      nextPaymentLead(l, data, lang, slots.daysUntil),
    // "다음 납입일이랑 남은 잔액 알려줘": the balance, right after.
    ...(slots.alsoBalance ? [balanceLine(l, data, lang)] : []),
  ];
  if (slots.rateTo !== undefined)
    return rateToLines(slots.loan ? [l] : activeLoans(data), slots.rateTo, lang, slots.rateFrom);
  if (slots.rateRise) return rateRiseLines(slots.loan ? [l] : activeLoans(data), slots.rateRise, lang);
  if (slots.rateUnchanged) return rateUnchangedLines(slots.loan ? [l] : activeLoans(data), lang);
  const overdue = overdueLine(l, lang);
  if (overdue) out.push(overdue);
  const others = loans.filter((o) => o.loanId !== l.loanId);
  if (others.length && !input.understanding.slots.loan)
    out.push(
      (lang === 'ko' ? '다른 대출의 다음 납입: ' : 'Your other loans: ') +
        others
          .map(
            (o) =>
              `${loanName(o, lang)} ${date(o.nextPayment!.dueDate, data, lang)} ${o.nextPayment!.payment.text}`,
          )
          .join(', ') +
        '.',
    );
  return out;
}

function balanceLine(l: LoanLine, data: TurnData, lang: Lang): string {
  return lang === 'ko'
    ? `${loanName(l, lang)}의 남은 원금은 ${l.outstandingPrincipal.text}이고, 남은 납입은 ${formatCount(l.remainingInstallments, 'instalment', lang)}(만기 ${date(l.maturityOn, data, lang)}, ${formatAnnualRate(l.annualRate, lang)})입니다.`
    : `Your ${loanName(l, lang)} has ${l.outstandingPrincipal.text} of principal left, over ${formatCount(l.remainingInstallments, 'instalment', lang)} (maturity ${date(l.maturityOn, data, lang)}, ${formatAnnualRate(l.annualRate, lang)}).`;
}

/**
 * "6개월 뒤 대출 잔액은?", "그럼 6개월 뒤엔?" after the balance: the principal left after that many more instalments of
 * the stored schedule, with the day of the last of them (a forecast of the loan as it runs: no prepayment, a variable
 * rate as it stands); the principal those instalments repay; a loan that ends sooner is repaid in full by its last.
 */
function balanceAheadLines(
  l: LoanLine,
  s: ScheduleData,
  months: number,
  data: TurnData,
  lang: Lang,
): string[] | null {
  if (s.rows.length === 0) return null;
  const row = s.rows[Math.min(months, s.rows.length) - 1];
  const name = loanName(l, lang);
  const when = date(row.dueDate, data, lang);
  if (s.rows.length < months)
    return [
      lang === 'ko'
        ? koText`${name}은/는 ${formatCount(s.rows.length, 'instalment', lang)} 뒤인 ${when} 마지막 납입으로 모두 갚게 되어, ${formatCount(months, 'month', lang)} 뒤에는 남은 원금이 없습니다.`
        : `Your ${name} is repaid in full by its last instalment on ${when} (${formatCount(s.rows.length, 'instalment', lang)} from now), so nothing is left in ${formatCount(months, 'month', lang)}.`,
    ];
  const repaid = new Decimal(l.outstandingPrincipal.amount).minus(row.balance.amount);
  return [
    lang === 'ko'
      ? koText`${formatCount(months, 'instalment', lang)} 더 내신 뒤(${when}) ${name}의 남은 원금은 ${row.balance.text}입니다 (지금 ${l.outstandingPrincipal.text}).`
      : `After the next ${formatCount(months, 'instalment', lang)} (${when}), your ${name} will have ${row.balance.text} of principal left (now ${l.outstandingPrincipal.text}).`,
    repaid.isZero()
      ? lang === 'ko'
        ? '그동안의 납입은 이자만이라 원금은 줄지 않습니다; 원금은 만기에 한 번에 갚습니다.'
        : 'Those instalments are interest only, so the principal does not go down; it is repaid in one sum at maturity.'
      : lang === 'ko'
        ? koText`그동안 원금 ${formatWon(repaid, lang)}을/를 갚게 됩니다 (지금의 상환 일정대로, 중도상환 없이).`
        : `Those instalments repay ${formatWon(repaid, lang)} of principal (on the schedule as it stands, with no prepayment).`,
  ];
}

/**
 * Time from today to a later date: "약 1년 4개월" / "about 1 year and 4 months" (whole months, to the nearest), or the
 * exact days under a month ("12일" / "12 days").
 */
function spanPhrase(fromIso: string, toIso: string, lang: Lang): string {
  const days = daysBetween(fromIso.slice(0, 10), toIso.slice(0, 10));
  const months = Math.round(days / (365.25 / 12));
  if (days < 31 || months === 0) return formatCount(days, 'day', lang);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    ...(years ? [formatCount(years, 'year', lang)] : []),
    ...(rest ? [formatCount(rest, 'month', lang)] : []),
  ];
  return lang === 'ko' ? `약 ${parts.join(' ')}` : `about ${parts.join(' and ')}`;
}

/**
 * "대출 받은 지 얼마나 됐어? 처음에 얼마 빌렸었지", "when did I take out my loan?": the day each loan was paid out, the
 * amount lent and the time since, then what is left of it (principal, instalments, maturity).
 */
function loanAgeLines(loans: readonly LoanLine[], data: TurnData, lang: Lang): string[] {
  return loans.map((l) => {
    const on = date(l.disbursedOn, data, lang);
    const since = spanPhrase(l.disbursedOn, data.asOf, lang);
    return lang === 'ko'
      ? koText`${loanName(l, lang)}은/는 ${on}에 받으셔서 ${since} 됐습니다 (처음 빌린 금액 ${l.principal.text}, 남은 원금 ${l.outstandingPrincipal.text}, 남은 납입 ${formatCount(l.remainingInstallments, 'instalment', lang)}, 만기 ${date(l.maturityOn, data, lang)}).`
      : `You took out your ${loanName(l, lang)} on ${on}, ${since} ago (${l.principal.text} lent, ${l.outstandingPrincipal.text} of principal left, ${formatCount(l.remainingInstallments, 'instalment', lang)} left, maturity ${date(l.maturityOn, data, lang)}).`;
  });
}

/**
 * "만기 언제예요?", "몇 개월 남았어요?", "when will my loan be paid off?": the maturity date and the time left first, then
 * the instalments and the principal; for a bullet loan, that the principal falls due at maturity. A maturity that is
 * today or past is said as such (the principal still owed, arrears asked apart).
 */
function maturityLine(l: LoanLine, data: TurnData, lang: Lang): string {
  const days = daysBetween(data.asOf.slice(0, 10), l.maturityOn.slice(0, 10));
  const on = date(l.maturityOn, data, lang);
  const name = loanName(l, lang);
  const left = l.outstandingPrincipal.text;
  if (days < 0)
    return lang === 'ko'
      ? koText`${name}은/는 ${on}에 만기가 지났지만 남은 원금 ${left}이/가 아직 있습니다. 밀린 금액은 "연체된 거 있어요?"로 확인하실 수 있습니다.`
      : `Your ${name} passed its maturity on ${on} with ${left} of principal still owed; ask "is anything overdue?" for the arrears.`;
  if (days === 0)
    return lang === 'ko'
      ? `${name}의 만기는 오늘(${on})이고, 남은 원금은 ${left}입니다.`
      : `Your ${name} matures today (${on}), with ${left} of principal left.`;
  const span = spanPhrase(data.asOf, l.maturityOn, lang);
  const bullet = l.repaymentMethod === 'BULLET';
  return lang === 'ko'
    ? `${name}의 만기는 ${on}입니다. ${span} 남았고, 남은 납입은 ${formatCount(l.remainingInstallments, 'instalment', lang)}, 남은 원금은 ${left}입니다${bullet ? ' (원금은 만기에 한 번에 상환)' : ''}.`
    : `Your ${name} matures on ${on}, ${span} from now (${formatCount(l.remainingInstallments, 'instalment', lang)} left; ${left} of principal${bullet ? ', repaid in one sum at maturity' : ' left'}).`;
}

/**
 * "만기 때 한 번에 다 갚아야 돼요?": yes for a bullet loan (the principal at maturity, interest meanwhile), no for one
 * repaid month by month — said first, with the date and the sum.
 */
function lumpSumLine(l: LoanLine, data: TurnData, lang: Lang): string {
  const name = loanName(l, lang);
  const on = date(l.maturityOn, data, lang);
  if (l.repaymentMethod === 'BULLET')
    return lang === 'ko'
      ? koText`네, ${name}은/는 만기일시상환이라 ${on} 만기에 남은 원금 ${l.outstandingPrincipal.text}을/를 마지막 회차 이자와 함께 한 번에 갚고, 그때까지는 매달 이자만 냅니다.`
      : `Yes: your ${name} is a bullet loan, so the ${l.outstandingPrincipal.text} of principal is repaid in one sum at maturity on ${on}, with the last interest; until then you pay interest only.`;
  return lang === 'ko'
    ? koText`아니요, ${name}은/는 ${phrase('repaymentMethod', l.repaymentMethod, lang)} 방식이라 원금을 매달 나눠 갚고, ${on} 마지막 회차로 다 갚게 됩니다 (남은 원금 ${l.outstandingPrincipal.text}, ${formatCount(l.remainingInstallments, 'instalment', lang)}).`
    : `No: your ${name} is repaid ${phrase('repaymentMethod', l.repaymentMethod, lang)}, so the principal is paid down every month and the last instalment on ${on} clears it (${l.outstandingPrincipal.text} left over ${formatCount(l.remainingInstallments, 'instalment', lang)}).`;
}

/**
 * How the sum due at maturity is usually met: a jeonse loan from the returned deposit, or an extension asked of the
 * lender before maturity (subject to review) — said after the last instalment and, QA round 25 (left25b), after "what
 * happens when my jeonse loan matures" (was the maturity alone; the follow-up had both).
 */
function maturityRoutes(l: LoanLine, lang: Lang): string {
  return lang === 'ko'
    ? `${l.kind === 'JEONSE' ? '전세대출은 보통 돌려받는 전세보증금으로 갚고, 전세계약을 갱신하면 ' : ''}만기 전에 ${l.lender}에 기한연장을 신청할 수 있습니다(심사로 결정).`
    : `${l.kind === 'JEONSE' ? 'A jeonse loan is usually repaid from the returned deposit; if you renew the lease, you' : 'You'} can ask ${lenderInEnglish(l.lender)} for an extension before maturity (subject to review).`;
}

function maturityLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  // QA round 25 (left25b). "what happens when my jeonse loan matures": the sum due that day, then how it is met.
  const what = input.understanding.slots.maturityWhat
    ? (input.loan ?? (loans.length === 1 ? loans[0] : undefined))
    : undefined;
  if (what) return [maturityLine(what, data, lang), maturityRoutes(what, lang)];
  if (input.understanding.slots.lumpSum) {
    const asked = input.loan ? [input.loan] : loans;
    if (asked.length)
      return [...asked.map((l) => lumpSumLine(l, data, lang)), maturityLine(asked[0], data, lang)];
  }
  if (input.loan) return [maturityLine(input.loan, data, lang)];
  if (loans.length === 1) return [maturityLine(loans[0], data, lang)];
  const last = [...loans].sort((a, b) => b.maturityOn.localeCompare(a.maturityOn))[0];
  return [
    lang === 'ko'
      ? `상환 중인 대출 ${formatCount(loans.length, 'loan', lang)} 가운데 마지막 만기는 ${date(last.maturityOn, data, lang)}입니다 (${loanName(last, lang)}).`
      : `Of your ${formatCount(loans.length, 'loan', lang)}, the last to end is your ${loanName(last, lang)}, maturing on ${date(last.maturityOn, data, lang)}.`,
    ...[...loans]
      .sort((a, b) => a.maturityOn.localeCompare(b.maturityOn))
      .map((l) => `- ${maturityLine(l, data, lang)}`),
  ];
}

/**
 * "총 이자 얼마나 내요?": the interest of the unpaid instalments of the loan asked about (or all of them), as the stored
 * schedules have it — at today's rate for a variable-rate loan.
 */
function interestLeft(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const asked = input.loan ? [input.loan] : loans;
  const total = asked.reduce((a, l) => a.plus(l.remainingInterest.amount), new Decimal(0));
  const lead =
    asked.length === 1
      ? lang === 'ko'
        ? `${loanName(asked[0], lang)}의 남은 ${formatCount(asked[0].remainingInstallments, 'instalment', lang)} 동안 내실 이자는 ${asked[0].remainingInterest.text}입니다 (지금 금리 ${formatAnnualRate(asked[0].annualRate, lang)} 기준).`
        : `Over the ${formatCount(asked[0].remainingInstallments, 'instalment', lang)} left on your ${loanName(asked[0], lang)} you will pay ${asked[0].remainingInterest.text} of interest (at today's ${formatAnnualRate(asked[0].annualRate, lang)}).`
      : lang === 'ko'
        ? `상환 중인 대출 ${formatCount(asked.length, 'loan', lang)}에서 앞으로 내실 이자는 모두 ${formatWon(total, lang)}입니다 (지금 금리 기준).`
        : `Across your ${formatCount(asked.length, 'loan', lang)} you will pay ${formatWon(total, lang)} of interest from here on (at today's rates).`;
  // "What's the total cost of my loan?": with the principal, what is still to pay in all.
  const principal = asked.reduce((a, l) => a.plus(l.outstandingPrincipal.amount), new Decimal(0));
  const all =
    lang === 'ko'
      ? koText`남은 원금 ${formatWon(principal, lang)}와/과 합치면 앞으로 내실 금액은 모두 ${formatWon(principal.plus(total), lang)}입니다.`
      : `With the ${formatWon(principal, lang)} of principal, ${formatWon(principal.plus(total), lang)} is still to pay in all.`;
  return [
    lead,
    all,
    ...(asked.length > 1
      ? asked.map((l) =>
          lang === 'ko'
            ? `- ${loanName(l, lang)}: ${l.remainingInterest.text} (남은 ${formatCount(l.remainingInstallments, 'instalment', lang)})`
            : `- ${loanName(l, lang)}: ${l.remainingInterest.text} (${formatCount(l.remainingInstallments, 'instalment', lang)} left)`,
        )
      : [balanceLine(asked[0], data, lang)]),
    lang === 'ko'
      ? '원금을 미리 갚으면 이 이자가 줄어듭니다. "1천만원 중도상환하면?"처럼 물어보시면 계산해 드릴게요.'
      : 'Prepaying principal lowers it: ask "what if I prepay ₩10,000,000?" and I will work it out.',
  ];
}

/**
 * "내 대출 금리 몇 프로예요?": the rate of the loan asked about (or of each active loan, highest first), with its
 * kind — whether a rate rise reaches it — and what the rate costs in the next instalment.
 */
function currentRateLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const asked = input.loan
    ? [input.loan]
    : [...loans].sort((a, b) => Number(b.annualRate) - Number(a.annualRate));
  const rate = (l: LoanLine) =>
    `${formatAnnualRate(l.annualRate, lang)}, ${phrase('rateType', l.rateType, lang)}`;
  const out: string[] = [];
  if (asked.length === 1) {
    const l = asked[0];
    const next = l.nextPayment;
    // QA round 27 (helper ko27). "제일 이자 비싼 거 뭐예요?" with one loan: that it is the only one, with its rate.
    const only = input.costliest && loans.length === 1 && loans[0].loanId === l.loanId;
    out.push(
      lang === 'ko'
        ? only
          ? koText`대출은 ${loanName(l, lang)} 하나뿐이라, 이자가 가장 비싼 대출도 이 대출입니다: 지금 금리는 ${rate(l)}입니다.`
          : `${loanName(l, lang)}의 지금 금리는 ${rate(l)}입니다.`
        : only
          ? `Your ${loanName(l, lang)} is your only loan, so it is also your most expensive one: it is at ${rate(l)}.`
          : `Your ${loanName(l, lang)} is at ${rate(l)}.`,
      next
        ? lang === 'ko'
          ? `남은 원금 ${l.outstandingPrincipal.text}에 대해 다음 납입(${date(next.dueDate, data, lang)})의 이자는 ${next.interest.text}입니다.`
          : `On the ${l.outstandingPrincipal.text} you owe, the next instalment (${date(next.dueDate, data, lang)}) carries ${next.interest.text} of interest.`
        : balanceLine(l, data, lang),
    );
  } else {
    out.push(
      lang === 'ko'
        ? `상환 중인 대출 ${formatCount(asked.length, 'loan', lang)}의 지금 금리입니다. 가장 높은 것은 ${loanName(asked[0], lang)}의 ${formatAnnualRate(asked[0].annualRate, lang)}입니다.`
        : `Here are the rates of your ${formatCount(asked.length, 'loan', lang)}; the highest is your ${loanName(asked[0], lang)} at ${formatAnnualRate(asked[0].annualRate, lang)}.`,
      ...asked.map((l) =>
        lang === 'ko'
          ? `- ${loanName(l, lang)}: ${rate(l)} (남은 원금 ${l.outstandingPrincipal.text})`
          : `- ${loanName(l, lang)}: ${rate(l)} (${l.outstandingPrincipal.text} owed)`,
      ),
    );
  }
  const moving = asked.some((l) => l.rateType !== 'FIXED');
  out.push(
    ...steps(lang, [
      ...(moving
        ? [
            lang === 'ko'
              ? '변동되는 금리는 "금리가 1%p 오르면?"처럼 물어보시면 이자가 얼마나 늘어나는지 계산해 드립니다.'
              : 'For a rate that can move, ask "what if rates go up 1%?" and I will work out the extra interest.',
          ]
        : []),
      lang === 'ko'
        ? '더 낮은 금리로 갈아탈 수 있는지는 "갈아타면 얼마 아껴요?"로 확인하실 수 있습니다.'
        : 'To see whether a lower rate is on offer, ask "how much would I save by refinancing?".',
    ]),
  );
  return out;
}

/**
 * "올해 대출 이자 얼마 냈어요?": the interest of the year's recorded repayments, in total and per loan, penalty
 * interest apart; then what a year-end tax settlement uses.
 */
function interestPaidLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const p = data.interestPaid;
  if (!p)
    return [
      lang === 'ko'
        ? '납부하신 이자 내역을 지금은 불러올 수 없습니다. 잠시 후 다시 물어봐 주세요.'
        : 'I can’t load the interest you paid right now; please ask again shortly.',
    ];
  if (p.loans.length === 0)
    return [
      p.year === null
        ? lang === 'ko'
          ? '기록된 대출 상환이 없어 지금까지 낸 이자는 0원입니다.'
          : 'No loan repayment is recorded, so you have paid no interest so far.'
        : lang === 'ko'
          ? `${p.year}년에 기록된 대출 상환이 없어 낸 이자는 0원입니다.`
          : `No loan repayment is recorded in ${p.year}, so you paid no interest that year.`,
    ];
  const penalty = p.totalPenalty.amount !== '0';
  // "이자 몇 번 냈어요?": the number of repayments beside the sum.
  const payments = p.loans.reduce((n, l) => n + l.payments, 0);
  const when = p.year === null ? { ko: '대출을 받으신 뒤 지금까지', en: 'Since your loans began' } : null;
  const out = [
    lang === 'ko'
      ? `${when ? when.ko : `${p.year}년에`} 내신 대출 이자는 모두 ${p.totalInterest.text}입니다 (${formatCount(payments, 'payment', lang)} 납입${penalty ? `, 연체이자 ${p.totalPenalty.text} 별도` : ''}).`
      : `${when ? when.en : `In ${p.year}`} you ${when ? 'have paid' : 'paid'} ${p.totalInterest.text} of loan interest in ${formatCount(payments, 'payment', lang)}${penalty ? ` (plus ${p.totalPenalty.text} of penalty interest)` : ''}.`,
    ...p.loans.map((l) =>
      lang === 'ko'
        ? `- ${loanName(l, lang)}: 이자 ${l.interest.text} (${formatCount(l.payments, 'payment', lang)} 납입${l.penalty.amount !== '0' ? `, 연체이자 ${l.penalty.text}` : ''})`
        : `- ${loanName(l, lang)}: ${l.interest.text} of interest (${formatCount(l.payments, 'payment', lang)}${l.penalty.amount !== '0' ? `, ${l.penalty.text} penalty interest` : ''})`,
    ),
    ...(when
      ? []
      : [
          lang === 'ko'
            ? '연말정산에는 국세청 연말정산 간소화 서비스나 금융회사가 발급하는 상환 증명서의 금액이 쓰이며, 공제 요건은 대출 종류와 주택 보유 여부에 따라 다릅니다.'
            : 'A year-end tax settlement uses the figures of the National Tax Service’s simplified service or the lender’s repayment certificate; whether the interest is deductible depends on the loan and on the homes you own.',
        ]),
  ];
  return out;
}

/**
 * "지금까지 원금 얼마나 갚았어요?", "how much have I paid off so far?": for each loan, the principal repaid — what was lent
 * less what is left — with its share, and what is left; a bullet loan's principal is said to fall due at maturity.
 */
function repaidLines(loans: LoanLine[], data: TurnData, lang: Lang): string[] {
  return loans.map((l) => {
    const lent = new Decimal(l.principal.amount);
    const repaid = Decimal.max(0, lent.minus(l.outstandingPrincipal.amount));
    const share = lent.gt(0) ? formatPercent(repaid.div(lent).toNumber()) : null;
    const bullet = l.repaymentMethod === 'BULLET' && repaid.isZero();
    const paid = formatWon(repaid.toFixed(0), lang);
    const atMaturity = ` 만기일시상환이라 원금은 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚습니다.`;
    return lang === 'ko'
      ? koText`${loanName(l, lang)}에서 지금까지 갚은 원금은 ${paid}으로/로, 빌린 ${l.principal.text}의 ${share ?? '0%'}입니다. 남은 원금은 ${l.outstandingPrincipal.text}입니다.${bullet ? atMaturity : ''}`
      : `Of the ${l.principal.text} lent on your ${loanName(l, lang)} you have repaid ${paid} of principal so far${share ? ` (${share})` : ''}; ${l.outstandingPrincipal.text} is left.${bullet ? ` It is a bullet loan: the principal is repaid in one sum at maturity (${date(l.maturityOn, data, lang)}).` : ''}`;
  });
}

/**
 * "부채증명서 어떻게 떼요?": each lender issues the certificate of its own loans (as of the day it is issued); the
 * credit information service shows every loan at once. Then the balance of each active loan, today.
 */
function debtCertificateLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const lenders = formatList(lenderNames(loans, lang), lang);
  return [
    lang === 'ko'
      ? koText`부채증명서(대출잔액증명서)는 대출을 받은 금융회사가 발급합니다: ${lenders}의 앱·인터넷뱅킹 증명서 발급 메뉴나 영업점에서 받으실 수 있고, 발급일 기준 잔액이 적힙니다(발급 수수료는 금융회사마다 다릅니다). 여러 금융회사의 대출을 한 번에 확인하려면 한국신용정보원 크레딧포유(credit4u.or.kr)에서 조회할 수 있습니다.`
      : `A certificate of your debts (부채증명서) is issued by each lender for its own loans — here ${lenders}, in its app or online banking or at a branch — with the balance on the day it is issued (fees vary by lender). To see every lender’s loans at once, use the Korea Credit Information Services’ Credit4u (credit4u.or.kr).`,
    lang === 'ko'
      ? `오늘 기준으로 상환 중인 대출 ${formatCount(loans.length, 'loan', lang)}의 남은 원금은 모두 ${data.loans!.totalOutstanding.text}입니다.`
      : `Today your ${formatCount(loans.length, 'loan', lang)} have ${data.loans!.totalOutstanding.text} of principal left in total.`,
    ...loans.map((l) => `- ${balanceLine(l, data, lang)}`),
  ];
}

/**
 * What the loan's record holds, asked as such (QA round 20: the rate, the schedule ahead or arrears answered): its
 * number, the agreement's key terms, net worth (not held), the repayments made. Null for any other question.
 */
function loanRecordLines(input: IntentReplyInput, loans: LoanLine[]): string[] | null {
  const slots = input.understanding.slots;
  if (slots.request === 'LOAN_NUMBER') return loanNumberLines(input, loans);
  if (slots.request === 'LOAN_CONTRACT') return loanContractLines(input, loans);
  if (slots.request === 'NET_WORTH') return netWorthLines(input, loans);
  return slots.repaymentHistory ? repaymentHistoryLines(input, loans) : null;
}

/** "내 대출번호 뭐야?", "what's my loan number?": each active loan's number, as recorded. */
function loanNumberLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const lang = input.language;
  const asked = input.loan ? [input.loan] : loans;
  const line = (l: LoanLine) =>
    lang === 'ko'
      ? `${loanName(l, lang)}의 대출번호는 ${l.loanNumber}입니다.`
      : `Your ${loanName(l, lang)} has the loan number ${l.loanNumber}.`;
  return asked.length === 1 ? [line(asked[0])] : asked.map((l) => `- ${line(l)}`);
}

/**
 * "대출 약정서 보여줘", "where can i see my loan contract?": the agreement is the lender's document (its app, online
 * banking or a branch issues a copy) — said first; then each loan's key terms as fingraph records them.
 */
function loanContractLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const asked = input.loan ? [input.loan] : loans;
  const lenders = formatList(lenderNames(asked, lang), lang);
  return [
    lang === 'ko'
      ? koText`대출거래약정서(대출 계약서)는 이 앱에 보관되지 않고, 대출을 받은 ${lenders}의 앱·인터넷뱅킹 대출 관리 메뉴나 영업점에서 사본을 받을 수 있습니다. 이 앱에 기록된 주요 조건은 다음과 같습니다.`
      : `The loan agreement itself is not kept in this app: ${lenders} issues a copy in its app or online banking (loan management) or at a branch. The key terms on record:`,
    ...asked.map((l) =>
      lang === 'ko'
        ? `- ${loanName(l, lang)} (대출번호 ${l.loanNumber}): ${l.principal.text}, ${formatAnnualRate(l.annualRate, lang)} ${phrase('rateType', l.rateType, lang)}, ${phrase('repaymentMethod', l.repaymentMethod, lang)}, 실행일 ${date(l.disbursedOn, data, lang)}, 만기 ${date(l.maturityOn, data, lang)}; 남은 원금 ${l.outstandingPrincipal.text}.`
        : `- ${loanName(l, lang)} (loan number ${l.loanNumber}): ${l.principal.text} at ${formatAnnualRate(l.annualRate, lang)}, ${phrase('rateType', l.rateType, lang)}, ${phrase('repaymentMethod', l.repaymentMethod, lang)}, paid out ${date(l.disbursedOn, data, lang)}, maturity ${date(l.maturityOn, data, lang)}; ${l.outstandingPrincipal.text} of principal left.`,
    ),
  ];
}

/**
 * "내 순자산 얼마야?", "what's my net worth?": fingraph holds the customer's debts, not their assets (deposits, property,
 * a jeonse deposit's amount) — so no net worth is computed; the debts it holds are given, and a jeonse deposit is
 * named as the asset the jeonse loan is set against.
 */
function netWorthLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const lang = input.language;
  const jeonse = loans.some((l) => l.kind === 'JEONSE');
  return [
    lang === 'ko'
      ? `순자산(자산 − 부채)은 계산해 드릴 수 없습니다: 이 앱에는 예금·부동산 같은 자산 정보가 없고 부채만 있습니다. 부채는 대출 남은 원금 ${input.data.loans!.totalOutstanding.text}입니다 (카드값 제외).`
      : `I can’t work out your net worth (assets minus debts): this app holds your debts, not your assets such as deposits or property. Your debts here are ${input.data.loans!.totalOutstanding.text} of loan principal (card bills aside).`,
    ...(jeonse
      ? [
          lang === 'ko'
            ? '전세보증금은 계약이 끝나면 돌려받는 자산이라, 보증금에서 전세대출 잔액을 뺀 금액이 그 집에 묶인 고객님의 몫입니다.'
            : 'A jeonse deposit is an asset you get back when the lease ends: the deposit less the jeonse loan’s balance is your own share in it.',
        ]
      : []),
  ];
}

/**
 * "상환내역 보여줘", "show my repayment history": the ledger's latest repayments of each loan, newest first, with how
 * many are recorded — the past, not the schedule ahead. Null when the ledger was not read (older data).
 */
function repaymentHistoryLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] | null {
  const { data, language: lang } = input;
  const ledger = data.lastRepayments;
  if (!ledger) return null;
  const asked = input.loan ? [input.loan] : loans;
  return asked.flatMap((l) => {
    const h = ledger.loans.find((x) => x.loanId === l.loanId);
    const recent = h?.recent ?? (h?.last ? [h.last] : []);
    const count = h?.count ?? recent.length;
    if (recent.length === 0)
      return [
        lang === 'ko'
          ? `${loanName(l, lang)}에는 아직 기록된 납입이 없습니다.`
          : `No payment is recorded on your ${loanName(l, lang)} yet.`,
      ];
    const first = recent[recent.length - 1];
    return [
      lang === 'ko'
        ? `${loanName(l, lang)}에는 납입이 ${formatCount(count, 'time', lang)} 기록되어 있고, 최근 ${formatCount(recent.length, 'time', lang)}은 다음과 같습니다 (최근 순).`
        : `Your ${loanName(l, lang)} has ${formatCount(count, 'payment', lang)} recorded; the latest ${recent.length === 1 ? 'one' : recent.length}, newest first:`,
      ...recent.map((r) => {
        const parts = repaymentParts(r, lang);
        return lang === 'ko'
          ? `- ${date(r.paidOn, data, lang)} ${r.amount.text} (${parts.map(([k, v]) => `${k} ${v}`).join(', ')}; 남은 원금 ${r.balanceAfter.text})`
          : `- ${date(r.paidOn, data, lang)}: ${r.amount.text} (${parts.map(([k, v]) => `${k} ${v}`).join(', ')}; ${r.balanceAfter.text} left)`;
      }),
      ...(count > recent.length
        ? [
            lang === 'ko'
              ? `그 전 ${formatCount(count - recent.length, 'time', lang)}은 ${date(first.paidOn, data, lang)} 이전 납입이며, 전체 내역은 ${l.lender} 앱의 거래내역에서도 볼 수 있습니다.`
              : `The ${count - recent.length} before those were paid before ${date(first.paidOn, data, lang)}; the full list is also in ${lenderInEnglish(l.lender)}’s app.`,
          ]
        : []),
    ];
  });
}

/**
 * "전세 옮길 때 대출 어떻게 해요?": a jeonse loan follows the lease — repaid from the deposit returned at the move and
 * borrowed again for the new home, or moved to it by the lender (목적물 변경: a new lease, the guarantor's consent
 * and a new review). Then the loan's balance and maturity; without a jeonse loan, what a new one takes.
 */
function jeonseMoveLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const l = jeonseLoanOf(input, loans);
  if (!l)
    return [
      lang === 'ko'
        ? '지금 상환 중인 전세자금대출은 없어, 이사하실 때 정리할 전세대출은 없습니다. 새 집 전세대출은 새 임대차계약서로 신청하며, 한도는 "전세대출 한도 얼마예요?"로 계산해 드릴 수 있습니다.'
        : 'You have no jeonse deposit loan, so there is none to settle when you move. A jeonse loan for the new home is applied for with the new lease; ask "how much can I borrow for a jeonse deposit?" for its limit.',
    ];
  return [
    lang === 'ko'
      ? koText`이사하실 때 ${loanName(l, lang)}은/는 두 가지 중 하나로 정리합니다: 지금 집에서 돌려받는 전세보증금으로 대출을 갚고 새 집 계약으로 다시 대출을 신청하거나, ${l.lender}에 '목적물 변경'을 신청해 대출을 새 집으로 옮기는 것입니다. 목적물 변경은 새 임대차계약서, 보증기관의 동의와 한도 재심사가 필요하고 상품이나 보증기관에 따라 안 될 수도 있으니, 이사 날짜가 정해지면 먼저 ${l.lender}에 문의하세요.`
      : `When you move, your ${loanName(l, lang)} is settled in one of two ways: repay it from the deposit your current landlord returns and apply again with the new lease, or ask ${lenderInEnglish(l.lender)} to move the loan to the new home (목적물 변경). Moving it needs the new lease, the guarantor’s consent and a new review, and not every product or guarantor allows it, so ask ${lenderInEnglish(l.lender)} as soon as the moving date is set.`,
    lang === 'ko'
      ? koText`${loanName(l, lang)}의 남은 원금은 ${l.outstandingPrincipal.text}, 만기는 ${date(l.maturityOn, data, lang)}입니다. 돌려받는 보증금으로 갚는다면 이 금액이 필요하고, 보증금을 받는 날과 새 집 잔금일이 어긋나지 않게 맞추세요.`
      : `It has ${l.outstandingPrincipal.text} of principal left and matures on ${date(l.maturityOn, data, lang)}: repaying it from the returned deposit takes that sum, so line up the day the deposit comes back with the day the new home’s balance is due.`,
  ];
}

/**
 * A jeonse loan at the lease's end. JEONSE_MATURITY ("전세대출 만기에 한 번에 어떻게 갚아요?"): it is repaid from the
 * deposit the landlord returns, or extended with a renewed lease (the guarantee renewed, a review). DEPOSIT_NOT_RETURNED
 * ("집주인이 보증금 안 돌려주면 대출은요?"): the loan is still owed — the deposit-return guarantee pays where one was
 * taken; otherwise ask the lender to extend, and keep the tenant's rights with 임차권등기명령 before moving out. Then
 * the loan's balance and maturity. Never a promise of an extension.
 */
function jeonseEndLines(input: IntentReplyInput, loans: readonly LoanLine[], notReturned: boolean): string[] {
  const { data, language: lang } = input;
  const l = jeonseLoanOf(input, loans);
  const ko = lang === 'ko';
  const lead = notReturned
    ? ko
      ? '집주인이 보증금을 돌려주지 않아도 전세대출은 갚아야 할 빚으로 남습니다: 전세보증금반환보증(HUG·주택금융공사·서울보증)에 가입하셨다면 보증기관이 보증금을 대신 돌려주고 대출도 정리되니 바로 보증기관에 이행청구를 하시고, 가입하지 않으셨다면 만기 전에 대출받은 금융회사에 사정을 알리고 기한연장을 요청하세요.'
      : 'Your jeonse loan is still owed even if the landlord does not return the deposit: if you took a deposit-return guarantee (HUG, HF or SGI), claim on it — the guarantor pays the deposit and the loan is settled — and if not, tell your lender before maturity and ask for an extension.'
    : ko
      ? '전세대출은 보통 만기에 집주인에게 돌려받는 전세보증금으로 한 번에 갚습니다: 보증금 반환일과 대출 만기일을 맞추고, 계약을 갱신해 계속 사신다면 만기 1개월쯤 전에 새 계약서로 기한연장을 신청하시면 됩니다(보증기관 보증 연장과 심사가 필요하고, 일부 상환을 요구받을 수 있습니다).'
      : 'A jeonse loan is usually repaid in one go at maturity from the deposit your landlord returns: line up the day the deposit comes back with the loan’s maturity, and if you renew the lease and stay, apply for an extension with the new lease about a month before maturity (the guarantee must be renewed and the lender reviews it; it may ask for part to be repaid).';
  const rights = notReturned
    ? [
        ko
          ? '이사를 나가야 한다면 먼저 법원에 임차권등기명령을 신청해 등기가 된 뒤에 나가야 대항력과 우선변제권이 유지됩니다. 전세피해지원센터(☎ 1533-8119)나 대한법률구조공단(☎ 132)에서 보증금 반환 절차를 무료로 상담할 수 있습니다.'
          : 'If you must move out, apply to the court for a lease registration order (임차권등기명령) and leave only once it is registered, so you keep your priority over the deposit. The Jeonse Damage Support Centre (1533-8119) and the Korea Legal Aid Corporation (132) advise on recovering the deposit for free.',
        ko
          ? '전세사기가 의심되면(집주인과 연락이 끊김, 집이 경매에 넘어감) 경찰에 신고하고, 전세피해지원센터에서 전세사기피해자 결정 신청을 상담하세요: 결정을 받으면 경매 유예, 우선매수권, 저금리 대환대출 같은 지원을 신청할 수 있습니다.'
          : 'If you suspect jeonse fraud (the landlord cannot be reached, the home goes to auction), report it to the police and ask the Jeonse Damage Support Centre about applying for recognition as a jeonse-fraud victim: with it you can apply for support such as a deferred auction, a right of first purchase and a low-rate refinancing loan.',
      ]
    : [];
  if (!l)
    return [
      lead,
      ...rights,
      ko ? '지금 상환 중인 전세자금대출은 없습니다.' : 'You have no jeonse deposit loan with us right now.',
    ];
  return [
    lead,
    ...rights,
    ko
      ? koText`${loanName(l, lang)}의 남은 원금은 ${l.outstandingPrincipal.text}, 만기는 ${date(l.maturityOn, data, lang)}입니다.`
      : `Your ${loanName(l, lang)} has ${l.outstandingPrincipal.text} of principal left and matures on ${date(l.maturityOn, data, lang)}.`,
  ];
}

/**
 * QA round 20 (loans). "대출 기간 늘리면 월 납입금 줄어요?": an interest-only (bullet) loan's payment is the interest on
 * the principal, which a longer term does not touch — no, first; only a lower rate or a smaller principal lowers it.
 * An amortising loan's payment spreads the principal over more months — yes, at the cost of more interest in all.
 */
function longerTermLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const targets = input.loan ? [input.loan] : loans;
  const out = targets.map((l) => {
    const name = loanName(l, lang);
    const pay = l.nextPayment?.payment.text;
    if (l.repaymentMethod === 'BULLET')
      return ko
        ? koText`아니요, ${name}은/는 만기일시상환이라 매달 내는 ${pay ?? '금액'}은/는 원금 ${l.outstandingPrincipal.text}의 이자(${formatAnnualRate(l.annualRate, lang)})여서 기간을 늘려도(기한연장) 줄지 않습니다: 금리가 내리거나 원금을 일부 갚아야 줄어듭니다.`
        : `No: your ${name} is interest-only, so each ${pay ?? 'payment'} is the interest on its ${l.outstandingPrincipal.text} of principal at ${formatAnnualRate(l.annualRate, lang)}, and a longer term (an extension) does not lower it; only a lower rate or paying down some of the principal does.`;
    return ko
      ? koText`네, ${name}은/는 원금을 나눠 갚는 방식이라 기간을 늘리면 원금이 더 많은 회차로 나뉘어 월 납입금${pay ? koText`(지금 ${pay})` : ''}은 줄지만, 이자를 내는 기간이 길어져 전체 이자는 늘어납니다.`
      : `Yes: your ${name} repays principal with each instalment, so a longer term spreads it over more months and lowers the payment${pay ? ` (${pay} now)` : ''}, but you pay interest for longer, so more interest in all.`;
  });
  const l = targets.find((x) => x.repaymentMethod === 'BULLET') ?? targets[0];
  if (l)
    out.push(
      ko
        ? koText`${loanName(l, lang)}의 만기는 ${date(l.maturityOn, data, lang)}이고, 기한연장은 만기 전에 ${l.lender}에 신청해 심사로 정해지며 연장 때 금리도 다시 정해집니다.`
        : `Your ${loanName(l, lang)} matures on ${date(l.maturityOn, data, lang)}; an extension is asked of ${lenderInEnglish(l.lender)} before then, decided on a review, and the rate is set again at it.`,
    );
  return out;
}

/**
 * QA round 22 (loanfu). "what about next month, does it change already" after "if rates go up 1% how much more": no —
 * the next instalment keeps its amount; a variable rate's rise applies from its next reset (nextResetLine), then adds
 * the rise a month (rateRiseLines' first line). Null: no variable-rate loan with a next payment.
 */
function riseNotYetLines(
  input: IntentReplyInput,
  loans: readonly LoanLine[],
  points: number,
): string[] | null {
  const { data, language: lang } = input;
  const l = [input.loan, ...loans].find((x) => x && x.rateType !== 'FIXED' && x.nextPayment);
  if (!l?.nextPayment) return null;
  const n = l.nextPayment;
  const on = date(n.dueDate, data, lang);
  return [
    lang === 'ko'
      ? koText`아니요, 다음 납입(${on}) ${n.payment.text}은/는 그대로입니다: 금리가 올라도 ${loanName(l, lang)}의 금리가 다시 정해지는 날부터 반영되고, 그 뒤 회차부터 늘어납니다.`
      : `No — your next payment (${on}) stays ${n.payment.text}: a rise only applies from your ${loanName(l, lang)}'s next rate reset, and the instalments after that go up.`,
    nextResetLine(l, data, lang),
    rateRiseLines([l], points, lang)[0],
  ];
}

/**
 * QA round 20 (loans). "why isnt my loan balance going down??": a bullet loan's instalments are interest only and the
 * principal is repaid in one sum at maturity — flat by design; an amortising loan's balance falls by each
 * instalment's principal part.
 */
function balanceFlatLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  return (input.loan ? [input.loan] : loans).map((l) => {
    const name = loanName(l, lang);
    const n = l.nextPayment;
    if (l.repaymentMethod === 'BULLET' || (n && n.principal.amount === '0'))
      return l.repaymentMethod === 'BULLET'
        ? ko
          ? koText`${name}은/는 만기일시상환(이자만 내는 방식)이라 매달 내는 ${n?.payment.text ?? '금액'}은/는 모두 이자이고, 원금 ${l.outstandingPrincipal.text}은/는 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚습니다: 그래서 그때까지 잔액이 줄지 않으며, 잘못된 것이 아닙니다.`
          : `Your ${name} is interest-only: each ${n?.payment.text ?? 'payment'} is all interest, and the ${l.outstandingPrincipal.text} of principal is repaid in one sum at maturity (${date(l.maturityOn, data, lang)}), so the balance stays the same until then — that is how the loan works, not a problem.`
        : ko
          ? koText`${name}은/는 지금 이자만 내는 거치기간이라 다음 납입 ${n!.payment.text}에 원금이 없어 잔액 ${l.outstandingPrincipal.text}이/가 줄지 않습니다: 원금 상환이 시작되면 줄어듭니다.`
          : `Your ${name} is in an interest-only grace period: the next payment of ${n!.payment.text} has no principal in it, so the ${l.outstandingPrincipal.text} balance does not fall until principal repayments start.`;
    return ko
      ? koText`${name}의 잔액은 ${l.outstandingPrincipal.text}이고, 다음 납입${n ? koText` ${n.payment.text} 가운데 원금 ${n.principal.text}만큼` : '마다 원금만큼'} 줄어듭니다.`
      : `Your ${name} has ${l.outstandingPrincipal.text} left and goes down by the principal in each instalment${n ? ` (${n.principal.text} of the next ${n.payment.text})` : ''}.`;
  });
}

/**
 * QA round 20 (loans). "my lease ends next year, will i get my deposit back?": returning the deposit is the landlord's
 * duty at the lease's end (a deposit-return guarantee pays it if they cannot); the jeonse loan is repaid from it — then
 * the jeonse lines of a lease's end (JEONSE_MATURITY).
 */
function depositBackLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const ko = input.language === 'ko';
  return [
    ko
      ? '전세보증금은 계약이 끝나면 집주인이 돌려줘야 하는 돈이라, 제때 돌려받는 것이 원칙입니다: 다만 집주인의 사정에 달려 있으니, 전세보증금반환보증(HUG·주택금융공사·서울보증)에 가입하셨다면 집주인이 못 돌려줘도 보증기관이 대신 돌려줍니다. 계약을 갱신하지 않으려면 만료 2개월 전까지 집주인에게 알리세요.'
      : 'Your deposit is the landlord’s to return when the lease ends, so you should get it back then; it does depend on the landlord, though — if you took a deposit-return guarantee (HUG, HF or SGI), the guarantor pays it if the landlord cannot. If you are not renewing, tell the landlord at least two months before the lease ends.',
    ...jeonseEndLines(input, loans, false),
    ko
      ? '돌려받지 못할 것 같다면 이사 나가기 전에 법원에 임차권등기명령을 신청해 권리를 지키세요 ("보증금 못 돌려받으면요?"로 물어보시면 자세히 안내해 드립니다).'
      : 'If it looks like it won’t come back, apply for a lease registration order (임차권등기명령) before you move out to keep your rights (ask "what if I can’t get it back?" for the details).',
  ];
}

/**
 * QA round 20 (loans). "i'm moving abroad, what happens to my jeonse loan?": the loan is for the home lived in, so it is
 * repaid from the deposit when the lease ends or when the customer moves out; the lender is told first (the guarantee
 * usually requires living there, and leaving early can make the loan fall due). Then the balance and maturity.
 */
function jeonseAbroadLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l = jeonseLoanOf(input, loans);
  if (!l)
    return [
      ko
        ? '지금 상환 중인 전세자금대출은 없어, 해외로 나가시기 전에 정리할 전세대출은 없습니다.'
        : 'You have no jeonse deposit loan, so there is none to settle before you move abroad.',
    ];
  const name = loanName(l, lang);
  return [
    ko
      ? koText`해외로 나가시면 ${name}은/는 보통 갚아야 합니다: 전세대출은 실제로 살고 있는 집을 위한 대출이라, 계약이 끝나거나 이사를 나갈 때 돌려받는 전세보증금으로 남은 원금 ${l.outstandingPrincipal.text}을/를 갚습니다 (만기 ${date(l.maturityOn, data, lang)}).`
      : `Moving abroad, you would normally repay your ${name}: a jeonse loan is for the home you live in, so when the lease ends or you move out, the ${l.outstandingPrincipal.text} left on it is repaid from the deposit the landlord returns (it matures on ${date(l.maturityOn, data, lang)}).`,
    ko
      ? koText`출국 날짜가 정해지면 먼저 ${l.lender}에 알리세요: 보증기관의 보증은 보통 그 집에 실제로 거주하는 것이 조건이라, 살지 않게 되면 만기 전이라도 상환을 요구받을 수 있습니다. 보증금 반환일과 대출 상환일, 출국일을 맞추세요.`
      : `Tell ${lenderInEnglish(l.lender)} as soon as your departure date is set: the guarantee usually requires you to live in the home, so moving out can make the loan fall due before maturity. Line up the day the deposit comes back with the repayment and your departure.`,
  ];
}

// ——— QA round 23 (date23): dates as deadlines, D-days, saving for the maturity ———

const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const HOLIDAYS = new Set(KOREAN_PUBLIC_HOLIDAYS);

/**
 * QA round 24 (spend24b). What leaves the account before payday ("월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐
 * 있어요?"): the loans' instalments due by then and the card bill paid in the meantime (this month's use and the
 * instalments billed, so far; its payment day is the card company's), summed first; then each, and the card's
 * recurring charges falling in the days — charged to the card, so billed with the next bill, not added.
 */
function paydayDueLines(
  input: IntentReplyInput,
  payday: string,
  due: { l: LoanLine; dueDate: string; payment: Krw; principal: Krw; interest: Krw }[],
): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  const bill = s ? billAmount(s, data) : null;
  const loanSum = due.reduce((a, r) => a.plus(r.payment.amount), new Decimal(0));
  const total = formatWon(loanSum.plus(bill ?? 0).toFixed(0), lang);
  const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const each = due.map((r) => {
    const interestOnly = new Decimal(r.principal.amount).isZero();
    return lang === 'ko'
      ? `- ${date(r.dueDate, data, lang)} ${loanName(r.l, lang)} ${interestOnly ? '이자' : '납입액'} ${r.payment.text}`
      : `- ${date(r.dueDate, data, lang)}: your ${loanName(r.l, lang)} payment of ${r.payment.text}${interestOnly ? ' (all interest)' : ''}`;
  });
  const billLine = bill
    ? lang === 'ko'
      ? `- 카드값 약 ${won(bill)}: 이번 달 사용분과 할부 청구분(오늘까지)으로, 카드 결제일에 나갑니다 (결제일은 카드사 앱에서 확인하시고, 월급날 뒤라면 이 금액은 빠집니다)`
      : `- the card bill, about ${won(bill)}: this month’s use and the instalments billed (so far), paid on the card’s payment day (see the card company’s app; if it falls after payday, leave it out)`
    : null;
  // The card's recurring charges whose usual day falls between today and payday.
  const today = data.asOf.slice(0, 10);
  const charges = (data.recurring?.charges ?? [])
    .map((c) => ({ c, on: resolveDay({ kind: 'DAY_OF_MONTH', day: c.usualDay }, today) }))
    .filter((x) => x.on <= payday);
  const chargeLines = charges.map(({ c, on }) =>
    lang === 'ko'
      ? `- ${date(on, data, lang)} 무렵 ${phrase('category', c.category, lang)} ${c.amount.text} (카드 정기 결제라 다음 카드값에 청구됩니다)`
      : `- around ${date(on, data, lang)}: ${phrase('category', c.category, lang)} ${c.amount.text} (a recurring card charge, billed with the next card bill)`,
  );
  const paydayText = date(payday, data, lang);
  const lead =
    due.length === 0 && !bill
      ? lang === 'ko'
        ? `월급날인 ${paydayText} 전에 나갈 대출 납입은 없습니다.`
        : `No loan payment falls due before your payday (${paydayText}).`
      : lang === 'ko'
        ? koText`월급날인 ${paydayText} 전에 빠져나가는 돈은 약 ${total}입니다: ${[due.length ? `대출 ${won(loanSum)}` : '', bill ? `카드값 약 ${won(bill)}` : ''].filter((x) => x).join('과 ')}.`
        : `About ${total} goes out before your payday (${paydayText}): ${[due.length ? `${won(loanSum)} on your loans` : '', bill ? `a card bill of about ${won(bill)}` : ''].filter((x) => x).join(' and ')}.`;
  // QA round 25 (left25a). "처음에 물어본 거 중에 제일 큰 게 뭐예요?": the largest of what goes out, first.
  const items = [
    ...due.map((r) => ({
      amount: new Decimal(r.payment.amount),
      text:
        lang === 'ko'
          ? `${date(r.dueDate, data, lang)} ${loanName(r.l, lang)} ${new Decimal(r.principal.amount).isZero() ? '이자' : '납입액'} ${r.payment.text}`
          : `your ${loanName(r.l, lang)} payment of ${r.payment.text} on ${date(r.dueDate, data, lang)}`,
    })),
    ...(bill
      ? [
          {
            amount: new Decimal(bill),
            text:
              lang === 'ko'
                ? `카드값 약 ${won(new Decimal(bill))}`
                : `the card bill, about ${won(new Decimal(bill))}`,
          },
        ]
      : []),
  ].sort((a, b) => b.amount.cmp(a.amount));
  const largest =
    input.understanding.slots.largestOfFirst && items.length
      ? [
          lang === 'ko'
            ? koText`처음에 물어보신 월급날(${paydayText}) 전에 빠져나가는 돈 가운데 가장 큰 것은 ${items[0].text}입니다.`
            : `Of what goes out before your payday (${paydayText}), which you first asked about, the largest is ${items[0].text}.`,
        ]
      : [];
  return [...largest, lead, ...each, ...(billLine ? [billLine] : []), ...chargeLines];
}

/**
 * "12월 21일 전에 얼마 준비해야돼요?", "what's due this week": the loans' instalments not yet paid from today through that
 * day, summed first (each with the day it is debited when it falls on a day off); none → the next one and its days.
 * The card bill's payment day is the card company's and not on file: said, with next month's bill so far.
 */
function dueByLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const slot = input.understanding.slots.dueBy!;
  const through = resolveDay(slot, data.asOf);
  const week = slot.kind === 'DAYS_AHEAD';
  const loans = activeLoans(data);
  const byNumber = new Map(loans.map((l) => [l.loanNumber, l]));
  const rows = (data.instalmentsDue?.rows ?? []).filter(
    (r) => !r.paid && r.dueDate >= data.asOf && r.dueDate <= through && byNumber.has(r.loanNumber),
  );
  // Without the schedule's rows, the next payments that fall in the span.
  const due = rows.length
    ? rows.map((r) => ({
        l: byNumber.get(r.loanNumber)!,
        dueDate: r.dueDate,
        payment: r.payment,
        principal: r.principal,
        interest: r.interest,
      }))
    : loans
        .filter(
          (l) => l.nextPayment && l.nextPayment.dueDate >= data.asOf && l.nextPayment.dueDate <= through,
        )
        .map((l) => ({ l, ...l.nextPayment! }));
  const until =
    lang === 'ko'
      ? week
        ? `앞으로 ${slot.days}일 동안(${date(through, data, lang)}까지)`
        : `${date(through, data, lang)}까지`
      : week
        ? `in the next ${slot.days} days (to ${date(through, data, lang)})`
        : `by ${date(through, data, lang)}`;
  const moved = (d: string): string | null => {
    const debit = nextBusinessDay(d, HOLIDAYS);
    if (debit === d) return null;
    return lang === 'ko'
      ? `${isWeekend(d) ? '주말' : '휴일'}이라 실제 출금은 다음 영업일인 ${date(debit, data, lang)}`
      : `debited on the next business day, ${date(debit, data, lang)}`;
  };
  // QA round 24 (spend24b). "월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?": each thing before payday.
  if (input.understanding.slots.paydayDue) return paydayDueLines(input, through, due);
  const out: string[] = [];
  if (due.length === 0) {
    const next = loans
      .filter((l) => l.nextPayment)
      .sort((a, b) => a.nextPayment!.dueDate.localeCompare(b.nextPayment!.dueDate))[0];
    const n = next?.nextPayment;
    const days = n ? daysBetween(data.asOf, n.dueDate) : 0;
    out.push(
      lang === 'ko'
        ? `${until} 나갈 대출 납입은 없습니다.${n ? koText` 다음 납입은 ${date(n.dueDate, data, lang)} ${loanName(next, lang)} ${n.payment.text}으로/로, 오늘부터 ${formatCount(days, 'day', lang)} 남았습니다 (D-${days}).` : ''}`
        : `Nothing is due on your loans ${until}.${n ? ` The next is your ${loanName(next, lang)} payment of ${n.payment.text} on ${date(n.dueDate, data, lang)}, in ${formatCount(days, 'day', lang)} (D-${days}).` : ''}`,
    );
  } else {
    const total = formatWon(due.reduce((a, r) => a.plus(r.payment.amount), new Decimal(0)).toFixed(0), lang);
    const each = (r: (typeof due)[number]): string => {
      const m = moved(r.dueDate);
      return lang === 'ko'
        ? `${date(r.dueDate, data, lang)} ${loanName(r.l, lang)} ${r.payment.text}(원금 ${r.principal.text}, 이자 ${r.interest.text}${m ? `; ${m}` : ''})`
        : `your ${loanName(r.l, lang)} payment of ${r.payment.text} on ${date(r.dueDate, data, lang)} (principal ${r.principal.text}, interest ${r.interest.text}${m ? `; ${m}` : ''})`;
    };
    out.push(
      due.length === 1
        ? lang === 'ko'
          ? `${until} 준비하실 돈은 대출 납입액 ${total}입니다: ${each(due[0])}.`
          : `${total} falls due ${until}: ${each(due[0])}.`
        : lang === 'ko'
          ? `${until} 준비하실 대출 납입액은 모두 ${total}입니다:`
          : `${total} falls due on your loans ${until}:`,
      ...(due.length > 1 ? due.map((r) => `- ${each(r)}`) : []),
    );
  }
  const s = data.spendingSummary;
  // QA round 24 (fu24). "통장에 지금 60만원 있는데 버틸 수 있을까": the money said against what falls due, first.
  const have = input.understanding.slots.moneyOnHand;
  if (have) {
    const loanDue = due.reduce((a, r) => a.plus(r.payment.amount), new Decimal(0));
    out.unshift(onHandLine(have, loanDue, s ? billAmount(s, data) : null, until, lang));
  }
  // With the money said, the bill is already weighed both ways (the first line): why both, not "left out".
  if (s && have)
    out.push(
      lang === 'ko'
        ? '카드 결제일은 카드사와 정한 날이라 이 앱에 없어, 카드값이 그 전에 나가는 경우와 아닌 경우를 함께 말씀드렸습니다.'
        : 'The card’s payment day is set with the card company and not on file here, so both cases are given: with the card bill before then and without it.',
    );
  else if (s)
    out.push(
      lang === 'ko'
        ? koText`카드값은 결제일이 카드사와 정한 날이라 이 앱에 없어 합계에 넣지 않았습니다: 그 전에 카드 결제일이 있다면 다음 결제일에 청구될 카드값(이번 달 사용분과 할부 청구분, 오늘까지 약 ${formatWon(billAmount(s, data).toFixed(0), lang)})도 준비하세요.`
        : `The card bill is not in this: its payment day is set with the card company and not on file here. If it falls before then, have next month’s card bill ready too (this month’s use and the instalments billed), about ${formatWon(billAmount(s, data).toFixed(0), lang)} so far.`,
    );
  return out;
}

/**
 * QA round 24 (fu24). The money the customer has against the loan payments due by a day and the next card bill so far
 * (its payment day is the card company's, so both ways are said): enough or how much short.
 */
function onHandLine(have: string, loanDue: Decimal, bill: Decimal | null, until: string, lang: Lang): string {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const haveText = won(have);
  const withBill = bill ? loanDue.plus(bill) : loanDue;
  const left = new Decimal(have).minus(withBill);
  const leftLoans = new Decimal(have).minus(loanDue);
  if (lang === 'ko') {
    const parts = `대출 납입 ${won(loanDue)}${bill ? ` + 카드값(오늘까지 약 ${won(bill)})` : ''}`;
    if (left.gte(0))
      return koText`네, ${haveText}으로/로 버틸 수 있습니다: ${until} 나갈 돈은 ${parts} = ${won(withBill)}이고, ${won(left)}이/가 남습니다.`;
    if (leftLoans.gte(0))
      return koText`카드값까지 그 전에 나가면 ${haveText}으로/로는 약 ${won(left.abs())}이/가 모자랍니다: ${until} 나갈 돈은 ${parts} = ${won(withBill)}입니다 (대출 납입만이면 ${won(leftLoans)}이/가 남습니다).`;
    return koText`아니요, ${haveText}으로/로는 약 ${won(left.abs())}이/가 모자랍니다: ${until} 나갈 돈은 ${parts} = ${won(withBill)}입니다.`;
  }
  const parts = `loan payments of ${won(loanDue)}${bill ? ` plus the card bill (about ${won(bill)} so far)` : ''}`;
  if (left.gte(0))
    return `Yes, ${haveText} is enough: ${parts} come to ${won(withBill)} ${until}, leaving ${won(left)}.`;
  if (leftLoans.gte(0))
    return `If the card bill is also taken before then, ${haveText} is about ${won(left.abs())} short: ${parts} come to ${won(withBill)} ${until} (the loan payments alone leave ${won(leftLoans)}).`;
  return `No, ${haveText} is about ${won(left.abs())} short: ${parts} come to ${won(withBill)} ${until}.`;
}

/**
 * "그날 주말이에요?" after a date: its weekday first; a weekend or public holiday moves a loan's debit that day to the
 * next business day (the loans module's rule, 민법 제161조).
 */
function weekdayOfLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const d = resolveDay(input.understanding.slots.weekdayOf!, data.asOf);
  const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
  const weekend = wd === 0 || wd === 6;
  const holiday = !weekend && HOLIDAYS.has(d);
  // The weekday is the answer, so the Korean date is said without its "(화)" note: "12월 1일은 화요일이라".
  const on = lang === 'ko' ? dateWithoutWeekday(d, data) : date(d, data, lang);
  const paying = activeLoans(data).filter((l) => l.nextPayment?.dueDate === d);
  const debit = nextBusinessDay(d, HOLIDAYS);
  const lead =
    lang === 'ko'
      ? weekend
        ? koText`네, ${on}은/는 ${WEEKDAYS_KO[wd]}요일이라 주말입니다.`
        : holiday
          ? koText`네, ${on}은/는 공휴일입니다.`
          : koText`아니요, ${on}은/는 ${WEEKDAYS_KO[wd]}요일이라 평일입니다.`
      : weekend
        ? `Yes: ${on} is a ${WEEKDAYS_EN[wd]}, a weekend day.`
        : holiday
          ? `Yes: ${on} is a public holiday.`
          : `No: ${on} is a ${WEEKDAYS_EN[wd]}, a weekday.`;
  const loanLine = paying.map((l) =>
    weekend || holiday
      ? lang === 'ko'
        ? `그날 납입일인 ${loanName(l, lang)} ${l.nextPayment!.payment.text}은 다음 영업일인 ${date(debit, data, lang)}에 출금되고, 그날 내셔도 연체가 아닙니다.`
        : `Your ${loanName(l, lang)} payment of ${l.nextPayment!.payment.text} due that day is debited on the next business day, ${date(debit, data, lang)}, and is not late then.`
      : lang === 'ko'
        ? `그날 ${loanName(l, lang)} 납입액 ${l.nextPayment!.payment.text}은 그날 그대로 출금됩니다.`
        : `Your ${loanName(l, lang)} payment of ${l.nextPayment!.payment.text} is debited that day as usual.`,
  );
  return [
    lead,
    ...(loanLine.length
      ? loanLine
      : weekend || holiday
        ? [
            lang === 'ko'
              ? `납입일이 주말이나 공휴일이면 출금은 다음 영업일(${date(debit, data, lang)})로 넘어갑니다.`
              : `A payment due on a weekend or holiday is debited on the next business day (${date(debit, data, lang)}).`,
          ]
        : []),
  ];
}

/** "만기까지 며칠 남았어요?", "디데이로 알려줘", "d-day for my loan maturity?": D-478 first, then the next payment's. */
function maturityDaysLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const asked = input.loan ? [input.loan] : loans;
  const lines = asked.map((l) => {
    const days = daysBetween(data.asOf.slice(0, 10), l.maturityOn.slice(0, 10));
    const on = date(l.maturityOn, data, lang);
    if (days <= 0) return maturityLine(l, data, lang);
    return lang === 'ko'
      ? `D-${days}: ${loanName(l, lang)}의 만기(${on})까지 오늘부터 ${formatCount(days, 'day', lang)} 남았습니다 (${spanPhrase(data.asOf, l.maturityOn, lang)}, 남은 납입 ${formatCount(l.remainingInstallments, 'instalment', lang)}).`
      : `D-${days}: your ${loanName(l, lang)} matures in ${formatCount(days, 'day', lang)}, on ${on} (${spanPhrase(data.asOf, l.maturityOn, lang)}, ${formatCount(l.remainingInstallments, 'instalment', lang)} left).`;
  });
  const first = asked[0];
  return [...lines, ...(first?.nextPayment ? [nextPaymentLead(first, data, lang, true)] : [])];
}

/**
 * "대충 매달 얼마 모아야 만기때 한번에 갚아요?", "how much do i need to save monthly to pay off the jeonse at maturity":
 * a bullet loan's principal over the instalments (months) left, rounded up to the won; a jeonse loan is usually repaid
 * from the deposit returned at the lease's end. An amortising loan's principal is already in each instalment.
 */
function saveForMaturityLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const l =
    input.loan ??
    [...loans]
      .sort((a, b) => new Decimal(b.outstandingPrincipal.amount).cmp(a.outstandingPrincipal.amount))
      .find((x) => x.repaymentMethod === 'BULLET') ??
    loans[0];
  const on = date(l.maturityOn, data, lang);
  const name = loanName(l, lang);
  const days = daysBetween(data.asOf.slice(0, 10), l.maturityOn.slice(0, 10));
  if (l.repaymentMethod !== 'BULLET')
    return [
      lang === 'ko'
        ? koText`${name}은/는 원금을 매달 납입에 나눠 갚는 방식이라 만기(${on})에 한 번에 갚을 돈을 따로 모으지 않아도 됩니다: 남은 원금 ${l.outstandingPrincipal.text}은/는 남은 ${formatCount(l.remainingInstallments, 'instalment', lang)}의 납입으로 다 갚아집니다.`
        : `Your ${name} is repaid month by month, so there is nothing to save for a lump sum at maturity (${on}): its ${l.outstandingPrincipal.text} of principal is paid down by the ${formatCount(l.remainingInstallments, 'instalment', lang)} left.`,
    ];
  const months = Math.max(1, l.remainingInstallments);
  const per = formatWon(
    new Decimal(l.outstandingPrincipal.amount).div(months).toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(0),
    lang,
  );
  const interest = l.nextPayment?.interest.text;
  return [
    lang === 'ko'
      ? koText`${name}의 원금 ${l.outstandingPrincipal.text}을/를 만기 ${on}에 한 번에 갚으려면, 남은 ${months}개월 동안 매달 약 ${per}씩 모으시면 됩니다 (원금 ÷ ${months}개월, 만기까지 ${formatCount(days, 'day', lang)}).`
      : `To have the ${l.outstandingPrincipal.text} of principal of your ${name} ready at maturity on ${on}, set aside about ${per} a month over the ${months} months left (principal ÷ ${months}; ${formatCount(days, 'day', lang)} to go).`,
    lang === 'ko'
      ? `그 사이 매달 이자${interest ? `(이번 회차 ${interest})` : ''}는 따로 나가고, 마지막 회차에 원금과 함께 마지막 이자를 냅니다.`
      : `The monthly interest${interest ? ` (${interest} this instalment)` : ''} goes out besides, and the last instalment carries the last interest with the principal.`,
    ...(l.kind === 'JEONSE'
      ? [
          lang === 'ko'
            ? `다만 전세대출은 보통 전세계약이 끝날 때 돌려받는 전세보증금으로 갚으므로, 보증금을 제때 돌려받으면 원금 전부를 따로 모을 필요는 없습니다. 계약을 갱신하신다면 만기 전에 ${l.lender}에 기한연장을 신청할 수 있습니다(심사로 결정).`
            : `A jeonse loan, though, is usually repaid from the deposit returned at the lease's end, so if the deposit comes back on time you need not save the whole principal; if you renew the lease, you can ask ${lenderInEnglish(l.lender)} for an extension before maturity (subject to review).`,
        ]
      : []),
  ];
}

/** "대출 잔액이랑 이번달 카드 쓴거 같이 알려줘": the balance and this month's card spending in the first sentence. */
function balanceWithSpendingLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary!;
  const range = `${date(s.from, data, lang)} ~ ${date(s.through, data, lang)}`;
  const principal = input.loan ? input.loan.outstandingPrincipal.text : data.loans!.totalOutstanding.text;
  const named = input.loan ?? (loans.length === 1 ? loans[0] : null);
  // QA round 24 (en24a): a month named ("and how much did i spend in october?") is that month's spending.
  const asked = input.understanding.slots.period;
  const other = asked && asked.kind !== 'THIS_MONTH' ? periodPhrase(asked, lang) : null;
  return [
    lang === 'ko'
      ? other
        ? koText`${named ? `${loanName(named, lang)}의 ` : '대출 '}남은 원금은 ${principal}이고, ${other} 카드 지출은 ${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}, ${range}).`
        : koText`${named ? `${loanName(named, lang)}의 ` : '대출 '}남은 원금은 ${principal}이고, 이번 달 카드 지출은 오늘까지 ${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}, ${range}).`
      : `${named ? `Your ${loanName(named, lang)} has` : 'Your loans have'} ${principal} of principal left, and you ${other ? `spent ${s.total.text} on your card ${s.months ? 'in ' : ''}${other}` : `have spent ${s.total.text} on your card this month so far`} (${formatCount(s.purchaseCount, 'transaction', lang)}, ${range.replace(' ~ ', ' to ')}).`,
    ...(named
      ? [
          lang === 'ko'
            ? `남은 납입은 ${formatCount(named.remainingInstallments, 'instalment', lang)}(만기 ${date(named.maturityOn, data, lang)}, ${formatAnnualRate(named.annualRate, lang)})입니다.`
            : `${formatCount(named.remainingInstallments, 'instalment', lang)} left (maturity ${date(named.maturityOn, data, lang)}, ${formatAnnualRate(named.annualRate, lang)}).`,
        ]
      : loans.map((l) => `- ${balanceLine(l, data, lang)}`)),
  ];
}

function loanBalance(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  if (input.understanding.slots.interestPaid) return interestPaidLines(input);
  const loans = activeLoans(data);
  if (input.understanding.slots.request === 'JEONSE_MOVE') return jeonseMoveLines(input, loans);
  if (input.understanding.slots.request === 'JEONSE_MATURITY') return jeonseEndLines(input, loans, false);
  if (input.understanding.slots.request === 'DEPOSIT_NOT_RETURNED') return jeonseEndLines(input, loans, true);
  if (input.understanding.slots.request === 'DEPOSIT_BACK') return depositBackLines(input, loans);
  if (input.understanding.slots.request === 'JEONSE_ABROAD') return jeonseAbroadLines(input, loans);
  // QA round 21 (loan21): a renewal with a raised deposit, a move to monthly rent, when to apply for the extension.
  const applyFor =
    input.understanding.slots.applyWhen &&
    (input.understanding.slots.request === 'EXTENSION' ||
      input.understanding.slots.request === 'JEONSE_RENEWAL')
      ? extensionLoan(input)
      : null;
  if (applyFor) return extensionApplyLines(applyFor, data, lang);
  if (input.understanding.slots.request === 'JEONSE_RENEWAL') return jeonseRenewalLines(input, loans);
  if (input.understanding.slots.request === 'WOLSE_SWITCH') return wolseSwitchLines(input, loans);
  if (loans.length === 0) return [noLoans(lang)];
  // QA round 24 (loan24): the payments left counted; a balance checked; why an interest-only loan repays no principal.
  if (input.understanding.slots.paymentsLeft) return paymentsLeftLines(input, loans);
  if (input.understanding.slots.figuresCheck) return figuresCheckLines(input);
  if (input.understanding.slots.request === 'BALANCE_FLAT' && input.understanding.slots.flatWhy)
    return flatWhyLines(input, loans);
  // QA round 23 (date23): saving for the maturity, its D-day, the balance with this month's card spending.
  if (input.understanding.slots.saveForMaturity) return saveForMaturityLines(input, loans);
  if (input.understanding.slots.maturityDays) return maturityDaysLines(input, loans);
  if (input.understanding.slots.alsoSpending && data.spendingSummary)
    return balanceWithSpendingLines(input, loans);
  if (input.understanding.slots.request === 'LONGER_TERM') return longerTermLines(input, loans);
  if (input.understanding.slots.request === 'BALANCE_FLAT') return balanceFlatLines(input, loans);
  if (input.understanding.slots.request === 'DEBT_CERTIFICATE') return debtCertificateLines(input, loans);
  const record = loanRecordLines(input, loans);
  if (record) return record;
  if (input.understanding.slots.interestLeft) return interestLeft(input, loans);
  const slots = input.understanding.slots;
  if (slots.rateChange) return rateChangeLines(input, loans);
  const onTime = slots.lastPayment ? paidOnTimeLines(input, loans) : null;
  if (onTime) return onTime;
  const last = slots.lastPayment ? lastPaymentLines(input, loans) : null;
  if (last) return last;
  if (slots.rateTo !== undefined)
    return rateToLines(input.loan ? [input.loan] : loans, slots.rateTo, lang, slots.rateFrom);
  // QA round 22 (loanfu): "what about next month, does it change already" after a rise — not before the next reset.
  if (slots.rateRise && slots.nextReset) {
    const notYet = riseNotYetLines(input, loans, slots.rateRise);
    if (notYet) return notYet;
  }
  if (slots.rateRise) return rateRiseLines(input.loan ? [input.loan] : loans, slots.rateRise, lang);
  if (slots.rateUnchanged) return rateUnchangedLines(input.loan ? [input.loan] : loans, lang);
  if (slots.currentRate) return currentRateLines(input, loans);
  const ext = slots.request === 'EXTENSION' ? extensionLoan(input) : null;
  // QA round 22 (loanleft). "전세대출 연장 안되면 이사가야돼요?": not necessarily, first.
  if (ext && slots.moveOutAsked && slots.extensionRefused && ext.kind === 'JEONSE')
    return moveOutLines(ext, data, lang);
  // QA round 24 (plan24). "만기때 1억6900 어디서 구해": the returned deposit, or the extension at renewal.
  if (ext && slots.sumFrom) return sumFromLines(ext, data, lang);
  if (ext) return extensionLines(ext, data, lang, slots.extensionRefused, slots.landlordRefuses);
  if (input.understanding.slots.interestWhy) {
    const l = input.loan ?? loans.find((x) => x.nextPayment);
    if (l?.nextPayment) return interestWhyLines(l, data, lang, slots.interestDispute);
  }
  if (slots.maturity || slots.lumpSum) return maturityLines(input, loans);
  if (slots.loanAge) return loanAgeLines(input.loan ? [input.loan] : loans, data, lang);
  if (slots.repaidSoFar) return repaidLines(input.loan ? [input.loan] : loans, data, lang);
  const ahead =
    slots.balanceAfter && input.loan && data.schedule
      ? balanceAheadLines(input.loan, data.schedule, slots.balanceAfter, data, lang)
      : null;
  if (ahead) return ahead;
  if (input.loan) return [balanceLine(input.loan, data, lang)];
  const total = data.loans!.totalOutstanding.text;
  return [
    lang === 'ko'
      ? `상환 중인 대출 ${formatCount(loans.length, 'loan', lang)}의 남은 원금은 모두 ${total}입니다.`
      : `Your ${formatCount(loans.length, 'loan', lang)} have ${total} of principal left in total.`,
    ...loans.map((l) => `- ${balanceLine(l, data, lang)}`),
  ];
}

/**
 * "내 빚 총 얼마야? 카드값까지", "what's my total debt including my card bill?": the loans' principal left and the card
 * bill due this month, summed first; then each part (the bill's own sentence, each loan). This month's use is billed
 * next month and the card's later instalments are the card company's figure: said, not added.
 */
function debtWithCardLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const d = data.loans!;
  const bill = billAmount(data.spendingSummary!, data);
  const total = formatWon(bill.plus(d.totalOutstanding.amount).toFixed(0), lang);
  const billText = formatWon(bill.toFixed(0), lang);
  // QA round 24 (spend24b). The principal is owed, not due: a loan repaid at maturity takes none of it this month. The sum
  // is the debt ("빚은 모두"), never money "to pay" (was "갚을 돈은 모두 약 170,849,330원"); what goes out this month —
  // the bill and the loans' next payments — is said beside it.
  const dueNow = formatWon(bill.plus(d.nextPaymentsTotal.amount).toFixed(0), lang);
  return [
    lang === 'ko'
      ? koText`빚은 모두 약 ${total}입니다: 대출 남은 원금 ${d.totalOutstanding.text}와/과 이번 달 카드값 약 ${billText}.`
      : `Your debts come to about ${total} in all: ${d.totalOutstanding.text} of loan principal and this month’s card bill of about ${billText}.`,
    lang === 'ko'
      ? koText`지금 실제로 나가는 돈은 원금이 아니라 카드값에 대출 다음 납입액 ${d.nextPaymentsTotal.text}을/를 더한 약 ${dueNow}이고, 대출 원금은 약정대로 나눠 내거나 만기에 갚습니다.`
      : `What actually goes out now is not the principal but the card bill and the loans’ next payments of ${d.nextPaymentsTotal.text}, about ${dueNow}; the principal is repaid as agreed, by instalments or at maturity.`,
    ...loans.map((l) => `- ${balanceLine(l, data, lang)}`),
    `- ${billDueLine(input) ?? ''}`,
    lang === 'ko'
      ? '이번 달 새로 쓰는 카드값은 다음 달에 청구되어 여기에 들어 있지 않고, 할부로 남은 금액은 카드사 앱에서 확인할 수 있습니다.'
      : 'What you spend on the card this month is billed next month and is not in this total; what is left on card instalments is in the card company’s app.',
  ];
}

function loansOverview(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  if (input.understanding.slots.interestPaid) return interestPaidLines(input);
  const loans = activeLoans(data);
  // QA round 24 (loan24). "대출 관련해서는 뭘 물어볼 수 있어요?": example questions.
  if (input.understanding.slots.loanQuestions) return loanQuestionLines(input, loans);
  if (loans.length === 0) return [noLoans(lang)];
  if (input.understanding.slots.request === 'DEBT_CERTIFICATE') return debtCertificateLines(input, loans);
  if (input.understanding.slots.loanAfterDeath) return loanAfterDeathLines(input, loans);
  const record = loanRecordLines(input, loans);
  if (record) return record;
  if (input.understanding.slots.interestLeft) return interestLeft(input, loans);
  if (input.understanding.slots.rateChange) return rateChangeLines(input, loans);
  const last = input.understanding.slots.lastPayment ? lastPaymentLines(input, loans) : null;
  if (last) return last;
  const rise = input.understanding.slots.rateRise;
  const to = input.understanding.slots.rateTo;
  if (to !== undefined) return rateToLines(loans, to, lang, input.understanding.slots.rateFrom);
  if (rise) return rateRiseLines(loans, rise, lang);
  if (input.understanding.slots.rateUnchanged) return rateUnchangedLines(loans, lang);
  if (input.understanding.slots.currentRate) return currentRateLines(input, loans);
  if (input.understanding.slots.maturity || input.understanding.slots.lumpSum)
    return maturityLines(input, loans);
  if (input.understanding.slots.loanAge) return loanAgeLines(loans, data, lang);
  const d = data.loans!;
  if (input.understanding.slots.debtWithCard && data.spendingSummary) return debtWithCardLines(input, loans);
  return [
    lang === 'ko'
      ? `상환 중인 대출은 ${formatCount(loans.length, 'loan', lang)}, 남은 원금은 모두 ${d.totalOutstanding.text}이고, 다음 회차 납입액은 합쳐서 ${d.nextPaymentsTotal.text}입니다.`
      : `You have ${formatCount(loans.length, 'loan', lang)} with ${d.totalOutstanding.text} outstanding; the next instalments come to ${d.nextPaymentsTotal.text} together.`,
    ...loans.map((l) => `- ${balanceLine(l, data, lang)}`),
  ];
}

/**
 * QA round 28 (helper en28). "what happens to my loan if i die" (DEATH): the debt is part of the estate — the heirs
 * accept it, renounce the inheritance (상속포기) or accept it limited to what they inherit (한정승인) within three months of
 * learning of it; then the balance from their loans and credit life insurance, which this app holds no record of.
 * "can my wife take over my loan" (TAKEOVER): not by itself — the lender must approve an assumption (채무인수) on her own
 * credit review. No promise either way.
 */
function loanAfterDeathLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const total = data.loans!.totalOutstanding.text;
  const each = loans.map((l) =>
    ko
      ? koText`- ${loanName(l, lang)}: 남은 원금 ${l.outstandingPrincipal.text}`
      : `- Your ${loanName(l, lang)}: ${l.outstandingPrincipal.text} of principal left`,
  );
  const lenders = [...new Set(loans.map((l) => (ko ? l.lender : lenderInEnglish(l.lender))))].join(
    ko ? ', ' : ' and ',
  );
  if (input.understanding.slots.loanAfterDeath === 'TAKEOVER')
    return [
      ko
        ? koText`아니요, 배우자분이 그대로 넘겨받을 수는 없습니다: 남은 원금 ${total}의 대출을 배우자분이 이어 갚으려면 ${lenders}이/가 채무인수(대출 명의를 넘기는 것)를 승인해야 하고, 배우자분의 소득과 신용으로 새로 심사합니다.`
        : `Not by herself: for your wife to take over your loan (${total} outstanding), ${lenders} would have to approve an assumption of the debt (채무인수), with its own review of her income and credit.`,
      ...each,
      ko
        ? '심사 결과에 따라 승인되지 않거나 금리·한도가 달라질 수 있어 미리 약속드릴 수는 없습니다. 가능 여부와 필요한 서류는 대출받은 금융회사에 직접 문의하세요.'
        : 'It may be refused, or come with a different rate or limit, so nothing can be promised in advance; ask the lender directly whether it is possible and what they need.',
      ko
        ? '고객님이 돌아가신 뒤라면 대출은 상속 재산에 포함되어 상속인에게 넘어가며, 상속인은 알게 된 날부터 3개월 안에 상속포기나 한정승인(물려받은 재산 한도 안에서만 갚는 것)을 선택할 수 있습니다.'
        : 'After your death the loan would instead pass to your heirs with the estate; they could renounce the inheritance (상속포기) or accept it only up to what they inherit (한정승인) within 3 months of learning of it.',
    ];
  return [
    ko
      ? koText`대출은 사라지지 않고 상속 재산에 포함되어 상속인에게 넘어갑니다: 지금 기준으로 남은 원금 ${total}입니다.`
      : `Your loan does not disappear: the debt (${total} outstanding today) becomes part of your estate and passes to your heirs.`,
    ...each,
    ko
      ? '상속인은 상속이 시작된 것을 안 날부터 3개월 안에 그대로 받는 단순승인, 재산과 빚을 모두 받지 않는 상속포기, 물려받은 재산 한도 안에서만 빚을 갚는 한정승인 중에서 선택할 수 있습니다 (가정법원에 신고).'
      : 'Your heirs can accept it, renounce the inheritance (상속포기, giving up both the assets and the debts) or accept it limited to what they inherit (한정승인), by declaring it to the family court within 3 months of learning of the inheritance.',
    ko
      ? koText`신용생명보험(대출 잔액을 대신 갚아 주는 보험)에 가입되어 있다면 그 보험금으로 갚게 되지만, 이 앱에는 보험 가입 기록이 없으니 ${lenders}에 가입 여부를 확인해 보세요.`
      : `If the loan carries credit life insurance (cover that repays the balance), the insurer pays it off — this app holds no record of any, so ask ${lenders} whether yours does.`,
    ko
      ? '가족이 대출을 자기 명의로 이어받는 것은 금융회사가 채무인수를 승인해야만 가능하며, 결과를 미리 약속드릴 수는 없습니다.'
      : 'A family member can only take the loan over in their own name if the lender approves it on their own review, so nothing is guaranteed in advance.',
  ];
}

/**
 * "원금 상환은 언제부터 시작돼요?": a bullet loan repays its principal at maturity; otherwise the first of the next
 * instalments (a year is read) with principal in it — already the next one, or after a grace period.
 */
function principalStartLine(l: LoanLine, s: ScheduleData, data: TurnData, lang: Lang): string {
  const name = loanName(l, lang);
  if (l.repaymentMethod === 'BULLET')
    return lang === 'ko'
      ? koText`${name}은/는 만기일시상환이라 원금 ${l.outstandingPrincipal.text}은/는 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚고, 그 전까지는 매달 이자만 냅니다.`
      : `Your ${name} repays its ${l.outstandingPrincipal.text} of principal in one sum at maturity (${date(l.maturityOn, data, lang)}); until then you pay interest only.`;
  const first = s.rows.find((r) => r.principal.amount !== '0');
  if (!first)
    return lang === 'ko'
      ? koText`${name}은/는 앞으로 ${formatCount(s.rows.length, 'instalment', lang)} 동안 이자만 내는 거치기간이고, 원금 상환은 그 뒤에 시작됩니다.`
      : `Your ${name} is interest only for the next ${formatCount(s.rows.length, 'instalment', lang)} (a grace period); principal repayments start after that.`;
  if (first === s.rows[0])
    return lang === 'ko'
      ? koText`${name}은/는 이미 매 회차 원금을 함께 갚고 계십니다: 다음 납입일 ${date(first.dueDate, data, lang)}의 원금은 ${first.principal.text}입니다.`
      : `You already repay principal with every instalment of your ${name}: the next one, on ${date(first.dueDate, data, lang)}, carries ${first.principal.text} of it.`;
  return lang === 'ko'
    ? `${name}의 원금 상환은 ${date(first.dueDate, data, lang)} 회차부터 시작됩니다 (그 회차 원금 ${first.principal.text}). 그 전까지는 이자만 냅니다.`
    : `Principal repayments on your ${name} start with the instalment of ${date(first.dueDate, data, lang)} (${first.principal.text} of principal); until then you pay interest only.`;
}

function schedule(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const s = data.schedule;
  const l = input.loan;
  if (input.understanding.slots.interestTo) return interestToLines(input);
  if (!l || !s || s.rows.length === 0) return [noLoans(lang)];
  if (input.understanding.slots.principalStart) return [principalStartLine(l, s, data, lang)];
  if (input.understanding.slots.lastInstalment) return [lastInstalmentLine(l, s, data, lang)];
  const rows = s.rows.map(
    (r, i) =>
      `${i + 1}) ${date(r.dueDate, data, lang)} ${r.payment.text} (${lang === 'ko' ? '원금' : 'principal'} ${r.principal.text}, ${lang === 'ko' ? '이자' : 'interest'} ${r.interest.text})`,
  );
  return [
    // QA round 28 (helper en28). "which one is the biggest" after the schedule: the largest of its rows, first.
    ...(input.understanding.slots.biggestOfList ? [biggestInstalmentLine(s, data, lang)] : []),
    // "대출 이자 1년에 총 얼마 내?": the year's instalments summed, interest first.
    ...(input.understanding.slots.yearTotal ? [yearTotalLine(l, s, data, lang)] : []),
    lang === 'ko'
      ? `${loanName(l, lang)}의 앞으로 ${formatCount(s.rows.length, 'instalment', lang)} 납입 일정입니다. 첫 납입은 ${date(s.rows[0].dueDate, data, lang)} ${s.rows[0].payment.text}입니다.`
      : `Here are the next ${formatCount(s.rows.length, 'instalment', lang)} of your ${loanName(l, lang)}; the first is ${s.rows[0].payment.text} on ${date(s.rows[0].dueDate, data, lang)}.`,
    ...rows,
    lang === 'ko'
      ? `마지막 회차 뒤 남는 원금은 ${s.rows[s.rows.length - 1].balance.text}입니다.`
      : `After these, ${s.rows[s.rows.length - 1].balance.text} of principal remains.`,
  ];
}

/** QA round 28 (helper en28). The largest of the schedule's rows shown (the earliest of equals); all equal, said so. */
function biggestInstalmentLine(s: ScheduleData, data: TurnData, lang: Lang): string {
  const top = s.rows.reduce(
    (a, r) => (new Decimal(r.payment.amount).gt(a.payment.amount) ? r : a),
    s.rows[0],
  );
  const same = s.rows.every((r) => new Decimal(r.payment.amount).eq(top.payment.amount));
  const parts =
    lang === 'ko'
      ? `원금 ${top.principal.text}, 이자 ${top.interest.text}`
      : `principal ${top.principal.text}, interest ${top.interest.text}`;
  if (same && s.rows.length > 1)
    return lang === 'ko'
      ? koText`${formatCount(s.rows.length, 'instalment', lang)} 모두 ${top.payment.text}으로/로 같아 가장 큰 회차는 따로 없습니다 (${parts}).`
      : `None is bigger: all ${formatCount(s.rows.length, 'instalment', lang)} are the same ${top.payment.text} (${parts}).`;
  return lang === 'ko'
    ? koText`가장 큰 회차는 ${date(top.dueDate, data, lang)} ${top.payment.text}입니다 (${parts}).`
    : `The biggest is ${top.payment.text} on ${date(top.dueDate, data, lang)} (${parts}).`;
}

/** "마지막 달에는 얼마 내?": the schedule's last row (pipeline keeps only it) — date, amount, split, at today's rate. */
function lastInstalmentLine(l: LoanLine, s: ScheduleData, data: TurnData, lang: Lang): string {
  const r = s.rows[s.rows.length - 1];
  return lang === 'ko'
    ? koText`${loanName(l, lang)}의 마지막 회차(${r.number}회차, ${date(r.dueDate, data, lang)})에는 ${r.payment.text}을/를 내시게 됩니다 (원금 ${r.principal.text}, 이자 ${r.interest.text}; 지금 금리 ${formatAnnualRate(l.annualRate, lang)} 기준).`
    : `The last instalment of your ${loanName(l, lang)} (no. ${r.number}, ${date(r.dueDate, data, lang)}) is ${r.payment.text}: principal ${r.principal.text}, interest ${r.interest.text} (at today's ${formatAnnualRate(l.annualRate, lang)}).`;
}

/** Rows' amounts (an instalment's interest, payment…) summed, in won. */
function sumWon<R>(rows: readonly R[], pick: (r: R) => Krw, lang: Lang): string {
  return formatWon(rows.reduce((a, r) => a.plus(pick(r).amount), new Decimal(0)).toFixed(0), lang);
}

/** Instalments due, one line each: the loan, the day, the amount and its parts ("납입 완료" once paid). */
function instalmentDueLines(rows: InstalmentsDueData['rows'], data: TurnData, lang: Lang): string[] {
  return rows.map((r) =>
    lang === 'ko'
      ? `- ${loanName(r, lang)} ${date(r.dueDate, data, lang)} ${r.payment.text} (원금 ${r.principal.text}, 이자 ${r.interest.text}${r.paid ? ', 납입 완료' : ''})`
      : `- Your ${loanName(r, lang)}, ${date(r.dueDate, data, lang)}: ${r.payment.text} (principal ${r.principal.text}, interest ${r.interest.text}${r.paid ? ', paid' : ''})`,
  );
}

/** The days of instalments: each (up to six), else the first and the last. */
function dueDays(rows: InstalmentsDueData['rows'], data: TurnData, lang: Lang): string {
  const days = [...new Set(rows.map((r) => r.dueDate))];
  return days.length <= 6
    ? days.map((d) => date(d, data, lang)).join(', ')
    : `${date(days[0], data, lang)}${lang === 'ko' ? ' ~ ' : ' to '}${date(days.at(-1)!, data, lang)}`;
}

/**
 * "지금부터 내년 3월까지 이자 얼마 나가?", "how much interest will i pay between now and march?", "내년에 내야 할 이자": the
 * interest of the unpaid instalments due from today through that month's end (or in next calendar year), over every
 * active loan, first — with their count and days; then the payments in all and each instalment.
 */
function interestToLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const due = data.instalmentsDue;
  if (!due) return [noLoans(lang)];
  const rows = due.rows;
  const year = due.from.endsWith('-01-01') && due.through.endsWith('-12-31') ? due.from.slice(0, 4) : null;
  const interest = sumWon(rows, (r) => r.interest, lang);
  const n = formatCount(rows.length, 'instalment', lang);
  const end = date(due.through, data, lang);
  const lead =
    lang === 'ko'
      ? `${year ? `${year}년 한 해 동안` : `지금부터 ${end}까지`} 내실 대출 이자는 모두 ${interest}입니다` +
        (rows.length ? ` (${n}: ${dueDays(rows, data, lang)}).` : ' (그 사이 남은 납입이 없습니다).')
      : `${year ? `In ${year}` : `Between now and ${end}`} you will pay ${interest} of loan interest` +
        (rows.length
          ? ` over ${n} (${dueDays(rows, data, lang)}).`
          : ' (no instalment is left in that time).');
  if (!rows.length) return [lead];
  const principal = sumWon(rows, (r) => r.principal, lang);
  const payment = sumWon(rows, (r) => r.payment, lang);
  return [
    lead,
    lang === 'ko'
      ? koText`원금 ${principal}을/를 더한 납입 합계는 ${payment}입니다 (지금 금리 기준이라 금리가 바뀌면 달라집니다).`
      : `With ${principal} of principal, ${payment} in all (at today's rates; a rate change moves it).`,
    ...(rows.length <= 6 ? instalmentDueLines(rows, data, lang) : []),
  ];
}

/** The next instalments (a year's, or fewer when the loan ends sooner) summed: interest, principal and in all. */
function yearTotalLine(l: LoanLine, s: ScheduleData, data: TurnData, lang: Lang): string {
  const sum = (pick: (r: ScheduleData['rows'][number]) => Krw) => sumWon(s.rows, pick, lang);
  const n = s.rows.length;
  const last = date(s.rows[n - 1].dueDate, data, lang);
  // QA round 27 (lead): "total?" after the next 6 instalments sums those six (not "the 6 left").
  const toMaturity = s.rows[n - 1].balance.amount === '0';
  const span =
    n >= 12
      ? lang === 'ko'
        ? `앞으로 1년(${n}회, ${last}까지)`
        : `Over the next year (${formatCount(n, 'instalment', lang)}, to ${last})`
      : toMaturity
        ? lang === 'ko'
          ? `만기까지 남은 ${n}회(${last}까지)`
          : `Over the ${formatCount(n, 'instalment', lang)} left (to ${last})`
        : lang === 'ko'
          ? `앞으로 ${n}회(${last}까지)`
          : `Over the next ${formatCount(n, 'instalment', lang)} (to ${last})`;
  const interest = sum((r) => r.interest);
  const principal = sum((r) => r.principal);
  const payment = sum((r) => r.payment);
  return lang === 'ko'
    ? koText`${span} ${loanName(l, lang)} 이자는 모두 ${interest}이고, 원금 ${principal}을/를 더한 납입 합계는 ${payment}입니다 (지금 금리 ${formatAnnualRate(l.annualRate, lang)} 기준).`
    : `${span} your ${loanName(l, lang)} takes ${interest} in interest; with ${principal} of principal, ${payment} in all (at today's ${formatAnnualRate(l.annualRate, lang)}).`;
}

/**
 * "연체하면 신용점수 떨어져요?": how arrears reach the credit bureaus — the thresholds Korean lenders report on
 * (단기연체: ₩100,000+ for 5 business days+, shared with NICE/KCB; 채무불이행: ₩500,000+ for 90 days+, registered
 * with the Korea Credit Information Services). docs/counselling.md cites them.
 */
function arrearsCreditImpact(lang: Lang): string {
  return lang === 'ko'
    ? '10만원 이상을 5영업일 이상 연체하면 신용평가회사(NICE·KCB)에 단기연체 정보로 공유되어 신용점수가 떨어질 수 있고, 갚은 뒤에도 한동안 평가에 반영됩니다. 50만원 이상을 90일 이상 연체하면 장기연체(채무불이행) 정보로 등록됩니다.'
    : 'Arrears of ₩100,000 or more for 5 business days or more are shared with the credit bureaus (NICE, KCB) as short-term arrears and can lower your credit score, and they keep counting for a while after you repay; ₩500,000 or more overdue for 90 days or more is registered as a default.';
}

/**
 * "상환유예 하면 신용점수 떨어져요?", "그럼 신용점수 떨어지나요?" after a hardship question: what relief does to the score,
 * then what being late does (arrearsCreditImpact). A deferral or extension agreed before the due date is not
 * arrears; a confirmed 신용회복위원회 debt adjustment is registered with the Korea Credit Information Services until it
 * has been repaid steadily for a while. docs/counselling.md cites them.
 */
function reliefCreditImpact(lang: Lang): string[] {
  return [
    lang === 'ko'
      ? '납입일 전에 금융회사와 합의한 상환유예·기한연장은 연체가 아니어서 그 자체로 연체 정보가 등록되지는 않습니다 (금융회사 내부 심사에는 참고될 수 있습니다). 신용회복위원회 채무조정(신속채무조정·개인워크아웃)은 확정되면 그 정보가 신용정보원에 등록되어 갚는 동안 새 대출이나 카드 발급이 어려울 수 있고, 일정 기간 성실하게 갚으면 해제됩니다.'
      : 'A deferral or extension agreed with your lender before the due date is not a late payment, so by itself it is not reported as arrears (the lender may still weigh it internally). A debt adjustment by the Credit Counseling & Recovery Service (fast-track adjustment, individual workout) is registered with the Korea Credit Information Services once confirmed: new loans and cards can be hard to get while you repay, and the record is lifted after a period of steady repayment.',
    arrearsCreditImpact(lang),
  ];
}

/**
 * "연체되면 집 넘어가요?": whether any of their loans is secured on a home, first. Under the banks' standard terms for
 * household loans (은행 여신거래기본약관(가계용) 제7조) a mortgage loses the benefit of its term after two months of
 * unpaid interest (other loans after one): the whole balance falls due and the lender may apply to auction the
 * home (임의경매). Without a mortgage, no home is at stake for arrears alone.
 */
function foreclosureLines(data: TurnData, lang: Lang): string[] {
  const mortgages = activeLoans(data).filter((l) => l.kind === 'MORTGAGE');
  if (mortgages.length === 0)
    return [
      lang === 'ko'
        ? '고객님 대출 가운데 집을 담보로 잡은 주택담보대출은 없어, 연체만으로 집이 경매에 넘어가지는 않습니다. 다만 연체가 길어지면 남은 대출을 한꺼번에 갚으라는 요구와 신용점수 하락, 법적 회수 절차가 따를 수 있습니다.'
        : 'None of your loans is secured on a home, so arrears alone do not put a home up for auction; long arrears can still make the whole balance due, lower your credit score and lead to legal collection.',
    ];
  const names = formatList(
    mortgages.map((l) => loanName(l, lang)),
    lang,
  );
  return [
    lang === 'ko'
      ? `${names}은 집을 담보로 한 대출이라, 이자를 2개월 넘게 내지 못하면 남은 원금을 한꺼번에 갚아야 하고(기한의 이익 상실) 금융회사가 집의 경매를 신청할 수 있습니다. 그 전에 연락하면 상환유예나 채무조정으로 막을 방법이 있습니다.`
      : `Your ${names} is secured on your home: after two months of unpaid interest the whole balance falls due and the lender may apply to auction the home. Calling before then opens deferral and debt-adjustment options that can prevent it.`,
  ];
}

/**
 * "하루 늦게 내면 연체이자 얼마예요?", "if I pay a week late?": the penalty interest the loan's ledger shows on the day
 * the next instalment would be that late, nothing paid before (`lateness`: loan.delinquency as of that day — from the
 * day after the due date, actual/365, at the loan's penalty rate); an instalment falling due in between is named.
 */
function latePenaltyLead(l: LoanLine, x: LatenessData, data: TurnData, lang: Lang): string {
  const np = l.nextPayment!;
  const r = x.penaltyRate ? formatAnnualRate(x.penaltyRate, lang) : null;
  const more = new Decimal(x.overdueAmount.amount).gt(np.payment.amount);
  if (lang === 'en')
    return `If you pay your ${loanName(l, lang)} instalment of ${np.payment.text} (due ${date(np.dueDate, data, lang)}) ${x.days === 1 ? 'a day' : `${x.days} days`} late${x.payday ? `, on your payday (the ${formatOrdinal(x.payday)})` : ''}, about ${x.penaltyInterest.text} of penalty interest is added by then (${more ? `${x.overdueAmount.text} overdue by then, the next instalment included` : np.payment.text}${r ? ` × ${r}` : ''} × ${more ? 'the days overdue' : `${x.days} day${x.days === 1 ? '' : 's'}`} ÷ 365, from the day after the due date).`;
  const days = x.days === 1 ? '하루' : x.days === 7 ? '일주일' : `${x.days}일`;
  // "월급이 25일에 들어와서요": until that payday.
  const span = x.payday ? `월급날(${x.payday}일)까지 ${days}` : days;
  return koText`${date(np.dueDate, data, lang)} ${loanName(l, lang)} 납입분 ${np.payment.text}을/를 ${span} 늦게 내시면 연체이자는 약 ${x.penaltyInterest.text}입니다 (${more ? `그사이 돌아오는 다음 회차까지 연체금액 ${x.overdueAmount.text}` : np.payment.text}${r ? ` × ${r}` : ''} × ${more ? '연체일수' : `${x.days}일`} ÷ 365, 납입일 다음 날부터 계산).`;
}

/**
 * "두 번 연체하면 어떻게 돼요?", "what if I miss two payments?": the arrears and penalty interest the ledger shows the
 * day after the last missed instalment falls due (`lateness.missed`), then what the banks' standard terms for
 * household loans (은행 여신거래기본약관(가계용) 제7조) attach to it: interest unpaid for a month (a mortgage: two) or
 * instalments missed twice in a row (a mortgage: three times) end the benefit of the term, after notice three
 * business days ahead — the whole principal left falls due and penalty interest runs on all of it (principal ×
 * penalty rate ÷ 365 a day, floored to the won).
 */
function missedPaymentsLines(l: LoanLine, x: LatenessData, data: TurnData, lang: Lang): string[] {
  const np = l.nextPayment!;
  const n = x.missed!.count;
  const last = date(x.missed!.lastDueDate, data, lang);
  const r = x.penaltyRate ? formatAnnualRate(x.penaltyRate, lang) : null;
  const mortgage = l.kind === 'MORTGAGE';
  const accelerates = n >= (mortgage ? 3 : 2);
  const principal = l.outstandingPrincipal.text;
  const daily = x.penaltyRate
    ? formatWon(new Decimal(l.outstandingPrincipal.amount).mul(x.penaltyRate).div(365).floor(), lang)
    : null;
  if (lang === 'en')
    return [
      `If you miss ${n} ${loanName(l, lang)} instalments in a row from ${date(np.dueDate, data, lang)}, then on ${date(x.asOf, data, lang)}, once the last of them (due ${last}) is past, ${x.overdueAmount.text} is overdue with about ${x.penaltyInterest.text} of penalty interest (each instalment${r ? ` × ${r}` : ''} × its days overdue ÷ 365, from the day after its due date).`,
      accelerates
        ? `Under the banks' standard terms for household loans, missing ${mortgage ? 3 : 2} instalments in a row or ${mortgage ? 'two months' : 'a month'} of interest can cost you the benefit of the term: after notice three business days ahead, the whole ${principal} left falls due at once${daily ? ` and penalty interest runs on all of it — about ${daily} a day` : ''}.`
        : `A mortgage loses the benefit of its term after 3 instalments missed in a row (or two months of interest): one more and the whole ${principal} left could fall due at once.`,
    ];
  return [
    koText`${date(np.dueDate, data, lang)}부터 ${loanName(l, lang)}을/를 ${n}회 연속 내지 못하면, 마지막 회차(${last})의 납입일이 지난 ${date(x.asOf, data, lang)}에 연체금액은 ${x.overdueAmount.text}, 그때까지 붙는 연체이자는 약 ${x.penaltyInterest.text}입니다 (회차마다${r ? ` ${r} ×` : ''} 연체일수 ÷ 365, 납입일 다음 날부터 계산).`,
    accelerates
      ? `은행 여신거래기본약관(가계용)에 따라 분할상환금을 ${mortgage ? 3 : 2}회 이상 연속 내지 못하거나 이자를 ${mortgage ? '2개월' : '1개월'} 넘게 내지 못하면 기한의 이익을 잃을 수 있습니다: 은행이 3영업일 전까지 알린 뒤에는 남은 원금 ${principal} 전체를 한꺼번에 갚아야 하고${daily ? `, 연체이자도 그 전체에 붙어 하루 약 ${daily}이 됩니다` : ' 연체이자도 그 전체에 붙습니다'}.`
      : `주택담보대출은 분할상환금을 3회 이상 연속(이자는 2개월 넘게) 내지 못하면 기한의 이익을 잃을 수 있어, 한 번 더 밀리면 남은 원금 ${principal} 전체를 한꺼번에 갚아야 할 수 있습니다.`,
  ];
}

/**
 * QA round 21 (care21). A text about arrears ("문자가 왔는데 무서워요", "그럼 그 문자 뭐에요?"): with nothing overdue on record
 * it is a payment notice or smishing — don't tap its link or call its number; check in the lender's own app or on its
 * main number; report smishing to 118, the FSS on 1332.
 */
function arrearsTextLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const d = data.loans?.delinquency;
  if (!d) return null;
  const loans = activeLoans(data);
  const next = loans.find((l) => l.nextPayment);
  const lenders = lenderNames(loans, lang);
  const where =
    lang === 'ko'
      ? `${lenders.length ? lenders.join('·') : '거래 금융회사'} 공식 앱이나 대표번호`
      : `${lenders.length ? lenders.join(' or ') : 'your lender'}’s own app or main number`;
  const guard =
    lang === 'ko'
      ? `문자 속 링크를 누르거나 문자에 적힌 번호로 전화하지 마시고, ${where}로 직접 확인하세요.`
      : `Don’t tap a link in it or call a number it gives: check through ${where}.`;
  const lead =
    d.delinquentLoans === 0
      ? lang === 'ko'
        ? `기록상 연체가 없으니 그 문자는 ${next?.nextPayment ? koText`${date(next.nextPayment.dueDate, data, lang)} ${next.nextPayment.payment.text} 납입 안내이거나 ` : ''}연체를 핑계로 한 스미싱일 수 있습니다: ${guard}`
        : `With nothing overdue on record, that text is either ${next?.nextPayment ? `a notice of the ${next.nextPayment.payment.text} payment due ${date(next.nextPayment.dueDate, data, lang)} or ` : ''}smishing that uses arrears as bait: ${guard.charAt(0).toLowerCase()}${guard.slice(1)}`
      : lang === 'ko'
        ? `연체가 실제로 있으니 연체 안내 문자일 수 있지만, 스미싱일 수도 있습니다: ${guard}`
        : `There are arrears on record, so it may be a genuine notice — or smishing: ${guard.charAt(0).toLowerCase()}${guard.slice(1)}`;
  return [
    lead,
    lang === 'ko'
      ? '의심되는 문자는 ☎ 118(한국인터넷진흥원)에 신고할 수 있고, 금융감독원 ☎ 1332에서 피해 예방을 상담할 수 있습니다.'
      : 'Report a suspicious text to KISA on 118; the FSS (call 1332) advises on protecting your accounts.',
  ];
}

/**
 * QA round 21 (late21). **Decision:** "연체한 적 있어요?", "any late ones at all" is answered from the whole repayment
 * record (how many instalments, how many carried penalty interest) — no or yes first — then today's arrears.
 */
function everLateLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ledger = data.lastRepayments;
  if (!ledger) return null;
  const loans = activeLoans(data);
  const rows = ledger.loans.filter(
    (x) => x.count !== undefined && (!input.loan || x.loanId === input.loan.loanId),
  );
  if (!rows.length) return null;
  const ko = lang === 'ko';
  const lines = rows.map((x) => {
    const l = loans.find((y) => y.loanId === x.loanId);
    const name = l ? loanName(l, lang) : ko ? koText`${x.lender} 대출` : `${lenderInEnglish(x.lender)} loan`;
    const count = x.count ?? 0;
    const late = x.late ?? (x.recent ?? []).filter((r) => r.penalty.amount !== '0').length;
    if (count === 0)
      return ko
        ? koText`${name}은/는 아직 기록된 납입이 없습니다.`
        : `No payment on your ${name} is recorded yet.`;
    return late === 0
      ? ko
        ? koText`아니요, ${name}은/는 지금까지 낸 ${count}회 모두 제때 내셨습니다 (연체이자 0원).`
        : `No — all ${count} instalments on your ${name} so far were paid on time (no penalty interest).`
      : ko
        ? koText`네, ${name}의 납입 ${count}회 중 ${late}회가 늦어 연체이자가 붙었습니다.`
        : `Yes: ${late} of the ${count} instalments on your ${name} were late and carried penalty interest.`;
  });
  const overdue = (input.loan ? [input.loan] : loans)
    .map((l) => overdueLine(l, lang))
    .filter((x): x is string => !!x);
  return [
    ...(lines.length === 1 ? lines : lines.map((x) => `- ${x}`)),
    ...(overdue.length ? overdue : [ko ? '지금 연체된 금액도 없습니다.' : 'Nothing is overdue now either.']),
  ];
}

function arrears(input: IntentReplyInput): string[] {
  // QA round 24 (loan24). "며칠까지 봐줘요?" after the next payment: until when it is not late, then what follows.
  const grace = input.understanding.slots.graceUntil ? graceLines(input) : null;
  if (grace) return grace;
  // QA round 24 (plan24). "연체는 한번도 안했죠?": yes, all on time — first, without the late-payment lecture.
  const never = input.understanding.slots.neverLateAsked ? neverLateLines(input) : null;
  if (never) return never;
  const textLines = arrearsTextLines(input);
  if (input.understanding.slots.textMessage === 'ASKED' && textLines) return textLines;
  // "지난달 대출금 제대로 빠져나갔나요?" asked as a worry about arrears: the ledger's latest repayment first.
  const last = input.understanding.slots.lastPayment
    ? lastPaymentLines(input, activeLoans(input.data))
    : null;
  const record =
    input.understanding.slots.everLate && !input.understanding.slots.cardBill ? everLateLines(input) : null;
  if (record) return record;
  // QA round 21 (care21). "진짜요? 확실해요?" after "nothing is overdue": yes, from the record, then its last payment.
  if (last && input.understanding.slots.confirmed) {
    const d = input.data.loans?.delinquency;
    const none = d && d.delinquentLoans === 0;
    const lang = input.language;
    return [
      none
        ? lang === 'ko'
          ? `네, 확실합니다: ${date(input.data.asOf, input.data, lang)} 기준 대출 기록에 연체된 금액은 0원입니다.`
          : `Yes: as of ${date(input.data.asOf, input.data, lang)} your loan records show nothing overdue (₩0).`
        : lang === 'ko'
          ? koText`기록을 다시 보니 연체된 금액이 ${d!.totalOverdue.text} 있습니다.`
          : `Looking at the record again, ${d!.totalOverdue.text} is overdue.`,
      ...last,
    ];
  }
  if (input.understanding.slots.textMessage === 'SAID' && textLines) {
    const [first, ...rest] = arrearsBody(input);
    return [first, textLines[0], ...rest];
  }
  if (last) return [...last, arrearsCreditImpact(input.language)];
  if (input.understanding.slots.foreclosure)
    return [...foreclosureLines(input.data, input.language), ...arrearsBody(input)];
  // "신용카드 연체하면 어떻게 돼요?": the card company's bill and its arrears, not a loan's; "카드값 연체되면 신용점수
  // 많이 떨어져요?": what it does to the score, first.
  if (input.understanding.slots.cardBill)
    return input.understanding.slots.scoreKind === 'CREDIT'
      ? [arrearsCreditImpact(input.language), ...cardBillLines(input)]
      : cardBillLines(input);
  const body = arrearsBody(input);
  // QA round 23 (care23). "would that hit my credit score?" after "i'll be 2 weeks late": their case first.
  const own = input.understanding.slots.scoreKind === 'CREDIT' ? lateCreditLead(input) : null;
  const out = own
    ? [own, ...body]
    : input.understanding.slots.scoreKind === 'CREDIT'
      ? [arrearsCreditImpact(input.language), ...body]
      : body;
  // QA round 20 (loans). "대출 며칠 늦게 내도 돼요?" with no days to work out: yes, but as arrears, with a day's cost — first.
  const may = input.understanding.slots.lateAllowed && !input.data.lateness ? lateAllowedLine(input) : null;
  return may ? [may, ...out] : out;
}

/**
 * QA round 23 (care23). The credit score asked of a lateness in days ("2주 늦으면 신용점수 떨어져요?"): whether those
 * days cross the reporting line for this instalment — under 5 business days is usually not shared; 5 business days or
 * more on ₩100,000 or more is shared as short-term arrears (단기연체 정보, NICE·KCB); 90 days or more is long-term
 * arrears. Business days are the ledger's (QA round 24, loan24: weekends and the loans module's public holidays left
 * out, from the day after the due date). The penalty interest follows (arrearsBody's lead).
 */
function lateCreditLead(input: IntentReplyInput): string | null {
  const { data, language: lang } = input;
  const x = data.lateness;
  const l = data.loans ? lateLoan(data.loans.loans, input.loan) : null;
  const np = l?.nextPayment;
  if (!x || x.missed || !l || !np || l.delinquency.daysPastDue > 0) return null;
  // QA round 24 (loan24). The ledger's business days late (weekends and the loans module's public holidays left
  // out: 25 Dec and 1 Jan are not counted); Monday to Friday, "about", for data written before it.
  let business = x.businessDaysLate ?? 0;
  if (x.businessDaysLate === undefined)
    for (let i = 1; i <= x.days; i++) if (!isWeekend(addDays(np.dueDate, i))) business++;
  const about = x.businessDaysLate === undefined;
  const amount = new Decimal(np.payment.amount);
  const span =
    lang === 'ko'
      ? x.days % 7 === 0 && x.days <= 28
        ? `${x.days / 7 === 1 ? '일주일' : `${x.days / 7}주`}(${x.days}일)`
        : `${x.days}일`
      : x.days % 7 === 0 && x.days <= 28
        ? `${x.days / 7 === 1 ? 'a week' : `${x.days / 7} weeks`} (${x.days} days)`
        : `${x.days} days`;
  const due = date(np.dueDate, data, lang);
  if (business >= 5 && amount.gte(100_000))
    return lang === 'ko'
      ? koText`네, ${span} 늦으면 신용점수에 반영될 수 있습니다: ${due} 납입분 ${np.payment.text}은/는 10만원 이상이고 ${about ? '약 ' : ''}${business}영업일 연체라(주말·공휴일 제외), 5영업일을 넘는 순간 신용평가회사(NICE·KCB)에 단기연체 정보로 공유될 수 있습니다. 5영업일 안에 내면 보통 공유되지 않고, 90일 이상이면 장기연체(채무불이행) 정보로 등록됩니다.`
      : `Yes, ${span} late can show on your credit score: the ${np.payment.text} instalment due ${due} is ₩100,000 or more and would be ${about ? 'about ' : ''}${business} business days late (weekends and public holidays left out), so once it passes 5 business days it can be shared with the credit bureaus (NICE, KCB) as short-term arrears. Paid within 5 business days it is usually not shared; 90 days or more is registered as long-term arrears (a default).`;
  return lang === 'ko'
    ? koText`${span} 늦는 것은 보통 신용점수에 바로 반영되지 않습니다: ${due} 납입분 ${np.payment.text}${business < 5 ? koText`의 연체가 ${about ? '약 ' : ''}${business}영업일로 5영업일이 안 되어` : '이 10만원 미만이라'} 신용평가회사(NICE·KCB)에 단기연체 정보로 공유되는 기준에 못 미칩니다. 다만 5영업일 이상·10만원 이상이면 공유될 수 있고, 90일 이상이면 장기연체(채무불이행) 정보로 등록됩니다.`
    : `${span.charAt(0).toUpperCase()}${span.slice(1)} late usually does not reach your credit score: the ${np.payment.text} instalment due ${due} ${business < 5 ? `would be ${about ? 'about ' : ''}${business} business days late, under the 5` : 'is under ₩100,000'} that gets it shared with the credit bureaus (NICE, KCB) as short-term arrears. 5 business days or more on ₩100,000 or more can be shared, and 90 days or more is registered as long-term arrears (a default).`;
}

/** QA round 20 (loans). Paying late asked as may I: yes, but as arrears from the day after the due date, a day's cost. */
function lateAllowedLine(input: IntentReplyInput): string | null {
  const { data, language: lang } = input;
  const next = data.loans ? lateLoan(data.loans.loans, input.loan) : null;
  const rate = next?.delinquency.penaltyRate;
  if (!next?.nextPayment || !rate || next.delinquency.daysPastDue > 0) return null;
  const perDay = formatWon(
    new Decimal(next.nextPayment.payment.amount).mul(rate).div(365).floor().toFixed(0),
    lang,
  );
  return lang === 'ko'
    ? koText`늦게 내실 수는 있지만 납입일 다음 날부터 연체가 되어, ${date(next.nextPayment.dueDate, data, lang)} 납입분 ${next.nextPayment.payment.text}에 하루 약 ${perDay}씩 연체이자(${formatAnnualRate(rate, lang)})가 붙습니다.`
    : `You can, but it counts as late from the day after the due date: about ${perDay} of penalty interest a day (${formatAnnualRate(rate, lang)}) on the ${next.nextPayment.payment.text} instalment due ${date(next.nextPayment.dueDate, data, lang)}.`;
}

function arrearsBody(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const d = data.loans?.delinquency;
  if (!data.loans || !d) return [noLoans(lang)];
  const target = input.loan ? [input.loan] : activeLoans(data).filter((l) => l.delinquency.daysPastDue > 0);
  const overdue = target.filter((l) => l.delinquency.daysPastDue > 0);
  if (overdue.length === 0) {
    const next = lateLoan(data.loans.loans, input.loan);
    // "연체하면 이자 얼마나 붙어요?": nothing is late, so the answer is the rate a late payment would carry.
    const rate = next?.delinquency.penaltyRate;
    const late = next?.nextPayment && data.lateness?.loanNumber === next.loanNumber ? data.lateness : null;
    // QA round 20 (loans): what a day late costs on the next instalment (its amount × the penalty rate ÷ 365).
    const perDay =
      next?.nextPayment && rate
        ? formatWon(new Decimal(next.nextPayment.payment.amount).mul(rate).div(365).floor().toFixed(0), lang)
        : null;
    const penaltyRateLine =
      next && rate && !late
        ? [
            lang === 'ko'
              ? `${loanName(next, lang)} 납입이 늦어지면 늦은 금액에 ${formatAnnualRate(rate, lang)}의 연체이자가 날짜 수만큼 붙습니다${perDay ? ` (다음 납입분 ${next.nextPayment!.payment.text}이면 하루 약 ${perDay})` : ''}.`
              : `If a payment on your ${loanName(next, lang)} is late, penalty interest of ${formatAnnualRate(rate, lang)} runs on the late amount for each day it is late${perDay ? ` (about ${perDay} a day on the next ${next.nextPayment!.payment.text} instalment)` : ''}.`,
          ]
        : [];
    // QA round 20 (loans). "can i pay the loan a few days later?": yes, but as arrears — first, with a day's cost.
    const mayLead = (line: string) =>
      input.understanding.slots.lateAllowed && perDay
        ? lang === 'ko'
          ? `늦게 내실 수는 있지만 납입일 다음 날부터 연체가 되어 하루 약 ${perDay}씩 연체이자가 붙습니다: ${line}`
          : `You can, but it counts as late from the day after the due date, with about ${perDay} of penalty interest a day: ${line.charAt(0).toLowerCase()}${line.slice(1)}`
        : line;
    const np = next?.nextPayment;
    const ifLateLine =
      input.understanding.slots.ifLate && next && np && rate && !late
        ? [
            lang === 'ko'
              ? koText`${date(np.dueDate, data, lang)} ${loanName(next, lang)} 납입분 ${np.payment.text}을/를 못 내시면 납입일 다음 날부터 그 금액에 ${formatAnnualRate(rate, lang)}의 연체이자가 날짜 수만큼 붙습니다${perDay ? ` (하루 약 ${perDay})` : ''}.`
              : `If your ${loanName(next, lang)} instalment of ${np.payment.text} due ${date(np.dueDate, data, lang)} is not paid, penalty interest of ${formatAnnualRate(rate, lang)} runs on it for each day from the day after the due date${perDay ? ` — about ${perDay} a day` : ''}.`,
          ]
        : [];
    // QA round 23 (late23b). "휴 이번달 연체 없죠?", "phew, so i'm not behind on anything right?": the yes with the
    // figure, then the next payment — not what lateness would cost (nothing was asked about it).
    const sl = input.understanding.slots;
    if (sl.reliefAsked && !late && !ifLateLine.length && !sl.scoreKind && !sl.penaltyRateAsked && !sl.payday)
      return [
        lang === 'ko'
          ? '네, 현재 연체된 금액은 없습니다 (0원).'
          : "That's right — you have nothing overdue (₩0).",
        ...(next ? [nextPaymentLead(next, data, lang)] : []),
      ];
    return [
      // "하루 늦게 내면 연체이자 얼마예요?": what those days would cost on the next instalment, first.
      ...(next && late
        ? late.missed
          ? missedPaymentsLines(next, late, data, lang)
          : [mayLead(latePenaltyLead(next, late, data, lang))]
        : []),
      // "월급이 10일에 들어와요" with the instalment due after it: nothing needs to be late.
      ...(next?.nextPayment && input.understanding.slots.payday && !late
        ? [
            lang === 'ko'
              ? `월급날(${input.understanding.slots.payday}일)이 ${date(next.nextPayment.dueDate, data, lang)} 납입일보다 먼저라, 늦지 않게 내실 수 있습니다.`
              : `Your payday (the ${formatOrdinal(input.understanding.slots.payday)}) comes before the ${date(next.nextPayment.dueDate, data, lang)} due date, so you can pay on time.`,
          ]
        : []),
      // "월급날 뒤로 납입일을 옮길 수 있나요?": the lender changes the due date.
      ...(next && late?.payday ? [dueDateChangeLead(next, lang)] : []),
      // "이번 달 이자 못 내면 어떻게 돼요?": what missing the next instalment would start, first.
      ...ifLateLine,
      // "연체이자 몇 프로 붙어요?": the rate a late payment would carry, first; "연체된 거 있어요?": that nothing is late.
      ...(input.understanding.slots.penaltyRateAsked && !ifLateLine.length ? penaltyRateLine : []),
      lang === 'ko'
        ? `현재 연체된 금액은 없습니다 (0원, 연체이자 0원).`
        : 'You have nothing overdue (₩0, no penalty interest).',
      ...(input.understanding.slots.penaltyRateAsked || ifLateLine.length ? [] : penaltyRateLine),
      // "하루 늦으면 어떻게 돼요?": what lateness does beyond the interest (said first when the score was asked).
      ...(input.understanding.slots.scoreKind === 'CREDIT' ? [] : [arrearsCreditImpact(lang)]),
      // QA round 26 (en2). "I missed my December payment, what happens?": the instalment was named in the first line,
      // so the ways out follow (the hardship answer's ladder), not the next payment again.
      ...(ifLateLine.length ? reliefLadder(lang) : next ? [nextPaymentLead(next, data, lang)] : []),
    ];
  }
  const totalOverdue = overdue.reduce((a, l) => a.plus(l.delinquency.overdueAmount.amount), new Decimal(0));
  const totalPenalty = overdue.reduce((a, l) => a.plus(l.delinquency.penaltyInterest.amount), new Decimal(0));
  const lines = overdue.map((l) => {
    const x = l.delinquency;
    const rate = x.penaltyRate ? formatAnnualRate(x.penaltyRate, lang) : null;
    return lang === 'ko'
      ? `- ${loanName(l, lang)}: 연체 ${x.overdueAmount.text} (${formatCount(x.overdueInstallments, 'instalment', lang)}분, ${x.daysPastDue}일 경과), 연체이자 ${x.penaltyInterest.text}${rate ? ` (연체이자율 ${rate})` : ''}`
      : `- ${loanName(l, lang)}: ${x.overdueAmount.text} overdue (${formatCount(x.overdueInstallments, 'instalment', lang)}, ${x.daysPastDue} days), penalty interest ${x.penaltyInterest.text}${rate ? ` at ${rate}` : ''}`;
  });
  return [
    lang === 'ko'
      ? `연체된 금액은 ${formatWon(totalOverdue, lang)}이고, 지금까지 붙은 연체이자는 ${formatWon(totalPenalty, lang)}입니다.`
      : `You have ${formatWon(totalOverdue, lang)} overdue, and ${formatWon(totalPenalty, lang)} of penalty interest so far.`,
    ...lines,
    ...steps(lang, [
      lang === 'ko'
        ? '연체이자는 날마다 붙습니다. 연체분부터 갚으시면 연체이자가 더 늘지 않습니다.'
        : 'Penalty interest grows every day; paying the overdue amount first stops it growing.',
      lang === 'ko'
        ? '한 번에 어렵다면 거래 금융회사에 분할 납부나 상환유예를 상담하세요.'
        : 'If you cannot pay it at once, ask your lender about paying in parts or a deferral.',
    ]),
  ];
}

/**
 * "이번 달 카드값 못 낼 것 같아요": the bill (last month's card spending, which most card companies bill this
 * month — the period the plan reads), what a missed card payment costs (the card company's
 * penalty interest; ₩100,000+ unpaid for 5 business days+ is shared with the credit bureaus, as for loans), and what
 * to ask the card company before the due date. Revolving credit is named with its cost, not recommended.
 */
/** The statement that bills the month `s` covers (from its first day), and nothing else. */
function statementOf(s: SpendingSummaryData, data: TurnData) {
  return s.from.endsWith('-01')
    ? data.statements?.find((x) => x.month === addMonths(`${s.from.slice(0, 7)}-01`, 1).slice(0, 7))
    : undefined;
}

/**
 * The card bill of the month `s` covers: its use less the instalment purchases it holds in full, plus the instalments
 * on its statement — its use alone when no statement was read.
 */
function billAmount(s: SpendingSummaryData, data: TurnData): Decimal {
  const st = statementOf(s, data);
  const use = new Decimal(s.total.amount);
  return st ? use.minus(st.deferredTotal.amount).plus(st.portionTotal.amount) : use;
}

/**
 * "대출이자랑 카드값 합치면 한달에 얼마?", "12월에 나갈 돈 총 얼마야", "how much goes out in december in total?": the
 * loans' instalments due that month (paid or not) and the card bill due then (this month's the bill due, next month's
 * this month's use so far; further ahead none is known), summed first — then the bill as "카드값" answers it, and
 * each instalment.
 */
function outgoings(input: IntentReplyInput): string[] {
  const { data, language: lang, understanding } = input;
  if (understanding.slots.outgoingsNext) return twoMonthsOutgoings(input);
  const o = outgoingsOf(input);
  const { name, rows, bill, ahead } = o;
  const loans = sumWon(rows, (r) => r.payment, lang);
  const interest = sumWon(rows, (r) => r.interest, lang);
  const total = formatWon(o.total.toFixed(0), lang);
  const billText = bill && formatWon(bill.toFixed(0), lang);
  // QA round 23 (loan23). "뭐뭐 나가요?", "what makes that up", "헐 생각보다 많네", "그게 다예요?" after them: the same
  // figures (outgoingsOf), each part named first.
  if (understanding.slots.outgoingsParts && bill)
    return [outgoingsPartsLine(o, data, lang), ...instalmentDueLines(rows, data, lang)];
  const lead = !bill
    ? lang === 'ko'
      ? `${name} 나가는 대출 납입은 ${loans}(이자 ${interest})입니다; 그달 카드 결제액은 아직 쓰지 않은 금액이라 알 수 없습니다.`
      : `Loan payments due ${name} come to ${loans} (${interest} of it interest); that month's card bill is not known yet.`
    : lang === 'ko'
      ? `${name} 나가는 돈은 ${ahead === 1 ? '지금까지 약 ' : ''}${total}입니다: 대출 납입 ${loans}(이자 ${interest})과 카드 결제 ${billText}${ahead === 1 ? '(이번 달 지금까지 쓴 금액 기준)' : ''}.`
      : `Money going out ${name} comes to ${ahead === 1 ? 'about ' : ''}${total}${ahead === 1 ? ' so far' : ''}: ${loans} of loan payments (${interest} of it interest) and ${ahead === 1 ? `a ${billText} card bill (this month's spending so far)` : `the ${billText} card bill`}.`;
  // The bill as "이번 달 카드값" / "다음 달 카드값" answers it (the same reads), then each instalment.
  const billLines = bill
    ? spending({
        ...input,
        understanding: { ...understanding, slots: { ...understanding.slots, outgoings: false } },
      })
    : [];
  return [lead, ...billLines, ...instalmentDueLines(rows, data, lang)];
}

/**
 * QA round 25 (fixko2). "프리랜서라 수입이 들쭉날쭉해요. 이번달이랑 다음달에 빠져나갈 돈 정리해주세요": this month's
 * outgoings and next month's, each with its parts (outgoingsPartsLine) — this month's loan payments and the bill due
 * (last month's use), next month's loan payments and its bill so far (this month's use) — then each instalment, paid
 * or not (was the debt-workout answer).
 */
function twoMonthsOutgoings(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const o = outgoingsOf(input);
  const next = addMonths(`${data.asOf.slice(0, 7)}-01`, 1);
  const rowsOf = (month: string) => o.rows.filter((r) => r.dueDate.startsWith(month.slice(0, 7)));
  const sum = (rows: typeof o.rows, bill: Decimal | null) =>
    rows.reduce((a, r) => a.plus(r.payment.amount), bill ?? new Decimal(0));
  const thisRows = rowsOf(data.asOf);
  const s = data.spendingNextBill ?? undefined;
  const bill = s ? billAmount(s, data) : null;
  const nextRows = rowsOf(next);
  const months = [
    { ...o, rows: thisRows, total: sum(thisRows, o.bill) },
    {
      ahead: 1,
      rows: nextRows,
      name:
        lang === 'ko' ? `${Number(next.slice(5, 7))}월에` : `in ${MONTH_NAMES[Number(next.slice(5, 7)) - 1]}`,
      bill,
      st: s && bill ? statementOf(s, data) : undefined,
      s,
      total: sum(nextRows, bill),
    },
  ];
  const lines = months.map((m) =>
    m.bill
      ? outgoingsPartsLine(m, data, lang)
      : lang === 'ko'
        ? `${m.name} 나가는 대출 납입은 ${sumWon(m.rows, (r) => r.payment, lang)}입니다; 그달 카드 결제액은 알 수 없습니다.`
        : `Loan payments due ${m.name} come to ${sumWon(m.rows, (r) => r.payment, lang)}; that month's card bill is not known.`,
  );
  return [...lines, ...instalmentDueLines([...thisRows, ...nextRows], data, lang)];
}

/**
 * A month's outgoings, worked out once for the total and its parts (QA round 23, loan23: a follow-up read the bill
 * without its instalments, 799,547 → 704,481원): the loans' instalments due that month and the card bill due then
 * (billAmount: the use less what was bought on instalments, plus the instalments on the statement).
 */
function outgoingsOf(input: IntentReplyInput) {
  const { data, language: lang, understanding } = input;
  const ahead = understanding.slots.monthAhead ?? 0;
  const rows = data.instalmentsDue?.rows ?? [];
  const month = data.instalmentsDue?.from ?? addMonths(`${data.asOf.slice(0, 7)}-01`, ahead);
  const name =
    ahead === 0
      ? lang === 'ko'
        ? '이번 달'
        : 'this month'
      : lang === 'ko'
        ? `${Number(month.slice(5, 7))}월에`
        : `in ${MONTH_NAMES[Number(month.slice(5, 7)) - 1]}`;
  const s = data.spendingSummary;
  const bill = s && ahead <= 1 ? billAmount(s, data) : null;
  const st = s && bill ? statementOf(s, data) : undefined;
  const total = rows.reduce((a, r) => a.plus(r.payment.amount), bill ?? new Decimal(0));
  return { ahead, rows, name, bill, st, s, total };
}

/**
 * "12월에 나가는 돈 약 799,547원은 카카오뱅크 전세자금대출 납입 530,941원(12월 21일 (월))과 카드 결제 268,606원(일시불
 * 173,540원 + 할부 95,066원: “대한항공” 6개월 중 2회차)입니다.": the outgoings' parts, from the same figures as the total.
 */
function outgoingsPartsLine(o: ReturnType<typeof outgoingsOf>, data: TurnData, lang: Lang): string {
  const { name, rows, bill, st, s, ahead } = o;
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const loanParts = rows.map((r) =>
    lang === 'ko'
      ? `${loanName(r, lang)} 납입 ${r.payment.text}(${date(r.dueDate, data, lang)})`
      : `${r.payment.text} on your ${loanName(r, lang)} (${date(r.dueDate, data, lang)})`,
  );
  const portions = st?.portions ?? [];
  const lump = s && st ? new Decimal(s.total.amount).minus(st.deferredTotal.amount) : null;
  const list = portions
    .map((p) =>
      lang === 'ko'
        ? `${merchantLabel(p.merchant, phrase('category', null, lang), lang)} ${p.months}개월 중 ${p.number}회차`
        : `${merchantLabel(p.merchant, phrase('category', null, lang), lang)} ${p.number} of ${p.months}`,
    )
    .join(', ');
  const split =
    lump && portions.length > 0
      ? lang === 'ko'
        ? `일시불 ${won(lump)} + 할부 ${st!.portionTotal.text}: ${list}`
        : `${won(lump)} one-off and ${st!.portionTotal.text} of instalments: ${list}`
      : lang === 'ko'
        ? '할부 없음'
        : 'no instalments';
  const soFar = ahead === 1 ? (lang === 'ko' ? '지금까지 약 ' : 'about ') : '';
  const card =
    lang === 'ko'
      ? `카드 결제 ${won(bill!)}(${split}${ahead === 1 ? ', 이번 달 지금까지 쓴 금액 기준' : ''})`
      : `a ${won(bill!)} card bill (${split}${ahead === 1 ? '; this month’s spending so far' : ''})`;
  return lang === 'ko'
    ? koText`${name} 나가는 돈 ${soFar}${won(o.total)}은/는 ${[...loanParts, card].join(', ')}입니다.`
    : `Money going out ${name}, ${soFar}${won(o.total)}${ahead === 1 ? ' so far' : ''}, is made up of ${[loanParts.join(', '), card].filter((x) => x).join(' and ')}.`;
}

/**
 * A card bill with its instalments: the month's use (`s`, a whole or running month) less the instalment purchases it
 * holds in full, plus the instalments on the statement (`st`) — "이번 달 결제일에 청구되는 카드값은 약 1,849,330원입니다:
 * 지난달 일시불 사용분 1,754,260원에 할부 청구분 95,070원(…)을 더한 금액이며…". Null when no instalment touches the
 * statement (the month's use is then the bill) or the figures are narrowed to a category or merchant.
 */
function billWithInstalments(s: SpendingSummaryData, data: TurnData, lang: Lang): string | null {
  const st = statementOf(s, data);
  if (
    !st ||
    s.category ||
    s.merchant ||
    // QA round 20 (spend): a month narrowed abroad or online is not the bill (its instalments are the whole card's).
    s.locality ||
    s.channel ||
    s.days ||
    (st.portions.length === 0 && st.deferredTotal.amount === '0')
  )
    return null;
  const next = st.month > data.asOf.slice(0, 7);
  // Last month's statement ("지난달 카드값 얼마였어?"): a bill already due, of the month before it.
  const past = st.month < data.asOf.slice(0, 7);
  const used = formatMonth(s.from, lang);
  const lump = new Decimal(s.total.amount).minus(st.deferredTotal.amount);
  const total = formatWon(billAmount(s, data).toFixed(0), lang);
  const lumpText = formatWon(lump.toFixed(0), lang);
  const shown = st.portions.slice(0, 3);
  const more = st.portions.length - shown.length;
  const list = shown
    .map((p) =>
      lang === 'ko'
        ? `${merchantLabel(p.merchant, phrase('category', null, lang), lang)} ${p.months}개월 중 ${p.number}회차 ${p.amount.text}`
        : `${merchantLabel(p.merchant, phrase('category', null, lang), lang)} ${p.number} of ${p.months}, ${p.amount.text}`,
    )
    .join(', ')
    .concat(more > 0 ? (lang === 'ko' ? ` 외 ${more}건` : ` and ${more} more`) : '');
  const range = dayRange(s.from, s.through, data, lang);
  if (lang === 'ko') {
    const head = next
      ? koText`다음 달에 청구될 카드값은 오늘까지 약 ${total}입니다: 이번 달 일시불 사용분 ${lumpText}`
      : past
        ? koText`지난달 결제일에 청구된 카드값은 약 ${total}이었습니다: ${used} 일시불 사용분 ${lumpText}`
        : koText`이번 달 결제일에 청구되는 카드값은 약 ${total}입니다: 지난달 일시불 사용분 ${lumpText}`;
    const parts =
      st.portions.length > 0
        ? koText`${head}에 할부 청구분 ${st.portionTotal.text}(${list})을/를 더한 금액`
        : head;
    // "…더한 금액이며, 할부로 산 …은 나눠서 청구됩니다" — or, with nothing bought on instalments, "…더한 금액입니다".
    const deferred =
      st.deferredTotal.amount !== '0'
        ? koText`${past ? '이고' : '이며'}, ${next ? '이번 달' : past ? `${used}에` : '지난달'} 할부로 산 ${st.deferredTotal.text}은/는 한 번에 청구되지 않고 나눠서 청구됩니다`
        : past
          ? '이었습니다'
          : '입니다';
    return `${parts}${deferred} (${range} 사용분${next ? '; 이번 달 남은 기간 사용분이 더해지고' : ';'} 할부수수료는 카드사가 따로 붙입니다).`;
  }
  const head = next
    ? `Next month’s card bill comes to about ${total} so far: ${lumpText} of this month’s one-off spending`
    : past
      ? `The card bill due last month was about ${total}: ${lumpText} of one-off spending in ${used}`
      : `The card bill due this month is about ${total}: ${lumpText} of last month’s one-off spending`;
  const parts =
    st.portions.length > 0 ? `${head} plus ${st.portionTotal.text} of instalments (${list})` : head;
  const deferred =
    st.deferredTotal.amount !== '0'
      ? `; the ${st.deferredTotal.text} you bought on instalments ${next ? 'this month' : past ? `in ${used}` : 'last month'} is billed in parts, not at once`
      : '';
  return `${parts}${deferred} (spending of ${range}${next ? '; the rest of this month’s spending is added' : ''}; the card company adds its instalment fee).`;
}

/**
 * QA round 20 (spend). "why?", "왜 이렇게 많이 나왔어?", "어느 가게요?" after the card bill: what made it — the billed
 * month's largest merchants and categories (`billed`, last month's use, read with its merchants) — first (QA round 21,
 * card21: it came after the bill, which the customer had just been told), then the bill.
 */
function billMadeOf(input: IntentReplyInput, billed: SpendingSummaryData): string[] {
  const { data, language: lang } = input;
  const m = Number(billed.from.slice(5, 7));
  const month = lang === 'ko' ? `${m}월` : MONTH_NAMES[m - 1];
  const bill =
    billWithInstalments(billed, data, lang) ??
    (lang === 'ko'
      ? koText`이번 달 결제일에 청구되는 카드값은 보통 지난달 사용분으로 ${billed.total.text}입니다 (${dayRange(billed.from, billed.through, data, lang)}).`
      : `The bill due this month is usually last month’s spending: ${billed.total.text} (${dayRange(billed.from, billed.through, data, lang)}).`);
  // A purchase on instalments is in the month's use in full but on this bill a part at a time: said so.
  const split = statementOf(billed, data)?.portions ?? [];
  const merchants = rankedMerchants(billed, lang)
    .slice(0, 3)
    .map((m, i) => {
      const p = split.find((x) => x.merchant === billed.byMerchant?.[i]?.merchant);
      // QA round 21 (card21): and the part of it on this bill ("6개월 할부, 이번에는 1회차 95,070원").
      const note = !p
        ? ''
        : lang === 'ko'
          ? `(${p.months}개월 할부, 이 카드값에는 ${p.number}회차 ${p.amount.text})`
          : ` (over ${p.months} instalments; ${p.amount.text}, instalment ${p.number}, on this bill)`;
      return `${m.label} ${m.amount.text}${note}`;
    });
  const categories = rankedCategories(billed, lang)
    .slice(0, 3)
    .map((c) => `${c.label} ${c.amount.text}`);
  const made =
    merchants.length === 0
      ? []
      : [
          lang === 'ko'
            ? `이 카드값은 ${month} 사용분으로, 그달 가장 많이 쓰신 곳은 ${formatList(merchants, lang)}입니다${categories.length ? ` (분야별로는 ${formatList(categories, lang)})` : ''}.`
            : `That bill is ${month}’s spending; you spent the most that month at ${formatList(merchants, lang)}${categories.length ? ` (by category: ${formatList(categories, lang)})` : ''}.`,
        ];
  // QA round 24 (spend24b). "왜 그렇게 많이 나와? 이번달 17만원밖에 안썼는데": the bill is the month before's use —
  // said first, with what made it — and this month's use is billed next month.
  const now = data.spendingSummary;
  if (input.understanding.slots.spentLittle && now && now.period !== billed.period && merchants.length > 0) {
    const billTotal = formatWon(billAmount(billed, data).toFixed(0), lang);
    const next = formatWon(billAmount(now, data).toFixed(0), lang);
    return [
      lang === 'ko'
        ? koText`이번 달 결제일의 카드값 약 ${billTotal}은/는 이번 달이 아니라 ${month} 사용분이라 많습니다: 그달 가장 많이 쓰신 곳은 ${formatList(merchants, lang)}입니다.`
        : `This month’s bill of about ${billTotal} is ${month}’s spending, not this month’s: that month you spent the most at ${formatList(merchants, lang)}.`,
      lang === 'ko'
        ? koText`이번 달에 쓰신 ${now.total.text}은/는 다음 달 결제일에 청구되고, 할부 청구분을 더해 오늘까지 약 ${next}입니다.`
        : `What you spent this month, ${now.total.text}, is billed next month: about ${next} so far with the instalments.`,
      bill,
    ];
  }
  // QA round 21 (card21). "왜 이렇게 많아요?", "why that high": what made it answers, first; the bill after.
  return [...made, bill];
}

/** The card bill due this month (last month's one-off use and the instalments on the statement), when read. */
function billDueLine(input: IntentReplyInput): string | null {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  if (!s) return null;
  return (
    billWithInstalments(s, data, lang) ??
    (lang === 'ko'
      ? koText`이번 달 결제일에 보통 청구되는 지난달 카드 이용액은 ${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}, ${date(s.from, data, lang)} ~ ${date(s.through, data, lang)}).`
      : `Last month’s card spending, which most card companies bill this month, was ${s.total.text} (${formatCount(s.purchaseCount, 'transaction', lang)}, ${date(s.from, data, lang)} to ${date(s.through, data, lang)}).`)
  );
}

function cardBillLines(input: IntentReplyInput): string[] {
  const lang = input.language;
  const bill = billDueLine(input);
  return [
    ...(bill ? [bill] : []),
    lang === 'ko'
      ? '카드값을 결제일에 못 내면 카드사 연체이자가 붙고, 10만원 이상을 5영업일 넘게 못 내면 연체 정보가 신용평가사에 공유됩니다. 결제일 전에 카드사에 연락해 분할납부나 결제일 변경을 문의하세요. 리볼빙(일부결제금액이월)은 당장은 부담이 줄지만 높은 수수료가 계속 붙어 빚이 커지기 쉽습니다.'
      : 'A card bill not paid on its due date carries the card company’s penalty interest, and ₩100,000 or more unpaid for 5 business days is reported to the credit bureaus. Call the card company before the due date to ask about paying in instalments or moving the payment date. Revolving credit eases this month but keeps charging a high fee, so the debt tends to grow.',
  ];
}

/**
 * "채무조정 신청하면 무조건 되는 거죠?": no — it is reviewed; "개인회생 하면 어떻게 돼요?": what the court's procedures
 * are and cost, said before the gentler options that come first (채무자 회생 및 파산에 관한 법률: a repayment plan of
 * three years, five at most, then the rest discharged; bankruptcy's discharge when nothing can be paid).
 */
function reliefLead(relief: 'COURT' | 'CERTAIN', lang: Lang): string {
  if (relief === 'CERTAIN')
    return lang === 'ko'
      ? '아니요, 채무조정은 신청한다고 모두 받아들여지지 않습니다: 금융회사나 신용회복위원회가 소득, 빚의 규모, 연체 기간을 보고 심사해 조정 여부와 조건을 정합니다.'
      : 'No: debt restructuring is not granted just because you apply. The lender or the Credit Counseling & Recovery Service reviews your income, how much you owe and how long it has been overdue, and decides whether and on what terms.';
  return lang === 'ko'
    ? '개인회생은 법원에 신청해 보통 3년(최장 5년) 동안 소득에서 생계비를 뺀 금액을 갚고 나머지 빚을 면제받는 절차이고, 개인파산은 갚을 능력이 없을 때 법원이 빚을 면책하는 절차입니다. 둘 다 신용정보에 기록이 남아 한동안 대출과 카드 이용이 어려우니, 그 전에 아래의 상환유예나 채무조정부터 알아보세요.'
    : 'Individual rehabilitation (개인회생) is a court procedure: you pay what your income leaves after living costs for usually three years (five at most), and the rest of the debt is written off; personal bankruptcy has the court discharge debts you cannot pay at all. Both stay on your credit record and make loans and cards hard to get for years, so look at the deferral and restructuring options below first.';
}

/**
 * "카드 최소결제금액 얼마예요?": the bill due this month (the card company's minimum is a share of it that fingraph does not
 * hold: it is on the statement and in the card company's app), and that the rest carried over is revolving.
 */
/** The usual minimum payment of a card bill (최소결제비율: 10 % at most card companies; the card's own is on its statement). */
const USUAL_MINIMUM_SHARE = new Decimal('0.1');
/** The card companies' revolving fees, a year: from about 15 % up to just under the legal maximum of 20 %. */
const REVOLVING_FEE_RANGE = [new Decimal('0.15'), new Decimal('0.199')] as const;

/**
 * "how much would it cost me?" after what revolving is, "리볼빙 하면 나는 얼마 내요?": the bill due this month, the
 * usual 10 % minimum paid and the rest carried a month at 15–19.9 % a year — a range, the card's own fee being the card
 * company's (Decimal, floored to the won).
 */
function revolvingCostLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  const bill = s ? billAmount(s, data) : new Decimal(0);
  if (bill.lte(0))
    return [
      lang === 'ko'
        ? '이번 달 결제일에 청구될 카드값이 없어 리볼빙으로 넘길 금액도 없습니다.'
        : 'There is no card bill due this month, so there is nothing to carry over as revolving credit.',
    ];
  const minimum = bill.times(USUAL_MINIMUM_SHARE).toDecimalPlaces(0, Decimal.ROUND_CEIL);
  const carried = bill.minus(minimum);
  const [low, high] = REVOLVING_FEE_RANGE.map((r) =>
    formatWon(carried.times(r).div(12).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toFixed(0), lang),
  );
  const w = (d: Decimal) => formatWon(d.toFixed(0), lang);
  return [
    lang === 'ko'
      ? koText`이번 달 카드값 약 ${w(bill)} 중 최소결제 10 %인 ${w(minimum)}만 내고 ${w(carried)}을/를 리볼빙으로 넘기면, 수수료가 연 15~19.9 %일 때 한 달에 약 ${low}~${high}이/가 붙어 다음 달 카드값에 더해집니다.`
      : `Of this month’s card bill of about ${w(bill)}, paying the usual 10% minimum (${w(minimum)}) and carrying ${w(carried)} as revolving credit would cost about ${low}–${high} for one month at a fee of 15–19.9% a year, added to next month’s bill.`,
    lang === 'ko'
      ? '넘긴 금액을 다 갚을 때까지 수수료는 매달 붙고 그달 새로 쓴 금액도 함께 청구됩니다. 실제 최소결제비율과 수수료율은 카드사 앱이나 명세서에 있습니다.'
      : 'The fee is charged every month until the carried amount is repaid, on top of what you spend that month; your card’s own minimum ratio and fee rate are in the card company’s app or statement.',
  ];
}

function minimumPaymentLines(input: IntentReplyInput): string[] {
  const lang = input.language;
  const bill = billDueLine(input);
  return [
    ...(input.understanding.slots.minimumIfPaid ? minimumIfPaidLead(input) : []),
    ...(bill ? [bill] : []),
    lang === 'ko'
      ? '최소결제금액은 카드사가 이 청구액과 약정한 결제비율로 정해 명세서와 카드사 앱에 알려 주는 금액이라 이 앱에는 없습니다. 최소금액만 내면 나머지는 리볼빙으로 넘어가 높은 수수료가 붙습니다.'
      : 'The minimum payment is a share of this bill that the card company sets by your agreed payment ratio and shows on the statement and in its app; this app does not hold it. Paying only the minimum carries the rest over as revolving credit, which is charged a high fee.',
  ];
}

/**
 * QA round 22 (verdict). "최소결제하면 얼마에요?": the usual minimum (10 % of this month's bill, rounded up to the won, as
 * the revolving answer takes it) first, and the rest carried over as revolving; nothing without a bill due.
 */
function minimumIfPaidLead(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  const bill = s ? billAmount(s, data) : new Decimal(0);
  if (bill.lte(0)) return [];
  const w = (d: Decimal) => formatWon(d.toFixed(0), lang);
  const minimum = bill.times(USUAL_MINIMUM_SHARE).toDecimalPlaces(0, Decimal.ROUND_CEIL);
  const carried = bill.minus(minimum);
  return [
    lang === 'ko'
      ? koText`최소결제만 하시면 이번 달 약 ${w(minimum)}을/를 내시면 됩니다: 이번 달 카드값 약 ${w(bill)}의 10 %(대부분 카드사의 최소결제비율)이고, 나머지 ${w(carried)}은/는 리볼빙으로 넘어가 수수료가 붙습니다.`
      : `Paying only the minimum would be about ${w(minimum)} this month: 10% (most card companies’ minimum ratio) of this month’s card bill of about ${w(bill)}; the other ${w(carried)} carries over as revolving credit and is charged a fee.`,
  ];
}

/**
 * "is that a lot?", "그게 많은 거예요?" after revolving's cost on their bill: yes — the card companies' revolving fees (15–19.9 %
 * a year) sit just under the legal maximum of 20 %, several times the rate of the customer's own loans; the cost follows.
 */
function revolvingJudgedLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const [low, high] = REVOLVING_FEE_RANGE;
  const loans = activeLoans(data).filter((l) => new Decimal(l.annualRate).gt(0));
  const cheapest = loans.length
    ? loans.reduce((a, l) => (new Decimal(l.annualRate).lt(a.annualRate) ? l : a))
    : null;
  const times = cheapest
    ? [low, high].map((r) => r.div(cheapest.annualRate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0))
    : null;
  const against =
    cheapest && times
      ? lang === 'ko'
        ? koText`, 고객님 ${loanName(cheapest, lang)} 금리 ${formatAnnualRate(cheapest.annualRate, lang)}의 약 ${times[0] === times[1] ? times[0] : `${times[0]}~${times[1]}`}배입니다`
        : `, about ${times[0] === times[1] ? times[0] : `${times[0]}–${times[1]}`} times the ${formatAnnualRate(cheapest.annualRate, lang)} of your ${loanName(cheapest, lang)}`
      : '';
  const cost = revolvingCostLines(input);
  return [
    lang === 'ko'
      ? `네, 적지 않은 비용입니다: 리볼빙 수수료 연 15~19.9%는 법정 최고금리 연 20%에 거의 닿는 수준으로${against || ' 은행 대출 금리보다 훨씬 높습니다'}.`
      : `Yes, it is a lot: a revolving fee of 15–19.9% a year is close to the legal maximum of 20%${against || ', far above what a bank loan costs'}.`,
    ...cost,
    lang === 'ko'
      ? '카드값을 한 번에 내기 어렵다면 리볼빙보다 결제일 전에 카드사에 할부 전환이나 결제일 변경을 먼저 물어보세요: 수수료가 정해진 기간에만 붙고 갚는 날이 정해져 있습니다.'
      : 'If the bill is hard to pay at once, ask the card company about converting it into instalments or moving the payment date before revolving: the fee then runs for a set term and the debt has an end.',
  ];
}

/** A whole bill converted into instalments: the fee of `months` months at a year's rate, on the principal still owed. */
function conversionFee(bill: Decimal, rate: Decimal, months: number): Decimal {
  return bill
    .times(rate)
    .div(12)
    .times(months + 1)
    .div(2)
    .toDecimalPlaces(0, Decimal.ROUND_FLOOR);
}

/** The card companies' instalment fees, a year (여신금융협회 공시: about 10 % up to just under the legal 20 %). */
const INSTALMENT_FEE_RANGE = [new Decimal('0.1'), new Decimal('0.199')] as const;

/**
 * The bill due this month converted into 6 monthly instalments (할부 전환): a month's principal and the fee in all at
 * the card companies' range — an example, the card's own rate being the card company's.
 */
function conversionExampleLine(input: IntentReplyInput): string | null {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  const bill = s ? billAmount(s, data) : new Decimal(0);
  if (bill.lte(0)) return null;
  const months = 6;
  const w = (d: Decimal) => formatWon(d.toFixed(0), lang);
  const [low, high] = INSTALMENT_FEE_RANGE.map((r) => w(conversionFee(bill, r, months)));
  const monthly = bill.div(months).toDecimalPlaces(0, Decimal.ROUND_CEIL);
  return lang === 'ko'
    ? koText`예를 들어 이번 달 카드값 약 ${w(bill)}을/를 ${months}개월 할부로 전환하면 한 달에 원금 약 ${w(monthly)}씩 나눠 내고, 수수료는 연 10~19.9%일 때 모두 약 ${low}~${high}입니다 (남은 원금에 매달 붙는 방식).`
    : `For example, converting this month’s card bill of about ${w(bill)} into ${months} monthly instalments would mean about ${w(monthly)} of principal a month and a fee of about ${low}–${high} in all at 10–19.9% a year (charged monthly on the principal still owed).`;
}

/** The months a card bill's conversion is shown over when none is asked ("카드값 할부로 돌리면 얼마씩 내요?"). */
const CONVERSION_TERMS = [3, 6, 12] as const;

/**
 * QA round 21 (card21). "카드값 할부로 돌리면 얼마씩 내요?", "6개월로" after it: the bill due this month converted into
 * instalments — a month's payment (the principal split plus the fee, averaged over the term) and the fee in all, at the
 * card companies' 10–19.9 % a year (conversionFee), over the months asked or the usual 3, 6 and 12. An example: the
 * card's own rate and whether it converts are the card company's.
 */
function conversionLines(input: IntentReplyInput, asked: number): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  const bill = s ? billAmount(s, data) : new Decimal(0);
  if (bill.lte(0))
    return [
      lang === 'ko'
        ? '이번 달 결제일에 청구될 카드값이 없어 할부로 돌릴 금액도 없습니다.'
        : 'There is no card bill due this month, so there is nothing to convert into instalments.',
    ];
  const w = (d: Decimal) => formatWon(d.toFixed(0), lang);
  const terms = asked >= 2 ? [asked] : [...CONVERSION_TERMS];
  const each = terms.map((n) => {
    const [feeLow, feeHigh] = INSTALMENT_FEE_RANGE.map((r) => conversionFee(bill, r, n));
    const month = (fee: Decimal) => bill.plus(fee).div(n).toDecimalPlaces(0, Decimal.ROUND_CEIL);
    return { n, feeLow, feeHigh, low: month(feeLow), high: month(feeHigh) };
  });
  if (each.length === 1) {
    const [x] = each;
    const principal = w(bill.div(x.n).toDecimalPlaces(0, Decimal.ROUND_CEIL));
    return [
      lang === 'ko'
        ? koText`이번 달 카드값 약 ${w(bill)}을/를 ${x.n}개월 할부로 돌리면 한 달에 약 ${w(x.low)}~${w(x.high)}씩 내게 됩니다 (원금 약 ${principal}에 연 10~19.9% 수수료를 더한 평균, 수수료는 모두 약 ${w(x.feeLow)}~${w(x.feeHigh)}).`
        : `Converting this month’s card bill of about ${w(bill)} into ${x.n} monthly instalments means paying about ${w(x.low)}–${w(x.high)} a month (about ${principal} of principal plus a fee of 10–19.9% a year, averaged; the fee comes to about ${w(x.feeLow)}–${w(x.feeHigh)} in all).`,
      CONVERSION_WHERE[lang],
    ];
  }
  return [
    lang === 'ko'
      ? koText`이번 달 카드값 약 ${w(bill)}을/를 할부로 돌리면 한 달에 ${each.map((x) => `${x.n}개월이면 약 ${w(x.low)}~${w(x.high)}`).join(', ')}씩 내게 됩니다 (원금을 나눈 금액에 연 10~19.9% 수수료를 더한 평균).`
      : `Converting this month’s card bill of about ${w(bill)} into instalments means paying about ${each.map((x) => `${w(x.low)}–${w(x.high)} a month over ${x.n} months`).join(', ')} (the principal split, plus a fee of 10–19.9% a year, averaged).`,
    lang === 'ko'
      ? koText`수수료는 모두 ${each.map((x) => `${x.n}개월 약 ${w(x.feeLow)}~${w(x.feeHigh)}`).join(', ')}으로/로, 기간이 길수록 한 달 부담은 줄고 수수료는 늘어납니다.`
      : `The fee comes to about ${each.map((x) => `${w(x.feeLow)}–${w(x.feeHigh)} over ${x.n} months`).join(', ')}: a longer term lowers the monthly payment and raises the fee.`,
    CONVERSION_WHERE[lang],
  ];
}

/** QA round 23 (care23). The usual purchase instalment terms, and the one led with when none is said. */
const PURCHASE_TERMS = [2, 3, 6, 12] as const;
const PURCHASE_DEFAULT_TERM = 3;

/**
 * QA round 23 (care23). "300만원 할부로 하면 한달에 얼마예요?": the month's payment for the term said (or 3 months), with the
 * instalment fee range the conversion answer takes (연 10~19.9 %, `INSTALMENT_FEE_RANGE`) and interest-free (무이자
 * 할부: the amount ÷ months) — first; then the usual 2/3/6/12 months and the fee in all.
 */
function instalmentPlanLines(input: IntentReplyInput): string[] {
  const lang = input.language;
  const slots = input.understanding.slots;
  const amount = new Decimal(slots.instalmentPlan!);
  const w = (d: Decimal) => formatWon(d.toFixed(0), lang);
  // QA round 24 (mood24). "-300만원 할부로 하면…": a negative amount is no purchase to split.
  if (amount.isNegative())
    return [
      lang === 'ko'
        ? `${w(amount)}처럼 마이너스 금액은 할부로 나눌 수 없으니, 결제하실 금액(예: ${w(amount.negated())})을 말씀해 주시면 한 달 납입액을 계산해 드릴게요.`
        : `A negative amount like ${w(amount)} can’t be split into instalments; tell me the amount you’ll pay (e.g. ${w(amount.negated())}) and I’ll work out the monthly payment.`,
    ];
  const asked =
    slots.instalmentPlanMonths && slots.instalmentPlanMonths >= 2 ? slots.instalmentPlanMonths : null;
  const at = (n: number) => {
    const [feeLow, feeHigh] = INSTALMENT_FEE_RANGE.map((r) => conversionFee(amount, r, n));
    const month = (fee: Decimal) => amount.plus(fee).div(n).toDecimalPlaces(0, Decimal.ROUND_CEIL);
    return {
      n,
      free: amount.div(n).toDecimalPlaces(0, Decimal.ROUND_CEIL),
      feeLow,
      feeHigh,
      low: month(feeLow),
      high: month(feeHigh),
    };
  };
  const lead = at(asked ?? PURCHASE_DEFAULT_TERM);
  const others = PURCHASE_TERMS.filter((n) => n !== lead.n).map(at);
  return [
    lang === 'ko'
      ? koText`${w(amount)}을/를 ${lead.n}개월 할부로 하시면 한 달에 약 ${w(lead.low)}~${w(lead.high)}씩 내게 됩니다 (원금 약 ${w(lead.free)}에 할부수수료 연 10~19.9%를 더한 평균, 수수료는 모두 약 ${w(lead.feeLow)}~${w(lead.feeHigh)}; 무이자 할부면 ${w(lead.free)}씩).`
      : `${w(amount)} over ${lead.n} monthly instalments is about ${w(lead.low)}–${w(lead.high)} a month (about ${w(lead.free)} of principal plus an instalment fee of 10–19.9% a year, averaged; the fee comes to about ${w(lead.feeLow)}–${w(lead.feeHigh)} in all; interest-free, ${w(lead.free)} a month).`,
    lang === 'ko'
      ? `다른 기간이면 ${others.map((x) => `${x.n}개월 약 ${w(x.low)}~${w(x.high)}(수수료 약 ${w(x.feeLow)}~${w(x.feeHigh)})`).join(', ')}으로, 기간이 길수록 한 달 부담은 줄고 수수료는 늘어납니다.`
      : `Over other terms: ${others.map((x) => `${x.n} months about ${w(x.low)}–${w(x.high)} a month (fee about ${w(x.feeLow)}–${w(x.feeHigh)})`).join(', ')} — a longer term lowers the monthly payment and raises the fee.`,
    lang === 'ko'
      ? '2~3개월(병원·대형 가맹점은 6개월까지) 무이자 할부를 해 주는 카드사가 많으니, 결제 전에 카드사 앱에서 무이자 할부 행사와 실제 수수료율을 확인하세요.'
      : 'Many card companies offer 2–3 months interest-free (up to 6 at hospitals and large merchants): check the card company’s app for an interest-free offer and your card’s own fee rate before paying.',
  ];
}

const CONVERSION_WHERE: Record<Lang, string> = {
  ko: '실제 수수료율과 할부 전환이 되는지는 카드사 앱이나 고객센터에서 결제일 전에 확인하세요.',
  en: 'Your card’s own rate, and whether the bill can be converted, are in the card company’s app or on its customer line — check before the payment date.',
};

/**
 * "이번 달 카드값 못 낼 것 같아요", "i think i'll have to skip the card payment", "what if i can't pay it?" after the bill:
 * the card bill due and what missing it costs, then what converting it or revolving would cost on that bill, and where
 * to call — the card company first; no loan's payment (QA round 20: the loan's ₩530,941 and its ladder).
 */
function cardHardshipLines(input: IntentReplyInput, opener: Record<Lang, string> | null): string[] {
  const lang = input.language;
  const [bill, ...rest] = cardBillLines(input);
  const conversion = conversionExampleLine(input);
  const revolving = input.data.spendingSummary ? revolvingCostLines(input)[0] : null;
  const tone = opener ? DISTRESS_FOLLOW : input.emotion ? TONE[input.emotion.label] : null;
  return [
    opener && bill ? withOpener(opener[lang], bill, lang) : bill,
    ...rest,
    ...(conversion ? [conversion] : []),
    ...(revolving ? [revolving] : []),
    ...(tone ? [tone[lang]] : []),
    ...steps(lang, [
      lang === 'ko'
        ? '결제일 전에 카드사에 연락해 할부 전환(분할납부)이나 결제일 변경이 되는지 물어보세요: 연체가 되기 전에 할수록 고를 수 있는 방법이 많습니다.'
        : 'Call the card company before the payment date and ask about converting the bill into instalments or moving the date: the earlier, before anything is late, the more options you have.',
      lang === 'ko'
        ? '이미 연체가 되었거나 여러 빚이 함께 밀린다면 신용회복위원회(☎ 1600-5500) 채무조정으로 카드 빚도 함께 조정할 수 있습니다.'
        : 'If it is already late, or several debts are falling behind together, the Credit Counseling & Recovery Service (call 1600-5500) can restructure card debt too.',
      lang === 'ko'
        ? '서민금융진흥원 서민금융콜센터(☎ 1397)에서 무료로 상담받을 수 있습니다.'
        : 'The Korea Inclusive Finance Agency (call 1397) advises for free.',
    ]),
  ];
}

/**
 * QA round 28 (lead). "뭐부터 내야 돼요?", "which one do i pay first?" after a hardship answer: the card bill before the
 * loan when both are short — a late card bill costs the card company's penalty interest (about 15–20 % a year) and can
 * stop the card, above the loan's own penalty rate — then that whichever is left unpaid is called about before its
 * date; with loans alone, the one with the highest penalty rate (or the earliest) first. Figures from the turn's data.
 */
function payFirstLines(input: IntentReplyInput, loans: LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const s = data.spendingSummary;
  const bill = input.understanding.slots.cardBill && s ? billAmount(s, data) : new Decimal(0);
  const due = loans
    .filter((l) => l.nextPayment)
    .sort(
      (a, b) =>
        new Decimal(b.delinquency.penaltyRate ?? 0).cmp(a.delinquency.penaltyRate ?? 0) ||
        a.nextPayment!.dueDate.localeCompare(b.nextPayment!.dueDate),
    );
  const loanPhrase = (l: LoanLine) => {
    const rate = l.delinquency.penaltyRate ? formatAnnualRate(l.delinquency.penaltyRate, lang) : null;
    return ko
      ? `${loanName(l, lang)} ${date(l.nextPayment!.dueDate, data, lang)} 납입분 ${l.nextPayment!.payment.text}${rate ? `(연체이자 ${rate})` : ''}`
      : `your ${loanName(l, lang)} payment of ${l.nextPayment!.payment.text} due ${date(l.nextPayment!.dueDate, data, lang)}${rate ? ` (penalty interest ${rate})` : ''}`;
  };
  const lead =
    bill.gt(0) && due.length > 0
      ? ko
        ? koText`둘 다 한 번에 내기 어렵다면 보통 카드값부터 막는 편이 낫습니다: 이번 달 카드값 약 ${formatWon(bill.toFixed(0), lang)}은/는 밀리면 카드사 연체이자(보통 연 15~20%, 법정 최고 연 20%)가 붙고 카드 이용이 정지될 수 있는데, ${loanPhrase(due[0])}은/는 그보다 연체이자가 낮습니다.`
        : `If you can’t pay both in full, the card bill usually comes first: this month’s bill of about ${formatWon(bill.toFixed(0), lang)} carries the card company’s penalty interest (usually 15–20% a year, 20% being the legal maximum) if late and can get the card stopped, while ${loanPhrase(due[0])} costs less if late.`
      : due.length > 1
        ? ko
          ? koText`연체이자가 가장 높은 것부터 내세요: ${due.map(loanPhrase).join(', ')} 순서입니다.`
          : `Pay the one with the highest penalty interest first: ${due.map(loanPhrase).join(', then ')}.`
        : due.length === 1
          ? ko
            ? koText`지금 내실 대출은 ${loanPhrase(due[0])} 하나라, 이것부터 챙기시면 됩니다.`
            : `The one loan payment to make is ${loanPhrase(due[0])}, so that comes first.`
          : bill.gt(0)
            ? ko
              ? koText`상환 중인 대출 납입이 없어 이번 달 카드값 약 ${formatWon(bill.toFixed(0), lang)}부터 챙기시면 됩니다.`
              : `You have no loan payment due, so this month’s card bill of about ${formatWon(bill.toFixed(0), lang)} comes first.`
            : ko
              ? '지금 기록된 대출 납입이나 카드값이 없어 먼저 낼 것이 없습니다.'
              : 'There is no loan payment or card bill on file to pay first.';
  return [
    lead,
    bill.gt(0) || due.length > 1
      ? ko
        ? '어느 쪽이든 10만원 이상을 5영업일 넘게 못 내면 연체 정보가 신용평가사에 공유되니, 전액을 못 내는 쪽은 납입일 전에 먼저 연락하세요.'
        : 'Either way, ₩100,000 or more unpaid for 5 business days is reported to the credit bureaus, so call whichever you can’t pay in full before its date.'
      : ko
        ? '10만원 이상을 5영업일 넘게 못 내면 연체 정보가 신용평가사에 공유되니, 전액이 어려우면 납입일 전에 먼저 연락하세요.'
        : '₩100,000 or more unpaid for 5 business days is reported to the credit bureaus, so if you can’t pay it in full, call before the date.',
    ...steps(lang, [
      ...(bill.gt(0)
        ? [
            ko
              ? '카드값이 부족하면 결제일 전에 카드사에 할부 전환(분할납부)이나 결제일 변경을 물어보세요.'
              : 'If the card bill is short, ask the card company before its date to split it into instalments or move the date.',
          ]
        : []),
      ...(due.length > 0
        ? [
            ko
              ? koText`대출이 부족하면 ${date(due[0].nextPayment!.dueDate, data, lang)} 전에 ${due[0].lender}에 상환유예나 기한연장을 상담하세요.`
              : `If the loan payment is short, call ${lenderInEnglish(due[0].lender)} before ${date(due[0].nextPayment!.dueDate, data, lang)} about a deferral or an extension.`,
          ]
        : []),
      ko
        ? '여러 빚이 함께 밀릴 것 같으면 신용회복위원회(☎ 1600-5500)나 서민금융진흥원(☎ 1397)에서 무료로 상담받을 수 있습니다.'
        : 'If several debts are falling behind together, the Credit Counseling & Recovery Service (1600-5500) or the Korea Inclusive Finance Agency (1397) advise for free.',
    ]),
  ];
}

/**
 * QA round 21 (care21). One thing asked after a hardship answer (slot hardshipAsk), answered first and alone — not the
 * whole ladder again: whether the jeonse deposit can be taken, whom to call, what to do first, what 1397 / 1600-5500
 * is, whether the unemployment benefit covers the outgoings, by when the next payment is due.
 */
function hardshipAskLines(
  input: IntentReplyInput,
  next: LoanLine | undefined,
  loans: LoanLine[],
): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const ask = input.understanding.slots.hardshipAsk;
  const n = next?.nextPayment ?? null;
  const lender = next
    ? ko
      ? next.lender
      : lenderInEnglish(next.lender)
    : ko
      ? '거래 금융회사'
      : 'your lender';
  const due = n ? date(n.dueDate, data, lang) : '';
  const callLender = n
    ? ko
      ? koText`${due} 납입일 전에 ${lender}에 먼저 연락해 상환유예나 기한연장을 상담하세요: 연체 전이라 선택지가 가장 많습니다.`
      : `Call ${lender} before the ${due} due date about a deferral or an extension: nothing is late yet, so every option is still open.`
    : null;
  const lines1397 = ko
    ? '서민금융진흥원 서민금융콜센터(☎ 1397)는 채무조정, 햇살론 같은 서민금융상품, 복지 연계를 한 번에 무료로 상담해 주는 곳입니다.'
    : 'The Korea Inclusive Finance Agency’s line (call 1397) gives free advice on debt adjustment, government-backed loans and welfare support in one call.';
  const lines1600 = ko
    ? '신용회복위원회(☎ 1600-5500)는 신속채무조정·사전채무조정·개인워크아웃 같은 채무조정을 상담하고 신청받는 공공기관입니다.'
    : 'The Credit Counseling & Recovery Service (call 1600-5500) is the public body that advises on and takes applications for debt adjustment (fast-track adjustment, pre-workout, individual workout).';
  switch (ask) {
    case 'DEPOSIT': {
      const j = loans.find((l) => l.kind === 'JEONSE');
      if (!j) return [...foreclosureLines(data, lang), ...(callLender ? [callLender] : [])];
      return [
        ko
          ? koText`잠깐 밀린 것만으로 보증금을 바로 가져가지는 않습니다: 전세대출은 보통 전세보증금에 걸린 보증(HUG·HF·SGI)으로 담보되어 있어, 연체가 길어지면(보통 90일 이상) ${j.lender}이/가 남은 원금 ${j.outstandingPrincipal.text} 전체를 갚으라고 할 수 있고, 보증기관이 대신 갚은 뒤 계약이 끝날 때 돌려받을 보증금에서 회수합니다.`
          : `Not for a short delay: a jeonse loan is usually secured by a guarantee on your deposit (HUG, HF or SGI), so only a long default (usually 90 days or more) lets ${lenderInEnglish(j.lender)} call in the whole ${j.outstandingPrincipal.text}, and the guarantor, once it has repaid the bank, recovers it from your deposit when the lease ends.`,
        ...(callLender ? [callLender] : []),
      ];
    }
    case 'PAY_FIRST':
      return payFirstLines(input, loans);
    case 'WHO_TO_CALL':
      return [
        ko
          ? koText`먼저 ${lender}${n ? `에 ${due} 납입일 전에` : '에'} 연락하시고, 채무조정은 신용회복위원회(☎ 1600-5500), 서민금융상품·복지 연계까지 한 번에 묻고 싶으면 서민금융진흥원 서민금융콜센터(☎ 1397)에 무료로 상담하실 수 있습니다.`
          : `${lender.charAt(0).toUpperCase()}${lender.slice(1)} first${n ? `, before the ${due} due date` : ''}; then the Credit Counseling & Recovery Service (call 1600-5500) for debt adjustment, or the Korea Inclusive Finance Agency (call 1397) for free advice on everything at once.`,
      ];
    case 'FIRST_STEP':
      if (input.understanding.slots.cardBill) return null;
      return [
        ...(callLender
          ? [
              ko
                ? koText`가장 먼저 ${due} 납입일 전에 ${lender}에 전화해 상환유예나 기한연장이 되는지 물어보세요: 다음 납입은 ${n!.payment.text}이고, 연체 전에 연락할수록 선택지가 많습니다.`
                : `First, call ${lender} before the ${due} due date and ask about a deferral or an extension: the next payment is ${n!.payment.text}, and the earlier you call, before anything is late, the more options you have.`,
            ]
          : []),
        ko
          ? '그다음 상담이 더 필요하면 신용회복위원회(☎ 1600-5500)나 서민금융진흥원(☎ 1397)에 무료로 물어보세요.'
          : 'Then, if you need more help, the Credit Counseling & Recovery Service (call 1600-5500) or the Korea Inclusive Finance Agency (call 1397) advise for free.',
      ];
    case 'HELPLINE':
      return [lines1397, lines1600];
    case 'RUNWAY':
      return runwayLines(input, next, callLender);
    case 'BENEFIT': {
      // QA round 22 (carefu). Whether the benefit covers the month, first: 60% of the income on file against it.
      const verdict = benefitVerdict(input, next);
      if (verdict) return [verdict, ...benefitRest(lang, callLender, due, lender)];
      const card = monthlyCardSpending(data)?.amount ?? null;
      const out = n ? new Decimal(n.payment.amount).plus(card ?? 0) : null;
      const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
      const goes =
        n && ko
          ? card && out
            ? koText`${loanName(next!, lang)} 이자 ${n.payment.text}와/과 카드 지출 월 약 ${won(card)}, 합계 약 ${won(out)}이/가 매달 나갑니다`
            : koText`${loanName(next!, lang)} 이자 ${n.payment.text}이/가 매달 나갑니다`
          : '';
      return [
        ko
          ? out
            ? `실업급여를 받더라도 매달 나가는 돈과 먼저 비교해 보셔야 합니다: ${goes}.`
            : '실업급여를 받더라도 매달 나가는 돈과 먼저 비교해 보셔야 합니다.'
          : out
            ? `Even with unemployment benefit, compare it with what goes out each month first: ${n!.payment.text} of ${loanName(next!, lang)} interest${card ? ` and about ${won(card)} of card spending, about ${won(out)} in all` : ''}.`
            : 'Even with unemployment benefit, compare it with what goes out each month first.',
        ko
          ? '실업급여(구직급여)는 고용보험에 가입했다가 원치 않게 일을 잃은 경우 보통 이전 평균임금의 60%를 하루 상한액과 하한액 사이에서 120~270일 동안 받고, 정확한 금액과 자격은 고용센터(고용24)에서 확인하실 수 있습니다.'
          : 'Unemployment benefit (구직급여) is for those insured who lost work involuntarily: usually 60% of the previous average wage, within a daily floor and cap, for 120–270 days; the employment centre (고용24) confirms the amount and eligibility.',
        ...(callLender
          ? [
              ko
                ? koText`받는 금액이 모자라면 ${due} 납입일 전에 ${lender}에 상환유예를 상담하세요.`
                : `If it falls short, ask ${lender} about a deferral before the ${due} due date.`,
            ]
          : []),
      ];
    }
    case 'DUE_WHEN': {
      if (!n || !next) return null;
      const moved = n.debitDate && n.debitDate !== n.dueDate ? date(n.debitDate, data, lang) : null;
      return [
        ko
          ? koText`${due}까지 ${n.payment.text}을/를 내셔야 합니다${moved ? ` (주말이라 실제 출금은 ${moved})` : ''}: ${loanName(next, lang)} 다음 회차입니다.`
          : `By ${due}: ${n.payment.text} on your ${loanName(next, lang)}${moved ? ` (as that is a weekend, it is debited on ${moved})` : ''}.`,
        ...(callLender ? [callLender] : []),
      ];
    }
    default:
      return null;
  }
}

/**
 * QA round 22 (carefu). What goes out each month: the next loan payment and the monthly card spending (QA round 23
 * (spend23): `monthlyCardSpending`, the last three complete months — was the last complete quarter ÷ 3); the income and
 * deposits on file beside it.
 */
function monthOutgoings(
  input: IntentReplyInput,
  next: LoanLine | undefined,
): {
  loan: Decimal;
  card: Decimal | null;
  total: Decimal;
  pay: Decimal | null;
  deposits: Decimal | null;
} | null {
  const n = next?.nextPayment;
  if (!n) return null;
  const quarters = input.data.spending?.quarters ?? [];
  const card = monthlyCardSpending(input.data)?.amount ?? null;
  const loan = new Decimal(n.payment.amount);
  const withIncome = quarters.find((x) => x.income);
  const withDeposits = quarters.find((x) => x.depositBalance);
  return {
    loan,
    card,
    total: loan.plus(card ?? 0),
    pay: withIncome?.income ? new Decimal(withIncome.income.amount).div(3) : null,
    deposits: withDeposits?.depositBalance ? new Decimal(withDeposits.depositBalance.amount) : null,
  };
}

function outgoingsText(input: IntentReplyInput, next: LoanLine, o: { card: Decimal | null }): string {
  const lang = input.language;
  const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const pay = next.nextPayment!.payment.text;
  if (lang === 'ko') return o.card ? koText`이자 ${pay} + 카드 월 약 ${won(o.card)}` : koText`이자 ${pay}`;
  return o.card
    ? `${pay} of ${loanName(next, lang)} interest and about ${won(o.card)} of card spending`
    : `${pay} of ${loanName(next, lang)} interest`;
}

/**
 * QA round 23 (care23). The 2026 unemployment benefit (구직급여) per day: 60% of the average daily wage, no less than the
 * floor (하한액: 80% of the minimum wage for 8 hours — 최저임금 10,320원/h, 고용노동부 고시 제2025-37호; 고용보험법
 * 제46조) and no more than the cap (상한액 68,100원, 고용보험법 시행령 제68조 as amended for 2026-01-01). Part-time
 * workers' floor is pro rata to their hours; the employment centre has the exact figure.
 */
export const MINIMUM_WAGE_2026 = 10_320;
export const BENEFIT_SHARE = '0.6';
export const BENEFIT_DAILY_FLOOR_2026 = new Decimal(MINIMUM_WAGE_2026).mul(8).mul('0.8').toNumber(); // 66,048원
export const BENEFIT_DAILY_CAP_2026 = 68_100;

/** The daily benefit from a monthly wage (average daily wage = monthly × 12 ÷ 365), clamped; 30 days of it. */
export function unemploymentBenefit(monthlyPay: Decimal.Value): {
  averageDaily: Decimal;
  share: Decimal;
  daily: Decimal;
  monthly: Decimal;
  clamp: 'FLOOR' | 'CAP' | null;
} {
  const averageDaily = new Decimal(monthlyPay).mul(12).div(365);
  const share = averageDaily.mul(BENEFIT_SHARE).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const clamp = share.lt(BENEFIT_DAILY_FLOOR_2026)
    ? 'FLOOR'
    : share.gt(BENEFIT_DAILY_CAP_2026)
      ? 'CAP'
      : null;
  const daily =
    clamp === 'FLOOR'
      ? new Decimal(BENEFIT_DAILY_FLOOR_2026)
      : clamp === 'CAP'
        ? new Decimal(BENEFIT_DAILY_CAP_2026)
        : share;
  return { averageDaily, share, daily, monthly: daily.mul(30), clamp };
}

/**
 * QA round 22 (carefu). "실업급여 받으면 버틸수있나요": yes or no first — the benefit against what goes out each month.
 * QA round 23 (care23): the benefit is the daily figure clamped to the 2026 floor and cap (`unemploymentBenefit`), 30
 * days of it, led with; the 60% of the pay on file is said beside it when the floor or the cap changed it.
 */
function benefitVerdict(input: IntentReplyInput, next: LoanLine | undefined): string | null {
  const lang = input.language;
  const o = monthOutgoings(input, next);
  if (!o || !o.pay || !next) return null;
  const won = (v: Decimal) => formatWon(v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
  const b = unemploymentBenefit(o.pay);
  const benefit = b.monthly;
  const gap = o.total.minus(benefit);
  const what = outgoingsText(input, next, o);
  const how =
    lang === 'ko' ? koText`하루 약 ${won(b.daily)} × 30일` : `about ${won(b.daily)} a day × 30 days`;
  const why =
    b.clamp === null
      ? ''
      : lang === 'ko'
        ? koText` 등록된 소득 월 약 ${won(o.pay)}의 60%는 하루 약 ${won(b.share)}이지만 2026년 ${b.clamp === 'FLOOR' ? '하한액' : '상한액'} ${won(b.daily)}이/가 적용됩니다.`
        : ` 60% of your pay on file (about ${won(o.pay)} a month) is about ${won(b.share)} a day, but the 2026 daily ${b.clamp === 'FLOOR' ? 'floor' : 'cap'} of ${won(b.daily)} applies.`;
  if (gap.gt(0))
    return lang === 'ko'
      ? koText`실업급여만으로는 조금 모자랄 수 있어요: 실업급여는 한 달 약 ${won(benefit)}(${how})인데, 매달 나가는 돈은 약 ${won(o.total)}(${what})이라 약 ${won(gap)}이/가 모자랍니다.${why}`
      : `Probably not quite on its own: the benefit comes to about ${won(benefit)} a month (${how}), while about ${won(o.total)} goes out each month (${what}) — about ${won(gap)} short.${why}`;
  return lang === 'ko'
    ? koText`네, 버틸 수 있어 보여요: 실업급여는 한 달 약 ${won(benefit)}(${how})이라, 매달 나가는 약 ${won(o.total)}(${what})을/를 내고 약 ${won(gap.neg())}이/가 남습니다.${why}`
    : `Yes, it looks like it: the benefit comes to about ${won(benefit)} a month (${how}), which covers the about ${won(o.total)} going out each month (${what}) with about ${won(gap.neg())} to spare.${why}`;
}

function benefitRest(lang: Lang, callLender: string | null, due: string, lender: string): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  return [
    lang === 'ko'
      ? koText`실업급여(구직급여)는 고용보험에 가입했다가 원치 않게 일을 잃은 경우 이전 평균임금의 60%를 120~270일 동안 받습니다: 2026년 하루 하한액은 최저임금(시간당 ${won(MINIMUM_WAGE_2026)}) 8시간분의 80%인 ${won(BENEFIT_DAILY_FLOOR_2026)}, 상한액은 ${won(BENEFIT_DAILY_CAP_2026)}이고(단시간 근로자는 하한액이 근로시간에 비례합니다), 정확한 금액과 자격은 고용센터(고용24)에서 확인하세요.`
      : `Unemployment benefit (구직급여) is 60% of the previous average wage for 120–270 days: in 2026 the daily floor is ${won(BENEFIT_DAILY_FLOOR_2026)} (80% of 8 hours at the ${won(MINIMUM_WAGE_2026)} hourly minimum wage) and the cap ${won(BENEFIT_DAILY_CAP_2026)} (part-timers' floor is pro rata to their hours); confirm the amount and eligibility with the employment centre (고용24).`,
    ...(callLender
      ? [
          lang === 'ko'
            ? koText`모자라면 ${due} 납입일 전에 ${lender}에 상환유예를 상담하세요.`
            : `If it falls short, ask ${lender} about a deferral before the ${due} due date.`,
        ]
      : []),
  ];
}

/**
 * QA round 22 (carefu). "몇달이나 버텨요?", "how long can i last": the months the deposits on file cover at the month's
 * outgoings; with none on file, said so, and what a month costs.
 */
function runwayLines(
  input: IntentReplyInput,
  next: LoanLine | undefined,
  callLender: string | null,
): string[] | null {
  const lang = input.language;
  const o = monthOutgoings(input, next);
  if (!o || !next) return null;
  const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const what = outgoingsText(input, next, o);
  const months = o.deposits ? o.deposits.div(o.total).toDecimalPlaces(1, Decimal.ROUND_DOWN) : null;
  const lead = months
    ? lang === 'ko'
      ? koText`들어오는 돈 없이 예금 ${won(o.deposits!)}만으로는 약 ${months.toString()}달 버틸 수 있어요: 매달 약 ${won(o.total)}(${what})이/가 나갑니다.`
      : `With no money coming in, your deposits of ${won(o.deposits!)} last about ${months.toString()} months: about ${won(o.total)} goes out each month (${what}).`
    : lang === 'ko'
      ? koText`등록된 예금 잔액이 없어 몇 달인지 딱 계산해 드릴 수는 없지만, 매달 약 ${won(o.total)}(${what})이/가 나가니 모아 둔 돈을 이 금액으로 나누면 버틸 수 있는 달 수입니다.`
      : `There is no deposit balance on file, so I can’t count the months exactly: about ${won(o.total)} goes out each month (${what}), so every ${won(o.total)} you have set aside lasts about a month.`;
  return [
    lead,
    lang === 'ko'
      ? koText`카드 지출을 줄이면 더 오래 버틸 수 있고, 실업급여가 들어오면 그만큼 늘어납니다.`
      : 'Cutting card spending stretches it further, and any unemployment benefit adds to it.',
    ...(callLender ? [callLender] : []),
  ];
}

/**
 * QA round 22 (carefu). Money short before payday ("월급날 일주일 남았는데 통장에 3만원밖에없어요", "payday is on the 25th
 * but im already out of money, rent n stuff due before that"): what falls due before the payday, first — the loan's
 * payment before or after it — then how to bridge the days (the lender, no cash advance, 1397).
 */
function beforePaydayLines(input: IntentReplyInput, next: LoanLine): string[] | null {
  const { data, language: lang } = input;
  const slots = input.understanding.slots;
  const n = next.nextPayment;
  if (!n) return null;
  const today = data.asOf.slice(0, 10);
  const [y, m, d] = today.split('-').map(Number);
  let payday: string;
  // QA round 24 (en24b). Payday next week: reckoned at the end of next week (13 days on), said as "next week".
  const nextWeek = !slots.paydayInDays && !slots.payday && !!slots.paydayNextWeek;
  if (nextWeek) payday = new Date(Date.UTC(y, m - 1, d + 13)).toISOString().slice(0, 10);
  else if (slots.paydayInDays)
    payday = new Date(Date.UTC(y, m - 1, d + slots.paydayInDays)).toISOString().slice(0, 10);
  else if (slots.payday) {
    const last = (yy: number, mm: number) => new Date(Date.UTC(yy, mm, 0)).getUTCDate();
    const [py, pm] = slots.payday >= d ? [y, m] : m === 12 ? [y + 1, 1] : [y, m + 1];
    payday = new Date(Date.UTC(py, pm - 1, Math.min(slots.payday, last(py, pm)))).toISOString().slice(0, 10);
  } else return null;
  const due = n.dueDate.slice(0, 10);
  const gapDays = Math.round((Date.parse(payday) - Date.parse(due)) / 86_400_000);
  const name = loanName(next, lang);
  const lender = lang === 'ko' ? next.lender : lenderInEnglish(next.lender);
  const paydayText = nextWeek ? (lang === 'ko' ? '다음 주' : 'next week') : date(payday, data, lang);
  const lead =
    gapDays > 0 && nextWeek
      ? lang === 'ko'
        ? koText`많이 빠듯하시겠어요: ${name} 납입액 ${n.payment.text}이/가 ${date(due, data, lang)}에 나가 다음 주 월급보다 먼저일 수 있으니, 그 전에 ${lender}에 연락해 납입일 변경이나 상환유예를 상담하세요.`
        : `That’s a tight spot — your ${name} payment of ${n.payment.text} is due ${date(due, data, lang)}, which may come before your payday next week: call ${lender} before then and ask to move the date or defer it.`
      : gapDays > 0
        ? lang === 'ko'
          ? koText`많이 빠듯하시겠어요: ${name} 납입액 ${n.payment.text}이/가 월급날인 ${paydayText}보다 ${gapDays}일 먼저인 ${date(due, data, lang)}에 나가니, 그 전에 ${lender}에 연락해 납입일 변경이나 상환유예를 상담하세요.`
          : `That’s a tight spot — your ${name} payment of ${n.payment.text} is due ${date(due, data, lang)}, ${gapDays} day${gapDays === 1 ? '' : 's'} before your payday (${paydayText}): call ${lender} before then and ask to move the date or defer it.`
        : lang === 'ko'
          ? koText`많이 빠듯하시겠어요: 월급날인 ${paydayText}까지 나갈 대출 납입은 없습니다 — ${name} 다음 납입 ${n.payment.text}은/는 월급날 뒤인 ${date(due, data, lang)}입니다.`
          : `That’s a tight spot — but no loan payment falls before your payday (${paydayText}): your ${name} payment of ${n.payment.text} is due after it, on ${date(due, data, lang)}.`;
  return [
    lead,
    lang === 'ko'
      ? '월급날 전에 카드 결제일이 끼어 있는지 카드사 앱에서 확인하시고, 모자랄 것 같으면 결제일 전에 카드사에 분할납부나 결제일 변경을 물어보세요.'
      : 'Check in the card company’s app whether a card payment date falls before payday; if it will be short, ask the card company before that date to split the bill or move the date.',
    lang === 'ko'
      ? '현금서비스나 카드론으로 메우는 것은 금리가 높고 신용점수에 불리해 되도록 피하시는 게 좋습니다.'
      : 'Try not to bridge it with a cash advance or card loan: the rates are high and they weigh on your credit score.',
    lang === 'ko'
      ? '급한 생활비는 서민금융진흥원 서민금융콜센터(☎ 1397)에서 소액생계비 대출 같은 지원을 무료로 상담받을 수 있습니다.'
      : 'For rent and living costs until payday, the Korea Inclusive Finance Agency (call 1397) advises for free on small emergency living-cost loans.',
  ];
}

/**
 * QA round 21 (care21). The money said on hand against the next payment ("통장에 30만원밖에 없는데 이자 어떻게 내요",
 * "my rent is due and i only have 200k"): how much it falls short, first.
 */
function moneyOnHandLine(input: IntentReplyInput, next: LoanLine | undefined): string | null {
  const { data, language: lang } = input;
  const have = input.understanding.slots.moneyOnHand;
  const n = next?.nextPayment;
  if (!have || !n || !next) return null;
  const gap = new Decimal(n.payment.amount).minus(have);
  const haveText = formatWon(have, lang);
  if (gap.lte(0))
    return lang === 'ko'
      ? koText`지금 있는 ${haveText}으로/로 ${date(n.dueDate, data, lang)} ${loanName(next, lang)} 납입액 ${n.payment.text}은/는 낼 수 있지만, 남는 돈이 거의 없어 빠듯합니다.`
      : `The ${haveText} you have covers your ${loanName(next, lang)} payment of ${n.payment.text} due ${date(n.dueDate, data, lang)}, but leaves very little.`;
  return lang === 'ko'
    ? koText`지금 있는 ${haveText}으로/로는 ${date(n.dueDate, data, lang)} ${loanName(next, lang)} 납입액 ${n.payment.text}에 ${formatWon(gap.toFixed(0), lang)}이/가 모자랍니다.`
    : `The ${haveText} you have is ${formatWon(gap.toFixed(0), lang)} short of your ${loanName(next, lang)} payment of ${n.payment.text} due ${date(n.dueDate, data, lang)}, before any rent or other bills.`;
}

/**
 * The relief ladder (HARDSHIP_OPTIONS: the lender's deferral or extension, its own debt adjustment, 신용회복위원회's
 * fast-track adjustment and workout, 서민금융진흥원 ☎ 1397) as next steps, with no promise of approval — one list for
 * the hardship answer and for a missed payment's (QA round 26, en2).
 */
function reliefLadder(lang: Lang): string[] {
  const options = HARDSHIP_OPTIONS.map((o) => {
    const name = HARDSHIP_OPTION_PHRASES[o.code][lang];
    const contact = o.contact ? (lang === 'ko' ? ` (☎ ${o.contact})` : ` (call ${o.contact})`) : '';
    return `${name}${contact}: ${o.when[lang]}`;
  });
  return [
    ...steps(lang, options),
    lang === 'ko'
      ? '어느 제도도 승인을 약속하지는 않지만, 연체 전에 상담하면 고를 수 있는 방법이 가장 많습니다.'
      : 'None of these is guaranteed, but asking before you miss a payment keeps the most doors open.',
  ];
}

function hardship(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const loans = activeLoans(data);
  const out: string[] = [];
  const next = input.loan?.nextPayment ? input.loan : loans.find((l) => l.nextPayment);
  const overdue = loans.filter((l) => l.delinquency.daysPastDue > 0);
  const d = data.loans?.delinquency;
  const slots = input.understanding.slots;
  // QA round 24 (plan24). Shame at the debt, telling the family, an income cut: their own record and figures first.
  const plan24 =
    slots.debtShame || slots.tellFamily
      ? debtFeelingLines(input)
      : slots.incomeCut || slots.affordAfterCut
        ? incomeCutLines(input)
        : null;
  if (plan24) return plan24;
  // QA round 28 (ko28). An uneven income worried about the loans: the month's payments and what a month leaves first.
  const uneven = slots.irregularIncome ? irregularIncomeLines(input) : null;
  if (uneven) return uneven;
  // Pure distress only: a situation named ("다음 달에 못 낼 것 같아요") is answered with its figures first; a job lost is
  // met in the same sentence as them ("회사에서 잘렸어요. 대출금은 어떻게 하죠?").
  const opener = distressSaid(input)
    ? DISTRESS_OPENER[input.emotion!.label]
    : slots.hardship === 'LOST_JOB' && input.emotion
      ? JOB_LOST_OPENER
      : slots.illness && input.emotion
        ? ILLNESS_OPENER
        : null;
  const asked = slots.hardshipAsk ? hardshipAskLines(input, next, loans) : null;
  if (asked) return asked;
  // QA round 22 (carefu). Money short before payday: what falls due before it, first.
  const paydayFirst =
    slots.beforePayday && !slots.cardBill && next?.nextPayment ? beforePaydayLines(input, next) : null;
  if (paydayFirst) return paydayFirst;
  // "what do i do first" after the card bill: the card company first, then the card's answer.
  if (slots.hardshipAsk === 'FIRST_STEP' && slots.cardBill)
    return [
      lang === 'ko'
        ? '가장 먼저 결제일 전에 카드사에 전화해 이번 청구액을 할부로 나눌 수 있는지(분할납부)나 결제일을 옮길 수 있는지 물어보세요.'
        : 'First, call the card company before the payment date and ask to split this bill into instalments or move the payment date.',
      ...cardHardshipLines(input, null),
    ];
  // QA round 23 (care23). Months off work with the card bills: what falls due in them, card bills and loan, first.
  const offNeed = slots.offCardBills && next?.nextPayment ? monthsOffNeedLines(input, next) : null;
  const short = moneyOnHandLine(input, next) ?? offNeed?.[0] ?? null;
  if (short)
    out.push(
      opener === ILLNESS_OPENER
        ? `${ILLNESS_SORRY[lang]} ${short}`
        : opener
          ? withOpener(opener[lang], short, lang)
          : short,
    );
  if (offNeed && short === offNeed[0]) out.push(...offNeed.slice(1));
  if (slots.relief) out.push(reliefLead(slots.relief, lang));
  if (slots.scoreKind === 'CREDIT') out.push(...reliefCreditImpact(lang));
  // "상환유예하면 그동안 이자는 더 붙어요?": yes — a deferral moves the payment, not the interest, which keeps running.
  if (slots.deferWaived && next?.nextPayment)
    out.push(
      lang === 'ko'
        ? koText`아니요, 상환유예는 이자를 면제해 주는 것이 아니라 미루는 것이라 그동안에도 이자는 계속 붙습니다: ${loanName(next, lang)}은/는 한 달 이자만 ${next.nextPayment.interest.text}이고, 미룬 금액은 보통 뒤 회차에 나눠 내게 됩니다.`
        : `No: a deferral postpones the payment, it does not waive the interest, which keeps running meanwhile. On your ${loanName(next, lang)} a month’s interest alone is ${next.nextPayment.interest.text}, and what is put off is usually spread over later instalments.`,
    );
  else if (slots.deferInterest && next?.nextPayment)
    out.push(
      lang === 'ko'
        ? koText`네, 상환유예나 기한연장을 해도 그동안 이자는 계속 붙습니다: ${loanName(next, lang)}은/는 다음 회차 이자만 ${next.nextPayment.interest.text}이고, 미룬 원금과 이자는 보통 뒤 회차에 나눠 내게 되어 전체 이자는 줄지 않고 늘어납니다.`
        : `Yes: interest keeps running while a payment is deferred or the term extended. On your ${loanName(next, lang)} the next instalment’s interest alone is ${next.nextPayment.interest.text}, and what is put off is usually spread over later instalments, so the total interest grows rather than shrinks.`,
    );
  // "상환유예 신청 가능해요?", "이자 한두 달 미뤄주실 수 있나요?": yes, it is asked of the lender before the due date.
  else if (slots.hardship === 'DEFER' && next?.nextPayment && slots.scoreKind !== 'CREDIT')
    out.push(
      lang === 'ko'
        ? koText`네, ${date(next.nextPayment.dueDate, data, lang)} 납입일 전에 ${next.lender}에 상환유예나 기한연장을 신청할 수 있습니다: 받아들여질지와 기간은 ${next.lender}의 심사로 정해지고, 미뤄진 금액은 보통 뒤 회차에 나눠 내게 됩니다.`
        : `Yes: you can ask ${lenderInEnglish(next.lender)} for a deferral or an extension before the ${date(next.nextPayment.dueDate, data, lang)} due date. Whether it is granted, and for how long, is the lender’s decision, and what is put off is usually spread over later instalments.`,
    );
  // The card bill alone, no loan named nor any of the loan's own matters: the card's answer only.
  if (
    slots.cardBill &&
    !slots.loan &&
    out.length === 0 &&
    !slots.foreclosure &&
    !slots.lastPayment &&
    !slots.interestBurden &&
    !slots.request
  )
    return cardHardshipLines(input, opener);
  if (slots.cardBill) out.push(...cardBillLines(input));
  if (slots.foreclosure) out.push(...foreclosureLines(data, lang));
  if (slots.lastPayment) out.push(...(lastPaymentLines(input, loans) ?? []));
  if (next && slots.request === 'DUE_DATE_CHANGE') out.push(dueDateChangeLead(next, lang));
  if (slots.request === 'CARD_DUE_DATE') out.push(cardDueDateLead(lang));
  const ext = slots.request === 'EXTENSION' ? extensionLoan(input) : null;
  if (ext) out.push(...extensionLines(ext, data, lang, slots.extensionRefused, slots.landlordRefuses));
  // "나 망한거죠?", "am i going to be ok?" with nothing overdue: where they stand, first; the relief ladder is for those
  // already behind, so only the first step and the free line come after.
  if (slots.reassure && !slots.hardship && overdue.length === 0 && next?.nextPayment)
    return reassureLines(input, next, loans, opener);
  if (next && d) {
    const n = next.nextPayment!;
    const rate = next.delinquency.penaltyRate;
    const figures =
      lang === 'ko'
        ? `다음 납입은 ${date(n.dueDate, data, lang)} ${loanName(next, lang)} ${n.payment.text}이고, ${overdue.length ? koText`지금 연체된 금액은 ${d.totalOverdue.text}(최장 ${d.maxDaysPastDue}일), 붙은 연체이자는 ${d.totalPenaltyInterest.text}입니다` : '지금 연체된 금액은 없습니다'}.`
        : `Your next payment is ${n.payment.text} on your ${loanName(next, lang)}, due ${date(n.dueDate, data, lang)}; ${overdue.length ? `${d.totalOverdue.text} is already overdue (up to ${d.maxDaysPastDue} days), with ${d.totalPenaltyInterest.text} of penalty interest` : 'nothing is overdue yet'}.`;
    // QA round 21 (care21): the reassurance right after the answering sentence, not after the penalty's; the money
    // short said first carries the payment already, so only whether anything is overdue follows it.
    const early = slots.familyCare
      ? null
      : opener
        ? DISTRESS_FOLLOW
        : input.emotion
          ? TONE[input.emotion.label]
          : null;
    // The 24-hour line for a low mood stays right after the first line (QA round 12).
    const support = slots.lowMood ? [MOOD_SUPPORT[lang]] : [];
    if (short) {
      out.push(...support, ...(early ? [early[lang]] : []));
      out.push(
        overdue.length ? figures : lang === 'ko' ? '지금 연체된 금액은 없습니다.' : 'Nothing is overdue yet.',
      );
    } else {
      out.push(opener ? withOpener(opener[lang], figures, lang) : figures, ...support);
      if (early) out.push(early[lang]);
    }
    if (rate)
      out.push(
        lang === 'ko'
          ? `납입일을 넘기면 연체된 금액에 ${formatAnnualRate(rate, lang)}의 연체이자가 붙으니, 납입일 전에 먼저 연락하시는 것이 가장 유리합니다.`
          : `Once it is late, penalty interest of ${formatAnnualRate(rate, lang)} runs on the overdue amount — so calling before the due date gives you the most options.`,
      );
  } else
    out.push(
      ...(opener ? [DISTRESS_ALONE[input.emotion!.label]?.[lang] ?? opener[lang]] : []),
      ...(slots.lowMood ? [MOOD_SUPPORT[lang]] : []),
      noLoans(lang),
    );
  if (slots.interestBurden) out.push(...lowerRateLines(input));
  const tone = opener ? DISTRESS_FOLLOW : input.emotion ? TONE[input.emotion.label] : null;
  if (tone && !(next && d)) out.push(tone[lang]);
  out.push(...reliefLadder(lang));
  // QA round 21 (care21). "my mum is in hospital and the bills are huge, can i skip a payment or two": the family met
  // first, in place of the mood's tone line (the composer does so for the other intents).
  if (slots.familyCare && !opener && out.length > 0) out[0] = `${FAMILY_CARE_OPENER[lang]} ${out[0]}`;
  return out;
}

/**
 * QA round 22 (carefu). "off work 2 months": the payments due in those months (the schedule's next rows), summed —
 * what to have set aside — and the lender before the first due date.
 */
function monthsOffLine(input: IntentReplyInput, next: LoanLine): string | null {
  const { data, language: lang } = input;
  const k = input.understanding.slots.monthsOff;
  const rows = data.schedule?.loanNumber === next.loanNumber ? data.schedule.rows : [];
  if (!k || rows.length < k) return null;
  const taken = rows.slice(0, k);
  const sum = taken.reduce((a, r) => a.plus(r.payment.amount), new Decimal(0));
  const dates = taken.map((r) => date(r.dueDate, data, lang)).join(lang === 'ko' ? ', ' : ' and ');
  const lender = lang === 'ko' ? next.lender : lenderInEnglish(next.lender);
  return lang === 'ko'
    ? koText`쉬시는 ${k}달 동안 낼 납입은 ${k}번(${dates}), 합계 ${formatWon(sum.toFixed(0), lang)}이니 이만큼 따로 챙겨 두시면 되고, 소득이 끊겨 어렵다면 ${date(taken[0].dueDate, data, lang)} 전에 ${lender}에 상환유예나 채무조정을 상담하세요 (질병으로 소득이 줄어든 경우도 해당됩니다).`
    : `Over the ${k} months off, ${k} payment${k === 1 ? '' : 's'} fall due (${dates}), ${formatWon(sum.toFixed(0), lang)} in all — that is what to set aside; if your income stops, call ${lender} before ${date(taken[0].dueDate, data, lang)} about a deferral or debt adjustment (illness counts).`;
}

/**
 * QA round 23 (care23). "수술때문에 두달 쉬어야 하는데 카드값이랑 대출 어떻게해요?": the months off are the months of the
 * loan's next `monthsOff` schedule rows (from the month after this one when there are none); in each, the card bill due
 * (the use of the month before, forecast — this month's so far plus the rest, as the card-bill forecast reads it — and
 * the instalments on that statement) and the loan payments due. The total first, then by month, then whom to call
 * before the first due date. Null when a month's card use has no forecast (no figure is made up).
 */
function monthsOffNeedLines(input: IntentReplyInput, next: LoanLine): string[] | null {
  const { data, language: lang } = input;
  const k = input.understanding.slots.monthsOff;
  if (!k) return null;
  const rows = data.schedule?.loanNumber === next.loanNumber ? data.schedule.rows : [];
  const first = addMonths(`${data.asOf.slice(0, 7)}-01`, 1);
  const months = Array.from({ length: k }, (_, i) =>
    rows.length >= k ? rows[i].dueDate.slice(0, 7) : addMonths(first, i).slice(0, 7),
  );
  const each = [];
  for (const m of months) {
    const use = monthUseForecast(data, addMonths(`${m}-01`, -1).slice(0, 7));
    if (!use) return null;
    const card = use.total.plus(statementAhead(data, m).portionTotal);
    const due = rows.filter((r) => r.dueDate.slice(0, 7) === m);
    const loan = due.reduce((a, r) => a.plus(r.payment.amount), new Decimal(0));
    each.push({ m, card, loan, due });
  }
  const w = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const cards = each.reduce((a, x) => a.plus(x.card), new Decimal(0));
  const loans = each.reduce((a, x) => a.plus(x.loan), new Decimal(0));
  const name = loanName(next, lang);
  const monthName = (m: string) => formatMonth(`${m}-01`, lang);
  const loanDates = each
    .flatMap((x) => x.due.map((r) => `${date(r.dueDate, data, lang)} ${formatWon(r.payment.amount, lang)}`))
    .join(', ');
  const firstDue = each.flatMap((x) => x.due)[0]?.dueDate ?? next.nextPayment!.dueDate;
  const lender = lang === 'ko' ? next.lender : lenderInEnglish(next.lender);
  return [
    lang === 'ko'
      ? koText`쉬시는 ${k}달(${each.map((x) => monthName(x.m)).join('·')}) 동안 나갈 돈은 카드값과 대출 납입을 합쳐 약 ${w(cards.plus(loans))}입니다: 카드값 약 ${w(cards)}(예측)과 ${name} 납입 ${w(loans)}${loanDates ? `(${loanDates})` : ''}입니다.`
      : `Over the ${k} month${k === 1 ? '' : 's'} off (${each.map((x) => monthName(x.m)).join(' and ')}), about ${w(cards.plus(loans))} falls due: about ${w(cards)} of card bills (forecast) and ${w(loans)} of ${name} payments${loanDates ? ` (${loanDates})` : ''}.`,
    ...each.map((x) =>
      lang === 'ko'
        ? koText`- ${monthName(x.m)}: 카드값 약 ${w(x.card)} + 대출 ${w(x.loan)} = 약 ${w(x.card.plus(x.loan))}`
        : `- ${monthName(x.m)}: card bill about ${w(x.card)} + loan ${w(x.loan)} = about ${w(x.card.plus(x.loan))}`,
    ),
    lang === 'ko'
      ? koText`카드값은 그달에 쓰실 금액에 따라 달라지니 쉬는 동안 카드 사용을 줄이시면 그만큼 줄고, 소득이 끊겨 어렵다면 ${date(firstDue, data, lang)} 전에 ${lender}에 상환유예를, 카드사에 결제일 변경이나 분할납부를 상담하세요 (질병으로 소득이 줄어든 경우도 해당됩니다).`
      : `The card bills depend on what you spend in those months, so spending less while off lowers them; if your income stops, ask ${lender} about a deferral before ${date(firstDue, data, lang)}, and the card company about moving the payment date or splitting the bill (illness counts).`,
  ];
}

/**
 * "나 망한거죠?", "am i going to be ok?" with nothing overdue: no, and why — nothing is late, the next payment and
 * that it can be paid as usual; a jeonse loan is repaid from the deposit that comes back at the lease's end; then
 * what to do if it gets hard (the lender before the due date, the free 1397 line) and the line of support.
 */
function reassureLines(
  input: IntentReplyInput,
  next: LoanLine,
  loans: LoanLine[],
  opener: Record<Lang, string> | null,
): string[] {
  const { data, language: lang } = input;
  const n = next.nextPayment!;
  // QA round 22 (carefu). "will i be ok with the loan?", "괜찮을까요?" is answered yes, not "No — …" (read as "no, you
  // won't be"); with months off work said, the payments in them summed from the schedule.
  const okAsked = !!input.understanding.slots.okAsked;
  const lead = okAsked
    ? lang === 'ko'
      ? koText`지금으로선 괜찮으실 거예요: 연체된 금액은 없고, 다음 납입은 ${date(n.dueDate, data, lang)} ${loanName(next, lang)} ${n.payment.text}입니다.`
      : `You should be: nothing is overdue, and your next payment is ${n.payment.text} on your ${loanName(next, lang)}, due ${date(n.dueDate, data, lang)}.`
    : lang === 'ko'
      ? koText`망하신 게 아닙니다: 지금 연체된 금액은 없고, 다음 납입은 ${date(n.dueDate, data, lang)} ${loanName(next, lang)} ${n.payment.text}입니다.`
      : `No — you are not in trouble with your loans: nothing is overdue, and your next payment is ${n.payment.text} on your ${loanName(next, lang)}, due ${date(n.dueDate, data, lang)}.`;
  const jeonse = loans.filter((l) => l.kind === 'JEONSE');
  const out = [
    opener === ILLNESS_OPENER
      ? `${ILLNESS_SORRY[lang]} ${lead}`
      : opener
        ? withOpener(opener[lang], lead, lang)
        : lead,
  ];
  const off = monthsOffLine(input, next);
  if (off) out.push(off);
  if (jeonse.length)
    out.push(
      lang === 'ko'
        ? koText`빚의 큰 부분인 ${loanName(jeonse[0], lang)} ${jeonse[0].outstandingPrincipal.text}은/는 전세계약이 끝날 때 돌려받는 보증금으로 갚는 구조라, 그 금액만큼 갚을 돈이 따로 있는 셈입니다.`
        : `The large part of it, your ${loanName(jeonse[0], lang)} of ${jeonse[0].outstandingPrincipal.text}, is repaid from the deposit you get back when the lease ends, so the money to repay it is already set aside.`,
    );
  if (input.understanding.slots.lowMood) out.push(MOOD_SUPPORT[lang]);
  out.push(
    ...steps(lang, [
      lang === 'ko'
        ? koText`납입이 어려워질 것 같으면 ${date(n.dueDate, data, lang)} 전에 ${next.lender}에 먼저 연락하세요: 연체 전에 상담할수록 상환유예·기한연장 같은 방법이 많습니다.`
        : `If a payment starts to look hard, call ${lenderInEnglish(next.lender)} before ${date(n.dueDate, data, lang)}: asking before anything is late keeps deferral and extension open.`,
      lang === 'ko'
        ? '돈 문제를 혼자 고민하지 마시고 서민금융진흥원 서민금융콜센터(☎ 1397)에서 무료로 상담받으실 수 있습니다.'
        : 'You can talk it through for free with the Korea Inclusive Finance Agency’s line (☎ 1397).',
    ]),
  );
  return out;
}

/**
 * "이자가 너무 부담돼요": with the hardship options, what lowering the rate would take off each month — staying with
 * the lender at a reduced rate (asked for with 금리인하요구권) or switching, whichever the comparison finds best
 * (`loan.refinanceOffers`); nothing when neither saves.
 */
function lowerRateLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const r = data.refinance;
  const l = input.loan;
  if (!r || !l || r.unavailableReason) return [];
  const name = loanName(l, lang);
  const current = r.currentPayment?.text ?? '—';
  if (r.best === 'STAY_REDUCED_RATE' && r.stay)
    return [
      lang === 'ko'
        ? koText`이자 부담을 줄이는 방법도 있습니다: ${name}을/를 지금 금융회사에서 ${formatAnnualRate(r.stay.annualRate, lang)}으로/로 재약정하면 월 납입액이 ${current}에서 ${r.stay.newPayment.text}으로/로 ${r.stay.monthlySaving.text} 줄어듭니다 (금리인하요구권으로 요청할 수 있습니다).`
        : `There is a way to lower the interest, too: staying with your lender at a reduced ${formatAnnualRate(r.stay.annualRate, lang)} would take your ${name} payment from ${current} to ${r.stay.newPayment.text}, ${r.stay.monthlySaving.text} less a month (ask for it with your right to request a lower rate).`,
    ];
  const sw = r.bestSwitch;
  if (r.best === 'SWITCH_LENDER' && sw)
    return [
      lang === 'ko'
        ? koText`이자 부담을 줄이는 방법도 있습니다: ${name}을/를 ${formatAnnualRate(sw.annualRate, lang)}인 ${sw.lender ?? '다른 금융회사'}으로/로 갈아타면 월 납입액이 ${current}에서 ${sw.newPayment.text}으로/로 ${sw.monthlySaving.text} 줄어듭니다 (비용 ${sw.totalCost.text}${sw.breakEvenMonth ? koText`, ${sw.breakEvenMonth}개월째에 회수` : ''}).`
        : `There is a way to lower the interest, too: moving your ${name} to ${sw.lender ? lenderInEnglish(sw.lender) : 'another lender'} (${formatAnnualRate(sw.annualRate, lang)}) would take the payment from ${current} to ${sw.newPayment.text}, ${sw.monthlySaving.text} less a month (costs ${sw.totalCost.text}${sw.breakEvenMonth ? `, paid back in month ${sw.breakEvenMonth}` : ''}).`,
    ];
  return [];
}

/** Share of a jeonse deposit a jeonse loan may finance (guarantee institutions' rule; the DSR does not apply). */
export const JEONSE_DEPOSIT_SHARE = '0.80';

/** "카드 한도 올려주세요": a card limit is raised by the card company on its own review; fingraph changes none. */
function cardLimitLead(lang: Lang): string[] {
  return [
    lang === 'ko'
      ? '카드 한도 상향은 이 앱에서 대신 할 수 없고, 카드사 앱이나 고객센터에서 신청하시면 카드사가 소득·신용점수·이용 실적을 심사해 정합니다. 연체 없이 결제해 온 기록이 길수록 유리합니다.'
      : 'I can’t raise a card limit from here: ask your card company in its app or by phone, and it decides on your income, credit score and card history. A long record of on-time payments helps.',
    lang === 'ko'
      ? '한도가 늘어도 갚을 수 있는 만큼만 쓰세요. "한 달에 얼마 모을 수 있어요?"라고 물으시면 고객님의 남는 돈을 계산해 드립니다.'
      : 'A higher limit is only worth what you can repay: ask "how much can I save each month?" to see what your month leaves.',
  ];
}

/**
 * "카드 한도 얼마야?": a card's limit is set and held by the card company and is not in fingraph's data — said first,
 * with where to see it; then this month's card use so far, which is ours.
 */
function cardLimitCheck(input: IntentReplyInput): string[] {
  const { language: lang } = input;
  const s = input.data.spendingSummary;
  return [
    lang === 'ko'
      ? '카드 이용 한도는 카드사가 정하고 관리하는 값이라 이 앱에는 들어와 있지 않습니다. 카드사 앱의 한도 조회나 고객센터에서 남은 한도까지 바로 확인하실 수 있습니다.'
      : 'Your card limit is set and held by the card company, so this app does not have it: the card company’s app or helpline shows it, with what is left of it.',
    ...(s
      ? [
          lang === 'ko'
            ? `참고로 ${periodPhrase({ kind: 'THIS_MONTH' }, lang)} 카드 이용액은 ${s.complete ? '' : '지금까지 '}${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}).`
            : `For reference, your cards have been used for ${s.total.text} ${periodPhrase({ kind: 'THIS_MONTH' }, lang)}${s.complete ? '' : ' so far'} (${formatCount(s.purchaseCount, 'transaction', lang)}).`,
        ]
      : []),
    lang === 'ko'
      ? '한도를 올리고 싶으시면 카드사에 신청하시면 되고, 소득·신용점수·이용 실적으로 심사합니다.'
      : 'To raise it, ask the card company; it decides on your income, credit score and card history.',
  ];
}

/**
 * "연봉 5천인데 주담대 얼마까지 돼요?", "I earn 60 million won a year…": the limit is computed on the income stated,
 * and the answer says so first (a month's pay said as such, with the year it makes): the opening of the limit's
 * sentence, empty when the income on file was used.
 */
function statedIncomeLead(input: IntentReplyInput): string {
  const s = input.data.simulation;
  const stated = input.understanding.slots.statedIncome;
  const lang = input.language;
  if (!s?.incomeStated || !s.annualIncome) return '';
  const monthly = stated?.monthly ? formatWon(stated.monthly, lang) : null;
  return lang === 'ko'
    ? koText`말씀하신 ${monthly ? koText`월 소득 ${monthly}(연 ${s.annualIncome.text})` : koText`연소득 ${s.annualIncome.text}`}을/를 기준으로 하면 `
    : `On the income you mention, ${monthly ? `${monthly} a month (${s.annualIncome.text} a year)` : `${s.annualIncome.text} a year`}, `;
}

/** After a limit computed on a stated income: the income on file, and what a lender goes by. */
function incomeOnFileLine(onFile: Krw | null, lang: Lang): string {
  if (!onFile)
    return lang === 'ko'
      ? '등록된 소득 정보가 없어 말씀하신 소득으로 계산했습니다. 실제 심사에서는 소득 증빙(근로소득 원천징수영수증, 소득금액증명원)으로 확인된 소득이 기준이 됩니다.'
      : 'There is no income on file, so this uses the income you mention; a lender goes by the income your documents prove (withholding tax receipt, income certificate).';
  return lang === 'ko'
    ? koText`이 앱에 등록된 연소득은 ${onFile.text}이고, 실제 심사에서는 소득 증빙(근로소득 원천징수영수증, 소득금액증명원)으로 확인된 소득이 기준이 됩니다.`
    : `The income on file with us is ${onFile.text} a year; a lender goes by the income your documents prove (withholding tax receipt, income certificate).`;
}

/**
 * "연봉이 10% 오르면 한도 얼마나 늘어요?", "what if my income goes up 10%?": the simulation's income what-if against
 * today's limit — how much it moves, or that the binding limit is not the income's.
 */
/**
 * The limit at a second-tier lender (저축은행, 캐피탈 …): the simulation under the non-bank DSR cap (50 % against the
 * banks' 40 %) on the same assumed loan, the bank limit beside it; their rates are usually higher, which the
 * assumed rate does not show, so the answer says what that does.
 */
function nonBankLimitLine(
  max: Krw,
  bank: NonNullable<SimulationData['bank']>,
  cap: string | null,
  kind: string,
  assumed: string,
  lang: Lang,
): string {
  const capSaid = cap ? formatPercent(cap, 0) : null;
  const bankCap = formatPercent(bank.dsrCapRatio, 0);
  const more = new Decimal(max.amount).minus(bank.maxLoan.amount);
  const head =
    lang === 'ko'
      ? more.gt(0)
        ? koText`2금융권(저축은행·캐피탈 등)에서는 ${kind}이/가 최대 ${max.text}까지 가능한 것으로 계산됩니다: DSR 한도가 연소득의 ${capSaid ?? ''}로 은행(${bankCap}, 최대 ${bank.maxLoan.text})보다 높아 ${formatWon(more.toFixed(0), lang)} 더 빌릴 수 있습니다 (${assumed} 가정).`
        : koText`2금융권(저축은행·캐피탈 등)에서도 ${kind}은/는 은행과 같은 최대 ${max.text}까지로 계산됩니다: DSR 한도는 연소득의 ${capSaid ?? ''}로 은행(${bankCap})보다 높지만 다른 한도가 먼저 걸립니다 (${assumed} 가정).`
      : more.gt(0)
        ? `At a second-tier lender (a savings bank, a capital company …) you could borrow up to ${max.text} as a ${kind}: their DSR cap is ${capSaid ?? ''} of income against the banks' ${bankCap} (up to ${bank.maxLoan.text} at a bank), ${formatWon(more.toFixed(0), lang)} more (assuming ${assumed}).`
        : `At a second-tier lender your ${kind} limit is the same as at a bank, ${max.text}: their DSR cap (${capSaid ?? ''}) is higher than the banks' ${bankCap}, but another cap binds first (assuming ${assumed}).`;
  const rateNote =
    lang === 'ko'
      ? '다만 2금융권 금리는 보통 은행보다 높아, 실제로는 같은 금액에도 이자가 더 들고 금리가 높은 만큼 한도는 이보다 줄어듭니다.'
      : 'Their rates are usually higher than a bank’s, though: the same amount costs more interest, and the higher the rate, the lower the limit than this.';
  return `${head} ${rateNote}`;
}

function incomeWhatIfLine(input: IntentReplyInput, kind: string): string | null {
  const s = input.data.simulation;
  const w = s?.incomeWhatIf;
  const lang = input.language;
  if (!s?.maxLoan || !s.annualIncome || !w) return null;
  const rise = !w.ratio.startsWith('-');
  const pct = formatPercentShort(new Decimal(w.ratio).abs().toString());
  const incomes = `${s.annualIncome.text} → ${w.annualIncome.text}`;
  // "연봉이 2천만원으로 오르면": the income named, then today's (a month's pay said as such).
  const monthly = input.understanding.slots.statedIncome?.monthly;
  const condition = (koVerb: string) =>
    w.incomeNamed
      ? lang === 'ko'
        ? monthly
          ? koText`월 소득이 ${formatWon(monthly, lang)}으로/로 ${koVerb}(연 ${w.annualIncome.text}, 지금 연 ${s.annualIncome!.text})`
          : koText`연소득이 ${w.annualIncome.text}으로/로 ${koVerb}(지금 ${s.annualIncome!.text})`
        : `If your income ${rise ? 'rises' : 'falls'} to ${monthly ? `${formatWon(monthly, lang)} a month (${w.annualIncome.text} a year; ${s.annualIncome!.text} a year now)` : `${w.annualIncome.text} a year (${s.annualIncome!.text} now)`}`
      : lang === 'ko'
        ? `연소득이 ${pct} ${koVerb}(${incomes})`
        : `If your income ${rise ? 'rises' : 'falls'} ${pct} (${incomes} a year)`;
  const change = formatWon(new Decimal(w.change.amount).abs().toFixed(0), lang);
  if (new Decimal(w.change.amount).isZero()) {
    // Unchanged: a limit the income does not set (the LTV), said when one binds.
    const binding =
      w.bindingConstraint === 'NONE'
        ? null
        : bindingConstraintPhrase(w.bindingConstraint, s.dsrCapRatio, lang);
    return lang === 'ko'
      ? koText`${condition(rise ? '늘어도' : '줄어도')} ${kind} 한도는 최대 ${s.maxLoan.text} 그대로입니다${binding ? koText`: 소득이 아니라 ${binding}이/가 한도를 정합니다` : ''}.`
      : `${condition('')}, your ${kind} limit stays at ${s.maxLoan.text}${binding ? `: it is set by ${binding}, not by your income` : ''}.`;
  }
  return lang === 'ko'
    ? koText`${condition(rise ? '늘면' : '줄면')} ${kind} 한도는 최대 ${s.maxLoan.text}에서 ${w.maxLoan.text}으로/로 ${change} ${rise ? '늘어납니다' : '줄어듭니다'}.`
    : `${condition('')}, your ${kind} limit goes from ${s.maxLoan.text} to ${w.maxLoan.text}, ${change} ${rise ? 'more' : 'less'}.`;
}

/**
 * QA round 28 (helper en28). A loan paid off first, after a limit: the limit with that loan's repayments out of the DSR
 * (the simulation's repayment scenario) against today's, with the DSR before the new loan and what paying it off takes.
 */
function repaidWhatIfLine(input: IntentReplyInput, kind: string): string | null {
  const s = input.data.simulation;
  const w = s?.repaidWhatIf;
  const lang = input.language;
  const loan = w ? activeLoans(input.data).find((l) => l.loanId === w.loanId) : undefined;
  if (!s?.maxLoan || !s.dsrBefore || !w || !loan) return null;
  const name = loanName(loan, lang);
  const more = formatWon(new Decimal(w.change.amount).abs().toFixed(0), lang);
  return lang === 'ko'
    ? koText`${name}(남은 원금 ${loan.outstandingPrincipal.text})을/를 먼저 다 갚으면 ${kind} 한도는 최대 ${s.maxLoan.text}에서 ${w.maxLoan.text}으로/로 ${more} 늘어납니다: 그 원리금이 DSR에서 빠져 새 대출 전 DSR이 ${formatPercent(s.dsrBefore)}에서 ${formatPercent(w.dsrBefore)}으로/로 내려갑니다.`
    : `If you first paid off your ${name} (${loan.outstandingPrincipal.text} left), your ${kind} limit would go from ${s.maxLoan.text} to ${w.maxLoan.text}, ${more} more: its repayments would drop out of your DSR (${formatPercent(s.dsrBefore)} → ${formatPercent(w.dsrBefore)} before the new loan).`;
}

/**
 * "월급이 250만원인데 지금 대출 감당할 수 있을까요?": the loans held against the income (stated, else on file) — their
 * DSR (the limit simulation's "before") against the bank cap, and a month's instalments against a month's pay.
 */
function affordLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const s = data.simulation!;
  const stated = input.understanding.slots.statedIncome;
  const loans = activeLoans(data).filter((l) => l.nextPayment);
  const monthly = loans.reduce((a, l) => a.plus(l.nextPayment!.payment.amount), new Decimal(0));
  const within = new Decimal(s.dsrBefore!).lte(s.dsrCapRatio!);
  const dsr = formatPercent(s.dsrBefore);
  const cap = formatPercent(s.dsrCapRatio);
  const income = s.annualIncome?.text ?? '';
  const basis =
    lang === 'ko'
      ? stated?.monthly
        ? `말씀하신 월 소득 ${formatWon(stated.monthly, lang)}(연 ${income})`
        : stated
          ? `말씀하신 연소득 ${income}`
          : `등록된 연소득 ${income}`
      : stated?.monthly
        ? `the ${formatWon(stated.monthly, lang)} a month you mention (${income} a year)`
        : stated
          ? `the ${income} a year you mention`
          : `your income on file, ${income} a year`;
  const share =
    stated?.monthly && monthly.gt(0)
      ? formatPercent(monthly.div(stated.monthly).toDecimalPlaces(4).toString())
      : null;
  return [
    lang === 'ko'
      ? koText`${basis}을/를 기준으로 지금 대출의 원리금 상환 비율(DSR)은 ${dsr}로, 은행 기준 한도 ${cap} ${within ? '안이라 갚아 나갈 수 있는 수준입니다' : '을 넘어 부담이 큰 편입니다'}.`
      : `On ${basis}, the loans you have take ${dsr} of your income a year (DSR), ${within ? `within a bank's ${cap} cap: a level you can carry` : `above a bank's ${cap} cap: a heavy load`}.`,
    ...(loans.length
      ? [
          lang === 'ko'
            ? `매달 나가는 대출 납입액은 ${formatWon(monthly.toFixed(0), lang)}${share ? `으로 월 소득의 ${share}` : ''}입니다 (${loans.map((l) => `${loanName(l, lang)} ${l.nextPayment!.payment.text}`).join(', ')}).`
            : `Your loans take ${formatWon(monthly.toFixed(0), lang)} a month${share ? `, ${share} of your monthly pay` : ''} (${loans.map((l) => `${loanName(l, lang)} ${l.nextPayment!.payment.text}`).join('; ')}).`,
        ]
      : []),
    lang === 'ko'
      ? 'DSR은 대출 심사 기준일 뿐이니, 월 소득에서 대출 납입액과 생활비를 뺀 뒤에도 돈이 남는지, 비상금(생활비 3~6개월치)이 있는지도 함께 보세요.'
      : 'The DSR is a lending rule, not a budget: check that your pay still leaves money after the loan payments and living costs, and that you have 3–6 months of costs set aside.',
    ...steps(lang, [
      within
        ? lang === 'ko'
          ? '납입이 빠듯해지면 연체 전에 금융회사에 상환유예나 기한연장을 먼저 문의하세요 ("다음 달에 못 낼 것 같아요"처럼 물어보시면 방법을 알려 드려요).'
          : 'If payments get tight, ask your lender about a deferral or extension before you fall behind (ask me "I can’t pay next month" for the options).'
        : lang === 'ko'
          ? '부담을 줄이려면 금리가 낮은 대출로 갈아타기, 기간 연장, 채무조정(신용회복위원회 1600-5500)을 알아보세요 ("대출 갈아타면 얼마 아껴요?"처럼 물어보세요).'
          : 'To lighten the load, look at refinancing to a lower rate, a longer term or debt adjustment (Credit Counseling and Recovery Service, 1600-5500); ask "can I save by refinancing?".',
    ]),
  ];
}

/**
 * "집값 4억짜리 사려면 주담대 얼마나 나와요?": the limit for that home, and which of the two caps sets it — the LTV's share of
 * the price or the DSR's share of the income.
 */
function homeLimitLine(
  home: NonNullable<SimulationData['home']>,
  maxLoan: Krw,
  kind: string,
  assumed: string,
  lang: Lang,
): string {
  const ltv = formatPercent(home.ltvRatio, 0);
  const byPrice = new Decimal(home.ltvLimit.amount).lt(home.dsrLimit.amount);
  if (lang === 'ko')
    return byPrice
      ? koText`집값 ${home.price.text}이면 ${kind}은/는 최대 ${maxLoan.text}까지 가능한 것으로 계산됩니다: 소득 기준(DSR)으로는 ${home.dsrLimit.text}까지 되지만 담보 기준으로 집값의 ${ltv}인 ${home.ltvLimit.text}이/가 한도입니다 (${assumed} 가정).`
      : koText`집값 ${home.price.text}이면 ${kind}은/는 최대 ${maxLoan.text}까지 가능한 것으로 계산됩니다: 담보로는 집값의 ${ltv}인 ${home.ltvLimit.text}까지 되지만 소득 기준(DSR)으로 ${home.dsrLimit.text}이/가 한도입니다 (${assumed} 가정).`;
  return byPrice
    ? `For a ${home.price.text} home you could borrow up to ${maxLoan.text} as a ${kind}: your income (the DSR) would allow ${home.dsrLimit.text}, but the loan is capped at ${ltv} of the price, ${home.ltvLimit.text} (assuming ${assumed}).`
    : `For a ${home.price.text} home you could borrow up to ${maxLoan.text} as a ${kind}: ${ltv} of the price would be ${home.ltvLimit.text}, but your income (the DSR) caps it at ${home.dsrLimit.text} (assuming ${assumed}).`;
}

/** "스트레스 DSR 규제로 한도는 연 4.2%에 0.6%p를 더한 연 4.8%로 계산했습니다 …" */
function stressLine(stress: NonNullable<SimulationData['stress']>, annualRate: string, lang: Lang): string {
  const points = new Decimal(stress.addOn).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
  return lang === 'ko'
    ? koText`스트레스 DSR 규제에 따라 한도는 ${formatAnnualRate(annualRate, lang)}에 ${points}%p를 더한 ${formatAnnualRate(stress.stressedRate, lang)}로 계산했습니다 (실제 이자와 납입액은 ${formatAnnualRate(annualRate, lang)} 기준).`
    : `Under the stress DSR rules the limit is assessed at ${formatAnnualRate(stress.stressedRate, lang)}: the ${formatPercentShort(annualRate)} rate plus a ${points}-point stress add-on (the interest and payments themselves are at ${formatPercentShort(annualRate)}).`;
}

/** "내 소득 얼마로 되어있어요?": the annual income on file, a month of it, and what it is used for — first. */
function incomeOnFileLead(input: IntentReplyInput): string[] {
  const s = input.data.simulation;
  const income = s?.incomeStated ? s.incomeOnFile : s?.annualIncome;
  if (!input.understanding.slots.incomeOnFile || !income) return [];
  const lang = input.language;
  const month = formatWon(
    new Decimal(income.amount).div(12).toDecimalPlaces(0, Decimal.ROUND_DOWN).toFixed(0),
    lang,
  );
  return [
    lang === 'ko'
      ? `등록된 연소득은 ${income.text}(월 약 ${month})이며, 대출 한도와 DSR은 이 소득으로 계산됩니다. 소득이 바뀌었다면 거래 금융회사에 소득 증빙을 내 갱신하세요.`
      : `The annual income on file is ${income.text} (about ${month} a month); limits and your DSR are worked out on it. If it has changed, send your lender proof of income to update it.`,
  ];
}

/**
 * QA round 20 (loans). More jeonse loan for a raised deposit: the new deposit's share (JEONSE_DEPOSIT_SHARE) less the
 * jeonse loan held now, with the guarantor's cap and review; without the new deposit, the loan held and the rule.
 */
function jeonseTopUpLines(input: IntentReplyInput, held: LoanLine, deposit: string | undefined): string[] {
  const lang = input.language;
  const ko = lang === 'ko';
  const name = loanName(held, lang);
  const share = formatPercent(JEONSE_DEPOSIT_SHARE, 0);
  const review = ko
    ? '증액은 새(갱신) 계약서로 신청하며, 보증기관(주택금융공사·주택도시보증공사·서울보증)의 보증 상한과 소득·신용 심사에 따라 실제로 더 받을 수 있는 금액은 이보다 적을 수 있습니다.'
    : 'A top-up is applied for with the renewed lease, and the guarantor’s cap (HF, HUG or SGI) and a review of your income and credit can make the real figure lower.';
  // QA round 28 (helper en28). "my landlord wants to raise the deposit by 20 million": the rise borrowed as a top-up —
  // at least the share of the rise (the loan held is at most the share of today's deposit), its interest a month at
  // the loan's rate, the rest paid by the customer (was a savings goal of the rise).
  const raise = input.understanding.slots.depositRaise;
  if (!deposit && raise && new Decimal(raise).gt(0)) {
    const least = new Decimal(raise).mul(JEONSE_DEPOSIT_SHARE).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    const own = new Decimal(raise).minus(least);
    const interest = least.mul(held.annualRate).div(12).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    const lender = ko ? held.lender : lenderInEnglish(held.lender);
    const [raiseText, leastText] = [formatWon(raise, lang), formatWon(least.toFixed(0), lang)];
    return [
      ko
        ? koText`보증금 인상분 ${raiseText}은/는 보통 ${lender}에 전세자금대출 증액을 신청해 빌릴 수 있습니다: 전세대출은 보증금의 ${share}까지라 인상분의 ${share}인 ${leastText} 이상이고, 지금 ${name} ${held.outstandingPrincipal.text}이/가 기존 보증금의 ${share}보다 적다면 더 받을 수 있습니다.`
        : `A ${raiseText} rise in your deposit can usually be borrowed as a top-up of your jeonse loan (전세자금대출 증액) from ${lender}: a jeonse loan covers up to ${share} of the deposit, so at least ${leastText} of the rise (${share} of it) — more if your ${name} of ${held.outstandingPrincipal.text} is under ${share} of the deposit today.`,
      ko
        ? koText`${leastText}을/를 더 빌리면 지금 금리(${formatAnnualRate(held.annualRate, lang)}) 기준으로 이자가 한 달에 약 ${formatWon(interest.toFixed(0), lang)} 늘고, 나머지 ${formatWon(own.toFixed(0), lang)}은/는 직접 마련하셔야 합니다.`
        : `Borrowing ${leastText} more at your loan's ${formatAnnualRate(held.annualRate, lang)} adds about ${formatWon(interest.toFixed(0), lang)} of interest a month; the other ${formatWon(own.toFixed(0), lang)} you would pay yourself.`,
      review,
      ko
        ? '새(갱신) 전세계약서에 확정일자를 받은 뒤, 보통 계약 갱신일 1~2개월 전까지 신청하세요. 승인과 금액은 심사로 정해지므로 미리 약속드릴 수는 없습니다.'
        : 'Apply once the renewed lease has its fixed date (확정일자), usually 1–2 months before the renewal; approval and the amount depend on the review, so nothing is guaranteed.',
    ];
  }
  if (!deposit)
    return [
      ko
        ? koText`지금 ${name}은/는 ${held.outstandingPrincipal.text}입니다: 전세대출은 보증금의 ${share}까지라, 올린 보증금의 ${share}에서 이 금액을 뺀 만큼 더 받을 수 있습니다.`
        : `Your ${name} is ${held.outstandingPrincipal.text} now: a jeonse loan can cover up to ${share} of the deposit, so you could add up to ${share} of the raised deposit less that.`,
      review,
      ko
        ? '올린 보증금이 얼마인지 알려 주시면(예: "보증금 3억이면요?") 더 받을 수 있는 금액을 계산해 드릴게요.'
        : 'Tell me the raised deposit (say, "what if it’s 300 million?") and I will work out how much more.',
    ];
  const max = new Decimal(deposit).mul(JEONSE_DEPOSIT_SHARE).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const more = max.minus(held.outstandingPrincipal.amount);
  const maxText = formatWon(max.toFixed(0), lang);
  const depositText = formatWon(deposit, lang);
  return [
    more.gt(0)
      ? ko
        ? koText`보증금이 ${depositText}이면 전세대출은 ${share}인 최대 ${maxText}까지라, 지금 ${name} ${held.outstandingPrincipal.text}에서 최대 ${formatWon(more.toFixed(0), lang)} 더 받을 수 있습니다.`
        : `On a ${depositText} deposit a jeonse loan can be up to ${share} of it, ${maxText}: with ${held.outstandingPrincipal.text} on your ${name} now, you could add up to ${formatWon(more.toFixed(0), lang)}.`
      : ko
        ? koText`보증금이 ${depositText}이면 전세대출은 ${share}인 최대 ${maxText}까지라, 지금 ${name} ${held.outstandingPrincipal.text}보다 많지 않아 더 받을 수 없습니다.`
        : `On a ${depositText} deposit a jeonse loan can be up to ${share} of it, ${maxText}, which is no more than the ${held.outstandingPrincipal.text} on your ${name} now: there is no room to add.`,
    review,
  ];
}

/**
 * QA round 20 (loans). The DSR a loan of the amount asked gives (the limit simulation's before and after) against the
 * bank cap; judged ("is that a lot?"), yes or no first — far over when it is more than half as much again as the cap.
 */
function dsrAfterLine(
  amount: string,
  before: string,
  after: string,
  cap: string,
  judged: boolean,
  lang: Lang,
): string {
  const over = new Decimal(after).gt(cap);
  const far = new Decimal(after).gt(new Decimal(cap).mul(1.25));
  const [b, a, c] = [formatPercent(before), formatPercent(after), formatPercent(cap, 0)];
  if (judged)
    return lang === 'ko'
      ? over
        ? koText`네, ${a}은/는 은행 DSR 한도 ${c}을/를 ${far ? '크게 ' : ''}넘는 수준이라, ${amount}을/를 더 빌리기는 어렵고 갚는 부담도 큽니다 (지금은 ${b}).`
        : koText`아니요, ${a}은/는 은행 DSR 한도 ${c} 안이라 심사 기준으로는 감당할 수 있는 수준입니다 (지금은 ${b}).`
      : over
        ? `Yes: ${a} is ${far ? 'far ' : ''}over a bank's ${c} DSR cap, so borrowing ${amount} more would be hard and a heavy load (it is ${b} now).`
        : `No: ${a} is within a bank's ${c} DSR cap, a level a lender would accept (it is ${b} now).`;
  return lang === 'ko'
    ? koText`${amount}을/를 빌리시면 DSR은 지금 ${b}에서 ${a}이/가 됩니다: 은행 한도 ${c}을/를 ${over ? '넘습니다' : '넘지 않습니다'}.`
    : `Borrowing ${amount} would take your DSR from ${b} to ${a}: ${over ? 'over' : 'within'} a bank's ${c} cap.`;
}

/**
 * QA round 25 (left25b). A new loan's effect on the credit score, with its figures: more owed and one more loan can
 * lower the score for a while, and the DSR it leads to against the bank cap (over it, a bank would likely decline
 * first). Null without the amount's simulation.
 */
function newLoanCreditLines(s: SimulationData, kind: string, lang: Lang): string[] | null {
  if (
    !s.requestedAmount ||
    !s.requestedPayment ||
    !s.dsrBefore ||
    !s.dsrAfter ||
    !s.dsrCapRatio ||
    !s.maxLoan
  )
    return null;
  const over = new Decimal(s.dsrAfter).gt(s.dsrCapRatio);
  const [b, a, c] = [formatPercent(s.dsrBefore), formatPercent(s.dsrAfter), formatPercent(s.dsrCapRatio, 0)];
  const ko = lang === 'ko';
  return [
    ko
      ? koText`${s.requestedAmount.text} ${kind}을/를 새로 받으시면 빚과 대출 건수가 늘어 신용점수가 한동안 내려갈 수 있고, 한 달 납입액 ${s.requestedPayment.text}으로 DSR이 지금 ${b}에서 ${a}이/가 되어 은행 한도 ${c}을/를 ${over ? '넘으니 은행 심사에서 거절될 가능성이 큽니다' : '넘지는 않습니다'}.`
      : `A new ${s.requestedAmount.text} ${kind} would likely lower your credit score for a while, since it adds to what you owe and to your number of loans; at ${s.requestedPayment.text} a month it would also take your DSR from ${b} to ${a}, ${over ? `over a bank’s ${c} cap, so a bank would most likely turn it down` : `within a bank’s ${c} cap`}.`,
    over
      ? ko
        ? koText`한도 안에서는 최대 ${s.maxLoan.text}까지 빌릴 수 있고, 새 대출도 연체 없이 갚아 나가면 점수는 다시 회복됩니다.`
        : `Within the cap you could borrow up to ${s.maxLoan.text}; repaying any new loan on time brings the score back.`
      : ko
        ? '연체 없이 갚아 나가면 점수는 다시 회복됩니다.'
        : 'Repaying it on time brings the score back.',
  ];
}

/**
 * QA round 21 (loan21). A new loan's monthly payment said ("오토론 월 40만원정도"): the DSR with it — the loans' yearly
 * debt service plus twelve such payments over the income — against the cap, yes or no first, then the most the income
 * allows and its payment. Null without the figures.
 */
function monthlyPayLine(
  input: IntentReplyInput,
  s: SimulationData,
  kind: string,
  terms: string,
): string | null {
  const pay = input.understanding.slots.monthlyPay;
  const lang = input.language;
  if (!pay || !s.annualIncome || !s.existingAnnualDebtService || !s.dsrBefore || !s.dsrCapRatio || !s.maxLoan)
    return null;
  const income = new Decimal(s.annualIncome.amount);
  if (income.lte(0)) return null;
  const after = new Decimal(s.existingAnnualDebtService.amount).plus(new Decimal(pay).times(12)).div(income);
  const over = after.gt(s.dsrCapRatio);
  const room = roomPerMonth(s, lang);
  const [b, a, c] = [
    formatPercent(s.dsrBefore),
    formatPercent(after.toFixed(4)),
    formatPercent(s.dsrCapRatio, 0),
  ];
  const said = formatWon(pay, lang);
  return lang === 'ko'
    ? over
      ? koText`어렵습니다: 한 달에 ${said}씩 갚는 ${kind}이면 DSR이 지금 ${b}에서 약 ${a}이/가 돼 은행 한도 ${c}을/를 넘습니다. 지금 소득으로는 최대 ${s.maxLoan.text}(${terms}, 월 약 ${room})까지입니다.`
      : koText`네, 한 달에 ${said}씩 갚는 ${kind}이면 DSR이 지금 ${b}에서 약 ${a}이/가 돼 은행 한도 ${c} 안입니다 (최대 ${s.maxLoan.text}, ${terms}).`
    : over
      ? `That would be hard: a ${kind} costing ${said} a month takes your DSR from ${b} to about ${a}, over a bank's ${c} cap. Your income allows at most ${s.maxLoan.text} (${terms}, about ${room} a month).`
      : `Yes: a ${kind} costing ${said} a month takes your DSR from ${b} to about ${a}, within a bank's ${c} cap (at most ${s.maxLoan.text}, ${terms}).`;
}

/** The monthly payment the DSR cap leaves room for: (cap × income − the loans' yearly debt service) ÷ 12, at least 0. */
function roomPerMonth(s: SimulationData, lang: Lang): string {
  const income = new Decimal(s.annualIncome?.amount ?? 0);
  const room = Decimal.max(
    0,
    income
      .times(s.dsrCapRatio ?? 0)
      .minus(s.existingAnnualDebtService?.amount ?? 0)
      .div(12)
      .toDecimalPlaces(0, Decimal.ROUND_DOWN),
  );
  return formatWon(room.toFixed(0), lang);
}

/**
 * QA round 21 (loan21). "is my loan gonna be a problem for getting a car loan", "+전세대출 있는데도요?": yes when the loans
 * held take part of the DSR room — their yearly debt service, the DSR it makes, the room left a month and the limit —
 * no when they take none. Null without the figures.
 */
function heldBurdenLine(
  input: IntentReplyInput,
  s: SimulationData,
  kind: string,
  terms: string,
): string | null {
  const lang = input.language;
  if (!s.existingAnnualDebtService || !s.dsrBefore || !s.dsrCapRatio || !s.maxLoan) return null;
  const loans = activeLoans(input.data);
  const names = loans.map((l) => loanName(l, lang)).join(lang === 'ko' ? ', ' : ' and ');
  const b = formatPercent(s.dsrBefore);
  const c = formatPercent(s.dsrCapRatio, 0);
  const room = roomPerMonth(s, lang);
  if (loans.length === 0 || new Decimal(s.existingAnnualDebtService.amount).lte(0))
    return lang === 'ko'
      ? koText`아니요, 지금 갚고 있는 대출이 없어 ${kind} 한도를 줄이지 않습니다: 최대 ${s.maxLoan.text}(${terms})까지 계산됩니다.`
      : `No: you have no loan being repaid, so nothing takes from a ${kind}; you could borrow up to ${s.maxLoan.text} (${terms}).`;
  return lang === 'ko'
    ? koText`네, 영향이 있습니다: ${names}의 원리금(연 ${s.existingAnnualDebtService.text})이 이미 연소득의 ${b}을/를 차지해 은행 DSR 한도 ${c}까지 남은 여유가 월 약 ${room}뿐이라, ${kind}은/는 최대 ${s.maxLoan.text}(${terms})까지입니다.`
    : `Yes, it limits it: your ${names} already takes ${b} of your income (${s.existingAnnualDebtService.text} a year) under a bank's ${c} DSR cap, leaving room for only about ${room} a month, so a ${kind} could be at most ${s.maxLoan.text} (${terms}).`;
}

function limitLead(input: IntentReplyInput): string[] {
  if (input.understanding.slots.request === 'CARD_LIMIT') return cardLimitLead(input.language);
  if (input.understanding.slots.request === 'CARD_LIMIT_CHECK') return cardLimitCheck(input);
  const { data, language: lang } = input;
  const deposit = input.understanding.slots.jeonseDeposit;
  // "전세 보증금 3억이면 전세대출 얼마까지 돼요?": the share of that deposit, first.
  // QA round 20 (loans). "전세 보증금 올려달래요 얼마까지 대출 더 돼요?" (+"보증금 3억이면요?"): the jeonse loan held now
  // against the raised deposit's share.
  const held = input.understanding.slots.jeonseTopUp
    ? activeLoans(data).find((l) => l.kind === 'JEONSE')
    : undefined;
  if (input.understanding.slots.loanKind === 'JEONSE' && held) return jeonseTopUpLines(input, held, deposit);
  if (input.understanding.slots.loanKind === 'JEONSE' && deposit) {
    const max = formatWon(
      new Decimal(deposit).mul(JEONSE_DEPOSIT_SHARE).toDecimalPlaces(0, Decimal.ROUND_DOWN),
      lang,
    );
    return [
      lang === 'ko'
        ? koText`전세보증금이 ${formatWon(deposit, lang)}이면 전세자금대출은 보증금의 ${formatPercent(JEONSE_DEPOSIT_SHARE, 0)}인 최대 ${max}까지 받을 수 있습니다.`
        : `On a ${formatWon(deposit, lang)} deposit, a jeonse loan can cover up to ${formatPercent(JEONSE_DEPOSIT_SHARE, 0)} of it: at most ${max}.`,
      lang === 'ko'
        ? '전세자금대출의 한도는 DSR로 정해지지 않지만(다른 대출의 DSR에는 이자만 들어갑니다), 보증기관(주택금융공사·주택도시보증공사·서울보증)마다 보증 상한이 있고 소득·신용과 주택 조건을 심사하므로 실제 한도는 이보다 적을 수 있습니다.'
        : 'A jeonse loan’s limit is not set by the DSR (only its interest counts in the DSR of your other loans), but each guarantee institution (HF, HUG, SGI) has its own cap and checks your income, credit and the home, so the actual limit can be lower.',
      ...steps(lang, [
        lang === 'ko'
          ? '계약 전에 은행 앱이나 창구에서 보증기관별 예상 한도를 조회해 보세요 (조회만으로는 신용점수에 영향이 없습니다).'
          : 'Before signing, check each guarantee institution’s expected limit in your bank’s app or at a branch (a check alone does not affect your credit score).',
      ]),
    ];
  }
  if (input.understanding.slots.loanKind === 'JEONSE')
    return [
      lang === 'ko'
        ? `전세자금대출 한도는 DSR이 아니라 전세보증금의 ${formatPercent(JEONSE_DEPOSIT_SHARE, 0)} 이내에서 보증기관(주택금융공사·주택도시보증공사·서울보증) 한도와 소득, 보증금 규모에 따라 정해집니다 (다른 대출의 DSR을 계산할 때는 전세자금대출의 이자만 들어갑니다).`
        : `A jeonse loan’s limit is not set by the DSR: it can cover up to ${formatPercent(JEONSE_DEPOSIT_SHARE, 0)} of the deposit, within the guarantee institution's cap (HF, HUG or SGI) and your income (in the DSR of your other loans only its interest counts).`,
      lang === 'ko'
        ? '계약하실 전세보증금을 알려 주시면 그 기준으로 안내해 드릴게요.'
        : 'Tell me the deposit of the lease you are signing and I will work it out from there.',
    ];
  const s = data.simulation;
  // The simulation refused what was asked ("99년 만기로 대출 한도 얼마?": a term no loan has) — said, not an empty answer.
  if (!s)
    return [
      lang === 'ko'
        ? '말씀하신 조건으로는 한도를 계산할 수 없습니다. 대출 종류와 기간(예: 주담대 30년, 신용대출 60개월)을 다시 알려 주시면 그 조건으로 계산해 드릴게요.'
        : 'I can’t work out a limit on those terms. Tell me the kind of loan and a term (say, a 30-year mortgage or a 60-month credit loan) and I will work it out on those.',
    ];
  if (input.understanding.slots.affordHeld && s.ok && s.dsrBefore && s.dsrCapRatio) return affordLines(input);
  const kind = phrase('loanKind', s.assumedLoan?.kind ?? 'CREDIT', lang);
  if (!s.ok || !s.maxLoan)
    return [
      lang === 'ko'
        ? koText`${kind} 한도를 지금은 계산할 수 없습니다: ${s.reason ?? '소득 정보가 없습니다'}.`
        : `I can’t compute a ${kind} limit right now: ${s.reason ?? 'there is no income on record'}.`,
    ];
  const a = s.assumedLoan!;
  const term = formatCount(a.termMonths, 'month', lang);
  const rate = formatAnnualRate(a.annualRate, lang);
  // "마이너스 통장 만들 수 있어요?": a credit line counts in the DSR like a credit loan repaid over five years, so its
  // limit is the credit loan's, said as the overdraft asked about.
  const overdraft = input.understanding.slots.loanKind === 'OVERDRAFT' && a.kind === 'CREDIT';
  const incomeLead = statedIncomeLead(input);
  const out = [
    s.home
      ? homeLimitLine(
          s.home,
          s.maxLoan,
          kind,
          `${term}, ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}`,
          lang,
        )
      : overdraft
        ? lang === 'ko'
          ? koText`마이너스통장은 DSR을 계산할 때 신용대출처럼 ${term} 동안 나눠 갚는 것으로 보므로, 한도는 최대 ${s.maxLoan.text}까지 가능한 것으로 계산됩니다 (${rate} 가정).`
          : `An overdraft line counts in the DSR like a credit loan repaid over ${term}, so its limit could be up to ${s.maxLoan.text} (assuming ${rate}).`
        : lang === 'ko'
          ? koText`${incomeLead}${kind}은/는 최대 ${s.maxLoan.text}까지 가능한 것으로 계산됩니다 (${term}, ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)} 가정).`
          : `${incomeLead ? `${incomeLead}you` : 'You'} could borrow up to ${s.maxLoan.text} as a ${kind} (assuming ${term} at ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}).`,
  ];
  // "2금융권에서는 얼마까지 빌릴 수 있어요?": the non-bank limit, the bank one beside it, first.
  if (s.bank && !s.home && !overdraft)
    out[0] = nonBankLimitLine(s.maxLoan, s.bank, s.dsrCapRatio, kind, `${term}, ${rate}`, lang);
  if (s.home)
    out.push(
      lang === 'ko'
        ? koText`LTV ${formatPercent(s.home.ltvRatio, 0)}는 비규제지역의 일반 상한을 가정한 것으로, 규제지역은 더 낮고 생애최초 주택 구입은 더 높을 수 있습니다. 집값에서 대출을 뺀 ${formatWon(new Decimal(s.home.price.amount).minus(s.maxLoan.amount).toFixed(0), lang)}은/는 자기자금으로 마련하셔야 합니다.`
        : `The ${formatPercent(s.home.ltvRatio, 0)} LTV is the usual ceiling outside regulated areas (lower in regulated areas, higher for some first-time buyers); the other ${formatWon(new Decimal(s.home.price.amount).minus(s.maxLoan.amount).toFixed(0), lang)} of the price would have to come from your own funds.`,
    );
  // "대출 더 받을 수 있어요?", "can I get another loan?": yes with the limit, or no when it is nothing.
  if (input.understanding.slots.canBorrow && !s.requestedAmount && !s.incomeWhatIf) {
    if (new Decimal(s.maxLoan.amount).gt(0))
      out[0] = lang === 'ko' ? `네, ${out[0]}` : `Yes: ${out[0].charAt(0).toLowerCase()}${out[0].slice(1)}`;
    else
      out[0] =
        lang === 'ko'
          ? koText`아니요, 지금 소득과 대출로는 ${kind} 한도가 나오지 않습니다 (${term}, ${rate} 가정).`
          : `No: with your income and loans as they are, there is no room for a ${kind} (assuming ${term} at ${rate}).`;
  }
  // "금리는요?" after the limit: the rate it assumed, first (put before the amount's line below).
  const rateLine = input.understanding.slots.rateAssumed
    ? lang === 'ko'
      ? koText`${kind} 금리는 금융회사가 신용점수와 소득을 심사해 정하므로 미리 정해진 값은 없고, 한도 계산에는 ${rate}을/를 가정했습니다: 실제로 받을 금리는 대출 비교 플랫폼이나 은행 앱에서 조회해 보세요 (조회만으로는 신용점수에 영향이 없습니다).`
      : `A ${kind}'s rate is set by the lender on your credit score and income, so there is no fixed figure; the limit here assumes ${rate}. Check the rate you would be offered in a loan comparison app or your bank's app (checking does not affect your credit score).`
    : null;
  if (rateLine && !s.requestedAmount) out.unshift(rateLine);
  // "연봉이 10% 오르면 한도 얼마나 늘어요?": the what-if's limit against today's, first.
  const whatIf = incomeWhatIfLine(input, kind);
  if (whatIf) out.unshift(whatIf);
  // QA round 28 (helper en28). "and if i pay off the jeonse loan first": the limit with that loan out of the DSR, first.
  const repaid = repaidWhatIfLine(input, kind);
  if (repaid) out.unshift(repaid);
  // "그럼 월 납입액은?": what a loan of the limit costs a month, first.
  if (s.limitPayment)
    out.unshift(
      lang === 'ko'
        ? koText`최대 한도인 ${s.maxLoan.text}을/를 ${term}, ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}으로/로 빌리시면 한 달 납입액은 ${s.limitPayment.text}입니다.`
        : `Borrowing the full limit of ${s.maxLoan.text} over ${term} at ${rate} (${phrase('repaymentMethod', a.repaymentMethod, lang)}) costs ${s.limitPayment.text} a month.`,
    );
  if (s.requestedAmount) {
    const fits = new Decimal(s.requestedAmount.amount).lte(s.maxLoan.amount);
    const max = s.maxLoan.text;
    const verdict =
      lang === 'ko'
        ? `계산된 한도(최대 ${max})${fits ? ' 안입니다' : '를 넘습니다'}`
        : `${fits ? 'within' : 'above'} your computed limit of ${max}`;
    // The amount asked for comes first: its instalment, then whether it fits — asked as yes or no, the answer first.
    // QA round 20 (loans): with the DSR asked, that answers first and the amount's line is no yes or no of its own.
    const yes = input.understanding.slots.yesNo && !input.understanding.slots.dsrAsked;
    out.unshift(
      yes && s.requestedPayment
        ? lang === 'ko'
          ? koText`${fits ? '네' : '아니요'}, 말씀하신 ${s.requestedAmount.text}은/는 ${verdict}: ${term}, ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}으로/로 빌리시면 한 달 납입액은 ${s.requestedPayment.text}입니다.`
          : `${fits ? 'Yes' : 'No'}: the ${s.requestedAmount.text} you asked about is ${verdict}; over ${term} at ${rate} (${phrase('repaymentMethod', a.repaymentMethod, lang)}) it costs ${s.requestedPayment.text} a month.`
        : s.requestedPayment
          ? lang === 'ko'
            ? koText`말씀하신 ${s.requestedAmount.text}을/를 ${term}, ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}으로/로 빌리시면 한 달 납입액은 ${s.requestedPayment.text}이고, ${verdict}.`
            : `Borrowing the ${s.requestedAmount.text} you asked about over ${term} at ${rate} (${phrase('repaymentMethod', a.repaymentMethod, lang)}) costs ${s.requestedPayment.text} a month, and it is ${verdict}.`
          : lang === 'ko'
            ? koText`말씀하신 ${s.requestedAmount.text}은/는 ${verdict}.`
            : `The ${s.requestedAmount.text} you asked about is ${verdict}.`,
    );
    // "5백만원 신용대출 받으면 이자 얼마야": the interest over the term, beside the instalment (QA round 20: the
    // instalment alone). Equal instalments: n × the instalment less the amount (the last one evens out the rounding).
    if (s.requestedPayment && a.repaymentMethod === 'LEVEL_PAYMENT') {
      const interest = formatWon(
        new Decimal(s.requestedPayment.amount).times(a.termMonths).minus(s.requestedAmount.amount).toFixed(0),
        lang,
      );
      out.splice(
        1,
        0,
        lang === 'ko'
          ? koText`${term} 동안 내는 이자는 모두 약 ${interest}입니다.`
          : `The interest over the ${term} comes to about ${interest} in all.`,
      );
    }
  }
  // QA round 20 (loans). "3천만원 빌리면 DSR 몇프로야?": the DSR before and after, against the cap, first; "+is that a
  // lot?" after it: over or under the cap, as yes or no.
  const dsrLead =
    input.understanding.slots.dsrAsked && s.requestedAmount && s.dsrBefore && s.dsrAfter && s.dsrCapRatio
      ? dsrAfterLine(
          s.requestedAmount.text,
          s.dsrBefore,
          s.dsrAfter,
          s.dsrCapRatio,
          input.understanding.slots.dsrJudged === true,
          lang,
        )
      : null;
  if (dsrLead) out.unshift(dsrLead);
  // "2억 빌리려면 연봉 얼마 돼야 해요?": the income that limit needs, first.
  const needed = s.incomeNeeded;
  if (needed && s.requestedAmount)
    out.unshift(
      needed.met
        ? lang === 'ko'
          ? koText`지금 연소득 ${needed.income.text}으로/로도 ${s.requestedAmount.text}을/를 ${kind}으로/로 빌릴 수 있는 것으로 계산됩니다.`
          : `Your income of ${needed.income.text} already allows ${s.requestedAmount.text} as a ${kind}.`
        : lang === 'ko'
          ? koText`${s.requestedAmount.text}을/를 ${kind}으로/로 빌리려면 연소득이 약 ${needed.income.text} 필요합니다: 지금보다 ${needed.increase.text} 많아야 합니다 (${term}, ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}, 스트레스 DSR 포함 가정).`
          : `To borrow ${s.requestedAmount.text} as a ${kind} you would need an annual income of about ${needed.income.text}: ${needed.increase.text} more than now (assuming ${term} at ${rate}, ${phrase('repaymentMethod', a.repaymentMethod, lang)}, stress DSR included).`,
    );
  // QA round 21 (loan21). "오토론 받아도 될까요 월 40만원정도": the DSR with that monthly payment against the cap, first;
  // "is my loan gonna be a problem for getting a car loan", "+전세대출 있는데도요?": the loans held and the room they
  // leave, before it.
  // QA round 21 (loan21). "+금리는 몇 프로 정도?" after a limit with an amount: the assumed rate before the amount's line.
  if (rateLine && s.requestedAmount) out.unshift(rateLine);
  const monthly = monthlyPayLine(input, s, kind, `${term}, ${rate}`);
  if (monthly) out.unshift(monthly);
  const heldLine = input.understanding.slots.heldBurden
    ? heldBurdenLine(input, s, kind, `${term}, ${rate}`)
    : null;
  if (heldLine) out.unshift(heldLine);
  const binding = bindingConstraintPhrase(s.bindingConstraint, s.dsrCapRatio, lang);
  // "What's the cheapest way to borrow ₩5M?": an amount within every cap is bound by none ("set by no binding limit"
  // read as nonsense).
  const unbound = s.bindingConstraint === 'NONE';
  if (s.dsrBefore && s.dsrAfter && !dsrLead)
    out.push(
      unbound
        ? lang === 'ko'
          ? koText`이 금액은 어느 한도에도 걸리지 않으며, 총부채원리금상환비율(DSR)은 지금 ${formatPercent(s.dsrBefore)}에서 이 대출 후 ${formatPercent(s.dsrAfter)}이/가 됩니다.`
          : `No cap binds at this amount; your debt-service ratio (DSR) goes from ${formatPercent(s.dsrBefore)} now to ${formatPercent(s.dsrAfter)} with this loan.`
        : lang === 'ko'
          ? koText`한도를 정하는 것은 ${binding}이며, 총부채원리금상환비율(DSR)은 지금 ${formatPercent(s.dsrBefore)}에서 이 대출 후 ${formatPercent(s.dsrAfter)}이/가 됩니다.`
          : `The limit is set by ${binding}; your debt-service ratio (DSR) goes from ${formatPercent(s.dsrBefore)} now to ${formatPercent(s.dsrAfter)} with this loan.`,
    );
  // The stress DSR: the limit is assessed at a higher rate than the one the loan is assumed to carry ("연 4.2%
  // 가정" while the DSR figures rest on 4.8 %), said so the two rates do not read as a contradiction.
  if (s.stress) out.push(stressLine(s.stress, a.annualRate, lang));
  if (s.incomeStated) out.push(incomeOnFileLine(s.incomeOnFile, lang));
  // QA round 22 (loanleft). "why so little", "왜 이것밖에 안 돼요?": what binds the limit, with the figures, then the
  // what-if that raises it — first (the what-if's own line moves after the reason).
  const why = input.understanding.slots.limitWhy ? limitWhyLine(s, kind, lang) : null;
  if (why) {
    const at = whatIf ? out.indexOf(whatIf) : -1;
    if (at >= 0) out.splice(at, 1);
    // The binding line ("한도를 정하는 것은 …") says less than the reason now leading: left out.
    const bound = out.findIndex((x) =>
      x.startsWith(lang === 'ko' ? '한도를 정하는 것은' : 'The limit is set by'),
    );
    if (bound >= 0) out.splice(bound, 1);
    out.unshift(why, ...(whatIf ? [whatIf] : []));
  }
  // QA round 25 (left25b). "how would that affect my credit score" after "should i take a car loan of 30m": what that
  // loan does to the score and to the DSR, with its own figures, first (was the score on file alone).
  const hit =
    input.understanding.slots.creditEffect === 'NEW_LOAN' ? newLoanCreditLines(s, kind, lang) : null;
  if (hit) return hit;
  out.push(
    ...steps(lang, [
      lang === 'ko'
        ? '기존 대출이나 카드 할부를 먼저 줄이면 DSR이 내려가 한도가 늘어납니다.'
        : 'Paying down existing loans or card instalments lowers your DSR and raises the limit.',
      lang === 'ko'
        ? '기간을 늘리면 연간 상환액이 줄어 한도가 커지지만, 전체 이자는 늘어납니다.'
        : 'A longer term lowers yearly repayments and raises the limit, at the cost of more interest overall.',
    ]),
  );
  return out;
}

/**
 * QA round 22 (loanleft). **Decision:** "why so little" after a limit — what binds it, with the figures: the DSR cap's
 * share of the income, what the loans held already take of it (today's DSR), and the room left for the new loan's
 * yearly repayments; a home's LTV when that binds. Null when neither binds (the limit line then says so).
 */
function limitWhyLine(s: SimulationData, kind: string, lang: Lang): string | null {
  const ko = lang === 'ko';
  if (!s.maxLoan) return null;
  if (s.home && String(s.bindingConstraint).startsWith('LTV'))
    return ko
      ? koText`한도가 ${s.maxLoan.text}에 그치는 것은 LTV 때문입니다: 집값 ${s.home.price.text}의 ${formatPercent(s.home.ltvRatio, 0)}까지만 빌릴 수 있고, 소득으로 보면(DSR) ${s.home.dsrLimit.text}까지 가능합니다.`
      : `Your limit stops at ${s.maxLoan.text} because of the LTV: you can borrow up to ${formatPercent(s.home.ltvRatio, 0)} of the ${s.home.price.text} price, while your income (DSR) would allow ${s.home.dsrLimit.text}.`;
  if (!s.annualIncome || !s.dsrCapRatio || !s.existingAnnualDebtService || !s.dsrBefore) return null;
  if (!String(s.bindingConstraint).startsWith('DSR')) return null;
  const cap = new Decimal(s.annualIncome.amount).times(s.dsrCapRatio).toFixed(0);
  const room = Decimal.max(0, new Decimal(cap).minus(s.existingAnnualDebtService.amount)).toFixed(0);
  const pct = formatPercent(s.dsrCapRatio, 0);
  return ko
    ? koText`${kind} 한도가 ${s.maxLoan.text}에 그치는 것은 DSR 한도 때문입니다: 연소득 ${s.annualIncome.text}의 ${pct}인 연 ${formatWon(cap, lang)}까지만 대출 원리금에 쓸 수 있는데, 지금 대출 상환에 이미 연 ${s.existingAnnualDebtService.text}이/가 나가고 있어(DSR ${formatPercent(s.dsrBefore)}) 새 대출은 남은 연 ${formatWon(room, lang)} 안에서만 갚을 수 있습니다.`
    : `Your ${kind} limit stops at ${s.maxLoan.text} because of the DSR cap: only ${pct} of your ${s.annualIncome.text} income, ${formatWon(cap, lang)} a year, can go to loan repayments, and your loans already take ${s.existingAnnualDebtService.text} a year (a DSR of ${formatPercent(s.dsrBefore)}), leaving ${formatWon(room, lang)} a year for a new loan's repayments.`;
}

function choiceLine(c: RefinanceChoiceData, current: string | null, lang: Lang): string {
  const fee = c.prepaymentFee.amount === '0' ? null : c.prepaymentFee.text;
  const breakEven = c.breakEvenMonth
    ? lang === 'ko'
      ? `${c.breakEvenMonth}개월째에 비용이 회수됩니다`
      : `it pays for itself in month ${c.breakEvenMonth}`
    : lang === 'ko'
      ? '남은 기간 안에 비용이 회수되지 않습니다'
      : 'it never pays for its costs';
  // Nothing to pay back ("비용 0원, 1개월째에 비용이 회수됩니다" read as nonsense): no costs, said as such.
  const costs =
    c.totalCost.amount === '0'
      ? lang === 'ko'
        ? '드는 비용 없음'
        : 'no costs'
      : lang === 'ko'
        ? `비용 ${c.totalCost.text}${fee ? `(중도상환수수료 ${fee} 포함)` : ''}, ${breakEven}`
        : `costs ${c.totalCost.text}${fee ? ` including a ${fee} prepayment fee` : ''}, ${breakEven}`;
  return lang === 'ko'
    ? `월 납입액 ${current ?? ''}${current ? ' → ' : ''}${c.newPayment.text} (월 ${c.monthlySaving.text} 절감), ${costs}; 남은 기간 전체로 ${c.lifetimeSaving.text} 절감`
    : `monthly payment ${current ? `${current} → ` : ''}${c.newPayment.text} (saving ${c.monthlySaving.text} a month), ${costs}; ${c.lifetimeSaving.text} saved over the remaining term`;
}

function refinance(input: IntentReplyInput): string[] {
  // QA round 24 (plan24). "신혼부부 전세대출로 갈아탈수있어?": the switch's conditions, not the generic offers.
  if (input.understanding.slots.newlywedSwitch) return newlywedSwitchLines(input);
  const ext = input.understanding.slots.request === 'EXTENSION' ? extensionLoan(input) : null;
  const lead = ext
    ? extensionLines(
        ext,
        input.data,
        input.language,
        input.understanding.slots.extensionRefused,
        input.understanding.slots.landlordRefuses,
      )
    : [];
  // "금리인하요구권 쓸 수 있나요?": yes, on their loan at its rate, and how; what the right is; then what staying at a
  // reduced rate would save. ("깎아달라고 하면 깎아줘요?" is led by refinanceLines: not guaranteed.)
  if (input.understanding.slots.productTopic === 'RATE_CUT_RIGHT') {
    const l = input.loan;
    if (l && input.understanding.slots.refinanceLead !== 'WILL_CUT')
      lead.push(
        input.language === 'ko'
          ? koText`네, ${loanName(l, 'ko')}(지금 ${formatAnnualRate(l.annualRate, 'ko')})에 금리인하요구권을 신청하실 수 있습니다: ${l.lender} 앱이나 창구에서 소득·재직·신용점수가 좋아진 자료를 내면 10영업일 안에 결과를 받고, 받아들여질지는 심사로 정해집니다.`
          : `Yes: you can ask ${lenderInEnglish(l.lender)} to cut the rate on your ${loanName(l, 'en')} (${formatAnnualRate(l.annualRate, 'en')} now) — apply in its app or at a branch with proof that your income, job or credit score has improved; you get an answer within 10 business days, and the lender decides.`,
      );
    // "깎아달라고 하면 깎아줘요?": not guaranteed, first (refinanceLines), then what the right is.
    if (input.understanding.slots.refinanceLead === 'WILL_CUT') {
      const [first, ...rest] = refinanceLines(input);
      return [first, ...GLOSSARY.RATE_CUT_RIGHT.map((e) => e[input.language]), ...rest];
    }
    lead.push(...GLOSSARY.RATE_CUT_RIGHT.map((e) => e[input.language]));
  }
  // "변동금리를 고정금리로 바꾸는 게 나아요?": the loan's rate type now, what switching means, then the offers.
  if (input.understanding.slots.productTopic === 'RATE_TYPES' && input.loan)
    lead.push(
      ...rateTypeSwitchLines(
        input.loan,
        input.data.refinance ?? null,
        !!input.understanding.slots.canSwitch,
        input.language,
      ),
    );
  return [...lead, ...refinanceLines(input)];
}

/**
 * "고정금리로 바꿀 수 있어요?", "can I switch to a fixed rate?": yes or no first with the loan's rate type and rate —
 * a variable (mixed, periodic-reset) loan can go fixed, not by changing the loan in place but by a new contract with
 * its lender (재약정) or a fixed-rate loan elsewhere (대환), each the lender's decision; what a switch costs (the
 * best switch's fees, the prepayment fee among them). A fixed loan already is. Then what decides which is better.
 */
function rateTypeSwitchLines(l: LoanLine, r: RefinanceData | null, canAsked: boolean, lang: Lang): string[] {
  const kind = phrase('rateType', l.rateType, lang);
  const rate = formatAnnualRate(l.annualRate, lang);
  const fixed = l.rateType === 'FIXED';
  const name = loanName(l, lang);
  const sw = r?.bestSwitch ?? null;
  const cost = sw
    ? lang === 'ko'
      ? sw.prepaymentFee.amount === '0'
        ? koText` 다른 곳으로 갈아타시면 중도상환수수료는 없고 새 대출 비용 ${sw.totalCost.text}이/가 듭니다.`
        : koText` 다른 곳으로 갈아타시면 중도상환수수료 ${sw.prepaymentFee.text}을/를 포함해 ${sw.totalCost.text}이/가 듭니다.`
      : sw.prepaymentFee.amount === '0'
        ? ` Moving it elsewhere has no prepayment fee; the new loan costs ${sw.totalCost.text}.`
        : ` Moving it elsewhere costs ${sw.totalCost.text}, a ${sw.prepaymentFee.text} prepayment fee included.`
    : '';
  // "변동금리 고정금리로 바꾸는 게 나아요?": which is better — the rate type and rate, then what decides it.
  if (!canAsked)
    return [
      lang === 'ko'
        ? koText`${name}은/는 지금 ${kind}, ${rate}입니다.`
        : `Your ${name} is at ${rate}, ${kind}.`,
      lang === 'ko'
        ? `${fixed ? '변동금리로' : '고정금리로'} 바꾸려면 그런 금리의 대출로 갈아타야 합니다(대환). ${OUTLOOK_WEIGHS.ko}`
        : `Switching to a ${fixed ? 'variable' : 'fixed'} rate means refinancing into such a loan. ${OUTLOOK_WEIGHS.en}`,
    ];
  const first = fixed
    ? lang === 'ko'
      ? koText`${name}은/는 이미 고정금리(${rate})라 만기까지 금리가 바뀌지 않습니다. 변동금리로 바꾸려면 그런 금리의 대출로 갈아타야 합니다(대환).${cost}`
      : `Your ${name} is already at a fixed rate (${rate}): it stays so until maturity. Moving to a variable rate means refinancing into such a loan.${cost}`
    : lang === 'ko'
      ? koText`네, ${name}은/는 지금 ${kind}(${rate})지만 고정금리로 바꿀 수 있습니다: 지금 대출의 금리 방식이 그대로 바뀌는 것은 아니고, ${l.lender}에 고정금리로 재약정(금리 변경)을 신청하거나 다른 금융회사의 고정금리 대출로 갈아타는(대환) 방식이며, 해 줄지와 금리는 금융회사 심사로 정해집니다.${cost}`
      : `Yes: your ${name} (${kind}, ${rate} now) can move to a fixed rate — not by changing this loan in place, but by a new fixed-rate contract with ${lenderInEnglish(l.lender)} or a fixed-rate loan from another lender (refinancing); whether they agree and at what rate is the lender's decision.${cost}`;
  return [first, OUTLOOK_WEIGHS[lang]];
}

/** What decides between a fixed and a variable rate, and what the comparison after it shows. */
const OUTLOOK_WEIGHS: Record<Lang, string> = {
  ko: '앞으로 금리가 오를 것 같으면 고정금리가, 내릴 것 같으면 변동금리가 유리하지만, 금리 전망은 누구도 확실히 알 수 없어 남은 기간과 중도상환수수료를 함께 따져야 합니다. 아래 비교는 금리 차이만 본 것으로, 고정·변동 여부는 상품마다 다릅니다.',
  en: 'A fixed rate pays off if rates rise and a variable one if they fall, but nobody knows which for sure: weigh the term left and the prepayment fee. The comparison below looks at the rate difference only; whether an offer is fixed or variable depends on the product.',
};

/**
 * "3.77%면 괜찮은 금리예요?", "is 3.77% a good rate?": the rate named against the lowest the customer could get for the
 * loan asked about (staying at a reduced rate, the best switch) — yes when it is no higher, no with the gap — then
 * against the rates of their own loans.
 */
function rateJudgedLine(
  percent: number,
  loans: readonly LoanLine[],
  options: readonly ({ annualRate: string } | null)[],
  lang: Lang,
): string {
  const named = new Decimal(percent).div(100);
  const said = formatAnnualRate(named, lang);
  const lowest = options
    .filter((o): o is { annualRate: string } => o !== null)
    .reduce<Decimal | null>(
      (min, o) => (min === null || min.gt(o.annualRate) ? new Decimal(o.annualRate) : min),
      null,
    );
  const own = loans
    .map((l) => {
      const cmp = named.comparedTo(l.annualRate);
      const rate = formatAnnualRate(l.annualRate, lang);
      return lang === 'ko'
        ? cmp === 0
          ? koText`${loanName(l, lang)}의 지금 금리(${rate})와 같습니다`
          : koText`${loanName(l, lang)}의 지금 금리(${rate})보다 ${formatPercentPoints(named.minus(l.annualRate).abs())} ${cmp < 0 ? '낮습니다' : '높습니다'}`
        : cmp === 0
          ? `the same as your ${loanName(l, lang)}'s rate now (${rate})`
          : `${formatPercentPoints(named.minus(l.annualRate).abs())} ${cmp < 0 ? 'below' : 'above'} your ${loanName(l, lang)}'s rate now (${rate})`;
    })
    .join(lang === 'ko' ? ', ' : '; ');
  const ownSaid = own
    ? lang === 'ko'
      ? ` 고객님 대출과 비교하면 ${own}.`
      : ` Against your loans, it is ${own}.`
    : '';
  if (lowest === null)
    return lang === 'ko'
      ? koText`${said}은/는 지금 비교할 수 있는 대출 상품이 없어 좋고 나쁨을 가를 수 없습니다.${ownSaid}`
      : `There is no offer to compare ${said} with right now, so I can't say whether it is good.${ownSaid}`;
  const gap = named.minus(lowest);
  const low = formatAnnualRate(lowest, lang);
  return lang === 'ko'
    ? gap.lte(0)
      ? koText`네, ${said}은/는 괜찮은 금리입니다: 지금 고객님이 받을 수 있는 가장 낮은 금리(${low})${gap.isZero() ? '와 같습니다' : koText`보다 ${formatPercentPoints(gap.abs())} 낮습니다`}.${ownSaid}`
      : koText`아니요, ${said}은/는 가장 좋은 금리는 아닙니다: 지금 고객님이 받을 수 있는 가장 낮은 금리 ${low}보다 ${formatPercentPoints(gap)} 높습니다.${ownSaid}`
    : gap.lte(0)
      ? `Yes: ${said} is a good rate — ${gap.isZero() ? 'as low as' : `${formatPercentPoints(gap.abs())} below`} the lowest you could get now (${low}).${ownSaid}`
      : `No: ${said} is not the best you can get — it is ${formatPercentPoints(gap)} above the lowest rate on offer to you now (${low}).${ownSaid}`;
}

/** A difference of two rates (decimals) in percentage points: 0.003 → "0.30%p". */
function formatPercentPoints(d: Decimal): string {
  return `${d.mul(100).toFixed(2)}%p`;
}

function refinanceLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const r = data.refinance;
  const l = input.loan;
  if (!l) return [noLoans(lang)];
  const implausible = input.understanding.slots.rateImplausible;
  if (implausible !== undefined) return implausibleRateLines(implausible, l, lang);
  if (!r)
    return [
      lang === 'ko'
        ? `${loanName(l, lang)}의 갈아타기 비교를 지금은 불러올 수 없습니다. 잠시 후 다시 물어봐 주세요.`
        : `I can’t load the refinance comparison for your ${loanName(l, lang)} right now; please ask again shortly.`,
    ];
  const name = loanName(l, lang);
  if (r.unavailableReason)
    return [
      lang === 'ko'
        ? koText`${name}은/는 지금 갈아타기를 비교할 수 없습니다 (상환 중인 잔액이 없거나 아직 실행 전입니다).`
        : `Your ${name} can’t be compared for refinancing now (nothing outstanding, or not yet disbursed).`,
    ];
  const current = r.currentPayment?.text ?? null;
  const sw = r.bestSwitch;
  const stay = r.stay;
  // "토스에서 3.5%로 해준다는데 이득이야?": the switch at the rate quoted, first.
  const out: string[] = r.quoted ? quotedSwitchLines(r.quoted, r, name, lang) : [];
  // QA round 21 (loan21). "얼마나 아껴요?", "cheaper?", "how much would i save a year", "깎아달라고 하면 깎아줘요?": the
  // best option's figure first.
  const asked = input.understanding.slots.refinanceLead;
  // QA round 25 (left25a). "카카오뱅크에 깎아달라고 하는게 나아요?": staying at the reduced rate against switching, first.
  if (asked === 'CUT_OR_SWITCH') {
    const verdict = cutOrSwitchLines(r, l, lang);
    if (verdict) out.unshift(...verdict);
  } else if (asked && !r.quoted) out.push(refinanceLeadLine(asked, r, l, current, lang));
  // "제 대출 금리 너무 높은 거 아니에요?": the rate they pay, and how far above the lowest on offer it is, first.
  if (input.understanding.slots.rateHigh && !r.quoted) out.push(rateHighLine(l, [stay, sw], lang));
  // "3.77%면 괜찮은 금리예요?": the rate named against the lowest on offer and their own loans' rates, first.
  const judged = input.understanding.slots.rateJudged;
  if (judged !== undefined && !r.quoted)
    out.push(rateJudgedLine(judged, activeLoans(data), [stay, sw], lang));
  // "중도상환수수료 30만원이면 갈아타는게 이득?": the switch worked out again with the fee the customer states, first.
  const statedFee = input.understanding.slots.statedFee;
  const withFee = r.quoted ?? sw;
  if (statedFee && withFee) out.push(statedFeeLine(withFee, statedFee, l, name, lang));
  // QA round 24 (en24b). "중도상환수수료 있어요?": the fee on their loan, first — "없습니다 (0원)" — then the switch's cost.
  if (input.understanding.slots.switchCost && input.understanding.slots.prepayFeeAsked && sw)
    out.push(
      sw.prepaymentFee.amount === '0'
        ? lang === 'ko'
          ? koText`${name}의 중도상환수수료는 없습니다 (0원). 다만 갈아타실 때는 새 대출에 드는 비용 ${sw.totalCost.text}이/가 들고${sw.breakEvenMonth ? koText`, 월 ${sw.monthlySaving.text}씩 아끼면 ${sw.breakEvenMonth}개월째에 회수됩니다` : ', 남은 기간 안에 회수되지 않습니다'}.`
          : `There is no prepayment fee on your ${name} (₩0). Switching still costs ${sw.totalCost.text} for the new loan${sw.breakEvenMonth ? `; saving ${sw.monthlySaving.text} a month, it pays for itself in month ${sw.breakEvenMonth}` : ', which it would not pay back in the remaining term'}.`
        : lang === 'ko'
          ? koText`${name}의 중도상환수수료는 ${sw.prepaymentFee.text}이고, 갈아타실 때 드는 비용은 모두 ${sw.totalCost.text}입니다.`
          : `The prepayment fee on your ${name} is ${sw.prepaymentFee.text}; switching costs ${sw.totalCost.text} in all.`,
    );
  // QA round 24 (plan24). "갈아타기 비용 338,000원이 뭐에요?": what it is made of, first.
  else if (input.understanding.slots.costWhat && sw) out.push(...switchCostWhatLine(sw, r, l, lang));
  // "갈아타면 수수료 얼마야?": what moving to the best other lender costs and when it pays back, first.
  else if (input.understanding.slots.switchCost)
    out.push(
      sw
        ? lang === 'ko'
          ? koText`${name}을/를 갈아타실 때 드는 비용은 ${sw.totalCost.text}입니다 (${sw.prepaymentFee.amount === '0' ? '중도상환수수료는 없고, 새 대출에 드는 비용' : `중도상환수수료 ${sw.prepaymentFee.text} 포함`})${sw.breakEvenMonth ? koText`. 월 ${sw.monthlySaving.text}씩 아끼면 ${sw.breakEvenMonth}개월째에 회수됩니다` : '. 남은 기간 안에 회수되지 않습니다'}.`
          : `Switching your ${name} costs ${sw.totalCost.text} (${sw.prepaymentFee.amount === '0' ? 'no prepayment fee: the new loan’s own costs' : `including a ${sw.prepaymentFee.text} prepayment fee`})${sw.breakEvenMonth ? `; saving ${sw.monthlySaving.text} a month, it pays for itself in month ${sw.breakEvenMonth}` : '; it would not pay for itself in the remaining term'}.`
        : lang === 'ko'
          ? koText`${name}을/를 옮길 수 있는 다른 금융회사 상품이 없어 갈아타기 비용을 계산할 수 없습니다.`
          : `No other lender’s product fits your ${name}, so there is no switching cost to work out.`,
    );
  // With a quoted rate the verdict is said above: the catalogue's options follow as figures only.
  if (r.quoted) {
    if (stay)
      out.push(
        `- ${lang === 'ko' ? koText`지금 금융회사에서 ${formatAnnualRate(stay.annualRate, lang)}으로/로 재약정` : `Stay at ${formatAnnualRate(stay.annualRate, lang)} with your lender`}: ${choiceLine(stay, current, lang)}.`,
      );
    if (sw)
      out.push(
        `- ${lang === 'ko' ? `${sw.lender ?? '다른 금융회사'} 상품으로 갈아타기(${formatAnnualRate(sw.annualRate, lang)})` : `Switch to ${sw.lender ? lenderInEnglish(sw.lender) : 'another lender'} (${formatAnnualRate(sw.annualRate, lang)})`}: ${choiceLine(sw, current, lang)}.`,
      );
  } else if (r.best === 'SWITCH_LENDER' && sw) {
    // With a fee stated, the verdict on its figures is said above.
    if (!statedFee)
      out.push(
        lang === 'ko'
          ? koText`네, ${name}을/를 ${sw.lender ?? ''} '${sw.productName ?? ''}'(${formatAnnualRate(sw.annualRate, lang)}) 상품으로 갈아타면 월 ${sw.monthlySaving.text}을/를 아낄 수 있습니다.`
          : `Yes: moving your ${name} to ${sw.lender ? lenderInEnglish(sw.lender) : ''} "${sw.productName ?? ''}" (${formatAnnualRate(sw.annualRate, lang)}) saves ${sw.monthlySaving.text} a month.`,
      );
    out.push(`- ${lang === 'ko' ? '갈아타기' : 'Switch'}: ${choiceLine(sw, current, lang)}.`);
    if (stay)
      out.push(
        `- ${lang === 'ko' ? koText`지금 금융회사에서 ${formatAnnualRate(stay.annualRate, lang)}으로/로 재약정` : `Stay at ${formatAnnualRate(stay.annualRate, lang)} with your lender`}: ${choiceLine(stay, current, lang)}.`,
      );
  } else if (r.best === 'STAY_REDUCED_RATE' && stay) {
    // "다른 은행으로 갈아타면 이득이에요?": the switch asked about first, then that staying saves more.
    const switchFirst = !!(
      input.understanding.slots.switchLender &&
      sw &&
      !input.understanding.slots.switchCost
    );
    if (switchFirst && sw)
      out.push(
        lang === 'ko'
          ? koText`${name}을/를 ${formatAnnualRate(sw.annualRate, lang)}인 ${sw.lender ?? '다른 금융회사'}으로/로 갈아타면 월 ${sw.monthlySaving.text}을/를 아끼지만 비용 ${sw.totalCost.text}이/가 들어${sw.breakEvenMonth ? koText` ${sw.breakEvenMonth}개월째에 회수됩니다` : ' 남은 기간 안에 회수되지 않습니다'}. 다만 지금 금융회사에서 금리를 낮춰 재약정하는 쪽이 월 ${stay.monthlySaving.text}으로/로 더 유리합니다.`
          : `Moving your ${name} to ${sw.lender ? lenderInEnglish(sw.lender) : 'another lender'} (${formatAnnualRate(sw.annualRate, lang)}) saves ${sw.monthlySaving.text} a month but costs ${sw.totalCost.text}${sw.breakEvenMonth ? `, paid back in month ${sw.breakEvenMonth}` : ', more than it saves in the remaining term'}; staying with your lender at a reduced rate saves more, ${stay.monthlySaving.text} a month.`,
      );
    if (!switchFirst && !asked)
      out.push(
        lang === 'ko'
          ? koText`가장 유리한 선택은 지금 금융회사에서 ${formatAnnualRate(stay.annualRate, lang)}으로/로 금리를 낮춰 재약정하는 것으로, 월 ${stay.monthlySaving.text}을/를 아끼고 중도상환수수료가 없습니다.`
          : `Your best option is to stay with your lender at a reduced ${formatAnnualRate(stay.annualRate, lang)}: it saves ${stay.monthlySaving.text} a month with no prepayment fee.`,
      );
    out.push(`- ${lang === 'ko' ? '재약정' : 'Stay'}: ${choiceLine(stay, current, lang)}.`);
    if (sw) out.push(`- ${lang === 'ko' ? '갈아타기' : 'Switch'}: ${choiceLine(sw, current, lang)}.`);
  } else {
    out.push(
      lang === 'ko'
        ? koText`지금 조건으로는 ${name}을/를 갈아타도 아낄 수 있는 금액이 없습니다 (현재 ${formatAnnualRate(r.currentRate ?? '0', lang)}, 월 ${current ?? '—'}).`
        : `Right now refinancing your ${name} would not save you money (currently ${formatAnnualRate(r.currentRate ?? '0', lang)}, ${current ?? '—'} a month).`,
    );
    if (sw)
      out.push(`- ${lang === 'ko' ? '가장 나은 상품' : 'Best product'}: ${choiceLine(sw, current, lang)}.`);
  }
  // How each option is applied for (QA round 20: "그럼 어떻게 해요?" after the offers had nothing to do).
  const lender = l ? (lang === 'ko' ? l.lender : lenderInEnglish(l.lender)) : null;
  out.push(
    ...steps(lang, [
      ...(stay && lender && (r.best === 'STAY_REDUCED_RATE' || r.best === 'SWITCH')
        ? [
            lang === 'ko'
              ? koText`금리를 낮춰 재약정하려면 ${lender} 앱이나 고객센터에 금리인하요구권(또는 조건변경)을 신청하세요: 소득·재직·신용점수 자료를 내면 10영업일 안에 결과를 알려 줍니다.`
              : `To stay at a lower rate, apply to ${lender} in its app or by phone for a rate cut (금리인하요구권) with proof of income, employment or your credit score; it answers within 10 business days.`,
          ]
        : []),
      ...(sw && (r.best === 'SWITCH' || r.best === 'STAY_REDUCED_RATE')
        ? [
            lang === 'ko'
              ? '다른 금융회사로 갈아타려면 그 금융회사 앱의 대출 갈아타기(대환대출) 메뉴에서 신청하면, 승인 뒤 새 대출로 기존 대출이 바로 상환됩니다.'
              : 'To switch, apply in the new lender’s app (its loan-switching menu, the 대환대출 service); once approved, the new loan repays the old one directly.',
          ]
        : []),
      lang === 'ko'
        ? '금리는 신용점수와 심사에 따라 달라집니다. 신청 전에 실제 금리를 확인하세요.'
        : 'Rates depend on your credit score and the lender’s review; confirm the actual rate before applying.',
    ]),
  );
  return out;
}

/**
 * QA round 25 (left25a). "카카오뱅크에 깎아달라고 하는게 나아요?" (refinanceLead CUT_OR_SWITCH): yes or no first, by the
 * monthly saving of staying at the reduced rate (the offers' `stay`) against switching — at the rate the customer was
 * quoted (`quoted`), else the best switch on offer — and by how much a month; then what the switch costs and when it
 * pays back (a quoted switch: the old loan's prepayment fee only, the new loan's own fees unknown — the whole term's
 * difference is what they may cost at most). Null without a reduced rate on offer.
 */
function cutOrSwitchLines(r: RefinanceData, l: LoanLine, lang: Lang): string[] | null {
  const stay = r.stay;
  const sw = r.quoted ?? r.bestSwitch;
  if (!stay) return null;
  const ko = lang === 'ko';
  const lender = ko ? l.lender : lenderInEnglish(l.lender);
  const stayRate = formatAnnualRate(stay.annualRate, lang);
  if (!sw)
    return [
      ko
        ? koText`네, 지금은 ${lender}에 금리를 낮춰 달라고 하는 게 낫습니다: ${stayRate}으로/로 낮추면 월 ${stay.monthlySaving.text}을/를 아끼고, 갈아탈 만한 더 나은 상품은 없습니다.`
        : `Yes, asking ${lender} for a rate cut is the better option now: at ${stayRate} you save ${stay.monthlySaving.text} a month, and nothing on offer to switch to beats it.`,
    ];
  const swRate = formatAnnualRate(sw.annualRate, lang);
  const gap = new Decimal(sw.monthlySaving.amount).minus(stay.monthlySaving.amount);
  const quoted = sw === r.quoted;
  const where = ko
    ? quoted
      ? `말씀하신 ${swRate}`
      : `${sw.lender ?? '다른 금융회사'} ${swRate}`
    : quoted
      ? `the ${swRate} you were quoted`
      : `${sw.lender ? lenderInEnglish(sw.lender) : 'another lender'} at ${swRate}`;
  const both = ko
    ? koText`${lender}에서 ${stayRate}으로/로 낮추면 월 ${stay.monthlySaving.text}, ${swRate}으로/로 갈아타면 월 ${sw.monthlySaving.text}을/를 아낍니다`
    : `staying with ${lender} at ${stayRate} saves ${stay.monthlySaving.text} a month, switching at ${swRate} ${sw.monthlySaving.text}`;
  if (gap.lte(0))
    return [
      ko
        ? koText`네, ${lender}에 깎아 달라고 하는 게 낫습니다: ${both}${gap.isZero() ? ' (같은 금액이라 비용이 없는 재약정이 낫습니다)' : koText` (재약정이 한 달에 약 ${formatWon(gap.abs().toFixed(0), lang)} 더 아낍니다)`}.`
        : `Yes, asking ${lender} for the cut is better: ${both}${gap.isZero() ? ' (the same, and the cut costs nothing)' : ` (the cut saves about ${formatWon(gap.abs().toFixed(0), lang)} more a month)`}.`,
      ...(sw.totalCost.amount === '0'
        ? []
        : [
            ko
              ? koText`게다가 갈아타기에는 비용 ${sw.totalCost.text}이/가 들지만 재약정에는 드는 비용이 없습니다.`
              : `And switching costs ${sw.totalCost.text}, while the cut costs nothing.`,
          ]),
    ];
  const more = formatWon(gap.toFixed(0), lang);
  const lifetimeGap = new Decimal(sw.lifetimeSaving.amount).minus(stay.lifetimeSaving.amount);
  const costs = quoted
    ? ko
      ? koText`다만 갈아타실 때는 새 대출의 인지세·보증료 같은 부대비용이 들 수 있습니다: 그 비용이 남은 기간 전체 차이 ${formatWon(lifetimeGap.toFixed(0), lang)}보다 적어야 갈아타는 쪽이 이득이고, 비용이 있다면 월 ${more}씩 더 아껴 그 비용을 회수하는 데 걸리는 달 수(비용 ÷ ${more})를 확인하세요.`
      : `Switching may cost the new loan's own fees (stamp duty, a guarantee fee): they must stay under the whole term's difference of ${formatWon(lifetimeGap.toFixed(0), lang)} for the switch to pay, and at ${more} more a month they take (fees ÷ ${more}) months to earn back.`
    : lifetimeGap.gt(0)
      ? ko
        ? koText`갈아타는 비용 ${sw.totalCost.text}을/를 빼고도 남은 기간 전체로 ${formatWon(lifetimeGap.toFixed(0), lang)} 더 아낍니다${sw.breakEvenMonth ? ` (비용은 ${sw.breakEvenMonth}개월째에 회수)` : ''}.`
        : `After the switch's ${sw.totalCost.text} in costs it still saves ${formatWon(lifetimeGap.toFixed(0), lang)} more over the remaining term${sw.breakEvenMonth ? ` (paid back in month ${sw.breakEvenMonth})` : ''}.`
      : ko
        ? koText`다만 갈아타는 비용 ${sw.totalCost.text}까지 치면 남은 기간 전체로는 재약정이 ${formatWon(lifetimeGap.abs().toFixed(0), lang)} 더 아낍니다.`
        : `Counting the switch's ${sw.totalCost.text} in costs, though, the cut saves ${formatWon(lifetimeGap.abs().toFixed(0), lang)} more over the remaining term.`;
  return [
    ko
      ? koText`아니요, ${where}으로/로 갈아타는 쪽이 한 달에 약 ${more} 더 아낍니다: ${both}.`
      : `No, switching at ${where} saves about ${more} more a month: ${both}.`,
    costs,
  ];
}

/**
 * QA round 21 (loan21). The best of the offers asked for by its figure: SAVING — its monthly and lifetime saving (the
 * switch beside it); YEAR — its monthly saving × 12; CHEAPER — it as the cheapest on offer (after a prepayment, the
 * cheaper way; after the offers, nothing is cheaper); WILL_CUT — a rate cut asked for is not guaranteed, with the rate
 * staying would give. When nothing saves, said so.
 */
function refinanceLeadLine(
  asked: NonNullable<CounselSlots['refinanceLead']>,
  r: RefinanceData,
  l: LoanLine,
  current: string | null,
  lang: Lang,
): string {
  const ko = lang === 'ko';
  const name = loanName(l, lang);
  const stay = r.stay;
  const sw = r.bestSwitch;
  const best = r.best === 'SWITCH_LENDER' ? sw : r.best === 'STAY_REDUCED_RATE' ? stay : null;
  const other = best === stay ? sw : stay;
  const lender = ko ? l.lender : lenderInEnglish(l.lender);
  const label = (c: RefinanceChoiceData) =>
    c === stay
      ? ko
        ? `${lender} 재약정(${formatAnnualRate(c.annualRate, lang)})`
        : `staying with ${lender} at a reduced ${formatAnnualRate(c.annualRate, lang)}`
      : ko
        ? `${c.lender ?? '다른 금융회사'} 갈아타기(${formatAnnualRate(c.annualRate, lang)})`
        : `switching to ${c.lender ? lenderInEnglish(c.lender) : 'another lender'} at ${formatAnnualRate(c.annualRate, lang)}`;
  if (asked === 'WILL_CUT')
    return stay
      ? ko
        ? koText`꼭 깎아 준다는 보장은 없지만, 금리인하요구권으로 ${lender}에 요청할 수 있습니다: 조회상 ${formatAnnualRate(stay.annualRate, lang)}(월 ${stay.newPayment.text}, ${stay.monthlySaving.text} 절감)까지 가능해 보이고, 받아들여질지는 ${lender}의 심사로 정해집니다.`
        : `It is not guaranteed, but you can ask ${lender} for a rate cut (금리인하요구권): the offers suggest ${formatAnnualRate(stay.annualRate, lang)} is possible (${stay.newPayment.text} a month, ${stay.monthlySaving.text} less), and ${lender} decides on a review.`
      : ko
        ? koText`꼭 깎아 준다는 보장은 없지만, 금리인하요구권으로 ${lender}에 ${name}의 금리(지금 ${formatAnnualRate(l.annualRate, lang)})를 낮춰 달라고 요청할 수 있고, 받아들여질지는 심사로 정해집니다.`
        : `It is not guaranteed, but you can ask ${lender} to cut the rate on your ${name} (${formatAnnualRate(l.annualRate, lang)} now) with the rate-cut right (금리인하요구권); the lender decides on a review.`;
  if (!best)
    return ko
      ? koText`지금 조건으로는 ${name}을/를 더 싸게 할 방법이 없습니다: 받을 수 있는 조건 가운데 지금 ${formatAnnualRate(l.annualRate, lang)}, 월 ${current ?? '—'}보다 싼 것이 없습니다.`
      : `Nothing on offer is cheaper than your ${name} as it is now (${formatAnnualRate(l.annualRate, lang)}, ${current ?? '—'} a month).`;
  if (asked === 'YEAR') {
    const year = formatWon(new Decimal(best.monthlySaving.amount).times(12).toFixed(0), lang);
    return ko
      ? koText`${label(best)}이라/라면 1년에 약 ${year}(월 ${best.monthlySaving.text} × 12)을/를 아낍니다.`
      : `About ${year} a year (${best.monthlySaving.text} × 12) by ${label(best)}.`;
  }
  const beside = other
    ? ko
      ? koText` ${label(other)}은/는 월 ${other.newPayment.text}(월 ${other.monthlySaving.text} 절감${other.totalCost.amount === '0' ? '' : koText`, 비용 ${other.totalCost.text}`})입니다.`
      : ` ${capitalised(label(other))}: ${other.newPayment.text} a month (${other.monthlySaving.text} less${other.totalCost.amount === '0' ? '' : `, costs ${other.totalCost.text}`}).`
    : '';
  if (asked === 'CHEAPER')
    return ko
      ? koText`가장 싼 방법은 ${label(best)}으로/로, 월 납입액이 ${current ?? ''}${current ? '에서 ' : ''}${best.newPayment.text}으로/로 ${best.monthlySaving.text} 줄어듭니다: 지금 받을 수 있는 조건 가운데 이보다 싼 것은 없습니다.${beside}`
      : `The cheapest option is ${label(best)}: ${current ? `${current} → ` : ''}${best.newPayment.text} a month (${best.monthlySaving.text} less); nothing on offer is cheaper.${beside}`;
  return ko
    ? koText`가장 유리한 ${label(best)}이라/라면 월 ${best.monthlySaving.text}, 남은 기간 전체로 ${best.lifetimeSaving.text}을/를 아낍니다.${beside}`
    : `The best option, ${label(best)}, saves ${best.monthlySaving.text} a month and ${best.lifetimeSaving.text} over the remaining term.${beside}`;
}

/**
 * A switch with the prepayment fee the customer states (statedFee) in place of the one on file: the saving over the
 * remaining term before costs (lifetimeSaving + totalCost) less the new loan's own costs and that fee — yes or no
 * first, then the figures and the month the costs are paid back (at the first month's saving; none when the switch
 * does not pay).
 */
function statedFeeLine(
  c: RefinanceChoiceData,
  stated: NonNullable<CounselSlots['statedFee']>,
  l: LoanLine,
  name: string,
  lang: Lang,
): string {
  const fee =
    'amount' in stated
      ? new Decimal(stated.amount)
      : new Decimal(l.outstandingPrincipal.amount)
          .mul(stated.percent)
          .div(100)
          .toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const won = (v: Decimal) => formatWon(v.abs().toFixed(0), lang);
  const feeSaid =
    'amount' in stated
      ? won(fee)
      : lang === 'ko'
        ? `${stated.percent}%(${won(fee)})`
        : `${stated.percent}% (${won(fee)})`;
  const other = new Decimal(c.totalCost.amount).minus(c.prepaymentFee.amount);
  const costs = other.plus(fee);
  const gross = new Decimal(c.lifetimeSaving.amount).plus(c.totalCost.amount);
  const net = gross.minus(costs);
  const monthly = new Decimal(c.monthlySaving.amount);
  const pays = net.gt(0) && monthly.gt(0);
  const month = pays ? Decimal.max(1, costs.div(monthly).ceil()).toNumber() : 0;
  const to = `${c.lender ?? (lang === 'ko' ? '다른 금융회사' : 'another lender')}(${formatAnnualRate(c.annualRate, lang)})`;
  const costsSaid = other.gt(0)
    ? lang === 'ko'
      ? koText`비용 ${won(costs)}(수수료 ${won(fee)} + 새 대출 비용 ${won(other)})`
      : `costs of ${won(costs)} (the ${won(fee)} fee and ${won(other)} for the new loan)`
    : lang === 'ko'
      ? koText`수수료 ${won(fee)}`
      : `the ${won(fee)} fee`;
  if (lang === 'ko')
    return pays
      ? koText`네, 중도상환수수료가 ${feeSaid}이어도 ${name}을/를 ${to}으로/로 갈아타면 남은 기간 동안 ${won(net)} 이득입니다: 월 ${c.monthlySaving.text}씩 모두 ${won(gross)}을/를 아끼고 ${costsSaid}은/는 ${month}개월째에 회수됩니다.`
      : koText`아니요, 중도상환수수료가 ${feeSaid}이면 ${name}을/를 ${to}으로/로 갈아타도 남은 기간 동안 아끼는 ${won(gross)}보다 ${costsSaid}이/가 ${net.isZero() ? '같아 이득이 없습니다' : koText`커서 ${won(net)} 손해입니다`}.`;
  const en = c.lender ? lenderInEnglish(c.lender) : 'another lender';
  return pays
    ? `Yes: even with a ${feeSaid} prepayment fee, switching your ${name} to ${en} (${formatAnnualRate(c.annualRate, lang)}) leaves you ${won(net)} better off over the remaining term — ${c.monthlySaving.text} a month, ${won(gross)} in all, against ${costsSaid}, paid back in month ${month}.`
    : `No: with a ${feeSaid} prepayment fee, switching your ${name} to ${en} (${formatAnnualRate(c.annualRate, lang)}) saves ${won(gross)} over the remaining term against ${costsSaid}${net.isZero() ? ', so it gains nothing' : ` — ${won(net)} worse off`}.`;
}

/** Their rate against the lowest of the options on offer (staying at a reduced rate, the best switch), in %p. */
function rateHighLine(l: LoanLine, options: readonly ({ annualRate: string } | null)[], lang: Lang): string {
  const rate = formatAnnualRate(l.annualRate, lang);
  const kind = phrase('rateType', l.rateType, lang);
  const lowest = options
    .filter((o): o is { annualRate: string } => o !== null)
    .reduce<string | null>(
      (min, o) => (min === null || new Decimal(o.annualRate).lt(min) ? o.annualRate : min),
      null,
    );
  const gap = lowest === null ? null : new Decimal(l.annualRate).minus(lowest).mul(100);
  if (gap === null || gap.lte(0))
    return lang === 'ko'
      ? koText`${loanName(l, lang)}의 금리는 지금 ${kind} ${rate}으로/로, 지금 받을 수 있는 조건 가운데 가장 낮은 편입니다.`
      : `Your ${loanName(l, lang)} is at ${rate}, ${kind}: as low as the offers available to you now.`;
  return lang === 'ko'
    ? koText`${loanName(l, lang)}의 금리는 지금 ${kind} ${rate}으로/로, ${formatAnnualRate(lowest!, lang)}까지 낮출 수 있어 ${gap.toFixed(2)}%p 높은 편입니다.`
    : `Your ${loanName(l, lang)} is at ${rate}, ${kind}: ${gap.toFixed(2)} percentage points above the ${formatAnnualRate(lowest!, lang)} you could get now.`;
}

/**
 * QA round 23 (loan23). A quoted rate no lender can charge (`rateImplausible`): 0 %, or above Korea's legal maximum of
 * 20 % a year (법정최고금리) — named as the problem first, then the rate actually quoted asked for, beside their own.
 */
function implausibleRateLines(rate: number, l: LoanLine, lang: Lang): string[] {
  const own = formatAnnualRate(l.annualRate, lang);
  const name = loanName(l, lang);
  const said = `${rate}%`;
  return lang === 'ko'
    ? [
        rate <= 0
          ? koText`${said}는 받을 수 없는 금리예요: 이자가 없는 대출은 없으니, 다른 금융회사에서 실제로 안내받은 연 금리를 알려 주세요 (예: "토스에서 3.2%래요").`
          : koText`연 ${said}는 법정최고금리(연 20%)를 넘어 받을 수 없는 금리예요: 금융회사는 연 20%를 넘는 이자를 받을 수 없으니, 실제로 안내받은 연 금리를 다시 알려 주세요 (연 20%를 넘게 요구하는 곳은 불법 사금융일 수 있습니다).`,
        koText`지금 ${name}은/는 ${own}입니다: 이보다 낮은 금리를 알려 주시면 갈아탈 때 얼마 아끼는지 계산해 드릴게요.`,
      ]
    : [
        rate <= 0
          ? `${said} is not a rate a lender can quote: no loan comes free of interest, so tell me the annual rate you were actually offered (e.g. "toss said 3.2%").`
          : `${said} is above Korea's legal maximum rate of 20% a year, so no lender can charge it: tell me the annual rate you were actually quoted (anyone asking more than 20% may be an illegal lender).`,
        `Your ${name} is at ${own} now: tell me a lower rate you were offered and I will work out what switching saves.`,
      ];
}

/**
 * A switch at a rate another lender quoted (loan.refinanceAtRate): the payment it gives and what it saves, or that it
 * costs more; then whether staying with the current lender at its reduced rate beats it, and the fee's payback.
 */
function quotedSwitchLines(q: RefinanceChoiceData, r: RefinanceData, name: string, lang: Lang): string[] {
  const rate = formatAnnualRate(q.annualRate, lang);
  const current = r.currentPayment?.text ?? '—';
  const saving = new Decimal(q.monthlySaving.amount);
  const fee = q.prepaymentFee.amount !== '0';
  const out = [
    saving.gt(0)
      ? lang === 'ko'
        ? koText`말씀하신 ${rate}으로/로 갈아타면 ${name}의 월 납입액은 ${current}에서 ${q.newPayment.text}으로/로 월 ${q.monthlySaving.text}씩 줄고, 남은 기간 전체로 ${q.lifetimeSaving.text}을/를 아낍니다 (${fee ? koText`중도상환수수료 ${q.prepaymentFee.text} 반영` : '중도상환수수료 없음'}, 새 대출의 인지세·보증료 같은 부대비용은 빼고 계산).`
        : `At the ${rate} you were quoted, your ${name} would cost ${q.newPayment.text} a month instead of ${current}: ${q.monthlySaving.text} less a month and ${q.lifetimeSaving.text} over the remaining term (${fee ? `the ${q.prepaymentFee.text} prepayment fee counted` : 'no prepayment fee'}; the new loan's own fees such as stamp duty or a guarantee fee are not counted).`
      : lang === 'ko'
        ? koText`말씀하신 ${rate}은/는 지금 금리(${formatAnnualRate(r.currentRate ?? '0', lang)})보다 낮지 않아, ${name}을/를 갈아타면 월 납입액이 ${current}에서 ${q.newPayment.text}으로/로 ${saving.isZero() ? '그대로입니다' : koText`월 ${formatWon(saving.abs().toFixed(0), lang)} 늘어납니다`}.`
        : `The ${rate} you were quoted is not below your current ${formatAnnualRate(r.currentRate ?? '0', lang)}: switching your ${name} would take the payment from ${current} to ${q.newPayment.text}${saving.isZero() ? '' : `, ${formatWon(saving.abs().toFixed(0), lang)} more a month`}.`,
  ];
  if (saving.gt(0) && fee)
    out.push(
      lang === 'ko'
        ? q.breakEvenMonth
          ? koText`지금 대출의 중도상환수수료 ${q.prepaymentFee.text}은/는 ${q.breakEvenMonth}개월째에 회수됩니다.`
          : koText`지금 대출의 중도상환수수료 ${q.prepaymentFee.text}은/는 남은 기간 안에 회수되지 않습니다.`
        : q.breakEvenMonth
          ? `The ${q.prepaymentFee.text} prepayment fee on your current loan is paid back in month ${q.breakEvenMonth}.`
          : `The ${q.prepaymentFee.text} prepayment fee on your current loan is not paid back in the remaining term.`,
    );
  const stay = r.stay;
  if (saving.gt(0) && stay && new Decimal(stay.lifetimeSaving.amount).gt(q.lifetimeSaving.amount))
    out.push(
      lang === 'ko'
        ? koText`다만 지금 금융회사에서 ${formatAnnualRate(stay.annualRate, lang)}으로/로 금리를 낮춰 재약정하면 월 ${stay.monthlySaving.text}, 남은 기간 전체로 ${stay.lifetimeSaving.text}을/를 아껴 더 유리합니다.`
        : `Staying with your lender at a reduced ${formatAnnualRate(stay.annualRate, lang)} saves more, though: ${stay.monthlySaving.text} a month, ${stay.lifetimeSaving.text} over the remaining term.`,
    );
  else if (saving.gt(0) && stay)
    out.push(
      lang === 'ko'
        ? koText`지금 금융회사의 재약정(${formatAnnualRate(stay.annualRate, lang)}, 월 ${stay.monthlySaving.text} 절감)보다 유리한 조건입니다.`
        : `That beats staying with your lender at a reduced ${formatAnnualRate(stay.annualRate, lang)} (${stay.monthlySaving.text} a month).`,
    );
  out.push(
    lang === 'ko'
      ? '아래는 저희가 비교한 상품 기준입니다.'
      : 'Below is the comparison with the products we compared.',
  );
  return out;
}

/**
 * QA round 24 (en24b). "honestly i give up. i'll never pay off 169 million. whats the point": the feeling met first,
 * then what the sum really asks of them — a bullet jeonse loan is repaid at maturity from the returned lease deposit and
 * costs its interest each month; an amortising one is paid down a month at a time — not a payoff quote.
 */
function payoffDespairLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const name = loanName(l, lang);
  const next = l.nextPayment;
  const ko = lang === 'ko';
  const out = [
    ko
      ? koText`${l.outstandingPrincipal.text}이/가 까마득하게 느껴지실 만해요. 그래도 포기하실 일은 아닙니다.`
      : `That sounds really discouraging, and it makes sense that ${l.outstandingPrincipal.text} feels out of reach. It is not as hopeless as it looks.`,
  ];
  if (l.repaymentMethod === 'BULLET') {
    out.push(
      l.kind === 'JEONSE'
        ? ko
          ? koText`${name} ${l.outstandingPrincipal.text}은/는 월급으로 모아 갚는 돈이 아니라, 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚는 대출이고 보통 집주인에게 돌려받는 전세 보증금으로 갚습니다.`
          : `Your ${name}’s ${l.outstandingPrincipal.text} is not meant to be saved from your pay: it is repaid in one go at maturity (${date(l.maturityOn, data, lang)}), normally from the lease deposit your landlord returns.`
        : ko
          ? koText`${name} ${l.outstandingPrincipal.text}은/는 만기(${date(l.maturityOn, data, lang)})에 한 번에 갚는 대출이고, 그 전에 만기 연장이나 분할상환 전환을 금융회사와 상의할 수 있습니다.`
          : `Your ${name}’s ${l.outstandingPrincipal.text} falls due in one go at maturity (${date(l.maturityOn, data, lang)}), and before then you can ask your lender to extend it or turn it into monthly repayments.`,
    );
    if (next)
      out.push(
        ko
          ? koText`그때까지 매달 내는 것은 이자 ${next.interest.text}이고, 다음 납입은 ${date(next.dueDate, data, lang)}입니다.`
          : `Until then what you pay each month is the interest, ${next.interest.text} (next on ${date(next.dueDate, data, lang)}).`,
      );
  } else if (next)
    out.push(
      ko
        ? koText`한 번에 갚을 필요는 없습니다: 매달 ${next.payment.text}씩 ${formatCount(l.remainingInstallments, 'month', lang)} 나눠 갚으면 ${date(l.maturityOn, data, lang)}에 끝납니다.`
        : `You do not have to find it at once: ${next.payment.text} a month over the ${formatCount(l.remainingInstallments, 'month', lang)} left closes it on ${date(l.maturityOn, data, lang)}.`,
    );
  out.push(
    ko
      ? '납입이 버거워지면 납입일 전에 금융회사에 금리 인하나 상환 유예를 먼저 상담해 보세요.'
      : 'If the payments get too heavy, talk to your lender before a due date about a rate cut or a deferral.',
  );
  return out;
}

function payoff(input: IntentReplyInput): string[] {
  if (input.understanding.slots.payoffDespair && input.loan)
    return payoffDespairLines(input.loan, input.data, input.language);
  const lead =
    input.understanding.slots.versusSaving && input.loan
      ? versusSavingLines(
          input.loan,
          input.data.payoff?.prepaymentFee ?? null,
          input.language,
          true,
          input.understanding.slots.savingRate,
        )
      : [];
  const lines = payoffLines(input);
  // "지금 다 갚으면 이자 얼마나 아껴요?": the net saving comes first, the payoff it rests on after.
  const l0 = input.loan;
  const q0 = input.data.payoff;
  if (
    input.understanding.slots.payoffSaving &&
    !lead.length &&
    l0 &&
    q0 &&
    l0.remainingInterest.amount !== '0'
  ) {
    const at = lines.indexOf(payoffSavingLine(l0, q0, input.language));
    if (at > 0) lines.unshift(...lines.splice(at, 1));
  }
  // "다 갚으려면 이자까지 총 얼마?": today's payoff answers it (with how to close the loan); what the schedule takes to
  // the end follows.
  const l = input.loan;
  if (input.understanding.slots.withInterest && l && input.data.payoff && lines.length)
    lines.splice(2, 0, scheduledTotalLine(l, input.data, input.language));
  return [...lead, ...lines];
}

/** What repaying on schedule to maturity takes: the principal left and the unpaid instalments' interest (today's rate). */
function scheduledTotalLine(l: LoanLine, data: TurnData, lang: Lang): string {
  const total = new Decimal(l.outstandingPrincipal.amount).plus(l.remainingInterest.amount);
  return lang === 'ko'
    ? koText`오늘 갚지 않고 일정대로 만기(${date(l.maturityOn, data, lang)})까지 갚으시면 남은 원금 ${l.outstandingPrincipal.text}에 이자 ${l.remainingInterest.text}을/를 더해 모두 ${formatWon(total, lang)}을/를 내시게 됩니다 (지금 금리 ${formatAnnualRate(l.annualRate, lang)} 기준).`
    : `Repaid on schedule to maturity (${date(l.maturityOn, data, lang)}) instead, it takes ${formatWon(total, lang)} in all: ${l.outstandingPrincipal.text} of principal plus ${l.remainingInterest.text} of interest (at today's ${formatAnnualRate(l.annualRate, lang)}).`;
}

function payoffLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const l = input.loan;
  const q = data.payoff;
  if (!l) return [noLoans(lang)];
  if (!q) return loanBalance(input);
  const name = loanName(l, lang);
  const parts = [
    `${lang === 'ko' ? '원금' : 'principal'} ${q.principal.text}`,
    `${lang === 'ko' ? '이자' : 'interest'} ${q.interest.text}`,
    ...(q.penaltyInterest.amount !== '0'
      ? [`${lang === 'ko' ? '연체이자' : 'penalty interest'} ${q.penaltyInterest.text}`]
      : []),
    `${lang === 'ko' ? '중도상환수수료' : 'prepayment fee'} ${q.prepaymentFee.text}`,
  ];
  const others = activeLoans(data).filter((o) => o.loanId !== l.loanId);
  // "is there a penalty if I pay it off early?", "수수료 포함해서 총 얼마야?": the fee and the total it is part of, in
  // the first sentence.
  const feeAsked = input.understanding.slots.productTopic === 'PREPAYMENT_FEE';
  const fee =
    lang === 'ko'
      ? `중도상환수수료는 ${q.prepaymentFee.text}`
      : q.prepaymentFee.amount === '0'
        ? `There is no prepayment fee (${q.prepaymentFee.text})`
        : `The prepayment fee is ${q.prepaymentFee.text}`;
  const today = todayPayoffLines(l, q, data, lang, name, parts);
  return [
    ...(feeAsked && q.todayTotal ? [`${fee}${lang === 'ko' ? '입니다' : ''}.`] : []),
    ...(q.todayTotal
      ? laterPayoffLines(l, q, q.todayTotal, data, lang, name, parts)
      : feeAsked
        ? [
            lang === 'ko'
              ? koText`${fee}이고, 이를 포함해 오늘(${date(q.asOf, data, lang)}) 전액 상환하시려면 ${q.total.text}이/가 필요합니다 (${parts.join(' + ')}).`
              : `${fee}: paying off your ${name} today (${date(q.asOf, data, lang)}) takes ${q.total.text} in all (${parts.join(' + ')}).`,
            ...today.slice(1),
          ]
        : today),
    ...(others.length
      ? [
          lang === 'ko'
            ? `다른 대출: ${others.map((o) => `${loanName(o, lang)} 남은 원금 ${o.outstandingPrincipal.text}`).join(', ')}.`
            : `Your other loans: ${others.map((o) => `${loanName(o, lang)}, ${o.outstandingPrincipal.text} principal left`).join('; ')}.`,
        ]
      : []),
  ];
}

/** Paying off today: the total, that it closes the loan, and the interest of the instalments left it saves. */
function todayPayoffLines(
  l: LoanLine,
  q: PayoffData,
  data: TurnData,
  lang: Lang,
  name: string,
  parts: string[],
): string[] {
  return [
    lang === 'ko'
      ? koText`오늘(${date(q.asOf, data, lang)}) ${name}을/를 전액 상환하시려면 ${q.total.text}이/가 필요합니다 (${parts.join(' + ')}).`
      : `Paying off your ${name} today (${date(q.asOf, data, lang)}) takes ${q.total.text} (${parts.join(' + ')}).`,
    lang === 'ko'
      ? '이 금액을 정확히 입금하시면 대출이 종결됩니다. 날짜가 지나면 이자가 더 붙으니 상환일 기준으로 다시 확인하세요.'
      : 'Paying exactly this amount closes the loan; interest keeps accruing, so check again on the day you pay.',
    // "What happens if I pay my loan off early?": what closing it saves — the interest of the instalments left, less
    // what paying off today costs instead (the interest to date, which the next instalment would have carried, and
    // the fee): the net figure, so no won is counted twice.
    ...(l.remainingInterest.amount !== '0' ? [payoffSavingLine(l, q, lang)] : []),
  ];
}

function payoffSavingLine(l: LoanLine, q: NonNullable<TurnData['payoff']>, lang: Lang): string {
  const net = new Decimal(l.remainingInterest.amount).minus(q.interest.amount).minus(q.prepaymentFee.amount);
  const won = formatWon(net.abs().toFixed(0), lang);
  if (lang === 'ko')
    return net.gt(0)
      ? koText`지금 갚으면 남은 회차의 이자 약 ${l.remainingInterest.text} 대신 오늘까지의 이자 ${q.interest.text}와/과 수수료 ${q.prepaymentFee.text}만 내셔서, 약 ${won}을/를 아낍니다 (지금 금리 기준).`
      : koText`지금 갚으면 남은 회차의 이자 약 ${l.remainingInterest.text}은/는 내지 않지만, 오늘까지의 이자 ${q.interest.text}와/과 수수료 ${q.prepaymentFee.text}을/를 내셔서 약 ${won}${net.isZero() ? '으로 같습니다' : ' 더 듭니다'} (지금 금리 기준).`;
  return net.gt(0)
    ? `Closing it now saves the interest of the instalments left, about ${l.remainingInterest.text} at today's rate, for the ${q.interest.text} of interest to date and the ${q.prepaymentFee.text} fee: about ${won} less in all.`
    : `Closing it now avoids the interest of the instalments left, about ${l.remainingInterest.text} at today's rate, but the ${q.interest.text} of interest to date and the ${q.prepaymentFee.text} fee ${net.isZero() ? 'cost the same' : `cost about ${won} more`}.`;
}

/**
 * "12월 31일에 다 갚으면 얼마예요?", "다음 달 말에 갚으면요?": the total on that day, against today's; an instalment
 * falling due before it is counted unpaid (its penalty interest included), which paying it on time avoids.
 */
function laterPayoffLines(
  l: LoanLine,
  q: PayoffData,
  today: Krw,
  data: TurnData,
  lang: Lang,
  name: string,
  parts: string[],
): string[] {
  const on = date(q.asOf, data, lang);
  const diff = new Decimal(q.total.amount).minus(today.amount);
  const gap = formatWon(diff.abs().toFixed(0), lang);
  const due = l.nextPayment && l.nextPayment.dueDate < q.asOf ? l.nextPayment : null;
  return [
    lang === 'ko'
      ? koText`${on}에 ${name}을/를 전액 상환하시려면 ${q.total.text}이/가 필요합니다 (${parts.join(' + ')}).`
      : `Paying off your ${name} on ${on} takes ${q.total.text} (${parts.join(' + ')}).`,
    // Later costs more (interest runs on), unless a prepayment fee ends in between.
    diff.gte(0)
      ? lang === 'ko'
        ? koText`오늘 갚으면 ${today.text}이므로, 그날까지 기다리면 ${gap} 더 듭니다.`
        : `Paid today it would be ${today.text}: waiting until then costs ${gap} more.`
      : lang === 'ko'
        ? koText`오늘 갚으면 ${today.text}이고, 그날에는 중도상환수수료가 줄어 ${gap} 덜 듭니다.`
        : `Paid today it would be ${today.text}; by then the prepayment fee is lower, so it costs ${gap} less.`,
    ...(due
      ? [
          lang === 'ko'
            ? koText`이 금액은 그 전에 오는 ${date(due.dueDate, data, lang)} 납입(${due.payment.text})을 내지 않은 것으로 계산했습니다${q.penaltyInterest.amount !== '0' ? koText` (연체이자 ${q.penaltyInterest.text} 포함)` : ''}. 그 납입을 제때 내시면 상환일에 필요한 금액은 그만큼 줄어듭니다.`
            : `It counts the ${due.payment.text} instalment due on ${date(due.dueDate, data, lang)} as unpaid${q.penaltyInterest.amount !== '0' ? ` (${q.penaltyInterest.text} of penalty interest included)` : ''}; paying that instalment on time lowers what the payoff takes.`,
        ]
      : []),
    lang === 'ko'
      ? '실제 상환일 기준 금액은 그날 다시 확인하세요.'
      : 'Check the exact figure again on the day you pay.',
  ];
}

/** Interest income tax on deposits in Korea: 14% income tax + 1.4% local income tax (소득세법 제129조, 지방세법). */
export const DEPOSIT_INTEREST_TAX = '0.154';

/**
 * The rate a savings question is worked out at, stated as an example in the answer: fingraph holds no deposit
 * products (the Bank of Korea's deposit-rate series has no licence to ship), and 3% a year is about what Korean
 * banks' 1-year deposits paid in 2025.
 */
export const EXAMPLE_SAVINGS_RATE = '0.030';

/**
 * Interest a saving earns at a simple annual rate over `months`, before and after the 15.4% interest tax (each
 * truncated to the won): a monthly instalment saving (적금) earns on each payment for the months it stays —
 * amount × rate ÷ 12 × n(n+1)/2 — a lump sum (예금) amount × rate × n ÷ 12. Pure.
 */
export function savingsInterest(
  kind: 'INSTALMENT' | 'LUMP_SUM',
  amount: Decimal.Value,
  annualRate: Decimal.Value,
  months: number,
): { paidIn: string; gross: string; tax: string; net: string } {
  const a = new Decimal(amount);
  const monthlyRate = new Decimal(annualRate).div(12);
  const gross = (
    kind === 'INSTALMENT'
      ? a.mul(monthlyRate).mul((months * (months + 1)) / 2)
      : a.mul(monthlyRate).mul(months)
  ).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const tax = gross.mul(DEPOSIT_INTEREST_TAX).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  return {
    paidIn: (kind === 'INSTALMENT' ? a.mul(months) : a).toFixed(0),
    gross: gross.toFixed(0),
    tax: tax.toFixed(0),
    net: gross.minus(tax).toFixed(0),
  };
}

/**
 * "적금 이자 얼마나 받을 수 있어?", "1000만원 예금하면 이자 얼마?": the interest at the example rate, after tax, first —
 * for a 적금 the amount named a month or else what a month leaves (the surplus), for a 예금 the sum named; over the
 * months named or a year — then that the rate is an example and how to compare real products.
 */
function depositInterestLines(
  kind: 'INSTALMENT' | 'LUMP_SUM',
  amount: string | null,
  months: number,
  lang: Lang,
  /** A product of the house named: its base rate instead of the example, said by name. */
  product?: { name: string; rate: string },
): string[] {
  const annual = product?.rate ?? EXAMPLE_SAVINGS_RATE;
  const rate = formatAnnualRate(annual, lang);
  const compare = product
    ? lang === 'ko'
      ? koText`${rate}은/는 ${product.name}의 기본 금리이며, 우대금리와 비과세·세금우대는 빠져 있습니다. 가입 조건과 금리는 가입할 때의 상품 약관을 따릅니다.`
      : `${rate} is the ${product.name} base rate, without bonus rates or tax relief; the product terms when you sign up are what count.`
    : lang === 'ko'
      ? `연 ${new Decimal(EXAMPLE_SAVINGS_RATE).mul(100).toString()}%는 계산을 위한 예시 금리이며, 실제 금리는 은행과 상품마다 다릅니다. 금융감독원 '금융상품 한눈에'에서 예·적금 금리를 비교할 수 있습니다.`
      : `${rate} is an example rate for the sum; real rates differ by bank and product — the FSS's "Financial Products at a Glance" (finlife.fss.or.kr) compares deposit and savings rates.`;
  if (!amount || new Decimal(amount).lte(0))
    return [
      lang === 'ko'
        ? '적금 이자는 월 납입액 × 연 금리 ÷ 12 × (개월 수 × (개월 수 + 1) ÷ 2), 예금 이자는 맡긴 금액 × 연 금리 × 개월 수 ÷ 12이고, 이자소득세 15.4%를 뗍니다. 지금은 매달 남는 돈이 없어 예시 금액을 정하지 못했습니다. "월 30만원 적금 1년 들면 이자 얼마?"처럼 금액을 말씀해 주세요.'
        : 'A monthly savings plan earns monthly amount × annual rate ÷ 12 × n(n+1)/2 for n months, a deposit amount × annual rate × months ÷ 12, less the 15.4% interest tax. Nothing is left over each month right now, so tell me an amount ("how much interest on ₩300,000 a month for a year?").',
      compare,
    ];
  const x = savingsInterest(kind, amount, annual, months);
  const won = (v: string) => formatWon(v, lang);
  const span = formatCount(months, 'month', lang);
  const where = product
    ? lang === 'ko'
      ? `${product.name}(${rate})에`
      : `in ${product.name} at ${rate}`
    : null;
  return [
    lang === 'ko'
      ? where
        ? kind === 'INSTALMENT'
          ? koText`${where} 매달 ${won(amount)}씩 ${span} 넣으면 단리 기준 이자는 세전 ${won(x.gross)}, 이자소득세 15.4%(${won(x.tax)})를 빼면 약 ${won(x.net)}입니다 (만기에 원금 ${won(x.paidIn)}과/와 함께 받습니다).`
          : koText`${where} ${won(amount)}을/를 ${span} 맡기면 단리 기준 이자는 세전 ${won(x.gross)}, 이자소득세 15.4%(${won(x.tax)})를 빼면 약 ${won(x.net)}입니다.`
        : kind === 'INSTALMENT'
          ? koText`매달 ${won(amount)}씩 ${span} 적금에 넣으면 ${rate} 단리 기준 이자는 세전 ${won(x.gross)}, 이자소득세 15.4%(${won(x.tax)})를 빼면 약 ${won(x.net)}입니다 (만기에 원금 ${won(x.paidIn)}과/와 함께 받습니다).`
          : koText`${won(amount)}을/를 ${span} 예금에 맡기면 ${rate} 단리 기준 이자는 세전 ${won(x.gross)}, 이자소득세 15.4%(${won(x.tax)})를 빼면 약 ${won(x.net)}입니다.`
      : where
        ? kind === 'INSTALMENT'
          ? `Saving ${won(amount)} a month for ${span} ${where} (simple interest) earns ${won(x.gross)} before tax, about ${won(x.net)} after the 15.4% interest tax (${won(x.tax)}), paid with the ${won(x.paidIn)} you put in.`
          : `Putting ${won(amount)} ${where} for ${span} (simple interest) earns ${won(x.gross)} before tax, about ${won(x.net)} after the 15.4% interest tax (${won(x.tax)}).`
        : kind === 'INSTALMENT'
          ? `Saving ${won(amount)} a month for ${span} at ${rate} simple interest earns ${won(x.gross)} before tax, about ${won(x.net)} after the 15.4% interest tax (${won(x.tax)}), paid with the ${won(x.paidIn)} you put in.`
          : `Depositing ${won(amount)} for ${span} at ${rate} simple interest earns ${won(x.gross)} before tax, about ${won(x.net)} after the 15.4% interest tax (${won(x.tax)}).`,
    lang === 'ko'
      ? kind === 'INSTALMENT'
        ? '적금은 매달 넣은 돈이 남은 기간만큼만 이자가 붙어, 같은 금리의 예금보다 이자가 절반 남짓입니다.'
        : '예금은 맡긴 금액 전체에 기간 내내 이자가 붙습니다.'
      : kind === 'INSTALMENT'
        ? 'Each monthly payment earns only for the months it stays in, so a savings plan earns a little over half what a deposit of the same total would.'
        : 'A deposit earns on the whole sum for the whole term.',
    compare,
  ];
}

/**
 * "조기상환할까요 적금 들까요?": money used to repay earns the loan's rate for certain and tax-free, so a deposit
 * has to pay more than the rate grossed up for the 15.4% interest tax to beat it; then (unless the answer's own steps
 * say it) the emergency fund first.
 */
function versusSavingLines(
  l: LoanLine,
  fee: Krw | null,
  lang: Lang,
  reserveLine: boolean,
  savingRate?: number,
): string[] {
  const rate = formatAnnualRate(l.annualRate, lang);
  const breakEven = formatAnnualRate(
    new Decimal(l.annualRate)
      .div(new Decimal(1).minus(DEPOSIT_INTEREST_TAX))
      .toDecimalPlaces(4, Decimal.ROUND_UP)
      .toFixed(4),
    lang,
  );
  const noFee = !fee || fee.amount === '0';
  return [
    ...(savingRate !== undefined ? [savingRateVerdict(l, savingRate, lang)] : []),
    lang === 'ko'
      ? koText`${loanName(l, lang)}을/를 갚으면 그 돈에 ${rate}의 이자를 세금 없이 확실히 아끼는 셈이라, 예·적금 금리가 ${breakEven}(이자소득세 15.4%를 떼고 ${rate})보다 낮다면 갚는 편이 유리합니다${noFee ? ' (중도상환수수료 없음)' : koText` (중도상환수수료 ${fee!.text}은/는 따로 계산하세요)`}.`
      : `Repaying your ${loanName(l, lang)} earns its ${rate} for certain and tax-free, so unless a deposit pays more than ${breakEven} (${rate} after the 15.4% interest tax), repaying is better${noFee ? ' (no prepayment fee)' : ` (count the ${fee!.text} prepayment fee against it)`}.`,
    ...(reserveLine
      ? [
          lang === 'ko'
            ? '다만 생활비 3개월치 비상금은 갚지 말고 먼저 남겨 두세요 ("비상금 얼마나 있어야 해요?"로 고객님 금액을 계산해 드립니다).'
            : 'Keep three months of expenses aside first, though (ask "how much emergency savings do I need?" for your figure).',
        ]
      : []),
  ];
}

/**
 * QA round 26. "금리 4%짜리 적금이면요?" after repaying against saving: that rate after the 15.4 % interest tax against
 * the loan's rate — repaying, saving or about the same, first.
 */
function savingRateVerdict(l: LoanLine, percent: number, lang: Lang): string {
  const gross = new Decimal(percent).div(100);
  const net = gross.times(new Decimal(1).minus(DEPOSIT_INTEREST_TAX)).toDecimalPlaces(5, Decimal.ROUND_DOWN);
  const said = formatAnnualRate(gross, lang);
  const after = formatAnnualRate(net, lang);
  const rate = formatAnnualRate(l.annualRate, lang);
  const name = loanName(l, lang);
  const cmp = net.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).cmp(new Decimal(l.annualRate));
  if (lang === 'ko')
    return cmp < 0
      ? koText`${said} 예·적금이면 대출을 갚는 편이 유리합니다: 이자소득세 15.4%를 떼면 ${after}로, ${name} 금리 ${rate}보다 낮습니다.`
      : cmp > 0
        ? koText`${said} 예·적금이면 예·적금 쪽이 조금 유리합니다: 이자소득세 15.4%를 떼고도 ${after}로, ${name} 금리 ${rate}보다 높습니다.`
        : koText`${said} 예·적금이면 거의 같습니다: 이자소득세 15.4%를 떼면 ${after}로, ${name} 금리 ${rate}와 같습니다.`;
  return cmp < 0
    ? `At ${said}, repaying is better: after the 15.4% interest tax the deposit earns ${after}, less than the ${rate} of your ${name}.`
    : cmp > 0
      ? `At ${said}, saving comes out slightly ahead: even after the 15.4% interest tax it earns ${after}, more than the ${rate} of your ${name}.`
      : `At ${said}, it is about the same: after the 15.4% interest tax the deposit earns ${after}, the ${rate} of your ${name}.`;
}

/**
 * "뭐부터 갚아요?": the active loans by annual rate, highest first (what each won repaid saves most on), the principal
 * left beside each; one loan is said to be the only one.
 */
function payoffOrderLines(data: TurnData, lang: Lang): string[] {
  const loans = [...activeLoans(data)].sort((a, b) => new Decimal(b.annualRate).cmp(a.annualRate));
  if (loans.length === 0) return [noLoans(lang)];
  const rate = (l: LoanLine) => formatAnnualRate(l.annualRate, lang);
  if (loans.length === 1)
    return [
      lang === 'ko'
        ? `상환 중인 대출은 ${loanName(loans[0], lang)}(${rate(loans[0])}) 하나뿐이라 순서를 정할 필요 없이 이 대출을 갚으시면 됩니다.`
        : `Your ${loanName(loans[0], lang)} (${rate(loans[0])}) is your only active loan, so there is no order to choose: repay that one.`,
    ];
  return [
    lang === 'ko'
      ? `금리가 높은 대출부터 갚는 것이 이자를 가장 많이 줄입니다: 먼저 ${loanName(loans[0], lang)}(${rate(loans[0])})입니다.`
      : `Repaying the highest-rate loan first saves the most interest: start with your ${loanName(loans[0], lang)} (${rate(loans[0])}).`,
    ...loans.map((l, i) =>
      lang === 'ko'
        ? `${i + 1}) ${loanName(l, lang)} ${rate(l)} (남은 원금 ${l.outstandingPrincipal.text})`
        : `${i + 1}) ${loanName(l, lang)} ${rate(l)} (${l.outstandingPrincipal.text} owed)`,
    ),
    lang === 'ko'
      ? '중도상환수수료가 남은 대출은 그만큼을 빼고 비교하세요. 카드론이나 리볼빙이 있다면 보통 그쪽 금리가 가장 높습니다.'
      : 'Take off any prepayment fee still due before comparing, and card loans or revolving balances usually carry the highest rates.',
  ];
}

function prepayment(input: IntentReplyInput): string[] {
  // "지금 중도상환하면 수수료 얼마예요?": no amount named, so the fee of repaying the loan today and how it is worked out.
  const slots = input.understanding.slots;
  const fee = slots.productTopic === 'PREPAYMENT_FEE' && !slots.amount ? prepaymentFeeAnswer(input) : null;
  if (fee) return fee;
  const lead = input.understanding.slots.payoffOrder
    ? payoffOrderLines(input.data, input.language)
    : input.understanding.slots.versusSaving && input.loan
      ? versusSavingLines(
          input.loan,
          input.data.prepayment?.prepaymentFee ?? null,
          input.language,
          false,
          slots.savingRate,
        )
      : [];
  if (slots.saveMore && input.data.prepayment) return saveMoreLines(input);
  // QA round 24 (loan24). "100만원 더 갚으면 납입일 바뀌어요?": no, first.
  if (slots.dueDateKept && input.data.prepayment) return dueDateKeptLines(input);
  return [
    ...lead,
    ...(slots.everyMonth && slots.amount ? extraRepaymentLines(input) : prepaymentLines(input)),
  ];
}

/**
 * QA round 23 (loan23). "더 많이 아끼는 방법은?", "how can i save more?" after a prepayment: a larger prepayment first —
 * twice the amount (the whole balance when that is more: a payoff) against the amount asked — then a lower rate when
 * an offer beats theirs (staying at a reduced rate or switching, whichever saves more over the term), then a shorter
 * term (paying more each month).
 */
function saveMoreLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const l = input.loan;
  const p = data.prepayment!;
  if (!l) return [noLoans(lang)];
  const q = data.prepaymentLarger ?? null;
  const ko = lang === 'ko';
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const feeNet = (x: PrepaymentData) =>
    x.prepaymentFee.amount === '0'
      ? ''
      : ko
        ? koText`, 중도상환수수료 ${x.prepaymentFee.text}을/를 빼면 ${x.netSaving.text}`
        : `, ${x.netSaving.text} after the ${x.prepaymentFee.text} prepayment fee`;
  const more = q ? new Decimal(q.interestSaved.amount).minus(p.interestSaved.amount) : null;
  const lead = q
    ? ko
      ? koText`더 아끼려면 더 크게 갚으시면 됩니다: 두 배인 ${q.amount.text}을/를 중도상환하면 남은 기간 이자가 ${q.interestSaved.text} 줄어, ${p.amount.text}일 때(${p.interestSaved.text})보다 ${won(more!)} 더 아낍니다 (월 납입액 ${q.paymentBefore.text} → ${q.paymentAfter.text}${feeNet(q)}).`
      : `To save more, prepay more: twice that, ${q.amount.text}, cuts the interest over the remaining term by ${q.interestSaved.text} — ${won(more!)} more than the ${p.interestSaved.text} at ${p.amount.text} (monthly payment ${q.paymentBefore.text} → ${q.paymentAfter.text}${feeNet(q)}).`
    : ko
      ? koText`더 아끼려면 더 크게 갚으시면 됩니다: ${p.amount.text}의 두 배는 남은 원금 ${l.outstandingPrincipal.text} 이상이라, 남은 원금을 모두 갚으면(전액 상환) 남은 이자가 모두 없어집니다 ("오늘 다 갚으면 얼마예요?"로 전액 상환 금액을 확인하세요).`
      : `To save more, prepay more: twice ${p.amount.text} is the whole ${l.outstandingPrincipal.text} left or more, and paying it all off ends the interest altogether (ask "how much to pay it off today?" for the amount).`;
  const r = data.refinance;
  const options = [r?.stay ?? null, r?.bestSwitch ?? null].filter(
    (c): c is RefinanceChoiceData => c !== null && new Decimal(c.lifetimeSaving.amount).gt(0),
  );
  const best = options.sort((a, b) => new Decimal(b.lifetimeSaving.amount).cmp(a.lifetimeSaving.amount))[0];
  const rate = best
    ? best === r?.stay
      ? ko
        ? koText`금리를 낮추는 방법도 있습니다: 지금 금융회사에서 ${formatAnnualRate(best.annualRate, lang)}으로/로 재약정하면 월 ${best.monthlySaving.text}, 남은 기간 전체로 ${best.lifetimeSaving.text}을/를 아낍니다 (지금 ${formatAnnualRate(l.annualRate, lang)}).`
        : `A lower rate saves too: staying with your lender at a reduced ${formatAnnualRate(best.annualRate, lang)} saves ${best.monthlySaving.text} a month, ${best.lifetimeSaving.text} over the remaining term (now ${formatAnnualRate(l.annualRate, lang)}).`
      : ko
        ? koText`금리를 낮추는 방법도 있습니다: ${best.lender ?? '다른 금융회사'}(${formatAnnualRate(best.annualRate, lang)})으로/로 갈아타면 월 ${best.monthlySaving.text}, 비용을 빼고 남은 기간 전체로 ${best.lifetimeSaving.text}을/를 아낍니다 (지금 ${formatAnnualRate(l.annualRate, lang)}).`
        : `A lower rate saves too: switching to ${best.lender ? lenderInEnglish(best.lender) : 'another lender'} (${formatAnnualRate(best.annualRate, lang)}) saves ${best.monthlySaving.text} a month, ${best.lifetimeSaving.text} over the remaining term after costs (now ${formatAnnualRate(l.annualRate, lang)}).`
    : ko
      ? koText`지금은 ${formatAnnualRate(l.annualRate, lang)}보다 낮은 금리로 옮길 수 있는 상품이 없어, 금리로 아낄 방법은 없습니다.`
      : `No offer beats your ${formatAnnualRate(l.annualRate, lang)} right now, so a lower rate is not a route today.`;
  const term = ko
    ? '기간을 줄이는 방법도 있습니다: 매달 원금을 조금씩 더 갚아 빨리 줄여 나가면 그만큼 이자가 줄어듭니다 ("매달 50만원씩 더 갚으면?"처럼 물어보세요).'
    : 'A shorter term saves too: paying a little more principal each month brings it down sooner, with less interest ("what if i pay 500k extra a month?").';
  return [lead, rate, term, ...prepaymentSteps(lang, data)];
}

/** "That amount is the whole balance or more": a payoff, not a prepayment. */
function wholeBalanceLine(l: LoanLine, lang: Lang): string {
  const name = loanName(l, lang);
  return lang === 'ko'
    ? koText`말씀하신 금액은 ${name}의 남은 원금 ${l.outstandingPrincipal.text} 이상이라 일부 상환이 아니라 전액 상환이 됩니다.`
    : `That amount is the whole ${l.outstandingPrincipal.text} left on your ${name} or more: it would pay the loan off.`;
}

/** "19년 7개월" / "19 years and 7 months": a number of months in years and months. */
function monthsPhrase(months: number, lang: Lang): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    ...(years ? [formatCount(years, 'year', lang)] : []),
    ...(rest || !years ? [formatCount(rest, 'month', lang)] : []),
  ];
  return parts.join(lang === 'ko' ? ' ' : ' and ');
}

/** Before prepaying: a dearer loan first (when there is another loan), and money kept aside. */
function prepaymentSteps(lang: Lang, data: TurnData): string[] {
  return steps(lang, [
    ...(activeLoans(data).length > 1
      ? [
          lang === 'ko'
            ? '금리가 더 높은 대출이 있다면 그 대출부터 갚는 것이 이자를 더 많이 줄입니다.'
            : 'If you have a loan at a higher rate, prepaying that one first saves more interest.',
        ]
      : []),
    lang === 'ko'
      ? '생활비 3개월치 정도의 비상금은 남겨 두고 상환하세요.'
      : 'Keep about three months of expenses aside before you prepay.',
  ]);
}

/**
 * "매달 50만원씩 더 갚으면 언제 끝나요?", "if I pay 1,000,000 won extra each month, when will I be done?": the day the loan
 * ends with the extras and how much earlier (or, when it still ends at maturity — a bullet loan — the smaller sum
 * due then), the interest saved, the fees on the extras; the instalment kept, the extra to principal.
 */
function extraRepaymentLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const l = input.loan;
  const e = data.extraRepayment;
  if (!l) return [noLoans(lang)];
  const slots = input.understanding.slots;
  const name = loanName(l, lang);
  // "한 달에 50만원씩 갚으면" with an instalment of that much or more already: nothing extra would be repaid.
  if (
    !e &&
    slots.inAll &&
    slots.amount &&
    l.nextPayment &&
    new Decimal(slots.amount).lt(l.outstandingPrincipal.amount)
  ) {
    const asked = formatWon(slots.amount, lang);
    return [
      lang === 'ko'
        ? koText`매달 ${asked}은/는 ${name}의 지금 납입액 ${l.nextPayment.payment.text}보다 많지 않아, 그만큼 내셔도 더 빨리 끝나지 않습니다 (만기 ${date(l.maturityOn, data, lang)}).`
        : `${asked} a month is not more than your ${name}'s instalment of ${l.nextPayment.payment.text}, so paying it would not end the loan sooner (maturity ${date(l.maturityOn, data, lang)}).`,
      lang === 'ko'
        ? '지금 납입액보다 많이 내실 금액을 말씀해 주시면 언제 끝나는지 계산해 드릴게요.'
        : 'Tell me an amount above your instalment and I will work out when the loan would end.',
    ];
  }
  if (!e) return [wholeBalanceLine(l, lang)];
  const after = date(e.lastDueDateAfter, data, lang);
  const maturity = date(e.lastDueDateBefore, data, lang);
  // "한 달에 200만원씩 갚으면": the amount in all, and the extra it makes over the instalment; "갚으시면" (the loan ends
  // early) or "갚으셔도" (it still ends at maturity).
  const paying = (even: boolean) => {
    const verb = even ? '갚으셔도' : '갚으시면';
    return slots.inAll
      ? lang === 'ko'
        ? koText`매달 ${e.paymentWithExtra.text}씩(지금 납입액보다 ${e.monthlyExtra.text} 더) ${verb}`
        : `Paying ${e.paymentWithExtra.text} each month (${e.monthlyExtra.text} more than your instalment)`
      : lang === 'ko'
        ? koText`매달 ${e.monthlyExtra.text}씩 더 ${verb}`
        : `Paying ${e.monthlyExtra.text} extra each month`;
  };
  const lead =
    e.monthsSaved > 0
      ? lang === 'ko'
        ? koText`${paying(false)} ${name}은/는 ${after}에 다 갚게 되어, 만기(${maturity})보다 ${monthsPhrase(e.monthsSaved, lang)} 빨리 끝납니다.`
        : `${paying(false)}, your ${name} is repaid on ${after}: ${monthsPhrase(e.monthsSaved, lang)} before its maturity (${maturity}).`
      : lang === 'ko'
        ? koText`${paying(true)} ${name}의 만기는 ${maturity} 그대로이고, 만기에 내실 금액이 ${e.lastPaymentBefore.text}에서 ${e.lastPaymentAfter.text}으로/로 줄어듭니다.`
        : `${paying(true)}, your ${name} still ends at maturity (${maturity}), and the last payment falls from ${e.lastPaymentBefore.text} to ${e.lastPaymentAfter.text}.`;
  const interest =
    lang === 'ko'
      ? koText`이자는 모두 ${e.interestSaved.text} 줄어듭니다 (다음 납입액 ${e.paymentBefore.text} → ${e.paymentWithExtra.text}, 추가로 갚는 원금은 모두 ${e.extraTotal.text}).`
      : `You pay ${e.interestSaved.text} less interest in all (next payment ${e.paymentBefore.text} → ${e.paymentWithExtra.text}; ${e.extraTotal.text} of extra principal in all).`;
  const fee =
    e.prepaymentFees.amount === '0'
      ? lang === 'ko'
        ? '추가로 갚는 금액에 붙는 중도상환수수료는 없습니다.'
        : 'No prepayment fee applies to the extra payments.'
      : lang === 'ko'
        ? koText`추가 상환분마다 붙는 중도상환수수료가 모두 ${e.prepaymentFees.text}이라 실제로 아끼는 금액은 ${e.netSaving.text}입니다.`
        : `The prepayment fees on the extra payments come to ${e.prepaymentFees.text}, so you save ${e.netSaving.text} net.`;
  const how =
    e.monthsSaved > 0
      ? lang === 'ko'
        ? '매달 내시는 납입액은 그대로 두고 더 내는 금액만큼 원금을 먼저 줄이는 방식(기간 단축)으로 계산했습니다.'
        : 'This keeps your instalment as it is and puts the extra towards the principal each month, so the loan ends sooner.'
      : lang === 'ko'
        ? '더 내는 금액만큼 원금이 줄어 다음 달부터 이자가 줄고, 남은 원금은 만기에 갚습니다.'
        : 'Each extra payment lowers the principal, so the interest falls from the next month; what is left is repaid at maturity.';
  // "+수수료는요?" after it: the fees first.
  const feeAsked = slots.productTopic === 'PREPAYMENT_FEE';
  return [
    ...(feeAsked ? [fee, lead] : [lead]),
    interest,
    ...(feeAsked ? [] : [fee]),
    how,
    ...prepaymentSteps(lang, data),
  ];
}

/**
 * "6개월 뒤에 1000만원 중도상환하면?", "그럼 6개월 뒤에 갚으면?": the same prepayment on the due day of that many more
 * instalments — its interest saved first, against doing it today (the interest of the months between is paid on the
 * whole balance meanwhile), then the payment it lowers from then on.
 */
function laterPrepaymentLine(
  p: PrepaymentData,
  now: PrepaymentData | null,
  name: string,
  data: TurnData,
  lang: Lang,
): string {
  const when = date(p.asOf!, data, lang);
  const diff = now ? new Decimal(now.interestSaved.amount).minus(p.interestSaved.amount) : null;
  const against =
    now && diff
      ? lang === 'ko'
        ? diff.isZero()
          ? koText` 지금 갚을 때(${now.interestSaved.text})와/과 같습니다.`
          : koText` 지금 갚을 때(${now.interestSaved.text})보다 ${formatWon(diff.abs(), lang)} ${diff.isPositive() ? '적습니다' : '많습니다'}.`
        : diff.isZero()
          ? ` The same as prepaying now (${now.interestSaved.text}).`
          : ` That is ${formatWon(diff.abs(), lang)} ${diff.isPositive() ? 'less' : 'more'} than prepaying now (${now.interestSaved.text}).`
      : '';
  return lang === 'ko'
    ? koText`${formatCount(p.afterInstalments!, 'instalment', lang)} 더 내신 뒤(${when}) ${p.amount.text}을/를 ${name}에 중도상환하면 남은 기간 이자는 ${p.interestSaved.text} 줄어듭니다.${against} 그때부터 월 납입액은 ${p.paymentBefore.text}에서 ${p.paymentAfter.text}으로/로 ${p.monthlySaving.text} 줄어듭니다.`
    : `Prepaying ${p.amount.text} on your ${name} after the next ${formatCount(p.afterInstalments!, 'instalment', lang)} (${when}) saves ${p.interestSaved.text} of interest over the term then left.${against} From then on the monthly payment goes from ${p.paymentBefore.text} to ${p.paymentAfter.text} (${p.monthlySaving.text} less).`;
}

/**
 * QA round 21 (loan21). What a prepayment's follow-up asks first: its monthly payment ("and the monthly after that?"),
 * as yes or no ("does my monthly go down?"), or a later prepayment against doing it now ("지금 하는거랑 뭐가
 * 달라요?"). Followed by the prepayment's own lines. Null: none asked (or nothing to set it against).
 */
function prepayLeadLine(
  lead: CounselSlots['prepayLead'],
  p: PrepaymentData,
  now: PrepaymentData | null,
  data: TurnData,
  lang: Lang,
  l?: LoanLine,
): string | null {
  if (!lead) return null;
  const ko = lang === 'ko';
  const when = p.afterInstalments && p.asOf ? date(p.asOf, data, lang) : null;
  // QA round 26 (ko3). "그만큼 갚으면 월 이자 얼마나 줄어요?": the month's interest. On a loan repaid at maturity the
  // monthly payment is all interest, so it is that payment before and after; otherwise the amount × the rate ÷ 12 (a
  // month's interest on the principal repaid), then the payment.
  if (lead === 'MONTHLY_INTEREST' && l && !when) {
    const down = new Decimal(p.paymentAfter.amount).lt(p.paymentBefore.amount);
    if (l.repaymentMethod === 'BULLET' && down)
      return ko
        ? koText`${p.amount.text}을/를 지금 갚으시면 월 이자가 ${p.paymentBefore.text}에서 ${p.paymentAfter.text}으로/로 ${p.monthlySaving.text} 줄어듭니다 (원금은 만기에 한 번에 갚는 대출이라 매달 내시는 돈이 모두 이자입니다).`
        : `Repaying ${p.amount.text} now lowers your monthly interest from ${p.paymentBefore.text} to ${p.paymentAfter.text}, ${p.monthlySaving.text} less (the principal is repaid at maturity, so each monthly payment is all interest).`;
    if (l.repaymentMethod !== 'BULLET') {
      const rate = new Decimal(l.annualRate);
      const monthly = new Decimal(p.amount.amount)
        .times(rate)
        .div(12)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      if (monthly.gt(0))
        return ko
          ? koText`${p.amount.text}을/를 지금 갚으시면 한 달 이자가 약 ${formatWon(monthly, lang)} 줄어듭니다 (${p.amount.text} × 연 ${formatPercent(l.annualRate, 2)} ÷ 12).`
          : `Repaying ${p.amount.text} now cuts a month’s interest by about ${formatWon(monthly, lang)} (${p.amount.text} × ${formatPercent(l.annualRate, 2)} a year ÷ 12).`;
    }
    return null;
  }
  if (lead === 'VERSUS_NOW') {
    if (!now || !when) return null;
    const diff = new Decimal(now.interestSaved.amount).minus(p.interestSaved.amount);
    const n = formatCount(p.afterInstalments!, 'instalment', lang);
    return ko
      ? diff.gt(0)
        ? koText`지금 갚으면 이자가 ${now.interestSaved.text} 줄어, ${n} 더 내신 뒤(${when})에 갚을 때(${p.interestSaved.text})보다 ${formatWon(diff, lang)} 더 아낍니다: 늦출수록 그동안 줄지 않은 원금에 이자가 붙기 때문입니다.`
        : koText`지금 갚아도 ${n} 더 내신 뒤(${when})에 갚아도 줄어드는 이자는 ${now.interestSaved.text}, ${p.interestSaved.text}으로/로 거의 같습니다.`
      : diff.gt(0)
        ? `Prepaying now saves ${now.interestSaved.text} of interest, ${formatWon(diff, lang)} more than doing it after the next ${n} (${when}: ${p.interestSaved.text}), because until then the interest runs on the whole balance.`
        : `Prepaying now or after the next ${n} (${when}) saves about the same: ${now.interestSaved.text} against ${p.interestSaved.text}.`;
  }
  const down = new Decimal(p.paymentAfter.amount).lt(p.paymentBefore.amount);
  const from = when
    ? ko
      ? koText`${when}에 ${p.amount.text}을/를 중도상환하면 그다음 회차부터`
      : `After prepaying ${p.amount.text} on ${when}, from the next instalment`
    : ko
      ? koText`${p.amount.text}을/를 중도상환하면`
      : `After prepaying ${p.amount.text},`;
  if (!down)
    return ko
      ? koText`${lead === 'MONTHLY_DOWN' ? '아니요, ' : ''}${from} 월 납입액은 ${p.paymentBefore.text} 그대로입니다.`
      : `${lead === 'MONTHLY_DOWN' ? `No: ${from.charAt(0).toLowerCase()}${from.slice(1)}` : from} your monthly payment stays at ${p.paymentBefore.text}.`;
  return ko
    ? koText`${lead === 'MONTHLY_DOWN' ? '네, ' : ''}${from} 월 납입액이 ${p.paymentBefore.text}에서 ${p.paymentAfter.text}으로/로 ${p.monthlySaving.text} 줄어듭니다.`
    : `${lead === 'MONTHLY_DOWN' ? `Yes: ${from.charAt(0).toLowerCase()}${from.slice(1)}` : from} your monthly payment goes from ${p.paymentBefore.text} to ${p.paymentAfter.text} (${p.monthlySaving.text} less).`;
}

function prepaymentLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const l = input.loan;
  const p = data.prepayment;
  if (!l) return [noLoans(lang)];
  const name = loanName(l, lang);
  // QA round 25 (fixko2). "1.5억으로 줄이려면 얼마 갚아야 돼요?": the principal left less that balance, first (the
  // prepayment read for it); a balance already at or below it said so.
  const target = input.understanding.slots.targetBalance;
  if (target && new Decimal(l.outstandingPrincipal.amount).lte(target))
    return [
      lang === 'ko'
        ? koText`${name}의 남은 원금은 ${l.outstandingPrincipal.text}이라 이미 ${formatWon(target, lang)} 이하라 더 갚으실 필요가 없습니다.`
        : `Your ${name} is already down to ${l.outstandingPrincipal.text}, at or below ${formatWon(target, lang)}: nothing more to repay for that.`,
    ];
  if (!p) return [wholeBalanceLine(l, lang)];
  const toTarget =
    target && p.amountAsked
      ? lang === 'ko'
        ? koText`${name}의 남은 원금 ${l.outstandingPrincipal.text}을/를 ${formatWon(target, lang)}으로/로 줄이려면 ${p.amount.text}을/를 갚으시면 됩니다.`
        : `To bring your ${name} down from ${l.outstandingPrincipal.text} to ${formatWon(target, lang)}, repay ${p.amount.text}.`
      : null;
  // "절반 갚으면?": the share of the principal left that the amount is.
  const share = input.understanding.slots.share;
  const ofBalance = share
    ? lang === 'ko'
      ? `남은 원금 ${l.outstandingPrincipal.text}의 ${formatPercent(share)}인 `
      : ''
    : '';
  const later =
    p.afterInstalments && p.asOf
      ? laterPrepaymentLine(p, data.prepaymentNow ?? null, name, data, lang)
      : null;
  const leadLine = prepayLeadLine(
    input.understanding.slots.prepayLead,
    p,
    data.prepaymentNow ?? null,
    data,
    lang,
    l,
  );
  const effect =
    later ??
    (lang === 'ko'
      ? koText`${p.amountAsked ? '' : '예를 들어 '}${ofBalance}${p.amount.text}을/를 지금 ${name}에 중도상환하면 월 납입액이 ${p.paymentBefore.text}에서 ${p.paymentAfter.text}으로/로 ${p.monthlySaving.text} 줄고, 남은 기간 이자는 ${p.interestSaved.text} 줄어듭니다.`
      : `${p.amountAsked ? 'Prepaying' : 'For example, prepaying'} ${p.amount.text}${share ? ` (${formatPercent(share)} of the ${l.outstandingPrincipal.text} left)` : ''} on your ${name} now lowers the monthly payment from ${p.paymentBefore.text} to ${p.paymentAfter.text} (${p.monthlySaving.text} less) and saves ${p.interestSaved.text} of interest over the remaining term.`);
  // "수수료 있어요?" after it: no, first (QA round 21).
  const fee =
    p.prepaymentFee.amount === '0'
      ? input.understanding.slots.productTopic === 'PREPAYMENT_FEE'
        ? lang === 'ko'
          ? koText`아니요, ${name}은/는 중도상환수수료가 없습니다 (0원).`
          : `No: there is no prepayment fee on your ${name} (₩0).`
        : lang === 'ko'
          ? '중도상환수수료는 없습니다.'
          : 'There is no prepayment fee.'
      : lang === 'ko'
        ? koText`중도상환수수료 ${p.prepaymentFee.text}을/를 빼면 실제로 아끼는 금액은 ${p.netSaving.text}입니다 (수수료는 ${p.feeDaysLeft}일 뒤면 없어집니다).`
        : `After the ${p.prepaymentFee.text} prepayment fee you save ${p.netSaving.text} net (the fee ends in ${p.feeDaysLeft} days).`;
  // "what's the penalty if I repay early?": the fee answers it, so it comes first.
  const feeAsked = input.understanding.slots.productTopic === 'PREPAYMENT_FEE';
  const out = [
    ...(toTarget ? [toTarget] : []),
    ...(leadLine ? [leadLine] : []),
    ...(feeAsked ? [fee, effect] : [effect, fee]),
    lang === 'ko'
      ? `만기는 그대로이고, 남는 원금은 ${p.balanceAfter.text}입니다.`
      : `The maturity stays the same; ${p.balanceAfter.text} of principal remains.`,
  ];
  out.push(...prepaymentSteps(lang, input.data));
  return out;
}

// ——— spending and cards ———

const PERIOD_DEFAULT = { kind: 'THIS_MONTH' } as const;
/**
 * "매달 얼마 써요?" (and "주말이랑 평일 중에 언제 더 써요?") with no period named: the last three months to date
 * (docs/counselling.md).
 */
export const MONTHLY_AVERAGE_PERIOD = { kind: 'LAST_N_MONTHS', months: 3 } as const;

/** A period's days: "11월 16일 (월) ~ 11월 22일 (일)" / "Mon 16 Nov to Sun 22 Nov", or the one day of "오늘" / "어제". */
function dayRange(from: string, through: string, data: TurnData, lang: Lang): string {
  return from === through
    ? date(from, data, lang)
    : `${date(from, data, lang)}${lang === 'ko' ? ' ~ ' : ' to '}${date(through, data, lang)}`;
}

/**
 * "구독료 매달 얼마 나가?", "what subscriptions am I paying for?": the charges repeated monthly (one category and amount,
 * once a month, nearly the same day, in 3 of the last 6 months), what they take a month together first, then each
 * with its usual day and the names it was charged under; none found said so. Bank-account debits are not card
 * transactions and are not seen.
 */
function recurringLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const r = data.recurring;
  if (!r)
    return [
      lang === 'ko'
        ? '카드 결제 내역을 지금은 불러올 수 없습니다.'
        : 'I can’t load your card transactions right now.',
    ];
  const notSeen =
    lang === 'ko'
      ? '통장 자동이체로 내는 요금(관리비, 보험료 등)은 카드 내역에 없어 여기에 포함되지 않습니다.'
      : 'Bills paid by bank-account debit (rent, insurance and the like) are not card transactions and are not included.';
  // "넷플릭스 구독료 얼마 나가?": that merchant's monthly charge first, or that none is among them.
  const asked = input.understanding.slots.merchant;
  const alias = asked ? MERCHANTS.find((m) => m.name === asked)?.alias : undefined;
  const named = alias ? r.charges.find((c) => c.merchants.some((m) => alias.test(m))) : undefined;
  const askedLead = asked
    ? named
      ? lang === 'ko'
        ? koText`${merchantDisplayName(asked, lang)}에는 매달 ${named.amount.text}이/가 나갑니다 (${named.usualDay}일 무렵).`
        : `${merchantDisplayName(asked, lang)} takes ${named.amount.text} every month (around day ${named.usualDay}).`
      : lang === 'ko'
        ? `최근 ${RECURRING_WINDOW_MONTHS}개월 카드 결제에서 ${merchantDisplayName(asked, lang)} 정기 결제는 보이지 않습니다.`
        : `There is no monthly ${merchantDisplayName(asked, lang)} charge on your cards in the last ${RECURRING_WINDOW_MONTHS} months.`
    : null;
  if (r.charges.length === 0)
    return [
      ...(askedLead ? [askedLead] : []),
      lang === 'ko'
        ? `최근 ${RECURRING_WINDOW_MONTHS}개월 카드 결제에서 매달 비슷한 날 같은 금액이 나가는 정기 결제(구독)는 보이지 않습니다.`
        : `Your card payments of the last ${RECURRING_WINDOW_MONTHS} months show no charge repeated every month (no subscription or fixed bill).`,
      notSeen,
    ];
  const lines = r.charges.map((c) => {
    const names = formatList(
      c.merchants.map((m) => merchantLabel(m, phrase('category', c.category, lang), lang)),
      lang,
    );
    const every = c.months >= RECURRING_WINDOW_MONTHS;
    return lang === 'ko'
      ? `- ${phrase('category', c.category, lang)} ${c.amount.text}: ${every ? `최근 ${RECURRING_WINDOW_MONTHS}개월 동안 매달` : `최근 ${RECURRING_WINDOW_MONTHS}개월 중 ${formatCount(c.months, 'month', lang)},`} ${c.usualDay}일 무렵 (${names}), 마지막 결제 ${date(c.lastChargedOn, data, lang)}`
      : `- ${phrase('category', c.category, lang)} ${c.amount.text}: ${every ? `every month of the last ${RECURRING_WINDOW_MONTHS}` : `in ${formatCount(c.months, 'month', lang)} of the last ${RECURRING_WINDOW_MONTHS}`}, around day ${c.usualDay} of the month (${names}); last charged ${date(c.lastChargedOn, data, lang)}`;
  });
  // "1년이면 얼마야?": the month's total × 12, first.
  const yearly = input.understanding.slots.yearly
    ? [
        lang === 'ko'
          ? koText`매달 나가는 정기 결제 ${r.monthlyTotal.text}은/는 1년이면 ${formatWon(new Decimal(r.monthlyTotal.amount).mul(12).toFixed(0), lang)}입니다 (한 달 × 12).`
          : `Your monthly charges of ${r.monthlyTotal.text} come to ${formatWon(new Decimal(r.monthlyTotal.amount).mul(12).toFixed(0), lang)} a year (a month × 12).`,
      ]
    : [];
  const fixed = input.understanding.slots.fixedCosts ? fixedCostsLines(input, r) : [];
  // QA round 27 (helper en27). "how much would i save if i cancel all of them": the month's total and its year, first;
  // a phone or internet bill among them is one to lower (a cheaper plan), not to drop.
  const needed = r.charges.some((c) => c.category === 'TELECOM');
  const cancelAll = input.understanding.slots.cancelAll
    ? [
        lang === 'ko'
          ? koText`정기 결제를 모두 해지하면 한 달에 ${r.monthlyTotal.text}, 1년이면 ${formatWon(new Decimal(r.monthlyTotal.amount).mul(12).toFixed(0), lang)}을/를 아낄 수 있습니다${needed ? ' (다만 통신비는 끊기보다 더 싼 요금제로 바꿔 줄이는 쪽이 현실적입니다)' : ''}.`
          : `Cancelling all of them would save ${r.monthlyTotal.text} a month, ${formatWon(new Decimal(r.monthlyTotal.amount).mul(12).toFixed(0), lang)} a year${needed ? ' (a phone or internet bill is one to lower with a cheaper plan rather than cancel)' : ''}.`,
      ]
    : [];
  return [
    ...cancelAll,
    ...fixed,
    ...yearly,
    ...(askedLead && cancelAll.length === 0 ? [askedLead] : []),
    lang === 'ko'
      ? koText`매달 나가는 정기 결제는 ${formatCount(r.charges.length, 'case', lang)}이고, 한 달에 모두 ${r.monthlyTotal.text}입니다.`
      : `You have ${formatCount(r.charges.length, 'case', lang).replace(/cases?/, r.charges.length === 1 ? 'charge' : 'charges')} repeated every month, ${r.monthlyTotal.text} a month in all.`,
    ...lines,
    notSeen,
    ...steps(lang, [
      lang === 'ko'
        ? '쓰지 않는 구독은 해당 서비스에서 해지하고, 카드사 앱의 정기결제 관리에서 한 번에 확인하세요.'
        : 'Cancel subscriptions you no longer use with the service itself; the card company’s app lists card subscriptions in one place.',
    ]),
  ];
}

/**
 * QA round 24 (spend24b). "매달 고정으로 나가는 돈 뭐뭐 있어?": the loans' monthly payments (their next one, all
 * interest on a loan repaid at maturity) beside the card's recurring charges, summed first; then each loan payment.
 */
function fixedCostsLines(input: IntentReplyInput, r: RecurringData): string[] {
  const { data, language: lang } = input;
  const loans = activeLoans(data).filter((l) => l.nextPayment);
  if (loans.length === 0) return [];
  const loanSum = loans.reduce((a, l) => a.plus(l.nextPayment!.payment.amount), new Decimal(0));
  const total = formatWon(loanSum.plus(r.monthlyTotal.amount).toFixed(0), lang);
  const each = loans.map((l) => {
    const n = l.nextPayment!;
    const interestOnly = new Decimal(n.principal.amount).isZero();
    const day = Number(n.dueDate.slice(8, 10));
    return lang === 'ko'
      ? `- ${loanName(l, lang)} ${interestOnly ? '이자' : '납입액'} ${n.payment.text}: 매달 ${day}일 (다음 ${date(n.dueDate, data, lang)})`
      : `- ${loanName(l, lang)}: ${n.payment.text}${interestOnly ? ' of interest' : ''} on the ${formatOrdinal(day)} of each month (next ${date(n.dueDate, data, lang)})`;
  });
  const loanText = formatWon(loanSum.toFixed(0), lang);
  return [
    lang === 'ko'
      ? koText`매달 고정으로 나가는 돈은 모두 약 ${total}입니다: 대출 ${loans.every((l) => new Decimal(l.nextPayment!.principal.amount).isZero()) ? '이자' : '납입'} ${loanText}와/과 카드 정기 결제 ${r.monthlyTotal.text}.`
      : `Your fixed monthly outgoings come to about ${total}: ${loanText} on your loans and ${r.monthlyTotal.text} of recurring card charges.`,
    ...each,
  ];
}

function spending(input: IntentReplyInput): string[] {
  if (input.understanding.slots.medicalOnCard) return medicalOnCardLines(input);
  if (input.understanding.slots.medicalPiling) return medicalPilingLines(input);
  // QA round 24 (loan24). The loan payment after a big card bill; a loan balance and card bill checked.
  if (input.understanding.slots.loanAfterCard) return loanAfterCardLines(input);
  if (input.understanding.slots.figuresCheck) return figuresCheckLines(input);
  const { data, language: lang, understanding } = input;
  if (understanding.slots.outgoings) return outgoings(input);
  if (understanding.slots.largest) return transactionLines(input);
  if (understanding.slots.merchantSwitch && understanding.slots.category && data.transactions)
    return merchantSwitchLines(understanding.slots.category, data.transactions, lang);
  if (understanding.slots.recurring) return recurringLines(input);
  const s = data.spendingSummary;
  if (!s)
    return [
      lang === 'ko'
        ? '카드 지출 내역을 지금은 불러올 수 없습니다.'
        : 'I can’t load your card spending right now.',
    ];
  if (understanding.slots.giftMoney) return giftMoneyLines(input, s);
  // QA round 28 (ko28). "보험 해지하면 돈이 좀 생길까요": what cancelling returns and costs, with their card premiums.
  if (understanding.slots.insuranceCancel) return insuranceCancelLines(input, s);
  // QA round 27 (helper ko27). "너무 많이 썼네" after a period's spending (not the bill): that figure met as it is.
  if (understanding.slots.billSurprise && !understanding.slots.cardBill) return spentReactionLines(input, s);
  // QA round 23 (late23b). "헉 많네", "ㅋㅋ 다음달은 좀 줄여야지" after the card bill: the bill acknowledged with what made it.
  if (understanding.slots.billSurprise || understanding.slots.cutResolve) return billReactionLines(input, s);
  // QA round 24 (fu24). "일본에서 쓴 것도 포함이야?" after a figure: yes or no, with its part abroad.
  if (understanding.slots.overseasIncluded) {
    const range = dayRange(s.from, s.through, data, lang);
    const n = formatCount(s.purchaseCount, 'transaction', lang);
    const some = new Decimal(s.total.amount).gt(0);
    return [
      lang === 'ko'
        ? some
          ? koText`네, 포함되어 있습니다: 그중 해외(해외 가맹점·해외 사이트) 결제가 ${n} ${s.total.text}입니다 (${range}).`
          : `아니요, 그 안에 해외 결제는 없습니다 (0원, ${range}).`
        : some
          ? `Yes, it does: ${s.total.text} of it (${n}) was paid abroad or on foreign websites (${range}).`
          : `No, none of it was paid abroad (₩0, ${range}).`,
    ];
  }
  const category = s.category ? phrase('category', s.category, lang) : null;
  const range = spendingRange(s, data, lang);
  const count = formatCount(s.purchaseCount, 'transaction', lang);
  // "평소보다 이번 달에 많이 쓴 것 같아요": the month against a usual one (the three before it, averaged), first.
  // QA round 20 (spend). "식비 20만원으로 줄이면 얼마 아껴?": what the cut saves, against the last three complete months.
  if (understanding.slots.categoryCut && s.category && data.spendingUsual?.length === 3) {
    // QA round 23 (spend23). After a savings goal: the goal's new time first, the cut's saving after it.
    const goal = understanding.slots.cutGoal;
    const lead = goal
      ? cutGoalLine(
          goal,
          understanding.slots.categoryCut,
          s.category,
          [...data.spendingUsual].reverse(),
          data,
          lang,
        )
      : null;
    return [
      ...(lead ? [lead] : []),
      ...categoryCutLines(
        understanding.slots.categoryCut,
        s.category,
        [...data.spendingUsual].reverse(),
        lang,
      ),
    ];
  }
  if (data.spendingUsual?.length === 3) return usualCompared(input, s, data.spendingUsual, category, range);
  // "이번 달 배달음식 10만원 넘었어?", "did i spend more than 500k on shopping last month?": yes or no first, the figure
  // beside the amount said.
  if (understanding.slots.spentOver)
    return spentOverLines(s, understanding.slots.spentOver, category, range, lang);
  // QA round 28 (helper en28). "is that a lot" of a category's year: against the whole card spending of that period.
  if (understanding.slots.figureJudged && data.spendingWhole)
    return figureJudgedLines(s, data.spendingWhole, category, range, lang);
  const p = data.spendingPrevious;
  // QA round 24 (spend24). "2025년이랑 2024년 비교해줘": the two years, with the months each has on record.
  if (p && understanding.slots.yearsCompared && data.cardFirstMonth)
    return yearsComparedLines(s, p, category, data.cardFirstMonth, data, lang);
  // QA round 24 (spend24). "그럼 그 두달 합치면?": the two months' sum first, then each month.
  if (p && understanding.slots.sumWith) return twoMonthsSummed(s, p, category, data, lang);
  // "지난달보다 이번 달에 더 썼나요?": the two totals and the difference, first.
  if (p) return spendingCompared(input, s, p, category, range);
  // "주말이랑 평일 중에 언제 더 많이 써요?": a day of each side by side, first; then each one's total and days.
  if (understanding.slots.weekdaysVsWeekends && data.spendingWeekdays)
    return weekendsAgainstWeekdays(
      s,
      data.spendingWeekdays,
      category,
      understanding.slots.period
        ? periodPhrase(understanding.slots.period, lang)
        : completeMonthsPhrase(s, lang),
      range,
      lang,
    );
  // "how much did i spend online vs in store this year": the two totals side by side, first.
  if (understanding.slots.onlineVsOffline && data.spendingOffline)
    return onlineAgainstOffline(
      s,
      data.spendingOffline,
      understanding.slots.period
        ? periodPhrase(understanding.slots.period, lang)
        : completeMonthsPhrase(s, lang),
      range,
      lang,
    );
  // Two shops with nothing at either this month, no period named: the last 12 months of both were read (pipeline).
  const period = data.spendingWidened
    ? periodPhrase(WIDER_PERIOD, lang)
    : periodPhrase(understanding.slots.period ?? PERIOD_DEFAULT, lang);
  const out: string[] = [];
  // "숙박비 빼면요?", "지난달 여행 빼면 얼마 썼어?": the total less that category's part, first.
  // QA round 26. "그거 빼면 얼마예요?" after the largest category: that one taken out.
  const largest = understanding.slots.withoutTop
    ? s.byCategory.reduce<(typeof s.byCategory)[number] | null>(
        (a, c) => (!a || new Decimal(c.amount.amount).gt(a.amount.amount) ? c : a),
        null,
      )
    : null;
  const without = understanding.slots.without ?? largest?.category;
  if (without && !s.category && !s.merchant) return withoutLines(s, without, period, range, lang);
  // QA round 21 (spend21). "and the japan trip total incl flights?": abroad plus the travel paid at home, first.
  if (understanding.slots.withFlights && data.spendingFlights && s.locality === 'OVERSEAS' && !s.category)
    return tripWithFlightsLines(s, data.spendingFlights, period, range, lang);
  // QA round 22 (verdict). "저 과소비하는 거예요?", "am i overspending?": yes or no first, from their own figures.
  if (understanding.slots.spendVerdict && !s.category && !s.merchant)
    return spendVerdictLines(
      s,
      data,
      range,
      !understanding.slots.period,
      understanding.slots.spendVerdict === 'NORMAL',
      lang,
    );
  // "또래보다 많이 쓰는 편이에요?": where the quarter's spending stands among similar customers, first.
  if (understanding.slots.peers) {
    const lines = understanding.slots.peerGap
      ? peerGapLines(data, lang)
      : peerLines(data, 'TOTAL_SPEND', lang);
    if (lines) return lines;
  }
  // QA round 25 (left25b). "one small thing i can do this week": this month's largest spending one can choose, its
  // amount so far and one way to spend less on it (was small talk).
  if (understanding.slots.oneStep && !s.category && !s.merchant) return oneStepLines(s, lang);
  // "카드값 줄이는 방법 알려줘": a month's spending and its largest categories, a way to spend less on each.
  // QA round 28 (ko28): over the last three complete months (`cardSpendingMonths`), the savings answers' months too.
  if (understanding.slots.reduce && monthsRead(s) && !s.merchant)
    return reduceLines(s, lang, !!understanding.slots.yearly);
  // QA round 22 (spendfu). "줄이려면 어케해요" after a café's or a shop's monthly average: that shop's month, what one
  // visit fewer saves, and its ways to spend less (was the average again).
  if (understanding.slots.reduce && monthsRead(s) && s.merchant)
    return merchantReduceLines(s, category, range, lang);
  // "매달 식비 얼마나 써요?": a month's average over the months read, first; the total and its days after.
  // "월평균으로는요?" after this year's total: the year so far over its months (January to this one, the basis said).
  if (understanding.slots.monthlyAverage && (s.months || s.period === 'THIS_YEAR' || wholeMonths(s)))
    return monthlyAverageLines(s, category, range, lang);
  // "이번달 하루 평균 얼마 쓰고 있어요?": the period's spending over its days so far.
  if (understanding.slots.dailyAverage) return averageRateLines('day', s, category, period, range, lang);
  // "일주일에 식비 얼마나 써요?": the period's spending over its days, × 7 (the last 3 months when none is named).
  if (understanding.slots.weeklyAverage)
    return averageRateLines(
      'week',
      s,
      category,
      periodPhrase(understanding.slots.period ?? MONTHLY_AVERAGE_PERIOD, lang),
      range,
      lang,
    );
  // "10월에 제일 돈 많이 쓴 날이 언제야?": the day, its total and its largest purchase; then the runners-up.
  if (understanding.slots.topDay && (s.byDay?.length ?? 0) > 0)
    return topDayLines(s, data, period, range, lang);
  // "제일 자주 가는 가게 어디야?": the merchants paid most often, by their number of purchases.
  if (understanding.slots.frequentMerchant && !s.merchant && (s.byMerchant?.length ?? 0) > 0)
    return [...frequentMerchants(s, period, range, lang), ...(s.complete ? [] : [stillRunning(lang)])];
  // "어디에 제일 많이 썼어?": the largest category first, its share of the total, then the runners-up.
  // "가장 돈 많이 쓴 가게 어디야?": the merchants, largest first.
  // QA round 20 (spend). "어느 가게요?", "why?" after the card bill: what made the bill (the month it bills), first.
  if (understanding.slots.cardBill && understanding.slots.topMerchant && data.spendingBilled)
    return billMadeOf(input, data.spendingBilled);
  if (understanding.slots.topMerchant && !s.merchant && (s.byMerchant?.length ?? 0) > 0) {
    // "어느 가게요?" after a category's or abroad spending: the places within it ("최근 3개월 식비 중 …").
    const scope = spendingScope(s, category, lang);
    return [
      ...topSpending(
        rankedMerchants(s, lang),
        s,
        scope && lang === 'ko' ? `${period} ${scope.trim()} 중` : period,
        range,
        lang,
        'at',
        scope && lang === 'en' ? scope : '',
      ),
      ...(s.complete ? [] : [stillRunning(lang)]),
    ];
  }
  if (
    (understanding.slots.top || understanding.slots.topMerchant) &&
    !s.category &&
    !s.merchant &&
    s.byCategory.length > 0
  ) {
    // QA round 21 (spend21). "mostly on what" after spending abroad: the categories of that ("10월 해외 결제 중 …").
    const scope = spendingScope(s, null, lang);
    return [
      ...topSpending(
        rankedCategories(s, lang),
        s,
        scope && lang === 'ko' ? `${period} ${scope.trim()} 결제 중` : period,
        range,
        lang,
        'on',
        scope && lang === 'en' ? scope : '',
      ),
      ...(s.complete ? [] : [stillRunning(lang)]),
    ];
  }
  // QA round 26 (helper en1). "what share of october was travel": that category's total against the whole period's.
  if (understanding.slots.categoryShare && understanding.slots.category && !s.category && !s.merchant)
    return [
      categoryShareLine(s, understanding.slots.category, period, range, lang),
      ...(s.complete ? [] : [stillRunning(lang)]),
    ];
  // QA round 24 (spend24b). "카테고리별로 보여줘" after a month: every category of it, largest first, with its share.
  if (understanding.slots.categoryBreakdown && !s.category && !s.merchant && s.byCategory.length > 0)
    return [...categoryBreakdownLines(s, period, range, lang), ...(s.complete ? [] : [stillRunning(lang)])];
  // "쿠팡이랑 네이버페이 합쳐서 얼마 썼어?", "식비랑 쇼핑 중에 뭐가 더 많아?": the two shops' or categories' sum and which
  // took more, then each one's total.
  // "쿠팡이랑 배민이랑 롯데마트 합치면 얼마야?", "식비랑 쇼핑이랑 교통비": three or more — the sum (or the one that took
  // most) first, then each.
  if (
    ((s.merchant && data.spendingAlso?.merchant) || (s.category && data.spendingAlso?.category)) &&
    data.spendingMore?.length
  )
    return [
      manySides(
        [s, data.spendingAlso, ...data.spendingMore],
        period,
        range,
        !!understanding.slots.together,
        lang,
      ),
      ...(s.complete ? [] : [stillRunning(lang)]),
    ];
  if ((s.merchant && data.spendingAlso?.merchant) || (s.category && data.spendingAlso?.category))
    return [
      twoSides(s, data.spendingAlso!, period, range, !!understanding.slots.together, lang),
      ...(s.complete ? [] : [stillRunning(lang)]),
    ];
  if (s.merchant) {
    // "스타벅스에서 얼마 썼어요?": that merchant's total, not its category's.
    const at = merchantDisplayName(s.merchant, lang);
    out.push(
      // QA round 21 (left20). **Decision:** a shop asked without a period is this month to date, whatever it holds —
      // "배민 얼마 썼어요?", "how much did i spend at starbucks" with nothing there this month say so first (this month,
      // its days), then the last 12 months there and the latest payment (was the last 12 months first for a shop with
      // nothing this month, this month for the others: two default periods).
      s.purchaseCount === 0 && s.total.amount === '0'
        ? (lang === 'ko'
            ? `${period} ${at}에서 카드로 결제하신 내역은 없습니다 (${s.total.text}, ${range}).`
            : `You have no card payments at ${at} ${s.months ? 'in ' : ''}${period} (${s.total.text}, ${range}).`) +
            // …and the last 12 months there, when there were some (or that there were none).
            (data.spendingWider?.purchaseCount === 0
              ? lang === 'ko'
                ? ' 최근 12개월에도 결제가 없습니다.'
                : ' Nor in the last 12 months.'
              : widerSpending(data, lang)) +
            // "How much did I spend at Marriott?": nothing this month — when they last paid there, if ever.
            lastAtMerchant(data, lang)
        : understanding.slots.howMany
          ? // "스타벅스 몇 번 갔어?": the count first, the amount beside it.
            lang === 'ko'
            ? `${period} ${at}에서 ${timesPaid(s.purchaseCount, lang)} 결제하셨습니다 (${s.total.text}, ${range}).`
            : `You paid at ${at} ${timesPaid(s.purchaseCount, lang)} ${s.months ? 'in ' : ''}${period} (${s.total.text}, ${range}).`
          : lang === 'ko'
            ? `${period} ${at}에서 쓰신 카드 금액은 ${s.total.text}입니다 (${count}, ${range}).`
            : `You spent ${s.total.text} at ${at} ${s.months ? 'in ' : ''}${period} (${count}, ${range}).`,
    );
  } else if (understanding.slots.nextBill && s.period === 'THIS_MONTH')
    // "다음 달에 카드값 얼마 나올 것 같아?": next month's bill is, with most card companies, this month's spending.
    out.push(
      billWithInstalments(s, data, lang) ??
        (lang === 'ko'
          ? `다음 달에 청구될 카드값은 보통 이번 달 사용분으로, 오늘까지 ${spendingScope(s, category, lang)}카드 지출은 ${s.total.text}입니다 (${count}, ${range}).`
          : `Next month’s card bill is usually this month’s spending: ${s.total.text}${spendingScope(s, category, lang)} so far (${count}, ${range}).`),
    );
  else if (understanding.slots.cardBill && !understanding.slots.period && s.period === 'LAST_MONTH')
    // "카드값이 너무 많이 나왔어요": the bill due this month is, with most card companies, last month's spending.
    out.push(
      billWithInstalments(s, data, lang) ??
        (lang === 'ko'
          ? `이번 달에 청구되는 카드값은 보통 지난달 사용분으로, 지난달 ${spendingScope(s, category, lang)}카드 지출은 ${s.total.text}입니다 (${count}, ${range}).`
          : `A card bill due this month is usually last month’s spending: you spent ${s.total.text}${spendingScope(s, category, lang)} last month (${count}, ${range}).`),
    );
  else if (understanding.slots.howMany)
    // "how many purchases did I make this month", "지난달 외식 몇 번 했어?": the count first, the total beside it.
    out.push(
      lang === 'ko'
        ? `${period} ${spendingScope(s, category, lang)}카드 결제는 ${count}, 모두 ${s.total.text}입니다 (${range}).`
        : `You made ${count}${spendingScope(s, category, lang)} ${s.months ? 'in ' : ''}${period}, ${s.total.text} in all (${range}).`,
    );
  else
    out.push(
      (lang === 'ko'
        ? `${period} ${spendingScope(s, category, lang)}카드 지출은 ${s.total.text}입니다 (${count}, ${range}).`
        : `You spent ${s.total.text}${spendingScope(s, category, lang)} ${s.months ? 'in ' : ''}${period} (${count}, ${range}).`) +
        // "영화 보는데 돈 얼마 썼어?" with nothing this month: the category's last 12 months, when there were some.
        (s.category && s.purchaseCount === 0 ? widerSpending(data, lang) : ''),
    );
  // QA round 24 (spend24b). "지난달 해외": the total, then the places abroad it went to most.
  if (s.locality === 'OVERSEAS' && !s.merchant && !s.category && (s.byMerchant?.length ?? 0) > 0)
    out.push(abroadPlacesLine(s, lang));
  // "이번 달 카드값 얼마 나와?": the bill due this month (last month's spending) first — "카드값" is the bill (QA round
  // 16: this month's purchases so far led, a figure that reads as the bill) — then this month so far.
  // QA round 24 (spend24b): "…이번달 카드 얼마 썼어요?" asks the use in so many words: it first, the bill after.
  const billed = data.spendingBilled;
  const billAt =
    s.merchant || s.category || understanding.slots.nextBill || understanding.slots.spentAsked
      ? out.length
      : 0;
  if (billed && understanding.slots.cardBill)
    out.splice(
      billAt,
      0,
      billWithInstalments(billed, data, lang) ??
        (s.period === 'LAST_MONTH'
          ? lang === 'ko'
            ? `지난달 결제일에 청구된 카드값은 ${billed.total.text}이었습니다 (보통 그 전달 사용분: ${dayRange(billed.from, billed.through, data, lang)}); 지난달에 쓰신 금액은 이번 달에 청구됩니다.`
            : `The card bill due last month was ${billed.total.text} (usually the month before’s spending: ${dayRange(billed.from, billed.through, data, lang)}); what you spent last month is billed this month.`
          : lang === 'ko'
            ? `이번 달 결제일에 청구되는 카드값은 보통 지난달 사용분으로 ${billed.total.text}입니다 (${dayRange(billed.from, billed.through, data, lang)}); 이번 달에 쓰신 금액은 다음 달에 청구됩니다.`
            : `The bill due this month is usually last month’s spending: ${billed.total.text} (${dayRange(billed.from, billed.through, data, lang)}); what you spend this month is billed next month.`),
    );
  // QA round 20 (spend). "일본에서 쓴 거 이번 달 카드값": how much of the bill (just said) the payments abroad are.
  const part = data.spendingBilledPart;
  if (billed && part && understanding.slots.cardBill) {
    const where = spendingScope(part, null, lang).trim();
    const month = Number(part.from.slice(5, 7));
    const line =
      part.purchaseCount === 0
        ? lang === 'ko'
          ? `이 카드값에 ${where} 사용분은 없습니다 (${month}월 ${where} 결제 0건).`
          : `None of that bill was spent ${where} (no payments ${where} in ${MONTH_NAMES[month - 1]}).`
        : lang === 'ko'
          ? `이 중 ${where} 사용분은 ${part.total.text}입니다 (${month}월 사용, ${formatCount(part.purchaseCount, 'transaction', lang)}).`
          : `${part.total.text} of it was spent ${where} (in ${MONTH_NAMES[month - 1]}, ${formatCount(part.purchaseCount, 'transaction', lang)}).`;
    out.splice(billAt + 1, 0, line);
    // Nothing of the kind this month so far: the bill and its part are the answer.
    if (billAt === 0 && s.purchaseCount === 0) return out.slice(0, 2);
  }
  // QA round 24 (spend24b). "카드값이랑 대출이자 다 나가면 어떡하죠 … 이번달 카드 얼마 썼어요?": the loan's next
  // payment beside the card (a payment, never the principal left).
  const loanDue = understanding.slots.loanPaymentToo ? nextLoanPaymentLine(data, lang) : null;
  if (!s.category && !s.merchant && s.byCategory.length > 1) out.push(largestCategoriesLine(s, lang));
  if (!s.complete) out.push(stillRunning(lang));
  if (loanDue) out.push(loanDue);
  return out;
}

/**
 * QA round 24 (spend24b). "카테고리별로 보여줘" (after "7월 카드 얼마 썼지"): the period's total, then every category,
 * largest first, with its share of the total and its purchases.
 */
/**
 * QA round 26 (helper en1). One category's share of the period's card spending: "Travel was 56.2% of your card spending
 * in October: ₩1,305,500 of ₩2,324,660 (2 of 35 transactions, …)." Read off the whole period's summary (its categories).
 */
function categoryShareLine(
  s: SpendingSummaryData,
  category: NonNullable<CounselSlots['category']>,
  period: string,
  range: string,
  lang: Lang,
): string {
  const row = s.byCategory.find((c) => c.category === category);
  const label = phrase('category', category, lang);
  const total = new Decimal(s.total.amount);
  const part = new Decimal(row?.amount.amount ?? '0');
  const share = total.gt(0) ? `${part.div(total).mul(100).toFixed(1)}%` : '0%';
  const partText = row?.amount.text ?? formatWon('0', lang);
  const count = row?.count ?? 0;
  const inPeriod = `${s.months ? 'in ' : ''}${period}`;
  return lang === 'ko'
    ? koText`${period} 카드 지출 ${s.total.text} 가운데 ${label}은/는 ${partText}으로/로 ${share}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)} 중 ${count}건, ${range}).`
    : `${label.charAt(0).toUpperCase()}${label.slice(1)} was ${share} of your card spending ${inPeriod}: ${partText} of ${s.total.text} (${count} of ${formatCount(s.purchaseCount, 'transaction', lang)}, ${range}).`;
}

function categoryBreakdownLines(s: SpendingSummaryData, period: string, range: string, lang: Lang): string[] {
  const total = new Decimal(s.total.amount);
  const share = (v: string) => (total.gt(0) ? new Decimal(v).div(total).mul(100).toFixed(1) : '0.0');
  const rows = rankedCategories(s, lang).filter((c) => new Decimal(c.amount.amount).gt(0));
  return [
    lang === 'ko'
      ? koText`${period} 카드 지출 ${s.total.text}(${formatCount(s.purchaseCount, 'transaction', lang)})을/를 분야별로 나누면 ${rows.length}개 분야입니다 (${range}).`
      : `Your ${s.total.text} of card spending ${s.months ? 'in ' : ''}${period} (${formatCount(s.purchaseCount, 'transaction', lang)}) splits into ${rows.length} ${rows.length === 1 ? 'category' : 'categories'} (${range}).`,
    ...rows.map((c) =>
      lang === 'ko'
        ? `- ${c.label} ${c.amount.text} (${share(c.amount.amount)}%, ${formatCount(c.count, 'transaction', lang)})`
        : `- ${c.label}: ${c.amount.text} (${share(c.amount.amount)}%, ${formatCount(c.count, 'transaction', lang)})`,
    ),
  ];
}

/** QA round 24 (spend24b). The places abroad spent at most: "가장 많이 쓴 곳: “MARRIOTT” 735,100원, …". */
function abroadPlacesLine(s: SpendingSummaryData, lang: Lang): string {
  const top = rankedMerchants(s, lang)
    .slice(0, 3)
    .map((m) => `${m.label} ${m.amount.text}`);
  return lang === 'ko'
    ? `해외에서 가장 많이 쓰신 곳은 ${formatList(top, lang)}입니다.`
    : `Abroad you spent the most at ${formatList(top, lang)}.`;
}

/** QA round 24 (spend24b). The loans' next payment as a line: "대출 납입은 12월 21일 (월) 카카오뱅크 … 530,941원". */
function nextLoanPaymentLine(data: TurnData, lang: Lang): string | null {
  const next = activeLoans(data)
    .filter((l) => l.nextPayment)
    .sort((a, b) => a.nextPayment!.dueDate.localeCompare(b.nextPayment!.dueDate))[0];
  const n = next?.nextPayment;
  if (!next || !n) return null;
  const allInterest = new Decimal(n.principal.amount).isZero();
  return lang === 'ko'
    ? koText`대출은 ${date(n.dueDate, data, lang)}에 ${loanName(next, lang)} ${allInterest ? '이자' : '납입액'} ${n.payment.text}이/가 나갑니다 (남은 원금은 매달 내는 돈이 아닙니다).`
    : `On the loan, ${n.payment.text}${allInterest ? ' of interest' : ''} goes out on ${date(n.dueDate, data, lang)} (your ${loanName(next, lang)}; the principal left is not a monthly bill).`;
}

/**
 * QA round 20 (spend). A category's cut and what it saves (docs/counselling.md, "QA round 20 (helper spend)"), `months`
 * the last three complete months, oldest first, each read whole (the category's part from its byCategory):
 * - to a cap ("식비 20만원으로 줄이면 얼마 아껴?"): the category's average month against the cap — a month's saving and a
 *   year's (× 12), or nothing when it is already under the cap (said so, with the month that went over, if one did);
 * - by an amount ("외식비 10만원 줄이면 1년에 얼마 모여?"): the amount × 12, the average beside; an amount above the
 *   average month leads with what can be cut at most (the average), not with a year's sum never spent there.
 * "식비" / "food" said (`groceries`): the category is eating out (as every spending answer reads it), groceries' average
 * beside, and the cap on both together.
 */
function categoryCutLines(
  cut: NonNullable<CounselSlots['categoryCut']>,
  category: string,
  months: readonly SpendingSummaryData[],
  lang: Lang,
): string[] {
  const won = (v: Decimal) => formatWon(v.toFixed(0), lang);
  const partOf = (m: SpendingSummaryData, c: string) =>
    new Decimal(m.byCategory.find((x) => x.category === c)?.amount.amount ?? 0);
  const parts = months.map((m) => partOf(m, category));
  const sum = parts.reduce((a, v) => a.plus(v), new Decimal(0));
  const avg = sum.div(months.length).toDecimalPlaces(0);
  // A year's saving from the months' sum (not the rounded average × 12): Σ × 12 / n − cap × 12.
  const yearly = (total: Decimal) =>
    Decimal.max(total.times(12).div(months.length).minus(amount.times(12)), 0).toDecimalPlaces(0);
  const amount = new Decimal(cut.amount);
  const monthOf = (m: SpendingSummaryData) => Number(m.from.slice(5, 7));
  const first = monthOf(months[0]);
  const last = monthOf(months[months.length - 1]);
  const name = (m: number) => (lang === 'ko' ? `${m}월` : MONTH_NAMES[m - 1]);
  const each = formatList(
    months.map((m, i) => `${name(monthOf(m))} ${won(parts[i])}`),
    lang,
  );
  const food = category === 'FOOD';
  const label =
    lang === 'ko'
      ? food
        ? '식비(외식·카페·배달)'
        : phrase('category', category, lang)
      : food
        ? 'eating out (restaurants, cafés, delivery)'
        : phrase('category', category, lang);
  const short = phrase('category', category, lang);
  const span =
    lang === 'ko'
      ? `최근 3개월(${first}~${last}월)`
      : `the last 3 complete months (${name(first)} to ${name(last)})`;
  const out: string[] = [];
  // QA round 21 (spend21). "what if i cut eating out": no amount said — half the average month, and an amount asked for.
  if (cut.half) {
    if (avg.isZero())
      return [
        lang === 'ko'
          ? koText`${span} ${label} 카드 지출이 없어 줄일 금액이 없습니다 (${each}).`
          : `There is nothing to cut: you spent nothing on ${label} over ${span} (${each}).`,
      ];
    const save = avg.div(2).toDecimalPlaces(0);
    const year = sum.times(12).div(months.length).div(2).toDecimalPlaces(0);
    return [
      lang === 'ko'
        ? koText`${short}을/를 절반으로 줄이면 한 달에 약 ${won(save)}, 1년이면 약 ${won(year)}을/를 아낄 수 있습니다: ${span} ${label} 월평균이 약 ${won(avg)}입니다 (${each}).`
        : `Halving ${short} would save about ${won(save)} a month, about ${won(year)} a year: over ${span} ${label} averaged about ${won(avg)} a month (${each}).`,
      lang === 'ko'
        ? '줄이실 금액을 말씀해 주시면(예: "월 10만원으로 줄이면?") 그 금액으로 다시 계산해 드릴게요.'
        : 'Tell me an amount ("what if I cut it to 100k a month?") and I will work that out instead.',
    ];
  }
  if (cut.to) {
    const save = Decimal.max(avg.minus(amount), 0);
    const year = yearly(sum);
    const over = months
      .map((m, i) => ({ m: monthOf(m), v: parts[i] }))
      .filter((x) => x.v.gt(amount))
      .sort((a, b) => b.v.cmp(a.v))[0];
    if (save.gt(0))
      out.push(
        lang === 'ko'
          ? cut.year
            ? koText`${short}을/를 월 ${won(amount)}으로/로 줄이면 1년에 약 ${won(year)}을/를 아낄 수 있습니다 (한 달 약 ${won(save)} × 12개월): ${span} ${label} 월평균이 약 ${won(avg)}입니다 (${each}).`
            : koText`${short}을/를 월 ${won(amount)}으로/로 줄이면 한 달에 약 ${won(save)}, 1년이면 약 ${won(year)}을/를 아낄 수 있습니다: ${span} ${label} 월평균이 약 ${won(avg)}입니다 (${each}).`
          : cut.year
            ? `Cutting ${short} to ${won(amount)} a month saves about ${won(year)} a year (about ${won(save)} a month × 12): over ${span} ${label} averaged about ${won(avg)} a month (${each}).`
            : `Cutting ${short} to ${won(amount)} a month saves about ${won(save)} a month, about ${won(year)} a year: over ${span} ${label} averaged about ${won(avg)} a month (${each}).`,
      );
    else
      out.push(
        (lang === 'ko'
          ? koText`${short}을/를 월 ${won(amount)}으로/로 줄여도 아껴지는 돈은 ${cut.year ? '1년에도 ' : ''}0원입니다: ${span} ${label} 월평균이 약 ${won(avg)}으로/로 이미 그보다 적습니다 (${each}).`
          : `Cutting ${short} to ${won(amount)} a month saves nothing (₩0${cut.year ? ' a year' : ''}): over ${span} ${label} averaged about ${won(avg)} a month, already under it (${each}).`) +
          (over
            ? lang === 'ko'
              ? koText` 다만 ${name(over.m)}처럼 많이 쓴 달(${won(over.v)})에는 ${won(over.v.minus(amount))}이/가 줄어듭니다.`
              : ` In a month like ${name(over.m)} (${won(over.v)}) it would save ${won(over.v.minus(amount))}.`
            : ''),
      );
  } else if (amount.gt(avg)) {
    // More than the category's average month (an amount mistyped, or "999999999999 won"): what can be cut, first —
    // not a year's sum of money never spent there.
    out.push(
      lang === 'ko'
        ? koText`${short}에 쓰시는 돈이 월평균 약 ${won(avg)}이라 매달 ${won(amount)}씩 줄일 수는 없고, 줄일 수 있는 건 많아야 한 달 약 ${won(avg)}, 1년 약 ${won(avg.times(12))}입니다. ${span} ${label}: ${each}.`
        : `You spend only about ${won(avg)} a month on ${short}, so ${won(amount)} a month cannot be cut: at most about ${won(avg)} a month, ${won(avg.times(12))} a year. Over ${span}, ${label}: ${each}.`,
    );
  } else {
    const year = amount.times(12);
    out.push(
      lang === 'ko'
        ? koText`${short}을/를 매달 ${won(amount)}씩 줄이면 1년에 ${won(year)}이/가 모입니다 (월 ${won(amount)} × 12개월). ${span} ${label} 월평균은 약 ${won(avg)}입니다 (${each}).`
        : `Cutting ${short} by ${won(amount)} a month adds up to ${won(year)} a year (${won(amount)} × 12). Over ${span} ${label} averaged about ${won(avg)} a month (${each}).`,
    );
  }
  // "식비" / "food": groceries counted as food too — their average beside, and the cap on both.
  if (cut.groceries && food) {
    const gSum = months.map((m) => partOf(m, 'GROCERY')).reduce((a, v) => a.plus(v), new Decimal(0));
    const g = gSum.div(months.length).toDecimalPlaces(0);
    const both = sum.plus(gSum).div(months.length).toDecimalPlaces(0);
    const bothSave = Decimal.max(both.minus(amount), 0);
    const bothYear = yearly(sum.plus(gSum));
    out.push(
      lang === 'ko'
        ? cut.to
          ? bothSave.gt(0)
            ? koText`마트·편의점 장보기(월평균 약 ${won(g)})까지 식비로 치면 월평균 약 ${won(both)}이라, 둘을 합쳐 월 ${won(amount)}으로/로 줄이면 한 달에 약 ${won(bothSave)}, 1년에 약 ${won(bothYear)}을/를 아낄 수 있습니다.`
            : koText`마트·편의점 장보기(월평균 약 ${won(g)})까지 합쳐도 월평균 약 ${won(both)}으로/로 월 ${won(amount)}보다 적습니다.`
          : koText`위 금액에 마트·편의점 장보기(월평균 약 ${won(g)})는 들어 있지 않습니다.`
        : cut.to
          ? bothSave.gt(0)
            ? `Counting groceries (about ${won(g)} a month) as food too, food averaged about ${won(both)} a month, so cutting both together to ${won(amount)} would save about ${won(bothSave)} a month, ${won(bothYear)} a year.`
            : `Even counting groceries (about ${won(g)} a month) as food too, food averaged about ${won(both)} a month, under ${won(amount)}.`
          : `Groceries (about ${won(g)} a month) are not in that figure.`,
    );
  }
  return out;
}

/** "30대" / "in their 30s" from the peer model's age band ('30s', '<20', '70+'). */
function ageBandPhrase(band: string, lang: Lang): string {
  if (band === '<20') return lang === 'ko' ? '20세 미만' : 'under 20';
  if (band === '70+') return lang === 'ko' ? '70세 이상' : 'aged 70 and over';
  return lang === 'ko' ? `${band.replace(/s$/, '')}대` : `in their ${band}`;
}

/** "같은 지역의 30대 고객 412명" / "412 customers in their 30s in your region": the group compared with. */
function peerGroupPhrase(p: PeersData, lang: Lang): string {
  const age = ageBandPhrase(p.ageBand, lang);
  const n = formatCount(p.size, 'customer', lang);
  if (lang === 'ko')
    return p.level === 'AGE'
      ? `${age} 고객 ${n}`
      : p.level === 'AGE_REGION'
        ? `같은 지역의 ${age} 고객 ${n}`
        : `같은 지역·비슷한 생애 단계의 ${age} 고객 ${n}`;
  return p.level === 'AGE'
    ? `${n} ${age}`
    : p.level === 'AGE_REGION'
      ? `${n} ${age} in your region`
      : `${n} ${age} in your region and life stage`;
}

/**
 * "또래보다 많이 써요?" (TOTAL_SPEND), "내 점수 또래랑 비교하면?" (HEALTH_SCORE): the customer's figure and where it stands
 * among similar customers — the shares above and below (the mid-rank percentile, rounded so they add to 100) and
 * the group's median; spending also against income. Null when there is no comparison to show.
 */
function peerLines(data: TurnData, metric: 'TOTAL_SPEND' | 'HEALTH_SCORE', lang: Lang): string[] | null {
  const p = data.peers;
  if (data.peers === undefined) return null;
  const m = p?.metrics.find((x) => x.metric === metric);
  if (!p || !m)
    return [
      lang === 'ko'
        ? '비슷한 고객과 비교할 분기 자료가 아직 없습니다.'
        : 'There is no quarter of data yet to compare you with similar customers.',
    ];
  const below = Math.round(m.percentile);
  const above = 100 - below;
  const side = below >= 60 ? 'HIGH' : below <= 40 ? 'LOW' : 'MIDDLE';
  const group = peerGroupPhrase(p, lang);
  const running = p.quarter === quarterLabelOf(quarterOfDate(data.asOf.slice(0, 10)));
  const quarter = `${formatQuarter(p.quarter, lang)}${running ? (lang === 'ko' ? '(오늘까지)' : ' (to date)') : ''}`;
  if (metric === 'HEALTH_SCORE') {
    const median = m.groupMedian === null ? null : formatCount(Math.round(m.groupMedian), 'point', lang);
    const judge = {
      HIGH: ['높은 편입니다', 'on the high side'],
      LOW: ['낮은 편입니다', 'on the low side'],
      MIDDLE: ['중간 수준입니다', 'about the middle'],
    }[side];
    return [
      lang === 'ko'
        ? koText`${quarter} 금융 건강 점수 ${formatCount(m.value, 'point', lang)}은/는 ${group} 가운데 ${judge[0]}: 점수가 더 높은 고객이 약 ${above}%, 더 낮은 고객이 약 ${below}%입니다${median ? ` (중간값 ${median})` : ''}.`
        : `Your financial health score for ${quarter}, ${m.value}, is ${judge[1]} among ${group}: about ${above}% of them score higher and ${below}% lower${median ? ` (median ${median})` : ''}.`,
    ];
  }
  const won = formatWon(new Decimal(m.value).toDecimalPlaces(0), lang);
  const median =
    m.groupMedian === null ? null : formatWon(new Decimal(m.groupMedian).toDecimalPlaces(0), lang);
  const judge = {
    HIGH: ['많은 편입니다', 'on the high side'],
    LOW: ['적은 편입니다', 'on the low side'],
    MIDDLE: ['중간 수준입니다', 'about the middle'],
  }[side];
  const out = [
    lang === 'ko'
      ? koText`${quarter} 카드 지출 ${won}은/는 ${group} 가운데 ${judge[0]}: 더 많이 쓴 고객이 약 ${above}%, 더 적게 쓴 고객이 약 ${below}%입니다${median ? ` (중간값 ${median})` : ''}.`
      : `Your card spending in ${quarter}, ${won}, is ${judge[1]} among ${group}: about ${above}% of them spent more and ${below}% less${median ? ` (median ${median})` : ''}.`,
  ];
  const ratio = p.metrics.find((x) => x.metric === 'SPEND_TO_INCOME');
  if (ratio) {
    const higher = 100 - Math.round(ratio.percentile);
    const pct = formatPercent(ratio.value);
    const med = ratio.groupMedian === null ? null : formatPercent(ratio.groupMedian);
    out.push(
      lang === 'ko'
        ? `소득 대비로 보면 카드 지출은 소득의 ${pct}${med ? `(중간값 ${med})` : ''}이고, 이 비율이 더 높은 고객은 약 ${higher}%입니다.`
        : `Against income, your card spending is ${pct} of it${med ? ` (median ${med})` : ''}; about ${higher}% of them spend a larger share.`,
    );
  }
  out.push(
    lang === 'ko'
      ? '비교 대상은 저희 고객을 나이대·지역·생애 단계로 묶은 집단(인원이 적으면 넓힘)이며, 누구인지는 알 수 없게 집계한 값입니다.'
      : 'Groups are our customers by age band, region and life stage (widened when small), counted anonymously.',
  );
  return out;
}

/**
 * QA round 22 (verdict). Card spending above this share of the monthly income is "spending too much": what is left
 * must still cover the loan instalments, the fixed bills paid from the account and saving (the budget answer keeps
 * 20% of income for saving).
 */
export const OVERSPEND_SHARE = 0.5;
/** Without an income on file: spending above this percentile of similar customers is "more than most". */
const OVERSPEND_PEER_PERCENTILE = 60;

/**
 * QA round 22 (verdict). Whether the spending read is too much, and its basis: the monthly average of the months read
 * against the monthly income on file (the latest complete quarter's ÷ 3) — over OVERSPEND_SHARE is too much; without
 * an income, the place among similar customers decides. `over` is null when neither is known.
 */
function spendVerdictOf(s: SpendingSummaryData, data: TurnData) {
  // QA round 23 (spend23): the month's average as every monthly card spending figure reads it (`monthlyCardOf`).
  const { months, amount: average } = monthlyCardOf(s);
  const q = data.spending?.quarters.find((x) => x.complete) ?? data.spending?.quarters[0];
  const income =
    q?.income && new Decimal(q.income.amount).gt(0)
      ? new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN)
      : null;
  const share = income ? average.div(income).toNumber() : null;
  const p = data.peers ?? null;
  const spend = p?.metrics.find((m) => m.metric === 'TOTAL_SPEND') ?? null;
  const below = spend ? Math.round(spend.percentile) : null;
  const over =
    share !== null ? share > OVERSPEND_SHARE : below !== null ? below >= OVERSPEND_PEER_PERCENTILE : null;
  return { months, average, income, share, p, spend, below, over };
}

/**
 * QA round 22 (verdict). "저 과소비하는 거예요?", "나 돈 너무 많이 써?", "am i overspending?", "is my spending normal?":
 * yes or no first. The basis: the monthly average of the months read (the last three complete months unless a period
 * was named) against the monthly income on file (the latest complete quarter's ÷ 3) — over OVERSPEND_SHARE is yes;
 * without an income, the place among similar customers decides (the OVERSPEND_PEER_PERCENTILE-th percentile). The same
 * sentence says where the spending stands among similar customers (the latest quarter that has a comparison).
 */
function spendVerdictLines(
  s: SpendingSummaryData,
  data: TurnData,
  range: string,
  usualMonths: boolean,
  /** "정상인가요?", "is it normal?": yes is not overspending. */
  normalAsked: boolean,
  lang: Lang,
): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toDecimalPlaces(0), lang);
  const { months, average, income, share, p, spend, below, over } = spendVerdictOf(s, data);
  // QA round 27 (lead). One month read ("나 이번 달 돈 너무 많이 쓴 거 같아") is named and its total said, not "그 기간 …
  // 월평균".
  const wholeMonth =
    s.from.slice(8, 10) === '01' && s.through.slice(0, 10) === addDays(addMonths(s.from.slice(0, 10), 1), -1);
  const oneMonth =
    s.period === 'THIS_MONTH'
      ? ['이번 달', 'this month']
      : s.period === 'LAST_MONTH'
        ? ['지난달', 'last month']
        : wholeMonth
          ? [formatMonth(s.from, 'ko'), `in ${formatMonth(s.from, 'en')}`]
          : ['그 기간', 'in that period'];
  const when =
    lang === 'ko'
      ? usualMonths
        ? `최근 ${months}개월(${range})`
        : `${months > 1 ? `${months}개월` : oneMonth[0]}(${range})`
      : usualMonths
        ? `the last ${months} months (${range})`
        : `${months > 1 ? `${months} months` : oneMonth[1]} (${range})`;
  const perMonth = months > 1 || usualMonths;
  const spent =
    lang === 'ko'
      ? income && share !== null
        ? koText`${when} 카드 지출은 ${perMonth ? '월평균 ' : ''}${won(average)}으로/로 월 소득 ${won(income)}의 ${formatPercent(share)}`
        : `${when} 카드 지출은 ${perMonth ? '월평균 ' : ''}${won(average)}`
      : perMonth
        ? `your card spending averaged ${won(average)} a month over ${when}`
        : `your card spending was ${won(average)} ${when}`;
  const ofIncome =
    income && share !== null && lang === 'en'
      ? `, ${formatPercent(share)} of your monthly income of ${won(income)}`
      : '';
  const peerQuarter = p
    ? `${formatQuarter(p.quarter, lang)}${p.quarter === quarterLabelOf(quarterOfDate(data.asOf.slice(0, 10))) ? (lang === 'ko' ? '(오늘까지)' : ' (to date)') : ''}`
    : '';
  const peerPart =
    p && spend && below !== null
      ? lang === 'ko'
        ? koText`이고, ${peerQuarter} 기준 ${peerGroupPhrase(p, lang)} 가운데 더 많이 쓴 고객이 약 ${100 - below}%, 더 적게 쓴 고객이 약 ${below}%입니다`
        : `; in ${peerQuarter}, among ${peerGroupPhrase(p, lang)}, about ${100 - below}% of them spent more and ${below}% less`
      : lang === 'ko'
        ? '입니다'
        : '';
  const lead =
    over === null
      ? lang === 'ko'
        ? '소득 자료와 비교 자료가 없어 과소비인지 판단하기는 어렵습니다'
        : 'I can’t tell without an income on file or a comparison with similar customers'
      : over
        ? lang === 'ko'
          ? share !== null
            ? `${normalAsked ? '아니요' : '네'}, 소득에 비해 많이 쓰는 편입니다`
            : `${normalAsked ? '아니요' : '네'}, 비슷한 고객보다 많이 쓰는 편입니다`
          : share !== null
            ? `${normalAsked ? 'No' : 'Yes'}, you are spending a lot for your income`
            : `${normalAsked ? 'No' : 'Yes'}, you spend more than most similar customers`
        : lang === 'ko'
          ? normalAsked
            ? '네, 과소비로 보기는 어렵습니다'
            : '아니요, 과소비로 보기는 어렵습니다'
          : normalAsked
            ? 'Yes, that is not overspending'
            : 'No, that is not overspending';
  const first =
    lang === 'ko' ? `${lead}: ${spent}${ofIncome}${peerPart}.` : `${lead}: ${spent}${ofIncome}${peerPart}.`;
  const out = [first];
  out.push(
    lang === 'ko'
      ? `기준: 카드 지출이 월 소득의 ${formatPercent(OVERSPEND_SHARE, 0)}를 넘으면 많이 쓰는 것으로 봅니다 — 나머지로 대출 납입, 계좌에서 나가는 고정비, 저축(소득의 20%)을 감당해야 하기 때문입니다.${share === null ? ' 소득 자료가 없어 비슷한 고객과의 비교로 판단했습니다.' : ''}`
      : `The rule: card spending above ${formatPercent(OVERSPEND_SHARE, 0)} of your monthly income counts as a lot — the rest has to cover loan instalments, bills paid from your account and saving (20% of income).${share === null ? ' With no income on file, the comparison with similar customers decided it.' : ''}`,
  );
  const ratio = p?.metrics.find((m) => m.metric === 'SPEND_TO_INCOME');
  if (p && ratio)
    out.push(
      lang === 'ko'
        ? `${peerQuarter} 소득 대비 카드 지출은 ${formatPercent(ratio.value)}${ratio.groupMedian === null ? '' : `(비슷한 고객 중간값 ${formatPercent(ratio.groupMedian)})`}입니다.`
        : `In ${peerQuarter}, your card spending was ${formatPercent(ratio.value)} of income${ratio.groupMedian === null ? '' : ` (similar customers’ median ${formatPercent(ratio.groupMedian)})`}.`,
    );
  if (s.byCategory.length > 1) out.push(largestCategoriesLine(s, lang));
  out.push(
    ...steps(lang, [
      over
        ? lang === 'ko'
          ? '줄일 곳은 "어디서 줄이면 좋을까?"라고 물어보시면 업종별로 알려 드립니다.'
          : 'ask "where can I cut back?" for the categories to cut, one by one.'
        : lang === 'ko'
          ? '지금 수준을 지키려면 "한 달 예산 짜줘"로 소득에 맞춘 예산을 받아 보세요.'
          : 'ask "help me make a budget" for a monthly budget fitted to your income.',
    ]),
  );
  return out;
}

/** The measures of how spending is made, as "어디서 제일 차이나요?" names them: Korean, English. */
const PEER_GAP_MEASURES: Record<string, [string, string]> = {
  OVERSEAS_SHARE: ['해외 결제 비중', 'the share spent abroad'],
  NIGHT_SHARE: ['심야 결제 비중', 'the share paid late at night'],
  ONLINE_SHARE: ['온라인 결제 비중', 'the share paid online'],
  AVERAGE_TICKET: ['건당 결제 금액', 'the average payment'],
  TRANSACTION_COUNT: ['결제 건수', 'the number of payments'],
  SPEND_TO_INCOME: ['소득 대비 카드 지출', 'card spending against income'],
};

/**
 * QA round 21 (spend21). "어디서 제일 차이나요?" after the comparison with similar customers: the three measures
 * furthest from the group's middle (by percentile), each with the customer's value, the median and how many are past it.
 */
function peerGapLines(data: TurnData, lang: Lang): string[] | null {
  const p = data.peers;
  if (!p) return null;
  const value = (metric: string, v: number) =>
    metric === 'AVERAGE_TICKET'
      ? formatWon(new Decimal(v).toDecimalPlaces(0), lang)
      : metric === 'TRANSACTION_COUNT'
        ? formatCount(Math.round(v), 'transaction', lang)
        : formatPercent(v);
  const gaps = p.metrics
    .filter((m) => PEER_GAP_MEASURES[m.metric])
    .sort(
      (a, b) => Math.abs(b.percentile - 50) - Math.abs(a.percentile - 50) || a.metric.localeCompare(b.metric),
    )
    .slice(0, 3)
    .map((m) => {
      const [ko, en] = PEER_GAP_MEASURES[m.metric];
      const high = m.percentile >= 50;
      const past = high ? 100 - Math.round(m.percentile) : Math.round(m.percentile);
      const median = m.groupMedian === null ? null : value(m.metric, m.groupMedian);
      return lang === 'ko'
        ? `${ko} ${value(m.metric, m.value)}(${median ? `중간값 ${median}, ` : ''}더 ${high ? '높은' : '낮은'} 고객 약 ${past}%)`
        : `${en}, ${value(m.metric, m.value)} (${median ? `median ${median}; ` : ''}about ${past}% of them ${high ? 'higher' : 'lower'})`;
    });
  if (gaps.length === 0) return null;
  const group = peerGroupPhrase(p, lang);
  return [
    lang === 'ko'
      ? koText`${group}과/와 가장 차이 나는 건 ${gaps.join(', ')}입니다.`
      : `Where you differ most from ${group} is ${formatList(gaps, lang)}.`,
  ];
}

/** The spending of the last N months to date ÷ N, to the won (half up), then the total it comes from. */
function monthlyAverageLines(
  s: SpendingSummaryData,
  category: string | null,
  range: string,
  lang: Lang,
): string[] {
  // QA round 24 (spend24). Whole calendar months (the last three complete ones when no period is named): their
  // total ÷ the months, the months said — the one monthly base (`monthlyCardSpending`).
  if (!s.months && wholeMonths(s)) {
    const c = monthlyCardOf(s);
    const what = spendingWhat(s, category, lang);
    return [
      lang === 'ko'
        ? `한 달 ${what}은 평균 약 ${formatWon(c.amount, lang)}입니다: ${cardMonthsPhrase(c, lang)} 동안 ${s.total.text}, ${formatCount(s.purchaseCount, 'transaction', lang)}입니다.`
        : `Your ${what} averages about ${formatWon(c.amount, lang)} a month: ${s.total.text} over ${cardMonthsPhrase(c, lang)}, ${formatCount(s.purchaseCount, 'transaction', lang)}.`,
      ...(!s.category && s.byCategory.length > 1 ? [largestCategoriesLine(s, lang, c.months)] : []),
    ];
  }
  // This year: January to this month, the running month counted whole (said in the answer).
  const year = !s.months;
  const months = s.months ?? Number(s.through.slice(5, 7));
  const average = formatWon(averageOf(s.total.amount, months), lang);
  const what = spendingWhat(s, category, lang);
  const over =
    lang === 'ko'
      ? `${year ? '올해' : '최근'} ${months}개월`
      : `${year ? 'the' : 'the last'} ${months} months${year ? ' of this year' : ''}`;
  return [
    lang === 'ko'
      ? `한 달 ${what}은 평균 약 ${average}입니다: ${over}(${range}) 동안 ${s.total.text}, ${formatCount(s.purchaseCount, 'transaction', lang)}입니다.`
      : `Your ${what} averages about ${average} a month: ${s.total.text} over ${over} (${range}, ${formatCount(s.purchaseCount, 'transaction', lang)}).`,
    ...(!s.category && s.byCategory.length > 1 ? [largestCategoriesLine(s, lang, months)] : []),
  ];
}

/** "스타벅스에서 쓴 카드 지출" / "card spending at Starbucks", else the scope's words ("주말 식비 카드 지출"). */
/** QA round 28 (helper en28). At or above this share of the period's card spending, one category's figure is "a lot". */
const FIGURE_LARGE_SHARE = 0.2;
/** Below this share it is a small part. */
const FIGURE_SMALL_SHARE = 0.1;

/**
 * QA round 28 (helper en28). "is that a lot" after a category's or a shop's spending over a quarter or more: the same
 * figure against the whole card spending of the same period — its share (a small part under 10 %, a large one from
 * 20 %), then where it stands among the period's categories (was against the year before it, with no record).
 */
function figureJudgedLines(
  s: SpendingSummaryData,
  whole: SpendingSummaryData,
  category: string | null,
  range: string,
  lang: Lang,
): string[] {
  const ko = lang === 'ko';
  const what = spendingWhat(s, category, lang);
  // "this year", "last year" stand alone; "the last 12 months" takes "in".
  const period = summaryPeriodPhrase(s, lang);
  const when = !ko && period.startsWith('the ') ? `in ${period}` : period;
  if (!new Decimal(whole.total.amount).gt(0))
    return [
      ko
        ? koText`${when} ${what}은/는 ${s.total.text}이고, 같은 기간 전체 카드 지출이 없어 비교할 수 없습니다 (${range}).`
        : `Your ${what} ${when} is ${s.total.text}, and there is no other card spending in that period to weigh it against (${range}).`,
    ];
  const share = new Decimal(s.total.amount).div(whole.total.amount);
  const pct = formatPercent(share.toNumber());
  const large = share.gte(FIGURE_LARGE_SHARE);
  const small = share.lt(FIGURE_SMALL_SHARE);
  const top = [...whole.byCategory]
    .sort((a, b) => new Decimal(b.amount.amount).comparedTo(a.amount.amount))
    .slice(0, 3);
  const rank = category ? top.findIndex((c) => c.category === category) : -1;
  const tops = top.map((c) => `${phrase('category', c.category, lang)} ${c.amount.text}`).join(', ');
  const lead = ko
    ? koText`${large ? '네, 많은 편입니다' : small ? '아니요, 많지 않습니다' : '적지는 않습니다'}: ${when} ${what} ${s.total.text}은/는 같은 기간 전체 카드 지출 ${whole.total.text}의 ${pct}입니다.`
    : `${large ? 'Yes, it is a large part' : small ? 'No, not really' : 'It is a fair part, not a large one'}: your ${what} ${when}, ${s.total.text}, is ${pct} of your ${whole.total.text} of card spending in the same period.`;
  return [
    lead,
    ko
      ? `같은 기간 가장 많이 쓴 곳은 ${tops}입니다${rank >= 0 ? ` (이 항목이 ${rank + 1}번째)` : ''} (${range}).`
      : `Your largest categories then were ${tops}${rank >= 0 ? ` (this one is number ${rank + 1})` : ''} (${range}).`,
  ];
}

function spendingWhat(s: SpendingSummaryData, category: string | null, lang: Lang): string {
  return lang === 'ko'
    ? `${s.merchant ? `${merchantDisplayName(s.merchant, lang)}에서 쓴 ` : spendingScope(s, category, lang)}카드 지출`
    : `card spending${s.merchant ? ` at ${merchantDisplayName(s.merchant, lang)}` : spendingScope(s, category, lang)}`;
}

/**
 * A period's spending at its pace: "이번달 하루 평균 얼마 쓰고 있어요?" / "how much do I spend a day?" (÷ its days, to
 * today for a running one) and "일주일에 식비 얼마나 써요?" / "how much do I spend on groceries per week?" (÷ its days × 7:
 * a week at the period's pace), to the won (half up); then the total and its days.
 */
function averageRateLines(
  unit: 'day' | 'week',
  s: SpendingSummaryData,
  category: string | null,
  period: string,
  range: string,
  lang: Lang,
): string[] {
  const days = daysBetween(s.from, s.through) + 1;
  const perDay = unit === 'week' ? 7 : 1;
  const average = formatWon(averageOf(new Decimal(s.total.amount).times(perDay), days), lang);
  const what = spendingWhat(s, category, lang);
  const count = formatCount(s.purchaseCount, 'transaction', lang);
  const week = unit === 'week';
  return [
    lang === 'ko'
      ? `${period} ${week ? '일주일' : '하루'} 평균 ${what}은 약 ${average}입니다: ${days}일(${range}) 동안 ${s.total.text}, ${count}입니다${week ? ' (하루 평균 × 7)' : ''}.`
      : `Your ${what} ${s.months ? 'in ' : ''}${period} averages about ${average} a ${unit}: ${s.total.text} over ${days} days (${range}, ${count}${week ? "; a day's average × 7" : ''}).`,
    ...(s.complete ? [] : [stillRunning(lang)]),
  ];
}

/**
 * "평소보다 이번 달에 많이 쓴 것 같아요", "am I spending more than usual this month?": the month's spending against a
 * usual month — the three complete months before it, their total ÷ 3 (to the won, half up) — and the difference;
 * for a month still running, how much of it has gone against how much of a usual month is spent (a fair pace).
 */
function usualCompared(
  input: IntentReplyInput,
  s: SpendingSummaryData,
  usual: readonly SpendingSummaryData[],
  category: string | null,
  range: string,
): string[] {
  const { language: lang } = input;
  const now = summaryPeriodPhrase(s, lang);
  const what = spendingWhat(s, category, lang);
  // The one base of a month's card spending (`usualMonthCard`, as `monthlyCardOf`): the three months ÷ 3.
  const average = usualMonthCard(usual).amount;
  const [newest, oldest] = [usual[0].from, usual[usual.length - 1].from];
  const monthOf = (iso: string) => Number(iso.slice(5, 7));
  const months =
    lang === 'ko'
      ? oldest.slice(0, 4) === newest.slice(0, 4)
        ? `${monthOf(oldest)}~${monthOf(newest)}월`
        : `${formatMonth(oldest, lang)}~${formatMonth(newest, lang)}`
      : `${MONTH_NAMES[monthOf(oldest) - 1]} to ${MONTH_NAMES[monthOf(newest) - 1]}`;
  const diff = new Decimal(s.total.amount).minus(average);
  const gap = formatWon(diff.abs(), lang);
  const usualText = formatWon(average, lang);
  const lead =
    lang === 'ko'
      ? diff.isZero()
        ? koText`${now} ${what}은/는 ${s.total.text}으로/로, 평소(${months} 한 달 평균 ${usualText})와/과 같습니다.`
        : koText`${now} ${what}은/는 ${s.total.text}으로/로, 평소(${months} 한 달 평균 ${usualText})보다 ${gap} ${diff.isPositive() ? '많습니다' : '적습니다'}.`
      : diff.isZero()
        ? `Your ${what} ${now} is ${s.total.text}, the same as a usual month (${usualText}, the average of ${months}).`
        : `Your ${what} ${now} is ${s.total.text}: ${gap} ${diff.isPositive() ? 'more' : 'less'} than a usual month (${usualText}, the average of ${months}).`;
  // QA round 25 (left25a). A usual month holding a month far above the usual (the spending forecast's one-offs: a
  // trip, a large purchase) is said so, with the usual month without it — decision: the lead keeps the one base (the
  // three months ÷ 3, as every monthly card figure), the next sentence gives the base without the one-off.
  const oneOff = oneOffUsualLine(input, s, usual, months);
  // QA round 27 (helper en27). "why was october so high?": the month against the usual month first, then what made it
  // (its trip abroad, its largest places) — was against the month before alone.
  if (input.understanding.slots.changeWhy && s.complete && diff.isPositive() && !category && !s.merchant)
    return monthHighWhy(input, s, average, diff, months, oneOff);
  if (s.complete) return oneOff ? [lead, oneOff] : [lead];
  // The month so far: its share gone against the share of a usual month spent.
  const gone = monthGonePercent(s.through);
  const spent = average.isZero() ? null : new Decimal(s.total.amount).div(average).times(100).toFixed(0);
  return [
    lead,
    ...(oneOff ? [oneOff] : []),
    lang === 'ko'
      ? `${now}은 아직 끝나지 않아 오늘까지의 금액입니다 (${range}): 한 달의 ${gone}%가 지났고${spent === null ? '' : `, 평소 한 달 지출의 ${spent}%를 썼습니다`}.`
      : `${capitalised(now)} is still running, so this is to date (${range}): ${gone}% of the month has gone${spent === null ? '' : ` and you have spent ${spent}% of a usual month`}.`,
  ];
}

/** The period a summary was read for, as said ("지난달" stays MONTHS_AGO 1 when set beside the month before it). */
/** "The second half of the year": the first letter in capitals. */
function capitalised(text: string): string {
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}

function summaryPeriodPhrase(x: SpendingSummaryData, lang: Lang): string {
  return apiPeriodPhrase({ kind: x.period, months: x.months, from: x.from, through: x.through }, lang);
}

/** How much of its month a day has seen, that day included: days to it ÷ days in the month, in whole percent. */
function monthGonePercent(day: string): number {
  const monthStart = `${day.slice(0, 7)}-01`;
  return Math.round(
    ((daysBetween(monthStart, day) + 1) / daysBetween(monthStart, addMonths(monthStart, 1))) * 100,
  );
}

/** The days of a period (both ends included) that fall on a weekend, and those that do not. */
function weekendAndWeekdayCount(from: string, through: string): { weekends: number; weekdays: number } {
  let weekends = 0;
  const days = daysBetween(from, through) + 1;
  for (let i = 0; i < days; i++) if (isWeekend(addDays(from, i))) weekends++;
  return { weekends, weekdays: days - weekends };
}

/**
 * "주말이랑 평일 중에 언제 더 많이 써요?", "do i spend more on weekends?": the spending of a weekend day and of a weekday
 * over the same period (each total ÷ its days, to the won half up — two days against five, so the totals alone
 * would not tell), which is more and by how much; then each one's total, purchases and days.
 */
/** Online payments against those in shops over one period: both totals, the larger and its share, first. */
function onlineAgainstOffline(
  online: SpendingSummaryData,
  offline: SpendingSummaryData,
  period: string,
  range: string,
  lang: Lang,
): string[] {
  const on = new Decimal(online.total.amount);
  const off = new Decimal(offline.total.amount);
  const all = on.plus(off);
  const share = all.isZero() ? null : formatPercent(on.div(all).toNumber());
  const count = (x: SpendingSummaryData) => formatCount(x.purchaseCount, 'transaction', lang);
  const verdict = on.eq(off)
    ? lang === 'ko'
      ? '같습니다'
      : 'the same'
    : lang === 'ko'
      ? `${on.gt(off) ? '온라인' : '매장'}에서 ${formatWon(on.minus(off).abs(), lang)} 더 썼습니다`
      : `${formatWon(on.minus(off).abs(), lang)} more ${on.gt(off) ? 'online' : 'in shops'}`;
  return [
    lang === 'ko'
      ? `${period} 카드 지출은 온라인 ${online.total.text}(${count(online)}), 매장 ${offline.total.text}(${count(offline)})으로 ${verdict}${share ? ` (온라인 비중 ${share})` : ''}.`
      : `You spent ${online.total.text} online (${count(online)}) and ${offline.total.text} in shops (${count(offline)}) ${online.months ? 'in ' : ''}${period}: ${verdict}${share ? ` (${share} online)` : ''}.`,
    lang === 'ko' ? `기간: ${range}.` : `Period: ${range}.`,
    ...(online.complete ? [] : [stillRunning(lang)]),
  ];
}

function weekendsAgainstWeekdays(
  weekends: SpendingSummaryData,
  weekdays: SpendingSummaryData,
  category: string | null,
  period: string,
  range: string,
  lang: Lang,
): string[] {
  const n = weekendAndWeekdayCount(weekends.from, weekends.through);
  const perDay = (s: SpendingSummaryData, days: number) =>
    days > 0 ? averageOf(s.total.amount, days) : new Decimal(0);
  const end = perDay(weekends, n.weekends);
  const mid = perDay(weekdays, n.weekdays);
  const what = spendingWhat({ ...weekends, days: null }, category, lang);
  const [high, low] = end.gte(mid) ? [end, mid] : [mid, end];
  // Within 5 % of each other: about the same.
  const even = high.isZero() || high.minus(low).div(high).lt(0.05);
  const times = low.isZero() ? null : high.div(low).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
  const more = end.gte(mid) ? ['주말', 'weekend'] : ['평일', 'weekday'];
  const verdict =
    lang === 'ko'
      ? even
        ? '주말과 평일이 비슷합니다.'
        : `${more[0]}에 더 많이 씁니다${times ? ` (${more[0] === '주말' ? '평일' : '주말'}의 ${times}배)` : ''}.`
      : even
        ? 'about the same on both.'
        : `you spend more on ${more[1]}s${times ? ` (${times} times as much a day)` : ''}.`;
  const totals =
    lang === 'ko'
      ? `주말 ${n.weekends}일 동안 ${weekends.total.text}(${formatCount(weekends.purchaseCount, 'transaction', lang)}), 평일 ${n.weekdays}일 동안 ${weekdays.total.text}(${formatCount(weekdays.purchaseCount, 'transaction', lang)})입니다 (${range}).`
      : `${weekends.total.text} over ${n.weekends} weekend days (${formatCount(weekends.purchaseCount, 'transaction', lang)}) and ${weekdays.total.text} over ${n.weekdays} weekdays (${formatCount(weekdays.purchaseCount, 'transaction', lang)}), ${range}.`;
  return [
    lang === 'ko'
      ? `${period} 하루 평균 ${what}은 주말 ${formatWon(end, lang)}, 평일 ${formatWon(mid, lang)}으로 ${verdict}`
      : `Your ${what} ${weekends.months ? 'in ' : ''}${period} averages ${formatWon(end, lang)} a day on weekends and ${formatWon(mid, lang)} on weekdays: ${verdict}`,
    totals,
    ...(weekends.complete ? [] : [stillRunning(lang)]),
  ];
}

/**
 * What a spending figure was narrowed to, beside "카드 지출" / "spent": "주말 해외 온라인 식비 " before it in Korean,
 * " abroad online on weekends on eating out" after it in English ('' when not narrowed).
 */
/**
 * QA round 21 (spend21). "통신비 왜 매달 회사가 달라요?": which company charged the category in which month (from its
 * recent charges), and what that usually means — a switch of carrier or lines paid by turns; nothing is assumed.
 */
function merchantSwitchLines(category: string, t: TransactionsData, lang: Lang): string[] {
  const name = phrase('category', category, lang);
  const rows = [...t.transactions].filter((r) => !r.amount.amount.startsWith('-')).reverse();
  if (rows.length === 0)
    return [
      lang === 'ko'
        ? koText`최근 카드 내역에 ${name} 결제가 없습니다.`
        : `There are no ${name} payments among your recent card transactions.`,
    ];
  const byMerchant = new Map<string, number[]>();
  for (const r of rows) {
    const label = merchantLabel(r.merchant, name, lang);
    const month = Number(r.occurredAt.slice(5, 7));
    const months = byMerchant.get(label) ?? [];
    if (!months.includes(month)) months.push(month);
    byMerchant.set(label, months);
  }
  const monthsText = (ms: number[]) =>
    lang === 'ko'
      ? `${ms.join('·')}월`
      : formatList(
          ms.map((m) => MONTH_NAMES[m - 1]),
          lang,
        );
  const parts = [...byMerchant].map(([label, ms]) =>
    lang === 'ko' ? `${monthsText(ms)} ${label}` : `${label} in ${monthsText(ms)}`,
  );
  if (byMerchant.size === 1)
    return [
      lang === 'ko'
        ? koText`최근 ${name} 결제는 모두 ${[...byMerchant.keys()][0]}에서 나갔습니다 (${monthsText([...byMerchant.values()][0])}): 회사가 바뀐 기록은 없습니다.`
        : `Your recent ${name} payments all went to ${[...byMerchant.keys()][0]} (${monthsText([...byMerchant.values()][0])}): no change of company on record.`,
    ];
  const telecom = category === 'TELECOM';
  const why =
    lang === 'ko'
      ? telecom
        ? '통신사를 옮기셨거나(번호이동) 가족 회선·결합 요금을 번갈아 내셨거나, 인터넷과 휴대폰 요금이 다른 회사로 나뉘어 있을 수 있습니다'
        : '회사를 바꾸셨거나 서로 다른 서비스를 번갈아 이용하신 것일 수 있습니다'
      : telecom
        ? 'you may have switched carrier, paid for family lines or a bundle in turns, or have phone and internet with different companies'
        : 'you may have switched company or used different services in turns';
  return [
    lang === 'ko'
      ? `카드 내역에서 ${name} 결제는 ${parts.join(', ')}에서 나갔습니다: ${why}.`
      : `Your ${name} payments went to ${formatList(parts, lang)}: ${why}.`,
    lang === 'ko'
      ? `${telecom ? '모르는 회선이라면 각 회사 고객센터에서 명의로 가입된 회선을' : '모르는 결제라면 각 회사 고객센터에서 명의로 가입된 서비스를'} 확인하고, 그래도 모르는 결제는 카드사에 이의를 제기하세요.`
      : `If you do not recognise one, ask each company what is in your name, and dispute any charge you still do not know with your card company.`,
  ];
}

/** A trip's total: the period's spending abroad plus the travel (flights) paid at home in it, with the largest of those. */
function tripWithFlightsLines(
  s: SpendingSummaryData,
  f: SpendingSummaryData,
  period: string,
  range: string,
  lang: Lang,
): string[] {
  const total = formatWon(new Decimal(s.total.amount).plus(f.total.amount).toFixed(0), lang);
  const abroad = formatCount(s.purchaseCount, 'transaction', lang);
  const flights = rankedMerchants(f, lang)
    .slice(0, 3)
    .map((m) => `${m.label} ${m.amount.text}`);
  const which = flights.length ? `${lang === 'ko' ? '' : ' '}(${formatList(flights, lang)})` : '';
  if (f.total.amount === '0')
    return [
      lang === 'ko'
        ? `${period} 국내에서 결제한 항공·여행은 없어, 여행 비용은 해외 카드 지출 ${s.total.text}입니다 (${abroad}, ${range}).`
        : `No flights or travel were paid at home ${s.months ? 'in ' : ''}${period}, so the trip comes to the ${s.total.text} spent abroad (${abroad}, ${range}).`,
    ];
  return [
    lang === 'ko'
      ? `항공권까지 합친 여행 비용은 약 ${total}입니다: ${period} 해외 카드 지출 ${s.total.text}(${abroad})에 국내에서 결제한 항공·여행 ${f.total.text}${which}을 더한 금액입니다 (${range}).`
      : `With the flights, the trip comes to about ${total}: ${s.total.text} spent abroad (${abroad}) plus ${f.total.text} of travel paid at home${which}, ${s.months ? 'in ' : ''}${period} (${range}).`,
    lang === 'ko'
      ? '할부로 산 항공권도 결제 금액 전체로 셌습니다.'
      : 'Flights bought on instalments are counted in full.',
  ];
}

/** The period's card spending with one category taken out: the rest, then what was taken out and of what. */
function withoutLines(
  s: SpendingSummaryData,
  without: string,
  period: string,
  range: string,
  lang: Lang,
): string[] {
  const name = phrase('category', without, lang);
  const cut = s.byCategory.find((c) => c.category === without);
  const rest = formatWon(new Decimal(s.total.amount).minus(cut?.amount.amount ?? 0).toFixed(0), lang);
  const cutText = cut?.amount.text ?? formatWon('0', lang);
  return [
    lang === 'ko'
      ? koText`${period} ${spendingScope(s, null, lang)}카드 지출에서 ${name}을/를 빼면 ${rest}입니다 (전체 ${s.total.text} 중 ${name} ${cutText}, ${range}).`
      : `Leaving out ${name}, you spent ${rest}${spendingScope(s, null, lang)} ${s.months && !/^last\b|\bago$/.test(period) ? 'in ' : ''}${period} (${s.total.text} in all, ${cutText} of it on ${name}; ${range}).`,
    ...(s.complete ? [] : [stillRunning(lang)]),
  ];
}

function spendingScope(s: SpendingSummaryData, category: string | null, lang: Lang): string {
  const where =
    s.locality === 'OVERSEAS' ? ['해외', 'abroad'] : s.locality === 'DOMESTIC' ? ['국내', 'in Korea'] : null;
  const how =
    s.channel === 'ONLINE' ? ['온라인', 'online'] : s.channel === 'OFFLINE' ? ['매장', 'in store'] : null;
  const when =
    s.days === 'WEEKENDS' ? ['주말', 'on weekends'] : s.days === 'WEEKDAYS' ? ['평일', 'on weekdays'] : null;
  if (lang === 'ko')
    return [when?.[0], where?.[0], how?.[0], category]
      .filter(Boolean)
      .map((w) => `${w} `)
      .join('');
  return [where?.[1], how?.[1], when?.[1], category ? `on ${category}` : null]
    .filter(Boolean)
    .map((w) => ` ${w}`)
    .join('');
}

/**
 * "카드값 줄이는 방법 알려줘", "how can I cut down my spending?": a month's card spending (the months read ÷ their
 * count) and its largest category with its share, first; then the three largest a month with one way to spend less
 * on each (REDUCE_TIP_PHRASES); then what helps whatever the category.
 */
/**
 * The usual ways to pay less for a phone (QA round 21): a budget carrier, the selective-contract discount (25 % of the
 * plan: at most a quarter of the month's average), a family bundle, unused add-ons — prices differ, nothing promised.
 */
function telecomRoutes(average: Decimal.Value, lang: Lang): string {
  const quarter = formatWon(new Decimal(average).div(4).toDecimalPlaces(0), lang);
  return lang === 'ko'
    ? `통신비를 줄이는 흔한 방법은 같은 통신망을 더 싸게 쓰는 알뜰폰(MVNO) 요금제, 약정 할인이 없다면 선택약정 할인(요금제의 25%, 지금 금액이 모두 요금제라면 한 달 최대 약 ${quarter}), 가족결합 할인, 쓰지 않는 부가서비스 해지입니다. 실제 요금과 할인은 통신사·요금제마다 달라 통신사 앱이나 고객센터에서 확인하셔야 합니다.`
    : `The usual ways to pay less: a budget carrier (MVNO, 알뜰폰) plan on the same networks; if you have no contract discount, the selective-contract discount (선택약정, 25% off the plan: at most about ${quarter} a month if all of it is the plan); a family bundle; and dropping add-ons you do not use. Prices and discounts differ by carrier and plan, so check them in your carrier's app or with its customer centre.`;
}

/** Categories one chooses to spend on, week by week (bills, insurance, medical costs and schooling are not). */
const CHOSEN_CATEGORIES = new Set(['FOOD', 'SHOPPING', 'ONLINE_SHOPPING', 'LEISURE', 'TRAVEL']);

/**
 * QA round 25 (left25b). "one small thing i can do this week", "이번 주에 할 수 있는 작은 거 하나만": one step from their
 * own data — the month's largest chosen category with its amount so far, and one way to spend less on it this week.
 */
function oneStepLines(s: SpendingSummaryData, lang: Lang): string[] {
  const top = [...s.byCategory]
    .filter((c) => CHOSEN_CATEGORIES.has(c.category) && new Decimal(c.amount.amount).gt(0))
    .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))[0];
  const alerts =
    lang === 'ko'
      ? '카드사 앱의 결제 알림을 켜 두면 이번 주 쓰는 대로 확인할 수 있습니다.'
      : 'Turning on payment alerts in your card company’s app lets you see it as you spend this week.';
  if (!top)
    return [
      lang === 'ko'
        ? koText`이번 주 작은 한 가지: 이번 달 카드 지출 ${s.total.text} 가운데 식비·쇼핑·여가처럼 줄일 수 있는 지출은 아직 없으니, 이번 주에 쓸 금액을 먼저 정해 두세요.`
        : `One thing for this week: none of this month’s ${s.total.text} of card spending is on eating out, shopping or leisure yet, so set an amount for the week before you spend.`,
      alerts,
    ];
  const what = phrase('category', top.category, lang);
  const tip = phrase('reduceTip', top.category, lang);
  return [
    lang === 'ko'
      ? koText`이번 주 작은 한 가지: 이번 달 줄일 수 있는 지출 중 가장 큰 것은 ${what}(지금까지 ${top.amount.text}, ${formatCount(top.count, 'transaction', lang)})이니, 이번 주에는 ${tip}.`
      : `One thing for this week: ${what} is your largest spending you can choose this month (${top.amount.text} so far, ${formatCount(top.count, 'transaction', lang)}), so this week, ${tip}.`,
    alerts,
  ];
}

/**
 * QA round 28 (ko28). The months a summary averages over: its month count (the last N months to date) or, for whole
 * calendar months that have ended (`cardSpendingMonths`), their number; null for any other period.
 */
function monthsRead(s: SpendingSummaryData): number | null {
  return s.months ?? (wholeMonths(s) ? monthlyCardOf(s).months : null);
}

function reduceLines(s: SpendingSummaryData, lang: Lang, yearly = false): string[] {
  const months = monthsRead(s)!;
  // "최근 3개월(8~10월)" for whole months, the same words as the savings answer's basis.
  const span = s.months
    ? lang === 'ko'
      ? `최근 ${months}개월`
      : `the last ${months} months`
    : cardMonthsPhrase(monthlyCardOf(s), lang);
  const perMonth = (v: string) => formatWon(averageOf(v, months), lang);
  const ranked = [...s.byCategory]
    .filter((c) => new Decimal(c.amount.amount).gt(0))
    .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount));
  if (ranked.length === 0)
    return [
      lang === 'ko'
        ? `${span} 동안 카드 지출이 없어 줄일 곳을 찾을 내역이 없습니다.`
        : `There is no card spending in ${span} to find savings in.`,
    ];
  // "식비 줄이고 싶어": that category's month and its way to spend less.
  // QA round 21 (spend21). "how much a year is that" after it: the month's average × 12, first (from the months' sum).
  if (s.category && yearly) {
    const year = formatWon(new Decimal(s.total.amount).times(12).div(months).toDecimalPlaces(0), lang);
    return [
      lang === 'ko'
        ? koText`${phrase('category', s.category, lang)} 카드 지출 한 달 평균 약 ${perMonth(s.total.amount)}은/는 1년이면 약 ${year}입니다 (${span} 월평균 × 12).`
        : `About ${perMonth(s.total.amount)} a month on ${phrase('category', s.category, lang)} comes to about ${year} a year (the average of ${span} × 12).`,
    ];
  }
  if (s.category)
    return [
      lang === 'ko'
        ? koText`${span} ${phrase('category', s.category, lang)} 카드 지출은 한 달 평균 약 ${perMonth(s.total.amount)}입니다.`
        : `Over ${span} you spent about ${perMonth(s.total.amount)} a month on ${phrase('category', s.category, lang)}.`,
      // QA round 21 (spend21). "phone bill seems high, cheaper options?": the usual cheaper routes, no product promised.
      ...(s.category === 'TELECOM' ? [telecomRoutes(averageOf(s.total.amount, months), lang)] : []),
      ...steps(lang, [
        `${phrase('reduceTip', s.category, lang)}.`.replace(/^./, (c) =>
          lang === 'ko' ? c : c.toUpperCase(),
        ),
        lang === 'ko'
          ? '카드사 앱의 결제 알림을 켜 두면 쓰는 대로 확인할 수 있습니다.'
          : 'Turn on payment alerts in your card company’s app to see spending as it happens.',
      ]),
    ];
  const top = ranked[0];
  const share = formatPercent(new Decimal(top.amount.amount).div(s.total.amount).toNumber());
  return [
    lang === 'ko'
      ? koText`${span} 카드 지출은 한 달 평균 약 ${perMonth(s.total.amount)}이고, 가장 큰 업종은 ${phrase('category', top.category, lang)}(월 약 ${perMonth(top.amount.amount)}, ${share})입니다.`
      : `Over ${span} your card spending averaged about ${perMonth(s.total.amount)} a month; the largest category is ${phrase('category', top.category, lang)} (about ${perMonth(top.amount.amount)} a month, ${share}).`,
    lang === 'ko' ? '많이 쓰는 업종부터 줄이는 방법:' : 'Where to start, largest first:',
    ...ranked
      .slice(0, 3)
      .map(
        (c) =>
          `- ${phrase('category', c.category, lang)} ${lang === 'ko' ? '월 약 ' : 'about '}${perMonth(c.amount.amount)}${lang === 'ko' ? '' : ' a month'}: ${phrase('reduceTip', c.category, lang)}.`,
      ),
    ...steps(lang, [
      lang === 'ko'
        ? '카드사 앱의 결제 알림을 켜 두면 쓰는 대로 확인할 수 있습니다.'
        : 'Turn on payment alerts in your card company’s app to see spending as it happens.',
      lang === 'ko'
        ? '"예산 짜는 거 도와줘"라고 물어보시면 소득에 맞춘 한 달 예산을 계산해 드립니다.'
        : 'Ask "help me make a budget" and I will work out a month’s budget from your income.',
    ]),
  ];
}

/** An amount as one of its parts — a month's or a day's average: ÷ the parts, to the won, half up. */
/**
 * QA round 22 (spendfu). How to spend less at a shop or a café ("줄이려면 어케해요" after "커피 전부는요?"): its month's
 * average over the months read, what one purchase fewer a month saves (its average purchase, a year of it), then the
 * ways to cut that kind of spending.
 */
function merchantReduceLines(
  s: SpendingSummaryData,
  category: string | null,
  range: string,
  lang: Lang,
): string[] {
  const months = monthsRead(s)!;
  const what = spendingWhat(s, category, lang);
  if (s.purchaseCount === 0)
    return [
      lang === 'ko'
        ? `최근 ${months}개월(${range}) ${what}이 없어 줄일 것이 없습니다.`
        : `There is no ${what} in the last ${months} months (${range}), so there is nothing to cut.`,
    ];
  const perMonth = formatWon(averageOf(s.total.amount, months), lang);
  const visit = averageOf(s.total.amount, s.purchaseCount);
  const visits = new Decimal(s.purchaseCount).div(months).toDecimalPlaces(1).toString();
  const yearOfOne = formatWon(visit.times(12), lang);
  const cafe = /카페|커피|스타벅스|이디야|투썸|메가|빽다방|폴바셋|블루보틀|coffee|caf[eé]/i.test(
    s.merchant ?? '',
  );
  const tips = cafe
    ? lang === 'ko'
      ? [
          '한 주에 갈 횟수를 정해 두고, 나머지는 집이나 회사에서 내려 드세요.',
          '텀블러 할인이나 카드·통신사 제휴 할인, 앱 적립을 챙기면 같은 횟수에도 덜 나갑니다.',
        ]
      : [
          'Set how many café visits a week you want and make coffee at home or at work the other days.',
          'Bring a tumbler and use card, telecom or app discounts so the same visits cost less.',
        ]
    : s.category || category
      ? [`${phrase('reduceTip', s.category ?? category, lang)}.`.replace(/^./, (c) => c.toUpperCase())]
      : [
          lang === 'ko'
            ? '한 달에 쓸 금액을 먼저 정하고, 카드사 앱의 결제 알림으로 쓰는 대로 확인하세요.'
            : 'Set a monthly amount for it first and turn on payment alerts to see spending as it happens.',
        ];
  return [
    lang === 'ko'
      ? `${what}은 한 달 평균 약 ${perMonth}(한 달 약 ${visits}번, 한 번에 평균 약 ${formatWon(visit, lang)})이라, 한 달에 한 번만 덜 가도 약 ${formatWon(visit, lang)}, 1년이면 약 ${yearOfOne}을 아낄 수 있습니다.`
      : `Your ${what} averages about ${perMonth} a month (about ${visits} visits a month, about ${formatWon(visit, lang)} each), so one visit fewer a month saves about ${formatWon(visit, lang)}, about ${yearOfOne} a year.`,
    lang === 'ko'
      ? `최근 ${months}개월(${range}) 동안 ${s.total.text}, ${formatCount(s.purchaseCount, 'transaction', lang)}입니다.`
      : `That is ${s.total.text} over the last ${months} months (${range}, ${formatCount(s.purchaseCount, 'transaction', lang)}).`,
    ...steps(lang, tips),
  ];
}

function averageOf(amount: Decimal.Value, parts: number): Decimal {
  return new Decimal(amount).div(parts).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/**
 * QA round 23 (late23b). A reaction to the card bill: "헉 많네" — a short acknowledgement, the bill and the month it
 * bills, its largest category, then the next two; "ㅋㅋ 다음달은 좀 줄여야지" — encouragement with one tip (the bill's
 * largest category first). The bill's month is `spendingBilled` (last month's use), else the summary asked.
 */
function billReactionLines(input: IntentReplyInput, asked: SpendingSummaryData): string[] {
  const { data, language: lang, understanding } = input;
  const b = data.spendingBilled ?? asked;
  const [top, ...rest] = b.byCategory;
  const month = Number(b.from.slice(5, 7));
  const monthName = lang === 'ko' ? `${month}월` : MONTH_NAMES[month - 1];
  const cat = top ? phrase('category', top.category, lang) : null;
  if (understanding.slots.cutResolve)
    return [
      top && cat
        ? lang === 'ko'
          ? `좋은 생각이에요! ${monthName} 카드 사용에서 가장 큰 업종은 ${cat} ${top.amount.text}이니, 다음 달에는 ${cat}부터 줄여 보시면 효과가 가장 큽니다.`
          : `Good plan! Your largest category in ${monthName} was ${cat} at ${top.amount.text}, so trimming that first will make the biggest difference next month.`
        : lang === 'ko'
          ? '좋은 생각이에요! 다음 달 카드값이 궁금하시면 언제든 물어보세요.'
          : 'Good plan! Ask me any time how next month’s card bill is shaping up.',
    ];
  const bill = formatWon(billAmount(b, data).toFixed(0), lang);
  const next = rest
    .slice(0, 2)
    .map((c) => `${phrase('category', c.category, lang)} ${c.amount.text}`)
    .join(lang === 'ko' ? ', ' : ' and ');
  return [
    lang === 'ko'
      ? koText`네, 적지 않게 나왔죠. 이번 달 카드값 ${bill}은/는 ${monthName}에 쓰신 금액이고, ${cat ? `가장 큰 몫은 ${cat} ${top.amount.text}입니다.` : ''}`.trim()
      : `It is a big one: this month’s card bill of ${bill} is what you spent in ${monthName}${cat ? `, and the largest part was ${cat} at ${top.amount.text}.` : '.'}`,
    ...(next ? [lang === 'ko' ? `그다음은 ${next}입니다.` : `Next came ${next}.`] : []),
  ];
}

/**
 * QA round 27 (helper ko27). The days a spending figure covers: a week's weekend is its Saturday and Sunday to date
 * ("이번 주말에 얼마 썼어?" → 11월 28일 (토) ~ 11월 29일 (일), was the whole week 11월 23일 (월) ~ 11월 29일 (일)).
 */
function spendingRange(s: SpendingSummaryData, data: TurnData, lang: Lang): string {
  const from = s.from.slice(0, 10);
  const through = s.through.slice(0, 10);
  if (s.days === 'WEEKENDS' && daysBetween(from, through) >= 0 && daysBetween(from, through) <= 6) {
    const days: string[] = [];
    for (let d = from; daysBetween(d, through) >= 0; d = addDays(d, 1)) if (isWeekend(d)) days.push(d);
    if (days.length > 0) return dayRange(days[0], days[days.length - 1], data, lang);
  }
  return dayRange(s.from, s.through, data, lang);
}

/**
 * QA round 28 (ko28). "보험 해지하면 돈이 좀 생길까요" (was the hardship ladder): the premiums on their cards over the period
 * read (the last 12 months) and what cancelling would stop, or that none are on the card, first; then that the surrender
 * value is usually less than what was paid and the cover ends; then the ways to ease the premiums without losing it.
 */
function insuranceCancelLines(input: IntentReplyInput, s: SpendingSummaryData): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const range = spendingRange(s, data, lang);
  const months = monthsRead(s);
  const paid = new Decimal(s.total.amount);
  const lead = paid.gt(0)
    ? ko
      ? koText`카드로 내시는 보험료는 최근 ${months ?? 12}개월 ${s.total.text}, 한 달 평균 약 ${formatWon(averageOf(s.total.amount, months ?? 12), lang)}으로/로 해지하면 그만큼 덜 나가지만, 돌려받는 해지환급금은 보통 그동안 낸 보험료보다 적고 보장도 끝납니다 (${range}).`
      : `Cancelling stops the premiums on your cards (${s.total.text} over the last ${months ?? 12} months, about ${formatWon(averageOf(s.total.amount, months ?? 12), lang)} a month), but the surrender value you get back is usually less than what you paid, and the cover ends (${range}).`
    : ko
      ? koText`고객님 카드에는 최근 ${months ?? 12}개월 보험료 결제가 없어(${range}, 계좌이체로 내신다면 여기엔 보이지 않습니다) 얼마가 생길지는 보험사 앱에서 해지환급금을 조회해 보셔야 하고, 돌려받는 돈은 보통 그동안 낸 보험료보다 적으며 보장도 끝납니다.`
      : `No insurance premiums show on your cards over the last ${months ?? 12} months (${range}; premiums paid by bank transfer do not show here), so what cancelling would return is in the insurer’s app (the surrender value) — usually less than what you paid, and the cover ends.`;
  return [
    lead,
    ...steps(lang, [
      ko
        ? '해지하기 전에 보험사 앱이나 고객센터에서 지금 해지환급금이 얼마인지 먼저 확인하세요: 가입 초기에는 거의 없을 수 있습니다.'
        : 'Before cancelling, check the current surrender value in the insurer’s app or with its customer line: early in a policy it can be close to nothing.',
      ko
        ? '보장은 남기고 부담만 줄이는 방법도 있습니다: 보험료 납입유예·납입일시중지, 보장 금액을 줄이는 감액, 해지환급금 안에서 빌리는 보험계약대출(약관대출)을 보험사에 물어보세요.'
        : 'There are ways to ease the premiums and keep the cover: ask the insurer about a premium holiday, reducing the sum insured, or a policy loan against the surrender value.',
      ko
        ? '실손보험이나 건강보험은 나이나 병력 때문에 다시 가입하기 어려울 수 있으니, 해지는 보장이 겹치는 보험부터 검토하세요.'
        : 'Medical and health policies can be hard to take out again later (age, health history), so if you cancel, start with a policy whose cover overlaps another.',
    ]),
  ];
}

/**
 * QA round 27 (helper ko27). "경조사비 이번달에 얼마나 썼지": gifts at weddings and funerals go in cash or by transfer,
 * so no card category holds them — said first; the period's card spending beside it, and one way to keep them apart.
 */
function giftMoneyLines(input: IntentReplyInput, s: SpendingSummaryData): string[] {
  const { data, language: lang, understanding } = input;
  const period = periodPhrase(understanding.slots.period ?? PERIOD_DEFAULT, lang);
  const range = spendingRange(s, data, lang);
  const count = formatCount(s.purchaseCount, 'transaction', lang);
  return lang === 'ko'
    ? [
        '경조사비(축의금·조의금)는 보통 현금이나 계좌이체로 내셔서 카드 내역에 따로 잡히지 않아, 얼마를 쓰셨는지는 이 앱의 데이터로 알 수 없습니다.',
        `참고로 ${period} 카드 지출은 ${s.total.text}입니다 (${count}, ${range}).`,
        '경조사가 몰리는 달에는 경조사비 한도를 미리 정해 두고 통장에서 따로 떼어 두시면, 생활비와 섞이지 않아 관리하기 쉽습니다.',
      ]
    : [
        'Wedding and funeral gifts are usually given in cash or by bank transfer, so they do not show on your card records: I can’t tell from your data how much they came to.',
        `For reference, your card spending ${s.months ? 'in ' : ''}${period} is ${s.total.text} (${count}, ${range}).`,
        'In a month full of weddings and funerals, set a limit for gifts and keep it apart in your account, so it does not mix with your living costs.',
      ];
}

/**
 * QA round 27 (helper ko27). "너무 많이 썼네" after a period's spending: none spent is said gently as none (was the same
 * ₩0 figure again, read as overspending), with this month's spending so far beside it; some spent is acknowledged with
 * its largest category.
 */
function spentReactionLines(input: IntentReplyInput, s: SpendingSummaryData): string[] {
  const { data, language: lang, understanding } = input;
  const period = periodPhrase(understanding.slots.period ?? PERIOD_DEFAULT, lang);
  const scope = spendingScope(s, s.category ? phrase('category', s.category, lang) : null, lang);
  const range = spendingRange(s, data, lang);
  if (s.purchaseCount === 0 && new Decimal(s.total.amount).isZero()) {
    const month = data.spendingWider;
    return [
      lang === 'ko'
        ? `걱정 마세요, ${period} ${scope}카드 지출은 ${s.total.text}이라 쓰신 돈이 없습니다 (${range}).`
        : `No need to worry: your ${scope.trim() ? `${scope.trim()} ` : ''}card spending ${s.months ? 'in ' : ''}${period} is ${s.total.text}, nothing spent (${range}).`,
      ...(month && month.purchaseCount > 0
        ? [
            lang === 'ko'
              ? `참고로 이번 달 지금까지 카드 지출은 ${month.total.text}입니다 (${formatCount(month.purchaseCount, 'transaction', lang)}, ${dayRange(month.from, month.through, data, lang)}).`
              : `For reference, you have spent ${month.total.text} on your cards this month so far (${formatCount(month.purchaseCount, 'transaction', lang)}, ${dayRange(month.from, month.through, data, lang)}).`,
          ]
        : []),
    ];
  }
  const [top] = s.byCategory;
  const cat = top && !s.category ? phrase('category', top.category, lang) : null;
  return [
    lang === 'ko'
      ? `많게 느껴지셨군요. ${period} ${scope}카드 지출은 ${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}, ${range}).${cat ? ` 가장 큰 몫은 ${cat} ${top.amount.text}입니다.` : ''}`
      : `It can feel like a lot: ${s.total.text}${scope} ${s.months ? 'in ' : ''}${period} (${formatCount(s.purchaseCount, 'transaction', lang)}, ${range})${cat ? `, most of it ${cat} at ${top.amount.text}` : ''}.`,
  ];
}

/** "많이 쓴 업종: 여행 1,305,500원, 쇼핑 490,700원, 식비 310,110원." — the period's three largest categories. */
function largestCategoriesLine(s: SpendingSummaryData, lang: Lang, perMonth?: number): string {
  // QA round 25 (left25a). Beside a month's average, each category a month too: its total ÷ the same months (to the
  // won, half up, as the average itself), said so.
  const monthly = perMonth !== undefined && perMonth > 1;
  return (
    (lang === 'ko'
      ? monthly
        ? `많이 쓴 업종(한 달 평균, ${perMonth}개월 합계 ÷ ${perMonth}): `
        : '많이 쓴 업종: '
      : monthly
        ? `Largest categories (a month on average, the ${perMonth} months' total ÷ ${perMonth}): `
        : 'Largest categories: ') +
    s.byCategory
      .slice(0, 3)
      .map(
        (c) =>
          `${phrase('category', c.category, lang)} ${monthly ? `${lang === 'ko' ? '약 ' : 'about '}${formatWon(averageOf(c.amount.amount, perMonth), lang)}` : c.amount.text}`,
      )
      .join(', ') +
    '.'
  );
}

/** A side of a shops or categories comparison: its total, and the shop's or category's name. */
const sideTotal = (x: SpendingSummaryData) => new Decimal(x.total.amount);
function sideName(x: SpendingSummaryData, lang: Lang): string {
  return x.merchant ? merchantDisplayName(x.merchant, lang) : phrase('category', x.category!, lang);
}

/**
 * Two shops' spending over one period ("쿠팡이랑 네이버페이 합쳐서", "이마트랑 홈플러스 중에 어디서 더 많이 썼어요?"): their
 * sum and which took more, by how much, in one sentence; then each one's purchases.
 */
function twoSides(
  a: SpendingSummaryData,
  b: SpendingSummaryData,
  period: string,
  range: string,
  together: boolean,
  lang: Lang,
): string {
  const total = sideTotal;
  const sum = formatWon(total(a).plus(total(b)), lang);
  const shops = !!a.merchant;
  const name = (x: SpendingSummaryData) => sideName(x, lang);
  const [more, less] = total(a).gte(total(b)) ? [a, b] : [b, a];
  const diff = formatWon(total(more).minus(total(less)), lang);
  const counts = [a, b]
    .map((x) => `${name(x)} ${formatCount(x.purchaseCount, 'transaction', lang)}`)
    .join(', ');
  const same = total(more).eq(total(less));
  const at = shops ? 'at' : 'on';
  const inPeriod = `${a.months ? 'in ' : ''}${period}`;
  if (lang === 'ko') {
    const which = same
      ? koText`두 ${shops ? '곳' : '업종'} 모두 ${more.total.text}으로/로 같습니다`
      : koText`${name(more)}이/가 ${more.total.text}으로/로 ${name(less)} ${less.total.text}보다 ${diff} 많습니다`;
    // "어디서 더 많이 썼어?": which one first, the sum after; "합쳐서 얼마?": the sum first.
    if (!together) return koText`${period} ${which} (합계 ${sum}, ${counts}, ${range}).`;
    const head = koText`${period} ${name(a)}와/과 ${name(b)}${shops ? '에서' : '에'} 쓰신 카드 금액은 합쳐서 ${sum}`;
    return koText`${head}이고, ${which} (${counts}, ${range}).`;
  }
  if (!together)
    return same
      ? `You spent the same ${at} ${name(a)} and ${name(b)} ${inPeriod}: ${more.total.text} each (${sum} together, ${counts}, ${range}).`
      : `You spent more ${at} ${name(more)} than ${at} ${name(less)} ${inPeriod}: ${more.total.text} against ${less.total.text}, ${diff} more (${sum} together, ${counts}, ${range}).`;
  const which = same
    ? `${more.total.text} ${shops ? 'at each' : 'on each'}`
    : `${name(more)} ${more.total.text} against ${name(less)} ${less.total.text}, ${diff} more ${at} ${name(more)}`;
  return `You spent ${sum} ${at} ${name(a)} and ${name(b)} together ${inPeriod}: ${which} (${counts}, ${range}).`;
}

/**
 * Three shops or categories or more over one period: with "합치면" / "together" their sum first, else the one that took most first;
 * then each one's total and purchases in the order named — a shop with nothing there said as such (0원), never left
 * out.
 */
function manySides(
  all: readonly SpendingSummaryData[],
  period: string,
  range: string,
  together: boolean,
  lang: Lang,
): string {
  const total = sideTotal;
  const sum = formatWon(
    all.reduce((acc, x) => acc.plus(total(x)), new Decimal(0)),
    lang,
  );
  const shops = !!all[0].merchant;
  const name = (x: SpendingSummaryData) => sideName(x, lang);
  const names = formatList(all.map(name), lang);
  const at = shops ? 'at' : 'on';
  const each = all
    .map((x) =>
      x.purchaseCount === 0 && total(x).isZero()
        ? lang === 'ko'
          ? `${name(x)} ${x.total.text}(결제 내역 없음)`
          : `${name(x)} ${x.total.text} (no payments there)`
        : `${name(x)} ${x.total.text}${lang === 'ko' ? '' : ' '}(${formatCount(x.purchaseCount, 'transaction', lang)})`,
    )
    .join(', ');
  const top = all.reduce((a, b) => (total(b).gt(total(a)) ? b : a));
  const none = total(top).isZero();
  const inPeriod = `${all[0].months ? 'in ' : ''}${period}`;
  if (lang === 'ko') {
    if (together || none)
      return koText`${period} ${names}${shops ? '에서' : '에'} 쓰신 카드 금액은 합쳐서 ${sum}입니다: ${each} (${range}).`;
    return shops
      ? koText`${period} ${all.length}곳 중 가장 많이 쓰신 곳은 ${name(top)}(${top.total.text})입니다: ${each} (합계 ${sum}, ${range}).`
      : koText`${period} ${all.length}개 업종 중 가장 많이 쓰신 업종은 ${name(top)}(${top.total.text})입니다: ${each} (합계 ${sum}, ${range}).`;
  }
  if (together || none) return `You spent ${sum} ${at} ${names} together ${inPeriod}: ${each} (${range}).`;
  return `You spent the most ${at} ${name(top)} ${inPeriod} of the ${all.length}: ${top.total.text} — ${each} (${sum} together, ${range}).`;
}

/**
 * A period's spending against an amount the customer names, asked as yes or no: "네, …넘었습니다" / "아니요, …넘지
 * 않았습니다" (Yes / No) with the total, then by how much it is over or under, its purchases and days.
 */
function spentOverLines(
  s: SpendingSummaryData,
  limit: string,
  category: string | null,
  range: string,
  lang: Lang,
): string[] {
  const total = new Decimal(s.total.amount);
  const over = total.gt(limit);
  const line = formatWon(limit, lang);
  const gap = formatWon(total.minus(limit).abs(), lang);
  const now = summaryPeriodPhrase(s, lang);
  const what = spendingWhat(s, category, lang);
  const count = formatCount(s.purchaseCount, 'transaction', lang);
  return [
    lang === 'ko'
      ? over
        ? koText`네, ${now} ${what}은/는 ${s.total.text}으로/로 ${line}을/를 ${gap} 넘었습니다 (${count}, ${range}).`
        : koText`아니요, ${now} ${what}은/는 ${s.total.text}으로/로 ${line}을/를 넘지 않았습니다: ${gap} 남았습니다 (${count}, ${range}).`
      : over
        ? `Yes: your ${what} ${now} is ${s.total.text}, ${gap} over ${line} (${count}, ${range}).`
        : `No: your ${what} ${now} is ${s.total.text}, ${gap} under ${line} (${count}, ${range}).`,
    ...(s.complete ? [] : [stillRunning(lang)]),
  ];
}

/** A number of payments in words: "once", "twice", "3 times"; Korean "1번". */
function timesPaid(n: number, lang: Lang): string {
  if (lang === 'ko') return `${n}번`;
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function stillRunning(lang: Lang): string {
  return lang === 'ko'
    ? '기간이 아직 끝나지 않아 오늘까지의 금액입니다.'
    : 'The period is still running: this is to date.';
}

/** The categories of a period by net amount, largest first: the first sentence names the largest and its share. */
/**
 * "어디에 제일 많이 썼어?" (categories) and "가장 돈 많이 쓴 가게 어디야?" (merchants): the largest first, its share of the
 * period's total, then the two after it.
 */
function topSpending(
  ranked: readonly { label: string; amount: Krw; count: number }[],
  s: SpendingSummaryData,
  period: string,
  range: string,
  lang: Lang,
  where: 'on' | 'at' = 'on',
  /** English only: what the total covers (" on eating out", " abroad"), said after it. */
  scope = '',
): string[] {
  const [first, ...rest] = ranked;
  const total = new Decimal(s.total.amount);
  const share = total.gt(0) ? formatPercent(new Decimal(first.amount.amount).div(total).toNumber()) : null;
  const of =
    lang === 'ko'
      ? `전체 ${s.total.text}${share ? `의 ${share}` : ''}, ${formatCount(first.count, 'transaction', lang)}, ${range}`
      : `${share ? `${share} of your ${s.total.text}${scope}` : `of ${s.total.text}${scope}`}, ${formatCount(first.count, 'transaction', lang)}, ${range}`;
  const next = rest.slice(0, 2).map((c) => `${c.label} ${c.amount.text}`);
  return [
    lang === 'ko'
      ? koText`${period} 가장 많이 쓰신 곳은 ${first.label}(${first.amount.text})입니다 (${of}).`
      : `You spent the most ${s.months && !/^(?:last|this) /.test(period) ? 'in ' : ''}${period} ${where} ${first.label}: ${first.amount.text} (${of}).`,
    ...(next.length
      ? [lang === 'ko' ? `그다음은 ${formatList(next, lang)}입니다.` : `Next come ${formatList(next, lang)}.`]
      : []),
  ];
}

/** The day spent most on (byDay): its total, purchases and largest purchase, then the next two days. */
function topDayLines(
  s: SpendingSummaryData,
  data: TurnData,
  period: string,
  range: string,
  lang: Lang,
): string[] {
  const [first, ...rest] = s.byDay!;
  const largest = merchantLabel(first.largest.merchant, lang === 'ko' ? '카드' : 'card', lang);
  const next = rest.slice(0, 2).map((d) => `${date(d.day, data, lang)} ${d.amount.text}`);
  return [
    lang === 'ko'
      ? koText`${period} 가장 많이 쓰신 날은 ${date(first.day, data, lang)}으로/로 ${first.amount.text}입니다 (${formatCount(first.count, 'transaction', lang)}, 가장 큰 결제는 ${largest} ${first.largest.amount.text}; ${range}).`
      : `The day you spent the most ${s.months ? 'in ' : ''}${period} was ${date(first.day, data, lang)}: ${first.amount.text} (${formatCount(first.count, 'transaction', lang)}, the largest ${first.largest.amount.text} at ${largest}; ${range}).`,
    ...(next.length
      ? [lang === 'ko' ? `그다음은 ${formatList(next, lang)}입니다.` : `Next come ${formatList(next, lang)}.`]
      : []),
  ];
}

/** The merchants paid most often (byMerchant read by count): the first with its purchases and amount, then two more. */
function frequentMerchants(s: SpendingSummaryData, period: string, range: string, lang: Lang): string[] {
  const [first, ...rest] = rankedMerchants(s, lang);
  const next = rest.slice(0, 2).map((m) => `${m.label} ${formatCount(m.count, 'transaction', lang)}`);
  return [
    lang === 'ko'
      ? koText`${period} 가장 자주 결제하신 곳은 ${first.label}으로/로 ${formatCount(first.count, 'transaction', lang)}, ${first.amount.text}입니다 (${range}).`
      : `The place you paid most often ${s.months ? 'in ' : ''}${period} is ${first.label}: ${formatCount(first.count, 'transaction', lang)}, ${first.amount.text} in all (${range}).`,
    ...(next.length
      ? [lang === 'ko' ? `그다음은 ${formatList(next, lang)}입니다.` : `Next come ${formatList(next, lang)}.`]
      : []),
  ];
}

/** The categories of a spending summary, largest first, as topSpending ranks them. */
function rankedCategories(s: SpendingSummaryData, lang: Lang) {
  return [...s.byCategory]
    .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))
    .map((c) => ({ label: phrase('category', c.category, lang), amount: c.amount, count: c.count }));
}

/** The merchants of a spending summary (already largest first), names quoted as data or hidden when unsafe. */
function rankedMerchants(s: SpendingSummaryData, lang: Lang) {
  return (s.byMerchant ?? []).map((m) => {
    // A known brand by its name in the answer's language ("스타벅스" / "Starbucks"), whatever spelling paid most.
    const brand = brandOf(m.merchant);
    return {
      label: merchantLabel(
        brand ? merchantDisplayName(brand, lang) : m.merchant,
        lang === 'ko' ? '카드' : 'card',
        lang,
      ),
      amount: m.amount,
      count: m.count,
    };
  });
}

function spendingCompared(
  input: IntentReplyInput,
  s: SpendingSummaryData,
  p: SpendingSummaryData,
  category: string | null,
  range: string,
): string[] {
  const { language: lang } = input;
  // "8월이랑 9월 비교해줘", "10월은 9월보다 더 썼어?": months the customer named are said by their names.
  const asked = input.understanding.slots.period;
  const month = asked?.kind === 'MONTHS_AGO' ? asked.month : undefined;
  const named = (m: number) => {
    const name = periodPhrase({ kind: 'NAMED_MONTH', month: m }, lang);
    return lang === 'ko' ? name : `in ${name}`;
  };
  const now = month ? named(month) : summaryPeriodPhrase(s, lang);
  // "작년 이맘때랑 비교하면?": the same days a year back, said with their dates.
  const yearAgo = input.understanding.slots.yearAgo
    ? lang === 'ko'
      ? `작년 같은 기간(${dayRange(p.from, p.through, input.data, lang)})`
      : `the same days last year (${dayRange(p.from, p.through, input.data, lang)})`
    : undefined;
  // QA round 28 (helper en28). "why was october higher than august": the month named to compare with, by its name.
  const other = input.understanding.slots.comparedWith;
  const otherMonth = other?.kind === 'MONTHS_AGO' ? other.month : undefined;
  const before =
    yearAgo ??
    (otherMonth
      ? named(otherMonth)
      : other
        ? summaryPeriodPhrase(p, lang)
        : month
          ? named(month === 1 ? 12 : month - 1)
          : summaryPeriodPhrase(p, lang));
  const what = spendingWhat(s, category, lang);
  // "작년보다 지출 늘었어?" with nothing on record the year before: there is nothing to compare with, said first. A
  // category or a merchant with nothing then is a comparison all the same (0원 before: "여행 … 0원보다 … 많습니다") —
  // unless the card had nothing at all then (QA round 23 (spend23): "올해 식비 작년보다 많이 썼어요?" before the
  // card's first purchase is no record, not "작년 0원보다 많습니다").
  if (
    p.purchaseCount === 0 &&
    p.total.amount === '0' &&
    s.total.amount !== '0' &&
    ((!category && !s.merchant) || input.data.spendingPreviousNone)
  )
    return [
      lang === 'ko'
        ? koText`${before}에는 카드 결제 기록이 없어 비교할 수 없습니다: ${now} ${what}은/는 ${s.total.text}입니다 (${range}).`
        : `There is no card spending on record ${before}, so there is nothing to compare with: your ${what} ${now} is ${s.total.text} (${range}).`,
    ];
  const diff = new Decimal(s.total.amount).minus(p.total.amount);
  const gap = formatWon(diff.abs(), lang);
  // "어떤 업종이 제일 많이 늘었어?": the category that rose most, first; the totals after it.
  const rise =
    input.understanding.slots.categoryRise && !s.category && !s.merchant
      ? largestRiseLine(s, p, now, before, lang)
      : null;
  const lead =
    lang === 'ko'
      ? diff.isZero()
        ? koText`${now} ${what}은/는 ${s.total.text}으로/로, ${before}(${p.total.text})와/과 같습니다.`
        : koText`${now} ${what}은/는 ${s.total.text}으로/로, ${before} ${p.total.text}보다 ${gap} ${diff.isPositive() ? '많습니다' : '적습니다'}.`
      : diff.isZero()
        ? `Your ${what} ${now} is ${s.total.text}, the same as ${before} (${p.total.text}).`
        : `Your ${what} ${now} is ${s.total.text}: ${gap} ${diff.isPositive() ? 'more' : 'less'} than ${before} (${p.total.text}).`;
  // "지난달보다 더 썼어?", "did i spend more than last month?": yes or no first.
  const moreAsked = input.understanding.slots.moreAsked;
  const yes = moreAsked && (moreAsked === 'MORE' ? diff.isPositive() : diff.isNegative());
  const answered = !moreAsked
    ? lead
    : lang === 'ko'
      ? `${yes ? '네' : '아니요'}, ${lead}`
      : `${yes ? 'Yes' : 'No'}: ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`;
  // QA round 21 (spend21). "why did it jump" after the comparison was given: where the rise came from, first (the
  // categories that rose most and the largest payments), the comparison after it.
  const whyAgain =
    input.understanding.slots.changeWhy && input.understanding.slots.categoryRise && diff.isPositive()
      ? riseWhyLine(s, p, now, before, gap, lang)
      : null;
  if (whyAgain) return [whyAgain, answered];
  // QA round 22 (spendfu). "왜 차이나요?" after this month's and last month's food: where the larger month's money went
  // (its places), first — the comparison after it.
  const fallWhy =
    input.understanding.slots.changeWhy && diff.isNegative() && !s.merchant && p.byMerchant?.length
      ? rankedMerchants(p, lang)
          .slice(0, 3)
          .map((m) => `${m.label} ${m.amount.text}`)
      : null;
  if (fallWhy)
    return [
      lang === 'ko'
        ? koText`${now}이/가 ${before}보다 ${gap} 적은 건 ${before}에 ${formatList(fallWhy, lang)}을/를 쓰셨기 때문입니다.`
        : `${capitalised(now.replace(/^in /, ''))} is ${gap} lower than ${before} because ${before} had ${formatList(fallWhy, lang)}.`,
      answered,
      ...(s.complete
        ? []
        : [
            lang === 'ko'
              ? koText`${now}은/는 아직 끝나지 않아 오늘까지의 금액입니다 (${range}, ${formatCount(s.purchaseCount, 'transaction', lang)}).`
              : `${capitalised(now.replace(/^in /, ''))} is still running: this is to date (${range}, ${formatCount(s.purchaseCount, 'transaction', lang)}).`,
          ]),
    ];
  return [
    ...(rise ? [rise] : []),
    answered,
    ...(s.complete
      ? []
      : [
          lang === 'ko'
            ? koText`${now}은/는 아직 끝나지 않아 오늘까지의 금액입니다 (${range}, ${formatCount(s.purchaseCount, 'transaction', lang)}).`
            : // "in the second half of the year" is a phrase of time: the period itself is the subject here.
              `${capitalised(now.replace(/^in /, ''))} is still running: this is to date (${range}, ${formatCount(s.purchaseCount, 'transaction', lang)}).`,
        ]),
    // With the largest rise said first, a rise's list would repeat it: only a fall's list follows.
    ...(s.category || s.merchant || (rise && diff.isPositive()) ? [] : categoryMoves(s, p, diff, lang)),
    // QA round 20 (spend). "why so much?": the places that made it (their names, not only the categories).
    ...(input.understanding.slots.changeWhy && diff.isPositive() && !s.merchant && s.byMerchant?.length
      ? [
          lang === 'ko'
            ? `${now} 가장 많이 쓰신 곳은 ${formatList(
                rankedMerchants(s, lang)
                  .slice(0, 3)
                  .map((m) => `${m.label} ${m.amount.text}`),
                lang,
              )}입니다.`
            : `You spent the most ${now} at ${formatList(
                rankedMerchants(s, lang)
                  .slice(0, 3)
                  .map((m) => `${m.label} ${m.amount.text}`),
                lang,
              )}.`,
        ]
      : []),
  ];
}

/**
 * Where a rise came from, asked after the comparison ("why did it jump", "왜 이렇게 차이나요?"): the categories that
 * rose most (at most two, with their rise in won), then the period's largest payments; null when none rose.
 */
function riseWhyLine(
  s: SpendingSummaryData,
  p: SpendingSummaryData,
  now: string,
  before: string,
  gap: string,
  lang: Lang,
): string | null {
  if (s.category || s.merchant) return null;
  const was = new Map(p.byCategory.map((c) => [c.category, new Decimal(c.amount.amount)]));
  const rises = s.byCategory
    .map((c) => ({ c, d: new Decimal(c.amount.amount).minus(was.get(c.category) ?? 0) }))
    .filter((x) => x.d.isPositive())
    .sort((a, b) => b.d.comparedTo(a.d) || a.c.category.localeCompare(b.c.category))
    .slice(0, 2)
    .map(({ c, d }) =>
      lang === 'ko'
        ? `${phrase('category', c.category, lang)} +${formatWon(d, lang)}`
        : `${phrase('category', c.category, lang)} (+${formatWon(d, lang)})`,
    );
  if (rises.length === 0) return null;
  const largest = rankedMerchants(s, lang)
    .slice(0, 3)
    .map((m) => `${m.label} ${m.amount.text}`);
  if (lang === 'ko')
    return koText`${now}이/가 ${before}보다 ${gap} 많은 건 주로 ${rises.join(', ')} 때문입니다${
      largest.length ? `: 가장 큰 결제는 ${formatList(largest, lang)}입니다` : ''
    }.`;
  return `The ${gap} rise ${now} comes mostly from ${formatList(rises, lang)}${
    largest.length ? `; the largest payments were ${formatList(largest, lang)}` : ''
  }.`;
}

/**
 * "어떤 업종이 제일 많이 늘었어?", "which category grew the most this quarter?": the category whose spending rose most
 * against the period before (in won), with both amounts — or that none rose.
 */
function largestRiseLine(
  s: SpendingSummaryData,
  p: SpendingSummaryData,
  now: string,
  before: string,
  lang: Lang,
): string {
  const was = new Map(p.byCategory.map((c) => [c.category, new Decimal(c.amount.amount)]));
  const rises = s.byCategory
    .map((c) => ({ c, d: new Decimal(c.amount.amount).minus(was.get(c.category) ?? 0) }))
    .filter((x) => x.d.isPositive())
    .sort((a, b) => b.d.comparedTo(a.d) || a.c.category.localeCompare(b.c.category));
  if (rises.length === 0)
    return lang === 'ko'
      ? `${now}에는 ${before}보다 늘어난 업종이 없습니다.`
      : `No category rose ${now} against ${before}.`;
  const { c, d } = rises[0];
  const name = phrase('category', c.category, lang);
  const then = formatWon(was.get(c.category) ?? 0, lang);
  return lang === 'ko'
    ? koText`${before}보다 가장 많이 늘어난 업종은 ${name}으로/로, ${formatWon(d, lang)} 늘었습니다 (${before} ${then} → ${now} ${c.amount.text}).`
    : `The category that rose most ${now} against ${before} is ${name}: up ${formatWon(d, lang)} (${then} → ${c.amount.text}).`;
}

/**
 * "지출이 왜 늘었어요?": the categories that moved most in the direction of the total (at most three), each with its
 * change in won — where the difference came from.
 */
function categoryMoves(s: SpendingSummaryData, p: SpendingSummaryData, diff: Decimal, lang: Lang): string[] {
  if (diff.isZero()) return [];
  const amounts = new Map<string, Decimal>();
  for (const c of s.byCategory) amounts.set(c.category, new Decimal(c.amount.amount));
  for (const c of p.byCategory)
    amounts.set(c.category, (amounts.get(c.category) ?? new Decimal(0)).minus(c.amount.amount));
  const moves = [...amounts]
    .filter(([, d]) => (diff.isPositive() ? d.isPositive() : d.isNegative()))
    .sort(([a, x], [b, y]) => y.abs().comparedTo(x.abs()) || a.localeCompare(b))
    .slice(0, 3)
    .map(
      ([c, d]) => `${phrase('category', c, lang)} ${d.isPositive() ? '+' : '−'}${formatWon(d.abs(), lang)}`,
    );
  if (moves.length === 0) return [];
  return [
    lang === 'ko'
      ? `가장 많이 ${diff.isPositive() ? '늘어난' : '줄어든'} 업종: ${moves.join(', ')}.`
      : `Where it ${diff.isPositive() ? 'grew' : 'fell'} most: ${moves.join(', ')}.`,
  ];
}

/**
 * "Over the last 12 months you spent …": the merchant or category asked about, when this month had nothing there.
 */
/** The span read when a shop has nothing this month and no period was named ("최근 12개월"). */
const WIDER_PERIOD = { kind: 'LAST_N_MONTHS', months: 12 } as const;

function widerSpending(data: TurnData, lang: Lang): string {
  const w = data.spendingWider;
  if (!w || w.purchaseCount === 0) return '';
  const range = dayRange(w.from, w.through, data, lang);
  return lang === 'ko'
    ? ` 최근 12개월에는 ${formatCount(w.purchaseCount, 'transaction', lang)}, ${w.total.text}입니다 (${range}).`
    : ` Over the last 12 months you spent ${w.total.text}${w.merchant ? ' there' : ''} (${formatCount(w.purchaseCount, 'transaction', lang)}, ${range}).`;
}

/** "The latest was …": the newest card payment at the merchant asked about, read when the period had none. */
function lastAtMerchant(data: TurnData, lang: Lang): string {
  const x = data.transactions?.transactions[0];
  if (!x) return '';
  return lang === 'ko'
    ? ` 가장 최근 결제는 ${date(x.occurredAt, data, lang)} ${x.amount.text}입니다.`
    : ` The latest was ${x.amount.text} on ${date(x.occurredAt, data, lang)}.`;
}

/**
 * "해외 결제 막아주세요": blocking use abroad is a setting of the card company's (해외결제 차단 / 해외 사용 제한),
 * switched on in its app or by its 24-hour line — said first; the customer's overseas payments follow.
 */
function overseasBlockLead(lang: Lang): string {
  return lang === 'ko'
    ? '해외 결제 차단은 이 앱에서 대신 설정할 수 없고, 카드사 앱의 해외결제 차단(해외 사용 제한) 메뉴나 24시간 고객센터에서 바로 켤 수 있습니다. 켜 두면 해외 가맹점과 해외 사이트 결제가 승인되지 않고, 출국할 때 기간을 정해 풀 수 있습니다.'
    : 'I can’t change card settings from here: switch on the overseas-payment block in your card company’s app or call its 24-hour line. While it is on, payments at merchants abroad and on foreign websites are declined; you can lift it for the dates of a trip.';
}

/**
 * "카드 할부 남은 거 얼마야?": the principal left on every plan still being billed and next month's instalments first,
 * then each plan; the card company's fee is on top and its statement is what counts.
 */
function instalmentLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const d = data.instalments;
  if (!d)
    return [
      lang === 'ko'
        ? '카드 할부 내역을 지금은 불러올 수 없습니다.'
        : 'I can’t load your card instalments right now.',
    ];
  if (d.plans.length === 0)
    return [
      lang === 'ko'
        ? '지금 갚고 계신 카드 할부는 없습니다.'
        : 'You have no card instalment purchases still being billed.',
    ];
  const n = formatCount(d.plans.length, 'case', lang);
  // "대한항공 할부 몇개월로 했었죠? 한달에 얼마씩 나가요?": that plan first — its months and what each statement carries.
  const asked = input.understanding.slots.merchant;
  const alias = asked ? MERCHANTS.find((m) => m.name === asked)?.alias : undefined;
  const plan = asked
    ? d.plans.find((p) => (alias ? alias.test(p.merchant) : p.merchant.includes(asked)))
    : undefined;
  const planLead = plan
    ? lang === 'ko'
      ? koText`${merchantLabel(plan.merchant, phrase('category', plan.category, lang), lang)} ${plan.amount.text}은/는 ${plan.months}개월 할부로${plan.nextInstalment ? `, 다음 명세서에 ${plan.nextInstalment.text}이 청구됩니다` : ''}: ${formatCount(plan.billed, 'instalment', lang)} 청구, ${formatCount(plan.remaining, 'instalment', lang)} 남음 (남은 원금 ${plan.remainingPrincipal.text}, ${formatMonth(plan.lastMonth, lang)}까지).`
      : `Your ${merchantLabel(plan.merchant, phrase('category', plan.category, lang), lang)} purchase of ${plan.amount.text} is on ${formatCount(plan.months, 'month', lang)} of instalments${plan.nextInstalment ? `, ${plan.nextInstalment.text} on the next statement` : ''}: ${plan.billed} billed, ${plan.remaining} left (${plan.remainingPrincipal.text} of principal, to ${formatMonth(plan.lastMonth, lang)}).`
    : null;
  // "그거 언제까지예요?": the month the last instalment is billed, first (the latest of them when there are several).
  const ending = input.understanding.slots.endsWhen ? (plan ? [plan] : d.plans) : [];
  const endLead = ending.length
    ? (() => {
        const last = ending.reduce((a, p) => (p.lastMonth > a.lastMonth ? p : a));
        const what = merchantLabel(last.merchant, phrase('category', last.category, lang), lang);
        const month = formatMonth(last.lastMonth, lang);
        return lang === 'ko'
          ? koText`${ending.length > 1 ? '남은 카드 할부는 ' : ''}${what} 할부${ending.length > 1 ? '가 가장 늦게' : '는'} ${month} 명세서까지 청구되고, ${formatCount(last.remaining, 'instalment', lang)} 남았습니다 (남은 원금 ${last.remainingPrincipal.text}).`
          : `${ending.length > 1 ? 'The last of your card instalments to end is ' : 'Your '}${what} instalments${ending.length > 1 ? ',' : ''} billed until the ${month} statement, ${formatCount(last.remaining, 'instalment', lang)} left (${last.remainingPrincipal.text} of principal).`;
      })()
    : null;
  // QA round 21 (left20). "그거 한번에 갚을 수 있어?" after the instalments: yes — the principal left (the plan asked, or
  // all of them), paid early in the card company's app; its fee stops for the months not yet billed.
  const prepaid = plan ? [plan] : d.plans;
  const prepayLead = input.understanding.slots.instalmentPrepay
    ? (() => {
        const left = plan ? plan.remainingPrincipal.text : d.remainingPrincipal.text;
        const what = plan
          ? merchantLabel(plan.merchant, phrase('category', plan.category, lang), lang)
          : formatCount(prepaid.length, 'case', lang);
        return lang === 'ko'
          ? koText`네, 남은 카드 할부 원금 ${left}(${what})은/는 카드사 앱이나 고객센터에서 한 번에 미리 갚을(할부 선결제·중도상환) 수 있고, 그러면 아직 청구되지 않은 달의 할부수수료는 붙지 않습니다.`
          : `Yes: the ${left} of card instalment principal left (${what}) can be paid off at once in your card company’s app or on its customer line (early repayment of instalments), and the instalment fee then stops for the months not yet billed.`;
      })()
    : null;
  // QA round 21 (card21). "할부 몇 번 남았어요?", "how many instalments do i have left on the korean air thing", "how much
  // per month": each plan's count left and what a month carries, first (was the principal left; or the jeonse loan).
  const leftLead =
    input.understanding.slots.instalmentsLeft && !endLead
      ? (plan ? [plan] : d.plans).map((p) => {
          const what = merchantLabel(p.merchant, phrase('category', p.category, lang), lang);
          const month = formatMonth(p.lastMonth, lang);
          const each = p.nextInstalment?.text ?? p.remainingPrincipal.text;
          return lang === 'ko'
            ? koText`${what} 할부는 ${p.months}회 중 ${p.remaining}회 남았고, 한 달에 ${each}씩 ${month} 명세서까지 청구됩니다 (남은 원금 ${p.remainingPrincipal.text}, 할부수수료 별도).`
            : `${p.remaining} of ${p.months} instalments are left on your ${what} purchase: ${each} a month until the ${month} statement (${p.remainingPrincipal.text} of principal, plus the card company’s instalment fee).`;
        })
      : [];
  // QA round 28 (helper en28). "which one is the biggest" after the instalment fees: the largest plan, first.
  const biggest = input.understanding.slots.biggestOfList
    ? d.plans.reduce((a, p) => (new Decimal(p.amount.amount).gt(a.amount.amount) ? p : a))
    : undefined;
  const biggestLead = biggest
    ? (() => {
        const what = merchantLabel(biggest.merchant, phrase('category', biggest.category, lang), lang);
        const only = d.plans.length === 1;
        return lang === 'ko'
          ? koText`${only ? '카드 할부는 하나뿐이라 ' : '가장 큰 카드 할부는 '}${what} ${biggest.amount.text}(${biggest.months}개월 할부)입니다: ${formatCount(biggest.remaining, 'instalment', lang)} 남았고 남은 원금은 ${biggest.remainingPrincipal.text}입니다.`
          : `${only ? 'There is only one, so the biggest is' : 'The biggest is'} your ${what} purchase of ${biggest.amount.text} over ${formatCount(biggest.months, 'month', lang)}: ${biggest.remaining} left, ${biggest.remainingPrincipal.text} of principal.`;
      })()
    : null;
  return [
    ...(biggestLead ? [biggestLead] : []),
    ...(prepayLead ? [prepayLead] : []),
    ...(endLead ? [endLead] : []),
    ...leftLead,
    ...(planLead && leftLead.length === 0 ? [planLead] : []),
    lang === 'ko'
      ? `카드 할부로 남은 원금은 모두 ${d.remainingPrincipal.text}입니다 (${n}, 할부수수료 별도). 다음 달 명세서에 오를 할부 원금은 ${d.nextInstalments.text}입니다.`
      : `You have ${d.remainingPrincipal.text} of card instalment principal left (${n}, the card company’s instalment fee on top); next month’s statement carries ${d.nextInstalments.text} of it.`,
    ...d.plans.map((p) => {
      const merchant = merchantLabel(p.merchant, phrase('category', p.category, lang), lang);
      const end = formatMonth(p.lastMonth, lang);
      return lang === 'ko'
        ? `- ${date(p.purchasedOn, data, lang)} ${merchant} ${p.amount.text} ${p.months}개월 할부: ${formatCount(p.billed, 'instalment', lang)} 청구, ${formatCount(p.remaining, 'instalment', lang)} 남음 (남은 원금 ${p.remainingPrincipal.text}, ${end}까지)`
        : `- ${date(p.purchasedOn, data, lang)} ${merchant} ${p.amount.text} over ${formatCount(p.months, 'month', lang)}: ${p.billed} billed, ${p.remaining} left (${p.remainingPrincipal.text} of principal, to ${end})`;
    }),
    lang === 'ko'
      ? '원금은 개월 수로 똑같이 나눠(원 단위 나머지는 첫 회차) 구매 다음 달 명세서부터 청구된다고 보고 계산했습니다. 정확한 금액과 수수료는 카드사 명세서가 기준이고, 남은 할부는 카드사 앱에서 한 번에 미리 갚을(선결제) 수 있습니다.'
      : 'Worked out as the principal split equally over the months (the won left over on the first) and billed from the statement after the purchase month; the card company’s statement, with its fee, is what counts, and its app lets you pay the rest early.',
  ];
}

/**
 * "카드 정지하고 싶어요": stopping a card is the card company's switch (일시정지, or 분실·도난 신고 when it is gone),
 * said first with where; the recent transactions follow so the customer can check them.
 */
/**
 * "카드 해지하고 싶어요": the card company closes it (fingraph cannot); what a closing does not end comes first with the
 * customer's own figures — instalments still billed (the card company may ask for the rest at once), this month's
 * spending billed on the payment date — then points, auto-payments and the annual fee's unused part (신용카드
 * 개인회원 표준약관: refunded by the days left).
 */
function cardCloseLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const plans = data.instalments?.plans ?? [];
  const left = data.instalments?.remainingPrincipal;
  const s = data.spendingSummary;
  const owed = [
    ...(plans.length > 0 && left
      ? [
          lang === 'ko'
            ? koText`남은 할부 원금 ${left.text}(${formatCount(plans.length, 'case', lang)})은/는 해지해도 없어지지 않아 계속 청구되거나, 카드사에 따라 한 번에 결제해야 합니다`
            : `the ${left.text} of instalment principal left (${formatCount(plans.length, 'case', lang)}) does not go away: it keeps being billed, or the card company asks for it at once`,
        ]
      : []),
    ...(s && new Decimal(s.total.amount).gt(0)
      ? [
          lang === 'ko'
            ? koText`이번 달 사용액 ${s.total.text}은/는 결제일에 그대로 청구됩니다`
            : `this month's ${s.total.text} of spending is still billed on the payment date`,
        ]
      : []),
  ];
  return [
    lang === 'ko'
      ? '카드 해지는 이 앱에서 대신 할 수 없고, 카드사 앱이나 고객센터에서 바로 신청하실 수 있습니다.'
      : 'I can’t close a card from here: the card company does it in its app or on its customer line, at once.',
    ...(owed.length > 0
      ? [
          lang === 'ko'
            ? `해지 전에 알아 두실 것: ${owed.join(', ')}.`
            : `Before you close it: ${owed.join('; ')}.`,
        ]
      : []),
    ...steps(lang, [
      lang === 'ko'
        ? '남은 포인트는 해지하면 사라질 수 있으니 먼저 쓰거나 카드포인트 통합조회(cardpoint.or.kr)에서 현금으로 바꾸세요.'
        : 'Use or cash out the card’s points first (cardpoint.or.kr): they can lapse on closing.',
      lang === 'ko'
        ? '통신요금·구독 같은 정기결제를 다른 카드나 계좌로 옮겨 두세요.'
        : 'Move phone bills, subscriptions and other regular payments to another card or account.',
      lang === 'ko'
        ? '연회비는 남은 기간만큼 일할 계산해 돌려받을 수 있습니다(신용카드 개인회원 표준약관).'
        : 'The unused part of the annual fee is refunded by the days left (the standard credit-card terms).',
    ]),
  ];
}

function cardSuspendLead(lang: Lang): string {
  return lang === 'ko'
    ? '카드 정지는 이 앱에서 대신 할 수 없고, 카드사 앱의 카드 일시정지 메뉴나 24시간 고객센터에서 바로 할 수 있습니다. 카드를 잃어버렸거나 도난당했다면 일시정지가 아니라 분실·도난 신고를 하셔야 그 뒤의 부정 사용을 보상받을 수 있고, 모르는 결제가 있으면 "제가 결제하지 않은 게 있어요"라고 말씀해 주세요.'
    : 'I can’t stop a card from here: use the temporary-suspension switch in the card company’s app or call its 24-hour line. If the card is lost or stolen, report it as lost or stolen rather than only suspending it — that is what covers misuse after the report — and if you see a payment you did not make, tell me "there’s a charge I didn’t make".';
}

/**
 * "내 카드 몇 장이야?", "what cards do I have?": how many cards are open, then each — issuer, product, credit or check,
 * since when — and the closed ones apart; no card number is held or shown.
 */
function cardListLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const cards = data.cards?.cards ?? [];
  const open = cards.filter((c) => !c.closedOn);
  const closed = cards.filter((c) => c.closedOn);
  const line = (c: (typeof cards)[number]) =>
    lang === 'ko'
      ? `- ${c.issuer} ${merchantLabel(c.product, phrase('cardType', c.cardType, lang), lang)} (${phrase('cardType', c.cardType, lang)}, ${date(c.issuedOn, data, lang)} 발급${c.closedOn ? `, ${date(c.closedOn, data, lang)} 해지` : ''})`
      : `- ${c.issuer} ${merchantLabel(c.product, phrase('cardType', c.cardType, lang), lang)} (${phrase('cardType', c.cardType, lang)}, issued ${date(c.issuedOn, data, lang)}${c.closedOn ? `, closed ${date(c.closedOn, data, lang)}` : ''})`;
  if (cards.length === 0) return [lang === 'ko' ? '등록된 카드가 없습니다.' : 'You have no card on record.'];
  return [
    lang === 'ko'
      ? `지금 쓰고 계신 카드는 ${formatCount(open.length, 'card', lang)}입니다${closed.length ? ` (해지한 카드 ${formatCount(closed.length, 'card', lang)} 제외)` : ''}.`
      : `You have ${formatCount(open.length, 'card', lang)} open${closed.length ? ` (and ${closed.length} closed)` : ''}.`,
    ...open.map(line),
    ...closed.map(line),
  ];
}

/**
 * "카드 결제가 안 돼요", "my card was declined": the reason is the card company's, which fingraph does not see
 * (authorisations are not imported) — where to find it and the usual reasons first; then this month's card use so
 * far (against a limit only the card company holds) and the flagged transactions a fraud block may follow.
 */
function cardDeclinedLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const s = data.spendingSummary;
  const a = data.anomalies;
  return [
    lang === 'ko'
      ? '카드 결제가 거절된 이유는 승인을 거절한 카드사만 알 수 있어, 카드사 앱이나 고객센터에서 거절 사유를 확인하셔야 합니다. 흔한 이유는 한도 초과, 카드대금 연체, 부정사용 의심으로 인한 일시 정지, 해외·온라인 결제 차단 설정, 유효기간 만료나 비밀번호 오류입니다.'
      : 'Only the card company that declined the payment knows why: check the reason in its app or with its helpline. The usual ones are a limit reached, an unpaid card bill, a temporary block for suspected fraud, overseas or online payments switched off, an expired card or a wrong PIN.',
    ...(s
      ? [
          lang === 'ko'
            ? koText`이번 달 카드 사용액은 지금까지 ${s.total.text}입니다 (${formatCount(s.purchaseCount, 'transaction', lang)}, ${date(s.from, data, lang)} ~ ${date(s.through, data, lang)}). 카드 한도는 카드사가 정하므로 앱에서 남은 한도를 함께 확인하세요.`
            : `Your card spending this month so far is ${s.total.text} (${formatCount(s.purchaseCount, 'transaction', lang)}, ${date(s.from, data, lang)} to ${date(s.through, data, lang)}); the limit is the card company's, so check what is left of it in its app.`,
        ]
      : []),
    ...(a && a.flaggedCount > 0
      ? [
          lang === 'ko'
            ? '부정사용 의심으로 막혔을 수도 있습니다. 평소와 달라 확인이 필요한 거래는 아래와 같고, 본인이 한 거래라면 카드사에 알리면 정지가 풀립니다.'
            : 'A fraud block is possible: these transactions look unusual; if they were yours, telling the card company lifts the block.',
          ...flaggedLines(input),
        ]
      : []),
  ];
}

function transactions(input: IntentReplyInput): string[] {
  const lang = input.language;
  if (input.understanding.slots.instalmentPlan) return instalmentPlanLines(input);
  if (input.understanding.slots.request === 'CARD_DECLINED') return cardDeclinedLines(input);
  // "카드 포인트 얼마 있어요?": points are the card company's; where to see all of them at once, then the transactions.
  if (input.understanding.slots.request === 'CARD_POINTS')
    return [
      lang === 'ko'
        ? '카드 포인트는 카드사가 관리해 이 앱에는 들어와 있지 않습니다. 카드사 앱에서 보거나, 여신금융협회 카드포인트 통합조회(cardpoint.or.kr)나 금융결제원 어카운트인포에서 모든 카드의 포인트를 한 번에 조회하고 현금으로 바꿀 수 있습니다.'
        : 'Card points are held by the card companies, not by this app: see them in each card app, or all at once — and cash them out — on the Credit Finance Association’s card-point lookup (cardpoint.or.kr) or KFTC’s Account Info.',
      ...transactionLines(input),
    ];
  // "카드값 결제 계좌 바꾸고 싶어요": the card company's setting, or every auto-debit at once through payinfo.
  if (input.understanding.slots.request === 'AUTO_DEBIT_ACCOUNT')
    return [
      lang === 'ko'
        ? '카드대금 결제계좌 변경은 이 앱에서 대신 할 수 없고, 카드사 앱이나 고객센터에서 신청하실 수 있습니다. 카드대금·통신요금·보험료 같은 자동이체를 새 계좌로 한 번에 옮기려면 금융결제원 계좌이동서비스(페이인포, payinfo.or.kr)를 이용하세요. 변경이 처리되기 전 결제일에는 지금 계좌에서 빠져나갈 수 있으니 잔액을 확인해 두세요.'
        : 'I can’t change the card’s payment account from here: the card company does it in its app or at its customer centre. To move card bills, phone and insurance debits to a new account at once, use KFTC’s account switching service (payinfo.or.kr). A bill due before the change goes through may still be taken from the current account, so keep enough there.',
    ];
  if (input.understanding.slots.cardList) return cardListLines(input);
  if (input.understanding.slots.request === 'CARD_CLOSE') return cardCloseLines(input);
  if (input.understanding.slots.instalments) return instalmentLines(input);
  const request = input.understanding.slots.request;
  const lead =
    request === 'OVERSEAS_BLOCK'
      ? [overseasBlockLead(lang)]
      : request === 'CARD_DUE_DATE'
        ? [cardDueDateLead(lang)]
        : request === 'CARD_SUSPEND'
          ? [cardSuspendLead(lang)]
          : input.understanding.slots.refundWhen
            ? [refundTimingLead(lang)]
            : [];
  return [...lead, ...transactionLines(input)];
}

/**
 * "결제 취소했는데 환불 언제 돼요?": a cancellation reaches the card in days, not at once — before the merchant's
 * acquisition the approval is simply cancelled, after it the card company refunds once the merchant's cancellation
 * arrives (a bill already paid: the next statement, or back to the account). Then the refunds on record.
 */
function refundTimingLead(lang: Lang): string {
  return lang === 'ko'
    ? '카드 결제를 취소하면 가맹점이 아직 매입하지 않은 결제는 보통 즉시 또는 2~3영업일 안에 승인이 취소되고, 이미 매입된 결제는 가맹점이 취소를 처리한 뒤 3~7영업일쯤 걸립니다. 이미 결제일에 낸 금액이면 다음 명세서에서 빠지거나 카드사가 결제계좌로 돌려줍니다. 일주일이 넘도록 보이지 않으면 가맹점에 취소가 처리됐는지 확인한 뒤 카드사에 문의하세요.'
    : 'A cancelled card payment does not come back at once: if the merchant had not yet settled it, the approval is usually cancelled within 2–3 business days; if it had, the refund arrives about 3–7 business days after the merchant processes the cancellation. If you already paid that bill, it comes off your next statement or is paid back to your account. If nothing shows after a week, check with the merchant that the cancellation went through, then ask the card company.';
}

/**
 * "같은 거 두 번 결제됐어요", "I was charged twice": the pairs of equal charges at one merchant within 72 hours (not
 * refunded since) first, or that none was found among the transactions searched; then how to get one cancelled —
 * the merchant first, then the card company's dispute.
 */
function duplicateLines(
  t: TransactionsData,
  pairs: NonNullable<TransactionsData['duplicates']>,
  data: TurnData,
  lang: Lang,
): string[] {
  const searched = formatCount(t.searched ?? t.transactions.length, 'transaction', lang);
  const at = (iso: string) => date(iso.slice(0, 10), data, lang);
  if (pairs.length === 0)
    return [
      lang === 'ko'
        ? `최근 카드 거래 ${searched} 중에 같은 가맹점에서 같은 금액이 3일 안에 두 번 결제된 건은 없습니다.`
        : `Among your latest ${searched} I found no purchase charged twice (the same merchant and amount within 3 days).`,
      lang === 'ko'
        ? '승인이 두 번 났다가 한 건이 곧 취소되는 경우도 있으니, 카드사 앱의 승인 내역에서 취소 여부를 확인해 보세요. 그래도 두 번 청구되었다면 카드사 고객센터에 이의제기를 하시면 됩니다.'
        : 'A payment is sometimes authorised twice and one of the two cancelled shortly after: check the approvals in your card company’s app. If you are still billed twice, dispute it with the card company.',
    ];
  return [
    lang === 'ko'
      ? `같은 가맹점에서 같은 금액이 3일 안에 두 번 결제된 건이 ${formatCount(pairs.length, 'transaction', lang)} 있습니다 (최근 카드 거래 ${searched} 중).`
      : `${formatCount(pairs.length, 'transaction', lang)} look${pairs.length === 1 ? 's' : ''} charged twice (the same merchant and amount within 3 days, among your latest ${searched}).`,
    ...pairs.map((p) => {
      const merchant = merchantLabel(p.merchant, phrase('category', p.category, lang), lang);
      const days = at(p.first) === at(p.second) ? at(p.first) : `${at(p.first)} · ${at(p.second)}`;
      return lang === 'ko'
        ? `- ${days} ${merchant} ${p.amount.text} 두 번`
        : `- ${days} ${merchant} ${p.amount.text} twice`;
    }),
    ...steps(lang, [
      lang === 'ko'
        ? '실제로 두 번 산 것이 아니라면 먼저 가맹점에 한 건 취소를 요청하세요.'
        : 'If you did not buy it twice, ask the merchant to cancel one of the two first.',
      lang === 'ko'
        ? '가맹점이 취소해 주지 않으면 카드사 고객센터에 이의제기(매출 취소 요청)를 하세요. 카드사가 가맹점에 확인해 처리합니다.'
        : 'If the merchant does not, dispute the charge with your card company; it checks with the merchant and reverses it.',
    ]),
  ];
}

function transactionLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const t = data.transactions;
  if (!t)
    return [
      lang === 'ko'
        ? '카드 거래를 지금은 불러올 수 없습니다.'
        : 'I can’t load your card transactions right now.',
    ];
  if (t.duplicates) return duplicateLines(t, t.duplicates, data, lang);
  const filter = t.filter ?? {};
  // "오늘 결제한 거 있어?": the period named, its days, instead of "recent".
  const asked = input.understanding.slots.period;
  const when =
    filter.period &&
    (filter.period.kind === 'DATES' && (asked?.kind === 'DATES' || asked?.kind === 'LAST_N_DAYS')
      ? periodPhrase(asked, lang)
      : apiPeriodPhrase(filter.period, lang));
  const days = filter.period && dayRange(filter.period.from, filter.period.through, data, lang);
  const what =
    lang === 'ko'
      ? `${when ? `${when}(${days}) ` : ''}${filter.merchant ? `${quoteData(filter.merchant)} ` : ''}${when ? '' : '최근 '}${filter.amount !== undefined ? `${filter.approximate ? '약 ' : ''}${formatWon(filter.amount, lang)} ` : ''}${filter.night ? '새벽(0~6시) ' : ''}${filter.overseas ? '해외 ' : ''}카드 ${filter.refunds ? '환불' : '거래'}`
      : `${when ? '' : 'recent '}${filter.amount !== undefined && !filter.approximate ? `${formatWon(filter.amount, lang)} ` : ''}${filter.night ? 'late-night (midnight to 6 a.m.) ' : ''}${filter.overseas ? 'overseas ' : ''}card ${filter.refunds ? 'refunds' : 'transactions'}${filter.amount !== undefined && filter.approximate ? ` of about ${formatWon(filter.amount, lang)}` : ''}${filter.merchant ? ` at ${quoteData(merchantDisplayName(filter.merchant, lang))}` : ''}${when ? ` ${filter.period!.months ? 'in ' : ''}${when} (${days})` : ''}`;
  const label = (x: { merchant: string; category: string }) =>
    merchantLabel(x.merchant, phrase('category', x.category, lang), lang);
  // QA round 26 (en2). "the Marriott charge was refunded right?", "did I get a refund from marriott": no, first — with
  // the charges still standing.
  if (t.transactions.length === 0 && filter.refunds && filter.merchant && t.charges?.length) {
    const name = quoteData(lang === 'ko' ? filter.merchant : merchantDisplayName(filter.merchant, lang));
    const charged = t.charges.map((x) =>
      lang === 'ko'
        ? `${date(x.occurredAt, data, lang)} ${x.amount.text}`
        : `${x.amount.text} (${date(x.occurredAt, data, lang)})`,
    );
    const searched = t.searched ? formatCount(t.searched, 'transaction', lang) : null;
    return [
      lang === 'ko'
        ? koText`아니요, ${name} 환불이나 취소는 ${searched ? `최근 ${searched} 중에 ` : ''}없습니다: ${name} 결제 ${t.charges.length}건(${formatList(charged, lang)})은 그대로 청구되어 있습니다.`
        : `No — there is no refund or cancellation from ${name}${searched ? ` among your last ${searched}` : ''}: its charge${charged.length === 1 ? '' : 's'} of ${formatList(charged, lang)} still stand${charged.length === 1 ? 's' : ''}.`,
      lang === 'ko'
        ? '환불을 약속받으셨다면 가맹점의 취소가 카드사에 들어와야 반영되니(보통 며칠, 해외 가맹점은 더 걸릴 수 있습니다), 가맹점에 취소 처리 여부를 확인하고 카드사에도 문의해 보세요.'
        : 'If a refund was promised, it shows once the merchant’s cancellation reaches the card company (usually a few days, longer for a merchant abroad): check with the merchant that it was processed, and ask the card company.',
    ];
  }
  if (t.transactions.length === 0) {
    // "어제 뭐 샀지?" → none that day, and when the last purchase was.
    const before = t.latest;
    return [
      lang === 'ko'
        ? koText`${what}이/가 없습니다${t.searched ? ` (최근 ${formatCount(t.searched, 'transaction', lang)} 중)` : ''}.`
        : `You ${filter.period && filter.period.through.slice(0, 10) < data.asOf ? 'had' : 'have'} no ${what}${t.searched ? ` among the last ${formatCount(t.searched, 'transaction', lang)}` : ''}.`,
      ...(before
        ? [
            lang === 'ko'
              ? `가장 최근 카드 거래는 ${date(before.occurredAt, data, lang)} ${label(before)} ${before.amount.text}입니다.`
              : `Your latest card transaction is ${before.amount.text} at ${label(before)} on ${date(before.occurredAt, data, lang)}.`,
          ]
        : []),
    ];
  }
  // A night-time question shows the time of each payment ("0시 16분" / "00:16").
  const at = (iso: string) =>
    filter.night
      ? ` ${lang === 'ko' ? `${Number(iso.slice(11, 13))}시 ${Number(iso.slice(14, 16))}분` : iso.slice(11, 16)}`
      : '';
  const rows = t.transactions.map(
    (x) =>
      `- ${date(x.occurredAt, data, lang)}${at(x.occurredAt)} ${merchantLabel(x.merchant, phrase('category', x.category, lang), lang)} ${x.amount.text}${x.overseas ? (lang === 'ko' ? ' (해외)' : ' (abroad)') : ''}`,
  );
  const first = t.transactions[0];
  // "이번 달 제일 큰 지출이 뭐야?": the largest first, said as such.
  if (filter.largest)
    return [
      lang === 'ko'
        ? `${what} 가운데 가장 큰 것은 ${date(first.occurredAt, data, lang)} ${label(first)} ${first.amount.text}입니다 (큰 순서로 ${formatCount(t.transactions.length, 'transaction', lang)}${t.searched ? `, 최근 ${formatCount(t.searched, 'transaction', lang)} 중` : ''}).`
        : `The largest of your ${what} is ${first.amount.text} at ${label(first)} on ${date(first.occurredAt, data, lang)} (${formatCount(t.transactions.length, 'transaction', lang)}, largest first${t.searched ? `, among the last ${t.searched}` : ''}).`,
      ...rows,
    ];
  // "모르는 결제가 있어요 68500원": the same amount on about the same day of three or more months is a recurring charge.
  const monthDays = t.transactions.map((x) => Number(x.occurredAt.slice(8, 10)));
  const recurring =
    filter.amount !== undefined && isRecurringCharge(t.transactions)
      ? [
          lang === 'ko'
            ? `매달 ${Math.min(...monthDays)}일 무렵 같은 금액이 결제되어, ${phrase('category', first.category, lang)} 요금 같은 정기 결제로 보입니다.`
            : `The same amount is charged around the ${formatOrdinal(Math.min(...monthDays))} of each month: it looks like a recurring ${phrase('category', first.category, lang)} charge.`,
        ]
      : [];
  // "새벽에 결제된 거 있어? 무서워": what to do about one they do not know, after the list.
  const unknown = filter.night
    ? [
        lang === 'ko'
          ? '이 중 모르는 결제가 있으면 바로 카드사 앱이나 고객센터에서 카드 사용을 정지하고 이의제기를 하세요.'
          : 'If you don’t recognise one of them, suspend the card in your card company’s app or by phone right away and dispute the charge.',
      ]
    : [];
  // A list cut at the count shown is the latest of them, not all of them ("이번 달 카드 거래 5건입니다" read as the month's
  // count; "몇 건 했어요?" is the spending answer's count).
  const capped = t.transactions.length >= (input.understanding.slots.count ?? TRANSACTIONS_SHOWN);
  const n = formatCount(t.transactions.length, 'transaction', lang);
  return [
    lang === 'ko'
      ? `${capped ? `${what.replace(/^최근 /, '')} 중 최근 ${n}` : `${what} ${n}`}입니다. 가장 최근은 ${date(first.occurredAt, data, lang)}${at(first.occurredAt)} ${label(first)} ${first.amount.text}입니다.`
      : when
        ? `Your ${what}: ${capped ? `the latest ${n} shown` : n}, the latest ${first.amount.text} at ${label(first)} on ${date(first.occurredAt, data, lang)}${at(first.occurredAt)}.`
        : `Your ${what} (${capped ? `the latest ${t.transactions.length}` : t.transactions.length}): the latest is ${first.amount.text} at ${label(first)} on ${date(first.occurredAt, data, lang)}${at(first.occurredAt)}.`,
    ...rows,
    ...recurring,
    ...unknown,
  ];
}

/**
 * "카드 분실했어요": stop the card first. Lost-card liability: the card company bears unauthorised use from 60 days
 * before the report (여신전문금융업법 제16조), unless the holder was at fault (a PIN written down or shared).
 */
function lostCardLead(lang: Lang): string[] {
  return lang === 'ko'
    ? [
        '카드를 잃어버리셨다면 지금 바로 카드사 앱이나 고객센터(24시간)에서 분실·도난 신고를 하세요. 신고하는 즉시 카드가 정지됩니다.',
        '신고 전 60일 이내에 생긴 부정사용도 카드사에 보상을 신청할 수 있습니다 (여신전문금융업법 제16조; 비밀번호 관리 소홀 등 본인 과실이 있으면 일부 책임).',
      ]
    : [
        'If your card is lost or stolen, report it now in the card app or to the card company’s 24-hour line: the card is stopped at once.',
        'Unauthorised use from up to 60 days before your report can be claimed from the card company (Specialized Credit Finance Business Act, art. 16), unless you were at fault, e.g. with your PIN.',
      ];
}

/**
 * "분실신고 하면 재발급은 얼마나 걸려요?", "how long for a new card?": where it is asked for and how long it takes —
 * the card company's; a replacement comes with a new number, so payments set up on the old card move.
 */
function reissueLead(lang: Lang): string {
  return lang === 'ko'
    ? '재발급은 분실·도난 신고 뒤 카드사 앱이나 고객센터에서 바로 신청할 수 있고, 새 카드는 보통 영업일 기준 3~7일 안에 배송됩니다 (영업점에서 바로 받을 수 있는 카드사도 있습니다). 새 카드는 번호가 바뀌니, 옛 카드로 걸어 둔 정기결제·간편결제는 새 번호로 다시 등록하세요.'
    : 'You can ask for a replacement in the card app or from the card company’s line as soon as the card is reported; it usually arrives within 3–7 business days (some card companies hand one over at a branch). The new card has a new number, so move any subscriptions or wallets set up on the old one.';
}

/**
 * "돈 돌려받을 수 있어요?", "will I get my money back?" about a charge they did not make: yes, once reported — the card
 * company answers for unauthorised use from 60 days before the report on (여신전문금융업법 제16조), less any share the
 * customer's own fault (a PIN shared or written down) carries; after the report it is the card company's in full.
 */
function fraudRefundLead(lang: Lang): string {
  return lang === 'ko'
    ? '네, 신고하시면 돌려받을 수 있습니다: 카드사는 분실·도난 신고를 받은 날부터 60일 전까지 생긴 부정사용 금액을 보상해야 하고(여신전문금융업법 제16조), 신고 뒤의 사용분은 전액 카드사 책임입니다. 다만 비밀번호를 알려 주었거나 카드를 빌려준 것처럼 본인 과실이 있으면 일부를 부담할 수 있고, 카드사 조사 뒤 청구가 취소되거나 환급됩니다.'
    : 'Yes, once you report it: the card company must cover unauthorised use from 60 days before the day you report the card lost or stolen (Specialized Credit Finance Business Act, art. 16), and anything after the report is entirely theirs. If you were at fault — a PIN shared or the card lent — you may bear part of it; after the card company investigates, the charge is cancelled or refunded.';
}

/**
 * QA round 22 (carefu). After the flagged charges: "메리어트 그거 제가 쓴건데" (that one is fine, the remaining flagged
 * ones and their dates next), "그럼 다른건 괜찮아요?" (the remaining ones, first), "카드 정지해야돼요?" (no, unless one is
 * not theirs). Null without flagged charges.
 */
function clearedChargeLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const slots = input.understanding.slots;
  const a = data.anomalies;
  if (!a || a.flagged.length === 0) return null;
  const key = (slots.clearedMerchant ?? slots.merchant ?? '').toLowerCase();
  // QA round 24 (en24b). "it was my hotel in osaka": the flagged charge of that kind, by its merchant's name.
  const KIND: Record<NonNullable<CounselSlots['clearedKind']>, RegExp> = {
    HOTEL:
      /marriott|hilton|hyatt|hotel|resort|westin|sheraton|ibis|intercontinental|shilla|airbnb|agoda|booking|ryokan|inn\b|호텔|숙박/i,
    FLIGHT: /\bair\b|airlines?|airways|항공|jeju ?air|jin ?air|t'?way|peach/i,
    DUTY_FREE: /duty ?free|면세/i,
  };
  const byKey = key ? a.flagged.filter((f) => f.merchant.toLowerCase().includes(key)) : [];
  const mine =
    byKey.length === 0 && slots.clearedKind
      ? a.flagged.filter((f) => KIND[slots.clearedKind!].test(f.merchant))
      : byKey;
  const rest = a.flagged.filter((f) => !mine.includes(f));
  const label = (f: AnomaliesData['flagged'][number]) =>
    ko
      ? `${date(f.occurredAt, data, lang)} ${merchantLabel(f.merchant, phrase('category', f.category, lang), lang)} ${f.amount.text}`
      : `${merchantLabel(f.merchant, phrase('category', f.category, lang), lang)} ${f.amount.text} on ${date(f.occurredAt, data, lang)}`;
  const list = (xs: string[]) =>
    ko || xs.length < 2 ? xs.join(', ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
  const days = [...a.flagged].map((f) => f.occurredAt.slice(0, 10)).sort();
  const span =
    days[0] === days[days.length - 1]
      ? date(days[0], data, lang)
      : ko
        ? `${date(days[0], data, lang)}~${date(days[days.length - 1], data, lang)}`
        : `${date(days[0], data, lang)} – ${date(days[days.length - 1], data, lang)}`;
  const restList = list(rest.map(label));
  const restLine =
    rest.length === 0
      ? ko
        ? '확인이 필요하다고 표시된 다른 결제는 없습니다.'
        : 'No other payment is flagged.'
      : ko
        ? koText`확인이 필요한 나머지 ${formatCount(rest.length, 'transaction', lang)}은/는 ${restList}으로/로, 모두 같은 기간(${span})의 결제입니다: 이것도 본인이 쓰신 거면 따로 하실 일은 없습니다.`
        : `The other ${rest.length === 1 ? 'flagged one is' : `${rest.length} flagged ones are`} ${restList} — all from the same days (${span}); if ${rest.length === 1 ? 'that was' : 'those were'} you too, there is nothing to do.`;
  const onlyIf = ko
    ? "모르는 결제가 있을 때만 그 거래를 앱에서 '내가 하지 않은 거래'로 신고하고 카드사 앱이나 24시간 고객센터에서 카드를 정지하세요."
    : 'Only if one of them was not you: report it with "Not me" on that transaction in the app and suspend the card in the card app or on the card company’s 24-hour line.';
  if (slots.stopAsked)
    return [
      ko
        ? koText`본인이 쓰신 결제라면 카드를 정지하지 않으셔도 됩니다: 확인이 필요한 ${formatCount(a.flagged.length, 'transaction', lang)}(${list(a.flagged.map(label))})이/가 모두 본인 결제면 문제없고, 모르는 결제가 하나라도 있으면 그때 바로 정지하세요.`
        : `Not if they were yours: if the ${a.flagged.length} flagged payments (${list(a.flagged.map(label))}) were all you, there is nothing to stop; if any one was not, suspend the card right away.`,
      ko
        ? '정지는 카드사 앱의 일시정지 메뉴나 24시간 고객센터에서 바로 할 수 있습니다.'
        : 'You can suspend it at once in the card app or on the card company’s 24-hour line.',
    ];
  const out: string[] = [];
  if (slots.ownCharge && mine.length > 0)
    out.push(
      // QA round 24 (en24b): reassurance first — no problem, nothing to do.
      ko
        ? koText`괜찮습니다! 본인이 결제하신 거면 ${list(mine.map(label))}은/는 문제없고 따로 하실 일은 없습니다.`
        : `No problem at all — ${list(mine.map(label))} was your own payment, so there is nothing to do.`,
    );
  else if (slots.ownCharge)
    out.push(
      ko
        ? '괜찮습니다! 본인이 결제하신 거면 따로 하실 일은 없습니다.'
        : 'No problem at all — if it was your own payment, there is nothing to do.',
    );
  out.push(restLine, onlyIf);
  return out;
}

/**
 * QA round 22 (carefu). One charge asked about by merchant ("was that me?"): its amount, where and when, and the other
 * flagged payments of the same days (a trip's) — null unless exactly one transaction matched.
 */
function oneChargeLead(input: IntentReplyInput): string | null {
  const { data, language: lang } = input;
  const txs = data.transactions?.transactions ?? [];
  if (txs.length !== 1) return null;
  const x = txs[0];
  const others = (data.anomalies?.flagged ?? []).filter(
    (f) =>
      f.merchant !== x.merchant &&
      Math.abs(daysBetween(f.occurredAt.slice(0, 10), x.occurredAt.slice(0, 10))) <= 14,
  );
  const where = merchantLabel(x.merchant, phrase('category', x.category, lang), lang);
  const abroad = x.overseas ? (lang === 'ko' ? '해외에서 ' : ' abroad') : '';
  const items = others.map((f) =>
    lang === 'ko'
      ? `${date(f.occurredAt, data, lang)} ${merchantLabel(f.merchant, phrase('category', f.category, lang), lang)} ${f.amount.text}`
      : `${merchantLabel(f.merchant, phrase('category', f.category, lang), lang)} ${f.amount.text} on ${date(f.occurredAt, data, lang)}`,
  );
  const near =
    lang === 'ko' || items.length < 2
      ? items.join(', ')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  // QA round 24 (en24b): "during the same trip (Thu 1 Oct – Tue 13 Oct)", not "the same days as … on Thu 1 Oct" for a
  // charge of 12 Oct; the same days when this charge was not abroad.
  const days = [x, ...others].map((f) => f.occurredAt.slice(0, 10)).sort();
  const span = `${date(days[0], data, lang)} – ${date(days[days.length - 1], data, lang)}`;
  const together = x.overseas ? `during the same trip (${span})` : `in the same days (${span})`;
  return lang === 'ko'
    ? koText`${date(x.occurredAt, data, lang)} ${abroad}${where}에서 결제된 ${x.amount.text}입니다${near ? `: 같은 무렵에 ${near} 결제도 있어요` : ''}. 본인이 쓴 게 아니면 앱에서 '내가 하지 않은 거래'로 신고하고 카드를 정지하세요.`
    : `It’s ${x.amount.text} at ${where}${abroad} on ${date(x.occurredAt, data, lang)}${near ? `, made ${together} as ${near}` : ''}; if it wasn’t you, tap "Not me" on it in the app and suspend the card.`;
}

type ChargeRow = TransactionsData['transactions'][number];

/** QA round 25 (left25c). The flagged transaction a card transaction is, if it is one (the same moment and amount). */
function flaggedOf(x: ChargeRow, data: TurnData): AnomaliesData['flagged'][number] | undefined {
  return data.anomalies?.flagged.find(
    (f) => f.occurredAt === x.occurredAt && new Decimal(f.amount.amount).eq(x.amount.amount),
  );
}

/** QA round 25 (left25c). The charge repeated monthly (customer.recurringCharges) a transaction is one of, if any. */
function recurringOf(x: ChargeRow, data: TurnData): RecurringData['charges'][number] | undefined {
  return data.recurring?.charges.find(
    (c) => c.category === x.category && new Decimal(c.amount.amount).eq(x.amount.amount),
  );
}

/** QA round 25 (left25c). When a charge repeated monthly comes next: its usual day from today on, after its last month. */
function nextChargeOn(c: RecurringData['charges'][number], today: string): string {
  const on = resolveDay({ kind: 'DAY_OF_MONTH', day: c.usualDay }, today);
  return on.slice(0, 7) === c.lastChargedOn.slice(0, 7)
    ? resolveDay({ kind: 'NEXT_MONTH_DAY', day: c.usualDay }, on)
    : on;
}

/**
 * QA round 25 (left25c). A card charge asked what it is ("AMAZON.COM 19700원 이거 뭐예요?", "what is this 68,500 charge
 * every month", "면세점 46만원 이거 뭐예요", "what's the duty free charge"): that charge first — its day, merchant,
 * amount and category, the trip abroad it was paid in, the card, how many times, whether it recurs (and when it comes
 * next) — and, only when it is itself flagged, why and what to do; no flagged list of other charges. None of that
 * amount: said so, with the nearest. Then "이거 제가 쓴 거 맞아요" (acknowledged, no steps) and "언제 또 나가요?" (its
 * next charge from its monthly pattern, or that it does not recur). Null when the transactions could not be read.
 */
function chargeLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const slots = input.understanding.slots;
  const t = data.transactions;
  if (!t) return null;
  const c = t.charge;
  // Nothing of that merchant at all: the transaction answer's "none among the last N".
  if (!c) return transactionLines(input);
  const label = (x: ChargeRow) => merchantLabel(x.merchant, phrase('category', x.category, lang), lang);
  const matched = t.transactions;
  const x = matched[0] ?? c.closest[0];
  const searched = t.searched ?? matched.length;
  const trip = c.trip;
  const inTrip = (r: ChargeRow) =>
    !!trip &&
    r.overseas &&
    r.occurredAt.slice(0, 10) >= trip.from &&
    r.occurredAt.slice(0, 10) <= trip.through;
  const tripText = trip
    ? ko
      ? `${Number(trip.from.slice(5, 7))}월 해외여행(${dayRange(trip.from, trip.through, data, lang)})`
      : `your ${MONTH_NAMES[Number(trip.from.slice(5, 7)) - 1]} trip abroad (${dayRange(trip.from, trip.through, data, lang)})`
    : '';
  const recurring = matched.length > 0 ? recurringOf(x, data) : undefined;
  const items = (rows: ChargeRow[]) =>
    formatList(
      rows.map((r) =>
        ko
          ? `${date(r.occurredAt, data, lang)} ${r.amount.text}`
          : `${r.amount.text} on ${date(r.occurredAt, data, lang)}`,
      ),
      lang,
    );
  const one = (r: ChargeRow) =>
    ko
      ? `${date(r.occurredAt, data, lang)} ${label(r)} ${r.amount.text}`
      : `${r.amount.text} at ${label(r)} on ${date(r.occurredAt, data, lang)}`;
  const flagged = [...matched, ...(matched.length === 0 ? [x] : [])].filter((r) => flaggedOf(r, data));
  // "이거 제가 쓴 거 맞아요", "that one's mine": acknowledged, nothing to do — no steps.
  if (slots.ownCharge) {
    // "that one's mine" after two: the one flagged; a recurring charge: its latest.
    const mine = flagged.length === 1 || recurring ? [flagged[0] ?? x] : matched.length > 0 ? matched : [x];
    return [
      ko
        ? koText`네, 확인해 주셔서 감사합니다. ${formatList(mine.map(one), lang)}은/는 본인 결제로 두시면 되고, 따로 하실 일은 없습니다.`
        : `Thanks for confirming — then ${formatList(mine.map(one), lang)} ${mine.length === 1 ? 'is' : 'are'} yours, and there is nothing to do.`,
      ...(flagged.length > 0
        ? [
            ko
              ? '평소와 달라 확인이 필요한 거래로 표시됐던 결제지만, 본인이 쓰신 거라면 문제없습니다.'
              : 'It had been flagged as unusual, but as it was you, all is well.',
          ]
        : []),
    ];
  }
  // "언제 또 나가요?", "when is the next one": from its monthly pattern, or that it does not recur.
  if (slots.nextCharge) {
    if (recurring) {
      const next = nextChargeOn(recurring, data.asOf.slice(0, 10));
      return [
        ko
          ? koText`다음 결제는 ${date(next, data, lang)} 무렵 ${recurring.amount.text}으로/로 예상됩니다: 매달 ${recurring.usualDay}일 무렵 나가는 ${phrase('category', recurring.category, lang)} 정기 결제이고, 마지막 결제는 ${date(recurring.lastChargedOn, data, lang)}입니다.`
          : `The next one is expected around ${date(next, data, lang)}, ${recurring.amount.text}: it is your recurring ${phrase('category', recurring.category, lang)} charge, taken around the ${formatOrdinal(recurring.usualDay)} of each month (last on ${date(recurring.lastChargedOn, data, lang)}).`,
      ];
    }
    return [
      ko
        ? koText`${label(x)} ${x.amount.text}은/는 매달 나가는 정기 결제가 아니라서 다음 결제를 예상할 수 없습니다: ${matched.length > 1 ? `최근 카드 거래 ${formatCount(searched, 'transaction', lang)} 중 ${items(matched)}, ${formatCount(matched.length, 'time', lang)} 결제됐습니다` : `${date(x.occurredAt, data, lang)} 한 번 결제된 건입니다`}.`
        : `${x.amount.text} at ${label(x)} is not a recurring charge, so there is no next one to expect: ${matched.length > 1 ? `it was charged ${matched.length} times among your latest ${searched} card transactions (${items(matched)})` : `it was a one-off on ${date(x.occurredAt, data, lang)}`}.`,
    ];
  }
  const out: string[] = [];
  const amountAsked = t.filter?.amount;
  const merchantAsked = t.filter?.merchant;
  if (matched.length === 0) {
    // "면세점 46만원": none of that amount; the nearest first, with its trip.
    const asked = ko
      ? `${amountAsked ? `${t.filter?.approximate && /000$/.test(amountAsked) ? '약 ' : ''}${formatWon(amountAsked, lang)} ` : ''}${merchantAsked ? `${quoteData(merchantDisplayName(merchantAsked, lang))} ` : ''}결제`
      : `${amountAsked ? `${formatWon(amountAsked, lang)} ` : ''}charge${merchantAsked ? ` at ${quoteData(merchantDisplayName(merchantAsked, lang))}` : ''}`;
    out.push(
      ko
        ? koText`최근 카드 거래 ${formatCount(searched, 'transaction', lang)} 중에 ${asked}은/는 없고, 금액이 가장 가까운 건 ${one(x)}${inTrip(x) ? `으로, ${tripText} 중 결제` : ''}입니다.`
        : `There is no ${asked} among your latest ${formatCount(searched, 'transaction', lang)}; the nearest in amount is ${one(x)}${inTrip(x) ? `, during ${tripText}` : ''}.`,
    );
    if (c.closest.length > 1)
      out.push(
        ko
          ? `그다음으로 가까운 결제: ${formatList(c.closest.slice(1).map(one), lang)}.`
          : `The next nearest: ${formatList(c.closest.slice(1).map(one), lang)}.`,
      );
  } else if (recurring) {
    // "what is this 68,500 charge every month": the newest of them, and that it is a charge repeated monthly.
    const names = formatList(
      recurring.merchants.map((m) => merchantLabel(m, phrase('category', recurring.category, lang), lang)),
      lang,
    );
    const category = phrase('category', recurring.category, lang);
    const every = recurring.months >= RECURRING_WINDOW_MONTHS;
    const months = ko
      ? every
        ? `최근 ${RECURRING_WINDOW_MONTHS}개월 동안 매달`
        : `최근 ${RECURRING_WINDOW_MONTHS}개월 중 ${formatCount(recurring.months, 'month', lang)}`
      : every
        ? `every month of the last ${RECURRING_WINDOW_MONTHS}`
        : `in ${recurring.months} of the last ${RECURRING_WINDOW_MONTHS} months`;
    out.push(
      ko
        ? koText`${one(x)}으로/로, 매달 ${recurring.usualDay}일 무렵 나가는 ${category} 정기 결제입니다 (${months}, ${names}).`
        : `It’s ${one(x)}, your recurring ${category} charge taken around the ${formatOrdinal(recurring.usualDay)} of each month (${months}, under ${names}).`,
      ko
        ? koText`다음 결제는 ${date(nextChargeOn(recurring, data.asOf.slice(0, 10)), data, lang)} 무렵 ${recurring.amount.text}으로/로 예상되고, ${c.card}으로/로 결제되고 있습니다.`
        : `The next one is expected around ${date(nextChargeOn(recurring, data.asOf.slice(0, 10)), data, lang)}; it is paid with your ${c.card}.`,
    );
  } else if (matched.length === 1) {
    // "AMAZON.COM 19700원 이거 뭐예요?": the one charge, where and how it was paid (a trip's said after it).
    const category = phrase('category', x.category, lang);
    const how =
      x.overseas && c.online
        ? ko
          ? ', 해외 사이트 결제'
          : ', an online order from an overseas website'
        : x.overseas && !inTrip(x)
          ? ko
            ? ', 해외 결제'
            : ', paid abroad'
          : '';
    out.push(
      inTrip(x)
        ? ko
          ? `${date(x.occurredAt, data, lang)} ${label(x)}에서 결제된 ${x.amount.text}입니다: ${tripText} 중 쓰신 ${category} 결제입니다.`
          : `It’s ${one(x)}, ${/^[aeiou]/i.test(category) ? 'an' : 'a'} ${category} payment made during ${tripText}.`
        : ko
          ? `${date(x.occurredAt, data, lang)} ${label(x)}에서 결제된 ${x.amount.text}입니다 (${category}${how}).`
          : `It’s ${one(x)} (${category}${how}).`,
      ko
        ? koText`${c.card}으로/로 결제됐고, 최근 카드 거래 ${formatCount(searched, 'transaction', lang)} 중 같은 결제는 이 한 번뿐인 일회성 결제입니다 (매달 나가는 정기 결제 아님).`
        : `It was paid with your ${c.card}, and it is a one-off: the only such charge among your latest ${formatCount(searched, 'transaction', lang)}, not a recurring one.`,
    );
  } else {
    // "what's the duty free charge": each of them, and the trip they were paid in.
    const asked = merchantAsked ? quoteData(merchantDisplayName(merchantAsked, lang)) : label(x);
    const allTrip = matched.every(inTrip);
    out.push(
      ko
        ? koText`${asked} 결제는 최근 카드 거래 ${formatCount(searched, 'transaction', lang)} 중 ${formatCount(matched.length, 'transaction', lang)}${allTrip ? `으로, 모두 ${tripText} 중 쓰신 결제` : ''}입니다: ${items(matched)}.`
        : `You have ${formatCount(matched.length, 'transaction', lang)} at ${asked} among your latest ${formatCount(searched, 'transaction', lang)}${allTrip ? `, all during ${tripText}` : ''}: ${items(matched)}.`,
      ko
        ? koText`${c.card}으로/로 결제됐고, 매달 나가는 정기 결제는 아닙니다.`
        : `They were paid with your ${c.card}; it is not a recurring charge.`,
    );
  }
  // The trip's own figure, as the spending answers give it.
  if (trip && inTrip(x))
    out.push(
      ko
        ? koText`그 여행에서 해외 결제는 모두 ${formatCount(trip.count, 'transaction', lang)}, ${trip.total.text}입니다.`
        : `Your spending abroad on that trip came to ${trip.total.text} in ${formatCount(trip.count, 'transaction', lang)}.`,
    );
  // Only a charge itself flagged: why, and what to do if it was not theirs.
  for (const r of flagged) {
    const why = flaggedOf(r, data)!
      .reasons.map((code) => phrase('anomalyReason', code, lang))
      .join(', ');
    out.push(
      ko
        ? koText`${date(r.occurredAt, data, lang)} ${r.amount.text}은/는 평소와 달라 확인이 필요한 거래로 표시됐습니다${why ? ` (${why})` : ''}: 본인이 쓰신 거면 따로 하실 일은 없고, 아니라면 앱에서 그 거래를 '내가 하지 않은 거래'로 신고하고 카드를 정지하세요.`
        : `The ${r.amount.text} payment on ${date(r.occurredAt, data, lang)} was flagged as unusual${why ? ` (${why})` : ''}: if it was you, there is nothing to do; if not, tap "Not me" on it in the app and suspend the card.`,
    );
  }
  // A charge repeated monthly: how to stop it, not the stolen-card steps.
  if (recurring && flagged.length === 0)
    out.push(
      ko
        ? '그만 내시려면 그 요금을 받는 회사에 해지를 신청하시면 됩니다.'
        : 'To stop it, cancel with the company that charges it.',
    );
  return out;
}

/** The same amount on about the same day of three or more different months: a recurring charge. */
function isRecurringCharge(txs: { occurredAt: string }[]): boolean {
  const monthDays = txs.map((x) => Number(x.occurredAt.slice(8, 10)));
  return (
    txs.length >= 3 &&
    new Set(txs.map((x) => x.occurredAt.slice(0, 7))).size === txs.length &&
    Math.max(...monthDays) - Math.min(...monthDays) <= 3
  );
}

/**
 * QA round 25 (left25b). A recurring card charge asked to be cancelled ("can i cancel it" after "what is this 68,500
 * charge every month"): yes — the contract is the merchant's (a phone plan is ended or changed with the carrier), and the
 * card company can stop the card's recurring payment to it, though the contract itself goes on until it is ended. Null
 * when the charges read are not a recurring charge.
 */
function cancelChargeLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const txs = data.transactions?.transactions ?? [];
  if (!isRecurringCharge(txs)) return null;
  const latest = txs[0];
  const day = Math.min(...txs.map((x) => Number(x.occurredAt.slice(8, 10))));
  const who = merchantLabel(latest.merchant, phrase('category', latest.category, lang), lang);
  const telecom = latest.category === 'TELECOM';
  return lang === 'ko'
    ? [
        koText`네, 해지하실 수 있습니다: 매달 ${day}일 무렵 결제되는 ${latest.amount.text}은/는 ${who}의 정기 결제라, 해지나 요금제 변경은 ${who}에 직접 신청하셔야 합니다 (${telecom ? '통신사 앱, 고객센터(114) 또는 대리점' : '해당 가맹점의 앱이나 고객센터'}).`,
        '카드사에 그 가맹점 앞 정기결제(자동결제) 해지를 요청하면 카드로는 더 청구되지 않지만, 계약은 그대로 남아 다른 방법으로 청구될 수 있으니 가맹점 해지를 먼저 하세요.',
        "모르는 결제라면 앱에서 그 거래를 '내가 하지 않은 거래'로 신고하세요.",
      ]
    : [
        `Yes: the ${latest.amount.text} charged around the ${formatOrdinal(day)} of each month is a recurring charge by ${who}, so you cancel it (or change the plan) with ${who} itself — ${telecom ? 'in the carrier’s app, on its customer line (114) or at one of its stores' : 'in its app or through its customer centre'}; we can’t end that contract for you.`,
        'You can also ask the card company to stop the card’s recurring payment to that merchant, but the contract stays open and you may be billed another way, so cancel with the merchant first.',
        'If you don’t recognise it, tap "Not me" on it in the app.',
      ];
}

/** The quarter's flagged card transactions: how many of how many, then each with its reasons. */
function flaggedLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const a = data.anomalies;
  if (!a || a.flaggedCount === 0) return [];
  return [
    lang === 'ko'
      ? `${formatQuarter(a.quarter, lang)} 카드 거래 ${formatCount(a.scanned, 'transaction', lang)} 중 평소와 달라 확인이 필요한 거래는 ${formatCount(a.flaggedCount, 'transaction', lang)}입니다.`
      : `Of your ${formatCount(a.scanned, 'transaction', lang)} in ${formatQuarter(a.quarter, lang)}, ${formatCount(a.flaggedCount, 'transaction', lang)} look unusual and are worth checking.`,
    ...a.flagged.map((f) => {
      const why = f.reasons.map((r) => phrase('anomalyReason', r, lang)).join(', ');
      return `- ${date(f.occurredAt, data, lang)} ${merchantLabel(f.merchant, phrase('category', f.category, lang), lang)} ${f.amount.text}${why ? ` (${why})` : ''}`;
    }),
  ];
}

/**
 * QA round 22 (carefu). One thing asked after a scam answer: whom to call (112 first, the customer's lender, the FSS,
 * 118 for a text), the money back (what is left in the account, through the relief claim and the FSS's
 * claim-extinction procedure), how long that takes (the 2-month public notice, so usually 2–3 months).
 */
function scamAskLines(input: IntentReplyInput, lenders: string[]): string[] | null {
  const lang = input.language;
  const ko = lang === 'ko';
  const ask = input.understanding.slots.scamAsk;
  const own = lenders.length > 0 ? lenders.join(ko ? '·' : ' / ') : ko ? '거래 금융회사' : 'your bank';
  const noPromise = ko
    ? '돌려받는 금액은 사기 계좌에 남은 돈에 따라 달라지며, 누구도 전액 환급을 약속할 수는 없습니다.'
    : 'How much comes back depends on what is left in that account; nobody can promise a full refund.';
  switch (ask) {
    case 'WHO_TO_CALL':
      return [
        ko
          ? koText`돈이나 정보가 넘어갔다면 지금 바로 112(경찰, 24시간)에 전화하시고, ${own} 공식 대표번호와 금융감독원(☎ 1332)에도 알리세요.`
          : `Call 112 (police, 24 hours) right away if any money or details went; then ${own} on its official number, and the FSS on 1332.`,
        ko
          ? '스미싱 문자는 ☎ 118(한국인터넷진흥원)에 신고할 수 있고, 문자 속 번호로는 전화하지 마세요.'
          : 'Report the text itself to KISA on 118 — and never call a number given in the text.',
      ];
    case 'REFUND':
      return [
        ko
          ? '사기 계좌에 돈이 남아 있으면 돌려받을 수 있어요: 지급정지 뒤 그 은행에 피해구제를 신청하면, 금융감독원이 채권소멸 절차를 거쳐 남은 돈을 피해 금액에 따라 환급해 줍니다.'
          : 'Yes, if money is still in the scam account: once it is frozen and you file a damage-relief claim with that bank, the FSS runs its claim-extinction procedure and refunds what is left, shared by the amounts lost.',
        ko
          ? '전화로 지급정지를 요청한 뒤 3일 안에 경찰서에서 받은 사건사고사실확인원과 피해구제신청서를 그 은행에 내야 정지가 유지됩니다.'
          : 'Within 3 days of the phone request, hand that bank the police’s incident report (사건사고사실확인원) and the relief application, or the freeze lapses.',
        noPromise,
      ];
    case 'HOW_LONG':
      return [
        ko
          ? '보통 2~3개월 걸려요: 지급정지와 피해구제 신청 뒤 금융감독원이 채권소멸 공고를 2개월 동안 하고, 그 뒤 환급 금액이 정해져 돌려받습니다.'
          : 'Usually 2–3 months: after the freeze and the relief claim, the FSS publishes a 2-month claim-extinction notice, then sets the refund and pays it.',
        ko
          ? '그사이 계좌 명의인이 이의를 제기하면 더 걸릴 수 있으니, 진행 상황은 피해구제를 신청한 은행이나 금융감독원(☎ 1332)에 물어보세요.'
          : 'If the account holder objects meanwhile it can take longer; the bank you filed with, or the FSS on 1332, can tell you where it stands.',
        noPromise,
      ];
    default:
      return null;
  }
}

/**
 * QA round 22 (carefu). A text saying the customer's loan is overdue: their own record first — nothing overdue and the
 * next due date (or what is overdue, to be checked in the lender's own app, never through the link).
 */
function overdueTextLead(input: IntentReplyInput): string | null {
  const { data, language: lang } = input;
  const d = data.loans?.delinquency;
  const next = activeLoans(data).find((l) => l.nextPayment);
  if (!d || !next?.nextPayment) return null;
  const n = next.nextPayment;
  const late = new Decimal(d.totalOverdue.amount).gt(0);
  if (late)
    return lang === 'ko'
      ? koText`문자 속 링크는 누르지 마세요: 고객님 대출에 연체된 금액 ${d.totalOverdue.text}이/가 있긴 하지만, 확인과 납부는 ${next.lender} 공식 앱이나 대표번호로만 하세요.`
      : `Don’t tap that link: there is ${d.totalOverdue.text} overdue on your loans, but check and pay it only in ${lenderInEnglish(next.lender)}’s own app or on its official number.`;
  return lang === 'ko'
    ? koText`사기 문자일 가능성이 매우 높습니다: 고객님 ${loanName(next, lang)}은/는 연체된 금액이 없고(0원), 다음 납입 ${n.payment.text}의 납입일은 ${date(n.dueDate, data, lang)}입니다. 링크를 누르지 마세요.`
    : `That text is almost certainly a scam: your ${loanName(next, lang)} has nothing overdue (₩0), and the next payment of ${n.payment.text} isn’t due until ${date(n.dueDate, data, lang)} — don’t tap the link.`;
}

/**
 * A scam (slot scam, docs/counselling.md "Scams"). VICTIM — money, details or an app already went: stopping the
 * receiving account comes first (112 or the bank; 전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법: the written
 * claim with the police's 사건사고사실확인원 within three days keeps the stop, and what is left in the account is
 * returned through the FSS's 채권소멸 procedure), then the second harm (accounts, loans and phones opened in the
 * customer's name) and the card, whose flagged transactions follow. SUSPECT — only a call or a text came: what no
 * lender or authority ever asks, the customer's own lenders to check with through their official channels, and
 * where to report. Never a promise of a refund.
 */
function scam(input: IntentReplyInput, kind: 'VICTIM' | 'SUSPECT'): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const active = activeLoans(data);
  const lenders = lenderNames(active, lang);
  const loans = active.map((l) => loanName(l, lang));
  const secondHarm = ko
    ? '개인정보를 알려주셨다면 금융감독원 개인정보노출자 사고예방시스템(pd.fss.or.kr)에 등록해 고객님 명의로 새 계좌·카드·대출이 만들어지지 않게 막으세요.'
    : 'If you gave out personal details, register on the FSS’s exposed-personal-information system (pd.fss.or.kr) so that no new account, card or loan can be opened in your name.';
  const checkNames = ko
    ? '계좌정보통합관리서비스(payinfo.or.kr)에서 모르는 계좌·대출이, 명의도용방지서비스(msafer.or.kr)에서 모르게 개통된 휴대폰이 있는지 확인하세요.'
    : 'Check payinfo.or.kr for accounts or loans you do not know and msafer.or.kr for phone lines opened in your name.';
  const app = ko
    ? '링크를 눌러 앱을 설치했다면 그 앱이 휴대폰을 원격으로 조종할 수 있습니다: 인터넷을 끊고 앱을 지우거나 휴대폰을 초기화하세요.'
    : 'If you clicked a link and installed an app, it may control your phone: disconnect from the internet, then remove the app or reset the phone.';
  const via = input.understanding.slots.scamKind;
  const asked = scamAskLines(input, lenders);
  if (asked) return asked;
  // "택배 문자 링크를 눌렀어요": no money gone yet — the phone first, then what keeps the name and accounts safe.
  if (via === 'LINK')
    return [
      ko
        ? '링크를 누르셨다면 휴대폰에 악성 앱이 설치됐을 수 있습니다: 지금 와이파이와 데이터를 끄고, 설치된 모르는 앱을 지우거나 휴대폰을 초기화하세요. 정리될 때까지 그 휴대폰으로 은행·카드 앱을 쓰지 마세요.'
        : 'If you clicked the link, a malicious app may be on your phone: turn off Wi-Fi and mobile data now, then remove any app you do not know or reset the phone, and do not use banking or card apps on it until then.',
      ko
        ? '그 뒤에 비밀번호와 인증서를 다른 기기에서 바꾸시고, 모르는 출금이 보이면 바로 112나 은행 고객센터에 지급정지를 요청하세요.'
        : 'Then change your passwords and certificates from another device, and if you see any withdrawal you did not make, call 112 or your bank at once to freeze it.',
      ...steps(lang, [
        secondHarm,
        checkNames,
        ko
          ? '스미싱 문자는 ☎ 118(한국인터넷진흥원)이나 112에 신고할 수 있고, 금융감독원 ☎ 1332에서 피해 예방을 상담할 수 있습니다.'
          : 'Report the text to KISA on 118 or to the police on 112; the FSS (call 1332) can advise on protecting your accounts.',
      ]),
    ];
  // "엄마가 카톡으로 폰 고장났다고 돈 보내달래요": don't send — call them on the number you know.
  if (via === 'MESSENGER' && kind === 'SUSPECT')
    return [
      ko
        ? '아직 보내지 마세요: 가족이나 지인이 휴대폰이 고장 났다며 메신저로 돈이나 상품권, 신분증 사진을 부탁하는 것은 대표적인 메신저피싱 수법입니다. 먼저 그분께 알고 있는 번호로 직접 전화해 확인하세요.'
        : 'Don’t send anything yet: a family member or friend who says their phone is broken and asks by messenger for money, gift cards or a photo of your ID is the classic messenger-phishing scam. Call them first on the number you already know.',
      ...steps(lang, [
        ko
          ? '전화가 안 된다는 핑계로 통화를 피하면 사기일 가능성이 매우 높습니다. 보내 달라는 계좌가 본인 명의가 아니라면 더욱 그렇습니다.'
          : 'If they avoid a call ("my phone can’t make calls"), it is almost certainly a scam — all the more if the account to pay into is not in their name.',
        ko
          ? '이미 돈을 보냈다면 바로 112나 은행 고객센터에 사기 계좌의 지급정지를 요청하세요.'
          : 'If you already sent money, call 112 or the bank now and ask them to freeze the receiving account.',
        app,
        ko ? '메신저피싱은 112에 신고할 수 있습니다.' : 'Report it to the police on 112.',
      ]),
    ];
  // "i got a text saying i'm pre-approved for a loan, is it legit?", "보증금 먼저 입금하래요": the loan-fee scam.
  if (via === 'LOAN_OFFER' && kind === 'SUSPECT')
    return [
      ko
        ? '정상적인 금융회사는 대출을 내주기 전에 수수료·보증금·보험료·신용점수 올리는 비용을 먼저 보내라고 하지 않고, 문자로 "대출 승인"을 알리며 링크나 번호로 신청하라고 하지도 않습니다: 그런 연락은 대출 사기이니 답하거나 돈을 보내거나 링크를 누르지 마세요.'
        : 'A real lender never asks for a fee, deposit, insurance or a “credit-score boost” payment before paying out a loan, and does not text you that you are “approved” with a link or number to apply: that is a loan scam — don’t reply, pay or tap the link.',
      ...(loans.length > 0
        ? [
            ko
              ? koText`고객님 명의로 상환 중인 대출은 ${loans.join(', ')}입니다. 대출이 필요하시면 ${lenders.join('·')}의 공식 앱이나 대표번호, 또는 서민금융진흥원(☎ 1397)에서 직접 알아보세요.`
              : `Your loans are with ${lenders.join(' and ')} (${loans.join(', ')}). If you need a loan, ask through their official app or main number, or the Korea Inclusive Finance Agency (call 1397).`,
          ]
        : []),
      ...steps(lang, [
        ko
          ? '연락한 곳이 등록된 금융회사인지 금융감독원 파인(fine.fss.or.kr)의 등록 금융회사 조회에서 확인하세요.'
          : 'Check whether whoever contacted you is a registered lender on the FSS’s FINE portal (fine.fss.or.kr).',
        ko
          ? '이미 돈을 보냈다면 바로 112나 은행 고객센터에 지급정지를 요청하세요.'
          : 'If you already sent money, call 112 or your bank now and ask them to freeze the receiving account.',
        ko
          ? '대출 사기 문자는 112나 ☎ 1332(금융감독원)에 신고할 수 있습니다.'
          : 'Report it to the police on 112 or the FSS on 1332.',
      ]),
    ];
  // "해외에서 결제 시도됐다고 문자 왔어요": a payment alert by text is a common lure — check in the card company's own app.
  if (via === 'PAYMENT_ALERT' && kind === 'SUSPECT')
    return [
      ko
        ? '결제가 됐다거나 해외 결제가 시도됐다며 전화번호나 링크를 주는 문자는 흔한 스미싱 수법입니다: 문자 속 번호로 전화하거나 링크를 누르지 마시고, 카드사 공식 앱이나 카드 뒷면의 대표번호로 직접 사용 내역을 확인하세요.'
        : 'A text saying a payment was made or attempted abroad, with a number to call or a link, is a common smishing lure: don’t call the number or tap the link in it — check your card in the card company’s own app or on the number on the back of the card.',
      ko
        ? '내역에 본인이 하지 않은 결제가 있으면 바로 카드 사용을 정지하고 이의제기를 하세요. 해외 결제를 쓰지 않는다면 카드사 앱에서 해외 결제 차단을 켜 둘 수 있습니다.'
        : 'If a payment you did not make is there, suspend the card at once and dispute it; if you don’t use your card abroad, you can turn on the overseas-payment block in the card app.',
      ...flaggedLines(input),
      ...steps(lang, [
        ko
          ? '스미싱 문자는 ☎ 118(한국인터넷진흥원)이나 112에 신고할 수 있습니다.'
          : 'Report the text to KISA on 118 or to the police on 112.',
        app,
      ]),
    ];
  if (kind === 'VICTIM') {
    const out = [
      ko
        ? '돈을 보내셨다면 지금 바로 112(24시간)나 돈을 보낸 은행·받은 은행의 고객센터에 전화해 사기 계좌의 지급정지를 요청하세요. 빨리 막을수록 돌려받을 수 있는 돈이 많습니다.'
        : 'If you sent money, call 112 (24 hours) or the bank you sent it from or to right now and ask them to freeze the receiving account (지급정지): the sooner it is frozen, the more can be recovered.',
      ko
        ? '전화로 지급정지를 요청한 뒤 3일 안에 경찰서에서 받은 사건사고사실확인원과 피해구제신청서를 그 은행에 내야 정지가 유지되고, 사기 계좌에 남아 있는 돈은 금융감독원의 채권소멸 절차를 거쳐 돌려받습니다 (전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법).'
        : 'Within 3 days of the phone request, hand that bank the police’s incident report (사건사고사실확인원) and a damage-relief application, or the freeze lapses; what is left in the account is returned through the FSS’s claim-extinction procedure (Telecommunications Financial Fraud Refund Act).',
    ];
    const a = data.anomalies;
    // QA round 22 (carefu): not under an account transfer (a prosecutor's "safe account"): the customer's own flagged
    // card purchases are beside the point there.
    if (a && a.flaggedCount > 0 && !input.understanding.slots.amount)
      out.push(
        ko
          ? '카드 정보도 알려주셨다면 카드사에 바로 카드 정지를 요청하세요. 카드 거래도 확인해 보세요.'
          : 'If you gave out card details too, ask the card company to stop the card now, and check your card transactions.',
        ...flaggedLines(input),
      );
    out.push(
      ...steps(lang, [
        secondHarm,
        checkNames,
        app,
        ko
          ? '금융감독원 ☎ 1332에서 피해 구제 절차를 상담할 수 있습니다.'
          : 'The Financial Supervisory Service (call 1332) can walk you through the relief procedure.',
      ]),
      ko
        ? '돌려받는 금액과 시기는 사기 계좌에 남은 돈과 절차에 따라 달라지며, 누구도 전액 환급을 약속할 수는 없습니다.'
        : 'How much comes back, and when, depends on what is left in that account and on the procedure; nobody can promise a full refund.',
    );
    return out;
  }
  const overdueLead = input.understanding.slots.overdueText ? overdueTextLead(input) : null;
  // QA round 22 (carefu). A prosecutor or the police impersonated: the loan-scam paragraph is beside the point.
  const aboutLoans = !input.understanding.slots.authority;
  return [
    ...(overdueLead ? [overdueLead] : []),
    ko
      ? '금융회사·검찰·경찰·금융감독원은 전화나 문자로 돈을 옮기라고(안전계좌) 하거나 앱 설치, 비밀번호·인증번호를 요구하지 않습니다. 그런 요구라면 사기이니 링크를 누르지 말고 전화를 끊으세요.'
      : 'No bank, prosecutor, police officer or the FSS will ever ask you by phone or text to move money to a “safe account”, install an app or give a password or one-time code: if they do, it is a scam — do not click the link, hang up.',
    ...(!aboutLoans || overdueLead
      ? []
      : [
          loans.length > 0
            ? ko
              ? koText`고객님 명의로 상환 중인 대출은 ${loans.join(', ')}입니다. 대출을 갈아타거나 먼저 갚으라는 연락이라면 ${lenders.join('·')}의 공식 앱이나 대표번호로 직접 확인하세요. 기존 대출을 갚으라며 다른 계좌로 돈을 보내라는 것은 전형적인 대출 사기입니다.`
              : `${loans.length === 1 ? 'Your only loan is your' : 'The loans in your name are your'} ${loans.join(', ')}. If the call or text is about switching or repaying a loan, check with ${lenders.join(' / ')} through its official app or main number; being asked to repay a loan into another account is a classic loan scam.`
            : ko
              ? '저금리 대환대출을 해 준다며 기존 대출을 먼저 갚으라거나 수수료·보증금을 보내라는 연락은 전형적인 대출 사기입니다.'
              : 'An offer of a cheaper loan that first asks you to repay a loan into another account, or to pay a fee or deposit, is a classic loan scam.',
        ]),
    ...steps(lang, [
      ko
        ? '이미 돈을 보냈다면 바로 112나 은행 고객센터에 사기 계좌의 지급정지를 요청하세요.'
        : 'If you already sent money, call 112 or the bank now and ask them to freeze the receiving account.',
      ko ? '의심 전화·문자는 112에 신고할 수 있습니다.' : 'Report the call or text to the police on 112.',
      app,
      secondHarm,
      ko
        ? '대출을 권한 곳이 등록된 금융회사인지 금융감독원 파인(fine.fss.or.kr)의 등록 금융회사 조회에서 확인하세요.'
        : 'Check whether whoever offered the loan is a registered lender on the FSS’s FINE portal (fine.fss.or.kr).',
    ]),
  ];
}

/**
 * "이의제기 어떻게 해요?", "how do I dispute a charge?": the procedure first — a payment one did not make is reported
 * to the card company as unauthorised use; goods not delivered or a cancelled order still charged go to the merchant
 * first, then to the card company; an instalment purchase of ₩200,000+ over 3+ months may also refuse the remaining
 * instalments (할부항변권, 할부거래법 제16조). The customer's flagged transactions follow.
 */
function disputeLead(lang: Lang): string {
  return lang === 'ko'
    ? '결제 이의제기는 카드사 앱이나 고객센터에서 해당 거래를 골라 신청합니다: 본인이 하지 않은 결제는 부정사용 신고로, 물건을 받지 못했거나 취소했는데 청구된 결제는 가맹점에 먼저 취소를 요청한 뒤 카드사에 이의제기하시면 조사 후 결과를 알려 줍니다. 20만원 이상을 3개월 이상 할부로 샀다면 할부항변권으로 남은 할부금 지급을 멈춰 달라고 할 수도 있습니다 (할부거래법 제16조).'
    : 'You dispute a card payment with the card company, in its app or by phone, choosing that transaction: a payment you did not make is reported as unauthorised use; goods never delivered or a cancelled order still charged go to the merchant first, then to the card company, which investigates and tells you the outcome. An instalment purchase of ₩200,000 or more over 3 months or more can also have its remaining instalments withheld (Instalment Transactions Act, art. 16).';
}

/** A payment alert that came by text: the smishing check. */
const SMS_ALERT: Record<Lang, string> = {
  ko: "카드사를 사칭한 '해외결제 승인' 문자는 흔한 스미싱 수법입니다: 문자 속 링크를 누르거나 적힌 번호로 전화하지 말고, 카드사 공식 앱이나 카드 뒷면의 번호로 직접 확인하세요. 위 내역에 없는 결제라면 문자가 가짜일 가능성이 큽니다.",
  en: 'Texts about an "overseas payment approved" that pose as your card company are a common smishing trick: do not tap the link or call the number in the text; check in the card company’s own app or on the number on the back of your card. A payment that is not in the list above is most likely a fake alert.',
};

/** The tone under a charge they did not make: alarm, not grief. */
const ALARMED: Record<Lang, string> = {
  ko: '많이 놀라셨겠어요. 카드부터 멈추면 더 이상의 피해는 막을 수 있습니다.',
  en: 'That must be alarming. Stopping the card first keeps any further charges off it.',
};
const FRAUD_TONE: Partial<Record<EmotionLabel, Record<Lang, string>>> = { SAD: ALARMED, ANXIOUS: ALARMED };

/**
 * QA round 21 (card21). "how much did they spend?", "얼마 썼어요?" after a card lost or stolen: the transactions flagged as
 * unusual and their total — which of them were not the customer's, only the customer can tell; none flagged, said so
 * (the latest payments follow to check).
 */
function fraudSpentLead(a: AnomaliesData | null | undefined, lang: Lang): string {
  if (!a || a.flaggedCount === 0)
    return lang === 'ko'
      ? '평소와 달라 이상 거래로 표시된 결제는 없습니다 (0건). 어떤 결제가 고객님이 하지 않은 것인지는 고객님만 아실 수 있으니, 아래 최근 결제를 확인해 주세요.'
      : 'None of your payments has been flagged as unusual (0). Only you can tell which payments were not yours, so please check the latest ones below.';
  const total = a.flagged.reduce((acc, f) => acc.plus(f.amount.amount), new Decimal(0)).toFixed(0);
  const count = formatCount(a.flaggedCount, 'transaction', lang);
  // More flagged than read (the tool reads the highest scores): the total is of those shown, said so.
  const shown = formatCount(a.flagged.length, 'transaction', lang);
  if (a.flagged.length < a.flaggedCount)
    return lang === 'ko'
      ? koText`${formatQuarter(a.quarter, lang)} 결제 중 평소와 달라 이상 거래로 표시된 것은 ${count}이고, 가장 의심스러운 ${shown}은/는 모두 ${formatWon(total, lang)}입니다: 이 가운데 어떤 것이 고객님이 하지 않은 결제인지는 고객님만 아실 수 있으니 하나씩 확인해 주세요.`
      : `${count} in ${formatQuarter(a.quarter, lang)} were flagged as unusual; the ${shown} most unusual come to ${formatWon(total, lang)}: only you can tell which of them were not yours, so please check each one.`;
  return lang === 'ko'
    ? koText`${formatQuarter(a.quarter, lang)} 결제 중 평소와 달라 이상 거래로 표시된 것은 ${count}, 모두 ${formatWon(total, lang)}입니다: 이 가운데 어떤 것이 고객님이 하지 않은 결제인지는 고객님만 아실 수 있으니 하나씩 확인해 주세요.`
    : `${count} in ${formatQuarter(a.quarter, lang)} ${a.flaggedCount === 1 ? 'was' : 'were'} flagged as unusual, ${formatWon(total, lang)} in all: only you can tell which of them were not yours, so please check each one.`;
}

function fraud(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const a = data.anomalies;
  const slots = input.understanding.slots;
  // "오늘 모르는 결제가 있어요", "why was I charged by AMAZON.COM?": that day's or that merchant's transactions (or that
  // there were none) before the flagged ones.
  const filter = data.transactions?.filter;
  // "모르는 해외 결제가 있어요": the payments abroad, too.
  const named =
    filter?.period || filter?.merchant !== undefined || filter?.amount !== undefined || filter?.overseas
      ? transactionLines(input)
      : [];
  // "is there anything suspicious on my card this quarter": what is flagged answers it; the period's list follows. A
  // day or a week named ("오늘 모르는 결제가 있어요") is about that day's payments: they come first.
  const periodOnly =
    !!filter?.period &&
    daysBetween(filter.period.from, filter.period.through) >= 27 &&
    filter.merchant === undefined &&
    filter.amount === undefined &&
    !filter.overseas;
  if (slots.scam) return scam(input, slots.scam);
  // QA round 25 (left25c). A charge asked what it is: that charge identified, the flagged list only if it is flagged.
  const charge = slots.chargeAsked ? chargeLines(input) : null;
  if (charge) return charge;
  // QA round 22 (carefu). A flagged charge said to be theirs, the others asked about, whether to stop the card.
  const cleared = slots.ownCharge || slots.othersAsked || slots.stopAsked ? clearedChargeLines(input) : null;
  if (cleared) return cleared;
  // QA round 22 (carefu). "theres a 735k marriott charge on my card, was that me?": that one charge, with its date and
  // the other flagged payments of the same days, first.
  const one = filter?.merchant !== undefined ? oneChargeLead(input) : null;
  if (one) named.splice(0, named.length, one);
  // QA round 24 (en24b). "what is this 68,500 charge every month": a recurring charge asked about calmly is answered by
  // what it is — not followed by the quarter's flagged list and the stolen-card steps; one line says what to do if
  // it is not theirs. Said worried ("모르는 결제가 있어요 68500원") the steps stay.
  // QA round 25 (left25b). "can i cancel it" after that recurring charge: stopping it with the company that charges it
  // (and the card's recurring payment at the card company) — not the flagged list and the stolen-card steps.
  const cancel = slots.cancelCharge ? cancelChargeLines(input) : null;
  if (cancel) return cancel;
  const calm = !input.emotion || !['ANXIOUS', 'FRUSTRATED'].includes(input.emotion.label);
  if (calm && filter?.amount !== undefined && isRecurringCharge(data.transactions?.transactions ?? []))
    return [
      ...named,
      lang === 'ko'
        ? "모르는 결제라면 앱에서 그 거래를 '내가 하지 않은 거래'로 신고하시고, 해지는 해당 통신사나 가맹점에 신청하시면 됩니다."
        : 'If you don’t recognise it, tap "Not me" on it in the app; to stop it, cancel with the company that charges it.',
    ];
  const out: string[] = [
    ...(slots.fraudSpent ? [fraudSpentLead(a, lang)] : []),
    ...(slots.fraudRefund ? [fraudRefundLead(lang)] : []),
    ...(slots.reissue ? [reissueLead(lang)] : []),
    ...(slots.disputeHow ? [disputeLead(lang)] : []),
    ...(slots.cardLost && !slots.reissue && !slots.fraudSpent ? lostCardLead(lang) : []),
    ...(slots.request === 'OVERSEAS_BLOCK' ? [overseasBlockLead(lang)] : []),
    ...(periodOnly && a && a.flaggedCount > 0 ? [] : named),
  ];
  if (a && a.flaggedCount > 0) {
    out.push(...flaggedLines(input));
    if (periodOnly) out.push(...named);
  } else {
    out.push(
      lang === 'ko'
        ? `${a ? formatQuarter(a.quarter, lang) : '이번 분기'} 카드 거래 중 이상 거래로 표시된 건은 없습니다 (0건).`
        : `None of your card transactions${a ? ` in ${formatQuarter(a.quarter, lang)}` : ''} has been flagged as unusual (0).`,
    );
    if (named.length === 0)
      for (const x of data.transactions?.transactions.slice(0, 5) ?? [])
        out.push(
          `- ${date(x.occurredAt, data, lang)} ${merchantLabel(x.merchant, phrase('category', x.category, lang), lang)} ${x.amount.text}`,
        );
  }
  // "해외결제 문자 왔어요": an alert by text message is checked in the card company's own app, never through its link.
  if (slots.smsAlert) out.push(SMS_ALERT[lang]);
  // A charge they did not make alarms; it is not grief ("많이 힘드셨겠어요" read wrong under a fraud question).
  const tone = input.emotion ? (FRAUD_TONE[input.emotion.label] ?? TONE[input.emotion.label]) : null;
  if (tone) out.push(tone[lang]);
  out.push(
    ...steps(lang, [
      // The "not me" report opens a fraud case for staff (reportTransactionNotMine, docs/fraud.md).
      lang === 'ko'
        ? "본인이 하지 않은 거래는 앱의 거래 내역에서 그 거래를 골라 '내가 하지 않은 거래'로 신고하세요. 담당자가 확인하고 결과를 알려드립니다."
        : 'Report any transaction you did not make with "Not me" on that transaction in the app; an analyst reviews it and you are told the outcome.',
      lang === 'ko'
        ? '본인이 결제하지 않은 거래가 있다면 지금 카드사 고객센터나 앱에서 카드 사용을 정지하고 분실·도난 신고를 하세요.'
        : 'If you did not make a payment, suspend the card now in the card app or call the card company and report it lost or stolen.',
      lang === 'ko'
        ? '카드사에 해당 거래의 이의제기(부정사용 신고)를 접수하세요. 조사 후 보상 여부가 정해집니다.'
        : 'File a dispute (unauthorised use) for that transaction with the card company; it is investigated before any refund.',
      lang === 'ko'
        ? '전화나 문자로 카드번호나 비밀번호를 묻는 사람에게는 절대 알려주지 마세요. 금융회사는 이를 묻지 않습니다.'
        : 'Never give your card number, PIN or one-time code to anyone who calls or texts you.',
    ]),
  );
  return out;
}

// ——— insights, savings, products ———

/** "Is it low?": where the score sat on the former ten grades (NICE's conversion table), in words. */
function formerGradeLine(score: number, lang: Lang): string[] {
  const g = formerNiceGrade(score);
  if (!g) return [];
  const where = {
    UPPER: { ko: '높은 편에 속합니다', en: 'the upper range' },
    MIDDLE: { ko: '중간 구간입니다', en: 'the middle range' },
    LOWER: { ko: '낮은 편에 속합니다', en: 'the lower range' },
  }[g.range];
  return [
    lang === 'ko'
      ? `예전 10등급으로 보면 NICE 환산표 기준 ${g.grade}등급(${g.from}~${g.to}점)으로, ${where.ko}.`
      : `On NICE's table for the former ten grades, that is grade ${g.grade} (${g.from}–${g.to}), ${where.en}.`,
  ];
}

/** What an action does to the credit score (slot creditEffect), said first. */
const CREDIT_EFFECT_LINES: Record<NonNullable<CounselSlots['creditEffect']>, Record<Lang, string>> = {
  PAYOFF: {
    ko: '대출을 갚아 빚이 줄면 신용점수에 도움이 됩니다: 신용평가회사(NICE·KCB)는 빚의 규모를 점수에 반영하고, 연체 없이 갚아 온 기록을 좋게 봅니다. 다만 점수는 정기적으로 다시 계산되어 갚은 날 바로 오르지 않을 수 있습니다.',
    en: 'Repaying a loan helps your credit score: the bureaus (NICE, KCB) weigh how much you owe and count a record of repaying without arrears in your favour. Scores are recalculated periodically, so it may not rise the day you repay.',
  },
  REFINANCE: {
    ko: '대출을 갈아탄다고 신용점수가 크게 떨어지지는 않습니다: 금리·한도 조회 기록은 2011년 10월부터 점수에 쓰이지 않고, 기존 대출을 갚고 새 대출을 받아 빚의 총액은 거의 그대로이기 때문입니다. 새 대출이 생긴 직후 점수가 잠시 조금 움직일 수는 있습니다.',
    en: 'Refinancing does not lower your credit score much: rate and limit enquiries have not counted in Korean credit scores since October 2011, and the new loan repays the old one, so what you owe stays about the same. The score can move a little for a while after the new loan opens.',
  },
  INQUIRY: {
    ko: '대출 금리나 한도를 조회하는 것만으로는 신용점수가 떨어지지 않습니다: 2011년 10월부터 조회 기록은 신용평가에 쓰이지 않습니다.',
    en: 'Checking loan rates or limits does not lower your credit score: enquiries have not counted in Korean credit scores since October 2011.',
  },
  GOOD_SCORE: {
    ko: "신용점수는 1000점 만점이고 '몇 점이면 된다'는 공통 기준은 없어 대출 심사 기준은 금융회사마다 다르지만, 예전 1~2등급에 해당하는 NICE 870점 이상(KCB 891점 이상)이면 상위 구간으로 좋은 편입니다.",
    en: 'There is no single pass mark — each lender sets its own — but on the 1,000-point scale a score in the former grades 1–2 (NICE 870 or more, KCB 891 or more) is in the top range.',
  },
  RAISE: {
    ko: '신용점수를 올리려면 대출·카드대금을 연체 없이 갚는 것이 가장 중요하고, 카드 사용액을 한도보다 넉넉히 낮게 유지하며 현금서비스·카드론은 피하세요. 통신요금·건강보험료·국민연금을 꾸준히 낸 기록을 신용평가회사(NICE지키미·올크레딧)에 제출하면 가점을 받을 수도 있습니다.',
    en: 'To raise your credit score, pay loans and card bills on time — the biggest factor — keep card use well below the limit and avoid cash advances and card loans. Submitting your record of paying phone bills, health insurance and national pension to the bureaus (NICE, KCB) can add points.',
  },
  DROP_WHY: {
    ko: '이 앱에는 신용점수 변동 내역이 없어 떨어진 이유를 직접 확인할 수는 없습니다. 흔한 이유는 연체(10만원 이상·5영업일 이상), 새 대출이나 현금서비스·카드론 이용, 카드 사용액 증가이고, NICE지키미·올크레딧에서 무료로 변동 내역과 이유를 확인할 수 있습니다.',
    en: 'This app does not hold your score’s history, so it cannot see why it fell. The usual reasons are a late payment (₩100,000+ for 5 business days+), a new loan, a cash advance or card loan, or higher card use; NICE and KCB show the change and its reasons for free.',
  },
  // 금융감독원 (2023, 리볼빙 소비자 유의사항): a carried-over balance can lower the score; a minimum unpaid is arrears.
  REVOLVING: {
    ko: '리볼빙(일부결제금액이월)을 쓰면 다음 달로 넘긴 카드값이 빚으로 쌓이고, 신용평가회사가 리볼빙 이용과 늘어난 잔액을 반영해 신용점수가 내려갈 수 있습니다. 최소결제금액마저 결제일에 못 내면 연체로 기록되어 훨씬 크게 떨어지니, 카드값이 부담되면 카드사에 분할납부를 먼저 물어보세요.',
    en: 'Revolving carries part of your card bill to next month as debt; the credit bureaus take the revolving and the larger balance into account, so your score can fall. Missing even the minimum payment is a late payment, which costs far more, so if the bill is hard to pay, ask the card company about instalments first.',
  },
  // KCB/NICE scoring (금융감독원 신용점수 안내): steady use repaid on time builds history; a card's issue enquiry is not
  // scored (since 2011); closing shortens the history and the limit, many new cards at once weigh against.
  CARD_USE: {
    ko: '네, 신용카드를 연체 없이 꾸준히 쓰고 제때 갚으면 신용거래 이력이 쌓여 점수에 조금씩 도움이 됩니다. 다만 한도를 거의 다 채워 쓰거나 현금서비스·카드론·리볼빙을 쓰면 오히려 불리합니다.',
    en: 'Yes: using a credit card steadily and paying it in full on time builds your credit history and helps your score a little. Using most of the limit, cash advances, card loans or revolving work the other way.',
  },
  CARD_CLOSE: {
    ko: '카드를 해지해도 신용점수가 크게 떨어지지는 않습니다. 다만 오래 쓴 카드나 하나뿐인 신용카드를 해지하면 신용거래 기간과 쓸 수 있는 한도가 줄어 약간 불리할 수 있으니, 연회비가 부담되지 않으면 오래된 카드는 남겨 두는 편이 낫습니다. 해지 전에 남은 할부와 자동이체를 정리하세요.',
    en: 'Closing a card does not lower your credit score much. Closing an old card, or your only credit card, shortens your credit history and the credit you have available, which can weigh a little; if the annual fee is no burden, keeping an old card open is better. Settle any instalments and auto-payments on it first.',
  },
  NEW_CARD: {
    ko: '카드를 하나 새로 만드는 것만으로는 신용점수가 크게 떨어지지 않습니다: 발급 심사의 조회 기록은 점수에 쓰이지 않습니다. 다만 짧은 기간에 여러 장을 만들면 불리하게 볼 수 있고, 카드가 늘면 지출도 늘기 쉽습니다.',
    en: 'Opening one new card does not lower your credit score much: the issuer’s enquiry is not scored. Opening several in a short time can weigh against you, though, and more cards tend to mean more spending.',
  },
  NEW_LOAN: {
    ko: '새로 대출을 받으면 빚과 대출 건수가 늘어 신용점수가 한동안 내려갈 수 있고, 현금서비스·카드론이나 저축은행·대부업체 대출은 은행 대출보다 더 불리하게 반영됩니다. 연체 없이 갚아 나가면 점수는 다시 회복됩니다.',
    en: 'A new loan can lower your credit score for a while, because what you owe and the number of loans go up; cash advances, card loans and loans from savings banks or money lenders weigh more than a bank loan. Repaying on time brings the score back.',
  },
};

function healthScore(input: IntentReplyInput): string[] {
  const lang = input.language;
  // QA round 27 (lead). "what life stage am i in", "내 생애 단계가 뭐예요?": the stage the insights inferred, first.
  const stage = input.data.insights?.lifeStage;
  if (input.understanding.slots.lifeStageAsked && stage) {
    const name = phrase('lifeStage', stage, lang);
    const q = formatQuarter(input.data.insights!.quarter, lang);
    return [
      lang === 'ko'
        ? koText`${q} 기준으로 고객님은 '${name}' 단계로 보입니다: 나이, 가구원 수, 카드 지출 구성(교육·육아·의료 등)으로 추정한 것입니다.`
        : `As of ${q} you look like the "${name}" life stage: inferred from your age, household size and how your card spending is made up (education, childcare, medical and the like).`,
      lang === 'ko'
        ? '이 단계는 상품 추천과 비슷한 고객 비교에 쓰이며, 맞지 않으면 앱에서 바로잡으실 수 있습니다.'
        : 'It is used for product suggestions and for comparing you with similar customers; if it is wrong, you can correct it in the app.',
    ];
  }
  // QA round 24 (en24a). "whats my next payment and my health score": the next payment first, then the score.
  if (input.understanding.slots.alsoNextPayment) {
    const due = activeLoans(input.data).filter((l) => l.nextPayment);
    const rest = healthScore({
      ...input,
      understanding: {
        ...input.understanding,
        slots: { ...input.understanding.slots, alsoNextPayment: undefined },
      },
    });
    return [...due.map((l) => nextPaymentLead(l, input.data, lang)), ...rest];
  }
  // QA round 24 (plan24). "신용점수랑 재무건강점수 차이가 뭐에요": both scores, what each is for.
  const diff = input.understanding.slots.scoreDiff ? scoreDiffLines(input) : null;
  if (diff) return diff;
  const effect = input.understanding.slots.creditEffect;
  // "대출 다 갚으면 신용점수 올라요?": the effect of the action first, then the score on file and what moves it.
  // The bureau's score is the question: fingraph's own health score (a different score) is left out.
  // "어떻게 하면 올릴 수 있어?" after fingraph's health score: that score's drivers and steps, not the bureau's.
  if (effect === 'RAISE' && input.understanding.slots.scoreKind !== 'CREDIT') return healthScoreLines(input);
  // QA round 22 (shortfu). "높은편이에요?", "is that good enough…" after their score: their score judged, first
  // ("What's a good credit score?" asked alone is what counts as good, first).
  if (
    effect === 'GOOD_SCORE' &&
    input.understanding.slots.angle === 'VERDICT' &&
    input.data.creditScore != null
  )
    return goodScoreLines(input);
  if (effect) return [CREDIT_EFFECT_LINES[effect][lang], ...creditScoreLines(input, false)];
  // "신용점수 몇점이에요?": the bureau's score and what moves it; fingraph's own score in one line, not its whole
  // breakdown (QA round 20: the health score's drivers, steps and scenario followed).
  const s = input.understanding.slots;
  const i = input.data.insights;
  // QA round 28 (ko28). "아니 kcb 점수요" after a score: that bureau's score — the one on file, said as not split by
  // bureau — and where to see it (was the health score again).
  if (s.scoreKind === 'CREDIT' && s.bureau && !s.creditEffect) return bureauScoreLines(input, s.bureau);
  if (s.scoreKind === 'CREDIT' && !s.scoreWhy && !s.peers && !s.compare && input.data.creditScore != null)
    return [
      ...creditScoreLines(input, false),
      ...(i && i.healthScore !== null
        ? [
            lang === 'ko'
              ? `참고로 금융 건강 점수(신용점수와 다른 점수)는 ${formatQuarter(i.quarter, lang)} 100점 만점에 ${i.healthScore}점(${phrase('healthBand', i.healthBand, lang)})입니다.`
              : `For reference, your financial health score (not a credit score) is ${i.healthScore} out of 100 for ${formatQuarter(i.quarter, lang)} (${phrase('healthBand', i.healthBand, lang)}).`,
          ]
        : []),
    ];
  return healthScoreLines(input);
}

/** QA round 28 (ko28). Where each bureau's own score is seen for free (checking it does not lower it). */
const BUREAU_APPS: Record<'KCB' | 'NICE', Record<Lang, string>> = {
  KCB: { ko: '올크레딧(KCB)이나 토스·카카오뱅크 앱', en: 'AllCredit (KCB) or the Toss and KakaoBank apps' },
  NICE: {
    ko: '나이스지키미(NICE)나 토스·카카오뱅크 앱',
    en: 'NICE Jikimi (NICE) or the Toss and KakaoBank apps',
  },
};

/**
 * QA round 28 (ko28). "아니 kcb 점수요", "나이스 점수 알려줘": the credit score on file (1–1000, the customer record's, not
 * told apart by bureau) said as such first, or that none is on file; then where that bureau's own score is seen for
 * free; then the health score named as a different score.
 */
function bureauScoreLines(input: IntentReplyInput, bureau: 'KCB' | 'NICE'): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const score = data.creditScore;
  const where = BUREAU_APPS[bureau][lang];
  return [
    score != null
      ? ko
        ? `${bureau} 점수가 따로 들어와 있지는 않습니다: 이 앱에 등록된 신용점수는 1000점 만점에 ${score}점 하나이고, KCB와 NICE 중 어느 곳 점수인지는 나뉘어 있지 않습니다.`
        : `There is no separate ${bureau} score here: the credit score on file is ${score} out of 1,000, one score, not split by bureau (KCB or NICE).`
      : ko
        ? `${bureau} 점수는 이 앱에 들어와 있지 않습니다.`
        : `Your ${bureau} score is not held in this app.`,
    ko
      ? `${bureau} 점수는 ${where}에서 무료로 바로 확인하실 수 있고, 조회해도 점수는 떨어지지 않습니다. 두 회사는 평가 방식이 달라 같은 사람도 점수가 수십 점 다를 수 있습니다.`
      : `You can see your ${bureau} score for free in ${where}; checking it does not lower it. The two bureaus score differently, so the same person's scores can differ by tens of points.`,
    ko
      ? '참고로 금융 건강 점수(100점 만점)는 신용점수가 아니라, 고객님 대출·지출 기록으로 이 앱이 계산한 점수입니다.'
      : 'For reference, the financial health score (out of 100) is not a credit score: this app works it out from your loans and spending.',
  ];
}

/** The credit bureau's score on file, its former grade and what moves it; `ours` announces our score below. */
function creditScoreLines(input: IntentReplyInput, ours: boolean): string[] {
  const { data, language: lang } = input;
  if (input.understanding.slots.scoreKind !== 'CREDIT' || data.creditScore == null) return [];
  // "왜 그렇게 나와요?": what the score is made of, and where its breakdown is, first.
  if (input.understanding.slots.scoreWhy && !input.understanding.slots.creditEffect)
    return [
      lang === 'ko'
        ? `신용점수 ${data.creditScore}점(1000점 만점)은 신용평가회사(NICE·KCB)가 대출·카드의 상환 이력, 부채 수준, 신용거래 기간, 새로 연 대출을 보고 매긴 점수로, 항목별 내역은 이 앱에 없고 NICE지키미·올크레딧에서 무료로 확인하실 수 있습니다.`
        : `Your ${data.creditScore} out of 1,000 is set by the credit bureaus (NICE, KCB) from your repayment history on loans and cards, how much you owe, how long you have had credit and new borrowing; this app does not hold their breakdown, which NICE and KCB show for free.`,
      ...formerGradeLine(data.creditScore, lang),
      lang === 'ko'
        ? '연체 없이 갚고 카드 사용액을 한도보다 낮게 유지하면 오릅니다. 아래는 고객님 기록으로 계산한 금융 건강 점수와 그 이유입니다.'
        : 'Paying on time and keeping card balances well below the limit raise it. Below is your financial health score from your records, and what moved it.',
    ];
  return [
    lang === 'ko'
      ? `등록된 신용점수는 1000점 만점에 ${data.creditScore}점입니다.`
      : `Your credit score on file is ${data.creditScore} out of 1,000.`,
    ...formerGradeLine(data.creditScore, lang),
    (lang === 'ko'
      ? '신용점수는 신용평가회사(NICE·KCB)가 대출·카드의 상환 이력, 부채 수준, 신용거래 기간, 새로 연 대출 수로 매기며, 연체 없이 갚고 카드 사용액을 한도보다 낮게 유지하면 오릅니다.'
      : 'Credit bureaus (NICE, KCB) score repayment history on loans and cards, debt levels, length of credit history and new borrowing; paying on time and keeping card balances well below the limit raise it.') +
      (ours
        ? lang === 'ko'
          ? ' 아래는 금융 건강 점수입니다.'
          : ' Below is your financial health score.'
        : ''),
  ];
}

/** QA round 25 (left25b). What each health-score factor at full marks asks, with where it stands now. */
function leverLine(l: HealthLever, lang: Lang): string {
  const pct = (v: number | null) => (v === null ? '' : formatPercent(v));
  // The full-marks levels are whole percents (20%, 10%, 70%).
  const full = l.fullAt === null ? '' : formatPercent(l.fullAt, 0);
  const ko = lang === 'ko';
  const points = ko ? `최대 +${Math.round(l.gain)}점` : `up to +${Math.round(l.gain)} points`;
  switch (l.indicator) {
    case 'SPEND_STABILITY':
      return ko
        ? `- 지출 들쭉날쭉 줄이기: 분기 카드 지출을 전 분기 대비 ±${full} 안으로 (지금 ${l.value !== null && l.value >= 0 ? '+' : ''}${pct(l.value)}): ${points}`
        : `- Steadier spending: keep a quarter’s card spending within ${full} of the one before (it changed ${l.value !== null && l.value >= 0 ? '+' : ''}${pct(l.value)}): ${points}`;
    case 'INSURANCE':
      return ko
        ? `- 보험: 카드로 내는 보험료가 보이지 않습니다 (계좌이체로 내시면 점수에 잡히지 않습니다): ${points}`
        : `- Insurance: no premium is seen on your cards (premiums paid by transfer are not seen): ${points}`;
    case 'DEBT_SERVICE':
      return ko
        ? `- DSR 낮추기: ${full} 이하로 (지금 ${pct(l.value)}): ${points}`
        : `- A lower DSR: down to ${full} (it is ${pct(l.value)}): ${points}`;
    case 'SPEND_VS_INCOME':
      return ko
        ? `- 카드 지출을 소득의 ${full} 이하로 (지금 ${pct(l.value)}): ${points}`
        : `- Card spending at most ${full} of income (it is ${pct(l.value)}): ${points}`;
    case 'LIQUID_SAVINGS':
      return ko
        ? `- 비상금: 카드 지출 ${l.fullAt}개월분 저축 (지금 ${l.value ?? 0}개월분): ${points}`
        : `- Savings worth ${l.fullAt} months of card spending (now ${l.value ?? 0}): ${points}`;
    case 'BILLS_ON_TIME':
      return ko ? `- 모든 납입을 제때: ${points}` : `- Every payment on time: ${points}`;
  }
}

/**
 * QA round 25 (left25b). "how do i get it to 80", "80점 되려면 어떻게 해요?" after the health score: the points missing,
 * then the factors that can give them (most points first, from the score's own components) and which of them reach the
 * target together (was the score and its reasons again).
 */
function scoreTargetLines(i: InsightsData, target: number, lang: Lang): string[] {
  const ko = lang === 'ko';
  const quarter = formatQuarter(i.quarter, lang);
  const score = i.healthScore!;
  if (score >= target)
    return [
      ko
        ? `${quarter} 금융 건강 점수는 이미 ${score}점으로 ${target}점 이상입니다.`
        : `Your financial health score for ${quarter} is already ${score}, at or above ${target}.`,
    ];
  const levers = i.levers ?? [];
  if (i.exactScore === undefined || levers.length === 0)
    return [
      ko
        ? `${quarter} 금융 건강 점수는 ${score}점이라 ${target}점까지 ${target - score}점이 모자랍니다.`
        : `Your financial health score for ${quarter} is ${score}, ${target - score} points short of ${target}.`,
      ...i.reasons.map((r) => `- ${r}`),
    ];
  const { chosen, reached } = leversToReach(i.exactScore, levers, target);
  const names = chosen.map((l) => phrase('healthLever', l.indicator, lang));
  const joined = ko
    ? names.join(', ')
    : names.length > 1
      ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : names[0];
  return [
    ko
      ? `${quarter} 금융 건강 점수 ${score}점을 ${target}점으로 올리려면 약 ${target - score}점이 더 필요하고, 점수를 올릴 여지가 큰 항목은 다음과 같습니다:`
      : `To take your financial health score from ${score} to ${target} (${quarter}) you need about ${target - score} more points; the factors with the most room are:`,
    ...levers.map((l) => leverLine(l, lang)),
    reached >= target
      ? ko
        ? `${joined}만 채워도 약 ${reached}점이 됩니다.`
        : `${joined.charAt(0).toUpperCase()}${joined.slice(1)} alone would take it to about ${reached}.`
      : ko
        ? `모두 채워도 약 ${reached}점이라 ${target}점에는 못 미칩니다.`
        : `Even all of them together reach about ${reached}, short of ${target}.`,
  ];
}

/** "am i in financial trouble?" answered by the health score's band, before the score itself. */
const STANDING_VERDICT: Record<string, Record<Lang, string>> = {
  HEALTHY: { ko: '아니요, 지금은 괜찮은 편입니다:', en: 'No, you are in reasonable shape:' },
  COPING: { ko: '심각한 상태는 아니지만 여유가 많지 않습니다:', en: 'Not in trouble, but stretched:' },
  VULNERABLE: { ko: '네, 주의가 필요한 상태입니다:', en: 'Yes, things need attention:' },
};

function healthScoreLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  // "신용점수 왜 낮아요?": the credit bureau's score on file first, then ours (a different score).
  const credit = creditScoreLines(input, true);
  const i = data.insights;
  if (!i || i.healthScore === null)
    return [
      ...credit,
      lang === 'ko'
        ? '금융 건강 점수를 계산할 분기 데이터가 아직 없습니다.'
        : 'There is no quarter of data yet to compute your financial health score.',
    ];
  const band = phrase('healthBand', i.healthBand, lang);
  const peers = input.understanding.slots.peers ? peerLines(data, 'HEALTH_SCORE', lang) : null;
  // QA round 25 (left25b). "how do i get it to 80": the points missing and the factors that give them, first.
  const target = input.understanding.slots.scoreTarget;
  if (target !== undefined && input.understanding.slots.scoreKind !== 'CREDIT')
    return scoreTargetLines(i, target, lang);
  // "어떻게 올려요?", "how do I improve it?": what to do about what pulled it down, first.
  if (
    input.understanding.slots.creditEffect === 'RAISE' &&
    input.understanding.slots.scoreKind !== 'CREDIT'
  ) {
    // QA round 25 (left25a): the score's own levers, most points first, with what to change and by how much.
    const levers = raiseLeverLines(i, lang);
    if (levers) return [...levers, ...steps(lang, i.actions)];
    return [
      lang === 'ko'
        ? `${formatQuarter(i.quarter, lang)} 금융 건강 점수는 100점 만점에 ${i.healthScore}점(${band})이고, 올리려면 점수를 끌어내린 것부터 바꾸세요.`
        : `Your financial health score for ${formatQuarter(i.quarter, lang)} is ${i.healthScore} out of 100 (${band}); to raise it, start with what pulled it down.`,
      ...(i.reasons.length
        ? [lang === 'ko' ? '점수를 끌어내린 것:' : 'What pulled it down:', ...i.reasons.map((r) => `- ${r}`)]
        : []),
      ...steps(lang, i.actions),
    ];
  }
  const reasons = i.reasons.length
    ? [
        lang === 'ko' ? '점수에 가장 크게 영향을 준 것:' : 'What moved it most:',
        ...i.reasons.map((r) => `- ${r}`),
      ]
    : [];
  const quarter = formatQuarter(i.quarter, lang);
  // "지난 분기보다 나아졌어요?": this quarter's score against the one before, first.
  const before = input.understanding.slots.compare ? data.insightsPrevious : undefined;
  if (before !== undefined && input.understanding.slots.scoreKind !== 'CREDIT') {
    const then = before?.healthScore;
    const d = then == null ? 0 : i.healthScore - then;
    const prior = before ? formatQuarter(before.quarter, lang) : null;
    return [
      then == null || !prior
        ? lang === 'ko'
          ? `${quarter} 금융 건강 점수는 100점 만점에 ${i.healthScore}점(${band})이고, 그 전 분기는 데이터가 없어 비교할 수 없습니다.`
          : `Your financial health score for ${quarter} is ${i.healthScore} out of 100 (${band}); there is no earlier quarter to compare it with.`
        : lang === 'ko'
          ? `${quarter} 금융 건강 점수는 ${i.healthScore}점(${band})으로, ${prior} ${then}점${d === 0 ? '과 같습니다' : `보다 ${Math.abs(d)}점 ${d > 0 ? '올랐습니다' : '내렸습니다'}`}.`
          : `Your financial health score for ${quarter} is ${i.healthScore} out of 100 (${band}), ${d === 0 ? 'the same as' : `${d > 0 ? 'up' : 'down'} ${Math.abs(d)} point${Math.abs(d) === 1 ? '' : 's'} from`} ${then} in ${prior}.`,
      ...reasons,
      ...steps(lang, i.actions),
    ];
  }
  // "why not higher?", "왜 이 점수예요?": what pulled it down, in the first sentence.
  if (
    input.understanding.slots.scoreWhy &&
    input.understanding.slots.scoreKind !== 'CREDIT' &&
    i.reasons.length
  )
    return [
      lang === 'ko'
        ? `${quarter} 금융 건강 점수가 ${i.healthScore}점(${band})에 머문 가장 큰 이유는 ${i.reasons[0]}입니다.`
        : `Your financial health score for ${quarter} is ${i.healthScore} out of 100 (${band}), held down most by: ${i.reasons[0]}.`,
      ...(i.reasons.length > 1
        ? [lang === 'ko' ? '그다음으로 영향을 준 것:' : 'Then:', ...i.reasons.slice(1).map((r) => `- ${r}`)]
        : []),
      ...steps(lang, i.actions),
    ];
  const score =
    lang === 'ko'
      ? `${formatQuarter(i.quarter, lang)} 금융 건강 점수는 100점 만점에 ${i.healthScore}점(${band})입니다.`
      : `Your financial health score for ${formatQuarter(i.quarter, lang)} is ${i.healthScore} out of 100 (${band}).`;
  // "am i in financial trouble?": the band as a verdict, in the score's sentence (QA round 20: the score alone).
  const verdict = input.understanding.slots.standingAsked
    ? STANDING_VERDICT[i.healthBand ?? '']?.[lang]
    : undefined;
  return [
    ...credit,
    // With the peers' line first, the score is already said there.
    ...(peers ?? [
      verdict
        ? lang === 'ko'
          ? `${verdict} ${score}`
          : `${verdict} ${score.charAt(0).toLowerCase()}${score.slice(1)}`
        : score,
    ]),
    ...reasons,
    ...steps(lang, i.actions),
  ];
}

/** A health score indicator as the customer knows it. */
const LEVER_NAMES: Record<string, Record<Lang, string>> = {
  DEBT_SERVICE: { ko: 'DSR(연간 원리금 ÷ 연소득)', en: 'your DSR (yearly loan repayments ÷ yearly income)' },
  SPEND_STABILITY: { ko: '분기별 지출 변화', en: 'how much your spending swings from quarter to quarter' },
  INSURANCE: { ko: '보험 대비', en: 'insurance cover' },
  SPEND_VS_INCOME: { ko: '소득 대비 카드 지출', en: 'card spending against income' },
  LIQUID_SAVINGS: { ko: '비상금(예적금)', en: 'savings on hand' },
  BILLS_ON_TIME: { ko: '연체 없는 상환', en: 'paying on time' },
};

/** What to change in an indicator to reach its full score, from its value and the value its curve scores 100 at. */
function leverChange(l: HealthLever, lang: Lang): string | null {
  const ko = lang === 'ko';
  const pct = (x: number) => formatPercent(x);
  const whole = (x: number) => formatPercent(x, 0);
  switch (l.indicator) {
    case 'DEBT_SERVICE': {
      if (l.value === null || l.fullAt === null) return null;
      const m = l.monthlyService;
      const money = m
        ? ko
          ? ` (한 달 원리금 ${formatWon(m.now, lang)} → ${formatWon(m.at, lang)} 이하: 원금 일부 상환이나 더 낮은 금리로)`
          : ` (monthly repayments from ${formatWon(m.now, lang)} to ${formatWon(m.at, lang)} or less: by prepaying or a lower rate)`
        : '';
      return ko
        ? `지금 ${pct(l.value)}인 DSR을 ${whole(l.fullAt)} 이하로 낮추면${money}`
        : `bringing it from ${pct(l.value)} down to ${whole(l.fullAt)} or less${money}`;
    }
    case 'SPEND_STABILITY': {
      if (l.value === null || l.fullAt === null) return null;
      const sign = l.value >= 0 ? '+' : '−';
      return ko
        ? `전 분기 대비 ${sign}${pct(Math.abs(l.value))}인 분기 카드 지출 변화를 ±${whole(l.fullAt)} 안으로 줄이면 (여행·큰 구매를 여러 분기에 나눠서)`
        : `keeping the change in your quarterly card spending within ±${whole(l.fullAt)} (now ${sign}${pct(Math.abs(l.value))}; spread trips and large purchases over quarters)`;
    }
    case 'INSURANCE':
      return ko
        ? '필요한 보장(실손·정기보험)을 갖추고 그 보험료가 카드 결제로 확인되면 (계좌이체로 내신다면 점수에 보이지 않을 뿐입니다)'
        : 'having the cover you need (health, term life) with its premiums seen on your card (paid by transfer, it just does not show)';
    case 'SPEND_VS_INCOME':
      if (l.value === null || l.fullAt === null) return null;
      return ko
        ? `소득의 ${pct(l.value)}인 카드 지출을 ${whole(l.fullAt)} 이하로 줄이면`
        : `bringing card spending from ${pct(l.value)} of your income to ${whole(l.fullAt)} or less`;
    case 'LIQUID_SAVINGS':
      if (l.value === null || l.fullAt === null) return null;
      return ko
        ? `카드 지출 ${l.value.toFixed(1)}개월분인 예적금을 ${l.fullAt}개월분으로 늘리면`
        : `building savings from ${l.value.toFixed(1)} to ${l.fullAt} months of card spending`;
    case 'BILLS_ON_TIME':
      return ko
        ? '연체된 회차를 모두 갚고 제때 내시면'
        : 'clearing the overdue instalments and paying on time';
    default:
      return null;
  }
}

/**
 * QA round 25 (left25a). "어떻게 하면 점수 올라가요", "how do i raise my score?" after the health score: the indicator
 * that would add the most points first — what to change, by how much and about how many points — then the others
 * (the tool's `levers`, from the score's own components and curves); null without levers.
 */
function raiseLeverLines(i: InsightsData, lang: Lang): string[] | null {
  const levers = (i.levers ?? [])
    .map((l) => ({ l, change: leverChange(l, lang), name: LEVER_NAMES[l.indicator]?.[lang] }))
    .filter((x): x is { l: HealthLever; change: string; name: string } => !!x.change && !!x.name);
  if (!levers.length || i.healthScore === null) return null;
  const ko = lang === 'ko';
  const band = phrase('healthBand', i.healthBand, lang);
  const quarter = formatQuarter(i.quarter, lang);
  const [first, ...rest] = levers;
  const up = Math.min(100, i.healthScore + first.l.points);
  return [
    ko
      ? koText`${quarter} 금융 건강 점수는 100점 만점에 ${i.healthScore}점(${band})이고, 가장 많이 올릴 수 있는 건 ${first.name}입니다: ${first.change} 약 ${first.l.points}점 올라 ${up}점쯤이 됩니다.`
      : `Your financial health score for ${quarter} is ${i.healthScore} out of 100 (${band}), and the biggest lever is ${first.name}: ${first.change} would add about ${first.l.points} points, to about ${up}.`,
    ...(rest.length
      ? [
          ko ? '그다음으로 올릴 수 있는 것:' : 'Then:',
          ...rest.map((x) =>
            ko
              ? `- ${x.name}: ${x.change} 약 ${x.l.points}점`
              : `- ${capitalised(x.name)}: ${x.change}, about ${x.l.points} points`,
          ),
        ]
      : []),
  ];
}

/**
 * QA round 23 (spend23). The customer's monthly card spending — ONE base for every answer that needs a month of it
 * (what a month leaves to save, a budget, an emergency fund, a hardship's outgoings, a goal after a cut, living on an
 * amount a month): the last three complete calendar months' card spending ÷ 3, to the won (half up, as the
 * overspending verdict's average), read by the pipeline over `cardSpendingMonths` (the months the overspending verdict is judged on) into
 * `data.spendingMonths`. The running month is left out: it is not a month's worth. Only when that read is missing
 * (a turn's data built without it) is it the latest complete quarter's ÷ 3, and `quarter` says so.
 */
interface MonthlyCard {
  amount: Decimal;
  total: Krw;
  from: string;
  through: string;
  /** The months it averages (3). */
  months: number;
  /** The quarter it was read from, when the months were not read; else null. */
  quarter: string | null;
  byCategory: SpendingSummaryData['byCategory'];
}
function monthlyCardSpending(data: TurnData): MonthlyCard | null {
  if (data.spendingMonths) return monthlyCardOf(data.spendingMonths);
  const q = data.spending?.quarters.find((x) => x.complete) ?? data.spending?.quarters[0];
  if (!q) return null;
  return {
    amount: averageOf(Decimal.max(0, q.total.amount), 3),
    total: q.total,
    from: q.quarter,
    through: q.quarter,
    months: 3,
    quarter: q.quarter,
    byCategory: [],
  };
}

/** A period's card spending as a month's: its total ÷ the calendar months it spans, to the won (half up). */
function monthlyCardOf(s: SpendingSummaryData): MonthlyCard {
  const months = Math.max(
    1,
    (Number(s.through.slice(0, 4)) - Number(s.from.slice(0, 4))) * 12 +
      Number(s.through.slice(5, 7)) -
      Number(s.from.slice(5, 7)) +
      1,
  );
  return {
    amount: averageOf(Decimal.max(0, s.total.amount), months),
    total: s.total,
    from: s.from,
    through: s.through,
    months,
    quarter: null,
    byCategory: s.byCategory,
  };
}

/**
 * QA round 27 (helper en27). "why was october so high?": "October was ₩2,324,660, ₩1,098,570 above your usual month
 * (₩1,226,090, the average of July to September)." — then the month's trip abroad (its days and total), the usual
 * month without a one-off month among it, and the places it spent the most.
 */
function monthHighWhy(
  input: IntentReplyInput,
  s: SpendingSummaryData,
  average: Decimal,
  diff: Decimal,
  months: string,
  oneOff: string | null,
): string[] {
  const { language: lang, data } = input;
  const ko = lang === 'ko';
  const name = ko ? `${Number(s.from.slice(5, 7))}월` : MONTH_NAMES[Number(s.from.slice(5, 7)) - 1];
  const gap = formatWon(diff, lang);
  const usualText = formatWon(average, lang);
  const lead = ko
    ? koText`${name}은/는 ${s.total.text}으로/로, 평소 한 달(${months} 평균 ${usualText})보다 ${gap} 많았습니다.`
    : `${name} was ${s.total.text}, ${gap} above your usual month (${usualText}, the average of ${months}).`;
  const trip = data.spendingTrip;
  const tripLine = trip
    ? (() => {
        const days = dayRange(trip.from, trip.through, data, lang);
        const count = formatCount(trip.count, 'transaction', lang);
        const most = new Decimal(trip.total.amount).times(2).gte(diff);
        return ko
          ? koText`${most ? '가장 큰 이유는' : '그중 하나는'} 해외여행(${days})입니다: 현지에서 ${count}, ${trip.total.text}을/를 쓰셨습니다.`
          : `${most ? 'The main reason is' : 'Part of it is'} your trip abroad (${days}): ${trip.total.text} spent there (${count}).`;
      })()
    : null;
  const places = s.byMerchant?.length
    ? rankedMerchants(s, lang)
        .slice(0, 3)
        .map((m) => `${m.label} ${m.amount.text}`)
    : [];
  const placesLine = places.length
    ? ko
      ? `${name}에 가장 많이 쓰신 곳은 ${formatList(places, lang)}입니다.`
      : `You spent the most in ${name} at ${formatList(places, lang)}.`
    : null;
  return [
    lead,
    ...(tripLine ? [tripLine] : []),
    ...(oneOff ? [oneOff] : []),
    ...(placesLine ? [placesLine] : []),
  ];
}

/**
 * QA round 27 (helper en27). "i'm saving for a wedding next year, how much should i put away each month?" with nothing
 * left over on the three months' average: when that average holds months far above the usual (the spending
 * forecast's one-offs: a trip, a large purchase), what a usual month (without them) leaves after the loan payments —
 * "That average includes September (₩1,281,030) and October (₩2,324,660) … in a usual month your card spending is
 * ₩381,440, which leaves about ₩665,952 a month". Null without such a month or when a usual month leaves nothing.
 */
function usualMonthSavingLine(
  input: IntentReplyInput,
  income: string,
  loans: string,
  months: number | undefined,
): string | null {
  const { data, language: lang } = input;
  const usual = data.spendingUsual;
  if (!usual || usual.length !== 3) return null;
  const base = usualMonthCard(usual, data.spendingOneOffMonths ?? []);
  if (!base.left.length) return null;
  const left = new Decimal(income).minus(loans).minus(base.amount);
  if (left.lte(0)) return null;
  const ko = lang === 'ko';
  const named = formatList(
    [...base.left]
      .reverse()
      .map((x) =>
        ko
          ? `${Number(x.from.slice(5, 7))}월(${x.total.text})`
          : `${MONTH_NAMES[Number(x.from.slice(5, 7)) - 1]} (${x.total.text})`,
      ),
    lang,
  );
  const leftText = formatWon(left.toFixed(0), lang);
  const over = months ? formatWon(left.times(months).toFixed(0), lang) : null;
  return ko
    ? koText`다만 그 평균에는 평소보다 훨씬 많이 쓴 ${named}이/가 들어 있습니다(여행·큰 구매 같은 한 번뿐인 지출): 그 달을 빼면 평소 한 달 카드 지출은 ${formatWon(base.amount, lang)}이고, 그만큼만 쓰면 대출 납입 후 매달 약 ${leftText}이/가 남아 모을 수 있습니다${over ? koText`(${formatCount(months!, 'month', lang)}이면 ${over})` : ''}.`
    : `But that average includes ${named}, months far above your usual (a trip or a large purchase, one-offs): in a usual month your card spending is ${formatWon(base.amount, lang)}, which leaves about ${leftText} a month after the loan payments to put aside${over ? ` (${over} over ${formatCount(months!, 'month', lang)})` : ''} — as long as the next months stay usual.`;
}

/**
 * QA round 25 (left25a). A usual month from single months' summaries (newest first), the months in `leftOut` (first
 * days) left out: their total ÷ their count, to the won (half up) — the same base as `monthlyCardOf`. With every month
 * left out, none is (the base stays all of them).
 */
function usualMonthCard(
  months: readonly SpendingSummaryData[],
  leftOut: readonly string[] = [],
): MonthlyCard & { kept: SpendingSummaryData[]; left: SpendingSummaryData[] } {
  const left = months.filter((m) => leftOut.includes(m.from));
  const kept = left.length === months.length ? [...months] : months.filter((m) => !left.includes(m));
  const total = kept.reduce((sum, m) => sum.plus(m.total.amount), new Decimal(0));
  return {
    amount: averageOf(Decimal.max(0, total), kept.length),
    total: { amount: total.toFixed(0), text: formatWon(total.toFixed(0), 'ko') } as Krw,
    from: kept[kept.length - 1].from,
    through: kept[0].through,
    months: kept.length,
    quarter: null,
    byCategory: [],
    kept,
    left: left.length === months.length ? [] : left,
  };
}

/**
 * QA round 25 (left25a). "평소(7~9월 한 달 평균 610,883원)" with a one-off month among the usual ones (the spending
 * forecast's `oneOffMonths`, read beside them): that month named with its spending, and the usual month without it and
 * the gap to it — "다만 7~9월에는 평소보다 훨씬 많이 쓴 9월(1,281,030원)이 들어 있어, 그 달을 빼면 평소 한 달은
 * 275,810원이고 10월은 그보다 2,048,850원 많습니다." Null without one (or when every usual month is one).
 */
function oneOffUsualLine(
  input: IntentReplyInput,
  s: SpendingSummaryData,
  usual: readonly SpendingSummaryData[],
  months: string,
): string | null {
  const lang = input.language;
  const base = usualMonthCard(usual, input.data.spendingOneOffMonths ?? []);
  if (!base.left.length) return null;
  const ko = lang === 'ko';
  const monthName = (iso: string) =>
    ko ? `${Number(iso.slice(5, 7))}월` : MONTH_NAMES[Number(iso.slice(5, 7)) - 1];
  const named = formatList(
    [...base.left]
      .reverse()
      .map((m) => (ko ? `${monthName(m.from)}(${m.total.text})` : `${monthName(m.from)} (${m.total.text})`)),
    lang,
  );
  const diff = new Decimal(s.total.amount).minus(base.amount);
  const now = summaryPeriodPhrase(s, lang);
  const usualText = formatWon(base.amount, lang);
  const gap = formatWon(diff.abs(), lang);
  return ko
    ? koText`다만 ${months}에는 평소보다 훨씬 많이 쓴 달(여행·큰 구매 같은 한 번뿐인 지출)인 ${named}이/가 들어 있어, 그 달을 빼면 평소 한 달은 ${usualText}이고 ${now}은/는 그보다 ${diff.isZero() ? '많지도 적지도 않습니다' : `${gap} ${diff.isPositive() ? '많습니다' : '적습니다'}`}.`
    : `${months} includes ${named}, a month far above your usual (a trip or a large purchase, a one-off): without it a usual month is ${usualText}, and ${now} is ${diff.isZero() ? 'the same' : `${gap} ${diff.isPositive() ? 'more' : 'less'}`}.`;
}

/**
 * QA round 24 (spend24). Two months' card spending summed ("그럼 그 두달 합치면?" after 9월 and 10월): "9월과 10월 카드
 * 지출은 합쳐서 3,605,690원입니다: 9월 1,281,030원(14건), 10월 2,324,660원(35건)." — the earlier month first; a month of
 * another year than the turn's with its year.
 */
function twoMonthsSummed(
  a: SpendingSummaryData,
  b: SpendingSummaryData,
  category: string | null,
  data: TurnData,
  lang: Lang,
): string[] {
  const [first, second] = a.from <= b.from ? [a, b] : [b, a];
  const sum = new Decimal(first.total.amount).plus(second.total.amount);
  const thisYear = data.asOf.slice(0, 4);
  const name = (x: SpendingSummaryData) => {
    const m = Number(x.from.slice(5, 7));
    const y = x.from.slice(0, 4);
    return lang === 'ko'
      ? `${y === thisYear ? '' : `${y}년 `}${m}월`
      : `${MONTH_NAMES[m - 1]}${y === thisYear ? '' : ` ${y}`}`;
  };
  const each = (x: SpendingSummaryData) =>
    lang === 'ko'
      ? `${name(x)} ${x.total.text}(${formatCount(x.purchaseCount, 'transaction', lang)})`
      : `${name(x)} ${x.total.text} (${formatCount(x.purchaseCount, 'transaction', lang)})`;
  const what = spendingWhat(first, category, lang);
  return [
    lang === 'ko'
      ? koText`${name(first)}과/와 ${name(second)} ${what}은/는 합쳐서 ${formatWon(sum, lang)}입니다: ${each(first)}, ${each(second)}.`
      : `Your ${what} in ${name(first)} and ${name(second)} together is ${formatWon(sum, lang)}: ${each(first)}, ${each(second)}.`,
    ...(second.complete ? [] : [stillRunning(lang)]),
  ];
}

/**
 * QA round 24 (spend24). Two calendar years' card spending: the later against the earlier, each with the months it has
 * on record (from the card's first transaction; this year to today) — a year with none is said to have no record,
 * not 0원.
 */
function yearsComparedLines(
  later: SpendingSummaryData,
  earlier: SpendingSummaryData,
  category: string | null,
  first: string,
  data: TurnData,
  lang: Lang,
): string[] {
  const ko = lang === 'ko';
  const now = data.asOf.slice(0, 7);
  const yearOf = (x: SpendingSummaryData) => Number(x.from.slice(0, 4));
  /** The months of a year on record: from the first record (or January) to December (or this month). */
  const onRecord = (x: SpendingSummaryData) => {
    const y = yearOf(x);
    const from = first > `${y}-01` ? first : `${y}-01`;
    const to = now < `${y}-12` ? now : `${y}-12`;
    const n =
      from > to
        ? 0
        : (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
          Number(to.slice(5, 7)) -
          Number(from.slice(5, 7)) +
          1;
    return { n, from: Number(from.slice(5, 7)), to: Number(to.slice(5, 7)) };
  };
  const [a, b] = [onRecord(later), onRecord(earlier)];
  const [ya, yb] = [yearOf(later), yearOf(earlier)];
  const firstName = ko
    ? `${first.slice(0, 4)}년 ${Number(first.slice(5, 7))}월`
    : `${MONTH_NAMES[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`;
  const what = spendingWhat(later, category, lang);
  const span = (r: { n: number; from: number; to: number }, y: number) =>
    ko
      ? `${r.from}~${r.to}월, ${r.n}개월`
      : `${MONTH_NAMES[r.from - 1]} to ${MONTH_NAMES[r.to - 1]} ${y}, ${r.n} month${r.n === 1 ? '' : 's'}`;
  if (a.n === 0 && b.n === 0)
    return [
      ko
        ? `${ya}년과 ${yb}년에는 카드 결제 기록이 없어 비교할 수 없습니다: 카드 기록은 ${firstName}부터 있습니다.`
        : `There is no card spending on record in ${ya} or ${yb}, so there is nothing to compare: your card records start in ${firstName}.`,
    ];
  if (a.n === 0 || b.n === 0) {
    const [none, some, r, ys, yn] = a.n === 0 ? [ya, earlier, b, yb, ya] : [yb, later, a, ya, yb];
    void none;
    return [
      ko
        ? `${yn}년에는 카드 결제 기록이 없어 비교할 수 없습니다: ${ys}년 ${what}은 ${some.total.text}입니다 (기록이 있는 ${span(r, ys)}, ${formatCount(some.purchaseCount, 'transaction', lang)}).`
        : `There is no card spending on record in ${yn}, so there is nothing to compare with: your ${what} in ${ys} is ${some.total.text} (${span(r, ys)} on record, ${formatCount(some.purchaseCount, 'transaction', lang)}).`,
      ko ? `카드 기록은 ${firstName}부터 있습니다.` : `Your card records start in ${firstName}.`,
    ];
  }
  const diff = new Decimal(later.total.amount).minus(earlier.total.amount);
  const partial = [
    [a, ya],
    [b, yb],
  ]
    .filter(([r]) => (r as { n: number }).n < 12)
    .map(([r, y]) => span(r as { n: number; from: number; to: number }, y as number));
  return [
    ko
      ? `${ya}년 ${what}은 ${later.total.text}으로, ${yb}년 ${earlier.total.text}보다 ${formatWon(diff.abs().toFixed(0), lang)} ${diff.gte(0) ? '많습니다' : '적습니다'}.`
      : `Your ${what} in ${ya} is ${later.total.text}: ${formatWon(diff.abs().toFixed(0), lang)} ${diff.gte(0) ? 'more' : 'less'} than in ${yb} (${earlier.total.text}).`,
    ...(partial.length
      ? [
          ko
            ? `기록이 한 해 전부는 아닙니다: ${partial.join('; ')}.`
            : `Not a whole year on record: ${partial.join('; ')}.`,
        ]
      : []),
  ];
}

/** A DATES summary of whole calendar months that have ended (from a 1st to a month's last day, complete). */
function wholeMonths(s: SpendingSummaryData): boolean {
  return (
    s.period === 'DATES' && s.complete && s.from.endsWith('-01') && addDays(s.through, 1).endsWith('-01')
  );
}

/** "최근 3개월(8~10월)" / "in the last 3 complete months (August to October)": a summary of whole months. */
function completeMonthsPhrase(s: SpendingSummaryData, lang: Lang): string {
  const phrase = cardMonthsPhrase(monthlyCardOf(s), lang);
  return lang === 'ko' ? phrase : `in ${phrase}`;
}

/** "최근 3개월(8~10월)" / "the last 3 complete months (August to October)": the months a MonthlyCard averages. */
function cardMonthsPhrase(c: MonthlyCard, lang: Lang): string {
  if (c.quarter) return formatQuarter(c.quarter, lang);
  const first = Number(c.from.slice(5, 7));
  const last = Number(c.through.slice(5, 7));
  return lang === 'ko'
    ? `최근 ${c.months}개월(${first}~${last}월)`
    : `the last ${c.months} complete months (${MONTH_NAMES[first - 1]} to ${MONTH_NAMES[last - 1]})`;
}

/**
 * What a month leaves to save: the last complete quarter's income ÷ 3, less the monthly card spending
 * (`monthlyCardSpending`) and the next instalments of the active loans (a month's debt service). Income is rounded
 * down and spending up, so the figure never flatters.
 */
function monthlySurplus(
  income: string,
  card: Decimal,
  debtService: string,
): { income: string; spending: string; surplus: string } {
  const i = new Decimal(income).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const sp = card;
  return {
    income: i.toFixed(0),
    spending: sp.toFixed(0),
    surplus: i.minus(sp).minus(debtService).toFixed(0),
  };
}

/**
 * "비상금 얼마나 있어야 해요?": three to six months of what goes out each month (card spending + the loans' next
 * instalments), the deposits already there if known, and how long the monthly surplus takes to reach three months.
 */
function emergencyFundLines(
  m: { spending: string; surplus: string },
  debt: Krw | null,
  deposits: Krw | null,
  lang: Lang,
): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const monthly = new Decimal(m.spending).plus(debt?.amount ?? 0);
  const low = monthly.mul(3);
  const high = monthly.mul(6);
  const withLoans = debt !== null && debt.amount !== '0';
  const parts =
    lang === 'ko'
      ? `카드 지출 월 ${won(m.spending)}${withLoans ? ` + 대출 납입 월 ${debt.text}` : ''}`
      : `card spending ${won(m.spending)}${withLoans ? ` + loan payments ${debt.text}` : ''}`;
  const out = [
    lang === 'ko'
      ? koText`비상금은 생활비 3~6개월치, 고객님은 약 ${won(low)} ~ ${won(high)}이/가 적당합니다: 한 달에 나가는 돈 ${won(monthly)}(${parts}) 기준입니다.`
      : `An emergency fund should cover 3–6 months of outgoings: about ${won(low)} to ${won(high)} for you, from ${won(monthly)} a month (${parts}).`,
  ];
  const have = new Decimal(deposits?.amount ?? 0);
  if (deposits)
    out.push(
      have.gte(low)
        ? lang === 'ko'
          ? koText`분기 말 예금 ${deposits.text}으로/로 이미 3개월치 이상이 있습니다.`
          : `Your deposits of ${deposits.text} at the quarter's end already cover three months.`
        : lang === 'ko'
          ? koText`분기 말 예금 ${deposits.text}에서 3개월치까지 ${won(low.minus(have))}이/가 더 필요합니다.`
          : `With ${deposits.text} in deposits at the quarter's end, three months needs ${won(low.minus(have))} more.`,
    );
  const surplus = new Decimal(m.surplus);
  const missing = low.minus(have);
  if (missing.gt(0))
    out.push(
      surplus.gt(0)
        ? lang === 'ko'
          ? koText`매달 남는 약 ${won(surplus)}을/를 모으면 ${missing.div(surplus).ceil().toFixed(0)}개월 뒤 3개월치가 됩니다.`
          : `Saving the ${won(surplus)} left over each month gets you to three months in ${missing.div(surplus).ceil().toFixed(0)} months.`
        : lang === 'ko'
          ? '지금은 매달 남는 돈이 없어, 지출을 먼저 줄여야 비상금을 모을 수 있습니다.'
          : 'Nothing is left over each month right now: spending has to come down before a fund can grow.',
    );
  return out;
}

/** The share of income a budget sets aside first (the savings steps' "10–20 %", its upper end). */
const BUDGET_SAVING_SHARE = new Decimal('0.2');

/**
 * "예산 짜는 거 도와줘": a month's budget from the customer's own figures — income, the loans' instalments (fixed), 20 %
 * of income saved first (rounded down to the won), and what that leaves for card spending; then the card spending of
 * the last three months a month (÷ 3, half up) against it, and the categories it went to.
 */
/**
 * "이번 달 예산 안에서 쓰고 있어?": this month's card spending so far against the budget's spending share (income less
 * the loans and 20 % saved, budgetLines), beside how much of the month has gone — first.
 */
function onTrackLine(
  income: string,
  loans: string,
  s: SpendingSummaryData,
  data: TurnData,
  overAsked: boolean,
  lang: Lang,
  fixedIncluded = false,
): string {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  // QA round 26 (ko3): beside a budget that takes the fixed outgoings first, the card budget says it holds them.
  const label =
    lang === 'ko'
      ? fixedIncluded
        ? '고정 지출을 포함한 카드 예산'
        : '생활비 예산'
      : fixedIncluded
        ? 'card budget (fixed outgoings included)'
        : 'spending budget';
  const card = new Decimal(income)
    .minus(loans)
    .minus(new Decimal(income).times(BUDGET_SAVING_SHARE).toDecimalPlaces(0, Decimal.ROUND_DOWN));
  const gone = monthGonePercent(data.asOf);
  if (card.lte(0))
    return lang === 'ko'
      ? koText`이번 달 오늘까지 카드 지출은 ${s.total.text}이지만, 대출 납입과 저축을 떼면 생활비 예산이 남지 않습니다.`
      : `You have spent ${s.total.text} on your card this month, but after loan payments and savings no spending budget is left.`;
  const used = Math.round(new Decimal(s.total.amount).div(card).times(100).toNumber());
  const over = new Decimal(s.total.amount).gt(card);
  return lang === 'ko'
    ? over
      ? koText`${overAsked ? '네, ' : ''}이번 달은 예산을 넘었습니다: 오늘까지 카드 지출 ${s.total.text}이/가 ${label} ${won(card)}보다 ${won(new Decimal(s.total.amount).minus(card))} 많습니다 (이달의 ${gone}%가 지났습니다).`
      : koText`${overAsked ? '아니요, 예산을 넘지 않았습니다' : used <= gone ? '네, 예산 안에서 쓰고 계십니다' : '예산보다 빠르게 쓰고 계십니다'}${overAsked && used > gone ? ' (다만 예산보다 빠르게 쓰고 계십니다)' : ''}: 이번 달 오늘까지 카드 지출 ${s.total.text}은/는 ${label} ${won(card)}의 ${used}%이고, 이달은 ${gone}%가 지났습니다.`
    : over
      ? `${overAsked ? 'Yes, this' : 'This'} month is over budget: your card spending so far, ${s.total.text}, is ${won(new Decimal(s.total.amount).minus(card))} over the ${won(card)} ${label} (${gone}% of the month has gone).`
      : `${overAsked ? 'No, you are not over budget' : used <= gone ? 'Yes, you are on track' : 'You are spending faster than the budget'}${overAsked && used > gone ? ', though you are spending faster than it' : ''}: your card spending so far this month, ${s.total.text}, is ${used}% of the ${won(card)} ${label}, with ${gone}% of the month gone.`;
}

/**
 * QA round 24 (fu24). The month on an income cut the customer stated: the income less the cut, the loan payments and
 * the monthly card spending — how much a month must be saved (cut) to make ends meet, or that it still fits.
 */
function incomeCutLine(income: string, cut: string, loans: string, spent: MonthlyCard, lang: Lang): string {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const afterLoans = new Decimal(income).minus(loans);
  const gap = spent.amount.minus(afterLoans);
  const months = cardMonthsPhrase(spent, lang);
  if (gap.gt(0))
    return lang === 'ko'
      ? koText`한 달에 약 ${won(gap)}을/를 아끼셔야 합니다: 수입이 월 ${won(cut)} 줄면 월 소득은 ${won(income)}이고, 대출 납입 ${won(loans)}을/를 내면 ${won(afterLoans)}이/가 남는데, ${months} 카드 지출은 월평균 ${won(spent.amount)}입니다.`
      : `You would need to cut about ${won(gap)} a month: with ${won(cut)} less a month your income is ${won(income)}, which leaves ${won(afterLoans)} after loan payments of ${won(loans)}, against card spending of ${won(spent.amount)} a month over ${months}.`;
  return lang === 'ko'
    ? koText`수입이 월 ${won(cut)} 줄어도 지금 지출로 버틸 수 있습니다: 월 소득 ${won(income)}에서 대출 납입 ${won(loans)}을/를 내면 ${won(afterLoans)}이/가 남고, ${months} 카드 지출은 월평균 ${won(spent.amount)}입니다 (매달 ${won(gap.abs())} 여유).`
    : `Even with ${won(cut)} less a month your spending fits: your income of ${won(income)} leaves ${won(afterLoans)} after loan payments of ${won(loans)}, against card spending of ${won(spent.amount)} a month over ${months} (${won(gap.abs())} to spare).`;
}

/**
 * QA round 26 (ko3). The fixed outgoings a budget takes first beside the loans: the card charges repeated every month
 * (customer.recurringCharges — a phone bill, a subscription), each with its category and usual day. Null when none.
 */
function fixedOutgoings(data: TurnData, lang: Lang): { total: Decimal; text: string } | null {
  const r = data.recurring;
  if (!r || r.charges.length === 0) return null;
  const total = new Decimal(r.monthlyTotal.amount);
  if (!total.gt(0)) return null;
  const each = r.charges
    .map((c) =>
      lang === 'ko'
        ? `${phrase('category', c.category, lang)} ${c.amount.text}, 매달 ${c.usualDay}일 무렵`
        : `${phrase('category', c.category, lang)} ${c.amount.text} around day ${c.usualDay}`,
    )
    .join('; ');
  return { total, text: each };
}

function budgetLines(
  income: string,
  loans: string,
  spent: MonthlyCard | null,
  lang: Lang,
  cut = false,
  fixed: { total: Decimal; text: string } | null = null,
): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const save = new Decimal(income).times(BUDGET_SAVING_SHARE).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const afterLoans = new Decimal(income).minus(loans);
  // QA round 26 (ko3). "세후 150인데 한 달 예산 어떻게 짜요?": the loans and the fixed outgoings taken first, then
  // saving and living out of what is left (the fixed charges are card charges, so the card budget holds them).
  const afterFixed = fixed ? afterLoans.minus(fixed.total) : afterLoans;
  const living = afterFixed.minus(save);
  const card = fixed ? living.plus(fixed.total) : living;
  const out = [
    fixed && living.gt(0)
      ? lang === 'ko'
        ? koText`${cut ? '줄어든 ' : ''}월 소득 ${won(income)}으로/로 짠 한 달 예산: 대출 납입 ${won(loans)}과 고정 지출 ${won(fixed.total)}(${fixed.text})을/를 먼저 떼면 ${won(afterFixed)}이/가 남고, 그중 저축 ${won(save)}(소득의 20%), 생활비 ${won(living)}입니다.`
        : `A month’s budget on your ${cut ? 'new ' : ''}income of ${won(income)}: take the loan payments of ${won(loans)} and the fixed outgoings of ${won(fixed.total)} (${fixed.text}) first, which leaves ${won(afterFixed)}; of that, savings ${won(save)} (20% of income) and living spending ${won(living)}.`
      : card.gt(0) && !fixed
        ? lang === 'ko'
          ? koText`${cut ? '줄어든 ' : ''}월 소득 ${won(income)}으로/로 짠 한 달 예산: 대출 납입 ${won(loans)}, 저축 ${won(save)}(소득의 20%), 카드 등 생활비 ${won(card)}입니다.`
          : `A month’s budget on your ${cut ? 'new ' : ''}income of ${won(income)}: loan payments ${won(loans)}, savings ${won(save)} (20% of income), card and living spending ${won(card)}.`
        : lang === 'ko'
          ? koText`월 소득 ${won(income)}에서 대출 납입 ${won(loans)}을/를 빼면 ${won(afterLoans)}만 남아, 소득의 20%(${won(save)})를 먼저 떼어 두기는 어렵습니다. 대출 납입을 줄이는 방법("대출 갈아타면 얼마 아껴요?")부터 보시길 권합니다.`
          : `After loan payments of ${won(loans)}, your income of ${won(income)} leaves ${won(afterLoans)}, short of 20% of income (${won(save)}) to save first: look at lowering the loan payments first ("can I save by refinancing?").`,
  ];
  // QA round 24 (en24b). "my salary got cut to 1.3m a month, make me a budget": the cut met, with the loan's share.
  if (cut && new Decimal(loans).gt(0)) {
    const share = new Decimal(loans).div(income).times(100).toDecimalPlaces(0).toFixed(0);
    out.push(
      lang === 'ko'
        ? koText`월급이 줄어 속상하시겠어요. 이제 대출 납입 ${won(loans)}이/가 소득의 ${share}%를 차지해 빠듯한 예산입니다.`
        : `Sorry about the pay cut: the loan's ${won(loans)} now takes ${share}% of your income, so this budget is tight.`,
    );
  }
  // QA round 23 (spend23): the monthly card spending of every answer (`monthlyCardSpending`), the last three complete
  // months (was the last three months to date, the running month's days in them).
  if (spent) {
    const perMonth = (v: string) => averageOf(v, spent.months);
    const gap = spent.amount.minus(card);
    const withinBudget = fixed ? living.gt(0) : card.gt(0);
    const months = cardMonthsPhrase(spent, lang);
    out.push(
      lang === 'ko'
        ? koText`${months} 카드 지출은 월평균 ${won(spent.amount)}으로/로, ${withinBudget ? `이 예산${fixed ? koText`(고정 지출과 생활비 ${won(card)})` : ''}보다 ${won(gap.abs())} ${gap.gt(0) ? '많습니다' : '적습니다'}` : '대출 납입 뒤 남는 돈의 대부분을 차지합니다'}.`
        : `Over ${months} your card spending averaged ${won(spent.amount)} a month, ${withinBudget ? `${won(gap.abs())} ${gap.gt(0) ? 'over' : 'under'} this budget${fixed ? ` (fixed outgoings and living spending, ${won(card)})` : ''}` : 'most of what the loans leave'}.`,
    );
    if (spent.byCategory.length > 0)
      out.push(
        (lang === 'ko' ? '월평균 많이 쓴 업종: ' : 'Largest categories a month: ') +
          [...spent.byCategory]
            .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))
            .slice(0, 3)
            .map((c) => `${phrase('category', c.category, lang)} ${won(perMonth(c.amount.amount))}`)
            .join(', ') +
          '.',
      );
  }
  return out;
}

/**
 * "이번 달 남은 돈 얼마야?": a month's income (the quarter's ÷ 3) less the loans' monthly payments and this month's
 * card spending so far, first; then what that leaves a day to the month's end (today included).
 */
function leftThisMonthLines(
  income: string,
  debt: Krw | null,
  s: SpendingSummaryData,
  data: TurnData,
  lang: Lang,
  purchase?: string,
  /** QA round 28 (ko28). The sum is money lent ("동생이 300만원 빌려달라는데"), not a thing bought. */
  lend = false,
): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const loans = debt && debt.amount !== '0' ? debt : null;
  const left = new Decimal(income).minus(s.total.amount).minus(loans?.amount ?? 0);
  const card = koText`이번 달 카드 지출 ${s.total.text}`;
  const outgoings =
    lang === 'ko'
      ? loans
        ? koText`대출 납입 ${loans.text}와/과 ${card}`
        : card
      : `${loans ? `loan payments of ${loans.text} and ` : ''}this month’s card spending of ${s.total.text}`;
  const range = dayRange(s.from, s.through, data, lang);
  const end = addDays(addMonths(`${s.from.slice(0, 7)}-01`, 1), -1);
  const days = daysBetween(data.asOf, end) + 1;
  if (left.lte(0))
    return [
      lang === 'ko'
        ? koText`이번 달은 이미 월 소득 ${won(income)}보다 ${won(left.abs())} 더 나갔습니다: ${outgoings}을/를 합친 금액입니다 (카드 지출은 ${range}).`
        : `This month has already gone ${won(left.abs())} past your monthly income of ${won(income)}: ${outgoings} (card spending ${range}).`,
    ];
  const perDay = left.div(Math.max(1, days)).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  // "150만원짜리 노트북 사도 될까요?": the purchase against what is left, first.
  const buy = purchase ? new Decimal(purchase) : null;
  const verdict = buy
    ? lend
      ? buy.gt(left)
        ? lang === 'ko'
          ? koText`이번 달 여유로는 ${won(buy)}을/를 빌려주기 어렵습니다: 이번 달 남은 돈 약 ${won(left)}보다 ${won(buy.minus(left))} 많습니다.`
          : `This month has no room to lend ${won(buy)}: it is ${won(buy.minus(left))} more than the about ${won(left)} your month has left.`
        : lang === 'ko'
          ? koText`${won(buy)}을/를 빌려주면 이번 달 남은 돈 약 ${won(left)}에서 ${won(left.minus(buy))}이/가 남습니다.`
          : `Lending ${won(buy)} fits in the about ${won(left)} your month has left, leaving ${won(left.minus(buy))}.`
      : buy.gt(left)
        ? lang === 'ko'
          ? koText`${won(buy)}짜리는 이번 달 남은 돈 약 ${won(left)}보다 ${won(buy.minus(left))} 많아, 이번 달 여유로는 부족합니다: 할부나 대출로 사면 다음 달 이후의 부담이 됩니다.`
          : `A ${won(buy)} purchase is ${won(buy.minus(left))} more than the about ${won(left)} your month has left, so this month’s money does not cover it: paying by instalments or a loan moves the cost to the months ahead.`
        : lang === 'ko'
          ? koText`${won(buy)}짜리를 사면 이번 달 남은 돈 약 ${won(left)}에서 ${won(left.minus(buy))}이/가 남습니다.`
          : `A ${won(buy)} purchase fits in the about ${won(left)} your month has left, leaving ${won(left.minus(buy))}.`
    : null;
  return [
    ...(verdict ? [verdict] : []),
    lang === 'ko'
      ? koText`이번 달 남은 돈은 약 ${won(left)}입니다: 월 소득 ${won(income)}에서 ${outgoings}을/를 뺀 금액입니다 (카드 지출은 ${range}).`
      : `You have about ${won(left)} left this month: your monthly income of ${won(income)} less ${outgoings} (card spending ${range}).`,
    ...(days > 0
      ? [
          lang === 'ko'
            ? `이달 말까지 오늘을 포함해 ${days}일 남아, 하루 약 ${won(perDay)}씩 쓸 수 있습니다.`
            : `With ${formatCount(days, 'day', lang)} to the month’s end (today included), that is about ${won(perDay)} a day.`,
        ]
      : []),
  ];
}

/**
 * Beside the month's money left (QA round 19: "하루 291,284원씩 쓸 수 있습니다" with a bill bigger than the income due):
 * the card bill due this month — last month's use, what actually leaves the account now — and what income less the
 * loans and that bill leaves or lacks. None when no bill was read or it is nothing.
 */
function billThisMonthLine(
  income: string,
  debt: Krw | null,
  data: TurnData,
  lang: Lang,
): { short: boolean; lead: string; aside: string } | null {
  const billed = data.spendingBilled;
  if (!billed) return null;
  const bill = billAmount(billed, data);
  if (bill.lte(0)) return null;
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  // QA round 26 (ko3). The loans' instalment of this month: one already paid (the 11/21 payment, asked on the 29th) is
  // said as paid — not as still to go out — and one still to come with its day; none found, the next instalments.
  const month = data.asOf.slice(0, 7);
  let paid = new Decimal(0);
  let toGo = new Decimal(0);
  const paidOn: string[] = [];
  const dueOn: string[] = [];
  for (const l of data.loans?.loans ?? []) {
    if (l.status !== 'ACTIVE') continue;
    const next = l.nextPayment;
    const prev = l.previousPayment;
    if (next && next.dueDate.slice(0, 7) === month) {
      toGo = toGo.plus(next.payment.amount);
      dueOn.push(next.dueDate);
    } else if (prev && prev.dueDate.slice(0, 7) === month && prev.dueDate <= data.asOf) {
      paid = paid.plus(prev.payment.amount);
      paidOn.push(prev.dueDate);
    }
  }
  const found = paidOn.length + dueOn.length > 0;
  const loansOfMonth = found ? paid.plus(toGo) : new Decimal(debt?.amount ?? 0);
  const days = (ds: string[]) =>
    [...new Set(ds)]
      .sort()
      .map((d) => date(d, data, lang))
      .join(', ');
  const note =
    lang === 'ko'
      ? [
          ...(paidOn.length ? [`${days(paidOn)} 납입 완료`] : []),
          ...(dueOn.length ? [`${days(dueOn)} 예정`] : []),
        ].join(', ')
      : [
          ...(paidOn.length ? [`paid on ${days(paidOn)}`] : []),
          ...(dueOn.length ? [`due on ${days(dueOn)}`] : []),
        ].join('; ');
  const loanNote = found ? (lang === 'ko' ? `(${note})` : ` (${note})`) : '';
  const rest = new Decimal(income).minus(loansOfMonth).minus(bill);
  const short = rest.lt(0);
  const way =
    lang === 'ko'
      ? '모아 둔 돈이 없다면 결제일 전에 카드사에 분할납부를 문의하시고, 리볼빙은 피하세요.'
      : 'Unless you have savings, ask the card company about paying in instalments before the due date, and avoid revolving.';
  return {
    short,
    lead:
      lang === 'ko'
        ? koText`이번 달은 돈이 모자랄 수 있습니다: 이번 달 결제일에 통장에서 나가는 카드값 약 ${won(bill)}(지난달 사용분)과 대출 납입 ${won(loansOfMonth)}${loanNote}을 월 소득 ${won(income)}에서 빼면 ${won(rest.abs())}이 모자랍니다. ${way}`
        : `This month may come up short: the card bill leaving your account this month, about ${won(bill)} (last month’s use), and loan payments of ${won(loansOfMonth)}${loanNote} come to ${won(rest.abs())} more than your monthly income of ${won(income)}. ${way}`,
    aside:
      lang === 'ko'
        ? koText`이번 달 결제일에 통장에서 나가는 카드값은 약 ${won(bill)}(지난달 사용분)이라, 월 소득에서 대출 납입${found ? koText` ${won(loansOfMonth)}${loanNote}` : ''}과 이 카드값을 빼면 ${won(rest)}이 남습니다.`
        : `The card bill leaving your account this month is about ${won(bill)} (last month’s use), so your income less the loan payments${found ? ` of ${won(loansOfMonth)}${loanNote}` : ''} and that bill leaves ${won(rest)}.`,
  };
}

/** This month's last day and the days left to it, today included. */
function restOfMonth(asOf: string): { end: string; daysLeft: number } {
  const end = addDays(addMonths(`${asOf.slice(0, 7)}-01`, 1), -1);
  return { end, daysLeft: daysBetween(asOf, end) + 1 };
}

/**
 * "한달 예산 80만원인데 남은 기간 하루에 얼마씩 써야 돼요?": the month's budget less this month's card spending so far,
 * spread over the days left (today included) — QA round 16: the whole budget was spread over the last three days,
 * as if nothing had been spent.
 */
function budgetLeftLines(amount: string, s: SpendingSummaryData, data: TurnData, lang: Lang): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const { end, daysLeft } = restOfMonth(data.asOf);
  const spent = Decimal.max(0, s.total.amount);
  const left = new Decimal(amount).minus(spent);
  const span =
    lang === 'ko'
      ? `남은 ${daysLeft}일(오늘 포함, ${date(end, data, lang)}까지)`
      : `the ${formatCount(daysLeft, 'day', lang)} left (today included, to ${date(end, data, lang)})`;
  if (left.lte(0))
    return [
      lang === 'ko'
        ? koText`이번 달 카드 지출이 이미 ${s.total.text}으로/로 한 달 예산 ${won(amount)}을/를 ${won(left.abs())} 넘었습니다: 남은 기간에는 꼭 필요한 지출만 하시는 게 좋습니다.`
        : `This month’s card spending is already ${s.total.text}, ${won(left.abs())} over your ${won(amount)} monthly budget: keep the rest of the month to what you must pay.`,
    ];
  const perDay = left.div(daysLeft).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  // What is left and what it makes a day, both in the first sentence: "얼마 남았어?" and "하루에 얼마씩?" alike.
  return [
    lang === 'ko'
      ? koText`한 달 예산 ${won(amount)} 중 ${won(left)}이/가 남아, ${span} 하루 약 ${won(perDay)}까지 쓰시면 됩니다 (이번 달 카드 지출 ${s.total.text}).`
      : `Of your ${won(amount)} monthly budget ${won(left)} is left: about ${won(perDay)} a day for ${span} (you have spent ${s.total.text} on your cards this month).`,
    lang === 'ko'
      ? '카드 지출만 센 금액이라 현금이나 계좌이체로 쓰신 돈은 따로 빼 주세요.'
      : 'This counts card spending only: take off anything paid in cash or by transfer.',
  ];
}

/**
 * "이번달 생활비 50만원으로 버틸 수 있을까?": the amount spread over the days left this month (today included), set
 * against this month's card spending a day so far (rounded up: never flattering), first — what spending as usual
 * takes and what is left or short; then loan payments falling due before the month's end, and that cash and
 * transfers are not in the card figure.
 */
function getByLines(amount: string, s: SpendingSummaryData, data: TurnData, lang: Lang): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const { end, daysLeft } = restOfMonth(data.asOf);
  const daysSoFar = daysBetween(s.from, data.asOf) + 1;
  const budgetPerDay = new Decimal(amount).div(daysLeft).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const spent = Decimal.max(0, s.total.amount);
  const usualPerDay = spent.div(Math.max(1, daysSoFar)).toDecimalPlaces(0, Decimal.ROUND_UP);
  const usual = usualPerDay.times(daysLeft);
  const gap = new Decimal(amount).minus(usual);
  const span =
    lang === 'ko'
      ? `이번 달 남은 ${daysLeft}일(오늘 포함, ${date(end, data, lang)}까지)`
      : `the ${formatCount(daysLeft, 'day', lang)} left this month (today included, to ${date(end, data, lang)})`;
  const out: string[] = [];
  if (spent.isZero())
    out.push(
      lang === 'ko'
        ? koText`${won(amount)}이면 ${span} 하루 약 ${won(budgetPerDay)}씩 쓸 수 있습니다. 이번 달에는 아직 카드 지출이 없어 평소 씀씀이와 견줄 수 없습니다.`
        : `${won(amount)} over ${span} is about ${won(budgetPerDay)} a day. You have no card spending this month yet to set it against.`,
    );
  else if (gap.gte(0))
    out.push(
      lang === 'ko'
        ? koText`네, 평소대로라면 충분해 보입니다: ${won(amount)}이면 ${span} 하루 약 ${won(budgetPerDay)}씩 쓸 수 있고, 이번 달 카드 지출은 하루 평균 약 ${won(usualPerDay)}(오늘까지 ${s.total.text})이라 남은 기간 약 ${won(usual)}이/가 들어 약 ${won(gap)}이/가 남습니다.`
        : `Yes, at your usual pace it should last: ${won(amount)} over ${span} is about ${won(budgetPerDay)} a day, and your card spending this month averages about ${won(usualPerDay)} a day (${s.total.text} so far), so the rest of the month takes about ${won(usual)}, leaving about ${won(gap)}.`,
    );
  else
    out.push(
      lang === 'ko'
        ? koText`평소대로라면 약 ${won(gap.abs())}이/가 모자랄 수 있습니다: ${won(amount)}이면 ${span} 하루 약 ${won(budgetPerDay)}씩인데, 이번 달 카드 지출은 하루 평균 약 ${won(usualPerDay)}(오늘까지 ${s.total.text})이라 남은 기간 약 ${won(usual)}이/가 듭니다.`
        : `At your usual pace it may fall about ${won(gap.abs())} short: ${won(amount)} over ${span} is about ${won(budgetPerDay)} a day, but your card spending this month averages about ${won(usualPerDay)} a day (${s.total.text} so far), so the rest of the month takes about ${won(usual)}.`,
    );
  // Loan payments due before the month ends come out of the same money.
  const due = (data.loans?.loans ?? []).filter(
    (l) => l.nextPayment && l.nextPayment.dueDate >= data.asOf && l.nextPayment.dueDate <= end,
  );
  for (const l of due)
    out.push(
      lang === 'ko'
        ? koText`그 사이 ${date(l.nextPayment!.dueDate, data, lang)}에 ${loanName(l, lang)} 납입 ${l.nextPayment!.payment.text}도 나갑니다.`
        : `Your ${loanName(l, lang)} payment of ${l.nextPayment!.payment.text} also falls due on ${date(l.nextPayment!.dueDate, data, lang)}.`,
    );
  if (data.loans && due.length === 0 && data.loans.activeCount > 0)
    out.push(
      lang === 'ko'
        ? '이달 말까지 대출 납입일은 없습니다.'
        : 'No loan payment falls due before the month ends.',
    );
  out.push(
    lang === 'ko'
      ? '카드 지출만 본 것으로, 현금이나 계좌이체로 내는 생활비(월세, 공과금 등)는 빠져 있습니다.'
      : 'This counts card spending only: living costs paid in cash or by transfer (rent, utilities) are not in it.',
  );
  return out;
}

/** "만 19–34세" / "ages 19–34", "만 35세 이상" / "35 and over": a product's age limits, or null without any. */
function ageLimits(p: ProductLine, lang: Lang): string | null {
  if (p.minAge === null && p.maxAge === null) return null;
  if (lang === 'ko')
    return p.maxAge === null
      ? `만 ${p.minAge}세 이상`
      : p.minAge === null
        ? `만 ${p.maxAge}세 이하`
        : `만 ${p.minAge}–${p.maxAge}세`;
  return p.maxAge === null
    ? `${p.minAge} and over`
    : p.minAge === null
      ? `up to ${p.maxAge}`
      : `ages ${p.minAge}–${p.maxAge}`;
}

/**
 * "적금 추천해주세요", "청년 적금 금리 몇프로에요?", "해외여행 자주 가는데 카드 바꾸는 게 나을까요", "do you have a savings
 * account with good interest? looking to park 3m", "recommend me something": the product named, or the one the
 * recommendation engine picks for them, first — its benefit, age limits against their age, and why it fits (the
 * engine's reasons); a lump sum named is worked out on the term deposit (its rate, 12 months, after the 15.4% tax);
 * then the other products of that kind their age allows; never an approval.
 */
function recommendLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const r = data.recommendations;
  if (!r)
    return [
      lang === 'ko'
        ? '지금은 상품 추천을 불러올 수 없습니다. 잠시 후 다시 물어봐 주세요.'
        : 'I can’t load product recommendations right now; please ask again in a moment.',
    ];
  const all = [...r.recommended, ...r.others];
  const out: string[] = [];
  const named = input.understanding.slots.product;
  const asked = named ? all.find((p) => p.id === named) : undefined;
  // "금리 높은 걸로요": the product paying the highest rate of those open to them.
  const paying = input.understanding.slots.highestRate
    ? all
        .filter((p) => p.rate !== null && p.kind !== 'LOAN')
        .sort((a, b) => new Decimal(b.rate!).cmp(a.rate!))[0]
    : undefined;
  if (paying && !asked) {
    const rate = formatPercent(Number(paying.rate));
    out.push(
      lang === 'ko'
        ? koText`가입하실 수 있는 상품 중 금리가 가장 높은 것은 ${paying.name}(연 ${rate})입니다: ${paying.benefit}.`
        : `Of the products open to you, the ${paying.name} pays the highest rate, ${rate} a year: ${paying.benefit}.`,
    );
  }
  const best = asked ?? (paying ? undefined : r.recommended[0]);
  const kindWord = {
    SAVINGS: { ko: '예·적금', en: 'savings product' },
    CARD: { ko: '카드', en: 'card' },
    LOAN: { ko: '대출', en: 'loan' },
  };
  if (named && !asked)
    out.push(
      lang === 'ko'
        ? '물어보신 상품은 지금 고객님 나이로는 가입 대상이 아니거나 이미 가지고 계신 상품입니다.'
        : 'The product you asked about is not open to you at your age, or you already hold it.',
    );
  if (best) {
    const limits = ageLimits(best, lang);
    const fits = r.age !== null && limits !== null;
    const why = best.reasons.length ? best.reasons.join(', ') : null;
    // QA round 27 (lead). "why that one" after it: the reasons first.
    if (input.understanding.slots.recommendWhy)
      out.push(
        why
          ? lang === 'ko'
            ? koText`${best.name}을/를 추천드린 이유는 고객님 자료에서 나온 것입니다: ${why}.`
            : `I suggested the ${best.name} because of your own figures: ${why}.`
          : lang === 'ko'
            ? koText`${best.name}은/는 고객님 자료에서 특별히 맞는 이유가 나오지는 않았고, 가입하실 수 있는 ${kindWord[best.kind].ko} 가운데 첫 상품입니다.`
            : `Nothing in your figures singled out the ${best.name}: it is the first ${kindWord[best.kind].en} open to you.`,
      );
    out.push(
      lang === 'ko'
        ? `${asked ? koText`${best.name}은/는 ${best.benefit}입니다.` : koText`고객님께는 ${best.name}을/를 추천드립니다: ${best.benefit}.`}${fits ? ` 만 ${r.age}세이셔서 가입 대상입니다.` : ''}${why ? ` (추천 이유: ${why})` : ''}`
        : `${asked ? `${best.name}: ` : `For you I’d suggest the ${best.name}: `}${best.benefit}.${fits ? ` At ${r.age} you are eligible.` : ''}${why ? ` (Why: ${why}.)` : ''}`,
    );
  } else if (!paying)
    out.push(
      lang === 'ko'
        ? koText`지금 고객님 이용 패턴에 딱 맞춰 추천할 ${r.kind ? kindWord[r.kind].ko : '상품'}은/는 없지만, 가입할 수 있는 상품은 아래와 같습니다.`
        : `Nothing stands out for your pattern right now, but these ${r.kind ? `${kindWord[r.kind].en}s` : 'products'} are open to you.`,
    );
  // "300만원 넣어두려면": a lump sum on the term deposit, at its own rate for 12 months, after tax.
  const lump = input.understanding.slots.amount;
  const deposit = all.find((p) => p.id === 'DEPOSIT_12M' && p.rate);
  if (lump && deposit && (r.kind === 'SAVINGS' || r.kind === null)) {
    const x = savingsInterest('LUMP_SUM', lump, deposit.rate!, 12);
    const won = (v: string) => formatWon(v, lang);
    out.push(
      lang === 'ko'
        ? koText`${won(lump)}을/를 한 번에 맡기신다면 ${deposit.name}(연 ${new Decimal(deposit.rate!).mul(100).toString()}%)에 12개월 두면 세후 이자 약 ${won(x.net)}입니다 (세전 ${won(x.gross)}, 이자소득세 15.4% 차감).`
        : `To park ${won(lump)} in one go, the ${deposit.name} (${new Decimal(deposit.rate!).mul(100).toString()}% a year) pays about ${won(x.net)} after tax over 12 months (${won(x.gross)} before the 15.4% interest tax).`,
    );
  }
  const rest = all.filter((p) => p !== best && p !== paying).slice(0, 3);
  if (rest.length) {
    out.push(lang === 'ko' ? '함께 보실 만한 상품:' : 'Also worth a look:');
    for (const p of rest) {
      const limits = ageLimits(p, lang);
      const said = limits !== null && p.benefit.toLowerCase().includes(limits.toLowerCase());
      out.push(`- ${p.name}: ${p.benefit}${limits && !said ? ` (${limits})` : ''}`);
    }
  }
  out.push(
    lang === 'ko'
      ? '금리와 혜택은 가입 시점의 상품설명서가 기준이며, 카드·대출은 심사 결과에 따라 달라질 수 있습니다.'
      : 'Rates and benefits are those of the product terms when you sign up; cards and loans depend on the review.',
  );
  return out;
}

/**
 * "한달 생활비 백만원으로 살 수 있을까요?", "can i live on 1m a month?": the amount against a usual month of card spending
 * — the last three months ÷ 3, rounded up (never flattering) — first: enough, or short by how much; then the loans'
 * instalments, which come on top of living costs, and what a month's income leaves after them (the last complete
 * quarter's ÷ 3); cash and transfers are not in the card figure.
 */
function getByMonthLines(amount: string, s: SpendingSummaryData, data: TurnData, lang: Lang): string[] {
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  // QA round 23 (spend23): the monthly card spending of every answer (`monthlyCardSpending`), when it was read.
  const card = monthlyCardSpending(data);
  const monthly = card && !card.quarter ? card : null;
  const months = monthly?.months ?? s.months ?? 3;
  const usual = monthly
    ? Decimal.max(0, monthly.amount)
    : Decimal.max(0, s.total.amount).div(months).toDecimalPlaces(0, Decimal.ROUND_UP);
  const gap = new Decimal(amount).minus(usual);
  const range = monthly
    ? dayRange(monthly.from, monthly.through, data, lang)
    : dayRange(s.from, s.through, data, lang);
  const out = [
    gap.gte(0)
      ? lang === 'ko'
        ? koText`네, 한 달 ${won(amount)}이면 평소 카드 지출(최근 ${months}개월 평균 월 ${won(usual)})보다 ${won(gap)} 여유가 있습니다 (${range}).`
        : `Yes: ${won(amount)} a month is ${won(gap)} more than your usual card spending (${won(usual)} a month over the last ${months} months, ${range}).`
      : lang === 'ko'
        ? koText`한 달 ${won(amount)}이면 평소보다 약 ${won(gap.abs())}이/가 모자랍니다: 최근 ${months}개월 카드 지출이 한 달 평균 ${won(usual)}입니다 (${range}). 그만큼 줄여야 맞출 수 있습니다.`
        : `${won(amount)} a month would fall about ${won(gap.abs())} short: your card spending averaged ${won(usual)} a month over the last ${months} months (${range}), so it means cutting that much.`,
  ];
  const debt = data.loans?.nextPaymentsTotal;
  const q = data.spending?.quarters.find((x) => x.complete) ?? data.spending?.quarters[0];
  if (debt && debt.amount !== '0')
    out.push(
      lang === 'ko'
        ? koText`대출 납입 월 ${debt.text}은/는 생활비와 별도로 나갑니다.`
        : `Your loan instalments of ${debt.text} a month come on top of living costs.`,
    );
  if (q?.income && new Decimal(q.income.amount).gt(0)) {
    const income = new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    const left = income.minus(debt?.amount ?? '0');
    out.push(
      lang === 'ko'
        ? koText`월 소득 ${won(income)}(${formatQuarter(q.quarter, lang)} 기준)에서 대출 납입을 빼면 생활비로 쓸 수 있는 돈은 약 ${won(left)}입니다.`
        : `From a monthly income of ${won(income)} (${formatQuarter(q.quarter, lang)}), about ${won(left)} is left for living costs after the loan instalments.`,
    );
  }
  out.push(
    lang === 'ko'
      ? '카드 지출만 본 것으로, 현금이나 계좌이체로 내는 생활비(월세, 공과금 등)는 빠져 있습니다.'
      : 'This counts card spending only: living costs paid in cash or by transfer (rent, utilities) are not in it.',
  );
  return out;
}

/** "1년이면 얼마 모여요?": what a month leaves, put aside for the months named (no interest counted), to the won. */
function savingsOverLine(months: number, surplus: string, lang: Lang): string {
  const total = formatWon(new Decimal(surplus).times(months).toFixed(0), lang);
  const span =
    months % 12 === 0
      ? `${formatCount(months / 12, 'year', lang)}${lang === 'ko' ? `(${formatCount(months, 'month', lang)})` : ` (${formatCount(months, 'month', lang)})`}`
      : formatCount(months, 'month', lang);
  return lang === 'ko'
    ? koText`매달 남는 약 ${formatWon(surplus, lang)}을/를 ${span} 모으면 약 ${total}이/가 됩니다 (이자 제외).`
    : `Putting aside the ${formatWon(surplus, lang)} or so your month leaves for ${span} comes to about ${total} (before any interest).`;
}

/**
 * A savings goal against what a month leaves: the months it takes (rounded up), or, with a span named, what each
 * month needs (rounded up to the won) and whether the surplus covers it.
 */
/**
 * QA round 21 (care21). A goal with a deadline month ("내년 6월까지 500만원 모으고 싶은데 가능할까요?"): whether the month's
 * surplus reaches it by then, what it comes to, and what a month must be to make it — the deadline answered first (was
 * "약 12개월이 걸립니다", the June never said).
 */
function goalByLine(
  goal: string,
  month: number,
  months: number,
  surplus: string,
  data: TurnData,
  lang: Lang,
  income?: string,
): string {
  const thisMonth = Number(data.asOf.slice(5, 7));
  const year = Number(data.asOf.slice(0, 4)) + (month <= thisMonth ? 1 : 0);
  const by = formatMonth(`${year}-${String(month).padStart(2, '0')}-01`, lang);
  const need = new Decimal(goal).div(months).toDecimalPlaces(0, Decimal.ROUND_UP);
  const room = Decimal.max(new Decimal(surplus), 0);
  const reach = room.mul(months);
  const gap = need.minus(room);
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const target = formatWon(goal, lang);
  const span = formatCount(months, 'month', lang);
  // QA round 24 (en24b, plan24). Nothing left over each month ("내년 가을 결혼자금 2천만원", "save 10 million won by next
  // fall"): what each month needs, first, then why the pace cannot reach it (was "매달 남는 약 0원씩이면 … 약 0원").
  if (room.lte(0)) {
    const overIncome = income !== undefined && need.gt(income);
    const short = new Decimal(surplus).lt(0) ? new Decimal(surplus).abs() : null;
    return lang === 'ko'
      ? koText`${by}까지 ${target}을/를 모으려면 ${span} 동안 매달 ${won(need)}씩 모아야 합니다: ${overIncome ? koText`월 소득 ${won(income!)}보다 많은 금액이라 지금 소득으로는 어렵습니다` : `지금은 매달 남는 돈이 없어 지금 속도로는 어렵습니다${short ? ` (매달 약 ${won(short)} 더 나갑니다)` : ''}`}.`
      : `To have ${target} by ${by} you need ${won(need)} a month for ${span}, but ${overIncome ? `that is more than your monthly income of ${won(income!)}: out of reach on your current income` : `right now nothing is left over each month${short ? ` (about ${won(short)} more goes out than comes in)` : ''}, so not at your current pace`}.`;
  }
  if (gap.lte(0))
    return lang === 'ko'
      ? koText`네, 가능합니다: ${by}까지 ${span} 동안 매달 ${won(need)}씩 모으면 ${target}이/가 되고, 지금 매달 남는 약 ${won(room)}으로/로 충분합니다.`
      : `Yes: ${won(need)} a month for ${span} reaches ${target} by ${by}, and the about ${won(room)} your month leaves covers it.`;
  return lang === 'ko'
    ? koText`지금 속도로는 ${by}까지 ${target}은/는 어렵습니다: 매달 남는 약 ${won(room)}씩이면 ${by}까지 약 ${won(reach)}이고, 맞추려면 ${span} 동안 매달 ${won(need)}이/가 필요합니다 (지금보다 ${won(gap)} 더).`
    : `Not at your current pace: the about ${won(room)} your month leaves comes to about ${won(reach)} by ${by}; to make it you need ${won(need)} a month for ${span} (${won(gap)} more).`;
}

/** "23개월(1년 11개월)" / "23 months (1 year and 11 months)": months, with the years in them when there are any. */
function monthsSpan(n: number, lang: Lang): string {
  const years = Math.floor(n / 12);
  const rest = n % 12;
  return years === 0
    ? formatCount(n, 'month', lang)
    : lang === 'ko'
      ? `${formatCount(n, 'month', lang)}(${formatCount(years, 'year', lang)}${rest ? ` ${formatCount(rest, 'month', lang)}` : ''})`
      : `${formatCount(n, 'month', lang)} (${formatCount(years, 'year', lang)}${rest ? ` and ${formatCount(rest, 'month', lang)}` : ''})`;
}

/**
 * QA round 23 (spend23). A category cut after a savings goal ("1000만원 모으려면 얼마나 걸려요?" then "배달 줄이면요?"):
 * the goal's new time first — what a month leaves (`monthlySurplus`) plus the cut's monthly saving (`cutMonthlySaving`),
 * the months to the goal (rounded up) and the month it is reached — or, when even that leaves nothing, that it cannot be
 * reached yet; with the goal's months said, whether it is reached within them. Null without an income on file.
 */
function cutGoalLine(
  goal: NonNullable<CounselSlots['cutGoal']>,
  cut: NonNullable<CounselSlots['categoryCut']>,
  category: string,
  months: readonly SpendingSummaryData[],
  data: TurnData,
  lang: Lang,
): string | null {
  const q = data.spending?.quarters.find((x) => x.complete) ?? data.spending?.quarters[0];
  const card = monthlyCardSpending(data);
  // The income said with the goal ("월급 400만원인데 …"), as the goal's answer took it; else the quarter's on file.
  const stated = goal.statedIncome;
  const income = stated
    ? new Decimal(stated.monthly ?? new Decimal(stated.annual).div(12).toDecimalPlaces(0, Decimal.ROUND_DOWN))
        .times(3)
        .toFixed(0)
    : q?.income?.amount;
  if (!income || !card || !new Decimal(income).gt(0)) return null;
  const m = monthlySurplus(income, card.amount, data.loans?.nextPaymentsTotal?.amount ?? '0');
  const save = cutMonthlySaving(cut, category, months);
  const now = new Decimal(m.surplus);
  const after = now.plus(save);
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const target = formatWon(goal.amount, lang);
  const short = phrase('category', category, lang);
  const how =
    lang === 'ko'
      ? cut.half
        ? '절반으로 줄여'
        : cut.to
          ? koText`월 ${won(cut.amount)}으로/로 줄여`
          : `매달 ${won(cut.amount)}씩 줄여`
      : cut.half
        ? 'halving'
        : cut.to
          ? `cutting to ${won(cut.amount)} a month`
          : `cutting by ${won(cut.amount)} a month`;
  const what = lang === 'ko' ? koText`${short}을/를 ${how}` : `${how.replace(/^(\S+)/, `$1 ${short}`)}`;
  // A cut by an amount says its saving already ("매달 10만원씩 줄여"): not said twice.
  const saved = cut.half || cut.to;
  if (!after.gt(0))
    return lang === 'ko'
      ? koText`${what}${saved ? koText` 매달 약 ${won(save)}을/를 아껴` : ''}도 아직 ${target}은/는 모을 수 없습니다: 지금은 매달 약 ${won(now.abs())}이/가 모자라, 줄인 뒤에도 약 ${won(after.abs())}이/가 모자랍니다.`
      : `Even ${what.charAt(0).toLowerCase()}${what.slice(1)}${saved ? `, saving about ${won(save)} a month` : ''}, ${target} is still out of reach: your month is about ${won(now.abs())} short now, and about ${won(after.abs())} short after the cut.`;
  const n = new Decimal(goal.amount).div(after).toDecimalPlaces(0, Decimal.ROUND_UP).toNumber();
  const by = formatMonth(addMonths(`${data.asOf.slice(0, 7)}-01`, n), lang);
  const sum = now.gt(0)
    ? lang === 'ko'
      ? `매달 남는 약 ${won(now)} + ${won(save)} = 약 ${won(after)}`
      : `the about ${won(now)} your month leaves + ${won(save)} = about ${won(after)} a month`
    : lang === 'ko'
      ? `지금은 매달 약 ${won(now.abs())}이 모자라, 줄이면 매달 약 ${won(after)}이 남습니다`
      : `your month is about ${won(now.abs())} short now; the cut leaves about ${won(after)} a month`;
  const within = goal.months
    ? n <= goal.months
      ? lang === 'ko'
        ? ` ${formatCount(goal.months, 'month', lang)} 안에 모을 수 있습니다.`
        : ` That is within the ${formatCount(goal.months, 'month', lang)}.`
      : lang === 'ko'
        ? koText` ${formatCount(goal.months, 'month', lang)} 안에 모으려면 매달 ${won(new Decimal(goal.amount).div(goal.months).toDecimalPlaces(0, Decimal.ROUND_UP))}이/가 필요합니다.`
        : ` Saving it in ${formatCount(goal.months, 'month', lang)} takes ${won(new Decimal(goal.amount).div(goal.months).toDecimalPlaces(0, Decimal.ROUND_UP))} a month.`
    : '';
  const sooner =
    now.gt(0) && save.gt(0)
      ? new Decimal(goal.amount).div(now).toDecimalPlaces(0, Decimal.ROUND_UP).toNumber() - n
      : 0;
  return lang === 'ko'
    ? koText`${what} 매달 약 ${won(save)}을/를 더 모으시면 ${target}까지 약 ${monthsSpan(n, lang)}, ${by}쯤 모입니다${sooner > 0 ? ` (지금보다 ${formatCount(sooner, 'month', lang)} 빨리)` : ''}: ${sum}.${within}`
    : `${what.charAt(0).toUpperCase()}${what.slice(1)} and putting the about ${won(save)} it saves aside too, ${target} takes about ${monthsSpan(n, lang)}, reached around ${by}${sooner > 0 ? ` (${formatCount(sooner, 'month', lang)} sooner)` : ''}: ${sum}.${within}`;
}

/** What a category cut saves a month (`categoryCutLines`' figure): half the average, down to a cap, or the amount. */
function cutMonthlySaving(
  cut: NonNullable<CounselSlots['categoryCut']>,
  category: string,
  months: readonly SpendingSummaryData[],
): Decimal {
  const sum = months
    .map((m) => new Decimal(m.byCategory.find((x) => x.category === category)?.amount.amount ?? 0))
    .reduce((a, v) => a.plus(v), new Decimal(0));
  const avg = sum.div(months.length).toDecimalPlaces(0);
  if (cut.half) return avg.div(2).toDecimalPlaces(0);
  if (cut.to) return Decimal.max(avg.minus(cut.amount), 0);
  return Decimal.min(new Decimal(cut.amount), avg);
}

function savingsGoalLine(
  goal: string,
  months: number | undefined,
  surplus: string,
  lang: Lang,
  pace?: string,
): string {
  const target = formatWon(goal, lang);
  const perMonth = formatWon(pace ?? surplus, lang);
  if (months) {
    const need = new Decimal(goal).div(months).toDecimalPlaces(0, Decimal.ROUND_UP);
    const gap = need.minus(surplus);
    const span = formatCount(months, 'month', lang);
    return lang === 'ko'
      ? gap.lte(0)
        ? koText`${span} 안에 ${target}을/를 모으려면 매달 ${formatWon(need, lang)}이/가 필요하고, 지금 매달 남는 약 ${perMonth}으로/로 충분합니다.`
        : koText`${span} 안에 ${target}을/를 모으려면 매달 ${formatWon(need, lang)}이/가 필요해, 지금 매달 남는 약 ${perMonth}보다 ${formatWon(gap, lang)} 더 모아야 합니다.`
      : gap.lte(0)
        ? `Saving ${target} in ${span} takes ${formatWon(need, lang)} a month, which the about ${perMonth} your month leaves covers.`
        : `Saving ${target} in ${span} takes ${formatWon(need, lang)} a month: ${formatWon(gap, lang)} more than the about ${perMonth} your month leaves.`;
  }
  const n = new Decimal(goal)
    .div(pace ?? surplus)
    .toDecimalPlaces(0, Decimal.ROUND_UP)
    .toNumber();
  const span = monthsSpan(n, lang);
  // "매달 50만원씩 모으면 1000만원 언제 모여요?": at the pace said, then whether the month leaves it (monthlyFitsLine).
  if (pace)
    return lang === 'ko'
      ? koText`매달 ${perMonth}씩 모으면 ${target}까지 ${span}이/가 걸립니다 (이자 제외).`
      : `Putting aside ${perMonth} a month, ${target} takes ${span}, before any interest.`;
  return lang === 'ko'
    ? koText`매달 남는 약 ${perMonth}을/를 모두 모으면 ${target}까지 약 ${span}이/가 걸립니다.`
    : `Putting aside the about ${perMonth} your month leaves, ${target} takes about ${span}.`;
}

/**
 * QA round 22 (spendfu). A goal at the current pace ("지금 쓰는거 기준으로는요?" after "1년에 천만원 모으고 싶은데"): what
 * the month leaves comes to over the goal's months (when it has some), then the months the goal takes at it.
 */
function goalAtPaceLine(goal: string, months: number | undefined, surplus: string, lang: Lang): string {
  const target = formatWon(goal, lang);
  const perMonth = formatWon(surplus, lang);
  const n = new Decimal(goal).div(surplus).toDecimalPlaces(0, Decimal.ROUND_UP).toNumber();
  const takes = formatCount(n, 'month', lang);
  if (!months || n <= months)
    return lang === 'ko'
      ? koText`지금처럼 매달 남는 약 ${perMonth}을/를 모으면 ${target}까지 약 ${takes}이/가 걸립니다 (이자 제외).`
      : `At your current pace, putting aside the about ${perMonth} your month leaves, ${target} takes about ${takes} (before any interest).`;
  const reach = formatWon(new Decimal(surplus).times(months).toFixed(0), lang);
  const span = formatCount(months, 'month', lang);
  return lang === 'ko'
    ? koText`지금처럼 매달 남는 약 ${perMonth}을/를 모으면 ${span} 뒤 약 ${reach}이고, ${target}까지는 약 ${takes}이/가 걸립니다 (이자 제외).`
    : `At your current pace, the about ${perMonth} your month leaves comes to about ${reach} in ${span}; ${target} takes about ${takes} (before any interest).`;
}

/** Whether what a month leaves holds an amount put in every month, and what it would take when it does not. */
function monthlyFitsLine(amount: string, surplus: string, lang: Lang): string {
  const won = (v: string) => formatWon(v, lang);
  const over = new Decimal(amount).minus(surplus);
  return lang === 'ko'
    ? over.lte(0)
      ? koText`매달 ${won(amount)}은/는 지금 매달 남는 약 ${won(surplus)} 안에서 넣을 수 있습니다.`
      : new Decimal(surplus).lte(0)
        ? // QA round 27 (helper en27): nothing left over is said so (was "남는 돈은 약 -281,651원").
          koText`다만 지금은 매달 남는 돈이 없어(약 ${won(new Decimal(surplus).abs().toFixed(0))} 부족) 매달 ${won(amount)}을/를 넣으려면 ${won(over.toFixed(0))}을/를 줄여야 합니다.`
        : koText`다만 지금 매달 남는 돈은 약 ${won(surplus)}이라/라 매달 ${won(amount)}을/를 넣으려면 ${won(over.toFixed(0))}을/를 더 줄여야 합니다.`
    : over.lte(0)
      ? `${won(amount)} a month fits within the about ${won(surplus)} your month leaves.`
      : new Decimal(surplus).lte(0)
        ? // QA round 27 (helper en27): nothing left over is said so (was "leaves only about -₩281,651").
          `Putting in ${won(amount)} a month takes ${won(over.toFixed(0))} of cuts a month: right now nothing is left over (about ${won(new Decimal(surplus).abs().toFixed(0))} more goes out than comes in).`
        : `Your month leaves only about ${won(surplus)}, so putting in ${won(amount)} a month takes ${won(over.toFixed(0))} of cuts.`;
}

/**
 * "예금 잔액 얼마야?", "how much is in my account?": the deposit balance on record — a quarter-end figure of the
 * customer's quarters, not a live balance, said as such — or that none is held; the live balance is the bank app's.
 */
function depositBalanceLine(data: TurnData, lang: Lang): string {
  const q = data.spending?.quarters.find((x) => x.depositBalance);
  if (!q?.depositBalance)
    return lang === 'ko'
      ? '이 앱에는 고객님 통장의 잔액이 등록되어 있지 않습니다 (분기 말 예금 잔액도 없습니다). 지금 잔액은 거래 은행 앱에서 확인하실 수 있습니다.'
      : 'This app holds no balance of your bank accounts (no quarter-end deposit balance either); your bank’s app shows the balance now.';
  return lang === 'ko'
    ? `${formatQuarter(q.quarter, lang)} 말 예금 잔액은 ${q.depositBalance.text}입니다. 분기 말 기준이라 지금 잔액은 거래 은행 앱에서 확인하세요.`
    : `Your deposits stood at ${q.depositBalance.text} at the end of ${formatQuarter(q.quarter, lang)}; that is a quarter-end figure — your bank’s app shows the balance now.`;
}

/**
 * "적금 깨는 게 나을까요 대출 받는 게 나을까요?": money kept in savings earns the savings rate after the 15.4% interest
 * tax; money borrowed costs the loan's rate — at the example savings rate (EXAMPLE_SAVINGS_RATE) and the credit loan a
 * limit question assumes (ASSUMED_NEW_LOANS.CREDIT), both said as assumptions — so breaking the savings is usually
 * cheaper; then what can change that (the early-termination rate, a loan secured on the deposit) and, from their own
 * data, the deposits on record.
 */
function breakOrBorrowLines(data: TurnData, lang: Lang): string[] {
  const keep = new Decimal(EXAMPLE_SAVINGS_RATE).mul(new Decimal(1).minus(DEPOSIT_INTEREST_TAX));
  const borrow = ASSUMED_NEW_LOANS.CREDIT.annualRate;
  const pct = (v: Decimal.Value) => formatAnnualRate(new Decimal(v).toFixed(4), lang);
  const deposits = data.spending?.quarters.find((x) => x.depositBalance)?.depositBalance ?? null;
  return [
    lang === 'ko'
      ? `적금을 깨면 잃는 것은 그 돈이 더 벌었을 이자(예시 ${pct(EXAMPLE_SAVINGS_RATE)}, 이자소득세 15.4%를 빼면 ${pct(keep)})이고, 대출을 받으면 ${pct(borrow)} 안팎(신용대출 가정)의 이자를 내야 하므로, 같은 돈이라면 대개 적금을 깨는 쪽이 쌉니다.`
      : `Breaking the savings costs only the interest that money would have earned (at an example ${pct(EXAMPLE_SAVINGS_RATE)}, ${pct(keep)} after the 15.4% interest tax), while a loan costs around ${pct(borrow)} (a credit loan assumed), so for the same sum breaking the savings is usually cheaper.`,
    lang === 'ko'
      ? '다만 중도해지하면 약정 금리 대신 낮은 중도해지이율이 적용되니, 만기가 얼마 안 남았다면 그 예·적금을 담보로 하는 예적금담보대출(보통 예금 금리에 가산금리를 더한 수준)이 더 나을 수 있습니다. 비상금까지 모두 쓰지는 마세요.'
      : 'Closing early swaps the agreed rate for a lower early-termination rate, so if it matures soon a loan secured on that deposit (usually its rate plus a margin) can be better. Do not spend your emergency fund on it.',
    ...(deposits
      ? [
          lang === 'ko'
            ? `기록된 분기 말 예금 잔액은 ${deposits.text}입니다.`
            : `Your deposits on record at a quarter's end: ${deposits.text}.`,
        ]
      : []),
  ];
}

/**
 * What a savings answer's month is based on: the income (the quarter's ÷ 3, or the one said) and the monthly card
 * spending (QA round 23 (spend23): the last three complete months' average, `monthlyCardSpending`).
 */
function savingsBasis(
  card: MonthlyCard,
  statedMonthly: string | null,
  q: { quarter: string; income?: Krw | null },
  lang: Lang,
): string {
  const won = (v: string) => formatWon(v, lang);
  const quarter = formatQuarter(q.quarter, lang);
  if (card.quarter)
    return statedMonthly
      ? lang === 'ko'
        ? koText`말씀하신 월 소득 ${won(statedMonthly)}와/과 ${quarter} 카드 지출 ${card.total.text}을/를 3으로 나눈 금액 기준입니다.`
        : `Based on the monthly income you gave, ${won(statedMonthly)}, and ${quarter}'s card spending of ${card.total.text} ÷ 3.`
      : lang === 'ko'
        ? koText`${quarter} 기준입니다 (분기 소득 ${q.income!.text}, 카드 지출 ${card.total.text}을/를 3으로 나눈 금액).`
        : `Based on ${quarter} (income ${q.income!.text} and card spending ${card.total.text} for the quarter, ÷ 3).`;
  const months = cardMonthsPhrase(card, lang);
  // QA round 24 (en24b): the average itself, the months' total beside it (not "the monthly average of <the total>").
  const avg = won(card.amount.toFixed(0));
  return statedMonthly
    ? lang === 'ko'
      ? koText`말씀하신 월 소득 ${won(statedMonthly)}와/과 카드 지출 월 ${avg}(${months} ${card.total.text}을/를 ${card.months}으로/로 나눈 금액) 기준입니다.`
      : `Based on the monthly income you gave, ${won(statedMonthly)}, and card spending of ${avg} a month: ${card.total.text} over ${months}, ÷ ${card.months}.`
    : lang === 'ko'
      ? koText`월 소득은 ${quarter} 소득 ${q.income!.text}을/를 3으로 나눈 금액, 카드 지출은 ${months} ${card.total.text}을/를 ${card.months}으로/로 나눈 월 ${avg}입니다.`
      : `Monthly income is ${quarter}'s income of ${q.income!.text} ÷ 3; card spending is ${avg} a month: ${card.total.text} over ${months}, ÷ ${card.months}.`;
}

/** QA round 24 (en24b). A wedding the savings are for ("getting married next fall!!"): a brief congratulation first. */
function savings(input: IntentReplyInput): string[] {
  const out = savingsLines(input);
  if (!input.understanding.slots.wedding || out.length === 0) return out;
  const cheer = input.language === 'ko' ? '결혼 축하드려요! ' : 'Congratulations on the wedding! ';
  return [cheer + out[0], ...out.slice(1)];
}

/**
 * QA round 27 (helper ko27). "월급날이 언제야", "월급날까지 얼마 남았어": no payday is on file — said first, with the
 * income that is (a quarter's total), and the question to ask with the day said.
 */
function paydayUnknownLines(data: TurnData, lang: Lang): string[] {
  const q = incomeQuarter(data);
  const held = q?.income
    ? lang === 'ko'
      ? koText` 소득은 분기 합계(${formatQuarter(q.quarter, lang)} ${q.income.text})로만 있습니다.`
      : ` Your income is held only as a quarter’s total (${formatQuarter(q.quarter, lang)}: ${q.income.text}).`
    : '';
  return [
    lang === 'ko'
      ? `월급날은 이 앱에 등록되어 있지 않아 며칠인지, 얼마나 남았는지 알 수 없습니다.${held}`
      : `Your payday is not on file, so I can’t tell which day it is or how long is left until it.${held}`,
    lang === 'ko'
      ? '월급날을 알려 주시면 (예: "월급날 25일인데 그 전에 나가는 돈 있어?") 그 전에 빠져나갈 대출 납입과 카드값을 계산해 드릴게요.'
      : 'Tell me the day (for example, "I get paid on the 25th — what goes out before then?") and I will work out the loan payments and card bill due before it.',
  ];
}

function savingsLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  if (input.understanding.slots.paydayAsked) return paydayUnknownLines(data, lang);
  // "청년 희망 적금에 월 70만원씩 1년 넣으면 이자 얼마?": that product's interest at its own rate, first.
  const named = data.recommendations?.named;
  const asked = input.understanding.slots;
  if (asked.depositInterest && asked.amount && named?.kind === 'SAVINGS' && named.rate)
    return depositInterestLines(asked.depositInterest, asked.amount, asked.months ?? 12, lang, {
      name: named.name,
      rate: named.rate,
    });
  // "적금 추천해주세요": the house's savings products for them first, then what a month leaves to put in.
  if (input.understanding.slots.recommend) {
    const rest = savings({ ...input, understanding: { ...input.understanding, slots: {} } });
    return [...recommendLines(input), ...rest];
  }
  if (input.understanding.slots.breakOrBorrow) return breakOrBorrowLines(data, lang);
  // QA round 24 (plan24). A car on instalments: the month's payment, the income and the DSR after.
  if (asked.carInstalment !== undefined && (asked.purchase || asked.carMonthly))
    return carInstalmentLines(input);
  if (input.understanding.slots.getBy && data.spendingSummary)
    return input.understanding.slots.getByMonth
      ? getByMonthLines(input.understanding.slots.getBy, data.spendingSummary, data, lang)
      : asked.budget && asked.leftThisMonth
        ? budgetLeftLines(asked.getBy!, data.spendingSummary, data, lang)
        : getByLines(input.understanding.slots.getBy, data.spendingSummary, data, lang);
  if (input.understanding.slots.depositBalance) {
    const rest = savings({ ...input, understanding: { ...input.understanding, slots: {} } });
    return [depositBalanceLine(data, lang), ...rest];
  }
  const q = data.spending?.quarters.find((x) => x.complete) ?? data.spending?.quarters[0];
  if (!q)
    return [
      lang === 'ko'
        ? '저축 여력을 볼 분기 데이터가 아직 없습니다.'
        : 'There is no quarter of data yet to look at your savings.',
    ];
  const out: string[] = [];
  const quarter = formatQuarter(q.quarter, lang);
  // "월급 250만원인데 예산 짜줘": the income said (a month's, or a year's ÷ 12) instead of the quarter's on file.
  const stated = input.understanding.slots.statedIncome;
  const statedMonthly =
    stated && !stated.whatIf
      ? (stated.monthly ??
        new Decimal(stated.annual).div(12).toDecimalPlaces(0, Decimal.ROUND_DOWN).toFixed(0))
      : null;
  const quarterIncome = statedMonthly ? new Decimal(statedMonthly).times(3).toFixed(0) : q.income?.amount;
  if (quarterIncome && new Decimal(quarterIncome).gt(0)) {
    const debt = data.loans?.nextPaymentsTotal ?? null;
    const card = monthlyCardSpending(data)!;
    const m = monthlySurplus(quarterIncome, card.amount, debt?.amount ?? '0');
    const won = (v: string) => formatWon(v, lang);
    const loanPart = debt !== null && debt.amount !== '0';
    const basis = savingsBasis(card, statedMonthly, q, lang);
    if (input.understanding.slots.emergencyFund) {
      // "비상금 300만원 모으려면 얼마나 걸려요?": the goal said first, then what a fund should hold.
      const goal = input.understanding.slots.amount;
      // QA round 23 (spend23). Nothing left over each month: that the goal can't be saved yet, said first.
      if (goal && !new Decimal(m.surplus).gt(0))
        out.push(
          lang === 'ko'
            ? koText`지금 지출로는 ${formatWon(goal, lang)}을/를 모을 수 없습니다: 월 소득보다 매달 나가는 돈이 약 ${formatWon(new Decimal(m.surplus).abs().toFixed(0), lang)} 더 많습니다.`
            : `At your current spending you cannot save ${formatWon(goal, lang)} yet: about ${formatWon(new Decimal(m.surplus).abs().toFixed(0), lang)} more goes out each month than comes in.`,
        );
      if (goal && new Decimal(m.surplus).gt(0))
        out.push(
          savingsGoalLine(
            goal,
            input.understanding.slots.months,
            m.surplus,
            lang,
            input.understanding.slots.saveMonthly,
          ),
        );
      // QA round 21 (care21). "+왜요?" after its size: why, first — what keeps going out when income stops.
      if (input.understanding.slots.fundWhy) {
        const monthly = formatWon(new Decimal(m.spending).plus(debt?.amount ?? 0).toFixed(0), lang);
        const loanPart = debt !== null && debt.amount !== '0';
        out.push(
          lang === 'ko'
            ? koText`실직이나 병원비처럼 소득이 끊기거나 큰돈이 갑자기 나가도 매달 나가는 돈 ${monthly}${loanPart ? koText`(대출 납입 ${debt.text} 포함)` : ''}은/는 계속 나가기 때문입니다: 3~6개월치가 있으면 그동안 대출이나 리볼빙 없이 버티며 다음 일을 찾을 시간을 벌 수 있습니다.`
            : `Because if income stops or a big bill comes — a lost job, a hospital stay — the ${monthly} that goes out each month${loanPart ? ` (${debt.text} of it loan payments)` : ''} keeps going out: 3–6 months of it lets you get through without a loan or revolving credit while you sort things out.`,
        );
      }
      out.push(...emergencyFundLines(m, debt, q.depositBalance, lang), basis);
      return out;
    }
    if (input.understanding.slots.leftThisMonth && data.spendingSummary) {
      const bill = billThisMonthLine(m.income, debt, data, lang);
      // QA round 20: a month the bill leaves short is answered on that one basis — the shortfall, then this month's
      // card use as next month's bill — not beside "이번 달 남은 돈은 약 873,852원 … 하루 291,284원씩" worked out on the
      // spending so far (two figures that contradicted each other).
      if (bill?.short && !input.understanding.slots.purchase) {
        const s = data.spendingSummary;
        // "하루에 얼마 쓸 수 있어?": none — said first (QA round 20: the shortfall alone, the day's figure asked for).
        const perDay = input.understanding.slots.perDayAsked
          ? lang === 'ko'
            ? '하루에 쓸 여유는 없습니다. '
            : 'There is no room for daily spending this month. '
          : '';
        out.push(
          `${perDay}${bill.lead}`,
          lang === 'ko'
            ? koText`이번 달 지금까지 카드로 쓴 ${s.total.text}(${dayRange(s.from, s.through, data, lang)})은/는 다음 달 카드값으로 나가니, 남은 기간에는 꼭 필요한 지출만 하시는 게 좋습니다.`
            : `The ${s.total.text} you have put on your cards so far this month (${dayRange(s.from, s.through, data, lang)}) is billed next month, so keep the rest of the month to what you must pay.`,
          ...(input.understanding.slots.lendTo ? [lendingAdvice(lang)] : []),
          basis,
        );
        return out;
      }
      // QA round 24 (plan24). A purchase in a month the bill leaves short: weighed on that basis, first.
      const buyShort =
        bill?.short && input.understanding.slots.purchase
          ? purchaseShortLine(
              input.understanding.slots.purchase,
              m.income,
              debt,
              data,
              lang,
              input.understanding.slots.lendTo
                ? 'LEND'
                : input.paying
                  ? 'PAY'
                  : input.understanding.slots.familyCare
                    ? 'HELP'
                    : 'BUY',
            )
          : null;
      const lendLine = input.understanding.slots.lendTo ? [lendingAdvice(lang)] : [];
      if (buyShort) {
        out.push(buyShort, ...lendLine, basis);
        return out;
      }
      out.push(
        ...leftThisMonthLines(
          m.income,
          debt,
          data.spendingSummary,
          data,
          lang,
          input.understanding.slots.purchase,
          !!input.understanding.slots.lendTo,
        ),
        ...lendLine,
        basis,
      );
      // The bill due this month beside it. A purchase asked about keeps its verdict first ("150만원짜리 노트북 사도
      // 될까요?"), the shortfall beside it.
      if (bill?.short) out.splice(out.length - 1, 0, bill.lead);
      else if (bill) out.splice(out.length - 1, 0, bill.aside);
      return out;
    }
    if (input.understanding.slots.budget) {
      const s = data.spendingSummary;
      if (input.understanding.slots.onTrack && s?.period === 'THIS_MONTH')
        out.push(
          onTrackLine(
            m.income,
            debt?.amount ?? '0',
            s,
            data,
            !!input.understanding.slots.overBudgetAsked,
            lang,
            fixedOutgoings(data, lang) !== null,
          ),
        );
      // QA round 24 (fu24). An income cut stated earlier ("한달에 50만원 수입이 줄었어요"): what a month must be cut by on
      // the income less it, first, then the budget on that income.
      const cut = input.understanding.slots.incomeCutMonthly;
      if (cut) {
        const lowered = Decimal.max(0, new Decimal(m.income).minus(cut)).toFixed(0);
        out.push(
          incomeCutLine(lowered, cut, debt?.amount ?? '0', card, lang),
          ...budgetLines(
            lowered,
            debt?.amount ?? '0',
            card.quarter ? null : card,
            lang,
            true,
            fixedOutgoings(data, lang),
          ),
          basis,
        );
        return out;
      }
      out.push(
        ...budgetLines(
          m.income,
          debt?.amount ?? '0',
          card.quarter ? null : card,
          lang,
          !!stated?.cut,
          fixedOutgoings(data, lang),
        ),
        basis,
      );
      return out;
    }
    // "적금 이자 얼마나 받을 수 있어?": at the example rate, on the amount named or what a month leaves.
    const deposit = input.understanding.slots.depositInterest;
    if (deposit) {
      const months = input.understanding.slots.months ?? 12;
      const amount =
        input.understanding.slots.amount ??
        (deposit === 'INSTALMENT' && new Decimal(m.surplus).gt(0) ? m.surplus : null);
      // QA round 27 (helper en27). "what would i have to cut to save 500k a month": the cuts first, the interest after.
      if (
        input.understanding.slots.cutToSave &&
        deposit === 'INSTALMENT' &&
        input.understanding.slots.amount
      ) {
        out.push(
          monthlyFitsLine(input.understanding.slots.amount, m.surplus, lang),
          ...depositInterestLines(deposit, input.understanding.slots.amount, months, lang),
          basis,
        );
        return out;
      }
      out.push(...depositInterestLines(deposit, amount, months, lang));
      if (!input.understanding.slots.amount && amount) out.push(basis);
      // "월 30만원 저축하면 1년에 얼마": whether the month's surplus holds that monthly amount.
      else if (deposit === 'INSTALMENT' && amount) out.push(monthlyFitsLine(amount, m.surplus, lang), basis);
      return out;
    }
    const short = new Decimal(m.surplus).lte(0);
    const gap = won(new Decimal(m.surplus).abs().toFixed(0));
    // "천만원 모으려면 얼마나 걸려요?" / "1년 안에 천만원 모으려면 한 달에 얼마?": the goal first, from the same surplus.
    const goal = input.understanding.slots.amount;
    const pace = input.understanding.slots.saveMonthly;
    // QA round 22 (spendfu). "지금 쓰는거 기준으로는요?" after a goal: the goal at what the month leaves, first.
    const atPace = input.understanding.slots.goalAtPace;
    if (goal && atPace && !pace && !short)
      out.push(goalAtPaceLine(goal, input.understanding.slots.months, m.surplus, lang));
    else if (goal && pace)
      out.push(
        savingsGoalLine(goal, undefined, m.surplus, lang, pace),
        monthlyFitsLine(pace, m.surplus, lang),
      );
    else if (goal && input.understanding.slots.goalMonth && input.understanding.slots.months)
      out.push(
        goalByLine(
          goal,
          input.understanding.slots.goalMonth,
          input.understanding.slots.months,
          m.surplus,
          data,
          lang,
          m.income,
        ),
      );
    else if (goal && !short)
      out.push(savingsGoalLine(goal, input.understanding.slots.months, m.surplus, lang));
    // QA round 23 (spend23). A goal with nothing left over each month: that it can't be saved yet, said first.
    const goalShort = !!goal && short && !pace && !input.understanding.slots.goalMonth && out.length === 0;
    // "1년 안에 천만원 모으려면 한 달에 얼마?": what each month needs is still the answer; that nothing is left, with it.
    // ("지금 쓰는거 기준으로는요?" after it asks the pace: that nothing is left leads.)
    const goalSpan = goalShort && !atPace ? input.understanding.slots.months : undefined;
    const needs = goalSpan
      ? formatWon(new Decimal(goal!).div(goalSpan).toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(0), lang)
      : '';
    // "1년이면 얼마 모여요?", "그럼 1년이면요?" after a month's savings: the months named of the same surplus, first.
    const horizon = input.understanding.slots.months;
    if (horizon && !goal && !short) out.push(savingsOverLine(horizon, m.surplus, lang));
    const outgoings =
      lang === 'ko'
        ? loanPart
          ? koText`카드 지출 월 ${won(m.spending)}와/과 대출 납입 월 ${debt.text}`
          : `카드 지출 월 ${won(m.spending)}`
        : `card spending of ${won(m.spending)}${loanPart ? ` and loan payments of ${debt.text}` : ''} a month`;
    out.push(
      lang === 'ko'
        ? short
          ? goalShort
            ? goalSpan
              ? koText`${formatCount(goalSpan, 'month', lang)} 안에 ${formatWon(goal!, lang)}을/를 모으려면 매달 ${needs}이/가 필요하지만, 지금은 매달 남는 돈이 없습니다: 월 소득 ${won(m.income)}보다 ${outgoings}이/가 ${gap} 더 많습니다.`
              : koText`지금 지출로는 ${formatWon(goal!, lang)}을/를 모을 수 없습니다: 월 소득 ${won(m.income)}보다 ${outgoings}이/가 ${gap} 더 많아 매달 남는 돈이 없습니다.`
            : koText`지금은 매달 남는 돈이 없습니다: 월 소득 ${won(m.income)}보다 ${outgoings}이/가 ${gap} 더 많습니다.`
          : koText`매달 약 ${won(m.surplus)}을/를 모을 수 있습니다: 월 소득 ${won(m.income)}에서 ${outgoings}을/를 뺀 금액입니다.`
        : short
          ? goalShort
            ? goalSpan
              ? `Saving ${formatWon(goal!, lang)} in ${formatCount(goalSpan, 'month', lang)} takes ${needs} a month, but right now nothing is left over each month: ${outgoings} exceed your monthly income of ${won(m.income)} by ${gap}.`
              : `At your current spending you cannot save ${formatWon(goal!, lang)} yet: ${outgoings} exceed your monthly income of ${won(m.income)} by ${gap}, so nothing is left over each month.`
            : `Right now nothing is left over each month: ${outgoings} exceed your monthly income of ${won(m.income)} by ${gap}.`
          : `You can put aside about ${won(m.surplus)} a month: your monthly income of ${won(m.income)} minus ${outgoings}.`,
      basis,
    );
    // QA round 27 (helper en27). Nothing left over on the three months' average, but that average holds a month far
    // above the usual (a trip, a large purchase): what a usual month leaves, so the saving has a figure to aim at.
    if (short && !pace && !atPace) {
      const line = usualMonthSavingLine(
        input,
        m.income,
        debt?.amount ?? '0',
        horizon ?? (goal ? undefined : 12),
      );
      if (line) out.push(line);
    }
    // QA round 24 (en24b). A goal by a month with nothing left over: goalByLine said it, with the gap — not twice.
    if (goal && short && input.understanding.slots.goalMonth && input.understanding.slots.months)
      out.splice(out.length - 2, 1);
  } else
    out.push(
      lang === 'ko'
        ? `${quarter} 카드 지출은 ${q.total.text}입니다. 소득 정보가 없어 매달 모을 수 있는 금액은 계산하지 못했습니다.`
        : `In ${quarter} you spent ${q.total.text} by card; with no income on record I can’t work out what a month leaves to save.`,
    );
  if (q.depositBalance)
    out.push(
      lang === 'ko'
        ? `분기 말 예금 잔액은 ${q.depositBalance.text}입니다.`
        : `Your deposits stood at ${q.depositBalance.text} at the quarter's end.`,
    );
  if (data.insights?.healthScore != null)
    out.push(
      lang === 'ko'
        ? `금융 건강 점수는 ${data.insights.healthScore}점입니다.`
        : `Your financial health score is ${data.insights.healthScore}.`,
    );
  out.push(
    ...steps(lang, [
      lang === 'ko'
        ? '월급날 바로 소득의 10~20%를 자동이체로 따로 떼어 두세요.'
        : 'Move 10–20% of income to savings by automatic transfer on payday.',
      lang === 'ko'
        ? '생활비 3~6개월치를 비상금으로 먼저 모으면 갑작스러운 지출에도 대출이 필요 없습니다.'
        : 'Build an emergency fund of 3–6 months of expenses first, so a surprise bill needs no loan.',
    ]),
  );
  return out;
}

/** "중도상환수수료 얼마예요?": today's fee on the customer's loan (its payoff quote), then how it is worked out. */
function prepaymentFeeAnswer(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const l = input.loan;
  const q = data.payoff;
  if (!l || !q) return null;
  const name = loanName(l, lang);
  const none = q.prepaymentFee.amount === '0';
  // When the fee ends for this loan: three years after it was taken, or never charged for its kind.
  const ends =
    q.feeEndsOn === null
      ? lang === 'ko'
        ? koText`저희 수수료 기준(은행 평균 수수료율)에는 ${phrase('loanKind', l.kind, lang)}의 수수료율이 없어 언제 갚아도 0원으로 계산됩니다. 실제 수수료는 대출 약정서로 확인하세요.`
        : `Our fee table (bank averages) has no fee rate for a ${phrase('loanKind', l.kind, lang)}, so repaying it at any time is worked out at ₩0; your loan agreement has the actual terms.`
      : q.feeEndsOn <= q.asOf
        ? lang === 'ko'
          ? `대출일부터 3년이 지나 ${date(q.feeEndsOn, data, lang)}부터 중도상환수수료가 붙지 않습니다.`
          : `Three years have passed since the loan was taken: there has been no prepayment fee since ${date(q.feeEndsOn, data, lang)}.`
        : lang === 'ko'
          ? `${date(q.feeEndsOn, data, lang)}부터는 중도상환수수료가 붙지 않고 (대출일부터 3년), 그때까지는 날이 지날수록 줄어듭니다.`
          : `From ${date(q.feeEndsOn, data, lang)} there is no fee (three years after the loan was taken); until then it shrinks day by day.`;
  const today =
    lang === 'ko'
      ? koText`오늘(${date(q.asOf, data, lang)}) ${name}을/를 전액 상환하시면 중도상환수수료는 ${q.prepaymentFee.text}입니다 (남은 원금 ${q.principal.text}, ${formatAnnualRate(l.annualRate, lang)}).`
      : `Paying off your ${name} today (${date(q.asOf, data, lang)}) carries a prepayment fee of ${q.prepaymentFee.text} (principal left ${q.principal.text}, ${formatAnnualRate(l.annualRate, lang)}).`;
  return [
    // "중도상환수수료 언제부터 없어져요?": the day first.
    ...(input.understanding.slots.feeEnd ? [ends, today] : [today, ends]),
    lang === 'ko'
      ? '중도상환수수료는 상환하는 원금 × 수수료율 × (대출일부터 3년 중 남은 일수 ÷ 3년)으로 계산되어 일부만 갚아도 그 금액에 비례하고, 대출 후 3년이 지나면 붙지 않습니다 (금융소비자보호법).'
      : 'The fee is the principal repaid × the fee rate × the days left of the three years after the loan was taken ÷ those three years, so a partial repayment pays its share; after three years there is none (Financial Consumer Protection Act).',
    ...(none
      ? []
      : [
          lang === 'ko'
            ? `전액 상환에 필요한 금액은 수수료를 포함해 ${q.total.text}입니다.`
            : `Paying it off today takes ${q.total.text} in all, fee included.`,
        ]),
  ];
}

/** How one of the customer's loans stands on the terms a product question explains: rate, its kind, repayment. */
function ownLoanTerms(l: LoanLine, lang: Lang, graceAsked = false): string {
  // "거치기간 있어요?": none is said too.
  const grace =
    l.graceMonths > 0
      ? lang === 'ko'
        ? `, 거치기간 ${formatCount(l.graceMonths, 'month', lang)}`
        : `, with a ${formatCount(l.graceMonths, 'month', lang)} grace period`
      : graceAsked
        ? lang === 'ko'
          ? ', 거치기간 없음'
          : ', with no grace period'
        : '';
  return lang === 'ko'
    ? koText`고객님의 ${loanName(l, lang)}은/는 ${formatAnnualRate(l.annualRate, lang)} ${phrase('rateType', l.rateType, lang)}, ${phrase('repaymentMethod', l.repaymentMethod, lang)}${grace}입니다.`
    : `Your ${loanName(l, lang)} is at ${formatAnnualRate(l.annualRate, lang)}, ${phrase('rateType', l.rateType, lang)}, ${phrase('repaymentMethod', l.repaymentMethod, lang)}${grace}.`;
}

/** Loan kinds whose repayments the income-tax deduction can reach (소득세법 제52조, glossary.ts). */
const TAX_DEDUCTIBLE: Record<string, Record<Lang, string>> = {
  JEONSE: {
    ko: '주택임차차입금 원리금 상환액 공제(상환한 원리금의 40%) 대상이 될 수 있습니다',
    en: 'can count as a housing-lease loan: 40% of the principal and interest repaid is deductible',
  },
  MORTGAGE: {
    ko: '장기주택저당차입금 이자 상환액 공제 대상이 될 수 있습니다',
    en: 'can count as a long-term housing mortgage: the interest repaid is deductible',
  },
};

/**
 * "대출 이자 연말정산 돼요?": each active loan — whether the deduction can reach it (by kind; the householder and
 * home conditions are the customer's to check) and the interest paid on it this year, as recorded.
 */
/** 조세특례제한법 제126조의2: the card-spending deduction's rates, on what is spent above a quarter of total pay. */
const CARD_DEDUCTION_RULE = {
  threshold: new Decimal('0.25'),
  creditRate: new Decimal('0.15'),
  /** 기본공제한도: ₩3,000,000 up to ₩70,000,000 of total pay, ₩2,500,000 above. */
  cap: (income: Decimal) => new Decimal(income.lte(70_000_000) ? 3_000_000 : 2_500_000),
};

/**
 * "신용카드 소득공제 얼마나 받을 수 있어요?": this year's card spending (1 January to today) against 25 % of the annual
 * pay (the quarterly income × 4), and the deduction worked out at the credit-card rate (15 %) on what is above it, within
 * the basic cap — the card data does not tell credit from debit card use, so the debit rate (30 %) is said beside it.
 */
/**
 * QA round 21 (care21). "연말정산 의료비 공제 되나요?": the medical-expense tax credit — 15 % of what is spent above 3 % of
 * the total pay (소득세법 제59조의4) — with this year's medical card spending against that 3 % (the pay from the quarters'
 * income × 4, as the card deduction's). Was the loan-interest deduction.
 */
function medicalDeductionLines(data: TurnData, lang: Lang): string[] {
  const s = data.spendingSummary;
  const quarterIncome = data.spending?.quarters.find((q) => q.income)?.income;
  const rule =
    lang === 'ko'
      ? '의료비 세액공제는 총급여의 3%를 넘게 쓴 의료비의 15%를 세금에서 빼 주는 제도입니다.'
      : 'The medical-expense tax credit takes 15% of what you spend on medical care above 3% of your total pay off your tax.';
  const more =
    lang === 'ko'
      ? '현금이나 다른 카드로 낸 병원비·약값, 안경·콘택트렌즈(1인 연 50만원까지)도 합산되고, 실손보험금으로 돌려받은 금액은 빠지며, 정확한 금액은 국세청 연말정산 간소화 서비스에서 확인하실 수 있습니다.'
      : 'Medical bills and prescriptions paid in cash or on other cards count too, as do glasses and contact lenses (up to ₩500,000 a person a year); amounts repaid by medical insurance do not; the NTS year-end settlement service has the exact figures.';
  if (!s || !quarterIncome) return [rule, more];
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const income = new Decimal(quarterIncome.amount).times(4);
  const threshold = income.times(0.03).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const spent = Decimal.max(0, s.total.amount);
  const range = dayRange(s.from, s.through, data, lang);
  const lead = spent.lte(threshold)
    ? lang === 'ko'
      ? koText`올해 카드로 쓴 의료비 ${won(spent)}(${range})만으로는 공제받기 어렵습니다: 의료비 세액공제는 총급여 ${won(income)}의 3%인 ${won(threshold)}을/를 넘게 쓴 부분의 15%라, 아직 ${won(threshold.minus(spent))}이/가 모자랍니다.`
      : `This year’s medical card spending of ${won(spent)} (${range}) is not enough on its own: the credit is 15% of what is above 3% of your total pay of ${won(income)}, ${won(threshold)}, so ${won(threshold.minus(spent))} is still short.`
    : lang === 'ko'
      ? koText`네, 올해 카드로 쓴 의료비 ${won(spent)}(${range}) 가운데 총급여 ${won(income)}의 3%인 ${won(threshold)}을/를 넘은 ${won(spent.minus(threshold))}의 15%, 약 ${won(spent.minus(threshold).times(0.15).floor())}을/를 세액공제 받을 수 있습니다.`
      : `Yes: of this year’s medical card spending of ${won(spent)} (${range}), the ${won(spent.minus(threshold))} above 3% of your total pay (${won(threshold)}) earns 15%, about ${won(spent.minus(threshold).times(0.15).floor())} off your tax.`;
  return [lead, more];
}

/** The monthly income on file: the latest quarter with an income, ÷ 3 (null without one). */
function monthlyIncomeOnFile(data: TurnData): Decimal | null {
  const quarterIncome = data.spending?.quarters.find((q) => q.income)?.income;
  return quarterIncome ? new Decimal(quarterIncome.amount).div(3) : null;
}

/**
 * QA round 23 (care23). "병원비 카드로 긁어도 될까요": yes — a medical bill is fine on a card — and whether the month
 * has room for it at once: this month's card bill and the next loan payment against the monthly income on file (a
 * quarter's ÷ 3); without room, interest-free or short instalments first. Then the instalment fee (연 10~19.9 %,
 * `INSTALMENT_FEE_RANGE`) and the medical-expense deduction (the card's spending counts; medicalDeductionLines' rule).
 */
/**
 * The month's room as medicalOnCardLines and loanAfterCardLines weigh it: this month's card bill, the monthly income on
 * file and the first active loan with a payment to come (each null when not on file).
 */
function monthRoom(data: TurnData) {
  const s = data.spendingSummary;
  return {
    bill: s ? billAmount(s, data) : null,
    income: monthlyIncomeOnFile(data),
    next: activeLoans(data).find((l) => l.nextPayment) ?? null,
  };
}

/**
 * QA round 26 (helper en1). "my hospital bills are piling up" (was the fraud steps): met, then the month's room as
 * monthRoom weighs it — the income on file less this month's card bill and the next loan payment — then the next loan
 * payment's date, and the ways to ease it: instalments at hospitals, insurance, the lender before the due date, 1397.
 */
function medicalPilingLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const w = (v: Decimal) => formatWon(v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
  const { bill, income, next } = monthRoom(data);
  const n = next?.nextPayment ?? null;
  const loan = n ? new Decimal(n.payment.amount) : new Decimal(0);
  const loanText =
    next && n
      ? ko
        ? koText` + ${date(n.dueDate, data, lang)} ${loanName(next, lang)} 납입 ${n.payment.text}`
        : ` and the ${n.payment.text} due on ${date(n.dueDate, data, lang)} for your ${loanName(next, lang)}`
      : '';
  const met = ko
    ? '병원비가 쌓이면 정말 막막하시죠. 먼저 이번 달 여유부터 보면,'
    : 'Medical bills piling up are a real worry — first, where this month stands:';
  let lead: string;
  if (bill && income) {
    const room = income.minus(bill).minus(loan);
    lead = room.gt(0)
      ? ko
        ? koText`${met} 월 소득 약 ${w(income)}에서 이번 달 카드값 약 ${w(bill)}${loanText}을/를 빼면 약 ${w(room)}이/가 남습니다.`
        : `${met} from your monthly income of about ${w(income)}, this month’s card bill of about ${w(bill)}${loanText} leave about ${w(room)}.`
      : ko
        ? koText`${met} 이번 달 카드값 약 ${w(bill)}${loanText}만으로 월 소득 약 ${w(income)}보다 약 ${w(room.neg())} 많습니다.`
        : `${met} this month’s card bill of about ${w(bill)}${loanText} already come to about ${w(room.neg())} more than your monthly income of about ${w(income)}.`;
  } else
    lead = ko
      ? `${met} ${bill ? koText`이번 달 카드값은 약 ${w(bill)}입니다` : '이번 달 카드값은 아직 없습니다'}${n && next ? koText` (다음 대출 납입은 ${date(n.dueDate, data, lang)} ${n.payment.text})` : ''}. 등록된 소득이 없어 남는 금액은 계산하지 못했습니다.`
      : `${met} ${bill ? `this month’s card bill is about ${w(bill)}` : 'no card bill yet this month'}${n ? ` (your next loan payment is ${n.payment.text} on ${date(n.dueDate, data, lang)})` : ''}; with no income on file I can’t tell how much room the month has.`;
  return [
    lead,
    ...steps(lang, [
      ko
        ? '큰 병원비는 무이자 할부나 짧은 할부로 나누세요: 병원은 2~6개월 무이자 할부가 되는 카드가 많고, 결제 후에도 카드사 앱에서 할부로 바꿀 수 있습니다'
        : 'Split large hospital bills into interest-free or short instalments: many cards offer 2–6 months interest-free at hospitals, and you can convert a bill in the card app after paying',
      ko
        ? '실손보험이 있다면 영수증을 챙겨 청구하세요'
        : 'If you have medical insurance (실손), claim the bills with their receipts',
      ...(next && n
        ? [
            ko
              ? koText`대출 납입이 어려워질 것 같으면 ${date(n.dueDate, data, lang)} 전에 ${next.lender}에 상환유예·기한연장을 상담하세요 (질병으로 소득이 줄면 금융회사 자체 채무조정도 요청할 수 있습니다)`
              : `If the loan payment gets hard, call ${lenderInEnglish(next.lender)} before ${date(n.dueDate, data, lang)} about a deferral or a longer term (after an illness you can also ask for the lender’s own debt adjustment)`,
          ]
        : []),
      ko
        ? '서민금융진흥원 서민금융콜센터(☎ 1397)에서 채무조정과 의료비 지원 같은 복지 연계를 무료로 상담받을 수 있습니다'
        : 'The Korea Inclusive Finance Agency (call 1397) gives free advice on debt adjustment and welfare support such as medical-cost aid',
    ]),
  ];
}

function medicalOnCardLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const w = (v: Decimal) => formatWon(v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
  const { bill, income, next } = monthRoom(data);
  const loan = next ? new Decimal(next.nextPayment!.payment.amount) : new Decimal(0);
  const loanText = next
    ? ko
      ? koText` + ${loanName(next, lang)} 납입 ${next.nextPayment!.payment.text}`
      : ` and ${next.nextPayment!.payment.text} for your ${loanName(next, lang)}`
    : '';
  let lead: string;
  if (bill && income) {
    const room = income.minus(bill).minus(loan);
    lead = room.gt(0)
      ? ko
        ? koText`네, 병원비는 카드로 내셔도 됩니다: 월 소득 약 ${w(income)}에서 이번 달 카드값 약 ${w(bill)}${loanText}을/를 빼면 약 ${w(room)}이/가 남아, 그 안의 금액이면 일시불로도 무리가 없습니다.`
        : `Yes, a medical bill is fine on your card: from your monthly income of about ${w(income)}, this month’s card bill of about ${w(bill)}${loanText} leave about ${w(room)}, so up to that much is fine in one payment.`
      : ko
        ? koText`카드로 내셔도 되지만 일시불은 부담이 큽니다: 이번 달 카드값 약 ${w(bill)}${loanText}만으로 월 소득 약 ${w(income)}보다 약 ${w(room.neg())} 많아, 병원비는 무이자 할부나 짧은 할부로 나눠 내시는 게 낫습니다.`
        : `You can, but not in one payment: this month’s card bill of about ${w(bill)}${loanText} already come to about ${w(room.neg())} more than your monthly income of about ${w(income)}, so split the medical bill into interest-free or short instalments.`;
  } else
    lead = ko
      ? `네, 병원비는 카드로 내셔도 됩니다${bill ? koText`: 이번 달 카드값은 약 ${w(bill)}이고` : ':'} 등록된 소득이 없어 여유를 따져 드리긴 어려우니, 한 번에 내기 부담되면 무이자 할부로 나눠 내세요.`
      : `Yes, a medical bill is fine on your card${bill ? `: this month’s card bill is about ${w(bill)}, and` : ';'} with no income on file I can’t tell how much room the month has, so if it is a lot at once, split it into interest-free instalments.`;
  return [
    lead,
    ko
      ? '병원은 2~6개월 무이자 할부가 되는 카드가 많으니 결제 전에 카드사 앱에서 확인하시고, 무이자가 아니면 할부수수료(보통 연 10~19.9%)가 붙습니다. 결제 후에도 카드사 앱에서 할부로 바꿀 수 있습니다.'
      : 'Many cards offer 2–6 months interest-free at hospitals — check the card company’s app before paying; otherwise an instalment fee (usually 10–19.9% a year) applies. You can also convert it into instalments in the app after paying.',
    ko
      ? '카드로 낸 의료비도 연말정산 의료비 세액공제(총급여의 3%를 넘게 쓴 의료비의 15%)에 들어가고, 신용카드 소득공제와 함께 받을 수 있습니다. 실손보험이 있다면 영수증을 챙겨 청구하세요.'
      : 'Medical bills paid by card still count for the medical-expense tax credit (15% of what is above 3% of your total pay), alongside the card deduction. If you have medical insurance (실손), keep the receipt to claim.',
  ];
}

/**
 * QA round 21 (care21). "남편이 몰래 카드론 받은 것 같아요 어떡하죠": another person's loans cannot be seen without their
 * consent — fingraph shows the customer's own; how theirs can be checked (by them, with 크레딧포유 or 어카운트인포, the
 * card app), that their debt is not the customer's without a guarantee, and the free counselling lines.
 */
function spouseLoanLines(data: TurnData, lang: Lang): string[] {
  const own = activeLoans(data);
  const ownText =
    own.length === 0
      ? lang === 'ko'
        ? '고객님 명의로 상환 중인 대출은 없습니다'
        : 'you have no active loan in your name'
      : lang === 'ko'
        ? `고객님 명의의 대출(${own.map((l) => `${loanName(l, lang)} ${l.outstandingPrincipal.text}`).join(', ')})만 보입니다`
        : `only your own loans show (${own.map((l) => `${loanName(l, lang)}, ${l.outstandingPrincipal.text}`).join('; ')})`;
  return [
    lang === 'ko'
      ? `가족분의 대출은 본인 동의 없이는 저도 고객님도 조회할 수 없고, 여기에는 ${ownText}.`
      : `A family member’s loans can’t be looked up without their consent — not by me or by you; here ${ownText}.`,
    ...steps(lang, [
      lang === 'ko'
        ? '먼저 차분히 함께 이야기해 보시고, 배우자분이 직접 한국신용정보원 크레딧포유(credit4u.or.kr)나 계좌정보통합관리서비스(어카운트인포)에서 본인 명의 대출을 조회해 보여 달라고 하세요. 카드론은 그 카드사 앱에서도 바로 보입니다.'
        : 'Talk it through together first, and ask them to look up their own loans on the Korea Credit Information Services’ Credit4U (credit4u.or.kr) or Account Info and show you; a card loan also shows in that card company’s app.',
      lang === 'ko'
        ? '고객님이 보증을 서지 않았다면 배우자 명의의 대출을 고객님이 갚을 의무는 원칙적으로 없습니다.'
        : 'Unless you guaranteed it, you are not, as a rule, liable for a loan in your spouse’s name.',
      lang === 'ko'
        ? '함께 갚을 계획을 세우기 어렵다면 서민금융진흥원(☎ 1397)이나 신용회복위원회(☎ 1600-5500)에서 무료로 상담받을 수 있습니다.'
        : 'If a repayment plan is hard to agree, the Korea Inclusive Finance Agency (call 1397) or the Credit Counseling & Recovery Service (call 1600-5500) advise for free.',
    ]),
  ];
}

function cardDeductionLines(
  data: TurnData,
  lang: Lang,
  debitBetter = false,
  /** QA round 28 (ko28). Asked as either/or ("신용카드랑 체크카드 중에 뭐가 나아?"): the comparison with their figures first. */
  either = false,
): string[] {
  const s = data.spendingSummary;
  const quarterIncome = data.spending?.quarters.find((q) => q.income)?.income;
  if (!s || !quarterIncome)
    return [
      lang === 'ko'
        ? '올해 카드 사용액이나 소득 정보를 지금은 불러올 수 없어 신용카드 소득공제를 계산하지 못했습니다. 신용카드 소득공제는 총급여의 25%를 넘게 쓴 금액부터 받을 수 있습니다.'
        : 'I can’t load this year’s card spending or your income right now; the card deduction starts on what you spend above 25% of your total pay.',
    ];
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  // "체크카드가 공제 더 많아요?": yes — the rate first, then where the customer stands against the 25 %.
  const debitFirst = debitBetter
    ? [
        lang === 'ko'
          ? '네, 체크카드의 공제율은 30%로 신용카드(15%)의 두 배입니다. 다만 총급여의 25%를 넘게 쓴 금액부터 공제됩니다.'
          : 'Yes: a debit card is deducted at 30%, twice a credit card’s 15%, but only on spending above 25% of your total pay.',
      ]
    : [];
  const income = new Decimal(quarterIncome.amount).times(4);
  const threshold = income.times(CARD_DEDUCTION_RULE.threshold).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const spent = Decimal.max(0, s.total.amount);
  const range = dayRange(s.from, s.through, data, lang);
  const rates =
    lang === 'ko'
      ? '공제율은 신용카드 15%, 체크카드·현금영수증 30%, 전통시장·대중교통 40%이고, 실제 금액은 국세청 연말정산 간소화 서비스의 사용액으로 정해집니다.'
      : 'The rate is 15% for credit cards, 30% for debit cards and cash receipts, 40% at traditional markets and on public transport; the actual figure comes from the NTS year-end settlement service.';
  // QA round 28 (ko28). Either/or: which is better first, with where their year's card spending stands against the 25 %
  // (never "네," to a question of two).
  const comparison =
    lang === 'ko'
      ? '공제만 보면 체크카드가 낫습니다: 공제율이 체크카드 30%, 신용카드 15%로 두 배이지만'
      : 'For the deduction, a debit card is better: 30% against a credit card’s 15%, twice as much — but';
  if (either && spent.lte(threshold))
    return [
      lang === 'ko'
        ? koText`${comparison} 총급여의 25%를 넘게 쓴 금액부터 공제되는데, 올해 카드 사용액 ${won(spent)}(${range})은/는 아직 총급여 ${won(income)}의 25%인 ${won(threshold)}에 ${won(threshold.minus(spent))} 못 미칩니다.`
        : `${comparison} only spending above 25% of your total pay counts, and this year’s card spending of ${won(spent)} (${range}) is still ${won(threshold.minus(spent))} short of it (25% of ${won(income)} is ${won(threshold)}).`,
      lang === 'ko'
        ? koText`그래서 ${won(threshold.minus(spent))}을/를 더 쓰기 전까지는 혜택이 큰 신용카드(할인·적립)로, 그 뒤부터는 체크카드로 쓰시는 게 유리합니다.`
        : `So until you spend ${won(threshold.minus(spent))} more, a credit card with the best discounts or points is the better choice, and a debit card after that.`,
      rates,
    ];
  if (either)
    return [
      lang === 'ko'
        ? koText`${comparison} 총급여의 25%를 넘게 쓴 금액부터 공제되는데, 올해 카드 사용액 ${won(spent)}(${range})은/는 이미 총급여 ${won(income)}의 25%인 ${won(threshold)}을/를 ${won(spent.minus(threshold))} 넘었으니 지금부터 쓰시는 돈은 체크카드가 유리합니다.`
        : `${comparison} only spending above 25% of your total pay counts, and this year’s card spending of ${won(spent)} (${range}) is already ${won(spent.minus(threshold))} above it (25% of ${won(income)} is ${won(threshold)}), so from here a debit card is the better choice.`,
      ...cardDeductionLines(data, lang).slice(0, 1),
      rates,
    ];
  if (spent.lte(threshold))
    return [
      ...debitFirst,
      lang === 'ko'
        ? koText`지금까지는 신용카드 소득공제가 없습니다: 올해 카드 사용액 ${won(spent)}(${range})이/가 총급여 ${won(income)}의 25%인 ${won(threshold)}에 ${won(threshold.minus(spent))} 못 미칩니다.`
        : `So far there is no card deduction: this year’s card spending of ${won(spent)} (${range}) is ${won(threshold.minus(spent))} short of 25% of your total pay of ${won(income)}, ${won(threshold)}.`,
      lang === 'ko'
        ? '공제는 그 25%를 넘게 쓴 금액부터 받을 수 있으니, 넘기 전까지의 지출은 혜택이 큰 카드(할인·적립)로, 넘은 뒤에는 체크카드로 쓰시는 게 유리합니다.'
        : 'Only spending above that 25% counts, so until you pass it a card with the best discounts or points is the better choice, and a debit card after it.',
      rates,
    ];
  const above = spent.minus(threshold);
  const cap = CARD_DEDUCTION_RULE.cap(income);
  const deduction = Decimal.min(
    cap,
    above.times(CARD_DEDUCTION_RULE.creditRate).toDecimalPlaces(0, Decimal.ROUND_DOWN),
  );
  return [
    ...debitFirst,
    lang === 'ko'
      ? koText`올해 신용카드 소득공제는 약 ${won(deduction)}입니다: 카드 사용액 ${won(spent)}(${range}) 중 총급여 ${won(income)}의 25%인 ${won(threshold)}을/를 넘은 ${won(above)}의 15%(한도 ${won(cap)})로, 모두 신용카드로 쓴 것으로 본 금액입니다.`
      : `This year’s card deduction comes to about ${won(deduction)}: 15% of the ${won(above)} you spent above 25% of your total pay of ${won(income)} (${won(threshold)}), out of ${won(spent)} (${range}), within the ${won(cap)} cap, counting it all as credit-card spending.`,
    lang === 'ko'
      ? '소득공제는 세금 자체가 아니라 과세되는 소득을 줄이는 것이라, 실제로 돌려받는 세금은 공제액에 세율(6~45%)을 곱한 만큼입니다.'
      : 'A deduction lowers the income that is taxed, not the tax itself: what comes back is the deduction times your tax rate (6–45%).',
    rates,
  ];
}

function taxDeductionLines(loans: LoanLine[], data: TurnData, lang: Lang, interestFirst = false): string[] {
  if (loans.length === 0) return [noLoans(lang)];
  const paid = data.interestPaid;
  return loans.map((l) => {
    // "올해 낸 대출 이자 총 얼마에요? 연말정산 때 필요해서": the interest paid is the figure asked, said first.
    // (A tax question reads a calendar year: interest since the loans began is not asked with one.)
    if (interestFirst && paid && paid.year !== null) {
      const rule = TAX_DEDUCTIBLE[l.kind];
      const interest =
        paid.loans.find((p) => p.loanNumber === l.loanNumber)?.interest?.text ?? formatWon(0, lang);
      return lang === 'ko'
        ? koText`${paid.year}년에 ${loanName(l, lang)}에 내신 이자는 ${interest}입니다. ${rule ? `요건을 갖추면 ${rule.ko}` : '이 대출은 공제 대상이 아닌 대출입니다'}.`
        : `You paid ${interest} of interest on your ${loanName(l, lang)} in ${paid.year}; it ${rule ? `${rule.en}, if you meet the conditions` : 'is not a deductible kind of loan'}.`;
    }
    const rule = TAX_DEDUCTIBLE[l.kind];
    const interest = paid?.loans.find((p) => p.loanNumber === l.loanNumber)?.interest;
    const year = paid
      ? lang === 'ko'
        ? ` ${paid.year}년에 이 대출에 내신 이자는 ${interest?.text ?? formatWon(0, lang)}입니다.`
        : ` You paid ${interest?.text ?? formatWon(0, lang)} of interest on it in ${paid.year}.`
      : '';
    return lang === 'ko'
      ? koText`${loanName(l, lang)}은/는 ${rule ? `요건을 갖추면 ${rule.ko}` : '공제 대상이 아닌 대출입니다'}.${year}`
      : `Your ${loanName(l, lang)} ${rule ? `${rule.en}, if you meet the conditions` : 'is not a deductible kind of loan'}.${year}`;
  });
}

/**
 * "DSR이 뭐예요?", "what is a grace period?": the definition (glossary.ts), then where the customer stands — their
 * own DSR against the bank cap for the lending ratios, their loans' rate, kind and repayment method for the rest.
 */
/** Glossary topics that say nothing of the customer's own loans' terms (rates, methods) after the definition. */
const WITHOUT_OWN_LOAN_TERMS: ReadonlySet<GlossaryTopic> = new Set<GlossaryTopic>([
  'DSR',
  'DTI',
  'LTV',
  'LENDING_RATIOS',
  'DEPOSIT_PROTECTION',
  'REVOLVING',
  'MISTAKEN_TRANSFER',
  'INHERITED_DEBT',
  'GUARANTEE',
  'HOUSING_SUBSCRIPTION',
  'OVERSEAS_CARD_FEES',
  'POLICY_LOANS',
  'INSTALMENT_CONVERSION',
  'RETIREMENT',
  'CARD_RATES',
  'CARD_TYPES',
  'COFIX',
  'CARD_ANNUAL_FEE',
  'INTEREST_FREE_INSTALMENTS',
  'INSTALMENT_MONTHS',
  'INSTALMENT_FEE',
]);

/** The card's own product terms (QA round 20): answered with the card named and its instalments. */
const CARD_TERM_TOPICS: ReadonlySet<GlossaryTopic> = new Set<GlossaryTopic>([
  'CARD_ANNUAL_FEE',
  'INTEREST_FREE_INSTALMENTS',
  'INSTALMENT_MONTHS',
  'INSTALMENT_FEE',
]);

/**
 * The customer's open card as it is named ("우리카드 “카드의정석 EVERY DISCOUNT”"), the issuer's name not repeated
 * from the product's, and its issuer; a credit card before a check card; null when none is on record.
 */
function ownCard(data: TurnData, lang: Lang): { name: string; issuer: string } | null {
  const open = (data.cards?.cards ?? []).filter((c) => !c.closedOn);
  const c = open.find((x) => x.cardType === 'CREDIT') ?? open[0];
  if (!c) return null;
  const product = c.product.startsWith(c.issuer)
    ? c.product.slice(c.issuer.length).trim()
    : c.product.replace(/^[가-힣]+카드\s+(?=\S)/, '');
  return {
    name: product
      ? `${c.issuer} ${merchantLabel(product, phrase('cardType', c.cardType, lang), lang)}`
      : c.issuer,
    issuer: c.issuer,
  };
}

/**
 * The lead of a card-term question: the term is the card company's (fingraph holds no fee or promotion) and where to
 * see it, their card named; then the instalment plans they hold (the fee's example on this month's bill for the fee).
 */
function cardTermLines(input: IntentReplyInput, topic: GlossaryTopic): string[] {
  const { data, language: lang } = input;
  const card = ownCard(data, lang);
  const ko = lang === 'ko';
  const yours = card
    ? ko
      ? `고객님 카드(${card.name})의`
      : `your ${card.name}`
    : ko
      ? '고객님 카드의'
      : 'your card';
  const app = card
    ? ko
      ? `${card.issuer} 앱`
      : `the ${card.issuer} app`
    : ko
      ? '카드사 앱'
      : 'the card company’s app';
  const lead: Record<string, string> = ko
    ? {
        CARD_ANNUAL_FEE: `${yours} 연회비는 카드사가 상품마다 정해 명세서로 청구하는 금액이라 이 앱에는 들어와 있지 않습니다: ${app}의 카드 정보(상품 안내)나 연회비가 청구된 달의 명세서에서 확인하세요.`,
        INTEREST_FREE_INSTALMENTS: `${yours} 무이자 할부는 카드사가 가맹점·업종과 기간을 정해 여는 행사라 이 앱에서는 되는지 알 수 없습니다: ${app}의 무이자 할부 안내에서 지금 되는 가맹점과 개월 수를 확인하세요.`,
        INSTALMENT_MONTHS: `할부는 보통 2~12개월로 나눌 수 있고, 카드와 가맹점에 따라 24~36개월까지 되기도 합니다: ${yours} 할부 개월 수는 ${app}에서 확인하세요.`,
        INSTALMENT_FEE: `${yours} 할부수수료율은 카드사가 회원의 신용도와 할부 기간에 따라 정해 이 앱에는 없지만, 대체로 연 10~19.9%로 법정 최고금리 연 20%보다 낮습니다: 정확한 요율은 ${app}이나 명세서에서 확인하세요.`,
      }
    : {
        CARD_ANNUAL_FEE: `The annual fee on ${yours} is set by the card company for each product and billed on the statement, so this app does not hold it: see the card’s details (product terms) in ${app}, or the statement of the month it was charged.`,
        INTEREST_FREE_INSTALMENTS: `Interest-free instalments on ${yours} are the card company’s promotions, by merchant and period, so this app cannot tell whether one applies: ${app} lists the merchants and months on offer now.`,
        INSTALMENT_MONTHS: `A purchase can usually be split over 2 to 12 months, and some cards and merchants allow 24 or 36: ${app} shows what ${yours} allows.`,
        INSTALMENT_FEE: `The instalment fee on ${yours} is set by the card company by your credit and the term, so this app does not hold it; it is usually 10–19.9% a year, under the legal maximum of 20%. ${app.charAt(0).toUpperCase()}${app.slice(1)} and the statement show your exact rate.`,
      };
  const out = [lead[topic]];
  const d = data.instalments;
  if (topic !== 'CARD_ANNUAL_FEE' && d) {
    if (d.plans.length === 0)
      out.push(
        ko
          ? '지금 갚고 계신 카드 할부는 없습니다.'
          : 'You have no card instalment purchases still being billed.',
      );
    else {
      const list = d.plans.map((p) => {
        const merchant = merchantLabel(p.merchant, phrase('category', p.category, lang), lang);
        return ko
          ? `${merchant} ${p.amount.text} ${p.months}개월 할부(${formatCount(p.remaining, 'instalment', lang)} 남음)`
          : `${merchant} ${p.amount.text} over ${formatCount(p.months, 'month', lang)} (${p.remaining} left)`;
      });
      out.push(
        ko
          ? `지금 갚고 계신 카드 할부는 ${formatList(list, lang)}입니다. 남은 원금은 모두 ${d.remainingPrincipal.text}이고 다음 달 명세서에 ${d.nextInstalments.text}이 청구됩니다 (할부수수료는 카드사가 따로 붙입니다).`
          : `The card instalments you are paying now: ${formatList(list, lang)}, ${d.remainingPrincipal.text} of principal left in all, ${d.nextInstalments.text} of it on next month’s statement (the card company adds its fee).`,
      );
    }
  }
  const example = topic === 'INSTALMENT_FEE' ? conversionExampleLine(input) : null;
  if (example) out.push(example);
  return out;
}

/**
 * The DSR on an income changed by a ratio ("-0.50": halved): the same year of repayments ÷ (income × (1 + change)),
 * i.e. today's DSR ÷ (1 + change); above the cap a bank lends no more, though the loans' own payments stay as they are.
 */
function dsrOnIncomeLine(dsr: string, cap: string, change: string, lang: Lang): string {
  const factor = new Decimal(1).plus(change);
  const after = factor.gt(0) ? new Decimal(dsr).div(factor) : null;
  const pct = new Decimal(change).abs().times(100).toFixed(0);
  const halved = new Decimal(change).eq(-0.5);
  const rise = new Decimal(change).gt(0);
  const over = after?.gt(cap) ?? true;
  if (lang === 'ko') {
    const when = halved ? '소득이 지금의 절반이 되면' : `소득이 ${pct}% ${rise ? '오르면' : '줄면'}`;
    if (!after) return `${when} 갚을 소득이 없어 DSR을 계산할 수 없습니다.`;
    return koText`${when} DSR은 지금 ${formatPercent(dsr)}에서 ${formatPercent(after)}이/가 됩니다 (은행 대출 심사 기준, 한도 ${formatPercent(cap)}${over ? ': 한도를 넘어 새 대출은 어렵지만, 지금 대출의 납입액은 그대로입니다' : ''}).`;
  }
  const when = halved ? 'If your income halves' : `If your income ${rise ? 'rises' : 'falls'} ${pct}%`;
  if (!after) return `${when}, there is no income to compute a DSR on.`;
  return `${when}, your DSR goes from ${formatPercent(dsr)} to ${formatPercent(after)} (as a bank's review computes it; the cap is ${formatPercent(cap)}${over ? ': above it a bank would not lend more, though your loans’ payments stay the same' : ''}).`;
}

/** QA round 24 (fu24). The DSR on an annual income the customer said, beside today's (the same repayments). */
function dsrOnStatedIncomeLine(s: SimulationData, annual: string, lang: Lang): string | null {
  const debt = s.existingAnnualDebtService?.amount;
  if (!debt || !new Decimal(annual).gt(0) || !s.dsrBefore || !s.dsrCapRatio) return null;
  const after = new Decimal(debt).div(annual);
  const income = formatWon(annual, lang);
  const over = after.gt(s.dsrCapRatio);
  return lang === 'ko'
    ? koText`연소득이 ${income}이면 DSR은 ${formatPercent(after)}입니다 (1년 원리금 ${formatWon(debt, lang)} ÷ ${income}; 지금은 ${formatPercent(s.dsrBefore)}, 은행 대출 심사 한도 ${formatPercent(s.dsrCapRatio)}${over ? '를 넘습니다' : ''}).`
    : `On an income of ${income} a year your DSR would be ${formatPercent(after)} (${formatWon(debt, lang)} of yearly repayments ÷ ${income}; today it is ${formatPercent(s.dsrBefore)}, and a bank's cap is ${formatPercent(s.dsrCapRatio)}${over ? ', which it would exceed' : ''}).`;
}

/** At or below this DSR the health score gives its DSR factor full marks (insights/health): "low". */
const DSR_LOW = 0.2;
/** Above this DSR (and within the cap) little room is left for a new loan: "on the high side". */
const DSR_HIGH = 0.3;

/**
 * QA round 27 (lead). "is that bad?" after their DSR: above the bank's cap a bank would not lend more; within it,
 * above DSR_HIGH there is little room left (the points to the cap said); above DSR_LOW it is within the cap; at or
 * below DSR_LOW it is low.
 */
function dsrJudgedLine(dsr: string, cap: string, lang: Lang): string {
  const d = new Decimal(dsr);
  const gap = new Decimal(cap).minus(d);
  const room = lang === 'ko' ? formatPercentPoints(gap) : `${gap.mul(100).toFixed(1)} percentage points`;
  const now = formatPercent(dsr);
  const limit = formatPercent(cap);
  if (d.gt(cap))
    return lang === 'ko'
      ? `네, 높습니다: DSR ${now}는 은행 대출 심사 한도 ${limit}를 넘어, 은행에서 새 대출을 받기는 어렵습니다.`
      : `Yes — at ${now} it is above a bank's cap of ${limit}, so a bank would not lend you more.`;
  if (d.gt(DSR_HIGH))
    return lang === 'ko'
      ? `한도 안이지만 높은 편입니다: DSR ${now}는 은행 심사 한도 ${limit}까지 ${room}밖에 남지 않아 새 대출을 더 받을 여유가 적습니다.`
      : `It is within a bank's cap of ${limit}, but on the high side: at ${now} only ${room} are left before it, so there is little room for a new loan.`;
  if (d.gt(DSR_LOW))
    return lang === 'ko'
      ? `나쁘지 않습니다: DSR ${now}는 은행 심사 한도 ${limit} 안이고, 한도까지 ${room} 남아 있습니다.`
      : `It is not bad: ${now} is within a bank's cap of ${limit}, with ${room} of room.`;
  return lang === 'ko'
    ? `아니요, 낮은 편입니다: DSR ${now}는 은행 심사 한도 ${limit}보다 한참 낮습니다.`
    : `No — ${now} is low, well within a bank's cap of ${limit}.`;
}

/**
 * QA round 28 (helper en28). "how do i lower it" after their DSR: the ratio's two sides with their own figures — the
 * repayments a year to shed or the income to reach for the next mark (under 30 %, else under 20 %), what repaying each
 * loan takes off (₩10 million repaid cuts a year's interest by its rate), a longer term for a loan that repays
 * principal, a higher income on file; card spending is no part of it. Was the card spending's cuts.
 */
function dsrLowerLines(input: IntentReplyInput, s: SimulationData): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const debt = s.existingAnnualDebtService?.amount;
  const income = s.annualIncome?.amount;
  if (!s.dsrBefore || !debt || !income || !new Decimal(income).gt(0) || !new Decimal(debt).gt(0)) return null;
  const dsr = new Decimal(s.dsrBefore);
  const target = dsr.gt(DSR_HIGH) ? new Decimal(DSR_HIGH) : new Decimal(DSR_LOW);
  const now = formatPercent(s.dsrBefore);
  const mark = formatPercent(target.toNumber(), 0);
  const cut = new Decimal(debt).minus(target.mul(income)).toDecimalPlaces(0, Decimal.ROUND_UP);
  const incomeTo = new Decimal(debt).div(target).toDecimalPlaces(0, Decimal.ROUND_UP);
  const lead = dsr.gt(DSR_LOW)
    ? ko
      ? koText`DSR을 지금 ${now}(1년 원리금 ${formatWon(debt, lang)} ÷ 연소득 ${formatWon(income, lang)})에서 ${mark} 아래로 낮추려면 1년 원리금을 ${formatWon(cut.toFixed(0), lang)} 줄이거나, 연소득이 ${formatWon(incomeTo.toFixed(0), lang)}이/가 되어야 합니다 (지금보다 ${formatWon(incomeTo.minus(income).toFixed(0), lang)} 많은 금액).`
      : `To bring your DSR of ${now} (${formatWon(debt, lang)} of loan repayments a year ÷ ${formatWon(income, lang)} of income) under ${mark}, your repayments would need to be ${formatWon(cut.toFixed(0), lang)} a year lower, or your income ${formatWon(incomeTo.toFixed(0), lang)} a year (${formatWon(incomeTo.minus(income).toFixed(0), lang)} more).`
    : ko
      ? koText`지금 DSR은 ${now}입니다 (1년 원리금 ${formatWon(debt, lang)} ÷ 연소득 ${formatWon(income, lang)}): 이미 낮은 편이지만, 더 낮추려면 원리금을 줄이거나 소득을 늘려야 합니다.`
      : `Your DSR of ${now} (${formatWon(debt, lang)} of loan repayments a year ÷ ${formatWon(income, lang)} of income) is already low; it goes lower only by smaller repayments or a higher income.`;
  const loans = [...activeLoans(data)].sort((a, b) =>
    new Decimal(b.outstandingPrincipal.amount).comparedTo(a.outstandingPrincipal.amount),
  );
  const tenMillion = new Decimal(10_000_000);
  const repay = loans.map((l) => {
    const saved = tenMillion.mul(l.annualRate).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    const points = saved.div(income).mul(100).toFixed(1);
    // An interest-only loan's yearly repayment is its interest: the principal that takes off the cut, exactly.
    const needed =
      l.repaymentMethod === 'BULLET' && dsr.gt(DSR_LOW) && new Decimal(l.annualRate).gt(0)
        ? cut.div(l.annualRate).div(10_000).toDecimalPlaces(0, Decimal.ROUND_UP).mul(10_000)
        : null;
    const enough = needed && needed.lte(l.outstandingPrincipal.amount) ? needed : null;
    return ko
      ? koText`- 원금 상환: 연 ${formatPercent(l.annualRate, 2)}인 ${loanName(l, lang)}을/를 1,000만원 갚을 때마다 1년 이자가 약 ${formatWon(saved.toFixed(0), lang)}, DSR이 약 ${points}%p 줄어듭니다${enough ? koText` (약 ${formatWon(enough.toFixed(0), lang)}을/를 갚으면 ${mark} 아래)` : ''}.`
      : `- Repay principal: every ₩10,000,000 repaid on your ${loanName(l, lang)} (${formatPercent(l.annualRate, 2)} a year) cuts a year's interest by about ${formatWon(saved.toFixed(0), lang)}, about ${points} percentage points of DSR${enough ? ` (about ${formatWon(enough.toFixed(0), lang)} repaid takes it under ${mark})` : ''}.`;
  });
  const amortising = loans.filter((l) => l.repaymentMethod !== 'BULLET');
  const term = amortising.length
    ? ko
      ? koText`- 기간 연장: ${amortising.map((l) => loanName(l, lang)).join(', ')}은/는 원금을 나눠 갚으므로, 만기를 늘리면 1년 원리금이 줄어 DSR이 내려갑니다 (대신 총이자는 늘어납니다).`
      : `- A longer term: your ${amortising.map((l) => loanName(l, lang)).join(' and ')} repays principal, so spreading it over more years lowers the yearly repayment and the DSR (at the cost of more interest in all).`
    : ko
      ? '- 기간 연장: 지금 대출은 만기까지 이자만 내고 있어, 만기를 늘려도 1년 원리금은 줄지 않습니다.'
      : '- A longer term: your loans pay only interest until maturity, so a longer term would not lower the yearly repayment.';
  const raised = new Decimal(debt).div(new Decimal(income).mul(1.1));
  const incomeLine = ko
    ? koText`- 소득 반영: 연소득이 10% 오르면 DSR은 ${formatPercent(raised.toNumber())}이/가 됩니다. 소득이 늘었다면 금융회사에 소득 증빙을 내 갱신하세요.`
    : `- A higher income on file: a 10% raise would take it to ${formatPercent(raised.toNumber())}; if your income has gone up, send your lender proof of it to update it.`;
  return [
    lead,
    ...repay,
    term,
    incomeLine,
    ko
      ? '카드로 쓰는 생활비는 DSR에 들어가지 않아, 지출을 줄여도 DSR은 그대로입니다 (카드론·현금서비스는 들어갑니다).'
      : 'Everyday card spending is not part of the DSR, so spending less does not lower it (card loans and cash advances do count).',
  ];
}

function glossaryAnswer(input: IntentReplyInput, topic: GlossaryTopic): string[] {
  const { data, language: lang } = input;
  const out = GLOSSARY[topic].map((e) => e[lang]);
  const s = data.simulation;
  // Their own DSR answers "제 DSR 얼마예요?" and grounds "DSR이 뭐예요?": it comes first.
  if ((topic === 'DSR' || topic === 'LENDING_RATIOS') && s?.ok && s.dsrBefore)
    out.unshift(
      lang === 'ko'
        ? `고객님의 지금 DSR은 ${formatPercent(s.dsrBefore)}입니다 (은행 대출 심사 기준, 한도 ${formatPercent(s.dsrCapRatio)}).`
        : `Your DSR today is ${formatPercent(s.dsrBefore)} (as a bank's review computes it; the cap is ${formatPercent(s.dsrCapRatio)}).`,
    );
  // QA round 28 (helper en28). "how do i lower it" after their DSR: its levers with their figures, alone.
  const lower =
    topic === 'DSR' && input.understanding.slots.dsrLower && s?.ok ? dsrLowerLines(input, s) : null;
  if (lower) return lower;
  // QA round 27 (lead). "is that bad" after their DSR: judged against the bank's cap and the health score's 20 %.
  if (topic === 'DSR' && input.understanding.slots.costJudged && s?.ok && s.dsrBefore && s.dsrCapRatio)
    out.unshift(dsrJudgedLine(s.dsrBefore, s.dsrCapRatio, lang));
  // "제 DTI 얼마예요?", "what's my debt-to-income ratio?": the DSR is the ratio computed here, and the DTI counts a
  // part of the same repayments (a mortgage's principal and interest, other loans' interest), so it is at most that.
  if (topic === 'DTI' && s?.ok && s.dsrBefore)
    out.unshift(
      lang === 'ko'
        ? `고객님의 DSR(모든 대출의 1년 원리금 ÷ 연소득)은 지금 ${formatPercent(s.dsrBefore)}입니다 (은행 심사 한도 ${formatPercent(s.dsrCapRatio)}). DTI는 그중 주택담보대출 원리금과 다른 대출의 이자만 세므로 이보다 높지 않습니다.`
        : `Your debt-service ratio (a year of principal and interest on every loan ÷ annual income, the DSR) is ${formatPercent(s.dsrBefore)} today (a bank's cap is ${formatPercent(s.dsrCapRatio)}); the narrower DTI counts only part of those repayments, so it is no higher.`,
    );
  // "what would my dsr be then?" after "my income got cut in half", "소득이 30% 줄면 DSR 얼마나 돼요?": the same
  // repayments over the income changed, first.
  const change = input.understanding.slots.incomeChange;
  if ((topic === 'DSR' || topic === 'LENDING_RATIOS') && s?.ok && s.dsrBefore && s.dsrCapRatio && change)
    out.unshift(dsrOnIncomeLine(s.dsrBefore, s.dsrCapRatio, change, lang));
  // QA round 24 (fu24). "그럼 dsr은 얼마로 바뀌어요?" after "연봉 올랐어요 3천으로": the same repayments over the income
  // said, first (was today's DSR).
  const stated = input.understanding.slots.statedIncome;
  const onStated =
    (topic === 'DSR' || topic === 'LENDING_RATIOS') &&
    !change &&
    stated &&
    s?.ok &&
    s.dsrBefore &&
    s.dsrCapRatio
      ? dsrOnStatedIncomeLine(s, stated.annual, lang)
      : null;
  // It says today's DSR too: in place of the line that said it alone.
  if (onStated) out.splice(0, 1, onStated);
  const loans = activeLoans(data);
  // "신용카드 소득공제 얼마나 받을 수 있어요?": this year's card spending against the threshold, first.
  if (input.understanding.slots.cardDeduction)
    return cardDeductionLines(
      data,
      lang,
      input.understanding.slots.debitBetter,
      input.understanding.slots.debitOrCredit,
    );
  // "대출 이자 연말정산 돼요?": which of their loans the rules reach, with this year's interest paid on each, first.
  if (topic === 'TAX_DEDUCTION')
    return [...taxDeductionLines(loans, data, lang, !!input.understanding.slots.interestPaid), ...out];
  // QA round 26 (helper en1). "what is 신용회복위원회?": what it is, then which programme their own loans would reach.
  if (topic === 'CREDIT_COUNSELING' && loans.length > 0) {
    const late = Math.max(...loans.map((l) => l.delinquency.daysPastDue));
    return [
      ...out,
      late === 0
        ? lang === 'ko'
          ? '고객님 대출은 지금 연체된 금액이 없어, 납입이 어려워질 것 같을 때 신청하신다면 신속채무조정이 해당합니다 (그 전에 거래 금융회사에 먼저 상담하시는 게 좋습니다).'
          : 'Nothing on your loans is overdue today, so if a payment became hard it would be the fast-track adjustment — and asking your lender first is usually quicker.'
        : lang === 'ko'
          ? `고객님 대출은 지금 최장 ${late}일 연체되어 있어 ${late <= 30 ? '신속채무조정' : late < 90 ? '사전채무조정' : '개인워크아웃'}이 해당합니다.`
          : `Your loans are up to ${late} days overdue today, so the ${late <= 30 ? 'fast-track adjustment' : late < 90 ? 'pre-workout' : 'individual workout'} is the one that applies.`,
    ];
  }
  // QA round 26 (helper en1). "what does jeonse mean", "what is a jeonse loan": the meaning first, then their own jeonse
  // loan in those terms (was their loans' rate alone).
  if (topic === 'JEONSE') {
    const own = loans.find((l) => l.kind === 'JEONSE');
    if (!own) return out;
    const rate = formatAnnualRate(own.annualRate, lang);
    return [
      ...out,
      lang === 'ko'
        ? koText`고객님의 ${loanName(own, lang)}은/는 남은 원금 ${own.outstandingPrincipal.text}에 ${rate} 이자를 매달 내고, 원금은 만기(${date(own.maturityOn, data, lang)})에 돌려받는 보증금으로 갚는 대출입니다.`
        : `Yours is the ${loanName(own, lang)}: ${own.outstandingPrincipal.text} of principal at ${rate}, interest paid monthly, the principal due on ${date(own.maturityOn, data, lang)} to be repaid from the returned deposit.`,
    ];
  }
  // "is that a lot?" after revolving's cost on their bill: judged, then the cost again.
  if (topic === 'REVOLVING' && input.understanding.slots.costJudged) return revolvingJudgedLines(input);
  // QA round 21 (card21). "카드값 할부로 돌리면 얼마씩 내요?": the bill converted, in its own figures, first.
  const conversion = input.understanding.slots.conversionMonths;
  // QA round 22 (cardif). "99개월로" after it: the months a conversion can take, first, then the usual terms.
  const outOfRange = input.understanding.slots.conversionOutOfRange;
  if (topic === 'INSTALMENT_CONVERSION' && conversion !== undefined && outOfRange !== undefined)
    return [conversionRangeLine(outOfRange, lang), ...conversionLines(input, 0), ...out];
  if (topic === 'INSTALMENT_CONVERSION' && conversion !== undefined)
    return [...conversionLines(input, conversion), ...out];
  // "카드 연회비 얼마야?", "무이자 할부 돼?", "할부 몇 개월까지 돼?", "할부전환 수수료 얼마야?": what fingraph does not hold
  // and where it is, with their own card named, then their instalments, then the usual practice.
  if (CARD_TERM_TOPICS.has(topic)) return [...cardTermLines(input, topic), ...out];
  // "how much would it cost me?" after what revolving is: its cost on their own bill first, then what it is.
  if (topic === 'REVOLVING' && input.understanding.slots.revolvingCost)
    return [...revolvingCostLines(input), ...out];
  // "카드 최소결제금액 얼마예요?": the bill it is a part of first (the minimum itself is on the card company's statement).
  if (topic === 'REVOLVING' && input.understanding.slots.cardBill)
    return [...minimumPaymentLines(input), ...out];
  // QA round 23 (care23). "현금서비스 써도돼요?", "should i take a cash advance?": the verdict first, against their own
  // loan's rate, then what it is.
  if (
    topic === 'CASH_ADVANCE' &&
    input.understanding.slots.adviceAsked &&
    !input.understanding.slots.loanByCard
  )
    return [cashAdviceVerdict(input, loans), ...out];
  // "리볼빙 하는게 나을까요?": the advice itself first — not while there is another way — then what it is.
  if (topic === 'REVOLVING' && input.understanding.slots.adviceAsked)
    return [
      lang === 'ko'
        ? '리볼빙은 되도록 권하지 않습니다: 넘긴 금액에 법정 최고금리(연 20%)에 가까운 수수료가 매달 붙어 빚이 빠르게 늘고, 이용 자체가 신용점수에 불리하게 반영될 수 있습니다. 카드값이 부담되면 카드사에 분할납부(결제대금 할부 전환)나 결제일 조정을 먼저 물어보세요.'
        : 'I would not recommend revolving: the amount carried over is charged close to the legal maximum (20% a year) every month, so the debt grows fast, and using it can count against your credit score. If the bill is hard to pay, ask the card company to split it into instalments or move the payment date first.',
      ...out.slice(1),
    ];
  // A cash advance is weighed against their own loans' rates: those are listed too.
  if (!WITHOUT_OWN_LOAN_TERMS.has(topic)) {
    const own = (input.loan ? [input.loan] : loans).map((l) =>
      ownLoanTerms(l, lang, topic === 'GRACE_PERIOD'),
    );
    // "제 대출은 고정금리예요?", "is my loan fixed or variable?": their loan's terms answer it, the definition after.
    if (input.understanding.slots.ownLoan && own.length) return [...own, ...out];
    out.push(...own);
  }
  if (topic === 'CASH_ADVANCE')
    out.push(
      lang === 'ko'
        ? '"신용대출 한도 얼마나 돼요?"라고 물어보시면 고객님 소득으로 은행 대출 한도를 계산해 드릴게요.'
        : 'Ask "how much could I borrow as a personal loan?" and I will work out a bank’s limit from your income.',
    );
  if (topic === 'LTV')
    out.push(
      lang === 'ko'
        ? '"주담대 한도 얼마나 돼요?"라고 물어보시면 고객님 소득으로 한도를 계산해 드릴게요.'
        : 'Ask "how much can I borrow for a mortgage?" and I will work out the limit from your income.',
    );
  return out;
}

/**
 * "상환 방식 바꿀 수 있어요?": a change of repayment method is the lender's decision (조건변경), or a new loan with
 * the method wanted — said first; the loan's own method and what the methods mean follow (the glossary answer).
 */
function methodChangeLead(input: IntentReplyInput): string[] {
  if (!input.understanding.slots.methodChange) return [];
  const lang = input.language;
  const lenders = lenderNames(input.loan ? [input.loan] : activeLoans(input.data), lang);
  return [
    lang === 'ko'
      ? koText`상환 방식 변경은 이 앱에서 대신 할 수 없고, 대출을 받은 ${lenders.join('·') || '금융회사'}에 조건변경(상환방법 변경)을 신청하셔야 하며 받아들일지는 심사로 정해집니다. 받아들여지지 않으면 원하는 방식의 새 대출로 갈아타는(대환) 방법이 있습니다.`
      : `I can't change it for you: ask ${lenders.join(' / ') || 'your lender'} for a change of terms (repayment method), which it reviews; if it says no, refinancing into a loan with the method you want is the other way.`,
  ];
}

/**
 * QA round 23 (care23). Whether to take a cash advance: usually not — its rate (card companies' cash advance rates run
 * at about 15–19.9 % a year, the legal maximum 20 %; 여신금융협회 공시), due in full on the next payment date, and the
 * credit-score effect of using it — beside their own cheapest loan's rate when there is one.
 */
function cashAdviceVerdict(input: IntentReplyInput, loans: LoanLine[]): string {
  const lang = input.language;
  const cheapest = [...loans].sort((a, b) => new Decimal(a.annualRate).comparedTo(b.annualRate))[0];
  const own = cheapest
    ? lang === 'ko'
      ? koText` 고객님 ${loanName(cheapest, lang)}(${formatAnnualRate(cheapest.annualRate, lang)})보다 훨씬 높은 금리입니다.`
      : ` — far above the ${formatAnnualRate(cheapest.annualRate, lang)} on your ${loanName(cheapest, lang)}.`
    : lang === 'ko'
      ? ''
      : '.';
  return lang === 'ko'
    ? `되도록 쓰지 않으시는 게 좋습니다: 현금서비스는 보통 연 15~19.9%의 수수료(이자)가 빌린 날부터 붙고 다음 결제일에 한꺼번에 갚아야 해서 돌려막기로 이어지기 쉬우며, 쓰는 것만으로도 신용점수가 떨어질 수 있습니다.${own}`
    : `Better not, if you can avoid it: a cash advance usually costs about 15–19.9% a year from the day you take it, is due in full on the next payment date (so it easily turns into borrowing to repay borrowing), and using one can lower your credit score${own}`;
}

/** "카드로 대출금 낼 수 있어요?": no, not directly — the lender debits an account; a card means borrowing again. */
function loanByCardLead(input: IntentReplyInput): string[] {
  if (!input.understanding.slots.loanByCard) return [];
  return [
    input.language === 'ko'
      ? '아니요, 대출 원리금은 보통 신용카드로 직접 낼 수 없고 등록된 계좌에서 자동이체로 빠져나갑니다. 카드로 마련하려면 현금서비스나 카드론을 받아야 하는데, 이는 빚으로 빚을 갚는 것이라 아래처럼 비용과 신용점수 부담이 큽니다.'
      : 'No — loan instalments usually cannot be paid with a credit card: the lender debits your bank account. Raising the money on a card means a cash advance or a card loan, borrowing to repay borrowing, with the costs and credit-score effects below.',
  ];
}

/**
 * QA round 24 (en24b). The overseas fees on their card use abroad, estimated: the international brand's 1.1% (Visa, the
 * largest disclosed) plus the card company's 0.2–0.35% (glossary.ts OVERSEAS_CARD_FEES) — the fee itself is not in
 * the card data, so the statement has the exact amount.
 */
const OVERSEAS_FEE_RANGE = { low: '0.013', high: '0.0145' } as const;
function overseasFeeEstimateLine(s: SpendingSummaryData, data: TurnData, lang: Lang): string {
  const won = (v: Decimal) => formatWon(v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
  const total = new Decimal(s.total.amount);
  const period = summaryPeriodPhrase(s, lang);
  const count = formatCount(s.purchaseCount, 'transaction', lang);
  if (total.lte(0))
    return lang === 'ko'
      ? `${period} 해외 카드 결제가 없어 해외 이용 수수료도 없습니다.`
      : `You made no card payments abroad ${s.months ? 'in ' : ''}${period}, so there were no foreign transaction fees.`;
  const low = won(total.times(OVERSEAS_FEE_RANGE.low));
  const high = won(total.times(OVERSEAS_FEE_RANGE.high));
  return lang === 'ko'
    ? koText`${period} 해외 카드 결제 ${s.total.text}(${count})에는 수수료가 약 ${low}~${high} 붙었을 것으로 보입니다 (브랜드 수수료 1.1%와 카드사 해외 이용 수수료 0.2~0.35%, 합계 1.3~1.45% 가정). 실제 수수료는 카드 명세서에 나옵니다.`
    : `On your ${s.total.text} of card payments abroad ${s.months ? 'in ' : ''}${period} (${count}), the fees were probably about ${low}–${high} (1.3–1.45%: the card brand’s 1.1% plus the card company’s 0.2–0.35%, assumed). Your card statement shows the exact fee.`;
}

/**
 * QA round 27 (helper en27b). "do i have any revolving credit", "am i using cash advance?", "리볼빙 쓰고 있어요?": what
 * their card records show, first — the last 12 months' card transactions are purchases and refunds; a revolving
 * balance or a cash advance is not among them (the card company's app or statement shows one). Empty when not asked
 * or without the records.
 */
function ownCardUseLead(input: IntentReplyInput): string[] {
  const { data, language: lang, understanding } = input;
  const s = data.spendingSummary;
  const topic = understanding.slots.productTopic;
  if (!understanding.slots.ownCardUse || !s || (topic !== 'REVOLVING' && topic !== 'CASH_ADVANCE')) return [];
  const ko = lang === 'ko';
  const what = topic === 'REVOLVING' ? (ko ? '리볼빙' : 'revolving') : ko ? '현금서비스' : 'cash advance';
  const range = dayRange(s.from, s.through, data, lang);
  if (s.purchaseCount === 0)
    return [
      ko
        ? koText`아니요, 카드 기록에 ${what}은/는 없습니다: 최근 12개월(${range}) 카드 거래가 없습니다.`
        : `No — no ${what} appears on your card records: there are no card transactions in the last 12 months (${range}).`,
    ];
  const count = formatCount(s.purchaseCount, 'transaction', lang);
  return [
    ko
      ? koText`아니요, 고객님 카드 기록에는 ${what}이/가 없습니다: 최근 12개월(${range}) 카드 거래 ${count}, ${s.total.text}은/는 모두 물품·서비스 결제와 취소이고, 리볼빙으로 넘긴 금액이나 현금서비스는 없습니다. 카드사에서 따로 이용하신 것은 그 카드사 앱이나 명세서에서 확인하세요.`
      : `No — no ${what} appears on your card records: your ${count} of the last 12 months (${range}, ${s.total.text}) are all purchases and refunds, with no amount carried over by revolving and no cash advance. Anything taken directly with the card company shows in its app or statement.`,
  ];
}

function productQuestion(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  // The card deduction on this year's spending ("체크카드가 공제 더 많아요?", "is a debit card better for tax
  // deductions?") before a card recommendation or a term (QA round 19: "no active loans", "can't load recommendations").
  if (input.understanding.slots.cardDeduction)
    return cardDeductionLines(
      data,
      lang,
      input.understanding.slots.debitBetter,
      input.understanding.slots.debitOrCredit,
    );
  if (input.understanding.slots.medicalDeduction) return medicalDeductionLines(data, lang);
  if (input.understanding.slots.spouseLoan) return spouseLoanLines(data, lang);
  // "체크카드랑 신용카드 뭐가 나아요?": the two kinds explained, not a card product recommended.
  if (input.understanding.slots.recommend && input.understanding.slots.productTopic !== 'CARD_TYPES')
    return recommendLines(input);
  const topic = input.understanding.slots.productTopic;
  // QA round 24 (en24b). "was there any foreign transaction fee": an estimate on their own spending abroad, first.
  if (topic === 'OVERSEAS_CARD_FEES' && input.understanding.slots.overseas && data.spendingSummary)
    return [overseasFeeEstimateLine(data.spendingSummary, data, lang), ...glossaryAnswer(input, topic)];
  if (topic === 'PREPAYMENT_FEE') {
    const fee = prepaymentFeeAnswer(input);
    if (fee) return fee;
  } else if (topic)
    return [
      ...ownCardUseLead(input),
      ...methodChangeLead(input),
      ...loanByCardLead(input),
      ...glossaryAnswer(input, topic),
    ];
  const loans = activeLoans(data);
  const withNext = input.loan?.nextPayment ? input.loan : loans.find((l) => l.nextPayment);
  if (input.understanding.slots.interestWhy && withNext)
    return interestWhyLines(withNext, data, lang, input.understanding.slots.interestDispute);
  return [
    loans.length
      ? lang === 'ko'
        ? `지금 이용 중인 대출의 금리는 ${loans.map((l) => `${loanName(l, lang)} ${formatAnnualRate(l.annualRate, lang)}`).join(', ')}입니다.`
        : `Your current loans are at ${loans.map((l) => `${formatAnnualRate(l.annualRate, lang)} (${loanName(l, lang)})`).join(', ')}.`
      : noLoans(lang),
    lang === 'ko'
      ? '새 상품의 금리와 한도는 심사에 따라 정해집니다. "주담대 한도 얼마나 돼요?"나 "대출 갈아타면 얼마 아껴요?"처럼 물어보시면 고객님 숫자로 계산해 드릴게요.'
      : 'Rates and limits of new products depend on the lender’s review. Ask "how much can I borrow for a mortgage?" or "can I save by refinancing?" and I will work it out with your numbers.',
  ];
}

/**
 * The spending months the forecast capped as one-offs (a trip, a large purchase: forecasting's Hampel rule), said
 * under the figure so the customer knows a trip month is not taken as their new normal; null when none was.
 */
function oneOffLine(f: ForecastData, lang: Lang): string | null {
  if (!f.oneOffMonths?.length || !f.oneOffCap) return null;
  const months = f.oneOffMonths.map((m) => formatMonth(m, lang));
  const list = lang === 'ko' ? months.join('·') : months.join(' and ');
  return lang === 'ko'
    ? koText`${list}처럼 평소보다 훨씬 많이 쓴 달(여행, 큰 구매)은 한 번뿐인 지출로 보고 한 달 약 ${formatWon(f.oneOffCap, lang)}으로/로 낮춰 예측했습니다.`
    : `Months far above your usual (${list}: a trip, a large purchase) are taken as one-offs and counted at about ${formatWon(f.oneOffCap, lang)} each, not as a new trend.`;
}

/** The instalments of the plans still running that the statement of `month` ("YYYY-MM") carries. */
function statementAhead(data: TurnData, month: string) {
  const plans = data.instalments?.plans ?? [];
  return statementInstalments(
    plans.map((p) => ({
      amount: p.amount.amount,
      months: p.months,
      purchasedOn: p.purchasedOn,
      merchant: p.merchant,
    })),
    month,
  );
}

/** Each instalment on a statement, named: "“대한항공” 95,066원(6개월 중 4회차)". */
function portionsText(st: ReturnType<typeof statementInstalments>, lang: Lang): string {
  return st.portions
    .map((p) =>
      lang === 'ko'
        ? `${merchantLabel(p.merchant, phrase('category', null, lang), lang)} ${formatWon(p.amount, lang)}(${p.months}개월 중 ${p.number}회차)`
        : `${merchantLabel(p.merchant, phrase('category', null, lang), lang)} ${formatWon(p.amount, lang)} (${p.number} of ${p.months})`,
    )
    .join(', ');
}

/**
 * QA round 21 (card21). "왜 늘어요?", "why that high" after a spending forecast: the forecast carries on the trend of the
 * months observed — the step between its last two months said, to the month asked — and, for a card bill, the
 * instalments its statement adds (the one-off months capped follow, oneOffLine).
 */
function forecastWhyLead(
  f: ForecastData,
  data: TurnData,
  lang: Lang,
  bill: boolean,
  show: (v: string) => string,
): string {
  const p = f.points[f.points.length - 1];
  const before = f.points[f.points.length - 2];
  const step = new Decimal(p.mean).minus(before.mean).abs().toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const trend = forecastTrend(f);
  const month = formatMonth(p.period, lang);
  const st = bill ? statementAhead(data, p.period.slice(0, 7)) : null;
  const parts = st && st.portions.length ? portionsText(st, lang) : '';
  // QA round 23 (card23). The months the forecast is based on: the observed ones, up to the last observed.
  const lastSeen = `${f.lastObservedPeriod.slice(0, 7)}-01`;
  const span = `${formatMonth(addMonths(lastSeen, 1 - f.observations), lang)}${lang === 'ko' ? '~' : '–'}${formatMonth(lastSeen, lang)}`;
  if (lang === 'ko') {
    const dir = { UP: '늘어나는', DOWN: '줄어드는', FLAT: '비슷하게 유지되는' }[trend];
    const move =
      trend === 'FLAT'
        ? koText`달마다 큰 변화 없이 ${month} 약 ${show(p.mean)}입니다`
        : koText`한 달에 약 ${show(step.toFixed(0))}씩 ${trend === 'UP' ? '늘어' : '줄어'} ${month} 약 ${show(p.mean)}이/가 됩니다`;
    return koText`예측이 ${dir} 건 최근 ${f.observations}개월(${span}) 카드 지출의 흐름(추세)을 이어서 계산했기 때문입니다: ${move}${parts ? koText`; 여기에 그달 명세서의 할부 ${parts}이/가 더해집니다` : ''}.`;
  }
  const dir = { UP: 'rises', DOWN: 'falls', FLAT: 'stays flat' }[trend];
  const move =
    trend === 'FLAT'
      ? `little change from month to month, about ${show(p.mean)} in ${month}`
      : `about ${show(step.toFixed(0))} ${trend === 'UP' ? 'more' : 'less'} each month, reaching about ${show(p.mean)} in ${month}`;
  return `The forecast ${dir} because it carries on the trend of your last ${f.observations} months of card spending (${span}): ${move}${parts ? `, plus the instalments on that month’s statement (${parts})` : ''}.`;
}

/**
 * QA round 21 (card21). A card bill further ahead than the statements known ("3개월 후 카드값", "whats my card bill gonna
 * be in 3 months"): the card spending forecast of the month that statement bills (the month before it) with its 80 %
 * range, and the instalments of the plans still running that the statement carries (statementInstalments, principal
 * only) — the sum said as an estimate. **Decision (lead, on merging):** "N월 카드값" is the bill paid in month N, as
 * everywhere else in the counsellor ("지난달 카드값" is the bill due last month, "12월 카드값" in November this month's
 * use): month N's statement carries month N − 1's spending (the helper's first cut read month N's own spending, which
 * left December's use uncounted between "12월 카드값" and "1월 카드값").
 */
function cardBillAheadLead(
  billMonth: string,
  used: ForecastData['points'][number],
  data: TurnData,
  lang: Lang,
  nextMonth: boolean,
  show: (v: string) => string,
  range: string,
): string {
  const month = formatMonth(billMonth, lang);
  const usedMonth = formatMonth(used.period, lang);
  const spend = Decimal.max(0, used.mean).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const st = statementAhead(data, billMonth.slice(0, 7));
  const when = nextMonth ? (lang === 'ko' ? `다음 달(${month})` : `next month (${month})`) : month;
  const list = portionsText(st, lang);
  const withParts = spend.plus(st.portionTotal).toFixed(0);
  if (lang === 'ko')
    return st.portions.length
      ? koText`${when} 카드값은 약 ${show(withParts)}으로/로 보입니다: ${usedMonth} 사용분 예측 약 ${show(spend.toFixed(0))}${range}에 그달 명세서의 할부 ${list}이/가 더해진 금액입니다 (예측이라 실제와 다를 수 있고, 할부수수료는 카드사가 따로 붙입니다).`
      : koText`${when} 카드값은 약 ${show(spend.toFixed(0))}으로/로 보입니다: ${usedMonth} 사용분 예측${range}이고, 그달 청구될 할부는 없습니다 (예측이라 실제와 다를 수 있습니다).`;
  return st.portions.length
    ? `Your card bill ${nextMonth ? '' : 'in '}${when} should be about ${show(withParts)}: about ${show(spend.toFixed(0))} of spending forecast for ${usedMonth}${range}, which that statement bills, plus its instalments: ${list}. It is an estimate, and the card company adds its instalment fee.`
    : `Your card bill ${nextMonth ? '' : 'in '}${when} should be about ${show(spend.toFixed(0))}: the spending forecast for ${usedMonth}${range}, which that statement bills; no instalments are on it — an estimate.`;
}

/**
 * The lead of a forecast answer: over several months, which way it goes (the same direction as the narrative below,
 * forecastTrend) from the first month's value to the horizon's; the value at the horizon with its 80% range (none
 * for a month that cannot move: a bullet loan's balance).
 */
function forecastLead(data: TurnData, lang: Lang, slots: CounselSlots = {}): string | null {
  // QA round 21 (left20). **Decision:** a spending forecast whose months start with this one ("forecast my spending",
  // "지출 예측해줘") says this month first as it stands — spent to date, and with the days left at the forecast's pace —
  // then the forecast from next month (was the path from this month's whole-month forecast, its actual unsaid: "from
  // about ₩794,073 in Nov" two days before its end, with ₩173,540 spent). A month, a quarter, a year or the year's end
  // asked keeps its own lead.
  const f = data.forecasts?.[0];
  const s = data.spendingSummary;
  const now = f?.points[0];
  if (
    !f ||
    !s ||
    !now ||
    f.points.length < 2 ||
    slots.monthAhead !== undefined ||
    slots.yearEnd ||
    forecastWindow(slots, data.asOf) ||
    f.kind !== 'CUSTOMER' ||
    f.series !== 'SPENDING' ||
    s.period !== 'THIS_MONTH' ||
    s.category ||
    s.merchant ||
    now.period.slice(0, 7) !== data.asOf.slice(0, 7)
  )
    return forecastLeadAlone(data, lang, slots);
  const later = forecastLeadAlone({ ...data, forecasts: [{ ...f, points: f.points.slice(1) }] }, lang, slots);
  const monthStart = `${data.asOf.slice(0, 7)}-01`;
  const daysInMonth = daysBetween(monthStart, addMonths(monthStart, 1));
  const daysLeft = daysBetween(data.asOf, addMonths(monthStart, 1)); // today's spending is in the summary
  const rest = Decimal.max(0, now.mean).times(daysLeft).div(daysInMonth).toDecimalPlaces(0, Decimal.ROUND_UP);
  const total = formatWon(rest.plus(s.total.amount).toFixed(0), lang);
  const range = dayRange(s.from, s.through, data, lang);
  const head =
    lang === 'ko'
      ? koText`이번 달은 오늘까지 카드로 ${s.total.text}을/를 쓰셨고 (${range}), 남은 ${daysLeft}일을 예측대로 쓰시면 약 ${total}이/가 됩니다.`
      : `This month you have spent ${s.total.text} on your card so far (${range}); at the forecast’s pace for the ${formatCount(daysLeft, 'day', lang)} left it comes to about ${total}.`;
  return later ? `${head} ${later}` : head;
}

function forecastLeadAlone(data: TurnData, lang: Lang, slots: CounselSlots = {}): string | null {
  const f = data.forecasts?.[0];
  const p = f?.points[f.points.length - 1];
  if (!f || !p) return null;
  const show = (v: string) =>
    f.unit === 'KRW'
      ? formatWon(v, lang)
      : `${new Decimal(v).toFixed(2)}${f.unit.includes('%') ? '%' : ` ${f.unit}`}`;
  const first = f.points[0];
  // The month's 80 % range in brackets (with its month when `named`); nothing for a month that cannot move.
  const range = (x: ForecastData['points'][number], named = false) =>
    certain(x)
      ? ''
      : lang === 'ko'
        ? ` (${named ? `${formatMonth(x.period, 'ko')} ` : ''}80% 범위 ${show(x.lower80)} ~ ${show(x.upper80)})`
        : ` (80% range${named ? ` for ${formatMonth(x.period, 'en')}:` : ''} ${show(x.lower80)} to ${show(x.upper80)})`;
  // "이번 달 지출 얼마나 될까?": what is spent so far, plus the days left at the month's forecast (runningMonthTotal).
  const running = slots.monthAhead === 0 ? runningMonthTotal(f, p, data) : null;
  if (running)
    return lang === 'ko'
      ? koText`이번 달 카드 지출은 약 ${show(running.total)}으로/로 예상됩니다: 오늘까지 ${running.spent}에 남은 ${running.daysLeft}일치 약 ${show(running.rest)}을/를 더한 금액입니다 (남은 날은 이번 달 예측 약 ${show(p.mean)}을/를 날짜 수로 나눠 계산).`
      : `This month’s card spending should come to about ${show(running.total)}: ${running.spent} so far, plus about ${show(running.rest)} for the ${formatCount(running.daysLeft, 'day', lang)} left (the month’s forecast of about ${show(p.mean)}, spread over its days).`;
  // "다음 달 지출 얼마나 될까?", "how much am i likely to spend next month": that month's figure first (not the path
  // from this month to it).
  const target =
    slots.monthAhead && slots.monthAhead > 0
      ? f.points.find(
          (x) =>
            x.period.slice(0, 7) === addMonths(`${data.asOf.slice(0, 7)}-01`, slots.monthAhead!).slice(0, 7),
        )
      : undefined;
  // QA round 21 (card21). "cheaper month coming?" after spending or its forecast: the month ahead (from next month; this
  // one is nearly spent) forecast lowest, first.
  const coming = f.points.filter((x) => x.period.slice(0, 7) > data.asOf.slice(0, 7));
  if (slots.lowestAhead && f.kind === 'CUSTOMER' && f.series === 'SPENDING' && coming.length) {
    const low = coming.reduce((a, x) => (new Decimal(x.mean).lt(a.mean) ? x : a));
    const rises = coming.some((x) => x.period > low.period && new Decimal(x.mean).gt(low.mean));
    const month = formatMonth(low.period, lang);
    return lang === 'ko'
      ? koText`앞으로 ${coming.length}개월 중 카드 지출이 가장 적을 것으로 보이는 달은 ${month}로, 약 ${show(low.mean)}입니다${range(low)}${rises ? '; 그 뒤로는 예측이 다시 늘어납니다' : ''}.`
      : `The cheapest month ahead looks like ${month}, with card spending forecast at about ${show(low.mean)}${range(low)}${rises ? '; after that the forecast rises again' : ''}.`;
  }
  // QA round 21 (card21). "왜 늘어요?", "why that high" after a spending or card-bill forecast: why, first.
  if (slots.changeWhy && f.kind === 'CUSTOMER' && f.series === 'SPENDING' && f.points.length > 1)
    return forecastWhyLead(f, data, lang, !!slots.cardBill, show);
  // QA round 21 (card21). "3개월 후 카드값 얼마 나올 것 같아요?": that month's card spending forecast, and the
  // instalments still on its statement added (an estimate, said so).
  if (target && slots.cardBill && f.kind === 'CUSTOMER' && f.series === 'SPENDING') {
    const usedMonth = addMonths(`${target.period.slice(0, 7)}-01`, -1).slice(0, 7);
    const used = f.points.find((x) => x.period.slice(0, 7) === usedMonth);
    if (used)
      return cardBillAheadLead(target.period, used, data, lang, slots.monthAhead === 1, show, range(used));
  }
  // QA round 27 (lead). "will my spending go down next month?", "다음 달엔 좀 줄어들까요?": yes or no first, that month
  // against this month as a whole (spent so far plus the days left), then the figure.
  const thisMonth = f.points.find((x) => x.period.slice(0, 7) === data.asOf.slice(0, 7));
  const now = target && slots.trendAsk && thisMonth ? runningMonthTotal(f, thisMonth, data) : null;
  if (target && now && slots.trendAsk) {
    const month = formatMonth(target.period, lang);
    const when =
      slots.monthAhead === 1 ? (lang === 'ko' ? `다음 달(${month})` : `next month (${month})`) : month;
    const diff = new Decimal(target.mean).minus(now.total);
    const down = diff.lt(0);
    const yes = (slots.trendAsk === 'DOWN') === down;
    const by = show(diff.abs().toFixed(0));
    return lang === 'ko'
      ? koText`${yes ? '네' : '아니요'}, ${when} 카드 지출은 약 ${show(target.mean)}으로/로 이번 달 예상 약 ${show(now.total)}보다 약 ${by} ${down ? '줄어들' : '늘어날'} 것으로 보입니다${range(target)}. 이번 달은 오늘까지 ${now.spent}에 남은 ${now.daysLeft}일치 약 ${show(now.rest)}을/를 더한 금액입니다.`
      : `${yes ? 'Yes' : 'No'} — your card spending ${slots.monthAhead === 1 ? when : `in ${month}`} is expected to ${down ? 'fall' : 'rise'} to about ${show(target.mean)}${range(target)}, ${by} ${down ? 'less' : 'more'} than about ${show(now.total)} for this month (${now.spent} so far plus about ${show(now.rest)} for the ${formatCount(now.daysLeft, 'day', lang)} left).`;
  }
  if (target) {
    const month = formatMonth(target.period, lang);
    const when =
      slots.monthAhead === 1
        ? lang === 'ko'
          ? `다음 달(${month})`
          : `next month (${month})`
        : lang === 'ko'
          ? month
          : `in ${month}`;
    return lang === 'ko'
      ? koText`${when} ${f.label}은/는 약 ${show(target.mean)}으로/로 예상됩니다${range(target)}.`
      : `${f.label} ${when} is expected to be about ${show(target.mean)}${range(target)}.`;
  }
  // "내년 카드 지출 예측해줘", "다음 분기 지출": the months of that year or quarter, summed (spending) or at its end (debt).
  const window = forecastWindow(slots, data.asOf);
  const months = window
    ? f.points.filter((x) => x.period.slice(0, 7) >= window.from.slice(0, 7) && x.period <= window.to)
    : [];
  if (window && f.kind === 'CUSTOMER' && months.length && months[months.length - 1].period === window.to) {
    const name =
      window.quarter === null
        ? lang === 'ko'
          ? `내년(${window.year}년)`
          : `next year (${window.year})`
        : lang === 'ko'
          ? `다음 분기(${formatQuarter(`${window.year}Q${window.quarter}`, lang)})`
          : `next quarter (${formatQuarter(`${window.year}Q${window.quarter}`, lang)})`;
    if (f.series === 'DEBT') {
      const end = months[months.length - 1];
      return lang === 'ko'
        ? koText`${name} 말 대출 잔액은 약 ${show(end.mean)}으로/로 예상됩니다${range(end)}.`
        : `At the end of ${name} your loan balance is expected to be about ${show(end.mean)}${range(end)}.`;
    }
    const sum = months.reduce((acc, x) => acc.plus(Decimal.max(0, x.mean)), new Decimal(0));
    const average = sum.div(months.length).toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(0);
    const [lo, hi] = [months[0], months[months.length - 1]];
    return lang === 'ko'
      ? koText`${name} 카드 지출은 모두 약 ${show(sum.toFixed(0))}, 한 달 평균 약 ${show(average)}으로/로 예상됩니다 (${formatMonth(lo.period, lang)} 약 ${show(lo.mean)}, ${formatMonth(hi.period, lang)} 약 ${show(hi.mean)}; 달마다 80% 범위가 넓어 실제와 다를 수 있습니다).`
      : `Your card spending ${name} is expected to total about ${show(sum.toFixed(0))}, about ${show(average)} a month (about ${show(lo.mean)} in ${formatMonth(lo.period, lang)}, ${show(hi.mean)} in ${formatMonth(hi.period, lang)}; each month’s 80% range is wide, so the real figure may differ).`;
  }
  // "올해 말까지 지출 예상해줘": each month from this one to December and, for monthly spending in won, their sum.
  const ahead = f.points.filter((x) => x.period.slice(0, 7) >= data.asOf.slice(0, 7));
  if (
    slots.yearEnd &&
    f.kind === 'CUSTOMER' &&
    f.series === 'SPENDING' &&
    ahead.length &&
    p.period.slice(5, 7) === '12'
  ) {
    const sum = ahead.reduce((acc, x) => acc.plus(x.mean), new Decimal(0)).toFixed(0);
    if (lang === 'ko')
      return koText`올해 말까지 ${f.label}은/는 ${ahead.map((x) => `${formatMonth(x.period, lang)} 약 ${show(x.mean)}`).join(', ')}, 모두 약 ${show(sum)}으로/로 예상됩니다.`;
    const label = f.label.charAt(0).toLowerCase() + f.label.slice(1);
    return `To the end of the year, your ${label} is expected to be ${ahead.map((x) => `about ${show(x.mean)} in ${formatMonth(x.period, lang)}`).join(' and ')} — about ${show(sum)} in all.`;
  }
  if (f.points.length > 1) {
    const trend = forecastTrend(f);
    return lang === 'ko'
      ? koText`${f.label}은/는 ${{ UP: '늘어날', DOWN: '줄어들', FLAT: '비슷하게 유지될' }[trend]} 것으로 예상됩니다: ${formatMonth(first.period, 'ko')} 약 ${show(first.mean)}에서 ${formatMonth(p.period, 'ko')} 약 ${show(p.mean)}으로/로${range(p, true)}.`
      : `${f.label} is expected to ${{ UP: 'rise', DOWN: 'fall', FLAT: 'stay roughly flat' }[trend]}, from about ${show(first.mean)} in ${formatMonth(first.period, 'en')} to ${show(p.mean)} in ${formatMonth(p.period, 'en')}${range(p, true)}.`;
  }
  return lang === 'ko'
    ? koText`${formatMonth(p.period, 'ko')} ${f.label}은/는 ${show(p.mean)} 안팎으로 예상됩니다${range(p)}.`
    : `${f.label} is expected at about ${show(p.mean)} in ${formatMonth(p.period, 'en')}${range(p)}.`;
}

/**
 * "그럼 어떻게 해요?", "what should i do?" after an answer: its next steps ("■ 다음 단계:" and the numbered lines after
 * it) moved first, the rest after; unchanged when it has none.
 */
function stepsFirst(body: string[], asked: boolean | undefined): string[] {
  if (!asked) return body;
  const at = body.findIndex((x) => x === '■ 다음 단계:' || x === '■ Next steps:');
  if (at <= 0) return body;
  let end = at + 1;
  while (end < body.length && /^\d+\. /.test(body[end])) end++;
  return [...body.slice(at, end), ...body.slice(0, at), ...body.slice(end)];
}

/** What a figure is made of, by intent, for "왜요?" where the intent has no reason of its own (bareAnswer). */
const MADE_OF: Partial<Record<CounselIntent, Record<Lang, string>>> = {
  PAYOFF_QUOTE: {
    ko: '전액 상환 금액은 남은 원금에 오늘까지 붙은 이자와 중도상환수수료를 더한 금액이라, 그 밖에 따로 드릴 이유는 없습니다.',
    en: 'The payoff is the principal left plus the interest accrued to today and any prepayment fee; there is no other reason behind it.',
  },
  CARD_TRANSACTIONS: {
    ko: '카드사가 보내 준 결제 내역을 그대로 모아 계산한 것이라, 그 밖에 따로 드릴 이유는 없습니다.',
    en: 'It is worked out from your card payments as the card company reports them; there is no other reason behind it.',
  },
  LOANS_OVERVIEW: {
    ko: '대출마다 남은 원금과 다음 회차 납입액을 그대로 더한 것이라, 그 밖에 따로 드릴 이유는 없습니다.',
    en: 'It adds up each loan’s principal left and next instalment as the lender records them; there is no other reason behind it.',
  },
};
const MADE_OF_DEFAULT: Record<Lang, string> = {
  ko: '이 수치는 고객님의 대출·카드 기록에서 그대로 계산한 것이라, 그 밖에 따로 드릴 이유는 없습니다.',
  en: 'That figure is worked out directly from your loan and card records; there is no other reason behind it.',
};

/**
 * QA round 21 (left20). **Decision:** a bare follow-up ("왜요?", "그게 다예요?", "그럼요?", "언제요?"; slot bareAsk) on an
 * answer that has no reason or next figure of its own is answered short, never with the whole answer again: why → what
 * the figure is made of, then the figure; is that all → yes or no first (for the next payment: the loans' payments and
 * that the card bill is separate); and → the answer's next steps alone, or that there is nothing more; when → the
 * answer's first sentence, which carries its date (the due date, today's payoff, the period).
 */
function bareAnswer(input: IntentReplyInput, body: string[]): string[] {
  const { language: lang, understanding, data } = input;
  const first = body[0];
  if (!first) return body;
  switch (understanding.slots.bareAsk) {
    case 'WHY':
      return [(MADE_OF[understanding.intent] ?? MADE_OF_DEFAULT)[lang], first];
    case 'ALL': {
      if (understanding.intent === 'NEXT_PAYMENT' && !understanding.slots.request) {
        const due = activeLoans(data).filter((l) => l.nextPayment);
        const separate =
          lang === 'ko'
            ? '카드값은 카드사가 따로 청구합니다 ("이번 달 카드값 얼마야?"로 확인하실 수 있습니다).'
            : 'Your card bill is separate, from the card company (ask "what’s my card bill this month?").';
        if (due.length === 1) {
          const l = due[0];
          return [
            lang === 'ko'
              ? `네, 대출 납입은 ${loanName(l, lang)}의 ${l.nextPayment!.payment.text}(${date(l.nextPayment!.dueDate, data, lang)}) 한 건입니다. ${separate}`
              : `Yes: your loan payment is that one, ${l.nextPayment!.payment.text} on your ${loanName(l, lang)} (${date(l.nextPayment!.dueDate, data, lang)}). ${separate}`,
          ];
        }
        if (due.length > 1)
          return [
            lang === 'ko'
              ? `아니요, 대출이 ${due.length}건이라 납입도 ${due.length}건입니다. ${separate}`
              : `No: you have ${due.length} loans, so ${due.length} payments. ${separate}`,
            ...due.map((l) => `- ${nextPaymentLead(l, data, lang)}`),
          ];
      }
      return [lang === 'ko' ? '네, 그게 전부입니다.' : 'Yes, that is all of it.', first];
    }
    case 'AND': {
      const at = body.findIndex((x) => x === '■ 다음 단계:' || x === '■ Next steps:');
      if (at >= 0) {
        let end = at + 1;
        while (end < body.length && /^\d+\. /.test(body[end])) end++;
        if (end > at + 1) return body.slice(at, end);
      }
      const then = nextAfter(input) ?? nextStepAfter(input);
      if (then) return then;
      return [
        lang === 'ko'
          ? '이어서 말씀드릴 내용은 없습니다: 앞의 답이 전부입니다. 다른 것이 궁금하시면 편하게 물어보세요.'
          : 'There is nothing more to add to that answer; ask me anything else you want to know.',
      ];
    }
    case 'WHEN':
      return [first];
    default:
      return body;
  }
}

/**
 * QA round 21 (late21). **Decision:** "그럼요?" after an answer whose story goes on (a refused extension: the principal
 * due at maturity) is the next step of that story — unpaid at maturity, the guarantor repays the bank (대위변제) and
 * claims it from the customer, and debt adjustment is the way out — never "nothing more to add".
 */
function nextAfter(input: IntentReplyInput): string[] | null {
  const { language: lang, understanding, data } = input;
  const s = understanding.slots;
  if (understanding.intent !== 'LOAN_BALANCE' || s.request !== 'EXTENSION' || !s.extensionRefused)
    return null;
  const l = extensionLoan(input);
  if (!l) return null;
  const jeonse = l.kind === 'JEONSE';
  const ko = lang === 'ko';
  return [
    ko
      ? koText`만기일 ${date(l.maturityOn, data, lang)}에 ${l.outstandingPrincipal.text}을/를 갚지 못하면 그날부터 연체이자가 붙고, ${jeonse ? '전세대출은 보증기관(HUG·HF·SGI)이 은행에 대신 갚은 뒤(대위변제) 그 금액을 고객님께 청구하며, 돌려받을 전세보증금에서 먼저 회수합니다' : koText`연체가 길어지면 ${l.lender}이/가 남은 원금 전체의 상환을 요구할 수 있습니다`}.`
      : `If the ${l.outstandingPrincipal.text} is not repaid at maturity on ${date(l.maturityOn, data, lang)}, penalty interest runs from that day, and ${jeonse ? 'for a jeonse loan the guarantor (HUG, HF or SGI) repays the bank (subrogation, 대위변제) and then claims the sum from you, first out of the deposit returned to you' : `a long default lets ${lenderInEnglish(l.lender)} call in the whole principal`}.`,
    ko
      ? '그 전이든 후든 신용회복위원회(☎ 1600-5500)에서 채무조정을, 서민금융진흥원 서민금융콜센터(☎ 1397)에서 서민금융상품·복지 연계를 무료로 상담하실 수 있으니, 만기 전에 먼저 연락하시는 것이 가장 유리합니다.'
      : 'Before or after, the Credit Counseling & Recovery Service (call 1600-5500) handles debt adjustment and the Korea Inclusive Finance Agency (call 1397) gives free advice on government-backed loans and welfare; calling before maturity leaves the most options.',
  ];
}

/**
 * QA round 22 (loanleft). **Decision:** "그럼요?", "and?" after an answer without next steps of its own — the next
 * payment, a balance, a month's spending, the card bill — is the natural next step of that answer, from the figures
 * already read (never "nothing more to add"): after the next payment, the payments left and the principal due at
 * maturity; after a balance, the next payment and the interest still to pay; after spending, where most of it went;
 * after the card bill, having it in the account by the due day and what to do if it is hard to pay. Null otherwise.
 */
function nextStepAfter(input: IntentReplyInput): string[] | null {
  const { language: lang, understanding, data } = input;
  const s = understanding.slots;
  const ko = lang === 'ko';
  const intent = understanding.intent;
  if ((intent === 'NEXT_PAYMENT' || intent === 'LOAN_BALANCE') && !s.request && data.loans) {
    const loans = input.loan ? [input.loan] : activeLoans(data).filter((l) => l.nextPayment);
    if (!loans.length) return null;
    return loans.map((l) => {
      const n = l.nextPayment;
      const line =
        intent === 'NEXT_PAYMENT' || !n
          ? ko
            ? koText`다음 단계로, 납입일 전날까지 자동이체 계좌에 ${n ? n.payment.text : '납입액'}을/를 넣어 두시면 됩니다. ${loanName(l, lang)}은/는 이번 회차를 포함해 ${l.remainingInstallments}회가 남았고, 만기 ${date(l.maturityOn, data, lang)}에 남은 원금 ${l.outstandingPrincipal.text}을/를 갚게 됩니다${l.repaymentMethod === 'BULLET' ? ' (한 번에 갚는 방식)' : ''}.`
            : `Next, have ${n ? n.payment.text : 'the payment'} in the debit account by the day before it is due. Your ${loanName(l, lang)} has ${l.remainingInstallments} payments left including this one, and the ${l.outstandingPrincipal.text} of principal left is due by maturity on ${date(l.maturityOn, data, lang)}${l.repaymentMethod === 'BULLET' ? ' (in one sum)' : ''}.`
          : ko
            ? koText`다음 단계로, ${loanName(l, lang)}의 다음 납입은 ${date(n.dueDate, data, lang)} ${n.payment.text}(원금 ${n.principal.text}, 이자 ${n.interest.text})이고, 만기 ${date(l.maturityOn, data, lang)}까지 남은 ${l.remainingInstallments}회의 이자는 모두 ${l.remainingInterest.text}입니다. 원금을 미리 갚으면 이 이자가 줄어드니, "1000만원 미리 갚으면?"처럼 물어보시면 효과를 계산해 드립니다.`
            : `Next: your ${loanName(l, lang)}'s next payment is ${n.payment.text} on ${date(n.dueDate, data, lang)} (principal ${n.principal.text}, interest ${n.interest.text}), and the ${l.remainingInstallments} payments left to maturity on ${date(l.maturityOn, data, lang)} carry ${l.remainingInterest.text} of interest in all. Repaying principal early cuts that; ask "what if I repay 10 million early?" and I will work it out.`;
      return loans.length > 1 ? `- ${line}` : line;
    });
  }
  // QA round 23 (care23). "그럼요?" after whether to take a cash advance: the other ways to find the money.
  if (intent === 'PRODUCT_QUESTION' && s.productTopic === 'CASH_ADVANCE')
    return [
      ko
        ? '다음 단계로, 현금서비스 대신 서민금융진흥원(☎ 1397)의 긴급생계비, 은행 마이너스통장·소액대출, 금융회사의 상환유예를 먼저 알아보세요.'
        : 'Next, before a cash advance, look at the Korea Inclusive Finance Agency’s emergency living-cost loan (call 1397), a bank overdraft or small loan, and a deferral with your lender.',
      ...steps(lang, [
        ko
          ? '서민금융진흥원 서민금융콜센터(☎ 1397): 급한 생계비가 필요하면 긴급생계비 대출(소액생계비대출) 같은 정책 서민금융 상품을 무료로 안내받을 수 있습니다.'
          : 'The Korea Inclusive Finance Agency (call 1397): for urgent living costs it offers government-backed small loans (the emergency living-cost loan) and free advice.',
        ko
          ? '주거래 은행의 마이너스통장(한도대출)이나 소액 신용대출: 금리가 보통 현금서비스보다 훨씬 낮습니다.'
          : 'An overdraft line or a small personal loan from your bank: usually far cheaper than a cash advance.',
        ko
          ? '갚아야 할 돈이 대출 납입이라면, 납입일 전에 그 금융회사에 상환유예나 납입일 변경을 상담하세요.'
          : 'If the money is for a loan payment, ask that lender about a deferral or a later due date before it falls due.',
      ]),
    ];
  if (intent === 'SPENDING' && s.cardBill)
    return [
      ko
        ? '다음 단계로, 카드 결제일 전에 결제 계좌에 카드값만큼 잔액이 있는지 확인하세요. 한 번에 내기 어려우면 결제일 전에 카드사에 분할납부나 결제일 변경을 문의하시고, 리볼빙(일부결제금액이월)은 높은 수수료가 계속 붙으니 피하시는 게 좋습니다. 다음 달 카드값이 궁금하시면 "다음 달 카드값 얼마 나올까?"라고 물어보세요.'
        : 'Next, check the payment account holds the bill before the card’s due date. If it is hard to pay at once, ask the card company about instalments or a later payment date before it is due, and avoid revolving, which keeps charging a high fee. To see next month’s bill, ask “what will next month’s card bill be?”.',
    ];
  const sum = data.spendingSummary;
  if (intent === 'SPENDING' && sum && !sum.category && !sum.merchant && sum.byCategory.length > 0) {
    const top = [...sum.byCategory].sort((a, b) =>
      new Decimal(b.amount.amount).comparedTo(a.amount.amount),
    )[0];
    const name = phrase('category', top.category, lang);
    return [
      ko
        ? koText`다음 단계로, 이 기간 가장 많이 쓴 곳은 ${name} ${top.amount.text}(${top.count}건)이니 줄일 곳을 찾으신다면 여기부터 보세요. 지난달과 비교해 보시려면 "지난달이랑 비교해줘", 가게별로 보시려면 "어디에 제일 많이 썼어?"라고 물어보세요.`
        : `Next: most of it went on ${name}, ${top.amount.text} (${top.count} ${top.count === 1 ? 'transaction' : 'transactions'}), so that is the place to start if you want to cut back. To compare with last month, ask “compare with last month”; for the shops, ask “where did I spend the most?”.`,
    ];
  }
  return null;
}

/** The offline answer to one understood question. */
/** A date that does not exist ("32일", "2월 30일", "13월", "oct 32"), as the customer said it. */
function noSuchDateLine(said: string, lang: Lang): string {
  return lang === 'ko'
    ? koText`${said}은/는 없는 날짜입니다 (한 해는 12월까지, 한 달은 길어야 31일, 2월은 29일까지입니다). 날짜를 다시 알려 주시면 그 기간으로 알려 드리겠습니다.`
    : `There is no such date as “${said}” (a month has at most 31 days, February 29, and there are 12 months). Tell me the date again and I will answer for that period.`;
}

/** "2024년 3월" / "March 2024" of a YYYY-MM. */
function yearMonthName(ym: string, lang: Lang): string {
  const m = Number(ym.slice(5, 7));
  return lang === 'ko' ? `${ym.slice(0, 4)}년 ${m}월` : `${MONTH_NAMES[m - 1]} ${ym.slice(0, 4)}`;
}

/** QA round 24 (spend24). A month (YYYY-MM) or, since round 26, a year (YYYY) before the card's first record. */
function noCardRecordLine(r: { asked: string; first: string }, lang: Lang): string {
  // A year says its total (0원) beside it: the whole year is asked, and nothing on the card is its figure.
  const year = r.asked.length === 4;
  const asked = year ? (lang === 'ko' ? `${r.asked}년` : r.asked) : yearMonthName(r.asked, lang);
  const zero = year ? ` (${formatWon('0', lang)})` : '';
  return lang === 'ko'
    ? `${asked}에는 카드 결제 기록이 없습니다${zero}: 카드 기록은 ${yearMonthName(r.first, 'ko')}부터 있습니다.`
    : `There is no card spending on record for ${asked}${zero}: your card records start in ${yearMonthName(r.first, 'en')}.`;
}

/** QA round 24 (spend24). A year said that no record or forecast reaches. */
function yearOutOfRangeLine(year: number, data: TurnData, lang: Lang): string {
  const [y, m, d] = data.asOf.split('-').map(Number);
  const today = lang === 'ko' ? `${y}년 ${m}월 ${d}일` : `${d} ${MONTH_NAMES[m - 1]} ${y}`;
  return lang === 'ko'
    ? `${year}년은 기록과 예측이 닿는 범위 밖이라 알려 드릴 수 있는 금액이 없습니다 (오늘은 ${today}): 기록은 지난 기간만, 예측은 앞으로 몇 달까지만 있습니다.`
    : `${year} is out of range of your records and forecasts, so there is no figure for it (today is ${today}): records cover the past, forecasts only the next few months.`;
}

/**
 * A month that has not come yet: "그 다음 달은?" in November after November's spending (this month's spending follows),
 * or "12월에 얼마 썼어?" asked in November (last year's December follows).
 */
function monthNotYetLine(month: number, lastYear: boolean, data: TurnData, lang: Lang): string {
  const today = date(data.asOf, data, lang);
  if (lastYear)
    return lang === 'ko'
      ? `올해 ${month}월은 아직 오지 않아 (오늘은 ${today}), 지난해 ${month}월 지출을 알려 드립니다.`
      : `This year’s ${MONTH_NAMES[month - 1]} has not come yet (today is ${today}); here is last year’s:`;
  return lang === 'ko'
    ? `${month}월은 아직 오지 않아 쓴 돈이 없습니다 (오늘은 ${today}). 이번 달 지금까지의 지출은 아래와 같습니다.`
    : `${MONTH_NAMES[month - 1]} has not come yet, so there is no spending in it (today is ${today}). This month’s spending so far:`;
}

function composeIntentReplyCore(input: IntentReplyInput): string {
  const { language: lang, understanding } = input;
  const intent = understanding.intent;
  let body: string[];
  const lead = input.loanNotFound ? notFoundLead(input) : [];
  if (input.loanNotFound && !input.loan) body = lead;
  // "지난달 32일부터 쓴 돈", "spending since oct 32": no such date — said first, not another date's figures.
  else if (understanding.slots.noSuchDate) body = [noSuchDateLine(understanding.slots.noSuchDate, lang)];
  // QA round 24 (spend24). "3000년 1월 카드값", "9999년 12월 21일까지 얼마 준비해야 돼요?": a year no record or forecast
  // reaches — said, not another year's figures.
  else if (understanding.slots.yearOutOfRange !== undefined)
    body = [yearOutOfRangeLine(understanding.slots.yearOutOfRange, input.data, lang)];
  // "그 다음 달은?" after this month's spending: that month has not come — said first, then this month to date.
  else if (understanding.slots.monthNotYet && intent === 'SPENDING')
    body = [
      monthNotYetLine(
        understanding.slots.monthNotYet,
        understanding.slots.period?.kind === 'MONTHS_AGO',
        input.data,
        lang,
      ),
      // QA round 24 (spend24): last year's month before the card's first record is no record, not 0원.
      ...(input.data.cardRecordsFrom
        ? [noCardRecordLine(input.data.cardRecordsFrom, lang)]
        : spending(input)),
    ];
  // QA round 24 (spend24). "2024년 3월에 카드 얼마 썼어요?": a month before the card's first record — no record, not 0원.
  else if (input.data.cardRecordsFrom && intent === 'SPENDING')
    body = [noCardRecordLine(input.data.cardRecordsFrom, lang)];
  else
    switch (intent) {
      case 'NEXT_PAYMENT':
        body = nextPayment(input);
        break;
      case 'LOAN_BALANCE':
        body = loanBalance(input);
        break;
      case 'PAYOFF_QUOTE':
        body = payoff(input);
        break;
      case 'PREPAYMENT_EFFECT':
        body = prepayment(input);
        break;
      case 'LOANS_OVERVIEW':
        body = loansOverview(input);
        break;
      case 'REPAYMENT_SCHEDULE':
        body = schedule(input);
        break;
      case 'ARREARS':
        body = arrears(input);
        break;
      case 'HARDSHIP':
        body = hardship(input);
        break;
      case 'LOAN_LIMIT':
        // "대출 받을 수 있을까요? 신용점수가 낮아요": the limit, then the score on file and where it stands.
        // QA round 28 (lead). "is my credit score good enough for a mortgage?": the score weighed for that loan right
        // after its limit (was its figure and grade at the end).
        if (input.understanding.slots.scoreKind === 'CREDIT' && input.data.creditScore != null) {
          const limit = limitLead(input);
          body = [
            ...incomeOnFileLead(input),
            ...limit.slice(0, 1),
            scoreForLoanLine(input.data.creditScore, lang),
            ...limit.slice(1),
          ];
        } else body = [...incomeOnFileLead(input), ...limitLead(input)];
        break;
      case 'REFINANCE':
        body = refinance(input);
        break;
      case 'SPENDING':
        body = spending(input);
        break;
      case 'CARD_TRANSACTIONS':
        body = transactions(input);
        break;
      case 'SUSPECTED_FRAUD':
        body = fraud(input);
        break;
      case 'HEALTH_SCORE':
        body = healthScore(input);
        break;
      case 'SAVINGS':
        body = savings(input);
        // QA round 28 (helper en28). "can i afford a new tv", "hmm and my tv?": the month's room, then its price asked.
        if (understanding.slots.itemNoPrice)
          body.push(
            lang === 'ko'
              ? '살 물건의 가격을 알려 주시면(예: "150만원짜리면요?") 이번 달에 감당이 되는지 계산해 드릴게요.'
              : 'Tell me its price (say, "what if it’s 1.5 million?") and I will weigh it on this month.',
          );
        break;
      case 'FORECAST': {
        // QA round 22 (cardif): more spent on the card in a month; a bill beyond the forecast's reach.
        const cardAhead = extraSpendLines(input) ?? beyondReachLines(input);
        if (cardAhead) return cardAhead.join('\n');
        const f = input.data.forecasts?.[0];
        // QA round 23 (card23). "why?" after a spending forecast: what it is made of, in one short reply.
        if (
          understanding.slots.changeWhy &&
          f?.kind === 'CUSTOMER' &&
          f.series === 'SPENDING' &&
          f.unit === 'KRW' &&
          f.points.length > 1
        ) {
          const oneOff = oneOffLine(f, lang);
          const why = forecastWhyLead(f, input.data, lang, !!understanding.slots.cardBill, (v) =>
            formatWon(v, lang),
          );
          return oneOff ? `${why}\n${oneOff}` : why;
        }
        // A rate question answered from a series that is not Korea's own (the base rate, or for lending rates the
        // new-loan rate first): the stand-in is said as such.
        const subject = understanding.slots.forecastSubject;
        const standIn =
          f &&
          ((subject === 'BASE_RATE' && f.series !== 'BOK_BASE_RATE') ||
            (subject === 'LENDING_RATE' && !f.series.startsWith('BOK_')));
        const substitute = standIn
          ? lang === 'ko'
            ? koText`한국은행 기준금리 자료가 아직 들어와 있지 않아 ${f.label}의 전망으로 대신 말씀드립니다. `
            : `The Bank of Korea base rate is not loaded yet, so here is the outlook for ${f.label} instead. `
          : '';
        // A series whose data ended long ago forecasts months already past: said first, not passed off as news.
        const last = f?.points[f.points.length - 1];
        const stale =
          f && last && last.period.slice(0, 7) < input.data.asOf.slice(0, 7)
            ? lang === 'ko'
              ? koText`${f.label}의 마지막 자료가 ${formatMonth(f.lastObservedPeriod, 'ko')}이라/라 이 전망은 그 시점 기준이며, 오늘(${formatMonth(input.data.asOf, 'ko')}) 기준으로는 이미 지난 달들입니다. 최신 자료가 들어오면 다시 계산됩니다. `
              : `The latest data for ${f.label} is from ${formatMonth(f.lastObservedPeriod, 'en')}, so this outlook is as of then and covers months already past today (${formatMonth(input.data.asOf, 'en')}); it is recomputed when newer data arrives. `
            : '';
        const exposure = rateOutlookLead(input);
        const rest = composeForecastReply({
          language: lang,
          emotion: input.emotion,
          scenario: null,
          intent: 'FORECAST',
          data: input.data,
        });
        // "금리 떨어질까요?" with the base rate not loaded and the stand-in series ended long ago: its "outlook" is of
        // months already past, which answers nothing — say there is no current outlook, first, then what a change in
        // rates does to their own loans. **Decision (2026-11-27):** the stand-in's forecast is no longer shown "for
        // reference" — two rounds of customers read a table of 2023 months as this year's outlook.
        if (substitute && stale && f) {
          const none =
            lang === 'ko'
              ? koText`지금은 금리 전망을 드릴 수 없습니다: 한국은행 기준금리 자료가 아직 들어와 있지 않고, 대신 쓸 수 있는 자료(${f.label})도 ${formatMonth(f.lastObservedPeriod, 'ko')}이/가 마지막이라 전망이 이미 지난 달들에 대한 것입니다. 자료가 들어오면 다시 계산해 드릴게요.`
              : `I can’t give you a rate outlook right now: the Bank of Korea base rate is not loaded yet, and the stand-in series (${f.label}) ends in ${formatMonth(f.lastObservedPeriod, 'en')}, so its outlook covers months already past. It is recomputed when the data arrives.`;
          // "Will my rate go up next year?": their own loan's exposure answers it first; "금리 떨어질까요?" the outlook.
          return (
            subject === 'LENDING_RATE' && exposure ? [...exposure, none] : [none, ...(exposure ?? [])]
          ).join('\n');
        }
        const forecastFirst = forecastLead(input.data, lang, input.understanding.slots);
        // QA round 20 (loans). "will my loan balance go down next year": interest-only loans stay flat until maturity.
        const bulletDue = f?.series === 'DEBT' ? bulletMaturity(input.data, lang) : null;
        const lead =
          forecastFirst && bulletDue
            ? `${forecastFirst} ${
                lang === 'ko'
                  ? `만기일시상환이라 원금은 만기(${bulletDue})에 한 번에 갚을 때까지 줄지 않고 그대로입니다.`
                  : `Your loan is interest-only, so the balance stays the same until it is repaid in one sum at maturity (${bulletDue}).`
              }`
            : forecastFirst;
        const oneOff = f ? oneOffLine(f, lang) : null;
        const outlook = lead ? `${substitute}${stale}${lead}${oneOff ? `\n${oneOff}` : ''}\n\n${rest}` : rest;
        return exposure ? `${exposure.join('\n')}\n\n${outlook}` : outlook;
      }
      default:
        body = productQuestion(input);
    }
  if (understanding.slots.bareAsk) body = bareAnswer(input, body);
  const answer = [...(input.loan ? lead : []), ...stepsFirst(body, understanding.slots.nextSteps)];
  // Someone in the family ill (QA round 20: "엄마가 아파서 병원비가 필요한데 대출 받을 수 있을까요" got the limit alone):
  // one clause that meets it, first — in place of the mood's tone line.
  const care =
    (understanding.slots.familyCare || understanding.slots.tripRegret) &&
    answer.length > 0 &&
    intent !== 'HARDSHIP';
  if (care)
    answer[0] = `${(understanding.slots.tripRegret ? TRIP_REGRET_OPENER : FAMILY_CARE_OPENER)[lang]} ${answer[0]}`;
  const owned =
    !care &&
    !!input.complaint &&
    input.emotion?.label === 'FRUSTRATED' &&
    answer.length > 0 &&
    !/^(?:That sounds frustrating|답답)/.test(answer[0]);
  // QA round 25 (fixko1). "진작 이렇게 알려주지" after the answer they wanted: owned, and its first sentence only.
  const late = owned && understanding.slots.answerComplaint === 'LATE';
  if (late) answer.splice(1);
  if (owned) answer[0] = withOpener((late ? LATE_OPENER : COMPLAINT_OPENER)[lang], answer[0], lang);
  // QA round 25 (left25b). "scam text again, so annoying": fed up, not harmed (read FRUSTRATED) — heard in one short
  // sentence before the scam steps (the fraud answer has no tone line of its own).
  if (
    !care &&
    !owned &&
    intent === 'SUSPECTED_FRAUD' &&
    understanding.slots.scam &&
    input.emotion?.label === 'FRUSTRATED' &&
    answer.length > 0
  )
    answer[0] = `${SCAM_ANNOYED[lang]} ${answer[0]}`;
  // The tone right after the sentence that answers, before the context and steps it introduces ("아래 내용을…");
  // a one-line answer closes with a tone that promises nothing below.
  if (
    !care &&
    !owned &&
    !understanding.slots.payoffDespair &&
    input.emotion &&
    intent !== 'HARDSHIP' &&
    intent !== 'SUSPECTED_FRAUD' &&
    input.emotion.intensity >= 0.5
  ) {
    const label = input.emotion.label;
    // After the answer and the list that belongs to it ("- 11월 24일 … 두 번"), not between them.
    let at = 1;
    while (at < answer.length && answer[at].startsWith('- ')) at++;
    // "연체된거 있어요? 걱정돼서요" with nothing overdue: reassurance, not "there are options" (QA round 16: it read
    // as if something were wrong).
    const nothingLate =
      intent === 'ARREARS' &&
      (label === 'ANXIOUS' || label === 'SAD') &&
      input.data.loans !== null &&
      input.data.loans !== undefined &&
      input.data.loans.delinquency.delinquentLoans === 0;
    const ahead = understanding.slots.ifLate || understanding.slots.lateAllowed;
    // QA round 24 (en24b). Sad about their own spending ("kinda embarrassed… spent way too much in october"): no
    // promise of "what can be done now" that the spending answer does not give.
    // QA round 27 (lead). "나 이번 달 돈 너무 많이 쓴 거 같아 ㅠㅠ" answered "no, not overspending": reassured, not told
    // a heavy month can be evened out.
    const notOver =
      intent === 'SPENDING' &&
      label === 'SAD' &&
      !!understanding.slots.spendVerdict &&
      !!input.data.spendingSummary &&
      spendVerdictOf(input.data.spendingSummary, input.data).over === false;
    const sadAboutSpending = notOver ? SPENDING_SAD_NOT_OVER : SPENDING_SAD;
    const tone = nothingLate
      ? ahead
        ? NOT_YET_LATE
        : NOTHING_LATE
      : intent === 'SPENDING' && label === 'SAD'
        ? sadAboutSpending
        : TONE[label];
    if (at < answer.length && tone) answer.splice(at, 0, tone[lang]);
    else if (nothingLate) answer.push(NOTHING_LATE[lang]);
    else if (intent === 'SPENDING' && label === 'SAD') answer.push(sadAboutSpending[lang]);
    else if (TONE_CLOSING[label]) answer.push(TONE_CLOSING[label][lang]);
  }
  const sections: string[][] = [answer];
  // The scenario only where it explains the answer (the plan says where: hardship, health, savings, the DSR).
  const scenario = input.scenario;
  if (
    scenario &&
    scenario.probability >= LIKELY_SCENARIO_PROBABILITY &&
    planFor(intent, understanding.slots).scenario &&
    !distressSaid(input)
  )
    sections.push(scenarioBlock(scenario, lang));
  // A card limit is the card company's: no lender's review to hedge about.
  const cardLimit =
    understanding.slots.request === 'CARD_LIMIT' || understanding.slots.request === 'CARD_LIMIT_CHECK';
  // QA round 21 (care21): a hardship follow-up asking one thing (whom to call, what 1397 is) offers nothing to hedge.
  const oneAsk = intent === 'HARDSHIP' && !!understanding.slots.hardshipAsk;
  // QA round 22 (loanfu): a payoff quote is the lender's figure for a day, not an approval — nothing to hedge.
  const payoffQuoted = intent === 'PAYOFF_QUOTE';
  if (HEDGED.has(intent) && !(intent === 'LOAN_LIMIT' && cardLimit) && !oneAsk && !payoffQuoted && !late)
    sections.push([DISCLAIMER[lang]]);
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}

// ---------------------------------------------------------------- QA round 22 (cardif)

/**
 * QA round 22 (cardif). The use of the month spent, forecast: this month's card spending so far plus the days left at
 * the month's forecast spread over its days (as forecastLead says this month); a later month's forecast. Null when the
 * forecast does not reach it (no figure is made up).
 */
function monthUseForecast(
  data: TurnData,
  month: string,
): { total: Decimal; sofar: Decimal | null; rest: Decimal | null; daysLeft: number } | null {
  const f = data.forecasts?.[0];
  if (!f || f.kind !== 'CUSTOMER' || f.series !== 'SPENDING') return null;
  const p = f.points.find((x) => x.period.slice(0, 7) === month);
  const s = data.spendingSummary;
  const thisMonth = month === data.asOf.slice(0, 7);
  if (thisMonth && s?.period === 'THIS_MONTH' && !s.category && !s.merchant) {
    const monthStart = `${month}-01`;
    const daysInMonth = daysBetween(monthStart, addMonths(monthStart, 1));
    const daysLeft = daysBetween(data.asOf, addMonths(monthStart, 1)); // today's spending is in the summary
    const rest = p
      ? Decimal.max(0, p.mean).times(daysLeft).div(daysInMonth).toDecimalPlaces(0, Decimal.ROUND_UP)
      : new Decimal(0);
    const sofar = new Decimal(s.total.amount);
    return p || daysLeft === 0 ? { total: sofar.plus(rest), sofar, rest, daysLeft } : null;
  }
  if (!p) return null;
  return {
    total: Decimal.max(0, p.mean).toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
    sofar: null,
    rest: null,
    daysLeft: 0,
  };
}

/**
 * QA round 22 (cardif). "다음달에 100만원 더 쓰면 카드값?", "if I put 500k on my card this month": the bill the spending
 * lands on — paid the month after it is spent ("N월 카드값" is the bill paid in month N, QA round 21) — as the forecast
 * bill (the month's use forecast and the instalments on that statement) plus the amount, first. With "감당될까요?", "can
 * I afford a 1m trip in december?": yes or no first, from the income on file (a complete quarter's ÷ 3) against that
 * bill and the loans' monthly payments, with the figures. Null when no amount was asked.
 */
/**
 * QA round 23 (card23). More than any card could charge in a month (1억원): a personal credit card's limit is usually a
 * few million to a few tens of millions of won; the data carries no card limit, so this bound says it is out of reach.
 */
const CARD_CHARGE_CEILING = new Decimal(100_000_000);

function extraSpendLines(input: IntentReplyInput): string[] | null {
  const slots = input.understanding.slots;
  if (!slots.extraSpend) return null;
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const won = (v: Decimal.Value) => formatWon(new Decimal(v).toFixed(0), lang);
  const extra = new Decimal(slots.extraSpend);
  const ahead = slots.monthAhead ?? 0;
  const spendMonth = addMonths(`${data.asOf.slice(0, 7)}-01`, ahead).slice(0, 7);
  const billMonth = addMonths(`${spendMonth}-01`, 1).slice(0, 7);
  const spentWhen =
    ahead === 0
      ? ko
        ? `이번 달(${formatMonth(`${spendMonth}-01`, lang)})`
        : `this month (${formatMonth(`${spendMonth}-01`, lang)})`
      : ahead === 1
        ? ko
          ? `다음 달(${formatMonth(`${spendMonth}-01`, lang)})`
          : `next month (${formatMonth(`${spendMonth}-01`, lang)})`
        : ko
          ? formatMonth(`${spendMonth}-01`, lang)
          : `in ${formatMonth(`${spendMonth}-01`, lang)}`;
  const bill = formatMonth(`${billMonth}-01`, lang);
  // QA round 23 (card23). "1조원 더 쓰면 카드값?": more than any card could charge is said so, not added as if fine.
  if (extra.gt(CARD_CHARGE_CEILING))
    return [
      ko
        ? koText`${won(extra)}은/는 카드 한 장으로 결제할 수 있는 금액을 훨씬 넘습니다: 개인 신용카드 한도는 대개 수백만~수천만 원이라 ${spentWhen}에 그만큼 긁으시면 한도 초과로 승인이 거절되고, ${bill} 카드값에 더해지지 않습니다 (고객님 카드의 한도는 카드사 앱에서 확인하실 수 있습니다).`
        : `${won(extra)} is far beyond what a card could charge: a personal credit card’s limit is usually a few million to a few tens of millions of won, so charging that much ${spentWhen} would be declined over the limit and never reach your ${bill} bill (your card’s own limit is in the card company’s app).`,
    ];
  const use = monthUseForecast(data, spendMonth);
  if (extra.isNegative() && use) {
    // QA round 23 (card23). Less spent ("5m less", "-5m more"): the bill with that much less, never below what is
    // already spent this month and the instalments on that statement.
    const cut = extra.negated();
    const st = statementAhead(data, billMonth);
    const floor = new Decimal(use.sofar ?? 0);
    const used = Decimal.max(floor, use.total.minus(cut));
    const expected = use.total.plus(st.portionTotal);
    const total = used.plus(st.portionTotal);
    const capped = use.total.minus(cut).lt(floor);
    const withParts = st.portions.length
      ? ko
        ? ` (그달 명세서의 할부 ${portionsText(st, lang)} 포함)`
        : ` (with the instalments on that statement: ${portionsText(st, lang)})`
      : '';
    if (capped)
      return [
        ko
          ? koText`${spentWhen} 카드 사용 예측이 약 ${won(use.total)}이라 ${won(cut)}만큼 덜 쓰실 수는 없습니다: ${floor.gt(0) ? koText`오늘까지 쓰신 ${won(floor)} 외에 ` : ''}더 쓰지 않으시면 ${bill} 카드값은 약 ${won(total)}입니다${withParts}.`
          : `Your card spending ${spentWhen} is forecast at about ${won(use.total)}, so you can’t spend ${won(cut)} less: ${floor.gt(0) ? `beyond the ${won(floor)} already spent, ` : ''}spending nothing more makes your ${bill} card bill about ${won(total)}${withParts}.`,
      ];
    return [
      ko
        ? koText`${spentWhen}에 ${won(cut)}을/를 덜 쓰시면 ${bill} 카드값은 약 ${won(total)}(예상 ${won(expected)} − ${won(cut)})입니다${withParts}.`
        : `If you spend ${won(cut)} less ${spentWhen}, your ${bill} card bill would be about ${won(total)} (the expected ${won(expected)} − ${won(cut)})${withParts}.`,
    ];
  }
  if (!use)
    return [
      ko
        ? koText`${spentWhen}에 ${won(extra)}을/를 더 쓰시면 그만큼 ${bill} 카드값이 늘어나지만, ${formatMonth(spendMonth, lang)} 카드 지출 예측을 지금 구할 수 없어 ${bill} 카드값 전체는 말씀드리기 어렵습니다.`
        : `Spending ${won(extra)} more ${spentWhen} adds that much to your ${bill} card bill, but there is no card spending forecast for ${formatMonth(spendMonth, lang)} right now, so I can’t give the whole bill.`,
    ];
  const st = statementAhead(data, billMonth);
  const expected = use.total.plus(st.portionTotal);
  const total = expected.plus(extra);
  const parts = st.portions.length ? portionsText(st, lang) : null;
  const useText =
    use.sofar !== null
      ? ko
        ? koText`이번 달 오늘까지 사용분 ${won(use.sofar)}에 남은 ${use.daysLeft}일을 예측대로 쓰신 약 ${won(use.rest ?? 0)}을/를 더한 약 ${won(use.total)}`
        : `this month’s ${won(use.sofar)} so far plus about ${won(use.rest ?? 0)} for the ${formatCount(use.daysLeft, 'day', lang)} left at the forecast’s pace, about ${won(use.total)}`
      : ko
        ? `${formatMonth(spendMonth, lang)} 사용분 예측 약 ${won(use.total)}`
        : `about ${won(use.total)} of spending forecast for ${formatMonth(spendMonth, lang)}`;
  const how = ko
    ? koText`예상 카드값 ${won(expected)}은/는 ${useText}${parts ? koText`에 그달 명세서의 할부 ${parts}이/가 더해진` : '인'} 금액이고, ${spentWhen}에 쓰신 돈은 ${bill} 결제일에 청구됩니다 (예측이라 실제와 다를 수 있고, 할부로 결제하면 그달에는 첫 회차만 청구됩니다).`
    : `The expected ${won(expected)} is ${useText}${parts ? `, plus the instalments on that statement: ${parts}` : ''}; what you spend ${spentWhen} is billed on the ${bill} payment date (an estimate; bought on instalments, only the first part is on that bill).`;
  const billLead = ko
    ? koText`${spentWhen}에 ${won(extra)}을/를 더 쓰시면 ${bill} 카드값은 약 ${won(total)}(예상 ${won(expected)} + ${won(extra)})입니다.`
    : `If you spend ${won(extra)} more ${spentWhen}, your ${bill} card bill would be about ${won(total)} (the expected ${won(expected)} + ${won(extra)}).`;
  // QA round 23 (mix23). "할부로 사면요?", "what if i pay it in 12 installments": the purchase in instalments.
  if (slots.spreadMonths !== undefined)
    return spreadLines(input, { extra, expected, spentWhen, bill, months: slots.spreadMonths });
  if (!slots.affordAsked) return [billLead, how];
  // Affording it: the month's income on file against that bill and the loans' monthly payments.
  const q = incomeQuarter(data);
  const income = q?.income
    ? new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN)
    : null;
  if (!income || income.lte(0))
    return [
      ko
        ? koText`소득 자료가 없어 감당될지는 말씀드리기 어렵지만, ${billLead}`
        : `There is no income on file to weigh it against, but: ${billLead}`,
      how,
    ];
  const debt = data.loans?.nextPaymentsTotal ?? null;
  const loans = new Decimal(debt?.amount ?? 0);
  const out = total.plus(loans);
  const rest = income.minus(out);
  const room = income.minus(loans).minus(expected);
  const loanPart = loans.gt(0);
  // QA round 24 (mood24). A purchase weighed is said as buying it ("사시면", "if you buy it"), not as spending more.
  const spendKo = input.purchase
    ? koText`${spentWhen}에 ${won(extra)}짜리를 사시면`
    : koText`${spentWhen}에 ${won(extra)}을/를 더 쓰시면`;
  const spendEn = input.purchase
    ? `if you buy it for ${won(extra)} ${spentWhen}, your ${bill} card bill comes to about`
    : `spending ${won(extra)} more ${spentWhen} makes your ${bill} card bill about`;
  const lead = rest.gte(0)
    ? ko
      ? koText`네, 월 소득으로 감당할 수 있어 보입니다: ${spendKo} ${bill} 카드값이 약 ${won(total)}(예상 ${won(expected)} + ${won(extra)})이 되고, ${loanPart ? koText`대출 납입 ${won(loans)}을/를 더해도 ` : ''}월 소득 ${won(income)}에서 ${won(rest)}이/가 남습니다.`
      : `Yes, your monthly income looks like it covers it: ${spendEn} ${won(total)} (the expected ${won(expected)} + ${won(extra)})${loanPart ? `, and with loan payments of ${won(loans)}` : ''} your monthly income of ${won(income)} leaves ${won(rest)}.`
    : ko
      ? koText`아니요, 월 소득만으로는 감당하기 어렵습니다: ${spendKo} ${bill} 카드값이 약 ${won(total)}(예상 ${won(expected)} + ${won(extra)})이 되어, ${loanPart ? koText`대출 납입 ${won(loans)}까지 ` : ''}${won(out)}이/가 나가 월 소득 ${won(income)}보다 ${won(rest.abs())} 많습니다.`
      : `No, your monthly income does not cover it: ${spendEn} ${won(total)} (the expected ${won(expected)} + ${won(extra)})${loanPart ? `; with loan payments of ${won(loans)} that is ${won(out)} going out` : ''}, ${won(rest.abs())} more than your monthly income of ${won(income)}.`;
  const roomLine = rest.gte(0)
    ? null
    : room.gt(0)
      ? ko
        ? koText`평소대로 쓰시면 ${bill}의 여유는 약 ${won(room)}이라, 그 안에서 쓰시거나 모아 둔 돈으로 내실 수 있는지 보세요. 할부로 나누면 한 달 부담은 줄지만 할부수수료(대체로 연 10~19.9%)가 붙고, 리볼빙은 피하세요.`
        : `Spending as usual leaves about ${won(room)} in ${bill}, so keep to that or use savings; splitting it into instalments lowers the month’s share but adds the card’s fee (usually 10–19.9% a year) — and avoid revolving.`
      : ko
        ? koText`평소대로만 써도 ${bill} 카드값과 대출 납입이 월 소득보다 ${won(room.abs())} 많아, 더 쓰실 여유는 없습니다: 모아 둔 돈이 없다면 미루시거나 금액을 줄이시길 권합니다.`
        : `Even spending as usual, the ${bill} card bill and loan payments come to ${won(room.abs())} more than your income, so there is no room for more: unless you have savings, put it off or spend less.`;
  const basis = ko
    ? koText`월 소득은 ${formatQuarter(q!.quarter, lang)} 소득 ${q!.income!.text}을/를 3으로 나눈 금액입니다.`
    : `Monthly income: ${formatQuarter(q!.quarter, lang)}’s income of ${q!.income!.text} ÷ 3.`;
  return [lead, how, ...(roomLine ? [roomLine] : []), basis];
}

/** The latest complete quarter with income on file (its income ÷ 3 is the month's income), or null. */
function incomeQuarter(data: TurnData) {
  return data.spending?.quarters.find((x) => x.complete && x.income) ?? null;
}

/**
 * QA round 23 (mix23). "할부로 사면요?", "what if i pay it in 12 installments" after "50만원짜리 폰 사도 대출 갚을 수
 * 있을까요?": the purchase's month's payment over the months asked (or the usual 3, 6 and 12) — the amount ÷ months plus
 * the card companies' instalment fee of 10–19.9 % a year, averaged (conversionFee, as a bill's conversion) — first; then
 * the bill it lands on with only the first part on it, weighed against the month's income and the loans' payments.
 */
function spreadLines(
  input: IntentReplyInput,
  p: { extra: Decimal; expected: Decimal; spentWhen: string; bill: string; months: number },
): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const w = (d: Decimal.Value) => formatWon(new Decimal(d).toFixed(0), lang);
  const terms = p.months >= 2 ? [p.months] : [...CONVERSION_TERMS];
  const each = terms.map((n) => {
    const [feeLow, feeHigh] = INSTALMENT_FEE_RANGE.map((r) => conversionFee(p.extra, r, n));
    const month = (fee: Decimal) => p.extra.plus(fee).div(n).toDecimalPlaces(0, Decimal.ROUND_CEIL);
    return { n, feeLow, feeHigh, low: month(feeLow), high: month(feeHigh) };
  });
  const lead =
    each.length === 1
      ? ko
        ? koText`${w(p.extra)}을/를 ${each[0].n}개월 할부로 사시면 한 달에 약 ${w(each[0].low)}~${w(each[0].high)}씩 내게 됩니다 (원금 약 ${w(p.extra.div(each[0].n).toDecimalPlaces(0, Decimal.ROUND_CEIL))}에 연 10~19.9% 할부수수료를 더한 평균, 수수료는 모두 약 ${w(each[0].feeLow)}~${w(each[0].feeHigh)}).`
        : `Bought on ${each[0].n} monthly instalments, the ${w(p.extra)} comes to about ${w(each[0].low)}–${w(each[0].high)} a month (about ${w(p.extra.div(each[0].n).toDecimalPlaces(0, Decimal.ROUND_CEIL))} of principal plus the card’s instalment fee of 10–19.9% a year, averaged; the fee is about ${w(each[0].feeLow)}–${w(each[0].feeHigh)} in all).`
      : ko
        ? koText`${w(p.extra)}을/를 할부로 사시면 한 달에 ${each.map((x) => `${x.n}개월이면 약 ${w(x.low)}~${w(x.high)}`).join(', ')}씩 내게 됩니다 (원금을 나눈 금액에 연 10~19.9% 할부수수료를 더한 평균).`
        : `Bought on instalments, the ${w(p.extra)} comes to about ${each.map((x) => `${w(x.low)}–${w(x.high)} a month over ${x.n} months`).join(', ')} (the price split, plus the card’s instalment fee of 10–19.9% a year, averaged).`;
  // The bill it lands on carries the first part only: the shortest term's (the most a month), at the top of the fee.
  const first = each[0];
  const total = p.expected.plus(first.high);
  const q = incomeQuarter(data);
  const income = q?.income
    ? new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN)
    : null;
  const loans = new Decimal(data.loans?.nextPaymentsTotal?.amount ?? 0);
  const term = each.length > 1 ? (ko ? `${first.n}개월 할부의 ` : `on ${first.n} months, `) : '';
  const billLine = ko
    ? koText`${p.spentWhen}에 사시면 ${p.bill} 카드값은 ${term}첫 회차만 더해 약 ${w(total)}(예상 ${w(p.expected)} + ${w(first.high)})입니다`
    : `Bought ${p.spentWhen}, ${term}only the first part lands on your ${p.bill} card bill: about ${w(total)} (the expected ${w(p.expected)} + ${w(first.high)})`;
  let weigh: string;
  // QA round 26 (ko3). "노트북 200만원 12개월 할부로 사려는데 괜찮을까요?": whether, first — the month's instalment, then
  // the bill it lands on and the loans' payments against the month's income (the shortest term's when none was said).
  let verdict: string | null = null;
  if (input.understanding.slots.affordAsked && income && income.gt(0)) {
    const rest = income.minus(total).minus(loans);
    const loanPart = loans.gt(0);
    const spend = ko
      ? koText`${w(p.extra)}을/를 ${first.n}개월 할부로 사시면 한 달에 약 ${w(first.low)}~${w(first.high)}씩 나가고`
      : `on ${first.n} monthly instalments the ${w(p.extra)} is about ${w(first.low)}–${w(first.high)} a month`;
    verdict = rest.gte(0)
      ? ko
        ? koText`네, 감당할 수 있어 보입니다: ${spend}, ${p.bill} 카드값 약 ${w(total)}${loanPart ? koText`과 대출 납입 ${w(loans)}` : ''}을/를 내도 월 소득 ${w(income)}에서 ${w(rest)}이/가 남습니다.`
        : `Yes, it looks affordable: ${spend}, and after your ${p.bill} card bill of about ${w(total)}${loanPart ? ` and loan payments of ${w(loans)}` : ''} your monthly income of ${w(income)} leaves ${w(rest)}.`
      : ko
        ? koText`아니요, 월 소득만으로는 어렵습니다: ${spend}, ${p.bill} 카드값 약 ${w(total)}${loanPart ? koText`과 대출 납입 ${w(loans)}까지` : ''} ${w(total.plus(loans))}이/가 나가 월 소득 ${w(income)}보다 ${w(rest.abs())} 많습니다.`
        : `No, your monthly income does not cover it: ${spend}, and your ${p.bill} card bill of about ${w(total)}${loanPart ? ` with loan payments of ${w(loans)}` : ''} comes to ${w(total.plus(loans))}, ${w(rest.abs())} more than your monthly income of ${w(income)}.`;
  }
  if (!income || income.lte(0)) weigh = ko ? `${billLine}.` : `${billLine}.`;
  else if (verdict) weigh = `${billLine}.`;
  else {
    const rest = income.minus(total).minus(loans);
    const loanPart = loans.gt(0);
    weigh = rest.gte(0)
      ? ko
        ? koText`${billLine}: ${loanPart ? koText`대출 납입 ${w(loans)}을/를 더해도 ` : ''}월 소득 ${w(income)}에서 ${w(rest)}이/가 남습니다.`
        : `${billLine}; ${loanPart ? `with loan payments of ${w(loans)}, ` : ''}your monthly income of ${w(income)} leaves ${w(rest)}.`
      : ko
        ? koText`${billLine}: ${loanPart ? koText`대출 납입 ${w(loans)}까지 ` : ''}${w(total.plus(loans))}이/가 나가 월 소득 ${w(income)}보다 ${w(rest.abs())} 많습니다.`
        : `${billLine}; ${loanPart ? `with loan payments of ${w(loans)} ` : ''}that is ${w(total.plus(loans))} going out, ${w(rest.abs())} more than your monthly income of ${w(income)}.`;
  }
  const where = ko
    ? '무이자 할부 행사가 있으면 수수료는 없고, 실제 수수료율은 카드사 앱에서 확인하세요.'
    : 'With an interest-free instalment offer there is no fee; your card’s own rate is in the card company’s app.';
  const basis =
    income && q?.income
      ? ko
        ? koText`월 소득은 ${formatQuarter(q.quarter, lang)} 소득 ${q.income.text}을/를 3으로 나눈 금액입니다.`
        : `Monthly income: ${formatQuarter(q.quarter, lang)}’s income of ${q.income.text} ÷ 3.`
      : null;
  const detail =
    verdict && each.length === 1
      ? ko
        ? koText`한 달 할부금은 원금 약 ${w(p.extra.div(first.n).toDecimalPlaces(0, Decimal.ROUND_CEIL))}에 연 10~19.9% 할부수수료를 더한 평균이고, 수수료는 모두 약 ${w(first.feeLow)}~${w(first.feeHigh)}입니다.`
        : `The month’s share is about ${w(p.extra.div(first.n).toDecimalPlaces(0, Decimal.ROUND_CEIL))} of principal plus the card’s instalment fee of 10–19.9% a year, averaged; the fee is about ${w(first.feeLow)}–${w(first.feeHigh)} in all.`
      : lead;
  return verdict
    ? [verdict, detail, weigh, where, ...(basis ? [basis] : [])]
    : [lead, weigh, where, ...(basis ? [basis] : [])];
}

/**
 * QA round 22 (cardif). "99개월 후 카드값", "card bill in 99 months": further than the card spending forecast reaches
 * (12 months ahead, forecastReach) — said plainly, with the month it does reach (was this month's bill).
 */
function beyondReachLines(input: IntentReplyInput): string[] | null {
  const months = input.understanding.slots.beyondReach;
  if (months === undefined) return null;
  const lang = input.language;
  const furthest = formatMonth(addMonths(`${input.data.asOf.slice(0, 7)}-01`, 12), lang);
  // QA round 24 (mood24). "99999999999999999999개월 후 카드값" was echoed rounded (100000000000000000000개월): a
  // number past exact integers is said as "that far ahead", never a figure the customer did not write.
  const exact = Number.isSafeInteger(months);
  const when =
    lang === 'ko'
      ? exact
        ? `${months}개월 후`
        : '그렇게 먼 앞날의'
      : exact
        ? `${months} months`
        : 'that far';
  return [
    lang === 'ko'
      ? `${when} 카드값은 예측할 수 없습니다: 카드값 예측은 12개월 후(${furthest} 카드값)까지만 됩니다. "12개월 후 카드값"이나 "다음 달 카드값"처럼 그 안의 달을 물어봐 주세요.`
      : `A card bill ${when} ahead is beyond the forecast: card bills can be forecast up to 12 months ahead (the ${furthest} bill). Ask about a month within that, such as "card bill in 12 months" or "next month's card bill".`,
  ];
}

/**
 * QA round 22 (cardif). "99개월로" after converting the card bill: the months a conversion can take (2–36, as the
 * conversion answer reads them; the card's own maximum is in the card company's app) — said first — then the usual terms.
 */
function conversionRangeLine(months: number, lang: Lang): string {
  return lang === 'ko'
    ? `${months}개월로는 할부 전환이 되지 않습니다: 카드값 할부 전환은 2개월에서 최대 ${CONVERSION_MAX_MONTHS}개월까지이고(대개 2~12개월, 카드에 따라 24~${CONVERSION_MAX_MONTHS}개월), 고객님 카드의 최대 개월 수는 카드사 앱에서 확인하세요. 흔히 고르는 기간으로 계산하면 아래와 같습니다.`
    : `The bill can’t be converted over ${formatCount(months, 'month', lang)}: a conversion runs from 2 to at most ${CONVERSION_MAX_MONTHS} months (usually 2–12, some cards 24–${CONVERSION_MAX_MONTHS}); your card’s maximum is in the card company’s app. Over the usual terms it comes to:`;
}

// ---------------------------------------------------------------------------------------------------------------
// QA round 22 (shortfu). The new angle of a short follow-up (slot angle), and replies that open with a sentence.

/**
 * QA round 28 (lead). The credit score on file weighed for a loan ("is my credit score good enough for a mortgage?"):
 * its former NICE grade's range — upper: it counts in their favour; middle: a loan is usually possible at a higher
 * rate; lower: a refusal or a high rate is likely — before the limit the loan itself would have.
 */
function scoreForLoanLine(score: number, lang: Lang): string {
  const g = formerNiceGrade(score);
  if (!g)
    return lang === 'ko'
      ? `등록된 신용점수는 1000점 만점에 ${score}점입니다.`
      : `Your credit score on file is ${score} out of 1,000.`;
  return lang === 'ko'
    ? {
        UPPER: `신용점수 ${score}점은 NICE 환산표로 예전 ${g.grade}등급(${g.from}~${g.to}점)의 높은 편이라, 대출 심사에서 걸림돌이 되기보다 금리와 한도에 유리하게 봅니다.`,
        MIDDLE: `신용점수 ${score}점은 NICE 환산표로 예전 ${g.grade}등급(${g.from}~${g.to}점)의 중간 구간이라, 보통 대출은 가능하지만 금리가 더 붙을 수 있습니다.`,
        LOWER: `신용점수 ${score}점은 NICE 환산표로 예전 ${g.grade}등급(${g.from}~${g.to}점)의 낮은 편이라, 은행 대출은 거절되거나 금리가 높게 나올 수 있습니다.`,
      }[g.range]
    : {
        UPPER: `Your credit score of ${score} is strong — grade ${g.grade} (${g.from}–${g.to}) on NICE's table for the former grades — so it counts in your favour on the rate and the limit rather than standing in the way.`,
        MIDDLE: `Your credit score of ${score} is middling — grade ${g.grade} (${g.from}–${g.to}) on NICE's table for the former grades — so a loan is usually possible, at a higher rate.`,
        LOWER: `Your credit score of ${score} is on the low side — grade ${g.grade} (${g.from}–${g.to}) on NICE's table for the former grades — so a bank may refuse or charge a high rate.`,
      }[g.range];
}

/**
 * "높은편이에요?", "is that good enough to get a better rate" after the credit score: yes / middling / no for their own
 * score first (the former NICE grade's range), then what counts as good and the score's lines.
 */
function goodScoreLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const score = data.creditScore!;
  const g = formerNiceGrade(score);
  const rest = creditScoreLines(input, false);
  if (!g) return [CREDIT_EFFECT_LINES.GOOD_SCORE[lang], ...rest];
  const verdict =
    lang === 'ko'
      ? {
          UPPER: `네, ${score}점이면 높은 편이에요: NICE 환산표로 예전 ${g.grade}등급(${g.from}~${g.to}점)이라, 금리나 한도를 정할 때 좋은 쪽으로 봅니다.`,
          MIDDLE: `중간 정도예요: ${score}점은 NICE 환산표로 예전 ${g.grade}등급(${g.from}~${g.to}점)입니다.`,
          LOWER: `아니요, ${score}점은 낮은 편이에요: NICE 환산표로 예전 ${g.grade}등급(${g.from}~${g.to}점)입니다.`,
        }[g.range]
      : {
          UPPER: `Yes: ${score} is a strong score — grade ${g.grade} (${g.from}–${g.to}) on NICE's table for the former grades, which lenders count in your favour when they set a rate or a limit.`,
          MIDDLE: `It is middling: ${score} is grade ${g.grade} (${g.from}–${g.to}) on NICE's table for the former grades.`,
          LOWER: `Not yet: ${score} is on the low side, grade ${g.grade} (${g.from}–${g.to}) on NICE's table for the former grades.`,
        }[g.range];
  // The score's own first two lines (its figure, its grade) are said above.
  return [verdict, CREDIT_EFFECT_LINES.GOOD_SCORE[lang], ...rest.slice(2)];
}

/** The sentence an angle of the previous answer opens with (null: the answer as it is). */
function angleLead(input: IntentReplyInput): string | null {
  const { data, language: lang, understanding } = input;
  const ko = lang === 'ko';
  switch (understanding.slots.angle) {
    case 'VERDICT': {
      const i = data.insights;
      if (!i || i.healthScore === null) return null;
      const band = phrase('healthBand', i.healthBand, lang);
      const healthy = phrase('healthBand', 'HEALTHY', lang);
      if (i.healthScore >= HEALTH_BANDS.healthyMin)
        return ko
          ? `네, 좋은 편입니다: ${i.healthScore}점은 가장 높은 '${band}' 구간(${HEALTH_BANDS.healthyMin}점 이상)입니다.`
          : `Yes, it is good: ${i.healthScore} is in the top band, ${band} (${HEALTH_BANDS.healthyMin} and above).`;
      if (i.healthScore >= HEALTH_BANDS.copingMin)
        return ko
          ? `중간 정도예요: ${i.healthScore}점은 '${band}' 구간(${HEALTH_BANDS.copingMin}~${HEALTH_BANDS.healthyMin - 1}점)으로 나쁘지는 않지만, '${healthy}'(${HEALTH_BANDS.healthyMin}점 이상)까지 ${HEALTH_BANDS.healthyMin - i.healthScore}점 모자랍니다.`
          : `It is middling — not bad: ${i.healthScore} is in the ${band} band (${HEALTH_BANDS.copingMin}–${HEALTH_BANDS.healthyMin - 1}), ${HEALTH_BANDS.healthyMin - i.healthScore} points short of ${healthy} (${HEALTH_BANDS.healthyMin} and above).`;
      return ko
        ? `아니요, 낮은 편입니다: ${i.healthScore}점은 '${band}' 구간(${HEALTH_BANDS.copingMin}점 미만)입니다.`
        : `No, it is low: ${i.healthScore} is in the ${band} band (below ${HEALTH_BANDS.copingMin}).`;
    }
    case 'NEEDS': {
      const l = extensionLoan(input);
      if (!l) return null;
      const name = loanName(l, lang);
      const on = date(l.maturityOn, data, lang);
      const jeonse = l.kind === 'JEONSE';
      return ko
        ? koText`${name} 연장에는 보통 ${jeonse ? '갱신(연장)한 임대차계약서, 보증기관(HUG·HF·SGI)의 보증 연장, ' : ''}최근 소득·재직 증빙이 필요하고 연체가 없어야 합니다: 만기(${on}) 전에 ${l.lender}에 신청하세요.`
        : `To extend your ${name} you usually need ${jeonse ? 'the renewed (or extended) lease contract, the guarantor’s (HUG, HF or SGI) extension of its guarantee, ' : ''}recent proof of income and employment, and no arrears: apply to ${lenderInEnglish(l.lender)} before it matures on ${on}.`;
    }
    case 'PAYBACK': {
      const r = data.refinance;
      const c = r?.quoted ?? r?.bestSwitch ?? null;
      if (!r || !c) return null;
      const rate = formatAnnualRate(c.annualRate, lang);
      if (!new Decimal(c.monthlySaving.amount).gt(0))
        return ko
          ? koText`이득이 나지 않습니다: ${rate}으로/로 갈아타도 월 납입액이 줄지 않습니다.`
          : `It never pays off: at ${rate} the monthly payment does not go down.`;
      if (c.totalCost.amount === '0')
        return ko
          ? koText`바로 이득입니다: ${rate}으로/로 갈아타는 데 드는 비용(중도상환수수료 등)이 없어 첫 달부터 월 ${c.monthlySaving.text}을/를 아낍니다 (새 대출의 인지세·보증료는 빼고 계산).`
          : `Straight away: switching at ${rate} costs nothing to make (no prepayment fee), so it saves ${c.monthlySaving.text} from the first month (the new loan’s own stamp duty or guarantee fee not counted).`;
      return c.breakEvenMonth
        ? ko
          ? koText`${c.breakEvenMonth}개월째에 본전입니다: ${rate}으로/로 갈아타는 비용 ${c.totalCost.text}을/를 월 ${c.monthlySaving.text}씩 아껴 그때 회수합니다.`
          : `In month ${c.breakEvenMonth}: switching at ${rate} costs ${c.totalCost.text}, and saving ${c.monthlySaving.text} a month pays that back then.`
        : ko
          ? koText`남은 기간 안에는 본전이 되지 않습니다: ${rate}으로/로 갈아타는 비용 ${c.totalCost.text}이/가 월 ${c.monthlySaving.text} 절감으로 회수되지 않습니다.`
          : `It does not pay for itself within the remaining term: switching at ${rate} costs ${c.totalCost.text}, more than the ${c.monthlySaving.text} a month saves by then.`;
    }
    case 'NET':
      return netOfCostsLead(data.refinance, lang);
    case 'SURE':
    case 'USUAL': {
      const f = data.forecasts?.[0];
      const p = f?.points[f.points.length - 1];
      if (!f || !p || f.unit !== 'KRW') return null;
      const month = formatMonth(p.period, lang);
      const mean = formatWon(p.mean, lang);
      if (understanding.slots.angle === 'SURE') {
        const n = f.observations;
        const short = n > 0 && n < 12;
        return ko
          ? koText`확실하지는 않습니다: ${month} 예상 ${mean}은/는 가운데 값이고, 80% 확률로 ${formatWon(p.lower80, lang)} ~ ${formatWon(p.upper80, lang)} 사이입니다${n > 0 ? ` (${n}개월 카드 지출 기록으로 계산${short ? ', 기록이 짧아 범위가 넓습니다' : ''})` : ''}.`
          : `Not very: about ${mean} is the middle of the estimate for ${month}, with an 80% chance of landing between ${formatWon(p.lower80, lang)} and ${formatWon(p.upper80, lang)}${n > 0 ? ` — worked out from ${formatCount(n, 'month', lang)} of your card spending${short ? ', a short history, so the range is wide' : ''}` : ''}.`;
      }
      const first = f.points[0];
      const diff = new Decimal(p.mean).minus(first.mean);
      const trend =
        f.points.length > 1 && !diff.isZero()
          ? ko
            ? koText` 다만 ${formatMonth(first.period, lang)} 예상 ${formatWon(first.mean, lang)}보다 ${formatWon(diff.abs().toFixed(0), lang)} ${diff.gt(0) ? '많아, 예측이 달마다 늘어나는 흐름입니다' : '적어, 예측이 달마다 줄어드는 흐름입니다'}.`
            : ` It is ${formatWon(diff.abs().toFixed(0), lang)} ${diff.gt(0) ? 'more' : 'less'} than the ${formatWon(first.mean, lang)} expected for ${formatMonth(first.period, lang)}, though: the forecast ${diff.gt(0) ? 'rises' : 'falls'} month by month.`
          : '';
      const cap = f.oneOffCap;
      const oneOff = (f.oneOffMonths ?? []).map((m) => formatMonth(m, lang)).join(ko ? '·' : ' and ');
      if (!cap)
        return trend
          ? ko
            ? koText`${month} 예상 ${mean}은/는 평소에서 크게 벗어나지 않습니다.${trend}`
            : `About ${mean} for ${month} is not far off your usual.${trend}`
          : null;
      return new Decimal(p.mean).gt(cap)
        ? ko
          ? koText`네, 평소보다 많은 편입니다: ${month} 예상 ${mean}은/는, 고객님 기록에서 평소보다 많이 쓴 달${oneOff ? `(${oneOff})` : ''}만 넘었던 약 ${formatWon(cap, lang)}보다 많습니다.`
          : `Yes, it is above your usual month: about ${mean} for ${month}, while in your history only the unusual months${oneOff ? ` (${oneOff})` : ''} went above about ${formatWon(cap, lang)}.`
        : ko
          ? koText`아니요, 평소보다 크게 많지는 않습니다: ${month} 예상 ${mean}은/는 평소 범위 안이고, 고객님 기록에서 평소보다 훨씬 많이 쓴 달은 약 ${formatWon(cap, lang)}을/를 넘은 달${oneOff ? `(${oneOff})` : ''}입니다.${trend}`
          : `No, not far above it: about ${mean} for ${month} is within your usual range — the months far above your usual were those over about ${formatWon(cap, lang)}${oneOff ? ` (${oneOff})` : ''}.${trend}`;
    }
    default:
      return null;
  }
}

/**
 * QA round 26. "수수료 빼고도 이득이에요?", "is it worth refinancing after the fees?": the switch's saving over the
 * remaining term once its costs are paid (`lifetimeSaving` is net of them), yes or no first, and staying at a reduced
 * rate beside it when the lender offers one.
 */
function netOfCostsLead(r: RefinanceData | null | undefined, lang: Lang): string | null {
  const c = r?.quoted ?? r?.bestSwitch ?? null;
  if (!r || !c) return null;
  const ko = lang === 'ko';
  const rate = formatAnnualRate(c.annualRate, lang);
  const net = new Decimal(c.lifetimeSaving.amount);
  const free = c.totalCost.amount === '0';
  const stay =
    r.stay && !r.quoted && new Decimal(r.stay.lifetimeSaving.amount).gt(c.lifetimeSaving.amount)
      ? ko
        ? koText` 다만 지금 금융회사에서 ${formatAnnualRate(r.stay.annualRate, lang)}으로/로 재약정하면 ${r.stay.totalCost.amount === '0' ? '비용 없이 ' : ''}${r.stay.lifetimeSaving.text}을/를 아껴 더 유리합니다.`
        : ` Staying with your lender at a reduced ${formatAnnualRate(r.stay.annualRate, lang)} saves more, though: ${r.stay.lifetimeSaving.text}${r.stay.totalCost.amount === '0' ? ' at no cost' : ''}.`
      : '';
  if (!net.gt(0))
    return ko
      ? koText`아니요, 비용을 빼면 이득이 없습니다: ${rate}으로/로 갈아타는 비용 ${c.totalCost.text}이/가 남은 기간 동안 아끼는 이자보다 ${formatWon(net.abs().toFixed(0), lang)} 많습니다.${stay}`
      : `No — once the costs are paid it does not save: switching at ${rate} costs ${c.totalCost.text}, ${formatWon(net.abs().toFixed(0), lang)} more than it saves over the remaining term.${stay}`;
  return ko
    ? free
      ? koText`네, 이득입니다: ${rate}으로/로 갈아타는 데 드는 비용이 없어 남은 기간 전체로 ${c.lifetimeSaving.text}을/를 아낍니다.${stay}`
      : koText`네, 수수료를 빼고도 이득입니다: ${rate}으로/로 갈아타는 비용 ${c.totalCost.text}을/를 내고도 남은 기간 전체로 ${c.lifetimeSaving.text}이/가 남습니다${c.breakEvenMonth ? ` (${c.breakEvenMonth}개월째에 본전)` : ''}.${stay}`
    : free
      ? `Yes: switching at ${rate} costs nothing to make, so it saves ${c.lifetimeSaving.text} over the remaining term.${stay}`
      : `Yes, even after the fees: switching at ${rate} costs ${c.totalCost.text} and still leaves you ${c.lifetimeSaving.text} ahead over the remaining term${c.breakEvenMonth ? ` (it breaks even in month ${c.breakEvenMonth})` : ''}.${stay}`;
}

const STEPS_HEADER = /^■ (?:다음 단계|Next steps):$/;

/** A sentence carried on after a colon: "If you …" → "if you …" (a name such as "KakaoBank" is left as it is). */
function carriedOn(sentence: string): string {
  return /^[A-Z][a-z]+(?=[\s,])/.test(sentence) && !/^I\b/.test(sentence)
    ? sentence[0].toLowerCase() + sentence.slice(1)
    : sentence;
}

/**
 * A reply never opens with "■ 다음 단계:" (QA round 22: "what do i do now" after a smishing answer, "and?" after the
 * recurring charges): "and?" opens with the answer's own first sentence ("that is all of it: …"), a reply that put its
 * steps first opens with the first step as a sentence, the rest of the steps after it.
 */
function opensWithSentence(reply: string, input: IntentReplyInput): string {
  const lines = reply.split('\n');
  if (!STEPS_HEADER.test(lines[0] ?? '')) return reply;
  const ko = input.language === 'ko';
  let end = 1;
  while (end < lines.length && /^\d+\. /.test(lines[end])) end++;
  const steps = lines.slice(1, end).map((x) => x.replace(/^\d+\. /, ''));
  const after = lines.slice(end);
  if (input.understanding.slots.bareAsk === 'AND') {
    const whole = composeIntentReplyCore({
      ...input,
      understanding: { ...input.understanding, slots: { ...input.understanding.slots, bareAsk: undefined } },
    });
    const first = whole.split('\n')[0];
    if (first && !STEPS_HEADER.test(first))
      return [
        ko ? `더 있는 건 없고 앞의 답이 전부입니다: ${first}` : `That is all of it: ${carriedOn(first)}`,
        ko ? '이제 남은 건 할 일입니다:' : 'What is left is what to do about it:',
        ...steps.map((x, k) => `${k + 1}. ${x}`),
        ...after,
      ].join('\n');
  }
  if (steps.length === 0) return lines.slice(1).join('\n');
  return [
    ko ? `먼저 이것부터 하세요: ${steps[0]}` : `First: ${carriedOn(steps[0])}`,
    ...(steps.length > 1 ? [lines[0], ...steps.slice(1).map((x, k) => `${k + 1}. ${x}`)] : []),
    ...after,
  ].join('\n');
}

/**
 * The offline reply to a finance question (composeIntentReplyCore), with QA round 22's angles: the answer again
 * (AGAIN), its first line alone (SHORTER), or the sentence the angle asks for first (a forecast against the usual
 * month or its range, the health score's band judged, what an extension needs, when a switch pays for itself); and
 * never opening with the next steps' header.
 */
/**
 * QA round 23 (chat23). Anger or sarcasm said, not asked ("your bank is a ripoff, 3.77% is robbery", "oh great, another
 * bill. love that for me"): one sentence that hears it, then the answer's figures on the same line.
 */
const VENT_HEARD: Partial<Record<CounselIntent, Record<Lang, string>>> = {
  REFINANCE: {
    ko: '이자가 많이 부담되시죠, 그 마음 이해합니다.',
    en: 'I hear you — that rate is a lot to pay.',
  },
  SPENDING: { ko: '청구서가 또 오면 답답하죠.', en: 'I hear you — another bill is no fun.' },
};

function ventHeard(reply: string, input: IntentReplyInput): string {
  // QA round 24 (mood24). Sarcastic praise of their own bill ("와 카드값 진짜 대단하네 ^^ 잘했다 나 자신"): heard as
  // what it is, whatever the question.
  const heard = input.sarcasm ? SARCASM_OPENER : VENT_HEARD[input.understanding.intent];
  if (!heard || !(input.statement || input.sarcasm) || input.emotion?.label !== 'FRUSTRATED') return reply;
  const [first, ...rest] = reply.split('\n');
  // Heard once: the tone line the answer would add below is not said again.
  const tone = TONE.FRUSTRATED?.[input.language];
  return [`${heard[input.language]} ${first}`, ...rest.filter((x) => x !== tone)].join('\n');
}

export function composeIntentReply(input: IntentReplyInput): string {
  const reply = ventHeard(opensWithSentence(composeIntentReplyCore(input), input), input);
  const angle = input.understanding.slots.angle;
  if (angle === 'SHORTER') {
    const first = reply.split('\n').find((x) => x.trim().length > 0 && !STEPS_HEADER.test(x));
    return first ?? reply;
  }
  const lead = angle ? angleLead(input) : null;
  return lead ? `${lead}\n${reply}` : reply;
}

// ---------------------------------------------------------------------------------------------------------------
// QA round 24 (loan24): the loans' own questions.

/** "대출 몇회차 남았어요", "how many payments left on my loan": the count first (the open schedule), then to when. */
function paymentsLeftLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const shown = input.loan ? [input.loan] : loans;
  return shown.map((l) => {
    const name = loanName(l, lang);
    const n = l.nextPayment;
    const bullet = l.repaymentMethod === 'BULLET';
    const maturity = date(l.maturityOn, data, lang);
    if (!n)
      return ko
        ? koText`${name}은/는 남은 납입이 없습니다 (만기 ${maturity}).`
        : `You have no payments left on your ${name} (maturity ${maturity}).`;
    return ko
      ? koText`${name}의 남은 납입은 ${l.remainingInstallments}회입니다: 다음 회차 ${date(n.dueDate, data, lang)} ${n.payment.text}부터 만기 ${maturity}까지이고, ${bullet ? koText`만기일시상환이라 마지막 회차에 원금 ${l.outstandingPrincipal.text}을/를 한 번에 갚습니다.` : koText`남은 원금은 ${l.outstandingPrincipal.text}입니다.`}`
      : `You have ${formatCount(l.remainingInstallments, 'instalment', lang).replace(/instal?ments?/, l.remainingInstallments === 1 ? 'payment' : 'payments')} left on your ${name}: from ${n.payment.text} on ${date(n.dueDate, data, lang)} to maturity on ${maturity}${bullet ? `, when the ${l.outstandingPrincipal.text} of principal is repaid in one sum (interest-only until then)` : `, with ${l.outstandingPrincipal.text} of principal left`}.`;
  });
}

/**
 * "대출 관련해서는 뭘 물어볼 수 있어요?", "what can I ask about my loan?": example questions about the loans (each one the
 * counsellor answers: the next payment, the payoff today, a prepayment's effect, a refinance, a rate cut request,
 * hardship, the payments left), with the loan they are answered from first.
 */
function loanQuestionLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l = input.loan ?? loans[0];
  const about = l
    ? ko
      ? koText`고객님 ${loanName(l, lang)}(남은 원금 ${l.outstandingPrincipal.text}, 연 ${formatAnnualRate(l.annualRate, lang).replace(/^연\s?/, '')}${l.nextPayment ? koText`, 다음 납입 ${date(l.nextPayment.dueDate, data, lang)} ${l.nextPayment.payment.text}` : ''})을/를 기준으로 답해 드립니다`
      : `I answer from your ${loanName(l, lang)} (${l.outstandingPrincipal.text} left at ${formatAnnualRate(l.annualRate, lang)}${l.nextPayment ? `, next payment ${l.nextPayment.payment.text} on ${date(l.nextPayment.dueDate, data, lang)}` : ''})`
    : ko
      ? '지금은 상환 중인 대출이 없지만, 대출을 받으시면 이렇게 물어보실 수 있습니다'
      : 'you have no active loan now, but once you do you can ask';
  const examples = ko
    ? [
        '“다음 대출 납입일이랑 금액 알려줘” — 다음 회차 날짜와 원금·이자',
        '“오늘 대출 다 갚으면 얼마예요?” — 오늘 기준 완납 금액(이자·수수료 포함)',
        '“1000만원 미리 갚으면 이자 얼마나 줄어요?” — 중도상환 효과와 수수료',
        '“대출 갈아타면 얼마 아껴요?” — 다른 금융회사로 갈아타거나 금리를 낮출 때의 차이',
        '“금리인하요구 할 수 있어요?” — 금리인하요구권 신청 방법',
        '“이번 달 납입 못 할 것 같아요” — 연체 전에 할 수 있는 상환유예·채무조정',
        '“대출 몇 회 남았어요?”, “만기 언제예요?” — 남은 납입과 만기',
      ]
    : [
        '“When is my next loan payment and how much?” — the date, principal and interest',
        '“How much to pay off my loan today?” — today’s payoff amount with interest and any fee',
        '“What if I repay 10 million early?” — what a prepayment saves, and its fee',
        '“Would refinancing save me money?” — switching lenders or a lower rate with yours',
        '“Can I ask my bank for a rate cut?” — how to use the right to request a lower rate',
        '“I can’t make this month’s payment” — deferral and debt relief before you fall behind',
        '“How many payments are left?”, “When does my loan mature?”',
      ];
  return [
    ko
      ? `대출에 대해서는 이런 것들을 물어보실 수 있어요 — ${about}:`
      : `About your loan you can ask things like these — ${about}:`,
    ...examples.map((e) => `- ${e}`),
  ];
}

/**
 * "100만원 더 갚으면 납입일 바뀌어요?", "if i pay 1m extra on my loan this month does my due date change": no — the due
 * day stays; what changes is the amount (the prepayment effect's instalment after), then the effect itself.
 */
function dueDateKeptLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const l = input.loan;
  const p = data.prepayment;
  const n = l?.nextPayment;
  if (!l || !p || !n) return prepaymentLines(input);
  const ko = lang === 'ko';
  const day = Number(n.dueDate.slice(8, 10));
  const interestOnly = l.repaymentMethod === 'BULLET' || n.principal.amount === '0';
  const lead = ko
    ? koText`아니요, ${p.amount.text}을/를 더 갚으셔도 ${loanName(l, lang)}의 납입일은 그대로 매달 ${day}일(다음 납입일 ${date(n.dueDate, data, lang)})입니다: 바뀌는 건 ${interestOnly ? '이자' : '금액'}로, 다음 회차부터 ${interestOnly ? '매달 내는 이자가' : '월 납입액이'} ${p.paymentBefore.text}에서 ${p.paymentAfter.text}으로/로 ${p.monthlySaving.text} 줄어듭니다.`
    : `No — your due date stays the ${formatOrdinal(day)} of each month (next on ${date(n.dueDate, data, lang)}) if you pay ${p.amount.text} extra on your ${name(l)}: what changes is the ${interestOnly ? 'interest' : 'amount'}, as your monthly payment drops from ${p.paymentBefore.text} to ${p.paymentAfter.text} (${p.monthlySaving.text} less) from the next instalment.`;
  return [lead, ...prepaymentLines(input)];

  function name(x: LoanLine): string {
    return loanName(x, lang);
  }
}

/**
 * "why no principal??" after "is that principal or just interest?": why an interest-only loan repays no principal
 * until maturity (a jeonse loan is repaid from the returned deposit), what that means, and how to bring it down.
 */
function flatWhyLines(input: IntentReplyInput, loans: readonly LoanLine[]): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l =
    input.loan ??
    loans.find((x) => x.repaymentMethod === 'BULLET' || x.nextPayment?.principal.amount === '0');
  if (!l) return balanceFlatLines(input, loans);
  const name = loanName(l, lang);
  const n = l.nextPayment;
  const maturity = date(l.maturityOn, data, lang);
  const jeonse = l.kind === 'JEONSE';
  if (l.repaymentMethod !== 'BULLET')
    return [
      ko
        ? koText`${name}은/는 지금 거치기간이라 원금 없이 이자만 냅니다: 약정에서 처음 일정 기간은 이자만 내고 그 뒤부터 원금을 나눠 갚기로 정했기 때문이고, 원금 상환이 시작되면 잔액 ${l.outstandingPrincipal.text}이/가 줄기 시작합니다.`
        : `Your ${name} is in its interest-only grace period: the contract set a first stretch of interest only, with principal repayments starting after it — then the ${l.outstandingPrincipal.text} balance starts to fall.`,
    ];
  return [
    ko
      ? koText`원금을 매달 갚지 않는 건 ${name}이/가 만기일시상환 방식이기 때문입니다: ${jeonse ? '전세자금대출은 전세 계약이 끝나 집주인에게서 돌려받는 보증금으로 원금을 갚도록 만들어져, ' : ''}그 전까지는 이자만 내고 원금 ${l.outstandingPrincipal.text}은/는 만기(${maturity})에 한 번에 갚습니다.`
      : `Because your ${name} is a bullet loan (interest-only, 만기일시상환): ${jeonse ? 'a jeonse loan is built to be repaid from the deposit your landlord returns when the lease ends, so ' : ''}until then you pay only interest, and the ${l.outstandingPrincipal.text} of principal is due in one sum at maturity (${maturity}).`,
    ko
      ? koText`그래서 만기까지 잔액이 줄지 않고 매달 이자${n ? koText`도 ${n.payment.text}` : ''} 그대로이며, 만기에는 ${l.outstandingPrincipal.text}을/를 한꺼번에 갚거나${jeonse ? '(보통 돌려받는 보증금으로)' : ''} 대출을 연장해야 합니다.`
      : `What that means: the balance${n ? `, and so the ${n.payment.text} of interest each month,` : ''} stays the same until then, and at maturity you repay ${l.outstandingPrincipal.text} at once${jeonse ? ' (usually from the returned deposit)' : ''} or extend the loan.`,
    ko
      ? '원금을 일찍 줄이고 싶으시면 일부를 중도상환하실 수 있고, 갚은 만큼 다음 회차부터 이자가 줄어듭니다 ("1000만원 미리 갚으면?"처럼 물어보세요).'
      : 'To bring it down sooner you can prepay part of it, and the interest falls from the next instalment — ask “what if I repay 10 million early?”.',
  ];
}

/**
 * "며칠까지 봐줘요?" after the next payment: until when paying is not late (the due date, or the next business day when
 * it is a weekend or holiday), when penalty interest starts and when short-term arrears would be shared — the loans
 * module's delinquency rules and holiday calendar (`LoanService.arrearsDates`).
 */
function graceLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const l = data.loans ? lateLoan(data.loans.loans, input.loan) : null;
  const n = l?.nextPayment;
  if (!l || !n?.lateFrom) return null;
  const ko = lang === 'ko';
  const owed = n.debitDate ?? n.dueDate;
  const moved = owed !== n.dueDate;
  const rate = l.delinquency.penaltyRate;
  const rateText = rate ? formatAnnualRate(rate, lang) : null;
  const shortTerm = n.lateFrom.shortTermFrom;
  return [
    ko
      ? koText`${date(owed, data, lang)}까지 내시면 연체가 아닙니다: ${loanName(l, lang)} 납입분 ${n.payment.text}의 납입일${moved ? koText`(${date(n.dueDate, data, lang)})이 쉬는 날이라 다음 영업일` : ''}까지가 기한이고, ${date(n.lateFrom.penaltyFrom, data, lang)}부터는 연체이자${rateText ? `(${rateText})` : ''}가 하루 단위로 붙습니다.`
      : `You have until ${date(owed, data, lang)}: your ${loanName(l, lang)} payment of ${n.payment.text} is not late if paid by then${moved ? ` (its due date, ${date(n.dueDate, data, lang)}, is a day off, so it moves to the next business day)` : ''}, and from ${date(n.lateFrom.penaltyFrom, data, lang)} penalty interest${rateText ? ` of ${rateText}` : ''} runs day by day.`,
    shortTerm
      ? ko
        ? koText`그래도 내지 않으면 5영업일째인 ${date(shortTerm, data, lang)}부터 신용평가회사(NICE·KCB)에 단기연체 정보로 공유되어 신용점수가 떨어질 수 있습니다 (10만원 이상, 주말·공휴일은 세지 않음). 90일 이상이면 장기연체(채무불이행) 정보로 등록됩니다.`
        : `If it is still unpaid on ${date(shortTerm, data, lang)} — the 5th business day, weekends and public holidays left out — it can be shared with the credit bureaus (NICE, KCB) as short-term arrears and lower your credit score; 90 days or more is registered as long-term arrears (a default).`
      : ko
        ? '10만원 미만이라 단기연체 정보로 공유되는 기준에는 못 미치지만, 연체이자는 붙습니다.'
        : 'It is under ₩100,000, below the line for short-term arrears, but penalty interest still runs.',
    ko
      ? '은행이 정한 유예기간은 따로 없으니, 늦어질 것 같으면 납입일 전에 금융회사에 상담하세요.'
      : 'There is no separate grace period beyond this; if you will be late, call the lender before the due date.',
  ];
}

/**
 * "이번달 카드 많이 썼는데 대출이자 낼 수 있을까?": yes or no first — the monthly income on file after this month's card
 * bill against the next loan payment (medicalOnCardLines' figures), then what to do when it falls short.
 */
function loanAfterCardLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const w = (v: Decimal) => formatWon(v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
  const { bill, income, next: l } = monthRoom(data);
  if (!l || !bill) return medicalOnCardLines(input).slice(0, 1);
  const n = l.nextPayment!;
  const pay = new Decimal(n.payment.amount);
  const what = n.principal.amount === '0' ? (ko ? '이자' : 'interest') : ko ? '납입액' : 'payment';
  const loanText = ko
    ? koText`${date(n.dueDate, data, lang)} ${loanName(l, lang)} ${what} ${n.payment.text}`
    : `the ${n.payment.text} ${what} on your ${loanName(l, lang)} due ${date(n.dueDate, data, lang)}`;
  if (!income)
    return [
      ko
        ? koText`등록된 소득이 없어 여유를 따져 드리긴 어렵습니다: 이번 달 카드값은 약 ${w(bill)}이고, ${loanText}이/가 나갑니다.`
        : `With no income on file I can’t tell: this month’s card bill is about ${w(bill)}, and ${loanText} follows.`,
    ];
  const afterBill = income.minus(bill);
  const room = afterBill.minus(pay);
  const lead = room.gte(0)
    ? ko
      ? koText`네, 낼 수 있습니다: 월 소득 약 ${w(income)}에서 이번 달 카드값 약 ${w(bill)}을/를 내면 약 ${w(afterBill)}이/가 남아, ${loanText}을/를 내고도 약 ${w(room)}이/가 남습니다.`
      : `Yes: from your monthly income of about ${w(income)}, this month’s card bill of about ${w(bill)} leaves about ${w(afterBill)}, enough for ${loanText} with about ${w(room)} to spare.`
    : afterBill.gte(0)
      ? ko
        ? koText`월 소득만으로는 빠듯합니다: 월 소득 약 ${w(income)}에서 이번 달 카드값 약 ${w(bill)}을/를 내면 약 ${w(afterBill)}만 남아, ${loanText}에 약 ${w(room.neg())} 모자랍니다.`
        : `Not from your income alone: your monthly income of about ${w(income)} less this month’s card bill of about ${w(bill)} leaves about ${w(afterBill)}, about ${w(room.neg())} short of ${loanText}.`
      : ko
        ? koText`아니요, 월 소득만으로는 어렵습니다: 이번 달 카드값 약 ${w(bill)}이/가 월 소득 약 ${w(income)}보다 많아, ${loanText}은/는 모아 둔 돈에서 내셔야 합니다 (둘을 합치면 소득보다 약 ${w(room.neg())} 많습니다).`
        : `No, not from your monthly income alone: this month’s card bill of about ${w(bill)} is more than your monthly income of about ${w(income)}, so ${loanText} would have to come from savings (the two together are about ${w(room.neg())} more than the income).`;
  if (room.gte(0)) return [lead];
  return [
    lead,
    ko
      ? koText`${n.lateFrom ? koText`대출 납입이 늦어지면 ${date(n.lateFrom.penaltyFrom, data, lang)}부터 연체이자가 붙으니, ` : ''}모자라면 납입일 전에 금융회사에 상환유예를 상담하시고, 카드값은 결제일 전에 카드사에 분할납부를 문의하세요 (리볼빙은 수수료가 높아 피하시는 게 좋습니다).`
      : `${n.lateFrom ? `A late loan payment draws penalty interest from ${date(n.lateFrom.penaltyFrom, data, lang)}, so ` : ''}if it falls short, ask the lender about a deferral before the due date, and the card company about paying the bill in instalments before its due date (avoid revolving: its fee is high).`,
  ];
}

/**
 * "ok so the loan is 169m right? and card bill like 1.8m?": each figure said, confirmed ("yes"), close or corrected
 * with the real one — the loans' balance and this month's card bill (billAmount, the card bill answer's figure).
 */
function figuresCheckLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const said = input.understanding.slots.figuresCheck!;
  const loans = input.loan ? [input.loan] : activeLoans(data);
  const parts: string[] = [];
  const verdict = (asked: string, actual: Decimal): 'YES' | 'CLOSE' | 'NO' => {
    const a = new Decimal(asked);
    if (a.eq(actual.toDecimalPlaces(0))) return 'YES';
    return actual.gt(0) && a.minus(actual).abs().div(actual).lte(0.05) ? 'CLOSE' : 'NO';
  };
  const s = data.spendingSummary;
  const billSaid = said.bill && s ? { asked: said.bill, bill: billAmount(s, data) } : null;
  if (said.loan && loans.length) {
    const total = loans.reduce((sum, l) => sum.plus(l.outstandingPrincipal.amount), new Decimal(0));
    const text = formatWon(total.toFixed(0), lang);
    const which = loans.length === 1 ? loanName(loans[0], lang) : null;
    const v = verdict(said.loan, total);
    // Korean joins the two clauses with a connective ending (맞고, …이고) when the bill follows.
    const more = !!billSaid;
    const subject = which ? `${which} 잔액은` : '대출 잔액은 모두';
    parts.push(
      ko
        ? v === 'YES'
          ? `네, ${subject} ${text} ${more ? '맞고' : '맞습니다'}`
          : v === 'CLOSE'
            ? `${subject} 비슷합니다: 정확히는 ${text}${more ? '이고' : '입니다'}`
            : koText`${subject} ${formatWon(said.loan, lang)}이/가 아니라 ${text}${more ? '이고' : '입니다'}`
        : v === 'YES'
          ? `Yes, ${text}${which ? ` on your ${which}` : ' on your loans'}`
          : v === 'CLOSE'
            ? `The loan is close: ${text}${which ? ` on your ${which}` : ''}`
            : `The loan is not ${formatWon(said.loan, lang)} but ${text}${which ? ` on your ${which}` : ''}`,
    );
  }
  if (billSaid) {
    const text = formatWon(billSaid.bill.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
    const v = verdict(billSaid.asked, billSaid.bill);
    parts.push(
      ko
        ? v === 'YES'
          ? `이번 달 카드값도 약 ${text} 맞습니다`
          : v === 'CLOSE'
            ? `이번 달 카드값은 비슷합니다: 정확히는 약 ${text}입니다`
            : koText`이번 달 카드값은 ${formatWon(billSaid.asked, lang)}이/가 아니라 약 ${text}입니다`
        : v === 'YES'
          ? `the card bill is right too: about ${text} due this month`
          : v === 'CLOSE'
            ? `the card bill is close: about ${text} due this month`
            : `the card bill is not ${formatWon(billSaid.asked, lang)} but about ${text} due this month`,
    );
  }
  if (!parts.length) return loans.length ? loans.map((l) => balanceLine(l, data, lang)) : [noLoans(lang)];
  const lead = ko ? `${parts.join(', ')}.` : `${parts.join('; and ')}.`;
  return [lead.charAt(0).toUpperCase() + lead.slice(1)];
}

// ---------------------------------------------------------------------------------------------------------------
// QA round 24 (plan24). Big purchases, hardship in its own words, the newlyweds' jeonse switch, the two scores.

/** The usual term of a car bought on instalments (auto finance runs 36–60 months), led with when none is said. */
const CAR_DEFAULT_TERM = 36;
/** The longer term shown beside it. */
const CAR_LONG_TERM = 60;

/**
 * QA round 24 (plan24). "차사려고하는데 3천만원짜리 할부로 사도될까요": the month's principal over the term said (or 36
 * months; the rate is the finance company's, so interest is said to come on top, never guessed) against the month's
 * income, with the loans' payments and the usual card spending — yes or no first; then the DSR with it (the limit
 * simulation's existing annual debt service plus a year of the principal, over the annual income) against the bank cap;
 * then the longer term. (Was this month's money left, which contradicted the bill's shortfall beside it.)
 */
function carInstalmentLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const s = input.understanding.slots;
  const w = (d: Decimal.Value) => formatWon(new Decimal(d).toFixed(0), lang);
  const price = new Decimal(s.purchase ?? 0);
  const n = s.carInstalment && s.carInstalment >= 2 ? s.carInstalment : CAR_DEFAULT_TERM;
  // QA round 27 (helper ko27). "차 할부 한달에 50만원이면 괜찮아?": the month's payment said, not the price.
  const said = s.carMonthly ? new Decimal(s.carMonthly) : null;
  const monthlyOf = (m: number) => said ?? price.div(m).toDecimalPlaces(0, Decimal.ROUND_CEIL);
  const monthly = monthlyOf(n);
  const q = incomeQuarter(data);
  const income = q?.income
    ? new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN)
    : null;
  const loans = new Decimal(data.loans?.nextPaymentsTotal?.amount ?? 0);
  const card = monthlyCardSpending(data);
  const out: string[] = [];
  const lead = said
    ? ko
      ? koText`차 할부로 매달 ${w(monthly)}씩 내시면`
      : `Paying ${w(monthly)} a month for the car`
    : ko
      ? koText`${w(price)}을/를 ${n}개월 할부로 사시면 원금만 한 달 약 ${w(monthly)}이고, 여기에 할부 금리만큼 이자가 더해집니다`
      : `Bought on ${n} monthly instalments, the ${w(price)} is about ${w(monthly)} a month of principal alone, with the finance company’s interest on top`;
  if (!income || income.lte(0))
    out.push(
      `${lead}${ko ? ' (소득 자료가 없어 감당될지는 계산하지 못했습니다).' : ' (there is no income on file to weigh it against).'}`,
    );
  else {
    const withLoans = monthly.plus(loans);
    const share = withLoans.div(income).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    const rest = income.minus(withLoans).minus(card?.amount ?? 0);
    const fits = rest.gte(0);
    out.push(
      said
        ? ko
          ? koText`${fits ? '네, 감당할 수 있어 보입니다' : '아니요, 지금 소득으로는 무리입니다'}: ${lead} ${loans.gt(0) ? koText`대출 납입 ${w(loans)}까지 더해 매달 ${w(withLoans)}이/가 나가, 월 소득 ${w(income)}의 ${share.toFixed(0)}%입니다` : koText`월 소득 ${w(income)}의 ${share.toFixed(0)}%입니다`}.`
          : `${fits ? 'Yes, it looks affordable' : 'No, not on your current income'}: ${lead}${loans.gt(0) ? ` with loan payments of ${w(loans)} comes to ${w(withLoans)} a month, ${share.toFixed(0)}% of your monthly income of ${w(income)}` : ` is ${share.toFixed(0)}% of your monthly income of ${w(income)}`}.`
        : ko
          ? koText`${fits ? '네, 감당할 수 있어 보입니다' : '아니요, 지금 소득으로는 무리입니다'}: ${lead}${loans.gt(0) ? koText` — 대출 납입 ${w(loans)}까지 더하면 매달 ${w(withLoans)}으로/로 월 소득 ${w(income)}의 ${share.toFixed(0)}%입니다` : koText` — 월 소득 ${w(income)}의 ${share.toFixed(0)}%입니다`}.`
          : `${fits ? 'Yes, it looks affordable' : 'No, not on your current income'}: ${lead}${loans.gt(0) ? ` — with loan payments of ${w(loans)} that is ${w(withLoans)} a month, ${share.toFixed(0)}% of your monthly income of ${w(income)}` : `, ${share.toFixed(0)}% of your monthly income of ${w(income)}`}.`,
    );
    if (card)
      out.push(
        ko
          ? koText`${cardMonthsPhrase(card, lang)} 카드 지출 월평균 ${w(card.amount)}까지 쓰시면 매달 약 ${w(rest.abs())}이/가 ${fits ? '남습니다' : '모자랍니다'}.`
          : `With your card spending averaging ${w(card.amount)} a month over ${cardMonthsPhrase(card, lang)}, that ${fits ? `leaves about ${w(rest)}` : `is about ${w(rest.abs())} short`} each month.`,
      );
  }
  // The DSR with a year of the principal added: an auto loan or finance counts in it.
  const sim = data.simulation;
  if (sim?.ok && sim.annualIncome && sim.existingAnnualDebtService && sim.dsrBefore && sim.dsrCapRatio) {
    const annual = new Decimal(sim.annualIncome.amount);
    if (annual.gt(0)) {
      const dsrWith = (m: number) =>
        new Decimal(sim.existingAnnualDebtService!.amount).plus(monthlyOf(m).times(12)).div(annual);
      const after = dsrWith(n);
      const over = after.gt(sim.dsrCapRatio);
      out.push(
        ko
          ? koText`자동차 할부금융이나 대출로 사면 DSR(연간 원리금 ÷ 연소득)이 지금 ${formatPercent(sim.dsrBefore)}에서 ${said ? '' : '원금만으로도 '}약 ${formatPercent(after.toFixed(4))}${over ? koText`로 올라 은행 한도 ${formatPercent(sim.dsrCapRatio)}을/를 넘어, 할부 심사가 어렵고 앞으로 다른 대출도 받기 어려워집니다` : koText`가 되어 은행 한도 ${formatPercent(sim.dsrCapRatio)} 안입니다`}.`
          : `Financed by an auto loan, it raises your DSR (a year’s repayments ÷ annual income) from ${formatPercent(sim.dsrBefore)} to about ${formatPercent(after.toFixed(4))} on the principal alone${over ? `, over the bank cap of ${formatPercent(sim.dsrCapRatio)}: the finance would be hard to get approved, and so would any loan after it` : `, within the bank cap of ${formatPercent(sim.dsrCapRatio)}`}.`,
      );
      if (n < CAR_LONG_TERM && !said)
        out.push(
          ko
            ? koText`${CAR_LONG_TERM}개월로 늘리면 원금이 한 달 약 ${w(monthlyOf(CAR_LONG_TERM))}으로/로 줄지만(DSR 약 ${formatPercent(dsrWith(CAR_LONG_TERM).toFixed(4))}) 이자는 더 붙습니다. 더 싼 차나 모아 둔 돈으로 선수금을 늘리면 부담이 줄어듭니다.`
            : `Over ${CAR_LONG_TERM} months the principal drops to about ${w(monthlyOf(CAR_LONG_TERM))} a month (DSR about ${formatPercent(dsrWith(CAR_LONG_TERM).toFixed(4))}) but more interest is paid; a cheaper car or a larger down payment lowers the burden.`,
        );
    }
  }
  out.push(
    ko
      ? '할부 금리는 캐피탈사·카드사와 신용점수에 따라 달라지니, 계약 전에 총 상환액(원금+이자)을 확인하세요.'
      : 'The instalment rate depends on the finance or card company and your credit score: check the total repayable (principal + interest) before signing.',
  );
  if (income && q?.income && card) out.push(savingsBasis(card, null, q, lang));
  return out;
}

/**
 * QA round 24 (plan24). "150만원짜리 노트북 사도 될까요?" in a month whose card bill already leaves it short: the purchase
 * weighed on that same basis — the bill leaving the account this month and the loans against the income — first (was
 * "이번 달 남은 돈 약 873,852원" beside "801,938원이 모자랍니다", two bases that contradicted each other).
 */
function purchaseShortLine(
  purchase: string,
  income: string,
  debt: Krw | null,
  data: TurnData,
  lang: Lang,
  /**
   * BUY a thing, PAY a sum that has to go out, HELP family with money (QA round 27, helpers ko27 and en27b), LEND it
   * (QA round 28, ko28).
   */
  kind: 'BUY' | 'PAY' | 'HELP' | 'LEND' = 'BUY',
): string | null {
  const billed = data.spendingBilled;
  if (!billed) return null;
  const bill = billAmount(billed, data);
  const w = (d: Decimal.Value) => formatWon(new Decimal(d).toFixed(0), lang);
  const buy = new Decimal(purchase);
  const rest = new Decimal(income).minus(debt?.amount ?? 0).minus(bill);
  if (rest.gte(0)) return null;
  // QA round 27 (helper ko27). A sum that has to go out ("부모님 병원비로 300만원 나가야되는데 괜찮을까", "300만원 써도
  // 돼?"): said as paying it, not as buying a thing — and, when it must be paid, where to take it from.
  if (kind === 'PAY')
    return lang === 'ko'
      ? koText`이번 달 여유만으로는 ${w(buy)}을/를 내기 어렵습니다: 이번 달 결제일에 나가는 카드값 약 ${w(bill)}(지난달 사용분)과 대출 납입 ${w(debt?.amount ?? 0)}만으로도 월 소득 ${w(income)}보다 ${w(rest.abs())} 많아, 이 돈까지 나가면 모자라는 돈이 ${w(rest.abs().plus(buy))}이/가 됩니다. 꼭 내야 하는 돈이라면 모아 둔 돈에서 먼저 내시고, 카드로 내신다면 무이자 할부가 되는지 확인하세요: 리볼빙이나 현금서비스는 피하시는 게 좋습니다.`
      : `Not from this month’s room alone: the card bill leaving your account this month, about ${w(bill)} (last month’s use), and loan payments of ${w(debt?.amount ?? 0)} already come to ${w(rest.abs())} more than your monthly income of ${w(income)}, so paying ${w(buy)} as well makes the shortfall ${w(rest.abs().plus(buy))}. If it has to be paid, take it from savings first, and if you pay by card check for interest-free instalments: avoid revolving credit and cash advances.`;
  // QA round 27 (helper en27b). Money to help family ("can i afford to help with 2 million?"): the same weighing, said of
  // the help given, not of a purchase.
  // QA round 28 (ko28). Money asked to be lent ("동생이 300만원 빌려달라는데 빌려줘도 될까요"): the same weighing, said of
  // money lent (was a loan limit for the customer).
  if (kind === 'LEND')
    return lang === 'ko'
      ? koText`이번 달 여유로는 ${w(buy)}을/를 빌려주기 어렵습니다: 이번 달 결제일에 나가는 카드값 약 ${w(bill)}(지난달 사용분)과 대출 납입 ${w(debt?.amount ?? 0)}만으로도 월 소득 ${w(income)}보다 ${w(rest.abs())} 많아, 빌려주면 모자라는 돈이 ${w(rest.abs().plus(buy))}이/가 됩니다.`
      : `This month has no room to lend ${w(buy)}: the card bill leaving your account this month, about ${w(bill)} (last month’s use), and loan payments of ${w(debt?.amount ?? 0)} already come to ${w(rest.abs())} more than your monthly income of ${w(income)}, so lending it makes the shortfall ${w(rest.abs().plus(buy))}.`;
  if (kind === 'HELP')
    return lang === 'ko'
      ? koText`아니요, 이번 달 여유로는 ${w(buy)}을/를 보태 드리기 어렵습니다: 이번 달 결제일에 나가는 카드값 약 ${w(bill)}(지난달 사용분)과 대출 납입 ${w(debt?.amount ?? 0)}만으로도 월 소득 ${w(income)}보다 ${w(rest.abs())} 많아, 보내 드리면 모자라는 돈이 ${w(rest.abs().plus(buy))}이/가 됩니다.`
      : `No — this month has no room to give ${w(buy)}: the card bill leaving your account this month, about ${w(bill)} (last month’s use), and loan payments of ${w(debt?.amount ?? 0)} already come to ${w(rest.abs())} more than your monthly income of ${w(income)}, so giving it makes the shortfall ${w(rest.abs().plus(buy))}.`;
  return lang === 'ko'
    ? koText`아니요, 이번 달 여유로는 ${w(buy)}짜리를 사기 어렵습니다: 이번 달 결제일에 나가는 카드값 약 ${w(bill)}(지난달 사용분)과 대출 납입 ${w(debt?.amount ?? 0)}만으로도 월 소득 ${w(income)}보다 ${w(rest.abs())} 많아, 사시면 모자라는 돈이 ${w(rest.abs().plus(buy))}이/가 됩니다.`
    : `No — this month has no room for a ${w(buy)} purchase: the card bill leaving your account this month, about ${w(bill)} (last month’s use), and loan payments of ${w(debt?.amount ?? 0)} already come to ${w(rest.abs())} more than your monthly income of ${w(income)}, so buying it makes the shortfall ${w(rest.abs().plus(buy))}.`;
}

/**
 * QA round 28 (ko28). Lending to family or a friend: only what could be lost without hurting the month, in writing and
 * by transfer, never borrowed to lend.
 */
function lendingAdvice(lang: Lang): string {
  return lang === 'ko'
    ? '빌려주신다면 돌려받지 못해도 생활에 지장이 없는 금액까지만, 금액과 갚을 날짜를 적은 차용증을 쓰고 계좌이체로 보내 기록을 남기세요. 대출이나 현금서비스로 마련해 빌려주는 것은 피하세요.'
    : 'If you do lend, lend only what you could lose without it hurting your month, write down the amount and the date it is to be repaid, and send it by transfer so there is a record. Do not borrow (a loan or a cash advance) to lend it.';
}

/** The jeonse loan the hardship lines speak of, else the loan with the largest balance. */
function mainLoan(data: TurnData): LoanLine | null {
  const loans = activeLoans(data);
  return (
    loans.find((l) => l.kind === 'JEONSE') ??
    [...loans].sort((a, b) =>
      new Decimal(b.outstandingPrincipal.amount).cmp(a.outstandingPrincipal.amount),
    )[0] ??
    null
  );
}

/** The recorded payments of a loan and how many were late, from the ledger; null when none is recorded. */
function paidRecord(data: TurnData, l: LoanLine): { count: number; late: number } | null {
  const x = data.lastRepayments?.loans.find((r) => r.loanId === l.loanId);
  if (!x || x.count === undefined || x.count === 0) return null;
  return { count: x.count, late: x.late ?? (x.recent ?? []).filter((r) => r.penalty.amount !== '0').length };
}

/** "1~8회차", "instalments 1–8": the instalments paid, when they run from the first to the one before the next. */
function paidRange(l: LoanLine, count: number, lang: Lang): string {
  const first = (l.nextPayment?.number ?? count + 1) - count;
  if (first !== 1) return lang === 'ko' ? `${count}회` : `${count} instalments`;
  return lang === 'ko' ? `${count}회(1~${count}회차)` : `${count} instalments (1–${count})`;
}

/**
 * QA round 24 (plan24). Shame at the debt ("스무살인데 빚이 1억6천이라니 창피해요"), telling the family ("부모님한테 말해야
 * 할까요"): met with their own record — a jeonse loan is the deposit, repaid from it at maturity; every payment on time;
 * the credit score — not the hardship ladder or a monthly deficit. Null without a loan.
 */
function debtFeelingLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l = mainLoan(data);
  if (!l) return null;
  const name = loanName(l, lang);
  const record = paidRecord(data, l);
  const overdue = l.delinquency.daysPastDue > 0;
  const jeonse = l.kind === 'JEONSE';
  const interest = l.nextPayment?.interest ?? null;
  const what = jeonse
    ? ko
      ? koText`${name} ${l.outstandingPrincipal.text}은/는 전세보증금을 위한 대출이라, 만기(${date(l.maturityOn, data, lang)})에 집주인에게서 돌려받는 보증금으로 갚는 구조입니다 (써서 없어진 빚이 아니라 보증금으로 맡겨 둔 돈입니다)`
      : `your ${name} of ${l.outstandingPrincipal.text} is the deposit on your home: it is repaid from the deposit the landlord returns at maturity (${date(l.maturityOn, data, lang)}) — money held as a deposit, not money spent`
    : ko
      ? koText`${name}의 남은 원금은 ${l.outstandingPrincipal.text}이고 만기는 ${date(l.maturityOn, data, lang)}입니다`
      : `your ${name} has ${l.outstandingPrincipal.text} left, due by ${date(l.maturityOn, data, lang)}`;
  const onTime =
    record && record.late === 0 && !overdue
      ? ko
        ? `지금까지 ${paidRange(l, record.count, lang)} 모두 제때 내셨고(연체 0원)`
        : `you have paid all ${paidRange(l, record.count, lang)} on time (nothing overdue)`
      : !overdue
        ? ko
          ? '지금 연체된 금액은 없고'
          : 'nothing is overdue'
        : null;
  const score = data.creditScore;
  const scoreText =
    score != null
      ? ko
        ? `신용점수도 ${score}점(1000점 만점)${score >= 840 ? '으로 높은 편' : ''}입니다`
        : `your credit score is ${score} out of 1,000${score >= 840 ? ', a high one' : ''}`
      : null;
  const facts = [onTime, scoreText].filter((x): x is string => !!x);
  const factLine = facts.length
    ? ko
      ? `${facts.join(', ')}.`
      : `${facts.join(', and ')}.`.replace(/^./, (c) => c.toUpperCase())
    : null;
  if (input.understanding.slots.tellFamily)
    return [
      ko
        ? koText`말씀드릴지는 고객님이 정하실 일이지만, 숨겨야 할 빚은 아닙니다: ${what}.`
        : `Whether to tell them is yours to decide, but it is not a debt to hide: ${what}.`,
      ...(factLine ? [factLine] : []),
      ko
        ? koText`말씀드린다면 "${jeonse ? '전세보증금 대출이라 만기에 돌려받는 보증금으로 갚고, ' : ''}매달 이자${interest ? koText` ${interest.text}` : ''}을/를 밀리지 않고 내고 있다"처럼 구조부터 설명하시면 가족도 덜 걱정하실 거예요.`
        : `If you do, start with how it works — ${jeonse ? '“it’s the deposit on my place, repaid from the deposit at the end, and ' : '“'}I pay${interest ? ` the ${interest.text} interest` : ''} every month on time” — and they will worry less.`,
      ko
        ? '혼자 부담이 크게 느껴진다면, 믿을 수 있는 사람에게 이야기하는 것만으로도 마음이 한결 가벼워질 수 있습니다.'
        : 'If it feels heavy to carry alone, talking it over with someone you trust can lighten it a lot.',
    ];
  return [
    ko ? koText`창피해하실 일이 아닙니다: ${what}.` : `There is nothing to be ashamed of: ${what}.`,
    ...(factLine ? [factLine] : []),
    ko
      ? koText`매달${interest ? koText` 이자 ${interest.text}을/를` : ''} 밀리지 않고 내고 계신 것 자체가 잘 관리하고 계신다는 뜻입니다.`
      : `Paying${interest ? ` the ${interest.text} interest` : ''} every month without missing one means you are managing it well.`,
  ];
}

/**
 * QA round 24 (plan24). "부업 잘려서 한달에 50만원 수입이 줄었어요.. 대출이자 감당 가능할까요": an income cut, not a job
 * lost — yes or no first, from the month's income less the cut against the loans' payments, then the usual card spending
 * beside them; then proportionate steps (spending, a rate cut, the lender before a due date). No restructuring ladder
 * for a customer with nothing overdue (개인워크아웃 is for 90+ days overdue).
 */
function incomeCutLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const slots = input.understanding.slots;
  // QA round 25 (left25b). "i got a 20% pay cut, can i still afford my jeonse loan interest?": the cut as a share of the
  // income on file (was the hardship list first).
  const share =
    slots.incomeCut === undefined && slots.affordAfterCut && slots.incomeChange
      ? new Decimal(slots.incomeChange).neg()
      : null;
  const q = incomeQuarter(data);
  const card = monthlyCardSpending(data);
  if (!q?.income) return null;
  if (activeLoans(data).some((l) => l.delinquency.daysPastDue > 0)) return null;
  const w = (d: Decimal.Value) => formatWon(new Decimal(d).toFixed(0), lang);
  const income = new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const cut = share
    ? income.times(share).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    : new Decimal(slots.incomeCut!);
  const cutText = share
    ? ko
      ? `${formatPercent(share.toNumber(), 0)}인 ${w(cut)}`
      : `${formatPercent(share.toNumber(), 0)} (${w(cut)})`
    : w(cut);
  const after = income.minus(cut);
  const loans = new Decimal(data.loans?.nextPaymentsTotal?.amount ?? 0);
  const afterLoans = after.minus(loans);
  const spend = card?.amount ?? new Decimal(0);
  const rest = afterLoans.minus(spend);
  const l = mainLoan(data);
  const payment = ko ? koText`대출 납입 ${w(loans)}` : `loan payments of ${w(loans)}`;
  const out: string[] = [
    afterLoans.lt(0)
      ? ko
        ? koText`아니요, 줄어든 소득만으로는 대출 납입도 빠듯합니다: 월 소득 ${w(income)}에서 ${cutText}이/가 줄면 ${w(after)}이고, ${payment}보다 ${w(afterLoans.abs())} 적습니다.`
        : `No — the lower income alone does not cover the loan payments: ${w(income)} a month less ${cutText} is ${w(after)}, ${w(afterLoans.abs())} short of ${payment}.`
      : ko
        ? koText`네, 대출 이자는 감당할 수 있습니다: 월 소득 ${w(income)}에서 ${cutText}이/가 줄어 ${w(after)}이/가 되어도 ${payment}을/를 내면 ${w(afterLoans)}이/가 남습니다.`
        : `Yes, the loan payments are still covered: ${w(income)} a month less ${cutText} is ${w(after)}, which leaves ${w(afterLoans)} after ${payment}.`,
  ];
  if (card)
    out.push(
      rest.lt(0)
        ? ko
          ? koText`다만 ${cardMonthsPhrase(card, lang)}처럼 카드로 월평균 ${w(spend)}을/를 쓰시면 매달 약 ${w(rest.abs())}이/가 모자라, 카드 지출을 그만큼 줄이셔야 합니다.`
          : `But spending on your cards as over ${cardMonthsPhrase(card, lang)}, ${w(spend)} a month on average, leaves you about ${w(rest.abs())} short each month: card spending has to come down by that much.`
        : ko
          ? koText`${cardMonthsPhrase(card, lang)} 카드 지출 월평균 ${w(spend)}까지 써도 매달 약 ${w(rest)}이/가 남습니다.`
          : `Even with your card spending of ${w(spend)} a month on average (${cardMonthsPhrase(card, lang)}), about ${w(rest)} is left each month.`,
    );
  if (card && rest.lt(0) && card.byCategory.length > 0) {
    const top = [...card.byCategory]
      .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))
      .slice(0, 3)
      .map((c) => `${phrase('category', c.category, lang)} ${w(averageOf(c.amount.amount, card.months))}`)
      .join(', ');
    out.push(ko ? `월평균 많이 쓴 업종: ${top}.` : `Largest categories a month: ${top}.`);
  }
  out.push(
    ko
      ? `${l?.nextPayment ? koText`지금 연체는 없고, 다음 납입은 ${date(l.nextPayment.dueDate, data, lang)} ${l.nextPayment.payment.text}입니다. ` : '지금 연체는 없습니다. '}할 수 있는 것부터 보면:`
      : `${l?.nextPayment ? `Nothing is overdue; the next payment is ${l.nextPayment.payment.text} on ${date(l.nextPayment.dueDate, data, lang)}. ` : 'Nothing is overdue. '}What you can do:`,
    ko
      ? `1. 카드 지출부터 줄이기: 위 업종에서 먼저 줄이시면 이자를 밀리지 않을 수 있습니다.`
      : '1. Bring card spending down first, starting with the categories above, so the interest keeps being paid on time.',
    ko
      ? `2. ${l ? koText`${l.lender}에 ` : ''}금리인하요구권 신청하기: 금리가 내려가면 매달 이자가 줄어듭니다 ("대출 갈아타면 얼마 아껴요?"로 금액을 확인할 수 있습니다).`
      : `2. Ask ${l ? lenderInEnglish(l.lender) : 'your lender'} for a rate cut (금리인하요구권): a lower rate lowers the monthly interest ("can I save by refinancing?" shows how much).`,
    ko
      ? '3. 그래도 이자 낼 돈이 모자라게 되면 납입일 전에 대출받은 금융회사에 상환유예를 먼저 상담하세요: 연체 전에 연락할수록 고를 수 있는 방법이 많습니다.'
      : '3. If the interest still becomes hard to pay, talk to your lender about a deferral before the due date: the earlier, the more options there are.',
  );
  if (card) out.push(savingsBasis(card, null, q, lang));
  return out;
}

/**
 * QA round 28 (ko28). "프리랜서라 수입이 들쭉날쭉해서 대출 갚는 게 걱정돼요": what must go out every month whatever comes
 * in — the loans' next instalments, their total and the nearest due date — first; then what a month leaves after them
 * on the income on file (the last complete quarter ÷ 3) less the monthly card spending (`monthlyCardSpending`) and, when
 * that average holds one-off months, less a usual month's (`usualMonthCard`), as months of the payments; then a buffer of
 * three months of payments and how long the month's leftover takes to build it; then the ways to even the income out
 * (the debit date moved after the income comes, paying ahead in a good month, the lender before a short month's due
 * date). Null without a loan payment due.
 */
function irregularIncomeLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const loans = activeLoans(data).filter((l) => l.nextPayment);
  if (!loans.length) return null;
  const w = (v: Decimal.Value) =>
    formatWon(new Decimal(v).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0), lang);
  const pay = loans.reduce((a, l) => a.plus(l.nextPayment!.payment.amount), new Decimal(0));
  const next = [...loans].sort((a, b) => a.nextPayment!.dueDate.localeCompare(b.nextPayment!.dueDate))[0];
  const due = date(next.nextPayment!.dueDate, data, lang);
  const lender = ko ? next.lender : lenderInEnglish(next.lender);
  const each =
    loans.length === 1
      ? ko
        ? koText`${loanName(next, lang)} 월 ${w(pay)}이고, 다음 납입일은 ${due}입니다`
        : `${w(pay)} a month on your ${loanName(next, lang)}, next due ${due}`
      : ko
        ? koText`월 ${w(pay)}(${loans.map((l) => `${loanName(l, lang)} ${l.nextPayment!.payment.text}`).join(', ')})이고, 가장 가까운 납입일은 ${due}입니다`
        : `${w(pay)} a month (${loans.map((l) => `${loanName(l, lang)} ${l.nextPayment!.payment.text}`).join(', ')}), the nearest due ${due}`;
  const out: string[] = [
    ko
      ? `수입이 들쭉날쭉해도 매달 꼭 내야 하는 대출 납입은 ${each}.`
      : `Whatever comes in, the loan payments that go out every month are ${each}.`,
  ];
  const q = incomeQuarter(data);
  const card = monthlyCardSpending(data);
  const target = pay.times(3);
  let left: Decimal | null = null;
  if (q?.income && card) {
    const income = new Decimal(q.income.amount).div(3).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    const avgLeft = income.minus(card.amount).minus(pay);
    const usual =
      data.spendingUsual?.length === 3
        ? usualMonthCard(data.spendingUsual, data.spendingOneOffMonths ?? [])
        : null;
    const usualLeft = usual?.left.length ? income.minus(usual.amount).minus(pay) : null;
    const monthsOf = (v: Decimal) => v.div(pay).toDecimalPlaces(1, Decimal.ROUND_DOWN).toString();
    const avgText = ko
      ? koText`${cardMonthsPhrase(card, lang)} 카드 지출 월평균 ${w(card.amount)}`
      : `your card spending of ${w(card.amount)} a month (${cardMonthsPhrase(card, lang)})`;
    const named = usual?.left.length
      ? formatList(
          [...usual.left]
            .reverse()
            .map((m) =>
              ko ? `${Number(m.from.slice(5, 7))}월` : MONTH_NAMES[Number(m.from.slice(5, 7)) - 1],
            ),
          lang,
        )
      : '';
    if (avgLeft.gt(0)) {
      left = avgLeft;
      out.push(
        ko
          ? koText`월 소득 ${w(income)}에서 ${avgText}와/과 납입을 빼면 매달 약 ${w(avgLeft)}이/가 남아, 납입액의 약 ${monthsOf(avgLeft)}개월치를 매달 모을 수 있습니다.`
          : `Your monthly income of ${w(income)}, less ${avgText} and the payments, leaves about ${w(avgLeft)} a month — about ${monthsOf(avgLeft)} months of payments put aside each month.`,
      );
    } else if (usual && usualLeft?.gt(0)) {
      left = usualLeft;
      out.push(
        ko
          ? koText`월 소득 ${w(income)}에서 ${avgText}와/과 납입을 빼면 매달 약 ${w(avgLeft.abs())}이/가 모자라지만, 여행·큰 구매가 있던 ${named}을/를 빼면 평소 카드 지출은 월 ${w(usual.amount)}이라 매달 약 ${w(usualLeft)}, 납입액의 약 ${monthsOf(usualLeft)}개월치가 남습니다.`
          : `Your monthly income of ${w(income)}, less ${avgText} and the payments, is about ${w(avgLeft.abs())} short each month — but without ${named} (a trip or a large purchase) a usual month's card spending is ${w(usual.amount)}, which leaves about ${w(usualLeft)}, about ${monthsOf(usualLeft)} months of payments.`,
      );
    } else
      out.push(
        ko
          ? koText`월 소득 ${w(income)}에서 ${avgText}와/과 납입을 빼면 매달 약 ${w(avgLeft.abs())}이/가 모자라, 지금은 납입액을 미리 모아 둘 여유가 없으니 카드 지출부터 줄이셔야 합니다.`
          : `Your monthly income of ${w(income)}, less ${avgText} and the payments, is about ${w(avgLeft.abs())} short each month: nothing is left to put the payments aside, so card spending has to come down first.`,
      );
  }
  out.push(
    ko
      ? koText`수입이 적은 달에 대비해 대출 납입 3개월치 ${w(target)}을/를 비상자금으로 따로 두세요${left ? koText`: 매달 남는 약 ${w(left)}을/를 모으면 ${target.div(left).ceil().toFixed(0)}개월이면 됩니다` : ''}.`
      : `Keep three months of payments, ${w(target)}, aside for the lean months${left ? `: saving the ${w(left)} left each month gets there in ${target.div(left).ceil().toFixed(0)} months` : ''}.`,
    ...steps(lang, [
      ko
        ? koText`${lender}에 납입일(자동이체일)을 수입이 주로 들어오는 날 뒤로 옮길 수 있는지 물어보세요.`
        : `Ask ${lender} to move the due (debit) date to after your income usually comes in.`,
      ko
        ? '수입이 많은 달에는 다음 달 납입액을 납입 전용 통장에 미리 넣어 두고, 여유가 더 있으면 원금을 일부 미리 갚으세요 (이자가 줄어듭니다; 중도상환수수료가 있는지 먼저 확인하세요).'
        : 'In a good month, put next month’s payment into an account kept for it, and with more to spare repay some principal early (it lowers the interest; check for a prepayment fee first).',
      ko
        ? koText`수입이 크게 줄어 납입이 어려운 달이 오면 납입일 전에 ${lender}에 상환유예를 먼저 상담하세요: 연체 전에 연락할수록 선택지가 많습니다.`
        : `If a month comes when the payment is out of reach, talk to ${lender} about a deferral before the due date: the earlier, the more options.`,
    ]),
  );
  if (q?.income && card) out.push(savingsBasis(card, null, q, lang));
  return out;
}

/**
 * QA round 24 (plan24). "그래도 연체는 한번도 안했죠?": never late, asked in the negative — "네, … 모두 제때" first, from
 * the ledger, then the next payment; no lecture on what a late payment would cost. Null without a ledger.
 */
function neverLateLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const loans = input.loan ? [input.loan] : activeLoans(data);
  const lines: string[] = [];
  for (const l of loans) {
    const record = paidRecord(data, l);
    if (!record) continue;
    const name = loanName(l, lang);
    lines.push(
      record.late === 0
        ? ko
          ? koText`네, ${name}은/는 지금까지 낸 ${paidRange(l, record.count, lang)} 모두 제때 내셨습니다 (연체 0회, 연체이자 0원).`
          : `That’s right — all ${paidRange(l, record.count, lang)} on your ${name} were paid on time (never late, no penalty interest).`
        : ko
          ? koText`아니요, ${name}의 납입 ${record.count}회 중 ${record.late}회가 늦어 연체이자가 붙었습니다.`
          : `Not quite: ${record.late} of the ${record.count} instalments on your ${name} were late and carried penalty interest.`,
    );
  }
  if (!lines.length) return null;
  const overdue = loans.map((l) => overdueLine(l, lang)).filter((x): x is string => !!x);
  const next = loans.find((l) => l.nextPayment)?.nextPayment;
  return [
    ...(lines.length === 1 ? lines : lines.map((x) => `- ${x}`)),
    ...(overdue.length
      ? overdue
      : [
          ko
            ? `지금 연체된 금액도 없습니다${next ? koText`. 다음 납입은 ${date(next.dueDate, data, lang)} ${next.payment.text}입니다` : ''}.`
            : `Nothing is overdue now either${next ? `; the next payment is ${next.payment.text} on ${date(next.dueDate, data, lang)}` : ''}.`,
        ]),
  ];
}

/**
 * QA round 24 (plan24). "만기때 1억6900 어디서 구해": where the sum due at maturity comes from — for a jeonse loan the
 * deposit returned at the lease's end, or an extension when the lease is renewed — not the maturity date alone.
 */
function sumFromLines(l: LoanLine, data: TurnData, lang: Lang): string[] {
  const ko = lang === 'ko';
  const name = loanName(l, lang);
  const due = date(l.maturityOn, data, lang);
  if (l.kind !== 'JEONSE') return extensionLines(l, data, lang, true);
  return [
    ko
      ? koText`만기(${due})에 갚을 ${l.outstandingPrincipal.text}은/는 보통 그때 집주인에게서 돌려받는 전세보증금으로 갚습니다: ${name}은/는 보증금을 빌린 것이라, 계약이 끝나 보증금을 돌려받으면 그 돈으로 대출이 상환됩니다.`
      : `The ${l.outstandingPrincipal.text} due at maturity (${due}) is usually repaid from the deposit your landlord returns then: your ${name} paid for that deposit, so when the lease ends and the deposit comes back, it repays the loan.`,
    ko
      ? koText`계속 사실 거라면 전세계약을 갱신하면서 대출도 연장할 수 있어, 그때 목돈을 따로 마련하실 필요가 없습니다: 만기 전에 ${l.lender}에 신청하고, 보증기관의 보증 연장과 심사를 거칩니다 (연체가 없을수록 유리합니다).`
      : `If you stay, the loan can be extended with the renewed lease, so no lump sum is needed then: apply to ${lenderInEnglish(l.lender)} before maturity, with the guarantor’s extension and a review (a clean payment record helps).`,
    ko
      ? "이사하신다면 돌려받는 보증금으로 갚고 새 집 계약으로 대출을 다시 받거나, 대출을 새 집으로 옮기는 '목적물 변경'을 신청할 수 있습니다. 보증금을 제때 못 돌려받을까 걱정되면 전세보증금반환보증(HUG·HF·SGI) 가입 여부를 확인해 두세요."
      : 'If you move, repay it from the returned deposit and borrow again on the new lease, or ask to move the loan to the new home; if you worry the deposit may come back late, check that a deposit-return guarantee (HUG, HF or SGI) covers it.',
  ];
}

/**
 * QA round 24 (plan24). "신용점수랑 재무건강점수 차이가 뭐에요", "신용점수는요? 그거랑 이거랑 뭐가 달라": both scores with
 * their figures, and what each is for (was the loan's rate). Null without either score.
 */
function scoreDiffLines(input: IntentReplyInput): string[] | null {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const score = data.creditScore;
  const i = data.insights;
  if (score == null && (!i || i.healthScore === null)) return null;
  const credit =
    score != null
      ? ko
        ? `신용점수 ${score}점(1000점 만점)은 신용평가회사(NICE·KCB)가 대출·카드 상환 이력과 부채로 매겨 은행이 대출·카드 심사에 쓰는 점수`
        : `your credit score of ${score} (out of 1,000) is set by the credit bureaus (NICE, KCB) from your repayment history and debts, and lenders use it to decide on loans and cards`
      : null;
  const health =
    i && i.healthScore !== null
      ? ko
        ? `금융 건강 점수 ${i.healthScore}점(100점 만점, ${phrase('healthBand', i.healthBand, lang)})은 고객님의 지출 흐름·DSR·보험 같은 기록으로 이 상담이 매긴 참고용 점수(은행 심사에는 쓰이지 않음)`
        : `your financial health score of ${i.healthScore} (out of 100, ${phrase('healthBand', i.healthBand, lang)}) is worked out here from your own records — spending, DSR, insurance — as a guide, and no lender uses it`
      : null;
  return [
    ko
      ? `${[credit, health].filter(Boolean).join('이고, ')}입니다.`
      : `${[credit, health].filter(Boolean).join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
    ko
      ? '신용점수는 연체 없이 갚고 카드를 한도보다 낮게 쓰면 오르고, 금융 건강 점수는 DSR을 낮추고 지출을 고르게 하면 오릅니다.'
      : 'The credit score rises as you pay on time and keep card balances low; the health score rises as your DSR falls and your spending steadies.',
  ];
}

/**
 * QA round 24 (plan24). "전세대출 있는 상태에서 신혼부부 전세대출로 갈아탈수있어?": the switch's conditions — marriage
 * (혼인신고 or 결혼 예정), no home, the couple's income and assets and the deposit within the fund's limits, a new
 * guarantee and review — with their loan's figures first; the limits change yearly, so where to check them.
 */
function newlywedSwitchLines(input: IntentReplyInput): string[] {
  const { data, language: lang } = input;
  const ko = lang === 'ko';
  const l = input.loan?.kind === 'JEONSE' ? input.loan : activeLoans(data).find((x) => x.kind === 'JEONSE');
  const what = l
    ? ko
      ? koText`지금 ${loanName(l, lang)}(${l.outstandingPrincipal.text}, ${formatAnnualRate(l.annualRate, lang)})도`
      : `Your ${loanName(l, lang)} of ${l.outstandingPrincipal.text} (${formatAnnualRate(l.annualRate, lang)})`
    : ko
      ? '지금 전세대출도'
      : 'A jeonse loan';
  return [
    ko
      ? `${what} 결혼 후 신혼부부 조건을 맞추면 신혼부부 전용 전세자금대출로 갈아탈 수 있습니다: 혼인신고 후 7년 이내(또는 결혼 예정)의 무주택 세대주이고, 부부 합산 소득·순자산과 전세보증금이 정해진 한도 안이어야 하며, 보증기관(HUG·HF) 보증과 은행 심사를 새로 받습니다.`
      : `${what} can be moved to a newlyweds’ jeonse loan once you qualify after marrying: within 7 years of registering the marriage (or about to marry), no home owned, the couple’s combined income and net assets and the deposit within the fund’s limits, and a new guarantee (HUG, HF) and bank review.`,
    ko
      ? koText`보통 전세계약을 갱신하거나 이사할 때 새 임대차계약서로 신청하고, 승인되면 새 대출로 ${l ? l.lender : '지금 금융회사'} 대출을 갚습니다. 금리가 더 낮은 대신 한도가 정해져 있어, 지금 대출금 전부가 옮겨지지 않을 수도 있습니다.`
      : `You usually apply when the lease is renewed or you move, with the new lease contract; once approved, the new loan repays ${l ? lenderInEnglish(l.lender) : 'your current lender'}. Its rate is lower but its limit is capped, so not all of today’s balance may move across.`,
    ko
      ? '소득·보증금 한도와 금리는 해마다 바뀌니, 결혼 일정이 정해지면 주택도시기금(기금e든든)이나 취급 은행에서 부부 합산 소득으로 먼저 확인해 보세요.'
      : 'The income and deposit limits and the rates change every year: once your wedding date is set, check them with your combined income on the Housing and Urban Fund site or at a lending bank.',
  ];
}

/**
 * QA round 24 (plan24). "갈아타기 비용 338,000원이 뭐에요?": what the switching cost is made of — the current loan's
 * prepayment fee and the new loan's own costs (the comparison's estimate) — and what such costs usually are.
 */
function switchCostWhatLine(
  sw: RefinanceChoiceData,
  r: { balance: Krw | null },
  l: LoanLine,
  lang: Lang,
): string[] {
  const ko = lang === 'ko';
  const fees = new Decimal(sw.totalCost.amount).minus(sw.prepaymentFee.amount);
  const w = (d: Decimal.Value) => formatWon(new Decimal(d).toFixed(0), lang);
  const share =
    r.balance && new Decimal(r.balance.amount).gt(0) && fees.gt(0)
      ? fees.div(r.balance.amount).times(100).toDecimalPlaces(2).toString()
      : null;
  const lender = sw.lender ?? (ko ? '다른 금융회사' : 'another lender');
  return [
    ko
      ? koText`${sw.totalCost.text}은/는 ${lender} 새 대출로 옮길 때 드는 비용의 추정치입니다: ${l.lender} 대출의 중도상환수수료 ${sw.prepaymentFee.text}${fees.gt(0) ? koText`에 새 대출 부대비용 ${w(fees)}을/를 더한 금액${share && r.balance ? `(대출금 ${r.balance.text}의 약 ${share}%)` : ''}` : ''}입니다.`
      : `The ${sw.totalCost.text} is an estimate of what moving to ${sw.lender ? lenderInEnglish(sw.lender) : lender} costs: ${l.lender ? lenderInEnglish(l.lender) : 'the current lender'}’s prepayment fee of ${sw.prepaymentFee.text}${fees.gt(0) ? ` plus the new loan’s own costs of ${w(fees)}${share && r.balance ? ` (about ${share}% of the ${r.balance.text} borrowed)` : ''}` : ''}.`,
    ko
      ? `새 대출 부대비용에는 보통 인지세(대출금 1억원 초과면 15만원을 은행과 반씩 내 7만5천원)${l.kind === 'JEONSE' ? '와 전세대출 보증료(보증기관·보증금액에 따라 다름)' : '와 담보·보증 관련 비용'}가 들어가고, 정확한 금액은 갈아탈 금융회사의 대출 상담에서 확인하실 수 있습니다.`
      : `A new loan’s own costs are usually stamp duty (₩150,000 on a loan over ₩100 million, split with the bank: ₩75,000 each)${l.kind === 'JEONSE' ? ' and the jeonse guarantee fee (by guarantor and amount)' : ' and collateral or guarantee costs'}; the lender you switch to confirms the exact amount.`,
  ];
}
