import { Role } from '../../common/context';
import { RefinanceApplicationStatus as S } from './refinancing.enums';

// The refinance-application state machine as data (pure: no I/O). Each edge names the roles that may take it:
// the borrowing customer withdraws before a decision; staff (ANALYST, ADMIN) review, decide and cancel; only an
// ADMIN disburses, because disbursement books a loan and records the old loan's payoff — writes the loans
// module reserves for administrators (createLoan, recordRepayment: analysts are read-only there).
//
//   SUBMITTED → REVIEWING → APPROVED → DISBURSED
//        │           ├────→ REJECTED
//        ├───────────┴─→ WITHDRAWN (customer, before a decision)
//        └── … APPROVED ─→ CANCELLED (staff, any time before disbursement)

const STAFF = [Role.ANALYST, Role.ADMIN] as const;
const CUSTOMER = [Role.CUSTOMER] as const;

export const TRANSITIONS: Readonly<Record<S, Readonly<Partial<Record<S, readonly Role[]>>>>> = Object.freeze({
  [S.SUBMITTED]: { [S.REVIEWING]: STAFF, [S.WITHDRAWN]: CUSTOMER, [S.CANCELLED]: STAFF },
  [S.REVIEWING]: {
    [S.APPROVED]: STAFF,
    [S.REJECTED]: STAFF,
    [S.WITHDRAWN]: CUSTOMER,
    [S.CANCELLED]: STAFF,
  },
  [S.APPROVED]: { [S.DISBURSED]: [Role.ADMIN], [S.CANCELLED]: STAFF },
  [S.REJECTED]: {},
  [S.DISBURSED]: {},
  [S.WITHDRAWN]: {},
  [S.CANCELLED]: {},
});

/** Statuses reachable from `from` in one step by this role. */
export function allowedTransitions(from: S, role: Role): S[] {
  return (Object.entries(TRANSITIONS[from]) as [S, readonly Role[]][])
    .filter(([, roles]) => roles.includes(role))
    .map(([to]) => to);
}

export type TransitionCheck =
  | { ok: true }
  /** No such edge from `from` (for anyone): the state machine refuses. */
  | { ok: false; reason: 'ILLEGAL'; allowed: S[] }
  /** The edge exists but belongs to another role (a customer approving, staff withdrawing, an analyst disbursing). */
  | { ok: false; reason: 'NOT_YOUR_TRANSITION'; allowed: S[] };

export function checkTransition(from: S, to: S, role: Role): TransitionCheck {
  const allowed = allowedTransitions(from, role);
  const roles = TRANSITIONS[from][to];
  if (roles === undefined) return { ok: false, reason: 'ILLEGAL', allowed };
  if (!roles.includes(role)) return { ok: false, reason: 'NOT_YOUR_TRANSITION', allowed };
  return { ok: true };
}

export function isTerminal(status: S): boolean {
  return Object.keys(TRANSITIONS[status]).length === 0;
}
