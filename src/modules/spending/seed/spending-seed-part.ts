import type { PoolClient } from 'pg';
import { formatQuarter } from '../../../common/quarters';
import { type Row, type SeedPart } from '../../../common/seed';
import { SEEDED_CUSTOMERS } from '../../customers';
import { recomputeQuarterSql } from '../quarter-aggregation';
import {
  CARD_COLUMNS,
  TRANSACTION_COLUMNS,
  type SpendingProfile,
  cardRow,
  generateCards,
  profileOf,
  quarterStreamLabel,
  quarterTransactions,
  seedQuarters,
} from './spending-generator';

/** Customer quarters are materialised by the same SQL as recomputeQuarter, then income and card debt are added. */
async function materialise(client: PoolClient, now: Date): Promise<number> {
  // Fresh statistics first: without them the planner expects a handful of rows and scans everything.
  await client.query('ANALYZE card_transaction');
  const run = async (text: string, params: unknown[]) => (await client.query(text, params)).rows;
  let rows = 0;
  for (const quarter of seedQuarters(now)) rows += (await recomputeQuarterSql(run, quarter, now)).computed;
  // What the bank knows beside card spending (as an import would bring it): a quarter of the annual income,
  // and card debt = net credit-card spending of the quarter's last month (billed the month after).
  await client.query(
    `UPDATE customer_quarter q SET income = trunc(c.annual_income / 4, -4)
     FROM customer c WHERE c.id = q.customer_id AND q.source = 'COMPUTED'`,
  );
  await client.query(
    `UPDATE customer_quarter q SET card_balance = greatest(b.debt, 0)
     FROM (
       SELECT t.customer_id, date_trunc('quarter', (t.occurred_at AT TIME ZONE 'UTC') + interval '9 hours')::date AS quarter_start,
              sum(t.amount) AS debt
       FROM card_transaction t JOIN card c ON c.id = t.card_id AND c.card_type = 'CREDIT'
       WHERE extract(month FROM (t.occurred_at AT TIME ZONE 'UTC') + interval '9 hours') IN (3, 6, 9, 12)
       GROUP BY 1, 2) b
     WHERE b.customer_id = q.customer_id AND b.quarter_start = q.quarter_start AND q.source = 'COMPUTED'`,
  );
  return rows;
}

export const spendingSeedPart: SeedPart = {
  name: 'spending', // also the name of its random stream: do not rename casually
  dependsOn: ['customers'],
  async run(ctx) {
    const customers = ctx.registry.get(SEEDED_CUSTOMERS);
    const now = ctx.options.now;
    const cardsRng = ctx.rng.fork('cards');
    const profileRng = ctx.rng.fork('profiles');
    const txRng = ctx.rng.fork('transactions');
    const profiles: SpendingProfile[] = [];

    ctx.progress.start('cards', customers.length);
    let seen = 0;
    function* cards(): Generator<Row> {
      for (const customer of customers) {
        seen++;
        const owned = generateCards(cardsRng.fork(customer.customerNumber), customer, now);
        if (owned.length > 0)
          profiles.push(profileOf(profileRng.fork(customer.customerNumber), customer, owned, now));
        for (const card of owned) yield cardRow(card);
      }
    }
    const cardCount = await ctx.writeRows('card', CARD_COLUMNS, cards(), {
      onProgress: () => ctx.progress.update(seen),
    });
    ctx.progress.stop();

    const quarters = seedQuarters(now);
    ctx.progress.start('card transactions (customer-quarters)', profiles.length * quarters.length);
    let done = 0;
    function* transactions(): Generator<Row> {
      for (const quarter of quarters) {
        for (const profile of profiles) {
          yield* quarterTransactions(
            txRng.fork(quarterStreamLabel(profile.customer.customerNumber, quarter)),
            profile,
            quarter,
            now,
          );
          if (++done % 1000 === 0) ctx.progress.update(done);
        }
      }
    }
    const txCount = await ctx.writeRows('card_transaction', TRANSACTION_COLUMNS, transactions());
    ctx.progress.update(done);
    ctx.progress.stop();

    ctx.progress.start(
      `customer quarters ${formatQuarter(quarters[0])}–${formatQuarter(quarters.at(-1)!)}`,
      quarters.length,
    );
    const quarterRows = await materialise(ctx.client, now);
    const [{ n: categoryRows }] = (
      await ctx.client.query<{ n: number }>('SELECT count(*)::int AS n FROM customer_quarter_category')
    ).rows;
    return {
      rows: {
        card: cardCount,
        card_transaction: txCount,
        customer_quarter: quarterRows,
        customer_quarter_category: categoryRows,
      },
    };
  },
};
