import { DeliverySchema1764000000000 } from './1764000000000-delivery-schema';
import { ReofferAfterCooldown1765000000000 } from './1765000000000-reoffer-after-cooldown';
import { OrderTips1767500000000 } from './1767500000000-order-tips';
import { PickupOrders1767600000000 } from './1767600000000-pickup-orders';

/** The delivery subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const deliveryMigrations = [
  DeliverySchema1764000000000,
  ReofferAfterCooldown1765000000000,
  OrderTips1767500000000,
  PickupOrders1767600000000,
];
