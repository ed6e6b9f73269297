// The line under an answer in /chat, in words: what the answer is about and how it adapted to the customer's
// mood ("대출 한도 · 불안해 보이셔서 차근차근 설명드렸어요"), and a collapsible "근거" / "Why this answer" listing
// its sources in words — never the stored enum names (FINANCE · LOAN_LIMIT · ANXIOUS · OVERSPENDING 70%).
// Pure and DOM-free, so the page bundle and a unit test share it. Keep the maps in step with the server's
// (topics/counsel-intents.ts, topics.enums.ts, scenario labels): meta.spec.ts checks they cover every value.
export type MetaLang = 'ko' | 'en';
type Words = Record<MetaLang, string>;

/** Intents, fine-grained (counsel-intents.ts) and coarse (FinanceIntentKind, stored on earlier messages). */
export const INTENT_WORDS: Record<string, Words> = {
  NEXT_PAYMENT: { ko: '다음 납입', en: 'Next payment' },
  LOAN_BALANCE: { ko: '대출 잔액', en: 'Loan balance' },
  PAYOFF_QUOTE: { ko: '전액 상환 금액', en: 'Payoff amount' },
  REPAYMENT_SCHEDULE: { ko: '상환 일정', en: 'Repayment schedule' },
  ARREARS: { ko: '연체', en: 'Arrears' },
  HARDSHIP: { ko: '상환이 어려울 때', en: 'Trouble repaying' },
  LOAN_LIMIT: { ko: '대출 한도', en: 'Loan limit' },
  REFINANCE: { ko: '대출 갈아타기', en: 'Refinancing' },
  PREPAYMENT_EFFECT: { ko: '중도상환 효과', en: 'Early repayment' },
  LOANS_OVERVIEW: { ko: '내 대출', en: 'Your loans' },
  SPENDING: { ko: '소비', en: 'Spending' },
  CARD_TRANSACTIONS: { ko: '카드 거래', en: 'Card transactions' },
  SUSPECTED_FRAUD: { ko: '의심 거래', en: 'Suspicious transactions' },
  HEALTH_SCORE: { ko: '금융 건강 점수', en: 'Financial health score' },
  FORECAST: { ko: '전망', en: 'Forecast' },
  SAVINGS: { ko: '저축', en: 'Savings' },
  PRODUCT_QUESTION: { ko: '상품 문의', en: 'Product question' },
  DOCUMENT_QUALITY: { ko: '서류 이미지 상태', en: 'Document image check' },
  IMPORT_FAQ: { ko: '업로드 통계', en: 'Import statistics' },
  GENERAL_CHAT: { ko: '일상 대화', en: 'Small talk' },
  LOANS: { ko: '내 대출', en: 'Your loans' },
  REPAYMENT_TROUBLE: { ko: '상환이 어려울 때', en: 'Trouble repaying' },
  SAVING: { ko: '저축', en: 'Savings' },
  CARD: { ko: '카드', en: 'Cards' },
  UPLOAD_FAQ: { ko: '업로드 통계', en: 'Import statistics' },
};

/** Topics without an intent. */
export const TOPIC_WORDS: Record<string, Words> = {
  FINANCE: { ko: '금융 상담', en: 'Finance' },
  GENERAL: { ko: '일상 대화', en: 'Small talk' },
};

/** How the answer adapted to the mood the message showed. */
export const TONE_WORDS: Record<string, Words> = {
  ANXIOUS: { ko: '불안해 보이셔서 차근차근 설명드렸어요', en: 'You sounded worried, so I went step by step' },
  FRUSTRATED: {
    ko: '답답해 보이셔서 핵심부터 말씀드렸어요',
    en: 'You sounded frustrated, so I started with the key facts',
  },
  SAD: {
    ko: '힘들어 보이셔서 할 수 있는 것부터 정리했어요',
    en: 'You sounded down, so I started with what can be done',
  },
  NEUTRAL: { ko: '고객님의 데이터로 답했어요', en: 'Answered from your data' },
  HOPEFUL: { ko: '좋은 계획을 숫자로 확인해 드렸어요', en: 'Checked your plan against your numbers' },
};

export const SCENARIO_WORDS: Record<string, Words> = {
  DELINQUENCY_RISK: { ko: '연체 위험', en: 'risk of missed payments' },
  DEBT_BURDEN: { ko: '부채 상환 부담', en: 'heavy debt repayments' },
  LIQUIDITY_SHORTFALL: { ko: '비상자금 부족', en: 'a thin cash buffer' },
  INCOME_DROP: { ko: '소득 감소', en: 'a drop in income' },
  OVERSPENDING: { ko: '과소비', en: 'overspending' },
  HIGH_INTEREST_REFINANCE: { ko: '고금리 대출 갈아타기 검토', en: 'high-rate loans worth refinancing' },
  STABLE_SAVER: { ko: '안정적인 재무 상태', en: 'stable finances' },
};

/** Sources by the first part of a citation's `source` ("spending:2026Q3" → spending). */
const SOURCE_WORDS: Record<string, Words> = {
  loans: { ko: '보유 대출 현황', en: 'Your loans' },
  schedule: { ko: '상환 일정', en: 'Repayment schedule' },
  simulation: { ko: '대출 한도 시뮬레이션', en: 'Loan-limit simulation' },
  spending: { ko: '카드 소비', en: 'Card spending' },
  insights: { ko: '금융 건강 점수', en: 'Financial health score' },
  forecast: { ko: '전망', en: 'Forecast' },
  import: { ko: '업로드 파일', en: 'Uploaded file' },
  refinance: { ko: '갈아타기 상품 비교', en: 'Refinancing offers' },
  delinquency: { ko: '연체 현황', en: 'Arrears' },
  arrears: { ko: '연체 현황', en: 'Arrears' },
  payoff: { ko: '전액 상환 견적', en: 'Payoff quote' },
  anomalies: { ko: '이상 거래 탐지', en: 'Unusual-transaction check' },
  transactions: { ko: '카드 거래 내역', en: 'Card transactions' },
  hardship: { ko: '채무조정 안내', en: 'Hardship options' },
  scenario: { ko: '재무 상황 분석', en: 'Situation analysis' },
};

export interface MetaMessage {
  topic?: { topic: string; intent?: string | null } | null;
  emotion?: { label: string; intensity: number } | null;
  scenario?: { label: string; probability: number } | null;
  citations: readonly { source: string; label: string }[];
}

function quarterWords(q: string, lang: MetaLang): string {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(q);
  if (!m) return '';
  return lang === 'ko' ? `${m[1]}년 ${m[2]}분기` : `Q${m[2]} ${m[1]}`;
}

/** Text from the server that is safe to show as is: no identifier-looking token (UPPER_CASE, COMBINATION). */
function plain(text: string): string | null {
  const t = text.trim();
  return t && !/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b[A-Z]{4,}\b/.test(t) ? t : null;
}

/** "대출 한도 · 불안해 보이셔서 차근차근 설명드렸어요" — the visible line under an answer. */
export function summaryLine(m: MetaMessage, lang: MetaLang): string {
  const parts: string[] = [];
  const intent = m.topic?.intent ? INTENT_WORDS[m.topic.intent] : undefined;
  const topic = m.topic ? TOPIC_WORDS[m.topic.topic] : undefined;
  if (intent) parts.push(intent[lang]);
  else if (topic) parts.push(topic[lang]);
  const tone = m.emotion ? TONE_WORDS[m.emotion.label] : undefined;
  if (tone && m.emotion!.label !== 'NEUTRAL') parts.push(tone[lang]);
  else if (m.citations.length > 0) parts.push(TONE_WORDS.NEUTRAL[lang]);
  return parts.join(' · ');
}

/** The sources of an answer in words, one per line (what the "근거" disclosure lists). */
export function sourceLines(m: MetaMessage, lang: MetaLang): string[] {
  const out: string[] = [];
  for (const c of m.citations) {
    const [kind, rest = ''] = c.source.split(':', 2);
    const words = SOURCE_WORDS[kind];
    if (kind === 'scenario') {
      const s = m.scenario && SCENARIO_WORDS[m.scenario.label];
      if (s) {
        const p = Math.round(m.scenario!.probability * 100);
        out.push(
          lang === 'ko'
            ? `재무 상황 분석: ${s.ko} 가능성 ${p}%`
            : `Situation analysis: ${s.en}, ${p}% likely`,
        );
      } else out.push(words[lang]);
      continue;
    }
    if (kind === 'spending' || kind === 'insights') {
      const q = quarterWords(rest, lang);
      out.push(q ? `${words[lang]} (${q})` : words[lang]);
      continue;
    }
    if (kind === 'schedule' && rest) {
      out.push(`${words[lang]} (${rest})`);
      continue;
    }
    if (kind === 'forecast' || kind === 'import') {
      const label = plain(c.label);
      out.push(label ? `${words[lang]}: ${label}` : words[lang]);
      continue;
    }
    out.push(words ? words[lang] : lang === 'ko' ? '고객님의 데이터' : 'Your data');
  }
  return [...new Set(out)];
}
