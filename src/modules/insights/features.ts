import Decimal from 'decimal.js';
import { badInput } from '../../common/errors';
import { toDecimal } from '../../common/money';

// The one input every insight engine reads: a customer's quarter, as plain data. The spending module
// (materialised customer quarters) and the importer (quarterly aggregates) both map into this shape.
// Amounts are whole won as decimal strings; shares and ratios are plain numbers in [0, 1].

/**
 * Korean 업종 (merchant-category) groups the insights speak in. The spending module maps its taxonomy
 * (ISO 18245 MCC ranges, issuer tables) onto exactly these codes; anything unmapped goes to OTHER.
 */
export const SPEND_CATEGORY_CODES = [
  'FOOD',
  'GROCERY',
  'TRANSPORT',
  'FUEL',
  'SHOPPING',
  'ONLINE_SHOPPING',
  'MEDICAL',
  'EDUCATION',
  'TRAVEL',
  'CULTURE',
  'TELECOM',
  'INSURANCE',
  'UTILITIES',
  'CHILDCARE',
  'OTHER',
] as const;

export type SpendCategoryCode = (typeof SPEND_CATEGORY_CODES)[number];

/** Display names of the category codes (Korean 업종 names and English). */
export const SPEND_CATEGORY_NAMES: Record<SpendCategoryCode, { ko: string; en: string }> = {
  FOOD: { ko: '외식', en: 'Dining' },
  GROCERY: { ko: '식료품·마트', en: 'Groceries' },
  TRANSPORT: { ko: '교통', en: 'Transport' },
  FUEL: { ko: '주유', en: 'Fuel' },
  SHOPPING: { ko: '쇼핑', en: 'Shopping' },
  ONLINE_SHOPPING: { ko: '온라인쇼핑', en: 'Online shopping' },
  MEDICAL: { ko: '의료', en: 'Medical' },
  EDUCATION: { ko: '교육', en: 'Education' },
  TRAVEL: { ko: '여행', en: 'Travel' },
  CULTURE: { ko: '문화·여가', en: 'Culture & leisure' },
  TELECOM: { ko: '통신', en: 'Telecom' },
  INSURANCE: { ko: '보험', en: 'Insurance' },
  UTILITIES: { ko: '공과금', en: 'Utilities' },
  CHILDCARE: { ko: '육아', en: 'Childcare' },
  OTHER: { ko: '기타', en: 'Other' },
};

export interface QuarterFeatures {
  customerId: string;
  /** Age in whole years at the end of the quarter. */
  age: number;
  householdSize: number;
  /** Region code (e.g. SEOUL, GYEONGGI, BUSAN); used as given for peer groups. */
  region: string;
  /** Quarter label such as `2025Q3`. */
  quarter: string;
  /** Whole won as a decimal string. */
  totalSpend: string;
  /** Whole won per category code; absent codes mean 0. */
  spendByCategory: Partial<Record<SpendCategoryCode, string>>;
  transactionCount: number;
  /** Whole won (total spend ÷ transaction count, as the spending module stores it). */
  averageTicket: string;
  /** Shares of spend amount in [0, 1]. */
  onlineShare: number;
  overseasShare: number;
  nightShare: number;
  /** Income of the quarter (whole won); null when unknown. */
  income: string | null;
  /** Savings and deposit balance at quarter end (whole won); null when unknown. */
  savingsBalance: string | null;
  /** Loan balance at quarter end (whole won); null when unknown, "0" when the customer has no loan. */
  loanBalance: string | null;
  /** Principal + interest due over the next 12 months on all loans (whole won); null when unknown. */
  annualDebtService: string | null;
  /** Total spend of the previous quarter (whole won); null when there is none. */
  previousTotalSpend: string | null;
  /**
   * Optional repayment behaviour from the loans module, when present: the worst days past due in the
   * quarter, the card/credit limit, and the share of the billed amount that was repaid.
   */
  maxDaysPastDue?: number | null;
  creditLimit?: string | null;
  repaymentRatio?: number | null;
}

const WON = /^\d{1,18}$/;

function checkWon(field: string, value: string | null | undefined, nullable: boolean): void {
  if (value === null || value === undefined) {
    if (!nullable) throw badInput(field, 'is required (whole won as a string)');
    return;
  }
  if (typeof value !== 'string' || !WON.test(value)) {
    throw badInput(field, 'must be a whole number of won as a string, e.g. "1250000"');
  }
}

function checkShare(field: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw badInput(field, 'must be a number from 0 to 1');
  }
}

/** Boundary check every engine runs first: a bad feature fails as BAD_USER_INPUT naming the field. */
export function validateQuarterFeatures(q: QuarterFeatures): void {
  if (typeof q.customerId !== 'string' || q.customerId === '') throw badInput('customerId', 'is required');
  if (!Number.isInteger(q.age) || q.age < 0 || q.age > 120) throw badInput('age', 'must be 0–120');
  if (!Number.isInteger(q.householdSize) || q.householdSize < 1 || q.householdSize > 20) {
    throw badInput('householdSize', 'must be a whole number from 1 to 20');
  }
  if (!/^\d{4}Q[1-4]$/.test(q.quarter)) throw badInput('quarter', 'must look like 2025Q3');
  checkWon('totalSpend', q.totalSpend, false);
  checkWon('averageTicket', q.averageTicket, false);
  for (const [code, amount] of Object.entries(q.spendByCategory ?? {})) {
    if (!(SPEND_CATEGORY_CODES as readonly string[]).includes(code)) {
      throw badInput(
        `spendByCategory.${code}`,
        `unknown category; use one of ${SPEND_CATEGORY_CODES.join(', ')}`,
      );
    }
    checkWon(`spendByCategory.${code}`, amount, false);
  }
  if (!Number.isInteger(q.transactionCount) || q.transactionCount < 0) {
    throw badInput('transactionCount', 'must be a whole number ≥ 0');
  }
  checkShare('onlineShare', q.onlineShare);
  checkShare('overseasShare', q.overseasShare);
  checkShare('nightShare', q.nightShare);
  checkWon('income', q.income, true);
  checkWon('savingsBalance', q.savingsBalance, true);
  checkWon('loanBalance', q.loanBalance, true);
  checkWon('annualDebtService', q.annualDebtService, true);
  checkWon('previousTotalSpend', q.previousTotalSpend, true);
  checkWon('creditLimit', q.creditLimit, true);
  if (q.maxDaysPastDue !== null && q.maxDaysPastDue !== undefined) {
    if (!Number.isInteger(q.maxDaysPastDue) || q.maxDaysPastDue < 0) {
      throw badInput('maxDaysPastDue', 'must be a whole number ≥ 0');
    }
  }
  if (q.repaymentRatio !== null && q.repaymentRatio !== undefined)
    checkShare('repaymentRatio', q.repaymentRatio);
}

export function won(value: string): Decimal {
  return toDecimal(value);
}

/** Spend of one category (0 when absent). */
export function categorySpend(q: QuarterFeatures, code: SpendCategoryCode): Decimal {
  const v = q.spendByCategory[code];
  return v === undefined ? toDecimal(0) : toDecimal(v);
}

/** Share of total spend in the given categories, as a number in [0, 1] (0 when nothing was spent). */
export function categoryShare(q: QuarterFeatures, ...codes: SpendCategoryCode[]): number {
  const total = toDecimal(q.totalSpend);
  if (total.isZero()) return 0;
  const sum = codes.reduce((acc, c) => acc.plus(categorySpend(q, c)), toDecimal(0));
  return sum.div(total).toNumber();
}

/** Quarter-over-quarter change of total spend as a fraction (0.1 = +10 %); null without a previous quarter. */
export function spendChange(q: QuarterFeatures): number | null {
  if (q.previousTotalSpend === null) return null;
  const prev = toDecimal(q.previousTotalSpend);
  if (prev.isZero()) return null;
  return toDecimal(q.totalSpend).minus(prev).div(prev).toNumber();
}

/** Round a ratio for explanations (4 decimal places), so reasons show stable, readable numbers. */
export function r4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
