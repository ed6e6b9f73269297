import { Field, ID, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Money, { description: 'Applied to interest.' })
  interest!: Money;

  @Field(() => Money, { description: 'Fees (e.g. the prepayment fee).' })
  fee!: Money;

  @Field(() => String, {
    nullable: true,
    description: 'The dated prepayment-fee rule set the fee was computed with.',
  })
  feeRuleSet!: string | null;

  @Field(() => Money, { description: 'Principal outstanding afterwards.' })
  balanceAfter!: Money;

  @Field({ description: 'When it was recorded.' })
  createdAt!: Date;
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
export const RepaymentExceedsDueError = errorType(
  'RepaymentExceedsDueError',
  'The amount is more than this kind of payment may settle (e.g. more than everything still due: use FULL).',
);
export const RepaymentTooSmallError = errorType(
  'RepaymentTooSmallError',
  'A REGULAR payment must cover the next instalment, and a FULL payment the whole payoff amount.',
);

@ObjectType('DuplicateRepaymentError', {
  implements: ErrorResult,
  description:
    'The idempotency key was used before: nothing was recorded again; the first repayment is returned.',
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
}
