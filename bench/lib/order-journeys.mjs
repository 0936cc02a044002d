// What one bench customer does, again and again until the level's time is up. Each order is a
// sample of timestamps, one per step, in the order the steps happen.
//
//   paid:       place a QR order → its QR code (AWAITING_PAYMENT) → pay → PLACED
//   lifecycle:  … → PLACED → the partner accepts → starts preparing → marks it ready → a courier
//               (who took the offer from their `deliveryOffers` feed) picks it up → delivers it
//               → the customer reviews it
//
// The customer follows the order with `orderUpdated` (see live-orders.mjs); the payment is the
// sandbox provider's signed webhook, straight to the orders subgraph as a provider sends it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { orderInput, PLACE } from './bench-setup.mjs';
import { connectCustomer, gql } from './live-orders.mjs';

export const PAID_STEPS = ['placeOrder', 'qr', 'placed'];
export const LIFECYCLE_STEPS = [...PAID_STEPS, 'accepted', 'preparing', 'ready', 'assigned', 'pickedUp', 'delivered', 'reviewed'];

const PARTNER = {
  accept: 'mutation($id: ID!) { acceptOrder(orderId: $id, prepMinutes: 10) { id } }',
  startPreparing: 'mutation($id: ID!) { startPreparing(orderId: $id) { id } }',
  markReady: 'mutation($id: ID!) { markOrderReady(orderId: $id) { id } }',
};
const COURIER = {
  accept: 'mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id } }',
  pickUp: 'mutation($id: ID!) { markPickedUp(deliveryId: $id) { id } }',
  deliver: 'mutation($id: ID!) { markDelivered(deliveryId: $id) { id } }',
};
const REVIEW = 'mutation($input: SubmitReviewInput!) { submitReview(input: $input) { id } }';

/** The orders package's sandbox-provider helpers, loaded before anything is measured (it is big). */
let sandbox = null;
export function loadSandboxProvider(root) {
  sandbox ??= createRequire(join(root, 'package.json'))('@foodgraph/orders');
}

/** The sandbox provider's `payment.paid` webhook for `order`, signed with the platform's secret. */
async function payByWebhook(root, platform, order) {
  loadSandboxProvider(root);
  const { signSandboxWebhook, SANDBOX_SIGNATURE_HEADER, SANDBOX_WEBHOOK_PATH } = sandbox;
  const body = JSON.stringify({
    id: `evt_${order.id}`,
    type: 'payment.paid',
    reference: order.payment.providerReference,
    amount: order.total.amount,
    currency: order.total.currency,
    occurredAt: new Date().toISOString(),
  });
  const res = await fetch(new URL(SANDBOX_WEBHOOK_PATH, platform.ordersOrigin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(platform.webhookSecret, body) },
    body,
  });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
}

/** Retries `fn` while it fails with `code` (a precondition another subgraph learns by event). */
async function onceKnown(fn, code, counters, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (err.code !== code || Date.now() > until) throw err;
      counters.retries++;
      await sleep(50);
    }
  }
}

/**
 * Couriers that take every offer their `deliveryOffers` feed brings; `assignment(orderId)`
 * resolves with `{ deliveryId, token }` once one of them accepted that order's delivery.
 */
export function startCourierAgents(root, platform, couriers, counters) {
  const need = createRequire(join(root, 'router', 'package.json'));
  const { createClient } = need('graphql-ws');
  const WebSocket = need('ws');
  const assigned = new Map();
  const waiting = new Map();
  const clients = couriers.map((courier) => {
    const client = createClient({
      url: platform.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${courier.token}` },
      lazy: false,
      retryAttempts: 3,
      onNonLazyError: () => undefined,
    });
    client.subscribe(
      { query: 'subscription { deliveryOffers { id status order { id } } }' },
      {
        next: async ({ data, errors }) => {
          if (errors?.length) counters.courierErrors++;
          const delivery = data?.deliveryOffers;
          if (delivery?.status !== 'AWAITING_COURIER') return;
          try {
            await gql(platform.url, COURIER.accept, { id: delivery.id }, courier.token);
          } catch {
            counters.courierErrors++; // the offer ran out or went to someone else
            return;
          }
          const hit = { deliveryId: delivery.id, token: courier.token };
          assigned.set(delivery.order.id, hit);
          waiting.get(delivery.order.id)?.(hit);
        },
        error: () => counters.courierErrors++,
        complete: () => undefined,
      },
    );
    return client;
  });
  return {
    assignment(orderId, timeoutMs = 30_000) {
      const hit = assigned.get(orderId);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no courier took order ${orderId}`)), timeoutMs);
        waiting.set(orderId, (value) => {
          clearTimeout(timer);
          waiting.delete(orderId);
          assigned.delete(orderId);
          resolve(value);
        });
      });
    },
    close: () => Promise.all(clients.map((c) => c.dispose())),
  };
}

/**
 * One customer's loop until `stopAt` (Date.now() ms): pushes `{ t0, at: { step: ms }, error? }`
 * per order to `samples`, times from performance.now().
 */
export async function customerLoop({ root, platform, restaurants, token, stopAt, samples, counters, mode, couriers }) {
  const live = connectCustomer(root, platform.url, token, { counters });
  try {
    while (Date.now() < stopAt) {
      const r = restaurants[Math.floor(Math.random() * restaurants.length)];
      const sample = { t0: performance.now(), at: {} };
      const mark = (step) => (sample.at[step] = performance.now());
      let watch = null;
      try {
        const { id } = (await gql(platform.url, PLACE, { input: orderInput(r) }, token)).placeOrder;
        mark('placeOrder');
        watch = live.watch(id);
        const awaiting = await watch.until('AWAITING_PAYMENT');
        mark('qr');
        await payByWebhook(root, platform, awaiting);
        await watch.until('PLACED');
        mark('placed');
        if (mode === 'lifecycle') await takeItAllTheWay({ platform, r, id, watch, mark, token, couriers, counters });
      } catch (err) {
        // fetch's own message ("fetch failed") hides the cause: ECONNRESET, ECONNREFUSED, …
        sample.error = `${err.message ?? err}${err.cause ? ` (${err.cause.code ?? err.cause.message})` : ''}`.slice(0, 300);
      } finally {
        watch?.dispose();
      }
      samples.push(sample);
    }
  } finally {
    await live.close();
  }
}

async function takeItAllTheWay({ platform, r, id, watch, mark, token, couriers, counters }) {
  const { url } = platform;
  await gql(url, PARTNER.accept, { id }, r.partner);
  mark('accepted');
  await gql(url, PARTNER.startPreparing, { id }, r.partner);
  mark('preparing');
  await gql(url, PARTNER.markReady, { id }, r.partner);
  mark('ready');
  const courier = await couriers.assignment(id);
  mark('assigned');
  // Delivery learns that the kitchen is done from orders' event, a moment after markOrderReady.
  await onceKnown(() => gql(url, COURIER.pickUp, { id: courier.deliveryId }, courier.token), 'INVALID_STATE_TRANSITION', counters);
  mark('pickedUp');
  await gql(url, COURIER.deliver, { id: courier.deliveryId }, courier.token);
  await watch.until('DELIVERED');
  mark('delivered');
  // Feedback learns that the order was delivered from delivery's and orders' events.
  const input = { orderId: id, restaurantRating: 5, courierRating: 4, comment: 'Bench: hot and on time.' };
  await onceKnown(() => gql(url, REVIEW, { input }, token), 'FORBIDDEN', counters);
  mark('reviewed');
}
