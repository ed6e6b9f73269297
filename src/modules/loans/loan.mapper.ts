import { toGlobalId } from '../../common/global-id';
import { money } from '../../common/money';
import type { LoanEntity } from './loan.entity';
import type { LoanType } from './loan.type';

export const LOAN_TYPE = 'Loan';

export function toLoanType(e: LoanEntity): LoanType {
  return {
    id: toGlobalId(LOAN_TYPE, e.id),
    localId: e.id,
    customerLocalId: e.customerId,
    loanNumber: e.loanNumber,
    kind: e.kind,
    repaymentMethod: e.repaymentMethod,
    rateType: e.rateType,
    fixedPeriodMonths: e.fixedPeriodMonths,
    interestConvention: e.interestConvention,
    lender: e.lender,
    lenderType: e.lenderType,
    principal: money(e.principal),
    creditLimit: e.creditLimit === null ? null : money(e.creditLimit),
    annualRate: e.annualRate,
    termMonths: e.termMonths,
    graceMonths: e.graceMonths,
    disbursedOn: e.disbursedOn,
    maturityOn: e.maturityOn,
    collateralValue: e.collateralValue === null ? null : money(e.collateralValue),
    status: e.status,
    closedOn: e.closedOn,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
