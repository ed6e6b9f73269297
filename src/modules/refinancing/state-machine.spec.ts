import { Role } from '../../common/context';
import { RefinanceApplicationStatus as S } from './refinancing.enums';
import { actorOf, allowedTransitions, checkTransition, isTerminal, TRANSITIONS } from './state-machine';

describe('refinance application state machine', () => {
  it('has exactly the agreed edges, each with its actor', () => {
    const edges = (Object.keys(TRANSITIONS) as S[]).flatMap((from) =>
      Object.entries(TRANSITIONS[from]).map(([to, who]) => `${from}->${to}:${who}`),
    );
    expect(edges.sort()).toEqual(
      [
        'SUBMITTED->REVIEWING:STAFF',
        'SUBMITTED->WITHDRAWN:CUSTOMER',
        'SUBMITTED->CANCELLED:STAFF',
        'REVIEWING->APPROVED:STAFF',
        'REVIEWING->REJECTED:STAFF',
        'REVIEWING->WITHDRAWN:CUSTOMER',
        'REVIEWING->CANCELLED:STAFF',
        'APPROVED->DISBURSED:STAFF',
        'APPROVED->CANCELLED:STAFF',
      ].sort(),
    );
  });

  it('accepts the happy path for staff', () => {
    expect(checkTransition(S.SUBMITTED, S.REVIEWING, 'STAFF')).toEqual({ ok: true });
    expect(checkTransition(S.REVIEWING, S.APPROVED, 'STAFF')).toEqual({ ok: true });
    expect(checkTransition(S.APPROVED, S.DISBURSED, 'STAFF')).toEqual({ ok: true });
  });

  it('refuses an edge that does not exist and lists what the actor may do instead', () => {
    expect(checkTransition(S.SUBMITTED, S.APPROVED, 'STAFF')).toEqual({
      ok: false,
      reason: 'ILLEGAL',
      allowed: [S.REVIEWING, S.CANCELLED],
    });
    expect(checkTransition(S.DISBURSED, S.CANCELLED, 'STAFF')).toEqual({
      ok: false,
      reason: 'ILLEGAL',
      allowed: [],
    });
    // A customer cannot withdraw after the decision.
    expect(checkTransition(S.APPROVED, S.WITHDRAWN, 'CUSTOMER')).toEqual({
      ok: false,
      reason: 'ILLEGAL',
      allowed: [],
    });
  });

  it('separates an existing edge that belongs to the other party', () => {
    expect(checkTransition(S.REVIEWING, S.APPROVED, 'CUSTOMER')).toEqual({
      ok: false,
      reason: 'NOT_YOUR_TRANSITION',
      allowed: [S.WITHDRAWN],
    });
    expect(checkTransition(S.SUBMITTED, S.WITHDRAWN, 'STAFF').ok).toBe(false);
  });

  it('knows the terminal states and maps roles to actors', () => {
    expect([S.REJECTED, S.DISBURSED, S.WITHDRAWN, S.CANCELLED].every(isTerminal)).toBe(true);
    expect([S.SUBMITTED, S.REVIEWING, S.APPROVED].some(isTerminal)).toBe(false);
    expect(actorOf(Role.CUSTOMER)).toBe('CUSTOMER');
    expect(actorOf(Role.ANALYST)).toBe('STAFF');
    expect(actorOf(Role.ADMIN)).toBe('STAFF');
    expect(allowedTransitions(S.REVIEWING, 'STAFF')).toEqual([S.APPROVED, S.REJECTED, S.CANCELLED]);
  });
});
