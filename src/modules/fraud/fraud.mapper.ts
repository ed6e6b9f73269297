import { toGlobalId } from '../../common/global-id';
import { USER_TYPE } from '../auth/auth.mapper';
import { CUSTOMER_TYPE } from '../customers/customer.mapper';
import type { FraudCaseRow } from './fraud.model';
import type { FraudCaseType } from './fraud.type';

export const toFraudCaseType = (r: FraudCaseRow): FraudCaseType => ({
  id: r.id,
  transactionId: r.transactionId,
  customerId: toGlobalId(CUSTOMER_TYPE, r.customerId),
  state: r.state,
  source: r.source,
  score: r.score,
  customerReportedAt: r.customerReportedAt,
  customerNote: r.customerNote,
  amount: { amount: r.amount, currency: 'KRW' },
  merchantName: r.merchantName,
  occurredAt: r.occurredAt,
  openedAt: r.openedAt,
  resolvedAt: r.resolvedAt,
  resolvedBy: r.resolvedBy && toGlobalId(USER_TYPE, r.resolvedBy),
  reason: r.reason,
});
