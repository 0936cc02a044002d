import { seedVenue, type Venue } from './support/menu-fixtures';
import { ACCEPT, UPDATE_LINES, errorOf, ok, type OrderResult } from './support/operations';
import { OrdersHarness, user } from './support/orders-harness';
import { paidNotice, place, placeAwaitingPayment, placePaid, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const statuses = (order: OrderResult) => order.history.map((c) => c.status);

describe('changing the lines before acceptance', () => {
  it('re-prices an unpaid QR order, checks stock again and issues a new QR; the old QR is refunded if paid', async () => {
    const customer = user('CUSTOMER');
    const order = await placeAwaitingPayment(h, customer, venue);
    const lines = [
      { menuItemId: venue.pizzaId, quantity: 1 },
      { menuItemId: venue.saladId, quantity: 2, notes: 'no onions' },
    ];
    const changed = ok(
      await h.call<{ updateOrderLines: OrderResult }>(customer, UPDATE_LINES, { orderId: order.id, lines }),
    ).updateOrderLines;
    expect(changed).toMatchObject({
      status: 'PENDING',
      subtotal: { amount: 2200 },
      total: { amount: 2450 },
      payment: { status: 'PENDING', qrCode: null },
    });
    expect(changed.lines.map((l) => [l.name, l.quantity, l.notes])).toEqual([
      ['Margherita', 1, null],
      ['Salad', 2, 'no onions'],
    ]);

    const again = await waitForOrder(h, order.id, 'AWAITING_PAYMENT');
    expect(again.payment.providerReference).not.toBe(order.payment.providerReference);
    const [event] = h.eventsOf(order.id, 'orders.order.lines_changed');
    expect(event.data).toMatchObject({ stockVersion: 2, total: 2450 });

    // The customer's app still had the old QR code and paid it: taken, then refunded.
    expect((await h.webhook(paidNotice(order))).body.result).toBe('REFUND_SCHEDULED');
    await h.waitFor(
      async () =>
        (
          await h.dataSource.query<Array<{ refunded_at: Date | null }>>('SELECT refunded_at FROM superseded_payments WHERE order_id = $1', [
            order.id,
          ])
        )[0]?.refunded_at,
      'the old payment to be refunded',
    );
    expect((await h.webhook(paidNotice(again, 'evt_new_qr'))).body.result).toBe('APPLIED');
    const placed = await waitForOrder(h, order.id, 'PLACED');
    expect(statuses(placed)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'PENDING', 'AWAITING_PAYMENT', 'PLACED']);
    expect(placed.payment).toMatchObject({ status: 'PAID', amount: { amount: 2450 } });
  });

  it('sends a PLACED cash order back through the stock check', async () => {
    const customer = user('CUSTOMER');
    const placed = await place(h, customer, venue, { paymentMethod: 'CASH_ON_DELIVERY' });
    await waitForOrder(h, placed.id, 'PLACED');
    ok(await h.call(customer, UPDATE_LINES, { orderId: placed.id, lines: [{ menuItemId: venue.pizzaId, quantity: 3 }] }));
    const order = await waitForOrder(h, placed.id, 'PLACED', (o) => o.history.length === 4);
    expect(statuses(order)).toEqual(['PENDING', 'PLACED', 'PENDING', 'PLACED']);
    expect(order.total.amount).toBe(2950);
  });

  it('ignores a stock answer about the lines that were replaced', async () => {
    h.stock = 'none';
    try {
      const customer = user('CUSTOMER');
      const placed = await place(h, customer, venue, { paymentMethod: 'CASH_ON_DELIVERY' });
      await h.publish('menu.stock.reserved', { orderId: placed.id, stockVersion: 1, lines: [] });
      await waitForOrder(h, placed.id, 'PLACED');
      ok(await h.call(customer, UPDATE_LINES, { orderId: placed.id, lines: [{ menuItemId: venue.pizzaId, quantity: 2 }] }));
      await h.publish('menu.stock.reserved', { orderId: placed.id, stockVersion: 1, lines: [] });
      await h.publish('menu.stock.rejected', { orderId: placed.id, stockVersion: 2, reason: 'Sold out', items: [] });
      const rejected = await waitForOrder(h, placed.id, 'REJECTED');
      expect(rejected.statusReason).toBe('Sold out');
      expect(statuses(rejected)).toEqual(['PENDING', 'PLACED', 'PENDING', 'REJECTED']);
    } finally {
      h.stock = 'reserve';
    }
  });

  it("refuses paid, accepted, other people's and invalid changes", async () => {
    const customer = user('CUSTOMER');
    const lines = [{ menuItemId: venue.pizzaId, quantity: 2 }];
    const paid = await placePaid(h, customer, venue);
    expect(errorOf(await h.call(customer, UPDATE_LINES, { orderId: paid.id, lines })).code).toBe('CONFLICT');

    const cash = await place(h, customer, venue, { paymentMethod: 'CASH_ON_DELIVERY' });
    await waitForOrder(h, cash.id, 'PLACED');
    expect(errorOf(await h.call(user('CUSTOMER'), UPDATE_LINES, { orderId: cash.id, lines })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(venue.owner, UPDATE_LINES, { orderId: cash.id, lines })).code).toBe('FORBIDDEN');
    expect(
      errorOf(await h.call(customer, UPDATE_LINES, { orderId: cash.id, lines: [{ menuItemId: venue.pizzaId, quantity: 0 }] })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines[0].quantity',
    });
    expect(
      errorOf(await h.call(customer, UPDATE_LINES, { orderId: cash.id, lines: [{ menuItemId: venue.saladId, quantity: 1 }] })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lines',
    });
    ok(await h.call(venue.owner, ACCEPT, { orderId: cash.id, prepMinutes: 10 }));
    expect(errorOf(await h.call(customer, UPDATE_LINES, { orderId: cash.id, lines })).code).toBe('INVALID_STATE_TRANSITION');
  });
});
