import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { CustomerLoginType, CustomerService, CustomerType, toCustomerType } from '../customers';
import { authLoaders } from './auth.loaders';
import { AuthRepository } from './auth.repository';
import { UserType } from './auth.type';

@Resolver(() => CustomerType)
export class CustomerLoginFieldResolver {
  private readonly loadersOf;

  constructor(repository: AuthRepository) {
    this.loadersOf = authLoaders(repository);
  }

  // Batched per request: customers(first: n) { login { … } } issues one query for all n customers.
  @FieldResolver(() => CustomerLoginType, {
    nullable: true,
    description: "The customer's online-banking login.",
  })
  async login(@Root() customer: CustomerType, @Ctx() ctx: RequestContext): Promise<CustomerLoginType | null> {
    const user = await this.loadersOf(ctx).userByCustomerId.load(customer.localId);
    return user && { email: user.email, role: user.role, lastLoginAt: user.lastLoginAt };
  }
}

@Resolver(() => UserType)
export class UserFieldResolver {
  constructor(private readonly customers: CustomerService) {}

  @FieldResolver(() => CustomerType, {
    nullable: true,
    description: 'The customer record of a CUSTOMER login.',
  })
  async customer(@Root() user: UserType, @Ctx() ctx: RequestContext): Promise<CustomerType | null> {
    if (!user.customerLocalId) return null;
    const asUser = user.sessionViewer ? { ...ctx, viewer: user.sessionViewer } : ctx;
    return toCustomerType(await this.customers.getById(asUser, user.customerLocalId), ctx.now());
  }
}
