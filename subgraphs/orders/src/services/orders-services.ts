import type { Clock } from '@foodgraph/platform';
import type { OrderCommands } from './order-commands.service';
import type { OrderReads } from './order-reads.service';
import type { PaymentService } from './payment.service';
import type { PlaceOrderService } from './place-order.service';

/** The services resolvers reach through the request context. */
export interface OrdersServices {
  placing: PlaceOrderService;
  commands: OrderCommands;
  reads: OrderReads;
  payments: PaymentService;
  clock: Clock;
}
