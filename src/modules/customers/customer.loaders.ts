import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import type { CustomerEntity } from './customer.entity';
import { CustomerRepository } from './customer.repository';

// Per-request loaders (DESIGN §3): created lazily through ctx.scope, never shared between requests.
export function customerLoaders(repository: CustomerRepository) {
  const factory = (ctx: RequestContext) => ({
    byId: new DataLoader<string, CustomerEntity | null>(async (ids) => {
      const rows = await repository.findByIds(ctx, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  });
  return (ctx: RequestContext) => loaders(ctx, factory);
}
