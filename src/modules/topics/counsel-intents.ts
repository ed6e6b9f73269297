// The counsellor's vocabulary of questions: what a customer (or staff member) asks a bank, and the slots that
// make the question precise. The understanding layer (topics module) produces a `MessageUnderstanding`; the chat
// counsel pipeline resolves its slots against the customer's own data and picks the answer plan of the intent.
// This file is the contract between the two: plain types, no I/O.

export const COUNSEL_INTENTS = [
  'NEXT_PAYMENT', // 다음 납입일/납입액 — slots: loan
  'LOAN_BALANCE', // 잔액, 남은 기간 — slots: loan
  'PAYOFF_QUOTE', // 오늘 전액 상환하면 얼마 — slots: loan
  'REPAYMENT_SCHEDULE', // 앞으로 N회 상환 일정 — slots: loan, count
  'ARREARS', // 연체 금액, 연체이자 — slots: loan
  'HARDSHIP', // 못 낼 것 같아요, 실직, 유예 — slots: loan, hardship
  'LOAN_LIMIT', // 얼마까지 빌릴 수 있나 — slots: loanKind, termMonths, amount
  'REFINANCE', // 갈아타면 아낄 수 있나 — slots: loan
  'PREPAYMENT_EFFECT', // ₩X 중도상환하면 — slots: loan, amount
  'LOANS_OVERVIEW', // 내 대출 전체 — no slots
  'SPENDING', // 지출 — slots: period, merchant, category, overseas, online, weekend
  'CARD_TRANSACTIONS', // 최근 거래, 해외 결제, 가맹점 — slots: period, merchant, overseas
  'SUSPECTED_FRAUD', // 제가 결제하지 않은 게 있어요
  'HEALTH_SCORE', // 금융 건강 점수와 이유
  'FORECAST', // 전망 — slots: forecastSubject, months
  'SAVINGS', // 저축, 비상금
  'PRODUCT_QUESTION', // 상품, 수수료, 금리 일반
  'DOCUMENT_QUALITY', // 올린 서류 사진 괜찮은지, 이미지상태, 신뢰도 (customer: own documents; staff: latest analysis)
  'IMPORT_FAQ', // staff: 업로드 통계
  'GENERAL_CHAT', // 일상 대화
] as const;
export type CounselIntent = (typeof COUNSEL_INTENTS)[number];

/** Loan kinds as the loans module names them. */
export type LoanKindSlot = 'MORTGAGE' | 'JEONSE' | 'CREDIT' | 'OVERDRAFT' | 'CARD_LOAN' | 'AUTO';

/** Spending category codes of the 업종 taxonomy (migrations/1764000000000-spending.ts). */
export type CategorySlot =
  | 'FOOD'
  | 'GROCERY'
  | 'TRANSPORT'
  | 'FUEL'
  | 'SHOPPING'
  | 'ONLINE_SHOPPING'
  | 'MEDICAL'
  | 'EDUCATION'
  | 'TRAVEL'
  | 'LEISURE'
  | 'TELECOM'
  | 'INSURANCE'
  | 'UTILITIES'
  | 'OTHER';

/** A period as the customer says it; resolved to dates against "today" by the pipeline. */
export type PeriodSlot =
  | {
      kind:
        | 'TODAY'
        | 'YESTERDAY'
        | 'THIS_WEEK'
        | 'LAST_WEEK'
        | 'THIS_MONTH'
        | 'LAST_MONTH'
        | 'THIS_QUARTER'
        | 'LAST_QUARTER'
        | 'THIS_YEAR'
        | 'LAST_YEAR'
        /** 상반기 / 하반기: the latest such half begun (SpendingPeriodKind). */
        | 'FIRST_HALF'
        | 'SECOND_HALF';
    }
  | { kind: 'LAST_N_MONTHS'; months: number }
  /**
   * The whole calendar month `months` back: 2 = 지지난달 / the month before last. `month` (1–12) when the customer
   * named it ("10월", "October"), so the answer says it the same way.
   */
  | {
      kind: 'MONTHS_AGO';
      months: number;
      month?: number;
      /** QA round 24 (spend24). The year, when the customer said it ("2025년 3월"): the answer names it. */
      year?: number;
    }
  /**
   * A calendar month named ("10월에", "in October"): the latest such month up to this one. Read from the text alone;
   * the pipeline turns it into MONTHS_AGO (or THIS_MONTH) on the day of the turn (`resolveNamedMonth`). `after`: the
   * month after one asked about ("그 다음 달은?"), which after this month is next month, not a month a year back.
   */
  | {
      kind: 'NAMED_MONTH';
      month: number;
      after?: boolean;
      /** QA round 24 (spend24). The year said with it ("2026년 1월", "January 2026"): that month, not the latest such. */
      year?: number;
    }
  /**
   * The last `days` days up to and including today ("최근 7일", "지난 2주간" → 14, "the last 30 days"). `range` is set on
   * the day of the turn (`resolveNamedMonth`).
   */
  | { kind: 'LAST_N_DAYS'; days: number; range?: DayRange }
  /**
   * Days between two dates said ("11월 1일부터 오늘까지", "10월 15일부터 11월 14일까지", "since November 1"): `through`
   * absent is today; a day without its month ("15일부터") is in the latest month that has had it. `range` is set on
   * the day of the turn: `from` the latest such date up to today, `through` the first such date from `from` on.
   */
  | {
      kind: 'DATES';
      from: MonthDay;
      through?: MonthDay;
      range?: DayRange;
      /**
       * 추석 / 설날 said ("추석 때 얼마 썼어?", "over Chuseok"): the latest such holiday break begun by the turn's day
       * (`holidayBreak`), which `range` then holds; `from` is only a placeholder until then.
       */
      holiday?: LunarHoliday;
      /** The week just before or after that holiday break ("추석 전주", "the week after chuseok"). */
      holidayWeek?: 'BEFORE' | 'AFTER';
      /**
       * A day or calendar week counted back from the turn's day ("그저께" = 2 days, "지지난주" / "2주 전" / "the week
       * before last" = 2 weeks: Monday to Sunday), which `range` then holds; `from` is only a placeholder until then.
       */
      ago?: { unit: 'DAY' | 'WEEK'; n: number };
      /** The last `tailDays` days up to `through` ("10월 마지막 2주" = 14, "the last 10 days of october"). */
      tailDays?: number;
    };

/** The lunar holidays whose break a customer names as a period. */
export type LunarHoliday = 'SEOLLAL' | 'CHUSEOK';

/** A calendar day said without its year; `month` absent when only the day was said ("15일부터"). */
export interface MonthDay {
  /** The year when it was said ("2025년 3분기"). */
  year?: number;
  month?: number;
  /** A month counted back from the turn's ("지난달 둘째주" = 1), when it was said so instead of by its number. */
  monthsBack?: number;
  day: number;
}

/** Two days, YYYY-MM-DD (KST), both included. */
export interface DayRange {
  from: string;
  through: string;
}

/**
 * A day as a customer says it, before it is resolved against the turn's date: a calendar date ("12월 31일", "Dec
 * 31"), a day of the month ("30일에") or of next month ("다음 달 17일"), a month's end ("이번 달 말", "다음 달 말", "end of next month") or days ahead
 * ("내일", "다음 주", "10일 뒤", "in two weeks") or a day of the week ("이번 주 금요일", "next Monday").
 */
export type DaySlot =
  | { kind: 'DATE'; month: number; day: number }
  | { kind: 'DAY_OF_MONTH'; day: number }
  | { kind: 'NEXT_MONTH_DAY'; day: number }
  | { kind: 'MONTH_END'; monthsAhead: number }
  | { kind: 'DAYS_AHEAD'; days: number }
  /** "3개월 뒤", "in 3 months": the same day that many months ahead (the month's last day when it has none). */
  | { kind: 'MONTHS_AHEAD'; months: number }
  /**
   * A day of the week (1 Monday … 7 Sunday): "이번 주 금요일" / "this Friday" (weeksAhead 0, the week running Monday
   * to Sunday), "다음 주 월요일" / "next Monday" (1), "금요일에" / "on Friday" (none: the next such day, today included).
   */
  | { kind: 'WEEKDAY'; weekday: number; weeksAhead?: 0 | 1 };

/** How the customer referred to one of their loans: by kind, by lender name, or by loan number. */
export interface LoanRefSlot {
  kind?: LoanKindSlot;
  /** Lender as written ("카카오", "the Kakao one" → "kakao"), lower-cased; matched against lender names. */
  lender?: string;
  loanNumber?: string;
}

export type HardshipSlot = 'CANT_PAY' | 'LOST_JOB' | 'INCOME_DROP' | 'DEFER';

export type HardshipAskSlot =
  | 'DEPOSIT'
  | 'WHO_TO_CALL'
  | 'FIRST_STEP'
  | 'HELPLINE'
  | 'BENEFIT'
  | 'DUE_WHEN'
  | 'RUNWAY'
  /** QA round 28 (lead). "뭐부터 내야 돼요?", "which do i pay first?": the card bill or the loan, with their costs if late. */
  | 'PAY_FIRST';

export type ForecastSubjectSlot = 'SPENDING' | 'DEBT' | 'BALANCE' | 'BASE_RATE' | 'LENDING_RATE';

export interface CounselSlots {
  loan?: LoanRefSlot;
  /** Loan kind asked about in a limit question ("주담대 한도" → MORTGAGE). */
  loanKind?: LoanKindSlot;
  /** An amount of money in whole won, as a decimal string ("1천만원" → "10000000"). */
  amount?: string;
  termMonths?: number;
  /** Number of instalments / items asked for ("다음 3회차"). */
  count?: number;
  period?: PeriodSlot;
  category?: CategorySlot;
  merchant?: string;
  /**
   * A second shop named beside `merchant` ("쿠팡이랑 네이버페이 합쳐서 얼마 썼어?", "coupang and naver pay"): both totals and
   * their sum. Two shops of one kind are that kind instead (`merchant` holds the group).
   */
  alsoMerchant?: string;
  /**
   * A third shop and more named beside the two ("쿠팡이랑 배민이랑 롯데마트 합치면 얼마야?", "coupang, baemin and lotte
   * mart"), in the order named: every one's total and the sum.
   */
  moreMerchants?: string[];
  /** A date that does not exist, as said ("32일", "2월 30일", "13월", "oct 32"): answered as no such date. */
  noSuchDate?: string;
  /**
   * A month asked about that has not come yet (1–12: "그 다음 달은?" after this month's spending): said so, with this
   * month's spending to date (set on the day of the turn by `resolveNamedMonth`).
   */
  monthNotYet?: number;
  /**
   * QA round 24 (spend24). The other month of two months asked as one sum ("그럼 그 두달 합치면?" after "9월에 얼마 썼어?"
   * → "10월은?", or after two months side by side): `period` is one month, this the other; the answer is their sum,
   * then each month. Resolved on the day of the turn like `period`.
   */
  sumWith?: PeriodSlot;
  /**
   * QA round 24 (spend24). The month asked in the turn before, when this turn asks another single month ("10월은?"
   * after "9월에 얼마 썼어?"): kept so that "두 달 합치면?" next can name both.
   */
  monthBefore?: PeriodSlot;
  /**
   * QA round 24 (spend24). Two calendar years' card spending compared, the later first ("2025년이랑 2024년 카드 지출
   * 비교해줘", "작년 카드 지출 재작년이랑 비교하면?"): each a year (2025) or, said relative to the turn's, 0 this year,
   * -1 last year, -2 the year before (resolved to years on the day of the turn, when `period` is set to the later).
   */
  yearsCompared?: [number, number];
  /** QA round 24 (spend24). A money regret over a trip ("부끄럽네요 여행가서 너무 많이 썼어요"): comfort, then the latest trip. */
  tripRegret?: boolean;
  /**
   * QA round 24 (spend24). A year said that no data or forecast reaches ("3000년 1월 카드값", "9999년 12월 21일까지"),
   * as said: answered as out of range instead of reading the month or the day in another year.
   */
  yearOutOfRange?: number;
  /** An amount of spending asked as yes or no ("10만원 넘었어?", "more than 500k?"), in won: 네/아니요 first. */
  spentOver?: string;
  /**
   * QA round 26 (en2). A sum asked as how many loan payments it covers ("I'm getting 3 million severance, how many
   * payments does that cover?", "퇴직금 300만원이면 대출금 몇 달 낼 수 있어요?"), in won: the sum ÷ the monthly payment.
   */
  paymentsCovered?: string;
  /**
   * QA round 26. The next instalment paid before its due date ("오늘 미리 내도 돼요?", "can i pay it today instead?"):
   * yes, and that its interest is charged to the due date all the same (the ledger's rule).
   */
  payEarly?: boolean;
  /** A comparison with the period before asked as yes or no ("지난달보다 더 썼어?"): 네/아니요 first. */
  moreAsked?: 'MORE' | 'LESS';
  /**
   * A second category named beside `category` ("식비랑 쇼핑 중에 뭐가 더 많아?", "food vs shopping last month"): both
   * totals, their sum and which is larger.
   */
  alsoCategory?: CategorySlot;
  /** A third category and more beside the two ("식비랑 쇼핑이랑 교통비 합치면?"), in the order named. */
  moreCategories?: CategorySlot[];
  /**
   * With two shops or categories: their sum is asked ("합쳐서", "combined", "together"), so it comes first; otherwise
   * which of the two took more does.
   */
  together?: boolean;
  /** A loan's instalment asked to be paid with a card ("카드로 대출금 낼 수 있어요?"): answered no first, then the cost. */
  loanByCard?: boolean;
  /** With an amount to borrow: asked as yes or no ("3억 대출 가능해요?", "can i borrow 300 million?"), answered so first. */
  yesNo?: boolean;
  /** With onTrack: the budget asked about as exceeded ("예산 초과했어?", "am i over my budget?"), answered yes or no so. */
  overBudgetAsked?: boolean;
  /** Payments abroad or on foreign websites ("해외에서 쓴 돈", "overseas", "직구"). */
  overseas?: boolean;
  /**
   * Online payments ("온라인으로 얼마 썼어?", "how much did I spend online?") — not the 온라인 쇼핑 category; false: in
   * shops only (a trip's spending abroad, "일본 여행가서 얼마 썼어?").
   */
  online?: boolean;
  /**
   * Weekend purchases only ("주말에 쓴 돈", "how much do I spend on weekends?"); false: weekdays only ("평일에는?",
   * "주말 빼고"). Saturday and Sunday in Korea time.
   */
  weekend?: boolean;
  /**
   * Weekends and weekdays set side by side ("주말이랑 평일 중에 언제 더 많이 써요?", "do i spend more on weekends?"): the
   * spending of each over the same period, per day (two days against five), instead of either alone.
   */
  weekdaysVsWeekends?: boolean;
  /**
   * A month compared with a usual one ("평소보다 이번 달에 많이 쓴 것 같아요", "more than usual this month?"): the three
   * complete months before it, a month's average, rather than only the month before (a trip can make that one
   * unusual).
   */
  usual?: boolean;
  hardship?: HardshipSlot;
  /**
   * The debt relief a hardship question asks about: the court's (개인회생, 파산, "bankruptcy") — what it means, after
   * the gentler options — or whether relief is certain ("채무조정 신청하면 무조건 되는 거죠?": no, it is reviewed).
   */
  relief?: 'COURT' | 'CERTAIN';
  forecastSubject?: ForecastSubjectSlot;
  /** Which score a score question means: the credit bureau's ("신용점수", "credit score") rather than ours. */
  scoreKind?: 'CREDIT';
  /** Forecast horizon in months (a span: "다음 3개월", "next 6 months"). */
  months?: number;
  /** The one month a forecast question names, counted from this month: "다음 달" → 1, "다다음 달" → 2. */
  monthAhead?: number;
  /**
   * A calendar month a forecast question names ("forecast for december", "3월 지출 예상": 1–12), made `monthAhead` on
   * the day of the turn (resolveNamedMonth: the next such month, this month when it is the one named).
   */
  forecastMonth?: number;
  /** A balance question about the interest still to pay ("총 이자 얼마나 내요?", "interest in total?"). */
  interestLeft?: boolean;
  /** A spending question that compares with the period before ("지난달보다 더 썼나요?", "more than last month?"). */
  compare?: boolean;
  /**
   * The comparison is with the same days a year earlier ("작년 이맘때랑 비교하면?", "compared to this time last year?"),
   * not with the period just before: the period asked (this month so far, a named month…) against its days a year back.
   */
  yearAgo?: boolean;
  /**
   * Why spending changed ("지출이 왜 늘었어요?", "why did my spending go up?"): compared, with no period named, over the
   * last complete month and the one before (this month is still running), and the categories that moved most.
   */
  changeWhy?: boolean;
  /**
   * Which category grew most ("어떤 업종이 제일 많이 늘었어?", "which category grew the most this quarter?"): with
   * compare, the category with the largest rise against the period before, first.
   */
  categoryRise?: boolean;
  /** The card itself is lost or stolen ("카드 분실했어요", "someone stole my card"): stopping it comes first. */
  cardLost?: boolean;
  /**
   * Whether they will be all right, asked in fear ("나 망한거죠?", "am i going to be ok?"): where they stand first —
   * nothing overdue said as such — and the relief ladder only when something is.
   */
  reassure?: boolean;
  /**
   * A category taken out of the spending ("숙박비 빼면요?", "지난달 여행 빼면 얼마 썼어?", "excluding travel"): the total
   * less that category's part, first.
   */
  without?: CategorySlot;
  /** A replacement card asked for ("재발급은 얼마나 걸려요?", "how long for a new card?"): how and how long, first. */
  reissue?: boolean;
  /**
   * Whether money taken by a charge they did not make comes back ("돈 돌려받을 수 있어요?", "will I get my money
   * back?"): yes once reported — the card company's liability (여신전문금융업법 제16조), first.
   */
  fraudRefund?: boolean;
  /**
   * QA round 21 (card21). What was spent with a card they lost or think was stolen ("how much did they spend?", "얼마
   * 썼어요?" after it): the flagged transactions and their total — only the customer can tell which were not theirs.
   */
  fraudSpent?: boolean;
  /**
   * A scam — voice phishing, a smishing text, money sent to a stranger ("보이스피싱 당한 것 같아요", "대출 사기 문자를
   * 받았어요"): VICTIM when money, details or an app already went (stopping the receiving account comes first),
   * SUSPECT when only the call or text came.
   */
  scam?: 'VICTIM' | 'SUSPECT';
  /**
   * With scam, how it came: MESSENGER — someone posing as family or a friend asks for money by messenger ("엄마가
   * 카톡으로 폰 고장났다고 돈 보내달래요"): call them on the number you know before anything; LINK — a text's link was
   * clicked or an app installed, no money sent ("택배 문자 링크를 눌렀어요"): the phone comes first.
   */
  scamKind?: 'MESSENGER' | 'LINK' | 'LOAN_OFFER' | 'PAYMENT_ALERT';
  /**
   * What a product question is about: the prepayment fee (one of the customer's own figures, "중도상환수수료
   * 얼마예요?") or a term the customer asks to have explained ("DSR이 뭐예요?", "what is a grace period?").
   */
  productTopic?: ProductTopicSlot;
  /**
   * A service the customer asks for that only the card company or the lender can carry out ("해외 결제 막아주세요",
   * "납입일 바꿔주세요"): answered with where to do it first, then the customer's figures that bear on it.
   */
  request?: ServiceRequestSlot;
  /** Why an instalment's interest is what it is ("이자가 왜 이렇게 많이 나와요?", "why is my interest so high?"). */
  interestWhy?: boolean;
  /**
   * With interestWhy, the interest charged is thought wrong ("이자 계산이 틀린 것 같은데요", "I think my interest is
   * calculated wrong"): the calculation, then how to have it checked (the lender's statement, the FSS).
   */
  interestDispute?: boolean;
  /**
   * A rate-rise what-if ("금리가 1%p 오르면 이자 얼마나 늘어요?", "what if rates go up?"): the rise in percentage
   * points as stated, 1 when the question names no size; a cut ("0.5%p 내리면", "if rates fall") is negative.
   */
  rateRise?: number;
  /**
   * QA round 25 (left25a). "0%면요?" after a rate rise: a change of 0 %p — the rate as it is, so the payment stays
   * (rateRise carries no 0: it is the size of a change).
   */
  rateUnchanged?: boolean;
  /**
   * QA round 25 (left25a). "처음에 물어본 거 중에 제일 큰 게 뭐예요?": the conversation's first question, its answer's
   * largest item first (set by the pipeline on the first question's understanding).
   */
  largestOfFirst?: boolean;
  /**
   * A what-if to a rate, not by a rise ("금리가 5%로 오르면 이자 얼마 내요?", "if my rate goes to 5%"): the annual rate
   * in percent as stated; each loan's change is worked out from its own rate.
   */
  rateTo?: number;
  /**
   * With rateTo, the other of two rates the customer weighs ("금리 4.5%랑 3.9% 이자 차이 얼마?", "the difference in
   * interest between 4.5% and 3.9%"): the first said, in percent. On the loan named, else the largest active one, a
   * month's interest at each (an estimate) and the difference a month and a year.
   */
  rateFrom?: number;
  /**
   * Income the customer states ("연봉 5천인데", "월급이 200만원인데", "I earn ₩60M a year"): the limit is computed on
   * it rather than the income on file. `annual` in whole won; `monthly` when it was said as a month's pay (× 12).
   * A bare Korean figure after an income word counts in 만원, as it is said ("연봉 5천" = 50,000,000원).
   */
  statedIncome?: {
    annual: string;
    monthly?: string;
    /** The income is a what-if the customer's would move to ("연봉이 2천만원으로 오르면"), not what they earn now. */
    whatIf?: true;
    /** QA round 24 (en24b). Said as what it was cut to ("my salary got cut to 1.3m a month"): met as a pay cut. */
    cut?: true;
  };
  /**
   * An income what-if ("연봉이 10% 오르면 한도 얼마나 늘어요?", "what if my income goes up 10%?"): the change as a
   * ratio ("0.10", "-0.20"); a rise named without a size is +10 % (the loan system's what-if); halved ("월급이 반으로
   * 줄었어요", "my income got cut in half") is "-0.50" — with the DSR asked about, the DSR on that income.
   */
  incomeChange?: string;
  /** The monthly payment is asked with the limit ("그럼 월 납입액은?", "and the monthly payment?"): that of the limit. */
  paymentAsked?: boolean;
  /**
   * What the customer would put aside each month towards the goal in `amount` ("매달 50만원씩 모으면 1000만원 언제
   * 모여요?", "if I save 500k a month, how long until 10 million"), whole won: the months at that pace, then whether
   * their month leaves that much.
   */
  saveMonthly?: string;
  /** How big an emergency fund should be ("비상금 얼마나 있어야 해요?", "how much emergency savings do I need?"). */
  emergencyFund?: boolean;
  /** QA round 24 (en24b). A wedding the savings are for ("getting married next fall!! save 10 million"): met first. */
  wedding?: boolean;
  /** QA round 21 (care21). Why an emergency fund ("+왜요?" after its size): the reason, first. */
  fundWhy?: boolean;
  /**
   * QA round 21 (care21). A savings goal's deadline month (1–12: "내년 6월까지 500만원", "by next summer" → 7): the
   * months to it are worked out on the day of the turn (resolveNamedMonth) and the goal is judged against them.
   */
  goalMonth?: number;
  /**
   * QA round 21 (care21). A follow-up to a hardship answer asking one thing: whether the lender can take the jeonse
   * deposit, whom to call, what to do first, what 1397 / 1600-5500 is, whether the unemployment benefit will cover it,
   * by when the next payment is due.
   */
  hardshipAsk?: HardshipAskSlot;
  /**
   * QA round 22 (carefu). The customer's own illness said beside the loan ("갑자기 입원하게됐어요 … 대출 어떻게",
   * "im in hospital for surgery next week, prob off work 2 months"): met first; the months off work, when said.
   */
  illness?: boolean;
  /**
   * QA round 22 (carefu). One thing asked after a scam answer: the money back (REFUND), how long that takes (HOW_LONG),
   * whom to call (WHO_TO_CALL).
   */
  scamAsk?: 'REFUND' | 'HOW_LONG' | 'WHO_TO_CALL';
  /** QA round 22 (carefu). The scam text said a loan is overdue ("got a text saying my kakaobank loan is overdue"). */
  overdueText?: boolean;
  /** QA round 22 (carefu). A prosecutor, the police or the FSS impersonated ("검찰청이라고 전화와서 … 돈 옮기래요"). */
  authority?: boolean;
  /** QA round 22 (carefu). A flagged charge said to be the customer's own ("메리어트 그거 제가 쓴건데", "that was osaka"). */
  ownCharge?: boolean;
  /**
   * QA round 25 (left25c). A charge asked what it is, by its merchant and/or amount ("AMAZON.COM 19700원 이거 뭐예요?",
   * "what is this 68,500 charge every month", "면세점 46만원"): that charge identified first (no flagged list unless it is
   * itself flagged); kept for "이거 제가 쓴 거 맞아요" (ownCharge) and "언제 또 나가요?" (nextCharge).
   */
  chargeAsked?: boolean;
  /** QA round 25 (left25c). "언제 또 나가요?", "when is the next one" after a charge asked about: its next one. */
  nextCharge?: boolean;
  /** QA round 22 (carefu). The merchant the customer said was theirs, kept for the next turns. */
  clearedMerchant?: string;
  /**
   * QA round 24 (en24b). What the charge said to be theirs was, when no merchant is named or kept ("it was my hotel in
   * osaka"): the flagged charge of that kind is the one cleared.
   */
  clearedKind?: 'HOTEL' | 'FLIGHT' | 'DUTY_FREE';
  /** QA round 22 (carefu). The remaining flagged ones asked about ("그럼 다른건 괜찮아요?", "any other weird ones?"). */
  othersAsked?: boolean;
  /** QA round 22 (carefu). "카드 정지해야돼요?" after the flagged charges: whether to, first. */
  stopAsked?: boolean;
  /** QA round 22 (carefu). "will i be ok with the loan?", "괜찮을까요?": the reassurance asked as a yes. */
  okAsked?: boolean;
  /** QA round 22 (carefu). The months off work said with an illness ("off work 2 months", "두 달 쉬어야"). */
  monthsOff?: number;
  /**
   * QA round 22 (carefu). Money short before payday ("월급날 일주일 남았는데 3만원밖에", "payday is on the 25th but im
   * already out of money"): what falls due before the payday, first. Days until payday when said as a span.
   */
  beforePayday?: boolean;
  paydayInDays?: number;
  /** QA round 21 (care21). The money the customer says they have ("통장에 30만원밖에 없는데", "i only have 200k"), won. */
  moneyOnHand?: string;
  /**
   * QA round 21 (care21). The landlord will not renew the lease ("집주인이 연장 안해준다는데"): the tenant's options
   * (계약갱신청구권, the deposit's return guarantee) before the loan's maturity and extension.
   */
  landlordRefuses?: boolean;
  /**
   * QA round 21 (care21). A text message beside an arrears worry ("문자가 왔는데 무서워요": SAID) or asked about after
   * it ("그럼 그 문자 뭐에요?": ASKED): what it may be (a payment notice or smishing) and how to check it safely.
   */
  textMessage?: 'SAID' | 'ASKED';
  /**
   * QA round 21 (care21). The medical-expense deduction ("연말정산 의료비 공제 되나요?"): this year's medical spending
   * against 3 % of the pay (15 % of what is above it), not the loan-interest deduction.
   */
  medicalDeduction?: boolean;
  /**
   * QA round 21 (care21). A spouse's or family member's loan taken in secret ("남편이 몰래 카드론 받은 것 같아요"): only
   * the customer's own loans are visible; how theirs can be checked, and where to talk it through.
   */
  spouseLoan?: boolean;
  /** QA round 21 (late21). "연체한 적 있어요?", "any late ones at all": every recorded repayment, on time or late. */
  everLate?: boolean;
  /** QA round 21 (care21). "진짜요? 확실해요?" after "nothing is overdue": confirmed from the record. */
  confirmed?: boolean;
  /**
   * QA round 23 (late23b). Nothing overdue asked in relief, for a yes: "휴 이번달 연체 없죠?", "phew, so i'm not behind on
   * anything right?" — the yes with the figure and the next payment, not what lateness would cost.
   */
  reliefAsked?: boolean;
  /**
   * QA round 23 (late23b). A reaction to the card bill just given ("헉 많네", "wow that's a lot"): a short
   * acknowledgement and what made the bill (its month's largest categories). Set by the follow-up rule only.
   */
  billSurprise?: boolean;
  /**
   * QA round 23 (late23b). A resolve to spend less after the card bill ("ㅋㅋ 다음달은 좀 줄여야지", "gotta cut back next
   * month"): encouragement with one tip from their data (the bill's largest category). Set by the follow-up rule only.
   */
  cutResolve?: boolean;
  /**
   * QA round 22 (loanleft). Whether a refused extension means moving out ("전세대출 연장 안되면 이사가야돼요?", "if they
   * don't extend my jeonse loan do i have to move out?"): not necessarily — the lease is separate from the loan.
   */
  moveOutAsked?: boolean;
  /**
   * QA round 22 (loanleft). How a payment splits into principal and interest, asked as "why so much? its just interest
   * right", "왜 이렇게 많아요? 이자만 내는 거 아니에요?", "이거 다 이자예요?": yes or no first, then the split.
   */
  splitAsked?: boolean;
  /** QA round 22 (loanleft). "why so little", "왜 이것밖에 안 돼요?" about a loan limit: what binds it, and a what-if. */
  limitWhy?: boolean;
  /**
   * QA round 22 (loanleft). A loan instalment paid twice ("help i think i paid the loan twice this month", "이번달 대출
   * 두번 낸 것 같아요"): this month's recorded repayments, yes or no first.
   */
  paidTwice?: boolean;
  /** The trouble is the card bill, not a loan instalment ("이번 달 카드값 못 낼 것 같아요"). */
  cardBill?: boolean;
  /**
   * Next month's card bill ("다음 달에 카드값 얼마 나올 것 같아?", "what will next month's card bill be?"): with most
   * card companies this month's spending, so far — read with the period this month.
   */
  nextBill?: boolean;
  /**
   * The money going out in a month, loans and card together ("대출이자랑 카드값 합치면 한달에 얼마?", "12월에 나갈 돈 총
   * 얼마야", "how much goes out in december in total?"): the loans' instalments due that month (paid or not) plus the
   * card bill due then — this month's the bill due (last month's use), next month's this month's use so far. The month
   * is `monthAhead` (0 this month; a month named is resolved on the day of the turn, resolveNamedMonth), and the bill
   * is read as `cardBill` (this month) or `nextBill` (next month) — the same reads as those questions.
   */
  outgoings?: boolean;
  /**
   * QA round 23 (loan23). What a month's outgoings are made of ("뭐뭐 나가요?", "what makes that up", "헐 생각보다 많네"
   * after them): the same month's total with each loan payment and the card bill's one-off and instalment parts first.
   */
  outgoingsParts?: boolean;
  /**
   * QA round 24 (loan24). The loan's instalments left counted ("대출 몇회차 남았어요", "how many payments left on my
   * loan"): the count first, from the open schedule.
   */
  paymentsLeft?: boolean;
  /**
   * QA round 24 (loan24). What can be asked about the loans ("대출 관련해서는 뭘 물어볼 수 있어요?", "what can I ask
   * about my loan?"): example questions, with the loan they would be answered from.
   */
  loanQuestions?: boolean;
  /**
   * QA round 24 (loan24). Whether a prepayment moves the due date ("100만원 더 갚으면 납입일 바뀌어요?"): no — the due
   * day stays; what changes is the next instalment's interest.
   */
  dueDateKept?: boolean;
  /**
   * QA round 24 (loan24). Why an interest-only loan repays no principal ("why no principal??" after "is that principal
   * or just interest?"): the reason, not the fact again.
   */
  flatWhy?: boolean;
  /**
   * QA round 24 (loan24). Until when a payment is not late ("며칠까지 봐줘요?" after the next payment): the day it is
   * owed, the day penalty interest starts and the day short-term arrears would be shared.
   */
  graceUntil?: boolean;
  /**
   * QA round 24 (loan24). Whether the loan payment can still be made after a big card bill ("이번달 카드 많이 썼는데
   * 대출이자 낼 수 있을까?"): the monthly income on file against this month's card bill and the next loan payment.
   */
  loanAfterCard?: boolean;
  /**
   * QA round 24 (loan24). Figures the customer checks ("ok so the loan is 169m right? and card bill like 1.8m?"): the
   * loan balance and / or the card bill they said (whole won), each confirmed or corrected with the real figure.
   */
  figuresCheck?: { loan?: string; bill?: string };
  /**
   * The interest between now and a month's end ("지금부터 내년 3월까지 이자 얼마 나가?", "how much interest will i pay
   * between now and march?"): the interest of the unpaid instalments due through the end of the month `monthAhead`
   * (a month named is resolved on the day of the turn) — or, with `nextYear` ("내년에 내야 할 이자"), those due in the
   * next calendar year — summed over the active loans, with their count and dates.
   */
  interestTo?: boolean;
  /** Repaying the loan weighed against saving the money ("조기상환할까요 적금 들까요?", "pay off early or save?"). */
  versusSaving?: boolean;
  /**
   * QA round 26. With versusSaving, the deposit's rate said, in percent ("4%짜리 적금이면요?", "what if the savings account
   * pays 5%?"): that rate after the 15.4 % interest tax against the loan's, the verdict first.
   */
  savingRate?: number;
  /**
   * The amount is repaid every month on top of the instalment ("매달 50만원씩 더 갚으면 언제 끝나요?", "if I pay 1,000,000
   * won extra each month"): when the loan ends and the interest saved, not a one-off prepayment.
   */
  everyMonth?: boolean;
  /**
   * With everyMonth: the amount is what is paid each month in all, not an extra ("한 달에 200만원씩 갚으면 언제 끝나요?",
   * "how long to pay it off if I pay 2 million a month"): the extra is the amount less the instalment due now.
   */
  inAll?: boolean;
  /**
   * Interest paid in a calendar year ("올해 대출 이자 얼마 냈어요?", "interest I paid last year" — 연말정산), or since the
   * loans began (ALL, QA round 28: "지금까지 낸 이자 총 얼마예요?", "and in total since i took the loan?").
   */
  interestPaid?: 'THIS_YEAR' | 'LAST_YEAR' | 'ALL';
  /**
   * What an action does to the credit score ("대출 다 갚으면 신용점수 올라요?", "갈아타면 신용점수 떨어져요?", "한도 조회하면
   * 점수 떨어져요?"): the effect first, then the score on file. GOOD_SCORE: what counts as a good score ("좋은 신용점수는 몇
   * 점이에요?", "what's a good credit score?"), then the score on file. RAISE: how to raise it ("신용점수 올리려면 어떻게
   * 해요?"); DROP_WHY: why a score falls and where to see the reason ("신용점수 왜 떨어졌어요?").
   */
  creditEffect?:
    | 'PAYOFF'
    | 'REFINANCE'
    | 'INQUIRY'
    | 'NEW_LOAN'
    | 'REVOLVING'
    | 'GOOD_SCORE'
    | 'RAISE'
    | 'DROP_WHY'
    /** "신용카드 쓰면 신용점수 올라가요?": using a credit card and paying it on time. */
    | 'CARD_USE'
    /** "카드 해지하면 신용점수 떨어져요?": closing a card. */
    | 'CARD_CLOSE'
    /** "카드 하나 더 만들면 안좋아요?", "will opening a new card hurt my credit score?": a new card. */
    | 'NEW_CARD';
  /**
   * The day a payoff is asked for ("12월 31일에 다 갚으면 얼마예요?", "다음 달 말에 갚으면요?", "if I pay it off at the
   * end of next month?"), as said; the turn resolves it to a date on or after today (resolveDay).
   */
  payoffOn?: DaySlot;
  /**
   * Whether a dated day is a payment day ("다음 달 17일이 이자 내는 날 맞죠?", "is the 18th my payment date?"), as said;
   * answered yes or no first, with the real date.
   */
  dueDateAsked?: DaySlot;
  /**
   * Whether the loans already held are affordable ("월급이 250만원인데 지금 대출 감당할 수 있을까요?", "can I afford my
   * current loan?"): their debt service against the income (stated or on file), not a new loan's limit.
   */
  affordHeld?: boolean;
  /** The penalty rate itself is asked ("연체이자 몇 프로 붙어요?", "what's the penalty interest rate?"): said first. */
  penaltyRateAsked?: boolean;
  /** A monthly figure asked for a year ("1년이면 얼마야?" after the recurring charges): × 12, first. */
  yearly?: boolean;
  /**
   * QA round 27 (helper en27). "how much would i save if i cancel all of them" after the recurring charges: what
   * cancelling them all saves a month and a year, first.
   */
  cancelAll?: boolean;
  /**
   * QA round 27 (helper en27). The cuts a monthly saving takes asked ("what would i have to cut to save 500k a month",
   * "한 달에 50만원 모으려면 얼마나 줄여야 돼?"): whether the month holds it, first.
   */
  cutToSave?: boolean;
  /**
   * QA round 27 (helper en27b). Their own revolving or cash advance asked ("do i have any revolving credit", "am i using
   * cash advance?", "리볼빙 쓰고 있어요?"): whether their card records show any, first (productTopic REVOLVING or
   * CASH_ADVANCE, the last 12 months read).
   */
  ownCardUse?: boolean;
  /** The instalment after the next one ("그 다음은요?", "다다음 회차는?", "and the one after that?"). */
  afterNext?: boolean;
  /**
   * A month's instalment asked for by the month's name ("1월 납입은요?", "1월에 얼마 내야 돼요?", "what's my January
   * payment?"): 1–12, the next such month on or after today; answered with that month's row of the schedule.
   */
  dueMonth?: number;
  /**
   * The year said with `dueMonth` ("2028년 3월에 한번에 내야 돼요?", "my march 2028 payment"): that month of that year,
   * not the next March (QA round 19).
   */
  dueYear?: number;
  /**
   * A forecast to the end of this year ("올해 말까지 지출 예상해줘", "연말까지 빚 얼마나 남을까?", "for the rest of the
   * year"): the months up to December, and for won figures their sum.
   */
  yearEnd?: boolean;
  /**
   * What happens if a payment is missed, asked before anything is late ("이번 달 이자 못 내면 어떻게 돼요?", "what
   * happens if I miss a payment?"): the next instalment's penalty interest and the credit reporting, first.
   */
  ifLate?: boolean;
  /**
   * A payoff asked "with the interest" ("이자까지 총 얼마 내야 돼요?", "how much including interest?"): today's payoff,
   * then what the schedule takes to the end (principal + the unpaid instalments' interest).
   */
  withInterest?: boolean;
  /**
   * What paying off saves ("지금 다 갚으면 이자 얼마나 아껴요?", "how much interest would I save by paying it off?"):
   * the net saving first (the instalments' interest left, less the interest to date and the fee).
   */
  payoffSaving?: boolean;
  /** The balance asked beside the next payment ("다음 납입일이랑 남은 잔액 알려줘"): said right after it. */
  alsoBalance?: boolean;
  /**
   * The customer's payday, day of the month ("월급이 25일에 들어와서요", "I get paid on the 25th"), beside a question
   * about paying late: the lateness asked is until the payday after the due date.
   */
  payday?: number;
  /**
   * The jeonse deposit a jeonse-loan limit is asked on ("전세 보증금 3억이면 전세대출 얼마까지 돼요?"), whole won: the
   * loan can cover a share of it.
   */
  jeonseDeposit?: string;
  /**
   * A rate another lender quoted for a switch ("토스에서 3.5%로 해준다는데", "신한은행은 3.2%라던데요?", "a bank offered
   * me 3.3%"), in percent as stated: the loan is compared at that rate (loan.refinanceAtRate).
   */
  quotedRate?: number;
  /**
   * QA round 23 (loan23). A rate said for a switch that no lender can quote ("0%면요?", "a lender quoted me 99%"): 0 % or
   * above Korea's legal maximum of 20 % a year (법정최고금리). The answer names the problem and asks for the rate quoted.
   */
  rateImplausible?: number;
  /**
   * QA round 23 (loan23). "더 많이 아끼는 방법은?", "how can i save more?" after a prepayment (`amount` kept): a larger
   * prepayment first (twice the amount, at most the balance), then the other routes (a lower rate, a shorter term).
   */
  saveMore?: boolean;
  /** What switching costs ("갈아타면 수수료 얼마야?", "what are the fees to refinance?"): the cost and its payback first. */
  switchCost?: boolean;
  /** QA round 24 (en24b). The switch's cost asked as the prepayment fee ("중도상환수수료 있어요?"): the fee first. */
  prepayFeeAsked?: boolean;
  /**
   * QA round 25 (left25b). The health score asked to reach a figure ("how do i get it to 80", "80점 되려면 어떻게 해요?"):
   * the points missing and the factors that can give them, from the score's own components.
   */
  scoreTarget?: number;
  /** QA round 25 (left25b). "can i cancel it" after a recurring card charge: how to stop it, not the fraud steps. */
  cancelCharge?: boolean;
  /** QA round 25 (left25b). "one small thing i can do this week": one step from this month's largest spending. */
  oneStep?: boolean;
  /**
   * QA round 25 (left25b). A pay cut with the loan's payment asked as can I afford it ("i got a 20% pay cut, can i still
   * afford my jeonse loan interest?"): yes or no first, from the income on file after the cut.
   */
  affordAfterCut?: boolean;
  /** QA round 25 (left25b). "what happens when my jeonse loan matures": the sum due, then how it is usually repaid. */
  maturityWhat?: boolean;
  /** QA round 24 (en24b). Despair at the sum owed ("i'll never pay off 169 million. whats the point"): met first. */
  payoffDespair?: boolean;
  /** QA round 24 (en24b). Payday said to be next week, its day not said ("다음 주 payday 전에 돈이 없어요"). */
  paydayNextWeek?: boolean;
  /**
   * A prepayment fee the customer states for a switch ("중도상환수수료 30만원이면 갈아타는게 이득?", "수수료 1%면요?",
   * "if the early repayment fee is 300k"): whole won, or a percentage of the balance owed; the refinance answer is
   * worked out again with that fee in place of the one on file.
   */
  statedFee?: { amount: string } | { percent: string };
  /**
   * Moving the loan to another lender is the question ("다른 은행으로 갈아타면 이득이에요?", "should I switch to another
   * bank?"): that comparison first, even where staying at a reduced rate saves more (then said beside it).
   */
  switchLender?: boolean;
  /**
   * Whether their rate is too high ("제 대출 금리 너무 높은 거 아니에요?", "is my interest rate too high?"): the rate
   * they pay and how far it sits above the lowest they could get, first.
   */
  rateHigh?: boolean;
  /**
   * A rate named to be judged ("3.77%면 괜찮은 금리예요?", "is 3.77% a good rate?"), in percent as stated: set against
   * the customer's own loans' rates and the lowest on offer to them, yes or no first (not a quote to switch at).
   */
  rateJudged?: number;
  /**
   * A switch asked as "can I" ("고정금리로 바꿀 수 있어요?", "can I switch to a fixed rate?"), not which is better: the
   * rate-type answer says yes or no first, and how.
   */
  canSwitch?: boolean;
  /**
   * Whether a given day is a payment day ("낼 대출금 빠져나가는 날이에요?", "is my loan payment due today?"): the day
   * asked, counted from today (0 today, 1 tomorrow, 2 the day after); answered yes or no first.
   */
  dueDayAsked?: number;
  /** With request EXTENSION, the extension refused or feared to be ("연장 안 되면 어떡해요?"): what follows, first. */
  extensionRefused?: boolean;
  /**
   * The latest recorded repayment ("지난번에 낸 대출금 얼마였어요?", "이번 달 자동이체 됐어요?", "did my last payment go
   * through?"): its date, amount and split, then whether anything is overdue and the next payment.
   */
  lastPayment?: boolean;
  /**
   * A product question about the customer's own loan ("제 대출은 고정금리예요?", "is my loan fixed or variable?"): their
   * loan's terms first, the definition after.
   */
  ownLoan?: boolean;
  /**
   * Why the rate or the interest changed ("금리가 왜 올랐어요?", "이자가 왜 늘었죠?", "has my rate changed?"): whether
   * and when the loan's rate changed, from what to what, and the next instalment's interest against the last.
   */
  /**
   * When the rate changes next ("제 대출 금리 언제 바뀌어요?", "when does my rate change next?"): with rateChange, the next
   * reset first — a fixed rate's none, a mixed rate's end of the fixed period, a periodic reset's next cycle, a variable
   * rate's contract cycle.
   */
  nextReset?: boolean;
  rateChange?: boolean;
  /**
   * How much of the principal has been repaid ("지금까지 원금 얼마나 갚았어요?", "how much have I paid off so far?"):
   * what was lent less what is left, first.
   */
  repaidSoFar?: boolean;
  /**
   * The balance some months ahead ("6개월 뒤 대출 잔액은?", "그럼 6개월 뒤엔?" after the balance, "and in 6 months?"):
   * the principal left after that many more instalments of the stored schedule (a forecast of the loan as it runs,
   * with the day of that instalment).
   */
  balanceAfter?: number;
  /**
   * The payment some instalments after the next ("그럼 6개월 뒤엔?", "and in 6 months?" after the next payment): that row
   * of the stored schedule, with its date and split.
   */
  paymentAhead?: number;
  /**
   * A prepayment made later ("6개월 뒤에 1000만원 중도상환하면?", "그럼 6개월 뒤에 갚으면?" after a prepayment what-if):
   * on the due day of that many more instalments, the loan as its schedule leaves it then.
   */
  prepayAfter?: number;
  /**
   * A share of the balance to prepay ("절반 갚으면?" → 0.5, "what if I pay off half my loan?", "30% 갚으면"): the
   * amount is that share of the loan's principal left.
   */
  share?: number;
  /**
   * QA round 25 (fixko2). A balance the customer wants to bring the loan down to ("1.5억으로 줄이려면 얼마 갚아야
   * 돼요?", "to get it down to 150 million"), in won: the amount to prepay is the principal left less it.
   */
  targetBalance?: string;
  /**
   * QA round 25 (fixko2). This month's outgoings and next month's together ("이번달이랑 다음달에 빠져나갈 돈
   * 정리해주세요"): each month's loan payments and card bill, listed (with `outgoings`, `monthAhead` 0).
   */
  outgoingsNext?: boolean;
  /** The customer's cards ("내 카드 몇 장이야?", "what cards do I have?"): issuer, product, credit or check. */
  cardList?: boolean;
  /** What the customer's account holds ("예금 잔액 얼마야?", "how much is in my account?"): the deposits on record. */
  depositBalance?: boolean;
  /** How many days until the next payment ("며칠 남았어요?", "how many days until my next payment?"): said with the date. */
  daysUntil?: boolean;
  /**
   * QA round 23 (date23). A deadline said as a date ("12월 21일 전에 얼마 준비해야돼요?") or the days ahead ("what's due
   * this week", DAYS_AHEAD 7): what falls due up to that day — the loans' instalments summed first, then the card bill.
   */
  dueBy?: DaySlot;
  /** QA round 23 (date23). The weekday of a date just talked about ("그날 주말이에요?"): the day, and a day off's debit. */
  weekdayOf?: DaySlot;
  /** QA round 23 (date23). The days to maturity ("만기까지 며칠 남았어요?", "디데이로 알려줘"): D-478 first. */
  maturityDays?: boolean;
  /**
   * QA round 23 (date23). What to set aside each month to repay a bullet loan's principal at maturity ("매달 얼마 모아야
   * 만기때 한번에 갚아요?"): the principal over the months left.
   */
  saveForMaturity?: boolean;
  /** QA round 23 (date23). This month's card spending asked beside the loan's balance ("대출 잔액이랑 이번달 카드 쓴거"). */
  alsoSpending?: boolean;
  /**
   * QA round 24 (en24a). The next loan payment asked beside the health score ("whats my next payment and my health
   * score"): the payment first, then the score.
   */
  alsoNextPayment?: boolean;
  /**
   * When it is actually debited, asked with a weekend or holiday in mind ("다음달 19일이 토요일인데 그럼 언제
   * 빠져나가요?"): a due date on a day off is answered with the next business day first.
   */
  debitDay?: boolean;
  /**
   * QA round 28 (lead). "그날 주말이에요?", "is that a weekend?" after the next payment: a yes/no about the due date's
   * weekday, answered "아니요, 12월 22일은 화요일이라 평일입니다" before the debit day.
   */
  weekendAsked?: boolean;
  /** The rate the customer pays now ("내 대출 금리 몇 프로예요?", "what rate am I paying?"): answered rate first. */
  currentRate?: boolean;
  /**
   * When the loan ends rather than how much is left ("만기 언제예요?", "몇 개월 남았어요?", "언제 다 갚아요?", "when will my
   * loan be paid off?"): answered maturity date and time left first, the principal after.
   */
  maturity?: boolean;
  /** Where the money went most ("어디에 제일 많이 썼어?", "where did I spend the most?"): the largest category first. */
  top?: boolean;
  /**
   * QA round 28 (lead). The period whose largest category a cut follows up ("그거 줄이려면 어떻게 해요?" after "지난달에
   * 뭐에 제일 많이 썼어요?": last month's largest, cut over the usual months). Set by understanding, never inherited.
   */
  topPeriod?: PeriodSlot;
  /**
   * QA round 26. "그거 빼면 얼마예요?", "and without that?" after where the money went most: the period's total with
   * that largest category taken out (resolved by the answer from the period's categories).
   */
  withoutTop?: boolean;
  /** The merchants spent at most ("가장 돈 많이 쓴 가게 어디야?", "which shops do I spend the most at?"). */
  topMerchant?: boolean;
  /**
   * The merchants paid most often ("제일 자주 결제하는 곳", "where do I shop most often?"): by the number of purchases, not
   * the amount; with no period named, the last 3 months.
   */
  frequentMerchant?: boolean;
  /** The product that pays the most ("금리 높은 걸로요", "the one with the best rate"): the highest rate first. */
  highestRate?: boolean;
  /** A forecast of next year as a whole ("내년 카드 지출", "next year"): January to December, summed. */
  nextYear?: boolean;
  /**
   * QA round 27 (lead). A forecast asked as yes or no about its direction ("will my spending go down next month?",
   * "다음 달엔 좀 줄어들까요?" → DOWN; "늘어날까요?", "will it go up?" → UP): the answer says yes or no first, that month
   * against this month as a whole.
   */
  trendAsk?: 'DOWN' | 'UP';
  /** A forecast of the next quarter as a whole ("다음 분기 카드 지출 예상해줘"): its three months, summed. */
  nextQuarter?: boolean;
  /**
   * QA round 21 (card21). Whether a cheaper month is coming ("cheaper month coming?", "덜 나오는 달 있어요?" after spending
   * or its forecast): the month ahead forecast lowest, first.
   */
  lowestAhead?: boolean;
  /** QA round 27 (lead). The customer's life stage asked ("what life stage am i in", "내 생애 단계가 뭐예요?"). */
  lifeStageAsked?: boolean;
  /**
   * QA round 27 (lead). Why the product just recommended ("why that one", "왜 그거예요?" after a recommendation): its
   * reasons from the customer's data first. Set by the follow-up rule only.
   */
  recommendWhy?: boolean;
  /** Whether to do it, not what it is ("리볼빙 하는게 나을까요?", "should I use revolving?"): the advice first. */
  adviceAsked?: boolean;
  /**
   * What revolving would cost on their own bill ("how much would it cost me?" after what revolving is, "리볼빙 하면 나는
   * 얼마 내요?"): the usual minimum paid, the rest carried a month at the card companies' fee range.
   */
  revolvingCost?: boolean;
  /**
   * QA round 22 (verdict). "최소결제하면 얼마에요?", "최소금액만 내면 얼마?", "how much if i only pay the minimum?": the
   * minimum itself (the usual 10 % of this month's bill) first.
   */
  minimumIfPaid?: boolean;
  /**
   * With revolvingCost, whether that cost is a lot ("그게 많은 거예요?", "is that a lot?" after it): judged against the
   * legal maximum rate and the customer's own loans' rates, first.
   */
  costJudged?: boolean;
  /**
   * Everything owed with the card ("내 빚 총 얼마야? 카드값까지", "total debt including my card bill"): the loans'
   * principal left and the card bill due this month, summed first.
   */
  debtWithCard?: boolean;
  /**
   * The repayments made ("상환내역 보여줘", "대출 갚은 기록", "show my repayment history"): the ledger's latest ones, newest
   * first, with their count — the past, not the schedule ahead.
   */
  repaymentHistory?: boolean;
  /**
   * Someone in the family ill, or money needed for their care ("엄마가 아파서 병원비가 필요한데 대출 받을 수 있을까요",
   * "my mom is sick and i need money for the hospital"): read with any intent; the answer meets it in one clause first.
   */
  familyCare?: boolean;
  /**
   * What to do, asked after an answer ("그럼 어떻게 해요?", "what should i do?"): the same answer with its next steps
   * first (the answer again when it has none).
   */
  nextSteps?: boolean;
  /**
   * Where one stands, asked as such ("am i in financial trouble?", "내 재정 상태 괜찮은 거야?"): the health score's band
   * as a yes/no verdict first, then the score and what drives it.
   */
  standingAsked?: boolean;
  /**
   * A day's share of the month's money asked ("하루에 얼마 쓸 수 있어?", "how much can i spend a day?"): when the month is
   * short, said first that there is none.
   */
  perDayAsked?: boolean;
  /**
   * QA round 22 (spendfu). A savings goal at the current pace ("지금 쓰는거 기준으로는요?", "at my current rate?" after
   * it): what a month leaves put aside for the goal's months, and the months the goal takes at it — first.
   */
  goalAtPace?: boolean;
  /** When the last card instalment is billed ("그거 언제까지예요?" after the instalments): that month first. */
  endsWhen?: boolean;
  /**
   * The card instalments paid off at once ("그거 한번에 갚을 수 있어?" after them, "할부 선결제 돼?"): yes — the principal
   * left, paid early in the card company's app, its fee stopping for the months not yet billed — first.
   */
  instalmentPrepay?: boolean;
  /**
   * A bare follow-up asked of the answer just given, with nothing of its own (QA round 21): "왜요?" / "why?" where the
   * intent has no reason of its own (WHY: what the figure is made of), "그게 다예요?" / "is that all?" (ALL: yes or no
   * first), "그럼요?" / "and?" (AND: the next steps, or that there is nothing more), "언제요?" / "when?" (WHEN: the date
   * of the figure) — a short answer, never the whole answer again.
   */
  bareAsk?: 'WHY' | 'ALL' | 'AND' | 'WHEN';
  /** Whether the principal falls due in one sum ("만기 때 한 번에 다 갚아야 돼요?"): yes or no, first. */
  lumpSum?: boolean;
  /** Online payments against those in shops ("online vs in store", "온라인이랑 오프라인 중에"): both totals, first. */
  onlineVsOffline?: boolean;
  /** A payment alert that came by text message ("해외결제 문자 왔어요"): the smishing check beside the transactions. */
  smsAlert?: boolean;
  /** Money weighing on mood or sleep ("우울해요", "잠이 안 와요", "can't sleep"): a line of support beside the figures. */
  lowMood?: boolean;
  /** Why a score is what it is ("왜 그렇게 나와요?", "why not higher?"): its reasons first. */
  scoreWhy?: boolean;
  /** How many times, not how much ("스타벅스 몇 번 갔어?", "how many times did I go to Starbucks?"): the count first. */
  howMany?: boolean;
  /**
   * The price of the home to be bought ("집값 4억짜리 사려면 주담대 얼마나 나와요?", "a 500 million won apartment"), whole
   * won: the mortgage is simulated against it (the LTV share of the price beside the DSR), not borrowed whole.
   */
  homePrice?: string;
  /**
   * A second-tier lender named for a limit ("2금융권에서는 얼마까지 빌릴 수 있어요?", "from a savings bank"): the limit
   * under the non-bank DSR cap, beside the bank one.
   */
  nonBank?: boolean;
  /**
   * Whether a loan can be had at all, asked as yes or no without an amount ("대출 더 받을 수 있어요?", "can I get
   * another loan?"): the limit with 네 / 아니요 first (아니요 when it is nothing).
   */
  canBorrow?: boolean;
  /** A day's average over the period ("이번달 하루 평균 얼마 쓰고 있어요?", "how much do I spend a day?"). */
  dailyAverage?: boolean;
  /**
   * A week's average over the period ("일주일에 식비 얼마나 써요?", "how much do I spend on groceries per week?"): the
   * period's spending ÷ its days × 7; with no period named, the last 3 months.
   */
  weeklyAverage?: boolean;
  /** The day spent most on ("10월에 제일 돈 많이 쓴 날이 언제야?", "which day did I spend the most?"). */
  topDay?: boolean;
  /**
   * Charges repeated every month ("구독료 매달 얼마 나가?", "정기결제 뭐 있어?", "what subscriptions am I paying for?"):
   * each with its amount and usual day, and what they take a month together.
   */
  recurring?: boolean;
  /**
   * Compared with similar customers ("또래보다 많이 쓰는 편이에요?", "am I spending more than people like me?", "내 점수
   * 또래랑 비교하면?"): the customer's percentile in their peer group first.
   */
  peers?: boolean;
  /**
   * Where the customer differs most from similar customers, asked after the comparison ("어디서 제일 차이나요?", "where's
   * the biggest difference?"): the shape measures (overseas, late-night, online share, payment size, count) furthest
   * from the group's middle.
   */
  peerGap?: boolean;
  /**
   * QA round 22 (verdict). Whether the customer spends too much ("저 과소비하는 거예요?", "나 돈 너무 많이 써?", "am i
   * overspending?", "is my spending normal?"): a yes/no verdict first, from the last three complete months' card
   * spending against the monthly income on file and the comparison with similar customers. NORMAL: asked whether it
   * is normal or fine ("정상인가요?", "is it normal?"), so the yes and the no swap; TOO_MUCH: whether it is too much.
   */
  spendVerdict?: 'TOO_MUCH' | 'NORMAL';
  /**
   * A trip's spending with its flights ("and the japan trip total incl flights?", "항공권 포함해서 일본 여행 총 얼마?"):
   * the spending abroad of the period plus the travel bought at home (flights) in it (QA round 21).
   */
  withFlights?: boolean;
  /**
   * Why a category's charges come from a different company each month ("통신비 왜 매달 회사가 달라요?", "why is my phone
   * bill from a different company every month?"): the category's recent charges, month by month, by merchant (QA
   * round 21).
   */
  merchantSwitch?: boolean;
  /** How to spend less ("카드값 줄이는 방법 알려줘", "how can I cut down my spending?"): the largest categories, a tip each. */
  reduce?: boolean;
  /**
   * A category's spending cut, and what it saves (QA round 20): `to` — "식비 20만원으로 줄이면 얼마 아껴?", "if i cut food
   * to 200k a month": a cap, against the category's average month over the last three complete months (nothing saved
   * when already under it); else "외식비 10만원 줄이면 1년에 얼마 모여?", "cut shopping by 100k": a cut by the amount
   * every month (× 12 a year), the average beside. `groceries`: the word said ("식비", "food") also covers the shops'
   * food, whose average is given beside eating out's. `year`: a year asked alone after it ("그럼 1년이면요?"). `half`:
   * no amount said ("what if i cut eating out", "외식 줄이면요?"): halved, the amount ('0') unused (QA round 21).
   */
  categoryCut?: { amount: string; to: boolean; groceries?: boolean; year?: boolean; half?: boolean };
  /**
   * QA round 23 (spend23). A category cut asked after a savings goal ("1000만원 모으려면 얼마나 걸려요?" then "배달
   * 줄이면요?"): the goal (`amount`, and its `months` when one was said) — its new time, with the cut's monthly saving
   * added to what a month leaves (on the income said with the goal, if one was), leads.
   */
  cutGoal?: { amount: string; months?: number; statedIncome?: CounselSlots['statedIncome'] };
  /**
   * QA round 24 (fu24). An income cut a month the customer stated earlier ("한달에 50만원 수입이 줄었어요"), remembered
   * for the budget asked after it ("그럼 한달에 얼마 아껴야 돼?"): whole won a month.
   */
  incomeCutMonthly?: string;
  /**
   * QA round 24 (fu24). "일본에서 쓴 것도 포함이야?" after a spending figure: whether payments abroad are in it — the same
   * spending's part abroad (with `overseas`).
   */
  overseasIncluded?: true;
  /** A month's usual spending ("매달 식비 얼마나 써요?", "how much do I spend on food every month?"): an average. */
  monthlyAverage?: boolean;
  /** Card instalment purchases ("카드 할부 남은 거 얼마야?", "my instalment purchases") — not a car loan's 할부. */
  instalments?: boolean;
  /**
   * QA round 21 (card21). With instalments, how many are left or what each month carries ("할부 몇 번 남았어요?", "how many
   * instalments do i have left on the korean air thing", "how much per month"): each plan's count left and its monthly
   * part, first.
   */
  instalmentsLeft?: boolean;
  /**
   * QA round 21 (card21). The bill due this month converted into instalments, asked of its own figures ("카드값 할부로
   * 돌리면 얼마씩 내요?"): the months of the conversion asked ("6개월로"), or 0 for the usual 3, 6 and 12.
   */
  conversionMonths?: number;
  /**
   * QA round 23 (care23). An amount bought on monthly instalments, asked of a month's payment ("300만원 할부로 하면
   * 한달에 얼마예요?"): the amount in won, with the months said (`instalmentPlanMonths`, 0 for none).
   */
  instalmentPlan?: string;
  /**
   * QA round 23 (care23). Months off work said with the card bills ("수술때문에 두달 쉬어야 하는데 카드값이랑 대출
   * 어떻게해요?"): the card bills falling due in those months beside the loan payments (`monthsOff`).
   */
  offCardBills?: boolean;
  /**
   * QA round 23 (care23). Whether to pay a medical bill by card ("병원비 카드로 긁어도 될까요"): yes or no from this
   * month's card bill and the income on file, then interest-free instalments and the medical-expense deduction.
   */
  medicalOnCard?: boolean;
  /**
   * QA round 26 (helper en1). Medical bills mounting up ("my hospital bills are piling up"): the month's room (income on
   * file less this month's card bill and the next loan payment), then the ways to ease it — never the fraud steps.
   */
  medicalPiling?: boolean;
  instalmentPlanMonths?: number;
  /**
   * QA round 22 (cardif). More put on the card in a month, asked of the bill it lands on or whether it can be afforded
   * ("다음달에 100만원 더 쓰면 카드값?", "can I afford a 1m trip in december?"): the amount in won; the month spent is
   * `monthAhead` (a month named: `forecastMonth`), and the bill is the next month's.
   */
  extraSpend?: string;
  /** QA round 22 (cardif). With `extraSpend`, whether it can be afforded ("감당될까요?", "can I afford"): yes/no first. */
  affordAsked?: boolean;
  /**
   * QA round 23 (mix23). With `extraSpend`, the purchase paid in instalments ("할부로 사면요?", "what if i pay it in 12
   * installments"): the months (2–36), or 0 for the usual 3, 6 and 12.
   */
  spreadMonths?: number;
  /**
   * QA round 23 (mix23). Next month said of the loan's payment ("다음달 대출 이자 얼마에요?"), set on the understanding
   * (never read by an answer) so that a correction to the card bill keeps next month.
   */
  nextMonthSaid?: boolean;
  /** QA round 22 (cardif). A card bill asked further ahead than the forecast reaches ("99개월 후 카드값"): its months. */
  beyondReach?: number;
  /** QA round 22 (cardif). A conversion over months a card does not allow ("99개월로" after converting the bill). */
  conversionOutOfRange?: number;
  /** A month's budget asked for ("예산 짜는 거 도와줘", "help me make a budget"): from the customer's own figures. */
  budget?: boolean;
  /**
   * Whether this month keeps to the budget ("이번 달 예산 안에서 쓰고 있어?", "am I on track with my budget this month?"):
   * this month's card spending so far against the budget's spending share, and how much of the month has gone.
   */
  onTrack?: boolean;
  /**
   * What is left of this month's money ("이번 달 남은 돈 얼마야?", "생활비 얼마 남았어?", "how much do I have left this
   * month?"): a month's income less this month's card spending so far and the loan payments.
   */
  leftThisMonth?: boolean;
  /**
   * A purchase weighed against this month's money ("이번달에 150만원짜리 노트북 사도 될까요?", "can i afford a 1.5
   * million won laptop this month"), whole won: set with leftThisMonth.
   */
  purchase?: string;
  /**
   * An amount the customer has to live on for the rest of this month, in won ("이번달 생활비 50만원으로 버틸 수
   * 있을까?", "can I get by on 300k till the end of the month?"): set against this month's card spending a day so far.
   */
  getBy?: string;
  /**
   * With getBy: a whole month's living on that amount ("한달 생활비 백만원으로 살 수 있을까요?"), set against a usual month —
   * the last three months' card spending ÷ 3 (the period slot is set to them) — not the days left of this one.
   */
  getByMonth?: boolean;
  /**
   * The interest a saving would earn ("적금 이자 얼마나 받을 수 있어?" → INSTALMENT, "1000만원 예금하면 이자 얼마?" →
   * LUMP_SUM, "how much interest would I earn on my savings?"): worked out at a stated example rate, after tax.
   */
  depositInterest?: 'INSTALMENT' | 'LUMP_SUM';
  /**
   * The house's products asked for ("적금 추천해주세요", "저한테 맞는 카드 있어요?", "do you have a savings account with
   * good interest?", "recommend me something"): the kind asked, ANY when none is named.
   */
  recommend?: 'SAVINGS' | 'CARD' | 'LOAN' | 'ANY';
  /** One product of the house named ("청년 적금 금리 몇프로에요?", "the travel card"): its catalogue id. */
  product?: string;
  /** Which loan to repay first ("뭐부터 갚아요?", "which loan should I pay off first?"): the loans by rate. */
  payoffOrder?: boolean;
  /** A purchase charged twice ("같은 거 두 번 결제됐어요", "중복 결제", "I was charged twice"): the equal pairs first. */
  duplicates?: boolean;
  /** Refunds only ("환불 들어온 거 있어?", "did I get any refunds?"). */
  refunds?: boolean;
  /**
   * When a cancelled payment's refund arrives ("결제 취소했는데 환불 언제 돼요?", "my refund hasn't shown up yet"): how long
   * a cancellation takes to reach the card, then the refunds on record.
   */
  refundWhen?: boolean;
  /** Payments made at night, 00:00–05:59 KST ("새벽에 결제된 거 있어?", "any charges in the middle of the night?"). */
  night?: boolean;
  /** The largest transactions first ("이번 달 제일 큰 지출이 뭐야?", "my biggest purchases"). */
  largest?: boolean;
  /** Losing the home to the lender ("연체되면 집 넘어가요?", "will I lose my house?"): whether a loan is secured on it. */
  foreclosure?: boolean;
  /**
   * Whether interest keeps running while a payment is deferred ("상환유예하면 그동안 이자는 더 붙어요?", "does interest
   * still build up if I defer?"): yes — answered first, with a month of the loan's interest.
   */
  deferInterest?: boolean;
  /** When principal repayments start ("원금 상환은 언제부터 시작돼요?"): a bullet loan's maturity, a grace period's end. */
  principalStart?: boolean;
  /** When the loan was taken out ("대출 받은 지 얼마나 됐어?", "when did I take out my loan?"): its day and the time since. */
  loanAge?: boolean;
  /**
   * A year of payments summed ("대출 이자 1년에 총 얼마 내?", "1년이면 총 얼마?" after a payment, "how much interest do I
   * pay a year?"): the next twelve instalments of the stored schedule (fewer when the loan ends sooner), interest first.
   */
  yearTotal?: boolean;
  /** "금리는요?" after a limit: the rate the simulation assumed, said first (the real one is the lender's). */
  rateAssumed?: boolean;
  /** "2억 빌리려면 연봉 얼마 돼야 해요?": the income that would give a limit of the amount said. */
  incomeNeeded?: boolean;
  /** "신용카드 소득공제 얼마나 받을 수 있어요?": the card-spending deduction on this year's spending, not a loan's. */
  cardDeduction?: boolean;
  /** "체크카드가 공제 더 많아요?", "is a debit card better for the deduction?": yes first — its rate against a credit card's. */
  debitBetter?: boolean;
  /**
   * "내 소득 얼마로 되어있어요?", "what income do you have for me?": the annual income on file first (what limits and the DSR
   * are worked out on), then the limit it gives.
   */
  incomeOnFile?: boolean;
  /**
   * The last instalment ("마지막 달에는 얼마 내?", "만기때 한번에 얼마 갚아야돼?", "what is my final payment?"): its date
   * and amount from the stored schedule — for a loan repaid at maturity, the principal with the last interest.
   */
  lastInstalment?: boolean;
  /**
   * The interest is the burden ("이자가 너무 부담돼요", "the interest is killing me"): with the hardship options, what a
   * lower rate would take off each month.
   */
  interestBurden?: boolean;
  /**
   * Changing how the loan is repaid ("상환 방식 바꿀 수 있어요?", "can I change my repayment method?"): the lender's
   * decision (조건변경) or a new loan — said first, then the loan's own method and what the methods mean.
   */
  methodChange?: boolean;
  /**
   * Breaking savings weighed against borrowing ("적금 깨는 게 나을까요 대출 받는 게 나을까요?", "should I use my savings
   * or take out a loan?"): the interest each costs, first.
   */
  breakOrBorrow?: boolean;
  /** How to dispute a card payment ("이의제기 어떻게 해요?", "how do I dispute a charge?"): the procedure, first. */
  disputeHow?: boolean;
  /** When the prepayment fee ends ("중도상환수수료 언제부터 없어져요?", "when does my prepayment fee go away?"): the day, first. */
  feeEnd?: boolean;
  /**
   * Instalments missed in a row ("두 번 연체하면", "what if I miss two payments?", 2–12): the arrears the day after the
   * last of them would fall due, and whether the loan would lose the benefit of its term (기한의 이익 상실).
   */
  missedPayments?: number;
  /**
   * Days a payment would be late ("하루 늦게 내면 연체이자 얼마예요?" → 1, "일주일 밀리면" → 7, "if I pay a week late"):
   * the penalty interest those days in arrears carry on the next instalment, first.
   */
  lateDays?: number;
  /**
   * QA round 20 (loans). The DSR a loan of the amount asked would give ("3천만원 빌리면 DSR 몇프로야?", "what would my DSR
   * be if i borrowed 30 million won?"): the DSR before and after, against the cap, first.
   */
  dsrAsked?: boolean;
  /** QA round 20 (loans). That DSR judged ("+is that a lot?", "+그거 높은 거예요?"): over or under the cap, first. */
  dsrJudged?: boolean;
  /**
   * QA round 20 (loans). More jeonse loan for a raised deposit ("전세 보증금 올려달래요 얼마까지 대출 더 돼요?"): the
   * new deposit's share less the jeonse loan held now.
   */
  jeonseTopUp?: boolean;
  /**
   * QA round 20 (loans). Paying late asked as may I ("can i pay the loan a few days later?", "며칠 늦게 내도 돼요?"): yes,
   * but as arrears — said first, with what the days cost.
   */
  lateAllowed?: boolean;
  /**
   * QA round 21 (loan21). A prepayment's follow-up: MONTHLY — its monthly payment asked ("and the monthly after
   * that?"): the new payment first; MONTHLY_DOWN — asked as yes or no ("does my monthly go down?"): yes or no first;
   * VERSUS_NOW — a later prepayment against doing it now ("지금
   * 하는거랑 뭐가 달라요?"): the difference first; MONTHLY_INTEREST (QA round 26, ko3) — the month's interest asked
   * ("그만큼 갚으면 월 이자 얼마나 줄어요?"): the month's interest before and after first.
   */
  prepayLead?: 'MONTHLY' | 'MONTHLY_DOWN' | 'VERSUS_NOW' | 'MONTHLY_INTEREST';
  /**
   * QA round 21 (loan21). A refinance follow-up: SAVING — "얼마나 아껴요?", "+얼마나요?" after the rate-cut right: the
   * best option's saving first; CHEAPER — "더 싸게는?", "cheaper?": the cheapest option (nothing is cheaper than the
   * best, after the offers); YEAR — "how much would i save a year": the best option's monthly saving × 12; WILL_CUT —
   * "깎아달라고 하면 깎아줘요?": the rate-cut request, not guaranteed, first. QA round 25 (left25a): CUT_OR_SWITCH —
   * "카카오뱅크에 깎아달라고 하는게 나아요?": staying at the reduced rate against switching (at the rate quoted, else
   * the best offer), yes or no first.
   */
  refinanceLead?: 'SAVING' | 'CHEAPER' | 'YEAR' | 'WILL_CUT' | 'CUT_OR_SWITCH';
  /**
   * QA round 21 (loan21). A new loan's monthly payment said ("오토론 받아도 될까요 월 40만원정도"), whole won: the DSR
   * with that payment against the cap, not an amount borrowed.
   */
  monthlyPay?: string;
  /**
   * QA round 21 (loan21). The loans held weighed on a new one ("is my loan gonna be a problem for getting a car loan",
   * "+전세대출 있는데도요?" after a car loan): yes or no first, with the DSR they already take.
   */
  heldBurden?: boolean;
  /** QA round 21 (loan21). When to apply for the extension ("그럼 언제까지 신청해야돼요?"): the months before maturity. */
  applyWhen?: boolean;
  /** QA round 21 (loan21). The jeonse deposit's rise at a renewal ("raise the deposit by 30 mil"), whole won. */
  depositRaise?: string;
  /**
   * QA round 21 (loan21). Whether a month's instalment was paid on time ("did i pay my loan on time last month?"): the
   * months back (1 last month, 0 the latest payment); "and before that?" one more.
   */
  onTimeMonthsBack?: number;
  /** QA round 21 (loan21). Whether a deferral waives the interest ("상환유예 하면 이자도 안내요?"): no, first. */
  deferWaived?: boolean;
  /**
   * QA round 22 (shortfu). The new angle a short follow-up asks of the answer just given, its subject kept: AGAIN —
   * "say it again", "다시 말해줘" (the answer again); SHORTER — "say it again but shorter", "요약해줘" (its first
   * sentence); USUAL — "is that more than usual" after a forecast (against the usual month); SURE — "how sure are u"
   * after a forecast (its 80 % range first); VERDICT — "그게 좋은거예요?" after the health score (its band judged
   * first); NEEDS — "what do i need for that" after an extension (what it takes, first); PAYBACK — "how long til it
   * pays off" after a refinance (the month it pays for itself, first); NET — "is it worth it after the fees?" (the
   * saving over the remaining term once the costs are paid, yes or no first).
   */
  angle?: 'AGAIN' | 'SHORTER' | 'USUAL' | 'SURE' | 'VERDICT' | 'NEEDS' | 'PAYBACK' | 'NET';
  /**
   * QA round 24 (spend24b). With cardBill, the month's use asked in so many words ("카드값이랑 대출이자 다 나가면
   * 어떡하죠 이번달 카드 얼마 썼어요?"): this month's spending first, the bill after.
   */
  spentAsked?: boolean;
  /** QA round 24 (spend24b). With spentAsked, the loan's payment named beside the card ("대출이자"): its next one too. */
  loanPaymentToo?: boolean;
  /** QA round 24 (spend24b). A month's spending by category ("카테고리별로 보여줘", "업종별로", "by category"): every one. */
  categoryBreakdown?: boolean;
  /**
   * QA round 26 (helper en1). With a category, its share of the period's card spending ("what share of october was
   * travel"): the category's total against the whole period's, as a percentage.
   */
  categoryShare?: boolean;
  /**
   * QA round 24 (spend24b). With recurring, the fixed outgoings rather than subscriptions ("매달 고정으로 나가는 돈 뭐뭐
   * 있어?", "fixed costs"): the loans' monthly payments beside the card's recurring charges.
   */
  fixedCosts?: boolean;
  /**
   * QA round 24 (spend24b). With dueBy, the day is the payday ("월급 25일에 들어오는데 그 전에 빠져나가는 거 뭐 있어요?"):
   * everything falling due before it — the loans' instalments, the card bill, the card's recurring charges.
   */
  paydayDue?: boolean;
  /**
   * QA round 24 (spend24b). With cardBill and topMerchant, the month's small use set against the bill ("왜 그렇게 많이
   * 나와? 이번달 17만원밖에 안썼는데"): what made the bill, then that this month's use is billed next month.
   */
  spentLittle?: boolean;
  /**
   * QA round 24 (plan24). A car bought on instalments or a car loan ("차 3천만원짜리 할부로 사도될까요"), with `purchase`:
   * the months said, or 0 (the usual 36 led with). Answered with the month's payment, the income and the DSR after.
   */
  carInstalment?: number;
  /**
   * QA round 27 (helper ko27). A car's monthly instalment said instead of its price ("차 할부 한달에 50만원이면
   * 괜찮아?"), with `carInstalment` 0: that payment weighed against the income (was a prepayment of 500,000원).
   */
  carMonthly?: string;
  /**
   * QA round 27 (helper ko27). Gifts at weddings and funerals asked ("경조사비 이번달에 얼마나 썼지", "결혼식 축의금 많이
   * 나가서 걱정이야"): they are paid in cash or by transfer, so no card category holds them — said first, with the
   * period's card spending beside it (was the month's card total as if it were the gifts).
   */
  giftMoney?: boolean;
  /**
   * QA round 27 (helper ko27). The payday asked with no day said ("월급날이 언제야", "월급날까지 얼마 남았어"): no payday
   * is on file — said first, with the income it does hold, and how to give it (was sadness met, or the month's money).
   */
  paydayAsked?: boolean;
  /**
   * QA round 28 (ko28). An uneven income worried about the loans ("프리랜서라 수입이 들쭉날쭉해서 대출 갚는 게 걱정돼요"): the
   * month's loan payments first, how many months of them a usual month leaves over, then the ways to even it out.
   */
  irregularIncome?: boolean;
  /** QA round 28 (ko28). The credit bureau named ("아니 kcb 점수요", "나이스 점수"): that bureau's score, or where to see it. */
  bureau?: 'KCB' | 'NICE';
  /** QA round 28 (ko28). Credit against debit card asked as either/or ("신용카드랑 체크카드 중에 뭐가 나아?"): no "네," lead. */
  debitOrCredit?: boolean;
  /** QA round 28 (ko28). Cancelling insurance for money ("보험 해지하면 돈이 좀 생길까요"): what it returns and costs. */
  insuranceCancel?: boolean;
  /** QA round 28 (ko28). Money lent to family or a friend ("동생이 300만원 빌려달라는데 빌려줘도 될까요"): weighed as lent. */
  lendTo?: boolean;
  /**
   * QA round 28 (helper en28). What becomes of the loans at the customer's death ("what happens to my loan if i die":
   * DEATH — the debt passes to the heirs with the estate, who may accept, renounce or accept it limited within three
   * months) or whether a family member can take it over ("can my wife take over my loan": TAKEOVER — only by the
   * lender's approved assumption, on her own credit review); was the loans' overview.
   */
  loanAfterDeath?: 'DEATH' | 'TAKEOVER';
  /**
   * QA round 28 (helper en28). A loan paid off first, asked after a limit ("and if i pay off the jeonse loan first"): the
   * limit again with that loan's repayments out of the DSR (was a payoff quote).
   */
  repaidFirst?: LoanRefSlot;
  /** QA round 28 (helper en28). How to lower the DSR, asked after it ("how do i lower it"): the levers, with their figures. */
  dsrLower?: boolean;
  /**
   * QA round 28 (helper en28). The month a month is compared with, when named ("why was october higher than august"):
   * `period` against this one, not against the month before it. Resolved on the day of the turn like `period`.
   */
  comparedWith?: PeriodSlot;
  /**
   * QA round 28 (helper en28). "is that a lot" after a category's or a shop's spending over a quarter or more ("how much
   * did i spend on coffee this year"): that figure judged against the whole card spending of the same period and its
   * largest categories (was against the year before, with no record).
   */
  figureJudged?: boolean;
  /** QA round 28 (helper en28). A thing to buy asked with no price ("can i afford a new tv", "hmm and my tv?"). */
  itemNoPrice?: boolean;
  /** QA round 28 (helper en28). The largest item of the list just given ("which one is the biggest"), first. */
  biggestOfList?: boolean;
  /** QA round 24 (plan24). Shame at the debt ("스무살인데 빚이 1억6천이라니 창피해요"): reassurance from their record. */
  debtShame?: boolean;
  /** QA round 24 (plan24). Whether to tell family about the debt ("부모님한테 말해야 할까요"): the question taken up. */
  tellFamily?: boolean;
  /** QA round 24 (plan24). "연체는 한번도 안했죠?": never late, asked in the negative (answered "네, … 모두 제때"). */
  neverLateAsked?: boolean;
  /**
   * QA round 25 (fixko1). The answer just given complained of ("그래서 어쩌라는 거예요", "장난하나", "진작 이렇게 알려주지",
   * "lol thanks for nothing", "that's it? 13k? ok sure"): that answer's subject again, owned in one sentence first.
   * LATE: the answer came too late ("진작 이렇게 알려주지") — owned, and its first sentence only.
   */
  answerComplaint?: 'UNHELPFUL' | 'LATE';
  /** QA round 24 (plan24). A monthly income cut said ("한달에 50만원 수입이 줄었어요"): the amount, whole won. */
  incomeCut?: string;
  /** QA round 24 (plan24). A switch to the newlyweds' jeonse loan ("신혼부부 전세대출로 갈아탈 수 있어?"). */
  newlywedSwitch?: boolean;
  /** QA round 24 (plan24). The credit score against the health score ("신용점수랑 재무건강점수 차이가 뭐에요"). */
  scoreDiff?: boolean;
  /** QA round 24 (plan24). What the switching cost is made of ("갈아타기 비용 338,000원이 뭐에요?"). */
  costWhat?: boolean;
  /** QA round 24 (plan24). Where the sum due at maturity comes from ("만기때 1억6900 어디서 구해"). */
  sumFrom?: boolean;
}

/** Product questions with an answer of their own (the glossary of the counsel answers, and the prepayment fee). */
export type ProductTopicSlot =
  | 'PREPAYMENT_FEE'
  | 'DSR'
  | 'LTV'
  | 'DTI'
  | 'LENDING_RATIOS'
  | 'GRACE_PERIOD'
  | 'REPAYMENT_METHODS'
  | 'RATE_TYPES'
  | 'RATE_CUT_RIGHT'
  | 'DEPOSIT_PROTECTION'
  /** QA round 22 (loanfu). The jeonse deposit-return guarantee (전세보증금반환보증): what it is, who offers it, why. */
  | 'JEONSE_DEPOSIT_GUARANTEE'
  /** QA round 26 (helper en1). What jeonse and a jeonse loan are ("what does jeonse mean", "전세대출이 뭐예요?"). */
  | 'JEONSE'
  /**
   * QA round 26 (helper en1). What the Credit Counseling & Recovery Service (신용회복위원회) is: what it does, its number,
   * which programme applies when ("what is 신용회복위원회?", "what's the credit counseling committee").
   */
  | 'CREDIT_COUNSELING'
  | 'REVOLVING'
  /** Cash advances and card loans (현금서비스, 카드론): their cost and what they do to the credit score. */
  | 'CASH_ADVANCE'
  /** Whether loan interest lowers income tax (연말정산 소득공제): by loan kind, with the interest paid this year. */
  | 'TAX_DEDUCTION'
  /** Money sent to the wrong account (착오송금): the bank's return request, then the KDIC's return service. */
  | 'MISTAKEN_TRANSFER'
  /**
   * A family member's debts (부모님 빚, a parent who died with debts): nobody owes them without a guarantee; an heir
   * inherits them unless they renounce or accept with limited liability within three months (민법 제1019조).
   */
  | 'INHERITED_DEBT'
  /** Standing guarantee for someone's loan (보증, 연대보증, co-signing): the guarantor's liability and the law's form. */
  | 'GUARANTEE'
  /** Closing a housing-subscription account (청약통장 해지): the standing lost, the tax relief clawed back, the alternatives. */
  | 'HOUSING_SUBSCRIPTION'
  /** What a card payment abroad costs on top (해외 결제 수수료): the brand's and the issuer's fees, and paying in won (DCC). */
  | 'OVERSEAS_CARD_FEES'
  /** The government-backed loans for low incomes and credit (서민금융: 햇살론, 새희망홀씨, 미소금융) and where to ask. */
  | 'POLICY_LOANS'
  /** A card bill or a lump-sum purchase turned into instalments (할부 전환, 분할납부): where, when, what it costs. */
  | 'INSTALMENT_CONVERSION'
  /** Saving for retirement (노후 준비, 연금저축, IRP): the three pension layers, the tax credit, where to see one's own. */
  | 'RETIREMENT'
  /** A credit card's interest (카드 이자율, "interest rate on my credit card"): none on a bill paid in full; what is charged. */
  | 'CARD_RATES'
  /** A debit card against a credit card (체크카드 vs 신용카드): how each works, their deductions, which suits whom. */
  | 'CARD_TYPES'
  /** What COFIX is (코픽스): the banks' cost-of-funds index variable rates follow. */
  | 'COFIX'
  /**
   * A card's annual fee (연회비, "annual fee on my card"): the card company's, per product, which fingraph does not
   * hold — where to see it, the usual amounts, with the customer's own card named.
   */
  | 'CARD_ANNUAL_FEE'
  /**
   * Interest-free instalments (무이자 할부, "interest-free instalments"): the card company's promotion by merchant and
   * period, not a right — with the customer's own instalment plans.
   */
  | 'INTEREST_FREE_INSTALMENTS'
  /** How many months a purchase can be split (할부 몇 개월까지): usually 2–12, the card company's; their own plans. */
  | 'INSTALMENT_MONTHS'
  /**
   * The instalment fee or a conversion's (할부 수수료율, 할부전환 수수료): the card company's rate, about 10–19.9 % a year
   * under the legal 20 %, with what it comes to on the customer's bill due this month.
   */
  | 'INSTALMENT_FEE';

/** Services done at the card company or the lender, not through fingraph (a term extension is the lender's review). */
export type ServiceRequestSlot =
  | 'OVERSEAS_BLOCK'
  | 'DUE_DATE_CHANGE'
  /** The card's payment (billing) date, not a loan's: the card company's ("카드 결제일 바꾸고 싶어요"). */
  | 'CARD_DUE_DATE'
  /**
   * When the card bill is taken ("카드 결제일이 언제예요?", "when is my credit card bill due?"): the card company's date,
   * which fingraph does not hold, and last month's spending that it usually bills.
   */
  | 'CARD_DUE_DAY'
  | 'EXTENSION'
  /**
   * Why a card payment was declined ("카드 결제가 안 돼요", "my card was declined"): the reason is the card company's;
   * the usual ones, then this month's card spending and the flagged transactions that bear on them.
   */
  | 'CARD_DECLINED'
  /** The card's reward points ("카드 포인트 얼마 있어요?", "how many card points do I have?"): the card company's. */
  | 'CARD_POINTS'
  | 'CARD_LIMIT'
  /** The card's limit itself ("카드 한도 얼마야?", "what's my card limit?"): held by the card company, not here. */
  | 'CARD_LIMIT_CHECK'
  /** Paying only the interest of an instalment ("이번 달 이자만 내도 되나요?", "can I pay only the interest?"). */
  | 'INTEREST_ONLY'
  /** Paying part of an instalment ("대출금 일부만 내도 돼요?", "can I pay part of my payment?"): the rest is arrears. */
  | 'PARTIAL_PAYMENT'
  /** Stopping the card for a while ("카드 정지하고 싶어요", "freeze my card"): the card company's switch. */
  | 'CARD_SUSPEND'
  /**
   * Closing the card for good ("카드 해지하고 싶어요", "i want to close my card"): the card company's; what survives the
   * closing (instalments left, this month's spending still billed, points, auto-payments) first.
   */
  | 'CARD_CLOSE'
  /**
   * The account an instalment is debited from ("자동이체 계좌 바꾸고 싶어요"): the lender's to change; other auto-debits
   * move together through KFTC's account switching service (payinfo.or.kr). Then the next payment.
   */
  | 'AUTO_DEBIT_ACCOUNT'
  /** A certificate of one's debts ("부채증명서 어떻게 떼요?"): each lender issues its own; then every loan's balance. */
  | 'DEBT_CERTIFICATE'
  /** The loan's number ("내 대출번호 뭐야?", "what's my loan number?"): each loan's, from its record. */
  | 'LOAN_NUMBER'
  /**
   * The loan agreement ("대출 약정서 보여줘", "where can i see my loan contract?"): kept by the lender (its app, online
   * banking or a branch), not here; then the loan's key terms as recorded.
   */
  | 'LOAN_CONTRACT'
  /**
   * Net worth ("내 순자산 얼마야?", "what's my net worth?"): fingraph holds debts, not assets — said, with the debts it
   * holds and what a jeonse deposit counts as.
   */
  | 'NET_WORTH'
  /**
   * Moving house with a jeonse loan ("전세 옮길 때 대출 어떻게 해요?"): repay it from the returned deposit and borrow
   * again, or move it to the new home with the lender (목적물 변경); then the loan's balance and maturity.
   */
  | 'JEONSE_MOVE'
  /**
   * Repaying a jeonse loan when the lease ends ("전세대출 만기에 한 번에 어떻게 갚아요?"): from the returned deposit, or
   * extended with a renewed lease; then the balance and maturity.
   */
  | 'JEONSE_MATURITY'
  /**
   * The landlord not returning the deposit ("집주인이 보증금 안 돌려주면 대출은요?"): the deposit-return guarantee,
   * asking the lender to extend, 임차권등기명령 before moving out; then the balance and maturity.
   */
  | 'DEPOSIT_NOT_RETURNED'
  /**
   * QA round 20 (loans). Whether the deposit comes back at the lease's end ("my lease ends next year, will i get my
   * deposit back?"): the landlord's duty, the deposit-return guarantee, the loan repaid from it; then balance, maturity.
   */
  | 'DEPOSIT_BACK'
  /**
   * QA round 20 (loans). Moving abroad with a jeonse loan ("i'm moving abroad, what happens to my jeonse loan?"): repaid
   * from the deposit returned when the lease ends or on moving out, the lender told first, the guarantee's residence.
   */
  | 'JEONSE_ABROAD'
  /**
   * QA round 20 (loans). A longer term to lower the monthly payment ("대출 기간 늘리면 월 납입금 줄어요?"): an
   * interest-only loan's payment is its interest — no; an amortising one's, yes with more interest in all.
   */
  | 'LONGER_TERM'
  /**
   * QA round 20 (loans). Why the balance does not go down ("why isnt my loan balance going down??"): an interest-only
   * loan repays its principal at maturity; an amortising one's instalment's principal part.
   */
  | 'BALANCE_FLAT'
  /**
   * QA round 21 (loan21). A jeonse lease renewed with a raised deposit ("my landlord wants to renew the jeonse next year
   * and raise the deposit by 30 mil, can i extend the loan"): the extension and a top-up, each the lender's review.
   */
  | 'JEONSE_RENEWAL'
  /**
   * QA round 21 (loan21). Moving to monthly rent when the jeonse ends ("what if i move to wolse instead of jeonse"): the
   * returned deposit repays the loan; the rent replaces the interest.
   */
  | 'WOLSE_SWITCH';

export interface MessageUnderstanding {
  intent: CounselIntent;
  /** The model's probability for the intent (after keyword cues), 0..1. */
  confidence: number;
  slots: CounselSlots;
  /** Slot names that were inherited from the previous turn rather than read from this message. */
  inherited: (keyof CounselSlots)[];
  /** The next most likely intents, best first. */
  alternatives: { intent: CounselIntent; probability: number }[];
  /** A short elliptical message continuing the previous question ("그 전 달은?", "and last quarter?"). */
  fragment?: boolean;
}
