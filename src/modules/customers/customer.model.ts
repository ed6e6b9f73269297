import type { Employment, Gender, Region } from './customer.enums';

// Plain domain shapes the service works with (GraphQL inputs satisfy them structurally).

export interface NewCustomer {
  name: string;
  email?: string | null;
  birthDate: string;
  gender: Gender;
  region: Region;
  householdSize: number;
  employment: Employment;
  annualIncome: string;
  creditScore: number;
}

export type CustomerChanges = Partial<Omit<NewCustomer, 'birthDate' | 'gender'>>;

export interface CustomerFilter {
  regions?: Region[];
  gender?: Gender;
  employments?: Employment[];
  minAge?: number;
  maxAge?: number;
  minAnnualIncome?: string;
  maxAnnualIncome?: string;
  minCreditScore?: number;
  maxCreditScore?: number;
}

export interface CustomerQuery {
  search?: string;
  filter?: CustomerFilter;
  /** Today's date (YYYY-MM-DD) for age filters. */
  today: string;
  /** Restricts the query to one customer (a CUSTOMER principal's own record). */
  onlyId?: string;
}
