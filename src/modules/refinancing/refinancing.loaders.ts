import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import type {
  RefinanceApplicationEntity,
  RefinanceApplicationEventEntity,
  RefinanceDocumentEntity,
  RefinanceProductEntity,
  RefinanceRateBandEntity,
} from './refinancing.entity';
import type { ProductWithBands } from './refinancing.model';
import { RefinancingRepository } from './refinancing.repository';
import { groupBy } from '../../common/collections';

// Per-request loaders: a page of loans asking for refinanceOffers reads the catalogue once, and lists of
// applications load their events, documents and products in one statement per level.
export function refinancingLoaders(repository: RefinancingRepository) {
  const factory = (ctx: RequestContext) => {
    const bands = new DataLoader<number, RefinanceRateBandEntity[]>(async (productNos) => {
      const groups = groupBy(await repository.bandsFor(ctx, productNos), (b) => b.productNo);
      return productNos.map((no) => groups.get(no) ?? []);
    });
    let catalogue: Promise<ProductWithBands[]> | undefined;
    return {
      products: new DataLoader<string, RefinanceProductEntity | null>(async (ids) => {
        const byId = new Map((await repository.productsByIds(ctx, ids)).map((p) => [p.id, p]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      bands,
      /** Every product on sale with its bands: two statements per request, however many loans ask. */
      activeCatalogue(): Promise<ProductWithBands[]> {
        catalogue ??= (async () => {
          const products = await repository.activeProducts(ctx);
          const all = await bands.loadMany(products.map((p) => p.productNo));
          return products.map((p, i) => ({ ...p, bands: all[i] as RefinanceRateBandEntity[] }));
        })();
        return catalogue;
      },
      applications: new DataLoader<string, RefinanceApplicationEntity | null>(async (ids) => {
        const byId = new Map((await repository.applicationsByIds(ctx, ids)).map((a) => [a.id, a]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      applicationsByLoan: new DataLoader<string, RefinanceApplicationEntity[]>(async (loanIds) => {
        const groups = groupBy(await repository.applicationsByLoanIds(ctx, loanIds), (a) => a.loanId);
        return loanIds.map((id) => groups.get(id) ?? []);
      }),
      events: new DataLoader<string, RefinanceApplicationEventEntity[]>(async (ids) => {
        const groups = groupBy(await repository.eventsFor(ctx, ids), (e) => e.applicationId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
      documents: new DataLoader<string, RefinanceDocumentEntity[]>(async (ids) => {
        const groups = groupBy(await repository.documentsFor(ctx, ids), (d) => d.applicationId);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    };
  };
  return (ctx: RequestContext) => loaders(ctx, factory);
}
