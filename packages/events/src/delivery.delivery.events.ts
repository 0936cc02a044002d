import { z } from 'zod';

/*
 * `delivery.delivery.*`: the life of a delivery, from the delivery subgraph.
 * - Dispatch news (offered, assigned, cancelled), for whoever wants to react: subscriptions that
 *   push offers to couriers and assignments to customers, the orders subgraph letting the
 *   assigned courier read the order before pick-up. Orders' saga does not need them.
 * - Courier progress (picked_up, delivered), which the orders subgraph turns into order
 *   transitions (READY_FOR_PICKUP → PICKED_UP → DELIVERED). `courierUserId` is the courier's
 *   user account: orders records it as the actor of the transition and lets that courier read
 *   the order.
 */

/** A delivery was offered to one courier, who has until `expiresAt` to accept or decline. */
export const DeliveryOfferedV1 = z.object({
  deliveryId: z.uuid(),
  orderId: z.uuid(),
  offerId: z.uuid(),
  courierId: z.uuid(),
  courierUserId: z.uuid(),
  expiresAt: z.iso.datetime({ offset: true }),
  at: z.iso.datetime({ offset: true }),
});
export type DeliveryOfferedV1 = z.infer<typeof DeliveryOfferedV1>;

/** A courier accepted the offer; the delivery is theirs. `etaAt` is the promised drop-off time. */
export const DeliveryAssignedV1 = z.object({
  deliveryId: z.uuid(),
  orderId: z.uuid(),
  courierId: z.uuid(),
  courierUserId: z.uuid(),
  etaAt: z.iso.datetime({ offset: true }).nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type DeliveryAssignedV1 = z.infer<typeof DeliveryAssignedV1>;

/**
 * The delivery ended without reaching the customer because its order was cancelled: CANCELLED
 * before pick-up, FAILED after it. The courier (if one was assigned) is free again.
 */
export const DeliveryCancelledV1 = z.object({
  deliveryId: z.uuid(),
  orderId: z.uuid(),
  status: z.enum(['CANCELLED', 'FAILED']),
  courierId: z.uuid().nullable(),
  courierUserId: z.uuid().nullable(),
  reason: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type DeliveryCancelledV1 = z.infer<typeof DeliveryCancelledV1>;

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
