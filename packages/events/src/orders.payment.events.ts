import { z } from 'zod';

/* `orders.payment.*`: money the orders subgraph moved for an order. */

/**
 * The provider gave a payment of the order back (a REFUND deadline fired): the customer has
 * the money again. `superseded` false means the order's own payment, whose status is now
 * REFUNDED; true means a late payment of a QR code a lines change had retired, refunded while
 * the order's own payment stays as it was. Both are one event type because both are money
 * returned to the same customer for the same order — what a receipt, a ledger or a support
 * timeline needs — and the flag lets a consumer that shows the order's payment skip the
 * second kind. `amount` is what was refunded: the order's total, or the superseded payment's.
 */
export const OrderPaymentRefundedV1 = z.object({
  orderId: z.uuid(),
  number: z.string(),
  customerId: z.uuid(),
  restaurantId: z.uuid(),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  /** The provider's reference of the payment that was refunded. */
  paymentReference: z.string().min(1),
  refundReference: z.string().min(1),
  superseded: z.boolean(),
  at: z.iso.datetime({ offset: true }),
});
export type OrderPaymentRefundedV1 = z.infer<typeof OrderPaymentRefundedV1>;
