import type { RequestContext } from '@foodgraph/platform/graphql';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { DeliveryServices } from '../services/delivery-services';

/** What the delivery resolvers get on top of the verified base context. */
export interface DeliveryContext extends RequestContext {
  services: DeliveryServices;
  /** Where courier news and positions are published; subscriptions listen here. */
  pubsub: PubSub;
}
