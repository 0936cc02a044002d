import type { StatusChangeResult } from './support/operations';
import { seedVenue, type Venue } from './support/menu-fixtures';
import { OrdersHarness, user } from './support/orders-harness';
import { paidNotice, placeAwaitingPayment, readOrder, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const notifications = (reference: string) =>
  h.dataSource.query<Array<{ event_id: string; result: string }>>(
    'SELECT event_id, result FROM payment_notifications WHERE provider_reference = $1 ORDER BY received_at',
    [reference],
  );

describe('the sandbox payment webhook', () => {
  it('applies a payment delivered twice once, and a second notice for the same payment not at all', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    const notice = paidNotice(order);
    const [first, second] = await Promise.all([h.webhook(notice), h.webhook(notice)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.result, second.body.result].sort()).toEqual(['APPLIED', 'DUPLICATE']);
    expect((await h.webhook({ ...notice, id: 'evt_other' })).body.result).toBe('ALREADY_SETTLED');
    const paid = await readOrder(h, order.id);
    expect(paid.history.filter((c: StatusChangeResult) => c.status === 'PLACED')).toHaveLength(1);
    expect(await notifications(order.payment.providerReference!)).toEqual([
      { event_id: notice['id'], result: 'APPLIED' },
      { event_id: 'evt_other', result: 'ALREADY_SETTLED' },
    ]);
    await h.waitFor(() => h.eventsOf(order.id, 'orders.order.status_changed').length >= 2, 'events');
    expect(h.eventsOf(order.id, 'orders.order.status_changed').filter((e) => e.data.to === 'PLACED')).toHaveLength(1);
  });

  it('refuses a bad signature and a replay outside the time window with 401', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    expect((await h.webhook(paidNotice(order), { secret: 'not the sandbox secret at all' })).status).toBe(401);
    expect((await h.webhook(paidNotice(order), { at: new Date(Date.now() - 10 * 60_000) })).status).toBe(401);
    const res = await fetch(h.url.replace('/graphql', '/webhooks/payments/sandbox'), {
      method: 'POST',
      body: JSON.stringify(paidNotice(order)),
    });
    expect(res.status).toBe(401);
    expect((await readOrder(h, order.id)).status).toBe('AWAITING_PAYMENT');
    expect(await notifications(order.payment.providerReference!)).toEqual([]);
  });

  it('answers 404 for a reference it never issued and 400 for a malformed notice', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    expect((await h.webhook({ ...paidNotice(order), reference: 'sbx_unknown' })).status).toBe(404);
    expect((await h.webhook({ id: 'x', type: 'payment.paid' })).status).toBe(400);
  });

  it('does not take a payment of the wrong amount', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    expect((await h.webhook({ ...paidNotice(order), amount: 1 })).body.result).toBe('AMOUNT_MISMATCH');
    expect((await readOrder(h, order.id)).payment.status).toBe('PENDING');
  });

  it('cancels the order when the provider reports the payment failed', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    expect((await h.webhook({ ...paidNotice(order), type: 'payment.failed' })).body.result).toBe('APPLIED');
    const cancelled = await waitForOrder(h, order.id, 'CANCELLED');
    expect(cancelled).toMatchObject({ statusReason: 'The payment failed', payment: { status: 'FAILED' } });
  });

  it('applies a redelivered stock answer once', async () => {
    const order = await placeAwaitingPayment(h, user('CUSTOMER'), venue);
    await h.publish('menu.stock.reserved', { orderId: order.id, stockVersion: 1, lines: [] });
    await h.publish('menu.stock.rejected', { orderId: order.id, stockVersion: 1, reason: 'late', items: [] });
    await new Promise((r) => setTimeout(r, 300));
    const again = await readOrder(h, order.id);
    expect(again.status).toBe('AWAITING_PAYMENT');
    expect(again.history.map((c: StatusChangeResult) => c.status)).toEqual(['PENDING', 'AWAITING_PAYMENT']);
    expect(again.payment.providerReference).toBe(order.payment.providerReference);
  });
});
