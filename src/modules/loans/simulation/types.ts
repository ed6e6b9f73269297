// Public shapes of the future loan-limit simulation (미래 대출 한도 시뮬레이션).
// Money and rates cross this boundary as decimal strings (DESIGN §4): amounts in whole won ("20000000"),
// rates and ratios as decimals ("0.045" = 4.5 %, "0.40" = 40 %). Dates are YYYY-MM-DD strings.
import { LenderType, LoanKind, RateType, RepaymentMethod } from '../loan.enums';

export { LenderType, LoanKind, RateType, RepaymentMethod };

/** Where the property / borrower is. SEOUL, GYEONGGI and INCHEON form the capital region (수도권). */
export enum Region {
  SEOUL = 'SEOUL',
  GYEONGGI = 'GYEONGGI',
  INCHEON = 'INCHEON',
  NON_CAPITAL = 'NON_CAPITAL',
}

/** Purpose of a mortgage: buying a home (주택 구입) or anything else (생활안정, 대환, …). */
export enum LoanPurpose {
  PURCHASE = 'PURCHASE',
  OTHER = 'OTHER',
}

/** What limits the new loan. NONE: a requested amount was given and fits under every limit. */
export enum BindingConstraint {
  DSR = 'DSR',
  LTV = 'LTV',
  NONE = 'NONE',
}

/** How an annual debt-service line was obtained. */
export enum DebtServiceBasis {
  /** The caller's figure from the real repayment schedule. */
  PROVIDED = 'PROVIDED',
  /** Principal + interest due over the next 12 months of a level-payment or equal-principal schedule. */
  SCHEDULE = 'SCHEDULE',
  /** Balance ÷ deemed maturity + a year's interest (credit-type loans, overdrafts, card debt). */
  DEEMED_MATURITY = 'DEEMED_MATURITY',
  /** Interest only: the rule set excludes the principal (jeonse loans). */
  INTEREST_ONLY = 'INTEREST_ONLY',
  /** Bullet loans of other kinds: balance spread over the remaining term (capped), plus interest. */
  BULLET_SPREAD = 'BULLET_SPREAD',
  /** Not counted by the rule set (e.g. card debt when the rule set follows the letter of the regulation). */
  EXCLUDED = 'EXCLUDED',
}

export enum AdviceGoal {
  /** Smallest (partial) repayment of one existing loan that reaches the target limit. */
  REPAY_LOAN = 'REPAY_LOAN',
  /** Smallest repayment of revolving card debt that reaches the target limit. */
  REPAY_CARD_DEBT = 'REPAY_CARD_DEBT',
  /** Smallest rise in annual income that reaches the target limit. */
  RAISE_INCOME = 'RAISE_INCOME',
}

export enum AdviceStatus {
  ALREADY_MET = 'ALREADY_MET',
  REACHABLE = 'REACHABLE',
  UNREACHABLE = 'UNREACHABLE',
}

// ───────────────────────────── inputs ─────────────────────────────

export interface ExistingLoanInput {
  /** Caller's id; scenarios and advice refer to the loan by it. Unique within the input. */
  id: string;
  /** Shown in messages instead of the kind's name (e.g. "KB 신용대출"). */
  label?: string;
  kind: LoanKind;
  /** Outstanding balance in won. For an overdraft (마이너스통장) pass the committed line: the DSR counts it. */
  balance: string;
  annualRate: string;
  repaymentMethod: RepaymentMethod;
  /** Required for LEVEL_PAYMENT / EQUAL_PRINCIPAL schedules and for bullet loans outside the deemed-maturity kinds. */
  remainingMonths?: number;
  /** Informational: existing loans count at their contract rate (stress applies to the new loan only). */
  rateType?: RateType;
  /** Exact annual debt service from the real schedule; used instead of the computed figure. */
  annualDebtService?: string;
  /** True when the loan is secured on the collateral of the new loan (it reduces the LTV room). */
  securedByCollateral?: boolean;
}

export interface CardDebtInput {
  /** Revolving card balance (리볼빙) in won. */
  revolvingBalance: string;
  /** Its annual rate; the rule set's assumed rate when omitted. */
  annualRate?: string;
}

export interface NewLoanInput {
  kind: LoanKind;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  rateType: RateType;
  annualRate: string;
  /** MIXED: months at the fixed rate; PERIODIC_RESET: months between resets. Required for those types. */
  fixedPeriodMonths?: number;
  /** For mortgages; defaults to OTHER. */
  purpose?: LoanPurpose;
  /** The amount the customer wants; when it fits under every limit the binding constraint is NONE. */
  requestedAmount?: string;
}

export interface CollateralInput {
  /** Appraised value of the home in won. */
  value: string;
  /** LTV ratio applicable to the customer and region, e.g. "0.70". */
  ltvRatio: string;
  /** Claims ranking ahead of the new loan other than the loans flagged securedByCollateral (선순위 채권, 소액임차보증금). */
  otherSeniorClaims?: string;
}

/** One what-if: every field given is applied together (a combination). */
export interface WhatIfScenarioInput {
  id: string;
  label?: string;
  /** Relative change of annual income, e.g. "0.10" = +10 %, "-0.05" = −5 %. */
  incomeChangeRatio?: string;
  /** Repay existing loans; amount omitted = repay in full. */
  loanRepayments?: { loanId: string; amount?: string }[];
  /** Repay card debt; amount omitted = repay in full. */
  cardDebtRepayment?: { amount?: string };
  /** Change of the new loan's annual rate, e.g. "-0.01" = −1 %p (floored at 0). */
  newLoanRateDelta?: string;
}

export interface AdviceRequestInput {
  id?: string;
  goal: AdviceGoal;
  /** Required for REPAY_LOAN. */
  loanId?: string;
  /** The limit to reach; defaults to the new loan's requestedAmount. */
  targetLimit?: string;
}

export interface LoanLimitSimulationInput {
  /** The date the rules are taken from (YYYY-MM-DD). No clock is read. */
  evaluationDate: string;
  /** Annual income in won; missing or ≤ 0 gives a MissingIncomeError result. */
  annualIncome?: string | null;
  lenderType: LenderType;
  region: Region;
  existingLoans?: ExistingLoanInput[];
  cardDebt?: CardDebtInput | null;
  /** Informational only: regulatory DSR/LTV limits do not depend on it (lender scorecards are out of scope). */
  creditScore?: number;
  newLoan: NewLoanInput;
  collateral?: CollateralInput | null;
  /** Limits are truncated to a multiple of this many won; default "1". */
  roundingUnit?: string;
  scenarios?: WhatIfScenarioInput[];
  advice?: AdviceRequestInput[];
}

// ───────────────────────────── outputs ─────────────────────────────

export interface RuleSetRef {
  id: string;
  effectiveFrom: string;
  title: string;
}

export interface DebtServiceLine {
  /** Existing loan id, or "CARD_DEBT". */
  sourceId: string;
  kind: LoanKind | 'CARD_DEBT';
  basis: DebtServiceBasis;
  balance: string;
  /** Null when the caller provided the total. */
  principal: string | null;
  interest: string | null;
  /** Whole won, truncated; principal + interest = total when both are known. */
  total: string;
}

export interface StressDetail {
  /** The stress rule that matched the new loan, null when none did. */
  ruleId: string | null;
  /** The phase's add-on before any floor and the rate-type factor. */
  phaseAddOn: string;
  floorRuleId: string | null;
  floor: string | null;
  /** max(phaseAddOn, floor). */
  baseAddOn: string;
  rateTypeFactor: string;
  /** baseAddOn × rateTypeFactor: what is added to the rate when stress applies. */
  appliedAddOn: string;
  /** newLoan.annualRate + appliedAddOn (whether or not the limit needed it; see appliedAtLimit). */
  stressedAnnualRate: string;
  /** Set when the rule applies only once the borrower's credit-type balances exceed it (e.g. ₩100,000,000). */
  creditBalanceThreshold: string | null;
  /** Whether the stressed rate was used for the loan at the limit (false below the credit threshold). */
  appliedAtLimit: boolean;
}

export interface LimitFigures {
  annualIncome: string;
  /** floor(income × cap). */
  dsrCapAmount: string;
  existingAnnualDebtService: string;
  /** dsrCapAmount − existingAnnualDebtService, not below 0. */
  dsrRoom: string;
  dsrLimit: string;
  /** Null without collateral. */
  ltvLimit: string | null;
  maxLoan: string;
  bindingConstraint: BindingConstraint;
  newLoanAnnualRate: string;
  /** The rate the limit was assessed at: the stressed rate, or the contract rate below a credit threshold. */
  stressedAnnualRate: string;
  /** Annual debt service of a loan of maxLoan, at the rate used for the limit, whole won. */
  newLoanAnnualDebtService: string;
  /** Existing DS ÷ income, 6 decimals, truncated. */
  dsrBefore: string;
  /** (Existing DS + new loan's DS) ÷ income, 6 decimals, truncated. */
  dsrAfter: string;
}

export interface ScenarioResult extends LimitFigures {
  id: string;
  label: string | null;
  /** maxLoan − baseline maxLoan (signed). */
  changeVsBaseline: string;
  messageKo: string;
  messageEn: string;
}

export interface AdviceResult {
  id: string | null;
  goal: AdviceGoal;
  loanId: string | null;
  targetLimit: string;
  status: AdviceStatus;
  /** Smallest repayment (REPAY_*) or income increase (RAISE_INCOME) in won; null when unreachable. */
  requiredAmount: string | null;
  /** RAISE_INCOME: the income that reaches the target. */
  resultingIncome: string | null;
  /** Limit with the required amount applied, or with the lever at its maximum when unreachable. */
  resultingLimit: string;
  limitIncrease: string;
  bindingConstraint: BindingConstraint;
  messageKo: string;
  messageEn: string;
}

export interface LoanLimitSimulation extends LimitFigures {
  type: 'LoanLimitSimulation';
  evaluationDate: string;
  ruleSet: RuleSetRef;
  lenderType: LenderType;
  capitalRegion: boolean;
  dsrCapRatio: string;
  debtService: DebtServiceLine[];
  stress: StressDetail;
  roundingUnit: string;
  requestedAmount: string | null;
  scenarios: ScenarioResult[];
  advice: AdviceResult[];
  /** Plain-English statements of the conventions this result relied on. */
  assumptions: string[];
}

export interface MissingIncomeError {
  type: 'MissingIncomeError';
  code: 'MISSING_INCOME';
  message: string;
  messageKo: string;
}

export type SimulateLoanLimitResult = LoanLimitSimulation | MissingIncomeError;
