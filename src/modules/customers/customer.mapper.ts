import { ageOn, koreanDate } from '../../common/dates';
import { toGlobalId } from '../../common/global-id';
import { money } from '../../common/money';
import type { CustomerEntity } from './customer.entity';
import { REGION_NAMES_KO } from './customer.enums';
import type { CustomerType } from './customer.type';

export const CUSTOMER_TYPE = 'Customer';

export function toCustomerType(e: CustomerEntity, now: Date): CustomerType {
  return {
    id: toGlobalId(CUSTOMER_TYPE, e.id),
    localId: e.id,
    customerNumber: e.customerNumber,
    name: e.name,
    email: e.email,
    birthDate: e.birthDate,
    age: ageOn(e.birthDate, koreanDate(now)),
    gender: e.gender,
    region: e.region,
    regionName: REGION_NAMES_KO[e.region],
    householdSize: e.householdSize,
    employment: e.employment,
    annualIncome: money(e.annualIncome),
    creditScore: e.creditScore,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
