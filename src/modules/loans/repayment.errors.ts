import type { RepaymentEntity } from './loan.entity';

// Expected outcomes of recording a repayment (returned, not thrown); each names the figures involved.
export class RepaymentRefused {
  constructor(
    readonly code: 'LOAN_NOT_ACTIVE' | 'REPAYMENT_TOO_SMALL' | 'REPAYMENT_EXCEEDS_DUE',
    readonly message: string,
  ) {}
}

export class DuplicateRepayment {
  readonly code = 'DUPLICATE_IDEMPOTENCY_KEY';
  readonly message: string;
  constructor(readonly existing: RepaymentEntity) {
    this.message = `Idempotency key "${existing.idempotencyKey}" was already used on ${existing.paidOn}: nothing was recorded again`;
  }
}
