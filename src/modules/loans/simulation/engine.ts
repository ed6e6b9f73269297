// The limit engine: a borrower's position + the terms of the new loan → the DSR/LTV limit. Pure and exact;
// whole-won truncation happens at the points stated below, nowhere else.
//
// Rounding convention (KRW whole won, truncated below 1 won):
//  - each existing loan's annual debt service is truncated to won (total = trunc(principal + interest),
//    principal = trunc(principal), interest = total − principal); the existing total is their sum;
//  - DSR cap amount = trunc(income × cap); room = cap amount − existing total (not below 0);
//  - the DSR limit is the largest multiple of the rounding unit P with P × c ≤ room, where c is the exact
//    (unrounded) annual debt service per won of the new loan — i.e. the exact principal, truncated.
//    E.g. ₩20,000,000 of room over 600 level payments at 5.5 % gives 340,243,353.63 → ₩340,243,353
//    (₩340,243,354 if one rounded half-up instead).
import Decimal from 'decimal.js';
import { DecimalKrw, toDecimal } from '../../../common/money';
import { LenderType, LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { annualDebtService, cardDebtService, ExactDebtService } from './debt-service';
import { RuleSet } from './rule-sets';
import { StressResolution } from './stress';
import { BindingConstraint, DebtServiceBasis, LoanPurpose } from './types';

const ZERO = toDecimal(0);

export interface LoanPosition {
  id: string;
  label: string | null;
  kind: LoanKind;
  method: RepaymentMethod;
  balance: Decimal;
  annualRate: Decimal;
  remainingMonths: number | null;
  providedAnnualDebtService: Decimal | null;
  securedByCollateral: boolean;
}

export interface CardDebtPosition {
  balance: Decimal;
  annualRate: Decimal;
  rateAssumed: boolean;
}

/** What the what-ifs and advice change. */
export interface Position {
  income: Decimal;
  loans: readonly LoanPosition[];
  cardDebt: CardDebtPosition | null;
  newLoanRate: Decimal;
}

export interface NewLoanTerms {
  kind: LoanKind;
  termMonths: number;
  method: RepaymentMethod;
  rateType: RateType;
  fixedPeriodMonths: number | null;
  purpose: LoanPurpose;
  requestedAmount: Decimal | null;
}

export interface CollateralTerms {
  value: Decimal;
  ltvRatio: Decimal;
  otherSeniorClaims: Decimal;
}

/** What stays fixed across what-ifs. */
export interface Terms {
  ruleSet: RuleSet;
  lenderType: LenderType;
  capitalRegion: boolean;
  newLoan: NewLoanTerms;
  collateral: CollateralTerms | null;
  roundingUnit: Decimal;
  stress: StressResolution;
}

export interface DebtServiceFigure {
  sourceId: string;
  kind: LoanKind | 'CARD_DEBT';
  basis: DebtServiceBasis;
  balance: Decimal;
  principal: Decimal | null;
  interest: Decimal | null;
  total: Decimal;
}

export interface Evaluation {
  income: Decimal;
  capRatio: Decimal;
  capAmount: Decimal;
  lines: DebtServiceFigure[];
  existingTotal: Decimal;
  room: Decimal;
  newLoanRate: Decimal;
  stressedRate: Decimal;
  dsrLimit: Decimal;
  ltvLimit: Decimal | null;
  maxLoan: Decimal;
  binding: BindingConstraint;
  stressAppliedAtLimit: boolean;
  newLoanDebtService: Decimal;
  dsrBefore: Decimal;
  dsrAfter: Decimal;
}

export function truncWon(value: Decimal): Decimal {
  return value.toDecimalPlaces(0, Decimal.ROUND_DOWN);
}

export function floorToUnit(value: Decimal, unit: Decimal): Decimal {
  if (value.lte(0)) return ZERO;
  return value.div(unit).floor().times(unit);
}

/** Largest multiple of `unit` P ≥ 0 with P × perWon ≤ room (perWon > 0). */
export function maxPrincipal(room: Decimal, perWon: Decimal, unit: Decimal): Decimal {
  if (room.lte(0)) return ZERO;
  let p = floorToUnit(room.div(perWon), unit);
  // Guard the last digit against the finite precision of the division.
  while (p.plus(unit).times(perWon).lte(room)) p = p.plus(unit);
  while (p.gt(0) && p.times(perWon).gt(room)) p = p.minus(unit);
  return p;
}

function figure(
  sourceId: string,
  kind: LoanKind | 'CARD_DEBT',
  balance: Decimal,
  exact: ExactDebtService,
): DebtServiceFigure {
  const total = truncWon(exact.principal.plus(exact.interest));
  const principal = truncWon(exact.principal);
  return { sourceId, kind, basis: exact.basis, balance, principal, interest: total.minus(principal), total };
}

export function loanFigure(loan: LoanPosition, ruleSet: RuleSet): DebtServiceFigure {
  if (loan.providedAnnualDebtService) {
    return {
      sourceId: loan.id,
      kind: loan.kind,
      basis: DebtServiceBasis.PROVIDED,
      balance: loan.balance,
      principal: null,
      interest: null,
      total: truncWon(loan.providedAnnualDebtService),
    };
  }
  const exact = annualDebtService(
    {
      kind: loan.kind,
      method: loan.method,
      balance: loan.balance,
      annualRate: loan.annualRate,
      remainingMonths: loan.remainingMonths,
    },
    ruleSet.debtService,
  );
  return figure(loan.id, loan.kind, loan.balance, exact);
}

/** Exact annual debt service per won of the new loan at `annualRate`. */
export function perWonDebtService(terms: Terms, annualRate: Decimal): Decimal {
  const exact = annualDebtService(
    {
      kind: terms.newLoan.kind,
      method: terms.newLoan.method,
      balance: toDecimal(1),
      annualRate,
      remainingMonths: terms.newLoan.termMonths,
    },
    terms.ruleSet.debtService,
  );
  return exact.principal.plus(exact.interest);
}

function creditBalances(position: Position, terms: Terms): Decimal {
  const kinds = terms.ruleSet.stress.creditBalanceKinds;
  return position.loans.filter((l) => kinds.includes(l.kind)).reduce((sum, l) => sum.plus(l.balance), ZERO);
}

export function evaluate(position: Position, terms: Terms): Evaluation {
  const { ruleSet, roundingUnit: unit, stress } = terms;
  const { income } = position;

  const lines = position.loans.map((loan) => loanFigure(loan, ruleSet));
  if (position.cardDebt) {
    const exact = cardDebtService(
      position.cardDebt.balance,
      position.cardDebt.annualRate,
      ruleSet.debtService,
    );
    lines.push(figure('CARD_DEBT', 'CARD_DEBT', position.cardDebt.balance, exact));
  }
  const existingTotal = lines.reduce((sum, l) => sum.plus(l.total), ZERO);

  const capRatio = toDecimal(ruleSet.dsrCaps[terms.lenderType]);
  const capAmount = truncWon(income.times(capRatio));
  const room = DecimalKrw.max(capAmount.minus(existingTotal), ZERO);

  const rate = position.newLoanRate;
  const stressedRate = rate.plus(stress.appliedAddOn);
  const perWonActual = perWonDebtService(terms, rate);
  const perWonStressed = stress.appliedAddOn.isZero() ? perWonActual : perWonDebtService(terms, stressedRate);

  // Stress that applies only above a credit-balance threshold T (existing credit balances E): a loan
  // P ≤ T − E is assessed unstressed, a larger one stressed. The limit is the better of the two regimes.
  let dsrLimit: Decimal;
  let headroom: Decimal | null = null;
  if (stress.creditBalanceThreshold && !stress.appliedAddOn.isZero()) {
    headroom = stress.creditBalanceThreshold.minus(creditBalances(position, terms));
    const stressed = maxPrincipal(room, perWonStressed, unit);
    const unstressed = headroom.gte(0)
      ? DecimalKrw.min(maxPrincipal(room, perWonActual, unit), floorToUnit(headroom, unit))
      : toDecimal(-1);
    dsrLimit = DecimalKrw.max(stressed, unstressed);
  } else {
    dsrLimit = maxPrincipal(room, perWonStressed, unit);
  }

  let ltvLimit: Decimal | null = null;
  if (terms.collateral) {
    const { value, ltvRatio, otherSeniorClaims } = terms.collateral;
    const secured = position.loans
      .filter((l) => l.securedByCollateral)
      .reduce((s, l) => s.plus(l.balance), ZERO);
    ltvLimit = floorToUnit(truncWon(value.times(ltvRatio)).minus(secured).minus(otherSeniorClaims), unit);
  }

  const maxLoan = ltvLimit && ltvLimit.lt(dsrLimit) ? ltvLimit : dsrLimit;
  const requested = terms.newLoan.requestedAmount;
  const binding =
    requested && requested.lte(maxLoan)
      ? BindingConstraint.NONE
      : ltvLimit && ltvLimit.lt(dsrLimit)
        ? BindingConstraint.LTV
        : BindingConstraint.DSR;

  const stressAppliedAtLimit = !stress.appliedAddOn.isZero() && (headroom === null || maxLoan.gt(headroom));
  const newLoanDebtService = maxLoan.times(stressAppliedAtLimit ? perWonStressed : perWonActual);
  const ratio = (ds: Decimal) => ds.div(income).toDecimalPlaces(6, Decimal.ROUND_DOWN);

  return {
    income,
    capRatio,
    capAmount,
    lines,
    existingTotal,
    room,
    newLoanRate: rate,
    stressedRate: stressAppliedAtLimit ? stressedRate : rate,
    dsrLimit,
    ltvLimit,
    maxLoan,
    binding,
    stressAppliedAtLimit,
    newLoanDebtService: truncWon(newLoanDebtService),
    dsrBefore: ratio(existingTotal),
    dsrAfter: ratio(existingTotal.plus(newLoanDebtService)),
  };
}

// ───────────────────────────── position changes (what-ifs, advice levers) ─────────────────────────────

export function withIncome(position: Position, income: Decimal): Position {
  return { ...position, income };
}

/** Repay `amount` of a loan (null = in full; a full repayment closes it). A provided annual debt service
 *  shrinks in proportion to the balance (same rate and remaining term, payment recast). */
export function repayLoan(position: Position, loanId: string, amount: Decimal | null): Position {
  const loans: LoanPosition[] = [];
  for (const loan of position.loans) {
    if (loan.id !== loanId) {
      loans.push(loan);
      continue;
    }
    const paid = amount === null ? loan.balance : DecimalKrw.min(amount, loan.balance);
    const balance = loan.balance.minus(paid);
    if (balance.lte(0)) continue;
    const provided = loan.providedAnnualDebtService;
    loans.push({
      ...loan,
      balance,
      providedAnnualDebtService: provided ? provided.times(balance).div(loan.balance) : null,
    });
  }
  return { ...position, loans };
}

export function repayCardDebt(position: Position, amount: Decimal | null): Position {
  const card = position.cardDebt;
  if (!card) return position;
  const paid = amount === null ? card.balance : DecimalKrw.min(amount, card.balance);
  const balance = card.balance.minus(paid);
  return { ...position, cardDebt: balance.lte(0) ? null : { ...card, balance } };
}

export function withNewLoanRateDelta(position: Position, delta: Decimal): Position {
  return { ...position, newLoanRate: DecimalKrw.max(position.newLoanRate.plus(delta), ZERO) };
}
