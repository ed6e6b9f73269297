import { AppError } from '../../../common/errors';
import { RepaymentMethod } from '../loan.enums';
import { buildSchedule } from './amortization';
import {
  AmountDue,
  arrearsDatesFor,
  assessDelinquency,
  classifyAsset,
  duesFromSchedule,
  Repayment,
} from './delinquency';

// Calendar used below (2025): 01-10 Fri, 02-10 Mon, 03-10 Mon, 04-10 Thu. 03-03 is the substitute holiday
// for 삼일절 (03-01 fell on a Saturday).

const due = (dueDate: string, amount: string): AmountDue => ({ dueDate, amount });
const paid = (paidOn: string, amount: string): Repayment => ({ paidOn, amount });

describe('assessDelinquency — a worked example', () => {
  // 500,000 due on the 10th of Jan–Apr; January paid on time, 200,000 of February paid late on 02-20.
  const dues = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10'].map((d) => due(d, '500000'));
  const repayments = [paid('2025-01-10', '500000'), paid('2025-02-20', '200000')];

  it('as of 2025-03-05: February partly unpaid, 23 days late, short-term flagged', () => {
    // past due: Jan + Feb = 1,000,000; paid 700,000 → overdue 300,000. January is settled (500,000 ≤ 700,000),
    // February is not (1,000,000 > 700,000) → oldest unpaid 02-10; 02-10 → 03-05 = 18 + 5 = 23 days.
    // Business days after 02-10 up to 03-05: 4 (11–14) + 5 + 5 + 3 (03-03…05) = 17.
    // Overdue ≥ 100,000 without a break since 02-11 (500,000, then 300,000 from 02-20) → 17 ≥ 5: SHORT_TERM.
    // LONG_TERM would start on 02-10 + 3 months = 05-10.
    expect(assessDelinquency({ dues, repayments, asOf: '2025-03-05' })).toEqual({
      asOf: '2025-03-05',
      pastDueTotal: '1000000',
      paidTotal: '700000',
      overdueAmount: '300000',
      overdueInstallments: 1,
      oldestUnpaidDueDate: '2025-02-10',
      daysPastDue: 23,
      businessDaysPastDue: 17,
      assetClass: 'NORMAL',
      flags: ['SHORT_TERM'],
      shortTermOverdueSince: '2025-02-11',
      longTermFlagDate: '2025-05-10',
      penaltyRate: null, // no loan rate given
      penaltyInterest: '0',
    });
    const withHoliday = assessDelinquency(
      { dues, repayments, asOf: '2025-03-05' },
      { holidays: ['2025-03-03'] },
    );
    expect(withHoliday.businessDaysPastDue).toBe(16);
  });

  it('as of 2025-03-12: March is late too and February reaches 30 days (요주의)', () => {
    const status = assessDelinquency({ dues, repayments, asOf: '2025-03-12' });
    expect(status).toMatchObject({
      overdueAmount: '800000',
      overdueInstallments: 2,
      oldestUnpaidDueDate: '2025-02-10',
      daysPastDue: 30,
      assetClass: 'PRECAUTIONARY',
    });
  });

  it('an installment due on asOf is not late; payments after asOf have not happened yet', () => {
    expect(assessDelinquency({ dues, repayments, asOf: '2025-01-10' }).overdueAmount).toBe('0');
    const early = assessDelinquency({ dues, repayments, asOf: '2025-01-11' });
    expect(early).toMatchObject({ overdueAmount: '0', oldestUnpaidDueDate: null, daysPastDue: 0, flags: [] });
    const beforeLatePayment = assessDelinquency({ dues, repayments, asOf: '2025-02-19' });
    expect(beforeLatePayment).toMatchObject({ paidTotal: '500000', overdueAmount: '500000', daysPastDue: 9 });
  });

  it('money paid ahead covers later installments (oldest first)', () => {
    const status = assessDelinquency({
      dues: dues.slice(0, 2),
      repayments: [paid('2025-01-05', '1000000')],
      asOf: '2025-02-20',
    });
    expect(status).toMatchObject({
      overdueAmount: '0',
      oldestUnpaidDueDate: null,
      daysPastDue: 0,
      assetClass: 'NORMAL',
      flags: [],
      shortTermOverdueSince: null,
      longTermFlagDate: null,
    });
  });
});

describe('asset classification boundaries (defaults 30 / 90 / 180 / 360 days)', () => {
  it('classifies by days past due', () => {
    const table: [number, string][] = [
      [0, 'NORMAL'],
      [29, 'NORMAL'],
      [30, 'PRECAUTIONARY'],
      [89, 'PRECAUTIONARY'],
      [90, 'SUBSTANDARD'],
      [179, 'SUBSTANDARD'],
      [180, 'DOUBTFUL'],
      [359, 'DOUBTFUL'],
      [360, 'ESTIMATED_LOSS'],
      [2000, 'ESTIMATED_LOSS'],
    ];
    expect(table.map(([days]) => [days, classifyAsset(days)])).toEqual(table);
  });

  it('counts the days from the oldest unpaid due date (1,000,000 due 2025-01-10, never paid)', () => {
    const at = (asOf: string) => {
      const s = assessDelinquency({ dues: [due('2025-01-10', '1000000')], repayments: [], asOf });
      return [s.daysPastDue, s.assetClass];
    };
    expect(at('2025-02-08')).toEqual([29, 'NORMAL']);
    expect(at('2025-02-09')).toEqual([30, 'PRECAUTIONARY']); // 21 + 9
    expect(at('2025-04-09')).toEqual([89, 'PRECAUTIONARY']);
    expect(at('2025-04-10')).toEqual([90, 'SUBSTANDARD']); // 21 + 28 + 31 + 10
    expect(at('2025-07-08')).toEqual([179, 'SUBSTANDARD']);
    expect(at('2025-07-09')).toEqual([180, 'DOUBTFUL']); // 90 + 20 + 31 + 30 + 9
    expect(at('2026-01-04')).toEqual([359, 'DOUBTFUL']);
    expect(at('2026-01-05')).toEqual([360, 'ESTIMATED_LOSS']); // 365 − 5
  });

  it('takes other boundaries as configuration', () => {
    const boundaries = { precautionaryFromDays: 31, substandardFromDays: 91 };
    expect(classifyAsset(30, boundaries)).toBe('NORMAL');
    expect(classifyAsset(90, boundaries)).toBe('PRECAUTIONARY');
    expect(() => classifyAsset(10, { substandardFromDays: 20 })).toThrow(AppError); // below precautionary
  });
});

describe('credit-bureau SHORT_TERM: ≥ 100,000 won overdue for ≥ 5 business days', () => {
  const flagsOn = (asOf: string, amount = '150000', holidays: string[] = []) =>
    assessDelinquency({ dues: [due('2025-03-10', amount)], repayments: [], asOf }, { holidays }).flags;

  it('counts business days from the day after the due date', () => {
    expect(flagsOn('2025-03-14')).toEqual([]); // Tue–Fri: 4
    expect(flagsOn('2025-03-16')).toEqual([]); // the weekend adds nothing
    expect(flagsOn('2025-03-17')).toEqual(['SHORT_TERM']); // Monday: 5
  });

  it('skips holidays', () => {
    expect(flagsOn('2025-03-17', '150000', ['2025-03-12'])).toEqual([]);
    expect(flagsOn('2025-03-18', '150000', ['2025-03-12'])).toEqual(['SHORT_TERM']);
  });

  it('needs at least 100,000 won', () => {
    expect(flagsOn('2025-03-31', '99999')).toEqual([]);
    expect(flagsOn('2025-03-17', '100000')).toEqual(['SHORT_TERM']);
  });

  it('starts counting when the overdue amount reaches the threshold, not at the oldest due date', () => {
    // 60,000 due monthly, nothing paid: 60,000 overdue from 01-11 (below 100,000), 120,000 from 02-11.
    const dues = ['2025-01-10', '2025-02-10', '2025-03-10'].map((d) => due(d, '60000'));
    const on = (asOf: string) => assessDelinquency({ dues, repayments: [], asOf });
    expect(on('2025-02-14')).toMatchObject({
      daysPastDue: 35,
      assetClass: 'PRECAUTIONARY',
      shortTermOverdueSince: '2025-02-11',
      flags: [],
    });
    expect(on('2025-02-17').flags).toEqual(['SHORT_TERM']);
  });

  it('a payment that brings the amount under the threshold restarts the count', () => {
    // 150,000 due 03-10, 60,000 paid 03-13 → 90,000 (under 100,000); 150,000 more due 04-10 → 240,000 from 04-11.
    const dues = [due('2025-03-10', '150000'), due('2025-04-10', '150000')];
    const on = (asOf: string) => assessDelinquency({ dues, repayments: [paid('2025-03-13', '60000')], asOf });
    expect(on('2025-04-14')).toMatchObject({
      overdueAmount: '240000',
      oldestUnpaidDueDate: '2025-03-10',
      daysPastDue: 35,
      shortTermOverdueSince: '2025-04-11',
      flags: [], // business days 04-11, 04-14: 2
    });
    expect(on('2025-04-17').flags).toEqual(['SHORT_TERM']); // 11, 14, 15, 16, 17
  });
});

describe('credit-bureau LONG_TERM: 3 calendar months from the oldest unpaid due date', () => {
  // Calendar arithmetic only: due dates are not moved off weekends here (2024-11-30 is a Saturday).
  const on = (dueDate: string, asOf: string) =>
    assessDelinquency({ dues: [due(dueDate, '50000')], repayments: [], asOf }, { shiftDueDates: false });

  it('applies on the same day three months later, clamped to month end', () => {
    // 2024-11-30 + 3 months = 2025-02-28 (no 02-30): 31 + 31 + 28 = 90 days.
    expect(on('2024-11-30', '2025-02-27')).toMatchObject({ daysPastDue: 89, flags: [] });
    expect(on('2024-11-30', '2025-02-28')).toMatchObject({
      daysPastDue: 90,
      assetClass: 'SUBSTANDARD',
      longTermFlagDate: '2025-02-28',
      flags: ['LONG_TERM'], // 50,000 is under the short-term amount
    });
  });

  it('is calendar months, not 90 days', () => {
    // 2025-01-31 + 3 months = 2025-04-30, only 89 days later: flagged while still 요주의.
    expect(on('2025-01-31', '2025-04-29').flags).toEqual([]);
    expect(on('2025-01-31', '2025-04-30')).toMatchObject({
      daysPastDue: 89,
      assetClass: 'PRECAUTIONARY',
      flags: ['LONG_TERM'],
    });
  });

  it('raises both flags for a large, long delinquency', () => {
    expect(on('2024-11-30', '2025-03-31').flags).toEqual(['LONG_TERM']); // 50,000: long-term only
    const big = assessDelinquency({
      dues: [due('2024-11-30', '1000000')],
      repayments: [],
      asOf: '2025-03-31',
    });
    expect(big.flags).toEqual(['SHORT_TERM', 'LONG_TERM']);
  });
});

describe('with a schedule from buildSchedule', () => {
  it('misses the third level payment of the 12,000,000 / 6 % / 12-month loan', () => {
    const schedule = buildSchedule({
      principal: '12000000',
      annualRate: '0.06',
      termMonths: 12,
      method: RepaymentMethod.LEVEL_PAYMENT,
      disbursedOn: '2025-01-15',
    });
    const status = assessDelinquency({
      dues: duesFromSchedule(schedule),
      repayments: [paid('2025-02-15', '1032797'), paid('2025-03-14', '1032797')],
      asOf: '2025-04-25',
    });
    expect(status).toMatchObject({
      overdueAmount: '1032797',
      oldestUnpaidDueDate: '2025-04-15',
      daysPastDue: 10,
      businessDaysPastDue: 8, // 04-16 Wed … 04-25 Fri
      assetClass: 'NORMAL',
      flags: ['SHORT_TERM'],
    });
  });

  it('rejects bad input naming the field', () => {
    expect(() =>
      assessDelinquency({ dues: [due('2025-01-10', '1.5')], repayments: [], asOf: '2025-02-01' }),
    ).toThrow(expect.objectContaining({ message: expect.stringContaining('dues[0].amount') }));
    expect(() => assessDelinquency({ dues: [], repayments: [], asOf: '2025-02-01' })).toThrow(AppError);
    expect(() =>
      assessDelinquency({ dues: [due('2025-01-10', '1')], repayments: [], asOf: '2025-13-01' }),
    ).toThrow(expect.objectContaining({ message: expect.stringContaining('asOf') }));
  });
});

describe('due dates on weekends and holidays move to the next business day (민법 제161조)', () => {
  // 2025-03-01 (삼일절) is a Saturday; 03-03 is its substitute holiday, so the instalment is due on Tue 03-04.
  const dues = [due('2025-03-01', '500000')];
  const holidays = ['2025-03-03'];

  it('paying on the moved date is on time', () => {
    const status = assessDelinquency(
      { dues, repayments: [paid('2025-03-04', '500000')], asOf: '2025-03-05' },
      { holidays },
    );
    expect(status).toMatchObject({ overdueAmount: '0', daysPastDue: 0 });
  });

  it('counts days past due from the moved date', () => {
    const status = assessDelinquency({ dues, repayments: [], asOf: '2025-03-05' }, { holidays });
    expect(status).toMatchObject({
      oldestUnpaidDueDate: '2025-03-04',
      daysPastDue: 1,
      overdueAmount: '500000',
    });
    const unshifted = assessDelinquency(
      { dues, repayments: [], asOf: '2025-03-05' },
      { holidays, shiftDueDates: false },
    );
    expect(unshifted.daysPastDue).toBe(4);
  });
});

describe('penalty interest (연체이자): overdue × (rate + 3 %p, at most 20 %) × days ÷ 365', () => {
  const dues = [due('2025-01-10', '1000000')]; // a Friday

  it('accrues on the overdue amount for each day past due', () => {
    // 01-11 … 02-09 = 30 days; 5 % + 3 %p = 8 %: 1,000,000 × 0.08 × 30 ÷ 365 = 6,575.34 → 6,575 (truncated).
    const status = assessDelinquency({ dues, repayments: [], asOf: '2025-02-09', annualRate: '0.05' });
    expect(status).toMatchObject({ daysPastDue: 30, penaltyRate: '0.08', penaltyInterest: '6575' });
  });

  it('follows partial payments day by day', () => {
    // Penalty runs from the day after the due date up to and including the day of payment (지연손해금: "변제기
    // 다음날부터 다 갚는 날까지"): 01-11 … 01-20: 10 days on 1,000,000 (the 400,000 paid on 01-20 still owed
    // that day); 01-21 … 01-30: 10 days on 600,000 → (10,000,000 + 6,000,000) × 0.08 ÷ 365 = 3,506.85 → 3,506.
    const status = assessDelinquency({
      dues,
      repayments: [paid('2025-01-20', '400000')],
      asOf: '2025-01-30',
      annualRate: '0.05',
    });
    expect(status.penaltyInterest).toBe('3506');
  });

  it('is capped and counts 366 days in a leap year', () => {
    // 2024-02-21 … 2024-03-01 = 10 days; 19 % + 3 %p capped at 20 %: 1,000,000 × 0.20 × 10 ÷ 366 = 5,464.48.
    const status = assessDelinquency({
      dues: [due('2024-02-20', '1000000')],
      repayments: [],
      asOf: '2024-03-01',
      annualRate: '0.19',
    });
    expect(status).toMatchObject({ penaltyRate: '0.2', penaltyInterest: '5464' });
    const custom = assessDelinquency(
      { dues: [due('2024-02-20', '1000000')], repayments: [], asOf: '2024-03-01', annualRate: '0.19' },
      { penalty: { addOnRate: '0.02', maxRate: '0.24' } },
    );
    expect(custom.penaltyRate).toBe('0.21');
  });

  it('is never below the contract rate, whatever the cap (a cap under the rate leaves the contract rate)', () => {
    const status = assessDelinquency(
      { dues: [due('2024-02-20', '1000000')], repayments: [], asOf: '2024-03-01', annualRate: '0.19' },
      { penalty: { addOnRate: '0.03', maxRate: '0.15' } },
    );
    expect(status.penaltyRate).toBe('0.19');
  });
});

describe('arrearsDatesFor (QA round 24, loan24)', () => {
  const holidays = ['2026-12-25', '2027-01-01'];
  it('names the days an unpaid instalment crosses each line, holidays left out, as assessDelinquency flags them', () => {
    // Due Mon 2026-12-21: penalty from Tue 22; business days 22, 23, 24, (25 off), 28, 29 → SHORT_TERM from Tue 29.
    const dates = arrearsDatesFor('2026-12-21', '530941', { holidays });
    expect(dates).toEqual({
      owedOn: '2026-12-21',
      penaltyFrom: '2026-12-22',
      shortTermFrom: '2026-12-29',
      longTermFrom: '2027-03-21',
    });
    const flags = (asOf: string) =>
      assessDelinquency({ dues: [due('2026-12-21', '530941')], repayments: [], asOf }, { holidays }).flags;
    expect(flags('2026-12-28')).not.toContain('SHORT_TERM');
    expect(flags('2026-12-29')).toContain('SHORT_TERM');
    // Without the holiday calendar the 5th business day is Mon 28.
    expect(arrearsDatesFor('2026-12-21', '530941').shortTermFrom).toBe('2026-12-28');
  });
  it('moves a due date on a day off to the next business day; under the minimum amount no short-term date', () => {
    expect(arrearsDatesFor('2026-12-25', '530941', { holidays })).toMatchObject({
      owedOn: '2026-12-28',
      penaltyFrom: '2026-12-29',
    });
    expect(arrearsDatesFor('2026-12-21', '99999', { holidays }).shortTermFrom).toBeNull();
  });
  it('counts business days late without the holidays: 14 days after Mon 21 Dec is 8, not 10', () => {
    const status = assessDelinquency(
      { dues: [due('2026-12-21', '530941')], repayments: [], asOf: '2027-01-04' },
      { holidays },
    );
    expect(status.businessDaysPastDue).toBe(8);
  });
});
