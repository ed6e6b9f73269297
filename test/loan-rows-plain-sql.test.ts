import { Role } from '../src/common/context';
import { createRequestContext } from '../src/app/context';
import { LoanEntity, LoanRepository } from '../src/modules/loans';
import { LoanRateChangeEntity, RepaymentEntity } from '../src/modules/loans/loan.entity';
import { CustomerEntity } from '../src/modules/customers/customer.entity';
import { CustomerRepository } from '../src/modules/customers/customer.repository';
import { startTestApp, TestApp } from './support/app';

// Issue 13: the loaders read a page's loans with plain SQL instead of TypeORM's query builder and hydration.
// Every seeded loan, read both ways, must be the same values of the same types (numeric as exact strings, dates as
// YYYY-MM-DD, timestamps as Date, nulls as null), so nothing downstream can tell the difference. Issue 15 read the
// ledger's rate changes and repayments and the customer by id the same way (a chat turn's reads): compared too.

describe('loan rows read with plain SQL = TypeORM entities', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('findByIds and findByCustomerIds return every column as the entity holds it, in the same order', async () => {
    const ctx = createRequestContext(t.app.container, { viewer: { userId: 'test', role: Role.ADMIN } });
    const repository = new LoanRepository();
    const entities = await ctx.manager
      .getRepository(LoanEntity)
      .find({ order: { disbursedOn: 'ASC', id: 'ASC' } });
    expect(entities.length).toBeGreaterThan(10);
    // Some nullable columns are set on some loans and null on others, so both cases are compared.
    expect(entities.some((e) => e.creditLimit !== null) || entities.some((e) => e.closedOn !== null)).toBe(
      true,
    );
    const plain = (row: object) => ({ ...row });

    const byId = await repository.findByIds(
      ctx,
      entities.map((e) => e.id),
    );
    const byIdMap = new Map(byId.map((r) => [r.id, r]));
    expect(byId).toHaveLength(entities.length);
    for (const entity of entities) expect(plain(byIdMap.get(entity.id)!)).toStrictEqual(plain(entity));

    const customerIds = [...new Set(entities.map((e) => e.customerId))];
    const byCustomer = await repository.findByCustomerIds(ctx, customerIds);
    expect(byCustomer.map(plain)).toStrictEqual(entities.map(plain));
  });

  it("rateChangesFor and repaymentsFor return the entities TypeORM reads, in the loaders' order", async () => {
    const ctx = createRequestContext(t.app.container, { viewer: { userId: 'test', role: Role.ADMIN } });
    const repository = new LoanRepository();
    const loanIds = (await ctx.manager.getRepository(LoanEntity).find()).map((l) => l.id);
    const plain = (row: object) => ({ ...row });

    // What the loaders read before issue 15: TypeORM's query builder and hydration, in the same order.
    const viaTypeorm = <T extends object>(entity: new () => T, order: string) =>
      ctx.manager
        .getRepository(entity)
        .createQueryBuilder('x')
        .where('x.loan_id = ANY(:loanIds)', { loanIds })
        .orderBy(`x.${order}`, 'ASC')
        .getMany();

    const repayments = await viaTypeorm(RepaymentEntity, 'seq');
    expect(repayments.length).toBeGreaterThan(10);
    expect((await repository.repaymentsFor(ctx, loanIds)).map(plain)).toStrictEqual(repayments.map(plain));

    // The demo has no rate change: two of a variable-rate loan, written here, so the comparison is not of nothing.
    const variable = loanIds[0];
    await ctx.manager.getRepository(LoanRateChangeEntity).insert([
      { loanId: variable, fromInstallment: 13, annualRate: '0.052500' },
      { loanId: variable, fromInstallment: 7, annualRate: '0.049000' },
    ]);
    try {
      const changes = await viaTypeorm(LoanRateChangeEntity, 'from_installment');
      expect(changes.length).toBeGreaterThanOrEqual(2);
      expect((await repository.rateChangesFor(ctx, loanIds)).map(plain)).toStrictEqual(changes.map(plain));
    } finally {
      await ctx.manager.getRepository(LoanRateChangeEntity).delete({ loanId: variable });
    }
  });

  it('CustomerRepository.findByIds returns every column as the entity holds it', async () => {
    const ctx = createRequestContext(t.app.container, { viewer: { userId: 'test', role: Role.ADMIN } });
    const entities = await ctx.manager.getRepository(CustomerEntity).find();
    expect(entities.length).toBeGreaterThan(10);
    expect(entities.some((e) => e.email === null) && entities.some((e) => e.email !== null)).toBe(true);
    const rows = await new CustomerRepository().findByIds(
      ctx,
      entities.map((e) => e.id),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(entities.length);
    for (const entity of entities) expect({ ...byId.get(entity.id)! }).toStrictEqual({ ...entity });
  });
});
