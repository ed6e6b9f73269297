import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import type { LoanEntity, LoanInstallmentEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
import type { AllocationRow } from './loan.model';
import { LoanRepository, OpenInstallmentSummaryRow } from './loan.repository';
import type { LoanArrears } from './loan.service';
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
    /** The first stored instalment not fully paid, per loan. */
    nextInstallment: new DataLoader<string, LoanInstallmentEntity | null>(async (loanIds) => {
      const rows = await repository.nextInstallmentsFor(ctx, loanIds);
      const byLoan = new Map(rows.map((r) => [r.loanId, r]));
      return loanIds.map((id) => byLoan.get(id) ?? null);
    }),
    /** A loan's open instalments (after the first `paid`) summed up, by "loanId|paid": one statement per batch. */
    openSummary: new DataLoader<string, OpenInstallmentSummaryRow>(async (keys) => {
      const rows = await repository.openInstallmentSummariesFor(
        ctx,
        keys.map((key) => {
          const [loanId, paid] = key.split('|');
          return { loanId, paid: Number(paid) };
        }),
      );
      return rows; // one row per key, in the keys' order
    }),
    /** The first `count` stored instalments after the first `paid`, by "loanId|paid|count": one statement. */
    openInstallments: new DataLoader<string, LoanInstallmentEntity[]>(async (keys) => {
      const rows = await repository.openInstallmentsFor(
        ctx,
        keys.map((key) => {
          const [loanId, paid, count] = key.split('|');
          return { loanId, paid: Number(paid), count: Number(count) };
        }),
      );
      const groups = groupBy(rows, (r) => `${r.loanId}|${r.paid}|${r.count}`);
      return keys.map((key) => groups.get(key) ?? []);
    }),
    /** Stored instalment rows by "loanId|through" (through empty: all); one query per distinct `through`. */
    installments: new DataLoader<string, LoanInstallmentEntity[]>(async (keys) => {
      const byThrough = new Map<string, string[]>();
      for (const key of keys) {
        const [loanId, through] = key.split('|');
        byThrough.set(through, [...(byThrough.get(through) ?? []), loanId]);
      }
      const found = new Map<string, LoanInstallmentEntity[]>();
      for (const [through, loanIds] of byThrough) {
        const rows = await repository.installmentsFor(
          ctx,
          loanIds,
          through === '' ? undefined : Number(through),
        );
        for (const [loanId, group] of groupBy(rows, (r) => r.loanId))
          found.set(`${loanId}|${through}`, group);
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
    /** Stored allocation rows by repayment id. */
    allocations: new DataLoader<string, AllocationRow[]>(async (repaymentIds) => {
      const groups = groupBy(await repository.allocationsFor(ctx, repaymentIds), (a) => a.repaymentId);
      return repaymentIds.map((id) => groups.get(id) ?? []);
    }),
    repayments: new DataLoader<string, RepaymentEntity[]>(async (loanIds) => {
      const groups = groupBy(await repository.repaymentsFor(ctx, loanIds), (r) => r.loanId);
      return loanIds.map((id) => groups.get(id) ?? []);
    }),
    /**
     * Arrears by "loanId|day", derived from the loaders above (same request, same rows): a loan's ledger is
     * replayed once per request and day however many readers ask (the loan's delinquency, the customer's total,
     * the scenario's and the counsellor's figures).
     */
    arrears: new Map<string, Promise<LoanArrears>>(),
  });
  return (ctx: RequestContext) => loaders(ctx, factory);
}
