// Answer plans: for each counselling intent, the tools whose results answer it (the same allowlisted tools a
// model may call) and whether the scenario explains the answer; and the resolution of a loan slot ("주담대",
// "the Kakao one", "L000000123") against the customer's own loans. Pure.
import {
  lenderMatches,
  type CounselIntent,
  type CounselSlots,
  type LoanRefSlot,
  type ProductTopicSlot,
} from '../../topics';
import type { ScenarioLabel } from '../../scenarios/engine/scenario-engine';
import type { LoanLine } from './data';
import { TOOL, type ToolName } from './tools';

export interface AnswerPlan {
  /** Tools run for the offline answer and offered to a model, in the order they are needed. */
  tools: readonly ToolName[];
  /** Whether the counselling scenario bears on the answer (fetched and shown only then). */
  scenario: boolean;
  /** When set, the scenario is shown only when it is one of these (another explains nothing of this answer). */
  scenarioOnly?: ReadonlySet<ScenarioLabel>;
}

/**
 * The scenarios that explain a debt-service ratio: the debt service against income, an income that fell. Not
 * spending ("소비가 많거나 빠르게 늘고 있습니다" under "제 DSR 얼마예요?" explains no part of it).
 */
const RATIO_SCENARIOS: ReadonlySet<ScenarioLabel> = new Set<ScenarioLabel>(['DEBT_BURDEN', 'INCOME_DROP']);

const LOAN_TOOLS: readonly ToolName[] = [TOOL.LOANS];

/**
 * QA round 21 (care21). The scenarios a hardship answer can carry: arrears risk, the debt burden, a cash shortfall, an
 * income drop — not spending growth ("■ 소득에 비해 소비가 많거나…" under "월급이 안 들어왔어요" bore on nothing asked).
 */
const HARDSHIP_SCENARIOS: ReadonlySet<ScenarioLabel> = new Set<ScenarioLabel>([
  'DELINQUENCY_RISK',
  'DEBT_BURDEN',
  'LIQUIDITY_SHORTFALL',
  'INCOME_DROP',
]);

/**
 * Product questions none of the customer's own figures bears on: an heir's rules, a housing-subscription account,
 * the fees of a card payment abroad, the policy loans for low incomes (their answer is the rules and where to ask).
 */
const WITHOUT_OWN_FIGURES: ReadonlySet<ProductTopicSlot> = new Set<ProductTopicSlot>([
  'INHERITED_DEBT',
  'HOUSING_SUBSCRIPTION',
  'OVERSEAS_CARD_FEES',
  'POLICY_LOANS',
  'INSTALMENT_CONVERSION',
  'RETIREMENT',
  'CARD_RATES',
  'CARD_TYPES',
  'COFIX',
]);

/** The card's product terms (QA round 20): the card named, its instalments, and the bill for the fee's example. */
const CARD_TERM_TOOLS: Partial<Record<ProductTopicSlot, readonly ToolName[]>> = {
  CARD_ANNUAL_FEE: [TOOL.CARDS],
  INTEREST_FREE_INSTALMENTS: [TOOL.CARDS, TOOL.INSTALMENTS],
  INSTALMENT_MONTHS: [TOOL.CARDS, TOOL.INSTALMENTS],
  INSTALMENT_FEE: [TOOL.CARDS, TOOL.INSTALMENTS, TOOL.SPENDING_SUMMARY],
};

export const ANSWER_PLANS: Record<CounselIntent, AnswerPlan> = {
  NEXT_PAYMENT: { tools: LOAN_TOOLS, scenario: false },
  LOAN_BALANCE: { tools: LOAN_TOOLS, scenario: false },
  PAYOFF_QUOTE: { tools: [TOOL.LOANS, TOOL.PAYOFF], scenario: false },
  REPAYMENT_SCHEDULE: { tools: [TOOL.LOANS, TOOL.SCHEDULE], scenario: false },
  ARREARS: { tools: LOAN_TOOLS, scenario: false },
  HARDSHIP: { tools: [TOOL.LOANS, TOOL.HARDSHIP], scenario: true, scenarioOnly: HARDSHIP_SCENARIOS },
  LOAN_LIMIT: { tools: [TOOL.LOANS, TOOL.SIMULATE], scenario: false },
  REFINANCE: { tools: [TOOL.LOANS, TOOL.REFINANCE], scenario: false },
  PREPAYMENT_EFFECT: { tools: [TOOL.LOANS, TOOL.PREPAYMENT], scenario: false },
  LOANS_OVERVIEW: { tools: LOAN_TOOLS, scenario: false },
  SPENDING: { tools: [TOOL.SPENDING_SUMMARY], scenario: false },
  CARD_TRANSACTIONS: { tools: [TOOL.TRANSACTIONS], scenario: false },
  SUSPECTED_FRAUD: { tools: [TOOL.FLAGGED, TOOL.TRANSACTIONS], scenario: false },
  HEALTH_SCORE: { tools: [TOOL.INSIGHTS], scenario: true },
  FORECAST: { tools: [TOOL.CUSTOMER_FORECAST, TOOL.INDICATOR_FORECAST], scenario: false },
  // QA round 22 (loanleft): the health-score block ("■ 소득에 비해 소비가…") under a savings answer bore on nothing asked;
  // it is kept for health-score questions (and hardship's own).
  SAVINGS: { tools: [TOOL.SPENDING, TOOL.LOANS, TOOL.INSIGHTS], scenario: false },
  PRODUCT_QUESTION: { tools: LOAN_TOOLS, scenario: false },
  DOCUMENT_QUALITY: { tools: [], scenario: false },
  IMPORT_FAQ: { tools: [], scenario: false },
  GENERAL_CHAT: { tools: [], scenario: false },
};

/**
 * The plan of one understood question: the intent's, widened where a slot makes the question one of the customer's
 * own figures — "중도상환수수료 얼마예요?" (a product question about the prepayment fee) is answered from the
 * loan's payoff quote, a card bill one cannot pay from this month's card spending.
 */
export function planFor(intent: CounselIntent, slots: CounselSlots): AnswerPlan {
  // QA round 24 (spend24b). The month's use asked with the loan's payment named: the loans too. The fixed outgoings: the
  // loans' monthly payments beside the recurring charges. What falls due before payday: with the recurring charges.
  if (intent === 'SPENDING' && slots.spentAsked && slots.loanPaymentToo)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.LOANS], scenario: false };
  if (intent === 'SPENDING' && slots.recurring && slots.fixedCosts)
    return { tools: [TOOL.RECURRING, TOOL.LOANS], scenario: false };
  if (intent === 'NEXT_PAYMENT' && slots.dueBy && slots.paydayDue)
    return { tools: [TOOL.LOANS, TOOL.SCHEDULE, TOOL.SPENDING_SUMMARY, TOOL.RECURRING], scenario: false };
  const plan24 = plan24Plan(intent, slots);
  if (plan24) return plan24;
  // QA round 23 (care23). "300만원 할부로 하면 한달에 얼마예요?": the amount split, from the figures said.
  if (intent === 'CARD_TRANSACTIONS' && slots.instalmentPlan) return { tools: [], scenario: false };
  // QA round 23 (care23). "병원비 카드로 긁어도 될까요": this month's card bill, the income on file, the loan payment.
  if (intent === 'SPENDING' && (slots.medicalOnCard || slots.medicalPiling))
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.SPENDING, TOOL.LOANS], scenario: false };
  // QA round 24 (loan24). "이번달 카드 많이 썼는데 대출이자 낼 수 있을까?": the same figures; "the loan is 169m right? and
  // card bill like 1.8m?": the bill and the loans.
  if (intent === 'SPENDING' && slots.loanAfterCard)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.SPENDING, TOOL.LOANS], scenario: false };
  if (intent === 'SPENDING' && slots.figuresCheck)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.LOANS], scenario: false };
  // "지금 중도상환하면 수수료 얼마예요?" (no amount): the fee of repaying it today, from the same quote.
  if (
    slots.productTopic === 'PREPAYMENT_FEE' &&
    (intent === 'PRODUCT_QUESTION' || (intent === 'PREPAYMENT_EFFECT' && !slots.amount))
  )
    return { tools: [TOOL.LOANS, TOOL.PAYOFF], scenario: false };
  // QA round 23 (loan23). "더 많이 아끼는 방법은?" after a prepayment: a larger one, then a lower rate.
  if (intent === 'PREPAYMENT_EFFECT' && slots.saveMore && slots.amount)
    return { tools: [TOOL.LOANS, TOOL.PREPAYMENT, TOOL.REFINANCE], scenario: false };
  // "제 DSR 얼마예요?", "DSR이 뭐예요?": the customer's own DSR (the limit simulation's "before"), the definition, and
  // the scenario when it is the debt burden or an income that fell (the ratio's two sides); spending is no part of it.
  if (
    intent === 'PRODUCT_QUESTION' &&
    (slots.productTopic === 'DSR' || slots.productTopic === 'DTI' || slots.productTopic === 'LENDING_RATIOS')
  )
    return { tools: [TOOL.LOANS, TOOL.SIMULATE], scenario: true, scenarioOnly: RATIO_SCENARIOS };
  // "대출 이자 연말정산 돼요?": the rule by loan kind, with this year's interest paid on each of the customer's loans.
  // "신용카드 소득공제 얼마나 받을 수 있어요?": this year's card spending against a quarter of the income (from the
  // quarterly view).
  // QA round 23 (spend23). A cut after a savings goal: the goal's new time needs what a month leaves (income, loans).
  if (intent === 'SPENDING' && slots.categoryCut && slots.cutGoal)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.SPENDING, TOOL.LOANS], scenario: false };
  if (slots.cardDeduction) return { tools: [TOOL.SPENDING, TOOL.SPENDING_SUMMARY], scenario: false };
  if (slots.medicalDeduction) return { tools: [TOOL.SPENDING, TOOL.SPENDING_SUMMARY], scenario: false };
  if (slots.spouseLoan) return { tools: [TOOL.LOANS], scenario: false };
  if (intent === 'PRODUCT_QUESTION' && slots.productTopic === 'TAX_DEDUCTION')
    return { tools: [TOOL.LOANS, TOOL.INTEREST_PAID], scenario: false };
  // QA round 23 (date23). What falls due up to a date or within the week: the instalments in the span (schedule) and this
  // month's card use (next month's bill so far). This month's card spending beside the loan's balance.
  if (intent === 'NEXT_PAYMENT' && slots.dueBy)
    return { tools: [TOOL.LOANS, TOOL.SCHEDULE, TOOL.SPENDING_SUMMARY], scenario: false };
  if (intent === 'NEXT_PAYMENT' && slots.weekdayOf) return { tools: [TOOL.LOANS], scenario: false };
  if (intent === 'LOAN_BALANCE' && slots.alsoSpending)
    return { tools: [TOOL.LOANS, TOOL.SPENDING_SUMMARY], scenario: false };
  // "6개월 뒤 대출 잔액은?", "그럼 6개월 뒤엔?": the stored schedule's rows up to that instalment.
  if (intent === 'LOAN_BALANCE' && slots.balanceAfter)
    return { tools: [TOOL.LOANS, TOOL.SCHEDULE], scenario: false };
  // "상환내역 보여줘": the ledger's latest repayments beside the loans.
  if (intent === 'LOANS_OVERVIEW' && slots.repaymentHistory)
    return { tools: [TOOL.LOANS, TOOL.LAST_REPAYMENTS], scenario: false };
  // "내 빚 총 얼마야? 카드값까지": the loans and the card bill due this month.
  if (intent === 'LOANS_OVERVIEW' && slots.debtWithCard)
    return { tools: [TOOL.LOANS, TOOL.SPENDING_SUMMARY], scenario: false };
  // "올해 대출 이자 얼마 냈어요?": the year's recorded repayments, beside the loans.
  if ((intent === 'LOAN_BALANCE' || intent === 'LOANS_OVERVIEW') && slots.interestPaid)
    return { tools: [TOOL.LOANS, TOOL.INTEREST_PAID], scenario: false };
  // QA round 27 (helper en27b). "do i have any revolving credit", "am i using cash advance?": their card records of the
  // last 12 months (the period set by understanding), and the loans the cash advance's explanation names.
  if (intent === 'PRODUCT_QUESTION' && slots.ownCardUse)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.LOANS], scenario: false };
  // QA round 20. "is that a lot?" after revolving's cost: the bill, and the loans whose rates it is weighed against.
  if (intent === 'PRODUCT_QUESTION' && slots.productTopic === 'REVOLVING' && slots.costJudged)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.LOANS], scenario: false };
  // "카드 연회비 얼마야?", "무이자 할부 돼?", "할부 몇 개월까지 돼?": their card named and the instalments they hold;
  // "할부전환 수수료 얼마야?": with this month's bill, the fee's example.
  if (intent === 'PRODUCT_QUESTION' && slots.productTopic && CARD_TERM_TOOLS[slots.productTopic])
    return { tools: CARD_TERM_TOOLS[slots.productTopic]!, scenario: false };
  // "신용카드 연체하면 어떻게 돼요?": the card bill (last month's spending) and what a missed card payment costs;
  // "카드 최소결제금액 얼마예요?": the same bill, then what paying only part of it (revolving) costs.
  if ((intent === 'ARREARS' || intent === 'PRODUCT_QUESTION') && slots.cardBill)
    return { tools: [TOOL.SPENDING_SUMMARY], scenario: false };
  // QA round 24 (en24b). "was there any foreign transaction fee": their year's spending abroad, for an estimate.
  if (intent === 'PRODUCT_QUESTION' && slots.productTopic === 'OVERSEAS_CARD_FEES' && slots.overseas)
    return { tools: [TOOL.SPENDING_SUMMARY], scenario: false };
  // "아버지가 돌아가셨는데 빚이 있어요": the heir's rules; none of the customer's own figures bears on them.
  if (intent === 'PRODUCT_QUESTION' && slots.productTopic && WITHOUT_OWN_FIGURES.has(slots.productTopic))
    return { tools: [], scenario: false };
  // "적금 깨는 게 나을까요 대출 받는 게 나을까요?": two rates weighed; the spending scenario explains nothing here.
  if (intent === 'SAVINGS' && slots.breakOrBorrow) return { tools: [TOOL.SPENDING], scenario: false };
  // QA round 22 (carefu). "몇달이나 버텨요?": the month's outgoings (card spending, income and deposits on file).
  if (intent === 'HARDSHIP' && slots.hardshipAsk === 'RUNWAY' && !slots.cardBill)
    return { tools: [TOOL.LOANS, TOOL.HARDSHIP, TOOL.SPENDING], scenario: false };
  // QA round 22 (carefu). The customer's own illness: no spending scenario (it reads as blame); with months off work,
  // the schedule's next rows for the payments in them. Money short before payday: the loan's next due date.
  if (intent === 'HARDSHIP' && slots.illness && !slots.hardshipAsk)
    return {
      // QA round 23 (care23): with the card bills, this month's use so far, the spending forecast and the card
      // instalments, for the bills due in those months.
      tools: slots.offCardBills
        ? [
            TOOL.LOANS,
            TOOL.HARDSHIP,
            TOOL.SCHEDULE,
            TOOL.SPENDING_SUMMARY,
            TOOL.CUSTOMER_FORECAST,
            TOOL.INSTALMENTS,
          ]
        : slots.monthsOff
          ? [TOOL.LOANS, TOOL.HARDSHIP, TOOL.SCHEDULE]
          : [TOOL.LOANS, TOOL.HARDSHIP],
      scenario: false,
    };
  if (intent === 'HARDSHIP' && slots.beforePayday && !slots.cardBill && !slots.hardshipAsk)
    return { tools: [TOOL.LOANS, TOOL.HARDSHIP], scenario: false };
  // QA round 21 (care21). A follow-up asking one thing of a hardship answer: no scenario; the benefit needs the
  // month's card spending.
  if (intent === 'HARDSHIP' && slots.hardshipAsk && !slots.cardBill)
    return {
      tools:
        slots.hardshipAsk === 'BENEFIT'
          ? [TOOL.LOANS, TOOL.HARDSHIP, TOOL.SPENDING]
          : [TOOL.LOANS, TOOL.HARDSHIP],
      scenario: false,
    };
  // "회사에서 잘렸어요", "my hours were cut": the income is what changed — a spending scenario ("소비가 많거나 빠르게
  // 늘고 있습니다") explains nothing and reads as blame; nor does it bear on a deferral asked for, or on what
  // lateness does to the credit score, or on the debt relief asked about ("개인회생 하면 어떻게 돼요?").
  if (
    intent === 'HARDSHIP' &&
    (slots.relief !== undefined ||
      slots.hardship === 'LOST_JOB' ||
      slots.hardship === 'INCOME_DROP' ||
      slots.hardship === 'DEFER' ||
      slots.scoreKind === 'CREDIT') &&
    !slots.interestBurden
  )
    return { tools: [TOOL.LOANS, TOOL.HARDSHIP], scenario: false };
  // "이자가 너무 부담돼요": the hardship options and what a lower rate would take off each month.
  if (intent === 'HARDSHIP' && slots.interestBurden)
    return {
      tools: [TOOL.LOANS, TOOL.HARDSHIP, TOOL.REFINANCE],
      scenario: true,
      scenarioOnly: HARDSHIP_SCENARIOS,
    };
  // "보이스피싱 당한 것 같아요", "대출 사기 문자를 받았어요": the lenders to check with and the card's flagged transactions.
  if (intent === 'SUSPECTED_FRAUD' && slots.scam)
    return { tools: [TOOL.LOANS, TOOL.FLAGGED], scenario: false };
  // QA round 25 (left25c). A charge asked what it is: its transactions, whether it is flagged, whether it recurs.
  if (intent === 'SUSPECTED_FRAUD' && slots.chargeAsked)
    return { tools: [TOOL.FLAGGED, TOOL.TRANSACTIONS, TOOL.RECURRING], scenario: false };
  // "카드 결제일이 언제예요?": the date is the card company's; the bill it takes is last month's spending.
  if (intent === 'NEXT_PAYMENT' && slots.request === 'CARD_DUE_DAY')
    return { tools: [TOOL.SPENDING_SUMMARY], scenario: false };
  // "카드 한도 올려주세요" is the card company's to decide: no loan simulation answers it.
  if (intent === 'LOAN_LIMIT' && slots.request === 'CARD_LIMIT') return { tools: [], scenario: false };
  // "카드 한도 얼마야?": the limit is the card company's; what the cards have been used for this month is ours.
  if (intent === 'LOAN_LIMIT' && slots.request === 'CARD_LIMIT_CHECK')
    return { tools: [TOOL.SPENDING_SUMMARY], scenario: false };
  // "또래보다 많이 쓰는 편이에요?", "내 점수 또래랑 비교하면?": the customer's percentiles among similar customers.
  // "이번 달 제일 큰 지출이 뭐야?": single transactions, largest first, whichever of the two the question reads as.
  if (intent === 'SPENDING' && slots.largest) return { tools: [TOOL.TRANSACTIONS], scenario: false };
  // QA round 21 (spend21). "통신비 왜 매달 회사가 달라요?": that category's recent charges, by company.
  if (intent === 'SPENDING' && slots.merchantSwitch && slots.category)
    return { tools: [TOOL.TRANSACTIONS], scenario: false };
  // "구독료 매달 얼마 나가?": the charges repeated monthly.
  if (intent === 'SPENDING' && slots.recurring) return { tools: [TOOL.RECURRING], scenario: false };
  // "카드 결제가 안 돼요": this month's card use (against a limit the card company holds) and the flagged transactions.
  if (intent === 'CARD_TRANSACTIONS' && slots.request === 'CARD_DECLINED')
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.FLAGGED], scenario: false };
  // "카드 해지하고 싶어요": what survives the closing — the instalments left and this month's spending still billed.
  if (intent === 'CARD_TRANSACTIONS' && slots.request === 'CARD_CLOSE')
    return { tools: [TOOL.INSTALMENTS, TOOL.SPENDING_SUMMARY], scenario: false };
  // "내 카드 몇 장이야?": the cards themselves.
  if (intent === 'CARD_TRANSACTIONS' && slots.cardList) return { tools: [TOOL.CARDS], scenario: false };
  // "카드 할부 남은 거 얼마야?": the instalment plans still being billed.
  if (intent === 'CARD_TRANSACTIONS' && slots.instalments)
    return { tools: [TOOL.INSTALMENTS], scenario: false };
  // QA round 22 (verdict). "저 과소비하는 거예요?", "am i overspending?": the last three complete months' card spending,
  // the income on file (the quarters) and the comparison with similar customers.
  if (intent === 'SPENDING' && slots.spendVerdict)
    return { tools: [TOOL.SPENDING_SUMMARY, TOOL.SPENDING, TOOL.PEERS], scenario: false };
  if (intent === 'SPENDING' && slots.peers)
    return { tools: [TOOL.PEERS, TOOL.SPENDING_SUMMARY], scenario: false };
  // QA round 24 (en24a). "whats my next payment and my health score": the loans beside the insights.
  if (intent === 'HEALTH_SCORE' && slots.alsoNextPayment)
    return { tools: [TOOL.LOANS, ...ANSWER_PLANS.HEALTH_SCORE.tools], scenario: true };
  if (intent === 'HEALTH_SCORE' && slots.peers)
    return { tools: [TOOL.PEERS, ...ANSWER_PLANS.HEALTH_SCORE.tools], scenario: false };
  // "예산 짜는 거 도와줘": what a month leaves, with the last three months' categories to plan card spending by.
  // "그 다음은요?" after the next payment: the open schedule's second row; "그럼 6개월 뒤엔?": the row six after it;
  // "1월 납입은요?": January's row.
  // ("did my november loan payment go through?" names a month and asks about the payment made: the ledger's, below.)
  if (
    intent === 'NEXT_PAYMENT' &&
    !slots.lastPayment &&
    (slots.afterNext || slots.paymentAhead || slots.dueMonth !== undefined)
  )
    return { tools: [TOOL.LOANS, TOOL.SCHEDULE], scenario: false };
  // "대출 다 갚으면 신용점수 올라요?": the effect and the bureau's score on file (read beside any plan), nothing else.
  // "어떻게 올려요?" after fingraph's own score: that score's drivers (the insights), not the bureau's.
  if (intent === 'HEALTH_SCORE' && slots.creditEffect === 'RAISE' && slots.scoreKind !== 'CREDIT')
    return { tools: ANSWER_PLANS.HEALTH_SCORE.tools, scenario: false };
  if (intent === 'HEALTH_SCORE' && slots.creditEffect) return { tools: [], scenario: false };
  // "신용점수 몇점이에요?": the bureau's score (read beside any plan) and ours in one line — no scenario block.
  if (
    intent === 'HEALTH_SCORE' &&
    slots.scoreKind === 'CREDIT' &&
    !slots.scoreWhy &&
    !slots.peers &&
    !slots.compare
  )
    return { tools: ANSWER_PLANS.HEALTH_SCORE.tools, scenario: false };
  // QA round 22 (loanleft). "이번달 대출 두번 낸 것 같아요": this month's recorded repayments beside the loans.
  if (slots.paidTwice && intent === 'NEXT_PAYMENT')
    return { tools: [TOOL.LOANS, TOOL.LAST_REPAYMENTS], scenario: false };
  // "지난번에 낸 대출금 얼마였어요?", "did my last payment go through?": the ledger's latest repayment beside the loans.
  if (
    (slots.lastPayment && ['NEXT_PAYMENT', 'LOAN_BALANCE', 'LOANS_OVERVIEW', 'ARREARS'].includes(intent)) ||
    (slots.everLate && intent === 'ARREARS')
  )
    return { tools: [TOOL.LOANS, TOOL.LAST_REPAYMENTS], scenario: false };
  if (slots.lastPayment && intent === 'HARDSHIP')
    return { ...ANSWER_PLANS.HARDSHIP, tools: [...ANSWER_PLANS.HARDSHIP.tools, TOOL.LAST_REPAYMENTS] };
  // "적금 추천해주세요", "which card should I get?": the house's products for them (with what a month leaves, for savings).
  if (slots.recommend && intent === 'SAVINGS')
    return { tools: [TOOL.RECOMMEND, ...ANSWER_PLANS.SAVINGS.tools], scenario: false };
  if (slots.recommend) return { tools: [TOOL.RECOMMEND], scenario: false };
  // "적금 이자 얼마나 받을 수 있어?": what a month leaves (the saving's amount) at an example rate; no scenario.
  if (intent === 'SAVINGS' && slots.depositInterest) return { ...ANSWER_PLANS.SAVINGS, scenario: false };
  // "이번 달 남은 돈 얼마야?": a month's income against this month's card spending so far and the loans.
  // QA round 26 (ko3): a budget takes the fixed outgoings (the charges repeated monthly) first, beside the loans.
  if (intent === 'SAVINGS' && slots.budget && !slots.leftThisMonth && !slots.getBy)
    return {
      tools: [...ANSWER_PLANS.SAVINGS.tools, TOOL.SPENDING_SUMMARY, TOOL.RECURRING],
      scenario: false,
    };
  if (intent === 'SAVINGS' && (slots.budget || slots.leftThisMonth || slots.getBy))
    return { tools: [...ANSWER_PLANS.SAVINGS.tools, TOOL.SPENDING_SUMMARY], scenario: false };
  // "이번 달 카드값 못 낼 것 같아요": the card bill so far, beside the loans and the options.
  // QA round 22 (loanleft): hardship's scenarios only — the health-score block ("■ 소득에 비해 소비가…") under "i can't pay
  // my card bill, revolving is killing me" bore on nothing asked.
  if (intent === 'HARDSHIP' && slots.cardBill)
    return {
      tools: [...ANSWER_PLANS.HARDSHIP.tools, TOOL.SPENDING_SUMMARY],
      scenario: true,
      scenarioOnly: HARDSHIP_SCENARIOS,
    };
  // QA round 22 (cardif). "다음달에 100만원 더 쓰면 카드값?", "can I afford a 1m trip in december?": the forecast of the
  // month spent (this month's spending so far for this month), the instalments on the bill it lands on, and for
  // affording the income on file (the quarters) and the loans' monthly payments.
  if (intent === 'FORECAST' && slots.extraSpend)
    return {
      tools: [TOOL.CUSTOMER_FORECAST, TOOL.INSTALMENTS, TOOL.SPENDING_SUMMARY, TOOL.SPENDING, TOOL.LOANS],
      scenario: false,
    };
  // QA round 22 (cardif). "99개월 후 카드값": beyond the forecast's reach — nothing to read.
  if (intent === 'FORECAST' && slots.beyondReach !== undefined) return { tools: [], scenario: false };
  // QA round 23 (card23). "why?" after a spending forecast: the forecast and the instalments running, no scenario.
  if (intent === 'FORECAST' && slots.changeWhy && (slots.forecastSubject ?? 'SPENDING') === 'SPENDING')
    return { tools: [TOOL.CUSTOMER_FORECAST, TOOL.INSTALMENTS], scenario: false };
  // QA round 21 (card21). "3개월 후 카드값 얼마 나올 것 같아요?": the spending forecast of that month, and the card
  // instalments still billed then.
  // QA round 23 (card23): and this month's spending, for the running month in the forecast's list.
  if (intent === 'FORECAST' && slots.cardBill && (slots.forecastSubject ?? 'SPENDING') === 'SPENDING')
    return { tools: [TOOL.CUSTOMER_FORECAST, TOOL.INSTALMENTS, TOOL.SPENDING_SUMMARY], scenario: false };
  // "이번 달 지출 얼마나 될까?": this month's card spending so far beside the month's forecast.
  // QA round 21 (left20): a spending forecast from this month says this month's spending to date first.
  // QA round 23 (card23): any spending forecast — its list shows this month as its actual to date plus the rest.
  if (
    intent === 'FORECAST' &&
    (slots.monthAhead === undefined || slots.monthAhead >= 0) &&
    (slots.forecastSubject ?? 'SPENDING') === 'SPENDING'
  )
    return { tools: [...ANSWER_PLANS.FORECAST.tools, TOOL.SPENDING_SUMMARY], scenario: false };
  // QA round 20 (loans). "will my loan balance go down next year": the loans beside the debt forecast, so an
  // interest-only loan's flat balance is said to be its design (repaid at maturity), not a warning.
  if (intent === 'FORECAST' && slots.forecastSubject === 'DEBT')
    return { tools: [...ANSWER_PLANS.FORECAST.tools, TOOL.LOANS], scenario: ANSWER_PLANS.FORECAST.scenario };
  // "내년에 금리 오를까요?": the outlook, after what a move would do to the customer's own loans.
  if (
    intent === 'FORECAST' &&
    (slots.forecastSubject === 'BASE_RATE' || slots.forecastSubject === 'LENDING_RATE')
  )
    return { tools: [TOOL.INDICATOR_FORECAST, TOOL.LOANS], scenario: false };
  // A deposit's interest or rate, a product, a balance, a fund of a given size, a pace towards a goal (QA round 16:
  // the spending scenario under "예금 이자 몇프로에요?" or "파킹통장 어디예요?" explains nothing of the answer).
  if (
    intent === 'SAVINGS' &&
    (slots.depositInterest ||
      slots.depositBalance ||
      slots.product ||
      slots.highestRate ||
      slots.saveMonthly ||
      slots.emergencyFund ||
      slots.purchase)
  )
    return { tools: ANSWER_PLANS.SAVINGS.tools, scenario: false };
  return ANSWER_PLANS[intent];
}

/** The loan a lateness question is about: the one asked about when it has a payment to come, else the first that has. */
export function lateLoan(loans: readonly LoanLine[], asked: LoanLine | null): LoanLine | null {
  return asked?.nextPayment ? asked : (loans.find((l) => l.status === 'ACTIVE' && l.nextPayment) ?? null);
}

function matches(l: LoanLine, slot: LoanRefSlot): boolean {
  if (slot.loanNumber && l.loanNumber.toUpperCase() !== slot.loanNumber.toUpperCase()) return false;
  if (slot.kind && l.kind !== slot.kind) return false;
  if (slot.lender && !lenderMatches(slot.lender, l.lender)) return false;
  return true;
}

const byDue = (a: LoanLine, b: LoanLine) =>
  (a.nextPayment?.dueDate ?? '9999').localeCompare(b.nextPayment?.dueDate ?? '9999');
const byBalance = (a: LoanLine, b: LoanLine) =>
  Number(BigInt(b.outstandingPrincipal.amount) - BigInt(a.outstandingPrincipal.amount) > 0n) -
  Number(BigInt(b.outstandingPrincipal.amount) - BigInt(a.outstandingPrincipal.amount) < 0n);

/**
 * The loan a question is about. A named loan (kind, lender, number) must be one of the customer's active loans —
 * else `notFound` (with the loan an unnamed question would get, if any). Without a name: the one whose payment is due first (next payment, hardship), the largest (refinance, prepayment, payoff, a product question's fee), the only one (balance), or none (arrears: every overdue loan).
 */
export function resolveLoan(
  loans: readonly LoanLine[],
  slot: LoanRefSlot | undefined,
  intent: CounselIntent,
): { loan: LoanLine | null; notFound: boolean } {
  const active = loans.filter((l) => l.status === 'ACTIVE');
  if (slot && (slot.kind || slot.lender || slot.loanNumber)) {
    const hit = active.filter((l) => matches(l, slot));
    // Not theirs: say so, and answer for the loan the question would otherwise be about.
    if (hit.length === 0) return { loan: resolveLoan(loans, undefined, intent).loan, notFound: true };
    return { loan: [...hit].sort(intent === 'NEXT_PAYMENT' ? byDue : byBalance)[0], notFound: false };
  }
  if (active.length === 0) return { loan: null, notFound: false };
  switch (intent) {
    case 'NEXT_PAYMENT':
    case 'HARDSHIP':
      return { loan: [...active].sort(byDue)[0], notFound: false };
    case 'REFINANCE':
    case 'PREPAYMENT_EFFECT':
    case 'PAYOFF_QUOTE':
    case 'REPAYMENT_SCHEDULE':
    case 'PRODUCT_QUESTION': // the prepayment fee of the largest loan; other product questions name no loan
      return { loan: [...active].sort(byBalance)[0], notFound: false };
    default:
      return { loan: active.length === 1 ? active[0] : null, notFound: false };
  }
}

/**
 * QA round 24 (plan24). A car on instalments: the month's income and spending, the loans and the DSR (the limit
 * simulation's "before"); an income cut: the month's income and card spending beside the loans; shame at the debt and
 * telling the family: the loans and their paid instalments (no spending scenario: it reads as blame); the two scores
 * told apart: the health score without its scenario block.
 */
function plan24Plan(intent: CounselIntent, slots: CounselSlots): AnswerPlan | null {
  if (intent === 'SAVINGS' && slots.carInstalment !== undefined)
    return { tools: [...ANSWER_PLANS.SAVINGS.tools, TOOL.SIMULATE], scenario: false };
  // QA round 28 (ko28). An uneven income: the loans, the month's income and card spending (no spending scenario).
  if (intent === 'HARDSHIP' && slots.irregularIncome)
    return { tools: [TOOL.LOANS, TOOL.HARDSHIP, TOOL.SPENDING], scenario: false };
  if (intent === 'HARDSHIP' && (slots.incomeCut || slots.affordAfterCut))
    return { tools: [TOOL.LOANS, TOOL.HARDSHIP, TOOL.SPENDING], scenario: false };
  if (intent === 'HARDSHIP' && (slots.debtShame || slots.tellFamily))
    return { tools: [TOOL.LOANS, TOOL.LAST_REPAYMENTS], scenario: false };
  if (intent === 'HEALTH_SCORE' && slots.scoreDiff) return { tools: [TOOL.INSIGHTS], scenario: false };
  if (intent === 'REFINANCE' && slots.newlywedSwitch) return { tools: [TOOL.LOANS], scenario: false };
  return null;
}
