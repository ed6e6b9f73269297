// The shapes of the data the counselling tools return (the JSON a model sees and the offline templates read).
// Money is a whole-won digit string plus its formatted form ("1,234,567원"), never a float.
import type { RequestContext } from '../../../common/context';
import type { HealthLever } from '../../insights';

export interface Krw {
  /** Whole won, digits only (e.g. "1234567"). */
  amount: string;
  /** Formatted in the turn's language: "1,234,567원" or "₩1,234,567" (render/formatWon). */
  text: string;
}

/** A rate in force from an instalment on. */
export interface RateStep {
  fromInstallment: number;
  /** The due date of that instalment. */
  dueDate: string;
  annualRate: string;
}

export interface LoanLine {
  /** Global id (Loan:…) — what get_loan_schedule takes. */
  loanId: string;
  loanNumber: string;
  kind: string;
  lender: string;
  status: string;
  outstandingPrincipal: Krw;
  /** The amount lent, for "지금까지 얼마나 갚았어요?" (what was lent less what is left). */
  principal: Krw;
  /** Annual rate as stored ("0.0520"). */
  annualRate: string;
  /** FIXED, VARIABLE, MIXED (fixed, then variable) or PERIODIC_RESET (주기형): whether a rate rise reaches it. */
  rateType: string;
  /** LEVEL_PAYMENT, EQUAL_PRINCIPAL or BULLET (만기일시). */
  repaymentMethod: string;
  /** Interest-only months at the start of the loan (거치기간), 0 when none. */
  graceMonths: number;
  maturityOn: string;
  /** The day the loan was paid out (대출 실행일), for "대출 받은 지 얼마나 됐어?". */
  disbursedOn: string;
  /** Instalments not yet paid. */
  remainingInstallments: number;
  /** Interest of the instalments not yet paid, as the stored schedule has it (today's rate for a variable loan). */
  remainingInterest: Krw;
  /** MONTHLY (balance × rate ÷ 12) or DAILY_ACTUAL_365 (balance × rate × days ÷ 365): whether days matter. */
  interestConvention: string;
  /** A MIXED loan's fixed months (혼합형), a PERIODIC_RESET loan's reset cycle; else null. */
  fixedPeriodMonths: number | null;
  /**
   * Where the rate changes along the schedule: the contract rate from instalment 1, then each change (past or set).
   * Read only for a question about a changed rate (absent otherwise).
   */
  rateHistory?: RateStep[];
  nextPayment: {
    number: number;
    dueDate: string;
    /**
     * The day it is actually owed and debited: the next business day when the due date falls on a weekend or holiday
     * (민법 제161조, `LoanService.effectiveDueDate`), else the due date. Optional for data written before it.
     */
    debitDate?: string;
    payment: Krw;
    principal: Krw;
    interest: Krw;
    /** Days the instalment's interest runs for. */
    days: number;
    /**
     * QA round 24 (loan24). If it is left unpaid: the first day penalty interest runs and the day it would be shared
     * as short-term arrears (null under ₩100,000) — `LoanService.arrearsDates`, the loans module's delinquency rules
     * and holiday calendar. Optional for data written before it.
     */
    lateFrom?: { penaltyFrom: string; shortTermFrom: string | null };
  } | null;
  /** The instalment before the next one (null for the first), to compare its interest with; read with the history. */
  previousPayment?: {
    number: number;
    dueDate: string;
    annualRate: string;
    days: number;
    interest: Krw;
    payment: Krw;
  } | null;
  delinquency: {
    daysPastDue: number;
    overdueAmount: Krw;
    assetClass: string;
    overdueInstallments: number;
    oldestUnpaidDueDate: string | null;
    /** Penalty interest accrued so far (연체이자). */
    penaltyInterest: Krw;
    /** Annual penalty rate as a decimal ("0.0820"), null when unknown. */
    penaltyRate: string | null;
  };
}

export interface LoansData {
  asOf: string;
  count: number;
  activeCount: number;
  totalOutstanding: Krw;
  /** Sum of the next instalment of every active loan. */
  nextPaymentsTotal: Krw;
  loans: LoanLine[];
  delinquency: {
    delinquentLoans: number;
    totalOverdue: Krw;
    totalPenaltyInterest: Krw;
    maxDaysPastDue: number;
    worstAssetClass: string;
  };
}

export interface ScheduleData {
  loanId: string;
  loanNumber: string;
  rows: { number: number; dueDate: string; payment: Krw; principal: Krw; interest: Krw; balance: Krw }[];
}

/**
 * The active loans' instalments due between two days (inclusive), from the stored schedules: all of them for a
 * month's outgoings, only those not yet paid for the interest to a date.
 */
export interface InstalmentsDueData {
  from: string;
  through: string;
  rows: {
    loanNumber: string;
    lender: string;
    kind: string;
    number: number;
    dueDate: string;
    payment: Krw;
    principal: Krw;
    interest: Krw;
    paid: boolean;
  }[];
}

export interface SimulationData {
  ok: boolean;
  /** Why not (e.g. no income on record), when !ok. */
  reason: string | null;
  evaluationDate: string | null;
  assumedLoan: { kind: string; termMonths: number; annualRate: string; repaymentMethod: string } | null;
  /** The amount the customer asked for, if any. */
  requestedAmount: Krw | null;
  /** The first instalment of the requested amount on the assumed terms (a level payment: every month but the last). */
  requestedPayment: Krw | null;
  maxLoan: Krw | null;
  dsrBefore: string | null;
  /** The DSR with the amount asked for when one was (else with a loan of maxLoan). */
  dsrAfter: string | null;
  dsrCapRatio: string | null;
  bindingConstraint: string | null;
  existingAnnualDebtService: Krw | null;
  /** The income the limit was computed on: the customer's statement when `incomeStated`, otherwise the one on file. */
  annualIncome: Krw | null;
  /** The first instalment of a loan of maxLoan on the assumed terms, when the monthly payment was asked. */
  limitPayment: Krw | null;
  /** The limit was computed on an income the customer stated ("연봉 5천인데"), not the one on file. */
  incomeStated: boolean;
  /** The income on file, when the limit was computed on a stated one (null when none is on file). */
  incomeOnFile: Krw | null;
  /**
   * The home a mortgage is for ("집값 4억"): its price, the LTV assumed, the limit that share gives and the DSR's —
   * the lower is maxLoan.
   */
  home: { price: Krw; ltvRatio: string; ltvLimit: Krw; dsrLimit: Krw } | null;
  /**
   * "2금융권에서는 얼마까지?": the limit is the non-bank one (its DSR cap), and this is the bank limit on the same
   * terms beside it; absent or null otherwise.
   */
  bank?: { maxLoan: Krw; dsrCapRatio: string } | null;
  /**
   * The stress DSR add-on the limit was assessed with (e.g. "0.006" = 0.6 %p) and the rate it gives, when one was
   * applied at the limit; null when none was (the limit then rests on the assumed rate itself).
   */
  stress?: { addOn: string; stressedRate: string } | null;
  /**
   * "2억 빌리려면 연봉 얼마 돼야 해요?": the annual income that gives a limit of the amount asked (the simulation's
   * RAISE_INCOME advice, stress DSR included) and the rise on today's; `met` when today's already does.
   */
  incomeNeeded?: { met: boolean; income: Krw; increase: Krw } | null;
  /** The income what-if asked for ("연봉이 10% 오르면"): the income it assumes and the limit it gives. */
  incomeWhatIf: {
    /** The change as a ratio, e.g. "0.10". */
    ratio: string;
    annualIncome: Krw;
    maxLoan: Krw;
    /** maxLoan − the limit at today's income (signed). */
    change: Krw;
    bindingConstraint: string;
    /** The customer named the income ("2천만원으로 오르면"), not a change by a share. */
    incomeNamed: boolean;
  } | null;
  /**
   * QA round 28 (helper en28). A loan paid off first ("and if i pay off the jeonse loan first"): the limit with that
   * loan's repayments out of the DSR (the simulation's loan-repayment scenario), and the DSR before the new loan then.
   */
  repaidWhatIf?: {
    loanId: string;
    maxLoan: Krw;
    change: Krw;
    dsrBefore: string;
    bindingConstraint: string;
  } | null;
}

/** The latest recorded repayment of each of the customer's loans (get_last_repayments). */
export interface LastRepaymentsData {
  loans: {
    loanId: string;
    loanNumber: string;
    kind: string;
    lender: string;
    /** The repayment with the latest value date (the last recorded among equals), null when none is recorded. */
    last: RepaymentLine | null;
    /** Repayments recorded on the loan. Optional for data written before it. */
    count?: number;
    /** QA round 21 (late21). Repayments that carried penalty interest (paid late). Optional for data written before it. */
    late?: number;
    /** The latest repayments, newest first (REPAYMENTS_LISTED at most). Optional for data written before it. */
    recent?: RepaymentLine[];
  }[];
}

/** One recorded repayment. */
export interface RepaymentLine {
  paidOn: string;
  /** REGULAR, PARTIAL, FULL or PREPAYMENT. */
  kind: string;
  amount: Krw;
  principal: Krw;
  interest: Krw;
  fee: Krw;
  penalty: Krw;
  balanceAfter: Krw;
}

/** Interest paid in one calendar year, from the recorded repayments (value dates in that Korean year). */
export interface InterestPaidData {
  /** The calendar year read, or null for every repayment since the loans began. */
  year: number | null;
  totalInterest: Krw;
  /** Penalty interest (연체이자) paid the same year, apart from the interest. */
  totalPenalty: Krw;
  loans: {
    loanId: string;
    loanNumber: string;
    kind: string;
    lender: string;
    payments: number;
    interest: Krw;
    penalty: Krw;
  }[];
}

export interface SpendingQuarter {
  quarter: string;
  complete: boolean;
  total: Krw;
  transactionCount: number;
  averageTicket: Krw | null;
  income: Krw | null;
  depositBalance: Krw | null;
  cardBalance: Krw | null;
  /** Change of the total against the previous quarter (0.12 = +12 %), null without a previous quarter. */
  changeFromPrevious: number | null;
  onlineShare: number | null;
  overseasShare: number | null;
  nightShare: number | null;
}

export interface SpendingData {
  quarters: SpendingQuarter[];
}

export interface TransactionsData {
  transactions: { occurredAt: string; merchant: string; category: string; amount: Krw; overseas: boolean }[];
  /**
   * What the list was narrowed to (a merchant, overseas only, a period the customer named — its KST days), if
   * anything.
   */
  filter?: {
    merchant?: string;
    overseas?: boolean;
    /** Refunds only. */
    refunds?: boolean;
    /** Largest first (among the transactions searched). */
    largest?: boolean;
    /** Purchases charged twice: same merchant and amount within DUPLICATE_WINDOW_HOURS, not refunded since. */
    duplicates?: boolean;
    /** Made at night: 00:00–05:59 KST (the quality report's night_time). */
    night?: boolean;
    /** Of this amount in won (a charge or its refund), as the customer quoted it ("모르는 결제가 있어요 68500원"). */
    amount?: string;
    /** No charge is exactly that amount: those the round figure said stands for ("73만원" → 735,100원). */
    approximate?: boolean;
    period?: { kind: string; months?: number; from: string; through: string };
  };
  /** With the duplicates filter: each pair, newest first (the list above is then their second charges). */
  duplicates?: {
    merchant: string;
    category: string;
    amount: Krw;
    first: string;
    second: string;
    overseas: boolean;
  }[];
  /** How many recent transactions were searched when a filter applies. */
  searched?: number;
  /**
   * QA round 25 (left25c). A charge asked what it is ("AMAZON.COM 19700원 이거 뭐예요?"): how many of those searched
   * matched, the card and channel of the one answered with (the newest match, else the nearest), the nearest in amount
   * when none matched (among the merchant's when it has any), and the trip abroad it was paid in.
   */
  charge?: {
    matched: number;
    closest: TransactionsData['transactions'];
    /** The card it was paid with: issuer and product. */
    card: string;
    online: boolean;
    /** The month's purchases abroad in person (a trip, as the spending answers group it): its days, count and total. */
    trip?: { from: string; through: string; count: number; total: Krw };
  };
  /**
   * QA round 26 (en2). Refunds asked of a merchant and none found ("the Marriott charge was refunded right?"): its
   * charges among those searched, newest first — what was not refunded.
   */
  charges?: TransactionsData['transactions'];
  /** The newest transaction of all, when a period the customer named has none ("어제 뭐 샀지?": none; the last one). */
  latest?: { occurredAt: string; merchant: string; category: string; amount: Krw; overseas: boolean };
}

/** Card transactions a list shows when the question names no number ("최근 결제 보여줘"). */
export const TRANSACTIONS_SHOWN = 5;

/** Card instalment plans (할부) still being billed (principal only; the issuer's fee is not known here). */
export interface InstalmentsData {
  asOf: string;
  plans: {
    purchasedOn: string;
    merchant: string;
    category: string;
    amount: Krw;
    months: number;
    billed: number;
    remaining: number;
    remainingPrincipal: Krw;
    nextInstalment: Krw | null;
    /** Month of the last instalment's statement ("2027-04"). */
    lastMonth: string;
  }[];
  remainingPrincipal: Krw;
  /** Every plan's next instalment together: next month's statement. */
  nextInstalments: Krw;
}

/** What card instalment purchases put on one month's statement (spending.statementInstalments, principal only). */
export interface StatementData {
  /** The statement's month ("2026-11"). */
  month: string;
  portions: { merchant: string; purchasedOn: string; number: number; months: number; amount: Krw }[];
  portionTotal: Krw;
  /** Instalment purchases of the month billed, in its spending in full but billed a part at a time. */
  deferredTotal: Krw;
}

/** The customer's cards (customer.cards): who issued them, which product, credit or check, open or closed. */
export interface CardsData {
  cards: { issuer: string; product: string; cardType: string; issuedOn: string; closedOn: string | null }[];
}

/** Card purchases repeated every month (customer.recurringCharges). */
export interface RecurringData {
  asOf: string;
  charges: {
    category: string;
    amount: Krw;
    /** Months of the last six it was charged in. */
    months: number;
    usualDay: number;
    lastChargedOn: string;
    /** Merchant names it was charged under, sanitised. */
    merchants: string[];
  }[];
  /** Every recurring charge once: what they take a month. */
  monthlyTotal: Krw;
}

/** How the customer compares with similar customers in one quarter (customer.peerComparison). */
export interface PeersData {
  quarter: string;
  /** AGE_REGION_STAGE, AGE_REGION or AGE: how narrow the group is (it widens when too small). */
  level: string;
  /** Ten-year age band: '20s', '30s' …, '<20', '70+'. */
  ageBand: string;
  /** Customers in the group, the customer included. */
  size: number;
  /** TOTAL_SPEND (won), SPEND_TO_INCOME (a fraction), HEALTH_SCORE (0–100): mid-rank percentiles 0–100. */
  metrics: { metric: string; value: number; percentile: number; groupMedian: number | null }[];
}

/** One product of the house's catalogue as a recommendation answer names it (customer.recommendations). */
export interface ProductLine {
  /** Catalogue id, e.g. SAVINGS_YOUTH (never shown: `name` is). */
  id: string;
  kind: 'CARD' | 'SAVINGS' | 'LOAN';
  /** In the turn's language. */
  name: string;
  benefit: string;
  /** Why it fits this customer, in the turn's language (empty for a product not recommended to them). */
  reasons: string[];
  /** Savings: the base annual rate; loans: the lowest offered (a fraction, "0.045"); null for cards. */
  rate: string | null;
  /** Age limits of the product, when it has any (만 19–34세). */
  minAge: number | null;
  maxAge: number | null;
}

/** Products for the customer: the engine's recommendations of the kind asked, then the rest of that kind. */
export interface RecommendationsData {
  /** The kind asked; null for any. */
  kind: 'CARD' | 'SAVINGS' | 'LOAN' | null;
  /** The customer's age today (eligibility is said against it). */
  age: number | null;
  /** Recommended to this customer by the rules and the clusters (customer.recommendations), best first. */
  recommended: ProductLine[];
  /** The other products of that kind the customer's age allows, by catalogue order (at most three). */
  others: ProductLine[];
  /** The catalogue product the customer named, if any ("청년 희망 적금에 월 70만원 넣으면 이자 얼마?"). */
  named?: ProductLine;
}

export interface InsightsData {
  quarter: string;
  healthScore: number | null;
  healthBand: string | null;
  lifeStage: string | null;
  loanRiskBand: string | null;
  reasons: string[];
  /** What the customer can do about each weak indicator (score under 50), in words, weakest first. */
  actions: string[];
  /** QA round 25 (left25a, left25b). The unrounded score and what can raise it, most points first (healthLevers). */
  exactScore?: number;
  levers?: HealthLever[];
}

export interface ForecastData {
  kind: 'CUSTOMER' | 'INDICATOR';
  /** SPENDING / DEBT, or the indicator code. */
  series: string;
  label: string;
  /** "KRW" for a customer's series, else the indicator's unit (e.g. "연%"). */
  unit: string;
  method: string;
  horizon: number;
  lastObservedPeriod: string;
  observations: number;
  /** Indicator series version (part of the data version). */
  version: number | null;
  points: {
    period: string;
    mean: string;
    lower80: string;
    upper80: string;
    lower95: string;
    upper95: string;
  }[];
  /** A customer's spending: the one-off months (first days) capped at `oneOffCap` (whole won) before the fit. */
  oneOffMonths?: string[];
  oneOffCap?: string | null;
}

export interface ScenarioData {
  label: string | null;
  probability: number | null;
  calibrated: boolean;
  thresholdVersion: string;
  keyMetrics: {
    name: string;
    value: number | null;
    threshold: number;
    direction: string;
    triggered: boolean;
  }[];
  others: { label: string; probability: number }[];
}

/** The verdict on a document image (a customer's latest refinance document, or staff's latest analysis). */
export interface DocumentQualityFigures {
  source: 'REFINANCE_DOCUMENT' | 'STAFF_ANALYSIS';
  /** Document or analysis id (cited). */
  id: string;
  fileName: string;
  uploadedAt: string;
  /** The model's class label (never shown to customers as is: `labelText` is). */
  label: string;
  labelText: { ko: string; en: string };
  usable: boolean;
  /** Probability of the label, 0..1. */
  confidence: number;
  modelName: string;
  modelVersion: string;
}

/** Where the counsellor reads document-image verdicts (the composition root adapts refinancing + images). */
export interface DocumentQualitySource {
  latestForCustomer(ctx: RequestContext, customerId: string): Promise<DocumentQualityFigures | null>;
  latestStaffAnalysis(ctx: RequestContext): Promise<DocumentQualityFigures | null>;
}

/** The newest import of any status, for "why did my import fail?" (get_import_status, staff only). */
export interface ImportStatusData {
  importId: string;
  target: string;
  fileName: string | null;
  /** QUEUED, RUNNING, SUCCEEDED or FAILED. */
  status: string;
  phase: string;
  failureReason: string | null;
  rowsRead: number;
  rowsValid: number;
  rowsBad: number;
  rowsInserted: number;
  rowsDuplicate: number;
  createdAt: string;
  finishedAt: string | null;
  /** The first row errors, file line order (line 1 = the header). */
  errors: { line: number | null; column: string | null; value: string | null; reason: string }[];
}

export interface ImportFigures {
  importId: string;
  target: string;
  fileName: string | null;
  finishedAt: string | null;
  currency: string | null;
  rows: number;
  totalAmount: string | null;
  totalQuantity: string | null;
  distinctCustomers: number;
  invoices: number | null;
  cancellations: number | null;
  breakdownBy: string | null;
  breakdown: { key: string; rows: number; amount: string | null }[];
}

/** The refinance comparison of one loan (loan.refinanceOffers). */
export interface RefinanceData {
  loanId: string;
  loanNumber: string;
  kind: string;
  lender: string;
  asOf: string;
  /** Why no comparison is possible (LOAN_NOT_ACTIVE, NOTHING_OUTSTANDING, NOT_YET_DISBURSED), else null. */
  unavailableReason: string | null;
  currentRate: string | null;
  currentPayment: Krw | null;
  balance: Krw | null;
  remainingMonths: number | null;
  /** SWITCH_LENDER, STAY_REDUCED_RATE or KEEP_CURRENT. */
  best: string;
  bestSwitch: RefinanceChoiceData | null;
  stay: RefinanceChoiceData | null;
  eligibleOffers: number;
  /** A switch at a rate the customer was quoted (loan.refinanceAtRate), when one was; its fees are the old lender's. */
  quoted: RefinanceChoiceData | null;
}

export interface RefinanceChoiceData {
  lender: string | null;
  productName: string | null;
  annualRate: string;
  newPayment: Krw;
  monthlySaving: Krw;
  prepaymentFee: Krw;
  totalCost: Krw;
  breakEvenMonth: number | null;
  lifetimeSaving: Krw;
}

/** What paying a loan off today takes (loan.payoffQuote). */
export interface PayoffData {
  loanId: string;
  loanNumber: string;
  asOf: string;
  principal: Krw;
  interest: Krw;
  penaltyInterest: Krw;
  prepaymentFee: Krw;
  /** The first day a prepayment carries no fee; null when the loan carries none at any time. */
  feeEndsOn: string | null;
  total: Krw;
  /** Today's total, when the quote is for a later day ("12월 31일에 갚으면"); null for today's. */
  todayTotal: Krw | null;
}

/**
 * The next instalment paid `days` late ("하루 늦게 내면 연체이자 얼마예요?"): the loan's own arrears as of that day
 * (loan.delinquency(asOf)), nothing paid until then.
 */
export interface LatenessData {
  loanNumber: string;
  days: number;
  dueDate: string;
  asOf: string;
  overdueAmount: Krw;
  penaltyInterest: Krw;
  penaltyRate: string | null;
  /**
   * QA round 24 (loan24). Business days late on `asOf` (the ledger's businessDaysPastDue: weekends and the loans
   * module's public holidays left out). Optional for data written before it.
   */
  businessDaysLate?: number;
  /**
   * For instalments missed in a row ("두 번 연체하면"): how many, and the last one's due date (`asOf` is the day
   * after it). Absent for a lateness in days.
   */
  missed?: { count: number; lastDueDate: string };
  /** The payday the lateness runs to ("월급이 25일에 들어와서요"), when the customer named one. */
  payday?: number;
}

/** What prepaying an amount today does to one loan (loan.prepaymentEffect). */
export interface PrepaymentData {
  loanId: string;
  loanNumber: string;
  /** The day of the prepayment: today, or the due day of the `afterInstalments`-th instalment from now. */
  asOf?: string;
  /** How many instalments ahead the prepayment is made (0 or absent: today). */
  afterInstalments?: number;
  /** Whether the amount was the customer's own (false: an example amount). */
  amountAsked: boolean;
  amount: Krw;
  balanceAfter: Krw;
  paymentBefore: Krw;
  paymentAfter: Krw;
  monthlySaving: Krw;
  interestSaved: Krw;
  prepaymentFee: Krw;
  /** Days left in the fee window (0: no fee any more). */
  feeDaysLeft: number;
  netSaving: Krw;
}

/** What repaying the same extra every month does to one loan (loan.extraRepaymentEffect). */
export interface ExtraRepaymentData {
  loanId: string;
  loanNumber: string;
  monthlyExtra: Krw;
  paymentBefore: Krw;
  paymentWithExtra: Krw;
  monthsBefore: number;
  monthsAfter: number;
  monthsSaved: number;
  lastDueDateBefore: string;
  lastDueDateAfter: string;
  lastPaymentBefore: Krw;
  lastPaymentAfter: Krw;
  interestSaved: Krw;
  extraTotal: Krw;
  prepaymentFees: Krw;
  netSaving: Krw;
}

/** Flagged card transactions of the current quarter (customer.anomalies). */
export interface AnomaliesData {
  quarter: string;
  scanned: number;
  flaggedCount: number;
  flagged: {
    occurredAt: string;
    merchant: string;
    category: string | null;
    amount: Krw;
    score: number;
    /** Rule codes that fired (e.g. AMOUNT_SPIKE, NEW_MERCHANT_LARGE). */
    reasons: string[];
  }[];
}

/** Net spending of a named period (customer.spendingSummary). */
export interface SpendingSummaryData {
  period: string;
  months: number | null;
  from: string;
  through: string;
  complete: boolean;
  category: string | null;
  /** The merchant it was narrowed to (the slot's seed name, "스타벅스"), if any. */
  merchant: string | null;
  /** DOMESTIC / OVERSEAS when narrowed to one ("해외에서 쓴 돈"), else null. */
  locality: string | null;
  /** ONLINE / OFFLINE when narrowed to one ("온라인으로 쓴 돈"), else null. */
  channel: string | null;
  /** WEEKENDS / WEEKDAYS when narrowed to one ("주말에 쓴 돈"), else null. */
  days: string | null;
  total: Krw;
  purchaseCount: number;
  byCategory: { category: string; amount: Krw; count: number }[];
  /** The merchants spent at most, largest first (names sanitised), when asked for ("가장 많이 쓴 가게"). */
  byMerchant?: { merchant: string; amount: Krw; count: number }[];
  /** The days spent most on (KST), largest first, each with its largest purchase (topDay questions). */
  byDay?: { day: string; amount: Krw; count: number; largest: { merchant: string; amount: Krw } }[];
}

/** Everything gathered for one finance turn (absent = not fetched for this intent). */
export interface TurnData {
  asOf: string;
  /** The credit score on file (1–1000), read when the question is about it. */
  creditScore?: number | null;
  loans?: LoansData;
  schedule?: ScheduleData | null;
  /** The instalments a month's outgoings or the interest to a date sums (`outgoings`, `interestTo`). */
  instalmentsDue?: InstalmentsDueData | null;
  simulation?: SimulationData;
  spending?: SpendingData;
  transactions?: TransactionsData;
  insights?: InsightsData | null;
  peers?: PeersData | null;
  /** The house's products for this customer, for "적금 추천해주세요", "which card should I get?". */
  recommendations?: RecommendationsData | null;
  instalments?: InstalmentsData;
  /** The instalments on the card statements a bill question is about: this month's, and next month's for nextBill. */
  statements?: StatementData[];
  recurring?: RecurringData;
  cards?: CardsData;
  forecasts?: ForecastData[];
  refinance?: RefinanceData | null;
  prepayment?: PrepaymentData | null;
  extraRepayment?: ExtraRepaymentData | null;
  payoff?: PayoffData | null;
  lateness?: LatenessData | null;
  interestPaid?: InterestPaidData | null;
  /** The latest repayment of each loan, for "지난번에 낸 대출금 얼마였어요?". */
  lastRepayments?: LastRepaymentsData | null;
  anomalies?: AnomaliesData | null;
  spendingSummary?: SpendingSummaryData | null;
  /** The quarter before `insights`' ("지난 분기보다 나아졌어요?"): its health score beside this one's. */
  insightsPrevious?: InsightsData | null;
  /** Last month's spending — the bill most card companies charge this month — beside this month's ("이번 달 카드값"). */
  spendingBilled?: SpendingSummaryData | null;
  /** QA round 25 (fixko2). This month's use so far — next month's bill — beside this month's outgoings (`outgoingsNext`). */
  spendingNextBill?: SpendingSummaryData | null;
  /**
   * The part of `spendingBilled` abroad or online, when the bill was asked with the trip named ("일본에서 쓴 거 이번 달
   * 카드값 얼마 나와?"): how much of the bill it is.
   */
  spendingBilledPart?: SpendingSummaryData | null;
  /** The same period's weekdays, beside `spendingSummary`'s weekends ("주말이랑 평일 중에 언제 더 많이 써요?"). */
  spendingWeekdays?: SpendingSummaryData | null;
  /** The same period in shops, beside `spendingSummary`'s online payments ("online vs in store"). */
  spendingOffline?: SpendingSummaryData | null;
  /** The three complete months before `spendingSummary`'s month, newest first ("평소보다 많이 썼나요?"). */
  spendingUsual?: SpendingSummaryData[] | null;
  /**
   * QA round 25 (left25a). The months far above the customer's usual (a trip, a large purchase: the spending
   * forecast's one-offs, first days), read beside `spendingUsual` for a usual month of all card spending.
   */
  spendingOneOffMonths?: string[] | null;
  /**
   * QA round 27 (helper en27). "why was october so high?": that month's trip abroad (its purchases in person abroad:
   * first and last day, count, total), beside the usual month; null when it had none.
   */
  spendingTrip?: { from: string; through: string; count: number; total: Krw } | null;
  /** The period before `spendingSummary`'s, for a comparison question. */
  spendingPrevious?: SpendingSummaryData | null;
  /**
   * QA round 23 (spend23). The last three complete months' card spending (pipeline `cardSpendingMonths`): the one base
   * of a monthly card spending figure (answers.ts `monthlyCardSpending`).
   */
  spendingMonths?: SpendingSummaryData | null;
  /**
   * QA round 23 (spend23). `spendingPrevious` is narrowed (a category, a shop …) and the whole of its period has no card
   * spending on record at all (before the card's first purchase): nothing to compare with.
   */
  spendingPreviousNone?: boolean;
  /** QA round 28 (helper en28). The whole card spending of the period a category's figure is judged against. */
  spendingWhole?: SpendingSummaryData | null;
  /**
   * QA round 24 (spend24). A month asked (YYYY-MM) — or, since round 26, last year (YYYY) — before the card's first
   * transaction on record (`first`, YYYY-MM): answered as no record, not 0원.
   */
  cardRecordsFrom?: { asked: string; first: string };
  /** QA round 24 (spend24). The month (YYYY-MM) of the card's first transaction on record, for two years compared. */
  cardFirstMonth?: string;
  /** "그럼 6개월 뒤에 갚으면?": the same prepayment made today, beside the later one (data.prepayment). */
  prepaymentNow?: PrepaymentData | null;
  /** QA round 23 (loan23). "더 많이 아끼는 방법은?": twice the prepayment asked (null: that is the whole balance). */
  prepaymentLarger?: PrepaymentData | null;
  /** The second shop named beside `spendingSummary`'s ("쿠팡이랑 네이버페이 합쳐서"), over the same period. */
  spendingAlso?: SpendingSummaryData | null;
  /** The travel bought at home (flights) over the same period, beside a trip's spending abroad ("incl flights"). */
  spendingFlights?: SpendingSummaryData | null;
  /** The third shop and more named beside those two ("쿠팡이랑 배민이랑 롯데마트"), over the same period, in order. */
  spendingMore?: SpendingSummaryData[] | null;
  /** A merchant asked about with no period and nothing there this month: its last 12 months. */
  spendingWider?: SpendingSummaryData | null;
  /**
   * Two shops with nothing at either this month and no period named ("스타벅스랑 이디야 중에 어디 더 많이 썼어?"):
   * spendingSummary and spendingAlso were read over the last 12 months instead.
   */
  spendingWidened?: boolean;
}
