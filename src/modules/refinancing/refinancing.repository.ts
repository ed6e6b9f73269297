import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import {
  RefinanceApplicationEntity,
  RefinanceApplicationEventEntity,
  RefinanceDocumentEntity,
  RefinanceProductEntity,
  RefinanceRateBandEntity,
} from './refinancing.entity';
import type { RefinanceApplicationStatus } from './refinancing.enums';
import type { ApplicationFilter, ProductFilter } from './refinancing.model';

// All refinancing SQL, always on ctx.manager (the transaction's, inside one).

/** On sale: not switched off, and not past a dated retirement (the day is Korea's). */
const ON_SALE = `p.active AND (p.retired_on IS NULL OR p.retired_on > (now() AT TIME ZONE 'Asia/Seoul')::date)`;
export class RefinancingRepository {
  private products(ctx: RequestContext) {
    const q = ctx.manager.getRepository(RefinanceProductEntity).createQueryBuilder('p');
    return q;
  }

  private filteredProducts(ctx: RequestContext, filter: ProductFilter) {
    const q = this.products(ctx);
    if (filter.activeOnly ?? true) q.andWhere(ON_SALE);
    if (filter.lenderTypes?.length) q.andWhere('p.lender_type = ANY(:types)', { types: filter.lenderTypes });
    if (filter.loanKind) q.andWhere(':kind = ANY(p.eligible_kinds)', { kind: filter.loanKind });
    return q;
  }

  /** Keyset page on product_no; backward pages come back reversed. */
  pageProducts(ctx: RequestContext, filter: ProductFilter, page: PageRequest) {
    const q = this.filteredProducts(ctx, filter);
    const forward = page.direction === 'forward';
    if (page.cursor) q.andWhere(`p.product_no ${forward ? '>' : '<'} :no`, { no: Number(page.cursor[0]) });
    return q
      .orderBy('p.product_no', forward ? 'ASC' : 'DESC')
      .limit(page.limit + 1)
      .getMany();
  }

  countProducts(ctx: RequestContext, filter: ProductFilter): Promise<number> {
    return this.filteredProducts(ctx, filter).getCount();
  }

  productsByIds(ctx: RequestContext, ids: readonly string[]): Promise<RefinanceProductEntity[]> {
    return this.products(ctx).where('p.id = ANY(:ids)', { ids }).getMany();
  }

  /** The catalogue on sale, every product in one statement (the offers of a request share it). */
  activeProducts(ctx: RequestContext): Promise<RefinanceProductEntity[]> {
    return this.products(ctx).where(ON_SALE).orderBy('p.product_no', 'ASC').getMany();
  }

  bandsFor(ctx: RequestContext, productNos: readonly number[]): Promise<RefinanceRateBandEntity[]> {
    return ctx.manager
      .getRepository(RefinanceRateBandEntity)
      .createQueryBuilder('b')
      .where('b.product_no = ANY(:productNos)', { productNos })
      .orderBy('b.product_no', 'ASC')
      .addOrderBy('b.valid_from', 'ASC')
      .addOrderBy('b.min_score', 'ASC')
      .getMany();
  }

  applicationsByIds(ctx: RequestContext, ids: readonly string[]): Promise<RefinanceApplicationEntity[]> {
    return ctx.manager
      .getRepository(RefinanceApplicationEntity)
      .createQueryBuilder('a')
      .where('a.id = ANY(:ids)', { ids })
      .getMany();
  }

  applicationsByLoanIds(
    ctx: RequestContext,
    loanIds: readonly string[],
  ): Promise<RefinanceApplicationEntity[]> {
    return ctx.manager
      .getRepository(RefinanceApplicationEntity)
      .createQueryBuilder('a')
      .where('a.loan_id = ANY(:loanIds)', { loanIds })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  findApplication(ctx: RequestContext, id: string): Promise<RefinanceApplicationEntity | null> {
    return ctx.manager.getRepository(RefinanceApplicationEntity).findOneBy({ id });
  }

  openApplicationFor(ctx: RequestContext, loanId: string): Promise<RefinanceApplicationEntity | null> {
    return ctx.manager
      .getRepository(RefinanceApplicationEntity)
      .createQueryBuilder('a')
      .where('a.loan_id = :loanId', { loanId })
      .andWhere(`a.status IN ('SUBMITTED', 'REVIEWING', 'APPROVED')`)
      .getOne();
  }

  private filteredApplications(ctx: RequestContext, filter: ApplicationFilter, customerId?: string) {
    const q = ctx.manager.getRepository(RefinanceApplicationEntity).createQueryBuilder('a');
    if (customerId) q.andWhere('a.customer_id = :customerId', { customerId });
    if (filter.statuses?.length) q.andWhere('a.status = ANY(:statuses)', { statuses: filter.statuses });
    return q;
  }

  pageApplications(
    ctx: RequestContext,
    filter: ApplicationFilter,
    page: PageRequest,
    customerId?: string,
  ): Promise<RefinanceApplicationEntity[]> {
    const q = this.filteredApplications(ctx, filter, customerId);
    const forward = page.direction === 'forward';
    if (page.cursor) {
      const [createdAt, id] = page.cursor as [string, string];
      q.andWhere(`(a.created_at, a.id) ${forward ? '>' : '<'} (:createdAt::timestamptz, :id::uuid)`, {
        createdAt,
        id,
      });
    }
    const dir = forward ? 'ASC' : 'DESC';
    return q
      .orderBy('a.created_at', dir)
      .addOrderBy('a.id', dir)
      .limit(page.limit + 1)
      .getMany();
  }

  countApplications(ctx: RequestContext, filter: ApplicationFilter, customerId?: string): Promise<number> {
    return this.filteredApplications(ctx, filter, customerId).getCount();
  }

  async insertApplication(
    ctx: RequestContext,
    application: Omit<RefinanceApplicationEntity, 'id'>,
  ): Promise<RefinanceApplicationEntity> {
    const repo = ctx.manager.getRepository(RefinanceApplicationEntity);
    return repo.save(repo.create(application));
  }

  /** The optimistic lock: applies only if nobody moved the application since `version` was read. */
  async updateStatusIfVersion(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: { status: RefinanceApplicationStatus; newLoanId?: string; updatedAt: Date },
  ): Promise<boolean> {
    const result = await ctx.manager
      .createQueryBuilder()
      .update(RefinanceApplicationEntity)
      .set({ ...changes, version: version + 1 })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async insertEvent(ctx: RequestContext, event: Omit<RefinanceApplicationEventEntity, 'id'>): Promise<void> {
    await ctx.manager.getRepository(RefinanceApplicationEventEntity).insert(event);
  }

  eventsFor(ctx: RequestContext, applicationIds: readonly string[]) {
    return ctx.manager
      .getRepository(RefinanceApplicationEventEntity)
      .createQueryBuilder('e')
      .where('e.application_id = ANY(:applicationIds)', { applicationIds })
      .orderBy('e.version', 'ASC')
      .getMany();
  }

  documentsFor(ctx: RequestContext, applicationIds: readonly string[]) {
    return ctx.manager
      .getRepository(RefinanceDocumentEntity)
      .createQueryBuilder('d')
      .where('d.application_id = ANY(:applicationIds)', { applicationIds })
      .orderBy('d.uploaded_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }

  findDocument(ctx: RequestContext, applicationId: string, id: string) {
    return ctx.manager.getRepository(RefinanceDocumentEntity).findOneBy({ id, applicationId });
  }

  async insertDocument(
    ctx: RequestContext,
    document: Omit<RefinanceDocumentEntity, 'id'> & { id: string },
  ): Promise<RefinanceDocumentEntity> {
    await ctx.manager.getRepository(RefinanceDocumentEntity).insert(document);
    return (await this.findDocument(ctx, document.applicationId, document.id))!;
  }

  /** The customer's most recent document that has an image verdict, or null. */
  latestScoredDocument(ctx: RequestContext, customerId: string) {
    return ctx.manager
      .getRepository(RefinanceDocumentEntity)
      .createQueryBuilder('d')
      .innerJoin(RefinanceApplicationEntity, 'a', 'a.id = d.application_id')
      .where('a.customer_id = :customerId', { customerId })
      .andWhere('d.image_assessment_id IS NOT NULL')
      .orderBy('d.uploaded_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(1)
      .getOne();
  }
}
