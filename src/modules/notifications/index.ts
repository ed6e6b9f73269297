// What the composition root may use from the notifications module (notices per user, user settings).
export { NotificationRepository } from './notification.repository';
export {
  NotificationService,
  NOTIFICATIONS_SCAN_JOB,
  type NotificationsScanJob,
  type NotificationSources,
  type ApplicationStatusFact,
} from './notification.service';
export { NotificationResolver } from './notification.resolver';
export { NOTIFICATION_TYPE } from './notification.type';
export { toNotificationType, settingsLang } from './notification.mapper';
export { NotificationKind, ComparisonGroup, type UserSettings } from './notification.model';
