import DataLoader from 'dataloader';
import { loaders, RequestContext } from '../../common/context';
import { AuthRepository } from './auth.repository';
import type { UserEntity } from './user.entity';

export function authLoaders(repository: AuthRepository) {
  const factory = (ctx: RequestContext) => ({
    userByCustomerId: new DataLoader<string, UserEntity | null>(async (customerIds) => {
      const users = await repository.findUsersByCustomerIds(ctx, customerIds);
      const byCustomer = new Map(users.map((u) => [u.customerId!, u]));
      return customerIds.map((id) => byCustomer.get(id) ?? null);
    }),
  });
  return (ctx: RequestContext) => loaders(ctx, factory);
}
