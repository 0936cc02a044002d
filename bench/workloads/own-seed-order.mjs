// One order of the demo customer that went all the way — placed, paid, accepted and cooked by
// the demo partner, picked up and delivered by the demo courier, reviewed by the customer — so
// that reading it touches all five subgraphs with non-null data. Everything goes through the
// stack's router as the demo logins would, except the payment: the sandbox provider's signed
// webhook goes straight to the orders subgraph, as a provider would send it (bench/orders.mjs
// pays the same way). Idempotent: a later run finds the reviewed order among the customer's
// orders, and one left half-way by an interrupted run is taken on from where it stopped.
import { SANDBOX_SIGNATURE_HEADER, SANDBOX_WEBHOOK_PATH, signSandboxWebhook } from '@foodgraph/orders';
import { DEMO_LOGINS } from '@foodgraph/stack';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { attempt, call, login } from './own-seed.mjs';

/** Marks the order this seed placed, so an interrupted run resumes it rather than placing another. */
const NOTE = 'bench: order detail';
/** The demo seed's first restaurant (stack/src/demo-data.ts), owned by the demo partner. */
const VENUE = 'Trattoria Demo';
/** The whole journey, events between the subgraphs included, takes seconds; this is the give-up point. */
const JOURNEY_TIMEOUT_MS = 120_000;
const POLL_MS = 200;

const MY_ORDERS = 'query { myOrders(first: 100) { edges { node { id status notes review { id } } } } }';
const ORDER_STATE = `query($id: ID!) {
  order(id: $id) {
    id status total { amount currency } payment { providerReference }
    restaurant { address { location { lat lng } } }
    delivery { id status }
    review { id }
  }
}`;
const ORDER_STEP = {
  accept: 'mutation($id: ID!) { acceptOrder(orderId: $id, prepMinutes: 10) { id } }',
  startPreparing: 'mutation($id: ID!) { startPreparing(orderId: $id) { id } }',
  markReady: 'mutation($id: ID!) { markOrderReady(orderId: $id) { id } }',
};
const DELIVERY_STEP = {
  accept: 'mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id } }',
  pickUp: 'mutation($id: ID!) { markPickedUp(deliveryId: $id) { id } }',
  deliver: 'mutation($id: ID!) { markDelivered(deliveryId: $id) { id } }',
};
const REVIEW = {
  restaurantRating: 5,
  courierRating: 4,
  comment: 'Crisp crust, still hot at the door.',
};

const codesOf = (answer) => (answer.errors ?? []).map((e) => e.extensions?.code);

/** Retries `fn` while it throws (a read model that has not caught up yet), up to `timeoutMs`. */
async function eventually(fn, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > until) throw new Error(`bench seed: ${what} did not succeed: ${err instanceof Error ? err.message : err}`);
      await sleep(POLL_MS);
    }
  }
}

/** A QR order of the demo venue's first two unlimited items; answers its id. */
async function placeOrder(ctx) {
  const { me } = await call(
    ctx.url,
    'query { me { restaurants { id name address { location { lat lng } } menu { id stock } } } }',
    {},
    ctx.partner,
  );
  const venue = me.restaurants.find((r) => r.name === VENUE);
  const items = venue?.menu.filter((item) => item.stock === null) ?? [];
  if (!venue || items.length < 2) throw new Error(`bench seed: the demo partner has no "${VENUE}" with two unlimited menu items`);
  const { lat, lng } = venue.address.location;
  const input = {
    restaurantId: venue.id,
    lines: [
      { menuItemId: items[0].id, quantity: 2 },
      { menuItemId: items[1].id, quantity: 1 },
    ],
    deliveryAddress: { line1: 'Benchstrasse 99', city: 'Demo City', postalCode: '10001', location: { lat: lat + 0.004, lng: lng + 0.004 } },
    paymentMethod: 'QR_CODE',
    notes: NOTE,
    idempotencyKey: randomUUID(),
  };
  // On a fresh namespace the orders read model learns the restaurant from menu's events a
  // moment after the demo seed created it; the idempotency key makes the retries one order.
  const placed = await eventually(
    () => call(ctx.url, 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', { input }, ctx.customer),
    'placeOrder',
  );
  return placed.placeOrder.id;
}

async function payBySandboxWebhook(ctx, order) {
  const body = JSON.stringify({
    id: `evt_bench_${order.id}`,
    type: 'payment.paid',
    reference: order.payment.providerReference,
    amount: order.total.amount,
    currency: order.total.currency,
    occurredAt: new Date().toISOString(),
  });
  const res = await fetch(new URL(SANDBOX_WEBHOOK_PATH, ctx.ordersUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(ctx.webhookSecret, body) },
    body,
  });
  if (res.status !== 200) throw new Error(`bench seed: the payment webhook answered ${res.status}: ${await res.text()}`);
}

/** The demo courier's profile (created by the admin when missing), online at `location`. */
async function courierOnline(ctx, location) {
  const profile = async () =>
    (await call(ctx.url, 'query { myCourierProfile { id status offeredDelivery { id } } }', {}, ctx.courier)).myCourierProfile;
  let courier = await profile();
  if (!courier) {
    const { me } = await call(ctx.url, 'query { me { id } }', {}, ctx.courier);
    const input = { userId: me.id, name: DEMO_LOGINS.courier.name, vehicle: 'BICYCLE' };
    // Delivery learns of the courier account from users' events.
    await eventually(
      () => call(ctx.url, 'mutation($input: CreateCourierInput!) { createCourier(input: $input) { id } }', { input }, ctx.admin),
      'createCourier',
    );
    courier = await profile();
  }
  if (courier.status === 'OFFLINE') {
    await call(ctx.url, 'mutation($at: GeoPointInput!) { updateCourierLocation(location: $at) { id } }', { at: location }, ctx.courier);
    await call(ctx.url, 'mutation { setCourierAvailability(available: true) { id } }', {}, ctx.courier);
  }
  return courier;
}

/**
 * Runs a step whose precondition another subgraph learns by event (delivery hears that the
 * kitchen is done, feedback that the order was delivered): false while it is refused with
 * `waitCode`, so the caller polls again.
 */
async function stepOnceKnown(ctx, token, query, variables, waitCode) {
  const answer = await attempt(ctx.url, query, variables, token);
  if (!answer.errors?.length) return true;
  if (codesOf(answer).every((code) => code === waitCode)) return false;
  throw new Error(`bench seed: ${JSON.stringify(answer.errors).slice(0, 500)}`);
}

/** The courier's next step on the order's delivery; false when there is nothing to do yet. */
async function courierStep(ctx, order) {
  const delivery = order.delivery;
  switch (delivery?.status) {
    case undefined: // delivery creates it from orders' "accepted" event
      return false;
    case 'AWAITING_COURIER': {
      const courier = await courierOnline(ctx, order.restaurant.address.location);
      if (courier.offeredDelivery?.id !== delivery.id) return false;
      await call(ctx.url, DELIVERY_STEP.accept, { id: delivery.id }, ctx.courier);
      return true;
    }
    case 'ASSIGNED':
      return (
        order.status === 'READY_FOR_PICKUP' &&
        stepOnceKnown(ctx, ctx.courier, DELIVERY_STEP.pickUp, { id: delivery.id }, 'INVALID_STATE_TRANSITION')
      );
    case 'PICKED_UP':
      await call(ctx.url, DELIVERY_STEP.deliver, { id: delivery.id }, ctx.courier);
      return true;
    case 'DELIVERED': // orders follows from delivery's event
      return false;
    default:
      throw new Error(`bench seed: the delivery of order ${order.id} is ${delivery.status}`);
  }
}

/** Does the next step of the order's life; false when it waits for an event to arrive. */
async function nextStep(ctx, order) {
  const id = order.id;
  switch (order.status) {
    case 'PENDING': // stock reserved and QR code created by events
      return false;
    case 'AWAITING_PAYMENT':
      await payBySandboxWebhook(ctx, order);
      return true;
    case 'PLACED':
      await call(ctx.url, ORDER_STEP.accept, { id }, ctx.partner);
      return true;
    case 'ACCEPTED':
      await call(ctx.url, ORDER_STEP.startPreparing, { id }, ctx.partner);
      return true;
    case 'PREPARING':
      await call(ctx.url, ORDER_STEP.markReady, { id }, ctx.partner);
      return true;
    case 'READY_FOR_PICKUP':
    case 'PICKED_UP':
      return courierStep(ctx, order);
    case 'DELIVERED': {
      const query = 'mutation($input: SubmitReviewInput!) { submitReview(input: $input) { id } }';
      return stepOnceKnown(ctx, ctx.customer, query, { input: { orderId: id, ...REVIEW } }, 'FORBIDDEN');
    }
    default:
      throw new Error(`bench seed: order ${id} ended ${order.status}`);
  }
}

/**
 * Ensures the demo customer has a delivered and reviewed order; answers its id and whether
 * this call had to create or finish it. `ordersUrl` is the orders subgraph's origin (for the
 * payment webhook), `webhookSecret` its SANDBOX_WEBHOOK_SECRET.
 */
export async function seedReviewedOrder(url, { ordersUrl, webhookSecret }) {
  const [customer, partner, courier, admin] = await Promise.all(
    ['customer', 'partner', 'courier', 'admin'].map((who) => login(url, DEMO_LOGINS[who])),
  );
  const ctx = { url, ordersUrl, webhookSecret, customer, partner, courier, admin };
  const orders = (await call(url, MY_ORDERS, {}, customer)).myOrders.edges.map((e) => e.node);
  const reviewed = orders.find((o) => o.status === 'DELIVERED' && o.review);
  if (reviewed) return { orderId: reviewed.id, created: false };

  const unfinished = orders.find((o) => o.notes === NOTE && !['CANCELLED', 'REJECTED'].includes(o.status));
  const orderId = unfinished?.id ?? (await placeOrder(ctx));
  const until = Date.now() + JOURNEY_TIMEOUT_MS;
  for (;;) {
    const { order } = await call(url, ORDER_STATE, { id: orderId }, customer);
    if (order.review) break;
    if (Date.now() > until)
      throw new Error(`bench seed: order ${orderId} is stuck at ${order.status} (delivery ${order.delivery?.status})`);
    if (!(await nextStep(ctx, order))) await sleep(POLL_MS);
  }
  // Off duty again, as the demo seed left the courier (whose profile exists by now: they delivered it).
  await call(url, 'mutation { setCourierAvailability(available: false) { id } }', {}, courier);
  return { orderId, created: true };
}
