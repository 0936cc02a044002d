import { uuidv7 } from '@foodgraph/platform/ids';
import { seedVenue, type Venue } from './support/menu-fixtures';
import { ACCEPT, READY, START_PREPARING, errorOf, ok, type OrderResult, type StatusChangeResult } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { placePaid, readOrder, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const ORDER_STATUS = 'query ($id: ID!) { order(id: $id) { id status } }';

/** What delivery publishes when a courier accepts the offer of the order's delivery. */
const assignment = (orderId: string, courier: ReturnType<typeof user>) => ({
  deliveryId: uuidv7(),
  orderId,
  courierId: uuidv7(),
  courierUserId: courier.userId,
  etaAt: new Date(Date.now() + 20 * 60_000).toISOString(),
  at: new Date().toISOString(),
});

// saga.test.ts shows the assigned courier reading the order; these are the edges around it.
describe('recording the courier that delivery assigned to an order', () => {
  it('is no transition, and an assignment of an unknown order does not hold up the next one', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    const accepted = ok(
      await h.call<{ acceptOrder: OrderResult }>(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 10 }),
    ).acceptOrder;
    const courier = user('COURIER');
    const otherCourier = user('COURIER');
    expect(errorOf(await h.call(courier, ORDER_STATUS, { id: order.id })).code).toBe('FORBIDDEN');

    // An assignment of an order orders does not know is dropped without holding up the next.
    await h.publish('delivery.delivery.assigned', assignment(uuidv7(), otherCourier));
    await h.publish('delivery.delivery.assigned', assignment(order.id, courier));

    const seen = await h.waitFor(
      async () => (await h.call<{ order: OrderResult }>(courier, ORDER_STATUS, { id: order.id })).data?.order,
      'the courier to see the order',
    );
    expect(seen).toEqual({ id: order.id, status: 'ACCEPTED' });
    expect(errorOf(await h.call(otherCourier, ORDER_STATUS, { id: order.id })).code).toBe('FORBIDDEN');

    // Not a transition: no status change, no history entry, no event.
    const after = await readOrder(h, order.id);
    expect(after.history.map((c: StatusChangeResult) => c.status)).toEqual(accepted.history.map((c: StatusChangeResult) => c.status));
    expect(h.eventsOf(order.id, 'orders.order.status_changed').map((e) => e.data['to'])).toEqual([
      'AWAITING_PAYMENT',
      'PLACED',
      'ACCEPTED',
    ]);
  });

  it('keeps that courier as a reader through pick-up and delivery', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 10 }));
    const courier = user('COURIER');
    const assigned = assignment(order.id, courier);
    await h.publish('delivery.delivery.assigned', assigned);
    await h.waitFor(
      async () => (await h.call<{ order: OrderResult }>(courier, ORDER_STATUS, { id: order.id })).data?.order,
      'the courier to see the order',
    );

    ok(await h.call(venue.owner, START_PREPARING, { orderId: order.id }));
    ok(await h.call(venue.owner, READY, { orderId: order.id }));
    const progress = { deliveryId: assigned.deliveryId, orderId: order.id, courierId: assigned.courierId, courierUserId: courier.userId };
    await h.publish('delivery.delivery.picked_up', { ...progress, at: new Date().toISOString() });
    await h.publish('delivery.delivery.delivered', { ...progress, at: new Date().toISOString() });
    const delivered = await waitForOrder(h, order.id, 'DELIVERED');
    expect(delivered.history.slice(-2).map((c: StatusChangeResult) => [c.status, c.actor?.id])).toEqual([
      ['PICKED_UP', courier.userId],
      ['DELIVERED', courier.userId],
    ]);
    expect(ok(await h.call<{ order: OrderResult }>(courier, ORDER_STATUS, { id: order.id })).order.status).toBe('DELIVERED');
    expect(errorOf(await h.call(user('COURIER'), ORDER_STATUS, { id: order.id })).code).toBe('FORBIDDEN');
  });
});
