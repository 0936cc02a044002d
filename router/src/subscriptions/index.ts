export {
  createSubscriptionServer,
  type SubscriptionServer,
  type SubscriptionServerDeps,
  type SubscriptionStats,
} from './subscription-server';
export { SubscriptionCloseCode } from './close-codes';
export type { SubscriptionOptions } from './subscription-options';
export { formatSubscriptionError, SubscriptionEngine, type Admitted, type Refused, type SubscribeRequest } from './subscription-engine';
export type { FeedEvent, FeedSubscriber, SubscriberOutlet } from './feed-subscriber';
export { expiryOf } from './connection-auth';
