import type { RequestContext } from '@foodgraph/platform';
import type { OrdersServices } from '../services/orders-services';
import type { OrdersLoaders } from './loaders';

/** What the orders resolvers get on top of the verified base context. */
export interface OrdersContext extends RequestContext {
  services: OrdersServices;
  loaders: OrdersLoaders;
}
