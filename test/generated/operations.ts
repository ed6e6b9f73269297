/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The lever an advice request asks about. */
export type AdviceGoal =
  /** Smallest rise in annual income that reaches the target limit. */
  | 'RAISE_INCOME'
  /** Smallest repayment of revolving card debt that reaches the target limit. */
  | 'REPAY_CARD_DEBT'
  /** Smallest (partial) repayment of one existing loan that reaches the target limit. */
  | 'REPAY_LOAN';

/** Whether the target limit can be reached. */
export type AdviceStatus =
  /** The limit already reaches the target: nothing to do. */
  | 'ALREADY_MET'
  /** The lever reaches the target; the advice gives the amount needed. */
  | 'REACHABLE'
  /** Even the whole lever (e.g. repaying the loan in full) does not reach the target. */
  | 'UNREACHABLE';

/** Apply to refinance a loan with a catalogue product. */
export type ApplyForRefinanceInput = {
  /** Global id of the loan to refinance. */
  loanId: string | number;
  /** Global id of the refinance product. */
  productId: string | number;
  /** Amount to borrow, whole KRW; at least the balance (default: the balance). */
  requestedAmount?: string | null | undefined;
  /** Term in months within the product's limits (default: the remaining term, within them). */
  termMonths?: number | null | undefined;
};

/** 자산건전성: NORMAL 정상, PRECAUTIONARY 요주의, SUBSTANDARD 고정, DOUBTFUL 회수의문, ESTIMATED_LOSS 추정손실. */
export type AssetClass =
  /** 회수의문: past due from DELINQUENCY_DOUBTFUL_DAYS (180) days. */
  | 'DOUBTFUL'
  /** 추정손실: past due from DELINQUENCY_ESTIMATED_LOSS_DAYS (360) days. */
  | 'ESTIMATED_LOSS'
  /** 정상: not past due, or less than DELINQUENCY_PRECAUTIONARY_DAYS. */
  | 'NORMAL'
  /** 요주의: past due from DELINQUENCY_PRECAUTIONARY_DAYS (30) days. */
  | 'PRECAUTIONARY'
  /** 고정: past due from DELINQUENCY_SUBSTANDARD_DAYS (90) days. */
  | 'SUBSTANDARD';

/** Which audit entries to return; every condition given must hold. */
export type AuditFilterInput = {
  /** Only entries by this User (global id). */
  actorId?: string | number | null | undefined;
  /** Only entries about this Customer (global id). */
  customerId?: string | number | null | undefined;
  /** Only entries at or after this instant. */
  from?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<AuditKind> | null | undefined;
  /** Only entries before this instant. */
  to?: string | null | undefined;
};

/** What kind of action an audit entry records. */
export type AuditKind =
  /** A piece of counselling advice sent to a customer (with the text as sent). */
  | 'ADVICE'
  /** An FAQ entry was created, updated or retired (ADMIN). */
  | 'FAQ_CHANGE'
  /** A fraud case was opened, reported by the customer ("not me") or resolved (with the reason). */
  | 'FRAUD_CASE'
  /** An intent example phrase was added or retired (ADMIN). */
  | 'INTENT_PHRASE_CHANGE'
  /** A user linked an OpenID Connect account. */
  | 'OIDC_LINK'
  /** A login through an OpenID Connect provider (and the account it created, if any). */
  | 'OIDC_LOGIN'
  /** A user unlinked an OpenID Connect account. */
  | 'OIDC_UNLINK'
  /** A refinance product was created, updated or retired, or its rate bands changed (ADMIN). */
  | 'PRODUCT_CHANGE'
  /** A refinance application changed status. */
  | 'REFINANCE_TRANSITION'
  /** A login's role or active flag changed. */
  | 'ROLE_CHANGE';

/** What caps the limit: DSR, LTV, or NONE. */
export type BindingConstraint =
  /** The debt-service ratio cap (with the stress add-on) limits the loan. */
  | 'DSR'
  /** The loan-to-value cap on the collateral limits the loan. */
  | 'LTV'
  /** A requested amount was given and fits under every limit. */
  | 'NONE';

/** The assistant message to stop. */
export type CancelChatMessageInput = {
  /** Global id of a STREAMING assistant message. */
  messageId: string | number;
};

/** Repay card debt in a scenario. */
export type CardDebtRepaymentScenarioInput = {
  /** Amount repaid (omit to repay in full). */
  amount?: string | null | undefined;
};

/** Which of a card's transactions to list. */
export type CardTransactionFilterInput = {
  /** Only this spending category code, e.g. FOOD. */
  category?: string | null | undefined;
  /** Only this quarter (KST), e.g. 2025Q3. */
  quarter?: string | null | undefined;
};

/** PURCHASE, or REFUND (a refund or cancellation: its own transaction with a negative amount). */
export type CardTransactionKind =
  /** A purchase (positive amount). */
  | 'PURCHASE'
  /** A refund or cancellation: its own transaction with a negative amount. */
  | 'REFUND';

/** CREDIT (신용카드) or CHECK (체크카드, debit). */
export type CardType =
  /** 체크카드: a debit card drawing on a deposit account. */
  | 'CHECK'
  /** 신용카드: a credit card billed monthly. */
  | 'CREDIT';

/** STREAMING while tokens are generated, then COMPLETE, FAILED (see failureReason) or CANCELLED (text so far kept). */
export type ChatMessageStatus =
  /** Cancelled by the user; the text so far is kept. */
  | 'CANCELLED'
  /** The answer is finished. */
  | 'COMPLETE'
  /** The answer ended with an error (see failureReason). */
  | 'FAILED'
  /** Tokens are still being generated. */
  | 'STREAMING';

/** Who wrote a chat message: the USER or the ASSISTANT (the counsellor). */
export type ChatRole =
  /** Written by the counsellor (offline counsellor or LLM). */
  | 'ASSISTANT'
  /** Written by the user. */
  | 'USER';

/** One column of the file mapped onto one target field. */
export type ColumnMappingInput = {
  /** Header of the column in the file (exact, or case-insensitive). */
  column: string;
  /** Target field, e.g. invoice_no or birth_date. */
  field: string;
};

/** A new customer. */
export type CreateCustomerInput = {
  /** Annual income before tax, whole KRW (e.g. "42000000"). */
  annualIncome: string;
  /** Date of birth (YYYY-MM-DD); customers are 14 or older. */
  birthDate: string;
  /** Credit score on the 1–1000 scale. */
  creditScore: number;
  /** Contact e-mail address. */
  email?: string | null | undefined;
  /** Employment status. */
  employment: Employment;
  /** Gender. */
  gender: Gender;
  /** People in the household (1–20). */
  householdSize: number;
  /** Full name, 1–100 letters. */
  name: string;
  /** Region of residence. */
  region: Region;
};

/** A new loan (staff). */
export type CreateLoanInput = {
  /** Annual rate as a decimal, e.g. "0.0450". */
  annualRate: string;
  /** Collateral value, whole KRW. */
  collateralValue?: string | null | undefined;
  /** Credit line of an overdraft, whole KRW. */
  creditLimit?: string | null | undefined;
  /** Global id of the borrowing customer. */
  customerId: string | number;
  /** Disbursement date, at most 12 months after today (Korean time). */
  disbursedOn: string;
  /** Fixed period in months (MIXED, PERIODIC_RESET). */
  fixedPeriodMonths?: number | null | undefined;
  /** Interest-only months at the start. */
  graceMonths?: number;
  /** Interest convention. */
  interestConvention?: InterestConvention;
  /** Kind of loan. */
  kind: LoanKind;
  /** Lender name. */
  lender: string;
  /** Bank or non-bank. */
  lenderType: LenderType;
  /** Amount disbursed, whole KRW. */
  principal: string;
  /** Rate type. */
  rateType: RateType;
  /** Repayment method. */
  repaymentMethod: RepaymentMethod;
  /** Term in months (1–600). */
  termMonths: number;
};

/** Credit-bureau delinquency registrations: SHORT_TERM 단기연체, LONG_TERM 장기연체. */
export type CreditBureauFlag =
  /** 장기연체: past due for DELINQUENCY_LONG_TERM_MONTHS (3) months or more. */
  | 'LONG_TERM'
  /** 단기연체: at least DELINQUENCY_SHORT_TERM_MIN_AMOUNT past due for DELINQUENCY_SHORT_TERM_BUSINESS_DAYS business days. */
  | 'SHORT_TERM';

/** Filters for the customer list; all given conditions must hold. */
export type CustomerFilterInput = {
  /** Any of these employment statuses. */
  employments?: Array<Employment> | null | undefined;
  /** Gender. */
  gender?: Gender | null | undefined;
  /** Maximum age in years. */
  maxAge?: number | null | undefined;
  /** Maximum annual income, whole KRW. */
  maxAnnualIncome?: string | null | undefined;
  /** Maximum credit score. */
  maxCreditScore?: number | null | undefined;
  /** Minimum age in years. */
  minAge?: number | null | undefined;
  /** Minimum annual income, whole KRW. */
  minAnnualIncome?: string | null | undefined;
  /** Minimum credit score. */
  minCreditScore?: number | null | undefined;
  /** Any of these regions. */
  regions?: Array<Region> | null | undefined;
};

/** A customer's own series (monthly, or quarterly where only quarter data exists). */
export type CustomerSeriesMetric =
  /** Deposit balance at each quarter end, from the quarter aggregates (QUARTERLY: there is no monthly balance data). */
  | 'BALANCE'
  /** Outstanding loan principal at each month end. */
  | 'DEBT'
  /** Net card spending per calendar month (KST), refunds netted. */
  | 'SPENDING';

/** How a debt's annual service was counted. */
export type DebtServiceBasis =
  /** Bullet loans of other kinds: balance spread over the remaining term (capped), plus interest. */
  | 'BULLET_SPREAD'
  /** Balance ÷ deemed maturity + a year's interest (credit-type loans, overdrafts, card debt). */
  | 'DEEMED_MATURITY'
  /** Not counted by the rule set (e.g. card debt when the rule set follows the letter of the regulation). */
  | 'EXCLUDED'
  /** Interest only: the rule set excludes the principal (jeonse loans). */
  | 'INTEREST_ONLY'
  /** The caller's figure from the real repayment schedule. */
  | 'PROVIDED'
  /** Principal + interest due over the next 12 months of a level-payment or equal-principal schedule. */
  | 'SCHEDULE';

/** The conversation to delete. */
export type DeleteConversationInput = {
  /** Global id of the conversation. */
  id: string | number;
};

/** Emotional state: ANXIOUS, FRUSTRATED (incl. angry), SAD, NEUTRAL, HOPEFUL (positive, relieved). */
export type Emotion =
  /** Worried or afraid (불안). */
  | 'ANXIOUS'
  /** Frustrated or angry (답답함, 화남). */
  | 'FRUSTRATED'
  /** Positive, relieved or hopeful (기대, 안도). */
  | 'HOPEFUL'
  /** No marked emotion. */
  | 'NEUTRAL'
  /** Sad or discouraged (슬픔, 우울). */
  | 'SAD';

/** Employment status. */
export type Employment =
  /** Freelancer or contract worker (프리랜서). */
  | 'FREELANCER'
  /** Homemaker (주부). */
  | 'HOMEMAKER'
  /** Public servant or public-institution employee (공무원). */
  | 'PUBLIC_SECTOR'
  /** Retired (은퇴). */
  | 'RETIRED'
  /** Salaried employee (직장인). */
  | 'SALARIED'
  /** Self-employed or business owner (자영업). */
  | 'SELF_EMPLOYED'
  /** Student (학생). */
  | 'STUDENT'
  /** Not employed (무직). */
  | 'UNEMPLOYED';

/** The one-time code the OIDC callback handed the page (#oidc_code=…). */
export type ExchangeOidcCodeInput = {
  /** The code; valid once, for a minute (OIDC_HANDOFF_TTL_SECONDS). */
  code: string;
  /** First sign-in only (after OidcProfileRequiredError): the new customer’s profile. */
  profile?: RegisterProfileInput | null | undefined;
};

/** What a finance message asks for: LOANS, REPAYMENT_TROUBLE (연체/상환 곤란), REFINANCE (대환), LOAN_LIMIT (한도/DSR), SPENDING, SAVING, CARD, FORECAST (전망), PRODUCT_QUESTION, UPLOAD_FAQ (file uploads). */
export type FinanceIntent =
  /** Card questions (usage, limits, card debt). */
  | 'CARD'
  /** Forecasts of indicators or of the customer's own figures (전망). */
  | 'FORECAST'
  /** The customer's loans: balances, rates, schedules. */
  | 'LOANS'
  /** How much can be borrowed (한도, DSR). */
  | 'LOAN_LIMIT'
  /** Questions about a financial product. */
  | 'PRODUCT_QUESTION'
  /** Refinancing (대환, 재대출). */
  | 'REFINANCE'
  /** Difficulty repaying, arrears (연체, 상환 곤란). */
  | 'REPAYMENT_TROUBLE'
  /** Saving and deposits. */
  | 'SAVING'
  /** Card spending and its categories. */
  | 'SPENDING'
  /** Questions about uploaded files and imports (staff FAQ). */
  | 'UPLOAD_FAQ';

/** Forecasting method (docs/forecasting.md has their accuracy on M3 monthly). */
export type ForecastMethod =
  /** Equal-weight mean of SES, Theta and DOTM (the default: beats Theta at 6 of 7 M3 monthly origins). */
  | 'COMBINATION'
  /** Damped trend, ETS(A,Ad,N). */
  | 'DAMPED'
  /** Dynamic optimised Theta model: OTM whose trend line is updated as the data arrive. */
  | 'DOTM'
  /** SES, Holt or damped, whichever has the lowest AICc. */
  | 'ETS'
  /** Holt's linear trend, ETS(A,A,N). */
  | 'HOLT'
  /** Last value. */
  | 'NAIVE'
  /** Last value of the seasonally adjusted series, season put back. */
  | 'NAIVE2'
  /** Optimised Theta model (Fiorucci et al. 2016): θ, α and the initial level fitted. */
  | 'OTM'
  /** Same period last year. */
  | 'SEASONAL_NAIVE'
  /** Simple exponential smoothing, ETS(A,N,N). */
  | 'SES'
  /** The standard Theta method (SES with half the linear trend as drift). */
  | 'THETA';

/** Gender as registered with the bank. */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** Financial health band of a score (docs/insights.md). */
export type HealthBand =
  /** Score 40–79. */
  | 'COPING'
  /** Score 80–100. */
  | 'HEALTHY'
  /** Score 0–39. */
  | 'VULNERABLE';

/** Where a scored image came from: REFINANCE_DOCUMENT (attached to an application) or STAFF_ANALYSIS (the analyzeImage route). */
export type ImageSource =
  /** A document attached to a refinance application. */
  | 'REFINANCE_DOCUMENT'
  /** An image staff sent to the analyzeImage route (bytes not kept). */
  | 'STAFF_ANALYSIS';

/** How to read slashed dates like 03/04/2025: MDY (month first, default) or DMY. Year-first dates are unambiguous. */
export type ImportDateFormat =
  /** Day first: 03/04/2025 is 3 April 2025. */
  | 'DMY'
  /** Month first (default): 03/04/2025 is 4 March 2025. */
  | 'MDY';

/** Filters for the imports list. */
export type ImportFilterInput = {
  /** Only these statuses. */
  statuses?: Array<ImportStatus> | null | undefined;
  /** Only these targets. */
  targets?: Array<ImportTarget> | null | undefined;
};

/** How to read the file. */
export type ImportOptionsInput = {
  /** Currency of amounts when no column gives it (default KRW). */
  currency?: string | null | undefined;
  /** Order of slashed dates. */
  dateFormat?: ImportDateFormat | null | undefined;
  /** CSV delimiter (one character, "\t" for tab); sniffed when left out. */
  delimiter?: string | null | undefined;
  /** Bad-row share (0–1) above which the import fails and nothing lands; default IMPORT_MAX_BAD_ROW_SHARE. */
  maxBadRowShare?: number | null | undefined;
  /** XLSX sheet name; the first sheet when left out. */
  sheet?: string | null | undefined;
};

/** Step of a running import: PARSING (and staging), MERGING, ANALYSING, then DONE. */
export type ImportPhase =
  /** Computing the quality report and the summary. */
  | 'ANALYSING'
  /** Finished (SUCCEEDED or FAILED). */
  | 'DONE'
  /** Merging the valid rows into the tables in one transaction. */
  | 'MERGING'
  /** Reading, validating and staging the rows. */
  | 'PARSING'
  /** Waiting for a worker. */
  | 'QUEUED';

/** QUEUED → RUNNING → SUCCEEDED | FAILED. */
export type ImportStatus =
  /** Finished without landing anything (see failureReason). */
  | 'FAILED'
  /** Started, waiting for a worker. */
  | 'QUEUED'
  /** Being processed (see phase). */
  | 'RUNNING'
  /** Finished: the valid rows landed. */
  | 'SUCCEEDED';

/** What an import loads: CUSTOMERS, SALES (generic sales lines), TRANSACTIONS (card transactions) or CUSTOMER_QUARTERS (quarterly aggregates). */
export type ImportTarget =
  /** Customer profiles. */
  | 'CUSTOMERS'
  /** Quarterly spending aggregates per customer (stored as IMPORTED). */
  | 'CUSTOMER_QUARTERS'
  /** Generic sales lines (e.g. UCI Online Retail). */
  | 'SALES'
  /** Card transactions. */
  | 'TRANSACTIONS';

/** How often a series is observed. */
export type IndicatorFrequency =
  /** One observation per month. */
  | 'MONTHLY'
  /** One observation per quarter. */
  | 'QUARTERLY';

/** Language of an insight text. */
export type InsightLanguage =
  /** English. */
  | 'EN'
  /** Korean. */
  | 'KO';

/** Kind of stored insight model (refit by the insights.refit job, docs/insights.md). */
export type InsightModelKind =
  /** k-means centroids and scaler over quarterly spending features. */
  | 'CLUSTERS'
  /** Supervised fraud model (logistic regression + boosted trees on windowed features), trained on resolved fraud cases. */
  | 'FRAUD_SUPERVISED'
  /** Transaction anomaly model (isolation forest + rule settings). */
  | 'ISOLATION_FOREST'
  /** Life-stage rule thresholds, adjusted by feedback. */
  | 'LIFE_STAGE_THRESHOLDS'
  /** Peer-group value distributions (age band × region × life stage). */
  | 'PEER_PERCENTILES';

/** MONTHLY: balance × rate ÷ 12; DAILY_ACTUAL_365: balance × rate × days ÷ 365 (366 in leap years). */
export type InterestConvention =
  /** Balance × rate × days ÷ 365 (366 in leap years). */
  | 'DAILY_ACTUAL_365'
  /** Balance × rate ÷ 12 per instalment. */
  | 'MONTHLY';

/** Bank or non-bank lender (DSR caps differ). */
export type LenderType =
  /** A bank (은행권): the bank DSR cap applies. */
  | 'BANK'
  /** A non-bank lender (제2금융권): the non-bank DSR cap applies. */
  | 'NON_BANK';

/** Where a life stage comes from. */
export type LifeStageSource =
  /** From the latest life-stage feedback (a correction or confirmation). */
  | 'FEEDBACK'
  /** Inferred by the rules (with the stored thresholds). */
  | 'INFERRED';

/** Filters for the loan list; all given conditions must hold. */
export type LoanFilterInput = {
  /** Only loans with (true) or without (false) an overdue instalment. */
  delinquent?: boolean | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<LoanKind> | null | undefined;
  /** Lender name (exact). */
  lender?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<LoanStatus> | null | undefined;
};

/** Kind of loan (주택담보, 전세, 신용, 마이너스통장, 카드론, 자동차). */
export type LoanKind =
  /** Car loan (자동차 대출). */
  | 'AUTO'
  /** Card loan (카드론). */
  | 'CARD_LOAN'
  /** Unsecured credit loan (신용대출). */
  | 'CREDIT'
  /** Jeonse deposit loan (전세자금대출). */
  | 'JEONSE'
  /** Mortgage (주택담보대출). */
  | 'MORTGAGE'
  /** Overdraft line (마이너스통장). */
  | 'OVERDRAFT';

/** Ask for the smallest change that reaches a target limit. */
export type LoanLimitAdviceInput = {
  /** The lever. */
  goal: AdviceGoal;
  /** Your id for the request. */
  id?: string | null | undefined;
  /** Loan to repay (REPAY_LOAN). */
  loanId?: string | null | undefined;
  /** Target limit (default: the requested amount). */
  targetLimit?: string | null | undefined;
};

/** Sort keys for the loan list. */
export type LoanOrderField =
  /** When the loan was recorded. */
  | 'CREATED_AT'
  /** Disbursement date. */
  | 'DISBURSED_ON'
  /** Original principal. */
  | 'PRINCIPAL';

/** Sort order of the loan list. */
export type LoanOrderInput = {
  /** Direction. */
  direction?: SortDirection;
  /** Sort key. */
  field: LoanOrderField;
};

/** Purpose of a mortgage (PURCHASE or OTHER). */
export type LoanPurpose =
  /** Anything else (생활안정, 대환, …). */
  | 'OTHER'
  /** Buying a home (주택 구입). */
  | 'PURCHASE';

/** Repay an existing loan in a scenario. */
export type LoanRepaymentScenarioInput = {
  /** Amount repaid (omit to repay in full). */
  amount?: string | null | undefined;
  /** Global id of a stored loan, or the id of an explicit debt. */
  loanId: string;
};

/** Band of a loan-risk probability (docs/insights.md). */
export type LoanRiskBand =
  /** Probability 25 % to below 50 %. */
  | 'HIGH'
  /** Probability below 10 %. */
  | 'LOW'
  /** Probability 10 % to below 25 %. */
  | 'MODERATE'
  /** Probability 50 % or more. */
  | 'VERY_HIGH';

/** Lifecycle status of a loan. */
export type LoanStatus =
  /** Being repaid. */
  | 'ACTIVE'
  /** Repaid in full or refinanced. */
  | 'CLOSED'
  /** Written off (상각). */
  | 'WRITTEN_OFF';

/** DOMESTIC or OVERSEAS merchant. */
export type Locality =
  /** A merchant in Korea. */
  | 'DOMESTIC'
  /** A merchant abroad. */
  | 'OVERSEAS';

/** Credentials. */
export type LoginInput = {
  /** Login e-mail address. */
  email: string;
  /** Password. */
  password: string;
};

/** Which sessions to end. */
export type LogoutInput = {
  /** End every session of the logged-in user. */
  allDevices?: boolean;
  /** The refresh token of the session to end; without it, the session of the request's access token. */
  refreshToken?: string | null | undefined;
};

/** KO (≥ 80 % of letters Hangul), EN (≥ 80 % Latin) or MIXED; text without letters counts as KO. */
export type MessageLanguage =
  /** At least 80 % of the letters are Latin. */
  | 'EN'
  /** At least 80 % of the letters are Hangul (also text without letters). */
  | 'KO'
  /** Neither reaches 80 %. */
  | 'MIXED';

/** What a message is about: GENERAL chat or FINANCE counselling. */
export type MessageTopic =
  /** Finance counselling. */
  | 'FINANCE'
  /** General chat. */
  | 'GENERAL';

/** Which side of the threshold triggers the metric. */
export type MetricDirection =
  /** Triggered when the value is above the threshold. */
  | 'ABOVE'
  /** Triggered when the value is below the threshold. */
  | 'BELOW';

/** How narrow the peer group is (it widens when too small). */
export type PeerGroupLevel =
  /** Same age band. */
  | 'AGE'
  /** Same age band and region. */
  | 'AGE_REGION'
  /** Same 10-year age band, region and life stage. */
  | 'AGE_REGION_STAGE';

/** WITHIN_WINDOW (a fee is due), WINDOW_ELAPSED (3 years passed: none), NO_RATE_CONFIGURED. */
export type PrepaymentFeeStatus =
  /** The rule set has no fee rate for this loan. */
  | 'NO_RATE_CONFIGURED'
  /** Three years have passed since disbursement: no fee. */
  | 'WINDOW_ELAPSED'
  /** Within the fee window: a fee is due. */
  | 'WITHIN_WINDOW';

/** COMPUTED from card transactions, or IMPORTED as a quarterly aggregate (imported wins). */
export type QuarterSource =
  /** Computed from card transactions. */
  | 'COMPUTED'
  /** Imported as a quarterly aggregate (never overwritten by a recompute). */
  | 'IMPORTED';

/** FIXED, VARIABLE, MIXED (fixed then variable), PERIODIC_RESET. */
export type RateType =
  /** Fixed for the whole term (고정금리). */
  | 'FIXED'
  /** Fixed for fixedPeriodMonths, then variable (혼합형). */
  | 'MIXED'
  /** Reset at fixed intervals (주기형). */
  | 'PERIODIC_RESET'
  /** Follows a reference rate (변동금리). */
  | 'VARIABLE';

/** What became of a served recommendation. */
export type RecommendationOutcome =
  /** The customer showed interest (clicked, started an application). */
  | 'ACCEPTED'
  /** The customer took the product (it then counts as held). */
  | 'CONVERTED'
  /** The customer dismissed it. */
  | 'DISMISSED';

/** Recompute customer quarters from card transactions. */
export type RecomputeQuarterInput = {
  /** Only these customers (default: every customer). */
  customerIds?: Array<string | number> | null | undefined;
  /** The quarter, e.g. 2025Q3. */
  quarter: string;
};

/** The outcome of a served recommendation. */
export type RecordRecommendationOutcomeInput = {
  /** What happened. */
  outcome: RecommendationOutcome;
  /** ProductRecommendation.id. */
  recommendationId: string | number;
};

/** A repayment to record against a loan. */
export type RecordRepaymentInput = {
  /** Amount paid, whole KRW. For PREPAYMENT: the principal to prepay (the prepayment fee is added); for FULL: exactly the payoff amount. */
  amount: string;
  /** Client-chosen key; repeating it returns the first result instead of paying twice. */
  idempotencyKey: string;
  /** REGULAR instalment, PARTIAL, FULL payoff or PREPAYMENT of principal. */
  kind: RepaymentKind;
  /** Global id of the loan. */
  loanId: string | number;
  /** Value date: the day it was paid, today (Korean time) or earlier — a day to come is refused. */
  paidOn: string;
};

/** Which refinance applications to list. */
export type RefinanceApplicationFilterInput = {
  /** Any of these statuses. */
  statuses?: Array<RefinanceApplicationStatus> | null | undefined;
};

/** SUBMITTED → REVIEWING → APPROVED | REJECTED; APPROVED → DISBURSED; WITHDRAWN by the customer before a decision; CANCELLED by staff before disbursement. */
export type RefinanceApplicationStatus =
  /** Approved, waiting for disbursement. */
  | 'APPROVED'
  /** Cancelled by staff before disbursement. */
  | 'CANCELLED'
  /** The new loan was disbursed and the old one repaid. */
  | 'DISBURSED'
  /** Rejected by staff. */
  | 'REJECTED'
  /** Under review by staff. */
  | 'REVIEWING'
  /** Filed by the customer. */
  | 'SUBMITTED'
  /** Withdrawn by the customer before a decision. */
  | 'WITHDRAWN';

/** SWITCH_LENDER 대환 (another lender repays the loan) or STAY_REDUCED_RATE 재대출 (current lender, lower rate). */
export type RefinanceChoice =
  /** 재대출: stay with the current lender at a lower rate. */
  | 'STAY_REDUCED_RATE'
  /** 대환: another lender repays the loan. */
  | 'SWITCH_LENDER';

/** Kind of lender: BANK 시중은행, INTERNET_BANK 인터넷은행, INSURER 보험사, SAVINGS_BANK 저축은행, CAPITAL 캐피탈. */
export type RefinanceLenderType =
  /** 시중은행: a commercial bank. */
  | 'BANK'
  /** 캐피탈: a specialised credit company. */
  | 'CAPITAL'
  /** 보험사: an insurance company. */
  | 'INSURER'
  /** 인터넷은행: an internet-only bank. */
  | 'INTERNET_BANK'
  /** 저축은행: a savings bank. */
  | 'SAVINGS_BANK';

/** Why a product cannot refinance a loan. */
export type RefinanceNotEligibleReason =
  /** The balance exceeds the product's maximum amount. */
  | 'AMOUNT_ABOVE_MAXIMUM'
  /** The product cannot lend the whole balance. */
  | 'AMOUNT_BELOW_BALANCE'
  /** The product does not refinance this kind of loan. */
  | 'LOAN_KIND_NOT_ELIGIBLE'
  /** The loan is not active. */
  | 'LOAN_NOT_ACTIVE'
  /** The product has no rate band for the customer's credit score. */
  | 'NO_RATE_FOR_CREDIT_SCORE'
  /** The product is no longer offered. */
  | 'PRODUCT_INACTIVE'
  /** The remaining term is outside the product's range. */
  | 'TERM_OUT_OF_RANGE';

/** Why a loan has no refinance comparison. */
export type RefinanceOffersUnavailableReason =
  /** The loan is closed or written off. */
  | 'LOAN_NOT_ACTIVE'
  /** Nothing is left to repay. */
  | 'NOTHING_OUTSTANDING'
  /** The loan has not been disbursed yet. */
  | 'NOT_YET_DISBURSED';

/** Which refinance products to list. */
export type RefinanceProductFilterInput = {
  /** Only products on sale (default). */
  activeOnly?: boolean | null | undefined;
  /** Any of these lender types. */
  lenderTypes?: Array<RefinanceLenderType> | null | undefined;
  /** Only products that refinance this kind of loan. */
  loanKind?: LoanKind | null | undefined;
};

/** The option with the largest positive lifetime saving; KEEP_CURRENT when none saves money. */
export type RefinanceRecommendation =
  /** No option saves money: keep the loan as it is. */
  | 'KEEP_CURRENT'
  /** Staying with the current lender at a reduced rate saves the most. */
  | 'STAY_REDUCED_RATE'
  /** Switching to another lender saves the most. */
  | 'SWITCH_LENDER';

/** When to read the data as of. */
export type RefitInsightModelsInput = {
  /** Date YYYY-MM-DD; default today in Korea. */
  asOf?: string | null | undefined;
};

/** A refresh token to rotate. */
export type RefreshTokenInput = {
  /** The refresh token from the last AuthPayload. */
  refreshToken: string;
};

/** First-level administrative division (시·도) of Korea. */
export type Region =
  /** 부산광역시 (Busan). */
  | 'BUSAN'
  /** 충청북도 (North Chungcheong). */
  | 'CHUNGBUK'
  /** 충청남도 (South Chungcheong). */
  | 'CHUNGNAM'
  /** 대구광역시 (Daegu). */
  | 'DAEGU'
  /** 대전광역시 (Daejeon). */
  | 'DAEJEON'
  /** 강원특별자치도 (Gangwon). */
  | 'GANGWON'
  /** 광주광역시 (Gwangju). */
  | 'GWANGJU'
  /** 경상북도 (North Gyeongsang). */
  | 'GYEONGBUK'
  /** 경기도 (Gyeonggi). */
  | 'GYEONGGI'
  /** 경상남도 (South Gyeongsang). */
  | 'GYEONGNAM'
  /** 인천광역시 (Incheon). */
  | 'INCHEON'
  /** 제주특별자치도 (Jeju). */
  | 'JEJU'
  /** 전북특별자치도 (North Jeolla). */
  | 'JEONBUK'
  /** 전라남도 (South Jeolla). */
  | 'JEONNAM'
  /** 세종특별자치시 (Sejong). */
  | 'SEJONG'
  /** 서울특별시 (Seoul). */
  | 'SEOUL'
  /** 울산광역시 (Ulsan). */
  | 'ULSAN';

/** A new online-banking customer and their login. */
export type RegisterInput = {
  /** Login e-mail address (also the contact address). */
  email: string;
  /** Password, 10–128 characters. */
  password: string;
  /** Customer profile (without income and credit score: those are verified by staff). */
  profile: RegisterProfileInput;
};

/** The profile a customer declares when registering. Income and credit score are not self-declared: they start unverified (income 0, score 0) and only staff set them, so nothing a registrant types feeds offers or limits. */
export type RegisterProfileInput = {
  /** Date of birth (YYYY-MM-DD); customers are 14 or older. */
  birthDate: string;
  /** Employment status. */
  employment: Employment;
  /** Gender. */
  gender: Gender;
  /** People in the household (1–20). */
  householdSize: number;
  /** Full name, 1–100 letters. */
  name: string;
  /** Region of residence. */
  region: Region;
};

/** A new title for a conversation. */
export type RenameConversationInput = {
  /** Global id of the conversation. */
  id: string | number;
  /** The title (1–200 characters after trimming). */
  title: string;
};

/** How a repayment was made. */
export type RepaymentKind =
  /** Pays off the whole loan (principal, interest, penalty and prepayment fee). */
  | 'FULL'
  /** Less than what is due; allocated like a regular payment. */
  | 'PARTIAL'
  /** Principal paid ahead of schedule, with accrued interest and the dated prepayment fee. */
  | 'PREPAYMENT'
  /** The instalment due (never beyond what is due by the value date). */
  | 'REGULAR';

/** LEVEL_PAYMENT 원리금균등, EQUAL_PRINCIPAL 원금균등, BULLET 만기일시. */
export type RepaymentMethod =
  /** 만기일시: interest monthly, principal at maturity. */
  | 'BULLET'
  /** 원금균등: equal principal, interest on the balance. */
  | 'EQUAL_PRINCIPAL'
  /** 원리금균등: equal instalments of principal and interest. */
  | 'LEVEL_PAYMENT';

/** A new rate for a variable, mixed or periodic-reset loan from an instalment on. */
export type ResetLoanRateInput = {
  /** New annual rate as a decimal, e.g. "0.0475". */
  annualRate: string;
  /** First instalment at the new rate (default: the next unpaid one). Paid instalments never change. */
  fromInstallment?: number | null | undefined;
  /** Global id of the loan. */
  loanId: string | number;
};

/** The FAILED or CANCELLED assistant message to answer again. */
export type RetryChatMessageInput = {
  /** Global id of the assistant message. */
  messageId: string | number;
};

/** What a principal may do: CUSTOMER (own data), ANALYST (read all), ADMIN, AUDITOR (compliance trail). */
export type Role =
  /** Staff: reads and administers everything, including the compliance trail. */
  | 'ADMIN'
  /** Staff: reads every customer. */
  | 'ANALYST'
  /** Reads the compliance trail (audit entries and their CSV export) and nothing else. */
  | 'AUDITOR'
  /** A customer: sees and changes only their own data. */
  | 'CUSTOMER';

/** ONLINE (card not present) or OFFLINE. */
export type SalesChannel =
  /** Card present (in a shop). */
  | 'OFFLINE'
  /** Card not present (online). */
  | 'ONLINE';

/** A counselling scenario (see docs/counselling.md). */
export type ScenarioLabel =
  /** Debt service is high against income (DSR above the threshold). */
  | 'DEBT_BURDEN'
  /** Risk of (further) delinquency; probability calibrated on labelled data. */
  | 'DELINQUENCY_RISK'
  /** Opportunity: loans carry a high rate; refinancing may pay. */
  | 'HIGH_INTEREST_REFINANCE'
  /** Income fell against the previous quarter. */
  | 'INCOME_DROP'
  /** Savings cover few months of spending. */
  | 'LIQUIDITY_SHORTFALL'
  /** Spending is high against income or grew fast. */
  | 'OVERSPENDING'
  /** Healthy: ample savings, low debt service, moderate spending. */
  | 'STABLE_SAVER';

/** Metrics for a what-if scenario evaluation (no stored customer). */
export type ScenarioMetricsInput = {
  /** Card balance ÷ card limit (0–5). */
  cardUtilisation?: number | null | undefined;
  /** Debt-service ratio (0–20). */
  dsr?: number | null | undefined;
  /** Income change vs the previous quarter (−1–100). */
  incomeChange?: number | null | undefined;
  /** Savings ÷ monthly spending, in months (0–1200). */
  liquidityMonths?: number | null | undefined;
  /** Outstanding loan balance, whole KRW (≥ 0). */
  loanBalance?: string;
  /** Largest days past due over the loans (0–3650). */
  maxDaysPastDue?: number;
  /** Share of spending at night (0–1). */
  nightShare?: number | null | undefined;
  /** Share of spending online (0–1). */
  onlineShare?: number | null | undefined;
  /** Overdue amount, whole KRW (≥ 0). */
  overdueAmount?: string;
  /** Share of spending abroad (0–1). */
  overseasShare?: number | null | undefined;
  /** Savings (deposit) balance, whole KRW (≥ 0). */
  savingsBalance?: string | null | undefined;
  /** Spending change vs the previous quarter (−1–100). */
  spendQoqChange?: number | null | undefined;
  /** Quarter spending ÷ quarter income (0–100). */
  spendToIncome?: number | null | undefined;
  /** Balance-weighted annual loan rate (0.052 = 5.2 %, 0–1). */
  weightedLoanRate?: number | null | undefined;
};

/** A new user message; without conversationId a new conversation is started. */
export type SendChatMessageInput = {
  /** Global id of one of your conversations. */
  conversationId?: string | number | null | undefined;
  /** The message text (not empty; at most CHAT_MAX_MESSAGE_CHARS characters). */
  text: string;
};

/** A loan-limit simulation: a stored customer's data, explicit figures, or both (explicit wins). */
export type SimulateLoanLimitInput = {
  /** Advice requests. */
  advice?: Array<LoanLimitAdviceInput> | null | undefined;
  /** Annual income, whole KRW (default: the customer's). */
  annualIncome?: string | null | undefined;
  /** Revolving card debt. */
  cardDebt?: SimulatedCardDebtInput | null | undefined;
  /** Collateral for an LTV check. */
  collateral?: SimulatedCollateralInput | null | undefined;
  /** Credit score (default: the customer's). */
  creditScore?: number | null | undefined;
  /** Customer to simulate for (a CUSTOMER defaults to themselves). */
  customerId?: string | number | null | undefined;
  /** Date of the rules to apply (default: today in Korea). */
  evaluationDate?: string | null | undefined;
  /** Existing debts (default: the customer's active loans). */
  existingLoans?: Array<SimulatedExistingLoanInput> | null | undefined;
  /** Lender type (DSR cap 40 % bank, 50 % non-bank). */
  lenderType?: LenderType;
  /** The loan wanted. */
  newLoan: SimulatedNewLoanInput;
  /** Region (default: the customer's). */
  region?: Region | null | undefined;
  /** Round the limit down to this unit (default 1 won). */
  roundingUnit?: string | null | undefined;
  /** What-if scenarios. */
  scenarios?: Array<WhatIfScenarioInput> | null | undefined;
};

/** Revolving card debt. */
export type SimulatedCardDebtInput = {
  /** Annual rate (default 17 %). */
  annualRate?: string | null | undefined;
  /** Revolving balance, whole KRW. */
  revolvingBalance: string;
};

/** Collateral for an LTV check. */
export type SimulatedCollateralInput = {
  /** LTV ratio, e.g. "0.70". */
  ltvRatio: string;
  /** Other senior claims on the collateral. */
  otherSeniorClaims?: string | null | undefined;
  /** Appraised value, whole KRW. */
  value: string;
};

/** An existing debt given explicitly (instead of the stored loans). */
export type SimulatedExistingLoanInput = {
  /** Actual annual debt service if known. */
  annualDebtService?: string | null | undefined;
  /** Annual rate, e.g. "0.0520". */
  annualRate: string;
  /** Outstanding balance, whole KRW. */
  balance: string;
  /** Your id for the debt (used by scenarios and advice). */
  id: string;
  /** Kind. */
  kind: LoanKind;
  /** Label used in advice messages. */
  label?: string | null | undefined;
  /** Rate type. */
  rateType?: RateType | null | undefined;
  /** Months left. */
  remainingMonths?: number | null | undefined;
  /** Repayment method. */
  repaymentMethod: RepaymentMethod;
  /** Secured on the collateral of the new loan (LTV). */
  securedByCollateral?: boolean | null | undefined;
};

/** The loan the customer wants. */
export type SimulatedNewLoanInput = {
  /** Annual rate, e.g. "0.0450". */
  annualRate: string;
  /** Fixed period (MIXED, PERIODIC_RESET). */
  fixedPeriodMonths?: number | null | undefined;
  /** Kind. */
  kind: LoanKind;
  /** Mortgage purpose. */
  purpose?: LoanPurpose | null | undefined;
  /** Rate type. */
  rateType: RateType;
  /** Repayment method. */
  repaymentMethod: RepaymentMethod;
  /** Amount wanted (the default advice target). */
  requestedAmount?: string | null | undefined;
  /** Term in months. */
  termMonths: number;
};

/** Sort direction. */
export type SortDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Starts an import of an uploaded file. */
export type StartImportInput = {
  /** An explicit mapping (instead of a preset). */
  mapping?: Array<ColumnMappingInput> | null | undefined;
  /** Reading options. */
  options?: ImportOptionsInput | null | undefined;
  /** A named mapping: customers, customers-ko (CUSTOMERS); uci-online-retail, sales (SALES); transactions, transactions-ko (TRANSACTIONS); customer-quarters (CUSTOMER_QUARTERS). */
  preset?: string | null | undefined;
  /** What to load. */
  target: ImportTarget;
  /** Upload id returned by POST /uploads/imports. */
  uploadId: string | number;
};

/** Link a provider account to the signed-in login. */
export type StartOidcLinkInput = {
  /** Provider id, e.g. "kakao". */
  provider: string;
  /** Page to come back to: /chat or /dashboard. */
  returnTo?: string;
};

/** A correction (or confirmation) of a life stage. */
export type SubmitLifeStageFeedbackInput = {
  /** Free text (≤ 1000 characters). */
  comment?: string | null | undefined;
  /** Global id of the customer. */
  customerId: string | number;
  /** The right life stage: STUDENT, EARLY_CAREER, NEWLY_WED, YOUNG_FAMILY, MATURE_FAMILY, PRE_RETIREMENT, RETIRED. */
  lifeStage: string;
};

/** Move a refinance application to another status. */
export type TransitionRefinanceApplicationInput = {
  /** Global id of the application. */
  applicationId: string | number;
  /** The version you saw; the transition is refused if the application changed since. */
  expectedVersion?: number | null | undefined;
  /** Why (recorded in the event log). */
  reason: string;
  /** The status to move to. */
  to: RefinanceApplicationStatus;
};

/** Unlink a provider account from the signed-in login. */
export type UnlinkOidcIdentityInput = {
  /** Provider id, e.g. "kakao". */
  provider: string;
};

/** Changes to a customer; omitted fields stay as they are. */
export type UpdateCustomerInput = {
  /** Annual income before tax, whole KRW. */
  annualIncome?: string | null | undefined;
  /** Credit score (staff only). */
  creditScore?: number | null | undefined;
  /** Contact e-mail address. */
  email?: string | null | undefined;
  /** Employment status. */
  employment?: Employment | null | undefined;
  /** People in the household (1–20). */
  householdSize?: number | null | undefined;
  /** Global id of the customer. */
  id: string | number;
  /** Full name. */
  name?: string | null | undefined;
  /** Region of residence. */
  region?: Region | null | undefined;
};

/** A combination of changes to evaluate. */
export type WhatIfScenarioInput = {
  /** Card debt repaid. */
  cardDebtRepayment?: CardDebtRepaymentScenarioInput | null | undefined;
  /** Your id for the scenario. */
  id: string;
  /** Income change, e.g. "0.10" for +10 %. */
  incomeChangeRatio?: string | null | undefined;
  /** Label. */
  label?: string | null | undefined;
  /** Loans repaid. */
  loanRepayments?: Array<LoanRepaymentScenarioInput> | null | undefined;
  /** Change of the new loan rate, e.g. "-0.01". */
  newLoanRateDelta?: string | null | undefined;
};

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: AuditKind, at: string, actorId: string | null, actorRole: Role | null, customerId: string | null, subjectType: string, subjectId: string, detailsJson: string, sentText: string | null, chainSeq: string, rowHash: string } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, email: string, role: Role } }
    | { __typename: 'InvalidCredentialsError', code: string, message: string }
    | { __typename: 'RateLimitedError' }
   };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { email: string, role: Role, customer: { id: string, name: string, email: string | null } | null } }
    | { __typename: 'EmailAddressConflictError', code: string, message: string }
   };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string }
    | { __typename: 'InvalidRefreshTokenError', code: string, message: string }
   };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { revokedSessions: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, role: Role, customer: { id: string, name: string } | null } | null };

export type ChatMessageFieldsFragment = { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> };

type SendChatMessageResultFields_ChatLimitError_Fragment = { __typename: 'ChatLimitError', code: string, message: string, limit: string, retryAfterSeconds: number | null };

type SendChatMessageResultFields_ChatMessageRejectedError_Fragment = { __typename: 'ChatMessageRejectedError', code: string, message: string, field: string };

type SendChatMessageResultFields_SendChatMessagePayload_Fragment = { __typename: 'SendChatMessagePayload', conversation: { id: string, title: string }, userMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> }, assistantMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } };

export type SendChatMessageResultFieldsFragment =
  | SendChatMessageResultFields_ChatLimitError_Fragment
  | SendChatMessageResultFields_ChatMessageRejectedError_Fragment
  | SendChatMessageResultFields_SendChatMessagePayload_Fragment
;

export type SendChatMessageMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type SendChatMessageMutation = { sendChatMessage:
    | { __typename: 'ChatLimitError', code: string, message: string, limit: string, retryAfterSeconds: number | null }
    | { __typename: 'ChatMessageRejectedError', code: string, message: string, field: string }
    | { __typename: 'SendChatMessagePayload', conversation: { id: string, title: string }, userMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> }, assistantMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } }
   };

export type RetryChatMessageMutationVariables = Exact<{
  input: RetryChatMessageInput;
}>;


export type RetryChatMessageMutation = { retryChatMessage:
    | { __typename: 'ChatLimitError', code: string, message: string, limit: string, retryAfterSeconds: number | null }
    | { __typename: 'ChatMessageRejectedError', code: string, message: string, field: string }
    | { __typename: 'SendChatMessagePayload', conversation: { id: string, title: string }, userMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> }, assistantMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } }
   };

export type CancelChatMessageMutationVariables = Exact<{
  input: CancelChatMessageInput;
}>;


export type CancelChatMessageMutation = { cancelChatMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } };

export type RenameConversationMutationVariables = Exact<{
  input: RenameConversationInput;
}>;


export type RenameConversationMutation = { renameConversation: { id: string, title: string, updatedAt: string } };

export type DeleteConversationMutationVariables = Exact<{
  input: DeleteConversationInput;
}>;


export type DeleteConversationMutation = { deleteConversation: { deletedId: string } };

export type ConversationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConversationsQuery = { conversations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, createdAt: string, updatedAt: string } }> } };

export type ConversationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ConversationQuery = { conversation: { id: string, title: string, createdAt: string, updatedAt: string, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } }> } } | null };

export type ChatMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatMessageQuery = { chatMessage: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } | null };

export type ChatMessageStreamSubscriptionVariables = Exact<{
  messageId: string | number;
  after?: number | null | undefined;
}>;


export type ChatMessageStreamSubscription = { chatMessageStream: { index: number, delta: string | null, done: boolean, message: { id: string, conversationId: string, role: ChatRole, status: ChatMessageStatus, text: string, language: string | null, toolsUsed: Array<string>, provider: string | null, fallback: boolean, failureReason: string | null, tokenCount: number, createdAt: string, completedAt: string | null, topic: { topic: string, intent: string | null, confidence: number } | null, emotion: { label: string, intensity: number } | null, scenario: { label: string, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: string, triggered: boolean }> } | null, citations: Array<{ source: string, label: string }> } | null } };

export type ClassifyMessageQueryVariables = Exact<{
  text: string;
}>;


export type ClassifyMessageQuery = { classifyMessage: { topic: MessageTopic, confidence: number, language: MessageLanguage, modelVersion: string, intent: { label: FinanceIntent, confidence: number } | null, alternatives: Array<{ label: FinanceIntent, confidence: number }>, emotion: { label: Emotion, intensity: number, scores: { anxious: number, frustrated: number, sad: number, neutral: number, hopeful: number } } } };

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  search?: string | null | undefined;
  filter?: CustomerFilterInput | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, customerNumber: string, name: string, age: number, region: Region, employment: Employment, creditScore: number, annualIncome: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type CustomersWithLoginQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomersWithLoginQuery = { customers: { edges: Array<{ node: { id: string, name: string, login: { email: string, role: Role } | null } }> } };

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerQuery = { customer: { id: string, name: string, email: string | null, birthDate: string, age: number, gender: Gender, region: Region, regionName: string, householdSize: number, employment: Employment, creditScore: number, createdAt: string, updatedAt: string, annualIncome: { amount: string, currency: string } } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Card', id: string }
    | { __typename: 'ChatMessage', id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'Customer', name: string, id: string }
    | { __typename: 'Import', id: string }
    | { __typename: 'Loan', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'RefinanceApplication', id: string }
    | { __typename: 'RefinanceProduct', id: string }
   | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer:
    | { __typename: 'Customer', id: string, customerNumber: string, name: string, annualIncome: { amount: string } }
    | { __typename: 'EmailAddressConflictError', code: string, message: string, email: string }
   };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer:
    | { __typename: 'Customer', id: string, name: string, updatedAt: string, annualIncome: { amount: string } }
    | { __typename: 'EmailAddressConflictError', code: string, email: string }
   };

export type IndicatorSeriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last: number;
}>;


export type IndicatorSeriesQuery = { indicatorSeries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string, unit: string, frequency: IndicatorFrequency, licence: string, version: number, observations: Array<{ period: string, value: string }> } }> } };

export type ForecastQueryVariables = Exact<{
  series: string;
  horizon: number;
  method?: ForecastMethod | null | undefined;
}>;


export type ForecastQuery = { forecast: { method: ForecastMethod, horizon: number, seasonal: boolean, lastObservedPeriod: string, observationCount: number, cached: boolean, series: { code: string, version: number }, points: Array<{ period: string, mean: number, lower80: number, upper80: number, lower95: number, upper95: number }>, parameters: Array<{ name: string, value: string }> } };

export type CustomerForecastQueryVariables = Exact<{
  id: string | number;
  metric: CustomerSeriesMetric;
  horizon: number;
  method?: ForecastMethod | null | undefined;
}>;


export type CustomerForecastQuery = { customer: { forecast: { metric: CustomerSeriesMetric, frequency: IndicatorFrequency, method: ForecastMethod, horizon: number, seasonal: boolean, lastObservedPeriod: string, observationCount: number, cached: boolean, points: Array<{ period: string, mean: { amount: string }, lower80: { amount: string }, upper80: { amount: string }, lower95: { amount: string }, upper95: { amount: string } }> } | null } };

export type RefinanceDocumentQualityQueryVariables = Exact<{
  id: string | number;
}>;


export type RefinanceDocumentQualityQuery = { refinanceApplication: { id: string, documents: Array<{ id: string, fileName: string, contentType: string, sha256: string, quality: { label: string, usable: boolean, confidence: number, modelName: string, modelVersion: string, latencyMs: number, width: number, height: number, verdict: string, verdictKo: string, confidences: Array<{ label: string, confidence: number }> } | null }> } };

export type ImageQualityStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImageQualityStatisticsQuery = { imageQualityStatistics: { enabled: boolean, modelName: string | null, modelVersion: string | null, usable: number, reupload: number, counts: Array<{ source: ImageSource, label: string, usable: boolean, count: number }> } };

export type LatestImageAnalysisQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestImageAnalysisQuery = { latestImageAnalysis: { id: string, fileName: string, sizeBytes: number, quality: { label: string, usable: boolean, confidence: number, modelVersion: string, verdict: string } } | null };

export type ImportFieldsFragment = { id: string, fileName: string, target: ImportTarget, status: ImportStatus, phase: ImportPhase, sha256: string, rowsRead: number, rowsValid: number, rowsBad: number, rowsInserted: number, rowsDuplicate: number, failureReason: string | null, durationMs: number | null, timings: { parseMs: number, mergeMs: number, analyseMs: number } | null };

export type StartImportMutationVariables = Exact<{
  input: StartImportInput;
}>;


export type StartImportMutation = { startImport:
    | { __typename: 'DuplicateImportError', code: string, message: string, existing: { id: string, status: ImportStatus } }
    | { __typename: 'Import', id: string, fileName: string, target: ImportTarget, status: ImportStatus, phase: ImportPhase, sha256: string, rowsRead: number, rowsValid: number, rowsBad: number, rowsInserted: number, rowsDuplicate: number, failureReason: string | null, durationMs: number | null, timings: { parseMs: number, mergeMs: number, analyseMs: number } | null }
    | { __typename: 'InvalidMappingError', code: string, message: string, problems: Array<string> }
   };

export type ImportQueryVariables = Exact<{
  id: string | number;
  errors?: number | null | undefined;
}>;


export type ImportQuery = { import: { id: string, fileName: string, target: ImportTarget, status: ImportStatus, phase: ImportPhase, sha256: string, rowsRead: number, rowsValid: number, rowsBad: number, rowsInserted: number, rowsDuplicate: number, failureReason: string | null, durationMs: number | null, errors: Array<{ line: number | null, column: string | null, value: string | null, reason: string }>, quality: { rows: number, columns: Array<{ column: string, field: string, missing: number, distinct: number, duplicates: number }>, outOfRange: Array<{ name: string, count: number }>, shift: { statistic: string, quarter: string, previousQuarter: string, value: number | null, band: string | null, currentRows: number, previousRows: number } | null } | null, summary: { rows: number, totalAmount: string | null, totalQuantity: string | null, distinctCustomers: number, invoices: number | null, cancellations: number | null, breakdownBy: string | null, breakdown: Array<{ key: string, rows: number, amount: string | null }> } | null, timings: { parseMs: number, mergeMs: number, analyseMs: number } | null } };

export type ImportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ImportFilterInput | null | undefined;
}>;


export type ImportsQuery = { imports: { totalCount: number, edges: Array<{ node: { id: string, status: ImportStatus, target: ImportTarget } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LatestImportSummaryQueryVariables = Exact<{
  target: ImportTarget;
}>;


export type LatestImportSummaryQuery = { latestImportSummary: { importId: string, summary: { rows: number, totalAmount: string | null, totalQuantity: string | null, invoices: number | null } } | null };

export type ImportPresetsQueryVariables = Exact<{
  target?: ImportTarget | null | undefined;
}>;


export type ImportPresetsQuery = { importPresets: Array<{ target: ImportTarget, name: string, columns: Array<{ column: string, field: string, type: string, required: boolean, description: string }> }> };

export type CustomerInsightsQueryVariables = Exact<{
  id: string | number;
  quarter?: string | null | undefined;
  language?: InsightLanguage | null | undefined;
}>;


export type CustomerInsightsQuery = { customer: { id: string, quarterlySummary: string | null, healthScore: { score: number | null, band: HealthBand | null, quarter: string, coverage: number, explanation: string, components: Array<{ pillar: string, name: string, value: number | null, score: number | null, weight: number, usedWeight: number, note: string }> } | null, lifeStage: { stage: string, confidence: number, reasons: Array<string> } | null, loanRisk: { probability: number, band: LoanRiskBand, quarter: string, modelVersion: string, factors: Array<{ name: string, value: number | null, contribution: number }> } | null } };

export type CustomerHealthScoreQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerHealthScoreQuery = { customer: { id: string, healthScore: { score: number | null, band: HealthBand | null } | null } };

export type CustomerInsightModelsQueryVariables = Exact<{
  id: string | number;
  quarter?: string | null | undefined;
  first: number;
}>;


export type CustomerInsightModelsQuery = { customer: { id: string, lifeStage: { stage: string, quarter: string, source: LifeStageSource, inferredStage: string, feedbackAt: string | null, model: { kind: InsightModelKind, version: string, fittedAt: string | null, fallback: boolean } } | null, loanRisk: { quarter: string, band: LoanRiskBand } | null, cluster: { number: number, label: string, distance: number, size: number, quarter: string, distinctive: Array<{ feature: string, z: number }>, model: { kind: InsightModelKind, version: string, fallback: boolean } } | null, similarCustomers: { anonymised: boolean, neighbours: Array<{ rank: number, distance: number, cluster: number, customer: { id: string } | null }>, model: { version: string, fallback: boolean } } | null, peerComparison: { quarter: string, level: PeerGroupLevel, ageBand: string, region: string | null, lifeStage: string | null, groupSize: number, widened: boolean, reasons: Array<string>, metrics: Array<{ metric: string, value: number, percentile: number, groupMedian: number | null, groupSize: number }>, model: { version: string, fallback: boolean } } | null } };

export type CustomerAnomaliesQueryVariables = Exact<{
  id: string | number;
  quarter?: string | null | undefined;
  first: number;
  flaggedOnly: boolean;
  after?: string | null | undefined;
}>;


export type CustomerAnomaliesQuery = { customer: { id: string, anomalies: { quarter: string, scanned: number, flaggedCount: number, endCursor: string | null, hasNextPage: boolean, model: { kind: InsightModelKind, version: string, fallback: boolean }, items: Array<{ transactionId: string, merchantName: string | null, occurredAt: string, category: string | null, score: number, forestScore: number | null, ruleScore: number, flagged: boolean, amount: { amount: string, currency: string }, reasons: Array<{ rule: string, severity: number, message: string }>, topFeatures: Array<{ feature: string, value: number, contribution: number }> }> } } };

export type CustomerRecommendationsQueryVariables = Exact<{
  id: string | number;
  first: number;
  quarter?: string | null | undefined;
}>;


export type CustomerRecommendationsQuery = { customer: { id: string, recommendations: Array<{ id: string, productCode: string, kind: string, name: string, nameKo: string, benefit: string, score: number, ruleScore: number, clusterScore: number, reasons: Array<string>, quarter: string, servedAt: string, outcome: RecommendationOutcome | null, model: { version: string, fallback: boolean } }> } };

export type SubmitLifeStageFeedbackMutationVariables = Exact<{
  input: SubmitLifeStageFeedbackInput;
}>;


export type SubmitLifeStageFeedbackMutation = { submitLifeStageFeedback: { id: string, lifeStage: string, submittedAt: string, submittedRole: string, customer: { id: string } } };

export type RecordRecommendationOutcomeMutationVariables = Exact<{
  input: RecordRecommendationOutcomeInput;
}>;


export type RecordRecommendationOutcomeMutation = { recordRecommendationOutcome: { id: string, productCode: string, outcome: RecommendationOutcome | null } };

export type RecommendationAcceptanceQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type RecommendationAcceptanceQuery = { recommendationAcceptance: Array<{ productCode: string, kind: string, name: string, served: number, customers: number, accepted: number, dismissed: number, converted: number, acceptanceRate: number | null, conversionRate: number | null }> };

export type InsightModelVersionsQueryVariables = Exact<{
  kind?: InsightModelKind | null | undefined;
  first?: number | null | undefined;
}>;


export type InsightModelVersionsQuery = { insightModelVersions: Array<{ kind: InsightModelKind, version: string, number: number, fittedAt: string, training: string, active: boolean }> };

export type RefitInsightModelsMutationVariables = Exact<{
  input?: RefitInsightModelsInput | null | undefined;
}>;


export type RefitInsightModelsMutation = { refitInsightModels: { jobId: string } };

export type CreateLoanMutationVariables = Exact<{
  input: CreateLoanInput;
}>;


export type CreateLoanMutation = { createLoan: { id: string, loanNumber: string, kind: LoanKind, maturityOn: string, status: LoanStatus, principal: { amount: string } } };

export type LoanQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanQuery = { loan: { id: string, loanNumber: string, kind: LoanKind, repaymentMethod: RepaymentMethod, annualRate: string, principal: { amount: string, currency: string }, customer: { id: string, name: string } } };

export type LoansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  filter?: LoanFilterInput | null | undefined;
  orderBy?: LoanOrderInput | null | undefined;
}>;


export type LoansQuery = { loans: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, loanNumber: string, kind: LoanKind, status: LoanStatus, principal: { amount: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CustomerLoansQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerLoansQuery = { customer: { id: string, loans: Array<{ id: string, kind: LoanKind, principal: { amount: string } }> } };

export type LoanStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoanStatsQuery = { loanStats: { total: { count: number, delinquentCount: number, delinquencyRate: string, totalPrincipal: { amount: string }, averagePrincipal: { amount: string } }, byKind: Array<{ key: string | null, count: number, totalPrincipal: { amount: string } }>, byStatus: Array<{ key: string | null, count: number }> } };

export type LoanScheduleQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LoanScheduleQuery = { loan: { id: string, status: LoanStatus, balance: { amount: string }, nextPayment: { number: number, dueDate: string, payment: { amount: string } } | null, schedule: { totalCount: number, edges: Array<{ node: { number: number, dueDate: string, paid: boolean, principal: { amount: string }, interest: { amount: string }, payment: { amount: string }, remainingBalance: { amount: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, repaymentHistory: Array<{ kind: RepaymentKind, amount: { amount: string }, principal: { amount: string }, interest: { amount: string } }> } };

export type RecordRepaymentMutationVariables = Exact<{
  input: RecordRepaymentInput;
}>;


export type RecordRepaymentMutation = { recordRepayment:
    | { __typename: 'DuplicateRepaymentError', code: string, message: string, existing: { id: string } }
    | { __typename: 'LoanNotActiveError', code: string, message: string }
    | { __typename: 'PrepaymentAfterEarlyPaymentError' }
    | { __typename: 'PrepaymentWhileOverdueError' }
    | { __typename: 'RecordRepaymentPayload', paidInstallments: number, balance: { amount: string }, repayment: { id: string, kind: RepaymentKind, feeRuleSet: string | null, amount: { amount: string }, principal: { amount: string }, interest: { amount: string }, balanceAfter: { amount: string }, fee: { amount: string } } }
    | { __typename: 'RepaymentBackdatedError' }
    | { __typename: 'RepaymentExceedsDueError', code: string, message: string }
    | { __typename: 'RepaymentTooSmallError', code: string, message: string }
   };

export type CustomersWithSchedulesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomersWithSchedulesQuery = { customers: { edges: Array<{ node: { id: string, loans: Array<{ id: string, balance: { amount: string }, schedule: { edges: Array<{ node: { number: number, payment: { amount: string } } }> } }> } }> } };

export type SimulateLoanLimitQueryVariables = Exact<{
  input: SimulateLoanLimitInput;
}>;


export type SimulateLoanLimitQuery = { simulateLoanLimit:
    | { __typename: 'LoanLimitSimulation', bindingConstraint: BindingConstraint, maxLoan: { amount: string }, dsrLimit: { amount: string }, existingAnnualDebtService: { amount: string }, ruleSet: { id: string, effectiveFrom: string }, stress: { stressedAnnualRate: string }, debtService: Array<{ sourceId: string, kind: string, basis: DebtServiceBasis, total: { amount: string } }>, scenarios: Array<{ key: string, messageEn: string, maxLoan: { amount: string }, changeVsBaseline: { amount: string } }>, advice: Array<{ status: AdviceStatus, messageKo: string, messageEn: string, requiredAmount: { amount: string } | null, resultingLimit: { amount: string } }> }
    | { __typename: 'MissingIncomeError', code: string, message: string }
   };

export type LoanDelinquencyQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type LoanDelinquencyQuery = { loan: { schedule: { edges: Array<{ node: { payment: { amount: string } } }> }, delinquency: { asOf: string, overdueInstallments: number, oldestUnpaidDueDate: string | null, daysPastDue: number, assetClass: AssetClass, flags: Array<CreditBureauFlag>, penaltyRate: string | null, overdueAmount: { amount: string }, penaltyInterest: { amount: string } }, customer: { delinquencySummary: { delinquentLoans: number, maxDaysPastDue: number, worstAssetClass: AssetClass, flags: Array<CreditBureauFlag>, totalOverdue: { amount: string }, totalPenaltyInterest: { amount: string } } } } };

export type ResetLoanRateMutationVariables = Exact<{
  input: ResetLoanRateInput;
}>;


export type ResetLoanRateMutation = { resetLoanRate: { id: string, annualRate: string, currentAnnualRate: string } };

export type OidcProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type OidcProvidersQuery = { oidcProviders: Array<{ id: string, name: string, loginPath: string }> };

export type ExchangeOidcCodeMutationVariables = Exact<{
  input: ExchangeOidcCodeInput;
}>;


export type ExchangeOidcCodeMutation = { exchangeOidcCode:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { id: string, email: string, role: Role } }
    | { __typename: 'EmailAddressConflictError', code: string, message: string }
    | { __typename: 'InvalidOidcCodeError', code: string, message: string }
    | { __typename: 'OidcProfileRequiredError', code: string, message: string, email: string, suggestedName: string | null }
   };

export type LinkedIdentitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LinkedIdentitiesQuery = { linkedIdentities: Array<{ provider: string, email: string | null, linkedAt: string, lastLoginAt: string | null }> };

export type StartOidcLinkMutationVariables = Exact<{
  input: StartOidcLinkInput;
}>;


export type StartOidcLinkMutation = { startOidcLink: { authorizationUrl: string } };

export type UnlinkOidcIdentityMutationVariables = Exact<{
  input: UnlinkOidcIdentityInput;
}>;


export type UnlinkOidcIdentityMutation = { unlinkOidcIdentity:
    | { __typename: 'OidcUnlinkRefusedError', code: string, message: string }
    | { __typename: 'UnlinkOidcIdentityPayload', identities: Array<{ provider: string }> }
   };

export type PortfolioSpendingQueryVariables = Exact<{
  quarters?: number | null | undefined;
}>;


export type PortfolioSpendingQuery = { portfolioSpending: { quarters: Array<{ quarter: string, customers: number, transactionCount: number, total: { amount: string, currency: string }, byCategory: Array<{ categoryCode: string, transactionCount: number, amount: { amount: string } }> }>, categories: Array<{ code: string, nameKo: string, nameEn: string }> } };

export type PortfolioInsightsQueryVariables = Exact<{
  quarter?: string | null | undefined;
}>;


export type PortfolioInsightsQuery = { portfolioInsights: { quarter: string | null, population: number, evaluated: number, sampled: boolean, unscored: number, averageHealthScore: number | null, dataVersion: string, computedAt: string, healthBands: Array<{ band: HealthBand, count: number }>, healthScoreHistogram: Array<{ from: number, to: number, count: number }>, lifeStages: Array<{ stage: string, nameKo: string, nameEn: string, count: number }> } };

export type PortfolioReferenceInsightsQueryVariables = Exact<{
  first?: number | null | undefined;
  quarter?: string | null | undefined;
}>;


export type PortfolioReferenceInsightsQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, healthScore: { score: number | null, band: HealthBand | null } | null, lifeStage: { stage: string } | null } }> } };

export type RefinanceProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RefinanceProductFilterInput | null | undefined;
}>;


export type RefinanceProductsQuery = { refinanceProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, lender: string, lenderType: RefinanceLenderType, name: string, eligibleLoanKinds: Array<LoanKind>, active: boolean, maxAmount: { amount: string }, rateBands: Array<{ minScore: number, maxScore: number, annualRate: string, validFrom: string, validTo: string | null }> } }> } };

export type RefinanceOptionFieldsFragment = { choice: RefinanceChoice, annualRate: string, termMonths: number, repaymentMethod: RepaymentMethod, breakEvenMonth: number | null, newPayment: { amount: string }, monthlySaving: { amount: string }, upfrontFees: { amount: string }, prepaymentFee: { ruleSetId: string, status: PrepaymentFeeStatus, feeRate: string, remainingDays: number, amount: { amount: string } } | null, totalCost: { amount: string }, totalInterest: { amount: string }, lifetimeSaving: { amount: string } };

export type LoanRefinanceOffersQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanRefinanceOffersQuery = { loan: { id: string, refinanceOffers: { asOf: string, creditScore: number, unavailableReason: RefinanceOffersUnavailableReason | null, stayRateCut: string, best: RefinanceRecommendation, current: { annualRate: string, remainingMonths: number, balance: { amount: string }, payment: { amount: string }, totalInterest: { amount: string } } | null, stayWithCurrentLender: { choice: RefinanceChoice, annualRate: string, termMonths: number, repaymentMethod: RepaymentMethod, breakEvenMonth: number | null, newPayment: { amount: string }, monthlySaving: { amount: string }, upfrontFees: { amount: string }, prepaymentFee: { ruleSetId: string, status: PrepaymentFeeStatus, feeRate: string, remainingDays: number, amount: { amount: string } } | null, totalCost: { amount: string }, totalInterest: { amount: string }, lifetimeSaving: { amount: string } } | null, offers: Array<{ best: RefinanceRecommendation, product: { id: string, code: string }, switchLender: { choice: RefinanceChoice, annualRate: string, termMonths: number, repaymentMethod: RepaymentMethod, breakEvenMonth: number | null, newPayment: { amount: string }, monthlySaving: { amount: string }, upfrontFees: { amount: string }, prepaymentFee: { ruleSetId: string, status: PrepaymentFeeStatus, feeRate: string, remainingDays: number, amount: { amount: string } } | null, totalCost: { amount: string }, totalInterest: { amount: string }, lifetimeSaving: { amount: string } }, advantageOverStay: { amount: string } }>, bestProduct: { code: string } | null } } };

export type RefinanceApplicationFieldsFragment = { id: string, status: RefinanceApplicationStatus, version: number, termMonths: number, offeredRate: string, creditScore: number, requestedAmount: { amount: string }, loan: { id: string, status: LoanStatus }, newLoan: { id: string, status: LoanStatus, lender: string, annualRate: string, termMonths: number, principal: { amount: string } } | null, product: { code: string }, events: Array<{ version: number, from: RefinanceApplicationStatus | null, to: RefinanceApplicationStatus, actorUserId: string | null, actorRole: Role, reason: string, at: string }>, documents: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string, downloadPath: string }> };

export type ApplyForRefinanceMutationVariables = Exact<{
  input: ApplyForRefinanceInput;
}>;


export type ApplyForRefinanceMutation = { applyForRefinance:
    | { __typename: 'ApplyForRefinancePayload', application: { id: string, status: RefinanceApplicationStatus, version: number, termMonths: number, offeredRate: string, creditScore: number, requestedAmount: { amount: string }, loan: { id: string, status: LoanStatus }, newLoan: { id: string, status: LoanStatus, lender: string, annualRate: string, termMonths: number, principal: { amount: string } } | null, product: { code: string }, events: Array<{ version: number, from: RefinanceApplicationStatus | null, to: RefinanceApplicationStatus, actorUserId: string | null, actorRole: Role, reason: string, at: string }>, documents: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string, downloadPath: string }> } }
    | { __typename: 'RefinanceApplicationExistsError', code: string, message: string, existing: { id: string } }
    | { __typename: 'RefinanceNotEligibleError', code: string, message: string, reason: RefinanceNotEligibleReason }
   };

export type TransitionRefinanceApplicationMutationVariables = Exact<{
  input: TransitionRefinanceApplicationInput;
}>;


export type TransitionRefinanceApplicationMutation = { transitionRefinanceApplication:
    | { __typename: 'IllegalRefinanceTransitionError', code: string, message: string, from: RefinanceApplicationStatus, to: RefinanceApplicationStatus, allowed: Array<RefinanceApplicationStatus> }
    | { __typename: 'RefinanceVersionConflictError', code: string, message: string, expectedVersion: number, currentVersion: number, currentStatus: RefinanceApplicationStatus }
    | { __typename: 'TransitionRefinanceApplicationPayload', application: { id: string, status: RefinanceApplicationStatus, version: number, termMonths: number, offeredRate: string, creditScore: number, requestedAmount: { amount: string }, loan: { id: string, status: LoanStatus }, newLoan: { id: string, status: LoanStatus, lender: string, annualRate: string, termMonths: number, principal: { amount: string } } | null, product: { code: string }, events: Array<{ version: number, from: RefinanceApplicationStatus | null, to: RefinanceApplicationStatus, actorUserId: string | null, actorRole: Role, reason: string, at: string }>, documents: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string, downloadPath: string }> } }
   };

export type RefinanceApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type RefinanceApplicationQuery = { refinanceApplication: { id: string, status: RefinanceApplicationStatus, version: number, termMonths: number, offeredRate: string, creditScore: number, requestedAmount: { amount: string }, loan: { id: string, status: LoanStatus }, newLoan: { id: string, status: LoanStatus, lender: string, annualRate: string, termMonths: number, principal: { amount: string } } | null, product: { code: string }, events: Array<{ version: number, from: RefinanceApplicationStatus | null, to: RefinanceApplicationStatus, actorUserId: string | null, actorRole: Role, reason: string, at: string }>, documents: Array<{ id: string, fileName: string, contentType: string, sizeBytes: number, sha256: string, downloadPath: string }> } };

export type RefinanceApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RefinanceApplicationFilterInput | null | undefined;
}>;


export type RefinanceApplicationsQuery = { refinanceApplications: { totalCount: number, edges: Array<{ node: { id: string, status: RefinanceApplicationStatus } }> } };

export type LoanRefinanceApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type LoanRefinanceApplicationsQuery = { loan: { id: string, refinanceApplications: Array<{ id: string, status: RefinanceApplicationStatus }> } };

export type CustomerScenariosQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerScenariosQuery = { customer: { id: string, scenario: { label: ScenarioLabel, probability: number, calibrated: boolean, thresholdVersion: string } | null, scenarios: { thresholdVersion: string, primary: { label: ScenarioLabel } | null, scenarios: Array<{ label: ScenarioLabel, probability: number, calibrated: boolean, thresholdVersion: string, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: MetricDirection, triggered: boolean }> }> } } };

export type EvaluateScenarioQueryVariables = Exact<{
  metrics: ScenarioMetricsInput;
}>;


export type EvaluateScenarioQuery = { evaluateScenario: { thresholdVersion: string, primary: { label: ScenarioLabel, probability: number, calibrated: boolean } | null, scenarios: Array<{ label: ScenarioLabel, probability: number, calibrated: boolean, keyMetrics: Array<{ name: string, value: number | null, threshold: number, direction: MetricDirection, triggered: boolean }> }> } };

export type CustomerSpendingQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
  upTo?: string | null | undefined;
}>;


export type CustomerSpendingQuery = { customer: { id: string, cards: Array<{ id: string, productName: string, cardType: CardType, issuedOn: string, issuer: { code: string, nameKo: string } }>, quarterlySpending: Array<{ quarter: string, startsOn: string, complete: boolean, source: QuarterSource, transactionCount: number, onlineShare: string | null, overseasShare: string | null, nightShare: string | null, total: { amount: string }, averageTicket: { amount: string } | null, byCategory: Array<{ count: number, share: string | null, category: { code: string, nameKo: string, nameEn: string }, amount: { amount: string } }>, changeFromPreviousQuarter: { previousQuarter: string, ratio: string | null, amount: { amount: string } } | null, income: { amount: string } | null, balances: { deposits: { amount: string } | null, loans: { amount: string } | null, cardDebt: { amount: string } | null } | null }> } };

export type CustomerQuarterQueryVariables = Exact<{
  id: string | number;
  q: string;
}>;


export type CustomerQuarterQuery = { customer: { quarter: { quarter: string, transactionCount: number, total: { amount: string }, changeFromPreviousQuarter: { previousQuarter: string, ratio: string | null, amount: { amount: string } } | null } | null } };

export type CardTransactionsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CardTransactionFilterInput | null | undefined;
}>;


export type CardTransactionsQuery = { node:
    | { id: string, productName: string, transactions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, kind: CardTransactionKind, occurredAt: string, merchantName: string, mcc: number | null, channel: SalesChannel, locality: Locality, instalmentMonths: number, amount: { amount: string }, category: { code: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type SpendingCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpendingCategoriesQuery = { spendingCategories: Array<{ category: { code: string, nameKo: string, nameEn: string }, mccRanges: Array<{ from: number, to: number, description: string }> }> };

export type RecomputeSpendingQuarterMutationVariables = Exact<{
  input: RecomputeQuarterInput;
}>;


export type RecomputeSpendingQuarterMutation = { recomputeSpendingQuarter: { quarter: string, computed: number, zeroed: number } };

export const ChatMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<ChatMessageFieldsFragment, unknown>;
export const SendChatMessageResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendChatMessageResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistantMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<SendChatMessageResultFieldsFragment, unknown>;
export const ImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValid"}},{"kind":"Field","name":{"kind":"Name","value":"rowsBad"}},{"kind":"Field","name":{"kind":"Name","value":"rowsInserted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"timings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parseMs"}},{"kind":"Field","name":{"kind":"Name","value":"mergeMs"}},{"kind":"Field","name":{"kind":"Name","value":"analyseMs"}}]}}]}}]} as unknown as DocumentNode<ImportFieldsFragment, unknown>;
export const RefinanceOptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefinanceOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"newPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upfrontFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feeRate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakEvenMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<RefinanceOptionFieldsFragment, unknown>;
export const RefinanceApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefinanceApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLoan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<RefinanceApplicationFieldsFragment, unknown>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"detailsJson"}},{"kind":"Field","name":{"kind":"Name","value":"sentText"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"rowHash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidCredentialsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddressConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidRefreshTokenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SendChatMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendChatMessageResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendChatMessageResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistantMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<SendChatMessageMutation, SendChatMessageMutationVariables>;
export const RetryChatMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SendChatMessageResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SendChatMessageResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessagePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistantMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessageRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RetryChatMessageMutation, RetryChatMessageMutationVariables>;
export const CancelChatMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CancelChatMessageMutation, CancelChatMessageMutationVariables>;
export const RenameConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RenameConversationMutation, RenameConversationMutationVariables>;
export const DeleteConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteConversationMutation, DeleteConversationMutationVariables>;
export const ConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ChatMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<ChatMessageQuery, ChatMessageQueryVariables>;
export const ChatMessageStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatMessageStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessageStream"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChatMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<ChatMessageStreamSubscription, ChatMessageStreamSubscriptionVariables>;
export const ClassifyMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassifyMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"intent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anxious"}},{"kind":"Field","name":{"kind":"Name","value":"frustrated"}},{"kind":"Field","name":{"kind":"Name","value":"sad"}},{"kind":"Field","name":{"kind":"Name","value":"neutral"}},{"kind":"Field","name":{"kind":"Name","value":"hopeful"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]} as unknown as DocumentNode<ClassifyMessageQuery, ClassifyMessageQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"annualIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CustomersWithLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithLoginQuery, CustomersWithLoginQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"annualIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddressConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddressConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const IndicatorSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const ForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Forecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"series"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastMethod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"series"},"value":{"kind":"Variable","name":{"kind":"Name","value":"series"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"seasonal"}},{"kind":"Field","name":{"kind":"Name","value":"lastObservedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"lower80"}},{"kind":"Field","name":{"kind":"Name","value":"upper80"}},{"kind":"Field","name":{"kind":"Name","value":"lower95"}},{"kind":"Field","name":{"kind":"Name","value":"upper95"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cached"}}]}}]}}]} as unknown as DocumentNode<ForecastQuery, ForecastQueryVariables>;
export const CustomerForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerSeriesMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"method"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastMethod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizon"}}},{"kind":"Argument","name":{"kind":"Name","value":"method"},"value":{"kind":"Variable","name":{"kind":"Name","value":"method"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"horizon"}},{"kind":"Field","name":{"kind":"Name","value":"seasonal"}},{"kind":"Field","name":{"kind":"Name","value":"lastObservedPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"mean"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lower80"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upper80"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lower95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upper95"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cached"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerForecastQuery, CustomerForecastQueryVariables>;
export const RefinanceDocumentQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefinanceDocumentQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refinanceApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"confidences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","alias":{"kind":"Name","value":"verdictKo"},"name":{"kind":"Name","value":"verdict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"KO"}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<RefinanceDocumentQualityQuery, RefinanceDocumentQualityQueryVariables>;
export const ImageQualityStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImageQualityStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageQualityStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"reupload"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ImageQualityStatisticsQuery, ImageQualityStatisticsQueryVariables>;
export const LatestImageAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestImageAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestImageAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"usable"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]} as unknown as DocumentNode<LatestImageAnalysisQuery, LatestImageAnalysisQueryVariables>;
export const StartImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"existing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidMappingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValid"}},{"kind":"Field","name":{"kind":"Name","value":"rowsBad"}},{"kind":"Field","name":{"kind":"Name","value":"rowsInserted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"timings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parseMs"}},{"kind":"Field","name":{"kind":"Name","value":"mergeMs"}},{"kind":"Field","name":{"kind":"Name","value":"analyseMs"}}]}}]}}]} as unknown as DocumentNode<StartImportMutation, StartImportMutationVariables>;
export const ImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Import"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"errors"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportFields"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"errors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"distinct"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"previousQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"currentRows"}},{"kind":"Field","name":{"kind":"Name","value":"previousRows"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"distinctCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"cancellations"}},{"kind":"Field","name":{"kind":"Name","value":"breakdownBy"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsValid"}},{"kind":"Field","name":{"kind":"Name","value":"rowsBad"}},{"kind":"Field","name":{"kind":"Name","value":"rowsInserted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"timings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parseMs"}},{"kind":"Field","name":{"kind":"Name","value":"mergeMs"}},{"kind":"Field","name":{"kind":"Name","value":"analyseMs"}}]}}]}}]} as unknown as DocumentNode<ImportQuery, ImportQueryVariables>;
export const ImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Imports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ImportsQuery, ImportsQueryVariables>;
export const LatestImportSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestImportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTarget"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestImportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"}}]}}]}}]}}]} as unknown as DocumentNode<LatestImportSummaryQuery, LatestImportSummaryQueryVariables>;
export const ImportPresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPresets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTarget"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPresets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPresetsQuery, ImportPresetsQueryVariables>;
export const CustomerInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"usedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarterlySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<CustomerInsightsQuery, CustomerInsightsQueryVariables>;
export const CustomerHealthScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHealthScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHealthScoreQuery, CustomerHealthScoreQueryVariables>;
export const CustomerInsightModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInsightModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"inferredStage"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"distinctive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"z"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"similarCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anonymised"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStage"}},{"kind":"Field","name":{"kind":"Name","value":"groupSize"}},{"kind":"Field","name":{"kind":"Name","value":"widened"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"percentile"}},{"kind":"Field","name":{"kind":"Name","value":"groupMedian"}},{"kind":"Field","name":{"kind":"Name","value":"groupSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerInsightModelsQuery, CustomerInsightModelsQueryVariables>;
export const CustomerAnomaliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerAnomalies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flaggedOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"flaggedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flaggedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"scanned"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"merchantName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"forestScore"}},{"kind":"Field","name":{"kind":"Name","value":"ruleScore"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerAnomaliesQuery, CustomerAnomaliesQueryVariables>;
export const CustomerRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ruleScore"}},{"kind":"Field","name":{"kind":"Name","value":"clusterScore"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"servedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerRecommendationsQuery, CustomerRecommendationsQueryVariables>;
export const SubmitLifeStageFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitLifeStageFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitLifeStageFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLifeStageFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifeStage"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedRole"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitLifeStageFeedbackMutation, SubmitLifeStageFeedbackMutationVariables>;
export const RecordRecommendationOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecommendationOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRecommendationOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRecommendationOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RecordRecommendationOutcomeMutation, RecordRecommendationOutcomeMutationVariables>;
export const RecommendationAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"served"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"dismissed"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}}]}}]} as unknown as DocumentNode<RecommendationAcceptanceQuery, RecommendationAcceptanceQueryVariables>;
export const InsightModelVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightModelVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightModelKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightModelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"fittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"training"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<InsightModelVersionsQuery, InsightModelVersionsQueryVariables>;
export const RefitInsightModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefitInsightModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefitInsightModelsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refitInsightModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}}]} as unknown as DocumentNode<RefitInsightModelsMutation, RefitInsightModelsMutationVariables>;
export const CreateLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLoanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maturityOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateLoanMutation, CreateLoanMutationVariables>;
export const LoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Loan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoanQuery, LoanQueryVariables>;
export const LoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Loans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoanOrderInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loanNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LoansQuery, LoansQueryVariables>;
export const CustomerLoansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLoans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerLoansQuery, CustomerLoansQueryVariables>;
export const LoanStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averagePrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delinquentCount"}},{"kind":"Field","name":{"kind":"Name","value":"delinquencyRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrincipal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<LoanStatsQuery, LoanStatsQueryVariables>;
export const LoanScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoanScheduleQuery, LoanScheduleQueryVariables>;
export const RecordRepaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRepayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRepaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRepaymentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paidInstallments"}},{"kind":"Field","name":{"kind":"Name","value":"repayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeRuleSet"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateRepaymentError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"existing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanNotActiveError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepaymentTooSmallError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepaymentExceedsDueError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRepaymentMutation, RecordRepaymentMutationVariables>;
export const CustomersWithSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithSchedulesQuery, CustomersWithSchedulesQueryVariables>;
export const SimulateLoanLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateLoanLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SimulateLoanLimitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateLoanLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanLimitSimulation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLoan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dsrLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bindingConstraint"}},{"kind":"Field","name":{"kind":"Name","value":"existingAnnualDebtService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stressedAnnualRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debtService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeVsBaseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resultingLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageKo"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissingIncomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateLoanLimitQuery, SimulateLoanLimitQueryVariables>;
export const LoanDelinquencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanDelinquency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delinquency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueInstallments"}},{"kind":"Field","name":{"kind":"Name","value":"oldestUnpaidDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyRate"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delinquencySummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delinquentLoans"}},{"kind":"Field","name":{"kind":"Name","value":"totalOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalPenaltyInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"worstAssetClass"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoanDelinquencyQuery, LoanDelinquencyQueryVariables>;
export const ResetLoanRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetLoanRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetLoanRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetLoanRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"currentAnnualRate"}}]}}]}}]} as unknown as DocumentNode<ResetLoanRateMutation, ResetLoanRateMutationVariables>;
export const OidcProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OidcProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oidcProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"loginPath"}}]}}]}}]} as unknown as DocumentNode<OidcProvidersQuery, OidcProvidersQueryVariables>;
export const ExchangeOidcCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExchangeOidcCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeOidcCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeOidcCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OidcProfileRequiredError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidOidcCodeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailAddressConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExchangeOidcCodeMutation, ExchangeOidcCodeMutationVariables>;
export const LinkedIdentitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedIdentities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]} as unknown as DocumentNode<LinkedIdentitiesQuery, LinkedIdentitiesQueryVariables>;
export const StartOidcLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartOidcLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartOidcLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startOidcLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}}]}}]}}]} as unknown as DocumentNode<StartOidcLinkMutation, StartOidcLinkMutationVariables>;
export const UnlinkOidcIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkOidcIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkOidcIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkOidcIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkOidcIdentityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OidcUnlinkRefusedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkOidcIdentityMutation, UnlinkOidcIdentityMutationVariables>;
export const PortfolioSpendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioSpending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioSpending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioSpendingQuery, PortfolioSpendingQueryVariables>;
export const PortfolioInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioInsights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"unscored"}},{"kind":"Field","name":{"kind":"Name","value":"averageHealthScore"}},{"kind":"Field","name":{"kind":"Name","value":"healthBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthScoreHistogram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataVersion"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]} as unknown as DocumentNode<PortfolioInsightsQuery, PortfolioInsightsQueryVariables>;
export const PortfolioReferenceInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioReferenceInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"healthScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioReferenceInsightsQuery, PortfolioReferenceInsightsQueryVariables>;
export const RefinanceProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefinanceProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceProductFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refinanceProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"lenderType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleLoanKinds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateBands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefinanceProductsQuery, RefinanceProductsQueryVariables>;
export const LoanRefinanceOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanRefinanceOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refinanceOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableReason"}},{"kind":"Field","name":{"kind":"Name","value":"stayRateCut"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMonths"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stayWithCurrentLender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefinanceOptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"switchLender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefinanceOptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"advantageOverStay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"bestProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefinanceOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceOption"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"newPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upfrontFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feeRate"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakEvenMonth"}},{"kind":"Field","name":{"kind":"Name","value":"totalInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<LoanRefinanceOffersQuery, LoanRefinanceOffersQueryVariables>;
export const ApplyForRefinanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForRefinance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForRefinanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForRefinance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForRefinancePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefinanceApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceNotEligibleError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceApplicationExistsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"existing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefinanceApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLoan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<ApplyForRefinanceMutation, ApplyForRefinanceMutationVariables>;
export const TransitionRefinanceApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionRefinanceApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefinanceApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRefinanceApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRefinanceApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefinanceApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IllegalRefinanceTransitionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceVersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefinanceApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLoan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<TransitionRefinanceApplicationMutation, TransitionRefinanceApplicationMutationVariables>;
export const RefinanceApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefinanceApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refinanceApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RefinanceApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RefinanceApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"offeredRate"}},{"kind":"Field","name":{"kind":"Name","value":"creditScore"}},{"kind":"Field","name":{"kind":"Name","value":"loan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLoan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lender"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}}]}}]} as unknown as DocumentNode<RefinanceApplicationQuery, RefinanceApplicationQueryVariables>;
export const RefinanceApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefinanceApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefinanceApplicationFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refinanceApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefinanceApplicationsQuery, RefinanceApplicationsQueryVariables>;
export const LoanRefinanceApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanRefinanceApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refinanceApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LoanRefinanceApplicationsQuery, LoanRefinanceApplicationsQueryVariables>;
export const CustomerScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"primary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerScenariosQuery, CustomerScenariosQueryVariables>;
export const EvaluateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioMetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdVersion"}},{"kind":"Field","name":{"kind":"Name","value":"primary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"calibrated"}},{"kind":"Field","name":{"kind":"Name","value":"keyMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"triggered"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluateScenarioQuery, EvaluateScenarioQueryVariables>;
export const CustomerSpendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSpending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quarterlySpending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onlineShare"}},{"kind":"Field","name":{"kind":"Name","value":"overseasShare"}},{"kind":"Field","name":{"kind":"Name","value":"nightShare"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousQuarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"income"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deposits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardDebt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSpendingQuery, CustomerSpendingQueryVariables>;
export const CustomerQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"changeFromPreviousQuarter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerQuarterQuery, CustomerQuarterQueryVariables>;
export const CardTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CardTransactionFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"merchantName"}},{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"locality"}},{"kind":"Field","name":{"kind":"Name","value":"instalmentMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardTransactionsQuery, CardTransactionsQueryVariables>;
export const SpendingCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpendingCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spendingCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mccRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<SpendingCategoriesQuery, SpendingCategoriesQueryVariables>;
export const RecomputeSpendingQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeSpendingQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecomputeQuarterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeSpendingQuarter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"zeroed"}}]}}]}}]} as unknown as DocumentNode<RecomputeSpendingQuarterMutation, RecomputeSpendingQuarterMutationVariables>;