import { badInput } from '../../../common/errors';
import { RoundingRule, toDecimal } from '../../../common/money';
import { buildSchedule } from './amortization';
import { parseAmount, parseDate } from './parse';
import {
  DEFAULT_PREPAYMENT_FEE_RULE_SETS,
  prepaymentFee,
  PrepaymentFeeResult,
  PrepaymentFeeRuleSet,
} from './prepayment-fee';
import type { CurrentLoanInput } from './refinance';

// What a partial prepayment (중도상환) of `amount` on `asOf` does to the rest of a loan. Korean banks keep the
// maturity and re-amortise the smaller balance (월 상환액 감소), so: the instalment before and after, the interest
// left before and after (nominal, same term), the prepayment fee on the amount (the loan's dated fee rules) and
// the net saving. Like compareRefinance, both schedules start at asOf, so they line up month by month.

export interface PrepaymentEffectInput {
  current: CurrentLoanInput;
  /** Whole won repaid early; less than the balance (the whole balance is a payoff). */
  amount: string;
  asOf: string;
}

export interface PrepaymentEffect {
  asOf: string;
  amount: string;
  balanceBefore: string;
  balanceAfter: string;
  paymentBefore: string;
  paymentAfter: string;
  /** paymentBefore − paymentAfter. */
  monthlySaving: string;
  interestBefore: string;
  interestAfter: string;
  /** Interest no longer due over the remaining term. */
  interestSaved: string;
  prepaymentFee: PrepaymentFeeResult;
  /** interestSaved − fee (negative when the fee outweighs the interest saved). */
  netSaving: string;
}

export function prepaymentEffect(
  input: PrepaymentEffectInput,
  options: { ruleSets?: readonly PrepaymentFeeRuleSet[]; rounding?: RoundingRule } = {},
): PrepaymentEffect {
  const { current } = input;
  const asOf = parseDate('asOf', input.asOf);
  const amount = parseAmount('amount', input.amount, { allowZero: false });
  const balance = parseAmount('current.balance', current.balance, { allowZero: false });
  if (amount.gte(balance))
    throw badInput(
      'amount',
      'is the whole balance or more: that is a payoff (loan.payoffQuote, FULL repayment)',
    );
  const schedule = (principal: string) =>
    buildSchedule(
      {
        principal,
        annualRate: current.annualRate,
        termMonths: current.remainingMonths,
        method: current.method,
        disbursedOn: asOf,
      },
      { rounding: options.rounding },
    );
  const before = schedule(balance.toFixed(0));
  const after = schedule(balance.minus(amount).toFixed(0));
  const fee = prepaymentFee(
    {
      prepaidAmount: amount.toFixed(0),
      disbursedOn: current.disbursedOn,
      prepaidOn: asOf,
      contractedOn: current.contractedOn,
      kind: current.kind,
      rateType: current.rateType,
    },
    options.ruleSets ?? DEFAULT_PREPAYMENT_FEE_RULE_SETS,
    options.rounding,
  );
  const interestSaved = toDecimal(before.totals.interest).minus(after.totals.interest);
  return {
    asOf,
    amount: amount.toFixed(0),
    balanceBefore: balance.toFixed(0),
    balanceAfter: balance.minus(amount).toFixed(0),
    paymentBefore: before.installments[0].payment,
    paymentAfter: after.installments[0].payment,
    monthlySaving: toDecimal(before.installments[0].payment).minus(after.installments[0].payment).toFixed(0),
    interestBefore: before.totals.interest,
    interestAfter: after.totals.interest,
    interestSaved: interestSaved.toFixed(0),
    prepaymentFee: fee,
    netSaving: interestSaved.minus(fee.fee).toFixed(0),
  };
}
