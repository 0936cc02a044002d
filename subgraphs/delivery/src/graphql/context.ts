import type { RequestContext } from '@foodgraph/platform';
import type { DeliveryServices } from '../services/delivery-services';

/** What the delivery resolvers get on top of the verified base context. */
export interface DeliveryContext extends RequestContext {
  services: DeliveryServices;
}
