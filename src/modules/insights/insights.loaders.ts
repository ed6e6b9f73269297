import DataLoader from 'dataloader';
import { groupBy } from '../../common/collections';
import { loaders, RequestContext } from '../../common/context';
import type { AnomalyTransaction } from './anomaly';
import { FeedbackRow, InsightsRepository, RecommendationLogRow } from './insights.repository';

/** `<customer id>|<from ISO>|<to ISO>`: a customer's purchases in a window. */
export const windowKey = (customerId: string, from: Date, to: Date) =>
  `${customerId}|${from.toISOString()}|${to.toISOString()}`;

// Per-request loaders: a page of customers asking for lifeStage, anomalies or recommendations costs one
// statement per loader, whatever the page size.
export function insightsLoaders(repository: InsightsRepository) {
  const factory = (ctx: RequestContext) => ({
    feedback: new DataLoader<string, FeedbackRow[]>(async (customerIds) => {
      const groups = groupBy(await repository.feedbackOf(ctx, customerIds), (r) => r.customerId);
      return customerIds.map((id) => groups.get(id) ?? []);
    }),
    converted: new DataLoader<string, string[]>(async (customerIds) => {
      const map = await repository.convertedProducts(ctx, customerIds);
      return customerIds.map((id) => map.get(id) ?? []);
    }),
    purchases: new DataLoader<string, AnomalyTransaction[]>(async (keys) => {
      // One statement per distinct window; a request normally has one.
      const byWindow = groupBy([...keys], (k) => k.slice(k.indexOf('|') + 1));
      const result = new Map<string, AnomalyTransaction[]>();
      for (const [window, group] of byWindow) {
        const [from, to] = window.split('|');
        const ids = group.map((k) => k.slice(0, k.indexOf('|')));
        const rows = groupBy(
          await repository.transactionsOf(ctx, ids, new Date(from), new Date(to)),
          (t) => t.customerId,
        );
        for (const id of ids) result.set(`${id}|${window}`, rows.get(id) ?? []);
      }
      return keys.map((k) => result.get(k) ?? []);
    }),
    merchants: new DataLoader<string, { merchantName: string; amount: string; cardId: string } | null>(
      async (ids) => {
        const map = await repository.merchantsOf(ctx, ids);
        return ids.map((id) => map.get(id) ?? null);
      },
    ),
    /** Served recommendations, written in one statement per request (batched like a read). */
    logRecommendations: new DataLoader<RecommendationLogRow, RecommendationLogRow>(
      async (rows) => {
        await repository.insertRecommendations(ctx, rows);
        return rows;
      },
      { cache: false },
    ),
  });
  return (ctx: RequestContext) => loaders(ctx, factory);
}
