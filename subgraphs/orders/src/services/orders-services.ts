import type { Clock } from '@foodgraph/platform/process';
import type { OrdersDashboardService } from './admin-dashboard.service';
import type { CouponService } from './coupon.service';
import type { BasketCheckoutService } from './basket-checkout.service';
import type { BasketService } from './basket.service';
import type { OrderCommandsService } from './order-commands.service';
import type { OrderReadsService } from './order-reads.service';
import type { PaymentService } from './payment.service';
import type { PaymentTransactionLog } from './payment-transactions';
import type { PlaceOrderService } from './place-order.service';

/** The services resolvers reach through the request context. */
export interface OrdersServices {
  placing: PlaceOrderService;
  commands: OrderCommandsService;
  reads: OrderReadsService;
  payments: PaymentService;
  /** The payment log (`Payment.transactions`). */
  paymentLog: PaymentTransactionLog;
  dashboard: OrdersDashboardService;
  /** Coupons (`coupons`, `createCoupon`, `deactivateCoupon`, `Order.coupon`). */
  coupons: CouponService;
  /** The customer's basket (`myBasket`, `addToBasket`…). */
  basket: BasketService;
  /** `checkout`: the basket placed as an order. */
  checkout: BasketCheckoutService;
  clock: Clock;
}
