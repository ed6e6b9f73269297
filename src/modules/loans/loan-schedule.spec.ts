import Decimal from 'decimal.js';
import { InterestConvention, RepaymentKind, RepaymentMethod } from './loan.enums';
import type { LoanRateChangeEntity } from './loan.entity';
import { contractualSchedule } from './loan-schedule';
import { currentSchedule } from './loan-ledger';

const loan = {
  principal: '120000000',
  annualRate: '0.048',
  termMonths: 120,
  graceMonths: 0,
  repaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL,
  disbursedOn: '2025-03-10',
  interestConvention: InterestConvention.MONTHLY,
};
const regular = (row: { principal: string; interest: string; dueDate: string }) => ({
  kind: RepaymentKind.REGULAR,
  paidOn: row.dueDate,
  principalAmount: row.principal,
  interestAmount: row.interest,
});
const sum = (values: string[]) => values.reduce((a, v) => a.plus(v), new Decimal(0)).toFixed(0);

describe('currentSchedule (replay of recorded repayments)', () => {
  it('is the contract while nothing but instalments has been paid', () => {
    const contract = contractualSchedule(loan, []);
    expect(currentSchedule(loan, [], [regular(contract[0]), regular(contract[1])])).toEqual(contract);
  });

  it('computes a prefix exactly: the first rows of a partial schedule are those of the full one', () => {
    const change = { loanId: 'x', fromInstallment: 13, annualRate: '0.036' } as LoanRateChangeEntity;
    const contract = contractualSchedule(loan, [change]);
    const history = [
      regular(contract[0]),
      {
        kind: RepaymentKind.PREPAYMENT,
        paidOn: '2025-04-20',
        principalAmount: '30000000',
        interestAmount: '0',
      },
    ];
    const full = currentSchedule(loan, [change], history);
    for (const through of [2, 14, 40]) {
      expect(currentSchedule(loan, [change], history, undefined, through)).toEqual(full.slice(0, through));
    }
    expect(currentSchedule(loan, [change], history, undefined, 500)).toEqual(full);
  });

  it('re-amortises after a prepayment, keeps rows paid before it, and still applies a later rate change', () => {
    const change = { loanId: 'x', fromInstallment: 13, annualRate: '0.036' } as LoanRateChangeEntity;
    const contract = contractualSchedule(loan, [change]);
    // Equal principal: 1,000,000 a month; month 1 interest = 120,000,000 × 0.048 ÷ 12 = 480,000.
    expect(contract[0]).toMatchObject({ principal: '1000000', interest: '480000' });
    const prepayment = {
      kind: RepaymentKind.PREPAYMENT,
      paidOn: '2025-04-20',
      principalAmount: '59000000',
      interestAmount: '0',
    };
    const after = currentSchedule(loan, [change], [regular(contract[0]), prepayment]);
    expect(after[0]).toEqual(contract[0]);
    // 119,000,000 − 59,000,000 = 60,000,000 over the remaining 119 instalments.
    expect(after[1].interest).toBe('240000'); // 60,000,000 × 0.048 ÷ 12
    expect(after[1].principal).toBe(new Decimal(60_000_000).div(119).floor().toFixed(0));
    expect(after[12].annualRate).toBe('0.036');
    expect(after[11].annualRate).toBe('0.048');
    expect(sum(after.slice(1).map((r) => r.principal))).toBe('60000000');
    expect(after.at(-1)!.balanceAfter).toBe('0');
    // Paying instalment 2 at its re-amortised amount, then prepaying again, keeps instalment 2 as paid.
    const again = currentSchedule(
      loan,
      [change],
      [
        regular(contract[0]),
        prepayment,
        regular(after[1]),
        {
          kind: RepaymentKind.PREPAYMENT,
          paidOn: '2025-05-20',
          principalAmount: '10000000',
          interestAmount: '0',
        },
      ],
    );
    expect(again[1]).toEqual(after[1]);
    expect(sum(again.slice(2).map((r) => r.principal))).toBe(
      new Decimal(60_000_000).minus(after[1].principal).minus(10_000_000).toFixed(0),
    );
  });
});
