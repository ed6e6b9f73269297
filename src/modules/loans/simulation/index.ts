// Future loan-limit simulation (미래 대출 한도 시뮬레이션): a pure calculator (DESIGN §3) of the largest new
// loan under DSR (with stress DSR) and, optionally, LTV; what-if scenarios; advice on the smallest change
// that reaches a target limit. Regulatory numbers are dated configuration (rule-sets.ts, DESIGN §6).
export { simulateLoanLimit } from './simulate';
export type { SimulateOptions } from './simulate';
export { RULE_SETS, selectRuleSet } from './rule-sets';
export type {
  DebtServiceRules,
  DeemedMaturityRule,
  FactorBand,
  RateTypeFactors,
  RegionScope,
  RuleSet,
  StressFloorRule,
  StressRule,
  StressRules,
} from './rule-sets';
export {
  AdviceGoal,
  AdviceStatus,
  BindingConstraint,
  DebtServiceBasis,
  LenderType,
  LoanKind,
  LoanPurpose,
  RateType,
  Region,
  RepaymentMethod,
} from './types';
export type {
  AdviceRequestInput,
  AdviceResult,
  CardDebtInput,
  CollateralInput,
  DebtServiceLine,
  ExistingLoanInput,
  LimitFigures,
  LoanLimitSimulation,
  LoanLimitSimulationInput,
  MissingIncomeError,
  NewLoanInput,
  RuleSetRef,
  ScenarioResult,
  SimulateLoanLimitResult,
  StressDetail,
  WhatIfScenarioInput,
} from './types';
