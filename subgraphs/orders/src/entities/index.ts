import { CouponEntity } from './coupon.entity';
import { DeadlineEntity } from './deadline.entity';
import { MenuItemSnapshotEntity } from './menu-item-snapshot.entity';
import { OrderLineEntity } from './order-line.entity';
import { OrderStatusChangeEntity } from './order-status-change.entity';
import { OrderEntity } from './order.entity';
import { PaymentNotificationEntity } from './payment-notification.entity';
import { PaymentTransactionEntity } from './payment-transaction.entity';
import { RestaurantSnapshotEntity } from './restaurant-snapshot.entity';

/** Every TypeORM entity of the orders subgraph, for `openDatabase({ entities })`. */
export const ordersEntities = [
  OrderEntity,
  OrderLineEntity,
  OrderStatusChangeEntity,
  PaymentNotificationEntity,
  PaymentTransactionEntity,
  DeadlineEntity,
  RestaurantSnapshotEntity,
  MenuItemSnapshotEntity,
  CouponEntity,
];
