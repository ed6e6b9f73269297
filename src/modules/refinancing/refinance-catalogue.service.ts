import type { RequestContext } from '../../common/context';
import { koreanDate } from '../../common/dates';
import { notFound } from '../../common/errors';
import { localIdOf } from '../../common/global-id';
import type { CountedConnection } from '../../common/graphql/types';
import { PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import { requireViewer } from '../customers';
import { bandInForce } from './catalogue';
import type { RefinanceProductEntity, RefinanceRateBandEntity } from './refinancing.entity';
import type { refinancingLoaders } from './refinancing.loaders';
import { REFINANCE_PRODUCT_TYPE } from './refinancing.mapper';
import type { ProductFilter } from './refinancing.model';
import type { RefinancingRepository } from './refinancing.repository';

// The product catalogue: public to every signed-in viewer (it is what lenders advertise).
export class RefinanceCatalogueService {
  constructor(
    private readonly repository: RefinancingRepository,
    private readonly loadersOf: ReturnType<typeof refinancingLoaders>,
  ) {}

  async list(
    ctx: RequestContext,
    args: PageArgs & { filter?: ProductFilter | null },
  ): Promise<CountedConnection<RefinanceProductEntity>> {
    requireViewer(ctx);
    const request = toPageRequest(args, undefined, ['int']);
    const filter = args.filter ?? {};
    const rows = await this.repository.pageProducts(ctx, filter, request);
    for (const row of rows) this.loadersOf(ctx).products.prime(row.id, row);
    return {
      ...toConnection(
        rows,
        request,
        (p) => [p.productNo],
        (p) => p,
      ),
      totalCount: () => this.repository.countProducts(ctx, filter),
    };
  }

  async getById(ctx: RequestContext, id: string): Promise<RefinanceProductEntity> {
    requireViewer(ctx);
    const product = await this.loadersOf(ctx).products.load(id);
    if (!product) throw notFound('Refinance product');
    return product;
  }

  getByGlobalId(ctx: RequestContext, globalId: string) {
    return this.getById(ctx, localIdOf(REFINANCE_PRODUCT_TYPE, globalId));
  }

  /** Bands in force today (Korea), or every band with `includeHistory`. */
  async bands(
    ctx: RequestContext,
    productNo: number,
    includeHistory: boolean,
  ): Promise<RefinanceRateBandEntity[]> {
    const all = await this.loadersOf(ctx).bands.load(productNo);
    const today = koreanDate(ctx.now());
    return includeHistory ? all : all.filter((b) => bandInForce(b, today));
  }
}
