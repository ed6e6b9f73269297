import { Brackets, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import { CustomerEntity } from './customer.entity';
import type { CustomerChanges, CustomerQuery, NewCustomer } from './customer.model';

// All customer SQL. Always on ctx.manager, so an open transaction reaches every query.

function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-');
  return `${String(Number(y) - years).padStart(4, '0')}-${m}-${d === '29' && m === '02' ? '28' : d}`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class CustomerRepository {
  private qb(ctx: RequestContext): SelectQueryBuilder<CustomerEntity> {
    return ctx.manager.getRepository(CustomerEntity).createQueryBuilder('c');
  }

  findById(ctx: RequestContext, id: string): Promise<CustomerEntity | null> {
    return ctx.manager.getRepository(CustomerEntity).findOneBy({ id });
  }

  async findByIds(ctx: RequestContext, ids: readonly string[]): Promise<CustomerEntity[]> {
    if (ids.length === 0) return [];
    return this.qb(ctx).where('c.id = ANY(:ids)', { ids }).getMany();
  }

  async emailTaken(ctx: RequestContext, email: string, exceptId?: string): Promise<boolean> {
    const q = this.qb(ctx).where('lower(c.email) = lower(:email)', { email });
    if (exceptId) q.andWhere('c.id <> :exceptId', { exceptId });
    return (await q.getCount()) > 0;
  }

  async insert(ctx: RequestContext, data: NewCustomer, now: Date): Promise<CustomerEntity> {
    const result = await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(CustomerEntity)
      .values({ ...data, email: data.email ?? null, createdAt: now, updatedAt: now })
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0].id;
    return (await this.findById(ctx, id))!;
  }

  async update(
    ctx: RequestContext,
    id: string,
    changes: CustomerChanges,
    now: Date,
  ): Promise<CustomerEntity> {
    await ctx.manager.getRepository(CustomerEntity).update({ id }, { ...changes, updatedAt: now });
    return (await this.findById(ctx, id))!;
  }

  private filtered(ctx: RequestContext, query: CustomerQuery): SelectQueryBuilder<CustomerEntity> {
    const q = this.qb(ctx);
    const f = query.filter ?? {};
    if (query.onlyId) q.andWhere('c.id = :onlyId', { onlyId: query.onlyId });
    const search = query.search?.trim();
    if (search) {
      q.andWhere(
        new Brackets((w) => {
          w.where(`c.name ILIKE :contains ESCAPE '\\'`, { contains: `%${escapeLike(search)}%` })
            .orWhere('c.customer_number = :exact', { exact: search.toUpperCase() })
            .orWhere(`lower(c.email) LIKE :prefix ESCAPE '\\'`, {
              prefix: `${escapeLike(search.toLowerCase())}%`,
            });
        }),
      );
    }
    if (f.regions?.length) q.andWhere('c.region = ANY(:regions)', { regions: f.regions });
    if (f.gender) q.andWhere('c.gender = :gender', { gender: f.gender });
    if (f.employments?.length) q.andWhere('c.employment = ANY(:employments)', { employments: f.employments });
    // age >= n  ⇔  born on or before today − n years; age <= n  ⇔  born after today − (n + 1) years
    if (f.minAge != null)
      q.andWhere('c.birth_date <= :maxBirth', { maxBirth: yearsBefore(query.today, f.minAge) });
    if (f.maxAge != null)
      q.andWhere('c.birth_date > :minBirth', { minBirth: yearsBefore(query.today, f.maxAge + 1) });
    if (f.minAnnualIncome != null) q.andWhere('c.annual_income >= :minInc', { minInc: f.minAnnualIncome });
    if (f.maxAnnualIncome != null) q.andWhere('c.annual_income <= :maxInc', { maxInc: f.maxAnnualIncome });
    if (f.minCreditScore != null) q.andWhere('c.credit_score >= :minCs', { minCs: f.minCreditScore });
    if (f.maxCreditScore != null) q.andWhere('c.credit_score <= :maxCs', { maxCs: f.maxCreditScore });
    return q;
  }

  /** Keyset page ordered by (created_at, id); backward pages come back in reverse order. */
  async page(ctx: RequestContext, query: CustomerQuery, page: PageRequest): Promise<CustomerEntity[]> {
    const q = this.filtered(ctx, query);
    const forward = page.direction === 'forward';
    if (page.cursor) {
      const [createdAt, id] = page.cursor as [string, string];
      q.andWhere(`(c.created_at, c.id) ${forward ? '>' : '<'} (:createdAt::timestamptz, :id::uuid)`, {
        createdAt,
        id,
      });
    }
    const dir = forward ? 'ASC' : 'DESC';
    return q
      .orderBy('c.created_at', dir)
      .addOrderBy('c.id', dir)
      .limit(page.limit + 1)
      .getMany();
  }

  count(ctx: RequestContext, query: CustomerQuery): Promise<number> {
    return this.filtered(ctx, query).getCount();
  }
}

export function customerCursorKeys(c: CustomerEntity): [string, string] {
  return [c.createdAt.toISOString(), c.id];
}
