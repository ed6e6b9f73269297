// Pure loan calculators (DESIGN §3): no I/O, no clock — dates are parameters, money is decimal.js, KRW in
// whole won through the one rounding rule (common/money roundMoney). Inputs are strings at the boundary.
export { fv, ipmt, nper, pmt, ppmt, pv } from './financial';
export type { DecimalInput, PeriodInput, When } from './financial';

export { accruedInterest, buildSchedule, MAX_TERM_MONTHS, remainingBalanceAfter } from './amortization';
export type {
  AmortizationSchedule,
  Installment,
  LoanTermsInput,
  RateChange,
  ScheduleRules,
} from './amortization';

export {
  arrearsDatesFor,
  assessDelinquency,
  classifyAsset,
  DEFAULT_ASSET_CLASS_BOUNDARIES,
  DEFAULT_CREDIT_BUREAU_RULES,
  duesFromSchedule,
} from './delinquency';
export type {
  AmountDue,
  ArrearsDates,
  AssetClass,
  AssetClassBoundaries,
  CreditBureauFlag,
  CreditBureauRules,
  DelinquencyConfig,
  DelinquencyInput,
  DelinquencyStatus,
  Repayment,
} from './delinquency';

export {
  DEFAULT_PREPAYMENT_FEE_RULE_SETS,
  KR_BANK_PREPAYMENT_FEES_2025_REFORM,
  KR_BANK_PREPAYMENT_FEES_PRE_2025,
  prepaymentFee,
  selectRuleSet,
} from './prepayment-fee';
export type {
  PrepaymentFeeInput,
  PrepaymentFeeResult,
  PrepaymentFeeRuleSet,
  PrepaymentFeeStatus,
} from './prepayment-fee';

export { prepaymentEffect } from './prepayment-effect';
export { extraRepaymentEffect } from './extra-repayment';
export type { ExtraRepaymentEffect, ExtraRepaymentInput } from './extra-repayment';
export type { PrepaymentEffect, PrepaymentEffectInput } from './prepayment-effect';
export { compareRefinance } from './refinance';
export type {
  CurrentLoanInput,
  RefinanceChoice,
  RefinanceComparison,
  RefinanceInput,
  RefinanceOption,
  RefinanceOptions,
  StayReducedRateOffer,
  SwitchLenderOffer,
} from './refinance';

export { DEFAULT_KRW_ROUNDING, roundMoney } from '../../../common/money';
export type { RoundingMode, RoundingRule } from '../../../common/money';
