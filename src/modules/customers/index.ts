// What other modules and the composition root may use from the customers module.
export { CustomerEntity } from './customer.entity';
export { CustomerType, CustomerLoginType } from './customer.type';
export { CustomerResolver } from './customer.resolver';
export { CustomerService, requireViewer } from './customer.service';
export { CustomerRepository } from './customer.repository';
export { EmailAddressConflict } from './customer.errors';
export { EmailAddressConflictError } from './customer-results.type';
export { toCustomerType, CUSTOMER_TYPE } from './customer.mapper';
export type { NewCustomer } from './customer.model';
export * from './customer.enums';
export { CreateCustomerInput, RegisterProfileInput } from './customer.inputs';
export { assertCanReadCustomer, isStaff } from './customer.policy';
export * from './seed';
export { quarterIncomeSql } from './income';
export { formerNiceGrade, type FormerGrade } from './credit-grade';
