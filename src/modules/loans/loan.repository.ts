import { Brackets, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import { LoanEntity, LoanInstallmentEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
import type { InstallmentRow } from './loan-ledger';
import type { AllocationRow, LoanQuery, LoanStatsRow, ReprocessingRow } from './loan.model';

// All loan SQL, always on ctx.manager.

const ORDER_COLUMNS = {
  CREATED_AT: 'l.created_at',
  PRINCIPAL: 'l.principal',
  DISBURSED_ON: 'l.disbursed_on',
} as const;

/**
 * SQL for "the next unpaid instalment is overdue" (due k = disbursed_on + k months): its due date is before
 * `:overdueCutoff` — `overdueCutoff(today)` when due dates move to the next business day, else today itself.
 */
const OVERDUE_SQL = `(l.status = 'ACTIVE' AND (l.disbursed_on + (l.paid_installments + 1) * interval '1 month')::date < :overdueCutoff)`;

/** Every LoanEntity column under its property name, as TypeORM hydrates it (numeric → string, date → YYYY-MM-DD). */
const LOAN_COLUMNS = `l.id, l.loan_number AS "loanNumber", l.customer_id AS "customerId", l.kind,
  l.repayment_method AS "repaymentMethod", l.rate_type AS "rateType", l.fixed_period_months AS "fixedPeriodMonths",
  l.interest_convention AS "interestConvention", l.lender, l.lender_type AS "lenderType", l.principal::text AS principal,
  l.credit_limit::text AS "creditLimit", l.annual_rate::text AS "annualRate", l.term_months AS "termMonths",
  l.grace_months AS "graceMonths", to_char(l.disbursed_on, 'YYYY-MM-DD') AS "disbursedOn",
  to_char(l.maturity_on, 'YYYY-MM-DD') AS "maturityOn", l.collateral_value::text AS "collateralValue",
  l.outstanding_principal::text AS "outstandingPrincipal", l.paid_installments AS "paidInstallments",
  l.partial_credit::text AS "partialCredit", l.status, to_char(l.closed_on, 'YYYY-MM-DD') AS "closedOn",
  l.created_at AS "createdAt", l.updated_at AS "updatedAt"`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A loan's open instalments in one row (`openInstallmentSummariesFor`): the next one's columns null when none. */
export interface OpenInstallmentSummaryRow {
  loanId: string;
  /** Instalment rows stored for the loan (0: written around the writers, e.g. bulk SQL — replay it). */
  stored: number;
  remaining: number;
  remainingInterest: string;
  number: number | null;
  dueDate: string | null;
  days: number | null;
  annualRate: string | null;
  principal: string | null;
  interest: string | null;
  payment: string | null;
  balanceAfter: string | null;
  principalPaid: string | null;
  interestPaid: string | null;
}

export class LoanRepository {
  private qb(ctx: RequestContext): SelectQueryBuilder<LoanEntity> {
    return ctx.manager.getRepository(LoanEntity).createQueryBuilder('l');
  }

  findById(ctx: RequestContext, id: string): Promise<LoanEntity | null> {
    return ctx.manager.getRepository(LoanEntity).findOneBy({ id });
  }

  /** Locks the loan row: repayments on one loan are applied one at a time. */
  findByIdForUpdate(ctx: RequestContext, id: string): Promise<LoanEntity | null> {
    return this.qb(ctx).setLock('pessimistic_write').where('l.id = :id', { id }).getOne();
  }

  // The two loaders' reads (a page's loans) in plain SQL, rows shaped as the entity: TypeORM's query building and
  // hydration were a tenth of the loans page's CPU (issue 13). Same columns and values as the entity reads them.
  findByIds(ctx: RequestContext, ids: readonly string[]): Promise<LoanEntity[]> {
    return ctx.manager.query(`SELECT ${LOAN_COLUMNS} FROM loan l WHERE l.id = ANY($1)`, [ids]) as Promise<
      LoanEntity[]
    >;
  }

  findByCustomerIds(ctx: RequestContext, customerIds: readonly string[]): Promise<LoanEntity[]> {
    return ctx.manager.query(
      `SELECT ${LOAN_COLUMNS} FROM loan l WHERE l.customer_id = ANY($1) ORDER BY l.disbursed_on ASC, l.id ASC`,
      [customerIds],
    ) as Promise<LoanEntity[]>;
  }

  // The ledger's two loaders (every arrears, payoff and chat turn about a loan replays them) in plain SQL too, for
  // the same reason: their query building was ~0.7 ms each on a chat turn's time to first token (issue 15).
  rateChangesFor(ctx: RequestContext, loanIds: readonly string[]): Promise<LoanRateChangeEntity[]> {
    return ctx.manager.query(
      `SELECT r.loan_id AS "loanId", r.from_installment AS "fromInstallment", r.annual_rate::text AS "annualRate"
       FROM loan_rate_change r WHERE r.loan_id = ANY($1) ORDER BY r.from_installment ASC`,
      [loanIds],
    ) as Promise<LoanRateChangeEntity[]>;
  }

  repaymentsFor(ctx: RequestContext, loanIds: readonly string[]): Promise<RepaymentEntity[]> {
    return ctx.manager.query(
      `SELECT p.id, p.loan_id AS "loanId", p.idempotency_key AS "idempotencyKey", p.kind,
         to_char(p.paid_on, 'YYYY-MM-DD') AS "paidOn", p.amount::text AS amount,
         p.principal_amount::text AS "principalAmount", p.interest_amount::text AS "interestAmount",
         p.fee_amount::text AS "feeAmount", p.penalty_amount::text AS "penaltyAmount", p.fee_rule_set AS "feeRuleSet",
         p.balance_after::text AS "balanceAfter", p.revision, p.seq::text AS seq, p.recorded_by AS "recordedBy",
         p.created_at AS "createdAt"
       FROM repayment p WHERE p.loan_id = ANY($1) ORDER BY p.seq ASC`,
      [loanIds],
    ) as Promise<RepaymentEntity[]>;
  }

  /** Stored instalments 1…through (all without it) of the loans, in order. */
  installmentsFor(
    ctx: RequestContext,
    loanIds: readonly string[],
    through?: number,
  ): Promise<LoanInstallmentEntity[]> {
    // Plain SQL: a page reads hundreds of these rows, and entity hydration was a visible share of its cost.
    return ctx.manager.query(
      `SELECT loan_id AS "loanId", number, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", days,
              annual_rate::text AS "annualRate", principal::text, interest::text, payment::text,
              balance_after::text AS "balanceAfter", principal_paid::text AS "principalPaid",
              interest_paid::text AS "interestPaid"
         FROM loan_installment
        WHERE loan_id = ANY($1) AND ($2::int IS NULL OR number <= $2::int)
        ORDER BY loan_id, number`,
      [loanIds, through ?? null],
    ) as Promise<LoanInstallmentEntity[]>;
  }

  /**
   * Per loan, in one statement: how many instalment rows are stored, and of those after the first `paid` (the
   * loan's paid instalments) how many there are, their interest, and the first of them (null when none). One row
   * per given loan, in the given order.
   */
  openInstallmentSummariesFor(
    ctx: RequestContext,
    loans: readonly { loanId: string; paid: number }[],
  ): Promise<OpenInstallmentSummaryRow[]> {
    return ctx.manager.query(
      `SELECT q.loan_id AS "loanId", s.stored, s.remaining, s.remaining_interest AS "remainingInterest",
              n.number, to_char(n.due_date, 'YYYY-MM-DD') AS "dueDate", n.days, n.annual_rate::text AS "annualRate",
              n.principal::text, n.interest::text, n.payment::text, n.balance_after::text AS "balanceAfter",
              n.principal_paid::text AS "principalPaid", n.interest_paid::text AS "interestPaid"
         FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS q(loan_id, paid, ord)
        CROSS JOIN LATERAL (
              SELECT count(*)::int AS stored,
                     count(*) FILTER (WHERE i.number > q.paid)::int AS remaining,
                     coalesce(sum(i.interest) FILTER (WHERE i.number > q.paid), 0)::text AS remaining_interest
                FROM loan_installment i WHERE i.loan_id = q.loan_id) s
         LEFT JOIN LATERAL (
              SELECT * FROM loan_installment i WHERE i.loan_id = q.loan_id AND i.number > q.paid
               ORDER BY i.number LIMIT 1) n ON true
        ORDER BY q.ord`,
      [loans.map((l) => l.loanId), loans.map((l) => l.paid)],
    ) as Promise<OpenInstallmentSummaryRow[]>;
  }

  /** Per loan, the first `count` stored instalments after the first `paid`, in order (a schedule's open page). */
  openInstallmentsFor(
    ctx: RequestContext,
    loans: readonly { loanId: string; paid: number; count: number }[],
  ): Promise<(LoanInstallmentEntity & { paid: number; count: number })[]> {
    return ctx.manager.query(
      `SELECT q.loan_id AS "loanId", q.paid, q.count, i.number, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
              i.days, i.annual_rate::text AS "annualRate", i.principal::text, i.interest::text, i.payment::text,
              i.balance_after::text AS "balanceAfter", i.principal_paid::text AS "principalPaid",
              i.interest_paid::text AS "interestPaid"
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS q(loan_id, paid, count)
         JOIN LATERAL (
              SELECT * FROM loan_installment i WHERE i.loan_id = q.loan_id AND i.number > q.paid
               ORDER BY i.number LIMIT q.count) i ON true
        ORDER BY q.loan_id, q.paid, q.count, i.number`,
      [loans.map((l) => l.loanId), loans.map((l) => l.paid), loans.map((l) => l.count)],
    ) as Promise<(LoanInstallmentEntity & { paid: number; count: number })[]>;
  }

  /** Per loan, the first stored instalment not fully paid. */
  nextInstallmentsFor(ctx: RequestContext, loanIds: readonly string[]): Promise<LoanInstallmentEntity[]> {
    return ctx.manager
      .getRepository(LoanInstallmentEntity)
      .createQueryBuilder('i')
      .distinctOn(['i.loan_id'])
      .where('i.loan_id = ANY(:loanIds)', { loanIds })
      .andWhere('(i.principal_paid < i.principal OR i.interest_paid < i.interest)')
      .orderBy('i.loan_id')
      .addOrderBy('i.number', 'ASC')
      .getMany();
  }

  /** Rewrites a loan's stored schedule (in the transaction of the event that changed it). */
  async replaceInstallments(
    ctx: RequestContext,
    loanId: string,
    rows: readonly InstallmentRow[],
  ): Promise<void> {
    await ctx.manager.getRepository(LoanInstallmentEntity).delete({ loanId });
    for (let i = 0; i < rows.length; i += 500) {
      await ctx.manager
        .createQueryBuilder()
        .insert()
        .into(LoanInstallmentEntity)
        .values(rows.slice(i, i + 500))
        .execute();
    }
  }

  findRepaymentByKey(
    ctx: RequestContext,
    loanId: string,
    idempotencyKey: string,
  ): Promise<RepaymentEntity | null> {
    return ctx.manager.getRepository(RepaymentEntity).findOneBy({ loanId, idempotencyKey });
  }

  async insertLoan(ctx: RequestContext, loan: Omit<LoanEntity, 'id' | 'loanNumber'>): Promise<LoanEntity> {
    const result = await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(LoanEntity)
      .values(loan)
      .returning('id')
      .execute();
    return (await this.findById(ctx, (result.raw as { id: string }[])[0].id))!;
  }

  async insertRepayment(
    ctx: RequestContext,
    repayment: Omit<RepaymentEntity, 'id' | 'seq' | 'revision'>,
  ): Promise<RepaymentEntity> {
    const repo = ctx.manager.getRepository(RepaymentEntity);
    return { ...(await repo.save(repo.create(repayment))), revision: 0 };
  }

  /** A later repayment's parts after reprocessing (its amount never changes), and its revision bumped. */
  async reallocateRepayment(
    ctx: RequestContext,
    id: string,
    parts: { principalAmount: string; interestAmount: string; penaltyAmount: string; balanceAfter: string },
  ): Promise<void> {
    await ctx.manager.query(
      `UPDATE repayment SET principal_amount = $2, interest_amount = $3, penalty_amount = $4, balance_after = $5,
              revision = revision + 1
        WHERE id = $1`,
      [id, parts.principalAmount, parts.interestAmount, parts.penaltyAmount, parts.balanceAfter],
    );
  }

  async insertReprocessing(ctx: RequestContext, rows: readonly ReprocessingRow[]): Promise<void> {
    for (const r of rows) {
      await ctx.manager.query(
        `INSERT INTO repayment_reprocessing (loan_id, repayment_id, triggered_by, revision, principal_before,
           interest_before, penalty_before, balance_after_before, principal_after, interest_after, penalty_after,
           balance_after_after, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          r.loanId,
          r.repaymentId,
          r.triggeredBy,
          r.revision,
          r.before.principal,
          r.before.interest,
          r.before.penalty,
          r.before.balanceAfter,
          r.after.principal,
          r.after.interest,
          r.after.penalty,
          r.after.balanceAfter,
          r.createdAt,
        ],
      );
    }
  }

  /** Replaces the allocation rows of these repayments (in the transaction that recorded or reprocessed them). */
  async replaceAllocations(
    ctx: RequestContext,
    repaymentIds: readonly string[],
    rows: readonly AllocationRow[],
  ): Promise<void> {
    await ctx.manager.query(`DELETE FROM repayment_allocation WHERE repayment_id = ANY($1)`, [repaymentIds]);
    for (let i = 0; i < rows.length; i += 1000) {
      const part = rows.slice(i, i + 1000);
      await ctx.manager.query(
        `INSERT INTO repayment_allocation (repayment_id, loan_id, installment_number, part, amount)
         VALUES ${part.map((_r, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`).join(', ')}`,
        part.flatMap((a) => [a.repaymentId, a.loanId, a.installmentNumber, a.part, a.amount]),
      );
    }
  }

  /** Allocation rows of the repayments: fee, penalty, then by instalment (interest before principal). */
  allocationsFor(ctx: RequestContext, repaymentIds: readonly string[]): Promise<AllocationRow[]> {
    return ctx.manager.query(
      `SELECT repayment_id AS "repaymentId", loan_id AS "loanId", installment_number AS "installmentNumber", part,
              amount::text
         FROM repayment_allocation
        WHERE repayment_id = ANY($1)
        ORDER BY repayment_id, id`,
      [repaymentIds],
    ) as Promise<AllocationRow[]>;
  }

  async upsertRateChange(ctx: RequestContext, change: LoanRateChangeEntity): Promise<void> {
    await ctx.manager.getRepository(LoanRateChangeEntity).upsert(change, ['loanId', 'fromInstallment']);
  }

  async updateLoan(ctx: RequestContext, id: string, changes: Partial<LoanEntity>): Promise<void> {
    await ctx.manager.getRepository(LoanEntity).update({ id }, changes);
  }

  private filtered(ctx: RequestContext, query: LoanQuery): SelectQueryBuilder<LoanEntity> {
    const q = this.qb(ctx);
    const f = query.filter ?? {};
    if (query.customerId) q.andWhere('l.customer_id = :customerId', { customerId: query.customerId });
    const search = query.search?.trim();
    if (search) {
      // Search by customer name or e-mail, or the exact loan number.
      q.innerJoin('customer', 'c', 'c.id = l.customer_id').andWhere(
        new Brackets((w) => {
          w.where(`c.name ILIKE :contains ESCAPE '\\'`, { contains: `%${escapeLike(search)}%` })
            .orWhere(`lower(c.email) LIKE :prefix ESCAPE '\\'`, {
              prefix: `${escapeLike(search.toLowerCase())}%`,
            })
            .orWhere('l.loan_number = :exact', { exact: search.toUpperCase() });
        }),
      );
    }
    if (f.kinds?.length) q.andWhere('l.kind = ANY(:kinds)', { kinds: f.kinds });
    if (f.statuses?.length) q.andWhere('l.status = ANY(:statuses)', { statuses: f.statuses });
    if (f.lender) q.andWhere('l.lender = :lender', { lender: f.lender });
    if (f.delinquent != null)
      q.andWhere(f.delinquent ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, { overdueCutoff: query.overdueCutoff });
    return q;
  }

  /** Keyset page on (order column, id); backward pages come back reversed. */
  async page(ctx: RequestContext, query: LoanQuery, page: PageRequest): Promise<LoanEntity[]> {
    const column = ORDER_COLUMNS[query.order.field];
    const ascending = (query.order.direction === 'ASC') === (page.direction === 'forward');
    const q = this.filtered(ctx, query);
    if (page.cursor) {
      const [value, id] = page.cursor as [string, string];
      q.andWhere(`(${column}, l.id) ${ascending ? '>' : '<'} (:value, :id::uuid)`, { value, id });
    }
    const dir = ascending ? 'ASC' : 'DESC';
    return q
      .orderBy(column, dir)
      .addOrderBy('l.id', dir)
      .limit(page.limit + 1)
      .getMany();
  }

  count(ctx: RequestContext, query: LoanQuery): Promise<number> {
    return this.filtered(ctx, query).getCount();
  }

  /** Totals, by status and by kind in one GROUPING SETS query: counts, sums, averages and arrears rates in SQL. */
  async stats(ctx: RequestContext, overdueCutoff: string): Promise<LoanStatsRow[]> {
    return (await ctx.manager.query(
      `SELECT CASE WHEN GROUPING(l.status) = 0 THEN 'STATUS' WHEN GROUPING(l.kind) = 0 THEN 'KIND' ELSE 'ALL' END AS dimension,
              COALESCE(l.status, l.kind) AS key,
              count(*)::int AS count,
              COALESCE(sum(l.principal), 0)::text AS principal,
              COALESCE(sum(l.outstanding_principal), 0)::text AS outstanding,
              COALESCE(trunc(avg(l.principal)), 0)::text AS "averagePrincipal",
              (count(*) FILTER (WHERE ${OVERDUE_SQL.replace(':overdueCutoff', '$1::date')}))::int AS delinquent,
              COALESCE(round((count(*) FILTER (WHERE ${OVERDUE_SQL.replace(':overdueCutoff', '$1::date')}))::numeric
                / NULLIF(count(*) FILTER (WHERE l.status = 'ACTIVE'), 0), 4), 0)::text AS "delinquencyRate"
         FROM loan l
        GROUP BY GROUPING SETS ((), (l.status), (l.kind))
        ORDER BY 1, 2`,
      [overdueCutoff],
    )) as LoanStatsRow[];
  }
}

export function loanCursorKeys(field: LoanQuery['order']['field']) {
  return (l: LoanEntity): [string, string] => {
    const value =
      field === 'CREATED_AT'
        ? l.createdAt.toISOString()
        : field === 'PRINCIPAL'
          ? l.principal
          : l.disbursedOn;
    return [value, l.id];
  };
}
