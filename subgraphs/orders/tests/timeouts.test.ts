import type { StatusChangeResult } from './support/operations';
import { seedVenue, type Venue } from './support/menu-fixtures';
import { OrdersHarness, user } from './support/orders-harness';
import { place, placeAwaitingPayment, placePaid, readOrder, waitForOrder } from './support/saga-steps';

const TIMEOUT_MS = 1200;

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start({ config: { paymentTimeoutMs: TIMEOUT_MS, acceptTimeoutMs: TIMEOUT_MS, deadlinePollMs: 100 } });
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const deadlinesOf = (orderId: string) =>
  h.dataSource.query<
    Array<{
      kind: string;
      outcome: string | null;
      done: boolean;
    }>
  >('SELECT kind, outcome, fired_at IS NOT NULL AS done FROM deadlines WHERE order_id = $1 ORDER BY due_at, kind', [orderId]);

describe('durable timeouts', () => {
  it('cancels an order that is not paid in time', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    const cancelled = await waitForOrder(h, order.id, 'CANCELLED');
    expect(cancelled).toMatchObject({ statusReason: 'The payment was not received in time', payment: { status: 'FAILED' } });
    expect(cancelled.history.at(-1)).toMatchObject({ status: 'CANCELLED', actor: null });
    expect(await deadlinesOf(order.id)).toEqual([{ kind: 'PAYMENT_TIMEOUT', outcome: 'FIRED', done: true }]);
  });

  it('rejects and refunds an order the restaurant does not accept in time', async () => {
    const order = await placePaid(h, user('CUSTOMER'), venue);
    const rejected = await waitForOrder(h, order.id, 'REJECTED', (o) => o.payment.status === 'REFUNDED');
    expect(rejected.statusReason).toBe('The restaurant did not accept the order in time');
    expect(await deadlinesOf(order.id)).toEqual([
      { kind: 'PAYMENT_TIMEOUT', outcome: 'OBSOLETE', done: true },
      { kind: 'ACCEPT_TIMEOUT', outcome: 'FIRED', done: true },
      { kind: 'REFUND', outcome: 'FIRED', done: true },
    ]);
  });

  it('does not fire once the order moved on', async () => {
    const order = await place(h, user('CUSTOMER'), venue, { paymentMethod: 'CASH_ON_DELIVERY' });
    await waitForOrder(h, order.id, 'PLACED');
    const customerCancel = await h.call(user('ADMIN'), 'mutation ($id: ID!) { cancelOrder(orderId: $id) { status } }', { id: order.id });
    expect(customerCancel.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 400));
    expect((await readOrder(h, order.id)).history.map((c: StatusChangeResult) => c.status)).toEqual(['PENDING', 'PLACED', 'CANCELLED']);
    expect(await deadlinesOf(order.id)).toEqual([{ kind: 'ACCEPT_TIMEOUT', outcome: 'OBSOLETE', done: true }]);
  });

  it('survives a restart: a deadline that fell due while no replica ran fires after start', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    await h.stopReplicas();
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 300));
    expect((await h.dataSource.query('SELECT status FROM orders WHERE id = $1', [order.id]))[0].status).toBe('AWAITING_PAYMENT');
    await h.startReplica();
    await waitForOrder(h, order.id, 'CANCELLED');
  });

  it('fires each deadline once with three replicas polling', async () => {
    await h.startReplica();
    await h.startReplica();
    const orders = await Promise.all(Array.from({ length: 12 }, () => placeAwaitingPayment(h, user('CUSTOMER'), venue)));
    for (const order of orders) await waitForOrder(h, order.id, 'CANCELLED');
    await new Promise((r) => setTimeout(r, 300));
    for (const order of orders) {
      const again = await readOrder(h, order.id);
      expect(again.history.map((c: StatusChangeResult) => c.status)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'CANCELLED']);
      expect(h.eventsOf(order.id, 'orders.order.status_changed').filter((e) => e.data.to === 'CANCELLED')).toHaveLength(1);
    }
  });
});
