import {
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  menuItemStock,
  ORDER_OPS,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';

const MINUTE = 60_000;

describe('the order saga through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  let pho: DemoRestaurant['items'][number];
  let rolls: DemoRestaurant['items'][number];

  const kitchenQueue = async () =>
    dataOf(
      await sg.query<{ kitchenQueue: { id: string; status: string; lines: { id: string; status: string }[] }[] }>(ORDER_OPS.kitchenQueue, {
        token: partner.token,
        variables: { restaurantId: venue.id },
      }),
      'kitchenQueue',
    ).kitchenQueue;

  /** A QR order of `quantity` × pho, paid through the provider's webhook, once it is PLACED. */
  const placePaidOrder = async (quantity: number): Promise<TestOrder> => {
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: pho.id, quantity }] }),
      'placeOrder',
    );
    const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    expect((await payBySandboxWebhook(sg, awaiting)).status).toBe(200);
    return waitForOrder(sg, customer, placed.id, 'PLACED');
  };

  beforeAll(async () => {
    sg = await startSupergraph();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Pho Phil'), signUp(sg, 'CUSTOMER', 'Hungry Hana')]);
    venue = await createDemoRestaurant(sg, partner, {
      name: 'Pho Palace',
      items: [
        { name: 'Pho bo', price: 1200, stock: 40 },
        { name: 'Spring rolls', price: 450 },
      ],
    });
    [pho, rolls] = venue.items as [typeof pho, typeof rolls];
  });
  afterAll(() => sg?.stop());

  it('takes a QR order from placement through payment, acceptance and cooking to ready, recording every step', async () => {
    const placed = orderOf(
      await placeOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [
          { menuItemId: pho.id, quantity: 2, notes: 'extra basil' },
          { menuItemId: rolls.id, quantity: 1 },
        ],
        notes: 'Ring twice',
      }),
      'placeOrder',
    );
    expect(placed).toMatchObject({
      status: 'PENDING',
      number: expect.stringMatching(/^\d{3,}$/),
      customer: { id: customer.id },
      restaurant: { id: venue.id },
      subtotal: { amount: 2850, currency: 'EUR' },
      deliveryFee: { amount: 250, currency: 'EUR' },
      total: { amount: 3100, currency: 'EUR' },
      notes: 'Ring twice',
      payment: { method: 'QR_CODE', status: 'PENDING', qrCode: null },
    });
    expect(placed.lines.map((l) => [l.name, l.quantity, l.unitPrice.amount, l.lineTotal.amount, l.notes, l.status])).toEqual([
      ['Pho bo', 2, 1200, 2400, 'extra basil', 'QUEUED'],
      ['Spring rolls', 1, 450, 450, null, 'QUEUED'],
    ]);

    // Menu reserves the stock, orders asks the provider for a QR code.
    const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    expect(awaiting.payment.qrCode).toMatch(/^000201.*6304[0-9A-F]{4}$/);
    expect(awaiting.payment.providerReference).toBeTruthy();
    expect(awaiting.payment.amount).toEqual({ amount: 3100, currency: 'EUR' });
    expect(await menuItemStock(sg, pho.id)).toBe(38);
    expect(await menuItemStock(sg, rolls.id)).toBeNull();
    expect((await kitchenQueue()).map((o) => o.id)).not.toContain(placed.id);

    const paid = await payBySandboxWebhook(sg, awaiting);
    expect(paid).toEqual({ status: 200, body: expect.objectContaining({ received: true }) });
    const placedPaid = await waitForOrder(sg, customer, placed.id, 'PLACED');
    expect(placedPaid.payment).toMatchObject({ status: 'PAID', paidAt: expect.any(String) });
    expect((await kitchenQueue()).find((o) => o.id === placed.id)?.status).toBe('PLACED');

    const before = Date.now();
    const accepted = orderOf(await orderMutation(sg, partner, 'accept', { orderId: placed.id, prepMinutes: 15 }), 'acceptOrder');
    expect(accepted.status).toBe('ACCEPTED');
    const readyAt = Date.parse(accepted.estimatedReadyAt!);
    expect(readyAt).toBeGreaterThanOrEqual(before + 15 * MINUTE - 1000);
    expect(readyAt).toBeLessThanOrEqual(Date.now() + 15 * MINUTE + 1000);
    // Past acceptance the customer can no longer cancel.
    expect(errorCodes(await orderMutation(sg, customer, 'cancel', { orderId: placed.id }))).toEqual(['INVALID_STATE_TRANSITION']);

    expect(orderOf(await orderMutation(sg, partner, 'startPreparing', { orderId: placed.id }), 'startPreparing').status).toBe('PREPARING');
    for (const status of ['COOKING', 'DONE']) {
      for (const line of placed.lines) {
        const moved = orderOf(
          await orderMutation(sg, partner, 'setLineStatus', { orderId: placed.id, lineId: line.id, status }),
          'setLineStatus',
        );
        expect(moved.lines.find((l) => l.id === line.id)?.status).toBe(status);
      }
      const onDisplay = (await kitchenQueue()).find((o) => o.id === placed.id)!;
      expect(onDisplay).toMatchObject({ status: 'PREPARING', lines: placed.lines.map(() => ({ status })) });
    }

    const ready = orderOf(await orderMutation(sg, partner, 'markReady', { orderId: placed.id }), 'markOrderReady');
    expect(ready.status).toBe('READY_FOR_PICKUP');
    expect(ready.lines.map((l) => l.status)).toEqual(['DONE', 'DONE']);
    expect((await kitchenQueue()).find((o) => o.id === placed.id)?.status).toBe('READY_FOR_PICKUP');

    expect(ready.history.map((h) => [h.status, h.actor?.id ?? null])).toEqual([
      ['PENDING', customer.id],
      ['AWAITING_PAYMENT', null],
      ['PLACED', null],
      ['ACCEPTED', partner.id],
      ['PREPARING', partner.id],
      ['READY_FOR_PICKUP', partner.id],
    ]);
    const times = ready.history.map((h) => Date.parse(h.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(Date.parse(ready.placedAt));

    // The customer finds it among their orders, the partner among the restaurant's.
    const mine = dataOf(
      await sg.query<{ myOrders: { edges: { node: { id: string } }[] } }>(ORDER_OPS.myOrders, { token: customer.token }),
      'myOrders',
    );
    expect(mine.myOrders.edges.map((e) => e.node.id)).toContain(placed.id);
    const theirs = dataOf(
      await sg.query<{ restaurant: { orders: { edges: { node: { id: string; status: string } }[] } } }>(ORDER_OPS.restaurantOrders, {
        token: partner.token,
        variables: { id: venue.id },
      }),
      'Restaurant.orders',
    );
    expect(theirs.restaurant.orders.edges.map((e) => e.node)).toContainEqual({ id: placed.id, status: 'READY_FOR_PICKUP' });
  });

  it('sends a cash-on-delivery order straight to the restaurant without a payment step', async () => {
    const placed = orderOf(
      await placeOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: rolls.id, quantity: 3 }],
        paymentMethod: 'CASH_ON_DELIVERY',
      }),
      'placeOrder',
    );
    const order = await waitForOrder(sg, customer, placed.id, 'PLACED');
    expect(order.payment).toMatchObject({ method: 'CASH_ON_DELIVERY', status: 'NOT_REQUIRED', qrCode: null, paidAt: null });
    expect(order.history.map((h) => h.status)).toEqual(['PENDING', 'PLACED']);
    expect((await kitchenQueue()).map((o) => o.id)).toContain(order.id);
  });

  it('refunds and gives the stock back when the customer cancels a paid order before acceptance', async () => {
    const stockBefore = await menuItemStock(sg, pho.id);
    const order = await placePaidOrder(3);
    expect(await menuItemStock(sg, pho.id)).toBe(stockBefore! - 3);

    const cancelled = orderOf(
      await orderMutation(sg, customer, 'cancel', { orderId: order.id, reason: 'Ordered twice by mistake' }),
      'cancelOrder',
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReason: 'Ordered twice by mistake' });
    expect(cancelled.history.at(-1)).toMatchObject({ status: 'CANCELLED', actor: { id: customer.id } });

    const refunded = await waitForOrder(sg, customer, order.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    expect(refunded.payment.refundedAt).toEqual(expect.any(String));
    await eventually(async () => expect(await menuItemStock(sg, pho.id)).toBe(stockBefore));
    expect((await kitchenQueue()).map((o) => o.id)).not.toContain(order.id);
  });

  it('gives the stock back, with nothing to refund, when an unpaid order is cancelled', async () => {
    const stockBefore = await menuItemStock(sg, pho.id);
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: pho.id, quantity: 2 }] }),
      'placeOrder',
    );
    await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    expect(await menuItemStock(sg, pho.id)).toBe(stockBefore! - 2);

    const cancelled = orderOf(await orderMutation(sg, customer, 'cancel', { orderId: placed.id }), 'cancelOrder');
    expect(cancelled.status).toBe('CANCELLED');
    // Nobody waits for that QR payment any more; there is nothing to give back.
    expect(cancelled.payment).toMatchObject({ status: 'FAILED', paidAt: null, refundedAt: null });
    await eventually(async () => expect(await menuItemStock(sg, pho.id)).toBe(stockBefore));
  });

  it('refunds and gives the stock back when the restaurant rejects a paid order', async () => {
    const stockBefore = await menuItemStock(sg, pho.id);
    const order = await placePaidOrder(2);

    const rejected = orderOf(
      await orderMutation(sg, partner, 'reject', { orderId: order.id, reason: 'The kitchen is flooded' }),
      'rejectOrder',
    );
    expect(rejected).toMatchObject({ status: 'REJECTED', statusReason: 'The kitchen is flooded' });
    expect(rejected.history.at(-1)).toMatchObject({ status: 'REJECTED', actor: { id: partner.id }, reason: 'The kitchen is flooded' });

    await waitForOrder(sg, customer, order.id, 'REJECTED', (o) => o.payment.status === 'REFUNDED' && o.payment.refundedAt !== null);
    await eventually(async () => expect(await menuItemStock(sg, pho.id)).toBe(stockBefore));
    // A finished order cannot be moved again.
    expect(errorCodes(await orderMutation(sg, partner, 'accept', { orderId: order.id, prepMinutes: 10 }))).toEqual([
      'INVALID_STATE_TRANSITION',
    ]);
  });
});
