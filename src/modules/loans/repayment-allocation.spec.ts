import {
  allocatePayment,
  nextInstallmentDue,
  OverpaymentError,
  partialPrincipal,
  remainingDue,
} from './repayment-allocation';

// Three instalments of a small level-payment loan (hand-made figures: payment = principal + interest).
const rows = [
  { number: 1, dueDate: '2025-02-10', principal: '90000', interest: '10000', payment: '100000' },
  { number: 2, dueDate: '2025-03-10', principal: '95000', interest: '5000', payment: '100000' },
  { number: 3, dueDate: '2025-04-10', principal: '98000', interest: '2000', payment: '100000' },
];
const start = { paidInstallments: 0, partialCredit: '0' };

describe('repayment allocation (oldest instalment first, interest before principal)', () => {
  it('settles exactly one instalment', () => {
    expect(allocatePayment(rows, start, '100000')).toEqual({
      state: { paidInstallments: 1, partialCredit: '0' },
      principal: '90000',
      interest: '10000',
      completed: [1],
    });
  });

  it('applies a partial payment to interest first and remembers it', () => {
    const first = allocatePayment(rows, start, '4000');
    expect(first).toMatchObject({
      state: { paidInstallments: 0, partialCredit: '4000' },
      principal: '0',
      interest: '4000',
    });
    const second = allocatePayment(rows, first.state, '26000');
    // 6,000 closes the interest, 20,000 goes to principal.
    expect(second).toMatchObject({
      state: { paidInstallments: 0, partialCredit: '30000' },
      principal: '20000',
      interest: '6000',
    });
    expect(partialPrincipal(rows, second.state).toFixed(0)).toBe('20000');
    expect(nextInstallmentDue(rows, second.state).toFixed(0)).toBe('70000');
    const third = allocatePayment(rows, second.state, '170000');
    expect(third).toMatchObject({
      state: { paidInstallments: 2, partialCredit: '0' },
      principal: '165000',
      interest: '5000',
      completed: [1, 2],
    });
  });

  it('refuses more than what is left and reports it', () => {
    expect(remainingDue(rows, start).toFixed(0)).toBe('300000');
    expect(() => allocatePayment(rows, start, '300001')).toThrow(OverpaymentError);
    const all = allocatePayment(rows, start, '300000');
    expect(all.principal).toBe('283000');
    expect(all.state.paidInstallments).toBe(3);
  });

  it('conserves money: principal + interest always equals the amount paid', () => {
    let state = start;
    for (const amount of ['1', '9999', '50000', '12345', '100000', '55555']) {
      const a = allocatePayment(rows, state, amount);
      expect(BigInt(a.principal) + BigInt(a.interest)).toBe(BigInt(amount));
      state = a.state;
    }
  });
});
