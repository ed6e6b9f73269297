import Decimal from 'decimal.js';
import { addDays, addMonths, daysBetween, isLeapYear } from '../../common/dates';
import { createRng, Rng } from '../../common/random';
import { InterestConvention, RepaymentKind, RepaymentMethod } from './loan.enums';
import {
  allocatePayment,
  arrearsOf,
  dueOn,
  LedgerEntry,
  LedgerTerms,
  paidAhead,
  payoff,
  penaltyDue,
  prepaymentInterest,
  replayLedger,
  reprocessLater,
} from './loan-ledger';

// Properties over seeded random loans and random event sequences (instalments paid on time, late or partly,
// prepayments, a payoff), driven through the same pure functions RepaymentService uses:
// - Σ allocations = Σ payments, and the principal repaid is exactly the principal lent;
// - interest charged = interest accrued on the balance actually outstanding, computed here day by day and
//   independently of the ledger (truncation may keep back less than a won per charge, never add one);
// - an "as of" view is unchanged by transactions valued after it.

type Entry = LedgerEntry & { penaltyAmount: string };

const rules = { config: {} };

function randomLoan(rng: Rng): LedgerTerms {
  const method = rng.pick(Object.values(RepaymentMethod));
  const termMonths = rng.int(3, 48);
  return {
    principal: String(rng.int(1_000, 500_000) * 1_000),
    annualRate: (rng.int(150, 1_500) / 10_000).toFixed(4),
    termMonths,
    graceMonths: method === RepaymentMethod.BULLET ? 0 : rng.chance(0.2) ? rng.int(1, termMonths - 1) : 0,
    repaymentMethod: method,
    disbursedOn: addDays('2023-01-01', rng.int(0, 1_000)),
    interestConvention: rng.pick(Object.values(InterestConvention)),
  };
}

interface Story {
  loan: LedgerTerms;
  entries: Entry[];
  /** Arrears snapshots taken while the story was written, before anything later was recorded. */
  snapshots: { asOf: string; arrears: ReturnType<typeof arrearsOf> }[];
  late: boolean;
}

/** Writes a loan's history: each month pay on time, miss, pay part late, or prepay; sometimes pay off. */
function story(rng: Rng, { allowLate }: { allowLate: boolean }): Story {
  const loan = { ...randomLoan(rng) };
  const entries: Entry[] = [];
  const snapshots: Story['snapshots'] = [];
  const replay = (asOf?: string) => replayLedger(loan, [], entries, undefined, { asOf });
  const arrears = (day: string) => arrearsOf({ loan, rateChanges: [], state: replay(day), ...rules }, day);
  let late = false;
  let last = loan.disbursedOn;
  const payOff = rng.chance(0.7) ? rng.int(1, loan.termMonths) : null;
  for (let k = 1; k <= loan.termMonths; k++) {
    const due = addMonths(loan.disbursedOn, k);
    const start = addMonths(loan.disbursedOn, k - 1);
    if (payOff === k) {
      const day = addDays(start, rng.int(1, Math.max(1, daysBetween(start, due))));
      if (day < last) break;
      const state = replay();
      const penalty = penaltyDue({ loan, rateChanges: [], state, ...rules }, day);
      const q = payoff(loan, state, day, penalty);
      entries.push({
        kind: RepaymentKind.FULL,
        paidOn: day,
        principalAmount: q.principal.toFixed(0),
        interestAmount: q.interest.toFixed(0),
        penaltyAmount: q.penalty.toFixed(0),
      });
      return { loan, entries, snapshots, late };
    }
    const action = rng.weighted<'ON_TIME' | 'MISS' | 'PREPAY'>([
      ['ON_TIME', 6],
      ['MISS', allowLate ? 2 : 0],
      ['PREPAY', 1],
    ]);
    if (action === 'PREPAY') {
      const day = addDays(start, rng.int(1, daysBetween(start, due)));
      const state = replay();
      const overdue = arrears(day).overdueAmount !== '0';
      const prepaid = state.outstanding.times(rng.float() * 0.6).floor();
      const allowed = !overdue && !paidAhead(state, day) && day >= last;
      if (allowed && prepaid.gt(0) && prepaid.lt(state.outstanding)) {
        entries.push({
          kind: RepaymentKind.PREPAYMENT,
          paidOn: day,
          principalAmount: prepaid.toFixed(0),
          interestAmount: prepaymentInterest(loan, state, prepaid, day).toFixed(0),
          penaltyAmount: '0',
        });
        last = day;
      }
    }
    if (action === 'MISS') {
      late = true;
      // Pay some of what is owed 5–40 days late (never past the next due date's month end).
      const day = addDays(due, rng.int(5, 40));
      snapshots.push({ asOf: addDays(day, -1), arrears: arrears(addDays(day, -1)) });
      const state = replay();
      const penalty = penaltyDue({ loan, rateChanges: [], state, ...rules }, day);
      const d = dueOn(state, day, penalty);
      const max = penalty.plus(d.due).plus(d.current);
      const amount = Decimal.min(max, max.times(rng.float()).ceil().plus(1));
      const a = allocatePayment(state, amount, day, penalty);
      entries.push({
        kind: RepaymentKind.PARTIAL,
        paidOn: day,
        principalAmount: a.principal.toFixed(0),
        interestAmount: a.interest.toFixed(0),
        penaltyAmount: a.penalty.toFixed(0),
      });
      last = day;
      k += daysBetween(due, day) > 28 ? 1 : 0;
      continue;
    }
    // On time: everything due on the due date (penalty, arrears, the instalment).
    if (due < last) continue;
    const state = replay();
    const penalty = penaltyDue({ loan, rateChanges: [], state, ...rules }, due);
    const d = dueOn(state, due, penalty);
    const amount = penalty.plus(d.due);
    if (amount.isZero()) continue;
    const a = allocatePayment(state, amount, due, penalty);
    entries.push({
      kind: RepaymentKind.REGULAR,
      paidOn: due,
      principalAmount: a.principal.toFixed(0),
      interestAmount: a.interest.toFixed(0),
      penaltyAmount: a.penalty.toFixed(0),
    });
    last = due;
  }
  return { loan, entries, snapshots, late };
}

/** Interest accrued on the balance actually outstanding, day by day, under the loan's convention. */
function accruedIndependently(loan: LedgerTerms, entries: readonly Entry[], until: string): Decimal {
  const rate = new Decimal(loan.annualRate);
  let balance = new Decimal(loan.principal);
  let total = new Decimal(0);
  let e = 0;
  for (let k = 1; ; k++) {
    const start = addMonths(loan.disbursedOn, k - 1);
    const due = addMonths(loan.disbursedOn, k);
    const periodDays = daysBetween(start, due);
    for (let day = start; day < due; day = addDays(day, 1)) {
      while (e < entries.length && entries[e].paidOn <= day)
        balance = balance.minus(entries[e++].principalAmount);
      if (day >= until || balance.isZero()) return total;
      total = total.plus(
        loan.interestConvention === InterestConvention.MONTHLY
          ? balance.times(rate).div(12 * periodDays)
          : balance.times(rate).div(isLeapYear(+day.slice(0, 4)) ? 366 : 365),
      );
    }
  }
}

const sumOf = (entries: readonly Entry[], part: 'principalAmount' | 'interestAmount' | 'penaltyAmount') =>
  entries.reduce((s, e) => s.plus(e[part]), new Decimal(0));

describe('loan ledger — properties over seeded random loans and event sequences', () => {
  const rng = createRng('loan-ledger-properties');

  it('Σ allocations = Σ payments, and a paid-off loan repaid exactly its principal', () => {
    for (let i = 0; i < 150; i++) {
      const s = story(rng.fork(`sum-${i}`), { allowLate: true });
      const state = replayLedger(s.loan, [], s.entries);
      const paidToInstalments = s.entries
        .filter((e) => e.kind === RepaymentKind.REGULAR || e.kind === RepaymentKind.PARTIAL)
        .reduce((sum, e) => sum.plus(e.principalAmount).plus(e.interestAmount), new Decimal(0));
      const allocated = state.schedule.reduce(
        (sum, _row, j) => sum.plus(state.interestPaid[j]).plus(state.principalPaid[j]),
        new Decimal(0),
      );
      if (!state.closed) expect(allocated.toFixed(0)).toBe(paidToInstalments.toFixed(0));
      expect(state.penaltyCollected.toFixed(0)).toBe(sumOf(s.entries, 'penaltyAmount').toFixed(0));
      expect(state.outstanding.toFixed(0)).toBe(
        state.closed
          ? '0'
          : new Decimal(s.loan.principal).minus(sumOf(s.entries, 'principalAmount')).toFixed(0),
      );
      if (state.closed) expect(sumOf(s.entries, 'principalAmount').toFixed(0)).toBe(s.loan.principal);
      // The schedule still repays exactly what is outstanding plus what it has received as principal.
      const scheduled = state.schedule.reduce((sum, r) => sum.plus(r.principal), new Decimal(0));
      const prepaid = s.entries
        .filter((e) => e.kind === RepaymentKind.PREPAYMENT)
        .reduce((sum, e) => sum.plus(e.principalAmount), new Decimal(0));
      expect(scheduled.plus(prepaid).toFixed(0)).toBe(s.loan.principal);
    }
  });

  it('interest charged = interest accrued on the balance outstanding (paid on time, prepayments, payoff)', () => {
    let checked = 0;
    for (let i = 0; i < 150; i++) {
      const s = story(rng.fork(`accrual-${i}`), { allowLate: false });
      const full = s.entries.at(-1);
      if (!full || full.kind !== RepaymentKind.FULL) continue;
      const charged = sumOf(s.entries, 'interestAmount');
      const accrued = accruedIndependently(s.loan, s.entries.slice(0, -1), full.paidOn);
      // One truncation per charge at most: every instalment, prepayment and the payoff.
      const charges = s.loan.termMonths + s.entries.length + 1;
      expect(charged.lte(accrued.plus('0.000001'))).toBe(true);
      expect(accrued.minus(charged).lt(charges)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('an as-of view is unchanged by transactions valued after it', () => {
    let checked = 0;
    for (let i = 0; i < 80; i++) {
      const s = story(rng.fork(`as-of-${i}`), { allowLate: true });
      for (const snap of s.snapshots) {
        const state = replayLedger(s.loan, [], s.entries, undefined, { asOf: snap.asOf });
        expect(arrearsOf({ loan: s.loan, rateChanges: [], state, ...rules }, snap.asOf)).toEqual(
          snap.arrears,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it("stored allocation rows: each transaction's rows add up to its parts (instalments, prepayments, payoffs)", () => {
    let rows = 0;
    for (let i = 0; i < 50; i++) {
      const s = story(rng.fork(`allocations-${i}`), { allowLate: true });
      const state = replayLedger(s.loan, [], s.entries);
      s.entries.forEach((e, k) => {
        const of = (part: string) =>
          state.allocations
            .filter((a) => a.entry === k && a.part === part)
            .reduce((sum, a) => sum.plus(a.amount), new Decimal(0))
            .toFixed(0);
        expect([of('PRINCIPAL'), of('INTEREST'), of('PENALTY')]).toEqual([
          new Decimal(e.principalAmount).toFixed(0),
          new Decimal(e.interestAmount).toFixed(0),
          new Decimal(e.penaltyAmount).toFixed(0),
        ]);
      });
      for (const a of state.allocations) {
        expect(new Decimal(a.amount).gt(0)).toBe(true);
        if (a.installmentNumber !== null)
          expect(a.installmentNumber).toBeLessThanOrEqual(state.schedule.length);
      }
      rows += state.allocations.length;
    }
    expect(rows).toBeGreaterThan(300);
  });

  it('a back-dated payment then reprocessing later ones = recording them in value-date order', () => {
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const r = rng.fork(`backdated-${i}`);
      const loan = { ...randomLoan(r), repaymentMethod: RepaymentMethod.LEVEL_PAYMENT, graceMonths: 0 };
      const months = Math.min(loan.termMonths - 1, 6);
      if (months < 2) continue;
      const payments = Array.from({ length: months }, (_x, k) => ({
        paidOn: addDays(addMonths(loan.disbursedOn, k + 1), r.int(0, 20)),
      }));
      // Value-date order: each payment settles half of what is due on its day (never more).
      const settleOn = (entries: Entry[], day: string, amount?: Decimal) => {
        const state = replayLedger(loan, [], entries);
        const penalty = penaltyDue({ loan, rateChanges: [], state, ...rules }, day);
        const d = dueOn(state, day, penalty);
        const paid = amount ?? penalty.plus(d.due).plus(d.current).times(0.5).floor();
        const a = allocatePayment(state, paid, day, penalty);
        return {
          kind: RepaymentKind.PARTIAL,
          paidOn: day,
          principalAmount: a.principal.toFixed(0),
          interestAmount: a.interest.toFixed(0),
          penaltyAmount: a.penalty.toFixed(0),
        };
      };
      const inOrder: Entry[] = [];
      for (const p of payments) inOrder.push(settleOn(inOrder, p.paidOn));
      const amountOf = (e: Entry) =>
        new Decimal(e.principalAmount).plus(e.interestAmount).plus(e.penaltyAmount);
      // Recorded without payment k, then payment k arrives back-dated with the same amount.
      const k = r.int(0, months - 2);
      const without: Entry[] = [];
      for (const [j, e] of inOrder.entries()) {
        if (j !== k) without.push(settleOn(without, e.paidOn, amountOf(e)));
      }
      const prior = without.filter((e) => e.paidOn <= inOrder[k].paidOn);
      const later = without.filter((e) => e.paidOn > inOrder[k].paidOn);
      const back = settleOn(prior, inOrder[k].paidOn, amountOf(inOrder[k]));
      const state = replayLedger(loan, [], [...prior, back]);
      const result = reprocessLater(
        { loan, rateChanges: [], state, ...rules },
        later.map((e) => ({ ...e, amount: amountOf(e).toFixed(0) })),
      );
      if ('conflict' in result) throw new Error('a payment in value-date order cannot conflict');
      const reprocessed = result.reallocations.map((a) => ({
        kind: RepaymentKind.PARTIAL,
        paidOn: later[a.index].paidOn,
        principalAmount: a.principal.toFixed(0),
        interestAmount: a.interest.toFixed(0),
        penaltyAmount: a.penalty.toFixed(0),
      }));
      expect([...prior, back, ...reprocessed]).toEqual(inOrder);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });
});

describe('penalty interest a payment collects (지연손해금: from the day after the due date up to and including the day paid)', () => {
  // 12,000,000 at 6 %, BULLET, MONTHLY, disbursed 2025-01-10: instalment 1 = 60,000 interest due Monday 2025-02-10,
  // missed. The penalty rate is 6 % + 3 %p = 9 %; the published formula is 연체금액 × 연체이자율 × 연체일수 ÷ 365
  // with 연체일수 = payment date − due date.
  const loan: LedgerTerms = {
    principal: '12000000',
    annualRate: '0.06',
    termMonths: 12,
    graceMonths: 0,
    repaymentMethod: RepaymentMethod.BULLET,
    disbursedOn: '2025-01-10',
    interestConvention: InterestConvention.MONTHLY,
  };
  const owedOn = (day: string, entries: Entry[] = []) =>
    penaltyDue({ loan, rateChanges: [], state: replayLedger(loan, [], entries), ...rules }, day).toFixed(0);
  const formula = (days: number) => new Decimal(60000).times('0.09').times(days).div(365).floor().toFixed(0);

  it.each([
    ['2025-02-10', 0], // the due date itself: on time
    ['2025-02-11', 1], // a day late: one day (60,000 × 0.09 × 1 ÷ 365 = 14.79 → 14)
    ['2025-02-15', 5],
    ['2025-03-09', 27],
  ])('paid on %s: %i day(s) of penalty, as the formula gives', (day, days) => {
    expect(owedOn(day)).toBe(formula(days));
    // And what delinquency(asOf: that day) shows as owed before the payment.
    const arrears = arrearsOf({ loan, rateChanges: [], state: replayLedger(loan, [], []), ...rules }, day);
    expect(arrears.penaltyInterest).toBe(formula(days));
  });

  it('a payment stops the penalty from the next day: nothing of its own day is owed after it', () => {
    const state = replayLedger(loan, [], []);
    const day = '2025-02-15';
    const penalty = penaltyDue({ loan, rateChanges: [], state, ...rules }, day);
    const a = allocatePayment(state, penalty.plus(60000), day, penalty);
    const paid: Entry[] = [
      {
        kind: RepaymentKind.REGULAR,
        paidOn: day,
        principalAmount: a.principal.toFixed(0),
        interestAmount: a.interest.toFixed(0),
        penaltyAmount: a.penalty.toFixed(0),
      },
    ];
    expect(a.penalty.toFixed(0)).toBe(formula(5));
    const after = (asOf: string) =>
      arrearsOf({ loan, rateChanges: [], state: replayLedger(loan, [], paid), ...rules }, asOf);
    expect(after(day)).toMatchObject({
      overdueAmount: '0',
      penaltyInterest: '0',
      penaltyCollected: formula(5),
    });
    expect(after('2025-02-20')).toMatchObject({ penaltyInterest: '0', penaltyAccrued: formula(5) });
    expect(owedOn('2025-02-16', paid)).toBe('0');
  });
});
