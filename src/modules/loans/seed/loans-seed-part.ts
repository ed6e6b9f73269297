import { DEFAULT_KRW_ROUNDING, type RoundingRule } from '../../../common/money';
import { type Row, type SeedPart, registryKey } from '../../../common/seed';
import { SEEDED_CUSTOMERS } from '../../customers';
import {
  type GeneratedLoan,
  LOAN_COLUMNS,
  type LoanOutcome,
  REPAYMENT_COLUMNS,
  generateLoans,
  loanRow,
  repaymentRow,
} from './loan-generator';
import { installmentRows, replayLedger } from '../loan-ledger';

const INSTALLMENT_COLUMNS = [
  'loan_id',
  'number',
  'due_date',
  'days',
  'annual_rate',
  'principal',
  'interest',
  'payment',
  'balance_after',
  'principal_paid',
  'interest_paid',
] as const;

const ALLOCATION_COLUMNS = ['repayment_id', 'loan_id', 'installment_number', 'part', 'amount'] as const;

/** What later seed parts (refinance applications…) get to know about each generated loan. */
export interface SeededLoan {
  readonly id: string;
  readonly customerId: string;
  readonly kind: GeneratedLoan['loan']['kind'];
  readonly status: GeneratedLoan['loan']['status'];
  readonly outcome: LoanOutcome;
}

export const SEEDED_LOANS = registryKey<readonly SeededLoan[]>('loans');

/**
 * Loans are written in chunks: a chunk's loans (one COPY), then their repayments (another), so memory stays
 * bounded however many customers there are, and every repayment's loan already exists when it arrives.
 */
const CHUNK_LOANS = 5_000;

export function createLoansSeedPart(rounding: RoundingRule = DEFAULT_KRW_ROUNDING): SeedPart {
  return {
    name: 'loans',
    dependsOn: ['customers'],
    async run(ctx) {
      const customers = ctx.registry.get(SEEDED_CUSTOMERS);
      const seeded: SeededLoan[] = [];
      let loans = 0;
      let repayments = 0;
      let chunk: GeneratedLoan[] = [];
      let customersDone = 0;
      const flush = async (): Promise<void> => {
        if (chunk.length === 0) return;
        const current = chunk;
        chunk = [];
        loans += await ctx.writeRows(
          'loan',
          LOAN_COLUMNS,
          current.map((g) => loanRow(g.loan) as Row),
        );
        function* repaymentRows(): Generator<Row> {
          for (const g of current) for (const r of g.repayments) yield repaymentRow(r);
        }
        repayments += await ctx.writeRows('repayment', REPAYMENT_COLUMNS, repaymentRows());
        // The stored schedule as RepaymentService would have left it (the same pure replay, same rounding).
        const states = current.map((g) => replayLedger(g.loan, [], g.repayments, rounding));
        function* installments(): Generator<Row> {
          for (const [k, g] of current.entries()) {
            for (const r of installmentRows(g.loan.id, states[k])) {
              yield [
                r.loanId,
                r.number,
                r.dueDate,
                r.days,
                r.annualRate,
                r.principal,
                r.interest,
                r.payment,
                r.balanceAfter,
                r.principalPaid,
                r.interestPaid,
              ];
            }
          }
        }
        await ctx.writeRows('loan_installment', INSTALLMENT_COLUMNS, installments());
        // Each repayment's allocation rows, as RepaymentService writes them (the same replay).
        function* allocations(): Generator<Row> {
          for (const [k, g] of current.entries()) {
            for (const a of states[k].allocations) {
              yield [g.repayments[a.entry].id, g.loan.id, a.installmentNumber, a.part, a.amount];
            }
          }
        }
        await ctx.writeRows('repayment_allocation', ALLOCATION_COLUMNS, allocations());
        ctx.progress.update(customersDone);
      };
      function* counted() {
        for (const c of customers) {
          yield c;
          customersDone++;
        }
      }
      ctx.progress.start('loans', customers.length);
      for (const generated of generateLoans(ctx.rng, counted(), { now: ctx.options.now, rounding })) {
        const { loan, outcome } = generated;
        seeded.push({
          id: loan.id,
          customerId: loan.customerId,
          kind: loan.kind,
          status: loan.status,
          outcome,
        });
        chunk.push(generated);
        if (chunk.length >= CHUNK_LOANS) await flush();
      }
      await flush();
      ctx.progress.update(customers.length);
      ctx.registry.set(SEEDED_LOANS, seeded);
      return { rows: { loan: loans, repayment: repayments } };
    },
  };
}

/** The loans part with the default rounding rule (whole won, truncated). */
export const loansSeedPart: SeedPart = createLoansSeedPart();
