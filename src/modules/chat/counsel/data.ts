// The shapes of the data the counselling tools return (the JSON a model sees and the offline templates read).
// Money is a whole-won digit string plus its formatted form ("1,234,567원"), never a float.

export interface Krw {
  /** Whole won, digits only (e.g. "1234567"). */
  amount: string;
  /** Formatted in the turn's language: "1,234,567원" or "₩1,234,567" (render/formatWon). */
  text: string;
}

export interface LoanLine {
  /** Global id (Loan:…) — what get_loan_schedule takes. */
  loanId: string;
  loanNumber: string;
  kind: string;
  lender: string;
  status: string;
  outstandingPrincipal: Krw;
  /** Annual rate as stored ("0.0520"). */
  annualRate: string;
  maturityOn: string;
  nextPayment: { number: number; dueDate: string; payment: Krw; principal: Krw; interest: Krw } | null;
  delinquency: { daysPastDue: number; overdueAmount: Krw; assetClass: string };
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

export interface SimulationData {
  ok: boolean;
  /** Why not (e.g. no income on record), when !ok. */
  reason: string | null;
  evaluationDate: string | null;
  assumedLoan: { kind: string; termMonths: number; annualRate: string; repaymentMethod: string } | null;
  maxLoan: Krw | null;
  dsrBefore: string | null;
  dsrAfter: string | null;
  dsrCapRatio: string | null;
  bindingConstraint: string | null;
  existingAnnualDebtService: Krw | null;
  annualIncome: Krw | null;
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
  transactions: { occurredAt: string; merchant: string; category: string; amount: Krw }[];
}

export interface InsightsData {
  quarter: string;
  healthScore: number | null;
  healthBand: string | null;
  lifeStage: string | null;
  loanRiskBand: string | null;
  reasons: string[];
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

/** Everything gathered for one finance turn (absent = not fetched for this intent). */
export interface TurnData {
  asOf: string;
  loans?: LoansData;
  schedule?: ScheduleData | null;
  simulation?: SimulationData;
  spending?: SpendingData;
  transactions?: TransactionsData;
  insights?: InsightsData | null;
  forecasts?: ForecastData[];
}
