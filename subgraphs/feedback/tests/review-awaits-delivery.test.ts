import { uuidv7 } from '@foodgraph/platform/ids';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedbackHarness, user } from './support/feedback-harness';
import { errorOf, ok, SUBMIT, type ReviewResult } from './support/operations';
import { changeStatus, deliveryDelivered, newCourier, openVenue, placeOrder, waitForFacts, type Venue } from './support/order-story';

/*
 * orders and delivery answer the client before their events reach feedback, so the customer's
 * review of an order delivered a moment ago arrives before feedback knows of the delivery.
 * These play that race deterministically: the review goes first, the events follow.
 */

let h: FeedbackHarness;
let venue: Venue;
beforeAll(async () => {
  h = await FeedbackHarness.start();
  venue = await openVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const submit = (who: Parameters<FeedbackHarness['call']>[0], input: Record<string, unknown>) =>
  h.call<{ submitReview: ReviewResult }>(who, SUBMIT, { input });

/** The answer to `run` and how long it took, in milliseconds. */
async function timed<T>(run: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await run();
  return { answer, ms: performance.now() - started };
}

describe('a review that arrives before the delivery event', () => {
  it('waits for orders’ DELIVERED published 500 ms after the review was sent, and succeeds', async () => {
    const customer = user('CUSTOMER');
    const courier = newCourier();
    const order = await placeOrder(h, customer, venue.restaurantId);
    const review = submit(customer, { orderId: order.orderId, restaurantRating: 5, courierRating: 4 });
    await sleep(500);
    await changeStatus(h, order, 'PICKED_UP', 'DELIVERED', { kind: 'DELIVERY', id: courier.userId });
    const submitted = ok(await review).submitReview;
    expect(submitted).toMatchObject({ order: { id: order.orderId }, restaurantRating: 5, courierRating: 4 });
    // The courier is named when delivery's own event arrives, as for any early courier rating.
    await deliveryDelivered(h, order, courier);
    await waitForFacts(h, order.orderId, (row) => row['courier_id'] === courier.courierId);
  });

  it('waits for an order feedback has not heard of at all, then succeeds once it is placed and delivered', async () => {
    const customer = user('CUSTOMER');
    const orderId = uuidv7();
    const review = submit(customer, { orderId, restaurantRating: 3 });
    await sleep(500);
    // Delivery's event first, orders' placement after: the two streams come in no mutual order.
    const courier = newCourier();
    await h.publish('delivery.delivery.delivered', {
      deliveryId: uuidv7(),
      orderId,
      courierId: courier.courierId,
      courierUserId: courier.userId,
      at: new Date().toISOString(),
    });
    await sleep(200);
    await placeOrderWithId(orderId, customer.userId);
    expect(ok(await review).submitReview).toMatchObject({ order: { id: orderId }, restaurantRating: 3 });
  });

  it('answers "not delivered" once the bounded wait is over when the delivery never comes', async () => {
    const customer = user('CUSTOMER');
    const order = await placeOrder(h, customer, venue.restaurantId);
    const { answer, ms } = await timed(() => submit(customer, { orderId: order.orderId, restaurantRating: 5 }));
    expect(errorOf(answer)).toMatchObject({ code: 'FORBIDDEN', message: 'An order can be reviewed once it has been delivered' });
    expect(ms).toBeGreaterThanOrEqual(2_800);
    expect(ms).toBeLessThan(6_000);
  });

  it('answers NOT_FOUND once the bounded wait is over for an order that never comes', async () => {
    const { answer, ms } = await timed(() => submit(user('CUSTOMER'), { orderId: uuidv7(), restaurantRating: 5 }));
    expect(errorOf(answer).code).toBe('NOT_FOUND');
    expect(ms).toBeGreaterThanOrEqual(2_800);
    expect(ms).toBeLessThan(6_000);
  });

  it('refuses at once what no event can change: a cancelled order, someone else’s order', async () => {
    const customer = user('CUSTOMER');
    const order = await placeOrder(h, customer, venue.restaurantId, 'PLACED');
    await changeStatus(h, order, 'PLACED', 'CANCELLED');
    await waitForFacts(h, order.orderId, (row) => row['status'] === 'CANCELLED');
    const cancelled = await timed(() => submit(customer, { orderId: order.orderId, restaurantRating: 5 }));
    expect(errorOf(cancelled.answer).code).toBe('FORBIDDEN');
    expect(cancelled.ms).toBeLessThan(2_000);

    const stranger = await timed(() => submit(user('CUSTOMER'), { orderId: order.orderId, restaurantRating: 5 }));
    expect(errorOf(stranger.answer).code).toBe('FORBIDDEN');
    expect(stranger.ms).toBeLessThan(2_000);
  });
});

/** Publishes `orders.order.placed` for an order id chosen beforehand. */
async function placeOrderWithId(orderId: string, customerId: string): Promise<void> {
  const address = { line1: 'Main Street 1', line2: null, city: 'Ghent', postalCode: '9000', location: { lat: 51.05, lng: 3.72 } };
  await h.publish('orders.order.placed', {
    orderId,
    number: 'A-002',
    customerId,
    restaurantId: venue.restaurantId,
    stockVersion: 1,
    lines: [{ lineId: uuidv7(), menuItemId: uuidv7(), name: 'Soup', quantity: 1, unitPrice: 1200 }],
    currency: 'EUR',
    subtotal: 1200,
    deliveryFee: 250,
    total: 1450,
    paymentMethod: 'CASH_ON_DELIVERY',
    deliveryAddress: address,
    notes: null,
    placedAt: new Date().toISOString(),
  });
}
