import type { Fulfilment, OrderStatus, PaymentStatus } from '@generated/graphql';

const FINAL: readonly OrderStatus[] = ['DELIVERED', 'CANCELLED', 'REJECTED'];

/** Nothing more happens to an order in these states: no live updates to wait for. */
export function isFinal(status: OrderStatus): boolean {
  return FINAL.includes(status);
}

/**
 * Nothing more will change: a final status, and no refund still to come (a paid order that was
 * cancelled or rejected is refunded a moment later, and the page shows it when it happens).
 */
export function isSettled(order: { status: OrderStatus; payment: { status: PaymentStatus } }): boolean {
  return isFinal(order.status) && !(order.status !== 'DELIVERED' && order.payment.status === 'PAID');
}

/** The customer may ask to cancel until the restaurant accepted or while it waits for its slot (the API has the last word). */
export function customerMayCancel(status: OrderStatus): boolean {
  // A scheduled order waits for its slot (paid already): cancelling it is refunded.
  return status === 'PENDING' || status === 'AWAITING_PAYMENT' || status === 'PLACED' || status === 'SCHEDULED';
}

/** A courier is on the way to the restaurant or to the customer: their position is worth following. */
export function courierUnderway(status: OrderStatus): boolean {
  return status === 'ACCEPTED' || status === 'PREPARING' || status === 'READY_FOR_PICKUP' || status === 'PICKED_UP';
}

/**
 * The `customer` namespace's key for a status as this order's customer lives it: a pick-up
 * order that is ready waits for them, not for a courier, and once handed over it was collected.
 */
export function statusKey(order: { status: OrderStatus; fulfilment: Fulfilment }): string {
  const collected = order.fulfilment === 'PICKUP' && (order.status === 'READY_FOR_PICKUP' || order.status === 'DELIVERED');
  return collected ? `pickupStatus.${order.status}` : `status.${order.status}`;
}
