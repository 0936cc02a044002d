import { OrdersSchema1763880000000 } from './1763880000000-orders-schema';
import { SupersededPayments1763890000000 } from './1763890000000-superseded-payments';
import { OfferedCourier1765100000000 } from './1765100000000-offered-courier';
import { PlacementFingerprint1765200000000 } from './1765200000000-placement-fingerprint';
import { KitchenStaff1766100000000 } from './1766100000000-kitchen-staff';
import { PaymentTransactions1767200000000 } from './1767200000000-payment-transactions';
import { KioskOrders1767400000000 } from './1767400000000-kiosk-orders';
import { CouponsTipsScheduled1767500000000 } from './1767500000000-coupons-tips-scheduled';
import { PickupOrders1767600000000 } from './1767600000000-pickup-orders';

/** The orders subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const ordersMigrations = [
  OrdersSchema1763880000000,
  SupersededPayments1763890000000,
  OfferedCourier1765100000000,
  PlacementFingerprint1765200000000,
  KitchenStaff1766100000000,
  PaymentTransactions1767200000000,
  KioskOrders1767400000000,
  CouponsTipsScheduled1767500000000,
  PickupOrders1767600000000,
];
