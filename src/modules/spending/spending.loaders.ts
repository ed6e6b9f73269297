import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import type { CardRow, CategoryRow, QuarterCategoryRow, QuarterRow } from './spending.model';
import { SpendingRepository } from './spending.repository';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** `<customer id>|<quarter start>`. */
export const quarterKey = (customerId: string, quarterStart: string) => `${customerId}|${quarterStart}`;
const splitKey = (key: string) => {
  const [customerId, quarterStart] = key.split('|');
  return { customerId, quarterStart };
};

/** `<customer id>|<limit>|<up to>`: the latest quarters of one customer. */
export const latestKey = (customerId: string, limit: number, upTo: string) =>
  `${customerId}|${limit}|${upTo}`;

// Per-request loaders: customers(first: n) { quarterlySpending(last: 4) { byCategory … } } costs one query per
// level whatever n is.
export function spendingLoaders(repository: SpendingRepository) {
  const factory = (ctx: RequestContext) => ({
    categories: new DataLoader<'all', Map<string, CategoryRow>>(async (keys) => {
      const rows = await repository.categories(ctx);
      const map = new Map(rows.map((r) => [r.code, r]));
      return keys.map(() => map);
    }),
    cardById: new DataLoader<string, CardRow | null>(async (ids) => {
      const byId = new Map((await repository.cardsByIds(ctx, ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    cardsByCustomer: new DataLoader<string, CardRow[]>(async (customerIds) => {
      const groups = groupBy(await repository.cardsByCustomerIds(ctx, customerIds), (c) => c.customerId);
      return customerIds.map((id) => groups.get(id) ?? []);
    }),
    latestQuarters: new DataLoader<string, QuarterRow[]>(async (keys) => {
      // One query per distinct (limit, upTo); a request normally has one.
      const byShape = groupBy([...keys], (k) => k.slice(k.indexOf('|') + 1));
      const result = new Map<string, QuarterRow[]>();
      for (const [shape, group] of byShape) {
        const [limit, upTo] = shape.split('|');
        const ids = group.map((k) => k.slice(0, k.indexOf('|')));
        const rows = groupBy(
          await repository.latestQuarters(ctx, ids, upTo, Number(limit)),
          (r) => r.customerId,
        );
        for (const id of ids) result.set(latestKey(id, Number(limit), upTo), rows.get(id) ?? []);
      }
      return keys.map((k) => result.get(k) ?? []);
    }),
    quarter: new DataLoader<string, QuarterRow | null>(async (keys) => {
      const rows = await repository.quartersByKeys(ctx, keys.map(splitKey));
      const byKey = new Map(rows.map((r) => [quarterKey(r.customerId, r.quarterStart), r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    quarterCategories: new DataLoader<string, QuarterCategoryRow[]>(async (keys) => {
      const rows = await repository.quarterCategories(ctx, keys.map(splitKey));
      const groups = groupBy(rows, (r) => quarterKey(r.customerId, r.quarterStart));
      return keys.map((k) => groups.get(k) ?? []);
    }),
  });
  return (ctx: RequestContext) => loaders(ctx, factory);
}
