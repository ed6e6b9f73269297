// What the composition root and other modules' seed parts may use.
export type { SeededLoan } from './loans-seed-part';
export { SEEDED_LOANS, createLoansSeedPart, loansSeedPart } from './loans-seed-part';
export type { GenerateLoansOptions, GeneratedLoan, LoanOutcome } from './loan-generator';
export { LOAN_COLUMNS, REPAYMENT_COLUMNS, generateLoans } from './loan-generator';
