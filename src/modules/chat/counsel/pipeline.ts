import Decimal from 'decimal.js';
// The counselling pipeline behind the chat engine (see counsellor.ts): guardrails → topic → (general) a friendly
// reply; (staff) the FAQ bot over the cached import summaries; (finance) emotion + scenario + the data the intent
// needs, through the same tools a model may call → the offline reply from the advice templates and the messages
// an LLM receives. Nothing here persists or streams.
import { createHash } from 'node:crypto';
import type { RequestContext } from '../../../common/context';
import { addDays, addMonths, koreanDate } from '../../../common/dates';
import { formatQuarter, parseQuarter, previousQuarter } from '../../../common/quarters';
import type { ChatMessage, ToolCall } from '../../../platform/llm';
import {
  analyseEmotionText,
  emotionModel,
  findCues,
  sarcasticAboutMoney,
  type EmotionResult,
} from '../../emotion';
import {
  classifyTopicText,
  COSTLIEST_LOAN,
  extractSlots,
  resolveDay,
  resolveNamedMonth,
  yearPeriod,
  topicModel,
  understandMessage,
  withStatedFigures,
  asksNothing,
  ACKNOWLEDGEMENT,
  SOCIAL_SAID,
  FIRST_QUESTION_BACK,
  intentModel,
  INTENT_SLOTS,
  type CounselSlots,
  type LoanRefSlot,
  type MessageUnderstanding,
  COUNSEL_INTENTS,
  type CounselIntent,
  type PeriodSlot,
  type TopicResult,
} from '../../topics';
import { LoanStatus, type LoanEntity } from '../../loans';
import { Channel, Locality, MAX_PERIOD_MONTHS, SpendingDays, SpendingPeriodKind } from '../../spending';
import {
  citesImport,
  matchFaqEntry,
  matchIntentPhrase,
  type FaqCatalogueSnapshot,
  type FaqEntry,
} from '../../faq';
import { composeIntentReply, MONTHLY_AVERAGE_PERIOD } from './answers';
import { crisisPreface, mentionsSelfHarm } from './crisis';
import { lateLoan, planFor, resolveLoan } from './plan';
import { CounselRepository } from './counsel.repository';
import type {
  Citation,
  ChatLanguage,
  CounselInput,
  Counsellor,
  PreparedTurn,
  ToolResult,
  TurnScenario,
} from './counsellor';
import type {
  DocumentQualityFigures,
  ForecastData,
  ImportFigures,
  ImportStatusData,
  ScenarioData,
  TurnData,
} from './data';
import { TRANSACTIONS_SHOWN } from './data';
import { cutAtMonth, forecastReach } from './forecast-reach';
import {
  asksAboutAnswer,
  asksAboutIt,
  asksLink,
  asksReconcile,
  explainPrevious,
  reconcileFigures,
} from './explain';
import { detectInjection, type InjectionFinding, type OwnIdentity } from './injection';
import { detectChatLanguage } from './language';
import { twoQuestionsOf } from './two-questions';
import { buildMessages, contextOf } from './prompt';
import { reviewAnswer } from './review';
import {
  composeDocumentQualityReply,
  composeFaqReply,
  composeImportStatusReply,
  IMPORT_STATUS_QUESTION,
  faqMetricOf,
  renderFaqAnswer,
  generalReply,
  looksLikeImportQuestion,
  refusalReply,
  staffNoteReply,
  staffOnlyReply,
} from './templates';
import {
  CUSTOMER_TOOLS,
  executeTool,
  getCustomerForecast,
  getImportFigures,
  getImportStatus,
  getIndicatorForecast,
  getInsights,
  getPeers,
  getRecommendations,
  getInstalments,
  getStatement,
  daysToPayday,
  getLateness,
  getMissedLateness,
  getRecurringCharges,
  getCards,
  getInterestPaid,
  getFlagged,
  getLoans,
  getPayoff,
  getExtraRepayment,
  getPrepayment,
  getRefinance,
  getSchedule,
  getInstalmentsDue,
  getScenario,
  getSpending,
  getSpendingSummary,
  getLastRepayments,
  type SpendingSummaryArgs,
  getTransactions,
  IMPORT_TARGET_NAMES,
  loanFigures,
  RATE_SERIES,
  simulateLimit,
  STAFF_TOOLS,
  TOOL,
  TOOL_DEFINITIONS,
  ToolRefusal,
  validateArgs,
  type ToolContext,
  type ToolName,
  type ToolServices,
} from './tools';

// eslint-disable-next-line no-control-regex -- control characters are dropped before classifying
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Intents whose messages carry the customer's mood even in plain words (the emotion model is read as it is). */
const MOOD_INTENTS: ReadonlySet<CounselIntent> = new Set<CounselIntent>([
  'HARDSHIP',
  'ARREARS',
  'SUSPECTED_FRAUD',
  'GENERAL_CHAT',
]);

/** A name asked about: "UNIVERSAL STUDIOS가 뭐죠?", "뭔가요 이 KCP", "what is DUTY FREE?", "who is PAYPAL?". */
const ASKED_WHAT = /뭐|뭔|무슨|어디|누구|\bwhat\b|\bwho\b|\bwhere\b/i;

/** QA round 24 (mood24). A thing bought, not money spent: "50만원짜리 폰 사도", "can i buy a 500k phone". */
const BOUGHT =
  /짜리|(?<![가-힣])(?:사도|사면|살까|사려|산다면|사고\s?싶)|구매|구입|\b(?:buy(?:ing)?|purchas\w*|get(?:ting)? (?:a|an|the|this|that|new))\b/i;

const UPLOAD_WORDS = /(업로드|임포트|가져온\s*파일|import|upload|csv|xlsx|엑셀\s*파일)/i;

function targetOf(text: string): string | undefined {
  if (/(매출|인보이스|송장|주문|sales|revenue|invoices?|orders?)/i.test(text)) return 'SALES';
  if (/(카드\s*거래|거래\s*내역|transactions?)/i.test(text)) return 'TRANSACTIONS';
  if (/(분기\s*집계|quarters?)/i.test(text)) return 'CUSTOMER_QUARTERS';
  if (/(고객\s*(파일|명단|업로드)|customer\s*(file|import|list))/i.test(text)) return 'CUSTOMERS';
  return undefined;
}

/**
 * Schedule rows that reach the month named (one more: a due day early in the month): the next such month, or that
 * month of the year said ("2028년 3월": up to five years ahead, a loan's term rarely runs longer in a question).
 */
export function dueMonthRows(month: number, year: number | undefined, asOf: string): number {
  const now = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7));
  const ahead = year !== undefined ? year * 12 + month - now : (month - (now % 12 || 12) + 12) % 12;
  return Math.min(year !== undefined ? 61 : 12, Math.max(0, ahead) + 2);
}

/**
 * The conversation's first question recalled: "처음에 물어본 거", "맨 처음 질문", "my first question" (QA round 24, fu24) —
 * asked again when nothing else is asked; a new angle on it ("go back to my first question, how much of that was
 * groceries") is FIRST_QUESTION_BACK, read in previousUnderstanding.
 */
const FIRST_RECALLED =
  /(?:맨\s?)?처음에?\s?(?:물어본|물어봤던|여쭤본|질문한|말한|했던\s?질문)|맨\s?처음\s?질문|\bmy first question\b|\bwhat i (?:first )?asked (?:first|at the (?:start|beginning))\b/i;

/** QA round 25 (left25a). The first question asked again: "다시 말해줘", "뭐였죠", "again", "what was it". */
const FIRST_AGAIN = /다시|뭐였|뭐라고|\bagain\b|\bwhat was\b|\bremind me\b/i;
/** QA round 25 (left25a). The largest item of an answer asked: "제일 큰 게", "가장 많은", "the biggest". */
const LARGEST_OF_FIRST = /(?:제일|가장|젤)\s?(?:큰|많(?:은|이)|비싼)|\b(?:biggest|largest|the most)\b/i;

/**
 * QA round 25 (left25a). The first question with its largest item asked: a spending summary's largest category first
 * (slot `top`, the answer that names it with its amount and share); a merchant's or a category's own spending, or any
 * other question, carries `largestOfFirst` for the answer that can name its largest part (a payment's principal or
 * interest, the largest of the money going out before payday) — else it is answered again as it was.
 */
export function largestOfFirst(first: MessageUnderstanding): MessageUnderstanding {
  const s = first.slots;
  if (
    first.intent === 'SPENDING' &&
    !s.merchant &&
    !s.category &&
    !s.cardBill &&
    !s.compare &&
    !s.monthlyAverage &&
    !s.largest
  )
    return { ...first, slots: { ...s, top: true } };
  return { ...first, slots: { ...s, largestOfFirst: true } };
}

/**
 * The understanding of the previous user turn, read as a chain over the user turns of the history window (each against
 * the one before), so a follow-up ("그럼 전세대출은요?", "and last quarter?") inherits its intent and slots — also the third
 * in a row ("whats my card bill this month" → "and last month?" → "when do i have to pay it?": read against a lone
 * "and last month?" it lost the card). Recomputed from the history: pure and cheap (≈ 1 ms a turn), nothing extra is
 * stored per message. QA round 24 (mood24): the whole window, not its last four user turns — after thanks and small
 * talk ("고마워요", "오늘 날씨 좋네요", "ㅎㅎ", "알겠어요") the subject of the latest finance turn is still the one a short
 * follow-up ("0%면요?") continues, however many such turns came between.
 */
export function previousUnderstanding(
  history: readonly ChatMessage[],
  exampleIntentOf: (text: string) => CounselIntent | null = () => null,
  current?: string,
): MessageUnderstanding | null {
  const said = history.filter((m) => m.role === 'user');
  // QA round 24 (en24a). "go back to my first question, how much of that was groceries": the conversation's first
  // question is the one continued (was read against the turn just before, and answered as small talk).
  const users = (current && FIRST_QUESTION_BACK.test(current) ? said.slice(0, 1) : said).map((m) =>
    m.content.replace(CONTROL, ' '),
  );
  let previous: MessageUnderstanding | null = null;
  for (const text of users) {
    const understood = understandMessage(text, previous, exampleIntentOf(text));
    // QA round 23 (chat23). An interjection between a question and its follow-up ("이번달 카드값 얼마야" → "헉 많네" →
    // "그럼 대출이자까지 하면?") leaves the question being talked about.
    // QA round 25 (left25b): so is a question about the answer ("what does insurance have to do with it"), and "how do i
    // get it to 80" after it continues the score.
    const interjection =
      (understood.intent === 'GENERAL_CHAT' && (asksNothing(text) || asksAboutAnswer(text))) ||
      asksLink(text);
    if (!(interjection && previous && previous.intent !== 'GENERAL_CHAT')) previous = understood;
  }
  return previous;
}

/**
 * QA round 25 (left25b). The answer a "wdym by that last line" is about: the latest assistant answer that was not itself
 * such an explanation (asked twice, the answer explained is the same one, not the explanation).
 */
function answerAsked(history: readonly ChatMessage[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].role !== 'assistant') continue;
    const asked = history.slice(0, i).findLast((m) => m.role === 'user');
    if (!asked || !asksAboutAnswer(asked.content)) return history[i].content;
  }
  return undefined;
}

/** QA round 27 (helper en27). A saving asked (not the month's money left, a budget or a deposit's interest). */
function savingsUsual(intent: CounselIntent, slots: CounselSlots): boolean {
  // QA round 28 (ko28). An uneven income's answer says what a usual month leaves after the loans too.
  if (intent === 'HARDSHIP') return !!slots.irregularIncome;
  return (
    intent === 'SAVINGS' &&
    !slots.leftThisMonth &&
    !slots.budget &&
    !slots.depositInterest &&
    !slots.saveMonthly &&
    !slots.goalAtPace
  );
}

/**
 * QA round 27 (helper en27). The conversation's answers, oldest first, that answered a question (not those that
 * explained or reconciled an earlier answer).
 */
function answersGiven(history: readonly ChatMessage[]): string[] {
  return history.flatMap((m, i) => {
    if (m.role !== 'assistant') return [];
    const asked = history.slice(0, i).findLast((x) => x.role === 'user');
    return asked && asksAboutAnswer(asked.content) ? [] : [m.content];
  });
}

/** The intent of the ADMIN-managed example phrase a message equals, if any. */
function exampleIntentIn(catalogue: FaqCatalogueSnapshot | null): (text: string) => CounselIntent | null {
  return (text) => {
    const hit = catalogue ? matchIntentPhrase(catalogue.phrases, text) : null;
    return hit && (COUNSEL_INTENTS as readonly string[]).includes(hit.intent)
      ? (hit.intent as CounselIntent)
      : null;
  };
}

/** The turn's topic as stored on the message: FINANCE with the fine-grained intent. */
function asFinanceTopic(topic: TopicResult, u: MessageUnderstanding): TopicResult {
  return {
    ...topic,
    topic: 'FINANCE',
    confidence: Math.max(topic.topic === 'FINANCE' ? topic.confidence : 0, u.confidence),
  };
}

/**
 * QA round 24 (mood24). Thanks, a goodbye or an acknowledgement ("알겠어요 고마워요" after a hardship talk) is stored as
 * general chat: the topic model alone read it FINANCE with a coarse finance intent (REPAYMENT_TROUBLE), which the
 * message's tag then carried though the reply was the thanks line.
 */
function socialTopic(topic: TopicResult, text: string): TopicResult {
  if (!SOCIAL_SAID.test(text) && !ACKNOWLEDGEMENT.test(text)) return topic;
  return {
    ...topic,
    topic: 'GENERAL',
    // Said by rule (the understanding's), so certain.
    confidence: 1,
    intent: null,
  };
}

/** A period slot as spendingSummary arguments (default: this month). */
/** A period slot as the spending API's period and month count. */
function periodOf(period: PeriodSlot): {
  kind: SpendingPeriodKind;
  months?: number;
  from?: string;
  through?: string;
} {
  // "최근 7일", "11월 1일부터 오늘까지": the days the turn resolved (resolveNamedMonth); unresolved, this month.
  if (period.kind === 'LAST_N_DAYS' || period.kind === 'DATES')
    return period.range
      ? { kind: SpendingPeriodKind.DATES, from: period.range.from, through: period.range.through }
      : { kind: SpendingPeriodKind.THIS_MONTH };
  return {
    kind: period.kind as SpendingPeriodKind,
    ...('months' in period ? { months: Math.min(MAX_PERIOD_MONTHS, period.months) } : {}),
  };
}

/**
 * QA round 22 (verdict). The months "am i overspending?" is judged on: the last three complete calendar months
 * (this month, still running, is not a month's worth of spending). QA round 23 (spend23): the one base of every
 * "monthly card spending" figure (answers.ts `monthlyCardSpending`): the savings, budget, hardship and goal answers.
 */
export const VERDICT_MONTHS = 3;
export function cardSpendingMonths(asOf: string): PeriodSlot {
  const first = `${asOf.slice(0, 7)}-01`;
  const from = addMonths(first, -VERDICT_MONTHS);
  return {
    kind: 'DATES',
    from: { month: Number(from.slice(5, 7)), day: 1 },
    range: { from, through: addDays(first, -1) },
  };
}

/** A category's charges read to see which companies charged it month by month ("왜 매달 회사가 달라요?"). */
const SWITCH_ROWS = 12;

/** "절반 갚으면?": that share of the principal left, to the won (down); undefined without a share. */
function shareOf(balance: string, share: number | undefined): string | undefined {
  return share ? new Decimal(balance).mul(share).floor().toFixed(0) : undefined;
}

/**
 * QA round 25 (fixko2). The prepayment that brings `balance` down to `target` ("1.5억으로 줄이려면"): the difference;
 * undefined when the loan is already at or below it.
 */
export function amountToTarget(balance: string, target: string | undefined): string | undefined {
  if (!target) return undefined;
  const d = new Decimal(balance).minus(target);
  return d.gt(0) ? d.toFixed(0) : undefined;
}

export function periodArgs(
  period: PeriodSlot | undefined,
  slots: Pick<
    CounselSlots,
    | 'category'
    | 'merchant'
    | 'overseas'
    | 'online'
    | 'weekend'
    | 'topMerchant'
    | 'frequentMerchant'
    | 'topDay'
  > = {},
): SpendingSummaryArgs {
  const { kind, months, from, through } = periodOf(period ?? { kind: 'THIS_MONTH' });
  return {
    period: kind,
    ...(months !== undefined ? { months } : {}),
    ...(from !== undefined ? { from, through } : {}),
    ...(slots.category ? { category: slots.category } : {}),
    ...(slots.merchant ? { merchant: slots.merchant } : {}),
    ...(slots.overseas !== undefined
      ? { locality: slots.overseas ? Locality.OVERSEAS : Locality.DOMESTIC }
      : {}),
    ...(slots.online !== undefined ? { channel: slots.online ? Channel.ONLINE : Channel.OFFLINE } : {}),
    ...(slots.weekend !== undefined
      ? { days: slots.weekend ? SpendingDays.WEEKENDS : SpendingDays.WEEKDAYS }
      : {}),
    ...(slots.topMerchant && !slots.merchant ? { byMerchant: true } : {}),
    ...(slots.frequentMerchant && !slots.merchant ? { byMerchant: 'COUNT' as const } : {}),
    ...(slots.topDay ? { byDay: true } : {}),
  };
}

/**
 * The usual months a month is compared with ("평소보다 이번 달에 많이 쓴 것 같아요"): the three complete months before
 * it, oldest last; null for a period that is not one month.
 */
export function usualMonths(period: PeriodSlot | undefined): PeriodSlot[] | null {
  const kind = period?.kind ?? 'THIS_MONTH';
  const ago =
    kind === 'THIS_MONTH'
      ? 0
      : kind === 'LAST_MONTH'
        ? 1
        : period?.kind === 'MONTHS_AGO'
          ? period.months
          : null;
  if (ago === null || ago + 3 > MAX_PERIOD_MONTHS) return null;
  return [1, 2, 3].map((i) => ({ kind: 'MONTHS_AGO', months: ago + i }));
}

/**
 * The two periods a comparison question sets side by side, current first: "지난달보다 이번 달에 더 썼나요?" and "did I
 * spend more this month?" are this month against last month (a named day, week, month, quarter or year and the one before it;
 * none for "the last N months").
 */
export function comparedPeriods(period: PeriodSlot | undefined): [PeriodSlot, PeriodSlot] | null {
  // "3분기랑 2분기 비교해줘", "9월부터 10월까지 … 그 전 두 달이랑": whole months against as many months just before them.
  if (period?.kind === 'DATES' && period.range) {
    const { from, through } = period.range;
    const months =
      (Number(through.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(through.slice(5, 7)) -
      Number(from.slice(5, 7)) +
      1;
    const wholeMonths = from.endsWith('-01') && addDays(through, 1).endsWith('-01');
    if (!wholeMonths || months > MAX_PERIOD_MONTHS / 2) return null;
    const before = { from: addMonths(from, -months), through: addDays(from, -1) };
    const md = (iso: string) => ({
      year: Number(iso.slice(0, 4)),
      month: Number(iso.slice(5, 7)),
      day: Number(iso.slice(8, 10)),
    });
    return [period, { kind: 'DATES', from: md(before.from), through: md(before.through), range: before }];
  }
  if (period?.kind === 'MONTHS_AGO')
    return period.months < MAX_PERIOD_MONTHS
      ? [
          period,
          {
            kind: 'MONTHS_AGO',
            months: period.months + 1,
            // "10월에 9월보다 더 썼어?": a named month is compared with the month before it, named too.
            ...(period.month ? { month: period.month === 1 ? 12 : period.month - 1 } : {}),
          },
        ]
      : null;
  switch (period?.kind ?? 'THIS_MONTH') {
    case 'TODAY':
    case 'YESTERDAY':
      return [{ kind: 'TODAY' }, { kind: 'YESTERDAY' }];
    case 'THIS_WEEK':
    case 'LAST_WEEK':
      return [{ kind: 'THIS_WEEK' }, { kind: 'LAST_WEEK' }];
    case 'THIS_MONTH':
    case 'LAST_MONTH':
      return [{ kind: 'THIS_MONTH' }, { kind: 'LAST_MONTH' }];
    case 'THIS_QUARTER':
    case 'LAST_QUARTER':
      return [{ kind: 'THIS_QUARTER' }, { kind: 'LAST_QUARTER' }];
    case 'THIS_YEAR':
    case 'LAST_YEAR':
      return [{ kind: 'THIS_YEAR' }, { kind: 'LAST_YEAR' }];
    // "올 상반기랑 하반기 중에 언제 더 많이 썼어?": the latest half begun against the one before it.
    case 'FIRST_HALF':
    case 'SECOND_HALF':
      return [{ kind: 'SECOND_HALF' }, { kind: 'FIRST_HALF' }];
    default:
      return null;
  }
}

/**
 * The days of a spending summary a year earlier (2026-11-01…2026-11-28 → 2025-11-01…2025-11-28; a month's last day
 * stays its last day: 2025-02-28 → 2024-02-29), as a DATES period.
 */
export function yearEarlier(days: { from: string; through: string }): PeriodSlot {
  const range = {
    from: addMonths(days.from, -12),
    through: addDays(addMonths(addDays(days.through, 1), -12), -1),
  };
  const md = (iso: string) => ({
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  });
  return { kind: 'DATES', from: md(range.from), through: md(range.through), range };
}

/** Last month as a month back, so that it is compared with the month before it (not with this month). */
const LAST_COMPLETE_MONTH = { kind: 'MONTHS_AGO', months: 1 } as const;

/**
 * The instalments a question sums, on `today` (YYYY-MM-DD): a month's outgoings ("12월에 나갈 돈") all those due in the
 * month `monthAhead`, paid or not; the interest to a date ("3월까지 이자") the unpaid ones due from today through
 * that month's end — or in next calendar year ("내년에 내야 할 이자"). Null for any other question.
 */
export function instalmentSpan(
  slots: Pick<
    CounselSlots,
    'outgoings' | 'outgoingsNext' | 'interestTo' | 'monthAhead' | 'nextYear' | 'dueBy'
  >,
  today: string,
): { from: string; through: string; open: boolean } | null {
  // QA round 23 (date23). "12월 21일 전에 얼마 준비해야돼요?", "what's due this week": the instalments not yet paid, from
  // today through that day.
  if (slots.dueBy) return { from: today, through: resolveDay(slots.dueBy, today), open: true };
  if (!slots.outgoings && !slots.interestTo) return null;
  if (slots.interestTo && slots.nextYear) {
    const year = Number(today.slice(0, 4)) + 1;
    return { from: `${year}-01-01`, through: `${year}-12-31`, open: true };
  }
  const month = addMonths(`${today.slice(0, 7)}-01`, slots.monthAhead ?? 0);
  // QA round 25 (fixko2): this month's outgoings and next month's, both months' instalments.
  const through = addDays(addMonths(month, slots.outgoingsNext ? 2 : 1), -1);
  return slots.outgoings ? { from: month, through, open: false } : { from: today, through, open: true };
}

/** Open schedule rows read to find the last instalment (a 40-year mortgage has 480). */
const LAST_INSTALMENT_SEARCH = 480;

/** Where the figures of a finance answer came from. */
function citationsOf(scenario: ScenarioData | undefined, data: TurnData): Citation[] {
  const citations: Citation[] = [];
  if (scenario)
    citations.push({ source: `scenario:${scenario.thresholdVersion}`, label: scenario.label ?? 'scenario' });
  if (data.loans)
    citations.push({ source: 'loans', label: `${data.loans.count} loans as of ${data.loans.asOf}` });
  if (data.schedule)
    citations.push({ source: `schedule:${data.schedule.loanNumber}`, label: data.schedule.loanNumber });
  if (data.simulation?.evaluationDate)
    citations.push({
      source: 'simulation:loan-limit',
      label: `DSR simulation ${data.simulation.evaluationDate}`,
    });
  if (data.refinance)
    citations.push({
      source: `refinance:${data.refinance.loanNumber}`,
      label: `refinance offers ${data.refinance.asOf}`,
    });
  if (data.spendingSummary)
    citations.push({
      source: `spending:${data.spendingSummary.from}..${data.spendingSummary.through}`,
      label: `card spending ${data.spendingSummary.from} – ${data.spendingSummary.through}`,
    });
  for (const q of data.spending?.quarters.slice(0, 1) ?? [])
    citations.push({ source: `spending:${q.quarter}`, label: `card spending ${q.quarter}` });
  if (data.anomalies)
    citations.push({ source: `anomalies:${data.anomalies.quarter}`, label: 'flagged transactions' });
  if (data.insights) citations.push({ source: `insights:${data.insights.quarter}`, label: 'health score' });
  if (data.instalments)
    citations.push({ source: `instalments:${data.instalments.asOf}`, label: 'card instalment plans' });
  if (data.recurring)
    citations.push({ source: `recurring:${data.recurring.asOf}`, label: 'charges repeated monthly' });
  if (data.peers)
    citations.push({
      source: `peers:${data.peers.quarter}:${data.peers.level}`,
      label: `${data.peers.size} similar customers, ${data.peers.quarter}`,
    });
  if (data.recommendations)
    citations.push({ source: 'recommendations', label: 'products for you (rules and similar customers)' });
  for (const f of data.forecasts ?? [])
    citations.push({
      source: `forecast:${f.kind === 'CUSTOMER' ? `customer.${f.series}` : f.series}@${f.version ?? f.lastObservedPeriod}:${f.method}`,
      label: f.label,
    });
  return citations;
}

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

export interface PipelineOptions {
  /** Reports a data fetch that failed (the turn goes on without that block). */
  onFetchError?: (ctx: RequestContext, tool: string, error: unknown) => void;
}

const WITHHELD: Record<ChatLanguage, string> = {
  ko: '[보안 정책에 따라 메시지가 보류되었습니다]',
  en: '[message withheld by the guardrail]',
};

/** The tools in the order the allowlist names them (toolsUsed, citations and the audit read the same way every time). */
const TOOL_ORDER: readonly string[] = Object.values(TOOL);

/** QA round 22 (loanleft). The income rise shown beside why a limit is low ("why so little"): 10 %. */
const LIMIT_WHY_INCOME_RISE = '0.10';

export class CounsellingPipeline implements Counsellor {
  /** Results of the model's allowed tool calls per turn: figures from them are grounded too (review). */
  private readonly toolOutputs = new WeakMap<PreparedTurn, string[]>();

  constructor(
    private readonly services: ToolServices,
    private readonly repository = new CounselRepository(),
    private readonly options: PipelineOptions = {},
  ) {}

  private modelVersions(): string {
    return `${topicModel().version}+${intentModel().version}+${emotionModel().version}`;
  }

  async prepare(ctx: RequestContext, input: CounselInput): Promise<PreparedTurn> {
    const turn = await this.prepareTurn(ctx, input);
    if (!mentionsSelfHarm(input.text)) return turn;
    // Safety before anything else: the crisis lines lead whatever answer follows (and the answer cache keeps
    // such a turn apart from the same question asked without them).
    return Object.assign(turn, {
      preface: crisisPreface(turn.language),
      dataVersion: hash({ dataVersion: turn.dataVersion, crisis: true }),
      auditData: { ...turn.auditData, crisis: true },
    });
  }

  private async prepareTurn(ctx: RequestContext, input: CounselInput): Promise<PreparedTurn> {
    const text = input.text.replace(CONTROL, ' ');
    const language = detectChatLanguage(text, input.history);
    const topic = classifyTopicText(text);
    const staff = input.viewerRole !== 'CUSTOMER';
    const customerId = staff ? null : input.customerId;

    // Guardrail first: nothing read reaches the prompt or answer of a refused message. Its own reads run together,
    // and beside the customer and loans they check against (each round trip is added to the time to first token):
    // the stored-name lookups exclude the session customer's own name in SQL, so they need not wait for it; the
    // message's is simply not used when the injection check already refuses it. The loans' figures start loading
    // as soon as the loans are known (warmLoanFigures).
    const own: OwnIdentity = {};
    const userTexts = input.history.filter((m) => m.role === 'user').map((m) => m.content);
    const ownLoans = customerId ? this.services.loans.forCustomer(ctx, customerId) : null;
    if (ownLoans) this.warmLoanFigures(ctx, ownLoans);
    const [me, loans, messageNamesOther, historyNamesOther, catalogue] = await Promise.all([
      customerId ? this.services.customers.getById(ctx, customerId) : null,
      ownLoans,
      staff ? false : this.repository.mentionsOtherCustomer(ctx, text, customerId),
      // One statement for the history window; only a hit is narrowed down message by message (safeHistory).
      !staff && userTexts.length > 0
        ? this.repository.mentionsOtherCustomer(ctx, userTexts.join('\n'), customerId)
        : false,
      // Needed by the understanding unless the message is refused.
      this.faqCatalogue(ctx),
    ]);
    if (me && loans)
      Object.assign(own, {
        name: me.name,
        customerNumber: me.customerNumber,
        customerId,
        ownIds: loans.map((l) => l.id),
      });
    let finding = detectInjection(text, own);
    if (!finding && messageNamesOther)
      finding = { kind: 'OTHER_CUSTOMER', rule: 'names-stored-customer', encoded: false };
    // Earlier user turns that were refused (an injection, another customer's name) never reach a model again.
    const history = await this.safeHistory(ctx, input.history, own, customerId, historyNamesOther, language);
    input = { ...input, history };
    if (finding) return this.refused(input, language, topic, finding);

    // Understanding: the fine-grained intent and its slots, a follow-up inheriting the previous question's; an
    // ADMIN-managed example phrase the message equals decides the intent first.
    const exampleIntentOf = exampleIntentIn(catalogue);
    const previous = await this.previousTurn(input, customerId, exampleIntentOf, text);
    const understood = understandMessage(text, previous, exampleIntentOf(text));
    // "죽고 싶다는 생각도 들어요": the crisis lines promise the money help below them (prepare), so a customer's
    // message of self-harm is never chit-chat — it is answered as hardship; so is one the model only guessed at
    // ("i mean it. i dont want to be here" read as savings): nothing in it asks another question.
    // "10월에 얼마 썼어?": the month named is the latest such month, on the day of the turn.
    let understanding = resolveNamedMonth(
      // QA round 24 (fu24). An income or income cut stated earlier in the conversation, for the question needing it.
      withStatedFigures(
        (understood.intent === 'GENERAL_CHAT' || Object.keys(understood.slots).length === 0) &&
          !staff &&
          customerId &&
          mentionsSelfHarm(text)
          ? { ...understood, intent: 'HARDSHIP' as const, slots: extractSlots(text, 'HARDSHIP') }
          : understood,
        text,
        input.history.filter((m) => m.role === 'user').map((m) => m.content),
      ),
      koreanDate(ctx.now()),
    );
    // QA round 24 (fu24). "처음에 물어본 거 중에 제일 큰 게 뭐였죠", "what was my first question again?" with no subject
    // of its own: the conversation's first question, answered again on today's data (was small talk).
    // QA round 25 (left25a). Also with a subject that is the first question's own ("아까 처음에 물어본 카드값 그거 다시
    // 말해줘": was this month's bill, where the first answer led with this month's use), and its largest item asked
    // ("처음에 물어본 거 중에 제일 큰 게 뭐예요?": that answer's largest, first — `largestOfFirst`).
    const firstAsked = FIRST_RECALLED.test(text)
      ? input.history.find((m) => m.role === 'user')?.content.replace(CONTROL, ' ')
      : undefined;
    if (firstAsked) {
      const first = resolveNamedMonth(
        understandMessage(firstAsked, null, exampleIntentOf(firstAsked)),
        koreanDate(ctx.now()),
      );
      const noSubject =
        understanding.intent === 'GENERAL_CHAT' ||
        (understanding.intent === 'PRODUCT_QUESTION' && Object.keys(understanding.slots).length === 0);
      const largest = LARGEST_OF_FIRST.test(text);
      if (noSubject || ((largest || FIRST_AGAIN.test(text)) && understanding.intent === first.intent))
        understanding = largest ? largestOfFirst(first) : first;
    }
    // "UNIVERSAL STUDIOS가 뭐죠?", "what is MARRIOTT?": a name the models do not know (chit-chat, or a product question
    // about no term of ours), asked about, that is a merchant of the customer's own transactions — that charge asked
    // what it is (QA round 25: identified first; why and the steps only when it is itself flagged).
    const unplaced =
      understanding.intent === 'GENERAL_CHAT' ||
      (understanding.intent === 'PRODUCT_QUESTION' && Object.keys(understanding.slots).length === 0);
    if (unplaced && !staff && customerId && ASKED_WHAT.test(text)) {
      const merchant = await this.services.spending
        .merchantNamedIn(ctx, customerId, text)
        .catch((error: unknown) => void this.options.onFetchError?.(ctx, 'merchantNames', error));
      if (merchant)
        understanding = {
          ...understanding,
          intent: 'SUSPECTED_FRAUD',
          // QA round 25 (left25c): asked what it is, the charge identified first (chargeAsked).
          slots: { ...extractSlots(text, 'SUSPECTED_FRAUD'), merchant, chargeAsked: true },
        };
    }
    const general = understanding.intent === 'GENERAL_CHAT';
    // "이미지상태" / "신뢰도" / "is my document OK?": before the upload-word routing, which would claim it.
    if (understanding.intent === 'DOCUMENT_QUALITY' && (staff || customerId))
      return this.documentQuality(ctx, input, language, topic, understanding, customerId);
    if (staff) {
      const entry = catalogue ? matchFaqEntry(catalogue.entries, text) : null;
      if (entry || looksLikeImportQuestion(text) || understanding.intent === 'IMPORT_FAQ')
        return this.faq(ctx, input, language, topic, text, entry, catalogue?.version ?? null);
      if (general) return this.general(input, language, topic);
      return this.general(input, language, topic, staffNoteReply(language));
    }
    // QA round 25 (left25b). "wdym by that last line", "what does insurance have to do with it": the answer just given,
    // its line asked about said in plain words (was small talk).
    // A word of the answer asked about ("보험이랑 무슨 상관이에요?", read as the insurance spending) whatever the intent.
    // QA round 27 (helper en27). "you told me a different number", "that's not what you said before": the earlier
    // figure and the latest reconciled from the conversation's answers (was small talk).
    const reconciled =
      customerId && asksReconcile(text) ? reconcileFigures(answersGiven(input.history), language) : null;
    if (reconciled)
      return {
        ...this.general(input, language, { ...topic, topic: 'GENERAL', intent: null }, reconciled),
        dataVersion: hash({ kind: 'RECONCILED', language, answer: reconciled }),
      };
    const lastAnswer =
      (general || asksLink(text) || asksAboutIt(text)) && customerId ? answerAsked(input.history) : undefined;
    const explained = lastAnswer ? explainPrevious(lastAnswer, text, language) : null;
    if (explained && lastAnswer)
      return {
        ...this.general(input, language, { ...topic, topic: 'GENERAL', intent: null }, explained),
        dataVersion: hash({ kind: 'EXPLAINED', language, answer: lastAnswer }),
      };
    if (general || !customerId) {
      if (UPLOAD_WORDS.test(text)) return this.general(input, language, topic, staffOnlyReply(language));
      return this.general(input, language, general ? socialTopic(topic, text) : topic);
    }
    if (understanding.intent === 'IMPORT_FAQ' || UPLOAD_WORDS.test(text))
      return this.general(input, language, topic, staffOnlyReply(language));
    // QA round 24 (fu24). "다음 납입일 언제고 이번달 편의점 얼마 썼어요?": two questions, both answered in order (the
    // second was dropped).
    const pair = twoQuestionsOf(text);
    if (pair) {
      const one = resolveNamedMonth(understandMessage(pair[0], previous), koreanDate(ctx.now()));
      const two = resolveNamedMonth(understandMessage(pair[1], one), koreanDate(ctx.now()));
      if (
        one.intent !== 'GENERAL_CHAT' &&
        two.intent !== 'GENERAL_CHAT' &&
        // "재무건강점수 몇점이고 왜 그런거에요?": one question's two angles, answered once by the whole message (was the
        // score's answer twice).
        one.intent !== two.intent
      ) {
        const first = await this.finance(
          ctx,
          input,
          language,
          asFinanceTopic(topic, one),
          pair[0],
          customerId,
          await this.withNamedMerchant(ctx, customerId, pair[0], one),
        );
        const second = await this.finance(
          ctx,
          input,
          language,
          asFinanceTopic(topic, two),
          pair[1],
          customerId,
          await this.withNamedMerchant(ctx, customerId, pair[1], two),
        );
        return this.bothAnswered(first, second);
      }
    }
    return this.finance(
      ctx,
      input,
      language,
      asFinanceTopic(topic, understanding),
      text,
      customerId,
      await this.latestTrip(
        ctx,
        customerId,
        language,
        await this.withNamedMerchant(ctx, customerId, text, understanding),
      ),
    );
  }

  /** QA round 24 (fu24). Two questions of one message: the first's turn, the second's answer after its own. */
  private bothAnswered(first: PreparedTurn, second: PreparedTurn): PreparedTurn {
    const turn: PreparedTurn = {
      ...first,
      toolsUsed: [...new Set([...first.toolsUsed, ...second.toolsUsed])].sort(
        (a, b) => TOOL_ORDER.indexOf(a) - TOOL_ORDER.indexOf(b),
      ),
      citations: [
        ...first.citations,
        ...second.citations.filter((c) => !first.citations.some((f) => hash(f) === hash(c))),
      ],
      dataVersion: hash([first.dataVersion, second.dataVersion]),
      offlineReply: `${first.offlineReply}\n\n${second.offlineReply}`,
    };
    this.toolOutputs.set(turn, [
      ...(this.toolOutputs.get(first) ?? []),
      ...(this.toolOutputs.get(second) ?? []),
      second.offlineReply,
    ]);
    return turn;
  }

  /**
   * The previous turn's understanding (previousUnderstanding over the history window). QA round 24 (mood24): when the
   * window holds no finance turn (more thanks and small talk since than it keeps), the chain starts from the
   * conversation's latest finance turn, read back on demand — "0%면요?" after a loan-rate talk and any number of
   * "고마워요", "ㅎㅎ" continues that talk.
   */
  private async previousTurn(
    input: CounselInput,
    customerId: string | null,
    exampleIntentOf: (text: string) => CounselIntent | null,
    current: string,
  ): Promise<MessageUnderstanding | null> {
    const window = previousUnderstanding(input.history, exampleIntentOf, current);
    const general = !window || window.intent === 'GENERAL_CHAT';
    if (!general || !customerId || !input.financeThread || !input.history.some((m) => m.role === 'user'))
      return window;
    const thread = await input.financeThread().catch(() => [] as readonly string[]);
    if (thread.length === 0) return window;
    const earlier: ChatMessage[] = thread.map((content) => ({ role: 'user', content }));
    return previousUnderstanding([...earlier, ...input.history], exampleIntentOf, current);
  }

  /**
   * QA round 24 (spend24). "부끄럽네요 여행가서 너무 많이 썼어요": the latest trip — the month of the newest purchase
   * abroad (with the flights paid at home, as "일본여행때 얼마씀?"), else of the newest travel purchase, else the last 12
   * months' travel — not this month's travel (0원).
   */
  private async latestTrip(
    ctx: RequestContext,
    customerId: string,
    language: ChatLanguage,
    u: MessageUnderstanding,
  ): Promise<MessageUnderstanding> {
    if (u.intent !== 'SPENDING' || !u.slots.tripRegret) return u;
    const t: ToolContext = { ctx, customerId, language, services: this.services };
    const today = koreanDate(ctx.now());
    const newest = async (asked: { overseas?: boolean; category?: string }) =>
      (await getTransactions(t, 1, asked).catch(() => null))?.transactions[0]?.occurredAt.slice(0, 7);
    const monthOf = (ym: string): PeriodSlot | null => {
      const back =
        (Number(today.slice(0, 4)) - Number(ym.slice(0, 4))) * 12 +
        Number(today.slice(5, 7)) -
        Number(ym.slice(5, 7));
      if (back < 0 || back >= 12) return null;
      return back === 0
        ? { kind: 'THIS_MONTH' }
        : { kind: 'MONTHS_AGO', months: back, month: Number(ym.slice(5, 7)) };
    };
    const abroad = await newest({ overseas: true });
    const abroadMonth = abroad ? monthOf(abroad) : null;
    if (abroadMonth)
      return {
        ...u,
        slots: { tripRegret: true, overseas: true, withFlights: true, period: abroadMonth },
      };
    const home = await newest({ category: 'TRAVEL' });
    return {
      ...u,
      slots: {
        tripRegret: true,
        category: 'TRAVEL',
        period: (home && monthOf(home)) || { kind: 'LAST_N_MONTHS', months: 12 },
      },
    };
  }

  /**
   * Slots resolve against the customer's data: a question that takes a merchant and names none of the known brands
   * may name a merchant of the customer's own transactions ("Why was I charged by DUTY FREE?", "하나투어 결제 내역").
   */
  private async withNamedMerchant(
    ctx: RequestContext,
    customerId: string,
    text: string,
    u: MessageUnderstanding,
  ): Promise<MessageUnderstanding> {
    if (u.slots.merchant || !INTENT_SLOTS[u.intent].includes('merchant')) return u;
    const merchant = await this.services.spending
      .merchantNamedIn(ctx, customerId, text)
      .catch((error: unknown) => void this.options.onFetchError?.(ctx, 'merchantNames', error));
    return merchant ? { ...u, slots: { ...u.slots, merchant } } : u;
  }

  private async safeHistory(
    ctx: RequestContext,
    history: readonly ChatMessage[],
    own: OwnIdentity,
    customerId: string | null,
    /** Whether the window's user turns, read as one text, name another stored customer (never for staff). */
    anyNamed: boolean,
    language: ChatLanguage,
  ): Promise<ChatMessage[]> {
    const out: ChatMessage[] = [];
    for (const m of history) {
      if (m.role !== 'user') {
        out.push(m);
        continue;
      }
      const text = m.content.replace(CONTROL, ' ');
      const bad =
        detectInjection(text, own) !== null ||
        (anyNamed && (await this.repository.mentionsOtherCustomer(ctx, text, customerId)));
      out.push(bad ? { role: 'user', content: WITHHELD[language] } : m);
    }
    return out;
  }

  /** The fields of a turn without data: no emotion, scenario, tools or citations. */
  private base(
    language: ChatLanguage,
    topic: TopicResult,
  ): Pick<PreparedTurn, 'language' | 'topic' | 'emotion' | 'scenario' | 'toolsUsed' | 'citations' | 'tools'> {
    return { language, topic, emotion: null, scenario: null, toolsUsed: [], citations: [], tools: [] };
  }

  private refused(
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    finding: InjectionFinding,
  ): PreparedTurn {
    const reply = refusalReply(finding.kind, language);
    return {
      ...this.base(language, topic),
      dataVersion: hash({ kind: 'REFUSED', rule: finding.rule, language }),
      // The user's text is withheld: it may carry the injection or another customer's name.
      llmMessages: buildMessages({
        kind: 'REFUSED',
        language,
        history: input.history,
        context: { answerKind: 'REFUSED', reason: finding.kind, refusal: reply },
        userText:
          language === 'ko'
            ? '[보안 정책에 따라 메시지가 보류되었습니다]'
            : '[message withheld by the guardrail]',
      }),
      offlineReply: reply,
      answerKind: 'REFUSED',
      auditData: {
        viewerRole: input.viewerRole,
        customerId: input.customerId,
        guardrail: { kind: finding.kind, rule: finding.rule, encoded: finding.encoded },
      },
    };
  }

  private general(
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    reply?: string,
  ): PreparedTurn {
    // The mood picks the small-talk opener, and the turn reports it (QA round 22).
    // "🤔", "ㅇㅇ": no words to read a mood from — no "속상하셨겠어요".
    const analysed = analyseEmotionText(input.text);
    const read: EmotionResult = /[가-힣a-z]{2,}/i.test(input.text)
      ? analysed
      : { ...analysed, label: 'NEUTRAL', intensity: 0 };
    const mood = read.label;
    const offlineReply = reply ?? generalReply(input.text, language, mood);
    return {
      ...this.base(language, topic),
      // QA round 22 (shortfu). A general turn carries the mood it was read with (was none: emotion undefined).
      emotion: read,
      dataVersion: hash({
        kind: 'GENERAL',
        language,
        models: this.modelVersions(),
        staffOnly: reply !== undefined,
      }),
      llmMessages: buildMessages({
        kind: 'GENERAL',
        language,
        history: input.history,
        context: reply ? { answerKind: 'GENERAL', note: reply } : null,
        userText: input.text,
      }),
      offlineReply,
      answerKind: 'GENERAL',
      auditData: { viewerRole: input.viewerRole, customerId: input.customerId, topic: topic.topic },
    };
  }

  /** The staff answer on the newest import's outcome: status, rows, the first rejected rows (get_import_status). */
  private async importStatus(
    t: ToolContext,
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
  ): Promise<PreparedTurn> {
    const status = await getImportStatus(t);
    return this.faqTurn(input, language, topic, {
      figure: 'STATUS',
      offlineReply: composeImportStatusReply(status, language),
      toolsUsed: [TOOL.IMPORT_STATUS],
      latestImport: status,
      citation: status && {
        source: `import:${status.importId}`,
        label: `${status.fileName ?? status.target} (${status.status})`,
      },
      version: {
        figure: 'STATUS',
        state: status ? `${status.status}:${status.rowsRead}:${status.finishedAt ?? ''}` : null,
      },
      target: status?.target ?? null,
    });
  }

  /** A staff FAQ turn: the offline answer, the import it was read from (cited), the context an LLM gets. */
  private faqTurn(
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    turn: {
      figure: string;
      offlineReply: string;
      toolsUsed: string[];
      latestImport: ImportFigures | ImportStatusData | null;
      citation: Citation | null;
      /** What the answer depends on besides the figure (part of the answer-cache key). */
      version: Record<string, unknown>;
      target: string | null;
    },
  ): PreparedTurn {
    const importId = turn.latestImport?.importId ?? null;
    return {
      ...this.base(language, topic),
      toolsUsed: turn.toolsUsed,
      citations: turn.citation ? [turn.citation] : [],
      tools: STAFF_TOOLS,
      dataVersion: hash({ kind: 'FAQ', importId, ...turn.version }),
      llmMessages: buildMessages({
        kind: 'FAQ',
        language,
        history: input.history,
        context: {
          answerKind: 'FAQ',
          askedFigure: turn.figure,
          availableTargets: IMPORT_TARGET_NAMES,
          latestImport: turn.latestImport,
          referenceAnswer: turn.offlineReply,
        },
        userText: input.text,
      }),
      offlineReply: turn.offlineReply,
      answerKind: 'FAQ',
      auditData: { viewerRole: input.viewerRole, importId, target: turn.target, figure: turn.figure },
    };
  }

  /** The FAQ catalogue (cached per replica by version); null without one or when it cannot be read. */
  private async faqCatalogue(ctx: RequestContext): Promise<FaqCatalogueSnapshot | null> {
    if (!this.services.faq) return null;
    try {
      return await this.services.faq.snapshot(ctx);
    } catch (error) {
      this.options.onFetchError?.(ctx, 'faq_catalogue', error);
      return null;
    }
  }

  /**
   * The staff FAQ bot: the matching FAQ entry's answer with the latest import's figures filled in (docs/faq.md),
   * or the import's main statistics when no entry matches.
   */
  private async faq(
    ctx: RequestContext,
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    text: string,
    entry: FaqEntry | null,
    catalogueVersion: number | null,
  ): Promise<PreparedTurn> {
    const t: ToolContext = { ctx, customerId: null, language, services: this.services };
    // "업로드 왜 실패했어요?", "오류 난 행 보여줘": how the newest import went, not a figure of the last good one (a
    // question naming a figure other than rows stays a figure question).
    const metricAsked = faqMetricOf(text);
    const template = entry ? (language === 'ko' ? entry.answerKo : entry.answerEn) : null;
    const cites = template === null || citesImport(template);
    // QA round 28. An entry on how imports work (it cites no import) answers its question though the question says
    // "오류" or "error" ("CSV 업로드하는데 인코딩 오류가 나요": the encoding, not the newest import's status).
    if (cites && IMPORT_STATUS_QUESTION.test(text) && (metricAsked === 'OVERVIEW' || metricAsked === 'ROWS'))
      return this.importStatus(t, input, language, topic);
    const target = targetOf(text);
    const figures: ImportFigures | null = cites ? await getImportFigures(t, target) : null;
    // Without a catalogue (not wired, or unreadable) the figure is picked by the built-in rules.
    const fallback = catalogueVersion === null ? metricAsked : 'OVERVIEW';
    const offlineReply =
      template === null
        ? composeFaqReply(figures, fallback, language)
        : (renderFaqAnswer(template, figures, language) ?? composeFaqReply(figures, 'MISSING', language));
    const metric = entry?.key ?? fallback;
    return this.faqTurn(input, language, topic, {
      figure: metric,
      offlineReply,
      toolsUsed: cites ? [TOOL.IMPORT_SUMMARY] : [],
      latestImport: figures,
      citation: figures && {
        source: `import:${figures.importId}`,
        label: `${figures.fileName ?? figures.target} (${figures.finishedAt?.slice(0, 10) ?? '—'})`,
      },
      version: {
        at: figures?.finishedAt ?? null,
        target,
        // The answer changes with the entry: its key and version, and the catalogue it was read from.
        entry: entry ? `${entry.key}@${entry.version}` : null,
        catalogue: catalogueVersion,
      },
      target: figures?.target ?? target ?? null,
    });
  }

  private async documentQuality(
    ctx: RequestContext,
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    understanding: MessageUnderstanding,
    customerId: string | null,
  ): Promise<PreparedTurn> {
    const source = this.services.documentQuality;
    let figures: DocumentQualityFigures | null = null;
    if (source) {
      try {
        figures = customerId
          ? await source.latestForCustomer(ctx, customerId)
          : await source.latestStaffAnalysis(ctx);
      } catch (error) {
        this.options.onFetchError?.(ctx, 'document_quality', error);
      }
    }
    const staff = customerId === null;
    const offlineReply = composeDocumentQualityReply(figures, language, staff);
    // The model sees the verdict in words, never the raw class label.
    const verdict = figures && {
      fileName: figures.fileName,
      uploadedAt: figures.uploadedAt,
      status: figures.labelText[language],
      usable: figures.usable,
      confidencePercent: Math.round(figures.confidence * 1000) / 10,
      model: `${figures.modelName} ${figures.modelVersion}`,
    };
    return {
      ...this.base(language, topic),
      understanding,
      citations: figures
        ? [
            {
              source: `${figures.source === 'STAFF_ANALYSIS' ? 'image-analysis' : 'document'}:${figures.id}`,
              label: `${figures.fileName} (${figures.uploadedAt.slice(0, 10)})`,
            },
          ]
        : [],
      dataVersion: hash({
        kind: 'DOCUMENT',
        language,
        id: figures?.id ?? null,
        model: figures ? `${figures.modelName}@${figures.modelVersion}` : null,
      }),
      llmMessages: buildMessages({
        kind: 'DOCUMENT',
        language,
        history: input.history,
        context: { answerKind: 'DOCUMENT', latestDocumentImage: verdict, referenceAnswer: offlineReply },
        userText: input.text,
      }),
      offlineReply,
      answerKind: 'DOCUMENT',
      auditData: {
        viewerRole: input.viewerRole,
        customerId,
        document: figures ? { source: figures.source, id: figures.id, label: figures.label } : null,
      },
    };
  }

  /**
   * Starts the reads behind most finance answers while the guardrail's own reads run (issue 15: one round trip
   * fewer before the model is asked): each loan's open-instalment summary and arrears, into the request's loaders
   * and memo, where the loans tool finds them. **Decision:** these are the session customer's own figures, read
   * before the guardrail's verdict and the intent are known; a refused or non-loan turn leaves them unused in its
   * request scope — nothing read here reaches the prompt or the answer of a turn that does not ask for it.
   */
  private warmLoanFigures(ctx: RequestContext, ownLoans: Promise<LoanEntity[]>): void {
    const asOf = koreanDate(ctx.now());
    void ownLoans.then((loans) => loanFigures(this.services, ctx, loans, asOf)).catch(() => undefined); // the tools' own reads report a failure
  }

  /** Reads the next rows of every active loan into the request's loader (the schedule tool then reads none). */
  private async warmSchedules(ctx: RequestContext, customerId: string, count: number): Promise<void> {
    try {
      const loans = await this.services.loans.forCustomer(ctx, customerId);
      await Promise.all(
        loans
          .filter((l) => l.status === LoanStatus.ACTIVE)
          .map((l) => this.services.loans.openScheduleOf(ctx, l, count)),
      );
    } catch {
      // The schedule tool's own read reports it.
    }
  }

  private async fetch<T>(ctx: RequestContext, tool: string, used: Set<string>, work: () => Promise<T>) {
    try {
      const result = await work();
      used.add(tool);
      return result;
    } catch (error) {
      this.options.onFetchError?.(ctx, tool, error);
      return undefined;
    }
  }

  private async finance(
    ctx: RequestContext,
    input: CounselInput,
    language: ChatLanguage,
    topic: TopicResult,
    text: string,
    customerId: string,
    understanding: MessageUnderstanding,
  ): Promise<PreparedTurn> {
    const t: ToolContext = { ctx, customerId, language, services: this.services };
    const { intent, slots } = understanding;
    // A message that speaks of self-harm is answered with the crisis lines first (prepare) and the money help that
    // follows stays short: no spending scenario ("소득에 비해 소비가 많거나…") under it.
    const planned = planFor(intent, slots);
    const plan = mentionsSelfHarm(text) ? { ...planned, scenario: false } : planned;
    const statement = asksNothing(text);
    // A question about figures (not hardship, arrears or a charge they did not make) with no emotional word in it is
    // plain: the comment-trained model's guess on it is not the customer's mood.
    const emotion: EmotionResult = worryOfSituation(
      understanding,
      analyseEmotionText(text, {
        fragment: understanding.fragment,
        factual: !MOOD_INTENTS.has(understanding.intent),
        worry: MOOD_INTENTS.has(understanding.intent) && understanding.intent !== 'GENERAL_CHAT',
      }),
      text,
    );
    const used = new Set<string>();
    const data: TurnData = { asOf: koreanDate(ctx.now()) };
    const wants = (tool: ToolName) => plan.tools.includes(tool);
    const forecastTurn = intent === 'FORECAST';
    // "지출이 왜 늘었어요?" with no period named: the last complete month against the one before (this month is still
    // running, so it would mostly read as less).
    // "평소보다 이번 달에 많이 쓴 것 같아요": the month against the three before it, a month's average (not only the last).
    // QA round 20 (spend). "식비 20만원으로 줄이면 얼마 아껴?": the last three complete months, each whole (the category's
    // and groceries' parts read from them).
    const usual =
      slots.compare && slots.usual
        ? usualMonths(slots.period)
        : slots.categoryCut
          ? usualMonths({ kind: 'THIS_MONTH' })
          : // QA round 27 (helper en27). A saving asked: the three complete months one by one, so the answer can
            // say what a usual month (without a one-off) leaves when their average leaves nothing.
            savingsUsual(intent, slots)
            ? usualMonths({ kind: 'THIS_MONTH' })
            : null;
    // "작년 이맘때랑 비교하면?": the period's days a year back, read once the period's own days are known (below).
    // QA round 24 (spend24). "그럼 그 두달 합치면?": the two months just asked, each read (the answer sums them).
    // QA round 24 (spend24). "2025년이랑 2024년 비교해줘": the two calendar years.
    const compared: [PeriodSlot, PeriodSlot] | null =
      slots.sumWith && slots.period
        ? [slots.period, slots.sumWith]
        : slots.yearsCompared && slots.period
          ? [slots.period, yearPeriod(slots.yearsCompared[1], data.asOf)]
          : // QA round 28 (helper en28). "why was october higher than august": against the month named.
            slots.comparedWith && slots.period && slots.compare
            ? [slots.period, slots.comparedWith]
            : slots.compare && !usual && !slots.yearAgo
              ? comparedPeriods(
                  slots.period ?? (slots.changeWhy || slots.categoryRise ? LAST_COMPLETE_MONTH : undefined),
                )
              : null;
    // The use a card bill asked about bills: last month's for this month's bill, the month before for last month's.
    const billMonthUse: PeriodSlot =
      slots.period?.kind === 'LAST_MONTH' ? { kind: 'MONTHS_AGO', months: 2 } : { kind: 'LAST_MONTH' };
    // A card bill due this month is, with most card companies, last month's spending.
    const billedPeriod =
      slots.cardBill || slots.request === 'CARD_DUE_DAY'
        ? ({ kind: 'LAST_MONTH' } as const)
        : slots.onTrack || slots.leftThisMonth || slots.offCardBills
          ? ({ kind: 'THIS_MONTH' } as const)
          : // QA round 24 (spend24). "매달 얼마 써요?", weekends against weekdays, online against shops: the one monthly
            // base, the last three complete months (`cardSpendingMonths`), not the last three months to date.
            // QA round 28 (ko28): where to cut too ("어디서 줄여야 돼요?" was Sep–Nov to date beside the savings
            // answer's Aug–Oct): one window for a cut and what a month leaves.
            slots.monthlyAverage || slots.reduce || slots.weekdaysVsWeekends || slots.onlineVsOffline
            ? cardSpendingMonths(data.asOf)
            : slots.weeklyAverage || slots.budget
              ? MONTHLY_AVERAGE_PERIOD
              : undefined;
    // "주말이랑 평일 중에 언제 더 많이 써요?": the weekends' spending, and the weekdays' beside it (below); "online vs in
    // store": the online payments', and the shops' beside them.
    // QA round 22 (spendfu). "그거 어떻게 줄여요", "how do i reduce it" after the largest category: that category (the
    // largest of the period it was asked for), its months and ways to cut — not the three largest of all spending.
    const reduceOf =
      wants(TOOL.SPENDING_SUMMARY) && slots.reduce && slots.top && !slots.category && !slots.merchant
        ? [
            ...((
              await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
                getSpendingSummary(t, periodArgs(slots.topPeriod ?? slots.period, {})),
              )
            )?.byCategory ?? []),
          ]
            .filter((c) => new Decimal(c.amount.amount).gt(0))
            .sort((a, b) => new Decimal(b.amount.amount).cmp(a.amount.amount))[0]?.category
        : undefined;
    const days = slots.weekdaysVsWeekends
      ? { ...slots, weekend: true }
      : slots.onlineVsOffline
        ? { ...slots, online: true }
        : reduceOf
          ? { ...slots, category: reduceOf as CounselSlots['category'] }
          : // QA round 26 (helper en1). A category's share: the whole period, its categories read off it.
            slots.categoryShare && slots.category && intent === 'SPENDING'
            ? { ...slots, category: undefined }
            : slots;
    // The data stamp (part of the answer-cache key) is read alongside the data itself.
    const stampRead = this.repository.customerDataStamp(ctx, customerId);
    stampRead.catch(() => undefined); // awaited below

    // "원금 상환은 언제부터?": a year of instalments to find the first with principal in it.
    // "1월 납입은요?": enough instalments to reach the month named (one more: a due day early in the month).
    // "6개월 뒤 대출 잔액은?": the rows up to that instalment (the loan's last, when it ends sooner).
    // "그럼 6개월 뒤엔?" after the next payment: the rows up to the one that many instalments after the next.
    const scheduleCount = slots.balanceAfter
      ? Math.min(LAST_INSTALMENT_SEARCH, slots.balanceAfter)
      : slots.paymentAhead
        ? Math.min(LAST_INSTALMENT_SEARCH, slots.paymentAhead + 1)
        : slots.principalStart
          ? 12
          : slots.dueMonth !== undefined
            ? dueMonthRows(slots.dueMonth, slots.dueYear, data.asOf)
            : Math.min(12, Math.max(slots.afterNext ? 2 : 1, slots.count ?? 3));

    const span = instalmentSpan(slots, data.asOf);
    // Independent reads run together; the loan-specific ones wait for the loan the question resolves to.
    const [scenarioRead] = await Promise.all([
      plan.scenario ? this.fetch(ctx, TOOL.SCENARIO, used, () => getScenario(t)) : undefined,
      wants(TOOL.LOANS) &&
        this.fetch(ctx, TOOL.LOANS, used, () =>
          getLoans(t, {
            // QA round 26 (ko3): the month's money left reads this month's instalment already paid (the one before the next).
            history: slots.rateChange || (intent === 'SAVINGS' && !!slots.leftThisMonth),
          }),
        ).then((v) => (data.loans = v)),
      wants(TOOL.SPENDING_SUMMARY) &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(
            t,
            periodArgs(
              compared?.[0] ??
                slots.period ??
                (slots.spendVerdict && intent === 'SPENDING' ? cardSpendingMonths(data.asOf) : billedPeriod),
              // QA round 20 (spend): "why so much?" names the places that made it. QA round 24 (spend24b): spending
              // abroad names its largest places after the total ("지난달 해외").
              (compared && slots.changeWhy) ||
                (usual && slots.changeWhy && !slots.category && !slots.merchant) ||
                (intent === 'SPENDING' && slots.overseas && !slots.merchant && !slots.category && !compared)
                ? { ...days, topMerchant: true }
                : days,
            ),
          ),
        ).then((v) => (data.spendingSummary = v ?? null)),
      // QA round 28 (helper en28). "is that a lot" of a category's year: the whole card spending of that period.
      wants(TOOL.SPENDING_SUMMARY) &&
        slots.figureJudged &&
        slots.period &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs(slots.period)),
        ).then((v) => (data.spendingWhole = v ?? null)),
      // QA round 23 (spend23). The monthly card spending the savings, budget, hardship and goal answers read: the last
      // three complete months (one base, `monthlyCardSpending`), beside the quarters' income.
      wants(TOOL.SPENDING) &&
        (intent === 'SAVINGS' || intent === 'HARDSHIP' || slots.cutGoal) &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs(cardSpendingMonths(data.asOf))),
        ).then((v) => (data.spendingMonths = v ?? null)),
      (wants(TOOL.SPENDING_SUMMARY) || (wants(TOOL.SPENDING) && savingsUsual(intent, slots))) &&
        usual &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          Promise.all(
            usual.map((month) => getSpendingSummary(t, periodArgs(month, slots.categoryCut ? {} : slots))),
          ),
        ).then((v) => (data.spendingUsual = v ?? null)),
      // QA round 25 (left25a). A usual month of all card spending: the months the spending forecast found far above
      // the usual (a trip, a large purchase), so the answer can say which of the usual months was one.
      (wants(TOOL.SPENDING_SUMMARY) || (wants(TOOL.SPENDING) && savingsUsual(intent, slots))) &&
        usual &&
        ((slots.compare && slots.usual) || savingsUsual(intent, slots)) &&
        !slots.category &&
        !slots.merchant &&
        this.fetch(ctx, TOOL.CUSTOMER_FORECAST, used, () => getCustomerForecast(t, 'SPENDING', 1)).then(
          (v) => (data.spendingOneOffMonths = v?.oneOffMonths ?? null),
        ),
      // QA round 27 (helper en27). "why was october so high?": the month's trip abroad, beside the usual month.
      wants(TOOL.SPENDING_SUMMARY) &&
        usual &&
        slots.changeWhy &&
        !slots.category &&
        !slots.merchant &&
        slots.period &&
        this.fetch(ctx, TOOL.TRANSACTIONS, used, () =>
          getTransactions(t, 1, { overseas: true, period: periodOf(slots.period!), identify: true }),
        ).then((v) => (data.spendingTrip = v?.charge?.trip ?? null)),
      // "쿠팡이랑 네이버페이", "식비랑 쇼핑": the second shop's or category's total beside the first's.
      wants(TOOL.SPENDING_SUMMARY) &&
        (slots.alsoMerchant || slots.alsoCategory) &&
        !compared &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(
            t,
            periodArgs(
              slots.period ?? billedPeriod,
              slots.alsoMerchant
                ? { ...days, merchant: slots.alsoMerchant }
                : { ...days, category: slots.alsoCategory },
            ),
          ),
        ).then((v) => (data.spendingAlso = v ?? null)),
      // "쿠팡이랑 배민이랑 롯데마트", "식비랑 쇼핑이랑 교통비": the third one's total and more, beside the two.
      wants(TOOL.SPENDING_SUMMARY) &&
        !compared &&
        ((slots.alsoMerchant && slots.moreMerchants?.length) ||
          (slots.alsoCategory && slots.moreCategories?.length)) &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          Promise.all(
            (slots.alsoMerchant
              ? (slots.moreMerchants ?? []).map((merchant) => ({ ...days, merchant }))
              : (slots.moreCategories ?? []).map((category) => ({ ...days, category }))
            ).map((one) => getSpendingSummary(t, periodArgs(slots.period ?? billedPeriod, one))),
          ),
        ).then((v) => (data.spendingMore = v ?? null)),
      // QA round 21 (spend21). "and the japan trip total incl flights?": the travel bought at home in the same period.
      wants(TOOL.SPENDING_SUMMARY) &&
        slots.withFlights &&
        slots.overseas &&
        !compared &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(
            t,
            periodArgs(slots.period ?? billedPeriod, {
              category: 'TRAVEL',
              overseas: false,
              topMerchant: true,
            }),
          ),
        ).then((v) => (data.spendingFlights = v ?? null)),
      wants(TOOL.SPENDING_SUMMARY) &&
        slots.onlineVsOffline &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs(slots.period ?? billedPeriod, { ...slots, online: false })),
        ).then((v) => (data.spendingOffline = v ?? null)),
      wants(TOOL.SPENDING_SUMMARY) &&
        slots.weekdaysVsWeekends &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs(slots.period ?? billedPeriod, { ...slots, weekend: false })),
        ).then((v) => (data.spendingWeekdays = v ?? null)),
      // A card bill asked about: the instalments on its statement (this month's; next month's for "다음 달 카드값"; last
      // month's for "지난달 카드값"), which a bill read as a month's spending would count in full in the month bought and
      // not at all after.
      wants(TOOL.SPENDING_SUMMARY) &&
        (slots.cardBill ||
          slots.nextBill ||
          slots.request === 'CARD_DUE_DAY' ||
          slots.leftThisMonth ||
          // QA round 23 (date23): what falls due by a date — next month's bill so far (this month's use).
          slots.dueBy) &&
        // QA round 23 (loan23): a month's outgoings always read the bill with its instalments (outgoingsOf).
        (!compared || slots.outgoings) &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          Promise.all(
            [
              // QA round 24 (spend24b): the bill against a small month names next month's bill too.
              ...(slots.nextBill || slots.dueBy || slots.spentLittle || slots.outgoingsNext
                ? [1 as const]
                : []),
              ...(slots.cardBill || !(slots.nextBill || slots.dueBy) ? [0 as const] : []),
              ...(slots.cardBill && slots.period?.kind === 'LAST_MONTH' ? [-1 as const] : []),
            ].map((ahead) => getStatement(t, ahead)),
          ),
        ).then((v) => (data.statements = v ?? [])),
      // "이번 달 카드값 얼마 나와?": this month's spending so far and the bill due this month (last month's use);
      // "지난달 카드값 얼마였어?": the bill due last month (the use of the month before it). "이번 달 남은 돈",
      // "월급날 전에 돈 부족할까요?": the bill due this month beside the month's money left.
      wants(TOOL.SPENDING_SUMMARY) &&
        ((slots.cardBill && (slots.period?.kind === 'THIS_MONTH' || slots.period?.kind === 'LAST_MONTH')) ||
          (slots.leftThisMonth && !slots.period)) &&
        !compared &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(
            t,
            periodArgs(
              billMonthUse,
              // QA round 20 (spend): the bill is the whole bill — "일본에서 쓴 거 이번 달 카드값" is not narrowed to
              // the payments abroad (their part is read beside it, below).
              { ...slots, overseas: undefined, online: undefined },
            ),
          ),
        ).then((v) => (data.spendingBilled = v ?? null)),
      // "일본에서 카드 쓴 거 이번 달 카드값 얼마 나와?": the bill's part abroad (or online), beside the whole bill.
      wants(TOOL.SPENDING_SUMMARY) &&
        slots.cardBill &&
        (slots.overseas !== undefined || slots.online !== undefined) &&
        (slots.period?.kind === 'THIS_MONTH' || slots.period?.kind === 'LAST_MONTH') &&
        !compared &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs(billMonthUse, { overseas: slots.overseas, online: slots.online })),
        ).then((v) => (data.spendingBilledPart = v ?? null)),
      wants(TOOL.SPENDING_SUMMARY) &&
        compared &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(
            t,
            // QA round 22 (spendfu): "왜 차이나요?" names the larger month's places, whichever month it was.
            periodArgs(compared[1], slots.changeWhy ? { ...slots, topMerchant: true } : slots),
          ),
        ).then((v) => (data.spendingPrevious = v ?? null)),
      wants(TOOL.TRANSACTIONS) &&
        this.fetch(ctx, TOOL.TRANSACTIONS, used, () =>
          getTransactions(t, slots.merchantSwitch ? SWITCH_ROWS : (slots.count ?? TRANSACTIONS_SHOWN), {
            merchant: slots.merchant,
            ...(slots.merchantSwitch ? { category: slots.category } : {}),
            overseas: slots.overseas,
            refunds: slots.refunds,
            largest: slots.largest,
            duplicates: slots.duplicates,
            night: slots.night,
            identify: slots.chargeAsked,
            // "모르는 결제가 있어요 68500원": the charges of that amount.
            ...(intent === 'SUSPECTED_FRAUD' || intent === 'CARD_TRANSACTIONS'
              ? { amount: slots.amount }
              : {}),
            ...(slots.period ? { period: periodOf(slots.period) } : {}),
          }),
        ).then((v) => (data.transactions = v)),
      wants(TOOL.INTEREST_PAID) &&
        this.fetch(ctx, TOOL.INTEREST_PAID, used, () =>
          getInterestPaid(
            t,
            slots.interestPaid === 'LAST_YEAR'
              ? Number(koreanDate(ctx.now()).slice(0, 4)) - 1
              : slots.interestPaid === 'ALL'
                ? null
                : undefined,
          ),
        ).then((v) => (data.interestPaid = v ?? null)),
      wants(TOOL.FLAGGED) &&
        this.fetch(ctx, TOOL.FLAGGED, used, () => getFlagged(t)).then((v) => (data.anomalies = v ?? null)),
      wants(TOOL.SPENDING) &&
        this.fetch(ctx, TOOL.SPENDING, used, () => getSpending(t, 2)).then((v) => (data.spending = v)),
      wants(TOOL.INSIGHTS) &&
        this.fetch(ctx, TOOL.INSIGHTS, used, () => getInsights(t)).then(async (v) => {
          data.insights = v;
          // "지난 분기보다 나아졌어요?": the quarter before the latest, beside it.
          if (v && intent === 'HEALTH_SCORE' && slots.compare)
            data.insightsPrevious = await this.fetch(ctx, TOOL.INSIGHTS, used, () =>
              getInsights(t, formatQuarter(previousQuarter(parseQuarter(v.quarter)))),
            ).then((p) => p ?? null);
        }),
      wants(TOOL.LAST_REPAYMENTS) &&
        this.fetch(ctx, TOOL.LAST_REPAYMENTS, used, () => getLastRepayments(t)).then(
          (v) => (data.lastRepayments = v),
        ),
      wants(TOOL.INSTALMENTS) &&
        this.fetch(ctx, TOOL.INSTALMENTS, used, () => getInstalments(t)).then((v) => (data.instalments = v)),
      wants(TOOL.CARDS) && this.fetch(ctx, TOOL.CARDS, used, () => getCards(t)).then((v) => (data.cards = v)),
      wants(TOOL.RECURRING) &&
        this.fetch(ctx, TOOL.RECURRING, used, () => getRecurringCharges(t)).then((v) => (data.recurring = v)),
      wants(TOOL.PEERS) &&
        this.fetch(ctx, TOOL.PEERS, used, () => getPeers(t)).then((v) => (data.peers = v ?? null)),
      wants(TOOL.RECOMMEND) &&
        this.fetch(ctx, TOOL.RECOMMEND, used, () =>
          getRecommendations(t, slots.recommend === 'ANY' ? null : (slots.recommend ?? null), slots.product),
        ).then((v) => (data.recommendations = v ?? null)),
      // A jeonse loan's limit is a share of the deposit, not a DSR simulation (the answer says so).
      wants(TOOL.SIMULATE) &&
        slots.loanKind !== 'JEONSE' &&
        this.fetch(ctx, TOOL.SIMULATE, used, async () =>
          simulateLimit(t, {
            // QA round 28 (helper en28). "and if i pay off the jeonse loan first": that loan out of the DSR.
            repayLoanId: slots.repaidFirst ? await this.loanIdOf(t, slots.repaidFirst) : undefined,
            kind: slots.loanKind,
            termMonths: slots.termMonths,
            requestedAmount: slots.amount,
            annualIncome: slots.statedIncome?.whatIf ? undefined : slots.statedIncome?.annual,
            incomeWhatIfTo: slots.statedIncome?.whatIf ? slots.statedIncome.annual : undefined,
            // QA round 22 (loanleft): "why so little" — the what-if that raises the limit (income 10 % higher).
            incomeChangeRatio:
              slots.incomeChange ??
              (slots.limitWhy && !slots.statedIncome ? LIMIT_WHY_INCOME_RISE : undefined),
            paymentAtLimit: slots.paymentAsked,
            homePrice: slots.homePrice,
            incomeNeeded: slots.incomeNeeded,
            nonBank: slots.nonBank,
          }),
        ).then((v) => (data.simulation = v)),
      forecastTurn && this.forecasts(t, slots, used).then((v) => (data.forecasts = v)),
      // QA round 23 (care23). Months off work with the card bills: the spending forecast to the last month spent.
      !forecastTurn &&
        slots.offCardBills &&
        wants(TOOL.CUSTOMER_FORECAST) &&
        this.forecasts(
          t,
          { forecastSubject: 'SPENDING', monthAhead: Math.max(0, (slots.monthsOff ?? 1) - 1) },
          used,
        ).then((v) => (data.forecasts = v)),
      // "신용점수 왜 낮아요?": the score on file (the guardrail's read of the customer, from the same loader).
      // QA round 24 (plan24): shame at the debt and telling the family are met with the score too.
      (slots.scoreKind === 'CREDIT' || slots.debtShame || slots.tellFamily) &&
        this.services.customers.getById(ctx, customerId).then((c) => (data.creditScore = c.creditScore)),
      // QA round 25 (fixko2). "이번달이랑 다음달에 빠져나갈 돈": this month's use so far, next month's bill.
      wants(TOOL.SPENDING_SUMMARY) &&
        slots.outgoingsNext &&
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs({ kind: 'THIS_MONTH' })),
        ).then((v) => (data.spendingNextBill = v ?? null)),
      // "12월에 나갈 돈 총 얼마야", "3월까지 이자 얼마": every active loan's instalments in the span (schedule rows).
      span &&
        this.fetch(ctx, TOOL.SCHEDULE, used, () => getInstalmentsDue(t, span)).then(
          (v) => (data.instalmentsDue = v ?? null),
        ),
      // Except the schedule's next rows: those of every active loan are read beside the loans tool (one statement,
      // a few rows each), so the resolved loan's costs no further round trip.
      wants(TOOL.SCHEDULE) && this.warmSchedules(ctx, customerId, scheduleCount),
    ]);
    if (wants(TOOL.HARDSHIP)) used.add(TOOL.HARDSHIP);
    // "작년 이맘때랑 비교하면?": the same days a year earlier (this month so far: the 1st to today's date of last year).
    if (wants(TOOL.SPENDING_SUMMARY) && slots.compare && slots.yearAgo && data.spendingSummary) {
      const yearBack = yearEarlier(data.spendingSummary);
      await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        getSpendingSummary(t, periodArgs(yearBack, slots)),
      ).then((v) => (data.spendingPrevious = v ?? null));
    }
    // QA round 24 (spend24). Two years compared: the months each has on record, from the card's first record.
    if (intent === 'SPENDING' && slots.yearsCompared) {
      const months = await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        this.services.spending.monthlySpending(ctx, customerId),
      );
      if (months) data.cardFirstMonth = months[0]?.period.slice(0, 7) ?? data.asOf.slice(0, 7);
    }
    // QA round 24 (spend24). "2024년 3월에 카드 얼마 썼어요?": one past month with nothing on the card (or further back
    // than the months the summary reads) — before the card's first transaction on record, it is no record, not 0원.
    const asked = slots.period;
    const askedBack =
      asked?.kind === 'LAST_MONTH' ? 1 : asked?.kind === 'MONTHS_AGO' ? asked.months : undefined;
    if (
      intent === 'SPENDING' &&
      askedBack !== undefined &&
      !compared &&
      (askedBack > MAX_PERIOD_MONTHS ||
        (data.spendingSummary?.purchaseCount === 0 && data.spendingSummary.total.amount === '0'))
    ) {
      const months = await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        this.services.spending.monthlySpending(ctx, customerId),
      );
      const month = addMonths(`${data.asOf.slice(0, 7)}-01`, -askedBack).slice(0, 7);
      const first = months?.[0]?.period.slice(0, 7);
      if (first && month < first) data.cardRecordsFrom = { asked: month, first };
    }
    // QA round 26. "and last year?" (at a shop, in a category or in all) with nothing on the card then, the whole year
    // before the card's first record: no record, not 0원.
    if (
      intent === 'SPENDING' &&
      asked?.kind === 'LAST_YEAR' &&
      !compared &&
      data.spendingSummary?.purchaseCount === 0 &&
      data.spendingSummary.total.amount === '0'
    ) {
      const months = await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        this.services.spending.monthlySpending(ctx, customerId),
      );
      const year = String(Number(data.asOf.slice(0, 4)) - 1);
      const first = months?.[0]?.period.slice(0, 7);
      if (first && `${year}-12` < first) data.cardRecordsFrom = { asked: year, first };
    }
    // QA round 23 (spend23). "올해 식비 작년보다 많이 썼어요?" with nothing at all on the card then (before its first
    // purchase): the whole period, unnarrowed, read once — with no record at all there is nothing to compare with.
    const before = data.spendingPrevious;
    if (
      before &&
      before.purchaseCount === 0 &&
      before.total.amount === '0' &&
      (before.category || before.merchant || before.locality || before.channel || before.days)
    ) {
      const whole = await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        getSpendingSummary(
          t,
          periodArgs({
            kind: 'DATES',
            from: { month: Number(before.from.slice(5, 7)), day: Number(before.from.slice(8, 10)) },
            range: { from: before.from, through: before.through },
          }),
        ),
      );
      data.spendingPreviousNone = whole?.purchaseCount === 0 && whole.total.amount === '0';
    }
    // "How much did I spend at Marriott?" with nothing there this month (no period named): when they last paid there.
    // And what they spent there over the last 12 months ("how much did i spend at starbucks" → ₩0 this month alone).
    // "영화 보는데 돈 얼마 썼어?" with nothing in that category this month (no period named): its last 12 months too.
    if (
      intent === 'SPENDING' &&
      slots.category &&
      !slots.merchant &&
      !slots.period &&
      data.spendingSummary?.purchaseCount === 0 &&
      data.spendingSummary.total.amount === '0'
    )
      await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        getSpendingSummary(t, periodArgs({ kind: 'LAST_N_MONTHS', months: 12 }, slots)),
      ).then((v) => (data.spendingWider = v ?? null));
    // QA round 27 (helper ko27). "너무 많이 썼네" after a weekend with nothing spent: this month's spending so far beside
    // the none (spentReactionLines).
    if (
      intent === 'SPENDING' &&
      slots.billSurprise &&
      !slots.cardBill &&
      slots.period?.kind !== 'THIS_MONTH' &&
      data.spendingSummary?.purchaseCount === 0
    )
      await this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
        getSpendingSummary(t, periodArgs({ kind: 'THIS_MONTH' }, {})),
      ).then((v) => (data.spendingWider = v ?? null));
    // "스타벅스랑 이디야 중에 어디 더 많이 썼어?" with nothing at either this month (no period named): both over the last
    // 12 months, so the comparison says something.
    if (
      intent === 'SPENDING' &&
      slots.alsoMerchant &&
      !slots.period &&
      data.spendingSummary?.purchaseCount === 0 &&
      data.spendingAlso?.purchaseCount === 0 &&
      (data.spendingMore ?? []).every((x) => x.purchaseCount === 0)
    ) {
      const wide = { kind: 'LAST_N_MONTHS', months: 12 } as const;
      const [one, other, ...more] = await Promise.all(
        [slots.merchant, slots.alsoMerchant, ...(slots.moreMerchants ?? [])].map((merchant) =>
          this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
            getSpendingSummary(t, periodArgs(wide, { ...slots, merchant })),
          ),
        ),
      );
      if (one && other && more.every((x) => x))
        Object.assign(data, {
          spendingSummary: one,
          spendingAlso: other,
          ...(more.length ? { spendingMore: more } : {}),
          spendingWidened: true,
        });
    } else if (
      intent === 'SPENDING' &&
      slots.merchant &&
      !slots.period &&
      data.spendingSummary?.purchaseCount === 0 &&
      !data.transactions
    )
      await Promise.all([
        this.fetch(ctx, TOOL.TRANSACTIONS, used, () =>
          getTransactions(t, 1, { merchant: slots.merchant }),
        ).then((v) => (data.transactions = v)),
        this.fetch(ctx, TOOL.SPENDING_SUMMARY, used, () =>
          getSpendingSummary(t, periodArgs({ kind: 'LAST_N_MONTHS', months: 12 }, slots)),
        ).then((v) => (data.spendingWider = v ?? null)),
      ]);

    const named = data.loans
      ? resolveLoan(data.loans.loans, slots.loan, intent)
      : { loan: null, notFound: false };
    // "토스에서 3.5%로 해준다는데 갈아탈까?", "toss offered me 3.4% for my jeonse loan": a lender the customer owes
    // nothing to, named in a refinance question, is the one offering the switch, not a loan that is not there — the
    // loan is the one the rest of the name points to (its kind or number), else the refinance's usual one.
    const offerer = intent === 'REFINANCE' && named.notFound && !!slots.loan?.lender;
    const resolved =
      offerer && data.loans
        ? resolveLoan(data.loans.loans, { ...slots.loan, lender: undefined }, intent)
        : named;
    const { loan } = resolved;
    const notFound = resolved.notFound;
    if (loan && [TOOL.SCHEDULE, TOOL.REFINANCE, TOOL.PREPAYMENT, TOOL.PAYOFF].some(wants)) {
      const entity = await this.loanEntity(ctx, customerId, loan.loanNumber);
      // The resolved loan's reads are independent of each other: together (each round trip is on the time to
      // first token).
      if (entity)
        await Promise.all([
          wants(TOOL.SCHEDULE) &&
            this.fetch(ctx, TOOL.SCHEDULE, used, () =>
              // "마지막 달에는 얼마 내?": every open row read, the last one kept.
              slots.lastInstalment
                ? getSchedule(t, entity, LAST_INSTALMENT_SEARCH).then((v) => ({
                    ...v,
                    rows: v.rows.slice(-1),
                  }))
                : getSchedule(t, entity, scheduleCount),
            ).then((v) => (data.schedule = v)),
          wants(TOOL.PAYOFF) &&
            this.fetch(ctx, TOOL.PAYOFF, used, () =>
              getPayoff(t, entity, slots.payoffOn && resolveDay(slots.payoffOn, koreanDate(ctx.now()))),
            ).then((v) => (data.payoff = v ?? null)),
          wants(TOOL.PREPAYMENT) &&
            (slots.everyMonth && slots.amount
              ? this.fetch(ctx, TOOL.PREPAYMENT, used, () =>
                  getExtraRepayment(t, entity, slots.amount!, slots.inAll),
                ).then((v) => (data.extraRepayment = v ?? null))
              : this.fetch(ctx, TOOL.PREPAYMENT, used, () =>
                  getPrepayment(
                    t,
                    entity,
                    slots.amount ??
                      amountToTarget(entity.outstandingPrincipal, slots.targetBalance) ??
                      shareOf(entity.outstandingPrincipal, slots.share),
                    slots.prepayAfter,
                  ),
                ).then((v) => (data.prepayment = v ?? null))),
          // QA round 23 (loan23). "더 많이 아끼는 방법은?" after a prepayment: twice the amount, at most the balance
          // (the whole balance is a payoff: no prepayment figure, said so).
          wants(TOOL.PREPAYMENT) &&
            slots.saveMore &&
            slots.amount &&
            this.fetch(ctx, TOOL.PREPAYMENT, used, () =>
              getPrepayment(
                t,
                entity,
                Decimal.min(new Decimal(slots.amount!).mul(2), entity.outstandingPrincipal).toFixed(0),
              ),
            ).then((v) => (data.prepaymentLarger = v ?? null)),
          // "그럼 6개월 뒤에 갚으면?": the same prepayment today, beside the later one.
          wants(TOOL.PREPAYMENT) &&
            slots.prepayAfter &&
            !slots.everyMonth &&
            this.fetch(ctx, TOOL.PREPAYMENT, used, () =>
              getPrepayment(t, entity, slots.amount ?? shareOf(entity.outstandingPrincipal, slots.share)),
            ).then((v) => (data.prepaymentNow = v ?? null)),
          wants(TOOL.REFINANCE) &&
            this.fetch(ctx, TOOL.REFINANCE, used, () =>
              getRefinance(
                t,
                entity,
                slots.quotedRate !== undefined
                  ? new Decimal(slots.quotedRate).div(100).toString()
                  : undefined,
              ),
            ).then((v) => (data.refinance = v ?? null)),
        ]);
    }

    // "하루 늦게 내면 연체이자 얼마예요?": the ledger's arrears on the day the next instalment would be that late.
    // "두 번 연체하면?": the same on the day after the last of those instalments falls due.
    // "월급이 25일에 들어와서요": late until the payday after the due date.
    const late =
      (slots.lateDays || slots.missedPayments || slots.payday) && data.loans
        ? lateLoan(data.loans.loans, loan)
        : null;
    if (late?.nextPayment) {
      const entity = await this.loanEntity(ctx, customerId, late.loanNumber);
      const days =
        slots.lateDays ??
        (slots.payday !== undefined
          ? daysToPayday(t.services.loans.effectiveDueDate(late.nextPayment.dueDate), slots.payday)
          : undefined);
      if (entity && (slots.missedPayments || days))
        data.lateness = slots.missedPayments
          ? await getMissedLateness(t, entity, slots.missedPayments)
          : await getLateness(t, entity, late.nextPayment.dueDate, days!, slots.payday);
    }

    // A scenario that explains nothing of this answer is not shown (nor cited, nor given to a model).
    const scenarioData =
      scenarioRead?.label &&
      (!plan.scenarioOnly || plan.scenarioOnly.has(scenarioRead.label as TurnScenario['label']))
        ? scenarioRead
        : undefined;
    const primary = scenarioData?.label ? scenarioData : null;
    const scenario: TurnScenario | null = primary
      ? {
          label: primary.label as TurnScenario['label'],
          probability: primary.probability ?? 0,
          calibrated: primary.calibrated,
          keyMetrics: primary.keyMetrics.map((m) => ({ ...m, direction: m.direction as 'ABOVE' | 'BELOW' })),
          thresholdVersion: primary.thresholdVersion,
        }
      : null;
    const answerKind = forecastTurn ? 'FORECAST' : 'COUNSEL';
    const offlineReply = composeIntentReply({
      language,
      understanding,
      emotion,
      scenario,
      data,
      loan,
      loanNotFound: notFound,
      statement,
      complaint: complaintAtUs(text) || !!understanding.slots.answerComplaint,
      sarcasm: emotion.label === 'FRUSTRATED' && sarcasticAboutMoney(text),
      purchase: BOUGHT.test(text),
      costliest: COSTLIEST_LOAN.test(text),
      paying: !BOUGHT.test(text) && !/\bafford/i.test(text),
    });

    const citations = citationsOf(scenarioData, data);
    const stamp = await stampRead;
    const dataVersion = hash({
      kind: answerKind,
      intent,
      slots,
      day: data.asOf,
      stamp,
      thresholds: scenarioData?.thresholdVersion ?? null,
      models: this.modelVersions(),
      series: (data.forecasts ?? []).map((f) => `${f.series}@${f.version ?? f.lastObservedPeriod}`),
      language,
    });

    // In the allowlist's order, not the order concurrent reads happened to finish.
    const toolsUsed = [...used].sort((a, b) => TOOL_ORDER.indexOf(a) - TOOL_ORDER.indexOf(b));
    return {
      language,
      topic,
      understanding,
      emotion,
      scenario,
      toolsUsed,
      citations,
      tools: CUSTOMER_TOOLS,
      dataVersion,
      llmMessages: buildMessages({
        kind: answerKind,
        language,
        history: input.history,
        context: {
          answerKind,
          language,
          // What the customer asked, precisely: the figures that answer it are in `data`, the loan it is about
          // in `loan`; answer that first, with those figures.
          question: { intent, slots, inherited: understanding.inherited },
          loan: loan ?? null,
          loanNotFound: notFound,
          emotion: { label: emotion.label, intensity: Number(emotion.intensity.toFixed(3)) },
          scenario: plan.scenario ? (scenarioData ?? null) : null,
          data,
          referenceAnswer: offlineReply,
        },
        userText: input.text,
      }),
      offlineReply,
      answerKind,
      auditData: {
        viewerRole: input.viewerRole,
        customerId,
        intent,
        slots,
        emotion: emotion.label,
        scenario: scenario
          ? {
              label: scenario.label,
              probability: scenario.probability,
              thresholdVersion: scenario.thresholdVersion,
            }
          : null,
        tools: toolsUsed,
        figures: {
          loan: loan?.loanNumber ?? null,
          loans: data.loans?.count ?? null,
          totalOutstanding: data.loans?.totalOutstanding.amount ?? null,
          totalOverdue: data.loans?.delinquency.totalOverdue.amount ?? null,
          maxDaysPastDue: data.loans?.delinquency.maxDaysPastDue ?? null,
          maxLoan: data.simulation?.maxLoan?.amount ?? null,
          spendingTotal: data.spendingSummary?.total.amount ?? null,
          latestQuarter: data.spending?.quarters[0]?.quarter ?? null,
          healthScore: data.insights?.healthScore ?? null,
          refinanceBest: data.refinance?.best ?? null,
          flagged: data.anomalies?.flaggedCount ?? null,
          forecasts: (data.forecasts ?? []).map((f) => ({
            series: f.series,
            method: f.method,
            horizon: f.horizon,
          })),
        },
        dataVersion,
      },
    };
  }

  /**
   * The forecast a forecast question asks for: an indicator (rates), or the customer's spending or debt. A month
   * the customer names ("다음 달", "3개월 뒤": `months` from now) is the month answered: the series is forecast
   * far enough past its last observed month (usually last month) to reach it, and cut there.
   */
  /** QA round 28 (helper en28). The id of the customer's active loan a slot names, when it names one of theirs. */
  private async loanIdOf(t: ToolContext, ref: LoanRefSlot): Promise<string | undefined> {
    const { loan, notFound } = resolveLoan((await getLoans(t)).loans, ref, 'LOAN_LIMIT');
    return loan && !notFound ? loan.loanId : undefined;
  }

  private async forecasts(t: ToolContext, slots: CounselSlots, used: Set<string>): Promise<ForecastData[]> {
    const { horizon, target } = forecastReach(slots, t.ctx.now());
    const subject = slots.forecastSubject;
    if (subject === 'BASE_RATE' || subject === 'LENDING_RATE') {
      const series =
        subject === 'BASE_RATE' ? RATE_SERIES : (['BOK_LENDING_RATE_NEW', ...RATE_SERIES] as const);
      for (const code of series) {
        const f = await this.fetch(t.ctx, TOOL.INDICATOR_FORECAST, new Set(), () =>
          getIndicatorForecast(t, code, horizon),
        );
        if (f) {
          used.add(TOOL.INDICATOR_FORECAST);
          return [cutAtMonth(f, target)];
        }
      }
      return [];
    }
    const metrics: ('SPENDING' | 'DEBT')[] =
      subject === 'DEBT' ? ['DEBT'] : subject === 'SPENDING' ? ['SPENDING'] : ['SPENDING', 'DEBT'];
    const out: ForecastData[] = [];
    for (const metric of metrics) {
      const f = await this.fetch(t.ctx, TOOL.CUSTOMER_FORECAST, used, () =>
        getCustomerForecast(t, metric, horizon),
      );
      if (f) out.push(cutAtMonth(f, target));
    }
    return out;
  }

  /** The customer's loan behind a loan line (the loans service's request-scoped read, no new query). */
  private async loanEntity(ctx: RequestContext, customerId: string, loanNumber: string) {
    return (await this.services.loans.forCustomer(ctx, customerId)).find((l) => l.loanNumber === loanNumber);
  }

  async runTool(
    ctx: RequestContext,
    turn: PreparedTurn,
    customerId: string | null,
    call: ToolCall,
  ): Promise<ToolResult> {
    const refuse = (code: string, reason: string): ToolResult => ({
      allowed: false,
      content: JSON.stringify({ error: code, reason, tool: call.name.slice(0, 64) }),
    });
    const def = turn.tools.find((d) => d.name === call.name);
    if (!def || !(call.name in TOOL_DEFINITIONS))
      return refuse('NOT_ALLOWED', 'this tool is not available for this turn');
    let parsed: unknown;
    try {
      parsed = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
    } catch {
      return refuse('BAD_ARGUMENTS', 'arguments are not valid JSON');
    }
    const t: ToolContext = { ctx, customerId, language: turn.language, services: this.services };
    try {
      const args = validateArgs(def, parsed);
      const result = await executeTool(t, call.name as ToolName, args);
      const content = JSON.stringify(result);
      const outputs = this.toolOutputs.get(turn) ?? [];
      outputs.push(content);
      this.toolOutputs.set(turn, outputs);
      return { allowed: true, content };
    } catch (error) {
      if (error instanceof ToolRefusal) return refuse(error.code, error.message);
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'FORBIDDEN')
        return refuse(code, (error as Error).message);
      this.options.onFetchError?.(ctx, call.name, error);
      return {
        allowed: true,
        content: JSON.stringify({ error: 'UNAVAILABLE', reason: 'the data is unavailable right now' }),
      };
    }
  }

  review(turn: PreparedTurn, answer: string): { flags: string[]; appendix: string | null } {
    const grounded = [contextOf(turn), turn.offlineReply, ...(this.toolOutputs.get(turn) ?? [])].join('\n');
    const { flags, appendix } = reviewAnswer(answer, grounded, turn.language);
    return { flags, appendix };
  }
}

/** QA round 24 (en24b). Anger at the app or the service itself ("ur app is useless", "이 앱 진짜 쓸모없네"). */
const COMPLAINT_AT_US =
  /\b(?:useless|worthless|pointless app|stupid|garbage|trash|rubbish|pathetic|sucks)\b|쓸모\s?(?:가\s?)?없|쓰레기\s?(?:앱|같)|최악이|앱\s?(?:진짜|왜\s?이래)/i;
/** The words just before a complaint word that make it the customer's of themselves ("i'm so stupid", "내가 진짜"). */
const SELF_BEFORE =
  /(?:\b(?:i'?m|i am|i was|i feel|me|myself)\s+(?:so\s+|really\s+|such\s+(?:an?\s+)?)?|(?:나|내가|제가|저)\s?(?:진짜\s?|너무\s?)?)$/i;

/** Anger at the app or the service (COMPLAINT_AT_US), not at oneself. */
function complaintAtUs(text: string): boolean {
  const m = COMPLAINT_AT_US.exec(text);
  return !!m && !SELF_BEFORE.test(text.slice(0, m.index));
}

/**
 * QA round 22 (carefu). A situation that worries whatever its words (the comment-trained model read these NEUTRAL, or
 * FRUSTRATED for a prosecutor's call): a scam call or text, the customer's own illness, money gone before payday, a
 * follow-up within a job loss ("how long can i last" after "i just got laid off"). Read ANXIOUS; a sad reading stays.
 */
export function worryOfSituation(
  understanding: Pick<MessageUnderstanding, 'intent' | 'slots'>,
  r: EmotionResult,
  text = '',
): EmotionResult {
  const { intent, slots } = understanding;
  // QA round 24 (en24b). "nvm i remember now, it was my hotel in osaka. sorry lol": relief with an apology, not sadness.
  if (intent === 'SUSPECTED_FRAUD' && slots.ownCharge && r.label === 'SAD') return { ...r, label: 'NEUTRAL' };
  // QA round 24 (en24b). "why is my health score only 68? thats embarassing": shame beside their money or score (the
  // emotion cues' SAD shame hit) outweighs a NEUTRAL read of the question around it.
  if (
    r.label === 'NEUTRAL' &&
    findCues(text).some((h) => h.label === 'SAD' && !h.negated && /^\S+\+/.test(h.match))
  )
    return { ...r, label: 'SAD', intensity: Math.max(r.intensity, 0.5) };
  // Anger at the app itself ("ur app is useless… still dont get why i pay 530k every month"), read NEUTRAL by the
  // model: frustrated, so the answer owns it before the figures (recheck of round 24).
  if (r.label === 'NEUTRAL' && complaintAtUs(text))
    return { ...r, label: 'FRUSTRATED', intensity: Math.max(r.intensity, 0.5) };
  // QA round 25 (fixko1). The answer just given complained of ("장난하나", read HOPEFUL; "그래서 어쩌라는 거예요", SAD;
  // "lol thanks for nothing", HOPEFUL): frustrated, whatever the comment-trained model read.
  if (slots.answerComplaint) return { ...r, label: 'FRUSTRATED', intensity: Math.max(r.intensity, 0.5) };
  // QA round 24 (en24b). "i give up. i'll never pay off 169 million": despair, read NEUTRAL by the model.
  if (slots.payoffDespair && (r.label === 'NEUTRAL' || r.label === 'HOPEFUL'))
    return { ...r, label: 'SAD', intensity: Math.max(r.intensity, 0.5) };
  // QA round 23 (care23). A scam call the customer is angry about ("보이스피싱 전화 와서 진짜 열받아요", "some scammer
  // called me pretending to be the bank, im so pissed"): an anger word of their own (the emotion cues' FRUSTRATED
  // hits, not the bare 사기 / scam that names the situation) reads FRUSTRATED; a worried or plain one stays ANXIOUS.
  if (intent === 'SUSPECTED_FRAUD' && !!slots.scam && saysAngry(text)) {
    return { ...r, label: 'FRUSTRATED', intensity: Math.max(r.intensity, 0.5) };
  }
  // QA round 24 (plan24). "그래도 연체는 한번도 안했죠?": reassurance sought after shame at the debt, not anger (the
  // comment-trained model read "안했죠" FRUSTRATED): worried, unless an anger word of their own is in it.
  if (slots.neverLateAsked && r.label === 'FRUSTRATED' && !saysAngry(text)) return { ...r, label: 'ANXIOUS' };
  const situation =
    (intent === 'SUSPECTED_FRAUD' && !!slots.scam) ||
    (intent === 'HARDSHIP' &&
      (!!slots.illness ||
        !!slots.beforePayday ||
        (slots.hardship === 'LOST_JOB' &&
          (slots.hardshipAsk === 'RUNWAY' || slots.hardshipAsk === 'BENEFIT'))));
  if (!situation) return r;
  const calm =
    r.label === 'NEUTRAL' || (r.label === 'FRUSTRATED' && intent === 'SUSPECTED_FRAUD' && !!slots.scam);
  if (!calm) return r;
  return { ...r, label: 'ANXIOUS', intensity: Math.max(r.intensity, 0.5) };
}

/** An anger word of the customer's own (the FRUSTRATED emotion cues, not negated, other than 사기 / scam). */
function saysAngry(text: string): boolean {
  if (annoyedNotHarmed(text)) return true;
  return findCues(text).some((h) => h.label === 'FRUSTRATED' && !h.negated && !/사기|scam/i.test(h.match));
}

/**
 * QA round 24 (mood24). Annoyance at a scam text or call that did nothing to them ("scam text again, so annoying",
 * "스팸 사기문자 또 왔어요 지겨워"): the words of being fed up, here only (as emotion cues they would reach every
 * comment of the evaluation sets); a victim ("I clicked the link in a scam text", "링크 눌렀어요") stays anxious.
 */
const ANNOYED =
  /\bannoying\b|\birritating\b|\b(?:so |really )?(?:sick|tired) of\b|\bfed up\b|\bugh+\b|귀찮|지겹|지겨워|지긋지긋|짜증/i;
const HARMED =
  /\b(?:clicked|tapped|opened|installed|downloaded|sent|transferred|gave|paid|entered|typed)\b|눌렀|클릭했|설치했|깔았|보냈|송금했|이체했|입금했|알려\s?(?:줬|드렸)|입력했|당했|당한/i;
function annoyedNotHarmed(text: string): boolean {
  return ANNOYED.test(text) && !HARMED.test(text);
}
