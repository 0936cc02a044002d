import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@foodgraph/platform';

/**
 * What feedback knows about an order from the events of orders and delivery (the local read
 * model). Any field may still be null when the event that carries it has not arrived yet.
 */
export interface OrderFacts {
  customerId: string | null;
  restaurantId: string | null;
  /** The order's latest status per `orders.order.status_changed`. */
  status: string | null;
  /** When it was delivered, per orders (status DELIVERED) or delivery (`delivered`), whichever came first. */
  deliveredAt: Date | null;
  /** delivery's `Courier.id` of the courier who delivered it. */
  courierId: string | null;
  /** The user account of that courier; orders names it as the actor of the DELIVERED transition. */
  courierUserId: string | null;
}

/** Where a permitted review's ratings go. */
export interface ReviewTarget {
  restaurantId: string;
  /** The courier to rate; null when not known yet (see `deliveredByCourier`) or when there is none. */
  courierId: string | null;
}

/** Statuses after which an order will never be delivered, whatever a late event says. */
const ABANDONED = new Set(['CANCELLED', 'REJECTED']);

/** True when the customer has the food: delivered, and not cancelled or rejected since. */
export function isDelivered(facts: OrderFacts): boolean {
  return facts.deliveredAt !== null && !(facts.status !== null && ABANDONED.has(facts.status));
}

/** True when a courier brought the order, even if delivery's event naming them is still on its way. */
export function deliveredByCourier(facts: OrderFacts): boolean {
  return facts.courierId !== null || facts.courierUserId !== null;
}

/**
 * May `userId` review the order now? Checked in this order, each with its code:
 * - the order is unknown → NOT_FOUND;
 * - the caller is not its customer → FORBIDDEN;
 * - it is not delivered (yet, or ever) → FORBIDDEN: reviewing is a right the customer gains
 *   with the delivery, not a transition of the order's state machine;
 * - it was reviewed already → CONFLICT;
 * - a courier rating for an order no courier delivered → BAD_USER_INPUT on `input.courierRating`.
 */
export function checkEligibility(
  orderId: string,
  facts: OrderFacts | null,
  userId: string,
  courierRating: number | null,
  alreadyReviewed: boolean,
): ReviewTarget {
  if (!facts || facts.customerId === null || facts.restaurantId === null) throw new NotFoundError('Order', orderId);
  if (facts.customerId !== userId) throw new ForbiddenError('Only the customer who placed this order may review it');
  if (!isDelivered(facts)) throw new ForbiddenError('An order can be reviewed once it has been delivered');
  if (alreadyReviewed) throw new ConflictError('This order has already been reviewed');
  if (courierRating !== null && !deliveredByCourier(facts))
    throw new BadUserInputError('input.courierRating', 'No courier delivered this order, so there is no courier to rate');
  return { restaurantId: facts.restaurantId, courierId: courierRating === null ? null : facts.courierId };
}
