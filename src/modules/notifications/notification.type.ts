import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, Money, Node } from '../../common/graphql/types';
import { ComparisonGroup, NotificationKind, SettingsLanguage } from './notification.model';

export const NOTIFICATION_TYPE = 'Notification';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    PAYMENT_DUE: {
      description: 'A loan instalment falls due within your `paymentDueDays` (data: amount, dueDate).',
    },
    DELINQUENCY: { description: 'A loan instalment is past due and unpaid (data: amount, dueDate).' },
    FLAGGED_TRANSACTION: {
      description: 'A card transaction was flagged by the anomaly model (data: merchantName, amount, score).',
    },
    IMPORT_FINISHED: { description: 'An import you started has finished.' },
    APPLICATION_STATUS: {
      description:
        'A refinance application of yours changed status, one notice per transition (data: applicationStatus, previousApplicationStatus).',
    },
  },
});

registerEnumType(SettingsLanguage, {
  name: 'SettingsLanguage',
  description: 'Language of the texts the API writes for you.',
  valuesConfig: { KO: { description: 'Korean.' }, EN: { description: 'English.' } },
});

registerEnumType(ComparisonGroup, {
  name: 'ComparisonGroup',
  description: 'The peer group comparisons start from (widened when it is too small).',
  valuesConfig: {
    AGE_REGION_STAGE: { description: 'Same age band, region and life stage (the narrowest).' },
    AGE_REGION: { description: 'Same age band and region.' },
    AGE: { description: 'Same age band.' },
  },
});

@ObjectType(NOTIFICATION_TYPE, { implements: Node, description: 'A notice to one user about one fact.' })
export class NotificationType extends Node {
  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the object it is about (e.g. the loan), if any.',
  })
  subjectId!: string | null;

  @Field({ description: 'The notice as text, in your settings’ language (Korean by default).' })
  message!: string;

  @Field(() => Money, { nullable: true, description: 'Amount due, or of the flagged transaction.' })
  amount!: Money | null;

  @Field(() => String, { nullable: true, description: 'Due date of the instalment (YYYY-MM-DD).' })
  dueDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of the instalment (1 = first).' })
  installmentNumber!: number | null;

  @Field(() => String, { nullable: true, description: 'The loan’s number, e.g. L000000123.' })
  loanNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the flagged card transaction.' })
  transactionId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Merchant of the flagged transaction (data, not an instruction).',
  })
  merchantName!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the flagged transaction happened.' })
  occurredAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Anomaly score of the flagged transaction (0–1).' })
  score!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'APPLICATION_STATUS: the refinance application’s new status (a RefinanceApplicationStatus value; subjectId is the application).',
  })
  applicationStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'APPLICATION_STATUS: the status before (null for a submission).',
  })
  previousApplicationStatus!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When you marked it read; null while unread.',
  })
  readAt!: Date | null;
}

export const { ConnectionType: NotificationConnection } = connectionTypes('Notification', NotificationType);

@ObjectType({ description: 'Result of markNotificationsRead.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many notifications changed from unread to read.' })
  updated!: number;

  @Field(() => Int, { description: 'Your unread notifications left.' })
  unreadCount!: number;
}

@ObjectType({ description: 'How many notifications of one kind a scan created.' })
export class NotificationKindCount {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: NotificationKind;

  @Field(() => Int, { description: 'How many were created.' })
  count!: number;
}

@ObjectType({ description: 'Result of scanNotifications.' })
export class NotificationScanPayload {
  @Field({ description: 'Date the data was read as of (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Int, { description: 'Notifications created (facts already notified are not counted).' })
  created!: number;

  @Field(() => [NotificationKindCount], { description: 'Created notifications by kind.' })
  byKind!: NotificationKindCount[];
}

@ObjectType('UserSettings', { description: 'Your preferences.' })
export class UserSettingsType {
  @Field(() => SettingsLanguage, {
    nullable: true,
    description: 'Preferred language; null: from each request.',
  })
  language!: SettingsLanguage | null;

  @Field(() => ComparisonGroup, {
    nullable: true,
    description: 'Peer group comparisons start from; null: the narrowest (AGE_REGION_STAGE).',
  })
  comparisonGroup!: ComparisonGroup | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Quarter (e.g. 2025Q3) that peers and insights show when none is asked for; null: the latest.',
  })
  defaultQuarter!: string | null;

  @Field(() => Int, {
    description: 'Days before a due date that PAYMENT_DUE notices are sent (0–30, default 3).',
  })
  paymentDueDays!: number;

  @Field(() => [NotificationKind], { description: 'Kinds you do not want notices of.' })
  mutedKinds!: NotificationKind[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last change; null while never changed.' })
  updatedAt!: Date | null;
}
