// Regulatory numbers for the loan-limit simulation as DATED CONFIGURATION (DESIGN §6): each RuleSet is a
// complete snapshot with the date it took effect; selectRuleSet(date) takes the newest one in effect and
// every simulation names the set it used. Changing a number means adding a RuleSet, never editing a past one.
//
// Sources (Korean Financial Services Commission, FSC / 금융위원회, and the government's housing measures):
//  [S1] FSC 2023-12-27 「스트레스 DSR 도입방안」: stress rate = max(5-year peak − current rate, floor 1.5 %p),
//       capped at 3 %p, phased in at 25 % (2024-02-26, banks' mortgages), 50 % (2024-09-01, + banks' credit
//       loans and non-banks' mortgages), 100 % (2025-07-01, all sectors). 25 % × 1.5 = 0.375, published as 0.38.
//       Ratios by rate type: variable 100 %, mixed/periodic-reset lower the longer the rate stays fixed, fixed 0 %.
//  [S2] FSC 2024-08-20: phase 2 add-on 1.20 %p for banks' capital-region (수도권) mortgages, 0.75 %p otherwise.
//  [S3] FSC 2025-05-20 「3단계 스트레스 DSR 시행방안」: 1.50 %p from 2025-07-01 for mortgages, credit loans and
//       other household loans in every sector; credit loans only when the borrower's credit-loan balances
//       exceed ₩100,000,000; non-capital-region mortgages stay at 0.75 %p (announced until 2025-12-31, reported
//       extended into 2026); the rate-type ratios are raised ("혼합·주기형 반영비율 상향"): variable 100 % of the
//       stress rate; mixed (혼합형) 60/40/20 → 80/60/40 %; periodic-reset (주기형) 30/20/10 → 40/30/20 % for the
//       5–9 / 9–15 / 15 y+ bands (FSC press release 2025-05-20, table of ratios by rate type; mixed figures also
//       in News1 2025-05-19 and secondary summaries). Until issue 13 the periodic-reset ratios of phase 3 were
//       left at the phase-2 values, which understated the add-on by a third.
//  [S4] 2025-10-15 주택시장 안정화 대책 (the 10·15 measures): from 2025-10-16 the stress-rate floor for
//       mortgages in the capital region and regulated areas rises from 1.5 %p to 3.0 %p.
//  [S5] DSR 3단계 (2022-07-01): cap 40 % for banks, 50 % for non-banks; credit loans counted over a 5-year
//       deemed maturity; jeonse loans count interest only.
//
// Assumptions / simplifications (they are data here, so they can be corrected without touching the code):
//  - The stress add-on of each phase is the floor-level stress rate (1.5 %p) × the phase share; the "5-year peak
//    minus current rate" variant is not modelled (it has stayed below the floor since the scheme began).
//  - Rate-type bands are applied by the length of the fixed (MIXED) or reset (PERIODIC_RESET) period:
//    < 5 y → treated as variable; 5–9 y, 9–15 y, 15 y+. The FSC states the mixed bands as the fixed period's
//    share of the term; the years here are those shares on a 30-year loan. A fixed/reset period covering the
//    whole term is treated as FIXED. The same table is used for credit loans.
//  - Capital region (SEOUL/GYEONGGI/INCHEON) stands in for "수도권·규제지역": every 2025 regulated area lies in it.
//  - The 10·15 floor is applied to PURCHASE mortgages of every rate type and lender, before the rate-type factor.
//  - Credit-type balances for the ₩100,000,000 test: CREDIT, OVERDRAFT and CARD_LOAN, the new loan included.
//  - Jeonse loans: interest only; a new jeonse loan is not simulated (its limit is a guarantee-agency matter).
//  - Bullet loans of other kinds (mortgage, auto): balance ÷ remaining term (at least 12, at most 120 months).
//  - Card debt (revolving balance) is counted like a credit loan: balance ÷ 60 months + a year's interest at its
//    rate or an assumed 17 % (typical 리볼빙 rates 2024). The regulation itself does not count settlement-type
//    revolving balances in the DSR; counting them is a deliberately prudent choice, switched off by
//    `cardDebt.included = false`.
//  - DSR applies to every borrower (the ₩100,000,000 total-loan threshold for the borrower-level DSR and the
//    40-year maturity cap some lenders apply to 50-year mortgages are not modelled).
import { isValidIsoDate } from '../../../common/dates';
import { badInput } from '../../../common/errors';
import { LenderType, LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { LoanPurpose, Region } from './types';

export type RegionScope = 'CAPITAL' | 'NON_CAPITAL' | 'ANY';

export interface StressRule {
  id: string;
  description: string;
  lenderTypes: readonly LenderType[];
  loanKinds: readonly LoanKind[];
  region: RegionScope;
  /** Add-on before the rate-type factor, as a decimal ("0.0075" = 0.75 %p). */
  addOn: string;
  /** When set, the rule applies only once credit-type balances (new loan included) exceed this many won. */
  creditBalanceThreshold?: string;
}

export interface StressFloorRule {
  id: string;
  description: string;
  lenderTypes: readonly LenderType[];
  loanKinds: readonly LoanKind[];
  region: RegionScope;
  purposes: readonly LoanPurpose[];
  rateTypes: readonly RateType[];
  /** Minimum base add-on, before the rate-type factor. */
  floor: string;
}

/** Applies from `fromFixedMonths` (inclusive) up to the next band. */
export interface FactorBand {
  fromFixedMonths: number;
  factor: string;
}

export interface RateTypeFactors {
  fixed: string;
  variable: string;
  mixed: readonly FactorBand[];
  periodicReset: readonly FactorBand[];
}

export interface DeemedMaturityRule {
  kind: LoanKind;
  /** Repayment methods the deemed maturity replaces the real schedule for. */
  methods: readonly RepaymentMethod[];
  months: number;
}

export interface DebtServiceRules {
  /** Kinds whose principal the DSR excludes: only interest counts. */
  interestOnlyKinds: readonly LoanKind[];
  deemedMaturities: readonly DeemedMaturityRule[];
  /** Other bullet loans: principal spread over min(remaining, this) months, at least 12. */
  bulletSpreadMaxMonths: number;
  cardDebt: { included: boolean; deemedMaturityMonths: number; assumedAnnualRate: string };
}

export interface StressRules {
  /** First match wins: list specific rules before general ones. */
  rules: readonly StressRule[];
  floors: readonly StressFloorRule[];
  rateTypeFactors: RateTypeFactors;
  /** Kinds whose balances count toward a rule's creditBalanceThreshold. */
  creditBalanceKinds: readonly LoanKind[];
}

export interface RuleSet {
  id: string;
  /** YYYY-MM-DD, inclusive. */
  effectiveFrom: string;
  title: string;
  sources: readonly string[];
  dsrCaps: Readonly<Record<LenderType, string>>;
  capitalRegions: readonly Region[];
  debtService: DebtServiceRules;
  stress: StressRules;
}

const ALL_LENDERS = [LenderType.BANK, LenderType.NON_BANK] as const;
const BANK = [LenderType.BANK] as const;
const MORTGAGE = [LoanKind.MORTGAGE] as const;
const CREDIT_KINDS = [LoanKind.CREDIT, LoanKind.OVERDRAFT, LoanKind.CARD_LOAN] as const;
const CREDIT_THRESHOLD = '100000000';

const FACTORS_2024: RateTypeFactors = {
  fixed: '0',
  variable: '1',
  mixed: [
    { fromFixedMonths: 0, factor: '1' },
    { fromFixedMonths: 60, factor: '0.6' },
    { fromFixedMonths: 108, factor: '0.4' },
    { fromFixedMonths: 180, factor: '0.2' },
  ],
  periodicReset: [
    { fromFixedMonths: 0, factor: '1' },
    { fromFixedMonths: 60, factor: '0.3' },
    { fromFixedMonths: 108, factor: '0.2' },
    { fromFixedMonths: 180, factor: '0.1' },
  ],
};

const FACTORS_2025_07: RateTypeFactors = {
  ...FACTORS_2024,
  mixed: [
    { fromFixedMonths: 0, factor: '1' },
    { fromFixedMonths: 60, factor: '0.8' },
    { fromFixedMonths: 108, factor: '0.6' },
    { fromFixedMonths: 180, factor: '0.4' },
  ],
  // [S3] 주기형 30/20/10 → 40/30/20 % (variable stays 100 %).
  periodicReset: [
    { fromFixedMonths: 0, factor: '1' },
    { fromFixedMonths: 60, factor: '0.4' },
    { fromFixedMonths: 108, factor: '0.3' },
    { fromFixedMonths: 180, factor: '0.2' },
  ],
};

const BASE: Omit<RuleSet, 'id' | 'effectiveFrom' | 'title' | 'sources' | 'stress'> = {
  dsrCaps: { [LenderType.BANK]: '0.40', [LenderType.NON_BANK]: '0.50' },
  capitalRegions: [Region.SEOUL, Region.GYEONGGI, Region.INCHEON],
  debtService: {
    interestOnlyKinds: [LoanKind.JEONSE],
    deemedMaturities: [
      { kind: LoanKind.OVERDRAFT, methods: Object.values(RepaymentMethod), months: 60 },
      { kind: LoanKind.CREDIT, methods: [RepaymentMethod.BULLET], months: 60 },
      { kind: LoanKind.CARD_LOAN, methods: [RepaymentMethod.BULLET], months: 60 },
    ],
    bulletSpreadMaxMonths: 120,
    cardDebt: { included: true, deemedMaturityMonths: 60, assumedAnnualRate: '0.17' },
  },
};

const NO_STRESS: StressRules = {
  rules: [],
  floors: [],
  rateTypeFactors: FACTORS_2024,
  creditBalanceKinds: CREDIT_KINDS,
};

const PHASE_1_RULES: readonly StressRule[] = [
  {
    id: 'P1-BANK-MORTGAGE',
    description: 'Phase 1: banks’ mortgages, 25 % of 1.5 %p',
    lenderTypes: BANK,
    loanKinds: MORTGAGE,
    region: 'ANY',
    addOn: '0.0038',
  },
];

const PHASE_2_RULES: readonly StressRule[] = [
  {
    id: 'P2-BANK-MORTGAGE-CAPITAL',
    description: 'Phase 2: banks’ capital-region mortgages, 1.20 %p',
    lenderTypes: BANK,
    loanKinds: MORTGAGE,
    region: 'CAPITAL',
    addOn: '0.012',
  },
  {
    id: 'P2-MORTGAGE',
    description: 'Phase 2: other mortgages (banks outside the capital region, non-banks everywhere), 0.75 %p',
    lenderTypes: ALL_LENDERS,
    loanKinds: MORTGAGE,
    region: 'ANY',
    addOn: '0.0075',
  },
  {
    id: 'P2-BANK-CREDIT',
    description: 'Phase 2: banks’ credit loans once credit balances exceed ₩100,000,000, 0.75 %p',
    lenderTypes: BANK,
    loanKinds: CREDIT_KINDS,
    region: 'ANY',
    addOn: '0.0075',
    creditBalanceThreshold: CREDIT_THRESHOLD,
  },
];

const PHASE_3_RULES: readonly StressRule[] = [
  {
    id: 'P3-MORTGAGE-NON-CAPITAL',
    description: 'Phase 3: mortgages outside the capital region stay at 0.75 %p (temporary exception)',
    lenderTypes: ALL_LENDERS,
    loanKinds: MORTGAGE,
    region: 'NON_CAPITAL',
    addOn: '0.0075',
  },
  {
    id: 'P3-MORTGAGE',
    description: 'Phase 3: capital-region mortgages in every sector, 1.50 %p',
    lenderTypes: ALL_LENDERS,
    loanKinds: MORTGAGE,
    region: 'ANY',
    addOn: '0.015',
  },
  {
    id: 'P3-CREDIT',
    description: 'Phase 3: credit loans in every sector once credit balances exceed ₩100,000,000, 1.50 %p',
    lenderTypes: ALL_LENDERS,
    loanKinds: CREDIT_KINDS,
    region: 'ANY',
    addOn: '0.015',
    creditBalanceThreshold: CREDIT_THRESHOLD,
  },
  {
    id: 'P3-OTHER',
    description: 'Phase 3: other household loans (auto) in every sector, 1.50 %p',
    lenderTypes: ALL_LENDERS,
    loanKinds: [LoanKind.AUTO],
    region: 'ANY',
    addOn: '0.015',
  },
];

const FLOOR_10_15: StressFloorRule = {
  id: '1015-CAPITAL-PURCHASE-FLOOR',
  description: '10·15 measures: 3.0 %p floor for capital-region home-purchase mortgages',
  lenderTypes: ALL_LENDERS,
  loanKinds: MORTGAGE,
  region: 'CAPITAL',
  purposes: [LoanPurpose.PURCHASE],
  rateTypes: Object.values(RateType),
  floor: '0.03',
};

/** Oldest first. */
export const RULE_SETS: readonly RuleSet[] = [
  {
    ...BASE,
    id: 'KR-DSR-2022-07',
    effectiveFrom: '2022-07-01',
    title: 'Borrower-level DSR stage 3 (no stress)',
    sources: ['S5'],
    stress: NO_STRESS,
  },
  {
    ...BASE,
    id: 'KR-SDSR-P1-2024-02',
    effectiveFrom: '2024-02-26',
    title: 'Stress DSR phase 1',
    sources: ['S1', 'S5'],
    stress: { ...NO_STRESS, rules: PHASE_1_RULES },
  },
  {
    ...BASE,
    id: 'KR-SDSR-P2-2024-09',
    effectiveFrom: '2024-09-01',
    title: 'Stress DSR phase 2',
    sources: ['S1', 'S2', 'S5'],
    stress: { ...NO_STRESS, rules: PHASE_2_RULES },
  },
  {
    ...BASE,
    id: 'KR-SDSR-P3-2025-07',
    effectiveFrom: '2025-07-01',
    title: 'Stress DSR phase 3',
    sources: ['S1', 'S3', 'S5'],
    stress: { ...NO_STRESS, rules: PHASE_3_RULES, rateTypeFactors: FACTORS_2025_07 },
  },
  {
    ...BASE,
    id: 'KR-SDSR-P3-1015-2025-10',
    effectiveFrom: '2025-10-16',
    title: 'Stress DSR phase 3 with the 10·15 capital-region floor',
    sources: ['S1', 'S3', 'S4', 'S5'],
    stress: { ...NO_STRESS, rules: PHASE_3_RULES, floors: [FLOOR_10_15], rateTypeFactors: FACTORS_2025_07 },
  },
];

/** The newest rule set in effect on `date` (YYYY-MM-DD). Throws BAD_USER_INPUT when none is. */
export function selectRuleSet(date: string, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  if (!isValidIsoDate(date)) throw badInput('evaluationDate', 'must be a calendar date YYYY-MM-DD');
  let chosen: RuleSet | undefined;
  for (const set of ruleSets) {
    if (set.effectiveFrom <= date && (!chosen || set.effectiveFrom > chosen.effectiveFrom)) chosen = set;
  }
  if (!chosen) throw badInput('evaluationDate', `no loan-limit rule set is in effect on ${date}`);
  return chosen;
}
