import type { Clock } from '@foodgraph/platform/process';
import type { DeliveryDashboardService } from './admin-dashboard.service';
import type { CourierService } from './courier.service';
import type { DeliveryCommandsService } from './delivery-commands.service';
import type { DeliveryReadsService } from './delivery-reads.service';
import type { EarningsService } from './earnings.service';

/** Everything the resolvers call, found in the request context. */
export interface DeliveryServices {
  couriers: CourierService;
  deliveries: DeliveryCommandsService;
  reads: DeliveryReadsService;
  earnings: EarningsService;
  dashboard: DeliveryDashboardService;
  clock: Clock;
}
