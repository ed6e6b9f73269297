// The offline counsellor: advice templates per scenario × emotion (the first seed's advice_templates), the
// two-stage forecast answer (the second seed), general chat, refusals and the staff FAQ answer — in Korean or
// English, from the turn's data only. Pure: figures arrive as exact strings; every figure, particle, enum code
// and data string goes through the rendering layer (./render): no Korean is built by concatenating a raw value
// with a hard-coded particle.
import Decimal from 'decimal.js';
import type { EmotionLabel } from '../../emotion';
import { parseTemplate, type FaqPlaceholder } from '../../faq';
import {
  ACKNOWLEDGEMENT,
  APP_COMPLAINT,
  CAPABILITY_ASKED,
  HUMAN_ASKED,
  OUT_OF_SCOPE,
  type FinanceIntent,
} from '../../topics';
import type { ChatLanguage, TurnScenario } from './counsellor';
import type { DocumentQualityFigures, ForecastData, ImportFigures, ImportStatusData, TurnData } from './data';
import { addMonths, daysBetween } from '../../../common/dates';
import { groupDigits } from '../../../common/money';
import { formatKrw, formatPercent } from './format';
import type { InjectionKind } from './injection';
import {
  bindingConstraintPhrase,
  formatAnnualRate,
  formatChange,
  formatCount,
  formatDate,
  formatMonth,
  formatQuarter,
  ko as koText,
  merchantLabel,
  particle,
  phrase,
  quoteData,
  safeDataText,
  SCENARIO_PHRASES,
  METRIC_PHRASES,
} from './render';

type Text = Record<ChatLanguage, string>;

/** The hedge every finance answer ends with: nothing here is an approval or a rate offer. */
export const DISCLAIMER: Text = {
  ko: '※ 이 안내는 고객님의 현재 데이터에 기반한 참고 정보입니다. 실제 대출 승인 여부, 금리와 한도는 심사 결과에 따라 달라질 수 있습니다.',
  en: 'Note: this is guidance based on your current data, not an offer. Any actual approval, rate or limit depends on the lender’s review.',
};

/** Empathetic openings by emotion; the strong variant is used from intensity 0.6. */
export const OPENINGS: Record<EmotionLabel, { mild: Text; strong: Text }> = {
  ANXIOUS: {
    mild: {
      ko: '걱정되시는 마음 충분히 이해합니다. 지금 상황을 숫자로 차분히 정리해 드릴게요.',
      en: 'I understand this is on your mind. Let me lay out your situation calmly, with your actual numbers.',
    },
    strong: {
      ko: '많이 불안하고 걱정되셨겠어요. 혼자 감당하지 않으셔도 됩니다. 하나씩 차근차근 함께 살펴보면 방법을 찾을 수 있어요.',
      en: 'This sounds really stressful, and you don’t have to handle it alone. Let’s go through it step by step — there are options.',
    },
  },
  FRUSTRATED: {
    mild: {
      ko: '답답하셨을 것 같아요. 핵심부터 정확한 숫자로 정리해 드리겠습니다.',
      en: 'That sounds frustrating. Here are the key facts, with exact figures.',
    },
    strong: {
      ko: '많이 답답하고 속상하셨을 것 같아요. 불편을 드려 죄송합니다. 지금 상황과 바로 할 수 있는 일을 분명하게 말씀드릴게요.',
      en: 'I’m sorry this has been so frustrating. Let me be clear about where things stand and what you can do right now.',
    },
  },
  SAD: {
    mild: {
      ko: '마음이 무거우셨겠어요. 지금 할 수 있는 것부터 함께 정리해 볼게요.',
      en: 'That sounds hard. Let’s start with what can be done now.',
    },
    strong: {
      ko: '정말 힘드셨겠어요. 어려운 시기일수록 작은 단계부터 시작하면 됩니다. 제가 옆에서 숫자를 정리해 드릴게요.',
      en: 'I’m sorry you’re going through this. In hard times small steps count — I’ll help you sort out the numbers.',
    },
  },
  NEUTRAL: {
    mild: {
      ko: '문의하신 내용을 고객님의 데이터로 정리해 드리겠습니다.',
      en: 'Here is what your data shows.',
    },
    strong: {
      ko: '문의하신 내용을 고객님의 데이터로 정리해 드리겠습니다.',
      en: 'Here is what your data shows.',
    },
  },
  HOPEFUL: {
    mild: {
      ko: '좋은 방향으로 생각하고 계시네요! 숫자로 함께 확인해 볼게요.',
      en: 'Great that you’re thinking ahead! Let’s check it against your numbers.',
    },
    strong: {
      ko: '긍정적인 변화를 준비하고 계시는군요, 응원합니다! 그 흐름을 이어갈 수 있도록 숫자로 확인해 볼게요.',
      en: 'Love the momentum — let’s make sure the numbers keep backing it up.',
    },
  },
};

type Label = TurnScenario['label'];

/** From this probability on the scenario is stated as the customer's situation; below it, as one to watch. */
export const LIKELY_SCENARIO_PROBABILITY = 0.5;

export const SCENARIO_HEADLINES: Record<Label, Text> = {
  DELINQUENCY_RISK: {
    ko: '현재 데이터로 보면 연체 위험 상황에 해당합니다',
    en: 'Your data points to a delinquency-risk situation',
  },
  DEBT_BURDEN: {
    ko: '소득 대비 부채 상환 부담이 큰 상황입니다',
    en: 'Your debt repayments are heavy relative to income',
  },
  LIQUIDITY_SHORTFALL: {
    ko: '비상자금(유동성) 여유가 부족한 상황입니다',
    en: 'Your cash buffer (liquidity) is thin',
  },
  INCOME_DROP: { ko: '최근 소득이 줄어든 상황입니다', en: 'Your income has recently dropped' },
  OVERSPENDING: {
    ko: '소득에 비해 소비가 많거나 빠르게 늘고 있습니다',
    en: 'Your spending is high or rising fast relative to income',
  },
  HIGH_INTEREST_REFINANCE: {
    ko: '대출 금리가 높은 편이라 대환(갈아타기)을 검토해 볼 만합니다',
    en: 'Your loan rates are on the high side — refinancing may be worth a look',
  },
  STABLE_SAVER: { ko: '재무 상태가 안정적인 편입니다', en: 'Your finances look stable' },
};

/** Short scenario names (for narratives): the rendering layer's scenario phrases. */
export const SCENARIO_NAMES: Record<Label, Text> = SCENARIO_PHRASES;

/** The Korean topic particle after a word, from how the word is read ("DSR은", "41.2%는", "3건은"). */
export function topicParticle(word: string): '은' | '는' {
  return particle(word, '은/는') as '은' | '는';
}

export const SCENARIO_STEPS: Record<Label, Record<ChatLanguage, string[]>> = {
  DELINQUENCY_RISK: {
    ko: [
      '가장 오래된 연체분부터 먼저 납부하세요. 연체 기간이 길어질수록 연체 이자와 신용 영향이 커집니다.',
      '한 번에 납부가 어렵다면 거래 금융회사에 분할 납부나 상환 유예가 가능한지 상담을 요청해 보세요.',
      '여러 곳의 빚이 겹쳐 있다면 신용회복위원회(국번 없이 1600-5500)의 채무조정 제도도 확인해 보세요.',
      '자동이체 날짜를 급여일 직후로 옮기면 다음 연체를 막는 데 도움이 됩니다.',
    ],
    en: [
      'Pay the oldest overdue instalment first: late interest and the credit impact grow with every day past due.',
      'If you cannot pay it all at once, ask your lender whether instalments or a repayment deferral are possible.',
      'If several debts overlap, look at the debt-adjustment programmes of the Credit Counseling & Recovery Service (1600-5500).',
      'Moving the direct-debit date to just after payday helps prevent the next missed payment.',
    ],
  },
  DEBT_BURDEN: {
    ko: [
      '금리가 가장 높은 대출부터 여유 자금으로 일부 상환하면 월 부담과 DSR이 함께 내려갑니다.',
      '당분간 신규 대출이나 카드론은 자제하시는 것이 좋습니다.',
      '상환 기간 연장이나 상환 방식 변경이 가능한지 거래 금융회사와 상담해 보세요.',
    ],
    en: [
      'Paying down the highest-rate loan first lowers both your monthly burden and your DSR.',
      'Avoid new loans or card loans for now.',
      'Ask your lender whether a longer term or a different repayment method is possible.',
    ],
  },
  LIQUIDITY_SHORTFALL: {
    ko: [
      '월 소비의 3개월치를 비상자금 목표로 잡고, 급여일에 자동이체로 조금씩 모아 보세요.',
      '구독·통신비 같은 고정 지출을 점검하면 바로 여유가 생깁니다.',
      '급한 돈이 필요할 때 고금리 단기 대출보다 다른 방법이 있는지 먼저 상담해 보세요.',
    ],
    en: [
      'Aim for an emergency fund of three months of spending, built with an automatic transfer on payday.',
      'Review fixed costs such as subscriptions and phone plans — that frees cash quickly.',
      'Before reaching for a high-rate short-term loan in a pinch, ask about alternatives.',
    ],
  },
  INCOME_DROP: {
    ko: [
      '줄어든 소득에 맞춰 이번 달 지출 계획을 다시 세워 보세요.',
      '상환이 빠듯해질 것 같다면 연체가 생기기 전에 미리 금융회사와 상환 일정을 상담하세요.',
      '고용·소득 지원 제도(예: 국민취업지원제도)에 해당되는지도 확인해 보세요.',
    ],
    en: [
      'Re-plan this month’s spending around the lower income.',
      'If repayments will get tight, talk to your lender before anything becomes overdue.',
      'Check whether you qualify for public income or employment support.',
    ],
  },
  OVERSPENDING: {
    ko: [
      '지출이 큰 카테고리 두세 개에 월 예산을 정하고 카드 알림을 켜 두세요.',
      '할부·해외·야간 결제처럼 늘어나기 쉬운 지출을 먼저 점검해 보세요.',
      '남는 금액은 급여일에 바로 저축 계좌로 옮기면 소비가 자연스럽게 줄어듭니다.',
    ],
    en: [
      'Set a monthly budget for your two or three biggest categories and turn on card alerts.',
      'Check spending that creeps up easily: instalments, overseas and late-night purchases.',
      'Move what is left to savings on payday so it is not spent by default.',
    ],
  },
  HIGH_INTEREST_REFINANCE: {
    ko: [
      '금리가 높은 대출은 대환(갈아타기) 상품과 비교해 보세요. 대출 갈아타기 서비스로 여러 금융회사 조건을 한 번에 볼 수 있습니다.',
      '갈아타기 전에 중도상환수수료와 남은 기간을 꼭 확인하세요.',
      '소득이나 신용점수가 올랐다면 금리인하요구권을 신청해 볼 수 있습니다.',
    ],
    en: [
      'Compare your high-rate loans with refinancing offers; Korea’s loan-switching service shows several lenders at once.',
      'Check the early-repayment fee and the remaining term before switching.',
      'If your income or credit score has improved, you can request a rate cut (금리인하요구권).',
    ],
  },
  STABLE_SAVER: {
    ko: [
      '지금처럼 비상자금을 유지하면서 목표 저축(적금 등)을 이어가세요.',
      '금리가 높은 대출이 있다면 여유 자금으로 일부 조기 상환하는 것도 검토해 볼 만합니다.',
    ],
    en: [
      'Keep your emergency fund and continue with goal-based saving.',
      'If you hold a high-rate loan, a partial early repayment from spare cash may be worth considering.',
    ],
  },
};

const METRIC_LABELS: Record<string, Text> = METRIC_PHRASES;

/** A key metric's value in its unit. */
export function metricValue(name: string, value: number, language: ChatLanguage): string {
  switch (name) {
    case 'maxDaysPastDue':
      return formatCount(value, 'day', language);
    case 'overdueAmount':
      return formatKrw(Math.round(value), language);
    case 'liquidityMonths':
      return language === 'ko' ? `${value.toFixed(1)}개월` : `${value.toFixed(1)} months`;
    default:
      return formatPercent(value);
  }
}

/** "- DSR(총부채원리금상환비율): 52.0% (주의 기준 40.0%보다 높음)". */
export function metricLine(m: TurnScenario['keyMetrics'][number], language: ChatLanguage): string {
  const label = METRIC_LABELS[m.name]?.[language] ?? (language === 'ko' ? '기타 지표' : 'another measure');
  const threshold = metricValue(m.name, m.threshold, language);
  if (m.value === null)
    return language === 'ko'
      ? `- ${label}: 데이터 없음 (기준 ${threshold})`
      : `- ${label}: no data (threshold ${threshold})`;
  const value = metricValue(m.name, m.value, language);
  const above = m.value > m.threshold;
  const equal = m.value === m.threshold;
  // QA round 24 (en24b): in the customer's words — not "(above the 30.0% threshold, flagged)" / "(기준 30.0% 초과, 주의)".
  const relation =
    language === 'ko'
      ? equal
        ? koText`주의 기준 ${threshold}와/과 같음`
        : `주의 기준 ${threshold}보다 ${above ? '높음' : '낮음'}`
      : `${equal ? 'right at' : above ? 'above' : 'below'} the ${threshold} warning level`;
  return `- ${label}: ${value} (${relation})`;
}

function opening(emotion: { label: EmotionLabel; intensity: number } | null, language: ChatLanguage): string {
  const e = OPENINGS[emotion?.label ?? 'NEUTRAL'];
  return (emotion && emotion.intensity >= 0.6 ? e.strong : e.mild)[language];
}

export function scenarioBlock(scenario: TurnScenario | null, language: ChatLanguage): string[] {
  if (!scenario)
    return [
      language === 'ko'
        ? '아직 상황(시나리오)을 판단할 데이터가 충분하지 않습니다. 아래 숫자를 기준으로 안내드릴게요.'
        : 'There is not enough data yet to judge your overall situation; here is what the numbers show.',
    ];
  // Below even odds the scenario is only the one most worth watching: say so rather than assert it.
  const likely = scenario.probability >= LIKELY_SCENARIO_PROBABILITY;
  const name = SCENARIO_NAMES[scenario.label][language];
  // The model's probability is not said to the customer (QA round 16: "추정 확률 70%" read as an internal figure); the
  // figures under the head say why.
  const head =
    language === 'ko'
      ? likely
        ? `■ ${SCENARIO_HEADLINES[scenario.label].ko}.`
        : koText`■ 지금 가장 살펴볼 만한 부분은 '${name}'이지만/지만, 현재 지표는 아직 기준 안쪽입니다. 아래는 예방 차원의 안내입니다.`
      : likely
        ? `■ ${SCENARIO_HEADLINES[scenario.label].en}.`
        : `■ The situation most worth watching is ${name}, but your figures are still within the thresholds. What follows is preventive.`;
  // The threshold table's version is for staff and the audit trail (the message's citation carries it), not here.
  // A scenario said to hold shows the figures that make it hold: one "below the threshold" under "your spending is
  // high" reads as a contradiction (every figure when none is flagged; all of them for a preventive one).
  const known = scenario.keyMetrics.filter((m) => m.value !== null);
  const flagged = known.filter((m) => m.triggered);
  const metrics = (likely && flagged.length > 0 ? flagged : known).map((m) => metricLine(m, language));
  return [head, ...metrics];
}

function loansBlock(data: TurnData, language: ChatLanguage, withSchedule: boolean): string[] {
  const loans = data.loans;
  if (!loans) return [];
  const ko = language === 'ko';
  if (loans.count === 0) return [ko ? '■ 등록된 대출이 없습니다.' : '■ You have no loans on record.'];
  const date = (iso: string) => formatDate(iso, language, loans.asOf);
  const out = [
    ko
      ? `■ 보유 대출 ${formatCount(loans.count, 'loan', 'ko')}(상환 중 ${formatCount(loans.activeCount, 'loan', 'ko')}), 잔액 합계 ${loans.totalOutstanding.text}, 다음 납입할 회차 합계 ${loans.nextPaymentsTotal.text}.`
      : `■ ${formatCount(loans.count, 'loan', 'en')} (${loans.activeCount} active), total outstanding ${loans.totalOutstanding.text}, next instalments together ${loans.nextPaymentsTotal.text}.`,
  ];
  for (const l of loans.loans.slice(0, 5)) {
    const kind = phrase('loanKind', l.kind, language);
    const lender = safeDataText(l.lender);
    const unpaid = l.nextPayment !== null && l.nextPayment.dueDate <= loans.asOf;
    const next = l.nextPayment
      ? ko
        ? `, ${unpaid ? '가장 오래된 미납 회차' : '다음 납입'} ${date(l.nextPayment.dueDate)} ${l.nextPayment.payment.text}`
        : `, ${unpaid ? 'oldest unpaid instalment' : 'next payment'} ${l.nextPayment.payment.text} ${unpaid ? 'due' : 'on'} ${date(l.nextPayment.dueDate)}`
      : '';
    const late =
      l.delinquency.daysPastDue > 0
        ? ko
          ? `, 연체 ${formatCount(l.delinquency.daysPastDue, 'day', 'ko')} ${l.delinquency.overdueAmount.text}`
          : `, ${formatCount(l.delinquency.daysPastDue, 'day', 'en')} past due, ${l.delinquency.overdueAmount.text} overdue`
        : '';
    out.push(
      ko
        ? `- ${l.loanNumber} ${lender} ${kind}: 잔액 ${l.outstandingPrincipal.text}, 금리 ${formatAnnualRate(l.annualRate, 'ko')}${next}${late}`
        : `- ${l.loanNumber} ${lender} ${kind}: balance ${l.outstandingPrincipal.text}, rate ${formatAnnualRate(l.annualRate, 'en')}${next}${late}`,
    );
  }
  const d = loans.delinquency;
  if (d.delinquentLoans > 0)
    out.push(
      ko
        ? `■ 연체: ${formatCount(d.delinquentLoans, 'loan', 'ko')}, 연체 금액 합계 ${d.totalOverdue.text}, 최장 ${formatCount(d.maxDaysPastDue, 'day', 'ko')}, 연체 이자 ${d.totalPenaltyInterest.text}, 건전성 분류 '${phrase('assetClass', d.worstAssetClass, 'ko')}'.`
        : `■ Arrears: ${formatCount(d.delinquentLoans, 'loan', 'en')}, ${d.totalOverdue.text} overdue in total, up to ${formatCount(d.maxDaysPastDue, 'day', 'en')}, late interest ${d.totalPenaltyInterest.text}, the bank classes the loan as ${phrase('assetClass', d.worstAssetClass, 'en')}.`,
    );
  else if (loans.activeCount > 0) out.push(ko ? '■ 현재 연체는 없습니다.' : '■ Nothing is overdue.');
  if (withSchedule && data.schedule && data.schedule.rows.length > 0) {
    out.push(
      ko
        ? `■ ${data.schedule.loanNumber} 미납·예정 회차:`
        : `■ Unpaid and upcoming instalments of ${data.schedule.loanNumber}:`,
    );
    for (const r of data.schedule.rows)
      out.push(
        ko
          ? `- ${r.number}회차 ${date(r.dueDate)}: ${r.payment.text} (원금 ${r.principal.text}, 이자 ${r.interest.text})`
          : `- #${r.number} ${date(r.dueDate)}: ${r.payment.text} (principal ${r.principal.text}, interest ${r.interest.text})`,
      );
  }
  return out;
}

function simulationBlock(data: TurnData, language: ChatLanguage): string[] {
  const s = data.simulation;
  if (!s) return [];
  const ko = language === 'ko';
  if (!s.ok || !s.maxLoan || !s.assumedLoan)
    return [
      ko
        ? `■ 한도 시뮬레이션을 할 수 없습니다: ${s.reason ?? '필요한 정보가 없습니다'}.`
        : `■ The loan-limit simulation could not run: ${s.reason ?? 'information is missing'}.`,
    ];
  const a = s.assumedLoan;
  const kind = phrase('loanKind', a.kind, language);
  const term = formatCount(a.termMonths, 'month', language);
  const binding = bindingConstraintPhrase(s.bindingConstraint, s.dsrCapRatio, language);
  return [
    ko
      ? koText`■ 한도 시뮬레이션(참고용): ${kind} ${term}, 가정 금리 ${formatAnnualRate(a.annualRate, 'ko')} 기준 DSR 규제상 추가로 빌릴 수 있는 금액은 최대 ${s.maxLoan.text}으로/로 계산됩니다 (DSR ${formatPercent(s.dsrBefore)} → ${formatPercent(s.dsrAfter)}, 한도를 정하는 기준: ${binding}). 실제 한도와 금리는 심사 결과에 따라 달라질 수 있습니다.`
      : `■ Limit simulation (for reference): for a ${term} ${kind} at an assumed ${formatAnnualRate(a.annualRate, 'en')}, the DSR rules leave room for at most ${s.maxLoan.text} (DSR ${formatPercent(s.dsrBefore)} → ${formatPercent(s.dsrAfter)}; what sets the limit: ${binding}). The actual limit and rate depend on the lender’s review.`,
  ];
}

function spendingBlock(data: TurnData, language: ChatLanguage): string[] {
  const q = data.spending?.quarters[0];
  const ko = language === 'ko';
  if (!data.spending) return [];
  if (!q) return [ko ? '■ 저장된 카드 소비 데이터가 아직 없습니다.' : '■ No card spending is on record yet.'];
  const change =
    q.changeFromPrevious === null
      ? ''
      : ko
        ? `, 전 분기 대비 ${formatChange(q.changeFromPrevious)}`
        : `, ${formatChange(q.changeFromPrevious)} vs the previous quarter`;
  const quarter = formatQuarter(q.quarter, language);
  const out = [
    ko
      ? `■ ${quarter}${q.complete ? '' : '(진행 중)'} 카드 소비 ${q.total.text} (${formatCount(q.transactionCount, 'transaction', 'ko')}${change}).`
      : `■ Card spending in ${quarter}${q.complete ? '' : ' (in progress)'}: ${q.total.text} (${formatCount(q.transactionCount, 'transaction', 'en')}${change}).`,
  ];
  if (q.income)
    out.push(ko ? `- 같은 분기 소득: ${q.income.text}` : `- Income in the same quarter: ${q.income.text}`);
  if (q.depositBalance)
    out.push(ko ? `- 예금 잔액: ${q.depositBalance.text}` : `- Deposit balance: ${q.depositBalance.text}`);
  const top = data.transactions?.transactions.slice(0, 3) ?? [];
  // Merchant names are data someone else chose: shown quoted and capped, or by category when they carry a lure.
  const purchases = top.map(
    (t) =>
      `${merchantLabel(t.merchant, phrase('category', t.category, language), language)} ${t.amount.text}`,
  );
  if (purchases.length > 0)
    out.push(ko ? `- 최근 결제: ${purchases.join(', ')}` : `- Recent purchases: ${purchases.join(', ')}`);
  return out;
}

function insightsBlock(data: TurnData, language: ChatLanguage): string[] {
  const i = data.insights;
  if (!i || i.healthScore === null) return [];
  const band = i.healthBand ? phrase('healthBand', i.healthBand, language) : null;
  const quarter = formatQuarter(i.quarter, language);
  return [
    language === 'ko'
      ? `■ 재무 건강 점수: 100점 만점에 ${i.healthScore}점 (${band ? `'${band}' 단계, ` : ''}${quarter} 기준).`
      : `■ Financial health score: ${i.healthScore}/100 (${band ? `${band}, ` : ''}${quarter}).`,
  ];
}

function stepsBlock(
  scenario: TurnScenario | null,
  intent: FinanceIntent | null,
  language: ChatLanguage,
): string[] {
  const steps = scenario
    ? SCENARIO_STEPS[scenario.label][language]
    : language === 'ko'
      ? ['카드 소비와 소득 데이터가 쌓이면 더 구체적인 상담이 가능합니다.']
      : ['Once card spending and income data are on record, the advice can be more specific.'];
  const extra: string[] = [];
  if (intent === 'LOAN_LIMIT' && scenario?.label !== 'DEBT_BURDEN')
    extra.push(
      language === 'ko'
        ? '대출이 꼭 필요하다면 필요한 금액만, 상환 계획과 함께 신청하세요.'
        : 'If you do need a loan, apply only for what you need, with a repayment plan.',
    );
  return [
    language === 'ko' ? '■ 다음 단계로 권해 드리는 것:' : '■ Suggested next steps:',
    ...[...steps, ...extra].map((s, i) => `${i + 1}. ${s}`),
  ];
}

export interface CounselReplyInput {
  language: ChatLanguage;
  emotion: { label: EmotionLabel; intensity: number } | null;
  scenario: TurnScenario | null;
  intent: FinanceIntent | null;
  data: TurnData;
}

/** The finance counselling reply: opening by emotion, the data, the scenario with its metrics, steps, hedge. */
export function composeCounselReply(input: CounselReplyInput): string {
  const { language, data, intent } = input;
  const sections: string[][] = [
    [opening(input.emotion, language)],
    loansBlock(data, language, intent === 'REPAYMENT_TROUBLE' || intent === 'LOANS'),
    simulationBlock(data, language),
    spendingBlock(data, language),
    insightsBlock(data, language),
    scenarioBlock(input.scenario, language),
    stepsBlock(input.scenario, intent, language),
    [DISCLAIMER[language]],
  ];
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}

function forecastValue(f: ForecastData, value: string, language: ChatLanguage): string {
  if (f.unit === 'KRW') return formatKrw(value, language);
  const v = new Decimal(value).toFixed(2);
  return f.unit.includes('%') ? `${v}%` : `${v} ${f.unit}`;
}

/** A point whose 80 % interval has no width (a series that cannot move, e.g. a bullet loan's balance). */
export function certain(p: ForecastData['points'][number]): boolean {
  return new Decimal(p.lower80).eq(p.mean) && new Decimal(p.upper80).eq(p.mean);
}

/** At most this many months are listed; a longer horizon shows months spread evenly over it, the last included. */
const FORECAST_LINES = 6;

/** The months a forecast lists: every one up to FORECAST_LINES, else that many spread evenly, first and last kept. */
export function listedPoints<P>(points: P[]): P[] {
  if (points.length <= FORECAST_LINES) return points;
  const at = new Set<number>();
  for (let i = 0; i < FORECAST_LINES; i++)
    at.add(Math.round((i * (points.length - 1)) / (FORECAST_LINES - 1)));
  return [...at].sort((a, b) => a - b).map((i) => points[i]);
}

/**
 * The running month of a card spending forecast as a whole: what is spent to date (this month's spending summary) plus
 * the days left at the month's forecast spread evenly over its days (rounded up: a spending estimate never flatters) —
 * the model's month figure does not know this month's days. Null unless `p` is this month of the customer's spending
 * forecast and this month's whole spending (no category or shop) was read.
 */
export function runningMonthTotal(
  f: ForecastData,
  p: ForecastData['points'][number],
  data: TurnData,
): { rest: string; total: string; daysLeft: number; spent: string } | null {
  if (f.kind !== 'CUSTOMER' || f.series !== 'SPENDING' || p.period.slice(0, 7) !== data.asOf.slice(0, 7))
    return null;
  const s = data.spendingSummary;
  if (!s || s.period !== 'THIS_MONTH' || s.category || s.merchant) return null;
  const monthStart = `${data.asOf.slice(0, 7)}-01`;
  const daysInMonth = daysBetween(monthStart, addMonths(monthStart, 1));
  const daysLeft = daysBetween(data.asOf, addMonths(monthStart, 1)); // today's spending is in the summary
  const rest = Decimal.max(0, p.mean).times(daysLeft).div(daysInMonth).toDecimalPlaces(0, Decimal.ROUND_UP);
  return {
    rest: rest.toFixed(0),
    total: rest.plus(s.total.amount).toFixed(0),
    daysLeft,
    spent: s.total.text,
  };
}

/**
 * QA round 23 (card23). The running month in a card spending forecast's list: its actual to date plus the rest of its
 * days at the month's forecast (runningMonthTotal) — not a prediction beside the actual. Without this month's
 * spending read (the plan reads it for every spending forecast), the forecast line.
 */
function runningMonthLine(
  f: ForecastData,
  p: ForecastData['points'][number],
  data: TurnData,
  language: ChatLanguage,
): string | null {
  const r = runningMonthTotal(f, p, data);
  if (!r) return null;
  const month = formatMonth(p.period, language);
  const rest = forecastValue(f, r.rest, language);
  const total = forecastValue(f, r.total, language);
  return language === 'ko'
    ? `- ${month} (진행 중): 오늘까지 실제 ${r.spent} + 남은 ${r.daysLeft}일 예상 약 ${rest} = 약 ${total}`
    : `- ${month} (running): ${r.spent} actually spent to date + about ${rest} expected for the ${formatCount(r.daysLeft, 'day', language)} left = about ${total}`;
}

/** Stage 1 of the forecast answer: horizon, point forecasts, 80 % interval, method. */
export function forecastSummary(f: ForecastData, language: ChatLanguage, data?: TurnData): string {
  const ko = language === 'ko';
  const method = phrase('forecastMethod', f.method, language);
  const last = formatMonth(f.lastObservedPeriod, language);
  const lines = [
    ko
      ? `【예측 요약】 ${safeDataText(f.label)}: 앞으로 ${formatCount(f.horizon, 'month', 'ko')}, 예측 방법: ${method} (${formatCount(f.observations, 'month', 'ko')} 관측, 마지막 관측 ${last})`
      : // QA round 24 (en24b): no bracketed internal label in the customer's text.
        `■ ${safeDataText(f.label)}, forecast for the next ${formatCount(f.horizon, 'month', 'en')} by ${method} (${formatCount(f.observations, 'month', 'en')} observed, last ${last}):`,
  ];
  const first = f.points[0];
  const end = f.points[f.points.length - 1];
  // A series that cannot move (every month the same, no interval): one line, not a column of equal figures.
  if (f.points.length > 1 && f.points.every((p) => certain(p) && new Decimal(p.mean).eq(first.mean))) {
    const v = forecastValue(f, first.mean, language);
    lines.push(
      ko
        ? `- ${formatMonth(first.period, 'ko')} ~ ${formatMonth(end.period, 'ko')}: 매달 ${v} (변동 없음)`
        : `- ${formatMonth(first.period, 'en')} to ${formatMonth(end.period, 'en')}: ${v} every month (no change)`,
    );
    return lines.join('\n');
  }
  const shown = listedPoints(f.points);
  for (const p of shown) {
    const running = data ? runningMonthLine(f, p, data, language) : null;
    if (running) {
      lines.push(running);
      continue;
    }
    const v = forecastValue(f, p.mean, language);
    const range = certain(p)
      ? ''
      : ko
        ? ` (80% 확률 구간 ${forecastValue(f, p.lower80, language)} ~ ${forecastValue(f, p.upper80, language)})`
        : ` (80% interval ${forecastValue(f, p.lower80, language)} to ${forecastValue(f, p.upper80, language)})`;
    lines.push(`- ${formatMonth(p.period, language)}: ${v}${range}`);
  }
  if (shown.length < f.points.length)
    lines.push(
      ko
        ? `(${formatCount(f.points.length, 'month', 'ko')} 중 ${shown.length}개월만 보여 드렸습니다.)`
        : `(${shown.length} of the ${formatCount(f.points.length, 'month', 'en')} shown.)`,
    );
  return lines.join('\n');
}

/** Direction of a forecast: the last point against the first (±2 % is flat). */
export function forecastTrend(f: ForecastData): 'UP' | 'DOWN' | 'FLAT' {
  if (f.points.length === 0) return 'FLAT';
  const first = new Decimal(f.points[0].mean);
  const last = new Decimal(f.points[f.points.length - 1].mean);
  const scale = first.abs().gt(0) ? first.abs() : new Decimal(1);
  const change = last.minus(first).div(scale);
  return change.gt(0.02) ? 'UP' : change.lt(-0.02) ? 'DOWN' : 'FLAT';
}

function narrative(
  f: ForecastData,
  scenario: TurnScenario | null,
  language: ChatLanguage,
  bulletDue: string | null = null,
): string {
  const ko = language === 'ko';
  const trend = forecastTrend(f);
  const last = f.points[f.points.length - 1];
  const dir = ko
    ? { UP: '늘어나는', DOWN: '줄어드는', FLAT: '비슷하게 유지되는' }[trend]
    : { UP: 'rising', DOWN: 'falling', FLAT: 'roughly flat' }[trend];
  const range =
    last && !certain(last)
      ? ko
        ? ` ${formatMonth(last.period, 'ko')}에는 80% 확률로 ${forecastValue(f, last.lower80, language)}에서 ${forecastValue(f, last.upper80, language)} 사이로 예상되며, 구간이 넓을수록 불확실성이 크다는 뜻입니다.`
        : ` For ${formatMonth(last.period, 'en')} the 80% interval is ${forecastValue(f, last.lower80, language)} to ${forecastValue(f, last.upper80, language)}; a wider interval means more uncertainty.`
      : '';
  let impact = '';
  if (f.kind === 'INDICATOR') {
    impact = ko
      ? trend === 'UP'
        ? ' 금리가 오르는 흐름이라면 변동금리 대출의 이자 부담이 커질 수 있으니 고정금리 전환이나 일부 상환을 미리 검토해 보세요.'
        : trend === 'DOWN'
          ? ' 금리가 내려가는 흐름이라면 변동금리 대출은 이자 부담이 줄 수 있고, 고정금리 대출은 대환을 비교해 볼 시점이 올 수 있습니다.'
          : ' 금리가 크게 움직이지 않는 흐름이라면 지금의 상환 계획을 유지하는 것이 무난합니다.'
      : trend === 'UP'
        ? ' If rates rise, variable-rate loans get more expensive: consider fixing the rate or paying some down early.'
        : trend === 'DOWN'
          ? ' If rates fall, variable-rate loans get cheaper and fixed-rate ones may be worth comparing with refinancing offers.'
          : ' With rates moving little, keeping your current repayment plan is reasonable.';
  } else if (f.series === 'SPENDING') {
    impact = ko
      ? trend === 'UP'
        ? ' 이 추세가 이어지면 소득 대비 소비 부담이 커질 수 있으니 큰 지출 카테고리에 예산을 정해 두세요.'
        : ' 지금의 소비 흐름을 유지하면 저축 여력을 조금씩 늘릴 수 있습니다.'
      : trend === 'UP'
        ? ' If the trend holds, spending will weigh more on your income: set budgets for the biggest categories.'
        : ' Keeping this spending pattern leaves room to build savings.';
  } else if (bulletDue && trend !== 'DOWN') {
    // QA round 20 (loans): an interest-only loan's balance is flat until maturity by design — not a warning.
    impact = ko
      ? ` 만기일시상환 대출은 매달 이자만 내고 원금은 만기(${bulletDue})에 한 번에 갚으므로, 그때까지 잔액이 그대로인 것은 정상입니다.`
      : ` An interest-only loan’s balance stays the same until it is repaid in one sum at maturity (${bulletDue}): flat is by design, not a warning sign.`;
  } else {
    impact = ko
      ? trend === 'DOWN'
        ? ' 계획대로 상환하면 부채가 꾸준히 줄어드는 흐름입니다.'
        : ' 부채가 줄지 않는 흐름이므로 상환 계획을 점검해 보세요.'
      : trend === 'DOWN'
        ? ' Repaying as planned keeps your debt going down.'
        : ' Your debt is not going down; review your repayment plan.';
  }
  const context = scenario
    ? ko
      ? koText` 현재 상황은 '${SCENARIO_NAMES[scenario.label].ko}'으로/로 판단되므로 이 점도 함께 고려해 주세요.`
      : ` Your current situation (${SCENARIO_NAMES[scenario.label].en}) should be weighed alongside.`
    : '';
  return ko
    ? koText`${safeDataText(f.label)}은/는 앞으로 ${dir} 흐름으로 예측됩니다.${range}${impact}${context}`
    : `${safeDataText(f.label)} is forecast to be ${dir}.${range}${impact}${context}`;
}

/**
 * QA round 20 (loans). The maturity of the active loans when every one is interest-only (bullet), the last one's date
 * as said; null otherwise or when the loans were not fetched.
 */
export function bulletMaturity(data: TurnData, language: ChatLanguage): string | null {
  const loans = (data.loans?.loans ?? []).filter((l) => l.status === 'ACTIVE');
  if (loans.length === 0 || loans.some((l) => l.repaymentMethod !== 'BULLET')) return null;
  const last = loans.map((l) => l.maturityOn).sort()[loans.length - 1];
  return formatDate(last, language, data.loans?.asOf);
}

/** The two-stage forecast answer: a short summary of each forecast, then the scenario narrative. */
export function composeForecastReply(input: CounselReplyInput): string {
  const { language, data } = input;
  const ko = language === 'ko';
  const forecasts = data.forecasts ?? [];
  // The answer's own first sentence comes before this (answers.ts): an opening is only said for a felt emotion.
  const parts: string[] =
    input.emotion && input.emotion.label !== 'NEUTRAL' ? [opening(input.emotion, language)] : [];
  if (forecasts.length === 0) {
    parts.push(
      ko
        ? '【예측 요약】 예측에 필요한 월별 데이터가 부족합니다(최소 6개월). 데이터가 쌓이면 전망을 알려드릴게요.'
        : 'There is not enough monthly history to forecast yet (at least 6 months are needed).',
    );
  } else {
    parts.push(forecasts.map((f) => forecastSummary(f, language, data)).join('\n\n'));
  }
  const story = forecasts
    .map((f) =>
      narrative(f, input.scenario, language, f.series === 'DEBT' ? bulletMaturity(data, language) : null),
    )
    .join(' ');
  parts.push(
    `${ko ? '【시나리오 해설】' : '■ What it means:'} ${story || (ko ? '현재 데이터로 상황을 정리해 드립니다.' : 'Here is your situation from current data.')}`,
  );
  // A forecast question does not ask for the scenario: it is shown only when the turn has one.
  if (input.scenario) parts.push(scenarioBlock(input.scenario, language).join('\n'));
  // The lender's review bears on rates and loans, not on a forecast of one's own card spending.
  const lenders = forecasts.some((f) => f.kind === 'INDICATOR' || f.series !== 'SPENDING');
  parts.push(
    ko
      ? `※ 예측은 과거 데이터의 통계 모형에 따른 추정치이며 실제와 다를 수 있습니다.${lenders ? ' 실제 대출 금리와 승인 여부는 심사 결과에 따라 달라질 수 있습니다.' : ''}`
      : `Note: forecasts are statistical estimates from past data and may differ from what happens.${lenders ? ' Actual rates and approvals depend on the lender’s review.' : ''}`,
  );
  return parts.join('\n\n');
}

const GENERAL_PATTERNS: { re: RegExp; reply: Text }[] = [
  // "너 사람이야 AI야?", "am I talking to a bot?": said plainly (a person deserves to know), with who can help.
  {
    re: /(?:사람|인간|상담원|직원)\S{0,3}\s?(?:이야|이에요|인가요|이세요|맞아|맞나요|이니|야\?|에요\?|인지)|(?:ai|에이아이|인공\s?지능|봇|로봇|챗봇|기계)\S{0,2}\s?(?:이야|야|이에요|예요|인가요|이세요|맞아|맞나요|이니|니\?)|\bare you (?:a |an )?(?:real )?(?:human|person|bot|robot|ai|machine|chatbot)\b|\bam i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:real )?(?:human|person|bot|robot|ai|machine)\b/i,
    reply: {
      ko: '저는 사람이 아니라 AI 금융 상담 도우미입니다. 고객님의 대출·카드 데이터로 답해 드리며, 사람 상담원과 이야기하시려면 거래하시는 금융회사의 고객센터로 연락해 주세요.',
      en: 'I’m not a person: I’m an AI finance assistant, answering from your loan and card data. To talk to a person, call your lender’s or card company’s customer centre.',
    },
  },
  // Out of scope (OUT_OF_SCOPE, the understanding's): said honestly, with where to go instead.
  {
    re: OUT_OF_SCOPE.TRANSFER,
    reply: {
      ko: '송금이나 이체는 이 상담에서 대신 해 드릴 수 없습니다. 은행 앱이나 인터넷뱅킹에서 직접 보내 주세요. 대출·카드 소비·신용점수처럼 고객님 데이터로 답할 수 있는 질문은 언제든 도와드릴게요.',
      en: 'I can’t make transfers or payments from here: please send it from your bank’s app or internet banking. I’m happy to help with your loans, card spending or credit score.',
    },
  },
  {
    re: OUT_OF_SCOPE.FX,
    reply: {
      ko: '환율 정보는 이 앱에 없어 알려드릴 수 없습니다. 은행 앱이나 포털의 환율 조회에서 확인해 주세요. 해외 결제 내역이나 해외에서 쓴 금액은 물어보시면 고객님 데이터로 답해 드릴게요.',
      en: 'I have no exchange rates, so I can’t tell you today’s rate: please check your bank’s app. I can tell you what you spent abroad from your own card data.',
    },
  },
  {
    re: OUT_OF_SCOPE.MARKETS,
    reply: {
      ko: '주식이나 코인의 시세와 투자 판단은 이 앱에서 안내해 드릴 수 없습니다. 투자는 원금 손실이 날 수 있으니 증권사나 투자 전문가와 상의해 주세요. 대출·소비·저축 여력처럼 고객님 데이터로 답할 수 있는 질문은 언제든 도와드릴게요.',
      en: 'I can’t give share or crypto prices or investment advice: investments can lose money, so please talk to a broker or an adviser. I’m happy to help with your loans, spending and how much you can save.',
    },
  },
  // "상담원 연결해 주세요", "can I talk to a human?": where a person is reached — this assistant connects no one.
  {
    re: HUMAN_ASKED,
    reply: {
      ko: '제가 상담원을 직접 연결해 드릴 수는 없어요. 대출은 거래하시는 금융회사의 앱 고객센터 메뉴나 대표번호로, 카드는 카드사 고객센터로 연락하시면 상담원과 이야기하실 수 있습니다. 빚 문제로 힘드시면 서민금융진흥원(☎ 1397)에서도 무료로 상담받으실 수 있어요. 대출·카드·지출 질문은 여기서 고객님 데이터로 바로 답해 드릴게요.',
      en: 'I can’t put you through to a person myself. For your loan, your lender’s app (its customer-service menu) or main number reaches an agent; for a card, the card company’s customer centre. If debt is the worry, the Korea Inclusive Finance Agency (call 1397) gives free advice. Questions about your loans, cards and spending I can answer here, from your data.',
    },
  },
  // "ugh this app is useless": sorry, and a way to find what they came for.
  {
    re: APP_COMPLAINT,
    reply: {
      ko: '불편을 드려 죄송합니다. 찾으시던 것을 한 문장으로 말씀해 주시면 고객님 데이터로 다시 찾아볼게요. 예: "다음 납입일이 언제고 얼마예요?", "지난달 식비 얼마 썼어요?"',
      en: 'Sorry this hasn’t helped. Tell me in one sentence what you were looking for and I’ll find it from your data — for example “When is my next payment and how much?” or “How much did I spend on food last month?”',
    },
  },
  // "네 알겠어요", "ok got it": acknowledged, briefly (ACKNOWLEDGEMENT, the understanding's).
  {
    re: ACKNOWLEDGEMENT,
    reply: {
      ko: '네! 더 궁금한 점이 있으면 언제든 물어보세요.',
      en: 'Sure — ask me anything else about your loans or spending.',
    },
  },
  // QA round 23 (chat23). Relief ("다행이네요 휴", "…but it went through"): glad with them, in a line (was the hardship
  // ladder); feeling silly for a worry ("lol i feel so dumb for panicking"): reassured (was the small-talk line).
  {
    re: /^\s*(?:휴|후|phew)[\s~.!ㅠㅜ]*$|다행|안심이?\s?(?:되|돼|됐)|\bwent through\b|\brelie(?:f|ved)\b|\bphew\b/i,
    reply: {
      ko: '다행이에요! 마음 놓이셨겠어요. 다음 납입일이나 카드값이 궁금하시면 언제든 물어보세요.',
      en: 'Glad it worked out — that’s a relief! If you’d like, ask me when your next payment is due and I’ll check it.',
    },
  },
  {
    re: /\bfeel (?:so |really |kinda |kind of )?(?:dumb|stupid|silly)\b|괜히\s?(?:걱정|놀랐|쫄았)|민망/i,
    reply: {
      ko: '전혀요, 돈 문제는 한 번 더 확인하시는 게 맞아요. 헷갈리는 게 생기면 언제든 같이 확인해 드릴게요.',
      en: 'Not dumb at all — double-checking a payment is exactly the right instinct. Ask me any time you want to check something.',
    },
  },
  // "오늘은 여기까지 할게요 좋은 하루 되세요" (QA round 23): a goodbye, before thanks said with it.
  {
    re: /여기까지\s?(?:할게|하겠|할래|만)|좋은\s?(?:하루|밤|저녁|주말)\s?(?:되세요|보내세요)|수고하|\bthat'?s all for (?:now|today)\b|\bhave a (?:good|nice|great) (?:day|night|one|weekend)\b/i,
    reply: {
      ko: '오늘도 이용해 주셔서 감사합니다. 좋은 하루 보내세요! 필요하실 때 다시 찾아 주세요.',
      en: 'Thanks for stopping by — have a good day! Come back any time.',
    },
  },
  // QA round 23 (late23b). "오 좋네요 잘 부탁드려요", "looking forward to working with you": met warmly, not told that
  // small talk is kept short.
  {
    re: /잘\s?부탁|\blook(?:ing)? forward to (?:working with|using|chatting with) you\b/i,
    reply: {
      ko: '네, 잘 부탁드립니다! 궁금한 것 있으시면 언제든 물어보세요.',
      en: 'Likewise! Ask me anything, any time.',
    },
  },
  // Thanks before a greeting: "hey, thanks, you've been really helpful" is thanks. "ㄱㅅ", "ㄳ", "ty" (QA round 23).
  {
    re: /(고마워|고맙|감사|thank|thx|cheers|ㄱㅅ|ㄳ|\bty\b|\btysm\b)/i,
    reply: {
      ko: '천만에요! 더 궁금한 점이 있으면 언제든 말씀해 주세요.',
      en: 'You’re welcome! Let me know if there is anything else.',
    },
  },
  {
    // 하이 but not 하이마트 ("하이마트에서는?" is a shop).
    re: /(안녕|반가|하이(?!\s?마트)|hello|\bhi\b|\bhey\b|good (morning|afternoon|evening))/i,
    reply: {
      ko: '안녕하세요! 금융 상담 도우미입니다. 대출 잔액이나 다음 납입일, 소비 변화, 대출 한도, 금리 전망이 궁금하시면 편하게 물어보세요.',
      en: 'Hello! I’m your finance assistant. Ask me about your loan balances, next payments, spending, loan limit or the rate outlook.',
    },
  },
  {
    re: /(잘\s*가|안녕히|다음에|bye|see you|good night)/i,
    reply: {
      ko: '좋은 하루 보내세요! 필요하실 때 다시 찾아 주세요.',
      en: 'Have a good day! Come back any time.',
    },
  },
  {
    re: new RegExp(
      `(누구|뭘\\s*할\\s*수|무엇을\\s*할|뭐\\s*해\\s*줄|who are you|what can you do|help me|도움말)|${CAPABILITY_ASKED.source}`,
      'i',
    ),
    reply: {
      ko: '저는 고객님의 대출·상환·소비 데이터를 바탕으로 상담해 드리는 도우미입니다. 예: "내 대출 잔액 얼마야?", "이번 달 납입 못 할 것 같아", "대출 한도 얼마나 나와?", "다음 3개월 소비 전망은?"',
      en: 'I help with your own loans, repayments and spending. Try: “What do I still owe?”, “I can’t make this month’s payment”, “How much could I borrow?”, “What will my spending look like over the next 3 months?”',
    },
  },
];

/** Small-talk openers by the mood of a general message (a sad remark is not answered with "thanks for sharing!"). */
export const GENERAL_OPENERS: Record<EmotionLabel, Text> = {
  ANXIOUS: {
    ko: '걱정이 많으시군요. 잘 풀리길 바랄게요.',
    en: 'That sounds worrying — I hope it works out.',
  },
  FRUSTRATED: { ko: '답답하셨겠어요.', en: 'That sounds frustrating.' },
  SAD: { ko: '속상하셨겠어요. 힘내세요.', en: 'I’m sorry you’re feeling this way.' },
  NEUTRAL: { ko: '말씀 감사합니다!', en: 'Thanks for sharing!' },
  HOPEFUL: { ko: '좋은 소식이네요!', en: 'That’s great to hear!' },
};

/** Distress said outright ("너무 힘들어요", "말도 못하고", "i can't cope"): met with someone to talk to, not "힘내세요". */
const HEAVY_HEART =
  /너무\s?힘들|힘들어\s?죽|지쳤|지쳐|막막|괴로|우울|말도\s?못|아무(?:한테|에게)도|버티기\s?(?:힘|어렵)|\bcan'?t (?:cope|go on|take (?:it|this) any ?more)\b|\boverwhelmed\b|\bno one to talk to\b|\bdepressed\b|\bso hard\b/i;

/** A friendly general-chat reply (no data, no tools); `mood` picks the opener of the default reply. */
export function generalReply(text: string, language: ChatLanguage, mood: EmotionLabel = 'NEUTRAL'): string {
  const hit = GENERAL_PATTERNS.find((p) => p.re.test(text));
  if (hit) return hit.reply[language];
  // A low mood said without a question ("I feel like a failure", "요즘 너무 우울해요") is met, not told that small talk
  // is kept short: the opener, then an offer to look at what may be weighing on them.
  // "가족한테 말도 못하고 너무 힘들어요": a heavy heart is met as such, with someone to talk to, before the offer.
  if ((mood === 'SAD' || mood === 'ANXIOUS') && HEAVY_HEART.test(text))
    return language === 'ko'
      ? `많이 힘드시죠. 혼자 견디기 버거우시면 정신건강위기상담전화 ☎ 1577-0199(24시간)에서 언제든 이야기를 들어 드립니다. 혹시 돈 문제가 마음을 무겁게 한다면 그것도 혼자 떠안지 않으셔도 됩니다. 대출 납입, 카드값, 지출을 고객님 데이터로 하나씩 같이 볼 수 있어요.`
      : `That sounds really hard. If it feels like too much to carry alone, the mental health crisis line 1577-0199 (24 hours, in Korea) will listen, any time. And if money is part of it, you don’t have to sort that out alone either: I can go through your loan payments, card bills and spending with you, one step at a time.`;
  if (mood === 'SAD' || mood === 'ANXIOUS')
    return language === 'ko'
      ? `${GENERAL_OPENERS[mood].ko} 혹시 돈 문제가 마음을 무겁게 한다면 혼자 떠안지 않으셔도 됩니다. 대출 납입, 카드값, 지출을 고객님 데이터로 하나씩 같이 볼 수 있어요. 예: "이번 달에 갚아야 할 돈 얼마야?", "요즘 지출이 왜 늘었어?"`
      : `${GENERAL_OPENERS[mood].en} If money is part of what’s weighing on you, you don’t have to sort it out alone: I can go through your loan payments, card bills and spending with you, one step at a time. For example: “What do I have to pay this month?” or “Why has my spending gone up?”`;
  const opener = smallTalkOpener(text, mood);
  return language === 'ko'
    ? `${opener.ko} 저는 금융 상담 도우미라 일상 이야기는 가볍게만 나눌 수 있어요. 대출 잔액, 다음 납입일, 소비 변화, 대출 한도, 금리 전망 같은 질문을 주시면 고객님의 데이터로 답해 드릴게요.`
    : `${opener.en} I’m a finance assistant, so I keep small talk short. Ask me about your loans, next payments, spending, loan limit or the rate outlook and I’ll answer from your data.`;
}

/** QA round 22 (shortfu). News that is good said outright: "승진했어요", "got a raise", "good news" — "좋은 소식이네요!" fits. */
const GOOD_NEWS =
  /승진|합격|붙었|취직|취업(?:했|됐)|입사|보너스|성과급|월급\s?(?:올|인상)|연봉\s?(?:올|인상)|결혼|출산|태어났|당첨|좋은\s?(?:소식|일)|기쁜|신나|다\s?갚았|완납|\b(?:got|landed|received) (?:a |the |my )?(?:raise|promotion|job|bonus|offer)\b|\bpromoted\b|\bgood news\b|\bgreat news\b|\bpaid (?:it )?off\b|\bgot (?:married|engaged|in)\b|\bpassed\b|\bwon\b/i;

/** QA round 22 (shortfu). The weather said ("오늘 날씨 넘 춥다ㅠ", "its freezing today"): met as such. */
const WEATHER_SAID: { re: RegExp; text: Text }[] = [
  {
    re: /춥|추워|추운|쌀쌀|얼어|영하|눈\s?(?:와|온|이\s?와|이\s?많)|\b(?:cold|freezing|chilly|snow(?:ing|y)?)\b/i,
    text: { ko: '날씨가 많이 춥죠. 따뜻하게 챙기세요!', en: 'It’s cold out there — stay warm!' },
  },
  {
    re: /덥|더워|더운|폭염|찜통|\b(?:hot|heatwave|boiling|humid)\b/i,
    text: { ko: '많이 덥죠. 더위 조심하세요!', en: 'It’s hot out there — stay cool!' },
  },
  {
    re: /비\s?(?:와|온|가\s?와|가\s?많이|오네|내려)|장마|\b(?:rain(?:ing|y)?|pouring)\b/i,
    text: { ko: '비가 오네요. 우산 챙기세요!', en: 'Rainy day — keep dry!' },
  },
];

/**
 * QA round 22 (shortfu). The small-talk opener that fits the message: the weather said is met as such; "좋은
 * 소식이네요!" only for news that is good (the mood model reads a wish — "붕어빵 먹고싶음", "why so low lol" — as
 * hopeful); otherwise the mood's opener.
 */
function smallTalkOpener(text: string, mood: EmotionLabel): Text {
  const weather = WEATHER_SAID.find((w) => w.re.test(text));
  if (weather) return weather.text;
  if (mood === 'HOPEFUL' && !GOOD_NEWS.test(text)) return GENERAL_OPENERS.NEUTRAL;
  return GENERAL_OPENERS[mood];
}

/** The polite refusal of a guarded request. */
export function refusalReply(kind: InjectionKind, language: ChatLanguage): string {
  if (kind === 'OTHER_CUSTOMER')
    return language === 'ko'
      ? '죄송하지만 다른 고객님의 정보는 조회하거나 알려드릴 수 없습니다. 고객님 본인의 대출과 소비에 대해서는 언제든 도와드릴게요.'
      : 'I’m sorry, but I can’t look up or share another customer’s information. I’m happy to help with your own loans and spending.';
  return language === 'ko'
    ? '죄송하지만 그 요청은 도와드릴 수 없습니다. 저는 정해진 상담 원칙 안에서만 답변하며 내부 설정은 공개하지 않습니다. 대출, 상환, 소비에 관한 질문은 언제든 환영합니다.'
    : 'I’m sorry, but I can’t help with that request. I answer within fixed counselling rules and don’t disclose my configuration. Questions about your loans, repayments or spending are always welcome.';
}

/** A customer asking about the uploaded files: that is the staff FAQ bot. */
export function staffOnlyReply(language: ChatLanguage): string {
  return language === 'ko'
    ? '업로드된 파일의 통계(매출, 고객 수 등)는 직원 전용 정보라 안내해 드리기 어렵습니다. 고객님 본인의 대출이나 소비에 대해서는 언제든 물어보세요.'
    : 'Statistics of uploaded files (revenue, customer counts and so on) are for staff only. I’m happy to help with your own loans or spending.';
}

/** Staff asking a counselling question: the FAQ bot is what they get here. */
export function staffNoteReply(language: ChatLanguage): string {
  return language === 'ko'
    ? '직원 계정에서는 고객 개인 상담 대신 최신 업로드 통계에 대해 답변해 드립니다. 예: "최근 업로드 총매출?", "고객수?", "인보이스 몇 건?", "평균 주문금액은?"'
    : 'For staff accounts I answer questions about the latest data imports rather than personal counselling. Try: “total revenue of the latest upload?”, “how many customers?”, “how many invoices?”, “average order value?”';
}

export type FaqMetric =
  | 'REVENUE'
  | 'CUSTOMERS'
  | 'INVOICES'
  | 'AVERAGE_ORDER'
  | 'TOP'
  | 'ROWS'
  | 'CANCELLATIONS'
  | 'QUANTITY'
  | 'OVERVIEW'
  /** An FAQ entry asked for a figure this import does not have: the main statistics with a lead saying so. */
  | 'MISSING';

const FAQ_METRICS: { metric: FaqMetric; re: RegExp }[] = [
  { metric: 'AVERAGE_ORDER', re: /(평균\s*주문|객단가|주문당|average\s*(order|basket|invoice)|\bAOV\b)/i },
  { metric: 'TOP', re: /(상위|가장\s*(많|큰|높)|1위|최고|\btop\b|best|largest|biggest)/i },
  { metric: 'CANCELLATIONS', re: /(취소|반품|환불|cancel|refund|return)/i },
  { metric: 'INVOICES', re: /(인보이스|송장|주문\s*(수|건수|몇)|invoices?|orders?)/i },
  { metric: 'CUSTOMERS', re: /(고객\s*(수|몇)|고객이\s*몇|몇\s*명|customers?|clients?)/i },
  { metric: 'REVENUE', re: /(총\s*매출|매출|총액|합계|금액|revenue|sales|total\s*amount|turnover)/i },
  { metric: 'QUANTITY', re: /(수량|quantity|units)/i },
  { metric: 'ROWS', re: /(행|줄|건수|레코드|rows?|lines?|records?)/i },
];

/** Which figure of an import summary a staff question asks for. */
export function faqMetricOf(text: string): FaqMetric {
  return FAQ_METRICS.find((m) => m.re.test(text))?.metric ?? 'OVERVIEW';
}

/** True when a message looks like a question about uploaded files/imports (for routing). */
export function looksLikeImportQuestion(text: string): boolean {
  return (
    /(업로드|임포트|가져온|파일|import|upload|csv|엑셀|xlsx)/i.test(text) ||
    FAQ_METRICS.some((m) => m.metric !== 'TOP' && m.metric !== 'ROWS' && m.re.test(text))
  );
}

function amountOf(f: ImportFigures, value: string | null, language: ChatLanguage): string {
  if (value === null) return '—';
  if (!f.currency || f.currency === 'KRW') return formatKrw(value, language);
  return `${groupDigits(new Decimal(value).toDecimalPlaces(2))} ${f.currency}`;
}

/** The source sentence every FAQ answer carries: import id, file name, date. */
export function faqSource(f: ImportFigures, language: ChatLanguage): string {
  const date = f.finishedAt ? formatDate(f.finishedAt.slice(0, 10), language) : '—';
  const file = f.fileName ? quoteData(f.fileName, 60) : '—';
  return language === 'ko'
    ? `(출처: ${phrase('importTarget', f.target, 'ko')} 업로드 ${file}, ${date}, 업로드 번호 ${f.importId})`
    : `(source: ${phrase('importTarget', f.target, 'en')} import ${file}, ${date}, import no. ${f.importId})`;
}

/**
 * A staff question about how an import went rather than what it holds: "업로드 왜 실패했어요?", "오류 난 행 보여줘",
 * "마지막 가져오기 결과", "why did my import fail?", "which rows were rejected?".
 */
export const IMPORT_STATUS_QUESTION =
  /실패|오류|에러|잘못된?|거부|반려|빠진\s?행|안\s?(?:들어|올라|됐|돼)|결과|상태|진행|끝났|완료\s?(?:됐|되었)|\bfail(?:ed|ure|s)?\b|\berrors?\b|\brejected\b|\bbad rows?\b|\bwent wrong\b|\bstatus\b|\bdid (?:it|my (?:last )?(?:import|upload)) (?:work|finish|succeed|go through)\b|\bhow did (?:it|my (?:last )?(?:import|upload)) go\b/i;

/** What a rejected value is said to be, after the column's name ("amount is empty"): the importer's checks. */
const ROW_DETAILS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^is required$|^is empty$/, () => '값이 비어 있습니다'],
  [
    /^(?:".*" )?is not (?:a valid|a recognised) (?:.*)?date$|^(?:.* )?is not a date or an Excel serial date$|^not a (?:calendar )?date$/,
    () => '올바른 날짜가 아닙니다',
  ],
  [/^not a valid time of day$/, () => '올바른 시각이 아닙니다'],
  [/^(?:".*" )?is not (?:an amount|a whole number|a number)$/, () => '숫자(금액)가 아닙니다'],
  [/^(?:".*" )?has a fraction; whole units expected$/, () => '소수점이 있습니다 (정수로 적어야 합니다)'],
  [/^(?:".*" )?has more than (\d+) decimal places$/, (m) => `소수점 아래가 ${m[1]}자리를 넘습니다`],
  [/^-?[\d.]+ is outside (-?[\d.]+)\.\.(-?[\d.]+)$/, (m) => `${m[1]}~${m[2]} 범위를 벗어났습니다`],
  [/^(?:".*" )?is not one of (.{1,120})$/, (m) => `${m[1]} 가운데 하나가 아닙니다`],
  [/^is longer than (\d+) characters$/, (m) => `${m[1]}자를 넘습니다`],
  [/^contains a NUL character$/, () => 'NUL 문자가 들어 있습니다'],
  [/^is 0$/, () => '0입니다'],
  [/^(?:".*" )?is not a Korean region/, () => '시·도 이름이 아닙니다'],
  [/^(?:".*" )?is not an e-mail address$/, () => '이메일 주소가 아닙니다'],
  [/^(?:".*" )?is not a currency code$/, () => '통화 코드가 아닙니다'],
  [/^(?:".*" )?is not a card id$/, () => '카드 번호(id)가 아닙니다'],
  [/^is not a known customer$/, () => '등록된 고객이 아닙니다'],
  [/^is not a card of this customer$/, () => '이 고객의 카드가 아닙니다'],
  [/^is not a spending category$/, () => '지출 업종 코드가 아닙니다'],
];

/**
 * A rejected row's reason (the importer's English: "<column> <what is wrong>") in Korean, the column named as written;
 * null for a reason it does not know (shown as written). The value itself is shown beside it, so it is not repeated.
 */
export function koreanRowReason(reason: string): { field: string | null; text: string } | null {
  const r = reason.trim();
  if (r === 'the customer has no card (give card_id)')
    return { field: null, text: '고객에게 등록된 카드가 없습니다 (card_id를 적어 주세요)' };
  const m = /^([A-Za-z_][\w.]{0,40}) (.+)$/.exec(r);
  if (!m) return null;
  for (const [re, say] of ROW_DETAILS) {
    const d = re.exec(m[2]);
    if (d) return { field: m[1], text: say(d) };
  }
  return null;
}

/**
 * An import's failure reason (the importer's English, stored on the import) as a Korean sentence for a Korean
 * answer: the known failures by their opening words, with their figures; null for any other (shown as written).
 */
export function koreanFailureReason(reason: string): string | null {
  const r = reason.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+) of (\d+) rows \(([\d.]+ ?%)\) are bad, more than the allowed ([\d.]+ ?%)/.exec(r)))
    return `잘못된 행이 ${groupDigits(m[2])}행 중 ${groupDigits(m[1])}행(${m[3].replace(' ', '')})으로 허용 한도 ${m[4].replace(' ', '')}를 넘어, 한 행도 가져오지 않았습니다`;
  if ((m = /^Columns? (.+?) of the mapping (?:is|are) not in the header/.exec(r)))
    return koText`매핑에 적은 열 ${safeDataText(m[1], 120)}이/가 파일 첫 줄(헤더)에 없습니다${/Wrong delimiter\?/.test(r) ? ' (구분자가 다를 수 있습니다)' : ''}`;
  const fixed: [RegExp, string][] = [
    [/^The file has a header but no data rows/, '헤더만 있고 데이터 행이 없습니다'],
    [/^The file is empty/, '파일이 비어 있습니다 (헤더 줄 없음)'],
    [/^The CSV header \(line 1\) cannot be parsed/, 'CSV 첫 줄(헤더)을 읽을 수 없습니다'],
    [/^The CSV file cannot be parsed/, 'CSV 파일을 읽을 수 없습니다'],
    [
      /^The XLSX (?:file|archive) .*refused before parsing/,
      'XLSX 파일이 압축을 풀면 허용 한도보다 커서 읽기 전에 거부되었습니다',
    ],
    [/^The XLSX file (?:is truncated or corrupt|is corrupt)/, 'XLSX 파일이 잘렸거나 손상되었습니다'],
    [/^The XLSX file has no (?:worksheet|sheet)/, '지정한 워크시트가 XLSX 파일에 없습니다'],
    [/^The worksheet is empty/, '워크시트가 비어 있습니다 (헤더 행 없음)'],
    [/^Unexpected error/, '예상하지 못한 오류가 났습니다'],
  ];
  return fixed.find(([re]) => re.test(r))?.[1] ?? null;
}

/**
 * The newest import's outcome (get_import_status): failed — why, and that nothing was written; running; finished —
 * rows read, inserted, skipped as already there and rejected, then the first rejected rows by line and column and
 * what to do with them. Every answer names the file and the import number.
 */
export function composeImportStatusReply(s: ImportStatusData | null, language: ChatLanguage): string {
  const ko = language === 'ko';
  if (!s) return ko ? '아직 가져오기 기록이 없습니다.' : 'There is no import yet.';
  const file = s.fileName ? quoteData(s.fileName, 60) : '—';
  const target = phrase('importTarget', s.target, language);
  const what = ko
    ? `마지막 가져오기(${target}, ${file}, 업로드 번호 ${s.importId})`
    : `The latest import (${target}, ${file}, import no. ${s.importId})`;
  const rows = (n: number) => formatCount(n, 'row', language);
  const errorLines = s.errors.map((e) => {
    const where = [
      e.line !== null ? (ko ? `${groupDigits(e.line)}행` : `line ${groupDigits(e.line)}`) : null,
      e.column ? quoteData(e.column, 40) : null,
      e.value !== null && e.value !== '' ? quoteData(e.value, 40) : null,
    ]
      .filter(Boolean)
      .join(' ');
    // In Korean the importer's reason in Korean, the column named only when the line does not name it already.
    const k = ko ? koreanRowReason(e.reason) : null;
    const reason = k
      ? k.field && k.field !== e.column
        ? `${safeDataText(k.field, 40)}: ${k.text}`
        : k.text
      : safeDataText(e.reason, 200);
    return `- ${where ? `${where}: ` : ''}${reason}`;
  });
  if (s.status === 'FAILED') {
    const inKorean = ko && s.failureReason ? koreanFailureReason(s.failureReason) : null;
    return [
      ko
        ? `${what}는 실패했습니다: ${inKorean ?? safeDataText(s.failureReason ?? '사유 없음', 300)}.`
        : `${what} failed: ${safeDataText(s.failureReason ?? 'no reason recorded', 300)}.`,
      // The importer's own words stay beside the Korean summary: the column names and counts are in them.
      ...(inKorean ? [`(가져오기 기록의 원문: ${safeDataText(s.failureReason!, 300)})`] : []),
      ko
        ? `실패한 가져오기는 한 행도 저장하지 않습니다 (읽은 ${rows(s.rowsRead)}, 오류 ${rows(s.rowsBad)}).`
        : `A failed import writes no row at all (${rows(s.rowsRead)} read, ${rows(s.rowsBad)} rejected).`,
      ...(errorLines.length ? [ko ? '처음 오류 난 행:' : 'The first rejected rows:', ...errorLines] : []),
      ko
        ? '파일을 고쳐 다시 올린 뒤 가져오기를 다시 시작하세요.'
        : 'Fix the file, upload it again and start a new import.',
    ].join('\n');
  }
  if (s.status !== 'SUCCEEDED')
    return ko
      ? `${what}는 아직 진행 중입니다 (지금까지 읽은 ${rows(s.rowsRead)}). 끝나면 다시 물어봐 주세요.`
      : `${what} is still running (${rows(s.rowsRead)} read so far). Ask again when it has finished.`;
  const skipped = s.rowsDuplicate
    ? ko
      ? `, 이미 있던 ${rows(s.rowsDuplicate)}은 건너뛰었고`
      : `, skipped ${rows(s.rowsDuplicate)} already there`
    : '';
  return [
    ko
      ? `${what}는 완료되었습니다: 읽은 ${rows(s.rowsRead)} 중 ${rows(s.rowsInserted)}을 넣었고${skipped}, 오류로 빠진 행은 ${rows(s.rowsBad)}입니다.`
      : `${what} finished: of ${rows(s.rowsRead)} read it inserted ${groupDigits(s.rowsInserted)}${skipped}, and rejected ${groupDigits(s.rowsBad)}.`,
    ...(errorLines.length
      ? [
          ko ? '오류 난 행:' : 'Rejected rows:',
          ...errorLines,
          ko
            ? '오류 난 행만 고쳐 새 파일로 올리세요. 다른 행은 이미 들어가 있습니다.'
            : 'Fix the rejected rows and upload them as a new file; the other rows are already in.',
        ]
      : []),
  ].join('\n');
}

/** The answer when no import has finished yet. */
function noImportReply(language: ChatLanguage): string {
  return language === 'ko'
    ? '아직 완료된 업로드가 없어 답변할 통계가 없습니다. 파일을 가져온 뒤 다시 물어봐 주세요.'
    : 'There is no finished import yet, so there are no statistics to answer from. Ask again after an import.';
}

/**
 * The staff FAQ answer from an import summary (the code the seeded FAQ entries were written from: it answers when
 * no entry matches, and its per-figure lines are the reference the seeded entries are tested against).
 */
export function composeFaqReply(f: ImportFigures | null, metric: FaqMetric, language: ChatLanguage): string {
  const ko = language === 'ko';
  if (!f) return noImportReply(language);
  const target = phrase('importTarget', f.target, language);
  const src = faqSource(f, language);
  const average =
    f.totalAmount !== null && f.invoices
      ? amountOf(f, new Decimal(f.totalAmount).div(f.invoices).toDecimalPlaces(2).toFixed(), language)
      : null;
  const top = f.breakdown[0];
  const lines: Record<Exclude<FaqMetric, 'OVERVIEW' | 'MISSING'>, string | null> = {
    REVENUE:
      f.totalAmount === null
        ? null
        : ko
          ? `최신 ${target} 업로드의 총액(총매출)은 ${amountOf(f, f.totalAmount, language)}입니다.`
          : `Total amount of the latest ${target} import: ${amountOf(f, f.totalAmount, language)}.`,
    CUSTOMERS: ko
      ? `고객 수(중복 제외)는 ${groupDigits(f.distinctCustomers)}명입니다.`
      : `Distinct customers: ${groupDigits(f.distinctCustomers)}.`,
    INVOICES:
      f.invoices === null
        ? null
        : ko
          ? `인보이스(주문) 수는 ${formatCount(f.invoices, 'case', 'ko')}이며, 그중 취소 ${formatCount(f.cancellations ?? 0, 'case', 'ko')}입니다.`
          : `Invoices: ${groupDigits(f.invoices)}, of which ${groupDigits(f.cancellations ?? 0)} cancelled.`,
    AVERAGE_ORDER:
      average === null
        ? null
        : ko
          ? `평균 주문금액(총액 ÷ 인보이스 수)은 ${average}입니다.`
          : `Average order value (total ÷ invoices): ${average}.`,
    TOP: !top
      ? null
      : ko
        ? koText`${f.breakdownBy ? safeDataText(f.breakdownBy) : '구분'} 기준 1위는 ${quoteData(top.key)}으로/로 ${formatCount(top.rows, 'row', 'ko')}, 금액 ${amountOf(f, top.amount, language)}입니다.`
        : `Top ${f.breakdownBy ? safeDataText(f.breakdownBy) : 'bucket'}: ${quoteData(top.key)} with ${formatCount(top.rows, 'row', 'en')}, amount ${amountOf(f, top.amount, language)}.`,
    CANCELLATIONS:
      f.cancellations === null
        ? null
        : ko
          ? `취소(환불) 건수는 ${formatCount(f.cancellations, 'case', 'ko')}입니다.`
          : `Cancellations: ${groupDigits(f.cancellations)}.`,
    QUANTITY:
      f.totalQuantity === null
        ? null
        : ko
          ? `총 수량은 ${groupDigits(f.totalQuantity)}입니다.`
          : `Total quantity: ${groupDigits(f.totalQuantity)}.`,
    ROWS: ko
      ? `가져온 행 수는 ${formatCount(f.rows, 'row', 'ko')}입니다.`
      : `Rows imported: ${groupDigits(f.rows)}.`,
  };
  const chosen = metric === 'OVERVIEW' || metric === 'MISSING' ? null : lines[metric];
  if (chosen) return `${chosen} ${src}`;
  const overview = (['ROWS', 'REVENUE', 'CUSTOMERS', 'INVOICES', 'AVERAGE_ORDER', 'TOP'] as const)
    .map((k) => lines[k])
    .filter((l): l is string => l !== null);
  const lead =
    metric === 'OVERVIEW'
      ? ''
      : ko
        ? '요청하신 항목은 이 업로드에 없어 주요 통계를 알려드립니다. '
        : 'That figure is not in this import; here are its main statistics. ';
  return `${lead}${overview.join(' ')} ${src}`;
}

/** Each FAQ placeholder's value from an import summary, in the answer's language (null: the import lacks it). */
const FAQ_VALUES: Record<FaqPlaceholder, (f: ImportFigures, language: ChatLanguage) => string | null> = {
  'import.rowsImported': (f) => groupDigits(f.rows),
  'import.totalAmount': (f, l) => (f.totalAmount === null ? null : amountOf(f, f.totalAmount, l)),
  'import.totalQuantity': (f) => (f.totalQuantity === null ? null : groupDigits(f.totalQuantity)),
  'import.distinctCustomers': (f) => groupDigits(f.distinctCustomers),
  'import.invoices': (f) => (f.invoices === null ? null : groupDigits(f.invoices)),
  'import.cancellations': (f) => (f.cancellations === null ? null : groupDigits(f.cancellations)),
  'import.averageOrder': (f, l) =>
    f.totalAmount !== null && f.invoices
      ? amountOf(f, new Decimal(f.totalAmount).div(f.invoices).toDecimalPlaces(2).toFixed(), l)
      : null,
  'import.topKey': (f) => (f.breakdown[0] ? quoteData(f.breakdown[0].key) : null),
  'import.topRows': (f, l) => (f.breakdown[0] ? formatCount(f.breakdown[0].rows, 'row', l) : null),
  'import.topAmount': (f, l) => (f.breakdown[0] ? amountOf(f, f.breakdown[0].amount, l) : null),
  'import.breakdownBy': (f, l) =>
    f.breakdownBy ? safeDataText(f.breakdownBy) : l === 'ko' ? '구분' : 'bucket',
  'import.target': (f, l) => phrase('importTarget', f.target, l),
  'import.fileName': (f) => (f.fileName ? quoteData(f.fileName, 60) : null),
  'import.finishedAt': (f, l) => (f.finishedAt ? formatDate(f.finishedAt.slice(0, 10), l) : null),
  'import.id': (f) => f.importId,
};

/**
 * An FAQ entry's answer: its template with the placeholders filled from the latest import (Korean particles
 * after a value — 이/가, 으로/로 … — follow the value), then the source sentence when it cites the import.
 * Null when the import lacks a cited figure (the caller then gives the main statistics and says so).
 */
export function renderFaqAnswer(
  template: string,
  f: ImportFigures | null,
  language: ChatLanguage,
): string | null {
  const { parts, names } = parseTemplate(template);
  if (names.length === 0) return template;
  if (!f) return noImportReply(language);
  const values: string[] = [];
  for (const name of names) {
    const value = name in FAQ_VALUES ? FAQ_VALUES[name as FaqPlaceholder](f, language) : null;
    if (value === null) return null;
    values.push(value);
  }
  const text =
    language === 'ko'
      ? koText(Object.assign([...parts], { raw: parts }) as TemplateStringsArray, ...values)
      : parts.reduce((out, part, i) => out + part + (i < values.length ? values[i] : ''), '');
  return `${text} ${faqSource(f, language)}`;
}

/** What to do about each of the default model's labels (an operator's own labels get the generic advice). */
const RETAKE_ADVICE: Record<string, { ko: string; en: string }> = {
  BLURRED: {
    ko: '휴대폰을 흔들리지 않게 잡고 초점을 맞춘 뒤 다시 찍어 주세요.',
    en: 'Hold the phone still and let it focus before taking the photo again.',
  },
  DARK: { ko: '밝은 곳에서 다시 찍어 주세요.', en: 'Take it again somewhere brighter.' },
  GLARE: {
    ko: '조명이 종이에 반사되지 않도록 각도를 바꿔 다시 찍어 주세요.',
    en: 'Change the angle so the light does not reflect off the paper.',
  },
  CROPPED: {
    ko: '서류의 네 모서리가 모두 보이도록 다시 찍어 주세요.',
    en: 'Make sure all four corners of the document are in the picture.',
  },
  BLANK: {
    ko: '내용이 있는 서류 면을 찍어 주세요.',
    en: 'Photograph the side of the document that has the content.',
  },
  SCREEN: {
    ko: '화면을 찍지 말고 원본 서류나 발급받은 파일(PDF)을 올려 주세요.',
    en: 'Please upload the original document or the issued PDF rather than a photo of a screen.',
  },
};
const GENERIC_RETAKE = {
  ko: '서류 전체가 밝고 선명하게 보이도록 다시 올려 주세요.',
  en: 'Please upload it again so the whole document is clear and well lit.',
};

/**
 * "이미지상태" / "신뢰도" / "is my document OK?": the verdict of the latest document image with the model's
 * confidence. Customers hear about their own latest refinance document; staff about the latest image sent to
 * the analyzeImage route (Finnect's "latest upload").
 */
export function composeDocumentQualityReply(
  figures: DocumentQualityFigures | null,
  language: ChatLanguage,
  staff: boolean,
): string {
  const ko = language === 'ko';
  if (!figures)
    return staff
      ? ko
        ? '아직 분석한 이미지가 없습니다. 이미지를 /uploads/images/analyze로 올리면 이미지상태와 신뢰도를 알려 드립니다.'
        : 'No image has been analysed yet. Send one to /uploads/images/analyze and I can tell you its status and confidence.'
      : ko
        ? '아직 품질 판정을 받은 서류 이미지가 없습니다. 대환 신청서에 서류 사진(PNG, JPEG)을 올리시면 바로 확인해 드립니다.'
        : 'You have no document image with a quality check yet. Upload a photo (PNG or JPEG) of a document to your refinance application and it is checked right away.';
  const confidence = formatPercent(figures.confidence);
  const what = figures.labelText[language];
  const date = figures.uploadedAt.slice(0, 10);
  const model = `${figures.modelName} ${figures.modelVersion}`;
  if (staff) {
    return ko
      ? `최근 분석한 이미지(${figures.fileName}, ${date}) — 이미지상태: ${what} (${figures.usable ? '사용 가능' : '다시 올려야 함'}), 신뢰도: ${confidence} (모델 ${model}).`
      : `The latest analysed image (${figures.fileName}, ${date}): status "${what}"${figures.usable ? ', usable' : ', needs a re-upload'}. Confidence: ${confidence} (model ${model}).`;
  }
  if (figures.usable)
    return ko
      ? `가장 최근에 올리신 서류(${figures.fileName}, ${date})는 사용할 수 있는 상태입니다. 판정 신뢰도는 ${confidence}입니다. 최종 확인은 담당 직원의 심사에서 이루어집니다.`
      : `Your latest document (${figures.fileName}, ${date}) is usable. The check's confidence is ${confidence}. Staff still review every document.`;
  const advice = RETAKE_ADVICE[figures.label] ?? GENERIC_RETAKE;
  return ko
    ? `가장 최근에 올리신 서류(${figures.fileName}, ${date})는 다시 올려 주셔야 합니다: ${what}. 판정 신뢰도는 ${confidence}입니다. ${advice.ko}`
    : `Your latest document (${figures.fileName}, ${date}) needs a re-upload: ${what}. The check's confidence is ${confidence}. ${advice.en}`;
}
