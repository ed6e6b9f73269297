import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ComparisonGroup, NotificationKind, SettingsLanguage } from './notification.model';

@InputType({ description: 'Which notifications to mark read: `ids`, or `all: true`.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Global ids of your notifications (at most 100).' })
  @IsOptional()
  @ArrayMaxSize(100)
  ids?: string[] | null;

  @Field({ defaultValue: false, description: 'Mark every unread notification read (then leave ids out).' })
  all!: boolean;
}

@InputType({ description: 'Settings to change; a field left out is kept, null resets it to its default.' })
export class UpdateUserSettingsInput {
  @Field(() => SettingsLanguage, { nullable: true, description: 'Preferred language.' })
  @IsOptional()
  @IsIn(Object.values(SettingsLanguage))
  language?: SettingsLanguage | null;

  @Field(() => ComparisonGroup, { nullable: true, description: 'Peer group comparisons start from.' })
  @IsOptional()
  @IsIn(Object.values(ComparisonGroup))
  comparisonGroup?: ComparisonGroup | null;

  @Field(() => String, {
    nullable: true,
    description: 'Default quarter for peers and insights, e.g. 2025Q3.',
  })
  @IsOptional()
  @Matches(/^\d{4}Q[1-4]$/, { message: 'defaultQuarter must look like 2025Q3' })
  defaultQuarter?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days before a due date to send PAYMENT_DUE (0–30).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  paymentDueDays?: number | null;

  @Field(() => [NotificationKind], { nullable: true, description: 'Kinds you do not want notices of.' })
  @IsOptional()
  @ArrayMaxSize(10)
  mutedKinds?: NotificationKind[] | null;
}

@InputType({ description: 'What a notification scan reads (ADMIN).' })
export class ScanNotificationsInput {
  @Field(() => String, {
    nullable: true,
    description: 'Date the data is read as of (YYYY-MM-DD); default today in Korea.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string | null;

  @Field(() => [NotificationKind], {
    nullable: true,
    description: 'Only these kinds (default all a scan finds).',
  })
  @IsOptional()
  kinds?: NotificationKind[] | null;
}
