import type { WeightedPairs } from '../../../common/random';
import { Region } from '../../customers';
import { LoanKind, RateType, RepaymentMethod } from '../loan.enums';

// The shape of the synthetic loan book: who borrows, what, how much, at what rate, and how it is repaid.
// Figures are rounded public statistics (sources in docs/seed-data.md); the aim is a believable portfolio
// whose numbers a Korean bank would recognise, not official precision.

/** Share of adults with at least one household loan, by age (한국은행 가계부채 DB: ≈ 1,980만 borrowers, ≈ 45 % of adults). */
export function borrowerShare(age: number): number {
  if (age < 25) return 0.18;
  if (age < 30) return 0.4;
  if (age < 40) return 0.6;
  if (age < 50) return 0.62;
  if (age < 60) return 0.55;
  if (age < 70) return 0.4;
  return 0.2;
}

export interface BorrowerProfile {
  age: number;
  householdSize: number;
  annualIncome: number;
  creditScore: number;
  salaried: boolean;
}

/** Probability that a borrower holds a loan of each kind (a borrower may hold several). */
export function kindShares(p: BorrowerProfile): Record<LoanKind, number> {
  const mortgage =
    (p.age < 30 ? 0.1 : p.age < 40 ? 0.35 : p.age < 60 ? 0.45 : 0.35) *
    (p.householdSize === 1 ? 0.6 : 1) *
    (p.annualIncome === 0 ? 0.5 : 1);
  return {
    [LoanKind.MORTGAGE]: mortgage,
    [LoanKind.JEONSE]: p.age < 30 ? 0.25 : p.age < 40 ? 0.25 : p.age < 50 ? 0.12 : 0.05,
    [LoanKind.CREDIT]: 0.45,
    [LoanKind.OVERDRAFT]: p.salaried ? 0.25 : 0.08,
    [LoanKind.CARD_LOAN]: 0.1 + (p.creditScore < 700 ? 0.15 : 0),
    [LoanKind.AUTO]: p.age >= 25 && p.age < 60 ? 0.1 : 0.04,
  };
}

/** Months before `now` over which a kind's current contracts were disbursed (older ones have matured). */
export const DISBURSEMENT_WINDOW_MONTHS: Record<LoanKind, number> = {
  [LoanKind.MORTGAGE]: 84,
  [LoanKind.JEONSE]: 36, // 2-year contracts, renewed with the lease
  [LoanKind.CREDIT]: 72,
  [LoanKind.OVERDRAFT]: 15, // 1-year lines renewed yearly: the current one, a few just matured
  [LoanKind.CARD_LOAN]: 42,
  [LoanKind.AUTO]: 72,
};

export interface TermsChoice {
  method: RepaymentMethod;
  termMonths: number;
  graceMonths: number;
}

/** Repayment method, term and grace by kind (bank product sheets; 주택금융공사 / 은행연합회 공시). */
export const TERMS: Record<LoanKind, WeightedPairs<TermsChoice>> = {
  [LoanKind.MORTGAGE]: [
    ...(
      [
        [360, 0.5],
        [480, 0.15],
        [240, 0.13],
        [420, 0.07],
        [600, 0.05],
        [180, 0.05],
        [120, 0.05],
      ] as const
    ).flatMap(([term, w]) => [
      [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: term, graceMonths: 0 }, w * 0.62] as const,
      [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: term, graceMonths: 12 }, w * 0.1] as const,
      [{ method: RepaymentMethod.EQUAL_PRINCIPAL, termMonths: term, graceMonths: 0 }, w * 0.2] as const,
      [{ method: RepaymentMethod.EQUAL_PRINCIPAL, termMonths: term, graceMonths: 12 }, w * 0.05] as const,
    ]),
    [{ method: RepaymentMethod.BULLET, termMonths: 36, graceMonths: 0 }, 0.03], // old-style 일시상환
  ],
  [LoanKind.JEONSE]: [
    [{ method: RepaymentMethod.BULLET, termMonths: 24, graceMonths: 0 }, 0.92],
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 24, graceMonths: 0 }, 0.08],
  ],
  [LoanKind.CREDIT]: [
    [{ method: RepaymentMethod.BULLET, termMonths: 12, graceMonths: 0 }, 0.5], // 1-year, renewable
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 36, graceMonths: 0 }, 0.2],
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 60, graceMonths: 0 }, 0.22],
    [{ method: RepaymentMethod.EQUAL_PRINCIPAL, termMonths: 36, graceMonths: 0 }, 0.04],
    [{ method: RepaymentMethod.EQUAL_PRINCIPAL, termMonths: 60, graceMonths: 0 }, 0.04],
  ],
  [LoanKind.OVERDRAFT]: [[{ method: RepaymentMethod.BULLET, termMonths: 12, graceMonths: 0 }, 1]],
  [LoanKind.CARD_LOAN]: [
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 12, graceMonths: 0 }, 0.3],
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 24, graceMonths: 0 }, 0.3],
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 36, graceMonths: 0 }, 0.3],
    [{ method: RepaymentMethod.EQUAL_PRINCIPAL, termMonths: 24, graceMonths: 0 }, 0.1],
  ],
  [LoanKind.AUTO]: [
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 36, graceMonths: 0 }, 0.3],
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 48, graceMonths: 0 }, 0.25],
    [{ method: RepaymentMethod.LEVEL_PAYMENT, termMonths: 60, graceMonths: 0 }, 0.4],
    [{ method: RepaymentMethod.EQUAL_PRINCIPAL, termMonths: 60, graceMonths: 0 }, 0.05],
  ],
};

/** Rate types by kind; MIXED and PERIODIC_RESET loans are fixed for the first 60 months. */
export const RATE_TYPES: Record<LoanKind, WeightedPairs<RateType>> = {
  [LoanKind.MORTGAGE]: [
    [RateType.MIXED, 0.55], // 혼합형 (5-year fixed), the regulators' push since 2022
    [RateType.VARIABLE, 0.25],
    [RateType.PERIODIC_RESET, 0.12], // 주기형
    [RateType.FIXED, 0.08],
  ],
  [LoanKind.JEONSE]: [
    [RateType.VARIABLE, 0.75],
    [RateType.FIXED, 0.25],
  ],
  [LoanKind.CREDIT]: [
    [RateType.FIXED, 0.5],
    [RateType.VARIABLE, 0.5],
  ],
  [LoanKind.OVERDRAFT]: [[RateType.VARIABLE, 1]],
  [LoanKind.CARD_LOAN]: [[RateType.FIXED, 1]],
  [LoanKind.AUTO]: [[RateType.FIXED, 1]],
};
export const FIXED_PERIOD_MONTHS = 60;

/** Share of each kind booked with a non-bank lender (2금융권); credit loans also by credit score. */
export function nonBankShare(kind: LoanKind, creditScore: number, annualIncome: number): number {
  switch (kind) {
    case LoanKind.MORTGAGE:
      return 0.15;
    case LoanKind.JEONSE:
      return 0.03;
    case LoanKind.CREDIT:
      return annualIncome === 0 ? 0.8 : creditScore < 700 ? 0.65 : creditScore < 850 ? 0.3 : 0.1;
    case LoanKind.OVERDRAFT:
      return 0;
    case LoanKind.CARD_LOAN:
      return 1;
    case LoanKind.AUTO:
      return 0.85;
  }
}

/** Lenders by household-loan market share (rounded from 금감원 금융통계정보시스템). */
export const BANKS: WeightedPairs<string> = [
  ['국민은행', 20],
  ['신한은행', 15],
  ['하나은행', 14],
  ['우리은행', 13],
  ['농협은행', 13],
  ['기업은행', 8],
  ['카카오뱅크', 7],
  ['케이뱅크', 3],
  ['토스뱅크', 3],
  ['부산은행', 2],
  ['iM뱅크', 2],
];
export const NON_BANK_LENDERS: Record<LoanKind, WeightedPairs<string>> = {
  [LoanKind.MORTGAGE]: [
    ['새마을금고', 30],
    ['지역농협', 30],
    ['신협', 15],
    ['삼성생명', 15],
    ['한화생명', 10],
  ],
  [LoanKind.JEONSE]: [
    ['새마을금고', 50],
    ['신협', 50],
  ],
  [LoanKind.CREDIT]: [
    ['SBI저축은행', 25],
    ['OK저축은행', 20],
    ['웰컴저축은행', 15],
    ['페퍼저축은행', 10],
    ['한국투자저축은행', 10],
    ['새마을금고', 10],
    ['현대캐피탈', 10],
  ],
  [LoanKind.OVERDRAFT]: [['새마을금고', 1]],
  [LoanKind.CARD_LOAN]: [
    ['신한카드', 20],
    ['삼성카드', 18],
    ['KB국민카드', 17],
    ['현대카드', 15],
    ['롯데카드', 10],
    ['우리카드', 8],
    ['하나카드', 8],
    ['BC카드', 4],
  ],
  [LoanKind.AUTO]: [
    ['현대캐피탈', 40],
    ['KB캐피탈', 15],
    ['하나캐피탈', 10],
    ['신한캐피탈', 10],
    ['JB우리캐피탈', 10],
    ['롯데캐피탈', 5],
    ['BNK캐피탈', 10],
  ],
};

/**
 * Average new-loan rates (%) by disbursement year: bank mortgages, jeonse and credit loans from 한국은행
 * 예금은행 가중평균금리 (신규취급액); card loans from 여신금융협회 공시; auto loans from capital companies'
 * 공시 (new cars). Rounded to 0.1 %p; years before the first entry use it, after the last use the last.
 */
const RATE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
const BASE_RATES: Record<LoanKind, readonly number[]> = {
  [LoanKind.MORTGAGE]: [2.7, 2.5, 2.9, 4.3, 4.4, 4.0, 4.0, 4.2],
  [LoanKind.JEONSE]: [2.9, 2.6, 2.8, 4.5, 4.5, 3.9, 3.8, 4.0],
  [LoanKind.CREDIT]: [4.0, 3.5, 3.9, 6.0, 6.4, 5.6, 5.3, 5.4],
  [LoanKind.OVERDRAFT]: [4.5, 4.0, 4.4, 6.5, 6.9, 6.1, 5.8, 5.9], // 마이너스통장: credit + ≈ 0.5 %p
  [LoanKind.CARD_LOAN]: [13.5, 13.0, 12.5, 13.8, 14.5, 14.6, 14.4, 14.3],
  [LoanKind.AUTO]: [5.0, 4.8, 4.5, 6.5, 7.0, 6.3, 5.8, 5.8],
};
/** Extra %p at non-banks: 상호금융·보험 mortgages; 저축은행 credit loans (≈ 15–17 %); bank auto loans are cheaper. */
const NON_BANK_SPREAD: Record<LoanKind, number> = {
  [LoanKind.MORTGAGE]: 0.8,
  [LoanKind.JEONSE]: 0.7,
  [LoanKind.CREDIT]: 9.5,
  [LoanKind.OVERDRAFT]: 1,
  [LoanKind.CARD_LOAN]: 0,
  [LoanKind.AUTO]: 0,
};
const BANK_AUTO_DISCOUNT = 1.0;
/** %p per 100 NICE points below 900: unsecured loans price credit risk far more steeply than secured ones. */
const SCORE_SLOPE: Record<LoanKind, number> = {
  [LoanKind.MORTGAGE]: 0.25,
  [LoanKind.JEONSE]: 0.25,
  [LoanKind.CREDIT]: 1.2,
  [LoanKind.OVERDRAFT]: 1.0,
  [LoanKind.CARD_LOAN]: 1.0,
  [LoanKind.AUTO]: 0.6,
};
/** The legal maximum rate (대부업법·이자제한법 최고금리 20 %, since 2021-07-07); we stay just below it. */
export const MAX_RATE_PERCENT = 19.9;
export const MIN_RATE_PERCENT = 1.5;
export const RATE_NOISE_SD = 0.3;

/** The expected annual rate in percent, before noise. */
export function expectedRatePercent(
  kind: LoanKind,
  year: number,
  nonBank: boolean,
  creditScore: number,
): number {
  const index = Math.max(0, Math.min(RATE_YEARS.length - 1, year - RATE_YEARS[0]));
  let rate = BASE_RATES[kind][index];
  if (nonBank) rate += NON_BANK_SPREAD[kind];
  if (kind === LoanKind.AUTO && !nonBank) rate -= BANK_AUTO_DISCOUNT;
  rate += (Math.max(-50, 900 - creditScore) / 100) * SCORE_SLOPE[kind];
  return rate;
}

/** Home prices (and so mortgage and jeonse sizes) relative to the national median (KB부동산 시세, 2024). */
export function regionPriceFactor(region: Region): number {
  switch (region) {
    case Region.SEOUL:
      return 1.8;
    case Region.GYEONGGI:
    case Region.SEJONG:
      return 1.25;
    case Region.INCHEON:
      return 1.0;
    case Region.BUSAN:
    case Region.DAEGU:
      return 0.9;
    default:
      return 0.75;
  }
}

/** Amounts: log-normal medians and σ, whole won, rounded and clamped per kind. */
export const AMOUNTS = {
  mortgage: { median: 150_000_000, sigma: 0.45, min: 30_000_000, max: 1_200_000_000, step: 1_000_000 },
  jeonse: { median: 120_000_000, sigma: 0.5, min: 10_000_000, max: 400_000_000, step: 1_000_000 },
  /** Median = 35 % of income (bank credit loans are capped at 1× income since 2021). */
  credit: { incomeShare: 0.35, sigma: 0.6, min: 1_000_000, max: 150_000_000, step: 100_000 },
  overdraft: { min: 5_000_000, max: 100_000_000, step: 1_000_000 },
  cardLoan: { median: 5_000_000, sigma: 0.6, min: 1_000_000, max: 50_000_000, step: 100_000 },
  auto: { median: 30_000_000, sigma: 0.4, min: 8_000_000, max: 100_000_000, step: 100_000 },
} as const;

/** Loan-to-value at origination (LTV caps 40–70 % by region and buyer). */
export const LTV_RANGE = [0.35, 0.7] as const;

/** Share of bank loans whose interest accrues daily on actual/365 (the rest: balance × rate ÷ 12). */
export const DAILY_CONVENTION_SHARE = 0.3;

/**
 * Probability that an active loan is in arrears (10–200 days). Deliberately above the official 1-month-plus
 * rates (banks ≈ 0.5 %, card companies ≈ 1.7 %, savings banks ≈ 8 % in 2024, 금감원) so a demo shows some.
 */
export function delinquencyShare(
  kind: LoanKind,
  nonBank: boolean,
  creditScore: number,
  annualIncome: number,
): number {
  const base = {
    [LoanKind.MORTGAGE]: 0.005,
    [LoanKind.JEONSE]: 0.005,
    [LoanKind.CREDIT]: nonBank ? 0.06 : 0.015,
    [LoanKind.OVERDRAFT]: 0.01,
    [LoanKind.CARD_LOAN]: 0.05,
    [LoanKind.AUTO]: 0.025,
  }[kind];
  const scoreFactor = creditScore < 600 ? 4 : creditScore < 750 ? 2 : creditScore >= 900 ? 0.5 : 1;
  return Math.min(0.5, base * scoreFactor * (annualIncome === 0 ? 2 : 1));
}
export const DELINQUENT_DAYS = [10, 200] as const;
/** Share of delinquent loans that paid part of the first missed instalment (PARTIAL). */
export const PARTIAL_SHARE = 0.3;

/** Paid off early in full (FULL), e.g. refinanced through the 2023 대환대출 platform. */
export const PAYOFF_SHARE: Record<LoanKind, number> = {
  [LoanKind.MORTGAGE]: 0.07,
  [LoanKind.JEONSE]: 0.05,
  [LoanKind.CREDIT]: 0.08,
  [LoanKind.OVERDRAFT]: 0.03,
  [LoanKind.CARD_LOAN]: 0.07,
  [LoanKind.AUTO]: 0.07,
};

/** Part-prepaid during the current instalment period (PREPAYMENT), 10–40 % of the balance. */
export const PREPAYMENT_SHARE: Record<LoanKind, number> = {
  [LoanKind.MORTGAGE]: 0.1,
  [LoanKind.JEONSE]: 0.05,
  [LoanKind.CREDIT]: 0.1,
  [LoanKind.OVERDRAFT]: 0.08,
  [LoanKind.CARD_LOAN]: 0.06,
  [LoanKind.AUTO]: 0.06,
};
export const PREPAYMENT_FRACTION = [0.1, 0.4] as const;
