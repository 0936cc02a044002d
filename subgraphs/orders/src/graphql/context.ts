import type { RequestContext } from '@foodgraph/platform/graphql';
import type { PubSub } from '@foodgraph/platform/subscriptions';
import type { OrdersServices } from '../services/orders-services';
import type { OrdersLoaders } from './loaders';

/** What the orders resolvers get on top of the verified base context. */
export interface OrdersContext extends RequestContext {
  services: OrdersServices;
  /** Per request; a subscription swaps in fresh ones for every event (see `newLoaders`). */
  loaders: OrdersLoaders;
  /**
   * A fresh set of loaders. A subscription keeps one context for its whole life, and loaders
   * cache what they loaded, so each event of it must read through new ones.
   */
  newLoaders(): OrdersLoaders;
  /** Where the live-updates consumer publishes order changes; subscriptions listen here. */
  pubsub: PubSub;
}
