// Keyword cues of the counsel intents: unambiguous domain phrases that add a fixed boost (tuned on the training
// split by `npm run train:intents`) to the intent model's log-probabilities. The char n-gram model covers
// paraphrases no list names; the cues fix the confident cases a model trained on a few hundred lines misses.
import type { CounselIntent } from '../counsel-intents';
import {
  AUTO_DEBIT_ACCOUNT,
  ILLNESS_SAID,
  BEFORE_PAYDAY,
  FAMILY_CARE,
  extractRecommend,
  MATURITY_CANT_PAY,
  BREAK_OR_BORROW,
  CARD_NOT_LOAN,
  DEBT_CERTIFICATE,
  JEONSE_MOVE,
  PAYMENTS_COVERED,
  BARE_MINIMUM,
  TRIP_ABROAD,
  LOAN_PAID_TWICE,
  JEONSE_MATURITY,
  RATE_TYPE_ASK,
  EXTENSION_WORD,
  DEPOSIT_NOT_RETURNED,
  JEONSE_ABROAD,
  DEPOSIT_BACK,
  JEONSE_RENEWAL,
  WOLSE_SWITCH,
  PAID_ON_TIME,
  HELD_BURDEN,
  RATE_CUT_PLEA,
  LONGER_TERM,
  BALANCE_FLAT,
  BUDGET,
  CARD_BILL,
  CARD_DECLINED,
  CARD_CLOSE,
  CARD_POINTS,
  ON_TRACK,
  LOAN_BY_CARD,
  quartersNamed,
  COSTLIEST_LOAN,
  DEBT_FREE,
  MONTHLY_INTEREST,
  AFFORD_HELD,
  DEBT_LEVEL,
  DEBT_TO_INCOME,
  DEPOSIT_BALANCE,
  CARD_INSTALMENTS,
  DISPUTE_HOW,
  INCOME_NEEDED,
  YEAR_OF_INTEREST,
  OUTGOINGS,
  INTEREST_TO,
  NEXT_YEAR_INTEREST,
  DUPLICATE_CHARGE,
  PREPAYMENT_FEE,
  EXTENSION,
  EXTENSION_REFUSED,
  extractAmount,
  extractCreditEffect,
  extractDay,
  extractDueDateAsked,
  extractNamedMonth,
  cardBillAhead,
  extractIncomeChange,
  extractPeriod,
  extractRateTo,
  extractRateJudged,
  extractStatedFee,
  extractMissedPayments,
  extractPayday,
  extractQuotedRate,
  extractLender,
  MONTH_HIGH_WHY,
  extractRateRise,
  extractStatedIncome,
  extractScam,
  LAST_PAYMENT,
  LEFT_THIS_MONTH,
  LAST_INSTALMENT,
  RATE_RISE,
  RATE_CUT,
  extractLoanRef,
  PAYOFF_SAVING,
  PAYOFF_SUM_NEEDED,
  balanceAheadAsked,
  NIGHT,
  LOAN_AGE,
  LATE_GRACE,
  extractGetBy,
  METHOD_CHANGE,
  NEXT_BILL,
  RATE_HIGH,
  monthPair,
  INTEREST_ONLY,
  PARTIAL_PAYMENT,
  RATE_CHANGE,
  NEXT_RESET,
  RECURRING,
  REDUCE_SPENDING,
  TOP_MERCHANT,
  TOP_SPENDING,
  FREQUENT_MERCHANT,
  TOP_DAY,
  DAILY_AVERAGE,
  LARGEST_BOUGHT,
  RATE_CUT_ASKED,
  INTEREST_CUT,
  TAX_DEDUCTION_ASKED,
  CARD_DEDUCTION,
  NON_BANK_LENDER,
  DEBT_WITH_CARD,
  NO_MONEY_SAID,
  FINANCIAL_STANDING,
  SCORE_ENOUGH_FOR_LOAN,
  LOAN_NUMBER_ASKED,
  LOAN_CONTRACT,
  NET_WORTH,
  REPAYMENT_HISTORY,
  INCOME_ON_FILE,
  extractLateDays,
  PEERS,
  MISTAKEN_TRANSFER,
  INHERITED_DEBT,
  GUARANTEE,
  DEBT_RELIEF,
  EVERY_MONTH_EXTRA,
  FIRED,
  DEFER_ASKED,
  CATEGORY_RISE,
  PAY_A_MONTH,
  MINIMUM_IF_PAID,
  MINIMUM_PAYMENT,
  HOUSING_SUBSCRIPTION,
  OVERSEAS_CARD_FEES,
  POLICY_LOANS,
  INSTALMENT_CONVERSION,
  RETIREMENT,
  CARD_RATES,
  CARD_TYPES,
  COFIX_ASKED,
  CARD_ANNUAL_FEE,
  INTEREST_FREE_INSTALMENTS,
  INSTALMENT_FEE,
  INSTALMENT_MONTHS,
  extractProductTopic,
  FORECLOSURE,
  PURCHASE_ASKED,
  PRINCIPAL_START,
  REPAY_WHEN,
  DEPOSIT_INTEREST,
  INTEREST_DISPUTE,
  extractMerchant,
  REISSUE,
  REASSURE,
  VERSUS_SAVING,
  PRINCIPAL_FLAT,
  extractSlots,
  YEAR_TOTAL,
  withoutIncome,
  MONEY_ON_HAND,
  BILL_DUE,
  HELPLINE_ASKED,
  UNEMPLOYMENT_BENEFIT,
  MEDICAL_DEDUCTION,
  SPOUSE_LOAN,
} from './slots';

/** Product terms that decide a product question by themselves (slots.ts PRODUCT_TERMS names their topics). */
const DECIDING_PRODUCT_TERMS: readonly RegExp[] = [
  MISTAKEN_TRANSFER,
  INHERITED_DEBT,
  GUARANTEE,
  MINIMUM_PAYMENT,
  HOUSING_SUBSCRIPTION,
  OVERSEAS_CARD_FEES,
  POLICY_LOANS,
  INSTALMENT_CONVERSION,
  RETIREMENT,
];

/** The card's product terms (QA round 20): its annual fee, interest-free instalments, instalment months and fee. */
const CARD_TERMS: readonly RegExp[] = [
  CARD_ANNUAL_FEE,
  INTEREST_FREE_INSTALMENTS,
  INSTALMENT_FEE,
  INSTALMENT_MONTHS,
];

/** A card's own rate named ("카드 이자율", "interest rate on my credit card"), not a card loan's or a loan's by card. */
function cardRateAsked(text: string): boolean {
  return CARD_RATES.test(text) && extractProductTopic(text) === 'CARD_RATES';
}

/** Self-blame about handling money: "돈관리 진짜 못하는 것 같아요", "돈 관리 엉망이에요", "I'm terrible with money". */
const MONEY_SELF_BLAME =
  /\b(?:i )?(?:feel )?(?:so )?(?:stupid|dumb|useless|hopeless|bad|terrible) (?:about|with|at) (?:money|my finances|managing money)\b|(?:돈|가계|재정|재무|살림)\s?관리\S{0,2}\s?(?:를\s?|을\s?|가\s?|는\s?)?(?:진짜\s?|너무\s?|정말\s?|완전\s?|왜\s?이렇게\s?)?(?:못|엉망|안\s?(?:돼|되)|꽝|최악)|\bi(?:'m| am) (?:so |really |just )?(?:terrible|bad|hopeless|awful|useless) (?:with|at) (?:money|managing (?:my )?money|budgeting|finances)\b/i;

/** One case-insensitive pattern matching any of the given ones (a cue and the slot phrases that also name it). */
function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join('|'), 'i');
}

export const INTENT_CUES: Partial<Record<CounselIntent, RegExp>> = {
  NEXT_PAYMENT:
    // "지난번에 낸 대출금 얼마였어요?", "did my last payment go through?": the latest repayment, then the next.
    anyOf(
      /(?<!(?:적금|예금|저축)[^.?!]{0,10})(?:대출\s?)?이자\S{0,2}\s?(?:는\s?)?(?:한\s?달에\s?|매달\s?|매월\s?|월\s?)?얼마(?:나|씩)?\s?(?:나와|나가|내)|납입일|납부일|상환일|결제일|(?:다음|이번)\s?(?:회차|납입|납부|상환)|(?:이번|다음|담)\s?달?\s?(?:에\s?)?(?:대출|원리금|이자).{0,6}(?:얼마|언제)|빠져\s?나가|자동\s?이체\s?날짜|(?:낼|갚아야\s?할)\s?(?:금액|돈)|(?:\d{1,2}\s?월|다다음\s?달)\S{0,2}\s?(?:에\s?)?(?:내는|낼|나가는|갚는)\s?(?:돈|금액|대출금|이자|원리금|거)|이번에\s?낼|taken out|owe this month|charged\b|next (?:loan )?(?:payment|installment|instalment|repayment|debit)|due date|payment (?:due|date(?!s))|is due|\bwhen(?:'s| is| are| do| does)\b[^.?!]{0,30}\bdue\b|\bwhen\b[^.?!]*\bbill\b[^.?!]*\bdue\b|monthly payment|when do i pay/i,
      LAST_PAYMENT,
      PARTIAL_PAYMENT,
      // "아니 이자가 왜이렇게 비싸요 진짜 짜증나네": why the interest is what it is (an angry tail made it chit-chat) —
      // not why a rate went up (the rate change, LOAN_BALANCE's).
      /이자\S{0,2}\s?(?:가\s?|는\s?|이\s?)?왜\s?(?:이렇게\s?|이리\s?|그렇게\s?)?(?:비싸|비쌈|많|높)|왜\s?(?:이렇게\s?|그렇게\s?)?(?:대출\s?)?이자\S{0,2}\s?(?:가\s?|이\s?)?(?:비싸|많|높)|\bwhy (?:is|are) (?:my |the )?(?:loan )?interest(?: payments?)? (?:so |this )?(?:high|much|expensive)\b/i,
      INTEREST_ONLY,
      MONTHLY_INTEREST,
      /(?:납입|상환|납부|이자\s?낼|낼)\s?(?:일|날|날짜)\S{0,3}\s?(?:까지\s?)?(?:며칠|몇\s?일)|\bhow many days (?:until|till|before|left)\b[^.?!]{0,20}\b(?:payment|instal?ment|due|pay)\b/i,
    ),
  LOAN_BALANCE:
    // "금리가 왜 올랐어요?": the loan's own rate history, not an outlook. "When will I be debt free?": the maturity.
    anyOf(
      DEBT_FREE,
      // "이거 언제까지 갚아야 돼?": the maturity.
      /언제\s?까지\s?(?:다\s?|전부\s?)?(?:갚|상환)/,
      // "대출 받은 지 얼마나 됐어?": when it was taken out.
      LOAN_AGE,
      /(?:총|전체|남은|앞으로\s?낼|앞으로\s?내야\s?할)\s?이자|interest (?:did|have) i (?:already )?pa(?:y|id)|interest i(?:'ve| have)? paid|(?:낸|납부한)\s?(?:대출\s?)?이자|이자\S{0,2}\s?(?:를\s?)?(?:얼마나?\s?)?(?:냈|납부했)|이자\s?(?:를\s?|는\s?)?(?:앞으로\s?)?(?:총|전부|모두|다\s?합쳐)|total interest|total cost of (?:my |the )?(?:\w+ )?(?:loan|mortgage)|interest (?:left|remaining|will i pay|do i (?:still )?(?:pay|owe))|잔액(?!\s?(?:이\s?)?부족)|잔금|남은\s?(?:원금|금액|대출금|돈|(?:상환\s?)?기간|회차)|갚을\s?원금|얼마\s?쓰고|남은\s?거|잔여|아직\s?얼마|끌어\s?썼|얼마\s?남|몇\s?(?:년|개월|회)\s?(?:더\s?)?남|만기(?!\s?일시)|언제\s?끝나|(?:전세|임대차|집)?\s?계약\s?(?:이\s?)?(?:끝나|끝날|만료|종료)[^.?!]{0,12}대출|언제\s?(?:쯤\s?)?(?:(?:다|전부|모두)\s?(?:갚|상환)|완납)|remaining|left on|still owe|outstanding|matur|when (?:does|will|do) (?:my|the|i) (?:\w+ )?(?:loan )?(?:end|finish|be (?:fully )?paid off|mature|pay (?:it )?off)|end date|how many (?:years|months)|balance|fully paid|how much (?:have i )?used/i,
      RATE_CHANGE,
      NEXT_RESET,
    ),
  PAYOFF_QUOTE:
    /\bpay (?:my |the )?(?:\w+ )?(?:loan|mortgage|debt) off\b|\bpay off (?:my |the )?(?:\w+ )?(?:loan|mortgage) (?:early|now|today|in full)\b|(?<!언제\s?(?:쯤\s?)?)완납|완제|전액\s?상환|(?<!언제\s?(?:쯤\s?)?)(?:다|전부|싹|한\s?번에|한꺼번에)\s?(?:다\s?)?(?:갚|상환|정리|끝내)(?![^?.!]{0,12}(?:몇\s?(?:년|개월|달|회|번)|언제|기간))|(?<!만기\s?)일시\s?상환|청산|(?<!when (?:will|do|can|would) i (?:\w+ )?)pay (?:it all |everything |)off|payoff|settle|close (?:out|my)|clear (?:all|the|it)|fully repay|in full/i,
  REPAYMENT_SCHEDULE: anyOf(
    PRINCIPAL_START,
    /일정|스케[줄쥴]|계획표|상환표|회차별|회차까지|언제\s?언제|(?:\d+|두|세|네)\s?번\s?(?:납입|갚|낼)|상환\s?계획|schedule|amorti[sz]ation|upcoming (?:\w+ )?(?:payment|installment|repayment)|future payments|next \d+ (?:payments|installments)|each installment|installments|each of the next|calendar|timeline/i,
  ),
  ARREARS:
    /(?:잔고|잔액)\S{0,2}\s?(?:이\s?|가\s?)?(?:부족|모자라|모자르|없)\S{0,3}\s?(?:하면|으면|면)|(?:통장|계좌)\S{0,3}\s?(?:에\s?)?(?:돈|잔고|잔액)\S{0,2}\s?(?:이\s?|가\s?)?(?:부족|모자라|모자르|없)\S{0,3}\s?(?:하면|으면|면|할\s?때|한데|는데)|\b(?:not enough|no) (?:money|funds|balance) in (?:my |the )?(?:account|bank)\b[^.?!]{0,30}\b(?:what happens|debit|payment)|(?:못|안)\s?(?:내|갚|납부하|납입하)\S{0,2}\s?(?:면|으면)\s?(?:어떻게|어찌|무슨\s?일)|\bwhat (?:happens|will happen|would happen) if i (?:can'?t|cannot|don'?t|do not|miss|stop|fail to) (?:pay|make)|자동\s?이체\S{0,3}\s?(?:실패|안\s?(?:되|돼|됐)|못\s?(?:하|했)|불능)|잔액\s?부족|\b(?:auto(?:matic)?[- ]?(?:debit|payment|pay)|direct debit|standing order)s? (?:fails?|failed|bounces?|bounced|didn'?t go through)\b|\binsufficient funds\b|연체(?!\s?될|\s?안\s?되게|하지\s?않게|할\s?(?:것|까))|밀린|지연\s?배상|지연\s?이자|납부\s?(?:안\s?된|못\s?한)|overdue|arrears|past due|late (?:fee|payment|on)|penalty (?:interest|rate)|late interest|delinquent|miss(?:ed)? (?:a )?payments?|behind on|pay late|(?:며칠|몇\s?일|하루|이틀|사흘|일주일)\s?(?:만\s?)?(?:늦게|늦|밀리|밀려|지나)|늦게\s?(?:내|납부|갚)|\bhow (?:late|long) (?:can|could|may) i (?:pay|be late|leave|wait)|\b(?:days?|weeks?) late\b|bounced?/i,
  // Losing the home to the lender (FORECLOSURE, the slot's own phrases) is hardship too.
  HARDSHIP: anyOf(
    /\b(?:scared|afraid|terrified|frightened|worried)\b[^.?!]{0,40}\b(?:debts?|loans?|owe)\b|\bbecause of (?:my |all my |the )?debts?\b|\blose everything\b|못\s?(?:내|낼|갚)|\bdefault(?:ing)? on\b|\bgo(?:ing)? into default\b|\bbankrupt|파산|부도\s?(?:날|나|직전)|(?:월급|급여|봉급|월급날)\S{0,2}\s?(?:이\s?|가\s?)?(?:늦|밀리|밀려|안\s?들어|못\s?받|체불)|\b(?:salary|paycheck|pay ?check|wages?|pay)\b (?:is|was|has been|comes?|came|are|were|will be|got) (?:late|delayed|held up)|\b(?:haven'?t|didn'?t|have not|did not) (?:been |get |got )?paid (?:yet|this month|on time)|(?:상환|납입|납부|이자)\S{0,2}\s?못\s?(?:하|할|해)|연체\s?될\s?(?:까|것)|연체할\s?(?:것|까)|갚을\s?(?:돈이|길이|수가)\s?없|낼\s?돈이?\s?없|실직|해고|권고\s?사직|육아\s?휴직|출산\s?휴가|휴직|\b(?:parental|maternity|paternity|unpaid|sick|medical) leave\b|유예|미뤄|미룰|기한\s?연장|막막|버거|감당이?\s?안|채무\s?조정|개인\s?회생|신용\s?회복|돌려\s?막|잠이\s?안|빚\s?때문|빚이\s?너무|can'?t (?:pay|afford|sleep)|cannot (?:pay|keep up)|\bcan (?:barely|hardly) (?:pay|afford|make|keep up)|\binterest is (?:killing|crushing) me\b|(?:can'?t|cannot|won'?t be able to|unable to) make (?:my |the |this |next |a )*(?:\w+ )?(?:payments?|instal?lments?|repayments?)|not (?:going to )?be able to pay|laid off|lost my job|\bcan'?t ever pay\b|\bnever (?:be able to )?pay (?:this|it|them|my debts?) off\b|between jobs|\b(?:look|looking|search|searching) for (?:work|a (?:new )?job)\b|\b(?:can|could|may) i (?:stop paying|skip (?:a |my |the )?payments?|hold off on (?:my |the )?payments?)\b|overwhelm(?![^.?!]{0,20}\b(?:work|job|school|studies|exams?|kids)\b)|defer|postpone|pause|hardship|struggling|drowning|more debt than|worried about my debt|too (?:many|much) debts?\b|(?:anxious|stressed|scared|worried|panicking) (?:about|over) (?:my |all my |all the )?(?:debts?|loans)\b|stressing me|pay cut|too much now|will miss|(?:does(?:n'?t| not)|won'?t|can'?t) cover (?:my |the )?(?:bills|rent|expenses|costs)|can'?t make ends meet|\bnothing left (?:at|by) the end of the month\b|\b(?:barely|hardly) (?:get|getting|make|making) by\b|(?:running|run|ran) out of money|생활비가?\s?(?:부족|모자|없)|돈이\s?(?:부족|모자|없어)|지쳐|소득이\s?줄|(?:월급|급여|연봉|수입)이?\s?(?:깎|줄|삭감|반\s?토막)|(?:월급|급여|수입|소득|연봉)[^.?!]{0,20}(?:으로|로)\s?(?:줄었|줄어들었|깎였|떨어졌|감소했)|(?:salary|pay|income|hours) (?:was |were |got |has been )?(?:cut|reduced)|(?:lower|reduce) (?:my |the )?(?:monthly )?(?:payment|instal?ment)s?\b|(?:월\s?)?(?:납입금|납입액|상환액|상환금|납부액|원리금)\s?(?:을\s?|를\s?|좀\s?)?(?:낮추|낮출|낮춰|줄이|줄일|줄여)/i,
    FORECLOSURE,
    FIRED,
    // "is there a way to delay my car loan payment" (read as the next payment): relief asked for.
    DEFER_ASKED,
  ),
  LOAN_LIMIT:
    /(?:^|\s)(?:차|자동차|집|아파트|주택)\s?(?:를\s?|을\s?)?(?:사려|살\s?때|사면|사기\s?전|사고\s?싶|구입|구매|장만|마련)[^.?!]{0,15}대출|(?<!(?:대환|갈아타는|갈아탈)\s?)대출\s?(?:을\s?|좀\s?)?(?:알아보|알아봐)|빌려\s?(?:줘|주세요|줄\s?수|주실\s?수)|대출\s?(?:좀\s?)?(?:해\s?줘|해\s?주세요|받고\s?싶)|(?:급하게|당장|급히)\s?(?:돈이?\s?)?(?:\S*원\S{0,2}\s?)?필요|돈이?\s?(?:급하게\s?|당장\s?)?필요|\b(?:urgently )?need (?:some )?(?:money|cash|a loan)\b|\bi (?:urgently )?need (?:₩|krw\s?)?[\d,.]+\s?(?:k|m|mil|million|won|krw)\b[^.?!]{0,30}\b(?:by|before|until|this|next|for)\b|\blend me\b|(?:마이너스\s?통장|마통|신용\s?대출|주담대|주택\s?담보\s?대출|전세\s?대출|자동차\s?대출|오토론|대출)\S{0,3}\s?(?:새로\s?|하나\s?더\s?|추가로\s?|또\s?|더\s?)?(?:만들|개설|받을|신청할|낼)\s?수\s?있|\bcan i (?:get|open|take out|apply for) (?:a |an |another )?(?:new )?(?:overdraft|credit line|personal loan|loan|mortgage)\b|한도|(?<!이자\S{0,2}\s?)얼마\s?(?:까지|나)\s?(?:빌|받|나와|가능|땡)|빌릴\s?수|빌리면|빌린다면|얼마나\s?받을|대출\s?가능\s?금액|대출\s?얼마\s?나와|최대|borrow(?!ed)|limit|maximum|lend me|qualify|how much (?:home |car |personal )?loan|how big a|approved for/i,
  REFINANCE:
    /(?:대출\s?)?이자\S{0,2}\s?(?:가\s?|이\s?)?(?:너무\s?)?아까|(?:대출\s?)?이자[^.?!]{0,16}(?:너무|넘|진짜|정말|좀|완전)\s?아까|(?:대출\s?)?이자\S{0,2}\s?(?:를\s?)?(?:얼마나?\s?|좀\s?)?(?:아낄|아끼|절약)|\b(?:second|another|new) loan to (?:pay|repay|cover|clear)\b|\bborrow(?:ing)? (?:more )?to (?:pay|repay) (?:off )?(?:my |a |the )?(?:loan|debt)|대출\s?(?:을\s?|를\s?)?(?:받아서|받아)\s?(?:다른\s?|기존\s?)?(?:대출|빚)\S{0,2}\s?(?:을\s?|를\s?)?(?:갚|상환)|이자\S{0,2}\s?(?:가\s?|이\s?)?(?:너무|넘)\s?(?:많이\s?)?(?:나가|나와|많)|이자\S{0,2}\s?(?:가\s?|이\s?)?부담\s?(?:돼|되|스러)|(?:pay(?:ing)?|paid) (?:way )?too much (?:in )?interest|interest (?:is|seems) (?:way )?too (?:much|high)|금리가?\s?(?:너무|좀|많이)\s?(?:높|비싸|세|쎄)|금리가\s?(?:높|비싸|세|쎄)|(?:interest |my )?rate (?:is |seems )?(?:too |so |very )?high|대환|갈아\s?타|(?:대출|빚)\s?(?:을\s?|를\s?)?(?:하나로|한\s?번에|한꺼번에)\s?(?:모으|모아|합치|합쳐|통합)|통합\s?대출|이자\S{0,2}\s?(?:가\s?|이\s?)?(?:너무\s?|넘\s?|좀\s?|많이\s?)?(?:비싸|비쌈|높아|높은)|갈아탈|옮기|바꿀\s?수|바꾸면|금리\s?(?:를\s?|좀\s?)?(?:낮추|낮출|낮춰|깎)|(?:고정|변동)\s?금리\S{0,2}\s?(?:로|으로)\s?(?:바꾸|바꿀|바꿔|전환|갈아)|금리\s?인하\s?요구|금리\s?(?:를\s?|좀\s?)?(?:내릴\s?수|내려\s?(?:주|받|줄))|(?:변동|고정)\s?(?:금리)?\S{0,2}\s?(?:대출\S{0,2}\s?)?(?:에서\s?)?(?:고정|변동)\s?(?:금리)?\S{0,2}\s?(?:로\s?|으로\s?)?(?:바꾸|바꿀|바꿔|전환|갈아)|\b(?:switch|move|change|convert)(?:ing)? (?:my |the )?(?:\w+ )?(?:loan |mortgage )?(?:from (?:a )?(?:variable|fixed) )?to (?:a )?(?:fixed|variable)(?: rate)?\b|(?<!(?:상환|갚)\S{0,6}\s?)이자\s?(?:를\s?|좀\s?|부담\s?(?:을\s?|를\s?|좀\s?)?)?(?:낮추|낮출|낮춰|줄이|줄일|줄여)|(?:lower|reduce|cut) (?:my |the )?interest\b(?! rate)|대출\s?(?:을\s?|를\s?)?이동|이동하는\s?게|금리\S{0,2}\s?(?:가\s?|이\s?|는\s?)?(?:적정|적당|괜찮은\s?(?:편|건가|거)|높은\s?(?:편|건가|거))|\bis my (?:interest )?rate (?:good|fair|reasonable|competitive|ok(?:ay)?|high)\b|\bam i paying (?:too much|a fair rate|a good rate)\b|refinanc|switch|moving (?:my|the) (?:\w+ )?(?:loan|mortgage)|swap|move (?:my|the)|consolidat|lower rate|(?:lower|reduce|cut) (?:my|the) (?:interest )?rate|break-even|\b(?:a )?(?:better|cheaper|lower) (?:rate|deal|loan)\b[^.?!]{0,25}\b(?:somewhere|elsewhere|another|other|anywhere)\b|\bcan i get a (?:better|cheaper|lower) (?:rate|deal)\b/i,
  PREPAYMENT_EFFECT:
    /(?:절반|반)\s?(?:만\s?|정도\s?)?(?:을\s?|를\s?|이라도\s?)?(?:먼저\s?)?(?:갚|상환)|\b(?:pay|repay|prepay)(?: off| down| back)? (?:half|a third|a quarter|\d{1,2} ?%)(?: of)?\b|(?:적금|예금|저축|비상금)\S{0,3}\s?(?:을\s?|를\s?)?(?:깨|해지|헐|털)\S{0,6}\s?(?:대출|빚)?\S{0,2}\s?(?:갚|상환)|\b(?:use|break|cash in|dip into) (?:my )?(?:savings|deposit|emergency fund)\b[^.?!]{0,20}\b(?:to )?(?:pay|repay)|중도\s?상환(?!\s?(?:수수료|위약금))|일부\s?(?:상환|갚)|미리\s?(?:좀\s?)?갚|먼저\s?갚|조기\s?상환|원금\s?일부|prepay(?!ment (?:fee|penalt))|overpa|pay (?:down|extra)|extra\b|(?:대출|원금)\s?갚는\s?게|(?:뭐|무엇)\s?부터\s?(?:갚|상환)|(?:갚는|상환)\s?순서|갚는\s?게\s?이득|part of (?:my|the) loan|paying .* early|get out of debt|pay (?:off|down) (?:my )?debts? faster|빚\s?(?:을\s?)?(?:빨리|먼저|더\s?빨리)\s?(?:갚|청산|없애)|빚\s?갚는\s?순서|(?:which|what) (?:loan|debt) (?:to pay|should i pay|do i pay) (?:off )?first|\bwhich (?:one )?(?:should|do) i (?:pay|repay|clear)(?: off| down| back)? first\b|어떤\s?(?:대출|빚)\s?(?:부터|을\s?먼저|를\s?먼저)|(?:원|억)\s?만\s?(?:먼저\s?)?(?:갚|상환)|\bif i (?:only|just) (?:pay|repay)\b|\bif i (?:pay|repay|put)\b[^.?!]{0,12}\d|interest (?:do|would|will|could|can) i save|\bhow much (?:interest )?(?:would|will|does|could|can) (?:that|it|this) save\b|save (?:on|in) interest|early,? or (?:to )?(?:save|saving|invest)|(?:성과급|상여금|보너스|목돈|여윳돈|퇴직금)\S{0,3}\s?(?:으로|로)\s?(?:대출\s?)?(?:을\s?|를\s?)?(?:좀\s?|먼저\s?)?(?:갚|상환)|early repayment(?! (?:fee|penalt|charge))|repay .* early/i,
  LOANS_OVERVIEW: anyOf(
    COSTLIEST_LOAN,
    /(?:대출|빚)\s?(?:중에|가운데|중)\s?(?:제일|가장)|(?:제일|가장)\s?(?:비싼|금리\s?(?:가\s?)?높은)\s?대출|\b(?:most expensive|highest[- ]rate) (?:loan|debt)\b|대출\s?(?:목록|현황|전체|전부|리스트|내역\s?전부|합계|요약|한눈)|대출\s?(?:몇|총\s?몇)|(?:대출|빌린\s?돈)\s?(?:다|전부)|빚이?\s?총|어느\s?은행|어디\s?어디|all my loans|my loans|loans overview|\btell me about (?:my|the) (?:\w+ )?(?:loan|mortgage)s?\b|\b(?:my )?loan (?:details|info(?:rmation)?|summary)\b|(?:내|제)\s?대출\s?(?:정보|좀\s?알려|알려|설명)|how many loans|list my loans|total debt|everything i borrowed|which lenders|in total|altogether|every lender|in one view|sum of all|빌린\s?곳|(?:전체|총)\s?대출|대출\s?(?:잔액\s?합계|총액)/i,
  ),
  SPENDING:
    // "생활비 아끼는 법": how to spend less is a spending question.
    anyOf(
      /(?:결제|카드|지출|사용)\s?(?:총액|합계)|(?<!(?:통장|마통|대출|한도|론)\s?)(?:사용|이용)\s?(?:액|금액)|쓴\s?금액|금액\s?(?:합계|총액)|얼마(?:나|큼)?\s?(?:긁었|긁은|결제했)|(?:보통|평소에?|평균적으로|대체로)\s?(?:카드\s?(?:값\s?)?|돈\s?)?(?:을\s?|은\s?|는\s?)?(?:얼마|얼마나)\s?(?:씩\s?)?(?:써|쓰)|지출|썼|(?:많이|적게|더)\s?(?:쓰는|쓰나|쓰고|써)|쓴\s?돈|(?<!앞으로\s?)쓰는\s?돈|쓰는지|써요|쓰는\s?거|소비|들었|나갔|식비|교통비|카드\s?(?:값|대금)|card bill|spen[dt]|expenses|where does my money|money go|went on/i,
      REDUCE_SPENDING,
      // "9월에 뭐 제일 많이 샀어?": where the money went most.
      TOP_SPENDING,
      // "배달음식 너무 많이 시켜먹나?": food ordered in.
      /배달\s?(?:음식|앱)?\S{0,3}\s?(?:너무\s?|많이\s?|자주\s?)*(?:시켜|주문)|시켜\s?먹/,
      TOP_MERCHANT,
      // "제일 자주 가는 가게 어디야?": the merchants paid most often.
      FREQUENT_MERCHANT,
      // "how many times did i go to starbucks this year", "스타벅스 몇 번 갔어?": visits to a shop counted.
      /\bhow (?:many times|often) (?:did|do|have) i (?:go|gone|been|went|shop|shopped|buy|bought|pay|paid|order|ordered|eat out|eaten out|ate out|get takeout|order in)\b|몇\s?번\s?(?:갔|가|샀|사|결제|긁|시켜|주문)/i,
      // "상반기랑 하반기 비교해줘": the two halves of the year's spending.
      /(?:상반기|하반기)\S{0,2}\s?(?:랑|이랑|와|과|하고|vs)\s?(?:상반기|하반기)|\b(?:first|second) half\b[^.?!]{0,25}\b(?:than|or|vs\.?|versus|compared (?:to|with))\b[^.?!]{0,10}\b(?:first|second) half\b/i,
      // "10월에 제일 돈 많이 쓴 날이 언제야?": the day spent most on.
      TOP_DAY,
      // "이번달 하루 평균 얼마 쓰고 있어요?": a day's average.
      DAILY_AVERAGE,
      // "how do i compare to other people my age": where their spending stands among similar customers.
      PEERS,
      RECURRING,
    ),
  CARD_TRANSACTIONS:
    /카드\S{0,2}\s?(?:몇\s?(?:장|개)|목록|리스트|종류|뭐\s?뭐)|\b(?:what|which) (?:credit |debit )?cards? (?:do i have|have i got|am i using)\b|\bhow many (?:credit |debit )?cards\b|\blist (?:all )?my cards\b|환불|결제\s?취소|\brefund(?:s|ed)?\b|(?:제일|가장|젤)\s?(?:큰|비싼)\s?(?:결제|지출|거래|금액|구매|건)|\b(?:biggest|largest|most expensive) (?:purchases?|transactions?|payments?|charges?)\b|(?<!(?:자동차|차량|차)\s?)할부(?!\s?(?:금융|대출))|\binstal?lment (?:purchases?|plans?|balance)|\b(?:card|credit card) instal?lments?\b|\binstal?lments? (?:left|remaining) on my card|\b(?:left|remaining) on (?:my |the )?(?:card |credit card |korean air |\w+ )?instal?lment(?: plan)?\b|(?:뭐|뭘)\s?(?:샀|구매했|결제했|긁었)|(?:오늘|어제|그저께|엊그제)\s?(?:산|결제한|구매한|긁은)\s?(?:거|것|게|내역)|(?:결제|승인|이용|사용|거래)\s?(?:내역|건|목록)|긁은|카드로\s?뭐|결제된\s?(?:거|내역)|결제한\s?(?:거|내역)|transactions?|purchases?|card (?:activity|history|payments)|charges (?:this|on)|what did i (?:buy|pay)|(?<!interest )did i pay/i,
  SUSPECTED_FRAUD:
    /(?:카드|지갑)\S{0,2}\s?(?:를\s?|을\s?)?(?:분실|잃어\s?버|잃었|도난)|lost (?:my |the )?(?:credit |debit )?(?:card|wallet)|stole my (?:card|wallet)|결제\s?(?:하지|안)\s?(?:않|한)|(?<![가-힣])안\s?(?:쓴|산|한)|모르는\s?(?:결제|가맹점|거래|승인)|결제한\s?적\s?(?:이\s?)?없|도용|부정\s?(?:사용|결제)|이상(?:한)?\s?(?:결제|거래)|해킹|복제|피싱|누가\s?쓴|저\s?아니|(?:제가|내가)\s?(?:한|결제한|쓴|산)\s?(?:거|게|것)\s?(?:아니|아닌|아님|아냐)|never (?:authori|made)|did not (?:make|buy|authori)|(?:strange|unknown|unfamiliar) (?:charges?|transactions?|payments?)|never been (?:there|to)|(?:i'?m|i am|i was) (?:not|never) (?:in|abroad|overseas)\b|wasn'?t (?:me|there)|(?:가|간)\s?본?\s?적(?:도|이)?\s?없|(?:somebody|someone|a stranger)(?: else)? (?:\w+ )?(?:made|used|bought|charged|spent|is using|has used)|누가\s?(?:제|내|저의)\s?카드|모르는\s?사람이|(?:제가|내가)\s?안\s?(?:했|썼|샀)|didn'?t (?:make|buy|authori)|not mine|don'?t recogni|do not recogni|unauthori[sz]ed|fraud|stolen|hacked|suspicious|weird transactions|\bwas (?:that|this|it) (?:me|mine)\b|\bdid i (?:make|buy|pay) (?:that|this)\b|\bwhat(?:'s| is| was) (?:this|that|the)\b[^.?!]{0,25}\b(?:charges?|transactions?)\b/i,
  HEALTH_SCORE:
    /(?:제|내|저의|우리)\s?(?:상황|재정|형편|재무\s?상태|경제\s?상황)\S{0,2}\s?(?:이\s?|은\s?|는\s?)?(?:괜찮|어때|어떤\s?(?:편|수준)|위험|심각)|\bam i (?:ok(?:ay)?|doing ok(?:ay)?|in (?:trouble|a bad (?:place|spot)))\b(?:[^.?!]{0,20}\b(?:financially|money|finances))?|\bhow am i doing (?:financially|with (?:my )?money)\b|점수|건강(?!\s?(?:보험|검진|검사|식품))|등급|재무\s?(?:상태|진단)|돈\s?관리\s?(?:점수|상태)|score|financial health|wellness|healthy|rate my finances|money health/i,
  FORECAST:
    /전망|예측|예상|(?<!이자\s?)앞으로(?!\s?(?:낼|내야|갚을|남은))|나올까|오를까|내릴까|떨어질까|동결|(?:어떻게|얼마(?:쯤)?)\s?될까|(?:다음\s?달|담달|내달|다음\s?분기|내년)[^.?!]{0,20}(?:될|나올|쓸|나갈|들)\s?(?:것|거)\s?같|(?:지출|소비|씀씀이|잔액|잔고|빚|부채|생활비)[^.?!]{0,6}얼마나\s?될까|줄어들|(?:빚|부채|잔액|잔고|지출|금리).{0,8}(?:개월|년)\s?뒤|forecast|outlook|predict|projection|will .*(?:go|rise|fall|spend|look|be in)|going to|expected|\blikely to (?:spend|be|cost|owe)\b|\b(?:spending|expenses?) (?:estimate|projection)\b|\bestimate (?:of )?(?:my |the )?(?:spending|expenses)\b/i,
  SAVINGS:
    // "이번 달 남은 돈 얼마야?": what the month leaves, not a loan's balance.
    anyOf(
      /예산\s?(?:을\s?|좀\s?)?(?:짜|세우|만들|잡)|가계부|\b(?:make|making|build|plan|set|create|draw up) (?:me )?(?:a |my )?(?:monthly )?budget\b|\bbudget(?:ing)? (?:plan|help|advice|tips)\b|저축|적금|예금(?!자)|모으|모아|모을|모았|저금|비상금|목돈|파킹|여유\s?자금|sav(?:e|ing)|emergency (?:fund|savings)|aside|put away|deposit/i,
      LEFT_THIS_MONTH,
      BUDGET,
      DEPOSIT_BALANCE,
      /돈이?\s?(?:잘\s?)?(?:안\s?)?모이[지질]?\s?(?:않|안)|돈이?\s?(?:잘\s?|너무\s?|진짜\s?|정말\s?|통\s?)*안\s?모(?:여|이|인|아)|\bcan'?t (?:seem to )?save\b|\bsaving (?:money )?is (?:hard|difficult)\b/i,
    ),
  PRODUCT_QUESTION:
    /현금\s?서비스|단기\s?카드\s?대출|카드\s?론|\bcash advances?\b|\bcard loans?\b|고정[^.?!]{0,8}변동|변동[^.?!]{0,8}고정|\b(?:fixed|variable) or (?:a )?(?:fixed|variable)\b|\bon an? (?:fixed|variable|floating) rate\b|연말\s?정산|\bDSR\b|\bLTV\b|\bDTI\b|debt[- ]to[- ]income|debt[- ]service ratio|loan[- ]to[- ]value|리볼빙|일부\s?결제\s?금액\s?이월|revolving (?:credit|payment|balance)|(?:소득|세액)\s?공제|tax (?:deduct|credit|return|refund|relief)|(?:중도|조기)\s?상환\s?(?:시\s?)?(?:수수료|위약금)|prepayment (?:fee|penalt)|뭐(?:예요|에요|야|가요)|뭔가요|뭐가\s?달라|차이|조건|보통\s?(?:몇|어느|얼마)|절차|서류|신청\s?(?:하려면|방법|절차)|(?<!대출\s?)어떻게\s?(?:계산|되나요|돼요)|예금자\s?보호|은행\S{0,2}\s?(?:이\s?|가\s?)?(?:망하|파산|부도)|\bsafe to (?:keep|put|leave|have) (?:my )?(?:money|savings|deposits?)\b|\bif (?:the|my|this) bank (?:goes bust|goes under|fails|collapses|goes bankrupt)\b|약관|what (?:is|does|are) (?:a |an |the )?(?:prepayment|fixed|variable|dsr|ltv|dti|overdraft|usual|typical|bullet|balloon|grace)|difference between|requirements|how do i apply|documents|stand for|protected|insured|explain|how (?:are|is) .* (?:charged|calculated)|what does .* mean/i,
  DOCUMENT_QUALITY:
    /이미지\s?상태|신뢰도|(?:서류|사진|이미지|스캔)\s?(?:상태|괜찮|문제|잘\s?(?:올라|나왔|찍혔)|흐릿|흐려|판정|다시\s?(?:올려|찍어|내야))|재\s?업로드|다시\s?(?:올려야|찍어야)|반려된\s?(?:서류|사진)|document (?:ok|okay|fine|status|quality|check)|(?:is|was) my (?:document|photo|scan|upload|picture)|(?:document|photo|scan|image|picture) (?:ok|okay|good enough|quality|status|accepted|readable|usable|blurry)|image (?:status|quality|check)|confidence|re-?upload|upload (?:it |(?:my |the |a )?(?:\w+ ){0,2})?again|retake/i,
  IMPORT_FAQ:
    /업로드|csv|엑셀|xlsx|파일|임포트|가져오기|일괄\s?등록|행\s?(?:처리|확인)|upload|import|spreadsheet|rows?\b|file (?:format|size)/i,
  GENERAL_CHAT:
    /^(?:안녕|반가|고마|감사|ㅋㅋ|ㅎㅎ|잘\s?자|좋은\s?(?:아침|하루)|하이(?!\s?마트)|잘\s?지냈|hi\b|hello|hey\b|thanks|thank you|good (?:morning|night)|bye|nice to meet|lol|have a nice)|날씨|메뉴|뭐\s?먹|이름|누가\s?만들|심심|weather|your name|bored|eat for|raining/i,
};

/**
 * When both cues match, the first intent's cue silences the others': a question about a charge one did not make
 * names transactions too, a forecast of spending names spending, an upload question names rows of transactions.
 */
export const CUE_SUPPRESSES: Partial<Record<CounselIntent, readonly CounselIntent[]>> = {
  SUSPECTED_FRAUD: ['CARD_TRANSACTIONS', 'SPENDING'],
  DOCUMENT_QUALITY: ['IMPORT_FAQ', 'PRODUCT_QUESTION', 'HEALTH_SCORE'],
  IMPORT_FAQ: ['CARD_TRANSACTIONS', 'SPENDING', 'PRODUCT_QUESTION'],
  FORECAST: ['SPENDING', 'LOAN_BALANCE', 'SAVINGS', 'NEXT_PAYMENT'],
  // "갈아타면 중도상환수수료 감안해도 이득?", "중도상환수수료 내고도 갚는 게 이득이야?": the fee is part of the answer.
  REFINANCE: ['SAVINGS', 'LOANS_OVERVIEW', 'PRODUCT_QUESTION', 'PAYOFF_QUOTE'],
  PREPAYMENT_EFFECT: ['SAVINGS', 'PAYOFF_QUOTE', 'PRODUCT_QUESTION'],
  // "이자가 너무 많이 나가서 못 내겠어요": not being able to pay comes before lowering the rate.
  // "I think I'm going to default on my loan": the worry, not a forecast.
  HARDSHIP: ['NEXT_PAYMENT', 'LOAN_LIMIT', 'LOANS_OVERVIEW', 'SPENDING', 'REFINANCE', 'FORECAST'],
  // "상환일 하루 지나면 어떻게 돼요?": what lateness costs, not the date itself (the answer still names the next payment).
  ARREARS: ['LOANS_OVERVIEW', 'HARDSHIP', 'NEXT_PAYMENT', 'PRODUCT_QUESTION'],
  PRODUCT_QUESTION: ['SAVINGS'],
  PAYOFF_QUOTE: ['LOAN_BALANCE', 'PRODUCT_QUESTION'],
  GENERAL_CHAT: ['PRODUCT_QUESTION'],
  // "카드 할부 남은 거 얼마야?": the card's instalment plans, not a loan's balance.
  CARD_TRANSACTIONS: ['LOAN_BALANCE', 'NEXT_PAYMENT'],
  REPAYMENT_SCHEDULE: ['LOAN_BALANCE', 'LOANS_OVERVIEW', 'FORECAST'],
};

/**
 * Phrases that by themselves rule out an intent whose cue they also trip: "이번 달 남은 돈 얼마야?" says 남은 돈 and
 * 얼마 남 (a loan balance's words) and asks what the month leaves — unless a loan is named.
 */
const PHRASE_SUPPRESSES: readonly [RegExp, readonly CounselIntent[]][] = [
  [
    new RegExp(
      `^(?![^]*(?:대출|빚|원금|잔액|\\bloan|\\bmortgage|\\bdebt))[^]*(?:${LEFT_THIS_MONTH.source})`,
      'i',
    ),
    ['LOAN_BALANCE', 'SPENDING'],
  ],
  // "예금 잔액 얼마야?", "how much is in my account?": the deposits, not a loan's balance — unless a loan is named.
  [
    new RegExp(`^(?![^]*(?:대출|빚|\\bloan|\\bmortgage|\\bdebt))[^]*(?:${DEPOSIT_BALANCE.source})`, 'i'),
    ['LOAN_BALANCE', 'NEXT_PAYMENT', 'LOANS_OVERVIEW'],
  ],
  // "How much interest do I pay each month?": the next instalment's interest, not the interest left in all.
  [MONTHLY_INTEREST, ['LOAN_BALANCE']],
  // "어떤 대출이 제일 이자가 높아?": which loan costs most, not a wish to refinance it.
  [COSTLIEST_LOAN, ['REFINANCE']],
  // "When is my credit card bill due?": the card's payment date, not the bill's amount.
  [
    /^(?![^]*(?:대출|\bloan|\bmortgage))[^]*(?:카드|\bcard\b)[^]*(?:결제\s?일|납부\s?일|언제\s?(?:빠져\s?나가|나가|출금|결제되|청구|내야)|\bwhen\b[^.?!]*\bdue\b|\bdue date\b|\bpayment date\b)/i,
    ['SPENDING'],
  ],
  // "지난달 온라인 결제 총액", "how much went on online purchases?": a total abroad or online is spending, not a list.
  [
    /(?:온라인|해외|\boverseas\b|\babroad\b|\bonline\b)[^.?!]{0,30}(?:총액|합계|얼마|\bhow much\b|\btotal\b)|(?:총액|합계|얼마|\bhow much\b|\btotal\b)[^.?!]{0,30}(?:온라인|해외|\boverseas\b|\babroad\b|\bonline\b)/i,
    ['CARD_TRANSACTIONS'],
  ],
];

/** Intents whose cue matches the text and is not silenced by another matching cue or a phrase. */
export function cueIntents(text: string): CounselIntent[] {
  // A cue a phrase rules out silences nothing itself ("어떤 대출이 제일 이자가 높아?": the refinance cue, ruled out,
  // must not silence the loans overview's).
  const ruledOut = new Set(
    PHRASE_SUPPRESSES.flatMap(([phrase, intents]) => (phrase.test(text) ? intents : [])),
  );
  const hit = (Object.keys(INTENT_CUES) as CounselIntent[]).filter(
    (k) => !ruledOut.has(k) && INTENT_CUES[k]?.test(text),
  );
  const silenced = new Set(hit.flatMap((k) => CUE_SUPPRESSES[k] ?? []));
  return hit.filter((k) => !silenced.has(k));
}

/** Their rate set against other lenders': "내 대출 금리 다른 은행이랑 비교해줘", "compare my rate with other banks". */
const RATE_SHOPPING =
  /(?:금리|이자|이율)[^.?!]{0,20}(?:다른|타)\s?(?:은행|곳|데|금융사|금융\s?회사)[^.?!]{0,12}(?:비교|비해|보다|대비|알아|찾|어때)|(?:다른|타)\s?(?:은행|곳|금융사)[^.?!]{0,12}(?:금리|이자)[^.?!]{0,12}(?:비교|비해|보다|대비|알아|찾|낮|싸)|\bcompare (?:my |the )?(?:\w+ )?(?:loan )?(?:rate|interest)s?\b[^.?!]{0,25}\b(?:other|another|different) (?:banks?|lenders?)\b|\b(?:other|another) (?:banks?|lenders?)\b[^.?!]{0,25}\b(?:lower|cheaper|better) (?:rates?|interest|deal)\b/i;

/** A payment to be missed: "what happens if i miss the december payment", "if i pay late". */
const MISS_A_PAYMENT =
  /(?:납입|상환|이자|대출금|원리금)\S{0,2}\s?(?:을\s?|를\s?)?(?:못\s?(?:하|내|갚)|안\s?(?:하|내|갚))면\s?(?:어떻게|어떡|무슨)|\bwhat (?:happens|will happen|would happen|if) (?:if )?i (?:miss|skip|pay late|am late|'m late)\b|\bif i (?:miss|skip) (?:a|one|the|my|this|next)\b[^.?!]{0,30}\bpayment\b/i;
/** QA round 26 (en2). A car purchase planned: "I want to buy a car next year", "내년에 차 사고 싶어요", "중고차 살까 해요". */
const CAR_PLANNED =
  /\b(?:want|wanna|plan(?:ning)?|going|hoping|thinking (?:of|about)|would like|'d like|need|saving) (?:to |for )?(?:buy(?:ing)?|get(?:ting)?|purchas(?:e|ing)) (?:a |my |myself a )?(?:new |used |second-?hand |first )?car\b|\b(?:buy(?:ing)?|get(?:ting)?|purchas(?:e|ing)) (?:a |my )?(?:new |used |second-?hand |first )?car (?:next|this|in)\b|(?:(?<![가-힣])차|자동차|신차|중고차)\s?(?:를\s?|을\s?|도\s?|하나\s?)?(?:사고\s?싶|살\s?(?:까|거|계획|예정)|사려고|구매(?:하고\s?싶|할\s?(?:까|거|계획|예정)|하려고)|뽑(?:고\s?싶|을\s?(?:까|거|계획)|으려고))/i;
/** A complaint about the app or the assistant itself: "ugh this app is useless", "챗봇 진짜 별로네". */
export const APP_COMPLAINT =
  /\b(?:useless|stupid|dumb|terrible|awful|broken|pointless) (?:app|bot|chat ?bot|assistant)\b|\b(?:this|the|your) (?:app|bot|chat ?bot|assistant|thing)\b[^.?!]{0,15}\b(?:is |'s )?(?:so |really |totally )?(?:useless|sucks|terrible|awful|stupid|broken|garbage|trash|doesn'?t work|is not working)\b|(?:앱|어플|챗봇|상담봇)\S{0,2}\s?(?:진짜\s?|너무\s?|완전\s?|맨날\s?|자꾸\s?|왜\s?(?:이렇게\s?)?)?(?:구려|구리|별로|쓰레기|쓸모\s?없|최악|멍청|답답|느려|느리|버벅|먹통|렉\s?걸|짜증)/i;

/** Words that put a question on a loan: the card and spending rules below step aside when one is there. */
const LOAN_WORDS = /대출|이자|원리금|원금|\bloan|\bmortgage|\binterest/i;
/** A job lost or about to be lost: 실직, 해고, 잘리다 (FIRED), 권고사직, 회사를 그만두다, 퇴사, "lose my job", "laid off". */
const JOB_LOSS = anyOf(
  /실직|해고|권고\s?사직|(?:회사|직장|일)\S{0,2}\s?(?:그만두|그만둬|그만뒀)|퇴사|\blos(?:e|ing|t) (?:my|our) (?:job|jobs|income)\b|\blaid off\b|\bget(?:ting)? (?:fired|laid off|let go)\b|\bout of work\b|\bunemployed\b|\bquit(?:ting)? my job\b/i,
  FIRED,
);
/**
 * An instalment already missed: "어제 납입일이었는데 깜빡했어요", "이번 달 이자 안 냈어요", "납입일 지났는데 못 냈어요", "I
 * forgot to pay my loan this month", "I didn't pay my mortgage" — past tense; "못 낼 것 같아요" (not yet due) stays
 * hardship, and a card bill is the card's.
 */
const MISSED_ALREADY =
  /(?:납입|납부|대출금|이자|원리금|상환금|할부금)[^.?!\n]{0,20}(?:깜빡|까먹|잊어\s?버|잊고|놓쳤|빼먹|못\s?냈|안\s?냈|못\s?넣었|안\s?넣었|못\s?갚았|안\s?갚았)|(?:깜빡|까먹|잊고)[^.?!\n]{0,10}(?:못|안)\s?(?:냈|넣었|갚았)|납입일\S{0,4}\s?(?:지났|놓쳤)|\b(?:forgot|forgotten) to (?:pay|make)\b|\b(?:didn'?t|did not|haven'?t|have not) (?:pay|paid|make|made) (?:my |the |this month'?s |last month'?s )?(?:loan|mortgage|instal?ment|(?:loan |monthly )?payment)s?\b|\bi(?: have|'ve| just)? missed (?:my |the |this |next )?(?:\w+'?s? )?(?:loan |monthly )?(?:payment|instal?ment)\b/i;
/** With a job loss: a limit, a new loan or the severance pay asked about — not a hardship. */
const JOB_LOSS_NOT_HARDSHIP =
  /한도|받을\s?수|빌릴|대출\s?(?:받|신청)|퇴직금|신용\s?점수|\bborrow|\blimit\b|\bseverance\b|\bcredit score\b/i;
/** Paying a loan back, in Korean ("상환", "납입", "갚"): with LOAN_WORDS, a loan's instalment rather than a card charge. */
const REPAYING = /상환|납입|갚/;

/** What a month's instalment is asked with: "납입", "얼마 내야", "갚아야", "payment", "how much do I pay". */
const DUE_MONTH_VERB =
  /납입|상환액|원리금|(?:얼마|몇\s?원)[^.?!]{0,4}(?:내|갚|나가|빠져)|내야|갚아야|\b(?:payment|instal?ment)s?\b|\bhow much (?:do|will|should) i (?:pay|owe)\b/i;

/** Repaying before maturity, in words: "중도상환", "조기 상환", "미리 갚으면", "pay it off early", "prepay". */
const EARLY_REPAYMENT =
  /중도\s?상환|조기\s?상환|미리\s?(?:다\s?)?(?:갚|상환)|\bprepay|\bpay (?:it |the loan |my loan |everything )?off early\b|\bearly (?:re)?payment\b/i;
/** The whole sum asked: "수수료 포함해서 총 얼마", "다 해서 얼마", "in total", "all in". */
const TOTAL_ASKED =
  /총\s?(?:얼마|금액|액)|총액|전부\s?(?:얼마|해서)|다\s?(?:해서|합쳐서|합치면)|포함(?:해서|하면|한)\s?(?:총\s?)?얼마|\bin total\b|\ball in\b|\baltogether\b|\btotal (?:amount|cost|sum)\b|\bhow much (?:in total|altogether)\b/i;
/** A charge asked about: "이 결제 뭐예요?", "왜 결제됐어?", "무슨 결제야?", "Why was I charged by…", "what is this charge". */
const CHARGE_WHY =
  /이\s?(?:결제|거래|승인|청구)(?!\s?(?:일|날|방식|방법|수단|계좌))\S{0,2}\s?(?:뭐|뭔|무슨|어디)|무슨\s?(?:결제|거래|청구)(?!\s?(?:일|날|방식|방법|수단|계좌))|왜\s?(?:이\s?)?(?:결제(?!\s?(?:일|날|방식|수단|계좌|가\s?안|안))|빠져\s?나|청구(?!\s?일)|승인(?!\s?(?:거절|이\s?안|안)))|(?:결제|청구|승인)(?:은|는|가|건)?\s?(?:왜|뭐(?:예요|에요|야|지|죠))|\bwhy (?:was|am|did|have) i (?:been |get )?(?:charged|billed)\b|\bwhat(?:'s| is| was) (?:this|that) (?:\w+ )?(?:charge|payment|transaction)\b/i;
/** Repaying in one sum at maturity: "만기 때 한 번에 다 갚아야 돼요?", "만기에 원금 한꺼번에 갚는 거예요?". */
const MATURITY_LUMP =
  /(?:만기|20\d\d\s?년)\s?(?:에|때|일에|일|되면|까지)?\s?[^.?!]{0,12}(?:한\s?번에|한꺼번에|일시(?:에|로)?|전부|다)\s?(?:다\s?)?(?:갚|상환|내)/;
/** A charge said with where it came from: "charged by DUTY FREE", "a charge from Coupang", "면세점에서 빠져나갔는데". */
const CHARGED_BY =
  /\bcharged? (?:by|at|from)\b|\bcharges? (?:by|at|from)\b|\bpayment (?:to|at) [A-Z]{2}|\S에서\s?(?:결제(?:된|됐|되었|가\s?됐)|빠져\s?나(?:간|갔)|청구(?:된|됐)|승인(?:된|됐))/i;

/**
 * Phrases that decide the intent by themselves, whatever the model says: "대출 다 갚으면 신용점수 올라요?" names a
 * payoff and a loan, and asks what it does to the credit score (the model, trained on payoff and balance lines,
 * reads the loan words). Null when none applies.
 */
/** Penalty interest said to be charged: "why did you charge me a 98 won penalty", "연체이자가 왜 붙었어요?". */
const PENALTY_CHARGED =
  /\b(?:charged?|charging|took|taken|billed)\b[^.?!]{0,25}\b(?:penalty|late fee)\b|\b(?:penalty|late fee)\b[^.?!]{0,20}\b(?:charged|taken|billed|added)\b|연체\s?(?:이자|료)\S{0,2}\s?(?:가\s?|를\s?|는\s?)?(?:왜\s?)?(?:붙었|부과|나갔|빠져|청구)/i;

/** The latest visit asked: "when did i last pay at", "last time i went to", "마지막으로 … 결제/간 게 언제". */
const LAST_AT_SHOP =
  /\bwhen did i last (?:pay|buy|go|shop|spend|use)|\b(?:the )?last time i (?:paid|bought|went|shopped|spent|used)\b|마지막(?:으로)?\s?[^.?!]{0,15}(?:결제|간|갔|쓴|썼|산|샀)[^.?!]{0,8}(?:언제|날)|(?:최근|마지막)\s?(?:결제|방문)\S{0,2}\s?(?:언제|날짜)/i;

/** A monthly amount put aside and how long it takes to a goal, in either order. */
const SAVING_PACE_GOAL =
  /\b(?:save|saving|put (?:away|aside)|set aside)\b[^.?!]{0,30}\b(?:a|per|each|every) month\b[^.?!]{0,40}\b(?:how long|until|till|reach|get to|hit)\b|\b(?:how long|when)\b[^.?!]{0,40}\b(?:save|saving|put (?:away|aside)|set aside)\b[^.?!]{0,30}\b(?:a month|per month|each month|every month|monthly)\b|(?:매달|매월|월|한\s?달에?)\s?[^.?!]{0,12}(?:모으|모아|저축|저금|적립)[^.?!]{0,30}(?:얼마나\s?걸|언제|몇\s?(?:달|개월|년))|씩[^.?!]{0,25}(?:언제|몇\s?(?:달|개월|년))[^.?!]{0,6}(?:모여|모이|모을|모아)/i;

/** Paying the loan off on a day said: "내년 1월 20일에 완납하면", "3개월 뒤에 다 갚으면", "pay it off on january 20". */
const PAYOFF_ON_DAY =
  /완납|다\s?갚|전액\s?상환|일시\s?상환|(?:대출|빚)\S{0,2}\s?(?:을\s?|를\s?)?(?:다\s?)?(?:청산|정리)|\bpay(?:ing)? (?:it|(?:the|my) (?:whole )?(?:loan|mortgage|balance|debt))? ?off\b|\bpayoff\b|\bclose (?:the|my) loan\b/i;
/** A debit ahead: "얼마 빠져나가요?", "이자 빠지는 거 맞지?", "출금돼요?", "what comes out on the 20th". */
const DEBIT_AHEAD =
  /(?:이자|원금|대출금?|납입금?|상환금?)\S{0,2}\s?(?:이\s?|가\s?)?(?:빠지|빠져|나가|나감|출금)|(?:얼마|뭐가?)\s?(?:빠져\s?나가|빠져나가|빠지|출금)|(?:\d{1,2}\s?일|모레|낼모레|내일)\S{0,2}\s?[^.?!]{0,10}(?:빠져\s?나가|출금)|\bwhat (?:comes|goes) out\b|\bhow much (?:comes|goes) out\b|\bhow much (?:will|is) (?:be )?(?:debited|taken out)\b/i;
/** The interest felt as too high: "이자 왤케 많이 나가요", "이자가 너무 비싸요", "why is my interest so high". */
const INTEREST_TOO_HIGH =
  /이자\S{0,2}\s?(?:가\s?|는\s?|이\s?)?(?:왤케|왜케|왜\s?이렇게|왜\s?이리)\s?(?:많이|많|비싸|높|커|세)/;
/** Asking for a lower rate or interest: "이자 더 싸게 할 수 있어요?", "금리 낮출 방법", "can i get my rate lowered". */
const LOWER_MY_RATE =
  /(?:이자|금리|이율)\S{0,2}\s?(?:를\s?|을\s?|좀\s?)?(?:더\s?)?(?:싸게|낮게|낮추|낮출|내릴|깎|줄일|줄이)[^.?!]{0,12}(?:수\s?있|방법|없|되|돼|어떻게)|\b(?:get|make) (?:my )?(?:rate|interest) (?:lower|lowered|reduced|cheaper|down)\b|\blower (?:my )?(?:interest )?rate\b/i;
/** A spending forecast asked: "다음 달에 카드 얼마 쓸까요?", "how much will i spend next month". */
const SPEND_AHEAD =
  /(?:다음\s?달|담달|내달|다음\s?주|12월|연말|내년)\S{0,2}\s?[^.?!]{0,12}(?:얼마|몇)\s?(?:나\s?)?(?:쓸까|쓸\s?것\s?같|쓰게\s?될|쓸\s?거)(?![^.?!]{0,10}(?:대출|이자))|(?:이번\s?달|이달|월말|달\s?말|이대로)\S{0,2}\s?[^.?!]{0,16}(?:얼마|몇)\s?(?:나\s?)?(?:쓸까|쓸\s?것\s?같|쓰게\s?될|쓰게\s?돼|쓸\s?거)(?![^.?!]{0,10}(?:대출|이자))|\bhow much (?:will|would|am i going to|do you think i'?ll) (?:i )?spend (?:next|in|this coming|over)\b|\bhow much (?:will|would) i (?:have )?(?:end up )?(?:spent|spend|spending) (?:by|at) the end of (?:the|this) month\b/i;

/**
 * QA round 26. A rate another lender offers, said on its own as news: "토스에서 3.2% 해준대요", "toss offered me 3.2%" —
 * the switch at that rate (was small talk). A rise or a cut in points is not a quote.
 */
const LENDER_OFFER =
  /해\s?준|준대|준다|된대|된다던|제안|나온대|나온다|라던데|래요|\b(?:offer\w*|quot\w*|would do|'d do|can do|could do|will do|gave me)\b/i;
function lenderQuoteSaid(text: string): boolean {
  return (
    extractLender(text) !== undefined &&
    extractQuotedRate(text) !== undefined &&
    extractRateRise(text) === undefined &&
    LENDER_OFFER.test(text) &&
    !/%\s?p\b|포인트|\bpoints?\b|오르|올라|내리|내려|인하|적금|예금|\bsavings?\b|\bdeposit/i.test(text)
  );
}

export function decisiveIntent(text: string): CounselIntent | null {
  // QA round 28 (lead). "is my credit score good enough for a mortgage?": whether the loan can be had (was the score).
  if (SCORE_ENOUGH_FOR_LOAN.test(text)) return 'LOAN_LIMIT';
  // QA round 28 (lead). "그럼 지금 고정으로 바꾸는 게 나아요?" (after a rate outlook): fixed against variable for their loan.
  if (
    /(?:고정|변동)\s?(?:금리\s?)?(?:형\s?)?(?:으로|로)\s?(?:바꾸|바꿀|바꿔|전환|갈아)|\b(?:switch|move|change|convert)(?:ing)? (?:it |my loan |the loan )?to (?:a )?fixed(?:[- ]rate)?\b/i.test(
      text,
    )
  )
    return 'REFINANCE';
  if (extractCreditEffect(text)) return 'HEALTH_SCORE';
  if (lenderQuoteSaid(text)) return 'REFINANCE';
  if (MONTH_HIGH_WHY.test(text)) return 'SPENDING';
  // QA round 26. An income said alone ("세후 150이에요", "월급 300이에요": a ₩10,000,000 prepayment example) or with what a
  // month leaves asked ("월급 300인데 매달 얼마 남아요?": the loan's balance) — the month on that income.
  if (
    extractStatedIncome(text) &&
    (/(?:매달|한\s?달(?:에)?|월)\s?(?:얼마|몇\s?만\s?원)?\s?(?:나\s?)?(?:남아|남는|남을|남나|모을|모아|저축)|\bhow much (?:is |do i have )?left\b/i.test(
      text,
    ) ||
      /^\s*(?:제\s?|내\s?)?(?:월급|월\s?소득|세후|실수령\S{0,2}|연봉)\S{0,2}\s?(?:은\s?|는\s?|이\s?|가\s?)?[\d.,]+\s?(?:만\s?원?|천|억|원)?\s?(?:이에요|예요|입니다|이야|야|이요|요|정도예요|정도요)?\s*[.!~]*\s*$/.test(
        text,
      ))
  )
    return 'SAVINGS';
  // QA round 26. "전세대출 이자 얼마예요?" (the balance): the interest paid each month — the next instalment's split.
  if (
    /(?:대출|주담대|전세\s?(?:자금\s?)?대출|신용\s?대출)\s?이자(?:는|가)?\s?(?:한\s?달에?\s?|매달\s?|월\s?)?얼마(?:예요|에요|야|인가요|나와요|나가요|씩|죠)?\s*[?？]?\s*$/.test(
      text,
    ) &&
    !/총|전체|남은|만기|올해|작년|냈|낸|연말\s?정산|까지|모두|다\s?합/.test(text)
  )
    return 'NEXT_PAYMENT';
  if (FINANCIAL_STANDING.test(text)) return 'HEALTH_SCORE';
  // QA round 27 (helper ko27). "제일 이자 비싼 거 뭐예요?" (a product question): the costliest of the loans held — a
  // savings product paying most is HIGHEST_RATE's.
  if (
    COSTLIEST_LOAN.test(text) &&
    !/적금|예금|저축|통장|파킹|\bcma\b|상품|주는|카드|\bsavings?\b|\bdeposits?\b/i.test(text)
  )
    return 'LOANS_OVERVIEW';
  // "돈이 너무 없어요ㅠㅠ", "im so broke" (small talk): the month's money — what is left or short this month.
  if (NO_MONEY_SAID.test(text)) return 'SAVINGS';
  // "will my credit score drop if i pay my loan late" (read as the score): what a late payment does — arrears, with the
  // bureaus' thresholds, as "연체하면 신용점수 얼마나 떨어져?" is read.
  if (
    /\bcredit (?:score|rating)\b/i.test(text) &&
    /\bpay(?:ing)? (?:(?:my|the|a) )?(?:\w+ )?(?:loan |payment |bill )?late\b|\bmiss(?:ing)? (?:a |my |the )?(?:loan |card )?payment\b|\blate payments?\b|\bif i (?:don'?t|do not|can'?t) pay\b/i.test(
      text,
    )
  )
    return 'ARREARS';
  // "전세사기 당한거 같아요 집주인이 연락이 안돼요", "집주인이 보증금 안 돌려주면 대출은요?": the deposit at risk and the
  // jeonse loan still owed (the loan balance's answer), not a phone scam's steps.
  if (DEPOSIT_NOT_RETURNED.test(text)) return 'LOAN_BALANCE';
  // QA round 21 (loan21). A jeonse renewal with a raised deposit ("raise the deposit by 30 mil, can i extend the loan":
  // was a savings goal), a move to monthly rent (small talk), whether a loan was paid on time (the card's
  // transactions): the loan's own answers.
  if (JEONSE_RENEWAL.test(text) || WOLSE_SWITCH.test(text)) return 'LOAN_BALANCE';
  if (
    PAID_ON_TIME.test(text) &&
    /대출|이자|원리금|납입|\bloans?\b|\bmortgage\b|\binstal?ments?\b|\bpayments?\b/i.test(text)
  )
    return 'LOAN_BALANCE';
  // QA round 22 (loanleft). "help i think i paid the loan twice this month", "이번달 대출 두번 낸 것 같아요": this month's
  // recorded repayments (was the next payment, or hardship's options).
  if (LOAN_PAID_TWICE.test(text)) return 'NEXT_PAYMENT';
  // QA round 21 (loan21). "is my loan gonna be a problem for getting a car loan": the new loan's limit with the held
  // loans' DSR (was the balance of the loan held).
  if (
    HELD_BURDEN.test(text) &&
    /\b(?:car|auto|new|another|personal|credit) loan\b|오토론|(?:자동차|차)\s?(?:대출|할부)|신용\s?대출|추가\s?대출/i.test(
      text,
    )
  )
    return 'LOAN_LIMIT';
  // QA round 21 (loan21). "금리 깎아달라고 하면 깎아줘요?": the rate-cut right.
  if (RATE_CUT_PLEA.test(text) && /금리|이자|\brate\b|\binterest\b/i.test(text)) return 'REFINANCE';
  // QA round 20 (loans). "i'm moving abroad, what happens to my jeonse loan?", "will i get my deposit back?", "대출 기간
  // 늘리면 월 납입금 줄어요?", "why isnt my loan balance going down??": the loan's own answer (a request of the balance),
  // not savings, a prepayment example or the overview.
  if (
    JEONSE_ABROAD.test(text) ||
    DEPOSIT_BACK.test(text) ||
    LONGER_TERM.test(text) ||
    BALANCE_FLAT.test(text)
  )
    return 'LOAN_BALANCE';
  // QA round 20 (loans). "신용대출 금리 얼마나 나올까요": the rate a new loan would be offered (the limit's assumed
  // rate, the bank's review), not the base rate's outlook.
  if (
    /(?:신용\s?대출|마이너스\s?통장|주택\s?담보\s?대출|주담대)\S{0,2}\s?(?:금리|이율|이자율)\S{0,2}\s?(?:는\s?|은\s?|가\s?|이\s?)?(?:얼마나|얼마|몇\s?(?:%|프로|퍼센트)(?:\s?정도)?)\s?(?:나올|나와|받을)|\bwhat (?:interest )?rate (?:would|could|will|can) i get\b[^.?!]{0,20}\b(?:credit|personal|new) loan\b/i.test(
      text,
    )
  )
    return 'LOAN_LIMIT';
  // "보이스피싱 당한 것 같아요", "대출 사기 문자를 받았어요": a scam, whatever loan or payment words it names.
  if (extractScam(text)) return 'SUSPECTED_FRAUD';
  // QA round 19. "통장에 30만원밖에 없는데 이자 어떻게 내요": money short of a payment, not a prepayment of the amount.
  // QA round 21 (care21): in English too ("my rent is due and i only have 200k in my account").
  if (MONEY_ON_HAND.test(text) && BILL_DUE.test(text)) return 'HARDSHIP';
  // QA round 21 (care21). "1397은 뭐에요?", "실업급여 받으면 괜찮을까요": the free debt lines, the benefit against the
  // outgoings — hardship's (were a product question and the savings answer).
  if (HELPLINE_ASKED.test(text) || UNEMPLOYMENT_BENEFIT.test(text)) return 'HARDSHIP';
  // "연말정산 의료비 공제 되나요?", "남편이 몰래 카드론 받은 것 같아요": the medical deduction, a family member's hidden loan.
  if (MEDICAL_DEDUCTION.test(text) || SPOUSE_LOAN.test(text)) return 'PRODUCT_QUESTION';
  // "이자 한번 안내면 얼마 더내요?", "한 달 안 내면 어떻게 돼요?": what paying late costs (the arrears answer).
  if (
    /(?:한\s?번|한\s?달|한\s?회|하루|며칠)\s?(?:만\s?)?(?:안|못)\s?내면|(?:이자|납입금?|대출금|원리금)\S{0,2}\s?(?:을\s?|를\s?)?(?:안|못)\s?내면/.test(
      text,
    )
  )
    return 'ARREARS';
  // "월급 150인데 이자 53만원이면 너무 많은거죠?": the interest judged too high with its amount — the interest cut.
  if (
    /이자\S{0,2}\s?(?:가\s?|는\s?)?(?:월\s?)?[\d,.]+\s?(?:만\s?)?원?\S{0,3}\s?(?:이면|인데|이나|씩)?[^.?!]{0,8}(?:너무|넘)\s?(?:많|높|비싸|부담|커|크)/.test(
      text,
    )
  )
    return 'REFINANCE';
  // "저축은행에서 신용대출 얼마까지 돼요?" (read as savings): a second-tier lender's limit.
  if (
    NON_BANK_LENDER.test(text) &&
    /얼마까지|한도|빌릴|받을\s?수|나와|나올|\bborrow\b|\blimit\b/i.test(text) &&
    !/금리|이자율|\brates?\b/i.test(text)
  )
    return 'LOAN_LIMIT';
  // "내 빚 총 얼마야? 카드값까지" (read as the card bill alone): the loans and the bill, summed.
  if (DEBT_WITH_CARD.test(text)) return 'LOANS_OVERVIEW';
  // "카드 이자율 몇 프로야?", "whats the interest rate on my credit card": the card's (read as the loan's rate, or arrears).
  if (cardRateAsked(text)) return 'PRODUCT_QUESTION';
  // QA round 20. "카드 연회비 얼마야?", "무이자 할부 돼?", "할부 몇 개월까지 돼?", "할부전환 수수료 얼마야?": the card's
  // product terms (read as the transactions, the instalments held, fraud or a loan's balance).
  if (
    CARD_TERMS.some((re) => re.test(text)) &&
    !/대출|\bloans?\b|\bmortgage|자동차|\bcar\b|\bleft\b|\bremaining\b|남았|남은|남아/i.test(text)
  )
    return 'PRODUCT_QUESTION';
  // "do i have any instalments running?": the card's instalment plans (read as the loan's arrears).
  if (
    /\binstal?l?ments?\b[^.?!]{0,15}\b(?:running|ongoing|going on|active|open|in progress)\b|할부\S{0,3}\s?(?:진행\s?중|남아\s?있|있어|있나|있는\s?(?:거|게))/i.test(
      text,
    ) &&
    !/대출|\bloans?\b|\bmortgage|자동차|\bcar\b|\boverdue|\blate\b|연체/i.test(text)
  )
    return 'CARD_TRANSACTIONS';
  // QA round 21 (card21). "3개월 후 카드값 얼마 나올 것 같아요?", "whats my card bill gonna be in 3 months", "1월 카드값
  // 예상 얼마에요": a bill further ahead than next month's — that month's spending forecast, not this month's bill.
  if (cardBillAhead(text)) return 'FORECAST';
  // QA round 21 (card21). "카드값 할부로 돌리면 얼마씩 내요?": the bill due this month converted into instalments, in its
  // own figures (was this month's bill alone).
  if (
    INSTALMENT_CONVERSION.test(text) &&
    CARD_BILL.test(text) &&
    /얼마|몇|\bhow much\b/i.test(text) &&
    !/대출|\bloans?\b|\bmortgage|못\s?(?:내|낼|갚)|\bcan'?t\b/i.test(text)
  )
    return 'PRODUCT_QUESTION';
  // "i think i'll have to skip the card payment this month": the card bill that cannot be paid (read as the loan's next
  // payment) — "what happens if I miss…" stays the arrears answer, about the same bill.
  if (
    CARD_BILL.test(text) &&
    /\b(?:have to|going to|gonna|might|may|will|need to|'ll|'ll have to)\s(?:have to\s)?(?:skip|miss)\b|\b(?:can'?t|cannot|won'?t be able to|unable to) (?:pay|afford|make)\b|못\s?(?:낼|내|갚)\S{0,3}\s?(?:것\s?같|거\s?같|듯)/i.test(
      text,
    ) &&
    !/\bwhat (?:happens|if)\b|어떻게\s?(?:돼|되)/i.test(text)
  )
    return 'HARDSHIP';
  // "거치기간 있어요?" (read as arrears): whether their loan has one, with what it is.
  if (
    /거치\s?기간\S{0,2}\s?(?:이\s?|은\s?)?(?:있|없|얼마|몇|남|언제)|\bgrace period\b[^.?!]{0,20}\b(?:do i|is there|have i|my)\b|\b(?:do i|is there) (?:have )?(?:a |any )?grace period\b/i.test(
      text,
    )
  )
    return 'PRODUCT_QUESTION';
  // "체크카드랑 신용카드 뭐가 나아요?" (read as a card recommendation), "what is COFIX" (chit-chat): the term explained.
  if ((CARD_TYPES.test(text) && !CARD_DEDUCTION.test(text)) || COFIX_ASKED.test(text))
    return 'PRODUCT_QUESTION';
  // "이번달에 150만원짜리 노트북 사도 될까요?", "can i afford a 1.5 million won laptop": the purchase against what the month
  // leaves (the savings answer), not a loan for it — a home, a car or a loan's payments stay with the loans.
  if (PURCHASE_ASKED.test(text) && extractAmount(text) !== undefined) return 'SAVINGS';
  // "if i put away 500k a month how long to reach 10 million", "매달 50만원씩 모으면 언제 1000만원 돼요?": a saving pace
  // towards a goal (read as a prepayment of the monthly amount), not a loan's.
  if (SAVING_PACE_GOAL.test(text)) return 'SAVINGS';
  // "나 망한거죠?", "im really anxious about money, am i going to be ok?": where they stand (hardship's answer), not a
  // forecast.
  if (
    REASSURE.test(text) &&
    /돈|빚|대출|카드|이자|불안|걱정|무서|\bmoney\b|\bdebts?\b|\bloans?\b|financ|\bbills?\b|anxious|worried|scared|afraid/i.test(
      text,
    )
  )
    return 'HARDSHIP';
  // QA round 18. "대출이자랑 카드값 합치면 한달에 얼마?", "how much goes out in december in total, loan and card?": the
  // month's instalments and card bill together (the spending answer; read as the bill alone or the next payment).
  if (OUTGOINGS.test(text)) return 'SPENDING';
  // "지금부터 내년 3월까지 이자 얼마 나가?", "내년에 내야 할 이자": the schedule's interest to then (read as the named
  // month's payment, or the whole term's interest).
  // QA round 21 (loan21). "how much interest would i save if i pay 10m by march": a prepayment then (was the interest
  // due to March).
  if (
    /\bsav(?:e|ing)\b|아끼|아낄|아껴|절약|줄어|줄일/i.test(text) &&
    (/\bpay(?:ing)?\b|\bprepay|\bput\b|갚|상환|넣/i.test(text) ||
      // QA round 22 (loanfu): "if i throw it at the jeonse loan what do i save" (was a savings goal).
      /\b(?:throw|chuck|dump|sink|toss|apply|use)\b[^.?!]{0,20}\b(?:at|on|to|toward|towards|into|against)\b[^.?!]{0,12}\b(?:loan|mortgage|debt)\b|(?:대출|빚)\S{0,2}\s?(?:에\s?)?(?:박|때려\s?넣|몰빵)/i.test(
        text,
      )) &&
    extractAmount(text) !== undefined
  )
    return 'PREPAYMENT_EFFECT';
  if (INTEREST_TO.test(text) || NEXT_YEAR_INTEREST.test(text)) return 'REPAYMENT_SCHEDULE';
  // "원금은 하나도 안 줄어요?", "10월은 31일인데 이자가 9월이랑 똑같네요?": how the interest is worked out (the next
  // payment's answer leads with why), not a prepayment.
  if (
    (PRINCIPAL_FLAT.test(text) ||
      /이자\S{0,2}\s?(?:가\s?|는\s?|도\s?)?[^.?!]{0,14}(?:똑같|같네)/.test(text)) &&
    !/카드|\bcard\b/i.test(text)
  )
    return 'NEXT_PAYMENT';
  // QA round 16. "내년 1월 20일에 완납하면 총 얼마?", "3개월 뒤에 다 갚으면", "how much would it be to pay it off on
  // january 20": a payoff on a day (read as that day's card spending, or today's payoff).
  if (PAYOFF_ON_DAY.test(text) && extractDay(text) && !/카드|\bcard\b/i.test(text)) return 'PAYOFF_QUOTE';
  // QA round 21 (left20). "how much will I owe in 3 months?", "대출 3개월 후에 얼마야?": the balance that many
  // instalments ahead (was a debt forecast, a loan of a 3-month term, or the overview).
  if (balanceAheadAsked(text)) return 'LOAN_BALANCE';
  // "12월 20일에 얼마 빠져나가요?", "낼모레 이자빠지는거 맞지?": a debit ahead — the loan's payment (the model read the
  // first as that day's card spending, the second as chit-chat).
  if (DEBIT_AHEAD.test(text) && !/카드|\bcard\b|썼|쓴|지출|spen[dt]/i.test(text)) return 'NEXT_PAYMENT';
  // "이자 왤케 많이 나가요 ㅡㅡ 53만원이 말이되나": why the interest is what it is (read as a 530,000-won prepayment).
  if (INTEREST_TOO_HIGH.test(text) && !/카드|\bcard\b/i.test(text)) return 'NEXT_PAYMENT';
  // "이자 더 싸게 할 수 있어요?", "can i get my rate lowered": the rate cut and the switch (read as arrears).
  if (
    LOWER_MY_RATE.test(text) &&
    !/카드|\bcard\b|중도|갚|상환|\bprepay|\bpay (?:off|down|back)\b/i.test(text) &&
    !/아프|병원|실직|잘렸|월급|못\s?내|힘들|어려|부담|\bsick\b|\bhospital\b|\bjob\b|\bcan'?t (?:pay|afford)\b/i.test(
      text,
    )
  )
    return 'REFINANCE';
  // "this app is useless, i've been charged twice by coupang!!!": the duplicate charge, whatever the anger around it
  // (QA round 16: chit-chat).
  if (DUPLICATE_CHARGE.test(text) && !/대출|\bloans?\b|\bmortgage/i.test(text)) return 'CARD_TRANSACTIONS';
  // "리볼빙 하면 어떻게 돼요? 이번달 카드값이 너무 많아서": revolving explained (with the bill when it is named), not this
  // month's spending.
  if (/리볼빙|일부\s?결제\s?금액\s?이월|\brevolving\b/i.test(text) && !/대출|\bloans?\b/i.test(text))
    return 'PRODUCT_QUESTION';
  // "예산 100만원이면 이번달 남은거 얼마예요?": that budget's rest this month (read as the loan's balance).
  if (
    /예산/.test(text) &&
    /남|\bleft\b/i.test(text) &&
    extractAmount(text) !== undefined &&
    !/대출|\bloan/i.test(text)
  )
    return 'SAVINGS';
  // "병원비 올해 얼마나 나갔지? 연말정산 때문에": the medical spending itself (read as the loan-interest deduction).
  if (
    /병원비|의료비|약값|진료비|\bmedical (?:bills?|expenses?|spending)\b/i.test(text) &&
    /얼마|how much|총/i.test(text)
  )
    return 'SPENDING';
  // "2억 빌리려면 연봉 얼마 돼야 해요?": the income a limit of that amount needs (read as the customer's own limit).
  if (INCOME_NEEDED.test(text) && extractAmount(text) !== undefined) return 'LOAN_LIMIT';
  // "how do i dispute it?", "이의제기는 어떻게 해요?": the card's dispute steps (read as the staff's import questions).
  if (DISPUTE_HOW.test(text) && !/업로드|파일|\bimport|\bupload|\bcsv\b|데이터/i.test(text))
    return 'SUSPECTED_FRAUD';
  // "570400 won to Korean Air split in 6 months, how much do I still owe on that?": the card instalments (read as the
  // loan's balance).
  if (
    CARD_INSTALMENTS.test(text) &&
    /\bowe\b|\bleft\b|\bremaining\b|\bfinish|\bend\b|남|얼마|언제|끝/i.test(text) &&
    !/대출|\bloan|\bmortgage|자동차|\bcar\b/i.test(text)
  )
    return 'CARD_TRANSACTIONS';
  // "how much will my jeonse interest be in 2027 total?", "내년 이자 총 얼마예요?": a year of the loan's schedule, summed
  // (read as a spending forecast).
  if (YEAR_OF_INTEREST.test(text)) return 'REPAYMENT_SCHEDULE';
  // "다음 달에 카드 얼마 쓸까요?", "how much will i spend next month": a spending forecast (read as the loan's payment).
  if (SPEND_AHEAD.test(text)) return 'FORECAST';
  // "해외결제 얼마나 했는지 알려주세요": card spending abroad (read as the loan's balance).
  if (
    /해외\s?(?:결제|사용|카드\s?(?:결제|사용)|직구)/.test(text) &&
    /얼마|총|합계|합치/.test(text) &&
    !/수수료|대출|이자|막|차단|목록|내역|조회|승인|문자|적\s?없|안\s?했/.test(text)
  )
    return 'SPENDING';
  // "지난 30일동안 쓴돈", "9월 1일~9월 30일 쇼핑", "on the 18th how much": days said, with spending or a shop or a
  // category — the spending in them (the model read some as a charge not made, or chit-chat).
  {
    const p = extractPeriod(text);
    if (
      (p?.kind === 'DATES' || p?.kind === 'LAST_N_DAYS') &&
      !/모르는|(?<![가-힣])안\s?(?:한|쓴|했)|도용|부정|해킹|fraud|unauthori|not me|didn'?t (?:make|buy)|대출|이자|\bloans?\b|\binterest\b/i.test(
        text,
      )
    ) {
      const listed =
        /내역|보여|목록|리스트|\blist\b|\bshow\b|transactions|what did i buy|뭐\s?(?:많이\s?)?(?:샀|결제)/i.test(
          text,
        );
      const slots = extractSlots(text, 'SPENDING');
      if (listed) return 'CARD_TRANSACTIONS';
      if (
        /썼|쓴|씀|쓰|지출|얼마|소비|spen[dt]|how much|cost|총/i.test(text) ||
        slots.category ||
        slots.merchant
      )
        return 'SPENDING';
    }
  }
  // "스벅이랑 이디야 중에 어디 더 많이 씀?": two shops side by side; "이마트, 홈플러스, 롯데마트 다 합치면?": their sum.
  if (
    /중에|\bvs\.?\b|\bversus\b|\bor\b|더\s?많이|more at|합치|합쳐|합하|더하면|다\s?합|\btogether\b|\bcombined\b|\bin total\b/i.test(
      text,
    ) &&
    extractSlots(text, 'SPENDING').alsoMerchant
  )
    return 'SPENDING';
  // "카드 재발급 얼마나 걸려요?": the card company's replacement (the lost-card answer), not a loan.
  if (REISSUE.test(text) && /카드|\bcard\b/i.test(text) && !/대출|\bloan|\bmortgage/i.test(text))
    return 'SUSPECTED_FRAUD';
  // "when did i last pay at CU", "스타벅스 마지막으로 결제한 게 언제예요?": the latest card payment at that shop, not
  // the loan's last repayment.
  if (
    LAST_AT_SHOP.test(text) &&
    extractMerchant(text) !== undefined &&
    !/대출|이자|원금|\bloans?\b|\bmortgage|\binterest\b/i.test(text)
  )
    return 'CARD_TRANSACTIONS';
  // "should i pay off 5M early or keep it in savings": repaying weighed against saving (the prepayment answer's
  // comparison), not a savings goal of that sum.
  // QA round 21 (left20). "대출 한번에 다 갚으려면 얼마 모아야돼?": the sum that closes the loan today (its payoff), not
  // saving weighed against repaying.
  if (PAYOFF_SUM_NEEDED.test(text) && extractAmount(text) === undefined && !/카드|할부/.test(text))
    return 'PAYOFF_QUOTE';
  if (VERSUS_SAVING.test(text)) return 'PREPAYMENT_EFFECT';
  // "why did you charge me a 98 won penalty??", "연체이자가 왜 붙었어요?": penalty interest (the arrears answer says
  // whether any was charged), not a card charge they did not make.
  if (PENALTY_CHARGED.test(text) && !/카드|\bcard\b/i.test(text)) return 'ARREARS';
  // "169 million is so much debt for someone my age": the debt weighing (hardship), not a charge of that amount.
  if (/\b(?:so much|too much|this much|a lot of|drowning in) debts?\b/i.test(text)) return 'HARDSHIP';
  // "interest on 10 million for a year": interest earned on a sum (read as a schedule), not a loan's.
  if (
    /\binterest (?:on|for|from) (?:₩\s?)?\d[\d,.]*\s?(?:k|m|mil|million|won|만원)?\b/i.test(text) &&
    !/\b(?:loans?|mortgage|borrow|owe|debt)\b|대출|빚/i.test(text)
  )
    return 'SAVINGS';
  // "이자 계산이 틀린 것 같은데요": the interest charged on the loan (how it is worked out, how to dispute it), not
  // hardship.
  if (INTEREST_DISPUTE.test(text) && !/카드|\bcard\b|적금|예금|\bsavings\b|\bdeposit/i.test(text))
    return 'NEXT_PAYMENT';
  // "if i put 10 million in a deposit for a year how much interest do i get": interest earned on savings (read as a
  // prepayment of that sum), not a loan's.
  if (
    DEPOSIT_INTEREST.test(text) &&
    /deposit|savings|적금|예금|저축|저금/i.test(text) &&
    !/대출|갚|상환|\bloans?\b|\bmortgage|\brepay|\bprepay|\bpay (?:off|back|down)\b/i.test(text)
  )
    return 'SAVINGS';
  // Product questions whose words decide them, whatever loan, amount or card words they carry (the guessing model
  // read them as a prepayment, a charge not made, the customer's own loan or chit-chat): "다른 계좌로 잘못 보냈어요"
  // (the mistaken-transfer return), "아버지가 돌아가셨는데 빚이 있어요. 제가 갚아야 하나요?" (what an heir owes),
  // "친구가 보증 서달라는데 서도 될까요" (the guarantor's liability), "whats the minimum payment on my card" (the bill
  // and what paying only the minimum costs).
  if (DECIDING_PRODUCT_TERMS.some((re) => re.test(text))) return 'PRODUCT_QUESTION';
  // QA round 23 (card23). "how much if i only pay the minimum?", "최소금액만 내면요?" as a first message: the card bill's
  // minimum (a loan has no minimum payment; the guessing model read it as a prepayment or the loans).
  if (
    MINIMUM_IF_PAID.test(text) &&
    /\bminimum\b|최소\s?(?:결제|납부|금액|청구)/i.test(text) &&
    !/대출|\bloans?\b|\bmortgage/i.test(text)
  )
    return 'PRODUCT_QUESTION';
  // "my landlord wants to raise the deposit by 30m, can i top up my jeonse loan?" (read as a savings goal), "전세대출
  // 증액 되나요?": more on the loan they have — a limit question for that kind (a jeonse loan's limit is the deposit's).
  if (
    /\btop(?:-| )?up (?:my |the |on my )?(?:\w+ )?(?:loan|mortgage)\b|\b(?:increase|raise) (?:my |the )?(?:\w+ )?(?:loan|mortgage)(?: amount)?\b|(?:대출|대출금)\S{0,2}\s?증액|증액\s?대출/i.test(
      text,
    )
  )
    return 'LOAN_LIMIT';
  // "do i have a mortgage or car loan?", "신용대출 있어요?" (read as a product question about rates): which loans they
  // have — the overview lists them (a kind not among them is thereby a no).
  if (
    /\bdo i (?:have|still have|owe on) (?:a |an |any )?(?!fixed|variable|floating)(?:\w+ )?(?:loans?|mortgages?|debts?)\b|(?:주담대|주택\s?담보\s?대출|신용\s?대출|자동차\s?대출|오토론|전세\s?대출|마이너스\s?통장|대출)\S{0,2}\s?(?:있어요|있나요|있는지|있었나|있어\s?[?？])/i.test(
      text,
    )
  )
    return 'LOANS_OVERVIEW';
  // "3.77%면 괜찮은 금리예요?", "is 3.77% a good rate?" (read as chit-chat or the overview): the rate against their own
  // loans' and the lowest on offer (REFINANCE rateJudged).
  if (extractRateJudged(text) !== undefined) return 'REFINANCE';
  // "why is the rate on my jeonse loan 3.77 when my friend got 3.2" (read as the balance): whether their rate is high —
  // against the offers for that loan (REFINANCE rateHigh).
  if (RATE_HIGH.test(text) && /\bwhy\b|왜/i.test(text)) return 'REFINANCE';
  // "적금 추천해주세요", "청년 적금 금리 몇프로에요?", "do u guys have a savings account with good interest? looking to park
  // 3m" (read as a loan limit or a savings goal of 3m), "해외여행 자주 가는데 카드 바꾸는 게 나을까요" (read as spending):
  // the house's products for them — savings under SAVINGS (with what a month leaves), cards and the rest as a product
  // question.
  const recommend = extractRecommend(text);
  if (recommend) return recommend === 'SAVINGS' ? 'SAVINGS' : 'PRODUCT_QUESTION';
  // "개인회생 하면 어떻게 돼요?", "채무조정 신청하면 무조건 되는 거죠?" (read as product questions about rates): hardship —
  // the options, their payment, and no promise.
  // "만기 때 한꺼번에 못 갚으면 어떡하죠" (hardship's list): the lump sum due at maturity and the ways to meet it —
  // the deposit returned, an extension, a refinance (LOAN_BALANCE, request EXTENSION, extensionRefused).
  if (MATURITY_CANT_PAY.test(text)) return 'LOAN_BALANCE';
  if (DEBT_RELIEF.test(text)) return 'HARDSHIP';
  // "다음 달에 회사 그만두게 될 것 같은데 대출 어떡하죠?", "I'm going to lose my job next month, what should I do" (read
  // as a forecast of next month): a job lost or about to be — the payments and the options, not a forecast. Not when
  // a limit is asked ("퇴사하면 대출 받을 수 있어요?") or the severance pay is the subject (퇴직금).
  if (JOB_LOSS.test(text) && !JOB_LOSS_NOT_HARDSHIP.test(text)) return 'HARDSHIP';
  // QA round 26 (en2). "what's the bare minimum I need each month?" (read as the card forecast): the fixed outgoings.
  if (BARE_MINIMUM.test(text)) return 'SPENDING';
  // QA round 26 (en2). "I want to buy a car next year", "내년에 차 사고 싶어요" (read as small talk, or the jeonse loan
  // for a car loan it does not have): a car purchase planned — the car loan they could take and their DSR with it.
  if (
    CAR_PLANNED.test(text) &&
    !/\bmy car loan\b|(?:자동차|오토)\s?(?:대출|론)\S{0,2}\s?(?:잔액|남은|납입|상환)/i.test(text)
  )
    return 'LOAN_LIMIT';
  // QA round 26 (en2). "how much did the Japan trip cost in total" (read as the loans, for "in total"): the trip's card
  // payments abroad.
  if (
    TRIP_ABROAD.test(text) &&
    /\bcost\b|\bspen[dt]\b|\bhow much\b/i.test(text) &&
    !/대출|\bloans?\b/i.test(text)
  )
    return 'SPENDING';
  // QA round 26 (en2). "I'm getting 3 million severance, how many payments does that cover?" (read as a prepayment of
  // the sum): the sum ÷ the monthly payment — the next payment's answer.
  if (PAYMENTS_COVERED.test(text) && extractAmount(text) !== undefined) return 'NEXT_PAYMENT';
  // "어제 납입일이었는데 깜빡했어요" (read as the next payment): what is overdue, the penalty and the next payment.
  if (MISSED_ALREADY.test(text) && !/카드/.test(text)) return 'ARREARS';
  // "what happens if i miss the december payment" (read as the next payment): being late — the penalty it brings.
  if (MISS_A_PAYMENT.test(text) && !/\bcard\b|카드/i.test(text)) return 'ARREARS';
  // "ugh this app is useless" (read as a charge not made): a complaint about us, not a finance question.
  if (APP_COMPLAINT.test(text)) return 'GENERAL_CHAT';
  // "매달 50만원씩 더 갚으면 언제 끝나요?" (read as the maturity): an amount repaid every month — its effect.
  if ((EVERY_MONTH_EXTRA.test(text) || PAY_A_MONTH.test(text)) && extractAmount(text) !== undefined)
    return 'PREPAYMENT_EFFECT';
  // "이의제기 어떻게 해요?", "how do I dispute a charge?": the card dispute's procedure, then the flagged transactions.
  if (DISPUTE_HOW.test(text) && !LOAN_WORDS.test(text)) return 'SUSPECTED_FRAUD';
  // "8월이랑 9월 비교해줘", "6월이랑 7월 중에 언제 더 많이 썼어?": two months' spending set side by side.
  if (
    monthPair(text) !== undefined &&
    /비교|더\s?(?:많이|적게|썼|쓴|나왔)|차이|언제|어느\s?달|\bcompar|\bvs\.?\b|\bmore\b|\bless\b|\bdifference\b/i.test(
      text,
    ) &&
    !LOAN_WORDS.test(text)
  )
    return 'SPENDING';
  // "대출 다 갚으면 너무 홀가분할거같아요 ㅎㅎ 언제 끝나요?": when the loan ends (its maturity), not today's payoff — the
  // payoff words are the wish, the question is when.
  if (
    /언제\s?(?:쯤\s?)?(?:끝나|끝날|끝이|다\s?갚아지|완납(?:되|돼))|\bwhen (?:will|does|do|is) (?:it|my loan|the loan|this|my debt)(?: \w+)? (?:end|be (?:fully )?paid off|be over|finish|done)\b/i.test(
      text,
    ) &&
    !/얼마|\bhow much\b|카드|할부|\bcard\b/i.test(text) &&
    /대출|빚|갚|\bloan|\bdebt|\bmortgage|\bpaid off/i.test(text)
  )
    return 'LOAN_BALANCE';
  // "어떤 항목이 제일 많이 늘었어?" (read as chit-chat): the category that rose most against the period before.
  if (CATEGORY_RISE.test(text) && !LOAN_WORDS.test(text)) return 'SPENDING';
  // "is 68k a month for my phone bill normal? feels like a lot" (read as a loan of ₩68,000): a bill paid by card is
  // card spending (the telecom category), not a loan.
  if (
    /\b(?:phone|mobile|cell(?:phone)?|internet) bills?\b|통신비|(?:휴대폰|핸드폰|폰)\s?(?:요금|비|값)/i.test(
      text,
    ) &&
    !LOAN_WORDS.test(text)
  )
    return 'SPENDING';
  // "10월달 카드 명세서 왜 이렇게 많이 나왔죠? 230만원이나" (read as a prepayment of 230만원), "my card bill this month
  // looks huge, why?": why a card bill is what it is — the spending answer with the bill, not a repayment of it.
  if (
    CARD_BILL.test(text) &&
    /왜\s?(?:이렇게\s?|이리\s?|그렇게\s?)?(?:많이|많|비싸|높|커|큰)|\bwhy\b|\b(?:huge|so (?:high|much|big))\b/i.test(
      text,
    ) &&
    !LOAN_WORDS.test(text) &&
    !/못\s?(?:내|낼|갚)|연체|\bcan'?t (?:pay|afford)/i.test(text)
  )
    return 'SPENDING';
  // "하루 평균 얼마 쓰고 있어요?" (read as the loan's balance): a day's average spending.
  if (DAILY_AVERAGE.test(text) && !LOAN_WORDS.test(text)) return 'SPENDING';
  // "앞으로 3번 내는 거 날짜랑 금액" (read as a forecast): the next instalments of the schedule.
  // "앞으로 납입할 날짜들 보여주세요" (read as a forecast): the dates of the instalments ahead.
  if (
    /앞으로\s?(?:(?:\d+|한|두|세|네|다섯|여섯)\s?(?:번|회|달)\s?(?:동안\s?)?(?:내는|낼|납입|갚|나가)|(?:납입|납부|상환|낼|내야\s?할|갚을|갚아야\s?할)\S{0,2}\s?(?:날짜|날들|일정|회차|금액들))/.test(
      text,
    ) &&
    !/카드|할부/.test(text)
  )
    return 'REPAYMENT_SCHEDULE';
  // "12월엔 얼마나 쓸까", "3월에 얼마 쓸 것 같아?" (read as a loan's limit): spending ahead — a forecast.
  if (
    /(?:\d{1,2}\s?월|다음\s?달|담달|다다음\s?달|내년)\S{0,3}\s?(?:얼마나?\s?(?:쓸까|쓸\s?것\s?같|쓰게\s?될|나갈까|나갈\s?것\s?같)|지출\S{0,2}\s?(?:얼마나?\s?)?(?:될까|예상))/.test(
      text,
    ) &&
    !CARD_BILL.test(text)
  )
    return 'FORECAST';
  // "이번 년도에 제일 비싸게 산 게 뭐예요" (read as a product question): the largest purchase — said of a thing bought,
  // not "그중에 제일 큰게 뭐였어?", which continues the question before it.
  if (LARGEST_BOUGHT.test(text) && !/그\s?중|거기서|\bof (?:those|them|these)\b|\bamong\b/i.test(text))
    return 'CARD_TRANSACTIONS';
  // "이자 너무 많이 내는 거 같은데 줄이는 방법", "대출 이자 좀 줄일 수 있을까요" (read as cutting card spending): what
  // lowers the interest — their lender's reduced rate, a switch (the refinance answer); not a what-if of the base
  // rate, a repayment of an amount named, nor a payment that cannot be made.
  // A hardship named beside it ("엄마가 아프셔서 병원비가 많이 나가는데 대출 이자 좀 줄일 수 있을까요", "실직해서…") is
  // hardship: the options, with what a lower rate takes off each month; a prepayment named is its effect.
  // The interest itself said as an amount ("월 이자 53만원 너무 부담돼요 줄이는 방법 없나요", QA round 19: card-spending
  // tips) is the same question, not a repayment of that amount.
  if (
    INTEREST_CUT.test(text) &&
    (extractAmount(text) === undefined ||
      /이자\S{0,2}\s?(?:가\s?|는\s?|만\s?)?(?:월\s?|한\s?달(?:에)?\s?|매달\s?)?\d|\binterest (?:of |is |at )?(?:about |around )?(?:₩|krw\s?)?\d/i.test(
        text,
      )) &&
    !/기준\s?금리|한은|한국은행|금통위|못\s?(?:내|갚)|연체|중도\s?상환|미리\s?갚|일부\s?상환|\bprepay|\bpay (?:it |some )?(?:off|down) early|\bcan'?t (?:pay|afford)|\bif (?:the )?rates?\b/i.test(
      text,
    )
  )
    return FIRED.test(text) ||
      /아프|아파|병원|질병|입원|수술|실직|해고|휴직|소득이?\s?줄|월급이?\s?(?:줄|깎)|\b(?:sick|ill(?:ness)?|hospital|surgery|lost my job|laid off|income (?:dropped|fell))\b/i.test(
        text,
      )
      ? 'HARDSHIP'
      : 'REFINANCE';
  // "did i use my card abroad recently" (read as a charge not made): the card's own transactions abroad.
  if (
    /\bdid i (?:use|spend (?:money )?on|pay with) (?:my )?(?:credit |debit )?card\b|해외에서\s?(?:카드\s?)?(?:쓴|결제한|사용한)\s?(?:거|것|적|내역)/i.test(
      text,
    ) &&
    !/\b(?:not|never|didn'?t)\b[^.?!]{0,10}\b(?:me|mine)\b|안\s?(?:했|쓴)|도용/i.test(text)
  )
    return 'CARD_TRANSACTIONS';
  // "if i miss the december payment by like a week": the days' penalty interest (arrears), not the payment itself.
  if (extractLateDays(text) !== undefined && !/카드|\bcard\b/i.test(text))
    // "월급이 일주일 늦게 들어와요": the pay is late, not a payment — hardship.
    // QA round 20 (loans): "my salary is late this month, can i pay the loan a few days later?" asks the days' cost.
    return /월급|급여|봉급|\bsalary|\bpay ?check|\bwages?\b|\bget paid\b/i.test(text) &&
      !/\b(?:can|could|may) i\b[^.?!]{0,30}\bpay\b|늦게\s?(?:내|갚|납부|납입)\S{0,3}\s?(?:도\s?)?(?:돼|되|괜찮|될까)/i.test(
        text,
      )
      ? 'HARDSHIP'
      : 'ARREARS';
  // "내 소득 얼마로 되어있어요?" (read as the loans' overview): the income on file, with the limit it gives.
  if (INCOME_ON_FILE.test(text)) return 'LOAN_LIMIT';
  // "do i get a tax benefit for my jeonse loan interest" (read as the next payment): the deduction's rules with the
  // interest paid this year; "체크카드가 공제 더 많아요?" (read as a forecast): the card deduction, a check card's rate
  // beside a credit card's.
  if (TAX_DEDUCTION_ASKED.test(text) || CARD_DEDUCTION.test(text)) return 'PRODUCT_QUESTION';
  // "how do i request a rate cut from kakaobank" (read as chit-chat): the right to ask for a lower rate, with what
  // their own lender's reduced rate would save (the refinance answer, like "금리인하요구권 쓸 수 있어요?").
  if (RATE_CUT_ASKED.test(text)) return 'REFINANCE';
  // "if the early repayment fee is 300k is switching still worth it?" (read as a payoff quote): the switch worked out
  // again with the fee stated (statedFee).
  if (
    extractStatedFee(text) &&
    /갈아타|갈아탈|대환|옮기|옮길|\bswitch|\brefinanc|\bmove (?:my |the )?loan/i.test(text)
  )
    return 'REFINANCE';
  // "내 대출 금리 다른 은행이랑 비교해줘", "compare my loan rate with other banks" (read as the loans' overview): their
  // loan against the other lenders' offers — the refinance answer; not a deposit's rate.
  if (RATE_SHOPPING.test(text) && !/예금|적금|저축|\bdeposit|\bsavings/i.test(text)) return 'REFINANCE';
  // "적금 깨는 게 나을까요 대출 받는 게 나을까요?": the two costs weighed (the savings answer), not a loan limit.
  if (BREAK_OR_BORROW.test(text)) return 'SAVINGS';
  // "마지막 달에는 얼마 내?", "만기때 한번에 얼마 갚아야돼?": the schedule's last row (not card spending, not the balance).
  if (LAST_INSTALMENT.test(text) && !/카드|\bcard\b/i.test(text)) return 'REPAYMENT_SCHEDULE';
  // "대출 이자 1년에 총 얼마 내?": a year of the schedule ahead, summed (not the overview, not the interest paid).
  if (YEAR_TOTAL.test(text) && (LOAN_WORDS.test(text) || REPAYING.test(text))) return 'REPAYMENT_SCHEDULE';
  // "돈관리 진짜 못하는 것 같아요, 한심해요": how they are doing with money — the health score's picture (not the fraud
  // steps a guessing model gave), read with the emotion.
  if (MONEY_SELF_BLAME.test(text)) return 'HEALTH_SCORE';
  // "새벽에 결제된 거 있어?", "any charges in the middle of the night?": the night-time payments — unless the
  // customer already says one was not theirs (a suspected fraud).
  if (
    NIGHT.test(text) &&
    /결제|거래|승인|긁|\bcharge|\bpayment|\btransaction|\bpurchase/i.test(text) &&
    !/아니|안\s?했|않았|모르는|\bnot me\b|\bdidn'?t\b|\bunauthori[sz]ed\b|대출|이자|\bloan\b/i.test(text)
  )
    return 'CARD_TRANSACTIONS';
  // "지금 다 갚으면 이자 얼마나 아껴요?", "how much interest would I save by paying off my loan?": closing the loan
  // (no amount named: "천만원 갚으면 얼마나 아껴요?" is a prepayment's effect).
  if (
    PAYOFF_SAVING.test(text) &&
    /다\s?갚|전액|완납|한\s?번에\s?갚|\bpay(?:ing)? (?:it |this |my (?:\w+ )?(?:loan|mortgage) |the (?:\w+ )?(?:loan|mortgage) )?off\b|\bpayoff\b/i.test(
      text,
    ) &&
    extractAmount(text) === undefined
  )
    return 'PAYOFF_QUOTE';
  // "금리 0.25프로 내리면?", "이자 2프로 오르면 한달에 얼마 더 내야돼?": a what-if of a stated size on their own
  // loans (principal × points ÷ 12) — not the rate outlook, not spending; the loan named, else all of them.
  if (
    /\d\s?(?:%|퍼센트|프로|bp\b|percentage points?)/i.test(text) &&
    /금리|이자|이율|\brates?\b|\binterest\b/i.test(text) &&
    (RATE_RISE.test(text) || RATE_CUT.test(text)) &&
    /면|\bif\b|\bwhen\b/i.test(text) &&
    !/전망|예상|될까|할까|\bforecast|\boutlook|\bwill\b/i.test(text) &&
    extractRateTo(text) === undefined
  )
    return extractLoanRef(text) ? 'LOAN_BALANCE' : 'LOANS_OVERVIEW';
  // "지난달보다 이번달 덜 쓰고 있는거 맞아?": two months' spending compared.
  if (
    /(?:지난\s?달|저번\s?달|전\s?달|지난\s?주|작년)\S{0,2}\s?(?:보다|에\s?비해|대비)/.test(text) &&
    /(?:더|덜)\s?(?:쓰|썼|쓴|많이|적게)|많이\s?(?:썼|쓰)|적게\s?(?:썼|쓰)|줄었|늘었/.test(text) &&
    !LOAN_WORDS.test(text)
  )
    return 'SPENDING';
  // "이번달 카드 결제 금액 얼마야": the card bill (this month's use, then the bill due), not a list of transactions —
  // unless it cannot be paid (hardship, arrears).
  if (
    CARD_BILL.test(text) &&
    /얼마|알려|\bhow much\b|\bwhat do i owe\b|\bowe\b/i.test(text) &&
    !/못\s?(?:내|낼|낸|갚)|연체|밀리|밀릴|\bcan'?t\b|\bunable\b|\blate\b|\boverdue\b|\bmiss/i.test(text)
  )
    return 'SPENDING';
  // "대출 이자 얼마예요?", "대출이자 얼마임": what the interest comes to (QA round 23, mix23: "이자율 얼마" is the rate) — the next instalment and its interest (not
  // the balance, not the overview).
  if (
    /^\s*(?:ㅇㄷ\s?)?(?:제\s?|내\s?|저의\s?)?(?:대출\s?)?이자(?!율)\S{0,2}\s?(?:가\s?|는\s?)?(?:지금\s?)?(?:한\s?달에\s?|매달\s?|매월\s?|월\s?)?얼마(?:임|야|예요|에요|인가요|죠|지|나와요|나가요|내요)?\s?[?？]?\s*$/.test(
      text,
    )
  )
    return 'NEXT_PAYMENT';
  // "며칠까지 늦어도 괜찮아요?": when lateness starts to cost (penalty interest, then the credit bureaus), not a
  // document's quality or chit-chat.
  if (LATE_GRACE.test(text)) return 'ARREARS';
  // "이번달 생활비 50만원으로 버틸 수 있을까?" (not a prepayment of 50만원) and "이번달 남은 돈 얼마예요?" (not the loan's
  // balance left): this month's money, the savings answer's.
  if (extractGetBy(text) || (LEFT_THIS_MONTH.test(text) && !LOAN_WORDS.test(text))) return 'SAVINGS';
  // "다음 달 카드값 얼마 나올까요?", "what will next month's card bill be?": with most card companies next month's bill
  // is this month's spending, so far (the spending answer's nextBill) — not a forecast of next month's spending, and
  // not when the bill cannot be paid (hardship).
  if (
    NEXT_BILL.test(text) &&
    CARD_BILL.test(text) &&
    !/못\s?(?:내|낼|낸|갚)|연체|밀릴|\bcan'?t (?:pay|afford)|\bunable to pay|\boverdue|\blate\b/i.test(text)
  )
    return 'SPENDING';
  // "상환 방식 바꿀 수 있어요?": a question about the loan's repayment method, not a refinance ("바꿀 수").
  if (METHOD_CHANGE.test(text)) return 'PRODUCT_QUESTION';
  // "대출 연장 가능할까요?": the loan's maturity and what an extension takes (the balance answer's request), not a
  // new loan's limit (the model's reading) — unless an amount to borrow, a payment one cannot make or the repayment's
  // own deadline ("상환 기한 연장": putting payments off, hardship) is named.
  if (
    (EXTENSION.test(text) || EXTENSION_REFUSED.test(text)) &&
    !/못\s?(?:내|갚)|연체|상환\s?(?:기한|기간|유예)|유예|\bcan'?t pay|\bdefer|\bpostpone|\d|만\s?원|억/i.test(
      text,
    )
  )
    return 'LOAN_BALANCE';
  // "카드 결제가 안 돼요", "my card was declined": the card company's reasons and this month's card use, not a list
  // of transactions or the fraud steps — unless a scam, a lost card or an unknown charge is named.
  if (
    CARD_DECLINED.test(text) &&
    !/분실|도난|잃어|도용|모르는|하지\s?않은|대출|이자|원리금|상환|\bstolen|\blost\b|\bdidn'?t make|\bloan|\bmortgage/i.test(
      text,
    )
  )
    return 'CARD_TRANSACTIONS';
  // "연봉이 10% 오르면 한도 얼마나 늘어요?", "What if my income goes up 10%?": the loan limit's income what-if — not
  // when the money is for repaying or saving, nor a pay cut one cannot pay with (hardship) unless a limit is asked.
  const incomeChange = extractIncomeChange(text);
  if (
    incomeChange &&
    !/갚|상환|저축|적금|모으|못\s?(?:내|갚)|힘들|어려|\brepay|\bpay (?:it |them |this )?(?:off|down|back)|\bsav(?:e|ing)|can'?t (?:pay|afford|keep up)|struggl/i.test(
      text,
    ) &&
    (!incomeChange.startsWith('-') ||
      /한도|얼마까지|빌릴|\bborrow|\blimit|\bqualify/i.test(text) ||
      // "what if my salary is cut by 20%?": a fall by a share said as a what-if (not one that happened) is the limit's.
      (/%|퍼센트|프로|percent/i.test(text) && /\bwhat if\b|\bif my\b|\bsuppose\b/i.test(text)))
  )
    return 'LOAN_LIMIT';
  // "금리가 5%로 오르면 한 달에 얼마 내요?": what the customer's loans would cost at that rate (not a forecast or a
  // prepayment) — the next payment's answer unless the balance or all loans are asked about.
  if (extractRateTo(text) !== undefined)
    return /잔액|남은|전체|모든|총|\ball (?:my )?loans\b|\btotal\b/i.test(text)
      ? 'LOANS_OVERVIEW'
      : 'NEXT_PAYMENT';
  // "1월에 얼마 내야 돼요?", "what's my January payment?": that month's instalment (NEXT_PAYMENT's dueMonth) — not a
  // card bill, spending, a payment already made or another bill.
  if (
    extractNamedMonth(text) !== undefined &&
    extractDay(text)?.kind !== 'DATE' &&
    DUE_MONTH_VERB.test(text) &&
    !/카드|\bcard|썼|쓴|지출|소비|\bspen[dt]|냈|갚았|\bpaid\b|적금|예금|\bsaving|월세|\brent\b|세금|\btax|보험|\binsurance/i.test(
      text,
    )
  )
    return 'NEXT_PAYMENT';
  // "25일에 이자 빠져나가요?", "Is anything coming out on the 25th?": whether that day is a payment day (yes or no
  // first), not chit-chat — a card's payment day stays the card's.
  if (extractDueDateAsked(text) !== undefined && !/카드|\bcard\b/i.test(text)) return 'NEXT_PAYMENT';
  // "금리 몇프로에요", "내 금리 몇 퍼센트야": the rate they pay now (the balance answer's currentRate) — not an outlook,
  // a penalty rate, a savings rate or another lender's.
  if (
    // QA round 23 (mix23): "대출 이자율 얼마에요" too (was the next payment).
    (/(?:금리|이자율|이율)\S{0,2}\s?(?:지금\s?|현재\s?)?몇\s?(?:프로|퍼센트|%)/.test(text) ||
      (/(?:금리|이자율|이율)\S{0,2}\s?(?:지금\s?|현재\s?)?얼마/.test(text) &&
        !/카드|현금\s?서비스/.test(text))) &&
    !/전망|앞으로|될까|오를|올라|내릴|내려|떨어|예상|다음\s?달|내년|기준\s?금리|한국은행|미국|시장|연체|적금|예금|저축|갈아|대환|다른\s?은행|토스|으로\s?(?:해|준)/.test(
      text,
    )
  )
    return 'LOAN_BALANCE';
  // "대출금리 왜케 높아", "is my interest rate too high?": their rate against the lowest they could get (the
  // refinance answer's rateHigh) — not when it cannot be paid (hardship) or a rise is asked about.
  if (
    RATE_HIGH.test(text) &&
    !/못\s?(?:내|낼|갚)|연체|감당|\bcan'?t (?:pay|afford)|오르면|올라|인상|\bgoes up|\brise/i.test(text)
  )
    return 'REFINANCE';
  // "Is the rate fixed?", "금리 고정이에요?": their loan's rate type first (the rate-types answer), not a forecast.
  if (RATE_TYPE_ASK.test(text) && !/갈아|바꾸|바꿀|전환|switch|refinanc|change/i.test(text))
    return 'PRODUCT_QUESTION';
  // "지난달 해외 결제 총 얼마야?", "지난달 온라인으로 결제한 금액 얼마예요?", "how much did I spend online in total last
  // month?": a period's total (the spending summary), not a list of transactions.
  if (
    extractPeriod(text) !== undefined &&
    /총|합계|합쳐|다\s?해서|전부\s?해서|얼마|금액|\bin total\b|\btotal\b|\baltogether\b|\bhow much\b/i.test(
      text,
    ) &&
    /해외|외국|국외|온라인|인터넷\s?(?:쇼핑|으로|에서|결제|구매)|\boverseas\b|\babroad\b|\bforeign\b|\bonline\b/i.test(
      text,
    ) &&
    !/내역|목록|리스트|보여|뭐뭐|얼마짜리|제일|가장|\blist\b|\bshow\b|\blargest\b|\bbiggest\b|대출|\bloan/i.test(
      text,
    )
  )
    return 'SPENDING';
  // "이 점수면 대출 더 받을 수 있어?", "with this score can I get a loan?": the limit (then the score on file), not the
  // score's explanation.
  if (
    /점수|\bscore\b/i.test(text) &&
    /(?:대출|돈)\S{0,2}\s?(?:을\s?|를\s?|은\s?|이\s?)?(?:더\s?|좀\s?)?(?:받을\s?수|빌릴\s?수|나올까|나와요|가능할까|가능해|가능한가|되나|될까)|\b(?:can|could) i (?:get|borrow|qualify for)\b/i.test(
      text,
    ) &&
    extractCreditEffect(text) === undefined
  )
    return 'LOAN_LIMIT';
  // "부채증명서 어떻게 떼요?": each lender's certificate, then every loan's balance (not a debt forecast). "내 대출번호
  // 뭐야?", "대출 약정서 보여줘", "내 순자산 얼마야?", "상환내역 보여줘" (QA round 20: the rate, arrears, the schedule ahead).
  if (
    DEBT_CERTIFICATE.test(text) ||
    LOAN_NUMBER_ASKED.test(text) ||
    LOAN_CONTRACT.test(text) ||
    NET_WORTH.test(text) ||
    REPAYMENT_HISTORY.test(text)
  )
    return 'LOANS_OVERVIEW';
  // "자동이체 계좌 바꾸고 싶어요": the lender's to change, then the next payment (not a list of transactions).
  // The card bill's account ("카드값 결제 계좌 바꾸고 싶어요") is the card company's: a card question.
  if (AUTO_DEBIT_ACCOUNT.test(text)) return CARD_NOT_LOAN.test(text) ? 'CARD_TRANSACTIONS' : 'NEXT_PAYMENT';
  // "전세 옮길 때 대출 어떻게 해요?": the jeonse loan moving with the customer (the balance answer's request), not a
  // new loan's limit.
  if (JEONSE_MOVE.test(text)) return 'LOAN_BALANCE';
  // "집주인이 보증금 안 돌려주면 대출은요?", "전세대출 만기에 한 번에 어떻게 갚아요?": the jeonse loan at the lease's end.
  if (DEPOSIT_NOT_RETURNED.test(text) || (JEONSE_MATURITY.test(text) && !EXTENSION_WORD.test(text)))
    return 'LOAN_BALANCE';
  // "만기 때 한 번에 다 갚아야 돼요?", "만기에 원금 한꺼번에 갚는 거예요?": how the loan ends (the maturity answer says
  // the date and whether the principal falls due in one sum), not today's payoff quote; the method's name
  // ("만기일시상환이 뭐예요?") stays a product question.
  // "when do i have to pay back the 169 million?", "1억6900 언제 갚아야 돼요?": the day the loan is owed back.
  if (REPAY_WHEN.test(text) && !/다음|이번\s?달|\bnext\b|\bthis month\b|instal?lment/i.test(text))
    return 'LOAN_BALANCE';
  if (
    MATURITY_LUMP.test(text) &&
    !/지금|오늘|당장|미리|먼저|중도|조기|만기\s?일시\s?상환|\bnow\b|\btoday\b|\bearly\b/i.test(text)
  )
    return 'LOAN_BALANCE';
  // "3분기랑 2분기 비교해줘", "total expenditure during the third quarter" (read as savings or chit-chat): a quarter's
  // spending, or two side by side.
  if (
    quartersNamed(text).length > 0 &&
    (quartersNamed(text).length === 2 ||
      /지출|썼|쓴|쓰|소비|카드|비교|대비|\bspen[dt]|\bexpenditure\b|\bexpenses\b|\bcompare|\bvs\b/i.test(
        text,
      )) &&
    !LOAN_WORDS.test(text)
  )
    return 'SPENDING';
  // "이번달 예산 초과했어?" (read as the next payment): this month's spending against the budget.
  if (ON_TRACK.test(text) && !LOAN_WORDS.test(text)) return 'SAVINGS';
  // "can i pay my loan with my credit card" (read as hardship): not directly — a cash advance's cost.
  if (LOAN_BY_CARD.test(text)) return 'PRODUCT_QUESTION';
  // "카드 해지하고 싶어요", "i want to close my card": the card's closing, not a loan's payoff.
  if (CARD_CLOSE.test(text) && !/대출|\bloans?\b|\bmortgage\b/i.test(text)) return 'CARD_TRANSACTIONS';
  // "카드 포인트 얼마 있어요?": the card company's points, not a list of transactions or a spending total.
  if (CARD_POINTS.test(text) && !/대출|이자|금리|\bloan|\bmortgage|\brates?\b|percentage points?/i.test(text))
    return 'CARD_TRANSACTIONS';
  // "두 번 연체하면 어떻게 돼요?", "2회 연속 못 내면요?": what missing instalments in a row costs and leads to.
  if (extractMissedPayments(text)) return 'ARREARS';
  // "중도상환하면 수수료 포함해서 총 얼마야?", "how much in total with the fee if I pay it off early?": the whole loan
  // repaid today, fee included (the payoff quote) — not a part repaid or the interest it saves.
  if (
    EARLY_REPAYMENT.test(text) &&
    TOTAL_ASKED.test(text) &&
    !/\d|만\s?원|억|천\s?원|절반|반만|반\s?(?:을|만|정도)|일부|얼마나\s?(?:아껴|아낄|줄|절약)|아끼|아낄|아껴|덜\s?내|절약|줄어|이득|\bhalf\b|\bpart\b|\bsav(?:e|ing)\b/i.test(
      text,
    )
  )
    return 'PAYOFF_QUOTE';
  // "Is there a penalty if I pay it off early?": the payoff with its prepayment fee first, not lateness ("penalty").
  if (PREPAYMENT_FEE.test(text) && /\bearly\b/i.test(text) && !/\blate\b|overdue|\bmiss|연체/i.test(text))
    return 'PAYOFF_QUOTE';
  // "Why was I charged by DUTY FREE?", "이 결제 뭐예요? 면세점에서 빠져나갔는데": a charge the customer does not place,
  // answered with that merchant's transactions (found among their own, pipeline), then the flagged ones and the
  // steps; "면세점에서 결제된 거 보여줘" lists them — not a loan's next payment ("charged", "빠져나가") either way.
  if (!LOAN_WORDS.test(text) && !REPAYING.test(text)) {
    if (CHARGE_WHY.test(text)) return 'SUSPECTED_FRAUD';
    if (CHARGED_BY.test(text) && !INTENT_CUES.SUSPECTED_FRAUD!.test(text)) return 'CARD_TRANSACTIONS';
  }
  // "I was charged twice": a billing error to find among the transactions ("charged" is a next-payment word).
  // A loan instalment taken twice ("대출 이자가 두 번 빠져나갔어요") is the lender's to check, not a card's.
  if (DUPLICATE_CHARGE.test(text) && !LOAN_WORDS.test(text) && !REPAYING.test(text))
    return 'CARD_TRANSACTIONS';
  // "한국은행이 금리 내리면 제 이자도 줄어드나요?", "Will a Bank of Korea rate cut lower my loan interest?": what a cut
  // does to their loans (a what-if), not the rate outlook ("금리 내릴까요?", "will rates drop next year?").
  const cut = extractRateRise(text);
  if (
    cut !== undefined &&
    cut < 0 &&
    /(?:내리|내려가|내린다|인하되|인하하|떨어지|낮아지)(?:면|던데|는데)|\bif\b|\bwhen\b|\bcuts?\b[^.?!]{0,30}\b(?:lower|reduce|bring down)\b/i.test(
      text,
    ) &&
    /이자|납입|\binterest\b|\bpayments?\b/i.test(text)
  )
    return 'LOANS_OVERVIEW';
  // "연봉 4천이면 지금 빚 괜찮은 수준이야?": the loans held against the income stated (the limit's affordability answer).
  if (extractStatedIncome(text) && (AFFORD_HELD.test(text) || DEBT_LEVEL.test(text))) return 'LOAN_LIMIT';
  // "카카오에서 3.9%라는데 바꿀까?": a rate quoted for a switch.
  if (
    extractQuotedRate(text) !== undefined &&
    /바꿀|바꾸|갈아|대환|옮길|옮기|\bswitch|\brefinanc|\bmove (?:my )?loan/i.test(text) &&
    !/금리가|이율이|\brates? (?:go|rise|fall|drop)/i.test(text)
  )
    return 'REFINANCE';
  // "월급이 25일에 들어와서 이자 좀 늦게 내도 되나요?", "I get paid on the 25th, can I pay a bit late?": what paying
  // late until the payday costs.
  if (extractPayday(text) !== undefined && /늦게|늦어|미루|밀려|연체|\blate\b|\bdelay|\bpostpone/i.test(text))
    return 'ARREARS';
  // "소득 대비 대출 비율이 얼마나 되나요?": the DSR against the cap, worried or not.
  if (DEBT_TO_INCOME.test(text)) return 'PRODUCT_QUESTION';
  // "Is my debt too high?": the DSR against the cap, unless a worry is named ("빚이 너무 많아서 잠이 안 와요").
  if (
    DEBT_LEVEL.test(text) &&
    !/잠|걱정|불안|막막|무서|두려|힘들|못\s?(?:내|갚)|\bscared|\bworr|\banxious|\bcan'?t (?:pay|sleep)|\bstress/i.test(
      text,
    )
  )
    return 'PRODUCT_QUESTION';
  // "정기결제 뭐 있어?", "what subscriptions am I paying for?": the charges repeated monthly, not a list of recent
  // transactions (the model's reading) — unless a loan is named ("대출 이자 자동결제").
  if (RECURRING.test(text) && !LOAN_WORDS.test(text)) return 'SPENDING';
  // "Can I get a car loan of 30 million won for 5 years? what would the monthly payment be", "3천만원 빌리면 한 달에
  // 얼마예요?": a new loan's amount — its instalment and the limit, not the next payment of a loan held.
  if (
    NEW_LOAN.test(text) &&
    extractAmount(withoutIncome(text)) &&
    !/갚|상환|\brepay|\bpay (?:it |this )?(?:off|down|back)|\bprepay/i.test(text)
  )
    return 'LOAN_LIMIT';
  // QA round 22 (carefu). The customer's own illness beside the loan ("갑자기 입원하게됐어요 수술비도 들고 ㅠ 대출 어떻게
  // 해야할지" read as a product question; "im in hospital for surgery … will i be ok with the loan?"): hardship.
  if (
    ILLNESS_SAID.test(text) &&
    !FAMILY_CARE.test(text) &&
    /대출|이자|상환|납입|갚|\bloans?\b|\bpayments?\b|\bmortgage\b|\binterest\b|\brepay/i.test(text) &&
    !/얼마\s?(?:썼|나갔|들었)|\bhow much did i (?:spend|pay)\b/i.test(text)
  )
    return 'HARDSHIP';
  // QA round 22 (carefu). Money gone before payday ("payday is on the 25th but im already out of money, rent n stuff due
  // before that", read as the next payment; "월급날 일주일 남았는데 통장에 3만원밖에없어요"): hardship — not a daily budget.
  if (
    BEFORE_PAYDAY.test(text) &&
    (MONEY_ON_HAND.test(text) ||
      /out of (?:money|cash)|\bbroke\b|no money|돈이?\s?(?:하나도\s?)?(?:없|부족|모자)|바닥/i.test(text)) &&
    !/하루에?\s?얼마|\bhow much (?:can|should) i spend\b/i.test(text)
  )
    return 'HARDSHIP';
  return null;
}

/** Borrowing anew: "빌리면", "대출 받으면", "get a car loan of …", "borrow 30 million". */
const NEW_LOAN =
  /빌리면|빌릴\s?(?:수|때)|빌리려|빌려야|대출\s?(?:을\s?)?(?:새로\s?)?받으면|새로\s?대출|\bborrow(?:ed|ing)?\b|\b(?:get|take(?: out)?|apply for)\s(?:a|an|another|new)\s(?:new\s)?(?:\w+\s)?(?:loan|mortgage)\b/i;
