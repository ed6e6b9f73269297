import { Arg, Args, Ctx, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import { localIdOf } from '../../common/global-id';
import {
  MarkNotificationsReadInput,
  ScanNotificationsInput,
  UpdateUserSettingsInput,
} from './notification.inputs';
import { settingsLang, toNotificationType, toUserSettingsType } from './notification.mapper';
import type { NotificationRow } from './notification.model';
import { NotificationService } from './notification.service';
import {
  MarkNotificationsReadPayload,
  NOTIFICATION_TYPE,
  NotificationConnection,
  NotificationScanPayload,
  NotificationType,
  UserSettingsType,
} from './notification.type';

// The subscription's `subscribe` runs outside the resolver instance (type-graphql calls it statically).
let source: NotificationService | undefined;

@Resolver()
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {
    source = service;
  }

  private async lang(ctx: RequestContext) {
    return settingsLang(await this.service.settings(ctx));
  }

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('unreadOnly', { defaultValue: false, description: 'Only those not yet marked read.' })
    unreadOnly: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof NotificationConnection>> {
    const [connection, lang] = await Promise.all([this.service.list(ctx, page, unreadOnly), this.lang(ctx)]);
    return NotificationConnection.from(connection, (n) => toNotificationType(n, lang));
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  async unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description: 'Marks some or all of your notifications read.',
  })
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput, { description: 'Which notifications to mark read.' })
    input: MarkNotificationsReadInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MarkNotificationsReadPayload> {
    const ids = input.ids ? input.ids.map((id, i) => localIdOf(NOTIFICATION_TYPE, id, `ids[${i}]`)) : null;
    return this.service.markRead(ctx, ids, input.all);
  }

  @Subscription(() => NotificationType, {
    description: 'Your notifications as they are created (each fact once), on any replica.',
    subscribe: ({ context }) => {
      if (!source) throw new Error('notifications are not wired');
      return source.follow(context as RequestContext);
    },
  })
  async notificationAdded(@Root() n: NotificationRow, @Ctx() ctx: RequestContext): Promise<NotificationType> {
    return toNotificationType(n, await this.lang(ctx));
  }

  @Query(() => UserSettingsType, { description: 'Your settings (defaults until you change them).' })
  async mySettings(@Ctx() ctx: RequestContext): Promise<UserSettingsType> {
    return toUserSettingsType(await this.service.settings(ctx));
  }

  @Mutation(() => UserSettingsType, { description: 'Changes your settings.' })
  async updateMySettings(
    @Arg('input', () => UpdateUserSettingsInput, { description: 'The settings to change.' })
    input: UpdateUserSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserSettingsType> {
    return toUserSettingsType(await this.service.updateSettings(ctx, input));
  }

  @Mutation(() => NotificationScanPayload, {
    description:
      'Scans the data for due payments, arrears and flagged transactions and notifies what is new (ADMIN; the ' +
      'background job does the same every NOTIFICATIONS_SCAN_MINUTES).',
  })
  async scanNotifications(
    @Arg('input', () => ScanNotificationsInput, {
      defaultValue: {},
      description: 'The date and kinds to scan.',
    })
    input: ScanNotificationsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationScanPayload> {
    return this.service.scan(ctx, { asOf: input.asOf ?? undefined, kinds: input.kinds ?? undefined });
  }
}
