// What other modules and the composition root may use from the loans module.
export { LoanEntity, LoanInstallmentEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
export { LoanType } from './loan.type';
export { LoanService } from './loan.service';
export { LoanRepository } from './loan.repository';
export { LoanResolver, CustomerLoansFieldResolver } from './loan.resolver';
export { LoanFieldsResolver, RepaymentFieldsResolver } from './loan-fields.resolver';
export { RepaymentService } from './repayment.service';
export { SimulationService } from './simulation.service';
export { AdviceGoal, AdviceStatus } from './simulation';
export { SimulationResolver } from './simulation.resolver';
export { toLoanType, LOAN_TYPE } from './loan.mapper';
export * from './loan.enums';
export * from './seed';
// For the refinancing module: the pure comparison and the loan's rate as it stands after resets.
export { compareRefinance } from './calc/refinance';
export { prepaymentEffect } from './calc/prepayment-effect';
export { extraRepaymentEffect } from './calc/extra-repayment';
export type { ExtraRepaymentEffect } from './calc/extra-repayment';
export type { PrepaymentEffect } from './calc/prepayment-effect';
export type { RefinanceComparison, RefinanceOption } from './calc/refinance';
export type { PrepaymentFeeResult } from './calc/prepayment-fee';
export { currentRate } from './loan-schedule';
export { prepaymentFee } from './calc/prepayment-fee';
export { assertLegalRate } from './calc/legal-rate';
// For the counsellor: what a new loan of a given amount would cost a month ("3천만원 5년 빌리면 한 달에 얼마?").
export { buildSchedule } from './calc/amortization';
