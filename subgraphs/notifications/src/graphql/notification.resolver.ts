import { toConnection } from '@foodgraph/platform/graphql';
import { listenAuthorized } from '@foodgraph/platform/subscriptions';
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { notificationAddedTrigger, type NotificationLiveEvent } from '../events/live-topics';
import { assertCanUseOwnInbox } from '../services/access';
import type { NotificationsContext } from './context';
import { toNotification } from './notification-view';
import { MyNotificationsArgs } from './types/notification.args';
import { Notification, NotificationConnection } from './types/notification.type';

/** What type-graphql hands a `subscribe` function. */
interface SubscribeData {
  context: unknown;
}

/** The signed-in user's inbox: read it, mark it read, follow it live. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description:
      "The signed-in user's notifications, newest first, with how many are unread. Errors: UNAUTHENTICATED; BAD_USER_INPUT on first (1..100) or after.",
  })
  async myNotifications(
    @Args(() => MyNotificationsArgs) args: MyNotificationsArgs,
    @Ctx() ctx: NotificationsContext,
  ): Promise<NotificationConnection> {
    const page = await ctx.services.inbox.myNotifications(ctx.identity, {
      unreadOnly: args.unreadOnly ?? false,
      first: args.first ?? 20,
      after: args.after ?? null,
    });
    return Object.assign(new NotificationConnection(), { ...toConnection(page, toNotification), unreadCount: page.unreadCount });
  }

  @Mutation(() => Int, {
    description:
      "Marks the signed-in user's notifications read: these ids, or all when ids is null. Returns how many changed (read already, unknown or someone else's: none). Errors: UNAUTHENTICATED; BAD_USER_INPUT on ids (not ids, over 100).",
  })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: 'The notifications to mark; null = all of mine.' }) ids: string[] | null,
    @Ctx() ctx: NotificationsContext,
  ): Promise<number> {
    return ctx.services.inbox.markRead(ctx.identity, ids ?? null);
  }

  @Subscription(() => Notification, {
    description: "The signed-in user's new notifications as they are added. Errors: UNAUTHENTICATED, which ends the subscription.",
    subscribe: (data: SubscribeData) => {
      const ctx = data.context as NotificationsContext;
      // The guard runs before listening: an anonymous caller has no topic to listen on.
      const user = assertCanUseOwnInbox(ctx.identity);
      return listenAuthorized<NotificationLiveEvent>(ctx.pubsub, notificationAddedTrigger(user.userId), async () => undefined);
    },
  })
  notificationAdded(@Root() event: NotificationLiveEvent): Notification {
    return toNotification(event);
  }
}
