// What other modules and the composition root may use from the loans module.
export { LoanEntity, LoanRateChangeEntity, RepaymentEntity } from './loan.entity';
export { LoanType } from './loan.type';
export { LoanService } from './loan.service';
export { LoanRepository } from './loan.repository';
export { LoanResolver, CustomerLoansFieldResolver } from './loan.resolver';
export { LoanFieldsResolver } from './loan-fields.resolver';
export { RepaymentService } from './repayment.service';
export { SimulationService } from './simulation.service';
export { SimulationResolver } from './simulation.resolver';
export { toLoanType, LOAN_TYPE } from './loan.mapper';
export * from './loan.enums';
export * from './seed';
