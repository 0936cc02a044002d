/**
 * What feedback knows about an order from the events of orders and delivery (the local read
 * model). Any field may still be null when the event that carries it has not arrived yet.
 */
export interface OrderFacts {
  customerId: string | null;
  restaurantId: string | null;
  /**
   * The order's latest status per `orders.order.status_changed` among those that decide
   * anything here ({@link STATUSES_THAT_DECIDE}; the others are not recorded): PENDING from
   * `orders.order.placed` until one of them.
   */
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

/** The only statuses the verdicts below look at: delivered, or never going to be. */
export const STATUSES_THAT_DECIDE: ReadonlySet<string> = new Set(['DELIVERED', ...ABANDONED]);

/** True when the customer has the food: delivered, and not cancelled or rejected since. */
export function isDelivered(facts: OrderFacts): boolean {
  return facts.deliveredAt !== null && !(facts.status !== null && ABANDONED.has(facts.status));
}

/** True when a courier brought the order, even if delivery's event naming them is still on its way. */
export function deliveredByCourier(facts: OrderFacts): boolean {
  return facts.courierId !== null || facts.courierUserId !== null;
}

/**
 * Why a review is refused, in the order the checks run (the first that applies wins):
 * - `unknown-order`: feedback knows nothing (or not enough) about the order;
 * - `not-the-customer`: the caller did not place it;
 * - `not-delivered`: it is not delivered (yet, or ever) — reviewing is a right the customer
 *   gains with the delivery, not a transition of the order's state machine;
 * - `already-reviewed`: it has a review;
 * - `no-courier-to-rate`: a courier rating for an order no courier delivered.
 */
export type ReviewRefusal = 'unknown-order' | 'not-the-customer' | 'not-delivered' | 'already-reviewed' | 'no-courier-to-rate';

/** The verdict on a review: where its ratings go, or why it is refused. */
export type ReviewVerdict = { allowed: true; target: ReviewTarget } | { allowed: false; refusal: ReviewRefusal };

/** Everything the verdict on one review depends on. */
export interface ReviewRequest {
  /** The order's facts; null when feedback has heard nothing of the order. */
  facts: OrderFacts | null;
  /** The user asking to review it. */
  reviewerId: string;
  /** The courier stars asked for; null when the courier is not rated. */
  courierRating: number | null;
  /** Whether the order has a review already. */
  alreadyReviewed: boolean;
}

/** May the reviewer review the order now? A verdict, not an error: `services/access.ts` decides what to answer. */
export function judgeReview({ facts, reviewerId, courierRating, alreadyReviewed }: ReviewRequest): ReviewVerdict {
  const refuse = (refusal: ReviewRefusal): ReviewVerdict => ({ allowed: false, refusal });
  if (!facts || facts.customerId === null || facts.restaurantId === null) return refuse('unknown-order');
  if (facts.customerId !== reviewerId) return refuse('not-the-customer');
  if (!isDelivered(facts)) return refuse('not-delivered');
  if (alreadyReviewed) return refuse('already-reviewed');
  if (courierRating !== null && !deliveredByCourier(facts)) return refuse('no-courier-to-rate');
  return { allowed: true, target: { restaurantId: facts.restaurantId, courierId: courierRating === null ? null : facts.courierId } };
}

/**
 * Whether events already on their way may still lift the refusal: feedback's read model
 * knows nothing of the order yet, or not yet that it was delivered (and it was not cancelled
 * or rejected). orders and delivery answer the client before their events reach feedback, so
 * a customer who reviews the moment the order is delivered meets exactly these refusals.
 */
export function awaitsEvents(verdict: ReviewVerdict, facts: OrderFacts | null): boolean {
  if (verdict.allowed) return false;
  if (verdict.refusal === 'unknown-order') return true;
  return verdict.refusal === 'not-delivered' && !(facts?.status != null && ABANDONED.has(facts.status));
}
