// Annual debt service (연간 원리금 상환액) of one loan under a rule set, exact in decimal.js (no rounding here;
// callers truncate to won when they state a figure). Self-contained level-payment math: this folder does not
// depend on the amortization calculators in ../calc.
import Decimal from 'decimal.js';
import { toDecimal } from '../../../common/money';
import { LoanKind, RepaymentMethod } from '../loan.enums';
import { DebtServiceRules } from './rule-sets';
import { DebtServiceBasis } from './types';

const ZERO = toDecimal(0);
const ONE = toDecimal(1);
const TWELVE = toDecimal(12);

/** Level (annuity) payment per won of principal: i ÷ (1 − (1 + i)^−n); 1/n when i = 0. */
export function levelPaymentFactor(monthlyRate: Decimal, months: number): Decimal {
  if (months < 1) throw new RangeError('months must be ≥ 1');
  if (monthlyRate.isZero()) return ONE.div(months);
  return monthlyRate.div(ONE.minus(ONE.plus(monthlyRate).pow(-months)));
}

/** Present value of `months` level payments of `payment` at `monthlyRate` (the annuity's principal). */
export function annuityPresentValue(payment: Decimal, monthlyRate: Decimal, months: number): Decimal {
  return payment.div(levelPaymentFactor(monthlyRate, months));
}

export interface DebtServiceTerms {
  kind: LoanKind;
  method: RepaymentMethod;
  balance: Decimal;
  annualRate: Decimal;
  /** Remaining (or, for a new loan, contract) months; null when only a deemed maturity applies. */
  remainingMonths: number | null;
}

export interface ExactDebtService {
  basis: DebtServiceBasis;
  principal: Decimal;
  interest: Decimal;
}

/** Whether `terms` need remainingMonths under `rules` (schedules and bullet spreads do). */
export function needsRemainingMonths(
  kind: LoanKind,
  method: RepaymentMethod,
  rules: DebtServiceRules,
): boolean {
  if (rules.interestOnlyKinds.includes(kind)) return false;
  return !deemedMaturityFor(kind, method, rules);
}

function deemedMaturityFor(kind: LoanKind, method: RepaymentMethod, rules: DebtServiceRules): number | null {
  const rule = rules.deemedMaturities.find((d) => d.kind === kind && d.methods.includes(method));
  return rule ? rule.months : null;
}

/**
 * Principal and interest counted for the next 12 months:
 *  - interest-only kinds (jeonse): balance × rate;
 *  - deemed-maturity kinds/methods (overdrafts; bullet credit and card loans): balance ÷ deemed months × 12
 *    plus balance × rate;
 *  - LEVEL_PAYMENT: the first min(n, 12) annuity payments, split into principal and interest;
 *  - EQUAL_PRINCIPAL: min(n, 12) × balance ÷ n of principal plus interest on the declining balance;
 *  - other BULLET loans: balance × 12 ÷ clamp(n, 12, bulletSpreadMaxMonths) plus interest for min(n, 12) months.
 */
export function annualDebtService(terms: DebtServiceTerms, rules: DebtServiceRules): ExactDebtService {
  const { kind, method, balance, annualRate } = terms;
  if (balance.lte(0)) return { basis: DebtServiceBasis.SCHEDULE, principal: ZERO, interest: ZERO };
  if (rules.interestOnlyKinds.includes(kind)) {
    return { basis: DebtServiceBasis.INTEREST_ONLY, principal: ZERO, interest: balance.times(annualRate) };
  }
  const deemed = deemedMaturityFor(kind, method, rules);
  if (deemed !== null) {
    return {
      basis: DebtServiceBasis.DEEMED_MATURITY,
      principal: balance.times(12).div(deemed),
      interest: balance.times(annualRate),
    };
  }
  const n = terms.remainingMonths;
  if (n === null || n < 1) throw new RangeError(`remainingMonths is required for a ${method} ${kind} loan`);
  const m = Math.min(n, 12);
  const i = annualRate.div(TWELVE);
  switch (method) {
    case RepaymentMethod.LEVEL_PAYMENT: {
      const total = balance.times(levelPaymentFactor(i, n)).times(m);
      // Balance after m payments: B × ((1+i)^n − (1+i)^m) ÷ ((1+i)^n − 1).
      let principal: Decimal;
      if (i.isZero()) principal = balance.times(m).div(n);
      else {
        const gn = ONE.plus(i).pow(n);
        const gm = ONE.plus(i).pow(m);
        principal = balance.minus(balance.times(gn.minus(gm)).div(gn.minus(ONE)));
      }
      return { basis: DebtServiceBasis.SCHEDULE, principal, interest: total.minus(principal) };
    }
    case RepaymentMethod.EQUAL_PRINCIPAL: {
      // Σ_{k=1..m} (B − (k−1)·B/n)·i = B·i·(m − m(m−1)/(2n))
      const interest = balance.times(i).times(toDecimal(m).minus(toDecimal(m * (m - 1)).div(2 * n)));
      return { basis: DebtServiceBasis.SCHEDULE, principal: balance.times(m).div(n), interest };
    }
    case RepaymentMethod.BULLET: {
      const spread = Math.max(12, Math.min(n, rules.bulletSpreadMaxMonths));
      return {
        basis: DebtServiceBasis.BULLET_SPREAD,
        principal: balance.times(12).div(spread),
        interest: balance.times(annualRate).times(m).div(12),
      };
    }
  }
}

/** Card debt counted as a credit-type balance over the rule set's deemed maturity. */
export function cardDebtService(
  balance: Decimal,
  annualRate: Decimal,
  rules: DebtServiceRules,
): ExactDebtService {
  if (!rules.cardDebt.included || balance.lte(0)) {
    return { basis: DebtServiceBasis.EXCLUDED, principal: ZERO, interest: ZERO };
  }
  return {
    basis: DebtServiceBasis.DEEMED_MATURITY,
    principal: balance.times(12).div(rules.cardDebt.deemedMaturityMonths),
    interest: balance.times(annualRate),
  };
}
