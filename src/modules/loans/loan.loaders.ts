import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import type { Installment } from './calc/amortization';
import type { LoanEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
import { LoanRepository } from './loan.repository';
import { groupBy } from '../../common/collections';

// Per-request loaders: customers(first: n) { loans { schedule … } } costs one query per level, not per row.
export function loanLoaders(repository: LoanRepository) {
  const factory = (ctx: RequestContext) => ({
    byId: new DataLoader<string, LoanEntity | null>(async (ids) => {
      const rows = await repository.findByIds(ctx, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    byCustomerId: new DataLoader<string, LoanEntity[]>(async (customerIds) => {
      const groups = groupBy(await repository.findByCustomerIds(ctx, customerIds), (l) => l.customerId);
      return customerIds.map((id) => groups.get(id) ?? []);
    }),
    rateChanges: new DataLoader<string, LoanRateChangeEntity[]>(async (loanIds) => {
      const groups = groupBy(await repository.rateChangesFor(ctx, loanIds), (r) => r.loanId);
      return loanIds.map((id) => groups.get(id) ?? []);
    }),
    /** Computed schedules of this request, by loan id and version (a schedule takes milliseconds to build). */
    /** `through`: the schedule was computed up to that instalment only (undefined: in full). */
    schedules: new Map<string, { rows: Installment[]; through: number | undefined }>(),
    repayments: new DataLoader<string, RepaymentEntity[]>(async (loanIds) => {
      const groups = groupBy(await repository.repaymentsFor(ctx, loanIds), (r) => r.loanId);
      return loanIds.map((id) => groups.get(id) ?? []);
    }),
  });
  return (ctx: RequestContext) => loaders(ctx, factory);
}
