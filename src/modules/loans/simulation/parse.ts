// Boundary checks: decimal strings and enums in, exact positions and terms out. Malformed input throws
// AppError(BAD_USER_INPUT) naming the field; a missing income is an expected outcome and is returned.
import Decimal from 'decimal.js';
import { badInput } from '../../../common/errors';
import { isDecimalString, toDecimal } from '../../../common/money';
import { LenderType, LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { needsRemainingMonths } from './debt-service';
import { CardDebtPosition, CollateralTerms, LoanPosition, NewLoanTerms, Position } from './engine';
import { RuleSet } from './rule-sets';
import { AdviceGoal, LoanLimitSimulationInput, LoanPurpose, Region } from './types';

export const MAX_TERM_MONTHS = 600;

export interface ParsedScenario {
  id: string;
  label: string | null;
  incomeChangeRatio: Decimal | null;
  loanRepayments: { loanId: string; amount: Decimal | null }[];
  cardDebtRepayment: { amount: Decimal | null } | null;
  newLoanRateDelta: Decimal | null;
}

export interface ParsedAdvice {
  id: string | null;
  goal: AdviceGoal;
  loanId: string | null;
  target: Decimal;
}

export interface ParsedInput {
  position: Position;
  capitalRegion: boolean;
  lenderType: LenderType;
  newLoan: NewLoanTerms;
  collateral: CollateralTerms | null;
  roundingUnit: Decimal;
  scenarios: ParsedScenario[];
  advice: ParsedAdvice[];
}

function decimal(field: string, value: unknown): Decimal {
  if (typeof value !== 'string' || !isDecimalString(value)) {
    throw badInput(field, 'must be a decimal string such as "1234" or "0.045"');
  }
  return toDecimal(value);
}

function won(field: string, value: unknown, opts: { positive?: boolean } = {}): Decimal {
  const d = decimal(field, value);
  if (!d.isInteger()) throw badInput(field, 'must be whole won');
  if (opts.positive ? d.lte(0) : d.lt(0))
    throw badInput(field, opts.positive ? 'must be > 0' : 'must be ≥ 0');
  return d;
}

function ratio(field: string, value: unknown, min: number, max: number): Decimal {
  const d = decimal(field, value);
  if (d.lt(min) || d.gt(max)) throw badInput(field, `must be between ${min} and ${max}`);
  return d;
}

function rate(field: string, value: unknown): Decimal {
  return ratio(field, value, 0, 1);
}

function months(field: string, value: unknown, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_TERM_MONTHS) {
    throw badInput(field, `must be a whole number of months from ${min} to ${MAX_TERM_MONTHS}`);
  }
  return value;
}

function oneOf<T extends string>(field: string, value: unknown, allowed: Record<string, T>): T {
  const values = Object.values(allowed);
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw badInput(field, `must be one of ${values.join(', ')}`);
  }
  return value as T;
}

function id(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw badInput(field, 'must be a non-empty string');
  return value;
}

/** The income, or null when it is missing or not positive (→ MissingIncomeError). */
export function parseIncome(value: unknown): Decimal | null {
  if (value === undefined || value === null || value === '') return null;
  const income = decimal('annualIncome', value);
  if (!income.isInteger()) throw badInput('annualIncome', 'must be whole won');
  return income.gt(0) ? income : null;
}

export function parseInput(input: LoanLimitSimulationInput, income: Decimal, ruleSet: RuleSet): ParsedInput {
  const lenderType = oneOf('lenderType', input.lenderType, LenderType);
  const region = oneOf('region', input.region, Region);
  if (input.creditScore !== undefined) {
    const s = input.creditScore;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 1000) {
      throw badInput('creditScore', 'must be a whole number from 0 to 1000');
    }
  }

  const loans: LoanPosition[] = [];
  const seen = new Set<string>();
  (input.existingLoans ?? []).forEach((loan, index) => {
    const f = (name: string) => `existingLoans[${index}].${name}`;
    const loanId = id(f('id'), loan.id);
    if (seen.has(loanId)) throw badInput(f('id'), `duplicate loan id ${loanId}`);
    seen.add(loanId);
    const kind = oneOf(f('kind'), loan.kind, LoanKind);
    const method = oneOf(f('repaymentMethod'), loan.repaymentMethod, RepaymentMethod);
    if (loan.rateType !== undefined) oneOf(f('rateType'), loan.rateType, RateType);
    const provided =
      loan.annualDebtService === undefined ? null : won(f('annualDebtService'), loan.annualDebtService);
    let remaining: number | null = null;
    if (loan.remainingMonths !== undefined) remaining = months(f('remainingMonths'), loan.remainingMonths);
    else if (provided === null && needsRemainingMonths(kind, method, ruleSet.debtService)) {
      throw badInput(
        f('remainingMonths'),
        `is required for a ${method} ${kind} loan without annualDebtService`,
      );
    }
    loans.push({
      id: loanId,
      label: loan.label ?? null,
      kind,
      method,
      balance: won(f('balance'), loan.balance),
      annualRate: rate(f('annualRate'), loan.annualRate),
      remainingMonths: remaining,
      providedAnnualDebtService: provided,
      securedByCollateral: loan.securedByCollateral === true,
    });
  });

  let cardDebt: CardDebtPosition | null = null;
  if (input.cardDebt) {
    const balance = won('cardDebt.revolvingBalance', input.cardDebt.revolvingBalance);
    const given = input.cardDebt.annualRate;
    cardDebt = {
      balance,
      annualRate:
        given === undefined
          ? toDecimal(ruleSet.debtService.cardDebt.assumedAnnualRate)
          : rate('cardDebt.annualRate', given),
      rateAssumed: given === undefined,
    };
    if (balance.isZero()) cardDebt = null;
  }

  const nl = input.newLoan;
  if (!nl) throw badInput('newLoan', 'is required');
  const kind = oneOf('newLoan.kind', nl.kind, LoanKind);
  if (ruleSet.debtService.interestOnlyKinds.includes(kind)) {
    throw badInput('newLoan.kind', `${kind} principal is outside the DSR; its limit is not a DSR simulation`);
  }
  const termMonths = months('newLoan.termMonths', nl.termMonths);
  const rateType = oneOf('newLoan.rateType', nl.rateType, RateType);
  let fixedPeriodMonths: number | null = null;
  if (rateType === RateType.MIXED || rateType === RateType.PERIODIC_RESET) {
    if (nl.fixedPeriodMonths === undefined)
      throw badInput('newLoan.fixedPeriodMonths', `is required for ${rateType}`);
    fixedPeriodMonths = months('newLoan.fixedPeriodMonths', nl.fixedPeriodMonths);
  }
  const newLoan: NewLoanTerms = {
    kind,
    termMonths,
    method: oneOf('newLoan.repaymentMethod', nl.repaymentMethod, RepaymentMethod),
    rateType,
    fixedPeriodMonths,
    purpose: nl.purpose === undefined ? LoanPurpose.OTHER : oneOf('newLoan.purpose', nl.purpose, LoanPurpose),
    requestedAmount:
      nl.requestedAmount === undefined
        ? null
        : won('newLoan.requestedAmount', nl.requestedAmount, { positive: true }),
  };
  const newLoanRate = rate('newLoan.annualRate', nl.annualRate);

  let collateral: CollateralTerms | null = null;
  if (input.collateral) {
    collateral = {
      value: won('collateral.value', input.collateral.value),
      ltvRatio: rate('collateral.ltvRatio', input.collateral.ltvRatio),
      otherSeniorClaims:
        input.collateral.otherSeniorClaims === undefined
          ? toDecimal(0)
          : won('collateral.otherSeniorClaims', input.collateral.otherSeniorClaims),
    };
  }

  const roundingUnit =
    input.roundingUnit === undefined
      ? toDecimal(1)
      : won('roundingUnit', input.roundingUnit, { positive: true });

  const byId = new Map(loans.map((l) => [l.id, l]));
  const scenarioIds = new Set<string>();
  const scenarios: ParsedScenario[] = (input.scenarios ?? []).map((s, index) => {
    const f = (name: string) => `scenarios[${index}].${name}`;
    const scenarioId = id(f('id'), s.id);
    // Each result is keyed by its scenario's id (`scenarios { key }`): two alike could not be told apart.
    if (scenarioIds.has(scenarioId)) throw badInput(f('id'), `duplicate scenario id ${scenarioId}`);
    scenarioIds.add(scenarioId);
    return {
      id: scenarioId,
      label: s.label ?? null,
      incomeChangeRatio:
        s.incomeChangeRatio === undefined
          ? null
          : ratio(f('incomeChangeRatio'), s.incomeChangeRatio, -0.99, 100),
      loanRepayments: (s.loanRepayments ?? []).map((r, j) => {
        const loan = byId.get(r.loanId);
        if (!loan) throw badInput(f(`loanRepayments[${j}].loanId`), `no existing loan has id ${r.loanId}`);
        if (r.amount === undefined) return { loanId: r.loanId, amount: null };
        const amount = won(f(`loanRepayments[${j}].amount`), r.amount);
        if (amount.gt(loan.balance)) {
          throw badInput(
            f(`loanRepayments[${j}].amount`),
            `exceeds the loan's balance ${loan.balance.toFixed(0)}`,
          );
        }
        return { loanId: r.loanId, amount };
      }),
      cardDebtRepayment: s.cardDebtRepayment
        ? cardRepayment(f('cardDebtRepayment'), s.cardDebtRepayment, cardDebt)
        : null,
      newLoanRateDelta:
        s.newLoanRateDelta === undefined ? null : ratio(f('newLoanRateDelta'), s.newLoanRateDelta, -1, 1),
    };
  });

  const advice: ParsedAdvice[] = (input.advice ?? []).map((a, index) => {
    const f = (name: string) => `advice[${index}].${name}`;
    const goal = oneOf(f('goal'), a.goal, AdviceGoal);
    let loanId: string | null = null;
    if (goal === AdviceGoal.REPAY_LOAN) {
      loanId = id(f('loanId'), a.loanId);
      if (!byId.has(loanId)) throw badInput(f('loanId'), `no existing loan has id ${loanId}`);
    }
    if (goal === AdviceGoal.REPAY_CARD_DEBT && !cardDebt)
      throw badInput(f('goal'), 'there is no card debt to repay');
    let target: Decimal;
    if (a.targetLimit !== undefined) target = won(f('targetLimit'), a.targetLimit, { positive: true });
    else if (newLoan.requestedAmount) target = newLoan.requestedAmount;
    else throw badInput(f('targetLimit'), 'is required when the new loan has no requestedAmount');
    return { id: a.id ?? null, goal, loanId, target };
  });

  return {
    position: { income, loans, cardDebt, newLoanRate },
    capitalRegion: ruleSet.capitalRegions.includes(region),
    lenderType,
    newLoan,
    collateral,
    roundingUnit,
    scenarios,
    advice,
  };
}

function cardRepayment(
  field: string,
  value: { amount?: string },
  cardDebt: CardDebtPosition | null,
): { amount: Decimal | null } {
  if (!cardDebt) throw badInput(field, 'there is no card debt to repay');
  if (value.amount === undefined) return { amount: null };
  const amount = won(`${field}.amount`, value.amount);
  if (amount.gt(cardDebt.balance)) {
    throw badInput(`${field}.amount`, `exceeds the card debt ${cardDebt.balance.toFixed(0)}`);
  }
  return { amount };
}
