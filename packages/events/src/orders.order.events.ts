import { z } from 'zod';
import { address } from './shared-shapes';

/*
 * `orders.order.*`: the life of an order. The order saga with menu (architecture §3):
 *
 *   orders.order.placed ──► menu reserves stock ──► menu.stock.reserved | menu.stock.rejected
 *   orders.order.lines_changed ──► menu replaces the reservation ──► reserved | rejected again
 *   orders.order.status_changed (to CANCELLED or REJECTED) ──► menu releases what it holds
 *                                                              ──► menu.stock.released
 *
 * Menu is the authority on reservations: it releases an order's reservation whenever it holds
 * one and sees the order become CANCELLED or REJECTED, so orders never has to know whether a
 * reservation already happened (a customer may cancel while the stock check is in flight).
 * Menu must consume `orders.order.placed`, `orders.order.lines_changed` and
 * `orders.order.status_changed` in ONE consumer so it sees them in publish order.
 */

export const OrderStatusV1 = z.enum([
  'PENDING',
  'AWAITING_PAYMENT',
  'PLACED',
  'ACCEPTED',
  'PREPARING',
  'READY_FOR_PICKUP',
  'PICKED_UP',
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
  // Paid (or cash) and waiting for its slot; becomes PLACED at scheduledFor − the prep lead time.
  'SCHEDULED',
]);

/** One line as the stock reservation needs it, with the price snapshot taken at placement. */
const reservedLine = z.object({
  lineId: z.uuid(),
  menuItemId: z.uuid(),
  name: z.string(),
  quantity: z.number().int().min(1),
  unitPrice: z.number().int().nonnegative(),
});

/**
 * A customer placed an order; it is PENDING until menu answers for its stock. `stockVersion`
 * is 1 here and grows with every `orders.order.lines_changed`; menu echoes it in its answer so
 * a late answer about old lines is ignored.
 */
export const OrderPlacedV1 = z.object({
  orderId: z.uuid(),
  number: z.string(),
  customerId: z.uuid(),
  restaurantId: z.uuid(),
  stockVersion: z.number().int().positive(),
  lines: z.array(reservedLine).min(1),
  currency: z.string().length(3),
  subtotal: z.number().int().nonnegative(),
  deliveryFee: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  paymentMethod: z.enum(['QR_CODE', 'CASH_ON_DELIVERY']),
  deliveryAddress: address,
  notes: z.string().nullable(),
  placedAt: z.iso.datetime({ offset: true }),
  /*
   * Added with coupons, tips and scheduled orders (issue 17). Optional, so events written
   * before them (and producers' test doubles) still validate; absent means 0 / none.
   * total = subtotal + deliveryFee − discount + tip.
   */
  /** What a coupon took off the subtotal. */
  discount: z.number().int().nonnegative().optional(),
  /** The courier's tip, all of it theirs (delivery's TIP earnings line). */
  tip: z.number().int().nonnegative().optional(),
  /** The coupon's code, upper case; null without one. */
  couponCode: z.string().nullable().optional(),
  /** When to deliver a scheduled order; null for "as soon as possible". */
  scheduledFor: z.iso.datetime({ offset: true }).nullable().optional(),
  /**
   * Added with pick-up orders: DELIVERY (a courier brings it) or PICKUP (collected at the
   * counter; delivery creates nothing for it). Absent, as in every event before it, means DELIVERY.
   */
  fulfilment: z.enum(['DELIVERY', 'PICKUP']).optional(),
});
export type OrderPlacedV1 = z.infer<typeof OrderPlacedV1>;

/**
 * The customer changed the lines before acceptance; the order is PENDING again. Menu replaces
 * the order's reservation with these lines in one step (release the old, reserve the new) and
 * answers with `menu.stock.reserved` / `menu.stock.rejected` carrying this `stockVersion`.
 */
export const OrderLinesChangedV1 = z.object({
  orderId: z.uuid(),
  restaurantId: z.uuid(),
  stockVersion: z.number().int().positive(),
  lines: z.array(reservedLine).min(1),
  currency: z.string().length(3),
  subtotal: z.number().int().nonnegative(),
  deliveryFee: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  changedAt: z.iso.datetime({ offset: true }),
});
export type OrderLinesChangedV1 = z.infer<typeof OrderLinesChangedV1>;

/**
 * The kitchen moved one line of an accepted order between QUEUED, COOKING and DONE (any
 * direction: a cook may undo a tap). The order's status does not change; watchers of the
 * order and the restaurant's kitchen feed see the line's new state.
 */
export const OrderLineStatusChangedV1 = z.object({
  orderId: z.uuid(),
  restaurantId: z.uuid(),
  lineId: z.uuid(),
  name: z.string(),
  from: z.enum(['QUEUED', 'COOKING', 'DONE']),
  to: z.enum(['QUEUED', 'COOKING', 'DONE']),
  actorId: z.uuid().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type OrderLineStatusChangedV1 = z.infer<typeof OrderLineStatusChangedV1>;

/**
 * Every transition of an order's state machine, one event each, in order. `actorKind` says who
 * moved it: CUSTOMER, OWNER (the restaurant's partner), ADMIN, SYSTEM (stock answers, payments,
 * timeouts) or DELIVERY (courier progress); `actorId` is the acting user when there is one.
 */
export const OrderStatusChangedV1 = z.object({
  orderId: z.uuid(),
  number: z.string(),
  customerId: z.uuid(),
  restaurantId: z.uuid(),
  from: OrderStatusV1,
  to: OrderStatusV1,
  reason: z.string().nullable(),
  actorKind: z.enum(['CUSTOMER', 'OWNER', 'ADMIN', 'SYSTEM', 'DELIVERY']),
  actorId: z.uuid().nullable(),
  paymentStatus: z.enum(['PENDING', 'PAID', 'FAILED', 'REFUNDED', 'NOT_REQUIRED']),
  estimatedReadyAt: z.iso.datetime({ offset: true }).nullable(),
  at: z.iso.datetime({ offset: true }),
  /** Added with pick-up orders, so a listener can word READY_FOR_PICKUP and DELIVERED; absent means DELIVERY. */
  fulfilment: z.enum(['DELIVERY', 'PICKUP']).optional(),
});
export type OrderStatusChangedV1 = z.infer<typeof OrderStatusChangedV1>;
