// Loan vocabularies shared by the entity, the GraphQL types, the calculators' callers and the seed generator.
export enum LoanKind {
  MORTGAGE = 'MORTGAGE', // 주택담보대출
  JEONSE = 'JEONSE', // 전세자금대출
  CREDIT = 'CREDIT', // 신용대출
  OVERDRAFT = 'OVERDRAFT', // 마이너스통장
  CARD_LOAN = 'CARD_LOAN', // 카드론
  AUTO = 'AUTO', // 자동차 대출
}

export enum RepaymentMethod {
  LEVEL_PAYMENT = 'LEVEL_PAYMENT', // 원리금균등
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL', // 원금균등
  BULLET = 'BULLET', // 만기일시
}

export enum RateType {
  FIXED = 'FIXED',
  VARIABLE = 'VARIABLE',
  MIXED = 'MIXED', // fixed for fixed_period_months, then variable
  PERIODIC_RESET = 'PERIODIC_RESET', // 주기형: reset every fixed_period_months
}

export enum InterestConvention {
  MONTHLY = 'MONTHLY', // balance × rate ÷ 12
  DAILY_ACTUAL_365 = 'DAILY_ACTUAL_365', // balance × rate × days ÷ 365 (366 in leap years)
}

export enum LenderType {
  BANK = 'BANK',
  NON_BANK = 'NON_BANK',
}

export enum LoanStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
  WRITTEN_OFF = 'WRITTEN_OFF',
}

export enum RepaymentKind {
  REGULAR = 'REGULAR',
  PARTIAL = 'PARTIAL',
  FULL = 'FULL',
  PREPAYMENT = 'PREPAYMENT',
}
