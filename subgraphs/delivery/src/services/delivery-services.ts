import type { Clock } from '@foodgraph/platform';
import type { CourierService } from './courier.service';
import type { DeliveryCommands } from './delivery-commands.service';
import type { DeliveryReads } from './delivery-reads.service';
import type { EarningsService } from './earnings.service';

/** Everything the resolvers call, found in the request context. */
export interface DeliveryServices {
  couriers: CourierService;
  deliveries: DeliveryCommands;
  reads: DeliveryReads;
  earnings: EarningsService;
  clock: Clock;
}
