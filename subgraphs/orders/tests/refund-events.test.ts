import type { Identity } from '@foodgraph/platform/auth';
import type { RecordedEvent } from '@foodgraph/testing';
import { LIVE_UPDATES_CONSUMER } from '../src/reactions';
import { seedVenue, type Venue } from './support/menu-fixtures';
import { CANCEL, REJECT, UPDATE_LINES, ok, type OrderResult } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { paidNotice, placeAwaitingPayment, placePaid, readOrder, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const refundsOf = (orderId: string): RecordedEvent[] => h.eventsOf(orderId, 'orders.payment.refunded');

/** The refund the provider reported, as the order row (or the superseded payment's row) keeps it. */
async function refundReferenceOf(orderId: string, table: 'orders' | 'superseded_payments'): Promise<string> {
  const column = table === 'orders' ? 'id' : 'order_id';
  const [row] = await h.dataSource.query<Array<{ refund_reference: string }>>(
    `SELECT refund_reference FROM ${table} WHERE ${column} = $1 AND refund_reference IS NOT NULL`,
    [orderId],
  );
  return row.refund_reference;
}

const refundDeadlineOf = async (orderId: string) =>
  (
    await h.dataSource.query<Array<{ outcome: string | null }>>("SELECT outcome FROM deadlines WHERE order_id = $1 AND kind = 'REFUND'", [
      orderId,
    ])
  )[0];

/** A QR order whose lines changed while it awaited payment: its first QR is retired, a new one issued. Returns it as first placed. */
async function awaitingPaymentWithRetiredQr(customer: Identity): Promise<OrderResult> {
  const first = await placeAwaitingPayment(h, customer, venue);
  ok(await h.call(customer, UPDATE_LINES, { orderId: first.id, lines: [{ menuItemId: venue.pizzaId, quantity: 2 }] }));
  await waitForOrder(h, first.id, 'AWAITING_PAYMENT', (o) => o.payment.providerReference !== first.payment.providerReference);
  return first;
}

describe('orders.payment.refunded', () => {
  it('announces the refund of a paid order the customer cancelled, once, with what was refunded', async () => {
    const customer = user('CUSTOMER');
    const paid = await placePaid(h, customer, venue);
    ok(await h.call(customer, CANCEL, { orderId: paid.id, reason: 'Changed my mind' }));
    const refunded = await waitForOrder(h, paid.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    const event = await h.waitForEvent(paid.id, 'orders.payment.refunded');

    expect(event).toMatchObject({ version: 1, producer: 'orders', causationId: null });
    expect(event.data).toEqual({
      orderId: paid.id,
      number: paid.number,
      customerId: customer.userId,
      restaurantId: venue.restaurantId,
      amount: paid.total.amount,
      currency: paid.total.currency,
      paymentReference: paid.payment.providerReference,
      refundReference: await refundReferenceOf(paid.id, 'orders'),
      superseded: false,
      at: new Date(refunded.payment.refundedAt!).toISOString(),
    });
    expect(event.correlationId).toBe(h.eventsOf(paid.id, 'orders.order.placed')[0].correlationId);
    expect(refundsOf(paid.id)).toHaveLength(1);
  });

  it('announces the refund of a paid order the restaurant rejected', async () => {
    const paid = await placePaid(h, user('CUSTOMER'), venue);
    ok(await h.call(venue.owner, REJECT, { orderId: paid.id, reason: 'Kitchen closed early' }));
    await h.waitForEvent(paid.id, 'orders.payment.refunded');
    expect(refundsOf(paid.id)[0].data).toMatchObject({ amount: paid.total.amount, superseded: false });
  });

  it('announces a refund once even when its deadline is processed again', async () => {
    const customer = user('CUSTOMER');
    const paid = await placePaid(h, customer, venue);
    ok(await h.call(customer, CANCEL, { orderId: paid.id }));
    await h.waitForEvent(paid.id, 'orders.payment.refunded');
    expect(await refundDeadlineOf(paid.id)).toEqual({ outcome: 'FIRED' });

    // As if a replica had fired it without recording that it did: the deadline comes due again.
    await h.dataSource.query("UPDATE deadlines SET fired_at = NULL, outcome = NULL WHERE order_id = $1 AND kind = 'REFUND'", [paid.id]);
    await h.waitFor(async () => (await refundDeadlineOf(paid.id)).outcome === 'OBSOLETE', 'the refund deadline to fire again');
    // Then give the relay time to publish anything the second firing might have written.
    await h.waitFor(
      async () =>
        (await h.dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))[0].n === 0,
      'the outbox to drain',
    );
    const [outbox] = await h.dataSource.query<Array<{ n: number }>>(
      "SELECT count(*)::int AS n FROM outbox WHERE payload->>'type' = 'orders.payment.refunded' AND payload->'data'->>'orderId' = $1",
      [paid.id],
    );
    expect(outbox.n).toBe(1);
    expect(refundsOf(paid.id)).toHaveLength(1);
    expect((await readOrder(h, paid.id)).payment.status).toBe('REFUNDED');
  });

  it('announces the refund of a late payment of a superseded QR code as superseded, leaving the order unpaid', async () => {
    const customer = user('CUSTOMER');
    const first = await awaitingPaymentWithRetiredQr(customer);

    expect((await h.webhook(paidNotice(first))).body.result).toBe('REFUND_SCHEDULED');
    const event = await h.waitForEvent(first.id, 'orders.payment.refunded');
    expect(event.data).toMatchObject({
      orderId: first.id,
      customerId: customer.userId,
      amount: first.total.amount,
      currency: first.total.currency,
      paymentReference: first.payment.providerReference,
      refundReference: await refundReferenceOf(first.id, 'superseded_payments'),
      superseded: true,
    });
    expect((await readOrder(h, first.id)).payment).toMatchObject({ status: 'PENDING', refundedAt: null });
  });
});

/**
 * Waits until the live-updates consumer handled every event of the order written so far, so a
 * subscription started now sees exactly the changes that follow.
 */
const liveUpdatesCaughtUp = (orderId: string) =>
  h.waitFor(
    async () =>
      (await h.dataSource.query<Array<{ id: string }>>(`SELECT id FROM outbox WHERE payload->'data'->>'orderId' = $1`, [orderId])).every(
        ({ id }) => h.hasHandled(LIVE_UPDATES_CONSUMER, id),
      ),
    'the live updates to catch up',
  );

const ORDER_UPDATED = 'subscription ($orderId: ID!) { orderUpdated(orderId: $orderId) { id status payment { status refundedAt } } }';
type LiveOrder = { orderUpdated: Pick<OrderResult, 'id' | 'status'> & { payment: { status: string; refundedAt: string | null } } };

describe('live updates of a refund', () => {
  it('shows the customer watching orderUpdated the payment turn REFUNDED after the cancellation', async () => {
    const customer = user('CUSTOMER');
    const paid = await placePaid(h, customer, venue);
    await liveUpdatesCaughtUp(paid.id);
    const live = h.subscribe<LiveOrder>(customer, ORDER_UPDATED, { orderId: paid.id });
    await h.waitForLiveSubscriptions(1);

    ok(await h.call(customer, CANCEL, { orderId: paid.id }));
    const refunded = await live.waitForData((d) => d.orderUpdated.payment.status === 'REFUNDED');
    expect(refunded.orderUpdated).toMatchObject({ id: paid.id, status: 'CANCELLED', payment: { refundedAt: expect.any(String) } });
    // The cancellation itself left the payment PAID; the refund is its own, later update.
    expect(live.results.map((r) => [r.data?.orderUpdated.status, r.data?.orderUpdated.payment.status])).toEqual([
      ['CANCELLED', 'PAID'],
      ['CANCELLED', 'REFUNDED'],
    ]);
    await live.dispose();
    await h.waitForLiveSubscriptions(0);
  });

  it('shows nothing for the refund of a superseded payment: the order it shows did not change', async () => {
    const customer = user('CUSTOMER');
    const first = await awaitingPaymentWithRetiredQr(customer);
    await liveUpdatesCaughtUp(first.id);
    const live = h.subscribe<LiveOrder>(customer, ORDER_UPDATED, { orderId: first.id });
    await h.waitForLiveSubscriptions(1);

    expect((await h.webhook(paidNotice(first))).body.result).toBe('REFUND_SCHEDULED');
    await h.waitForEvent(first.id, 'orders.payment.refunded');
    // Live updates go out in event order: had the refund published one, it would come before this.
    ok(await h.call(customer, CANCEL, { orderId: first.id }));
    await live.waitForData((d) => d.orderUpdated.status === 'CANCELLED');
    expect(live.results.map((r) => [r.data?.orderUpdated.status, r.data?.orderUpdated.payment.status])).toEqual([['CANCELLED', 'FAILED']]);
    await live.dispose();
    await h.waitForLiveSubscriptions(0);
  });
});
