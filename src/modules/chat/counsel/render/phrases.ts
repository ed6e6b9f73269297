// Enum values → the words a customer reads, in Korean and English. No internal identifier (COMBINATION,
// DSR_CAP, LEVEL_PAYMENT, OVERSPENDING…) reaches customer text: every code the counsellor can meet has a phrase
// here, and `phrase` never returns the raw code for an unknown one. Pure.
import Decimal from 'decimal.js';
import { addDays, addMonths } from '../../../../common/dates';
import type { Lang } from '../../../../common/text/render';
import { formatPercentShort } from '../../../../common/text/render';
import type {
  CategorySlot,
  CounselIntent,
  ForecastSubjectSlot,
  HardshipSlot,
  LunarHoliday,
  MonthDay,
  PeriodSlot,
} from '../../../topics/counsel-intents';

/** One phrase in both languages. */
export type Phrase = Record<Lang, string>;
export type PhraseMap = Readonly<Record<string, Phrase>>;

export const LOAN_KIND_PHRASES = {
  MORTGAGE: { ko: '주택담보대출', en: 'mortgage' },
  JEONSE: { ko: '전세자금대출', en: 'jeonse deposit loan' },
  CREDIT: { ko: '신용대출', en: 'credit loan' },
  OVERDRAFT: { ko: '마이너스통장', en: 'overdraft line' },
  CARD_LOAN: { ko: '카드론', en: 'card loan' },
  AUTO: { ko: '자동차대출', en: 'car loan' },
} as const satisfies PhraseMap;

export const REPAYMENT_METHOD_PHRASES = {
  LEVEL_PAYMENT: { ko: '원리금균등상환', en: 'equal monthly instalments' },
  EQUAL_PRINCIPAL: { ko: '원금균등상환', en: 'equal principal repayments' },
  BULLET: { ko: '만기일시상환', en: 'repayment in full at maturity' },
} as const satisfies PhraseMap;

export const RATE_TYPE_PHRASES = {
  FIXED: { ko: '고정금리', en: 'fixed rate' },
  VARIABLE: { ko: '변동금리', en: 'variable rate' },
  MIXED: { ko: '혼합형 금리(일정 기간 고정 후 변동)', en: 'mixed rate (fixed for a period, then variable)' },
  PERIODIC_RESET: { ko: '주기형 금리(정해진 주기마다 재산정)', en: 'periodic-reset rate' },
} as const satisfies PhraseMap;

export const CARD_TYPE_PHRASES = {
  CREDIT: { ko: '신용카드', en: 'credit card' },
  CHECK: { ko: '체크카드', en: 'debit (check) card' },
} as const satisfies PhraseMap;

export const LOAN_STATUS_PHRASES = {
  ACTIVE: { ko: '상환 중', en: 'being repaid' },
  CLOSED: { ko: '상환 완료', en: 'repaid' },
  WRITTEN_OFF: { ko: '상각 처리', en: 'written off' },
} as const satisfies PhraseMap;

/** 자산건전성 분류 (the bank's asset classification of an overdue loan). */
export const ASSET_CLASS_PHRASES = {
  NORMAL: { ko: '정상', en: 'normal' },
  PRECAUTIONARY: { ko: '요주의', en: 'precautionary' },
  SUBSTANDARD: { ko: '고정', en: 'substandard' },
  DOUBTFUL: { ko: '회수의문', en: 'doubtful' },
  ESTIMATED_LOSS: { ko: '추정손실', en: 'estimated loss' },
} as const satisfies PhraseMap;

/** Scenario labels as a short name ("과소비"); the sentences about them live with the templates. */
export const SCENARIO_PHRASES = {
  DELINQUENCY_RISK: { ko: '연체 위험', en: 'risk of missed payments' },
  DEBT_BURDEN: { ko: '부채 상환 부담', en: 'heavy debt repayments' },
  LIQUIDITY_SHORTFALL: { ko: '비상자금 부족', en: 'a thin cash buffer' },
  INCOME_DROP: { ko: '소득 감소', en: 'a drop in income' },
  OVERSPENDING: { ko: '과소비', en: 'overspending' },
  HIGH_INTEREST_REFINANCE: { ko: '고금리 대출 갈아타기 검토', en: 'high-rate loans worth refinancing' },
  STABLE_SAVER: { ko: '안정적인 재무 상태', en: 'stable finances' },
} as const satisfies PhraseMap;

/** Forecast methods in words (docs/forecasting.md). */
export const FORECAST_METHOD_PHRASES = {
  NAIVE: { ko: '최근 값 유지', en: 'the latest value carried forward' },
  SEASONAL_NAIVE: { ko: '작년 같은 달 값', en: 'the same month last year' },
  NAIVE2: { ko: '계절성을 반영한 최근 값', en: 'the latest value with seasonality' },
  SES: { ko: '지수평활법', en: 'exponential smoothing' },
  HOLT: { ko: '추세를 반영한 지수평활법', en: 'exponential smoothing with a trend' },
  DAMPED: { ko: '추세가 점차 완만해지는 지수평활법', en: 'exponential smoothing with a damped trend' },
  ETS: { ko: '가장 잘 맞는 지수평활 모형', en: 'the best-fitting exponential smoothing model' },
  THETA: { ko: '세타(Theta) 방법', en: 'the Theta method' },
  OTM: { ko: '최적화 세타 모형', en: 'an optimised Theta model' },
  DOTM: { ko: '동적 최적화 세타 모형', en: 'a dynamic optimised Theta model' },
  COMBINATION: { ko: '여러 예측 방법의 평균', en: 'the average of several forecasting methods' },
} as const satisfies PhraseMap;

/** Customer series and indicators a forecast can be about. */
export const FORECAST_SUBJECT_PHRASES = {
  SPENDING: { ko: '월 카드 소비', en: 'monthly card spending' },
  DEBT: { ko: '대출 잔액', en: 'loan balance' },
  BALANCE: { ko: '예금 잔액', en: 'deposit balance' },
  BASE_RATE: { ko: '기준금리', en: 'the base rate' },
  LENDING_RATE: { ko: '대출 금리', en: 'lending rates' },
} as const satisfies Record<ForecastSubjectSlot, Phrase>;

/** Spending categories (업종) of the spending module. */
export const CATEGORY_PHRASES = {
  FOOD: { ko: '식비', en: 'eating out' },
  GROCERY: { ko: '장보기', en: 'groceries' },
  TRANSPORT: { ko: '교통', en: 'transport' },
  FUEL: { ko: '주유', en: 'fuel' },
  SHOPPING: { ko: '쇼핑', en: 'shopping' },
  ONLINE_SHOPPING: { ko: '온라인 쇼핑', en: 'online shopping' },
  MEDICAL: { ko: '의료', en: 'medical' },
  EDUCATION: { ko: '교육', en: 'education' },
  TRAVEL: { ko: '여행', en: 'travel' },
  LEISURE: { ko: '여가', en: 'leisure' },
  TELECOM: { ko: '통신', en: 'phone and internet' },
  INSURANCE: { ko: '보험', en: 'insurance' },
  UTILITIES: { ko: '공과금', en: 'utilities' },
  OTHER: { ko: '기타', en: 'other' },
} as const satisfies Record<CategorySlot, Phrase>;

/** One way to spend less in each category (the "how do I cut my card bill?" answer). */
export const REDUCE_TIP_PHRASES = {
  FOOD: {
    ko: '배달·외식 횟수를 한 주에 몇 번으로 정해 두세요',
    en: 'set how many take-aways and meals out a week',
  },
  GROCERY: { ko: '장보기 목록을 정해 한 번에 사고, 충동구매를 줄이세요', en: 'shop once a week from a list' },
  TRANSPORT: {
    ko: '정기권이나 할인되는 교통카드를 확인하세요',
    en: 'check season tickets and discount transit cards',
  },
  FUEL: {
    ko: '가까운 알뜰주유소와 주유 할인 카드를 비교하세요',
    en: 'compare fuel prices and fuel-discount cards',
  },
  SHOPPING: {
    ko: '사고 싶은 물건은 하루 두었다가 결정하세요',
    en: 'leave a purchase for a day before deciding',
  },
  ONLINE_SHOPPING: {
    ko: '간편결제에 저장된 카드와 정기구독을 점검하세요',
    en: 'review the cards saved in one-click payment apps and your subscriptions',
  },
  MEDICAL: {
    ko: '실손보험으로 돌려받을 수 있는 진료비인지 확인하세요',
    en: 'check what your health insurance pays back',
  },
  EDUCATION: {
    ko: '수강료 할인이나 환급 과정을 확인하세요',
    en: 'look for fee discounts and refundable courses',
  },
  TRAVEL: {
    ko: '여행은 예산을 먼저 정하고 미리 나눠 계획하세요',
    en: 'set a travel budget first and plan trips ahead',
  },
  LEISURE: {
    ko: '자주 쓰지 않는 구독·멤버십을 정리하세요',
    en: 'cancel subscriptions and memberships you rarely use',
  },
  TELECOM: {
    ko: '요금제를 실제 사용량에 맞추거나 알뜰폰 요금제와 비교해 보세요',
    en: 'match your phone plan to your use or compare budget carriers',
  },
  INSURANCE: { ko: '보장이 겹치는 보험이 없는지 점검하세요', en: 'check for policies whose cover overlaps' },
  UTILITIES: {
    ko: '자동이체 할인과 절약형 요금제를 확인하세요',
    en: 'check direct-debit discounts and saving tariffs',
  },
  OTHER: {
    ko: '내역을 보고 반복되는 지출부터 확인하세요',
    en: 'go through the statement for repeated charges',
  },
} as const satisfies Record<CategorySlot, Phrase>;

export const EMOTION_PHRASES = {
  ANXIOUS: { ko: '불안', en: 'anxious' },
  FRUSTRATED: { ko: '답답함', en: 'frustrated' },
  SAD: { ko: '속상함', en: 'down' },
  NEUTRAL: { ko: '평온', en: 'calm' },
  HOPEFUL: { ko: '기대', en: 'hopeful' },
} as const satisfies PhraseMap;

/** How the answer adapted to the customer's mood (the widget's line under an answer). */
export const EMOTION_TONE_PHRASES = {
  ANXIOUS: { ko: '불안해 보이셔서 차근차근 설명드렸어요', en: 'you sounded worried, so I went step by step' },
  FRUSTRATED: {
    ko: '답답해 보이셔서 핵심부터 말씀드렸어요',
    en: 'you sounded frustrated, so I started with the key facts',
  },
  SAD: {
    ko: '힘들어 보이셔서 할 수 있는 것부터 정리했어요',
    en: 'you sounded down, so I started with what can be done',
  },
  NEUTRAL: { ko: '고객님의 데이터로 답했어요', en: 'answered from your data' },
  HOPEFUL: { ko: '좋은 계획을 숫자로 확인해 드렸어요', en: 'checked your plan against your numbers' },
} as const satisfies PhraseMap;

export const HARDSHIP_PHRASES = {
  CANT_PAY: { ko: '납입이 어려운 상황', en: 'trouble making a payment' },
  LOST_JOB: { ko: '실직', en: 'job loss' },
  INCOME_DROP: { ko: '소득 감소', en: 'a drop in income' },
  DEFER: { ko: '상환 유예 희망', en: 'wanting to defer repayments' },
} as const satisfies Record<HardshipSlot, Phrase>;

/** The real options in Korea for a borrower who cannot pay (no promise of approval). */
export const HARDSHIP_OPTION_PHRASES = {
  LENDER_DEFERRAL: {
    ko: '거래 금융회사에 상환유예·기한연장 상담',
    en: 'ask the lender about a deferral or an extended term',
  },
  LENDER_ADJUSTMENT: { ko: '금융회사 자체 채무조정', en: 'the lender’s own debt adjustment' },
  CCRS_FAST: {
    ko: '신용회복위원회 신속채무조정',
    en: 'the Credit Counseling & Recovery Service’s fast-track adjustment',
  },
  CCRS_WORKOUT: {
    ko: '신용회복위원회 개인워크아웃',
    en: 'the Credit Counseling & Recovery Service’s individual workout',
  },
  KINFA_1397: { ko: '서민금융진흥원 서민금융콜센터', en: 'the Korea Inclusive Finance Agency' },
} as const satisfies PhraseMap;

export const HEALTH_BAND_PHRASES = {
  HEALTHY: { ko: '건강', en: 'healthy' },
  COPING: { ko: '보통', en: 'coping' },
  VULNERABLE: { ko: '취약', en: 'vulnerable' },
} as const satisfies PhraseMap;

/** QA round 25 (left25b). A health-score factor as a thing to do ("how do i get it to 80"). */
export const HEALTH_LEVER_PHRASES = {
  SPEND_STABILITY: { ko: '지출 들쭉날쭉 줄이기', en: 'steadier spending' },
  INSURANCE: { ko: '보험', en: 'insurance' },
  DEBT_SERVICE: { ko: 'DSR 낮추기', en: 'a lower DSR' },
  SPEND_VS_INCOME: { ko: '소득 대비 카드 지출 줄이기', en: 'less card spending against income' },
  LIQUID_SAVINGS: { ko: '비상금', en: 'savings' },
  BILLS_ON_TIME: { ko: '제때 납입', en: 'paying on time' },
} as const satisfies PhraseMap;

export const LOAN_RISK_BAND_PHRASES = {
  LOW: { ko: '낮음', en: 'low' },
  MODERATE: { ko: '보통', en: 'moderate' },
  HIGH: { ko: '높음', en: 'high' },
  VERY_HIGH: { ko: '매우 높음', en: 'very high' },
} as const satisfies PhraseMap;

export const LIFE_STAGE_PHRASES = {
  STUDENT: { ko: '학생', en: 'student' },
  EARLY_CAREER: { ko: '사회초년생', en: 'early career' },
  NEWLY_WED: { ko: '신혼', en: 'newly married' },
  YOUNG_FAMILY: { ko: '자녀가 어린 가정', en: 'young family' },
  MATURE_FAMILY: { ko: '자녀가 큰 가정', en: 'established family' },
  PRE_RETIREMENT: { ko: '은퇴 준비', en: 'pre-retirement' },
  RETIRED: { ko: '은퇴', en: 'retired' },
} as const satisfies PhraseMap;

/** What limits a loan in a limit simulation (BindingConstraint); the DSR cap's ratio comes from the data. */
export const BINDING_CONSTRAINT_PHRASES = {
  DSR: { ko: 'DSR 한도', en: 'the DSR cap' },
  DSR_CAP: { ko: 'DSR 한도', en: 'the DSR cap' },
  LTV: { ko: 'LTV(담보인정비율) 한도', en: 'the loan-to-value cap' },
  NONE: { ko: '별도 제약 없음', en: 'no binding limit' },
} as const satisfies PhraseMap;

/** How an existing loan's yearly repayments were counted in a DSR (DebtServiceBasis). */
export const DEBT_SERVICE_BASIS_PHRASES = {
  PROVIDED: { ko: '실제 상환 일정', en: 'the actual repayment schedule' },
  SCHEDULE: { ko: '향후 12개월 상환 일정', en: 'the next 12 months of the schedule' },
  DEEMED_MATURITY: {
    ko: '규정상 만기로 나눈 원금과 1년 이자',
    en: 'the balance over the regulatory term plus a year’s interest',
  },
  INTEREST_ONLY: { ko: '이자만', en: 'interest only' },
  BULLET_SPREAD: {
    ko: '남은 기간에 나눈 원금과 이자',
    en: 'the balance spread over the remaining term plus interest',
  },
  EXCLUDED: { ko: '산정 제외', en: 'not counted' },
} as const satisfies PhraseMap;

/** Scenario key metrics. */
export const METRIC_PHRASES = {
  maxDaysPastDue: { ko: '최장 연체 일수', en: 'longest time overdue' },
  overdueAmount: { ko: '연체 금액', en: 'overdue amount' },
  cardUtilisation: { ko: '카드 한도 사용률', en: 'share of card limit used' },
  dsr: { ko: 'DSR(총부채원리금상환비율)', en: 'DSR (yearly debt repayments ÷ income)' },
  liquidityMonths: { ko: '비상자금 여력(월 소비 대비)', en: 'cash buffer (months of spending)' },
  incomeChange: { ko: '소득 변화(전 분기 대비)', en: 'income change (vs previous quarter)' },
  spendToIncome: { ko: '소득 대비 카드 소비', en: 'card spending ÷ income' },
  spendQoqChange: { ko: '카드 소비 증가율(전 분기 대비)', en: 'card spending change (vs previous quarter)' },
  weightedLoanRate: { ko: '가중평균 대출금리', en: 'average loan rate' },
} as const satisfies PhraseMap;

/** The staff FAQ's import targets. */
export const IMPORT_TARGET_PHRASES = {
  SALES: { ko: '매출', en: 'sales' },
  CUSTOMERS: { ko: '고객', en: 'customers' },
  TRANSACTIONS: { ko: '카드 거래', en: 'card transactions' },
  CUSTOMER_QUARTERS: { ko: '고객 분기 집계', en: 'customer quarters' },
} as const satisfies PhraseMap;

/** Anomaly rules that flagged a card transaction (insights/anomaly/rules.ts), as a reason. */
export const ANOMALY_REASON_PHRASES = {
  VELOCITY: { ko: '짧은 시간에 결제가 몰림', en: 'many payments in a short time' },
  AMOUNT_SPIKE: { ko: '평소보다 훨씬 큰 금액', en: 'far larger than usual' },
  NEW_CATEGORY: { ko: '처음 쓰는 업종', en: 'a category you have not used before' },
  NIGHT_TIME: { ko: '심야 결제', en: 'late at night' },
  OVERSEAS: { ko: '해외 결제', en: 'abroad' },
} as const satisfies PhraseMap;

/** Fine-grained counselling intents (topics/counsel-intents.ts) as the topic of an answer. */
export const COUNSEL_INTENT_PHRASES = {
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
} as const satisfies Record<CounselIntent, Phrase>;

/** The coarse intents stored on earlier messages (FinanceIntentKind). */
export const FINANCE_INTENT_PHRASES = {
  LOANS: { ko: '내 대출', en: 'Your loans' },
  REPAYMENT_TROUBLE: { ko: '상환이 어려울 때', en: 'Trouble repaying' },
  REFINANCE: { ko: '대출 갈아타기', en: 'Refinancing' },
  LOAN_LIMIT: { ko: '대출 한도', en: 'Loan limit' },
  SPENDING: { ko: '소비', en: 'Spending' },
  SAVING: { ko: '저축', en: 'Savings' },
  CARD: { ko: '카드', en: 'Cards' },
  FORECAST: { ko: '전망', en: 'Forecast' },
  PRODUCT_QUESTION: { ko: '상품 문의', en: 'Product question' },
  UPLOAD_FAQ: { ko: '업로드 통계', en: 'Import statistics' },
} as const satisfies PhraseMap;

/**
 * What the customer can do about a weak indicator of the financial health score (insights/health: the reason code
 * of each indicator scored under 50). Never a promise of a score: what moves the indicator.
 */
export const HEALTH_ACTION_PHRASES = {
  SPEND_VS_INCOME: {
    ko: '소득에 비해 카드 소비가 많습니다: 지출이 큰 업종부터 한 달 예산을 정해 소비를 소득의 일정 비율 아래로 줄이세요.',
    en: 'Card spending is high for your income: set a monthly budget for your biggest categories first.',
  },
  SPEND_NO_INCOME: {
    ko: '이번 분기 소득이 확인되지 않았습니다: 급여가 들어오는 계좌가 연결되어 있는지 확인하세요.',
    en: 'No income was seen this quarter: check that the account your pay goes into is linked.',
  },
  SPEND_STABILITY: {
    ko: '분기마다 지출이 크게 오르내립니다: 여행·가전처럼 큰 지출은 미리 나눠 계획하세요.',
    en: 'Your spending swings from quarter to quarter: plan large purchases such as travel ahead and spread them.',
  },
  BILLS_LATE: {
    ko: '연체된 회차부터 갚으세요: 연체가 풀리면 이 점수와 신용점수가 함께 회복됩니다.',
    en: 'Clear the overdue instalments first: once nothing is late, this score and your credit score recover.',
  },
  LIQUID_SAVINGS: {
    ko: '예금 잔액이 생활비에 비해 적습니다: 생활비 3개월치를 목표로 매달 조금씩 따로 모으세요.',
    en: 'Your savings are low against your spending: aim for three months of expenses, a little each month.',
  },
  DEBT_SERVICE: {
    ko: '소득에 비해 원리금 부담이 큽니다: 금리가 높은 대출부터 일부 상환하거나 더 낮은 금리로 갈아탈 수 있는지 확인하세요.',
    en: 'Loan repayments are heavy for your income: prepay the most expensive loan first or check whether you can refinance.',
  },
  DSR_NO_INCOME: {
    ko: '소득 없이 원리금을 내고 계십니다: 상환유예·채무조정 상담을 먼저 받아 보세요.',
    en: 'You are repaying loans with no income seen: ask your lender about a deferral or debt adjustment first.',
  },
  NO_INSURANCE_SEEN: {
    ko: '카드로 내는 보험료가 보이지 않습니다: 필요한 보장(실손·정기보험)이 있는지 점검하세요 (계좌이체로 내신다면 해당 없음).',
    en: 'No insurance premium is paid by card: check that you have the cover you need (ignore this if you pay by transfer).',
  },
} as const satisfies PhraseMap;

export const PERIOD_PHRASES = {
  TODAY: { ko: '오늘', en: 'today' },
  YESTERDAY: { ko: '어제', en: 'yesterday' },
  THIS_WEEK: { ko: '이번 주', en: 'this week' },
  LAST_WEEK: { ko: '지난주', en: 'last week' },
  THIS_MONTH: { ko: '이번 달', en: 'this month' },
  LAST_MONTH: { ko: '지난달', en: 'last month' },
  THIS_QUARTER: { ko: '이번 분기', en: 'this quarter' },
  LAST_QUARTER: { ko: '지난 분기', en: 'last quarter' },
  THIS_YEAR: { ko: '올해', en: 'this year' },
  LAST_YEAR: { ko: '작년', en: 'last year' },
  // English period phrases are adverbials ("this month", "last year"): a half takes its preposition.
  FIRST_HALF: { ko: '상반기', en: 'in the first half of the year' },
  SECOND_HALF: { ko: '하반기', en: 'in the second half of the year' },
} as const satisfies PhraseMap;

/** Every phrase map, by name (what the no-identifier test walks). */
export const PHRASE_MAPS = {
  loanKind: LOAN_KIND_PHRASES,
  repaymentMethod: REPAYMENT_METHOD_PHRASES,
  rateType: RATE_TYPE_PHRASES,
  cardType: CARD_TYPE_PHRASES,
  loanStatus: LOAN_STATUS_PHRASES,
  assetClass: ASSET_CLASS_PHRASES,
  scenario: SCENARIO_PHRASES,
  forecastMethod: FORECAST_METHOD_PHRASES,
  forecastSubject: FORECAST_SUBJECT_PHRASES,
  category: CATEGORY_PHRASES,
  emotion: EMOTION_PHRASES,
  emotionTone: EMOTION_TONE_PHRASES,
  hardship: HARDSHIP_PHRASES,
  hardshipOption: HARDSHIP_OPTION_PHRASES,
  healthBand: HEALTH_BAND_PHRASES,
  healthAction: HEALTH_ACTION_PHRASES,
  healthLever: HEALTH_LEVER_PHRASES,
  loanRiskBand: LOAN_RISK_BAND_PHRASES,
  lifeStage: LIFE_STAGE_PHRASES,
  bindingConstraint: BINDING_CONSTRAINT_PHRASES,
  debtServiceBasis: DEBT_SERVICE_BASIS_PHRASES,
  metric: METRIC_PHRASES,
  importTarget: IMPORT_TARGET_PHRASES,
  reduceTip: REDUCE_TIP_PHRASES,
  counselIntent: COUNSEL_INTENT_PHRASES,
  financeIntent: FINANCE_INTENT_PHRASES,
  period: PERIOD_PHRASES,
  anomalyReason: ANOMALY_REASON_PHRASES,
} as const;
export type PhraseKind = keyof typeof PHRASE_MAPS;

/** What an unknown code reads as: never the code itself. */
const UNKNOWN: Phrase = { ko: '기타', en: 'other' };

/**
 * The phrase of a code: phrase('forecastMethod', 'COMBINATION', 'ko') → '여러 예측 방법의 평균'. A code with no
 * phrase (a value added to an enum later) reads "기타"/"other", never the identifier.
 */
export function phrase(kind: PhraseKind, code: string | null | undefined, lang: Lang): string {
  if (code === null || code === undefined) return UNKNOWN[lang];
  const map = PHRASE_MAPS[kind] as PhraseMap;
  return Object.prototype.hasOwnProperty.call(map, code) ? map[code][lang] : UNKNOWN[lang];
}

/** The binding constraint of a limit simulation with its cap: "DSR 한도(연소득의 40%)" / "the DSR cap (40% of income)". */
export function bindingConstraintPhrase(
  code: string | null | undefined,
  capRatio: Decimal.Value | null | undefined,
  lang: Lang,
): string {
  const name = phrase('bindingConstraint', code, lang);
  const isDsr = code === 'DSR' || code === 'DSR_CAP';
  if (!isDsr || capRatio === null || capRatio === undefined || capRatio === '') return name;
  const cap = formatPercentShort(new Decimal(capRatio));
  return lang === 'ko' ? `${name}(연소득의 ${cap})` : `${name} (${cap} of income)`;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The period the spending API read, in words: a DATES period by its two days ("11월 1일부터 11월 27일까지"), any other
 * as its slot would be said.
 */
export function apiPeriodPhrase(
  p: { kind: string; months?: number | null; from: string; through: string },
  lang: Lang,
): string {
  if (p.kind === 'DATES') {
    const md = (iso: string) => ({ month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
    return periodPhrase(
      {
        kind: 'DATES',
        from: md(p.from),
        through: md(p.through),
        range: { from: p.from, through: p.through },
      },
      lang,
    );
  }
  return periodPhrase(
    {
      kind: p.kind,
      ...(p.months !== null && p.months !== undefined ? { months: p.months } : {}),
    } as PeriodSlot,
    lang,
  );
}

/** A period slot in words: { kind: 'LAST_N_MONTHS', months: 3 } → "최근 3개월" / "the last 3 months". */
export function periodPhrase(period: PeriodSlot, lang: Lang): string {
  if (period.kind === 'LAST_N_MONTHS')
    return lang === 'ko'
      ? `최근 ${period.months}개월`
      : `the last ${period.months} month${period.months === 1 ? '' : 's'}`;
  // "10월 식비", "in October": a month the customer named is said by its name.
  const monthName = (month: number) => (lang === 'ko' ? `${month}월` : MONTH_NAMES[month - 1]);
  if (period.kind === 'LAST_N_DAYS')
    return lang === 'ko' ? `최근 ${period.days}일` : `in the last ${period.days} days`;
  if (period.kind === 'DATES') {
    // The days as resolved on the turn ("11월 1일부터 11월 27일까지"); unresolved, as said (the end "오늘").
    const day = (d: MonthDay) =>
      lang === 'ko'
        ? `${d.year ? `${d.year}년 ` : ''}${d.month ? `${d.month}월 ` : ''}${d.day}일`
        : d.month
          ? `${MONTH_NAMES[d.month - 1]} ${d.day}${d.year ? `, ${d.year}` : ''}`
          : `the ${ordinal(d.day)}`;
    // As said, each end's month filled in from the days the turn resolved: "15일부터" → "11월 15일부터".
    const resolved = (said: MonthDay, iso: string | undefined): MonthDay =>
      iso
        ? {
            ...(said.year ? { year: said.year } : {}),
            month: Number(iso.slice(5, 7)),
            day: Number(iso.slice(8, 10)),
          }
        : said;
    const from = resolved(period.from, period.range?.from);
    const through = period.through && resolved(period.through, period.range?.through);
    // "그저께", "지지난주", "2 weeks ago": as said (the answers give the days beside the period).
    if (period.ago) return agoPhrase(period.ago, lang);
    // "3분기", "Q2" (and a comparison's quarter before it): a calendar quarter by its name.
    const q = period.range && quarterOf(period.range);
    if (q) return lang === 'ko' ? `${q.year}년 ${q.n}분기` : `in Q${q.n} ${q.year}`;
    // One day ("22일에는?", "on the 22nd"): that day, not "from the 22nd to the 22nd".
    if (through && day(through) === day(from)) return lang === 'ko' ? day(from) : `on ${day(from)}`;
    const end = through ? day(through) : lang === 'ko' ? '오늘' : 'today';
    // "추석 때": the holiday by its name (the answers give the days beside the period).
    if (period.holiday) {
      const name = HOLIDAY_NAMES[period.holiday];
      if (period.holidayWeek)
        return lang === 'ko'
          ? `${name.ko} ${period.holidayWeek === 'BEFORE' ? '전' : '다음'} 일주일`
          : `in the week ${period.holidayWeek === 'BEFORE' ? 'before' : 'after'} ${name.en}`;
      return lang === 'ko' ? name.ko : `over ${name.en}`;
    }
    return lang === 'ko' ? `${day(from)}부터 ${end}까지` : `from ${day(from)} to ${end}`;
  }
  if (period.kind === 'NAMED_MONTH') return monthName(period.month);
  if (period.kind === 'MONTHS_AGO' && period.month) return monthName(period.month);
  if (period.kind === 'MONTHS_AGO')
    return period.months === 1
      ? PERIOD_PHRASES.LAST_MONTH[lang]
      : period.months === 2
        ? lang === 'ko'
          ? '지지난달'
          : 'the month before last'
        : lang === 'ko'
          ? `${period.months}개월 전`
          : `${period.months} months ago`;
  return PERIOD_PHRASES[period.kind][lang];
}

/** The calendar quarter a range covers exactly, if it does. */
function quarterOf(range: { from: string; through: string }): { n: number; year: number } | undefined {
  const m = Number(range.from.slice(5, 7));
  if (range.from.slice(8) !== '01' || (m - 1) % 3 !== 0) return undefined;
  const end = addDays(addMonths(range.from, 3), -1);
  return end === range.through ? { n: (m + 2) / 3, year: Number(range.from.slice(0, 4)) } : undefined;
}

/** A day or week counted back as a customer says it: "그저께", "지지난주", "3주 전", "the week before last". */
function agoPhrase(ago: { unit: 'DAY' | 'WEEK'; n: number }, lang: Lang): string {
  const words = AGO_WORDS[ago.unit][lang];
  return ago.n === 2 ? words.two : `${ago.n}${words.unit}`;
}

const AGO_WORDS: Record<'DAY' | 'WEEK', Record<Lang, { two: string; unit: string }>> = {
  DAY: { ko: { two: '그저께', unit: '일 전' }, en: { two: 'the day before yesterday', unit: ' days ago' } },
  WEEK: { ko: { two: '지지난주', unit: '주 전' }, en: { two: 'the week before last', unit: ' weeks ago' } },
};

const HOLIDAY_NAMES: Record<LunarHoliday, Record<Lang, string>> = {
  CHUSEOK: { ko: '추석 연휴', en: 'the Chuseok holidays' },
  SEOLLAL: { ko: '설 연휴', en: 'the Lunar New Year holidays' },
};

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Upper-case codes that are ordinary words in customer text (acronyms every Korean bank app uses). */
export const ALLOWED_ACRONYMS: ReadonlySet<string> = new Set([
  'DSR',
  'LTV',
  'DTI',
  'KRW',
  'OTP',
  'ATM',
  'FAQ',
]);

/** Every code of every phrase map that must not appear in customer text (for the rendering tests). */
export function internalIdentifiers(): string[] {
  const out = new Set<string>();
  for (const map of Object.values(PHRASE_MAPS))
    for (const code of Object.keys(map))
      if (/^[A-Z][A-Z0-9_]+$/.test(code) && !ALLOWED_ACRONYMS.has(code)) out.add(code);
  return [...out];
}
