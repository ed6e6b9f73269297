import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { connectionTypes, ErrorResult, Money } from '../../common/graphql/types';
import { RepaymentKind } from './loan.enums';

@ObjectType('Installment', { description: 'One instalment of a loan schedule.' })
export class InstallmentType {
  @Field(() => Int, { description: 'Instalment number, from 1.' })
  number!: number;

  @Field(() => LocalDateResolver, { description: 'Due date.' })
  dueDate!: string;

  @Field(() => Money, { description: 'Principal part.' })
  principal!: Money;

  @Field(() => Money, { description: 'Interest part.' })
  interest!: Money;

  @Field(() => Money, { description: 'Total due: principal + interest.' })
  payment!: Money;

  @Field(() => Money, { description: 'Principal outstanding after this instalment.' })
  remainingBalance!: Money;

  @Field({ description: 'Whether the instalment is fully paid.' })
  paid!: boolean;
}

export const { ConnectionType: InstallmentConnection } = connectionTypes('Installment', InstallmentType);

/** Which part of a payment an allocation row is. */
export enum AllocationPart {
  FEE = 'FEE',
  PENALTY = 'PENALTY',
  INTEREST = 'INTEREST',
  PRINCIPAL = 'PRINCIPAL',
}

registerEnumType(AllocationPart, {
  name: 'AllocationPart',
  description: 'A part of a payment, in the order it is settled (비용 → 연체이자 → 이자 → 원금).',
  valuesConfig: {
    FEE: { description: 'Costs (비용), e.g. the prepayment fee.' },
    PENALTY: { description: 'Penalty interest (연체이자).' },
    INTEREST: { description: 'Interest (이자).' },
    PRINCIPAL: { description: 'Principal (원금).' },
  },
});

@ObjectType('RepaymentAllocation', {
  description:
    'One allocation row of a repayment, stored in the transaction that recorded (or reprocessed) it: a part and the instalment it settled.',
})
export class RepaymentAllocationType {
  @Field(() => AllocationPart, { description: 'Which part of the payment.' })
  part!: AllocationPart;

  @Field(() => Int, {
    nullable: true,
    description:
      'The instalment it settled; null for costs, penalty interest (accrued on the overdue total) and principal prepaid or paid off beyond the instalments.',
  })
  installmentNumber!: number | null;

  @Field(() => Money, { description: 'Amount allocated.' })
  amount!: Money;
}

@ObjectType('Repayment', { description: 'A payment recorded against a loan.' })
export class RepaymentType {
  @Field(() => ID, { description: 'Id of the repayment.' })
  id!: string;

  @Field({ description: 'The idempotency key it was recorded with.' })
  idempotencyKey!: string;

  @Field(() => RepaymentKind, { description: 'How it was paid.' })
  kind!: RepaymentKind;

  @Field(() => LocalDateResolver, { description: 'Payment date.' })
  paidOn!: string;

  @Field(() => Money, { description: 'Total received.' })
  amount!: Money;

  @Field(() => Money, { description: 'Applied to principal.' })
  principal!: Money;

  @Field(() => Money, {
    description:
      'Applied to interest: of instalments (REGULAR, PARTIAL), accrued on the prepaid principal up to the value date (PREPAYMENT), or accrued to the payoff date (FULL).',
  })
  interest!: Money;

  @Field(() => Money, { description: 'Fees (e.g. the prepayment fee).' })
  fee!: Money;

  @Field(() => Money, {
    description:
      'Penalty interest (연체이자) collected — settled first, after costs, before interest and principal.',
  })
  penalty!: Money;

  @Field(() => String, {
    nullable: true,
    description: 'The dated prepayment-fee rule set the fee was computed with.',
  })
  feeRuleSet!: string | null;

  @Field(() => Money, { description: 'Principal outstanding afterwards.' })
  balanceAfter!: Money;

  @Field({ description: 'When it was recorded.' })
  createdAt!: Date;

  @Field(() => Int, {
    description:
      'Allocation revision: 0 as recorded, +1 each time a back-dated repayment reprocessed it (its amount never changes).',
  })
  revision!: number;
}

@ObjectType('ReprocessedRepayment', {
  description:
    'A repayment valued after a back-dated one, re-allocated when the back-dated one was recorded: its parts now and before.',
})
export class ReprocessedRepaymentType {
  @Field(() => RepaymentType, { description: 'The repayment as it stands now.' })
  repayment!: RepaymentType;

  @Field(() => Money, { description: 'Principal before the reprocessing.' })
  previousPrincipal!: Money;

  @Field(() => Money, { description: 'Interest before the reprocessing.' })
  previousInterest!: Money;

  @Field(() => Money, { description: 'Penalty interest before the reprocessing.' })
  previousPenalty!: Money;

  @Field(() => Money, { description: 'Principal outstanding after it, before the reprocessing.' })
  previousBalanceAfter!: Money;
}

function errorType(name: string, description: string) {
  @ObjectType(name, { implements: ErrorResult, description })
  class RepaymentErrorType implements ErrorResult {
    @Field({ description: 'Machine-readable code.' })
    code!: string;

    @Field({ description: 'Explanation with the figures.' })
    message!: string;
  }
  return RepaymentErrorType;
}

export const LoanNotActiveError = errorType(
  'LoanNotActiveError',
  'The loan is closed or written off: nothing more can be paid.',
);
@ObjectType('RepaymentExceedsDueError', {
  implements: ErrorResult,
  description:
    'The amount is more than this kind of payment may settle on its value date. A REGULAR or PARTIAL payment ' +
    'settles penalty interest and instalments due up to the current one, never interest that has not accrued: ' +
    'principal beyond that is a PREPAYMENT (suggestedKind).',
})
export class RepaymentExceedsDueError implements ErrorResult {
  @Field({ description: 'REPAYMENT_EXCEEDS_DUE' })
  code!: string;

  @Field({ description: 'Explanation with the figures.' })
  message!: string;

  @Field(() => Money, { nullable: true, description: 'The most this kind of payment may be on that day.' })
  maxAmount!: Money | null;

  @Field(() => RepaymentKind, {
    nullable: true,
    description:
      'The kind that takes the rest: PREPAYMENT for principal beyond what is due, FULL to pay off.',
  })
  suggestedKind!: RepaymentKind | null;
}

@ObjectType('PrepaymentWhileOverdueError', {
  implements: ErrorResult,
  description:
    'A PREPAYMENT is refused while instalments or penalty interest are overdue: settle them first (or pay off with FULL).',
})
export class PrepaymentWhileOverdueError implements ErrorResult {
  @Field({ description: 'PREPAYMENT_WHILE_OVERDUE' })
  code!: string;

  @Field({ description: 'Explanation with the figures.' })
  message!: string;

  @Field(() => Money, { description: 'Overdue instalments plus penalty interest on the value date.' })
  overdueAmount!: Money;
}

@ObjectType('RepaymentBackdatedError', {
  implements: ErrorResult,
  description:
    'A back-dated payment that cannot be accepted: a PREPAYMENT or FULL valued before a recorded repayment, any payment valued before a recorded PREPAYMENT or FULL, or one that would leave a later payment more than was due on its day.',
})
export class RepaymentBackdatedError implements ErrorResult {
  @Field({ description: 'REPAYMENT_BACKDATED' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => LocalDateResolver, {
    description: 'Value date of the recorded repayment that stands in the way.',
  })
  latestValueDate!: string;
}

export const PrepaymentAfterEarlyPaymentError = errorType(
  'PrepaymentAfterEarlyPaymentError',
  'A PREPAYMENT is refused while the instalment in progress has been paid toward before its due date (that payment ' +
    'already charged interest to the due date on the whole balance): prepay after the due date, or pay off with FULL.',
);
export const RepaymentTooSmallError = errorType(
  'RepaymentTooSmallError',
  'A REGULAR payment must cover the next instalment, and a FULL payment the whole payoff amount.',
);

@ObjectType('DuplicateRepaymentError', {
  implements: ErrorResult,
  description:
    'The idempotency key was used before for a different payment (kind, amount or date): nothing was recorded; the repayment recorded with the key is returned.',
})
export class DuplicateRepaymentError implements ErrorResult {
  @Field({ description: 'DUPLICATE_IDEMPOTENCY_KEY' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => RepaymentType, { description: 'The repayment recorded with this key.' })
  existing!: RepaymentType;
}

@ObjectType('RecordRepaymentPayload', { description: 'The recorded repayment and the loan after it.' })
export class RecordRepaymentPayload {
  @Field(() => RepaymentType, { description: 'The repayment.' })
  repayment!: RepaymentType;

  @Field(() => Money, { description: 'Principal outstanding now.' })
  balance!: Money;

  @Field(() => Int, { description: 'Instalments fully paid now.' })
  paidInstallments!: number;

  @Field({
    description:
      'True when the idempotency key was used before for this same payment: this is the first result, nothing was recorded again.',
  })
  replayed!: boolean;

  @Field(() => [ReprocessedRepaymentType], {
    description:
      'Repayments valued after this back-dated one that it re-allocated, in value-date order (empty when it is not back-dated or changed nothing).',
  })
  reprocessed!: ReprocessedRepaymentType[];
}

@ObjectType('PayoffQuote', {
  description:
    'What paying the loan off on a date takes — exactly the amount a FULL repayment valued that day must be.',
})
export class PayoffQuoteType {
  @Field(() => LocalDateResolver, { description: 'Value date of the payoff.' })
  asOf!: string;

  @Field(() => Money, { description: 'Outstanding principal.' })
  principal!: Money;

  @Field(() => Money, {
    description:
      "Interest: instalments due by the date and unpaid, plus the current period's interest accrued to the date under the loan's convention.",
  })
  interest!: Money;

  @Field(() => Money, {
    description:
      'Penalty interest (연체이자) accrued up to and including the date (from the day after each due date to the day of payment) and not yet collected.',
  })
  penaltyInterest!: Money;

  @Field(() => Money, { description: 'Prepayment fee (중도상환수수료) on the outstanding principal.' })
  prepaymentFee!: Money;

  @Field({ description: 'The dated prepayment-fee rule set used.' })
  prepaymentFeeRuleSet!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'The first day a prepayment carries no fee: the disbursement date + the rule set’s window (3 years). Null when the rule set has no fee rate for the loan’s kind and rate type (no fee at any time).',
  })
  prepaymentFeeEndsOn!: string | null;

  @Field(() => Money, {
    description: 'What paying off takes: principal + interest + penaltyInterest + prepaymentFee.',
  })
  total!: Money;
}
