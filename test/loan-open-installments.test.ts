import Decimal from 'decimal.js';
import { Role } from '../src/common/context';
import { createRequestContext } from '../src/app/context';
import { LoanEntity, LoanStatus } from '../src/modules/loans';
import { startTestApp, TestApp } from './support/app';

// Issue 15: the counsellor's loans tool reads a summary of each loan's open instalments (one statement) and its
// schedule tool the next rows only, instead of whole stored schedules. For every seeded loan (and for several
// page sizes) both must be exactly what the whole schedule gives: the rows after the paid ones, how many, their
// interest, the first of them.

describe('open instalments = the stored schedule after the paid ones', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('openInstallmentsOf and openScheduleOf agree with scheduleOf for every seeded loan', async () => {
    const ctx = createRequestContext(t.app.container, { viewer: { userId: 'test', role: Role.ADMIN } });
    const loans = t.app.container.services.loans;
    const entities = await ctx.manager.getRepository(LoanEntity).find({ order: { id: 'ASC' } });
    expect(entities.filter((e) => e.status === LoanStatus.ACTIVE).length).toBeGreaterThan(5);
    // Batched as the counsellor batches them: every loan's reads in the same tick.
    const summaries = await Promise.all(entities.map((l) => loans.openInstallmentsOf(ctx, l)));
    const pages = await Promise.all(
      [0, 1, 3, 12].map((count) => Promise.all(entities.map((l) => loans.openScheduleOf(ctx, l, count)))),
    );
    let withOpenRows = 0;
    for (const [i, loan] of entities.entries()) {
      const open = (await loans.scheduleOf(ctx, loan)).filter((r) => r.number > loan.paidInstallments);
      if (open.length > 0) withOpenRows += 1;
      expect(summaries[i]).toStrictEqual({
        remaining: open.length,
        remainingInterest: open.reduce((sum, r) => sum.plus(r.interest), new Decimal(0)).toFixed(0),
        next: open[0] ?? null,
      });
      for (const [p, count] of [0, 1, 3, 12].entries())
        expect(pages[p][i]).toStrictEqual(open.slice(0, count));
    }
    expect(withOpenRows).toBeGreaterThan(5);
  });
});
