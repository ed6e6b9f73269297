// Rule-based slot extractors for the counsellor's questions, Korean and English: one function per slot kind,
// each pure and unit-tested (slots.spec.ts). `extractSlots` runs them and keeps the slots the intent uses
// (INTENT_SLOTS), so "6개월" becomes a forecast horizon for FORECAST, a count for REPAYMENT_SCHEDULE and a term for
// LOAN_LIMIT. Values are read from the text only; resolving them against the customer's data is the pipeline's.
import Decimal from 'decimal.js';
import type {
  CategorySlot,
  CounselIntent,
  DaySlot,
  CounselSlots,
  ForecastSubjectSlot,
  HardshipSlot,
  LoanKindSlot,
  LoanRefSlot,
  MonthDay,
  PeriodSlot,
  ProductTopicSlot,
} from '../counsel-intents';

/** The slots that say which months a forecast covers: one replaces the others. */
export const FORECAST_SPAN_SLOTS: readonly (keyof CounselSlots)[] = [
  'months',
  'monthAhead',
  'forecastMonth',
  'yearEnd',
  'nextYear',
  'nextQuarter',
];

/** Slots each intent reads from a message (the contract's comments, plus what customers state in practice). */
export const INTENT_SLOTS: Record<CounselIntent, readonly (keyof CounselSlots)[]> = {
  NEXT_PAYMENT: [
    'loan',
    'paymentsCovered',
    'payEarly',
    'paydayDue',
    'afterNext',
    'dueMonth',
    'alsoBalance',
    'dueDateAsked',
    'request',
    'interestWhy',
    'interestDispute',
    'rateRise',
    'rateTo',
    'rateFrom',
    'rateChange',
    'nextReset',
    'lastPayment',
    'daysUntil',
    'debitDay',
    'weekendAsked',
    'dueDayAsked',
    'splitAsked',
    'paidTwice',
  ],
  LOAN_BALANCE: [
    'loan',
    'interestLeft',
    'interestWhy',
    'interestDispute',
    'rateRise',
    'rateTo',
    'rateFrom',
    'request',
    'currentRate',
    'interestPaid',
    'maturity',
    'rateChange',
    'nextReset',
    'lastPayment',
    'repaidSoFar',
    'loanAge',
    'lumpSum',
    'balanceAfter',
    'applyWhen',
    'onTimeMonthsBack',
  ],
  PAYOFF_QUOTE: [
    'loan',
    'productTopic',
    'versusSaving',
    'payoffOn',
    'withInterest',
    'payoffSaving',
    'payoffDespair',
  ],
  REPAYMENT_SCHEDULE: [
    'biggestOfList',
    'loan',
    'count',
    'principalStart',
    'yearTotal',
    'lastInstalment',
    'interestTo',
    'splitAsked',
  ],
  ARREARS: [
    'loan',
    'ifLate',
    'penaltyRateAsked',
    'scoreKind',
    'foreclosure',
    'lastPayment',
    'lateDays',
    'missedPayments',
    'cardBill',
    'payday',
    'lateAllowed',
    'everLate',
    'reliefAsked',
  ],
  HARDSHIP: [
    'loan',
    'hardship',
    'moneyOnHand',
    'reassure',
    'incomeChange',
    'relief',
    'request',
    'cardBill',
    'foreclosure',
    'lastPayment',
    'interestBurden',
    'scoreKind',
    'deferInterest',
    'lowMood',
    'deferWaived',
    'monthsOff',
    'paydayInDays',
  ],
  LOAN_LIMIT: [
    'repaidFirst',
    'depositRaise',
    'yesNo',
    'rateAssumed',
    'incomeNeeded',
    'homePrice',
    'affordHeld',
    'loanKind',
    'termMonths',
    'amount',
    'request',
    'scoreKind',
    'statedIncome',
    'incomeChange',
    'paymentAsked',
    'incomeOnFile',
    'nonBank',
    'canBorrow',
    'dsrAsked',
    'jeonseTopUp',
    'monthlyPay',
    'heldBurden',
    'limitWhy',
  ],
  REFINANCE: [
    'loan',
    'request',
    'productTopic',
    'switchCost',
    'switchLender',
    'quotedRate',
    'rateHigh',
    'statedFee',
    'rateJudged',
    'canSwitch',
    'refinanceLead',
  ],
  PREPAYMENT_EFFECT: [
    'loan',
    'amount',
    'everyMonth',
    'inAll',
    'versusSaving',
    'productTopic',
    'payoffOrder',
    'share',
    'prepayAfter',
    'prepayLead',
  ],
  LOANS_OVERVIEW: [
    'loanAfterDeath',
    'debtWithCard',
    'repaymentHistory',
    'request',
    'interestLeft',
    'rateRise',
    'rateTo',
    'rateFrom',
    'currentRate',
    'interestPaid',
    'maturity',
    'rateChange',
    'nextReset',
    'lastPayment',
    'repaidSoFar',
    'loanAge',
  ],
  SPENDING: [
    'comparedWith',
    'figureJudged',
    'without',
    'period',
    'topPeriod',
    'yearly',
    'cancelAll',
    'merchant',
    'alsoMerchant',
    'moreMerchants',
    'spentOver',
    'moreAsked',
    'howMany',
    'category',
    'alsoCategory',
    'moreCategories',
    'together',
    'overseas',
    'online',
    'weekend',
    'weekdaysVsWeekends',
    'onlineVsOffline',
    'compare',
    'yearAgo',
    'usual',
    'changeWhy',
    'categoryRise',
    'top',
    'topMerchant',
    'frequentMerchant',
    'topDay',
    'recurring',
    'peers',
    'peerGap',
    'spendVerdict',
    'withFlights',
    'merchantSwitch',
    'monthlyAverage',
    'dailyAverage',
    'weeklyAverage',
    'cardBill',
    'largest',
    'reduce',
    'categoryCut',
    'outgoings',
    'billSurprise',
    'cutResolve',
    'spentAsked',
    'loanPaymentToo',
    'categoryBreakdown',
    'categoryShare',
    'medicalPiling',
    'fixedCosts',
    'spentLittle',
  ],
  CARD_TRANSACTIONS: [
    'biggestOfList',
    'endsWhen',
    'instalmentPrepay',
    'period',
    'merchant',
    'amount',
    'overseas',
    'count',
    'request',
    'instalments',
    'instalmentsLeft',
    'refunds',
    'refundWhen',
    'largest',
    'duplicates',
    'cardList',
    'night',
  ],
  SUSPECTED_FRAUD: [
    'period',
    'merchant',
    'amount',
    'overseas',
    'cardLost',
    'reissue',
    'fraudRefund',
    'request',
    'scam',
    'scamKind',
    'disputeHow',
    'smsAlert',
  ],
  HEALTH_SCORE: [
    'scoreKind',
    'peers',
    'creditEffect',
    'scoreWhy',
    'compare',
    'standingAsked',
    'lifeStageAsked',
  ],
  FORECAST: ['forecastSubject', ...FORECAST_SPAN_SLOTS, 'cardBill', 'trendAsk'],
  SAVINGS: [
    'itemNoPrice',
    'cutToSave',
    'purchase',
    'amount',
    'saveMonthly',
    'statedIncome',
    'months',
    'goalMonth',
    'emergencyFund',
    'wedding',
    'budget',
    'onTrack',
    'overBudgetAsked',
    'leftThisMonth',
    'getBy',
    'getByMonth',
    'depositInterest',
    'depositBalance',
    'breakOrBorrow',
    'recommend',
    'product',
    'highestRate',
    'perDayAsked',
    'goalAtPace',
  ],
  PRODUCT_QUESTION: [
    'dsrLower',
    'ownCardUse',
    'minimumIfPaid',
    'loanByCard',
    'cardDeduction',
    'debitBetter',
    'adviceAsked',
    'recommend',
    'product',
    'highestRate',
    'interestPaid',
    'loanKind',
    'productTopic',
    'incomeChange',
    'interestWhy',
    'interestDispute',
    'ownLoan',
    'feeEnd',
    'methodChange',
    'cardBill',
    'revolvingCost',
  ],
  DOCUMENT_QUALITY: [],
  IMPORT_FAQ: [],
  GENERAL_CHAT: [],
};

// ---------------------------------------------------------------- numbers

const KO_DIGIT: Record<string, number> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
const EN_NUMBER: Record<string, number> = {
  // "a few days late": read as three, a couple as two (the answer says the days it worked out).
  'a few': 3,
  'a couple of': 2,
  several: 3,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};
// Native Korean counters: 한 달, 두 달, 석 달 …
const KO_NATIVE: Record<string, number> = {
  한: 1,
  두: 2,
  세: 3,
  석: 3,
  네: 4,
  넉: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
  열두: 12,
};

/** A small number written "3", "1.5", "12" or "열두"/"three"; null if it is not one. */
export function smallNumber(token: string): number | null {
  const t = token.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return EN_NUMBER[t] ?? KO_NATIVE[t] ?? null;
}

/** A group below 10,000: "5,000", "1.5", "2천5백", "천", "오백", "삼" → its value; null when unreadable. */
function koGroup(s: string): Decimal | null {
  const t = s.replace(/[,\s]/g, '');
  if (t === '') return new Decimal(1);
  if (/^\d+(?:\.\d+)?$/.test(t)) return new Decimal(t);
  let total = new Decimal(0);
  let rest = t;
  for (const [unit, value] of [
    ['천', 1000],
    ['백', 100],
    ['십', 10],
  ] as const) {
    const m = new RegExp(`^(\\d+(?:\\.\\d+)?|[일이삼사오육칠팔구])?${unit}`).exec(rest);
    if (!m) continue;
    const n = m[1] === undefined ? 1 : /\d/.test(m[1]) ? Number(m[1]) : KO_DIGIT[m[1]];
    total = total.plus(new Decimal(n).times(value));
    rest = rest.slice(m[0].length);
  }
  if (rest === '') return total;
  if (/^\d+$/.test(rest)) return total.plus(rest);
  if (rest.length === 1 && KO_DIGIT[rest]) return total.plus(KO_DIGIT[rest]);
  return null;
}

const BIG: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const KO_NUM = String.raw`(?:\d[\d,]*(?:\.\d+)?|[일이삼사오육칠팔구]?[천백십])`;
// One or more "<number><unit>" groups, e.g. "2억 5천", "5,000만 원", "1천만원", "₩12,000,000", "30만".
const KO_AMOUNT = new RegExp(
  String.raw`(₩\s*)?((?:${KO_NUM}+\s*(?:조|억|만)\s*)*(?:${KO_NUM}+)?)\s*(조|억|만)?\s*(원|₩)?`,
  'g',
);

/** Parses the number part of a Korean amount ("2억 5천", "1천만", "5,000만") to whole won. */
function koAmountValue(expr: string): Decimal | null {
  const parts = expr.replace(/\s+/g, '').split(/(조|억|만)/);
  let total = new Decimal(0);
  let lastUnit = 1;
  for (let i = 0; i < parts.length; i += 2) {
    const group = parts[i];
    const unit = parts[i + 1];
    if (unit === undefined) {
      if (group === '') break;
      const v = koGroup(group);
      if (!v) return null;
      // "2억 5천" is 2억 5천만: a bare trailing group after 억 counts in 만.
      total = total.plus(v.times(lastUnit >= 1e8 ? lastUnit / 1e4 : 1));
    } else {
      const v = koGroup(group);
      if (!v) return null;
      total = total.plus(v.times(BIG[unit]));
      lastUnit = BIG[unit];
    }
  }
  return total;
}

const EN_MULT: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
/** "half a million", "a million won", "a quarter of a million", "one and a half million": a figure said in words. */
const EN_WORD_AMOUNT =
  /\b(half a|a quarter(?: of a)?|one and a half|a)\s(thousand|mn|mil|million|bn|billion)\b/gi;
const EN_WORD_FACTOR: Record<string, number> = {
  'half a': 0.5,
  'a quarter': 0.25,
  'a quarter of a': 0.25,
  'one and a half': 1.5,
  a: 1,
};

const EN_AMOUNT =
  /(₩|krw\s?)?(\d[\d,]*(?:\.\d+)?|one|two|three|five|ten|twenty|fifty|a hundred|hundred)\s?(k|thousand|mn|mil|million|m|bn|billion|b)?\b\s?(won|krw)?/gi;

/**
 * The first amount of money in the text, in whole won as a decimal string: "1천만원" → "10000000", "2억 5천" →
 * "250000000", "₩12,000,000", "10 million won", "50k". A bare number without a money unit or big-number word
 * ("3개월", "30년") is not an amount.
 */
/** A bare "3천" / "5백" (no 만, 원 or 억) right before a repaying or borrowing verb: 3천만원, 5백만원. */
const KO_BARE_MANWON =
  /(?<![\d,.])(\d+(?:\.\d+)?)\s?(천|백)(?!\s?(?:만|원|억|개|명|건|번|회|개월|년|일|시|분|%|퍼|프로))(?=\s?(?:을|를|은|는|이|가|만|정도|쯤|씩|으로|로)?\s?(?:먼저\s?|더\s?|미리\s?|정도\s?|쯤\s?|만\s?)?(?:갚|상환|빌리|빌려|대출|넣|모으|모아|중도|받으면|받을|받아|\d{1,3}\s?개월|할부))/g;

const KO_LUMP_MANWON =
  /(?<=(?:보너스|성과급|상여금|목돈|여윳돈|퇴직금|인센티브)\S{0,2}\s?(?:으로\s?|로\s?|이\s?|가\s?|을\s?|를\s?)?(?:약\s?|한\s?)?)(\d{1,4})(?![\d,.]|\s?(?:원|만|천|백|억|%|퍼|프로|개월|년|일|회|번|건|명|개))/g;

export function extractAmount(text: string): string | undefined {
  const candidates: { at: number; value: Decimal }[] = [];
  for (const m of text.matchAll(KO_AMOUNT)) {
    const [whole, won1, body, unit, won2] = m;
    if (whole.trim() === '') continue;
    const hasBig = /[조억만]/.test(body) || unit !== undefined;
    const hasWon = won1 !== undefined || won2 !== undefined;
    if (!hasBig && !hasWon) continue;
    // "만" alone after a non-number is the particle "only" ("이자만"), never 10,000.
    const expr = `${body}${unit ?? ''}`;
    if (!/[\d일이삼사오육칠팔구천백십]/.test(expr.replace(/[조억만]/g, '')) && !hasWon) continue;
    if (/^[일이삼사오육칠팔구]/.test(expr) && !hasWon && !/[억조]/.test(expr)) continue; // "이만큼", "사만"
    if (/^[천백십만]/.test(expr) && m.index > 0 && /[가-힣]/.test(text[m.index - 1])) {
      // "이천" inside a word like "인천" / "오백" inside "백화점": only when preceded by a non-letter.
      if (!/[일이삼사오육칠팔구]/.test(text[m.index - 1])) continue;
    }
    if (/^\d/.test(expr) === false && /^만/.test(expr) && !hasWon) continue;
    const value = koAmountValue(expr);
    if (value && value.gt(0)) candidates.push({ at: m.index, value });
  }
  // "3천 먼저 갚으면", "5백 더 빌리면": a bare 천/백 before repaying or borrowing is said in 만원, as money is.
  // "보너스 500 들어오는데": a bonus, a lump sum or a severance pay said without a unit is in 만원, as pay is.
  for (const m of text.matchAll(KO_LUMP_MANWON)) {
    const value = new Decimal(m[1]).times(10_000);
    if (value.gt(0)) candidates.push({ at: m.index, value });
  }
  for (const m of text.matchAll(KO_BARE_MANWON)) {
    const value = new Decimal(m[1]).times(m[2] === '천' ? 1e7 : 1e6);
    if (value.gt(0)) candidates.push({ at: m.index, value });
  }
  for (const m of text.matchAll(EN_AMOUNT)) {
    const [, cur, num, mult, won] = m;
    if (!cur && !mult && !won) continue;
    if (/^\d/.test(num) === false && !mult) continue;
    const base =
      num.toLowerCase() === 'a hundred' || num.toLowerCase() === 'hundred'
        ? new Decimal(100)
        : /^\d/.test(num)
          ? new Decimal(num.replace(/,/g, ''))
          : new Decimal(
              { one: 1, two: 2, three: 3, five: 5, ten: 10, twenty: 20, fifty: 50 }[num.toLowerCase()] ?? 0,
            );
    const value = base.times(mult ? EN_MULT[mult.toLowerCase()] : 1);
    if (value.gt(0)) candidates.push({ at: m.index, value });
  }
  for (const m of text.matchAll(EN_WORD_AMOUNT))
    candidates.push({
      at: m.index,
      value: new Decimal(EN_WORD_FACTOR[m[1].toLowerCase()]).times(EN_MULT[m[2].toLowerCase()]),
    });
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0].value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
}

/**
 * The price of a home to be bought: "집값 4억", "4억짜리 집", "5억 아파트 사려면", "매매가 6억", "a 500 million won
 * apartment", "a house worth 400 million", "home price of ₩600M", "집 3억이면", "if the house costs 300 million".
 * Whole won; none without both.
 */
const HOME_PRICE =
  /(?:집값|집\s?가격|매매\s?가(?:격)?|시세|분양\s?가)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:약\s?)?([^.?!]{1,16}?(?:억|만|천)\s?(?:원)?)|([^\s.?!]{1,14}?(?:억|천만|만)\s?(?:원)?)\s?(?:짜리|정도|쯤|하는|되는)?\s?(?:의\s?)?(?:집|아파트|주택|빌라|오피스텔|단독)|\b(?:a|an|the)\s(?:₩|krw\s?)?([\d,.]+\s?(?:k|m|mn|mil|million|bn|billion|b)?(?:\s?won|\s?krw)?)\s(?:apartment|house|home|flat|villa|condo)\b|\b(?:apartment|house|home|flat|property)\s(?:worth|costing|priced at|that costs|for)\s(?:about\s)?((?:₩|krw\s?)?[\d,.]+\s?(?:k|m|mn|mil|million|bn|billion|b)?(?:\s?won|\s?krw)?)|\b(?:home|house|property) (?:price|value) (?:of|is)\s((?:₩|krw\s?)?[\d,.]+\s?(?:k|m|mn|mil|million|bn|billion|b)?(?:\s?won|\s?krw)?)|(?:^|\s)(?:집|아파트|주택)\s?(?:이\s?|가\s?)?([^\s.?!]{1,14}?(?:억|천만|만)\s?(?:원)?)\s?(?:이면|면|인데|이라면|라면|정도면|쯤이면|짜리면)|\b(?:home|house|apartment|flat|property|place) (?:costs|is|sells for|goes for|is priced at)\s(?:about\s)?((?:₩|krw\s?)?[\d,.]+\s?(?:k|m|mn|mil|million|bn|billion|b)?(?:\s?won|\s?krw)?)/i;

export function extractHomePrice(text: string): string | undefined {
  const m = HOME_PRICE.exec(text);
  const figure = m && (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]);
  if (!figure) return undefined;
  const value = extractAmount(/[a-z]/i.test(figure) && !/won|krw|₩/i.test(figure) ? `${figure} won` : figure);
  // A home costs at least tens of millions of won: smaller figures are a payment or a deposit said nearby.
  return value && new Decimal(value).gte(10_000_000) ? value : undefined;
}

/** A purchase asked about: "150만원짜리 노트북 사도 될까요?", "can i afford a 1.5 million won laptop?". */
export const PURCHASE_ASKED =
  /^(?![^]*(?:대출|빚|이자|상환|원리금|월세|집|아파트|주택|자동차|\bloans?\b|\bdebts?\b|\bmortgage|\bpayments?\b|\brent\b|\binterest\b|\bhouse\b|\bhome\b|\bapartment\b|\bcar\b))[^]*(?:(?:사도|사면|구매해도|구입해도|질러도|지르면|써도|쓰면|나가도)\s?(?:될까|돼|되나|되요|괜찮|될지|무리)|(?:나가야|써야|내야|들어가야)\s?(?:하|되|돼)는데\s?(?:괜찮|버틸|감당|될까|돼|되나|무리)|\bcan i afford (?:a |an |the |to (?:buy|get) )?|\bshould i buy\b|\bis it ok(?:ay)? to buy\b|\b(?:buy|buying|get|getting)\b[^.?!]{0,45}\b(?:is (?:that|it|this)|would (?:that|it|this) be) (?:ok(?:ay)?|fine|alright|smart|wise|a good idea|a bad idea|too much|affordable|doable)\b)/i;

/**
 * A charge quoted as a bare figure ("what's this 68,500 charge on my card", "i dont recognise a payment of 34500"):
 * in won, when the message names a charge and the figure has thousands commas or five digits or more (a card's last
 * four digits, a year or a count is not a charge).
 */
function bareChargeAmount(text: string): string | undefined {
  if (!/결제|거래|승인|청구|긁|\bcharge|\bpayment|\btransaction|\bpurchase|\bdebit/i.test(text))
    return undefined;
  const m =
    /(?<![\d.,₩$])(\d{1,3}(?:,\d{3})+|\d{5,12})(?![\d.,]|\s?(?:%|개월|년|일|건|번|회|점|months?|years?|days?|times?))/i.exec(
      text,
    );
  return m ? m[1].replace(/,/g, '') : undefined;
}

// ---------------------------------------------------------------- income the customer states

// A figure with Korean units, each unit closing a group ("5천", "4,500만", "1억 2천", "250", "삼백"): one reading per
// text, so a long run of digits cannot be split many ways (no nested repetition of the digits).
const KO_DIGITS = String.raw`(?:\d[\d,]*(?:\.\d+)?|[일이삼사오육칠팔구]?[천백십])`;
const KO_FIGURE = String.raw`${KO_DIGITS}(?:\s*(?:억|만|천|백|십)\s*${KO_DIGITS}?){0,4}`;
const KO_INCOME_ANNUAL = String.raw`연봉|연\s?소득|연\s?수입|연간\s?소득|세전\s?연봉`;
const KO_INCOME_MONTHLY = String.raw`월급|월\s?소득|월\s?수입|월\s?급여|실수령\s?액?`;
// QA round 26 (ko3): "세후 150인데" is a take-home pay (a month's below 15,000,000원, a year's from there).
const KO_INCOME_BARE = String.raw`소득|수입|급여|봉급|벌이|세후`;
// An income word, an optional particle or hedge, then the figure ("연봉이 약 5천", "월급 250만원", "소득은 4,500").
const KO_INCOME = new RegExp(
  String.raw`(?<![가-힣\d])(?:(${KO_INCOME_ANNUAL})|(${KO_INCOME_MONTHLY})|(${KO_INCOME_BARE}))\s?(?:이|은|는|가|이랑|으로)?\s?(?:세전\s?|세후\s?|실수령\s?|약\s?|대략\s?|한\s?|거의\s?)?(${KO_FIGURE})\s*(원)?(?![\d,.천백십만억]|\s?(?:%|퍼센트|프로|개월|년|살|세|명|건|회|일|시|분|주|배|장|번))`,
  'g',
);
// A period, the figure, then an earning verb ("월 300 벌어요", "한 달에 250 받는데", "1년에 6천 벌어요"): without the
// verb "월 30만원" is as often a saving or a payment.
const KO_EARN = new RegExp(
  String.raw`(?<![가-힣\d])(?:(연|1년에|일\s?년에)|(월|한\s?달에?|세후|실수령|월\s?세후|한\s?달\s?세후))\s?(?:약\s?|대략\s?)?(${KO_FIGURE})\s*(원)?\s?(?:정도\s?|쯤\s?)?(?:을\s?|를\s?)?(?:벌|버는|번다|법니|받아요|받는데|받고\s?있|들어오|들어와)`,
  'g',
);
const EN_INCOME =
  /\b(?:i|we)\s(?:only\s|just\s)?(?:earn|earned|make|made|were earning|was earning|were making|was making|take home|bring in|get paid|gross|net)\s(?:about |around |roughly |approximately |only |like |just )?(₩\s?|krw\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|m|mn|mil|million|bn|billion)?\b\s?(?:won|krw)?(?:\s(?:a|per|each|every)\s(year|month)|\s(annually|yearly|monthly))?|\bmy\s(annual |yearly |monthly |gross |net |take-home )?(?:salary|income|pay)\s(?:is|of|is now|(?:got|was|has been|just got) (?:cut|reduced|lowered|dropped) to|(?:dropped|fell|went down) to)\s(?:about |around |roughly |only |just )?(₩\s?|krw\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|m|mn|mil|million|bn|billion)?\b\s?(?:won|krw)?(?:\s(?:a|per|each|every)\s(year|month)|\s(annually|yearly|monthly))?/gi;

/** The figure before the income word: "with a 45M salary", "on a ₩3M monthly salary", "an income of 60 million". */
const EN_INCOME_BEFORE =
  /\b(?:with|on|earning|making|have|having|get|getting)\s(?:a|an|my)\s(₩\s?|krw\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|m|mn|mil|million|bn|billion)?\b\s?(?:won|krw)?\s?(annual|yearly|monthly)?\s?(?:salary|income)\b|\b(?:an?\s)?(annual\s|yearly\s|monthly\s)?(?:salary|income)\sof\s(?:about |around |roughly )?(₩\s?|krw\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|m|mn|mil|million|bn|billion)?\b\s?(?:won|krw)?/gi;

/** A pay rise to a figure: "a raise to 3.5 million", "my salary goes up to ₩4M a month". */
const EN_INCOME_TO =
  /\b(?:a raise|a pay rise|a pay raise|a promotion|(?:my )?(?:salary|income|pay) (?:goes up|rises|increases|went up|is raised))\s(?:to)\s(₩\s?|krw\s?)?(\d[\d,]*(?:\.\d+)?)\s?(k|thousand|m|mn|mil|million|bn|billion)?\b\s?(?:won|krw)?(?:\s(?:a|per|each|every)\s(year|month)|\s(annually|yearly|monthly))?/gi;

/** A plausible annual income in won (1 million to 10 billion): what is outside is not an income figure. */
const plausibleIncome = (v: Decimal) => v.gte(1e6) && v.lte(1e10);

interface IncomeMatch {
  at: number;
  length: number;
  annual: Decimal;
  monthly?: Decimal;
}

function incomeMatches(text: string): IncomeMatch[] {
  const out: IncomeMatch[] = [];
  for (const m of text.matchAll(KO_INCOME)) {
    const [whole, annualWord, monthlyWord, , figure, won] = m;
    const expr = figure.trim();
    if (!/\d|[천백]/.test(expr)) continue;
    let value = koAmountValue(expr);
    if (!value || value.lte(0)) continue;
    // "연봉 5천", "월급 250": said in 만원 when no 만/억 and no 원 follows and the figure is small.
    if (!/[만억]/.test(expr) && !won && value.lt(1e5)) value = value.times(1e4);
    // A bare income word: a month's pay below 15,000,000원 ("급여 300"), a year's from there ("소득 4천").
    const monthly = monthlyWord !== undefined || (annualWord === undefined && value.lt(15e6));
    const annual = monthly ? value.times(12) : value;
    if (!plausibleIncome(annual)) continue;
    out.push({ at: m.index, length: whole.length, annual, ...(monthly ? { monthly: value } : {}) });
  }
  for (const m of text.matchAll(KO_EARN)) {
    const [whole, annualWord, , figure, won] = m;
    let value = koAmountValue(figure.trim());
    if (!value || value.lte(0)) continue;
    if (!/[만억]/.test(figure) && !won && value.lt(1e5)) value = value.times(1e4);
    const monthly = annualWord === undefined;
    const annual = monthly ? value.times(12) : value;
    if (!plausibleIncome(annual)) continue;
    out.push({ at: m.index, length: whole.length, annual, ...(monthly ? { monthly: value } : {}) });
  }
  for (const m of text.matchAll(EN_INCOME_TO)) {
    const [whole, cur, num, mult, per, adv] = m;
    if (!cur && !mult && !/won|krw/i.test(whole)) continue;
    const value = new Decimal(num.replace(/,/g, '')).times(mult ? EN_MULT[mult.toLowerCase()] : 1);
    const period = (per ?? adv ?? '').toLowerCase();
    const monthly = /month/.test(period) || (!/year|annual/.test(period) && value.lt(15e6));
    const annual = monthly ? value.times(12) : value;
    if (!plausibleIncome(annual)) continue;
    out.push({ at: m.index, length: whole.length, annual, ...(monthly ? { monthly: value } : {}) });
  }
  for (const m of text.matchAll(EN_INCOME_BEFORE)) {
    const [whole, cur1, num1, mult1, adj1, adj2, cur2, num2, mult2] = m;
    const num = num1 ?? num2;
    const mult = mult1 ?? mult2;
    if (!(cur1 ?? cur2) && !mult && !/won|krw/i.test(whole)) continue;
    const value = new Decimal(num.replace(/,/g, '')).times(mult ? EN_MULT[mult.toLowerCase()] : 1);
    const period = (adj1 ?? adj2 ?? '').trim().toLowerCase();
    const monthly = /month/.test(period) || (!/year|annual/.test(period) && value.lt(15e6));
    const annual = monthly ? value.times(12) : value;
    if (!plausibleIncome(annual)) continue;
    out.push({ at: m.index, length: whole.length, annual, ...(monthly ? { monthly: value } : {}) });
  }
  for (const m of text.matchAll(EN_INCOME)) {
    const [whole, cur1, num1, mult1, per1, adv1, adj2, cur2, num2, mult2, per2, adv2] = m;
    const num = num1 ?? num2;
    const mult = mult1 ?? mult2;
    if (!(cur1 ?? cur2) && !mult && !/won|krw/i.test(whole)) continue;
    const value = new Decimal(num.replace(/,/g, '')).times(mult ? EN_MULT[mult.toLowerCase()] : 1);
    const period = (per1 ?? per2 ?? adv1 ?? adv2 ?? adj2 ?? '').trim().toLowerCase();
    const monthly = /month/.test(period) || (!/year|annual/.test(period) && value.lt(15e6));
    const annual = monthly ? value.times(12) : value;
    if (!plausibleIncome(annual)) continue;
    out.push({ at: m.index, length: whole.length, annual, ...(monthly ? { monthly: value } : {}) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The income the customer states, annual in whole won: "연봉 5천인데" → 50,000,000; "월급이 200만원인데" →
 * 24,000,000 (monthly 2,000,000); "I earn 60 million won a year"; "my monthly salary is ₩3M".
 */
/**
 * Someone else's income named just before the figure ("배우자 연봉 4천이에요", "my wife's salary is 40 million"): not
 * the customer's, whose limit and DSR are computed on their own income.
 */
const OTHERS_INCOME =
  /(?:배우자|남편|아내|와이프|신랑|부인|남친|여친|남자\s?친구|여자\s?친구|예비\s?(?:신랑|신부|배우자)|부모님|엄마|아빠|어머니|아버지|동생)\S{0,2}\s?$|\b(?:wife|husband|spouse|partner|fiancée?|girlfriend|boyfriend|mom|mum|dad|mother|father|parents?)(?:'s|s')?\s$/i;

export function extractStatedIncome(text: string): CounselSlots['statedIncome'] {
  const m = incomeMatches(text).find((x) => !OTHERS_INCOME.test(text.slice(Math.max(0, x.at - 12), x.at)));
  if (!m) return undefined;
  const cut = /\b(?:cut|reduced|lowered|dropped|fell|went down)\sto\b/i.test(
    text.slice(m.at, m.at + m.length),
  );
  return {
    annual: m.annual.toFixed(0),
    ...(m.monthly ? { monthly: m.monthly.toFixed(0) } : {}),
    ...(cut ? { cut: true as const } : {}),
  };
}

/** The text with the stated income's figure blanked, so it is not read as an amount to borrow or repay. */
export function withoutIncome(text: string): string {
  let out = text;
  for (const m of incomeMatches(text))
    out = out.slice(0, m.at) + ' '.repeat(m.length) + out.slice(m.at + m.length);
  return out;
}

const INCOME_WORD = String.raw`(?:연봉|소득|수입|월급|급여|봉급|income|salary|pay|earnings)`;
const RISE = String.raw`(?:오르|올라|오른|인상|늘|증가|상승|goes? up|went up|rises?|increases?|grows?|is raised|raised)`;
const FALL = String.raw`(?:줄|깎|감소|떨어|내려|삭감|drops?|falls?|goes? down|decreases?|is cut|cut)`;
const PERCENT = String.raw`(\d+(?:\.\d+)?)\s?(?:%|퍼센트|프로|percent)`;
const INCOME_CHANGE_PCT = new RegExp(
  String.raw`${INCOME_WORD}\S{0,2}\s?(?:이\s?|가\s?)?(?:by\s)?(?:${PERCENT})\s?(?:정도\s?|쯤\s?|만\s?)?(?:by\s)?(?:(${RISE})|(${FALL}))|${INCOME_WORD}\S{0,2}\s?(?:(${RISE})|(${FALL}))\S{0,3}\s?(?:by\s)?(?:about\s)?${PERCENT}|${PERCENT}\s(?:(raise|pay rise|pay raise|salary increase|income increase|more income|higher income|rise in (?:my )?(?:income|salary|pay))|(pay cut|salary cut|income cut|cut in (?:my )?(?:income|salary|pay)|less income|lower income))`,
  'i',
);
const INCOME_RISE_PLAIN = new RegExp(
  String.raw`(?:연봉|소득|수입|월급|급여|봉급)\S{0,2}\s?(?:이\s?|가\s?)?(?:더\s?|좀\s?|많이\s?)?(?:오르면|올라가면|오른다면|올라서|인상되면|인상된다면|늘면|늘어나면|늘어난다면|증가하면)|승진하면|\b(?:if|when|once)\s(?:i\s)?(?:get|got)\s(?:a\s)?(?:raise|pay rise|pay raise|promotion)\b|\b(?:if|when|once)\s(?:my\s)?(?:income|salary|pay)\s(?:goes up|rises|increases|grows|is raised)\b`,
  'i',
);

/** An income halved: "월급이 반으로 줄었어요", "소득 반토막", "my income got cut in half", "my salary was halved". */
const INCOME_HALVED = new RegExp(
  String.raw`(?:월급|급여|수입|소득|연봉|벌이)\S{0,3}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:반\s?토막|(?:반|절반)\s?(?:으로|이)?\s?(?:줄|깎|떨어|됐|되|나|토막))|\b(?:income|salary|pay|paycheck|wages?|earnings)\b[^.?!]{0,25}\b(?:(?:cut|dropped|fell|reduced|down) (?:in|by) half|halved)\b|\bhalf (?:my|of my) (?:income|salary|pay)\b`,
  'i',
);

/** An income named as the one the customer's would move to: "2천만원으로 오르면", "3천이 되면", "a raise to ₩3.5M". */
const INCOME_MOVES_TO =
  /(?:원|만|천|억|\d)\s?(?:으로|로|까지)\s?(?:오르|올라|인상|늘|올리|깎|줄|떨어|내려)|(?:원|만|천|억|\d)\s?(?:이|가)?\s?되면|\b(?:raise|rise|increase|bump|promotion|goes up|went up|increases|rises|jumps?)\s(?:to|of)\b|\bif (?:i|we) (?:earned|made|were earning|was earning|were making|was making)\b/i;

/**
 * An income what-if as a ratio: "연봉이 10% 오르면" → "0.10", "income drops 20%" → "-0.20", "월급 오르면" /
 * "if I get a raise" → "0.10" (a rise named without a size). A fall without a size is hardship, not a what-if.
 */
export function extractIncomeChange(text: string): string | undefined {
  if (INCOME_HALVED.test(text)) return '-0.50';
  const m = INCOME_CHANGE_PCT.exec(text);
  if (m) {
    const pct = new Decimal(m[1] ?? m[6] ?? m[7]);
    const fall = m[3] !== undefined || m[5] !== undefined || m[9] !== undefined;
    if (pct.gt(0) && pct.lte(500))
      return pct
        .div(100)
        .times(fall ? -1 : 1)
        .toFixed(2);
  }
  if (INCOME_RISE_PLAIN.test(text)) return '0.10';
  return undefined;
}

// ---------------------------------------------------------------- periods, months, terms, counts

export const N = String.raw`(\d+|한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|열두|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)`;

/** The spending period the customer names ("지난달", "지난 분기", "최근 3개월", "this year", "last 3 months"). */
export function extractPeriod(text: string): PeriodSlot | undefined {
  // QA round 24 (fu24). "아 아니 지난달 말고 9월 식비", "not last month, september": the period set aside is not the
  // one asked (was last month, the first period word found).
  const aside = PERIOD_SET_ASIDE.exec(text);
  if (aside) {
    const rest = extractPeriodSaid(
      text.slice(0, aside.index) + ' ' + text.slice(aside.index + aside[0].length),
    );
    if (rest) return rest;
  }
  return extractPeriodSaid(text);
}

/** A period said and set aside: "지난달 말고", "9월 아니고", "이번 달 대신", "not last month," (QA round 24, fu24). */
const PERIOD_SET_ASIDE =
  /(?:(?:지지난|지난|저번|이번|전)\s?(?:달|월|주|분기)|지난달|이번달|이달|전달|작년|올해|재작년|(?<!\d)(?:1[0-2]|0?[1-9])\s?월(?!\s?\d{1,2}\s?일))\s?(?:꺼|거|것|은|는|이|가)?\s?(?:말고|아니고|아니라|대신)|\bnot (?:last|this) (?:month|week|year|quarter)\b,?/i;

function extractPeriodSaid(text: string): PeriodSlot | undefined {
  const t = text.toLowerCase();
  const days = extractDays(t);
  if (days) return days;
  const nMonths = new RegExp(
    String.raw`(?:최근|지난|요즘|근|past|last|previous)\s*${N}\s*(?:개월|달|months?)|${N}\s*(?:개월|달)\s*(?:간|동안|치)`,
  ).exec(t);
  if (nMonths) {
    const n = smallNumber(nMonths[1] ?? nMonths[2]);
    if (n && n > 0) return { kind: 'LAST_N_MONTHS', months: n };
  }
  // "2년동안", "최근 2년", "the last 2 years": as months (the spending module reads at most 24 back).
  const nYears = new RegExp(
    String.raw`(?:최근|지난|past|last)\s*${N}\s*(?:년|years)|${N}\s*년\s*(?:간|동안|치)|${N} years?'? (?:worth|of spending)`,
  ).exec(t);
  const years = nYears ? smallNumber(nYears[1] ?? nYears[2] ?? nYears[3]) : undefined;
  if (years) return { kind: 'LAST_N_MONTHS', months: Math.min(24, years * 12) };
  if (
    /(?:최근|지난|past|last)\s*(?:1\s*년|일\s*년|한\s*해|12\s*months|year\b)/.test(t) &&
    !/last year/.test(t)
  )
    return { kind: 'LAST_N_MONTHS', months: 12 };
  if (/(?:최근|지난|past|last)\s*(?:반\s*년|6\s*months|half a year)/.test(t))
    return { kind: 'LAST_N_MONTHS', months: 6 };
  if (/지난\s*분기|저번\s*분기|전\s*분기|직전\s*분기|last quarter|previous quarter|past quarter/.test(t))
    return { kind: 'LAST_QUARTER' };
  if (/이번\s*분기|이\s*분기|this quarter|current quarter|so far this quarter/.test(t))
    return { kind: 'THIS_QUARTER' };
  if (/지지난\s*(?:달|월)|저저번\s*(?:달|월)|전전\s*(?:달|월)|month before last/.test(t))
    return { kind: 'MONTHS_AGO', months: 2 };
  // "3 months ago", "3달 전에", "석 달 전": that calendar month.
  const monthsAgo = new RegExp(
    String.raw`\b${N}\smonths?\sago\b|${N}\s*(?:개월|달)\s*전(?!부터|까지|이후)`,
  ).exec(t);
  const back = monthsAgo ? smallNumber(monthsAgo[1] ?? monthsAgo[2]) : null;
  if (back && back >= 1 && back <= 24)
    return back === 1 ? { kind: 'LAST_MONTH' } : { kind: 'MONTHS_AGO', months: back };
  if (
    /지난\s*달|지난\s*[딜댤]|지난\s*월|저번\s*달|저번\s*월|전\s*달|전월|지난달|last month|previous month|past month/.test(
      t,
    )
  )
    return { kind: 'LAST_MONTH' };
  if (/이번\s*달|이번\s*월|이달|이번달|금월|this month|so far this month|current month/.test(t))
    return { kind: 'THIS_MONTH' };
  // "상반기", "하반기", "the first half of the year", "H1": the latest such half begun. **Decision:** a half of another
  // year ("작년 상반기") is not a period of its own: the year is read (LAST_YEAR), as the answer then says.
  if (!/작년|지난\s*해|전년|last year|previous year|재작년/.test(t)) {
    if (/상반기|(?:first|1st) half(?: of (?:the|this) year)?|\bh1\b/.test(t)) return { kind: 'FIRST_HALF' };
    if (/하반기|(?:second|2nd) half(?: of (?:the|this) year)?|\bh2\b/.test(t)) return { kind: 'SECOND_HALF' };
  }
  if (/작년|지난\s*해|전년|last year|previous year/.test(t)) return { kind: 'LAST_YEAR' };
  // "지난주", "저번 주에", "지난 주말" — a week word, not 주식 / 주택 / 주유 after the same syllable.
  if (
    /(?:지난|저번|전)\s*주(?=$|\s|말|에|엔|는|의|동안|간|[?？.!,])|\b(?:last|previous) week(?:end)?\b/.test(t)
  )
    return { kind: 'LAST_WEEK' };
  if (
    /(?:이번|금)\s*주(?=$|\s|말|에|엔|는|의|동안|간|[?？.!,])|\bthis week(?:end)?\b|so far this week/.test(t)
  )
    return { kind: 'THIS_WEEK' };
  // A day last: "이번 주 오늘까지" is the week.
  if (/어제|어저께|yesterday/.test(t)) return { kind: 'YESTERDAY' };
  if (/오늘|금일|\btoday\b/.test(t)) return { kind: 'TODAY' };
  if (
    /올해|올\s해(?!외)|금년|올\s*한\s*해|이번\s*(?:년도|연도|해)|올\s*년도|연초\s?(?:부터|이후)|this year|so far this year|year to date|ytd|since (?:the )?(?:start|beginning) of (?:the|this) year|since january 1(?:st)?\b|since new year/.test(
      t,
    )
  )
    return { kind: 'THIS_YEAR' };
  const month = extractNamedMonth(t);
  // QA round 24 (spend24). "2026년 1월에 얼마 썼어요?", "in January 2026": that year's month (resolveNamedMonth).
  const year = month ? yearSaidWithMonth(t) : undefined;
  if (month) return { kind: 'NAMED_MONTH', month, ...(year !== undefined ? { year } : {}) };
  return undefined;
}

/** QA round 24 (spend24). A four-digit year said with a month ("2026년 1월", "january 2026", "3000년 1월"), any year. */
export function yearSaidWithMonth(text: string): number | undefined {
  const m =
    /(?<!\d)(\d{4})\s?년\s?(?:1[0-2]|0?[1-9])\s?월/.exec(text) ??
    new RegExp(String.raw`\b(?:${EN_MONTHS.join('|')})\.?,?\s(\d{4})\b`, 'i').exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * QA round 24 (spend24). A calendar year said ("9999년 12월 21일", "3000년 1월", "in 2150") outside 2000–2099, which no
 * record or forecast reaches; a span of years ("100년 동안") is not one.
 */
export function yearOutOfRange(text: string): number | undefined {
  const m =
    /(?<![\d.,])(\d{4,})\s?년(?!\s?(?:간|동안|치|짜리|만기|후|뒤|전|차))/.exec(text) ??
    new RegExp(
      String.raw`\b(?:${EN_MONTHS.join('|')})\.?,?\s(?:\d{1,2},?\s)?(\d{4,})\b|\b(?:in|by|until|till|of) (\d{4,})\b(?!\s?(?:won|krw|원|%))`,
      'i',
    ).exec(text);
  const y = m ? Number(m[1] ?? m[2]) : undefined;
  return y !== undefined && (y < 2000 || y > 2099) ? y : undefined;
}

const EN_MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t|tember)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
// "10월에", "시월", "12월달" — not a day ("3월 15일"), a due date or "몇 월".
const KO_MONTH =
  /(?<![\d.])(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월(?!\s?\d{1,2}\s?일|\s?(?:말일|초|중순|말))|(?<![가-힣])(시|유)월(?=[에엔은는의달\s?]|$)/;
// A month name as a period: "in October", "October's", "during Oct" — "may" only after in/during/for.
const EN_MONTH = new RegExp(
  String.raw`\b(?:in|during|for|over|through|of|from|since)\s(${EN_MONTHS.join('|')})\b|\b(${EN_MONTHS.filter((m) => m !== 'may' && !m.startsWith('mar')).join('|')})\b(?!\s?(?!20\d\d\b)\d)|\bmarch(?:'s)?\s(?:spending|bill|transactions|expenses|payment|instal?ment)s?\b|\bmarch(?=,?\s20\d\d\b)`,
  'i',
);

/** The calendar month a message names (1–12): "10월에 얼마 썼어?", "in October", "시월"; none for a date. */
export function extractNamedMonth(text: string): number | undefined {
  const ko = KO_MONTH.exec(text);
  if (ko) return ko[1] ? Number(ko[1]) : ko[2] === '시' ? 10 : 6;
  const en = EN_MONTH.exec(text);
  const name = (en?.[1] ?? en?.[2])?.toLowerCase() ?? (en ? 'march' : undefined);
  if (!name) return undefined;
  const i = EN_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`).test(name));
  return i >= 0 ? i + 1 : undefined;
}

/** A four-digit year said with a month: "2028년 3월", "march 2028", "3/2028" — 2000–2099. */
export function extractYearOfMonth(text: string): number | undefined {
  const m =
    /(?<!\d)(20\d\d)\s?년\s?(?:1[0-2]|0?[1-9])\s?월/.exec(text) ??
    new RegExp(String.raw`\b(?:${EN_MONTHS.join('|')})\.?,?\s(20\d\d)\b`, 'i').exec(text) ??
    /(?<![\d/])(?:1[0-2]|0?[1-9])\/(20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The month a span runs to: "3월까지", "3월 말까지", "between now and march", "until the end of march". */
function extractMonthTo(text: string): number | undefined {
  const ko = /(?<![\d.])(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월\s?(?:말\s?)?까지/.exec(text);
  if (ko) return Number(ko[1]);
  const en = new RegExp(
    String.raw`\b(?:and|until|till|to|through|by)\s(?:the\send\sof\s)?(?:next\s)?(${EN_MONTHS.join('|')})\b`,
    'i',
  ).exec(text);
  const i = en ? EN_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, 'i').test(en[1])) : -1;
  return i >= 0 ? i + 1 : extractNamedMonth(text);
}

/**
 * The month of a month's outgoings or of the interest to a date ("12월에 나갈 돈", "3월까지 이자", "내년에 내야 할 이자"):
 * `monthAhead`, a month named as `forecastMonth` (resolved on the turn's day), or `nextYear` — else `before` (a
 * follow-up's question before: "다음 달은?" names one, "그럼 카드값은?" does not), else this month. The periods and bill
 * slots the words also set give way (the bill is set from the month, resolveNamedMonth).
 */
export function spanMonth(
  text: string,
  out: CounselSlots,
  before?: Pick<CounselSlots, 'monthAhead' | 'forecastMonth' | 'nextYear'>,
): void {
  const ahead = extractMonthAhead(text);
  const named = ahead === undefined ? extractMonthTo(text) : undefined;
  const next = out.interestTo && ahead === undefined && /내년|다음\s?해|\bnext year\b/i.test(text);
  for (const k of [
    'period',
    'cardBill',
    'nextBill',
    'together',
    'count',
    'yearTotal',
    'monthAhead',
    'forecastMonth',
    'nextYear',
  ] as const)
    delete out[k];
  if (named !== undefined) out.forecastMonth = named;
  else if (next) out.nextYear = true;
  else if (ahead === undefined && before && Object.values(before).some((v) => v !== undefined)) {
    for (const [k, v] of Object.entries(before)) if (v !== undefined) Object.assign(out, { [k]: v });
  } else out.monthAhead = ahead ?? 0;
}

/** Longest LAST_N_DAYS span read (the spending module reads at most 24 months). */
const MAX_DAYS = 731;

const KO_DAY = String.raw`(?:(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s*월\s*)?(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)\s*일`;
const EN_DAY = String.raw`(?:(?:the\s)?(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?:\sof)?\s(${EN_MONTHS.join('|')})|(${EN_MONTHS.join('|')})\.?\s(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?|the\s(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th))`;
/** "10/15~10/20", "10/15부터": month/day with a slash. */
const SLASH_DAY = String.raw`(?<!\d)(1[0-2]|0?[1-9])(?!\d)\/(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?!\d|\/)`;
const SLASH_FROM = new RegExp(
  String.raw`${SLASH_DAY}\s*(?:부터|~|-|–|〜|to\s)\s*(?:${SLASH_DAY}|(?:오늘|지금|today|now))?`,
);
const KO_FROM = new RegExp(
  String.raw`${KO_DAY}\s*(?:부터|에서|이후로?|~|-|〜)\s*(?:${KO_DAY}\s*(?:까지)?|(?:오늘|지금|현재)\s*까지)?`,
);
const EN_FROM = new RegExp(
  String.raw`\b(?:from|since|starting(?:\son)?|after)\s${EN_DAY}(?:\s(?:to|until|till|through|thru|-)\s(?:${EN_DAY}|today|now|date))?`,
);
/** "oct 10 to oct 20", "nov 1 - today": two days without "from". */
const EN_TWO_DAYS = new RegExp(
  String.raw`${EN_DAY}\s?(?:to|until|till|through|thru|-|–)\s?(?:${EN_DAY}|today|now)`,
);
/** One day said ("11월 18일에 얼마 썼어", "22일에는?", "on the 18th", "on nov 18"): that day alone. */
const KO_ONE_DAY = new RegExp(
  String.raw`(?<!매\s?(?:달|월)\s?)(?<![\d/])${KO_DAY}\s*(?:에는|에|엔|날|은|는|하루)(?!\s?(?:까지|부터|마다|이후|전|후|납입|상환|이자|결제일|출금))`,
);
const EN_ONE_DAY = new RegExp(String.raw`\bon\s${EN_DAY}(?!\s?(?:to|until|till|through|-))`);
const KO_N_DAYS = new RegExp(
  String.raw`최근\s*${N}\s*일|(?:지난|과거)\s*${N}\s*일(?:\s*(?:간|동안)|(?!\s*(?:에|날|째|자|부터|까지)))|(?:최근|지난|요즘)\s*(?:${N}\s*주|일주일)\s*(?:간|동안)?|(?:^|\s)${N}\s*일\s*(?:간|동안)`,
);
const EN_N_DAYS = new RegExp(
  String.raw`\b(?:last|past|previous)\s${N}\s(days?|weeks?)\b|\b(?:the\s)?past\s(week)\b|\b(?:the\s)?(?:past|last)\s(fortnight)\b`,
);

/** A week or part of a month said in Korean: "11월 첫째주", "9월 중순", "10월 초", "10월 말", "이번 달 둘째 주". */
/** A month by its number, or counted back from this one ("지난달", "지지난달"); 이번 달 is this month. */
const KO_MONTH_SAID = String.raw`(?:((?<!\d)(?:1[0-2]|0?[1-9])\s*월|지지난\s*달|(?:지난|저번)\s*달)|이번\s*달|이달)`;
const KO_PART = String.raw`${KO_MONTH_SAID}\s*(?:의\s*)?(?:(첫\s*째|첫|둘\s*째|두\s*번\s*째|셋\s*째|세\s*번\s*째|넷\s*째|네\s*번\s*째|다섯\s*째|[1-5]\s*(?:번\s*)?째|마지막)\s*주|(초순|초(?!과)|중순|하순|말(?![고일씀])))(?!\s*일|일)`;
const KO_PARTS = new RegExp(
  String.raw`${KO_PART}(?:\s*(?:부터|에서|~|-|–|〜)\s*(?:${KO_PART}|(오늘|지금|현재)))?`,
);
/** The same in English: "the first week of november", "mid october", "late oct", "the second half of october". */
const EN_MONTH_SAID = String.raw`(${EN_MONTHS.join('|')}|last month|this month|the month before last)`;
const EN_PART = String.raw`(?:(?:the\s)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s(week|half)\sof\s${EN_MONTH_SAID}|(early|mid-?|late|(?:the\s)?(?:beginning|start|middle|end)\sof)\s?${EN_MONTH_SAID})\b`;
const EN_PARTS = new RegExp(
  String.raw`${EN_PART}(?:\s(?:to|until|till|through|thru|-|–)\s(?:${EN_PART}|(today|now)))?`,
);
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  첫: 1,
  첫째: 1,
  second: 2,
  '2nd': 2,
  둘째: 2,
  두번째: 2,
  third: 3,
  '3rd': 3,
  셋째: 3,
  세번째: 3,
  fourth: 4,
  '4th': 4,
  넷째: 4,
  네번째: 4,
  fifth: 5,
  '5th': 5,
  다섯째: 5,
};
/**
 * A week or part of a month as days. **Decision:** the Nth week is days 7N−6 … 7N ("11월 첫째주" = 1–7일; the last
 * week 25일 to the month's end), 초 / early = 1–10일, 중순 / mid = 11–20일, 말 / 하순 / late = 21일 to the end, a half
 * 1–15 / 16–end — the answer names the days it counted. Day 31 stands for the month's last day (resolveDay).
 */
function partDays(
  m: MonthSaid,
  week: number | 'LAST' | undefined,
  part: 'EARLY' | 'MID' | 'LATE' | 'FIRST_HALF' | 'SECOND_HALF' | undefined,
): { from: MonthDay; through: MonthDay } | undefined {
  const span = (a: number, b: number) => ({ from: { ...m, day: a }, through: { ...m, day: b } });
  if (week === 'LAST') return span(25, 31);
  if (week) return span(7 * week - 6, Math.min(31, 7 * week));
  if (part === 'EARLY') return span(1, 10);
  if (part === 'MID') return span(11, 20);
  if (part === 'LATE') return span(21, 31);
  if (part === 'FIRST_HALF') return span(1, 15);
  if (part === 'SECOND_HALF') return span(16, 31);
  return undefined;
}

/** A month as said: by its number, counted back from the turn's ("지난달" = 1), or neither (this month). */
type MonthSaid = Pick<MonthDay, 'month' | 'monthsBack'>;

/** KO_MONTH_SAID's or EN_MONTH_SAID's group as a month. */
function monthSaid(said: string | undefined): MonthSaid | undefined {
  if (!said) return {};
  if (/지지난|month before last/.test(said)) return { monthsBack: 2 };
  if (/지난|저번|last month/.test(said)) return { monthsBack: 1 };
  if (/this month/.test(said)) return {};
  const month = /\d/.test(said) ? parseInt(said, 10) : EN_MONTH_INDEX(said);
  return month > 0 ? { month } : undefined;
}

/**
 * A follow-up naming another part of the month just asked about: "and the second half?" after the first half of
 * October, "둘째 주는요?" after "11월 첫째주" — that part of the same month; none otherwise.
 */
export function partOfPrevious(text: string, previous: PeriodSlot): PeriodSlot | undefined {
  // The month asked about: a part of one month, or a month named ("how much did i spend in september" → "and the
  // first half of it?").
  const month: MonthSaid | undefined =
    previous.kind === 'DATES' &&
    !previous.holiday &&
    !previous.ago &&
    (previous.from.month !== undefined || previous.from.monthsBack !== undefined) &&
    (previous.through?.month ?? previous.from.month) === previous.from.month &&
    (previous.through?.monthsBack ?? previous.from.monthsBack) === previous.from.monthsBack
      ? { month: previous.from.month, monthsBack: previous.from.monthsBack }
      : (previous.kind === 'NAMED_MONTH' || previous.kind === 'MONTHS_AGO') && previous.month
        ? { month: previous.month }
        : undefined;
  if (month === undefined) return undefined;
  const t = text.toLowerCase();
  const half = /\b(?:the\s)?(first|1st|second|2nd|other)\shalf\b|(전반|후반|나머지\s?(?:반|절반))/.exec(t);
  let days: ReturnType<typeof partDays>;
  if (half) {
    const dates = previous.kind === 'DATES' ? previous : undefined;
    const wasFirst = dates?.from.day === 1 && dates.through?.day === 15;
    const wasSecond = dates?.from.day === 16 && dates.through?.day === 31;
    // After a whole month only a half said as such ("first half of it"), not "the other half".
    if (!wasFirst && !wasSecond && (half[1] === 'other' || /나머지/.test(half[2] ?? ''))) return undefined;
    const second = half[1]
      ? half[1] === 'other'
        ? wasFirst
        : /second|2nd/.test(half[1])
      : half[2] === '전반'
        ? false
        : half[2] === '후반'
          ? true
          : wasFirst;
    days = partDays(month, undefined, second ? 'SECOND_HALF' : 'FIRST_HALF');
  } else {
    const week =
      /(첫\s*째|둘\s*째|두\s*번\s*째|셋\s*째|세\s*번\s*째|넷\s*째|네\s*번\s*째|다섯\s*째|마지막)\s*주/.exec(
        t,
      ) ?? /\b(?:the\s)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\sweek\b/.exec(t);
    if (!week) return undefined;
    const n = /마지막/.test(week[1]) ? 'LAST' : ORDINALS[week[1].replace(/\s/g, '')];
    days = n === undefined ? undefined : partDays(month, n, undefined);
  }
  return days && { kind: 'DATES', from: days.from, through: days.through };
}

/**
 * A part said, or a range of two (`width` groups each, then "오늘" / "today"): from the first part's first day through
 * the second's last, today, or the first's own last day.
 */
function partsSaid(
  m: RegExpExecArray | null,
  parse: (groups: (string | undefined)[]) => ReturnType<typeof partDays>,
  width: number,
): PeriodSlot | undefined {
  const from = m && parse(m.slice(1, 1 + width));
  if (!m || !from) return undefined;
  const to = parse(m.slice(1 + width, 1 + 2 * width));
  return {
    kind: 'DATES',
    from: from.from,
    ...(to ? { through: to.through } : m[1 + 2 * width] ? {} : { through: from.through }),
  };
}

function koPart([month, week, part]: (string | undefined)[]): ReturnType<typeof partDays> {
  const m = monthSaid(month);
  if ((!week && !part) || !m) return undefined;
  const n = week
    ? /마지막/.test(week)
      ? 'LAST'
      : /^\d/.test(week)
        ? parseInt(week, 10)
        : ORDINALS[week.replace(/\s/g, '')]
    : undefined;
  return partDays(
    m,
    n,
    part === undefined ? undefined : /초/.test(part) ? 'EARLY' : part === '중순' ? 'MID' : 'LATE',
  );
}

function enPart([nth, unit, month1, where, month2]: (string | undefined)[]): ReturnType<typeof partDays> {
  if (!(month1 ?? month2)) return undefined;
  const month = monthSaid((month1 ?? month2)!.toLowerCase());
  if (!month) return undefined;
  if (nth && unit === 'half')
    return partDays(month, undefined, ORDINALS[nth] === 1 ? 'FIRST_HALF' : 'SECOND_HALF');
  if (nth) return partDays(month, nth === 'last' ? 'LAST' : ORDINALS[nth], undefined);
  if (!where) return undefined;
  return partDays(
    month,
    undefined,
    /early|beginning|start/.test(where) ? 'EARLY' : /mid/.test(where) ? 'MID' : 'LATE',
  );
}

const EN_MONTH_ALT = EN_MONTHS.join('|');
const DAY_NUM = String.raw`(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?`;
/** "nov 1-7", "nov 1 to 7", "1-7 nov", "10 to 20 september", "between nov 1 and nov 15" / "between nov 1 and 15". */
const EN_DAY_SPAN = new RegExp(
  String.raw`\b(?:between\s)?(${EN_MONTH_ALT})\.?\s${DAY_NUM}\s?(?:-|–|to|till|until|through|and)\s?(?:(${EN_MONTH_ALT})\.?\s)?${DAY_NUM}\b|\b(?:between\s)?(?:the\s)?${DAY_NUM}\s?(?:-|–|to|till|until|through|and)\s?(?:the\s)?${DAY_NUM}\s(?:of\s)?(${EN_MONTH_ALT})\b|\bbetween\s(${EN_MONTH_ALT})\.?\s${DAY_NUM}\sand\s(?:the\s)?${DAY_NUM}\b`,
);
/** "8월부터", "8월 이후로", "8월부터 10월까지" — a month, not a day of it ("8월 15일부터"). */
const KO_MONTHS_FROM =
  /(?<![\d.])(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월\s?(?:부터|이후로?|들어서?)(?:\s?(?:올해|올|금년|이번\s?해|내년)?\s?(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월\s?(?:까지|말까지))?|(?<![\d./])(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?(?:월\s?)?[~〜\-–]\s?(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월(?!\s?\d{1,2}\s?일)/;
/** "지난달 15일부터", "저번달 20일 이후로": a day of last month on (to today). */
const KO_LAST_MONTH_DAY_FROM =
  /(?:지난|저번)\s*달\s*(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)\s*일\s*(?:부터|이후로?|~|〜)/;
/** "어제랑 오늘", "yesterday and today": two days to today. */
const YESTERDAY_AND_TODAY = /(?:어제|yesterday)\s?(?:랑|이랑|하고|와|and|&|\+)\s?(?:오늘|today)/;
const EN_MONTHS_FROM = new RegExp(
  String.raw`\b(?:since|from|starting(?:\sin)?|after)\s(?:the\s(?:start|beginning)\sof\s)?(${EN_MONTH_ALT})\b(?!\.?\s\d)(?:\s(?:to|until|till|through|thru|-)\s(?:the\send\sof\s)?(${EN_MONTH_ALT})\b(?!\.?\s\d))?`,
);

/** A season: "여름에", "이번 여름", "여름부터", "this summer", "since (the) summer". */
const SEASON =
  /\b(?:(since|from)\s(?:the\s)?|(?:in|this|last|over|during)\s(?:the\s)?)(spring|summer|autumn|fall|winter)\b|(?<![가-힣])(?:올|이번|지난)?\s?(봄|여름|가을|겨울)(?:\s?(?:휴가|방학))?\s?(?:에|엔|동안|때|내내|철)?(?:\s?(부터|이후로?))?/;
const SEASON_START: Record<string, number> = {
  spring: 3,
  봄: 3,
  summer: 6,
  여름: 6,
  autumn: 9,
  fall: 9,
  가을: 9,
  winter: 12,
  겨울: 12,
};

/** A quarter named by its number ("3분기", "q3", "the third quarter"): its months this year, as days. */
const NAMED_QUARTER =
  /(?<![\d년])([1-4])\s?분기|\bq([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b/i;
const QUARTER_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const LAST_DAY_OF_QUARTER = [31, 30, 30, 31];

/** EN_DAY's five groups as a day: "12 nov" / "the 12th of nov", "nov 12", or "the 12th" (month left to the turn). */
function enMonthDay(m: (string | undefined)[]): MonthDay | undefined {
  if (m[0] && m[1]) return { month: EN_MONTH_INDEX(m[1]), day: Number(m[0]) };
  if (m[2] && m[3]) return { month: EN_MONTH_INDEX(m[2]), day: Number(m[3]) };
  return m[4] ? { day: Number(m[4]) } : undefined;
}

/**
 * Days said as such: a quarter by its number, two dates ("11월 1일부터 오늘까지", "10월 15일부터 11월 14일까지", "since
 * November 1", "from nov 1 to nov 14") or a day alone ("22일에는?", "on the 18th") → DATES; "최근 7일", "지난 2주간"
 * (14), "the last 30 days", "past week" (7) → LAST_N_DAYS.
 */
function extractDays(t: string): PeriodSlot | undefined {
  // "추석 때 얼마 썼어?", "over Chuseok", "설 연휴에": the latest such break (resolved on the turn's day).
  const holiday = /추석|한가위|chuseok/.test(t)
    ? 'CHUSEOK'
    : /설날|설\s?연휴|설\s?(?:때|명절)|구정|lunar new year|seollal/.test(t)
      ? 'SEOLLAL'
      : undefined;
  if (holiday) {
    // "추석 전주", "the week after chuseok": the seven days before or after the break.
    const week = HOLIDAY_WEEK.exec(t);
    const holidayWeek = week ? (week[1] || week[2] ? 'BEFORE' : 'AFTER') : undefined;
    return { kind: 'DATES', from: { day: 1 }, holiday, ...(holidayWeek ? { holidayWeek } : {}) };
  }
  // "그저께", "3일 전에", "지지난주", "2주 전에", "the week before last", "two weeks ago": that day or calendar week.
  const ago = daysOrWeeksAgo(t);
  if (ago) return ago;
  // "10월 마지막 2주", "이번 달 첫 10일", "the last 10 days of october", "the first two weeks of last month".
  const edge = edgeDays(t);
  if (edge) return edge;
  // "11월 첫째주", "9월 중순부터 10월 초까지", "first week of november", "mid october", "second half of oct".
  const parts = partsSaid(KO_PARTS.exec(t), koPart, 3) ?? partsSaid(EN_PARTS.exec(t), enPart, 5);
  if (parts) return parts;
  // "nov 1-7", "10 to 20 september", "between nov 1 and nov 15": two days of one month.
  const span = EN_DAY_SPAN.exec(t);
  if (span) {
    const month = EN_MONTH_INDEX(span[1] ?? span[7] ?? span[8]);
    // "oct 20 to nov 10": the end in its own month.
    const toMonth = span[3] ? EN_MONTH_INDEX(span[3]) : month;
    const [a, b] = span[1] ? [span[2], span[4]] : span[7] ? [span[5], span[6]] : [span[9], span[10]];
    if (month > 0 && toMonth > 0)
      return { kind: 'DATES', from: { month, day: Number(a) }, through: { month: toMonth, day: Number(b) } };
  }
  // "8월부터", "8월부터 10월까지", "since august", "from august to october": whole months from one to another (today
  // when no end is said).
  const lastMonthDay = KO_LAST_MONTH_DAY_FROM.exec(t);
  if (lastMonthDay) return { kind: 'DATES', from: { monthsBack: 1, day: Number(lastMonthDay[1]) } };
  if (YESTERDAY_AND_TODAY.test(t)) return { kind: 'LAST_N_DAYS', days: 2 };
  const koMonths = KO_MONTHS_FROM.exec(t);
  // "1~6월": the second form's groups as the first's.
  const months = koMonths
    ? [koMonths[0], koMonths[1] ?? koMonths[3], koMonths[2] ?? koMonths[4]]
    : EN_MONTHS_FROM.exec(t);
  if (months) {
    const first = /\d/.test(months[1]) ? Number(months[1]) : EN_MONTH_INDEX(months[1]);
    const last = months[2] ? (/\d/.test(months[2]) ? Number(months[2]) : EN_MONTH_INDEX(months[2])) : 0;
    if (first > 0)
      return {
        kind: 'DATES',
        from: { month: first, day: 1 },
        ...(last > 0 ? { through: { month: last, day: 31 } } : {}),
      };
  }
  // "여름에", "this summer", "since summer": the season's months (봄 3–5, 여름 6–8, 가을 9–11, 겨울 12–2).
  const season = SEASON.exec(t);
  if (season) {
    const start = SEASON_START[season[2] ?? season[3]];
    const since = !!(season[1] ?? season[4]);
    const end = start + 2 > 12 ? start + 2 - 12 : start + 2;
    return {
      kind: 'DATES',
      from: { month: start, day: 1 },
      ...(since ? {} : { through: { month: end, day: 31 } }),
    };
  }
  // "3분기에 얼마 썼어?", "how much did i spend in q3": that quarter of this year (or last year's, when it has not
  // begun: the latest such quarter), Jan–Mar … Oct–Dec.
  const quarter = NAMED_QUARTER.exec(t);
  if (quarter && !/작년|지난\s?해|last year|재작년/.test(t)) {
    // "2025년 3분기", "q3 2025": that year's.
    return quarterDays(Number(quarter[1] ?? quarter[2]) || QUARTER_WORDS[quarter[3]?.toLowerCase() ?? ''], t);
  }
  const ko = KO_FROM.exec(t) ?? SLASH_FROM.exec(t);
  if (ko) {
    const from: MonthDay = { ...(ko[1] ? { month: Number(ko[1]) } : {}), day: Number(ko[2]) };
    const through: MonthDay | undefined = ko[4]
      ? { ...(ko[3] ? { month: Number(ko[3]) } : {}), day: Number(ko[4]) }
      : undefined;
    return { kind: 'DATES', from, ...(through ? { through } : {}) };
  }
  const en = EN_FROM.exec(t) ?? EN_TWO_DAYS.exec(t);
  if (en) {
    const from = enMonthDay(en.slice(1, 6));
    const through = enMonthDay(en.slice(6, 11));
    if (from) return { kind: 'DATES', from, ...(through ? { through } : {}) };
  }
  // A day alone, once no range was said: that day's spending.
  const one = KO_ONE_DAY.exec(t);
  if (one) {
    const day: MonthDay = { ...(one[1] ? { month: Number(one[1]) } : {}), day: Number(one[2]) };
    return { kind: 'DATES', from: day, through: day };
  }
  const enOne = EN_ONE_DAY.exec(t);
  const day = enOne && enMonthDay(enOne.slice(1, 6));
  if (day) return { kind: 'DATES', from: day, through: day };
  const ko2 = KO_N_DAYS.exec(t);
  if (ko2) {
    const [, d1, d2, w, d3] = ko2;
    const n = (d1 ?? d2 ?? d3) ? smallNumber(d1 ?? d2 ?? d3!) : w ? smallNumber(w)! * 7 : 7;
    if (n && n > 0) return { kind: 'LAST_N_DAYS', days: Math.min(MAX_DAYS, n) };
  }
  const en2 = EN_N_DAYS.exec(t);
  if (en2) {
    const n = en2[1] ? smallNumber(en2[1]) : null;
    const days = en2[3] ? 7 : en2[4] ? 14 : n && n > 0 ? (en2[2].startsWith('week') ? n * 7 : n) : null;
    if (days) return { kind: 'LAST_N_DAYS', days: Math.min(MAX_DAYS, days) };
  }
  return undefined;
}

/** "추석 전주", "설 연휴 직전 일주일" (group 1) / "추석 다음 주", "chuseok 지나고 일주일", "the week after chuseok". */
const HOLIDAY_WEEK =
  /(?:추석|한가위|설날?|구정)\s*(?:연휴\s*)?(?:(?:바로\s*)?(전\s*주|직전\s*(?:주|일주일)|(?:전|앞)\s*(?:일주일|한\s*주))|(?:다음\s*주|직후\s*(?:주|일주일)?|(?:끝나고|지나고|후|뒤|이후)\s*(?:일주일|한\s*주)))|\b(?:the\s)?week (?:(before|leading up to)|after) (?:the\s)?(?:chuseok|lunar new year|seollal)/;

/** The day or calendar week n back, as a period; yesterday and last week by their own kinds. */
const KO_DAY_BEFORE = /(?<![가-힣])(?:그저께|그제(?!서)|엊그제|엊그저께)|\bthe day before yesterday\b/;
const KO_WEEK_BEFORE =
  /(?:지지난|저저번|전전)\s*주(?=$|\s|에|엔|는|의|동안|간|[?？.!,])|\bthe week before last\b/;
/** "3일 전에", "2주 전", "일주일 전", "2주 전부터" (since: group 4), "two weeks ago", "since 3 days ago". */
const KO_AGO = new RegExp(
  String.raw`(?<![\d월])(?:${N}\s*(일|주)\s*(?:일\s*)?|(일주일|한\s*주)\s*)전(부터|이후|까지)?(?![가-힣]?(?:기|세))`,
);
const EN_AGO = new RegExp(String.raw`\b(since\s)?(?:(a)|${N})\s(days?|weeks?)\sago\b`);

function daysOrWeeksAgo(t: string): PeriodSlot | undefined {
  let unit: 'DAY' | 'WEEK';
  let n: number | null;
  let since = false;
  const ko = KO_AGO.exec(t);
  const en = EN_AGO.exec(t);
  if (KO_DAY_BEFORE.test(t)) [unit, n] = ['DAY', 2];
  else if (KO_WEEK_BEFORE.test(t)) [unit, n] = ['WEEK', 2];
  else if (ko) {
    // "2주 전까지" is no span of its own.
    if (ko[4] === '까지') return undefined;
    [unit, n, since] = [
      ko[3] || ko[2] === '주' ? 'WEEK' : 'DAY',
      ko[3] ? 1 : smallNumber(ko[1]),
      ko[4] === '부터' || ko[4] === '이후',
    ];
  } else if (en) {
    [unit, n, since] = [en[4].startsWith('week') ? 'WEEK' : 'DAY', en[2] ? 1 : smallNumber(en[3]), !!en[1]];
  } else return undefined;
  if (!n || n <= 0 || n > (unit === 'WEEK' ? 104 : MAX_DAYS)) return undefined;
  // "2주 전부터", "since 3 days ago": those days up to today.
  if (since) return { kind: 'LAST_N_DAYS', days: Math.min(MAX_DAYS, unit === 'WEEK' ? 7 * n : n + 1) };
  if (n === 1) return { kind: unit === 'WEEK' ? 'LAST_WEEK' : 'YESTERDAY' };
  return { kind: 'DATES', from: { day: 1 }, ago: { unit, n } };
}

/** "10월 첫 10일", "이번 달 마지막 2주", "지난달 마지막 열흘" — a month said, then its first or last days. */
const KO_EDGE_DAYS = new RegExp(
  String.raw`${KO_MONTH_SAID}\s*(?:의\s*)?(첫|처음|마지막|끝)\s*(?:${N}\s*(일|주)|(열흘|일주일|보름))(?!\s*(?:째|차))`,
);
const EN_EDGE_DAYS = new RegExp(
  String.raw`\b(?:the\s)?(first|last)\s${N}\s(days?|weeks?)\s(?:of|in)\s(?:the month\b|${EN_MONTH_SAID})`,
);

/** The first or last n days of a month as DATES (the last ones counted back from the month's end on the turn). */
function edgeDays(t: string): PeriodSlot | undefined {
  const ko = KO_EDGE_DAYS.exec(t);
  const en = ko ? null : EN_EDGE_DAYS.exec(t);
  const m = ko ? monthSaid(ko[1]) : en ? monthSaid(en[4]) : undefined;
  if (!m || (!ko && !en)) return undefined;
  const first = ko ? /첫|처음/.test(ko[2]) : en![1] === 'first';
  const word = ko?.[5];
  const n = word
    ? { 열흘: 10, 일주일: 7, 보름: 15 }[word]!
    : (smallNumber(ko ? ko[3] : en![2]) ?? 0) * (/주|week/.test(ko ? ko[4] : en![3]) ? 7 : 1);
  if (!n || n <= 0 || n > 31) return undefined;
  return first
    ? { kind: 'DATES', from: { ...m, day: 1 }, through: { ...m, day: n } }
    : { kind: 'DATES', from: { ...m, day: 1 }, through: { ...m, day: 31 }, tailDays: n };
}

const EN_MONTH_INDEX = (name: string) => EN_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`).test(name)) + 1;

/**
 * An amount of spending asked as yes or no ("이번 달 배달음식 10만원 넘었어?", "식비 50만원 초과했나요?", "did i spend
 * more than 500k on shopping last month?", "am i over 1 million this month?"): slot `spentOver`, the amount.
 */
const SPENT_OVER =
  /\d\s?(?:만|천|백|억)?\s?원?\s?(?:을|를|이|가|은|는)?\s?(?:넘었|넘겼|넘어|넘나|넘은|넘는지|넘었는지|초과(?:했|됐|한|인|야)|이상\s?(?:썼|쓴|나왔|나갔))|\b(?:did|have|has|am|was|is|are|do)\b[^?.!]{0,40}\b(?:more than|over|above|exceed(?:ed)?|past)\s(?:₩|krw\s?)?\d/i;

/**
 * A comparison with the period before asked as yes or no ("지난달보다 더 썼어?", "저번달보다 덜 썼나?", "did i spend more
 * than last month?"): the answer opens with 네 / 아니요, Yes / No. MORE or LESS as asked.
 */
export function extractMoreAsked(text: string): 'MORE' | 'LESS' | undefined {
  if (/얼마|몇|어디|뭐|무엇|어느|언제|왜|\bhow\b|\bwhich\b|\bwhat\b|\bwhere\b|\bwhy\b/i.test(text))
    return undefined;
  const ko =
    /보다[^.?!]{0,12}(?:더|덜|많이|적게)\s?(?:많이\s?|적게\s?)?(?:썼|쓴|쓰|쓸|나갔|나왔)\S{0,5}\s?[?？]?\s*$|보다[^.?!]{0,12}(?:늘었|줄었|많아|적어|많나|적나|많았|적었)\S{0,4}\s?[?？]?\s*$/.exec(
      text,
    );
  if (ko) return /덜|적게|줄었|적어|적나|적었/.test(ko[0]) ? 'LESS' : 'MORE';
  const en =
    /^\s*(?:so\s)?(?:did|have|do|am|was|is)\b[^?.!]*\b(more|less|fewer)\b[^?.!]*\bthan\b[^?.!]*\b(?:last|previous|the (?:month|week|year) before|before)\b/i.exec(
      text,
    );
  if (en) return /more/i.test(en[1]) ? 'MORE' : 'LESS';
  return undefined;
}

/** The most days each month can have (February 29 in a leap year). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date that does not exist, as said ("지난달 32일", "2월 30일", "13월", "oct 32", "the 31st of june"): the day
 * patterns are digit-anchored, so "32일" is not read as day 2 — the question is answered that there is no such date
 * (slot `noSuchDate`) rather than with another one's figures.
 */
export function extractNoSuchDate(text: string): string | undefined {
  const t = text.toLowerCase();
  const bad = (month: number | undefined, day: number | undefined) =>
    (month !== undefined && (month < 1 || month > 12)) ||
    (day !== undefined && (day < 1 || day > (month && month <= 12 ? MONTH_DAYS[month - 1] : 31)));
  const ko = /(?<![\d.])(\d{1,2})\s*월\s*(\d{1,3})\s*일/.exec(t);
  if (ko) return bad(Number(ko[1]), Number(ko[2])) ? `${Number(ko[1])}월 ${Number(ko[2])}일` : undefined;
  const koDay =
    /(?:(?:지난|저번|이번|다음|담)\s*달|이달)\s*(\d{1,3})\s*일/.exec(t) ??
    /(?<![\d.월]\s?)(\d{1,3})\s*일\s*(?:부터|에(?![가-힣]|\s?한\s?번)|날|이후|~)/.exec(t);
  if (koDay && bad(undefined, Number(koDay[1]))) return `${Number(koDay[1])}일`;
  // "13월의 월급" is the year-end tax refund, not a month.
  const koMonth = /(?<![\d.])(\d{2})\s*월(?!\s?(?:급|요일|세|말일|의\s?(?:월급|보너스)))/.exec(t);
  if (koMonth && bad(Number(koMonth[1]), undefined)) return `${Number(koMonth[1])}월`;
  const en =
    new RegExp(String.raw`\b(${EN_MONTH_ALT})\.?\s(\d{1,3})(?:st|nd|rd|th)?\b`).exec(t) ??
    new RegExp(String.raw`\b(?:the\s)?(\d{1,3})(?:st|nd|rd|th)?\s(?:of\s)?(${EN_MONTH_ALT})\b`).exec(t);
  if (en) {
    const [month, day] = /^\d/.test(en[1])
      ? [EN_MONTH_INDEX(en[2]), Number(en[1])]
      : [EN_MONTH_INDEX(en[1]), Number(en[2])];
    if (bad(month, day)) return en[0].trim();
  }
  const enDay = /\bthe\s(\d{1,3})(?:st|nd|rd|th)\b/.exec(t);
  return enDay && bad(undefined, Number(enDay[1])) ? enDay[0] : undefined;
}

/**
 * A day the message names, as said (resolved against the turn's date by resolveDay): "12월 31일", "Dec 31" / "31st
 * of December", "30일에", "이번 달 말" / "월말", "다음 달 말" / "end of next month", "연말", "내일", "모레", "다음 주",
 * "10일 뒤", "2주 후", "in 10 days", "in two weeks", "tomorrow", "next week", a day of the week ("이번 주 금요일",
 * "next Monday"); none without a day.
 */
export function extractDay(text: string): DaySlot | undefined {
  const t = text.toLowerCase();
  const date = /(?<![\d.])(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월\s?(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)\s?일/.exec(
    t,
  );
  if (date) return { kind: 'DATE', month: Number(date[1]), day: Number(date[2]) };
  const en =
    new RegExp(
      String.raw`\b(${EN_MONTHS.join('|')})\.?\s(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b`,
    ).exec(t) ??
    new RegExp(
      String.raw`\b(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\s(?:of\s)?(${EN_MONTHS.join('|')})\b`,
    ).exec(t);
  if (en) {
    const [month, day] = /\d/.test(en[1])
      ? [EN_MONTH_INDEX(en[2]), Number(en[1])]
      : [EN_MONTH_INDEX(en[1]), Number(en[2])];
    if (month > 0) return { kind: 'DATE', month, day };
  }
  // "다음 달 17일", "the 17th of next month".
  const nextMonthDay =
    /(?:다음|담)\s?달\s?(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)\s?일/.exec(t) ??
    /\bthe (?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)? of next month\b/.exec(t) ??
    /\bnext month on the (?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b/.exec(t);
  if (nextMonthDay) return { kind: 'NEXT_MONTH_DAY', day: Number(nextMonthDay[1]) };
  if (/연말|올해\s?말|\bend of (?:the|this) year\b|\byear[- ]end\b/.test(t))
    return { kind: 'DATE', month: 12, day: 31 };
  if (/다다음\s?달\s?(?:말|마지막)|\bend of the month after next\b/.test(t))
    return { kind: 'MONTH_END', monthsAhead: 2 };
  if (/(?:다음|담)\s?달\s?(?:말|마지막)|\bend of next month\b/.test(t))
    return { kind: 'MONTH_END', monthsAhead: 1 };
  // "12월 말에", "내년 3월 말이면", "end of march": that month's last day (a date: this year's, next year's once past).
  const monthEnd =
    /(?<![\d.])(?<!\d)(1[0-2]|0?[1-9])(?!\d)\s?월\s?(?:말일?|마지막\s?날)(?!\s?(?:까지|부터))/.exec(t) ??
    new RegExp(String.raw`\b(?:the )?end of (${EN_MONTHS.join('|')})\b`).exec(t);
  if (monthEnd) {
    const month = /\d/.test(monthEnd[1]) ? Number(monthEnd[1]) : EN_MONTH_INDEX(monthEnd[1]);
    if (month > 0) return { kind: 'DATE', month, day: 31 };
  }
  if (/(?:이번|이)\s?달\s?(?:말|마지막)|월말|\bend of (?:the|this) month\b|\bmonth[- ]end\b/.test(t))
    return { kind: 'MONTH_END', monthsAhead: 0 };
  const ahead = new RegExp(
    String.raw`${N}\s?(일|주|weeks?|days?)\s?(?:뒤|후|있다가|later)|\bin\s${N}\s(weeks?|days?)\b`,
  ).exec(t);
  if (ahead) {
    const n = smallNumber(ahead[1] ?? ahead[3]);
    const unit = ahead[2] ?? ahead[4];
    if (n && n > 0 && n <= 366) return { kind: 'DAYS_AHEAD', days: /주|week/.test(unit) ? n * 7 : n };
  }
  const monthsAhead = new RegExp(
    String.raw`${N}\s?(?:개월|달)\s?(?:뒤|후|있다가)|\bin\s${N}\smonths?\b|\b${N}\smonths? from now\b`,
  ).exec(t);
  if (monthsAhead) {
    const n = smallNumber(monthsAhead[1] ?? monthsAhead[2] ?? monthsAhead[3]);
    if (n && n > 0 && n <= 120) return { kind: 'MONTHS_AHEAD', months: n };
  }
  const weekday = extractWeekday(t);
  if (weekday) return weekday;
  if (/모레|\bday after tomorrow\b/.test(t)) return { kind: 'DAYS_AHEAD', days: 2 };
  if (/내일|\btomorrow\b/.test(t)) return { kind: 'DAYS_AHEAD', days: 1 };
  if (/다음\s?주|\bnext week\b/.test(t)) return { kind: 'DAYS_AHEAD', days: 7 };
  const day =
    /(?<![\d.월])(?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)\s?일\s?(?:에|날|까지|이\s|이$|이(?=[?？]))/.exec(t) ??
    /\b(?:on )?the (?<!\d)(3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)\b(?!\s(?:instal|payment|repayment|loan|month))/.exec(
      t,
    );
  if (day) return { kind: 'DAY_OF_MONTH', day: Number(day[1]) };
  return undefined;
}

const KO_WEEKDAYS = ['월', '화', '수', '목', '금', '토', '일'];
const EN_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']; // the first three letters of each

/**
 * A day of the week (lower-cased text): "이번 주 금요일", "이번주 금욜", "다음 주 월요일", "금요일에", "this Friday",
 * "next Monday", "on Friday"; none for "매주 금요일" (every week) or a weekday beside a calendar date.
 */
function extractWeekday(t: string): DaySlot | undefined {
  const ko = /(?:(이번|금|다음|담)\s?주\s?)?([월화수목금토일])(?:요일|욜)/.exec(t);
  if (ko && !/매\s?주\s?$/.test(t.slice(0, ko.index))) {
    const weekday = KO_WEEKDAYS.indexOf(ko[2]) + 1;
    const weeksAhead = ko[1] === undefined ? undefined : /다음|담/.test(ko[1]) ? 1 : 0;
    return { kind: 'WEEKDAY', weekday, ...(weeksAhead === undefined ? {} : { weeksAhead }) };
  }
  const en =
    /\b(?:(this|next|coming|this coming)\s)?(monday|tuesday|tues|wednesday|thursday|thurs|friday|saturday|sunday)\b/.exec(
      t,
    );
  if (en && !/\bevery\s$/.test(t.slice(0, en.index))) {
    const weekday = EN_WEEKDAYS.indexOf(en[2].slice(0, 3)) + 1;
    const weeksAhead = en[1] === 'next' ? 1 : en[1] === 'this' ? 0 : undefined;
    return { kind: 'WEEKDAY', weekday, ...(weeksAhead === undefined ? {} : { weeksAhead }) };
  }
  return undefined;
}

/** "지난달" / "last month" besides "지지난달" in the same message. */
const LAST_MONTH_TOO = /(?<![지저])(?:지난|저번)\s?달|\blast month\b(?! but)/i;

/**
 * Two calendar months in a row named together ("6월이랑 7월", "8월하고 9월 비교", "September vs October"): the
 * later one (1–12), which a comparison sets against the month before it; none for one month or months apart.
 */
/**
 * Where the difference is greatest ("어디서 제일 차이나요?", "뭐가 제일 달라요?", "where's the biggest difference?"): with
 * the comparison with similar customers (peers), the measures furthest from the group's middle.
 */
/**
 * QA round 22 (verdict). "저 과소비하는 거예요?", "나 돈 너무 많이 써?", "과소비인가요", "내 지출 정상인가요?", "am i
 * spending too much?", "im worried im overspending. am i?", "is my spending normal?": whether they spend too much —
 * a yes/no verdict from their own figures. Not "또래보다 많이 써요?" (the comparison itself), nor a category's or a
 * named shop's share ("식비 너무 많이 써요?" keeps its category through the category slot).
 */
export const SPEND_VERDICT =
  /과소비|(?:돈|카드)\S{0,2}\s?너무\s?많이\s?(?:써(?!서)|쓰나|쓰는|쓴|쓰고|쓰죠|쓰지|씀)|(?:^|\s)(?:나|저|제가|내가)?\s?너무\s?많이\s?(?:써요|쓰나요?|쓰는\s?(?:거|건|편)|쓰고\s?있|쓰죠|쓰지)|(?:지출|소비|씀씀이|카드\s?(?:사용|값))\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:정상|적당|괜찮|보통|많은\s?편|너무\s?많|과한|과해)|\bover\s?-?spend(?:ing|er)?\b|\b(?:am i|do i|are we|i(?:'?m| am)) (?:spending|spend) (?:too much|way too much|a lot|more than i should)\b|\bspend(?:ing)? too much\b|\bi (?:have |just |really )?(?:spent|spend) (?:way |far |so )?too much\b|\bi overspent\b|\bis my (?:spending|card spending|credit card use) (?:normal|average|typical|reasonable|ok(?:ay)?|too high|healthy|out of control)\b|\bdo i spend (?:a )?(?:normal|typical|an average|a reasonable) amount\b/i;

/**
 * QA round 22 (verdict). "최소결제하면 얼마에요?", "최소금액만 내면요?", "how much if i only pay the minimum?": the
 * minimum's amount is asked, not the bill it is a part of.
 */
export const MINIMUM_IF_PAID =
  /^(?=[\s\S]*(?:최소\s?(?:결제|납부|금액|청구)|\bminimum\b))(?=[\s\S]*(?:하면|내면|낸다면|한다면|만\s?(?:내|결제|갚)|\bif i (?:only |just )?(?:pay|paid|make)\b|\bpaying (?:only |just )?the minimum\b))/i;

export const PEER_GAP =
  /(?:어디|어느\s?부분|뭐|무엇|어떤\s?(?:점|부분|거))\S{0,3}\s?(?:에서\s?|서\s?|가\s?)?(?:제일|가장|젤|많이)?\s?(?:차이|달라|다른|다르)|\b(?:where|what|in what way)(?:'s| is| are| do i| am i)? (?:the )?(?:biggest |main |largest )?(?:differen|gap|stand out)|\bhow (?:am i|do i) differ/i;

/** Flights counted in ("항공권 포함", "비행기표까지", "incl flights", "with the airfare"): a trip's total with them. */
export const WITH_FLIGHTS =
  /(?:항공권|항공료|비행기\s?(?:표|값|티켓)?|항공\s?(?:요금|티켓))\S{0,2}\s?(?:포함|까지|도|이랑|하고|합치|합쳐|더하)|(?:포함|합쳐서?)\s?(?:항공권|항공료|비행기)|\b(?:incl(?:uding|\.)?|with|plus|and|counting) (?:the |my )?(?:flights?|airfares?|plane tickets?|air ?tickets?)\b/i;

/** The company charging changing: "왜 매달 회사가 달라요?", "통신사가 자꾸 바뀌어", "a different company every month". */
export const MERCHANT_SWITCH =
  /(?:회사|통신사|업체|가맹점|상호|가게|결제처)\S{0,2}\s?(?:가\s?|이\s?|는\s?|은\s?)?(?:왜\s?)?(?:매달|매번|자꾸|계속|달마다|다)?\s?(?:달라|다르|다른|바뀌|바껴|바뀐)|\b(?:a )?different (?:company|companies|carrier|carriers|merchant|merchants|provider|providers|name|names)\b|\b(?:company|carrier|provider|merchant)s? (?:keeps? |is )?chang/i;

/** The quarters a message names, in order ("3분기랑 2분기" → [3, 2], "Q2 vs Q3" → [2, 3]). */
export function quartersNamed(text: string): number[] {
  return [...text.matchAll(new RegExp(NAMED_QUARTER.source, 'gi'))].map(
    (q) => Number(q[1] ?? q[2]) || QUARTER_WORDS[q[3]?.toLowerCase() ?? ''],
  );
}

/** The period of one quarter this year, as days ("2025년 3분기": that year's). */
function quarterDays(n: number, text: string): PeriodSlot {
  const said = /\b(20\d\d)\b|(20\d\d)\s?년/.exec(text);
  const year = said ? { year: Number(said[1] ?? said[2]) } : {};
  return {
    kind: 'DATES',
    from: { ...year, month: n * 3 - 2, day: 1 },
    through: { ...year, month: n * 3, day: LAST_DAY_OF_QUARTER[n - 1] },
  };
}

/** Two months set against each other, not added up: "sept vs oct", "9월 대비 10월", "compared", "차이". */
const MONTHS_SET_AGAINST = /\bvs\.?(?=\s|$)|\bversus\b|\bcompared?\b|\bdifference\b|비교|대비|차이/i;

export function monthPair(text: string): number | undefined {
  const ko = [...text.matchAll(new RegExp(KO_MONTH.source, 'g'))].map((m) =>
    m[1] ? Number(m[1]) : m[2] === '시' ? 10 : 6,
  );
  const en = [...text.toLowerCase().matchAll(new RegExp(String.raw`\b(${EN_MONTHS.join('|')})\b`, 'g'))]
    .map((m) => EN_MONTHS.findIndex((x) => new RegExp(`^(?:${x})$`).test(m[1])) + 1)
    .filter((m) => m > 0 && m !== 5); // "may" is a verb far more often than the month
  const months = ko.length >= 2 ? ko : en;
  if (months.length !== 2) return undefined;
  const [a, b] = months;
  if (b === (a % 12) + 1) return b;
  if (a === (b % 12) + 1) return a;
  return undefined;
}

/**
 * The one month a forecast question names, counted from this month: "이번 달" / "this month" → 0, "다음 달" / "next
 * month" → 1, "다다음 달" → 2.
 */
export function extractMonthAhead(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/다다음\s*달|month after next/.test(t)) return 2;
  if (/(?:다음|담)\s*달|\bnext month\b/.test(t)) return 1;
  // "이번 달 지출 얼마나 될까?": this month, whose days so far are known — not a span starting now ("이번 달부터 3개월").
  if (
    /(?:이번|이)\s?달|금월|월말|\bthis month\b|\bend of the month\b/.test(t) &&
    extractMonths(text) === undefined
  )
    return 0;
  return undefined;
}

/** A number of months: "6개월", "석 달", "next 3 months", "1년" → 12, "반년" → 6. */
export function extractMonths(text: string): number | undefined {
  const t = text.toLowerCase();
  // "한 달에 얼마" is a rate, not a span: skipped for the span after it ("1년 안에 … 한 달에").
  for (const m of t.matchAll(new RegExp(String.raw`${N}\s*(?:개월|달|months?)(\s*에(?!서))?`, 'g'))) {
    if (m[2]) continue;
    return smallNumber(m[1]) ?? undefined;
  }
  const y = new RegExp(String.raw`${N}\s*(?:년|years?)`).exec(t);
  if (y) {
    const n = smallNumber(y[1]);
    if (n) return n * 12;
  }
  if (/반\s*년|half a year|six months/.test(t)) return 6;
  if (/\b(?:in|over|for|within) (?:a|one) year\b/.test(t)) return 12;
  if (/next year|내년/.test(t) && !/내년\s*\d/.test(t)) return 12;
  return undefined;
}

/** A loan term in months: "30년" → 360, "5 years" → 60, "30-year" → 360, "36개월" → 36. */
export function extractTermMonths(text: string): number | undefined {
  const t = text.toLowerCase();
  // A term is at most two digits of years ("2028년", "9999년" are calendar years, not terms).
  const y = /(?<![\d.])(\d{1,2})\s*(?:년|-?\s*years?|yrs?)(?!\s*(?:차|째|후|뒤|전|ago|later))/.exec(t);
  if (y) return Number(y[1]) * 12;
  const m = /(?<![\d.])(\d{1,3})\s*(?:개월|months?)/.exec(t);
  if (m) return Number(m[1]);
  return undefined;
}

/** How many instalments or items: "다음 3회", "3회차", "next 6 payments", "최근 5건", "6개월치". */
export function extractCount(text: string): number | undefined {
  const t = text.toLowerCase();
  const m = new RegExp(
    String.raw`${N}\s*(?:회차|회분|회|번|건|개월치|개월|달치|달|payments?|instal?lments?|transactions?|charges?|purchases?|months?)`,
  ).exec(t);
  // "my march 2028 payment": a year, not a count.
  if (m && !/^(?:19|20)\d\d$/.test(m[1])) return smallNumber(m[1]) ?? undefined;
  if (/1년치|일년치|1\s*년|a year|12 months|next year/.test(t)) return 12;
  return undefined;
}

// ---------------------------------------------------------------- categories

const CATEGORY_RULES: [CategorySlot, RegExp][] = [
  [
    'UTILITIES',
    /공과금|관리비|전기\s?(?:세|요금|료)|가스\s?(?:비|요금)|수도\s?(?:세|요금)|utilit|electric|gas bill|water bill|maintenance fee/i,
  ],
  [
    'ONLINE_SHOPPING',
    /온라인\s?(?:쇼핑|몰)|인터넷\s?쇼핑|쿠팡|직구|11번가|g마켓|컬리|online shopping|coupang|amazon/i,
  ],
  [
    'FOOD',
    /식비|외식|밥값|밥|커피|카페|배달|음식|식당|점심|저녁|술값|치킨|먹는\s?(?:데|거|것)|먹은\s?(?:거|것|데)|food|dining|eating out|\b(?:eat|ate|eaten) out\b|takeout|take-out|restaurant|coffee|caf[eé]|delivery|meals?|lunch/i,
  ],
  ['GROCERY', /마트|편의점|장보|장 본|식료품|grocer|supermarket|convenience store|mart\b/i],
  ['TRANSPORT', /교통|택시|지하철|버스|기차|ktx|transport|taxi|subway|metro|bus\b|commut|train/i],
  ['FUEL', /주유|기름값|기름|휘발유|fuel|petrol|gas station|gasoline/i],
  ['SHOPPING', /쇼핑|옷|의류|백화점|shopping|clothes|clothing|department store/i],
  ['MEDICAL', /병원|약국|의료|진료|치과|medical|hospital|pharmacy|doctor|dentist|health ?care/i],
  ['EDUCATION', /학원|교육|과외|학비|education|academy|tuition|hagwon|school fees/i],
  ['TRAVEL', /여행|숙박|호텔|항공|비행기|travel|hotel|flights?|accommodation|trips?\b|vacation/i],
  ['LEISURE', /영화|공연|여가|취미|문화생활|놀이|게임|movies?|cinema|concerts?|leisure|entertainment|hobb/i],
  [
    'TELECOM',
    /통신비|통신|휴대폰|핸드폰|폰\s?(?:요금|값|비)|telecom|phone bill|mobile bill|cell ?phone|\b(?:pay|paying|spend|spending) (?:for|on) (?:my |the )?(?:phone|mobile)\b|\b(?:my |the )?phone (?:plan|contract|company)\b/i,
  ],
  ['INSURANCE', /보험|insurance/i],
];

/** A cap said ("20만원으로 줄이면", "월 20만원으로 낮추면", "cut food to 200k"): the category's month brought down to it. */
const CUT_TO =
  /(?:으로|로)\s?(?:줄이|줄여|줄인|낮추|낮춰|낮춘|맞추|맞춰|맞춘)|\b(?:cut|cutting|reduce|reducing|lower|lowering|trim|trimming|bring|brought|get|keep|limit|cap)\b[^.?!]{0,30}\b(?:to|at)\s(?:about\s|around\s|just\s)?(?:₩|krw\s?|w\s?)?\d/i;
/** A cut by an amount ("10만원 줄이면", "10만원씩 아끼면", "cut food by 100k", "spend 100k less on food"). */
const CUT_BY =
  /\d\S{0,4}\s?(?:씩\s?)?(?:만\s?|더\s?)?(?:줄이|줄여|줄인|아끼|아껴|아낀|절약|덜\s?쓰|덜\s?쓴)|\b(?:cut|cutting|reduce|reducing|lower|trim|save|saving)\b[^.?!]{0,30}\bby\s(?:about\s)?(?:₩|krw\s?)?\d|\b(?:spend|spent|spending)\s(?:₩|krw\s?)?\d[^.?!]{0,12}\bless\b|\b(?:cut|cutting|save|saving|trim)\s(?:₩|krw\s?)?\d[^.?!]{0,20}\b(?:from|off|on)\b/i;
/** A cut with no amount: "외식 줄이면", "배달 끊으면", "what if i cut eating out", "if i stopped ordering delivery". */
const CUT_ALONE =
  /(?:줄이|줄인|끊으|끊는|끊었|안\s?(?:먹으|시키|시켜|사면|하면)|덜\s?(?:쓰|먹|시키))\S{0,2}\s?(?:면|다면)|\bif i (?:cut|cutting|reduced?|stop(?:ped)?|quit|skip(?:ped)?|drop(?:ped)?|trim(?:med)?|cut back on|cut down on|spent less on|gave up)\b|\b(?:cutting|reducing|dropping|skipping) (?:back on |down on )?(?:my |the )?[a-z ]{3,20}\b[^.?!]{0,12}\b(?:how much|save)/i;

/** The what-if of it: "줄이면", "줄인다면", "if i cut", "what if", "how much do i save". */
const CUT_IF =
  /(?:이|여|추|춰|맞추|끼|껴|약하|쓰)\s?(?:면|다면)|\bif\b|\bhow much (?:would|do|will|can|could) i save\b|얼마\s?(?:나\s?)?(?:아껴|아낄|절약|모여|모을|남아)/i;

/**
 * A category's spending cut to or by an amount, with what it saves asked ("식비 20만원으로 줄이면 얼마 아껴?", "외식비
 * 10만원 줄이면 1년에 얼마 모여?", "if i cut food to 200k won a month how much do i save?"); undefined without a spending
 * category, an amount or the what-if.
 */
export function extractCategoryCut(text: string): CounselSlots['categoryCut'] | undefined {
  if (!extractCategory(text) || !CUT_IF.test(text)) return undefined;
  const to = CUT_TO.test(text);
  const amount = extractAmount(text);
  // QA round 21 (spend21). "what if i cut eating out", "외식 줄이면요?": no amount said — halved (the answer says so and
  // asks for an amount).
  // "배달 끊으면", "if i stopped eating out": all of it (to 0).
  if (!amount && CUT_ALONE.test(text))
    return /끊|안\s?(?:먹|시키|시켜|사|하)|\b(?:stop(?:ped)?|quit|skip(?:ped)?|drop(?:ped)?|gave up|give up)\b/i.test(
      text,
    )
      ? { amount: '0', to: true }
      : { amount: '0', to: true, half: true };
  if (!to && !CUT_BY.test(text)) return undefined;
  if (!amount) return undefined;
  // "식비", "food": the word covers the shops' food too ("외식", "eating out", a restaurant or delivery does not).
  const groceries =
    extractCategory(text) === 'FOOD' &&
    /식비|밥값|\bfood\b/i.test(text) &&
    !/외식|배달|식당|카페|커피|eating out|dining|restaurant|delivery|takeout|coffee/i.test(text);
  return { amount, to, ...(groceries ? { groceries: true } : {}) };
}

/**
 * QA round 26. A cut by or to an amount said with no category of its own ("how can i cut it by 100k", "10만원
 * 줄이려면?"): for a follow-up on one category's spending, which names the category.
 */
export function extractCutOnly(text: string): { amount: string; to: boolean } | undefined {
  const amount = extractAmount(text);
  if (!amount) return undefined;
  const to = CUT_TO.test(text);
  return to || CUT_BY.test(text) ? { amount, to } : undefined;
}

/**
 * QA round 26. The whole loan repaid before maturity, asked of after the loan's facts ("can i pay it off earlier?",
 * "더 빨리 갚을 수 있어요?" after the maturity): the payoff today.
 */
export const PAY_OFF_EARLY =
  /\b(?:can|could) i (?:make|get) (?:it|that|this) (?:go )?(?:faster|sooner|quicker|earlier)\b|(?:더\s?)?(?:빨리|일찍)\s?(?:끝낼|끝내|당길|당겨)|\b(?:can|could|may) i\b[^.?!]{0,12}\bpay (?:it|this|that|the (?:whole )?(?:loan|thing|balance|mortgage)|my (?:whole )?(?:loan|mortgage)|everything) off (?:early|earlier|sooner|faster|ahead of time|before (?:it matures|maturity|the end))\b|(?:더\s?)?(?:빨리|일찍)\s?(?:다\s?|전부\s?)?(?:갚을\s?수|상환할\s?수|갚아도|끝낼\s?수)/i;

/**
 * QA round 26. The next instalment paid before its due date: "오늘 미리 내도 돼요?", "납입 미리 해도 되나요", "can i pay it
 * today instead?", "can i pay my next payment early?" — not a prepayment of principal (an amount, "원금", "중도상환").
 */
export const PAY_EARLY =
  /(?:미리|오늘|일찍|당겨서)\s?(?:내도|내면|납부해도|납입해도|낼\s?수|납부할\s?수|납입할\s?수|갚아도)|(?:납입|납부)\S{0,2}\s?(?:을\s?|를\s?)?(?:미리|일찍|먼저)\s?(?:해도|하면|할\s?수|내도)|\bpay (?:it|this|that|the (?:next )?(?:payment|instal?ment)|my next (?:payment|instal?ment)) (?:today|now|early|earlier|ahead of time|before (?:the|its) due date)(?: instead)?\b/i;

/** The spending category the customer names ("식비", "교통비", "groceries"). */
export function extractCategory(text: string): CategorySlot | undefined {
  for (const [cat, re] of CATEGORY_RULES) if (re.test(text)) return cat;
  return undefined;
}

/**
 * Which of three shops or categories took most is asked ("어디서 제일 많이", "뭐가 더 많아", "which most"); otherwise
 * three or more are summed first.
 */
const MOST_ASKED = /어디|어느|뭐가|제일|가장|젤|더\s?많|\bwhich\b|\bmost\b|\bmore\b/i;

/** Two things set side by side or added up: "A랑 B", "A vs B", "A or B", "A and B combined", "A, B". */
const PAIRED =
  /이랑|랑|하고|(?<=[가-힣])(?:와|과)\s|vs\.?|versus|\bor\b|\band\b|대비|비교|합치|합쳐|합하|더하|보다|,|\+|\bcompared\b|\bthan\b/i;

/**
 * The other categories named beside the first ("식비랑 쇼핑", "food vs shopping", "식비랑 쇼핑이랑 교통비"), each with where
 * it was named; none without a word pairing them.
 */
function otherCategories(text: string, first: CategorySlot): { category: CategorySlot; at: number }[] {
  if (!PAIRED.test(text)) return [];
  const found: { category: CategorySlot; at: number }[] = [];
  const blank = (rule: RegExp, from: string) =>
    from.replace(new RegExp(rule.source, `${rule.flags.replace('g', '')}g`), (m) => ' '.repeat(m.length));
  let rest = blank(CATEGORY_RULES.find(([c]) => c === first)![1], text);
  for (;;) {
    const next = CATEGORY_RULES.find(
      ([cat, re]) => cat !== first && !found.some((f) => f.category === cat) && re.test(rest),
    );
    if (!next) return found;
    found.push({ category: next[0], at: rest.search(next[1]) });
    rest = blank(next[1], rest);
  }
}

// ---------------------------------------------------------------- loans

const LOAN_KIND_RULES: [LoanKindSlot, RegExp][] = [
  ['JEONSE', /전세|jeonse|key[- ]?money|lease deposit loan/i],
  ['CARD_LOAN', /카드\s?론|카드\s?대출|card\s?loan/i],
  ['OVERDRAFT', /마통|마이너스\s?통장|마이너스\s?대출|overdraft|minus account|line of credit/i],
  [
    'MORTGAGE',
    // …or the purchase it pays for ("집 사려는데 대출 얼마 나와요?", "to buy a flat").
    /주담대|주택\s?담보|아파트\s?(?:담보\s?)?대출|집\s?담보|담보\s?대출|모기지|mortgage|home\s?loan|housing loan|(?:집|아파트|주택)\s?(?:을|를)?\s?(?:사려|살\s?때|사면|사기\s?전|사고\s?싶|구입|구매|매수|장만|마련)|(?:buy|buying|purchase|purchasing)\s(?:a\s|an\s|my\s|our\s|the\s)?(?:first\s)?(?:house|home|flat|apartment)|for (?:a|an|my|the) (?:house|home|flat|apartment)\b/i,
  ],
  [
    'AUTO',
    /자동차|신차|중고차|차\s?대출|차\s?할부|차량|오토\s?론|오토\s?대출|car\s?loan|auto\s?loan|vehicle loan|car finance|(?:the|my|a|new|used) car\b|(?:^|\s)차\s?(?:를\s?)?(?:사려|살\s?때|사면|사기\s?전|사고\s?싶|살\s?(?:건데|계획|예정)|구입|구매|뽑)/i,
  ],
  ['CREDIT', /신용\s?대출|신대|직장인\s?대출|personal\s?loan|credit\s?loan|unsecured loan/i],
];

/** A loan set aside before the one meant: "전세대출 말고", "not the jeonse (loan)," (QA round 23, mix23). */
const LOAN_ASIDE =
  /(?:대출|전세|주담대|신용|마통|론)\S{0,2}\s?(?:말고|아니고|아니라|대신)|\bnot (?:the |my )?(?:jeonse|mortgage|credit|car|auto|card|personal)(?: deposit)?(?: loan| one)?\s?,?/i;

/** The loan kind the customer names ("주담대" → MORTGAGE, "마통" → OVERDRAFT, "car loan" → AUTO). */
export function extractLoanKind(text: string): LoanKindSlot | undefined {
  // QA round 23 (mix23). "아니 전세대출 말고 신용대출", "not the jeonse, my credit loan": the loan named after the one set
  // aside (was the jeonse loan again).
  const aside = LOAN_ASIDE.exec(text);
  if (aside) {
    const rest = text.slice(aside.index + aside[0].length);
    for (const [kind, re] of LOAN_KIND_RULES) if (re.test(rest)) return kind;
  }
  for (const [kind, re] of LOAN_KIND_RULES) if (re.test(text)) return kind;
  return undefined;
}

/**
 * Lenders of the loans seed (loans/seed/loan-distributions.ts) with the names customers use for them. `key` is
 * the slot value; `names` are the lender names as stored, for the pipeline to match a loan against the slot.
 * More specific entries (신한카드, KB캐피탈) come before their group's bank.
 */
export const LENDERS: readonly { key: string; en: string; names: readonly string[]; alias: RegExp }[] = [
  { key: 'shinhan-card', en: 'Shinhan Card', names: ['신한카드'], alias: /신한\s?카드|shinhan card/i },
  { key: 'samsung-card', en: 'Samsung Card', names: ['삼성카드'], alias: /삼성\s?카드|samsung card/i },
  { key: 'kb-card', en: 'KB Kookmin Card', names: ['KB국민카드'], alias: /(?:kb\s?)?국민\s?카드|kb card/i },
  { key: 'hyundai-card', en: 'Hyundai Card', names: ['현대카드'], alias: /현대\s?카드|hyundai card/i },
  { key: 'lotte-card', en: 'Lotte Card', names: ['롯데카드'], alias: /롯데\s?카드|lotte card/i },
  { key: 'woori-card', en: 'Woori Card', names: ['우리카드'], alias: /우리\s?카드|woori card/i },
  { key: 'hana-card', en: 'Hana Card', names: ['하나카드'], alias: /하나\s?카드|hana card/i },
  { key: 'bc-card', en: 'BC Card', names: ['BC카드'], alias: /bc\s?카드|비씨\s?카드|bc card/i },
  {
    key: 'hyundai-capital',
    en: 'Hyundai Capital',
    names: ['현대캐피탈'],
    alias: /현대\s?캐피탈|hyundai capital/i,
  },
  { key: 'kb-capital', en: 'KB Capital', names: ['KB캐피탈'], alias: /kb\s?캐피탈|kb capital/i },
  { key: 'hana-capital', en: 'Hana Capital', names: ['하나캐피탈'], alias: /하나\s?캐피탈|hana capital/i },
  {
    key: 'shinhan-capital',
    en: 'Shinhan Capital',
    names: ['신한캐피탈'],
    alias: /신한\s?캐피탈|shinhan capital/i,
  },
  {
    key: 'jb-woori-capital',
    en: 'JB Woori Capital',
    names: ['JB우리캐피탈'],
    alias: /jb\s?우리\s?캐피탈|jb woori/i,
  },
  { key: 'lotte-capital', en: 'Lotte Capital', names: ['롯데캐피탈'], alias: /롯데\s?캐피탈|lotte capital/i },
  { key: 'bnk-capital', en: 'BNK Capital', names: ['BNK캐피탈'], alias: /bnk\s?캐피탈|bnk capital/i },
  { key: 'sbi', en: 'SBI Savings Bank', names: ['SBI저축은행'], alias: /sbi/i },
  { key: 'ok-savings', en: 'OK Savings Bank', names: ['OK저축은행'], alias: /ok\s?저축|ok savings/i },
  { key: 'welcome', en: 'Welcome Savings Bank', names: ['웰컴저축은행'], alias: /웰컴|welcome savings/i },
  { key: 'pepper', en: 'Pepper Savings Bank', names: ['페퍼저축은행'], alias: /페퍼|pepper/i },
  {
    key: 'korea-investment',
    en: 'Korea Investment Savings Bank',
    names: ['한국투자저축은행'],
    alias: /한국\s?투자|한투|korea investment/i,
  },
  { key: 'samsung-life', en: 'Samsung Life', names: ['삼성생명'], alias: /삼성\s?생명|samsung life/i },
  { key: 'hanwha-life', en: 'Hanwha Life', names: ['한화생명'], alias: /한화\s?생명|hanwha/i },
  {
    key: 'mg',
    en: 'MG Saemaul Geumgo',
    names: ['새마을금고'],
    alias: /새마을|\bmg\s?(?:금고|bank)|saemaeul/i,
  },
  { key: 'shinhyup', en: 'Shinhyup', names: ['신협'], alias: /신협|shinhyup|credit union/i },
  { key: 'kakao', en: 'KakaoBank', names: ['카카오뱅크'], alias: /카카오|카뱅|kakao/i },
  { key: 'kbank', en: 'K bank', names: ['케이뱅크'], alias: /케이\s?뱅크|케뱅|k\s?bank/i },
  { key: 'toss', en: 'Toss Bank', names: ['토스뱅크'], alias: /토스(?!트)|\btoss\b/i },
  { key: 'kb', en: 'KB Kookmin Bank', names: ['국민은행'], alias: /국민\s?은행|국민|\bkb(?![a-z])|kookmin/i },
  { key: 'shinhan', en: 'Shinhan Bank', names: ['신한은행'], alias: /신한|shinhan/i },
  {
    key: 'hana',
    en: 'Hana Bank',
    names: ['하나은행'],
    alias: /하나\s?은행|하나은행|hana\s?bank|the hana|hana one/i,
  },
  { key: 'woori', en: 'Woori Bank', names: ['우리은행'], alias: /우리\s?은행|woori/i },
  { key: 'nh', en: 'NongHyup', names: ['농협은행', '지역농협'], alias: /농협|\bnh\b|nonghyup/i },
  { key: 'ibk', en: 'IBK Industrial Bank of Korea', names: ['기업은행'], alias: /기업\s?은행|ibk/i },
  { key: 'busan', en: 'Busan Bank', names: ['부산은행'], alias: /부산\s?은행|busan bank|bnk/i },
  {
    key: 'im',
    en: 'iM Bank',
    names: ['iM뱅크'],
    alias: /im\s?뱅크|아이엠\s?뱅크|대구\s?은행|im\s?bank|dgb/i,
  },
];

/**
 * A stored lender name as an English answer says it ("카카오뱅크" → "KakaoBank", "지역농협" → "NongHyup"); a name
 * LENDERS does not know is kept as it is.
 */
export function lenderInEnglish(lenderName: string): string {
  return LENDERS.find((l) => l.names.includes(lenderName))?.en ?? lenderName;
}

/** The lender the customer names ("카카오", "the Kakao one" → "kakao"); a key of LENDERS. */
export function extractLender(text: string): string | undefined {
  return LENDERS.find((l) => l.alias.test(text))?.key;
}

/** Whether a stored lender name is the lender a slot names. */
export function lenderMatches(slotLender: string, lenderName: string): boolean {
  const entry = LENDERS.find((l) => l.key === slotLender);
  if (entry) return entry.names.includes(lenderName) || entry.alias.test(lenderName);
  return lenderName.toLowerCase().includes(slotLender.toLowerCase());
}

/** A loan number in the loans table's format: "L" + 9 digits ("L000000123"). */
export function extractLoanNumber(text: string): string | undefined {
  return /\b(l\d{9})\b/i.exec(text)?.[1].toUpperCase();
}

/** The loan a question is about, by kind, lender and/or number; undefined if the text names none. */
export function extractLoanRef(text: string): LoanRefSlot | undefined {
  const ref: LoanRefSlot = {};
  const kind = extractLoanKind(text);
  const lender = extractLender(text);
  const loanNumber = extractLoanNumber(text);
  if (kind) ref.kind = kind;
  if (lender) ref.lender = lender;
  if (loanNumber) ref.loanNumber = loanNumber;
  return Object.keys(ref).length ? ref : undefined;
}

// ---------------------------------------------------------------- cards

/**
 * Merchants of the spending seed (and a few customers name often) with their aliases; value = seed name, `en` = how
 * an English answer names it.
 */
export const MERCHANTS: readonly {
  name: string;
  en: string;
  category: CategorySlot;
  alias: RegExp;
  /**
   * Other merchants whose names hold this one's (merchant keys: lower case, no spaces): "롯데하이마트" holds "이마트",
   * so an 이마트 filter does not count 하이마트's rows.
   */
  shadows?: readonly string[];
  /**
   * A kind of shop rather than one brand ("커피", "coffee": every café): the merchant keys it also matches. A group is
   * never a brand of its own (brandOf), so merchant rankings keep each café apart.
   */
  group?: readonly string[];
}[] = [
  { name: '스타벅스', en: 'Starbucks', category: 'FOOD', alias: /스타벅스|스벅|starbucks/i },
  { name: '맥도날드', en: "McDonald's", category: 'FOOD', alias: /맥도날드|맥날|mcdonald/i },
  { name: '이디야커피', en: 'Ediya Coffee', category: 'FOOD', alias: /이디야|ediya/i },
  { name: '교촌치킨', en: 'Kyochon Chicken', category: 'FOOD', alias: /교촌|kyochon/i },
  { name: '파리바게뜨', en: 'Paris Baguette', category: 'FOOD', alias: /파리\s?바게[뜨트]|paris baguette/i },
  { name: '배달의민족', en: 'Baemin', category: 'FOOD', alias: /배민|배달의\s?민족|baemin/i },
  { name: '쿠팡', en: 'Coupang', category: 'ONLINE_SHOPPING', alias: /쿠팡|coupang/i },
  {
    name: '네이버페이',
    en: 'Naver Pay',
    category: 'ONLINE_SHOPPING', // "and naver?", "네이버는?": the shopping by Naver Pay (not the bank, the maps or the news).
    alias:
      /네이버(?!\s?(?:통장|부동산|지도|뉴스|검색|블로그|카페|증권|예금|적금|대출|웹툰|클라우드))(?:\s?페이)?|\bnaver(?: ?pay)?\b/i,
  },
  { name: '11번가', en: '11st', category: 'ONLINE_SHOPPING', alias: /11번가|11st/i },
  { name: 'G마켓', en: 'Gmarket', category: 'ONLINE_SHOPPING', alias: /g\s?마켓|지마켓|gmarket/i },
  { name: '컬리', en: 'Kurly', category: 'ONLINE_SHOPPING', alias: /컬리|kurly/i },
  // "SSG", "쓱", "쓱닷컴", "ssg.com": the statement prints "SSG.COM"; 쓱 only with a particle ("쓱이랑", "쓱에서") or
  // alone before a comma or the end ("쓱 보니" is not it).
  {
    name: 'SSG.COM',
    en: 'SSG.COM',
    category: 'ONLINE_SHOPPING',
    alias:
      /(?<![a-z])ssg(?![a-z])|에스에스지|쓱\s?(?:닷컴|배송)|쓱(?=(?:이랑|랑|하고|과|에서|에|은|이|도|만|몰)(?:[\s?,.!]|$)|\s?[?,.!]|$)/i,
  },
  { name: '무신사', en: 'Musinsa', category: 'ONLINE_SHOPPING', alias: /무신사|musinsa/i },
  { name: 'AMAZON.COM', en: 'Amazon', category: 'ONLINE_SHOPPING', alias: /아마존|amazon/i },
  {
    name: 'ALIEXPRESS',
    en: 'AliExpress',
    category: 'ONLINE_SHOPPING',
    alias: /알리\s?익스프레스|알리에서|aliexpress/i,
  },
  // Before 이마트, whose name it holds: "하이마트에서 얼마 썼어?" names Hi-Mart, not E-Mart.
  { name: '롯데하이마트', en: 'Lotte Hi-Mart', category: 'SHOPPING', alias: /하이마트|hi-?mart/i },
  {
    name: '이마트',
    en: 'E-Mart',
    category: 'GROCERY',
    alias: /(?<!하)이마트|emart|e-mart/i,
    shadows: ['하이마트', 'hi-mart', 'himart'],
  },
  { name: '홈플러스', en: 'Homeplus', category: 'GROCERY', alias: /홈플러스|homeplus/i },
  { name: '롯데마트', en: 'Lotte Mart', category: 'GROCERY', alias: /롯데\s?마트|lotte\s?mart/i },
  { name: '하나로마트', en: 'Hanaro Mart', category: 'GROCERY', alias: /하나로\s?마트|hanaro\s?mart/i },
  { name: '코스트코', en: 'Costco', category: 'GROCERY', alias: /코스트코|costco/i },
  { name: '다이소', en: 'Daiso', category: 'GROCERY', alias: /다이소|daiso/i },
  { name: 'GS25', en: 'GS25', category: 'GROCERY', alias: /gs25|지에스25/i },
  {
    name: '세븐일레븐',
    en: '7-Eleven',
    category: 'GROCERY',
    alias: /세븐\s?일레븐|7\s?-?\s?eleven|seven\s?-?\s?eleven/i,
  },
  // "when did i last pay at CU": the chain, as a word of its own ("cute" is not it).
  { name: 'CU', en: 'CU', category: 'GROCERY', alias: /(?<![a-z])cu(?![a-z])|씨유/i },
  { name: '올리브영', en: 'Olive Young', category: 'SHOPPING', alias: /올리브\s?영|olive ?young/i },
  { name: '유니클로', en: 'Uniqlo', category: 'SHOPPING', alias: /유니클로|uniqlo/i },
  { name: '나이키', en: 'Nike', category: 'SHOPPING', alias: /나이키|nike/i },
  {
    name: '카카오T',
    en: 'Kakao T',
    category: 'TRANSPORT',
    alias: /카카오\s?t\b|카카오\s?택시|kakao ?t(?:axi)?\b/i,
  },
  // The transit card's top-ups and fares print as "티머니 교통카드".
  { name: '티머니', en: 'T-money', category: 'TRANSPORT', alias: /티머니|t-?money/i },
  { name: '대한항공', en: 'Korean Air', category: 'TRAVEL', alias: /대한항공|korean air/i },
  { name: '아시아나항공', en: 'Asiana Airlines', category: 'TRAVEL', alias: /아시아나|asiana/i },
  { name: '야놀자', en: 'Yanolja', category: 'TRAVEL', alias: /야놀자|yanolja/i },
  { name: 'AGODA', en: 'Agoda', category: 'TRAVEL', alias: /아고다|agoda/i },
  { name: 'CGV', en: 'CGV', category: 'LEISURE', alias: /cgv/i },
  { name: '넷플릭스', en: 'Netflix', category: 'LEISURE', alias: /넷플릭스|netflix/i },
  {
    name: 'SK텔레콤',
    en: 'SK Telecom',
    category: 'TELECOM',
    alias: /sk\s?텔레콤|에스케이\s?텔레콤|sk\s?telecom|\bskt\b/i,
  },
  { name: 'KT', en: 'KT', category: 'TELECOM', alias: /\bkt\b(?!\s?&)|케이티/i },
  {
    name: 'LG유플러스',
    en: 'LG U+',
    category: 'TELECOM',
    alias: /lg\s?유플러스|엘지\s?유플러스|유플러스|lg\s?u\+|\blgu\+?/i,
  },
  // Department stores of their own (before the 백화점 kind, whose word they hold): "현대백화점에서 얼마 썼어?" is
  // Hyundai's alone, "롯데백화점은?" Lotte's — not every department store. "hyundai dept store" too.
  {
    name: '현대백화점',
    en: 'Hyundai Department Store',
    category: 'SHOPPING',
    alias: /현대\s?백화점|hyundai\s?(?:department|dept\b\.?)/i,
  },
  {
    name: '롯데백화점',
    en: 'Lotte Department Store',
    category: 'SHOPPING',
    alias: /롯데\s?백화점|lotte\s?(?:department|dept\b\.?)/i,
  },
  {
    name: '신세계백화점',
    en: 'Shinsegae Department Store',
    category: 'SHOPPING',
    alias: /신세계\s?백화점|shinsegae\s?(?:department|dept\b\.?)/i,
  },
  { name: '갤러리아', en: 'Galleria', category: 'SHOPPING', alias: /갤러리아|galleria/i },
  // Merchants abroad as the card statement prints them, asked in Hangul ("메리어트 73만원 이거 뭐예요?"): the Latin name
  // is the seed's and the English name too (as the statement prints it), so both spellings find the same rows.
  { name: 'MARRIOTT', en: 'MARRIOTT', category: 'TRAVEL', alias: /[메매]리어[트츠]|marriott/i },
  { name: 'HILTON HOTELS', en: 'HILTON HOTELS', category: 'TRAVEL', alias: /힐튼|hilton/i },
  {
    name: 'UNIVERSAL STUDIOS',
    en: 'UNIVERSAL STUDIOS',
    category: 'LEISURE',
    alias: /유니버[설셜]\s?스튜디오|유니버[설셜]|universal\s?studios?/i,
  },
  { name: 'ICHIRAN RAMEN', en: 'ICHIRAN RAMEN', category: 'FOOD', alias: /이치란|ichiran/i },
  { name: 'DON QUIJOTE', en: 'DON QUIJOTE', category: 'SHOPPING', alias: /돈\s?키호테|돈키|don\s?quijote/i },
  { name: 'JR EAST', en: 'JR EAST', category: 'TRANSPORT', alias: /jr\s?동일본|jr\s?east/i },
  // Card networks print a duty-free shop as "DUTY FREE" or "신라면세점": both are found by either word.
  { name: '면세점', en: 'Duty free', category: 'SHOPPING', alias: /면세점|duty\s?free/i },
  // Kinds of shop (groups, last, so that a brand named beside one wins): "편의점" is the convenience stores, not the
  // whole 마트·편의점 category; "택시" the taxi rides, not all of transport; "백화점" the department stores, not all of
  // shopping; "영화관" the cinemas, not all of leisure ("영화 보는 데 얼마 썼어?" stays leisure: streaming is movies too).
  {
    name: '편의점',
    en: 'convenience stores',
    category: 'GROCERY',
    alias: /편의점|convenience stores?|\bkonbini\b/i,
    group: [
      'cu',
      'gs25',
      '지에스25',
      '세븐일레븐',
      '7-eleven',
      '7eleven',
      'seveneleven',
      '이마트24',
      'emart24',
      '미니스톱',
      'ministop',
      '편의점',
    ],
  },
  {
    name: '택시',
    en: 'taxis',
    category: 'TRANSPORT',
    alias: /택시|\btaxis?\b|\bcabs?\b/i,
    group: ['택시', 'taxi', '카카오t', 'kakaot', '우티', 'uber'],
  },
  {
    name: '백화점',
    en: 'department stores',
    category: 'SHOPPING',
    alias: /백화점|department stores?/i,
    group: [
      '백화점',
      'departmentstore',
      '현대백화점',
      '롯데백화점',
      '신세계',
      'shinsegae',
      '갤러리아',
      'galleria',
      'ak플라자',
    ],
  },
  {
    name: '영화관',
    en: 'cinemas',
    category: 'LEISURE',
    alias: /영화관|극장|\bcinemas?\b|\bmovie theat(?:er|re)s?\b/i,
    group: ['cgv', '메가박스', 'megabox', '롯데시네마', 'lottecinema', '씨네q', 'cineq', '영화관', 'cinema'],
  },
  // "배달 전체는?", "how much on delivery food": the delivery apps, not all of eating out (a restaurant is not a delivery).
  {
    name: '배달앱',
    en: 'delivery apps',
    category: 'FOOD',
    alias:
      /배달\s?(?:앱|어플|음식|비|시킨|시켜|주문|전체|로|으로)|배달\s?(?:은|는)\s?(?:요|얼마)|(?:delivery|takeout) (?:apps?|food|orders?)|food delivery|ordering in\b|^\s*(?:그럼\s?|그리고\s?|그\s?중에?\s?)?배달(?:은|는|도|만)?(?:요)?\s*[?？.]*\s*$|^\s*(?:and |what about |how about )?(?:the )?(?:delivery|deliveries|takeout)\s*[?？.]*\s*$/i,
    group: [
      '배달의민족',
      '배민',
      'baemin',
      '쿠팡이츠',
      'coupangeats',
      '요기요',
      'yogiyo',
      '땡겨요',
      '위메프오',
    ],
  },
  // "그 중에 호텔은?", "how much of that was hotels?": the hotels (any name with 호텔 / hotel, and the chains), not all
  // of travel (the flights and the agencies stay out).
  {
    name: '호텔',
    en: 'hotels',
    category: 'TRAVEL',
    alias: /호텔|\bhotels?\b/i,
    group: [
      '호텔',
      'hotel',
      'marriott',
      '메리어트',
      'hilton',
      '힐튼',
      'hyatt',
      '하얏트',
      'westin',
      '웨스틴',
      'sheraton',
      '쉐라톤',
      'intercontinental',
      '인터컨티넨탈',
      '신라스테이',
    ],
  },
  // Last, so that a brand named beside it wins ("스타벅스 커피"): coffee is the cafés, not all of eating out.
  {
    name: '카페',
    en: 'coffee shops',
    category: 'FOOD',
    alias: /커피|카페(?!인)|coffee|caf[eé]/i,
    group: [
      'coffee',
      'cafe',
      'café',
      '커피',
      '스타벅스',
      'starbucks',
      '이디야',
      'ediya',
      '투썸',
      'twosome',
      '빽다방',
      'paiks',
      '메가mgc',
      'megacoffee',
      '컴포즈',
      'compose',
      '할리스',
      'hollys',
      '폴바셋',
      'paulbassett',
      '블루보틀',
      'bluebottle',
      '엔제리너스',
      'angelinus',
      '탐앤탐스',
      'tomntoms',
      '파스쿠찌',
      'pascucci',
      '커피빈',
      'coffeebean',
    ],
  },
];

/** A merchant slot's value as a reply names it: the seed name in Korean, its English name in English. */
export function merchantDisplayName(name: string, language: 'ko' | 'en'): string {
  return language === 'en' ? (MERCHANTS.find((m) => m.name === name)?.en ?? name) : name;
}

/**
 * A merchant the customer names ("스벅", "Coupang"), as the seed names it — not one given as an example of a kind
 * ("넷플릭스 같은 정기결제 다 합치면?", "subscriptions like Netflix": all of them are asked about).
 */
export function extractMerchant(text: string): string | undefined {
  // "starbucks + ediya", "cgv megabox 합쳐서": two shops of one kind named together are that kind (its group) — two of
  // its shops, not a shop and the kind's own word ("스타벅스 커피" is Starbucks).
  const compact = text.toLowerCase().replace(/\s+/g, '');
  // Two brands of their own named ("스타벅스랑 이디야 합치면"): the first, and the second beside it (alsoMerchant) —
  // not every café, unless the kind is named too.
  const brands = MERCHANTS.filter((m) => !m.group && m.alias.test(text));
  const together = MERCHANTS.find(
    (m) =>
      m.group &&
      // The kind's own word beside them ("coffee … starbucks + ediya"): every shop of that kind.
      (brands.length < 2 || m.alias.test(text)) &&
      m.group.filter(
        (k) => !m.alias.test(k) && (/[a-z]/.test(k) ? k.length >= 3 : true) && compact.includes(k),
      ).length >= 2,
  );
  if (together) return together.name;
  const brand = MERCHANTS.find((m) => m.alias.test(text));
  if (!brand) return undefined;
  const example = new RegExp(
    String.raw`(?:${brand.alias.source})\S{0,2}\s?(?:같은|같이|처럼|등|따위)(?![가-힣])|\b(?:such as|e\.g\.)\s(?:${brand.alias.source})|(?<!\b(?:i|we|you|they|really|do|don'?t)\s)\blike\s(?:${brand.alias.source})`,
    'i',
  );
  return example.test(text) ? undefined : brand.name;
}

/**
 * The other brands named beside the first ("쿠팡이랑 네이버페이", "coupang, baemin and lotte mart"), in the order found;
 * none when the first is a kind of shop (two cafés named are the kind) or when another is only given as an example.
 */
function otherMerchants(text: string, first: string): string[] {
  const entry = (name: string) => MERCHANTS.find((m) => m.name === name)!;
  if (entry(first).group) return [];
  const named = [first];
  // Each one's own words must not be what names the next ("롯데하이마트" holds "이마트": its shadows say so).
  let rest = text.replace(new RegExp(entry(first).alias.source, 'gi'), ' ');
  for (;;) {
    const other = MERCHANTS.find((m) => !m.group && !named.includes(m.name) && m.alias.test(rest));
    if (!other || extractMerchant(rest) !== other.name) return named.slice(1);
    named.push(other.name);
    rest = rest.replace(new RegExp(other.alias.source, 'gi'), ' ');
  }
}

/**
 * Why a score is what it is: "왜 그렇게 나와요?", "신용점수가 왜 이래요?", "why is it that number?", "why not higher?", "what
 * affects it?".
 */
export const SCORE_WHY =
  /왜|이유|어째서|원인|\bwhy\b|\bhow come\b|\bwhat (?:makes|affects|determines|drives|decides|pulls|brings)\b|\breasons?\b/i;

/** The product paying most asked for: "금리 높은 걸로요", "이자 제일 많이 주는 적금", "the one with the best rate". */
export const HIGHEST_RATE =
  /(?:금리|이율|이자)\S{0,2}\s?(?:가\s?|이\s?)?(?:제일\s?|가장\s?|젤\s?|더\s?)?(?:높은|센|쎈|좋은|많이\s?주는)|(?:highest|best|higher|better|top) (?:interest )?(?:rate|interest|yield)\b/i;

/** A lump sum asked as an obligation: "한 번에 다 갚아야 돼요?", "do I have to pay it all back at once?". */
export const LUMP_SUM_OWED =
  /(?:한\s?(?:번|꺼번)에|일시)[^.?!]{0,12}(?:야\s?(?:돼|되|하|할)|는\s?(?:거|건)|나요|되나|돼요|인가요|방식)|\b(?:have to|must|need to|do i (?:pay|repay)|should i)\b[^.?!]{0,30}\b(?:at once|in one (?:go|sum|payment|lump)|lump[- ]sum)\b|\bis (?:it|my loan|the loan) (?:a )?(?:lump[- ]sum|balloon|bullet)\b/i;

/** An amount put in every month: "월 30만원", "매달 50만원씩", "한 달에 20만원씩", "100만원씩", "500k a month". */
const MONTHLY_AMOUNT =
  /(?:월|매달|매월|한\s?달에?)\s?(?:\d[\d,.]*|[일이삼사오육칠팔구십백천]+)\s?(?:만|천|백)?\s?원|(?:\d[\d,.]*|[일이삼사오육칠팔구십백천만]+)\s?(?:만|천)?\s?원?\s?씩|\b(?:save|put (?:away|aside)|deposit|saving)\s(?:₩|krw\s?)?\d[\d,.]*\s?(?:k|m|mil|million|won|만원)?\s?(?:(?:a|per|each|every) month|monthly)\b/i;

/** True when the question is about payments abroad ("해외 결제", "overseas", "in Japan"). */
const OVERSEAS =
  /해외|외국|국외|일본에서|미국에서|유럽에서|달러|엔화|직구|overseas|abroad|foreign|international|in japan|in the us\b|in europe/i;

/** A trip abroad named: "일본여행", "해외 여행 가서", "오사카 갔을 때", "my trip to Japan", "when I was abroad". */
export const TRIP_ABROAD =
  /(?:해외|일본|미국|유럽|중국|베트남|태국|대만|홍콩|괌|하와이|싱가포르|필리핀|호주|캐나다|오사카|도쿄|후쿠오카|다낭|방콕|파리|런던|뉴욕)\s?(?:여행|출장|갔을\s?때|가서)|\b(?:trip|holiday|vacation) (?:to|in) (?:japan|the us|europe|china|vietnam|thailand|taiwan|hong kong|guam|hawaii|singapore|osaka|tokyo|paris|london|new york)\b|\b(?:trip|holiday|vacation) abroad\b|\b(?:my|the|our|this|that) (?:japan|japanese|us|american|europe|european|china|vietnam|thailand|taiwan|hong kong|guam|hawaii|singapore|osaka|tokyo|paris|london|new york|overseas|foreign) (?:trip|holiday|vacation)\b/i;

/**
 * Online payments ("온라인으로", "인터넷 결제", "비대면", "online"), not the online-shopping category ("온라인 쇼핑",
 * "online shopping": a category slot of its own).
 */
const ONLINE =
  /온라인(?!\s?(?:쇼핑|몰))|인터넷\s?(?:으로|에서|결제|구매)|비대면\s?결제|\bonline\b(?!\s(?:shopping|store|mall))|\bon the internet\b|\bweb purchases\b/i;

/**
 * Payments abroad left out ("해외에서 긁은거 빼면", "except overseas") or at home named ("국내에서 쓴 돈", "in Korea"): the
 * domestic ones (overseas false).
 */
const DOMESTIC =
  /(?:해외|외국|국외|일본|미국|유럽|중국|베트남|태국|대만|홍콩|괌|하와이|싱가포르|필리핀|호주|캐나다|오사카|도쿄|후쿠오카|다낭|방콕|파리|런던|뉴욕|여행)[^.?!]{0,12}(?:빼면|빼고|뺀|제외|말고|빼서)|국내(?!외)\s?(?:에서|결제|사용|지출|카드)|\b(?:except|excluding|not counting|other than|without) (?:the |my )?(?:overseas|abroad|foreign|trip|travel|japan|japanese)\b|\b(?:in korea|domestic(?:ally)?)\b/i;

/** Weekend purchases ("주말에 쓴 돈", "on weekends"): Saturday and Sunday. */
const WEEKEND = /주말|토\s?[·,]?\s?일요일|\bweekends?\b/i;

/**
 * Weekends against weekdays: both named ("주말이랑 평일 중에 언제 더 많이 써요?", "weekends vs weekdays"), or the
 * weekends asked whether they cost more ("주말에 더 많이 쓰나요?", "do i spend more on weekends?").
 */
const WEEKDAYS_VS_WEEKENDS =
  /(?:주말|평일|주중)\S{0,3}\s?[^.?!]{0,14}(?:많아요|많아|많나|많은지|많을까)\S{0,2}\s?[^.?!]{0,4}(?:평일|주말|주중)\S{0,3}\s?[^.?!]{0,6}(?:많아요|많아|많나|많은지|많을까)|\b(?:weekends?|weekdays?) or (?:weekends?|weekdays?)\b|(?:주말|평일|주중)[^.?!]{0,12}(?:이랑|하고|과|와|랑|vs|대비|비교)[^.?!]{0,8}(?:평일|주말|주중)|(?:주말|평일|주중)[^.?!]{0,15}(?:평일|주말|주중)\s?(?:보다|에\s?비해)|\b(?:weekends?|weekdays?)\b[^.?!]{0,25}\bthan\b[^.?!]{0,12}\b(?:weekends?|weekdays?)\b|주말(?:에|엔|에는)?\s?(?:(?!\S*보다)\S{1,6}\s)?(?:더|덜)\s?(?:많이\s?|적게\s?)?(?:써|쓰|썼|쓴|지출|나가)|주말\s?(?:지출|소비|카드값)\S{0,2}\s?(?:이\s?|가\s?)?(?:더\s?)?(?:많|큰|커)|\b(?:weekends?|weekdays?)\b[^.?!]{0,20}\b(?:vs\.?|versus|or|compared (?:to|with))\s(?:on\s)?(?:the\s)?(?:weekends?|weekdays?)\b|\bspend (?:more|less)(?: money)? on (?:the )?weekends?\b(?![^.?!]*\bthan\b)/i;

/** Weekday purchases ("평일에는?", "주말 빼고", "on weekdays", "except weekends"): weekend false. */
const WEEKDAY =
  /평일|주중(?!에\s?(?:갚|내|납부|상환))|주말\s?(?:빼고|빼면|뺀|제외|말고)|\bweek\s?days?\b|\bwork\s?days?\b|\b(?:except|excluding|not counting|other than|without) (?:the )?weekends?\b/i;

export function extractOverseas(text: string): boolean | undefined {
  if (DOMESTIC.test(text)) return false;
  return OVERSEAS.test(text) ? true : undefined;
}

// ---------------------------------------------------------------- hardship, forecast

/** Fired (잘리다, 짤리다) — not a photo, a file or hair cut off ("올린 사진이 잘려서 나왔나요" is a document's quality). */
export const FIRED =
  /(?<!(?:사진|이미지|화면|글자|글|파일|서류|머리|종이|문서|스캔|영수증)\S{0,3}\s?)(?:짤[렸리려]|잘[렸리려])/;

const HARDSHIP_RULES: [HardshipSlot, RegExp][] = [
  [
    'LOST_JOB',
    new RegExp(
      `${FIRED.source}|${/실직|실업|해고|권고\s?사직|퇴사|회사\s?(?:그만|망|문\s?닫)|일자리를?\s?잃|(?:직장|일)\S{0,2}\s?그만두|\blos(?:e|ing|t) my job|laid off|got fired|been fired|get fired|getting fired|(?:been|be|got|getting) let go|unemployed|out of work|lost (?:my )?work|between jobs|\b(?:look|looking|search|searching) for (?:work|a (?:new )?job)\b/.source}`,
      'i',
    ),
  ],
  [
    'INCOME_DROP',
    /(?:월급|급여|수입|소득|매출|연봉|벌이)\s?(?:이|가)?\s?(?:반\s?토막|감소|줄|깎|떨어|끊)|(?:월급|급여|수입|소득|연봉)[^.?!]{0,20}(?:으로|로)\s?(?:줄었|줄어들었|깎였|떨어졌|감소했)|(?:월급|급여)\s?삭감|income (?:dropped|fell|has dropped|went down|is down|cut|reduced|(?:was|got|has been) (?:cut|halved|reduced))|pay cut|salary (?:was )?(?:cut|reduced)|earning less|hours (?:were|got) cut|육아\s?휴직|출산\s?휴가|휴직|병가|(?:parental|maternity|paternity|sick|unpaid|medical) leave|going on leave/i,
  ],
  [
    'DEFER',
    /유예|미루|미뤄|미룰|연기|기한\s?연장|상환\s?연장|늦출|늦춰|잠깐\s?(?:안\s?내|멈추|쉬)|defer|postpone|pause|delay|grace period|payment holiday|push back|extend|\b(?:stop|skip|hold off on|take a break from) (?:paying|making (?:the |my )?payments|(?:a |my |the )?(?:payments?|instal?lments?))\b|\b(?:a|some) break (?:on|from|with) (?:my |the |these |those )?(?:loan |jeonse |interest )?(?:payments?|repayments?|instal?lments?|loan|interest)\b|\bbreathing (?:room|space)\b|(?:납입|상환|이자)\S{0,3}\s?(?:좀\s?)?(?:봐\s?주|봐\s?줄|쉬게)/i,
  ],
  [
    'CANT_PAY',
    /못\s?내|못\s?갚|못\s?낼|(?:상환|납입|납부)[이가]?\s?(?:불가능|어려울|힘들)|갚을\s?(?:돈|수|능력)|낼\s?(?:돈|수)\s?(?:이|가)?\s?없|감당이?\s?안|can'?t (?:pay|afford|make)|cannot (?:pay|afford|make)|unable to (?:pay|make)|won'?t be able to (?:pay|make)|not (?:going to )?be able to (?:pay|make)|miss (?:my|the|a|next)/i,
  ],
];

/** Interest while a payment is deferred: "유예하면 그동안 이자는 붙어요?", "does interest still build up if I defer?". */
const DEFER_INTEREST =
  /(?:유예|미루|미뤄|미룰|연기|늦추|늦춰)[^.?!]{0,20}이자\S{0,3}\s?(?:는\s?|도\s?|가\s?)?(?:더\s?|계속\s?|그대로\s?)?(?:붙|나와|쌓|늘|내야|나가)|이자\S{0,3}\s?(?:는\s?|도\s?)?(?:더\s?|계속\s?)?(?:붙|쌓)[^.?!]{0,12}(?:유예|미루|미뤄|연기)|\binterest\b[^.?!]{0,30}\b(?:defer|deferral|deferred|postpone|pause)|\b(?:defer|deferral|deferred|postpone|pause)\w*\b[^.?!]{0,40}\binterest\b[^.?!]{0,20}\b(?:still|keep|build|accru|add|charged|run)/i;

/** A deferral asked for: "미룰 수 있나요?", "유예 가능해요?", "can I defer…?" — the request answered first, whatever the cause. */
export const DEFER_ASKED =
  /(?:유예|미루|미뤄|미룰|연기|늦출|늦춰)[^.?!]{0,8}(?:수\s?있|가능|되나요|될까|돼요|신청|해\s?주|해줄)|\b(?:can|could|may) i (?:defer|postpone|pause|delay|push back|stop paying|skip (?:a |my |the )?payments?|hold off on (?:my |the )?payments?)\b|\b(?:is there (?:a|any) way|any way|how (?:can|do) i|is it possible) to (?:defer|postpone|pause|delay|push back|skip)\b/i;

/**
 * QA round 21 (care21). The money the customer has, said short of a payment: "통장에 30만원밖에 없는데", "잔고가 20만원뿐",
 * "i only have 200k in my account", "i've only got 150k left".
 */
export const MONEY_ON_HAND =
  /(?:만\s?원|천\s?원|원|만)\s?(?:밖에|뿐|정도밖에)\s?(?:없|안\s?남)|\bonly (?:have|got|had) (?:like |about |around |just )?[₩$]?\d[\d,.]*\s?(?:k|m|mil|won)?\b[^.?!]{0,25}(?:left|in (?:my|the) (?:account|bank)|to my name)|\b(?:i(?:'ve| have)|i) (?:only )?(?:have|got) (?:only |just )?[₩$]?\d[\d,.]*\s?(?:k|won)?\b (?:left|in (?:my|the) (?:account|bank))\b/i;

/** A bill or a payment beside MONEY_ON_HAND: the money is short of it ("my rent is due", "이자 어떻게 내요"). */
export const BILL_DUE =
  /이자|대출|납입|갚|상환|카드\s?값|월세|관리비|공과금|\b(?:rent|loan|bills?|interest|payment|instal?ment|card bill)\b/i;

/** QA round 21 (care21). "can they take my deposit?", "보증금 가져가요?": the jeonse deposit at risk of collection. */
export const DEPOSIT_TAKEN =
  /\b(?:take|seize|keep|touch|claim|go after|come after|get)\b[^.?!]{0,15}\b(?:my |the )?(?:jeonse )?deposit\b|\bdeposit\b[^.?!]{0,20}\b(?:seized|taken|at risk)\b|보증금\S{0,2}\s?(?:을\s?|를\s?|도\s?|까지\s?)?(?:가져|뺏|빼앗|압류|잡|떼|회수)|보증금에서\s?(?:가져|회수|빼|받아)/i;

/** QA round 21 (care21). "who can i call", "어디에 연락해요?": the numbers, the lender's first. */
export const WHO_TO_CALL =
  /\bwho (?:can|should|do|could) i (?:call|contact|talk to|ring|speak to|ask|go to)\b|\b(?:what|which|any) (?:number|hotline|helpline)s?\b|\bwho (?:can|could) help\b|어디(?:에|로|에다)?\s?(?:연락|전화|상담|문의)|누구(?:한테|에게)\s?(?:연락|전화|상담|물어)|(?:전화|연락)\s?(?:번호|할\s?(?:곳|데))|상담\s?(?:받을|할)\s?(?:곳|데)/i;

/** QA round 21 (care21). "what do i do first", "뭐부터 고쳐야돼요?": the first step. */
export const FIRST_STEP =
  /\bwhat (?:do|should|can) i do first\b|\bwhat first\b|\bwhere (?:do|should) i (?:start|begin)\b|\bwhat(?:'s| is) the first (?:step|thing)\b|뭐(?:부터|를?\s?먼저)\s?(?:해야|하면|할까|하죠|고쳐|고치|시작|바꿔|줄여)|무엇(?:부터|을\s?먼저)|먼저\s?(?:뭘|뭐를?|무엇을)\s?(?:해야|하면|할까|하죠)|어디서부터|뭐부터\s?(?:요|해요)?\s*[?？]?\s*$/i;

/** QA round 28 (lead). "뭐부터 내야 돼요?", "뭘 먼저 갚아요?", "which one do i pay first?": which bill comes first. */
export const PAY_FIRST =
  /(?:뭐|뭘|뭐를|무엇을?|어느\s?(?:것|거|걸|쪽)|어떤\s?(?:것|거|걸))\s?(?:부터|을?\s?먼저|를?\s?먼저)\s?(?:내|갚|막|결제|납부)|(?:먼저|우선)\s?(?:뭘|뭐를?|어느\s?(?:것|거|걸|쪽)을?)\s?(?:내|갚|막)|\b(?:which|what) (?:one |bill |debt )?(?:do|should|must) i pay (?:off )?first\b|\bwhat (?:should|do) i pay first\b|\bwhich (?:one|bill|debt) (?:comes )?first\b|\bpay (?:which|what) first\b/i;

/** QA round 21 (care21). "1397은 뭐에요?", "what is 1600-5500": the free debt lines explained. */
export const HELPLINE_ASKED =
  /(?:1397|1600\s?-?\s?5500|신용회복\s?위원회|\bccrs\b)[^.?!]{0,12}(?:뭐|무엇|어떤|어디|누구|\bwhat\b|\bwho\b)|\b(?:what|who)(?:'s| is| are)\b[^.?!]{0,12}(?:1397|1600\s?-?\s?5500)/i;

/** QA round 21 (care21). "실업급여 받으면 괜찮을까요", "will unemployment benefits cover it": the benefit against the outgoings. */
export const UNEMPLOYMENT_BENEFIT =
  /실업\s?급여|구직\s?급여|실업\s?수당|\bunemployment (?:benefits?|insurance|pay|money|allowance)\b|\bjobseeker'?s? (?:allowance|benefit)\b|\bon the dole\b/i;

/**
 * QA round 22 (carefu). How long the money lasts, asked after a hardship answer: "몇달이나 버텨요?", "얼마나 버틸 수
 * 있어요?", "how long can i last", "how many months can i hold out".
 */
/** QA round 22 (carefu). "will i be ok?", "괜찮을까요?": asked as a yes — not "am i screwed?". */
export const WILL_BE_OK =
  /\b(?:will|would|am|are) (?:i|we) (?:going to |gonna )?(?:be )?(?:ok|okay|alright|all right|fine)\b|\bbe (?:ok|okay|alright|fine) with\b|괜찮(?:을까|은가|겠|나요|을\s?까|죠|아요\s?[?？])/i;

/** QA round 22 (carefu). A flagged charge said to be one's own: "메리어트 그거 제가 쓴건데", "oh right that was osaka". */
export const OWN_CHARGE =
  /(?:제가|내가|저희가|본인이)\s?(?:쓴|결제한|긁은|산|샀던|쓴\s?거|한)\s?(?:건데|거예요|거에요|거네요|거였|게\s?맞|거\s?맞|거요)|(?:제가|내가)\s?(?:쓴|결제했|샀)(?:어요|네요|던|었)|제\s?(?:거|결제)(?:예요|에요|네요|였|맞)|\b(?:that|it|this) (?:was|one was|one'?s|'s) (?:me|mine|my (?:trip|hotel|booking|flight|purchase))\b|\b(?:one|charge|payment|transaction|purchase)s? (?:was|were|is|are) (?:me|mine|my own)\b|\boh (?:right|yeah|wait)\b[^.?!]{0,10}\b(?:that|it) was\b|\bi (?:made|bought|booked|paid) (?:that|it|this)\b|\bthat was (?:in |my |our |the )?(?:osaka|tokyo|japan|trip|holiday|vacation)\b/i;

/** QA round 22 (carefu). The remaining flagged ones: "그럼 다른건 괜찮아요?", "나머지는요?", "any other weird ones?". */
export const OTHERS_ASKED =
  /다른\s?(?:건|거|것|결제|거래)\S{0,3}\s?(?:은|는|도|들)?\s?(?:괜찮|문제|이상|요|뭐|어때)|나머지\S{0,3}\s?(?:는|도|건)?\s?(?:요|괜찮|문제|이상|어때)|\bany (?:other|more) (?:weird|odd|strange|suspicious|unusual|dodgy|sketchy)(?: ones?| charges?| payments?)?\b|\b(?:what about|and|how about) the (?:others?|rest)(?: ones?| charges?)?\b|\bare the (?:others|rest|other ones) (?:ok|okay|fine)\b|\banything else (?:weird|odd|strange|suspicious)\b/i;

/** QA round 22 (carefu). Whether to stop the card: "카드 정지해야돼요?", "should i freeze my card?". */
export const STOP_ASKED =
  /(?:카드\S{0,2}\s?)?(?:정지|일시\s?정지|막아야|막을까|해지)\S{0,2}\s?(?:해야|할까|하나요|시켜야|돼요\s?[?？]|되나요)|\bshould i (?:freeze|block|cancel|stop|suspend|lock) (?:my |the )?card\b|\bdo i (?:need|have) to (?:freeze|block|cancel|stop|suspend|lock)\b/i;

/** QA round 22 (carefu). A link clicked, said bare after a scam text: "i already clicked it 😭", "벌써 눌렀어요ㅠ". */
export const CLICKED_IT =
  /\b(?:already )?(?:clicked|tapped|opened|pressed) (?:on )?(?:it|that|the link|that link|the url)\b|(?:이미|벌써|방금)?\s?(?:링크\S{0,2}\s?)?(?:눌렀|클릭했|눌러\s?버렸|클릭해\s?버렸)/i;

/** QA round 22 (carefu). The money back after a scam: "돌려받을수있어요?", "can i get it back?". */
export const SCAM_REFUND =
  /돌려\s?받|환급|되찾|\bget (?:it|my money|the money|them) back\b|\brefund|\brecover (?:it|my money)\b/i;

/** QA round 22 (carefu). How long the refund takes: "얼마나 걸려요?", "how long does it take?". */
export const HOW_LONG_ASKED =
  /얼마나\s?(?:걸|오래)|몇\s?(?:달|개월|일|주)\s?(?:이나\s?)?걸|언제\s?(?:쯤\s?)?(?:돌려|받|들어|환급)|\bhow long (?:does|will|would) (?:it|that|this|the refund)\b|\bhow long (?:till|until|before)\b|\bwhen (?:will|would|do) i get\b/i;

export const RUNWAY_ASKED =
  /몇\s?(?:달|개월)(?:이나|정도|까지|은|을|이면)?\s?(?:더\s?)?(?:버티|버텨|버틸|견디|견뎌|견딜|살\s?수|살아|갈\s?수|가요)|(?:얼마나|언제까지)\s?(?:더\s?)?(?:버티|버텨|버틸|견디|견뎌|견딜)|\bhow long (?:can|could|will|would|do) (?:i|we) (?:last|survive|hold (?:on|out)|keep (?:going|paying|up)|manage|get by)\b|\bhow many months (?:can|could|will|would|do) (?:i|we) (?:last|survive|hold (?:on|out)|keep (?:going|paying|up)|manage|get by|cover)\b|\bhow long (?:will|would|can|could) (?:my |the |our )?(?:money|savings|cash|severance(?: pay)?|emergency fund|deposit) last\b/i;

/**
 * QA round 22 (carefu). The customer's own illness or surgery ("갑자기 입원하게됐어요", "수술비도 들고", "im in hospital
 * for surgery next week", "off work 2 months") — not a family member's (FAMILY_CARE), nor a spending question.
 */
export const ILLNESS_SAID =
  /입원\s?(?:하게|했|해야|해서|중|하는데|할\s?것)|수술\s?(?:하게|해야|했|받|비|을\s?(?:받|하)|날|일정|예정)|병가|아파서\s?(?:일|회사|출근)|(?:암|큰\s?병)\s?(?:진단|판정)|\b(?:i'?m|i am|been|i was|i got|i'?ll be|getting) (?:in (?:the )?hospital|hospitali[sz]ed|admitted)\b|\bin (?:the )?hospital for\b|\b(?:having|need|needs|getting|have|had) (?:an? |my )?(?:surgery|operation)\b|\bsurgery (?:next|this|on|in)\b|수술\s?(?:때문에|하느라|해서)|\bmonths? off (?:work )?for (?:my |an? )?(?:surgery|operation|treatment)\b|\bsick leave\b|\bdiagnosed with\b/i;

/** QA round 22 (carefu). Months off work said with it: "off work 2 months", "두 달 쉬어야", "2개월 일 못해요". */
export const MONTHS_OFF =
  /\boff work (?:for )?(?:about |around |like |maybe )?(\d{1,2}|one|two|three|four|five|six) months?\b|\b(\d{1,2}|one|two|three|four|five|six) months? off\b|(\d{1,2}|한|두|세|네|다섯|여섯)\s?(?:달|개월)\s?(?:정도\s?|동안\s?|간\s?)?(?:쉬|일\s?(?:을\s?)?못|출근\s?(?:을\s?)?못|휴직|병가)/i;

/**
 * QA round 22 (carefu). Money short before payday: "월급날 일주일 남았는데 통장에 3만원밖에", "월급날까지 돈이 없어요",
 * "payday is on the 25th but im already out of money", "out of cash till payday".
 */
export const BEFORE_PAYDAY =
  /(?:월급|급여|월급날|월급일|급여일)\S{0,3}\s?(?:까지\s?)?(?:(?:일주일|\d{1,2}\s?일|며칠|이틀|사흘|나흘|닷새|한\s?주|열흘)\s?(?:이나\s?|정도\s?|이\s?|가\s?)?남)|(?:월급|급여|월급날|payday|pay ?day)\s?(?:전에|전까지|까지)[^.?!]{0,20}(?:돈|잔고|잔액|통장)\S{0,2}\s?(?:이\s?|가\s?)?(?:없|부족|모자|바닥|떨어)|\b(?:payday|pay ?day|my pay(?:check|cheque)?|i get paid)\b[^.?!]{0,40}\b(?:out of (?:money|cash)|broke|no money|short)\b|\b(?:out of (?:money|cash)|broke|no money left)\b[^.?!]{0,30}\b(?:before|until|till|til) (?:payday|pay ?day|i get paid|my pay)\b/i;

/** QA round 22 (carefu). Days to payday said as a span: "월급날 일주일 남았는데" = 7, "3일 남았는데" = 3. */
export function extractPaydayInDays(text: string): number | undefined {
  const m =
    /(?:월급|급여|월급날|월급일|급여일)\S{0,3}\s?(?:까지\s?)?(일주일|한\s?주|열흘|이틀|사흘|나흘|닷새|\d{1,2}\s?일)\s?(?:이나\s?|정도\s?|이\s?|가\s?)?남/.exec(
      text,
    );
  if (!m) return undefined;
  const w = m[1].replace(/\s/g, '');
  const words: Record<string, number> = { 일주일: 7, 한주: 7, 열흘: 10, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5 };
  if (words[w] !== undefined) return words[w];
  const n = parseInt(w, 10);
  return n >= 1 && n <= 31 ? n : undefined;
}

/**
 * QA round 26 (helper en1). Medical bills mounting up, no question of their own: "my hospital bills are piling up",
 * "medical bills keep coming", "병원비가 계속 쌓여요" — a money worry (was an unrecognised charge: fraud).
 */
export const MEDICAL_PILING =
  /\b(?:hospital|medical|doctor'?s?|surgery|treatment|vet) (?:bills?|costs?|expenses?|fees?)\b[^.?!]{0,20}\b(?:piling up|pile up|piled up|stacking up|stack up|adding up|add up|mounting|keep coming|keeps? (?:growing|going up)|out of control)\b|(?:병원비|의료비|치료비|진료비|입원비)\S{0,2}\s?(?:가\s?|이\s?)?(?:계속\s?|자꾸\s?|점점\s?)?(?:쌓|밀려|불어|늘어|감당)/i;

/**
 * QA round 23 (care23). Whether to pay a medical bill by card ("병원비 카드로 긁어도 될까요", "can i put the hospital bill
 * on my card?"): a medical bill, a card, and whether to — not the medical spending so far ("병원비 카드로 얼마 썼어요?").
 */
export function medicalOnCardAsked(text: string): boolean {
  return (
    /병원비|의료비|치료비|수술비|진료비|입원비|\b(?:hospital|medical|surgery|doctor'?s?) (?:bills?|costs?|fees?)\b/i.test(
      text,
    ) &&
    /카드로|카드\s?(?:로\s?)?(?:긁|결제|계산)|\bon (?:my|the|a) (?:credit )?card\b|\bwith (?:my|a|the) (?:credit )?card\b/i.test(
      text,
    ) &&
    /될까|돼요|되나|되요|괜찮|해도|나을까|\bshould i\b|\bcan i\b|\b(?:is it )?(?:ok|okay|fine|wise) to\b/i.test(
      text,
    ) &&
    !/얼마\s?(?:썼|나왔|결제)|\bhow much\b/i.test(text)
  );
}

function extractMonthsOff(text: string): number | undefined {
  const m = MONTHS_OFF.exec(text);
  if (!m) return undefined;
  const w = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const words: Record<string, number> = {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    한: 1,
    두: 2,
    세: 3,
    네: 4,
    다섯: 5,
    여섯: 6,
  };
  const n = words[w] ?? parseInt(w, 10);
  return n >= 1 && n <= 24 ? n : undefined;
}

/** QA round 21 (care21). "언제까지 내야 돼요?", "by when do i have to pay": the next payment's due date. */
export const DUE_BY_WHEN =
  /언제까지\s?(?:내|납부|갚|입금|넣)|며칠까지\s?(?:내|납부|갚|입금|넣)|\bby when\b|\bwhen (?:is it|is the (?:next )?payment|do i (?:have|need) to pay|must i pay)(?: due)?\b|\bwhen(?:'s| is) (?:it|that) due\b/i;

/** QA round 21 (late21). "연체한 적 있어요?", "any late ones at all": the repayment record, not only today's arrears. */
export const EVER_LATE =
  /(?:연체|늦게\s?(?:낸|냈던|납부한|갚은)|밀린|미납한)\s?(?:한\s?|된\s?|했던\s?)?적|\bany (?:late|missed) (?:ones|payments?|instal?ments?)\b|\blate ones\b|\bever (?:been )?(?:late|missed|behind)\b|\bmissed any\b|\bbeen late (?:before|at all|ever)\b/i;

/** QA round 21 (care21). "진짜요? 확실해요?", "are you sure?": the answer just given, confirmed. */
export const SURE_ASKED =
  /^(?:(?:진짜|정말|참말)(?:요|이에요|예요|로요)?[?？!.\s]*)?(?:확실(?:해요|한가요|합니까|한거죠|한\s?거죠|하죠|해)?|진짜(?:요|로요)?|정말(?:요|로요)?|맞(?:아요|나요|죠)|are you sure|really|for sure|you sure|is that (?:right|true|correct))\s*[?？!.]*\s*$/i;

/** QA round 21 (care21). The landlord will not renew: "집주인이 연장 안해준다는데", "my landlord won't renew the lease". */
export const LANDLORD_REFUSES =
  /(?:집주인|임대인)\S{0,3}\s?[^.?!]{0,12}(?:연장|갱신|재계약)\S{0,3}\s?(?:을\s?|를\s?|은\s?|는\s?)?(?:안|못|거절|거부|싫|불가)|(?:집주인|임대인)\S{0,3}\s?[^.?!]{0,8}(?:나가\s?(?:라|달)|비워\s?(?:달|라))|\b(?:landlord|owner)\b[^.?!]{0,30}\b(?:won'?t|will not|refuses? to|doesn'?t want to|does not want to|isn'?t going to|not going to|wants me to) (?:renew|extend|move out|leave)\b/i;

/** QA round 21 (care21). A text message said beside a worry: "문자가 왔는데", "i got a text". */
export const TEXT_SAID =
  /문자(?:가|를|로|\s?왔|\s?받)|\b(?:got|received|get) (?:a |this |some )?(?:text|sms|message)\b/i;

/** QA round 21 (care21). The text asked about after it: "그럼 그 문자 뭐에요?", "so what was that text?". */
export const TEXT_ASKED =
  /(?:그|이|저|받은|온)\s?문자\S{0,2}\s?(?:는\s?|은\s?)?(?:뭐|뭔|무엇|어떤|진짜|사기|스미싱)|\b(?:that|the) (?:text|sms|message)\b[^.?!]{0,20}\b(?:then|about|mean|real|legit|scam|fake)\b|\bwhat (?:was|is|'s) (?:that|the) (?:text|sms|message)\b/i;

/** QA round 21 (care21). "연말정산 의료비 공제 되나요?", "can i deduct medical expenses": the medical-expense credit. */
export const MEDICAL_DEDUCTION =
  /(?:의료비|병원비|치료비|수술비)\S{0,2}\s?(?:도\s?)?(?:세액\s?|소득\s?)?(?:공제|환급)|(?:연말\s?정산|세액\s?공제)[^.?!]{0,10}(?:의료비|병원비|치료비)|\bmedical (?:expenses? |bills? |costs? )?(?:deduct\w*|tax credit|tax relief)\b|\b(?:deduct|claim)\w*\b[^.?!]{0,20}\bmedical (?:expenses?|bills?|costs?)\b/i;

/** QA round 21 (care21). A spouse's or family member's loan taken in secret: "남편이 몰래 카드론 받은 것 같아요". */
export const SPOUSE_LOAN =
  /(?:남편|아내|와이프|배우자|신랑|부인|엄마|아빠|부모님|가족|동생|아들|딸)\S{0,2}\s?(?:이\s?|가\s?)?(?:몰래|모르게|나\s?몰래|저\s?몰래)[^.?!]{0,12}(?:대출|카드론|현금\s?서비스|빚|리볼빙)|(?:남편|아내|와이프|배우자)\S{0,2}\s?(?:이\s?|가\s?)?[^.?!]{0,10}(?:대출|카드론|빚)\S{0,2}\s?(?:이\s?|가\s?)?(?:있는지|얼마인지|확인|조회)|\bmy (?:husband|wife|partner|spouse)\b[^.?!]{0,40}\b(?:loans?|debts?|borrow\w*|card loan)\b[^.?!]{0,30}\b(?:secret\w*|behind my back|without telling me|hid\w*)\b|\bmy (?:husband|wife|partner|spouse)\b[^.?!]{0,15}\b(?:secretly|hid)\b[^.?!]{0,30}\b(?:loans?|debts?|borrow\w*)\b/i;

/** QA round 21 (care21). A goal's deadline month: "(내년) 6월까지", "by June", "by next summer" (July), "연말까지" (December). */
export function extractGoalMonth(text: string): number | undefined {
  const ko = /(?<![\d.])(1[0-2]|0?[1-9])\s?월\s?(?:말\s?)?(?:까지|안에|전까지|전에)/.exec(text);
  if (ko) return Number(ko[1]);
  if (/연말\s?(?:까지|안에|전)|올해\s?(?:안에|까지)|\bby (?:the )?end of (?:the |this )?year\b/i.test(text))
    return 12;
  if (/(?:내년\s?)?여름\s?(?:까지|전에|안에)|\bby (?:next |this )?summer\b/i.test(text)) return 7;
  // QA round 24 (en24b). "getting married next fall!! save 10 million": by September.
  if (
    /내년\s?가을|가을\s?(?:까지|전에|안에)|\b(?:by |before |until |in )?next (?:fall|autumn)\b|\bby (?:the )?(?:fall|autumn)\b/i.test(
      text,
    )
  )
    return 9;
  const en = new RegExp(
    String.raw`\b(?:by|before|until|till) (?:next |this )?(?:the end of )?(${EN_MONTHS.join('|')})\b`,
    'i',
  ).exec(text);
  if (!en) return undefined;
  const i = EN_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, 'i').test(en[1]));
  return i >= 0 ? i + 1 : undefined;
}

/** Why repayment is hard: can't pay, lost job, income dropped, or wants to defer (a deferral asked for comes first). */
export function extractHardship(text: string): HardshipSlot | undefined {
  if (DEFER_ASKED.test(text)) return 'DEFER';
  for (const [h, re] of HARDSHIP_RULES) if (re.test(text)) return h;
  return undefined;
}

const FORECAST_RULES: [ForecastSubjectSlot, RegExp][] = [
  [
    'LENDING_RATE',
    /(?:대출|주담대|전세\s?대출|신용\s?대출)\s?(?:이자|납입액|납입금|상환액|원리금)\S{0,2}\s?(?:이\s?|가\s?|도\s?)?(?:더\s?)?(?:오를|올라|늘어|늘|오르)|\bmy (?:\w+ )?(?:loan |mortgage )?(?:payments?|instal?lments?|interest)\b[^.?!]{0,10}\b(?:go(?:ing)? up|rise|increase|get (?:bigger|higher))\b|(?:제|내|저의|나의)\s?(?:대출\s?)?금리|\bmy (?:interest |loan |mortgage )?rates?\b|대출\s?금리|주담대\s?금리|주택담보대출\s?금리|담보대출\s?금리|전세\s?(?:대출\s?)?금리|신용대출\s?금리|mortgage rates?|lending rates?|loan rates?|rates? on (?:loans|mortgages)|borrowing rates?/i,
  ],
  [
    'BASE_RATE',
    /\brates? (?:are |is |will |might |gonna )?(?:go|going|rise|fall|drop|come down|be cut|be raised|increase|decrease)|기준\s?금리|한은|한국은행|금통위|연준|fed\b|base rate|policy rate|bank of korea|bok\b|금리|interest rates?/i,
  ],
  ['DEBT', /빚|부채|채무|대출\s?잔액|남은\s?대출|debt|owe|loan balance/i],
  ['BALANCE', /잔액|잔고|통장|계좌|balance|account|savings? (?:balance|account)/i],
  ['SPENDING', /지출|소비|카드값|생활비|쓰는\s?돈|쓸\s?돈|spending|expenses?|spend/i],
];

/** What the forecast question is about: own spending, debt, balance, the base rate or lending rates. */
export function extractForecastSubject(text: string): ForecastSubjectSlot | undefined {
  for (const [s, re] of FORECAST_RULES) if (re.test(text)) return s;
  return undefined;
}

/** The interest still to pay over a loan's remaining term. */
export const INTEREST_LEFT =
  /(?![^]*(?:\b(?:each|every|per|a) month\b|\bmonthly interest\b))(?:\btotal cost of (?:my |the )?(?:\w+ )?(?:loan|mortgage)\b|\bhow much (?:will|would) (?:i|my (?:\w+ )?loan) (?:end up )?(?:pay(?:ing)?|cost)(?: me)? (?:in total|altogether|overall)\b|(?:총|전체|남은|앞으로\s?낼|앞으로\s?내야\s?할|다\s?합친)\s?이자|이자\s?(?:를\s?|는\s?)?(?:앞으로\s?)?(?:총|전부|모두|다\s?합쳐)|interest (?:will i|do i|am i|i will|i'?ll|left|remaining|still|in total|altogether|overall)|\binterest\b[^.?!]{0,30}\b(?:total|in all)\b[^.?!]{0,10}\b(?:till|until|to) the end\b|total interest|interest (?:to|i have to) pay)/i;

/**
 * How heavy the debt is, asked without a worry ("Is my debt too high?", "빚이 많은 편인가요?", "부채 적정한가요?"): the
 * DSR answers it (a worry — "빚이 너무 많아서 잠이 안 와요" — stays hardship).
 */
export const DEBT_LEVEL =
  /\bis my (?:debt|borrowing|debt load) (?:too )?(?:high|much|a lot|ok(?:ay)?|normal|manageable|healthy|reasonable)\b|\bdo i (?:have|owe) too much (?:debt|money)\b|\bhow (?:bad|high) is my debt\b|(?:빚|부채|대출)\S{0,2}\s?(?:이\s?|가\s?)?(?:많은\s?편|적정|괜찮은\s?(?:수준|편)|과한\s?(?:편|가요|건가)|너무\s?많은\s?(?:건가|가요|편))/i;

/** The share of income that goes to debt, asked in words: "소득 대비 대출 비율", "빚이 소득에 비해 많은 편인가요?". */
export const DEBT_TO_INCOME =
  /(?:소득|수입|연봉|월급)\s?(?:대비|에\s?비해|에서)\s?(?:대출|빚|부채|갚는\s?돈|원리금|상환액)\S{0,2}\s?(?:이\s?|가\s?)?(?:비율|비중|몇\s?(?:%|퍼센트|프로)|얼마|많|높|차지)|(?:대출|빚|부채)\S{0,2}\s?(?:이\s?|가\s?)?(?:소득|수입|연봉|월급)\s?(?:에\s?비해|대비)\s?(?:많|높|얼마|과한|적정)|\b(?:share|percentage|proportion|how much) of (?:my )?(?:income|salary|pay) (?:goes|go|is going|am i paying) (?:to|on|towards?) (?:debt|loans?|repayments?)\b/i;

/** The lending ratios a product question names (DSR, LTV, DTI). */
const LENDING_RATIO_TERMS: readonly ['DSR' | 'LTV' | 'DTI', RegExp][] = [
  [
    'DSR',
    new RegExp(
      String.raw`\bDSR|총부채\s?원리금\s?상환\s?비율|debt[- ]service ratio|${DEBT_LEVEL.source}|${DEBT_TO_INCOME.source}`,
      'i',
    ),
  ],
  ['LTV', /\bLTV|(?:주택\s?)?담보\s?인정\s?비율|loan[- ]to[- ]value/i],
  ['DTI', /\bDTI|총부채\s?상환\s?비율|debt[- ]to[- ]income/i],
];

/**
 * Money sent to the wrong account by mistake: "다른 계좌로 잘못 보냈어요", "착오송금", "i accidentally sent 500k to the
 * wrong account".
 */
export const MISTAKEN_TRANSFER =
  /착오\s?송금|(?:잘못|실수로|엉뚱한\s?(?:계좌|사람)(?:에|에게|으로|로)?)\s?(?:송금|이체|입금|보냈|보내\s?버렸)|(?:다른|모르는)\s?(?:사람|계좌)\S{0,3}\s?(?:잘못\s?)?(?:송금|이체|입금|보냈)|\b(?:sent|transferred|wired|paid)\b[^.?!]{0,30}\bto (?:the )?wrong (?:account|person|number)\b|\bwrong account\b[^.?!]{0,30}\b(?:sent|transfer|paid)|\bmistaken (?:transfer|payment)\b|\baccidentally (?:sent|transferred|wired)\b/i;

/** Whether loan interest lowers income tax: "대출 이자 연말정산 돼요?", "do i get a tax benefit for my loan interest". */
export const TAX_DEDUCTION_ASKED =
  /연말\s?정산|(?:소득|세액)\s?공제|세금\s?(?:혜택|환급|공제)|\btax[- ](?:deduct|credit|return|refund|relief|break|benefit|saving)|\b(?:tax )?deductible\b|\bdeduct\b[^.?!]{0,30}\btax/i;

/**
 * A guarantee asked about: "친구가 보증 서달라는데 서도 될까요", "연대보증 서면 어떻게 돼요", "should i be a guarantor for my
 * friend's loan", "co-sign" — not a deposit (보증금) nor a guarantee insurance (보증보험).
 */
export const GUARANTEE =
  /보증\s?(?:을\s?|도\s?|만\s?)?(?:서\s?(?:달|줘|주|도|야|면|고|라)|섰|설\s?(?:까|수|지))|연대\s?보증|보증인|\bco-?sign(?:er|ing|ed)?\b|\bguarantor\b|\bguarantee (?:a |my |his |her |their |someone'?s |the |(?:my )?(?:friend|brother|sister|dad|mom|father|mother|partner|boss)'?s )?loan\b/i;

/**
 * The court's and the credit counselling's debt relief named ("개인회생 하면 어떻게 돼요?", "파산 신청하면요?", "채무조정
 * 신청하면 무조건 되는 거죠?", "should i declare bankruptcy"): answered as hardship — the options, their own payment.
 */
export const DEBT_RELIEF =
  /개인\s?회생|개인\s?파산|파산\s?(?:신청|하면|해야|할까)|면책\s?(?:신청|결정)|채무\s?조정|신속\s?채무\s?조정|(?:개인\s?)?워크\s?아웃|\bbankrupt(?:cy)?\b|\bdebt (?:relief|restructuring|settlement|consolidation program)\b|\bindividual rehabilitation\b|\bcredit counsel(?:l)?ing\b/i;

/** "무조건 되나요", "승인 보장돼요?", "is it guaranteed": asked whether relief is certain. */
const CERTAIN_ASKED =
  /무조건|100\s?%|확실히|반드시|보장|\bguaranteed?\b|\bdefinitely\b|\bfor sure\b|\bautomatic(?:ally)?\b|\bwill (?:they|it) (?:surely|definitely)\b/i;

/** Which relief a hardship question asks about: the court's procedures, or whether it is certain. */
export function extractRelief(text: string): 'COURT' | 'CERTAIN' | undefined {
  if (!DEBT_RELIEF.test(text)) return undefined;
  if (CERTAIN_ASKED.test(text)) return 'CERTAIN';
  return /개인\s?회생|파산|면책|\bbankrupt|\bindividual rehabilitation/i.test(text) ? 'COURT' : undefined;
}

/** Lowering the interest asked about: "이자 줄이는 방법", "대출 이자 좀 줄일 수 있을까요", "how can i pay less interest". */
export const INTEREST_CUT =
  /(?:이자|금리|이율)\S{0,3}\s?(?:를\s?|을\s?|좀\s?|도\s?)?(?:줄이|줄일|줄여|낮추|낮출|낮춰|아끼|아낄|덜\s?내)|(?:이자|금리)[^.?!]{0,25}(?:줄이는|낮추는|아끼는)\s?(?:방법|법)|\b(?:lower|reduce|cut|bring down)\b[^.?!]{0,12}\b(?:my |the )?(?:interest|loan rate)\b|\bpay less interest\b/i;

/** The right to ask for a lower rate asked about how: "how do i request a rate cut", "금리인하요구권 어떻게 써요". */
export const RATE_CUT_REQUEST =
  /금리\s?인하\s?(?:요구|요청|신청)|\b(?:request|ask for|apply for) (?:a )?(?:rate cut|rate reduction|lower (?:interest )?rate)\b|\brate[- ]cut request\b/i;

/**
 * The right to ask for a lower rate, asked or described: "금리인하요구권", "연봉이 올랐는데 금리 낮출 수 있나요?", "can I get a
 * lower rate if my credit score went up?".
 */
export const RATE_CUT_ASKED = new RegExp(
  String.raw`${RATE_CUT_REQUEST.source}|\b(?:can|could|should) i ask (?:them|the bank|my bank|the lender|my lender|kakao\w*|for) (?:to )?(?:a )?(?:lower|cut|reduce|lowering|cutting|reducing)\b(?: (?:it|the rate|my rate|a rate))?|(?:승진|연봉\s?(?:이\s?)?올랐|소득\s?(?:이\s?)?늘었|신용\s?점수\s?(?:가\s?)?올랐|이직)[^.?!]{0,30}금리\S{0,2}\s?(?:를\s?|좀\s?)?(?:낮춰|낮추|낮출|내려|내릴|깎아|깎을|인하)|right to (?:request|ask for) a (?:lower|reduced) (?:interest )?rate|rate[- ]cut request|\b(?:ask|request|get)\b[^.?!]{0,25}\b(?:lower|reduce|cut)\b[^.?!]{0,10}\b(?:my |the )?(?:interest )?rate\b[^.?!]{0,40}\b(?:promot|raise|income|salary|credit score)|\b(?:promot\w*|(?:got|had) a (?:pay |salary )?raise|income (?:went|has gone) up|credit score (?:went|has gone) up)\b[^.?!]{0,60}\b(?:lower|reduce|cut|better|cheaper)\b[^.?!]{0,10}\b(?:my |the |a )?(?:interest )?rate\b`,
  'i',
);

/** A card bill's minimum payment: "카드 최소결제금액 얼마예요?", "whats the minimum payment on my card". */
export const MINIMUM_PAYMENT =
  /최소\s?(?:결제|납부|청구|상환)\s?(?:금액|액)?|\bminimum (?:payment|amount (?:due|to pay)|due)\b|\bmin(?:imum)? (?:pay|payment) (?:on|for) (?:my |the )?card\b/i;

/**
 * A family member's debts or an inheritance of debts: "아버지가 돌아가셨는데 빚이 있어요. 제가 갚아야 하나요?", "부모님 빚을
 * 제가 갚아야 하나요?", "상속포기 어떻게 해요", "my dad passed away and left debt, do i have to pay it".
 */
export const INHERITED_DEBT =
  /상속\s?포기|한정\s?승인|(?:빚|채무|부채|대출)\S{0,2}\s?(?:을\s?|를\s?|도\s?)?(?:상속|물려)|상속\S{0,3}\s?(?:받은|된|되는|될)?\s?(?:빚|채무|부채)|(?:돌아가(?:셨|신|시)|사망|별세)[^.?!]{0,30}(?:빚|채무|부채|대출)|(?:빚|채무|부채|대출)[^.?!]{0,30}(?:돌아가(?:셨|신|시)|사망|별세)|(?:부모님|아버지|어머니|아빠|엄마|부친|모친|시부모님?|장인|장모|형|누나|오빠|언니|동생|가족)\S{0,3}\s?(?:이\s?|가\s?|의\s?)?(?:빚|채무|부채|대출)\S{0,2}\s?(?:을\s?|를\s?|도\s?)?[^.?!]{0,12}(?:갚아야|갚을\s?(?:의무|책임)|떠안|대신\s?갚)|\binherit\w*\b[^.?!]{0,30}\b(?:debts?|loans?)\b|\b(?:debts?|loans?)\b[^.?!]{0,30}\binherit|\b(?:passed away|died|death|deceased)\b[^.?!]{0,50}\b(?:debts?|loans?|owed?)\b|\b(?:debts?|loans?)\b[^.?!]{0,40}\b(?:passed away|died)\b|\b(?:my )?(?:dad|father|mom|mum|mother|parents?|brother|sister|family)(?:'s|s')? (?:debts?|loans?)\b[^.?!]{0,40}\b(?:do i|have to|pay|responsible|liable)\b|\brenounc\w* (?:the |an |my )?inheritance\b/i;

/** A housing-subscription account asked about: "청약통장 해지하면 손해인가요?", "should i close my housing subscription". */
export const HOUSING_SUBSCRIPTION =
  /(?:주택\s?)?청약\s?(?:통장|저축|종합\s?저축)|\bhousing subscription (?:account|savings)\b/i;

/** The fees of a card payment abroad: "해외 결제 수수료 얼마나 붙어요?", "what fees do i pay using my card abroad". */
export const OVERSEAS_CARD_FEES =
  /(?:해외|외화|달러|엔화|현지\s?통화)\s?(?:카드\s?)?(?:결제|이용|사용|직구)?\s?수수료|(?:해외|외국)[^.?!]{0,15}수수료|원화\s?결제\s?(?:차단|수수료|서비스)|\bDCC\b|\b(?:foreign|overseas|international) (?:transaction |exchange |currency )?fees?\b|\bfees?\b[^.?!]{0,30}\b(?:abroad|overseas|foreign currency)\b/i;

/** The house's products a customer names (catalogue ids of the insights module's PRODUCT_CATALOGUE). */
export const HOUSE_PRODUCTS: readonly (readonly [string, RegExp])[] = [
  ['SAVINGS_YOUTH', /청년\s?(?:희망\s?)?적금|\byouth (?:hope )?savings\b/i],
  ['SAVINGS_FREE', /자유\s?(?:적립\s?)?적금|\bflexible savings\b/i],
  ['DEPOSIT_12M', /정기\s?예금|\b(?:term|fixed|time) deposit\b/i],
  ['CARD_TRAVEL', /트래블\s?(?:마일리지\s?)?카드|\btravel (?:mileage )?card\b/i],
  ['CARD_ONLINE_CASHBACK', /(?:온라인\s?)?캐시백\s?카드|\b(?:online )?cashback card\b/i],
  ['CARD_DINING', /외식\s?(?:·|\s)?\s?배달\s?(?:적립\s?)?카드|\bdining (?:& |and )?delivery card\b/i],
  ['CARD_COMMUTE', /주유\s?(?:·|\s)?\s?교통\s?(?:할인\s?)?카드|\bfuel (?:& |and )?transit card\b/i],
  ['CARD_FAMILY', /패밀리\s?(?:생활\s?)?카드|\bfamily (?:living )?card\b/i],
];

/** Savings products asked for: "적금 추천해주세요", "좋은 예금 있어요?", "savings account with good interest", "park 3m". */
const RECOMMEND_SAVINGS =
  /(?:적금|예금|예적금)\S{0,3}\s?(?:하나\s?)?(?:들|가입하|넣|시작하)[^.?!]{0,12}?(?:뭐가\s?(?:좋|나아|낫)|어떤\s?(?:게|거|걸)|추천|어디가\s?(?:좋|나아|낫))|(?:적금|예금|예적금|저축\s?상품)\S{0,3}\s?(?:상품\S{0,2}\s?)?(?:좀\s?)?(?:추천|뭐가\s?(?:좋|나아|낫)|어떤\s?(?:게|거|걸)|괜찮은\s?(?:거|게|상품)|있(?:어요|나요|을까요|나)\s?[?？]?\s*$)|(?:좋은|괜찮은|맞는|금리\s?(?:높은|좋은|센)|이자\s?(?:많이\s?)?(?:주는|높은))\s?(?:적금|예금|저축\s?상품)|(?:어떤|무슨)\s?(?:적금|예금)|(?:적금|예금)\s?(?:금리|이율)\S{0,2}\s?(?:몇|얼마|어떻게)|\b(?:recommend|suggest)\b[^.?!]{0,30}\b(?:savings|deposit|account)\b|\b(?:savings|deposit) (?:accounts?|products?|plans?)\b[^.?!]{0,30}\b(?:good|best|high|better|recommend|interest|rate)\b|\b(?:good|best|high|higher|better)[- ](?:interest|rate|yield) (?:savings|account|deposit)|\bpark (?:my |some |the )?(?:money|cash|savings|₩?\d[\d.,]*\s?(?:k|m|mil|million|won)?)\b|\b(?:good|best|better|top|high[- ]interest) (?:savings|deposit)(?: accounts?| products?)?\b|\b(?:which|what) (?:savings|deposit) (?:products?|accounts?|plans?)\b/i;

/** Cards asked for: "카드 추천해주세요", "카드 바꾸는 게 나을까요", "which card should I get", "a cashback card". */
const RECOMMEND_CARD =
  /카드\S{0,3}\s?(?:좀\s?)?(?:추천|뭐가\s?(?:좋|나아|낫)|바꾸는\s?게\s?(?:나을|좋을|낫)|바꿀까|새로\s?(?:만들까|만드는\s?게)|갈아탈까)|(?:어떤|무슨)\s?카드\S{0,2}\s?(?:가\s?|를\s?)?(?:좋|만들|나아|낫|쓰는\s?게\s?(?:좋|나))|(?:혜택|캐시백|적립|마일리지)\S{0,2}\s?(?:좋은|많은|높은|주는)\s?카드|\b(?:recommend|suggest)\b[^.?!]{0,20}\bcards?\b|\b(?:which|what|best|better) (?:credit |debit )?card\b[^.?!]{0,30}\b(?:should|for me|to get|to use|cashback|miles|travel|better|best)\b|\bswitch(?:ing)? (?:my )?(?:credit )?cards?\b|\bnew card\b[^.?!]{0,20}\b(?:better|worth|should)\b|\b(?:any|a) (?:credit |debit )?card\b[^.?!]{0,25}\b(?:suits?|fits?|match(?:es)?|good for|better for|for me)\b/i;

/** Any product asked for: "저한테 맞는 상품 있어요?", "상품 추천해주세요", "recommend me something that fits me". */
const RECOMMEND_ANY =
  /(?:저한테|나한테|제게|내게|저에게)\s?(?:맞는|좋은|괜찮은|필요한)\s?(?:금융\s?)?(?:상품|거)|(?:금융\s?)?상품\S{0,2}\s?(?:좀\s?)?추천|추천\s?(?:상품|해\s?줄\s?만한|할\s?만한)|\brecommend (?:me )?(?:something|a product|products|anything)\b|\bproducts? (?:that )?(?:fits?|suits?|for) me\b|\bwhat products? (?:would|do|can) you recommend\b|\bwhat (?:would|do|can) you recommend (?:for|to) me\b|\b(?:any|some|a few|your) (?:product )?recommendations?\b|\bproduct recommendations?\b|\brecommendations? for me\b/i;

/** The kind of the house's products asked for, if the message asks for one. */
export function extractRecommend(text: string): 'SAVINGS' | 'CARD' | 'ANY' | undefined {
  if (RECOMMEND_SAVINGS.test(text)) return 'SAVINGS';
  if (RECOMMEND_CARD.test(text)) return 'CARD';
  if (RECOMMEND_ANY.test(text)) return 'ANY';
  // "청년 적금 금리 몇프로에요?": a product of the house named is asked about — not two kinds set side by side ("is a
  // fixed deposit better than an installment savings account", a question of how they work).
  if (
    /\bbetter than\b|\bvs\.?\b|\bversus\b|\bor (?:an? )?(?:installment|instalment|savings|deposit)|보다\s?(?:나아|낫|좋)|차이/i.test(
      text,
    )
  )
    return undefined;
  const named = HOUSE_PRODUCTS.find(([, re]) => re.test(text))?.[0];
  return named ? (named.startsWith('CARD') ? 'CARD' : 'SAVINGS') : undefined;
}

/** The government-backed loans for low incomes asked about: "서민금융 정책대출 받을 수 있나요?", "햇살론 조건이 뭐예요". */
export const POLICY_LOANS =
  /서민\s?금융|정책\s?(?:자금\s?)?대출|햇살론|새희망\s?홀씨|미소\s?금융|최저\s?신용자\s?(?:특례\s?)?보증|소액\s?생계비\s?대출|\bgovernment[- ](?:backed|supported|subsidi[sz]ed) loans?\b|\bpolicy loans?\b/i;

/**
 * A card bill or a lump-sum purchase turned into instalments: "카드값 할부로 돌릴 수 있어요?", "일시불 할부 전환 되나요",
 * "can I convert my card bill into instalments" — not the instalment purchases already held ("할부 남은 거").
 */
export const INSTALMENT_CONVERSION =
  /(?:카드값|카드\s?대금|결제\s?(?:금액|대금)|일시불|결제한\s?(?:거|것))\S{0,3}\s?(?:을\s?|를\s?)?(?:할부로?\s?(?:전환|돌리|돌릴|돌려|바꾸|바꿀|바꿔|변경)|나눠\s?(?:내|낼|갚))|(?<!(?:자동)?차\s?)할부로\s?(?:전환|돌리|돌릴|돌려|바꾸|바꿀|바꿔|변경)|할부\s?전환|분할\s?납부|\b(?:convert|turn|switch|change|split)\b[^.?!]{0,30}\b(?:into|to) (?:an? )?instal?ments?\b|\binstal?ment conversion\b|\bsplit\b[^.?!]{0,40}\binto (?:more|longer|\d+|several|a few) (?:months|instal?ments)\b|할부\s?(?:개월\s?수?|기간)\S{0,2}\s?(?:을\s?|를\s?)?(?:늘리|늘릴|늘려|연장|바꾸|바꿀|바꿔|변경)|\bpay (?:my |the |a )?(?:credit )?(?:card )?bill (?:off )?in instal?ments\b/i;

/** Retirement asked about: "노후 준비 어떻게 해야 돼요?", "연금저축이랑 IRP 차이", "how should I save for retirement". */
export const RETIREMENT =
  /노후\s?(?:준비|대비|자금|생활)|은퇴\s?(?:준비|자금|후|하면)|연금\s?저축|\bIRP\b|개인\s?연금|퇴직\s?연금|국민\s?연금|\bretire(?:ment)?\b|\bpension\b/i;

/**
 * A loan's instalment paid with a card: "카드로 대출금 낼 수 있어요?", "can i pay my loan with my credit card" — not
 * directly: the lender debits an account; a card would mean a cash advance or a card loan (CASH_ADVANCE's answer).
 */
export const LOAN_BY_CARD =
  /(?:신용\s?)?카드로\s?(?:대출\s?(?:금|이자)?|이자|원리금|납입금|할부금)\S{0,2}\s?(?:을\s?|를\s?)?(?:갚|내|낼|낸|납부|상환|결제)|\b(?:pay|repay)(?:ing)?(?: off| back)? (?:my |the |a )?(?:loan|mortgage|instal?ment)s?(?: interest| payments?)? (?:with|using|on|by) (?:a |my |the )?(?:credit |debit )?card\b/i;

/**
 * A credit card's interest asked about: "카드 이자율 몇 프로야?", "whats the interest rate on my credit card" — not a cash
 * advance's or a card loan's (CASH_ADVANCE), nor a loan's paid with a card (LOAN_BY_CARD).
 */
export const CARD_RATES =
  /(?:신용\s?)?카드\s?(?:값\s?|대금\s?|할부\s?)?(?:이자율|이자|금리|연이율|수수료율)|\b(?:interest rates?|interest|aprs?|rates?) (?:on|for|of) (?:my |a |the |your )?(?:credit |debit )?cards?\b|\bcredit cards?(?:'s)? (?:interest(?: rates?)?|aprs?|rates?)\b|\bcard (?:interest(?: rates?)?|aprs?)\b/i;

/** The income on file asked about: "내 소득 얼마로 되어있어요?", "등록된 연봉", "what income do you have for me?". */
export const INCOME_ON_FILE =
  /(?:연\s?)?(?:소득|연봉|월급)\S{0,2}\s?(?:이\s?|은\s?|는\s?)?(?:얼마로|얼마라고|몇으로|어떻게)\s?(?:되어|돼|등록|잡혀|나와|들어가)|등록된\s?(?:연\s?)?(?:소득|연봉)|\bwhat (?:income|salary) (?:do you have|have you got|is (?:on file|registered|recorded))\b|\b(?:income|salary) (?:you have )?on file\b|\bwhat(?:'s| is| do you have as) my (?:registered |recorded )?(?:annual )?(?:income|salary)\b|\bwhat (?:was|were) my (?:monthly |annual )?(?:income|salary|earnings)\b|\bhow much (?:did|do) i (?:earn|get paid)\b(?![^.?!]*\binterest\b)/i;

/** A debit card against a credit card: "체크카드랑 신용카드 차이가 뭐예요?", "debit card or credit card, which is better?". */
export const CARD_TYPES =
  /체크\s?카드\S{0,3}\s?(?:랑|와|과|하고|vs|이랑|대|,|아니면|or)\s?신용\s?카드|신용\s?카드\S{0,3}\s?(?:랑|와|과|하고|vs|이랑|대|,|아니면|or)\s?체크\s?카드|\b(?:debit|check) cards?\b[^.?!]{0,20}\b(?:and|vs\.?|versus|or)\b[^.?!]{0,5}\bcredit cards?\b|\bcredit cards?\b[^.?!]{0,20}\b(?:and|vs\.?|versus|or)\b[^.?!]{0,5}\b(?:debit|check) cards?\b/i;

/** What COFIX is: "코픽스가 뭐예요?", "what is COFIX" — not a rise of it ("코픽스 오르면", the rate what-if). */
export const COFIX_ASKED =
  /(?:코픽스|\bcofix\b)(?![^.?!]{0,12}(?:오르|올라|오를|인상|상승|내리|내려|떨어|\bgoes up\b|\brises?\b|\bfalls?\b))/i;

/** A card's annual fee asked about: "카드 연회비 얼마야?", "what's the annual fee on my card?", "yearly fee for my woori card". */
export const CARD_ANNUAL_FEE =
  /연회비|\b(?:annual|yearly) (?:card |membership )?fees?\b|\bcard(?:'s)? (?:annual|yearly|membership) fees?\b/i;

/**
 * Interest-free instalments asked about: "무이자 할부 돼?", "이 카드 무이자할부 몇개월까지 돼요", "can i get interest-free
 * instalments?", "split my purchase into installments with no interest".
 */
export const INTEREST_FREE_INSTALMENTS =
  /무이자\s?(?:할부|로\s?(?:나눠|할부)|\d+\s?개월)|할부\S{0,3}\s?무이자|\b(?:interest|fee)[- ]free instal?l?ments?\b|\bno[- ]interest instal?l?ments?\b|\b(?:0%|zero[- ]interest|0%[- ]interest) instal?l?ments?\b|\binstal?l?ments?\b[^.?!]{0,20}\b(?:with(?:out)?|at) (?:no|zero|0%?|any) interest\b|\bsplit\b[^.?!]{0,40}\b(?:with |at |for )?(?:no|zero|0%?) interest\b/i;

/**
 * How many months a purchase can be split: "할부 몇 개월까지 돼?", "최대 몇 개월 할부", "how many months can i split a
 * purchase?" — not how many are left on the ones held ("할부 몇 개월 남았지").
 */
export const INSTALMENT_MONTHS =
  /(?<!(?:자동차|차량|차)\s?)할부\S{0,3}\s?(?:는\s?|은\s?)?(?:최대\s?|최장\s?)?몇\s?(?:개월|달)\s?(?:까지|이나|로\s?(?:가능|돼|되|할\s?수)|가능)|(?:최대|최장)\s?몇\s?(?:개월|달)\s?할부|몇\s?(?:개월|달)\s?할부\S{0,2}\s?(?:까지|가능|돼|되|할\s?수)|\bhow many months\b[^.?!]{0,30}\b(?:split|spread|instal?l?ments?|pay (?:it )?(?:in|over))\b|\b(?:max(?:imum)?|longest) (?:number of )?months?\b[^.?!]{0,20}\b(?:instal?l?ments?|split)\b|\b(?:max(?:imum)?|longest) instal?l?ment (?:term|period)\b|\bhow long can i (?:split|spread)\b/i;

/**
 * The instalment fee or a conversion's: "할부 수수료율 몇 프로야", "할부전환 수수료 얼마야?", "할부전환하면 수수료 얼마나
 * 나와요?", "what's the instalment fee?" — not a loan's instalment, nor a card's instalment interest (CARD_RATES, "카드 할부
 * 이자 얼마나 붙어요?").
 */
export const INSTALMENT_FEE =
  /(?<!(?:자동차|차량|차)\s?)할부\s?(?:전환\s?)?수수료|(?<!(?:자동차|차량|차|카드)\s?)할부\s?(?:이자율|이자\s?(?:몇|얼마))|할부\s?전환\S{0,4}\s?[^.?!]{0,8}수수료|\binstal?l?ment (?:conversion )?(?:fees?|rates?|charges?|interest rates?)\b|\b(?:fees?|charges?) (?:for|on) (?:converting|splitting)\b/i;

/** Terms a product question asks to have explained, in the order they are tried (the more specific first). */
/**
 * QA round 26 (helper en1). What jeonse or a jeonse loan is: "what does jeonse mean", "what is a jeonse loan", "what's
 * jeonse", "explain jeonse", "전세가 뭐예요?", "전세대출이 뭐예요?", "전세자금대출이란?" — the term asked, never "my jeonse
 * loan" (its figures) nor the deposit guarantee.
 */
const JEONSE_MEANING =
  /\bwhat(?:\sis|'s|’s|\sdoes)\s(?:a\s|an\s|the\s)?jeonse(?:\s(?:deposit\s)?loans?|\sdeposit)?(?:\s(?:mean|means)(?:\sfor me)?)?\s*[?？.!]*\s*$|\b(?:meaning of|explain|define)\s(?:a\s|the\s)?jeonse\b(?!\s(?:deposit\s)?(?:guarantee|insurance))|^\s*jeonse(?:\s(?:deposit\s)?loan)?\s(?:means|meaning)\s*[?？]*\s*$|(?:^|\s)전세(?:자금)?(?:대출)?(?:이|가|란|라는\s?(?:게|건|것이))\s?(?:뭐|무엇|무슨\s?(?:뜻|말))|(?:^|\s)전세(?:자금)?(?:대출)?(?:이|가)?\s?(?:뜻|의미)/i;

/**
 * QA round 26 (helper en1). The Credit Counseling & Recovery Service asked what it is: "what is 신용회복위원회?", "what's
 * the credit counseling committee", "신복위가 뭐예요?", "who are CCRS" — not how to apply (the hardship answer).
 */
export const CREDIT_COUNSELING_ASKED =
  /(?:\bwhat(?:\sis|'s|’s|\sdoes)|\bwho (?:is|are)|\bexplain|\btell me about|\bmeaning of)\s(?:the\s)?(?:신용회복위원회|신복위|credit counsel(?:l)?ing(?: (?:and|&) recovery)? (?:committee|service|commission)|credit recovery (?:committee|service)|ccrs)(?![a-z])|(?:신용회복위원회|신복위)\S{0,2}\s?(?:가|는|은|란|이란)?\s?(?:뭐|무엇|뭐하는|어떤\s?곳)/i;

const PRODUCT_TERMS: readonly [ProductTopicSlot, RegExp][] = [
  ['CREDIT_COUNSELING', CREDIT_COUNSELING_ASKED],
  ['JEONSE', JEONSE_MEANING],
  ['INHERITED_DEBT', INHERITED_DEBT],
  ['GUARANTEE', GUARANTEE],
  ['HOUSING_SUBSCRIPTION', HOUSING_SUBSCRIPTION],
  ['OVERSEAS_CARD_FEES', OVERSEAS_CARD_FEES],
  ['POLICY_LOANS', POLICY_LOANS],
  // The card's own terms, before a conversion ("할부전환 수수료 얼마야?" asks the fee) and a card's rates.
  ['CARD_ANNUAL_FEE', CARD_ANNUAL_FEE],
  ['INTEREST_FREE_INSTALMENTS', INTEREST_FREE_INSTALMENTS],
  ['INSTALMENT_FEE', INSTALMENT_FEE],
  ['INSTALMENT_MONTHS', INSTALMENT_MONTHS],
  ['INSTALMENT_CONVERSION', INSTALMENT_CONVERSION],
  ['RETIREMENT', RETIREMENT],
  ['MISTAKEN_TRANSFER', MISTAKEN_TRANSFER],
  ['TAX_DEDUCTION', TAX_DEDUCTION_ASKED],
  ['GRACE_PERIOD', /거치\s?(?:기간|식)|grace period/i],
  [
    'REPAYMENT_METHODS',
    /원리금\s?균등|원금\s?균등|만기\s?일시|상환\s?(?:방식|방법)\S{0,2}\s?(?:의\s?)?(?:차이|뭐|종류|어떤)|equal (?:principal|monthly|instal?ments?|payments?)|amorti[sz]|bullet repayment|repayment (?:method|type|option)s?/i,
  ],
  ['RATE_CUT_RIGHT', RATE_CUT_ASKED],
  [
    'RATE_TYPES',
    /(?:고정|변동|혼합형?|주기형)\s?금리|(?:고정|변동)\s?(?:형\s?)?(?:으로|로)\s?(?:바꾸|바꿀|바꿔|전환|갈아)|고정[^.?!]{0,8}변동|변동[^.?!]{0,8}고정|\b(?:fixed|variable|floating|adjustable)(?:[- ]rate)?\b[^.?!]{0,30}\b(?:or|vs\.?|versus|difference|mean|loan|rate)\b|difference between (?:a )?(?:fixed|variable)|\b(?:switch|move|change|convert)(?:ing)? (?:it |my loan |the loan )?to (?:a )?fixed(?:[- ]rate)?\b/i,
  ],
  [
    'CASH_ADVANCE',
    new RegExp(
      String.raw`현금\s?서비스|단기\s?카드\s?대출|카드\s?론|장기\s?카드\s?대출|\bcash advances?\b|\bcard loans?\b|${LOAN_BY_CARD.source}`,
      'i',
    ),
  ],
  [
    'REVOLVING',
    new RegExp(String.raw`리볼빙|일부\s?결제\s?금액\s?이월|\brevolving\b|${MINIMUM_PAYMENT.source}`, 'i'),
  ],
  [
    'DEPOSIT_PROTECTION',
    /예금자\s?보호|예금\s?보험|deposit (?:insurance|protection)|(?:protected|insured) up to|(?:is my money|are (?:my )?deposits) (?:safe|protected|insured)|\bsafe to (?:keep|put|leave|have) (?:my )?(?:money|savings|deposits?)\b|\bif (?:the|my|this) bank (?:goes bust|goes under|fails|collapses|goes bankrupt)\b|은행\S{0,2}\s?(?:이\s?|가\s?)?(?:망하|파산|부도)|(?:예금|적금|돈)\S{0,2}\s?(?:은\s?|는\s?)?(?:안전한|안전할|떼일|날릴)/i,
  ],
  ['CARD_TYPES', CARD_TYPES],
  ['COFIX', COFIX_ASKED],
  // Last: a card loan's or a cash advance's rate is theirs, and revolving's fee is revolving's.
  ['CARD_RATES', CARD_RATES],
];

/** The product topics other intents read ("갈아타면 중도상환수수료는요?" is a payoff's fee, not a glossary term). */
const TOPICS_OUTSIDE_PRODUCT: Partial<Record<CounselIntent, readonly ProductTopicSlot[]>> = {
  PAYOFF_QUOTE: ['PREPAYMENT_FEE'],
  PREPAYMENT_EFFECT: ['PREPAYMENT_FEE'],
  // "변동금리를 고정금리로 바꾸는 게 나아요?": the loan's own rate type before the offers.
  REFINANCE: ['RATE_CUT_RIGHT', 'RATE_TYPES'],
};

/** The product question's topic: the prepayment fee, the lending ratios (one or several), or a term to explain. */
export function extractProductTopic(text: string): ProductTopicSlot | undefined {
  if (PREPAYMENT_FEE.test(text)) return 'PREPAYMENT_FEE';
  const ratios = LENDING_RATIO_TERMS.filter(([, re]) => re.test(text));
  if (ratios.length > 1) return 'LENDING_RATIOS';
  if (ratios.length === 1) return ratios[0][0];
  return PRODUCT_TERMS.find(([, re]) => re.test(text))?.[0];
}

/** Interest already paid ("올해 이자 얼마 냈어요?", "how much interest did I pay this year?"). */
/** QA round 28 (lead). Since the loans began: "지금까지", "대출 받고 나서", "in total since i took the loan". */
export const SINCE_THE_START =
  /지금까지|여태|이때까지|그동안|대출\s?받고\s?(?:나서|부터)|처음부터|\bsince (?:i|we) (?:took|got|started|began)\b|\bsince the (?:start|beginning)\b|\bin total\b|\baltogether\b|\bso far\b/i;

const INTEREST_PAID =
  /이자\S{0,2}\s?(?:를\s?|는\s?|로\s?)?(?:지금까지\s?|여태(?:까지)?\s?|그동안\s?|이때까지\s?)?(?:모두\s?|총\s?|다\s?)?(?:얼마나?\s?|몇\s?(?:번\s?|회\s?)?)?(?:냈|낸|내었|납부했|납부한|갚았|지불했|나갔)|(?:낸|납부한|갚은|지불한|나간)\s?(?:대출\s?)?이자|interest (?:have )?i(?:'ve)? (?:have )?(?:already )?paid|interest (?:did|have) i (?:already )?pa(?:y|id)|interest (?:i )?paid|paid in interest|interest (?:payments? )?(?:so far|to date)|\bhow many (?:times have i paid interest|interest payments)\b/i;

/** Interest already paid is asked about ("이자 몇 번 냈어요?", "how many interest payments have I made?"), not the next. */
export function interestAlreadyPaid(text: string): boolean {
  return INTEREST_PAID.test(text);
}
const LAST_YEAR = /작년|지난\s?해|전년|last year|previous year/i;

/** A usual month as the yardstick: "평소보다", "평소에 비해", "보통 달보다", "than usual", "than normal". */
const USUAL =
  /평소(?:보다|보단|에\s?비해|대비|랑\s?비교|와\s?비교)|보통\s?(?:달|때)(?:보다|에\s?비해)|\bthan (?:usual|normal|i usually do|(?:a |my )?(?:normal|usual|typical) month)\b|\b(?:compared (?:to|with)|vs\.?|versus) (?:usual|normal|(?:a |my )?(?:normal|usual|typical) month)\b/i;

/** A comparison with the period before. */
const COMPARE =
  /(?:상반기|하반기)\S{0,2}\s?(?:랑|이랑|와|과|하고|vs)\s?(?:상반기|하반기)|\b(?:first|second) half\b[^.?!]{0,25}\b(?:than|or|vs\.?|versus|compared (?:to|with))\b[^.?!]{0,10}\b(?:first|second) half\b|보다|에\s?비해|비해서|대비|비교|늘었|줄었|(?:더|덜)\s?(?:많이|적게|썼|쓴|쓰고|쓰는)|more than|less than|\bcompar(?:e|ed|ing|ison)\b|\bvs\.?\s|than (?:last|the previous|before)|(?:went|gone|go|going) (?:up|down)|increase|decrease|higher than|lower than/i;

/** Why spending changed: "왜 이렇게 많이 썼지?", "지출이 왜 늘었어요?", "why did my spending go up?". */
/** Which category grew most: "어떤 업종이 제일 많이 늘었어?", "뭐가 제일 많이 늘었어?", "which category grew the most". */
export const CATEGORY_RISE =
  /(?:어떤|무슨|어느)\s?(?:항목|업종|카테고리|분야|지출|데|곳)?\S{0,2}\s?(?:이\s?|가\s?|에서\s?)?(?:제일|가장)\s?(?:많이\s?)?(?:늘|증가|올랐|올라)|뭐가\s?(?:제일|가장)\s?(?:많이\s?)?(?:늘|증가|올랐|올라)|\bwhich (?:category|categories|kind of spending|type of spending)\b[^.?!]{0,25}\b(?:grew|grow|grown|increased|went up|gone up|rose|risen|jumped)\b|\bwhere (?:did|has) my spending (?:grow|grew|grown|increase|increased|go up|gone up)\b|\bwhat (?:did i spend|have i spent) (?:a lot |much )?more on\b/i;

const CHANGE_WHY =
  /왜\s?(?:이렇게\s?|갑자기\s?|자꾸\s?)?(?:많이\s?)?(?:늘|증가|올라|많아|많이\s?(?:썼|나왔|나가))|(?:늘어난|증가한|많아진)\s?(?:이유|원인)|\bwhy (?:did|has|have|is|are|was) (?:my )?(?:card )?(?:spending|expenses|bills?|costs?)\b[^.?!]{0,12}\b(?:go(?:ne)? up|increase|increased|rise|risen|grow|grown|jump|jumped|so high|higher)\b|\bwhy (?:did|have) i spen[dt] (?:so much )?more\b|\bwhy (?:does|do|is|are) (?:my )?(?:card )?(?:spending|expenses|bills?|costs?)\b[^.?!]{0,8}\b(?:keep(?:s)? (?:going up|rising|increasing|growing)|going up|rising)\b|(?:카드값|지출|소비)\S{0,2}\s?(?:이\s?|가\s?)?(?:왜\s?)?(?:계속|자꾸|매달)\s?(?:늘|올라|많아)/i;

/**
 * QA round 22 (spendfu). "지난달에 왜케 많이썼지", "왜 이리 많이 나갔지", "why did i spend so much last month": why a
 * period's spending was high (was its total alone).
 */
const CHANGE_WHY_CASUAL =
  /왜\s?(?:케|캐|이리|일케|이케|그렇게|그리)\s?(?:많이|마니|많|돈을?\s?많이)\s?(?:썼|썻|쓴|쓰|나왔|나갔|나가)|\bwhy (?:did|have|do) i (?:spend|spent|blow|blew|blown) so much\b|\bhow did i (?:spend|blow) so much\b/i;

/**
 * QA round 26. A month's spending asked why it was high, the month named alone: "why was october so high?", "why was
 * last month so expensive?" (was small talk) — the month against the usual, with what made it. QA round 27 (helper
 * en27b): "why was october higher than september", "10월이 9월보다 왜 많아요?" (was small talk) — the month comparison.
 */
export const MONTH_HIGH_WHY = new RegExp(
  String.raw`\bwhy (?:was|is|were) (?:(?:${EN_MONTHS.join('|')})|(?:last|this|that) month)(?:'s (?:spending|bill))? (?:so |this |that )?(?:high|expensive|big|bad|much|large)\b|\bwhy (?:was|is|were) (?:${EN_MONTHS.join('|')})(?:'s (?:spending|bill))? (?:so |much |a lot |that much )?(?:higher|bigger|more expensive|more) than (?:${EN_MONTHS.join('|')})\b|\d{1,2}월\S{0,2}\s?\d{1,2}월\s?보다\s?왜\s?(?:이렇게\s?|그렇게\s?)?(?:더\s?)?(?:많|높|커|컸)`,
  'i',
);

/** A lost or stolen card (not a stolen card number: that is fraud with the card still in hand). */
const CARD_LOST =
  /(?:카드|지갑)\S{0,2}\s?(?:를\s?|을\s?)?(?:분실|잃어\s?버|잃었|도난|도둑|소매치기|훔쳐)|(?:분실|도난)\s?(?:했|됐|당했|신고)|lost (?:my |the )?(?:[a-z]+ )?(?:credit |debit |check )?(?:card|wallet)|(?:card|wallet) (?:is |was |got |has been )?(?:lost|stolen|missing)|stole my (?:card|wallet)/i;

/**
 * A scam rather than a card used by someone else: voice phishing, a smishing text, a stranger who was sent money
 * ("보이스피싱 당한 것 같아요", "대출 사기 문자를 받았어요", "I think I got scammed"). 사기 needs a word of fraud beside
 * it: "차 사기 전에" is buying.
 */
const SCAM =
  /보이스\s?피싱|스미싱|메신저\s?피싱|(?:전화|문자|메시지|카톡|링크|대출|금융|투자|중고\s?거래|로맨스)\s?사기|사기\S{0,3}\s?(?:를\s?|을\s?)?(?:당했|당한|당하|당해|당할|같|인\s?(?:것|거|가|지)|일까|꾼|계좌|범|피해|전화|문자)|사칭|속아서|속았|안전\s?계좌|(?:검찰|검사|경찰|수사관|금감원|금융\s?감독원|은행|캐피탈|카드사|저축\s?은행)\S{0,3}\s?(?:이라고|라고|이라며|라며|이라면서|라면서)\s?(?:\S+\s?){0,6}(?:전화|문자|연락|카톡)|(?:대출|한도)\S{0,3}\s?(?:승인|가능|나왔|됐)\S{0,4}\s?(?:다는|다고|다며|다면서)\s?(?:\S+\s?){0,3}(?:문자|전화|연락|카톡)|(?:문자|전화|연락|카톡)\S{0,3}\s?(?:이\s?|가\s?)?(?:진짜|사실인|믿어도|진짠가|맞나)|\b(?:text|message|call|email|sms|letter)s?\b[^.?!]{0,60}\b(?:is (?:it|this|that) (?:real|legit|legitimate|genuine|a scam)|real\?|legit\?)|\b(?:text|message|call|email|sms)s?\b[^.?!]{0,40}\b(?:loan|credit)\b[^.?!]{0,20}\b(?:pre-?)?approved\b|\b(?:text(?:ed)?|messaged?|called|call|e-?mail(?:ed)?|sms)s?\b[^.?!]{0,40}\b(?:pre-?approved|approved)\b[^.?!]{0,30}\b(?:loan|credit)\b|\b(?:loan|credit)\b[^.?!]{0,60}\b(?:pay|send|transfer|wire|deposit)\b[^.?!]{0,12}\b(?:a |an |the )?(?:fee|deposit|guarantee|charge|insurance)\b[^.?!]{0,15}\b(?:first|before|upfront|in advance)\b|\b(?:upfront|advance) fee\b|\b(?:send|pay|transfer|wire|deposit)\b[^.?!]{0,25}\b(?:fee|deposit|guarantee|insurance|charge)\b[^.?!]{0,15}\b(?:before|first|to release|to get|so)\b[^.?!]{0,20}\b(?:loan|credit)\b|(?:대출|한도)[^.?!]{0,40}(?:수수료|보증금|보험료|선납금|인지세)\S{0,2}\s?(?:를\s?|을\s?)?(?:먼저|미리)\s?(?:보내|입금|송금|내)|선입금|(?:결제|승인)\S{0,4}\s?(?:시도|요청)?\S{0,4}\s?(?:됐다고|되었다고|했다고|됐다는|되었다는)\s?(?:\S+\s?){0,2}(?:문자|카톡|메시지)|\bscam(?:med|mer|s)?\b|\b(?:phishing|smishing|vishing)\b|\bconned\b|\bdefrauded\b|\bfraudster|\bimpersonat|\bpretend(?:ed|ing)? to be (?:from )?(?:the |my )?(?:bank|police|prosecutor|fss|lender)|\b(?:called|texted|messaged|rang|emailed)\b[^.?!]{0,40}\b(?:saying|said|claiming|claimed)\b[^.?!]{0,20}\bfrom (?:my |the )?(?:bank|card company|police|prosecutor'?s? office|fss|lender)\b|\bask(?:ed|ing|s)? (?:me )?for (?:my|the|your) (?:card |bank |account |one[- ]time |verification )?(?:pin|password|otp|cvc|cvv|security code|code|card number)\b|(?:otp|인증\s?번호|비밀\s?번호|보안\s?카드|카드\s?번호|계좌\s?비번)\S{0,3}\s?(?:를\s?|을\s?|좀\s?)?(?:알려\s?(?:달라|달래|줘야|주면|줘도|드려야|드려도)|불러\s?(?:달라|달래|줘)|보내\s?(?:달라|달래))|\bsafe account\b|(?:대출|대환|갈아타|저금리)\S{0,8}\s?(?:문자|전화|카톡|연락)\S{0,2}\s?(?:가\s?|이\s?|를\s?)?(?:왔|받)|\bmove (?:my |the |all my )?(?:money|savings|funds) (?:to|into) (?:a |the )?['‘"]?safe\b|\bfrom (?:the |my )?['‘"]?(?:prosecutor|police|fss|financial supervisory)|\b(?:text|message|sms|e-?mail|dm)\b[^?!]{0,100}\b(?:click|tap|open|follow) (?:a|the|this|that|on the|on a) link\b|\b(?:text|message|sms|e-?mail|call)\b[^?!]{0,120}\bis (?:it|this|that) (?:real|legit|legitimate|genuine|a scam)\b|\b(?:account|card) (?:is |was |has been |got )?(?:frozen|suspended|locked|blocked)\b[^?!]{0,40}\b(?:link|click|call (?:this|the) number)\b/i;

/**
 * Someone posing as family or a friend who asks for money by messenger (메신저피싱: "엄마가 카톡으로 폰 고장났다고 돈
 * 보내달래요", "my daughter texted from a new number asking for money").
 */
const FAMILY = String.raw`(?:엄마|아빠|어머니|아버지|부모님|딸|아들|자녀|가족|동생|언니|오빠|누나|형|친구|지인|남편|아내|와이프|조카|삼촌|이모|고모)`;
const MESSENGER_WORD = String.raw`(?:카톡|카카오톡|문자|메시지|메신저|톡|라인|텔레그램)`;
const ASK_MONEY = String.raw`(?:돈|송금|보내|입금|이체|상품권|기프트\s?카드|신분증|계좌|결제)`;
// The message asks for it (달래요, 보내 달라고, 부탁): sending money to a friend by KakaoPay is no scam.
const ASKED = String.raw`\S{0,6}\s?(?:달래|달라|해\s?달|사\s?달|보내\s?라|부탁|요구|필요하다|급하다)`;
const MESSENGER_SCAM = new RegExp(
  String.raw`${FAMILY}\S{0,4}[^.?!]{0,30}${MESSENGER_WORD}[^.?!]{0,40}${ASK_MONEY}${ASKED}|${MESSENGER_WORD}[^.?!]{0,20}${FAMILY}[^.?!]{0,40}${ASK_MONEY}${ASKED}|(?:폰|휴대폰|핸드폰|전화기)\S{0,2}\s?(?:이\s?|가\s?)?(?:고장|액정|깨져|깨졌|망가|잃어)[^.?!]{0,40}${ASK_MONEY}|\b(?:my\s)?(?:mom|mum|mother|dad|father|parents?|son|daughter|kid|child|sister|brother|friend|husband|wife)\b[^.?!]{0,60}\b(?:text(?:ed|s)?|messag(?:e|ed|es)|whatsapp|kakao(?:talk)?|dm(?:ed)?)\b[^.?!]{0,60}\b(?:ask(?:s|ed|ing)?|want(?:s|ed)?|need(?:s|ed)?|begg\w*)\b[^.?!]{0,30}\b(?:money|send|transfer|wire|gift ?cards?)\b|\bnew (?:phone )?number\b[^.?!]{0,60}\b(?:money|send|transfer|gift ?cards?)\b|\b(?:text(?:ed|s)?|messag(?:e|ed|es)|whatsapp|kakao(?:talk)?|dm(?:ed)?)\b[^.?!]{0,40}\b(?:pretend\w*|claim\w*|saying|says|posing as)\b[^.?!]{0,20}\b(?:my\s)?(?:mom|mum|mother|dad|father|parents?|son|daughter|kid|child|sister|brother|friend|husband|wife)\b[^.?!]{0,60}\b(?:money|send|transfer|wire|gift ?cards?)\b`,
  'i',
);

/** A text's link clicked or its app installed ("택배 문자 링크를 눌렀어요", "I clicked a link in a text"). */
const SCAM_LINK =
  /(?:문자|카톡|메시지|메일)[^.?!]{0,40}링크\S{0,2}\s?(?:를\s?|을\s?)?(?:눌렀|클릭|눌러|들어갔|접속)|링크\S{0,2}\s?(?:를\s?|을\s?)?(?:눌렀|클릭했|눌러\s?버렸|잘못\s?눌)|택배\S{0,3}\s?(?:문자|조회|주소)[^.?!]{0,30}(?:링크|눌렀|클릭|앱)|(?:모르는|이상한|출처\s?불명의?)\s?(?:앱|어플)\S{0,2}\s?(?:을\s?|를\s?|이\s?|가\s?)?(?:설치|깔)|\bclicked (?:on )?(?:a|the|that|this|some) (?:\w+ )?link\b|\b(?:text|message|sms|email)\b[^.?!]{0,80}\b(?:package|parcel|delivery)\b[^.?!]{0,60}\b(?:link|click)|\b(?:package|parcel|delivery)\b[^.?!]{0,60}\b(?:text|message|sms)\b[^.?!]{0,60}\b(?:link|click)/i;

/** Money already sent, details given or an app installed: the scam has a victim, and the account must be stopped. */
export const SCAM_ACTED =
  /(?:송금|이체|입금)(?!\s?(?:하래|하라|해\s?달|해\s?주|하라고|요구|해야|하면))|보냈|보내\s?(?:버렸|줬|드렸)|돈\S{0,2}\s?(?:을\s?|를\s?)?(?:줬|뺏|날렸|날아|털)|당했|당한|당해|속았|속아서|(?:비밀\s?번호|인증\s?번호|계좌\s?번호|카드\s?번호|개인\s?정보|신분증|OTP)\S{0,3}\s?(?:를\s?|을\s?)?(?:알려|보내|줬|불러|찍어)(?!\s?(?:달라|달래|줘야|주면|줘도|드려야|드려도|달라고|달래요))|(?:앱|어플)\S{0,2}\s?(?:을\s?|를\s?)?(?:설치|깔았|깔아)|링크\S{0,2}\s?(?:를\s?|을\s?)?(?:눌렀|클릭)|\b(?:sent|transferred|wired|paid|gave)\b|\bgot (?:scammed|phished|conned)|\b(?:was|been|were) (?:scammed|phished|conned|defrauded)|\bclicked\b|\binstalled\b|\b(?:typed|entered|gave|put in|told them)\b[^.?!]{0,20}\b(?:password|pin|otp|one-time code|card number|account number)\b/i;

/** Whether a suspected fraud is a scam, and whether it has already cost money or details (VICTIM) or not yet. */
export function extractScam(text: string): 'VICTIM' | 'SUSPECT' | undefined {
  if (!SCAM.test(text) && !MESSENGER_SCAM.test(text) && !SCAM_LINK.test(text)) return undefined;
  return SCAM_ACTED.test(text) ? 'VICTIM' : 'SUSPECT';
}

/** A link already followed: "눌렀어요", "클릭했는데", "앱을 깔았어요", "I clicked", "I installed". */
const LINK_CLICKED =
  /눌렀|눌러\s?(?:버렸|봤|서)|클릭\s?했|클릭해\s?버렸|들어갔|접속\s?했|설치\s?했|설치\s?됐|깔았|깔려|\b(?:clicked|tapped|opened|followed|installed|downloaded)\b/i;

/** Money words that say the scam already took money ("보냈어요", "I sent"), beside a link clicked. */
const MONEY_GONE =
  /송금|이체|입금|보냈|보내\s?(?:버렸|줬|드렸)|빠져\s?나갔|돈\S{0,2}\s?(?:이\s?)?(?:나갔|빠졌|없어졌)|\b(?:sent|transferred|wired|paid|withdrawn|taken out)\b/i;

/** A loan offered by text or call ("pre-approved", "대출 승인됐다는 문자"), or a fee asked before it is paid out. */
const LOAN_OFFER_SCAM =
  /\b(?:pre-?approved|approved)\b[^.?!]{0,30}\b(?:loan|credit)\b|\b(?:loan|credit)\b[^.?!]{0,20}\b(?:is |was |been |got )?(?:pre-?)?approved\b|\b(?:fee|deposit|guarantee|insurance)\b[^.?!]{0,15}\b(?:first|before|upfront|in advance)\b|\b(?:upfront|advance) fee\b|\b(?:fee|deposit|guarantee|insurance|charge)\b[^.?!]{0,15}\b(?:before|first|to release|to get)\b[^.?!]{0,20}\b(?:loan|credit)\b|(?:대출|한도)\S{0,3}\s?(?:승인|가능|나왔|됐)|(?:수수료|보증금|보험료|선납금|인지세)\S{0,2}\s?(?:를\s?|을\s?)?(?:먼저|미리)|선입금|저금리\s?(?:대환|대출)\s?(?:문자|전화|안내)|(?:대출|대환|갈아타)\S{0,8}\s?(?:문자|전화|카톡)\S{0,2}\s?(?:가\s?|이\s?|를\s?)?(?:왔|받)/i;

/** A text about a card payment ("해외에서 결제 시도됐다고 문자 왔어요", "got a text about a payment abroad"). */
const PAYMENT_ALERT_SCAM =
  /(?:결제|승인)\S{0,4}\s?(?:시도|요청)?\S{0,4}\s?(?:됐다고|되었다고|했다고|됐다는|되었다는)\s?(?:\S+\s?){0,2}(?:문자|카톡|메시지)|\b(?:text|message|sms)\b[^.?!]{0,40}\b(?:payment|purchase|charge|transaction)\b[^.?!]{0,30}\b(?:approved|attempted|made|declined)\b/i;

/**
 * How a scam came: a messenger message posing as family (MESSENGER), a link clicked with no money gone (LINK), a loan
 * offered or a fee asked before one is paid out (LOAN_OFFER), a text about a card payment (PAYMENT_ALERT).
 */
export function extractScamKind(text: string): CounselSlots['scamKind'] {
  if (MESSENGER_SCAM.test(text)) return 'MESSENGER';
  // A link clicked (the phone first); one only received ("should I click it?") is the warning not to.
  if (SCAM_LINK.test(text) && LINK_CLICKED.test(text) && !MONEY_GONE.test(text)) return 'LINK';
  if (LOAN_OFFER_SCAM.test(text)) return 'LOAN_OFFER';
  if (PAYMENT_ALERT_SCAM.test(text)) return 'PAYMENT_ALERT';
  return undefined;
}

/** Blocking card use abroad: a setting of the card company's ("해외 결제 막아주세요", "block overseas payments"). */
const OVERSEAS_BLOCK =
  /(?:해외|외국|국외)[^.?!]{0,12}?(?:막아|막을|막고\s?싶|막는|차단\s?(?:해|하고|할|하는|시켜|신청|설정|서비스|기능)|제한\s?(?:해|하고|할|하는|설정|신청)|못\s?(?:하게|쓰게)|안\s?되게)|(?:block|stop|disable|turn off|freeze|restrict|switch off)\s(?:all\s|my\s|any\s)?(?:card\s)?(?:overseas|foreign|international|abroad|cross-border)|(?:overseas|foreign|international|cross-border) (?:payments?|transactions?|use|usage|purchases?|spending) (?:blocked|off|disabled)|\b(?:block|stop|disable|lock|restrict|prevent)\b[^.?!]{0,25}\b(?:being used|used|use|usage|working|payments?|purchases?|charges?) (?:overseas|abroad|internationally|in other countries|outside (?:of )?korea)\b/i;

/** A card payment declined: "카드 결제가 안 돼요", "승인 거절됐어요", "my card was declined". */
export const CARD_DECLINED =
  /(?:카드|결제|승인)\S{0,3}\s?(?:가\s?|이\s?)?(?:자꾸\s?|계속\s?|갑자기\s?)?(?:안\s?(?:돼|되|됐|된|긁)|거절|거부|막혔|막혀|실패)|승인\s?(?:이\s?)?(?:거절|거부|실패|안\s?(?:나|났|떨어|떨어졌))|\b(?:card|payment|transaction|purchase)s? (?:just |again |suddenly |also )?(?:was |were |got |gets |is |keeps (?:getting |being )?)?(?:just |again )?(?:declined|rejected|refused|denied)\b|\bdeclined (?:card|payment|transaction|purchase)\b|\bcard (?:is |isn'?t |is not )?(?:not )?working\b|\bcard doesn'?t work\b/i;

/** The card's reward points: "카드 포인트 얼마 있어요?", "how many card points do I have?". */
export const CARD_POINTS =
  /(?<![%\d]\s?|퍼센트\s?)(?:카드\s?)?포인트|마일리지|\b(?:reward|card|credit card|loyalty) points\b|\bpoints balance\b|\bair ?miles\b|\bcashback balance\b/i;

/** QA round 27 (lead). A forecast's direction asked yes or no: "다음 달엔 줄어들까요?", "will my spending go down?". */
const TREND_DOWN =
  /(?:줄어들|내려가|낮아지|떨어지)(?:까요|까|나요|겠죠|겠어요|려나|지\s?않을까)|덜\s?(?:쓸|나올|나갈)(?:까|것\s?같)|\bwill (?:my |it |that |the )?[^.?!]{0,25}\b(?:go(?:ing)? down|drop|fall|decrease|shrink|be (?:lower|less))\b/i;
const TREND_UP =
  /(?:늘어나|늘|올라가|높아지)(?:ㄹ까|날까|갈까|질까|까요|나요|겠죠|겠어요|려나)|더\s?(?:쓸|나올|나갈)(?:까|것\s?같)|\bwill (?:my |it |that |the )?[^.?!]{0,25}\b(?:go(?:ing)? up|rise|increase|grow|be (?:higher|more))\b/i;

/** QA round 27 (lead). The life stage asked: "what life stage am i in", "내 생애 단계가 뭐예요?". */
export const LIFE_STAGE_ASKED = /생애\s?(?:단계|주기)|라이프\s?스테이지|\blife[- ]?stage\b/i;

/** Stopping a card ("카드 정지하고 싶어요", "카드 잠가 주세요", "freeze my card") — not one country's use (OVERSEAS_BLOCK). */
const CARD_SUSPEND =
  /카드\S{0,2}\s?(?:를\s?|을\s?)?(?:일시\s?)?(?:정지|잠가|잠그|잠금|사용\s?중지|사용\s?정지|막아\s?(?:줘|주세요|주실))|\b(?:freeze|suspend|lock|block|stop|deactivate)\s(?:my\s|the\s)?(?:credit\s|debit\s)?card\b/i;

/** Closing a card for good: "카드 해지하고 싶어요", "카드 탈회", "i want to close my card", "cancel my credit card". */
export const CARD_CLOSE =
  /(?:신용|체크)?카드\S{0,2}\s?(?:를\s?|을\s?|는\s?|좀\s?)?(?:해지|탈회|해약|없애|정리하|자르)|\b(?:close|cancel|terminate|get rid of)\s(?:my\s|the\s|this\s|a\s)?(?:\w+\s)?(?:credit\s|debit\s|check\s)?card(?:\saccount)?\b(?![^.?!]{0,20}\b(?:lost|stolen)\b)/i;

/** Moving the instalment's due (debit) day — the lender's to change; putting a payment off is hardship (DEFER). */
const DUE_DATE_CHANGE =
  /(?:납입|상환|납부|결제|이체|출금|원리금|이자)\s?(?:일|날짜|날|일자)(?:\s?(?:을|를|좀|도))?[^.?!]{0,8}?(?:변경|바꾸|바꿔|바꿀|바뀔|옮기|옮겨|옮길|조정)|(?:change|move|switch|shift|alter)\s(?:my\s|the\s)?(?:(?:credit\s)?card(?:'s)?\s|loan\s|monthly\s)?(?:payment|due|debit|repayment|billing|installment|instalment)\s(?:date|day)|(?:payment|due|debit) (?:date|day) (?:changed|moved)/i;

/** When a bill is taken: "결제일", "대금 납부일", "언제 빠져나가", "when is it due", "payment date". */
const CARD_DUE_ASK =
  /^(?![^]*(?:얼마|\bhow much\b))[^]*(?:결제\s?(?:일|날짜|날)|납부\s?(?:일|날짜|날)|대금\S{0,2}\s?(?:언제|며칠)|언제\s?(?:빠져\s?나가|나가|출금|결제|청구|내야)|\b(?:due|payment date|billing date|billing day|when (?:do|does|is|will) (?:i|it|my|the))\b)/i;

/** A due date of the card (카드 결제일), not of a loan: the text names a card and no loan. */
export const CARD_NOT_LOAN = /^(?!.*(?:대출|융자|주담대|카드\s?론|loan|mortgage)).*(?:카드|card)/i;

/** A higher card credit limit — the card company's review, not a loan simulation. */
const CARD_LIMIT =
  /카드\s?(?:사용\s?)?한도\S{0,2}\s?(?:좀\s?)?(?:올려|올리|올릴|늘려|늘리|늘릴|상향|증액|높여|높이)|(?:raise|increase|up|higher) (?:my |the )?(?:credit )?card(?:'s)? (?:spending )?limit|(?:credit )?card limit (?:increase|raise|higher|up)|\b(?:credit )?card with a (?:higher|bigger|larger) (?:credit )?limit\b|\b(?:higher|bigger) limit on (?:my |the )?(?:credit )?card\b/i;

/** The card's limit asked about, not raised ("카드 한도 얼마야?", "카드 한도 얼마 남았어?", "what's my card limit?"). */
const CARD_LIMIT_CHECK =
  /카드\s?(?:사용\s?|이용\s?)?(?:한도|리밋)|(?:credit )?card(?:'s)? (?:spending )?limit|limit (?:on|of) (?:my |the )?(?:credit )?card/i;

/** Paying only an instalment's interest: "이번 달 이자만 내도 돼요?", "원금은 빼고 내도 되나요", "interest-only". */
export const INTEREST_ONLY =
  /이자만\s?(?:먼저\s?|우선\s?|당분간\s?|좀\s?)?(?:내|납부|갚|낼|낸|넣)|원금\s?(?:은\s?|상환\s?(?:은\s?)?)?(?:빼고|말고|미루|미뤄|유예)|\binterest[- ]only\b|\b(?:pay|paying) (?:only|just) (?:the )?interest\b|\bonly (?:pay|paying) (?:the )?interest\b/i;

/** Part of an instalment: "일부만 내도 돼요?", "반만 내면", "pay part of my payment" — not a prepayment of principal. */
export const PARTIAL_PAYMENT =
  /(?<!원금\s?)(?:일부|절반|반|조금|얼마)만\s?(?:내|납부|넣|입금)\S{0,3}\s?(?:도|면)|(?:다|전부|전액)\s?(?:못\s?내고|안\s?내고)|\b(?:pay|paying|make) (?:only )?(?:a )?(?:part|half|some|portion) of (?:my |the |this )?(?:monthly |next |loan )?(?:payment|instal?ment|repayment)\b|\bpartial (?:loan )?payments?\b(?! of principal)|\bpay less than (?:the )?(?:full|whole|monthly)/i;

/** Repaying weighed against saving or investing the same money. */
/**
 * An amount repaid every month on top of the instalment: "매달 50만원씩 더 갚으면", "월 30만원 추가 상환", "한 달에 100만원씩
 * 더 내면", "if I pay 1,000,000 won extra each month", "an extra ₩500,000 a month" — not a month's spending or saving.
 */
export const EVERY_MONTH_EXTRA =
  /(?:매달|매월|달마다|다달이|한\s?달에|월)\s?[^.?!\n]{0,15}?(?:씩\s?)?(?:더|추가로?|추가\s?로)\s?(?:갚|내|상환|납입|넣)|씩\s?(?:더|추가로?)\s?(?:갚|상환|납입)|\b(?:pay|paying|repay|repaying|put|putting|add|adding|overpay|overpaying)\b[^.?!\n]{0,40}\b(?:extra|more|additional|on top)\b[^.?!\n]{0,25}\b(?:each|every|a|per) month\b|\b(?:extra|additional)\b[^.?!\n]{0,30}\b(?:each|every|a|per) month\b[^.?!\n]{0,40}\b(?:loan|mortgage|paid off|pay (?:it )?off|done|finish|end)|\b(?:each|every|a|per) month\b[^.?!\n]{0,20}\b(?:extra|more|additional)\b[^.?!\n]{0,20}\b(?:on|to|toward|towards) (?:my |the )?(?:loan|mortgage|principal)\b|\b(?:add|adding|put|putting|throw|throwing)\b[^.?!\n]{0,30}\b(?:each|every|a|per) month\b[^.?!\n]{0,20}\b(?:to|toward|towards|on|onto|into) (?:my |the )?(?:loan|mortgage|principal|debt|(?:loan |monthly )?(?:payments?|instal?ments?|repayments?))\b|\bmonthly (?:extra|overpayments?)\b|\bextra monthly (?:payments?|repayments?)\b|\b(?:an? )?(?:extra|additional) (?:payment|repayment)s? of [^.?!\n]{0,15}\b(?:each|every|a|per) month\b/i;

/**
 * A loan paid at a given amount a month in all — no "더"/"extra": "한 달에 200만원씩 갚으면 언제 끝나요?", "매달 100만원
 * 내면 몇 년 걸려요?", "how long will it take to pay off my loan if I pay 2 million a month?". Read only beside a loan word
 * or a question of when it ends, and never of savings ("적금 한 달에 30만원씩 내면") or a limit ("월 50만원 내면 대출 한도 얼마?").
 */
export const PAY_A_MONTH =
  /^(?![^]*(?:적금|예금|저축|모으|모을|한도|빌리|빌릴|받을\s?수|\bsav(?:e|ing)|\bborrow|\blimit\b|\bafford\b))(?=[^]*(?:대출|빚|원금|끝나|끝날|다\s?갚|완납|몇\s?(?:년|개월|달)|언제|\bloan|\bmortgage|\bdebt|\bpay (?:it |this |them )?off|\bhow long|\bdone\b|\bfinish))[^]*(?:(?:매달|매월|다달이|달마다|한\s?달에|월)\s?[\d,.]+\s?(?:억|천|백|십)?\s?(?:만)?\s?원?\s?(?:씩\s?)?(?:갚|내|상환|납입|넣)|\b(?:pay|paying|repay|repaying)\b\s(?:₩|krw\s?)?[\d,.]+\s?(?:million|mil|m|k|thousand)?\s?(?:won|krw)?\s(?:a|per|each|every) month\b)/i;

export const VERSUS_SAVING =
  /\b(?:use|break|cash in|dip into) (?:my )?(?:savings|deposit|emergency fund)\b[^.?!]{0,20}\b(?:pay|repay)|(?:적금|예금|저축|모으|모아|투자)[^.?!]{0,20}(?:중도\s?상환|조기\s?상환|갚|상환)|(?:중도\s?상환|조기\s?상환|갚|상환)[^.?!]{0,20}(?:적금|예금|저축|모으|모아|투자)|(?:pay(?:ing)? (?:off|down|back)|repay(?:ing)?|prepay(?:ing)?)[^.?!]{0,30}\b(?:or|vs\.?|versus|instead of)\s(?:to\s)?(?:(?:keep|keeping|continue|just|carry on|stick to) (?:on )?)?(?:save|saving|savings|invest|investing|a deposit|(?:keep|leave|put) (?:it |the money |them )?(?:in )?(?:my |a |the )?(?:savings|deposit|bank))|(?:save|saving|invest|investing)[^.?!]{0,30}\b(?:or|vs\.?|versus|instead of)\s(?:to\s)?(?:pay(?:ing)? (?:off|down)|repay|prepay)/i;

/** A term extension at maturity (기한연장, 만기 연장) — the lender's review, asked for before maturity. */
/** How to spend less: "줄이는 방법", "아끼려면", "절약 팁", "cut down on spending", "spend less". */
export const REDUCE_SPENDING =
  /(?:어떻게|뭘로|어떡하면)\s?(?:좀\s?)?(?:줄여|줄이|줄일|아껴|아끼|아낄)|(?:더\s?)?싸게\s?(?:할|하는|쓸)\s?(?:방법|수)|\bhow (?:do|can|could) i (?:make|get) (?:it|that|this) cheaper\b|\bcheaper (?:plans?|options?|ways?|alternatives?|deals?|carriers?)\b|\b(?:phone|mobile|internet|cell ?phone) (?:bill|plan)\b[^.?!]{0,25}\b(?:cheaper|too (?:high|expensive|much))\b|\bhow (?:do|can|could) i (?:lower|reduce|cut) (?:my |the )?(?:phone|mobile|internet|cell ?phone|\w+) bill\b|더\s?싼\s?(?:요금제|통신사|방법)|(?:통신비|식비|교통비|쇼핑|구독료|보험료)\S{0,2}\s?(?:을\s?|를\s?|좀\s?)?(?:줄이|줄일|줄여|아끼|아낄|절약)|\bhow (?:do|can|could|should) i (?:cut|reduce|lower|trim) (?:it|that|this|them|back)\b|(?:어디서|어디를|뭐부터|뭘|무엇을|어떤\s?걸)\s?(?:좀\s?)?(?:줄이|줄여|아끼|아껴|절약)|\bwhere (?:can|should|could) i cut\b|^\s*(?:so\s|and\s|ok(?:ay)?,?\s)?what (?:should|can|could|do) i cut(?: back on| down on)?(?: first)?\s*[?？]?\s*$|(?:줄이|줄일|줄여|아끼|아낄|절약|덜\s?쓰)\S{0,4}\s?(?:방법|법|려면|는\s?법|팁|수\s?있)|(?:지출|소비|카드값|생활비|식비)\S{0,2}\s?(?:을\s?|를\s?|좀\s?)?(?:줄이|줄일|줄여|아끼|아낄|절약)|\b(?:cut (?:down )?(?:on )?|reduce|lower|trim)\b[^.?!]{0,20}\b(?:spending|expenses|card bills?|costs)\b|\bspend less\b|\btips? (?:to|for|on) (?:save|saving|spend(?:ing)? less|cut)/i;

/** What a switch costs: "수수료 얼마", "비용이 얼마나 들어", "fees to refinance", "how much does it cost". */
/** A yes/no about one day being a payment day: "오늘 대출금 나가는 날이에요?", "낼 납입일 맞아요?", "is it due tomorrow?". */
const DUE_DAY_ASKED =
  /(낼\s?모[레래]|내일\s?모[레래]|오늘|금일|내일|낼|모[레래])\S{0,2}\s?[^.?!]{0,12}(?:대출|이자|납입|원리금|할부|대출금)[^.?!]{0,8}(?:빠져\s?나가|나가|빠지|출금\s?되)(?:나요|나|요|죠|지|는\s?(?:거|건)가요?|는\s?(?:거|게|건)\s?맞\S{0,3})?\s*[?？]|(오늘|금일|내일|낼|모레)\S{0,2}\s?(?:[^.?!]{0,16})(?:(?:빠져\s?나가|빠지|나가|출금|납입|납부|상환|결제|이체)\S{0,3}\s?(?:는|하는|되는)?\s?날|납입일|납부일|상환일|결제일)\S{0,2}\s?(?:이에요|예요|인가요|이죠|맞|이야|야|이지|인지|\?)|\b(?:is|are) (?:my |the )?(?:loan )?(?:payment|instal?ment|repayment)s? (?:due|taken|debited|going out) (today|tomorrow)\b|\bdo i (?:have to )?pay (?:my loan )?(today|tomorrow)\b|\bis (today|tomorrow) (?:my |the )?(?:loan )?(?:payment|instal?ment|repayment|due|debit) ?(?:day|date)?\b/i;

/** The day a due-day question asks about, from today: 0 today, 1 tomorrow, 2 the day after. */
export function extractDueDayAsked(text: string): number | undefined {
  const m = DUE_DAY_ASKED.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  return /오늘|금일|today/.test(word) ? 0 : /모[레래]/.test(word) ? 2 : 1;
}

/** A yes/no about a dated day being the payment day: "다음 달 17일이 이자 내는 날 맞죠?", "is the 18th my due date?". */
const DUE_DATE_ASKED =
  /(?:이자|대출금?|원리금|납입금?|상환금)\S{0,2}\s?(?:이\s?|가\s?)?(?:빠져\s?나가|나가|출금(?:되|돼)|빠지|내는\s?(?:날|거))[^.?!]{0,6}[?？]|\b(?:anything|something|a payment|my (?:loan )?payment|money)\b[^.?!]{0,20}\b(?:coming out|going out|due|debited|taken out)\b[^.?!]{0,6}\bon\b|(?:날|납입일|납부일|상환일|결제일|이체일|출금일)\S{0,2}\s?(?:이\s?|가\s?)?(?:맞|인가요|이죠|이지|이에요|예요|인지|아닌가|아니에요|아니죠)|\b(?:is|isn'?t)\b[^.?!]{0,25}\b(?:my |the )?(?:loan )?(?:payment|due|repayment|debit)\s?(?:day|date)\b|\bdue on\b[^.?!]{0,20}\?/i;

/** The dated day a due-day yes/no asks about (a calendar date or a day of the month), as said. */
export function extractDueDateAsked(text: string): DaySlot | undefined {
  if (!DUE_DATE_ASKED.test(text)) return undefined;
  const day = extractDay(text);
  return day?.kind === 'DATE' ||
    day?.kind === 'DAY_OF_MONTH' ||
    day?.kind === 'NEXT_MONTH_DAY' ||
    day?.kind === 'WEEKDAY'
    ? day
    : undefined;
}

/** A monthly payment asked for: "월 납입액은?", "한 달에 얼마씩 내요?", "what's the monthly payment?". */
const PAYMENT_ASKED =
  /월\s?(?:납입|상환|불입)(?:액|금)?|한\s?달(?:에)?\s?(?:얼마|내|갚)|매달\s?(?:얼마|내|갚)|매월\s?(?:얼마|내|갚)|\bmonthly (?:payment|instal?ment|repayment)s?\b|\b(?:pay|cost)s? (?:me )?(?:per|a|each) month\b/i;

/** Another lender named as where the loan would go: "다른 은행으로", "타행", "another bank", "a different lender". */
/** Their rate judged: "금리 너무 높은 거 아니에요?", "금리 적정한가요?", "is my interest rate too high?". */
export const RATE_HIGH =
  /\bwhy (?:is|does) (?:the |my )?(?:interest )?rate\b[^?!]{0,40}\b(?:when|while|but|if)\b[^?!]{0,30}\b(?:friends?|others?|someone|people|everyone|got|gets|get|pays?)\b|(?:친구|남들|다른\s?사람|지인)[^.?!]{0,20}금리[^.?!]{0,20}(?:왜|높|비싸)|금리\S{0,2}\s?(?:가\s?|이\s?|는\s?)?왜\s?(?:이렇게|이케|케|이리|그렇게|저렇게)?\s?(?:높|비싸|세|쎄)|금리\S{0,2}\s?(?:가\s?|이\s?|는\s?)?(?:너무\s?|좀\s?|많이\s?|혹시\s?)?(?:높|비싸|세|쎄)[^.?!]{0,10}(?:아니|편|건가|거\s?같|가요|나요|죠|지\s?않|어요|아요)|금리\S{0,2}\s?(?:가\s?|이\s?|는\s?)?(?:적정|적당|괜찮은\s?(?:편|건가|거))|\bis my (?:interest )?rate (?:too high|(?:a bit |very )?high|good|fair|reasonable|competitive|ok(?:ay)?)\b|\bam i paying (?:too much(?: interest)?|a fair rate|a good rate)\b|\bmy (?:interest )?rate (?:is |seems )?(?:too |so |very )?high\b/i;

/**
 * A rate named to be judged ("3.77%면 괜찮은 금리예요?", "연 4.2% 금리 높은 편인가요?", "is 3.77% a good rate?"), in
 * percent as stated (0 < rate ≤ 20): set against the customer's own loans' rates and the lowest on offer to them.
 */
const RATE_JUDGED = new RegExp(
  String.raw`(?:연\s?)?(\d{1,2}(?:\.\d{1,3})?)\s?(?:%|퍼센트|프로)\S{0,3}\s?(?:(?:금리|이율|이자율)\S{0,2}\s?)?(?:(?:면|이면|정도면|는|은|이|가)\s?)?(?:괜찮|좋은|좋아|적당|싼|싸요|싸게|저렴|낮은|높은|비싼|비싸|나쁘|나쁜|무난|잘\s?받)|\bis (?:a |an )?(?:rate of )?(\d{1,2}(?:\.\d{1,3})?)\s?%(?: (?:interest )?rate)? (?:a )?(?:good|decent|fair|high|low|reasonable|ok|okay|competitive|bad|cheap|expensive)\b|\b(\d{1,2}(?:\.\d{1,3})?)\s?% (?:is |a )?(?:a )?(?:good|decent|fair|reasonable|competitive)(?: (?:interest )?rate)?\?`,
  'i',
);

export function extractRateJudged(text: string): number | undefined {
  const m = RATE_JUDGED.exec(text);
  const v = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return v > 0 && v <= 20 ? v : undefined;
}

/**
 * A second-tier lender named for a limit ("2금융권에서는 얼마까지 빌릴 수 있어요?", "저축은행 한도", "how much could I
 * borrow from a savings bank?"): the limit is simulated under the non-bank DSR cap.
 */
/**
 * Whether a loan can be had at all, asked as yes or no without an amount ("대출 더 받을 수 있어요?", "신용대출 받을 수
 * 있을까요?", "can I get another loan?"): the limit with 네 / 아니요 first. Not "how much" ("얼마까지 빌릴 수 있어요?").
 */
/**
 * QA round 28 (lead). The credit score weighed for a loan: "is my credit score good enough for a mortgage?", "제
 * 신용점수면 주담대 충분해요?" — whether the loan can be had, as "can i get a mortgage with my credit score" is.
 */
export const SCORE_ENOUGH_FOR_LOAN =
  /\b(?:is|would|will) my (?:credit )?(?:score|rating) (?:be )?(?:good|high|strong) enough (?:for|to get|to qualify for) (?:a |an )?(?:\w+ )?(?:loan|mortgage|credit)\b|\bdoes my (?:credit )?score (?:qualify|let) me (?:for|get) (?:a |an )?(?:\w+ )?(?:loan|mortgage)\b|신용\s?(?:점수|등급)\S{0,3}\s?[^.?!]{0,8}(?:주담대|주택\s?담보\s?대출|전세\s?(?:자금\s?)?대출|신용\s?대출|대출)\S{0,2}\s?[^.?!]{0,6}(?:충분|괜찮|될까|되나|돼요|나올까|나오나|가능)/i;

export const CAN_BORROW = new RegExp(
  String.raw`^(?![^]*(?:얼마|몇|\bhow much\b|\bhow big\b|\bwhat(?:'s| is) (?:my|the) (?:limit|max))).*(?:(?:대출|돈|신용\s?대출|주담대|마이너스\s?통장)\S{0,2}\s?(?:을\s?|를\s?|이\s?|은\s?)?(?:더\s?|또\s?|좀\s?)?(?:받을|빌릴|만들)\s?수\s?(?:있어|있나|있을까|있는지|있습니까)|(?:대출|신용\s?대출|주담대)\S{0,2}\s?(?:이\s?|가\s?)?(?:더\s?|또\s?)?(?:가능할까|가능해요|가능한가요|가능합니까|될까요|되나요|나올까요|나오나요)|\b(?:can|could|may) i (?:still )?(?:get|take out|borrow|qualify for) (?:a |an |another |any |more |some )?(?:\w+ )?(?:loan|credit|money|mortgage)\b)` +
    `|${SCORE_ENOUGH_FOR_LOAN.source}`,
  'i',
);

/**
 * A switch asked as "can I" ("고정금리로 바꿀 수 있어요?", "can I switch to a fixed rate?"), not which is better
 * ("고정금리로 바꾸는 게 나아요?"): the rate-type answer says yes or no first.
 */
const CAN_SWITCH =
  /(?:바꿀|바꿔\s?줄|전환할|갈아탈)\s?수\s?(?:있|없)|(?:바꾸|전환|변경)\S{0,2}\s?(?:가능|되나요|될까요|돼요\?)|\b(?:can|could|may) i (?:switch|change|move|convert|go)\b/i;

export const NON_BANK_LENDER =
  /(?:제?\s?2\s?금융|이\s?금융권|저축\s?은행|캐피탈|상호\s?금융|신협|새마을\s?금고|카드사\s?대출|보험사\s?대출)|\b(?:savings banks?|non-?banks?|second[- ]tier (?:lenders?|banks?|financial)|credit unions?|capital compan(?:y|ies)|finance compan(?:y|ies))\b/i;

const SWITCH_LENDER =
  /(?:다른|타)\s?(?:은행|금융\s?회사|금융사|곳|데|저축\s?은행)|타행|(?:어디|어느\s?(?:은행|곳|데|금융\s?회사))\S{0,2}\s?(?:로|으로)?\s?(?:갈아타|옮기|옮겨|바꾸|바꿔)|\b(?:where|which (?:bank|lender|one)) (?:should|do|can|would) i (?:switch|move|refinance|go)\b|\bwho (?:should|do) i (?:switch|refinance) (?:to|with)\b|\b(?:another|a different|other|new) (?:bank|lender|provider)\b|\bswitch(?:ing)? (?:banks|lenders|providers)\b/i;

/** The break-even of a switch asked: "how long till it breaks even?", "본전 뽑으려면 몇 달?", "손익분기점은?". */
export const BREAK_EVEN = /break(?:s|ing)?[- ]even|손익\s?분기|본전|회수(?:하려면|까지|되)/i;

/**
 * Whether a switch still pays once its costs are taken off (QA round 26): "is it worth refinancing after the fees?",
 * "수수료 빼고도 이득이에요?", "비용 내고도 남아요?", "even with the fees?" — the net saving, yes or no first.
 */
export const NET_OF_COSTS =
  /(?:수수료|비용)\S{0,2}\s?(?:을\s?|를\s?|까지\s?)?(?:다\s?)?(?:빼고|빼도|제하고|내고|내도|포함해도|감안해도|감안하면|고려해도|생각해도)[^.?!]{0,12}(?:이득|이익|남|아껴|절약|괜찮|나아|유리|손해)|\bworth (?:it |refinancing |switching |it to switch )?(?:after|with|even with|net of|once you count|counting|including) (?:the |all the |its )?(?:fees?|costs?|charges?)\b|\b(?:even )?(?:after|with|net of|counting|including) (?:the |all the )?(?:fees?|costs?)\b[^.?!]{0,20}\b(?:worth|save|saving|better|come out ahead)\b|\beven with (?:the |all the )?(?:fees?|costs?)\b/i;

/** QA round 24 (en24b). The prepayment fee by name: "중도상환수수료", "early repayment fee", "prepayment penalty". */
const PREPAY_FEE_WORD =
  /중도\s?상환\s?수수료|중도\s?상환\s?(?:비용|페널티)|\b(?:prepayment|early (?:repayment|payoff|settlement)) (?:fees?|penalty|penalties|charges?)\b/i;

/** What switching costs, and so when it pays back: "갈아타면 수수료 얼마야?", "how long till it breaks even?". */
const SWITCH_COST = new RegExp(
  String.raw`수수료|(?:부대\s?)?비용|돈이?\s?(?:얼마나?\s?)?(?:들|드는)|\b(?:fees?|costs?|charges?)\b|\bhow much (?:does|would|will) it cost\b|${BREAK_EVEN.source}`,
  'i',
);

/**
 * A prepayment fee the customer states for a switch: "중도상환수수료 30만원이면", "수수료가 1%면요?", "if the early
 * repayment fee is 300k", "with a 1% prepayment fee". Whole won ("300000"), or a percentage of the balance ("1").
 */
const STATED_FEE =
  /(?:중도\s?상환\s?)?수수료\S{0,2}\s?(?:가\s?|이\s?|는\s?|은\s?)?(?:약\s?|한\s?)?([^\s?!,]{1,12}?(?:원|만|천|%|퍼센트|프로))|\bfees?\b(?:\s(?:is|was|were|are|of|at|would be|will be|comes? to))?\s(?:about\s|around\s)?(\d+(?:\.\d+)?\s?(?:%|percent)|(?:₩|krw\s?)?\d[\d,.]*\s?(?:k|m|mn|mil|million|thousand)?(?:\s?won|\s?krw)?)|\b(?:a|an)\s(\d+(?:\.\d+)?\s?(?:%|percent)|(?:₩|krw\s?)?\d[\d,.]*\s?(?:k|m|mn|mil|million|thousand)?(?:\s?won|\s?krw)?)\s(?:early[- ]repayment\s|prepayment\s|exit\s)?fee\b/i;

export function extractStatedFee(text: string): CounselSlots['statedFee'] {
  const m = STATED_FEE.exec(text);
  const figure = m && (m[1] ?? m[2] ?? m[3]);
  if (!figure) return undefined;
  const pct = /^(\d+(?:\.\d+)?)\s?(?:%|퍼센트|프로|percent)$/i.exec(figure.trim());
  if (pct) {
    const v = new Decimal(pct[1]);
    return v.gt(0) && v.lte(5) ? { percent: v.toString() } : undefined;
  }
  // "₩500k": the multiplier read in English ("500k won"), not "₩500" read first.
  const plain = figure.replace(/₩\s?|krw\s?/gi, '').trim();
  const won = extractAmount(/\d$|[km]$|million|thousand|mn|mil/i.test(plain) ? `${plain} won` : plain);
  return won && new Decimal(won).gte(1000) ? { amount: won } : undefined;
}

/** The month before the one named: "the month before", "그 전달", "그 전 달", "전전달", "지지난달". */
const MONTH_BEFORE =
  /\bthe month before\b|\bthe previous month\b|그\s?전\s?달|그전\s?달|전전\s?달|지지난\s?달/i;

/**
 * The account a loan instalment (or another bill) is debited from: "자동이체 계좌 바꾸고 싶어요", "출금 계좌 변경",
 * "change the account my loan payment comes out of".
 */
export const AUTO_DEBIT_ACCOUNT =
  /(?:자동\s?이체|출금|이체|납입|상환|결제)\s?계좌\S{0,2}\s?(?:를\s?|을\s?|좀\s?)?(?:다른\s?(?:계좌|은행)\S{0,2}\s?)?(?:변경|바꾸|바꿔|바꿀|바뀌|옮기|옮겨|옮길|이동)|계좌\s?이동\s?서비스|\b(?:change|switch|move|update)\s(?:my\s|the\s)?(?:auto-?debit|direct debit|autopay|automatic payment|payment|repayment|debit)\s(?:bank\s)?account\b|\b(?:pay|debit)\s(?:it\s|my loan\s|my payments?\s)?from (?:a |another |a different )(?:bank )?account\b|\b(?:change|switch|move|update)\b[^.?!]{0,20}\baccount\b[^.?!]{0,30}\b(?:comes? out of|debited|paid from|taken from|pays? from)\b|\b(?:change|switch|update) (?:the |my )?(?:bank )?account (?:for|of|on) (?:my )?(?:loan|mortgage|auto-?debit|direct debit|repayments?|payments?|card bill)\b/i;

/**
 * A certificate of one's debts (부채증명서, 대출잔액증명서): issued by each lender; "부채증명서 어떻게 떼요?", "proof of my
 * loan balance" — not a deposit's balance certificate (예금잔액증명).
 */
export const DEBT_CERTIFICATE =
  /^(?![^]*(?:예금|통장|적금))[^]*(?:부채\s?(?:증명|확인)|(?:대출\s?)?잔액\s?증명|대출\s?(?:거래\s?)?(?:확인서|증명서)|금융\s?거래\s?확인서|\b(?:debt|loan balance|loan|outstanding balance) (?:certificate|confirmation(?: letter)?|statement letter)\b|\b(?:certificate|proof|confirmation|letter) (?:of|for) (?:my )?(?:debts?|loans?|loan balances?|outstanding (?:balance|debt|loans?))\b)/i;

/**
 * Someone in the family ill, or money needed for their care: "엄마가 아파서 병원비가 필요한데", "아빠 수술비 때문에 급하게
 * 돈이 필요해요", "my mom is sick and i need money for the hospital" — not a spending question ("병원비 얼마 나갔어").
 */
export const FAMILY_CARE =
  /(?:엄마|아빠|어머니|아버지|어머님|아버님|부모님|남편|아내|와이프|아이|애기|딸|아들|동생|할머니|할아버지)\S{0,2} ?(?:가 |이 |께서 )?(?:아파|아프|편찮|입원|수술|쓰러)|(?:병원비|수술비|치료비|입원비|간병비)[^.?!\n]{0,16}(?:필요|급하|급해|없|모자|부족|마련)|\bmy (?:mom|mum|mother|dad|father|parents?|wife|husband|son|daughter|kid|child|baby|grandma|grandmother|grandpa|grandfather|sister|brother) (?:is|was|got|has been|'s|are) (?:very |really |so |seriously )?(?:sick|ill|in (?:the )?hospital|hospitali[sz]ed|diagnosed)|\b(?:hospital|medical|surgery) (?:bills?|costs?|fees?)\b[^.?!\n]{0,20}\b(?:need|can[’']?t|cannot|afford|pay)|\bneed money for (?:the |a |my )?(?:hospital|surgery|treatment|operation)\b/i;

/**
 * Where one stands, asked as such: "am i in financial trouble?", "how bad is my financial situation?", "내 재정 상태
 * 괜찮은 거야?" — the health score and what drives it (QA round 20: the refinance offers, small talk).
 */
export const FINANCIAL_STANDING =
  /\b(?:scared|afraid|terrified|frightened|dreading|dread|can'?t (?:bear|face)) (?:to |of )?(?:look(?:ing)?|check(?:ing)?|open(?:ing)?|see(?:ing)?) (?:at )?(?:my )?(?:bank (?:account|balance|app)|accounts?|balance|statements?|card (?:bill|statement)|finances|money)\b|(?:통장|잔고|잔액|계좌|명세서|카드\s?(?:값|내역|명세서)|가계부|돈\s?(?:쓰는\s?(?:게|것이?|거)|쓰기가?))\S{0,2}\s?(?:보기가?\s?|보는\s?(?:게|것이?)\s?|확인하기가?\s?|열어\s?보기가?\s?)?(?:너무\s?|좀\s?|진짜\s?)?(?:무서|두려|겁나|겁이)|\bam i in (?:financial |money |serious |big )?trouble\b|\bam i (?:doing )?(?:ok|okay|alright|all right|fine|good) (?:financially|with (?:my )?money)\b|\bhow bad is my (?:financial |money )?situation\b|\bhow (?:are|is) my (?:finances|financial (?:health|situation|shape))\b|\bam i in (?:a )?(?:bad|good) (?:financial )?(?:shape|place|state)\b|\b(?:am i|will i be) (?:going to be |gonna be )?(?:ok(?:ay)?|alright|all right|fine) (?:financially|with (?:my )?money)\b|(?:내|제|저의|나의)\s?(?:재정|재무|금융|경제)\s?(?:상태|상황)\S{0,2}\s?(?:괜찮|어때|어떤|어떻|심각|위험|나빠|안\s?좋)|(?:재정|재무)\s?(?:상태|상황)\S{0,2}\s?(?:이\s?|가\s?)?(?:심각|위험)|(?<!(?:불안|걱정|무서|무섭|겁)[^]*)(?:^|\s)(?:나|저|난|전|내가|제가)\s?(?:이제\s?|완전\s?|진짜\s?|혹시\s?)?망(?:한\s?(?:거|건|걸까|건가)|했(?:어|나|나요|어요|죠|지|을까|는지))\S*\s*[?？]/i;

/** What to do, asked alone after an answer: "그럼 어떻게 해요?", "이제 뭘 해야 돼요?", "what should i do?", "how do i apply?". */
export const NEXT_STEPS =
  /^\s*(?:so |ok(?:ay)?,? (?:so )?|then |and |but )?(?:what now|now what|what (?:should|can|do) i do(?: first| now| then| next| about it)?|where (?:should|do) i start|what do (?:you|u) (?:recommend|suggest|think i should do)|what would (?:you|u) (?:do|recommend|suggest)|how (?:do|can|would) i (?:do that|do it|apply|get (?:it|that)|go about (?:it|that)))\s*[?？]?\s*$|^\s*(?:정리하면\s?|그럼\s?|그러면\s?|결국\s?)?(?:지금\s?)?(?:제일\s?먼저\s?|가장\s?먼저\s?|먼저\s?)?(?:이제\s?)?(?:어떻게|뭘|뭐부터|뭐를|뭐)\s?(?:하면\s?좋을까요|하면\s?좋아요|해야\s?(?:돼|되|할까|하나|해요|하죠|돼요|되나요)|해요|하죠|하나요|할까요|하면\s?(?:돼|되)|신청해요|신청하나요|신청하면\s?(?:돼|되))\S*\s*[?？]?\s*$/i;

/** The loan's number: "내 대출번호 뭐야?", "대출 번호 알려줘", "what's my loan number?", "my account number for the loan". */
export const LOAN_NUMBER_ASKED =
  /대출\s?(?:계좌\s?)?번호|계좌\s?번호[^.?!]{0,10}대출|\bloan (?:account )?(?:number|no\.?|id)\b|\baccount number (?:for|of|on) (?:my |the )?(?:loan|mortgage)\b/i;

/** The loan agreement: "대출 약정서 보여줘", "대출 계약서 어디서 봐요", "where can i see my loan contract?". */
export const LOAN_CONTRACT =
  /(?:대출|여신)?\s?(?:거래\s?)?약정서|대출\s?계약서|\bloan (?:contract|agreement)\b|\b(?:my|the) (?:loan |credit )?(?:contract|agreement) (?:for|of|on) (?:my |the )?(?:loan|mortgage)\b/i;

/** Net worth: "내 순자산 얼마야?", "자산에서 빚 빼면 얼마야", "what's my net worth?", "assets minus debts". */
export const NET_WORTH =
  /순\s?자산|자산\S{0,3}\s?(?:에서\s?)?(?:빚|부채)\S{0,2}\s?(?:빼|제외)|\bnet worth\b|\bassets? minus (?:my )?(?:debts?|liabilities|loans)\b|\bhow much am i worth\b/i;

/**
 * The repayments made: "상환내역 보여줘", "대출 갚은 기록 보여줘", "납입 내역 조회", "show my repayment history", "my past
 * loan payments" — the ledger's past, not the schedule ahead ("회차별 상환 내역 미리보기", "앞으로 상환 일정").
 */
export const REPAYMENT_HISTORY =
  /^(?![^]*(?:미리|예정|앞으로|남은|회차별|스케줄|일정|\bupcoming\b|\bfuture\b|\bnext\b|\bschedule\b|카드))[^]*(?:(?:상환|납입|납부|이자\s?납입)\s?(?:내역|이력|기록)|(?:대출\S{0,2}\s?)?(?:갚은|낸|납입한|상환한)\s?(?:기록|내역|이력)|\b(?:repayment|payment) history\b|\bpast (?:loan )?(?:payments|repayments)\b|\b(?:payments|repayments) (?:i'?ve|i have) made\b|\bhistory of (?:my )?(?:loan )?(?:payments|repayments)\b)/i;

/**
 * QA round 26 (en2). A sum asked as how many loan payments it covers: "I'm getting 3 million severance, how many
 * payments does that cover?", "how many months of payments would 2 million pay for", "300만원이면 대출금 몇 달 낼 수
 * 있어요?", "퇴직금으로 몇 번 낼 수 있어?" (read as a prepayment of the sum) — slot `paymentsCovered`, the sum.
 */
export const PAYMENTS_COVERED =
  /\bhow many (?:monthly |loan )?(?:payments|instal?ments|repayments|months(?: of (?:loan )?payments)?)\b[^.?!]{0,30}\b(?:cover|pay for|last|make)\b|\b(?:cover|pay for|last)\b[^.?!]{0,15}\bhow many (?:monthly |loan )?(?:payments|instal?ments|months)\b|(?:대출금?|납입금?|원리금|이자)[^.?!]{0,12}몇\s?(?:달|개월|번|회)\s?(?:치|분)?\s?(?:을\s?|를\s?|이나\s?)?(?:낼|내|갚|버틸|커버)|몇\s?(?:달|개월|번|회)\s?(?:치|분)\s?(?:대출금?|납입금?|원리금|이자)/i;

/**
 * Moving house with a jeonse loan: "전세 옮길 때 대출 어떻게 해요?", "이사 가면 전세대출은요?", "전세대출 목적물 변경",
 * "I'm moving, what happens to my jeonse loan?" — the existing loan, not a new loan's limit.
 */
export const JEONSE_MOVE =
  /(?:전세|만기)[^.?!]{0,15}이사\s?(?:가려면|가면|갈\s?때|가는데|하려면|할\s?때|나가려면)[^.?!]{0,15}(?:돈|얼마|비용|필요)|(?:이사|전세\s?(?:집\s?)?(?:을\s?|를\s?)?(?:옮기|옮길|옮겨|바꾸|바꿀|이전))[^.?!]{0,15}(?:(?:전세\s?)?대출\S{0,2}\s?(?:은|는)?\s?(?:어떻게|어떡|어찌|옮기|옮길|옮겨|이전|승계|갚아야|상환)|(?:지금|기존|원래|제|내)\s?(?:전세\s?)?대출)|(?:전세\s?대출|대출)\S{0,3}\s?(?:있는데|받았는데|받은\s?상태)[^.?!]{0,10}이사|목적물\s?변경|전세\s?대출\S{0,2}\s?(?:을\s?|를\s?)?(?:새\s?집\S{0,2}\s?)?(?:옮기|옮길|옮겨|이전|승계)|\b(?:mov(?:e|ing)|relocat\w+)\s(?:house|home|out|flats?|apartments?|to a new (?:place|home|house|flat|apartment))\b[^.?!]{0,40}\b(?:jeonse|deposit|lease)?\s?loan\b|\b(?:jeonse|deposit|lease) loan\b[^.?!]{0,40}\b(?:mov(?:e|ing)|relocat\w+)\s(?:house|home|out|to)\b|\bi(?:'?m| am)(?: going to| about to)? (?:moving|move|relocating|relocate)\b(?! abroad| overseas)[^.?!]{0,30}[,.?!]?[^.?!]{0,30}\b(?:jeonse|deposit|lease) loan\b/i;

/**
 * QA round 20 (loans). A longer term asked to lower the monthly payment: "대출 기간 늘리면 월 납입금 줄어요?", "대출 만기
 * 연장하면 한달에 내는 돈 줄어들어요?", "납입 기간 늘리면 한달 부담 줄어?", "if i extend my loan term will my monthly
 * payment go down?" — an interest-only loan's payment does not move with its term (request LONGER_TERM).
 */
export const LONGER_TERM =
  /(?:기간|만기|상환\s?기간|대출\s?기간)\S{0,2}\s?(?:을\s?|를\s?)?(?:더\s?)?(?:늘리|늘려|늘릴|늘어나|길게|연장)[^.?!]{0,25}(?:월\s?(?:납입|상환|부담|이자)|매달|매월|한\s?달|납입금|납입액|상환액|상환금|원리금|부담|내는\s?돈|낼\s?돈)[^.?!]{0,15}(?:줄|낮아|낮춰|적어|덜|작아|내려)|\b(?:extend(?:ed|ing)?|lengthen(?:ed|ing)?|stretch(?:ed|ing)?(?: out)?|longer)\b[^.?!]{0,25}\b(?:term|loan|mortgage|maturity|repayment period)\b[^.?!]{0,40}\b(?:monthly|payments?|instal?ments?)\b[^.?!]{0,25}\b(?:go down|come down|lower|drop|decrease|less|smaller|reduc\w*|cheaper)\b|\b(?:lower|reduce|cut)\b[^.?!]{0,20}\b(?:monthly )?(?:payments?|instal?ments?)\b[^.?!]{0,20}\b(?:by )?(?:extending|lengthening|a longer term)\b/i;

/**
 * QA round 20 (loans). Why the loan's balance does not go down: "why isnt my loan balance going down??", "대출 잔액이
 * 왜 안 줄어요?" — an interest-only loan repays its principal at maturity (request BALANCE_FLAT).
 */
export const BALANCE_FLAT =
  /\bwhy\b[^.?!]{0,12}\b(?:is ?n'?t|isnt|is not|does ?n'?t|doesnt|does not|has ?n'?t|hasnt|has not|won'?t|never)\b[^.?!]{0,25}\b(?:loan|balance|principal|debt)\b[^.?!]{0,25}\b(?:go(?:ing|ne)? down|decreas\w*|drop\w*|shrink\w*|chang\w*|mov(?:e|ing|ed)|reduc\w*|lower\w*)|\bwhy\b[^.?!]{0,30}\b(?:loan|balance|principal|debt)\b[^.?!]{0,20}\b(?:still|always)?\s?(?:the same|not (?:going down|decreasing|changing|moving))|왜[^.?!]{0,12}(?:대출\s?)?(?:잔액|원금|대출금|빚)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:하나도\s?|전혀\s?|계속\s?)?(?:안\s?줄|줄지\s?(?:않|안)|그대로|똑같|안\s?바뀌|안\s?변)|(?:대출\s?)?(?:잔액|대출금|빚)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:왜\s?)(?:하나도\s?|전혀\s?|계속\s?)?(?:안\s?줄|줄지\s?(?:않|안)|그대로|똑같|안\s?바뀌|안\s?변)/i;

/**
 * QA round 20 (loans). Whether the jeonse deposit comes back at the lease's end: "my lease ends next year, will i get
 * my deposit back?", "will i get my jeonse deposit back when the lease ends", "전세 끝나면 보증금 돌려받을 수 있을까요?"
 * (request DEPOSIT_BACK): the landlord's duty, the deposit-return guarantee, and the loan repaid from it.
 */
export const DEPOSIT_BACK =
  /^(?=[^]*(?:전세|보증금|집주인|임대|\bjeonse\b|\blease\b|\blandlord\b|\bmov(?:e|ing) out\b|\brent(?:al|ing)?\b))[^]*?(?:\b(?:will|would|can|do|could|am) i\b[^.?!]{0,10}\b(?:get|be getting|receive|have)\b[^.?!]{0,8}\b(?:my |the |our )?(?:jeonse |lease |security |key )?(?:deposit|jeonse money)\b[^.?!]{0,6}\b(?:back|returned|refunded)\b|\b(?:get|getting) (?:my |the |our )?(?:jeonse |lease )?deposit back\b|\b(?:my |the )?(?:jeonse |lease )?deposit\b[^.?!]{0,15}\b(?:be returned|come back|get returned|be refunded|be paid back)\b|(?:전세\s?(?:보증)?금|보증금)\S{0,2}\s?(?:을\s?|를\s?|은\s?|는\s?)?(?:잘\s?|다\s?|제대로\s?)?(?:돌려\s?받을\s?수\s?있|돌려\s?받을까|돌려\s?받겠|돌려\s?받나|돌려\s?줄까|돌려\s?주겠|받을\s?수\s?있을까|돌려\s?받을\s?수\s?있을까))/i;

/**
 * QA round 20 (loans). Moving abroad with a jeonse loan: "i'm moving abroad, what happens to my jeonse loan?", "im
 * moving overseas for work next year, do i have to repay the jeonse loan?", "해외로 이사 가는데 전세대출은 어떻게 돼요?"
 * (request JEONSE_ABROAD): repaid from the returned deposit on moving out, the lender told, the guarantee's residence.
 */
export const JEONSE_ABROAD =
  /^(?=[^]*(?:전세|\bjeonse\b|\blease\b|\bdeposit loan\b))(?:[^]*\b(?:mov(?:e|ing)|relocat\w+|go(?:ing)?|transferr?\w*|emigrat\w+|leav(?:e|ing) (?:korea|the country))\b[^.?!,]{0,20}\b(?:abroad|overseas|out of (?:the )?(?:country|korea)|to another country)\b|[^]*\b(?:emigrat\w+|leav(?:e|ing) (?:korea|the country))\b|[^]*(?:해외|외국|이민|유학|해외\s?(?:발령|근무|파견|주재))[^.?!]{0,12}(?:이사|가|나가|떠나|가게|발령|근무|파견|이민))/i;

/**
 * The landlord not returning the jeonse deposit: "집주인이 보증금 안 돌려주면", "전세금을 못 받으면", "my landlord won't
 * return my deposit".
 */
export const DEPOSIT_NOT_RETURNED =
  /(?:집주인|임대인|주인)[^.?!]{0,20}(?:보증금|전세금|전세\s?보증금|돈)\S{0,2}\s?(?:을\s?|를\s?)?(?:안|못|늦게|늦어|제때\s?(?:안|못))\s?(?:돌려|줘|주|내\s?줘|빼\s?줘)|(?:보증금|전세금)\S{0,2}\s?(?:반환\S{0,2}\s?)?(?:이\s?|가\s?)?(?:늦어지|늦어|늦으면|늦게\s?(?:나오|받|들어오)|지연되)|\blandlord\b[^.?!]{0,30}\b(?:is |was |'s )?(?:late|slow|delays?|delaying)\b[^.?!]{0,20}\bdeposit\b|\bdeposit\b[^.?!]{0,20}\b(?:comes? back|returned|paid back|refunded) late\b|(?:보증금|전세금)\S{0,2}\s?(?:을\s?|를\s?)?(?:안\s?돌려|못\s?돌려|돌려\s?받지\s?못|못\s?받|안\s?줘|안\s?주|반환\s?(?:을\s?)?(?:안|못|거부|지연))|깡통\s?전세|역\s?전세|전세\s?사기|보증금\S{0,2}\s?(?:을\s?|를\s?)?(?:떼일|떼이|날릴|날리|못\s?받을)|\blose (?:my |our |the )?(?:jeonse )?deposit\b|\blandlord (?:is|seems|looks) (?:sketchy|shady|dodgy|suspicious)\b|\blandlord\b[^.?!]{0,40}\b(?:won'?t|doesn'?t|does not|will not|can'?t|cannot|refuses? to|isn'?t|is not)\s(?:going to\s)?(?:return|give back|pay back|repay|refund|give (?:me |us )?(?:my |our |the )?(?:\w+ )?(?:deposit|money) back)\b|\b(?:deposit|jeonse money)\b[^.?!]{0,20}\b(?:not (?:returned|refunded|paid back)|won'?t be returned)\b/i;

/**
 * Repaying a jeonse loan at the lease's end: "전세대출 만기에 한 번에 어떻게 갚아요?", "전세 계약 끝나면 대출은
 * 어떻게 갚나요?", "how do I repay my jeonse loan when the lease ends?".
 */
/** An extension named in so many words. */
export const EXTENSION_WORD = /연장|\bextend|\bextension/i;

export const JEONSE_MATURITY =
  /(?:전세\s?(?:보증)?금|보증금)\S{0,2}\s?(?:을\s?|를\s?)?(?:돌려\s?받|받으면|받고|반환\s?받)[^.?!]{0,25}(?:대출|빚)?[^.?!]{0,10}(?:갚|상환)|(?:전세\s?(?:자금\s?)?대출|전세\s?계약)[^.?!]{0,20}(?:만기|끝나|끝날|만료|종료)[^.?!]{0,25}(?:어떻게|갚|상환|한\s?번에|한꺼번에|일시)|(?:만기|끝나|끝날|만료)[^.?!]{0,10}(?:전세\s?(?:자금\s?)?대출)[^.?!]{0,20}(?:어떻게|갚|상환|한\s?번에|한꺼번에)|\b(?:jeonse|deposit|lease) loan\b[^.?!]{0,40}\b(?:matur\w*|lease ends?|end of (?:the|my) lease)\b[^.?!]{0,30}\b(?:repay|pay (?:it )?(?:off|back)|how)\b|\b(?:lease ends?|end of (?:the|my) lease|matur\w*)\b[^.?!]{0,40}\bhow do i (?:repay|pay (?:off|back))\b[^.?!]{0,20}\b(?:jeonse|deposit|lease) loan\b/i;

/** An extension refused or feared to be: "연장 안 되면", "연장 거절", "what if my extension is refused". */
export const EXTENSION_REFUSED =
  /연장\S{0,2}\s?(?:이\s?|가\s?)?(?:안|못)\s?(?:되|돼|해|받|하)|연장\s?(?:이\s?)?(?:거절|불가|거부)|\b(?:extension|extend)\b[^.?!]{0,30}\b(?:refused|denied|declined|rejected|turned down|not (?:approved|granted))|\b(?:can'?t|cannot|couldn'?t|won'?t be able to) (?:get (?:an? )?)?extend|\b(?:no|without an?) extension\b/i;

/** A loan's term extended at maturity (기한연장): "대출 연장 가능할까요?", "can I extend my loan?". */
/**
 * The lump sum at maturity that cannot be met: "만기 때 한꺼번에 못 갚으면 어떡하죠", "만기에 원금 못 갚으면 어떻게 돼요?",
 * "what if I can't repay it at maturity?" — answered like an extension refused (what is due then, and the ways).
 */
export const MATURITY_CANT_PAY =
  /만기\S{0,3}\s?(?:때|에|날|되면|가\s?되면|까지)?[^.?!]{0,16}못\s?(?:갚|내|낼|막)|\b(?:is |it'?s |comes )?due (?:in|by|on) (?:20\d\d|\w+ 20\d\d)\b[^.?!]{0,40}\b(?:don'?t|do not|won'?t) have (?:the )?(?:money|cash|funds)\b|\b(?:matures?|maturity)\b[^.?!]{0,40}\b(?:don'?t|do not|won'?t) have (?:the )?(?:money|cash|funds)\b|\b(?:can'?t|cannot|won'?t be able to|unable to|couldn'?t) (?:pay|repay)\b[^.?!]{0,30}\b(?:at maturity|when it matures|at the end of the (?:term|loan)|the (?:lump sum|balloon(?: payment)?|principal) at the end)\b/i;

export const EXTENSION =
  /(?:전세|임대차|집)?\s?계약\s?(?:이\s?)?(?:끝나|끝날|만료|종료)[^.?!]{0,12}대출|(?:전세|임대차|계약)\s?만기\S{0,3}\s?(?:때|되면|에|가\s?되면)?[^.?!]{0,10}대출\S{0,3}\s?(?:은\s?|는\s?)?(?:어떻게|어떡|어찌)|(?:기한|만기|기간)\s?(?:을|를)?\s?연장|연장\s?(?:할|하|되|돼|신청|가능|받|어떻게|방법|절차|조건)|(?:대출|전세대출|만기)\s?연장\S{0,2}\s?(?:은\s?|는\s?)?(?:어떻게|방법|절차)|extend (?:my |the )?(?:loan|mortgage|term|maturity)|(?:loan|term) extension|extension of (?:my |the )?(?:loan|term)|만기\s?(?:가\s?|이\s?)?(?:다가오|다가와|곧|임박|코앞|얼마\s?안\s?남|끝나\s?가)|(?:loan|lease|term) (?:is )?(?:ending|expiring|about to (?:end|expire))|(?:maturity|lease) (?:is )?(?:coming up|near|approaching)/i;

/** A rate-rise what-if; the size is read by extractRateRise. */
export const RATE_RISE =
  /(?:이자|이자율)\S{0,2}\s?(?:가|이)?\s?[\d.]+\s?(?:%\s?p|%\s?포인트|%|퍼센트\s?포인트|퍼센트|프로)\s?(?:정도\s?)?(?:만\s?)?(?:오르|올라|오를|인상|상승|뛰)|(?:금리|이율|기준금리|코픽스|cofix)\S{0,2}\s?(?:가|이)?\s?(?:[\d.]+\s?(?:%\s?p|%\s?포인트|%|퍼센트\s?포인트|퍼센트|프로|bp)\s?(?:정도\s?)?(?:만\s?)?)?(?:오르|올라|오를|인상|상승|뛰)|(?:interest )?rates? (?:go(?:es)? up|rises?|increases?|climbs?|goes higher)|(?:if|when) (?:the )?(?:interest )?rates? (?:go up|rise|increase)|rate (?:rise|hike|increase)s?\b|[\d.]+\s?(?:%\s?p|%\s?포인트|퍼센트\s?포인트|bp)\s?(?:정도\s?)?(?:만\s?)?(?:오르|올라|오를|인상|상승|뛰)|[\d.]+\s?(?:percentage points?|bp)\s(?:rise|increase|hike|higher|up)|\b(?:it|rates?|mine) (?:goes|go|went|rises?|increases?) (?:up )?(?:by )?[\d.]+\s?(?:%|percentage points?|points?|bp)/i;

/**
 * A rate the loan would move to: "금리가 5%로 오르면", "금리 4.5% 되면", "연 6%면 한 달에 얼마", "if my rate goes to 5%".
 * Not a rise by points ("1%p 오르면", and "금리 1% 오르면" without 로/까지: customers say a rise of one point so) and
 * not a new loan's rate ("5% 금리로 빌리면").
 */
const RATE_TO =
  /(?:금리|이율|이자율)\S{0,2}\s?(?:이\s?|가\s?)?(?:연\s?)?(\d{1,2}(?:\.\d{1,2})?)\s?(?:%|퍼센트|프로)(?!\s?p|\s?포인트)\s?(?:(?:가\s?|로\s?|으로\s?|까지\s?)?(?:되면|된다면|바뀌면|변하면|이면|면)|(?:로|으로|까지)\s?(?:오르면|올라가면|올라도|인상되면|내려가면|떨어지면))|\b(?:my |the )?(?:interest )?rates?\b[^.?!]{0,30}\b(?:go|goes|went|rise|rises|rose|move|moves|change|changes|jump|jumps|climb|climbs|fall|falls|drop|drops|increase|increases|decrease|decreases|is raised|reset|resets)\s(?:up |down )?to\s(\d{1,2}(?:\.\d{1,2})?)\s?%|\bif (?:my |the )?(?:interest )?rate (?:is|was|were|became|becomes)\s(\d{1,2}(?:\.\d{1,2})?)\s?%/i;

/**
 * Two rates weighed against each other: "금리 4.5%랑 3.9% 이자 차이 얼마?", "4.5%와 3.9% 비교", "the difference in
 * interest between 4.5% and 3.9%", "4.5% vs 3.9%".
 */
const RATE_PAIR =
  /(\d{1,2}(?:\.\d{1,2})?)\s?(?:%|퍼센트|프로|percent)(?!\s?p|\s?포인트)\s?(?:이랑|랑|하고|와|과|대비|vs\.?|versus|and|or|에서|→|->|~)\s?(?:연\s?)?(\d{1,2}(?:\.\d{1,2})?)\s?(?:%|퍼센트|프로|percent)(?!\s?p|\s?포인트)/i;
const RATE_PAIR_ASK = /차이|비교|얼마나\s?(?:달라|다르|차이)|\bdifference\b|\bcompare|\bvs\.?\b|\bversus\b/i;

/** The two rates a comparison names, in percent, in the order said (each 0 < rate ≤ 30). */
export function extractRatePair(text: string): [number, number] | undefined {
  const m = RATE_PAIR.exec(text);
  if (!m || !RATE_PAIR_ASK.test(text) || !/금리|이자|이율|\brates?\b|\binterest\b/i.test(text))
    return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from > 0 && from <= 30 && to > 0 && to <= 30 && from !== to ? [from, to] : undefined;
}

/**
 * The rate a rate-to question names, in percent (0 < rate ≤ 30); none for a rise by points or a new loan's rate. Of
 * two rates weighed ("4.5%랑 3.9% 차이"), the second (the first is rateFrom).
 */
export function extractRateTo(text: string): number | undefined {
  if (/빌리|대출\s?받|\bborrow|\bnew loan/i.test(text)) return undefined;
  const pair = extractRatePair(text);
  if (pair) return pair[1];
  const m = RATE_TO.exec(text);
  if (!m) return undefined;
  const v = Number(m[1] ?? m[2] ?? m[3]);
  return v > 0 && v <= 30 ? v : undefined;
}

/**
 * A rate another lender quoted ("3.5%로 해준다는데", "신한은행은 3.2%라던데요?", "offered me 3.3%"), in percent (0 < rate
 * ≤ 20); none for the customer's own rate ("지금 4.5%인데") or a change by points ("1%p").
 */
export function extractQuotedRate(text: string): number | undefined {
  return quotedRatesSaid(text).find((v) => v > 0 && v <= 20);
}

/**
 * QA round 23 (loan23). A rate said as quoted that no lender can charge: 0 %, or above Korea's legal maximum of 20 % a
 * year (법정최고금리, the 대부업법 and 이자제한법 cap since July 2021) — "0%면요?", "a lender quoted me 99%". None when a
 * plausible rate is said beside it.
 */
export function extractImplausibleRate(text: string): number | undefined {
  const said = quotedRatesSaid(text);
  return said.some((v) => v > 0 && v <= 20) ? undefined : said[0];
}

/** The rates a message says as quoted (extractQuotedRate's reading), whatever their size. */
function quotedRatesSaid(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(
    /(?<![\d.])(\d{1,3}(?:\.\d{1,3})?)\s?(?:%|퍼센트|프로|percent)(?!\s?p\b|\s?포인트|\s?points?)/gi,
  )) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "toss says they can do my loan at 3.2%": a rate offered "at" or "for" is the quote, whoever's loan it names.
    // "수수료 1%면요?", "a 1% fee": the fee stated (statedFee), not a rate.
    if (/수수료\S{0,2}\s?(?:가\s?|이\s?|는\s?|은\s?)?$|\bfees?\b[^.?!\d]{0,14}$/i.test(before)) continue;
    if (/^\s?(?:early[- ]repayment\s|prepayment\s|exit\s)?fee\b/i.test(text.slice(m.index + m[0].length)))
      continue;
    const offered = /\b(?:at|for|offer(?:s|ed|ing)?|of)\s*$/i.test(before);
    if (
      !offered &&
      /(?:지금|현재|원래|기존|내|제)\s?(?:금리|이율|대출)?\S{0,2}\s?(?:는|은|이|가)?\s*(?:연\s?)?$|\b(?:my|current|currently|now)\b[^.?!]{0,14}$/i.test(
        before,
      )
    )
      continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** A rate-cut what-if: "금리가 0.5%p 내리면", "기준금리 인하되면", "if rates fall by 1%", "a rate cut". */
export const RATE_CUT =
  /(?:이자|이자율)\S{0,2}\s?(?:가|이)?\s?[\d.]+\s?(?:%\s?p|%\s?포인트|%|퍼센트\s?포인트|퍼센트|프로)\s?(?:정도\s?)?(?:만\s?)?(?:내리|내려|내릴|인하|하락|떨어지|떨어져|떨어질|낮아지|낮아져)|(?:금리|이율|기준금리|코픽스|cofix)\S{0,2}\s?(?:가|이)?\s?(?:[\d.]+\s?(?:%\s?p|%\s?포인트|%|퍼센트\s?포인트|퍼센트|프로|bp)\s?(?:정도\s?)?(?:만\s?)?)?(?:내리|내려|내릴|내린|인하|하락|떨어지|떨어져|떨어질|낮아지|낮아져)|(?:interest )?rates? (?:go(?:es)? down|fall|falls|drops?|decreases?|come(?:s)? down|are cut|get cut)|\b(?:they|it) (?:go(?:es)? down|fall|falls|drops?|decreases?|come(?:s)? down)\b|rate cuts?\b|\bcuts? (?:interest )?rates\b|[\d.]+\s?(?:%\s?p|%\s?포인트|퍼센트\s?포인트|bp)\s?(?:정도\s?)?(?:만\s?)?(?:내리|내려|내릴|인하|하락|떨어지|떨어져|낮아지)|[\d.]+\s?(?:percentage points?|bp)\s(?:cut|drop|fall|decrease|lower|down)/i;

/**
 * The change a rate what-if names, in percentage points ("1%p", "0.5%", "50bp"; 1 when it names none): positive for
 * a rise, negative for a cut.
 */
export function extractRateRise(text: string): number | undefined {
  const cut = !RATE_RISE.test(text) && RATE_CUT.test(text);
  if (!cut && !RATE_RISE.test(text)) return undefined;
  const bp = /([\d.]+)\s?bp\b/i.exec(text);
  if (bp) return (cut ? -1 : 1) * (Number(bp[1]) / 100);
  // "by half a percent", "a quarter of a point", "반 프로", "0.5%" said in words.
  const words =
    /\b(?:half|a quarter) (?:of )?(?:a |one )?(?:percent(?:age point)?|point|%)|\bhalf a percentage point\b|반\s?(?:프로|퍼센트|%)/i.exec(
      text,
    );
  if (words) return (cut ? -1 : 1) * (/quarter/i.test(words[0]) ? 0.25 : 0.5);
  const pts =
    /([\d]+(?:\.\d+)?)\s?(?:%\s?p|%|퍼센트\s?포인트|퍼센트|프로|percentage points?|percent|points?)/i.exec(
      text,
    );
  const v = pts ? Number(pts[1]) : 1;
  const size = v > 0 && v <= 10 ? v : 1;
  return cut ? -size : size;
}

const EMERGENCY_FUND =
  /비상금|비상\s?자금|예비\s?자금|emergency (?:fund|savings|money|cushion)|rainy[- ]day/i;

/** A card bill the customer cannot pay (카드값, 카드대금, 카드 결제금액), as opposed to a loan instalment. */
export const CARD_BILL =
  /카드\s?(?:값|대금|결제\s?(?:예정\s?)?(?:금액|대금|액)|빚|명세서)|(?:이번\s?달|이달)\S{0,2}\s?(?:카드\s?)?(?:결제\s?(?:금액|액|대금)|청구\s?(?:금액|액))|\bcard\b[^.?!]{0,40}\b(?:my|the) bill\b|(?:신용\s?)?카드(?!\s?론)(?:값|대금)?\s?(?:를\s?|을\s?|가\s?|이\s?)?연체|(?:credit )?card (?:bill|statement|payment|balance)|\bcredit card (?:arrears|overdue)|\bowe (?:on|for) (?:my |the )?(?:credit )?card\b|\bpay(?:ing)? (?:off )?(?:my |the )?(?:credit )?card (?:late|on time|off)\b|\b(?:my |the )?(?:credit )?card (?:is |was )?(?:late|overdue)\b/i;

/** A word of expectation beside a month's card bill: "예상", "나올 것 같아요", "gonna be", "will it be". */
const BILL_EXPECTED =
  /예상|예측|나올\s?(?:것|거)\s?같|나올까|될\s?(?:것|거)\s?같|될까|\bgonna\b|\bgoing to be\b|\bwill\b|\bforecast|\bexpect|\blikely\b/i;

/**
 * QA round 21 (card21). A card bill asked further ahead than next month's ("3개월 후 카드값 얼마 나올 것 같아요?", "whats
 * my card bill gonna be in 3 months", "다다음달 카드값", "1월 카드값 예상 얼마에요"): no statement holds it yet, so it is
 * that month's spending forecast (with the instalments still billed then) — not this month's bill, nor a past January.
 * A month named counts only with a word of expectation ("1월 카드값 얼마였어?" is January's bill gone); one that turns out
 * to be this month or next is the bill again (resolveNamedMonth). Not a bill that cannot be paid (hardship).
 */
export function cardBillAhead(text: string): boolean {
  if (!CARD_BILL.test(text)) return false;
  if (/못\s?(?:내|낼|낸|갚)|연체|밀리|밀릴|\bcan'?t\b|\bunable\b|\blate\b|\boverdue\b|\bmiss/i.test(text))
    return false;
  const ahead = extractMonthsAhead(text);
  if (ahead !== undefined) return ahead >= 2 && ahead <= 12;
  if (/다다음\s*달|\bmonth after next\b/i.test(text)) return true;
  return extractNamedMonth(text) !== undefined && BILL_EXPECTED.test(text);
}

/** The card bill of next month: "다음 달(에) 카드값", "담달 카드 대금", "next month's card bill". */
export const NEXT_BILL =
  /(?:다음\s?달|담달|내달|다음\s?번)\S{0,2}\s?(?:에\s?)?(?:나올|청구|결제될|낼)?[^.?!]{0,6}카드|\bnext month'?s? (?:credit )?card (?:bill|statement)|\bcard (?:bill|statement)\b[^.?!]{0,12}\bnext month\b/i;

/** "Why is the interest this much": how an instalment's interest is worked out. */
/**
 * Whether they will be all right, asked in fear: "나 망한거죠?", "am i going to be ok?", "is it over for me" — where they
 * stand, first (nothing overdue is said as such), not the debt-relief ladder of someone already behind.
 */
export const REASSURE =
  /\b(?:am i|will i be|i'?m i) (?:going to be |gonna be )?(?:ok(?:ay)?|alright|all right|fine)\b(?!\s+(?:financially|with money))|\bis it over for me\b|\bam i (?:screwed|doomed|ruined|finished|done for)\b|망한\s?(?:거|건|걸)|망했|망할\s?(?:것|거)|끝난\s?(?:거|건)|인생\s?(?:끝|망)|(?:저|나|제가|내가)\s?괜찮(?:은|을)\s?(?:건가|까|거)|괜찮아\s?질까/i;

/** A replacement card: "재발급", "새 카드 언제 와요", "how long for a new card", "replacement card". */
export const REISSUE =
  /재발급|재발행|새\s?카드\S{0,2}\s?(?:는\s?|은\s?)?(?:언제|얼마나|며칠|받|오|나와|신청)|\b(?:new|replacement) card\b|\breplace(?:ment)? (?:my |the )?card\b|\breissue/i;
/** Money back after a charge not made: "돈 돌려받을 수 있어요?", "보상 받을 수", "will I get my money back?". */
export const FRAUD_REFUND =
  /(?:그\s?동안|그\s?사이|신고\s?(?:전에?|하기\s?전))\S{0,2}\s?(?:에\s?)?(?:결제된|쓴|쓰인|사용된|긁힌|빠져나간|나간)\s?(?:건|거|것|돈|금액)|(?:돈|금액|결제\s?금액|그\s?돈)\S{0,2}\s?(?:을\s?|를\s?)?(?:다\s?)?(?:돌려\s?받|환불\s?받|돌려\s?주|되찾)|보상\s?(?:받|해\s?주|이\s?되|돼|되나|가능)|\b(?:get|getting) (?:my |the )?money back\b|\b(?:will|would|can|do) i (?:get|be) (?:refunded|reimbursed|compensated)\b|\brefund (?:the |that |this )?(?:fraud|unauthori[sz]ed|charge)/i;

/** A part taken out: "숙박비 빼면", "여행 빼고", "식비 제외하면", "without travel", "excluding eating out". */
const WITHOUT =
  /([가-힣A-Za-z·]+?)\s?(?:은|는|을|를)?\s?(?:빼면|빼고|빼서|제외하면|제외하고)|\b(?:without|excluding|except(?:\sfor)?|minus|not counting|leaving out)\s(?:the\s|my\s)?([a-z]+(?:\s[a-z]+)?)/i;
/** At home said as such ("국내에서만", "in Korea"), not a trip taken out. */
const DOMESTIC_SAID = /국내|\bin korea\b|\bdomestic/i;

/** The money for a sum due not there: "그런 돈 없는데", "그 돈이 없어요", "I don't have that kind of money". */
const SUM_MISSING =
  /(?:그런|그\s?만한|그만큼|그)\s?돈\S{0,2}\s?(?:이\s?|은\s?)?(?:없|모자|부족)|돈이\s?없(?:는데|어요|어서)|\b(?:don'?t|do not|won'?t) have (?:that (?:kind of |much )?money|the money|that much)\b/i;

/** The principal not going down: "원금은 하나도 안 줄어요?", "why isn't my principal going down?". */
export const PRINCIPAL_FLAT =
  /원금\S{0,2}\s?(?:은\s?|이\s?|도\s?)?(?:왜\s?)?(?:하나도|전혀|계속|그대로|왜)?\s?(?:안\s?줄|줄지\s?(?:않|안)|그대로|안\s?갚아)|\bprincipal\b[^.?!]{0,15}\b(?:not|isn'?t|doesn'?t|never|hasn'?t)\b[^.?!]{0,10}\b(?:go(?:ing)? down|decreas|shrink|chang|drop)/i;

/** The interest charged thought wrong: "이자 계산이 틀린 것 같은데요", "I think my interest was calculated wrong". */
export const INTEREST_DISPUTE =
  /(?:이자\s?계산|연체\s?이자|대출\s?이자|이자)\S{0,2}\s?(?:이\s?|가\s?|을\s?|를\s?)?(?:잘못|틀린|틀렸|틀리|이상하게|이상한|과다|더\s?많이\s?(?:나왔|청구|붙|빠져))|(?:이자|이자\s?계산)\S{0,2}\s?(?:이\s?|가\s?)?맞(?:나요|는지|는\s?건가|아요\?)|\binterest\b[^.?!]{0,25}\b(?:wrong|incorrect|mistake|miscalculated|overcharged|doesn'?t (?:add up|look right|match))\b|\b(?:wrong|incorrect) interest\b|\bovercharged (?:me )?(?:on |for )?(?:the )?interest\b/i;

const INTEREST_WHY =
  /이자\s?계산\s?(?:은\s?|을\s?|이\s?)?(?:어떻게|방식|방법)|(?:금리|이자|이율)\S{0,2}\s?(?:가\s?|이\s?)?(?:왜\s?)?(?:올랐|오른|늘었|늘어난|인상)[^.?!]{0,8}(?:왜|이유)|(?:왜|이유)[^.?!]{0,8}(?:금리|이자)\S{0,2}\s?(?:가\s?|이\s?)?(?:올랐|오른|늘었|인상)|\b(?:interest|rate|payment)s?\b[^.?!]{0,20}\b(?:went up|gone up|go up|increased|rose|risen|higher)\b[^.?!]{0,12}\bwhy\b|\bwhy\b[^.?!]{0,30}\b(?:loan )?(?:payment|instal?ment|repayment)s?\b[^.?!]{0,20}\b(?:higher|bigger|larger|more|gone up|went up|increased)\b|(?:대출금|납입금|납입액|상환액|상환금|원리금)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?왜\s?(?:이렇게\s?|더\s?)*(?:나왔|많이|많아|늘었|올랐|비싸)|왜\s?(?:이번\s?달\s?)?(?:대출금|납입금|납입액|상환액|원리금)\S{0,2}\s?(?:이\s?|가\s?)?(?:더\s?)?(?:나왔|많|늘|올)|이자\S{0,2}\s?(?:가\s|는\s|이\s)?(?:왜|왤케|왜케|어떻게\s?(?:계산|나오|정해|매겨)|계산\s?(?:방법|법|식|은|이)|산정)|왜\s?(?:이렇게|그렇게|이리|이만큼)?\s?(?:대출\s?)?이자|why\b[^.?!]{0,30}\binterest|how (?:is|was|do you|does the bank) (?:my |the )?interest|interest[^.?!]{0,25}\b(?:calculated|computed|worked out|so high|so much|this high|this much)|\bwhy\b[^.?!]{0,20}\b(?:loan )?(?:payment|instal?ment)s? (?:is |are )?(?:so|this|that) (?:high|big|much|expensive)\b|이자\S{0,2}\s?(?:가\s?|는\s?|도\s?)?[^.?!]{0,14}(?:똑같|같네|같아요|같은데|그대로|안\s?(?:바뀌|변하|줄))|(?:31|30|29|28)일\S{0,3}\s?[^.?!]{0,10}이자|\binterest\b[^.?!]{0,25}\b(?:the same|never changes|doesn'?t change) every month\b/i;

/**
 * A change that has happened to the rate or the interest ("금리가 왜 올랐어요?", "이자가 왜 늘었죠?", "금리 바뀌었나요?",
 * "why did my rate go up?", "has my interest rate changed?") — not a what-if ("금리가 오르면", rateRise) or an outlook.
 */
/** When the loan's rate changes next: "제 대출 금리 언제 바뀌어요?", "when does my rate change next?". */
export const NEXT_RESET =
  /^(?:그럼\s?|근데\s?)?(?:금리|이율|이자율)\S{0,2}\s?(?:는\s?|은\s?|가\s?)?(?:다음에\s?)?언제\s?(?:바뀌(?!었)|바뀔|변경(?:되|돼|될)(?!었)|조정(?!됐|되었)|재산정)|(?:제|내|대출|주담대|전세\s?대출|신용\s?대출)\s?(?:의\s?)?(?:대출\s?)?(?:금리|이율|이자율)\S{0,2}\s?(?:는\s?|은\s?)?(?:다음에\s?|다음\s?번에\s?)?언제\s?(?:바뀌(?!었)|바뀔|변경(?:되|돼|될)(?!었)|조정(?!됐|되었)|재산정|오르(?!었)|오를|내리(?!었)|내릴)|\bwhen (?:does|will|is) my (?:loan'?s? |mortgage'?s? )?(?:interest )?rate (?:change|reset|adjust|going to change)|\bnext (?:rate|interest rate) (?:change|reset|adjustment)\b|(?:금리|이율|이자율)\s?(?:의\s?)?(?:변경|변동|재산정|조정|갱신)\s?(?:일|날|날짜|시기|예정일)\S{0,2}\s?(?:은\s?|는\s?|이\s?|가\s?)?(?:언제|며칠|몇\s?일|알려|궁금)|(?:금리|이율|이자율)\S{0,2}\s?(?:가\s?|이\s?)?(?:바뀌는|변경되는|재산정되는|조정되는)\s?(?:날|때|시기|날짜)|\b(?:interest )?rate (?:reset|change|adjustment) date\b|\bwhen (?:is|'s) (?:my |the )?next (?:interest )?rate (?:reset|change|adjustment)\b/i;

export const RATE_CHANGE =
  /\b(?:my |the )?rate history\b|\bhas (?:my |the )?rate (?:ever )?changed\b|금리\s?(?:변동\s?)?(?:이력|내역|히스토리)|(?:금리|이율|이자율|이자|납입액|납입금|상환액|원리금)\S{0,2}\s?(?:가\s?|이\s?|는\s?|은\s?)?(?:왜\s?|갑자기\s?|또\s?|좀\s?|언제\s?)*(?:올랐|오른\s?(?:거|것|이유|건)|올라(?:갔|간)|늘었|늘어났|늘어난\s?(?:거|것|이유|건)|인상\s?(?:됐|되었|된)|바뀌었|바뀐\s?(?:거|것|이유|건)|변경\s?(?:됐|되었|된)|변동\s?(?:됐|되었)|내렸|내려갔|떨어졌|줄었)|(?:금리|이자율)\s?(?:인상|변경|변동)\s?(?:통지|안내|문자|알림)|\b(?:my |the )?(?:interest )?(?:rate|interest|payment)s? (?:went up|has gone up|have gone up|has changed|have changed|changed|increased|has increased|rose|has risen|was raised|went down|dropped|jumped)\b|\bwhy (?:did|has|is|was) (?:my |the )?(?:interest )?(?:rate|interest|payment)s?\b[^.?!]{0,20}\b(?:up|higher|increase|change|rise|risen|gone up)|\b(?:has|did) (?:my |the )?(?:interest )?rate (?:change|go up|increase|rise)\b/i;

/**
 * The rate paid now ("금리 몇 프로예요?", "이자율이 얼마죠", "what's my interest rate?") — not a rise, a forecast or a
 * cheaper rate elsewhere (those are rateRise, FORECAST and REFINANCE).
 */
const CURRENT_RATE =
  /\bhighest (?:interest|rate)\b|(?:제일|가장)\s?(?:이자|금리)(?:가|이)?\s?(?:높|비싸|비싼|센|많)|(?:제일|가장)\s?(?:비싼|금리\s?(?:가\s?)?높은|이자\s?(?:가\s?)?(?:높은|많은|비싼))\s?(?:대출|거|것|게)|\b(?:my )?(?:most expensive|highest[- ]rate|priciest) (?:loan|debt)\b|(?:금리|이자율|이율)\s?(?:이|가|는|은|을|를)?\s?(?:지금\s?|현재\s?|다\s?|좀\s?|전부\s?|모두\s?)?(?:몇|얼마|어떻게\s?(?:돼|되)|확인|알려|궁금|보여)|(?:금리|이자율)\s?(?:몇\s?(?:프로|퍼센트|%))|\b(?:what(?:'s| is| are)|tell me|check|show me)\b[^.?!]{0,25}\b(?:my|the)\b[^.?!]{0,25}\b(?:interest )?rates?\b(?![^.?!]{0,20}\b(?:rise|go up|increase|goes up|forecast|outlook))|\b(?:interest )?rates? (?:am i|i'?m|do i|i) pay(?:ing)?\b|\bmy (?:current )?(?:interest )?rates?\b(?![^.?!]{0,20}\b(?:rise|go up|goes up|increase))/i;

/** The customer's cards: "내 카드 몇 장이야?", "카드 목록", "무슨 카드 쓰고 있어?", "what cards do I have?". */
export const CARD_LIST =
  /카드\S{0,2}\s?(?:몇\s?(?:장|개)|목록|리스트|종류|뭐\s?뭐)|(?:내|제|나의|저의)\s?카드\S{0,2}\s?(?:는\s?|가\s?)?(?:뭐|뭣|무엇|어떤\s?거)\s?(?:뭐\s?)?(?:있|가지|갖|예요|에요|야|이야|인가|죠)|(?:가진|갖고\s?있는|가지고\s?있는|쓰는|쓰고\s?있는|발급받은|발급된)\s?카드(?!\s?(?:값|대금|결제|한도))|(?:무슨|어떤|어느)\s?카드\S{0,2}\s?(?:있|쓰|가지|갖)|\b(?:what|which) (?:credit |debit )?cards? (?:do i have|have i got|am i using)\b|\bhow many (?:credit |debit )?cards\b|\blist (?:all )?my cards\b|\bmy cards\b/i;

/** What the customer's account holds: "예금 잔액", "통장에 얼마 있어", "how much is in my account". */
export const DEPOSIT_BALANCE =
  /(?:예금|통장|계좌|입출금)\S{0,2}\s?(?:잔액|잔고)|(?:통장|계좌)\S{0,2}\s?(?:에\s?)?(?:돈이?\s?)?얼마\s?(?:있|남)|\bhow much (?:money )?(?:is|do i have) in (?:my )?(?:bank )?(?:account|savings)\b|\bhow much (?:money )?(?:have i|do i have) (?:got )?(?:saved|in savings)\b|\b(?:my )?(?:bank|account|savings|deposit) balance\b/i;

/** Principal repaid so far: "지금까지 원금 얼마나 갚았어요?", "갚은 원금", "how much have I paid off so far?". */
const REPAID_SO_FAR =
  /\btotal (?:i'?ve|i have) (?:paid|repaid)\b|\bhow much (?:have i|i'?ve) paid (?:in total |so far |altogether )?(?:on|towards?|to|into) (?:my|the) (?:loan|mortgage)|(?<!이자\S{0,3}\s?)(?:원금\S{0,2}\s?)?(?:얼마나|얼마|몇\s?(?:%|퍼센트|프로))\s?(?:갚았|상환했|갚은\s?거|상환된)|(?:지금까지|여태|그동안|현재까지)\s?(?:갚은|상환한)\s?(?:원금|금액|돈)|갚은\s?원금|\bhow much (?:have i|i'?ve|of (?:my|the) (?:\w+ )?(?:loan|mortgage|principal) have i) (?:already )?(?:paid off|repaid|paid back|paid down)\b|\bhow much (?:have i|i'?ve) paid\b[^.?!]{0,12}\bso far\b|\b(?:paid off|repaid|paid down) so far\b/i;

/** A share of the balance: "절반", "반만", "half", "a third", "3분의 1", "30%" — before a repaying word. */
export const BALANCE_SHARE =
  /(절반|반|\bhalf\b(?! an? (?:thousand|mn|mil|million|bn|billion)\b)|\ba (?:third|quarter)\b(?! of an? (?:thousand|mil|million|billion)\b)|\bone (?:third|quarter)\b|[234]\s?분의\s?1|(\d{1,2})\s?(?:%|퍼센트|프로))\s?(?:만\s?|정도\s?|쯤\s?|of (?:it|my (?:\w+ )?(?:loan|mortgage|balance|debt)|the (?:loan|balance|mortgage))\s?)?(?:을\s?|를\s?|이라도\s?)?(?:먼저\s?)?(?:갚|상환|pay|repay|prepay)|\b(?:pay|repay|prepay)(?: off| down| back)? (half(?! an? (?:thousand|mn|mil|million|bn|billion)\b)|a third|a quarter(?! of an? (?:thousand|mil|million|billion)\b)|(\d{1,2}) ?%)(?: of)?\b/i;

export function extractShare(text: string): number | undefined {
  const m = BALANCE_SHARE.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? m[3] ?? '').toLowerCase().replace(/\s/g, '');
  const pct = m[2] ?? m[4];
  if (pct) return Number(pct) > 0 && Number(pct) < 100 ? Number(pct) / 100 : undefined;
  if (word === '절반' || word === '반' || word === 'half') return 0.5;
  if (/third|3분의1/.test(word)) return 1 / 3;
  if (/quarter|4분의1/.test(word)) return 0.25;
  if (word === '2분의1') return 0.5;
  return undefined;
}

/**
 * How late a payment may be ("며칠까지 괜찮아요?", "며칠 늦어도 돼요?", "몇 일 밀려도 괜찮나요?", "how many days late is
 * ok?", "how late can I pay?"): answered with the day penalty interest starts and the credit bureaus' thresholds.
 */
/** The rate a limit was worked out on: "한도 계산한 금리가 몇 프로예요?", "what rate did you assume?". */
const RATE_ASSUMED =
  /(?:신용\s?대출|마이너스\s?통장|주택\s?담보\s?대출|주담대)\S{0,2}\s?(?:금리|이율|이자율)\S{0,2}\s?(?:는\s?|은\s?|가\s?|이\s?)?(?:얼마나|얼마|몇\s?(?:%|프로|퍼센트)(?:\s?정도)?)\s?(?:나올|나와|받을|될|돼|되|정도)|\bwhat (?:interest )?rate (?:would|could|will|can) i get\b[^.?!]{0,20}\b(?:credit|personal|new) loan\b|(?:한도|계산)\S{0,3}\s?[^.?!]{0,10}(?:금리|이율)\S{0,2}\s?(?:는\s?|은\s?|가\s?)?(?:몇|얼마)|\bwhat (?:interest )?rate (?:did|does|do) (?:you|that|this|it) (?:assume|use)\b/i;

/** The income a loan would need: "2억 빌리려면 연봉 얼마 돼야 해요?", "how much do i need to earn to borrow 200 million". */
export const INCOME_NEEDED =
  /(?:연봉|소득|월급|수입)\S{0,3}\s?(?:이\s?|가\s?)?얼마(?:면|여야|이어야)\s?(?:돼|되|가능)|(?:연봉|소득|월급|수입)\S{0,3}\s?(?:이\s?|가\s?)?(?:얼마|몇)\S{0,4}\s?(?:돼야|되야|있어야|이어야|여야|넘어야|필요|정도\s?(?:돼야|되야|필요))|(?:빌리|받으|나오)려면\s?(?:연봉|소득|월급|수입)|\bhow much (?:do|would|will) i (?:need to|have to) (?:earn|make)\b|\bwhat (?:income|salary) (?:do|would|will) i need\b|\b(?:income|salary) (?:do i need|would i need|needed|required) (?:to|for)\b/i;

/** The card-spending income deduction: "신용카드 소득공제 얼마나 받을 수 있어요?", "카드 연말정산", "credit card tax deduction". */
export const CARD_DEDUCTION =
  /(?:신용\s?|체크\s?)?카드\S{0,3}\s?(?:사용\s?)?(?:액\s?|금액\s?)?(?:으로\s?)?(?:소득\s?)?공제|카드\s?연말\s?정산|연말\s?정산[^.?!]{0,15}(?:카드|신용카드)|\b(?:credit|debit|check) card (?:income )?(?:tax )?deductions?\b|\b(?:debit|check|credit) cards?\b[^.?!]{0,30}\btax (?:deductions?|credits?|breaks?|benefits?)\b|\btax (?:deductions?|benefits?)\b[^.?!]{0,30}\b(?:debit|check|credit) cards?\b|\bcard spending\b[^.?!]{0,25}\btax (?:deduction|return|refund)/i;

export const LATE_GRACE =
  /(?:며칠|몇\s?일|몇\s?날)\s?(?:까지(?:는)?|정도(?:는)?|이나|쯤)?\s?(?:늦어도|늦게\s?내도|밀려도|연체해도|연체돼도|안\s?내도|괜찮|봐\s?주|여유)|\bhow (?:many days|long|late)\b[^.?!]{0,25}\b(?:late|overdue|can i (?:pay|wait|be late))\b[^.?!]{0,25}\b(?:ok|okay|fine|allowed|before)\b|\bhow (?:many days|long) (?:late )?can i (?:pay|wait|be)\b(?: late)?/i;

/** When the loan was taken out: "대출 받은 지 얼마나 됐어?", "언제 빌렸더라", "대출 실행일", "when did I take out my loan?". */
export const LOAN_AGE =
  /(?:받은|빌린|실행된|시작한)\s?(?:지|게)\s?(?:얼마나|몇\s?(?:년|개월|달)|오래|언제)|(?:대출\S{0,2}\s?)?언제\s?(?:받았|빌렸|실행(?:됐|했|된))|대출\s?(?:실행일|시작일|받은\s?날(?:짜)?)|\bhow long (?:have i had|ago did i (?:take out|get)) (?:my |the |this )?(?:loan|mortgage)\b|\bwhen did i (?:take out|get|open|start) (?:my |the |this )?(?:loan|mortgage)\b/i;

/** Night-time payments: "새벽에 결제된 거", "심야 결제", "한밤중에", "late at night", "in the middle of the night". */
export const NIGHT =
  /새벽|심야|한밤|밤\s?(?:늦게|중에|사이에?)|\b(?:at night|late at night|in the night|middle of the night|overnight|after midnight)\b/i;

/**
 * The last instalment asked: "마지막 달에는 얼마 내?", "마지막 회차 얼마야", "만기때 한번에 얼마 갚아야돼?", "what's my
 * final payment?", "how much will I have to pay back then?" — not the maturity date alone ("만기 언제예요?"), nor the
 * latest one made ("did my last loan payment go through?", "지난번에 낸 대출금").
 */
export const LAST_INSTALMENT =
  /마지막\s?(?:달|회차|납입|번|상환)\S{0,3}\s?(?:에\s?|에는\s?|은\s?|는\s?|때\s?)?(?:얼마|내|갚)|만기\s?(?:때|에|날|일)?\S{0,2}\s?(?:한\s?번에\s?|한꺼번에\s?|일시에\s?)?(?:얼마|내야|갚아야)|\bfinal (?:loan )?(?:payment|instal?ment|repayment)\b|\blast (?:payment|instal?ment|repayment) (?:of|on) (?:my|the) (?:loan|mortgage)\b|\bhow much (?:will|do|would) i (?:have to )?(?:pay|repay)(?: back)? (?:then|at (?:the end|maturity))\b|\bballoon payment\b|\bwhen(?:'s| is| will be| do i (?:make|pay))? (?:the|my) (?:very )?last (?:one|payment|instal?ment)\b|마지막\s?(?:회차|납입|번)\S{0,2}\s?(?:은\s?|는\s?)?언제/i;

/**
 * A year of loan payments summed ahead: "대출 이자 1년에 총 얼마 내?", "연간 이자 얼마예요?", "1년 동안 갚는 돈 얼마야?",
 * "how much interest do I pay a year?", "annual interest on my loan" — not what was paid ("올해 낸 이자": interestPaid)
 * nor a saving's interest ("적금 1년 들면 이자 얼마야?").
 */
/** A year of a loan's interest: "how much will my jeonse interest be in 2027 total", "내년에 대출 이자 총 얼마 내요?". */
export const YEAR_OF_INTEREST =
  /(?:(?:대출|전세|주담대)\S{0,3}\s?)?이자\S{0,2}\s?[^.?!]{0,10}(?:내년|20\d\d년)\S{0,2}\s?[^.?!]{0,8}(?:총|모두|다\s?합|합계|전부)|(?:내년|20\d\d년)\S{0,2}\s?(?:에\s?|엔\s?|한\s?해\s?)?(?:대출|전세|주담대)?\s?이자\S{0,2}\s?(?:가\s?|는\s?|를\s?)?(?:총|모두|다\s?합|합계|전부|얼마)|\b(?:loan|jeonse|mortgage) interest\b[^.?!]{0,25}\b(?:in|for|during|over) (?:20\d\d|next year)\b|\binterest\b[^.?!]{0,30}\b(?:in|for|during|over) (?:20\d\d|next year)\b[^.?!]{0,15}\b(?:total|in total|altogether|all together)\b/i;

/**
 * The money going out in a month, loans and card together: "대출이자랑 카드값 합치면 한달에 얼마?", "이번달 카드값이랑 대출
 * 이자 합쳐서 얼마 나가?", "12월에 나갈 돈 총 얼마야", "loan interest plus card bill per month total?", "how much goes
 * out in december in total, loan and card?" — not a card loan, card instalments' interest, nor which to pay first.
 */
export const OUTGOINGS =
  /^(?![^]*(?:카드\s?론|\bcard loans?\b|중에|뭐\s?(?:부터|먼저)|\bwhich (?:one )?first\b|힘들|못\s?내|\bcan'?t\b|\bafford))(?:[^]*(?:대출|주담대|(?<!할부\s?|카드\s?|리볼빙\s?)이자|\bloans?\b|(?<!card )\binterest\b|\bmortgage\b)[^]*(?:카드|\bcards?\b)|[^]*(?:카드|\bcards?\b)[^]*(?:대출|주담대|(?<!할부\s?|카드\s?|리볼빙\s?)이자|\bloans?\b|\binterest\b|\bmortgage\b))[^]*(?:합치|합쳐|합하|합산|합계|더하|더해|다\s?합|총|모두|전부|\bplus\b|\btogether\b|\btotal\b|\bcombined\b|\bin all\b|\baltogether\b)|(?:빠져)?(?:나갈|나가는)\s?돈\S{0,2}\s?[^.?!]{0,10}(?:총|전부|모두|다\s?합|얼마)|\b(?:goes|going|go) out\b[^.?!]{0,40}\b(?:in total|total|altogether|in all)\b|\btotal\b[^.?!]{0,25}\b(?:goes|going|go) out\b|^\s*(?:다음\s?달|담달|이번\s?달|이달)(?!\s?(?:대출|이자|원리금))\S{0,2}\s?(?:에\s?)?(?:돈\s?)?(?:총\s?)?얼마\s?(?:나가|빠져\s?나가|나갈|나가요|나가나)\S*\s*[?？]?\s*$|^\s*how much (?:money )?(?:goes|is going|will go) out (?:next|this) month\s*[?？]?\s*$/i;

/**
 * The interest between now and a month's end: "지금부터 내년 3월까지 이자 얼마 나가?", "3월까지 이자 총 얼마?", "how
 * much interest will i pay between now and march?" — not paid interest, a card's, a rate or a saving's.
 */
export const INTEREST_TO =
  /^(?![^]*(?:카드|\bcards?\b|냈|낸|납부했|\bpaid\b|금리|이자율|\brates?\b|적금|예금|\bsavings?\b|\bdeposits?\b))(?:[^]*(?:\d{1,2}\s?월|연말|올해\s?말)\s?(?:말\s?)?까지[^.?!]{0,20}이자|[^]*이자[^.?!]{0,20}(?:\d{1,2}\s?월|연말|올해\s?말)\s?(?:말\s?)?까지|[^]*\binterest\b[^.?!]{0,40}\b(?:between now and|from now (?:until|till|to|through)|until|till|up to|through|by)\s(?:the end of\s)?(?:next\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/**
 * Next year's interest, as a calendar year: "내년에 내야 할 이자", "내년 이자 얼마야?", "how much interest next year?" —
 * not a rate's outlook, a saving's interest, nor interest paid.
 */
export const NEXT_YEAR_INTEREST =
  /^(?![^]*(?:카드|\bcards?\b|냈|낸|납부했|\bpaid\b|금리|이자율|\brates?\b|적금|예금|\bsavings?\b|\bdeposits?\b|전망|\bforecast|\boutlook))(?:[^]*(?:내년|다음\s?해)\S{0,2}\s?[^.?!]{0,12}(?<!카드\s?)이자|[^]*이자\S{0,2}\s?[^.?!]{0,8}(?:내년|다음\s?해)|[^]*\binterest\b[^.?!]{0,30}\bnext year\b|[^]*\bnext year'?s? (?:loan |mortgage |jeonse )?interest\b)/i;

export const YEAR_TOTAL =
  /^(?![^]*(?:냈|낸|납부했|갚았|적금|예금|저축|\bpaid\b|\bdid i pay\b|\bsavings?\b|\bdeposits?\b))[^]*(?:(?:1\s?년|일\s?년|한\s?해|12\s?개월|열두\s?달)\S{0,2}\s?(?:에\s?|동안\s?|치\s?)?[^.?!]{0,12}(?:이자|원리금|납입|상환|갚는\s?돈|내는\s?돈|낼\s?돈)|연간\s?(?:대출\s?)?(?:이자|원리금|납입|상환)|(?:이자|원리금|납입(?:액|금)?|상환(?:액|금)?)\S{0,2}\s?(?:는\s?|가\s?|이\s?)?(?:1\s?년|일\s?년|한\s?해|연간|12\s?개월)\S{0,2}\s?(?:에\s?|동안\s?|치\s?)?[^.?!]{0,6}(?:총|전부|모두|합|얼마)|\b(?:interest|payments?|repayments?)\b[^.?!]{0,25}\b(?:a|per|each|every|in a|over a|for a|over the next|in the next) (?:year|12 months)\b|\b(?:annual|yearly) (?:loan |mortgage )?(?:interest|payments?|repayments?)\b)/i;

/** Days until the next payment: "며칠 남았어요?", "이자 낼 날까지 며칠", "how many days until my next payment?". */
/**
 * The day a payment is actually debited, asked with a weekend or holiday in mind: "다음달 19일이 토요일인데 그럼 언제
 * 빠져나가요?", "납입일이 공휴일이면요?", "what if it falls on a weekend?", "when will it actually come out?".
 */
export const DEBIT_DAY =
  /토요일|일요일|주말|공휴일|휴일|빨간\s?날|연휴|실제로\s?(?:언제\s?)?(?:빠져|출금)|\b(?:weekend|saturday|sunday|holiday|bank holiday)\b|\bwhen (?:will|does) (?:it|the money|my payment|the payment) actually (?:be )?(?:debited|taken out|come out|go out)\b/i;

export const DAYS_UNTIL =
  /(?:며칠|몇\s?일)(?!\s?(?:만\s?)?(?:늦|밀|연체|지나|넘))|\bhow (?:many|long) (?:days )?(?:until|till|before|do i have (?:until|before|left))\b|\bdays (?:until|till|left (?:until|before))\b/i;

/** Being free of debt: "When will I be debt free?", "빚 다 갚는 날이 언제야?" — the maturity (shared with the cue). */
export const DEBT_FREE =
  /\bdebt[- ]free\b|빚(?:에서)?\s?(?:벗어나|탈출)|빚\s?(?:을\s?)?(?:다\s?)?(?:갚는|없어지는)\s?(?:날|때)/i;

/** Interest by the month: "how much interest do I pay each month?" — the next instalment's, not the whole term's. */
export const MONTHLY_INTEREST =
  /\binterest\b[^.?!]{0,25}\b(?:each|every|per|a) month\b|\bmonthly interest\b/i;

/** Which loan costs most: "어떤 대출이 제일 이자가 높아?", "which loan has the highest interest?". */
export const COSTLIEST_LOAN =
  /(?:이자|금리)\S{0,2}\s?(?:가\s?|이\s?)?(?:제일|가장|젤)\s?(?:비싼|높은|센|쎈)\s?(?:거|것|건|게|대출)|(?:어떤|어느|무슨)\s?대출\S{0,2}\s?(?:이\s?|가\s?)?(?:제일|가장)\s?(?:이자|금리)|(?:제일|가장)\s?(?:이자|금리)\S{0,2}\s?(?:가\s?|이\s?)?(?:비싼|높은|센|쎈|많은)\s?(?:거|것|건|게|대출)|\b(?:which|what) (?:loan|debt) (?:has|is at|charges) the highest\b|\bwhich (?:one|loan) is (?:the )?most expensive\b/i;

/**
 * When the loan ends: its maturity or the time left ("만기일 언제예요", "몇 개월 남았어요", "언제 다 갚아요", "how many months
 * are left", "when will my loan be paid off") — not the amount left ("얼마 남았어요", "how much is left").
 */
/**
 * When the whole loan is owed back: "when do i have to pay back the 169 million?", "원금 1억 6900만원은 언제 갚아요?",
 * "1억6900 언제 갚아야 돼요?" — the maturity, not a prepayment of that amount or the next instalment.
 */
export const REPAY_WHEN =
  /\bwhen (?:do|will|would|should|must) i (?:have to |need to |be expected to )?(?:pay|repay) (?:it |this |that |them |the (?:\w+ )?(?:loan|principal|money|amount|balance|\d[\d,.]*\s?(?:million|mil|m|won)?) |my (?:\w+ )?(?:loan|principal) )?(?:back|off|in full)\b|\bwhen (?:do|will|should|must) i (?:have to |need to )?repay (?:the|my) (?:whole |full |entire )?(?:loan|principal|balance|\d)|(?:원금|대출금|\d[\d,.]*\s?억[\d천백십만,\s]*원?)\S{0,2}\s?(?:은\s?|는\s?|을\s?|를\s?)?언제\s?(?:까지\s?)?(?:다\s?|전부\s?)?(?:갚|상환)/i;

const MATURITY = new RegExp(
  String.raw`${REPAY_WHEN.source}|${DEBT_FREE.source}|만기|언제\s?(?:쯤\s?|까지\s?)?(?:다\s?|전부\s?|모두\s?)?(?:끝나|끝날|갚아|갚을|갚게|갚는|상환이?\s?끝|상환해야|완납)|(?:몇|얼마)\s?(?:년|개월|달|회|번)\s?(?:이나\s?|더\s?)*(?:남|갚아야)|남은\s?(?:상환\s?|대출\s?|납입\s?)?(?:기간|회차|개월|햇수)|끝나려면|완료까지|matur|\bwhen (?:does|will|do|is|am) (?:my |the |i )?(?:\w+ )?(?:loan |mortgage )?(?:end|finish|be (?:fully )?paid(?: off)?|be done|be finished|be over|fully paid|mature|pay (?:it )?off|done)|\bhow (?:long|many (?:more )?(?:years|months|payments|instal?ments)) (?:until|till|left|remain|are left|do i have|is left)|\b(?:years|months|payments|instal?ments|term) (?:left|remaining)\b|\bremaining (?:term|payments|instal?ments|months|years)\b|\bend date\b`,
  'i',
);

/** Where the money went most: "어디에 제일 많이 썼어?", "뭐에 가장 많이 나갔어?", "where did I spend the most?". */
export const TOP_SPENDING =
  /(?:제일|가장|젤)\s?많이\s?(?:쓴|썼|쓰는|쓰고|나간|나갔|나가|지출|샀|산\s|산\s?게|사는)|어디(?:에|에서|서|다)?\s?(?:돈을?\s?|돈이\s?)?(?:제일\s?|가장\s?|젤\s?)?많이\s?(?:썼|쓴|쓰|나갔|나가|나간)|뭐(?:에|로|에다)?\s?(?:돈을?\s?|돈이\s?)?(?:제일\s?|가장\s?|젤\s?)?많이\s?(?:썼|쓴|쓰|나갔|나가|나간)|\b(?:biggest|largest|top|main) (?:spending |expense )?(?:categor|expense|spend)|\bwhere (?:did|do|does|has) (?:i|my money|all my money)\b[^.?!]{0,20}\b(?:spend|go|went|gone)|\bspen[dt] (?:the )?most\b|\bmost (?:of my )?money (?:on|at|go)|\bwhat (?:do|did) i spend (?:the )?most|\bwhere (?:did|has|does|do) (?:most|the most|the bulk|the biggest part) of (?:it|that|my money|my spending)\b|^\s*(?:and\s|so\s)?which (?:one |category )?(?:was|is) (?:the )?(?:biggest|largest)\s*[?？]?\s*$/i;

/** The day spent most on: "제일 돈 많이 쓴 날", "가장 많이 쓴 날이 언제야?", "which day did I spend the most?". */
export const TOP_DAY =
  /(?:제일|가장|젤)\s?(?:돈\s?)?(?:많이|크게)\s?(?:쓴|썼던|나간|지출한|결제한|긁은)\s?날|(?:어느|무슨|며칠|몇\s?일)\s?(?:날|요일)?\S{0,2}\s?(?:에\s?)?(?:돈을?\s?)?(?:제일|가장|젤)\s?많이\s?(?:썼|쓴|나갔|지출)|\b(?:which|what) day (?:did|do) i (?:spend|spent) (?:the )?most\b|\b(?:biggest|highest|most expensive) (?:spending )?day\b|\bday (?:i|when i) spent (?:the )?most\b/i;

/** The merchants paid most often: "제일 자주 가는 가게", "자주 결제하는 곳 어디야?", "where do I shop most often?". */
export const FREQUENT_MERCHANT =
  /(?:제일|가장|젤|많이)\s?자주\s?(?:가는|간|결제|쓰는|쓴|이용|사용|긁|방문)|자주\s?(?:가는|결제하는|쓰는|이용하는|방문하는)\s?(?:가게|가맹점|곳|매장|상점|데)|(?:결제|방문|이용)\s?(?:횟수|건수)\S{0,2}\s?(?:가\s?|이\s?)?(?:제일|가장)?\s?많은|\bmost (?:often|frequently)\b|\b(?:most|more) (?:visits|purchases|transactions) (?:at|with)\b|\bwhere do i (?:go|shop|pay|spend) (?:the )?most often\b/i;

/**
 * The merchants spent at most: "가장 돈 많이 쓴 가게 어디야?", "제일 많이 결제한 가맹점", "어느 가게에서 제일 많이 썼어?",
 * "which shops do I spend the most at?", "top merchants" — a shop or place, not a category ("어디에 제일 많이 썼어" is `top`).
 */
export const TOP_MERCHANT =
  /\bwhere do i (?:shop|buy|go|spend)\b[^.?!]{0,30}\b(?:the )?most\b|\b(?:break|split) (?:it|that|this|them) (?:down|up) by (?:shop|store|merchant|place)s?\b|\bby (?:shop|store|merchant)s?\b|가게별|가맹점별|매장별|(?:가장|제일|젤)[^.?!]{0,10}(?:쓴|결제한|긁은|지출한|산|구매한)\s?(?:가게|가맹점|매장|상점|업체|쇼핑몰|브랜드|곳)|(?:가게|가맹점|매장|상점|쇼핑몰|브랜드)[^.?!]{0,15}(?:가장|제일|젤|많이)\s?(?:쓴|썼|결제|긁|지출|샀|산)|(?:가게|가맹점|매장|쇼핑몰)\S{0,2}\s?순위|\b(?:which|what) (?:shops?|stores?|merchants?|retailers?|places?|businesses|brands?)\b[^.?!]{0,30}\bmost\b|\btop (?:\d+ |five |three )?(?:merchants|shops|stores|retailers|places)\b|\bwhere (?:do|did) i (?:shop|buy) (?:the )?most\b|\b(?:shops?|stores?|merchants?) (?:where )?i (?:spend|spent|pay|paid|shop) (?:the )?most\b/i;

/** Charges repeated monthly: "구독료", "정기 결제", "고정 지출", "매달 자동으로 나가는", "subscriptions", "recurring". */
export const RECURRING =
  /구독|정기\s?(?:결제|지출|과금|납부)|고정\s?(?:지출|비용|결제)|매달\s?(?:자동으로\s?|고정으로\s?)?(?:나가는|빠져\s?나가는|결제되는|청구되는)\s?(?:거|것|돈|게|결제|카드값|요금)|자동\s?결제|\bsubscriptions?\b|\brecurring\b|\bfixed (?:costs|expenses|charges|monthly)\b|\bmonthly (?:charges|bills|subscriptions)\b|\bauto-?(?:pay|renew)|\b(?:the )?(?:bare |absolute )minimum\b[^.?!]{0,30}\b(?:each|every|a|per) month\b|\bminimum (?:i|we) (?:need|have to (?:pay|spend)|must (?:pay|spend))\b[^.?!]{0,10}\b(?:each|every|a|per) month\b|\bhow much do i (?:need|have to pay) at (?:a |the )?minimum\b/i;

/**
 * Other customers like the one asking: "또래보다", "내 나이대 평균", "다른 사람들보다", "people like me", "others my age" —
 * not the customer's own earlier months ("지난달보다" is `compare`).
 */
export const PEERS =
  /\b(?:someone|somebody|people|others|a person|anyone) (?:like me|my age|in my (?:situation|position|shoes|age group))\b|(?:저|나)\s?같은\s?사람|제\s?나이(?:에|대)|\bhow do i (?:compare|stack up) (?:to|with|against) (?:other )?(?:people|others|everyone)(?: (?:my|of my) age)?\b|\b(?:people|others) my age\b|\b(?:am i|do i|are we) (?:spending|spend) too much\b|과소비\S{0,2}\s?(?:인가|인지|일까|하는|하고)|(?:요즘|평소에?|항상|늘|내가|제가)\s?(?:카드를?\s?|돈을?\s?)?너무\s?많이\s?(?:써|쓰나|쓰는|쓴|쓰고)|(?:내|제)?\s?(?:지출|소비|카드\s?(?:사용|값))\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:정상|보통|평균)\s?(?:인가|이에요|이야|수준|인지|정도)|\bis my (?:spending|card spending|credit card use) (?:normal|average|typical|reasonable|ok(?:ay)?)\b|\bdo i spend (?:a )?(?:normal|typical|an average) amount\b|또래|동년배|[1-9]0\s?대\s?(?:평균|또래|사람|고객|들)|평균\s?(?:지출|소비|카드\s?사용)\S{0,3}\s?(?:이랑|과|와|하고|랑)?\s?(?:비교|대비)|(?:내|제|우리)\s?나이(?:대|때|\s?또래)|같은\s?(?:나이|연령)|비슷한\s?(?:사람|고객|나이|연령|처지)|다른\s?(?:사람|고객|분|이)들?\s?(?:보다|에\s?비해|이랑|과|하고|대비|비교|평균)|남들\s?(?:보다|에\s?비해|만큼|대비|이랑|하고)|(?:사람들|고객들)\s?평균|평균\s?(?:보다|에\s?비해|이랑|대비|과\s?비교|치보다)|연령대\s?(?:평균|대비|비교|에서)|\bpeople (?:like me|my age|of my age|in my situation)\b|\bothers (?:my age|like me)\b|\bmy (?:age group|peers)\b|\bpeers?\b|\bcompared? (?:to|with) (?:others|other people|people|the average|average|everyone)\b|\bthan (?:others|other people|most people|average|the average|people my age|everyone else)\b|\baverage (?:person|customer|spender|korean)\b/i;

/** A usual month, not one month: "매달", "한 달 평균", "월평균", "every month", "per month on average". */
const MONTHLY_AVERAGE =
  /(?:보통|평소에?|평균적으로|대체로)\s?(?:카드\s?(?:값\s?)?|돈\s?)?(?:을\s?|은\s?|는\s?)?(?:얼마|얼마나)\s?(?:씩\s?)?(?:써|쓰|나가)|\b(?:usually|normally|typically) spend\b|\bhow much do i (?:usually|normally|typically) spend\b|한\s?달에\s?(?:보통\s?|평소\s?|대충\s?|대략\s?)?(?:얼마|얼마나)\s?(?:씩\s?|정도\s?|쯤\s?)?(?:써|쓰|쓴|나가|나간|들어)|매달|매월|다달이|한\s?달\s?(?:에\s?)?(?:카드\s?(?:값\s?)?(?:을\s?|은\s?)?)?평균|월\s?평균|평균\s?(?:적으로\s?)?(?:한\s?달|월|매달)|보통\s?한\s?달(?:에)?|\bevery month\b|\beach month\b|\bmonthly average\b|\b(?:a|per) month on average\b|\baverage (?:monthly|per month|a month)\b|\bon average\b[^.?!]{0,20}\b(?:a|per) month\b|\btypical month\b|\bhow much do i (?:usually |normally )?spend\b[^.?!]{0,30}\b(?:a|per) month\b|\bhow much do i (?:usually |normally )?spend\b[^.?!]{0,40}\bon average\b/i;

/**
 * QA round 22 (spendfu). A bare "per month?", "a month?", "what's that per month", "한 달로 치면요?", "월로 따지면?",
 * "한달에 얼마꼴이에요?" after a total over months: that total as a month's average.
 */
const MONTHLY_AVERAGE_BARE =
  /^\s*(?:그럼\s?)?(?:월\s?|한\s?달\s?)?평균(?:은|은요|으로는|으로는요|으론|으로|이요)?\s*[?？]?\s*$|^\s*(?:and |so |what about |how about )?(?:on |the )?average\s*\??\s*$|^\s*(?:and |so |ok |okay )?(?:(?:how much|what(?:'s| is)) (?:is )?(?:that|it|this) )?(?:(?:per|a|each|every) month|monthly)\s*\??\s*$|^\s*(?:그럼\s?|그거\s?|그건\s?)?(?:한\s?달|월|매달)\s?(?:로|으로|에|에는|엔|당)?\s?(?:치면|따지면|계산하면|나누면|얼마\s?꼴|꼴로)\S{0,4}\s*\??\s*$/i;

/** A day's average spending: "하루 평균 얼마 쓰고 있어요?", "하루에 얼마씩 쓰고 있어?", "how much do I spend a day?". */
export const DAILY_AVERAGE =
  /하루에?\s?(?:얼마|몇\s?만\s?원)\s?꼴|하루\s?(?:에\s?)?평균|(?<!주)일\s?평균\s?(?:지출|소비|얼마|카드)|하루에?\s?얼마(?:씩|나)?\s?(?:쓰고|썼|쓰는|써요|쓴|나가)|\b(?:per|a|each) day on average\b|\baverage (?:daily|per day|a day)\b|\bdaily (?:average|spending)\b|\bhow much (?:do|did|am) i (?:spend|spending) (?:a|per|each) day\b|\bhow much is (?:that|it|this) (?:a|per|each) day\b|\b(?:that'?s|is that) how much (?:a|per) day\b|(?:그거|그럼|그건)\s?하루에?\s?얼마/i;

/** A week's average spending: "일주일에 얼마 써요?", "주 평균 식비", "how much do I spend on groceries per week?". */
export const WEEKLY_AVERAGE =
  /(?:일주일|한\s?주)(?!\s?전)\s?(?:에\s?)?(?:평균\s?)?(?:[가-힣]{1,6}\s?(?:비|값)?\s?(?:로\s?|에\s?)?)?(?:얼마|얼마나|몇\s?만\s?원)\s?(?:씩\s?|꼴\s?(?:로\s?)?)?(?:써|쓰|쓴|썼|나가|들어)|주\s?평균|주당\s?(?:평균\s?)?(?:지출|소비|얼마)|\b(?:per|a|each|every) week\b(?!\s(?:away|ago|left|from now|to go|or (?:so|two)))|\bweekly (?:average|spending|budget)\b|\baverage (?:weekly|per week|a week)\b/i;

/** Card instalment purchases: "할부\" (not a car's: 차 할부 is an auto loan), "instalment purchases". */
export const CARD_INSTALMENTS =
  /\binstal?l?ments?\b[^.?!]{0,15}\b(?:running|ongoing|going on|in progress)\b|(?<!(?:자동차|차량|차)\s?)할부|\bsplit (?:in|into|over) (?:\d+|two|three|six|twelve) (?:months|monthly payments|payments|instal?lments)\b|\b\d+[- ]months? instal?lments?\b|\binstal?lment (?:purchases?|plans?|balance)|\b(?:card|credit card) instal?lments?\b|\b(?:bought|paying|paid|pay) (?:\w+ )?(?:in|on) instal?lments\b|\binstal?lments? (?:left|remaining|on my card)|\b(?:left|remaining|owe|owing) on (?:my |the )?(?:card |credit card |korean air |\w+ )?instal?lments?(?: plans?)?\b|\binstal?lments?\b[^.?!]{0,30}\b(?:on|for) (?:my|the) (?:credit |debit )?card\b|\binstal?lment payments? (?:on my card|still|left|remaining|going)|\b(?:any|my) instal?lment payments\b[^.?!]{0,25}\b(?:card|still|going|ongoing|left)|\binstal?lments?\b[^.?!]{0,30}\b(?:left|remaining)\b[^.?!]{0,5}\bon (?:the|my|that|this) (?!(?:\w+ )?(?:loan|mortgage|jeonse))/i;

/** QA round 21 (card21). A cheaper month ahead asked: "cheaper month coming?", "덜 나오는 달 있어요?", "카드값 줄어드는 달". */
export const CHEAPER_MONTH =
  /\b(?:cheaper|lighter|lower|smaller|quieter|better) months?\b|\bmonths? (?:that(?:'s| is| will be)|when (?:i|it)(?:'ll| will)?) (?:be )?(?:cheaper|lower|spend less)\b|(?:덜|적게)\s?(?:쓸|쓰는|나올|나오는|나갈|나가는)\s?(?:달|때)|(?:줄어드는|줄어들|적은|싼)\s?달/i;

/**
 * QA round 21 (card21). How many card instalments are left, or what a month carries: "할부 몇 번 남았어요?", "몇 개월
 * 남았어요?", "how many instalments do i have left", "how much per month", "한 달에 얼마씩 나가요?".
 */
export const INSTALMENTS_LEFT =
  /몇\s?(?:번|회|개월|달)\S{0,2}\s?(?:더\s?)?남|\bhow many\b[^.?!]{0,40}\b(?:left|remaining|to go)\b|한\s?달에\s?(?:얼마|몇)|매\s?달\s?얼마|월\s?얼마|\bper month\b|\ba month\b|\bmonthly\b|\beach month\b/i;

/**
 * Card instalments paid off early or at once: "할부 선결제 돼?", "남은 할부 한번에 갚을 수 있어?", "중도상환 돼?", "can i pay
 * it off early?", "pay the rest at once" — read with the instalments (their intent and slot), not a loan's payoff.
 */
export const INSTALMENT_PREPAY =
  /선결제|중도\s?상환|조기\s?상환|미리\s?(?:갚|결제|내)|(?:한\s?번에|한꺼번에|일시불로|다|전부|싹)\s?(?:다\s?)?(?:갚|결제|내|상환|정리|끝내)|\bpay (?:(?:it|them|that|those|the rest|everything|it all|them all)\s)?(?:off|back)?\s?(?:early|at once|in one go|in full|all at once|now|today|right now)\b|\bpay (?:it|them|that|those|the rest|it all|them all|all of it|everything) off\b|\bclear (?:it|them|the rest)(?: all)? (?:now|today|early)\b|\bprepay|\bsettle (?:it|them|the rest)\b/i;

/** This month against the budget: "예산 안에서 쓰고 있어?", "예산 넘었어?", "am I on track with my budget?". */
export const ON_TRACK =
  /예산\S{0,3}\s?(?:안에서|안으로|안에|내에서|내에|맞게|대로|넘|초과|오버|지키)|\bon track\b|\b(?:within|over|under|sticking to|stick to|keeping to) (?:my |the )?budget\b/i;

/**
 * A month's budget: "예산 짜줘", "한 달 예산", "가계부", "돈 관리 어떻게 해요?", "help me make a budget", "budget plan",
 * "how should I manage my money?".
 */
export const BUDGET =
  /예산|가계부|생활비\S{0,2}\s?(?:를\s?|은\s?|는\s?)?(?:한\s?달에?\s?)?얼마(?:로|를|나|가|쯤|정도)?\s?(?:잡|써야|쓰는\s?게|쓰면|가\s?적당|적당|정해)|\bhow much should i (?:spend|budget|set aside) (?:on|for) (?:living|groceries|food|everything)\b|(?:돈|가계|살림)\s?관리\S{0,2}\s?(?:는\s?|를\s?|을\s?)?(?:어떻게|방법|요령|팁|잘\s?하)|\bhow (?:do|should|can) i (?:manage|handle) (?:my )?money\b|얼마(?:나|큼)?\s?(?:더\s?)?(?:아껴|줄여|절약해|덜\s?써)야|\bhow much (?:should|do) i (?:cut back|save|spend less|cut)\b[^.?!]{0,20}\b(?:this|each|a|per|every) month\b|\bbudget(?:ing|s)?\b|월급\S{0,2}\s?(?:들어오면|받으면|타면|날에|나오면)[^.?!]{0,15}(?:뭐부터|무엇부터|어떻게|먼저|나눠|관리)|\bwhen (?:i get paid|my (?:salary|paycheck|pay ?check|wages?) (?:comes in|arrives|lands))\b[^.?!]{0,30}\b(?:what|first|how|should)\b/i;

/**
 * The latest repayment: "지난번에 낸 대출금", "이번 달 자동이체 됐어요?", "납입 처리됐나요", "did my last payment go
 * through?" — not a failed debit ("자동이체 안 됐어요" is arrears).
 */
export const LAST_PAYMENT =
  /(?:지난\s?달|저번\s?달|이번\s?달|이달)\S{0,2}\s?(?:에\s?)?(?:대출\s?)?(?:이자|대출금|원리금|할부금|상환금|납입금)\S{0,2}\s?(?:는\s?|은\s?|을\s?|를\s?)?(?:잘\s?|제대로\s?|정상적으로\s?)?(?:냈|납부했|납입했|갚았|나갔)(?:지|죠|나요|나|어요|어|는지|던가|습니까)|\bdid i pay (?:my |the )?(?:loan |mortgage )?(?:interest|payment|instal?ment)s? (?:last|this) month\b|(?:대출|이자|원리금|상환금)[^.?!]{0,12}(?:두\s?번|2번)\s?(?:빠져|나갔|출금|이체)|\b(?:loan|mortgage) (?:payment|instal?ment|repayment)s? (?:was |were |got )?(?:taken|debited|charged) twice\b|(?:대출금|원리금|대출\s?이자|할부금|상환금)\S{0,2}\s?(?:(?:이번|지난)\s?달에?\s?)?(?:제대로\s?|잘\s?|정상적으로\s?)?(?:나갔|빠져\s?나갔|출금\s?(?:됐|되었)|이체\s?(?:됐|되었))|(?:지난번|저번|지난\s?달|이번\s?달|마지막(?:으로)?|최근)\S{0,2}\s?(?:에\s?)?(?:대출\S{0,2}\s?)?(?:낸|납입한|납부한|갚은|빠져\s?나간|출금된|이체된)\s?(?:대출금|돈|금액|거|것|원리금|이자)?|(?:자동\s?이체|출금|납입|납부|상환)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:잘\s?|제대로\s?|정상적으로\s?)?(?:됐|되었|된\s?(?:거|건가)|처리\s?(?:됐|되었|된)|빠져\s?나갔)|(?:낸|납입한|납부한)\s?(?:거|것|기록|내역)\S{0,2}\s?(?:확인|보여|알려)|\b(?:my|the) (?:last |latest |loan |monthly |mortgage )*(?:payment|instal?ment|repayment|direct debit)s? (?:didn'?t|did not|hasn'?t|has not|never) (?:go(?:ne)? through|clear(?:ed)?|come out|go out|get taken|been taken)\b|\b(?:did|has|have) (?:my|the) (?:last |latest |loan |monthly |mortgage |(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) )*(?:payment|instal?ment|repayment|direct debit)s? (?:go through|gone through|went through|clear|cleared|been taken|get taken|come out|gone out|go out|been paid|been processed)\b|\blast (?:loan )?(?:payment|repayment|instal?ment) (?:i made|amount)\b|\bwhen did i (?:last )?(?:pay|make a payment)\b|\b(?:my|the) (?:last|latest|most recent) (?:loan )?(?:payment|repayment)\b/i;

const SCORE = '(?:신용\\s?(?:점수|등급|평점)|\\bcredit (?:score|rating)s?\\b)';
const EN_SCORE = 'credit (?:score|rating)s?';
/**
 * Raising "it" without naming the score (a follow-up to a score question): "어떻게 하면 올릴 수 있어?", "how can I improve
 * it?" — QA round 25 (left25a): also "어떻게 하면 점수 올라가요" (the score word between, read by understand.ts after a
 * score only).
 */
export const RAISE_IT =
  /(?:뭘|뭐를|뭐)\s?(?:해야|하면)\s?(?:올라|오르|높아|좋아)|\b(?:get|bring|push) (?:it|that|this) (?:up|higher)\b|(?:올리|높이|올릴|높일)[^.?!]{0,6}(?:려면|수\s?있|는\s?(?:법|방법))|어떻게\s?(?:하면\s?|해야\s?)?(?:(?:제\s?|내\s?|이\s?|그\s?)?점수\S{0,2}\s?(?:가\s?|를\s?|을\s?|도\s?|좀\s?)?)?(?:올려|높여|올리|높이|올라|오르|개선)|개선\s?(?:하려면|방법|할\s?수|하는\s?법)|\b(?:improve|raise|increase|boost)\s(?:it|that|this)\b|\b(?:how|ways?) (?:can|do|could|to) (?:i )?(?:improve|raise|boost)\b/i;
/** What an action does to the credit score, by action; the first that matches wins. */
const CREDIT_EFFECT_RULES: [NonNullable<CounselSlots['creditEffect']>, RegExp][] = [
  // "신용점수 왜 떨어졌어요?", "why did my credit score drop?": what lowers a score and where to see why.
  [
    'DROP_WHY',
    new RegExp(
      `${SCORE}\\S{0,2}\\s?(?:이\\s?|가\\s?)?(?:왜\\s?|갑자기\\s?)*(?:떨어|내려|깎|하락|낮아)[^.?!]{0,6}(?:졌|갔|였|했|진|간)|(?:왜|이유)[^.?!]{0,10}${SCORE}\\S{0,2}\\s?(?:이\\s?|가\\s?)?(?:떨어|내려|깎|하락|낮아)|\\bwhy (?:did|has) my ${EN_SCORE}[^.?!]{0,12}\\b(?:drop|dropp|fall|fell|fallen|go(?:ne)? down|decreas)|\\b${EN_SCORE}[^.?!]{0,10}\\b(?:dropped|fell|went down|has fallen|decreased)\\b`,
      'i',
    ),
  ],
  // "신용점수 올리려면 어떻게 해야 돼요?", "how can I improve my credit score?": what raises it first.
  [
    'RAISE',
    new RegExp(
      `${SCORE}\\S{0,2}\\s?(?:를\\s?|을\\s?)?(?:어떻게\\s?(?:하면\\s?)?(?:올려|높여|올리|높이|올릴|높일))|${SCORE}\\S{0,2}\\s?(?:를\\s?|을\\s?)?(?:빨리\\s?|더\\s?|좀\\s?)?(?:올리|높이|올릴|높일|관리)[^.?!]{0,8}(?:려면|는\\s?(?:법|방법)|수\\s?있|고\\s?싶|하려면|방법)|${SCORE}\\s?(?:올리는|높이는|관리하는)\\s?(?:법|방법|팁)|\\b(?:improve|raise|increase|boost|build|fix|repair)\\s(?:my\\s)?${EN_SCORE}|\\bbuild (?:up )?(?:my |a |good )?credit(?: history| record)?\\b|\\bget (?:my |a )?(?:better|higher) ${EN_SCORE}`,
      'i',
    ),
  ],
  [
    'INQUIRY',
    new RegExp(
      `(?:조회|알아보기만|알아보면|비교만|비교해\\s?보면)[^.?!]{0,20}${SCORE}|${SCORE}[^.?!]{0,20}조회|\\b(?:check(?:ing)?|look(?:ing)? up|compar(?:e|ing)|shop(?:ping)? around for) (?:my |loan |mortgage )*(?:rates?|limits?|offers?|quotes?)\\b[^.?!]{0,30}${SCORE}|${SCORE}[^.?!]{0,30}\\b(?:inquir|hard check|soft check)`,
      'i',
    ),
  ],
  [
    'REFINANCE',
    new RegExp(
      `(?:갈아\\s?타|갈아탈|대환)[^.?!]{0,20}${SCORE}|${SCORE}[^.?!]{0,20}(?:갈아\\s?타|갈아탈|대환)|\\b(?:refinanc|switch(?:ing)? (?:my )?(?:loan|mortgage|lender))\\w*[^.?!]{0,30}${SCORE}|${SCORE}[^.?!]{0,30}\\brefinanc`,
      'i',
    ),
  ],
  [
    'PAYOFF',
    new RegExp(
      `(?:다\\s?갚|전부\\s?갚|전액\\s?상환|완납|상환하면|갚으면|갚고\\s?나면|중도\\s?상환|청산|(?:빚|대출)\\S{0,2}\\s?(?:다\\s?)?(?:정리|없애))[^.?!]{0,20}${SCORE}|${SCORE}[^.?!]{0,20}(?:갚으면|상환하면|다\\s?갚)|\\b(?:pay(?:ing)? off|repay(?:ing)?|clear(?:ing)?)\\b[^.?!]{0,30}${SCORE}|${SCORE}[^.?!]{0,30}\\b(?:pay(?:ing)? off|repay)`,
      'i',
    ),
  ],
  // "리볼빙 하면 신용점수 떨어져요?", "does revolving hurt my credit score": the card bill carried over.
  [
    'REVOLVING',
    new RegExp(
      String.raw`(?:리볼빙|일부\s?결제\s?금액\s?이월)[^.?!]{0,20}${SCORE}|${SCORE}[^.?!]{0,20}리볼빙|\brevolving\b[^.?!]{0,30}${SCORE}|${SCORE}[^.?!]{0,30}\brevolving\b`,
      'i',
    ),
  ],
  // "대출 받으면 신용점수 떨어져요?", "현금서비스 쓰면 점수 내려가요?", "will a new loan hurt my credit score?": borrowing more
  // (last: a payoff or a refinance named in the same message is that question).
  [
    'NEW_LOAN',
    new RegExp(
      String.raw`(?:대출\S{0,2}\s?(?:을\s?|를\s?)?(?:하나\s?|한\s?(?:개|건)\s?)?(?:새로\s?|더\s?|추가로\s?)?(?:받으면|받으면요|받을\s?때|받았더니|받아도|늘리면)|현금\s?서비스|현서|카드\s?론|단기\s?카드\s?대출|마이너스\s?통장\S{0,2}\s?(?:만들|개설|쓰))[^.?!]{0,20}${SCORE}|${SCORE}[^.?!]{0,20}(?:대출\s?받으면|현금\s?서비스|현서|카드\s?론)|\b(?:taking out|take out|getting|get|opening|open) (?:a |another |one more )?(?:new )?(?:loan|credit line|cash advance)\b[^.?!]{0,30}${SCORE}|\bcash advances?\b[^.?!]{0,30}${SCORE}`,
      'i',
    ),
  ],
  // QA round 19: a card's own effect on the score (after NEW_LOAN, which holds 카드론 and cash advances).
  [
    'CARD_CLOSE',
    new RegExp(
      String.raw`카드\S{0,2}\s?(?:를\s?|을\s?)?(?:해지|탈회|없애|정리)[^.?!]{0,15}${SCORE}|${SCORE}[^.?!]{0,20}카드\s?(?:해지|탈회)|\b(?:closing|close|cancel(?:l?ing)?) (?:a |my |one |the )?(?:credit )?cards?\b[^.?!]{0,30}${SCORE}`,
      'i',
    ),
  ],
  [
    'NEW_CARD',
    new RegExp(
      String.raw`카드\S{0,2}\s?(?:를\s?|을\s?)?(?:하나\s?|한\s?장\s?)?(?:더\s?|새로\s?)?(?:만들|발급|신청)[^.?!]{0,20}(?:${SCORE}|안\s?좋|불리|나빠|괜찮)|\b(?:opening|open|getting|get|applying for|apply for) (?:a |another |one more )?(?:new )?(?:credit )?card\b[^.?!]{0,30}${SCORE}`,
      'i',
    ),
  ],
  [
    'CARD_USE',
    new RegExp(
      String.raw`(?:신용\s?)?카드\S{0,2}\s?(?:를\s?|을\s?)?(?:많이\s?|꾸준히\s?|자주\s?)?(?:쓰면|사용하면|써야|쓰는\s?게)[^.?!]{0,15}${SCORE}|\b(?:using|use) (?:a |my )?(?:credit )?cards?\b[^.?!]{0,30}${SCORE}`,
      'i',
    ),
  ],
  // "좋은 신용점수는 몇 점이에요?", "870점이면 괜찮은 거예요?", "what's a good credit score?": what counts as good,
  // then the score on file (last: an action named in the same message is that question).
  [
    'GOOD_SCORE',
    new RegExp(
      String.raw`(?:좋은|괜찮은|높은|평균|보통|정상)\s?(?:편의\s?)?${SCORE}|${SCORE}\S{0,2}\s?(?:은\s?|는\s?|이\s?|가\s?)?(?:몇\s?점|어느\s?정도|얼마)(?:\s?(?:이면|면|부터|이상|정도면|되면|돼야|되어야|나와야|있어야))|(?:\d{3}\s?점|${SCORE}\S{0,2}\s?(?:이\s?|가\s?)?\d{3}\s?점)(?:이면|이라면|인데|정도면)\s?(?:좋|괜찮|높|낮|나쁘|평균|보통)|\bwhat(?:'s| is) (?:a |considered a |considered )?(?:good|decent|normal|average|high|healthy) credit score\b|\bis (?:an? )?\d{3}\s(?:a )?(?:good|decent|bad|high|low)(?: credit)? score\b|\bhow (?:good|high) (?:should|does|must) (?:my |a )?credit score\b`,
      'i',
    ),
  ],
];

export function extractCreditEffect(text: string): CounselSlots['creditEffect'] {
  return CREDIT_EFFECT_RULES.find(([, re]) => re.test(text))?.[0];
}

/** The customer's own loan named in a product question: "제 대출", "내 금리", "my loan", "is mine fixed". */
/**
 * A yes/no about the customer's own rate type: "Is the rate fixed?", "금리 고정이에요?", "그거 변동금리야?" — their loan
 * is the subject even when no "my" is said.
 */
export const RATE_TYPE_ASK =
  /(?:변동|고정)(?:\s?금리)?\s?(?:이야|이에요|예요|인가요|이니|야)?\s?(?:아니면\s?)?(?:고정|변동)(?:\s?금리)?\s?(?:이야|이에요|예요|인가요|이니|야|이지)|(?:금리|이자|이율|그거|그건|이거|이건|대출)\S{0,2}\s?(?:가\s?|는\s?|이\s?|은\s?)?(?:고정|변동)(?:\s?금리)?\s?(?:이야|이에요|예요|인가요|이죠|이니|맞|이지|인지|야|에요|이예요)|\bis (?:my |the |it a |it |that a |that |this a |this )?(?:interest )?(?:rate )?(?:fixed|variable|floating|adjustable)(?:[- ]rate)?\b|\bis (?:my |the )?(?:loan|mortgage) (?:on )?(?:a )?(?:fixed|variable|floating)\b/i;

const OWN_LOAN =
  /(?:제|내|저의|나의)\s?(?:대출|금리|주담대|전세\s?대출|신용\s?대출|상환\s?방식)|(?:제가|내가)\s?(?:받은|가진|쓰는|이용하는)\s?(?:대출|금리)|\bmy (?:\w+ )?(?:loan|mortgage|rate|loans|repayment)\b|\bis mine\b|\bam i on\b|\bdo i have (?:a )?(?:fixed|variable)/i;

/** This month's money left: "이번 달 남은 돈", "생활비 얼마 남았어", "how much do I have left this month". */
/**
 * Living on an amount to the month's end: "생활비 50만원으로 버틸 수 있을까?", "30만원 남았는데 이번 달 버틸 수
 * 있어?", "can I get by on 300k won this month?", "is ₩500,000 enough for the rest of the month?".
 */
const GET_BY =
  /(?:하루에?|매일|일\s?평균)\s?얼마(?:씩)?\s?(?:쓰면|써야|쓸\s?수|써도)|\bhow much (?:can|should) i spend (?:a|per|each) day\b|(?:으로|로)\s?(?:이번\s?달\S{0,2}\s?|이달\S{0,2}\s?|한\s?달\s?|남은\s?(?:기간|날|며칠)\S{0,2}\s?|월말까지\s?|월급날까지\s?)?(?:버틸|버티|버텨|살\s?수|살아|지낼|생활\s?(?:할|가능|돼|되)|충분|될까|되나|돼요|괜찮|모자라|부족)|남았는데[^.?!]{0,20}(?:버틸|버티|버텨|살\s?수|지낼|충분|될까|되나|모자라|부족)|\b(?:get by|live|survive|manage) on\b|\b(?:is|will|would)\b[^.?!]{0,25}\b(?:be )?enough (?:for|to (?:last|get|live|cover))\b[^.?!]{0,30}\b(?:month|payday|rest)\b|\bmake [^.?!]{0,25}\blast\b[^.?!]{0,30}\b(?:month|payday)\b/i;

/** The amount of a GET_BY question, in won; none without both an amount and the question. */
export function extractGetBy(text: string): string | undefined {
  if (
    !GET_BY.test(text) ||
    /대출|이자|원금|갚|상환|\bloan|\bmortgage|\brepay|\bpay (?:it )?off\b/i.test(text)
  )
    return undefined;
  return extractAmount(text);
}

/**
 * No money, said alone: "돈이 너무 없어요ㅠㅠ", "im so broke", "i have no money" — the month's money, what is left or short.
 */
export const NO_MONEY_SAID =
  /^\s*(?:요즘\s?|이번\s?달\s?|진짜\s?|정말\s?)?돈이\s?(?:너무|진짜|정말|하나도|완전|좀)?\s?없(?:어요|어|네요|네|다|음|습니다)[\s.!~ㅠㅜ]*$|^\s*(?:i(?:[’']m| am|m) (?:so |completely |totally |flat )?broke|i have no money(?: left)?)[\s.!]*$/i;

export const LEFT_THIS_MONTH = new RegExp(
  `${NO_MONEY_SAID.source}|` +
    String.raw`(?:하루에?|매일)\s?얼마(?:씩)?\s?(?:쓰면|써야|쓸\s?수|써도)|\bhow much (?:can|should) i spend (?:a|per|each) day\b|(?:이번\s?달|이달)[^.?!]{0,12}?(?:돈|생활비|예산)\S{0,2}\s?(?:이\s?)?(?:얼마|얼마나)\s?남|쓸\s?수\s?있는\s?돈\S{0,2}\s?(?:이\s?)?(?:얼마|얼마나)|(?:이번\s?달|이달|이번\s?월급|월급|생활비|한\s?달)\S{0,3}\s?(?:에\s?)?(?:남은\s?(?:돈|금액|생활비|예산)|(?:돈|생활비|예산)?\S{0,2}\s?(?:얼마|얼마나)\s?남)|(?:남은\s?(?:돈|생활비))\s?(?:이\s?)?(?:얼마|얼마나)|\b(?:how much|what)(?: money)?(?: do i have| have i got| is|'s) (?:left|remaining)\b[^.?!]{0,25}\b(?:this month|until payday|till payday|to spend|(?:for |until |till |to )?the (?:rest|end) of the month)\b|\b(?:money|budget|cash) (?:left|remaining) (?:this month|until payday|for the month|for the rest of the month)\b|\bleft to spend\b|\b(?:survive|get through|make it through|last|get by)\b[^.?!]{0,25}\b(?:(?:the )?rest of (?:the|this) month|(?:the )?end of (?:the|this) month|till payday|until payday|to payday)\b|\bwill i make it (?:to|till|until) (?:payday|the end of the month)\b|월급\s?날\s?(?:전에|까지)[^.?!]{0,12}(?:돈\S{0,2}\s?)?(?:부족|모자라|모자랄|떨어|바닥)|\b(?:run out of|short of|short on) (?:money|cash)\b[^.?!]{0,20}\b(?:before|until|till) (?:payday|pay ?day|my (?:next )?pay(?:check|cheque)?)\b`,
  'i',
);

/** The interest a saving earns: "적금 이자 얼마", "예금하면 이자", "이자 얼마나 받을", "how much interest would I earn". */
export const DEPOSIT_INTEREST =
  /\binterest (?:on|for|from) (?:₩\s?)?\d[\d,.]*\s?(?:k|m|mil|million|won|만원)?\b(?![^.?!]*\b(?:loan|mortgage|borrow|owe)\b)|(?:적금|예금|저축|저금|파킹\s?통장)[^.?!]{0,15}(?:이자|수익|이율)|(?:적금|예금|저축|저금)[^.?!]{0,40}(?:넣으면|부으면|모으면|들면|맡기면|납입하면)[^.?!]{0,15}(?:얼마|몇)|(?:적금|예금)\S{0,3}\s?[^.?!]{0,20}(?:넣으면|맡기면|부으면|들면)|\bhow much (?:will|would) i (?:have|get|end up with)\b(?!\s+to\b)(?=[^.?!]*\b(?:sav(?:e|ing)|deposit|put (?:in|away|aside))\b)|(?<=\b(?:sav(?:e|ing)|deposit|put (?:in|away|aside))\b[^.?!]*)\bhow much (?:will|would) i (?:have|get|end up with)\b(?!\s+to\b)|이자\S{0,2}\s?(?:를\s?)?(?:얼마나?\s?)?(?:받|붙|쌓|생기)|\binterest (?:would|will|do|could|can|might) i (?:earn|get|make|receive)\b|\b(?:earn|get|make|receive) (?:in )?interest\b|\binterest (?:on|from) (?:my )?(?:savings|deposits?)\b/i;
/** A sum deposited at once (예금, 정기예금, "맡기면", "a lump sum") rather than a monthly 적금. */
const LUMP_SUM =
  /(?<!적)(?:정기\s?)?예금(?!\s?잔액)|맡기면|목돈|한\s?번에|일시\s?(?:예치|납입)|\blump[- ]sum\b|\bfixed deposit\b|\bterm deposit\b|\bif i (?:put|deposit) (?:₩|\d)|\b(?:in|into) (?:a |my |the )?(?:savings |time |term |fixed |bank )?deposit\b|\binterest (?:on|for|from) (?:₩\s?)?\d[\d,.]*\s?(?:k|m|mil|million|won|만원)?\b(?![^.?!]*\b(?:a|per|each|every) month\b)|\b(?:a|one) (?:₩\s?)?\d[\d,.]*\s?(?:million|mil|m|k|thousand)?\s?(?:won |krw )?(?:savings |time |term |fixed |bank )?deposit\b|\b(?:put|deposit|keep|leave) (?:₩\s?)?\d[\d,.]*\s?(?:million|mil|m|k|thousand|만원|원)?\s?(?:won |krw )?(?:in|into) (?:a |my |the )?(?:savings |time |term |fixed |bank )?(?:deposit|savings account|bank)\b/i;

/** Which loan first: "뭐부터 갚아요", "어떤 대출부터", "갚는 순서", "which loan should I pay off first". */
const PAYOFF_ORDER =
  /(?:뭐|무엇|어느\s?것|어떤\s?(?:대출|빚|거))\s?(?:부터|을\s?먼저|를\s?먼저|먼저)|(?:갚는|상환|상환하는)\s?순서|우선\s?순위|\b(?:which|what) (?:loan|debt|one)s? (?:should i |do i |to )?(?:pay|repay|clear|tackle)(?: off| down)? first\b|\bwhich (?:loan|debt) first\b|\bwhich (?:one )?(?:should|do) i (?:pay|repay|clear|tackle)(?: off| down| back)? first\b|\border (?:to|in which to) (?:pay|repay)\b|\bavalanche\b|\bsnowball\b/i;

/** A purchase charged twice: "두 번 결제됐어요", "중복 결제", "이중 청구", "charged twice", "double charged". */
export const DUPLICATE_CHARGE =
  /(?:결제|승인|청구|출금)\S{0,2}\s?(?:가\s?|이\s?)?(?:두\s?번|2번)\s?(?:된|됐|되었|나갔|빠졌|찍혔)|(?:두\s?번|2번|두\s?건)\s?(?:씩\s?)?(?:결제|승인|청구|빠져|긁|나갔|찍)|중복\s?(?:으로\s?)?(?:결제|승인|청구|출금)|이중\s?(?:결제|청구|승인|출금)|\b(?:charged|billed|debited|paid) (?:me )?twice\b|\bdouble[- ]?(?:charged|charge|billed|billing|payment)\b|\bduplicate (?:charges?|payments?|transactions?)\b|\btwice for the same\b/i;

/** Refunds: "환불", "결제 취소", "refunds". */
export const REFUNDS = /환불|결제\s?취소|취소된\s?(?:결제|거래)|\brefund(?:s|ed)?\b|\breversals?\b/i;

/** When a refund arrives: "결제 취소했는데 환불 언제 돼요?", "환불이 아직 안 들어왔어요", "my refund hasn't shown up yet". */
const REFUND_WHEN =
  /(?:환불|취소)\S{0,3}\s?(?:은\s?|는\s?|이\s?|가\s?)?(?:언제|며칠|얼마나\s?걸|아직|안\s?(?:들어|돼|됐|되|와|왔|보여)|왜\s?안)|\brefunds?\b[^.?!]{0,30}\b(?:when|how long|yet|not (?:shown|showing|come|arrived|there)|hasn'?t|haven'?t|still)\b|\bwhen (?:will|do|does) (?:i get )?(?:my |the )?(?:money|refund)\b[^.?!]{0,15}\b(?:back|come|arrive)|\bhow long (?:does|do|will) (?:a |the |my )?refunds? take\b/i;

/** The dearest thing bought: "제일 비싸게 산 게 뭐예요", "the biggest thing i bought last month". */
export const LARGEST_BOUGHT =
  /(?:제일|가장|젤)\s?비싸게\s?(?:산|구매한|결제한|긁은)|(?:쓴|산|결제한|긁은|구매한)\s?(?:거|것|내역|건)\s?(?:중에서|중에|중|가운데)\s?(?:제일|가장|젤)\s?(?:큰|비싼)|\b(?:biggest|largest|most expensive) (?:thing|item|one)s? (?:i|that i|i've|i have) (?:bought|paid for|purchased|spent (?:money )?on)\b/i;

/** The largest single transactions: "제일 큰 지출", "가장 비싼 거", "biggest purchases". */
export const LARGEST = new RegExp(
  String.raw`(?:제일|가장|젤)\s?(?:큰|비싼|많이\s?나온)\s?(?:결제|지출|거래|금액|구매|건|거|것|게)|\b(?:biggest|largest|most expensive) (?:purchases?|transactions?|payments?|charges?|spend(?:ing|s)?(?! (?:categor|area|type))|buys?)\b|${LARGEST_BOUGHT.source}`,
  'i',
);

/**
 * The home lost to the lender: "집 넘어가요", "경매", "집 잃을까 봐", "lose my house/apartment", "will the bank take my
 * home", "foreclosure", "repossess".
 */
export const FORECLOSURE =
  /(?:집|아파트|주택)\S{0,2}\s?(?:이\s?|가\s?|을\s?|를\s?)?(?:경매|넘어가|넘어갈|뺏기|뺏길|빼앗기|날아가|날릴)|(?:집|아파트|주택)(?:을|를)?\s?잃(?!어\s?버)|경매\s?(?:로\s?)?(?:넘어가|들어가|당하|넘어갈)|\blos(?:e|ing) (?:my|our|the) (?:house|home|flat|apartment)\b|\b(?:bank|lender)s?\b[^.?!]{0,20}\b(?:take|takes|taking|seize|repossess)\w* (?:my|our) (?:house|home|flat|apartment)\b|\bforeclos|\brepossess/i;

/** When principal starts to be repaid: "원금 상환은 언제부터", "언제부터 원금 갚아요", "when do I start repaying principal". */
export const PRINCIPAL_START =
  /원금\S{0,2}\s?(?:상환|갚|납입|내)\S{0,3}\s?(?:은\s?|는\s?)?언제\s?부터|원금\S{0,2}\s?언제\s?부터\s?(?:상환|갚|납입|내)|언제\s?부터\s?원금|\bwhen (?:do|does|will) (?:i|my (?:\w+ )?loan) (?:start )?(?:pay(?:ing)?|repay(?:ing)?) (?:back )?(?:the )?principal\b|\bprincipal (?:payments?|repayments?) (?:start|begin)\b/i;

/** The prepayment fee named in a product question (중도상환수수료, an early-repayment penalty). */
export const PREPAYMENT_FEE =
  /(?:중도|조기)\s?상환\S{0,3}\s?(?:시\s?|할\s?때\s?)?(?:수수료|위약금)|중도\s?해지\s?수수료|위약금|prepayment (?:fee|penalt|charge)|is there (?:a |any )?(?:penalty|fee)|early (?:re)?pay(?:ment|off|ing)? (?:fee|penalt|charge)|penalty for (?:paying|repaying) early|(?:penalty|fee|charge)s? (?:if|when|for) (?:i )?(?:re)?pay(?:ing)?\b[^.?!]{0,25}\bearly/i;

/** The interest is the burden: "이자가 너무 부담돼요", "이자 감당이 안 돼요", "the interest is killing me". */
const INTEREST_BURDEN =
  /이자\S{0,2}\s?(?:가\s?|이\s?|는\s?)?(?:너무\s?|넘\s?|많이\s?|좀\s?)?(?:부담|버거|벅차|감당이?\s?안|감당\s?못|무거|힘들)|\binterest\b[^.?!]{0,20}\b(?:is (?:too much|too high|killing me|crushing)|burden|too expensive)\b|\bcan'?t (?:afford|keep up with) (?:the |my )?interest\b/i;

/** Changing the repayment method: "상환 방식 바꿀 수 있어요?", "원리금균등으로 바꾸고 싶어요", "change my repayment method". */
export const METHOD_CHANGE =
  /(?:상환|갚는)\s?(?:방식|방법)\S{0,3}\s?(?:을\s?|를\s?|도\s?)?(?:바꾸|바꿀|바꿔|변경|전환)|(?:원리금\s?균등|원금\s?균등|만기\s?일시)\S{0,3}\s?(?:상환\S{0,2}\s?)?(?:으로\s?|로\s?)(?:바꾸|바꿀|바꿔|변경|전환)|\b(?:change|switch) (?:my |the )?(?:loan'?s )?repayment (?:method|type|plan|schedule|structure)\b|\bswitch (?:my loan )?(?:to|from) (?:interest[- ]only|equal (?:principal|instal?ments|payments)|a bullet)\b/i;

/** Breaking savings against borrowing: "적금 깨는 게 나을까요 대출 받는 게 나을까요?", "use my savings or take a loan?". */
export const BREAK_OR_BORROW =
  /^(?=[^]*(?:적금|예금|저축|비상금|savings|deposit))(?=[^]*(?:대출\s?(?:을\s?|를\s?)?(?:받|내|새로)|빌리|빌릴|빌려|\bborrow|\btake (?:out )?a (?:new )?loan|\bget a loan))(?=[^]*(?:깨|해지|헐|털|\bbreak\b|\bcash in\b|\buse (?:my )?(?:savings|deposit)|\bdip into))(?![^]*(?:대출\S{0,3}\s?(?:을\s?|를\s?)?(?:갚|상환)|\b(?:re)?pay (?:off |down |back )?(?:my |the )?(?:loan|mortgage|debt)))/i;

/** How to dispute a card payment: "이의제기 어떻게 해요?", "결제 취소 요청 방법", "how do I dispute a charge?". */
export const DISPUTE_HOW =
  /신고\S{0,2}\s?(?:는\s?|은\s?)?(?:어디로|어디에|어디서|어떻게)|(?:어떻게|어디에?|어디서|어디로)\s?신고(?:해요|하나요|하죠|해야|하면|할\s?수)|신고\s?(?:방법|절차|하는\s?법)|\bhow (?:do|can|should) i report (?:it|this|that|a charge|the charge|a transaction)\b|이의\s?(?:제기|신청)\S{0,3}\s?(?:는\s?|은\s?|를\s?|을\s?)?(?:어떻게|방법|하려면|하고\s?싶|할\s?수)|(?:결제|승인)\s?취소\s?(?:요청|신청)?\S{0,3}\s?(?:는\s?|은\s?)?(?:어떻게|방법|하려면)|\bhow (?:do|can|to|should) (?:i )?(?:dispute|contest|challenge|charge ?back|reverse) (?:a |this |that |the |my )?(?:card )?(?:charge|payment|transaction|purchase)|\bchargeback\b|\b(?:want|need) to dispute\b|\bhow (?:do|can|should|would) i (?:dispute|contest|challenge|report) (?:it|this|that|them)\b/i;

/** When the prepayment fee ends: "수수료 언제부터 없어져요?", "몇 년 지나면 수수료 면제?", "when does the fee go away?". */
const FEE_END =
  /(?:수수료|위약금)\S{0,3}\s?(?:는\s?|은\s?|이\s?|가\s?)?(?:언제|몇\s?(?:년|개월|달)\s?(?:뒤|후|지나)|면제|없어지|안\s?붙)|(?:언제|몇\s?(?:년|개월|달)\s?(?:뒤|후|지나\S{0,2}))\s?(?:부터\s?)?(?:중도\s?상환\s?)?(?:수수료|위약금)|\b(?:fee|penalty|charge)\b[^.?!]{0,20}\b(?:go away|end|expire|stop|disappear|run out|no longer)\b|\bwhen (?:can|could) i (?:re)?pay\b[^.?!]{0,30}\b(?:without|free of|with no) (?:a |any )?(?:fee|penalty|charge)|\b(?:fee|penalty)[- ]free\b/i;

/** Spans of days in words: 하루 … 보름, a day … a fortnight. */
const KO_DAY_SPANS: Record<string, number> = {
  하루: 1,
  이틀: 2,
  사흘: 3,
  나흘: 4,
  닷새: 5,
  열흘: 10,
  보름: 15,
};
const LATE_SPAN = String.raw`(?<![월\d]\s?)(\d{1,3})\s?일|(하루|이틀|사흘|나흘|닷새|열흘|보름)|(?:(\d{1,2}|한|두|세)\s?주(?:일)?|(일)\s?주일)|(\d{1,2}|한|두|세)\s?(?:달|개월)`;
const LATE_WORD = String.raw`\S{0,3}\s?(?:정도\s?|만\s?|이나\s?|쯤\s?)?(?:늦게\s?)?(?:늦|밀리|밀려|밀린|지나|지난|넘기|넘어|넘겨|연체)`;
const KO_LATE = new RegExp(`(?:${LATE_SPAN})${LATE_WORD}`);
const KO_SPAN = new RegExp(`(?:${LATE_SPAN})`);
const EN_COUNT = String.raw`(a few|a couple of|several|a|an|one|two|three|four|five|six|seven|ten|\d{1,3})`;
const EN_LATE = new RegExp(
  String.raw`\b(?:${EN_COUNT} (day|week|month)s?|(a fortnight)) (?:late|overdue|behind|past (?:the )?due)|\b(?:(?:late|overdue|behind) (?:by )?|(?:miss|missed|pay|paying|make|making)\b[^.?!]{0,40}?\bby )(?:like |about |around |maybe |roughly |just )?${EN_COUNT} (day|week|month)s?\b`,
  'i',
);
const EN_SPAN = new RegExp(String.raw`\b(?:${EN_COUNT} (day|week|month)s?|(a fortnight))\b`, 'i');

/** The days of a matched span: English groups [count, unit, fortnight, count, unit], Korean [digits, word, weeks, 일주일, months]. */
function spanDays(m: RegExpExecArray, en: boolean): number | undefined {
  const count = (v: string | undefined, words: Record<string, number>) =>
    v === undefined ? 1 : /^\d+$/.test(v) ? Number(v) : (words[v.toLowerCase()] ?? 1);
  let days: number;
  if (en) {
    const [, n1, unit1, fortnight, n2, unit2] = m;
    const unit = (unit1 ?? unit2 ?? '').toLowerCase();
    const n = count(n1 ?? n2, EN_NUMBER);
    days = fortnight ? 14 : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : n;
  } else {
    const [, digits, word, weeks, oneWeek, months] = m;
    days = digits
      ? Number(digits)
      : word
        ? KO_DAY_SPANS[word]
        : weeks || oneWeek
          ? 7 * count(weeks, KO_NATIVE)
          : 30 * count(months, KO_NATIVE);
  }
  return days >= 1 && days <= 366 ? days : undefined;
}

/**
 * Days a payment would be late: "하루 늦게 내면" → 1, "사흘 밀리면" → 3, "일주일 연체하면" → 7, "한 달 늦으면" → 30,
 * "10일 지나면" → 10 (not a date: "12월 17일 지나면"), "if I pay a week late" → 7, "two days overdue" → 2. Only a span
 * followed (within a few characters) by a word of lateness.
 */
export function extractLateDays(text: string): number | undefined {
  const en = EN_LATE.exec(text);
  if (en) return spanDays(en, true);
  const ko = KO_LATE.exec(text);
  return ko ? spanDays(ko, false) : undefined;
}

/** The day of the month pay arrives: "월급이 25일에 들어와서요", "월급날이 10일", "I get paid on the 25th", "payday is the 10th". */
const PAYDAY =
  /(?:월급|급여|봉급|월급날|급여일|월급일)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:매달\s?|매월\s?)?(3[01]|[12]\d|[1-9])\s?일|\b(?:i get paid|i'?m paid|payday is|my pay(?:day)? (?:is|comes)|salary comes in|paid) on the (3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\b/i;

export function extractPayday(text: string): number | undefined {
  const m = PAYDAY.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * Instalments missed in a row: "두 번 연체하면" → 2, "2회 연속 못 내면" → 2, "세 번 밀리면" → 3, "what if I miss two
 * payments?" → 2. One is a plain lateness question (lateDays or the penalty rate), so only 2 to 12.
 */
const KO_MISSED = new RegExp(
  String.raw`(?:연속\s?(?:으로\s?)?)?(\d{1,2}|두|세|네|다섯|여섯)\s?(?:번|회|차례)\s?(?:이나\s?|씩\s?)?(?:연속\s?(?:으로\s?)?|연달아\s?|내리\s?)?(?:연체|못\s?(?:내|갚|납부|납입)|안\s?(?:내|갚)|밀리|밀려|미납|빼먹|놓치)`,
);
const EN_MISSED = new RegExp(
  String.raw`\bmiss(?:ed|ing)? ${EN_COUNT} (?:\w+ )?(?:payments|instal?lments|repayments)\b|\b${EN_COUNT} (?:missed|late) (?:\w+ )?(?:payments|instal?lments|repayments)\b|\b(?:skip|don'?t pay|do not pay|can'?t pay|cannot pay) ${EN_COUNT} (?:\w+ )?(?:payments|instal?lments|repayments|months) in a row\b`,
  'i',
);

export function extractMissedPayments(text: string): number | undefined {
  const m = KO_MISSED.exec(text) ?? EN_MISSED.exec(text);
  const token = m?.slice(1).find((g) => g !== undefined);
  const n = token ? smallNumber(token) : null;
  return n !== null && Number.isInteger(n) && n >= 2 && n <= 12 ? n : undefined;
}

/**
 * A span of days said alone, for a follow-up to a lateness question: "일주일이면요?" → 7, "한 달은?" → 30, "what about
 * two weeks?" → 14.
 */
export function extractDaySpan(text: string): number | undefined {
  const en = EN_SPAN.exec(text);
  if (en) return spanDays(en, true);
  const ko = KO_SPAN.exec(text);
  return ko ? spanDays(ko, false) : undefined;
}

// ---------------------------------------------------------------- all slots of an intent

/** The slots an intent uses, read from one message (nothing inherited). */
/** The yes/no slots: each is set when its pattern is in the message. */
type FlagSlot = {
  [K in keyof CounselSlots]-?: NonNullable<CounselSlots[K]> extends boolean ? K : never;
}[keyof CounselSlots];
/**
 * Everything owed with the card: "내 빚 총 얼마야? 카드값까지", "카드값 포함해서 빚이 다 얼마야", "what's my total debt
 * including my card bill?", "how much do i owe in total with my credit card?".
 */
export const DEBT_WITH_CARD =
  /(?:빚|부채|채무|대출(?!\s?(?:이자|납입|상환액)))\S{0,3}\s?(?:총|전부|다|모두|합쳐|합치면|전체)[^.!\n]{0,16}카드|카드\S{0,4}\s?(?:까지|포함|합쳐|더해|더하면)[^.!\n]{0,16}(?:빚|부채|채무)|(?:빚|부채|채무)[^.!\n]{0,16}카드\S{0,3}\s?(?:까지|포함|합|더해|다)|\b(?:total|all(?: of)? my|entire) debts?\b[^.!\n]{0,30}\bcards?\b|\bdebts?\b[^.!\n]{0,20}\b(?:includ(?:ing|e)|with|plus)\b[^.!\n]{0,20}\bcards?\b|\bhow much do i owe\b[^.!\n]{0,30}\bcards?\b/i;

/**
 * QA round 24 (spend24b). The month's card use asked in so many words beside the bill ("이번달 카드 얼마 썼어요?",
 * "how much did i spend on my card this month"): read with cardBill only.
 */
export const SPENT_ASKED =
  /(?:이번\s?달|이달|금월)\s?(?:에\s?)?카드\S{0,2}\s?(?:로\s?)?(?:얼마|몇)\s?(?:나\s?|정도\s?)?(?:썼|쓴|씀|사용했|긁었)|\bhow much (?:have i|did i) spen[dt](?: on (?:my|the) cards?)? this month\b/i;
/** QA round 24 (spend24b). The loan's payment named beside the card: "대출이자", "대출 납입", "loan interest". */
const LOAN_PAYMENT_NAMED = /대출\s?(?:이자|납입|상환금)|\bloan (?:interest|payments?)\b/i;
/** QA round 24 (spend24b). A month's spending by category: "카테고리별로 보여줘", "업종별로", "by category". */
/**
 * QA round 26 (helper en1). One category's share of a period's card spending: "what share of october was travel", "what
 * percentage of my spending was food", "10월에 여행 비중이 얼마나 돼요?", "식비가 몇 퍼센트예요?" (read with a category
 * named; never a share price). "how much of that was groceries" stays the category's total.
 */
export const CATEGORY_SHARE =
  /비중|몇\s?(?:%|퍼센트|프로)|\b(?:what|which)\s(?:share|percentage|percent|proportion|part|fraction)\sof\b|\b(?:share|percentage|proportion) (?:of (?:my |the )?(?:spending|card))/i;
export const CATEGORY_BREAKDOWN =
  /(?:카테고리|업종|분야|항목)\s?별|\bby categor(?:y|ies)\b|\bper category\b|\bcategory breakdown\b|\bbreak (?:it |that )?down by category\b/i;
/**
 * QA round 24 (spend24b). The fixed outgoings, not subscriptions: "매달 고정으로 나가는 돈", "고정비", "fixed costs"
 * (read with recurring only).
 */
const FIXED_COSTS =
  /고정\s?(?:으로\s?)?(?:나가는|나갈|빠져\s?나가는)|고정\s?(?:지출|비용|비)|\bfixed (?:costs|expenses|outgoings|bills|monthly (?:costs|bills|payments))\b|\b(?:the )?(?:bare |absolute )minimum\b[^.?!]{0,30}\b(?:each|every|a|per) month\b|\bminimum (?:i|we) (?:need|have to (?:pay|spend)|must (?:pay|spend))\b[^.?!]{0,10}\b(?:each|every|a|per) month\b|\bhow much do i (?:need|have to pay) at (?:a |the )?minimum\b/i;

/**
 * QA round 26 (en2). The least the month needs: "what's the bare minimum I need each month?" (read as the card
 * forecast) — the fixed outgoings (slots recurring + fixedCosts).
 */
export const BARE_MINIMUM =
  /\b(?:the )?(?:bare |absolute )minimum\b[^.?!]{0,30}\b(?:each|every|a|per) month\b|\bminimum (?:i|we) (?:need|have to (?:pay|spend)|must (?:pay|spend))\b[^.?!]{0,10}\b(?:each|every|a|per) month\b|\bhow much do i (?:need|have to pay) at (?:a |the )?minimum\b/i;

/** The instalment after the next: "그 다음은요?", "다다음 회차", "and the one after that?", "the payment after next". */
const AFTER_NEXT =
  /그\s?다음\s?(?:은|번|회차|납입|거|건|달)|다다음\s?(?:번|회차|납입|거|달)|\bmonth after next\b|\bthe one after(?: that)?\b|\bafter that one\b|\bthe following (?:one|payment|instal?ment)\b|\bpayment after (?:the )?next\b|\bthe next one after\b|^\s*(?:and |so |what about |how about |then )?after that\s*[?？]*\s*$/i;

/**
 * The loans held, affordable on an income: "지금 대출 감당할 수 있을까요?", "이 대출 계속 갚을 수 있을까요?", "can I
 * afford my current loan?" — not a new loan ("더 받을 수", "새로 빌리면", "borrow more").
 */
export const AFFORD_HELD =
  /^(?![^]*(?:더\s?(?:받|빌리|빌릴)|새로|추가로|한도|얼마까지|\bborrow (?:more|another)|\bnew loan|\blimit\b))[^]*(?:(?:지금|현재|이|제|내|기존)\s?(?:대출|빚)\S{0,2}\s?(?:을\s?|를\s?)?(?:계속\s?)?(?:감당|버틸|버티|갚을\s?수|감당할|유지할\s?수|괜찮)|\bafford (?:my|the|these|this) (?:current |existing )?(?:loans?|payments?|repayments?|mortgage|debt)\b|\bkeep up with (?:my|the) (?:loan )?(?:payments|repayments)\b)/i;

/** To the end of this year: "올해 말까지", "연말까지", "by the end of the year", "for the rest of the year". */
const YEAR_END =
  /올해\s?(?:말|연말)|금년\s?말|(?<!작년\s?|내년\s?)연말\s?(?:까지|에|엔|쯤|때)|\bby (?:the )?end of (?:the |this )?year\b|\bby (?:the )?year[- ]end\b|\b(?:for )?the rest of (?:the |this )?year\b|\bthrough (?:the end of )?december\b/i;

/** A missed payment's consequence asked: "못 내면 어떻게 돼요?", "연체되면 어떻게 되나요?", "what happens if I miss a payment?". */
const IF_LATE =
  /(?:납입|상환|이자|대출금|원리금)\S{0,2}\s?(?:을\s?|를\s?)?(?:못\s?(?:하|내|갚)|안\s?(?:하|내|갚))면\s?(?:어떻게|어떡|무슨)|(?:못\s?(?:내|갚)|안\s?(?:내|갚)|늦게\s?(?:내|갚)|늦으면|늦어지면|연체\s?(?:되|하)면|밀리면)[^.?!]{0,12}(?:어떻게|어떡|뭐가|무슨\s?일|어찌|되나|돼요|되요|되죠|될까|불이익)|\bwhat (?:happens|will happen|would happen) if i (?:miss|can'?t (?:pay|make)|don'?t (?:pay|make)|pay late|am late|'m late|default)\b|\bwhat (?:happens|will happen|would happen) if (?:a|my) (?:loan )?payment is (?:late|missed)\b|\bwhat if i (?:miss|skip|can'?t (?:pay|make)|don'?t (?:pay|make))\b[^.?!]{0,30}\b(?:payment|instal?ment)\b|\bi(?: have|'ve| just)? missed (?:my |the |this |next )?(?:\w+'?s? )?(?:loan |monthly )?(?:payment|instal?ment)\b[^.?!]{0,5}[,.]?\s?(?:so )?what (?:happens|now|do i do|should i do|will happen)\b/i;

/** What paying off saves: "이자 얼마나 아껴요?", "얼마나 절약돼요?", "how much interest would I save?". */
export const PAYOFF_SAVING =
  /아끼|아낄|아껴|아낀|절약|이득|\bsaves? (?:me )?(?:on |in )?(?:interest|money)\b|\bhow much (?:interest |money )?(?:would|will|do|does|can|could) (?:i|it) save\b|\bsavings? (?:on|in) interest\b/i;

/**
 * The sum that closes the loan, asked as money to have ready: "대출 한번에 다 갚으려면 얼마 모아야돼?", "전부 갚으려면 돈이
 * 얼마 필요해?" (QA round 21: read as saving against repaying, and answered with a 10,000,000원 prepayment example) —
 * the payoff today. Not the time it takes ("다 갚으려면 얼마나 걸려?").
 */
export const PAYOFF_SUM_NEEDED =
  /(?:다|전부|모두|전액|완전히|싹|한\s?번에|한꺼번에)\s?(?:다\s?)?(?:갚|상환하|청산하|정리하)\S{0,2}려면[^.?!]{0,12}(?:얼마|돈)\S{0,2}\s?(?:이\s?|가\s?|나\s?|를\s?|정도\s?)?(?:모아야|모아|모으|필요|있어야|준비|마련)/;

/** A payoff asked with the interest: "이자까지 총", "이자 포함해서", "including interest", "with all the interest". */
const WITH_INTEREST =
  /이자\s?(?:까지|도\s?다|포함|합쳐|다\s?합|더해)|\b(?:including|with|plus) (?:all )?(?:the )?interest\b|\binterest included\b/i;

/** The balance asked as well: "…이랑 남은 잔액", "and how much is left on the loan". */
const ALSO_BALANCE =
  /(?:이랑|랑|하고|와|과|및|그리고|,)\s?(?:남은\s?)?(?:잔액|잔금|남은\s?(?:원금|금액|대출|돈))|\band (?:my |the )?(?:balance|how much (?:is )?(?:left|remaining|(?:i )?(?:still )?owe))\b/i;

/**
 * A whole month named, not the rest of this one ("한달 생활비 백만원으로 살 수 있을까요?", "can i live on 1m a month?"):
 * with getBy, a month's living is set against a usual month.
 */
const GET_BY_MONTH =
  /^(?=[\s\S]*(?:한\s?달|매달|매월|\b(?:a|per|each|every) month\b|\bmonthly\b))(?![\s\S]*(?:이번\s?달|이달|남은|월말|\bthis month\b|\bend of (?:the|this) month\b|\btill\b|\buntil\b))/i;

/**
 * The same days a year earlier, as a comparison's other side: "작년 이맘때랑 비교하면?", "작년 같은 기간", "전년 동월",
 * "compared to this time last year?", "same month last year" (not "작년보다", which is last year against this one).
 */
export const YEAR_AGO =
  /(?:작년|지난\s?해|1\s?년\s?전|일\s?년\s?전)\s?(?:이\s?맘\s?때|이\s?때|이\s?시기|같은\s?(?:기간|때|달|시기|날짜|주|분기)|동기|동월|동\s?기간)|전년\s?(?:동기|동월|동\s?기간|같은\s?(?:기간|달|때))|\b(?:this|the same) time (?:last year|a year ago)\b|\bsame (?:period|month|days|week|quarter|time) (?:last year|a year (?:ago|earlier|before))\b|\byear[- ]on[- ]year\b|\byoy\b/i;

/** Months ahead said as a time to come: "6개월 뒤", "1년 후", "in 6 months", "6 months from now", "3 months later". */
const MONTHS_AHEAD_SAID = new RegExp(
  String.raw`${N}\s*(?:개월|달|년|months?|years?)\s*(?:뒤|후|있다가|지나|later|from now|after)|\b(?:in|after)\s+(?:${N}|a|one)\s*(?:months?|years?)\b|반\s?년\s*(?:뒤|후)|\bhalf a year (?:later|from now)\b|\bin half a year\b`,
  'i',
);

/**
 * What will be owed a number of months ahead, asked of the loan: "how much will I owe in 3 months?", "how much loan will
 * I have left in 3 months?", "대출 3개월 후에 얼마야?", "3개월 후에 빚 얼마야?" (QA round 21: a forecast of the debt, a
 * loan of a 3-month term, or the overview) — the balance that many instalments ahead. Not spending, saving or borrowing,
 * not a forecast asked as such, not a payoff or an amount ("3개월 후에 다 갚으면", "천만원 갚으면").
 */
export function balanceAheadAsked(text: string): boolean {
  if (extractMonthsAhead(text) === undefined) return false;
  if (
    /쓰|썼|쓸|쓴|지출|카드|할부|모으|모을|모아|저축|적금|예금|빌리|빌릴|한도|받으면|받을|예측|예상|전망|갚으면|상환하면|내면|갈아타|금리|\bspen[dt]|\bcard\b|\bsav(?:e|ing)|\bborrow|\blimit\b|\bforecast|\bpredict|\bproject|\bover the next\b|\bfor the next\b|\bif i\b|\bpay (?:it |this |my |the )?(?:\w+ )?off\b|\brate\b/i.test(
      text,
    )
  )
    return false;
  if (extractAmount(text) !== undefined) return false;
  return /(?:대출|빚|원금|잔액|잔금)[^.?!]{0,14}(?:얼마|몇)|(?:얼마|몇)[^.?!]{0,8}(?:대출|빚|원금|잔액)|\bhow much\b[^.?!]{0,30}\b(?:owe|owing|left|remaining|outstanding)\b|\b(?:what|how much) will (?:my |the )?(?:\w+ )?(?:loan|mortgage|debt|balance) be\b|\bwhat will i (?:still )?owe\b/i.test(
    text,
  );
}

/** Furthest a prepayment what-if is moved ahead, in months (the refinancing service's MAX_INSTALLMENTS_AHEAD). */
const MAX_PREPAY_AFTER = 120;

/** "6개월 뒤엔?", "and in 6 months?": the months ahead said, else none. */
export function extractMonthsAhead(text: string): number | undefined {
  const m = MONTHS_AHEAD_SAID.exec(text);
  if (!m) return undefined;
  if (/반\s?년|half a year/i.test(m[0])) return 6;
  if (/\b(?:in|after)\s+(?:a|one)\s*year/i.test(m[0])) return 12;
  if (/\b(?:in|after)\s+(?:a|one)\s*month/i.test(m[0])) return 1;
  const n = extractMonths(m[0]);
  return n && n <= 360 ? n : undefined;
}

/**
 * QA round 21 (loan21). The loans held weighed on a new one: "is my loan gonna be a problem for getting a car loan",
 * "전세대출 있는데도요?", "대출 있어도 오토론 돼요?".
 */
export const HELD_BURDEN =
  /\b(?:my|the|existing|current) (?:\w+ )?(?:loans?|debts?)\b[^.?!]{0,30}\b(?:a problem|an issue|a concern|affect|hurt|stop|prevent|block|get in the way|count against)\b|\b(?:even )?with (?:my|the|an existing) (?:\w+ )?loan(?: already)?\s*[?？]*\s*$|\bdespite (?:my|the) (?:\w+ )?loan\b|(?:대출|빚)\S{0,2}\s?(?:이\s?|가\s?)?(?:있는데도|있어도|있는데\s?(?:괜찮|되|돼|가능))|(?:대출|빚)\S{0,2}\s?(?:때문에|이\s?있어서|가\s?있어서)[^.?!]{0,15}(?:안\s?될|안\s?돼|못\s?받|어려)/i;

/** QA round 21 (loan21). When to apply: "그럼 언제까지 신청해야돼요?", "when should i apply?", "how early?". */
const APPLY_WHEN =
  /언제\s?(?:까지|부터|쯤)?\s?(?:신청|해야|하면|가야|알아봐|준비)|신청\S{0,2}\s?(?:은\s?|는\s?)?언제|\bwhen (?:should|do|can|must|would) i (?:apply|ask|do (?:it|that)|start|go)\b|\bhow (?:early|soon|far (?:in )?ahead)\b|\bdeadline\b/i;

/** QA round 21 (loan21). A deferral thought to waive the interest: "상환유예 하면 이자도 안내요?", "is it interest-free?". */
export const DEFER_WAIVED =
  /(?:유예|미루|미뤄|미룰|연기|늦추|늦춰)[^.?!]{0,20}이자\S{0,2}\s?(?:는\s?|도\s?)?(?:안\s?(?:내|나가|붙|나와)|면제|없어|없나|없는|0원|안\s?내도)|\b(?:defer|deferral|deferred|postpone|pause)\w*\b[^.?!]{0,40}\b(?:no interest|interest[- ]free|(?:don'?t|do not|won'?t) (?:have to )?pay (?:the |any )?interest|interest (?:is )?(?:waived|stops|paused|free))/i;

/**
 * QA round 21 (loan21). A jeonse lease renewed with a raised deposit and the loan asked about: "my landlord wants to
 * renew the jeonse next year and raise the deposit by 30 mil, can i extend the loan", "집주인이 재계약하면서 보증금
 * 3천 올려달래요 대출 연장 되나요?" (request JEONSE_RENEWAL; a top-up limit alone is the limit's jeonseTopUp).
 */
export const JEONSE_RENEWAL =
  /^(?=[^]*(?:전세|보증금|집주인|임대인|\bjeonse\b|\blandlord\b|\blease\b|\bdeposit\b))(?=[^]*(?:갱신|재계약|연장|\brenew\w*|\bextend\w*|\bextension\b))(?=[^]*(?:올려|올린|올리|인상|더\s?달라|\braise\w*|\bincrease\w*|\bput up\b|\bgo(?:es)? up\b))(?=[^]*(?:대출|\bloan\b))/i;

/**
 * QA round 21 (loan21). Moving from jeonse to monthly rent: "what if i move to wolse instead of jeonse when it ends",
 * "전세 끝나면 월세로 옮기면 대출은요?" (request WOLSE_SWITCH).
 */
export const WOLSE_SWITCH =
  /전세\S{0,2}\s?(?:대신|말고|에서|끝나면|끝나고|만기\S{0,3})[^.?!]{0,20}월세|월세\S{0,2}\s?(?:로|으로)\s?(?:바꾸|바꿔|옮기|옮겨|가면|갈까|돌리|전환|이사)|\b(?:move|moving|switch|switching|go|going|change|changing)\b[^.?!]{0,20}\b(?:wolse|monthly rent)\b|\b(?:wolse|monthly rent)\b[^.?!]{0,20}\binstead of\b/i;

/**
 * QA round 21 (loan21). Whether a loan's instalment was paid on time: "did i pay my loan on time last month?", "지난달
 * 대출 제때 냈어요?", "연체 없이 냈나요?".
 */
export const PAID_ON_TIME =
  /\b(?:did|have|was|were) (?:i|my|the) (?:\w+ )?(?:pay|paid|make|made|loan|payment|instal?ment)s?\b[^.?!]{0,40}\b(?:on time|late)\b|\bpaid (?:it )?on time\b|(?:제때|제\s?날짜에|늦지\s?않게|연체\s?없이|밀리지\s?않고)\s?(?:잘\s?)?(?:냈|갚았|납부|납입)/i;

/**
 * QA round 21 (loan21). A lower rate pleaded for: "깎아달라고 하면 깎아줘요?", "금리 낮춰달라고 하면 해줘요?", "will they
 * lower it if i ask?" — the rate-cut right, not guaranteed.
 */
export const RATE_CUT_PLEA =
  /(?:깎아|낮춰|내려)\s?(?:달라고|달라면|주세요|줄\s?수|줘요|줘\s?[?？]|주나요|주나|줄까|주실|주기도)|(?:깎아|낮춰)\s?(?:달라|주라)|\bwill (?:they|the bank|kakao\w*|my lender|the lender) (?:lower|cut|reduce) (?:it|my rate|the rate)\b|\b(?:if|when) i ask\b[^.?!]{0,30}\b(?:lower|cut|reduce)\b|\b(?:lower|cut|reduce)\b[^.?!]{0,20}\bif i ask\b/i;

/**
 * QA round 22 (loanleft). Moving out asked about: "이사가야돼요?", "집 빼야 하나요", "나가야 돼요?", "쫓겨나요?", "do i have
 * to move out?", "will i lose my home", "have to leave".
 */
export const MOVE_OUT_ASKED =
  /이사\s?(?:를\s?)?(?:가야|나가야|해야|가나요|가요|갈\s?수밖에)|(?:집|방)\s?(?:을\s?|를\s?)?(?:빼야|비워야|나가야)|나가야\s?(?:돼|되|하|할)|쫓겨나|\b(?:have|need|got) to (?:move(?: out)?|leave|get out)\b|\bmust i (?:move|leave)\b|\b(?:kicked|thrown) out\b|\blose (?:my|the) (?:home|house|flat|apartment|place)\b/i;

/**
 * QA round 22 (loanleft). A payment's split questioned: "why so much? its just interest right", "is it all interest?",
 * "how much of it is principal", "왜 이렇게 많아요? 이자만 내는 거 아니에요?", "이거 다 이자예요?", "원금은 얼마예요?"
 * (read with a payment or the schedule only).
 */
export const PAYMENT_SPLIT_ASKED =
  /\bwhy\b[^.?!]{0,25}\bso (?:much|high|big|expensive)\b[^]{0,40}\b(?:interest|principal)\b|\b(?:it'?s|its|is it|isn'?t it|is that|that'?s|thats) (?:just|only|all) interest\b|\bjust (?:the )?interest\b[^.?!]{0,10}\b(?:right|no|isn'?t it|correct)\b|\bhow much (?:of (?:it|that|the payment|this) )?is (?:principal|interest)\b|(?:다|전부|모두)\s?이자(?:예요|에요|야|인가요|인가|죠|지|임|잖|인\s?거)|이자만\s?(?:내는|나가는|빠지는)\s?(?:거|건|게)\s?(?:아니|맞)|왜\s?(?:이렇게|그렇게|이리)\s?(?:많|비싸|커|크|높)\S*[^.?!]{0,5}[.?!？]?\s?[^.?!]{0,10}(?:이자|원금)/i;

/**
 * QA round 22 (loanleft). A loan limit questioned as low: "왜 이것밖에 안 돼요?", "한도가 왜 이렇게 적어요?", "why so little",
 * "why is my limit so low", "why can't i borrow more".
 */
export const LIMIT_WHY_LOW =
  /왜\s?(?:이것|이거|그것|그거|요것)\s?밖에|(?:한도|금액)\S{0,2}\s?(?:가\s?|는\s?|이\s?)?왜\s?(?:이렇게|그렇게|이리)?\s?(?:적|낮|작|조금)|왜\s?(?:이렇게|그렇게|이리)\s?(?:적|낮|작|조금)|\bwhy\b[^.?!]{0,20}\bso (?:little|low|small)\b|\bwhy (?:can'?t|couldn'?t) i (?:borrow|get) more\b|\bwhy (?:only|just)\b|\bthat'?s (?:it|all)\b[^.?!]{0,10}\?/i;

/**
 * QA round 22 (loanleft). A loan instalment paid twice: "help i think i paid the loan twice this month", "이번달 대출 두번
 * 낸 것 같아요", "대출금이 두 번 빠져나갔어요", "이자 중복으로 냈어요", "double paid my mortgage".
 */
export const LOAN_PAID_TWICE =
  /(?:대출|이자|원리금|납입금|상환금|대출금|할부금)[^.?!]{0,15}(?:두\s?번|2\s?번|두\s?차례|중복\s?(?:으로)?|이중\s?(?:으로)?)\s?(?:낸|냈|내|납부|납입|상환|갚|빠져|빠졌|나갔|나간|출금|결제)|(?:두\s?번|2\s?번|중복\s?(?:으로)?|이중\s?(?:으로)?)\s?(?:낸|냈|납부|납입|상환|갚|빠져|빠졌|나갔|나간|출금)[^.?!]{0,15}(?:대출|이자|원리금|납입금|상환금|대출금)|\b(?:paid|pay|paying|repaid|made)\b[^.?!]{0,25}\b(?:loan|mortgage|instal?ment|repayment|payment)s?\b[^.?!]{0,15}\btwice\b|\b(?:loan|mortgage|instal?ment|repayment)s?\b[^.?!]{0,20}\b(?:paid|debited|taken|came out|went out|deducted)\b[^.?!]{0,10}\btwice\b|\bdouble[- ]?paid\b[^.?!]{0,20}\b(?:loan|mortgage|instal?ment|repayment|payment)\b|\bpaid (?:the )?(?:loan|mortgage|instal?ment) (?:two times|2 times|double)\b/i;

/** QA round 21 (loan21). A prepayment's month: "by march", "in march", "3월까지", "3월에". */
const PREPAY_BY_MONTH = new RegExp(
  String.raw`\b(?:by|in|until|till|before|come)\s(?:the end of\s)?(${EN_MONTHS.join('|')})\b|(?<!\d)(1[0-2]|0?[1-9])\s?월\s?(?:말\s?)?(?:까지|에|쯤)`,
  'i',
);

/** QA round 21 (loan21). A monthly payment said with the amount: "월 40만원정도", "40만원씩", "400k a month". */
const MONTHLY_AMOUNT_SAID =
  /(?:^|[^가-힣])(?:월|매달|매월|한\s?달에?)\s?(?:약\s?)?\d[\d,.]*\s?(?:만|천)?\s?원?|\d[\d,.]*\s?(?:만\s?원?|천\s?원?|원)\s?씩|\d[\d,.]*\s?(?:k|만\s?원|won)?\s?(?:a|per|each) month\b/i;

/**
 * QA round 23 (late23b). Nothing overdue asked in relief, for a yes: "휴 이번달 연체 없죠?", "연체 없는 거 맞죠?", "phew, so
 * i'm not behind on anything right?", "i'm not late on anything, am i?" — a sigh or a tag question that expects "no".
 */
const RELIEF_ASKED =
  /(?:^|\s)(?:휴+|후+|휴우+|다행)(?:\s|$|[.,!~])|(?:없|안\s?밀렸|안\s?늦었)(?:죠|지|지요|겠죠|겠지|는\s?(?:거|것)\s?맞(?:죠|지))\s*[?？]|\b(?:phew|whew)\b|\b(?:not|nothing)\b[^.?!]{0,40}\b(?:right|correct|yeah|am i|is it|is there)\s*[?？]/i;

const FLAG_SLOTS: Record<FlagSlot, RegExp> = {
  payEarly: PAY_EARLY,
  // QA round 27 (helper ko27): set by its rule in understand.ts, never read alone.
  giftMoney: /(?!)/,
  paydayAsked: /(?!)/,
  // QA round 28 (lead): "그날 주말이에요?" after the next payment, set by its rule in understand.ts.
  weekendAsked: /(?!)/,
  // QA round 28 (helper en28): set by en28Rule in understand.ts, never read alone.
  dsrLower: /(?!)/,
  itemNoPrice: /(?!)/,
  figureJudged: /(?!)/,
  biggestOfList: /(?!)/,
  // QA round 26: "그거 빼면 얼마예요?" after the largest category, set by answerBound (understand.ts), never read alone.
  withoutTop: /(?!)/,
  // QA round 25 (left25a): "0%면요?" after a rise, set by restatedSlot (understand.ts), never read alone.
  rateUnchanged: /(?!)/,
  // QA round 25 (left25a): set by the pipeline on a first question recalled for its largest item.
  largestOfFirst: /(?!)/,
  // QA round 27 (helper en27): only after the recurring charges (understand.ts restatedSlot).
  cancelAll: /(?!)/,
  cutToSave: /(?!)/,
  // QA round 27 (helper en27b): set by understandWith (understand.ts), never read alone.
  ownCardUse: /(?!)/,
  // QA round 25 (left25c): set by chargeQuestion (understand.ts), never read alone.
  chargeAsked: /(?!)/,
  nextCharge: /(?!)/,
  // QA round 24 (spend24): set by spend24Months (understand.ts), never read alone.
  tripRegret: /(?!)/,
  // QA round 25 (left25b): set by left25bRule (understand.ts), never read alone.
  cancelCharge: /(?!)/,
  oneStep: /(?!)/,
  affordAfterCut: /(?!)/,
  maturityWhat: /(?!)/,
  // QA round 22 (loanleft): moveOutAsked is set by the last rules (with a refused extension), never read alone.
  moveOutAsked: /(?!)/,
  // QA round 23 (date23): set by date23Rule (understand.ts), never read alone.
  maturityDays: /(?!)/,
  saveForMaturity: /(?!)/,
  alsoSpending: /(?!)/,
  // QA round 24 (en24a): set by the English rule of a next payment asked beside the health score only.
  alsoNextPayment: /(?!)/,
  overseasIncluded: /(?!)/,
  // QA round 23 (loan23): set by follow-up rules only (outgoingsFollowUp, loanfuFollowUp), never read alone.
  outgoingsParts: /(?!)/,
  // QA round 25 (fixko2): set by the two months' outgoings rule only (understand.ts), never read alone.
  outgoingsNext: /(?!)/,
  // QA round 24 (loan24): set by loan24Rule (understand.ts), never read alone.
  paymentsLeft: /(?!)/,
  loanQuestions: /(?!)/,
  dueDateKept: /(?!)/,
  flatWhy: /(?!)/,
  graceUntil: /(?!)/,
  loanAfterCard: /(?!)/,
  saveMore: /(?!)/,
  splitAsked: PAYMENT_SPLIT_ASKED,
  limitWhy: LIMIT_WHY_LOW,
  paidTwice: LOAN_PAID_TWICE,
  // QA round 21 (care21): set by the follow-up rules (understand.ts answerBound) or the last rules, never read alone.
  fundWhy: /(?!)/,
  // QA round 22 (cardif): set with extraSpend (understand.ts), never read alone.
  affordAsked: /(?!)/,
  // QA round 23 (mix23): set on a loan payment asked of next month (understand.ts), never read alone.
  nextMonthSaid: /(?!)/,
  medicalDeduction: MEDICAL_DEDUCTION,
  // QA round 23 (care23): set with monthsOff and a card bill (the illness rules below), never read alone.
  offCardBills: /(?!)/,
  medicalOnCard: /(?!)/,
  // QA round 26 (helper en1). Set by the medical-bills rule (understand.ts), never alone.
  medicalPiling: /(?!)/,
  spouseLoan: SPOUSE_LOAN,
  confirmed: /(?!)/,
  reliefAsked: RELIEF_ASKED,
  billSurprise: /(?!)/,
  cutResolve: /(?!)/,
  everLate: EVER_LATE,
  landlordRefuses: LANDLORD_REFUSES,
  getByMonth: GET_BY_MONTH,
  alsoBalance: ALSO_BALANCE,
  withInterest: WITH_INTEREST,
  payoffSaving: PAYOFF_SAVING,
  ifLate: IF_LATE,
  yearEnd: YEAR_END,
  affordHeld: AFFORD_HELD,
  // "you charged me a late fee!": a charge claimed, answered with what is (not) overdue first — not the rate.
  penaltyRateAsked:
    /^(?![^]*\b(?:charged|billed|took|deducted|hit me with|slapped)\b)(?:[^]*?)(?:연체\s?(?:이자|이율|금리)\S{0,2}\s?(?:이\s?|가\s?|는\s?)?(?:몇|얼마|어느\s?정도)|(?:이자|연체)\S{0,2}\s?(?:몇\s?(?:프로|퍼센트|%)|얼마나\s?붙)|\bpenalty (?:interest )?rate\b|\bhow much (?:penalty|extra) interest\b|\blate (?:payment )?(?:fee|interest rate)\b)/i,
  afterNext: AFTER_NEXT,
  // Set by a follow-up after the recurring charges (understand.ts), never read on its own.
  yearly:
    /1\s?년(?:이면|\s?치|\s?동안)|연간\s?(?:으로|합계)|\bper year\b|\ba year\b|\byearly\b|\bannually\b/i,
  overseas: OVERSEAS,
  online: ONLINE,
  weekend: WEEKEND,
  weekdaysVsWeekends: WEEKDAYS_VS_WEEKENDS,
  loanByCard: LOAN_BY_CARD,
  // "3억 대출 가능해요?", "can i borrow 300 million?": an amount asked as yes or no.
  yesNo:
    /가능(?:해요|할까요|한가요|합니까|하나요|해\s?[?？]|할까|한지|할지)|될까요|돼요\s?[?？]|되나요|됩니까|받을\s?수\s?있|빌릴\s?수\s?있|나와요\s?[?？]|나올까요|\b(?:can|could|may) i (?:borrow|get|take out)\b|\bam i able to (?:borrow|get)\b|\bis it possible to (?:borrow|get)\b|\bwould i (?:qualify|get|be approved)\b|\bwill (?:they|the bank) (?:lend|give)\b/i,
  together:
    /합쳐|합치|합하|합계|더하면|다\s?합|모두\s?합|총\s?(?:얼마|합)|\bcombined\b|\btogether\b|\bin total\b|\btotal of\b|\baltogether\b|\bboth\b/i,
  onlineVsOffline:
    /(?:온라인|인터넷)[^.?!]{0,12}(?:이랑|하고|과|와|랑|vs|대비|비교|보다)[^.?!]{0,8}(?:오프라인|매장|현장|가게)|(?:오프라인|매장|현장)[^.?!]{0,12}(?:이랑|하고|과|와|랑|vs|대비|비교|보다)[^.?!]{0,8}(?:온라인|인터넷)|\bonline\b[^.?!]{0,15}\b(?:vs\.?|versus|or|compared (?:to|with)|than)\s(?:in[- ]stores?|in person|offline|in shops)\b|\b(?:in[- ]stores?|offline|in shops)\b[^.?!]{0,15}\b(?:vs\.?|versus|or|compared (?:to|with)|than)\s(?:online)\b/i,
  usual: USUAL,
  interestLeft: INTEREST_LEFT,
  compare: COMPARE,
  yearAgo: YEAR_AGO,
  cardLost: CARD_LOST,
  interestWhy: INTEREST_WHY,
  reissue: REISSUE,
  reassure: REASSURE,
  fraudRefund: FRAUD_REFUND,
  interestDispute: INTEREST_DISPUTE,
  emergencyFund: EMERGENCY_FUND,
  // QA round 24 (en24b).
  wedding:
    /\b(?:getting married|get married|our wedding|my wedding|the wedding)\b|결혼\s?(?:해요|합니다|하는데|해서|식|자금|준비|예정)/i,
  cardBill: CARD_BILL,
  deferInterest: DEFER_INTEREST,
  // QA round 21 (loan21).
  heldBurden: HELD_BURDEN,
  applyWhen: APPLY_WHEN,
  deferWaived: DEFER_WAIVED,
  // Set with cardBill on a spending question only (extractSlots' last rules, which also set the period).
  nextBill: NEXT_BILL,
  // "다 갚으려면 얼마 모아야돼?" is the sum needed to close the loan, not saving weighed against repaying.
  versusSaving: new RegExp(
    String.raw`^(?![^]*(?:${PAYOFF_SUM_NEEDED.source}))[^]*(?:${VERSUS_SAVING.source})`,
    'i',
  ),
  everyMonth: EVERY_MONTH_EXTRA,
  inAll: PAY_A_MONTH,
  currentRate: CURRENT_RATE,
  rateChange: RATE_CHANGE,
  nextReset: NEXT_RESET,
  maturity: MATURITY,
  top: TOP_SPENDING,
  daysUntil: DAYS_UNTIL,
  debitDay: DEBIT_DAY,
  repaidSoFar: REPAID_SO_FAR,
  depositBalance: DEPOSIT_BALANCE,
  cardList: CARD_LIST,
  topMerchant: TOP_MERCHANT,
  frequentMerchant: FREQUENT_MERCHANT,
  scoreWhy: SCORE_WHY,
  // "리볼빙 하는게 나을까요?", "should I use revolving?": whether to, not what it is.
  adviceAsked:
    /(?:하는\s?게|해도|쓰는\s?게|받는\s?게)\s?(?:나을까|좋을까|될까|괜찮을까|낫|나아요|좋아요|맞)|\bshould i\b|\bis it (?:a good idea|wise|worth it|smart)\b/i,
  debtWithCard: DEBT_WITH_CARD,
  // QA round 24 (spend24b).
  spentAsked: SPENT_ASKED,
  loanPaymentToo: LOAN_PAYMENT_NAMED,
  categoryBreakdown: CATEGORY_BREAKDOWN,
  // QA round 26 (helper en1). Set by the category-share rule (understand.ts spend24bRule) with a category named.
  categoryShare: /(?!)/,
  fixedCosts: FIXED_COSTS,
  // Set by the payday and bill rules (understand.ts), never alone.
  paydayDue: /(?!)/,
  spentLittle: /(?!)/,
  repaymentHistory: REPAYMENT_HISTORY,
  familyCare: FAMILY_CARE,
  nextSteps: NEXT_STEPS,
  standingAsked: FINANCIAL_STANDING,
  perDayAsked: /하루에?\s?얼마|매일\s?얼마|\b(?:a|per) day\b|\bdaily\b/i,
  // QA round 22 (spendfu). Set by the follow-up rule after a savings goal ("지금 쓰는거 기준으로는요?"); never alone.
  goalAtPace: /(?!)/,
  // "리볼빙 하면 나는 얼마 내요?", "how much would revolving cost me?": its cost on their own bill (with the bill).
  revolvingCost:
    /리볼빙\s?(?:하면|쓰면|이용하면|돌리면)[^.?!]{0,14}(?:얼마|비용|수수료)|(?:^|\s)(?:나|저)\s[^.?!]{0,8}리볼빙[^.?!]{0,14}(?:얼마|비용|수수료)|리볼빙[^.?!]{0,12}(?:나는|저는|내|제)\s?[^.?!]{0,8}(?:얼마|비용)|(?:나는|저는|내|제)\s?[^.?!]{0,8}리볼빙[^.?!]{0,8}(?:얼마|비용)|\bhow much (?:would|will|does) (?:revolving|it) cost me\b|\brevolving[^.?!]{0,20}\bcost me\b/i,
  // "is that a lot?" after revolving's cost (set by the follow-up rule; no intent extracts it from a message alone).
  costJudged:
    /(?:그게|그거|이게)\s?많은\s?(?:거|건|편)|\bis (?:that|it) (?:a lot|too much|expensive|high)\b/i,
  // QA round 21 (card21). "할부 몇 번 남았어요?", "how many instalments do i have left", "how much per month": each plan's
  // count left and its month's part.
  instalmentsLeft: INSTALMENTS_LEFT,
  // "cheaper month coming?" after spending or its forecast (set by the follow-up rule; no intent reads it alone).
  lowestAhead: CHEAPER_MONTH,
  // QA round 27 (lead). "why that one" after a recommendation (set by the follow-up rule only).
  recommendWhy: /(?!)/,
  lifeStageAsked: LIFE_STAGE_ASKED,
  // "how much did they spend?" after a lost or stolen card (set by the follow-up rule; no intent reads it alone).
  fraudSpent:
    /\bhow much (?:did|have) (?:they|the thief|someone) (?:spen[dt]|take|taken|charge[d]?)\b|(?:얼마|뭐)\s?(?:나|를\s?)?(?:썼|쓴|긁)/i,
  // "그거 언제까지예요?" after the instalments: when the last one is billed.
  endsWhen:
    /언제까지|언제\s?끝|끝나는\s?(?:게|날|달|때)|마지막\s?(?:회차|달)\S{0,2}\s?(?:언제|이)|\bwhen (?:does|do|will) (?:it|that|this|they|those|the instal?ments?) (?:end|finish|stop|be (?:paid off|done|over))\b|\buntil when\b/i,
  // "할부 선결제 돼?", "그거 한번에 갚을 수 있어?" after the card instalments: paying them off at once.
  instalmentPrepay: INSTALMENT_PREPAY,
  // "만기 때 한 번에 다 갚아야 돼요?", "do I pay it all back at once?": the principal's lump sum at maturity.
  lumpSum:
    /한\s?(?:번|꺼번)에\s?(?:다\s?)?(?:갚|상환|내|값)|일시\s?상환|\b(?:all|everything|it all|the whole (?:thing|amount|principal)) (?:back )?at once\b|\bin one (?:go|sum|payment|lump)\b|\blump[- ]sum\b|\bballoon (?:payment)?\b/i,
  // "해외결제 문자 왔어요", "i got a text saying a payment was approved": an alert by text message.
  smsAlert:
    /(?:결제|승인|해외)\S{0,4}\s?(?:문자|메시지|알림\s?문자)|문자\S{0,2}\s?(?:가\s?|로\s?)?(?:왔|받)[^.?!]{0,10}(?:결제|승인)|\b(?:got|received|get) (?:a |this |an )?(?:text|sms|message)\b[^.?!]{0,30}\b(?:payment|charge|purchase|approved|transaction)\b/i,
  // "the next year" is twelve months from now (months), "next year" the calendar year.
  nextYear: /내년|다음\s?해|(?<!\bthe )\bnext year\b/i,
  nextQuarter: /다음\s?분기|\bnext quarter\b/i,
  lowMood:
    /우울|잠(?:이|을|도)?\s?(?:안\s?와|안\s?오|못\s?(?:자|이루|들))|불면|\bdepress|\bcan'?t sleep\b|\blosing sleep\b|\bnot sleeping\b|\bkeeps? me up at night\b/i,
  highestRate: HIGHEST_RATE,
  howMany:
    /몇\s?(?:번|회|건)|\bhow (?:many times|often)\b|\bnumber of (?:times|purchases|visits|transactions)\b|\bhow many (?:purchases|transactions|card payments)\b/i,
  topDay: TOP_DAY,
  recurring: RECURRING,
  peers: PEERS,
  peerGap: PEER_GAP,
  minimumIfPaid: MINIMUM_IF_PAID,
  withFlights: WITH_FLIGHTS,
  merchantSwitch: MERCHANT_SWITCH,
  monthlyAverage: new RegExp(`${MONTHLY_AVERAGE.source}|${MONTHLY_AVERAGE_BARE.source}`, 'i'),
  dailyAverage: DAILY_AVERAGE,
  weeklyAverage: WEEKLY_AVERAGE,
  instalments: CARD_INSTALMENTS,
  budget: BUDGET,
  onTrack: ON_TRACK,
  // "예산 초과했어?", "am i over my budget": asked whether it is over (the answer's yes or no is about that).
  overBudgetAsked:
    /예산\S{0,3}\s?(?:넘|초과|오버)|\bover (?:my |the )?budget\b|\bblown (?:my |the )?budget\b/i,
  reduce: REDUCE_SPENDING,
  switchCost: SWITCH_COST,
  // QA round 24 (en24b): set with switchCost by the last rules, never read alone.
  prepayFeeAsked: /(?!)/,
  // QA round 24 (en24b): set with beforePayday by the last rules, never read alone.
  paydayNextWeek: /(?!)/,
  // QA round 24 (en24b).
  payoffDespair:
    /\b(?:i'?ll|i will|i'?m (?:never )?going to|gonna|i can) never (?:be able to )?(?:pay|get) (?:it |this |that |them |the \w+ )?(?:off|back)\b|\bwhat'?s the point\b|\bwhats the point\b|\bi (?:just )?give up\b|평생\s?(?:가도\s?)?(?:못\s?)?갚|절대\s?못\s?갚|(?:다|언제)\s?갚(?:을|겠)[^.?!]{0,6}(?:싶|나)[^.?!]{0,4}(?:ㅠ|포기)|포기하고\s?싶/i,
  switchLender: SWITCH_LENDER,
  rateHigh: RATE_HIGH,
  nonBank: NON_BANK_LENDER,
  canBorrow: CAN_BORROW,
  canSwitch: CAN_SWITCH,
  paymentAsked: PAYMENT_ASKED,
  leftThisMonth: LEFT_THIS_MONTH,
  loanAge: LOAN_AGE,
  yearTotal: YEAR_TOTAL,
  outgoings: OUTGOINGS,
  interestTo: INTEREST_TO,
  lastInstalment: LAST_INSTALMENT,
  ownLoan: OWN_LOAN,
  // Set with request EXTENSION only (extractSlots' last rules), never read on its own.
  extensionRefused: EXTENSION_REFUSED,
  lastPayment: LAST_PAYMENT,
  payoffOrder: PAYOFF_ORDER,
  refunds: REFUNDS,
  refundWhen: REFUND_WHEN,
  night: NIGHT,
  duplicates: DUPLICATE_CHARGE,
  largest: LARGEST,
  foreclosure: FORECLOSURE,
  principalStart: PRINCIPAL_START,
  feeEnd: FEE_END,
  changeWhy: new RegExp(`${CHANGE_WHY.source}|${CHANGE_WHY_CASUAL.source}|${MONTH_HIGH_WHY.source}`, 'i'),
  categoryRise: CATEGORY_RISE,
  interestBurden: INTEREST_BURDEN,
  methodChange: METHOD_CHANGE,
  breakOrBorrow: BREAK_OR_BORROW,
  disputeHow: DISPUTE_HOW,
  rateAssumed: RATE_ASSUMED,
  incomeNeeded: INCOME_NEEDED,
  cardDeduction: CARD_DEDUCTION,
  incomeOnFile: INCOME_ON_FILE,
  // QA round 20 (loans): the DSR of the amount asked; that DSR judged (set by a follow-up only); a raised deposit's top-up;
  // paying late asked as may I.
  dsrAsked: /\bdsr\b|총부채\s?원리금\s?상환\s?비율|원리금\s?상환\s?비율|\bdebt[- ]service ratio\b/i,
  dsrJudged:
    /(?:많은|높은|큰|심한)\s?(?:거|건|편)|괜찮|\bis (?:that|it) (?:a lot|too (?:much|high)|high|bad|ok(?:ay)?)\b/i,
  jeonseTopUp:
    /(?:보증금|전세금|전셋값)\S{0,2}\s?(?:을\s?|를\s?|이\s?|가\s?)?(?:[^.?!]{0,10}\s)?(?:올려|올린|올리|인상|오르|올라|더\s?달라)|(?:전세\s?)?대출\S{0,2}\s?(?:을\s?|를\s?|이\s?)?(?:좀\s?)?더\s?(?:받|돼|되|나와|나올|빌리|빌릴)|증액|\b(?:raise|raises|raised|raising|increase|increased|increases|put up|top[- ]?up)\b[^.?!]{0,25}\b(?:deposit|jeonse)\b|\bdeposit\b[^.?!]{0,20}\b(?:goes? up|going up|raised|increased)\b|\bmore\b[^.?!]{0,15}\bjeonse loan\b/i,
  lateAllowed:
    /늦게\s?(?:내|갚|납부|납입)\S{0,3}\s?(?:도\s?)?(?:돼|되|괜찮|될까)|(?:며칠|몇\s?일|하루|이틀|사흘)\s?(?:만\s?)?(?:미뤄|늦춰)\s?(?:도|서)|\b(?:can|could|may) i\b[^.?!]{0,30}\b(?:pay|make|repay)\b[^.?!]{0,40}\b(?:late|later|after the due date)\b|\bis it (?:ok|okay|fine|alright) (?:to|if i) pay\b[^.?!]{0,30}\blate/i,
  debitBetter:
    /체크\s?카드\S{0,3}\s?(?:가\s?|는\s?|이\s?)?[^.?!]{0,10}(?:더\s?(?:많|유리|낫|좋|커|크)|유리|나아|낫)|\b(?:debit|check) cards?\b[^.?!]{0,25}\b(?:better|more)\b|\bbetter\b[^.?!]{0,25}\b(?:debit|check) cards?\b/i,
  // QA round 22 (carefu): set by extractSlots' own rules for hardship (not read for every intent).
  illness: ILLNESS_SAID,
  okAsked: WILL_BE_OK,
  beforePayday: BEFORE_PAYDAY,
  overdueText: /연체|overdue/i,
  authority: /검찰|경찰|금감원|prosecutor|police/i,
  ownCharge: OWN_CHARGE,
  othersAsked: OTHERS_ASKED,
  stopAsked: STOP_ASKED,
  // QA round 28 (ko28): set by ko28Rule (understand.ts), never read alone.
  irregularIncome: /(?!)/,
  debitOrCredit: /(?!)/,
  lendTo: /(?!)/,
  insuranceCancel: /(?!)/,
  // QA round 24 (plan24): set by plan24Rule (understand.ts), never read alone.
  debtShame: /(?!)/,
  tellFamily: /(?!)/,
  neverLateAsked: /(?!)/,
  newlywedSwitch: /(?!)/,
  scoreDiff: /(?!)/,
  costWhat: /(?!)/,
  sumFrom: /(?!)/,
};
const isFlag = (slot: keyof CounselSlots): slot is FlagSlot => Object.hasOwn(FLAG_SLOTS, slot);

/** A lender said as the customer's own: "my kakao loan", "내 카카오뱅크 대출", "지금 토스 대출", "currently with toss". */
function lenderOwned(text: string, key: string): boolean {
  const alias = LENDERS.find((l) => l.key === key)?.alias;
  if (!alias) return false;
  return new RegExp(
    String.raw`(?:\b(?:my|our|current(?:ly)?(?: with)?|existing)\s(?:loan (?:with|from|at) )?|(?:내|제|우리|지금|현재|기존)\s?(?:대출\S{0,2}\s)?)(?:${alias.source})`,
    'i',
  ).test(text);
}

export function extractSlots(text: string, intent: CounselIntent): CounselSlots {
  const out: CounselSlots = {};
  const slots = INTENT_SLOTS[intent];
  for (const slot of slots) {
    if (isFlag(slot)) {
      // "해외에서 긁은거 빼면", "국내에서 쓴 돈": the domestic payments.
      if (slot === 'overseas' && DOMESTIC.test(text)) out.overseas = false;
      // "평일에는?", "주말 빼고": the weekdays.
      else if (slot === 'weekend' && WEEKDAY.test(text)) out.weekend = false;
      else if (FLAG_SLOTS[slot].test(text)) out[slot] = true;
      continue;
    }
    switch (slot) {
      case 'loan': {
        const v = extractLoanRef(text);
        if (v) out.loan = v;
        break;
      }
      case 'loanKind': {
        const v = extractLoanKind(text);
        if (v) out.loanKind = v;
        break;
      }
      case 'purchase': {
        const v = PURCHASE_ASKED.test(text) ? extractAmount(withoutIncome(text)) : undefined;
        if (v) {
          out.purchase = v;
          out.leftThisMonth = true;
        }
        break;
      }
      case 'saveMonthly':
        // Set with the goal it is the pace of, once every slot is read (below).
        break;
      case 'homePrice': {
        const v = extractHomePrice(text);
        if (v) out.homePrice = v;
        break;
      }
      case 'amount': {
        // "월급이 200만원인데 대출 받을 수 있어요?": the pay is not the amount asked for.
        const v =
          extractAmount(withoutIncome(text)) ??
          (intent === 'SUSPECTED_FRAUD' || intent === 'CARD_TRANSACTIONS'
            ? bareChargeAmount(text)
            : undefined);
        if (v) out.amount = v;
        break;
      }
      case 'getBy': {
        const v = extractGetBy(text);
        if (v) out.getBy = v;
        break;
      }
      case 'dueDateAsked': {
        const v = extractDueDateAsked(text);
        if (v) out.dueDateAsked = v;
        break;
      }
      case 'dueMonth': {
        // "1월 납입은요?": a month named without a day ("1월 18일" is a date, dueDateAsked).
        const day = extractDay(text);
        const v = day?.kind === 'DATE' ? undefined : extractNamedMonth(text);
        if (v !== undefined) out.dueMonth = v;
        const year = v !== undefined ? extractYearOfMonth(text) : undefined;
        if (year !== undefined) out.dueYear = year;
        break;
      }
      case 'dueDayAsked': {
        const v = extractDueDayAsked(text);
        if (v !== undefined) out.dueDayAsked = v;
        break;
      }
      case 'statedIncome': {
        const v = extractStatedIncome(text);
        if (v) out.statedIncome = v;
        break;
      }
      case 'incomeChange': {
        const v = extractIncomeChange(text);
        if (v) out.incomeChange = v;
        break;
      }
      case 'termMonths': {
        const v = extractTermMonths(text);
        if (v) out.termMonths = v;
        break;
      }
      case 'count': {
        const v = extractCount(text);
        if (v) out.count = v;
        else if (YEAR_TOTAL.test(text)) out.count = 12;
        break;
      }
      case 'period': {
        // "지난달 32일부터", "2월 30일", "oct 32": no such date — said so, not another date's figures.
        const none = extractNoSuchDate(text);
        if (none) {
          out.noSuchDate = none;
          break;
        }
        const v = extractPeriod(text);
        if (v) out.period = v;
        break;
      }
      case 'category': {
        // A named merchant answers a spending question by itself ("스타벅스에서 얼마 썼어요?": that merchant,
        // not all of 식비); elsewhere it stands for its category.
        if (out.merchant) break;
        const v =
          extractCategory(text) ??
          (slots.includes('merchant') ? undefined : MERCHANTS.find((m) => m.alias.test(text))?.category);
        if (v) out.category = v;
        break;
      }
      case 'alsoCategory': {
        const others = out.category && !out.merchant ? otherCategories(text, out.category) : [];
        if (!others.length || !out.category) break;
        // In the order they were named ("shopping or food": shopping first); a third and more beside them
        // ("식비랑 쇼핑이랑 교통비": moreCategories), summed first unless which took most is asked.
        const firstAt = text.search(CATEGORY_RULES.find(([c]) => c === out.category)![1]);
        const [one, two, ...more] = [{ category: out.category, at: firstAt }, ...others]
          .sort((a, b) => a.at - b.at)
          .map((c) => c.category);
        [out.category, out.alsoCategory] = [one, two];
        if (more.length) {
          out.moreCategories = more;
          if (!MOST_ASKED.test(text)) out.together = true;
        }
        break;
      }
      case 'paymentsCovered': {
        const v = PAYMENTS_COVERED.test(text) ? extractAmount(text) : undefined;
        if (v) out.paymentsCovered = v;
        break;
      }
      case 'spentOver': {
        const v = SPENT_OVER.test(text) ? extractAmount(text) : undefined;
        if (v) out.spentOver = v;
        break;
      }
      case 'moreAsked': {
        const v = extractMoreAsked(text);
        if (v) out.moreAsked = v;
        break;
      }
      case 'merchant': {
        const v = extractMerchant(text);
        if (v) out.merchant = v;
        break;
      }
      case 'alsoMerchant': {
        const others = out.merchant ? otherMerchants(text, out.merchant) : [];
        if (!others.length || !out.merchant) break;
        // In the order they were named ("emart and coupang": E-Mart first); a third and more beside them
        // ("쿠팡이랑 배민이랑 롯데마트": moreMerchants).
        const at = (name: string) => text.search(MERCHANTS.find((m) => m.name === name)!.alias);
        const [one, two, ...more] = [out.merchant, ...others].sort((a, b) => at(a) - at(b));
        [out.merchant, out.alsoMerchant] = [one, two];
        if (more.length) {
          out.moreMerchants = more;
          // Three or more: their sum first, unless which one took most is asked ("어디서 제일 많이", "which most").
          if (!MOST_ASKED.test(text)) out.together = true;
        }
        break;
      }
      case 'hardship': {
        const v = extractHardship(text);
        if (v) out.hardship = v;
        break;
      }
      case 'relief': {
        const v = extractRelief(text);
        if (v) out.relief = v;
        break;
      }
      case 'forecastSubject': {
        const v = extractForecastSubject(text);
        if (v) out.forecastSubject = v;
        break;
      }
      case 'scoreKind': {
        if (
          /신용\s?(?:점수|등급|평점)|신용\s?(?:에|상|상의|상에)?\s?(?:불이익|영향|타격)|credit (?:score|rating)|\bfico\b|\bbuild (?:up )?(?:my |a |good )?credit\b|\b(?:hurts?|damages?|affects?|ruins?|lowers?|hit|wrecks?|mess(?:es)? up|tanks?|kills?|screws? up|destroys?|trash(?:es)?|dings?) my credit\b/i.test(
            text,
          )
        )
          out.scoreKind = 'CREDIT';
        // "870점이면 괜찮은 편인가요?": a score asked about is the credit bureau's.
        else if (extractCreditEffect(text) === 'GOOD_SCORE') out.scoreKind = 'CREDIT';
        // "며칠까지 늦어도 괜찮아요?": how late before it is reported — the bureaus' thresholds lead.
        else if (LATE_GRACE.test(text)) out.scoreKind = 'CREDIT';
        // QA round 28 (lead). "연체 기록 남아요?", "will it go on my record?": what reaches the credit bureaus, as the score.
        else if (
          /(?:연체|신용)\s?(?:기록|이력|정보)\S{0,2}\s?(?:이\s?|가\s?|은\s?|는\s?)?(?:남|있|생기|올라|등록|공유)|기록\S{0,2}\s?(?:에\s?)?남(?:아|나|을|는)|\b(?:on|in) my (?:credit )?(?:record|history|file)\b|\bcredit (?:record|history|file)\b/i.test(
            text,
          )
        )
          out.scoreKind = 'CREDIT';
        // "이 점수면 대출 더 받을 수 있어?": in a loan question a score is the bureau's.
        else if (intent === 'LOAN_LIMIT' && /점수|\bscore\b/i.test(text)) out.scoreKind = 'CREDIT';
        break;
      }
      case 'scam': {
        const v = extractScam(text);
        if (v) out.scam = v;
        break;
      }
      case 'trendAsk': {
        // Answered for the card spending forecast (the month against this month as a whole).
        if (out.forecastSubject !== 'SPENDING') break;
        if (TREND_DOWN.test(text)) out.trendAsk = 'DOWN';
        else if (TREND_UP.test(text)) out.trendAsk = 'UP';
        break;
      }
      case 'scamKind': {
        const v = extractScam(text) ? extractScamKind(text) : undefined;
        if (v) out.scamKind = v;
        break;
      }
      case 'request': {
        if (OVERSEAS_BLOCK.test(text)) out.request = 'OVERSEAS_BLOCK';
        else if (intent === 'CARD_TRANSACTIONS' && CARD_DECLINED.test(text)) out.request = 'CARD_DECLINED';
        else if (intent === 'CARD_TRANSACTIONS' && CARD_POINTS.test(text)) out.request = 'CARD_POINTS';
        // A suspected fraud's answer has the suspension among its steps: the request is read for a card question.
        else if (intent === 'CARD_TRANSACTIONS' && CARD_SUSPEND.test(text)) out.request = 'CARD_SUSPEND';
        else if (intent === 'CARD_TRANSACTIONS' && CARD_CLOSE.test(text)) out.request = 'CARD_CLOSE';
        else if (DUE_DATE_CHANGE.test(text))
          out.request = CARD_NOT_LOAN.test(text) ? 'CARD_DUE_DATE' : 'DUE_DATE_CHANGE';
        else if (intent === 'NEXT_PAYMENT' && CARD_NOT_LOAN.test(text) && CARD_DUE_ASK.test(text))
          out.request = 'CARD_DUE_DAY';
        else if (AUTO_DEBIT_ACCOUNT.test(text)) out.request = 'AUTO_DEBIT_ACCOUNT';
        else if (DEBT_CERTIFICATE.test(text)) out.request = 'DEBT_CERTIFICATE';
        else if (LOAN_NUMBER_ASKED.test(text)) out.request = 'LOAN_NUMBER';
        else if (LOAN_CONTRACT.test(text)) out.request = 'LOAN_CONTRACT';
        else if (NET_WORTH.test(text)) out.request = 'NET_WORTH';
        // QA round 21 (loan21): a renewal with a raised deposit, a move to monthly rent.
        else if (intent === 'LOAN_BALANCE' && JEONSE_RENEWAL.test(text)) out.request = 'JEONSE_RENEWAL';
        else if (intent === 'LOAN_BALANCE' && WOLSE_SWITCH.test(text)) out.request = 'WOLSE_SWITCH';
        // Before an extension: "전세 만기 돼서 이사 가는데 대출은요?" is about the loan moving with the customer.
        else if (DEPOSIT_NOT_RETURNED.test(text)) out.request = 'DEPOSIT_NOT_RETURNED';
        // QA round 20 (loans): moving abroad, the deposit coming back, a longer term's payment, a balance not falling.
        else if (JEONSE_ABROAD.test(text)) out.request = 'JEONSE_ABROAD';
        else if (DEPOSIT_BACK.test(text)) out.request = 'DEPOSIT_BACK';
        else if (LONGER_TERM.test(text)) out.request = 'LONGER_TERM';
        else if (BALANCE_FLAT.test(text)) out.request = 'BALANCE_FLAT';
        else if (JEONSE_MOVE.test(text)) out.request = 'JEONSE_MOVE';
        // "전세 계약 끝나면 대출 어떻게 갚아요?": repaying at the lease's end — an extension only when named.
        else if (JEONSE_MATURITY.test(text) && !EXTENSION_WORD.test(text)) out.request = 'JEONSE_MATURITY';
        else if (EXTENSION.test(text) || EXTENSION_REFUSED.test(text) || MATURITY_CANT_PAY.test(text))
          out.request = 'EXTENSION';
        else if (CARD_LIMIT.test(text)) out.request = 'CARD_LIMIT';
        // Only where a limit is the question: "카드 한도 초과됐어요" in a hardship message is not asking for it.
        else if (intent === 'LOAN_LIMIT' && CARD_LIMIT_CHECK.test(text)) out.request = 'CARD_LIMIT_CHECK';
        else if (intent === 'NEXT_PAYMENT' && INTEREST_ONLY.test(text)) out.request = 'INTEREST_ONLY';
        else if (intent === 'NEXT_PAYMENT' && PARTIAL_PAYMENT.test(text)) out.request = 'PARTIAL_PAYMENT';
        break;
      }
      case 'interestPaid': {
        if (
          INTEREST_PAID.test(text) ||
          (SINCE_THE_START.test(text) &&
            /이자|\binterest\b/i.test(text) &&
            /냈|낸|납부했|지불했|\bpaid\b/i.test(text))
        )
          out.interestPaid = LAST_YEAR.test(text)
            ? 'LAST_YEAR'
            : !/올해|금년|이번\s?(?:해|년)|연말\s?정산|\bthis year\b|\btax\b|\b20\d\d\b/i.test(text) &&
                SINCE_THE_START.test(text)
              ? 'ALL'
              : 'THIS_YEAR';
        break;
      }
      case 'rateRise': {
        const v = extractRateRise(text);
        if (v) out.rateRise = v;
        break;
      }
      case 'quotedRate': {
        const v = extractQuotedRate(text);
        if (v !== undefined) out.quotedRate = v;
        break;
      }
      case 'rateJudged': {
        const v = extractRateJudged(text);
        if (v !== undefined) out.rateJudged = v;
        break;
      }
      case 'payoffOn': {
        // QA round 20 (loans): "i want to close my loan next month, how much will it be?" — the same day next month,
        // as the follow-up "and if i pay it next month instead?" reads it.
        const v =
          extractDay(text) ??
          (/(?:다음|담)\s?달\s?(?:에|에는|쯤|중에?)|\bnext month\b/i.test(text)
            ? { kind: 'MONTHS_AHEAD' as const, months: 1 }
            : undefined);
        if (v) out.payoffOn = v;
        break;
      }
      case 'rateTo': {
        const v = extractRateTo(text);
        if (v !== undefined) out.rateTo = v;
        break;
      }
      case 'rateFrom': {
        const v = extractRatePair(text)?.[0];
        if (v !== undefined) out.rateFrom = v;
        break;
      }
      case 'statedFee': {
        const v = extractStatedFee(text);
        if (v) out.statedFee = v;
        break;
      }
      case 'productTopic': {
        // A payoff question can only be about the fee, a refinance one about the right to a lower rate; a product
        // question about any term.
        const v = extractProductTopic(text);
        if (v && (intent === 'PRODUCT_QUESTION' || TOPICS_OUTSIDE_PRODUCT[intent]?.includes(v)))
          out.productTopic = v;
        break;
      }
      case 'creditEffect': {
        // "어떻게 하면 올릴 수 있어?" after a credit-score question: raising it (no score word to decide on alone).
        const v =
          extractCreditEffect(text) ??
          // "금융 건강 점수 어떻게 올려요?": fingraph's own score named; the bureau's is extractCreditEffect's.
          (intent === 'HEALTH_SCORE' &&
          RAISE_IT.test(text) &&
          (!/점수|score/i.test(text) || /건강|health/i.test(text))
            ? ('RAISE' as const)
            : undefined);
        if (v) out.creditEffect = v;
        break;
      }
      case 'recommend': {
        const v = extractRecommend(text);
        if (v) out.recommend = v;
        break;
      }
      case 'product': {
        const v = extractRecommend(text) && HOUSE_PRODUCTS.find(([, re]) => re.test(text))?.[0];
        if (v) out.product = v;
        break;
      }
      case 'depositInterest': {
        if (DEPOSIT_INTEREST.test(text))
          out.depositInterest = LUMP_SUM.test(text) && !/적금/.test(text) ? 'LUMP_SUM' : 'INSTALMENT';
        break;
      }
      case 'share': {
        const v = out.amount ? undefined : extractShare(text);
        if (v) out.share = v;
        break;
      }
      case 'missedPayments': {
        const v = extractMissedPayments(text);
        if (v) out.missedPayments = v;
        break;
      }
      case 'payday': {
        const v = extractPayday(text);
        if (v !== undefined) out.payday = v;
        break;
      }
      case 'lateDays': {
        const v = extractLateDays(text);
        if (v) out.lateDays = v;
        break;
      }
      case 'monthAhead': {
        const v = extractMonthAhead(text);
        if (v !== undefined) out.monthAhead = v;
        break;
      }
      case 'forecastMonth': {
        const v = extractMonthAhead(text) === undefined ? extractNamedMonth(text) : undefined;
        if (v !== undefined) out.forecastMonth = v;
        break;
      }
      case 'months': {
        const v = extractMonths(text);
        if (v) out.months = v;
        break;
      }
      case 'goalMonth': {
        const v = extractGoalMonth(text);
        if (v) out.goalMonth = v;
        break;
      }
      case 'moneyOnHand': {
        const v = MONEY_ON_HAND.test(text) ? extractAmount(text) : undefined;
        if (v) out.moneyOnHand = v;
        break;
      }
      case 'balanceAfter': {
        const v = extractMonthsAhead(text);
        if (v) out.balanceAfter = v;
        break;
      }
      case 'prepayAfter': {
        const v = extractMonthsAhead(text);
        if (v && v <= MAX_PREPAY_AFTER) out.prepayAfter = v;
        break;
      }
    }
  }
  // QA round 23 (care23). "현금서비스 써도돼요?", "can i use a cash advance?": whether to, not what it is.
  if (
    out.productTopic === 'CASH_ADVANCE' &&
    /(?:써|받아|해|이용해|당겨)\s?도\s?(?:돼|되|될까|괜찮)|\b(?:can|could) i (?:use|take|get)\b|\bis it (?:ok|okay|fine|bad)\b/i.test(
      text,
    )
  )
    out.adviceAsked = true;
  // Someone in the family ill, or money needed for their care: met first, whatever is asked.
  if (FAMILY_CARE.test(text)) out.familyCare = true;
  // Revolving's cost, and everything owed with the card, are worked out on the bill due this month.
  if (out.revolvingCost || out.debtWithCard) out.cardBill = true;
  // QA round 24 (spend24b). The month's use asked beside the bill; the loan's payment beside it; the fixed outgoings.
  if (!out.cardBill) delete out.spentAsked;
  if (!out.spentAsked) delete out.loanPaymentToo;
  if (!out.recurring) delete out.fixedCosts;
  // "할부전환 수수료 얼마야?": the fee's example is worked on the bill due this month (QA round 20).
  if (out.productTopic === 'INSTALMENT_FEE') out.cardBill = true;
  // "일본여행에서 카드 얼마 긁었지?": a trip abroad is the card's payments abroad (spread over food, shopping…, not
  // the travel category).
  // (With no period named or inherited, the last twelve months: understandWith.)
  // ("not counting my japan trip", "일본 여행 빼고": the domestic ones, overseas false, kept — the trip left out is
  // not the travel category asked for.)
  if (
    out.overseas === false &&
    out.category === 'TRAVEL' &&
    /(?:여행|출장)[^.?!]{0,6}(?:빼|제외|말고)|\b(?:not counting|excluding|except|without) (?:the |my )?(?:\w+ )?(?:trip|travel|holiday|vacation)\b/i.test(
      text,
    )
  )
    delete out.category;
  if (TRIP_ABROAD.test(text) && INTENT_SLOTS[intent].includes('overseas') && out.overseas !== false) {
    out.overseas = true;
    if (out.category === 'TRAVEL') delete out.category;
  }
  // "지난달보다 이번달 덜 쓰고 있어?": this month (the subject) against last month (the baseline), not last month's.
  if (
    out.compare &&
    /(?:지난|저번)\s?달\S{0,2}\s?(?:보다|에\s?비해|대비)/.test(text) &&
    /(?:이번|이)\s?달(?!\S{0,2}\s?(?:보다|에\s?비해|대비))/.test(text) &&
    INTENT_SLOTS[intent].includes('period')
  )
    out.period = { kind: 'THIS_MONTH' };
  // "이번 달 예산 안에서 쓰고 있어?": the budget, with this month against it.
  if (out.onTrack) out.budget = true;
  else delete out.overBudgetAsked;
  // "total interest I paid last year" asks what was paid, not what is left to pay.
  if (out.interestPaid) delete out.interestLeft;
  // "지난달 이자 냈지?": whether last month's payment went out (the latest repayment), not the year's interest.
  if (out.lastPayment) delete out.interestPaid;
  // "im 20 and make like 19m a year, how much should i be saving each month": the figure is what they earn, not a
  // savings goal (the answer is what a month leaves from their own figures).
  if (
    intent === 'SAVINGS' &&
    /\b(?:make|makes|making|earn|earns|earning|take home|get paid|salary (?:is|of)|income (?:is|of))\b(?: like| about| around| roughly| only)?\s(?:₩|krw\s?)?[\d.,]+\s?(?:k|m|mil|million|won)?\s?(?:won\s)?(?:a|per|each) (?:year|month)\b/i.test(
      text,
    )
  )
    delete out.amount;
  // "한달 생활비 백만원으로 살 수 있을까요?": a month's living on it, set against the last three months (÷ 3) — only with
  // an amount to live on.
  // "my monthly budget is 800k, how much can i spend per day for the rest of the month": the budget's rest this month.
  if (out.getByMonth && out.budget && out.leftThisMonth) delete out.getByMonth;
  // "이번달 예산 100만원인데 얼마 남았어?", "what's left of my 1 million budget this month?": that budget's rest this month.
  if (
    intent === 'SAVINGS' &&
    out.budget &&
    out.amount &&
    !out.getBy &&
    /남았|남은|남아|\bleft\b|\bremaining\b/i.test(text)
  )
    Object.assign(out, { leftThisMonth: true, getBy: out.amount });
  // "신용카드 소득공제 얼마나 받을 수 있어요?": this year's card spending is what it is worked out on.
  if (out.cardDeduction) out.period = { kind: 'THIS_YEAR' };
  // QA round 21 (care21). "연말정산 의료비 공제 되나요?": this year's medical spending against 3 % of the pay, not the
  // loan-interest deduction; "남편이 몰래 카드론 받은 것 같아요": a family member's loan, not what a card loan is.
  if (intent === 'PRODUCT_QUESTION' && MEDICAL_DEDUCTION.test(text)) {
    Object.assign(out, { medicalDeduction: true, category: 'MEDICAL', period: { kind: 'THIS_YEAR' } });
    delete out.productTopic;
  }
  if (intent === 'PRODUCT_QUESTION' && SPOUSE_LOAN.test(text)) {
    out.spouseLoan = true;
    delete out.productTopic;
    delete out.loanKind;
  }
  // "how much will my jeonse interest be in 2027 total?": a year of instalments, summed.
  if (intent === 'REPAYMENT_SCHEDULE' && YEAR_OF_INTEREST.test(text))
    Object.assign(out, { yearTotal: true, count: 12 });
  // QA round 18. "12월에 나갈 돈 총 얼마야", "대출이자랑 카드값 합치면 한달에 얼마?": a month's instalments and card bill —
  // the month ahead ("12월" the next such month, resolved on the turn's day), this month when none is named; the bill
  // is set from it then (resolveNamedMonth), not a past month's spending nor the bill alone.
  // "3월까지 이자 총 얼마?", "내년에 내야 할 이자": the interest of the instalments due to that month's end, or in next
  // calendar year — not the whole term's, a year from now, nor the named month's payment alone.
  if (intent === 'REPAYMENT_SCHEDULE' && NEXT_YEAR_INTEREST.test(text)) out.interestTo = true;
  if (out.outgoings || out.interestTo) spanMonth(text, out);
  if (out.getByMonth && !out.getBy) delete out.getByMonth;
  if (out.getByMonth) out.period = { kind: 'LAST_N_MONTHS', months: 3 };
  // "올해 이자 얼마 냈어요?": interest paid, not principal repaid.
  if (out.interestPaid || out.lastPayment) delete out.repaidSoFar;
  // QA round 21 (loan21). "raise the deposit by 30 mil": the rise at a renewal.
  if (out.request === 'JEONSE_RENEWAL') {
    const raise = extractAmount(text);
    if (raise) out.depositRaise = raise;
  }
  // QA round 21 (loan21). "did i pay my loan on time last month?": the ledger's payment of that month (0: the latest).
  if (intent === 'LOAN_BALANCE' && PAID_ON_TIME.test(text)) {
    out.lastPayment = true;
    out.onTimeMonthsBack = /지지난\s?달|\bthe month before last\b/i.test(text)
      ? 2
      : /지난\s?달|저번\s?달|\blast month\b/i.test(text)
        ? 1
        : 0;
  }
  // QA round 21 (loan21). "오토론 받아도 될까요 월 40만원정도": the monthly payment, not the amount borrowed.
  if (
    intent === 'LOAN_LIMIT' &&
    out.amount &&
    !out.statedIncome &&
    (out.loanKind === 'AUTO' || /오토론|(?:자동)?차\s?(?:대출|할부)|\b(?:car|auto) loan\b/i.test(text)) &&
    new Decimal(out.amount).lte(5_000_000) &&
    MONTHLY_AMOUNT_SAID.test(text)
  ) {
    out.monthlyPay = out.amount;
    delete out.amount;
    delete out.yesNo;
  }
  if (out.deferWaived) out.deferInterest = true;
  // QA round 21 (loan21). "how much interest would i save if i pay 10m by march", "3월에 1000만원 갚으면": the
  // prepayment after that month's instalment (the month made prepayAfter on the turn's day, resolveNamedMonth).
  if (intent === 'PREPAYMENT_EFFECT' && out.amount && out.prepayAfter === undefined) {
    const by = PREPAY_BY_MONTH.exec(text);
    const month = !by
      ? undefined
      : by[2]
        ? Number(by[2])
        : EN_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, 'i').test(by[1])) + 1 || undefined;
    if (month !== undefined) out.forecastMonth = month;
  }
  if (intent === 'REFINANCE' && NET_OF_COSTS.test(text)) out.angle = 'NET';
  // QA round 21 (loan21). "깎아달라고 하면 깎아줘요?": the rate-cut right, not guaranteed, first.
  if (intent === 'REFINANCE' && RATE_CUT_PLEA.test(text)) {
    out.productTopic = 'RATE_CUT_RIGHT';
    out.refinanceLead = 'WILL_CUT';
  }
  // "만기 되면 연장되나요": the extension is the question, the maturity only its occasion.
  if (out.request === 'EXTENSION') delete out.maturity;
  // "Is the rate fixed?": the rate types, answered with their own loan's first.
  if (intent === 'PRODUCT_QUESTION' && RATE_TYPE_ASK.test(text)) {
    out.productTopic = 'RATE_TYPES';
    out.ownLoan = true;
  }
  // "카카오뱅크 대출 상환방식이 뭐에요? 원리금균등이에요?": a yes/no about one method, or a lender's loan named — their own
  // loan's method answers it, the definitions after.
  if (
    intent === 'PRODUCT_QUESTION' &&
    out.productTopic === 'REPAYMENT_METHODS' &&
    (/(?:원리금\s?균등|원금\s?균등|만기\s?일시|거치)(?:\s?상환)?(?:식)?\s?(?:이에요|예요|인가요|이죠|맞|이야|인지|이지)|\bis (?:it|my loan|mine) (?:an? )?(?:equal|amorti[sz]ing|bullet|interest[- ]only)\b/i.test(
      text,
    ) ||
      extractLoanRef(text) !== undefined)
  )
    out.ownLoan = true;
  // "거치기간 있어요?": whether their own loan has one — its terms first, the definition after.
  if (
    intent === 'PRODUCT_QUESTION' &&
    out.productTopic === 'GRACE_PERIOD' &&
    /거치\s?기간\S{0,2}\s?(?:이\s?|은\s?)?(?:있|없|얼마|몇|남|언제)|\b(?:do i|is there|have i)\b|\bmy\b/i.test(
      text,
    )
  )
    out.ownLoan = true;
  // "상환 방식 바꿀 수 있어요?": the repayment methods, about their own loan.
  if (out.methodChange) {
    out.productTopic = 'REPAYMENT_METHODS';
    out.ownLoan = true;
  }
  // "지출이 왜 늘었어요?": a change is a comparison.
  if (out.changeWhy || out.categoryRise) out.compare = true;
  if (out.nextReset) out.rateChange = true;
  // "연장 안 되면 어떡해요?": what happens without it comes first.
  // "만기 때 한꺼번에 못 갚으면 어떡하죠": the same — the lump sum due then, and the ways to meet it.
  if (out.request === 'EXTENSION' && (EXTENSION_REFUSED.test(text) || MATURITY_CANT_PAY.test(text)))
    out.extensionRefused = true;
  // QA round 21 (care21). "집주인이 연장 안해준다는데 어떡하죠": the lease, not the loan, refused — the tenant's options first.
  if ((intent === 'LOAN_BALANCE' || intent === 'HARDSHIP') && LANDLORD_REFUSES.test(text)) {
    out.landlordRefuses = true;
    out.request = 'EXTENSION';
    delete out.extensionRefused;
  }
  // "1397은 뭐에요?", "실업급여 받으면 괜찮을까요" (decided hardship by their cue): what the line is, the benefit.
  if (intent === 'HARDSHIP' && HELPLINE_ASKED.test(text)) out.hardshipAsk = 'HELPLINE';
  else if (intent === 'HARDSHIP' && UNEMPLOYMENT_BENEFIT.test(text))
    Object.assign(out, { hardship: 'LOST_JOB', hardshipAsk: 'BENEFIT' });
  // QA round 22 (carefu). "실직했는데 몇 달 버틸 수 있어요?": the month's outgoings against what is on file.
  else if (intent === 'HARDSHIP' && RUNWAY_ASKED.test(text)) out.hardshipAsk = 'RUNWAY';
  // QA round 22 (carefu). A scam text saying a loan is overdue; a prosecutor, the police or the FSS impersonated.
  if (intent === 'SUSPECTED_FRAUD' && out.scam) {
    if (
      /연체|미납|overdue|past due|late payment|unpaid/i.test(text) &&
      /문자|카톡|메시지|링크|\btext|\bsms\b|\bmessage|\blink\b/i.test(text)
    )
      out.overdueText = true;
    if (/검찰|경찰|금감원|금융감독원|수사관|검사|prosecutor|police|\bfss\b|financial supervisory/i.test(text))
      out.authority = true;
  }
  // QA round 22 (carefu). The customer's own illness ("갑자기 입원하게됐어요"), with the months off work when said.
  if (intent === 'HARDSHIP' && ILLNESS_SAID.test(text) && !FAMILY_CARE.test(text)) {
    out.illness = true;
    if (out.reassure && WILL_BE_OK.test(text)) out.okAsked = true;
    const off = extractMonthsOff(text);
    if (off) out.monthsOff = off;
    // QA round 23 (care23). "수술때문에 두달 쉬어야 하는데 카드값이랑 대출 어떻게해요?" (or the loan alone): the card bills
    // due in those months beside the loan payments; "will i be ok?" keeps its yes first (reassureLines).
    if (off && (out.cardBill || !out.okAsked)) {
      out.offCardBills = true;
      delete out.cardBill;
    }
  }
  // QA round 22 (carefu). Money short before payday: what is due before it, first; the payday said as a day or a span.
  if (intent === 'HARDSHIP' && BEFORE_PAYDAY.test(text)) {
    out.beforePayday = true;
    const inDays = extractPaydayInDays(text);
    const day = extractPayday(text);
    if (inDays) out.paydayInDays = inDays;
    else if (day !== undefined) out.payday = day;
    // QA round 24 (en24b). "다음 주 payday 전에 돈이 없어요": payday next week, its day not said.
    else if (/다음\s?주|\bnext week\b/i.test(text)) out.paydayNextWeek = true;
  }
  // "대출 연체된거 있어요? 문자가 왔는데 무서워요": the text, too (a payment notice or smishing).
  if (intent === 'ARREARS' && TEXT_SAID.test(text)) out.textMessage = 'SAID';
  // "또래보다 많이 써요?": other customers, not the customer's own earlier period.
  // "…incl flights": a trip abroad's, every payment there (online too) and the flights bought at home.
  if (out.withFlights && !out.overseas && !TRIP_ABROAD.test(text)) delete out.withFlights;
  // "통신비 왜 매달 회사가 달라요?": that category's charges by company — not its monthly average.
  if (out.merchantSwitch && !out.category) delete out.merchantSwitch;
  if (out.merchantSwitch) delete out.monthlyAverage;
  if (out.peers) delete out.compare;
  else delete out.peerGap;
  // QA round 22 (verdict). "저 과소비하는 거예요?", "am i overspending?": whether they spend too much.
  // ("요즘 카드를 너무 많이 쓰는 것 같아요" says a feeling, not a question: the comparison or the month, as before.)
  // ("카드값이 너무 많이 나왔어요" is the bill that came, answered as the bill.)
  if (
    intent === 'SPENDING' &&
    SPEND_VERDICT.test(text) &&
    !/(?:것|거)\s?같아(?:요)?\s*[.!~]*\s*$/.test(text) &&
    !/나왔|나와서|나옴|청구\s?(?:됐|되었)|\b(?:came in|was billed)\b/i.test(text)
  )
    out.spendVerdict = 'TOO_MUCH';
  // QA round 22 (verdict). "과소비 줄이는 법", "식비 너무 많이 써요?", "제일 많이 쓴 데": how to cut, a category's or a shop's
  // spending — not the verdict on the whole of it.
  if (
    out.spendVerdict &&
    (out.reduce ||
      out.category ||
      out.merchant ||
      out.largest ||
      out.categoryCut ||
      out.top ||
      out.topMerchant)
  )
    delete out.spendVerdict;
  // QA round 22 (verdict). "정상인가요?", "is my spending normal?" asks the other way round from "too much?".
  if (out.spendVerdict)
    out.spendVerdict =
      /정상|적당|괜찮|보통|평균|\b(?:normal|average|typical|reasonable|ok(?:ay)?|healthy|fine)\b/i.test(
        text,
      ) && !/과소비|너무\s?많|too much|over\s?-?spend/i.test(text)
        ? 'NORMAL'
        : 'TOO_MUCH';
  // QA round 22 (spendfu). "food delivery n eating out", "배달음식이랑 외식": both — eating out, which holds the delivery
  // apps — not the delivery apps alone.
  if (
    intent === 'SPENDING' &&
    out.merchant === '배달앱' &&
    /외식|식당|밥집|eating out|\beat(?:ing)? out\b|dining|restaurants?/i.test(text)
  ) {
    delete out.merchant;
    out.category = 'FOOD';
  }
  // QA round 22 (spendfu). "지난달에 왜 이렇게 많이 썼어?": last month against the month before it (MONTHS_AGO 1
  // compares so), not this month against last month.
  if (intent === 'SPENDING' && out.changeWhy && out.period?.kind === 'LAST_MONTH') {
    out.period = { kind: 'MONTHS_AGO', months: 1 };
    // Its "why" is the answer: where the rise came from, first (categoryRise).
    out.categoryRise = true;
  }
  // "매달 얼마 써요?" against other customers is the peers' question; a named month is not an average.
  if (out.peers || (out.period && out.period.kind !== 'LAST_N_MONTHS')) delete out.monthlyAverage;
  // "한 달 평균 카드값": an average of spending, not this month's bill.
  if (out.monthlyAverage && intent === 'SPENDING') delete out.cardBill;
  // "엄마가 아프셔서 … 대출 이자 좀 줄일 수 있을까요": the interest weighs — the options with what a lower rate takes off.
  if (intent === 'HARDSHIP' && INTEREST_CUT.test(text)) out.interestBurden = true;
  // "카드 최소결제금액 얼마예요?": the bill it is a part of, read with the revolving answer.
  if (intent === 'PRODUCT_QUESTION' && MINIMUM_PAYMENT.test(text)) out.cardBill = true;
  // "월급이 반으로 줄었어요": an income cut said is an income drop.
  if (intent === 'HARDSHIP' && !out.hardship && out.incomeChange?.startsWith('-'))
    out.hardship = 'INCOME_DROP';
  // "주말이랑 평일 중에 언제 더 많이 써요?": the two sets of days side by side — neither alone, nor two periods.
  if (out.weekdaysVsWeekends) {
    delete out.weekend;
    delete out.compare;
  }
  // "내년 카드 지출 예측해줘", "다음 분기 지출": the months of that year or quarter as a whole (their sum), not a span from
  // now; a rate's outlook "내년" stays a span of 12 months.
  if (out.forecastSubject === 'BASE_RATE' || out.forecastSubject === 'LENDING_RATE') {
    delete out.nextYear;
    delete out.nextQuarter;
  }
  // QA round 21 (card21). "카드값 할부로 돌리면 얼마씩 내요?", "카드값 6개월 할부로 돌리면 얼마야?": the bill due this month
  // converted, over the months said (0: the usual 3, 6 and 12).
  if (
    intent === 'PRODUCT_QUESTION' &&
    out.productTopic === 'INSTALMENT_CONVERSION' &&
    out.cardBill &&
    /얼마|몇|\bhow much\b/i.test(text)
  ) {
    const m = extractTermMonths(text);
    out.conversionMonths = m !== undefined && m >= 2 && m <= 36 ? m : 0;
  }
  // QA round 21 (card21). "3개월 후 카드값 얼마 나올 것 같아요?", "whats my card bill gonna be in 3 months": the card
  // spending of the month that many ahead (not a span of three from now).
  if (intent === 'FORECAST' && out.cardBill) {
    out.forecastSubject = 'SPENDING';
    const ahead = extractMonthsAhead(text);
    if (ahead !== undefined && ahead <= 12) {
      delete out.months;
      out.monthAhead = ahead;
    }
  }
  if (out.nextYear || out.nextQuarter) {
    delete out.months;
    delete out.monthAhead;
    if (out.nextYear && out.nextQuarter) delete out.nextYear;
  }
  // "이자 계산이 틀린 것 같은데요": how it is worked out, then how to have it checked; "원금은 하나도 안 줄어요?": why
  // the principal stays (an interest-only loan), the same answer.
  if (out.interestDispute || (slots.includes('interestWhy') && PRINCIPAL_FLAT.test(text)))
    out.interestWhy = true;
  // "10월은 31일인데 이자가 9월이랑 똑같네요?": why, not October's instalment.
  if (out.interestWhy) delete out.dueMonth;
  // "연체이자 얼마예요?", "how much is the penalty exactly", "납부일 하루 지났는데 연체이자 얼마 붙어요?": an amount,
  // not the rate — what a day late would cost on the next instalment (the rate said with it).
  if (
    intent === 'ARREARS' &&
    out.lateDays === undefined &&
    !out.ifLate &&
    /얼마|\bhow much\b/i.test(text) &&
    /연체\s?이자|지연\s?이자|\bpenalty\b|\blate fee\b/i.test(text) &&
    !/몇\s?(?:프로|퍼센트|%)|%|\brate\b|이율|금리|\bpercent/i.test(text)
  )
    out.lateDays = 1;
  // "월 30만원 저축하면 1년에 얼마", "월 백만원씩 2년 모으면 얼마 돼요?": an amount put in every month — the instalment
  // savings it adds up to, not a goal of that amount.
  if (
    intent === 'SAVINGS' &&
    out.amount &&
    !out.depositInterest &&
    MONTHLY_AMOUNT.test(text) &&
    !/\bhow long\b|\buntil\b|얼마나\s?걸|몇\s?(?:달|개월|년)/i.test(text)
  )
    out.depositInterest = 'INSTALMENT';
  // "숙박비 빼면요?", "지난달 여행 빼면 얼마 썼어?", "excluding travel": that category taken out of the total.
  if (slots.includes('without')) {
    const w = WITHOUT.exec(text);
    const cut = w ? extractCategory(w[1] ?? w[2]) : undefined;
    if (cut) {
      out.without = cut;
      if (out.category === cut) delete out.category;
      // "여행 빼면" is no "in Korea only".
      if (out.overseas === false && !DOMESTIC_SAID.test(text)) delete out.overseas;
    }
  }
  // "청년 희망 적금에 월 70만원씩 1년 넣으면 이자 얼마?", "5 million in flexible savings for a year interest?": the interest
  // of the product named, on its terms — a monthly plan for the youth savings, a lump sum for the term deposit, either
  // for flexible savings as said.
  if (
    intent === 'SAVINGS' &&
    out.amount &&
    (out.product === 'SAVINGS_YOUTH' || out.product === 'SAVINGS_FREE' || out.product === 'DEPOSIT_12M') &&
    (out.depositInterest || /이자|수익|\binterest\b|\bearn/i.test(text))
  )
    out.depositInterest =
      out.product === 'SAVINGS_YOUTH'
        ? 'INSTALMENT'
        : out.product === 'DEPOSIT_12M'
          ? 'LUMP_SUM'
          : MONTHLY_AMOUNT.test(text)
            ? 'INSTALMENT'
            : 'LUMP_SUM';
  // "월 30씩 적금 2년", "적금 월 50 1년 이자": a bare figure put in every month is said in 만원, as pay is.
  if (intent === 'SAVINGS' && !out.amount) {
    const bare =
      /(?:월|매달|매월|한\s?달에?)\s?(\d{1,4})(?![\d,.]|\s?(?:만|천|원|%|퍼|프로|개월|년|일|회|번|월|살|세))\s?(?:씩)?/.exec(
        text,
      );
    if (bare && /적금|저축|모으|모아|넣|저금|예금|씩/.test(text)) {
      out.amount = String(Number(bare[1]) * 10_000);
      if (DEPOSIT_INTEREST.test(text) && !out.depositInterest) out.depositInterest = 'INSTALMENT';
    }
  }
  // "2028년에 1억6900 한번에 갚아야 돼요? 그런 돈 없는데..": the sum due at maturity, not there — what follows.
  if (intent === 'LOAN_BALANCE' && (out.lumpSum || out.maturity) && SUM_MISSING.test(text)) {
    out.request = 'EXTENSION';
    out.extensionRefused = true;
  }
  // "매달 50만원씩 모으면 1000만원 언제 모여요?", "if I save 500k a month, how long until 10 million": the amount put in
  // every month is the pace, the larger other one the goal — the months it takes at that pace, not the instalments.
  if (intent === 'SAVINGS') {
    const pace = MONTHLY_AMOUNT.exec(text);
    const monthly = pace ? extractAmount(pace[0]) : undefined;
    const goal =
      pace && monthly
        ? extractAmount(`${text.slice(0, pace.index)} ${text.slice(pace.index + pace[0].length)}`)
        : undefined;
    if (monthly && goal && new Decimal(goal).gt(monthly)) {
      out.saveMonthly = monthly;
      out.amount = goal;
      delete out.depositInterest;
    }
  }
  // "왜 이렇게 낮아요?", "why so low?": a judgement of the score — the score, its grade and what moved it answer it.
  if (out.scoreWhy && /낮|높|\b(?:low|high|bad|poor)\b/i.test(text)) delete out.scoreWhy;
  // "적금 금리 제일 높은 거 뭐예요?": the products of that kind, the highest rate first.
  if (out.highestRate && !out.recommend && slots.includes('recommend')) {
    if (/적금|예금|저축|\bsavings\b|\bdeposits?\b/i.test(text)) out.recommend = 'SAVINGS';
    else if (/카드|\bcards?\b/i.test(text)) out.recommend = 'CARD';
  }
  // "한 번에 다 갚으면 얼마예요?" is a payoff; only the obligation asked ("갚아야 돼요?", "do I have to") is the lump sum's.
  if (out.lumpSum && !LUMP_SUM_OWED.test(text)) delete out.lumpSum;
  // "온라인이랑 오프라인 중에 어디서 더 많이 써요?": the two side by side, not online alone against another period.
  if (out.onlineVsOffline) {
    delete out.online;
    delete out.compare;
  }
  // "이마트랑 홈플러스 중에 어디서 더 많이 썼어요?": the two shops side by side, not one of them against another period.
  // "이번 달 배달음식 10만원 넘었어?", "did i spend more than 500k on shopping last month?": the period against the amount
  // said, not against the period before.
  if (out.spentOver) {
    delete out.compare;
    delete out.moreAsked;
  }
  if (out.alsoMerchant || out.alsoCategory) delete out.compare;
  // "합쳐서" / "combined" is read only of two shops or categories (a sum of one is its total).
  else delete out.together;
  // A yes or no is answered only of an amount to borrow.
  if (!out.amount) delete out.yesNo;
  // "스타벅스 몇 번 갔어?": a shop's count, "how many purchases did I make this month": the period's; a ranking asked
  // for ("제일 자주 가는 곳") carries its own counts.
  if (out.howMany && (out.frequentMerchant || out.topMerchant || out.top)) delete out.howMany;
  // "집값 4억짜리 사려면 주담대 얼마나 나와요?": the 4억 is the home's price, not the loan asked for; a home's price means a
  // mortgage.
  if (out.homePrice) {
    // "집값 6억인데 2억 빌리면?": the amount asked for is another figure than the price.
    const asked = extractAmount(withoutIncome(text.replace(HOME_PRICE, ' ')));
    if (asked && asked !== out.homePrice) out.amount = asked;
    else {
      delete out.amount;
      // "집 3억이면 대출 얼마 나와요?": no amount asked, so no yes or no about one.
      delete out.yesNo;
    }
    out.loanKind ??= 'MORTGAGE';
  }
  // "3억 대출 가능해요?": the yes or no is about that amount (yesNo), not about any loan at all.
  if (out.amount) delete out.canBorrow;
  // QA round 20 (loans): a top-up is a jeonse loan's; the DSR asked leads only for an amount to borrow.
  if (out.loanKind !== 'JEONSE') delete out.jeonseTopUp;
  if (!out.amount) delete out.dsrAsked;
  // "3.77%면 괜찮은 금리예요?": the rate is judged, not a quote to switch at.
  if (out.rateJudged !== undefined) delete out.quotedRate;
  // QA round 24 (loan24). "toss offered 3.2%, should i switch?", "토스 대출 3.2%래요": the lender named beside a quoted rate
  // is where the quote comes from, not a loan of the customer's (was a loan with lender toss, "not found") — unless it
  // is said as theirs ("my kakao loan", "내 카카오뱅크 대출").
  if (out.quotedRate !== undefined && out.loan?.lender && !lenderOwned(text, out.loan.lender)) {
    const { lender: _quoter, ...loan } = out.loan;
    if (Object.keys(loan).length) out.loan = loan;
    else delete out.loan;
  }
  // "last month compared to the month before", "지난달이랑 그 전달": last month against the one before it, not this
  // month against last month (what "지난달보다 더 썼어?" asks).
  // "지난달에 지지난달보다 더 썼어?": last month against the month before it (not the month before against the one
  // before that).
  if (
    out.compare &&
    (out.period?.kind === 'LAST_MONTH' ||
      (out.period?.kind === 'MONTHS_AGO' && out.period.months === 2 && LAST_MONTH_TOO.test(text))) &&
    MONTH_BEFORE.test(text)
  )
    out.period = { kind: 'MONTHS_AGO', months: 1 };
  // "6월이랑 7월 중에 언제 더 많이 썼어?", "8월이랑 9월 비교해줘": the later of two months in a row, against the other.
  // "3분기랑 2분기 비교해줘", "how does Q3 compare to Q2": the later of two quarters in a row, against the other.
  const quarters = quartersNamed(text);
  if (quarters.length === 2 && Math.abs(quarters[0] - quarters[1]) === 1 && intent === 'SPENDING') {
    out.period = quarterDays(Math.max(...quarters), text);
    out.compare = true;
  }
  // ("oct 20 to nov 10", "9월부터 10월까지": one span of days, not two months side by side.)
  const pair = out.period?.kind === 'DATES' ? undefined : monthPair(text);
  // (QA round 21, spend21: "how much did i spend in total in sept vs oct" — "vs" sets them side by side, "in total"
  // is each month's whole.)
  if (pair && intent === 'SPENDING' && FLAG_SLOTS.together.test(text) && !MONTHS_SET_AGAINST.test(text)) {
    // "7월이랑 8월 합쳐서", "july and august combined": the two months as one span, summed.
    const first = pair === 1 ? 12 : pair - 1;
    out.period = { kind: 'DATES', from: { month: first, day: 1 }, through: { month: pair, day: 31 } };
    delete out.compare;
  } else if (pair && intent === 'SPENDING') {
    out.period = { kind: 'NAMED_MONTH', month: pair };
    out.compare = true;
  }
  // "작년 이맘때랑 비교하면?", "이번 달 지출 작년 같은 기간이랑 비교해줘": the period asked (the one said beside it, else
  // none: a follow-up inherits it) against its days a year earlier — "작년" there is the other side, not the period.
  if (out.yearAgo) {
    out.compare = true;
    const asked = extractPeriod(text.replace(YEAR_AGO, ' '));
    if (asked) out.period = asked;
    else delete out.period;
  }
  // "why has my rate increased?": a change that happened, not a what-if rise.
  if (out.rateChange) delete out.rateRise;
  // "금리가 5%로 오르면": to 5 %, not up by 5 %p.
  if (out.rateTo !== undefined) delete out.rateRise;
  // "하루 늦게 내면 연체이자 얼마예요?": the days late are the question, not the rate.
  if (out.lateDays || out.missedPayments || out.payday) delete out.penaltyRateAsked;
  // "해외에서 쓴 카드값 얼마예요?": what was spent abroad, not the bill due — unless a bill is named (청구, 결제일, 명세서).
  if (
    out.overseas &&
    out.cardBill &&
    !/청구|결제일|결제\s?(?:금액|액)|명세서|나와|나올|나가|\bbill\b|\bstatement\b|\bdue\b/i.test(text)
  )
    delete out.cardBill;
  // "What's my monthly subscription total, and yearly?": a year of the recurring charges only.
  if (!out.recurring) delete out.yearly;
  // "한 달에 200만원씩 갚으면": an amount paid every month in all — unless it is said to be extra ("더", "extra").
  if (out.inAll) {
    if (out.everyMonth || !out.amount) delete out.inAll;
    else out.everyMonth = true;
  }
  // "Can I afford my current loan on 3 million won a month?": the amount is the pay, not an amount to borrow.
  if (out.affordHeld && out.amount) {
    if (!out.statedIncome && /a month|per month|monthly|월/i.test(text))
      out.statedIncome = {
        annual: new Decimal(out.amount).times(12).toFixed(0),
        monthly: out.amount,
      };
    delete out.amount;
  }
  // "전세 보증금 3억이면 전세대출 얼마까지 돼요?": the amount is the lease's deposit, not an amount to borrow.
  if (
    out.loanKind === 'JEONSE' &&
    out.amount &&
    /보증금|전세금|전셋값|전세\s?가격|\bdeposit\b/i.test(text) &&
    !/빌리|빌릴|받고\s?싶|\bborrow/i.test(text)
  ) {
    // "raise the deposit by 30m", "보증금 3천 올려달래요": the rise, not the deposit — nor an amount to borrow.
    if (
      !/\b(?:raise|increase|put up|go up|up)\b[^.?!]{0,25}\bby\b|올려|올린|인상|오른다|더\s?달라/i.test(text)
    )
      out.jeonseDeposit = out.amount;
    delete out.amount;
  }
  // "3천만원 빌리면 한 달에 얼마?": the payment of the amount asked (requestedPayment), not the limit's.
  if (out.amount) delete out.paymentAsked;
  // "What if I get a raise to 3.5 million?", "연봉이 2천만원으로 오르면": the income named is the what-if (today's
  // limit beside the one it gives), not a +10 % rise; "연봉 5천인데 10% 오르면" keeps both.
  if (out.statedIncome && !INCOME_CHANGE_PCT.test(text)) {
    delete out.incomeChange;
    if (INCOME_MOVES_TO.test(text)) out.statedIncome = { ...out.statedIncome, whatIf: true };
  }
  // "만기 연장하면 금리 올라가요?": the extension's rate, not a what-if rise.
  if (out.request === 'EXTENSION') delete out.rateRise;
  // "If rates are cut, how much less interest do I pay?": the what-if's change, not the interest left to pay.
  if (out.rateRise !== undefined) delete out.interestLeft;
  // "수수료 감안해도 이득?": whether it pays with the fee counted, not what the fee is.
  if (
    out.switchCost &&
    /감안|고려|포함해도|치더라도|빼고도|내고도|even with|after (?:the )?(?:fees?|costs?)|including (?:the )?(?:fees?|costs?)|worth it/i.test(
      text,
    )
  )
    delete out.switchCost;
  // "중도상환수수료 30만원이면 갈아타는게 이득?": the switch with that fee, not what the fee on file is.
  if (out.statedFee) delete out.switchCost;
  // QA round 24 (en24b). "was there any foreign transaction fee": the fee on their own card use abroad — the year's
  // overseas spending read for an estimate (answers.ts overseasFeeEstimateLine).
  if (
    intent === 'PRODUCT_QUESTION' &&
    out.productTopic === 'OVERSEAS_CARD_FEES' &&
    /\b(?:was there|were there|did i (?:pay|get)|have i (?:paid|been charged)|was i charged|did (?:they|it) charge|i paid)\b|냈어|냈나|붙었|나갔|청구됐|얼마\s?(?:나왔|냈)/i.test(
      text,
    )
  ) {
    out.overseas = true;
    out.period ??= { kind: 'LAST_N_MONTHS', months: 12 };
  }
  // QA round 24 (en24b). "중도상환수수료 있어요?" after a refinance answer: the prepayment fee itself, said first.
  if (out.switchCost && PREPAY_FEE_WORD.test(text)) out.prepayFeeAsked = true;
  // "카드값 줄이는 방법": a usual month's categories to cut, not the bill due this month.
  if (out.reduce) delete out.cardBill;
  // "다음 달 카드값 얼마 나올까?": next month's bill is this month's spending (so far).
  if (
    out.cardBill &&
    intent === 'SPENDING' &&
    NEXT_BILL.test(text) &&
    (!out.period || out.period.kind === 'THIS_MONTH')
  ) {
    out.nextBill = true;
    out.period = { kind: 'THIS_MONTH' };
  }
  // "why is my card bill so high this month?", "이번달 카드값 왜 이렇게 많이 나왔어?": the bill due (last month's spending,
  // its largest categories), not this month's spending so far against last month's.
  if (out.cardBill && out.changeWhy && (!out.period || out.period.kind === 'THIS_MONTH')) {
    delete out.changeWhy;
    delete out.compare;
    // QA round 20 (spend): and what made it — the billed month's largest merchants.
    if (intent === 'SPENDING') out.topMerchant = true;
  }
  // QA round 23 (card23). "how much if i only pay the minimum?" alone: the card bill's minimum and revolving, as
  // "최소결제하면 얼마에요?" (a loan named is not the card's).
  if (intent === 'PRODUCT_QUESTION' && out.minimumIfPaid && !out.productTopic && !out.ownLoan) {
    out.productTopic = 'REVOLVING';
    out.cardBill = true;
  }
  // "매달 나가는 구독료": the recurring charges, not a month's average.
  if (out.recurring) delete out.monthlyAverage;
  // "150만원짜리 노트북 사도 될까요?": the price is weighed against the month, not a savings goal.
  if (out.purchase) delete out.amount;
  // "why does my card bill keep going up every month": what moved it, not a month's average.
  if (out.changeWhy) delete out.monthlyAverage;
  // "가장 많이 쓴 가게": the merchants answer it; the category ranking is only their fallback.
  if (out.topMerchant) delete out.top;
  // "10월에 제일 많이 쓴 날": the day, not the category or the merchant.
  if (out.topDay) {
    delete out.top;
    delete out.topMerchant;
  }
  // "제일 자주 가는 가게": by the number of purchases — over the last 3 months unless a period is named.
  if (out.frequentMerchant) {
    delete out.top;
    delete out.topMerchant;
    out.period ??= { kind: 'LAST_N_MONTHS', months: 3 };
  }
  // "두 번 결제됐어요": the charge twice, not two items asked for.
  if (out.duplicates) delete out.count;
  // QA round 22 (loanleft). "전세대출 연장 안되면 이사가야돼요?", "if they don't extend my jeonse loan do i have to move
  // out?": whether moving out follows a refused extension — the extension refused, with the move asked (not a move
  // planned: the jeonse loan moving with the customer).
  if (
    intent === 'LOAN_BALANCE' &&
    MOVE_OUT_ASKED.test(text) &&
    (EXTENSION_REFUSED.test(text) ||
      MATURITY_CANT_PAY.test(text) ||
      /\b(?:don'?t|do not|won'?t|doesn'?t|refuse to|not) (?:extend|renew)\b/i.test(text)) &&
    !out.landlordRefuses
  ) {
    out.request = 'EXTENSION';
    out.extensionRefused = true;
    out.moveOutAsked = true;
  }
  // QA round 22 (loanleft). "이거 다 이자예요?" before "이자만 내도 되나요?": the split asked, not leave to skip principal.
  if (out.splitAsked && out.request === 'INTEREST_ONLY') delete out.request;
  // "대출 두 번 냈어요": the record of this month (the latest repayment, lastPayment, kept beside it), not two items.
  if (out.paidTwice) delete out.count;
  return out;
}

/** Slots as "name=value" pairs ("loan.kind=MORTGAGE", "period=LAST_N_MONTHS:3"): the unit of slot F1. */
export function slotPairs(slots: CounselSlots): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(slots) as [keyof CounselSlots, unknown][]) {
    // QA round 23 (mix23): nextMonthSaid only carries the month to a correction — not a slot of the question's own.
    if (v === undefined || k === 'nextMonthSaid') continue;
    if (k === 'loan') {
      for (const [lk, lv] of Object.entries(v as LoanRefSlot))
        if (lv !== undefined) out.push(`loan.${lk}=${lv}`);
    } else if (k === 'period') {
      const p = v as PeriodSlot;
      const md = (d: MonthDay) => `${d.year ? `${d.year}/` : ''}${d.month ?? ''}/${d.day}`;
      const detail =
        'months' in p
          ? `:${p.months}`
          : p.kind === 'LAST_N_DAYS'
            ? `:${p.days}`
            : p.kind === 'DATES'
              ? `:${md(p.from)}-${p.through ? md(p.through) : ''}`
              : '';
      out.push(`period=${p.kind}${detail}`);
    } else out.push(`${k}=${String(v)}`);
  }
  return out.sort();
}

// ---------------------------------------------------------------- masking for the intent model

/**
 * The text with slot values replaced by placeholders — loan kinds and lenders → Ⓛ, spending categories and
 * merchants → Ⓒ, digits → 0 — so the intent model learns "Ⓛ 다음 납입일" once instead of once per loan kind.
 */
export function maskSlotValues(text: string): string {
  let t = text;
  for (const [re, placeholder] of maskRules()) t = t.replace(re, placeholder);
  return t.replace(/\d/g, '0').replace(/\s+/g, ' ').trim();
}

let masks: [RegExp, string][] | undefined;

/** The masking patterns, compiled once (global versions of the extractors' patterns). */
function maskRules(): [RegExp, string][] {
  masks ??= [...LOAN_KIND_RULES.map(([, re]) => re), ...LENDERS.map((l) => l.alias)]
    .map((re): [RegExp, string] => [new RegExp(re.source, 'gi'), ' Ⓛ '])
    .concat(
      [...MERCHANTS.map((m) => m.alias), ...CATEGORY_RULES.map(([, re]) => re)].map(
        (re): [RegExp, string] => [new RegExp(re.source, 'gi'), ' Ⓒ '],
      ),
    );
  return masks;
}

// ---------------------------------------------------------------- QA round 22 (cardif)

/** Spending more said in Korean: "더 쓰면", "쓸 것 같은데", "긁으면", "결제하면", "쓸 예정". */
const EXTRA_SPEND_KO =
  /(?:쓰면|쓰게\s?되면|쓴다면|쓰게\s?된다면|긁으면|결제하면|지출하면|쓸\s?(?:것|거)\s?같|쓸\s?예정|쓰려고|쓰려는데|쓸\s?건데|쓸\s?거면|쓸\s?계획)/;
/** Spending more said in English: "if i spend 1m more", "if I put 500k on my card", "a 1m trip", "charge 300k". */
const EXTRA_SPEND_EN =
  /\b(?:if|when|what if|suppose|say)\s(?:i|we)\s(?:\w+\s)?(?:spend|put|charge|use|blow|drop)\b|\b(?:i'?ll|i will|i'?m (?:going|planning) to|i plan to|gonna|planning to)\s(?:\w+\s)?(?:spend|put|charge|use)\b|\bafford (?:a |an |the |to spend )?(?:₩|krw\s?)?[\d,.]+\s?(?:k|m|mn|mil|million|thousand|won|krw)?\b/i;
/** The loan's payment still met beside a purchase: "대출 갚을 수 있을까요", "and still pay my loan" (QA round 23, mix23). */
const STILL_PAY_LOAN =
  /(?:대출|이자|납입)\S{0,2}\s?(?:은|는|을|를|도)?\s?(?:갚|낼|내|납입|상환)\S{0,3}\s?(?:수\s?있|될까|되나|돼|가능|괜찮|문제)\S*|\b(?:and|but) still (?:be able to )?(?:pay|make|cover|afford|keep up with)\b(?: (?:my|the|our))?(?: next)?(?: (?:loan|mortgage|jeonse))?(?: (?:payments?|instal?lments?|loan|interest))?/i;
/** A purchase said in Korean: "50만원짜리 폰 사도", "사면", "살까". */
const PURCHASE_KO = /짜리|사도|사면|살까|구매|구입/;

/** A balance to bring the loan down to: "1.5억으로 줄이려면", "1억 5천까지 낮추려면", "get it down to 150 million". */
const TARGET_BALANCE =
  /((?:\d[\d,.]*\s?(?:억|천만|천|백만|만)\s?){1,3}(?:\d[\d,]*)?|\d{1,3}(?:,\d{3}){2,}|\d{7,})\s?(?:원\s?)?(?:으로|로|까지|이하로|밑으로)\s?(?:줄이|줄일|낮추|낮출|낮춰|만들|맞추|떨어뜨)|\b(?:get|bring|pay) (?:it|the (?:loan|balance)|my (?:loan|balance))? ?down to (?:₩\s?|krw\s?)?([\d,.]+\s?(?:k|m|mn|mil|million|thousand)?(?: won)?)/i;

/**
 * QA round 25 (fixko2). The balance a loan is to be brought down to, in won ("전세대출 1.5억으로 줄이려면 얼마 갚아야
 * 돼요?" → 150000000): the prepayment is the principal left less it (was the balance alone).
 */
export function extractTargetBalance(text: string): string | undefined {
  const m = TARGET_BALANCE.exec(text);
  if (!m) return undefined;
  const said = extractAmount((m[1] ?? m[2]).trim() + (m[1] ? '원' : ''));
  return said && new Decimal(said).gte(1_000_000) ? said : undefined;
}

/** An expense the customer needs: "등록금이 500만원 필요한데", "학비로 300 들어가는데", "이사비용 내야 하는데". */
const EXPENSE_NEEDED_KO =
  /필요한데|필요해서|필요하면|필요할\s?(?:것|거)\s?같은데|(?:들어가|드)는데|들\s?(?:것|거)\s?같은데|(?:내야|마련해야|준비해야)\s?(?:하는데|해서|돼서|되는데|할\s?것\s?같은데)/;

/** The month a season starts: "봄" March, "여름" July, "가을" September, "겨울" December (spending said of a season). */
function seasonMonth(text: string): number | undefined {
  const m = /(봄|여름|가을|겨울)(?=에|\s|$|학기|방학)/.exec(text);
  return m ? { 봄: 3, 여름: 7, 가을: 9, 겨울: 12 }[m[1] as '봄' | '여름' | '가을' | '겨울'] : undefined;
}

/** Whether it can be afforded: "감당될까요", "괜찮을까요", "가능할까요", "can I afford", "will I be ok". */
const AFFORD_ASKED =
  /감당|괜찮을까|괜찮나|괜찮아요\s?[?？]|될까요|되나요|돼요\s?[?？]|가능할까|가능한가|무리일까|무리인가|버틸|\bafford\b|\bbe (?:ok|okay|fine|alright)\b|\bmanage\b|\bcover (?:it|that)\b/i;

/**
 * QA round 22 (cardif). More put on the card in a month, asked of the bill it lands on ("다음달에 100만원 더 쓰면
 * 카드값?", "if i spend 1m more next month whats my card bill", "if I put 500k on my card this month") or whether it can
 * be afforded ("12월에 여행가면 100만원 정도 쓸 것 같은데 감당될까요?", "can I afford a 1m trip in december?"): the amount
 * (`extraSpend`), the month it is spent (`monthAhead`: this month 0, next month 1; a month named: `forecastMonth`) and
 * `affordAsked`. A purchase with no month and no card bill named ("150만원짜리 노트북 사도 될까요?") stays this month's
 * money left; less spent ("100만원 덜 쓰면") is a cut, and anything of a loan is the loan's.
 */
export function extractExtraCardSpend(full: string): CounselSlots | undefined {
  // QA round 25 (fixko2). "내년 봄에 아이 대학 등록금이 500만원 필요한데 감당이 될까요?": an expense of that amount the
  // customer needs, asked whether it can be met, is weighed like spending that much (was the debt-workout answer).
  const needed =
    EXPENSE_NEEDED_KO.test(full) && AFFORD_ASKED.test(full) && !/감당이?\s?안|못\s?(?:내|낼|갚)/.test(full);
  if (needed) {
    const said = extractAmount(full);
    if (!said || new Decimal(said).lt(10_000)) return undefined;
    const named = extractNamedMonth(full) ?? seasonMonth(full);
    const ahead = named === undefined ? extractMonthAhead(full) : undefined;
    if (ahead !== undefined && ahead > 1) return undefined;
    return {
      extraSpend: said,
      forecastSubject: 'SPENDING',
      ...(named !== undefined ? { forecastMonth: named } : { monthAhead: ahead ?? 0 }),
      affordAsked: true,
    };
  }
  // QA round 23 (mix23). "50만원짜리 폰 사도 대출 갚을 수 있을까요?", "can i afford a 500k phone and still pay my loan",
  // "can i spend 300k on a trip in december and still make my loan payment": the loan's payment still met is what is
  // weighed (affordAsked), not a loan asked about — a purchase with no month is this month's (was a 500k loan, hardship,
  // or last December's travel spending).
  const stillLoan = STILL_PAY_LOAN.exec(full);
  const text = stillLoan ? full.replace(stillLoan[0], ' ') : full;
  if (
    !EXTRA_SPEND_KO.test(text) &&
    !EXTRA_SPEND_EN.test(text) &&
    !(stillLoan && (PURCHASE_KO.test(text) || /\b(?:buy|get|spend|afford)\b/i.test(text)))
  )
    return undefined;
  if (
    /대출|이자|상환|갚|원금|월세|적금|저축|아끼|\bloans?\b|\binterest\b|\brepay|\bpay (?:off|back|down)\b|\bprepay|\bsave\b|\bsavings\b|\bmortgage\b|\brent\b/i.test(
      text,
    )
  )
    return undefined;
  // QA round 23 (card23). Less spent ("덜", "less", "줄이면") or an amount with a minus ("-5m more"): never more spending —
  // with the card bill named, the bill with that much less (a negative `extraSpend`); otherwise a cut, not read here.
  const less = /덜|줄이|\bless\b|\bcut\b|(?:^|[\s(])[-−–]\s?(?:₩\s?)?\d/i.test(text);
  if (less && !(CARD_BILL.test(text) || /카드|\bcard\b/i.test(text))) return undefined;
  const said = extractAmount(text);
  if (!said || new Decimal(said).lt(10_000)) return undefined;
  const amount = less ? new Decimal(said).negated().toFixed() : said;
  const named = extractNamedMonth(text);
  const ahead = named === undefined ? extractMonthAhead(text) : undefined;
  const billSaid = CARD_BILL.test(text) || /카드|\bcard\b/i.test(text);
  // Spent further ahead than next month ("3개월 후에 100만원 쓰면") is not read here; the month must be said, or the card.
  if (named === undefined && ahead === undefined && !billSaid && !stillLoan) return undefined;
  if (ahead !== undefined && ahead > 1) return undefined;
  // "이번달 남은 기간 하루에 얼마씩 쓰면 돼? 30만원 남았어": the month's money left spread over its days.
  if (/얼마\S{0,2}\s?(?:씩\s?)?쓰면|하루에|남았|남은\s?돈|\bper day\b|\ba day\b|\bleft\b/i.test(text))
    return undefined;
  const afford =
    (!!stillLoan || AFFORD_ASKED.test(text)) &&
    !/카드\s?값\S{0,3}\s?(?:은|는|이|가)?\s?(?:얼마|몇)|\bhow much\b|\bwhat(?:'s| is| would)\b[^.?!]{0,20}\bbill\b/i.test(
      text,
    );
  // "이번달에 150만원짜리 노트북 사도 될까요?", "can i afford a 1.5 million won laptop this month": this month's money
  // left weighs it (the purchase), unless the card bill is named.
  if (afford && named === undefined && (ahead ?? 0) === 0 && !CARD_BILL.test(text) && !stillLoan)
    return undefined;
  return {
    extraSpend: amount,
    forecastSubject: 'SPENDING',
    ...(named !== undefined ? { forecastMonth: named } : { monthAhead: ahead ?? 0 }),
    ...(afford ? { affordAsked: true } : {}),
  };
}

/**
 * QA round 22 (cardif). A card bill asked further ahead than the forecast reaches ("99개월 후 카드값", "card bill in 99
 * months"): the months said (more than 12), so the answer says it is out of reach instead of this month's bill.
 */
export function cardBillBeyondReach(text: string): number | undefined {
  if (!CARD_BILL.test(text)) return undefined;
  // QA round 23 (card23). "99999개월 후 카드값": any number of months said, however large (extractMonthsAhead reads
  // up to 360), is out of reach — not this month's bill.
  const said = MONTHS_AHEAD_SAID.exec(text);
  const raw = said ? extractMonths(said[0]) : undefined;
  const ahead = extractMonthsAhead(text) ?? (raw !== undefined && raw > 360 ? raw : undefined);
  return ahead !== undefined && ahead > 12 ? ahead : undefined;
}

/** QA round 22 (cardif). The longest conversion of the card bill into instalments read (`conversionMonths`: 2–36). */
export const CONVERSION_MAX_MONTHS = 36;
