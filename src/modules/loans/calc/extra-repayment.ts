import { addMonths } from '../../../common/dates';
import { badInput } from '../../../common/errors';
import { DecimalKrw, DEFAULT_KRW_ROUNDING, roundMoney, RoundingRule, toDecimal } from '../../../common/money';
import { InterestConvention, RepaymentMethod } from '../loan.enums';
import { accruedInterest, buildSchedule, MAX_TERM_MONTHS } from './amortization';
import { parseAmount, parseDate, parseInteger } from './parse';
import { DEFAULT_PREPAYMENT_FEE_RULE_SETS, prepaymentFee, PrepaymentFeeRuleSet } from './prepayment-fee';
import type { CurrentLoanInput } from './refinance';

// "매달 50만원씩 더 갚으면 언제 끝나요?": the same extra amount repaid every month on top of the instalment, until the
// loan is repaid. Unlike a one-off prepayment (prepaymentEffect: maturity kept, instalment re-amortised), the
// customer keeps paying the instalment they pay today and the extra goes to principal, so the loan ends early
// (기간 단축):
// - LEVEL_PAYMENT (원리금균등): the payment stays what it is today; principal = payment − interest + extra.
// - EQUAL_PRINCIPAL (원금균등): the principal part stays what it is today, plus the extra.
// - BULLET (만기일시): interest only as before; the extra repays principal each month, so the interest falls and
//   the sum due at maturity shrinks (or the loan ends before maturity when the extras reach the balance).
// The extra is repaid with each instalment (on its due date), never more than what is left; the last instalment of
// the original term repays whatever is left. Each extra is a partial prepayment on its due date and pays the loan's
// dated prepayment fee then (zero once the fee window has passed). With `paidInstallments` the instalments fall on
// the loan's own due dates (disbursement + paid + k months, as its stored schedule); without, they start at asOf like
// prepaymentEffect's. Monthly convention; amounts are whole won, interest rounded by the rule each month.

export interface ExtraRepaymentInput {
  current: CurrentLoanInput;
  /** Whole won repaid every month on top of the instalment; less than the balance. */
  monthlyExtra?: string;
  /**
   * Or what the customer will pay each month in all ("한 달에 200만원씩 갚으면"): the extra is this less the instalment
   * due now (more than it). Exactly one of the two.
   */
  monthlyPayment?: string;
  asOf: string;
  /** Instalments already due: the next one is due `paidInstallments + 1` months after current.disbursedOn. */
  paidInstallments?: number;
}

export interface ExtraRepaymentEffect {
  asOf: string;
  monthlyExtra: string;
  balance: string;
  /** The next instalment as it is. */
  paymentBefore: string;
  /** The next instalment with the extra (what the customer pays next month). */
  paymentWithExtra: string;
  /** Instalments left as it is, and with the extras. */
  monthsBefore: number;
  monthsAfter: number;
  /** monthsBefore − monthsAfter. */
  monthsSaved: number;
  /** The last due date as it is (the maturity), and with the extras. */
  lastDueDateBefore: string;
  lastDueDateAfter: string;
  /** The last instalment as it is (a bullet loan's principal at maturity), and with the extras. */
  lastPaymentBefore: string;
  lastPaymentAfter: string;
  interestBefore: string;
  interestAfter: string;
  /** Interest no longer due over the rest of the loan (nominal). */
  interestSaved: string;
  /** The extras actually repaid (the last one may be smaller: never more than what is left). */
  extraTotal: string;
  /** Prepayment fees on the extras, each on its due date by the loan's dated fee rules. */
  prepaymentFees: string;
  /** interestSaved − prepaymentFees. */
  netSaving: string;
}

export function extraRepaymentEffect(
  input: ExtraRepaymentInput,
  options: { ruleSets?: readonly PrepaymentFeeRuleSet[]; rounding?: RoundingRule } = {},
): ExtraRepaymentEffect {
  const { current } = input;
  const asOf = parseDate('asOf', input.asOf);
  if ((input.monthlyExtra === undefined) === (input.monthlyPayment === undefined))
    throw badInput('monthlyExtra', 'give either monthlyExtra or monthlyPayment, not both');
  const byPayment = input.monthlyPayment !== undefined;
  const asked = byPayment
    ? parseAmount('monthlyPayment', input.monthlyPayment!, { allowZero: false })
    : parseAmount('monthlyExtra', input.monthlyExtra!, { allowZero: false });
  const balance = parseAmount('current.balance', current.balance, { allowZero: false });
  const rounding = options.rounding ?? DEFAULT_KRW_ROUNDING;
  // The dates instalment k falls on: the loan's own when its paid count is known, else monthly from asOf.
  const anchor = input.paidInstallments === undefined ? asOf : current.disbursedOn;
  const offset =
    input.paidInstallments === undefined
      ? 0
      : parseInteger('paidInstallments', input.paidInstallments, 0, MAX_TERM_MONTHS);
  const before = buildSchedule(
    {
      principal: balance.toFixed(0),
      annualRate: current.annualRate,
      termMonths: current.remainingMonths,
      method: current.method,
      disbursedOn: anchor,
      offsetMonths: offset,
    },
    { rounding },
  );
  const rate = toDecimal(current.annualRate);
  const first = before.installments[0];
  const zero = toDecimal(0);
  const field = byPayment ? 'monthlyPayment' : 'monthlyExtra';
  const extra = byPayment ? asked.minus(first.payment) : asked;
  if (extra.lte(0))
    throw badInput(
      field,
      `is not more than the instalment due now (${first.payment} won): nothing extra is repaid`,
    );
  if (extra.gte(balance))
    throw badInput(
      field,
      'repays the whole balance or more in one month: that is a payoff (loan.payoffQuote)',
    );

  let left = balance;
  let previousDue = addMonths(anchor, offset);
  let interestAfter = zero;
  let extraTotal = zero;
  let fees = zero;
  let months = 0;
  let lastPayment = zero;
  let lastDue = asOf;
  let paymentWithExtra = zero;
  for (let k = 1; k <= before.termMonths && left.gt(0); k++) {
    const due = before.installments[k - 1].dueDate;
    const interest = roundMoney(
      accruedInterest(left, rate, previousDue, due, InterestConvention.MONTHLY),
      rounding,
    );
    let scheduled: typeof left;
    if (k === before.termMonths) scheduled = left;
    else if (current.method === RepaymentMethod.LEVEL_PAYMENT)
      scheduled = DecimalKrw.max(zero, DecimalKrw.min(toDecimal(first.payment).minus(interest), left));
    else if (current.method === RepaymentMethod.EQUAL_PRINCIPAL)
      scheduled = DecimalKrw.min(toDecimal(first.principal), left);
    else scheduled = zero;
    const extraPaid = DecimalKrw.min(extra, left.minus(scheduled));
    if (extraPaid.gt(0)) {
      fees = fees.plus(
        prepaymentFee(
          {
            prepaidAmount: extraPaid.toFixed(0),
            disbursedOn: current.disbursedOn,
            prepaidOn: due,
            contractedOn: current.contractedOn,
            kind: current.kind,
            rateType: current.rateType,
          },
          options.ruleSets ?? DEFAULT_PREPAYMENT_FEE_RULE_SETS,
          rounding,
        ).fee,
      );
    }
    const principal = scheduled.plus(extraPaid);
    left = left.minus(principal);
    interestAfter = interestAfter.plus(interest);
    extraTotal = extraTotal.plus(extraPaid);
    lastPayment = principal.plus(interest);
    if (k === 1) paymentWithExtra = lastPayment;
    lastDue = due;
    months = k;
    previousDue = due;
  }
  const last = before.installments[before.installments.length - 1];
  const interestSaved = toDecimal(before.totals.interest).minus(interestAfter);
  return {
    asOf,
    monthlyExtra: extra.toFixed(0),
    balance: balance.toFixed(0),
    paymentBefore: first.payment,
    paymentWithExtra: paymentWithExtra.toFixed(0),
    monthsBefore: before.termMonths,
    monthsAfter: months,
    monthsSaved: before.termMonths - months,
    lastDueDateBefore: last.dueDate,
    lastDueDateAfter: lastDue,
    lastPaymentBefore: last.payment,
    lastPaymentAfter: lastPayment.toFixed(0),
    interestBefore: before.totals.interest,
    interestAfter: interestAfter.toFixed(0),
    interestSaved: interestSaved.toFixed(0),
    extraTotal: extraTotal.toFixed(0),
    prepaymentFees: fees.toFixed(0),
    netSaving: interestSaved.minus(fees).toFixed(0),
  };
}
