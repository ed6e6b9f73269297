import Decimal from 'decimal.js';
import { badInput } from '../../../common/errors';
import { RoundingRule, toDecimal } from '../../../common/money';
import { InterestConvention, LoanKind, RateType, RepaymentMethod } from '../loan.enums';
import { AmortizationSchedule, buildSchedule, MAX_TERM_MONTHS } from './amortization';
import { parseAmount, parseDate, parseEnum, parseInteger, parseRate } from './parse';
import {
  DEFAULT_PREPAYMENT_FEE_RULE_SETS,
  prepaymentFee,
  PrepaymentFeeResult,
  PrepaymentFeeRuleSet,
} from './prepayment-fee';

// Is refinancing worth it? Compares the rest of the current loan with (a) switching lender (대환: the new
// lender repays the old loan, so the old lender's prepayment fee is due, plus the new loan's fees) and,
// optionally, (b) staying with a reduced rate from the current lender (금리인하 재약정: no prepayment fee,
// usually a smaller cut, maybe a small fee).
//
// Assumptions, stated once:
// - Every option repays the same balance from asOf; each schedule starts at asOf (first installment one
//   month later), including the "keep the current loan" baseline, so payments line up month by month.
// - Cash flows are nominal (undiscounted). Lifetime saving = Σ current payments − Σ new payments − costs,
//   which is the interest saved minus the costs, because both repay the same principal.
// - Costs (fees, prepayment fee) are paid up front in cash, not added to the new loan.

export interface CurrentLoanInput {
  /** Outstanding principal at asOf, whole won. */
  balance: string;
  annualRate: string;
  /** Installments left (the rest of the current loan is treated as amortising, no grace). */
  remainingMonths: number;
  method: RepaymentMethod;
  disbursedOn: string;
  /** Contract date for the prepayment-fee rule set; defaults to disbursedOn. */
  contractedOn?: string;
  kind: LoanKind;
  rateType: RateType;
}

export interface SwitchLenderOffer {
  annualRate: string;
  termMonths: number;
  /** Defaults to the current loan's method. */
  method?: RepaymentMethod;
  /** Up-front costs of the new loan (stamp duty, guarantee and appraisal fees …), whole won. */
  fees: string;
}

export interface StayReducedRateOffer {
  annualRate: string;
  /** Defaults to the current remaining term. */
  termMonths?: number;
  method?: RepaymentMethod;
  /** Default "0". */
  fee?: string;
}

export interface RefinanceInput {
  current: CurrentLoanInput;
  switchOffer: SwitchLenderOffer;
  stayOffer?: StayReducedRateOffer;
  /** The switching date: the old loan is prepaid and the new schedule starts here. */
  asOf: string;
  /** Default MONTHLY. */
  convention?: InterestConvention;
}

export interface RefinanceOptions {
  ruleSets?: readonly PrepaymentFeeRuleSet[];
  rounding?: RoundingRule;
}

export type RefinanceChoice = 'SWITCH_LENDER' | 'STAY_REDUCED_RATE';

export interface RefinanceOption {
  choice: RefinanceChoice;
  annualRate: string;
  termMonths: number;
  method: RepaymentMethod;
  /** First installment of the new schedule (the level payment for LEVEL_PAYMENT). */
  newPayment: string;
  /** Current first payment − new first payment; negative when the new loan costs more a month. */
  monthlySaving: string;
  upfrontFees: string;
  /** The old lender's fee when switching; null when staying. */
  prepaymentFee: PrepaymentFeeResult | null;
  /** upfrontFees + prepayment fee. */
  totalCost: string;
  /** First month whose cumulative saving covers totalCost, or null if it never does. */
  breakEvenMonth: number | null;
  totalPayments: string;
  totalInterest: string;
  lifetimeSaving: string;
}

export interface RefinanceComparison {
  asOf: string;
  current: { payment: string; totalPayments: string; totalInterest: string; remainingMonths: number };
  switchLender: RefinanceOption;
  stayReducedRate: RefinanceOption | null;
  /** The option with the largest positive lifetime saving (staying wins a tie), else KEEP_CURRENT. */
  best: RefinanceChoice | 'KEEP_CURRENT';
}

const payments = (schedule: AmortizationSchedule): Decimal[] =>
  schedule.installments.map((i) => toDecimal(i.payment));

/** First month m with Σ_{i ≤ m} (current_i − new_i) ≥ cost; a schedule that has ended pays 0. */
function breakEvenMonth(current: Decimal[], proposed: Decimal[], cost: Decimal): number | null {
  let cumulative = toDecimal(0);
  for (let m = 1; m <= Math.max(current.length, proposed.length); m++) {
    cumulative = cumulative.plus(current[m - 1] ?? 0).minus(proposed[m - 1] ?? 0);
    if (cumulative.gte(cost)) return m;
  }
  return null;
}

export function compareRefinance(input: RefinanceInput, options: RefinanceOptions = {}): RefinanceComparison {
  const asOf = parseDate('asOf', input.asOf);
  const { current } = input;
  const rules = { rounding: options.rounding };
  const schedule = (annualRate: string, termMonths: number, method: RepaymentMethod) =>
    buildSchedule(
      {
        principal: current.balance,
        annualRate,
        termMonths,
        method,
        disbursedOn: asOf,
        convention: input.convention,
      },
      rules,
    );
  // Checked here so that errors name the refinance field (switchOffer.annualRate), not buildSchedule's.
  const checkTerms = (
    prefix: string,
    terms: { annualRate: string; termMonths: number; method: RepaymentMethod },
  ) => {
    parseRate(`${prefix}.annualRate`, terms.annualRate);
    parseInteger(`${prefix}.termMonths`, terms.termMonths, 1, MAX_TERM_MONTHS);
    parseEnum(`${prefix}.method`, terms.method, RepaymentMethod);
  };
  parseAmount('current.balance', current.balance, { allowZero: false });
  if (parseDate('current.disbursedOn', current.disbursedOn) > asOf) {
    throw badInput('asOf', 'must not be before current.disbursedOn');
  }
  checkTerms('current', { ...current, termMonths: current.remainingMonths });

  const baseline = schedule(current.annualRate, current.remainingMonths, current.method);
  const baselinePayments = payments(baseline);

  const option = (
    choice: RefinanceChoice,
    offer: { annualRate: string; termMonths: number; method: RepaymentMethod },
    upfrontFees: Decimal,
    fee: PrepaymentFeeResult | null,
  ): RefinanceOption => {
    checkTerms(choice === 'SWITCH_LENDER' ? 'switchOffer' : 'stayOffer', offer);
    const proposed = schedule(offer.annualRate, offer.termMonths, offer.method);
    const proposedPayments = payments(proposed);
    const totalCost = upfrontFees.plus(fee?.fee ?? 0);
    return {
      choice,
      ...offer,
      newPayment: proposed.installments[0].payment,
      monthlySaving: baselinePayments[0].minus(proposedPayments[0]).toFixed(0),
      upfrontFees: upfrontFees.toFixed(0),
      prepaymentFee: fee,
      totalCost: totalCost.toFixed(0),
      breakEvenMonth: breakEvenMonth(baselinePayments, proposedPayments, totalCost),
      totalPayments: proposed.totals.payment,
      totalInterest: proposed.totals.interest,
      lifetimeSaving: toDecimal(baseline.totals.payment)
        .minus(proposed.totals.payment)
        .minus(totalCost)
        .toFixed(0),
    };
  };

  const switchLender = option(
    'SWITCH_LENDER',
    {
      annualRate: input.switchOffer.annualRate,
      termMonths: input.switchOffer.termMonths,
      method: input.switchOffer.method ?? current.method,
    },
    parseAmount('switchOffer.fees', input.switchOffer.fees),
    prepaymentFee(
      {
        prepaidAmount: current.balance,
        disbursedOn: current.disbursedOn,
        contractedOn: current.contractedOn,
        prepaidOn: asOf,
        kind: current.kind,
        rateType: current.rateType,
      },
      options.ruleSets ?? DEFAULT_PREPAYMENT_FEE_RULE_SETS,
      // The same rounding rule as the FULL repayment that would charge it (MONEY_ROUNDING_*).
      options.rounding,
    ),
  );

  const stay = input.stayOffer;
  const stayReducedRate = stay
    ? option(
        'STAY_REDUCED_RATE',
        {
          annualRate: stay.annualRate,
          termMonths: stay.termMonths ?? current.remainingMonths,
          method: stay.method ?? current.method,
        },
        parseAmount('stayOffer.fee', stay.fee ?? '0'),
        null,
      )
    : null;

  // Staying is listed first so that it wins a tie: same money, no new lender, no paperwork.
  const candidates = [stayReducedRate, switchLender].filter((o): o is RefinanceOption => o !== null);
  const winner = candidates.reduce<RefinanceOption | null>(
    (best, o) => (toDecimal(o.lifetimeSaving).gt(best ? best.lifetimeSaving : 0) ? o : best),
    null,
  );

  return {
    asOf,
    current: {
      payment: baseline.installments[0].payment,
      totalPayments: baseline.totals.payment,
      totalInterest: baseline.totals.interest,
      remainingMonths: baseline.termMonths,
    },
    switchLender,
    stayReducedRate,
    best: winner ? winner.choice : 'KEEP_CURRENT',
  };
}
