import type { Identity } from '@foodgraph/platform/auth';
import { orderInput, type Venue } from './menu-fixtures';
import { ORDER, PLACE_ORDER, ok, type OrderResult } from './operations';
import { user, type OrdersHarness } from './orders-harness';

export const admin = user('ADMIN');

/** The order as an admin reads it. */
export async function readOrder(h: OrdersHarness, id: string): Promise<OrderResult> {
  return ok(await h.call<{ order: OrderResult }>(admin, ORDER, { id })).order;
}

/** Waits until the order has `status` (and `extra`, when given) and returns it. */
export function waitForOrder(
  h: OrdersHarness,
  id: string,
  status: string,
  extra: (order: OrderResult) => boolean = () => true,
): Promise<OrderResult> {
  return h.waitFor(async () => {
    const order = await readOrder(h, id);
    return order.status === status && extra(order) ? order : null;
  }, `order ${id} to be ${status}`);
}

/** Places an order for `customer` and returns it as placeOrder answered. */
export async function place(
  h: OrdersHarness,
  customer: Identity,
  venue: Venue,
  overrides: Record<string, unknown> = {},
): Promise<OrderResult> {
  return ok(await h.call<{ placeOrder: OrderResult }>(customer, PLACE_ORDER, { input: orderInput(venue, overrides) })).placeOrder;
}

/** Places a QR order and waits until it awaits payment (stock reserved, QR issued). */
export async function placeAwaitingPayment(h: OrdersHarness, customer: Identity, venue: Venue): Promise<OrderResult> {
  const placed = await place(h, customer, venue);
  return waitForOrder(h, placed.id, 'AWAITING_PAYMENT');
}

/** A sandbox webhook body saying the order's payment went through. */
export function paidNotice(order: OrderResult, id = `evt_${order.id}`): Record<string, unknown> {
  return {
    id,
    type: 'payment.paid',
    reference: order.payment.providerReference,
    amount: order.total.amount,
    currency: order.total.currency,
    occurredAt: new Date().toISOString(),
  };
}

/** Places a QR order, pays it through the webhook and waits until it is PLACED. */
export async function placePaid(h: OrdersHarness, customer: Identity, venue: Venue): Promise<OrderResult> {
  const order = await placeAwaitingPayment(h, customer, venue);
  const res = await h.webhook(paidNotice(order));
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${JSON.stringify(res.body)}`);
  return waitForOrder(h, order.id, 'PLACED');
}
