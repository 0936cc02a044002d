import type { RequestContext } from '@foodgraph/platform/graphql';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { NotificationsServices } from '../services/notifications-services';

/** What the notifications resolvers get on top of the verified base context. */
export interface NotificationsContext extends RequestContext {
  services: NotificationsServices;
  /** Where the inbox consumer publishes new notifications; `notificationAdded` listens here. */
  pubsub: PubSub;
}
