import type { SelectQueryBuilder } from 'typeorm';
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

  /**
   * The byId loader's read in plain SQL, rows shaped as the entity (same values as TypeORM hydrates them: numeric
   * as text, date as YYYY-MM-DD): every chat turn and most pages read the customer this way, and TypeORM's query
   * building and hydration were ~1.5 ms of a chat turn's time to first token (issue 15).
   */
  async findByIds(ctx: RequestContext, ids: readonly string[]): Promise<CustomerEntity[]> {
    if (ids.length === 0) return [];
    return ctx.manager.query(
      `SELECT c.id, c.customer_number AS "customerNumber", c.name, c.email,
         to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate", c.gender, c.region, c.household_size AS "householdSize",
         c.employment, c.annual_income::text AS "annualIncome", c.credit_score AS "creditScore",
         c.created_at AS "createdAt", c.updated_at AS "updatedAt"
       FROM customer c WHERE c.id = ANY($1)`,
      [ids],
    ) as Promise<CustomerEntity[]>;
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

  /** Keyset page ordered by (created_at, id); backward pages come back in reverse order. */
  async page(ctx: RequestContext, query: CustomerQuery, page: PageRequest): Promise<CustomerEntity[]> {
    const w = conditions(query);
    const forward = page.direction === 'forward';
    if (page.cursor) {
      const [createdAt, id] = page.cursor as [string, string];
      w.parts.push(
        `(c.created_at, c.id) ${forward ? '>' : '<'} (${w.param(createdAt)}::timestamptz, ${w.param(id)}::uuid)`,
      );
    }
    const dir = forward ? 'ASC' : 'DESC';
    return ctx.manager.query<CustomerEntity[]>(
      `SELECT ${CUSTOMER_COLUMNS} FROM customer c${w.sql()}
        ORDER BY c.created_at ${dir}, c.id ${dir} LIMIT ${w.param(page.limit + 1)}`,
      w.params,
    );
  }

  async count(ctx: RequestContext, query: CustomerQuery): Promise<number> {
    const w = conditions(query);
    const [row] = await ctx.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM customer c${w.sql()}`,
      w.params,
    );
    return row.n;
  }
}

// The list screen's two statements are plain SQL on ctx.manager rather than query builders: building and
// hydrating them through TypeORM was the largest single cost of a customers(50) request (issue 15). The rows come
// back already shaped as CustomerEntity (same property names and value types as TypeORM's hydration: the date as
// YYYY-MM-DD text, the income as a decimal string).
const CUSTOMER_COLUMNS = `c.id, c.customer_number AS "customerNumber", c.name, c.email,
  to_char(c.birth_date, 'YYYY-MM-DD') AS "birthDate", c.gender, c.region, c.household_size AS "householdSize",
  c.employment, c.annual_income::text AS "annualIncome", c.credit_score AS "creditScore",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

/** The WHERE clause of a customer query, with numbered parameters. */
function conditions(query: CustomerQuery) {
  const params: unknown[] = [];
  const parts: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const f = query.filter ?? {};
  if (query.onlyId) parts.push(`c.id = ${param(query.onlyId)}`);
  const search = query.search?.trim();
  if (search) {
    parts.push(
      `(c.name ILIKE ${param(`%${escapeLike(search)}%`)} ESCAPE '\\' OR c.customer_number = ${param(search.toUpperCase())}` +
        ` OR lower(c.email) LIKE ${param(`${escapeLike(search.toLowerCase())}%`)} ESCAPE '\\')`,
    );
  }
  if (f.regions?.length) parts.push(`c.region = ANY(${param(f.regions)})`);
  if (f.gender) parts.push(`c.gender = ${param(f.gender)}`);
  if (f.employments?.length) parts.push(`c.employment = ANY(${param(f.employments)})`);
  // age >= n  ⇔  born on or before today − n years; age <= n  ⇔  born after today − (n + 1) years
  if (f.minAge != null) parts.push(`c.birth_date <= ${param(yearsBefore(query.today, f.minAge))}`);
  if (f.maxAge != null) parts.push(`c.birth_date > ${param(yearsBefore(query.today, f.maxAge + 1))}`);
  if (f.minAnnualIncome != null) parts.push(`c.annual_income >= ${param(f.minAnnualIncome)}`);
  if (f.maxAnnualIncome != null) parts.push(`c.annual_income <= ${param(f.maxAnnualIncome)}`);
  if (f.minCreditScore != null) parts.push(`c.credit_score >= ${param(f.minCreditScore)}`);
  if (f.maxCreditScore != null) parts.push(`c.credit_score <= ${param(f.maxCreditScore)}`);
  return {
    params,
    parts,
    param,
    sql: () => (parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : ''),
  };
}

export function customerCursorKeys(c: CustomerEntity): [string, string] {
  return [c.createdAt.toISOString(), c.id];
}
