import { toGlobalId } from '../../common/global-id';
import type { Lang } from '../../common/text/render';
import type { NotificationRow, UserSettings } from './notification.model';
import { notificationMessage } from './notification-text';
import { NOTIFICATION_TYPE, type NotificationType, type UserSettingsType } from './notification.type';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toNotificationType(n: NotificationRow, lang: Lang): NotificationType {
  const d = n.data;
  return {
    id: toGlobalId(NOTIFICATION_TYPE, n.id),
    kind: n.kind,
    subjectId: n.subjectId,
    message: notificationMessage(n, lang),
    amount: str(d.amount) ? { amount: str(d.amount)!, currency: str(d.currency) ?? 'KRW' } : null,
    dueDate: str(d.dueDate),
    installmentNumber: typeof d.installment === 'number' ? d.installment : null,
    loanNumber: str(d.loanNumber),
    transactionId: str(d.transactionId),
    merchantName: str(d.merchantName),
    occurredAt: str(d.occurredAt) ? new Date(str(d.occurredAt)!) : null,
    score: typeof d.score === 'number' ? d.score : null,
    applicationStatus: str(d.toStatus),
    previousApplicationStatus: str(d.fromStatus),
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

export const toUserSettingsType = (s: UserSettings): UserSettingsType => ({
  language: s.language,
  comparisonGroup: s.comparisonGroup,
  defaultQuarter: s.defaultQuarter,
  paymentDueDays: s.paymentDueDays,
  mutedKinds: s.mutedKinds,
  updatedAt: s.updatedAt,
});

export const settingsLang = (s: UserSettings): Lang => (s.language === 'EN' ? 'en' : 'ko');
