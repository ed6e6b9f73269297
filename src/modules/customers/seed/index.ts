// What other modules' seed parts may use (re-exported by the customers module's index).
export type { SeededCustomer } from './customers-seed-part';
export { CustomerNumbersTakenError, SEEDED_CUSTOMERS, customersSeedPart } from './customers-seed-part';
export type { GenerateCustomersOptions, GeneratedCustomer } from './customer-generator';
export { CUSTOMER_COLUMNS, customerRow, generateCustomers } from './customer-generator';
