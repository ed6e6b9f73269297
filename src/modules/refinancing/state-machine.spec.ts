import { Role } from '../../common/context';
import { RefinanceApplicationStatus as S } from './refinancing.enums';
import { allowedTransitions, checkTransition, isTerminal, TRANSITIONS } from './state-machine';

describe('refinance application state machine', () => {
  it('has exactly the agreed edges, each with its roles', () => {
    const edges = (Object.keys(TRANSITIONS) as S[]).flatMap((from) =>
      Object.entries(TRANSITIONS[from]).map(([to, roles]) => `${from}->${to}:${roles.join('|')}`),
    );
    expect(edges.sort()).toEqual(
      [
        'SUBMITTED->REVIEWING:ANALYST|ADMIN',
        'SUBMITTED->WITHDRAWN:CUSTOMER',
        'SUBMITTED->CANCELLED:ANALYST|ADMIN',
        'REVIEWING->APPROVED:ANALYST|ADMIN',
        'REVIEWING->REJECTED:ANALYST|ADMIN',
        'REVIEWING->WITHDRAWN:CUSTOMER',
        'REVIEWING->CANCELLED:ANALYST|ADMIN',
        'APPROVED->DISBURSED:ADMIN',
        'APPROVED->CANCELLED:ANALYST|ADMIN',
      ].sort(),
    );
  });

  it('accepts the happy path for staff', () => {
    expect(checkTransition(S.SUBMITTED, S.REVIEWING, Role.ANALYST)).toEqual({ ok: true });
    expect(checkTransition(S.REVIEWING, S.APPROVED, Role.ANALYST)).toEqual({ ok: true });
    expect(checkTransition(S.APPROVED, S.DISBURSED, Role.ADMIN)).toEqual({ ok: true });
  });

  it('refuses an edge that does not exist and lists what the role may do instead', () => {
    expect(checkTransition(S.SUBMITTED, S.APPROVED, Role.ADMIN)).toEqual({
      ok: false,
      reason: 'ILLEGAL',
      allowed: [S.REVIEWING, S.CANCELLED],
    });
    expect(checkTransition(S.DISBURSED, S.CANCELLED, Role.ADMIN)).toEqual({
      ok: false,
      reason: 'ILLEGAL',
      allowed: [],
    });
    // A customer cannot withdraw after the decision.
    expect(checkTransition(S.APPROVED, S.WITHDRAWN, Role.CUSTOMER)).toEqual({
      ok: false,
      reason: 'ILLEGAL',
      allowed: [],
    });
  });

  it('separates an existing edge that belongs to another role', () => {
    expect(checkTransition(S.REVIEWING, S.APPROVED, Role.CUSTOMER)).toEqual({
      ok: false,
      reason: 'NOT_YOUR_TRANSITION',
      allowed: [S.WITHDRAWN],
    });
    expect(checkTransition(S.SUBMITTED, S.WITHDRAWN, Role.ADMIN).ok).toBe(false);
    expect(checkTransition(S.APPROVED, S.DISBURSED, Role.ANALYST)).toEqual({
      ok: false,
      reason: 'NOT_YOUR_TRANSITION',
      allowed: [S.CANCELLED],
    });
  });

  it('knows the terminal states', () => {
    expect([S.REJECTED, S.DISBURSED, S.WITHDRAWN, S.CANCELLED].every(isTerminal)).toBe(true);
    expect([S.SUBMITTED, S.REVIEWING, S.APPROVED].some(isTerminal)).toBe(false);
    expect(allowedTransitions(S.REVIEWING, Role.ANALYST)).toEqual([S.APPROVED, S.REJECTED, S.CANCELLED]);
    expect(allowedTransitions(S.REVIEWING, Role.CUSTOMER)).toEqual([S.WITHDRAWN]);
  });
});
