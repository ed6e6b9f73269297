import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorResult } from '../../common/graphql/types';
import { connectionTypes } from '../../common/graphql/types';
import { CustomerType } from './customer.type';

@ObjectType('EmailAddressConflictError', {
  implements: ErrorResult,
  description: 'The e-mail address already belongs to another customer.',
})
export class EmailAddressConflictError implements ErrorResult {
  @Field({ description: 'EMAIL_ADDRESS_CONFLICT' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field({ description: 'The conflicting address.' })
  email!: string;
}

export const CustomerWriteResult = createUnionType({
  name: 'CustomerWriteResult',
  description: 'The customer as written, or why it was not.',
  types: () => [CustomerType, EmailAddressConflictError] as const,
  resolveType: (value) => ('code' in value ? EmailAddressConflictError : CustomerType),
});

export const { ConnectionType: CustomerConnection } = connectionTypes('Customer', CustomerType);
