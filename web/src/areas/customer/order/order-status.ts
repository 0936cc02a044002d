import type { OrderStatus } from '@generated/graphql';

const FINAL: readonly OrderStatus[] = ['DELIVERED', 'CANCELLED', 'REJECTED'];

/** Nothing more happens to an order in these states: no live updates to wait for. */
export function isFinal(status: OrderStatus): boolean {
  return FINAL.includes(status);
}

/** The customer may ask to cancel until the restaurant accepted (the API has the last word). */
export function customerMayCancel(status: OrderStatus): boolean {
  return status === 'PENDING' || status === 'AWAITING_PAYMENT' || status === 'PLACED';
}

/** A courier is on the way to the restaurant or to the customer: their position is worth following. */
export function courierUnderway(status: OrderStatus): boolean {
  return status === 'ACCEPTED' || status === 'PREPARING' || status === 'READY_FOR_PICKUP' || status === 'PICKED_UP';
}
