import type { ClientBase } from 'pg';
import { type Row, type SeedPart, registryKey } from '../../../common/seed';
import type { Employment, Gender, Region } from '../customer.enums';
import {
  CUSTOMER_COLUMNS,
  type GeneratedCustomer,
  customerRow,
  formatCustomerNumber,
  generateCustomers,
} from './customer-generator';

/** What later seed parts (cards, loans, spending…) get to know about each generated customer. */
export interface SeededCustomer {
  readonly id: string;
  readonly customerNumber: string;
  readonly birthDate: string;
  readonly gender: Gender;
  readonly region: Region;
  readonly householdSize: number;
  readonly employment: Employment;
  /** Whole KRW. */
  readonly annualIncome: number;
  readonly creditScore: number;
  readonly createdAt: Date;
}

/** Registry entry of the customers part, in customer-number order. */
export const SEEDED_CUSTOMERS = registryKey<readonly SeededCustomer[]>('customers');

/** Generated customers are numbered from C00000001: the seed's numbering, apart from API-created A-numbers. */
export const SEED_START_NUMBER = 1;

export class CustomerNumbersTakenError extends Error {
  constructor(readonly firstTaken: string) {
    super(
      `Customer ${firstTaken} already exists: this database has been seeded before. ` +
        `Seed into an empty database (generated customer numbers start at ${formatCustomerNumber(SEED_START_NUMBER)}).`,
    );
    this.name = 'CustomerNumbersTakenError';
  }
}

/** Fails before any work when the numbers this run would use are taken (a re-run with the same seed). */
async function assertNumbersFree(client: ClientBase, first: number, count: number): Promise<void> {
  const { rows } = await client.query<{ customer_number: string }>(
    'SELECT customer_number FROM customer WHERE customer_number BETWEEN $1 AND $2 ORDER BY customer_number LIMIT 1',
    [formatCustomerNumber(first), formatCustomerNumber(first + count - 1)],
  );
  if (rows.length > 0) throw new CustomerNumbersTakenError(rows[0].customer_number);
}

function toSeeded(customer: GeneratedCustomer): SeededCustomer {
  // Names and addresses stay out: no later part needs them, and a million of them would cost memory.
  const { name: _name, email: _email, updatedAt: _updatedAt, ...seeded } = customer;
  return seeded;
}

export const customersSeedPart: SeedPart = {
  name: 'customers',
  async run(ctx) {
    const count = ctx.options.customers;
    await assertNumbersFree(ctx.client, SEED_START_NUMBER, count);
    const seeded: SeededCustomer[] = [];
    function* rows(): Generator<Row> {
      for (const customer of generateCustomers(ctx.rng, count, {
        now: ctx.options.now,
        startNumber: SEED_START_NUMBER,
      })) {
        seeded.push(toSeeded(customer));
        yield customerRow(customer);
      }
    }
    ctx.progress.start('customers', count);
    const written = await ctx.writeRows('customer', CUSTOMER_COLUMNS, rows(), {
      onProgress: (done) => ctx.progress.update(done),
    });
    ctx.registry.set(SEEDED_CUSTOMERS, seeded);
    return { rows: { customer: written } };
  },
};
