// Generated from README.md by `npm run examples:emit` — do not edit. test/readme-examples.test.ts fails when
// it differs from the README.
export const README_TABS: readonly { name: string; query: string; variables?: string }[] = [
  {
    "name": "AuditTrail",
    "query": "# README › Compliance trail (audit): runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nquery AuditTrail {   # filters: kinds, customerId, actorId, from, to (ISO instants)\n  auditTrail(filter: { kinds: [ADVICE], from: \"2026-01-01T00:00:00Z\" }, first: 50) {\n    totalCount\n    edges { node { kind at actorId actorRole customerId subjectType subjectId detailsJson sentText chainSeq rowHash } }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n"
  },
  {
    "name": "DashboardSpending",
    "query": "# README › Pages: /dashboard, /loans and /chat: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery DashboardSpending { portfolioSpending(quarters: 8) { quarters { quarter total { amount } byCategory { categoryCode amount { amount } } } categories { code nameKo nameEn } } }\n"
  },
  {
    "name": "DashboardInsights",
    "query": "# README › Pages: /dashboard, /loans and /chat: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery DashboardInsights { portfolioInsights { quarter population evaluated sampled averageHealthScore healthBands { band count }\n  healthScoreHistogram { from to count } lifeStages { stage nameKo count } } }\n"
  },
  {
    "name": "Login",
    "query": "# README › Examples: no login needed.\nmutation Login {\n  login(input: { email: \"analyst@fingraph.dev\", password: \"fingraph-demo-2026\" }) {\n    __typename\n    ... on AuthPayload { accessToken refreshToken user { email role } }\n    ... on InvalidCredentialsError { code message }\n  }\n}\n"
  },
  {
    "name": "Customers",
    "query": "# README › Examples: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery Customers {\n  customers(first: 5, filter: { regions: [SEOUL, GYEONGGI], minAge: 30 }) {\n    totalCount\n    edges { cursor node { id name age regionName annualIncome { amount currency } creditScore login { email } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n"
  },
  {
    "name": "WatchCustomer",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nsubscription WatchCustomer($id: ID!) { customerUpdated(id: $id) { id name annualIncome { amount } updatedAt } }\n",
    "variables": "{\n  \"id\": \"<customer id>\"\n}"
  },
  {
    "name": "UpdateCustomer",
    "query": "# README › Examples: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation UpdateCustomer { updateCustomer(input: { id: \"<customer id>\", annualIncome: \"61000000\" }) { __typename ... on Customer { id } } }  # as ADMIN\n"
  },
  {
    "name": "MyLoans",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery MyLoans {\n  me { customer { delinquencySummary { worstAssetClass totalOverdue { amount } }\n    loans { id loanNumber kind balance { amount } nextPayment { dueDate payment { amount } }\n      schedule(first: 3) { totalCount edges { node { number dueDate principal { amount } interest { amount } paid } } }\n      delinquency { daysPastDue assetClass flags } } } }\n}\n"
  },
  {
    "name": "Limit",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery Limit {\n  simulateLoanLimit(input: {\n    lenderType: BANK\n    newLoan: { kind: MORTGAGE, termMonths: 360, repaymentMethod: LEVEL_PAYMENT, rateType: MIXED, fixedPeriodMonths: 60, annualRate: \"0.042\" }\n    scenarios: [{ id: \"raise\", incomeChangeRatio: \"0.10\" }]\n  }) {\n    ... on LoanLimitSimulation { maxLoan { amount } bindingConstraint ruleSet { id effectiveFrom } stress { stressedAnnualRate }\n      scenarios { key maxLoan { amount } messageKo } }\n    ... on MissingIncomeError { code message }\n  }\n}\n"
  },
  {
    "name": "Payoff",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery Payoff {   # what paying off on a date takes: exactly what a FULL repayment valued that day must be\n  loan(id: \"<loan id>\") { nextPayment { dueDate payment { amount } }\n    payoffQuote(asOf: \"2026-11-25\") { principal { amount } interest { amount } penaltyInterest { amount }\n      prepaymentFee { amount } prepaymentFeeRuleSet total { amount } } }\n}\n"
  },
  {
    "name": "Prepay",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation Prepay {   # valued today: principal + the interest accrued on it to that day + the dated prepayment fee\n  recordRepayment(input: { loanId: \"<loan id>\", idempotencyKey: \"2026-11-prepay\", kind: PREPAYMENT, amount: \"10000000\", paidOn: \"<today>\" }) {\n    __typename\n    ... on RecordRepaymentPayload { balance { amount } repayment { principal { amount } interest { amount } fee { amount } feeRuleSet } }\n    ... on ErrorResult { code message }   # PREPAYMENT_WHILE_OVERDUE, REPAYMENT_BACKDATED, …\n  }\n}\n"
  },
  {
    "name": "NextPayment",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery NextPayment {   # the instalment the prepayment re-amortised (maturity kept): what the next Pay takes\n  loan(id: \"<loan id>\") { balance { amount } nextPayment { dueDate payment { amount } } }\n}\n"
  },
  {
    "name": "Pay",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation Pay {   # the next instalment, paid early today: amount = nextPayment.payment (as re-amortised), paidOn = today\n  recordRepayment(input: { loanId: \"<loan id>\", idempotencyKey: \"2026-11-pay\", kind: REGULAR, amount: \"<nextPayment.payment>\", paidOn: \"<today>\" }) {\n    __typename\n    ... on RecordRepaymentPayload { replayed balance { amount } paidInstallments\n      repayment { principal { amount } interest { amount } penalty { amount } } }\n    ... on RepaymentExceedsDueError { code message maxAmount { amount } suggestedKind }\n    ... on ErrorResult { code message }\n  }\n}\n"
  },
  {
    "name": "History",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery History {   # every repayment with its stored allocation rows (they add up to its amount)\n  loan(id: \"<loan id>\") { balance { amount }\n    repaymentHistory { kind paidOn revision amount { amount }\n      allocations { part installmentNumber amount { amount } } } }\n}\n"
  },
  {
    "name": "CreateRefinanceProduct",
    "query": "# README › Examples: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation CreateRefinanceProduct {\n  createRefinanceProduct(input: { code: \"KB-REFI-2027\", lender: \"KB국민은행\", lenderType: BANK,\n    name: \"KB 갈아타기 신용대출\", rateType: FIXED, feeFixed: \"0\", minTermMonths: 12, maxTermMonths: 60,\n    maxAmount: \"100000000\", eligibleLoanKinds: [CREDIT],\n    bands: [{ minScore: 800, maxScore: 1000, annualRate: \"0.0410\", validFrom: \"2027-01-01\" },\n            { minScore: 600, maxScore: 799, annualRate: \"0.0590\", validFrom: \"2027-01-01\" }],\n    reason: \"2027 launch\" }) {\n    id version rateBands(includeHistory: true) { id annualRate validFrom validTo }\n  }\n}\n"
  },
  {
    "name": "RetireRefinanceProduct",
    "query": "# README › Examples: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation RetireRefinanceProduct {\n  retireRefinanceProduct(input: { id: \"<new product id>\", retiredOn: \"2027-06-30\", reason: \"withdrawn\" }) {\n    version retiredOn changes { version kind reason at }\n  }\n}\n"
  },
  {
    "name": "FaqCatalogue",
    "query": "# README › Examples: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nquery FaqCatalogue {\n  faqCatalogue { version entries { id key questionsKo questionsEn answerKo answerEn priority version }\n    intentPhrases { id intent language phrase } placeholders { name description } }\n}\n"
  },
  {
    "name": "UpdateFaqEntry",
    "query": "# README › Examples: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation UpdateFaqEntry {\n  updateFaqEntry(input: { id: \"<faq entry id>\",\n    answerEn: \"Rows imported in the latest upload: {{import.rowsImported}}.\" }) { key version answerEn }\n}\n"
  },
  {
    "name": "AddIntentPhrase",
    "query": "# README › Examples: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation AddIntentPhrase {\n  addIntentPhrase(input: { intent: \"NEXT_PAYMENT\", language: KO, phrase: \"이번 달 얼마 빠져요\" }) { id intent version }\n}\n"
  },
  {
    "name": "Catalogue",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery Catalogue {\n  refinanceProducts(first: 20, filter: { loanKind: CREDIT, lenderTypes: [BANK, INTERNET_BANK] }) {\n    totalCount\n    edges { node { id code lender lenderType name maxAmount { amount } rateBands { minScore maxScore annualRate validFrom } } }\n  }\n}\n"
  },
  {
    "name": "Offers",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery Offers($loanId: ID!) {\n  loan(id: $loanId) {\n    refinanceOffers {\n      asOf creditScore best bestProduct { name }\n      current { balance { amount } annualRate remainingMonths payment { amount } }\n      stayWithCurrentLender { annualRate newPayment { amount } monthlySaving { amount } lifetimeSaving { amount } }\n      offers { product { id lender name } best advantageOverStay { amount }\n        switchLender { annualRate newPayment { amount } monthlySaving { amount }\n          prepaymentFee { amount { amount } ruleSetId remainingDays } totalCost { amount } breakEvenMonth lifetimeSaving { amount } } }\n    }\n  }\n}\n",
    "variables": "{\n  \"loanId\": \"<loan id>\"\n}"
  },
  {
    "name": "Apply",
    "query": "# README › Examples: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation Apply {\n  applyForRefinance(input: { loanId: \"<loan id>\", productId: \"<product id>\" }) {\n    __typename\n    ... on ApplyForRefinancePayload { application { id status version offeredRate } }\n    ... on RefinanceNotEligibleError { code reason message }\n    ... on RefinanceApplicationExistsError { code existing { id status } }\n  }\n}\n"
  },
  {
    "name": "Review",
    "query": "# README › Examples: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nmutation Review {   # as ANALYST. Staff: REVIEWING, then APPROVED, REJECTED, CANCELLED; ADMIN: DISBURSED; the customer: WITHDRAWN\n  transitionRefinanceApplication(input: { applicationId: \"<application id>\", to: REVIEWING, reason: \"documents received\", expectedVersion: 1 }) {\n    __typename\n    ... on TransitionRefinanceApplicationPayload { application { status version events { from to actorRole reason at } newLoan { id } } }\n    ... on IllegalRefinanceTransitionError { code from to allowed }\n    ... on RefinanceVersionConflictError { code expectedVersion currentVersion currentStatus }\n  }\n}\n"
  },
  {
    "name": "MySpending",
    "query": "# README › Card spending: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery MySpending {\n  me { customer {\n    cards { id issuer { nameKo } productName cardType }\n    quarterlySpending(last: 4) {          # newest first, up to the current quarter (upTo: \"2026Q3\" to pin it)\n      quarter complete source total { amount } transactionCount averageTicket { amount }\n      onlineShare overseasShare nightShare  # night = 22:00–06:00 KST\n      byCategory { category { code nameKo } amount { amount } count share }\n      changeFromPreviousQuarter { previousQuarter amount { amount } ratio }\n      income { amount } balances { deposits { amount } cardDebt { amount } }\n    }\n    quarter(q: \"2026Q3\") { total { amount } changeFromPreviousQuarter { ratio } }\n  } }\n}\n"
  },
  {
    "name": "CardTransactions",
    "query": "# README › Card spending: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery CardTransactions {\n  node(id: \"<card id>\") { ... on Card {\n    transactions(first: 20, filter: { quarter: \"2026Q3\", category: \"FOOD\" }) {\n      totalCount\n      edges { node { occurredAt merchantName amount { amount } kind mcc category { nameKo } channel locality instalmentMonths } }\n      pageInfo { hasNextPage endCursor }\n    }\n  } }\n}\n"
  },
  {
    "name": "Taxonomy",
    "query": "# README › Card spending: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery Taxonomy { spendingCategories { category { code nameKo nameEn } mccRanges { from to description } } }  # as ANALYST (staff)\n"
  },
  {
    "name": "Recompute",
    "query": "# README › Card spending: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation Recompute { recomputeSpendingQuarter(input: { quarter: \"2025Q3\" }) { quarter computed zeroed } }  # as ADMIN\n"
  },
  {
    "name": "StartImport",
    "query": "# README › Imports (CSV / XLSX, ANALYST or ADMIN): runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nmutation StartImport {\n  startImport(input: {\n    uploadId: \"<upload id>\", target: SALES, options: { currency: \"GBP\" }\n    mapping: [{ column: \"InvoiceNo\", field: \"invoice_no\" }, { column: \"StockCode\", field: \"item_code\" },\n              { column: \"Description\", field: \"description\" }, { column: \"Quantity\", field: \"quantity\" },\n              { column: \"InvoiceDate\", field: \"occurred_at\" }, { column: \"UnitPrice\", field: \"unit_price\" },\n              { column: \"CustomerID\", field: \"customer_ref\" }, { column: \"Country\", field: \"country\" }]\n  }) {\n    __typename\n    ... on Import { id status }\n    ... on DuplicateImportError { message existing { id } }\n    ... on InvalidMappingError { problems }\n  }\n}\n"
  },
  {
    "name": "ImportProgress",
    "query": "# README › Imports (CSV / XLSX, ANALYST or ADMIN): runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nsubscription ImportProgress { importProgress(id: \"<import id>\") { status phase rowsRead rowsValid rowsBad percent failureReason } }\n"
  },
  {
    "name": "ImportDetails",
    "query": "# README › Imports (CSV / XLSX, ANALYST or ADMIN): runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery ImportDetails {\n  import(id: \"<import id>\") {\n    status rowsRead rowsValid rowsBad rowsInserted rowsDuplicate failureReason timings { parseMs mergeMs analyseMs }\n    errors(first: 20) { line column value reason }\n    quality { columns { column missing duplicates } outOfRange { name count } shift { statistic quarter previousQuarter value band } }\n    summary { totalAmount totalQuantity distinctCustomers invoices cancellations breakdown { key rows amount } }\n  }\n  latestImportSummary(target: SALES) { importId summary { totalAmount } }\n  imports(first: 10, filter: { statuses: [FAILED] }) { edges { node { id failureReason } } }\n}\n"
  },
  {
    "name": "ScanNotifications",
    "query": "# README › Notifications and settings: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation ScanNotifications {\n  scanNotifications(input: { kinds: [PAYMENT_DUE, DELINQUENCY] }) { asOf created byKind { kind count } }\n}\n"
  },
  {
    "name": "MyNotifications",
    "query": "# README › Notifications and settings: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery MyNotifications {\n  unreadNotificationCount\n  notifications(first: 10) { totalCount edges { node {\n    id kind message amount { amount currency } dueDate loanNumber merchantName readAt } } }\n}\n"
  },
  {
    "name": "MarkAllNotificationsRead",
    "query": "# README › Notifications and settings: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation MarkAllNotificationsRead { markNotificationsRead(input: { all: true }) { updated unreadCount } }\n"
  },
  {
    "name": "UpdateMySettings",
    "query": "# README › Notifications and settings: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation UpdateMySettings {\n  updateMySettings(input: { language: EN, paymentDueDays: 5, mutedKinds: [FLAGGED_TRANSACTION] }) {\n    language comparisonGroup defaultQuarter paymentDueDays mutedKinds\n  }\n}\n"
  },
  {
    "name": "MyFlagged",
    "query": "# README › Fraud cases: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery MyFlagged {\n  me { customer { anomalies(first: 3, flaggedOnly: false) { items { transactionId merchantName score flagged } } } }\n}\n"
  },
  {
    "name": "ReportNotMine",
    "query": "# README › Fraud cases: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation ReportNotMine {\n  reportTransactionNotMine(transactionId: \"<transaction id>\", note: \"해외에서 결제한 적 없어요\") {\n    id state source customerReportedAt\n  }\n}\n"
  },
  {
    "name": "OpenFraudCases",
    "query": "# README › Fraud cases: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery OpenFraudCases {\n  fraudCases(first: 20, state: OPEN) { totalCount edges { node {\n    id transactionId source score customerNote merchantName amount { amount } occurredAt openedAt } } }\n}\n"
  },
  {
    "name": "ConfirmFraud",
    "query": "# README › Fraud cases: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nmutation ConfirmFraud {\n  resolveFraudCase(id: \"<fraud case id>\", decision: CONFIRMED_FRAUD, reason: \"카드 복제 확인, 고객 해외 체류 없음\") {\n    id state reason resolvedAt resolvedBy\n  }\n}\n"
  },
  {
    "name": "CustomerInsights",
    "query": "# README › Insights: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery CustomerInsights {\n  customer(id: \"<customer id>\") {\n    healthScore { score band quarter components { pillar name value score weight usedWeight note } explanation }\n    lifeStage { stage confidence reasons }\n    loanRisk { probability band factors { name value contribution } }\n    quarterlySummary(language: EN)\n  }\n}\n"
  },
  {
    "name": "CustomerModels",
    "query": "# README › Insights: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery CustomerModels {\n  customer(id: \"<customer id>\") {\n    lifeStage(quarter: \"2026Q3\") { stage source inferredStage model { version fallback } }\n    cluster { number label distance model { version } }\n    similarCustomers(first: 5) { anonymised neighbours { rank distance customer { customerNumber } } }\n    peerComparison { level groupSize widened metrics { metric value percentile groupMedian } }\n    anomalies(first: 5) { scanned flaggedCount endCursor hasNextPage items { merchantName amount { amount } score reasons { rule message } } }\n    recommendations(first: 3) { id productCode name score reasons model { version } }\n  }\n}\n"
  },
  {
    "name": "LifeStageFeedback",
    "query": "# README › Insights: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nmutation LifeStageFeedback { submitLifeStageFeedback(input: { customerId: \"<customer id>\", lifeStage: \"NEWLY_WED\" }) { id submittedAt } }\n"
  },
  {
    "name": "RecommendationOutcome",
    "query": "# README › Insights: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nmutation RecommendationOutcome { recordRecommendationOutcome(input: { recommendationId: \"<recommendation id>\", outcome: ACCEPTED }) { id outcome } }\n"
  },
  {
    "name": "Acceptance",
    "query": "# README › Insights: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery Acceptance { recommendationAcceptance { productCode served accepted converted acceptanceRate } }   # ANALYST / ADMIN\n"
  },
  {
    "name": "ModelVersions",
    "query": "# README › Insights: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery ModelVersions { insightModelVersions { kind version number fittedAt active training } }    # ANALYST / ADMIN\n"
  },
  {
    "name": "Refit",
    "query": "# README › Insights: runs as admin@fingraph.dev (ADMIN).\n# Signed in as someone else? Run the LoginAsAdmin tab\n# first (as another role, FORBIDDEN).\nmutation Refit { refitInsightModels { jobId } }       # as ADMIN: enqueues insights.refit\n"
  },
  {
    "name": "MyScenario",
    "query": "# README › Counselling scenarios: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery MyScenario { me { customer { scenario { label probability thresholdVersion }\n  scenarios { scenarios { label probability calibrated keyMetrics { name value threshold direction triggered } } } } } }\n"
  },
  {
    "name": "EvaluateScenario",
    "query": "# README › Counselling scenarios: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nquery EvaluateScenario { evaluateScenario(metrics: { dsr: 0.5, liquidityMonths: 1.2, maxDaysPastDue: 0 }) { primary { label probability } } }\n"
  },
  {
    "name": "Forecast",
    "query": "# README › Forecasting: runs as analyst@fingraph.dev (ANALYST).\n# Signed in as someone else? Run the Login tab\n# first (as another role, FORBIDDEN).\nquery Forecast {\n  # FRED_FEDFUNDS ships with fingraph; BOK_BASE_RATE answers once the Bank of Korea series are loaded (above)\n  forecast(series: \"FRED_FEDFUNDS\", horizon: 12) {\n    method\n    lastObservedPeriod\n    points { period mean lower80 upper80 lower95 upper95 }\n    parameters { name value }\n    cached\n  }\n}\n"
  },
  {
    "name": "SendChatMessage",
    "query": "# README › Streaming chat: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nmutation SendChatMessage {\n  sendChatMessage(input: { text: \"대출 상환이 너무 걱정돼요\" }) {\n    __typename\n    ... on SendChatMessagePayload {\n      conversation { id title }\n      assistantMessage { id status }          # STREAMING\n    }\n    ... on ChatLimitError { limit message retryAfterSeconds }\n    ... on ChatMessageRejectedError { code field message }\n  }\n}\n"
  },
  {
    "name": "ChatMessageStream",
    "query": "# README › Streaming chat: runs as customer@fingraph.dev (CUSTOMER).\n# Signed in as someone else? Run the LoginAsCustomer tab\n# first (as staff, `me.customer` is null).\nsubscription ChatMessageStream($id: ID!, $after: Int) {\n  chatMessageStream(messageId: $id, after: $after) {\n    index delta done                          # {\"index\":0,\"delta\":\"…\",\"done\":false}, then the final event\n    message {                                 # on the final event only\n      status text provider fallback tokenCount\n      topic { topic intent confidence }       # FINANCE / HARDSHIP (the question asked)\n      emotion { label intensity }             # ANXIOUS\n      scenario { label probability calibrated thresholdVersion keyMetrics { name value threshold triggered } }\n      toolsUsed citations { source label }\n    }\n  }\n}\n",
    "variables": "{\n  \"id\": \"<assistantMessage.id from SendChatMessage>\",\n  \"after\": null\n}"
  }
];
