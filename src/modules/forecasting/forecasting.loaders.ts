import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import type { IndicatorObservationEntity } from './indicator.entity';
import { IndicatorRepository } from './indicator.repository';

// Per-request loaders: a page of series with their latest observations costs one query per distinct `last`.
export function indicatorLoaders(repository: IndicatorRepository) {
  const factory = (ctx: RequestContext) => {
    const byLast = new Map<number, DataLoader<string, IndicatorObservationEntity[]>>();
    return {
      latestObservations(last: number) {
        let loader = byLast.get(last);
        if (!loader) {
          loader = new DataLoader(async (ids: readonly string[]) => {
            const rows = await repository.latestObservations(ctx, ids, last);
            return ids.map((id) => rows.filter((r) => r.seriesId === id));
          });
          byLast.set(last, loader);
        }
        return loader;
      },
    };
  };
  return (ctx: RequestContext) => loaders(ctx, factory);
}
