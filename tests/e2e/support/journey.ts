import {
  dataOf,
  eventually,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { deliveryStep, type LatLng, type TestCourier, type TestDelivery } from './couriers';

/** Where `createDemoRestaurant` puts every restaurant and `placeOrder` every customer. */
export const KITCHEN_AT: LatLng = { lat: 40.0, lng: -75.0 };
export const CUSTOMER_AT: LatLng = { lat: 40.01, lng: -75.01 };

/**
 * Great-circle distance in whole meters, written here from the formula rather than taken from
 * the delivery subgraph, so that a pay expectation is computed independently of the code under
 * test (mean earth radius 6 371 km, as the contract's "haversine" implies).
 */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const s = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(s)));
}

/**
 * Plays the sandbox payment provider through the ROUTER's public webhook path (the router
 * passes it to the orders subgraph byte for byte); fails unless it was taken.
 */
export async function payThroughRouter(sg: TestSupergraph, order: TestOrder): Promise<void> {
  const answer = await payBySandboxWebhook(sg, order, { ordersUrl: sg.url });
  if (answer.status !== 200) throw new Error(`the payment webhook answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** A QR order of `lines`, paid through the router's webhook path, once it is PLACED. */
export async function placePaidOrder(
  sg: TestSupergraph,
  customer: SignedIn,
  venue: DemoRestaurant,
  lines: { menuItemId: string; quantity: number }[],
): Promise<TestOrder> {
  const placed = orderOf(await placeOrder(sg, customer, { restaurantId: venue.id, lines }), 'placeOrder');
  await payThroughRouter(sg, await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT'));
  return waitForOrder(sg, customer, placed.id, 'PLACED');
}

/** The owner accepts the order (which makes delivery create and dispatch its delivery). */
export async function acceptOrder(sg: TestSupergraph, partner: SignedIn, orderId: string, prepMinutes = 10): Promise<TestOrder> {
  return orderOf(await orderMutation(sg, partner, 'accept', { orderId, prepMinutes }), 'acceptOrder');
}

/** The kitchen cooks an accepted order and marks it READY_FOR_PICKUP. */
export async function cookUntilReady(sg: TestSupergraph, partner: SignedIn, orderId: string): Promise<TestOrder> {
  orderOf(await orderMutation(sg, partner, 'startPreparing', { orderId }), 'startPreparing');
  return orderOf(await orderMutation(sg, partner, 'markReady', { orderId }), 'markOrderReady');
}

/**
 * The courier picks the food up. Delivery learns that the kitchen is done from orders' event,
 * a moment after `markOrderReady` answered, so an early INVALID_STATE_TRANSITION is retried.
 */
export function pickUpOnceReady(sg: TestSupergraph, courier: TestCourier, deliveryId: string): Promise<TestDelivery> {
  return eventually(() => deliveryStep(sg, courier, 'markPickedUp', deliveryId), 10_000);
}

/** The order's delivery, as `reader` sees it through the router. */
export async function deliveryOfOrder(
  sg: TestSupergraph,
  reader: SignedIn,
  orderId: string,
): Promise<{ id: string; status: string } | null> {
  const r = await sg.query<{ order: { delivery: { id: string; status: string } | null } | null }>(
    'query($id: ID!) { order(id: $id) { delivery { id status } } }',
    { token: reader.token, variables: { id: orderId } },
  );
  return dataOf(r, 'Order.delivery').order?.delivery ?? null;
}

export const SUBMIT_REVIEW = `mutation Review($input: SubmitReviewInput!) {
  submitReview(input: $input) { id restaurantRating courierRating comment courier { id } }
}`;

export interface ReviewSpec {
  orderId: string;
  restaurantRating: number;
  courierRating?: number;
  comment?: string;
}

/** `submitReview` as `customer`; the raw result, errors included. */
export function submitReview(sg: TestSupergraph, customer: SignedIn, spec: ReviewSpec) {
  return sg.query<{ submitReview: { id: string; restaurantRating: number; courierRating: number | null; comment: string | null } }>(
    SUBMIT_REVIEW,
    { token: customer.token, variables: { input: spec } },
  );
}

/**
 * Reviews the order once feedback knows it was delivered: feedback's read model follows
 * orders' and delivery's events, so right after `markDelivered` a FORBIDDEN is retried.
 */
export function reviewOnceDelivered(sg: TestSupergraph, customer: SignedIn, spec: ReviewSpec) {
  return eventually(async () => dataOf(await submitReview(sg, customer, spec), 'submitReview').submitReview, 10_000);
}
