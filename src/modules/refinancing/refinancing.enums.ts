// Refinancing vocabularies shared by the entities, the GraphQL types and the services.
export enum RefinanceLenderType {
  BANK = 'BANK', // 시중은행
  INTERNET_BANK = 'INTERNET_BANK', // 인터넷전문은행
  INSURER = 'INSURER', // 보험사
  SAVINGS_BANK = 'SAVINGS_BANK', // 저축은행
  CAPITAL = 'CAPITAL', // 캐피탈사
}

export enum RefinanceRateType {
  FIXED = 'FIXED',
  VARIABLE = 'VARIABLE',
  MIXED = 'MIXED',
}

export enum RefinanceApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  REVIEWING = 'REVIEWING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DISBURSED = 'DISBURSED',
  WITHDRAWN = 'WITHDRAWN',
  CANCELLED = 'CANCELLED',
}

/** Statuses in which an application is still open (at most one per loan, enforced by a unique index). */
export const OPEN_STATUSES: readonly RefinanceApplicationStatus[] = [
  RefinanceApplicationStatus.SUBMITTED,
  RefinanceApplicationStatus.REVIEWING,
  RefinanceApplicationStatus.APPROVED,
];
