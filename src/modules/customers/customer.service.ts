import { inTransaction, RequestContext, Role, Viewer } from '../../common/context';
import type { PubSub } from '../../platform/pubsub/pubsub';
import { ageOn, koreanDate } from '../../common/dates';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors';
import { assertCanReadCustomer, CUSTOMER_UPDATED, CustomerUpdatedEvent, isStaff } from './customer.policy';
import { localIdOf } from '../../common/global-id';
import { PageArgs, toConnection, toPageRequest } from '../../common/pagination';
import type { CountedConnection } from '../../common/graphql/types';
import type { CustomerEntity } from './customer.entity';
import { EmailAddressConflict } from './customer.errors';
import { customerLoaders } from './customer.loaders';
import { CUSTOMER_TYPE } from './customer.mapper';
import type { CustomerChanges, CustomerFilter, NewCustomer } from './customer.model';
import { customerCursorKeys, CustomerRepository } from './customer.repository';

/** The youngest a customer may be (만 나이), as the inputs' descriptions say. */
export const MIN_CUSTOMER_AGE = 14;

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

// Business rules for customers, including who may see and change what (ownership lives here, not in decorators).
export class CustomerService {
  private readonly loadersOf: ReturnType<typeof customerLoaders>;

  constructor(
    private readonly repository: CustomerRepository,
    private readonly events: Pick<PubSub, 'publish'>,
  ) {
    this.loadersOf = customerLoaders(repository);
  }

  /** Throws FORBIDDEN unless the viewer may read this customer's data. */
  assertCanRead(ctx: RequestContext, customerId: string): Viewer {
    return assertCanReadCustomer(ctx.viewer, customerId);
  }

  /** `field`: the argument the id came in, named by a BAD_USER_INPUT when it is not a customer's global id. */
  async getByGlobalId(ctx: RequestContext, globalId: string, field = 'id'): Promise<CustomerEntity> {
    return this.getById(ctx, localIdOf(CUSTOMER_TYPE, globalId, field));
  }

  async getById(ctx: RequestContext, id: string): Promise<CustomerEntity> {
    this.assertCanRead(ctx, id);
    const customer = await this.loadersOf(ctx).byId.load(id);
    if (!customer) throw notFound('Customer');
    return customer;
  }

  async list(
    ctx: RequestContext,
    args: PageArgs & { search?: string | null; filter?: CustomerFilter | null },
  ): Promise<CountedConnection<CustomerEntity>> {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(args, undefined, ['instant', 'uuid']);
    // A customer's list is scoped in SQL to their own record; staff see everyone.
    const query = {
      search: args.search ?? undefined,
      filter: args.filter ?? undefined,
      today: koreanDate(ctx.now()),
      onlyId: isStaff(viewer) ? undefined : (viewer.customerId ?? '00000000-0000-0000-0000-000000000000'),
    };
    const rows = await this.repository.page(ctx, query, request);
    for (const row of rows) this.loadersOf(ctx).byId.prime(row.id, row);
    return {
      ...toConnection(rows, request, customerCursorKeys, (c) => c),
      totalCount: () => this.repository.count(ctx, query),
    };
  }

  async create(ctx: RequestContext, input: NewCustomer): Promise<CustomerEntity | EmailAddressConflict> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== Role.ADMIN) throw forbidden('Only administrators can create customers');
    return this.insert(ctx, input);
  }

  /**
   * Creates a customer without a role check: for registration, which authorises on its own. `birthDateField`: where
   * the birth date sits in the caller's input (`profile.birthDate` for registration).
   */
  async insert(
    ctx: RequestContext,
    input: NewCustomer,
    birthDateField = 'birthDate',
  ): Promise<CustomerEntity | EmailAddressConflict> {
    // The schema's promise ("customers are 14 or older"): a birth date in the future or a child is refused before
    // anything is written.
    if (ageOn(input.birthDate, koreanDate(ctx.now())) < MIN_CUSTOMER_AGE)
      throw badInput(
        birthDateField,
        `must be at least ${MIN_CUSTOMER_AGE} years before today (customers are ${MIN_CUSTOMER_AGE} or older)`,
      );
    return inTransaction(ctx, async (tx) => {
      if (input.email && (await this.repository.emailTaken(tx, input.email))) {
        return new EmailAddressConflict(input.email);
      }
      return this.repository.insert(tx, { ...input, name: input.name.trim() }, tx.now());
    });
  }

  async update(
    ctx: RequestContext,
    globalId: string,
    changes: CustomerChanges,
  ): Promise<CustomerEntity | EmailAddressConflict> {
    const id = localIdOf(CUSTOMER_TYPE, globalId);
    const viewer = this.assertCanRead(ctx, id);
    if (viewer.role === Role.ANALYST) throw forbidden('Analysts have read-only access');
    // Credit score and income are verified figures (bureau, documents): a customer cannot declare their own.
    if (viewer.role === Role.CUSTOMER && changes.creditScore !== undefined) {
      throw forbidden('Only staff can change a credit score');
    }
    if (viewer.role === Role.CUSTOMER && changes.annualIncome !== undefined) {
      throw forbidden('Only staff can change a verified income');
    }
    const result = await inTransaction(ctx, async (tx) => {
      if (!(await this.repository.findById(tx, id))) throw notFound('Customer');
      if (changes.email && (await this.repository.emailTaken(tx, changes.email, id))) {
        return new EmailAddressConflict(changes.email);
      }
      const defined = Object.fromEntries(
        Object.entries(changes).filter(([, v]) => v !== undefined && v !== null),
      ) as CustomerChanges;
      return this.repository.update(tx, id, defined, tx.now());
    });
    if (!(result instanceof EmailAddressConflict)) {
      // Published after commit, so a subscriber never reloads a change that was rolled back.
      const event: CustomerUpdatedEvent = { customerId: id, updatedAt: result.updatedAt.toISOString() };
      this.events.publish(CUSTOMER_UPDATED, id, event);
    }
    return result;
  }
}
