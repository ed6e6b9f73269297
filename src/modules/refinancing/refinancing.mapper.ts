import { toGlobalId } from '../../common/global-id';
import { money } from '../../common/money';
import type { ExtraRepaymentEffect, PrepaymentEffect, PrepaymentFeeResult, RefinanceOption } from '../loans';
import type {
  RefinanceApplicationEntity,
  RefinanceApplicationEventEntity,
  RefinanceDocumentEntity,
  RefinanceProductEntity,
  RefinanceRateBandEntity,
} from './refinancing.entity';
import {
  LoanExtraRepaymentEffectType,
  LoanPrepaymentEffectType,
  PrepaymentFeeStatus,
  PrepaymentFeeType,
  RefinanceApplicationEventType,
  RefinanceApplicationType,
  RefinanceChoice,
  RefinanceDocumentType,
  RefinanceOptionType,
  RefinanceProductType,
  RefinanceRateBandType,
} from './refinancing.type';

export const REFINANCE_PRODUCT_TYPE = 'RefinanceProduct';
export const REFINANCE_APPLICATION_TYPE = 'RefinanceApplication';
export const REFINANCE_DOCUMENT_TYPE = 'RefinanceDocument';
// The auth module's Node type name for users (kept literal: the id format is part of the API).
const USER_TYPE = 'User';

export function toProductType(e: RefinanceProductEntity): RefinanceProductType {
  return {
    id: toGlobalId(REFINANCE_PRODUCT_TYPE, e.id),
    localId: e.id,
    productNo: e.productNo,
    code: e.code,
    lender: e.lender,
    lenderType: e.lenderType,
    name: e.name,
    rateType: e.rateType,
    fixedPeriodMonths: e.fixedPeriodMonths,
    feeFixed: money(e.feeFixed),
    feeRate: e.feeRate,
    minTermMonths: e.minTermMonths,
    maxTermMonths: e.maxTermMonths,
    maxAmount: money(e.maxAmount),
    eligibleLoanKinds: e.eligibleKinds,
    active: e.active,
  };
}

export const REFINANCE_RATE_BAND_TYPE = 'RefinanceRateBand';

export function toRateBandType(e: RefinanceRateBandEntity): RefinanceRateBandType {
  return {
    id: toGlobalId(REFINANCE_RATE_BAND_TYPE, e.id),
    minScore: e.minScore,
    maxScore: e.maxScore,
    annualRate: e.annualRate,
    validFrom: e.validFrom,
    validTo: e.validTo,
  };
}

export function toPrepaymentFeeType(f: PrepaymentFeeResult): PrepaymentFeeType {
  return {
    amount: money(f.fee),
    ruleSetId: f.ruleSetId,
    status: f.status as PrepaymentFeeStatus,
    feeRate: f.feeRate,
    windowDays: f.windowDays,
    daysElapsed: f.daysElapsed,
    remainingDays: f.remainingDays,
  };
}

export function toPrepaymentEffectType(e: PrepaymentEffect): LoanPrepaymentEffectType {
  return {
    asOf: e.asOf,
    amount: money(e.amount),
    balanceBefore: money(e.balanceBefore),
    balanceAfter: money(e.balanceAfter),
    paymentBefore: money(e.paymentBefore),
    paymentAfter: money(e.paymentAfter),
    monthlySaving: money(e.monthlySaving),
    interestSaved: money(e.interestSaved),
    prepaymentFee: toPrepaymentFeeType(e.prepaymentFee),
    netSaving: money(e.netSaving),
  };
}

export function toExtraRepaymentEffectType(e: ExtraRepaymentEffect): LoanExtraRepaymentEffectType {
  return {
    asOf: e.asOf,
    monthlyExtra: money(e.monthlyExtra),
    balance: money(e.balance),
    paymentBefore: money(e.paymentBefore),
    paymentWithExtra: money(e.paymentWithExtra),
    monthsBefore: e.monthsBefore,
    monthsAfter: e.monthsAfter,
    monthsSaved: e.monthsSaved,
    lastDueDateBefore: e.lastDueDateBefore,
    lastDueDateAfter: e.lastDueDateAfter,
    lastPaymentBefore: money(e.lastPaymentBefore),
    lastPaymentAfter: money(e.lastPaymentAfter),
    interestSaved: money(e.interestSaved),
    extraTotal: money(e.extraTotal),
    prepaymentFees: money(e.prepaymentFees),
    netSaving: money(e.netSaving),
  };
}

export function toOptionType(o: RefinanceOption): RefinanceOptionType {
  return {
    choice: o.choice as RefinanceChoice,
    annualRate: o.annualRate,
    termMonths: o.termMonths,
    repaymentMethod: o.method,
    newPayment: money(o.newPayment),
    monthlySaving: money(o.monthlySaving),
    upfrontFees: money(o.upfrontFees),
    prepaymentFee: o.prepaymentFee && toPrepaymentFeeType(o.prepaymentFee),
    totalCost: money(o.totalCost),
    breakEvenMonth: o.breakEvenMonth,
    totalPayments: money(o.totalPayments),
    totalInterest: money(o.totalInterest),
    lifetimeSaving: money(o.lifetimeSaving),
  };
}

export function toApplicationType(e: RefinanceApplicationEntity): RefinanceApplicationType {
  return {
    id: toGlobalId(REFINANCE_APPLICATION_TYPE, e.id),
    localId: e.id,
    loanLocalId: e.loanId,
    productLocalId: e.productId,
    newLoanLocalId: e.newLoanId,
    status: e.status,
    requestedAmount: money(e.requestedAmount),
    termMonths: e.termMonths,
    offeredRate: e.offeredRate,
    creditScore: e.creditScore,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toEventType(e: RefinanceApplicationEventEntity): RefinanceApplicationEventType {
  return {
    version: e.version,
    from: e.fromStatus,
    to: e.toStatus,
    actorUserId: e.actorUserId && toGlobalId(USER_TYPE, e.actorUserId),
    actorRole: e.actorRole,
    reason: e.reason,
    at: e.at,
  };
}

export function documentPath(applicationId: string, documentId?: string): string {
  const base = `/uploads/refinance-applications/${toGlobalId(REFINANCE_APPLICATION_TYPE, applicationId)}/documents`;
  return documentId ? `${base}/${toGlobalId(REFINANCE_DOCUMENT_TYPE, documentId)}` : base;
}

export function toDocumentType(e: RefinanceDocumentEntity): RefinanceDocumentType {
  return {
    id: toGlobalId(REFINANCE_DOCUMENT_TYPE, e.id),
    fileName: e.fileName,
    contentType: e.contentType,
    sizeBytes: Number(e.sizeBytes),
    sha256: e.sha256,
    uploadedAt: e.uploadedAt,
    downloadPath: documentPath(e.applicationId, e.id),
    imageAssessmentId: e.imageAssessmentId,
  };
}
