import type { Ineligibility } from './catalogue';
import type { RefinanceApplicationEntity } from './refinancing.entity';
import type { RefinanceApplicationStatus } from './refinancing.enums';

// Expected outcomes (returned, not thrown); each message names the figures involved.

export type NotEligibleReason =
  Ineligibility | 'LOAN_NOT_ACTIVE' | 'AMOUNT_BELOW_BALANCE' | 'TERM_OUT_OF_RANGE';

export class RefinanceNotEligible {
  readonly code = 'REFINANCE_NOT_ELIGIBLE';
  constructor(
    readonly reason: NotEligibleReason,
    readonly message: string,
  ) {}
}

export class RefinanceApplicationExists {
  readonly code = 'REFINANCE_APPLICATION_EXISTS';
  readonly message: string;
  constructor(readonly existing: RefinanceApplicationEntity) {
    this.message = `The loan already has an open refinance application (${existing.status}): withdraw or finish it first`;
  }
}

export class IllegalRefinanceTransition {
  readonly code = 'ILLEGAL_REFINANCE_TRANSITION';
  readonly message: string;
  constructor(
    readonly from: RefinanceApplicationStatus,
    readonly to: RefinanceApplicationStatus,
    readonly allowed: RefinanceApplicationStatus[],
  ) {
    this.message =
      `A ${from} application cannot become ${to}; ` +
      (allowed.length ? `you may move it to ${allowed.join(', ')}` : 'you cannot move it any further');
  }
}

export class RefinanceVersionConflict {
  readonly code = 'REFINANCE_VERSION_CONFLICT';
  readonly message: string;
  constructor(
    readonly expectedVersion: number,
    readonly currentVersion: number,
    readonly currentStatus: RefinanceApplicationStatus,
  ) {
    this.message = `The application changed meanwhile (version ${expectedVersion} → ${currentVersion}, now ${currentStatus}): nothing was changed; reload and retry`;
  }
}
