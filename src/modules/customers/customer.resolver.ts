import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { RequestContext, RequestScope } from '../../common/context';
import { localIdOf } from '../../common/global-id';
import { PageArgsInput } from '../../common/graphql/page.args';
import { CreateCustomerInput, CustomerFilterInput, UpdateCustomerInput } from './customer.inputs';
import { CustomerConnection, CustomerWriteResult, EmailAddressConflictError } from './customer-results.type';
import { EmailAddressConflict } from './customer.errors';
import { CUSTOMER_TYPE, toCustomerType } from './customer.mapper';
import { assertCanReadCustomer, CUSTOMER_UPDATED, CustomerUpdatedEvent } from './customer.policy';
import type { CustomerEntity } from './customer.entity';
import { CustomerService } from './customer.service';
import { CustomerType } from './customer.type';

function toWriteResult(result: CustomerEntity | EmailAddressConflict, now: Date) {
  return result instanceof EmailAddressConflict
    ? Object.assign(new EmailAddressConflictError(), result)
    : toCustomerType(result, now);
}

@Resolver(() => CustomerType)
export class CustomerResolver {
  constructor(private readonly service: CustomerService) {}

  @Query(() => CustomerType, { description: 'One customer. Customers may read only their own record.' })
  async customer(
    @Arg('id', () => ID, { description: 'Global id of the customer.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerType> {
    return toCustomerType(await this.service.getByGlobalId(ctx, id), ctx.now());
  }

  @Query(() => CustomerConnection, {
    description: 'Customers, oldest first. Staff see all; a customer sees only their own record.',
  })
  async customers(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the name, the exact customer number, or the start of the e-mail address.',
    })
    search: string | undefined,
    @Arg('filter', () => CustomerFilterInput, {
      nullable: true,
      description: 'Only customers matching every given criterion.',
    })
    filter: CustomerFilterInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof CustomerConnection>> {
    const now = ctx.now();
    return CustomerConnection.from(await this.service.list(ctx, { ...page, search, filter }), (c) =>
      toCustomerType(c, now),
    );
  }

  @Mutation(() => CustomerWriteResult, { description: 'Creates a customer (ADMIN).' })
  async createCustomer(
    @Arg('input', () => CreateCustomerInput, { description: 'The customer to create.' })
    input: CreateCustomerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof CustomerWriteResult> {
    return toWriteResult(await this.service.create(ctx, input), ctx.now());
  }

  @Mutation(() => CustomerWriteResult, {
    description: 'Changes a customer (ADMIN, or the customer themselves except the credit score).',
  })
  async updateCustomer(
    @Arg('input', () => UpdateCustomerInput, {
      description: 'The customer and the fields to change (left-out fields stay as they are).',
    })
    input: UpdateCustomerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof CustomerWriteResult> {
    const { id, ...changes } = input;
    return toWriteResult(await this.service.update(ctx, id, changes), ctx.now());
  }

  @Subscription(() => CustomerType, {
    description: 'Emits the customer each time it is updated (staff, or the customer themselves).',
    // Runs once at subscribe time: access is checked before anything is delivered.
    topics: ({ args, context }) => {
      assertCanReadCustomer((context as RequestContext).viewer, localIdOf(CUSTOMER_TYPE, args.id as string));
      return CUSTOMER_UPDATED;
    },
    topicId: ({ args }) => localIdOf(CUSTOMER_TYPE, args.id as string),
  })
  async customerUpdated(
    @Arg('id', () => ID, { description: 'Global id of the customer to watch.' }) _id: string,
    @Root() event: CustomerUpdatedEvent,
    @Ctx() ctx: RequestContext,
  ): Promise<CustomerType> {
    // Fresh loaders per event (DESIGN §3): the connection's context lives as long as the socket.
    const eventCtx = { ...ctx, scope: new RequestScope() };
    return toCustomerType(await this.service.getById(eventCtx, event.customerId), ctx.now());
  }
}
