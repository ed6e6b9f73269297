// A notification as text, in Korean or English. Pure (the figures are the stored ones).
import { formatDate, formatWon, ko, type Lang } from '../../common/text/render';
import { NotificationKind, type NotificationRow } from './notification.model';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Refinance application statuses as a customer reads them. */
const APPLICATION_STATUS: Record<string, Record<Lang, string>> = {
  SUBMITTED: { ko: '접수', en: 'submitted' },
  REVIEWING: { ko: '심사 중', en: 'under review' },
  APPROVED: { ko: '승인', en: 'approved' },
  REJECTED: { ko: '거절', en: 'rejected' },
  DISBURSED: { ko: '실행 완료', en: 'disbursed (the new loan is booked)' },
  WITHDRAWN: { ko: '철회', en: 'withdrawn' },
  CANCELLED: { ko: '취소', en: 'cancelled' },
};

export function notificationMessage(n: NotificationRow, lang: Lang): string {
  const d = n.data;
  const amount = str(d.amount) ? formatWon(str(d.amount)!, lang) : null;
  const due = str(d.dueDate) ? formatDate(str(d.dueDate)!, lang) : null;
  const loan = str(d.loanNumber) ?? '';
  switch (n.kind) {
    case NotificationKind.PAYMENT_DUE:
      return lang === 'ko'
        ? ko`${loan} 대출의 다음 납입일은 ${due ?? ''}이고, 납입하실 금액은 ${amount ?? ''}입니다.`
        : `Your next payment on loan ${loan} is ${amount ?? ''}, due ${due ?? ''}.`;
    case NotificationKind.DELINQUENCY:
      return lang === 'ko'
        ? ko`${loan} 대출의 ${due ?? ''} 납입분 ${amount ?? ''}이/가 아직 납입되지 않았습니다. 연체이자가 붙기 전에 납입하시거나 금융회사에 상담을 요청하세요.`
        : `The payment of ${amount ?? ''} on loan ${loan} due ${due ?? ''} is overdue. Pay it or contact your lender before penalty interest builds up.`;
    case NotificationKind.FLAGGED_TRANSACTION: {
      const merchant = str(d.merchantName) ?? (lang === 'ko' ? '가맹점' : 'a merchant');
      return lang === 'ko'
        ? ko`평소와 다른 카드 결제가 있습니다: ${merchant}, ${amount ?? ''}. 직접 결제하지 않으셨다면 카드사에 바로 알려 주세요.`
        : `An unusual card payment: ${amount ?? ''} at ${merchant}. If it was not you, tell your card company now.`;
    }
    case NotificationKind.IMPORT_FINISHED:
      return lang === 'ko' ? '가져오기가 끝났습니다.' : 'Your import has finished.';
    case NotificationKind.APPLICATION_STATUS: {
      const to = str(d.toStatus);
      const label = to && to in APPLICATION_STATUS ? APPLICATION_STATUS[to][lang] : null;
      if (!label)
        return lang === 'ko'
          ? '대환 신청 상태가 바뀌었습니다.'
          : 'Your refinance application changed status.';
      return lang === 'ko'
        ? ko`대환 신청이 '${label}' 상태가 되었습니다.`
        : `Your refinance application is now ${label}.`;
    }
  }
}
