import { Role } from '../../common/context';
import { RefinanceApplicationStatus as S } from './refinancing.enums';

// The refinance-application state machine as data (pure: no I/O). Each edge names who may take it:
// the borrowing customer withdraws before a decision; staff review, decide, disburse and cancel.
//
//   SUBMITTED → REVIEWING → APPROVED → DISBURSED
//        │           ├────→ REJECTED
//        ├───────────┴─→ WITHDRAWN (customer, before a decision)
//        └── … APPROVED ─→ CANCELLED (staff, any time before disbursement)

export type Actor = 'CUSTOMER' | 'STAFF';

export const TRANSITIONS: Readonly<Record<S, Readonly<Partial<Record<S, Actor>>>>> = Object.freeze({
  [S.SUBMITTED]: { [S.REVIEWING]: 'STAFF', [S.WITHDRAWN]: 'CUSTOMER', [S.CANCELLED]: 'STAFF' },
  [S.REVIEWING]: {
    [S.APPROVED]: 'STAFF',
    [S.REJECTED]: 'STAFF',
    [S.WITHDRAWN]: 'CUSTOMER',
    [S.CANCELLED]: 'STAFF',
  },
  [S.APPROVED]: { [S.DISBURSED]: 'STAFF', [S.CANCELLED]: 'STAFF' },
  [S.REJECTED]: {},
  [S.DISBURSED]: {},
  [S.WITHDRAWN]: {},
  [S.CANCELLED]: {},
});

export function actorOf(role: Role): Actor {
  return role === Role.CUSTOMER ? 'CUSTOMER' : 'STAFF';
}

/** Statuses reachable from `from` in one step by this actor. */
export function allowedTransitions(from: S, actor: Actor): S[] {
  return (Object.entries(TRANSITIONS[from]) as [S, Actor][])
    .filter(([, who]) => who === actor)
    .map(([to]) => to);
}

export type TransitionCheck =
  | { ok: true }
  /** No such edge from `from` (for anyone): the state machine refuses. */
  | { ok: false; reason: 'ILLEGAL'; allowed: S[] }
  /** The edge exists but belongs to the other party (e.g. a customer approving, staff withdrawing). */
  | { ok: false; reason: 'NOT_YOUR_TRANSITION'; allowed: S[] };

export function checkTransition(from: S, to: S, actor: Actor): TransitionCheck {
  const allowed = allowedTransitions(from, actor);
  const who = TRANSITIONS[from][to];
  if (who === undefined) return { ok: false, reason: 'ILLEGAL', allowed };
  if (who !== actor) return { ok: false, reason: 'NOT_YOUR_TRANSITION', allowed };
  return { ok: true };
}

export function isTerminal(status: S): boolean {
  return Object.keys(TRANSITIONS[status]).length === 0;
}
