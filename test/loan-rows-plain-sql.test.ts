import { Role } from '../src/common/context';
import { createRequestContext } from '../src/app/context';
import { LoanEntity, LoanRepository } from '../src/modules/loans';
import { startTestApp, TestApp } from './support/app';

// Issue 13: the loaders read a page's loans with plain SQL instead of TypeORM's query builder and hydration.
// Every seeded loan, read both ways, must be the same values of the same types (numeric as exact strings, dates as
// YYYY-MM-DD, timestamps as Date, nulls as null), so nothing downstream can tell the difference.

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
});
