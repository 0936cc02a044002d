import { z } from 'zod';

/*
 * Courier progress the orders subgraph turns into order transitions (READY_FOR_PICKUP →
 * PICKED_UP → DELIVERED). `courierUserId` is the courier's user account: orders records it as
 * the actor of the transition and lets that courier read the order.
 */

/** The courier has the food. */
export const DeliveryPickedUpV1 = z.object({
  deliveryId: z.uuid(),
  orderId: z.uuid(),
  courierId: z.uuid(),
  courierUserId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});
export type DeliveryPickedUpV1 = z.infer<typeof DeliveryPickedUpV1>;

/** The customer has the food. */
export const DeliveryDeliveredV1 = z.object({
  deliveryId: z.uuid(),
  orderId: z.uuid(),
  courierId: z.uuid(),
  courierUserId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});
export type DeliveryDeliveredV1 = z.infer<typeof DeliveryDeliveredV1>;
