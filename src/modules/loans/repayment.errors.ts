import type { RepaymentEntity } from './loan.entity';
import type { RepaymentKind } from './loan.enums';

export type RepaymentRefusalCode =
  | 'LOAN_NOT_ACTIVE'
  | 'REPAYMENT_TOO_SMALL'
  | 'REPAYMENT_EXCEEDS_DUE'
  | 'PREPAYMENT_WHILE_OVERDUE'
  | 'PREPAYMENT_AFTER_EARLY_PAYMENT'
  | 'REPAYMENT_BACKDATED';

// Expected outcomes of recording a repayment (returned, not thrown); each names the figures involved.
export class RepaymentRefused {
  constructor(
    readonly code: RepaymentRefusalCode,
    readonly message: string,
    readonly details: {
      /** REPAYMENT_EXCEEDS_DUE: the most this kind of payment may be on that day. */
      maxAmount?: string;
      /** REPAYMENT_EXCEEDS_DUE: the kind that takes the rest (PREPAYMENT beyond what is due, FULL to pay off). */
      suggestedKind?: RepaymentKind;
      /** PREPAYMENT_WHILE_OVERDUE: overdue instalments + penalty interest to settle first. */
      overdueAmount?: string;
      /** REPAYMENT_BACKDATED: the latest value date already recorded. */
      latestValueDate?: string;
    } = {},
  ) {}
}

/** The idempotency key was used before for a different payment (kind, amount or date): nothing was recorded. */
export class DuplicateRepayment {
  readonly code = 'DUPLICATE_IDEMPOTENCY_KEY';
  readonly message: string;
  constructor(readonly existing: RepaymentEntity) {
    this.message = `Idempotency key "${existing.idempotencyKey}" was already used for a different payment (${existing.kind} of ${existing.amount} on ${existing.paidOn}): nothing was recorded`;
  }
}
