import { startTestApp, TestApp } from './support/app';
import { CreateLoanDocument, LoanDelinquencyDocument, LoansDocument } from './generated/operations';

// A loan whose first instalment falls due on a Saturday (2025-02-15) is payable on Monday 2025-02-17
// (민법 제161조): not overdue on that Monday, overdue on Tuesday — in `loan.delinquency` (computed per loan)
// and in the SQL filter `loans(filter: { delinquent })`, which must agree.

describe('loans: due dates on weekends', () => {
  let t: TestApp;
  let now = new Date('2025-02-17T03:00:00Z'); // Monday 12:00 in Korea
  let admin: string;
  let analyst: string;
  let loanId: string;
  const lender = '휴일은행'; // no seeded loan uses it

  beforeAll(async () => {
    t = await startTestApp({}, { clock: () => now });
    let ownCustomerId: string;
    ({ admin, analyst, ownCustomerId } = await t.demoSession());
    const created = await t.execute(
      CreateLoanDocument,
      {
        input: {
          customerId: ownCustomerId,
          kind: 'CREDIT',
          repaymentMethod: 'LEVEL_PAYMENT',
          rateType: 'FIXED',
          interestConvention: 'MONTHLY',
          lender,
          lenderType: 'BANK',
          principal: '12000000',
          annualRate: '0.0600',
          termMonths: 12,
          graceMonths: 0,
          disbursedOn: '2025-01-15',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    loanId = created.data!.createLoan.id;
  });
  afterAll(() => t.stop());

  const state = async () => {
    const filtered = await t.execute(
      LoansDocument,
      { first: 5, filter: { lender, delinquent: true } },
      analyst,
    );
    const one = await t.execute(LoanDelinquencyDocument, { id: loanId }, analyst);
    expect(filtered.errors).toBeUndefined();
    expect(one.errors).toBeUndefined();
    return {
      inDelinquentFilter: filtered.data!.loans.totalCount,
      daysPastDue: one.data!.loan!.delinquency.daysPastDue,
      oldestUnpaidDueDate: one.data!.loan!.delinquency.oldestUnpaidDueDate,
    };
  };

  it('is not overdue on the Monday the Saturday due date moved to', async () => {
    now = new Date('2025-02-17T03:00:00Z');
    expect(await state()).toMatchObject({ inDelinquentFilter: 0, daysPastDue: 0 });
  });

  it('is overdue on the Tuesday, in the filter and in the loan alike', async () => {
    now = new Date('2025-02-18T03:00:00Z');
    ({ analyst } = await t.demoSession()); // yesterday's access token has expired
    const s = await state();
    expect(s.inDelinquentFilter).toBe(1);
    expect(s.daysPastDue).toBeGreaterThan(0);
  });
});
