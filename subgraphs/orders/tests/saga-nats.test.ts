import { seedVenue, type Venue } from './support/menu-fixtures';
import { ACCEPT, CANCEL, READY, START_PREPARING, ok, type OrderResult, type StatusChangeResult } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { paidNotice, place, placeAwaitingPayment, placePaid, waitForOrder } from './support/saga-steps';

/** The same saga over NATS JetStream: durable consumers, the outbox relay and real redelivery. */
let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start({ bus: 'nats', config: { paymentTimeoutMs: 60_000 } });
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

describe('the order saga over NATS', () => {
  it('runs a QR order from placement through the webhook payment to ready', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    expect(order.payment.qrCode).toMatch(/^000201010212/);
    expect((await h.webhook(paidNotice(order))).body.result).toBe('APPLIED');
    expect((await h.webhook(paidNotice(order))).body.result).toBe('DUPLICATE');
    await waitForOrder(h, order.id, 'PLACED');
    ok(await h.call(venue.owner, ACCEPT, { orderId: order.id, prepMinutes: 20 }));
    ok(await h.call(venue.owner, START_PREPARING, { orderId: order.id }));
    const ready = ok(await h.call<{ markOrderReady: OrderResult }>(venue.owner, READY, { orderId: order.id })).markOrderReady;
    expect(ready.history.map((c: StatusChangeResult) => c.status)).toEqual([
      'PENDING',
      'AWAITING_PAYMENT',
      'PLACED',
      'ACCEPTED',
      'PREPARING',
      'READY_FOR_PICKUP',
    ]);
    await h.waitFor(() => h.eventsOf(order.id, 'orders.order.status_changed').length === 5, 'the five transition events on NATS');
  });

  it('cancels with a refund and announces the cancellation for the stock release and the completed refund', async () => {
    const customer = user('CUSTOMER');
    const order = await placePaid(h, customer, venue);
    ok(await h.call(customer, CANCEL, { orderId: order.id }));
    await waitForOrder(h, order.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    await h.waitFor(
      () => h.eventsOf(order.id, 'orders.order.status_changed').some((e) => e.data.to === 'CANCELLED'),
      'the cancellation on NATS',
    );
    const refunded = await h.waitForEvent(order.id, 'orders.payment.refunded');
    expect(refunded.data).toMatchObject({ orderId: order.id, amount: order.total.amount, superseded: false });
    expect(h.eventsOf(order.id, 'orders.payment.refunded')).toHaveLength(1);
  });

  it('rejects an order menu has no stock for', async () => {
    h.stock = 'reject';
    try {
      const order = await place(h, user('CUSTOMER'), venue);
      await waitForOrder(h, order.id, 'REJECTED');
    } finally {
      h.stock = 'reserve';
    }
  });

  it('picks the saga up after a restart: stock answered while no replica ran is applied once back', async () => {
    h.stock = 'none';
    try {
      const order = await place(h, user('CUSTOMER'), venue);
      await h.waitFor(() => h.eventsOf(order.id, 'orders.order.placed').length === 1, 'the placed event');
      await h.stopReplicas();
      await h.publish('menu.stock.reserved', { orderId: order.id, stockVersion: 1, lines: [] });
      await h.startReplica();
      await waitForOrder(h, order.id, 'AWAITING_PAYMENT');
    } finally {
      h.stock = 'reserve';
    }
  });
});

describe('crash safety over NATS', () => {
  it('publishes an event committed before a crash exactly once after the restart, and the saga completes', async () => {
    const customer = user('CUSTOMER');
    h.publishing = false;
    const order = await place(h, customer, venue);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.eventsOf(order.id)).toEqual([]);
    const [pending] = await h.dataSource.query<Array<{ n: number }>>(
      "SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND payload->'data'->>'orderId' = $1",
      [order.id],
    );
    expect(pending.n).toBe(1);
    await h.stopReplicas();
    h.publishing = true;
    await h.startReplica();
    await waitForOrder(h, order.id, 'AWAITING_PAYMENT');
    expect(h.eventsOf(order.id, 'orders.order.placed')).toHaveLength(1);
  });
});
